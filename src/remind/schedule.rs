//! The reminder schedule: pure functions from a [`Schedule`] and a moment to the occurrences
//! that follow it, in wall-clock local time.
//!
//! Owns the rules: interval reminders anchored on `from`, windows that cross midnight, weekday
//! filters, and daylight-saving days. Generic over [`chrono::TimeZone`] so tests pass fixed
//! `chrono_tz` zones and the process passes [`chrono::Local`] (which honours `TZ`). Reads no
//! clock, no file, sends nothing.
//!
//! Rules, per calendar day D of the reminder's `days`:
//! - `at` times are clock times on D (a resolved time past midnight wraps into D).
//! - `every`: `from + k * every` for k = 0, 1, ... while not after `until`; `until` not after
//!   `from` means the window ends the next day (so `from == until` is a full 24 hours).
//! - A local time that does not exist on D (spring forward) fires at the first valid minute
//!   after it; a time that exists twice (fall back) fires once, at its first instance. Several
//!   local times that land on the same instant fire once.

use chrono::{DateTime, Duration as TimeDelta, LocalResult, NaiveDate, NaiveDateTime, TimeZone};

use super::file::{Reminder, Schedule, When};

/// One moment at which one reminder fires.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occurrence<Tz: TimeZone> {
    pub at: DateTime<Tz>,
    /// Index into [`Schedule::reminders`].
    pub reminder: usize,
}

/// A local wall-clock time as an instant in `tz`, by the DST rules above.
///
/// `TimeZone::from_local_datetime` is not trusted on its own: `chrono::Local` answers
/// `Single` with the old offset exactly at a transition (Berlin 2026-10-25 03:00 as +02:00,
/// an hour early), and the same for a time inside a gap. So an instant is accepted only when
/// it reads back as the same wall-clock time, and near a transition the offsets in effect
/// around it are tried too.
pub(crate) fn resolve_local<Tz: TimeZone>(tz: &Tz, naive: NaiveDateTime) -> Option<DateTime<Tz>> {
    if let Some(t) = exact_local(tz, naive) {
        return Some(t);
    }
    // In a gap: the first whole minute after it that exists. Gaps are at most a few hours;
    // give up after two days of minutes (never seen in real zone data).
    let start = naive.date().and_hms_opt(
        chrono::Timelike::hour(&naive),
        chrono::Timelike::minute(&naive),
        0,
    )?;
    (1..=2 * 24 * 60)
        .find_map(|m| exact_local(tz, start.checked_add_signed(TimeDelta::minutes(m))?))
}

/// The earliest instant that reads as `naive` in `tz`, if any.
fn exact_local<Tz: TimeZone>(tz: &Tz, naive: NaiveDateTime) -> Option<DateTime<Tz>> {
    use chrono::Offset;
    // A `DateTime` keeps the offset it was made with, so it is rebuilt from its instant: that
    // is the offset the zone really has then.
    let consider = |found: &mut Option<DateTime<Tz>>, t: DateTime<Tz>| {
        let t = tz.from_utc_datetime(&t.naive_utc());
        if t.naive_local() == naive && found.as_ref().is_none_or(|f| t < *f) {
            *found = Some(t);
        }
    };
    let mut found: Option<DateTime<Tz>> = None;
    match tz.from_local_datetime(&naive) {
        LocalResult::Single(t) => consider(&mut found, t),
        LocalResult::Ambiguous(a, b) => {
            consider(&mut found, a);
            consider(&mut found, b);
        }
        LocalResult::None => {}
    }
    // The offsets a day before and after: equal means no transition near, and the answer
    // above stands (the common case, two lookups).
    // (At the ends of the calendar, the moment itself stands in.)
    let offset_at = |hours: i64| {
        let probe = naive
            .checked_add_signed(TimeDelta::hours(hours))
            .unwrap_or(naive);
        tz.offset_from_utc_datetime(&probe).fix()
    };
    let (before, after) = (offset_at(-26), offset_at(26));
    if before == after && found.is_some() {
        return found;
    }
    for o in [before, offset_at(-15), offset_at(15), after] {
        if let Some(utc) =
            naive.checked_sub_signed(TimeDelta::seconds(i64::from(o.local_minus_utc())))
        {
            consider(&mut found, tz.from_utc_datetime(&utc));
        }
    }
    found
}

/// The zone's offset over a span of days, looked up once a day (issue 24: `remind preview` of a
/// year looked the local zone up three or four times per occurrence, and `count_between` more
/// per day and reminder). A day is *steady* when the offset is the same at the midnights from
/// two days before it to four days after: then a time of that day or the next (a reminder's
/// times reach up to 48 hours past its day's midnight) is the wall-clock time less that offset,
/// the instant [`resolve_local`] finds, which assumes too that the offset does not change and
/// change back within two days. Other days, and days outside the span, go through
/// [`resolve_local`].
pub(crate) struct Days<Tz: TimeZone> {
    tz: Tz,
    first: NaiveDate,
    /// From `first`, one per day: the offset when the day is steady.
    steady: Vec<Option<Tz::Offset>>,
}

impl<Tz: TimeZone> Days<Tz> {
    /// Most days a table covers (ten years); later days are resolved one by one.
    const MAX: i64 = 3660;

    /// The days `from` to `to` (both included) in `tz`.
    pub(crate) fn new(tz: &Tz, from: NaiveDate, to: NaiveDate) -> Days<Tz> {
        use chrono::Offset as _;
        let days = ((to - from).num_days() + 1).clamp(0, Self::MAX);
        // The offset at each midnight (read as UTC) from two days before `from` to four after
        // `to`: one lookup a day.
        let probes: Vec<Tz::Offset> = (-2..days + 4)
            .map_while(|i| {
                let day = from.checked_add_signed(TimeDelta::days(i))?;
                Some(tz.offset_from_utc_datetime(&day.and_time(chrono::NaiveTime::MIN)))
            })
            .collect();
        let steady = probes
            .windows(7)
            .map(|w| {
                let o = w[2].fix();
                w.iter().all(|p| p.fix() == o).then(|| w[2].clone())
            })
            .collect();
        Days {
            tz: tz.clone(),
            first: from,
            steady,
        }
    }

    /// The offset of a steady `day`, `None` for another day or one outside the table.
    fn steady(&self, day: NaiveDate) -> Option<&Tz::Offset> {
        let i = usize::try_from((day - self.first).num_days()).ok()?;
        self.steady.get(i)?.as_ref()
    }

    /// The instant of `seconds` after `day`'s midnight on the wall clock, by the rules of
    /// [`resolve_local`].
    fn at(&self, day: NaiveDate, seconds: i64) -> Option<DateTime<Tz>> {
        use chrono::Offset as _;
        let naive = day.and_time(chrono::NaiveTime::MIN) + TimeDelta::seconds(seconds);
        match self.steady(day) {
            Some(o) => {
                let utc = naive
                    .checked_sub_signed(TimeDelta::seconds(i64::from(o.fix().local_minus_utc())))?;
                Some(DateTime::from_naive_utc_and_offset(utc, o.clone()))
            }
            None => resolve_local(&self.tz, naive),
        }
    }
}

/// The local times (seconds after D's midnight, may pass 24 h) a reminder has on its day, as
/// a lazily indexed sequence.
#[derive(Debug, Clone)]
enum DayTimes {
    Every { start: i64, step: i64, count: i64 },
    At(Vec<i64>),
}

impl DayTimes {
    fn of(r: &Reminder, s: &Schedule) -> DayTimes {
        match &r.when {
            When::Every { every, from, until } => {
                let start = i64::from(from.second_of_day(s.wake, s.bedtime));
                let mut end = i64::from(until.second_of_day(s.wake, s.bedtime));
                if end <= start {
                    end += 86_400;
                }
                let step = i64::try_from(every.as_secs()).unwrap_or(i64::MAX).max(1);
                DayTimes::Every {
                    start,
                    step,
                    count: (end - start) / step + 1,
                }
            }
            When::At(times) => {
                let mut v: Vec<i64> = times
                    .iter()
                    .map(|t| i64::from(t.second_of_day(s.wake, s.bedtime)))
                    .collect();
                v.sort_unstable();
                v.dedup();
                DayTimes::At(v)
            }
        }
    }
    fn len(&self) -> i64 {
        match self {
            DayTimes::Every { count, .. } => *count,
            DayTimes::At(v) => v.len() as i64,
        }
    }
    fn get(&self, k: i64) -> i64 {
        match self {
            DayTimes::Every { start, step, .. } => start + k * step,
            DayTimes::At(v) => usize::try_from(k)
                .ok()
                .and_then(|i| v.get(i))
                .copied()
                .unwrap_or(0),
        }
    }
}

/// The occurrences of one reminder strictly after a moment, in order, without end.
pub(crate) struct ReminderOccurrences<'a, Tz: TimeZone> {
    reminder: &'a Reminder,
    tz: Tz,
    /// The zone looked up once a day, when the caller has a table.
    days: Option<&'a Days<Tz>>,
    times: DayTimes,
    day: NaiveDate,
    k: i64,
    /// Nothing at or before this is yielded (the starting moment, then the last yielded).
    floor: DateTime<Tz>,
    fresh_day: bool,
}

impl<'a, Tz: TimeZone> ReminderOccurrences<'a, Tz> {
    pub(crate) fn new(schedule: &'a Schedule, index: usize, after: &DateTime<Tz>) -> Option<Self> {
        Self::make(schedule, index, after, None)
    }

    /// [`ReminderOccurrences::new`] with the zone's offsets looked up once a day in `days`
    /// (for a list of many days: `remind preview`).
    pub(crate) fn within(
        schedule: &'a Schedule,
        index: usize,
        after: &DateTime<Tz>,
        days: &'a Days<Tz>,
    ) -> Option<Self> {
        Self::make(schedule, index, after, Some(days))
    }

    fn make(
        schedule: &'a Schedule,
        index: usize,
        after: &DateTime<Tz>,
        days: Option<&'a Days<Tz>>,
    ) -> Option<Self> {
        let reminder = schedule.reminders.get(index)?;
        Some(ReminderOccurrences {
            reminder,
            tz: after.timezone(),
            days,
            times: DayTimes::of(reminder, schedule),
            // A window that starts the day before can still run into `after`'s day.
            day: after.naive_local().date().pred_opt()?,
            k: 0,
            floor: after.clone(),
            fresh_day: true,
        })
    }

    fn at(&self, k: i64) -> Option<DateTime<Tz>> {
        let seconds = self.times.get(k);
        match self.days {
            Some(days) => days.at(self.day, seconds),
            None => resolve_local(
                &self.tz,
                self.day.and_time(chrono::NaiveTime::MIN) + TimeDelta::seconds(seconds),
            ),
        }
    }
}

impl<Tz: TimeZone> Iterator for ReminderOccurrences<'_, Tz> {
    type Item = DateTime<Tz>;

    fn next(&mut self) -> Option<DateTime<Tz>> {
        let mut empty_days = 0;
        loop {
            if self.fresh_day {
                self.fresh_day = false;
                self.k = 0;
                if !self
                    .reminder
                    .days
                    .contains(chrono::Datelike::weekday(&self.day))
                {
                    self.k = self.times.len();
                } else {
                    // Skip to the first time after the floor: instants grow with k, so a
                    // binary search finds it without walking a 1-second interval all day.
                    let (mut lo, mut hi) = (0, self.times.len());
                    while lo < hi {
                        let mid = lo + (hi - lo) / 2;
                        match self.at(mid) {
                            Some(t) if t <= self.floor => lo = mid + 1,
                            _ => hi = mid,
                        }
                    }
                    self.k = lo;
                }
            }
            while self.k < self.times.len() {
                let k = self.k;
                self.k += 1;
                if let Some(t) = self.at(k)
                    && t > self.floor
                {
                    self.floor = t.clone();
                    return Some(t);
                }
            }
            empty_days += 1;
            if empty_days > 8 {
                return None;
            }
            self.day = self.day.succ_opt()?;
            self.fresh_day = true;
        }
    }
}

/// Every occurrence of the enabled reminders strictly after `after` and before `before`, in
/// time order (ties in file order), at most `limit` of them.
pub fn next_occurrences<Tz: TimeZone>(
    schedule: &Schedule,
    after: &DateTime<Tz>,
    before: &DateTime<Tz>,
    limit: usize,
) -> Vec<Occurrence<Tz>> {
    let mut streams: Vec<(usize, std::iter::Peekable<ReminderOccurrences<'_, Tz>>)> = schedule
        .reminders
        .iter()
        .enumerate()
        .filter(|(_, r)| r.enabled)
        .filter_map(|(i, _)| Some((i, ReminderOccurrences::new(schedule, i, after)?.peekable())))
        .collect();
    let mut out = Vec::new();
    while out.len() < limit {
        let mut best: Option<(usize, DateTime<Tz>)> = None;
        for (slot, (_, s)) in streams.iter_mut().enumerate() {
            if let Some(t) = s.peek()
                && best.as_ref().is_none_or(|(_, b)| t < b)
            {
                best = Some((slot, t.clone()));
            }
        }
        let Some((slot, t)) = best else { break };
        if t >= *before {
            break;
        }
        let (index, stream) = &mut streams[slot];
        stream.next();
        out.push(Occurrence {
            at: t,
            reminder: *index,
        });
    }
    out
}

/// The next occurrence of each enabled reminder after `after` (within eight days), in file
/// order; `None` for disabled ones.
pub fn next_per_reminder<Tz: TimeZone>(
    schedule: &Schedule,
    after: &DateTime<Tz>,
) -> Vec<Option<DateTime<Tz>>> {
    (0..schedule.reminders.len())
        .map(|i| {
            if !schedule.reminders[i].enabled {
                return None;
            }
            ReminderOccurrences::new(schedule, i, after)?.next()
        })
        .collect()
}

/// How many occurrences of reminder `index` [`ReminderOccurrences`] gives strictly after
/// `after` and before `before`, worked out with two binary searches a day, never one step per
/// occurrence (`remind preview`'s "... and N more"), except on a day the clocks change, where
/// each time of that day is looked at (times in the skipped hour fall together and count once).
pub(crate) fn count_between<Tz: TimeZone>(
    schedule: &Schedule,
    index: usize,
    after: &DateTime<Tz>,
    before: &DateTime<Tz>,
    days: &Days<Tz>,
) -> u64 {
    let Some(r) = schedule.reminders.get(index).filter(|r| r.enabled) else {
        return 0;
    };
    let times = DayTimes::of(r, schedule);
    let tz = after.timezone();
    let mut floor = after.clone();
    let mut day = after.naive_local().date().pred_opt();
    let last_day = before.naive_local().date();
    let mut n = 0u64;
    while let Some(d) = day.filter(|d| *d <= last_day) {
        if r.days.contains(chrono::Datelike::weekday(&d)) {
            let at = |k: i64| days.at(d, times.get(k));
            // On a day whose offset does not change over the two days its times can reach,
            // local times compare as the clock reads them: the search needs no time zone.
            let midnight = d.and_time(chrono::NaiveTime::MIN);
            let steady = days.steady(d).is_some()
                || match (
                    at_offset(&tz, midnight),
                    d.checked_add_days(chrono::Days::new(2)),
                ) {
                    (Some(a), Some(end)) => {
                        at_offset(&tz, end.and_time(chrono::NaiveTime::MIN)) == Some(a)
                    }
                    _ => false,
                };
            // The first k whose time is past `bound` (or, with `or_equal`, at it).
            let first_past = |bound: &DateTime<Tz>, or_equal: bool| {
                let clock = (bound.naive_local() - midnight).num_seconds();
                let (mut lo, mut hi) = (0, times.len());
                while lo < hi {
                    let mid = lo + (hi - lo) / 2;
                    let before = if steady {
                        let t = times.get(mid);
                        t < clock || (!or_equal && t == clock)
                    } else {
                        matches!(at(mid), Some(t) if t < *bound || (!or_equal && t == *bound))
                    };
                    if before {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                lo
            };
            let lo = first_past(&floor, false);
            let hi = first_past(before, true);
            if steady && hi > lo {
                n += (hi - lo) as u64;
                if let Some(t) = at(hi - 1) {
                    floor = t;
                }
            } else if hi > lo {
                // A day the clocks change: times that fall together (the skipped hour's) count
                // once, as the occurrences give them; one look per time, on this day only.
                for k in lo..hi {
                    if let Some(t) = at(k)
                        && t > floor
                        && t < *before
                    {
                        n += 1;
                        floor = t;
                    }
                }
            }
        }
        day = d.succ_opt();
    }
    n
}

/// The UTC offset at a local time, when there is one.
fn at_offset<Tz: TimeZone>(tz: &Tz, naive: NaiveDateTime) -> Option<i32> {
    use chrono::Offset as _;
    resolve_local(tz, naive).map(|t| t.offset().fix().local_minus_utc())
}

/// The occurrences of reminder `index` in `(after, upto]`, in order, stopping after `cap`.
pub(crate) fn occurrences_between<Tz: TimeZone>(
    schedule: &Schedule,
    index: usize,
    after: &DateTime<Tz>,
    upto: &DateTime<Tz>,
    cap: usize,
) -> Vec<DateTime<Tz>> {
    match ReminderOccurrences::new(schedule, index, after) {
        Some(it) => it.take_while(|t| t <= upto).take(cap).collect(),
        None => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Datelike as _;

    /// A table's times are the instants [`resolve_local`] finds, on steady days and on the
    /// days the clocks change (gaps, repeats, half hours, a skipped day), and past its ends.
    #[test]
    fn a_table_of_days_resolves_as_each_time_alone() {
        let zones: [chrono_tz::Tz; 5] = [
            chrono_tz::Europe::Berlin,
            chrono_tz::America::New_York,
            chrono_tz::Australia::Lord_Howe,
            chrono_tz::Pacific::Apia,
            chrono_tz::UTC,
        ];
        let seconds = [
            0,
            1,
            2 * 3600 + 30 * 60,
            3 * 3600,
            12 * 3600 + 5,
            23 * 3600 + 59 * 60 + 59,
            24 * 3600 + 2 * 3600 + 30 * 60,
            2 * 86_400 - 1,
        ];
        for tz in zones {
            for (from, to) in [
                ((2011, 12, 20), (2012, 1, 10)),
                ((2026, 1, 1), (2026, 12, 31)),
            ] {
                let day = |(y, m, d): (i32, u32, u32)| NaiveDate::from_ymd_opt(y, m, d).unwrap();
                let (from, to) = (day(from), day(to));
                let table = Days::new(&tz, from, to);
                let mut d = from - TimeDelta::days(3);
                while d <= to + TimeDelta::days(3) {
                    for s in seconds {
                        let naive = d.and_time(chrono::NaiveTime::MIN) + TimeDelta::seconds(s);
                        assert_eq!(
                            table.at(d, s).map(|t| t.fixed_offset()),
                            resolve_local(&tz, naive).map(|t| t.fixed_offset()),
                            "{tz} {naive}"
                        );
                    }
                    d = d.succ_opt().unwrap();
                }
                // The days the clocks change are not steady (Apia's in 2011 only: it skipped
                // 30 December, and has had no daylight saving since 2021).
                let changes = match tz {
                    chrono_tz::UTC => false,
                    chrono_tz::Pacific::Apia => from.year() == 2011,
                    _ => from.year() == 2026,
                };
                assert_eq!(
                    table.steady.iter().any(Option::is_none),
                    changes,
                    "{tz} {from}"
                );
            }
        }
    }

    /// The occurrences and their count are the same with a table as without.
    #[test]
    fn occurrences_within_a_table_are_the_same() {
        let s = super::super::file::parse(
            "r.toml",
            "[[reminder]]\nid = \"e\"\ntitle = \"E\"\nevery = \"25m\"\nfrom = \"22:00\"\nuntil = \"03:30\"\n\n\
             [[reminder]]\nid = \"a\"\ntitle = \"A\"\nat = [\"02:30\", \"07:00:05\"]\ndays = [\"sun\", \"mon\"]\n",
        )
        .unwrap();
        let sched = Schedule::new(s, &crate::config::Config::default());
        for tz in [chrono_tz::Europe::Berlin, chrono_tz::America::New_York] {
            let after = tz.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
            let before = tz.with_ymd_and_hms(2027, 1, 1, 0, 0, 0).unwrap();
            let table = Days::new(
                &tz,
                after.date_naive().pred_opt().unwrap(),
                before.date_naive().succ_opt().unwrap(),
            );
            for i in 0..sched.reminders.len() {
                let alone: Vec<_> = ReminderOccurrences::new(&sched, i, &after)
                    .unwrap()
                    .take_while(|t| *t < before)
                    .collect();
                let within: Vec<_> = ReminderOccurrences::within(&sched, i, &after, &table)
                    .unwrap()
                    .take_while(|t| *t < before)
                    .collect();
                assert_eq!(alone, within, "{tz} {i}");
                assert_eq!(
                    count_between(&sched, i, &after, &before, &table),
                    alone.len() as u64,
                    "{tz} {i}"
                );
            }
        }
    }
}
