//! The theme: every colour and style of every screen, and how the interface looks on this
//! terminal: colour or not (`NO_COLOR`), Unicode or plain ASCII (from the locale).
//!
//! Screens take their styles from the functions here and never name a colour themselves, so
//! the palette can be read and changed in one place. Colours are picked to read on dark and on
//! light terminal palettes alike: no dark blue (unreadable on black), no plain yellow text on
//! white; the phase colours are bold.
//!
//! [`Look`] is decided once at start-up from the environment by the caller and passed down as
//! a value, so every screen and every test gets the same answer without reading the
//! environment itself. Colour is removed in one place, [`finish`] (through [`strip_colour`]),
//! after a frame is drawn; drawing symbols fall back to ASCII in the same pass. Also here: the shared pieces every screen draws with, [`panel`] and
//! [`key_line`].

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders};

use crate::routine::PhaseKind;

/// The terminal's abilities as far as drawing is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Look {
    /// Draw block characters, box lines and Unicode figures; otherwise plain ASCII.
    pub unicode: bool,
    /// Keep colours; `false` when `NO_COLOR` is set (to anything non-empty).
    pub colour: bool,
}

impl Look {
    /// The full look: Unicode and colour (tests and capable terminals).
    pub const FULL: Look = Look {
        unicode: true,
        colour: true,
    };

    /// Decide from environment variables, given as a lookup so tests need not touch the
    /// process environment.
    pub fn from_lookup(var: impl Fn(&str) -> Option<String>) -> Look {
        let colour = var("NO_COLOR").is_none_or(|v| v.is_empty());
        let unicode = crate::locale::is_utf8(&var);
        Look { unicode, colour }
    }

    /// Decide from the process environment.
    pub fn from_env() -> Look {
        Look::from_lookup(|k| std::env::var(k).ok())
    }

    /// A horizontal rule character.
    pub fn rule(self) -> &'static str {
        if self.unicode { "─" } else { "-" }
    }

    /// The separator between key hints.
    pub fn dot(self) -> &'static str {
        if self.unicode { " · " } else { " | " }
    }
}

/// Remove every foreground and background colour from a drawn frame (for `NO_COLOR`).
/// Bold, reverse and underline stay, so the selection and the phase are still visible.
pub fn strip_colour(buf: &mut Buffer) {
    for cell in &mut buf.content {
        cell.fg = Color::Reset;
        cell.bg = Color::Reset;
        cell.underline_color = Color::Reset;
    }
}

fn ascii_for(c: char) -> Option<char> {
    Some(match c {
        '─' | '━' | '═' | '╌' | '╍' | '┄' | '┅' => '-',
        '│' | '┃' | '║' | '╎' | '╏' | '┆' | '┇' => '|',
        '┌' | '┐' | '└' | '┘' | '╭' | '╮' | '╰' | '╯' | '├' | '┤' | '┬' | '┴' | '┼' | '╔' | '╗'
        | '╚' | '╝' | '┏' | '┓' | '┗' | '┛' => '+',
        '█' | '▓' | '▒' | '▄' | '▀' | '■' | '▌' | '▐' => '#',
        '░' | '·' | '⋅' => '.',
        '•' | '∙' => '*',
        '▶' | '►' | '→' | '▸' => '>',
        '◀' | '◄' | '←' | '◂' => '<',
        '↑' | '▲' => '^',
        '↓' | '▼' => 'v',
        '○' | '◯' => 'o',
        '◐' | '◑' => 'x',
        '●' => 'X',
        '✓' | '✔' => 'v',
        '✗' | '✘' => 'x',
        '…' => '.',
        _ => return None,
    })
}

// The palette: 256-colour indices of middle brightness, which read on a black and on a white
// background (the 16 named colours do not: dark blue vanishes on black, yellow on white).
const ORANGE: Color = Color::Indexed(172);
const GREEN: Color = Color::Indexed(34);
const BLUE: Color = Color::Indexed(33);
const MAGENTA: Color = Color::Indexed(164);
const CYAN: Color = Color::Indexed(37);
const RED: Color = Color::Indexed(160);
const BRIGHT_RED: Color = Color::Indexed(196);
const GREY: Color = Color::Indexed(244);

/// The colour of a phase, used for its name, the countdown and the step gauge.
pub(crate) fn phase_colour(kind: Option<PhaseKind>) -> Color {
    match kind {
        Some(PhaseKind::Prepare) => ORANGE,
        Some(PhaseKind::Hold { .. }) => GREEN,
        Some(PhaseKind::Rest { .. }) => BLUE,
        Some(PhaseKind::SwitchSides) => MAGENTA,
        Some(PhaseKind::Task) => CYAN,
        None => GREY,
    }
}

/// A phase's name and its countdown: the phase colour, bold.
pub(crate) fn phase(kind: Option<PhaseKind>) -> Style {
    Style::new()
        .fg(phase_colour(kind))
        .add_modifier(Modifier::BOLD)
}

/// The countdown in its last seconds.
pub(crate) fn last_seconds() -> Style {
    Style::new().fg(BRIGHT_RED).add_modifier(Modifier::BOLD)
}

/// The countdown while paused.
pub(crate) fn paused_digits() -> Style {
    Style::new().fg(GREY)
}

/// The PAUSED badge: reversed, so it shows without colour too.
pub(crate) fn paused_badge() -> Style {
    Style::new()
        .fg(ORANGE)
        .add_modifier(Modifier::BOLD | Modifier::REVERSED)
}

/// The filled part of the routine gauge.
pub(crate) fn routine_gauge() -> Color {
    GREY
}

/// The unfilled part of a gauge.
pub(crate) fn gauge_unfilled() -> Style {
    Style::new().fg(GREY)
}

/// Key names in hints and help.
pub(crate) fn key_style() -> Style {
    Style::new().fg(CYAN).add_modifier(Modifier::BOLD)
}

/// Secondary text.
pub(crate) fn dim() -> Style {
    Style::new().fg(GREY)
}

/// Titles.
pub(crate) fn title() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

/// Bold text that is not a title (the selected entry, a question).
pub(crate) fn bold() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

/// Safety text ("Caution:") and things that need attention (a notice, a pause by itself).
pub(crate) fn caution() -> Style {
    Style::new().fg(ORANGE).add_modifier(Modifier::BOLD)
}

/// Something to tell that is not an error (a cue command failed, a reminder was switched).
pub(crate) fn notice() -> Style {
    Style::new().fg(ORANGE)
}

/// Something wrong: a broken file, an error.
pub(crate) fn error() -> Style {
    Style::new().fg(RED)
}

/// Something good: a finished routine, a reminder that is on, a process that runs.
pub(crate) fn good() -> Style {
    Style::new().fg(GREEN)
}

/// A heading that says something went well (routine finished, process running).
pub(crate) fn good_heading() -> Style {
    good().add_modifier(Modifier::BOLD)
}

/// A heading that says something is wrong (a file with a mistake).
pub(crate) fn error_heading() -> Style {
    error().add_modifier(Modifier::BOLD)
}

/// The filled part of a gauge in `colour` (the step gauge takes the phase colour).
pub(crate) fn gauge_filled(colour: Color) -> Style {
    Style::new().fg(colour)
}

/// The person's own routines in the list (built-in ones are plain).
pub(crate) fn own() -> Style {
    Style::new().fg(CYAN)
}

/// The selected row of a list or table.
pub(crate) fn selected() -> Style {
    Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
}

/// The marks of the progress chart and the check-in answers.
pub(crate) mod chart {
    use super::*;

    pub(crate) const FINISHED: Style = Style::new().fg(GREEN);
    pub(crate) const STOPPED: Style = Style::new().fg(GREY);
    pub(crate) const CALM: Style = Style::new().fg(GREY);
    pub(crate) const MILD: Style = Style::new().fg(ORANGE);
    pub(crate) const BAD: Style = Style::new().fg(RED);
}

/// The relief screen at night: its own near-black background on every cell it draws (so it is
/// dark in a light-themed terminal too), never a reversed or bright block, so a dark bedroom
/// stays dark. Every colour of text reads at 7:1 or more against the background (WCAG's AAA
/// level, computed from the xterm 256-colour palette in the tests below). Bold keeps the
/// words readable without colour (`NO_COLOR`: no colours at all, so the terminal's own
/// background shows).
pub(crate) mod night {
    use super::*;

    /// The background: the darkest grey of the 256-colour ramp (`#080808`), which terminals
    /// leave as it is when a theme changes the 16 named colours.
    pub(crate) const BG: Color = Color::Indexed(232);
    /// A warm, low amber for the big clock and the step's name (`#d7af5f`).
    const AMBER: Color = Color::Indexed(179);
    /// A soft grey for the text (`#c6c6c6`).
    const TEXT: Color = Color::Indexed(251);
    /// Dimmer, for what is secondary (`#9e9e9e`), still 7:1.
    const FAINT: Color = Color::Indexed(247);
    /// A muted red for the urgent-advice line (`#ff8787`: readable, not glaring).
    const URGENT: Color = Color::Indexed(210);
    /// Every text colour the relief screen draws with.
    pub(crate) const PALETTE: [Color; 4] = [AMBER, TEXT, FAINT, URGENT];

    pub(crate) const CLOCK: Style = Style::new().fg(AMBER).bg(BG);
    pub(crate) const STEP: Style = Style::new().fg(AMBER).bg(BG).add_modifier(Modifier::BOLD);
    pub(crate) const TEXT_STYLE: Style = Style::new().fg(TEXT).bg(BG);
    pub(crate) const FAINT_STYLE: Style = Style::new().fg(FAINT).bg(BG);
    pub(crate) const URGENT_STYLE: Style =
        Style::new().fg(URGENT).bg(BG).add_modifier(Modifier::BOLD);
    /// The chosen leg, muscle or pain: bold and underlined, never reversed.
    pub(crate) const CHOSEN: Style = Style::new()
        .fg(AMBER)
        .bg(BG)
        .add_modifier(Modifier::BOLD.union(Modifier::UNDERLINED));

    /// Paint `area` for the night: the dark background on every cell, and any colour that is
    /// not the night's own (the shared key line's keys, the terminal's default text colour,
    /// which is black in a light theme) made the night's text colour. Called by the relief
    /// screen after it has drawn; [`super::finish`] still takes every colour off for
    /// `NO_COLOR`.
    pub(crate) fn paint(area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        for y in area.top()..area.bottom() {
            for x in area.left()..area.right() {
                let cell = &mut buf[(x, y)];
                cell.bg = BG;
                if !PALETTE.contains(&cell.fg) {
                    cell.fg = TEXT;
                }
                cell.underline_color = Color::Reset;
                cell.modifier.remove(Modifier::REVERSED | Modifier::DIM);
            }
        }
    }

    /// The red, green and blue of a colour of the xterm 256-colour palette from 16 up (the
    /// 6x6x6 cube and the grey ramp, which terminals share), for the contrast check.
    #[cfg(test)]
    pub(crate) fn rgb(c: Color) -> Option<(u8, u8, u8)> {
        const LEVELS: [u8; 6] = [0, 95, 135, 175, 215, 255];
        match c {
            Color::Indexed(n @ 16..=231) => {
                let i = usize::from(n - 16);
                Some((LEVELS[i / 36], LEVELS[(i / 6) % 6], LEVELS[i % 6]))
            }
            Color::Indexed(n @ 232..=255) => {
                let v = 8 + 10 * (n - 232);
                Some((v, v, v))
            }
            Color::Rgb(r, g, b) => Some((r, g, b)),
            _ => None,
        }
    }

    /// The WCAG 2 contrast ratio of two colours (1 to 21).
    #[cfg(test)]
    pub(crate) fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
        fn lum((r, g, b): (u8, u8, u8)) -> f64 {
            let lin = |c: u8| {
                let c = f64::from(c) / 255.0;
                if c <= 0.039_28 {
                    c / 12.92
                } else {
                    ((c + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
        }
        let (x, y) = (lum(a), lum(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn every_night_colour_reads_at_seven_to_one_on_the_dark_background() {
            let bg = rgb(BG).expect("the background is a palette colour");
            assert!(bg.0 < 16 && bg.1 < 16 && bg.2 < 16, "{bg:?} is dark");
            for c in PALETTE {
                let fg = rgb(c).expect("a palette colour");
                let ratio = contrast(fg, bg);
                assert!(ratio >= 7.0, "{c:?} {fg:?}: {ratio:.2}:1");
            }
            // The sums are right: black on white is 21:1, a colour on itself 1:1.
            assert!((contrast((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 1e-9);
            assert!((contrast(bg, bg) - 1.0).abs() < 1e-9);
            // The colour the night used before, amber 130 (#af5f00), reads at about 4:1.
            let old = contrast(rgb(Color::Indexed(130)).unwrap(), bg);
            assert!(old < 4.5, "{old}");
        }

        #[test]
        fn painting_leaves_no_cell_on_the_terminals_background() {
            let mut buf = Buffer::with_lines(["a key line", "          "]);
            buf.set_style(
                Rect::new(0, 0, 5, 1),
                key_style().add_modifier(Modifier::REVERSED),
            );
            paint(buf.area, &mut buf);
            for cell in &buf.content {
                assert_eq!(cell.bg, BG);
                assert!(PALETTE.contains(&cell.fg), "{cell:?}");
                assert!(!cell.modifier.contains(Modifier::REVERSED));
            }
        }
    }
}

/// The border of the quit question.
pub(crate) fn warning_border() -> Style {
    Style::new().fg(ORANGE)
}

/// A bordered panel with a title (rounded in Unicode, `+-|` in ASCII).
pub(crate) fn panel(look: Look, title: &str) -> Block<'static> {
    let b = Block::new()
        .borders(Borders::ALL)
        .title(Span::styled(format!(" {title} "), self::title()));
    if look.unicode {
        b.border_type(BorderType::Rounded)
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

/// A line of key hints: each key in the key style, then what it does, separated by dots.
/// Key names are as given (see [`crate::tui::keys`] for where they come from).
pub(crate) fn key_line<'a>(
    look: Look,
    keys: impl IntoIterator<Item = (std::borrow::Cow<'a, str>, &'a str)>,
) -> Line<'a> {
    let mut spans = vec![Span::raw(" ")];
    for (i, (k, what)) in keys.into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(look.dot(), dim()));
        }
        spans.push(Span::styled(k, key_style()));
        spans.push(Span::raw(format!(" {what}")));
    }
    Line::from(spans)
}

/// What every frame goes through after it is drawn: no-break spaces back to spaces, colour
/// removed for `NO_COLOR`, drawing symbols replaced by ASCII when the locale is not UTF-8.
/// One pass over the cells (word wrap keeps a no-break space at the start of a wrapped line;
/// the ASCII fallback leaves letters in people's own text as they are).
pub fn finish(look: Look, buf: &mut Buffer) {
    let area = buf.area;
    finish_area(look, buf, area);
}

/// [`finish`] for the cells of `area` only: the parts of a frame drawn again over the last
/// one (the seconds and the gauges), the rest finished already.
pub fn finish_area(look: Look, buf: &mut Buffer, area: Rect) {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return;
    }
    for y in area.top()..area.bottom() {
        let start = buf.index_of(area.x, y);
        for cell in &mut buf.content[start..start + usize::from(area.width)] {
            if cell.symbol() == "\u{a0}" {
                cell.set_char(' ');
            }
            if !look.colour {
                cell.fg = Color::Reset;
                cell.bg = Color::Reset;
                cell.underline_color = Color::Reset;
            }
            if !look.unicode {
                let mut chars = cell.symbol().chars();
                if let (Some(c), None) = (chars.next(), chars.next())
                    && let Some(a) = ascii_for(c)
                {
                    cell.set_char(a);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn look(vars: &[(&str, &str)]) -> Look {
        Look::from_lookup(|k| {
            vars.iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn locale_decides_unicode_in_posix_order() {
        assert!(look(&[("LANG", "en_GB.UTF-8")]).unicode);
        assert!(look(&[("LC_CTYPE", "C.utf8"), ("LANG", "C")]).unicode);
        assert!(!look(&[("LC_ALL", "C"), ("LANG", "en_GB.UTF-8")]).unicode);
        assert!(look(&[("LC_ALL", ""), ("LANG", "en_GB.UTF-8")]).unicode);
        assert!(!look(&[]).unicode);
    }

    #[test]
    fn ascii_fallback_keeps_letters_and_replaces_drawing() {
        let mut buf = Buffer::with_lines(["╭─ Café ·→●─╮"]);
        let ascii = Look {
            unicode: false,
            colour: true,
        };
        finish(ascii, &mut buf);
        assert_eq!(buf, Buffer::with_lines(["+- Café .>X-+"]));
    }

    #[test]
    fn no_color_set_to_anything_non_empty_turns_colour_off() {
        assert!(look(&[]).colour);
        assert!(look(&[("NO_COLOR", "")]).colour);
        assert!(!look(&[("NO_COLOR", "1")]).colour);
    }
}
