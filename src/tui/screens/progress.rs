//! The progress screen: the last 30 days as a chart (sessions finished and stopped, how each
//! night went, reminders done), streaks and totals, and the comparison of nights after a
//! stretch with the others. The numbers are [`crate::history::Progress`], the same as
//! `windown stats`; they arrive from work the loop carries out, and until then the screen says
//! it is reading the history.

use chrono::{DateTime, FixedOffset};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::{Act, Cx, Goto, View};
use crate::history::stats::CHART_DAYS;
use crate::history::{Cramps, Progress, VoidTarget};
use crate::t;
use crate::text;
use crate::tui::keys::{self, Binding, HelpRow, Key, hint, hint_as};
use crate::tui::theme::{self, Look, chart};
use crate::tui::words;
use crate::tui::work::Job;

/// The bar marks. Each survives the ASCII fallback of a non-UTF-8 terminal as a different
/// character (`#`, `.`, `-`), so finished and stopped early never look the same.
const BAR_FINISHED: &str = "█";
const BAR_STOPPED: &str = "░";
const BAR_NONE: &str = "─";

/// The night marks under the chart: how many cramps when the number is known (`1` to `9`,
/// `+` for more), else how the night went.
fn night_mark(c: Option<Cramps>, count: Option<u32>) -> (&'static str, Style) {
    const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
    let style = match c {
        Some(Cramps::Bad) => chart::BAD,
        _ => chart::MILD,
    };
    match (c, count) {
        (_, Some(n @ 1..=9)) => (DIGITS[n as usize], style),
        (_, Some(10..)) => ("+", style),
        (None, _) => (" ", Style::new()),
        (Some(Cramps::None), _) => ("○", chart::CALM),
        (Some(Cramps::Mild), _) => ("◐", chart::MILD),
        (Some(Cramps::Bad), _) => ("●", chart::BAD),
    }
}

/// What a key does on the progress screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Earlier,
    Later,
    Reload,
    Records,
    Help,
    Back,
    Quit,
}

/// The progress screen's keys.
pub const KEYS: &[Binding<Action>] = &[
    Binding {
        keys: &[Key::Left, Key::Char('[')],
        action: Action::Earlier,
        does: "the chart a month earlier",
        hint: hint_as("←→", "month", 5),
    },
    Binding {
        keys: &[Key::Right, Key::Char(']')],
        action: Action::Later,
        does: "the chart a month later (up to today)",
        hint: None,
    },
    Binding {
        keys: &[Key::Char('r')],
        action: Action::Reload,
        does: "read the history again",
        hint: hint("refresh", 2),
    },
    Binding {
        keys: &[Key::Char('l')],
        action: Action::Records,
        does: "the last records (sessions, check-ins, cramps), to remove one",
        hint: hint("records", 1),
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
        hint: hint("quit", 3),
    },
];

/// What a key does on the list of records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListAction {
    Prev,
    Next,
    Remove,
    Chart,
    Help,
    Quit,
}

/// The keys of the list of records (`l`).
pub const LIST_KEYS: &[Binding<ListAction>] = &[
    Binding {
        keys: &[Key::Up, Key::Char('k')],
        action: ListAction::Prev,
        does: "records: the one above",
        hint: hint_as("↑↓", "choose", 5),
    },
    Binding {
        keys: &[Key::Down, Key::Char('j')],
        action: ListAction::Next,
        does: "records: the one below",
        hint: None,
    },
    Binding {
        keys: &[Key::Char('x')],
        action: ListAction::Remove,
        does: "records: remove the chosen one (asks first; it is marked removed, never erased)",
        hint: hint("remove", 7),
    },
    Binding {
        keys: &[Key::Char('l'), Key::Esc, Key::Char('q')],
        action: ListAction::Chart,
        does: "records: back to the chart",
        hint: hint("chart", 9),
    },
    Binding {
        keys: &[Key::Char('?')],
        action: ListAction::Help,
        does: "records: help",
        hint: hint("help", 4),
    },
    Binding {
        keys: &[Key::Ctrl('c')],
        action: ListAction::Quit,
        does: "records: quit",
        hint: None,
    },
];

/// The answer to "Remove this record?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfirmAction {
    Remove,
    Keep,
}

/// The keys of "Remove this record?".
pub const CONFIRM_KEYS: &[Binding<ConfirmAction>] = &[
    Binding {
        keys: &[Key::Char('y')],
        action: ConfirmAction::Remove,
        does: "remove it: yes",
        hint: hint("remove", 5),
    },
    Binding {
        keys: &[Key::Char('n'), Key::Esc],
        action: ConfirmAction::Keep,
        does: "remove it: no, keep it",
        hint: hint("keep", 9),
    },
];

/// A session, check-in or cramp on the list, which can be removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub(crate) target: VoidTarget,
    /// The record's own time (what its `void` names).
    pub(crate) at: DateTime<FixedOffset>,
    /// Its line as `windown history` writes it.
    pub(crate) line: String,
}

/// The progress screen: the numbers once read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProgressScreen {
    pub progress: Option<Progress>,
    /// How many months (chart widths) before today the chart ends.
    pub back: u32,
    /// The list of records is shown in place of the chart (`l`).
    pub(crate) listing: bool,
    /// The last records, newest first, once read (or why not).
    pub(crate) records: Option<Result<Vec<Listed>, String>>,
    /// The one chosen on the list.
    pub(crate) chosen: usize,
    /// "Remove this record?" is asked.
    pub(crate) confirm: bool,
    /// What a removal did, until the next key.
    pub(crate) said: Option<String>,
}

impl ProgressScreen {
    /// The list of records read (and what a removal did).
    pub(crate) fn listed(&mut self, rows: Result<Vec<Listed>, String>, said: Option<String>) {
        if let Ok(r) = &rows {
            self.chosen = self.chosen.min(r.len().saturating_sub(1));
        }
        self.records = Some(rows);
        if said.is_some() {
            self.said = said;
        }
    }

    fn chosen_record(&self) -> Option<&Listed> {
        match &self.records {
            Some(Ok(r)) => r.get(self.chosen),
            _ => None,
        }
    }

    /// The list of records in `area`, the chosen one in sight, the question or what was
    /// done under it.
    fn render_list(&self, look: Look, area: Rect, buf: &mut Buffer) {
        let width = usize::from(area.width).max(1);
        let mut bottom: Vec<Line<'static>> = Vec::new();
        if let Some(m) = &self.said {
            for l in text::wrap(m, width) {
                bottom.push(Line::styled(l, theme::notice()));
            }
        }
        if self.confirm
            && let Some(r) = self.chosen_record()
        {
            let q = t!("tui-progress-remove-question", what = r.target.word());
            for l in text::wrap(&q, width) {
                bottom.push(Line::styled(l, theme::bold()));
            }
        }
        let keep = usize::from(area.height / 2);
        if bottom.len() > keep {
            bottom.drain(..bottom.len() - keep);
        }
        let [list, under] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(bottom.len() as u16)])
                .areas(area);
        Paragraph::new(bottom).render(under, buf);
        let rows = match &self.records {
            None => {
                Line::styled(words::fixed("tui-progress-reading"), theme::dim()).render(list, buf);
                return;
            }
            Some(Err(why)) => {
                Paragraph::new(
                    text::wrap(&t!("tui-progress-unreadable", why = why.as_str()), width)
                        .into_iter()
                        .map(Line::raw)
                        .collect::<Vec<_>>(),
                )
                .render(list, buf);
                return;
            }
            Some(Ok(rows)) if rows.is_empty() => {
                Line::styled(words::fixed("tui-progress-no-records"), theme::dim())
                    .render(list, buf);
                return;
            }
            Some(Ok(rows)) => rows,
        };
        // Narrow: each record on two lines, its time and kind, then what it says.
        let two = width < 60;
        let per = if two { 2 } else { 1 };
        let h = (usize::from(list.height) / per).max(1);
        let first = self.chosen.saturating_sub(h - 1);
        let mark = if look.unicode { "▶ " } else { "> " };
        let mut lines: Vec<Line<'static>> = Vec::new();
        for (i, r) in rows.iter().enumerate().skip(first).take(h) {
            let on = i == self.chosen;
            let style = if on {
                theme::selected()
            } else {
                Default::default()
            };
            let lead = if on { mark } else { "  " };
            if two {
                let parts: Vec<&str> = r
                    .line
                    .split("  ")
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .collect();
                let head = parts.iter().take(2).copied().collect::<Vec<_>>().join(" ");
                let rest = parts.iter().skip(2).copied().collect::<Vec<_>>().join(" ");
                let head = format!("{lead}{head}");
                let rest = format!("    {rest}");
                lines.push(Line::styled(text::fit(&head, width).into_owned(), style));
                lines.push(Line::styled(text::fit(&rest, width).into_owned(), style));
            } else {
                let shown = format!("{lead}{}", r.line);
                lines.push(Line::styled(text::fit(&shown, width).into_owned(), style));
            }
        }
        Paragraph::new(lines).render(list, buf);
    }

    fn list_key(&mut self, key: &KeyEvent) -> Vec<Act> {
        self.said = None;
        if self.confirm {
            self.confirm = false;
            return match keys::action(CONFIRM_KEYS, key) {
                Some(ConfirmAction::Remove) => match self.chosen_record() {
                    Some(r) => vec![Act::Do(Job::Remove {
                        target: r.target,
                        at: r.at,
                        back: self.back,
                    })],
                    None => Vec::new(),
                },
                Some(ConfirmAction::Keep) => Vec::new(),
                None => {
                    self.confirm = true;
                    Vec::new()
                }
            };
        }
        let count = match &self.records {
            Some(Ok(r)) => r.len(),
            _ => 0,
        };
        match keys::action(LIST_KEYS, key) {
            Some(ListAction::Prev) => self.chosen = self.chosen.saturating_sub(1),
            Some(ListAction::Next) => {
                self.chosen = (self.chosen + 1).min(count.saturating_sub(1));
            }
            Some(ListAction::Remove) if self.chosen_record().is_some() => self.confirm = true,
            Some(ListAction::Chart) => self.listing = false,
            Some(ListAction::Help) => return vec![Act::Help],
            Some(ListAction::Quit) => return vec![Act::Quit],
            _ => {}
        }
        Vec::new()
    }
}

/// How far back the chart goes: ten years of months.
pub(crate) const MAX_BACK: u32 = 122;

impl View for ProgressScreen {
    fn render(&self, cx: &Cx, area: Rect, buf: &mut Buffer) {
        let [main, keys_a] =
            Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
        let title = match (&self.progress, self.back) {
            (Some(p), b) if b > 0 => match (p.stats.days.first(), p.stats.days.last()) {
                (Some(a), Some(z)) => t!(
                    "tui-progress-title-range",
                    first = day(a.evening),
                    last = day(z.evening),
                    year = chrono::Datelike::year(&z.evening)
                ),
                _ => words::fixed("tui-progress-title").to_string(),
            },
            _ => words::fixed("tui-progress-title").to_string(),
        };
        if self.listing {
            let block = theme::panel(cx.look, words::fixed("tui-progress-records-title"));
            let inner = block.inner(main);
            block.render(main, buf);
            self.render_list(cx.look, inner, buf);
            let line = if self.confirm {
                keys::hint_line(cx.look, CONFIRM_KEYS, keys_a.width, |_, w| Some(w))
            } else {
                let any = self.chosen_record().is_some();
                keys::hint_line(cx.look, LIST_KEYS, keys_a.width, |a, w| match a {
                    ListAction::Remove | ListAction::Prev if !any => None,
                    _ => Some(w),
                })
            };
            line.render(keys_a, buf);
            return;
        }
        let block = theme::panel(cx.look, &title);
        let inner = block.inner(main);
        block.render(main, buf);
        match &self.progress {
            Some(p) => render_progress(p, inner, buf),
            None => Line::styled(
                format!(" {}", words::fixed("tui-progress-reading")),
                theme::dim(),
            )
            .render(inner, buf),
        }
        keys::hint_line(cx.look, KEYS, keys_a.width, |_, w| Some(w)).render(keys_a, buf);
    }

    fn help(&self, look: Look) -> Vec<HelpRow> {
        let mut rows = keys::help_rows(KEYS, look.unicode);
        rows.extend(keys::help_rows(LIST_KEYS, look.unicode));
        rows.extend(keys::help_rows(CONFIRM_KEYS, look.unicode));
        rows
    }

    fn key(&mut self, key: &KeyEvent, _cx: &Cx) -> Vec<Act> {
        if self.listing {
            return self.list_key(key);
        }
        match keys::action(KEYS, key) {
            Some(Action::Records) => {
                self.listing = true;
                self.said = None;
                vec![Act::Do(Job::Records)]
            }
            Some(Action::Reload) => vec![Act::Do(Job::Progress { back: self.back })],
            Some(Action::Earlier) if self.back < MAX_BACK => {
                self.back += 1;
                vec![Act::Do(Job::Progress { back: self.back })]
            }
            Some(Action::Later) if self.back > 0 => {
                self.back -= 1;
                vec![Act::Do(Job::Progress { back: self.back })]
            }
            Some(Action::Earlier | Action::Later) => Vec::new(),
            Some(Action::Help) => vec![Act::Help],
            Some(Action::Back) => vec![Act::Go(Goto::Home)],
            Some(Action::Quit) => vec![Act::Quit],
            None => Vec::new(),
        }
    }
}

/// The chart, a legend, and the numbers, inside the panel.
fn render_progress(p: &Progress, inner: Rect, buf: &mut Buffer) {
    if inner.width < 10 || inner.height < 3 {
        return;
    }
    let wide = inner.width >= 64;
    let pad = u16::from(wide);
    let text = text_lines(p, wide, usize::from(inner.width.saturating_sub(pad)));
    // Chart: bars, a row of night marks, a row of reminders done (when there are any in
    // these days), the date axis, a legend.
    let acks = u16::from(p.stats.days.iter().any(|d| d.acks > 0));
    let fixed = 2 + acks + 1; // marks, reminders, axis, legend
    let spare = inner.height.saturating_sub(fixed + text.len() as u16);
    // A blank line between chart and numbers when there is room for it.
    let gap = u16::from(spare >= 2);
    let spare = spare - gap;
    let tallest = p.stats.days.iter().map(|d| d.sessions).max().unwrap_or(0);
    let bars = spare.clamp(1, u16::try_from(tallest.clamp(1, 4)).unwrap_or(1));
    let bottom = inner.y + inner.height;
    let mut y = render_chart(p, inner, bars, wide, buf);
    if y < bottom {
        let w = words::fixed;
        let (done, stopped) = if wide {
            (
                format!(" {}  ", w("tui-progress-legend-finished")),
                format!(
                    " {}   {} ",
                    w("tui-progress-legend-stopped"),
                    w("tui-progress-legend-nights")
                ),
            )
        } else {
            (
                format!(" {} ", w("tui-progress-legend-done")),
                format!(" {} ", w("tui-progress-legend-stopped-short")),
            )
        };
        let l = fit_spans(
            vec![
                Span::styled(BAR_FINISHED, chart::FINISHED),
                Span::raw(done),
                Span::styled(BAR_STOPPED, chart::STOPPED),
                Span::raw(stopped),
                Span::styled("○", chart::CALM),
                Span::raw(format!(" {} ", w("tui-progress-legend-calm"))),
                Span::styled("◐", chart::MILD),
                Span::raw(format!(" {} ", w("tui-progress-legend-mild"))),
                Span::styled("●", chart::BAD),
                Span::raw(format!(" {}", w("tui-progress-legend-bad"))),
            ],
            usize::from(inner.width.saturating_sub(pad)),
        );
        buf.set_line(inner.x + pad, y, &l, inner.width.saturating_sub(pad));
        y += 1;
    }
    y += gap;
    for line in text {
        if y >= bottom {
            break;
        }
        buf.set_line(inner.x + pad, y, &line, inner.width.saturating_sub(pad));
        y += 1;
    }
}

/// Draw the chart from the top of `area`; returns the first free row.
fn render_chart(p: &Progress, area: Rect, bars: u16, wide: bool, buf: &mut Buffer) -> u16 {
    let days = &p.stats.days;
    let label_w: u16 = if wide { 10 } else { 0 };
    let col_w: u16 = if wide { 2 } else { 1 };
    let chart_w = label_w + col_w * CHART_DAYS as u16;
    let x0 = area.x + area.width.saturating_sub(chart_w) / 2 + label_w;
    let bottom = area.y + area.height;
    let mut y = area.y;
    let mut row = |y: &mut u16, f: &mut dyn FnMut(u16, &mut Buffer)| {
        if *y < bottom {
            f(*y, buf);
            *y += 1;
        }
    };
    for level in (1..=bars).rev() {
        row(&mut y, &mut |y, buf| {
            if wide && level == bars {
                buf.set_string(
                    x0 - label_w,
                    y,
                    label("tui-progress-label-sessions"),
                    theme::dim(),
                );
            }
            for (i, d) in days.iter().enumerate() {
                let x = x0 + i as u16 * col_w;
                let level = u32::from(level);
                let mark = if d.finished >= level {
                    Some((BAR_FINISHED, chart::FINISHED))
                } else if d.sessions >= level {
                    Some((BAR_STOPPED, chart::STOPPED))
                } else {
                    None
                };
                if let Some((s, st)) = mark {
                    buf.set_string(x, y, s, st);
                } else if level == 1 {
                    buf.set_string(x, y, BAR_NONE, theme::dim());
                }
            }
        });
    }
    row(&mut y, &mut |y, buf| {
        if wide {
            buf.set_string(
                x0 - label_w,
                y,
                label("tui-progress-label-nights"),
                theme::dim(),
            );
        }
        for (i, d) in days.iter().enumerate() {
            let (s, st) = night_mark(d.cramps, d.count);
            buf.set_string(x0 + i as u16 * col_w, y, s, st);
        }
    });
    if days.iter().any(|d| d.acks > 0) {
        // Reminders marked done that day: 1-9, then "+".
        row(&mut y, &mut |y, buf| {
            if wide {
                buf.set_string(
                    x0 - label_w,
                    y,
                    label("tui-progress-label-reminders"),
                    theme::dim(),
                );
            }
            for (i, d) in days.iter().enumerate() {
                let mark = match d.acks {
                    0 => continue,
                    n @ 1..=9 => char::from_digit(n, 10).unwrap_or('+'),
                    _ => '+',
                };
                buf.set_string(x0 + i as u16 * col_w, y, mark.to_string(), theme::dim());
            }
        });
    }
    row(&mut y, &mut |y, buf| {
        let (Some(first), Some(last)) = (days.first(), days.last()) else {
            return;
        };
        let left = day(first.evening);
        let right = day(last.evening);
        let end = x0 + col_w * (CHART_DAYS as u16 - 1) + 1;
        buf.set_string(x0, y, &left, theme::dim());
        let rx = end.saturating_sub(text::width(&right) as u16);
        if rx > x0 + text::width(&left) as u16 {
            buf.set_string(rx, y, &right, theme::dim());
        }
    });
    y
}

/// The spans that fit in `width` columns; the first that does not is cut with "…" (trailing
/// spaces do not count), and the rest left out.
fn fit_spans(spans: Vec<Span<'static>>, width: usize) -> Line<'static> {
    let mut out = Vec::new();
    let mut used = 0;
    for sp in spans {
        let w = text::width(&sp.content);
        if used + text::width(sp.content.trim_end()) <= width {
            used += w;
            out.push(sp);
            continue;
        }
        let room = width.saturating_sub(used);
        if room > 1 {
            let cut = text::fit(&sp.content, room).into_owned();
            out.push(Span::styled(cut, sp.style));
        } else if let Some(last) = out.pop() {
            // No room for a word: the last mark gives its place to the "…".
            let room = room + text::width(&last.content);
            out.push(Span::raw(
                text::fit(&format!("{}…", last.content), room).into_owned(),
            ));
        }
        break;
    }
    Line::from(out)
}

/// A chart row's label, cut to the 9 columns it has (a "…" where cut).
fn label(id: &'static str) -> std::borrow::Cow<'static, str> {
    text::fit(words::fixed(id), 9)
}

/// A day under the chart and in the title: "30 Nov".
fn day(d: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    t!("tui-progress-day", day = d.day(), month = d.month())
}

/// The numbers under the chart, wrapped to `width`. Wide: exactly the lines of `windown
/// stats`. Narrow: the streak, sessions and comparison in short.
fn text_lines(p: &Progress, wide: bool, width: usize) -> Vec<Line<'static>> {
    let s = &p.stats;
    let c = &s.comparison;
    let mut v = Vec::new();
    if wide {
        for l in s.total_lines() {
            v.extend(text::wrap(&l, width).into_iter().map(Line::raw));
        }
        v.push(Line::raw(""));
        for (i, l) in s.comparison_lines().into_iter().enumerate() {
            let style = if i == 0 { theme::bold() } else { Style::new() };
            v.extend(
                text::wrap(&l, width)
                    .into_iter()
                    .map(|l| Line::styled(l, style)),
            );
        }
    } else {
        // One line for the streak and the sessions, so that the comparison and what it
        // cannot tell keep their rows at 40x12 (the full wording is on a wider screen).
        let short = |l: String| Line::raw(text::fit(&l, width).into_owned());
        let streak = words::fixed("tui-progress-streak");
        let lead = text::width(streak) + 1;
        v.push(Line::from(vec![
            Span::styled(format!("{streak} "), theme::bold()),
            Span::raw(
                text::fit(
                    &t!(
                        "tui-progress-streak-short",
                        streak = s.streak,
                        longest = s.longest_streak,
                        finished = s.sessions_finished,
                        sessions = s.sessions
                    ),
                    width.saturating_sub(lead),
                )
                .into_owned(),
            ),
        ]));
        if s.comparison_hidden() {
            // During a personal experiment no comparison is shown, however narrow the screen.
            v.extend(
                text::wrap(words::fixed("tui-progress-hidden-short"), width)
                    .into_iter()
                    .map(Line::raw),
            );
        } else {
            v.push(Line::styled(
                text::fit(words::fixed("tui-progress-cramp-nights"), width),
                theme::bold(),
            ));
            v.push(short(t!(
                "tui-progress-after-routine",
                tally = c.after_routine.describe()
            )));
            v.push(short(t!(
                "tui-progress-without",
                tally = c.after_none.describe()
            )));
        }
        v.push(Line::styled(
            text::fit(words::fixed("tui-progress-not-evidence"), width),
            theme::dim(),
        ));
    }
    if let Some(n) = &p.note {
        let n = crate::diag::printable(n).into_owned();
        v.extend(
            text::wrap(&n, width)
                .into_iter()
                .map(|l| Line::styled(l, chart::MILD)),
        );
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::stats::{Stats, fixture};
    use crate::history::{Record, ReminderAck};
    use crate::tui::screens::tests::{cx, draw, screen_text};
    use chrono::NaiveDate;

    fn month() -> ProgressScreen {
        from(&fixture::month())
    }

    fn from(records: &[Record]) -> ProgressScreen {
        ProgressScreen {
            progress: Some(Progress {
                stats: Stats::compute(
                    records,
                    &crate::history::NightRules::default(),
                    NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
                ),
                note: None,
            }),
            ..ProgressScreen::default()
        }
    }

    #[test]
    fn nights_with_a_number_show_it() {
        let mut recs = fixture::month();
        // The night of the 29th: two cramps logged; the 18th: a count of 12.
        recs.push(fixture::cramp(29, "03:00", Some(5)));
        recs.push(fixture::cramp(29, "05:00", Some(6)));
        recs.push(Record::Checkin(crate::history::CheckinEntry {
            count: Some(12),
            ..match fixture::checkin(18, Cramps::Bad) {
                Record::Checkin(c) => c,
                _ => unreachable!(),
            }
        }));
        let screen = draw(&from(&recs), 80, 24);
        let row = screen
            .lines()
            .find(|r| r.contains("nights"))
            .expect(&screen);
        assert!(row.contains("+ ○"), "12 on the 18th: {row}");
        assert!(
            row.trim_end_matches([' ', '│', '"']).ends_with('2'),
            "{row}"
        );
        assert!(screen.contains("Cramps logged: 2; pain 5.5/10 on average (2 given), worst 6"));
    }

    fn listed() -> Vec<Listed> {
        let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap();
        vec![
            Listed {
                target: VoidTarget::Cramp,
                at: at("2026-11-30T03:12:00+01:00"),
                line: "2026-11-30 03:12  cramp      left calf, pain 6/10, eased".into(),
            },
            Listed {
                target: VoidTarget::Checkin,
                at: at("2026-11-29T07:40:00+01:00"),
                line: "2026-11-29 07:40  check-in   night of Sat 28 Nov: mild, 2 cramps".into(),
            },
            Listed {
                target: VoidTarget::Session,
                at: at("2026-11-28T22:01:00+01:00"),
                line: "2026-11-28 22:01  session    Evening legs: finished, 6 of 6 steps, 7m"
                    .into(),
            },
        ]
    }

    #[test]
    fn remove_asks_first_then_voids_the_chosen_record() {
        use ratatui::crossterm::event::KeyCode;
        let mut v = month();
        let c = cx(Look::FULL);
        let press = |v: &mut ProgressScreen, k: KeyCode| v.key(&k.into(), &c);
        assert_eq!(
            press(&mut v, KeyCode::Char('l')),
            vec![Act::Do(Job::Records)]
        );
        assert!(v.listing);
        // Nothing to remove until the list is read.
        assert!(press(&mut v, KeyCode::Char('x')).is_empty());
        assert!(!v.confirm);
        v.listed(Ok(listed()), None);
        press(&mut v, KeyCode::Down);
        press(&mut v, KeyCode::Down);
        press(&mut v, KeyCode::Down);
        assert_eq!(v.chosen, 2, "never past the last");
        press(&mut v, KeyCode::Up);
        assert!(press(&mut v, KeyCode::Char('x')).is_empty());
        assert!(v.confirm);
        // "No" keeps it; nothing is written.
        assert!(press(&mut v, KeyCode::Char('n')).is_empty());
        assert!(!v.confirm);
        press(&mut v, KeyCode::Char('x'));
        assert_eq!(
            press(&mut v, KeyCode::Char('y')),
            vec![Act::Do(Job::Remove {
                target: VoidTarget::Checkin,
                at: listed()[1].at,
                back: 0
            })]
        );
        // Back to the chart; the chart's keys work again.
        press(&mut v, KeyCode::Esc);
        assert!(!v.listing);
        assert_eq!(
            press(&mut v, KeyCode::Char('r')),
            vec![Act::Do(Job::Progress { back: 0 })]
        );
    }

    #[test]
    fn the_records_and_the_question_at_both_sizes() {
        use ratatui::crossterm::event::KeyCode;
        let mut v = month();
        let c = cx(Look::FULL);
        v.key(&KeyCode::Char('l').into(), &c);
        v.listed(Ok(listed()), None);
        insta::assert_snapshot!("records_80x24", draw(&v, 80, 24));
        v.key(&KeyCode::Down.into(), &c);
        v.key(&KeyCode::Char('x').into(), &c);
        insta::assert_snapshot!("records_remove_80x24", draw(&v, 80, 24));
        insta::assert_snapshot!("records_remove_40x12", draw(&v, 40, 12));
        v.key(&KeyCode::Char('y').into(), &c);
        v.listed(
            Ok(vec![listed()[0].clone(), listed()[2].clone()]),
            Some(
                "Removed the check-in. It stays in the file, marked as removed, and counts \
                  nowhere."
                    .into(),
            ),
        );
        insta::assert_snapshot!("records_removed_40x12", draw(&v, 40, 12));
        v.listed(Ok(Vec::new()), None);
        let t = screen_text(&v, 40, 12, Look::FULL);
        assert!(t.contains("No session, check-in or cramp"), "{t}");
    }

    #[test]
    fn back_a_month_at_a_time_and_not_past_today() {
        use ratatui::crossterm::event::KeyCode;
        let mut v = month();
        let c = cx(Look::FULL);
        assert!(v.key(&KeyCode::Right.into(), &c).is_empty());
        assert_eq!(
            v.key(&KeyCode::Left.into(), &c),
            vec![Act::Do(Job::Progress { back: 1 })]
        );
        assert_eq!(
            v.key(&KeyCode::Char('r').into(), &c),
            vec![Act::Do(Job::Progress { back: 1 })]
        );
        // The chart of October, with November's totals.
        let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let chart_end = NaiveDate::from_ymd_opt(2026, 10, 31).unwrap();
        v.progress = Some(Progress {
            stats: Stats::compute_until(
                &fixture::month(),
                &crate::history::NightRules::default(),
                today,
                chart_end,
            ),
            note: None,
        });
        let screen = draw(&v, 80, 24);
        assert!(
            screen.contains("Progress · 2 Oct to 31 Oct 2026"),
            "{screen}"
        );
        assert!(screen.contains("30 days to 31 Oct 2026: a finished routine on 0 evenings"));
        assert!(screen.contains("Streak: 8 evenings"));
        assert_eq!(
            v.key(&KeyCode::Char(']').into(), &c),
            vec![Act::Do(Job::Progress { back: 0 })]
        );
    }

    #[test]
    fn progress_80x24() {
        insta::assert_snapshot!(draw(&month(), 80, 24));
    }

    #[test]
    fn progress_40x12() {
        insta::assert_snapshot!(draw(&month(), 40, 12));
    }

    /// While a personal experiment runs, no size of screen shows the comparison.
    #[test]
    fn the_comparison_stays_hidden_during_an_experiment_at_every_size() {
        let mut v = month();
        if let Some(p) = &mut v.progress {
            p.stats = p
                .stats
                .clone()
                .with_experiment(crate::history::stats::Experiment::Running);
        }
        for (w, h) in [(80, 24), (40, 12), (120, 40)] {
            let t = screen_text(&v, w, h, Look::FULL);
            assert!(
                !t.contains("after routine") && !t.contains("finished routine:"),
                "{w}x{h}: {t}"
            );
            assert!(t.contains("hidden while"), "{w}x{h}: {t}");
        }
    }

    #[test]
    fn before_the_history_is_read() {
        let s = ProgressScreen::default();
        assert!(draw(&s, 80, 24).contains("Reading the history…"));
    }

    #[test]
    fn notes_wrap_instead_of_being_cut() {
        let mut v = month();
        if let Some(p) = &mut v.progress {
            p.note = Some(
                "/home/someone/.local/share/windown/history.jsonl line 31 was written by a newer windown (format 2); this one reads format 1; showing the records before it".into(),
            );
        }
        let text = screen_text(&v, 100, 30, Look::FULL);
        assert!(text.contains("showing the records before it"), "{text}");
    }

    #[test]
    fn finished_and_stopped_stay_apart_in_ascii() {
        let v = month();
        let ascii = Look {
            unicode: false,
            colour: true,
        };
        for (w, h) in [(80, 24), (40, 12)] {
            let text = screen_text(&v, w, h, ascii);
            // 6 November: stopped early; 7 November: nothing; legend for both.
            assert!(
                text.contains("#.-#") || text.contains("# . - #"),
                "{w}x{h}: {text}"
            );
            assert!(
                text.contains("# done . stopped")
                    || text.contains("# routine finished  . stopped early")
            );
            assert!(text.contains("o calm x mild X bad"), "{w}x{h}: {text}");
        }
    }

    #[test]
    fn progress_shows_the_totals_of_windown_stats() {
        let mut recs = fixture::month();
        recs.push(Record::ReminderAck(ReminderAck {
            reminder_id: "hydrate".into(),
            at: chrono::DateTime::parse_from_rfc3339("2026-11-29T11:00:00+01:00").unwrap(),
        }));
        let v = from(&recs);
        let screen = draw(&v, 80, 30);
        let stats = &v.progress.as_ref().unwrap().stats;
        for l in stats.total_lines().iter().chain(&stats.comparison_lines()) {
            let first_words: String = l.chars().take(40).collect();
            assert!(screen.contains(first_words.trim_start()), "{l}\n{screen}");
        }
        assert!(screen.contains("Reminders done: 1"));
        // Done per day, under the night of the 29th (the 29th of 30 columns, two wide).
        let row = screen
            .lines()
            .find(|r| r.contains("reminders"))
            .expect(&screen);
        assert_eq!(
            row.trim_end_matches([' ', '│', '"']).chars().last(),
            Some('1'),
            "{row}"
        );
        assert!(screen.contains("(3 bad)"));
    }

    #[test]
    fn progress_never_panics_on_tiny_areas() {
        let v = month();
        for w in 1..30 {
            for h in 1..12 {
                let mut buf = Buffer::empty(Rect::new(0, 0, w, h));
                v.render(&cx(Look::FULL), buf.area, &mut buf);
            }
        }
    }
}
