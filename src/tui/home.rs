//! The home screen: the routines on the left (built-in and the person's own, broken files
//! listed with their error), the selected routine on the right (summary, steps, total time,
//! notes; scrollable), and a header line with the streak, last session and last check-in.
//!
//! Owns only the list selection and the scroll position. Loading routines and the header
//! text happens in the caller; rendering is a pure function of this state.

use std::time::Duration;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Borders, List, ListItem, ListState, Paragraph, StatefulWidget, Widget, Wrap,
};

use super::look::{self, Look};
use crate::diag::printable;
use crate::duration;
use crate::routine::{Origin, Plan, Routine, Sides, StepKind};

/// One line of the routine list.
#[derive(Debug, Clone)]
pub enum Entry {
    Routine(Box<Routine>),
    /// A user file that does not load: its name and the error, shown instead of hidden.
    Broken {
        name: String,
        error: String,
    },
}

impl Entry {
    fn label(&self) -> String {
        match self {
            Entry::Routine(r) => r.title.clone(),
            Entry::Broken { name, .. } => format!("{name} (broken)"),
        }
    }
}

/// What the home screen shows and where the cursor is.
#[derive(Debug, Clone, Default)]
pub struct Home {
    pub entries: Vec<Entry>,
    pub selected: usize,
    /// First line shown of the detail pane.
    pub scroll: u16,
    /// The header line: streak, last session, last check-in (empty until history has one).
    pub header: String,
    /// A one-line message under the list (an error starting a routine, for example).
    pub notice: Option<String>,
}

impl Home {
    pub fn new(entries: Vec<Entry>) -> Home {
        Home {
            entries,
            ..Home::default()
        }
    }

    pub fn select_next(&mut self) {
        if self.selected + 1 < self.entries.len() {
            self.selected += 1;
            self.scroll = 0;
        }
    }

    pub fn select_prev(&mut self) {
        if self.selected > 0 {
            self.selected -= 1;
            self.scroll = 0;
        }
    }

    pub fn scroll_by(&mut self, delta: i32) {
        self.scroll = u16::try_from((i32::from(self.scroll) + delta).clamp(0, 10_000)).unwrap_or(0);
    }

    /// The selected routine, when it loads.
    pub fn selected_routine(&self) -> Option<&Routine> {
        match self.entries.get(self.selected)? {
            Entry::Routine(r) => Some(r),
            Entry::Broken { .. } => None,
        }
    }

    pub fn render(&self, look: Look, area: Rect, buf: &mut Buffer) {
        let [header, body, keys] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(3),
            Constraint::Length(1),
        ])
        .areas(area);
        let head = if self.header.is_empty() {
            Line::from(vec![Span::styled(" windown", look::title())])
        } else {
            Line::from(vec![
                Span::styled(" windown", look::title()),
                Span::raw("  "),
                Span::raw(printable(&self.header).into_owned()),
            ])
        };
        head.render(header, buf);

        let list_w = if area.width >= 60 { 26 } else { area.width / 2 };
        let [left, right] =
            Layout::horizontal([Constraint::Length(list_w), Constraint::Min(10)]).areas(body);
        self.render_list(look, left, buf);
        self.render_detail(look, right, buf);

        let hints: &[(&str, &str)] = if area.width >= 70 {
            &[
                ("↑↓", "choose"),
                ("Enter", "start"),
                ("r", "reminders"),
                ("g", "progress"),
                ("?", "help"),
                ("q", "quit"),
            ]
        } else {
            &[("Enter", "start"), ("?", "help"), ("q", "quit")]
        };
        key_line(look, hints).render(keys, buf);
    }

    fn render_list(&self, look: Look, area: Rect, buf: &mut Buffer) {
        let block = panel(look, "Routines");
        let items: Vec<ListItem> = self
            .entries
            .iter()
            .map(|e| {
                let style = match e {
                    Entry::Routine(r) if r.origin == Origin::BuiltIn => Style::new(),
                    Entry::Routine(_) => Style::new().fg(Color::Cyan),
                    Entry::Broken { .. } => Style::new().fg(Color::Red),
                };
                ListItem::new(Line::styled(printable(&e.label()).into_owned(), style))
            })
            .collect();
        let items = if items.is_empty() {
            vec![ListItem::new(Line::styled("(no routines)", look::dim()))]
        } else {
            items
        };
        let list = List::new(items)
            .block(block)
            .highlight_symbol(if look.unicode { "▶ " } else { "> " })
            .highlight_style(Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD));
        let mut state = ListState::default().with_selected(Some(self.selected));
        StatefulWidget::render(list, area, buf, &mut state);
    }

    fn render_detail(&self, look: Look, area: Rect, buf: &mut Buffer) {
        let (title, lines) = match self.entries.get(self.selected) {
            None => (
                "Routine".to_string(),
                vec![Line::raw(
                    "No routine to show. Write one with `windown new NAME`.",
                )],
            ),
            Some(Entry::Broken { name, error }) => (name.clone(), {
                let mut l = vec![
                    Line::styled("This file does not load:", Style::new().fg(Color::Red)),
                    Line::raw(""),
                ];
                l.extend(error.lines().map(|e| Line::raw(printable(e).into_owned())));
                l.push(Line::raw(""));
                l.push(Line::styled(
                    "Fix it and check it with `windown validate FILE`.",
                    look::dim(),
                ));
                l
            }),
            Some(Entry::Routine(r)) => (r.title.clone(), routine_lines(r, look)),
        };
        let mut lines = lines;
        if let Some(n) = &self.notice {
            lines.insert(
                0,
                Line::styled(printable(n).into_owned(), Style::new().fg(Color::Red)),
            );
            lines.insert(1, Line::raw(""));
        }
        Paragraph::new(lines)
            .block(panel(look, &printable(&title)))
            .wrap(Wrap { trim: false })
            .scroll((self.scroll, 0))
            .render(area, buf);
    }
}

/// The header line from the history: streak, last session, last night's check-in. Empty
/// when nothing is recorded yet.
pub fn header_text(
    h: &crate::history::HomeSummary,
    now: chrono::DateTime<chrono::FixedOffset>,
    look: Look,
) -> String {
    let today = now.date_naive();
    let day = |d: chrono::NaiveDate| {
        if d == today {
            "today".to_string()
        } else if Some(d) == today.pred_opt() {
            "yesterday".to_string()
        } else {
            d.format("%a %-d %b").to_string()
        }
    };
    let mut parts = Vec::new();
    if h.streak > 0 {
        parts.push(format!(
            "streak {}",
            crate::words::count(h.streak, "evening", "evenings")
        ));
    }
    if let Some(s) = &h.last_session {
        parts.push(format!(
            "last session {} {}{}",
            day(s.started.date_naive()),
            s.started.format("%H:%M"),
            if s.finished { "" } else { " (stopped)" }
        ));
    }
    if let Some(c) = &h.last_checkin {
        let how = match c.cramps {
            crate::history::Cramps::None => "no cramps".to_string(),
            other => format!("{} cramps", other.word()),
        };
        // The night that is over by the history's evening rule: at 01:54 that is still the
        // night before yesterday's evening, not the one the person is in.
        if c.night_of == crate::history::last_night_over(now) {
            parts.push(format!("last night: {how}"));
        } else {
            parts.push(format!(
                "night of {}: {how}",
                c.night_of.format("%a %-d %b")
            ));
        }
    }
    parts.join(look.dot())
}

/// The detail pane text of a routine.
pub fn routine_lines(r: &Routine, look: Look) -> Vec<Line<'static>> {
    let plan = Plan::of(r);
    let dot = look.dot();
    let mut out = Vec::new();
    let steps = u64::try_from(r.steps.len()).unwrap_or(u64::MAX);
    let mut facts = format!(
        "{}{dot}{}{dot}{}",
        minutes(plan.total),
        crate::words::count(steps, "step", "steps"),
        r.kind.as_str()
    );
    if plan.tasks > 0 {
        facts.push_str(&format!("{dot}{} untimed", plan.tasks));
    }
    if let Origin::File(p) = &r.origin {
        facts.push_str(&format!("{dot}{}", p.display()));
    }
    out.push(Line::styled(printable(&facts).into_owned(), look::dim()));
    if let Some(s) = &r.summary {
        out.push(Line::raw(""));
        out.extend(crate::session::text_lines(s).into_iter().map(Line::raw));
    }
    out.push(Line::raw(""));
    out.push(Line::styled("Steps", look::title()));
    for (i, s) in r.steps.iter().enumerate() {
        out.push(Line::from(vec![
            Span::raw(format!("{:>2}. ", i + 1)),
            Span::raw(printable(&s.title).into_owned()),
            Span::styled(format!("  {}", step_shape(s)), look::dim()),
        ]));
    }
    if let Some(n) = &r.notes {
        out.push(Line::raw(""));
        out.push(Line::styled("Notes", look::title()));
        out.extend(crate::session::text_lines(n).into_iter().map(Line::raw));
    }
    out
}

/// "3 x 30s, each side", "task".
pub fn step_shape(s: &crate::routine::Step) -> String {
    if s.kind == StepKind::Task {
        return "task".into();
    }
    let mut t = if s.reps > 1 {
        format!("{} x {}", s.reps, duration::human(s.duration))
    } else {
        duration::human(s.duration)
    };
    match s.sides {
        Sides::None => {}
        Sides::Both => t.push_str(", each side"),
        Sides::Left => t.push_str(", left"),
        Sides::Right => t.push_str(", right"),
    }
    t
}

/// "about 12 min", "45 s".
pub fn minutes(d: Duration) -> String {
    let s = d.as_secs();
    if s < 60 {
        format!("{s} s")
    } else {
        format!("{} min", s.div_ceil(60))
    }
}

/// A bordered panel with a title.
pub fn panel(look: Look, title: &str) -> Block<'static> {
    let b = Block::new()
        .borders(Borders::ALL)
        .title(Span::styled(format!(" {title} "), look::title()));
    if look.unicode {
        b.border_type(ratatui::widgets::BorderType::Rounded)
    } else {
        b.border_set(ASCII_BORDER)
    }
}

const ASCII_BORDER: ratatui::symbols::border::Set<'static> = ratatui::symbols::border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

/// A line of key hints: `key` in the key colour, then what it does.
pub fn key_line(look: Look, keys: &[(&str, &str)]) -> Line<'static> {
    let mut spans = vec![Span::raw(" ")];
    for (i, (k, what)) in keys.iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(look.dot(), look::dim()));
        }
        let k = if look.unicode {
            (*k).to_string()
        } else {
            k.replace("↑↓", "up/down")
                .replace('←', "left")
                .replace('→', "right")
        };
        spans.push(Span::styled(k, look::key_style()));
        spans.push(Span::raw(format!(" {what}")));
    }
    Line::from(spans)
}
