//! Tests over the message files: every language has every English message with the same
//! variables and attributes, every message formats without error in every language and in
//! the pseudo-locale, and the embedded list names every file on disk.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::*;

/// A message's shape: its attributes and the variables its value and attributes use.
#[derive(Debug, PartialEq, Eq, Default)]
struct Shape {
    attributes: BTreeSet<String>,
    variables: BTreeSet<String>,
}

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

/// Every message of `lang` (all its files) by id.
fn shapes(lang: &str) -> BTreeMap<String, Shape> {
    let mut out = BTreeMap::new();
    for s in SOURCES.iter().filter(|s| s.lang == lang) {
        let text = s.text();
        let res = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, e)| panic!("locales/{lang}/{}: {e:?}", s.file));
        for entry in res.body {
            if let ast::Entry::Message(m) = entry {
                let mut shape = Shape::default();
                if let Some(v) = &m.value {
                    pattern_vars(v, &mut shape.variables);
                }
                for a in &m.attributes {
                    shape.attributes.insert(a.id.name.to_string());
                    pattern_vars(&a.value, &mut shape.variables);
                }
                let dup = out.insert(m.id.name.to_string(), shape);
                assert!(dup.is_none(), "{lang}: {} twice", m.id.name);
            }
        }
    }
    out
}

#[test]
fn every_file_on_disk_is_embedded_and_every_language_has_a_status() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut on_disk = BTreeSet::new();
    for lang in std::fs::read_dir(&root).unwrap() {
        let lang = lang.unwrap().path();
        let name = lang.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            LANGUAGES.contains(&name.as_str()),
            "locales/{name} is not in LANGUAGES"
        );
        for f in std::fs::read_dir(&lang).unwrap() {
            let f = f.unwrap().file_name().to_string_lossy().into_owned();
            if f.ends_with(".ftl") {
                on_disk.insert(format!("{name}/{f}"));
            }
        }
    }
    let embedded: BTreeSet<String> = SOURCES
        .iter()
        .map(|s| format!("{}/{}", s.lang, s.file))
        .collect();
    assert_eq!(
        on_disk, embedded,
        "add each locales/<lang>/<area>.ftl to SOURCES"
    );
    for lang in LANGUAGES {
        let s = status(lang);
        assert!(
            ["source", "draft", "reviewed", "clinically-reviewed"].contains(&s.status.as_str()),
            "{lang}: {s:?}"
        );
        assert!(
            STATUS
                .iter()
                .any(|(l, t)| l == lang && toml::from_str::<Status>(t).is_ok())
        );
    }
    assert_eq!(status("en").status, "source");
}

#[test]
fn each_file_unpacks_to_its_text_on_disk_and_its_ids_are_the_messages_fluent_parses() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let (mut packed, mut unpacked) = (0, 0);
    for s in SOURCES {
        let on_disk = std::fs::read_to_string(root.join(s.lang).join(s.file)).unwrap();
        let text = s.text();
        assert_eq!(text, on_disk, "locales/{}/{}", s.lang, s.file);
        (packed, unpacked) = (packed + s.packed.len(), unpacked + text.len());
        let res = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, e)| panic!("locales/{}/{}: {e:?}", s.lang, s.file));
        let parsed: Vec<&str> = res
            .body
            .iter()
            .filter_map(|e| match e {
                ast::Entry::Message(m) => Some(m.id.name),
                _ => None,
            })
            .collect();
        let listed: Vec<&str> = s.ids.lines().collect();
        assert_eq!(listed, parsed, "locales/{}/{}", s.lang, s.file);
    }
    // About half the size or less (a tiny file is a little longer packed).
    assert!(packed * 2 < unpacked, "{packed} of {unpacked} bytes");
    use embed::message_id;
    assert_eq!(message_id("cue-hold = Hold."), Some("cue-hold"));
    assert_eq!(message_id("a_b-9 =x"), Some("a_b-9"));
    for line in [
        "-term = x",
        "# cue = x",
        "    .spoken = x",
        "cue-hold",
        "9x = y",
        "",
    ] {
        assert_eq!(message_id(line), None, "{line}");
    }
}

#[test]
fn packing_gives_back_any_text() {
    let samples = [
        String::new(),
        "a".into(),
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".repeat(5),
        "cue-hold = Halten.\ncue-rest = Pause. Ä ö ü ß — “x”\n".repeat(40),
        (0..3000u32)
            .map(|i| char::from_u32(0x20 + (i * 7919) % 0x2000).unwrap_or('x'))
            .collect(),
    ];
    for text in samples {
        assert_eq!(embed::unpack(&embed::pack(text.as_bytes())), text);
    }
}

#[test]
fn a_message_file_is_parsed_only_when_one_of_its_messages_is_asked_for() {
    let de = Messages::builtin("de");
    assert!(de.files.iter().all(|f| f.parsed.get().is_none()));
    assert!(de.has("cue-hold") && !de.has("no-such-message"));
    assert!(de.files.iter().all(|f| f.parsed.get().is_none()));
    assert_eq!(de.tr("cue-hold", &[]), "Halten.");
    let parsed: Vec<&str> = de
        .files
        .iter()
        .filter(|f| f.parsed.get().is_some())
        .map(|f| f.source.file)
        .collect();
    assert_eq!(parsed, ["cues.ftl"]);
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let en = shapes("en");
    assert!(!en.is_empty());
    for lang in &LANGUAGES[1..] {
        let other = shapes(lang);
        let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang} has {extra:?}, which English does not"
        );
        for (id, shape) in &en {
            assert_eq!(&other[id], shape, "{lang}: {id} differs from English");
        }
    }
}

/// A value for each variable a message uses.
fn sample(var: &str) -> Arg<'static> {
    match var {
        "side" => Arg::from("left"),
        "limb" => Arg::from("foot"),
        "half" => Arg::from("pm"),
        "hh" | "mm" => Arg::from("07"),
        "title" | "spoken" | "name" | "what" | "path" => Arg::from("Text"),
        _ => Arg::from(2u32),
    }
}

#[test]
fn every_message_formats_without_error_in_every_language_and_the_pseudo_locale() {
    let en = shapes("en");
    let english = Messages::builtin("en");
    let (mut en_len, mut pseudo_len) = (0, 0);
    for lang in LANGUAGES.iter().chain([&PSEUDO]) {
        let m = Messages::builtin(lang);
        assert_eq!(m.lang(), *lang);
        for (id, shape) in &en {
            let args: Vec<(&str, Arg<'_>)> = shape
                .variables
                .iter()
                .map(|v| (v.as_str(), sample(v)))
                .collect();
            // A message of attributes only (content.ftl's `stretch-…`) has no value to format.
            let has_value = english
                .bundle_of(id)
                .and_then(|b| b.get_message(id))
                .is_some_and(|msg| msg.value().is_some());
            let mut names = if has_value { vec![None] } else { Vec::new() };
            names.extend(shape.attributes.iter().map(|a| Some(a.as_str())));
            for attr in names {
                let out = m.format(id, attr, &args);
                let out = out.unwrap_or_else(|| panic!("{lang}: {id} {attr:?} does not format"));
                assert!(!out.trim().is_empty(), "{lang}: {id} is empty");
                assert!(
                    !out.contains('\u{2068}') && !out.contains('\u{2069}'),
                    "{lang}: {id} isolates"
                );
                if *lang == PSEUDO {
                    assert!(out.starts_with('[') && out.ends_with(']'), "{id}: {out}");
                    en_len += english.tr(id, &args).chars().count();
                    pseudo_len += out.chars().count();
                    assert_ne!(out, english.tr(id, &args), "{id}");
                }
            }
        }
    }
    // About 40% longer on the whole, markers included (numbers and variables stay).
    assert!(pseudo_len * 10 >= en_len * 13, "{pseudo_len} vs {en_len}");
}

#[test]
fn plurals_follow_each_language() {
    let n = |lang: &str, n: u32| Messages::builtin(lang).tr("count-nights", &[("n", Arg::from(n))]);
    assert_eq!(n("en", 1), "1 night");
    assert_eq!(n("en", 0), "0 nights");
    assert_eq!(n("de", 2), "2 Nächte");
    // French: 0 and 1 are both "one".
    assert_eq!(n("fr", 0), "0 nuit");
    assert_eq!(n("es", 5), "5 noches");
}

#[test]
fn weekdays_months_and_the_clock_per_language() {
    let de = Messages::builtin("de");
    assert_eq!(weekday(&de, chrono::Weekday::Mon), "Montag");
    assert_eq!(weekday(&de, chrono::Weekday::Sun), "Sonntag");
    assert_eq!(month(&Messages::builtin("fr"), 8), "août");
    let t = chrono::NaiveTime::from_hms_opt(22, 5, 0).unwrap();
    assert_eq!(clock(&Messages::builtin("en"), t), "22:05");
    assert_eq!(clock(&Messages::builtin("fr"), t), "22 h 05");
    // A language whose clock has 12 hours (an override, as a translator would try it).
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("locales/en");
    std::fs::create_dir_all(&f).unwrap();
    std::fs::write(f.join("common.ftl"), "clock-hours = 12\n").unwrap();
    let us = Messages::with_overrides("en", dir.path()).unwrap();
    assert_eq!(clock(&us, t), "10:05 p.m.");
    assert_eq!(
        clock(&us, chrono::NaiveTime::from_hms_opt(0, 30, 0).unwrap()),
        "12:30 a.m."
    );
}

#[test]
fn a_missing_message_falls_back_to_english_whole_and_never_shows_isolation_marks() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("locales/de");
    std::fs::create_dir_all(&f).unwrap();
    // A translator's try: one message changed, one broken (a variable English lacks).
    std::fs::write(
        f.join("cues.ftl"),
        "cue-rest = Pause machen.\ncue-rep = { $x } von { $reps }.\n",
    )
    .unwrap();
    let de = Messages::with_overrides("de", dir.path()).unwrap();
    assert_eq!(de.tr("cue-rest", &[]), "Pause machen.");
    assert_eq!(de.tr("cue-hold", &[]), "Halten.");
    let rep = [("rep", Arg::from(2u32)), ("reps", Arg::from(3u32))];
    assert_eq!(de.tr("cue-rep", &rep), "2 of 3.");
    assert_eq!(de.tr("no-such-message", &[]), "no-such-message");
    assert!(
        !de.tr("cue-title", &[("title", Arg::from("Wade"))])
            .contains('\u{2068}')
    );
}

#[test]
fn a_bad_override_is_a_located_error() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("locales/fr");
    std::fs::create_dir_all(&f).unwrap();
    let path = f.join("cues.ftl");
    std::fs::write(&path, "cue-rest = Repos.\nbad line\ncue-hold = Tenez.\n").unwrap();
    let Err(Failure::Diagnostics { diagnostics, .. }) = Messages::with_overrides("fr", dir.path())
    else {
        panic!("a syntax error is refused");
    };
    assert_eq!(diagnostics[0].path, path.display().to_string());
    assert_eq!(diagnostics[0].line, 2);
    std::fs::write(&path, "cue-rest = Re\u{1b}[31mpos.\n").unwrap();
    let Err(Failure::Diagnostics { diagnostics, .. }) = Messages::with_overrides("fr", dir.path())
    else {
        panic!("a control character is refused");
    };
    assert_eq!((diagnostics[0].line, diagnostics[0].column), (1, 14));
    std::fs::write(&path, "cue-rest = Re\u{202e}pos.\n").unwrap();
    assert!(Messages::with_overrides("fr", dir.path()).is_err());
    // No folder: the embedded messages.
    assert_eq!(
        Messages::with_overrides("es", dir.path())
            .unwrap()
            .tr("cue-rest", &[]),
        "Descanse."
    );
}

#[test]
fn safety_texts_carry_english_until_clinically_reviewed() {
    let en = safety_in(&Messages::builtin("en"), "cue-caution", &[]);
    assert_eq!(en.english, None);
    assert_eq!(en.lines(), ["Stop any stretch that hurts."]);
    let de = safety_in(&Messages::builtin("de"), "cue-caution", &[]);
    assert_eq!(de.text, "Brechen Sie jede Dehnung ab, die schmerzt.");
    assert_eq!(de.english.as_deref(), Some("Stop any stretch that hurts."));
    assert!(Messages::builtin("de").status().is_draft());
    assert!(
        safety_in(&Messages::builtin(PSEUDO), "cue-caution", &[])
            .english
            .is_none()
    );
}

#[test]
fn the_macro_takes_typed_arguments() {
    assert_eq!(crate::t!("cue-rep", rep = 1u32, reps = 3usize), "1 of 3.");
    assert_eq!(
        crate::t!("cue-side", side = "right", limb = "foot"),
        "Right foot."
    );
    assert_eq!(tr("cue-hold", &[]), "Hold.");
}

#[test]
fn speech_is_in_a_language_that_has_the_cues_and_the_routines_words() {
    // The rule asks for both files' messages, not a vacuous empty list.
    let ids: Vec<&str> = spoken_ids().collect();
    assert!(
        ids.contains(&"cue-hold") && ids.contains(&"stretch-wall-calf"),
        "{ids:?}"
    );
    assert!(ids.contains(&"routine-wind-down-step-9"), "{ids:?}");
    for lang in LANGUAGES {
        assert!(speaks_content(&Messages::builtin(lang)), "{lang}");
    }
    // The test language is spoken in English; the process's language in tests is English.
    assert!(!speaks_content(&Messages::builtin(PSEUDO)));
    assert_eq!(speech().lang(), "en");
}

/// A thread's scoped language is spoken inside its scope only: it never becomes the
/// process's speech language for the other threads (tests), whichever asks first.
#[test]
fn a_scoped_language_is_spoken_in_its_scope_only() {
    let de: &'static Messages = Box::leak(Box::new(Messages::builtin("de")));
    let xa: &'static Messages = Box::leak(Box::new(Messages::builtin(PSEUDO)));
    assert_eq!(scoped(de, || speech().speech_lang()), "de");
    assert_eq!(speech().lang(), "en");
    // The test language is spoken in English in its scope as well.
    assert_eq!(scoped(xa, || speech().lang()), "en");
    assert_eq!(
        std::thread::spawn(|| speech().lang()).join().ok(),
        Some("en")
    );
}

#[test]
fn a_language_chosen_once_is_written_to_an_existing_config() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    // No file yet: the first run writes one; nothing is made here.
    assert!(remember(&path, "de").is_err());
    assert!(!path.exists());
    std::fs::write(&path, "# my day\nwake = \"06:30\"\n\n[voice]\nrate = 150\n").unwrap();
    assert_eq!(remember(&path, "de"), Ok(true));
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.starts_with("# my day\nwake = \"06:30\"\nlanguage = \"de\"\n"),
        "{text}"
    );
    let doc: toml::Table = toml::from_str(&text).unwrap();
    assert_eq!(doc["language"].as_str(), Some("de"));
    // Once there, never changed.
    assert_eq!(remember(&path, "fr"), Ok(false));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
}
