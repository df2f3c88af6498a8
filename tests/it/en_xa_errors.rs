//! What is wrong in a file, in the test language en-XA and in German: every message after
//! `error: path:line:column:` and every `hint:` is converted, while the prefixes and the place
//! stay English; the caret points into the file's line whatever the message's length.
//!
//! Still English on purpose (listed in docs/translating.md): the `toml` parser's syntax
//! errors, the JSON reader's words in a damaged history line, a duration's own words
//! (`src/duration.rs`), and the system's reason after "cannot read: ".

use std::process::Output;

use crate::common::Env;

use super::tui_en_xa::plain_words;

/// A routine, a config.toml and a reminders.toml with one mistake of each kind they can hold
/// (syntax errors and durations left out: their words are not ours yet).
fn broken_files(env: &Env) {
    env.routine(
        "mine.toml",
        r#"title = "Mine"
kind = "strech"
sumary = "typo"
[defaults]
reps = 0
[[step]]
title = "Calf"
duration = "30s"
reps = "3"
targets = ["hamstring"]
sides = "bth"
instructions = ["Put the {sid} foot back"]
[[step]]
stretch = "wall-calff"
[[step]]
duration = "30s"
breathe = { in = "4s" }
[[step]]
title = "Task"
kind = "task"
reps = 2
[[step]]
title = 3
duration = "30s"
"#,
    );
    env.routine("bytes.toml", b"title = \"x\xff\"\n");
    std::fs::create_dir_all(env.path("config/routines/folder.toml")).unwrap();
    env.write(
        "config/config.toml",
        r#"bedtime = "23:00"
wake = "7am"
balance = "pooor"
evening_hours = 30
[cues]
bell = "yes"
[voice]
rate = 9000
engine = "of"
speed = 3
[sounds]
command = []
"#,
    );
    env.reminders(
        r#"[[reminder]]
title = "No id"
every = "2h"
[[reminder]]
id = "legs"
title = "Legs"
at = ["25:00"]
days = ["monday"]
routine = "evening-leg"
evry = "1h"
[[reminder]]
id = "tea"
title = 3
every = "25h"
[[reminder]]
id = "legs"
title = "Again"
at = []
from = "10:00"
"#,
    );
}

/// The words of stderr's `error:`, `hint:` and `warning:` lines, checked: the prefix and
/// place as they are in English, the message after them with no plain English word. Returns
/// how many messages were checked.
fn all_converted(out: &Output) -> usize {
    let err = String::from_utf8_lossy(&out.stderr);
    let mut checked = 0;
    for line in err.lines() {
        let message = if let Some(rest) = line.strip_prefix("error: ") {
            // path:line:column: message (the path is the test's folder, plain).
            let mut parts = rest.splitn(4, ':');
            let (path, l, c, m) = (
                parts.next().unwrap(),
                parts.next().unwrap_or(""),
                parts.next().unwrap_or(""),
                parts.next().unwrap_or(""),
            );
            assert!(path.ends_with(".toml"), "{line}");
            assert!(
                l.parse::<usize>().is_ok() && c.parse::<usize>().is_ok(),
                "{line}"
            );
            m.strip_prefix(' ').unwrap_or_else(|| panic!("{line}"))
        } else if let Some(rest) = line.trim_start().strip_prefix("= hint: ") {
            rest
        } else if let Some(rest) = line.strip_prefix("warning: ") {
            // A warning may start with a place too.
            rest.rsplit_once(".toml:")
                .and_then(|(_, r)| r.splitn(3, ':').nth(2))
                .map_or(rest, str::trim_start)
        } else {
            // The quoted line of the file and its caret: the file's own words.
            assert!(
                line.trim_start()
                    .starts_with(|c: char| c.is_ascii_digit() || c == '|'),
                "{line}"
            );
            continue;
        };
        assert!(message.starts_with('['), "not converted: {line}");
        let plain = plain_words(message);
        assert!(plain.is_empty(), "{plain:?} in {line}");
        checked += 1;
    }
    checked
}

#[test]
fn every_mistake_of_a_routine_config_and_reminders_file_in_en_xa() {
    let env = Env::new();
    broken_files(&env);
    let out = env.output(&["--lang", "en-XA", "validate"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    // One of each file, and the reading words: not UTF-8, a folder.
    for place in [
        "routines/mine.toml:2:8: [",
        "routines/mine.toml:9:8: [",
        "routines/bytes.toml:1:11: [",
        "routines/folder.toml:1:1: [",
        "config.toml:2:8: [",
        "config.toml:12:11: [",
        "reminders.toml:7:7: [",
        "reminders.toml:18:6: [",
    ] {
        assert!(err.contains(place), "{place}:\n{err}");
    }
    assert!(all_converted(&out) >= 50, "{err}");
    // The same files in English say what they always said.
    let en = env.output(&["validate"]);
    let en = String::from_utf8_lossy(&en.stderr);
    assert!(
        en.contains("routines/mine.toml:9:8: step 1 (\"Calf\"): reps must be a whole number, not text (\"3\")\n"),
        "{en}"
    );
    assert!(
        en.contains("= hint: leave out the quotes: reps = 3\n"),
        "{en}"
    );
}

#[test]
fn the_warnings_of_a_command_that_goes_on_are_converted() {
    let env = Env::new();
    broken_files(&env);
    let out = env.output(&["--lang", "en-XA", "remind", "preview"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.lines().any(|l| l.starts_with("warning: [")), "{err}");
    assert!(all_converted(&out) > 10, "{err}");
}

/// A damaged history: each skipped line told and the hint how to stop it, converted (the
/// JSON reader's own words inside stay English).
#[test]
fn damaged_history_lines_in_en_xa() {
    let env = Env::new();
    env.history("{\"v\":1,\"type\":\"session\"\n{\"v\":0}\n{\"v\":1,\"type\":\"checkin\"\n");
    let out = env.output(&["--lang", "en-XA", "stats"]);
    let err = String::from_utf8_lossy(&out.stderr);
    let told: Vec<&str> = err.lines().filter(|l| l.starts_with("warning: ")).collect();
    assert!(!told.is_empty(), "{err}");
    for line in err.lines() {
        let Some(m) = line
            .strip_prefix("warning: ")
            .or_else(|| line.strip_prefix("hint: "))
        else {
            continue;
        };
        assert!(m.starts_with('[') && m.ends_with(']'), "{line}");
        // The path is the test's folder: only the words after it count.
        let words = m.replace(&env.root().display().to_string(), "");
        assert!(plain_words(&words).is_empty(), "{line}");
    }
}

/// German: the message is German, `error:`, `hint:` and the place stay English, and the caret
/// points at the mistake in the quoted line however long the German message is.
#[test]
fn a_german_error_keeps_its_caret_under_the_mistake() {
    let env = Env::new();
    env.routine(
        "mine.toml",
        "title = \"Mine\"\n[[step]]\ntitle = \"Calf\"\nduration = \"30s\"\ntargets = [\"calves\", \"hamstring\"]\n",
    );
    let out = env.output(&["--lang", "de", "validate"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    let lines: Vec<&str> = err.lines().collect();
    let head = lines[0];
    assert!(head.starts_with("error: "), "{err}");
    assert!(
        head.ends_with(
            "routines/mine.toml:5:22: Schritt 1 („Calf“): unbekanntes Ziel \"hamstring\""
        ),
        "{err}"
    );
    // The quoted line and its caret: the caret under "hamstring" with its quotes.
    let quoted = lines[2].split_once(" | ").unwrap().1;
    let caret = lines[3].split_once(" | ").unwrap().1;
    let at = quoted.find("\"hamstring\"").unwrap();
    assert_eq!(caret.find('^'), Some(at), "{err}");
    assert_eq!(caret.trim(), "^".repeat("\"hamstring\"".len()), "{err}");
    assert_eq!(
        lines[4].trim_start(),
        "= hint: meinten Sie \"hamstrings\"?",
        "{err}"
    );
}

/// Lengths of time written wrong, an invisible bidirectional character, and a stretch
/// library file's mistakes: each message converted in en-XA, the English the same as before.
#[test]
fn durations_and_stretch_files_in_en_xa() {
    let env = Env::new();
    env.routine(
        "times.toml",
        "title = \"Times\"\nnotes = \"a\u{202e}b\"\n\
         [[step]]\ntitle = \"A\"\nduration = \"1.5h\"\n\
         [[step]]\ntitle = \"B\"\nduration = \"1m90s\"\n\
         [[step]]\ntitle = \"C\"\nduration = \"90\"\n\
         [[step]]\ntitle = \"D\"\nduration = \"10x\"\n\
         [[step]]\ntitle = \"E\"\nduration = 2.5\n\
         [[step]]\ntitle = \"F\"\nduration = -5\n\
         [[step]]\ntitle = \"G\"\nduration = \"1.5s\"\n\
         [[step]]\ntitle = \"H\"\nduration = \"99999999999h\"\n\
         [[step]]\ntitle = \"I\"\nduration = \"\"\n",
    );
    env.write(
        "config/stretches/mine.toml",
        "[[stretch]]\nid = \"Bad\"\ntitle = \"\"\nfigure = \"A B\"\ntargets = [\"calvs\"]\n\
         sides = \"bth\"\nposition = \"sitting\"\ninstructions = [\"the {sid} foot\"]\n\
         [[stretch]]\ntitle = \"No id\"\n\
         [[stretch]]\nid = \"x\"\ntitle = \"X\"\n[[stretch]]\nid = \"x\"\ntitle = \"Y\"\n",
    );
    env.routine(
        "uses.toml",
        "title = \"Uses\"\n[[step]]\nstretch = \"wall-calf\"\nduration = \"10s\"\n",
    );
    let out = env.output(&["--lang", "en-XA", "validate"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    for place in [
        "routines/times.toml:2:9: [",
        "routines/times.toml:5:12: [",
        "stretches/mine.toml:2:6: [",
    ] {
        assert!(err.contains(place), "{place}:\n{err}");
    }
    assert!(all_converted(&out) >= 20, "{err}");
    let en = env.output(&["validate"]);
    let en = String::from_utf8_lossy(&en.stderr);
    for line in [
        "step 1 (\"A\"): \"1.5h\" is not a whole number: write \"1h30m\"\n",
        "\"1m90s\" has more than 59 seconds after a larger unit: write \"2m30s\"\n",
        "= hint: an invisible bidirectional formatting character can make text read differently from what it is; delete it\n",
        "stretch 1: sides must be one of \"none\", \"both\", \"left\", \"right\", not \"bth\"\n",
    ] {
        assert!(en.contains(line), "{line}\n{en}");
    }
}
