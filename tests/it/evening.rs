//! The evening and the night end to end, under a faked clock: the real binary run at 11:00 and
//! at 21:00 of one day (libfaketime, with `FAKETIME_DONT_FAKE_MONOTONIC=1` so the session's
//! countdown, which runs on the monotonic clock, still runs), then `remind status`, `stats`,
//! the diary and the morning check-in's count of last night's cramps.
//!
//! Skipped with a printed reason when `faketime` is missing, except under `CI=true`, where
//! it is required (`.ci/run` installs it).

use std::process::Output;

use crate::common::{Env, at_wall_clock, faketime_present};

const QUICK: &str = r#"title = "Quick legs"

[[step]]
title = "Calf"
prepare = "0s"
duration = "1s"
reps = 1
"#;

const QUIET: &str = "[cues]\nbell = false\n[voice]\nengine = \"off\"\n[sounds]\nplayer = \"off\"\n";

/// `windown args` in `env` with the wall clock starting at `at` (local time, Berlin).
fn at(env: &Env, when: &str, args: &[&str]) -> (String, String) {
    let mut c = at_wall_clock(env.cmd(args), when);
    let Output {
        status,
        stdout,
        stderr,
    } = c.output().expect("run faketime");
    let (out, err) = (
        String::from_utf8_lossy(&stdout).into_owned(),
        String::from_utf8_lossy(&stderr).into_owned(),
    );
    assert!(status.success(), "{args:?} at {when}: {out}{err}");
    (out, err)
}

#[test]
fn a_routine_tried_at_eleven_is_no_evening_and_the_one_at_nine_is() {
    if !faketime_present() {
        return;
    }
    let env = Env::new().in_zone("Europe/Berlin");
    env.routine("quick.toml", QUICK);
    env.write("config/config.toml", QUIET);
    env.reminders(
        "[[reminder]]\nid = \"stretch\"\ntitle = \"Stretch\"\nat = [\"21:30\"]\nroutine = \"quick\"\n",
    );
    let today_line = |out: &str| -> String {
        out.lines()
            .find(|l| l.trim_start().starts_with("today 21:30"))
            .unwrap_or_else(|| panic!("no reminder tonight in:\n{out}"))
            .to_string()
    };

    // 11:00: tried for the first time. Tonight's reminder is still sent.
    let (out, _) = at(&env, "2026-12-02 11:00:00", &["run", "quick", "--plain"]);
    assert!(out.contains("1 of 1 steps done"), "{out}");
    let (out, _) = at(
        &env,
        "2026-12-02 11:38:00",
        &["cramp", "log", "--leg", "left"],
    );
    assert!(
        out.contains("(a daytime cramp, not counted in a night)"),
        "{out}"
    );
    let (out, _) = at(&env, "2026-12-02 12:00:00", &["remind", "status"]);
    assert!(!today_line(&out).contains("skipped"), "{out}");
    let (out, _) = at(&env, "2026-12-02 12:00:00", &["stats"]);
    assert!(out.contains("Streak: 0 evenings"), "{out}");
    assert!(
        out.contains("Cramps logged: 1 (1 in the daytime, in no night)"),
        "{out}"
    );

    // 21:00: the evening's stretch. Tonight's reminder is skipped, the streak begins.
    at(&env, "2026-12-02 21:00:00", &["run", "quick", "--plain"]);
    let (out, _) = at(&env, "2026-12-02 21:01:00", &["remind", "status"]);
    let tonight = today_line(&out);
    assert!(tonight.contains("(skipped: done at 21:00)"), "{out}");
    let (out, _) = at(&env, "2026-12-02 21:01:00", &["stats"]);
    assert!(out.contains("Streak: 1 evening"), "{out}");
    assert!(out.contains("Sessions: 2 finished of 2 started"), "{out}");
    assert!(
        out.contains("Last 30 days: a finished routine on 1 evening"),
        "{out}"
    );

    // The next morning: a cramp at 03:10 told afterwards, then the check-in counts it and
    // not the daytime one.
    at(
        &env,
        "2026-12-03 07:30:00",
        &["cramp", "log", "--leg", "right", "--at", "03:10"],
    );
    let (out, _) = at(&env, "2026-12-03 07:31:00", &["checkin", "bad"]);
    assert!(
        out.contains("You logged 1 cramp that night: 03:10 right calf"),
        "{out}"
    );
    assert!(
        out.contains("Recorded for the night of Wed 2 Dec 2026: bad cramps (once)."),
        "{out}"
    );
    let (out, _) = at(&env, "2026-12-03 07:32:00", &["history"]);
    let rows: Vec<&str> = out.lines().collect();
    assert_eq!(rows.len(), 5, "{out}");
    // The session's time on the clock depends on the machine's speed: not compared.
    let morning = "2026-12-02 11:00  session   Quick legs (quick): finished, 1 of 1 steps, ";
    assert!(
        rows[0].starts_with(morning) && rows[0].ends_with(", daytime"),
        "{out}"
    );
    assert_eq!(rows[1], "2026-12-02 11:38  cramp     daytime: left calf");
    let evening = "2026-12-02 21:00  session   Quick legs (quick): finished, 1 of 1 steps, ";
    assert!(
        rows[2].starts_with(evening) && !rows[2].contains("daytime"),
        "{out}"
    );
    assert_eq!(
        rows[3],
        "2026-12-03 03:10  cramp     night of 2026-12-02: right calf"
    );
    assert_eq!(
        rows[4],
        "2026-12-03 07:31  check-in  night of 2026-12-02: bad, 1 cramp"
    );
}
