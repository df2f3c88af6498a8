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

/// The relief screen at night: dim colours on the terminal's own background, never a
/// reversed or bright block, so a dark bedroom stays dark. Bold keeps the words readable
/// without colour (`NO_COLOR`).
pub(crate) mod night {
    use super::*;

    /// A warm, low amber for the big clock and the step's name.
    const AMBER: Color = Color::Indexed(130);
    /// A dim grey for the text.
    const TEXT: Color = Color::Indexed(246);
    /// Dimmer still, for what is secondary.
    const FAINT: Color = Color::Indexed(240);
    /// A muted red for the urgent-advice line (readable, not glaring).
    const URGENT: Color = Color::Indexed(131);

    pub(crate) const CLOCK: Style = Style::new().fg(AMBER);
    pub(crate) const STEP: Style = Style::new().fg(AMBER).add_modifier(Modifier::BOLD);
    pub(crate) const TEXT_STYLE: Style = Style::new().fg(TEXT);
    pub(crate) const FAINT_STYLE: Style = Style::new().fg(FAINT);
    pub(crate) const URGENT_STYLE: Style = Style::new().fg(URGENT).add_modifier(Modifier::BOLD);
    /// The chosen leg, muscle or pain: bold and underlined, never reversed.
    pub(crate) const CHOSEN: Style = Style::new()
        .fg(AMBER)
        .add_modifier(Modifier::BOLD.union(Modifier::UNDERLINED));
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
