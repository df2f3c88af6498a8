//! The real binary in a real terminal: tmux runs an interactive bash at 100x30, the tests
//! type into it with `send-keys` and read the screen with `capture-pane -p`.
//!
//! The binary is the one named by `WINDOWN_E2E_BIN` when set (CI builds the release binary
//! and points it there), else the debug binary cargo built for the tests; each test prints
//! which it runs.
//!
//! Skipped with a printed reason when tmux is missing, except under `CI=true`, where a
//! missing tmux is a failure. Every test uses its own tmux server (`-L <socket>`), killed by
//! a guard even when the test fails.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// The binary under test: `WINDOWN_E2E_BIN` when set, else cargo's; printed.
fn bin() -> String {
    let (bin, from) = match std::env::var("WINDOWN_E2E_BIN") {
        Ok(b) if !b.is_empty() => (b, "WINDOWN_E2E_BIN"),
        _ => (env!("CARGO_BIN_EXE_windown").to_string(), "cargo"),
    };
    eprintln!("e2e binary ({from}): {bin}");
    bin
}

/// 2 s phases: get ready, hold left x2 with a rest, switch, hold right x2 with a rest, then
/// a task step.
const QUICK: &str = r#"title = "Quick test"
summary = "Two-second phases for the terminal tests."

[[step]]
title = "Calf hold"
targets = ["calves"]
prepare = "2s"
hold = "2s"
reps = 2
rest = "2s"
sides = "both"
switch = "2s"
instructions = ["Stand facing a wall."]

[[step]]
title = "Screens off"
kind = "task"
"#;

fn tmux_or_skip() -> bool {
    let ok = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        if std::env::var("CI").as_deref() == Ok("true") {
            panic!("tmux is required when CI=true");
        }
        eprintln!("skipped: tmux is not installed");
    }
    ok
}

/// One tmux server with one pane running bash; killed on drop.
struct Tmux {
    socket: String,
    dir: tempfile::TempDir,
}

impl Tmux {
    fn start(name: &str) -> Tmux {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path();
        let routines = root.join("config/routines");
        std::fs::create_dir_all(&routines).expect("routines dir");
        std::fs::write(routines.join("quick.toml"), QUICK).expect("routine file");
        // No bell in the tests' terminal.
        std::fs::write(
            root.join("config/config.toml"),
            "[cues]\nbell = false\n[voice]\nengine = \"off\"\n[sounds]\nplayer = \"off\"\n",
        )
        .expect("config");
        let socket = format!("windown-{name}-{}", std::process::id());
        let env = env_line(root);
        let t = Tmux { socket, dir };
        let shell = format!("env -i {env} bash --norc --noprofile");
        let st = t
            .cmd(&["new-session", "-d", "-x", "100", "-y", "30", &shell])
            .status()
            .expect("tmux runs");
        assert!(st.success(), "tmux new-session failed");
        t.wait_for(|s| s.contains('$'), "a shell prompt");
        t
    }

    fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new("tmux");
        c.arg("-L").arg(&self.socket).args(args);
        c
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "0"];
        args.extend_from_slice(keys);
        let st = self.cmd(&args).status().expect("send-keys");
        assert!(st.success());
    }

    fn type_line(&self, line: &str) {
        self.keys(&["-l", line]);
        self.keys(&["Enter"]);
    }

    fn screen(&self) -> String {
        let out = self
            .cmd(&["capture-pane", "-p", "-t", "0"])
            .output()
            .expect("capture-pane");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// The screen with its escape sequences (colours and attributes).
    fn screen_escapes(&self) -> String {
        let out = self
            .cmd(&["capture-pane", "-p", "-e", "-t", "0"])
            .output()
            .expect("capture-pane");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn query(&self, format: &str) -> String {
        let out = self
            .cmd(&["display-message", "-p", "-t", "0", format])
            .output()
            .expect("display-message");
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// Poll the screen until `ok` holds (10 s at most: a loaded machine is slow to draw);
    /// the screen when it did.
    fn wait_for(&self, ok: impl Fn(&str) -> bool, what: &str) -> String {
        let until = Instant::now() + Duration::from_secs(10);
        loop {
            let s = self.screen();
            if ok(&s) {
                return s;
            }
            assert!(Instant::now() < until, "waited for {what}; screen:\n{s}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn alternate_on(&self) -> bool {
        self.query("#{alternate_on}") == "1"
    }

    /// The pid of the program running in the pane's shell (its child, found in /proc).
    fn child_pid(&self) -> i32 {
        let shell = self.query("#{pane_pid}");
        let entries = std::fs::read_dir("/proc").expect("/proc");
        for e in entries.flatten() {
            let Ok(pid) = e.file_name().to_string_lossy().parse::<i32>() else {
                continue;
            };
            let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
                continue;
            };
            // pid (comm) state ppid ...: comm may hold spaces, so split after the last ')'.
            let ppid = stat
                .rsplit_once(')')
                .and_then(|(_, rest)| rest.split_whitespace().nth(1));
            if ppid == Some(shell.as_str()) {
                return pid;
            }
        }
        panic!("no process under the pane's shell {shell}");
    }

    /// Send `sig` to the program running in the pane.
    fn signal_child(&self, sig: i32) {
        let pid = self.child_pid();
        // SAFETY: kill(2) with a pid we just read and a valid signal number.
        let rc = unsafe { libc::kill(pid, sig) };
        assert_eq!(rc, 0, "kill({pid}, {sig}) failed");
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.cmd(&["kill-server"]).status();
    }
}

fn env_line(root: &Path) -> String {
    let d = |p: &str| root.join(p).display().to_string();
    format!(
        "HOME={home} PATH=/usr/bin:/bin TERM=screen-256color LANG=C.UTF-8 PS1='$ ' \
         WINDOWN_CONFIG_DIR={c} WINDOWN_DATA_DIR={data} WINDOWN_STATE_DIR={s} \
         XDG_CONFIG_HOME={home} XDG_DATA_HOME={home} XDG_STATE_HOME={home}",
        home = d("home"),
        c = d("config"),
        data = d("data"),
        s = d("state"),
    )
}

/// The big-digit rows and the phase line: the part of the screen a countdown changes.
fn countdown_part(screen: &str) -> String {
    screen.lines().take(16).collect::<Vec<_>>().join("\n")
}

#[test]
fn session_counts_pauses_skips_and_quits_restoring_the_terminal() {
    if !tmux_or_skip() {
        return;
    }
    let bin = bin();
    let t = Tmux::start("session");
    t.type_line(&format!("{bin} run quick; echo EXITED $?"));
    let first = t.wait_for(|s| s.contains("GET READY"), "the session screen");
    assert!(t.alternate_on(), "the session runs on the alternate screen");
    assert!(first.contains("Quick test") && first.contains("step 1 of 2"));

    // The countdown moves (within the deadline of `wait_for`, however busy the machine is).
    let a = countdown_part(&t.screen());
    t.wait_for(|s| countdown_part(s) != a, "the countdown to move");

    // Space pauses: the screen stops changing.
    t.keys(&["Space"]);
    let paused = t.wait_for(|s| s.contains("PAUSED"), "the paused state");
    std::thread::sleep(Duration::from_millis(2500));
    assert_eq!(
        countdown_part(&t.screen()),
        countdown_part(&paused),
        "paused but moving"
    );

    // n skips to the next phase (still paused).
    let label = |s: &str| {
        s.lines()
            .nth(2)
            .unwrap_or_default()
            .replace("PAUSED", "")
            .trim()
            .to_string()
    };
    let before = label(&paused);
    t.keys(&["n"]);
    let after = t.wait_for(|s| label(s) != before, "the next phase");
    assert!(after.contains("PAUSED"), "a skip keeps the pause:\n{after}");

    // Space resumes; q asks; n keeps going; q asks again, q leaves.
    t.keys(&["Space"]);
    t.wait_for(|s| !s.contains("PAUSED"), "running again");
    t.keys(&["q"]);
    t.wait_for(|s| s.contains("Stop this session?"), "the quit question");
    t.keys(&["n"]);
    t.wait_for(|s| !s.contains("Stop this session?"), "the question gone");
    t.keys(&["q"]);
    t.wait_for(|s| s.contains("Stop this session?"), "the quit question");
    t.keys(&["q"]);
    let end = t.wait_for(|s| s.contains("EXITED 0"), "the shell after windown");
    assert!(!t.alternate_on(), "the alternate screen is still on");
    assert!(
        end.contains(&format!("{bin} run quick")),
        "primary screen back:\n{end}"
    );
    assert!(!end.contains("GET READY") && !end.contains("Stop this session?"));
    // The terminal is out of raw mode: a typed line reaches the shell as usual.
    t.type_line("echo TYPED-OK");
    t.wait_for(|s| s.contains("\nTYPED-OK"), "the shell to read a line");
    // The stopped session is in the history.
    let history =
        std::fs::read_to_string(t.dir.path().join("data/history.jsonl")).expect("a history file");
    assert_eq!(history.lines().count(), 1, "{history}");
    assert!(history.contains("\"routine_id\":\"quick\""), "{history}");
    assert!(history.contains("\"finished\":false"), "{history}");
}

#[test]
fn sigterm_and_ctrl_z_leave_the_terminal_usable() {
    if !tmux_or_skip() {
        return;
    }
    let bin = bin();
    let t = Tmux::start("signals");
    t.type_line(&format!("{bin} run quick"));
    t.wait_for(|s| s.contains("GET READY"), "the session screen");

    // Ctrl-Z: the shell is back on the primary screen with the job stopped.
    t.keys(&["C-z"]);
    let stopped = t.wait_for(|s| s.contains("Stopped"), "the job to stop");
    assert!(
        !t.alternate_on(),
        "stopped, but still on the alternate screen"
    );
    assert!(!stopped.contains("GET READY"));
    // fg: everything is drawn again, paused.
    t.type_line("fg");
    let back = t.wait_for(
        |s| s.contains("PAUSED") && s.contains("Quick test"),
        "a full redraw",
    );
    assert!(t.alternate_on());
    assert!(back.contains("step 1 of 2"));

    // SIGTERM: leaves at once, terminal restored, exit status 143.
    t.signal_child(libc::SIGTERM);
    // The shell's prompt back, not only the screen left: a line typed while windown still
    // ends (slow on a loaded machine) would be read by its input, not by the shell.
    t.wait_for(
        |s| !s.contains("Quick test") && s.trim_end().ends_with('$'),
        "the shell after SIGTERM",
    );
    assert!(!t.alternate_on());
    // The exit status of the job (`fg` reports it) and a shell that reads lines again.
    t.type_line("echo STATUS $?");
    t.wait_for(|s| s.contains("\nSTATUS 143"), "the exit status");

    // SIGHUP (the terminal closed) the same way, from the home screen: 128 + 1.
    t.type_line("clear");
    t.type_line(&format!("{bin}; echo HUP-STATUS $?"));
    t.wait_for(|s| s.contains("Routines"), "the home screen");
    t.signal_child(libc::SIGHUP);
    t.wait_for(|s| s.contains("HUP-STATUS 129"), "the shell after SIGHUP");
    assert!(!t.alternate_on());

    // SIGQUIT from outside, in a session: the same as SIGTERM (128 + 3), and the session
    // is recorded.
    t.type_line("clear");
    let history = t.dir.path().join("data/history.jsonl");
    let before = std::fs::read_to_string(&history)
        .unwrap_or_default()
        .lines()
        .count();
    t.type_line(&format!("{bin} run quick; echo QUIT-STATUS $?"));
    t.wait_for(|s| s.contains("GET READY"), "the session screen");
    t.signal_child(libc::SIGQUIT);
    t.wait_for(|s| s.contains("QUIT-STATUS 131"), "the shell after SIGQUIT");
    assert!(!t.alternate_on(), "SIGQUIT left the alternate screen on");
    let after = std::fs::read_to_string(&history).unwrap_or_default();
    assert_eq!(after.lines().count(), before + 1, "{after}");
    assert!(after.contains(r#""finished":false"#), "{after}");
}

#[test]
fn home_screen_opens_and_q_quits() {
    if !tmux_or_skip() {
        return;
    }
    let bin = bin();
    let t = Tmux::start("home");
    t.type_line(&format!("{bin}; echo EXITED $?"));
    let home = t.wait_for(|s| s.contains("Routines"), "the home screen");
    assert!(home.contains("Quick test"), "user routine listed:\n{home}");
    // Too small, then back: resizing redraws.
    t.cmd(&["resize-window", "-t", "0", "-x", "30", "-y", "10"])
        .status()
        .expect("resize");
    t.wait_for(|s| s.contains("window too small"), "the too-small notice");
    t.cmd(&["resize-window", "-t", "0", "-x", "100", "-y", "30"])
        .status()
        .expect("resize");
    t.wait_for(|s| s.contains("Routines"), "the home screen again");
    assert!(
        has_colour(&t.screen_escapes()),
        "colours expected without NO_COLOR"
    );
    // The reminders and progress screens open from home and q comes back.
    t.keys(&["r"]);
    t.wait_for(|s| s.contains("Reminder process"), "the reminders screen");
    t.keys(&["q"]);
    t.wait_for(|s| s.contains("Routines"), "the home screen again");
    t.keys(&["g"]);
    t.wait_for(|s| s.contains("Progress"), "the progress screen");
    t.keys(&["Escape"]);
    t.wait_for(|s| s.contains("Routines"), "the home screen again");
    t.keys(&["q"]);
    t.wait_for(|s| s.contains("EXITED 0"), "the shell after windown");
    assert!(!t.alternate_on());

    // NO_COLOR: the same screen without a single colour.
    t.type_line("clear");
    t.type_line(&format!("NO_COLOR=1 {bin}; echo EXITED $?"));
    t.wait_for(|s| s.contains("Routines"), "the home screen");
    let escapes = t.screen_escapes();
    assert!(!has_colour(&escapes), "a colour under NO_COLOR:\n{escapes}");
    t.keys(&["q"]);
    t.wait_for(|s| s.contains("EXITED 0"), "the shell after windown");

    // A cue command that fails is told on the session screen, and still on the home screen
    // loaded after `windown run`.
    std::fs::write(
        t.dir.path().join("config/config.toml"),
        "[cues]\nbell = false\n[sounds]\nplayer = \"off\"\n[voice]\ncommand = [\"false\"]\n",
    )
    .expect("config");
    t.type_line("clear");
    t.type_line(&format!("{bin} run quick; echo CUE-EXITED $?"));
    t.wait_for(
        |s| s.contains("the speech program \"false\" failed"),
        "the cue failure on the session screen",
    );
    t.keys(&["q"]);
    t.wait_for(|s| s.contains("Stop this session?"), "the quit question");
    t.keys(&["y"]);
    t.wait_for(|s| s.contains("Session stopped early"), "the summary");
    t.keys(&["Enter"]);
    t.wait_for(
        |s| s.contains("Routines") && s.contains("the speech program \"false\" failed"),
        "the cue failure on the home screen",
    );
    t.keys(&["q"]);
    t.wait_for(|s| s.contains("CUE-EXITED 0"), "the shell after windown");
}

/// `c` from home, the right leg and back of thigh, every step by key, a pain of 2, saved:
/// one cramp record in the history; `windown cramp` straight away, left by Ctrl-C mid-guide,
/// records one too and gives the terminal back.
#[test]
fn a_cramp_from_home_through_the_guide_to_the_record() {
    if !tmux_or_skip() {
        return;
    }
    let bin = bin();
    let t = Tmux::start("cramp");
    t.type_line(&format!("{bin}; echo EXITED $?"));
    t.wait_for(
        |s| s.contains("c cramp"),
        "the home screen with its cramp key",
    );
    t.keys(&["c"]);
    t.wait_for(|s| s.contains("A cramp? Let it ease."), "the relief screen");
    let escapes = t.screen_escapes();
    assert!(!escapes.contains("\x1b[7m"), "nothing reversed:\n{escapes}");
    t.keys(&["r"]);
    t.keys(&["b"]);
    t.wait_for(
        |s| s.contains("start with the right back of thigh"),
        "the choice",
    );
    t.keys(&["Enter"]);
    let s = t.wait_for(|s| s.contains(" Light on"), "the first step");
    // The step's name in big letters at 100x30.
    assert!(s.contains("#     ##### "), "{s}");
    let squeezed = s.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(squeezed.contains("call an emergency number now."), "{s}");
    for step in [" Sit up", " Stretch", " Rub it", " Warmth"] {
        t.keys(&["Enter"]);
        t.wait_for(|s| s.contains(step), step);
    }
    t.keys(&["Enter"]);
    t.wait_for(|s| s.contains("Has it eased?"), "the end");
    t.keys(&["Up", "Up", "Up"]);
    t.wait_for(|s| s.contains("Pain:"), "the pain");
    t.keys(&["Enter"]);
    t.wait_for(|s| s.contains("Routines"), "home again");
    // Home says what was recorded, as the plain guide does.
    t.wait_for(
        |s| s.contains("Recorded a cramp: right back of thigh at "),
        "what was recorded, on home",
    );
    t.keys(&["q"]);
    t.wait_for(|s| s.contains("EXITED 0"), "the shell after windown");
    let history =
        std::fs::read_to_string(t.dir.path().join("data/history.jsonl")).expect("the history file");
    let lines: Vec<&str> = history.lines().collect();
    assert_eq!(lines.len(), 1, "{history}");
    assert!(
        lines[0].starts_with(r#"{"v":2,"type":"cramp","at":"#)
            && lines[0].contains(r#""leg":"right","muscle":"back-thigh","relief_seconds":"#)
            && lines[0].contains(r#""pain":2,"#),
        "{history}"
    );

    // Straight in, Enter for the left calf, then Ctrl-C on the second step: recorded.
    t.type_line("clear");
    t.type_line(&format!("{bin} cramp; echo CRAMP-EXITED $?"));
    t.wait_for(
        |s| s.contains("start with the left calf"),
        "the relief screen",
    );
    t.keys(&["Enter"]);
    t.wait_for(|s| s.contains(" Light on"), "the first step");
    t.keys(&["Enter"]);
    t.wait_for(|s| s.contains(" Sit up"), "the second step");
    t.keys(&["C-c"]);
    let s = t.wait_for(
        |s| s.contains("CRAMP-EXITED 0"),
        "the shell after windown cramp",
    );
    // Said once the terminal is back: which leg and muscle, and when.
    assert!(s.contains("Recorded a cramp: left calf at "), "{s}");
    assert!(!t.alternate_on());
    let history =
        std::fs::read_to_string(t.dir.path().join("data/history.jsonl")).expect("the history file");
    assert_eq!(history.lines().count(), 2, "{history}");
    assert!(
        history
            .lines()
            .nth(1)
            .is_some_and(|l| l.contains(r#""leg":"left","muscle":"calf""#) && !l.contains("pain"))
    );
}

/// Whether SGR sequences in `screen` set a foreground or background colour.
fn has_colour(screen: &str) -> bool {
    screen.split("\x1b[").skip(1).any(|seq| {
        let Some((params, _)) = seq.split_once('m') else {
            return false;
        };
        params.split(';').any(|p| {
            matches!(
                p.parse::<u32>(),
                Ok(30..=38 | 40..=48 | 90..=97 | 100..=107)
            )
        })
    })
}

/// Ctrl-Z, then `kill %1`: the shell sends SIGTERM and SIGCONT to the stopped job, which runs
/// again in the background. The session ends and is recorded; it must not take the terminal
/// back (a background process that does is stopped again by SIGTTOU, and waits for ever).
#[test]
fn a_stopped_session_killed_from_the_shell_ends_and_is_recorded() {
    if !tmux_or_skip() {
        return;
    }
    let bin = bin();
    let t = Tmux::start("stopkill");
    let history = t.dir.path().join("data/history.jsonl");
    t.type_line(&format!("{bin} run quick"));
    t.wait_for(|s| s.contains("GET READY"), "the session screen");
    t.keys(&["C-z"]);
    t.wait_for(|s| s.contains("Stopped"), "the job to stop");
    t.type_line("kill %1");
    // The marker as the shell prints it ("JOBS-LISTED-2"), not as typed: on a loaded machine
    // the screen can be read before the line runs, with the first stop's notice still on it.
    t.type_line("clear; sleep 1; jobs; echo JOBS-LISTED-$((1 + 1))");
    let s = t.wait_for(|s| s.contains("JOBS-LISTED-2"), "the job list");
    assert!(!s.contains("Stopped"), "the job stopped again:\n{s}");
    assert!(!t.alternate_on(), "the alternate screen is on");
    let until = Instant::now() + Duration::from_secs(10);
    let text = loop {
        let text = std::fs::read_to_string(&history).unwrap_or_default();
        if !text.is_empty() || Instant::now() > until {
            break text;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(text.contains(r#""finished":false"#), "{text}");
    // The shell still reads lines.
    t.type_line("echo STILL-HERE");
    t.wait_for(|s| s.contains("\nSTILL-HERE"), "the shell");
}

/// A file-size limit refuses the history write when the session ends: an error after the
/// terminal is restored, exit status 1, never a death by SIGXFSZ on the alternate screen.
#[test]
fn a_file_size_limit_on_the_record_is_an_error_on_a_restored_terminal() {
    if !tmux_or_skip() {
        return;
    }
    let prlimit = Command::new("prlimit").arg("--version").output().is_ok();
    if !prlimit {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "prlimit is required when CI=true"
        );
        eprintln!("skipped: prlimit is not installed");
        return;
    }
    let bin = bin();
    let t = Tmux::start("fsize");
    let history = t.dir.path().join("data/history.jsonl");
    std::fs::create_dir_all(history.parent().unwrap()).unwrap();
    let line = "{\"v\":1,\"type\":\"checkin\",\"night_of\":\"2026-11-27\",\"cramps\":\"none\",\"recorded\":\"2026-11-28T06:58:53Z\"}\n";
    std::fs::write(&history, line.repeat(20)).unwrap();
    let size = std::fs::metadata(&history).unwrap().len();
    t.type_line(&format!(
        "prlimit --fsize={size} -- {bin} run quick; echo EXITED $?"
    ));
    t.wait_for(|s| s.contains("GET READY"), "the session screen");
    t.keys(&["q"]);
    t.wait_for(|s| s.contains("Stop this session?"), "the quit question");
    t.keys(&["q"]);
    // At the start of a line: the typed command itself says "echo EXITED $?".
    let end = t.wait_for(|s| s.contains("\nEXITED "), "the shell after windown");
    assert!(end.contains("EXITED 1"), "{end}");
    assert!(
        end.contains("error: could not record the session: cannot write to"),
        "{end}"
    );
    // The pane is 100 columns wide: the message wraps.
    assert!(end.replace('\n', "").contains("File too large"), "{end}");
    assert!(!t.alternate_on(), "the alternate screen is still on");
    t.type_line("echo TYPED-OK");
    t.wait_for(|s| s.contains("\nTYPED-OK"), "the shell to read a line");
    assert_eq!(std::fs::metadata(&history).unwrap().len(), size);
}

/// State files that are not files (FIFOs here; links to /dev/zero behave the same): the
/// home screen still gets its header, `r` opens the reminders screen with its rows, and q
/// leaves, instead of a blank header and a screen frozen until SIGKILL.
#[test]
fn fifos_for_state_files_never_freeze_the_interface() {
    if !tmux_or_skip() {
        return;
    }
    let bin = bin();
    let t = Tmux::start("fifos");
    let state = t.dir.path().join("state");
    std::fs::create_dir_all(&state).unwrap();
    for f in ["remind-state.json", "remind.lock", "checkin-dismissed"] {
        let st = Command::new("mkfifo")
            .arg(state.join(f))
            .status()
            .expect("mkfifo");
        assert!(st.success());
    }
    let data = t.dir.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(
        data.join("history.jsonl"),
        "{\"v\":1,\"type\":\"session\",\"routine_id\":\"quick\",\"routine_title\":\"Quick\",\"started\":\"2026-11-20T22:19:23Z\",\"ended\":\"2026-11-20T22:19:25Z\",\"active_seconds\":2,\"steps_done\":1,\"steps_skipped\":0,\"steps_total\":1,\"finished\":true}\n",
    )
    .unwrap();
    t.type_line(&format!("{bin}; echo EXITED $?"));
    t.wait_for(
        |s| s.contains("Routines") && s.contains("last session"),
        "the home screen with its header",
    );
    t.keys(&["r"]);
    t.wait_for(
        |s| s.contains("Reminder process") && s.contains("Put your legs up"),
        "the reminders screen with its rows",
    );
    t.keys(&["q"]);
    t.wait_for(|s| s.contains("Routines"), "the home screen again");
    t.keys(&["q"]);
    t.wait_for(|s| s.contains("EXITED 0"), "the shell after windown");
    assert!(!t.alternate_on());
}

#[test]
fn the_interface_speaks_and_sounds_and_v_and_m_silence_it() {
    if !tmux_or_skip() {
        return;
    }
    let bin = bin();
    let t = Tmux::start("cues");
    let root = t.dir.path().to_path_buf();
    // Speech and sounds on (found on PATH); the stand-ins note what they were asked.
    std::fs::write(root.join("config/config.toml"), "[cues]\nbell = false\n").expect("config");
    let stand_ins = root.join("bin");
    std::fs::create_dir_all(&stand_ins).expect("bin dir");
    let log = root.join("log");
    for name in ["espeak-ng", "pw-play"] {
        let p = stand_ins.join(name);
        std::fs::write(
            &p,
            format!(
                "#!/bin/sh\nf=\"\"; for a in \"$@\"; do f=\"$a\"; done\necho \"{name} ${{f##*/}}\" >> '{}'\n",
                log.display()
            ),
        )
        .expect("stand-in");
        std::fs::set_permissions(&p, std::os::unix::fs::PermissionsExt::from_mode(0o755))
            .expect("chmod");
    }
    let calls = || std::fs::read_to_string(&log).unwrap_or_default();
    let wait_for_call = |want: &str| {
        let until = Instant::now() + Duration::from_secs(6);
        while !calls().lines().any(|l| l == want) {
            assert!(Instant::now() < until, "no {want:?} in:\n{}", calls());
            std::thread::sleep(Duration::from_millis(50));
        }
    };
    t.type_line(&format!(
        "PATH={}:$PATH {bin} run quick; echo CUES-EXITED $?",
        stand_ins.display()
    ));
    // Speech and tones run side by side: each is waited for on its own.
    for want in [
        "espeak-ng Calf hold.",
        "pw-play ready.wav",
        "pw-play tick.wav",
        "pw-play hold.wav",
        "espeak-ng Hold. 1 of 2.",
    ] {
        wait_for_call(want);
    }
    // v: speech off, the tones go on.
    t.keys(&["v"]);
    t.wait_for(|s| s.contains("speech off"), "speech off on the title line");
    let before = calls().lines().count();
    wait_for_call("pw-play rest.wav");
    std::thread::sleep(Duration::from_millis(300));
    let after: Vec<String> = calls().lines().skip(before).map(String::from).collect();
    assert!(
        !after.iter().any(|l| l.starts_with("espeak-ng")),
        "{after:?}"
    );
    // m: nothing at all.
    t.keys(&["m"]);
    t.wait_for(|s| s.contains("muted"), "muted on the title line");
    // A tone started just before the key may still be noting itself.
    std::thread::sleep(Duration::from_millis(200));
    let before = calls().lines().count();
    t.wait_for(|s| s.contains("HOLD - LEFT LEG  rep 2"), "the second hold");
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(calls().lines().count(), before, "{}", calls());
    t.keys(&["q"]);
    t.wait_for(|s| s.contains("Stop this session?"), "the quit question");
    t.keys(&["q"]);
    t.wait_for(|s| s.contains("CUES-EXITED"), "the shell after windown");
}

/// Live files: a routine file created, edited and removed while the home screen is open
/// shows up, changes and goes without a key pressed; Enter runs the file as it is now.
#[test]
fn routine_files_written_while_open_show_up_change_and_go() {
    if !tmux_or_skip() {
        return;
    }
    let bin = bin();
    let t = Tmux::start("live");
    let routines = t.dir.path().join("config/routines");
    t.type_line(&format!("{bin}; echo EXITED $?"));
    t.wait_for(|s| s.contains("Quick test"), "the home screen");
    let file = routines.join("zz-live.toml");
    let live = |title: &str, step: &str| {
        format!(
            "title = \"{title}\"\n[[step]]\ntitle = \"{step}\"\nhold = \"30s\"\nprepare = \"0s\"\n"
        )
    };
    std::fs::write(&file, live("Live one", "First step")).expect("write");
    t.wait_for(|s| s.contains("Live one"), "the new file in the list");
    // Select it (the last entry) and see its details.
    for _ in 0..12 {
        t.keys(&["Down"]);
    }
    t.wait_for(|s| s.contains("First step"), "its details");
    // Edited in place (as an editor writes): the list and the details follow.
    std::fs::write(&file, live("Live two", "Second step")).expect("write");
    let s = t.wait_for(|s| s.contains("Live two"), "the new title");
    assert!(!s.contains("Live one"), "the old title stays:\n{s}");
    t.wait_for(|s| s.contains("Second step"), "the new step in the details");
    // Written again and started at once: what runs is the file as it is now.
    std::fs::write(&file, live("Live three", "Third step")).expect("write");
    t.keys(&["Enter"]);
    t.wait_for(
        |s| s.contains("Third step"),
        "the session on the edited file",
    );
    // Written during the session: the session keeps the routine it started with.
    std::fs::write(&file, live("Live four", "Fourth step")).expect("write");
    std::thread::sleep(Duration::from_millis(700));
    let s = t.screen();
    assert!(
        s.contains("Third step") && !s.contains("Fourth step"),
        "{s}"
    );
    t.keys(&["q"]);
    t.wait_for(|s| s.contains("Stop this session?"), "the quit question");
    t.keys(&["y"]);
    t.wait_for(|s| s.contains("Session stopped early"), "the summary");
    t.keys(&["Enter"]);
    t.wait_for(
        |s| s.contains("Live four"),
        "home again, with the file as it is now",
    );
    // Removed: it goes.
    std::fs::remove_file(&file).expect("remove");
    t.wait_for(|s| !s.contains("Live four"), "the file gone from the list");
    t.keys(&["q"]);
    t.wait_for(|s| s.contains("EXITED 0"), "the shell after windown");
}

/// Live files where the folders are links, and after the config folder is deleted: a
/// `routines/` linked from a dotfiles folder is followed (a file written there shows up), a
/// link to `/usr` under `figures/` costs nothing, and deleting the whole config folder and
/// making it again keeps the list live.
#[test]
fn live_files_follow_a_linked_routines_folder_and_a_config_folder_made_again() {
    if !tmux_or_skip() {
        return;
    }
    let bin = bin();
    let t = Tmux::start("relink");
    let root = t.dir.path();
    let config = root.join("config");
    let dotfiles = root.join("dotfiles/routines");
    std::fs::create_dir_all(&dotfiles).expect("dotfiles");
    std::fs::rename(
        config.join("routines/quick.toml"),
        dotfiles.join("quick.toml"),
    )
    .expect("move");
    std::fs::remove_dir(config.join("routines")).expect("rmdir");
    std::os::unix::fs::symlink(&dotfiles, config.join("routines")).expect("link");
    std::fs::create_dir_all(config.join("figures")).expect("figures");
    std::os::unix::fs::symlink("/usr", config.join("figures/usr")).expect("link");
    let settings = std::fs::read(config.join("config.toml")).expect("config");
    let routine =
        |title: &str| format!("title = \"{title}\"\n[[step]]\ntitle = \"S\"\nhold = \"30s\"\n");
    t.type_line(&format!("{bin}; echo EXITED $?"));
    t.wait_for(|s| s.contains("Quick test"), "the home screen");
    std::fs::write(dotfiles.join("zz-linked.toml"), routine("Linked one")).expect("write");
    t.wait_for(
        |s| s.contains("Linked one"),
        "a file written where the link leads",
    );
    std::fs::remove_dir_all(&config).expect("remove the config folder");
    t.wait_for(|s| !s.contains("Linked one"), "the folder gone");
    std::fs::create_dir_all(config.join("routines")).expect("made again");
    std::fs::write(config.join("config.toml"), &settings).expect("config");
    std::fs::write(config.join("routines/zz-again.toml"), routine("Made again")).expect("write");
    t.wait_for(
        |s| s.contains("Made again"),
        "a file in the folder made again",
    );
    std::fs::write(config.join("routines/zz-later.toml"), routine("Later one")).expect("write");
    t.wait_for(|s| s.contains("Later one"), "a later file");
    t.keys(&["q"]);
    t.wait_for(|s| s.contains("EXITED 0"), "the shell after windown");
}

/// `e` on home: the terminal goes to `EDITOR` (here a script called `vim` that logs its
/// arguments and writes a prepared file over the one it is given) and comes back; the file is
/// read again at once: a mistake shows with its line and caret, and `e` then opens the file
/// at that line (`+LINE`); a built-in is copied to the routines folder first, and says so; an
/// editor that cannot start is told, on a working screen.
#[test]
fn e_hands_the_terminal_to_the_editor_and_takes_it_back() {
    if !tmux_or_skip() {
        return;
    }
    let bin = bin();
    let t = Tmux::start("edit");
    let root = t.dir.path();
    // In a folder with a space, started with an argument of its own: run as git runs it.
    let tools = root.join("my tools");
    std::fs::create_dir_all(&tools).expect("bin dir");
    let log = root.join("editor.log");
    let next = root.join("next.toml");
    let script = tools.join("vim");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nfor a; do f=$a; done\necho \"$@\" >> '{}'\ncp '{}' \"$f\"\n",
            log.display(),
            next.display()
        ),
    )
    .expect("script");
    std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755))
        .expect("chmod");
    let quick = root.join("config/routines/quick.toml");
    // Broken on line 5.
    std::fs::write(
        &next,
        "title = \"Quick edited\"\n\n[[step]]\ntitle = \"Calf\"\nhodl = \"2s\"\n",
    )
    .expect("next");
    t.type_line(&format!(
        "EDITOR='\"{}\" --wait' {bin}; echo EXITED $?",
        script.display()
    ));
    t.wait_for(|s| s.contains("Quick test"), "the home screen");
    for _ in 0..6 {
        t.keys(&["Down"]);
    }
    t.wait_for(
        |s| s.contains("Stand facing a wall") || s.contains("Calf hold"),
        "quick selected",
    );
    t.keys(&["e"]);
    let s = t.wait_for(
        |s| s.contains("quick (broken)"),
        "the mistake after the editor",
    );
    assert!(t.alternate_on(), "the terminal taken back");
    t.wait_for(
        |s| s.contains("5 | hodl = \"2s\""),
        "the line with the mistake",
    );
    assert!(s.contains('^') || t.screen().contains('^'), "a caret:\n{s}");
    let first = std::fs::read_to_string(&log).expect("the editor ran");
    assert_eq!(first.trim(), format!("--wait {}", quick.display()));
    // Again: opened at the mistake's line; fixed.
    std::fs::write(
        &next,
        "title = \"Quick fixed\"\n\n[[step]]\ntitle = \"Calf\"\nhold = \"2s\"\n",
    )
    .expect("next");
    t.keys(&["e"]);
    t.wait_for(|s| s.contains("Quick fixed"), "the fixed routine");
    let second = std::fs::read_to_string(&log).expect("log");
    assert_eq!(
        second.lines().nth(1),
        Some(format!("--wait +5 {}", quick.display()).as_str())
    );
    // A built-in: copied first, and told.
    std::fs::write(
        &next,
        "title = \"My evening legs\"\n\n[[step]]\ntitle = \"Calf\"\nhold = \"2s\"\n",
    )
    .expect("next");
    t.keys(&["Home"]);
    t.wait_for(
        |s| s.contains("▶ Evening legs"),
        "the first built-in selected",
    );
    t.keys(&["e"]);
    let s = t.wait_for(|s| s.contains("My evening legs"), "the copy in the list");
    assert!(s.contains("is built in: it was copied"), "told:\n{s}");
    assert!(root.join("config/routines/evening-legs.toml").is_file());
    t.keys(&["q"]);
    t.wait_for(|s| s.contains("EXITED 0"), "the shell after windown");
    assert!(!t.alternate_on());

    // An editor that does not exist: told, and the interface goes on.
    t.type_line("clear");
    t.type_line(&format!("EDITOR=/nowhere/ed {bin}; echo EXITED2 $?"));
    t.wait_for(|s| s.contains("Quick fixed"), "the home screen");
    t.keys(&["e"]);
    t.wait_for(
        |s| s.contains("Cannot start the editor"),
        "the failure told",
    );
    assert!(t.alternate_on());
    t.keys(&["Down"]);
    t.keys(&["q"]);
    t.wait_for(|s| s.contains("EXITED2 0"), "the shell after windown");
}

/// The editor screen (`E`): a hold made 5 s longer and saved; the file written keeps every
/// comment and blank line (compared with a golden file).
#[test]
fn the_editor_screen_changes_a_hold_and_keeps_the_comments() {
    editor_screen_round_trip(false);
}

/// The same through a link into a dotfiles folder, to a file with CRLF line endings: just
/// opened it is not "(not saved)", the file written keeps its CRLF endings, and the link stays
/// a link.
#[test]
fn the_editor_screen_keeps_crlf_and_writes_through_a_link() {
    editor_screen_round_trip(true);
}

fn editor_screen_round_trip(crlf_through_link: bool) {
    if !tmux_or_skip() {
        return;
    }
    let golden = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut before = std::fs::read_to_string(golden.join("editor_before.toml")).expect("golden");
    let mut after = std::fs::read_to_string(golden.join("editor_after.toml")).expect("golden");
    if crlf_through_link {
        before = before.replace('\n', "\r\n");
        after = after.replace('\n', "\r\n");
    }
    let bin = bin();
    let t = Tmux::start(if crlf_through_link {
        "editor-crlf"
    } else {
        "editor"
    });
    let link = t.dir.path().join("config/routines/physio.toml");
    let file = if crlf_through_link {
        let real = t.dir.path().join("dotfiles/physio.toml");
        std::fs::create_dir_all(real.parent().expect("folder")).expect("dotfiles");
        std::os::unix::fs::symlink(&real, &link).expect("link");
        real
    } else {
        link.clone()
    };
    std::fs::write(&file, &before).expect("write");
    t.type_line(&format!("{bin}; echo EXITED $?"));
    t.wait_for(|s| s.contains("Physio legs"), "the home screen");
    // After the four built-ins.
    for _ in 0..4 {
        t.keys(&["Down"]);
    }
    t.wait_for(|s| s.contains("▶ Physio legs"), "the routine selected");
    t.keys(&["E"]);
    let s = t.wait_for(|s| s.contains("editing Physio legs"), "the editor screen");
    assert!(!s.contains("(not saved)"), "a file just opened:\n{s}");
    // Title, defaults, the first step; its hold; 5 s more.
    t.keys(&["Down"]);
    t.keys(&["Down"]);
    t.keys(&["+"]);
    t.wait_for(
        |s| s.contains("25s") && s.contains("(not saved)"),
        "the new hold",
    );
    t.keys(&["s"]);
    t.wait_for(|s| s.contains("Saved"), "saved");
    assert_eq!(std::fs::read_to_string(&file).expect("read"), after);
    if crlf_through_link {
        let meta = std::fs::symlink_metadata(&link).expect("link");
        assert!(meta.file_type().is_symlink(), "the link was replaced");
    }
    t.keys(&["q"]);
    t.wait_for(|s| s.contains("Routines"), "home again");
    t.keys(&["q"]);
    t.wait_for(|s| s.contains("EXITED 0"), "the shell after windown");
}

/// The first run, as a person meets it: with no config.toml, `windown` opens on the welcome
/// (never `windown cramp`); every question answered by key at 80x24 writes a commented
/// config.toml; at 40x12 the welcome shows that there is more, and Esc leaves it for good.
#[test]
fn the_first_run_welcome_sets_windown_up() {
    if !tmux_or_skip() {
        return;
    }
    let bin = bin();
    let t = Tmux::start("first-run");
    let config = t.dir.path().join("config/config.toml");
    std::fs::remove_file(&config).expect("no config.toml");
    t.cmd(&["resize-window", "-t", "0", "-x", "80", "-y", "24"])
        .status()
        .expect("resize");
    // A command never has the welcome in front of it.
    t.type_line(&format!("{bin} cramp; echo CRAMP-EXITED $?"));
    t.wait_for(|s| s.contains("A cramp? Let it ease."), "the cramp guide");
    t.keys(&["C-c"]);
    // "CRAMP-EXITED 0", not the typed command line's "CRAMP-EXITED $?": the guide may still
    // be saying its first screen as it leaves.
    t.wait_for(
        |s| s.contains("CRAMP-EXITED 0"),
        "the shell after the guide",
    );
    t.type_line("clear");
    t.type_line(&format!("{bin}; echo EXITED $?"));
    let welcome = t.wait_for(|s| s.contains("Welcome to windown"), "the welcome");
    assert!(
        welcome.contains("Stop any stretch that hurts."),
        "{welcome}"
    );
    assert!(
        welcome.contains("call an emergency number now"),
        "{welcome}"
    );
    // s skips the sound check; the times as people type them.
    t.keys(&["s"]);
    t.wait_for(|s| s.contains("go to bed?"), "the bedtime question");
    t.keys(&["-l", "10:30 pm"]);
    t.keys(&["Enter"]);
    t.wait_for(|s| s.contains("get up?"), "the wake question");
    t.keys(&["-l", "7 am"]);
    t.keys(&["Enter"]);
    t.wait_for(
        |s| s.contains("Is your balance poor"),
        "the balance question",
    );
    t.keys(&["y"]);
    t.wait_for(|s| s.contains("drink water"), "the first reminder");
    t.keys(&["s"]);
    t.keys(&["n"]);
    t.keys(&["s"]);
    t.wait_for(|s| s.contains("every login?"), "the start question");
    t.keys(&["n"]);
    t.wait_for(|s| s.contains("All set."), "the end of the setup");
    t.keys(&["Enter"]);
    let home = t.wait_for(|s| s.contains("Routines"), "the home screen");
    assert!(
        home.contains("Seated"),
        "the seated routine on home:\n{home}"
    );
    t.keys(&["q"]);
    t.wait_for(|s| s.contains("EXITED 0"), "the shell after windown");
    let text = std::fs::read_to_string(&config).expect("config.toml written");
    assert!(
        text.starts_with("#:schema ./schemas/config.schema.json\n"),
        "{text}"
    );
    for line in [
        "\nbedtime = \"22:30\"\n",
        "\nwake = \"07:00\"\n",
        "\nbalance = \"poor\"\n",
    ] {
        assert!(text.contains(line), "{line} in:\n{text}");
    }
    let reminders = std::fs::read_to_string(t.dir.path().join("config/reminders.toml"))
        .expect("reminders.toml written: wind-down switched off");
    assert!(reminders.starts_with("#:schema ./schemas/reminders.schema.json\n"));

    // At 40x12, the welcome says there is more; Esc leaves it, and it does not come back.
    std::fs::remove_file(&config).expect("config.toml removed again");
    t.type_line("clear");
    t.cmd(&["resize-window", "-t", "0", "-x", "40", "-y", "12"])
        .status()
        .expect("resize");
    t.type_line(&format!("{bin}; echo AGAIN $?"));
    let small = t.wait_for(|s| s.contains("Welcome to windown"), "the welcome at 40x12");
    assert!(small.contains("more"), "{small}");
    t.keys(&["Escape"]);
    t.wait_for(|s| s.contains("Routines"), "the home screen at 40x12");
    t.keys(&["q"]);
    t.wait_for(|s| s.contains("AGAIN 0"), "the shell after windown");
    assert!(t.dir.path().join("state/setup-skipped").is_file());
    t.type_line("clear");
    t.type_line(&format!("{bin}; echo THIRD $?"));
    let home = t.wait_for(|s| s.contains("Routines"), "home, with no welcome");
    assert!(!home.contains("Welcome"), "{home}");
    t.keys(&["q"]);
    t.wait_for(|s| s.contains("THIRD 0"), "the shell after windown");
}

/// The experiment from home: `t`, the plan, the two questions and the confirmation; where it
/// stands; a confirmed early stop. The progress screen's list of records never offers the
/// experiment's own records for removal.
#[test]
fn the_experiment_screen_starts_and_stops_an_experiment() {
    if !tmux_or_skip() {
        return;
    }
    let bin = bin();
    let t = Tmux::start("trial");
    t.type_line(&format!("{bin}; echo EXITED $?"));
    t.wait_for(|s| s.contains("Routines"), "the home screen");
    t.keys(&["t"]);
    t.wait_for(
        |s| s.contains("Does stretching help me? A personal experiment"),
        "the plan in plain words",
    );
    t.keys(&["s"]);
    t.wait_for(|s| s.contains("How much do you expect"), "the expectation");
    t.keys(&["6", "Enter"]);
    t.wait_for(
        |s| s.contains("Did a medicine change"),
        "the medicine question",
    );
    t.keys(&["n"]);
    t.wait_for(
        |s| s.contains("Start the experiment now?"),
        "the confirmation",
    );
    t.keys(&["y"]);
    let s = t.wait_for(
        |s| s.contains("Experiment: the baseline week."),
        "where it stands",
    );
    assert!(s.contains("Started."), "{s}");
    t.keys(&["x"]);
    t.wait_for(
        |s| s.contains("Stop the experiment early?"),
        "the stop question",
    );
    t.keys(&["y"]);
    t.wait_for(|s| s.contains("Stopped. Your diary stays"), "the stop told");
    t.keys(&["q"]);
    t.wait_for(|s| s.contains("Routines"), "home again");
    t.keys(&["g"]);
    t.wait_for(|s| s.contains("Progress"), "the progress screen");
    t.keys(&["l"]);
    t.wait_for(
        |s| s.contains("No session, check-in or cramp recorded yet."),
        "an empty list: the experiment's records are not offered",
    );
    t.keys(&["l", "q", "q"]);
    t.wait_for(|s| s.contains("EXITED 0"), "the shell after windown");
    let history =
        std::fs::read_to_string(t.dir.path().join("data/history.jsonl")).expect("the history file");
    let lines: Vec<&str> = history.lines().collect();
    assert_eq!(lines.len(), 2, "{history}");
    assert!(
        lines[0].contains(r#""type":"trial_plan""#) && lines[0].contains(r#""expectation":6"#),
        "{history}"
    );
    assert!(lines[1].contains(r#""type":"trial_end""#), "{history}");
}
