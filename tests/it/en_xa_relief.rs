//! The cramp guide (choose, a step, the end, its help) in the test language en-XA at 80x24
//! and 40x12: every word on every row is a message's (the keys' words too: `b` is the back of
//! the thigh, never the English "back"), opened from home as a person would.

use std::time::{Duration, Instant};

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use windown::i18n;
use windown::tui::app::App;
use windown::tui::theme::Look;

use super::tui::{ch, cx, home};
use super::tui_en_xa::{en_xa, snap_all};

#[test]
fn the_cramp_guide_in_en_xa_has_no_plain_word() {
    i18n::scoped(en_xa(), || {
        let t0 = Instant::now();
        let mut app = App::new(Look::FULL, home(), false);
        app.key(ch('c'), &cx(t0));
        snap_all("en_xa_relief_choose", &app, t0);
        app.key(ch('?'), &cx(t0));
        snap_all("en_xa_relief_help", &app, t0);
        app.key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE), &cx(t0));
        let now = t0 + Duration::from_secs(2);
        app.key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE), &cx(now));
        snap_all("en_xa_relief_step", &app, now);
        for _ in 0..6 {
            app.key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE), &cx(now));
        }
        snap_all("en_xa_relief_end", &app, now);
    });
}
