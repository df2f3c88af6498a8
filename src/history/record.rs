//! The records of `history.jsonl` and their JSON: one self-describing object per line, the
//! format version first (`{"v":1,"type":"session",...}`). Format 2 added one record type,
//! `cramp`; the records of format 1 are still written as format 1, so a file stays readable
//! by a windown of format 1 until the first cramp is logged (from there that windown refuses
//! it, as for any newer format, and says so). Format 3 added one muscle, `foot`: only a foot
//! cramp is written as format 3, so the rule for older readers is the same one (a windown of
//! format 2 reads the file until the first foot cramp, then refuses it and says so).
//!
//! Owns the shape of each record, how a line is written, and how a line is read (including
//! telling a newer format apart from a broken line). Knows nothing about files or locking
//! (that is [`super::store`]) nor about streaks (that is [`super::stats`]).

use std::sync::Arc;

use chrono::{DateTime, FixedOffset, NaiveDate, Timelike};
use serde::{Deserialize, Serialize};

/// Which leg.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Leg {
    #[default]
    Left,
    Right,
}

impl Leg {
    pub(crate) const ALL: [Leg; 2] = [Leg::Left, Leg::Right];

    /// The word in the file and on the command line.
    pub(crate) fn word(self) -> &'static str {
        match self {
            Leg::Left => "left",
            Leg::Right => "right",
        }
    }
}

/// Which muscle cramped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Muscle {
    #[default]
    Calf,
    /// The hamstrings.
    BackThigh,
    /// The quadriceps.
    FrontThigh,
    /// The foot (format 3).
    Foot,
}

impl Muscle {
    pub const ALL: [Muscle; 4] = [
        Muscle::Calf,
        Muscle::BackThigh,
        Muscle::FrontThigh,
        Muscle::Foot,
    ];

    /// The word in the file and on the command line.
    pub(crate) fn word(self) -> &'static str {
        match self {
            Muscle::Calf => "calf",
            Muscle::BackThigh => "back-thigh",
            Muscle::FrontThigh => "front-thigh",
            Muscle::Foot => "foot",
        }
    }

    /// As people say it.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Muscle::Calf => "calf",
            Muscle::BackThigh => "back of thigh",
            Muscle::FrontThigh => "front of thigh",
            Muscle::Foot => "foot",
        }
    }
}

/// "left calf", "right back of thigh", in English (the words people see are
/// `history-where`: [`super::rows::where_words`]).
#[cfg(test)]
pub(crate) fn where_(leg: Leg, muscle: Muscle) -> String {
    format!("{} {}", leg.word(), muscle.name())
}

/// Highest pain on the 0-10 scale.
pub const PAIN_MAX: u8 = 10;

/// The newest format version this windown reads (and writes, for a cramp record).
pub(crate) const FORMAT: u32 = 3;

/// The format that brought the `cramp` record.
pub(crate) const CRAMP_FORMAT: u32 = 2;

/// The format that brought the foot as a muscle: a foot cramp's line.
pub(crate) const FOOT_FORMAT: u32 = 3;

/// Longest note a check-in keeps, in characters.
pub(crate) const NOTE_MAX_CHARS: usize = 280;

/// One session, finished or not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionEntry {
    /// Shared text: a history repeats the same few routines, and a record read from the file
    /// shares one copy of each name with the others (issue 24: memory).
    pub routine_id: Arc<str>,
    pub routine_title: Arc<str>,
    /// Local time with its offset.
    #[serde(deserialize_with = "super::stamp::moment")]
    pub started: DateTime<FixedOffset>,
    #[serde(deserialize_with = "super::stamp::moment")]
    pub ended: DateTime<FixedOffset>,
    /// Time spent in the session, pauses excluded (waiting on task steps included).
    pub active_seconds: u64,
    /// The part of `active_seconds` spent waiting on task steps ("something quiet"), which is
    /// not stretching time. Absent in records written before windown counted it apart (read
    /// as unknown: the whole active time counts, as it did then).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_seconds: Option<u64>,
    /// How many of the routine's stretches were done (skipped ones not). Absent in records
    /// written before windown counted them (read as unknown: a finished routine counts as an
    /// evening stretched, as it did then). See [`super::NightRules::stretched_evening`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stretches_done: Option<u32>,
    /// How many stretches were left out of the routine before it began (the wind-down on a
    /// rest evening of the experiment); absent when none were.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stretches_left_out: Option<u32>,
    pub steps_done: u32,
    pub steps_skipped: u32,
    pub steps_total: u32,
    /// The routine ran to its end.
    pub finished: bool,
}

/// A session quit unfinished before this much active time, with no step done, was started by
/// mistake: it stays in the file, and the numbers leave it out (docs/sessions.md, "What counts").
pub(crate) const MISTAKE_SECONDS: u64 = 10;

impl SessionEntry {
    /// Quit unfinished within [`MISTAKE_SECONDS`] of active time with no step done: started
    /// by mistake. Told by the record's own fields, so older records are judged the same way.
    pub(crate) fn started_by_mistake(&self) -> bool {
        !self.finished && self.steps_done == 0 && self.active_seconds < MISTAKE_SECONDS
    }

    /// Time spent on the clock (holds, rests, get-ready): the active time without the time
    /// waiting on task steps. For a record from before task time was counted apart, the whole
    /// active time.
    pub(crate) fn timed_seconds(&self) -> u64 {
        self.active_seconds
            .saturating_sub(self.task_seconds.unwrap_or(0))
    }
}

/// How last night went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Cramps {
    None,
    Mild,
    Bad,
}

impl Cramps {
    pub(crate) fn word(self) -> &'static str {
        match self {
            Cramps::None => "none",
            Cramps::Mild => "mild",
            Cramps::Bad => "bad",
        }
    }

    /// Mild or bad: a cramp night.
    pub(crate) fn is_cramp_night(self) -> bool {
        self != Cramps::None
    }
}

/// A morning check-in about one night.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckinEntry {
    /// The evening the night began (a check-in on the morning of 25 November is about the
    /// night of 24 November).
    #[serde(deserialize_with = "super::stamp::day")]
    pub night_of: NaiveDate,
    pub cramps: Cramps,
    /// How many cramps, if counted: 1 to 99 ([`COUNT_RANGE`]; a line with another number is
    /// not read, so no sum of counts can wrap).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "count_1_to_99"
    )]
    pub count: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Box<str>>,
    /// Whether the cramps woke the person, if asked and answered (an optional field: format-1
    /// readers ignore it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub woke: Option<bool>,
    /// When the answer was given.
    #[serde(deserialize_with = "super::stamp::moment")]
    pub recorded: DateTime<FixedOffset>,
}

impl CheckinEntry {
    /// A plain answer (no count, no note), as the home screen's prompt gives it.
    pub fn new(night_of: NaiveDate, cramps: Cramps, recorded: DateTime<FixedOffset>) -> Self {
        CheckinEntry {
            night_of,
            cramps,
            count: None,
            note: None,
            woke: None,
            recorded,
        }
    }
}

/// One cramp: logged at the end of the relief guide, or afterwards with `windown cramp log`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CrampEntry {
    /// When it began (local time with its offset). Its night: [`crate::history::NightRules::cramp_night`].
    #[serde(deserialize_with = "super::stamp::moment")]
    pub at: DateTime<FixedOffset>,
    pub(crate) leg: Leg,
    pub(crate) muscle: Muscle,
    /// How long the relief guide was open, when it was used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) relief_seconds: Option<u64>,
    /// How long the cramp lasted, in seconds, when the person said (format 3; the time the
    /// relief guide was open is not the cramp's length).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) lasted_seconds: Option<u64>,
    /// How bad, 0 to 10, if given (a line with another number is not read).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "pain_0_to_10"
    )]
    pub(crate) pain: Option<u8>,
    /// When it was recorded.
    #[serde(deserialize_with = "super::stamp::moment")]
    pub(crate) recorded: DateTime<FixedOffset>,
}

/// The documented range of a check-in's cramp count.
pub(crate) const COUNT_RANGE: std::ops::RangeInclusive<u32> = 1..=99;

fn count_1_to_99<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    // Read wide, so a count too large for a u32 is refused in the same words.
    match Option::<u64>::deserialize(d)? {
        None => Ok(None),
        Some(n) => u32::try_from(n)
            .ok()
            .filter(|n| COUNT_RANGE.contains(n))
            .map(Some)
            .ok_or_else(|| {
                serde::de::Error::custom(format!(
                    "count {n} is not {} to {}",
                    COUNT_RANGE.start(),
                    COUNT_RANGE.end()
                ))
            }),
    }
}

fn pain_0_to_10<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<u8>, D::Error> {
    let p = Option::<u8>::deserialize(d)?;
    match p {
        Some(n) if n > PAIN_MAX => Err(serde::de::Error::custom(format!(
            "pain {n} is not 0 to {}",
            PAIN_MAX
        ))),
        p => Ok(p),
    }
}

/// "Done" on a reminder notification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReminderAck {
    /// Shared, as a session's names are.
    pub(crate) reminder_id: Arc<str>,
    #[serde(deserialize_with = "super::stamp::moment")]
    pub(crate) at: DateTime<FixedOffset>,
}

/// The order of one pair of blocks in a personal experiment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PairOrder {
    /// The stretching block, then the rest block.
    StretchFirst,
    /// The rest block, then the stretching block.
    RestFirst,
}

/// A personal experiment's plan (format 3): drawn once when it starts and stored before its
/// first night; never written again for the same experiment. The dates of every block follow
/// from `first_evening` and the lengths (see `crate::trial::plan`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrialPlan {
    /// When the plan was drawn and stored.
    #[serde(deserialize_with = "super::stamp::moment")]
    pub drawn: DateTime<FixedOffset>,
    /// The first evening of the baseline.
    #[serde(deserialize_with = "super::stamp::day")]
    pub first_evening: NaiveDate,
    pub baseline_nights: u32,
    pub block_nights: u32,
    /// The first nights of each block, logged and not analysed.
    pub washout_nights: u32,
    /// Each pair's order, drawn independently, in pair order.
    pub orders: Vec<PairOrder>,
    /// The spare pair's order, used only if a pair fails the completeness rule.
    pub spare: PairOrder,
    /// The person's expectation at the start, 0 to 10, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expectation: Option<u8>,
    /// A medicine changed in the 4 weeks before the start, or will change.
    pub medicine_change: bool,
}

/// Something that happened during an experiment, in the person's words (format 3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrialNote {
    #[serde(deserialize_with = "super::stamp::moment")]
    pub at: DateTime<FixedOffset>,
    pub text: String,
}

/// Why an experiment ended before its last block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TrialEndWhy {
    /// `windown trial stop`.
    Stopped,
    /// A red flag (a cramp guide open past 10 minutes, or a painful swollen leg).
    RedFlag,
}

/// An experiment ended early (format 3): the diary stays, no verdict is given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrialEnd {
    #[serde(deserialize_with = "super::stamp::moment")]
    pub at: DateTime<FixedOffset>,
    pub why: TrialEndWhy,
}

/// The kinds of record a `void` can remove (never an experiment's record), and a removal
/// itself (`void`: `windown history undo` bringing back what a removal took).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VoidTarget {
    Session,
    Checkin,
    ReminderAck,
    Cramp,
    /// The earlier `void` whose `recorded` time is `target_at`: the record it took counts
    /// again, in its own place in the file.
    Void,
}

impl VoidTarget {
    pub(crate) fn word(self) -> &'static str {
        match self {
            VoidTarget::Session => "session",
            VoidTarget::Checkin => "check-in",
            VoidTarget::ReminderAck => "reminder acknowledgement",
            VoidTarget::Cramp => "cramp",
            VoidTarget::Void => "removal",
        }
    }
}

/// A correction (format 3): the record of `target` type whose time ([`Record::at`]) is
/// `target_at` counts nowhere from now on (records have no id; if two match, the one written
/// last before this void). Nothing is rewritten: both lines stay in the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Void {
    pub target: VoidTarget,
    #[serde(deserialize_with = "super::stamp::moment")]
    pub target_at: DateTime<FixedOffset>,
    #[serde(deserialize_with = "super::stamp::moment")]
    pub recorded: DateTime<FixedOffset>,
    /// Written by `windown history undo` (`"undo":true`): it takes back an earlier line, it is
    /// not a change of its own, so a later undo goes on to the line before instead of
    /// reversing it. Absent (false) for a removal made in the app, which undo can reverse.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub undo: bool,
}

pub(crate) use super::decode::Names;

/// One line of the history file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Record {
    /// Boxed: a session is the largest record by far, and the others (most of a history) are
    /// kept at the size of the next largest (issue 24: memory).
    Session(Box<SessionEntry>),
    Checkin(CheckinEntry),
    ReminderAck(ReminderAck),
    /// Boxed too: a cramp is the next largest record, and few (a history is mostly
    /// acknowledgements, check-ins and sessions): every record is kept at a check-in's size.
    Cramp(Box<CrampEntry>),
    /// Boxed as well: the largest of the rest (its pairs' orders), and one per experiment;
    /// unboxed, every record of a history was its size (64 bytes, 48 boxed: issue 24).
    TrialPlan(Box<TrialPlan>),
    TrialNote(TrialNote),
    TrialEnd(TrialEnd),
    Void(Void),
}

/// The format that brought the experiment's records, `void` and a cramp's `lasted_seconds`.
pub(crate) const TRIAL_FORMAT: u32 = 3;

impl Record {
    /// The format version of this record's line: 1 for the types of format 1, so older
    /// readers still read them; [`CRAMP_FORMAT`] for a cramp, [`FOOT_FORMAT`] for a foot cramp.
    pub(crate) fn version(&self) -> u32 {
        match self {
            Record::Cramp(c) if c.muscle == Muscle::Foot => FOOT_FORMAT,
            Record::Cramp(c) if c.lasted_seconds.is_some() => TRIAL_FORMAT,
            Record::Cramp(_) => CRAMP_FORMAT,
            Record::TrialPlan(_) | Record::TrialNote(_) | Record::TrialEnd(_) | Record::Void(_) => {
                TRIAL_FORMAT
            }
            Record::Session(_) | Record::Checkin(_) | Record::ReminderAck(_) => 1,
        }
    }

    /// The local moment the record is about (session start, check-in time, acknowledgement).
    pub(crate) fn at(&self) -> DateTime<FixedOffset> {
        match self {
            Record::Session(s) => s.started,
            Record::Checkin(c) => c.recorded,
            Record::ReminderAck(a) => a.at,
            Record::Cramp(c) => c.at,
            Record::TrialPlan(p) => p.drawn,
            Record::TrialNote(n) => n.at,
            Record::TrialEnd(e) => e.at,
            Record::Void(v) => v.recorded,
        }
    }

    /// What a `void` names this record by, or `None` for a record that cannot be voided (an
    /// experiment's records, and a void itself).
    pub(crate) fn void_target(&self) -> Option<VoidTarget> {
        match self {
            Record::Session(_) => Some(VoidTarget::Session),
            Record::Checkin(_) => Some(VoidTarget::Checkin),
            Record::ReminderAck(_) => Some(VoidTarget::ReminderAck),
            Record::Cramp(_) => Some(VoidTarget::Cramp),
            Record::TrialPlan(_) | Record::TrialNote(_) | Record::TrialEnd(_) | Record::Void(_) => {
                None
            }
        }
    }

    /// The same record with every time cut to the whole second (the file carries no
    /// sub-second noise, whatever clock the caller read).
    pub fn to_whole_seconds(&self) -> Record {
        let mut r = self.clone();
        match &mut r {
            Record::Session(s) => {
                s.started = whole_seconds(s.started);
                s.ended = whole_seconds(s.ended);
            }
            Record::Checkin(c) => c.recorded = whole_seconds(c.recorded),
            Record::ReminderAck(a) => a.at = whole_seconds(a.at),
            Record::Cramp(c) => {
                c.at = whole_seconds(c.at);
                c.recorded = whole_seconds(c.recorded);
            }
            Record::TrialPlan(p) => p.drawn = whole_seconds(p.drawn),
            Record::TrialNote(n) => n.at = whole_seconds(n.at),
            Record::TrialEnd(e) => e.at = whole_seconds(e.at),
            Record::Void(v) => {
                v.target_at = whole_seconds(v.target_at);
                v.recorded = whole_seconds(v.recorded);
            }
        }
        r
    }

    /// The line as written to the file, without its newline: `{"v":1,"type":...}`.
    pub(crate) fn to_line(&self) -> String {
        // Serialising plain strings, numbers and dates cannot fail; the fallback keeps this
        // total anyway.
        let body = serde_json::to_string(self).unwrap_or_else(|_| "{}".to_string());
        let rest = body.strip_prefix('{').unwrap_or(&body);
        let v = self.version();
        if rest == "}" {
            format!("{{\"v\":{v}}}")
        } else {
            format!("{{\"v\":{v},{rest}")
        }
    }
}

/// What one line of the file turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Line {
    Record(Record),
    /// Nothing but white space.
    Blank,
    /// Written by a newer windown in this format version: must not be guessed at.
    Newer(u32),
    /// A record that stops before its end: a write cut off by a crash (sealed by the next
    /// write, or still the last line).
    Incomplete,
    /// Not a record this windown can read (damage, or a hand edit); the reason is for people.
    Unreadable(String),
}

#[derive(Deserialize)]
struct Version {
    v: Option<u32>,
}

/// Read one line (without its newline).
pub(crate) fn parse_line(line: &str) -> Line {
    parse_line_in(line, &mut Names::default())
}

/// [`parse_line`], sharing the names read by hand with the lines read before through `names`
/// (the reading of a whole file keeps one).
pub(crate) fn parse_line_in(line: &str, names: &mut Names) -> Line {
    let text = line.trim();
    if text.is_empty() {
        return Line::Blank;
    }
    // Fast path: every line this version writes starts this way.
    if text.starts_with("{\"v\":1,")
        || text.starts_with("{\"v\":2,")
        || text.starts_with("{\"v\":3,")
    {
        return written_line(text, names).unwrap_or_else(|| record_line(text));
    }
    match serde_json::from_str::<Version>(text) {
        Ok(Version { v: Some(v) }) if v > FORMAT => Line::Newer(v),
        Ok(Version {
            v: Some(1..=FORMAT),
        }) => record_line(text),
        Ok(Version { v: Some(v) }) => {
            Line::Unreadable(crate::t!("error-history-unknown-version", version = v))
        }
        Ok(Version { v: None }) => Line::Unreadable(crate::t!("error-history-no-version")),
        Err(e) if e.is_eof() && text.starts_with('{') => Line::Incomplete,
        Err(e) => Line::Unreadable(reason(&e)),
    }
}

/// A line in the shape this windown writes, `{"v":N,"type":"kind",...}`: the kind is peeked
/// from the text and the line decoded straight into that record, in one pass (the tagged
/// `Record` buffers the whole line first, to find its tag): by hand when it is exactly as
/// written ([`super::decode`]), else by serde. `None` when the type is not at
/// its written place or not a kind this windown knows; the general path then reads (or
/// refuses) the line as before. The format and type fields are skipped as unknown fields by
/// the concrete record.
fn written_line(text: &str, names: &mut Names) -> Option<Line> {
    let rest = text.get(7..)?.strip_prefix("\"type\":\"")?;
    let (kind, fields) = rest.split_once('"')?;
    // Exactly as written: read by hand (the common kinds), else by serde.
    if let Some(r) = super::decode::written(kind, fields, names) {
        return Some(Line::Record(r));
    }
    let decoded = match kind {
        "session" => serde_json::from_str(text).map(|s| Record::Session(Box::new(s))),
        "checkin" => serde_json::from_str(text).map(Record::Checkin),
        "reminder_ack" => serde_json::from_str(text).map(Record::ReminderAck),
        "cramp" => serde_json::from_str(text).map(|c| Record::Cramp(Box::new(c))),
        "trial_plan" => serde_json::from_str(text).map(|p| Record::TrialPlan(Box::new(p))),
        "trial_note" => serde_json::from_str(text).map(Record::TrialNote),
        "trial_end" => serde_json::from_str(text).map(Record::TrialEnd),
        "void" => serde_json::from_str(text).map(Record::Void),
        _ => return None,
    };
    Some(match decoded_line(decoded) {
        // The record stops before its end, after a value it refuses (a count of 100, then
        // nothing): cut off, as the general path tells it, which reads the whole line first.
        // Only a refused line pays for this second look.
        Line::Unreadable(_)
            if serde_json::from_str::<serde::de::IgnoredAny>(text).is_err_and(|e| e.is_eof()) =>
        {
            Line::Incomplete
        }
        line => line,
    })
}

/// The record of the line at the start of `region` when that line is exactly as this windown
/// writes it and its newline follows: the record and the line's length (without its
/// newline). Reading a file tries this first, so that the lines windown wrote are found and
/// read in one pass (no search for the newline first, no trimming: such a line has no white
/// space at its ends); any other line (`None`) is cut at its newline and read by
/// [`parse_line_in`], which reads a line of this shape to the same record.
#[inline(always)]
pub(crate) fn written_at_start(region: &str, names: &mut Names) -> Option<(Record, usize)> {
    // `{"v":N,"type":"` with N one of the versions read here (as in [`parse_line_in`]), then
    // a kind read by hand (as in [`super::decode::written`]), compared in place.
    let b = region.as_bytes();
    if b.len() < 16
        || b[..5] != *b"{\"v\":"
        || !(b'1'..=b'3').contains(&b[5])
        || b[6..15] != *b",\"type\":\""
    {
        return None;
    }
    let kind = match (b[15], b.get(16)) {
        (b's', _) => "session",
        (b'c', Some(b'h')) => "checkin",
        (b'c', _) => "cramp",
        (b'r', _) => "reminder_ack",
        _ => return None,
    };
    let end = 15 + kind.len();
    if b.get(15..end) != Some(kind.as_bytes()) || b.get(end) != Some(&b'"') {
        return None;
    }
    let fields = &region[end + 1..];
    let (record, len) = super::decode::written_prefix(kind, fields, names)?;
    let len = region.len() - fields.len() + len;
    (region.as_bytes().get(len) == Some(&b'\n')).then_some((record, len))
}

fn record_line(text: &str) -> Line {
    decoded_line(serde_json::from_str::<Record>(text))
}

fn decoded_line(decoded: Result<Record, serde_json::Error>) -> Line {
    match decoded {
        Ok(r) => Line::Record(r),
        Err(e) if e.is_eof() => Line::Incomplete,
        Err(e) => Line::Unreadable(reason(&e)),
    }
}

/// serde's message without its "at line 1 column N" (the line is always 1 to serde, which
/// reads like the file's first line): the column stays.
fn reason(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let msg = text
        .rfind(" at line ")
        .map_or(text.as_str(), |i| &text[..i]);
    match e.column() {
        0 => msg.to_string(),
        c => crate::t!("error-history-at-column", reason = msg, column = c),
    }
}

/// `at` without its fraction of a second.
pub(crate) fn whole_seconds(at: DateTime<FixedOffset>) -> DateTime<FixedOffset> {
    at.with_nanosecond(0).unwrap_or(at)
}

/// Why a note was refused; the message is for people.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum NoteError {
    #[error(
        "the note contains a control character ({}); write it on one line of plain text",
        .0.escape_unicode()
    )]
    ControlCharacter(char),
    /// Longer than [`NOTE_MAX_CHARS`]: how many characters it has.
    #[error("the note is {0} characters long; keep it to {NOTE_MAX_CHARS}")]
    TooLong(usize),
}

/// Check a check-in note: one line of plain text, at most [`NOTE_MAX_CHARS`] characters.
pub(crate) fn check_note(note: &str) -> Result<(), NoteError> {
    if let Some(c) = note
        .chars()
        .find(|&c| c.is_control() || crate::diag::is_unsafe_char(c))
    {
        return Err(NoteError::ControlCharacter(c));
    }
    let n = note.chars().count();
    if n > NOTE_MAX_CHARS {
        return Err(NoteError::TooLong(n));
    }
    Ok(())
}

/// `Recorded a cramp: left calf at 03:12 on Wed 25 Nov 2026 (the night of Tue 24 Nov), pain 6/10.`
/// `night`: the night it belongs to ([`super::NightRules::cramp_night`]), `None` for a daytime
/// cramp (`history-cramp-recorded`).
pub(crate) fn recorded_line(e: &CrampEntry, night: Option<NaiveDate>) -> String {
    let yes = |b: bool| if b { "yes" } else { "no" };
    let lasted = e
        .lasted_seconds
        .map(|s| lasted_text(s, e.relief_seconds.is_some()))
        .unwrap_or_default();
    let relief = e
        .relief_seconds
        .map(|s| crate::duration::human(std::time::Duration::from_secs(s)))
        .unwrap_or_default();
    crate::t!(
        "history-cramp-recorded",
        place = super::rows::where_words(e.leg, e.muscle),
        time = crate::i18n::clock(crate::i18n::current(), e.at.time()),
        day = super::rows::day_words(e.at.date_naive()),
        daytime = yes(night.is_none()),
        night = night.map(super::rows::day_words_short).unwrap_or_default(),
        timed = yes(e.lasted_seconds.is_some()),
        lasted = lasted,
        guided = yes(e.relief_seconds.is_some()),
        relief = relief,
        pain = e.pain.map_or(-1, i32::from),
    )
}

/// The answers to "how long did the cramp last?" at the guide's end: the key or line that
/// gives it, the words, and the seconds recorded (`lasted_seconds`: the middle of the span;
/// "over 10 minutes" records 15 minutes). As `relief::LASTED_CHOICES`, which the guide asks
/// with. The time the guide was open is not the cramp's length.
pub(crate) const LASTED_CHOICES: [(char, &str, u64); 4] = [
    ('1', "under a minute", 30),
    ('2', "1 to 5 minutes", 3 * 60),
    ('3', "5 to 10 minutes", 450),
    ('4', "over 10 minutes", 15 * 60),
];

/// What the guide recorded for its old third answer, "5 to 15 minutes", before the answers
/// split at 10 minutes: still shown in those words.
const OLD_LASTED_5_15: u64 = 10 * 60;

/// How long a cramp lasted, as shown: for the guide's record (`from_guide`, its
/// `relief_seconds` given) the seconds of one of [`LASTED_CHOICES`] are its span in words
/// (an old record's 10 minutes is its "5 to 15 minutes"; 15 minutes, old "longer" or new
/// "over 10 minutes", is "over 10 minutes", true of both), never an exact time the person
/// did not give; any other length as a time.
pub(crate) fn lasted_text(secs: u64, from_guide: bool) -> String {
    let id = match LASTED_CHOICES.iter().find(|c| c.2 == secs) {
        Some(('1', _, _)) => "relief-lasted-under-1",
        Some(('2', _, _)) => "relief-lasted-1-5",
        Some(('3', _, _)) => "relief-lasted-5-10",
        Some(_) => "relief-lasted-longer",
        None if secs == OLD_LASTED_5_15 => "history-lasted-5-15",
        None => "",
    };
    if from_guide && !id.is_empty() {
        crate::t!(id)
    } else {
        crate::duration::human(std::time::Duration::from_secs(secs))
    }
}

/// Whether a cramp said to have lasted `secs` (the end's answer) lasted over 10 minutes: the
/// urgent line is said and shown, and during an experiment it is a red flag ("over 10 minutes"
/// is; "5 to 10 minutes" is not).
pub(crate) fn lasted_is_urgent(secs: u64) -> bool {
    secs > 10 * 60
}

/// [`recorded_line`] as the relief guide says it when it ends (the app's and `windown cramp
/// --plain`'s), with how to take the record back.
pub(crate) fn guide_recorded_line(e: &CrampEntry, night: Option<NaiveDate>) -> String {
    format!(
        "{} {}",
        recorded_line(e, night),
        crate::t!("history-cramp-undo")
    )
}

/// `You logged 2 cramps last night: 03:12 left calf, 05:40 left calf`, when any were
/// (`history-logged`; `when`: "last" for last night, "that" for a night asked about by date).
pub(crate) fn logged_line(logged: &[CrampEntry], when: &str) -> Option<String> {
    if logged.is_empty() {
        return None;
    }
    let m = crate::i18n::current();
    let list: Vec<String> = logged
        .iter()
        .map(|c| {
            crate::t!(
                "history-logged-cramp",
                time = crate::i18n::clock(m, c.at.time()),
                place = super::rows::where_words(c.leg, c.muscle)
            )
        })
        .collect();
    Some(crate::t!(
        "history-logged",
        n = logged.len(),
        when = when,
        list = list.join(", ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    #[test]
    fn lines_start_with_the_version_and_read_back() {
        let r = Record::Session(Box::new(SessionEntry {
            routine_id: "evening-legs".into(),
            routine_title: "Evening legs".into(),
            started: t("2026-11-24T22:01:00+01:00"),
            ended: t("2026-11-24T22:05:10+01:00"),
            active_seconds: 240,
            task_seconds: None,
            stretches_done: None,
            stretches_left_out: None,
            steps_done: 4,
            steps_skipped: 0,
            steps_total: 4,
            finished: true,
        }));
        let line = r.to_line();
        assert_eq!(
            line,
            r#"{"v":1,"type":"session","routine_id":"evening-legs","routine_title":"Evening legs","started":"2026-11-24T22:01:00+01:00","ended":"2026-11-24T22:05:10+01:00","active_seconds":240,"steps_done":4,"steps_skipped":0,"steps_total":4,"finished":true}"#
        );
        assert_eq!(parse_line(&line), Line::Record(r));

        let c = Record::Checkin(CheckinEntry {
            night_of: NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
            cramps: Cramps::Mild,
            count: Some(2),
            note: None,
            woke: None,
            recorded: t("2026-11-25T07:10:00+01:00"),
        });
        assert_eq!(
            c.to_line(),
            r#"{"v":1,"type":"checkin","night_of":"2026-11-24","cramps":"mild","count":2,"recorded":"2026-11-25T07:10:00+01:00"}"#
        );
        assert_eq!(parse_line(&c.to_line()), Line::Record(c));
    }

    #[test]
    fn only_a_foot_cramp_is_a_format_3_line() {
        let foot = Record::Cramp(Box::new(CrampEntry {
            at: t("2026-11-25T03:12:00+01:00"),
            leg: Leg::Right,
            muscle: Muscle::Foot,
            relief_seconds: None,
            lasted_seconds: None,
            pain: None,
            recorded: t("2026-11-25T03:15:05+01:00"),
        }));
        let line = foot.to_line();
        assert!(line.starts_with(r#"{"v":3,"type":"cramp""#), "{line}");
        assert!(line.contains(r#""muscle":"foot""#), "{line}");
        assert_eq!(parse_line(&line), Line::Record(foot));
    }

    #[test]
    fn a_cramp_is_a_format_2_line_and_reads_back() {
        let c = Record::Cramp(Box::new(CrampEntry {
            at: t("2026-11-25T03:12:00+01:00"),
            leg: Leg::Left,
            muscle: Muscle::BackThigh,
            relief_seconds: Some(185),
            lasted_seconds: None,
            pain: Some(7),
            recorded: t("2026-11-25T03:15:05+01:00"),
        }));
        let line = c.to_line();
        assert_eq!(
            line,
            r#"{"v":2,"type":"cramp","at":"2026-11-25T03:12:00+01:00","leg":"left","muscle":"back-thigh","relief_seconds":185,"pain":7,"recorded":"2026-11-25T03:15:05+01:00"}"#
        );
        assert_eq!(parse_line(&line), Line::Record(c.clone()));
        // At 03:12 it is still the night of the 24th.
        let Record::Cramp(e) = &c else { panic!() };
        assert_eq!(
            super::super::NightRules::default().cramp_night(e.at),
            NaiveDate::from_ymd_opt(2026, 11, 24)
        );
        // Logged afterwards: no relief time, no pain.
        let bare = r#"{"v":2,"type":"cramp","at":"2026-11-25T05:40:00+01:00","leg":"right","muscle":"calf","recorded":"2026-11-25T07:00:00+01:00"}"#;
        assert!(matches!(parse_line(bare), Line::Record(Record::Cramp(_))));
        // A hand edit out of range, or a leg that is not one, is told and skipped.
        let Line::Unreadable(why) =
            parse_line(&bare.replace(r#""muscle""#, r#""pain":11,"muscle""#))
        else {
            panic!("pain 11 read")
        };
        assert!(why.starts_with("pain 11 is not 0 to 10"), "{why}");
        assert!(matches!(
            parse_line(&bare.replace("right", "middle")),
            Line::Unreadable(_)
        ));
    }

    #[test]
    fn format_1_records_keep_their_format_1_lines() {
        // A windown of format 1 reads a file with sessions and check-ins written by this one;
        // only a cramp line is new to it (and it refuses that as a newer format).
        let s = Record::ReminderAck(ReminderAck {
            reminder_id: "hydrate".into(),
            at: t("2026-11-25T11:00:00+01:00"),
        });
        assert!(s.to_line().starts_with(r#"{"v":1,"type":"reminder_ack""#));
        assert_eq!(
            parse_line(
                r#"{"v":2,"type":"checkin","night_of":"2026-11-24","cramps":"none","recorded":"2026-11-25T07:10:00+01:00"}"#
            ),
            Line::Record(Record::Checkin(CheckinEntry::new(
                NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
                Cramps::None,
                t("2026-11-25T07:10:00+01:00")
            )))
        );
    }

    #[test]
    fn newer_versions_and_damage_are_told_apart() {
        assert_eq!(parse_line(r#"{"v":4,"type":"session"}"#), Line::Newer(4));
        assert_eq!(parse_line(r#"{"type":"x","v":12}"#), Line::Newer(12));
        assert_eq!(parse_line(r#"{"v":1,"type":"sess"#), Line::Incomplete);
        assert_eq!(
            parse_line(r#"{"type":"session","v":1,"routine"#),
            Line::Incomplete
        );
        assert_eq!(
            parse_line(r#"{"v":1,"type":"checkin",,}"#),
            Line::Unreadable("key must be a string, at column 25".into())
        );
        assert!(matches!(
            parse_line(r#"{"v":1,"type":"teleport"}"#),
            Line::Unreadable(_)
        ));
        assert!(matches!(parse_line("\u{0}\u{0}"), Line::Unreadable(_)));
        assert_eq!(parse_line("  "), Line::Blank);
    }

    #[test]
    fn unknown_fields_within_format_1_are_ignored() {
        let line = r#"{"v":1,"type":"reminder_ack","reminder_id":"hydrate","at":"2026-11-25T11:00:00+01:00","source":"dunst"}"#;
        assert!(matches!(
            parse_line(line),
            Line::Record(Record::ReminderAck(_))
        ));
        let other_order =
            r#"{"type":"reminder_ack","reminder_id":"h","at":"2026-11-25T11:00:00Z","v":1}"#;
        assert!(matches!(parse_line(other_order), Line::Record(_)));
    }

    #[test]
    fn records_are_cut_to_whole_seconds() {
        let r = Record::Checkin(CheckinEntry::new(
            NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
            Cramps::None,
            t("2026-11-25T02:55:28.231875488+01:00"),
        ));
        assert!(
            r.to_whole_seconds()
                .to_line()
                .contains(r#""recorded":"2026-11-25T02:55:28+01:00""#)
        );
    }

    #[test]
    fn notes_refuse_control_characters_and_length() {
        assert!(check_note("woke at 3, left calf").is_ok());
        assert_eq!(
            check_note("a\u{1b}[31m").unwrap_err().to_string(),
            "the note contains a control character (\\u{1b}); write it on one line of plain text"
        );
        assert!(check_note("two\nlines").is_err());
        assert!(check_note("\u{202e}abc").is_err());
        assert!(check_note(&"x".repeat(NOTE_MAX_CHARS)).is_ok());
        assert_eq!(
            check_note(&"x".repeat(NOTE_MAX_CHARS + 1)),
            Err(NoteError::TooLong(NOTE_MAX_CHARS + 1))
        );
    }

    #[test]
    fn a_count_outside_1_to_99_is_not_read() {
        let line = |n: &str| {
            format!(
                r#"{{"v":1,"type":"checkin","night_of":"2026-11-24","cramps":"bad","count":{n},"recorded":"2026-11-25T07:10:00+01:00"}}"#
            )
        };
        for ok in ["1", "99"] {
            assert!(matches!(parse_line(&line(ok)), Line::Record(_)), "{ok}");
        }
        for bad in [
            "0",
            "100",
            "4294967295",
            "4294967296",
            "18446744073709551615",
        ] {
            match parse_line(&line(bad)) {
                Line::Unreadable(why) => assert!(why.contains("is not 1 to 99"), "{why}"),
                other => panic!("{bad}: {other:?}"),
            }
        }
        assert!(matches!(parse_line(&line("-3")), Line::Unreadable(_)));
    }

    /// A history is held record by record (a quarter of a million at the 64 MiB cap): every
    /// record at a check-in's size, the rarer larger ones boxed (issue 24: 60 MB at the cap).
    #[test]
    fn a_record_is_kept_at_a_check_in_s_size() {
        assert!(
            size_of::<CheckinEntry>() <= 48,
            "{}",
            size_of::<CheckinEntry>()
        );
        assert_eq!(size_of::<Record>(), size_of::<CheckinEntry>());
    }

    #[test]
    fn the_records_of_format_3_read_back() {
        let d = |day| NaiveDate::from_ymd_opt(2026, 12, day).unwrap();
        let plan = Record::TrialPlan(Box::new(TrialPlan {
            drawn: t("2026-12-01T20:00:00+01:00"),
            first_evening: d(1),
            baseline_nights: 7,
            block_nights: 14,
            washout_nights: 3,
            orders: vec![
                PairOrder::StretchFirst,
                PairOrder::RestFirst,
                PairOrder::RestFirst,
            ],
            spare: PairOrder::StretchFirst,
            expectation: Some(6),
            medicine_change: false,
        }));
        let line = plan.to_line();
        assert_eq!(
            line,
            r#"{"v":3,"type":"trial_plan","drawn":"2026-12-01T20:00:00+01:00","first_evening":"2026-12-01","baseline_nights":7,"block_nights":14,"washout_nights":3,"orders":["stretch_first","rest_first","rest_first"],"spare":"stretch_first","expectation":6,"medicine_change":false}"#
        );
        let void = Record::Void(Void {
            target: VoidTarget::Checkin,
            target_at: t("2026-12-02T07:00:00+01:00"),
            recorded: t("2026-12-02T07:05:00+01:00"),
            undo: false,
        });
        let note = Record::TrialNote(TrialNote {
            at: t("2026-12-03T09:00:00+01:00"),
            text: "a cold".into(),
        });
        let end = Record::TrialEnd(TrialEnd {
            at: t("2026-12-04T09:00:00+01:00"),
            why: TrialEndWhy::RedFlag,
        });
        for r in [plan, void, note, end] {
            assert!(r.to_line().starts_with(r#"{"v":3,"#), "{}", r.to_line());
            assert_eq!(parse_line(&r.to_line()), Line::Record(r.clone()));
            assert_eq!(
                r.void_target(),
                None,
                "an experiment's record cannot be voided"
            );
        }
        // How long a cramp lasted makes its line format 3; without it, format 2 as before.
        let mut c = CrampEntry {
            at: t("2026-11-25T03:12:00+01:00"),
            leg: Leg::Left,
            muscle: Muscle::Calf,
            relief_seconds: None,
            lasted_seconds: Some(300),
            pain: None,
            recorded: t("2026-11-25T03:15:05+01:00"),
        };
        let line = Record::Cramp(Box::new(c.clone())).to_line();
        assert!(
            line.starts_with(r#"{"v":3,"type":"cramp""#)
                && line.contains(r#""lasted_seconds":300"#),
            "{line}"
        );
        assert_eq!(
            parse_line(&line),
            Line::Record(Record::Cramp(Box::new(c.clone())))
        );
        c.lasted_seconds = None;
        assert!(
            Record::Cramp(Box::new(c))
                .to_line()
                .starts_with(r#"{"v":2,"#)
        );
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        fn moment() -> impl Strategy<Value = DateTime<FixedOffset>> {
            (0i64..4_102_444_800, -1439i32..1440).prop_map(|(secs, minutes)| {
                DateTime::from_timestamp(secs, 0)
                    .unwrap()
                    .with_timezone(&FixedOffset::east_opt(minutes * 60).unwrap())
            })
        }

        fn day() -> impl Strategy<Value = NaiveDate> {
            moment().prop_map(|m| m.date_naive())
        }

        /// Every kind of record, with values in and out of their documented ranges.
        fn record() -> BoxedStrategy<Record> {
            let text = ".{0,16}";
            let session = (
                (text, text, moment(), moment()),
                (
                    any::<u64>(),
                    any::<Option<u64>>(),
                    any::<Option<u32>>(),
                    any::<Option<u32>>(),
                ),
                (any::<u32>(), any::<u32>(), any::<u32>(), any::<bool>()),
            )
                .prop_map(
                    |((id, title, started, ended), (active, task, done, out), (d, s, t, f))| {
                        Record::Session(Box::new(SessionEntry {
                            routine_id: id.into(),
                            routine_title: title.into(),
                            started,
                            ended,
                            active_seconds: active,
                            task_seconds: task,
                            stretches_done: done,
                            stretches_left_out: out,
                            steps_done: d,
                            steps_skipped: s,
                            steps_total: t,
                            finished: f,
                        }))
                    },
                );
            let cramps = prop_oneof![Just(Cramps::None), Just(Cramps::Mild), Just(Cramps::Bad)];
            let checkin = (
                day(),
                cramps,
                proptest::option::of(0u32..120),
                proptest::option::of(text),
                any::<Option<bool>>(),
                moment(),
            )
                .prop_map(|(night_of, cramps, count, note, woke, recorded)| {
                    Record::Checkin(CheckinEntry {
                        night_of,
                        cramps,
                        count,
                        note: note.map(String::into_boxed_str),
                        woke,
                        recorded,
                    })
                });
            let ack = (text, moment()).prop_map(|(id, at)| {
                Record::ReminderAck(ReminderAck {
                    reminder_id: id.into(),
                    at,
                })
            });
            let cramp = (
                moment(),
                (any::<bool>(), 0usize..4),
                (any::<Option<u64>>(), any::<Option<u64>>()),
                proptest::option::of(0u8..14),
                moment(),
            )
                .prop_map(|(at, (right, m), (relief, lasted), pain, recorded)| {
                    Record::Cramp(Box::new(CrampEntry {
                        at,
                        leg: if right { Leg::Right } else { Leg::Left },
                        muscle: Muscle::ALL[m],
                        relief_seconds: relief,
                        lasted_seconds: lasted,
                        pain,
                        recorded,
                    }))
                });
            let order = prop_oneof![Just(PairOrder::StretchFirst), Just(PairOrder::RestFirst)];
            let plan = (
                (moment(), day()),
                (any::<u32>(), any::<u32>(), any::<u32>()),
                proptest::collection::vec(order.clone(), 0..5),
                order,
                any::<Option<u8>>(),
                any::<bool>(),
            )
                .prop_map(|((drawn, first), (b, k, w), orders, spare, e, m)| {
                    Record::TrialPlan(Box::new(TrialPlan {
                        drawn,
                        first_evening: first,
                        baseline_nights: b,
                        block_nights: k,
                        washout_nights: w,
                        orders,
                        spare,
                        expectation: e,
                        medicine_change: m,
                    }))
                });
            let note =
                (moment(), text).prop_map(|(at, text)| Record::TrialNote(TrialNote { at, text }));
            let end = (moment(), any::<bool>()).prop_map(|(at, red)| {
                Record::TrialEnd(TrialEnd {
                    at,
                    why: if red {
                        TrialEndWhy::RedFlag
                    } else {
                        TrialEndWhy::Stopped
                    },
                })
            });
            let target = prop_oneof![
                Just(VoidTarget::Session),
                Just(VoidTarget::Checkin),
                Just(VoidTarget::ReminderAck),
                Just(VoidTarget::Cramp),
                Just(VoidTarget::Void),
            ];
            let void = (target, moment(), moment(), any::<bool>()).prop_map(
                |(target, target_at, recorded, undo)| {
                    Record::Void(Void {
                        target,
                        target_at,
                        recorded,
                        undo,
                    })
                },
            );
            prop_oneof![session, checkin, ack, cramp, plan, note, end, void].boxed()
        }

        /// A record's line, and lines near it: cut short, one byte changed, a field added,
        /// its type changed.
        fn line() -> impl Strategy<Value = String> {
            let written = record().prop_map(|r| r.to_line());
            prop_oneof![
                written.clone(),
                (written.clone(), any::<prop::sample::Index>()).prop_map(|(l, at)| {
                    let i = at.index(l.len());
                    String::from_utf8_lossy(&l.as_bytes()[..i]).into_owned()
                }),
                (written.clone(), any::<prop::sample::Index>(), any::<u8>()).prop_map(
                    |(l, at, b)| {
                        let mut bytes = l.into_bytes();
                        let i = at.index(bytes.len());
                        bytes[i] = b;
                        String::from_utf8_lossy(&bytes).into_owned()
                    }
                ),
                (
                    written.clone(),
                    "[a-z_]{1,8}",
                    "[0-9]{1,3}|\"[a-z]{0,3}\"|null"
                )
                    .prop_map(|(l, key, value)| l.replacen(
                        ",\"type\"",
                        &format!(",\"{key}\":{value},\"type\""),
                        1
                    )),
                (
                    written,
                    "session|checkin|reminder_ack|cramp|trial_plan|trial_note|trial_end|void|x"
                )
                    .prop_map(|(l, kind)| {
                        let Some((head, rest)) = l.split_once(",\"type\":\"") else {
                            return l;
                        };
                        let tail = rest.split_once('"').map_or("", |(_, t)| t);
                        format!("{head},\"type\":\"{kind}\"{tail}")
                    }),
            ]
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(3000))]

            /// The one-pass decoding of a written line gives exactly what the general
            /// (tagged, buffered) decoding gives: the same record, or a line refused the same
            /// way.
            #[test]
            fn the_fast_path_decodes_what_the_general_path_decodes(l in line()) {
                let text = l.trim();
                let general = record_line(text);
                // parse_line takes the fast path for lines of the written formats only.
                let written = (1..=FORMAT).any(|v| text.starts_with(&format!("{{\"v\":{v},")));
                if let Some(fast) = written_line(text, &mut Names::default()).filter(|_| written) {
                    match (&fast, &general) {
                        (Line::Record(a), Line::Record(b)) => prop_assert_eq!(a, b),
                        (Line::Incomplete, Line::Incomplete)
                        | (Line::Unreadable(_), Line::Unreadable(_)) => {}
                        _ => prop_assert!(false, "{text}: fast {fast:?}, general {general:?}"),
                    }
                }
            }

            /// A line read in place at the start of a file's text (its newline after it, more
            /// lines after that) is the line `parse_line` reads from the line alone, to the
            /// same record; and every record as written is read so.
            #[test]
            fn a_line_read_in_place_is_the_line_read_alone(
                l in line(),
                r in record(),
                after in "(\n|\r\n|  \n|x\n|\n\\{\"v\":1,)?.{0,20}",
            ) {
                for line in [l, r.to_line()] {
                    let region = format!("{line}{after}");
                    if let Some((fast, len)) = written_at_start(&region, &mut Names::default()) {
                        prop_assert_eq!(region.as_bytes()[len], b'\n');
                        prop_assert!(!region[..len].contains('\n'));
                        prop_assert_eq!(parse_line(&region[..len]), Line::Record(fast));
                    }
                }
                let written = format!("{}\n{after}", r.to_line());
                let kind_by_hand = matches!(
                    r,
                    Record::Session(_) | Record::Checkin(_) | Record::ReminderAck(_) | Record::Cramp(_)
                );
                // A record out of its range (a count of 100) is refused by both.
                let read = matches!(parse_line(&r.to_line()), Line::Record(_));
                if read && kind_by_hand && !r.to_line().contains('\\') {
                    let (fast, len) = written_at_start(&written, &mut Names::default()).unwrap();
                    prop_assert_eq!(len, r.to_line().len());
                    prop_assert_eq!(fast, r);
                }
            }

            /// Every record reads back as itself, by the fast path.
            #[test]
            fn every_record_reads_back_fast(r in record()) {
                let line = r.to_line();
                let general = record_line(&line);
                match written_line(&line, &mut Names::default()) {
                    Some(Line::Record(fast)) => {
                        prop_assert_eq!(&general, &Line::Record(fast.clone()));
                        prop_assert_eq!(&fast, &r);
                        // The common kinds, written without escapes, are read by hand.
                        let (kind, fields) = line
                            .split_once(",\"type\":\"")
                            .and_then(|(_, rest)| rest.split_once('"'))
                            .unwrap();
                        let by_hand = crate::history::decode::written(kind, fields, &mut Names::default());
                        if matches!(
                            r,
                            Record::Session(_) | Record::Checkin(_) | Record::ReminderAck(_) | Record::Cramp(_)
                        ) && !line.contains('\\')
                        {
                            prop_assert_eq!(by_hand, Some(r));
                        } else {
                            prop_assert!(by_hand.is_none_or(|h| h == r));
                        }
                    }
                    // Out of its documented range (a count of 0, pain 12): refused both ways.
                    Some(Line::Unreadable(_)) => {
                        prop_assert!(matches!(general, Line::Unreadable(_)), "{general:?}")
                    }
                    other => prop_assert!(false, "{line}: {other:?}"),
                }
            }
        }
    }

    /// A cramp at `at` in the left calf, with the guide's times and pain given.
    fn cramp(at: &str) -> CrampEntry {
        CrampEntry {
            at: t(at),
            leg: Leg::Left,
            muscle: Muscle::Calf,
            relief_seconds: Some(185),
            lasted_seconds: Some(15 * 60),
            pain: Some(6),
            recorded: t(at),
        }
    }

    /// `f` in language `lang`.
    fn in_lang<R>(lang: &str, f: impl FnOnce() -> R) -> R {
        let m: &'static crate::i18n::Messages =
            Box::leak(Box::new(crate::i18n::Messages::builtin(lang)));
        crate::i18n::scoped(m, f)
    }

    #[test]
    fn the_recorded_and_logged_lines_in_words() {
        let e = cramp("2026-11-25T03:12:00+01:00");
        let night = NaiveDate::from_ymd_opt(2026, 11, 24);
        assert_eq!(
            guide_recorded_line(&e, night),
            "Recorded a cramp: left calf at 03:12 on Wed 25 Nov 2026 (the night of Tue 24 Nov), \
             lasted over 10 minutes, 3m5s with the guide, pain 6/10. To remove it: windown \
             history undo"
        );
        let two = [e.clone(), cramp("2026-11-25T05:40:00+01:00")];
        assert_eq!(logged_line(&[], "last"), None);
        assert_eq!(
            logged_line(&two[..1], "that").as_deref(),
            Some("You logged 1 cramp that night: 03:12 left calf")
        );
        // Every word converted under en-XA.
        let lines = in_lang("en-XA", || {
            [
                guide_recorded_line(&e, night),
                recorded_line(&e, None),
                logged_line(&two, "last").expect("two cramps"),
                logged_line(&two, "that").expect("two cramps"),
            ]
        });
        for l in &lines {
            assert_eq!(super::super::plain_words(l), Vec::<String>::new(), "{l}");
        }
        // German: the plural and the place's words.
        assert_eq!(
            in_lang("de", || logged_line(&two, "last")).as_deref(),
            Some(
                "Sie haben letzte Nacht 2 Krämpfe eingetragen: 03:12 linke Wade, 05:40 linke Wade"
            )
        );
    }
}
