//! The reminders screen: each reminder with its schedule in words, on or off, and its next
//! time; whether the reminder process runs (and how to start it at login); keys to switch a
//! reminder on or off, send a test, and read the files again.
//!
//! Owns the selection and the last message. What it shows is a [`remind::rows::Overview`]
//! read off the UI thread ([`Job::Reminders`]); switching and testing are jobs too, whose
//! results come back as a new overview and a message. Next times are worked out when the
//! screen is drawn, from the schedule and the moment in the [`Cx`]; while this screen is up
//! the app wakes as each minute begins to draw them again (`App::next_wake`).

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Cell, Padding, Paragraph, Row, StatefulWidget, Table, TableState, Widget, Wrap,
};

use super::{Act, Cx, Goto, View};
use crate::diag::printable;
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
    Test,
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
        keys: &[Key::Char('t')],
        action: Action::Test,
        does: "send a test notification",
        hint: hint("test", 5),
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

/// The reminders screen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RemindersScreen {
    /// What was read; `None` until the first read arrives.
    pub overview: Option<Overview>,
    pub selected: usize,
    /// The last thing that happened (a switch, a test), cleared by the next key.
    pub message: Option<String>,
}

impl RemindersScreen {
    /// A new read of the files: keep the selection where it can stay.
    pub fn set_overview(&mut self, o: Overview) {
        self.selected = self.selected.min(o.rows.len().saturating_sub(1));
        self.overview = Some(o);
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
            Action::Test => {
                if let Some(r) = chosen {
                    self.message = Some(format!("sending a test of {}…", r.id));
                    return vec![Act::Do(Job::TestReminder { id: r.id })];
                }
            }
            Action::Reload => return vec![Act::Do(Job::Reminders)],
            Action::Help => return vec![Act::Help],
            Action::Back => return vec![Act::Go(Goto::Home)],
            Action::Quit => return vec![Act::Quit],
        }
        Vec::new()
    }

    /// Whether the reminder process runs, and where the reminders come from.
    fn status_lines(o: &Overview, width: u16) -> Vec<Line<'static>> {
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
        let next = o
            .schedule
            .as_ref()
            .map(|s| remind::schedule::next_per_reminder(s, &cx.wall))
            .unwrap_or_default();
        let next_text: Vec<String> = o
            .rows
            .iter()
            .enumerate()
            .map(
                |(i, r)| match (next.get(i).and_then(Option::as_ref), r.enabled) {
                    (Some(t), true) => remind::rows::when(t, &cx.wall),
                    _ => "-".into(),
                },
            )
            .collect();
        let next_w = next_text
            .iter()
            .map(|t| text::width(t))
            .max()
            .unwrap_or(4)
            .max(4);
        // Narrow screens drop the schedule column and give the title the room.
        let wide = area.width >= 60;
        let title_w = o
            .rows
            .iter()
            .map(|r| text::width(&printable(&r.title)))
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
            .zip(next_text)
            .map(|(r, next)| {
                let state = if r.enabled {
                    Span::styled("on", theme::good())
                } else {
                    Span::styled("off", theme::dim())
                };
                let title = text::fit(&printable(&r.title), title_room).into_owned();
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

impl View for RemindersScreen {
    fn render(&self, cx: &Cx, area: Rect, buf: &mut Buffer) {
        let [main, keys_a] =
            Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
        let block = theme::panel(cx.look, "Reminders").padding(Padding::horizontal(1));
        let inner = block.inner(main);
        block.render(main, buf);
        // Keys about a reminder only when there is one to choose.
        let any = !self.rows().is_empty();
        keys::hint_line(cx.look, KEYS, keys_a.width, |a, w| match a {
            Action::Prev | Action::Next | Action::Toggle | Action::Test if !any => None,
            _ => Some(w),
        })
        .render(keys_a, buf);
        let Some(o) = &self.overview else {
            Line::styled("Reading the reminders…", theme::dim()).render(inner, buf);
            return;
        };
        let head = Self::status_lines(o, inner.width);
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
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(message.len() as u16),
        ])
        .areas(inner);
        Paragraph::new(head).render(status, buf);
        if let Some((file, err)) = &o.error {
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
            self.render_table(o, cx, list, buf);
        }
        Paragraph::new(message).render(message_a, buf);
    }

    fn help(&self, look: Look) -> Vec<HelpRow> {
        keys::help_rows(KEYS, look.unicode)
    }

    fn key(&mut self, key: &KeyEvent, _cx: &Cx) -> Vec<Act> {
        // The last message was read: the next key clears it.
        self.message = None;
        match keys::action(KEYS, key) {
            Some(a) => self.act(a),
            None => Vec::new(),
        }
    }
}
