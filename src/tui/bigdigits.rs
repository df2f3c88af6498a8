//! The big countdown and big words: digits and capital letters five rows high, drawn with
//! block characters (or `#` when the locale is not UTF-8), readable from across a room: the
//! countdown, the session's phase word (READY, HOLD LEFT, REST, SWITCH, IN, OUT) and the relief
//! screen's step names (for people who cannot find their glasses at night). Falls back to one
//! bold line when the area is too small for the big glyphs.

use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;

/// Rows of every big glyph.
pub(crate) const HEIGHT: u16 = 5;

const DIGITS: [[&str; 5]; 10] = [
    ["#####", "#   #", "#   #", "#   #", "#####"],
    [" ##  ", "  #  ", "  #  ", "  #  ", " ### "],
    ["#####", "    #", "#####", "#    ", "#####"],
    ["#####", "    #", " ####", "    #", "#####"],
    ["#   #", "#   #", "#####", "    #", "    #"],
    ["#####", "#    ", "#####", "    #", "#####"],
    ["#####", "#    ", "#####", "#   #", "#####"],
    ["#####", "    #", "   # ", "  #  ", "  #  "],
    ["#####", "#   #", "#####", "#   #", "#####"],
    ["#####", "#   #", "#####", "    #", "#####"],
];
const COLON: [&str; 5] = ["   ", " # ", "   ", " # ", "   "];
const SPACE: [&str; 5] = ["  ", "  ", "  ", "  ", "  "];
/// The gap between words of big text.
const WORD_GAP: [&str; 5] = ["   ", "   ", "   ", "   ", "   "];

/// Capital letters, for a few words drawn big (the relief screen's step names).
const LETTERS: [[&str; 5]; 26] = [
    [" ### ", "#   #", "#####", "#   #", "#   #"],
    ["#### ", "#   #", "#### ", "#   #", "#### "],
    [" ####", "#    ", "#    ", "#    ", " ####"],
    ["#### ", "#   #", "#   #", "#   #", "#### "],
    ["#####", "#    ", "#### ", "#    ", "#####"],
    ["#####", "#    ", "#### ", "#    ", "#    "],
    [" ####", "#    ", "#  ##", "#   #", " ####"],
    ["#   #", "#   #", "#####", "#   #", "#   #"],
    ["#####", "  #  ", "  #  ", "  #  ", "#####"],
    ["#####", "   # ", "   # ", "#  # ", " ##  "],
    ["#   #", "#  # ", "###  ", "#  # ", "#   #"],
    ["#    ", "#    ", "#    ", "#    ", "#####"],
    ["#   #", "## ##", "# # #", "#   #", "#   #"],
    ["#   #", "##  #", "# # #", "#  ##", "#   #"],
    [" ### ", "#   #", "#   #", "#   #", " ### "],
    ["#### ", "#   #", "#### ", "#    ", "#    "],
    [" ### ", "#   #", "# # #", "#  # ", " ## #"],
    ["#### ", "#   #", "#### ", "#  # ", "#   #"],
    [" ####", "#    ", " ### ", "    #", "#### "],
    ["#####", "  #  ", "  #  ", "  #  ", "  #  "],
    ["#   #", "#   #", "#   #", "#   #", " ### "],
    ["#   #", "#   #", "#   #", " # # ", "  #  "],
    ["#   #", "#   #", "# # #", "## ##", "#   #"],
    ["#   #", " # # ", "  #  ", " # # ", "#   #"],
    ["#   #", " # # ", "  #  ", "  #  ", "  #  "],
    ["#####", "   # ", "  #  ", " #   ", "#####"],
];

fn glyph(c: char) -> &'static [&'static str; 5] {
    match c {
        '0'..='9' => &DIGITS[(c as u8 - b'0') as usize],
        'A'..='Z' => &LETTERS[(c as u8 - b'A') as usize],
        'a'..='z' => &LETTERS[(c as u8 - b'a') as usize],
        ':' => &COLON,
        ' ' => &WORD_GAP,
        _ => &SPACE,
    }
}

/// Whether every character of `text` has a big glyph (digits, `:`, letters, spaces).
pub(crate) fn drawable(text: &str) -> bool {
    text.chars()
        .all(|c| c.is_ascii_alphanumeric() || c == ':' || c == ' ')
}

/// Width in columns of `text` drawn big at `scale` (one blank glyph column between glyphs).
pub(crate) fn width(text: &str, scale: u16) -> u16 {
    let w: usize = text.chars().map(|c| glyph(c)[0].len() + 1).sum();
    u16::try_from(w.saturating_sub(1))
        .unwrap_or(u16::MAX)
        .saturating_mul(scale)
}

/// A countdown text ("25", "1:30") drawn big and centred in its area. At `scale` 2 every
/// glyph cell is two columns by two rows (ten rows high).
pub(crate) struct BigText<'a> {
    pub(crate) text: &'a str,
    pub(crate) style: Style,
    pub(crate) unicode: bool,
    pub(crate) scale: u16,
}

impl Widget for BigText<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.is_empty() {
            return;
        }
        let scale = self.scale.clamp(1, 4);
        let w = width(self.text, scale);
        if area.height < HEIGHT * scale || area.width < w {
            // Too small for big glyphs: one centred line.
            let len = u16::try_from(self.text.chars().count()).unwrap_or(u16::MAX);
            let x = area.x + area.width.saturating_sub(len) / 2;
            let y = area.y + area.height / 2;
            buf.set_stringn(x, y, self.text, area.width as usize, self.style);
            return;
        }
        let fill = if self.unicode { "█" } else { "#" };
        let x0 = area.x + (area.width - w) / 2;
        let y0 = area.y + (area.height - HEIGHT * scale) / 2;
        // Row by row, each run of a glyph's cell at once, with no per-cell look-up of where it
        // is.
        let clip = area.intersection(buf.area);
        // The glyph's cell, made once: a blank cell becomes it by a copy (what setting the
        // symbol and the style on a blank cell gives), any other cell is drawn over.
        let mut filled = Cell::EMPTY;
        filled.set_symbol(fill).set_style(self.style);
        let mut x = x0;
        for c in self.text.chars() {
            let g = glyph(c);
            let gw = g[0].len() as u16 * scale;
            if x < clip.right() && x + gw > clip.left() {
                for (row, line) in (0u16..).zip(g.iter()) {
                    for dy in 0..scale {
                        let y = y0 + row * scale + dy;
                        if y < clip.top() || y >= clip.bottom() {
                            continue;
                        }
                        for (col, b) in (0u16..).zip(line.bytes()) {
                            if b != b'#' {
                                continue;
                            }
                            let left = (x + col * scale).max(clip.left());
                            let right = (x + col * scale + scale).min(clip.right());
                            if left >= right {
                                continue;
                            }
                            let at = buf.index_of(left, y);
                            for cell in &mut buf.content[at..at + usize::from(right - left)] {
                                if *cell == Cell::EMPTY {
                                    cell.clone_from(&filled);
                                } else {
                                    cell.set_symbol(fill).set_style(self.style);
                                }
                            }
                        }
                    }
                }
            }
            x += gw + scale;
        }
    }
}

/// The columns of a glyph's row that are filled, one bit each (the leftmost the lowest).
fn bits(line: &str) -> u8 {
    (0u8..)
        .zip(line.bytes())
        .fold(0, |b, (i, c)| if c == b'#' { b | 1 << i } else { b })
}

impl BigText<'_> {
    /// `self.text` drawn big in `area` over `was` drawn there just as `self` (the same style,
    /// look and scale): only the cells whose glyph bit differs between the two are set (to
    /// the glyph's cell, or blank), and each run of them, one glyph row `scale` cells high, is
    /// told to `changed` once set (with the buffer, to finish it). A second's countdown sets
    /// a few dozen cells and compares none. False, with nothing drawn, when the two are not
    /// drawn glyph over glyph (another width, a glyph of another width at the same place, or
    /// too small for big glyphs): then the area is drawn whole.
    pub(crate) fn redraw_over(
        self,
        was: &str,
        area: Rect,
        buf: &mut Buffer,
        changed: &mut dyn FnMut(Rect, &mut Buffer),
    ) -> bool {
        let scale = self.scale.clamp(1, 4);
        let w = width(self.text, scale);
        if width(was, scale) != w
            || was.len() != self.text.len()
            || area.height < HEIGHT * scale
            || area.width < w
            || (was.chars().zip(self.text.chars()))
                .any(|(a, b)| glyph(a)[0].len() != glyph(b)[0].len())
        {
            return false;
        }
        let fill = if self.unicode { "█" } else { "#" };
        let mut filled = Cell::EMPTY;
        filled.set_symbol(fill).set_style(self.style);
        let x0 = area.x + (area.width - w) / 2;
        let y0 = area.y + (area.height - HEIGHT * scale) / 2;
        let clip = area.intersection(buf.area);
        let mut x = x0;
        for (a, b) in was.chars().zip(self.text.chars()) {
            let (ga, gb) = (glyph(a), glyph(b));
            let gw = gb[0].len() as u16 * scale;
            for (row, (la, lb)) in (0u16..).zip(ga.iter().zip(gb.iter())) {
                let now = bits(lb);
                let mut diff = bits(la) ^ now;
                while diff != 0 {
                    // One run of columns whose bit differs: set cell by cell from `now`.
                    let from = diff.trailing_zeros() as u16;
                    let len = (diff >> from).trailing_ones() as u16;
                    diff &= !(((1u16 << len) - 1) << from) as u8;
                    let run = Rect::new(x + from * scale, y0 + row * scale, len * scale, scale)
                        .intersection(clip);
                    if run.is_empty() {
                        continue;
                    }
                    for y in run.top()..run.bottom() {
                        let at = buf.index_of(run.x, y);
                        let cells = &mut buf.content[at..at + usize::from(run.width)];
                        for (cx, cell) in (run.x..).zip(cells) {
                            if now & 1 << ((cx - x) / scale) != 0 {
                                cell.clone_from(&filled);
                            } else {
                                cell.reset();
                            }
                        }
                    }
                    changed(run, buf);
                }
            }
            x += gw + scale;
        }
        true
    }
}

/// The countdown text for a remaining time that the engine has already rounded to whole
/// seconds: seconds under a minute, then "M:SS", then "H:MM:SS" (as plain mode prints).
/// Written into a buffer of its own, not allocated: a countdown makes one every second.
pub(crate) fn countdown_text(remaining: std::time::Duration) -> Countdown {
    let s = remaining.as_secs();
    let mut c = Countdown {
        bytes: [0; COUNTDOWN_MAX],
        len: 0,
    };
    // Digits from the right: the seconds, then minutes and hours with their colons.
    let mut push = |b: u8| {
        c.len += 1;
        c.bytes[COUNTDOWN_MAX - c.len] = b;
    };
    let digits = |mut n: u64, min: usize, push: &mut dyn FnMut(u8)| {
        let mut k = 0;
        while n > 0 || k < min.max(1) {
            push(b'0' + (n % 10) as u8);
            n /= 10;
            k += 1;
        }
    };
    if s < 60 {
        digits(s, 1, &mut push);
    } else if s < 3600 {
        digits(s % 60, 2, &mut push);
        push(b':');
        digits(s / 60, 1, &mut push);
    } else {
        digits(s % 60, 2, &mut push);
        push(b':');
        digits(s / 60 % 60, 2, &mut push);
        push(b':');
        digits(s / 3600, 1, &mut push);
    }
    c
}

/// Room for the longest countdown: "H:MM:SS" with the hours of any `u64` of seconds.
const COUNTDOWN_MAX: usize = 24;

/// [`countdown_text`]'s text, in place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Countdown {
    /// The text, right-aligned: the last `len` bytes.
    bytes: [u8; COUNTDOWN_MAX],
    len: usize,
}

impl Countdown {
    pub(crate) fn as_str(&self) -> &str {
        // Only ASCII digits and colons are written.
        std::str::from_utf8(&self.bytes[COUNTDOWN_MAX - self.len..]).unwrap_or("")
    }
}

impl std::fmt::Display for Countdown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::ops::Deref for Countdown {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

/// [`width`] of [`countdown_text`] at scale 1, worked out without the text (every second).
pub(crate) fn countdown_width(remaining: std::time::Duration) -> u16 {
    let s = remaining.as_secs();
    let digits = |n: u64| n.checked_ilog10().unwrap_or(0) as u16 + 1;
    // Six columns a digit with its gap, four a colon with its gap, less the last gap.
    let (lead, colons) = match s {
        0..60 => (s, 0),
        60..3600 => (s / 60, 1),
        _ => (s / 3600, 2),
    };
    (digits(lead) + 2 * colons).saturating_mul(6) + 4 * colons - 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    /// The countdown written in place is the text plain mode prints ([`crate::duration::clock`]
    /// from a minute on), at every second of a day and far beyond.
    #[test]
    fn the_countdown_text_is_the_clocks() {
        for s in (0..90_000).chain([359_999, 360_000, u64::MAX / 2, u64::MAX]) {
            let d = Duration::from_secs(s);
            let want = if s >= 60 {
                crate::duration::clock(d)
            } else {
                s.to_string()
            };
            assert_eq!(countdown_text(d).as_str(), want);
        }
    }

    #[test]
    fn every_phase_word_has_its_letters() {
        for w in [
            "READY",
            "HOLD",
            "REST",
            "SWITCH",
            "LEFT",
            "RIGHT",
            "IN",
            "OUT",
            "HOLD LEFT",
        ] {
            assert!(drawable(w), "{w}");
        }
    }

    #[test]
    fn words_are_drawn_big_in_capitals() {
        assert!(drawable("Light on") && !drawable("Rub it!"));
        // Six columns a letter with its gap, three for a space, less the last gap.
        assert_eq!(width("SIT UP", 1), 6 * 5 + 4 - 1);
        let area = Rect::new(0, 0, 11, 5);
        let mut buf = Buffer::empty(area);
        BigText {
            text: "Hi",
            style: Style::new(),
            unicode: false,
            scale: 1,
        }
        .render(area, &mut buf);
        assert_eq!(
            buf,
            Buffer::with_lines([
                "#   # #####",
                "#   #   #  ",
                "#####   #  ",
                "#   #   #  ",
                "#   # #####",
            ])
        );
    }

    #[test]
    fn countdown_width_is_the_width_of_its_text() {
        for s in (0..40_000).chain([359_999, 360_000, u64::from(u32::MAX)]) {
            let d = Duration::from_secs(s);
            assert_eq!(countdown_width(d), width(&countdown_text(d), 1), "{s} s");
        }
    }

    #[test]
    fn countdown_uses_minutes_then_hours() {
        assert_eq!(countdown_text(Duration::from_secs(25)).as_str(), "25");
        assert_eq!(countdown_text(Duration::ZERO).as_str(), "0");
        assert_eq!(countdown_text(Duration::from_secs(90)).as_str(), "1:30");
        assert_eq!(countdown_text(Duration::from_secs(600)).as_str(), "10:00");
        assert_eq!(
            countdown_text(Duration::from_secs(7199)).as_str(),
            "1:59:59"
        );
    }

    #[test]
    fn draws_big_or_small_and_never_panics() {
        for (w, h) in [(0, 0), (1, 1), (10, 3), (30, 5), (80, 24)] {
            let area = Rect::new(0, 0, w, h);
            let mut buf = Buffer::empty(area);
            BigText {
                text: "1:30",
                style: Style::new(),
                unicode: false,
                scale: 2,
            }
            .render(area, &mut buf);
        }
        let area = Rect::new(0, 0, 11, 5);
        let mut buf = Buffer::empty(area);
        BigText {
            text: "12",
            style: Style::new(),
            unicode: false,
            scale: 1,
        }
        .render(area, &mut buf);
        let expected = Buffer::with_lines([
            " ##   #####",
            "  #       #",
            "  #   #####",
            "  #   #    ",
            " ###  #####",
        ]);
        for y in 0..5 {
            for x in 0..11 {
                assert_eq!(
                    buf[(x, y)].symbol(),
                    expected[(x, y)].symbol(),
                    "at {x},{y}"
                );
            }
        }
    }

    /// Drawing over the last second's digits gives the digits drawn whole, at every scale,
    /// for every second of an hour and more, and the runs told changed are exactly the cells that
    /// differ (each once); areas cut by the buffer's edge too.
    #[test]
    fn digits_drawn_over_the_last_second_are_the_whole_digits() {
        for (scale, area, unicode) in [
            (1, Rect::new(3, 2, 120, 8), true),
            (2, Rect::new(3, 2, 120, 13), false),
            (3, Rect::new(3, 2, 120, 18), true),
            // Wider and taller than the buffer: the right and lower glyph cells are cut off.
            (2, Rect::new(80, 8, 100, 12), true),
        ] {
            let draw = |text: &str, buf: &mut Buffer| {
                BigText {
                    text,
                    style: Style::new().fg(ratatui::style::Color::Indexed(34)),
                    unicode,
                    scale,
                }
                .render(area, buf);
            };
            let mut was = countdown_text(Duration::from_secs(3700));
            let mut kept = Buffer::empty(Rect::new(0, 0, 130, 5 * scale + 6));
            draw(&was, &mut kept);
            let mut partly = 0;
            for s in (0..3700).rev() {
                let now = countdown_text(Duration::from_secs(s));
                let mut whole = Buffer::empty(kept.area);
                draw(&now, &mut whole);
                let before = kept.clone();
                let mut told = Vec::new();
                let over = BigText {
                    text: &now,
                    style: Style::new().fg(ratatui::style::Color::Indexed(34)),
                    unicode,
                    scale,
                }
                .redraw_over(&was, area, &mut kept, &mut |a, _| told.push(a));
                if over {
                    partly += 1;
                    let mut cells: Vec<(u16, u16)> = told
                        .iter()
                        .flat_map(|a| a.positions().map(|p| (p.x, p.y)))
                        .collect();
                    cells.sort_unstable();
                    let n = cells.len();
                    cells.dedup();
                    assert_eq!(cells.len(), n, "{was} -> {now}: a cell told twice");
                    let mut differ: Vec<(u16, u16)> = before
                        .area
                        .positions()
                        .filter(|p| before[*p] != whole[*p])
                        .map(|p| (p.x, p.y))
                        .collect();
                    differ.sort_unstable();
                    assert_eq!(cells, differ, "{was} -> {now} at scale {scale}");
                } else {
                    assert!(told.is_empty() && kept == before, "{was} -> {now}");
                    kept.reset();
                    draw(&now, &mut kept);
                }
                assert_eq!(kept, whole, "{was} -> {now} at scale {scale}");
                was = now;
            }
            // Every second but the few whose width changes ("10:00" to "9:59").
            assert!(partly > 3600, "scale {scale}: {partly}");
        }
    }
}
