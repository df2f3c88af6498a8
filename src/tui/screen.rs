//! The session screen and the end-of-session summary, drawn as a pure function of the
//! engine's [`SessionView`] (what phase runs, how long is left, paused or not) plus what only
//! the interface knows (muted, the step's figure). This file never reads a clock.
//!
//! Layout priorities when the window is short: the countdown and the phase always show; the
//! figure and instructions go first, then the step title, then "Up next" (which gives its
//! row to one line of the step's caution when the caution has no room of its own). On the
//! phase line, PAUSED and the side always show: "rep n of N" goes first, then the title is
//! shortened with "…". The key line shows only the keys that do something in this phase,
//! and the short set when the whole set does not fit.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{LineGauge, Paragraph, Widget, Wrap};

use super::bigdigits::{self, BigText};
use super::home::key_line;
use super::look::{self, Look, phase_colour};
use crate::diag::printable;
use crate::duration;
use crate::routine::Figure;
use crate::session::{SessionView, Summary};

/// `text` cut to `max` columns, ending with "…" when cut.
fn fit(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out: String = text.chars().take(max - 1).collect();
    out.push('…');
    out
}

/// Draw the session screen. `notice` is a problem to tell on the "Up next" line (a cue
/// command that failed).
pub fn render_session(
    v: &SessionView,
    muted: bool,
    figure: Option<&Figure>,
    notice: Option<&str>,
    look: Look,
    area: Rect,
    buf: &mut Buffer,
) {
    let step = v.step;
    let colour = phase_colour(v.phase);
    let task = v.waiting_on_task;
    let last3 = v.final_seconds && !v.paused;

    // Rows: title, step title, phase, the middle, up next, two gauges, keys. The middle
    // holds the countdown, the figure and the instructions; the countdown and the phase
    // always show, and the figure is drawn whole or not at all.
    let h = area.height;
    let big = bigdigits::HEIGHT;
    let fixed_min = 1 + 1 + big + 2 + 1; // title, phase, digits, gauges, keys
    let want_step_title = h > fixed_min;
    let want_next = h > fixed_min + 1;
    let [
        title_a,
        step_a,
        phase_a,
        middle,
        next_a,
        gauge1_a,
        gauge2_a,
        keys_a,
    ] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(u16::from(want_step_title)),
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(u16::from(want_next)),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let countdown = bigdigits::countdown_text(v.remaining);
    let caution = step.caution.as_deref();
    let figure = figure.filter(|f| f.height > 0 && !task);
    // Wide enough: the figure on the left beside the countdown and the instructions.
    let side = figure
        .filter(|f| middle.height >= f.height && middle.width >= f.width + 2 + FIGURE_GAP + 36);
    let (fig_a, column) = match side {
        Some(f) => {
            let [l, r] = Layout::horizontal([
                Constraint::Length(f.width + 2 + FIGURE_GAP),
                Constraint::Min(0),
            ])
            .areas(middle);
            (Some(l), r)
        }
        None => (None, middle),
    };
    // In the column: the countdown (doubled when there is room for it and for the whole
    // text), then the instructions.
    let min_text = text_rows(v, column.width.saturating_sub(2));
    let scale = if column.height >= 2 * big + 2 + min_text
        && column.width >= bigdigits::width(&countdown, 2) + 12
    {
        2
    } else {
        1
    };
    let pad = if column.height >= big * scale + 2 + min_text.min(column.height) {
        2
    } else {
        0
    };
    let [digits_a, body_a] =
        Layout::vertical([Constraint::Length(big * scale + pad), Constraint::Min(0)]).areas(column);
    // Stacked: the figure only when it fits whole beside the text.
    let below = if side.is_none() {
        figure
            .filter(|f| body_a.height >= f.height && body_a.width >= f.width + 2 + FIGURE_GAP + 30)
    } else {
        None
    };
    // Title and step n of N.
    let counter = format!(
        "step {} of {}{} ",
        v.step_index + 1,
        v.step_count,
        if muted {
            look.dot().to_string() + "muted"
        } else {
            String::new()
        }
    );
    let room = usize::from(area.width).saturating_sub(counter.chars().count() + 2);
    Line::from(vec![
        Span::raw(" "),
        Span::styled(fit(&printable(v.routine_title), room), look::title()),
    ])
    .render(title_a, buf);
    Line::from(Span::styled(counter, look::dim()))
        .alignment(Alignment::Right)
        .render(title_a, buf);
    if !task {
        Line::from(vec![
            Span::raw(" "),
            Span::styled(
                fit(
                    &printable(&step.title),
                    usize::from(area.width).saturating_sub(2),
                ),
                Style::new().add_modifier(Modifier::BOLD),
            ),
        ])
        .render(step_a, buf);
    }

    // The phase in words.
    let label = if task {
        "YOUR TURN".to_string()
    } else {
        v.label.clone()
    };
    let paused_badge = if v.paused { "   PAUSED " } else { "" };
    let mut rep_text = match (v.rep, v.phase) {
        (Some((rep, reps)), Some(crate::routine::PhaseKind::Hold { .. })) if reps > 1 => {
            format!("  rep {rep} of {reps}")
        }
        _ => String::new(),
    };
    let label = printable(&label).into_owned();
    let width = usize::from(phase_a.width);
    let len = |l: &str, r: &str| l.chars().count() + r.chars().count() + paused_badge.len();
    if len(&label, &rep_text) > width {
        rep_text.clear();
    }
    // The side ("- LEFT LEG") stays whole; the title before it is shortened.
    let label = if len(&label, "") > width {
        let (head, tail) = match v.side.and_then(|_| label.rfind(" - ")) {
            Some(i) => label.split_at(i),
            None => (label.as_str(), ""),
        };
        let room = width.saturating_sub(tail.chars().count() + paused_badge.len());
        format!("{}{tail}", fit(head, room))
    } else {
        label
    };
    let mut words = vec![Span::styled(
        label,
        Style::new().fg(colour).add_modifier(Modifier::BOLD),
    )];
    if !rep_text.is_empty() {
        words.push(Span::styled(rep_text, look::dim()));
    }
    if v.paused {
        words.push(Span::raw("  "));
        words.push(Span::styled(
            " PAUSED ",
            Style::new()
                .fg(Color::Yellow)
                .add_modifier(Modifier::BOLD | Modifier::REVERSED),
        ));
    }
    Line::from(words)
        .alignment(Alignment::Center)
        .render(phase_a, buf);

    // The countdown, or the task's prompt.
    if task {
        let text = vec![
            Line::from(Span::styled(
                printable(&step.title).into_owned(),
                Style::new().fg(colour).add_modifier(Modifier::BOLD),
            )),
            Line::raw(""),
            Line::from(vec![
                Span::raw("Press "),
                Span::styled("Enter", look::key_style()),
                Span::raw(" or "),
                Span::styled("space", look::key_style()),
                Span::raw(" when done"),
            ]),
        ];
        let a = Rect {
            y: digits_a.y + digits_a.height.saturating_sub(3) / 2,
            height: digits_a.height.min(3),
            ..digits_a
        };
        Paragraph::new(text)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true })
            .render(a, buf);
    } else {
        let text = countdown;
        let style = if v.paused {
            Style::new().fg(Color::DarkGray)
        } else if last3 {
            Style::new()
                .fg(Color::LightRed)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().fg(colour).add_modifier(Modifier::BOLD)
        };
        BigText {
            text: &text,
            style,
            unicode: look.unicode,
            scale,
        }
        .render(digits_a, buf);
        if last3 {
            // Marked in shape as well as colour, so it shows without colour too.
            let w = bigdigits::width(&text, scale);
            let (l, r) = if look.unicode {
                ("▶▶", "◀◀")
            } else {
                (">>", "<<")
            };
            let mid = digits_a.y + digits_a.height / 2;
            let left = (digits_a.x + digits_a.width.saturating_sub(w) / 2).checked_sub(5);
            let right = digits_a.x + (digits_a.width + w) / 2 + 3;
            if let Some(left) = left
                && left >= digits_a.x
                && right + 2 <= digits_a.x + digits_a.width
            {
                buf.set_string(left, mid, l, style);
                buf.set_string(right, mid, r, style);
            }
        }
    }

    // The figure, and the instructions and caution.
    if let (Some(f), Some(a)) = (side, fig_a) {
        draw_figure(f, a, buf);
    }
    let text_shown = body_a.height >= 3;
    if text_shown {
        let text_a = match below {
            Some(f) => {
                let [l, r] = Layout::horizontal([
                    Constraint::Length(f.width + 2 + FIGURE_GAP),
                    Constraint::Min(0),
                ])
                .areas(body_a);
                draw_figure(f, l, buf);
                r
            }
            None => body_a,
        };
        render_text(v, look, text_a, buf);
    }

    if want_next {
        let room = usize::from(next_a.width).saturating_sub(1);
        match (caution, notice) {
            // Safety text first: one line of the caution when it has no room above.
            (Some(c), _) if !text_shown => {
                let c = crate::session::text_lines(c).join(" ");
                Line::from(vec![
                    Span::raw(" "),
                    Span::styled("Caution: ", caution_style()),
                    Span::raw(fit(&c, room.saturating_sub(9))),
                ])
                .render(next_a, buf);
            }
            (_, Some(n)) => {
                Line::from(Span::styled(
                    format!(" {}", fit(&printable(n), room)),
                    Style::new().fg(Color::Yellow),
                ))
                .render(next_a, buf);
            }
            _ => {
                let next = match (&v.stalled, &v.up_next) {
                    (Some(d), _) => format!(
                        "Paused by itself after {} away; space resumes",
                        duration::human(*d)
                    ),
                    (None, Some(n)) => format!("Up next: {n}"),
                    (None, None) => "Up next: the end".to_string(),
                };
                Line::from(Span::styled(
                    format!(" {}", fit(&printable(&next), room)),
                    look::dim(),
                ))
                .render(next_a, buf);
            }
        }
    }

    gauge(look, " Step    ", v.step_progress, colour).render(gauge1_a, buf);
    gauge(look, " Routine ", v.routine_progress, Color::Gray).render(gauge2_a, buf);

    let pause = if task {
        "done"
    } else if v.paused {
        "resume"
    } else {
        "pause"
    };
    // Only keys that do something here: "+" adds time to a timed phase, not to a task.
    let mut keys = vec![
        ("space", pause),
        ("n", "skip"),
        ("p", "back"),
        ("r", "restart"),
    ];
    if !task {
        keys.push(("+", "10 s"));
    }
    keys.extend([
        ("m", if muted { "unmute" } else { "mute" }),
        ("?", "help"),
        ("q", "quit"),
    ]);
    // Too wide: the keys least needed mid-session go first ("?" lists them all).
    let mut line = key_line(look, &keys);
    for drop in ["r", "p", "+", "n", "m"] {
        if line.width() <= usize::from(keys_a.width) {
            break;
        }
        keys.retain(|(k, _)| *k != drop);
        line = key_line(look, &keys);
    }
    line.render(keys_a, buf);
}

fn caution_style() -> Style {
    Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD)
}

fn gauge(look: Look, label: &'static str, ratio: f64, colour: Color) -> LineGauge<'static> {
    let pct = (ratio * 100.0).round() as u16;
    let g = LineGauge::default()
        .ratio(ratio)
        .label(Line::from(format!("{label}{pct:>3}% ")))
        .filled_style(Style::new().fg(colour))
        .unfilled_style(Style::new().fg(Color::DarkGray));
    // Filled and unfilled differ in shape too, so the gauge reads without colour.
    if look.unicode {
        g.filled_symbol("━").unfilled_symbol("─")
    } else {
        g.filled_symbol("#").unfilled_symbol("-")
    }
}

/// Indent of an instruction's later lines, under the text after the bullet: no-break spaces,
/// which word wrap keeps (they become plain spaces after drawing, see `look::plain_spaces`).
const INDENT: &str = "\u{a0}\u{a0}";

/// Columns between a figure and the text beside it.
const FIGURE_GAP: u16 = 2;

/// A figure, whole, vertically centred in its area, one column in from the left.
fn draw_figure(f: &Figure, area: Rect, buf: &mut Buffer) {
    let top = area.y + area.height.saturating_sub(f.height) / 2;
    let lines: Vec<Line> = f
        .lines
        .iter()
        .map(|l| Line::raw(printable(l).into_owned()))
        .collect();
    Paragraph::new(lines).render(
        Rect {
            x: area.x + 1,
            y: top,
            width: area.width.saturating_sub(1),
            height: f.height.min(area.height),
        },
        buf,
    );
}

/// About how many rows `text` takes when word-wrapped at `width` (a little generous: word
/// wrap leaves ragged ends).
fn rows_of(text: &str, width: u16) -> u16 {
    let usable = (usize::from(width) * 85 / 100).max(1);
    u16::try_from((text.chars().count() + 2).div_ceil(usable)).unwrap_or(u16::MAX)
}

/// About how many rows a text field takes at `width`, line by line.
fn field_rows(text: &str, width: u16) -> u16 {
    crate::session::text_lines(text)
        .iter()
        .map(|l| rows_of(l, width))
        .fold(0, u16::saturating_add)
}

/// About how many rows the caution takes at `width`.
fn caution_rows(v: &SessionView, width: u16) -> u16 {
    v.step
        .caution
        .as_deref()
        .map_or(0, |c| field_rows(&format!("Caution: {c}"), width))
}

/// About how many rows the instructions and caution take at `width`.
fn text_rows(v: &SessionView, width: u16) -> u16 {
    let instructions = v
        .step
        .instructions
        .iter()
        .map(|i| field_rows(i, width))
        .fold(0, u16::saturating_add);
    instructions.saturating_add(caution_rows(v, width))
}

/// The step's instructions, and its caution kept in view at the bottom when the
/// instructions do not all fit (a caution is safety text).
fn render_text(v: &SessionView, look: Look, area: Rect, buf: &mut Buffer) {
    let area = Rect {
        x: area.x + 1,
        width: area.width.saturating_sub(2),
        ..area
    };
    let bullet = if look.unicode { "• " } else { "- " };
    // Each line of an instruction on a line of its own; the first one carries the bullet.
    let lines: Vec<Line> = v
        .step
        .instructions
        .iter()
        .flat_map(|i| {
            crate::session::text_lines(i)
                .into_iter()
                .enumerate()
                .map(move |(n, l)| {
                    Line::raw(format!("{}{l}", if n == 0 { bullet } else { INDENT }))
                })
        })
        .collect();
    let caution: Option<Vec<Line>> = v.step.caution.as_deref().map(|c| {
        crate::session::text_lines(c)
            .into_iter()
            .enumerate()
            .map(|(n, l)| {
                if n == 0 {
                    Line::from(vec![
                        Span::styled("Caution: ", caution_style()),
                        Span::raw(l),
                    ])
                } else {
                    Line::raw(l)
                }
            })
            .collect()
    });
    let caution_rows = caution_rows(v, area.width);
    let fits = text_rows(v, area.width) <= area.height;
    let [top, bottom] = if fits || caution_rows >= area.height {
        [area, Rect { height: 0, ..area }]
    } else {
        Layout::vertical([Constraint::Min(0), Constraint::Length(caution_rows)]).areas(area)
    };
    let mut lines = lines;
    match caution {
        Some(c) if bottom.height > 0 => {
            Paragraph::new(c)
                .wrap(Wrap { trim: true })
                .render(bottom, buf);
        }
        Some(c) => lines.extend(c),
        None => {}
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .render(top, buf);
}

/// Draw the summary at the end of a session.
pub fn render_summary(s: &Summary, look: Look, area: Rect, buf: &mut Buffer) {
    let (head, colour) = if s.finished {
        ("Well done: routine finished", Color::Green)
    } else {
        ("Session stopped early", Color::Yellow)
    };
    let lines = vec![
        Line::styled(head, Style::new().fg(colour).add_modifier(Modifier::BOLD)),
        Line::styled(printable(&s.routine_title).into_owned(), look::title()),
        Line::raw(""),
        Line::raw(format!("Time spent     {:>7}", duration::clock(s.active))),
        Line::raw(format!(
            "Steps done     {:>7}",
            format!("{} of {}", s.steps_done, s.steps_total)
        )),
        Line::raw(format!("Steps skipped  {:>7}", s.steps_skipped)),
        Line::raw(""),
        key_line(look, &[("Enter", "home"), ("q", "quit")]),
    ];
    let a = super::overlay::centred(area, area.width, lines.len() as u16);
    Paragraph::new(lines)
        .alignment(Alignment::Center)
        .render(a, buf);
}
