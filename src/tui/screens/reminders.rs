//! The reminders screen: each reminder with its schedule in words, on or off, and its next
//! time; whether the reminder process runs (and how to start it at login); keys to switch a
//! reminder on or off, send a test, start or stop the reminder process, and read the files
//! again.
//!
//! `e` changes the chosen reminder's times and days, `w` wake and bedtime, in a small form
//! ([`remind::edit::Form`]) checked as it is typed and saved as a job; the cautions that
//! belong to a reminder are shown under the list.
//!
//! Owns the selection, the form and the last message. What it shows is a [`remind::rows::Overview`]
//! read off the UI thread ([`Job::Reminders`]); switching and testing are jobs too, whose
//! results come back as a new overview and a message; every write is
//! [`crate::remind::edit`]'s. Next times are worked out ahead of drawing, never in it: when
//! the screen opens and each minute ([`RemindersScreen::tick`], while this screen is up the app
//! wakes as each minute begins, `App::next_wake`), and when a new overview arrives.

use chrono::{DateTime, Local};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Cell, Padding, Paragraph, Row, StatefulWidget, Table, TableState, Widget, Wrap,
};

use super::{Act, Cx, Goto, View};
use crate::diag::printable;
use crate::remind::edit::{Form, Target};
use crate::remind::{self, rows::Overview};
use crate::text;
use crate::tui::keys::{self, Binding, HelpRow, Key, hint, hint_as};
use crate::tui::theme::{self, Look};
use crate::tui::work::Job;

/// What a key does on the reminders screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Prev,
    Next,
    Toggle,
    Edit,
    EditDay,
    Test,
    Process,
    Reload,
    Help,
    Back,
    Quit,
}

/// The reminders screen's keys.
pub const KEYS: &[Binding<Action>] = &[
    Binding {
        keys: &[Key::Up, Key::Char('k')],
        action: Action::Prev,
        does: "previous reminder",
        hint: hint_as("↑↓", "choose", 3),
    },
    Binding {
        keys: &[Key::Down, Key::Char('j')],
        action: Action::Next,
        does: "next reminder",
        hint: None,
    },
    Binding {
        keys: &[Key::Char(' '), Key::Enter],
        action: Action::Toggle,
        does: "switch the chosen reminder on or off",
        hint: hint("on/off", 8),
    },
    Binding {
        keys: &[Key::Char('e')],
        action: Action::Edit,
        does: "change the chosen reminder's times and days",
        hint: hint("times", 2),
    },
    Binding {
        keys: &[Key::Char('w')],
        action: Action::EditDay,
        does: "change wake and bedtime",
        hint: hint("wake/bed", 1),
    },
    Binding {
        keys: &[Key::Char('t')],
        action: Action::Test,
        does: "send a test notification",
        hint: hint("test", 5),
    },
    Binding {
        keys: &[Key::Char('p')],
        action: Action::Process,
        does: "start or stop the reminder process",
        hint: hint("start/stop", 3),
    },
    Binding {
        keys: &[Key::Char('r')],
        action: Action::Reload,
        does: "read the files again",
        hint: hint("refresh", 2),
    },
    Binding {
        keys: &[Key::Char('?')],
        action: Action::Help,
        does: "help",
        hint: hint("help", 4),
    },
    Binding {
        keys: &[Key::Char('q'), Key::Esc],
        action: Action::Back,
        does: "back to the home screen",
        hint: hint("back", 9),
    },
    Binding {
        keys: &[Key::Ctrl('c')],
        action: Action::Quit,
        does: "quit",
        hint: None,
    },
];

/// What a key does while a form is open (letters, digits and Backspace edit the field).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditAction {
    PrevField,
    NextField,
    Save,
    Cancel,
    Quit,
}

/// The keys of the form that changes times.
pub const EDIT_KEYS: &[Binding<EditAction>] = &[
    Binding {
        keys: &[Key::Up],
        action: EditAction::PrevField,
        does: "previous field (while changing times)",
        hint: hint_as("↑↓", "field", 3),
    },
    Binding {
        keys: &[Key::Down],
        action: EditAction::NextField,
        does: "next field",
        hint: None,
    },
    Binding {
        keys: &[Key::Enter],
        action: EditAction::Save,
        does: "save the times",
        hint: hint("save", 9),
    },
    Binding {
        keys: &[Key::Esc],
        action: EditAction::Cancel,
        does: "leave the times as they were",
        hint: hint("cancel", 8),
    },
    Binding {
        keys: &[Key::Ctrl('c')],
        action: EditAction::Quit,
        does: "quit",
        hint: None,
    },
];

/// The reminders screen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RemindersScreen {
    /// What was read; `None` until the first read arrives.
    pub(crate) overview: Option<Overview>,
    pub(crate) selected: usize,
    /// The last thing that happened (a switch, a test), cleared by the next key.
    pub message: Option<String>,
    /// Times being changed (`e`, `w`), until saved or left.
    pub form: Option<Form>,
    /// The moment the next times are worked out from (the last minute tick).
    moment: Option<DateTime<Local>>,
    /// Each row's next time in words ("-" when off or never), as of `moment`; "(skipped)"
    /// after it when its routine was already done that evening, so it will not be sent.
    next: Vec<String>,
}

impl RemindersScreen {
    /// The screen as it opens at `wall`, before the first read arrives.
    pub(crate) fn new(wall: DateTime<Local>) -> RemindersScreen {
        RemindersScreen {
            moment: Some(wall),
            ..RemindersScreen::default()
        }
    }

    /// A new read of the files: keep the selection where it can stay.
    pub fn set_overview(&mut self, o: Overview) {
        self.selected = self.selected.min(o.rows.len().saturating_sub(1));
        self.overview = Some(o);
        self.prepare();
    }

    /// A new minute (or the first moment): the next times as of `wall`.
    pub fn tick(&mut self, wall: DateTime<Local>) {
        self.moment = Some(wall);
        self.prepare();
    }

    /// Work out each row's next time in words, as of the last moment given.
    fn prepare(&mut self) {
        self.next.clear();
        let (Some(o), Some(wall)) = (&self.overview, &self.moment) else {
            return;
        };
        let next = o
            .schedule
            .as_ref()
            .map(|s| remind::schedule::next_per_reminder(s, wall))
            .unwrap_or_default();
        self.next = o
            .rows
            .iter()
            .enumerate()
            .map(
                |(i, r)| match (next.get(i).and_then(Option::as_ref), r.enabled) {
                    (Some(t), true) => match r.done.done(t.fixed_offset()) {
                        Some(_) => format!("{} (skipped)", remind::rows::when(t, wall)),
                        None => remind::rows::when(t, wall),
                    },
                    _ => "-".into(),
                },
            )
            .collect();
    }

    fn rows(&self) -> &[remind::rows::Row] {
        self.overview.as_ref().map_or(&[], |o| &o.rows)
    }

    fn act(&mut self, a: Action) -> Vec<Act> {
        let chosen = self.rows().get(self.selected).cloned();
        match a {
            Action::Prev => self.selected = self.selected.saturating_sub(1),
            Action::Next => {
                self.selected = (self.selected + 1).min(self.rows().len().saturating_sub(1));
            }
            Action::Toggle => {
                if let Some(r) = chosen {
                    return vec![Act::Do(Job::ToggleReminder { id: r.id })];
                }
            }
            Action::Edit => {
                let reminder = self.overview.as_ref().and_then(|o| {
                    let id = &chosen.as_ref()?.id;
                    o.schedule.as_ref()?.reminders.iter().find(|r| &r.id == id)
                });
                if let Some(r) = reminder {
                    self.form = Some(Form::reminder(r));
                }
            }
            Action::EditDay => {
                if let Some(s) = self.overview.as_ref().and_then(|o| o.schedule.as_ref()) {
                    self.form = Some(Form::day(s.wake, s.bedtime));
                }
            }
            Action::Test => {
                if let Some(r) = chosen {
                    self.message = Some(format!("sending a test of {}…", r.id));
                    return vec![Act::Do(Job::TestReminder { id: r.id })];
                }
            }
            Action::Process => {
                let Some(o) = &self.overview else {
                    return Vec::new();
                };
                let start = o.running.is_none();
                self.message = Some(
                    if start {
                        "starting the reminder process…"
                    } else {
                        "stopping the reminder process…"
                    }
                    .into(),
                );
                return vec![Act::Do(Job::ReminderProcess { start })];
            }
            Action::Reload => return vec![Act::Do(Job::Reminders)],
            Action::Help => return vec![Act::Help],
            Action::Back => return vec![Act::Go(Goto::Home)],
            Action::Quit => return vec![Act::Quit],
        }
        Vec::new()
    }

    /// A key while the form is open.
    fn form_key(&mut self, key: &KeyEvent) -> Vec<Act> {
        let Some(form) = &mut self.form else {
            return Vec::new();
        };
        match keys::action(EDIT_KEYS, key) {
            Some(EditAction::PrevField) => form.prev(),
            Some(EditAction::NextField) => form.next(),
            Some(EditAction::Save) => {
                if form.is_valid() {
                    let form = form.clone();
                    self.form = None;
                    return vec![Act::Do(Job::SaveReminderTimes(Box::new(form)))];
                }
                self.message = Some("Fix the field in red first.".into());
            }
            Some(EditAction::Cancel) => self.form = None,
            Some(EditAction::Quit) => return vec![Act::Quit],
            None if key.kind == KeyEventKind::Release => {}
            None => match key.code {
                KeyCode::Backspace => form.backspace(),
                KeyCode::Char(c)
                    if !key
                        .modifiers
                        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
                {
                    form.type_char(c)
                }
                _ => {}
            },
        }
        Vec::new()
    }

    /// The form: each field with its text, the cursor on one, and what is wrong under it.
    fn render_form(form: &Form, o: &Overview, look: Look, area: Rect, buf: &mut Buffer) {
        let width = usize::from(area.width.max(1));
        let what = match &form.target {
            Target::Day => "Wake and bedtime (every time relative to them follows)".to_string(),
            Target::Reminder(id) => {
                let title = o
                    .rows
                    .iter()
                    .find(|r| &r.id == id)
                    .map_or(id.clone(), |r| r.title.to_string());
                format!("Times of \"{}\"", printable(&title))
            }
        };
        let mut lines = vec![
            Line::styled(text::fit(&what, width).into_owned(), theme::bold()),
            Line::raw(""),
        ];
        let label_w = form
            .fields
            .iter()
            .map(|f| text::width(f.label))
            .max()
            .unwrap_or(4);
        let cursor = if look.unicode { "▏" } else { "_" };
        for (i, f) in form.fields.iter().enumerate() {
            let on = i == form.at;
            let shown = format!(
                "{}{}  {}{}",
                f.label,
                text::padding(f.label, label_w),
                printable(&f.text),
                if on { cursor } else { "" }
            );
            let style = if on { theme::selected() } else { Style::new() };
            lines.push(Line::styled(text::fit(&shown, width).into_owned(), style));
            if let Some(e) = &f.error {
                let indent = " ".repeat(label_w + 2);
                lines.push(Line::styled(
                    text::fit(&format!("{indent}{}", printable(e)), width).into_owned(),
                    theme::caution(),
                ));
            }
        }
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            text::fit(
                "Times: 10:30, wake+30m, bedtime-2h. Days: mon, wed or every day.",
                width,
            )
            .into_owned(),
            theme::dim(),
        ));
        Paragraph::new(lines).render(area, buf);
    }

    /// Whether the reminder process runs, and where the reminders come from.
    /// `short`: a low screen (40x12), where it takes one line: the list needs the room.
    fn status_lines(o: &Overview, width: u16, short: bool) -> Vec<Line<'static>> {
        if short && o.error.is_none() && o.warnings.is_empty() {
            let line = match o.running {
                Some(_) => Line::from(vec![
                    Span::raw("Reminder process: "),
                    Span::styled("running", theme::good_heading()),
                ]),
                None if width >= 35 => Line::from(vec![
                    Span::styled("Not running", theme::caution()),
                    Span::raw(": "),
                    Span::styled("windown remind install", theme::bold()),
                ]),
                None => Line::from(vec![
                    Span::raw("Reminder process: "),
                    Span::styled("not running", theme::caution()),
                ]),
            };
            return vec![line];
        }
        let mut head = vec![match o.running {
            Some(0) => Line::from(vec![
                Span::raw("Reminder process: "),
                Span::styled("running", theme::good_heading()),
            ]),
            Some(pid) => Line::from(vec![
                Span::raw("Reminder process: "),
                Span::styled("running", theme::good_heading()),
                Span::raw(format!(" (pid {pid})")),
            ]),
            None => Line::from(vec![
                Span::raw("Reminder process: "),
                Span::styled("not running", theme::caution()),
            ]),
        }];
        if o.running.is_none() {
            let label = if width >= 42 {
                "Start it at login: "
            } else {
                "Install: "
            };
            head.push(Line::from(vec![
                Span::raw(label),
                Span::styled("windown remind install", theme::bold()),
            ]));
        }
        let from = if o.built_in && width >= 60 {
            "Built-in reminders; a change writes your own reminders.toml."
        } else if o.built_in {
            "Built-in; a change saves your own."
        } else {
            "From your reminders.toml."
        };
        head.push(Line::styled(
            text::fit(from, usize::from(width)).into_owned(),
            theme::dim(),
        ));
        // A mistake in a file that was read: what it touches is left out (or at its
        // default), the rest is listed; told until it is fixed.
        if let Some((file, err)) = &o.error
            && o.schedule.is_some()
        {
            let said = format!(
                "{} has a mistake: {}; the rest is in force",
                printable(file),
                printable(err)
            );
            let lines = text::wrap(&said, usize::from(width.max(1)));
            for l in lines.iter().take(2) {
                head.push(Line::styled(
                    text::fit(l, usize::from(width)).into_owned(),
                    theme::caution(),
                ));
            }
        }
        // A reminder naming a routine that does not exist (it still fires).
        for w in o.warnings.iter().take(2) {
            head.push(Line::styled(
                text::fit(&format!("Warning: {}", printable(w)), usize::from(width)).into_owned(),
                theme::caution(),
            ));
        }
        head
    }

    /// The table of reminders: on/off, title, schedule (when wide), next time.
    fn render_table(&self, o: &Overview, cx: &Cx, area: Rect, buf: &mut Buffer) {
        let next_w = self
            .next
            .iter()
            .map(|t| text::width(t))
            .max()
            .unwrap_or(4)
            .max(4);
        // Narrow screens show each reminder on two lines: its title, then its next time and
        // its schedule.
        let wide = area.width >= 60;
        if !wide {
            return self.render_narrow(o, cx, area, buf);
        }
        let title_w = o
            .rows
            .iter()
            .map(|r| text::width(&r.title))
            .max()
            .unwrap_or(8)
            .clamp(8, 24);
        // The title's column when it has to share: what is left beside the others.
        let fixed = 2 + 3 + 1 + next_w + 1;
        let title_room = if wide {
            title_w
        } else {
            usize::from(area.width).saturating_sub(fixed).max(1)
        };
        let words_room = usize::from(area.width).saturating_sub(fixed + title_w + 1);
        let widths = if wide {
            vec![
                Constraint::Length(3),
                Constraint::Length(title_w as u16),
                Constraint::Fill(1),
                Constraint::Length(next_w as u16),
            ]
        } else {
            vec![
                Constraint::Length(3),
                Constraint::Fill(1),
                Constraint::Length(next_w as u16),
            ]
        };
        let rows: Vec<Row> = o
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let next = self.next.get(i).map_or("-", String::as_str);
                let state = if r.enabled {
                    Span::styled("on", theme::good())
                } else {
                    Span::styled("off", theme::dim())
                };
                let title = text::fit(&r.title, title_room).into_owned();
                let mut cells = vec![Cell::from(state), Cell::from(title)];
                if wide {
                    let words = text::fit(&printable(&r.words), words_room).into_owned();
                    cells.push(Cell::from(words));
                }
                cells.push(Cell::from(next));
                let style = if r.enabled {
                    Style::new()
                } else {
                    theme::dim()
                };
                Row::new(cells).style(style)
            })
            .collect();
        let header: Vec<&str> = if wide {
            vec!["", "Reminder", "When", "Next"]
        } else {
            vec!["", "Reminder", "Next"]
        };
        let table = Table::new(rows, widths)
            .header(Row::new(header).style(theme::bold()))
            .row_highlight_style(theme::selected())
            .highlight_symbol(if cx.look.unicode { "▶ " } else { "> " });
        let mut st = TableState::default().with_selected(Some(self.selected));
        StatefulWidget::render(table, area, buf, &mut st);
    }
}

impl RemindersScreen {
    /// The reminders one under the other at a narrow width: on or off and the title on the
    /// first line, the next time and the schedule under it (each cut to the width, never
    /// squeezed into columns); the list scrolls with the one chosen.
    fn render_narrow(&self, o: &Overview, cx: &Cx, area: Rect, buf: &mut Buffer) {
        let room = usize::from(area.width).saturating_sub(2 + 4).max(1);
        let rows: Vec<Row> = o
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let next = self.next.get(i).map_or("-", String::as_str);
                let state = if r.enabled {
                    Span::styled("on", theme::good())
                } else {
                    Span::styled("off", theme::dim())
                };
                let title = text::fit(&r.title, room).into_owned();
                let when = if r.enabled {
                    format!("next {next} · {}", printable(&r.words))
                } else {
                    printable(&r.words).into_owned()
                };
                let when = text::fit(&when, room).into_owned();
                let style = if r.enabled {
                    Style::new()
                } else {
                    theme::dim()
                };
                Row::new(vec![
                    Cell::from(state),
                    Cell::from(ratatui::text::Text::from(vec![
                        Line::raw(title),
                        Line::styled(when, theme::dim()),
                    ])),
                ])
                .height(2)
                .style(style)
            })
            .collect();
        let table = Table::new(rows, [Constraint::Length(3), Constraint::Fill(1)])
            .row_highlight_style(theme::selected())
            .highlight_symbol(if cx.look.unicode { "▶ " } else { "> " });
        let mut st = TableState::default().with_selected(Some(self.selected));
        StatefulWidget::render(table, area, buf, &mut st);
    }
}

impl View for RemindersScreen {
    fn render(&self, cx: &Cx, area: Rect, buf: &mut Buffer) {
        let [main, keys_a] =
            Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
        let block = theme::panel(cx.look, "Reminders").padding(Padding::horizontal(1));
        let inner = block.inner(main);
        block.render(main, buf);
        // Keys about a reminder only when there is one to choose.
        let any = !self.rows().is_empty();
        if self.form.is_some() {
            keys::hint_line(cx.look, EDIT_KEYS, keys_a.width, |_, w| Some(w)).render(keys_a, buf);
        } else {
            let readable = self.overview.as_ref().is_some_and(|o| o.schedule.is_some());
            keys::hint_line(cx.look, KEYS, keys_a.width, |a, w| match a {
                Action::Prev | Action::Next | Action::Toggle | Action::Test | Action::Edit
                    if !any =>
                {
                    None
                }
                Action::EditDay if !readable => None,
                _ => Some(w),
            })
            .render(keys_a, buf);
        }
        let Some(o) = &self.overview else {
            Line::styled("Reading the reminders…", theme::dim()).render(inner, buf);
            return;
        };
        let short = inner.height < 14;
        let head = Self::status_lines(o, inner.width, short);
        // The last message whole (a test's outcome can be long), up to three lines.
        let message: Vec<String> = self
            .message
            .as_ref()
            .map(|m| text::wrap(&printable(m), usize::from(inner.width.max(1))))
            .unwrap_or_default();
        let message: Vec<Line> = message
            .iter()
            .take(3)
            .enumerate()
            .map(|(i, l)| {
                let l = if i == 2 && message.len() > 3 {
                    format!("{l}{}", text::ELLIPSIS)
                } else {
                    l.clone()
                };
                Line::styled(
                    text::fit(&l, usize::from(inner.width)).into_owned(),
                    theme::notice(),
                )
            })
            .collect();
        let [status, _, list, message_a] = Layout::vertical([
            Constraint::Length(head.len() as u16),
            Constraint::Length(u16::from(!short)),
            Constraint::Fill(1),
            Constraint::Length(message.len() as u16),
        ])
        .areas(inner);
        Paragraph::new(head).render(status, buf);
        if let Some(form) = &self.form {
            Self::render_form(form, o, cx.look, list, buf);
        } else if let Some((file, err)) = &o.error
            && o.schedule.is_none()
        {
            // Nothing of the file could be read: the mistake in place of the list.
            Paragraph::new(vec![
                Line::styled(
                    format!("{} has a mistake:", printable(file)),
                    theme::error_heading(),
                ),
                Line::raw(printable(err).into_owned()),
                Line::styled("Fix the file, then press r.", theme::dim()),
            ])
            .wrap(Wrap { trim: false })
            .render(list, buf);
        } else {
            // The caution that belongs to the chosen reminder, under the list.
            let caution = self
                .rows()
                .get(self.selected)
                .and_then(|r| remind::rows::caution(&r.id))
                .map(|c| text::wrap(c, usize::from(inner.width.max(1))))
                .unwrap_or_default();
            let room = list.height.saturating_sub(3);
            let caution: Vec<Line> = caution
                .iter()
                .take(usize::from(room.min(3)))
                .map(|l| Line::styled(l.clone(), theme::caution()))
                .collect();
            let [table_a, caution_a] = Layout::vertical([
                Constraint::Fill(1),
                Constraint::Length(caution.len() as u16),
            ])
            .areas(list);
            self.render_table(o, cx, table_a, buf);
            Paragraph::new(caution).render(caution_a, buf);
        }
        Paragraph::new(message).render(message_a, buf);
    }

    fn help(&self, look: Look) -> Vec<HelpRow> {
        if self.form.is_some() {
            let mut rows = keys::help_rows(EDIT_KEYS, look.unicode);
            rows.push(HelpRow {
                keys: "letters, digits, Backspace".into(),
                does: "change the field",
            });
            return rows;
        }
        keys::help_rows(KEYS, look.unicode)
    }

    fn key(&mut self, key: &KeyEvent, _cx: &Cx) -> Vec<Act> {
        // The last message was read: the next key clears it.
        self.message = None;
        if self.form.is_some() {
            return self.form_key(key);
        }
        match keys::action(KEYS, key) {
            Some(a) => self.act(a),
            None => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paths::Dirs;
    use crate::tui::screens::tests;

    fn screen() -> RemindersScreen {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(tmp.path());
        let mut v = RemindersScreen::new(tests::cx(Look::FULL).wall);
        v.set_overview(remind::rows::overview(&dirs));
        v
    }

    /// The next times are worked out on the minute tick, not when drawn: measured at 80x24
    /// (ratatui 0.29, debug) a second frame makes 294 allocations (335 when render worked out
    /// the next times); 105 of them are the key hint line ([`keys::hint_line`]).
    #[test]
    fn a_second_frame_allocates_next_to_nothing() {
        use crate::tui::alloc_count::second_frame;
        const BOUND: u64 = 320;
        let n = second_frame(&screen(), 80, 24);
        assert!(n <= BOUND, "a second frame made {n} allocations");
    }

    #[test]
    fn a_reminder_whose_routine_was_done_this_evening_is_marked_skipped() {
        use chrono::TimeZone;
        let mut v = screen();
        let Some(crate::history::Record::Session(s)) =
            Some(crate::history::stats::fixture::session(20, "21:00", true))
        else {
            unreachable!()
        };
        let mut o = v.overview.clone().unwrap();
        let row = o
            .rows
            .iter_mut()
            .find(|r| r.id == "evening-stretch")
            .unwrap();
        row.done = remind::evening::DoneEvenings::of(
            &["evening-legs".to_string()],
            &[*s],
            &crate::history::NightRules::default(),
        );
        v.set_overview(o);
        let at = |d, h, m| {
            Local
                .with_ymd_and_hms(2026, 11, d, h, m, 0)
                .earliest()
                .unwrap()
        };
        v.tick(at(20, 21, 10));
        let i = v
            .rows()
            .iter()
            .position(|r| r.id == "evening-stretch")
            .unwrap();
        assert_eq!(v.next[i], "today 22:25 (skipped)");
        assert!(tests::draw(&v, 80, 24).contains("(skipped)"));
        // The next evening it is sent again.
        v.tick(at(21, 12, 0));
        assert_eq!(v.next[i], "today 22:25");
    }

    #[test]
    fn p_starts_the_reminder_process_when_it_is_not_running_and_stops_it_when_it_is() {
        let mut v = screen();
        let p = KeyEvent::new(KeyCode::Char('p'), KeyModifiers::NONE);
        let cx = tests::cx(Look::FULL);
        assert_eq!(
            v.key(&p, &cx),
            vec![Act::Do(Job::ReminderProcess { start: true })]
        );
        let mut o = v.overview.clone().unwrap();
        o.running = Some(42);
        v.set_overview(o);
        assert_eq!(
            v.key(&p, &cx),
            vec![Act::Do(Job::ReminderProcess { start: false })]
        );
        assert_eq!(v.message.as_deref(), Some("stopping the reminder process…"));
    }

    #[test]
    fn the_next_times_move_on_with_the_tick_not_with_the_drawing() {
        use chrono::TimeZone;
        let mut v = screen();
        let morning = tests::draw(&v, 80, 24);
        assert!(morning.contains("today"), "{morning}");
        v.tick(
            Local
                .with_ymd_and_hms(2026, 12, 1, 23, 59, 0)
                .earliest()
                .unwrap(),
        );
        let night = tests::draw(&v, 80, 24);
        assert_ne!(
            morning, night,
            "drawn at the same moment, the tick moved the times"
        );
        assert!(night.contains("tomorrow"), "{night}");
    }
}
