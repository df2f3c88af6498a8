//! The routine commands run as the real binary on temporary folders: `list`, `show`,
//! `validate`, `new`, and unknown names. Exact stdout, stderr and exit codes.

use std::process::Command;

use crate::common::Env;

/// What one run gave: exit code (-1 when killed by a signal), stdout and stderr.
struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

/// How this file runs the binary and reads what it printed.
trait Run {
    fn run(&self, args: &[&str]) -> Out;
    /// Replace the temp root in output with `ROOT`.
    fn clean(&self, text: &str) -> String;
}

impl Run for Env {
    fn run(&self, args: &[&str]) -> Out {
        let out = self.output(args);
        Out {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    fn clean(&self, text: &str) -> String {
        text.replace(&self.root().display().to_string(), "ROOT")
    }
}

const GOOD: &str = "title = \"Mine\"\n[[step]]\ntitle = \"Calf\"\nhold = \"30s\"\n";

#[test]
fn list_shows_built_ins_user_files_overrides_and_broken_files() {
    let env = Env::new();
    env.routine("mine.toml", GOOD.as_bytes());
    env.routine(
        "wind-down.toml",
        b"title = \"My evening\"\nkind = \"wind-down\"\n[[step]]\ntitle = \"Lights out\"\nkind = \"task\"\n",
    );
    env.routine(
        "broken.toml",
        b"title = \"B\"\n[[step]]\ntitle = \"a\"\nhold = \"5s\"\ntargets = [\"hamstring\"]\n",
    );
    env.routine("notes.txt", b"not a routine");
    let out = env.run(&["list"]);
    assert_eq!((out.code, out.stderr.as_str()), (0, ""));
    assert_eq!(
        env.clean(&out.stdout),
        "\
ID                     TITLE                   KIND       TIME            STEPS  FROM
evening-legs           Evening legs            stretch    4:05 +1 task        3  built-in
evening-legs-extended  Evening legs, extended  stretch    11:30 +2 tasks      6  built-in
seated-legs            Seated legs             stretch    4:15 +2 tasks       4  built-in
mine                   Mine                    stretch    0:35                1  ROOT/config/routines/mine.toml
wind-down              My evening              wind-down  0:00 +1 task        1  ROOT/config/routines/wind-down.toml (overrides built-in)

1 routine file could not be loaded (`windown validate FILE` shows the details):
  ROOT/config/routines/broken.toml:5:12: step 1 (\"a\"): unknown target \"hamstring\"
"
    );
}

#[test]
fn list_without_a_routines_folder_shows_the_built_ins() {
    let env = Env::new();
    let out = env.run(&["list"]);
    assert_eq!(out.code, 0);
    assert_eq!(out.stdout.lines().count(), 5);
    assert!(
        out.stdout
            .contains("wind-down              Bedtime wind-down")
    );
}

#[test]
fn show_lists_every_phase_with_start_and_length() {
    let env = Env::new();
    env.routine(
        "short.toml",
        b"title = \"Short\"\nsummary = \"Two reps.\"\n[[step]]\ntitle = \"Screens off\"\nkind = \"task\"\n\
[[step]]\ntitle = \"Calf\"\ntargets = [\"calves\"]\nhold = \"10s\"\nreps = 2\nrest = \"5s\"\nsides = \"both\"\n",
    );
    let out = env.run(&["show", "short"]);
    assert_eq!((out.code, out.stderr.as_str()), (0, ""));
    assert_eq!(
        out.stdout,
        "\
Short (short, stretch)
Two reps.

  START  LENGTH  PHASE
1. Screens off
   0:00       -  Screens off (waits for you)
2. Calf (calves)
   0:00    0:05  GET READY
   0:05    0:10  HOLD - LEFT LEG, rep 1 of 2
   0:15    0:05  REST
   0:20    0:10  HOLD - LEFT LEG, rep 2 of 2
   0:30    0:05  SWITCH SIDES
   0:35    0:10  HOLD - RIGHT LEG, rep 1 of 2
   0:45    0:05  REST
   0:50    0:10  HOLD - RIGHT LEG, rep 2 of 2

Total: 1:00, plus 1 task that waits for you
"
    );
    // A path works wherever a routine is named.
    let by_path = env.run(&["show", "config/routines/short.toml"]);
    assert_eq!(by_path.stdout, out.stdout);
    let built_in = env.run(&["show", "evening-legs"]);
    assert!(
        built_in
            .stdout
            .contains("   0:15    0:10  HOLD - LEFT LEG, rep 1 of 3\n")
    );
    assert!(
        built_in
            .stdout
            .ends_with("\nTotal: 4:05, plus 1 task that waits for you\n")
    );
}

#[test]
fn show_details_prints_the_safety_text_and_each_steps_instructions() {
    let env = Env::new();
    env.routine(
        "short.toml",
        b"title = \"Short\"\nnotes = \"Why.\\n\\nSafety: stop if it hurts.\"\n[[step]]\ntitle = \"Calf\"\nhold = \"10s\"\nreps = 1\nsides = \"both\"\n\
instructions = [\"Step your {side} foot back.\"]\ncaution = \"No bouncing.\"\n",
    );
    let out = env.run(&["show", "short", "--details"]);
    assert_eq!((out.code, out.stderr.as_str()), (0, ""));
    assert_eq!(
        out.stdout,
        "\
Short (short, stretch)

Safety: stop if it hurts.

  START  LENGTH  PHASE
1. Calf
   Step your left foot back.
   Caution: No bouncing.
   0:00    0:05  GET READY
   0:05    0:10  HOLD - LEFT LEG
   0:15    0:05  SWITCH SIDES
   0:20    0:10  HOLD - RIGHT LEG

Total: 0:30
"
    );
}

#[test]
fn unknown_routine_suggests_the_closest_and_exits_2() {
    let env = Env::new();
    let out = env.run(&["show", "evening-leg"]);
    assert_eq!(out.code, 2);
    assert_eq!(out.stdout, "");
    assert_eq!(
        out.stderr,
        "error: no routine named \"evening-leg\"\nhint: did you mean \"evening-legs\"?\n"
    );
    let far = env.run(&["show", "zzz"]);
    assert_eq!(
        far.stderr,
        "error: no routine named \"zzz\"\nhint: `windown list` shows every routine\n"
    );
    let broken = env.routine("b.toml", b"title = 3\n[[step]]\ntitle = \"a\"\nhold = 5\n");
    let _ = broken;
    let out = env.run(&["show", "b"]);
    assert_eq!(out.code, 1);
    assert_eq!(
        env.clean(&out.stderr),
        "error: ROOT/config/routines/b.toml:1:9: title must be text in quotes, not a whole number (3)\n  |\n1 | title = 3\n  |         ^\n  = hint: put the text in quotes: title = \"...\"\n"
    );
}

#[test]
fn validate_prints_located_errors_and_exit_codes() {
    let env = Env::new();
    std::fs::write(env.root().join("good.toml"), GOOD).unwrap();
    std::fs::write(
        env.root().join("bad.toml"),
        "title = \"Bad\"\n\n[[step]]\ntitle = \"Thigh\"\nhold = \"20s\"\ntargets = [\"quadricep\"]\nreps = 51\n",
    )
    .unwrap();
    let ok = env.run(&["validate", "good.toml"]);
    assert_eq!(
        (ok.code, ok.stdout.as_str(), ok.stderr.as_str()),
        (0, "ok: good.toml (good, 1 step)\n", "")
    );
    let out = env.run(&["validate", "good.toml", "bad.toml"]);
    assert_eq!(out.code, 1);
    assert_eq!(out.stdout, "ok: good.toml (good, 1 step)\n");
    assert_eq!(
        out.stderr,
        "\
error: bad.toml:6:12: step 1 (\"Thigh\"): unknown target \"quadricep\"
  |
6 | targets = [\"quadricep\"]
  |            ^^^^^^^^^^^
  = hint: did you mean \"quadriceps\"?
error: bad.toml:7:8: step 1 (\"Thigh\"): reps must be between 1 and 50, not 51
  |
7 | reps = 51
  |        ^^
"
    );
}

#[test]
fn validate_warns_about_missing_figures_but_passes() {
    let env = Env::new();
    std::fs::write(
        env.root().join("fig.toml"),
        "title = \"F\"\n[[step]]\ntitle = \"Calf\"\nhold = 5\nfigure = \"wal-calf\"\n\
[[step]]\ntitle = \"Mine\"\nhold = 5\nfigure = \"my-own\"\n",
    )
    .unwrap();
    let out = env.run(&["validate", "fig.toml"]);
    assert_eq!(out.code, 0);
    assert_eq!(
        env.clean(&out.stderr),
        "\
warning: fig.toml: step 1 (\"Calf\"): no figure named \"wal-calf\"; the step is shown without one
  = hint: did you mean \"wall-calf\"?
warning: fig.toml: step 2 (\"Mine\"): no figure named \"my-own\"; the step is shown without one
  = hint: draw it in ROOT/config/figures/my-own.txt, or use a built-in figure: hamstring-seated, hamstring-towel, quad-side-lying, quad-standing, soleus-calf, wall-calf
"
    );
    std::fs::create_dir_all(env.root().join("config/figures")).unwrap();
    std::fs::write(env.root().join("config/figures/my-own.txt"), "o\n|\n").unwrap();
    let out = env.run(&["validate", "fig.toml"]);
    assert_eq!(out.stderr.lines().count(), 2);
}

#[test]
fn validate_checks_folders() {
    let env = Env::new();
    env.routine("a.toml", GOOD.as_bytes());
    env.routine(
        "b.toml",
        b"title = \"B\"\n[[step]]\ntitle = \"x\"\nhld = 3\n",
    );
    let out = env.run(&["validate", "config/routines"]);
    assert_eq!(out.code, 1);
    assert_eq!(out.stdout, "ok: config/routines/a.toml (a, 1 step)\n");
    assert_eq!(
        out.stderr,
        "error: config/routines/b.toml:4:1: step 1 (\"x\"): unknown key \"hld\"\n  |\n4 | hld = 3\n  | ^^^\n  = hint: did you mean \"hold\"?\n"
    );
    std::fs::create_dir(env.root().join("empty")).unwrap();
    let empty = env.run(&["validate", "empty"]);
    assert_eq!(
        (empty.code, empty.stderr.as_str()),
        (
            1,
            "error: empty: no routine files (*.toml) in this folder\n"
        )
    );
}

#[test]
fn validate_survives_junk() {
    let env = Env::new();
    let root = env.root();
    std::fs::write(root.join("empty.toml"), b"").unwrap();
    std::fs::write(root.join("latin1.toml"), b"title = \"caf\xe9\"\n").unwrap();
    let mut junk = Vec::new();
    let mut seed: u32 = 99;
    for _ in 0..4096 {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
        junk.push((seed >> 16) as u8);
    }
    std::fs::write(root.join("junk.toml"), &junk).unwrap();
    std::fs::write(root.join("big.toml"), vec![b'#'; 10 * 1024 * 1024]).unwrap();
    std::fs::write(root.join("escape.toml"), b"title = \"\x1b]0;pwned\x07\"\n").unwrap();
    std::fs::create_dir_all(root.join("folder/x.toml")).unwrap();

    let out = env.run(&["validate", "empty.toml"]);
    assert_eq!(out.code, 1);
    assert_eq!(
        out.stderr,
        "\
error: empty.toml:1:1: missing title
  |
1 | 
  | ^
  = hint: add a line such as title = \"Evening legs\" at the top of the file
error: empty.toml:1:1: a routine needs at least one step
  |
1 | 
  | ^
  = hint: add a [[step]] table with a title and a duration
"
    );
    let out = env.run(&["validate", "latin1.toml"]);
    assert_eq!(
        out.stderr,
        "error: latin1.toml:1:13: file is not valid UTF-8 text\n  |\n1 | title = \"caf\n  |             ^\n  = hint: save the file as UTF-8 (routine and reminder files are plain text)\n"
    );
    let out = env.run(&["validate", "big.toml"]);
    assert_eq!(
        out.stderr,
        "error: big.toml:1:1: file is too large (10485760 bytes; the limit is 1048576)\n"
    );
    let out = env.run(&["validate", "folder"]);
    assert_eq!(
        out.stderr,
        "error: folder/x.toml:1:1: is a folder, not a file\n"
    );
    let out = env.run(&["validate", "escape.toml"]);
    assert_eq!(out.code, 1);
    assert!(!out.stderr.contains('\x1b') && !out.stderr.contains('\x07'));
    assert_eq!(
        out.stderr,
        "error: escape.toml:1:10: invalid basic string, expected non-double-quote visible characters, `\\`\n  |\n1 | title = \"\\u{1b}]0;pwned\\u{7}\"\n  |          ^^^^^^\n"
    );
    // Escapes written as TOML escapes reach the semantic check.
    std::fs::write(root.join("escape2.toml"), b"title = \"\\u001b[2J\"\n").unwrap();
    let out = env.run(&["validate", "escape2.toml"]);
    assert_eq!(
        out.stderr,
        "error: escape2.toml:1:1: a routine needs at least one step\n  |\n1 | title = \"\\u001b[2J\"\n  | ^\n  = hint: add a [[step]] table with a title and a duration\n\
error: escape2.toml:1:9: title contains the control character U+001B\n  |\n1 | title = \"\\u001b[2J\"\n  |         ^^^^^^^^^^^\n  = hint: text may hold line breaks and tabs, but no other control characters\n"
    );
    let out = env.run(&["validate", "junk.toml", "missing.toml"]);
    assert_eq!(out.code, 1);
    assert!(!out.stderr.contains("panicked"));
    assert!(out.stderr.ends_with(
        "error: missing.toml:1:1: cannot read: No such file or directory (os error 2)\n"
    ));
    for line in out.stderr.lines() {
        assert!(!line.chars().any(|c| c.is_control() && c != '\t'));
    }
}

#[test]
fn new_writes_a_commented_template_and_never_overwrites() {
    let env = Env::new();
    let out = env.run(&["new", "my-stretch"]);
    let path = env.dirs().routines().join("my-stretch.toml");
    assert_eq!(
        (out.code, env.clean(&out.stdout), out.stderr.as_str()),
        (0, "ROOT/config/routines/my-stretch.toml\n".into(), "")
    );
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.starts_with(
            "#:schema ../schemas/routine.schema.json\n# my-stretch: a windown routine."
        )
    );
    // The schema that line names is written beside the routines folder.
    let schema = std::fs::read_to_string(env.root().join("config/schemas/routine.schema.json"));
    assert!(schema.unwrap().contains("\"additionalProperties\": false"));
    let check = env.run(&["validate", path.to_str().unwrap()]);
    assert_eq!(check.code, 0, "{}", check.stderr);

    std::fs::write(&path, "# my edits\n").unwrap();
    let again = env.run(&["new", "my-stretch"]);
    assert_eq!(again.code, 1);
    assert_eq!(
        env.clean(&again.stderr),
        "error: ROOT/config/routines/my-stretch.toml already exists; windown new never overwrites a file\nhint: edit that file, or pick another id\n"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "# my edits\n");

    // An id that is a command's name: made, with how to start it.
    for command in ["stats", "help"] {
        let taken = env.run(&["new", command]);
        assert_eq!(taken.code, 0, "{}", taken.stderr);
        assert!(
            taken.stdout.ends_with(&format!(
                "note: \"{command}\" is also a command's name, so `windown {command}` runs the command; start this routine with `windown run {command}`\n"
            )),
            "{}",
            taken.stdout
        );
        assert!(
            env.dirs()
                .routines()
                .join(format!("{command}.toml"))
                .exists()
        );
    }
    let shown = env.run(&["show", "stats"]);
    assert_eq!(shown.code, 0, "{}", shown.stderr);

    let bad = env.run(&["new", "My Stretch"]);
    assert_eq!(bad.code, 2);
    assert_eq!(
        bad.stderr,
        "error: \"My Stretch\" is not a valid routine id\nhint: an id is 1 to 64 lowercase letters, digits and \"-\", such as \"my-legs\"\n"
    );
}

#[test]
fn new_from_copies_a_routine_with_its_comments() {
    let env = Env::new();
    let out = env.run(&["new", "legs", "--from", "evening-legs"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let text = std::fs::read_to_string(env.dirs().routines().join("legs.toml")).unwrap();
    assert!(text.starts_with(
        "#:schema ../schemas/routine.schema.json\n# legs: copied from the built-in routine \"evening-legs\" by `windown new`."
    ));
    assert!(text.contains("# Every step below uses these unless it sets its own value."));
    // Its own title, so the list tells the two apart; the original's header is dropped.
    assert!(
        text.contains("\ntitle = \"Evening legs (my copy)\"\n"),
        "{text}"
    );
    assert!(
        !text.contains("the built-in evening stretch, modelled on"),
        "{text}"
    );
    let list = env.run(&["list"]);
    assert!(list.stdout.contains("\nlegs "));

    // A user file with its own id: the copy gets the new id.
    env.routine(
        "mine.toml",
        b"# my comment\nid = \"mine\"\ntitle = \"Mine\"\n[[step]]\ntitle = \"a\"\nhold = 5\n",
    );
    let out = env.run(&["new", "copy", "--from", "mine"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let text = std::fs::read_to_string(env.dirs().routines().join("copy.toml")).unwrap();
    assert!(text.contains("# my comment\nid = \"copy\"\n"), "{text}");

    let over = env.run(&["new", "wind-down", "--from", "wind-down"]);
    assert_eq!(
        (over.code, over.stderr.as_str()),
        (
            0,
            "note: this file replaces the built-in routine \"wind-down\" while it exists\n"
        )
    );
    let path = env.root().join("config/routines/legs.toml");
    let from_path = env.run(&["new", "legs-2", "--from", path.to_str().unwrap()]);
    assert_eq!(from_path.code, 0, "{}", from_path.stderr);

    let titled = env.run(&[
        "new",
        "physio",
        "--from",
        "mine",
        "--title",
        "Physio's \"plan\"",
    ]);
    assert_eq!(titled.code, 0, "{}", titled.stderr);
    let text = std::fs::read_to_string(env.dirs().routines().join("physio.toml")).unwrap();
    assert!(text.contains("# my comment\nid = \"physio\"\n"), "{text}");
    let show = env.run(&["show", "physio"]);
    assert!(show.stdout.contains("Physio's \"plan\""), "{}", show.stdout);

    let unknown = env.run(&["new", "x", "--from", "wind-dwn"]);
    assert_eq!(unknown.code, 2);
    assert_eq!(
        unknown.stderr,
        "error: no routine named \"wind-dwn\"\nhint: did you mean \"wind-down\"?\n"
    );
    assert!(!env.dirs().routines().join("x.toml").exists());
}

#[test]
fn fifos_and_devices_are_refused_not_read() {
    let env = Env::new();
    std::fs::create_dir_all(env.dirs().routines()).unwrap();
    let fifo = env.dirs().routines().join("p.toml");
    let made = Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo is needed");
    let list = env.run(&["list"]);
    assert_eq!(list.code, 0);
    assert!(
        env.clean(&list.stdout)
            .ends_with("  ROOT/config/routines/p.toml:1:1: is not a regular file\n"),
        "{}",
        list.stdout
    );
    let out = env.run(&["validate", "/dev/zero"]);
    assert_eq!(
        (out.code, out.stderr.as_str()),
        (1, "error: /dev/zero:1:1: is not a regular file\n")
    );
    // A figure that is a FIFO is passed over, not waited on.
    std::fs::create_dir_all(env.root().join("config/figures")).unwrap();
    let fig = env.root().join("config/figures/wall-calf.txt");
    assert!(
        Command::new("mkfifo")
            .arg(&fig)
            .status()
            .is_ok_and(|s| s.success())
    );
    std::fs::remove_file(&fifo).unwrap();
    let out = env.run(&["validate", "config/routines"]);
    assert_eq!(out.code, 1);
    std::fs::write(
        env.root().join("fig.toml"),
        "title = \"F\"\n[[step]]\ntitle = \"Calf\"\nhold = 5\nfigure = \"wall-calf\"\n",
    )
    .unwrap();
    let out = env.run(&["validate", "fig.toml"]);
    assert_eq!((out.code, out.stderr.as_str()), (0, ""));
}

#[test]
fn control_bytes_in_file_names_never_reach_the_terminal() {
    let env = Env::new();
    let dir = env.root().join("d");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("e\x1b[31mvil.toml"),
        "title = 3\n[[step]]\ntitle = \"a\"\nhold = 5\n",
    )
    .unwrap();
    let out = env.run(&["validate", "d"]);
    assert_eq!(out.code, 1);
    assert!(!out.stderr.contains('\x1b'), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("error: d/e\\u{1b}[31mvil.toml:1:9: title must be text")
    );
}

#[test]
fn a_closed_stderr_is_no_panic() {
    use std::process::Stdio;
    let env = Env::new();
    let mut text = String::from("title = \"x\"\n");
    for _ in 0..60 {
        text.push_str("[[step]]\ntitle = \"s\"\nhold = \"1x\"\n");
    }
    let mut args = vec!["validate".to_string()];
    for i in 0..40 {
        let name = format!("many{i}.toml");
        std::fs::write(env.root().join(&name), &text).unwrap();
        args.push(name);
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_windown"))
        .args(&args)
        .current_dir(env.root())
        .env("WINDOWN_CONFIG_DIR", env.root().join("config"))
        .env("WINDOWN_DATA_DIR", env.root().join("data"))
        .env("WINDOWN_STATE_DIR", env.root().join("state"))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run windown");
    drop(child.stderr.take());
    let status = child.wait().expect("wait");
    assert_eq!(status.code(), Some(1));
}

#[test]
fn show_uses_the_session_words_and_wide_columns() {
    let env = Env::new();
    env.routine(
        "breathe.toml",
        b"title = \"B\"\nkind = \"wind-down\"\n[[step]]\ntitle = \"Slow breathing\"\nhold = \"3m\"\nprepare = 0\n\
[[step]]\ntitle = \"Calf\"\nhold = \"30s\"\nprepare = 0\n",
    );
    let out = env.run(&["show", "breathe"]);
    assert_eq!(
        out.stdout,
        "B (breathe, wind-down)\n\n  START  LENGTH  PHASE\n1. Slow breathing\n   0:00    3:00  Slow breathing\n2. Calf\n   3:00    0:30  Calf\n\nTotal: 3:30\n"
    );
    env.routine(
        "long.toml",
        b"title = \"L\"\n[[step]]\ntitle = \"Long\"\nhold = \"2h\"\nreps = 50\nsides = \"both\"\nprepare = 0\nswitch = 0\n",
    );
    let out = env.run(&["show", "long"]);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines[2], "    START   LENGTH  PHASE");
    assert_eq!(lines[4], "     0:00  2:00:00  HOLD - LEFT LEG, rep 1 of 50");
    assert_eq!(
        lines[lines.len() - 3],
        "198:00:00  2:00:00  HOLD - RIGHT LEG, rep 50 of 50"
    );
    assert_eq!(lines[lines.len() - 1], "Total: 200:00:00");
}

#[test]
fn new_refuses_an_id_another_file_already_carries() {
    let env = Env::new();
    let other = env.routine(
        "other-name.toml",
        b"id = \"legs\"\ntitle = \"Mine\"\n[[step]]\ntitle = \"a\"\nhold = 5\n",
    );
    let out = env.run(&["new", "legs"]);
    assert_eq!(out.code, 1);
    assert_eq!(
        env.clean(&out.stderr),
        "error: the id \"legs\" is already used by ROOT/config/routines/other-name.toml\nhint: pick another id, or edit that file\n"
    );
    assert!(!env.dirs().routines().join("legs.toml").exists());
    assert!(other.exists());
    let t = env.run(&["new", "fresh"]);
    let text = std::fs::read_to_string(env.dirs().routines().join("fresh.toml")).unwrap();
    assert_eq!(t.code, 0);
    assert!(text.contains("(\"The routine file format\")"));
}

#[test]
fn validate_on_a_folder_finds_duplicate_ids_as_list_does() {
    let env = Env::new();
    env.routine(
        "a.toml",
        b"id = \"twin\"\ntitle = \"A\"\n[[step]]\ntitle = \"a\"\nhold = 5\n",
    );
    env.routine("twin.toml", GOOD.as_bytes());
    let out = env.run(&["validate", "config/routines"]);
    assert_eq!(out.code, 1);
    assert_eq!(out.stdout, "ok: config/routines/a.toml (twin, 1 step)\n");
    assert_eq!(
        out.stderr,
        "error: config/routines/twin.toml:1:1: the id \"twin\" is already used by config/routines/a.toml\n  = hint: give one of the files another id (the file name, or id = \"...\")\n"
    );
}

#[test]
fn a_broken_override_says_what_it_hides() {
    let env = Env::new();
    env.routine(
        "wind-down.toml",
        b"title = 3\n[[step]]\ntitle = \"a\"\nhold = 5\n",
    );
    let out = env.run(&["list"]);
    assert!(
        env.clean(&out.stdout).ends_with(
            "  ROOT/config/routines/wind-down.toml:1:9: title must be text in quotes, not a whole number (3) (would replace the built-in wind-down)\n"
        ),
        "{}",
        out.stdout
    );
}

#[test]
fn suggestions_ignore_case() {
    let env = Env::new();
    let out = env.run(&["show", "Evening-Legs"]);
    assert_eq!(
        out.stderr,
        "error: no routine named \"Evening-Legs\"\nhint: did you mean \"evening-legs\"?\n"
    );
    std::fs::write(
        env.root().join("c.toml"),
        "title = \"C\"\n[[step]]\ntitle = \"a\"\nhold = 5\ntargets = [\"Calves\"]\nsides = \"Both\"\nkind = \"taks\"\n",
    )
    .unwrap();
    let out = env.run(&["validate", "c.toml"]);
    let hints: Vec<&str> = out.stderr.lines().filter(|l| l.contains("hint")).collect();
    assert_eq!(
        hints,
        [
            "  = hint: did you mean \"calves\"?",
            "  = hint: did you mean \"both\"?",
            "  = hint: did you mean \"task\"?"
        ]
    );
}

/// Every mistake of a file in one run, for each of the three kinds of file windown reads:
/// syntax slips, unknown keys and wrong types together, each with its line, caret and hint.
#[test]
fn validate_reports_every_mistake_at_once_in_each_kind_of_file() {
    let env = Env::new();
    let routine = env.routine(
        "slips.toml",
        b"title = 3\ntitel = \"x\"\n[defaults]\nhold = 10s\n[[step]]\ntitle = \"Calf\"\nreps = 2.5\ntargets = \"calves\"\nhodl = \"5s\"\n[[step]]\ntitle = \"Rest\"\nhold = true\nbreathe = { in = \"4s\", ot = 3 }\n",
    );
    let config = env.root().join("config/config.toml");
    std::fs::write(
        &config,
        "wake = 6:30\n[voice]\ncommand = \"espeak-ng\"\nrate = \"150\"\nengin = \"auto\"\n[sounds]\nticks = \"yes\"\n[reminders]\nterminal = \"foot\"\n",
    )
    .unwrap();
    let reminders = env.root().join("config/reminders.toml");
    std::fs::write(
        &reminders,
        "[[reminder]]\nid = \"x\"\ntitle = 3\nevry = \"2h\"\nat = \"10:00\"\nenabled = \"true\"\n[[reminder]]\nid = \"y\"\ntitle = \"t\"\ndays = [\"mon\", 3]\n",
    )
    .unwrap();
    for (name, path) in [
        ("routine", &routine),
        ("config", &config),
        ("reminders", &reminders),
    ] {
        let out = env.run(&["validate", path.to_str().unwrap()]);
        assert_eq!((out.code, out.stdout.as_str()), (1, ""), "{name}");
        insta::assert_snapshot!(format!("all_mistakes_{name}"), env.clean(&out.stderr));
    }
    // With no path: the whole config folder, the same problems, and the good files named.
    env.routine("good.toml", GOOD.as_bytes());
    let all = env.run(&["validate"]);
    assert_eq!(all.code, 1);
    assert_eq!(
        env.clean(&all.stdout),
        "ok: ROOT/config/routines/good.toml (good, 1 step)\n"
    );
    for file in ["slips.toml", "config.toml", "reminders.toml"] {
        assert!(all.stderr.contains(file), "{file}: {}", all.stderr);
    }
}

/// A good config folder checks clean, each file named; nothing to check is said plainly.
#[test]
fn validate_with_no_path_checks_the_config_folder() {
    let env = Env::new();
    let none = env.run(&["validate"]);
    assert_eq!(none.code, 0);
    assert_eq!(
        env.clean(&none.stdout),
        "nothing to check in ROOT/config: no routines, reminders.toml or config.toml yet\n"
    );
    env.routine("good.toml", GOOD.as_bytes());
    std::fs::write(
        env.root().join("config/config.toml"),
        "bedtime = \"23:00\"\n",
    )
    .unwrap();
    std::fs::write(
        env.root().join("config/reminders.toml"),
        "[[reminder]]\nid = \"x\"\ntitle = \"Stand up\"\nevery = \"2h\"\n",
    )
    .unwrap();
    let out = env.run(&["validate"]);
    assert_eq!((out.code, out.stderr.as_str()), (0, ""));
    assert_eq!(
        env.clean(&out.stdout),
        "ok: ROOT/config/routines/good.toml (good, 1 step)\nok: ROOT/config/reminders.toml (1 reminder)\nok: ROOT/config/config.toml (settings)\n"
    );
    // The config folder named on the command line is the same walk.
    let named = env.run(&["validate", "config"]);
    assert_eq!(named.stdout.lines().count(), 3, "{}", named.stdout);
}

/// An emptied routines folder (the person removed their only copy) is not a mistake: the
/// rest of the config folder checks clean, with or without the folder named.
#[test]
fn validate_is_quiet_about_an_empty_routines_folder() {
    let env = Env::new();
    std::fs::create_dir_all(env.root().join("config/routines")).unwrap();
    let none = env.run(&["validate"]);
    assert_eq!((none.code, none.stderr.as_str()), (0, ""));
    assert_eq!(
        env.clean(&none.stdout),
        "nothing to check in ROOT/config: no routines, reminders.toml or config.toml yet\n"
    );
    std::fs::write(
        env.root().join("config/config.toml"),
        "bedtime = \"23:00\"\n",
    )
    .unwrap();
    for (args, shown) in [
        (&["validate"][..], "ROOT/config"),
        (&["validate", "config"], "config"),
    ] {
        let out = env.run(args);
        assert_eq!((out.code, out.stderr.as_str()), (0, ""), "{args:?}");
        assert_eq!(
            env.clean(&out.stdout),
            format!("ok: {shown}/config.toml (settings)\n"),
            "{args:?}"
        );
    }
}

/// A mistyped command is named as one, not looked up as a routine.
#[test]
fn a_mistyped_command_gets_a_suggestion() {
    let env = Env::new();
    let out = env.run(&["stat"]);
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        "error: no command or routine named \"stat\"\nhint: did you mean `windown stats`? (`windown --help` lists the commands)\n"
    );
    let out = env.run(&["validat"]);
    assert!(
        out.stderr.contains("did you mean `windown validate`?"),
        "{}",
        out.stderr
    );
    // A routine of that name is still started, and far words are still routines.
    let far = env.run(&["evening-leg"]);
    assert!(!far.stderr.contains("command"), "{}", far.stderr);
}

/// `windown config` says where things are and what is in force; `config init` writes a
/// commented file once; a broken file is named, with the defaults in force.
#[test]
fn config_shows_the_settings_in_force_and_init_writes_once() {
    let env = Env::new();
    let out = env.run(&["config"]);
    assert_eq!(out.code, 0);
    let text = env.clean(&out.stdout);
    assert!(text.starts_with("config folder  ROOT/config\n  config.toml  not written yet: the defaults are in force (`windown config init` writes one)\n"), "{text}");
    assert!(
        text.contains("\nwake           07:00\nbedtime        22:30\n"),
        "{text}"
    );
    let init = env.run(&["config", "init"]);
    assert_eq!(
        (init.code, env.clean(&init.stdout), init.stderr.as_str()),
        (0, "ROOT/config/config.toml\n".into(), "")
    );
    let written = std::fs::read_to_string(env.root().join("config/config.toml")).unwrap();
    assert!(written.starts_with("#:schema ./schemas/config.schema.json\n# windown settings."));
    assert!(
        env.root()
            .join("config/schemas/config.schema.json")
            .is_file()
    );
    assert_eq!(env.run(&["validate"]).code, 0);
    let again = env.run(&["config", "init"]);
    assert_eq!(again.code, 1);
    assert!(
        again.stderr.contains("never overwrites it"),
        "{}",
        again.stderr
    );

    std::fs::write(
        env.root().join("config/config.toml"),
        "bedtime = \"23:15\"\n",
    )
    .unwrap();
    let out = env.run(&["config"]);
    assert!(
        out.stdout.contains("  config.toml  in force\n"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("\nbedtime        23:15\n"),
        "{}",
        out.stdout
    );
    std::fs::write(
        env.root().join("config/config.toml"),
        "bedtime = 23\nwake = 1\n",
    )
    .unwrap();
    let out = env.run(&["config"]);
    assert!(
        out.stdout.contains("  config.toml  has 2 mistakes: those settings are at the default, the rest are in force (see below)\n"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("\nbedtime        22:30\n"),
        "{}",
        out.stdout
    );
}

/// `windown import FILE` checks a shared routine and copies it, comments and all, under its
/// id; an id clash, a command name, a broken file or a control character is refused with a
/// hint, and nothing is written.
#[test]
fn import_checks_and_copies_a_shared_routine() {
    let env = Env::new();
    let shared = env.root().join("shared.toml");
    std::fs::write(
        &shared,
        "# From my physio\nid = \"physio\"\ntitle = \"Physio plan\"\n[[step]]\ntitle = \"Calf\"\nhold = \"30s\"\n",
    )
    .unwrap();
    let out = env.run(&["import", "shared.toml"]);
    assert_eq!(
        (out.code, env.clean(&out.stdout), out.stderr.as_str()),
        (
            0,
            "imported \"Physio plan\" (physio, 1 step) as ROOT/config/routines/physio.toml\n"
                .into(),
            ""
        )
    );
    let copy = std::fs::read_to_string(env.dirs().routines().join("physio.toml")).unwrap();
    assert!(
        copy.starts_with(
            "#:schema ../schemas/routine.schema.json\n# From my physio\nid = \"physio\"\n"
        ),
        "{copy}"
    );

    let clash = env.run(&["import", "shared.toml"]);
    assert_eq!(clash.code, 1);
    assert_eq!(
        env.clean(&clash.stderr),
        "error: the id \"physio\" is already used by ROOT/config/routines/physio.toml\nhint: import it under another id: windown import shared.toml --id NEW-ID\n"
    );
    let renamed = env.run(&["import", "shared.toml", "--id", "physio-2"]);
    assert_eq!(renamed.code, 0, "{}", renamed.stderr);
    let copy = std::fs::read_to_string(env.dirs().routines().join("physio-2.toml")).unwrap();
    assert!(copy.contains("\nid = \"physio-2\"\n"), "{copy}");

    let built_in = env.run(&["import", "shared.toml", "--id", "wind-down"]);
    assert_eq!(built_in.code, 1);
    assert!(
        built_in
            .stderr
            .contains("the built-in routine \"wind-down\""),
        "{}",
        built_in.stderr
    );
    let command = env.run(&["import", "shared.toml", "--id", "stats"]);
    assert_eq!(command.code, 0, "{}", command.stderr);
    assert!(
        command
            .stdout
            .contains("start this routine with `windown run stats`"),
        "{}",
        command.stdout
    );

    std::fs::write(
        env.root().join("evil.toml"),
        "title = \"x\"\n# \u{202e} reversed\n[[step]]\ntitle = \"a\"\nhold = 3\n",
    )
    .unwrap();
    let evil = env.run(&["import", "evil.toml"]);
    assert_eq!(evil.code, 1);
    assert!(!evil.stderr.contains('\u{202e}'));
    assert!(
        evil.stderr
            .starts_with("error: evil.toml:2:3: the file holds the control character U+202E\n"),
        "{}",
        evil.stderr
    );
    std::fs::write(env.root().join("broken.toml"), "title = 3\nhodl = 1\n").unwrap();
    let broken = env.run(&["import", "broken.toml"]);
    assert_eq!(broken.code, 1);
    // The wrong title, the unknown key, and no step: every mistake at once.
    assert_eq!(
        broken.stderr.matches("error: ").count(),
        3,
        "{}",
        broken.stderr
    );
    for name in ["evil.toml", "broken.toml", "wind-down.toml"] {
        assert!(!env.dirs().routines().join(name).exists(), "{name}");
    }
}
