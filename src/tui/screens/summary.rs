//! The end of a session: finished or stopped early, the time spent (pauses not counted), the
//! steps done and skipped. Pure drawing of the engine's [`Summary`].

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::help::centred;
use super::{Act, Cx, Goto, View};
use crate::duration;
use crate::session::Summary;
use crate::t;
use crate::text;
use crate::tui::keys::{self, Binding, HelpRow, Key, hint};
use crate::tui::theme::{self, Look};
use crate::tui::words;

/// What a key does on the summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Home,
    Help,
    Quit,
}

/// The summary's keys.
pub const KEYS: &[Binding<Action>] = &[
    Binding {
        keys: &[Key::Enter, Key::Esc, Key::Char('h'), Key::Char(' ')],
        action: Action::Home,
        does: "back to the home screen",
        hint: hint("home", 9),
    },
    Binding {
        keys: &[Key::Char('?')],
        action: Action::Help,
        does: "help",
        hint: None,
    },
    Binding {
        keys: &[Key::Char('q'), Key::Ctrl('c')],
        action: Action::Quit,
        does: "quit",
        hint: hint("quit", 9),
    },
];

impl View for Summary {
    fn render(&self, cx: &Cx, area: Rect, buf: &mut Buffer) {
        let (head, style) = if self.finished {
            (words::fixed("tui-summary-finished"), theme::good_heading())
        } else {
            (words::fixed("tui-summary-stopped"), theme::caution())
        };
        let title = text::fit(&self.shown_title, usize::from(area.width)).into_owned();
        let done = t!(
            "tui-summary-steps-of",
            done = self.steps_done,
            total = self.steps_total
        );
        let rows = [
            (
                words::fixed("tui-summary-time"),
                duration::clock(self.active),
            ),
            (words::fixed("tui-summary-done"), done),
            (
                words::fixed("tui-summary-skipped"),
                self.steps_skipped.to_string(),
            ),
        ];
        // The labels in a column as wide as the widest and two spaces, the values right-aligned.
        let label_w = rows.iter().map(|(l, _)| text::width(l)).max().unwrap_or(0) + 2;
        let mut lines = vec![
            Line::styled(text::fit(head, usize::from(area.width)).into_owned(), style),
            Line::styled(title, theme::title()),
            Line::raw(""),
        ];
        let value_w = rows
            .iter()
            .map(|(_, v)| text::width(v))
            .max()
            .unwrap_or(0)
            .max(7);
        for (label, value) in &rows {
            lines.push(Line::raw(format!(
                "{label}{}{value}",
                " ".repeat(label_w - text::width(label) + value_w - text::width(value))
            )));
        }
        lines.extend([
            Line::raw(""),
            keys::hint_line(cx.look, KEYS, area.width, |_, w| Some(w)),
        ]);
        let a = centred(area, area.width, lines.len() as u16);
        Paragraph::new(lines)
            .alignment(Alignment::Center)
            .render(a, buf);
    }

    fn help(&self, look: Look) -> Vec<HelpRow> {
        keys::help_rows(KEYS, look.unicode)
    }

    fn key(&mut self, key: &KeyEvent, _cx: &Cx) -> Vec<Act> {
        match keys::action(KEYS, key) {
            Some(Action::Home) => vec![Act::Go(Goto::Home)],
            Some(Action::Help) => vec![Act::Help],
            Some(Action::Quit) => vec![Act::Quit],
            None => Vec::new(),
        }
    }
}
