//! The evening screens (home, a session, the help, the quit question) in the test language
//! en-XA at 80x24 and 40x12: every word of ours is bracketed (converted), and a message is
//! never cut without "…". The routine's own words (titles, how-tos) are not converted yet and
//! show plain. Each test sets the language for its own thread only (`i18n::scoped`).

use std::time::{Duration, Instant};

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use windown::i18n::{self, Messages};
use windown::tui::app::App;
use windown::tui::theme::Look;

use super::tui::{at, ch, cx, draw, home, secs, started};

pub(super) fn en_xa() -> &'static Messages {
    Box::leak(Box::new(Messages::builtin("en-XA")))
}

/// The screen's rows as text.
pub(super) fn rows(app: &App, now: Instant, w: u16, h: u16) -> Vec<String> {
    let t = draw(app, now, w, h);
    let buf = t.backend().buffer();
    (0..h)
        .map(|y| (0..w).map(|x| buf[(x, y)].symbol()).collect::<String>())
        .collect()
}

/// The runs of letters outside brackets in `row` that are plain English (en-XA accents every
/// letter it converts, so an accented word is a message's even where a wrapped message's
/// bracket is on another row), leaving out key names.
pub(super) fn plain_words(row: &str) -> Vec<String> {
    const KEYS: &[&str] = &[
        "Enter", "Esc", "space", "PgUp", "PgDn", "Home", "End", "Ctrl",
    ];
    let mut depth = 0i32;
    let mut out = Vec::new();
    let mut word = String::new();
    for c in row.chars().chain([' ']) {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            _ => {}
        }
        if depth == 0 && c.is_alphabetic() {
            word.push(c);
        } else if !word.is_empty() {
            if word.chars().count() > 1 && word.is_ascii() && !KEYS.contains(&word.as_str()) {
                out.push(std::mem::take(&mut word));
            }
            word.clear();
        }
    }
    out
}

/// Snapshot at both sizes (other modules' screens use it too), and check that `ours` (rows counted from the top, negative from
/// the bottom) have no plain words.
pub(super) fn snap(name: &str, app: &App, now: Instant, ours: &[i32]) {
    for (w, h) in [(80u16, 24u16), (40, 12)] {
        let t = draw(app, now, w, h);
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), t.backend());
        let r = rows(app, now, w, h);
        for &i in ours {
            let y = if i < 0 { r.len() as i32 + i } else { i } as usize;
            let plain = plain_words(&r[y]);
            assert!(
                plain.is_empty(),
                "{name} {w}x{h} row {y} {:?}: {plain:?}",
                r[y]
            );
        }
    }
}

/// Snapshot at both sizes, and check that no row of the screen has a plain word: for
/// screens whose every word is a message.
pub(super) fn snap_all(name: &str, app: &App, now: Instant) {
    let all: Vec<i32> = (0..12).collect();
    snap(name, app, now, &all);
    for y in 12..24 {
        let r = rows(app, now, 80, 24);
        let plain = plain_words(&r[y]);
        assert!(
            plain.is_empty(),
            "{name} 80x24 row {y} {:?}: {plain:?}",
            r[y]
        );
    }
}

#[test]
fn home_in_en_xa() {
    i18n::scoped(en_xa(), || {
        let t0 = Instant::now();
        let mut h = home();
        h.header.clear();
        let app = App::new(Look::FULL, h, false);
        // The hint line.
        snap("en_xa_home", &app, t0, &[-1]);
        let mut app = app;
        app.key(ch('?'), &cx(t0));
        snap_all("en_xa_home_help", &app, t0);
        // Too small for the screens.
        let r = rows(&app, t0, 30, 8);
        assert!(r[3].contains('[') || r[2].contains('['), "{r:#?}");
    });
}

#[test]
fn a_session_in_en_xa() {
    i18n::scoped(en_xa(), || {
        let t0 = Instant::now();
        let mut app = started(Look::FULL, t0);
        let now = t0 + Duration::from_millis(1500);
        at(&mut app, now);
        snap("en_xa_phase_get_ready", &app, now, &[-1]);
        let now = t0 + secs(7);
        at(&mut app, now);
        snap("en_xa_phase_hold_left", &app, now, &[-1]);
        app.key(ch(' '), &cx(now));
        snap("en_xa_paused", &app, now, &[-1]);
        app.key(ch('q'), &cx(now));
        snap("en_xa_quit_question", &app, now, &[]);
        app.key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE), &cx(now));
        app.key(ch(' '), &cx(now));
        for s in 8..=61 {
            at(&mut app, t0 + secs(s));
        }
        let now = t0 + secs(61);
        snap("en_xa_phase_task", &app, now, &[-1]);
        app.key(ch('q'), &cx(now));
        app.key(ch('y'), &cx(now));
        snap("en_xa_summary", &app, now, &[]);
    });
}

#[test]
fn the_header_in_german() {
    use chrono::TimeZone;
    use windown::history::{CheckinEntry, Cramps, HomeSummary};
    let de: &'static Messages = Box::leak(Box::new(Messages::builtin("de")));
    let cet = chrono::FixedOffset::east_opt(3600).expect("an offset");
    let morning = cet
        .with_ymd_and_hms(2026, 11, 25, 7, 30, 0)
        .single()
        .expect("a time");
    let h = HomeSummary {
        streak: 3,
        last_checkin: Some(CheckinEntry::new(
            chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date"),
            Cramps::Mild,
            morning,
        )),
        ..HomeSummary::default()
    };
    let header = i18n::scoped(de, || {
        windown::tui::screens::home::header_text(&h, morning, Look::FULL)
    });
    assert_eq!(
        header,
        "3 Abende in Folge · Nacht vom Mo. 23. Nov.: leichte Krämpfe"
    );
}

/// While a language is a draft, home says so in it: above the routine where there is room,
/// under it in a small window (the routine stays in sight).
#[test]
fn home_says_a_draft_is_a_draft() {
    let de: &'static Messages = Box::leak(Box::new(Messages::builtin("de")));
    i18n::scoped(de, || {
        let t0 = Instant::now();
        let app = App::new(Look::FULL, home(), false);
        let big = rows(&app, t0, 80, 24).join("\n");
        assert!(big.contains("Diese Übersetzung ist ein Entwurf"), "{big}");
        assert!(big.contains("1 Min. · 2 Schritte"), "{big}");
        let small = rows(&app, t0, 40, 12).join("\n");
        assert!(small.contains("1 Min. · 2"), "{small}");
    });
    let app = App::new(Look::FULL, home(), false);
    let english = rows(&app, Instant::now(), 80, 24).join("\n");
    assert!(!english.contains("draft"), "{english}");
}
