//! The JSON Schemas (`windown schema ...`, `schemas/`) and windown's own validator agree, for
//! what a schema can express (keys, types, required keys, fixed words), on every built-in file
//! and on a corpus of good and bad files. The schemas are checked by a real JSON Schema
//! validator: python3's `jsonschema` (skipped with a reason when absent, required when
//! `CI=true`: `.ci/run` installs python3-jsonschema).

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

use windown::schema::Which;

/// Does windown accept this text as a file of this kind?
fn windown_accepts(which: Which, text: &str) -> bool {
    match which {
        Which::Routine => windown::routine::parse::parse(
            "r.toml",
            text,
            "r",
            windown::routine::model::Origin::File("r.toml".into()),
        )
        .is_ok(),
        Which::Stretch => windown::routine::library::parse("s.toml", text, false).is_ok(),
        Which::Reminders => windown::remind::file::parse("reminders.toml", text).is_ok(),
        Which::Config => windown::config::Config::check("config.toml", text).is_ok(),
    }
}

/// Ask python3's jsonschema about every (schema, document) pair at once; `None` when it is
/// not installed (a skip, or a failure under CI=true).
fn schema_accepts(cases: &[(Which, &str)]) -> Option<Vec<bool>> {
    let have = Command::new("python3")
        .args(["-c", "import jsonschema"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !have {
        if std::env::var("CI").as_deref() == Ok("true") {
            panic!("python3 with jsonschema required when CI=true");
        }
        eprintln!(
            "skipped: python3 with jsonschema not installed (apt-get install python3-jsonschema)"
        );
        return None;
    }
    let pairs: Vec<serde_json::Value> = cases
        .iter()
        .map(|(which, text)| {
            let schema: serde_json::Value = serde_json::from_str(&which.json()).unwrap();
            let doc: toml::Table = toml::from_str(text).expect("the corpus is valid TOML");
            serde_json::json!([schema, serde_json::to_value(doc).unwrap()])
        })
        .collect();
    let script = "import json, sys, jsonschema\n\
                  out = [jsonschema.Draft202012Validator(s).is_valid(d) for s, d in json.load(sys.stdin)]\n\
                  print(json.dumps(out))\n";
    let mut child = Command::new("python3")
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(serde_json::to_string(&pairs).unwrap().as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    Some(serde_json::from_slice(&out.stdout).unwrap())
}

const STEP: &str = "[[step]]\ntitle = \"Calf\"\nhold = \"30s\"\n";

#[test]
fn schemas_and_the_validator_agree() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut owned: Vec<(Which, String)> = Vec::new();
    for entry in std::fs::read_dir(root.join("routines")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "toml") {
            owned.push((Which::Routine, std::fs::read_to_string(path).unwrap()));
        }
    }
    owned.push((
        Which::Stretch,
        std::fs::read_to_string(root.join("assets/stretches.toml")).unwrap(),
    ));
    owned.push((
        Which::Reminders,
        std::fs::read_to_string(root.join("assets/reminders.toml")).unwrap(),
    ));
    let routine = |rest: &str| format!("title = \"Mine\"\n{rest}");
    let corpus: Vec<(Which, String)> = vec![
        // Good files.
        (Which::Routine, routine(STEP)),
        (
            Which::Routine,
            routine("kind = \"wind-down\"\n[defaults]\nhold = 20\nsides = \"both\"\n[[step]]\ntitle = \"a\"\ntargets = [\"calves\", \"feet\"]\nbreathe = { in = \"4s\", out = \"6s\" }\n"),
        ),
        (Which::Config, String::new()),
        (
            Which::Config,
            "wake = \"06:30\"\n[voice]\nengine = \"off\"\nrate = 150\n[sounds]\nticks = false\n[reminders]\nterminal = [\"foot\", \"-e\"]\n".into(),
        ),
        (
            Which::Reminders,
            "[[reminder]]\nid = \"a\"\ntitle = \"T\"\nat = [\"10:00\"]\ndays = [\"mon\"]\n".into(),
        ),
        (
            Which::Stretch,
            "[[stretch]]\nid = \"mine\"\ntitle = \"Mine\"\ninstructions = [\"a\"]\ntargets = [\"calves\"]\nsides = \"both\"\n".into(),
        ),
        // Bad files, each with a mistake a schema can express.
        (Which::Stretch, "[[stretch]]\nid = \"a\"\ntitel = \"A\"\n".into()),
        (Which::Stretch, "[[stretch]]\nid = \"a\"\ntitle = 3\n".into()),
        (Which::Stretch, "[[stretch]]\nid = \"a\"\ntitle = \"A\"\nsides = \"bth\"\n".into()),
        (Which::Stretch, "[[stretch]]\ntitle = \"A\"\n".into()),
        (Which::Stretch, "".into()),
        (Which::Routine, routine(&format!("titel = \"x\"\n{STEP}"))),
        (Which::Routine, format!("title = 3\n{STEP}")),
        (Which::Routine, routine(&format!("{STEP}reps = 2.5\n"))),
        (Which::Routine, routine(&format!("{STEP}targets = \"calves\"\n"))),
        (Which::Routine, routine(&format!("{STEP}targets = [\"hamstring\"]\n"))),
        (Which::Routine, routine(&format!("{STEP}sides = \"bothh\"\n"))),
        (Which::Routine, routine(&format!("{STEP}breathe = {{ in = 4, ot = 6 }}\n"))),
        (Which::Routine, routine("[step]\ntitle = \"a\"\nhold = 3\n")),
        (Which::Routine, routine("")),
        (Which::Routine, STEP.into()),
        (Which::Routine, routine("[[step]]\nhold = 3\n")),
        (Which::Config, "bedtim = \"22:00\"\n".into()),
        (Which::Config, "[voice]\ncommand = \"espeak-ng\"\n".into()),
        (Which::Config, "[voice]\nrate = \"150\"\n".into()),
        (Which::Config, "[voice]\nengine = \"of\"\n".into()),
        (Which::Config, "[sounds]\nticks = \"yes\"\n".into()),
        (Which::Config, "[reminders]\nterminal = \"foot\"\n".into()),
        (
            Which::Reminders,
            "[[reminder]]\nid = \"a\"\ntitle = \"T\"\nevry = \"2h\"\n".into(),
        ),
        (Which::Reminders, "[[reminder]]\nid = \"a\"\ntitle = 3\nevery = \"2h\"\n".into()),
        (Which::Reminders, "[[reminder]]\ntitle = \"T\"\nevery = \"2h\"\n".into()),
        (
            Which::Reminders,
            "[[reminder]]\nid = \"a\"\ntitle = \"T\"\nat = \"10:00\"\n".into(),
        ),
        (
            Which::Reminders,
            "[[reminder]]\nid = \"a\"\ntitle = \"T\"\nat = [\"10:00\"]\ndays = [\"mon\", \"mnd\"]\n".into(),
        ),
    ];
    let all: Vec<(Which, &str)> = owned
        .iter()
        .chain(&corpus)
        .map(|(w, t)| (*w, t.as_str()))
        .collect();
    // The built-ins are good files.
    for (which, text) in &all[..owned.len()] {
        assert!(windown_accepts(*which, text), "{which:?}: {text}");
    }
    let Some(verdicts) = schema_accepts(&all) else {
        return;
    };
    for ((which, text), schema_ok) in all.iter().zip(verdicts) {
        assert_eq!(
            windown_accepts(*which, text),
            schema_ok,
            "{which:?} disagrees (windown first, then the schema) on:\n{text}"
        );
    }
}

/// `windown schema NAME` prints the schema the repository keeps.
#[test]
fn the_schema_command_prints_the_kept_copy() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (name, which) in [
        ("routine", Which::Routine),
        ("stretch", Which::Stretch),
        ("reminders", Which::Reminders),
        ("config", Which::Config),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_windown"))
            .args(["schema", name])
            .env_clear()
            .env("WINDOWN_CONFIG_DIR", "/nonexistent/c")
            .env("WINDOWN_DATA_DIR", "/nonexistent/d")
            .env("WINDOWN_STATE_DIR", "/nonexistent/s")
            .output()
            .unwrap();
        assert!(out.status.success());
        let kept = std::fs::read_to_string(root.join("schemas").join(which.file_name())).unwrap();
        assert_eq!(String::from_utf8(out.stdout).unwrap(), kept);
    }
}
