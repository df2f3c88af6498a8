use super::*;
use crate::paths::Dirs;
use crate::routine::figures::{MAX_COLUMNS, MAX_LINES, figure};

#[test]
fn every_shipped_routine_loads() {
    let ids: Vec<&str> = ROUTINES.iter().map(|b| b.id).collect();
    assert_eq!(
        ids,
        [
            "evening-legs",
            "evening-legs-extended",
            "seated-legs",
            "wind-down"
        ]
    );
    for b in ROUTINES {
        let r = b.load().unwrap_or_else(|d| panic!("{}: {d:?}", b.id));
        assert_eq!(r.id, b.id);
        assert!(
            r.notes.as_deref().is_some_and(|n| n.contains("Safety")),
            "{}",
            b.id
        );
        // Built-ins set no id, so `windown new --from` copies need no edit.
        assert!(!b.source.lines().any(|l| l.starts_with("id ")), "{}", b.id);
        for s in &r.steps {
            if s.kind == crate::routine::StepKind::Timed
                && !s.targets.is_empty()
                && !s.targets.contains(&crate::routine::Target::Breathing)
            {
                assert!(s.caution.is_some(), "{}: {} has no caution", b.id, s.title);
                assert!(s.figure.is_some(), "{}: {} has no figure", b.id, s.title);
            }
        }
    }
}

#[test]
fn the_core_routine_matches_the_trial_protocol() {
    let r = ROUTINES[0].load().unwrap();
    let plan = crate::routine::Plan::of(&r);
    // A set-up task first, then the stretches.
    assert_eq!(r.steps[0].kind, crate::routine::StepKind::Task);
    for s in &r.steps[1..] {
        assert_eq!(
            (s.duration.as_secs(), s.reps, s.rest.as_secs()),
            (10, 3, 10)
        );
        assert_eq!(s.sides, crate::routine::Sides::Both);
    }
    // About four minutes with the get-ready and switch pauses.
    assert!(
        (180..=270).contains(&plan.total.as_secs()),
        "{:?}",
        plan.total
    );
}

#[test]
fn no_medication_advice_anywhere() {
    for b in ROUTINES {
        let lower = b.source.to_lowercase();
        for word in [
            "quinine",
            "magnesium",
            "carisoprodol",
            "soma ",
            " dose",
            "dosage",
            "supplement",
            "painkiller",
        ] {
            assert!(!lower.contains(word), "{} mentions {word}", b.id);
        }
    }
}

#[test]
fn every_figure_a_built_in_names_exists_and_fits() {
    let tmp = tempfile::tempdir().unwrap();
    let dirs = Dirs::under(tmp.path());
    for b in ROUTINES {
        for s in b.load().unwrap().steps {
            if let Some(name) = &s.figure {
                for unicode in [false, true] {
                    let f = figure(&dirs, name, unicode)
                        .unwrap_or_else(|| panic!("{}: no figure {name}", b.id));
                    assert!(unicode || f.lines.iter().all(|l| l.is_ascii()));
                }
            }
        }
    }
    for (name, text) in FIGURES {
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines.len() <= MAX_LINES, "{name}: {} lines", lines.len());
        for l in &lines {
            assert!(
                l.chars().count() <= MAX_COLUMNS,
                "{name}: line too wide: {l}"
            );
            assert!(!l.contains('\t'), "{name}: tab");
        }
        if !name.ends_with(".utf8") {
            assert!(text.is_ascii(), "{name} must be ASCII");
        }
        let f = figure(&dirs, name.trim_end_matches(".utf8"), false).unwrap();
        assert!(f.lines.iter().all(|l| l.is_ascii()));
    }
}

#[test]
fn built_in_figures_have_a_unicode_variant() {
    let tmp = tempfile::tempdir().unwrap();
    let dirs = Dirs::under(tmp.path());
    for name in crate::routine::figures::builtin_names() {
        let u = figure(&dirs, name, true).unwrap();
        assert!(u.lines.iter().any(|l| !l.is_ascii()), "{name}");
        let a = figure(&dirs, name, false).unwrap();
        assert_eq!((a.width, a.height), (u.width, u.height), "{name}");
    }
}

#[test]
fn user_figures_come_first_and_ascii_mode_stays_ascii() {
    let tmp = tempfile::tempdir().unwrap();
    let dirs = Dirs::under(tmp.path());
    std::fs::create_dir_all(dirs.figures()).unwrap();
    std::fs::write(
        dirs.figures().join("wall-calf.txt"),
        "mine\t|\n\x1b[31mred\n\n\n",
    )
    .unwrap();
    std::fs::write(dirs.figures().join("wall-calf.utf8.txt"), "┌─┐\n└─┘\n").unwrap();
    let f = figure(&dirs, "wall-calf", false).unwrap();
    assert_eq!(f.lines, ["mine    |", " [31mred"]);
    assert_eq!((f.width, f.height), (9, 2));
    let u = figure(&dirs, "wall-calf", true).unwrap();
    assert_eq!(u.lines, ["┌─┐", "└─┘"]);
    // A Unicode-only figure is passed over in ASCII mode.
    std::fs::write(dirs.figures().join("own.txt"), "┌─┐\n").unwrap();
    assert_eq!(figure(&dirs, "own", false), None);
    assert!(figure(&dirs, "own", true).is_some());
    assert_eq!(figure(&dirs, "../etc/passwd", true), None);
    // Big figures are cropped.
    std::fs::write(
        dirs.figures().join("big.txt"),
        format!("{}\n", "x".repeat(99)).repeat(30),
    )
    .unwrap();
    let b = figure(&dirs, "big", false).unwrap();
    assert_eq!((b.width, b.height), (40, 20));
}

#[test]
fn figure_width_counts_terminal_columns() {
    let f = crate::routine::figures::clean("日本\n ab\n").unwrap();
    assert_eq!(f.width, 4);
    let wide = "日".repeat(30);
    let f = crate::routine::figures::clean(&wide).unwrap();
    assert_eq!(f.width, 40);
}

#[test]
fn safety_wording_follows_the_brief() {
    use crate::routine::Target;
    for b in ROUTINES {
        let r = b.load().unwrap();
        let notes = r.notes.unwrap_or_default();
        assert!(notes.contains("hard, sore veins"), "{}", b.id);
        for s in &r.steps {
            let leg = s
                .targets
                .iter()
                .any(|t| matches!(t, Target::Calves | Target::Hamstrings | Target::Quadriceps));
            if leg {
                let c = s.caution.as_deref().unwrap_or_default();
                assert!(c.contains("Stop if it hurts."), "{}: {}", b.id, s.title);
                assert!(!c.contains("Ease off"), "{}: {}", b.id, s.title);
            }
            if s.targets.contains(&Target::Hamstrings) {
                let text = s.instructions.join(" ");
                assert!(!text.contains("bed"), "{}: {}", b.id, s.title);
            }
        }
    }
    let wind_down = ROUTINES
        .iter()
        .find(|b| b.id == "wind-down")
        .unwrap()
        .load()
        .unwrap()
        .notes
        .unwrap_or_default();
    for needle in [
        "last caffeine",
        "six hours before",
        "last sizeable drink about two hours",
        "warm bath or shower",
        "60 to 90 minutes",
    ] {
        assert!(wind_down.contains(needle), "{needle}");
    }
}
