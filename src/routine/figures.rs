//! Line-art figures that show a stretch: the person's figures folder (`Dirs::figures()`) first,
//! then the built-in ones from `assets/figures/`.
//!
//! A figure `NAME` is the file `NAME.txt` (plain ASCII, works in any terminal) with an
//! optional Unicode variant `NAME.utf8.txt`, used only when the terminal's locale is UTF-8
//! (the caller asks [`crate::locale::is_utf8`]).
//! Owns reading and cleaning figures: tabs become spaces, control characters become spaces,
//! trailing blank lines go, and a figure is cropped to 20 lines by 40 terminal columns (a wide
//! character counts 2). Only regular files are read (a FIFO is passed over, never waited on). It never fails:
//! an unusable file falls through to the next candidate.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::builtin;
use super::parse::is_valid_figure_name;
use crate::paths::Dirs;

/// Most lines in a figure.
pub(crate) const MAX_LINES: usize = 20;
/// Most columns in a figure.
pub(crate) const MAX_COLUMNS: usize = 40;
/// Largest figure file read, in bytes.
const MAX_FILE_BYTES: u64 = 64 * 1024;

/// A cleaned figure, ready to draw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    pub(crate) lines: Vec<String>,
    /// Widest line, in terminal columns.
    pub(crate) width: u16,
    pub(crate) height: u16,
}

/// The figure `name`: the user's folder first, then the built-in ones; the Unicode variant
/// first when `unicode` is true. With `unicode == false` the result is pure ASCII (a file
/// holding other characters is passed over).
pub fn figure(dirs: &Dirs, name: &str, unicode: bool) -> Option<Figure> {
    if !is_valid_figure_name(name) {
        return None;
    }
    let user = dirs.figures();
    let user_file = |suffix: &str| {
        let path = user.join(format!("{name}{suffix}"));
        crate::shape::read_text_file(&path, MAX_FILE_BYTES).ok()
    };
    let builtin_file = |suffix: &str| {
        let key = format!("{name}{}", suffix.trim_end_matches(".txt"));
        builtin::FIGURES
            .iter()
            .find(|(n, _)| *n == key)
            .map(|(_, text)| (*text).to_string())
    };
    let suffixes: &[&str] = if unicode {
        &[".utf8.txt", ".txt"]
    } else {
        &[".txt"]
    };
    let candidates = suffixes
        .iter()
        .map(|s| user_file(s))
        .chain(suffixes.iter().map(|s| builtin_file(s)));
    for text in candidates.flatten() {
        if !unicode && !text.is_ascii() {
            continue;
        }
        if let Some(f) = clean(&text) {
            return Some(f);
        }
    }
    None
}

/// Names of the built-in figures (without the `.utf8` variants), for hints.
pub(crate) fn builtin_names() -> impl Iterator<Item = &'static str> {
    builtin::FIGURES
        .iter()
        .map(|(n, _)| *n)
        .filter(|n| !n.ends_with(".utf8"))
}

/// Tabs to spaces, control characters to spaces, cropped; `None` if nothing is left.
pub fn clean(text: &str) -> Option<Figure> {
    let mut lines: Vec<String> = text
        .lines()
        .take(MAX_LINES)
        .map(|line| {
            let mut out = String::new();
            let mut col = 0;
            for c in line.chars() {
                if c == '\t' {
                    let next = (col / 4 + 1) * 4;
                    while col < next && col < MAX_COLUMNS {
                        out.push(' ');
                        col += 1;
                    }
                } else {
                    let c = if crate::diag::is_unsafe_char(c) || c.is_control() {
                        ' '
                    } else {
                        c
                    };
                    let w = c.width().unwrap_or(0);
                    if col + w <= MAX_COLUMNS {
                        out.push(c);
                        col += w;
                    }
                }
            }
            out.trim_end().to_string()
        })
        .collect();
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    if lines.is_empty() {
        return None;
    }
    let width = lines.iter().map(|l| l.width()).max().unwrap_or(0);
    Some(Figure {
        width: u16::try_from(width).unwrap_or(u16::MAX),
        height: u16::try_from(lines.len()).unwrap_or(u16::MAX),
        lines,
    })
}
