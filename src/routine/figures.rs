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

/// The sheet of every built-in figure beside the words of each stretch that shows it
/// (`docs/figures.md`), for a reviewer to read a drawing against what it illustrates. The
/// figures are drawn by hand, so no test can read their pose: the sheet is how a person
/// checks one, and it is written from the files themselves, so it cannot drift from them.
#[cfg(test)]
fn sheet() -> String {
    use super::library::Library;
    use super::model::{Side, fill_sides};
    let mut out = String::from(
        "# The figures and their words\n\n\
         Every built-in figure (`assets/figures/`), drawn as a session shows it (the ASCII \
         file; the `.utf8.txt` one differs only in its line characters), under the words of \
         each stretch that shows it, read for the left side. The figures are drawn by hand: \
         read each one against its words. This page is written by a test from the files \
         themselves (`WINDOWN_BLESS_FIGURES=1 cargo test --lib routine::figures`), and the \
         test fails when it is out of date.\n",
    );
    for name in builtin_names() {
        let (_, text) = builtin::FIGURES
            .iter()
            .find(|(n, _)| *n == name)
            .expect("a listed figure");
        out.push_str(&format!("\n## {name}\n"));
        for s in Library::builtin()
            .stretches()
            .iter()
            .filter(|s| s.figure.as_deref() == Some(name))
        {
            out.push_str(&format!("\n**{}** (`{}`)\n\n", s.title.as_str(), s.id));
            for i in &s.instructions {
                out.push_str(&format!("- {}\n", fill_sides(i.as_str(), Some(Side::Left))));
            }
            if let Some(c) = &s.caution {
                out.push_str(&format!("\nCaution: {}\n", c.as_str()));
            }
        }
        out.push_str("\n```text\n");
        out.push_str(text.trim_end());
        out.push_str("\n```\n");
    }
    out
}

#[cfg(test)]
mod sheet_tests {
    use std::path::Path;

    /// `docs/figures.md` is the sheet written from today's figures and stretches.
    #[test]
    fn the_figure_sheet_is_current() {
        let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/figures.md");
        let sheet = super::sheet();
        if std::env::var_os("WINDOWN_BLESS_FIGURES").is_some() {
            std::fs::write(&file, &sheet).expect("docs/figures.md written");
            return;
        }
        let kept = std::fs::read_to_string(&file).unwrap_or_default();
        assert!(
            kept == sheet,
            "{} is out of date: run WINDOWN_BLESS_FIGURES=1 cargo test --lib routine::figures",
            file.display()
        );
    }

    /// Every built-in figure is on the sheet, under at least one stretch's words.
    #[test]
    fn every_figure_is_on_the_sheet_with_words() {
        let sheet = super::sheet();
        for name in super::builtin_names() {
            let at = sheet
                .find(&format!("\n## {name}\n"))
                .unwrap_or_else(|| panic!("{name} is not on the sheet"));
            let section = &sheet[at..];
            let section = &section[..section[4..].find("\n## ").map_or(section.len(), |e| e + 4)];
            assert!(section.contains("\n**"), "{name} has no stretch's words");
            assert!(section.contains("```text\n"), "{name} is not drawn");
        }
    }
}
