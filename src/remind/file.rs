//! `reminders.toml`: its format, the built-in default, and reading it with located errors.
//!
//! Owns turning text into a validated [`Reminders`] value: time expressions (`"10:30"`,
//! `"wake+30m"`, `"bedtime-2h"`), weekday names, ids. Knows nothing about clocks or time zones
//! (that is [`super::schedule`]) and never sends anything.

use std::collections::HashMap;
use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use chrono::NaiveTime;
use serde::Deserialize;
use toml::Spanned;

use crate::config::{self, Config};
use crate::diag::{self, Diagnostic};
use crate::duration;
use crate::paths::Dirs;
use crate::t;
use crate::text::{Id, SafeText, is_valid_id as valid_id};

/// The built-in reminders, used when the person has no `reminders.toml`; `remind init` writes
/// this text.
pub const DEFAULT_TEXT: &str = include_str!("../../assets/reminders.toml");

/// Name shown in messages for the built-in file.
pub const DEFAULT_NAME: &str = "<built-in reminders.toml>";

/// Largest reminders.toml we read.
const SIZE_LIMIT: u64 = 1024 * 1024;

/// What a time expression is relative to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// A fixed clock time.
    Clock(NaiveTime),
    /// `wake` from config.toml.
    Wake,
    /// `bedtime` from config.toml.
    Bedtime,
}

/// `"10:30"`, `"wake"`, `"bedtime-2h"`: an anchor plus a signed offset in seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeExpr {
    pub anchor: Anchor,
    pub offset_secs: i64,
}

impl TimeExpr {
    /// Seconds after midnight on the person's day, wrapped into one day (`bedtime+2h` with a
    /// 23:00 bedtime is 01:00).
    pub fn second_of_day(&self, wake: NaiveTime, bedtime: NaiveTime) -> u32 {
        use chrono::Timelike;
        let base = match self.anchor {
            Anchor::Clock(t) => t,
            Anchor::Wake => wake,
            Anchor::Bedtime => bedtime,
        };
        let s = i64::from(base.num_seconds_from_midnight()) + self.offset_secs;
        // rem_euclid keeps it in 0..86400, so the cast cannot truncate.
        s.rem_euclid(86_400) as u32
    }
}

impl fmt::Display for TimeExpr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.anchor {
            Anchor::Clock(t) => {
                use chrono::Timelike;
                if t.second() == 0 {
                    write!(f, "{}", t.format("%H:%M"))?
                } else {
                    write!(f, "{}", t.format("%H:%M:%S"))?
                }
            }
            Anchor::Wake => f.write_str("wake")?,
            Anchor::Bedtime => f.write_str("bedtime")?,
        }
        if self.offset_secs != 0 {
            let sign = if self.offset_secs < 0 { '-' } else { '+' };
            let d = Duration::from_secs(self.offset_secs.unsigned_abs());
            write!(f, "{sign}{}", duration::human(d))?;
        }
        Ok(())
    }
}

/// Why a time expression was refused; the message is for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimeExprError {
    /// Not a clock time, `wake` or `bedtime` (the trimmed text).
    NotATime(String),
    /// The offset after `+` or `-` is not a duration.
    Offset {
        text: String,
        error: duration::DurationError,
    },
    /// The offset is a day or more.
    OffsetTooLong(String),
}

impl fmt::Display for TimeExprError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let words = match self {
            TimeExprError::NotATime(t) => t!("error-not-a-time", value = t.as_str()),
            TimeExprError::Offset { text, error } => t!(
                "error-time-offset",
                value = text.as_str(),
                error = error.to_string()
            ),
            TimeExprError::OffsetTooLong(t) => t!("error-offset-too-long", value = t.as_str()),
        };
        f.write_str(&words)
    }
}

impl std::error::Error for TimeExprError {}

/// Parse a time expression.
pub fn parse_time_expr(text: &str) -> Result<TimeExpr, TimeExprError> {
    let t = text.trim();
    let bad = || TimeExprError::NotATime(t.to_string());
    let (anchor_text, rest) = match t.find(['+', '-']) {
        Some(i) => (t[..i].trim(), Some((&t[i..i + 1], t[i + 1..].trim()))),
        None => (t, None),
    };
    let anchor = match anchor_text {
        "wake" => Anchor::Wake,
        "bedtime" => Anchor::Bedtime,
        other => Anchor::Clock(config::parse_time_of_day(other).ok_or_else(bad)?),
    };
    let offset_secs = match rest {
        None => 0,
        Some((sign, d)) => {
            let d = duration::parse(d).map_err(|error| TimeExprError::Offset {
                text: t.to_string(),
                error,
            })?;
            if d.as_secs() >= 86_400 {
                return Err(TimeExprError::OffsetTooLong(t.to_string()));
            }
            let secs = d.as_secs() as i64;
            if sign == "-" { -secs } else { secs }
        }
    };
    Ok(TimeExpr {
        anchor,
        offset_secs,
    })
}

/// When a reminder fires on each of its days.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum When {
    /// `every`, anchored on `from`, up to and including `until` (the next day when `until` is
    /// not after `from`).
    Every {
        every: Duration,
        from: TimeExpr,
        until: TimeExpr,
    },
    /// Fixed times.
    At(Vec<TimeExpr>),
}

/// The seven weekdays as a set (bit 0 = Monday).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Days(pub u8);

pub(crate) const DAY_NAMES: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

impl Days {
    pub(crate) const ALL: Days = Days(0x7f);
    pub(crate) fn contains(self, day: chrono::Weekday) -> bool {
        self.0 & (1 << day.num_days_from_monday()) != 0
    }
    /// `every day`, `weekdays`, `weekends`, or `mon, wed, fri`.
    pub(crate) fn words(self) -> String {
        match self.0 {
            0x7f => "every day".into(),
            0x1f => "weekdays".into(),
            0x60 => "weekends".into(),
            _ => DAY_NAMES
                .iter()
                .enumerate()
                .filter(|(i, _)| self.0 & (1 << i) != 0)
                .map(|(_, n)| *n)
                .collect::<Vec<_>>()
                .join(", "),
        }
    }
}

/// One validated reminder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    pub id: Id,
    /// One line (tabs allowed).
    pub(crate) title: SafeText,
    pub body: Option<SafeText>,
    pub(crate) when: When,
    pub(crate) days: Days,
    pub enabled: bool,
    /// A routine the reminder invites to start (`windown <routine>`).
    pub routine: Option<Id>,
}

impl Reminder {
    /// The notification body: the body text, then how to start the routine if one is named
    /// (`windown run ID` when ID is also a command's name).
    pub fn full_body(&self) -> String {
        let mut out = self.body.as_deref().unwrap_or_default().to_string();
        if let Some(r) = &self.routine {
            if !out.is_empty() {
                out.push('\n');
            }
            // `windown ID` would run the command of that name.
            let run = if crate::routine::catalog::COMMAND_NAMES.contains(&r.as_str()) {
                "run "
            } else {
                ""
            };
            out.push_str(&format!("Start it with: windown {run}{r}"));
        }
        out
    }

    /// The schedule in words, with wake and bedtime resolved: `every 2h, 07:00-20:30, every
    /// day` or `at 10:30, 13:30, 18:00, weekdays`.
    pub fn schedule_words(&self, wake: NaiveTime, bedtime: NaiveTime) -> String {
        let clock = |e: &TimeExpr| {
            let s = e.second_of_day(wake, bedtime);
            if s.is_multiple_of(60) {
                format!("{:02}:{:02}", s / 3600, s / 60 % 60)
            } else {
                format!("{:02}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
            }
        };
        let what = match &self.when {
            When::Every { every, from, until } => {
                let (f, u) = (
                    from.second_of_day(wake, bedtime),
                    until.second_of_day(wake, bedtime),
                );
                if f == u && f == 0 {
                    format!("every {}", duration::human(*every))
                } else if f == u {
                    format!("every {} from {}", duration::human(*every), clock(from))
                } else {
                    format!(
                        "every {}, {}-{}",
                        duration::human(*every),
                        clock(from),
                        clock(until)
                    )
                }
            }
            When::At(times) => {
                let mut secs: Vec<u32> = times
                    .iter()
                    .map(|t| t.second_of_day(wake, bedtime))
                    .collect();
                secs.sort_unstable();
                secs.dedup();
                let shown: Vec<String> = secs
                    .iter()
                    .map(|s| {
                        let t = NaiveTime::from_num_seconds_from_midnight_opt(*s, 0)
                            .unwrap_or(NaiveTime::MIN);
                        clock(&TimeExpr {
                            anchor: Anchor::Clock(t),
                            offset_secs: 0,
                        })
                    })
                    .collect();
                format!("at {}", shown.join(", "))
            }
        };
        format!("{what}, {}", self.days.words())
    }
}

/// A validated reminders file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminders {
    pub(crate) reminders: Vec<Reminder>,
}

impl Reminders {
    pub fn get(&self, id: &str) -> Option<&Reminder> {
        self.reminders.iter().find(|r| r.id == id)
    }
}

/// The reminders plus the day they live in: everything the schedule needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    pub reminders: Vec<Reminder>,
    pub wake: NaiveTime,
    pub bedtime: NaiveTime,
}

impl Schedule {
    /// With `balance = "poor"` in config.toml, a reminder that starts the standing evening
    /// stretch starts the seated routine instead.
    pub fn new(reminders: Reminders, config: &Config) -> Schedule {
        let standing = crate::config::Balance::Steady.evening_routine();
        let mut reminders = reminders.reminders;
        for r in &mut reminders {
            if r.routine.as_ref().is_some_and(|id| id.as_str() == standing) {
                r.routine = Id::new(config.balance.evening_routine()).or(r.routine.take());
            }
        }
        Schedule {
            reminders,
            wake: config.wake,
            bedtime: config.bedtime,
        }
    }
}

/// Which file the reminders came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    User(PathBuf),
    BuiltIn,
}

/// Read the person's reminders.toml, or the built-in default when there is none.
pub(crate) fn load(dirs: &Dirs) -> Result<(Reminders, Source), Vec<Diagnostic>> {
    let path = dirs.reminders_file();
    match std::fs::symlink_metadata(&path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let r = parse(DEFAULT_NAME, DEFAULT_TEXT)?;
            Ok((r, Source::BuiltIn))
        }
        _ => {
            let text = crate::shape::read_text_file(&path, SIZE_LIMIT).map_err(|d| vec![d])?;
            let r = parse(&path.display().to_string(), &text)?;
            Ok((r, Source::User(path)))
        }
    }
}

/// reminders.toml and config.toml read together as far as they go ([`load_schedule_read`]).
#[derive(Debug)]
pub(crate) struct Loaded {
    /// Every reminder without a mistake, in the day of config.toml (each wrong setting at
    /// its default; all of them when config.toml cannot be read).
    pub(crate) schedule: Schedule,
    pub(crate) source: Source,
    /// Every problem of both files, located.
    pub(crate) problems: Vec<Diagnostic>,
    /// One of the files could not be read at all (a syntax error): a long-lived caller keeps
    /// what it had.
    pub(crate) broken: bool,
}

impl Loaded {
    /// The problems on stderr, every one located, then one warning line; nothing when there
    /// are none. The commands that print reminders go on with what is valid.
    pub(crate) fn warn(&self) {
        if self.problems.is_empty() {
            return;
        }
        let mut text: String = self.problems.iter().map(ToString::to_string).collect();
        let warning = if self.broken {
            t!("error-reminders-unread")
        } else {
            t!("error-reminders-mistakes")
        };
        text.push_str(&format!("warning: {warning}\n"));
        crate::error::print_err(&text);
    }
}

/// Read reminders.toml and config.toml together, never failing: the reminders that are right
/// in the day config.toml gives (see [`Config::load_or_defaults`]), and every problem of both.
pub(crate) fn load_schedule_read(dirs: &Dirs) -> Loaded {
    let (cfg, mut problems) = Config::load_or_defaults(dirs);
    let mut broken = problems.iter().any(Diagnostic::ends_reading);
    let path = dirs.reminders_file();
    let (reading, source) = match std::fs::symlink_metadata(&path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            (read(DEFAULT_NAME, DEFAULT_TEXT), Source::BuiltIn)
        }
        _ => match crate::shape::read_text_file(&path, SIZE_LIMIT) {
            Ok(text) => (read(&path.display().to_string(), &text), Source::User(path)),
            Err(d) => (
                Reading {
                    reminders: Reminders {
                        reminders: Vec::new(),
                    },
                    problems: vec![d],
                    broken: true,
                },
                Source::User(path),
            ),
        },
    };
    broken |= reading.broken;
    problems.extend(reading.problems);
    Loaded {
        schedule: Schedule::new(reading.reminders, &cfg),
        source,
        problems,
        broken,
    }
}

/// Why reminders.toml was not edited; the message is for people.
#[derive(Debug)]
pub(crate) enum EditError {
    /// The file could not be read (too large, not a regular file, not UTF-8, ...).
    Read(Diagnostic),
    /// The file has mistakes already; it is left alone until they are fixed.
    Broken(Vec<Diagnostic>),
    /// toml_edit could not read what toml could.
    Toml(toml_edit::TomlError),
    /// `reminder` is not an array of `[[reminder]]` tables (an inline array, say).
    NotTables(PathBuf),
    NoReminder {
        path: PathBuf,
        id: String,
    },
    /// The edited text would not be valid (a bug if it ever happens): nothing was written.
    Invalid(Vec<Diagnostic>),
    Write {
        path: PathBuf,
        error: std::io::Error,
    },
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EditError::Read(d) => f.write_str(&d.headline()),
            EditError::Broken(ds) => f.write_str(&t!(
                "error-fix-reminders-first",
                problem = first_headline(ds)
            )),
            EditError::Toml(e) => write!(f, "{e}"),
            EditError::NotTables(path) => write!(
                f,
                "{}: {}",
                path.display(),
                t!("error-reminders-not-tables")
            ),
            EditError::NoReminder { path, id } => write!(
                f,
                "{}: {}",
                path.display(),
                t!("error-no-reminder", id = id.as_str())
            ),
            EditError::Invalid(ds) => f.write_str(&first_headline(ds)),
            EditError::Write { path, error } => f.write_str(&t!(
                "error-io",
                what = "write",
                path = path.display().to_string(),
                error = error.to_string()
            )),
        }
    }
}

impl std::error::Error for EditError {}

fn first_headline(diags: &[Diagnostic]) -> String {
    diags.first().map(Diagnostic::headline).unwrap_or_default()
}

/// Switch reminder `id` on or off in the person's reminders.toml, keeping their comments and
/// layout (toml_edit). With no reminders.toml yet, the built-in default is written first. The
/// edited text is validated before it replaces the file, so a toggle never breaks it. Returns
/// the path of reminders.toml.
pub(crate) fn set_enabled(dirs: &Dirs, id: &str, on: bool) -> Result<PathBuf, EditError> {
    edit_reminder(dirs, id, |table| {
        match table
            .get_mut("enabled")
            .and_then(toml_edit::Item::as_value_mut)
        {
            Some(v) => {
                let decor = v.decor().clone();
                *v = toml_edit::Value::from(on);
                *v.decor_mut() = decor;
            }
            None => {
                table.insert("enabled", toml_edit::value(on));
            }
        }
    })
}

/// Change the `[[reminder]]` table of reminder `id` in the person's reminders.toml with
/// `change`, keeping their comments and layout (toml_edit). With no reminders.toml yet, the
/// built-in default is written first. The edited text is validated before it replaces the
/// file, so an edit never breaks it. Returns the path of reminders.toml.
pub(crate) fn edit_reminder(
    dirs: &Dirs,
    id: &str,
    change: impl FnOnce(&mut toml_edit::Table),
) -> Result<PathBuf, EditError> {
    let path = dirs.reminders_file();
    let shown = path.display().to_string();
    let text = if std::fs::symlink_metadata(&path).is_ok() {
        crate::shape::read_text_file(&path, SIZE_LIMIT).map_err(EditError::Read)?
    } else {
        DEFAULT_TEXT.to_string()
    };
    parse(&shown, &text).map_err(EditError::Broken)?;
    let mut doc: toml_edit::DocumentMut = text.parse().map_err(EditError::Toml)?;
    let tables = doc
        .get_mut("reminder")
        .and_then(toml_edit::Item::as_array_of_tables_mut)
        .ok_or_else(|| EditError::NotTables(path.clone()))?;
    let table = tables
        .iter_mut()
        .find(|t| t.get("id").and_then(toml_edit::Item::as_str) == Some(id))
        .ok_or_else(|| EditError::NoReminder {
            path: path.clone(),
            id: id.to_string(),
        })?;
    change(table);
    let new_text = doc.to_string();
    parse(&shown, &new_text).map_err(EditError::Invalid)?;
    // A symlinked file (dotfiles) is written where the link points, and keeps its mode.
    let write = crate::fsio::Write::new();
    let target = write.target(&path);
    write
        .to(&path, new_text.as_bytes())
        .map_err(|error| EditError::Write {
            path: target,
            error,
        })?;
    Ok(path)
}

/// The keys and types of `reminders.toml`, checked all at once by [`parse`] and published as
/// its JSON Schema (`windown schema reminders`).
pub(crate) static SHAPE: crate::shape::Shape = {
    use crate::shape::{Field, Kind, Label, Shape};
    const TIME: &str =
        "\"HH:MM\", \"wake\" or \"bedtime\", optionally with + or - a duration: \"bedtime-2h\".";
    static REMINDER: Shape = Shape {
        fields: &[
            Field::new(
                "id",
                Kind::Text,
                "Unique name: lowercase letters, digits and -.",
            ),
            Field::new("title", Kind::Text, "First line of the notification."),
            Field::new("body", Kind::Text, "More text under the title."),
            Field::new(
                "every",
                Kind::Duration,
                "Interval: \"2h\", \"45m\", \"1h30m\", from 1s to 24h.",
            ),
            Field::new("from", Kind::Text, TIME),
            Field::new("until", Kind::Text, TIME),
            Field::new("at", Kind::TextList, "A list of times of day."),
            Field::new(
                "days",
                Kind::TextList,
                "Weekdays it is on (default every day).",
            )
            .one_of(&["mon", "tue", "wed", "thu", "fri", "sat", "sun"]),
            Field::new("enabled", Kind::Bool, "false switches the reminder off."),
            Field::new(
                "routine",
                Kind::Text,
                "A routine id the notification offers to start.",
            ),
        ],
        required: &["id", "title"],
        label: Label::Plain,
    };
    Shape {
        fields: &[Field::new(
            "reminder",
            Kind::Tables(&REMINDER),
            "The reminders, each under a [[reminder]] line.",
        )],
        required: &[],
        label: Label::Plain,
    }
};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    reminder: Vec<Spanned<RawReminder>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReminder {
    id: Option<Spanned<String>>,
    title: Option<Spanned<String>>,
    body: Option<Spanned<String>>,
    every: Option<Spanned<toml::Value>>,
    from: Option<Spanned<String>>,
    until: Option<Spanned<String>>,
    at: Option<Spanned<Vec<Spanned<String>>>>,
    days: Option<Spanned<Vec<Spanned<String>>>>,
    enabled: Option<bool>,
    routine: Option<Spanned<String>>,
}

/// Parse and validate the text of a reminders file; `path` is only used in messages. Every
/// problem found is reported, not only the first.
pub fn parse(path: &str, text: &str) -> Result<Reminders, Vec<Diagnostic>> {
    let r = read(path, text);
    if r.problems.is_empty() {
        Ok(r.reminders)
    } else {
        Err(r.problems)
    }
}

/// A reminders file read as far as it goes ([`read`]).
#[derive(Debug)]
pub(crate) struct Reading {
    /// Every reminder without a mistake (a reminder with one is left out); none when the
    /// file could not be read (a syntax error).
    pub(crate) reminders: Reminders,
    /// Every problem found, located (the first 50).
    pub(crate) problems: Vec<Diagnostic>,
    /// The file could not be read at all: a caller keeps what it had.
    pub(crate) broken: bool,
}

/// Read the text of a reminders file as far as it goes: every reminder that is right, and
/// every problem in the file in one report (syntax, keys, types, then the values).
pub(crate) fn read(path: &str, text: &str) -> Reading {
    read_knowing(path, text, None)
}

/// [`read`], and with `known` (the routine ids windown has) a reminder that names another
/// routine is a mistake too (`windown validate`; elsewhere it is a warning and still sent).
pub(crate) fn read_knowing(path: &str, text: &str, known: Option<&[&str]>) -> Reading {
    let crate::shape::Shaped {
        value,
        problems: mut errors,
        broken,
        refused,
    } = crate::shape::read::<RawFile>(path, text, &SHAPE, crate::shape::syntax_problem);
    let bad_item = |start: usize| refused.item_is_bad(start);
    let dropped = |start: usize, key: &str| refused.dropped(start, key);
    // However many mistakes the file holds, only the first 50 are ever built (see
    // [`diag::Problems`]): reporting a broken file up to the size limit stays quick.
    let raw = match value {
        Ok(raw) => raw,
        Err(ref e) => {
            let d = crate::shape::toml_error(path, text, e);
            errors.push(diag::Problem::from_diagnostic(e.span().unwrap_or(0..0), d));
            RawFile {
                reminder: Vec::new(),
            }
        }
    };
    let mut out = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let at = |span: std::ops::Range<usize>, msg: String| diag::Problem::new(span, msg);
    let time = |s: &Spanned<String>, errors: &mut diag::Problems| match parse_time_expr(s.get_ref())
    {
        Ok(t) => Some(t),
        Err(m) => {
            errors.push(at(s.span(), m.to_string()).with_hint(t!("hint-time-expr")));
            None
        }
    };
    // After a syntax error, what seems missing from the last reminder read may only be unread.
    let unread_from = if broken {
        raw.reminder.len().saturating_sub(1)
    } else {
        usize::MAX
    };
    for (n, item) in raw.reminder.into_iter().enumerate() {
        let before = errors.len();
        let start = item.span().start;
        let header = header_span(text, item.span());
        let r = item.into_inner();
        // Reminders are read in file order: once 50 problems are found in earlier ones, no
        // problem of this one is shown, and a "did you mean" for it would be wasted work.
        let only_counted = errors.is_full();
        for (key, value, example) in [
            ("id", r.id.is_some(), "id = \"legs-up\""),
            ("title", r.title.is_some(), "title = \"Legs up\""),
        ] {
            if !value && !dropped(start, key) && n < unread_from {
                errors.push(
                    at(
                        header.clone(),
                        t!("error-reminder-has-no", n = n + 1, key = key),
                    )
                    .with_hint(t!("hint-reminder-add-line", example = example)),
                );
            }
        }
        // Without an id or a title the reminder is left out, and its other values are
        // still checked: every mistake in one report.
        let missing = r.id.is_none() || r.title.is_none();
        let bad_shape = bad_item(start) || missing;
        let id_s =
            r.id.clone()
                .unwrap_or_else(|| Spanned::new(header.clone(), format!("reminder-{}", n + 1)));
        let title = r
            .title
            .clone()
            .unwrap_or_else(|| Spanned::new(header.clone(), "(no title)".into()));
        let id = id_s.get_ref().clone();
        if r.id.is_none() {
            // Told above.
        } else if !valid_id(&id) {
            errors.push(
                at(id_s.span(), t!("error-bad-reminder-id", id = id.as_str()))
                    .with_hint(t!("hint-reminder-id")),
            );
        } else if let Some(first) = seen.get(&id) {
            let (line, _) = errors.lines().line_of(*first);
            errors.push(
                at(
                    id_s.span(),
                    t!("error-duplicate-reminder", id = id.as_str()),
                )
                .with_hint(t!("hint-duplicate-reminder", line = line)),
            );
        } else {
            seen.insert(id.clone(), id_s.span().start);
        }
        if title.get_ref().trim().is_empty() {
            errors.push(at(title.span(), t!("error-reminder-title-empty")));
        }
        // Text goes to the terminal and to notification servers: no escape sequences.
        let body = r.body.map(|b| {
            let span = b.span();
            (span, b.into_inner().replace("\r\n", "\n"))
        });
        let texts = [
            Some(("title", title.span(), title.get_ref().as_str(), false)),
            body.as_ref()
                .map(|(span, b)| ("body", span.clone(), b.as_str(), true)),
        ];
        for (key, span, value, lines) in texts.into_iter().flatten() {
            if let Some(c) = crate::text::first_unsafe(value, lines) {
                let hint = match crate::text::unsafe_hint(c, "").as_str() {
                    "" if lines => t!("hint-body-control"),
                    "" => t!("hint-reminder-title-control"),
                    bidi => bidi.to_string(),
                };
                errors.push(
                    at(
                        span,
                        t!(
                            "error-reminder-control",
                            key = key,
                            code = format!("U+{:04X}", c as u32)
                        ),
                    )
                    .with_hint(hint),
                );
            }
        }
        let when = match (&r.every, &r.at) {
            (Some(_), Some(a)) => {
                errors.push(
                    at(a.span(), t!("error-every-and-at", id = id.as_str()))
                        .with_hint(t!("hint-every-and-at")),
                );
                None
            }
            (None, None) if dropped(start, "every") || dropped(start, "at") => None,
            (None, None) => {
                errors.push(
                    at(id_s.span(), t!("error-no-every-nor-at", id = id.as_str()))
                        .with_hint(t!("hint-no-every-nor-at")),
                );
                None
            }
            (Some(every), None) => {
                let d = match every.get_ref() {
                    toml::Value::String(t) => duration::parse(t).map_err(|e| e.to_string()),
                    toml::Value::Integer(n) => duration::from_seconds(*n),
                    _ => Err(duration::not_whole_seconds()),
                };
                let from = r.from.as_ref().map(|s| time(s, &mut errors));
                let until = r.until.as_ref().map(|s| time(s, &mut errors));
                match d {
                    Err(e) => {
                        errors.push(
                            at(every.span(), format!("every: {e}")).with_hint(t!("hint-interval")),
                        );
                        None
                    }
                    Ok(d) => every_window(d, every.span(), from, until, &mut errors),
                }
            }
            (None, Some(list)) => {
                for key in [&r.from, &r.until].into_iter().flatten() {
                    errors.push(
                        at(key.span(), t!("error-from-until-with-at"))
                            .with_hint(t!("hint-from-until-with-at")),
                    );
                }
                if list.get_ref().is_empty() {
                    errors
                        .push(at(list.span(), t!("error-at-empty")).with_hint(t!("hint-at-empty")));
                }
                let times: Vec<Option<TimeExpr>> = list
                    .get_ref()
                    .iter()
                    .map(|s| time(s, &mut errors))
                    .collect();
                times.into_iter().collect::<Option<Vec<_>>>().map(When::At)
            }
        };
        let mut days = Days::ALL;
        if let Some(list) = &r.days {
            days = Days(0);
            if list.get_ref().is_empty() {
                errors
                    .push(at(list.span(), t!("error-days-empty")).with_hint(t!("hint-days-empty")));
            }
            for d in list.get_ref() {
                let name = d.get_ref().trim().to_lowercase();
                match DAY_NAMES.iter().position(|n| *n == name) {
                    Some(i) => days.0 |= 1 << i,
                    None if only_counted => {
                        errors.push(at(
                            d.span(),
                            t!("error-not-a-day", value = d.get_ref().as_str()),
                        ));
                    }
                    None => {
                        let hint = DAY_NAMES
                            .iter()
                            .find(|n| name.len() >= 3 && name.starts_with(*n))
                            .copied()
                            .or_else(|| diag::did_you_mean(&name, DAY_NAMES))
                            .map_or_else(
                                || t!("hint-days", names = DAY_NAMES.join(", ")),
                                crate::shape::did_you_mean_hint,
                            );
                        errors.push(
                            at(
                                d.span(),
                                t!("error-not-a-day", value = d.get_ref().as_str()),
                            )
                            .with_hint(hint),
                        );
                    }
                }
            }
        }
        if let Some(rt) = &r.routine
            && !valid_id(rt.get_ref())
        {
            errors.push(
                at(
                    rt.span(),
                    t!("error-not-routine-id", value = rt.get_ref().as_str()),
                )
                .with_hint(t!("hint-routine-id")),
            );
        }
        if let (Some(rt), Some(known)) = (&r.routine, known)
            && valid_id(rt.get_ref())
            && !known.contains(&rt.get_ref().as_str())
        {
            let hint = match diag::did_you_mean(rt.get_ref(), known.iter().copied()) {
                Some(s) => crate::shape::did_you_mean_hint(s),
                None => t!("hint-see-list"),
            };
            errors.push(
                at(
                    rt.span(),
                    t!("error-no-routine", value = rt.get_ref().as_str()),
                )
                .with_hint(hint),
            );
        }
        if errors.len() > before || bad_shape {
            continue;
        }
        if let Some(when) = when {
            // Every check above passed: the id is valid and the texts hold nothing refused
            // (`SafeText::from` keeps a clean string as it is).
            out.push(Reminder {
                id: Id::new(&id).unwrap_or_else(Id::stand_in),
                title: SafeText::from(title.into_inner()),
                body: body
                    .map(|(_, b)| SafeText::from(b))
                    .filter(|b| !b.trim().is_empty()),
                when,
                days,
                enabled: r.enabled.unwrap_or(true),
                routine: r.routine.and_then(|rt| Id::new(rt.get_ref())),
            });
        }
    }
    Reading {
        reminders: Reminders {
            reminders: if broken { Vec::new() } else { out },
        },
        problems: errors.finish(),
        broken,
    }
}

/// The window of an `every` reminder once its interval `d` reads: `None` (with the problem
/// told) for an interval out of range or a `from`/`until` that did not read.
fn every_window(
    d: Duration,
    span: std::ops::Range<usize>,
    from: Option<Option<TimeExpr>>,
    until: Option<Option<TimeExpr>>,
    errors: &mut diag::Problems,
) -> Option<When> {
    let at = |span: std::ops::Range<usize>, msg: String| diag::Problem::new(span, msg);
    if d.is_zero() {
        errors.push(at(span.clone(), t!("error-every-zero")).with_hint(t!("hint-every-zero")));
        None
    } else if d.as_secs() > 86_400 {
        errors.push(at(span, t!("error-every-too-long")).with_hint(t!("hint-every-too-long")));
        None
    } else {
        let midnight = TimeExpr {
            anchor: Anchor::Clock(NaiveTime::MIN),
            offset_secs: 0,
        };
        match (from, until) {
            (Some(None), _) | (_, Some(None)) => None,
            (f, u) => Some(When::Every {
                every: d,
                from: f.flatten().unwrap_or(midnight),
                until: u.flatten().unwrap_or(midnight),
            }),
        }
    }
}

/// Where "reminder 2 has no title" points: the reminder's `[[reminder]]` line when its
/// table starts with one (`span` is the table's), else the start of its table.
fn header_span(text: &str, span: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let rest = text.get(span.start..).unwrap_or_default();
    let line = rest.split('\n').next().unwrap_or_default();
    match line.find("]]") {
        Some(end) if line.starts_with("[[") => span.start..span.start + end + 2,
        _ => span.start..span.start + 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_routine_named_like_a_command_is_started_with_run() {
        let r = parse(
            "r",
            "[[reminder]]\nid = \"a\"\ntitle = \"A\"\nat = [\"21:00\"]\nroutine = \"stats\"\n\n\
             [[reminder]]\nid = \"b\"\ntitle = \"B\"\nat = [\"21:00\"]\nroutine = \"calm-legs\"\n",
        )
        .unwrap();
        assert_eq!(
            r.get("a").unwrap().full_body(),
            "Start it with: windown run stats"
        );
        assert_eq!(
            r.get("b").unwrap().full_body(),
            "Start it with: windown calm-legs"
        );
    }

    #[test]
    fn the_built_in_file_is_valid() {
        let r = parse(DEFAULT_NAME, DEFAULT_TEXT).unwrap();
        let ids: Vec<&str> = r.reminders.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "hydration",
                "legs-up",
                "caffeine",
                "last-drink",
                "wind-down",
                "evening-stretch"
            ]
        );
        assert!(
            r.get("wind-down")
                .unwrap()
                .full_body()
                .ends_with("windown wind-down")
        );
    }

    #[test]
    fn poor_balance_names_the_seated_routine() {
        let routine = |c: &Config| {
            let s = Schedule::new(parse(DEFAULT_NAME, DEFAULT_TEXT).unwrap(), c);
            let r = s.reminders.iter().find(|r| r.id == "evening-stretch");
            r.and_then(|r| r.routine.clone()).unwrap().into_string()
        };
        assert_eq!(routine(&Config::default()), "evening-legs");
        let poor = Config {
            balance: config::Balance::Poor,
            ..Config::default()
        };
        assert_eq!(routine(&poor), "seated-legs");
    }

    #[test]
    fn control_characters_are_refused_where_they_are() {
        let text = "[[reminder]]\nid = \"a\"\ntitle = \"Red \\u001b[31m\"\nbody = \"one\\ntwo\\r\\nthree\"\nat = [\"10:00\"]\n\n[[reminder]]\nid = \"b\"\ntitle = \"B\"\nbody = \"bell \\u0007\"\nat = [\"10:00\"]\n";
        let e = parse("r.toml", text).unwrap_err();
        let lines: Vec<String> = e
            .iter()
            .map(|d| format!("{}:{} {}", d.line, d.column, d.headline()))
            .collect();
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(lines[0].starts_with("3:9 "), "{lines:?}");
        assert!(
            lines[0].contains("the title contains the control character U+001B"),
            "{lines:?}"
        );
        assert!(lines[1].starts_with("10:8 "), "{lines:?}");
        assert!(
            lines[1].contains("the body contains the control character U+0007"),
            "{lines:?}"
        );
        // A bidirectional mark is refused too, with a word on why.
        let marked = "[[reminder]]\nid = \"a\"\ntitle = \"A\\u200E\"\nat = [\"10:00\"]\n";
        let e = parse("r.toml", marked).unwrap_err();
        assert!(
            e[0].headline()
                .contains("the title contains the control character U+200E"),
            "{e:?}"
        );
        assert_eq!(
            e[0].hint.as_deref(),
            Some(crate::text::bidi_hint().as_str())
        );
        // Line breaks in a body are fine (CRLF becomes LF).
        let ok = "[[reminder]]\nid = \"a\"\ntitle = \"A\"\nbody = \"one\\ntwo\\r\\nthree\"\nat = [\"10:00\"]\n";
        let r = parse("r.toml", ok).unwrap();
        assert_eq!(r.reminders[0].body.as_deref(), Some("one\ntwo\nthree"));
    }

    #[cfg(unix)]
    #[test]
    fn toggling_writes_through_a_symlink_and_keeps_the_mode() {
        use std::os::unix::fs::PermissionsExt;
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(tmp.path());
        let real = tmp.path().join("dotfiles/reminders.toml");
        std::fs::create_dir_all(real.parent().unwrap()).unwrap();
        std::fs::write(&real, DEFAULT_TEXT).unwrap();
        std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o600)).unwrap();
        std::fs::create_dir_all(&dirs.config).unwrap();
        std::os::unix::fs::symlink(&real, dirs.reminders_file()).unwrap();
        set_enabled(&dirs, "legs-up", false).unwrap();
        let link = std::fs::symlink_metadata(dirs.reminders_file()).unwrap();
        assert!(link.file_type().is_symlink(), "the link is kept");
        let text = std::fs::read_to_string(&real).unwrap();
        assert!(text.contains("enabled = false"), "{text}");
        let mode = std::fs::metadata(&real).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[test]
    fn time_expressions() {
        let p = |s| parse_time_expr(s).map(|t| t.to_string());
        assert_eq!(p("bedtime-2h").as_deref(), Ok("bedtime-2h"));
        assert_eq!(p(" wake + 30m ").as_deref(), Ok("wake+30m"));
        assert_eq!(p("07:00:30").as_deref(), Ok("07:00:30"));
        assert_eq!(p("10:00+1m30s").as_deref(), Ok("10:00+1m30s"));
        let err = |s| parse_time_expr(s).unwrap_err().to_string();
        assert_eq!(err(" 7am"), "\"7am\" is not a time");
        assert!(err("bedtime-2").starts_with("in \"bedtime-2\": "));
        assert_eq!(
            err("wake+25h"),
            "in \"wake+25h\": the offset must be less than a day"
        );
        let t = parse_time_expr("bedtime+2h").unwrap();
        let hm = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        assert_eq!(t.second_of_day(hm(7, 0), hm(23, 0)), 3600);
        let t = parse_time_expr("wake-8h").unwrap();
        assert_eq!(t.second_of_day(hm(7, 0), hm(23, 0)), 23 * 3600);
    }

    #[test]
    fn toggling_keeps_comments_and_starts_from_the_default() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(tmp.path());
        set_enabled(&dirs, "legs-up", false).unwrap();
        let text = std::fs::read_to_string(dirs.reminders_file()).unwrap();
        assert_eq!(
            text,
            DEFAULT_TEXT.replacen(
                "at = [\"10:30\", \"13:30\", \"18:00\"]\nenabled = true",
                "at = [\"10:30\", \"13:30\", \"18:00\"]\nenabled = false",
                1
            )
        );
        std::fs::write(
            dirs.reminders_file(),
            "# mine\n[[reminder]]\nid = \"a\" # the id\ntitle = \"A\"\nat = [\"10:00\"]\n",
        )
        .unwrap();
        set_enabled(&dirs, "a", false).unwrap();
        set_enabled(&dirs, "a", true).unwrap();
        assert_eq!(
            std::fs::read_to_string(dirs.reminders_file()).unwrap(),
            "# mine\n[[reminder]]\nid = \"a\" # the id\ntitle = \"A\"\nat = [\"10:00\"]\nenabled = true\n"
        );
        assert!(
            set_enabled(&dirs, "b", true)
                .unwrap_err()
                .to_string()
                .ends_with("there is no reminder \"b\"")
        );
    }

    #[test]
    fn errors_are_located_and_all_reported() {
        let src =
            "[[reminder]]\nid = \"a\"\ntitle = \"A\"\nat = [\"25:00\"]\ndays = [\"monday\"]\n";
        let e = parse("r.toml", src).unwrap_err();
        let heads: Vec<String> = e.iter().map(|d| d.headline()).collect();
        assert_eq!(
            heads,
            [
                "r.toml:4:7: \"25:00\" is not a time",
                "r.toml:5:9: \"monday\" is not a day"
            ]
        );
        assert_eq!(e[1].hint.as_deref(), Some("did you mean \"mon\"?"));
        let e = parse(
            "r.toml",
            "[[reminder]]\nid = \"a\"\ntitle = \"A\"\nevery = \"25h\"\n",
        )
        .unwrap_err();
        assert_eq!(e[0].headline(), "r.toml:4:9: every must be at most 24h");
        let e = parse("r.toml", "[[reminders]]\nid = \"a\"\n").unwrap_err();
        assert_eq!(e[0].headline(), "r.toml:1:3: unknown key \"reminders\"");
        assert_eq!(e[0].hint.as_deref(), Some("did you mean \"reminder\"?"));
    }

    #[test]
    fn a_reminder_with_a_mistake_is_left_out_and_the_rest_kept() {
        let text = "[[reminder]]\nid = \"good\"\ntitle = \"Good\"\nat = [\"10:00\"]\n\
                    [[reminder]]\nid = \"typed\"\ntitle = 3\nat = [\"11:00\"]\n\
                    [[reminder]]\nid = \"valued\"\ntitle = \"V\"\nat = [\"25:00\"]\n\
                    [[reminder]]\nid = \"untitled\"\nevery = \"2x\"\n";
        let r = read("r.toml", text);
        let ids: Vec<&str> = r
            .reminders
            .reminders
            .iter()
            .map(|r| r.id.as_str())
            .collect();
        assert_eq!(ids, ["good"]);
        assert!(!r.broken);
        let heads: Vec<String> = r.problems.iter().map(Diagnostic::headline).collect();
        assert_eq!(
            heads,
            [
                "r.toml:7:9: title must be text in quotes, not a whole number (3)",
                "r.toml:12:7: \"25:00\" is not a time",
                "r.toml:13:1: reminder 4 has no title",
                "r.toml:15:9: every: \"2x\" is not a duration: use a number with a unit, like \"10s\", \"1m30s\" or \"2h\"",
            ]
        );
        assert_eq!(
            r.problems[2].hint.as_deref(),
            Some("add a line title = \"Legs up\" under its [[reminder]]")
        );
        // A syntax error: nothing of the file is in force.
        let r = read("r.toml", &format!("{text}oops = = 1\n"));
        assert!(r.broken && r.reminders.reminders.is_empty());
    }

    #[test]
    fn an_unknown_routine_is_a_mistake_when_the_routines_are_known() {
        let text = "[[reminder]]\nid = \"a\"\ntitle = \"A\"\nat = [\"10:00\"]\nroutine = \"evening-leg\"\n";
        assert!(read("r.toml", text).problems.is_empty());
        let r = read_knowing("r.toml", text, Some(&["evening-legs"]));
        assert_eq!(
            r.problems[0].headline(),
            "r.toml:5:11: there is no routine \"evening-leg\""
        );
        assert_eq!(
            r.problems[0].hint.as_deref(),
            Some("did you mean \"evening-legs\"?")
        );
    }
}
