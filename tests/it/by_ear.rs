//! A whole built-in routine followed by ear, with a speech program as slow as real speech: a
//! stand-in `espeak-ng` that makes the real audio (`espeak-ng -w`) and then sleeps for as long
//! as it lasts (`soxi -D`), logging when each piece starts and ends. Run in plain mode and in
//! the TUI (in tmux), every piece of every phase's words is heard, whole, in the order of the
//! reviewed spoken script (`src/session/snapshots/..script_evening-legs.snap`), to "All done.".
//!
//! Each run takes the routine's real time (about four minutes), so these run only with
//! `WINDOWN_E2E_BIN` set (the end-to-end pass, which CI makes with the release binary); they
//! skip with a printed reason otherwise, and when espeak-ng, sox or tmux is missing (a
//! failure under `CI=true`).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const ROUTINE: &str = "evening-legs";

/// The binary under test, or `None` (skip) without `WINDOWN_E2E_BIN`.
fn bin() -> Option<String> {
    match std::env::var("WINDOWN_E2E_BIN") {
        Ok(b) if !b.is_empty() => Some(b),
        _ => {
            eprintln!(
                "skipped: a whole routine by ear takes its real time; set WINDOWN_E2E_BIN to run it"
            );
            None
        }
    }
}

fn tool(name: &str) -> Option<PathBuf> {
    let found = windown::paths::on_path(name, std::env::var_os("PATH").as_deref());
    if found.is_none() {
        if std::env::var("CI").as_deref() == Ok("true") {
            panic!("{name} is required when CI=true");
        }
        eprintln!("skipped: {name} is not installed");
    }
    found
}

/// What is said, in order, as the reviewed script snapshot has it: one text a phase.
fn expected() -> Vec<String> {
    let snap = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!(
        "src/session/snapshots/windown__session__script__tests__script_{ROUTINE}.snap"
    ));
    let text = std::fs::read_to_string(snap).unwrap();
    let body = text.splitn(3, "---\n").nth(2).unwrap();
    body.lines()
        .filter(|l| !l.starts_with(' '))
        .map(|line| {
            // "1:05 switch Switch sides. Right foot back.  [ticks 3 2 1]"
            let (_, rest) = line.split_once(' ').unwrap();
            rest[7..].split("  [ticks").next().unwrap().to_string()
        })
        .collect()
}

/// A folder with the stand-in `espeak-ng` (the only program windown finds on `PATH` there),
/// its log, and windown's own folders.
struct Stage {
    dir: tempfile::TempDir,
}

impl Stage {
    fn new(espeak: &Path, soxi: &Path) -> Stage {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for d in ["bin", "wav", "config", "home"] {
            std::fs::create_dir_all(root.join(d)).unwrap();
        }
        let stand_in = root.join("bin/espeak-ng");
        std::fs::write(
            &stand_in,
            format!(
                "#!/bin/sh\n\
                 for a in \"$@\"; do t=$a; done\n\
                 echo \"start $t\" >> '{log}'\n\
                 '{espeak}' -w '{wav}/'$$.wav -- \"$t\"\n\
                 sleep \"$('{soxi}' -D '{wav}/'$$.wav)\"\n\
                 echo \"end $t\" >> '{log}'\n",
                log = root.join("said").display(),
                espeak = espeak.display(),
                wav = root.join("wav").display(),
                soxi = soxi.display(),
            ),
        )
        .unwrap();
        std::fs::set_permissions(
            &stand_in,
            std::os::unix::fs::PermissionsExt::from_mode(0o755),
        )
        .unwrap();
        std::fs::write(
            root.join("config/config.toml"),
            "[cues]\nbell = false\n[sounds]\nplayer = \"off\"\n",
        )
        .unwrap();
        Stage { dir }
    }

    fn root(&self) -> &Path {
        self.dir.path()
    }

    /// The environment windown runs in: `PATH` holds the stand-in alone (its own tools are
    /// named by absolute paths), so no speech program of this machine gets in the way.
    fn env(&self) -> Vec<(String, String)> {
        let d = |p: &str| self.root().join(p).display().to_string();
        vec![
            ("PATH".into(), d("bin")),
            ("HOME".into(), d("home")),
            ("WINDOWN_CONFIG_DIR".into(), d("config")),
            ("WINDOWN_DATA_DIR".into(), d("data")),
            ("WINDOWN_STATE_DIR".into(), d("state")),
            ("LANG".into(), "C.UTF-8".into()),
        ]
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.root().join("said")).unwrap_or_default()
    }

    /// Every piece started, and ended by itself (a piece stopped at its limit has no "end"),
    /// one at a time, and together they are every phase's words in the order of the script.
    fn check(&self) {
        let log = self.log();
        let lines: Vec<&str> = log.lines().collect();
        let mut heard = Vec::new();
        for pair in lines.chunks(2) {
            let said = pair[0]
                .strip_prefix("start ")
                .unwrap_or_else(|| panic!("{pair:?} in:\n{log}"));
            assert_eq!(
                pair.get(1).copied(),
                Some(format!("end {said}").as_str()),
                "a piece cut short or overlapped, in:\n{log}"
            );
            heard.push(said);
        }
        let want = expected();
        assert_eq!(heard.join(" "), want.join(" "), "heard, in order");
        assert_eq!(heard.last().copied(), Some("All done."));
    }

    /// The pieces heard to their end, joined by a space.
    fn heard(&self) -> String {
        self.log()
            .lines()
            .filter_map(|l| l.strip_prefix("end "))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Wait (at most 2 minutes, generous) until the set-up task's words have all been heard,
    /// as a person listening would before saying it is done (doing it sooner cuts them short:
    /// the next phase says what matters now).
    fn wait_for_the_task(&self) {
        let task = expected().remove(0);
        let end = Instant::now() + Duration::from_secs(120);
        while !self.heard().contains(&task) {
            assert!(
                Instant::now() < end,
                "the set-up task was not heard:\n{}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    /// Wait (at most `limit`, generous: this is not a stopwatch) until "All done." was said.
    fn wait_for_the_end(&self, limit: Duration) {
        let end = Instant::now() + limit;
        while Instant::now() < end {
            if self.log().contains("end All done.\n") {
                return;
            }
            std::thread::sleep(Duration::from_millis(500));
        }
        panic!("\"All done.\" was not said in time; heard:\n{}", self.log());
    }
}

#[test]
fn a_whole_routine_is_heard_in_plain_mode() {
    let Some(bin) = bin() else { return };
    let (Some(espeak), Some(soxi)) = (tool("espeak-ng"), tool("soxi")) else {
        return;
    };
    let stage = Stage::new(&espeak, &soxi);
    let mut child = Command::new(&bin)
        .env_clear()
        .envs(stage.env())
        .current_dir(stage.root())
        .args(["run", ROUTINE, "--plain"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // One line once the set-up task has been heard: it is done. Stdin stays open (a closed
    // stdin ends the session at a task).
    let mut stdin = child.stdin.take().unwrap();
    stage.wait_for_the_task();
    stdin.write_all(b"\n").unwrap();
    let out = child.wait_with_output().unwrap();
    drop(stdin);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("speech"), "{stderr}");
    stage.check();
}

#[test]
fn a_whole_routine_is_heard_in_the_tui() {
    let Some(bin) = bin() else { return };
    let (Some(espeak), Some(soxi), Some(tmux)) = (tool("espeak-ng"), tool("soxi"), tool("tmux"))
    else {
        return;
    };
    let stage = Stage::new(&espeak, &soxi);
    let socket = format!("windown-by-ear-{}", std::process::id());
    let tm = |args: &[&str]| {
        Command::new(&tmux)
            .arg("-L")
            .arg(&socket)
            .args(args)
            .output()
            .unwrap()
    };
    let env: Vec<String> = stage
        .env()
        .into_iter()
        .map(|(k, v)| format!("{k}='{v}'"))
        .chain(["TERM=screen-256color".to_string()])
        .collect();
    let shell = format!("env -i {} '{bin}' run {ROUTINE}", env.join(" "));
    let st = tm(&["new-session", "-d", "-x", "100", "-y", "30", &shell]);
    assert!(st.status.success(), "{st:?}");
    struct Kill<'a>(&'a dyn Fn(&[&str]) -> std::process::Output);
    impl Drop for Kill<'_> {
        fn drop(&mut self) {
            (self.0)(&["kill-server"]);
        }
    }
    let _kill = Kill(&tm);
    let screen =
        || String::from_utf8_lossy(&tm(&["capture-pane", "-p", "-t", "0"]).stdout).into_owned();
    // The set-up task waits: done with Enter once it is on screen.
    let end = Instant::now() + Duration::from_secs(60);
    while !screen().to_lowercase().contains("set up safely") {
        assert!(Instant::now() < end, "no set-up step:\n{}", screen());
        std::thread::sleep(Duration::from_millis(200));
    }
    stage.wait_for_the_task();
    tm(&["send-keys", "-t", "0", "Enter"]);
    stage.wait_for_the_end(Duration::from_secs(600));
    stage.check();
    let s = screen();
    assert!(!s.contains("speech off"), "{s}");
}
