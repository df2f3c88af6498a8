//! The built-in content, read as a person would: no medicine named anywhere windown ships
//! (routines, the stretch library, reminders, README, the string literals in src), every
//! stretch done on both sides says which leg does what, and every figure shows its words.
//!
//! The list of names lives here, in the test, never in shipped text.

use std::path::{Path, PathBuf};

use windown::routine::builtin::{FIGURES, ROUTINES};
use windown::routine::library::Library;
use windown::routine::{Position, Sides, StepKind};

/// Medicines, supplements and remedies people try for cramps, with common spellings and brand
/// names, and the words of dosing advice. Matched as whole words, ignoring case.
const NAMES: &[&str] = &[
    "quinine",
    "quinnine",
    "qualaquin",
    "quinine sulfate",
    "quinine sulphate",
    "tonic water",
    "magnesium",
    "mag-phos",
    "carisoprodol",
    "soma",
    "prosoma",
    "statin",
    "statins",
    "atorvastatin",
    "simvastatin",
    "rosuvastatin",
    "diuretic",
    "diuretics",
    "furosemide",
    "frusemide",
    "bendroflumethiazide",
    "hydrochlorothiazide",
    "thiazide",
    "spironolactone",
    "beta-agonist",
    "beta-agonists",
    "salmeterol",
    "formoterol",
    "baclofen",
    "gabapentin",
    "pregabalin",
    "cyclobenzaprine",
    "orphenadrine",
    "diazepam",
    "verapamil",
    "diltiazem",
    "naftidrofuryl",
    "vitamin",
    "vitamins",
    "b12",
    "ibuprofen",
    "paracetamol",
    "acetaminophen",
    "naproxen",
    "aspirin",
    "potassium",
    "calcium",
    "electrolyte",
    "electrolytes",
    "supplement",
    "supplements",
    "dose",
    "doses",
    "dosage",
    "pill",
    "pills",
    "painkiller",
    "painkillers",
    "muscle relaxant",
    "muscle relaxants",
    "pickle juice",
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, ext, out);
        } else if p.extension().is_some_and(|x| x == ext) {
            out.push(p);
        }
    }
}

/// The string literals of a Rust file (plain "..." literals; enough for a word search).
fn literals(src: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    let mut escaped = false;
    for c in src.chars() {
        if inside {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                inside = false;
                out.push('\n');
                continue;
            }
            out.push(c);
        } else if c == '"' {
            inside = true;
        }
    }
    out
}

fn named(text: &str) -> Vec<&'static str> {
    let lower = text.to_lowercase();
    let is_word = |c: char| c.is_alphanumeric();
    NAMES
        .iter()
        .copied()
        .filter(|name| {
            lower.match_indices(name).any(|(i, m)| {
                let before = lower[..i].chars().next_back();
                let after = lower[i + m.len()..].chars().next();
                !before.is_some_and(is_word) && !after.is_some_and(is_word)
            })
        })
        .chain(dose_units(&lower))
        .collect()
}

/// Units of a dose, named only after a number ("400 mg", "5ml"): alone, "mg" is also the name
/// of a text editor the `e` key knows.
const UNITS: &[&str] = &["mg", "mcg", "ml", "iu"];

fn dose_units(lower: &str) -> Vec<&'static str> {
    UNITS
        .iter()
        .copied()
        .filter(|unit| {
            lower.match_indices(unit).any(|(i, m)| {
                let number_before = lower[..i].trim_end().chars().next_back();
                let after = lower[i + m.len()..].chars().next();
                number_before.is_some_and(|c| c.is_ascii_digit())
                    && !after.is_some_and(char::is_alphanumeric)
            })
        })
        .collect()
}

#[test]
fn no_medicine_is_named_in_anything_windown_ships() {
    let root = root();
    let mut shipped: Vec<(String, String)> = Vec::new();
    let mut paths = Vec::new();
    files(&root.join("routines"), "toml", &mut paths);
    files(&root.join("assets"), "toml", &mut paths);
    files(&root.join("assets"), "txt", &mut paths);
    files(&root.join("docs"), "md", &mut paths);
    for name in ["README.md", "CONTRIBUTING.md", "CHANGELOG.md"] {
        paths.push(root.join(name));
    }
    for p in paths {
        shipped.push((
            p.display().to_string(),
            std::fs::read_to_string(&p).unwrap(),
        ));
    }
    let mut sources = Vec::new();
    files(&root.join("src"), "rs", &mut sources);
    // Test files hold lists like this one; they are not shipped.
    sources.retain(|p| !p.to_string_lossy().ends_with("_tests.rs"));
    for p in sources {
        let text = std::fs::read_to_string(&p).unwrap();
        shipped.push((p.display().to_string(), literals(&text)));
    }
    assert!(shipped.len() > 40, "too few files read: {}", shipped.len());
    let found: Vec<String> = shipped
        .iter()
        .filter_map(|(path, text)| {
            let n = named(text);
            (!n.is_empty()).then(|| format!("{path}: {n:?}"))
        })
        .collect();
    assert!(found.is_empty(), "medicine named:\n{}", found.join("\n"));
}

#[test]
fn the_name_search_finds_names_as_words_only() {
    assert_eq!(named("Try Quinine."), ["quinine"]);
    assert_eq!(named("a somatic word; dosed"), Vec::<&str>::new());
    assert_eq!(named("400 mg daily"), ["mg"]);
    assert_eq!(named("5ml at night"), ["ml"]);
    assert_eq!(named("the editors vi, mg and nano"), Vec::<&str>::new());
}

#[test]
fn every_stretch_on_both_sides_says_which_leg_does_what() {
    for s in Library::builtin().stretches() {
        if s.sides.as_deref() != Some("both") {
            continue;
        }
        let text = s.instructions.join(" ");
        assert!(text.contains("{side}"), "{}: no {{side}}", s.id);
        assert!(
            text.contains("the leg named is") || text.contains("it is the leg"),
            "{}: does not say what the named leg does",
            s.id
        );
    }
    for b in ROUTINES {
        for step in b.load().unwrap().steps {
            if step.sides != Sides::None {
                let text = step.instructions.join(" ");
                assert!(text.contains("{side}"), "{}: {}", b.id, step.title);
            }
        }
    }
}

#[test]
fn every_built_in_routine_sets_up_before_its_first_stretch_and_holds_a_support() {
    for b in ROUTINES {
        let r = b.load().unwrap();
        let first_stretch = r.steps.iter().position(|s| s.figure.is_some()).unwrap();
        assert!(
            r.steps[..first_stretch]
                .iter()
                .any(|s| s.kind == StepKind::Task && s.title == "Set up safely"),
            "{}",
            b.id
        );
        for (i, s) in r.steps.iter().enumerate() {
            let text = s.instructions.join(" ");
            if s.title == "Standing thigh stretch" {
                assert!(text.contains("hold it with your {other} hand the whole time"));
                assert!(s.caution.as_deref().unwrap().contains("side-lying"));
            }
            // Sitting down after standing: time to change position (15-20 s).
            if i > 0 && s.title.starts_with("Seated") {
                assert!(
                    (15..=20).contains(&s.prepare.as_secs()),
                    "{}: {}",
                    b.id,
                    s.title
                );
            }
            if s.title == "Slow breathing" {
                assert_eq!(r.steps[i + 1].title, "Stand up slowly", "{}", b.id);
            }
        }
    }
}

/// Each figure, and the words its drawing must show: checked against the instructions of the
/// stretch that uses it, so that a figure and its words cannot drift apart.
#[test]
fn every_figure_shows_its_words() {
    let cases: &[(&str, &[&str], &[&str])] = &[
        (
            "wall-calf",
            &["lean your hips", "heel down"],
            &["Lean your hips", "heel down"],
        ),
        (
            "soleus-calf",
            &["knee bent", "heel down"],
            &["Bend the {side} knee", "heel down"],
        ),
        (
            "hamstring-seated",
            &[
                "lean forward",
                "from the hips",
                "back flat",
                "leg straight",
                "heel down",
            ],
            &[
                "lean forward from the hips",
                "back flat",
                "heel on the floor",
            ],
        ),
        (
            "hamstring-towel",
            &["towel", "toes", "leg", "straight"],
            &["towel", "draw the toes"],
        ),
        (
            "quad-standing",
            &[
                "hold a chair or",
                "heel toward",
                "buttock",
                "knees",
                "together",
            ],
            &["hold it with", "heel toward your buttock", "knees together"],
        ),
        (
            "quad-side-lying",
            &["lie on your side", "heel", "buttock", "knees together"],
            &[
                "Lie on your {other} side",
                "heel toward your buttock",
                "knees together",
            ],
        ),
    ];
    let lib = Library::builtin();
    for (figure, drawn, words) in cases {
        for variant in [figure.to_string(), format!("{figure}.utf8")] {
            let (_, text) = FIGURES.iter().find(|(n, _)| *n == variant).unwrap();
            let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
            for d in *drawn {
                assert!(flat.contains(d), "{variant} does not show \"{d}\"");
            }
        }
        let stretch = lib
            .stretches()
            .iter()
            .find(|s| s.figure.as_deref() == Some(figure))
            .unwrap_or_else(|| panic!("no stretch uses {figure}"));
        let said = stretch.instructions.join(" ");
        for w in *words {
            assert!(
                said.contains(w),
                "{}: instructions do not say \"{w}\"",
                stretch.id
            );
        }
    }
    // Every built-in figure is in the cases.
    for (name, _) in FIGURES {
        let base = name.trim_end_matches(".utf8");
        assert!(
            cases.iter().any(|(f, _, _)| *f == base),
            "{base} is not checked"
        );
    }
}

/// The safety text every built-in routine's notes carry (README, routine notes, the cramp
/// screen): the 10-minute rule, "is it really a cramp?", and the medicine line, no names.
#[test]
fn every_built_in_routine_carries_the_safety_text() {
    for b in ROUTINES {
        let notes = b.load().unwrap().notes.unwrap_or_default();
        for needle in [
            "longer than 10 minutes",
            "Is it really a cramp?",
            "a change in your medicines, tell your doctor or pharmacist",
            "never stop or change a medicine on your own",
        ] {
            assert!(notes.contains(needle), "{}: no \"{needle}\"", b.id);
        }
    }
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    for needle in [
        "longer than 10 minutes",
        "Is it really a cramp?",
        "Never stop or change a medicine on your own",
    ] {
        assert!(readme.contains(needle), "README: no \"{needle}\"");
    }
}

fn squeeze(text: &str) -> String {
    text.split_whitespace()
        .filter(|w| *w != ">")
        .collect::<Vec<_>>()
        .join(" ")
}

/// The night guide in the safe order: a light first; for a thigh front, lying on the side
/// before any standing; standing slowly, holding something firm, sitting down if dizzy; no
/// rubbing a leg with the signs of a clot; warmth only if to hand, never on numb skin.
#[test]
fn the_night_guide_goes_in_the_safe_order() {
    use windown::history::Muscle;
    use windown::relief::guide::steps;
    let titles = |m| steps(m).iter().map(|s| s.title()).collect::<Vec<_>>();
    assert_eq!(
        titles(Muscle::Calf),
        [
            "Light on",
            "Sit up",
            "Stretch",
            "Rub it",
            "If steady",
            "Warmth"
        ]
    );
    assert_eq!(
        titles(Muscle::BackThigh),
        ["Light on", "Sit up", "Stretch", "Rub it", "Warmth"]
    );
    assert_eq!(
        titles(Muscle::FrontThigh),
        ["Light on", "On your side", "Rub it", "If steady", "Warmth"]
    );
    assert_eq!(
        titles(Muscle::Foot),
        [
            "Light on",
            "Sit up",
            "Toes up",
            "Press flat",
            "Rub it",
            "Warmth"
        ]
    );
    for m in Muscle::ALL {
        for (i, step) in steps(m).iter().enumerate() {
            let d = &step.detail();
            let lower = d.to_lowercase();
            if lower.contains("stand") {
                assert!(i >= 3, "{m:?}: standing at step {}", i + 1);
                assert!(lower.contains("stand up slowly"), "{d}");
                assert!(d.contains("holding something firm"), "{d}");
                assert!(d.contains("If you feel dizzy, sit down."), "{d}");
            }
            if step.title() == "Rub it" {
                let what = if m == Muscle::Foot {
                    "a foot or leg"
                } else {
                    "a leg"
                };
                assert!(
                    d.contains(&format!(
                        "Do not rub {what} that is swollen, warm, red or darkened: get advice."
                    )),
                    "{d}"
                );
            }
            if step.title() == "Warmth" {
                for needle in [
                    "only if one is already to hand",
                    "Warm, not hot",
                    "never on skin that feels numb",
                    "Never go looking for one in the dark.",
                ] {
                    assert!(d.contains(needle), "{d}");
                }
                assert!(
                    !lower.contains("hot-water") && !lower.contains("fetch"),
                    "{d}"
                );
            }
            assert!(!lower.contains("walk"), "{d}");
        }
    }
    let stand = steps(Muscle::Calf)[4].detail();
    assert!(stand.starts_with("Only if you feel steady"), "{stand}");
    assert!(
        stand.contains("stay seated and pull the toes up."),
        "{stand}"
    );
    // Seated, the calf's leg is straight out on the bed, heel down, toes pulled up: not
    // "feet on the floor" and a straight leg at once.
    let stretch = steps(Muscle::Calf)[2].detail();
    for needle in ["straight out on the bed", "heel down", "pull your toes up"] {
        assert!(stretch.contains(needle), "{stretch}");
    }
    assert!(
        steps(Muscle::FrontThigh)[1]
            .detail()
            .contains("holding the ankle or the sheet")
    );
    assert!(
        steps(Muscle::FrontThigh)[3]
            .detail()
            .starts_with("Only if you feel steady")
    );
}

/// `balance = "poor"`: the guide leaves every standing step out (the calf stays seated, toes
/// up; the thigh front stays lying on its side).
#[test]
fn poor_balance_leaves_standing_out_of_the_night_guide() {
    use windown::history::Muscle;
    use windown::relief::guide::{steps, steps_for};
    for m in Muscle::ALL {
        for s in steps_for(m, true) {
            assert!(
                !s.detail().to_lowercase().contains("stand"),
                "{m:?}: {}",
                s.detail()
            );
        }
        assert_eq!(steps_for(m, false), steps(m));
    }
    let calf: Vec<_> = steps_for(Muscle::Calf, true)
        .iter()
        .map(|s| s.title())
        .collect();
    assert_eq!(calf, ["Light on", "Sit up", "Stretch", "Rub it", "Warmth"]);
}

/// The urgent line: the same words in the guide, its pieces and the README, and the same facts
/// as every routine's safety text.
#[test]
fn the_urgent_line_reads_the_same_everywhere() {
    use windown::relief::{URGENT, URGENT_PIECES};
    assert_eq!(
        URGENT,
        "Get urgent medical advice if the cramp lasts over 10 minutes and does not ease, or if one leg is painful, swollen, warm, red or darkened. Sudden breathlessness or chest pain: call an emergency number now."
    );
    assert_eq!(URGENT_PIECES.join(" "), URGENT);
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    assert!(squeeze(&readme).contains(URGENT), "README: no urgent line");
    for b in ROUTINES {
        let notes = squeeze(&b.load().unwrap().notes.unwrap_or_default());
        for needle in [
            "longer than 10 minutes and does not ease",
            "pain in one leg with swelling, warmth, red or darkened skin",
            "sudden breathlessness or chest pain is an emergency",
        ] {
            assert!(notes.contains(needle), "{}: no \"{needle}\"", b.id);
        }
    }
}

/// The seated routine: no standing anywhere, a towel calf stretch and a hamstring stretch on
/// the chair, the side-lying thigh stretch in bed last as a task that can be skipped.
#[test]
fn the_seated_routine_never_stands() {
    let b = ROUTINES.iter().find(|b| b.id == "seated-legs").unwrap();
    let r = b.load().unwrap();
    let titles: Vec<&str> = r.steps.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Set up safely",
            "Seated towel calf stretch",
            "Seated hamstring stretch",
            "In bed: side-lying thigh stretch"
        ]
    );
    for s in &r.steps {
        let said = format!("{} {}", s.title, s.instructions.join(" ")).to_lowercase();
        assert!(!said.contains("stand"), "{}: {said}", s.title);
        // What home marks for poor balance: every step says its position, none standing.
        assert!(
            matches!(s.position, Some(Position::Seated | Position::Lying)),
            "{}: {:?}",
            s.title,
            s.position
        );
    }
    let calf = r.steps[1].instructions.join(" ");
    for needle in ["heel on the floor", "knee straight", "towel"] {
        assert!(calf.contains(needle), "{calf}");
    }
    let last = r.steps.last().unwrap();
    assert_eq!(last.kind, StepKind::Task);
    assert!(last.instructions.join(" ").contains("n to skip it"));
}

/// Every built-in stretch says how the body is placed (home marks the standing ones for poor
/// balance), and each one that says it stands is standing.
#[test]
fn every_builtin_stretch_has_a_position() {
    for s in Library::builtin().stretches() {
        let p = s
            .position
            .unwrap_or_else(|| panic!("{}: no position", s.id));
        let says = s.instructions.iter().any(|l| l.starts_with("Stand"));
        assert_eq!(says, p == Position::Standing, "{}: {p:?}", s.id);
    }
    // The standing routine has standing steps for home to mark.
    let b = ROUTINES.iter().find(|b| b.id == "evening-legs").unwrap();
    let r = b.load().unwrap();
    assert!(
        r.steps
            .iter()
            .any(|s| s.position == Some(Position::Standing))
    );
}

/// The conditions line in every routine's notes and the README; the others name the seated
/// routine.
#[test]
fn every_routine_asks_a_physiotherapist_to_adapt_for_the_conditions() {
    let line = "Arthritis, a joint replacement, osteoporosis, a past stroke or falls: ask a physiotherapist to adapt these stretches";
    for b in ROUTINES {
        let notes = squeeze(&b.load().unwrap().notes.unwrap_or_default());
        assert!(notes.contains(line), "{}: no conditions line", b.id);
        if b.id != "seated-legs" {
            assert!(
                notes.contains("the seated routine (seated-legs) never stands"),
                "{}",
                b.id
            );
        }
    }
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    assert!(
        squeeze(&readme).contains(line),
        "README: no conditions line"
    );
}

/// The reminder texts: the water caution in the notification itself; legs up off by default,
/// for swollen ankles and comfort, with its cautions.
#[test]
fn the_reminder_texts_carry_their_cautions() {
    use windown::remind::file::{DEFAULT_NAME, DEFAULT_TEXT, parse};
    let r = parse(DEFAULT_NAME, DEFAULT_TEXT).unwrap();
    let water = r.get("hydration").unwrap();
    assert_eq!(
        water.full_body(),
        "A glass of water now, unless a clinician has told you to limit fluids."
    );
    let legs = r.get("legs-up").unwrap();
    assert!(!legs.enabled);
    let body = legs.full_body();
    for needle in [
        "swollen ankles and comfort",
        "not a cramp treatment",
        "short of breath",
        "the pain worse",
        "pale or cold",
        "stop and tell your doctor",
    ] {
        assert!(body.contains(needle), "legs-up: no \"{needle}\" in {body}");
    }
    let screen = windown::remind::rows::caution("legs-up").unwrap();
    for needle in ["not a cramp treatment", "short of breath", "pale or cold"] {
        assert!(screen.contains(needle), "{screen}");
    }
}

fn windown(root: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_windown"))
        .args(args)
        .env("WINDOWN_CONFIG_DIR", root.join("config"))
        .env("WINDOWN_DATA_DIR", root.join("data"))
        .env("WINDOWN_STATE_DIR", root.join("state"))
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

#[test]
fn windown_stretches_lists_the_library_and_reports_a_broken_file_at_its_place() {
    let tmp = tempfile::tempdir().unwrap();
    let out = windown(tmp.path(), &["stretches"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("side-lying-quad   Side-lying thigh stretch   both   built-in"),
        "{text}"
    );

    let folder = tmp.path().join("config/stretches");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(
        folder.join("mine.toml"),
        "[[stretch]]\nid = \"ankle\"\ntitle = \"Ankle circles\"\nsides = \"bth\"\n",
    )
    .unwrap();
    std::fs::write(
        folder.join("good.toml"),
        "[[stretch]]\nid = \"toe-curl\"\ntitle = \"Toe curls\"\n",
    )
    .unwrap();
    let out = windown(tmp.path(), &["stretches"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("toe-curl          Toe curls"), "{text}");
    assert!(!text.contains("ankle"), "{text}");
    let err = String::from_utf8(out.stderr).unwrap();
    let shown = folder.join("mine.toml").display().to_string();
    assert_eq!(
        err,
        format!(
            "error: {shown}:4:9: stretch 1: sides must be one of \"none\", \"both\", \"left\", \"right\", not \"bth\"\n  |\n4 | sides = \"bth\"\n  |         ^^^^^\n  = hint: did you mean \"both\"?\n"
        )
    );

    // A routine in the routines folder uses the person's stretch; a typo is located.
    let routines = tmp.path().join("config/routines");
    std::fs::create_dir_all(&routines).unwrap();
    std::fs::write(
        routines.join("feet.toml"),
        "title = \"Feet\"\n[[step]]\nstretch = \"toe-curl\"\nhold = \"5s\"\n\n[[step]]\nstretch = \"toe-crul\"\nhold = \"5s\"\n",
    )
    .unwrap();
    let out = windown(tmp.path(), &["show", "feet"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("feet.toml:7:11: step 2: unknown stretch \"toe-crul\""),
        "{err}"
    );
    assert!(err.contains("= hint: did you mean \"toe-curl\"?"), "{err}");
}
