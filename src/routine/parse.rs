//! Reading one routine file: TOML text in, a validated [`Routine`] (every default applied) or
//! every problem found, each located at a line and column.
//!
//! This module owns the file format and its limits (documented in docs/routines.md, "The routine
//! file format"). It does no I/O except [`read_file`], which reads one file with a size limit;
//! it never panics on any input. The first syntax error, unknown keys and wrong types come from
//! [`crate::shape::read`]; the values it lets through are checked here (limits, unknown
//! targets and stretches, bad names), and both kinds go in one report, each naming the step it
//! belongs to.

use std::ops::Range;
use std::path::Path;
use std::time::Duration;

use serde::Deserialize;
use toml::Spanned;

use super::library::{Library, Stretch};
use super::model::{
    Breathe, Id, Origin, Position, Routine, RoutineKind, SafeText, Sides, Step, StepKind, Target,
};
use crate::diag::{self, Diagnostic, did_you_mean};
use crate::duration::{self, human};
use crate::shape::{Field, Kind, Label, Shape};
use crate::shape::{read_text_file, toml_error};
use crate::t;

/// Largest routine file read, in bytes.
pub(crate) const MAX_FILE_BYTES: u64 = 1024 * 1024;
/// Most steps in one routine.
pub(crate) const MAX_STEPS: usize = 200;
/// Reps per step.
pub(crate) const MIN_REPS: i64 = 1;
pub(crate) const MAX_REPS: i64 = 50;
/// Longest duration of any kind.
pub(crate) const MAX_DURATION: Duration = Duration::from_secs(2 * 60 * 60);
pub(crate) use super::model::MAX_TEXT_CHARS;

/// Defaults when neither the step nor `[defaults]` sets a value.
pub(crate) const DEFAULT_PREPARE: Duration = Duration::from_secs(5);
pub(crate) const DEFAULT_SWITCH: Duration = Duration::from_secs(5);
pub(crate) const DEFAULT_REPS: u32 = 1;
pub(crate) const DEFAULT_REST: Duration = Duration::ZERO;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRoutine {
    title: Option<Spanned<String>>,
    id: Option<Spanned<String>>,
    summary: Option<Spanned<String>>,
    notes: Option<Spanned<String>>,
    lang: Option<Spanned<String>>,
    kind: Option<Spanned<String>>,
    defaults: Option<Spanned<RawDefaults>>,
    step: Option<Spanned<Vec<Spanned<RawStep>>>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawDefaults {
    prepare: Option<Spanned<toml::Value>>,
    #[serde(alias = "hold")]
    duration: Option<Spanned<toml::Value>>,
    reps: Option<Spanned<toml::Value>>,
    rest: Option<Spanned<toml::Value>>,
    switch: Option<Spanned<toml::Value>>,
    sides: Option<Spanned<String>>,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
struct RawStep {
    /// A stretch of the library whose text this step inherits (see [`Cx::inherit`]).
    stretch: Option<Spanned<String>>,
    title: Option<Spanned<String>>,
    instructions: Option<Vec<Spanned<String>>>,
    caution: Option<Spanned<String>>,
    targets: Option<Vec<Spanned<String>>>,
    figure: Option<Spanned<String>>,
    kind: Option<Spanned<String>>,
    prepare: Option<Spanned<toml::Value>>,
    #[serde(alias = "hold")]
    duration: Option<Spanned<toml::Value>>,
    reps: Option<Spanned<toml::Value>>,
    rest: Option<Spanned<toml::Value>>,
    switch: Option<Spanned<toml::Value>>,
    sides: Option<Spanned<String>>,
    breathe: Option<Spanned<RawBreathe>>,
    spoken: Option<Spanned<String>>,
    spoken_side: Option<Spanned<String>>,
    position: Option<Spanned<String>>,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
struct RawBreathe {
    #[serde(rename = "in")]
    inhale: Option<Spanned<toml::Value>>,
    #[serde(rename = "out")]
    exhale: Option<Spanned<toml::Value>>,
}

/// The keys and types of a routine file, checked all at once before the file is read
/// ([`crate::shape`]) and published as its JSON Schema (`windown schema routine`).
pub(crate) static SHAPE: Shape = Shape {
    fields: &[
        Field::new(
            "title",
            Kind::Text,
            "Shown in lists and at the top of the session. One line.",
        ),
        Field::new(
            "id",
            Kind::Text,
            "1-64 of a-z, 0-9 and -; the file name without .toml when not set.",
        ),
        Field::new("summary", Kind::Text, "One line for lists."),
        Field::new(
            "notes",
            Kind::Text,
            "Longer text: the evidence behind the routine, cautions, safety.",
        ),
        Field::new(
            "lang",
            Kind::Text,
            "The language its words are in, e.g. \"de\": speech uses its voice and cues.",
        )
        .one_of(crate::i18n::LANGUAGES),
        Field::new("kind", Kind::Text, "What the routine is for.")
            .one_of(&["stretch", "wind-down"]),
        Field::new(
            "defaults",
            Kind::Table(&DEFAULTS),
            "Values for steps that do not set them.",
        ),
        Field::new(
            "step",
            Kind::Tables(&STEP),
            "The steps, in order: at least 1, at most 200.",
        ),
    ],
    required: &["title", "step"],
    label: Label::Plain,
};

const PREPARE: &str = "Get-ready lead-in before the step, e.g. \"5s\".";
const DURATION: &str = "Length of one rep on one side, e.g. \"30s\" or \"1m\".";
const REPS: &str = "Repetitions on each side, 1 to 50.";
const REST: &str = "Pause between reps, e.g. \"10s\".";
const SWITCH: &str = "Pause between the left and the right side.";
const SIDES: &str = "\"both\": all reps on the left, a switch pause, then the right.";
const SIDE_WORDS: &[&str] = &["none", "both", "left", "right"];

static DEFAULTS: Shape = Shape {
    fields: &[
        Field::new("prepare", Kind::Duration, PREPARE),
        Field::new("duration", Kind::Duration, DURATION),
        Field::new("hold", Kind::Duration, DURATION),
        Field::new("reps", Kind::Int, REPS),
        Field::new("rest", Kind::Duration, REST),
        Field::new("switch", Kind::Duration, SWITCH),
        Field::new("sides", Kind::Text, SIDES).one_of(SIDE_WORDS),
    ],
    required: &[],
    label: Label::Named("[defaults]"),
};

static STEP: Shape = Shape {
    fields: &[
        Field::new(
            "title",
            Kind::Text,
            "What the step is, e.g. \"Wall calf stretch\". One line.",
        ),
        Field::new(
            "instructions",
            Kind::TextList,
            "How to do it, one entry per line; may say {side} and {other}.",
        ),
        Field::new("caution", Kind::Text, "When to ease off or skip it."),
        Field::new(
            "spoken",
            Kind::Text,
            "What is said at its get ready: how to do it, a dozen words (a task: said in place of its instructions).",
        ),
        Field::new(
            "spoken_side",
            Kind::Text,
            "The movement said with each side, e.g. \"{side} foot back\": \"Left foot back first.\"",
        ),
        Field::new("targets", Kind::TextList, "What it works on.").one_of(&[
            "calves",
            "hamstrings",
            "quadriceps",
            "hips",
            "glutes",
            "feet",
            "back",
            "breathing",
            "relaxation",
            "sleep",
        ]),
        Field::new(
            "figure",
            Kind::Text,
            "An illustration shown beside the step.",
        ),
        Field::new(
            "stretch",
            Kind::Text,
            "A stretch from the library (`windown stretches`): the step takes its title, \
             instructions, caution, figure, targets, sides and position, unless it sets them itself.",
        ),
        Field::new(
            "position",
            Kind::Text,
            "How the body is placed: with poor balance, home marks the standing steps.",
        )
        .one_of(&Position::NAMES),
        Field::new(
            "kind",
            Kind::Text,
            "A task has no timer: the session waits until it is marked done.",
        )
        .one_of(&["timed", "task"]),
        Field::new("prepare", Kind::Duration, PREPARE),
        Field::new("duration", Kind::Duration, DURATION),
        Field::new("hold", Kind::Duration, DURATION),
        Field::new("reps", Kind::Int, REPS),
        Field::new("rest", Kind::Duration, REST),
        Field::new("switch", Kind::Duration, SWITCH),
        Field::new("sides", Kind::Text, SIDES).one_of(SIDE_WORDS),
        Field::new(
            "breathe",
            Kind::Table(&BREATHE),
            "A breath pacer during the holds, e.g. { in = \"4s\", out = \"6s\" }.",
        ),
    ],
    // A step names what it is, or the library stretch it is.
    required: &["title|stretch"],
    label: Label::Counted("step"),
};

static BREATHE: Shape = Shape {
    fields: &[
        Field::new(
            "in",
            Kind::Duration,
            "Breathing in, over 0 and at most 30s.",
        ),
        Field::new(
            "out",
            Kind::Duration,
            "Breathing out, over 0 and at most 30s.",
        ),
    ],
    required: &[],
    label: Label::Plain,
};

/// The longest half of a breath a pacer may ask for.
const MAX_BREATH: Duration = Duration::from_secs(30);

pub(crate) use crate::text::{is_valid_figure_name, is_valid_id};

/// What is wrong with `title` as a routine's or a step's title, by the rules of the file
/// format (the parser's, and `windown new --title`'s): the message and its hint. `None` for a
/// good title.
pub(crate) fn title_problem(title: &str) -> Option<(String, String)> {
    if let Some(c) = crate::text::first_unsafe(title, true) {
        return Some((control_char("title", c), control_hint(c)));
    }
    let n = title.chars().count();
    if n > MAX_TEXT_CHARS {
        return Some((too_long("title", n), t!("hint-title-one-line")));
    }
    if title.trim().is_empty() {
        return Some((t!("error-title-empty"), t!("hint-title-name-it")));
    }
    if title.contains(['\n', '\t']) {
        return Some((t!("error-title-one-line"), t!("hint-title-one-line")));
    }
    None
}

/// `KEY contains the control character U+001B`.
fn control_char(key: &str, c: char) -> String {
    t!(
        "error-control-char",
        key = key,
        code = format!("U+{:04X}", c as u32)
    )
}

/// The hint for a refused character: the bidirectional one's, or that text may hold line
/// breaks and tabs only.
fn control_hint(c: char) -> String {
    match crate::text::unsafe_hint(c, "").as_str() {
        "" => t!("hint-control-char"),
        bidi => bidi.to_string(),
    }
}

/// `KEY is too long (N characters; the limit is 2000)`.
fn too_long(key: &str, n: usize) -> String {
    t!("error-too-long", key = key, n = n, limit = MAX_TEXT_CHARS)
}

/// Read and parse one routine file (size-limited, UTF-8 checked). The id defaults to the file
/// stem.
pub(crate) fn read_file(path: &Path) -> Result<Routine, Vec<Diagnostic>> {
    read_file_and_text(path).map(|(routine, _)| routine)
}

/// [`read_file`], also handing back the file's text (for a copy that keeps its comments).
pub(crate) fn read_file_and_text(path: &Path) -> Result<(Routine, String), Vec<Diagnostic>> {
    read_file_as(path, None)
}

/// [`read_file_and_text`], with `id` in place of the file's name as the id when the file sets
/// none (`windown import FILE --id ID`: the file's name then does not matter).
pub(crate) fn read_file_as(
    path: &Path,
    id: Option<&str>,
) -> Result<(Routine, String), Vec<Diagnostic>> {
    let text = read_text_file(path, MAX_FILE_BYTES).map_err(|d| vec![d])?;
    let stem = match id {
        Some(id) => std::borrow::Cow::Borrowed(id),
        None => path
            .file_stem()
            .map(|s| s.to_string_lossy())
            .unwrap_or_default(),
    };
    parse_with(
        &Library::for_routine_file(path),
        &path.display().to_string(),
        &text,
        &stem,
        Origin::File(path.to_path_buf()),
    )
    .map(|routine| (routine, text))
}

/// Parse and validate the text of a routine file. `shown` names the file in messages;
/// `stem` is the id used when the file sets none.
pub fn parse(
    shown: &str,
    text: &str,
    stem: &str,
    origin: Origin,
) -> Result<Routine, Vec<Diagnostic>> {
    parse_with(Library::builtin(), shown, text, stem, origin)
}

/// [`parse`], with `library` the stretches a step may name.
pub fn parse_with(
    library: &Library,
    shown: &str,
    text: &str,
    stem: &str,
    origin: Origin,
) -> Result<Routine, Vec<Diagnostic>> {
    // Every syntax error, unknown key and wrong type at once; the meaning is checked below,
    // once the file has the right shape.
    // The file's tables, found once for all its syntax errors (each names its table).
    let tables = std::cell::OnceCell::new();
    let shaped = crate::shape::read::<RawRoutine>(shown, text, &SHAPE, |e| {
        let d = toml_problem_in(shown, text, e, tables.get_or_init(|| table_spans(text)));
        diag::Problem::from_diagnostic(e.span().unwrap_or(0..0), d)
    });
    // The shape's problems and the meaning's, in one report.
    let (mut problems, more) = shaped.problems.finish_counted();
    let raw = match shaped.value {
        Ok(raw) => raw,
        Err(e) => {
            problems.push(toml_problem(shown, text, &e));
            return Err(diag::capped(shown, problems, more));
        }
    };
    let mut cx = Cx {
        shown,
        text,
        lines: diag::Lines::new(text),
        problems,
        more,
        library,
        broken: shaped.broken,
        refused: shaped.refused,
        defaults_at: None,
    };
    let routine = cx.routine(raw, stem, origin);
    if cx.problems.is_empty() {
        Ok(routine)
    } else {
        Err(diag::capped(shown, cx.problems, cx.more))
    }
}

/// A TOML error (syntax, unknown key, wrong type) as a located diagnostic, with Rust type
/// names put into words and the `hold`/`duration` alias explained.
fn toml_problem(shown: &str, text: &str, err: &toml::de::Error) -> Diagnostic {
    toml_problem_in(shown, text, err, &table_spans(text))
}

/// [`toml_problem`] with the file's tables already found.
fn toml_problem_in(
    shown: &str,
    text: &str,
    err: &toml::de::Error,
    tables: &[TableSpan],
) -> Diagnostic {
    let mut d = toml_error(shown, text, err);
    for (rust, words) in [
        ("expected i64", "expected a whole number"),
        ("expected a boolean", "expected true or false"),
        (
            "expected a sequence",
            "expected a list such as [\"a\", \"b\"]",
        ),
        ("expected struct RawStep", "expected a [[step]] table"),
        ("expected struct RawDefaults", "expected a [defaults] table"),
    ] {
        // serde's own words, made plainer; the rest of its message stays English.
        d.message = d.message.replace(rust, words);
    }
    let owner = err.span().and_then(|s| table_at(tables, s.start));
    if d.message == "duplicate field `duration`" {
        // Point at the later of the two keys, not at the table.
        let later = owner.and_then(|t| {
            t.keys
                .iter()
                .filter(|(k, _)| k == "hold" || k == "duration")
                .map(|(_, span)| span.clone())
                .max_by_key(|span| span.start)
        });
        if let Some(span) = later {
            d = Diagnostic::at(shown, text, span, "");
        }
        d.message = t!("error-set-twice", key = "duration");
        d.hint = Some(t!("hint-hold-is-duration"));
    } else if let Some(key) = d
        .message
        .strip_prefix("duplicate field `")
        .and_then(|r| r.strip_suffix('`'))
    {
        d.message = t!("error-set-twice", key = key);
    }
    let single_bracket_step = err.span().and_then(|s| text.get(s)).is_some_and(|t| {
        let t = t.trim();
        !t.starts_with("[[") && t.trim_start_matches('[').trim_start().starts_with("step")
    });
    if d.message.starts_with("invalid type: map, expected a list") && single_bracket_step {
        d.message = t!("error-list-of-tables", key = "step");
        d.hint = Some(t!("hint-list-of-tables", key = "step"));
    }
    if let Some(prefix) = owner.and_then(|t| t.owner.as_ref()) {
        d.message = format!("{prefix}{}", d.message);
    }
    d
}

/// A table header of the file as the TOML parser saw it: who owns the table (`None` for a
/// table windown does not know), where its header starts, and its keys.
struct TableSpan {
    owner: Option<Owner>,
    start: usize,
    keys: Vec<(String, Range<usize>)>,
}

/// The tables of `text` in file order, from the TOML parser itself (with recovery, so a syntax
/// error further down still leaves the tables above it). Never from scanning lines: a
/// multi-line string may hold a line that reads `[[step]]`.
fn table_spans(text: &str) -> Vec<TableSpan> {
    use toml::de::{DeTable, DeValue};
    let keys_of = |t: &DeTable<'_>| {
        t.iter()
            .map(|(k, _)| (k.get_ref().to_string(), k.span()))
            .collect()
    };
    let (doc, _) = DeTable::parse_recoverable(text);
    let mut out = Vec::new();
    for (key, value) in doc.get_ref() {
        let known = matches!(key.get_ref().as_ref(), "defaults" | "step");
        match value.get_ref() {
            DeValue::Table(t) => out.push(TableSpan {
                owner: (key.get_ref() == "defaults").then(Owner::defaults),
                start: value.span().start,
                keys: keys_of(t),
            }),
            DeValue::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    if let DeValue::Table(t) = item.get_ref() {
                        out.push(TableSpan {
                            owner: (known && key.get_ref() == "step")
                                .then(|| Owner::step(i + 1, None)),
                            start: item.span().start,
                            keys: keys_of(t),
                        });
                    }
                }
            }
            _ => {}
        }
    }
    out.sort_by_key(|t| t.start);
    out
}

/// The table that holds byte `offset`: the last one whose header starts at or before it
/// (what TOML itself says); `None` at the top level.
fn table_at(tables: &[TableSpan], offset: usize) -> Option<&TableSpan> {
    tables.iter().rev().find(|t| t.start <= offset)
}

/// Validation context: where messages point, and what has been found so far.
struct Cx<'a> {
    shown: &'a str,
    text: &'a str,
    /// Where each line starts: problems are located without rescanning the file.
    lines: diag::Lines<'a>,
    problems: Vec<Diagnostic>,
    /// Problems found after [`diag::MAX_PER_FILE`] were kept: counted, never built (building
    /// each would quote its line, and a hostile file can hold tens of thousands).
    more: usize,
    /// The stretches a step may name with `stretch = "ID"`.
    library: &'a Library,
    /// A syntax error ended the reading: what seems missing may only be unread.
    broken: bool,
    /// Keys the shape check left out (their problem is told already).
    refused: crate::shape::Refused,
    /// Where the `[defaults]` table starts, when there is one.
    defaults_at: Option<usize>,
}

/// Which part of the file a value belongs to, for the start of messages. Its words are
/// made only when a message is: a file with no mistake needs none (the messages that name a
/// step are errors.ftl's, which a file read without a mistake then never parses; issue 24).
#[derive(Clone)]
enum Owner {
    Top,
    Defaults,
    Step { n: usize, title: Option<String> },
}

impl Owner {
    fn top() -> Owner {
        Owner::Top
    }
    fn defaults() -> Owner {
        Owner::Defaults
    }
    fn step(n: usize, title: Option<&str>) -> Owner {
        Owner::Step {
            n,
            title: title.filter(|t| !t.trim().is_empty()).map(str::to_owned),
        }
    }
}

/// The start of a message: nothing, `[defaults]: `, `step 2 ("Calf"): `.
impl std::fmt::Display for Owner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Owner::Top => Ok(()),
            Owner::Defaults => f.write_str("[defaults]: "),
            Owner::Step { n, title } => {
                f.write_str(&crate::shape::item_label("step", *n, title.as_deref()))
            }
        }
    }
}

impl Cx<'_> {
    /// Is there room for one more built problem? If not, it is only counted.
    fn room(&mut self) -> bool {
        if self.problems.len() < diag::MAX_PER_FILE {
            return true;
        }
        self.more += 1;
        false
    }

    fn error(&mut self, span: Range<usize>, message: String) {
        if self.room() {
            self.problems.push(self.lines.at(self.shown, span, message));
        }
    }

    fn hint(&mut self, span: Range<usize>, message: String, hint: impl Into<String>) {
        if self.room() {
            let d = self.lines.at(self.shown, span, message).with_hint(hint);
            self.problems.push(d);
        }
    }

    /// A title: one line of text, not empty.
    fn title(&mut self, owner: &Owner, value: &Spanned<String>) -> SafeText {
        let v = self.text_field(owner, "title", value);
        if v.trim().is_empty() {
            self.error(
                value.span(),
                format!("{}{}", owner, t!("error-title-empty")),
            );
        } else if v.contains(['\n', '\t']) {
            self.hint(
                value.span(),
                format!("{}{}", owner, t!("error-title-one-line")),
                t!("hint-title-one-line"),
            );
        }
        v
    }

    /// A text field: no control characters but newline and tab, at most 2,000 characters.
    /// CRLF line ends become LF.
    fn text_field(&mut self, owner: &Owner, key: &str, value: &Spanned<String>) -> SafeText {
        let span = value.span();
        let v = value.get_ref().replace("\r\n", "\n");
        if let Some(c) = crate::text::first_unsafe(&v, true) {
            self.hint(
                span.clone(),
                format!("{}{}", owner, control_char(key, c)),
                control_hint(c),
            );
        }
        let n = v.chars().count();
        if n > MAX_TEXT_CHARS {
            self.error(span, format!("{}{}", owner, too_long(key, n)));
        }
        // Checked above; a refused character (already reported) is escaped.
        SafeText::from(v)
    }

    /// `{side}` and `{other}` are the only words in braces text may hold (see
    /// [`super::model::fill_sides`]); anything else in braces, such as "{sid}", is a mistake.
    fn placeholders(&mut self, owner: &Owner, key: &str, value: &Spanned<String>) {
        let v = value.get_ref();
        let span = value.span();
        // Point at the placeholder itself when the value is written plainly in the source.
        let plain = self.text.get(span.clone()) == Some(format!("\"{v}\"").as_str());
        let mut from = 0;
        while let Some(open) = v[from..].find('{').map(|i| i + from) {
            let Some(close) = v[open..].find('}').map(|i| i + open) else {
                break;
            };
            from = close + 1;
            let word = &v[open + 1..close];
            let looks = !word.is_empty()
                && word.len() <= 20
                && word
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
            if !looks || super::model::PLACEHOLDERS.contains(&&v[open..=close]) {
                continue;
            }
            let at = if plain {
                span.start + 1 + open..span.start + 2 + close
            } else {
                span.clone()
            };
            let names = ["side", "other"];
            let hint = match crate::diag::did_you_mean(word, names) {
                Some(n) => crate::shape::did_you_mean_hint(&format!("{{{n}}}")),
                None => t!("hint-placeholders"),
            };
            self.hint(
                at,
                format!(
                    "{}{}",
                    owner,
                    t!("error-placeholder", key = key, word = format!("{{{word}}}"))
                ),
                hint,
            );
        }
    }

    fn opt_text(
        &mut self,
        owner: &Owner,
        key: &str,
        value: Option<&Spanned<String>>,
    ) -> Option<SafeText> {
        value.map(|v| self.text_field(owner, key, v))
    }

    /// A duration value, or zero after reporting a problem.
    fn duration(&mut self, owner: &Owner, key: &str, value: &Spanned<toml::Value>) -> Duration {
        self.checked_duration(owner, key, value)
            .unwrap_or(Duration::ZERO)
    }

    /// A duration value, or `None` after reporting a problem.
    fn checked_duration(
        &mut self,
        owner: &Owner,
        key: &str,
        value: &Spanned<toml::Value>,
    ) -> Option<Duration> {
        let parsed = match value.get_ref() {
            toml::Value::String(s) => duration::parse(s).map_err(|e| e.to_string()),
            toml::Value::Integer(n) => duration::from_seconds(*n),
            toml::Value::Float(_) => Err(duration::not_whole_seconds()),
            other => Err(t!(
                "error-wrong-type",
                key = key,
                expected = t!("error-expected", kind = "duration"),
                got = type_words(other)
            )),
        };
        let d = match parsed {
            Ok(d) => d,
            Err(message) => {
                self.error(value.span(), format!("{}{message}", owner));
                return None;
            }
        };
        if d > MAX_DURATION {
            self.error(
                value.span(),
                format!(
                    "{}{}",
                    owner,
                    t!(
                        "error-too-long-duration",
                        key = key,
                        length = human(d),
                        limit = human(MAX_DURATION)
                    )
                ),
            );
        }
        Some(d)
    }

    fn reps(&mut self, owner: &Owner, value: &Spanned<toml::Value>) -> u32 {
        let n = match value.get_ref() {
            toml::Value::Integer(n) => *n,
            other => {
                self.error(
                    value.span(),
                    format!(
                        "{}{}",
                        owner,
                        t!("error-not-whole", key = "reps", value = type_words(other))
                    ),
                );
                return DEFAULT_REPS;
            }
        };
        if !(MIN_REPS..=MAX_REPS).contains(&n) {
            self.error(
                value.span(),
                format!(
                    "{}{}",
                    owner,
                    t!(
                        "error-between",
                        key = "reps",
                        min = MIN_REPS,
                        max = MAX_REPS,
                        value = n
                    )
                ),
            );
            return DEFAULT_REPS;
        }
        u32::try_from(n).unwrap_or(DEFAULT_REPS)
    }

    fn sides(&mut self, owner: &Owner, value: &Spanned<String>) -> Sides {
        const NAMES: [&str; 4] = ["none", "both", "left", "right"];
        match value.get_ref().as_str() {
            "none" => Sides::None,
            "both" => Sides::Both,
            "left" => Sides::Left,
            "right" => Sides::Right,
            other => {
                self.choice_error(owner, "sides", other, &NAMES, value.span());
                Sides::None
            }
        }
    }

    fn choice_error(
        &mut self,
        owner: &Owner,
        key: &str,
        got: &str,
        names: &[&str],
        span: Range<usize>,
    ) {
        let quoted: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
        let message = format!(
            "{}{}",
            owner,
            t!(
                "error-one-of",
                key = key,
                names = quoted.join(", "),
                value = got
            )
        );
        match did_you_mean(got, names.iter().copied()) {
            Some(s) => self.hint(span, message, crate::shape::did_you_mean_hint(s)),
            None => {
                self.error(span, message);
            }
        }
    }

    /// Was one of `keys` of the table whose span starts at `table` left out for a problem
    /// already told, or not read at all? Then no "missing" problem is told for it.
    fn told(&self, table: usize, keys: &[&str]) -> bool {
        self.broken || keys.iter().any(|k| self.refused.dropped(table, k))
    }

    fn routine(&mut self, raw: RawRoutine, stem: &str, origin: Origin) -> Routine {
        let top = Owner::top();
        let title = match &raw.title {
            Some(t) => self.title(&top, t),
            None if self.told(0, &["title"]) => SafeText::default(),
            None => {
                self.hint(0..0, t!("error-missing-title"), t!("hint-routine-title"));
                SafeText::default()
            }
        };
        let id = match &raw.id {
            Some(id) => {
                let v = id.get_ref();
                if !is_valid_id(v) {
                    self.hint(
                        id.span(),
                        t!("error-bad-id", value = v.as_str()),
                        t!("hint-id"),
                    );
                }
                Id::new(v).unwrap_or_else(Id::stand_in)
            }
            None => {
                if !is_valid_id(stem) {
                    self.hint(
                        0..0,
                        t!("error-bad-file-name", name = stem),
                        t!("hint-bad-file-name"),
                    );
                }
                Id::new(stem).unwrap_or_else(Id::stand_in)
            }
        };
        let summary = self.opt_text(&top, "summary", raw.summary.as_ref());
        let notes = self.opt_text(&top, "notes", raw.notes.as_ref());
        let lang = raw.lang.as_ref().and_then(|l| {
            let known = crate::i18n::LANGUAGES
                .iter()
                .copied()
                .find(|&k| k == l.get_ref());
            if known.is_none() {
                self.choice_error(&top, "lang", l.get_ref(), crate::i18n::LANGUAGES, l.span());
            }
            known
        });
        let kind = match &raw.kind {
            None => RoutineKind::Stretch,
            Some(k) => match k.get_ref().as_str() {
                "stretch" => RoutineKind::Stretch,
                "wind-down" => RoutineKind::WindDown,
                other => {
                    self.choice_error(&top, "kind", other, &["stretch", "wind-down"], k.span());
                    RoutineKind::Stretch
                }
            },
        };
        // A [defaults] duration left out for its problem: a step without one is told already.
        self.defaults_at = raw.defaults.as_ref().map(Spanned::span).map(|s| s.start);
        let defaults = self.defaults(raw.defaults.map(Spanned::into_inner).unwrap_or_default());
        let mut steps = Vec::new();
        match &raw.step {
            None if self.told(0, &["step"]) => {}
            None => self.hint(0..0, t!("error-no-steps"), t!("hint-no-steps")),
            Some(list) if list.get_ref().is_empty() => {
                self.hint(list.span(), t!("error-no-steps"), t!("hint-no-steps"));
            }
            Some(list) => {
                for (i, s) in list.get_ref().iter().enumerate() {
                    if i == MAX_STEPS {
                        let span = self.header_span(s.span());
                        self.error(
                            span,
                            format!(
                                "{}{}",
                                crate::shape::item_label("step", i + 1, None),
                                t!(
                                    "error-too-many-steps",
                                    n = list.get_ref().len(),
                                    limit = MAX_STEPS
                                )
                            ),
                        );
                        break;
                    }
                    steps.push(self.step(i + 1, s, &defaults));
                }
            }
        }
        Routine {
            id,
            title,
            summary,
            notes,
            kind,
            steps,
            origin,
            stretches_left_out: 0,
            lang,
        }
    }

    fn defaults(&mut self, raw: RawDefaults) -> Defaults {
        let o = Owner::defaults();
        Defaults {
            prepare: raw
                .prepare
                .map(|d| (self.duration(&o, "prepare", &d), d.span())),
            duration: raw
                .duration
                .map(|d| (self.checked_duration(&o, "duration", &d), d.span())),
            reps: raw.reps.map(|r| self.reps(&o, &r)),
            rest: raw.rest.map(|d| self.duration(&o, "rest", &d)),
            switch: raw.switch.map(|d| self.duration(&o, "switch", &d)),
            sides: raw.sides.map(|s| self.sides(&o, &s)),
        }
    }

    /// The span of a `[[step]]` header for a step table's span: the line holding the header
    /// when the table starts right after one, else the table's own start.
    fn header_span(&self, span: Range<usize>) -> Range<usize> {
        let start = span.start.min(self.text.len());
        // The line the span starts on, found in the index (many steps on one long line must
        // not each walk back over it); only a header line is read to its end.
        let (_, line_start) = self.lines.line_of(start);
        let rest = &self.text[line_start..];
        if rest.trim_start_matches([' ', '\t']).starts_with("[[") {
            let line = rest.split('\n').next().unwrap_or("");
            let lead = line.len() - line.trim_start().len();
            let len = line.trim_end().len() - lead;
            return line_start + lead..line_start + lead + len;
        }
        start..start
    }

    fn step(&mut self, n: usize, raw: &Spanned<RawStep>, defaults: &Defaults) -> Step {
        let header = self.header_span(raw.span());
        let inherited = self.inherit(n, raw.get_ref());
        let s = &inherited;
        let owner = Owner::step(n, s.title.as_ref().map(|t| t.get_ref().as_str()));
        let title = match &s.title {
            Some(t) => self.title(&owner, t),
            None if self.told(raw.span().start, &["title"]) => SafeText::default(),
            None => {
                self.hint(
                    header.clone(),
                    format!("{}{}", owner, t!("error-missing-title")),
                    t!("hint-step-title"),
                );
                SafeText::default()
            }
        };
        let instructions = s
            .instructions
            .iter()
            .flatten()
            .map(|line| {
                self.placeholders(&owner, "instructions", line);
                self.text_field(&owner, "instructions", line)
            })
            .collect();
        if let Some(c) = &s.caution {
            self.placeholders(&owner, "caution", c);
        }
        let caution = self.opt_text(&owner, "caution", s.caution.as_ref());
        let spoken = self.opt_text(&owner, "spoken", s.spoken.as_ref());
        if let Some(c) = &s.spoken_side {
            self.placeholders(&owner, "spoken_side", c);
        }
        let spoken_side = self.opt_text(&owner, "spoken_side", s.spoken_side.as_ref());
        let mut targets = Vec::new();
        for t in s.targets.iter().flatten() {
            match Target::from_name(t.get_ref()) {
                Some(target) => {
                    if !targets.contains(&target) {
                        targets.push(target);
                    }
                }
                None => {
                    let message = format!(
                        "{}{}",
                        owner,
                        t!("error-unknown-target", name = t.get_ref().as_str())
                    );
                    let names = Target::ALL.map(Target::as_str);
                    let hint = match did_you_mean(t.get_ref(), names) {
                        Some(s) => crate::shape::did_you_mean_hint(s),
                        None => t!("hint-known-targets", names = names.join(", ")),
                    };
                    self.hint(t.span(), message, hint);
                }
            }
        }
        let figure = s.figure.as_ref().map(|f| {
            let v = f.get_ref();
            if !is_valid_figure_name(v) {
                self.hint(
                    f.span(),
                    format!("{}{}", owner, t!("error-bad-figure", name = v.as_str())),
                    t!("hint-figure"),
                );
            }
            v.clone()
        });
        let position = s.position.as_ref().and_then(|p| {
            let found = Position::from_name(p.get_ref());
            if found.is_none() {
                self.choice_error(&owner, "position", p.get_ref(), &Position::NAMES, p.span());
            }
            found
        });
        let mut kind_known = true;
        let kind = match &s.kind {
            None => StepKind::Timed,
            Some(k) => match k.get_ref().as_str() {
                "timed" => StepKind::Timed,
                "task" => StepKind::Task,
                other => {
                    self.choice_error(&owner, "kind", other, &["timed", "task"], k.span());
                    kind_known = false;
                    StepKind::Timed
                }
            },
        };
        if kind == StepKind::Task {
            let timed_only: [(&str, Option<Range<usize>>); 7] = [
                ("breathe", s.breathe.as_ref().map(Spanned::span)),
                ("duration", s.duration.as_ref().map(Spanned::span)),
                ("reps", s.reps.as_ref().map(Spanned::span)),
                ("rest", s.rest.as_ref().map(Spanned::span)),
                ("prepare", s.prepare.as_ref().map(Spanned::span)),
                ("sides", s.sides.as_ref().map(Spanned::span)),
                ("switch", s.switch.as_ref().map(Spanned::span)),
            ];
            for (key, span) in timed_only {
                if let Some(span) = span {
                    self.hint(
                        span,
                        format!("{}{}", owner, t!("error-task-has-no", key = key)),
                        t!("hint-task-has-no"),
                    );
                }
            }
            return Step {
                title,
                instructions,
                caution,
                targets,
                figure,
                kind,
                duration: Duration::ZERO,
                reps: 1,
                rest: Duration::ZERO,
                prepare: Duration::ZERO,
                sides: Sides::None,
                switch: Duration::ZERO,
                breathe: None,
                spoken,
                spoken_side: None,
                position,
            };
        }
        let duration_at = match &s.duration {
            Some(d) => Some((self.checked_duration(&owner, "duration", d), d.span())),
            None => defaults.duration.clone(),
        };
        let duration = match duration_at {
            // A misspelt kind may have meant "task": one error is enough.
            _ if !kind_known => Duration::ZERO,
            None if self.told(raw.span().start, &["duration", "hold"])
                || self
                    .defaults_at
                    .is_some_and(|at| self.told(at, &["duration", "hold"])) =>
            {
                Duration::ZERO
            }
            None => {
                self.hint(
                    header,
                    format!("{}{}", owner, t!("error-needs-duration")),
                    t!("hint-needs-duration"),
                );
                Duration::ZERO
            }
            // Already reported.
            Some((None, _)) => Duration::ZERO,
            Some((Some(d), span)) => {
                if d.is_zero() {
                    self.hint(
                        span,
                        format!("{}{}", owner, t!("error-duration-zero")),
                        t!("hint-duration-zero"),
                    );
                }
                d
            }
        };
        let reps = match &s.reps {
            Some(r) => self.reps(&owner, r),
            None => defaults.reps.unwrap_or(DEFAULT_REPS),
        };
        let rest = match &s.rest {
            Some(d) => self.duration(&owner, "rest", d),
            None => defaults.rest.unwrap_or(DEFAULT_REST),
        };
        let prepare = match &s.prepare {
            Some(d) => self.duration(&owner, "prepare", d),
            None => defaults.prepare.as_ref().map_or(DEFAULT_PREPARE, |p| p.0),
        };
        let switch = match &s.switch {
            Some(d) => self.duration(&owner, "switch", d),
            None => defaults.switch.unwrap_or(DEFAULT_SWITCH),
        };
        let sides = match &s.sides {
            Some(v) => self.sides(&owner, v),
            None => defaults.sides.unwrap_or_default(),
        };
        let breathe = s.breathe.as_ref().and_then(|b| self.breathe(&owner, b));
        Step {
            title,
            instructions,
            caution,
            targets,
            figure,
            kind,
            duration,
            reps,
            rest,
            prepare,
            sides,
            switch,
            breathe,
            spoken,
            spoken_side,
            position,
        }
    }

    /// `breathe = { in = "4s", out = "6s" }`: both halves, each over 0 and at most
    /// [`MAX_BREATH`].
    fn breathe(&mut self, owner: &Owner, b: &Spanned<RawBreathe>) -> Option<Breathe> {
        let mut half = |key: &str, v: &Option<Spanned<toml::Value>>| match v {
            None => {
                self.hint(
                    b.span(),
                    format!("{}{}", owner, t!("error-breathe-needs", key = key)),
                    t!("hint-breathe-needs"),
                );
                None
            }
            Some(v) => {
                let d = self.checked_duration(owner, &format!("breathe {key}"), v)?;
                if d.is_zero() || d > MAX_BREATH {
                    self.hint(
                        v.span(),
                        format!(
                            "{}{}",
                            owner,
                            t!("error-breath-range", key = key, max = MAX_BREATH.as_secs())
                        ),
                        t!("hint-breath-range"),
                    );
                    return None;
                }
                Some(d)
            }
        };
        let inhale = half("in", &b.get_ref().inhale);
        let exhale = half("out", &b.get_ref().exhale);
        Some(Breathe {
            inhale: inhale?,
            exhale: exhale?,
        })
    }
}

impl Cx<'_> {
    /// The step as written, with what it leaves out taken from the library stretch it names
    /// (`stretch = "ID"`): title, instructions, caution, figure, targets, position, and sides
    /// (for a timed step). An inherited value is located at the `stretch` key. An unknown id is
    /// reported there, with "did you mean".
    fn inherit(&mut self, n: usize, s: &RawStep) -> RawStep {
        let mut out = s.clone();
        let Some(id) = &s.stretch else {
            return out;
        };
        let Some(st) = self.library.get(id.get_ref()) else {
            let owner = Owner::step(n, s.title.as_ref().map(|t| t.get_ref().as_str()));
            let message = format!(
                "{}{}",
                owner,
                t!("error-unknown-stretch", name = id.get_ref().as_str())
            );
            let hint = match did_you_mean(id.get_ref(), self.library.ids()) {
                Some(m) => crate::shape::did_you_mean_hint(m),
                None => t!("hint-unknown-stretch"),
            };
            self.hint(id.span(), message, hint);
            // One problem is enough: no "missing title" as well.
            if out.title.is_none() {
                out.title = Some(Spanned::new(id.span(), id.get_ref().clone()));
            }
            return out;
        };
        fill_from(&mut out, st, id.span());
        out
    }
}

/// Fill the keys `step` does not set from `stretch`, each located at `at`.
fn fill_from(step: &mut RawStep, stretch: &Stretch, at: Range<usize>) {
    let here = |v: &str| Spanned::new(at.clone(), v.to_string());
    let is_task = step.kind.as_ref().is_some_and(|k| k.get_ref() == "task");
    if step.title.is_none() {
        step.title = Some(here(&stretch.title));
    }
    if step.instructions.is_none() && !stretch.instructions.is_empty() {
        step.instructions = Some(stretch.instructions.iter().map(|l| here(l)).collect());
    }
    if step.caution.is_none() {
        step.caution = stretch.caution.as_deref().map(here);
    }
    if step.figure.is_none() {
        step.figure = stretch.figure.as_deref().map(here);
    }
    if step.targets.is_none() && !stretch.targets.is_empty() {
        step.targets = Some(stretch.targets.iter().map(|t| here(t)).collect());
    }
    if step.sides.is_none() && !is_task {
        step.sides = stretch.sides.as_deref().map(here);
    }
    if step.spoken.is_none() {
        step.spoken = stretch.spoken.as_deref().map(here);
    }
    if step.spoken_side.is_none() {
        step.spoken_side = stretch.spoken_side.as_deref().map(here);
    }
    if step.position.is_none() {
        step.position = stretch.position.map(|p| here(p.as_str()));
    }
}

/// A TOML value's type in words, with the value when it is short: `a string ("3")`.
fn type_words(v: &toml::Value) -> String {
    let (kind, value) = match v {
        toml::Value::String(s) if s.chars().count() <= 20 => ("string-short", s.clone()),
        toml::Value::String(_) => ("string", String::new()),
        toml::Value::Integer(n) => ("int", n.to_string()),
        toml::Value::Float(f) => ("float", f.to_string()),
        toml::Value::Boolean(b) => ("bool", b.to_string()),
        toml::Value::Datetime(_) => ("day", String::new()),
        toml::Value::Array(_) => ("list", String::new()),
        toml::Value::Table(_) => ("table", String::new()),
    };
    t!("error-value", kind = kind, value = value)
}

/// The `[defaults]` table, validated; `None` where the file sets nothing.
struct Defaults {
    prepare: Option<(Duration, Range<usize>)>,
    duration: Option<(Option<Duration>, Range<usize>)>,
    reps: Option<u32>,
    rest: Option<Duration>,
    switch: Option<Duration>,
    sides: Option<Sides>,
}

#[cfg(test)]
#[path = "parse_tests.rs"]
mod tests;
