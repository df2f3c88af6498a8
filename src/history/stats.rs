//! The numbers: streaks, totals, the last 30 days, and the comparison of cramp nights after
//! evenings with and without a finished routine.
//!
//! Pure: takes records and `today`, returns numbers. No files, no clock, no terminal. The
//! progress screen and `windown stats` both show exactly these numbers.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Duration, NaiveDate};

use super::record::{Cramps, Record};
use crate::words::count;

/// Days shown in the chart.
pub const CHART_DAYS: usize = 30;

/// Below this many nights in either group, the comparison says it is too early to read much
/// into it.
pub const FEW_NIGHTS: u32 = 7;

/// One evening and the night after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day {
    pub evening: NaiveDate,
    /// Sessions started that evening (finished or not).
    pub sessions: u32,
    /// Of which ran to their end.
    pub finished: u32,
    /// The morning check-in about the night after this evening, if there is one.
    pub cramps: Option<Cramps>,
    /// Reminder acknowledgements on this calendar day.
    pub acks: u32,
}

/// Nights with a check-in in one group, and how many of them had cramps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    pub nights: u32,
    pub cramp_nights: u32,
}

impl Tally {
    /// `3 of 20 nights (15%)`, or `no nights yet`.
    pub fn describe(&self) -> String {
        if self.nights == 0 {
            return "no nights yet".to_string();
        }
        let pct = (f64::from(self.cramp_nights) * 100.0 / f64::from(self.nights)).round();
        let noun = if self.nights == 1 { "night" } else { "nights" };
        format!("{} of {} {noun} ({pct}%)", self.cramp_nights, self.nights)
    }
}

/// Cramp nights after evenings with a finished routine versus after evenings without, counting
/// only nights that have a morning check-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Comparison {
    pub after_routine: Tally,
    pub after_none: Tally,
}

impl Comparison {
    /// Either group is too small for the percentages to mean much.
    pub fn too_few(&self) -> bool {
        self.after_routine.nights < FEW_NIGHTS || self.after_none.nights < FEW_NIGHTS
    }
}

/// Everything the progress screen and `windown stats` show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stats {
    pub today: NaiveDate,
    /// Consecutive evenings with a finished routine, ending today or yesterday.
    pub streak: u32,
    pub longest_streak: u32,
    pub sessions: u32,
    pub sessions_finished: u32,
    pub active_seconds: u64,
    /// Nights with a morning check-in.
    pub checked_nights: u32,
    pub cramp_nights: u32,
    pub bad_nights: u32,
    pub reminder_acks: u32,
    pub comparison: Comparison,
    /// The last [`CHART_DAYS`] evenings, oldest first, ending today.
    pub days: Vec<Day>,
}

/// The check-in that counts for each night: the one recorded last (a later answer corrects an
/// earlier one).
pub fn checkins_by_night(records: &[Record]) -> BTreeMap<NaiveDate, Cramps> {
    let mut out = BTreeMap::new();
    for r in records {
        if let Record::Checkin(c) = r {
            out.insert(c.night_of, c.cramps);
        }
    }
    out
}

/// Evenings with at least one finished routine.
pub fn routine_evenings(records: &[Record]) -> BTreeSet<NaiveDate> {
    records
        .iter()
        .filter_map(|r| match r {
            Record::Session(s) if s.finished => Some(s.evening()),
            _ => None,
        })
        .collect()
}

/// Consecutive evenings in `evenings` ending today, or yesterday when today has none yet.
pub fn current_streak(evenings: &BTreeSet<NaiveDate>, today: NaiveDate) -> u32 {
    let yesterday = today - Duration::days(1);
    let mut day = if evenings.contains(&today) {
        today
    } else if evenings.contains(&yesterday) {
        yesterday
    } else {
        return 0;
    };
    let mut n = 0;
    while evenings.contains(&day) {
        n += 1;
        day -= Duration::days(1);
    }
    n
}

/// The longest run of consecutive evenings.
pub fn longest_streak(evenings: &BTreeSet<NaiveDate>) -> u32 {
    let (mut best, mut run) = (0, 0);
    let mut prev: Option<NaiveDate> = None;
    for &e in evenings {
        run = match prev {
            Some(p) if p + Duration::days(1) == e => run + 1,
            _ => 1,
        };
        best = best.max(run);
        prev = Some(e);
    }
    best
}

impl Stats {
    pub fn compute(records: &[Record], today: NaiveDate) -> Stats {
        let evenings = routine_evenings(records);
        let checkins = checkins_by_night(records);
        let first_day = today - Duration::days(CHART_DAYS as i64 - 1);
        let mut days: Vec<Day> = (0..CHART_DAYS as i64)
            .map(|i| Day {
                evening: first_day + Duration::days(i),
                sessions: 0,
                finished: 0,
                cramps: None,
                acks: 0,
            })
            .collect();
        let slot = |d: NaiveDate| -> Option<usize> {
            let i = (d - first_day).num_days();
            usize::try_from(i).ok().filter(|&i| i < CHART_DAYS)
        };

        let (mut sessions, mut sessions_finished, mut active_seconds, mut acks) = (0, 0, 0u64, 0);
        for r in records {
            match r {
                Record::Session(s) => {
                    sessions += 1;
                    sessions_finished += u32::from(s.finished);
                    active_seconds = active_seconds.saturating_add(s.active_seconds);
                    if let Some(i) = slot(s.evening()) {
                        days[i].sessions += 1;
                        days[i].finished += u32::from(s.finished);
                    }
                }
                Record::ReminderAck(a) => {
                    acks += 1;
                    if let Some(i) = slot(a.at.date_naive()) {
                        days[i].acks += 1;
                    }
                }
                Record::Checkin(_) | Record::Cramp(_) => {}
            }
        }

        let mut comparison = Comparison::default();
        let (mut cramp_nights, mut bad_nights) = (0, 0);
        for (&night, &cramps) in &checkins {
            let tally = if evenings.contains(&night) {
                &mut comparison.after_routine
            } else {
                &mut comparison.after_none
            };
            tally.nights += 1;
            tally.cramp_nights += u32::from(cramps.is_cramp_night());
            cramp_nights += u32::from(cramps.is_cramp_night());
            bad_nights += u32::from(cramps == Cramps::Bad);
            if let Some(i) = slot(night) {
                days[i].cramps = Some(cramps);
            }
        }

        Stats {
            today,
            streak: current_streak(&evenings, today),
            longest_streak: longest_streak(&evenings),
            sessions,
            sessions_finished,
            active_seconds,
            checked_nights: checkins.len() as u32,
            cramp_nights,
            bad_nights,
            reminder_acks: acks,
            comparison,
            days,
        }
    }

    /// `windown stats`: the same numbers as the progress screen, as text.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for l in self.total_lines() {
            out.push_str(&l);
            out.push('\n');
        }
        out.push('\n');
        for l in self.comparison_lines() {
            out.push_str(&l);
            out.push('\n');
        }
        out
    }

    /// Streaks and totals, one line each (shared by `windown stats` and the progress screen).
    pub fn total_lines(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut line = |s: String| out.push(s);
        line(format!(
            "Streak: {} (longest {})",
            evenings(self.streak),
            evenings(self.longest_streak)
        ));
        line(format!(
            "Sessions: {} finished of {} started, {} stretching in all",
            self.sessions_finished,
            self.sessions,
            crate::duration::human(std::time::Duration::from_secs(self.active_seconds))
        ));
        line(format!(
            "Check-ins: {}, {} with cramps ({} bad)",
            count(self.checked_nights, "night", "nights"),
            self.cramp_nights,
            self.bad_nights
        ));
        if self.reminder_acks > 0 {
            line(format!("Reminders done: {}", self.reminder_acks));
        }
        let recent: Vec<&Day> = self.days.iter().filter(|d| d.finished > 0).collect();
        line(format!(
            "Last {CHART_DAYS} days: a finished routine on {}, cramps on {} of {} checked nights",
            evenings(recent.len() as u32),
            self.days
                .iter()
                .filter(|d| d.cramps.is_some_and(Cramps::is_cramp_night))
                .count(),
            self.days.iter().filter(|d| d.cramps.is_some()).count()
        ));
        out
    }

    /// The comparison as lines of text (shared by `windown stats` and the progress screen).
    pub fn comparison_lines(&self) -> Vec<String> {
        let c = &self.comparison;
        let mut v = vec![
            "Cramp nights, among nights with a morning check-in:".to_string(),
            format!(
                "  after an evening with a finished routine: {}",
                c.after_routine.describe()
            ),
            format!(
                "  after an evening without:                 {}",
                c.after_none.describe()
            ),
        ];
        if c.too_few() {
            v.push(format!(
                "Fewer than {FEW_NIGHTS} nights on one side: too early to read much into it."
            ));
        }
        v.push("A personal record, not medical evidence.".to_string());
        v
    }
}

/// `1 evening`, `5 evenings`.
pub fn evenings(n: u32) -> String {
    count(n, "evening", "evenings")
}

#[cfg(test)]
pub(crate) mod fixture {
    //! A made-up month for tests and snapshots: November 2026, Europe-style offsets.
    use super::super::record::*;
    use chrono::{DateTime, FixedOffset, NaiveDate};

    fn t(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).expect("fixture time")
    }

    pub fn session(day: u32, hm: &str, finished: bool) -> Record {
        let started = t(&format!("2026-11-{day:02}T{hm}:00+01:00"));
        Record::Session(SessionEntry {
            routine_id: "evening-legs".into(),
            routine_title: "Evening legs".into(),
            started,
            ended: started + chrono::Duration::seconds(240),
            active_seconds: if finished { 220 } else { 90 },
            steps_done: if finished { 4 } else { 2 },
            steps_skipped: 0,
            steps_total: 4,
            finished,
        })
    }

    pub fn checkin(night: u32, cramps: Cramps) -> Record {
        Record::Checkin(CheckinEntry {
            night_of: NaiveDate::from_ymd_opt(2026, 11, night).expect("fixture date"),
            cramps,
            count: None,
            note: None,
            recorded: t(&format!("2026-11-{:02}T07:15:00+01:00", night + 1)),
        })
    }

    /// A left-calf cramp at `hm` on the morning of November `day + 1` (the night of `day`
    /// when before 04:00).
    pub fn cramp(day: u32, hm: &str, pain: Option<u8>) -> Record {
        let at = t(&format!("2026-11-{:02}T{hm}:00+01:00", day + 1));
        Record::Cramp(CrampEntry {
            at,
            leg: crate::relief::Leg::Left,
            muscle: crate::relief::Muscle::Calf,
            relief_seconds: None,
            pain,
            recorded: at,
        })
    }

    /// Evenings 1-29 of November 2026, checked the morning after (night of the 29th answered
    /// on the 30th):
    /// - routine finished on 1-5, 8-12, 15-20, 22-29 (24 evenings; 27 just after midnight);
    /// - an unfinished session on the 6th and a second, unfinished one on the 12th; nothing
    ///   on 7, 13, 14, 21;
    /// - cramps: after routine evenings on 3, 10, 18 (bad on 18) -> 3 of 24;
    ///   after the other five evenings on 6, 7, 13, 21 (bad on 7 and 13) -> 4 of 5.
    pub fn month() -> Vec<Record> {
        let stretched: Vec<u32> = (1..=5)
            .chain(8..=12)
            .chain(15..=20)
            .chain(22..=29)
            .collect();
        let mut out = Vec::new();
        for day in 1..=29u32 {
            if stretched.contains(&day) {
                if day == 27 {
                    // Just after midnight: still the evening of the 27th.
                    out.push(session(28, "00:20", true));
                } else {
                    out.push(session(day, "22:05", true));
                }
            } else if day == 6 {
                out.push(session(day, "22:10", false));
            }
            if day == 12 {
                // A second try the same evening, stopped early: two sessions that evening.
                out.push(session(day, "22:40", false));
            }
            let cramps = match day {
                7 | 13 | 18 => Cramps::Bad,
                3 | 10 | 6 | 21 => Cramps::Mild,
                _ => Cramps::None,
            };
            out.push(checkin(day, cramps));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::super::record::*;
    use super::*;
    use chrono::{Offset, TimeZone, Timelike};
    use chrono_tz::Europe::Berlin;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn finished_at(at: chrono::DateTime<chrono::FixedOffset>) -> Record {
        Record::Session(SessionEntry {
            routine_id: "r".into(),
            routine_title: "R".into(),
            started: at,
            ended: at,
            active_seconds: 200,
            steps_done: 4,
            steps_skipped: 0,
            steps_total: 4,
            finished: true,
        })
    }

    #[test]
    fn the_made_up_month_compares_as_counted_by_hand() {
        let s = Stats::compute(&fixture::month(), d(2026, 11, 30));
        assert_eq!(
            s.comparison,
            Comparison {
                after_routine: Tally {
                    nights: 24,
                    cramp_nights: 3
                },
                after_none: Tally {
                    nights: 5,
                    cramp_nights: 4
                },
            }
        );
        assert_eq!(s.streak, 8); // 22..=29, today (30th) not yet
        assert_eq!(s.longest_streak, 8);
        assert_eq!((s.sessions, s.sessions_finished), (26, 24));
        assert_eq!((s.days[11].sessions, s.days[11].finished), (2, 1));
        assert_eq!((s.checked_nights, s.cramp_nights, s.bad_nights), (29, 7, 3));
        assert_eq!(s.days.len(), CHART_DAYS);
        assert_eq!(s.days[0].evening, d(2026, 11, 1));
        assert_eq!(s.days[26].finished, 1); // the session at 00:20 on the 28th
        assert_eq!(s.days[27].finished, 1);
        assert!(s.comparison.too_few());
        assert_eq!(
            s.comparison.after_routine.describe(),
            "3 of 24 nights (13%)"
        );
        assert_eq!(s.comparison.after_none.describe(), "4 of 5 nights (80%)");
    }

    #[test]
    fn a_later_checkin_corrects_an_earlier_one() {
        let mut recs = fixture::month();
        recs.push(fixture::checkin(6, Cramps::None));
        let s = Stats::compute(&recs, d(2026, 11, 30));
        assert_eq!(s.comparison.after_none.cramp_nights, 3);
    }

    #[test]
    fn streak_ends_today_or_yesterday_only() {
        let set: BTreeSet<NaiveDate> = [d(2026, 11, 20), d(2026, 11, 21)].into();
        assert_eq!(current_streak(&set, d(2026, 11, 21)), 2);
        assert_eq!(current_streak(&set, d(2026, 11, 22)), 2);
        assert_eq!(current_streak(&set, d(2026, 11, 23)), 0);
        assert_eq!(current_streak(&BTreeSet::new(), d(2026, 11, 23)), 0);
    }

    #[test]
    fn streaks_run_across_month_and_year_ends() {
        let mut recs = Vec::new();
        for (y, m, day) in [
            (2026, 1, 30),
            (2026, 1, 31),
            (2026, 2, 1),
            (2026, 2, 28),
            (2026, 3, 1),
            (2026, 12, 31),
            (2027, 1, 1),
            (2027, 1, 2),
        ] {
            let at = chrono::FixedOffset::east_opt(3600)
                .unwrap()
                .with_ymd_and_hms(y, m, day, 22, 0, 0)
                .unwrap();
            recs.push(finished_at(at));
        }
        let evenings = routine_evenings(&recs);
        assert_eq!(longest_streak(&evenings), 3);
        assert_eq!(current_streak(&evenings, d(2026, 3, 2)), 2); // Feb 28 -> Mar 1
        assert_eq!(current_streak(&evenings, d(2027, 1, 2)), 3); // over New Year
    }

    #[test]
    fn streaks_survive_daylight_saving_changes() {
        // Berlin leaves summer time on 25 October 2026 (03:00 CEST -> 02:00 CET) and enters it
        // on 29 March 2026. Sessions at 22:30 and at 00:45 around both changes.
        let mut recs = Vec::new();
        let mut expected = BTreeSet::new();
        for (m, days) in [(3u32, 25..=30u32), (10, 22..=27)] {
            for day in days {
                let (dd, h, min) = if day % 2 == 0 {
                    (day, 22, 30)
                } else {
                    (day + 1, 0, 45) // after midnight: the evening before
                };
                let local = Berlin
                    .with_ymd_and_hms(2026, m, dd, h, min, 0)
                    .single()
                    .unwrap();
                recs.push(finished_at(local.fixed_offset()));
                expected.insert(d(2026, m, day));
                if day % 2 == 1 {
                    assert_eq!(local.hour(), 0);
                }
            }
        }
        assert_eq!(routine_evenings(&recs), expected);
        // Inside the changes themselves: 02:30 happens twice on 25 October, and 03:30 comes
        // right after 01:59 on 29 March. All belong to the evening before.
        let twice = Berlin.with_ymd_and_hms(2026, 10, 25, 2, 30, 0);
        let (first, second) = (twice.earliest().unwrap(), twice.latest().unwrap());
        assert_ne!(first.offset().fix(), second.offset().fix());
        let after_jump = Berlin
            .with_ymd_and_hms(2026, 3, 29, 3, 30, 0)
            .single()
            .unwrap();
        for at in [first.fixed_offset(), second.fixed_offset()] {
            assert_eq!(evening_of(at), d(2026, 10, 24));
        }
        assert_eq!(evening_of(after_jump.fixed_offset()), d(2026, 3, 28));
        assert_eq!(current_streak(&expected, d(2026, 3, 31)), 6);
        assert_eq!(current_streak(&expected, d(2026, 10, 28)), 6);
        assert_eq!(longest_streak(&expected), 6);
    }

    #[test]
    fn empty_history_has_zeroes_and_thirty_empty_days() {
        let s = Stats::compute(&[], d(2026, 11, 30));
        assert_eq!((s.streak, s.longest_streak, s.sessions), (0, 0, 0));
        assert_eq!(s.days.len(), CHART_DAYS);
        assert!(s.to_text().contains("no nights yet"));
    }
}
