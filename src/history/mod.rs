//! History: every session, the morning check-ins and reminder acknowledgements, kept in an
//! append-only file in the data folder, and the numbers drawn from them.
//!
//! - [`record`]: the record types and their JSON lines (format versions 1 and 2).
//! - `decode`: the common lines read by hand when exactly as written (anything else: serde).
//! - [`store`]: appending (locked, one write, fsync) and reading (torn lines skipped and
//!   reported, newer formats refused).
//! - [`night`]: the evening and the night, written once: which day, evening or night a moment
//!   belongs to, from the person's wake time and bedtime ([`NightRules`]).
//! - [`stats`]: pure numbers: streaks, totals, the 30-day chart, the comparison, the nights
//!   with their cramps, the nudge.
//! - [`report`]: the page for a clinician (text and self-contained HTML), pure.
//! - [`six_weeks`]: the six-week check (a neutral summary and the doctor line), pure.
//! - [`rows`]: each record in words, one line (`windown history`, the app's list), and
//!   removing one with a `void` (`windown history undo`, the app's "remove").
//!
//! The commands (`windown checkin`, `history`, `stats`, `report`) are `crate::cli::history`.
//!
//! This module owns `history.jsonl` in the data folder and `checkin-dismissed` in the state
//! folder, and nothing else (it reads `config.toml` for the wake time and bedtime). The session player and the reminder process call the `record_*`
//! functions below; the interface calls [`home_summary`], [`progress`] and [`dismiss_checkin`]
//! (off its UI thread) and draws what they return. Imports no terminal library.

mod decode;
pub mod night;
pub(crate) mod record;
pub mod report;
pub(crate) mod rows;
pub(crate) mod six_weeks;
mod stamp;
pub mod stats;
pub mod store;

use chrono::{DateTime, FixedOffset, NaiveDate};

pub use night::{NightRules, Part, Place};

pub use record::{
    CheckinEntry, CrampEntry, Cramps, Leg, Muscle, PAIN_MAX, Record, ReminderAck, SessionEntry,
    VoidTarget,
};
pub use store::HistoryError;

use crate::paths::Dirs;

/// Append a session (finished or not). One started by mistake is written too; the numbers
/// leave it out ([`SessionEntry::started_by_mistake`]).
pub fn record_session(dirs: &Dirs, e: &SessionEntry) -> Result<(), HistoryError> {
    store::append(dirs, &Record::Session(Box::new(e.clone())))
}

/// The morning question's answer for `night_of` at `now`: with cramps, the count given, or
/// else the number logged that night, when any were.
pub fn record_answer(
    dirs: &Dirs,
    night_of: NaiveDate,
    cramps: Cramps,
    count: Option<u32>,
    woke: Option<bool>,
    now: DateTime<FixedOffset>,
) -> Result<(), HistoryError> {
    let mut e = CheckinEntry::new(night_of, cramps, now);
    e.woke = woke.filter(|_| cramps.is_cramp_night());
    e.count = count.filter(|_| cramps.is_cramp_night());
    if cramps.is_cramp_night() && e.count.is_none() {
        let records = store::load(dirs).map(|l| l.records).unwrap_or_default();
        let rules = NightRules::load(dirs);
        let n = stats::cramps_of_night(&records, &rules, night_of).len() as u32;
        e.count = (n > 0).then_some(n);
    }
    record_checkin(dirs, &e)
}

/// Append a morning check-in. A later check-in for the same night replaces the earlier one in
/// every number (the earlier line stays in the file).
pub fn record_checkin(dirs: &Dirs, e: &CheckinEntry) -> Result<(), HistoryError> {
    store::append(dirs, &Record::Checkin(e.clone()))
}

/// Append one cramp (from the relief guide or `windown cramp log`).
pub fn record_cramp(dirs: &Dirs, e: &CrampEntry) -> Result<(), HistoryError> {
    store::append(dirs, &Record::Cramp(Box::new(e.clone())))
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
            reminder_id: reminder_id.into(),
            at,
        }),
    )
}

/// What the home screen shows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HomeSummary {
    /// The person's evening and night (from config.toml), which every day below follows:
    /// the screens ask them which night is over.
    pub rules: NightRules,
    /// Consecutive evenings with a finished routine, ending with this evening or the one
    /// before (the evening lasts until the morning: [`NightRules`]).
    pub streak: u32,
    /// The session recorded last.
    pub last_session: Option<SessionEntry>,
    /// The check-in about the latest night that has one.
    pub last_checkin: Option<CheckinEntry>,
    /// The latest night that is over ([`NightRules::last_night_over`] of the same `now`) has no
    /// check-in, the prompt was not skipped since, and the file can take one (not from a
    /// newer format): ask about that night.
    pub checkin_due: bool,
    /// The latest night that is over has no check-in, and the prompt was skipped, or not
    /// asked (a new history: nothing about that night or before it): the home screen can
    /// open it on request.
    pub checkin_skipped: bool,
    /// Something in the file could not be read (a torn line, a newer format): a short note
    /// the home screen may show. The numbers above cover what could be read.
    pub note: Option<String>,
    /// The cramps logged in the latest night that is over, in time order (the morning
    /// question starts from them).
    pub last_night_cramps: Vec<CrampEntry>,
    /// Cramps often broke the person's sleep lately: say [`stats::NUDGE`] once.
    pub nudge: bool,
    /// The six-week check's lines, in the evenings home says them ([`six_weeks`]).
    pub six_weeks: Option<Vec<String>>,
    /// What tonight is in a personal experiment, when one runs (given by the caller of
    /// [`home_summary_with`]: the experiment is built on the history, not the other way).
    pub experiment: Option<String>,
}

/// The home screen's numbers at the moment `now` (local time with its offset). Every day in
/// it follows the person's [`NightRules`] (read from config.toml): at 01:54 it is still the
/// evening before.
/// Never fails: on a read problem it returns what could be read (possibly nothing), with
/// [`HomeSummary::note`] saying so, and does not ask for a check-in it could not record.
pub fn home_summary(dirs: &Dirs, now: DateTime<FixedOffset>) -> HomeSummary {
    home_summary_with(dirs, now, &|_, _| None)
}

/// [`home_summary`], with [`HomeSummary::experiment`] from `experiment` (called with the
/// records read and the person's rules), so the file is read once.
pub fn home_summary_with(
    dirs: &Dirs,
    now: DateTime<FixedOffset>,
    experiment: &dyn Fn(&[Record], NightRules) -> Option<String>,
) -> HomeSummary {
    let (loaded, note, writable) = match store::load(dirs) {
        Ok(l) => {
            let note = l.note(&dirs.history_file());
            let writable = l.newer.is_none();
            (l, note, writable)
        }
        Err(e) => (store::Loaded::default(), Some(e.to_string()), false),
    };
    let rules = NightRules::load(dirs);
    let mut s = summarize(
        &loaded.records,
        &rules,
        now,
        store::read_dismissed(dirs),
        note,
    );
    s.checkin_due &= writable;
    s.checkin_skipped &= writable;
    s.experiment = experiment(&loaded.records, rules);
    if s.experiment.is_some() {
        // The six-week check is never shown during a personal experiment.
        s.six_weeks = None;
    }
    s
}

fn summarize(
    records: &[Record],
    rules: &NightRules,
    now: DateTime<FixedOffset>,
    dismissed: Option<NaiveDate>,
    note: Option<String>,
) -> HomeSummary {
    let evening = rules.day_of(now);
    let night = rules.last_night_over(now);
    // One pass for everything home shows; the nights only of the nudge's window.
    let recent_from = night - chrono::Duration::days(stats::NUDGE_WINDOW - 1);
    let recent = |n: &NaiveDate| (recent_from..=night).contains(n);
    let mut evenings: Vec<NaiveDate> = Vec::new();
    let mut last_session: Option<&SessionEntry> = None;
    // The latest night wins; for the same night, the answer recorded last.
    let mut last_checkin: Option<&CheckinEntry> = None;
    let mut last_night_cramps: Vec<CrampEntry> = Vec::new();
    let mut recent_nights = stats::NightRecords::default();
    for r in records {
        match r {
            Record::Session(s) => {
                if let Some(e) = rules.stretched_evening(s) {
                    evenings.push(e);
                }
                if !s.started_by_mistake() {
                    last_session = Some(&**s);
                }
            }
            Record::Checkin(c) => {
                if last_checkin.is_none_or(|l| c.night_of >= l.night_of) {
                    last_checkin = Some(c);
                }
                if recent(&c.night_of) {
                    recent_nights.checkin(c);
                }
            }
            Record::Cramp(c) => {
                if let Some(n) = rules.cramp_night(c.at).filter(recent) {
                    if n == night {
                        last_night_cramps.push(CrampEntry::clone(c));
                    }
                    recent_nights.cramp(n, c);
                }
            }
            _ => {}
        }
    }
    last_night_cramps.sort_by_key(|c| c.at);
    let evenings: std::collections::BTreeSet<NaiveDate> = evenings.into_iter().collect();
    let answered = last_checkin.is_some_and(|c| c.night_of >= night);
    // A brand-new history asks nothing: the night is asked about once windown was in use by
    // then (a record about that night or an earlier day).
    let in_use = records.iter().any(|r| used_by(r, rules, night));
    // Home says the six-week check for two weeks only: the nights are counted for it then.
    let six_weeks = six_weeks::may_be_on_home(&evenings, evening)
        .then(|| six_weeks::check_from(&evenings, || stats::nights(records, rules), evening))
        .flatten()
        .filter(|s| s.on_home(evening))
        .map(|s| s.lines());
    HomeSummary {
        rules: *rules,
        streak: stats::current_streak(&evenings, evening),
        last_session: last_session.cloned(),
        last_checkin: last_checkin.cloned(),
        checkin_due: in_use && !answered && dismissed.is_none_or(|d| d < evening),
        checkin_skipped: !answered && (!in_use || dismissed.is_some_and(|d| d >= evening)),
        note,
        last_night_cramps,
        nudge: stats::broken_nights(&recent_nights.nights(), night) >= stats::NUDGE_NIGHTS,
        // An experiment is known only to home_summary_with's caller, which clears this while
        // one runs.
        six_weeks,
        experiment: None,
    }
}

/// Whether `r` shows windown in use by the night of `night`: a check-in about that night or
/// an earlier one, a cramp of that night or before, a session, a reminder "done" or an
/// experiment's record on that day or before (a session the next morning is not: the night
/// before it is not asked about). A removal (`void`) shows nothing.
fn used_by(r: &Record, rules: &NightRules, night: NaiveDate) -> bool {
    let day = match r {
        Record::Void(_) => return false,
        Record::Checkin(c) => c.night_of,
        Record::Cramp(c) => rules.cramp_night(c.at).unwrap_or(rules.day_of(c.at)),
        _ => rules.day_of(r.at()),
    };
    day <= night
}

/// What the progress screen shows: the numbers, and what could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    pub stats: stats::Stats,
    /// Something could not be read (torn line, newer format, unreadable file).
    pub note: Option<String>,
}

/// The progress screen's numbers at the moment `now`; "today" is the day `now` belongs to
/// ([`NightRules::day_of`]: until the morning, the evening before). Never fails: what could not be read becomes the note.
/// `back`: how many chart widths ([`stats::CHART_DAYS`], about a month) the chart ends
/// before today; the other numbers are as of today.
/// `experiment`: the personal experiment's state from the records read (see
/// [`stats::Experiment`]).
pub(crate) fn progress(
    dirs: &Dirs,
    now: DateTime<FixedOffset>,
    back: u32,
    experiment: &dyn Fn(&[Record], NightRules) -> stats::Experiment,
) -> Progress {
    let rules = NightRules::load(dirs);
    let today = rules.day_of(now);
    let chart_end = today - chrono::Duration::days(i64::from(back) * stats::CHART_DAYS as i64);
    match store::load(dirs) {
        Ok(l) => Progress {
            stats: stats::Stats::compute_until(&l.records, &rules, today, chart_end)
                .with_experiment(experiment(&l.records, rules)),
            note: l.note(&dirs.history_file()),
        },
        Err(e) => Progress {
            stats: stats::Stats::compute_until(&[], &rules, today, chart_end),
            note: Some(e.to_string()),
        },
    }
}

/// "Skip" on the home screen's check-in prompt at `now`: not asked again until the next
/// night is over (the skip is kept under the evening of `now`, so skipping at 00:30 does not
/// swallow the next morning's question). Best effort: if the state folder cannot be written,
/// the prompt simply comes back next time.
pub(crate) fn dismiss_checkin(dirs: &Dirs, now: DateTime<FixedOffset>) {
    let _ = store::write_dismissed(dirs, NightRules::load(dirs).day_of(now));
}

/// Runs of two or more ASCII letters outside en-XA's brackets: words not converted (tests of
/// the history's words under `en-XA`; `windown` and its commands are inside the brackets).
#[cfg(test)]
pub(crate) fn plain_words(line: &str) -> Vec<String> {
    let mut depth = 0i32;
    let mut out = Vec::new();
    let mut word = String::new();
    for c in line.chars().chain([' ']) {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            _ => {}
        }
        if depth == 0 && c.is_alphabetic() {
            word.push(c);
        } else if !word.is_empty() {
            if word.chars().count() > 1 && word.is_ascii() && word != "windown" {
                out.push(std::mem::take(&mut word));
            }
            word.clear();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_session_records_without_task_time_still_read() {
        let line = r#"{"v":1,"type":"session","routine_id":"wind-down","routine_title":"W","started":"2026-11-24T22:01:00+01:00","ended":"2026-11-24T22:45:10+01:00","active_seconds":2400,"steps_done":7,"steps_skipped":0,"steps_total":7,"finished":true}"#;
        let record::Line::Record(Record::Session(e)) = record::parse_line(line) else {
            panic!("not read");
        };
        assert_eq!((e.task_seconds, e.timed_seconds()), (None, 2400));
        let mut new = e.clone();
        new.task_seconds = Some(2200);
        assert_eq!(new.timed_seconds(), 200);
        let back = Record::Session(new.clone()).to_line();
        assert!(back.contains("\"task_seconds\":2200"), "{back}");
    }

    fn summarize_default(
        records: &[Record],
        now: DateTime<FixedOffset>,
        dismissed: Option<NaiveDate>,
        note: Option<String>,
    ) -> HomeSummary {
        summarize(records, &NightRules::default(), now, dismissed, note)
    }

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, day).unwrap()
    }

    fn at(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    #[test]
    fn a_skipped_checkin_can_be_reopened_until_it_is_answered() {
        let recs = vec![stats::fixture::session(20, "22:05", true)];
        let now = at("2026-11-21T18:43:00+01:00");
        let s = summarize_default(&recs, now, None, None);
        assert!(s.checkin_due && !s.checkin_skipped);
        let s = summarize_default(&recs, now, Some(d(21)), None);
        assert!(!s.checkin_due && s.checkin_skipped);
        let mut answered = recs.clone();
        answered.push(stats::fixture::checkin(20, Cramps::None));
        let s = summarize_default(&answered, now, Some(d(21)), None);
        assert!(!s.checkin_due && !s.checkin_skipped);
    }

    #[test]
    fn a_new_history_asks_about_no_night_before_windown_was_used() {
        let now = at("2026-11-21T07:54:00+01:00");
        // Nothing recorded: not asked, but `a` can open the question (a first check-in).
        let s = summarize_default(&[], now, None, None);
        assert!(!s.checkin_due && s.checkin_skipped);
        let s = summarize_default(&[], now, Some(d(21)), None);
        assert!(!s.checkin_due && s.checkin_skipped);
        // A first session this morning: last night was before windown was used.
        let morning = vec![stats::fixture::session(21, "07:30", true)];
        assert!(!summarize_default(&morning, now, None, None).checkin_due);
        // A session last evening, or a cramp logged in the night: asked.
        let evening = vec![stats::fixture::session(20, "22:05", true)];
        assert!(summarize_default(&evening, now, None, None).checkin_due);
        let cramp = vec![stats::fixture::cramp(20, "03:12", None)];
        assert!(summarize_default(&cramp, now, None, None).checkin_due);
        // A check-in about an earlier night (given with `windown checkin`): asked.
        let earlier = vec![stats::fixture::checkin(18, Cramps::None)];
        assert!(summarize_default(&earlier, now, None, None).checkin_due);
    }

    #[test]
    fn summary_of_the_made_up_month() {
        let recs = stats::fixture::month();
        let s = summarize_default(&recs, at("2026-11-30T07:54:00+01:00"), None, None);
        assert_eq!(s.streak, 8);
        assert_eq!(s.last_checkin.as_ref().map(|c| c.night_of), Some(d(29)));
        assert!(!s.checkin_due);
        assert_eq!(
            s.last_session
                .and_then(|s| NightRules::default().evening_of(s.started)),
            Some(d(29))
        );
        let tomorrow = summarize_default(&recs, at("2026-12-01T07:54:00+01:00"), None, None);
        assert!(tomorrow.checkin_due);
    }

    /// Evenings 20-23 stretched, nights 20-23 answered; the evening of the 24th not yet.
    fn four_evenings() -> Vec<Record> {
        let mut recs = Vec::new();
        for day in 20..=23 {
            recs.push(stats::fixture::session(day, "22:05", true));
            recs.push(stats::fixture::checkin(day, Cramps::None));
        }
        recs
    }

    #[test]
    fn small_hours_still_belong_to_the_evening_before() {
        let recs = four_evenings();
        // 01:54 on the 25th: the evening of the 24th is still open, the night of the 24th
        // is not over, and the night of the 23rd is answered.
        let s = summarize_default(&recs, at("2026-11-25T01:54:00+01:00"), None, None);
        assert_eq!(s.streak, 4);
        assert_eq!(
            NightRules::default().last_night_over(at("2026-11-25T01:54:00+01:00")),
            d(23)
        );
        assert!(!s.checkin_due);
        // 07:54 on the 25th: the night of the 24th is over and unanswered; the evening of
        // the 24th had no routine, so the streak ended.
        let s = summarize_default(&recs, at("2026-11-25T07:54:00+01:00"), None, None);
        assert_eq!(s.streak, 0);
        assert!(s.checkin_due);
    }

    #[test]
    fn skipping_the_prompt_lasts_until_the_next_night_is_over() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(tmp.path());
        store::append(&dirs, &stats::fixture::session(19, "22:05", true)).unwrap();
        assert!(home_summary(&dirs, at("2026-11-20T08:00:00+01:00")).checkin_due);
        dismiss_checkin(&dirs, at("2026-11-20T08:00:00+01:00"));
        assert!(!home_summary(&dirs, at("2026-11-20T23:00:00+01:00")).checkin_due);
        assert!(!home_summary(&dirs, at("2026-11-21T01:54:00+01:00")).checkin_due);
        assert!(home_summary(&dirs, at("2026-11-21T07:54:00+01:00")).checkin_due);
        // Skipped just after midnight: the next morning still asks.
        dismiss_checkin(&dirs, at("2026-11-22T00:30:00+01:00"));
        assert!(home_summary(&dirs, at("2026-11-22T07:54:00+01:00")).checkin_due);
    }

    #[test]
    fn the_morning_question_starts_from_the_cramps_logged_last_night() {
        let mut recs = four_evenings();
        recs.push(stats::fixture::cramp(24, "23:40", Some(5)));
        recs.push(stats::fixture::cramp(24, "03:12", None));
        recs.push(stats::fixture::cramp(24, "05:40", None));
        let s = summarize_default(&recs, at("2026-11-25T07:54:00+01:00"), None, None);
        assert!(s.checkin_due);
        let times: Vec<String> = s
            .last_night_cramps
            .iter()
            .map(|c| c.at.format("%H:%M").to_string())
            .collect();
        // 23:40 on the 25th is the next night; 03:12 and 05:40 on the 25th are last night.
        assert_eq!(times, ["03:12", "05:40"]);
        assert_eq!(
            record::logged_line(&s.last_night_cramps, "last").as_deref(),
            Some("You logged 2 cramps last night: 03:12 left calf, 05:40 left calf")
        );

        // Answered "bad" from the home screen: the count comes from the log.
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(tmp.path());
        for r in &recs {
            store::append(&dirs, r).unwrap();
        }
        record_answer(
            &dirs,
            d(24),
            Cramps::Bad,
            None,
            Some(true),
            at("2026-11-25T07:55:00+01:00"),
        )
        .unwrap();
        let l = store::load(&dirs).unwrap();
        let Some(Record::Checkin(c)) = l.records.last() else {
            panic!()
        };
        assert_eq!(
            (c.cramps, c.count, c.woke),
            (Cramps::Bad, Some(2), Some(true))
        );
    }

    #[test]
    fn no_checkin_prompt_over_a_newer_format() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(tmp.path());
        std::fs::create_dir_all(&dirs.data).unwrap();
        std::fs::write(dirs.history_file(), "{\"v\":4,\"type\":\"x\"}\n").unwrap();
        let s = home_summary(&dirs, at("2026-11-21T07:54:00+01:00"));
        assert!(!s.checkin_due);
        assert!(s.note.unwrap().contains("newer windown"));
    }
}
