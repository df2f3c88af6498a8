//! History: every session, the morning check-ins and reminder acknowledgements, kept in an
//! append-only file in the data folder, and the numbers drawn from them.
//!
//! - [`record`]: the record types and their JSON lines (format version 1).
//! - [`store`]: appending (locked, one write, fsync) and reading (torn lines skipped and
//!   reported, newer formats refused).
//! - [`stats`]: pure numbers: streaks, totals, the 30-day chart, the comparison.
//! - [`cmd`]: `windown checkin`, `windown history`, `windown stats`.
//! - [`view`]: the progress screen and the home screen's check-in prompt (ratatui widgets).
//!
//! This module owns `history.jsonl` in the data folder and `checkin-dismissed` in the state
//! folder, and nothing else. The session player and the reminder process call the `record_*`
//! functions below; the home screen calls [`home_summary`] and [`dismiss_checkin`].

pub mod cmd;
pub mod record;
pub mod stats;
pub mod store;
pub mod view;

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};

pub use record::{CheckinEntry, Cramps, Record, ReminderAck, SessionEntry};
pub use store::HistoryError;

use crate::paths::Dirs;

/// Append a session (finished or not).
pub fn record_session(dirs: &Dirs, e: &SessionEntry) -> Result<(), HistoryError> {
    store::append(dirs, &Record::Session(e.clone()))
}

/// Append a morning check-in. A later check-in for the same night replaces the earlier one in
/// every number (the earlier line stays in the file).
pub fn record_checkin(dirs: &Dirs, e: &CheckinEntry) -> Result<(), HistoryError> {
    store::append(dirs, &Record::Checkin(e.clone()))
}

/// Append a "Done" on a reminder notification.
pub fn record_reminder_ack(
    dirs: &Dirs,
    reminder_id: &str,
    at: DateTime<FixedOffset>,
) -> Result<(), HistoryError> {
    store::append(
        dirs,
        &Record::ReminderAck(ReminderAck {
            reminder_id: reminder_id.to_string(),
            at,
        }),
    )
}

/// What the home screen shows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HomeSummary {
    /// Consecutive evenings with a finished routine, ending today or yesterday.
    pub streak: u32,
    /// The session recorded last.
    pub last_session: Option<SessionEntry>,
    /// The check-in about the latest night that has one.
    pub last_checkin: Option<CheckinEntry>,
    /// Last night has no check-in and the prompt was not skipped today: ask.
    pub checkin_due: bool,
    /// Something in the file could not be read (a torn line, a newer format): a short note
    /// the home screen may show. The numbers above cover what could be read.
    pub note: Option<String>,
}

/// The night a morning check-in on `today` is about: the evening before.
pub fn last_night(today: NaiveDate) -> NaiveDate {
    today - Duration::days(1)
}

/// The home screen's numbers. Never fails: on a read problem it returns what could be read
/// (possibly nothing), with [`HomeSummary::note`] saying so.
pub fn home_summary(dirs: &Dirs, today: NaiveDate) -> HomeSummary {
    let (loaded, note) = match store::load(dirs) {
        Ok(l) => {
            let note = if let Some(e) = l.newer_error(&dirs.history_file()) {
                Some(e.to_string())
            } else if !l.skipped.is_empty() {
                Some(format!(
                    "{} unreadable line(s) in the history were skipped",
                    l.skipped.len()
                ))
            } else {
                None
            };
            (l, note)
        }
        Err(e) => (store::Loaded::default(), Some(e.to_string())),
    };
    summarize(&loaded.records, today, store::read_dismissed(dirs), note)
}

fn summarize(
    records: &[Record],
    today: NaiveDate,
    dismissed: Option<NaiveDate>,
    note: Option<String>,
) -> HomeSummary {
    let evenings = stats::routine_evenings(records);
    let last_session = records.iter().rev().find_map(|r| match r {
        Record::Session(s) => Some(s.clone()),
        _ => None,
    });
    // The latest night wins; for the same night, the answer recorded last.
    let mut last_checkin: Option<&CheckinEntry> = None;
    for r in records {
        if let Record::Checkin(c) = r
            && last_checkin.is_none_or(|l| c.night_of >= l.night_of)
        {
            last_checkin = Some(c);
        }
    }
    let answered = last_checkin.is_some_and(|c| c.night_of >= last_night(today));
    HomeSummary {
        streak: stats::current_streak(&evenings, today),
        last_session,
        last_checkin: last_checkin.cloned(),
        checkin_due: !answered && dismissed != Some(today),
        note,
    }
}

/// "Skip" on the home screen's check-in prompt: not asked again today. Best effort: if the
/// state folder cannot be written, the prompt simply comes back next time.
pub fn dismiss_checkin(dirs: &Dirs, today: NaiveDate) {
    let _ = store::write_dismissed(dirs, today);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, day).unwrap()
    }

    #[test]
    fn summary_of_the_made_up_month() {
        let recs = stats::fixture::month();
        let s = summarize(&recs, d(30), None, None);
        assert_eq!(s.streak, 8);
        assert_eq!(s.last_checkin.as_ref().map(|c| c.night_of), Some(d(29)));
        assert!(!s.checkin_due);
        assert_eq!(s.last_session.map(|s| s.evening()), Some(d(29)));
        let tomorrow = summarize(&recs, d(31 - 1).succ_opt().unwrap(), None, None);
        assert!(tomorrow.checkin_due);
    }

    #[test]
    fn skipping_the_prompt_lasts_for_the_day() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(tmp.path());
        assert!(home_summary(&dirs, d(20)).checkin_due);
        dismiss_checkin(&dirs, d(20));
        assert!(!home_summary(&dirs, d(20)).checkin_due);
        assert!(home_summary(&dirs, d(21)).checkin_due);
    }
}
