//! What is drawn over or instead of a screen: the help overlay (every key of the screen under
//! it, from that screen's table), the quit question over a session (its own small table), and
//! the "window too small" notice. Pure drawing, and the keys of the two overlays.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget, Wrap};

use crate::t;
use crate::text;
use crate::tui::keys::{Binding, HelpRow, Key, hint};
use crate::tui::theme::{self, Look};
use crate::tui::words;

/// The smallest window the screens are laid out for.
pub(crate) const MIN_WIDTH: u16 = 40;
pub(crate) const MIN_HEIGHT: u16 = 12;

/// Whether an area is too small for the screens.
pub(crate) fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// What a key does while the window is too small.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TooSmallAction {
    Quit,
}

/// The only key while the window is too small (the screen under it cannot be seen).
pub(crate) const TOO_SMALL_KEYS: &[Binding<TooSmallAction>] = &[Binding {
    keys: &[Key::Ctrl('c')],
    action: TooSmallAction::Quit,
    does: "quit (a session is stopped and recorded)",
    hint: hint("quit", 1),
}];

/// "window too small", centred, in whatever room there is (nothing at 0x0).
pub(crate) fn render_too_small(area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    let quit = &TOO_SMALL_KEYS[0];
    let lines = vec![
        Line::styled(words::fixed("tui-too-small"), theme::bold()),
        Line::raw(t!(
            "tui-too-small-size",
            width = area.width,
            height = area.height,
            min_width = MIN_WIDTH,
            min_height = MIN_HEIGHT
        )),
        Line::raw(format!(
            "{} {}",
            quit.keys[0].name(true),
            quit.hint
                .map_or(words::key(quit.does), |h| words::hint(h.words))
        )),
    ];
    let a = centred(area, area.width, lines.len() as u16);
    Paragraph::new(lines)
        .alignment(Alignment::Center)
        .wrap(Wrap { trim: true })
        .render(a, buf);
}

/// A rectangle of at most `w` x `h`, centred in `area`.
pub(crate) fn centred(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

/// What a key does while the help is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum HelpAction {
    Down,
    Up,
}

/// The help's own keys; any other key closes it.
pub(crate) const HELP_KEYS: &[Binding<HelpAction>] = &[
    Binding {
        keys: &[Key::Down, Key::Char('j'), Key::PageDown],
        action: HelpAction::Down,
        does: "more",
        hint: hint("more", 1),
    },
    Binding {
        keys: &[Key::Up, Key::Char('k'), Key::PageUp],
        action: HelpAction::Up,
        does: "back",
        hint: None,
    },
];

/// The help's lines at `width` columns of text: the keys right-aligned in a column, what they
/// do beside them, wrapped under itself. When the window is too narrow for two columns, what
/// a key does goes on the lines under it, indented.
fn help_lines(rows: &[HelpRow], width: usize) -> Vec<Line<'static>> {
    let keys_w = rows.iter().map(|r| text::width(&r.keys)).max().unwrap_or(0);
    let mut out = Vec::new();
    if keys_w + 2 + 16 <= width {
        let room = width - keys_w - 2;
        let indent = " ".repeat(keys_w + 2);
        for r in rows {
            for (i, l) in text::wrap(r.does, room).into_iter().enumerate() {
                let head = if i == 0 {
                    Span::styled(
                        format!("{}{}  ", text::padding(&r.keys, keys_w), r.keys),
                        theme::key_style(),
                    )
                } else {
                    Span::raw(indent.clone())
                };
                out.push(Line::from(vec![head, Span::raw(l)]));
            }
        }
    } else {
        for r in rows {
            out.push(Line::styled(
                text::fit(&r.keys, width).into_owned(),
                theme::key_style(),
            ));
            for l in text::wrap(&format!("  {}", r.does), width) {
                out.push(Line::raw(l));
            }
        }
    }
    out
}

/// The help overlay: every key of the screen it covers, scrolled down by `scroll` lines when
/// they do not all fit (see [`help_max_scroll`]).
pub(crate) fn render_help(look: Look, rows: &[HelpRow], scroll: u16, area: Rect, buf: &mut Buffer) {
    let inner_w = usize::from(area.width.saturating_sub(4));
    let lines = help_lines(rows, inner_w);
    let room = usize::from(area.height.saturating_sub(2));
    let w = lines.iter().map(Line::width).max().unwrap_or(10).max(22) as u16 + 4;
    let (shown, footer) = if lines.len() + 2 <= room {
        let mut l = lines;
        l.push(Line::raw(""));
        l.push(Line::styled(words::fixed("tui-help-any-key"), theme::dim()));
        (l, None)
    } else if lines.len() <= room {
        (lines, None)
    } else {
        // Scrolled: the last row says how to see the rest.
        let visible = room.saturating_sub(1);
        let max_scroll = lines.len().saturating_sub(visible);
        let from = usize::from(scroll).min(max_scroll);
        let more = from < max_scroll;
        let l: Vec<Line> = lines.into_iter().skip(from).take(visible).collect();
        // Scrolled help: the scroll keys scroll, every other key closes it.
        let (down, up) = (
            HELP_KEYS[0].keys[0].name(look.unicode),
            HELP_KEYS[1].keys[0].name(look.unicode),
        );
        let foot = match (from > 0, more) {
            (false, _) => t!(
                "tui-help-scroll",
                down = down.as_ref(),
                up = up.as_ref(),
                at = "top"
            ),
            (true, true) => t!(
                "tui-help-scroll",
                down = down.as_ref(),
                up = up.as_ref(),
                at = "middle"
            ),
            (true, false) => t!(
                "tui-help-scroll",
                down = down.as_ref(),
                up = up.as_ref(),
                at = "end"
            ),
        };
        (l, Some(foot))
    };
    let h = shown.len() as u16 + 2 + u16::from(footer.is_some());
    let a = centred(area, w, h);
    Clear.render(a, buf);
    let mut shown = shown;
    if let Some(f) = footer {
        shown.push(Line::styled(
            text::fit(&f, usize::from(a.width.saturating_sub(4))).into_owned(),
            theme::dim(),
        ));
    }
    Paragraph::new(shown)
        .block(
            theme::panel(look, words::fixed("tui-help-title"))
                .padding(ratatui::widgets::Padding::horizontal(1)),
        )
        .render(a, buf);
}

/// How far the help can scroll at `area` (0 when it all shows).
pub(crate) fn help_max_scroll(rows: &[HelpRow], area: Rect) -> u16 {
    let lines = help_lines(rows, usize::from(area.width.saturating_sub(4))).len();
    let room = usize::from(area.height.saturating_sub(2));
    if lines <= room {
        0
    } else {
        u16::try_from(lines - room.saturating_sub(1)).unwrap_or(u16::MAX)
    }
}

/// What a key does to the quit question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuitAction {
    /// Stop the session and show the summary.
    Stop,
    /// Stop the session and leave windown.
    Leave,
    /// Keep going.
    Keep,
}

/// The quit question's keys (other keys do nothing).
pub const QUIT_KEYS: &[Binding<QuitAction>] = &[
    Binding {
        keys: &[Key::Char('y'), Key::Char('Y'), Key::Enter],
        action: QuitAction::Stop,
        does: "stop",
        hint: hint("stop", 3),
    },
    Binding {
        keys: &[Key::Char('q'), Key::Ctrl('c')],
        action: QuitAction::Leave,
        does: "stop and leave",
        hint: hint("stop and leave", 2),
    },
    Binding {
        keys: &[Key::Char('n'), Key::Char('N'), Key::Esc],
        action: QuitAction::Keep,
        does: "keep going",
        hint: hint("keep going", 1),
    },
];

/// The quit question over a running session, its answers from [`QUIT_KEYS`].
pub(crate) fn render_confirm_quit(look: Look, area: Rect, buf: &mut Buffer) {
    let answer = |b: &Binding<QuitAction>| {
        vec![
            Span::styled(
                b.keys[0].name(look.unicode).into_owned(),
                theme::key_style(),
            ),
            Span::raw(format!(" {}", words::key(b.does))),
        ]
    };
    let question = words::fixed("tui-quit-question");
    // Two answers a line, so the phase line above stays in view at 40x12; one a line (and no
    // blank under the question) when two do not fit, as in a longer language.
    let pairs: Vec<Line> = QUIT_KEYS
        .chunks(2)
        .map(|pair| {
            let mut spans = Vec::new();
            for (i, b) in pair.iter().enumerate() {
                if i > 0 {
                    spans.push(Span::raw("  "));
                }
                spans.extend(answer(b));
            }
            Line::from(spans)
        })
        .collect();
    let room = usize::from(area.width.saturating_sub(4));
    let mut lines = vec![Line::styled(question, theme::bold())];
    if pairs.iter().all(|l| l.width() <= room.min(30)) {
        lines.push(Line::raw(""));
        lines.extend(pairs);
    } else {
        lines.extend(QUIT_KEYS.iter().map(|b| Line::from(answer(b))));
    }
    let widest = lines.iter().map(Line::width).max().unwrap_or(0);
    let w = u16::try_from(widest + 4).unwrap_or(u16::MAX).max(34);
    let a = centred(area, w, lines.len() as u16 + 2);
    Clear.render(a, buf);
    Paragraph::new(lines)
        .alignment(Alignment::Center)
        .wrap(Wrap { trim: true })
        .block(
            theme::panel(look, words::fixed("tui-quit-title"))
                .border_style(theme::warning_border()),
        )
        .render(a, buf);
}
