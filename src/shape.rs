//! The shape of windown's TOML files (routine and stretch files, `reminders.toml`,
//! `config.toml`): which keys each table may hold and what type each value is. One
//! table-driven checker reads a document once, with spans, and reports the first syntax error
//! (which ends what can be read) and *every* unknown key and wrong type before it in one run
//! (capped at 50 by [`crate::diag`]), rather than stopping at serde's first error.
//! The same tables give the files' JSON Schemas ([`json_schema`]), so the checker and the
//! schema an editor uses cannot drift apart.
//!
//! It also holds the TOML reading kit every reader shares: [`read_text_file`] (a small user
//! file as text, located errors) and [`toml_error`] / [`toml_words`] (a `toml` error in plain
//! words, its span kept).
//!
//! This module knows types, not meaning: limits, time words, targets and ids stay with each
//! file's reader, which checks what [`read`] let through (a refused value is left out, so the
//! reader sees its default), and adds its problems to the same report. One more key is one
//! more [`Field`] line.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

use serde_json::{Map, Value, json};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diag::{Diagnostic, Problem, Problems, did_you_mean};

/// What a key's value must be.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Kind {
    /// Text in quotes.
    Text,
    /// A whole number.
    Int,
    /// `true` or `false`.
    Bool,
    /// A duration: `"10s"`, `"1m30s"`, or a whole number of seconds (a decimal number is let
    /// through for the reader's own, more precise message).
    Duration,
    /// A list of texts: `["a", "b"]`.
    TextList,
    /// A table: `[name]` or `name = { ... }`.
    Table(&'static Shape),
    /// A list of tables: `[[name]]`.
    Tables(&'static Shape),
}

/// One key a table may hold.
#[derive(Debug)]
pub(crate) struct Field {
    pub(crate) key: &'static str,
    pub(crate) kind: Kind,
    /// Shown as hover help in editors (the schema's `description`).
    pub(crate) doc: &'static str,
    /// Words the value must be one of (for [`Kind::Text`] and [`Kind::TextList`] items), in
    /// the schema only: each reader reports its own "did you mean".
    pub(crate) one_of: &'static [&'static str],
}

impl Field {
    pub(crate) const fn new(key: &'static str, kind: Kind, doc: &'static str) -> Field {
        Field {
            key,
            kind,
            doc,
            one_of: &[],
        }
    }

    pub(crate) const fn one_of(mut self, words: &'static [&'static str]) -> Field {
        self.one_of = words;
        self
    }
}

/// The keys of one table, and how its problems are introduced in messages.
#[derive(Debug)]
pub(crate) struct Shape {
    pub(crate) fields: &'static [Field],
    /// Keys every table of this shape must have: in the schema only. Each reader says what
    /// is missing in its own words (and may allow it, as `[defaults]` can stand in). One
    /// entry may name alternatives, "a|b": the table has one of them at least.
    pub(crate) required: &'static [&'static str],
    pub(crate) label: Label,
}

/// How messages name the table a problem is in.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Label {
    /// Nothing: `unknown key "x"`.
    Plain,
    /// A fixed name: `[defaults]: unknown key "x"`.
    Named(&'static str),
    /// An item of a list of tables, counted from 1: `step 2: unknown key "x"`.
    Counted(&'static str),
}

#[cfg(test)]
/// Every syntax error, unknown key and wrong type in `text` (the file shown as `path`), built
/// into located diagnostics: the first 50 by position, then "... and N more". Empty when the
/// file has the right shape (its meaning is the reader's to check next). `syntax` words a
/// syntax error (each reader may name the table it is in).
pub(crate) fn report(
    path: &str,
    text: &str,
    shape: &Shape,
    syntax: impl Fn(&toml::de::Error) -> Problem,
) -> Vec<Diagnostic> {
    read::<serde::de::IgnoredAny>(path, text, shape, syntax)
        .problems
        .finish()
}

/// A file read as far as it can be: what has the right shape, and every problem found so far.
pub(crate) struct Shaped<'a, T> {
    /// The document without what was refused: unknown keys and values of the wrong type are
    /// left out (so a reader falls back to its default there), and so is everything from the
    /// first syntax error on. The error is serde's, for what the tables cannot say (a key set
    /// twice under two names); the reader words it.
    pub(crate) value: Result<T, toml::de::Error>,
    /// The problems found: the first syntax error, unknown keys, wrong types. The reader adds
    /// its own (limits, words, ids) and builds the one report with [`Problems::finish`].
    pub(crate) problems: Problems<'a>,
    /// A syntax error was found: the file could not be read to its end.
    pub(crate) broken: bool,
    /// What was left out of `value`, for the reader's own checks.
    pub(crate) refused: Refused,
}

/// What [`read`] left out of a document.
#[derive(Debug, Default)]
pub(crate) struct Refused {
    /// Keys left out for their type (or misspelt), by the start of their table's span: the
    /// reader does not say again that such a key is missing. Looked up once per table, so
    /// kept by table: a file with thousands of broken tables stays linear.
    dropped: HashMap<usize, Vec<&'static str>>,
    /// Where the items of the top-level lists of tables that hold a problem start.
    bad_items: HashSet<usize>,
}

impl Refused {
    /// Was `key` of the table whose span starts at `table` left out for its type?
    pub(crate) fn dropped(&self, table: usize, key: &str) -> bool {
        self.dropped
            .get(&table)
            .is_some_and(|keys| keys.contains(&key))
    }

    /// Does the item of a top-level list of tables (`[[reminder]]`) whose span starts at
    /// `start` hold a shape problem?
    pub(crate) fn item_is_bad(&self, start: usize) -> bool {
        self.bad_items.contains(&start)
    }
}

/// Read `text` (the file shown as `path`) as far as it has the right shape, in one parse: the
/// first syntax error (which ends what can be read), and every unknown key and wrong type
/// before it, located (the first 50 are built); the rest read into `T`.
pub(crate) fn read<'a, T: serde::Deserialize<'a>>(
    path: &'a str,
    text: &'a str,
    shape: &Shape,
    syntax: impl Fn(&toml::de::Error) -> Problem,
) -> Shaped<'a, T> {
    let (mut doc, errors) = DeTable::parse_recoverable(text);
    let mut problems = Problems::new(path, text);
    let first = errors
        .iter()
        .min_by_key(|e| e.span().map_or(0, |s| s.start));
    if let Some(e) = first {
        let span = e.span().unwrap_or(0..0);
        problems.push(syntax(e).or_hint(quote_hint(text, &span)).ending());
    }
    let mut out = Checker {
        found: Vec::new(),
        cut: first.map(|e| e.span().map_or(0, |s| s.start)),
        dropped: HashMap::new(),
        bad_items: HashSet::new(),
        item: None,
    };
    let start = doc.span().start;
    out.table(doc.get_mut(), start, shape, &Where::Plain(""), true);
    for p in out.found {
        problems.push(p);
    }
    Shaped {
        value: T::deserialize(toml::de::Deserializer::from(doc)),
        problems,
        broken: first.is_some(),
        refused: Refused {
            dropped: out.dropped,
            bad_items: out.bad_items,
        },
    }
}

/// A value written without quotes where TOML needs them (`hold = 10s`, `wake = 6:30`): the
/// hint to quote it. `None` when the error is elsewhere or the value is not one bare word.
fn quote_hint(text: &str, span: &Range<usize>) -> Option<String> {
    let start = span.start.min(text.len());
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let line = text.get(line_start..line_end)?;
    let (key, value) = line.split_once('=')?;
    let key = key.trim();
    let value = value.split('#').next()?.trim();
    let bare = |c: char| c.is_ascii_alphanumeric() || matches!(c, ':' | '.' | '-' | '+' | '_');
    let plain_key = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if !plain_key
        || value.is_empty()
        || !value.chars().all(bare)
        || start < line_start + line.find('=')?
    {
        return None;
    }
    // "6:30" would then be refused for its one-digit hour: give the hour its zero at once.
    let value = match value.split_once(':') {
        Some((h, m)) if h.len() == 1 && h.chars().all(|c| c.is_ascii_digit()) => {
            format!("0{h}:{m}")
        }
        _ => value.to_string(),
    };
    Some(crate::t!("hint-put-in-quotes", key = key, value = value))
}

/// A syntax error in plain words, with the `toml` crate's span (see [`toml_words`]).
pub(crate) fn syntax_problem(err: &toml::de::Error) -> Problem {
    let (message, hint) = toml_words(err);
    let p = Problem::new(err.span().unwrap_or(0..0), message);
    match hint {
        Some(h) => p.with_hint(h),
        None => p,
    }
}

struct Checker {
    found: Vec<Problem>,
    /// Where the first syntax error starts: nothing from there on is read.
    cut: Option<usize>,
    dropped: HashMap<usize, Vec<&'static str>>,
    bad_items: HashSet<usize>,
    /// Where the item of a top-level list of tables being walked starts.
    item: Option<usize>,
}

impl Checker {
    fn push(&mut self, span: Range<usize>, message: String, hint: Option<Cow<'static, str>>) {
        let mut p = Problem::new(span, message);
        if let Some(h) = hint {
            p = p.with_hint(h);
        }
        self.found.push(p);
        if let Some(item) = self.item {
            self.bad_items.insert(item);
        }
    }

    /// Are there problems enough to fill a report? The walk follows the file, so what it
    /// finds from here on is counted, not shown: its hints ("did you mean") are not worked out.
    fn is_full(&self) -> bool {
        self.found.len() >= crate::diag::MAX_PER_FILE
    }

    /// Does `span` reach the first syntax error (or beyond): a part of the file not read?
    fn unread(&self, span: &Range<usize>) -> bool {
        self.cut
            .is_some_and(|cut| span.end.max(span.start + 1) > cut)
    }

    /// Check `table` (whose span starts at `at`) against `shape`, and leave out of it every
    /// key that is unknown, of the wrong type, or not read (after a syntax error).
    fn table(
        &mut self,
        table: &mut DeTable<'_>,
        at: usize,
        shape: &Shape,
        label: &Where,
        top: bool,
    ) {
        let mut refused: Vec<String> = Vec::new();
        for (key, value) in table.iter_mut() {
            let name = key.get_ref().as_ref();
            if self.cut.is_some_and(|cut| key.span().start >= cut) {
                refused.push(name.to_string());
                continue;
            }
            let Some(field) = shape.fields.iter().find(|f| f.key == name) else {
                let allowed = shape.fields.iter().map(|f| f.key);
                let meant = (!self.is_full())
                    .then(|| did_you_mean(name, allowed.clone()))
                    .flatten();
                // A misspelt key is the key it was meant to be: not "missing" as well.
                if let Some(m) = meant {
                    self.dropped.entry(at).or_default().push(m);
                }
                let hint = (!self.is_full()).then(|| {
                    match meant {
                        Some(s) => did_you_mean_hint(s),
                        None => allowed_hint(&allowed.collect::<Vec<_>>()),
                    }
                    .into()
                });
                self.push(
                    key.span(),
                    format!(
                        "{label}{}",
                        crate::t!(
                            "error-unknown-key",
                            key = crate::text::fit(name, 40).into_owned()
                        )
                    ),
                    hint,
                );
                refused.push(name.to_string());
                continue;
            };
            // After a syntax error the parser fills in what it could not read: a value with
            // no place of its own, or one before its key, is not the person's.
            let (v, k) = (value.span(), key.span());
            let scalar = !matches!(value.get_ref(), DeValue::Table(_))
                && !matches!(field.kind, Kind::Tables(_));
            if scalar && self.cut.is_some() && (v.is_empty() || v.start < k.end) {
                refused.push(name.to_string());
                continue;
            }
            if !self.value(field, value, label, top) {
                self.dropped.entry(at).or_default().push(field.key);
                refused.push(name.to_string());
            }
        }
        if !refused.is_empty() {
            for name in &refused {
                table.remove(name.as_str());
            }
        }
    }

    /// Check one value; false when it must be left out (its problem is pushed, unless it is
    /// not read at all).
    fn value(
        &mut self,
        field: &Field,
        value: &mut Spanned<DeValue<'_>>,
        label: &Where,
        top: bool,
    ) -> bool {
        let span = value.span();
        let key = field.key;
        let is_table = matches!(value.get_ref(), DeValue::Table(_));
        if !is_table && !matches!(field.kind, Kind::Tables(_)) && self.unread(&span) {
            return false;
        }
        match (field.kind, value.get_mut()) {
            (Kind::Text, DeValue::String(_))
            | (Kind::Int, DeValue::Integer(_))
            | (Kind::Bool, DeValue::Boolean(_))
            | (Kind::Duration, DeValue::String(_) | DeValue::Integer(_) | DeValue::Float(_)) => {
                return true;
            }
            (Kind::TextList, DeValue::Array(items)) => {
                let mut ok = true;
                for item in items.iter() {
                    if !matches!(item.get_ref(), DeValue::String(_)) {
                        ok = false;
                        self.push(
                            item.span(),
                            format!(
                                "{label}{}",
                                crate::t!(
                                    "error-items-must-be-text",
                                    key = key,
                                    got = words(item.get_ref())
                                )
                            ),
                            Some(crate::t!("hint-items-must-be-text").into()),
                        );
                    }
                }
                return ok;
            }
            (Kind::Table(shape), DeValue::Table(t)) => {
                let inner = match shape.label {
                    Label::Plain => label.clone(),
                    Label::Named(n) | Label::Counted(n) => Where::Plain(n),
                };
                self.table(t, span.start, shape, &inner, false);
                return true;
            }
            (Kind::Tables(shape), DeValue::Array(items)) => {
                let mut keep = Vec::with_capacity(items.len());
                for (i, item) in items.iter_mut().enumerate() {
                    if self.cut.is_some_and(|cut| item.span().start >= cut) {
                        keep.push(false);
                        continue;
                    }
                    let outer = self.item;
                    if top {
                        self.item = Some(item.span().start);
                    }
                    let inner = match shape.label {
                        Label::Plain => label.clone(),
                        Label::Named(n) => Where::Plain(n),
                        Label::Counted(n) => Where::counted(n, i + 1, item.get_ref()),
                    };
                    let start = item.span().start;
                    match item.get_mut() {
                        DeValue::Table(t) => {
                            self.table(t, start, shape, &inner, false);
                            keep.push(true);
                        }
                        other => {
                            let message = format!(
                                "{inner}{}",
                                crate::t!("error-must-be-a-table", got = words(other))
                            );
                            self.push(
                                item.span(),
                                message,
                                Some(crate::t!("hint-each-under", key = key).into()),
                            );
                            keep.push(false);
                        }
                    }
                    self.item = outer;
                }
                if keep.contains(&false) {
                    let mut kept = toml::de::DeArray::new();
                    for (item, k) in items.iter().zip(keep) {
                        if k {
                            kept.push(item.clone());
                        }
                    }
                    *items = kept;
                }
                return true;
            }
            _ => {}
        }
        let v = value.get_ref();
        let (message, hint): (String, Option<Cow<'static, str>>) = match (field.kind, v) {
            (Kind::Tables(_), DeValue::Table(_)) => (
                format!("{label}{}", crate::t!("error-list-of-tables", key = key)),
                Some(crate::t!("hint-list-of-tables", key = key).into()),
            ),
            (Kind::TextList, DeValue::String(s)) => (
                format!("{label}{}", crate::t!("error-list-not-text", key = key)),
                Some(
                    crate::t!(
                        "hint-write-a-list",
                        key = key,
                        value = crate::text::fit(&crate::diag::printable(s), 30).into_owned()
                    )
                    .into(),
                ),
            ),
            (Kind::Int, DeValue::Float(f)) => {
                let n = f.as_str().parse::<f64>().unwrap_or(0.0);
                (
                    format!(
                        "{label}{}",
                        crate::t!("error-not-whole", key = key, value = f.as_str())
                    ),
                    Some(
                        crate::t!(
                            "hint-whole-either",
                            key = key,
                            down = (n.floor() as i64).to_string(),
                            up = (n.ceil() as i64).to_string()
                        )
                        .into(),
                    ),
                )
            }
            (Kind::Int, DeValue::String(s)) if s.trim().parse::<f64>().is_ok() => (
                format!("{label}{}", wrong_type(key, field.kind, v)),
                Some(crate::t!("hint-no-quotes", key = key, value = s.trim()).into()),
            ),
            (Kind::Bool, DeValue::String(s)) if matches!(s.as_ref(), "true" | "false") => (
                format!("{label}{}", crate::t!("error-bool-not-text", key = key)),
                Some(crate::t!("hint-no-quotes", key = key, value = s.as_ref()).into()),
            ),
            _ => (
                format!("{label}{}", wrong_type(key, field.kind, v)),
                example(field).map(Cow::Owned),
            ),
        };
        self.push(span, message, hint);
        false
    }
}

/// How a message starts that names the table a problem is in: its words are made only when
/// a message is, so a file with no mistake needs none (a step's are errors.ftl's, which is
/// then never parsed; issue 24).
#[derive(Clone)]
enum Where {
    /// Nothing, or a fixed name's `name: `.
    Plain(&'static str),
    /// `step 2: `, or `step 2 ("Calf"): ` when the table has a title, as the readers name a
    /// step.
    Counted(&'static str, usize, Option<String>),
}

impl Where {
    /// The `n`th item (from 1) of a list of tables named `name`.
    fn counted(name: &'static str, n: usize, item: &DeValue<'_>) -> Where {
        let title = item
            .as_table()
            .and_then(|t| t.get("title"))
            .and_then(|v| v.get_ref().as_str())
            .filter(|t| !t.trim().is_empty());
        Where::Counted(name, n, title.map(str::to_owned))
    }
}

impl std::fmt::Display for Where {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Where::Plain("") => Ok(()),
            Where::Plain(name) => write!(f, "{name}: "),
            Where::Counted(name, n, title) => f.write_str(&item_label(name, *n, title.as_deref())),
        }
    }
}

/// How a message names the `n`th (from 1) table of a list of tables (`name`: `step` or
/// `stretch`), with its title when it has one: `step 2: `, `step 2 ("Calf"): `. The words are
/// a message (`error-where-item`); the `: ` after them is the separator, as after a location.
pub(crate) fn item_label(name: &str, n: usize, title: Option<&str>) -> String {
    let words = match title {
        Some(t) => crate::t!(
            "error-where-item-titled",
            table = name,
            n = n,
            title = crate::diag::printable(&crate::text::fit(t, 43)).into_owned()
        ),
        None => crate::t!("error-where-item", table = name, n = n),
    };
    format!("{words}: ")
}

/// `did you mean "x"?`, the hint for a mistyped name.
pub(crate) fn did_you_mean_hint(name: &str) -> String {
    crate::t!("hint-did-you-mean", name = name)
}

/// `allowed here: a, b, c`, the hint for an unknown key with no close match.
fn allowed_hint(keys: &[&str]) -> String {
    crate::t!("hint-allowed-here", keys = keys.join(", "))
}

/// `key must be <what it must be>, not <what it is>`.
fn wrong_type(key: &str, kind: Kind, v: &DeValue<'_>) -> String {
    crate::t!(
        "error-wrong-type",
        key = key,
        expected = expected(kind),
        got = words(v)
    )
}

/// What a kind of value is called in messages.
fn expected(kind: Kind) -> String {
    let kind = match kind {
        Kind::Text => "text",
        Kind::Int => "int",
        Kind::Bool => "bool",
        Kind::Duration => "duration",
        Kind::TextList => "list",
        Kind::Table(_) => "table",
        Kind::Tables(_) => "tables",
    };
    crate::t!("error-expected", kind = kind)
}

fn example(field: &Field) -> Option<String> {
    let key = field.key;
    Some(match field.kind {
        Kind::Text => match field.one_of.first() {
            Some(w) => crate::t!("hint-write-value", key = key, value = *w),
            None => crate::t!("hint-quote-text", key = key),
        },
        Kind::Bool => crate::t!("hint-true-or-false", key = key),
        Kind::Duration => crate::t!("hint-write-value", key = key, value = "10s"),
        Kind::Table(_) => crate::t!("hint-under-table", key = key),
        _ => return None,
    })
}

/// A value as messages name it (`error-value`).
fn words(v: &DeValue<'_>) -> String {
    let (kind, value) = match v {
        DeValue::String(s) if s.chars().count() <= 20 => {
            ("text-short", crate::diag::printable(s).into_owned())
        }
        DeValue::String(_) => ("text", String::new()),
        DeValue::Integer(n) => ("int", n.as_str().to_string()),
        DeValue::Float(f) => ("float", f.as_str().to_string()),
        DeValue::Boolean(b) => ("bool", b.to_string()),
        DeValue::Datetime(_) => ("date", String::new()),
        DeValue::Array(_) => ("list", String::new()),
        DeValue::Table(_) => ("table", String::new()),
    };
    crate::t!("error-value", kind = kind, value = value)
}

/// The JSON Schema (draft 2020-12) of a file of this shape. `title` names the file.
pub(crate) fn json_schema(shape: &Shape, id: &str, title: &str) -> Value {
    let mut root = table_schema(shape);
    let obj = root.as_object_mut().expect("a table schema is an object");
    let mut head = Map::new();
    head.insert(
        "$schema".into(),
        json!("https://json-schema.org/draft/2020-12/schema"),
    );
    head.insert("$id".into(), json!(id));
    head.insert("title".into(), json!(title));
    head.append(obj);
    Value::Object(head)
}

fn table_schema(shape: &Shape) -> Value {
    let mut props = Map::new();
    for f in shape.fields {
        let mut s = kind_schema(f.kind);
        let o = s.as_object_mut().expect("a kind schema is an object");
        o.insert("description".into(), json!(f.doc));
        if !f.one_of.is_empty() {
            match f.kind {
                Kind::TextList => {
                    o.insert("items".into(), json!({"type": "string", "enum": f.one_of}));
                }
                _ => {
                    o.insert("enum".into(), json!(f.one_of));
                }
            }
        }
        props.insert(f.key.into(), s);
    }
    let mut out = json!({
        "type": "object",
        "properties": props,
        "additionalProperties": false,
    });
    // "a|b": one of the keys at least.
    let (alternatives, plain): (Vec<&str>, Vec<&str>) =
        shape.required.iter().partition(|k| k.contains('|'));
    if !plain.is_empty() {
        out["required"] = json!(plain);
    }
    if let Some(keys) = alternatives.first() {
        let any: Vec<Value> = keys.split('|').map(|k| json!({"required": [k]})).collect();
        out["anyOf"] = json!(any);
    }
    out
}

fn kind_schema(kind: Kind) -> Value {
    match kind {
        Kind::Text => json!({"type": "string"}),
        Kind::Int => json!({"type": "integer"}),
        Kind::Bool => json!({"type": "boolean"}),
        Kind::Duration => json!({"type": ["string", "number"]}),
        Kind::TextList => json!({"type": "array", "items": {"type": "string"}}),
        Kind::Table(s) => table_schema(s),
        Kind::Tables(s) => json!({"type": "array", "items": table_schema(s)}),
    }
}

/// A `toml` parse error as a located diagnostic, keeping the crate's span (never flattened to
/// a bare message, which would lose the line and column). Unknown keys get a hint listing
/// what is allowed.
pub(crate) fn toml_error(path: &str, text: &str, err: &toml::de::Error) -> Diagnostic {
    let span = err.span().unwrap_or(0..0);
    let (message, hint) = toml_words(err);
    let d = Diagnostic::at(path, text, span, message);
    match hint {
        Some(h) => d.with_hint(h),
        None => d,
    }
}

/// The message and hint of a `toml` error, in the words [`toml_error`] prints. A bare word
/// where a value belongs that reads as a duration (`hold = 10s`) gets a hint to quote it.
pub(crate) fn toml_words(err: &toml::de::Error) -> (String, Option<String>) {
    let message = err.message().trim().replace('\n', " ");
    match message.split_once(", expected ") {
        Some((head, expected)) if head.starts_with("unknown field") => {
            let name = head.trim_start_matches("unknown field ").trim_matches('`');
            let allowed: Vec<&str> = expected
                .trim_start_matches("one of ")
                .split(", ")
                .map(|s| s.trim_matches('`'))
                .collect();
            let hint = match did_you_mean(name, allowed.iter().copied()) {
                Some(s) => did_you_mean_hint(s),
                None => allowed_hint(&allowed),
            };
            (crate::t!("error-unknown-key", key = name), Some(hint))
        }
        _ => (message, None),
    }
}

/// Read a small user file as UTF-8 text with located errors, under the reading rule of
/// [`crate::fsio::read`]: folders, FIFOs and devices are refused without waiting, and never
/// more than `limit` bytes are read, whatever the file's size claims.
pub(crate) fn read_text_file(path: &std::path::Path, limit: u64) -> Result<String, Diagnostic> {
    let shown = path.display().to_string();
    let bytes = crate::fsio::read(path, limit).map_err(|e| match e {
        crate::fsio::ReadError::Missing => {
            let e = std::io::Error::from_raw_os_error(libc::ENOENT);
            Diagnostic::file(
                &shown,
                crate::t!("error-cannot-read", error = e.to_string()),
            )
            .ending()
        }
        other => Diagnostic::file(&shown, other.to_string()).ending(),
    })?;
    crate::diag::decode_utf8(&shown, &bytes).map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    static INNER: Shape = Shape {
        fields: &[
            Field::new("hold", Kind::Duration, ""),
            Field::new("reps", Kind::Int, ""),
            Field::new("command", Kind::TextList, ""),
        ],
        required: &[],
        label: Label::Counted("step"),
    };
    static TOP: Shape = Shape {
        fields: &[
            Field::new("title", Kind::Text, ""),
            Field::new("step", Kind::Tables(&INNER), ""),
        ],
        required: &[],
        label: Label::Plain,
    };

    fn messages(text: &str) -> Vec<String> {
        report("f.toml", text, &TOP, syntax_problem)
            .into_iter()
            .map(|d| match &d.hint {
                Some(h) => format!("{} [{h}]", d.headline()),
                None => d.headline(),
            })
            .collect()
    }

    #[test]
    fn every_key_and_type_problem_at_once() {
        let found = messages(
            "title = 3\ntitel = \"x\"\n[[step]]\nreps = 2.5\ncommand = \"espeak-ng\"\n[[step]]\nhodl = 1\n",
        );
        assert_eq!(
            found,
            [
                "f.toml:1:9: title must be text in quotes, not a whole number (3) [put the text in quotes: title = \"...\"]",
                "f.toml:2:1: unknown key \"titel\" [did you mean \"title\"?]",
                "f.toml:4:8: step 1: reps must be a whole number, not 2.5 [write reps = 2 or reps = 3]",
                "f.toml:5:11: step 1: command must be a list, not text [write a list: command = [\"espeak-ng\"]]",
                "f.toml:7:1: step 2: unknown key \"hodl\" [did you mean \"hold\"?]",
            ]
        );
    }

    #[test]
    fn fifty_problems_then_a_count() {
        let text: String = (0..60).map(|i| format!("k{i} = 1\n")).collect();
        let found = messages(&text);
        assert_eq!(found.len(), 51);
        assert_eq!(found[50], "f.toml: ... and 10 more problems in this file");
    }

    #[test]
    fn bare_words_get_quoted_in_the_hint() {
        let found = messages("[[step]]\nhold = 10s\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].ends_with("[put it in quotes: hold = \"10s\"]"),
            "{found:?}"
        );
    }

    #[test]
    fn a_good_file_has_no_problems() {
        assert!(messages("title = \"a\"\n[[step]]\nhold = \"10s\"\nreps = 2\n").is_empty());
    }

    #[test]
    fn the_schema_says_the_same_keys() {
        let s = json_schema(&TOP, "x", "t");
        assert_eq!(s["additionalProperties"], json!(false));
        assert_eq!(
            s["properties"]["step"]["items"]["properties"]["reps"]["type"],
            json!("integer")
        );
    }
}
