//! The routine editor and the reminders screen in the test language en-XA at 80x24 and 40x12:
//! every word of ours is bracketed (converted) and a message is never cut without "…". What
//! is not ours stays as written and is left out of the check: the name windown, the command
//! `windown remind install`, a reminder's id, the file's words in the days field, and a routine's own words (here written in
//! accented letters, which count as converted, so that the rest of each row is checked). One
//! German test shows the weekdays and the clock.

use std::path::PathBuf;
use std::time::Instant;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use windown::i18n::{self, Messages};
use windown::tui::app::{App, Screen};
use windown::tui::theme::Look;
use windown::tui::work::{Done, EditorDone, HomeDone, Opened};

use super::tui::{ch, cx, draw, home, work};
use super::tui_en_xa::{en_xa, plain_words, rows};

/// Words on these screens that are not ours and stay as they are in every language.
const NOT_OURS: &[&str] = &[
    "windown remind install",
    " windown ",
    "legs-up",
    "hydration",
    // The routine file's name.
    "my-legs.toml",
    // What the days field holds: the file's own words, typed as the file has them.
    "every day",
];

/// Snapshot at both sizes, and check that no row has a plain English word once the words
/// that are not ours are taken out.
fn snap_ours(name: &str, app: &App, now: Instant) {
    for (w, h) in [(80u16, 24u16), (40, 12)] {
        let t = draw(app, now, w, h);
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), t.backend());
        for (y, row) in rows(app, now, w, h).iter().enumerate() {
            let mut row = format!(" {row} ");
            for n in NOT_OURS {
                row = row.replace(n, " ");
            }
            let plain = plain_words(&row);
            assert!(
                plain.is_empty(),
                "{name} {w}x{h} row {y} {row:?}: {plain:?}"
            );
        }
    }
}

fn key(c: KeyCode) -> KeyEvent {
    KeyEvent::new(c, KeyModifiers::NONE)
}

/// A routine file whose own words are accented, so they count as converted.
const ROUTINE: &str = "title = \"Ŵàďé\"\n\n[defaults]\nhold = \"20s\"\n\n[[step]]\ntitle = \"Çàļƒ\"\nhold = \"10s\"\n\n[[step]]\ntitle = \"Ĥàɱ\"\nreps = 2\n";

fn editor(t0: Instant) -> App {
    let mut app = App::new(Look::FULL, home(), false);
    app.done(
        Done::Home(HomeDone::OpenEditor(Ok(Opened {
            path: PathBuf::from("/cfg/routines/my-legs.toml"),
            text: ROUTINE.into(),
            said: None,
        }))),
        &cx(t0),
    );
    assert!(matches!(app.screen, Screen::Editor(_)), "{:?}", app.screen);
    app
}

#[test]
fn the_editor_in_en_xa() {
    i18n::scoped(en_xa(), || {
        let t0 = Instant::now();
        let mut app = editor(t0);
        app.key(ch('j'), &cx(t0));
        app.key(ch('j'), &cx(t0));
        snap_ours("en_xa_editor", &app, t0);
        // A change, not saved: the border says so, and leaving asks.
        app.key(ch('+'), &cx(t0));
        app.key(ch('q'), &cx(t0));
        snap_ours("en_xa_editor_leave_unsaved", &app, t0);
        // Saved.
        app.done(
            Done::Editor(EditorDone::Saved(Ok(ROUTINE.replace("10s", "15s")))),
            &cx(t0),
        );
        snap_ours("en_xa_editor_saved", &app, t0);
        app.key(ch('u'), &cx(t0));
        app.key(ch('u'), &cx(t0));
        snap_ours("en_xa_editor_nothing_to_undo", &app, t0);
        // The title typed.
        app.key(ch('t'), &cx(t0));
        snap_ours("en_xa_editor_title", &app, t0);
        app.key(key(KeyCode::Esc), &cx(t0));
        // The help.
        app.key(ch('?'), &cx(t0));
        snap_ours("en_xa_editor_help", &app, t0);
        app.key(ch('x'), &cx(t0));
        // The file changed on the disk.
        let files = windown::tui::watch::Changed {
            routines: true,
            ..Default::default()
        };
        app.files_changed(files);
        app.done(
            Done::Editor(EditorDone::Disk(
                PathBuf::from("/cfg/routines/my-legs.toml"),
                None,
            )),
            &cx(t0),
        );
        snap_ours("en_xa_editor_file_gone", &app, t0);
    });
}

/// The add-step list shows the stretch library's titles in the language.
#[test]
fn the_editor_add_list_in_en_xa() {
    i18n::scoped(en_xa(), || {
        let t0 = Instant::now();
        let mut app = editor(t0);
        app.key(ch('j'), &cx(t0));
        app.key(ch('a'), &cx(t0));
        snap_ours("en_xa_editor_add", &app, t0);
    });
}

/// The reminders screen: reading, the list, a switch, a test on its way, the two forms (one
/// with a mistake), the help, a file with a mistake and a file that cannot be read.
#[test]
fn the_reminders_screen_in_en_xa() {
    i18n::scoped(en_xa(), || {
        let t0 = Instant::now();
        let tmp = tempfile::tempdir().expect("a temporary folder");
        let dirs = windown::paths::Dirs::under(tmp.path());
        let mut app = App::new(Look::FULL, home(), false);
        let out = app.key(ch('r'), &cx(t0));
        snap_ours("en_xa_reminders_reading", &app, t0);
        work(&mut app, out, &dirs, t0);
        snap_ours("en_xa_reminders", &app, t0);
        // The second (legs-up, with its caution) switched on.
        app.key(ch('j'), &cx(t0));
        let out = app.key(ch(' '), &cx(t0));
        work(&mut app, out, &dirs, t0);
        snap_ours("en_xa_reminders_switched", &app, t0);
        app.key(ch('p'), &cx(t0));
        snap_ours("en_xa_reminders_starting", &app, t0);
        // Its times, with a mistake typed.
        app.key(ch('e'), &cx(t0));
        snap_ours("en_xa_reminders_times", &app, t0);
        app.key(ch('x'), &cx(t0));
        app.key(key(KeyCode::Enter), &cx(t0));
        snap_ours("en_xa_reminders_times_mistake", &app, t0);
        app.key(ch('?'), &cx(t0));
        snap_ours("en_xa_reminders_times_help", &app, t0);
        app.key(ch('x'), &cx(t0));
        app.key(key(KeyCode::Esc), &cx(t0));
        // Wake and bedtime.
        app.key(ch('w'), &cx(t0));
        snap_ours("en_xa_reminders_day", &app, t0);
        app.key(key(KeyCode::Esc), &cx(t0));
        app.key(ch('?'), &cx(t0));
        snap_ours("en_xa_reminders_help", &app, t0);
        app.key(ch('x'), &cx(t0));
        // One reminder with a mistake: the rest is listed.
        std::fs::write(
            dirs.reminders_file(),
            "[[reminder]]\nid = \"mine\"\ntitle = \"Ŵàţéŕ\"\nat = [\"10:30\"]\ndays = [\"mon\", \"wed\"]\n\n[[reminder]]\nid = \"bad\"\ntitle = \"Ƀàď\"\nat = [\"25:99\"]\n",
        )
        .expect("written");
        let out = app.key(ch('r'), &cx(t0));
        work(&mut app, out, &dirs, t0);
        // The mistake's own words are the file reader's (checked by its own area).
        for (w, h) in [(80u16, 24u16), (40, 12)] {
            let t = draw(&app, t0, w, h);
            insta::assert_snapshot!(format!("en_xa_reminders_mistake_{w}x{h}"), t.backend());
        }
        let shown = rows(&app, t0, 80, 24).join("\n");
        assert!(shown.contains("Ŵàţéŕ"), "{shown}");
        // A file that cannot be read at all: the mistake in place of the list (its words
        // are the file reader's, checked by its own area).
        std::fs::write(dirs.reminders_file(), "garbage = [\n").expect("written");
        let out = app.key(ch('r'), &cx(t0));
        work(&mut app, out, &dirs, t0);
        for (w, h) in [(80u16, 24u16), (40, 12)] {
            let t = draw(&app, t0, w, h);
            insta::assert_snapshot!(format!("en_xa_reminders_unreadable_{w}x{h}"), t.backend());
        }
    });
}

/// In German the days of a reminder are named and its times written as German writes them.
#[test]
fn the_reminders_screen_in_german() {
    let de: &'static Messages = Box::leak(Box::new(Messages::builtin("de")));
    i18n::scoped(de, || {
        let t0 = Instant::now();
        let tmp = tempfile::tempdir().expect("a temporary folder");
        let dirs = windown::paths::Dirs::under(tmp.path());
        std::fs::create_dir_all(&dirs.config).expect("a config folder");
        std::fs::write(
            dirs.reminders_file(),
            "[[reminder]]\nid = \"walk\"\ntitle = \"Spazieren\"\nat = [\"10:30\", \"18:00\"]\ndays = [\"mon\", \"wed\"]\n\n[[reminder]]\nid = \"water\"\ntitle = \"Wasser\"\nevery = \"2h\"\nfrom = \"08:00\"\nuntil = \"20:00\"\ndays = [\"sat\", \"sun\"]\n",
        )
        .expect("written");
        let mut app = App::new(Look::FULL, home(), false);
        let out = app.key(ch('r'), &cx(t0));
        work(&mut app, out, &dirs, t0);
        let t = draw(&app, t0, 80, 24);
        insta::assert_snapshot!("de_reminders_80x24", t.backend());
        let shown = rows(&app, t0, 80, 24).join("\n");
        // Tuesday 24 November 2026, 21:30: the walk comes next on Wednesday, the water on
        // Saturday.
        assert!(
            shown.contains("um 10:30, 18:00, Montag, Mittwoch"),
            "{shown}"
        );
        assert!(shown.contains("morgen 10:30"), "{shown}");
        assert!(shown.contains("am Wochenende"), "{shown}");
        assert!(shown.contains("Sa., 28. Nov. 08:00"), "{shown}");
        assert!(shown.contains("Erinnerungsdienst: läuft nicht"), "{shown}");
    });
}

/// A reminder's caution is a safety text: while German is not clinically reviewed, the
/// English original shows under the German one.
#[test]
fn a_caution_in_german_shows_the_english_original() {
    let de: &'static Messages = Box::leak(Box::new(Messages::builtin("de")));
    i18n::scoped(de, || {
        let t0 = Instant::now();
        let tmp = tempfile::tempdir().expect("a temporary folder");
        let dirs = windown::paths::Dirs::under(tmp.path());
        let mut app = App::new(Look::FULL, home(), false);
        let out = app.key(ch('r'), &cx(t0));
        work(&mut app, out, &dirs, t0);
        // The first reminder, water, with its caution.
        let shown = rows(&app, t0, 80, 24).join("\n");
        assert!(shown.contains("Wenn Ihnen eine medizinische"), "{shown}");
        assert!(
            shown.contains("Auf Englisch: If a clinician has told you"),
            "{shown}"
        );
    });
}

/// The editor on `text`, the file /cfg/routines/my-legs.toml.
fn editor_of(t0: Instant, text: &str) -> App {
    let mut app = App::new(Look::FULL, home(), false);
    app.done(
        Done::Home(HomeDone::OpenEditor(Ok(Opened {
            path: PathBuf::from("/cfg/routines/my-legs.toml"),
            text: text.into(),
            said: None,
        }))),
        &cx(t0),
    );
    app
}

/// A step naming a built-in stretch shows the stretch's title in the language, a step with
/// no title says so, and each row is one message; a file the editor cannot change says why
/// in the language.
#[test]
fn the_editor_rows_of_built_in_steps_in_en_xa() {
    i18n::scoped(en_xa(), || {
        let t0 = Instant::now();
        let app = editor_of(
            t0,
            "title = \"Ŵàďé\"\n\n[[step]]\nstretch = \"wall-calf\"\n\n[[step]]\nhold = \"10s\"\n",
        );
        assert!(matches!(app.screen, Screen::Editor(_)), "{:?}", app.screen);
        // The step without a title does not load: its mistake is shown at its place.
        for (w, h) in [(80u16, 24u16), (40, 12)] {
            let t = draw(&app, t0, w, h);
            insta::assert_snapshot!(format!("en_xa_editor_built_in_steps_{w}x{h}"), t.backend());
            for (y, row) in rows(&app, t0, w, h).iter().enumerate() {
                let mut row = row.replace("error: /cfg/routines/my-legs.toml", " ");
                for n in NOT_OURS {
                    row = row.replace(n, " ");
                }
                let plain = plain_words(&row);
                assert!(plain.is_empty(), "{w}x{h} row {y} {row:?}: {plain:?}");
            }
        }
        let shown = rows(&app, t0, 80, 24);
        let step = shown
            .iter()
            .find(|r| r.contains("[1. "))
            .expect("step 1's row");
        assert!(step.contains("[1. [Ŵåå"), "{step}");
        for text in [
            "title = \"Ŵàďé\"\nstep = [{ title = \"Çàļƒ\", hold = \"10s\" }]\n",
            "title = \"Ŵàďé\"\n[[step]\n",
        ] {
            let app = editor_of(t0, text);
            assert!(!matches!(app.screen, Screen::Editor(_)), "{text}");
            // Home's details say why, in the language (the TOML reader's own words after
            // ": " stay English, docs/translating.md).
            let shown = rows(&app, t0, 80, 24);
            let why = shown
                .iter()
                .find_map(|r| r.split_once("[/cfg/routines/my-legs.toml "))
                .unwrap_or_else(|| panic!("{text}: {shown:#?}"))
                .1;
            let why = why.split(':').next().unwrap_or_default();
            assert!(why.contains("éé"), "{text}: {why}");
            assert!(plain_words(why).is_empty(), "{text}: {why}");
        }
    });
}
