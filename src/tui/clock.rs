//! The wall clock as the interface reads it: the local time for what is shown to the person
//! (today, the next reminder, when a session started), read on every message without
//! resolving the time zone every time.
//!
//! Resolving the zone is what costs: chrono's `Local` checks `/etc/localtime` (a `statx`)
//! whenever its own cache is more than a second old, so reading `Local::now()` once or twice
//! a message made a countdown check the file most seconds. Here the offset from UTC is
//! resolved once at start, then again only when a new UTC minute begins (zone changes and
//! daylight-saving switches happen on whole minutes) or when the wall clock jumps against
//! the monotonic one (set by hand, stepped by NTP, a suspend): at most one check a minute.
//! Between two resolutions the local time is UTC (a vDSO read, no system call) plus the
//! offset kept. Owns nothing else: countdowns use `Instant` and never this.

use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, Local, Offset, TimeZone, Utc};

/// How far the wall clock may drift from the monotonic clock between two reads before it
/// counts as a jump.
const JUMP: Duration = Duration::from_secs(2);

/// The local offset kept between resolutions, and the two clocks at the last read.
#[derive(Debug, Clone, Copy)]
pub(crate) struct WallClock {
    offset: FixedOffset,
    /// The UTC minute (seconds since the epoch, divided by 60) the offset was resolved in.
    minute: i64,
    /// Both clocks at the last read.
    last: (Instant, DateTime<Utc>),
}

/// The system's offset from UTC at `utc` (this is the read that checks `/etc/localtime`).
fn system_offset(utc: DateTime<Utc>) -> FixedOffset {
    Local.offset_from_utc_datetime(&utc.naive_utc()).fix()
}

impl WallClock {
    /// The zone resolved now.
    pub(crate) fn new(now: Instant) -> WallClock {
        WallClock::resolved(now, Utc::now(), system_offset)
    }

    fn resolved(
        now: Instant,
        utc: DateTime<Utc>,
        resolve: impl FnOnce(DateTime<Utc>) -> FixedOffset,
    ) -> WallClock {
        WallClock {
            offset: resolve(utc),
            minute: utc.timestamp().div_euclid(60),
            last: (now, utc),
        }
    }

    /// The local time at `now` (the loop's `Instant` of the same moment).
    pub(crate) fn read(&mut self, now: Instant) -> DateTime<Local> {
        self.at(now, Utc::now(), system_offset)
    }

    /// [`WallClock::read`] with both clocks and the zone given (tests).
    fn at(
        &mut self,
        now: Instant,
        utc: DateTime<Utc>,
        resolve: impl FnOnce(DateTime<Utc>) -> FixedOffset,
    ) -> DateTime<Local> {
        let (then, then_utc) = self.last;
        let mono = now.saturating_duration_since(then);
        let jumped = match (utc - then_utc).to_std() {
            Ok(wall) => wall.abs_diff(mono) > JUMP,
            Err(_) => true, // the wall clock went back
        };
        if jumped || utc.timestamp().div_euclid(60) != self.minute {
            *self = WallClock::resolved(now, utc, resolve);
        } else {
            self.last = (now, utc);
        }
        DateTime::from_naive_utc_and_offset(utc.naive_utc(), self.offset)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s)
            .expect("a time")
            .with_timezone(&Utc)
    }

    fn east(hours: i32) -> FixedOffset {
        FixedOffset::east_opt(hours * 3600).expect("an offset")
    }

    #[test]
    fn the_zone_is_resolved_once_a_minute_while_time_runs_evenly() {
        let t0 = Instant::now();
        let resolves = Cell::new(0);
        let zone = |_| {
            resolves.set(resolves.get() + 1);
            east(1)
        };
        let start = utc("2026-12-01T07:59:00.500Z");
        let mut c = WallClock::resolved(t0, start, zone);
        for s in 1..=120u64 {
            let at = start + chrono::Duration::seconds(s as i64);
            let local = c.at(t0 + Duration::from_secs(s), at, zone);
            assert_eq!(local.naive_utc(), at.naive_utc());
            assert_eq!(local.offset(), &east(1));
        }
        // At start, then at 08:00:00.5 and 08:01:00.5.
        assert_eq!(resolves.get(), 3);
    }

    #[test]
    fn a_jump_of_the_wall_clock_resolves_the_zone_at_once() {
        let t0 = Instant::now();
        let start = utc("2026-03-29T00:59:10Z");
        let mut c = WallClock::resolved(t0, start, |_| east(1));
        // Within the minute, time running evenly: the offset kept.
        let same = c.at(
            t0 + Duration::from_secs(5),
            utc("2026-03-29T00:59:15Z"),
            |_| east(2),
        );
        assert_eq!(same.offset(), &east(1));
        // Set forward by an hour within the same minute of the monotonic clock: resolved.
        let ahead = c.at(
            t0 + Duration::from_secs(6),
            utc("2026-03-29T01:59:16Z"),
            |_| east(2),
        );
        assert_eq!(ahead.offset(), &east(2));
        // Set back: resolved again.
        let back = c.at(
            t0 + Duration::from_secs(7),
            utc("2026-03-29T01:59:10Z"),
            |_| east(3),
        );
        assert_eq!(back.offset(), &east(3));
    }
}
