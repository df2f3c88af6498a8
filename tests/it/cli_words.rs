//! Command output in the test language `en-XA` (docs/translating.md): `windown history`,
//! `windown stats` and `windown trial status` with every word from a message, so every line
//! is bracketed and no English word is left plain. The records lie a year back, so the
//! output does not move with the day the test runs.

use crate::common::Env;

/// Records of November 2025: sessions (one in the daytime, one stopped), check-ins (counted,
/// woke, with a note, replaced), cramps (in a night and in the daytime), a reminder done, a
/// removed session.
const RECORDS: &str = r#"{"v":1,"type":"session","routine_id":"evening-legs","routine_title":"Evening legs","started":"2025-11-20T21:05:00+01:00","ended":"2025-11-20T21:09:00+01:00","active_seconds":220,"steps_done":4,"steps_skipped":0,"steps_total":4,"finished":true}
{"v":1,"type":"session","routine_id":"evening-legs","routine_title":"Evening legs","started":"2025-11-21T21:05:00+01:00","ended":"2025-11-21T21:07:00+01:00","active_seconds":100,"steps_done":2,"steps_skipped":1,"steps_total":4,"finished":false}
{"v":1,"type":"session","routine_id":"desk","routine_title":"Desk break","started":"2025-11-22T11:00:00+01:00","ended":"2025-11-22T11:03:00+01:00","active_seconds":150,"steps_done":3,"steps_skipped":0,"steps_total":3,"finished":true}
{"v":2,"type":"cramp","at":"2025-11-21T03:12:00+01:00","leg":"left","muscle":"calf","relief_seconds":185,"pain":7,"recorded":"2025-11-21T03:12:00+01:00"}
{"v":3,"type":"cramp","at":"2025-11-22T15:00:00+01:00","leg":"right","muscle":"foot","recorded":"2025-11-22T15:00:00+01:00"}
{"v":1,"type":"checkin","night_of":"2025-11-20","cramps":"bad","count":2,"woke":true,"note":"after a long walk","recorded":"2025-11-21T07:15:00+01:00"}
{"v":1,"type":"checkin","night_of":"2025-11-21","cramps":"mild","recorded":"2025-11-22T07:15:00+01:00"}
{"v":1,"type":"checkin","night_of":"2025-11-21","cramps":"none","woke":false,"recorded":"2025-11-22T07:20:00+01:00"}
{"v":1,"type":"reminder_ack","reminder_id":"hydrate","at":"2025-11-22T11:00:00+01:00","source":"dunst"}
{"v":1,"type":"session","routine_id":"evening-legs","routine_title":"Evening legs","started":"2025-11-23T21:05:00+01:00","ended":"2025-11-23T21:09:00+01:00","active_seconds":220,"steps_done":4,"steps_skipped":0,"steps_total":4,"finished":true}
{"v":3,"type":"void","target":"session","target_at":"2025-11-23T21:05:00+01:00","recorded":"2025-11-23T21:10:00+01:00"}
"#;

/// `args` in `lang`, in a world with [`RECORDS`]: stdout, after checking it succeeded
/// quietly.
fn run(lang: &str, args: &[&str]) -> String {
    let env = Env::new().in_zone("Europe/Berlin");
    env.history(RECORDS);
    let mut all = vec!["--lang", lang];
    all.extend_from_slice(args);
    let o = env.output(&all);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success() && err.is_empty(), "{args:?}: {err}");
    String::from_utf8(o.stdout).expect("UTF-8")
}

/// Every line that has words is one message or more, each in its brackets: no plain
/// English letters outside them (numbers, dates, times, ids and titles from the file are
/// variables and stay as they are).
fn assert_converted(text: &str, variables: &[&str]) {
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let mut outside = String::new();
        let mut depth = 0usize;
        for c in line.chars() {
            match c {
                '[' => depth += 1,
                ']' => depth = depth.saturating_sub(1),
                c if depth == 0 => outside.push(c),
                _ => {}
            }
        }
        assert!(
            line.starts_with('[') && line.ends_with(']'),
            "not one message: {line}"
        );
        assert!(
            !outside.chars().any(|c| c.is_ascii_alphabetic()),
            "plain words outside the brackets: {line}"
        );
        // Inside, every ASCII letter belongs to a variable.
        let mut rest = line.to_string();
        for v in variables {
            rest = rest.replace(v, "");
        }
        assert!(
            !rest.chars().any(|c| c.is_ascii_alphabetic()),
            "an English word left plain: {line}"
        );
    }
}

/// The variables [`RECORDS`] puts into lines: titles, ids, units of a duration.
const VARIABLES: &[&str] = &[
    "Evening legs",
    "evening-legs",
    "Desk break",
    "desk",
    "hydrate",
    "after a long walk",
    "windown history undo",
    "windown trial status",
    "windown trial result",
    "windown trial",
    "h",
    "m",
    "s",
];

#[test]
fn history_in_the_test_language_is_every_word_converted() {
    let out = run("en-XA", &["history"]);
    assert_converted(&out, VARIABLES);
    insta::assert_snapshot!("cli_words_history_en_xa", out);
    // And English is English.
    assert!(run("en", &["history"]).contains("session   Evening legs (evening-legs): finished"));
}

#[test]
fn stats_in_the_test_language_is_every_word_converted() {
    let out = run("en-XA", &["stats"]);
    assert_converted(&out, VARIABLES);
    insta::assert_snapshot!("cli_words_stats_en_xa", out);
}

#[test]
fn history_and_stats_in_german_have_no_english_line() {
    let out = run("de", &["history"]);
    assert!(
        out.contains("Morgen   Nacht vom 2025-11-20: schlimm, 2 Krämpfe"),
        "{out}"
    );
    let out = run("de", &["stats"]);
    assert!(out.contains("Nächte mit Krämpfen"), "{out}");
    assert!(!out.contains("Cramp nights"), "{out}");
}

#[test]
fn trial_status_in_the_test_language_is_every_word_converted() {
    let env = Env::new().in_zone("Europe/Berlin");
    // A plan of 2025, long over, a stop and a note: the status does not move with the day.
    env.history(concat!(
        r#"{"v":3,"type":"trial_plan","drawn":"2025-03-01T20:00:00+01:00","first_evening":"2025-03-01","baseline_nights":7,"block_nights":14,"washout_nights":3,"orders":["stretch_first","rest_first","rest_first"],"spare":"stretch_first","expectation":6,"medicine_change":false}"#,
        "\n",
        r#"{"v":3,"type":"trial_note","at":"2025-03-02T08:00:00+01:00","text":"new shoes"}"#,
        "\n",
        r#"{"v":3,"type":"trial_end","at":"2025-03-03T08:00:00+01:00","why":"stopped"}"#,
        "\n",
    ));
    let o = env.output(&["--lang", "en-XA", "trial", "status"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success() && err.is_empty(), "{err}");
    let out = String::from_utf8(o.stdout).expect("UTF-8");
    assert_converted(&out, VARIABLES);
    insta::assert_snapshot!("cli_words_trial_status_en_xa", out);
    let o = env.output(&["--lang", "en-XA", "trial", "result"]);
    let out = String::from_utf8(o.stdout).expect("UTF-8");
    assert_converted(&out, VARIABLES);
    assert_eq!(out.lines().count(), 1, "{out}");
    let o = env.output(&["--lang", "en-XA", "history"]);
    let out = String::from_utf8(o.stdout).expect("UTF-8");
    assert_converted(&out, &["new shoes"]);
    insta::assert_snapshot!("cli_words_trial_history_en_xa", out);
}

#[test]
fn help_in_another_language_has_its_descriptions_and_says_the_rest_is_english() {
    let env = Env::new();
    let help = |args: &[&str]| String::from_utf8(env.output(args).stdout).expect("UTF-8");
    let de = help(&["--lang", "de", "--help"]);
    assert!(de.starts_with("(Die Hilfe zu den Optionen"), "{de}");
    assert!(de.contains("\nwindown: ein Dehnprogramm"), "{de}");
    assert!(
        de.contains("  list         Alle Routinen auflisten"),
        "{de}"
    );
    assert!(de.contains("Zum ersten Mal? `windown setup`."), "{de}");
    let fr = help(&["stats", "--lang", "fr", "--help"]);
    assert!(fr.starts_with("(L'aide des options"), "{fr}");
    assert!(fr.contains("\nSéries, totaux"), "{fr}");
    let en = help(&["--help"]);
    assert!(en.starts_with("windown: "));
    assert!(en.contains("  list         List every routine"));
    let o = env
        .cmd(&["--help"])
        .env("LANGUAGE", "es")
        .env("LANG", "es_ES.UTF-8")
        .output()
        .unwrap();
    let es = String::from_utf8_lossy(&o.stdout);
    assert!(es.starts_with("(La ayuda de las opciones"), "{es}");
    assert!(es.contains("  cramp        Un calambre ahora"), "{es}");
}
