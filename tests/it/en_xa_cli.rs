//! Command output of `remind`, `config`, `stretches`, `cues check` and `cramp --page/--card`
//! in the test language `en-XA` (docs/translating.md): every word of ours is a message, in its
//! brackets; what stays English is named (config.toml's settings and values, ids, paths,
//! commands). And one run per group in German. The bedside page and card themselves are
//! checked in `relief::page`'s tests and, in a browser, in `bedside`.

use crate::common::Env;

/// `args` under `--lang lang`: stdout, after checking that it succeeded.
fn run(env: &Env, lang: &str, args: &[&str]) -> String {
    let mut all = vec!["--lang", lang];
    all.extend_from_slice(args);
    let o = env.output(&all);
    assert!(
        o.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).expect("UTF-8")
}

/// The words of `text` outside en-XA's brackets (runs of two or more ASCII letters), less
/// those `english` names (what stays English: variables, names of settings).
fn plain_words(text: &str, english: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for line in text.lines() {
        let mut outside = String::new();
        let mut depth = 0i32;
        for c in line.chars() {
            match c {
                '[' => depth += 1,
                ']' => depth -= 1,
                c if depth == 0 => outside.push(c),
                _ => outside.push(' '),
            }
        }
        // Paths are variables.
        let mut outside: String = outside
            .split(' ')
            .filter(|t| !t.starts_with('/'))
            .collect::<Vec<_>>()
            .join(" ");
        // Phrases, longest first; then single words, whole.
        let mut phrases: Vec<&str> = english
            .iter()
            .copied()
            .filter(|e| !e.chars().all(|c| c.is_ascii_alphabetic()))
            .collect();
        phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
        for p in phrases {
            outside = outside.replace(p, " ");
        }
        found.extend(
            outside
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| w.len() > 1 && !english.contains(w))
                .map(|w| format!("{w} (in {line:?})")),
        );
    }
    found
}

#[track_caller]
fn assert_converted(text: &str, english: &[&str]) {
    let plain = plain_words(text, english);
    assert!(plain.is_empty(), "plain English: {plain:#?}\n{text}");
    assert!(text.contains('['), "{text}");
}

#[test]
fn remind_in_the_test_language_is_every_word_converted() {
    let env = Env::new();
    let root = env.root().display().to_string();
    let out = run(&env, "en-XA", &["remind", "init"]);
    assert_converted(&out, &[&root]);
    assert_eq!(out.lines().count(), 2, "{out}");
    // The status's own lines; the reminders' rows (id, title, when) are the file's and the
    // schedule's.
    let out = run(&env, "en-XA", &["remind", "status"]);
    let ours: String = out
        .lines()
        .filter(|l| !l.starts_with("  ") || l.contains("windown remind run"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_converted(&ours, &[&root, "windown remind run"]);
    assert!(out.lines().count() > 6, "{out}");
    let out = run(&env, "en-XA", &["remind", "uninstall"]);
    assert_converted(&out, &[]);
}

#[test]
fn remind_status_in_german() {
    let env = Env::new();
    let out = run(&env, "de", &["remind", "status"]);
    assert!(
        out.starts_with("Erinnerungsprozess: läuft nicht\n"),
        "{out}"
    );
    assert!(out.contains("\nErinnerungen: eingebaut"), "{out}");
    assert!(out.contains("\nzuletzt:\n"), "{out}");
    assert!(!out.contains("reminder process"), "{out}");
}

#[test]
fn config_in_the_test_language_is_every_word_converted() {
    let env = Env::new();
    env.write(
        "config/config.toml",
        "balance = \"poor\"\nbedtime = \"lunchtime\"\n",
    );
    let out = run(&env, "en-XA", &["config"]);
    // The settings' names and values are config.toml's.
    let settings = [
        "config.toml",
        "routines",
        "reminders",
        "figures",
        "wake",
        "bedtime",
        "language",
        "balance",
        "poor",
        "cues",
        "bell",
        "on",
        "off",
        "voice",
        "details",
        "sounds",
        "ticks",
        "report name",
        "spd-say",
        "espeak-ng",
        "espeak",
        "pw-play",
        "paplay",
        "aplay",
        "windown report --name NAME",
        "en-XA",
        "--lang",
        "reminders.toml",
    ];
    let root = env.root().display().to_string();
    let mut english = vec![root.as_str()];
    english.extend(settings);
    assert_converted(&out, &english);
    // The column of names is as wide as the widest.
    // Where the value begins: after the first gap of two spaces past the indent.
    let at = |l: &str| {
        let t = l.trim_start();
        let j = t.find("  ").unwrap_or(0);
        let k = j + t[j..].len() - t[j..].trim_start().len();
        l[..l.len() - t.len() + k].chars().count()
    };
    let lines: Vec<&str> = out.lines().filter(|l| !l.is_empty()).collect();
    assert!(lines.iter().all(|l| at(l) == at(lines[0])), "{out}");
}

#[test]
fn stretches_in_the_test_language_and_in_german() {
    let env = Env::new();
    // The ids and sides are the library's file words (`sides = "both"`); its titles are in
    // the language.
    let en = run(&env, "en", &["stretches"]);
    let mut english: Vec<&str> = en
        .lines()
        .skip(1)
        .take_while(|l| !l.is_empty())
        .flat_map(|l| {
            let cells: Vec<&str> = l
                .split("  ")
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .collect();
            [cells[0], cells[2]]
        })
        .collect();
    english.push("stretch = \"ID\"");
    let out = run(&env, "en-XA", &["stretches"]);
    assert_converted(&out, &english);
    let out = run(&env, "de", &["stretches"]);
    assert!(out.starts_with("ID "), "{out}");
    assert!(out.contains("TITEL") && out.contains("eingebaut"), "{out}");
    assert!(
        out.contains("In einem Schritt einer Routine verwenden"),
        "{out}"
    );
    assert!(out.contains("Wadendehnung an der Wand"), "{out}");
    assert!(!out.contains("Wall calf"), "{out}");
}

/// `remind preview`'s lines without the reminders' ids and titles (the file's): the time
/// as people read it, before the first gap of two spaces.
fn preview_whens(out: &str) -> String {
    out.lines()
        .filter(|l| !l.is_empty())
        .map(|l| format!("{}\n", l.split("  ").next().unwrap_or("")))
        .collect()
}

#[test]
fn remind_preview_days_in_the_test_language_and_in_german() {
    let env = Env::new();
    // From now: today (when a reminder is left today) and tomorrow.
    let out = run(&env, "en-XA", &["remind", "preview", "--days", "2"]);
    assert!(out.lines().count() > 4, "{out}");
    assert_converted(&preview_whens(&out), &[]);
    // From another day: the weekday and the date.
    let out = run(
        &env,
        "en-XA",
        &["remind", "preview", "--from", "2026-12-09", "--days", "2"],
    );
    assert!(out.lines().count() > 4, "{out}");
    assert_converted(&preview_whens(&out), &[]);
    // Tomorrow's reminders in German; "heute" is checked in remind::rows (today's depend on
    // the hour the test runs).
    let out = run(&env, "de", &["remind", "preview", "--days", "2"]);
    assert!(out.lines().any(|l| l.starts_with("morgen 07:00 ")), "{out}");
    assert!(!out.contains("tomorrow") && !out.contains("today"), "{out}");
}

/// In German the built-in reminders' titles in `remind preview` and `remind status` are the
/// language's, as their notifications say them (one rule: `remind::title`); a reminder the
/// person changed keeps their words, and `--json` the file's.
#[test]
fn remind_preview_and_status_in_german_give_a_built_in_title_in_german() {
    let env = Env::new();
    let preview = ["remind", "preview", "--from", "2026-12-09", "--days", "1"];
    let out = run(&env, "de", &preview);
    assert!(
        out.starts_with("Mi., 9. Dez. 07:00  hydration        Etwas Wasser trinken\n"),
        "{out}"
    );
    assert!(
        out.contains(" 22:25  evening-stretch  Abendliches Dehnen\n"),
        "{out}"
    );
    for english in ["Drink some water", "Time to wind down", "Evening stretches"] {
        assert!(!out.contains(english), "{english}: {out}");
    }
    let out = run(&env, "de", &["remind", "status"]);
    assert!(out.contains("  Etwas Wasser trinken\n"), "{out}");
    assert!(!out.contains("Drink some water"), "{out}");
    let mut json = preview.to_vec();
    json.push("--json");
    let out = run(&env, "de", &json);
    assert!(out.contains("\"title\":\"Drink some water\""), "{out}");
    // `remind init` writes the built-in reminders as shipped: still in the language. One the
    // person changed is theirs.
    run(&env, "en", &["remind", "init"]);
    let out = run(&env, "de", &preview);
    assert!(out.contains("  Etwas Wasser trinken\n"), "{out}");
    let text = std::fs::read_to_string(env.dirs().reminders_file()).unwrap();
    env.write(
        "config/reminders.toml",
        text.replacen(
            "title = \"Drink some water\"",
            "title = \"Wasser, bitte\"",
            1,
        ),
    );
    let out = run(&env, "de", &preview);
    assert!(out.contains("  hydration        Wasser, bitte\n"), "{out}");
    assert!(out.contains("  Abendliches Dehnen\n"), "{out}");
    let out = run(&env, "de", &["remind", "status"]);
    assert!(out.contains("  Wasser, bitte\n"), "{out}");
}

#[test]
fn usage_errors_in_the_test_language() {
    let env = Env::new();
    // A word close to a command: the message and its hint (`error:` and `hint:` stay).
    let o = env.output(&["--lang", "en-XA", "stetches"]);
    assert!(!o.status.success());
    let err = String::from_utf8(o.stderr).expect("UTF-8");
    assert!(err.contains("hint: ["), "{err}");
    assert_converted(&err, &["error", "hint"]);
    // clap's own words around it stay English (clap#380); the reason is ours.
    let o = env.output(&["--lang", "en-XA", "cramp", "log", "--lasted", "0s"]);
    assert!(!o.status.success());
    let err = String::from_utf8(o.stderr).expect("UTF-8");
    let ours = windown::i18n::Messages::builtin("en-XA").tr("cli-cramp-lasted-zero", &[]);
    assert!(err.contains(&ours), "{err}");
    // The reminder commands' own mistakes.
    let o = env.output(&["--lang", "en-XA", "remind", "preview", "--from", "soon"]);
    assert!(!o.status.success());
    let err = String::from_utf8(o.stderr).expect("UTF-8");
    assert!(err.contains("hint: ["), "{err}");
    assert_converted(&err, &["error", "hint"]);
    run(&env, "en", &["remind", "init"]);
    let o = env.output(&["--lang", "en-XA", "remind", "init"]);
    assert!(!o.status.success());
    let err = String::from_utf8(o.stderr).expect("UTF-8");
    assert_converted(&err, &["error", "hint"]);
    // A file in the figures folder that no step can use.
    env.write("config/figures/Bad.txt", "x\n");
    let o = env.output(&["--lang", "en-XA", "validate"]);
    let err = String::from_utf8(o.stderr).expect("UTF-8");
    assert!(err.contains("Bad.txt"), "{err}");
    assert_converted(&err, &["warning", "hint"]);
}

#[test]
fn cues_check_in_the_test_language_and_in_german() {
    let env = Env::new();
    // No speech program or player on this PATH: every sound is "nothing to play it", and
    // what to install is said.
    let o = env
        .cmd(&["--lang", "en-XA", "cues", "check"])
        .env("PATH", env.root())
        .output()
        .unwrap();
    let out = String::from_utf8(o.stdout).expect("UTF-8");
    assert!(out.lines().count() >= 9, "{out}");
    // The first line is the setup's own description (not this command's words).
    let rest: String = out.lines().skip(1).map(|l| format!("{l}\n")).collect();
    assert_converted(
        &rest,
        &[
            "speech-dispatcher (spd-say)",
            "espeak-ng",
            "`sudo apt install espeak-ng`",
            "pipewire-bin (pw-play)",
            "pulseaudio-utils (paplay)",
            "alsa-utils (aplay)",
        ],
    );
    let o = env
        .cmd(&["--lang", "de", "cues", "check"])
        .env("PATH", env.root())
        .output()
        .unwrap();
    let out = String::from_utf8(o.stdout).expect("UTF-8");
    assert!(
        out.contains("Ton: Seite wechseln (nichts, um ihn abzuspielen)"),
        "{out}"
    );
}

#[test]
fn cramp_page_and_card_in_the_test_language_say_where_they_are() {
    let env = Env::new();
    let page = env.path("page.html");
    let card = env.path("card.html");
    let (p, c) = (page.display().to_string(), card.display().to_string());
    let out = run(&env, "en-XA", &["cramp", "--page", &p, "--card", &c]);
    assert_converted(&out, &[&p, &c]);
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains("<html lang=\"en-XA\">"));
    let out = run(&env, "de", &["cramp", "--card", &c]);
    assert!(out.starts_with("Die Karte ist in "), "{out}");
    let card = std::fs::read_to_string(&card).unwrap();
    assert!(card.contains("<html lang=\"de\">"), "{card}");
    assert!(card.contains("<h2>Oberschenkel hinten</h2>"), "{card}");
}

#[test]
fn validate_in_the_test_language_and_in_german() {
    let env = Env::new();
    let root = env.root().display().to_string();
    // Nothing there yet.
    let out = run(&env, "en-XA", &["validate"]);
    assert_converted(&out, &[&root, "reminders.toml", "config.toml"]);
    let config = env.write("config/config.toml", "bedtime = \"23:00\"\n");
    let reminders =
        env.reminders("[[reminder]]\nid = \"drink\"\ntitle = \"Drink\"\nat = [\"10:00\"]\n");
    let (c, r) = (
        config.display().to_string(),
        reminders.display().to_string(),
    );
    let out = run(&env, "en-XA", &["validate", &c, &r]);
    // `ok:` stays as it is, like `error:`.
    assert_converted(&out, &["ok"]);
    assert_eq!(out.lines().count(), 2, "{out}");
    let out = run(&env, "de", &["validate", &c, &r]);
    assert_eq!(
        out,
        format!("ok: {c} (Einstellungen)\nok: {r} (1 Erinnerung)\n")
    );
}
