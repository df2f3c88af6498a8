//! The editor screen: the common changes to a routine file without a text editor. For the
//! title, for `[defaults]` and for each step: hold, reps, rest, get-ready and sides; a step
//! moved up or down, removed, duplicated, or added from the stretches windown knows; undo
//! before saving.
//!
//! The file is changed as a `toml_edit` document, so the comments and layout the person
//! wrote stay where they were; every change is checked at once with the same parser that
//! loads routines (its mistakes show under the list), and `s` writes the file (a
//! [`Job::SaveRoutine`], carried out off the UI thread), only when it loads.
//!
//! Owns the document being edited, its undo list, the cursor and the add-step list. Reads no
//! file: the text arrives with [`Editor::open`], the save goes out as a job.

use std::path::PathBuf;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};
use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, TableLike, Value};

use super::{Act, Cx, Goto, View};
use crate::diag::{Diagnostic, printable};
use crate::duration;
use crate::routine::{Origin, Routine, Sides, parse};
use crate::text;
use crate::tui::keys::{self, Binding, HelpRow, Key, hint, hint_as};
use crate::tui::theme::{self, Look};
use crate::tui::work::Job;

/// The values the screen changes, in their column order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Hold,
    Reps,
    Rest,
    Prepare,
    Sides,
}

pub const FIELDS: [Field; 5] = [
    Field::Hold,
    Field::Reps,
    Field::Rest,
    Field::Prepare,
    Field::Sides,
];

impl Field {
    pub fn label(self) -> &'static str {
        match self {
            Field::Hold => "hold",
            Field::Reps => "reps",
            Field::Rest => "rest",
            Field::Prepare => "get ready",
            Field::Sides => "sides",
        }
    }

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

/// What a key does on the editor screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    Left,
    Right,
    More,
    Less,
    MoveUp,
    MoveDown,
    Remove,
    Duplicate,
    Add,
    Title,
    Undo,
    Save,
    Help,
    Back,
    Quit,
}

/// The editor screen's keys.
pub const KEYS: &[Binding<Action>] = &[
    Binding {
        keys: &[Key::Up, Key::Char('k')],
        action: Action::Up,
        does: "previous line (title, defaults, steps)",
        hint: hint_as("↑↓", "line", 3),
    },
    Binding {
        keys: &[Key::Down, Key::Char('j')],
        action: Action::Down,
        does: "next line",
        hint: None,
    },
    Binding {
        keys: &[Key::Left, Key::Char('h')],
        action: Action::Left,
        does: "previous value (hold, reps, rest, get ready, sides)",
        hint: hint_as("←→", "value", 4),
    },
    Binding {
        keys: &[Key::Right, Key::Char('l')],
        action: Action::Right,
        does: "next value",
        hint: None,
    },
    Binding {
        keys: &[Key::Char('+'), Key::Char('=')],
        action: Action::More,
        does: "more (5 s longer, one rep more, the next sides)",
        hint: hint_as("+-", "change", 8),
    },
    Binding {
        keys: &[Key::Char('-')],
        action: Action::Less,
        does: "less",
        hint: None,
    },
    Binding {
        keys: &[Key::Char('K')],
        action: Action::MoveUp,
        does: "move the step up",
        hint: None,
    },
    Binding {
        keys: &[Key::Char('J')],
        action: Action::MoveDown,
        does: "move the step down",
        hint: None,
    },
    Binding {
        keys: &[Key::Char('x')],
        action: Action::Remove,
        does: "remove the step",
        hint: None,
    },
    Binding {
        keys: &[Key::Char('d')],
        action: Action::Duplicate,
        does: "duplicate the step",
        hint: None,
    },
    Binding {
        keys: &[Key::Char('a')],
        action: Action::Add,
        does: "add a step after this one, from the stretches windown knows",
        hint: hint("add", 2),
    },
    Binding {
        keys: &[Key::Char('t'), Key::Enter],
        action: Action::Title,
        does: "change the title (on the title line: Enter too)",
        hint: None,
    },
    Binding {
        keys: &[Key::Char('u')],
        action: Action::Undo,
        does: "undo the last change",
        hint: hint("undo", 5),
    },
    Binding {
        keys: &[Key::Char('s')],
        action: Action::Save,
        does: "save the file (only when it loads)",
        hint: hint("save", 9),
    },
    Binding {
        keys: &[Key::Char('?')],
        action: Action::Help,
        does: "help",
        hint: hint("help", 6),
    },
    Binding {
        keys: &[Key::Char('q'), Key::Esc],
        action: Action::Back,
        does: "back home (asks again when not saved)",
        hint: hint("back", 10),
    },
    Binding {
        keys: &[Key::Ctrl('c')],
        action: Action::Quit,
        does: "quit (asks again when not saved)",
        hint: None,
    },
];

/// What a key does in the add-step list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickAction {
    Up,
    Down,
    Add,
    Cancel,
}

/// The add-step list's keys, taken instead of [`KEYS`] while it is open.
pub const PICK_KEYS: &[Binding<PickAction>] = &[
    Binding {
        keys: &[Key::Up, Key::Char('k')],
        action: PickAction::Up,
        does: "add a step: previous stretch",
        hint: hint_as("↑↓", "choose", 2),
    },
    Binding {
        keys: &[Key::Down, Key::Char('j')],
        action: PickAction::Down,
        does: "add a step: next stretch",
        hint: None,
    },
    Binding {
        keys: &[Key::Enter],
        action: PickAction::Add,
        does: "add a step: add this one",
        hint: hint("add", 3),
    },
    Binding {
        keys: &[Key::Esc, Key::Char('q')],
        action: PickAction::Cancel,
        does: "add a step: add none",
        hint: hint("cancel", 1),
    },
];

/// What a key does while the title is typed (other keys type).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleAction {
    Set,
    Cancel,
}

/// The title's keys while it is typed: letters type, Backspace deletes.
pub const TITLE_KEYS: &[Binding<TitleAction>] = &[
    Binding {
        keys: &[Key::Enter],
        action: TitleAction::Set,
        does: "title: set it (letters type, Backspace deletes)",
        hint: hint("set", 2),
    },
    Binding {
        keys: &[Key::Esc],
        action: TitleAction::Cancel,
        does: "title: leave it as it was",
        hint: hint("cancel", 1),
    },
];

/// A step that "add" offers: its title and its table as a routine file has it.
#[derive(Debug, Clone)]
pub struct Choice {
    pub title: String,
    pub table: Table,
}

/// The steps "add a step" offers: every entry of the built-in stretch library, as a step that
/// names it (`stretch = "ID"`), with the timing the first built-in routine using it gives it
/// (that routine's `[defaults]` written into the step, so it stands on its own; a task stays a
/// task), or a 30-second hold for one no built-in routine uses; stretches first, then tasks.
/// The one place the choices come from.
pub fn stretch_choices() -> Vec<Choice> {
    let library = crate::routine::library::Library::builtin();
    // The timing of each stretch where a built-in stretch routine first uses it.
    let mut timed: Vec<(String, Table)> = Vec::new();
    for b in crate::routine::builtin::ROUTINES {
        let (Some(src), Ok(routine)) = (crate::routine::builtin::source(b.id), b.load()) else {
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
fn step_title(t: &Table) -> &str {
    if let Some(title) = t.get("title").and_then(Item::as_str) {
        return title;
    }
    match t.get("stretch").and_then(Item::as_str) {
        Some(id) => crate::routine::library::Library::builtin()
            .get(id)
            .map_or(id, |s| s.title.as_str()),
        None => "(no title)",
    }
}

/// The editor screen's state.
#[derive(Debug, Clone)]
pub struct Editor {
    pub path: PathBuf,
    doc: DocumentMut,
    /// The text as it is on disk (saved), to tell unsaved changes.
    saved: String,
    /// Earlier documents, the last change last (with the cursor then).
    undo: Vec<(DocumentMut, usize)>,
    /// 0: the title; 1: `[defaults]`; 2 and on: the steps.
    pub row: usize,
    /// Index into [`FIELDS`].
    pub field: usize,
    /// The document as windown reads it, when it loads.
    routine: Option<Routine>,
    /// Its mistakes, when it does not.
    pub problems: Vec<Diagnostic>,
    /// A line to tell (saved, cannot save, ...), cleared by the next key.
    pub message: Option<String>,
    /// The add-step list: the one chosen.
    pub picking: Option<usize>,
    pub choices: Vec<Choice>,
    /// The title being typed.
    pub typing: Option<String>,
    /// Leaving unsaved was asked once.
    leave_asked: bool,
    /// A save is on its way.
    saving: bool,
}

impl Editor {
    /// Edit `text`, the file at `path`. An error: the text is not TOML at all (then only a
    /// text editor can help).
    pub fn open(path: PathBuf, text: &str) -> Result<Editor, String> {
        let doc: DocumentMut = text.parse().map_err(|e: toml_edit::TomlError| {
            format!("{} cannot be edited here: {}", path.display(), e.message())
        })?;
        if doc
            .get("step")
            .is_some_and(|s| s.as_array_of_tables().is_none())
        {
            return Err(format!(
                "{} writes its steps in one list (step = [...]): edit it with e instead",
                path.display()
            ));
        }
        let mut e = Editor {
            path,
            doc,
            saved: text.to_string(),
            undo: Vec::new(),
            row: 0,
            field: 0,
            routine: None,
            problems: Vec::new(),
            message: None,
            picking: None,
            choices: stretch_choices(),
            typing: None,
            leave_asked: false,
            saving: false,
        };
        e.check();
        Ok(e)
    }

    /// The file's text as it would be written now.
    pub fn text(&self) -> String {
        self.doc.to_string()
    }

    /// Unsaved changes?
    pub fn changed(&self) -> bool {
        self.text() != self.saved
    }

    /// The file as it is on disk now (another program wrote it, or it went): without changes
    /// here it is shown as it is now; with changes, they stay and the person is told that `s`
    /// would write over the other version.
    pub fn on_disk(&mut self, text: Option<String>) {
        let Some(text) = text else {
            self.message = Some("The file is gone from the disk; s writes it again.".into());
            return;
        };
        if text == self.saved {
            return;
        }
        if self.changed() {
            self.saved = text;
            self.message = Some(
                "The file changed on the disk meanwhile: s writes this version over it, q leaves \
                 it as it is there."
                    .into(),
            );
            return;
        }
        match text.parse::<DocumentMut>() {
            Ok(doc) => {
                self.remember();
                self.doc = doc;
                self.saved = text;
                self.row = self.row.min(self.step_count() + 1);
                self.check();
                self.message = Some("The file changed on the disk: shown as it is now.".into());
            }
            Err(_) => {
                self.saved = text;
                self.message = Some(
                    "The file changed on the disk and is not TOML now: q, then e to fix it.".into(),
                );
            }
        }
    }

    /// The save came back.
    pub fn saved(&mut self, result: Result<String, String>) {
        self.saving = false;
        match result {
            Ok(text) => {
                self.saved = text;
                self.message = Some(format!("Saved {}.", self.path.display()));
            }
            Err(e) => self.message = Some(e),
        }
    }

    fn stem(&self) -> String {
        self.path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    /// Check the document as windown would load it.
    fn check(&mut self) {
        let text = self.text();
        match parse::parse(
            &self.path.display().to_string(),
            &text,
            &self.stem(),
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
    }

    fn steps(&self) -> Option<&ArrayOfTables> {
        self.doc.get("step").and_then(Item::as_array_of_tables)
    }

    fn step_count(&self) -> usize {
        self.steps().map_or(0, ArrayOfTables::len)
    }

    /// The selected step's index.
    fn step_index(&self) -> Option<usize> {
        self.row.checked_sub(2).filter(|&i| i < self.step_count())
    }

    /// Before a change: remember the document to undo it.
    fn remember(&mut self) {
        self.undo.push((self.doc.clone(), self.row));
        self.leave_asked = false;
    }

    /// After a change: check it.
    fn changed_now(&mut self) {
        self.check();
    }

    /// The value a field has in a table (as written), if it is set there.
    fn raw(table: &dyn TableLike, f: Field) -> Option<&Item> {
        f.keys().iter().find_map(|k| table.get(k))
    }

    /// The value a step runs with (defaults applied), when the file loads.
    fn effective(&self, step: usize, f: Field) -> Option<String> {
        let s = self.routine.as_ref()?.steps.get(step)?;
        if s.kind == crate::routine::StepKind::Task {
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

    /// The table of the selected line (defaults or a step), created for `[defaults]`.
    fn table_mut(&mut self, create: bool) -> Option<&mut dyn TableLike> {
        match self.row {
            1 => {
                if self.doc.get("defaults").is_none() {
                    if !create {
                        return None;
                    }
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
            r if r >= 2 => self
                .doc
                .get_mut("step")
                .and_then(Item::as_array_of_tables_mut)?
                .get_mut(r - 2)
                .map(|t| t as &mut dyn TableLike),
            _ => None,
        }
    }

    /// `+` (`up`) or `-` on the selected value.
    fn nudge(&mut self, up: bool) {
        if self.row == 0 {
            return;
        }
        let f = FIELDS[self.field];
        let step = self.step_index();
        let current = {
            let shown = match self.row {
                1 => self
                    .doc
                    .get("defaults")
                    .and_then(Item::as_table_like)
                    .and_then(|t| Self::raw(t, f))
                    .and_then(|i| value_text(f, i)),
                _ => self
                    .steps()
                    .and_then(|s| s.get(step?))
                    .and_then(|t| Self::raw(t, f))
                    .and_then(|i| value_text(f, i)),
            };
            shown.or_else(|| step.and_then(|i| self.effective(i, f)))
        };
        let Some(new) = next_value(f, current.as_deref(), up) else {
            self.message = Some("That value cannot be changed here: edit it with e.".into());
            return;
        };
        self.remember();
        let Some(table) = self.table_mut(true) else {
            self.undo.pop();
            return;
        };
        set_value(table, f, new);
        self.changed_now();
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

    fn move_step(&mut self, up: bool) {
        let Some(i) = self.step_index() else { return };
        let j = if up {
            i.checked_sub(1)
        } else {
            Some(i + 1).filter(|&j| j < self.step_count())
        };
        let Some(j) = j else { return };
        self.remember();
        let mut t = self.step_tables();
        t.swap(i, j);
        self.reorder(t);
        self.row = j + 2;
        self.changed_now();
    }

    fn remove_step(&mut self) {
        let Some(i) = self.step_index() else { return };
        self.remember();
        let mut t = self.step_tables();
        t.remove(i);
        self.reorder(t);
        self.row = self.row.min(self.step_count() + 1).max(2);
        self.changed_now();
    }

    fn duplicate_step(&mut self) {
        let Some(i) = self.step_index() else { return };
        self.remember();
        let mut t = self.step_tables();
        let mut copy = t[i].clone();
        copy.decor_mut().clear();
        t.insert(i + 1, copy);
        self.reorder(t);
        self.row = i + 3;
        self.changed_now();
    }

    fn add_step(&mut self, choice: usize) {
        let Some(c) = self.choices.get(choice) else {
            return;
        };
        let table = c.table.clone();
        self.remember();
        let mut t = self.step_tables();
        let at = self.step_index().map_or(t.len(), |i| i + 1);
        t.insert(at, table);
        if self.steps().is_none() {
            self.doc
                .insert("step", Item::ArrayOfTables(ArrayOfTables::new()));
        }
        self.reorder(t);
        self.row = at + 2;
        self.changed_now();
    }

    fn set_title(&mut self, title: String) {
        self.remember();
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
        self.changed_now();
    }

    fn act(&mut self, a: Action) -> Vec<Act> {
        let rows = self.step_count() + 2;
        match a {
            Action::Up => self.row = self.row.saturating_sub(1),
            Action::Down => self.row = (self.row + 1).min(rows - 1),
            Action::Left => self.field = self.field.saturating_sub(1),
            Action::Right => self.field = (self.field + 1).min(FIELDS.len() - 1),
            Action::More => self.nudge(true),
            Action::Less => self.nudge(false),
            Action::MoveUp => self.move_step(true),
            Action::MoveDown => self.move_step(false),
            Action::Remove => self.remove_step(),
            Action::Duplicate => self.duplicate_step(),
            Action::Add => {
                if !self.choices.is_empty() {
                    self.picking = Some(0);
                }
            }
            Action::Title => {
                let now = self
                    .doc
                    .get("title")
                    .and_then(Item::as_str)
                    .unwrap_or_default();
                self.typing = Some(now.to_string());
            }
            Action::Undo => match self.undo.pop() {
                Some((doc, row)) => {
                    self.doc = doc;
                    self.row = row.min(self.step_count() + 1);
                    self.check();
                }
                None => self.message = Some("Nothing to undo.".into()),
            },
            Action::Save => {
                if !self.problems.is_empty() {
                    self.message = Some(
                        "Not saved: the routine has mistakes (below). u undoes a change.".into(),
                    );
                } else if !self.changed() {
                    self.message = Some("No changes to save.".into());
                } else if !self.saving {
                    self.saving = true;
                    return vec![Act::Do(Job::SaveRoutine {
                        path: self.path.clone(),
                        text: self.text(),
                    })];
                }
            }
            Action::Help => return vec![Act::Help],
            Action::Back | Action::Quit => {
                if self.changed() && !self.leave_asked {
                    self.leave_asked = true;
                    self.message = Some(
                        "Not saved: s saves; the same key again leaves without saving.".into(),
                    );
                } else if a == Action::Quit {
                    return vec![Act::Quit];
                } else {
                    return vec![Act::Go(Goto::Home)];
                }
            }
        }
        Vec::new()
    }

    /// One line of the list: its name and its five values.
    fn row_cells(&self, row: usize) -> (String, Vec<(String, bool)>) {
        match row {
            0 => (String::new(), Vec::new()),
            1 => {
                let t = self.doc.get("defaults").and_then(Item::as_table_like);
                let cells = FIELDS
                    .iter()
                    .map(|&f| {
                        match t
                            .and_then(|t| Self::raw(t, f))
                            .and_then(|i| value_text(f, i))
                        {
                            Some(v) => (v, true),
                            None => ("-".into(), false),
                        }
                    })
                    .collect();
                ("Defaults".into(), cells)
            }
            r => {
                let i = r - 2;
                let t = self.steps().and_then(|s| s.get(i));
                let title = t.map_or("(no title)", step_title);
                let cells = FIELDS
                    .iter()
                    .map(|&f| {
                        match t
                            .and_then(|t| Self::raw(t, f))
                            .and_then(|i| value_text(f, i))
                        {
                            Some(v) => (v, true),
                            None => (self.effective(i, f).unwrap_or_else(|| "?".into()), false),
                        }
                    })
                    .collect();
                (format!("{}. {}", i + 1, title), cells)
            }
        }
    }

    fn render_list(&self, look: Look, area: Rect, buf: &mut Buffer) {
        let name = self
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let changed = if self.changed() { " (not saved)" } else { "" };
        let block = theme::panel(look, &printable(&format!("{name}{changed}")));
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.width < 8 || inner.height == 0 {
            return;
        }
        let w = usize::from(inner.width);
        // Wide: every value in its column; narrow: the chosen one only.
        let col = 10;
        let wide = w >= 2 + 16 + col * FIELDS.len();
        let name_w = if wide {
            w - 2 - col * FIELDS.len()
        } else {
            w.saturating_sub(2 + col)
        };
        let mut lines: Vec<Line> = Vec::new();
        let title = match &self.typing {
            Some(t) => format!("{t}_"),
            None => self
                .doc
                .get("title")
                .and_then(Item::as_str)
                .unwrap_or_default()
                .to_string(),
        };
        let mark = |sel: bool| {
            if sel {
                if look.unicode { "▶ " } else { "> " }
            } else {
                "  "
            }
        };
        lines.push(Line::from(vec![
            Span::raw(mark(self.row == 0)),
            Span::styled("Title: ", theme::dim()),
            Span::styled(
                text::fit(&printable(&title), w.saturating_sub(9)).into_owned(),
                if self.row == 0 {
                    theme::selected()
                } else {
                    theme::bold()
                },
            ),
        ]));
        // The column heads.
        let mut head = vec![Span::raw(" ".repeat(2 + name_w))];
        for (i, f) in FIELDS.iter().enumerate() {
            if wide || i == self.field {
                let style = if i == self.field {
                    theme::title()
                } else {
                    theme::dim()
                };
                head.push(Span::styled(pad(f.label(), col), style));
            }
        }
        lines.push(Line::from(head));
        let rows = self.step_count() + 2;
        // Keep the selected line in view.
        let room = usize::from(inner.height).saturating_sub(2).max(1);
        let first = if self.row > room {
            self.row + 1 - room
        } else {
            1
        };
        for r in (first..rows).take(room) {
            let (name, cells) = self.row_cells(r);
            let sel = r == self.row;
            let mut spans = vec![
                Span::raw(mark(sel)),
                Span::styled(
                    pad(&text::fit(&printable(&name), name_w), name_w),
                    if sel { theme::bold() } else { Style::new() },
                ),
            ];
            for (i, (v, set)) in cells.into_iter().enumerate() {
                if !(wide || i == self.field) {
                    continue;
                }
                let style = if sel && i == self.field {
                    theme::selected()
                } else if set {
                    Style::new()
                } else {
                    theme::dim()
                };
                spans.push(Span::styled(
                    pad(&text::fit(&printable(&v), col - 1), col - 1),
                    style,
                ));
                spans.push(Span::raw(" "));
            }
            lines.push(Line::from(spans));
        }
        Paragraph::new(lines).render(inner, buf);
    }

    fn render_check(&self, look: Look, area: Rect, buf: &mut Buffer) {
        let (title, lines): (&str, Vec<Line>) = if let Some(p) = self.picking {
            let lines = self
                .choices
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let style = if i == p {
                        theme::selected()
                    } else {
                        Style::new()
                    };
                    Line::styled(printable(&c.title).into_owned(), style)
                })
                .collect();
            ("Add a step", lines)
        } else if self.problems.is_empty() {
            let mut l = vec![Line::styled("The routine loads.", theme::good())];
            l.push(Line::styled(
                "Dim values come from [defaults] or windown's own defaults.",
                theme::dim(),
            ));
            ("Check", l)
        } else {
            let mut l = vec![Line::styled("Does not load:", theme::error())];
            for d in &self.problems {
                l.extend(
                    d.to_string()
                        .trim_end()
                        .lines()
                        .map(|s| Line::raw(printable(s).into_owned())),
                );
            }
            ("Check", l)
        };
        let mut lines = lines;
        if let Some(m) = &self.message {
            lines.insert(0, Line::styled(printable(m).into_owned(), theme::notice()));
        }
        // The chosen stretch in view.
        let scroll = self.picking.map_or(0, |p| {
            p.saturating_sub(usize::from(area.height.saturating_sub(3)))
        });
        Paragraph::new(lines)
            .block(theme::panel(look, title))
            .wrap(Wrap { trim: false })
            .scroll((u16::try_from(scroll).unwrap_or(0), 0))
            .render(area, buf);
    }
}

/// `text` left-aligned in `cols` columns.
fn pad(text: &str, cols: usize) -> String {
    format!("{text}{}", text::padding(text, cols))
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

impl View for Editor {
    fn render(&self, cx: &Cx, area: Rect, buf: &mut Buffer) {
        let look = cx.look;
        let check_h = if area.height >= 20 { 8 } else { 4 };
        let [header, list, check, keys_a] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(4),
            Constraint::Length(check_h),
            Constraint::Length(1),
        ])
        .areas(area);
        let title = self
            .doc
            .get("title")
            .and_then(Item::as_str)
            .unwrap_or_default();
        Line::from(vec![
            Span::styled(" windown", theme::title()),
            Span::raw(
                text::fit(
                    &printable(&format!("  editing {title}")),
                    usize::from(area.width).saturating_sub(9),
                )
                .into_owned(),
            ),
        ])
        .render(header, buf);
        self.render_list(look, list, buf);
        self.render_check(look, check, buf);
        let line = if self.typing.is_some() {
            keys::hint_line(look, TITLE_KEYS, keys_a.width, |_, w| Some(w))
        } else if self.picking.is_some() {
            keys::hint_line(look, PICK_KEYS, keys_a.width, |_, w| Some(w))
        } else {
            keys::hint_line(look, KEYS, keys_a.width, |_, w| Some(w))
        };
        line.render(keys_a, buf);
    }

    fn help(&self, look: Look) -> Vec<HelpRow> {
        let mut rows = keys::help_rows(KEYS, look.unicode);
        rows.extend(keys::help_rows(PICK_KEYS, look.unicode));
        rows.extend(keys::help_rows(TITLE_KEYS, look.unicode));
        rows
    }

    fn key(&mut self, key: &KeyEvent, _cx: &Cx) -> Vec<Act> {
        self.message = None;
        if let Some(t) = &mut self.typing {
            match keys::action(TITLE_KEYS, key) {
                Some(TitleAction::Set) => {
                    let t = t.trim().to_string();
                    self.typing = None;
                    let now = self.doc.get("title").and_then(Item::as_str);
                    if now != Some(t.as_str()) {
                        self.set_title(t);
                    }
                }
                Some(TitleAction::Cancel) => self.typing = None,
                None => match key.code {
                    KeyCode::Backspace => {
                        t.pop();
                    }
                    KeyCode::Char(c) if !crate::diag::is_unsafe_char(c) && text::width(t) < 200 => {
                        t.push(c);
                    }
                    _ => {}
                },
            }
            return Vec::new();
        }
        if let Some(p) = self.picking {
            match keys::action(PICK_KEYS, key) {
                Some(PickAction::Up) => self.picking = Some(p.saturating_sub(1)),
                Some(PickAction::Down) => {
                    self.picking = Some((p + 1).min(self.choices.len().saturating_sub(1)));
                }
                Some(PickAction::Add) => {
                    self.picking = None;
                    self.add_step(p);
                }
                Some(PickAction::Cancel) => self.picking = None,
                None => {}
            }
            return Vec::new();
        }
        match keys::action(KEYS, key) {
            // Enter changes the title only on its line; `t` anywhere.
            Some(Action::Title) if key.code == KeyCode::Enter && self.row != 0 => Vec::new(),
            Some(a) => self.act(a),
            None => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"# My evening routine, from the physio (keep this comment).
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

    fn ed() -> Editor {
        Editor::open(PathBuf::from("/cfg/routines/my-legs.toml"), FILE).unwrap()
    }

    fn press(e: &mut Editor, a: Action) -> Vec<Act> {
        e.act(a)
    }

    #[test]
    fn a_hold_changes_and_the_comments_stay() {
        let mut e = ed();
        assert!(e.problems.is_empty(), "{:?}", e.problems);
        press(&mut e, Action::Down);
        press(&mut e, Action::Down); // the calf step, hold
        press(&mut e, Action::More);
        let t = e.text();
        assert!(t.contains("hold = \"15s\"   # the physio said 10"), "{t}");
        assert!(t.starts_with("# My evening routine"), "{t}");
        assert!(t.contains("# The calf first.\n[[step]]"), "{t}");
        assert!(e.changed());
        press(&mut e, Action::Undo);
        assert_eq!(e.text(), FILE);
        assert!(!e.changed());
    }

    #[test]
    fn steps_move_duplicate_and_go_and_keep_their_comments() {
        let mut e = ed();
        e.row = 3; // Hamstring
        press(&mut e, Action::MoveUp);
        let t = e.text();
        let ham = t.find("title = \"Hamstring\"").unwrap();
        let calf = t.find("title = \"Wall calf\"").unwrap();
        assert!(ham < calf, "{t}");
        assert!(
            t.contains("# The calf first.\n[[step]]\ntitle = \"Wall calf\""),
            "{t}"
        );
        assert_eq!(e.row, 2);
        press(&mut e, Action::Duplicate);
        assert_eq!(
            t.matches("[[step]]").count() + 1,
            e.text().matches("[[step]]").count()
        );
        press(&mut e, Action::Remove);
        press(&mut e, Action::Remove);
        press(&mut e, Action::Remove);
        // The last step cannot go without a mistake being shown.
        assert!(!e.problems.is_empty() || e.step_count() >= 1);
        for _ in 0..3 {
            press(&mut e, Action::Undo);
        }
        assert!(e.problems.is_empty());
    }

    #[test]
    fn defaults_are_written_in_their_table_or_made_before_the_steps() {
        let mut e = ed();
        e.row = 1;
        e.field = 1; // reps
        press(&mut e, Action::More);
        assert!(
            e.text()
                .contains("[defaults]\nrest = \"10s\" # between reps\nreps = 2\n"),
            "{}",
            e.text()
        );
        let mut e = Editor::open(
            PathBuf::from("/r/a.toml"),
            "title = \"A\"\n\n[[step]]\ntitle = \"S\"\nhold = \"10s\"\n",
        )
        .unwrap();
        e.row = 1;
        e.field = 4; // sides
        press(&mut e, Action::More);
        let t = e.text();
        assert!(
            t.find("[defaults]").unwrap() < t.find("[[step]]").unwrap(),
            "{t}"
        );
        assert!(e.problems.is_empty(), "{:?}", e.problems);
    }

    #[test]
    fn a_step_is_added_from_the_stretches_and_mistakes_stop_a_save() {
        let mut e = ed();
        let titles: Vec<&str> = e.choices.iter().map(|c| c.title.as_str()).collect();
        assert!(titles.contains(&"Wall calf stretch"), "{titles:?}");
        assert!(!titles.contains(&"Slow breathing"), "{titles:?}");
        // Each stands on its own: it loads as the only step of a routine.
        for c in &e.choices {
            let text = format!("title = \"T\"\n\n[[step]]\n{}", c.table);
            assert!(
                parse::parse("t.toml", &text, "t", Origin::BuiltIn).is_ok(),
                "{text}"
            );
        }
        e.row = 2;
        press(&mut e, Action::Add);
        let first = e.choices[0]
            .table
            .get("stretch")
            .unwrap()
            .as_str()
            .unwrap()
            .to_string();
        e.picking = None;
        e.add_step(0);
        assert_eq!(e.row, 3);
        assert!(e.text().contains(&format!("stretch = \"{first}\"")));
        assert!(e.problems.is_empty(), "{:?}", e.problems);
        // Reps below 1 cannot be made; a title with a line break can, and is a mistake.
        e.set_title("Two\nlines".into());
        assert!(!e.problems.is_empty());
        assert!(press(&mut e, Action::Save).is_empty());
        press(&mut e, Action::Undo);
        assert!(matches!(
            press(&mut e, Action::Save).as_slice(),
            [Act::Do(Job::SaveRoutine { .. })]
        ));
    }

    #[test]
    fn leaving_unsaved_asks_once() {
        let mut e = ed();
        e.row = 2;
        press(&mut e, Action::More);
        assert!(press(&mut e, Action::Back).is_empty());
        assert_eq!(press(&mut e, Action::Back), [Act::Go(Goto::Home)]);
        let mut e = ed();
        e.row = 2;
        press(&mut e, Action::More);
        assert!(press(&mut e, Action::Quit).is_empty());
        assert_eq!(press(&mut e, Action::Quit), [Act::Quit]);
        // Saved: no question.
        let mut e = ed();
        assert_eq!(press(&mut e, Action::Back), [Act::Go(Goto::Home)]);
    }

    #[test]
    fn odd_files_never_panic_whatever_is_pressed() {
        let files = [
            "title = 3\n",
            "",
            "defaults = 3\nstep = 4\n",
            "title = \"A\"\ndefaults = { hold = true, reps = 99999999999999 }\n[[step]]\nhold = \"99999999999999999s\"\nreps = 2.5\nsides = 7\n[[step]]\n",
            "[[step]]\n[[step]]\nkind = \"task\"\n[other]\nx = 1\n",
        ];
        let all = [
            Action::Down,
            Action::More,
            Action::Right,
            Action::More,
            Action::Less,
            Action::Right,
            Action::More,
            Action::Right,
            Action::Less,
            Action::Right,
            Action::More,
            Action::Right,
            Action::MoveUp,
            Action::Down,
            Action::MoveDown,
            Action::Duplicate,
            Action::Down,
            Action::Remove,
            Action::Remove,
            Action::Remove,
            Action::Up,
            Action::Less,
            Action::Undo,
            Action::Undo,
            Action::Save,
            Action::Left,
            Action::Left,
            Action::Back,
        ];
        for f in files {
            let Ok(mut e) = Editor::open(PathBuf::from("/r/odd.toml"), f) else {
                continue;
            };
            for (i, a) in all.iter().enumerate() {
                press(&mut e, *a);
                if i % 7 == 0 {
                    e.add_step(i % e.choices.len().max(1));
                }
                let _ = crate::tui::screens::tests::draw(&e, 40, 12);
            }
            while !e.undo.is_empty() {
                press(&mut e, Action::Undo);
            }
            assert_eq!(e.text(), f, "undo all the way gives the file back");
        }
    }

    #[test]
    fn a_file_changed_on_the_disk_is_shown_or_told() {
        let mut e = ed();
        let other = FILE.replace("hold = 20", "hold = 40");
        e.on_disk(Some(other.clone()));
        assert_eq!(e.text(), other);
        assert!(!e.changed());
        // With changes here: they stay, and saving would write over the disk's.
        e.row = 2;
        press(&mut e, Action::More);
        let mine = e.text();
        e.on_disk(Some(FILE.to_string()));
        assert_eq!(e.text(), mine);
        assert!(
            e.message
                .as_deref()
                .unwrap()
                .contains("changed on the disk")
        );
        assert!(e.changed());
        e.on_disk(None);
        assert!(e.message.as_deref().unwrap().contains("gone"));
    }

    #[test]
    fn snapshots() {
        use crate::tui::screens::tests::draw;
        let mut e = ed();
        e.row = 2;
        e.field = 0;
        insta::assert_snapshot!("editor_80x24", draw(&e, 80, 24));
        insta::assert_snapshot!("editor_40x12", draw(&e, 40, 12));
        e.set_title("Two\nlines".into());
        insta::assert_snapshot!("editor_mistake_80x24", draw(&e, 80, 24));
        e.picking = Some(1);
        insta::assert_snapshot!("editor_add_40x12", draw(&e, 40, 12));
    }
}
