//! The reminders screen of the TUI: each reminder with its schedule in words, on or off, and
//! its next time; whether the reminder process runs (and how to install it); keys to switch a
//! reminder on or off and to send a test.
//!
//! Owns only this screen's state and drawing. The TUI owns the terminal, the event loop and
//! navigation between screens; it calls [`RemindersView::render`] and passes keys to
//! [`RemindersView::handle_key`]. A test notification is sent on its own thread; when its
//! result arrives the view calls the `wake` callback the TUI gave it, and the TUI redraws.
//!
//! Next times and the process status are worked out when the screen is drawn (from the
//! schedule the view keeps, and the clock), so they are never stale however long it is open.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Local};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Cell, Paragraph, Row, StatefulWidget, Table, TableState, Widget, Wrap,
};

use super::file::{self, Schedule, Source};
use super::notify::{self, Message};
use super::schedule;
use super::state;
use crate::paths::Dirs;

/// One reminder as shown.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Item {
    id: String,
    title: String,
    words: String,
    enabled: bool,
}

/// Where the view reads the time when it draws.
pub type Clock = Arc<dyn Fn() -> DateTime<Local> + Send + Sync>;

/// The reminders screen.
pub struct RemindersView {
    dirs: Dirs,
    wake: Arc<dyn Fn() + Send + Sync>,
    clock: Clock,
    items: Vec<Item>,
    /// The schedule the items come from, for their next times.
    schedule: Option<Schedule>,
    built_in: bool,
    /// The file with a problem and the problem, when there is one (the process keeps its last
    /// good schedule).
    error: Option<(String, String)>,
    selected: usize,
    /// The last thing that happened (a toggle, a test result); written by the test thread.
    message: Arc<Mutex<Option<String>>>,
}

impl RemindersView {
    /// Read reminders.toml and config.toml. Never fails: a broken file is shown on the
    /// screen. The time (`_now`, kept for the TUI's call) is read when drawing, from the
    /// system clock or the one given to [`RemindersView::with_clock`].
    pub fn load(
        dirs: &Dirs,
        _now: DateTime<Local>,
        wake: Arc<dyn Fn() + Send + Sync>,
    ) -> RemindersView {
        let mut v = RemindersView {
            dirs: dirs.clone(),
            wake,
            clock: Arc::new(Local::now),
            items: Vec::new(),
            schedule: None,
            built_in: true,
            error: None,
            selected: 0,
            message: Arc::new(Mutex::new(None)),
        };
        v.reload();
        v
    }

    /// Read the time from `clock` when drawing, instead of the system clock (for tests).
    pub fn with_clock(mut self, clock: Clock) -> RemindersView {
        self.clock = clock;
        self
    }

    fn reload(&mut self) {
        match file::load_schedule(&self.dirs) {
            Ok((sched, source)) => {
                self.error = None;
                self.built_in = source == Source::BuiltIn;
                self.items = sched
                    .reminders
                    .iter()
                    .map(|r| Item {
                        id: r.id.clone(),
                        title: r.title.clone(),
                        words: r.schedule_words(sched.wake, sched.bedtime),
                        enabled: r.enabled,
                    })
                    .collect();
                self.schedule = Some(sched);
            }
            Err(diags) => {
                self.error = diags.first().map(|d| {
                    let file = std::path::Path::new(&d.path)
                        .file_name()
                        .map_or(d.path.clone(), |n| n.to_string_lossy().into_owned());
                    (file, d.headline())
                });
                self.items.clear();
                self.schedule = None;
            }
        }
        self.selected = self.selected.min(self.items.len().saturating_sub(1));
    }

    fn say(&self, text: String) {
        if let Ok(mut m) = self.message.lock() {
            *m = Some(text);
        }
    }

    /// Handle a key; true when the screen changed and should be redrawn. Keys it does not use
    /// (Esc, q, Tab...) return false and are the TUI's to handle.
    pub fn handle_key(&mut self, key: KeyEvent, _now: DateTime<Local>) -> bool {
        if key.kind == KeyEventKind::Release || key.modifiers.contains(KeyModifiers::CONTROL) {
            return false;
        }
        // The last message was read: the next key clears it.
        if let Ok(mut m) = self.message.lock() {
            *m = None;
        }
        match key.code {
            KeyCode::Up | KeyCode::Char('k') => {
                self.selected = self.selected.saturating_sub(1);
                true
            }
            KeyCode::Down | KeyCode::Char('j') => {
                self.selected = (self.selected + 1).min(self.items.len().saturating_sub(1));
                true
            }
            KeyCode::Char(' ') | KeyCode::Enter => {
                let Some(item) = self.items.get(self.selected).cloned() else {
                    return false;
                };
                match file::set_enabled(&self.dirs, &item.id, !item.enabled) {
                    Ok(_) => {
                        let how = if item.enabled { "off" } else { "on" };
                        let later = if state::running(&self.dirs).is_some() {
                            " (the reminder process picks this up within a minute)"
                        } else {
                            ""
                        };
                        self.say(format!("{} is now {how}{later}", item.id));
                    }
                    Err(e) => self.say(e.to_string()),
                }
                self.reload();
                true
            }
            KeyCode::Char('t') => {
                self.send_test();
                true
            }
            KeyCode::Char('r') => {
                self.reload();
                true
            }
            _ => false,
        }
    }

    fn send_test(&self) {
        let Some(item) = self.items.get(self.selected) else {
            return;
        };
        let Ok((sched, _)) = file::load_schedule(&self.dirs) else {
            return;
        };
        let Some(r) = sched.reminders.iter().find(|r| r.id == item.id) else {
            return;
        };
        let msg = Message {
            title: r.title.clone(),
            body: r.full_body(),
            icon: super::daemon::icon_path(&self.dirs),
            actions: false,
        };
        self.say(format!("sending a test of {}...", r.id));
        let (slot, wake, id) = (self.message.clone(), self.wake.clone(), r.id.clone());
        let spawned = std::thread::Builder::new()
            .name("remind-test".into())
            .spawn(move || {
                let outcome = notify::send(msg, None);
                if let Ok(mut m) = slot.lock() {
                    *m = Some(format!("test of {id}: {}", outcome.describe()));
                }
                wake();
            });
        if spawned.is_err() {
            self.say("cannot start a thread to send the test".into());
        }
    }

    /// `today 10:30`, `tomorrow 07:00`, or with the date for anything later
    /// (`Mon 7 Dec 10:30`): a weekday alone a week ahead would read like today.
    fn when(t: &DateTime<Local>, now: &DateTime<Local>) -> String {
        let clock = if chrono::Timelike::second(t) == 0 {
            t.format("%H:%M").to_string()
        } else {
            t.format("%H:%M:%S").to_string()
        };
        let days = (t.date_naive() - now.date_naive()).num_days();
        match days {
            0 => format!("today {clock}"),
            1 => format!("tomorrow {clock}"),
            _ => format!("{} {clock}", t.format("%a %-d %b")),
        }
    }

    /// Draw the screen into `area`.
    pub fn render(&self, area: Rect, buf: &mut Buffer) {
        let now = (self.clock)();
        let running = state::running(&self.dirs);
        let next = self
            .schedule
            .as_ref()
            .map(|s| schedule::next_per_reminder(s, &now))
            .unwrap_or_default();
        let block = Block::bordered()
            .title(" Reminders ")
            .padding(ratatui::widgets::Padding::horizontal(1));
        let inner = block.inner(area);
        block.render(area, buf);
        let mut head = vec![match running {
            Some(0) => Line::from(vec!["Reminder process: ".into(), "running".green().bold()]),
            Some(pid) => Line::from(vec![
                "Reminder process: ".into(),
                "running".green().bold(),
                format!(" (pid {pid})").into(),
            ]),
            None => Line::from(vec![
                "Reminder process: ".into(),
                "not running".yellow().bold(),
            ]),
        }];
        if running.is_none() {
            let label = if inner.width >= 42 {
                "Start it at login: "
            } else {
                "Install: "
            };
            head.push(Line::from(vec![
                label.into(),
                "windown remind install".bold(),
            ]));
        }
        head.push(Line::from(if self.built_in {
            "Built-in reminders; a change writes your own reminders.toml.".dim()
        } else {
            "From your reminders.toml.".dim()
        }));
        let [status, _, list, message, help] = Layout::vertical([
            Constraint::Length(head.len() as u16),
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(inner);
        Paragraph::new(head).render(status, buf);

        if let Some((file, err)) = &self.error {
            Paragraph::new(vec![
                Line::from(format!("{file} has a mistake:").red().bold()),
                Line::from(err.as_str()),
                Line::from("Fix the file, then press r.".dim()),
            ])
            .wrap(Wrap { trim: false })
            .render(list, buf);
        } else {
            // Narrow screens drop the schedule column and give the title the room.
            let wide = list.width >= 60;
            let title_width = self
                .items
                .iter()
                .map(|it| it.title.chars().count())
                .max()
                .unwrap_or(8)
                .clamp(8, 24) as u16;
            let next_text: Vec<String> = self
                .items
                .iter()
                .enumerate()
                .map(
                    |(i, it)| match (next.get(i).and_then(Option::as_ref), it.enabled) {
                        (Some(t), true) => Self::when(t, &now),
                        _ => "-".into(),
                    },
                )
                .collect();
            let next_width = next_text
                .iter()
                .map(|t| t.chars().count())
                .max()
                .unwrap_or(4)
                .max(4) as u16;
            let widths = if wide {
                vec![
                    Constraint::Length(3),
                    Constraint::Length(title_width),
                    Constraint::Fill(1),
                    Constraint::Length(next_width),
                ]
            } else {
                vec![
                    Constraint::Length(3),
                    Constraint::Fill(1),
                    Constraint::Length(next_width),
                ]
            };
            let rows: Vec<Row> = self
                .items
                .iter()
                .zip(next_text)
                .map(|(it, next)| {
                    let state = if it.enabled {
                        Span::from("on").green()
                    } else {
                        Span::from("off").dim()
                    };
                    let mut cells = vec![Cell::from(state), Cell::from(it.title.as_str())];
                    if wide {
                        cells.push(Cell::from(it.words.as_str()));
                    }
                    cells.push(Cell::from(next));
                    let style = if it.enabled {
                        Style::new()
                    } else {
                        Style::new().dim()
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
                .header(Row::new(header).style(Style::new().bold()))
                .row_highlight_style(Style::new().add_modifier(Modifier::REVERSED))
                .highlight_symbol("> ");
            let mut st = TableState::default().with_selected(Some(self.selected));
            StatefulWidget::render(table, list, buf, &mut st);
        }

        let msg = self
            .message
            .lock()
            .ok()
            .and_then(|m| m.clone())
            .unwrap_or_default();
        Paragraph::new(msg).render(message, buf);
        Paragraph::new(Line::from(vec![
            "↑↓".bold(),
            " choose  ".dim(),
            "space".bold(),
            " on/off  ".dim(),
            "t".bold(),
            " send a test  ".dim(),
            "r".bold(),
            " refresh".dim(),
        ]))
        .render(help, buf);
    }
}
