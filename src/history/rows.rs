//! The history's records in words, one line each (`windown history`, the app's list of
//! records), and removing one: a `void` appended, never a rewrite (`windown history undo`,
//! the app's "remove"). The words are messages (`locales/<lang>/history.ftl`).

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate};

use super::NightRules;
use super::record::{self, Cramps, Leg, Muscle, Record};
use super::store::{self, HistoryError};
use crate::diag::printable;
use crate::paths::Dirs;
use crate::t;

/// How a night went, in words (`history-cramps`).
pub(crate) fn cramps_words(c: Cramps) -> String {
    t!("history-cramps", cramps = c.word())
}

/// Where a cramp was, in words: "left calf" (`history-where`).
pub(crate) fn where_words(leg: Leg, muscle: Muscle) -> String {
    t!("history-where", leg = leg.word(), muscle = muscle.word())
}

/// A kind of record that can be removed, in words (`history-kind`).
pub(crate) fn kind_words(target: record::VoidTarget) -> String {
    let target = match target {
        record::VoidTarget::Session => "session",
        record::VoidTarget::Checkin => "checkin",
        record::VoidTarget::ReminderAck => "reminder-ack",
        record::VoidTarget::Cramp => "cramp",
        record::VoidTarget::Void => "removal",
    };
    t!("history-kind", target = target)
}

/// A day written short with its year: "Tue 24 Nov 2026" (`history-day`).
pub(crate) fn day_words(d: NaiveDate) -> String {
    t!(
        "history-day",
        weekday = d.weekday().number_from_monday(),
        day = d.day(),
        month = d.month(),
        year = d.year()
    )
}

/// A day written short without its year: "Tue 24 Nov" (`history-day-short`).
pub(crate) fn day_words_short(d: NaiveDate) -> String {
    t!(
        "history-day-short",
        weekday = d.weekday().number_from_monday(),
        day = d.day(),
        month = d.month()
    )
}

fn yes(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// One record as `windown history` lists it (`replaced`: a check-in a later answer replaced).
pub(crate) fn text_row(r: &Record, rules: &NightRules, replaced: bool) -> String {
    let at = r.at().format("%Y-%m-%d %H:%M").to_string();
    match r {
        Record::Session(s) => {
            let time = crate::duration::human(std::time::Duration::from_secs(s.timed_seconds()));
            // A daytime session is listed, and said to be one: it is no evening stretched.
            t!(
                "history-row-session",
                at = &at,
                title = printable(&s.routine_title).into_owned(),
                id = printable(&s.routine_id).into_owned(),
                finished = yes(s.finished),
                done = s.steps_done,
                total = s.steps_total,
                skipped = s.steps_skipped,
                time = time,
                daytime = yes(!rules.in_evening(s.started))
            )
        }
        Record::Checkin(c) => t!(
            "history-row-checkin",
            at = &at,
            night = c.night_of.to_string(),
            answer = cramps_words(c.cramps),
            count = c.count.unwrap_or(0),
            woke = match c.woke {
                Some(true) => "yes",
                Some(false) => "no",
                None => "unknown",
            },
            noted = yes(c.note.is_some()),
            note = c
                .note
                .as_deref()
                .map(|n| printable(n).into_owned())
                .unwrap_or_default(),
            replaced = yes(replaced)
        ),
        Record::ReminderAck(a) => t!(
            "history-row-reminder",
            at = &at,
            reminder = printable(&a.reminder_id).into_owned()
        ),
        Record::Cramp(c) => cramp_row(c, rules.cramp_night(c.at)),
        Record::TrialPlan(p) => t!(
            "history-row-trial-plan",
            at = &at,
            pairs = p.orders.len(),
            block = p.block_nights,
            baseline = p.baseline_nights,
            first = day_words(p.first_evening)
        ),
        Record::TrialNote(n) => t!(
            "history-row-trial-note",
            at = &at,
            note = printable(&n.text).into_owned()
        ),
        Record::TrialEnd(e) => match e.why {
            record::TrialEndWhy::Stopped => t!("history-row-trial-stopped", at = &at),
            record::TrialEndWhy::RedFlag => t!("history-row-trial-red-flag", at = &at),
        },
        Record::Void(v) => t!(
            "history-row-removed",
            at = &at,
            kind = kind_words(v.target),
            target = v.target_at.format("%Y-%m-%d %H:%M").to_string()
        ),
    }
}

/// `2026-11-25 03:12  cramp     night of 2026-11-24: left calf, pain 7/10, relief guide 3m05s`,
/// or `... cramp     daytime: left calf` for a cramp in no night (`night`: the night it
/// belongs to, [`NightRules::cramp_night`]).
pub(crate) fn cramp_row(c: &record::CrampEntry, night: Option<NaiveDate>) -> String {
    t!(
        "history-row-cramp",
        at = c.at.format("%Y-%m-%d %H:%M").to_string(),
        daytime = yes(night.is_none()),
        night = night.map(|n| n.to_string()).unwrap_or_default(),
        place = where_words(c.leg, c.muscle),
        pain = c.pain.map_or(-1, i32::from),
        guided = yes(c.relief_seconds.is_some()),
        relief = c
            .relief_seconds
            .map(|s| crate::duration::human(std::time::Duration::from_secs(s)))
            .unwrap_or_default()
    )
}

/// Remove a record: a `void` naming it by type and time is appended (nothing is rewritten).
/// The app's "remove" comes here (`windown history undo` writes its own, [`undo_void`]); an
/// experiment's records have no [`record::VoidTarget`], so they cannot be named.
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
        undo: false,
    };
    store::append(dirs, &Record::Void(void))?;
    Ok(())
}

/// `windown history undo`'s `void`: it takes back the line it names (a record added, or with
/// [`record::VoidTarget::Void`] a removal) and is marked so, so that the next undo goes on to
/// the change before rather than reversing this one.
pub(crate) fn undo_void(
    dirs: &Dirs,
    target: record::VoidTarget,
    target_at: DateTime<FixedOffset>,
    recorded: DateTime<FixedOffset>,
) -> Result<(), HistoryError> {
    let void = record::Void {
        target,
        target_at,
        recorded,
        undo: true,
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
