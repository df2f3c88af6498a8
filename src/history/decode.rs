//! Reading the lines windown writes most, by hand: a session, a check-in, a reminder
//! acknowledgement and a cramp, in exactly the shape [`super::record::Record::to_line`] gives
//! them (fields in their written order, no white space, strings without escapes, plain whole
//! numbers, times in the written shape). That is every line of a history only windown wrote,
//! so ten years are read at the speed of the disk rather than of a general JSON decoder.
//!
//! Owns one thing: the fast reading of those four shapes. Anything else (another order, an
//! unknown field, an escape in a string, a number out of its range, a time in another shape,
//! the other record types) answers `None`, and the line goes to serde's decoding, which reads
//! it (or refuses it, with its column) as before. So this module never decides that a line is
//! bad, and whatever it reads is what serde reads (the property tests in
//! `super::record` compare the two on written and damaged lines).

use std::sync::Arc;

use chrono::{DateTime, FixedOffset};

use super::record::{
    COUNT_RANGE, CheckinEntry, CrampEntry, Cramps, Leg, Muscle, PAIN_MAX, Record, ReminderAck,
    SessionEntry,
};
use super::stamp::{LastDay, written_day, written_moment_after};

/// The record of a line `{"v":N,"type":"<kind>",...}` whose kind is `kind`; `rest` is the text
/// after `"type":"<kind>"`. `None` when the line is not in the written shape of that kind.
pub(super) fn written(kind: &str, rest: &str, names: &mut Names) -> Option<Record> {
    // The whole line, and nothing after its end.
    written_prefix(kind, rest, names)
        .and_then(|(record, len)| (len == rest.len()).then_some(record))
}

/// As [`written`], for a record at the start of `rest` with anything after it: the record and
/// the length of its text in `rest` (to its closing brace). No step of the reading crosses a
/// newline or a control character, so a record read here is one line's.
#[inline(always)]
pub(super) fn written_prefix(kind: &str, rest: &str, names: &mut Names) -> Option<(Record, usize)> {
    let mut c = Cursor {
        s: rest,
        b: rest.as_bytes(),
        at: 0,
    };
    let record = match kind {
        "session" => Record::Session(Box::new(session(&mut c, names)?)),
        "checkin" => Record::Checkin(checkin(&mut c, names)?),
        "reminder_ack" => Record::ReminderAck(ReminderAck {
            reminder_id: names.get(c.key(b"reminder_id")?.string()?),
            at: c.key(b"at")?.moment(names)?,
        }),
        "cramp" => Record::Cramp(Box::new(cramp(&mut c, names)?)),
        _ => return None,
    };
    (c.b.get(c.at) == Some(&b'}')).then_some((record, c.at + 1))
}

/// The fields of a session, in the order they are written. (A field added to the record must
/// be read here too, in its written place; until it is, a line with it goes to serde.)
fn session(c: &mut Cursor<'_>, names: &mut Names) -> Option<SessionEntry> {
    Some(SessionEntry {
        routine_id: names.get(c.key(b"routine_id")?.string()?),
        routine_title: names.get(c.key(b"routine_title")?.string()?),
        started: c.key(b"started")?.moment(names)?,
        ended: c.key(b"ended")?.moment(names)?,
        active_seconds: c.key(b"active_seconds")?.number()?,
        task_seconds: match c.optional_key(b"task_seconds") {
            true => Some(c.number()?),
            false => None,
        },
        stretches_done: match c.optional_key(b"stretches_done") {
            true => Some(c.number()?.try_into().ok()?),
            false => None,
        },
        stretches_left_out: match c.optional_key(b"stretches_left_out") {
            true => Some(c.number()?.try_into().ok()?),
            false => None,
        },
        steps_done: c.key(b"steps_done")?.number()?.try_into().ok()?,
        steps_skipped: c.key(b"steps_skipped")?.number()?.try_into().ok()?,
        steps_total: c.key(b"steps_total")?.number()?.try_into().ok()?,
        finished: c.key(b"finished")?.boolean()?,
    })
}

fn checkin(c: &mut Cursor<'_>, names: &mut Names) -> Option<CheckinEntry> {
    let night_of = written_day(c.key(b"night_of")?.string()?.as_bytes())?;
    let cramps = match c.key(b"cramps")?.string()? {
        "none" => Cramps::None,
        "mild" => Cramps::Mild,
        "bad" => Cramps::Bad,
        _ => return None,
    };
    let count = match c.optional_key(b"count") {
        true => Some(
            u32::try_from(c.number()?)
                .ok()
                .filter(|n| COUNT_RANGE.contains(n))?,
        ),
        false => None,
    };
    let note = match c.optional_key(b"note") {
        true => Some(Box::from(c.string()?)),
        false => None,
    };
    let woke = match c.optional_key(b"woke") {
        true => Some(c.boolean()?),
        false => None,
    };
    Some(CheckinEntry {
        night_of,
        cramps,
        count,
        note,
        woke,
        recorded: c.key(b"recorded")?.moment(names)?,
    })
}

fn cramp(c: &mut Cursor<'_>, names: &mut Names) -> Option<CrampEntry> {
    let at = c.key(b"at")?.moment(names)?;
    let leg = match c.key(b"leg")?.string()? {
        "left" => Leg::Left,
        "right" => Leg::Right,
        _ => return None,
    };
    let muscle_word = c.key(b"muscle")?.string()?;
    let muscle = Muscle::ALL.into_iter().find(|m| m.word() == muscle_word)?;
    let relief_seconds = match c.optional_key(b"relief_seconds") {
        true => Some(c.number()?),
        false => None,
    };
    let lasted_seconds = match c.optional_key(b"lasted_seconds") {
        true => Some(c.number()?),
        false => None,
    };
    let pain = match c.optional_key(b"pain") {
        true => Some(u8::try_from(c.number()?).ok().filter(|&p| p <= PAIN_MAX)?),
        false => None,
    };
    Some(CrampEntry {
        at,
        leg,
        muscle,
        relief_seconds,
        lasted_seconds,
        pain,
        recorded: c.key(b"recorded")?.moment(names)?,
    })
}

/// What the lines read so far repeat: the names (routine ids and titles, reminder ids), each
/// kept once and shared by every record that has it (a history repeats a few names hundreds
/// of thousands of times), and the day of the last moment. Only the first [`Names::MAX`]
/// different names are kept; any other is a copy of its own, so a file of all-different names
/// costs what it did without sharing.
#[derive(Debug, Default)]
pub(crate) struct Names {
    kept: Vec<Arc<str>>,
    day: LastDay,
}

impl Names {
    const MAX: usize = 32;

    /// The shared copy of `name`.
    fn get(&mut self, name: &str) -> Arc<str> {
        // The first byte before the whole: the names of a history differ there most often
        // (`evening-legs`, `Evening legs`), so most are passed over without a comparison call.
        let first = name.as_bytes().first();
        if let Some(k) = self
            .kept
            .iter()
            .find(|k| k.len() == name.len() && k.as_bytes().first() == first && &***k == name)
        {
            return Arc::clone(k);
        }
        let new: Arc<str> = Arc::from(name);
        if self.kept.len() < Self::MAX {
            self.kept.push(Arc::clone(&new));
        }
        new
    }
}

/// A place in the text of a line.
struct Cursor<'a> {
    /// The text, and the same as bytes.
    s: &'a str,
    b: &'a [u8],
    at: usize,
}

// The steps of a line are inlined (`#[inline(always)]`): windown's own code is built for size
// (opt-level "s"), which would call each of them for every field of every line.
impl<'a> Cursor<'a> {
    /// `,"name":` next: step over it.
    #[inline(always)]
    fn key(&mut self, name: &[u8]) -> Option<&mut Self> {
        self.optional_key(name).then_some(self)
    }

    /// Whether `,"name":` comes next (stepped over when it does).
    #[inline(always)]
    fn optional_key(&mut self, name: &[u8]) -> bool {
        let rest = &self.b[self.at..];
        let found = rest.len() > name.len() + 4
            && rest[..2] == *b",\""
            && rest[2..2 + name.len()] == *name
            && rest[2 + name.len()..4 + name.len()] == *b"\":";
        if found {
            self.at += name.len() + 4;
        }
        found
    }

    /// A string without escapes or control characters (anything else: `None`).
    #[inline(always)]
    fn string(&mut self) -> Option<&'a str> {
        // The opening quote compared in place (a call each time in code built for size).
        if self.b.get(self.at) != Some(&b'"') {
            return None;
        }
        let rest = &self.b[self.at + 1..];
        let end = rest
            .iter()
            .position(|&b| b == b'"' || b == b'\\' || b < 0x20)?;
        if rest[end] != b'"' {
            return None;
        }
        let start = self.at + 1;
        self.at += end + 2;
        // Cut at two ASCII quotes of a line that is UTF-8: whole characters (`get` checks
        // the two ends only).
        self.s.get(start..start + end)
    }

    /// A whole number as JSON writes it (no sign, no leading zero, no fraction or exponent),
    /// that fits a `u64`.
    #[inline(always)]
    fn number(&mut self) -> Option<u64> {
        let rest = self.b.get(self.at..)?;
        let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        if digits == 0 || (digits > 1 && rest[0] == b'0') {
            return None;
        }
        // A number goes on with a fraction or exponent: not a whole number here.
        if matches!(rest.get(digits), Some(b'.' | b'e' | b'E')) {
            return None;
        }
        let mut n = 0u64;
        for &d in &rest[..digits] {
            n = n.checked_mul(10)?.checked_add(u64::from(d - b'0'))?;
        }
        self.at += digits;
        Some(n)
    }

    #[inline(always)]
    fn boolean(&mut self) -> Option<bool> {
        let rest = self.b.get(self.at..)?;
        if rest.starts_with(b"true") {
            self.at += 4;
            Some(true)
        } else if rest.starts_with(b"false") {
            self.at += 5;
            Some(false)
        } else {
            None
        }
    }

    /// A moment in its written shape: `"2026-11-25T07:10:00+01:00"` or `"...Z"`, read in
    /// place (the shape has no quote, escape or control character, so this is
    /// [`Cursor::string`] then [`super::stamp::written_moment`], without the search for the
    /// closing quote; the day of the moment before is kept in `names`).
    #[inline(always)]
    fn moment(&mut self, names: &mut Names) -> Option<DateTime<FixedOffset>> {
        if self.b.get(self.at) != Some(&b'"') {
            return None;
        }
        let rest = &self.b[self.at + 1..];
        let len = if rest.get(19) == Some(&b'Z') { 20 } else { 25 };
        if rest.get(len) != Some(&b'"') {
            return None;
        }
        let at = written_moment_after(&rest[..len], &mut names.day)?;
        self.at += len + 2;
        Some(at)
    }
}
