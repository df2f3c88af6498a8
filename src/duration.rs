//! Durations as people write them in windown's files: `"10s"`, `"1m30s"`, `"2m"`, `"1h"`, or a
//! whole number of seconds. Owns parsing and the two ways durations are shown (a clock, `4:05`,
//! and a compact human form, `1m30s`). Knows nothing about routines or reminders.

use std::fmt;
use std::time::Duration;

use serde::de::{self, Deserializer, Visitor};

/// Why a duration string was refused; the `Display` text is the user-facing message, in the
/// process's language (`error-duration-*`, errors.ftl).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DurationError {
    Empty,
    Malformed(String),
    NoUnit(String),
    TooLong(String),
    /// `"1m90s"`: the value, `"minutes"` or `"seconds"`, the same length carried.
    Carry(String, &'static str, String),
    /// `"1.5h"`: durations are whole numbers of each unit. Carries the same length in whole
    /// units when there is one (`"1h30m"`).
    Fraction(String, Option<String>),
}

impl std::error::Error for DurationError {}

impl fmt::Display for DurationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::t;
        f.write_str(&match self {
            DurationError::Empty => t!("error-duration-empty"),
            DurationError::Malformed(v) => t!("error-duration-malformed", value = v.as_str()),
            DurationError::NoUnit(v) => t!("error-duration-no-unit", value = v.as_str()),
            DurationError::TooLong(v) => t!("error-duration-too-long", value = v.as_str()),
            DurationError::Carry(v, unit, whole) => t!(
                "error-duration-carry",
                value = v.as_str(),
                unit = *unit,
                whole = whole.as_str()
            ),
            DurationError::Fraction(v, Some(whole)) => t!(
                "error-duration-fraction",
                value = v.as_str(),
                whole = whole.as_str()
            ),
            DurationError::Fraction(v, None) => {
                t!("error-duration-fraction-smaller", value = v.as_str())
            }
        })
    }
}

/// `"1.5h"` as whole units (`"1h30m"`), when it is a plain decimal with one unit that comes
/// out as whole seconds.
fn fraction_in_whole_units(t: &str) -> Option<String> {
    let unit_at = t.find(|c: char| c.is_ascii_alphabetic())?;
    let (number, unit) = (t[..unit_at].trim().replace(',', "."), t[unit_at..].trim());
    let size = match unit {
        "h" | "hr" | "hrs" | "hour" | "hours" => 3600.0,
        "m" | "min" | "mins" | "minute" | "minutes" => 60.0,
        "s" | "sec" | "secs" | "second" | "seconds" => 1.0,
        _ => return None,
    };
    let value: f64 = number.parse().ok()?;
    let secs = value * size;
    if !(0.0..=1e9).contains(&secs) || secs.fract() != 0.0 {
        return None;
    }
    Some(human(Duration::from_secs(secs as u64)))
}

/// Parse `"1h30m"`, `"90s"`, `"2m"`, `"1m30s"`, `"0"`. Units: h, m, s (also min, sec). Each unit
/// at most once, in decreasing order.
pub fn parse(text: &str) -> Result<Duration, DurationError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(DurationError::Empty);
    }
    if t.chars().all(|c| c.is_ascii_digit()) {
        if t == "0" {
            return Ok(Duration::ZERO);
        }
        return Err(DurationError::NoUnit(t.to_string()));
    }
    if t.contains(['.', ',']) {
        return Err(DurationError::Fraction(
            t.to_string(),
            fraction_in_whole_units(t),
        ));
    }
    let malformed = || DurationError::Malformed(t.to_string());
    let mut total: u64 = 0;
    let mut rest = t;
    let mut last_rank = 0; // 3 = h, 2 = m, 1 = s; must strictly decrease
    // "1m90s": a smaller unit over 59 after a larger one; refused with the usual spelling.
    let mut carried = None;
    while !rest.is_empty() {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || digits > 9 {
            return Err(if digits > 9 {
                DurationError::TooLong(t.to_string())
            } else {
                malformed()
            });
        }
        let n: u64 = rest[..digits].parse().map_err(|_| malformed())?;
        rest = rest[digits..].trim_start();
        let unit_len = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
        let (secs, rank) = match &rest[..unit_len] {
            "h" | "hr" | "hrs" | "hour" | "hours" => (3600, 3),
            "m" | "min" | "mins" | "minute" | "minutes" => (60, 2),
            "s" | "sec" | "secs" | "second" | "seconds" => (1, 1),
            "" => return Err(DurationError::NoUnit(t.to_string())),
            _ => return Err(malformed()),
        };
        if last_rank != 0 && rank >= last_rank {
            return Err(malformed());
        }
        if last_rank != 0 && n >= 60 && carried.is_none() {
            carried = Some(if rank == 2 { "minutes" } else { "seconds" });
        }
        last_rank = rank;
        rest = rest[unit_len..].trim_start();
        total = total
            .checked_add(
                n.checked_mul(secs)
                    .ok_or_else(|| DurationError::TooLong(t.to_string()))?,
            )
            .ok_or_else(|| DurationError::TooLong(t.to_string()))?;
    }
    let d = Duration::from_secs(total);
    match carried {
        Some(unit) => Err(DurationError::Carry(t.to_string(), unit, human(d))),
        None => Ok(d),
    }
}

/// `4:05`, `1:02:03`: for countdowns and plan listings.
pub(crate) fn clock(d: Duration) -> String {
    let s = d.as_secs();
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}

/// `1m30s`, `2h`, `10s`, `0s`: the same syntax the files accept.
pub fn human(d: Duration) -> String {
    let s = d.as_secs();
    if s == 0 {
        return "0s".into();
    }
    let mut out = String::new();
    for (unit, size) in [("h", 3600), ("m", 60), ("s", 1)] {
        let n = s / size % if size == 3600 { u64::MAX } else { 60 };
        if n > 0 {
            out.push_str(&format!("{n}{unit}"));
        }
    }
    out
}

/// A length of time as a person reads it in the chosen language (`1m30s` in English, as the
/// files write it; "1 Min. 30 s" in German): message `routine-duration`. For the screens and
/// command output; [`human`] stays the files' syntax (errors, the editor's fields).
pub(crate) fn shown(d: Duration) -> String {
    let s = d.as_secs();
    if s == 0 {
        return crate::t!("routine-duration-zero");
    }
    crate::t!(
        "routine-duration",
        h = s / 3600,
        m = s / 60 % 60,
        s = s % 60
    )
    .trim_end()
    .to_string()
}

/// Why a number with a fraction is no duration (`error-whole-seconds`).
pub fn not_whole_seconds() -> String {
    crate::t!("error-whole-seconds")
}

/// A whole number of seconds as written in a file.
pub fn from_seconds(n: i64) -> Result<Duration, String> {
    u64::try_from(n)
        .map(Duration::from_secs)
        .map_err(|_| crate::t!("error-duration-negative"))
}

/// A duration in a TOML file (the reminders file uses it through serde; the routine parser,
/// which reads raw values for its own messages, shares [`from_seconds`] and
/// [`not_whole_seconds`] with it): a string such as `"1m30s"` or a whole number of seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct FileDuration(pub Duration);

impl<'de> serde::Deserialize<'de> for FileDuration {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = FileDuration;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a duration such as \"10s\", \"1m30s\" or a whole number of seconds")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<FileDuration, E> {
                from_seconds(v).map(FileDuration).map_err(E::custom)
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<FileDuration, E> {
                Ok(FileDuration(Duration::from_secs(v)))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<FileDuration, E> {
                Err(E::custom(not_whole_seconds()))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<FileDuration, E> {
                parse(v).map(FileDuration).map_err(E::custom)
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_documented_forms() {
        let s = |x| parse(x).map(|d| d.as_secs());
        assert_eq!(s("10s"), Ok(10));
        assert_eq!(s("1m30s"), Ok(90));
        assert_eq!(s("2m"), Ok(120));
        assert_eq!(s("1h30m"), Ok(5400));
        assert_eq!(s("0"), Ok(0));
        assert_eq!(s("0s"), Ok(0));
        assert_eq!(s(" 5 min "), Ok(300));
    }

    #[test]
    fn fractions_get_advice_in_whole_units() {
        let msg = |x| parse(x).unwrap_err().to_string();
        assert_eq!(
            msg("1.5h"),
            "\"1.5h\" is not a whole number: write \"1h30m\""
        );
        assert_eq!(
            msg("2,5m"),
            "\"2,5m\" is not a whole number: write \"2m30s\""
        );
        assert_eq!(
            msg("1.5s"),
            "\"1.5s\" is not a whole number: use whole numbers of smaller units, such as \"1h30m\" or \"90s\""
        );
        assert!(matches!(
            parse("1.2.3h"),
            Err(DurationError::Fraction(_, None))
        ));
    }

    #[test]
    fn refuses_the_ambiguous_and_the_broken() {
        assert_eq!(parse("90"), Err(DurationError::NoUnit("90".into())));
        assert!(matches!(parse("10x"), Err(DurationError::Malformed(_))));
        assert!(matches!(parse("30s1m"), Err(DurationError::Malformed(_))));
        assert!(matches!(parse("-5s"), Err(DurationError::Malformed(_))));
        assert!(matches!(
            parse("99999999999h"),
            Err(DurationError::TooLong(_))
        ));
        assert_eq!(parse(""), Err(DurationError::Empty));
        assert_eq!(
            parse("1m90s").map_err(|e| e.to_string()),
            Err("\"1m90s\" has more than 59 seconds after a larger unit: write \"2m30s\"".into())
        );
        assert!(matches!(parse("1h60m"), Err(DurationError::Carry(..))));
        assert_eq!(parse("90s"), Ok(Duration::from_secs(90)));
        assert_eq!(parse("1h59m59s"), Ok(Duration::from_secs(7199)));
    }

    #[test]
    fn shows_as_clock_and_human() {
        assert_eq!(clock(Duration::from_secs(245)), "4:05");
        assert_eq!(clock(Duration::from_secs(3723)), "1:02:03");
        assert_eq!(human(Duration::from_secs(90)), "1m30s");
        assert_eq!(human(Duration::from_secs(7200)), "2h");
        assert_eq!(human(Duration::from_secs(0)), "0s");
    }

    /// In English as the files write it; in German with its own units.
    #[test]
    fn shown_in_the_language() {
        let de: &'static crate::i18n::Messages =
            Box::leak(Box::new(crate::i18n::Messages::builtin("de")));
        for s in [0, 10, 60, 90, 3600, 3723, 7200] {
            let d = Duration::from_secs(s);
            assert_eq!(shown(d), human(d), "{s} s");
        }
        crate::i18n::scoped(de, || {
            assert_eq!(shown(Duration::from_secs(90)), "1 Min. 30 s");
            assert_eq!(shown(Duration::from_secs(10)), "10 s");
            assert_eq!(shown(Duration::from_secs(7200)), "2 Std.");
        });
    }
}
