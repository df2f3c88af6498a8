//! `remind export --ics`: the schedule as an iCalendar file (RFC 5545) for phone and desktop
//! calendars.
//!
//! Owns turning a [`Schedule`] into calendar text: one event per reminder and clock time, or
//! for an `every` window a few events whose rules list its hours, minutes and seconds
//! (`BYHOUR`, `BYMINUTE`, `BYSECOND`: never one event per occurrence, so the file grows with
//! the reminders, not with how often they fire), with a weekly or daily recurrence rule up to
//! the end of the export and a display alarm at the time; wake- and bedtime-relative times resolved to clock times; a window that runs past
//! midnight put on the day it falls on. Times are local times in the person's zone, described
//! by a `VTIMEZONE` built from the zone's own offsets over the export (so the file needs no
//! time zone database to be read right). Pure: the zone, its name, the start and the
//! `DTSTAMP` come in as arguments; nothing is read or written here.
//!
//! One difference with the reminder process remains on a daylight-saving day: a time inside
//! the hour that is skipped (02:30 in spring) is sent by the process at the first minute after
//! the gap, while calendars read it with the offset before the gap (an hour later).

use std::collections::BTreeMap;
use std::fmt::Write;

use chrono::{
    DateTime, Datelike, Duration as TimeDelta, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc,
};

use super::file::{Schedule, When};

/// Longest export, in days (about ten years).
pub(crate) const MAX_DAYS: u32 = 3660;

const DAY_CODES: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// The clock times (seconds after midnight) of reminder `index`, each with the weekdays it
/// falls on (bit 0 = Monday): a time past midnight of a window lands on the next weekday.
/// Several times that land on the same clock time and weekday are one.
pub(crate) fn clock_times(schedule: &Schedule, index: usize) -> BTreeMap<u32, u8> {
    let mut out: BTreeMap<u32, u8> = BTreeMap::new();
    let Some(r) = schedule.reminders.get(index) else {
        return out;
    };
    let (wake, bed) = (schedule.wake, schedule.bedtime);
    let secs: Vec<i64> = match &r.when {
        When::At(times) => times
            .iter()
            .map(|t| i64::from(t.second_of_day(wake, bed)))
            .collect(),
        When::Every { every, from, until } => {
            let start = i64::from(from.second_of_day(wake, bed));
            let mut end = i64::from(until.second_of_day(wake, bed));
            if end <= start {
                end += 86_400;
            }
            let step = i64::try_from(every.as_secs()).unwrap_or(i64::MAX).max(1);
            (0..=(end - start) / step)
                .map(|k| start + k * step)
                .collect()
        }
    };
    for s in secs {
        let shift = s.div_euclid(86_400) as u32;
        let clock = s.rem_euclid(86_400) as u32;
        let mut days = 0u8;
        for d in 0..7u32 {
            if r.days.0 & (1 << d) != 0 {
                days |= 1 << ((d + shift) % 7);
            }
        }
        *out.entry(clock).or_default() |= days;
    }
    out
}

/// A set of clock times that one event's rule lists: every combination of its hours, minutes
/// and seconds (`BYHOUR`, `BYMINUTE`, `BYSECOND`), on its weekdays (bit 0 = Monday).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub hours: Vec<u32>,
    pub minutes: Vec<u32>,
    pub seconds: Vec<u32>,
    pub weekdays: u8,
}

/// The seconds of one minute that an `every` window holds: `first`, `first + step`, ... up to
/// `last` (one second when `step` is 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Seconds {
    first: u32,
    last: u32,
    step: u32,
}

impl Seconds {
    fn list(self) -> Vec<u32> {
        if self.step == 0 {
            vec![self.first]
        } else {
            (self.first..=self.last)
                .step_by(self.step as usize)
                .collect()
        }
    }
}

/// An hour of a window as blocks see it: its day (0, or 1 past midnight) and its minutes
/// grouped by the seconds they hold.
type HourKey = (u32, Vec<(Seconds, Vec<u32>)>);

/// Weekdays `days` moved on by `shift` days.
fn shifted(days: u8, shift: u32) -> u8 {
    (0..7u32)
        .filter(|d| days & (1 << d) != 0)
        .fold(0, |acc, d| acc | (1 << ((d + shift) % 7)))
}

/// An `every` window (seconds after midnight `start` to `end`, `end` past midnight when it is
/// at or before `start`) as a few [`Block`]s: worked out per hour and minute of the window
/// (at most 25 x 60 steps), never per occurrence, so a `1s` window is as quick as a `2h` one.
/// Hours with the same pattern share a block.
pub fn every_blocks(start: u32, end: u32, step: u64, days: u8) -> Vec<Block> {
    let start = i64::from(start);
    let mut end = i64::from(end);
    if end <= start {
        end += 86_400;
    }
    let step = i64::try_from(step).unwrap_or(i64::MAX).max(1);
    let last_point = start + (end - start) / step * step;
    let mut out = Vec::new();
    // A window of a whole day ends on the next day's first time: that one goes only on the
    // days that do not have it already.
    let mut end = last_point;
    if last_point == start + 86_400 {
        end -= step;
        let only_next = shifted(days, 1) & !days;
        if only_next != 0 {
            let c = start as u32;
            out.push(Block {
                hours: vec![c / 3600],
                minutes: vec![c / 60 % 60],
                seconds: vec![c % 60],
                weekdays: only_next,
            });
        }
    }
    // (day shift, pattern of the hour) -> clock hours.
    let mut hours: Vec<(HourKey, Vec<u32>)> = Vec::new();
    // A whole hour inside the window has the same pattern as the whole hour before it when the
    // step divides an hour: it joins that hour's group without being worked out again.
    let mut last_whole: Option<usize> = None;
    for h in start / 3600..=end / 3600 {
        let (lo, hi) = (start.max(h * 3600), end.min(h * 3600 + 3599));
        let whole = lo == h * 3600 && hi == h * 3600 + 3599 && 3600 % step == 0;
        if whole
            && let Some(i) = last_whole
            && hours[i].0.0 == (h / 24) as u32
        {
            hours[i].1.push((h % 24) as u32);
            continue;
        }
        let mut minutes: Vec<(Seconds, Vec<u32>)> = Vec::new();
        for m in (lo - h * 3600) / 60..=(hi - h * 3600) / 60 {
            let base = h * 3600 + m * 60;
            let (a, b) = (lo.max(base), hi.min(base + 59));
            let k = (a - start + step - 1).div_euclid(step);
            let first = start + k * step;
            if first > b {
                continue;
            }
            let last = first + (b - first) / step * step;
            let sec = Seconds {
                first: (first - base) as u32,
                last: (last - base) as u32,
                step: if last > first { step as u32 } else { 0 },
            };
            match minutes.iter_mut().find(|(s, _)| *s == sec) {
                Some((_, ms)) => ms.push(m as u32),
                None => minutes.push((sec, vec![m as u32])),
            }
        }
        if minutes.is_empty() {
            continue;
        }
        let key = ((h / 24) as u32, minutes);
        let at = match hours.iter().position(|(k, _)| *k == key) {
            Some(i) => {
                hours[i].1.push((h % 24) as u32);
                i
            }
            None => {
                hours.push((key, vec![(h % 24) as u32]));
                hours.len() - 1
            }
        };
        last_whole = whole.then_some(at);
    }
    for ((shift, minutes), hs) in hours {
        for (sec, ms) in minutes {
            out.push(Block {
                hours: hs.clone(),
                minutes: ms,
                seconds: sec.list(),
                weekdays: shifted(days, shift),
            });
        }
    }
    out
}

/// The blocks of reminder `index`: one per clock time for fixed times (as the reminder lists
/// them), [`every_blocks`] for a window.
fn blocks(schedule: &Schedule, index: usize) -> Vec<Block> {
    let Some(r) = schedule.reminders.get(index) else {
        return Vec::new();
    };
    match &r.when {
        When::Every { every, from, until } => every_blocks(
            from.second_of_day(schedule.wake, schedule.bedtime),
            until.second_of_day(schedule.wake, schedule.bedtime),
            every.as_secs(),
            r.days.0,
        ),
        When::At(_) => clock_times(schedule, index)
            .into_iter()
            .map(|(c, weekdays)| Block {
                hours: vec![c / 3600],
                minutes: vec![c / 60 % 60],
                seconds: vec![c % 60],
                weekdays,
            })
            .collect(),
    }
}

/// The calendar text of `schedule` for `days` days from the start of `start` (a local date in
/// `tz`), with `tzid` as the zone's name and `stamp` as the moment of the export.
pub(crate) fn calendar<Tz: TimeZone>(
    schedule: &Schedule,
    tz: &Tz,
    tzid: &str,
    start: NaiveDate,
    days: u32,
    stamp: DateTime<Utc>,
) -> String {
    let days = days.clamp(1, MAX_DAYS);
    let end_day = start + TimeDelta::days(i64::from(days));
    let mut out = Lines::default();
    out.line("BEGIN:VCALENDAR");
    out.line("VERSION:2.0");
    out.line("PRODID:-//windown//reminders//EN");
    out.line("CALSCALE:GREGORIAN");
    out.line("METHOD:PUBLISH");
    out.line("X-WR-CALNAME:windown reminders");
    out.prop("X-WR-TIMEZONE", tzid);
    zone(&mut out, tz, tzid, start, end_day);
    let stamp = stamp.format("%Y%m%dT%H%M%SZ").to_string();
    for (i, r) in schedule.reminders.iter().enumerate() {
        if !r.enabled {
            continue;
        }
        for block in blocks(schedule, i) {
            let weekdays = block.weekdays;
            if weekdays == 0 {
                continue;
            }
            let second = |h: u32, m: u32, s: u32| i64::from(h * 3600 + m * 60 + s);
            let clock = second(block.hours[0], block.minutes[0], block.seconds[0]);
            let latest = second(
                block.hours[block.hours.len() - 1],
                block.minutes[block.minutes.len() - 1],
                block.seconds[block.seconds.len() - 1],
            );
            // The first day from the start that is one of its weekdays.
            let Some(first) = (0..7)
                .map(|k| start + TimeDelta::days(k))
                .find(|d| weekdays & (1 << d.weekday().num_days_from_monday()) != 0)
            else {
                continue;
            };
            if first >= end_day {
                continue;
            }
            let at = first.and_time(chrono::NaiveTime::MIN) + TimeDelta::seconds(clock);
            out.line("BEGIN:VEVENT");
            let one = block.hours.len() * block.minutes.len() * block.seconds.len() == 1;
            if one {
                out.prop("UID", &format!("{}-{}@windown", r.id, at.format("%H%M%S")));
            } else {
                out.prop(
                    "UID",
                    &format!("{}-{}-{weekdays:02x}@windown", r.id, at.format("%H%M%S")),
                );
            }
            out.line(&format!("DTSTAMP:{stamp}"));
            out.line(&format!("DTSTART;TZID={}:{}", param(tzid), local(at)));
            out.line("DURATION:PT5M");
            let mut rule = if weekdays == 0x7f {
                "RRULE:FREQ=DAILY".to_string()
            } else {
                let codes: Vec<&str> = (0..7)
                    .filter(|d| weekdays & (1 << d) != 0)
                    .map(|d| DAY_CODES[d])
                    .collect();
                format!("RRULE:FREQ=WEEKLY;BYDAY={}", codes.join(","))
            };
            if !one {
                let list = |v: &[u32]| v.iter().map(u32::to_string).collect::<Vec<_>>().join(",");
                let _ = write!(
                    rule,
                    ";BYHOUR={};BYMINUTE={};BYSECOND={}",
                    list(&block.hours),
                    list(&block.minutes),
                    list(&block.seconds)
                );
            }
            // UNTIL (in UTC, as RFC 5545 asks when DTSTART has a zone) lies after the last
            // occurrence by half the gap to the next one (at most half a day): a reader that
            // applies the wrong daylight-saving offset to it still ends at the same one.
            let gap = 86_400 - (latest - clock);
            let margin = TimeDelta::seconds((gap / 2).min(43_200));
            let last = (1..=7)
                .map(|k| end_day - TimeDelta::days(k))
                .find(|d| weekdays & (1 << d.weekday().num_days_from_monday()) != 0);
            if let Some(u) = last
                .map(|d| d.and_time(chrono::NaiveTime::MIN) + TimeDelta::seconds(latest))
                .and_then(|t| super::schedule::resolve_local(tz, t))
            {
                let u = u.with_timezone(&Utc) + margin;
                let _ = write!(rule, ";UNTIL={}", u.format("%Y%m%dT%H%M%SZ"));
            }
            out.line(&rule);
            out.prop("SUMMARY", &r.title);
            let body = r.full_body();
            if !body.is_empty() {
                out.prop("DESCRIPTION", &body);
            }
            out.line("TRANSP:TRANSPARENT");
            out.line("CATEGORIES:windown");
            out.line("BEGIN:VALARM");
            out.line("ACTION:DISPLAY");
            out.prop("DESCRIPTION", &r.title);
            out.line("TRIGGER:PT0S");
            out.line("END:VALARM");
            out.line("END:VEVENT");
        }
    }
    out.line("END:VCALENDAR");
    out.text
}

/// The zone's offsets over the export as a `VTIMEZONE`: the offset at the start, then each
/// change found (probed hourly, then to the second).
fn zone<Tz: TimeZone>(out: &mut Lines, tz: &Tz, tzid: &str, start: NaiveDate, end: NaiveDate) {
    let offset = |t: DateTime<Utc>| tz.offset_from_utc_datetime(&t.naive_utc()).fix();
    let begin =
        Utc.from_utc_datetime(&(start - TimeDelta::days(2)).and_time(chrono::NaiveTime::MIN));
    let stop = Utc.from_utc_datetime(&(end + TimeDelta::days(2)).and_time(chrono::NaiveTime::MIN));
    let first = offset(begin);
    let mut changes: Vec<(DateTime<Utc>, chrono::FixedOffset, chrono::FixedOffset)> = Vec::new();
    let (mut t, mut current) = (begin, first);
    while t < stop {
        let next = t + TimeDelta::hours(1);
        let o = offset(next);
        if o != current {
            // The change lies in (t, next]: find its second.
            let (mut lo, mut hi) = (t, next);
            while hi - lo > TimeDelta::seconds(1) {
                let mid = lo + (hi - lo) / 2;
                if offset(mid) == current {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            changes.push((hi, current, o));
            current = o;
        }
        t = next;
    }
    let hhmm = |o: chrono::FixedOffset| {
        let s = o.local_minus_utc();
        let sign = if s < 0 { '-' } else { '+' };
        let a = s.unsigned_abs();
        if a.is_multiple_of(60) {
            format!("{sign}{:02}{:02}", a / 3600, a / 60 % 60)
        } else {
            format!("{sign}{:02}{:02}{:02}", a / 3600, a / 60 % 60, a % 60)
        }
    };
    out.line("BEGIN:VTIMEZONE");
    out.prop("TZID", tzid);
    let mut observance = |kind: &str, at: NaiveDateTime, from, to| {
        out.line(&format!("BEGIN:{kind}"));
        out.line(&format!("DTSTART:{}", local(at)));
        out.line(&format!("TZOFFSETFROM:{}", hhmm(from)));
        out.line(&format!("TZOFFSETTO:{}", hhmm(to)));
        out.line(&format!("END:{kind}"));
    };
    let kind = |from: chrono::FixedOffset, to: chrono::FixedOffset| {
        if to.local_minus_utc() > from.local_minus_utc() {
            "DAYLIGHT"
        } else {
            "STANDARD"
        }
    };
    // Before any change: the offset in force at the start, as its own observance.
    let before = changes.first().map_or(first, |c| c.1);
    let since = begin.naive_utc() + TimeDelta::seconds(i64::from(first.local_minus_utc()));
    let first_kind = changes.first().map_or("STANDARD", |c| {
        if kind(c.1, c.2) == "DAYLIGHT" {
            "STANDARD"
        } else {
            "DAYLIGHT"
        }
    });
    observance(first_kind, since, before, before);
    for (at, from, to) in &changes {
        // An observance starts at the local time of the change read with the old offset.
        let local_at = at.naive_utc() + TimeDelta::seconds(i64::from(from.local_minus_utc()));
        observance(kind(*from, *to), local_at, *from, *to);
    }
    out.line("END:VTIMEZONE");
}

/// A local date-time as `YYYYMMDDTHHMMSS`.
fn local(t: NaiveDateTime) -> String {
    t.format("%Y%m%dT%H%M%S").to_string()
}

/// A parameter value (the zone name), quoted when it holds `:`, `;` or `,`.
fn param(v: &str) -> String {
    let clean: String = v.chars().filter(|c| !c.is_control() && *c != '"').collect();
    if clean.contains([':', ';', ',']) {
        format!("\"{clean}\"")
    } else {
        clean
    }
}

/// A TEXT value with RFC 5545's escapes: backslash, `;`, `,` and line breaks.
pub(crate) fn escape_text(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    for c in v.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Content lines, CRLF-ended and folded at 75 octets without splitting a character.
#[derive(Default)]
struct Lines {
    text: String,
}

impl Lines {
    fn line(&mut self, l: &str) {
        if l.len() <= 75 {
            self.text.push_str(l);
            self.text.push_str("\r\n");
            return;
        }
        let mut used = 0;
        for c in l.chars() {
            let n = c.len_utf8();
            if used + n > 75 {
                self.text.push_str("\r\n ");
                used = 1;
            }
            self.text.push(c);
            used += n;
        }
        self.text.push_str("\r\n");
    }

    fn prop(&mut self, name: &str, value: &str) {
        self.line(&format!("{name}:{}", escape_text(value)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::remind::file;

    fn schedule(text: &str) -> Schedule {
        Schedule::new(
            file::parse("r", text).unwrap(),
            &crate::config::Config::default(),
        )
    }

    /// The blocks of a window hold exactly the (clock time, weekday) pairs that listing each
    /// occurrence gives, each once.
    #[test]
    fn every_blocks_hold_each_time_once() {
        let windows = [
            ("07:00", "20:30", "1s"),
            ("07:00", "20:30", "7s"),
            ("07:00:05", "20:30", "40s"),
            ("06:50", "20:15", "45m"),
            ("22:00", "01:30", "30m"),
            ("00:00", "00:00", "1h"),
            ("22:00", "22:00", "90m"),
            ("23:59:58", "00:00:03", "1s"),
            ("10:00", "10:00", "7m"),
        ];
        for (from, until, every) in windows {
            for days in [
                "[\"mon\", \"tue\"]",
                "[\"sun\"]",
                "[\"mon\", \"tue\", \"wed\", \"thu\", \"fri\", \"sat\", \"sun\"]",
            ] {
                let s = schedule(&format!(
                    "[[reminder]]\nid = \"a\"\ntitle = \"A\"\nevery = \"{every}\"\nfrom = \"{from}\"\nuntil = \"{until}\"\ndays = {days}\n"
                ));
                let mut want: Vec<(u32, u32)> = Vec::new();
                for (clock, wd) in clock_times(&s, 0) {
                    for d in 0..7 {
                        if wd & (1 << d) != 0 {
                            want.push((d, clock));
                        }
                    }
                }
                let mut got: Vec<(u32, u32)> = Vec::new();
                for b in blocks(&s, 0) {
                    for &h in &b.hours {
                        for &m in &b.minutes {
                            for &sec in &b.seconds {
                                for d in 0..7 {
                                    if b.weekdays & (1 << d) != 0 {
                                        got.push((d, h * 3600 + m * 60 + sec));
                                    }
                                }
                            }
                        }
                    }
                }
                want.sort();
                got.sort();
                assert_eq!(want.len(), got.len(), "{from}-{until} every {every} {days}");
                assert!(want == got, "{from}-{until} every {every} {days}");
                assert!(blocks(&s, 0).len() <= 60, "{from}-{until} every {every}");
            }
        }
    }

    #[test]
    fn a_window_past_midnight_lands_on_the_next_weekday() {
        let s = schedule(
            "[[reminder]]\nid = \"n\"\ntitle = \"N\"\nevery = \"2h\"\nfrom = \"22:00\"\nuntil = \"02:00\"\ndays = [\"fri\"]\n",
        );
        let t = clock_times(&s, 0);
        let fri = 1 << 4;
        let sat = 1 << 5;
        assert_eq!(
            t.into_iter().collect::<Vec<_>>(),
            [(0, sat), (7200, sat), (22 * 3600, fri)]
        );
        // A full day every 6 hours: midnight once, not twice.
        let s = schedule("[[reminder]]\nid = \"a\"\ntitle = \"A\"\nevery = \"6h\"\n");
        assert_eq!(
            clock_times(&s, 0).into_iter().collect::<Vec<_>>(),
            [(0, 0x7f), (21600, 0x7f), (43200, 0x7f), (64800, 0x7f)]
        );
    }

    #[test]
    fn text_is_escaped_and_long_lines_are_folded_on_characters() {
        assert_eq!(escape_text("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
        let mut l = Lines::default();
        l.line(&"é".repeat(60));
        for line in l.text.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
        }
        assert_eq!(l.text.replace("\r\n ", "").trim_end(), "é".repeat(60));
    }

    #[test]
    fn the_zone_lists_its_changes() {
        let s = schedule("[[reminder]]\nid = \"a\"\ntitle = \"A\"\nat = [\"10:00\"]\n");
        let text = calendar(
            &s,
            &chrono_tz::Europe::Berlin,
            "Europe/Berlin",
            NaiveDate::from_ymd_opt(2026, 10, 1).unwrap(),
            60,
            Utc.with_ymd_and_hms(2026, 10, 1, 0, 0, 0).unwrap(),
        );
        assert!(
            text.contains("BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"),
            "{text}"
        );
        assert!(text.contains("DTSTART;TZID=Europe/Berlin:20261001T100000\r\n"));
        assert!(
            text.contains("RRULE:FREQ=DAILY;UNTIL=20261129T210000Z\r\n"),
            "{text}"
        );
    }
}
