//! The progress screen and the home screen's check-in prompt, as ratatui widgets.
//!
//! Owns drawing only: the numbers come from [`super::stats`] (the same as `windown stats`), and
//! the prompt hands its answer back to the caller, which records it with
//! [`super::record_checkin`] or [`super::dismiss_checkin`]. Neither widget touches the terminal,
//! the clock or the event loop.

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Widget};

use super::record::{Cramps, Record};
use super::stats::{CHART_DAYS, Stats};
use super::store;
use crate::paths::Dirs;

const FINISHED: Style = Style::new().fg(Color::Green);
const STOPPED: Style = Style::new().fg(Color::DarkGray);
const MILD: Style = Style::new().fg(Color::Yellow);
const BAD: Style = Style::new().fg(Color::Red);
const DIM: Style = Style::new().fg(Color::DarkGray);
const BOLD: Style = Style::new().add_modifier(Modifier::BOLD);

/// The night marks under the chart.
fn night_mark(c: Option<Cramps>) -> (&'static str, Style) {
    match c {
        None => (" ", Style::new()),
        Some(Cramps::None) => ("○", DIM),
        Some(Cramps::Mild) => ("◐", MILD),
        Some(Cramps::Bad) => ("●", BAD),
    }
}

/// The progress screen: the last 30 days as a chart, streaks, totals and the comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgressView {
    stats: Stats,
    /// Something could not be read (torn line, newer format, unreadable file).
    note: Option<String>,
}

impl ProgressView {
    /// Read the history. Never fails: what could not be read becomes a note on the screen.
    pub fn load(dirs: &Dirs, today: NaiveDate) -> Self {
        match store::load(dirs) {
            Ok(l) => {
                let note = if let Some(e) = l.newer_error(&dirs.history_file()) {
                    Some(format!("{e}; showing the records before it"))
                } else if !l.skipped.is_empty() {
                    Some(format!(
                        "{} unreadable line(s) in the history were skipped",
                        l.skipped.len()
                    ))
                } else {
                    None
                };
                ProgressView {
                    stats: Stats::compute(&l.records, today),
                    note,
                }
            }
            Err(e) => ProgressView {
                stats: Stats::compute(&[], today),
                note: Some(e.to_string()),
            },
        }
    }

    /// From records already in memory (tests, or a caller that just read them).
    pub fn from_records(records: &[Record], today: NaiveDate) -> Self {
        ProgressView {
            stats: Stats::compute(records, today),
            note: None,
        }
    }

    pub fn stats(&self) -> &Stats {
        &self.stats
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer) {
        let block = Block::new()
            .borders(Borders::ALL)
            .title(" Progress: last 30 days ");
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.width < 10 || inner.height < 3 {
            return;
        }
        let wide = inner.width >= 64;
        let text = self.text_lines(wide);
        // Chart: bars, a row of night marks, the date axis; plus a legend when wide.
        let legend = u16::from(wide);
        let fixed = 2 + legend + 1; // marks, axis, legend, one blank line
        let spare = inner.height.saturating_sub(fixed + text.len() as u16);
        let tallest = self
            .stats
            .days
            .iter()
            .map(|d| d.sessions)
            .max()
            .unwrap_or(0);
        let bars = spare.clamp(1, u16::try_from(tallest.clamp(1, 4)).unwrap_or(1));
        let pad = u16::from(wide);
        let mut y = inner.y;
        let bottom = inner.y + inner.height;
        y = self.render_chart(Rect { y, ..inner }, bars, wide, buf);
        if wide && y < bottom {
            let l = Line::from(vec![
                Span::styled("█", FINISHED),
                Span::raw(" routine finished  "),
                Span::styled("▄", STOPPED),
                Span::raw(" stopped early   nights: "),
                Span::styled("○", DIM),
                Span::raw(" calm "),
                Span::styled("◐", MILD),
                Span::raw(" mild "),
                Span::styled("●", BAD),
                Span::raw(" bad"),
            ]);
            buf.set_line(inner.x + 1, y, &l, inner.width.saturating_sub(1));
            y += 1;
        }
        y += 1;
        for line in text {
            if y >= bottom {
                break;
            }
            buf.set_line(inner.x + pad, y, &line, inner.width.saturating_sub(pad));
            y += 1;
        }
    }

    /// Draw the chart from the top of `area`; returns the first free row.
    fn render_chart(&self, area: Rect, bars: u16, wide: bool, buf: &mut Buffer) -> u16 {
        let days = &self.stats.days;
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
                    buf.set_string(x0 - label_w, y, "sessions", DIM);
                }
                for (i, d) in days.iter().enumerate() {
                    let x = x0 + i as u16 * col_w;
                    let level = u32::from(level);
                    let mark = if d.finished >= level {
                        Some(("█", FINISHED))
                    } else if d.sessions >= level {
                        Some(("▄", STOPPED))
                    } else {
                        None
                    };
                    if let Some((s, st)) = mark {
                        buf.set_string(x, y, s, st);
                    } else if level == 1 {
                        buf.set_string(x, y, "·", DIM);
                    }
                }
            });
        }
        row(&mut y, &mut |y, buf| {
            if wide {
                buf.set_string(x0 - label_w, y, "nights", DIM);
            }
            for (i, d) in days.iter().enumerate() {
                let (s, st) = night_mark(d.cramps);
                buf.set_string(x0 + i as u16 * col_w, y, s, st);
            }
        });
        row(&mut y, &mut |y, buf| {
            let (Some(first), Some(last)) = (days.first(), days.last()) else {
                return;
            };
            let left = first.evening.format("%-d %b").to_string();
            let right = last.evening.format("%-d %b").to_string();
            let end = x0 + col_w * (CHART_DAYS as u16 - 1) + 1;
            buf.set_string(x0, y, &left, DIM);
            let rx = end.saturating_sub(right.len() as u16);
            if rx > x0 + left.len() as u16 {
                buf.set_string(rx, y, &right, DIM);
            }
        });
        y
    }

    fn text_lines(&self, wide: bool) -> Vec<Line<'static>> {
        let s = &self.stats;
        let c = &s.comparison;
        let mut v = Vec::new();
        v.push(Line::from(vec![
            Span::styled("Streak ", BOLD),
            Span::raw(format!(
                "{} · longest {}",
                super::stats::evenings(s.streak),
                s.longest_streak
            )),
        ]));
        let time = crate::duration::human(std::time::Duration::from_secs(s.active_seconds));
        if wide {
            v.push(Line::raw(format!(
                "{} of {} sessions finished · {time} stretching · {} nights checked",
                s.sessions_finished, s.sessions, s.checked_nights
            )));
            v.push(Line::raw(""));
            for (i, l) in s.comparison_lines().into_iter().enumerate() {
                v.push(if i == 0 {
                    Line::styled(l, BOLD)
                } else {
                    Line::raw(l)
                });
            }
        } else {
            v.push(Line::raw(format!(
                "{}/{} finished · {time}",
                s.sessions_finished, s.sessions
            )));
            v.push(Line::styled("Cramp nights (checked)", BOLD));
            v.push(Line::raw(format!(
                " after routine: {}",
                short_tally(c.after_routine)
            )));
            v.push(Line::raw(format!(
                " without:       {}",
                short_tally(c.after_none)
            )));
            v.push(Line::styled("Personal record, not medical evidence.", DIM));
        }
        if let Some(n) = &self.note {
            v.push(Line::styled(crate::diag::printable(n).into_owned(), MILD));
        }
        v
    }
}

fn short_tally(t: super::stats::Tally) -> String {
    if t.nights == 0 {
        "none yet".to_string()
    } else {
        let pct = (f64::from(t.cramp_nights) * 100.0 / f64::from(t.nights)).round();
        format!("{}/{} ({pct}%)", t.cramp_nights, t.nights)
    }
}

impl Widget for &ProgressView {
    fn render(self, area: Rect, buf: &mut Buffer) {
        ProgressView::render(self, area, buf);
    }
}

/// What the check-in prompt was answered with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptAnswer {
    Cramps(Cramps),
    /// Not now: the caller calls [`super::dismiss_checkin`] so it is not asked again today.
    Skip,
}

const CHOICES: [(PromptAnswer, char, &str); 4] = [
    (PromptAnswer::Cramps(Cramps::None), 'n', "none"),
    (PromptAnswer::Cramps(Cramps::Mild), 'm', "mild"),
    (PromptAnswer::Cramps(Cramps::Bad), 'b', "bad"),
    (PromptAnswer::Skip, 's', "skip"),
];

/// The morning question on the home screen: "Leg cramps last night?" none / mild / bad / skip.
/// Keys: the first letter of a choice (or 1-3), or arrows then Enter; Esc skips.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckinPrompt {
    night_of: NaiveDate,
    selected: usize,
}

impl CheckinPrompt {
    /// A prompt about the night that began on the evening of `night_of` (usually
    /// [`super::last_night`] of today).
    pub fn new(night_of: NaiveDate) -> Self {
        CheckinPrompt {
            night_of,
            selected: 0,
        }
    }

    /// The night the answer is about.
    pub fn night_of(&self) -> NaiveDate {
        self.night_of
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer) {
        let block = Block::new().borders(Borders::ALL).title(" Good morning ");
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.height == 0 || inner.width < 4 {
            return;
        }
        let question = if inner.width >= 44 {
            format!(
                "Leg cramps last night ({})?",
                self.night_of.format("%a %-d %b")
            )
        } else {
            "Leg cramps last night?".to_string()
        };
        buf.set_stringn(
            inner.x + 1,
            inner.y,
            question,
            usize::from(inner.width.saturating_sub(1)),
            BOLD,
        );
        if inner.height < 2 {
            return;
        }
        let mut spans = Vec::new();
        for (i, (_, key, word)) in CHOICES.iter().enumerate() {
            if i == 3 {
                spans.push(Span::raw("  "));
            }
            let text = format!("[{key}] {word}");
            spans.push(if i == self.selected {
                Span::styled(text, Style::new().add_modifier(Modifier::REVERSED))
            } else {
                Span::raw(text)
            });
            spans.push(Span::raw(" "));
        }
        buf.set_line(
            inner.x + 1,
            inner.y + 1,
            &Line::from(spans),
            inner.width.saturating_sub(1),
        );
    }

    pub fn handle_key(&mut self, key: KeyEvent) -> Option<PromptAnswer> {
        if key.kind == KeyEventKind::Release
            || key
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
        {
            return None;
        }
        let pick = |i: usize| Some(CHOICES[i].0);
        match key.code {
            KeyCode::Char(c) => match c.to_ascii_lowercase() {
                'n' | '1' => pick(0),
                'm' | '2' => pick(1),
                'b' | '3' => pick(2),
                's' => pick(3),
                _ => None,
            },
            KeyCode::Esc => pick(3),
            KeyCode::Enter => pick(self.selected),
            KeyCode::Left | KeyCode::BackTab => {
                self.selected = (self.selected + CHOICES.len() - 1) % CHOICES.len();
                None
            }
            KeyCode::Right | KeyCode::Tab => {
                self.selected = (self.selected + 1) % CHOICES.len();
                None
            }
            _ => None,
        }
    }
}

impl Widget for &CheckinPrompt {
    fn render(self, area: Rect, buf: &mut Buffer) {
        CheckinPrompt::render(self, area, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::super::stats::fixture;
    use super::*;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    fn draw(w: u16, h: u16, f: impl Fn(Rect, &mut Buffer)) -> TestBackend {
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        t.draw(|frame| f(frame.area(), frame.buffer_mut())).unwrap();
        t.backend().clone()
    }

    fn month_view() -> ProgressView {
        ProgressView::from_records(
            &fixture::month(),
            NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
        )
    }

    #[test]
    fn progress_80x24() {
        let v = month_view();
        insta::assert_snapshot!(draw(80, 24, |a, b| v.render(a, b)));
    }

    #[test]
    fn progress_40x12() {
        let v = month_view();
        insta::assert_snapshot!(draw(40, 12, |a, b| v.render(a, b)));
    }

    #[test]
    fn progress_never_panics_on_tiny_areas() {
        let v = month_view();
        for w in 0..30 {
            for h in 0..12 {
                draw(w.max(1), h.max(1), |a, b| v.render(a, b));
            }
        }
    }

    #[test]
    fn prompt_renders_and_answers() {
        let night = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let p = CheckinPrompt::new(night);
        insta::assert_snapshot!(draw(60, 4, |a, b| p.render(a, b)));
        let key = |c| KeyEvent::from(c);
        let mut p = CheckinPrompt::new(night);
        assert_eq!(
            p.handle_key(key(KeyCode::Char('m'))),
            Some(PromptAnswer::Cramps(Cramps::Mild))
        );
        assert_eq!(p.handle_key(key(KeyCode::Esc)), Some(PromptAnswer::Skip));
        assert_eq!(p.handle_key(key(KeyCode::Right)), None);
        assert_eq!(p.handle_key(key(KeyCode::Right)), None);
        assert_eq!(
            p.handle_key(key(KeyCode::Enter)),
            Some(PromptAnswer::Cramps(Cramps::Bad))
        );
        assert_eq!(p.handle_key(key(KeyCode::Left)), None);
        assert_eq!(p.handle_key(key(KeyCode::Left)), None);
        assert_eq!(p.handle_key(key(KeyCode::Left)), None);
        assert_eq!(p.handle_key(key(KeyCode::Enter)), Some(PromptAnswer::Skip));
        assert_eq!(p.handle_key(key(KeyCode::Char('x'))), None);
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(p.handle_key(ctrl_c), None);
    }
}
