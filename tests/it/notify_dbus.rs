//! `windown remind run` against a real notification server: Xvfb on a free display, a private
//! D-Bus session bus, dunst on both. Checks that a reminder arrives with its title and body,
//! that a restart does not repeat it, and that with a server that never answers (SIGSTOP) and
//! with no server at all the process warns and keeps its schedule without hanging.
//!
//! The bus runs from its own small config file, without the system's service folders: with
//! them, a call to a missing server would start (D-Bus-activate) the system's dunst, and the
//! "no server" case could not be tested. Every process started here is killed by its pid.
//!
//! Skipped with a printed reason when a tool is missing, except with CI=true.

use crate::common::{BIN, Lines, Running};

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const TOOLS: [&str; 5] = ["Xvfb", "dbus-daemon", "dunst", "dunstctl", "dbus-send"];

fn on_path(tool: &str) -> bool {
    windown::paths::on_path(tool, std::env::var_os("PATH").as_deref()).is_some()
}

/// A process we started, killed by its pid when dropped.
struct Proc {
    pid: u32,
    child: Option<Child>,
}

impl Proc {
    fn signal(&self, sig: &str) {
        let sig = match sig {
            "TERM" => libc::SIGTERM,
            "STOP" => libc::SIGSTOP,
            "CONT" => libc::SIGCONT,
            _ => libc::SIGKILL,
        };
        if let Ok(pid) = libc::pid_t::try_from(self.pid) {
            // SAFETY: kill(2) takes plain integers; the pid is a process this test started.
            unsafe {
                libc::kill(pid, sig);
            }
        }
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        self.signal("KILL");
        if let Some(c) = &mut self.child {
            let _ = c.wait();
        }
    }
}

struct Stack {
    tmp: tempfile::TempDir,
    display: String,
    address: String,
    dunst: Option<Proc>,
    _bus: Proc,
    _xvfb: Proc,
}

impl Stack {
    fn start() -> Stack {
        let tmp = tempfile::tempdir().unwrap();
        // Xvfb picks a free display and writes its number to the fd we name (stdout).
        let mut x = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-nolisten",
                "tcp",
                "-screen",
                "0",
                "640x480x24",
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let out = x.stdout.take().unwrap();
        let xvfb = Proc {
            pid: x.id(),
            child: Some(x),
        };
        let display = Lines::of(out)
            .next_within(Duration::from_secs(20))
            .expect("Xvfb did not report a display");
        let display = format!(":{}", display.trim());

        let conf = tmp.path().join("bus.conf");
        std::fs::write(
            &conf,
            format!(
                r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"#,
                tmp.path().display()
            ),
        )
        .unwrap();
        let bus_out = tmp.path().join("bus.out");
        let st = Command::new("dbus-daemon")
            .arg(format!("--config-file={}", conf.display()))
            .args(["--fork", "--print-address=1", "--print-pid=1"])
            .stdin(Stdio::null())
            .stdout(std::fs::File::create(&bus_out).unwrap())
            .status()
            .unwrap();
        assert!(st.success(), "dbus-daemon failed");
        let text = std::fs::read_to_string(&bus_out).unwrap();
        let mut it = text.lines();
        let address = it.next().expect("no bus address").trim().to_string();
        let pid: u32 = it.next().expect("no bus pid").trim().parse().unwrap();
        let bus = Proc { pid, child: None };
        let mut s = Stack {
            tmp,
            display,
            address,
            dunst: None,
            _bus: bus,
            _xvfb: xvfb,
        };
        s.start_dunst();
        s
    }

    fn path(&self, p: &str) -> PathBuf {
        self.tmp.path().join(p)
    }

    /// An environment with only what a child needs: this display and bus, temp folders.
    fn cmd(&self, program: &str) -> Command {
        let mut c = Command::new(program);
        c.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.path("home"))
            .env("XDG_CONFIG_HOME", self.path("home/.config"))
            .env("XDG_RUNTIME_DIR", self.tmp.path())
            .env("DISPLAY", &self.display)
            .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
            .env("TZ", "UTC")
            .env("WINDOWN_SNOOZE_SECS", "4")
            .env("WINDOWN_CONFIG_DIR", self.path("config"))
            .env("WINDOWN_DATA_DIR", self.path("data"))
            .env("WINDOWN_STATE_DIR", self.path("state"))
            .stdin(Stdio::null());
        c
    }

    fn server_present(&self) -> bool {
        let out = self
            .cmd("dbus-send")
            .args([
                "--session",
                "--dest=org.freedesktop.DBus",
                "--type=method_call",
                "--print-reply",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.NameHasOwner",
                "string:org.freedesktop.Notifications",
            ])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).contains("boolean true")
    }

    fn wait_server(&self, present: bool) {
        let end = Instant::now() + Duration::from_secs(20);
        while self.server_present() != present {
            assert!(
                Instant::now() < end,
                "notification server present={present} never happened"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The dunstrc line that makes dunst's context menu ([`press`]) use the stand-in menu.
    fn menu_conf(&self) -> String {
        format!("[global]\n    dmenu = {}\n", self.path("menu.sh").display())
    }

    fn start_dunst(&mut self) {
        std::fs::create_dir_all(self.path("home/.config")).unwrap();
        let c = self
            .cmd("dunst")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        self.dunst = Some(Proc {
            pid: c.id(),
            child: Some(c),
        });
        self.wait_server(true);
    }

    fn stop_dunst(&mut self) {
        if let Some(d) = self.dunst.take() {
            d.signal("CONT");
            drop(d);
        }
        self.wait_server(false);
    }

    /// (app name, summary, body) of every notification dunst has shown, after closing the
    /// open ones (dunst lists a notification in its history once it is closed).
    fn history(&self) -> Vec<(String, String, String)> {
        let _ = self.cmd("dunstctl").arg("close-all").status();
        std::thread::sleep(Duration::from_millis(200));
        let out = self.cmd("dunstctl").arg("history").output().unwrap();
        let v: serde_json::Value =
            serde_json::from_slice(&out.stdout).expect("dunstctl history is JSON");
        let field =
            |n: &serde_json::Value, k: &str| n[k]["data"].as_str().unwrap_or_default().to_string();
        v["data"][0]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|n| (field(n, "appname"), field(n, "summary"), field(n, "body")))
                    .collect()
            })
            .unwrap_or_default()
    }

    fn write_reminders(&self, text: &str) {
        std::fs::create_dir_all(self.path("config")).unwrap();
        std::fs::write(self.path("config/reminders.toml"), text).unwrap();
    }

    /// Restart dunst with this dunstrc.
    fn restart_dunst_with(&mut self, dunstrc: &str) {
        self.stop_dunst();
        std::fs::create_dir_all(self.path("home/.config/dunst")).unwrap();
        std::fs::write(self.path("home/.config/dunst/dunstrc"), dunstrc).unwrap();
        self.start_dunst();
    }

    fn run_windown(&self) -> Running {
        self.run_windown_with_path(std::env::var_os("PATH").unwrap_or_default())
    }

    fn run_windown_with_path(&self, path: std::ffi::OsString) -> Running {
        let mut c = self.cmd(BIN);
        c.env("PATH", path).args(["remind", "run"]);
        Running::start(c)
    }
}

fn utc_clock_in(secs: i64) -> String {
    (chrono::Utc::now() + chrono::Duration::seconds(secs))
        .format("%H:%M:%S")
        .to_string()
}

#[test]
fn reminders_reach_a_real_notification_server() {
    if !tools_or_skip() {
        return;
    }
    let mut stack = Stack::start();
    stack.restart_dunst_with(&stack.menu_conf());

    // 1. Reminders due in a few seconds arrive with their title and body.
    stack.write_reminders(&format!(
        "[[reminder]]\nid = \"once\"\ntitle = \"Legs up now\"\nbody = \"Feet above your heart.\"\nat = [\"{}\"]\n\n\
         [[reminder]]\nid = \"again\"\ntitle = \"Water\"\nat = [\"{}\"]\nroutine = \"wind-down\"\n",
        utc_clock_in(5),
        utc_clock_in(15)
    ));
    let mut w = stack.run_windown();
    assert!(
        w.wait_for("sent once", Duration::from_secs(15)),
        "{:#?}",
        w.seen
    );
    // "Done" on it, pressed in dunst, is recorded in the history.
    press_until(&stack, &mut w, "Done", "Legs up now", "once: done");
    let history = std::fs::read_to_string(stack.path("data/history.jsonl")).unwrap_or_default();
    assert!(history.contains("\"once\""), "{history}");
    // "Snooze" on the second puts it off (4 s here, through WINDOWN_SNOOZE_SECS).
    assert!(
        w.wait_for("sent again", Duration::from_secs(15)),
        "{:#?}",
        w.seen
    );
    press_until(&stack, &mut w, "Snooze", "Water", "again: snoozed until");
    let mut expected = vec![
        (
            "windown".to_string(),
            "Legs up now".to_string(),
            "Feet above your heart.".to_string(),
        ),
        (
            "windown".to_string(),
            "Water".to_string(),
            "Start it with: windown wind-down".to_string(),
        ),
    ];
    expected.sort();
    let sorted = |mut v: Vec<(String, String, String)>| {
        v.sort();
        v
    };
    assert_eq!(sorted(stack.history()), expected);
    assert_eq!(w.terminate(), Some(0), "{:#?}", w.seen);

    // The snooze is kept in the state file over the restart.
    let state = std::fs::read_to_string(stack.path("state/remind-state.json")).unwrap();
    assert!(state.contains("\"snoozed\""), "{state}");

    // 2. A restart does not send them again, but the snoozed one comes back once.
    let mut w = stack.run_windown();
    assert!(
        w.wait_for("running with 2 reminders on", Duration::from_secs(10)),
        "{:#?}",
        w.seen
    );
    assert!(
        w.wait_for("sent again", Duration::from_secs(10)),
        "{:#?}",
        w.seen
    );
    w.collect_for(Duration::from_secs(2));
    assert_eq!(w.count("sent "), 1, "{:#?}", w.seen);
    expected.push((
        "windown".to_string(),
        "Water".to_string(),
        "Start it with: windown wind-down".to_string(),
    ));
    let expected = sorted(expected);
    assert_eq!(sorted(stack.history()), expected);
    assert_eq!(w.terminate(), Some(0), "{:#?}", w.seen);

    // 3a. A notification given up on (the server was stopped) is closed as soon as the
    //     server answers, instead of popping up late.
    stack.write_reminders(&format!(
        "[[reminder]]\nid = \"late\"\ntitle = \"Late one\"\nat = [\"{}\"]\n",
        utc_clock_in(4)
    ));
    if let Some(d) = &stack.dunst {
        d.signal("STOP");
    }
    let mut w = stack.run_windown();
    assert!(
        w.wait_for("did not answer within 2 s", Duration::from_secs(15)),
        "{:#?}",
        w.seen
    );
    if let Some(d) = &stack.dunst {
        d.signal("CONT");
    }
    std::thread::sleep(Duration::from_secs(2));
    let shown = stack
        .cmd("dunstctl")
        .args(["count", "displayed"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&shown.stdout).trim(), "0");
    assert_eq!(w.terminate(), Some(0), "{:#?}", w.seen);

    // 3. A server that owns the name but never answers (stopped): one warning after ~2 s,
    //    the schedule goes on (occurrences on stderr), and SIGTERM still exits at once.
    stack.write_reminders("[[reminder]]\nid = \"tick\"\ntitle = \"Tick\"\nevery = \"1s\"\n");
    if let Some(d) = &stack.dunst {
        d.signal("STOP");
    }
    let mut w = stack.run_windown();
    assert!(
        w.wait_for("did not answer within 2 s", Duration::from_secs(10)),
        "{:#?}",
        w.seen
    );
    for _ in 0..3 {
        assert!(
            w.wait_for("tick: Tick", Duration::from_secs(10)),
            "{:#?}",
            w.seen
        );
    }
    assert_eq!(w.count("notifications unavailable"), 1, "{:#?}", w.seen);
    assert_eq!(w.terminate(), Some(0), "{:#?}", w.seen);

    // 4. No server on the bus at all: a clear warning, once, and the schedule goes on.
    stack.stop_dunst();
    let mut w = stack.run_windown();
    assert!(
        w.wait_for(
            "notifications unavailable: no notification server took it",
            Duration::from_secs(10)
        ),
        "{:#?}",
        w.seen
    );
    for _ in 0..2 {
        assert!(
            w.wait_for("tick: Tick", Duration::from_secs(10)),
            "{:#?}",
            w.seen
        );
    }
    assert_eq!(w.count("notifications unavailable"), 1, "{:#?}", w.seen);
    assert_eq!(w.terminate(), Some(0), "{:#?}", w.seen);
}

/// Text from a reminders file is plain text to the server: dunst (which reads markup) gets
/// `&`, `<` and `>` as entities, so a link or an image in a title or body is shown, never
/// followed or loaded.
#[test]
fn markup_in_a_reminder_reaches_the_server_escaped() {
    if !tools_or_skip() {
        return;
    }
    let stack = Stack::start();
    stack.write_reminders(
        "[[reminder]]\nid = \"m\"\ntitle = \"Tea & <b>biscuits</b>\"\n\
         body = \"<a href=\\\"file:///etc/passwd\\\">look</a> <img src=\\\"/tmp/x.png\\\"/> A&amp;B\"\n\
         at = [\"10:00\"]\n",
    );
    let out = stack
        .cmd(BIN)
        .args(["remind", "test", "m"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got = stack.history();
    assert_eq!(
        got,
        [(
            "windown".to_string(),
            "Tea &amp; &lt;b&gt;biscuits&lt;/b&gt;".to_string(),
            "&lt;a href=&quot;file:///etc/passwd&quot;&gt;look&lt;/a&gt; &lt;img src=&quot;/tmp/x.png&quot;/&gt; A&amp;amp;B".to_string()
        )],
    );
}

fn tools_or_skip() -> bool {
    if let Some(tool) = TOOLS.iter().find(|t| !on_path(t)) {
        if std::env::var("CI").as_deref() == Ok("true") {
            panic!("{tool} is not installed, and CI=true: this test must run");
        }
        eprintln!("skipped: {tool} is not installed (apt-get install dbus dunst xvfb xauth)");
        return false;
    }
    true
}

/// With duplicate stacking off in dunst, three sends of one reminder leave one notification
/// on screen: each replaces the last by its id. Done on the newest, pressed in dunst, is
/// heard (dunst answers only the connection that sent the latest Notify for an id), and so
/// is Snooze on a later one that replaced another. It goes with low urgency (a daytime
/// nudge), windown's category and its desktop entry.
#[test]
fn a_reminder_replaces_its_own_last_notification() {
    if !tools_or_skip() {
        return;
    }
    let mut stack = Stack::start();
    // Urgency is not in dunst's history: its per-urgency timeout shows which one came.
    stack.restart_dunst_with(&format!(
        "{}    stack_duplicates = false\n    notification_limit = 0\n\
         [urgency_low]\n    timeout = 77\n[urgency_normal]\n    timeout = 0\n",
        stack.menu_conf()
    ));
    // Three sends 2 s apart (each replacing the last, none answered), then two more later.
    let times: Vec<String> = [3, 5, 7, 14, 16]
        .iter()
        .map(|s| format!("\"{}\"", utc_clock_in(*s)))
        .collect();
    stack.write_reminders(&format!(
        "[[reminder]]\nid = \"water\"\ntitle = \"Water\"\nat = [{}]\n",
        times.join(", ")
    ));
    let mut w = stack.run_windown();
    for _ in 0..3 {
        assert!(
            w.wait_for("sent water", Duration::from_secs(10)),
            "{:#?}",
            w.seen
        );
    }
    std::thread::sleep(Duration::from_millis(300));
    let shown = stack
        .cmd("dunstctl")
        .args(["count", "displayed"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&shown.stdout).trim(), "1");
    // The replacing notification's buttons answer, pressed in dunst: Done, then (after two
    // more sends, the second replacing the first) Snooze on the newest.
    press_until(&stack, &mut w, "Done", "Water", "water: done");
    for _ in 0..2 {
        assert!(
            w.wait_for("sent water", Duration::from_secs(10)),
            "{:#?}",
            w.seen
        );
    }
    press_until(&stack, &mut w, "Snooze", "Water", "water: snoozed until");
    assert_eq!(w.terminate(), Some(0), "{:#?}", w.seen);
    let _ = stack.cmd("dunstctl").arg("close-all").status();
    std::thread::sleep(Duration::from_millis(200));
    let out = stack.cmd("dunstctl").arg("history").output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let n = &v["data"][0][0];
    assert_eq!(n["timeout"]["data"], 77_000_000, "low urgency: {n:#}");
    assert_eq!(n["category"]["data"], "x-windown.reminder", "{n:#}");
}

/// "Start" on a reminder that names a routine opens `windown run ROUTINE` in the terminal
/// found on PATH: here a stand-in `xdg-terminal-exec` that records its arguments.
#[test]
fn start_opens_the_routine_in_a_terminal() {
    if !tools_or_skip() {
        return;
    }
    let mut stack = Stack::start();
    stack.restart_dunst_with(&stack.menu_conf());
    let bin = stack.path("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let record = stack.path("terminal-args");
    let fake = bin.join("xdg-terminal-exec");
    std::fs::write(
        &fake,
        format!(
            "#!/bin/sh\nprintf '%s\\n' \"$@\" > '{}'\n",
            record.display()
        ),
    )
    .unwrap();
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    stack.write_reminders(&format!(
        "[[reminder]]\nid = \"stretch\"\ntitle = \"Evening stretches\"\nat = [\"{}\"]\nroutine = \"evening-legs\"\n",
        utc_clock_in(3)
    ));
    let path = std::env::join_paths(std::iter::once(bin.clone()).chain(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    )))
    .unwrap();
    let mut w = stack.run_windown_with_path(path);
    assert!(
        w.wait_for("sent stretch", Duration::from_secs(15)),
        "{:#?}",
        w.seen
    );
    press_until(
        &stack,
        &mut w,
        "Start",
        "Evening stretches",
        "stretch: started evening-legs in a terminal",
    );
    let end = Instant::now() + Duration::from_secs(10);
    while !record.exists() && Instant::now() < end {
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_millis(100));
    let exe = std::fs::canonicalize(BIN).unwrap();
    assert_eq!(
        std::fs::read_to_string(&record).unwrap(),
        format!("{}\nrun\nevening-legs\n", exe.display())
    );
    assert_eq!(w.terminate(), Some(0), "{:#?}", w.seen);
}

/// Press the button labelled `label` on the notification titled `title` as a person would:
/// dunst's context menu, with a stand-in menu program (the dunstrc's `dmenu`, see
/// [`Stack::menu_conf`]) that picks the line naming both. dunst then sends the action to the
/// connection that sent the notification, as it does for a click.
/// Whether the menu found such a button (dunst shows the notification).
fn press(stack: &Stack, label: &str, title: &str) -> bool {
    let menu = stack.path("menu.sh");
    let chosen = stack.path("menu.chosen");
    let _ = std::fs::remove_file(&chosen);
    std::fs::write(
        &menu,
        format!(
            "#!/bin/sh\ntee -a '{}' | grep -F '{label}' | grep -m1 -F '{title}' | tee '{}'\n",
            stack.path("menu.log").display(),
            chosen.display()
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&menu, std::fs::Permissions::from_mode(0o755)).unwrap();
    let st = stack.cmd("dunstctl").arg("context").status().unwrap();
    assert!(st.success(), "dunstctl context");
    // dunst runs the menu while it answers the call, or just after: wait for it to end.
    let end = Instant::now() + Duration::from_secs(10);
    while Instant::now() < end {
        if let Ok(line) = std::fs::read_to_string(&chosen) {
            return !line.trim().is_empty();
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    false
}

/// [`press`] the button labelled `label` once, as soon as dunst shows it (a notification just
/// sent may not be on screen yet), and expect the process to log `expect`. One press only:
/// pressing again could reach a later notification and hide a press that went unheard.
fn press_until(stack: &Stack, w: &mut Running, label: &str, title: &str, expect: &str) {
    let mut pressed = false;
    for _ in 0..40 {
        if press(stack, label, title) {
            pressed = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(250));
    }
    if pressed && w.wait_for(expect, Duration::from_secs(15)) {
        return;
    }
    panic!(
        "no \"{expect}\" after pressing {label}: {:#?}\nmenu: {}",
        w.seen,
        std::fs::read_to_string(stack.path("menu.log")).unwrap_or_default()
    );
}

/// In German (`language = "de"` in config.toml, as the reminder process reads it): a built-in
/// reminder still as shipped arrives in German, its safety text with the English original
/// beside the draft; the buttons are German ("Erledigt" pressed in dunst is heard); a
/// reminder the person wrote stays in their words, with windown's own line in German.
#[test]
fn a_reminder_in_german_reaches_a_real_notification_server() {
    if !tools_or_skip() {
        return;
    }
    let mut stack = Stack::start();
    stack.restart_dunst_with(&stack.menu_conf());
    std::fs::create_dir_all(stack.path("config")).unwrap();
    std::fs::write(stack.path("config/config.toml"), "language = \"de\"\n").unwrap();
    stack.write_reminders(&format!(
        "[[reminder]]\nid = \"hydration\"\ntitle = \"Drink some water\"\n\
         body = \"A glass of water now, unless a clinician has told you to limit fluids.\"\n\
         at = [\"{}\"]\n\n\
         [[reminder]]\nid = \"mine\"\ntitle = \"Meine Waden\"\nat = [\"{}\"]\nroutine = \"wind-down\"\n",
        utc_clock_in(5),
        utc_clock_in(6)
    ));
    let mut w = stack.run_windown();
    for id in ["hydration", "mine"] {
        assert!(
            w.wait_for(&format!("sent {id}"), Duration::from_secs(15)),
            "{:#?}",
            w.seen
        );
    }
    press_until(
        &stack,
        &mut w,
        "Erledigt",
        "Etwas Wasser trinken",
        "hydration: done",
    );
    let mut shown = stack.history();
    shown.sort();
    assert_eq!(
        shown,
        vec![
            (
                "windown".to_string(),
                "Etwas Wasser trinken".to_string(),
                "Jetzt ein Glas Wasser, es sei denn, eine medizinische Fachkraft hat Ihnen \
                 geraten, die Trinkmenge zu begrenzen.\nAuf Englisch: A glass of water now, \
                 unless a clinician has told you to limit fluids."
                    .to_string(),
            ),
            (
                "windown".to_string(),
                "Meine Waden".to_string(),
                "Starten mit: windown wind-down".to_string(),
            ),
        ]
    );
    assert_eq!(w.terminate(), Some(0), "{:#?}", w.seen);
}

/// After a restart of `remind run`, the notification it sent that is still open is sent
/// again with the same id, from the new process: its Done, pressed in dunst, is heard.
#[test]
fn a_restart_sends_the_open_notification_again_and_its_done_answers() {
    if !tools_or_skip() {
        return;
    }
    let mut stack = Stack::start();
    stack.restart_dunst_with(&format!(
        "{}[urgency_low]\n    timeout = 0\n[urgency_normal]\n    timeout = 0\n",
        stack.menu_conf()
    ));
    stack.write_reminders(&format!(
        "[[reminder]]\nid = \"water\"\ntitle = \"Water\"\nat = [\"{}\"]\n",
        utc_clock_in(3)
    ));
    let mut w = stack.run_windown();
    assert!(
        w.wait_for("sent water", Duration::from_secs(15)),
        "{:#?}",
        w.seen
    );
    assert_eq!(w.terminate(), Some(0), "{:#?}", w.seen);
    let state = std::fs::read_to_string(stack.path("state/remind-state.json")).unwrap();
    assert!(state.contains("\"open\""), "{state}");

    let mut w = stack.run_windown();
    assert!(
        w.wait_for("water: sent again, still open", Duration::from_secs(10)),
        "{:#?}",
        w.seen
    );
    std::thread::sleep(Duration::from_millis(300));
    let shown = stack
        .cmd("dunstctl")
        .args(["count", "displayed"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&shown.stdout).trim(), "1");
    press(&stack, "Done", "Water");
    assert!(
        w.wait_for("water: done", Duration::from_secs(10)),
        "{:#?}\nmenu: {}",
        w.seen,
        std::fs::read_to_string(stack.path("menu.log")).unwrap_or_default()
    );
    assert_eq!(w.terminate(), Some(0), "{:#?}", w.seen);
    let state = std::fs::read_to_string(stack.path("state/remind-state.json")).unwrap();
    assert!(!state.contains("\"open\""), "{state}");
}
