//! Diagnostics for user-written files: `error: path:line:column: message`, the offending
//! source line, a caret under the problem, and an optional hint.
//!
//! This module owns the *presentation* of a problem found in a file (routine, reminders,
//! config). It knows nothing about what the files mean: callers hand it a byte span into the
//! source text. It also owns two small helpers every file reader needs: [`did_you_mean`] for
//! mistyped names, and [`printable`], which makes any text safe to echo to a terminal (a file
//! shared by someone else must never be able to send escape sequences through our errors).

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

/// One problem in one file, located at a line and column (both 1-based, columns in characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
    /// The source line, already made printable. `None` when there is no line to show (for
    /// example a file that could not be read at all).
    pub source_line: Option<String>,
    /// Where the caret starts under the printable source line (0-based, in characters).
    pub caret_offset: usize,
    /// Width of the caret run (at least 1).
    pub caret_len: usize,
    pub hint: Option<String>,
}

impl Diagnostic {
    /// A problem at `span` (byte offsets into `source`). Out-of-range or mid-character spans
    /// are clamped, so no caller input can make this panic.
    pub fn at(
        path: impl Into<String>,
        source: &str,
        span: Range<usize>,
        message: impl Into<String>,
    ) -> Self {
        let start = floor_char_boundary(source, span.start.min(source.len()));
        let end = floor_char_boundary(source, span.end.clamp(start, source.len()));
        let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = source[start..]
            .find('\n')
            .map_or(source.len(), |i| start + i);
        let line_text = source[line_start..line_end].trim_end_matches('\r');
        let before = &source[line_start..start];
        let on_line = source[start..end.min(line_end)].trim_end_matches('\r');
        Diagnostic {
            path: path.into(),
            line: source[..start].matches('\n').count() + 1,
            column: before.chars().count() + 1,
            message: printable(&message.into()).into_owned(),
            source_line: Some(printable(line_text).into_owned()),
            caret_offset: printable(before).chars().count(),
            caret_len: printable(on_line).chars().count().max(1),
            hint: None,
        }
    }

    /// A problem that belongs to the whole file (unreadable, a directory, ...).
    pub fn file(path: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            path: path.into(),
            line: 1,
            column: 1,
            message: printable(&message.into()).into_owned(),
            source_line: None,
            caret_offset: 0,
            caret_len: 1,
            hint: None,
        }
    }

    /// A problem at a 1-based line and column when only those are known.
    pub fn at_line_col(
        path: impl Into<String>,
        source: &str,
        line: usize,
        column: usize,
        message: impl Into<String>,
    ) -> Self {
        let offset = byte_offset_of(source, line, column);
        Self::at(path, source, offset..offset + 1, message)
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(printable(&hint.into()).into_owned());
        self
    }

    /// The first line alone: `path:line:column: message` (no `error:` prefix), as shown in
    /// lists such as `windown list`.
    pub fn headline(&self) -> String {
        format!(
            "{}:{}:{}: {}",
            self.path, self.line, self.column, self.message
        )
    }
}

impl fmt::Display for Diagnostic {
    /// ```text
    /// error: routines/x.toml:7:12: unknown target "hamstring"
    ///   |
    /// 7 | targets = ["hamstring"]
    ///   |            ^^^^^^^^^^^
    ///   = hint: did you mean "hamstrings"?
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "error: {}", self.headline())?;
        let gutter = self.line.to_string().len();
        if let Some(src) = &self.source_line {
            writeln!(f, "{:gutter$} |", "")?;
            writeln!(f, "{} | {}", self.line, src)?;
            writeln!(
                f,
                "{:gutter$} | {}{}",
                "",
                " ".repeat(self.caret_offset),
                "^".repeat(self.caret_len)
            )?;
        }
        if let Some(hint) = &self.hint {
            writeln!(f, "{:gutter$} = hint: {}", "", hint)?;
        }
        Ok(())
    }
}

/// Text made safe for a terminal: control characters other than tab become visible escapes
/// (`\u{1b}`), so quoting a hostile file can never move the cursor or change colours.
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe_char(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Characters that must never reach a terminal from user text: C0 and C1 controls (except tab),
/// DEL, and bidi overrides that can make text read differently from what it is.
pub fn is_unsafe_char(c: char) -> bool {
    (c.is_control() && c != '\t') || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The closest candidate to a mistyped `input`, if one is close enough to be a likely typo.
pub fn did_you_mean<'a, I>(input: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let input_lc = input.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (edit_distance(&input_lc, &c.to_lowercase()), c))
        .filter(|(d, c)| {
            let longest = input_lc.chars().count().max(c.chars().count());
            *d > 0 && *d <= (longest / 3).max(1)
                || (*d > 0 && c.to_lowercase().starts_with(&input_lc) && input_lc.len() >= 3)
        })
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Levenshtein distance over characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Byte offset of a 1-based line and column (in characters), clamped to the text.
pub fn byte_offset_of(source: &str, line: usize, column: usize) -> usize {
    let mut offset = 0;
    for _ in 1..line.max(1) {
        match source[offset..].find('\n') {
            Some(i) => offset += i + 1,
            None => return source.len(),
        }
    }
    let rest = &source[offset..];
    let line_len = rest.find('\n').unwrap_or(rest.len());
    offset
        + rest[..line_len]
            .char_indices()
            .nth(column.saturating_sub(1))
            .map_or(line_len, |(i, _)| i)
}

/// Decode a file's bytes as UTF-8, or a diagnostic pointing at the first bad byte.
pub fn decode_utf8<'a>(path: &str, bytes: &'a [u8]) -> Result<&'a str, Diagnostic> {
    std::str::from_utf8(bytes).map_err(|e| {
        let good = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
        let at = good.len();
        Diagnostic::at(path, good, at..at, "file is not valid UTF-8 text")
            .with_hint("save the file as UTF-8 (routine and reminder files are plain text)")
    })
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_caret_under_the_span() {
        let src = "title = \"x\"\ntargets = [\"hamstring\"]\n";
        let start = src.find("\"hamstring\"").unwrap();
        let d = Diagnostic::at(
            "a.toml",
            src,
            start..start + 11,
            "unknown target \"hamstring\"",
        )
        .with_hint("did you mean \"hamstrings\"?");
        assert_eq!(
            d.to_string(),
            "error: a.toml:2:12: unknown target \"hamstring\"\n  |\n2 | targets = [\"hamstring\"]\n  |            ^^^^^^^^^^^\n  = hint: did you mean \"hamstrings\"?\n"
        );
    }

    #[test]
    fn escapes_control_bytes_and_keeps_caret_aligned() {
        let src = "a = \"\u{1b}[31m\" x";
        let at = src.find('x').unwrap();
        let d = Diagnostic::at("f", src, at..at + 1, "bad \u{1b}");
        let out = d.to_string();
        assert!(!out.contains('\u{1b}'));
        let lines: Vec<&str> = out.lines().collect();
        let src_col = lines[2].find('x').unwrap();
        let caret_col = lines[3].find('^').unwrap();
        assert_eq!(src_col, caret_col);
    }

    #[test]
    fn never_panics_on_odd_spans() {
        let src = "é\n";
        for s in 0..6 {
            for e in 0..6 {
                let _ = Diagnostic::at("f", src, s..e, "m").to_string();
            }
        }
        let (s, e) = (3, 1);
        let _ = Diagnostic::at("f", "", s..e, "m").to_string();
    }

    #[test]
    fn suggests_close_names_only() {
        let names = ["calves", "hamstrings", "quadriceps"];
        assert_eq!(did_you_mean("hamstring", names), Some("hamstrings"));
        assert_eq!(did_you_mean("quads", names), None);
        assert_eq!(did_you_mean("zzzzzz", names), None);
        assert_eq!(
            did_you_mean("evening-leg", ["evening-legs", "wind-down"]),
            Some("evening-legs")
        );
    }

    #[test]
    fn invalid_utf8_points_at_the_bad_byte() {
        let d = decode_utf8("f", b"ok = 1\nbad = \"\xff\"").unwrap_err();
        assert_eq!((d.line, d.column), (2, 8));
    }
}
