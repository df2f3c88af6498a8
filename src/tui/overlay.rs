//! Things drawn over or instead of a screen: the help overlay, the quit question, and the
//! "window too small" notice. Pure drawing functions.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget, Wrap};

use super::home::panel;
use super::look::{self, Look};

/// The smallest window the screens are laid out for.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

/// Whether an area is too small for the screens.
pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// "window too small", centred, in whatever room there is (nothing at 0x0).
pub fn render_too_small(area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    let lines = vec![
        Line::styled(
            "window too small",
            Style::new().add_modifier(Modifier::BOLD),
        ),
        Line::raw(format!(
            "{}x{}, needs {MIN_WIDTH}x{MIN_HEIGHT}",
            area.width, area.height
        )),
    ];
    let a = centred(area, area.width, lines.len() as u16);
    Paragraph::new(lines)
        .alignment(Alignment::Center)
        .wrap(Wrap { trim: true })
        .render(a, buf);
}

/// A rectangle of at most `w` x `h`, centred in `area`.
pub fn centred(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

/// The help overlay: every key of the screen it covers.
pub fn render_help(look: Look, keys: &[(&str, &str)], area: Rect, buf: &mut Buffer) {
    let mut lines: Vec<Line> = keys
        .iter()
        .map(|(k, what)| {
            Line::from(vec![
                Span::styled(format!("{k:>9}  "), look::key_style()),
                Span::raw(*what),
            ])
        })
        .collect();
    if area.height >= keys.len() as u16 + 4 {
        lines.push(Line::raw(""));
        lines.push(Line::styled("any key closes this", look::dim()));
    }
    let w = lines.iter().map(Line::width).max().unwrap_or(10) as u16 + 4;
    let a = centred(area, w, lines.len() as u16 + 2);
    Clear.render(a, buf);
    Paragraph::new(lines)
        .block(panel(look, "Keys"))
        .render(a, buf);
}

/// The quit question over a running session.
pub fn render_confirm_quit(look: Look, area: Rect, buf: &mut Buffer) {
    let lines = vec![
        Line::styled(
            "Stop this session?",
            Style::new().add_modifier(Modifier::BOLD),
        ),
        Line::raw(""),
        Line::from(vec![
            Span::styled("y", look::key_style()),
            Span::raw(" stop  "),
            Span::styled("q", look::key_style()),
            Span::raw(" stop and leave"),
        ]),
        Line::from(vec![
            Span::styled("n", look::key_style()),
            Span::raw(" keep going"),
        ]),
    ];
    let a = centred(area, 34, 6);
    Clear.render(a, buf);
    Paragraph::new(lines)
        .alignment(Alignment::Center)
        .block(panel(look, "Quit").border_style(Style::new().fg(Color::Yellow)))
        .render(a, buf);
}

pub const HOME_KEYS: &[(&str, &str)] = &[
    ("up/k", "previous routine"),
    ("down/j", "next routine"),
    ("PgUp/PgDn", "scroll the details"),
    ("Enter", "start the routine"),
    ("r", "reminders"),
    ("g", "progress"),
    ("?", "this help"),
    ("q", "quit"),
];

pub const SESSION_KEYS: &[(&str, &str)] = &[
    ("space", "pause / resume (task: done)"),
    ("Enter", "task step done"),
    ("n / right", "skip phase (N: whole step)"),
    ("p / left", "back one step"),
    ("r", "restart this step"),
    ("+", "add 10 seconds"),
    ("m", "mute / unmute cues"),
    ("Ctrl-Z", "suspend (session pauses)"),
    ("?", "this help"),
    ("q / Esc", "stop the session"),
];
