//! The first run in the test language en-XA: every question of the setup screen at 80x24 and
//! 40x12 with no plain English word on any row (`snap_all`), and `windown setup --plain`
//! under `--lang en-XA`; then one German plain run: a question in German and the safety text
//! with its English original (German is a draft).

use std::io::Write as _;
use std::process::Stdio;
use std::time::Instant;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use windown::i18n;
use windown::tui::app::{App, Screen};
use windown::tui::screens::setup::SetupScreen;
use windown::tui::theme::Look;
use windown::tui::work::Done;

use super::common::Env;
use super::tui::{ch, cx, home};
use super::tui_en_xa::{en_xa, plain_words, snap_all};

fn key(app: &mut App, code: KeyCode, now: Instant) {
    let _ = app.key(KeyEvent::new(code, KeyModifiers::NONE), &cx(now));
}

fn typed(app: &mut App, text: &str, now: Instant) {
    for c in text.chars() {
        let _ = app.key(ch(c), &cx(now));
    }
}

/// Every question, the notices and the end, as a person meets them.
#[test]
fn every_setup_question_in_en_xa() {
    i18n::scoped(en_xa(), || {
        let t0 = Instant::now();
        let mut app = App::new(Look::FULL, home(), false);
        app.screen = Screen::Setup(Box::new(SetupScreen::new(true)));
        snap_all("en_xa_setup_welcome", &app, t0);
        key(&mut app, KeyCode::Enter, t0);
        snap_all("en_xa_setup_heard", &app, t0);
        // Not heard: what to check, for what the sound check used (nothing found).
        let _ = app.done(Done::SetupSound(Default::default()), &cx(t0));
        let _ = app.key(ch('n'), &cx(t0));
        snap_all("en_xa_setup_try_again", &app, t0);
        let _ = app.key(ch('y'), &cx(t0));
        let _ = app.key(ch('n'), &cx(t0));
        let _ = app.key(ch('n'), &cx(t0));
        // Speech and tones off, said under the bedtime question.
        snap_all("en_xa_setup_sound_off", &app, t0);
        // Digits, so that no typed letter is taken for a word left unconverted.
        typed(&mut app, "25:99", t0);
        key(&mut app, KeyCode::Enter, t0);
        snap_all("en_xa_setup_bedtime_mistyped", &app, t0);
        for _ in 0..5 {
            key(&mut app, KeyCode::Backspace, t0);
        }
        typed(&mut app, "22:30", t0);
        key(&mut app, KeyCode::Enter, t0);
        typed(&mut app, "22:30", t0);
        key(&mut app, KeyCode::Enter, t0);
        snap_all("en_xa_setup_wake_is_bedtime", &app, t0);
        for _ in 0..5 {
            key(&mut app, KeyCode::Backspace, t0);
        }
        typed(&mut app, "7", t0);
        key(&mut app, KeyCode::Enter, t0);
        snap_all("en_xa_setup_balance", &app, t0);
        let _ = app.key(ch('y'), &cx(t0));
        for name in ["hydration", "wind_down", "legs_up"] {
            snap_all(&format!("en_xa_setup_reminder_{name}"), &app, t0);
            let _ = app.key(ch('s'), &cx(t0));
        }
        snap_all("en_xa_setup_start", &app, t0);
        let _ = app.key(ch('n'), &cx(t0));
        let said = Ok(vec![i18n::tr(
            "setup-wrote",
            &[("path", i18n::Arg::from("/h/.config/windown/config.toml"))],
        )]);
        let _ = app.done(Done::Setup(said), &cx(t0));
        // The path is a file name, not a word of ours: only the rows above it are checked.
        super::tui_en_xa::snap("en_xa_setup_done", &app, t0, &[0, 2, -1]);
    });
}

/// `windown setup --plain --lang en-XA`: every line it prints is converted (the paths it
/// names aside).
#[test]
fn plain_setup_in_en_xa() {
    let env = Env::new();
    let out = plain(
        &env,
        &["setup", "--plain", "--lang", "en-XA"],
        b"s\nlate\n\n\nmaybe\n",
    );
    for line in out.lines() {
        let words: Vec<String> = plain_words(line)
            .into_iter()
            .filter(|w| {
                !line.contains(&format!("/{w}"))
                    && !["windown", "config", "toml"].contains(&w.as_str())
            })
            .collect();
        assert!(words.is_empty(), "{line:?}: {words:?}\n{out}");
    }
    assert!(out.contains("[Ŵ"), "{out}");
}

/// One German run: a question in German, and the safety text with its English original
/// under it (the German draft is not yet reviewed).
#[test]
fn plain_setup_in_german_shows_the_english_safety_text() {
    let env = Env::new();
    let out = plain(&env, &["setup", "--plain", "--lang", "de"], b"s\n\n\nja\n");
    for said in [
        "Willkommen bei windown.",
        "Dies ist ein allgemeines Programm",
        "This is a general routine, not a diagnosis or a treatment, and it does not replace a clinician.",
        "Stop any stretch that hurts.",
        "Get urgent medical advice if the cramp lasts over 10 minutes",
        "(3 von 5) Wann gehen Sie gewöhnlich zu Bett?",
        "Sprache: Deutsch.",
        // The end names the language kept.
        "Sprache Deutsch gespeichert (language = \"de\")",
    ] {
        assert!(out.contains(said), "\"{said}\" in:\n{out}");
    }
    // Each English original comes right after its German line.
    let de = out.find("Dies ist ein allgemeines").unwrap_or(usize::MAX);
    let en = out.find("This is a general routine").unwrap_or(0);
    assert!(de < en, "{out}");
    // "ja" was a yes to the balance question; the language it ran in is kept.
    let config = std::fs::read_to_string(env.path("config/config.toml")).expect("config.toml");
    assert!(config.contains("\nbalance = \"poor\"\n"), "{config}");
    assert!(config.contains("\nlanguage = \"de\"\n"), "{config}");
    // A later `windown setup --lang fr` changes it: the first choice does not stick.
    let again = plain(&env, &["setup", "--plain", "--lang", "fr"], b"s\n");
    assert!(again.contains("Bienvenue dans windown."), "{again}");
    let config = std::fs::read_to_string(env.path("config/config.toml")).expect("config.toml");
    assert!(config.contains("\nlanguage = \"fr\"\n"), "{config}");
}

/// German chosen before, the desktop now in French: config.toml keeps German (it comes before
/// `LANG`), and the setup says how to switch, in German.
#[test]
fn the_setup_tells_of_a_desktop_language_that_differs_from_the_one_kept() {
    let env = Env::new();
    env.write("config/config.toml", "language = \"de\"\n");
    let out = plain_with(
        &env,
        &["setup", "--plain"],
        b"s\n",
        &[("LANG", "fr_FR.UTF-8")],
    );
    assert!(out.contains("Sprache: Deutsch."), "{out}");
    assert!(
        out.contains(
            "Ihr Desktop ist auf Français eingestellt: windown setup --lang fr wechselt dorthin."
        ),
        "{out}"
    );
}

/// A German run where espeak-ng has no German voice: the notice is in German, and the
/// question asks about the tone that was played, not a voice that was not.
#[test]
fn plain_setup_in_german_without_a_german_voice_asks_about_the_tone() {
    let env = Env::new();
    let bin = env.path("bin");
    std::fs::create_dir_all(&bin).expect("bin folder");
    let prog = bin.join("espeak-ng");
    std::fs::write(
        &prog,
        "#!/bin/sh\nprintf 'Pty Language Age/Gender VoiceName\\n'\n",
    )
    .expect("espeak-ng stand-in");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&prog, std::fs::Permissions::from_mode(0o755)).expect("mode");
    let path = bin.to_string_lossy().into_owned();
    let out = plain_with(
        &env,
        &["setup", "--plain", "--lang", "de"],
        b"\n\n",
        &[("PATH", path.as_str())],
    );
    for said in [
        "Ein Ton (keine Stimme).",
        "(Sprache aus: espeak-ng hat keine Stimme für „de“; stattdessen Töne (installieren Sie eine, oder setzen Sie [voice] language))",
        "(2 von 5) Haben Sie das gehört? (ein Ton) [",
    ] {
        assert!(out.contains(said), "\"{said}\" in:\n{out}");
    }
    for not in [
        "has no voice",
        "dann eine Stimme)",
        "kein Sprachprogramm gefunden",
    ] {
        assert!(!out.contains(not), "\"{not}\" in:\n{out}");
    }
}

/// German, with times already in config.toml: a skip says the times kept, and the welcome's
/// words are right.
#[test]
fn plain_setup_in_german_says_the_times_a_skip_keeps() {
    let env = Env::new();
    env.write(
        "config/config.toml",
        "wake = \"06:30\"\nbedtime = \"23:15\"\n",
    );
    let out = plain(&env, &["setup", "--plain", "--lang", "de"], b"s\n\n\n");
    for said in [
        "Fragen zu fünf Themen; jedes lässt sich überspringen.",
        "übersprungen: Schlafenszeit bleibt 23:15",
        "übersprungen: Aufstehzeit bleibt 06:30",
    ] {
        assert!(out.contains(said), "\"{said}\" in:\n{out}");
    }
    assert!(!out.contains("bleibt 07:00"), "{out}");
}

/// At 80x24 the German welcome shows the language on the first screen, and a paragraph the
/// bottom cuts ends in "…" with ↓ more in the hint line.
#[test]
fn the_german_welcome_at_80x24_shows_the_language_and_cuts_nothing_silently() {
    let de: &'static i18n::Messages = Box::leak(Box::new(i18n::Messages::builtin("de")));
    i18n::scoped(de, || {
        let t0 = Instant::now();
        let mut app = App::new(Look::FULL, home(), false);
        app.screen = Screen::Setup(Box::new(SetupScreen::new(true)));
        let rows = super::tui_en_xa::rows(&app, t0, 80, 24);
        insta::assert_snapshot!("de_setup_welcome_80x24", rows.join("\n"));
        let all = rows.join("\n");
        assert!(all.contains("Sprache: Deutsch."), "{all}");
        assert!(all.contains("mehr"), "{all}");
    });
}

/// Run `args` with `input` on stdin; its stdout (it must succeed).
fn plain(env: &Env, args: &[&str], input: &[u8]) -> String {
    plain_with(env, args, input, &[])
}

/// [`plain`] with more variables in the environment.
fn plain_with(env: &Env, args: &[&str], input: &[u8], vars: &[(&str, &str)]) -> String {
    let mut child = env
        .cmd(args)
        .envs(vars.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("windown setup");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("answers written");
    let out = child.wait_with_output().expect("windown setup ends");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

/// In a draft language at 40x12 the welcome's urgent line stays pinned in sight, whole (its
/// short form); its English original (short too), which does not fit beside it, scrolls in its
/// place: every line of it is seen while scrolling, and the pinned line is never cut.
#[test]
fn the_german_welcome_keeps_the_urgent_line_in_sight_at_40x12() {
    let de: &'static i18n::Messages = Box::leak(Box::new(i18n::Messages::builtin("de")));
    i18n::scoped(de, || {
        let t0 = Instant::now();
        let mut app = App::new(Look::FULL, home(), false);
        app.screen = Screen::Setup(Box::new(SetupScreen::new(true)));
        let flat = |app: &App| {
            super::tui_en_xa::rows(app, t0, 40, 12)
                .join(" ")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        insta::assert_snapshot!(
            "de_setup_welcome_40x12",
            super::tui_en_xa::rows(&app, t0, 40, 12).join("\n")
        );
        let (mut first, mut last) = (false, false);
        for _ in 0..30 {
            let shown = flat(&app);
            assert!(
                shown.contains("Dringend ärztlicher Rat bei über 10 Minuten")
                    && shown.contains("sofort Notruf wählen."),
                "{shown}"
            );
            first |= shown.contains("Get urgent advice if over 10 minutes");
            last |= shown.contains("call an emergency number now.");
            key(&mut app, KeyCode::Down, t0);
        }
        assert!(first && last, "the English original, first and last line");
    });
}
