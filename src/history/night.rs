//! The evening and the night: which day, evening or night a moment belongs to. Written once,
//! here, and used by the reminders (skip-when-done), the diary, the morning check-in, the
//! streaks, the numbers, the report and the personal experiment.
//!
//! The rules, from the person's `wake` and `bedtime` (config.toml) and `evening_hours`:
//!
//! | Part of the day | From                         | Until                    | Belongs to                  |
//! |-----------------|------------------------------|--------------------------|-----------------------------|
//! | morning         | wake − 3 h (04:00)           | wake + 3 h (10:00)       | day D; a cramp: night D − 1 |
//! | daytime         | wake + 3 h (10:00)           | bedtime − evening_hours  | day D; a cramp: no night    |
//! | evening & night | bedtime − evening_hours (19:30) | the next morning (04:00) | evening and night D      |
//!
//! (times for the defaults: wake 07:00, bedtime 22:30, evening_hours 3). A day D runs from
//! one morning's start to the next, so 01:54 still belongs to the evening before; the evening
//! of D and the night after it carry D's date (`night_of` in a check-in). Only a session started
//! in the evening counts as an evening stretched and skips an evening reminder; a session at
//! 11:00 is a daytime session. A cramp from the evening's start until 3 hours after wake time
//! belongs to that night; any other is a daytime cramp (listed, never counted in a night).
//!
//! Decided from each record's local time as written (its own offset), when records are read:
//! no record stores it, a DST change or a trip never moves a moment, and a change of bedtime
//! re-reads the past by the new rules. Pure: no clock, no files ([`NightRules::load`] aside).

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, NaiveTime, Timelike};

use super::SessionEntry;
use crate::config::Config;
use crate::paths::Dirs;

/// The morning starts this long before wake time (the check-in may ask about the night
/// just ended from then on).
pub(crate) const MORNING_BEFORE_WAKE: i64 = 3 * 3600;
/// A cramp until this long after wake time still belongs to the night.
pub(crate) const CRAMP_AFTER_WAKE: i64 = 3 * 3600;

const DAY: i64 = 24 * 3600;

/// Days from 1 January of year 1 (day 1) to 1 January 1970, chrono's count of days
/// ([`NaiveDate::from_num_days_from_ce_opt`]).
const EPOCH_DAYS_FROM_CE: i64 = 719_163;

/// The part of its day a moment falls in (see the module's table).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// From the morning's start until 3 hours after wake: a cramp belongs to the night before.
    Morning,
    /// After the morning, before the evening.
    Daytime,
    /// From the evening's start until the next morning's start.
    Evening,
}

/// Where a moment falls: its day and the part of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    /// The day, from one morning's start to the next; its evening and the night after carry
    /// this date.
    pub day: NaiveDate,
    pub part: Part,
}

impl Place {
    /// The evening this moment is in ([`NightRules::evening_of`]).
    pub(crate) fn evening(&self) -> Option<NaiveDate> {
        (self.part == Part::Evening).then_some(self.day)
    }

    /// The night a cramp at this moment belongs to ([`NightRules::cramp_night`]).
    pub(crate) fn cramp_night(&self) -> Option<NaiveDate> {
        match self.part {
            Part::Evening => Some(self.day),
            Part::Morning => self.day.pred_opt(),
            Part::Daytime => None,
        }
    }
}

/// The person's evening and night, from their wake time, bedtime and evening length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NightRules {
    /// Seconds after midnight at which the day starts (wake − 3 h; negative when wake is
    /// before 03:00, the day then starting the calendar day before).
    morning: i64,
    /// Seconds after the morning's start at which the evening starts (0 to a day).
    evening: i64,
}

impl Default for NightRules {
    fn default() -> NightRules {
        NightRules::of(&Config::default())
    }
}

impl NightRules {
    /// The rules for someone who wakes at `wake` and goes to bed at `bedtime`, with an evening
    /// starting `evening_hours` before bedtime.
    pub fn new(wake: NaiveTime, bedtime: NaiveTime, evening_hours: u32) -> NightRules {
        let secs = |t: NaiveTime| i64::from(t.num_seconds_from_midnight());
        let morning = secs(wake) - MORNING_BEFORE_WAKE;
        let evening_start = secs(bedtime) - i64::from(evening_hours) * 3600;
        NightRules {
            morning,
            evening: (evening_start - morning).rem_euclid(DAY),
        }
    }

    /// The rules of a config.
    pub fn of(cfg: &Config) -> NightRules {
        NightRules::new(cfg.wake, cfg.bedtime, cfg.evening_hours)
    }

    /// The rules of the person's config.toml (the defaults when it is missing or broken; the
    /// mistakes are told where the config is read for its own sake).
    pub fn load(dirs: &Dirs) -> NightRules {
        NightRules::of(&Config::load_or_defaults(dirs).0)
    }

    /// Where `at` falls: its day and the part of it, by its local time as written.
    pub fn place(&self, at: DateTime<FixedOffset>) -> Place {
        // The local time as written, in seconds since the epoch, from the morning's start: its
        // day and how far into it, in one division (every record of a history is placed).
        let local = at.timestamp() + i64::from(at.offset().local_minus_utc());
        let since_morning = local - self.morning;
        let into_day = since_morning.rem_euclid(DAY);
        let day = i32::try_from(since_morning.div_euclid(DAY) + EPOCH_DAYS_FROM_CE)
            .ok()
            .and_then(NaiveDate::from_num_days_from_ce_opt)
            .unwrap_or_else(|| self.day_by_calendar(at));
        let part = if into_day >= self.evening {
            Part::Evening
        } else if into_day < MORNING_BEFORE_WAKE + CRAMP_AFTER_WAKE {
            Part::Morning
        } else {
            Part::Daytime
        };
        Place { day, part }
    }

    /// [`NightRules::place`]'s day by the calendar of the local time, step by step (the
    /// same day; used at the ends of the calendar's range).
    fn day_by_calendar(&self, at: DateTime<FixedOffset>) -> NaiveDate {
        let local = at.naive_local();
        let since_morning = i64::from(local.num_seconds_from_midnight()) - self.morning;
        local.date() + Duration::days(since_morning.div_euclid(DAY))
    }

    /// The day `at` belongs to: from one morning's start (wake − 3 h) to the next. At 01:54 it
    /// is still the day (and the evening) before. "Today" for streaks and numbers.
    pub fn day_of(&self, at: DateTime<FixedOffset>) -> NaiveDate {
        self.place(at).day
    }

    /// Whether `at` is in the evening (from `evening_hours` before bedtime until the
    /// next morning's start).
    pub fn in_evening(&self, at: DateTime<FixedOffset>) -> bool {
        self.place(at).part == Part::Evening
    }

    /// The evening (and night) `at` belongs to, when it is in one; `None` in the daytime and
    /// the morning. A session counts as an evening stretched by the evening it started in.
    pub fn evening_of(&self, at: DateTime<FixedOffset>) -> Option<NaiveDate> {
        self.place(at).evening()
    }

    /// The evening a session counts for as an evening stretched, the one rule every count of
    /// them uses (stats, the streak, the report, the six weeks, the experiment's adherence,
    /// the reminders' skip-when-done): a routine run to its end, started in the evening, with
    /// at least one stretch done. A routine whose stretches were all skipped, or a wind-down
    /// run without them (a rest evening of the experiment), is no evening stretched. A record
    /// from before windown counted stretches keeps its old meaning: finished is enough.
    pub fn stretched_evening(&self, s: &SessionEntry) -> Option<NaiveDate> {
        if !stretches(s) {
            return None;
        }
        self.evening_of(s.started)
    }

    /// [`NightRules::stretched_evening`] of `s`, given `evening`, its [`NightRules::evening_of`]
    /// already found (one pass over the history finds it once per session).
    pub(crate) fn stretched_evening_of(
        s: &SessionEntry,
        evening: Option<NaiveDate>,
    ) -> Option<NaiveDate> {
        evening.filter(|_| stretches(s))
    }

    /// The night a cramp at `at` belongs to (by the evening it began), from the evening's
    /// start until 3 hours after wake; `None` for a daytime cramp.
    pub fn cramp_night(&self, at: DateTime<FixedOffset>) -> Option<NaiveDate> {
        self.place(at).cramp_night()
    }

    /// A cramp at `at` belongs to no night.
    pub fn is_daytime_cramp(&self, at: DateTime<FixedOffset>) -> bool {
        self.cramp_night(at).is_none()
    }

    /// The latest night that is over at `now`: from the morning's start (wake − 3 h), the
    /// night just ended; before it, the night before that (at 01:54 on the 25th the night of
    /// the 24th is still going on, so it is the night of the 23rd).
    pub fn last_night_over(&self, now: DateTime<FixedOffset>) -> NaiveDate {
        let day = self.day_of(now);
        day.pred_opt().unwrap_or(day)
    }
}

/// A session that counts for its evening, if it was in one: finished, with a stretch done (or
/// from before windown counted them).
fn stretches(s: &SessionEntry) -> bool {
    s.finished && s.stretches_done != Some(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Offset, TimeZone};
    use chrono_tz::Europe::Berlin;

    fn hm(s: &str) -> NaiveTime {
        NaiveTime::parse_from_str(s, "%H:%M").unwrap()
    }

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    /// A local time on a day of December 2026 (UTC+1).
    fn at(day: u32, t: &str) -> DateTime<FixedOffset> {
        FixedOffset::east_opt(3600)
            .unwrap()
            .from_local_datetime(&d(12, day).and_time(hm(t)))
            .unwrap()
    }

    /// One row of the table: (wake, bedtime, evening hours, moment on the 2nd, its day, its
    /// part, the night a cramp then belongs to).
    type Rule = (
        &'static str,
        &'static str,
        u32,
        &'static str,
        u32,
        Part,
        Option<u32>,
    );

    #[test]
    fn the_table_of_rules() {
        use Part::*;
        let rows: &[Rule] = &[
            // Defaults: morning 04:00, cramps until 10:00, evening from 19:30.
            ("07:00", "22:30", 3, "00:30", 1, Evening, Some(1)),
            ("07:00", "22:30", 3, "03:59", 1, Evening, Some(1)),
            ("07:00", "22:30", 3, "04:00", 2, Morning, Some(1)),
            ("07:00", "22:30", 3, "09:59", 2, Morning, Some(1)),
            ("07:00", "22:30", 3, "10:00", 2, Daytime, None),
            ("07:00", "22:30", 3, "11:00", 2, Daytime, None),
            ("07:00", "22:30", 3, "11:38", 2, Daytime, None),
            ("07:00", "22:30", 3, "19:29", 2, Daytime, None),
            ("07:00", "22:30", 3, "19:30", 2, Evening, Some(2)),
            ("07:00", "22:30", 3, "21:00", 2, Evening, Some(2)),
            ("07:00", "22:30", 3, "23:59", 2, Evening, Some(2)),
            // A longer evening setting.
            ("07:00", "22:30", 5, "17:30", 2, Evening, Some(2)),
            ("07:00", "22:30", 1, "21:00", 2, Daytime, None),
            // Bedtime after midnight, 01:30: the evening starts 22:30; 01:00 is the evening
            // before, 03:00 too (the morning starts at 04:00).
            ("07:00", "01:30", 3, "21:00", 2, Daytime, None),
            ("07:00", "01:30", 3, "22:30", 2, Evening, Some(2)),
            ("07:00", "01:30", 3, "01:00", 1, Evening, Some(1)),
            ("07:00", "01:30", 3, "03:00", 1, Evening, Some(1)),
            // Late sleeper: bedtime 03:00, wake 11:00 (morning 08:00, evening from 00:00).
            ("11:00", "03:00", 3, "00:00", 1, Evening, Some(1)),
            ("11:00", "03:00", 3, "07:59", 1, Evening, Some(1)),
            ("11:00", "03:00", 3, "08:00", 2, Morning, Some(1)),
            ("11:00", "03:00", 3, "13:59", 2, Morning, Some(1)),
            ("11:00", "03:00", 3, "14:00", 2, Daytime, None),
            ("11:00", "03:00", 3, "23:59", 2, Daytime, None),
            // Early wake, 05:00, bed 21:00: morning 02:00, cramps until 08:00, evening 18:00.
            ("05:00", "21:00", 3, "01:59", 1, Evening, Some(1)),
            ("05:00", "21:00", 3, "02:00", 2, Morning, Some(1)),
            ("05:00", "21:00", 3, "08:00", 2, Daytime, None),
            ("05:00", "21:00", 3, "18:00", 2, Evening, Some(2)),
            // Very early wake, 02:00: the day starts at 23:00 the calendar day before (the
            // 23:00 row is 23:00 on the 1st; 22:59 on the 2nd is still the evening of the 2nd).
            ("02:00", "18:00", 3, "22:59", 2, Evening, Some(2)),
            ("02:00", "18:00", 3, "23:00", 2, Morning, Some(1)),
            ("02:00", "18:00", 3, "04:59", 2, Morning, Some(1)),
            ("02:00", "18:00", 3, "05:00", 2, Daytime, None),
            ("02:00", "18:00", 3, "15:00", 2, Evening, Some(2)),
        ];
        for &(wake, bed, hours, t, day, part, night) in rows {
            let rules = NightRules::new(hm(wake), hm(bed), hours);
            // 23:00 on "the 2nd" for the 02:00 wake means 23:00 on the 1st.
            let moment = if wake == "02:00" && t >= "23:00" {
                at(1, t)
            } else {
                at(2, t)
            };
            let p = rules.place(moment);
            let what = format!("wake {wake}, bed {bed}, {hours} h, at {moment}");
            assert_eq!((p.day, p.part), (d(12, day), part), "{what}");
            assert_eq!(rules.cramp_night(moment), night.map(|n| d(12, n)), "{what}");
            assert_eq!(rules.in_evening(moment), part == Evening, "{what}");
            assert_eq!(rules.day_of(moment), d(12, day), "{what}");
            assert_eq!(
                rules.evening_of(moment),
                (part == Evening).then(|| d(12, day)),
                "{what}"
            );
            assert_eq!(rules.is_daytime_cramp(moment), night.is_none(), "{what}");
            assert_eq!(
                Some(rules.last_night_over(moment)),
                d(12, day).pred_opt(),
                "{what}"
            );
        }
    }

    #[test]
    fn the_day_by_seconds_is_the_day_by_the_calendar() {
        let rules = [
            NightRules::default(),
            NightRules::new(hm("02:00"), hm("18:00"), 3),
            NightRules::new(hm("11:00"), hm("03:00"), 3),
            NightRules::new(hm("00:30"), hm("23:00"), 0),
        ];
        let start = FixedOffset::east_opt(0)
            .unwrap()
            .with_ymd_and_hms(1969, 12, 25, 0, 0, 0)
            .unwrap();
        let offsets = [-12 * 3600, -9000, 0, 3600, 5 * 3600 + 1800, 14 * 3600];
        // Every 28 minutes and 53 seconds over two years from just before 1970 and from 2000,
        // at several offsets.
        for base in [start, start + Duration::days(365 * 30)] {
            for i in 0..36_500i64 {
                let t = base + Duration::seconds(i * 1733);
                for &o in &offsets {
                    let at = t.with_timezone(&FixedOffset::east_opt(o).unwrap());
                    for r in &rules {
                        assert_eq!(r.place(at).day, r.day_by_calendar(at), "{at}");
                    }
                }
            }
        }
    }

    #[test]
    fn clock_changes_never_move_a_moment() {
        let rules = NightRules::default();
        // Berlin leaves summer time on 25 October 2026: 02:30 comes twice, both the evening
        // of the 24th; 09:59 is still the night's, 10:00 is daytime.
        let twice = Berlin.with_ymd_and_hms(2026, 10, 25, 2, 30, 0);
        let (first, second) = (twice.earliest().unwrap(), twice.latest().unwrap());
        assert_ne!(first.offset().fix(), second.offset().fix());
        for t in [first.fixed_offset(), second.fixed_offset()] {
            assert_eq!(rules.evening_of(t), Some(d(10, 24)));
            assert_eq!(rules.cramp_night(t), Some(d(10, 24)));
        }
        let local = |m, day, h, min| {
            Berlin
                .with_ymd_and_hms(2026, m, day, h, min, 0)
                .single()
                .unwrap()
                .fixed_offset()
        };
        assert_eq!(rules.cramp_night(local(10, 25, 9, 59)), Some(d(10, 24)));
        assert_eq!(rules.cramp_night(local(10, 25, 10, 0)), None);
        assert_eq!(rules.evening_of(local(10, 25, 19, 30)), Some(d(10, 25)));
        // Spring, 29 March: 03:30 comes right after 01:59, still the evening of the 28th;
        // 04:00 is the morning.
        assert_eq!(rules.evening_of(local(3, 29, 3, 30)), Some(d(3, 28)));
        assert_eq!(rules.place(local(3, 29, 4, 0)).part, Part::Morning);
        assert_eq!(rules.last_night_over(local(3, 29, 4, 0)), d(3, 28));
        // The same instant written at another offset is read by its own local time.
        let west = FixedOffset::west_opt(8 * 3600)
            .unwrap()
            .with_ymd_and_hms(2026, 12, 1, 22, 0, 0)
            .unwrap();
        assert_eq!(rules.evening_of(west), Some(d(12, 1)));
    }

    #[test]
    fn an_evening_is_stretched_only_with_a_stretch_done() {
        use crate::history::record::{Line, parse_line};
        let rules = NightRules::default();
        let line = |extra: &str| {
            format!(
                r#"{{"v":1,"type":"session","routine_id":"wind-down","routine_title":"W","started":"2026-12-02T21:00:00+01:00","ended":"2026-12-02T21:30:00+01:00","active_seconds":1800,"steps_done":8,"steps_skipped":0,"steps_total":8,"finished":true{extra}}}"#
            )
        };
        let session = |text: &str| match parse_line(text) {
            Line::Record(crate::history::Record::Session(s)) => *s,
            other => panic!("{other:?}"),
        };
        // An older line, without the field: finished is enough, as it was.
        let old = session(&line(""));
        assert_eq!(old.stretches_done, None);
        assert_eq!(rules.stretched_evening(&old), Some(d(12, 2)));
        let none = session(&line(r#","stretches_done":0,"stretches_left_out":2"#));
        assert_eq!(
            (none.stretches_done, none.stretches_left_out),
            (Some(0), Some(2))
        );
        assert_eq!(rules.stretched_evening(&none), None);
        let one = session(&line(r#","stretches_done":1"#));
        assert_eq!(rules.stretched_evening(&one), Some(d(12, 2)));
        // Written back as read; a session line stays format 1 (older readers skip the field).
        let r = crate::history::Record::Session(Box::new(none.clone()));
        assert!(r.to_line().starts_with(r#"{"v":1,"#), "{}", r.to_line());
        assert_eq!(session(&r.to_line()), none);
        let unfinished = SessionEntry {
            finished: false,
            ..one.clone()
        };
        assert_eq!(rules.stretched_evening(&unfinished), None);
        let daytime = SessionEntry {
            started: at(2, "11:00"),
            ..one
        };
        assert_eq!(rules.stretched_evening(&daytime), None);
    }

    #[test]
    fn the_rules_follow_the_config() {
        let mut cfg = Config::default();
        assert_eq!(NightRules::of(&cfg), NightRules::default());
        cfg.bedtime = hm("01:30");
        assert!(NightRules::of(&cfg).place(at(2, "21:00")).part == Part::Daytime);
        cfg.evening_hours = 6;
        assert!(NightRules::of(&cfg).in_evening(at(2, "21:00")));
    }
}
