//! The progress screen and the home screen's check-in prompt, as ratatui widgets.
//!
//! Owns drawing only: the numbers come from [`super::stats`] (the same as `windown stats`), and
//! the prompt hands its answer back to the caller, which records it with
//! [`super::record_checkin`] or [`super::dismiss_checkin`]. Neither widget touches the terminal,
//! the clock or the event loop.

use chrono::{DateTime, FixedOffset, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Widget};

use super::record::{self, Cramps, Record};
use super::stats::{CHART_DAYS, Stats};
use super::store;
use crate::paths::Dirs;

const FINISHED: Style = Style::new().fg(Color::Green);
const STOPPED: Style = Style::new().fg(Color::DarkGray);
const MILD: Style = Style::new().fg(Color::Yellow);
const BAD: Style = Style::new().fg(Color::Red);
const DIM: Style = Style::new().fg(Color::DarkGray);
const BOLD: Style = Style::new().add_modifier(Modifier::BOLD);

/// The bar marks. Each survives the ASCII fallback of a non-UTF-8 terminal as a different
/// character (`#`, `.`, `-`), so finished and stopped early never look the same.
const BAR_FINISHED: &str = "█";
const BAR_STOPPED: &str = "░";
const BAR_NONE: &str = "─";

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
    /// Read the history at the moment `now`; "today" is the evening `now` belongs to (until
    /// 04:00 the evening before). Never fails: what could not be read becomes a note on the
    /// screen.
    pub fn load(dirs: &Dirs, now: DateTime<FixedOffset>) -> Self {
        let today = record::evening_of(now);
        match store::load(dirs) {
            Ok(l) => ProgressView {
                stats: Stats::compute(&l.records, today),
                note: l.note(&dirs.history_file()),
            },
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
        let block = Block::new().borders(Borders::ALL).title(" Progress ");
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.width < 10 || inner.height < 3 {
            return;
        }
        let wide = inner.width >= 64;
        let pad = u16::from(wide);
        let text = self.text_lines(wide, usize::from(inner.width.saturating_sub(pad)));
        // Chart: bars, a row of night marks, a row of reminders done (when there are any in
        // these days), the date axis, a legend.
        let acks = u16::from(self.stats.days.iter().any(|d| d.acks > 0));
        let fixed = 2 + acks + 1; // marks, reminders, axis, legend
        let spare = inner.height.saturating_sub(fixed + text.len() as u16);
        // A blank line between chart and numbers when there is room for it.
        let gap = u16::from(spare >= 2);
        let spare = spare - gap;
        let tallest = self
            .stats
            .days
            .iter()
            .map(|d| d.sessions)
            .max()
            .unwrap_or(0);
        let bars = spare.clamp(1, u16::try_from(tallest.clamp(1, 4)).unwrap_or(1));
        let mut y = inner.y;
        let bottom = inner.y + inner.height;
        y = self.render_chart(Rect { y, ..inner }, bars, wide, buf);
        if y < bottom {
            let (done, stopped) = if wide {
                (" routine finished  ", " stopped early   nights: ")
            } else {
                (" done ", " stopped ")
            };
            let l = Line::from(vec![
                Span::styled(BAR_FINISHED, FINISHED),
                Span::raw(done),
                Span::styled(BAR_STOPPED, STOPPED),
                Span::raw(stopped),
                Span::styled("○", DIM),
                Span::raw(" calm "),
                Span::styled("◐", MILD),
                Span::raw(" mild "),
                Span::styled("●", BAD),
                Span::raw(" bad"),
            ]);
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
                        Some((BAR_FINISHED, FINISHED))
                    } else if d.sessions >= level {
                        Some((BAR_STOPPED, STOPPED))
                    } else {
                        None
                    };
                    if let Some((s, st)) = mark {
                        buf.set_string(x, y, s, st);
                    } else if level == 1 {
                        buf.set_string(x, y, BAR_NONE, DIM);
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
        if days.iter().any(|d| d.acks > 0) {
            // Reminders marked done that day: 1-9, then "+".
            row(&mut y, &mut |y, buf| {
                if wide {
                    buf.set_string(x0 - label_w, y, "reminders", DIM);
                }
                for (i, d) in days.iter().enumerate() {
                    let mark = match d.acks {
                        0 => continue,
                        n @ 1..=9 => char::from_digit(n, 10).unwrap_or('+'),
                        _ => '+',
                    };
                    buf.set_string(x0 + i as u16 * col_w, y, mark.to_string(), DIM);
                }
            });
        }
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

    /// The numbers under the chart, wrapped to `width`. Wide: exactly the lines of `windown
    /// stats`. Narrow: the streak, sessions and comparison in short.
    fn text_lines(&self, wide: bool, width: usize) -> Vec<Line<'static>> {
        let s = &self.stats;
        let c = &s.comparison;
        let mut v = Vec::new();
        if wide {
            for l in s.total_lines() {
                v.extend(wrap(&l, width).into_iter().map(Line::raw));
            }
            v.push(Line::raw(""));
            for (i, l) in s.comparison_lines().into_iter().enumerate() {
                let style = if i == 0 { BOLD } else { Style::new() };
                v.extend(wrap(&l, width).into_iter().map(|l| Line::styled(l, style)));
            }
        } else {
            let time = crate::duration::human(std::time::Duration::from_secs(s.active_seconds));
            v.push(Line::from(vec![
                Span::styled("Streak ", BOLD),
                Span::raw(format!(
                    "{} (longest {})",
                    super::stats::evenings(s.streak),
                    super::stats::evenings(s.longest_streak)
                )),
            ]));
            v.push(Line::raw(format!(
                "{}/{} finished · {time}",
                s.sessions_finished, s.sessions
            )));
            v.push(Line::styled("Cramp nights (checked)", BOLD));
            v.push(Line::raw(format!(
                " after routine: {}",
                c.after_routine.describe()
            )));
            v.push(Line::raw(format!(" without: {}", c.after_none.describe())));
            v.push(Line::styled("Personal record, not medical evidence.", DIM));
        }
        if let Some(n) = &self.note {
            let n = crate::diag::printable(n).into_owned();
            v.extend(wrap(&n, width).into_iter().map(|l| Line::styled(l, MILD)));
        }
        v
    }
}

/// `text` cut into lines of at most `width` characters, at spaces where possible; its
/// indentation is kept on every line.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let body = text.trim_start_matches(' ');
    let indent = &text[..text.len() - body.len()];
    let narrower = width.saturating_sub(indent.len());
    if narrower == 0 {
        return vec![text.chars().take(width).collect()];
    }
    wrap_words(body, narrower)
        .into_iter()
        .map(|l| format!("{indent}{l}"))
        .collect()
}

fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let mut word = word.to_string();
        loop {
            let used = line.chars().count();
            let need = word.chars().count() + usize::from(used > 0);
            if used + need <= width {
                if used > 0 {
                    line.push(' ');
                }
                line.push_str(&word);
                break;
            }
            if used > 0 {
                out.push(std::mem::take(&mut line));
                continue;
            }
            // A word longer than a whole line: cut it.
            let head: String = word.chars().take(width).collect();
            word = word.chars().skip(width).collect();
            out.push(head);
            if word.is_empty() {
                break;
            }
        }
    }
    if !line.is_empty() || out.is_empty() {
        out.push(line);
    }
    out
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
/// Answered by letters only: the first letter of a choice (or 1-3); Esc skips. Nothing is
/// preselected (Enter belongs to the home screen, which starts a routine).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckinPrompt {
    night_of: NaiveDate,
}

impl CheckinPrompt {
    /// A prompt about the night that began on the evening of `night_of` (usually
    /// [`super::last_night_over`] of now).
    pub fn new(night_of: NaiveDate) -> Self {
        CheckinPrompt { night_of }
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
            spans.push(Span::raw(format!("[{key}] {word} ")));
        }
        buf.set_line(
            inner.x + 1,
            inner.y + 1,
            &Line::from(spans),
            inner.width.saturating_sub(1),
        );
    }

    pub fn handle_key(&self, key: KeyEvent) -> Option<PromptAnswer> {
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
    fn notes_wrap_instead_of_being_cut() {
        let mut v = month_view();
        v.note = Some(
            "/home/someone/.local/share/windown/history.jsonl line 31 was written by a newer windown (format 2); this one reads format 1; showing the records before it".into(),
        );
        let b = draw(100, 30, |a, b| v.render(a, b));
        let text: String = b.buffer().content.iter().map(|c| c.symbol()).collect();
        assert!(text.contains("showing the records before it"), "{text}");
        assert_eq!(wrap("  ab cd ef", 7), vec!["  ab cd", "  ef"]);
        assert_eq!(wrap("abcdefgh", 3), vec!["abc", "def", "gh"]);
    }

    #[test]
    fn finished_and_stopped_stay_apart_in_ascii() {
        let v = month_view();
        for (w, h) in [(80, 24), (40, 12)] {
            let mut b = draw(w, h, |a, b| v.render(a, b)).buffer().clone();
            crate::tui::look::ascii_fallback(&mut b);
            let text: String = b.content.iter().map(|c| c.symbol()).collect();
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
        recs.push(Record::ReminderAck(super::super::record::ReminderAck {
            reminder_id: "hydrate".into(),
            at: chrono::DateTime::parse_from_rfc3339("2026-11-29T11:00:00+01:00").unwrap(),
        }));
        let v = ProgressView::from_records(&recs, NaiveDate::from_ymd_opt(2026, 11, 30).unwrap());
        let b = draw(80, 30, |a, b| v.render(a, b));
        let rows: Vec<String> = (0..30)
            .map(|y| {
                (0..80)
                    .map(|x| b.buffer()[(x, y)].symbol())
                    .collect::<String>()
            })
            .collect();
        let screen = rows.join("\n");
        for l in v
            .stats()
            .total_lines()
            .iter()
            .chain(&v.stats().comparison_lines())
        {
            let first_words: String = l.chars().take(40).collect();
            assert!(screen.contains(first_words.trim_start()), "{l}\n{screen}");
        }
        assert!(screen.contains("Reminders done: 1"));
        // Done per day, under the night of the 29th (the 29th of 30 columns, two wide).
        let row = rows
            .iter()
            .find(|r| r.contains("reminders"))
            .expect(&screen);
        assert_eq!(row.trim_end_matches([' ', '│']).chars().last(), Some('1'));
        assert!(screen.contains("(3 bad)"));
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
        let p = CheckinPrompt::new(night);
        assert_eq!(
            p.handle_key(key(KeyCode::Char('m'))),
            Some(PromptAnswer::Cramps(Cramps::Mild))
        );
        assert_eq!(
            p.handle_key(key(KeyCode::Char('3'))),
            Some(PromptAnswer::Cramps(Cramps::Bad))
        );
        assert_eq!(p.handle_key(key(KeyCode::Esc)), Some(PromptAnswer::Skip));
        // Nothing is preselected: arrows and Enter answer nothing.
        for k in [KeyCode::Right, KeyCode::Left, KeyCode::Tab, KeyCode::Enter] {
            assert_eq!(p.handle_key(key(k)), None);
        }
        assert_eq!(p.handle_key(key(KeyCode::Char('x'))), None);
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(p.handle_key(ctrl_c), None);
    }
}
