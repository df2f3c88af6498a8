//! The readers of the four files people write (routine files, stretch files, reminders.toml,
//! config.toml): every mistake in one `validate` run, and a mistake that costs only its own
//! setting or reminder everywhere else.

use crate::common::Env;

/// stderr with the private folder's path written as `ROOT`.
fn stderr_of(env: &Env, out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).replace(&env.root().display().to_string(), "ROOT")
}

/// One file of each kind, each with one mistake of every kind it can hold: unknown keys,
/// wrong types, values (limits, words, time words, unknown routine and stretch ids, ranges)
/// and, last, a syntax error, which ends what can be read of the file. One run reports them
/// all, each located with its hint.
#[test]
fn every_mistake_of_every_file_in_one_validate_run() {
    let env = Env::new();
    env.routine(
        "mine.toml",
        r#"title = "Mine"
kind = "strech"
sumary = "typo"
[defaults]
reps = 0
[[step]]
title = "Calf"
hold = "5 parsecs"
reps = "3"
targets = ["hamstring"]
sides = "bth"
[[step]]
stretch = "wall-calff"
hold = "30s"
rest = -1
[[step]]
title = "broken"
hold = 10s
"#,
    );
    env.write(
        "config/stretches/mine.toml",
        r#"[[stretch]]
id = "Bad Id"
title = 3
tagets = ["calves"]
sides = "bth"
figure = "../x"
[[stretch]]
id = "ok-one"
title = "Fine"
instructions = "one line"
caution = = 
"#,
    );
    env.reminders(
        r#"[[reminder]]
title = "No id"
every = "2h"
[[reminder]]
id = "legs"
title = "Legs"
at = ["25:00", "bedtime-2x"]
days = ["monday"]
routine = "evening-leg"
evry = "1h"
[[reminder]]
id = "tea"
title = 3
every = "25h"
[[reminder]]
id = "late"
title = "Late"
at = ["22:00"
"#,
    );
    env.write(
        "config/config.toml",
        r#"bedtime = "23:00"
wake = "7am"
balance = "pooor"
[cues]
bell = "yes"
[voice]
rate = 9000
engine = "of"
speed = 3
[sounds]
ticks = "false"
player = 
"#,
    );
    let out = env.output(&["validate"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr_of(&env, &out);
    insta::assert_snapshot!(err);
}

/// A wrong `[cues] bell` costs only itself: bedtime stays 23:00 in `windown config`, which
/// shows the mistake with its place; `remind preview` and `remind next` print the valid
/// reminders, warn on stderr and succeed.
#[test]
fn a_wrong_setting_or_reminder_costs_only_itself() {
    let env = Env::new();
    env.write(
        "config/config.toml",
        "bedtime = \"23:00\"\n[cues]\nbell = \"yes\"\n",
    );
    let out = env.output(&["config"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("23:00"), "{text}");
    assert!(text.contains("has 1 mistake"), "{text}");
    let err = stderr_of(&env, &out);
    assert!(
        err.contains("ROOT/config/config.toml:3:8: bell must be true or false, not text"),
        "{err}"
    );
    env.reminders(
        "[[reminder]]\nid = \"good\"\ntitle = \"Good\"\nat = [\"bedtime-1h\"]\n\
         [[reminder]]\nid = \"bad\"\ntitle = \"Bad\"\nat = [\"25:00\"]\n",
    );
    for args in [
        &[
            "remind",
            "preview",
            "--days",
            "1",
            "--from",
            "2026-01-05T12:00",
        ][..],
        &["remind", "next"][..],
    ] {
        let out = env.output(args);
        let text = String::from_utf8_lossy(&out.stdout);
        let err = stderr_of(&env, &out);
        assert!(out.status.success(), "{args:?}: {err}");
        assert!(
            text.contains("Good") || text.contains("good"),
            "{args:?}: {text}"
        );
        assert!(!text.contains("Bad"), "{args:?}: {text}");
        assert!(
            err.contains("reminders.toml:8:7: \"25:00\" is not a time"),
            "{err}"
        );
        assert!(err.contains("config.toml:3:8:"), "{err}");
        assert!(err.contains("warning: "), "{err}");
    }
    // A syntax error: nothing of config.toml is read, the defaults are in force.
    env.write("config/config.toml", "bedtime = \"23:00\"\nwake = \n");
    let out = env.output(&["config"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("cannot be read"), "{text}");
    assert!(text.contains("22:30"), "{text}");
}

/// Check-in counts are read with their range (1-99): a record of 4,000,000,000 cramps, which
/// would wrap a sum of counts, is told with its line and skipped, and `stats` and `history`
/// run to their end in this debug build (where a wrapping sum panics).
#[test]
fn a_count_out_of_range_is_told_with_its_line_and_skipped() {
    let env = Env::new();
    let line = |night: &str, n: u64| {
        format!(
            r#"{{"v":1,"type":"checkin","night_of":"{night}","cramps":"bad","count":{n},"recorded":"{night}T23:59:00+01:00"}}"#
        )
    };
    let file = env.history(&format!(
        "{}\n{}\n{}\n",
        line("2026-11-20", 3),
        line("2026-11-21", 4_000_000_000),
        line("2026-11-22", 4_000_000_000)
    ));
    for args in [&["stats"][..], &["history"][..]] {
        let out = env.output(args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?}: {err}");
        let path = file.display().to_string();
        assert!(
            err.contains(&format!(
                "{path} line 2: an unreadable record was skipped (count 4000000000 is not 1 to 99"
            )),
            "{args:?}: {err}"
        );
        assert!(err.contains("line 3"), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

/// `remind run` with one wrong reminder tells it (stderr and log) and sends the others.
#[test]
fn remind_run_leaves_out_only_the_reminder_with_a_mistake() {
    use crate::common::Running;
    use std::time::Duration;
    let env = Env::new().in_zone("Europe/Berlin");
    env.reminders(
        "[[reminder]]\nid = \"tick\"\ntitle = \"Tick\"\nevery = \"1s\"\n\
         [[reminder]]\nid = \"bad\"\ntitle = \"Bad\"\nevery = \"1s\"\ncolour = \"red\"\n",
    );
    let mut r = Running::start(env.cmd(&["remind", "run"]));
    assert!(
        r.wait_for("unknown key \"colour\"", Duration::from_secs(20)),
        "{:?}",
        r.seen
    );
    assert!(
        r.wait_for("running with 1 reminder on", Duration::from_secs(20)),
        "{:?}",
        r.seen
    );
    assert!(
        r.wait_for("tick: Tick", Duration::from_secs(20)),
        "{:?}",
        r.seen
    );
    assert_eq!(r.count("bad: Bad"), 0, "{:?}", r.seen);
    assert_eq!(r.terminate(), Some(0));
}

/// `import` takes a file with a byte order mark and `--id` whatever the file's name, and the
/// routine it writes loads; `new --title` refuses what a routine file refuses, writing nothing.
#[test]
fn import_and_new_write_only_routines_that_load() {
    let env = Env::new();
    let shared = env.write(
        "shared/Ann's Routine (1).toml",
        "\u{feff}title = \"Ann's legs\"\n[[step]]\ntitle = \"Calf\"\nhold = \"30s\"\n",
    );
    let out = env.output(&["import", shared.to_str().unwrap(), "--id", "anns-legs"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let written = std::fs::read_to_string(env.path("config/routines/anns-legs.toml")).unwrap();
    assert!(!written.contains('\u{feff}'), "{written:?}");
    let out = env.output(&["validate"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("anns-legs.toml (anns-legs, 1 step)"));
    // Without --id, a name that is no id is still refused, with the way out.
    let out = env.output(&["import", shared.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    for (title, says) in [
        (
            "Evening \u{202e}legs",
            "--title: title contains the control character U+202E",
        ),
        ("two\nlines", "--title: title holds a line break or a tab"),
        ("", "--title: title is empty"),
    ] {
        let out = env.output(&["new", "mine", "--title", title]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{title:?}: {err}");
        assert!(
            err.starts_with(&format!("error: {says}\n")),
            "{title:?}: {err}"
        );
        assert!(!env.path("config/routines/mine.toml").exists(), "{title:?}");
    }
    let long = "x".repeat(2001);
    let out = env.output(&["new", "mine", "--title", &long]);
    assert_eq!(out.status.code(), Some(2));
    let out = env.output(&["new", "mine", "--title", "My legs"]);
    assert!(out.status.success());
    assert_eq!(env.output(&["validate"]).status.code(), Some(0));
}
