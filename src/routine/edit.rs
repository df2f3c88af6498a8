//! Changing a routine file without a text editor: the title, `[defaults]` and each step's
//! hold, reps, rest, get-ready and sides; a step moved, removed, duplicated or added from the
//! stretch library; undo before saving; and the save itself.
//!
//! Owns the [`Draft`]: the file as a `toml_edit` document (so the comments and layout the
//! person wrote stay where they were), its undo list, and what is known after each change
//! (its text, whether it differs from the disk's, the routine as [`parse`] loads it or its
//! problems, and the values each line shows). All of it is worked out when something changes,
//! never when it is looked at, so a screen can draw it as often as it likes. Writing goes
//! through [`save`] (with [`crate::fsio`]); nothing else here touches a file. Imports no
//! terminal library: the editor screen (`tui::screens::editor`) draws a draft and maps keys to
//! these operations.
//!
//! A draft's lines, the places a person can be on: 0 is the title, 1 is `[defaults]`, 2 and on
//! are the steps in order.

use std::path::{Path, PathBuf};

use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, TableLike, Value};

use super::{Origin, Routine, Sides, StepKind, parse};
use crate::diag::Diagnostic;
use crate::duration;

/// The line of the title.
pub(crate) const TITLE_LINE: usize = 0;
/// The line of `[defaults]`.
pub(crate) const DEFAULTS_LINE: usize = 1;
/// The line of the first step.
pub(crate) const FIRST_STEP_LINE: usize = 2;

/// The values a draft changes, in their column order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    Hold,
    Reps,
    Rest,
    Prepare,
    Sides,
}

pub(crate) const FIELDS: [Field; 5] = [
    Field::Hold,
    Field::Reps,
    Field::Rest,
    Field::Prepare,
    Field::Sides,
];

impl Field {
    /// The file's keys for it, the one written first.
    fn keys(self) -> &'static [&'static str] {
        match self {
            Field::Hold => &["hold", "duration"],
            Field::Reps => &["reps"],
            Field::Rest => &["rest"],
            Field::Prepare => &["prepare"],
            Field::Sides => &["sides"],
        }
    }
}

/// One value of a line as it is shown: its text, and whether the line sets it itself (`false`:
/// it comes from `[defaults]` or windown's own defaults, or is not set).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Cell {
    pub(crate) text: String,
    pub(crate) set: bool,
}

/// A line of the list below the title: its name and its values in [`FIELDS`] order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Row {
    pub(crate) name: String,
    pub(crate) cells: Vec<Cell>,
}

/// What became of a draft when the file on the disk changed under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OnDisk {
    /// The file is gone; saving writes it again.
    Gone,
    /// The disk has what was last saved or read: nothing to do.
    Same,
    /// The draft had no changes: it is now the disk's version (undo goes back).
    Reloaded,
    /// The draft has changes: they stay, and saving writes over the disk's version.
    KeptChanges,
    /// The disk's version is not TOML; the draft stays as it was.
    NotToml,
}

/// How a file writes its lines: CRLF or LF endings, and whether it begins with a byte order
/// mark. The document is edited in LF without the mark; the file is written as it came.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Form {
    crlf: bool,
    bom: bool,
}

impl Form {
    /// The form of `text`: CRLF when its first line break is one.
    pub(crate) fn of(text: &str) -> Form {
        let body = text.strip_prefix('\u{feff}').unwrap_or(text);
        Form {
            crlf: body.find('\n').is_some_and(|i| body[..i].ends_with('\r')),
            bom: body.len() != text.len(),
        }
    }

    /// `text` without the mark, with LF endings.
    pub(crate) fn plain(self, text: &str) -> std::borrow::Cow<'_, str> {
        let body = text.strip_prefix('\u{feff}').unwrap_or(text);
        if self.crlf {
            body.replace("\r\n", "\n").into()
        } else {
            body.into()
        }
    }

    /// LF text in this form.
    pub(crate) fn apply(self, text: String) -> String {
        let text = if self.crlf {
            text.replace("\r\n", "\n").replace('\n', "\r\n")
        } else {
            text
        };
        if self.bom {
            format!("\u{feff}{text}")
        } else {
            text
        }
    }
}

/// A value that `+` or `-` does not understand (edit it in a text editor).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Unchangeable;

/// A routine file being changed.
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    path: PathBuf,
    doc: DocumentMut,
    /// The file's line endings and byte order mark, kept when it is written.
    form: Form,
    /// The text as it is on disk (saved or read), to tell unsaved changes.
    saved: String,
    /// Earlier documents, the last change last, each with the line the person was on.
    undo: Vec<(DocumentMut, usize)>,
    // Worked out after each change ([`Draft::refresh`]):
    /// The document's text.
    text: String,
    /// `text != saved`.
    dirty: bool,
    /// The document as windown reads it, when it loads.
    routine: Option<Routine>,
    /// Its mistakes, when it does not.
    problems: Vec<Diagnostic>,
    /// The mistakes as the lines a person reads.
    problem_lines: Vec<String>,
    /// The title as written.
    title: String,
    /// `[defaults]` and the steps, as shown.
    rows: Vec<Row>,
}

impl Draft {
    /// Edit `text`, the file at `path`. An error: the text is not TOML at all, or writes its
    /// steps in a way only a text editor can change (the message says so).
    pub(crate) fn open(path: PathBuf, text: &str) -> Result<Draft, String> {
        let form = Form::of(text);
        let doc: DocumentMut = form
            .plain(text)
            .parse()
            .map_err(|e: toml_edit::TomlError| {
                crate::t!(
                    "routine-edit-not-toml",
                    path = path.display().to_string(),
                    error = e.message()
                )
            })?;
        if doc
            .get("step")
            .is_some_and(|s| s.as_array_of_tables().is_none())
        {
            return Err(crate::t!(
                "routine-edit-step-list",
                path = path.display().to_string()
            ));
        }
        let mut d = Draft {
            path,
            doc,
            form,
            saved: text.to_string(),
            undo: Vec::new(),
            text: String::new(),
            dirty: false,
            routine: None,
            problems: Vec::new(),
            problem_lines: Vec::new(),
            title: String::new(),
            rows: Vec::new(),
        };
        d.refresh();
        Ok(d)
    }

    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    /// The file's text as it would be written now.
    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    /// Unsaved changes?
    pub(crate) fn changed(&self) -> bool {
        self.dirty
    }

    /// Why the draft does not load (empty when it does).
    pub(crate) fn problems(&self) -> &[Diagnostic] {
        &self.problems
    }

    /// The problems as lines to read, each diagnostic's lines in turn.
    pub(crate) fn problem_lines(&self) -> &[String] {
        &self.problem_lines
    }

    /// The title as written (empty when there is none or it is not text).
    pub(crate) fn title(&self) -> &str {
        &self.title
    }

    /// `[defaults]` (first) and the steps, with their values as shown.
    pub(crate) fn rows(&self) -> &[Row] {
        &self.rows
    }

    pub(crate) fn step_count(&self) -> usize {
        self.steps().map_or(0, ArrayOfTables::len)
    }

    /// How many lines there are (title, defaults, steps).
    pub(crate) fn line_count(&self) -> usize {
        self.step_count() + FIRST_STEP_LINE
    }

    #[cfg(test)]
    /// Is there a change to undo?
    pub(crate) fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// How many changes undo can take back.
    pub(crate) fn changes(&self) -> usize {
        self.undo.len()
    }

    /// The file was written with `text`.
    pub(crate) fn saved_as(&mut self, text: String) {
        self.saved = text;
        self.dirty = self.text != self.saved;
    }

    /// The file as it is on disk now (another program wrote it, or it went), while the person
    /// is on `line`: without changes here the draft becomes the disk's version; with changes,
    /// they stay and a save writes over the other version.
    pub(crate) fn on_disk(&mut self, text: Option<String>, line: usize) -> OnDisk {
        let Some(text) = text else {
            return OnDisk::Gone;
        };
        if text == self.saved {
            return OnDisk::Same;
        }
        if self.dirty {
            self.saved_as(text);
            return OnDisk::KeptChanges;
        }
        let form = Form::of(&text);
        match form.plain(&text).parse::<DocumentMut>() {
            Ok(doc) => {
                self.remember(line);
                self.doc = doc;
                self.form = form;
                self.saved = text;
                self.refresh();
                OnDisk::Reloaded
            }
            Err(_) => {
                self.saved_as(text);
                OnDisk::NotToml
            }
        }
    }

    /// Undo the last change: the line the person was on then, or `None` with nothing to undo.
    pub(crate) fn undo(&mut self) -> Option<usize> {
        let (doc, line) = self.undo.pop()?;
        self.doc = doc;
        self.refresh();
        Some(line.min(self.line_count() - 1))
    }

    /// `+` (`up`) or `-` on `field` of `line` (defaults or a step; the title has none).
    pub(crate) fn nudge(
        &mut self,
        line: usize,
        field: Field,
        up: bool,
    ) -> Result<(), Unchangeable> {
        if line == TITLE_LINE {
            return Ok(());
        }
        let step = self.step_index(line);
        let current = {
            let shown = match line {
                DEFAULTS_LINE => self
                    .doc
                    .get("defaults")
                    .and_then(Item::as_table_like)
                    .and_then(|t| raw(t, field))
                    .and_then(|i| value_text(field, i)),
                _ => self
                    .steps()
                    .and_then(|s| s.get(step?))
                    .and_then(|t| raw(t, field))
                    .and_then(|i| value_text(field, i)),
            };
            shown.or_else(|| step.and_then(|i| self.effective(i, field)))
        };
        let new = next_value(field, current.as_deref(), up).ok_or(Unchangeable)?;
        self.remember(line);
        let Some(table) = self.table_mut(line) else {
            self.undo.pop();
            return Ok(());
        };
        set_value(table, field, new);
        self.refresh();
        Ok(())
    }

    /// Move the step on `line` up or down: the line it is on now (the same when it cannot).
    pub(crate) fn move_step(&mut self, line: usize, up: bool) -> usize {
        let Some(i) = self.step_index(line) else {
            return line;
        };
        let j = if up {
            i.checked_sub(1)
        } else {
            Some(i + 1).filter(|&j| j < self.step_count())
        };
        let Some(j) = j else { return line };
        self.remember(line);
        let mut t = self.step_tables();
        t.swap(i, j);
        self.reorder(t);
        self.refresh();
        j + FIRST_STEP_LINE
    }

    /// Remove the step on `line`: the line to be on next.
    pub(crate) fn remove_step(&mut self, line: usize) -> usize {
        let Some(i) = self.step_index(line) else {
            return line;
        };
        self.remember(line);
        let mut t = self.step_tables();
        t.remove(i);
        self.reorder(t);
        self.refresh();
        line.min(self.line_count() - 1).max(FIRST_STEP_LINE)
    }

    /// Copy the step on `line` after it: the copy's line.
    pub(crate) fn duplicate_step(&mut self, line: usize) -> usize {
        let Some(i) = self.step_index(line) else {
            return line;
        };
        self.remember(line);
        let mut t = self.step_tables();
        let mut copy = t[i].clone();
        copy.decor_mut().clear();
        t.insert(i + 1, copy);
        self.reorder(t);
        self.refresh();
        i + 1 + FIRST_STEP_LINE
    }

    /// Add `step` after the step on `line` (at the end from the title or defaults): its line.
    pub(crate) fn add_step(&mut self, line: usize, step: &Table) -> usize {
        self.remember(line);
        let mut t = self.step_tables();
        let at = self.step_index(line).map_or(t.len(), |i| i + 1);
        t.insert(at, step.clone());
        if self.steps().is_none() {
            self.doc
                .insert("step", Item::ArrayOfTables(ArrayOfTables::new()));
        }
        self.reorder(t);
        self.refresh();
        at + FIRST_STEP_LINE
    }

    /// Set the title (the person was on `line`); nothing when it is the same.
    pub(crate) fn set_title(&mut self, line: usize, title: &str) {
        if self.doc.get("title").and_then(Item::as_str) == Some(title) {
            return;
        }
        self.remember(line);
        match self.doc.get_mut("title").and_then(Item::as_value_mut) {
            Some(v) => {
                let decor = v.decor().clone();
                *v = Value::from(title);
                *v.decor_mut() = decor;
            }
            None => {
                self.doc.insert("title", toml_edit::value(title));
            }
        }
        self.refresh();
    }

    /// Work out what is known of the document after a change.
    fn refresh(&mut self) {
        self.text = self.form.apply(self.doc.to_string());
        self.dirty = self.text != self.saved;
        let stem = self
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        match parse::parse(
            &self.path.display().to_string(),
            &self.form.plain(&self.text),
            &stem,
            Origin::File(self.path.clone()),
        ) {
            Ok(r) => {
                self.routine = Some(r);
                self.problems.clear();
            }
            Err(d) => {
                self.routine = None;
                self.problems = d;
            }
        }
        self.problem_lines = self
            .problems
            .iter()
            .flat_map(|d| {
                d.to_string()
                    .trim_end()
                    .lines()
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect();
        self.title = self
            .doc
            .get("title")
            .and_then(Item::as_str)
            .unwrap_or_default()
            .to_string();
        self.rows = (DEFAULTS_LINE..self.line_count())
            .map(|line| self.row(line))
            .collect();
    }

    fn steps(&self) -> Option<&ArrayOfTables> {
        self.doc.get("step").and_then(Item::as_array_of_tables)
    }

    /// The index of the step on `line`.
    fn step_index(&self, line: usize) -> Option<usize> {
        line.checked_sub(FIRST_STEP_LINE)
            .filter(|&i| i < self.step_count())
    }

    /// Before a change: remember the document (and the line) to undo it.
    fn remember(&mut self, line: usize) {
        self.undo.push((self.doc.clone(), line));
    }

    /// The value a step runs with (defaults applied), when the file loads.
    fn effective(&self, step: usize, f: Field) -> Option<String> {
        let s = self.routine.as_ref()?.steps.get(step)?;
        if s.kind == StepKind::Task {
            return Some("-".into());
        }
        Some(match f {
            Field::Hold => duration::human(s.duration),
            Field::Reps => s.reps.to_string(),
            Field::Rest => duration::human(s.rest),
            Field::Prepare => duration::human(s.prepare),
            Field::Sides => sides_word(s.sides).into(),
        })
    }

    /// The table of `line` (defaults or a step), `[defaults]` made when there is none.
    fn table_mut(&mut self, line: usize) -> Option<&mut dyn TableLike> {
        match line {
            DEFAULTS_LINE => {
                if self.doc.get("defaults").is_none() {
                    let mut t = Table::new();
                    // Before the steps, where a person would write it.
                    let first = self
                        .steps()
                        .and_then(|s| s.get(0))
                        .and_then(Table::position);
                    if let Some(p) = first {
                        t.set_position(Some(p));
                        if let Some(s) = self
                            .doc
                            .get_mut("step")
                            .and_then(Item::as_array_of_tables_mut)
                            && let Some(t0) = s.get_mut(0)
                        {
                            t0.set_position(Some(p + 1));
                        }
                    }
                    self.doc.insert("defaults", Item::Table(t));
                    // Inserted after the steps in the root: the position puts it first.
                    self.doc.sort_values_by(|a, _, b, _| {
                        (a.get() != "defaults").cmp(&(b.get() != "defaults"))
                    });
                }
                self.doc
                    .get_mut("defaults")
                    .and_then(Item::as_table_like_mut)
            }
            l if l >= FIRST_STEP_LINE => self
                .doc
                .get_mut("step")
                .and_then(Item::as_array_of_tables_mut)?
                .get_mut(l - FIRST_STEP_LINE)
                .map(|t| t as &mut dyn TableLike),
            _ => None,
        }
    }

    /// Put the steps back in this order (moved, removed, duplicated, added).
    fn reorder(&mut self, tables: Vec<Table>) {
        let Some(steps) = self
            .doc
            .get_mut("step")
            .and_then(Item::as_array_of_tables_mut)
        else {
            return;
        };
        let first = steps.iter().filter_map(Table::position).min();
        steps.clear();
        for (i, mut t) in tables.into_iter().enumerate() {
            // The first keeps the steps' place in the file, the others follow it in order.
            t.set_position(if i == 0 { first } else { None });
            steps.push(t);
        }
    }

    fn step_tables(&self) -> Vec<Table> {
        self.steps()
            .map(|s| s.iter().cloned().collect())
            .unwrap_or_default()
    }

    /// The line's name and its five values.
    fn row(&self, line: usize) -> Row {
        let cell = |t: Option<&dyn TableLike>, f: Field, fallback: &dyn Fn() -> String| match t
            .and_then(|t| raw(t, f))
            .and_then(|i| value_text(f, i))
        {
            Some(text) => Cell { text, set: true },
            None => Cell {
                text: fallback(),
                set: false,
            },
        };
        if line == DEFAULTS_LINE {
            let t = self.doc.get("defaults").and_then(Item::as_table_like);
            return Row {
                name: "Defaults".into(),
                cells: FIELDS.iter().map(|&f| cell(t, f, &|| "-".into())).collect(),
            };
        }
        let i = line - FIRST_STEP_LINE;
        let t = self.steps().and_then(|s| s.get(i));
        // A built-in step's words in the language; the person's own as written.
        let title = match t.and_then(step_title) {
            Some(title) => super::content::words_or_own(crate::i18n::current(), title, None),
            None => crate::t!("routine-edit-no-title"),
        };
        Row {
            name: crate::t!("routine-edit-step", n = i + 1, title = title),
            cells: FIELDS
                .iter()
                .map(|&f| {
                    cell(t.map(|t| t as &dyn TableLike), f, &|| {
                        self.effective(i, f).unwrap_or_else(|| "?".into())
                    })
                })
                .collect(),
        }
    }
}

/// Write a routine's text to `path` (replaced whole, never half-written): the text written,
/// or why not, in words.
pub(crate) fn save(path: &Path, text: String) -> Result<String, NotSaved> {
    match crate::fsio::write(path, text.as_bytes()) {
        Ok(()) => Ok(text),
        Err(error) => Err(NotSaved {
            path: path.to_path_buf(),
            error,
        }),
    }
}

/// A routine's file that could not be written.
#[derive(Debug)]
pub struct NotSaved {
    pub(crate) path: PathBuf,
    pub(crate) error: std::io::Error,
}

impl std::fmt::Display for NotSaved {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Not saved: cannot write {}: {}",
            self.path.display(),
            self.error
        )
    }
}

/// The value a field has in a table (as written), if it is set there.
fn raw(table: &dyn TableLike, f: Field) -> Option<&Item> {
    f.keys().iter().find_map(|k| table.get(k))
}

/// A step that "add a step" offers: its title and its table as a routine file has it.
#[derive(Debug, Clone)]
pub(crate) struct Choice {
    pub(crate) title: String,
    pub(crate) table: Table,
}

/// The steps "add a step" offers: every entry of the built-in stretch library, as a step that
/// names it (`stretch = "ID"`), with the timing the first built-in routine using it gives it
/// (that routine's `[defaults]` written into the step, so it stands on its own; a task stays a
/// task), or a 30-second hold for one no built-in routine uses; stretches first, then tasks.
/// The one place the choices come from.
pub(crate) fn stretch_choices() -> Vec<Choice> {
    let library = super::library::Library::builtin();
    // The timing of each stretch where a built-in stretch routine first uses it.
    let mut timed: Vec<(String, Table)> = Vec::new();
    for b in super::builtin::ROUTINES {
        let (Some(src), Ok(routine)) = (super::builtin::source(b.id), b.load()) else {
            continue;
        };
        let Ok(doc) = src.parse::<DocumentMut>() else {
            continue;
        };
        let Some(steps) = doc.get("step").and_then(Item::as_array_of_tables) else {
            continue;
        };
        for (t, s) in steps.iter().zip(&routine.steps) {
            let Some(id) = t.get("stretch").and_then(Item::as_str) else {
                continue;
            };
            if timed.iter().any(|(known, _)| known == id) {
                continue;
            }
            let mut table = Table::new();
            table.insert("stretch", Item::Value(Value::from(id)));
            if t.get("kind").and_then(Item::as_str) == Some("task") {
                table.insert("kind", Item::Value(Value::from("task")));
                timed.push((id.to_string(), table));
                continue;
            }
            let secs = |d: std::time::Duration| Value::from(format!("{}s", d.as_secs()));
            for (f, v) in [
                (Field::Hold, secs(s.duration)),
                (Field::Reps, Value::from(i64::from(s.reps))),
                (Field::Rest, secs(s.rest)),
                (Field::Prepare, secs(s.prepare)),
                (Field::Sides, Value::from(sides_word(s.sides))),
            ] {
                table.insert(f.keys()[0], Item::Value(v));
            }
            timed.push((id.to_string(), table));
        }
    }
    let mut stretches: Vec<_> = library.stretches().iter().collect();
    // Stretches first, then the tasks (setting up, standing up) a routine may also want.
    let is_task = |id: &str| {
        timed
            .iter()
            .any(|(known, t)| known == id && t.get("kind").is_some())
    };
    stretches.sort_by_key(|s| is_task(&s.id));
    stretches
        .into_iter()
        .map(|stretch| {
            let table = match timed.iter().find(|(id, _)| *id == stretch.id) {
                Some((_, table)) => table.clone(),
                None => {
                    let mut table = Table::new();
                    table.insert("stretch", Item::Value(Value::from(stretch.id.as_str())));
                    table.insert(Field::Hold.keys()[0], Item::Value(Value::from("30s")));
                    table
                }
            };
            Choice {
                title: stretch.title.to_string(),
                table,
            }
        })
        .collect()
}

/// What a step is called in the list: its own title, else the title of the library stretch it
/// names (the built-in library; a stretch of the person's own shows its id).
fn step_title(t: &Table) -> Option<&str> {
    if let Some(title) = t.get("title").and_then(Item::as_str) {
        return Some(title);
    }
    t.get("stretch").and_then(Item::as_str).map(|id| {
        super::library::Library::builtin()
            .get(id)
            .map_or(id, |s| s.title.as_str())
    })
}

fn sides_word(s: Sides) -> &'static str {
    match s {
        Sides::None => "none",
        Sides::Both => "both",
        Sides::Left => "left",
        Sides::Right => "right",
    }
}

/// A value as the screen shows it: durations as written (a bare number is seconds: `20s`),
/// numbers, words.
fn value_text(f: Field, item: &Item) -> Option<String> {
    let v = item.as_value()?;
    Some(match v {
        Value::String(s) => s.value().clone(),
        Value::Integer(i) if !matches!(f, Field::Reps) => format!("{}s", i.value()),
        other => other.to_string().trim().to_string(),
    })
}

/// The value after `+` or `-`: durations by 5 s (hold at least 5 s), reps by one (1 to 50),
/// sides in turn. `None`: the value is not one this screen understands.
fn next_value(f: Field, current: Option<&str>, up: bool) -> Option<Value> {
    let secs = |text: Option<&str>, default: u64| -> Option<u64> {
        match text {
            None | Some("-") => Some(default),
            Some(t) => {
                let t = t.trim();
                t.parse::<u64>()
                    .ok()
                    .or_else(|| duration::parse(t).ok().map(|d| d.as_secs()))
            }
        }
    };
    let step = |s: u64, min: u64| -> u64 {
        if up {
            (s / 5).saturating_add(1).saturating_mul(5)
        } else {
            s.saturating_sub(if s.is_multiple_of(5) { 5 } else { s % 5 })
                .max(min)
        }
    };
    Some(match f {
        Field::Hold => Value::from(format!("{}s", step(secs(current, 10)?, 5))),
        Field::Rest => Value::from(format!("{}s", step(secs(current, 0)?, 0))),
        Field::Prepare => Value::from(format!("{}s", step(secs(current, 5)?, 0))),
        Field::Reps => {
            let n: i64 = match current {
                None | Some("-") => 1,
                Some(t) => t.trim().parse().ok()?,
            };
            Value::from(if up {
                n.saturating_add(1).clamp(1, 50)
            } else {
                n.saturating_sub(1).clamp(1, 50)
            })
        }
        Field::Sides => {
            let all = ["none", "both", "left", "right"];
            let i = all
                .iter()
                .position(|s| Some(*s) == current.map(str::trim))
                .unwrap_or(0);
            let j = if up { (i + 1) % 4 } else { (i + 3) % 4 };
            Value::from(all[j])
        }
    })
}

/// Write a field's value into a table, keeping the comment and spacing around an old value.
fn set_value(table: &mut dyn TableLike, f: Field, new: Value) {
    let key = f
        .keys()
        .iter()
        .find(|k| table.get(k).is_some())
        .copied()
        .unwrap_or(f.keys()[0]);
    match table.get_mut(key).and_then(Item::as_value_mut) {
        Some(old) => {
            let decor = old.decor().clone();
            *old = new;
            *old.decor_mut() = decor;
        }
        None => {
            table.insert(key, Item::Value(new));
        }
    }
}

/// A person's routine file with comments, for the editor's tests here and on its screen.
#[cfg(test)]
pub(crate) const SAMPLE: &str = r#"# My evening routine, from the physio (keep this comment).
title = "My legs"

[defaults]
rest = "10s" # between reps

# The calf first.
[[step]]
title = "Wall calf"
hold = "10s"   # the physio said 10
reps = 3
sides = "both"

[[step]]
title = "Hamstring"
hold = 20
"#;

#[cfg(test)]
mod tests {
    use super::*;

    use super::SAMPLE as FILE;

    fn draft() -> Draft {
        Draft::open(PathBuf::from("/cfg/routines/my-legs.toml"), FILE).unwrap()
    }

    #[test]
    fn a_hold_changes_and_the_comments_stay() {
        let mut d = draft();
        assert!(d.problems().is_empty(), "{:?}", d.problems());
        assert!(!d.changed());
        d.nudge(2, Field::Hold, true).unwrap(); // the calf step
        let t = d.text();
        assert!(t.contains("hold = \"15s\"   # the physio said 10"), "{t}");
        assert!(t.starts_with("# My evening routine"), "{t}");
        assert!(t.contains("# The calf first.\n[[step]]"), "{t}");
        assert!(d.changed());
        assert_eq!(d.rows()[1].cells[0].text, "15s");
        assert_eq!(d.undo(), Some(2));
        assert_eq!(d.text(), FILE);
        assert!(!d.changed());
        assert_eq!(d.undo(), None);
    }

    #[test]
    fn steps_move_duplicate_and_go_and_keep_their_comments() {
        let mut d = draft();
        assert_eq!(d.move_step(3, true), 2);
        let t = d.text().to_string();
        let ham = t.find("title = \"Hamstring\"").unwrap();
        let calf = t.find("title = \"Wall calf\"").unwrap();
        assert!(ham < calf, "{t}");
        assert!(
            t.contains("# The calf first.\n[[step]]\ntitle = \"Wall calf\""),
            "{t}"
        );
        assert_eq!(d.duplicate_step(2), 3);
        assert_eq!(
            t.matches("[[step]]").count() + 1,
            d.text().matches("[[step]]").count()
        );
        let mut line = 3;
        for _ in 0..3 {
            line = d.remove_step(line);
        }
        assert_eq!(d.step_count(), 0);
        assert!(!d.problems().is_empty(), "no steps is a mistake");
        assert!(!d.problem_lines().is_empty());
        for _ in 0..3 {
            d.undo();
        }
        assert!(d.problems().is_empty());
        assert!(d.problem_lines().is_empty());
    }

    #[test]
    fn defaults_are_written_in_their_table_or_made_before_the_steps() {
        let mut d = draft();
        d.nudge(DEFAULTS_LINE, Field::Reps, true).unwrap();
        assert!(
            d.text()
                .contains("[defaults]\nrest = \"10s\" # between reps\nreps = 2\n"),
            "{}",
            d.text()
        );
        let mut d = Draft::open(
            PathBuf::from("/r/a.toml"),
            "title = \"A\"\n\n[[step]]\ntitle = \"S\"\nhold = \"10s\"\n",
        )
        .unwrap();
        d.nudge(DEFAULTS_LINE, Field::Sides, true).unwrap();
        let t = d.text();
        assert!(
            t.find("[defaults]").unwrap() < t.find("[[step]]").unwrap(),
            "{t}"
        );
        assert!(d.problems().is_empty(), "{:?}", d.problems());
        assert_eq!(
            d.rows()[0].cells[4],
            Cell {
                text: "both".into(),
                set: true
            }
        );
    }

    #[test]
    fn every_stretch_choice_stands_on_its_own_and_is_added_after_the_line() {
        let choices = stretch_choices();
        let titles: Vec<&str> = choices.iter().map(|c| c.title.as_str()).collect();
        assert!(titles.contains(&"Wall calf stretch"), "{titles:?}");
        assert!(!titles.contains(&"Slow breathing"), "{titles:?}");
        for c in &choices {
            let text = format!("title = \"T\"\n\n[[step]]\n{}", c.table);
            assert!(
                parse::parse("t.toml", &text, "t", Origin::BuiltIn).is_ok(),
                "{text}"
            );
        }
        let mut d = draft();
        let first = choices[0].table.get("stretch").unwrap().as_str().unwrap();
        assert_eq!(d.add_step(2, &choices[0].table), 3);
        assert!(d.text().contains(&format!("stretch = \"{first}\"")));
        assert!(d.problems().is_empty(), "{:?}", d.problems());
        assert_eq!(d.add_step(TITLE_LINE, &choices[0].table), 5, "at the end");
    }

    #[test]
    fn a_title_with_a_line_break_is_a_mistake_and_the_same_title_no_change() {
        let mut d = draft();
        d.set_title(0, "My legs");
        assert!(!d.can_undo());
        d.set_title(0, "Two\nlines");
        assert!(!d.problems().is_empty());
        assert_eq!(d.title(), "Two\nlines");
        d.undo();
        assert!(d.problems().is_empty());
        assert_eq!(d.title(), "My legs");
    }

    #[test]
    fn odd_files_never_panic_and_undo_gives_them_back() {
        let files = [
            "title = 3\n",
            "",
            "defaults = 3\nstep = 4\n",
            "title = \"A\"\ndefaults = { hold = true, reps = 99999999999999 }\n[[step]]\nhold = \"99999999999999999s\"\nreps = 2.5\nsides = 7\n[[step]]\n",
            "[[step]]\n[[step]]\nkind = \"task\"\n[other]\nx = 1\n",
        ];
        let choices = stretch_choices();
        for f in files {
            let Ok(mut d) = Draft::open(PathBuf::from("/r/odd.toml"), f) else {
                continue;
            };
            for line in 0..5 {
                for (i, field) in FIELDS.iter().enumerate() {
                    let _ = d.nudge(line, *field, i % 2 == 0);
                    let _ = d.nudge(line, *field, i % 2 == 1);
                }
                d.move_step(line, true);
                d.move_step(line, false);
                d.duplicate_step(line);
                d.remove_step(line);
                d.add_step(line, &choices[line % choices.len()].table);
                assert_eq!(d.rows().len(), d.step_count() + 1);
            }
            while d.can_undo() {
                d.undo();
            }
            assert_eq!(d.text(), f, "undo all the way gives the file back");
        }
    }

    #[test]
    fn a_file_changed_on_the_disk_is_taken_or_kept_apart() {
        let mut d = draft();
        let other = FILE.replace("hold = 20", "hold = 40");
        assert_eq!(d.on_disk(Some(other.clone()), 2), OnDisk::Reloaded);
        assert_eq!(d.text(), other);
        assert!(!d.changed());
        assert_eq!(d.on_disk(Some(other.clone()), 2), OnDisk::Same);
        // With changes here: they stay, and saving would write over the disk's.
        d.nudge(2, Field::Hold, true).unwrap();
        let mine = d.text().to_string();
        assert_eq!(d.on_disk(Some(FILE.to_string()), 2), OnDisk::KeptChanges);
        assert_eq!(d.text(), mine);
        assert!(d.changed());
        assert_eq!(d.on_disk(None, 2), OnDisk::Gone);
        d.saved_as(mine);
        assert!(!d.changed());
    }

    #[test]
    fn a_save_writes_the_text_or_says_why_not() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("r.toml");
        assert_eq!(save(&path, FILE.into()).unwrap(), FILE);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), FILE);
        let nowhere = tmp.path().join("r.toml").join("below-a-file.toml");
        assert!(
            save(&nowhere, FILE.into())
                .unwrap_err()
                .to_string()
                .starts_with("Not saved")
        );
    }

    /// A file with CRLF endings and a byte order mark: just opened it has no changes, and a
    /// change is written in the same form.
    #[test]
    fn line_endings_and_the_byte_order_mark_are_kept() {
        let crlf = format!("\u{feff}{}", FILE.replace('\n', "\r\n"));
        let mut d = Draft::open(PathBuf::from("/r/win.toml"), &crlf).unwrap();
        assert!(!d.changed(), "a file just opened is not changed");
        assert_eq!(d.text(), crlf);
        d.set_title(0, "Windows legs");
        assert!(d.changed());
        assert!(d.text().starts_with('\u{feff}'));
        assert!(
            !d.text().replace("\r\n", "").contains('\n'),
            "{:?}",
            d.text()
        );
        let lf = Draft::open(PathBuf::from("/r/a.toml"), FILE).unwrap();
        assert!(!lf.changed() && !lf.text().contains('\r'));
    }
}
