//! `windown run ROUTINE --plain`: the real binary on tiny routines with 1 s phases, in
//! temporary folders. Timing is checked loosely here (order, count, seconds); the figures
//! belong to bench/session.sh.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

use crate::common::Env;

const TINY: &str = r#"
title = "Tiny"
id = "tiny"

[[step]]
title = "Calf"
targets = ["calves"]
prepare = "1s"
duration = "1s"
reps = 1
sides = "both"
switch = "1s"

[[step]]
title = "Screens off"
kind = "task"
instructions = ["Phone away."]

[[step]]
title = "Breathe"
prepare = "0s"
duration = "1s"
reps = 2
rest = "1s"
"#;

/// No bell, no speech, no tones: tests run wherever espeak-ng or a player is installed.
const QUIET: &str = "[cues]\nbell = false\n[voice]\nengine = \"off\"\n[sounds]\nplayer = \"off\"\n";

/// A world with `routine` as `tiny.toml` in its root folder and `config` (default: quiet)
/// as its config file.
fn setup(routine: &str, config: Option<&str>) -> Env {
    let env = Env::new();
    env.write("tiny.toml", routine);
    env.write("config/config.toml", config.unwrap_or(QUIET));
    env
}

fn run_with_stdin(env: &Env, args: &[&str], stdin: &[u8]) -> Output {
    let mut child = env
        .cmd(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

/// Seconds from a `M:SS` time field.
fn seconds(field: &str) -> u64 {
    field
        .split(':')
        .fold(0, |acc, p| acc * 60 + p.parse::<u64>().unwrap())
}

/// The lines without their time field, and the times.
fn split_times(stdout: &str) -> (Vec<String>, Vec<u64>) {
    let mut rest = Vec::new();
    let mut times = Vec::new();
    for line in stdout.lines() {
        if line.starts_with("  ") {
            rest.push(line.to_string());
        } else {
            let (t, r) = line.split_once(' ').unwrap();
            times.push(seconds(t));
            rest.push(r.to_string());
        }
    }
    (rest, times)
}

#[test]
fn one_line_per_phase_tasks_answered_from_stdin_and_the_cue_command_hears_each_phase() {
    let tmp = setup(TINY, None);
    let said_file = tmp.path("said");
    let config = format!(
        "[cues]\nbell = false\n[sounds]\nplayer = \"off\"\n[voice]\ncommand = [\"sh\", \"-c\", \"cat >> '{}'\"]\n",
        said_file.display()
    );
    std::fs::write(tmp.path("config/config.toml"), config).unwrap();

    let t = Instant::now();
    let out = run_with_stdin(&tmp, &["run", "tiny.toml", "--plain"], b"\n");
    let took = t.elapsed();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr, "");
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    let (lines, times) = split_times(&stdout);
    assert_eq!(
        lines,
        [
            "READY - - 1s Calf",
            "HOLD left 1/1 1s Calf",
            "SWITCH - - 1s Calf",
            "HOLD right 1/1 1s Calf",
            "TASK - - - Screens off",
            "  Phone away.",
            "  press Enter when done",
            "HOLD - 1/2 1s Breathe",
            "REST - 1/2 1s Breathe",
            "HOLD - 2/2 1s Breathe",
            "DONE - - - 3 of 3 steps done, 0 skipped",
        ]
    );
    // Planned starts: 0 1 2 3, the task at 4 answered at once, then 4 5 6, done at 7.
    let plan = [0, 1, 2, 3, 4, 4, 5, 6, 7];
    for (got, want) in times.iter().zip(plan) {
        assert!(
            *got == want || *got == want + 1,
            "times {times:?}, plan {plan:?}"
        );
    }
    assert!(took >= Duration::from_secs(7), "{took:?}");
    assert!(took < Duration::from_secs(12), "{took:?}");
    // The cue command ran for the phases (out-of-date cues may be dropped, never reordered).
    let said = std::fs::read_to_string(&said_file).unwrap();
    let said: Vec<&str> = said.lines().collect();
    assert_eq!(said.first(), Some(&"Calf."), "{said:?}");
    assert_eq!(said.last(), Some(&"All done."), "{said:?}");
    assert!(said.contains(&"Switch sides. Right leg."), "{said:?}");
    // The session is in the history.
    let history = std::fs::read_to_string(tmp.path("data/history.jsonl")).unwrap();
    let record = history.lines().next().unwrap();
    for part in [
        r#""type":"session""#,
        r#""routine_id":"tiny""#,
        r#""steps_done":3"#,
        r#""steps_skipped":0"#,
        r#""steps_total":3"#,
        r#""finished":true"#,
    ] {
        assert!(record.contains(part), "{record}");
    }
}

#[test]
fn closed_stdin_at_a_task_ends_the_session_with_a_note() {
    // Not the last step: left at the last step when it is a task, a session counts as
    // finished (the engine's rule), which is not what this test is about.
    let routine = "title = \"T\"\n[[step]]\ntitle = \"Screens off\"\nkind = \"task\"\n\
                   instructions = [\"Phone away.\"]\n[[step]]\ntitle = \"Into bed\"\nkind = \"task\"\n";
    let tmp = setup(routine, None);
    let out = tmp
        .cmd(&["run", "tiny.toml", "--plain"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "0:00 TASK - - - Screens off\n  Phone away.\n  press Enter when done\n\
         0:00 STOPPED - - - 0 of 2 steps done, 0 skipped\n"
    );
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "note: stdin is closed, so nothing can answer; the session ends here\n"
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn ctrl_c_or_sigquit_ends_cleanly_with_a_summary_line() {
    for (sig, code) in [(libc::SIGINT, 130), (libc::SIGQUIT, 131)] {
        stopped_by(sig, code);
    }
}

fn stopped_by(sig: i32, code: i32) {
    let tmp = setup(TINY, None);
    let mut child = tmp
        .cmd(&["run", "tiny.toml", "--plain"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    assert_eq!(first, "0:00 READY - - 1s Calf\n");
    let pid = libc::pid_t::try_from(child.id()).unwrap();
    // SAFETY: signalling our own child process.
    assert_eq!(unsafe { libc::kill(pid, sig) }, 0);
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).unwrap();
    let status = child.wait().unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let last = rest.lines().last().unwrap_or_default();
    assert!(
        last.ends_with(" STOPPED - - - 0 of 3 steps done, 0 skipped"),
        "{rest}"
    );
    assert_eq!(stderr, "");
    assert_eq!(status.code(), Some(code));
    let history = std::fs::read_to_string(tmp.path("data/history.jsonl")).unwrap();
    assert!(history.contains(r#""finished":false"#), "{history}");
}

#[test]
fn an_unknown_routine_is_a_usage_error() {
    let tmp = setup(TINY, None);
    let out = tmp
        .cmd(&["run", "no-such-routine", "--plain"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.starts_with("error: no routine named \"no-such-routine\"\n"),
        "{stderr}"
    );
    assert_eq!(out.stdout, b"");
    assert_eq!(out.status.code(), Some(2));
}

/// A broken config.toml never stops tonight's session: every mistake is on stderr with its
/// line, and the session runs on the settings that are right (each wrong one at its default).
#[test]
fn a_broken_config_is_reported_with_its_line_and_the_session_runs() {
    let tmp = setup(TINY, Some("wake = \"6:30\"\n[cues]\nbel = true\n"));
    let out = tmp
        .cmd(&["run", "tiny.toml", "--plain"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    let path = tmp.path("config/config.toml");
    // Every mistake at once: the time and the key.
    assert!(
        stderr.starts_with(&format!(
            "error: {}:1:8: \"6:30\" is not a time of day\n",
            path.display()
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "error: {}:3:1: unknown key \"bel\"\n",
            path.display()
        )),
        "{stderr}"
    );
    assert!(stderr.contains("did you mean \"bell\"?"), "{stderr}");
    assert!(
        stderr.contains(
            "warning: config.toml has mistakes; each wrong setting is at its default, the rest are in force\n"
        ),
        "{stderr}"
    );
    assert!(!out.stdout.is_empty(), "the session did not start");
}

#[test]
fn after_ctrl_z_and_fg_it_pauses_where_it_was_and_enter_goes_on() {
    let routine =
        "title = \"T\"\n[[step]]\ntitle = \"Calf\"\nprepare = \"1s\"\nduration = \"20s\"\n";
    let tmp = setup(routine, None);
    let mut child = tmp
        .cmd(&["run", "tiny.toml", "--plain"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = libc::pid_t::try_from(child.id()).unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = || {
        let mut l = String::new();
        stdout.read_line(&mut l).unwrap();
        l
    };
    assert_eq!(line(), "0:00 READY - - 1s Calf\n");
    // Stopped (as by Ctrl-Z) for longer than the stall limit, past the end of GET READY.
    // SAFETY: signalling our own child process.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGSTOP) }, 0);
    std::thread::sleep(Duration::from_secs(7));
    assert_eq!(unsafe { libc::kill(pid, libc::SIGCONT) }, 0);
    // No burst: it pauses in GET READY with the time that was left at the last wake.
    assert_eq!(line(), "0:00 PAUSED - - 1s Calf\n");
    let note = line();
    // Stopped 7 s, 1 s before the end of GET READY: at least 6 s past that deadline.
    assert!(note.starts_with("  stopped for at least 0:0"), "{note}");
    assert!(note.ends_with("; press Enter to go on\n"), "{note}");
    stdin.write_all(b"\n").unwrap();
    assert_eq!(line(), "0:00 RESUMED - - 1s Calf\n");
    assert_eq!(line(), "0:01 HOLD - 1/1 20s Calf\n");
    assert_eq!(unsafe { libc::kill(pid, libc::SIGTERM) }, 0);
    let last = line();
    assert!(
        last.ends_with(" STOPPED - - - 0 of 1 steps done, 0 skipped\n"),
        "{last}"
    );
    assert_eq!(child.wait().unwrap().code(), Some(143));
}

/// The state letter of process `pid` (`T` stopped).
fn state(pid: u32) -> char {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|s| s.rsplit(") ").next().and_then(|r| r.chars().next()))
        .unwrap_or('?')
}

#[test]
fn ctrl_z_pauses_where_it_is_before_stopping() {
    let routine =
        "title = \"T\"\n[[step]]\ntitle = \"Calf\"\nprepare = \"1s\"\nduration = \"20s\"\n";
    let tmp = setup(routine, None);
    let mut child = tmp
        .cmd(&["run", "tiny.toml", "--plain"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = libc::pid_t::try_from(child.id()).unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = || {
        let mut l = String::new();
        stdout.read_line(&mut l).unwrap();
        l
    };
    assert_eq!(line(), "0:00 READY - - 1s Calf\n");
    assert_eq!(line(), "0:01 HOLD - 1/1 20s Calf\n");
    std::thread::sleep(Duration::from_millis(2500));
    // SAFETY: signalling our own child process.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGTSTP) }, 0);
    // Paused at least 2.5 s into the hold (more when this machine is busy: the line above
    // may be read late), with what was left then, and stopped.
    let paused = line();
    let left = paused
        .strip_prefix("0:01 PAUSED - 1/1 ")
        .and_then(|rest| rest.strip_suffix("s Calf\n"))
        .and_then(|n| n.parse::<u64>().ok())
        .unwrap_or_else(|| panic!("not a pause in the hold: {paused:?}"));
    assert!(
        (10..=18).contains(&left),
        "{left} s left after 2.5 s of 20 s"
    );
    assert_eq!(line(), "  paused; after fg, press Enter to go on\n");
    let end = Instant::now() + Duration::from_secs(10);
    while state(child.id()) != 'T' && Instant::now() < end {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(state(child.id()), 'T', "stopped after Ctrl-Z");
    std::thread::sleep(Duration::from_secs(3));
    assert_eq!(unsafe { libc::kill(pid, libc::SIGCONT) }, 0);
    stdin.write_all(b"\n").unwrap();
    // Resumed with the time that was left when it paused, however long it was stopped.
    assert_eq!(line(), format!("0:01 RESUMED - 1/1 {left}s Calf\n"));
    assert_eq!(unsafe { libc::kill(pid, libc::SIGTERM) }, 0);
    // The 1 s get-ready and the hold until the pause are counted (with the moment between
    // Enter and SIGTERM, which may cross into the next second); the 3 s stopped are not.
    let last = line();
    let (active, rest) = last.split_once(' ').unwrap();
    assert_eq!(rest, "STOPPED - - - 0 of 1 steps done, 0 skipped\n");
    let counted = 1 + (20 - left);
    assert!(
        (counted..=counted + 1).contains(&seconds(active)),
        "{last:?} after {left} s left of 20 s"
    );
    assert_eq!(child.wait().unwrap().code(), Some(143));
    let history = std::fs::read_to_string(tmp.path("data/history.jsonl")).unwrap();
    assert!(history.contains(r#""active_seconds":3"#), "{history}");
}

/// True when process `pid` is gone (or a zombie nobody has reaped yet).
fn gone(pid: &str) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Err(_) => true,
        Ok(stat) => stat
            .rsplit(") ")
            .next()
            .is_some_and(|rest| rest.starts_with('Z')),
    }
}

/// Voluntary context switches of the process's thread named `name` (how often it woke).
fn wakeups(pid: u32, name: &str) -> Option<u64> {
    for task in std::fs::read_dir(format!("/proc/{pid}/task")).ok()? {
        let dir = task.ok()?.path();
        let comm = std::fs::read_to_string(dir.join("comm")).unwrap_or_default();
        if comm.trim() == name {
            let status = std::fs::read_to_string(dir.join("status")).ok()?;
            let line = status
                .lines()
                .find(|l| l.starts_with("voluntary_ctxt_switches:"))?;
            return line.split_whitespace().nth(1)?.parse().ok();
        }
    }
    None
}

#[test]
fn a_running_cue_command_is_waited_on_not_polled_and_never_outlives_windown() {
    let routine =
        "title = \"T\"\n[[step]]\ntitle = \"Calf\"\nprepare = \"0s\"\nduration = \"3s\"\n";
    let tmp = Env::new();
    let pidfile = tmp.path("cue.pid");
    let config = format!(
        "[cues]\nbell = false\n[sounds]\nplayer = \"off\"\n[voice]\ncommand = [\"sh\", \"-c\", \"echo $$ > '{}'; exec sleep 37\", \"sh\"]\n",
        pidfile.display()
    );
    tmp.write("tiny.toml", routine);
    tmp.write("config/config.toml", config);
    let child = tmp
        .cmd(&["run", "tiny.toml", "--plain"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(1000));
    let before = wakeups(child.id(), "cue-speech").expect("the cue worker thread");
    std::thread::sleep(Duration::from_millis(1000));
    let after = wakeups(child.id(), "cue-speech").expect("the cue worker thread");
    // Polling every 50 ms would be about 20 wake-ups in that second.
    assert!(after - before <= 2, "{before} -> {after}");
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let pid = std::fs::read_to_string(&pidfile).unwrap();
    let pid = pid.trim();
    let end = Instant::now() + Duration::from_secs(10);
    while !gone(pid) && Instant::now() < end {
        std::thread::sleep(Duration::from_millis(50));
    }
    let still = !gone(pid);
    if still {
        // SAFETY: cleaning up the sleep this test started, by its own id.
        unsafe {
            libc::kill(pid.parse().unwrap(), libc::SIGKILL);
        }
    }
    assert!(!still, "the cue command {pid} outlived windown");
}

#[test]
fn a_sigstop_inside_a_phase_is_noticed_on_sigcont() {
    let routine =
        "title = \"T\"\n[[step]]\ntitle = \"Calf\"\nprepare = \"0s\"\nduration = \"6s\"\n";
    let tmp = setup(routine, None);
    let mut child = tmp
        .cmd(&["run", "tiny.toml", "--plain"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = libc::pid_t::try_from(child.id()).unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = || {
        let mut l = String::new();
        stdout.read_line(&mut l).unwrap();
        l
    };
    assert_eq!(line(), "0:00 HOLD - 1/1 6s Calf\n");
    std::thread::sleep(Duration::from_millis(1500));
    // Stopped 2 s, continued before the hold's deadline: no deadline tells, SIGCONT does.
    // SAFETY: signalling our own child process.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGSTOP) }, 0);
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(unsafe { libc::kill(pid, libc::SIGCONT) }, 0);
    // Paused at the last moment it knew it ran (the hold's start), never past it.
    assert_eq!(line(), "0:00 PAUSED - 1/1 6s Calf\n");
    let note = line();
    assert!(note.starts_with("  stopped for up to 0:0"), "{note}");
    stdin.write_all(b"\n").unwrap();
    assert_eq!(line(), "0:00 RESUMED - 1/1 6s Calf\n");
    assert_eq!(unsafe { libc::kill(pid, libc::SIGTERM) }, 0);
    let last = line();
    assert!(
        last.ends_with(" STOPPED - - - 0 of 1 steps done, 0 skipped\n"),
        "{last}"
    );
    assert_eq!(child.wait().unwrap().code(), Some(143));
}
