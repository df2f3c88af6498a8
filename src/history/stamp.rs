//! Reading the times and dates of history lines, quickly.
//!
//! Owns one thing: turning the text of a `started`, `at`, `recorded` (a moment with its offset)
//! or `night_of` (a day) field back into its value. windown writes every moment in one shape,
//! `2026-11-25T07:10:00+01:00` (or `...Z` at UTC), and every day as `2026-11-24`; those shapes
//! are read by hand, digit by digit, because chrono's general parser was an eighth of the time
//! spent reading ten years of history. Anything else (a fraction of a second, a hand edit, a
//! leap second) goes to chrono's parser, so what is read, and what a bad value is told as, is
//! exactly what chrono's own `Deserialize` would give. Knows nothing about records or files.

use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::de::{self, Deserializer, Visitor};

/// A moment with its offset, for `#[serde(deserialize_with)]`.
pub(crate) fn moment<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<FixedOffset>, D::Error> {
    d.deserialize_str(MomentVisitor)
}

/// A calendar day, for `#[serde(deserialize_with)]`.
pub(crate) fn day<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    d.deserialize_str(DayVisitor)
}

struct MomentVisitor;

impl Visitor<'_> for MomentVisitor {
    type Value = DateTime<FixedOffset>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        // chrono's words, so a bad value reads as it always did.
        f.write_str("an RFC 3339 formatted date and time string")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        match written_moment(text.as_bytes()) {
            Some(at) => Ok(at),
            None => text.parse().map_err(E::custom),
        }
    }
}

struct DayVisitor;

impl Visitor<'_> for DayVisitor {
    type Value = NaiveDate;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a formatted date string")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        match written_day(text.as_bytes()) {
            Some(d) => Ok(d),
            None => text.parse().map_err(E::custom),
        }
    }
}

/// `2026-11-25T07:10:00+01:00` or `2026-11-25T07:10:00Z`, as windown writes a moment; `None`
/// for any other shape or an impossible value (left to the general parser).
pub(super) fn written_moment(b: &[u8]) -> Option<DateTime<FixedOffset>> {
    written_moment_after(b, &mut LastDay::default())
}

/// The day of the last moment read, kept by the reading of a whole file: a history's moments
/// come a few to a day (a session's start and end, a check-in the next morning), so most
/// find their day here rather than building it again.
#[derive(Debug, Default)]
pub(crate) struct LastDay(Option<([u8; 10], NaiveDate)>);

/// [`written_moment`], the day taken from `last` when it is the same text (and kept there).
/// Inlined, as its steps are: windown's own code is built for size, which would call each.
#[inline(always)]
pub(super) fn written_moment_after(b: &[u8], last: &mut LastDay) -> Option<DateTime<FixedOffset>> {
    let (stamp, zone) = b.split_at_checked(19)?;
    let (day, stamp) = stamp.split_first_chunk::<10>()?;
    let date = match last.0 {
        Some((text, date)) if text == *day => date,
        _ => {
            let date = written_day(day)?;
            last.0 = Some((*day, date));
            date
        }
    };
    // `stamp` is what follows the day: `T07:10:00`.
    if stamp[0] != b'T' || stamp[3] != b':' || stamp[6] != b':' {
        return None;
    }
    let time = chrono::NaiveTime::from_hms_opt(
        two(&stamp[1..3])?,
        two(&stamp[4..6])?,
        two(&stamp[7..9])?,
    )?;
    let offset_seconds = match zone {
        b"Z" => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let (hours, minutes) = (two(&[*h1, *h2])?, two(&[*m1, *m2])?);
            if hours > 23 || minutes > 59 {
                return None;
            }
            let s = (hours * 3600 + minutes * 60) as i32;
            if *sign == b'-' { -s } else { s }
        }
        _ => return None,
    };
    let offset = FixedOffset::east_opt(offset_seconds)?;
    // What `and_local_timezone(offset).single()` does for a fixed offset, without its
    // general time-zone steps.
    let utc = date.and_time(time).checked_sub_offset(offset)?;
    Some(DateTime::from_naive_utc_and_offset(utc, offset))
}

/// `2026-11-24`; `None` for any other shape or a day that does not exist.
#[inline(always)]
pub(super) fn written_day(b: &[u8]) -> Option<NaiveDate> {
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = two(&b[0..2])? * 100 + two(&b[2..4])?;
    NaiveDate::from_ymd_opt(year as i32, two(&b[5..7])?, two(&b[8..10])?)
}

/// Two ASCII digits.
#[inline(always)]
fn two(b: &[u8]) -> Option<u32> {
    match b {
        [t @ b'0'..=b'9', u @ b'0'..=b'9'] => Some(u32::from(t - b'0') * 10 + u32::from(u - b'0')),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast reading and chrono's general one agree, wherever the fast one answers.
    #[test]
    fn written_shapes_read_as_chrono_reads_them() {
        for s in [
            "2026-11-25T07:10:00+01:00",
            "2026-11-25T07:10:00Z",
            "2026-03-29T02:30:00-09:30",
            "2024-02-29T23:59:59+14:00",
            "0001-01-01T00:00:00-00:00",
        ] {
            let general: DateTime<FixedOffset> = s.parse().unwrap();
            assert_eq!(written_moment(s.as_bytes()), Some(general), "{s}");
        }
        assert_eq!(
            written_day(b"2026-11-24"),
            NaiveDate::from_ymd_opt(2026, 11, 24)
        );
    }

    #[test]
    fn other_shapes_are_left_to_chrono() {
        for s in [
            "2026-11-25T07:10:00.5+01:00",
            "2026-11-25 07:10:00+01:00",
            "2026-11-25T07:10:60+01:00",
            "2026-02-30T07:10:00+01:00",
            "2026-11-25T07:10:00+01",
            "2026-11-25T07:10:00+24:00",
            "2026-11-25T07:10",
            "",
            "２０26-11-25T07:10:00Z",
        ] {
            assert_eq!(written_moment(s.as_bytes()), None, "{s}");
        }
        for s in ["2026-2-24", "2026-11-31", "+2026-11-24", "2026/11/24"] {
            assert_eq!(written_day(s.as_bytes()), None, "{s}");
        }
    }

    #[test]
    fn a_bad_value_is_told_in_chrono_words() {
        #[derive(serde::Deserialize, Debug)]
        struct Both {
            #[serde(deserialize_with = "moment")]
            #[allow(dead_code)]
            at: DateTime<FixedOffset>,
        }
        #[derive(serde::Deserialize, Debug)]
        struct Chrono {
            #[allow(dead_code)]
            at: DateTime<FixedOffset>,
        }
        for json in [
            r#"{"at":"yesterday"}"#,
            r#"{"at":12}"#,
            r#"{"at":"2026-11-25T07:10:00.25+01:00"}"#,
        ] {
            let ours = serde_json::from_str::<Both>(json).map_err(|e| e.to_string());
            let theirs = serde_json::from_str::<Chrono>(json).map_err(|e| e.to_string());
            assert_eq!(ours.map(|b| b.at), theirs.map(|c| c.at), "{json}");
        }
    }

    mod properties {
        use super::*;
        use chrono::Timelike;
        use proptest::prelude::*;

        /// Any string, and strings near the written shape (one byte changed, cut, or grown).
        fn near_written() -> impl Strategy<Value = String> {
            let written = (
                0u32..=9999,
                1u32..=12,
                1u32..=31,
                0u32..=24,
                0u32..=60,
                0u32..=60,
                prop_oneof![
                    Just(None),
                    (any::<bool>(), 0u32..=25, 0u32..=60).prop_map(Some)
                ],
            )
                .prop_map(|(y, mo, d, h, mi, s, zone)| {
                    let zone = match zone {
                        None => "Z".to_string(),
                        Some((east, zh, zm)) => {
                            format!("{}{zh:02}:{zm:02}", if east { '+' } else { '-' })
                        }
                    };
                    format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}{zone}")
                });
            prop_oneof![
                written.clone(),
                (written.clone(), any::<prop::sample::Index>(), any::<u8>()).prop_map(
                    |(w, at, b)| {
                        let mut bytes = w.into_bytes();
                        let i = at.index(bytes.len());
                        bytes[i] = b;
                        String::from_utf8_lossy(&bytes).into_owned()
                    }
                ),
                (written.clone(), any::<prop::sample::Index>())
                    .prop_map(|(w, at)| w[..at.index(w.len())].to_string()),
                (written, "[0-9.:+Z-]{0,4}").prop_map(|(w, tail)| format!("{w}{tail}")),
                ".{0,30}",
            ]
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(4000))]

            /// The fast reading answers only where chrono's general parser agrees, and it
            /// answers for every valid moment in the shape windown writes.
            #[test]
            fn the_fast_moment_is_chrono_s_moment(s in near_written()) {
                let general = s.parse::<DateTime<FixedOffset>>().ok();
                match written_moment(s.as_bytes()) {
                    Some(fast) => prop_assert_eq!(Some(fast), general),
                    // Left to chrono: then it is not a moment of the written shape.
                    // (A leap second is left to chrono too.)
                    None => prop_assert!(
                        general.is_none()
                            || general.is_some_and(|g| g.nanosecond() >= 1_000_000_000)
                            || general.is_some_and(|g| g.to_rfc3339_opts(
                                chrono::SecondsFormat::Secs,
                                true
                            ) != s && g.to_rfc3339() != s),
                        "{s:?} is written by windown but not read fast"
                    ),
                }
            }

            /// Every valid moment, as windown writes it, is read fast and exactly.
            #[test]
            fn every_written_moment_is_read_fast(
                secs in -62_135_510_400i64..253_402_214_399,
                offset in -86_399i32..86_400,
            ) {
                let offset = FixedOffset::east_opt(offset / 60 * 60).unwrap();
                let at = DateTime::from_timestamp(secs, 0).unwrap().with_timezone(&offset);
                let text = at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
                prop_assert_eq!(written_moment(text.as_bytes()), Some(at));
                prop_assert_eq!(written_day(at.date_naive().to_string().as_bytes()), Some(at.date_naive()));
            }

            /// Reading with the day of the moment before kept reads what reading each alone
            /// reads, whatever came before (the same day, another, or a bad moment).
            #[test]
            fn the_day_kept_changes_nothing(
                list in prop::collection::vec((near_written(), near_written()), 1..8)
            ) {
                let mut last = LastDay::default();
                for (a, b) in &list {
                    // `a`, then `b`'s time on `a`'s day, then `b`.
                    let same_day = match (a.get(..10), b.get(10..)) {
                        (Some(day), Some(time)) => format!("{day}{time}"),
                        _ => b.clone(),
                    };
                    for s in [a, &same_day, b] {
                        prop_assert_eq!(
                            written_moment_after(s.as_bytes(), &mut last),
                            written_moment(s.as_bytes()),
                            "{}",
                            s
                        );
                    }
                }
            }

            /// A day is read fast only where chrono's parser agrees.
            #[test]
            fn the_fast_day_is_chrono_s_day(s in near_written()) {
                let s = s.get(..10).unwrap_or(&s);
                if let Some(fast) = written_day(s.as_bytes()) {
                    prop_assert_eq!(Some(fast), s.parse::<NaiveDate>().ok());
                }
            }
        }
    }
}
