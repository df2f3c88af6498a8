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
use ratatui::widgets::{Cell, Padding, Paragraph, Row, StatefulWidget, Table, TableState, Widget};

use super::{Act, Cx, Goto, View};
use crate::diag::printable;
use crate::remind::edit::{Form, Target};
use crate::remind::{self, rows::Overview};
use crate::text;
use crate::tui::keys::{self, Binding, HelpRow, Key, hint, hint_as};
use crate::tui::theme::{self, Look};
use crate::tui::words::fixed;
use crate::tui::work::Job;
use crate::{i18n, t};

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
    /// Each row's title and schedule in the language (a built-in reminder's title translated,
    /// one the person wrote as written), made when a new overview arrives.
    shown: Vec<(String, String)>,
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
        self.shown = o
            .rows
            .iter()
            .map(|r| {
                let found = o
                    .schedule
                    .as_ref()
                    .and_then(|s| s.reminders.iter().find(|x| x.id == r.id).map(|x| (s, x)));
                match found {
                    Some((s, x)) => (
                        remind::words(x, i18n::current()).0,
                        remind::edit::schedule_words(x, s.wake, s.bedtime),
                    ),
                    None => (r.title.to_string(), r.words.clone()),
                }
            })
            .collect();
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
                        Some(_) => t!("tui-reminders-skipped", next = remind::edit::when(t, wall)),
                        None => remind::edit::when(t, wall),
                    },
                    _ => "-".into(),
                },
            )
            .collect();
    }

    fn rows(&self) -> &[remind::rows::Row] {
        self.overview.as_ref().map_or(&[], |o| &o.rows)
    }

    /// Row `i`'s title and schedule in words, in the language.
    fn shown(&self, i: usize) -> (&str, &str) {
        self.shown
            .get(i)
            .map_or(("", ""), |(t, w)| (t.as_str(), w.as_str()))
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
                    self.message = Some(t!("tui-reminders-sending-test", id = r.id.as_str()));
                    return vec![Act::Do(Job::TestReminder { id: r.id })];
                }
            }
            Action::Process => {
                let Some(o) = &self.overview else {
                    return Vec::new();
                };
                let start = o.running.is_none();
                self.message = Some(if start {
                    t!("tui-reminders-starting")
                } else {
                    t!("tui-reminders-stopping")
                });
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
                self.message = Some(t!("tui-reminders-fix-red"));
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
    fn render_form(&self, form: &Form, o: &Overview, look: Look, area: Rect, buf: &mut Buffer) {
        let width = usize::from(area.width.max(1));
        let what = match &form.target {
            Target::Day => fixed("tui-reminders-form-day").to_string(),
            Target::Reminder(id) => {
                let title = o
                    .rows
                    .iter()
                    .position(|r| &r.id == id)
                    .map_or(id.as_str(), |i| self.shown(i).0);
                t!(
                    "tui-reminders-form-times",
                    title = printable(title).as_ref()
                )
            }
        };
        let mut lines = vec![
            Line::styled(text::fit(&what, width).into_owned(), theme::bold()),
            Line::raw(""),
        ];
        let label_w = form
            .fields
            .iter()
            .map(|f| text::width(f.label()))
            .max()
            .unwrap_or(4);
        let cursor = if look.unicode { "▏" } else { "_" };
        for (i, f) in form.fields.iter().enumerate() {
            let on = i == form.at;
            let shown = format!(
                "{}{}  {}{}",
                f.label(),
                text::padding(f.label(), label_w),
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
            text::fit(fixed("tui-reminders-form-help"), width).into_owned(),
            theme::dim(),
        ));
        Paragraph::new(lines).render(area, buf);
    }

    /// Whether the reminder process runs, and where the reminders come from.
    /// `short`: a low screen (40x12), where it takes one line: the list needs the room.
    fn status_lines(o: &Overview, width: u16, short: bool) -> Vec<Line<'static>> {
        const INSTALL: &str = "windown remind install";
        let w = usize::from(width);
        // "Label: command" when it fits in `w`.
        let fits = |label: &str| text::width(label) + 1 + INSTALL.len() <= w;
        // "Reminder process: running", cut with "…" where it does not fit.
        let process = |state: &'static str, style: Style| {
            let (label, state) = (fixed("tui-reminders-process-label"), fixed(state));
            if text::width(label) + 1 + text::width(state) <= w {
                vec![Span::raw(label), Span::raw(" "), Span::styled(state, style)]
            } else {
                vec![Span::styled(
                    text::fit(&format!("{label} {state}"), w).into_owned(),
                    style,
                )]
            }
        };
        if short && o.error.is_none() && o.warnings.is_empty() {
            let not_running = fixed("tui-reminders-not-running-label");
            let line = match o.running {
                Some(_) => Line::from(process("tui-reminders-running", theme::good_heading())),
                None if fits(not_running) => Line::from(vec![
                    Span::styled(not_running, theme::caution()),
                    Span::raw(" "),
                    Span::styled(INSTALL, theme::bold()),
                ]),
                None => Line::from(process("tui-reminders-not-running", theme::caution())),
            };
            return vec![line];
        }
        let mut head = vec![match o.running {
            Some(0) => Line::from(process("tui-reminders-running", theme::good_heading())),
            Some(pid) => {
                let mut l = process("tui-reminders-running", theme::good_heading());
                l.push(Span::raw(" "));
                l.push(Span::raw(t!("tui-reminders-pid", pid = pid)));
                Line::from(l)
            }
            None => Line::from(process("tui-reminders-not-running", theme::caution())),
        }];
        if o.running.is_none() {
            let login = fixed("tui-reminders-login-label");
            let install = fixed("tui-reminders-install-label");
            head.push(if fits(login) || fits(install) {
                Line::from(vec![
                    Span::raw(if fits(login) { login } else { install }),
                    Span::raw(" "),
                    Span::styled(INSTALL, theme::bold()),
                ])
            } else {
                // The command whole, on a line of its own.
                Line::styled(text::fit(INSTALL, w).into_owned(), theme::bold())
            });
        }
        let from = if o.built_in && width >= 60 {
            fixed("tui-reminders-built-in")
        } else if o.built_in {
            fixed("tui-reminders-built-in-short")
        } else {
            fixed("tui-reminders-from-file")
        };
        for l in text::wrap(from, w.max(1)).iter().take(2) {
            head.push(Line::styled(text::fit(l, w).into_owned(), theme::dim()));
        }
        // A mistake in a file that was read: what it touches is left out (or at its
        // default), the rest is listed; told until it is fixed.
        if let Some((file, err)) = &o.error
            && o.schedule.is_some()
        {
            let said = t!(
                "tui-reminders-mistake-rest",
                file = printable(file).as_ref(),
                error = printable(err).as_ref()
            );
            let lines = text::wrap(&said, w.max(1));
            for (i, l) in lines.iter().take(2).enumerate() {
                let l = if i == 1 && lines.len() > 2 {
                    format!("{l}{}", text::ELLIPSIS)
                } else {
                    l.clone()
                };
                head.push(Line::styled(
                    text::fit(&l, w).into_owned(),
                    theme::caution(),
                ));
            }
        }
        // A reminder naming a routine that does not exist (it still fires).
        for warning in o.warnings.iter().take(2) {
            head.push(Line::styled(
                text::fit(
                    &t!(
                        "tui-reminders-warning",
                        warning = printable(warning).as_ref()
                    ),
                    w,
                )
                .into_owned(),
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
            .max(text::width(fixed("tui-reminders-head-next")));
        // Narrow screens show each reminder on two lines: its title, then its next time and
        // its schedule.
        let wide = area.width >= 60;
        if !wide {
            return self.render_narrow(o, cx, area, buf);
        }
        let state_w = state_width();
        let title_w = (0..o.rows.len())
            .map(|i| text::width(self.shown(i).0))
            .chain([text::width(fixed("tui-reminders-head-reminder"))])
            .max()
            .unwrap_or(8)
            .clamp(8, 24);
        // The title's column when it has to share: what is left beside the others.
        let beside = 2 + state_w + 1 + next_w + 1;
        let title_room = if wide {
            title_w
        } else {
            usize::from(area.width).saturating_sub(beside).max(1)
        };
        let words_room = usize::from(area.width).saturating_sub(beside + title_w + 1);
        let widths = if wide {
            vec![
                Constraint::Length(state_w as u16),
                Constraint::Length(title_w as u16),
                Constraint::Fill(1),
                Constraint::Length(next_w as u16),
            ]
        } else {
            vec![
                Constraint::Length(state_w as u16),
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
                    Span::styled(fixed("tui-reminders-on"), theme::good())
                } else {
                    Span::styled(fixed("tui-reminders-off"), theme::dim())
                };
                let (title, words) = self.shown(i);
                let title = text::fit(title, title_room).into_owned();
                let mut cells = vec![Cell::from(state), Cell::from(title)];
                if wide {
                    let words = text::fit(&printable(words), words_room).into_owned();
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
            vec![
                "",
                fixed("tui-reminders-head-reminder"),
                fixed("tui-reminders-head-when"),
                fixed("tui-reminders-head-next"),
            ]
        } else {
            vec![
                "",
                fixed("tui-reminders-head-reminder"),
                fixed("tui-reminders-head-next"),
            ]
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
        let state_w = state_width();
        let room = usize::from(area.width)
            .saturating_sub(2 + state_w + 1)
            .max(1);
        let rows: Vec<Row> = o
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let next = self.next.get(i).map_or("-", String::as_str);
                let state = if r.enabled {
                    Span::styled(fixed("tui-reminders-on"), theme::good())
                } else {
                    Span::styled(fixed("tui-reminders-off"), theme::dim())
                };
                let (title, words) = self.shown(i);
                let title = text::fit(title, room).into_owned();
                let when = if r.enabled {
                    t!(
                        "tui-reminders-next-and-when",
                        next = next,
                        when = printable(words).as_ref()
                    )
                } else {
                    printable(words).into_owned()
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
        let table = Table::new(
            rows,
            [Constraint::Length(state_w as u16), Constraint::Fill(1)],
        )
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
        let block =
            theme::panel(cx.look, fixed("tui-reminders-title")).padding(Padding::horizontal(1));
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
            Line::styled(fixed("tui-reminders-reading"), theme::dim()).render(inner, buf);
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
            self.render_form(form, o, cx.look, list, buf);
        } else if let Some((file, err)) = &o.error
            && o.schedule.is_none()
        {
            // Nothing of the file could be read: the mistake in place of the list.
            Paragraph::new(super::editor::fit_lines(
                vec![
                    Line::styled(
                        t!("tui-reminders-mistake", file = printable(file).as_ref()),
                        theme::error_heading(),
                    ),
                    Line::raw(printable(err).into_owned()),
                    Line::styled(fixed("tui-reminders-fix-then-r"), theme::dim()),
                ],
                usize::from(list.width),
                usize::from(list.height),
            ))
            .render(list, buf);
        } else {
            // The caution that belongs to the chosen reminder, under the list.
            let caution: Vec<String> = self
                .rows()
                .get(self.selected)
                .and_then(|r| caution(&r.id))
                .map(|c| {
                    let mut said = vec![c.text];
                    said.extend(
                        c.english
                            .map(|en| format!("{} {en}", fixed("language-english-original"))),
                    );
                    said.iter()
                        .flat_map(|l| text::wrap(l, usize::from(inner.width.max(1))))
                        .collect()
                })
                .unwrap_or_default();
            // Up to 8 lines where the list leaves them (a translation and its English
            // original), at least 3 while the list keeps 3 rows.
            let need = if list.width >= 60 {
                1 + self.rows().len()
            } else {
                2 * self.rows().len()
            };
            let room = usize::from(list.height)
                .saturating_sub(need)
                .min(8)
                .max(usize::from(list.height.saturating_sub(3).min(3)));
            let caution: Vec<Line> = caution
                .iter()
                .take(room)
                .enumerate()
                .map(|(i, l)| {
                    // A caution cut short says so.
                    let l = if i + 1 == room && caution.len() > room {
                        text::fit(&format!("{l}{}", text::ELLIPSIS), usize::from(inner.width))
                            .into_owned()
                    } else {
                        l.clone()
                    };
                    Line::styled(l, theme::caution())
                })
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
                keys: fixed("tui-edit-form-keys").into(),
                does: crate::tui::words::key("change the field"),
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

/// The on/off column: as wide as the longer of the two words.
fn state_width() -> usize {
    text::width(fixed("tui-reminders-on")).max(text::width(fixed("tui-reminders-off")))
}

/// The caution that belongs to a shipped reminder, shown under it: a safety text, with the
/// English original beside a translation not yet reviewed.
fn caution(id: &str) -> Option<i18n::Safety> {
    let id = match id {
        "hydration" | "last-drink" => "tui-reminders-caution-drink",
        "legs-up" => "tui-reminders-caution-legs-up",
        _ => return None,
    };
    Some(i18n::safety(id, &[]))
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
