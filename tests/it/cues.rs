//! Cues end to end: a plain session with the real espeak-ng as its speech engine (found on
//! `PATH` with no settings, each utterance written to a WAV file with `espeak-ng -w` and
//! checked with sox), a stand-in `pw-play` that records when each tone was asked for, and a
//! step title that looks like an option ("-f/etc/passwd").
//!
//! `PATH` holds only the stand-ins, so whatever speech programs and players this machine has
//! cannot get in the way. Skipped with a printed reason when espeak-ng or sox is missing,
//! except under `CI=true`, where they are required (`.ci/run` installs them).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// 2 s get ready, 3 s on each leg with a 1 s switch between: 9 s in all.
const ROUTINE: &str = r#"title = "By ear"
[[step]]
title = "-f/etc/passwd"
targets = ["calves"]
prepare = "2s"
duration = "3s"
reps = 1
sides = "both"
switch = "1s"
"#;

/// The tones asked for, with their planned times in seconds from the start.
const TONES: &[(f64, &str)] = &[
    (0.0, "ready"),
    (1.0, "tick"),
    (2.0, "hold"),
    (3.0, "tick"),
    (4.0, "tick"),
    (5.0, "switch"),
    (6.0, "hold"),
    (7.0, "tick"),
    (8.0, "tick"),
    (9.0, "done"),
];

/// What is said, in order.
/// What is said, in order: a sentence at a time, and the caution at the first stretch.
const SAID: &[&str] = &[
    "-f/etc/passwd.",
    "Stop any stretch that hurts.",
    "Left leg first.",
    "Hold.",
    "Switch sides. Right leg.",
    "Hold.",
    "All done.",
];

fn find(tool: &str) -> Option<PathBuf> {
    windown::paths::on_path(tool, std::env::var_os("PATH").as_deref())
}

/// The tools, or a skip (a failure under CI=true).
fn tools(names: &[&str]) -> Option<Vec<PathBuf>> {
    let found: Vec<Option<PathBuf>> = names.iter().map(|n| find(n)).collect();
    let missing: Vec<&str> = names
        .iter()
        .zip(&found)
        .filter(|(_, f)| f.is_none())
        .map(|(n, _)| *n)
        .collect();
    if missing.is_empty() {
        return Some(found.into_iter().flatten().collect());
    }
    if std::env::var("CI").as_deref() == Ok("true") {
        panic!("{} required when CI=true", missing.join(", "));
    }
    eprintln!("skipped: {} not installed", missing.join(", "));
    None
}

/// windown with its folders under `root`, this `PATH`, and nothing else from the environment.
fn windown(root: &Path, path: impl AsRef<std::ffi::OsStr>) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_windown"));
    c.env_clear()
        .env("PATH", path)
        .env("HOME", root.join("home"))
        .env("WINDOWN_CONFIG_DIR", root.join("config"))
        .env("WINDOWN_DATA_DIR", root.join("data"))
        .env("WINDOWN_STATE_DIR", root.join("state"))
        .current_dir(root);
    c
}

fn script(dir: &Path, name: &str, body: &str) {
    let p = dir.join(name);
    std::fs::write(&p, format!("#!/bin/sh\n{body}\n")).unwrap();
    std::fs::set_permissions(&p, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
}

/// Length in seconds and RMS amplitude of a WAV file, from `sox FILE -n stat`.
fn sox_stat(sox: &Path, file: &Path) -> (f64, f64) {
    let out = Command::new(sox)
        .arg(file)
        .args(["-n", "stat"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stderr).into_owned();
    let field = |name: &str| -> f64 {
        text.lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.rsplit(':').next())
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or_else(|| panic!("no {name} in sox output:\n{text}"))
    };
    (field("Length (seconds)"), field("RMS     amplitude"))
}

#[test]
fn espeak_ng_says_each_phase_in_order_and_the_tones_keep_time() {
    let Some(found) = tools(&["espeak-ng", "sox", "date"]) else {
        return;
    };
    let (espeak, sox, date) = (&found[0], &found[1], &found[2]);
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let bin = root.join("bin");
    let wavs = root.join("wavs");
    for d in [&bin, &wavs, &root.join("config")] {
        std::fs::create_dir_all(d).unwrap();
    }
    // espeak-ng as windown finds it on PATH: each call's arguments one to a line, then the
    // real espeak-ng writing the utterance to the next numbered WAV file. (Shell built-ins
    // only: PATH has nothing else.)
    script(
        &bin,
        "espeak-ng",
        &format!(
            "n=0; [ -f '{w}/count' ] && read n < '{w}/count'; n=$((n + 1))\n\
             echo $n > '{w}/count'\n\
             for a in \"$@\"; do printf '%s\\n' \"$a\"; done > '{w}/'$n.argv\n\
             exec '{e}' -w '{w}/'$n.wav \"$@\"",
            w = wavs.display(),
            e = espeak.display()
        ),
    );
    // pw-play: when each tone was asked for, and which.
    let played = root.join("played");
    script(
        &bin,
        "pw-play",
        &format!(
            "t=$('{d}' +%s.%N)\nf=${{1##*/}}\necho \"$t ${{f%.wav}}\" >> '{p}'",
            d = date.display(),
            p = played.display()
        ),
    );
    std::fs::write(root.join("by-ear.toml"), ROUTINE).unwrap();
    std::fs::write(root.join("config/config.toml"), "[cues]\nbell = false\n").unwrap();
    let out = windown(root, &bin)
        .args(["run", "by-ear.toml", "--plain"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert_eq!(stderr, "");

    // Speech: each utterance whole, in order, after "--", and audible.
    let count: usize = std::fs::read_to_string(wavs.join("count"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert_eq!(count, SAID.len());
    let mut last_text = String::new();
    for (i, want) in SAID.iter().enumerate() {
        let n = i + 1;
        let argv = std::fs::read_to_string(wavs.join(format!("{n}.argv"))).unwrap();
        let argv: Vec<&str> = argv.lines().collect();
        // The language of the words goes to the engine every time (docs/translating.md).
        assert_eq!(argv, ["-v", "en", "--", want], "utterance {n}");
        let (secs, rms) = sox_stat(sox, &wavs.join(format!("{n}.wav")));
        // A path is read a part at a time ("f", "etc", "passwd").
        let words = want
            .split(|c: char| c.is_whitespace() || c == '/')
            .filter(|w| !w.is_empty())
            .count() as f64;
        assert!(rms > 0.01, "utterance {n} ({want}) is silent: rms {rms}");
        assert!(
            secs > 0.15 * words && secs < 0.3 + 1.2 * words,
            "utterance {n} ({want}) lasts {secs} s for {words} words"
        );
        last_text = want.to_string();
    }
    assert_eq!(last_text, "All done.");

    // Tones: which, in order, each on its deadline. A stand-in player's time stamp is the
    // deadline plus however long the process took to start, which on a loaded machine can be
    // a few hundred ms for any one tone (519 ms seen with eight builds sharing 2 cores); so
    // each tone is measured against the least late of them, and may be up to 800 ms later than
    // that, never earlier: a tone a second off, or times that drift by a second over the 9 s,
    // still fail.
    let played = std::fs::read_to_string(&played).unwrap();
    let got: Vec<(f64, &str)> = played
        .lines()
        .map(|l| {
            let (t, name) = l.split_once(' ').unwrap();
            (t.parse().unwrap(), name)
        })
        .collect();
    let names: Vec<&str> = got.iter().map(|(_, n)| *n).collect();
    let want: Vec<&str> = TONES.iter().map(|(_, n)| *n).collect();
    assert_eq!(names, want);
    // The start, as the least late tone puts it: every tone is at or after its deadline.
    let start = got
        .iter()
        .zip(TONES)
        .map(|((t, _), (plan, _))| t - plan)
        .fold(f64::INFINITY, f64::min);
    for ((t, name), (plan, _)) in got.iter().zip(TONES) {
        let late = t - start - plan;
        assert!(
            late <= 0.8,
            "{name} planned at {plan} s came at {:.3} s (times from the least late tone)",
            t - start
        );
    }
}

#[test]
fn an_option_looking_title_reaches_a_voice_command_on_stdin_only() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    std::fs::create_dir_all(root.join("config")).unwrap();
    let log = root.join("calls");
    // A stand-in speech program that records its arguments and its stdin.
    script(
        root,
        "say-stand-in",
        &format!(
            "printf 'argc=%s' \"$#\" >> '{l}'; for a in \"$@\"; do printf ' [%s]' \"$a\" >> '{l}'; done; printf ' stdin=' >> '{l}'; cat >> '{l}'",
            l = log.display()
        ),
    );
    let routine = "title = \"T\"\n[[step]]\ntitle = \"-f/etc/passwd\"\nkind = \"task\"\n";
    std::fs::write(root.join("t.toml"), routine).unwrap();
    std::fs::write(
        root.join("config/config.toml"),
        format!(
            "[cues]\nbell = false\n[sounds]\nplayer = \"off\"\n[voice]\ncommand = [\"{}\", \"--rate\", \"1\"]\n",
            root.join("say-stand-in").display()
        ),
    )
    .unwrap();
    let mut child = windown(root, std::env::var_os("PATH").unwrap_or_default())
        .args(["run", "t.toml", "--plain"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Let the task's cue be said before the line that completes it.
    std::thread::sleep(std::time::Duration::from_millis(300));
    std::io::Write::write_all(child.stdin.as_mut().unwrap(), b"\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        std::fs::read_to_string(&log).unwrap(),
        "argc=2 [--rate] [1] stdin=-f/etc/passwd.\nargc=2 [--rate] [1] stdin=All done.\n"
    );
}

#[test]
fn cues_check_plays_each_sound_says_a_sentence_and_tells_what_it_found() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let bin = root.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    std::fs::create_dir_all(root.join("config")).unwrap();
    let log = root.join("log");
    for name in ["espeak-ng", "pw-play"] {
        script(
            &bin,
            name,
            &format!("echo \"{name} $*\" >> '{}'", log.display()),
        );
    }
    let check = |path: &Path| {
        windown(root, path)
            .args(["cues", "check"])
            .output()
            .unwrap()
    };
    let out = check(&bin);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        stdout.lines().next(),
        Some("speech: espeak-ng | sounds: pw-play | bell: on")
    );
    let log = std::fs::read_to_string(&log).unwrap();
    let calls: Vec<String> = log
        .lines()
        .map(|l| {
            l.replace(&format!("{}/", root.display()), "")
                .replace("windown-tones", "")
        })
        .collect();
    let tones: Vec<&str> = calls
        .iter()
        .filter(|c| c.starts_with("pw-play"))
        .map(|c| c.rsplit('/').next().unwrap())
        .collect();
    assert_eq!(
        tones,
        [
            "ready.wav",
            "hold.wav",
            "tick.wav",
            "tick.wav",
            "tick.wav",
            "rest.wav",
            "switch.wav",
            "done.wav"
        ]
    );
    assert!(
        calls.contains(&"espeak-ng -v en -- This is windown.".into())
            && calls.contains(&"espeak-ng -v en -- Wall calf stretch.".into())
            && calls.contains(&"espeak-ng -v en -- Left foot back first.".into()),
        "{calls:?}"
    );

    // Nothing found: what to install.
    let out = check(Path::new("/nonexistent"));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.starts_with(
            "speech: none found | sounds: no player found | bell: on\n  for spoken cues install speech-dispatcher (spd-say) or espeak-ng"
        ),
        "{stdout}"
    );
    assert!(stdout.contains("alsa-utils (aplay)"), "{stdout}");
}
