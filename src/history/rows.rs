//! The history's records in words, one line each (`windown history`, the app's list of
//! records), and removing one: a `void` appended, never a rewrite (`windown history undo`,
//! the app's "remove").

use std::fmt::Write as _;

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::NightRules;
use super::record::{self, Record};
use super::store::{self, HistoryError};
use crate::diag::printable;
use crate::paths::Dirs;

/// One record as `windown history` lists it (`replaced`: a check-in a later answer replaced).
pub(crate) fn text_row(r: &Record, rules: &NightRules, replaced: bool) -> String {
    let at = r.at().format("%Y-%m-%d %H:%M");
    match r {
        Record::Session(s) => {
            let time = crate::duration::human(std::time::Duration::from_secs(s.timed_seconds()));
            let how = if s.finished {
                format!("finished, {} of {} steps", s.steps_done, s.steps_total)
            } else {
                format!("stopped after {} of {} steps", s.steps_done, s.steps_total)
            };
            let skipped = if s.steps_skipped > 0 {
                format!(" ({} skipped)", s.steps_skipped)
            } else {
                String::new()
            };
            // A daytime session is listed, and said to be one: it is no evening stretched.
            let daytime = if rules.in_evening(s.started) {
                ""
            } else {
                ", daytime"
            };
            format!(
                "{at}  session   {} ({}): {how}{skipped}, {time}{daytime}",
                printable(&s.routine_title),
                printable(&s.routine_id)
            )
        }
        Record::Checkin(c) => {
            let mut line = format!(
                "{at}  check-in  night of {}: {}",
                c.night_of,
                c.cramps.word()
            );
            if let Some(n) = c.count {
                let _ = write!(line, ", {n} {}", if n == 1 { "cramp" } else { "cramps" });
            }
            match c.woke {
                Some(true) => line.push_str(", woke"),
                Some(false) => line.push_str(", slept through"),
                None => {}
            }
            if let Some(note) = &c.note {
                let _ = write!(line, ": \"{}\"", printable(note));
            }
            if replaced {
                line.push_str("  (replaced by a later answer)");
            }
            line
        }
        Record::ReminderAck(a) => {
            format!("{at}  reminder  {}: done", printable(&a.reminder_id))
        }
        Record::Cramp(c) => cramp_row(c, rules.cramp_night(c.at)),
        Record::TrialPlan(p) => format!(
            "{at}  trial     plan drawn: {} pairs of {}-night blocks after a {}-night baseline from {}",
            p.orders.len(),
            p.block_nights,
            p.baseline_nights,
            p.first_evening.format("%a %-d %b %Y")
        ),
        Record::TrialNote(n) => format!("{at}  trial     note: \"{}\"", printable(&n.text)),
        Record::TrialEnd(e) => match e.why {
            record::TrialEndWhy::Stopped => format!("{at}  trial     stopped early"),
            record::TrialEndWhy::RedFlag => format!("{at}  trial     ended by a red flag"),
        },
        Record::Void(v) => format!(
            "{at}  removed   the {} of {}",
            v.target.word(),
            v.target_at.format("%Y-%m-%d %H:%M")
        ),
    }
}

/// `2026-11-25 03:12  cramp     night of 2026-11-24: left calf, pain 7/10, relief guide 3m05s`,
/// or `... cramp     daytime: left calf` for a cramp in no night (`night`: the night it
/// belongs to, [`NightRules::cramp_night`]).
pub(crate) fn cramp_row(c: &record::CrampEntry, night: Option<NaiveDate>) -> String {
    let when = match night {
        Some(n) => format!("night of {n}"),
        None => "daytime".to_string(),
    };
    let mut line = format!(
        "{}  cramp     {when}: {}",
        c.at.format("%Y-%m-%d %H:%M"),
        crate::history::record::where_(c.leg, c.muscle)
    );
    if let Some(p) = c.pain {
        let _ = write!(line, ", pain {p}/10");
    }
    if let Some(s) = c.relief_seconds {
        let _ = write!(
            line,
            ", relief guide {}",
            crate::duration::human(std::time::Duration::from_secs(s))
        );
    }
    line
}

/// Remove a record: a `void` naming it by type and time is appended (nothing is rewritten).
/// `windown history undo` and the app's "remove" both come here; an experiment's records
/// have no [`record::VoidTarget`], so they cannot be named.
pub(crate) fn remove(
    dirs: &Dirs,
    target: record::VoidTarget,
    target_at: DateTime<FixedOffset>,
    recorded: DateTime<FixedOffset>,
) -> Result<(), HistoryError> {
    let void = record::Void {
        target,
        target_at,
        recorded,
    };
    store::append(dirs, &Record::Void(void))?;
    Ok(())
}

/// The last `n` sessions, check-ins and cramps in force, newest first, each with its line as
/// `windown history` writes it (for the app's list, where one can be removed).
pub(crate) fn removable(
    dirs: &Dirs,
    n: usize,
) -> Result<Vec<(record::VoidTarget, DateTime<FixedOffset>, String)>, HistoryError> {
    let loaded = store::load(dirs)?;
    let rules = NightRules::load(dirs);
    let mut shown: Vec<&Record> = loaded
        .records
        .iter()
        .filter(|r| {
            matches!(
                r.void_target(),
                Some(
                    record::VoidTarget::Session
                        | record::VoidTarget::Checkin
                        | record::VoidTarget::Cramp
                )
            )
        })
        .collect();
    shown.sort_by_key(|r| r.at());
    Ok(shown
        .into_iter()
        .rev()
        .take(n)
        .filter_map(|r| {
            let t = r.void_target()?;
            Some((t, r.at(), text_row(r, &rules, false).trim().to_string()))
        })
        .collect())
}
