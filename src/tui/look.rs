//! How the interface looks on this terminal: colour or not (`NO_COLOR`), Unicode or plain
//! ASCII (from the locale), and the colour of each phase.
//!
//! Decided once at start-up from the environment by the caller and passed down as a value,
//! so that every screen, and every test, gets the same answer without reading the
//! environment itself. Colour is removed in one place, [`strip_colour`], after a frame is
//! drawn, so screens written by other parts obey `NO_COLOR` without knowing about it; drawing
//! symbols fall back to ASCII the same way ([`ascii_fallback`]).

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier, Style};

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

/// Turn the no-break spaces used to indent wrapped text back into plain spaces, after
/// drawing (word wrap keeps a no-break space at the start of a line, not a plain one).
pub fn plain_spaces(buf: &mut Buffer) {
    for cell in &mut buf.content {
        if cell.symbol() == "\u{a0}" {
            cell.set_char(' ');
        }
    }
}

/// Replace the drawing symbols of a frame with ASCII when the locale is not UTF-8: box
/// lines, blocks, bullets, arrows and marks. Done once after drawing, so screens written by
/// other parts fall back too. Letters in people's own text are left as they are.
pub fn ascii_fallback(buf: &mut Buffer) {
    for cell in &mut buf.content {
        let mut chars = cell.symbol().chars();
        let (Some(c), None) = (chars.next(), chars.next()) else {
            continue;
        };
        if let Some(a) = ascii_for(c) {
            cell.set_char(a);
        }
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

/// The colour of a phase, used for its name, the countdown and the step gauge.
pub fn phase_colour(kind: Option<PhaseKind>) -> Color {
    match kind {
        Some(PhaseKind::Prepare) => Color::Yellow,
        Some(PhaseKind::Hold { .. }) => Color::Green,
        Some(PhaseKind::Rest { .. }) => Color::Blue,
        Some(PhaseKind::SwitchSides) => Color::Magenta,
        Some(PhaseKind::Task) => Color::Cyan,
        None => Color::Gray,
    }
}

/// Key names in hints.
pub fn key_style() -> Style {
    Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD)
}

/// Secondary text.
pub fn dim() -> Style {
    Style::new().fg(Color::DarkGray)
}

/// Titles.
pub fn title() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
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
        ascii_fallback(&mut buf);
        assert_eq!(buf, Buffer::with_lines(["+- Café .>X-+"]));
    }

    #[test]
    fn no_color_set_to_anything_non_empty_turns_colour_off() {
        assert!(look(&[]).colour);
        assert!(look(&[("NO_COLOR", "")]).colour);
        assert!(!look(&[("NO_COLOR", "1")]).colour);
    }
}
