//! The editor screen: the common changes to a routine file without a text editor, drawn and
//! keyed. For the title, for `[defaults]` and for each step: hold, reps, rest, get-ready and
//! sides; a step moved up or down, removed, duplicated, or added from the stretches windown
//! knows; undo before saving.
//!
//! The file being changed is a [`Draft`] ([`crate::routine::edit`]): the document, its undo,
//! every change, whether it loads and what its lines show, all worked out when it changes. This
//! file owns only the cursor, the add-step list, the title being typed and the last message,
//! and maps keys to the draft's operations. `s` saves with a [`Job::SaveRoutine`] (carried out
//! off the UI thread by [`crate::routine::edit::save`]), only when the draft loads. Reads no
//! file: the text arrives with [`Editor::open`].

use std::path::{Path, PathBuf};

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::{Act, Cx, Goto, View};
use crate::diag::printable;
use crate::routine;
use crate::routine::edit::{Choice, Draft, FIELDS, Field, OnDisk, Unchangeable};
use crate::t;
use crate::text;
use crate::tui::keys::{self, Binding, HelpRow, Key, hint, hint_as};
use crate::tui::theme::{self, Look};
use crate::tui::words::fixed;
use crate::tui::work::Job;

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

/// The editor screen's state: the draft (the model, [`routine::edit`]) and where the person is
/// in it.
#[derive(Debug, Clone)]
pub struct Editor {
    draft: Draft,
    /// The line chosen: 0 the title, 1 `[defaults]`, 2 and on the steps.
    pub(crate) row: usize,
    /// Index into [`FIELDS`].
    pub(crate) field: usize,
    /// A line to tell (saved, cannot save, ...), cleared by the next key.
    pub(crate) message: Option<String>,
    /// The add-step list: the one chosen.
    pub(crate) picking: Option<usize>,
    pub(crate) choices: Vec<Choice>,
    /// The title being typed.
    pub(crate) typing: Option<String>,
    /// Leaving unsaved was asked once (since the last change).
    leave_asked: bool,
    /// A save is on its way.
    saving: bool,
}

impl Editor {
    /// Edit `text`, the file at `path`. An error: the text is not TOML at all (then only a
    /// text editor can help).
    pub(crate) fn open(path: PathBuf, text: &str) -> Result<Editor, String> {
        Ok(Editor {
            draft: Draft::open(path, text)?,
            row: 0,
            field: 0,
            message: None,
            picking: None,
            choices: routine::edit::stretch_choices()
                .into_iter()
                .map(|mut c| {
                    // The library's own words in the language.
                    c.title =
                        routine::content::words_or_own(crate::i18n::current(), &c.title, None);
                    c
                })
                .collect(),
            typing: None,
            leave_asked: false,
            saving: false,
        })
    }

    /// The file being edited.
    pub(crate) fn path(&self) -> &Path {
        self.draft.path()
    }

    #[cfg(test)]
    /// The draft being edited.
    pub(crate) fn draft(&self) -> &Draft {
        &self.draft
    }

    /// The file as it is on disk now (another program wrote it, or it went): without changes
    /// here it is shown as it is now; with changes, they stay and the person is told that `s`
    /// would write over the other version.
    pub(crate) fn on_disk(&mut self, text: Option<String>) {
        let said = match self.draft.on_disk(text, self.row) {
            OnDisk::Same => return,
            OnDisk::Gone => "tui-edit-disk-gone",
            OnDisk::KeptChanges => "tui-edit-disk-kept",
            OnDisk::Reloaded => {
                self.leave_asked = false;
                self.row = self.row.min(self.draft.line_count() - 1);
                "tui-edit-disk-reloaded"
            }
            OnDisk::NotToml => "tui-edit-disk-not-toml",
        };
        self.message = Some(t!(said));
    }

    /// The save came back.
    pub(crate) fn saved(&mut self, result: Result<String, crate::routine::edit::NotSaved>) {
        self.saving = false;
        match result {
            Ok(text) => {
                self.draft.saved_as(text);
                self.message = Some(t!(
                    "tui-edit-saved",
                    path = self.path().display().to_string()
                ));
            }
            Err(e) => self.message = Some(e.to_string()),
        }
    }

    fn add_step(&mut self, choice: usize) {
        let Some(table) = self.choices.get(choice).map(|c| c.table.clone()) else {
            return;
        };
        self.row = self.noting_change(|e| e.draft.add_step(e.row, &table));
    }

    /// Do `f`; when it changed the draft, leaving unsaved is asked again.
    fn noting_change<R>(&mut self, f: impl FnOnce(&mut Editor) -> R) -> R {
        let before = self.draft.changes();
        let r = f(self);
        if self.draft.changes() > before {
            self.leave_asked = false;
        }
        r
    }

    fn act(&mut self, a: Action) -> Vec<Act> {
        self.noting_change(|e| e.act_on_draft(a))
    }

    fn act_on_draft(&mut self, a: Action) -> Vec<Act> {
        let rows = self.draft.line_count();
        match a {
            Action::Up => self.row = self.row.saturating_sub(1),
            Action::Down => self.row = (self.row + 1).min(rows - 1),
            Action::Left => self.field = self.field.saturating_sub(1),
            Action::Right => self.field = (self.field + 1).min(FIELDS.len() - 1),
            Action::More | Action::Less => {
                match self
                    .draft
                    .nudge(self.row, FIELDS[self.field], a == Action::More)
                {
                    Ok(()) => {}
                    Err(Unchangeable) => {
                        self.message = Some(t!("tui-edit-cannot-change"));
                    }
                }
            }
            Action::MoveUp | Action::MoveDown => {
                self.row = self.draft.move_step(self.row, a == Action::MoveUp);
            }
            Action::Remove => self.row = self.draft.remove_step(self.row),
            Action::Duplicate => self.row = self.draft.duplicate_step(self.row),
            Action::Add => {
                if !self.choices.is_empty() {
                    self.picking = Some(0);
                }
            }
            Action::Title => self.typing = Some(self.draft.title().to_string()),
            Action::Undo => match self.draft.undo() {
                Some(row) => self.row = row,
                None => self.message = Some(t!("tui-edit-nothing-to-undo")),
            },
            Action::Save => {
                if !self.draft.problems().is_empty() {
                    self.message = Some(t!("tui-edit-not-saved-mistakes"));
                } else if !self.draft.changed() {
                    self.message = Some(t!("tui-edit-no-changes"));
                } else if !self.saving {
                    self.saving = true;
                    return vec![Act::Do(Job::SaveRoutine {
                        path: self.path().to_path_buf(),
                        text: self.draft.text().to_string(),
                    })];
                }
            }
            Action::Help => return vec![Act::Help],
            Action::Back | Action::Quit => {
                if self.draft.changed() && !self.leave_asked {
                    self.leave_asked = true;
                    self.message = Some(t!("tui-edit-leave-unsaved"));
                } else if a == Action::Quit {
                    return vec![Act::Quit];
                } else {
                    return vec![Act::Go(Goto::Home)];
                }
            }
        }
        Vec::new()
    }

    fn render_list(&self, look: Look, area: Rect, buf: &mut Buffer) {
        let name = self
            .path()
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let not_saved = format!(" {}", fixed("tui-edit-not-saved"));
        let changed = if self.draft.changed() {
            not_saved.as_str()
        } else {
            ""
        };
        // The file's name gives way, so "(not saved)" and the panel's corner always show (the
        // panel's title has a space either side, and a line before the corner).
        let room = usize::from(area.width).saturating_sub(5);
        let name = printable(&name);
        let name = text::fit(&name, room.saturating_sub(text::width(changed)));
        let block = theme::panel(look, &format!("{name}{changed}"));
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
        let typed;
        let title = match &self.typing {
            Some(t) => {
                typed = format!("{t}_");
                typed.as_str()
            }
            None => self.draft.title(),
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
            Span::styled(fixed("tui-edit-title-label"), theme::dim()),
            Span::raw(" "),
            Span::styled(
                // A column clear of the border, like the rows under it.
                text::fit(&printable(title), w.saturating_sub(10)).into_owned(),
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
                head.push(Span::styled(
                    pad(&text::fit(field_label(*f), col - 1), col),
                    style,
                ));
            }
        }
        lines.push(Line::from(head));
        let rows = self.draft.line_count();
        // Keep the selected line in view.
        let room = usize::from(inner.height).saturating_sub(2).max(1);
        let first = if self.row > room {
            self.row + 1 - room
        } else {
            1
        };
        for r in (first..rows).take(room) {
            // The draft's rows start at `[defaults]`, the line after the title.
            let Some(row) = self.draft.rows().get(r - 1) else {
                break;
            };
            let sel = r == self.row;
            let mut spans = vec![
                Span::raw(mark(sel)),
                Span::styled(
                    // A column between the name and the first value, however long the name.
                    pad(
                        &text::fit(
                            // The line of `[defaults]` in the language.
                            &if r == 1 {
                                fixed("tui-edit-defaults").into()
                            } else {
                                printable(&row.name)
                            },
                            name_w.saturating_sub(1),
                        ),
                        name_w,
                    ),
                    if sel { theme::bold() } else { Style::new() },
                ),
            ];
            for (i, cell) in row.cells.iter().enumerate() {
                if !(wide || i == self.field) {
                    continue;
                }
                let style = if sel && i == self.field {
                    theme::selected()
                } else if cell.set {
                    Style::new()
                } else {
                    theme::dim()
                };
                spans.push(Span::styled(
                    pad(
                        &text::fit(&cell_words(FIELDS[i], &cell.text), col - 1),
                        col - 1,
                    ),
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
            (fixed("tui-edit-add-title"), lines)
        } else if self.draft.problems().is_empty() {
            let mut l = vec![Line::styled(fixed("tui-edit-loads"), theme::good())];
            l.push(Line::styled(fixed("tui-edit-dim-values"), theme::dim()));
            (fixed("tui-edit-check"), l)
        } else {
            let mut l = vec![Line::styled(
                fixed("tui-edit-does-not-load"),
                theme::error(),
            )];
            l.extend(
                self.draft
                    .problem_lines()
                    .iter()
                    .map(|s| Line::raw(printable(s).into_owned())),
            );
            (fixed("tui-edit-check"), l)
        };
        let mut lines = lines;
        if let Some(m) = &self.message {
            lines.insert(0, Line::styled(printable(m).into_owned(), theme::notice()));
        }
        // Out of the list, the lines wrapped here, so that what does not fit ends in "…".
        if self.picking.is_none() {
            lines = fit_lines(
                lines,
                usize::from(area.width.saturating_sub(2)),
                usize::from(area.height.saturating_sub(2)),
            );
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

/// `lines` wrapped at `width`, each keeping its style, and cut to `rows`, the last row ending
/// in "…" when some were left out.
pub(crate) fn fit_lines(lines: Vec<Line<'_>>, width: usize, rows: usize) -> Vec<Line<'static>> {
    let mut out: Vec<(String, Style)> = Vec::new();
    for l in &lines {
        let text: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
        let style = l.spans.first().map_or(l.style, |s| l.style.patch(s.style));
        out.extend(
            text::wrap(&text, width.max(1))
                .into_iter()
                .map(|w| (w, style)),
        );
    }
    if out.len() > rows && rows > 0 {
        out.truncate(rows);
        if let Some((last, _)) = out.last_mut() {
            *last = text::fit(&format!("{last}{}", text::ELLIPSIS), width).into_owned();
        }
    }
    out.into_iter().map(|(t, s)| Line::styled(t, s)).collect()
}

/// A column head: what field `f` holds, in the language.
fn field_label(f: Field) -> &'static str {
    fixed(match f {
        Field::Hold => "tui-edit-field-hold",
        Field::Reps => "tui-edit-field-reps",
        Field::Rest => "tui-edit-field-rest",
        Field::Prepare => "tui-edit-field-get-ready",
        Field::Sides => "tui-edit-field-sides",
    })
}

/// A value as shown: which sides in the language, the rest (times, counts) as the file has it.
fn cell_words(f: Field, value: &str) -> std::borrow::Cow<'_, str> {
    let id = match (f, value) {
        (Field::Sides, "none") => "tui-edit-sides-none",
        (Field::Sides, "both") => "tui-edit-sides-both",
        (Field::Sides, "left") => "tui-edit-sides-left",
        (Field::Sides, "right") => "tui-edit-sides-right",
        _ => return printable(value),
    };
    fixed(id).into()
}

/// `text` left-aligned in `cols` columns.
fn pad(text: &str, cols: usize) -> String {
    format!("{text}{}", text::padding(text, cols))
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
        let title = self.draft.title();
        Line::from(vec![
            Span::styled(" windown", theme::title()),
            Span::raw(
                text::fit(
                    &printable(&format!("  {}", t!("tui-edit-editing", title = title))),
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
                    self.noting_change(|e| e.draft.set_title(e.row, &t));
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

    use crate::routine::edit::SAMPLE as FILE;

    fn ed() -> Editor {
        Editor::open(PathBuf::from("/cfg/routines/my-legs.toml"), FILE).unwrap()
    }

    fn press(e: &mut Editor, a: Action) -> Vec<Act> {
        e.act(a)
    }

    #[test]
    fn keys_change_the_chosen_value_and_undo_takes_it_back() {
        let mut e = ed();
        press(&mut e, Action::Down);
        press(&mut e, Action::Down); // the calf step, hold
        press(&mut e, Action::More);
        assert!(
            e.draft()
                .text()
                .contains("hold = \"15s\"   # the physio said 10")
        );
        assert!(e.draft().changed());
        e.row = 3;
        press(&mut e, Action::MoveUp);
        assert_eq!(e.row, 2);
        press(&mut e, Action::Undo);
        assert_eq!(e.row, 3, "back on the line the change was made from");
        press(&mut e, Action::Undo);
        assert_eq!(e.draft().text(), FILE);
        press(&mut e, Action::Undo);
        assert_eq!(e.message.as_deref(), Some("Nothing to undo."));
    }

    #[test]
    fn a_step_is_added_from_the_list_and_mistakes_stop_a_save() {
        let mut e = ed();
        e.row = 2;
        press(&mut e, Action::Add);
        assert_eq!(e.picking, Some(0));
        e.picking = None;
        e.add_step(0);
        assert_eq!(e.row, 3);
        assert!(e.draft().problems().is_empty());
        // A title with a line break can be made, and is a mistake.
        e.noting_change(|e| e.draft.set_title(0, "Two\nlines"));
        assert!(!e.draft().problems().is_empty());
        assert!(press(&mut e, Action::Save).is_empty());
        press(&mut e, Action::Undo);
        assert!(matches!(
            press(&mut e, Action::Save).as_slice(),
            [Act::Do(Job::SaveRoutine { .. })]
        ));
        // Once on its way, not twice.
        assert!(press(&mut e, Action::Save).is_empty());
        let text = e.draft().text().to_string();
        e.saved(Ok(text));
        assert!(!e.draft().changed());
        assert!(press(&mut e, Action::Save).is_empty());
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
        // A change after the question asks again; a key that changes nothing does not.
        press(&mut e, Action::More);
        assert!(press(&mut e, Action::Quit).is_empty());
        e.row = 0;
        press(&mut e, Action::Remove);
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
            while e.draft().can_undo() {
                press(&mut e, Action::Undo);
            }
            assert_eq!(e.draft().text(), f, "undo all the way gives the file back");
        }
    }

    #[test]
    fn a_file_changed_on_the_disk_is_shown_or_told() {
        let mut e = ed();
        let other = FILE.replace("hold = 20", "hold = 40");
        e.on_disk(Some(other.clone()));
        assert_eq!(e.draft().text(), other);
        assert!(e.message.as_deref().unwrap().contains("shown as it is now"));
        e.row = 2;
        press(&mut e, Action::More);
        e.on_disk(Some(FILE.to_string()));
        assert!(
            e.message
                .as_deref()
                .unwrap()
                .contains("changed on the disk meanwhile")
        );
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
        e.noting_change(|e| e.draft.set_title(e.row, "Two\nlines"));
        insta::assert_snapshot!("editor_mistake_80x24", draw(&e, 80, 24));
        e.picking = Some(1);
        insta::assert_snapshot!("editor_add_40x12", draw(&e, 40, 12));
    }

    /// At 40 columns a long file name gives way to "(not saved)", and the title and the names
    /// stop a column short of the border and of the values.
    #[test]
    fn a_long_file_name_and_title_fit_at_forty_columns() {
        use crate::tui::screens::tests::draw;
        let mut e = Editor::open(
            PathBuf::from("/cfg/routines/my-evening-wind-down-for-both-legs.toml"),
            FILE,
        )
        .unwrap();
        e.noting_change(|e| {
            e.draft
                .set_title(0, "A very long routine title for the evening wind down")
        });
        e.row = 2;
        let t = draw(&e, 40, 12);
        let rows: Vec<&str> = t.lines().filter(|l| l.starts_with('"')).collect();
        assert!(rows[1].contains("… (not saved) ─╮"), "{t}");
        assert!(
            rows[2].contains("Title: A very long") && rows[2].ends_with(" │\""),
            "{t}"
        );
    }

    /// The draft's text, problems and rows are worked out on change, so drawing again draws
    /// only. Measured at 80x24 (ratatui 0.29, debug): 212 allocations, 234 with a mistake
    /// shown (before the model worked them out on change: 266 and 297); 64 of them are the
    /// key hint line ([`keys::hint_line`]), most of the rest the per-cell text. The check
    /// panel wrapping its own lines (so that what does not fit ends in "…") made the frame
    /// with a mistake 256.
    #[test]
    fn a_second_frame_allocates_next_to_nothing() {
        use crate::tui::alloc_count::second_frame;
        const BOUND: u64 = 270;
        let mut e = ed();
        e.row = 2;
        let n = second_frame(&e, 80, 24);
        assert!(n <= BOUND, "a second frame made {n} allocations");
        e.noting_change(|e| e.draft.set_title(e.row, "Two\nlines"));
        let n = second_frame(&e, 80, 24);
        assert!(
            n <= BOUND,
            "a second frame with a mistake made {n} allocations"
        );
    }
}
