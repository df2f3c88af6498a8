//! The history's words on home in the test language en-XA at 80x24 and 40x12: the six-week
//! check over the details and the cramps logged last night in the morning question, read from
//! a history file as the app reads it (`history::home_summary`), every word converted.

use std::time::Instant;

use chrono::{Duration, FixedOffset, NaiveDate, TimeZone};
use windown::i18n;
use windown::tui::app::App;
use windown::tui::screens::home::{Entry, Home};
use windown::tui::theme::Look;
use windown::tui::work::HomeDone;

use super::common::Env;
use super::tui::cx;
use super::tui_en_xa::{en_xa, snap_all};

/// A history with the six-week check due on the evening of 25 Nov 2026 (30 evenings stretched
/// from 14 Oct, 8 nights told about before), two cramps logged last night and no check-in for
/// it.
fn history_text() -> String {
    let first = NaiveDate::from_ymd_opt(2026, 10, 14).expect("a date");
    let mut lines = Vec::new();
    for back in 1..=8 {
        let night = first - Duration::days(back);
        lines.push(format!(
            r#"{{"v":1,"type":"checkin","night_of":"{night}","cramps":"{}","recorded":"{}T07:10:00+00:00"}}"#,
            if back == 4 { "mild" } else { "none" },
            night + Duration::days(1)
        ));
    }
    for i in 0..30 {
        let d = first + Duration::days(i);
        lines.push(format!(
            r#"{{"v":1,"type":"session","routine_id":"evening-legs","routine_title":"Evening legs","started":"{d}T21:30:00+00:00","ended":"{d}T21:34:00+00:00","active_seconds":240,"steps_done":4,"steps_skipped":0,"steps_total":4,"finished":true}}"#
        ));
    }
    for hm in ["03:12", "05:40"] {
        lines.push(format!(
            r#"{{"v":2,"type":"cramp","at":"2026-11-25T{hm}:00+00:00","leg":"left","muscle":"calf","recorded":"2026-11-25T{hm}:30+00:00"}}"#
        ));
    }
    lines.join("\n") + "\n"
}

#[test]
fn the_six_week_check_and_the_cramps_logged_on_home_in_en_xa() {
    let env = Env::new();
    env.history(&history_text());
    let at = FixedOffset::east_opt(0)
        .expect("an offset")
        .with_ymd_and_hms(2026, 11, 25, 8, 0, 0)
        .single()
        .expect("a time");
    i18n::scoped(en_xa(), || {
        let summary = windown::history::home_summary(&env.dirs(), at);
        assert!(summary.six_weeks.is_some() && summary.checkin_due);
        let t0 = Instant::now();
        let entries: Vec<Entry> = windown::routine::builtin::ROUTINES
            .iter()
            .map(|b| Entry::Routine(Box::new(b.load().expect("it parses"))))
            .collect();
        let mut app = App::new(Look::FULL, Home::new(entries), false);
        app.home.done(
            HomeDone::Summary {
                summary: Box::new(summary),
                at,
                ask: true,
                rest_evening: false,
            },
            &cx(t0),
            true,
        );
        snap_all("en_xa_history_home", &app, t0);
    });
}
