//! The built-in routines in the test language en-XA: home's list and details, a session's
//! phases, `windown list`, `windown show` and plain mode. Every word on screen is a message
//! (bracketed, accented), the routines' own words included; and home on a rest evening of the
//! experiment (in English): the routine as it runs tonight, a word before stretching.

use std::time::{Duration, Instant};

use windown::i18n;
use windown::routine::Routine;
use windown::tui::app::App;
use windown::tui::screens::home::{Entry, Home};
use windown::tui::theme::Look;

use super::tui::{at, ch, cx, draw};
use super::tui_en_xa::{en_xa, plain_words, rows, snap_all};

fn built_in(id: &str) -> Routine {
    windown::routine::builtin::ROUTINES
        .iter()
        .find(|b| b.id == id)
        .expect("a built-in routine")
        .load()
        .expect("it parses")
}

/// Home with the built-in routines, `id` selected.
fn home_of_built_ins(id: &str) -> Home {
    let entries: Vec<Entry> = windown::routine::builtin::ROUTINES
        .iter()
        .map(|b| Entry::Routine(Box::new(b.load().expect("it parses"))))
        .collect();
    let mut h = Home::new(entries);
    h.select(id);
    h
}

#[test]
fn home_shows_the_built_in_routines_in_en_xa() {
    i18n::scoped(en_xa(), || {
        let t0 = Instant::now();
        for b in windown::routine::builtin::ROUTINES {
            let app = App::new(Look::FULL, home_of_built_ins(b.id), false);
            snap_all(&format!("en_xa_home_{}", b.id), &app, t0);
        }
    });
}

/// Every phase of every built-in routine, skipped through with `n` (tasks done with Enter):
/// no plain English word on any row at either size.
#[test]
fn every_phase_of_the_built_in_routines_in_en_xa() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    i18n::scoped(en_xa(), || {
        for b in windown::routine::builtin::ROUTINES {
            let t0 = Instant::now();
            let r = built_in(b.id);
            let figures = vec![None; r.steps.len()];
            let mut app = App::new(Look::FULL, Home::default(), false);
            app.start(r, figures, &cx(t0));
            let mut phases = 0;
            for _ in 0..300 {
                if !matches!(app.screen, windown::tui::app::Screen::Session(_)) {
                    break;
                }
                for (w, h) in [(80u16, 24u16), (40, 12)] {
                    for (y, row) in rows(&app, t0, w, h).iter().enumerate() {
                        let plain = plain_words(row);
                        assert!(
                            plain.is_empty(),
                            "{} {w}x{h} phase {phases} row {y} {row:?}: {plain:?}",
                            b.id
                        );
                    }
                }
                app.key(ch('n'), &cx(t0));
                app.key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE), &cx(t0));
                phases += 1;
            }
            assert!(phases > 3, "{}: {phases} phases", b.id);
        }
    });
}

#[test]
fn a_built_in_session_in_en_xa() {
    i18n::scoped(en_xa(), || {
        let t0 = Instant::now();
        let r = built_in("evening-legs");
        let figures = vec![None; r.steps.len()];
        let mut app = App::new(Look::FULL, Home::default(), false);
        app.start(r, figures, &cx(t0));
        let now = t0 + Duration::from_millis(1500);
        at(&mut app, now);
        snap_all("en_xa_routine_get_ready", &app, now);
        // The first step is a task: done with Enter, the stretch's get ready and hold follow.
        app.key(
            ratatui::crossterm::event::KeyEvent::new(
                ratatui::crossterm::event::KeyCode::Enter,
                ratatui::crossterm::event::KeyModifiers::NONE,
            ),
            &cx(now),
        );
        for s in 2..=20 {
            at(&mut app, t0 + Duration::from_secs(s));
        }
        let now = t0 + Duration::from_secs(20);
        snap_all("en_xa_routine_hold", &app, now);
    });
}

/// A rest evening of the experiment, in English: the wind-down's details list the steps it
/// runs tonight, the experiment's line is wrapped whole, and Enter on a stretching routine
/// says first that tonight is a rest evening; a second Enter starts it.
#[test]
fn home_on_a_rest_evening() {
    use windown::tui::screens::Act;
    let t0 = Instant::now();
    let mut h = home_of_built_ins("wind-down");
    h.rest_evening = true;
    h.experiment = Some(
        "Experiment: tonight is a rest evening: no evening routine; if a cramp comes, stretch \
         it as usual."
            .into(),
    );
    h.header = "streak 3 evenings".into();
    let mut app = App::new(Look::FULL, h, false);
    let text = |app: &App| rows(app, t0, 80, 24).join("\n");
    let shown = text(&app);
    insta::assert_snapshot!(
        "rest_evening_wind_down_80x24",
        draw(&app, t0, 80, 24).backend()
    );
    // The experiment's line wrapped whole, not cut.
    assert!(shown.contains("no evening routine; if a cramp"), "{shown}");
    assert!(shown.contains("comes, stretch it as usual."), "{shown}");
    assert!(shown.contains("without its stretches"), "{shown}");
    // Nine steps as written, two of them stretches: seven run tonight.
    assert_eq!(built_in("wind-down").steps.len(), 9);
    assert!(shown.contains("7 steps"), "the steps run tonight: {shown}");
    assert!(!shown.contains("Wall calf stretch"), "{shown}");
    // A stretching routine: a word first, then it starts.
    app.home.select("evening-legs");
    let enter = ratatui::crossterm::event::KeyEvent::new(
        ratatui::crossterm::event::KeyCode::Enter,
        ratatui::crossterm::event::KeyModifiers::NONE,
    );
    let acts = app.key(enter, &cx(t0));
    assert!(!acts.iter().any(|a| matches!(a, Act::Do(_))), "{acts:?}");
    let shown = text(&app);
    assert!(shown.contains("Enter again to stretch anyway"), "{shown}");
    let acts = app.key(enter, &cx(t0));
    assert!(acts.iter().any(|a| matches!(a, Act::Do(_))), "{acts:?}");
}

/// A command's output in en-XA: every line's words converted, but the routines' ids, file
/// values and the plain mode's five fields (machines read them), which `keep` lists.
fn all_converted(what: &str, out: &str, keep: &[&str]) {
    for line in out.lines() {
        let plain: Vec<String> = plain_words(line)
            .into_iter()
            .filter(|w| !keep.contains(&w.as_str()))
            .collect();
        assert!(plain.is_empty(), "{what}: {line:?}: {plain:?}\n{out}");
    }
}

/// Ids of the built-in routines, words that stay as they are.
const IDS: &[&str] = &[
    "evening", "legs", "extended", "seated", "wind", "down", "ID",
];

#[test]
fn list_and_show_in_en_xa() {
    let env = super::common::Env::new();
    let o = env.output(&["--lang", "en-XA", "list"]);
    assert!(o.status.success(), "{o:?}");
    let out = String::from_utf8_lossy(&o.stdout);
    all_converted("list", &out, IDS);
    for b in windown::routine::builtin::ROUTINES {
        let o = env.output(&["--lang", "en-XA", "show", b.id, "--details"]);
        assert!(o.status.success(), "{o:?}");
        let out = String::from_utf8_lossy(&o.stdout);
        all_converted(b.id, &out, IDS);
    }
}

/// Plain mode in en-XA: the text after the five fields, and the detail lines, are converted;
/// the fields stay English (programs read them).
#[test]
fn plain_mode_in_en_xa() {
    use std::io::Write as _;
    let env = super::common::Env::new();
    env.write(
        "quick.toml",
        "title = \"Quick\"\nid = \"quick\"\n\n[[step]]\nstretch = \"wall-calf\"\n\
         prepare = \"1s\"\nduration = \"1s\"\nreps = 2\nrest = \"1s\"\nsides = \"left\"\n\n\
         [[step]]\nstretch = \"set-up\"\nkind = \"task\"\n",
    );
    env.write(
        "config/config.toml",
        "[cues]\nbell = false\n[voice]\nengine = \"off\"\n[sounds]\nplayer = \"off\"\n",
    );
    let mut cmd = env.cmd(&["--lang", "en-XA", "run", "quick.toml", "--plain"]);
    cmd.stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped());
    let mut child = cmd.spawn().expect("windown runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"\n")
        .expect("a line");
    let o = child.wait_with_output().expect("it ends");
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains(" DONE - - - ["), "{out}");
    for line in out.lines() {
        // The five fields, then the text; detail lines start with two spaces.
        let text = if line.starts_with("  ") {
            line
        } else {
            line.splitn(6, ' ').nth(5).unwrap_or_default()
        };
        all_converted("plain", text, &[]);
    }
}

/// Every line a command printed on stdout and stderr: after an English `error:`, `hint:`,
/// `warning:` prefix (or `= hint:`), the words are a message's (bracketed), the path printed
/// alone aside.
fn command_converted(what: &str, o: &std::process::Output) -> usize {
    let mut checked = 0;
    for out in [&o.stdout, &o.stderr] {
        for line in String::from_utf8_lossy(out).lines() {
            let t = line.trim_start();
            if t.starts_with(|c: char| c.is_ascii_digit() || c == '|') {
                continue; // a located error's quoted line and caret: the file's own words
            }
            let t = ["error: ", "= hint: ", "hint: ", "warning: "]
                .iter()
                .find_map(|p| t.strip_prefix(p))
                .unwrap_or(t);
            if t.ends_with(".toml") && !t.contains(' ') {
                continue; // the path of the file `new` wrote
            }
            // A located error's place, `path:line:column: `, stays as it is.
            let t = t
                .split_once(": [")
                .map_or(t, |(_, m)| &t[t.len() - m.len() - 1..]);
            assert!(t.starts_with('['), "{what}: not converted: {line:?}");
            all_converted(what, t, &[]);
            checked += 1;
        }
    }
    checked
}

/// `windown new` and `windown import` in en-XA: what they print, and their mistakes.
#[test]
fn new_and_import_in_en_xa() {
    let env = super::common::Env::new();
    let run = |args: &[&str]| {
        let mut all = vec!["--lang", "en-XA"];
        all.extend_from_slice(args);
        env.output(&all)
    };
    let o = run(&["new", "my-legs"]);
    assert!(o.status.success(), "{o:?}");
    // Replacing a built-in routine: a note on stderr.
    let o = run(&["new", "evening-legs", "--from", "evening-legs"]);
    assert!(o.status.success(), "{o:?}");
    assert_eq!(command_converted("new over a built-in", &o), 1, "{o:?}");
    for (what, args) in [
        ("a bad id", &["new", "Bad Id"][..]),
        ("a file there", &["new", "my-legs"]),
        (
            "an unknown source",
            &["new", "x-legs", "--from", "no-such.toml"],
        ),
    ] {
        let o = run(args);
        assert!(!o.status.success(), "{what}: {o:?}");
        assert!(command_converted(what, &o) >= 1, "{what}: {o:?}");
    }
    let shared = env.write(
        "shared.toml",
        "title = \"Zz\"\n\n[[step]]\nstretch = \"wall-calf\"\nduration = \"10s\"\n",
    );
    let shared = shared.to_str().expect("a UTF-8 path");
    let o = run(&["import", shared, "--id", "zz"]);
    assert!(o.status.success(), "{o:?}");
    assert_eq!(command_converted("import", &o), 1, "{o:?}");
    // Imported again: the id is taken; a command's name: imported with a note.
    let o = run(&["import", shared, "--id", "zz"]);
    assert!(!o.status.success(), "{o:?}");
    assert_eq!(command_converted("taken", &o), 2, "{o:?}");
    let o = run(&["import", shared, "--id", "stats"]);
    assert!(o.status.success(), "{o:?}");
    assert_eq!(command_converted("a command's name", &o), 2, "{o:?}");
    env.write(
        "escape.toml",
        "# \u{202e}x\ntitle = \"Zz\"\n\n[[step]]\nstretch = \"wall-calf\"\nduration = \"10s\"\n",
    );
    let o = run(&["import", env.path("escape.toml").to_str().unwrap()]);
    assert!(!o.status.success(), "{o:?}");
    assert!(command_converted("escape", &o) >= 1, "{o:?}");
}
