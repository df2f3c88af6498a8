//! The session screen, drawn region by region as a pure function of the engine's
//! [`SessionView`] (what phase runs, how long is left, paused or not) plus what only the
//! interface knows (muted, the step's figure, a notice). This file never reads a clock: `now`
//! comes in the [`Cx`].
//!
//! The regions, top to bottom, each drawn by the function named after it: [`title_row`] (the
//! routine and "step n of N"), [`step_row`] (the step's title), [`phase_row`] (the phase in
//! words), the middle ([`countdown`] or [`task_prompt`], [`figure`], [`instructions`]),
//! [`next_row`] ("Up next", a notice, or the caution), [`gauges`] and [`key_row`].
//! [`Regions::of`] decides where each goes.
//!
//! Layout priorities when the window is short: the countdown and the phase always show; the
//! figure and instructions go first, then the step title, then "Up next" (which gives its
//! row to one line of the step's caution when the caution has no room of its own). On the
//! phase line, PAUSED and the side always show: "rep n of N" goes first, then the title is
//! shortened with "…". The key line shows only the keys that do something in this phase, and
//! leaves out the least needed when the whole set does not fit.

use std::time::Instant;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::Color;
use ratatui::text::{Line, Span};
use ratatui::widgets::{LineGauge, Paragraph, Widget, Wrap};

use super::{Act, Cx, View};
use crate::diag::printable;
use crate::duration;
use crate::routine::{Figure, PhaseKind, Routine};
use crate::session::{ADD_TIME, Control, Effect, Session, SessionView, text_lines};
use crate::text;
use crate::tui::bigdigits::{self, BigText};
use crate::tui::keys::{self, Binding, HelpRow, Key, hint};
use crate::tui::theme::{self, Look};

/// What a key does in a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Pause,
    Done,
    SkipPhase,
    SkipStep,
    Back,
    Restart,
    AddTime,
    Mute,
    Speech,
    Help,
    Quit,
}

/// The session screen's keys. The hint line leaves out `r`, `p`, `+`, `n`, `m` in that order
/// when it does not fit (their `keep`).
pub const KEYS: &[Binding<Action>] = &[
    Binding {
        keys: &[Key::Char(' ')],
        action: Action::Pause,
        does: "pause / resume (on a task step: done)",
        hint: hint("pause", 9),
    },
    Binding {
        keys: &[Key::Enter],
        action: Action::Done,
        does: "task step done",
        hint: None,
    },
    Binding {
        keys: &[Key::Char('n'), Key::Right],
        action: Action::SkipPhase,
        does: "skip to the next phase",
        hint: hint("skip", 4),
    },
    Binding {
        keys: &[Key::Char('N')],
        action: Action::SkipStep,
        does: "skip the rest of this step",
        hint: None,
    },
    Binding {
        keys: &[Key::Char('p'), Key::Left],
        action: Action::Back,
        does: "back to the start of the previous step",
        hint: hint("back", 2),
    },
    Binding {
        keys: &[Key::Char('r')],
        action: Action::Restart,
        does: "restart this step",
        hint: hint("restart", 1),
    },
    Binding {
        keys: &[Key::Char('+'), Key::Char('=')],
        action: Action::AddTime,
        does: "add 10 seconds to this phase",
        hint: hint("10 s", 3),
    },
    Binding {
        keys: &[Key::Char('m')],
        action: Action::Mute,
        does: "mute / unmute cues",
        hint: hint("mute", 5),
    },
    Binding {
        keys: &[Key::Char('v')],
        action: Action::Speech,
        does: "speech off / on (the sounds stay)",
        hint: None,
    },
    Binding {
        keys: &[Key::Char('?')],
        action: Action::Help,
        does: "help",
        hint: hint("help", 8),
    },
    Binding {
        keys: &[Key::Char('q'), Key::Esc, Key::Ctrl('c')],
        action: Action::Quit,
        does: "stop the session (asks first)",
        hint: hint("quit", 10),
    },
];

/// A session on screen.
#[derive(Debug, Clone)]
pub struct Running {
    pub session: Session,
    /// The figure of each step, loaded before the session starts.
    pub figures: Vec<Option<Figure>>,
    /// Wall-clock start, for the history.
    pub started: chrono::DateTime<chrono::Local>,
    /// A problem to tell on the "Up next" line until the given time (a cue command failed).
    pub notice: Option<(String, Instant)>,
    /// Speech turned off with `v` (sounds go on).
    pub speech_off: bool,
}

impl Running {
    /// Begin a session on `routine` at `now`; the acts are its first cue.
    pub fn start(
        routine: Routine,
        figures: Vec<Option<Figure>>,
        now: Instant,
        started: chrono::DateTime<chrono::Local>,
    ) -> (Running, Vec<Act>) {
        let (session, fx) = Session::start(routine, now);
        let r = Running {
            session,
            figures,
            started,
            notice: None,
            speech_off: false,
        };
        (r, effects(fx))
    }

    /// Control the session; what it asks for.
    pub fn control(&mut self, c: Control, now: Instant) -> Vec<Act> {
        effects(self.session.control(c, now))
    }

    /// Time passed: whether the screen changed, and what to do.
    pub fn advance(&mut self, now: Instant) -> (bool, Vec<Act>) {
        let fx = self.session.advance(now);
        (!fx.is_empty(), effects(fx))
    }

    fn act(&mut self, a: Action, now: Instant) -> Vec<Act> {
        let waiting = self.session.is_waiting_on_task();
        let c = match a {
            Action::Pause | Action::Done if waiting => Control::CompleteTask,
            Action::Pause => Control::TogglePause,
            Action::Done => return Vec::new(),
            Action::SkipPhase => Control::SkipPhase,
            Action::SkipStep => Control::SkipStep,
            Action::Back => Control::BackStep,
            Action::Restart => Control::RestartStep,
            Action::AddTime => Control::AddTime(ADD_TIME),
            Action::Mute => return vec![Act::ToggleMute],
            Action::Speech => {
                self.speech_off = !self.speech_off;
                return vec![Act::Speech(!self.speech_off)];
            }
            Action::Help => return vec![Act::Help],
            Action::Quit => return vec![Act::ConfirmQuit],
        };
        self.control(c, now)
    }
}

/// The engine's effects as acts.
fn effects(fx: Vec<Effect>) -> Vec<Act> {
    fx.into_iter()
        .filter_map(|e| match e {
            Effect::Cue(c) => Some(Act::Cue(c)),
            Effect::Tick(_) => Some(Act::Tick),
            Effect::Breath(b) => Some(Act::Breath(b)),
            Effect::Redraw => None,
            Effect::Finished(s) => Some(Act::Finished(s)),
        })
        .collect()
}

impl View for Running {
    fn render(&self, cx: &Cx, area: Rect, buf: &mut Buffer) {
        let v = self.session.view(cx.now);
        let figure = self.figures.get(v.step_index).and_then(Option::as_ref);
        let notice = self
            .notice
            .as_ref()
            .filter(|(_, until)| cx.now < *until)
            .map(|(n, _)| n.as_str());
        render(&v, cx.muted, figure, notice, cx.look, area, buf);
    }

    fn help(&self, look: Look) -> Vec<HelpRow> {
        keys::help_rows(KEYS, look.unicode)
    }

    fn key(&mut self, key: &KeyEvent, cx: &Cx) -> Vec<Act> {
        match keys::action(KEYS, key) {
            Some(a) => self.act(a, cx.now),
            None => Vec::new(),
        }
    }
}

/// Columns between a figure and the text beside it.
const FIGURE_GAP: u16 = 2;

/// Indent of an instruction's later lines, under the text after the bullet: no-break spaces,
/// which word wrap keeps (they become plain spaces after drawing, see `theme::finish`).
const INDENT: &str = "\u{a0}\u{a0}";

/// Where each region of the session screen goes at one size.
struct Regions<'f> {
    title: Rect,
    step: Rect,
    phase: Rect,
    /// The countdown (or a task's prompt).
    digits: Rect,
    /// Digits at double size.
    scale: u16,
    /// The figure and its area, when it is drawn (beside the countdown or below it).
    figure: Option<(&'f Figure, Rect)>,
    /// The instructions and caution (`None`: no room for them).
    text: Option<Rect>,
    /// "Up next" (or the caution, or a notice).
    next: Option<Rect>,
    gauge_step: Rect,
    gauge_routine: Rect,
    keys: Rect,
}

impl<'f> Regions<'f> {
    /// Lay the screen out in `area`. The countdown and the phase always show, and the figure
    /// is drawn whole or not at all.
    fn of(v: &SessionView, figure: Option<&'f Figure>, area: Rect) -> Regions<'f> {
        let task = v.waiting_on_task;
        let h = area.height;
        let big = bigdigits::HEIGHT;
        let fixed_min = 1 + 1 + big + 2 + 1; // title, phase, digits, gauges, keys
        let want_step_title = h > fixed_min;
        let want_next = h > fixed_min + 1;
        let [
            title,
            step,
            phase,
            middle,
            next,
            gauge_step,
            gauge_routine,
            keys,
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
        let [digits, body] =
            Layout::vertical([Constraint::Length(big * scale + pad), Constraint::Min(0)])
                .areas(column);
        // Stacked: the figure only when it fits whole beside the text.
        let below = if side.is_none() {
            figure
                .filter(|f| body.height >= f.height && body.width >= f.width + 2 + FIGURE_GAP + 30)
        } else {
            None
        };
        let text_shown = body.height >= 3;
        let (figure, text) = match (side.zip(fig_a), below) {
            (Some(s), _) => (Some(s), text_shown.then_some(body)),
            (None, Some(f)) if text_shown => {
                let [l, r] = Layout::horizontal([
                    Constraint::Length(f.width + 2 + FIGURE_GAP),
                    Constraint::Min(0),
                ])
                .areas(body);
                (Some((f, l)), Some(r))
            }
            _ => (None, text_shown.then_some(body)),
        };
        Regions {
            title,
            step,
            phase,
            digits,
            scale,
            figure,
            text,
            next: want_next.then_some(next),
            gauge_step,
            gauge_routine,
            keys,
        }
    }
}

/// Draw the session screen. `notice` is a problem to tell on the "Up next" line (a cue
/// command that failed).
pub fn render(
    v: &SessionView,
    muted: bool,
    figure: Option<&Figure>,
    notice: Option<&str>,
    look: Look,
    area: Rect,
    buf: &mut Buffer,
) {
    let r = Regions::of(v, figure, area);
    title_row(v, muted, look, r.title, buf);
    if !v.waiting_on_task {
        step_row(v, r.step, buf);
    }
    phase_row(v, r.phase, buf);
    if v.waiting_on_task {
        task_prompt(v, r.digits, buf);
    } else {
        countdown(v, look, r.scale, r.digits, buf);
    }
    if let Some((f, a)) = r.figure {
        self::figure(f, a, buf);
    }
    if let Some(a) = r.text {
        instructions(v, look, a, buf);
    }
    if let Some(a) = r.next {
        next_row(v, notice, r.text.is_some(), a, buf);
    }
    gauges(v, look, r.gauge_step, r.gauge_routine, buf);
    key_row(v, muted, look, r.keys, buf);
}

/// The routine's title on the left, "step n of N" (and "muted") on the right.
fn title_row(v: &SessionView, muted: bool, look: Look, area: Rect, buf: &mut Buffer) {
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
    let room = usize::from(area.width).saturating_sub(text::width(&counter) + 2);
    Line::from(vec![
        Span::raw(" "),
        Span::styled(
            text::fit(&printable(v.routine_title), room).into_owned(),
            theme::title(),
        ),
    ])
    .render(area, buf);
    Line::from(Span::styled(counter, theme::dim()))
        .alignment(Alignment::Right)
        .render(area, buf);
}

/// The step's title.
fn step_row(v: &SessionView, area: Rect, buf: &mut Buffer) {
    let room = usize::from(area.width).saturating_sub(2);
    Line::from(vec![
        Span::raw(" "),
        Span::styled(
            text::fit(&printable(&v.step.title), room).into_owned(),
            theme::bold(),
        ),
    ])
    .render(area, buf);
}

/// The phase in words, in its colour, with "rep n of N" and PAUSED. The side ("- LEFT LEG")
/// and PAUSED always show; "rep n of N" goes first, then the title before the side is cut.
fn phase_row(v: &SessionView, area: Rect, buf: &mut Buffer) {
    let label = if v.waiting_on_task {
        "YOUR TURN".to_string()
    } else {
        printable(&v.label).into_owned()
    };
    let paused_badge = if v.paused { "   PAUSED " } else { "" };
    let mut rep_text = match (v.rep, v.phase) {
        (Some((rep, reps)), Some(PhaseKind::Hold { .. })) if reps > 1 => {
            format!("  rep {rep} of {reps}")
        }
        _ => String::new(),
    };
    let width = usize::from(area.width);
    let len = |l: &str, r: &str| text::width(l) + text::width(r) + paused_badge.len();
    if len(&label, &rep_text) > width {
        rep_text.clear();
    }
    let label = if len(&label, "") > width {
        let (head, tail) = match v.side.and_then(|_| label.rfind(" - ")) {
            Some(i) => label.split_at(i),
            None => (label.as_str(), ""),
        };
        text::fit_keeping_tail(head, tail, width.saturating_sub(paused_badge.len()))
    } else {
        label
    };
    let mut words = vec![Span::styled(label, theme::phase(v.phase))];
    if !rep_text.is_empty() {
        words.push(Span::styled(rep_text, theme::dim()));
    }
    if v.paused {
        words.push(Span::raw("  "));
        words.push(Span::styled(" PAUSED ", theme::paused_badge()));
    }
    Line::from(words)
        .alignment(Alignment::Center)
        .render(area, buf);
}

/// A task step's prompt in place of the countdown.
fn task_prompt(v: &SessionView, area: Rect, buf: &mut Buffer) {
    let text = vec![
        Line::from(Span::styled(
            printable(&v.step.title).into_owned(),
            theme::phase(v.phase),
        )),
        Line::raw(""),
        Line::from(vec![
            Span::raw("Press "),
            Span::styled("Enter", theme::key_style()),
            Span::raw(" or "),
            Span::styled("space", theme::key_style()),
            Span::raw(" when done"),
        ]),
    ];
    let a = Rect {
        y: area.y + area.height.saturating_sub(3) / 2,
        height: area.height.min(3),
        ..area
    };
    Paragraph::new(text)
        .alignment(Alignment::Center)
        .wrap(Wrap { trim: true })
        .render(a, buf);
}

/// The countdown in big digits; in the last seconds marked in shape as well as colour
/// (`▶▶ … ◀◀`), so it shows without colour too.
fn countdown(v: &SessionView, look: Look, scale: u16, area: Rect, buf: &mut Buffer) {
    let text = bigdigits::countdown_text(v.remaining);
    let last3 = v.final_seconds && !v.paused;
    let style = if v.paused {
        theme::paused_digits()
    } else if last3 {
        theme::last_seconds()
    } else {
        theme::phase(v.phase)
    };
    BigText {
        text: &text,
        style,
        unicode: look.unicode,
        scale,
    }
    .render(area, buf);
    if last3 {
        let w = bigdigits::width(&text, scale);
        let (l, r) = if look.unicode {
            ("▶▶", "◀◀")
        } else {
            (">>", "<<")
        };
        let mid = area.y + area.height / 2;
        let left = (area.x + area.width.saturating_sub(w) / 2).checked_sub(5);
        let right = area.x + (area.width + w) / 2 + 3;
        if let Some(left) = left
            && left >= area.x
            && right + 2 <= area.x + area.width
        {
            buf.set_string(left, mid, l, style);
            buf.set_string(right, mid, r, style);
        }
    }
}

/// A figure, whole, vertically centred in its area, one column in from the left.
fn figure(f: &Figure, area: Rect, buf: &mut Buffer) {
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

/// What comes next; or a notice (a cue command failed); or, when the caution had no room
/// above, one line of it (safety text first).
fn next_row(v: &SessionView, notice: Option<&str>, text_shown: bool, area: Rect, buf: &mut Buffer) {
    let room = usize::from(area.width).saturating_sub(1);
    match (v.caution.as_deref(), notice) {
        (Some(c), _) if !text_shown => {
            let c = text_lines(c).join(" ");
            Line::from(vec![
                Span::raw(" "),
                Span::styled("Caution: ", theme::caution()),
                Span::raw(text::fit(&c, room.saturating_sub(9)).into_owned()),
            ])
            .render(area, buf);
        }
        (_, Some(n)) => {
            Line::from(Span::styled(
                format!(" {}", text::fit(&printable(n), room)),
                theme::notice(),
            ))
            .render(area, buf);
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
                format!(" {}", text::fit(&printable(&next), room)),
                theme::dim(),
            ))
            .render(area, buf);
        }
    }
}

/// The step's gauge in the phase colour, the routine's in grey.
fn gauges(v: &SessionView, look: Look, step: Rect, routine: Rect, buf: &mut Buffer) {
    gauge(
        look,
        " Step    ",
        v.step_progress,
        theme::phase_colour(v.phase),
    )
    .render(step, buf);
    gauge(
        look,
        " Routine ",
        v.routine_progress,
        theme::routine_gauge(),
    )
    .render(routine, buf);
}

fn gauge(look: Look, label: &'static str, ratio: f64, colour: Color) -> LineGauge<'static> {
    let pct = (ratio * 100.0).round() as u16;
    let g = LineGauge::default()
        .ratio(ratio)
        .label(Line::from(format!("{label}{pct:>3}% ")))
        .filled_style(theme::gauge_filled(colour))
        .unfilled_style(theme::gauge_unfilled());
    // Filled and unfilled differ in shape too, so the gauge reads without colour.
    if look.unicode {
        g.filled_symbol("━").unfilled_symbol("─")
    } else {
        g.filled_symbol("#").unfilled_symbol("-")
    }
}

/// The keys that do something in this phase: space says what it does now, `+` is not shown
/// on a task, `m` says mute or unmute.
fn key_row(v: &SessionView, muted: bool, look: Look, area: Rect, buf: &mut Buffer) {
    let task = v.waiting_on_task;
    keys::hint_line(look, KEYS, area.width, |a, w| match a {
        Action::Pause if task => Some("done"),
        Action::Pause if v.paused => Some("resume"),
        Action::AddTime if task => None,
        Action::Mute if muted => Some("unmute"),
        _ => Some(w),
    })
    .render(area, buf);
}

/// About how many rows `text` takes when word-wrapped at `width` (a little generous: word
/// wrap leaves ragged ends).
fn rows_of(text: &str, width: u16) -> u16 {
    let usable = (usize::from(width) * 85 / 100).max(1);
    u16::try_from((text::width(text) + 2).div_ceil(usable)).unwrap_or(u16::MAX)
}

/// About how many rows a text field takes at `width`, line by line.
fn field_rows(text: &str, width: u16) -> u16 {
    text_lines(text)
        .iter()
        .map(|l| rows_of(l, width))
        .fold(0, u16::saturating_add)
}

/// About how many rows the caution takes at `width`.
fn caution_rows(v: &SessionView, width: u16) -> u16 {
    v.caution
        .as_deref()
        .map_or(0, |c| field_rows(&format!("Caution: {c}"), width))
}

/// About how many rows the instructions and caution take at `width`.
fn text_rows(v: &SessionView, width: u16) -> u16 {
    let instructions = v
        .instructions
        .iter()
        .map(|i| field_rows(i, width))
        .fold(0, u16::saturating_add);
    instructions.saturating_add(caution_rows(v, width))
}

/// The step's instructions, and its caution kept in view at the bottom when the
/// instructions do not all fit (a caution is safety text).
fn instructions(v: &SessionView, look: Look, area: Rect, buf: &mut Buffer) {
    let area = Rect {
        x: area.x + 1,
        width: area.width.saturating_sub(2),
        ..area
    };
    let bullet = if look.unicode { "• " } else { "- " };
    // Each line of an instruction on a line of its own; the first one carries the bullet.
    let mut lines: Vec<Line> = v
        .instructions
        .iter()
        .flat_map(|i| {
            text_lines(i).into_iter().enumerate().map(move |(n, l)| {
                Line::raw(format!("{}{l}", if n == 0 { bullet } else { INDENT }))
            })
        })
        .collect();
    let caution: Option<Vec<Line>> = v.caution.as_deref().map(|c| {
        text_lines(c)
            .into_iter()
            .enumerate()
            .map(|(n, l)| {
                if n == 0 {
                    Line::from(vec![
                        Span::styled("Caution: ", theme::caution()),
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
