use super::*;

fn errs(text: &str) -> Vec<String> {
    match parse("r.toml", text, "r", Origin::BuiltIn) {
        Ok(_) => vec![],
        Err(ds) => ds
            .iter()
            .map(|d| match &d.hint {
                Some(h) => format!("{} [{}]", d.headline(), h),
                None => d.headline(),
            })
            .collect(),
    }
}

#[test]
fn builtins_load() {
    for b in crate::routine::builtin::ROUTINES {
        b.load().unwrap();
    }
}
#[test]
fn reps_zero_points_at_the_value() {
    let t = "title = \"x\"\n[[step]]\ntitle = \"b\"\nhold = \"5s\"\nreps = 0\n";
    assert_eq!(
        errs(t),
        ["r.toml:5:8: step 1 (\"b\"): reps must be between 1 and 50, not 0"]
    );
}

const HEAD: &str = "title = \"T\"\n[[step]]\ntitle = \"Calf\"\n";

/// Every kind of mistake, with the exact message, line and column (and hint, in brackets).
#[test]
fn each_mistake_is_located_and_named() {
    let cases: Vec<(&str, String)> = vec![
        ("unknown key", format!("{HEAD}hodl = \"5s\"\n")),
        (
            "unknown target",
            format!("{HEAD}hold = \"5s\"\ntargets = [\"hamstring\"]\n"),
        ),
        ("bad duration", format!("{HEAD}hold = \"5 parsecs\"\n")),
        ("timed zero", format!("{HEAD}hold = 0\n")),
        ("reps 51", format!("{HEAD}hold = \"5s\"\nreps = 51\n")),
        ("over 2h", format!("{HEAD}hold = \"3h\"\n")),
        (
            "too many steps",
            format!(
                "title = \"T\"\n[defaults]\nhold = \"5s\"\n{}",
                "[[step]]\ntitle = \"s\"\n".repeat(201)
            ),
        ),
        (
            "text too long",
            format!("{HEAD}hold = \"5s\"\ncaution = \"{}\"\n", "x".repeat(2001)),
        ),
        (
            "control char",
            format!("{HEAD}hold = \"5s\"\ninstructions = [\"ok\", \"red \\u001b[31m\"]\n"),
        ),
        (
            "bad id",
            "id = \"Evening Legs\"\ntitle = \"T\"\n[[step]]\ntitle = \"a\"\nhold = \"5s\"\n".into(),
        ),
        (
            "bad sides",
            format!("{HEAD}hold = \"5s\"\nsides = \"bth\"\n"),
        ),
        (
            "bad kind",
            "kind = \"strech\"\ntitle = \"T\"\n[[step]]\ntitle = \"a\"\nhold = \"5s\"\n".into(),
        ),
        ("no steps", "title = \"T\"\n".into()),
        (
            "missing title",
            "summary = \"s\"\n[[step]]\ntitle = \"a\"\nhold = \"5s\"\n".into(),
        ),
        ("wrong type", format!("{HEAD}hold = \"5s\"\nreps = \"3\"\n")),
        ("toml syntax", "title = \"T\"\n[[step]\n".into()),
        (
            "task with duration",
            format!("{HEAD}kind = \"task\"\nhold = \"5s\"\n"),
        ),
        (
            "alias twice",
            format!("{HEAD}hold = \"5s\"\nduration = \"5s\"\n"),
        ),
        (
            "bad figure",
            format!("{HEAD}hold = \"5s\"\nfigure = \"../etc/passwd\"\n"),
        ),
        ("bad step kind", format!("{HEAD}kind = \"tsk\"\n")),
        (
            "defaults reps 0",
            "title = \"T\"\n[defaults]\nreps = 0\n[[step]]\ntitle = \"a\"\nhold = \"5s\"\n".into(),
        ),
        (
            "steps typo",
            "title = \"T\"\n[[steps]]\ntitle = \"a\"\n".into(),
        ),
        ("negative", format!("{HEAD}hold = \"5s\"\nrest = -1\n")),
        ("float", format!("{HEAD}hold = 1.5\n")),
        ("no unit", format!("{HEAD}hold = \"10\"\n")),
        (
            "empty title",
            "title = \"\"\n[[step]]\ntitle = \"a\"\nhold = \"5s\"\n".into(),
        ),
        ("no duration", HEAD.to_string()),
    ];
    let got: Vec<(&str, Vec<String>)> = cases.iter().map(|(n, t)| (*n, errs(t))).collect();
    insta::assert_debug_snapshot!(got);
}

fn ok(text: &str) -> Routine {
    parse("r.toml", text, "r", Origin::BuiltIn).unwrap_or_else(|d| panic!("{d:?}"))
}

#[test]
fn defaults_fill_what_steps_leave_out() {
    let r = ok("title = \"T\"\n\
         [defaults]\nhold = \"20s\"\nreps = 3\nrest = \"1m\"\nsides = \"both\"\nswitch = 0\nprepare = \"0s\"\n\
         [[step]]\ntitle = \"a\"\n\
         [[step]]\ntitle = \"b\"\nduration = 7\nreps = 1\nsides = \"left\"\nprepare = \"2s\"\n\
         [[step]]\ntitle = \"c\"\nkind = \"task\"\n");
    let secs = Duration::from_secs;
    let a = &r.steps[0];
    assert_eq!(
        (a.duration, a.reps, a.rest, a.sides, a.switch, a.prepare),
        (secs(20), 3, secs(60), Sides::Both, secs(0), secs(0))
    );
    let b = &r.steps[1];
    assert_eq!(
        (b.duration, b.reps, b.sides, b.prepare),
        (secs(7), 1, Sides::Left, secs(2))
    );
    let c = &r.steps[2];
    assert_eq!(c.kind, StepKind::Task);
    assert_eq!((c.duration, c.prepare, c.reps), (secs(0), secs(0), 1));
    assert_eq!((r.id.as_str(), r.kind), ("r", RoutineKind::Stretch));
}

#[test]
fn built_in_defaults_when_nothing_is_set() {
    let r = ok(
        "title = \"T\"\nkind = \"wind-down\"\nid = \"x-1\"\n[[step]]\ntitle = \"a\"\nhold = \"1m30s\"\n",
    );
    let s = &r.steps[0];
    assert_eq!(r.id, "x-1");
    assert_eq!(r.kind, RoutineKind::WindDown);
    assert_eq!(s.duration, Duration::from_secs(90));
    assert_eq!(
        (s.reps, s.rest, s.prepare, s.switch, s.sides),
        (
            DEFAULT_REPS,
            DEFAULT_REST,
            DEFAULT_PREPARE,
            DEFAULT_SWITCH,
            Sides::None
        )
    );
}

#[test]
fn line_breaks_and_tabs_are_fine_other_controls_are_not() {
    let r = ok("title = \"T\"\nnotes = \"a\\r\\nb\\tc\"\n[[step]]\ntitle = \"a\"\nhold = 5\n");
    assert_eq!(r.notes.as_deref(), Some("a\nb\tc"));
    let e = errs("title = \"T\\u0007\"\n[[step]]\ntitle = \"a\\r\"\nhold = 5\n");
    assert_eq!(
        e,
        [
            "r.toml:1:9: title contains the control character U+0007 [text may hold line breaks and tabs, but no other control characters]",
            "r.toml:3:9: step 1 (\"a\\u{d}\"): title contains the control character U+000D [text may hold line breaks and tabs, but no other control characters]",
        ]
    );
}

#[test]
fn bidirectional_marks_are_refused_with_a_hint() {
    // U+200F (right-to-left mark) and U+061C (Arabic letter mark) were let through before;
    // the overrides and isolates (U+202E, U+2066) always were refused.
    let e = errs(
        "title = \"T\"\nnotes = \"a\\u200Fb\"\n[[step]]\ntitle = \"a\"\ninstructions = [\"x\\u061C\", \"y\\u2066\"]\nhold = 5\n",
    );
    let hint = crate::text::bidi_hint();
    assert_eq!(
        e,
        [
            format!("r.toml:2:9: notes contains the control character U+200F [{hint}]"),
            format!(
                "r.toml:5:17: step 1 (\"a\"): instructions contains the control character U+061C [{hint}]"
            ),
            format!(
                "r.toml:5:28: step 1 (\"a\"): instructions contains the control character U+2066 [{hint}]"
            ),
        ]
    );
}

#[test]
fn a_file_stem_that_is_no_id_needs_an_id_key() {
    let e = parse(
        "My File.toml",
        "title = \"T\"\n[[step]]\ntitle = \"a\"\nhold = 5\n",
        "My File",
        Origin::BuiltIn,
    )
    .unwrap_err();
    assert_eq!(
        e[0].headline(),
        "My File.toml:1:1: the file name \"My File\" is not a valid routine id"
    );
    assert!(
        parse(
            "My File.toml",
            "id = \"mine\"\ntitle = \"T\"\n[[step]]\ntitle = \"a\"\nhold = 5\n",
            "My File",
            Origin::BuiltIn
        )
        .is_ok()
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let e = errs(
        "title = \"T\"\n[[step]]\ntitle = \"a\"\nhold = \"3h\"\nreps = 0\ntargets = [\"calfs\"]\n",
    );
    assert_eq!(e.len(), 3, "{e:?}");
}

#[test]
fn ids_and_figure_names() {
    for good in ["evening-legs", "a", "x1", "2-legs"] {
        assert!(is_valid_id(good), "{good}");
    }
    for bad in ["", "-x", "Evening", "a_b", "a b", "é", &"a".repeat(65)] {
        assert!(!is_valid_id(bad), "{bad}");
    }
    assert!(is_valid_figure_name("wall_calf-2"));
    assert!(!is_valid_figure_name("../x"));
}

#[test]
fn never_panics_on_junk() {
    let samples: [&[u8]; 6] = [
        b"",
        b"\0\0\0",
        b"[[step]]\n[[step]]\n[step]",
        b"title = \"\xe2\x80\xae\"",
        b"step = 3",
        b"step = [1, 2]\ndefaults = 4",
    ];
    for bytes in samples {
        if let Ok(text) = std::str::from_utf8(bytes) {
            let _ = parse("j.toml", text, "j", Origin::BuiltIn);
        }
    }
    let mut seed: u32 = 7;
    for _ in 0..200 {
        let text: String = (0..64)
            .map(|_| {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                b"[]=\"\n tile#step.,{}0s"[(seed >> 16) as usize % 19] as char
            })
            .collect();
        let _ = parse("j.toml", &text, "j", Origin::BuiltIn);
    }
}

#[test]
fn syntax_errors_name_their_table() {
    assert_eq!(
        errs("title = \"T\"\n[defaults]\nhld = 3\n[[step]]\ntitle = \"a\"\n"),
        ["r.toml:3:1: [defaults]: unknown key \"hld\" [did you mean \"hold\"?]"]
    );
    assert_eq!(
        errs(
            "title = \"T\"\n[[step]]\ntitle = \"a\"\nhold = 5\n\n  [[ step ]]\ntitle = \"b\"\nrest = \n"
        ),
        ["r.toml:8:8: step 2: string values must be quoted, expected literal string"]
    );
}

#[test]
fn hold_and_duration_point_at_the_later_key() {
    assert_eq!(
        errs(&format!(
            "{HEAD}hold = \"5s\"\nreps = 2\nduration = \"6s\"\n"
        )),
        [
            "r.toml:6:1: step 1: duration is set twice [\"hold\" and \"duration\" are two names for one key; keep one]"
        ]
    );
}

#[test]
fn step_numbers_come_from_the_tables_not_from_lines() {
    let t = "title = \"T\"\n[[step]]\ntitle = \"a\"\nhold = 5\ncaution = \"\"\"\n[[step]]\n\"\"\"\n[[step]]\ntitle = \"b\"\nhold = 5\nhld = 3\n";
    assert_eq!(
        errs(t),
        ["r.toml:11:1: step 2 (\"b\"): unknown key \"hld\" [did you mean \"hold\"?]"]
    );
}

#[test]
fn a_single_bracket_step_gets_a_double_bracket_hint() {
    assert_eq!(
        errs("title = \"T\"\n[step]\ntitle = \"a\"\nhold = 5\n"),
        [
            "r.toml:2:1: step must be a list of [[step]] tables [use [[step]] (double brackets) for each step]"
        ]
    );
}

#[test]
fn titles_are_one_line() {
    assert_eq!(
        errs("title = \"T\\nx\"\n[[step]]\ntitle = \"a\\tb\"\nhold = 5\n"),
        [
            "r.toml:1:9: title holds a line break or a tab [a title is one line; put longer text in summary, notes or instructions]",
            "r.toml:3:9: step 1 (\"a b\"): title holds a line break or a tab [a title is one line; put longer text in summary, notes or instructions]",
        ]
    );
}

#[test]
fn problems_are_sorted_by_position_and_capped_at_50() {
    let mut t = String::from("title = \"T\"\n");
    for _ in 0..80 {
        t.push_str("[[step]]\ntitle = \"a\"\nhold = \"1x\"\n");
    }
    let e = errs(&t);
    assert_eq!(e.len(), 51);
    assert_eq!(e[50], "r.toml: ... and 30 more problems in this file");
    // [defaults] is checked before the steps, but a [defaults] below them is listed after.
    let e = errs("title = \"T\"\n[[step]]\ntitle = \"a\"\nhold = \"1x\"\n[defaults]\nreps = 0\n");
    assert!(e[0].starts_with("r.toml:4:8: step 1"), "{e:?}");
    assert!(e[1].starts_with("r.toml:6:8: [defaults]"), "{e:?}");
}

#[test]
fn a_file_name_that_is_not_utf8_is_shown_lossily() {
    use std::os::unix::ffi::OsStrExt;
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp
        .path()
        .join(std::ffi::OsStr::from_bytes(b"caf\xe9.toml"));
    std::fs::write(&p, "title = \"T\"\n[[step]]\ntitle = \"a\"\nhold = 5\n").unwrap();
    let e = read_file(&p).unwrap_err();
    assert!(
        e[0].message
            .starts_with("the file name \"caf\u{fffd}\" is not a valid routine id"),
        "{}",
        e[0].message
    );
}

#[test]
fn side_placeholders_are_known_and_a_misspelt_one_is_pointed_at() {
    let ok = format!(
        "{HEAD}hold = \"5s\"\nsides = \"both\"\ninstructions = [\"Step your {{side}} foot back, {{other}} forward.\", \"A {{ brace }}\"]\ncaution = \"Your {{side}} knee.\"\n"
    );
    assert_eq!(errs(&ok), Vec::<String>::new());
    let bad = format!("{HEAD}hold = \"5s\"\ninstructions = [\"Step your {{sid}} foot back.\"]\n");
    assert_eq!(
        errs(&bad),
        [
            "r.toml:5:28: step 1 (\"Calf\"): instructions has an unknown placeholder \"{sid}\" [did you mean \"{side}\"?]"
        ]
    );
}

#[test]
fn a_breath_pacer_needs_both_halves_within_limits() {
    let ok = format!("{HEAD}hold = \"1m\"\nbreathe = {{ in = \"4s\", out = \"6s\" }}\n");
    assert_eq!(errs(&ok), Vec::<String>::new());
    let r = parse("r.toml", &ok, "r", Origin::BuiltIn).unwrap();
    assert_eq!(
        r.steps[0].breathe,
        Some(Breathe {
            inhale: Duration::from_secs(4),
            exhale: Duration::from_secs(6)
        })
    );
    let bad = format!("{HEAD}hold = \"1m\"\nbreathe = {{ in = \"0s\" }}\n");
    assert_eq!(
        errs(&bad),
        [
            "r.toml:5:11: step 1 (\"Calf\"): breathe needs \"out\" [write breathe = { in = \"4s\", out = \"6s\" }]",
            "r.toml:5:18: step 1 (\"Calf\"): breathe in must be over 0 and at most 30 seconds [a calm breath is a few seconds each way, such as in = \"4s\", out = \"6s\"]",
        ]
    );
    let task = "title = \"T\"\n[[step]]\ntitle = \"x\"\nkind = \"task\"\nbreathe = { in = \"4s\", out = \"4s\" }\n";
    assert_eq!(errs(task).len(), 1);
}

#[test]
fn the_title_rule_of_new_is_the_parsers() {
    let long = "x".repeat(MAX_TEXT_CHARS + 1);
    for title in [
        "Evening legs",
        "",
        "  ",
        "a\u{202e}b",
        "a\u{1b}[2Jb",
        "two\nlines",
        "tab\there",
        long.as_str(),
    ] {
        let text = format!(
            "title = {}\n[[step]]\ntitle = \"a\"\nhold = 5\n",
            toml_edit::Value::from(title)
        );
        let parsed = parse("r.toml", &text, "r", Origin::BuiltIn);
        match (super::title_problem(title), parsed) {
            (None, Ok(_)) => {}
            (Some((message, _)), Err(d)) => {
                assert!(
                    d[0].headline().ends_with(&message),
                    "{title:?}: {message} / {d:?}"
                )
            }
            (p, r) => panic!("{title:?}: {p:?} but {r:?}"),
        }
    }
}

#[test]
fn lang_names_the_language_of_a_files_words() {
    let r =
        ok("title = \"Abends\"\nlang = \"de\"\n[[step]]\ntitle = \"Wade\"\nduration = \"10s\"\n");
    assert_eq!(r.lang, Some("de"));
    assert_eq!(
        ok("title = \"T\"\n[[step]]\ntitle = \"S\"\nduration = \"10s\"\n").lang,
        None
    );
    let e = errs("title = \"T\"\nlang = \"dk\"\n[[step]]\ntitle = \"S\"\nduration = \"10s\"\n");
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(
        e[0].starts_with(
            "r.toml:2:8: lang must be one of \"en\", \"es\", \"de\", \"fr\", not \"dk\""
        ),
        "{e:?}"
    );
    assert!(e[0].contains("did you mean \"de\"?"), "{e:?}");
    let e =
        errs("title = \"T\"\nlang = \"klingon\"\n[[step]]\ntitle = \"S\"\nduration = \"10s\"\n");
    assert_eq!(e.len(), 1, "{e:?}");
}
