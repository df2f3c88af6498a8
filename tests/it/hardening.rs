//! The faults of the outside review, each through the real binary: files in the state folder
//! that are not files (FIFOs, links to `/dev/zero`) and SIGTERM to `remind run` with them, a
//! reminders.toml broken everywhere near the size limit, a refused stdout write (`/dev/full`),
//! a file-size limit (`prlimit`), and control characters in `history --json`. (The
//! interface's share, in a real terminal, is in `e2e_tmux.rs`; markup on a notification
//! server in `notify_dbus.rs`.)
//!
//! Every run here has a deadline: a hang is a failure with the output so far, never a test
//! that waits forever.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::{BIN, Env, Lines};

/// Longest any one command here may take before it counts as hung.
const HANG: Duration = Duration::from_secs(10);

/// How a run ended: exit code (`None` when killed by a signal), stdout, stderr.
struct Ran {
    code: Option<i32>,
    signal: Option<i32>,
    out: String,
    err: String,
}

/// How this file runs the binary (in an `Env` in Berlin time): to its end, output read whole.
trait Run {
    fn run(&self, args: &[&str]) -> Ran;
}

impl Run for Env {
    fn run(&self, args: &[&str]) -> Ran {
        finish(self.cmd(args), args)
    }
}

/// Things in the state folder that are not files.
trait NotFiles {
    /// A FIFO at `relative` under the root.
    fn fifo(&self, relative: &str);
    /// A symbolic link at `relative` under the root, pointing at `to`.
    fn link(&self, relative: &str, to: &str);
}

impl NotFiles for Env {
    fn fifo(&self, relative: &str) {
        let path = self.path(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        mkfifo(&path);
    }
    fn link(&self, relative: &str, to: &str) {
        let path = self.path(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::os::unix::fs::symlink(to, path).unwrap();
    }
}

/// Run `cmd` to its end, or kill it and fail after [`HANG`].
fn finish(mut cmd: Command, what: &[&str]) -> Ran {
    use std::os::unix::process::ExitStatusExt;
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out_pipe = child.stdout.take().unwrap();
    let mut err_pipe = child.stderr.take().unwrap();
    let out_t = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = out_pipe.read_to_end(&mut s);
        s
    });
    let err_t = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = err_pipe.read_to_end(&mut s);
        s
    });
    let end = Instant::now() + HANG;
    let status = loop {
        if let Some(st) = child.try_wait().unwrap() {
            break st;
        }
        if Instant::now() > end {
            let _ = child.kill();
            let _ = child.wait();
            let err = String::from_utf8_lossy(&err_t.join().unwrap()).into_owned();
            panic!("windown {what:?} hung for {HANG:?}; stderr so far:\n{err}");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    Ran {
        code: status.code(),
        signal: status.signal(),
        out: String::from_utf8_lossy(&out_t.join().unwrap()).into_owned(),
        err: String::from_utf8_lossy(&err_t.join().unwrap()).into_owned(),
    }
}

fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0, "mkfifo");
}

/// Send a signal to a child we started, by its pid.
fn signal(pid: u32, sig: i32) {
    if let Ok(pid) = libc::pid_t::try_from(pid) {
        // SAFETY: kill(2) takes plain integers; the pid is one of our own children.
        unsafe {
            libc::kill(pid, sig);
        }
    }
}

// ------------------------------------------------------------ the state folder

/// The three state files of the reminders and the check-in, replaced by `make`.
fn with_bad_state_files(make: impl Fn(&Env, &str)) -> Env {
    let e = Env::new().in_zone("Europe/Berlin");
    for f in [
        "state/remind-state.json",
        "state/remind.lock",
        "state/checkin-dismissed",
    ] {
        make(&e, f);
    }
    e
}

#[test]
fn status_with_fifos_or_dev_zero_for_state_files_reports_and_ends() {
    for (kind, e) in [
        ("fifo", with_bad_state_files(|e, f| e.fifo(f))),
        (
            "/dev/zero",
            with_bad_state_files(|e, f| e.link(f, "/dev/zero")),
        ),
    ] {
        let r = e.run(&["remind", "status"]);
        assert_eq!(r.code, Some(0), "{kind}: {}", r.err);
        assert!(
            r.out.starts_with("reminder process: not running\n"),
            "{kind}: {}",
            r.out
        );
        let state = e.path("state/remind-state.json");
        let lock = e.path("state/remind.lock");
        assert!(
            r.err.contains(&format!(
                "warning: {}: is not a regular file; `windown remind run` replaces it\n",
                lock.display()
            )),
            "{kind}: {}",
            r.err
        );
        assert!(
            r.err.contains(&format!(
                "warning: cannot read {}: is not a regular file; \"last sent\" is unknown",
                state.display()
            )),
            "{kind}: {}",
            r.err
        );
        // Nothing was replaced by a command that only looks.
        assert!(
            !std::fs::symlink_metadata(&lock).unwrap().is_file(),
            "{kind}"
        );
    }
}

#[test]
fn run_with_bad_state_files_replaces_them_and_ends_on_sigterm() {
    for (kind, e) in [
        ("fifo", with_bad_state_files(|e, f| e.fifo(f))),
        (
            "/dev/zero",
            with_bad_state_files(|e, f| e.link(f, "/dev/zero")),
        ),
    ] {
        e.reminders("[[reminder]]\nid = \"a\"\ntitle = \"A\"\nat = [\"03:00\"]\n");
        let mut child = e
            .cmd(&["remind", "run"])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut lines = Lines::of(child.stderr.take().unwrap());
        let started = lines.wait_for("running with 1 reminder on", HANG);
        if !started {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{kind}: did not start: {:?}", lines.seen);
        }
        let seen = lines.seen.join("\n");
        assert!(
            seen.contains("was not a regular file; it was replaced"),
            "{kind}: {seen}"
        );
        assert!(
            seen.contains("is not a regular file; starting afresh"),
            "{kind}: {seen}"
        );
        signal(child.id(), libc::SIGTERM);
        let end = Instant::now() + Duration::from_secs(10);
        let code = loop {
            if let Some(st) = child.try_wait().unwrap() {
                break st.code();
            }
            if Instant::now() > end {
                let _ = child.kill();
                let _ = child.wait();
                panic!("{kind}: SIGTERM did not end remind run");
            }
            std::thread::sleep(Duration::from_millis(10));
        };
        assert_eq!(code, Some(0), "{kind}");
        // The state and the lock are regular files now.
        for f in ["state/remind-state.json", "state/remind.lock"] {
            assert!(
                std::fs::symlink_metadata(e.path(f)).unwrap().is_file(),
                "{kind}: {f}"
            );
        }
    }
}

#[test]
fn reminders_and_config_files_that_are_not_files_are_refused_at_once() {
    for name in ["reminders.toml", "config.toml"] {
        let e = Env::new().in_zone("Europe/Berlin");
        e.fifo(&format!("config/{name}"));
        // Told at once, located; the command goes on without the file (exit 0, a warning).
        let r = e.run(&["remind", "preview"]);
        assert_eq!(r.code, Some(0), "{name}: {}", r.err);
        assert!(
            r.err.starts_with(&format!(
                "error: {}:1:1: is not a regular file\n",
                e.path(&format!("config/{name}")).display()
            )),
            "{name}: {}",
            r.err
        );
        assert!(r.err.contains("\nwarning: "), "{name}: {}", r.err);
        let e = Env::new().in_zone("Europe/Berlin");
        e.link(&format!("config/{name}"), "/dev/zero");
        let r = e.run(&["remind", "status"]);
        assert_eq!(r.code, Some(0), "{name}: {}", r.err);
        assert!(r.err.contains(":1:1: is not a regular file\n"), "{}", r.err);
    }
}

// ------------------------------------------------------------ writes that fail

#[test]
fn every_command_that_writes_to_stdout_fails_on_a_full_device() {
    let e = Env::new().in_zone("Europe/Berlin");
    e.write(
        "data/history.jsonl",
        "{\"v\":1,\"type\":\"checkin\",\"night_of\":\"2026-11-27\",\"cramps\":\"none\",\"recorded\":\"2026-11-28T06:58:53Z\"}\n",
    );
    for args in [
        &["list"][..],
        &["show", "wind-down"],
        &["remind", "preview"],
        &["remind", "preview", "--json"],
        &["remind", "status"],
        &["remind", "install", "--print"],
        &["history"],
        &["history", "--json"],
        &["history", "--csv"],
        &["stats"],
        &["run", "wind-down", "--plain", "--mute"],
    ] {
        let mut cmd = e.cmd(args);
        cmd.stdout(std::fs::File::create("/dev/full").unwrap())
            .stderr(Stdio::piped());
        let o = cmd.output().unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{args:?}: {err}");
        assert!(
            err.ends_with(
                "error: cannot write to standard output: No space left on device (os error 28)\n"
            ),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn a_file_size_limit_is_an_error_not_a_death_by_signal() {
    if !tool("prlimit") {
        return;
    }
    let e = Env::new().in_zone("Europe/Berlin");
    let line = "{\"v\":1,\"type\":\"checkin\",\"night_of\":\"2026-11-27\",\"cramps\":\"none\",\"recorded\":\"2026-11-28T06:58:53Z\"}\n";
    e.write("data/history.jsonl", line.repeat(20));
    let mut cmd = Command::new("prlimit");
    cmd.args(["--fsize=1024", "--", BIN, "checkin", "bad", "--note"])
        .arg("n".repeat(250))
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", e.path("home"))
        .env("WINDOWN_CONFIG_DIR", e.path("config"))
        .env("WINDOWN_DATA_DIR", e.path("data"))
        .env("WINDOWN_STATE_DIR", e.path("state"))
        .stdin(Stdio::null());
    let r = finish(cmd, &["prlimit", "checkin"]);
    assert_eq!((r.code, r.signal), (Some(1), None), "{}", r.err);
    assert_eq!(
        r.err,
        format!(
            "error: cannot write to {}: File too large (os error 27)\n",
            e.path("data/history.jsonl").display()
        )
    );
    assert!(r.out.is_empty());
}

/// Is `name` on PATH? When it is not, the test says why it skips, or fails under CI=true.
fn tool(name: &str) -> bool {
    let found = Command::new("sh")
        .args(["-c", &format!("command -v {name}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !found {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "{name} is needed (CI=true)"
        );
        eprintln!("skipped: {name} is not installed");
    }
    found
}

// ------------------------------------------------------------ one bad file

#[test]
fn a_reminders_file_broken_everywhere_shows_fifty_problems_and_counts_the_rest() {
    let e = Env::new().in_zone("Europe/Berlin");
    // About 1 MiB of bad times on one line, then a bad day on the next.
    let mut text = String::from("[[reminder]]\nid = \"a\"\ntitle = \"A\"\nat = [");
    let n = 100_000;
    for _ in 0..n {
        text.push_str("\"25:00\", ");
    }
    text.push_str("]\ndays = [\"moon\"]\n");
    assert!(text.len() < 1024 * 1024);
    e.reminders(&text);
    for args in [&["remind", "preview"][..], &["remind", "status"]] {
        let r = e.run(args);
        // The broken reminder is left out; the command goes on (exit 0, a warning).
        assert_eq!(r.code, Some(0), "{args:?}");
        assert_eq!(r.err.matches("error: ").count(), 50, "{args:?}");
        assert!(
            r.err.contains(&format!(
                "\n... and {} more problems in this file\nwarning: ",
                n + 1 - 50
            )),
            "{args:?}: {}",
            &r.err[r.err.len().saturating_sub(300)..]
        );
        // The first is at its place on line 4, its quote clipped to the terminal.
        let path = e.path("config/reminders.toml");
        assert!(
            r.err.contains(&format!(
                "error: {}:4:7: \"25:00\" is not a time\n",
                path.display()
            )),
            "{}",
            &r.err[..600]
        );
        assert!(r.err.lines().all(|l| l.chars().count() < 220));
    }
}

#[test]
fn duplicate_ids_name_the_line_of_the_first() {
    let e = Env::new().in_zone("Europe/Berlin");
    let one = "[[reminder]]\nid = \"same\"\ntitle = \"T\"\nat = [\"07:00\"]\n";
    e.reminders(&one.repeat(20_000));
    let r = e.run(&["remind", "preview"]);
    assert_eq!(r.code, Some(0));
    assert!(
        r.err.contains(":6:6: duplicate reminder id \"same\"\n"),
        "{}",
        &r.err[..400]
    );
    assert_eq!(
        r.err
            .matches("= hint: the first one is on line 2; ids must be unique\n")
            .count(),
        50
    );
    assert!(
        r.err
            .contains("\n... and 19949 more problems in this file\nwarning: ")
    );
}

// ------------------------------------------------------------ what reaches other programs

#[test]
fn history_json_escapes_c1_controls_and_bidi_overrides() {
    let e = Env::new().in_zone("Europe/Berlin");
    e.write(
        "data/history.jsonl",
        "{\"v\":1,\"type\":\"checkin\",\"night_of\":\"2026-11-27\",\"cramps\":\"mild\",\"note\":\"calf\\u0085\\u009b31m \\u202eevil\",\"recorded\":\"2026-11-28T06:58:53Z\"}\n",
    );
    let r = e.run(&["history", "--json"]);
    assert_eq!(r.code, Some(0), "{}", r.err);
    assert!(
        !r.out
            .chars()
            .any(|c| c.is_control() && c != '\n' || c == '\u{202e}'),
        "{:?}",
        r.out
    );
    assert!(
        r.out.contains(r#""note":"calf\u0085\u009b31m \u202eevil""#),
        "{}",
        r.out
    );
    let back: serde_json::Value = serde_json::from_str(r.out.trim()).unwrap();
    assert_eq!(back["note"], "calf\u{85}\u{9b}31m \u{202e}evil");
}

// ------------------------------------------------------------ status bars

/// Titles every bar would take as markup, a style or an action, and the escapes' edges.
const BAR_TITLES: &[&str] = &[
    "Tea & biscuits",
    "<span size='99999' color=\"red\">big</span>",
    "%{A1:touch pwned:}click me%{A}",
    "#[fg=red,bg=blue]#(touch pwned)#{host}#H",
    "## ### a# #",
    "%%{{ #(( #[[ #{{ x",
    "50% done > 20% <b>",
    "深夜の足のつり & 水",
];

/// The reminders file with one reminder, due every minute, titled `title`.
fn one_reminder(title: &str) -> String {
    let quoted = toml::Value::String(title.to_string()).to_string();
    format!("[[reminder]]\nid = \"tick\"\ntitle = {quoted}\nevery = \"1m\"\n")
}

/// `remind next --format FORMAT` for a reminder titled `title`: its one line.
fn next_line(e: &Env, title: &str, format: &str) -> String {
    e.reminders(&one_reminder(title));
    let r = e.run(&["remind", "next", "--format", format]);
    assert_eq!(r.code, Some(0), "{title:?} {format}: {}", r.err);
    assert_eq!(r.out.matches('\n').count(), 1, "{:?}", r.out);
    r.out.trim_end_matches('\n').to_string()
}

/// polybar's tag grammar, from its documentation ("Formatting"): `%{` opens a tag that runs to
/// `}` (an action's command may hold `\:`, and its `:` ends the command); anything else is
/// text. polybar itself is not packaged here, so this stands in for it. Returns the text and
/// the tags.
fn polybar_parse(line: &str) -> (String, Vec<String>) {
    let (mut text, mut tags) = (String::new(), Vec::new());
    let mut rest = line;
    while let Some(i) = rest.find("%{") {
        text.push_str(&rest[..i]);
        let tag = &rest[i + 2..];
        // An action carries a command between colons: `A1:cmd:`.
        let end = if tag.starts_with('A') {
            let cmd = tag.find(':').map_or(0, |c| {
                let mut j = c + 1;
                while let Some(k) = tag[j..].find(':') {
                    if tag[..j + k].ends_with('\\') {
                        j += k + 1;
                    } else {
                        return j + k + 1;
                    }
                }
                tag.len()
            });
            tag[cmd..].find('}').map_or(tag.len(), |k| cmd + k + 1)
        } else {
            tag.find('}').map_or(tag.len(), |k| k + 1)
        };
        tags.push(tag[..end].to_string());
        rest = &tag[end..];
    }
    text.push_str(rest);
    (text, tags)
}

/// Pango's reading of each markup string (the GObject binding of the real library, as waybar
/// and i3bar use it): the text, or the parse error; and whether any attribute (a style) was
/// set. `None` when python3-gi is missing (a skip, or a failure under CI=true).
fn pango_parse(markups: &[String]) -> Option<Vec<Result<(String, bool), String>>> {
    let python = "/usr/bin/python3";
    let script = r#"
import json, sys
import gi
gi.require_version('Pango', '1.0')
from gi.repository import Pango
out = []
for m in json.load(sys.stdin):
    try:
        ok, attrs, text, _ = Pango.parse_markup(m, -1, '\0')
        styled = bool(attrs.get_attributes())
        out.append({"text": text, "styled": styled})
    except Exception as e:
        out.append({"error": str(e)})
json.dump(out, sys.stdout)
"#;
    let probe = Command::new(python)
        .args(["-c", "import gi; gi.require_version('Pango', '1.0')"])
        .stderr(Stdio::null())
        .status();
    if !probe.is_ok_and(|s| s.success()) {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "python3-gi with Pango is needed (CI=true)"
        );
        eprintln!("skipped: python3-gi with Pango is not installed");
        return None;
    }
    let mut child = Command::new(python)
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    serde_json::to_writer(child.stdin.take().unwrap(), markups).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let v: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    Some(
        v.into_iter()
            .map(|r| match r.get("error") {
                Some(e) => Err(e.to_string()),
                None => Ok((
                    r["text"].as_str().unwrap().to_string(),
                    r["styled"].as_bool().unwrap(),
                )),
            })
            .collect(),
    )
}

/// The title as the bars show it: on one line.
fn shown(title: &str) -> String {
    title.replace(['\n', '\r'], " ")
}

/// Every format, for each title: json exact; polybar has no tag and its text is the title
/// (less the `{` of a `%{`, which polybar cannot escape); waybar's text and tooltip and the
/// i3blocks line are Pango markup that parses to the title with no style; plain has nothing any
/// bar interprets.
fn check_every_format(titles: &[String]) {
    let e = Env::new().in_zone("Europe/Berlin");
    let mut markups = Vec::new();
    for title in titles {
        let want = shown(title);
        let json: serde_json::Value = serde_json::from_str(&next_line(&e, title, "json")).unwrap();
        assert_eq!(json["title"].as_str(), Some(title.as_str()));
        let (text, tags) = polybar_parse(&next_line(&e, title, "polybar"));
        assert!(tags.is_empty(), "{title:?}: polybar tags {tags:?}");
        let mut unbraced = want.clone();
        while unbraced.contains("%{") {
            unbraced = unbraced.replace("%{", "%");
        }
        assert!(
            text.ends_with(&format!(" {unbraced}")),
            "{title:?}: {text:?}"
        );
        let plain = next_line(&e, title, "plain");
        for bad in ["%{", "#[", "#(", "#{", "<", "&"] {
            assert!(!plain.contains(bad), "{title:?}: plain {plain:?} has {bad}");
        }
        let waybar: serde_json::Value =
            serde_json::from_str(&next_line(&e, title, "waybar")).unwrap();
        markups.push(waybar["text"].as_str().unwrap().to_string());
        markups.push(waybar["tooltip"].as_str().unwrap().to_string());
        markups.push(next_line(&e, title, "i3blocks"));
    }
    let Some(parsed) = pango_parse(&markups) else {
        return;
    };
    for (i, (markup, got)) in markups.iter().zip(parsed).enumerate() {
        let title = shown(&titles[i / 3]);
        let (text, styled) = got.unwrap_or_else(|e| panic!("{markup:?}: {e}"));
        assert!(!styled, "{markup:?} sets a style");
        if i % 3 == 1 {
            assert!(text.contains(&format!(" {title} (in ")), "{text:?}");
        } else {
            assert!(text.ends_with(&format!(" {title}")), "{text:?}");
        }
    }
}

#[test]
fn remind_next_escapes_each_bars_markup() {
    let titles: Vec<String> = BAR_TITLES.iter().map(|s| s.to_string()).collect();
    check_every_format(&titles);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 12, ..Default::default() })]
    /// Arbitrary titles made of what the bars interpret, through every format.
    #[test]
    fn remind_next_of_any_title_parses_back_in_every_bar(
        titles in proptest::collection::vec("[a-z%#{}\\[\\]()<>&'\";: 日\\\\]{0,24}", 3)
    ) {
        let titles: Vec<String> = titles.iter().map(|t| format!("x{t}x")).collect();
        check_every_format(&titles);
    }
}

/// `remind next --format tmux` in a real tmux status line (`#(...)`, the README's set-up):
/// each line drawn is the title, with no style, format or command taken from it. An outer tmux
/// shows the inner one's status lines.
#[test]
fn remind_next_for_tmux_is_drawn_as_written_in_a_real_status_line() {
    if !tool("tmux") {
        return;
    }
    let e = Env::new().in_zone("Europe/Berlin");
    let titles = [
        BAR_TITLES[3],
        BAR_TITLES[4],
        BAR_TITLES[5],
        "a##b ###[ #### x#",
        BAR_TITLES[2],
    ];
    let mut conf = format!("set -g status-interval 1\nset -g status {}\n", titles.len());
    for (i, title) in titles.iter().enumerate() {
        let line = next_line(&e, title, "tmux");
        let file = e.write(&format!("bar{i}"), format!("{line}\n"));
        conf.push_str(&format!(
            "set -g status-format[{i}] '#(cat {})'\n",
            file.display()
        ));
    }
    // The pwned file would be made by a `#(touch pwned)` that ran.
    let conf = e.write("inner.conf", conf);
    let (outer, inner) = (
        format!("windown-bars-outer-{}", std::process::id()),
        format!("windown-bars-inner-{}", std::process::id()),
    );
    let started = Command::new("tmux")
        .args([
            "-L",
            &outer,
            "-f",
            "/dev/null",
            "new-session",
            "-d",
            "-x",
            "120",
            "-y",
            "12",
        ])
        .arg(format!(
            "cd {} && tmux -L {inner} -f {} new-session",
            e.root().display(),
            conf.display()
        ))
        .status()
        .unwrap();
    assert!(started.success());
    let capture = || {
        let out = Command::new("tmux")
            .args(["-L", &outer, "capture-pane", "-p"])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let end = Instant::now() + HANG;
    let mut screen = capture();
    let drawn = |screen: &str| {
        titles.iter().all(|t| {
            screen
                .lines()
                .any(|l| l.trim_end().ends_with(&format!(" {t}")))
        })
    };
    while !drawn(&screen) && Instant::now() < end {
        std::thread::sleep(Duration::from_millis(100));
        screen = capture();
    }
    for server in [&inner, &outer] {
        let _ = Command::new("tmux")
            .args(["-L", server, "kill-server"])
            .status();
    }
    assert!(drawn(&screen), "the status lines read:\n{screen}");
    assert!(!e.path("pwned").exists(), "a title ran a command");
}

// ------------------------------------------------------------ writing through links

/// `-o` and `--html` to a symbolic link write where it points and leave the link; a FIFO with
/// no reader is refused at once; `/dev/stdout` is written in place; a device node is never
/// renamed over.
#[test]
fn outputs_through_links_pipes_and_devices() {
    let e = Env::new().in_zone("Europe/Berlin");
    e.write("dotfiles/cal.ics", "old");
    e.write("dotfiles/report.html", "old");
    e.link("cal.ics", "dotfiles/cal.ics");
    e.link("report.html", "dotfiles/report.html");
    let r = e.run(&[
        "remind",
        "export",
        "--ics",
        "--from",
        "2026-12-01",
        "-o",
        "cal.ics",
    ]);
    assert_eq!(r.code, Some(0), "{}", r.err);
    let r = e.run(&["report", "--html", "report.html"]);
    assert_eq!(r.code, Some(0), "{}", r.err);
    for (link, starts) in [("cal.ics", "BEGIN:VCALENDAR"), ("report.html", "<!")] {
        let meta = std::fs::symlink_metadata(e.path(link)).unwrap();
        assert!(meta.file_type().is_symlink(), "{link} was replaced");
        let text = std::fs::read_to_string(e.path(&format!("dotfiles/{link}"))).unwrap();
        assert!(
            text.starts_with(starts),
            "{link}: {}",
            &text[..20.min(text.len())]
        );
    }
    let names: Vec<_> = std::fs::read_dir(e.path("dotfiles")).unwrap().collect();
    assert_eq!(names.len(), 2, "a temporary file was left");

    // A FIFO nobody reads: refused at once, still a FIFO.
    e.fifo("pipe.ics");
    let r = e.run(&["remind", "export", "--ics", "-o", "pipe.ics"]);
    assert_eq!(r.code, Some(1));
    assert_eq!(
        r.err,
        "error: cannot write pipe.ics: is a pipe with nothing reading it\n"
    );
    use std::os::unix::fs::FileTypeExt as _;
    let meta = std::fs::symlink_metadata(e.path("pipe.ics")).unwrap();
    assert!(meta.file_type().is_fifo());

    // /dev/stdout, a pipe here: the calendar comes through it.
    let r = e.run(&["remind", "export", "--ics", "-o", "/dev/stdout"]);
    assert_eq!(r.code, Some(0), "{}", r.err);
    assert!(r.out.starts_with("BEGIN:VCALENDAR"), "{}", r.out);
    // /dev/null is written, and stays the device it is.
    let r = e.run(&["report", "--html", "/dev/null"]);
    assert_eq!(r.code, Some(0), "{}", r.err);
    let meta = std::fs::symlink_metadata("/dev/null").unwrap();
    assert!(meta.file_type().is_char_device());
}

// ------------------------------------------------------------ systemd units

/// `remind install` from a folder whose path has spaces, `%` and `$`, with a data folder
/// whose name has a line break, quotes and a backslash: the unit reads back as systemd reads
/// it (`systemd-analyze verify` finds the program where it is, and nothing else on a line of
/// its own); a program whose path systemd refuses (a line break) is refused with a clear error,
/// and its autostart entry is still valid (`desktop-file-validate`).
#[test]
fn units_and_entries_hold_any_path() {
    let e = Env::new().in_zone("Europe/Berlin");
    let folder = e.path("my apps 100%/$HOME");
    std::fs::create_dir_all(&folder).unwrap();
    let exe = folder.join("windown");
    std::fs::hard_link(BIN, &exe)
        .or_else(|_| std::fs::copy(BIN, &exe).map(drop))
        .unwrap();
    let data = e.path("data \"quoted\"\nExecStartPre=/bin/false \\ 50%");
    // The Env's command, started from `exe`.
    let run = |exe: &Path, args: &[&str], path: &str| {
        let mut cmd = Command::new(exe);
        cmd.args(args).env_clear();
        for (k, v) in e.cmd(args).get_envs() {
            if let Some(v) = v {
                cmd.env(k, v);
            }
        }
        cmd.env("WINDOWN_DATA_DIR", &data)
            .env("PATH", path)
            .current_dir(e.root())
            .stdin(Stdio::null());
        finish(cmd, args)
    };
    let path = std::env::var("PATH").unwrap_or_default();
    let r = run(&exe, &["remind", "install", "--print"], &path);
    assert_eq!(r.code, Some(0), "{}", r.err);
    assert_eq!(
        r.out.lines().filter(|l| l.starts_with("ExecStart")).count(),
        1
    );
    assert!(r.out.contains("\nExecStart=\"") && r.out.contains("100%%/$HOME/windown\""));
    assert!(
        r.out.contains("\\nExecStartPre=/bin/false \\\\ 50%%\""),
        "{}",
        r.out
    );
    if tool("systemd-analyze") {
        let unit = e.write("units/windown-remind.service", &r.out);
        std::fs::create_dir_all(e.path("run")).unwrap();
        let out = Command::new("systemd-analyze")
            .args(["verify", "--user", "--man=no"])
            .arg(&unit)
            .env("XDG_RUNTIME_DIR", e.path("run"))
            .env("SYSTEMD_LOG_LEVEL", "warning")
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{err}\n{}", r.out);
        // graphical-session.target may be missing from the host: nothing else may be said.
        assert!(
            err.lines().all(|l| l.contains("graphical-session.target")),
            "{err}"
        );
    }

    // A line break in the program's own path: systemd would not run it; refused.
    let odd = e.path("odd\nfolder");
    std::fs::create_dir_all(&odd).unwrap();
    let exe = odd.join("windown");
    std::fs::hard_link(BIN, &exe)
        .or_else(|_| std::fs::copy(BIN, &exe).map(drop))
        .unwrap();
    let r = run(&exe, &["remind", "install", "--print"], &path);
    assert_eq!(r.code, Some(1));
    assert!(
        r.err
            .starts_with("error: systemd does not run a program whose path holds a line break: ")
            && r.err.contains("odd\\u{a}folder/windown\n"),
        "{}",
        r.err
    );
    // Without systemd: an autostart entry that holds it, escaped.
    let r = run(&exe, &["remind", "install"], "/nonexistent");
    assert_eq!(r.code, Some(0), "{}", r.err);
    let entry = e.path("home/.config/autostart/windown-remind.desktop");
    let text = std::fs::read_to_string(&entry).unwrap();
    assert!(
        text.contains("odd\\nfolder/windown\" remind run\n"),
        "{text}"
    );
    assert_eq!(text.lines().filter(|l| l.starts_with("Exec=")).count(), 1);
    if tool("desktop-file-validate") {
        let out = Command::new("desktop-file-validate")
            .arg(&entry)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

// ------------------------------------------------------------ CSV and JSON

/// Each note as a spreadsheet reads `history --csv` (Python's csv module) and as
/// `history --json` gives it back: the note exactly, or after a `'` when it begins with
/// something a spreadsheet would run.
fn check_notes(notes: &[String]) {
    let e = Env::new().in_zone("Europe/Berlin");
    let mut history = String::new();
    for (i, note) in notes.iter().enumerate() {
        let line = serde_json::json!({
            "v": 1, "type": "checkin", "night_of": format!("2026-11-{:02}", i + 1),
            "cramps": "mild", "note": note,
            "recorded": format!("2026-11-{:02}T06:58:53Z", i + 2),
        });
        history.push_str(&format!("{line}\n"));
    }
    e.write("data/history.jsonl", &history);
    let r = e.run(&["history", "--csv"]);
    assert_eq!(r.code, Some(0), "{}", r.err);
    let mut py = Command::new("/usr/bin/python3")
        .args([
            "-c",
            "import csv, json, sys; json.dump(list(csv.reader(sys.stdin)), sys.stdout)",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut py.stdin.take().unwrap(), r.out.as_bytes()).unwrap();
    let out = py.wait_with_output().unwrap();
    assert!(out.status.success());
    let rows: Vec<Vec<String>> = serde_json::from_slice(&out.stdout).unwrap();
    let col = rows[0].iter().position(|h| h == "note").unwrap();
    assert_eq!(rows.len(), notes.len() + 1);
    for (row, note) in rows[1..].iter().zip(notes) {
        let cell = &row[col];
        if note.starts_with(['=', '+', '-', '@']) {
            assert_eq!(cell, &format!("'{note}"));
        } else {
            assert_eq!(cell, note);
        }
    }
    let r = e.run(&["history", "--json"]);
    let back: Vec<String> = r
        .out
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["note"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(back, notes);
}

#[test]
fn history_csv_neutralises_formulas_and_json_stays_exact() {
    let notes: Vec<String> = [
        "=HYPERLINK(\"http://evil\",\"click\")",
        "+1+1",
        "-2 cramps",
        "@SUM(A1:A9)",
        "calf, left; \"bad\"",
        "a=b stays",
        "'already quoted",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    check_notes(&notes);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 16, ..Default::default() })]
    #[test]
    fn history_csv_of_any_note_parses_back(
        notes in proptest::collection::vec("[=+@a-z,;\"' -]{1,30}", 1..6)
    ) {
        check_notes(&notes);
    }
}

// ------------------------------------------------------------ work that grows with the input

/// `remind preview` stops at its cap and says how many it left out: the number `--json` lists
/// less the cap.
#[test]
fn preview_stops_at_its_cap_and_counts_the_rest() {
    let e = Env::new().in_zone("Europe/Berlin");
    let mut text = String::new();
    for id in ["a", "b", "c"] {
        text.push_str(&format!(
            "[[reminder]]\nid = \"{id}\"\ntitle = \"T {id}\"\nevery = \"1m\"\nfrom = \"00:00\"\nuntil = \"00:00\"\n\n"
        ));
    }
    e.reminders(&text);
    let args = ["remind", "preview", "--from", "2026-12-01", "--days", "1"];
    let r = e.run(&args);
    assert_eq!(r.code, Some(0), "{}", r.err);
    let json = e.run(&[&args[..], &["--json"]].concat());
    let all = json.out.lines().count();
    assert_eq!(all, 3 * 1440);
    let lines: Vec<&str> = r.out.lines().collect();
    assert_eq!(lines.len(), 1001);
    assert_eq!(
        lines[1000],
        format!(
            "… and {} more (the list stops at 1000: ask for fewer --days, or --json for all)",
            all - 1000
        )
    );
    // The same order as --json: time, then file order.
    assert!(
        lines[0].ends_with("a  T a") && lines[1].ends_with("b  T b"),
        "{}",
        r.out
    );
    // Across the autumn change (a day of 25 hours), and the spring one: N is what --json lists.
    for from in ["2026-10-24", "2026-03-28"] {
        let args = ["remind", "preview", "--from", from, "--days", "2"];
        let all = e
            .run(&[&args[..], &["--json"]].concat())
            .out
            .lines()
            .count();
        let r = e.run(&args);
        let last = r.out.lines().last().unwrap_or_default().to_string();
        assert!(
            last.starts_with(&format!("… and {} more", all - 1000)),
            "{from}: {all} listed by --json; {last}"
        );
    }
}
