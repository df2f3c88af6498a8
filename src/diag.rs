//! Diagnostics for user-written files: `error: path:line:column: message`, the offending
//! source line, a caret under the problem, and an optional hint.
//!
//! This module owns the *presentation* of a problem found in a file (routine, reminders,
//! config). It knows nothing about what the files mean: callers hand it a byte span into the
//! source text. It also owns the helpers every file reader needs: [`did_you_mean`] for
//! mistyped names, [`printable`], which makes any text safe to echo to a terminal (a file
//! shared by someone else must never be able to send escape sequences through our errors, nor
//! through its file name), and [`capped`], which sorts a file's problems and keeps the first 50.
//! A reader that may find many problems in one file locates them with [`Lines`] (one pass
//! over the file, then a binary search per problem, never a count from its start) and
//! collects them in [`Problems`], which builds only the first 50 by position: reporting a
//! broken file costs the same however broken it is.
//! A quoted line is measured in terminal columns (tabs shown as spaces, wide characters count
//! 2) and clipped to a window around the problem, so a 1 MB one-line file quotes 100 columns.

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use unicode_width::UnicodeWidthChar;

/// One problem in one file, located at a line and column (both 1-based, columns in characters).
/// Every text field is already printable: a hostile file name or file cannot reach the
/// terminal through it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub(crate) message: String,
    /// The source line, already made printable. `None` when there is no line to show (for
    /// example a file that could not be read at all).
    pub source_line: Option<String>,
    /// Where the caret starts under the printable source line (0-based, in terminal columns).
    pub caret_offset: usize,
    /// Width of the caret run (at least 1).
    pub caret_len: usize,
    pub(crate) hint: Option<String>,
    /// The problem ends what can be read of the file (a syntax error, a file that cannot be
    /// read): nothing of it is in force.
    pub(crate) ends_reading: bool,
}

impl Diagnostic {
    /// A problem at `span` (byte offsets into `source`). Out-of-range or mid-character spans
    /// are clamped, so no caller input can make this panic. The quoted line is made printable
    /// (tabs shown as spaces) and clipped to a window around the span on long lines.
    pub fn at(
        path: impl Into<String>,
        source: &str,
        span: Range<usize>,
        message: impl Into<String>,
    ) -> Self {
        // One problem: one pass over the text before it is as cheap as any index. A file's
        // many problems go through [`Lines`] or [`Problems`] instead.
        let start = floor_char_boundary(source, span.start.min(source.len()));
        let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
        let line = source[..line_start].matches('\n').count() + 1;
        Self::on_line(path, source, line, line_start, span, message)
    }

    /// A problem at `span` whose line (1-based) starts at byte `line_start`: the work after
    /// the line is known, proportional to the length of that line only.
    fn on_line(
        path: impl Into<String>,
        source: &str,
        line: usize,
        line_start: usize,
        span: Range<usize>,
        message: impl Into<String>,
    ) -> Self {
        let start = floor_char_boundary(source, span.start.min(source.len()));
        let end = floor_char_boundary(source, span.end.clamp(start, source.len()));
        let line_end = source[start..]
            .find('\n')
            .map_or(source.len(), |i| start + i);
        let before = &source[line_start..start];
        let on = source[start..end.min(line_end)].trim_end_matches('\r');
        let after = source[end.min(line_end)..line_end].trim_end_matches('\r');
        let quote = Quote::of(before, on, after);
        Diagnostic {
            path: printable(&path.into()).into_owned(),
            line,
            column: before.chars().count() + 1,
            message: printable(&message.into()).into_owned(),
            source_line: Some(quote.line),
            caret_offset: quote.caret_offset,
            caret_len: quote.caret_len,
            hint: None,
            ends_reading: false,
        }
    }

    /// The closing line of a file's capped list of problems: "... and N more problems in
    /// this file". It has no position (line 0) and prints as that sentence alone.
    pub(crate) fn omitted(path: impl Into<String>, n: usize) -> Self {
        let mut d = Diagnostic::file(path, crate::t!("error-more-problems", n = n));
        d.line = 0;
        d.column = 0;
        d
    }

    /// Is this the "... and N more problems" line of [`Diagnostic::omitted`]?
    pub fn is_omitted(&self) -> bool {
        self.line == 0
    }

    /// A problem that belongs to the whole file (unreadable, a directory, ...).
    pub(crate) fn file(path: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            path: printable(&path.into()).into_owned(),
            line: 1,
            column: 1,
            message: printable(&message.into()).into_owned(),
            source_line: None,
            caret_offset: 0,
            caret_len: 1,
            hint: None,
            ends_reading: false,
        }
    }

    pub(crate) fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(printable(&hint.into()).into_owned());
        self
    }

    /// Marked as ending what can be read of the file ([`Diagnostic::ends_reading`]).
    pub(crate) fn ending(mut self) -> Self {
        self.ends_reading = true;
        self
    }

    /// Does this problem end what can be read of its file (a syntax error, a file that cannot
    /// be read), so that nothing of the file is in force?
    pub(crate) fn ends_reading(&self) -> bool {
        self.ends_reading
    }

    /// The first line alone: `path:line:column: message` (no `error:` prefix), as shown in
    /// lists such as `windown list`.
    pub(crate) fn headline(&self) -> String {
        if self.is_omitted() {
            return format!("{}: {}", self.path, self.message);
        }
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
        if self.is_omitted() {
            return writeln!(f, "{}", self.message);
        }
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
pub(crate) fn printable(text: &str) -> Cow<'_, str> {
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

/// Characters that must never reach a terminal from user text: the one rule, kept in `text`.
pub use crate::text::is_unsafe_char;

/// Most problems reported for one file; the rest are counted in one closing line.
pub const MAX_PER_FILE: usize = 50;

/// Sort a file's problems by position and keep the first [`MAX_PER_FILE`], closing with
/// "... and N more problems in this file" when some were left out. `more` counts problems
/// that were found but never built (see the routine parser's cap).
pub fn capped(path: &str, mut problems: Vec<Diagnostic>, more: usize) -> Vec<Diagnostic> {
    problems.sort_by_key(|d| (d.line, d.column));
    let extra = problems.len().saturating_sub(MAX_PER_FILE) + more;
    problems.truncate(MAX_PER_FILE);
    if extra > 0 {
        problems.push(Diagnostic::omitted(path, extra));
    }
    problems
}

/// Where each line of a text starts, found in one pass: after that, the line of any byte
/// offset is a binary search, never a count from the start of the file. Built once per file
/// by the readers that may report many problems in it.
#[derive(Debug, Clone)]
pub struct Lines<'a> {
    text: &'a str,
    /// Byte offset of the start of each line; the first is 0.
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Lines<'a> {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        Lines { text, starts }
    }

    /// The 1-based line of byte `offset` (clamped to the text), and where that line starts.
    pub(crate) fn line_of(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(self.text, offset.min(self.text.len()));
        // The number of line starts at or before `offset`; there is always one (0).
        let n = self.starts.partition_point(|&s| s <= offset);
        (n, self.starts[n - 1])
    }

    /// [`Diagnostic::at`] without rescanning the text.
    pub fn at(
        &self,
        path: impl Into<String>,
        span: Range<usize>,
        message: impl Into<String>,
    ) -> Diagnostic {
        let (line, line_start) = self.line_of(span.start);
        Diagnostic::on_line(path, self.text, line, line_start, span, message)
    }
}

/// A file's problems as they are found. Finding one costs its message and nothing more; only
/// the first [`MAX_PER_FILE`] by position are ever built into diagnostics (each of which
/// quotes its line), the rest are counted in one closing line. However broken a file is,
/// reporting it is one pass to index its lines, a sort, and fifty quotes.
#[derive(Debug)]
pub(crate) struct Problems<'a> {
    path: &'a str,
    lines: Lines<'a>,
    found: Vec<Problem>,
}

/// One problem before it is built into a [`Diagnostic`]: where, what, and the hint.
#[derive(Debug)]
pub(crate) struct Problem {
    span: Range<usize>,
    message: String,
    hint: Option<Cow<'static, str>>,
    ends_reading: bool,
}

impl Problem {
    pub(crate) fn new(span: Range<usize>, message: impl Into<String>) -> Problem {
        Problem {
            span,
            message: message.into(),
            hint: None,
            ends_reading: false,
        }
    }

    /// A diagnostic built elsewhere (serde's words, say) as a problem at `span`.
    pub(crate) fn from_diagnostic(span: Range<usize>, d: Diagnostic) -> Problem {
        Problem {
            span,
            message: d.message,
            hint: d.hint.map(Cow::Owned),
            ends_reading: d.ends_reading,
        }
    }

    /// Marked as ending what can be read of the file (a syntax error).
    pub(crate) fn ending(mut self) -> Problem {
        self.ends_reading = true;
        self
    }

    pub(crate) fn with_hint(mut self, hint: impl Into<Cow<'static, str>>) -> Problem {
        self.hint = Some(hint.into());
        self
    }

    /// `hint`, unless the problem already has one.
    pub(crate) fn or_hint(self, hint: Option<String>) -> Problem {
        match (&self.hint, hint) {
            (None, Some(h)) => self.with_hint(h),
            _ => self,
        }
    }
}

impl<'a> Problems<'a> {
    /// No problems yet in `text`, the content of the file shown as `path`.
    pub(crate) fn new(path: &'a str, text: &'a str) -> Problems<'a> {
        Problems {
            path,
            lines: Lines::new(text),
            found: Vec::new(),
        }
    }

    /// The lines of the file, for messages that name another line.
    pub(crate) fn lines(&self) -> &Lines<'a> {
        &self.lines
    }

    pub(crate) fn push(&mut self, problem: Problem) {
        self.found.push(problem);
    }

    pub(crate) fn len(&self) -> usize {
        self.found.len()
    }

    /// Are [`MAX_PER_FILE`] problems found already? A reader that finds problems in file
    /// order can then skip costly hints: what it finds from here on is only counted.
    pub(crate) fn is_full(&self) -> bool {
        self.found.len() >= MAX_PER_FILE
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.found.is_empty()
    }

    /// The first [`MAX_PER_FILE`] problems by position, built, then "... and N more".
    pub(crate) fn finish(self) -> Vec<Diagnostic> {
        let path = self.path;
        let (mut out, more) = self.finish_counted();
        if more > 0 {
            out.push(Diagnostic::omitted(path, more));
        }
        out
    }

    /// The first [`MAX_PER_FILE`] problems by position, built, and how many more were found
    /// (for a reader that adds its own before [`capped`]).
    pub(crate) fn finish_counted(mut self) -> (Vec<Diagnostic>, usize) {
        // Stable: problems at one place keep the order they were found in.
        self.found.sort_by_key(|f| f.span.start);
        let more = self.found.len().saturating_sub(MAX_PER_FILE);
        self.found.truncate(MAX_PER_FILE);
        let out: Vec<Diagnostic> = self
            .found
            .into_iter()
            .map(|f| {
                let mut d = self.lines.at(self.path, f.span, f.message);
                d.ends_reading = f.ends_reading;
                match f.hint {
                    Some(h) => d.with_hint(h),
                    None => d,
                }
            })
            .collect();
        (out, more)
    }
}

/// Widest quoted source line, in terminal columns; longer lines are clipped around the span.
const QUOTE_COLUMNS: usize = 100;
/// Columns of the line shown before the span when a line is clipped.
const LEFT_CONTEXT: usize = 30;
/// Columns a tab takes in a quoted line.
const TAB_COLUMNS: usize = 4;

/// A quoted source line, ready to print, with where its caret goes.
struct Quote {
    line: String,
    caret_offset: usize,
    caret_len: usize,
}

/// One source character as shown in a quote: tabs as spaces, control characters escaped.
fn shown(c: char) -> (Cow<'static, str>, usize) {
    if c == '\t' {
        (Cow::Borrowed("    "), TAB_COLUMNS)
    } else if is_unsafe_char(c) {
        let e = format!("\\u{{{:x}}}", c as u32);
        let w = e.len();
        (Cow::Owned(e), w)
    } else {
        (
            Cow::Owned(c.to_string()),
            UnicodeWidthChar::width(c).unwrap_or(0),
        )
    }
}

/// Shown characters of `text` in order while they fit in `budget` columns: the text, its
/// width, and whether all of `text` fitted.
fn fit(chars: impl Iterator<Item = char>, budget: usize) -> (Vec<Cow<'static, str>>, usize, bool) {
    let mut out = Vec::new();
    let mut used = 0;
    for c in chars {
        let (piece, w) = shown(c);
        if used + w > budget {
            return (out, used, false);
        }
        used += w;
        out.push(piece);
    }
    (out, used, true)
}

impl Quote {
    fn of(before: &str, on: &str, after: &str) -> Quote {
        let whole = before.chars().chain(on.chars()).chain(after.chars());
        let (_, _, fits) = fit(whole, QUOTE_COLUMNS);
        if fits {
            let (b, bw, _) = fit(before.chars(), usize::MAX);
            let (o, ow, _) = fit(on.chars(), usize::MAX);
            let (a, _, _) = fit(after.chars(), usize::MAX);
            return Quote {
                line: b.into_iter().chain(o).chain(a).collect(),
                caret_offset: bw,
                caret_len: ow.max(1),
            };
        }
        // Clip: some context on the left, the span, then the rest of the line as it fits,
        // with "…" (one column) wherever text was left out.
        let (mut left, lw, left_all) = fit(before.chars().rev(), LEFT_CONTEXT);
        left.reverse();
        let prefix = if left_all { 0 } else { 1 };
        let room = QUOTE_COLUMNS - prefix - lw - 1;
        let (mid, mw, on_all) = fit(on.chars(), room);
        let (right, _, right_all) = if on_all {
            fit(after.chars(), room - mw)
        } else {
            (Vec::new(), 0, after.is_empty())
        };
        let mut line = String::new();
        if !left_all {
            line.push('…');
        }
        line.extend(left);
        line.extend(mid);
        line.extend(right);
        if !(on_all && right_all) {
            line.push('…');
        }
        Quote {
            line,
            caret_offset: prefix + lw,
            caret_len: mw.max(1),
        }
    }
}

/// The closest candidate to a mistyped `input`, if one is close enough to be a likely typo.
/// Case is ignored ("Calves" suggests "calves"); only a candidate equal to `input` itself is
/// never suggested. The distance is `strsim`'s optimal string alignment over characters:
/// insertions, deletions, substitutions and swaps of two neighbours ("hodl" for "hold") each
/// count 1.
pub(crate) fn did_you_mean<'a, I>(input: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let input_lc = input.to_lowercase();
    let input_len = input_lc.chars().count();
    candidates
        .into_iter()
        .filter(|c| *c != input)
        .filter_map(|c| {
            let c_lc = c.to_lowercase();
            let d = strsim::osa_distance(&input_lc, &c_lc);
            let longest = input_len.max(c_lc.chars().count());
            let close = d <= (longest / 3).max(1);
            let completes = input_len >= 3 && c_lc.starts_with(&input_lc);
            (close || completes).then_some((d, c))
        })
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Decode a file's bytes as UTF-8, or a diagnostic pointing at the first bad byte.
pub(crate) fn decode_utf8<'a>(path: &str, bytes: &'a [u8]) -> Result<&'a str, Diagnostic> {
    std::str::from_utf8(bytes).map_err(|e| {
        let good = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
        let at = good.len();
        Diagnostic::at(path, good, at..at, crate::t!("error-not-utf8"))
            .with_hint(crate::t!("hint-not-utf8"))
            .ending()
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
    use unicode_width::UnicodeWidthStr;

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

    #[test]
    fn file_names_are_made_printable() {
        let d = Diagnostic::at("e\u{1b}[31mvil.toml", "x", 0..1, "m");
        assert_eq!(d.path, "e\\u{1b}[31mvil.toml");
        let f = Diagnostic::file("e\u{1b}vil", "m");
        assert!(!f.to_string().contains('\u{1b}'));
    }

    #[test]
    fn caret_lines_up_after_tabs_and_wide_characters() {
        for src in ["\tx = \"\tbad\" z", "title = \"日本語\" z", "\t日\tz"] {
            let at = src.find('z').unwrap();
            let out = Diagnostic::at("f", src, at..at + 1, "m").to_string();
            let lines: Vec<&str> = out.lines().collect();
            assert!(!lines[2].contains('\t'), "{out}");
            let quoted = lines[2].split_once(" | ").unwrap().1;
            let caret = lines[3].split_once(" | ").unwrap().1;
            let z = quoted.find('z').unwrap();
            assert_eq!(
                UnicodeWidthStr::width(&quoted[..z]),
                caret.find('^').unwrap(),
                "{out}"
            );
        }
    }

    #[test]
    fn long_lines_are_clipped_around_the_span() {
        let src = format!("{}BAD{}", "a".repeat(500_000), "b".repeat(500_000));
        let at = src.find("BAD").unwrap();
        let d = Diagnostic::at("f", &src, at..at + 3, "m");
        let line = d.source_line.clone().unwrap();
        assert!(UnicodeWidthStr::width(line.as_str()) <= 100, "{line}");
        assert!(line.starts_with('…') && line.ends_with('…'));
        let caret_at = d.caret_offset;
        let shown: String = line.chars().skip(caret_at).take(3).collect();
        assert_eq!((shown.as_str(), d.caret_len), ("BAD", 3));
        assert!(d.to_string().len() < 400);
    }

    #[test]
    fn lines_locate_like_a_scan_from_the_start() {
        let src = "a\nbé\n\nlast line\n";
        let lines = Lines::new(src);
        for start in 0..=src.len() + 2 {
            for len in [0, 1, 3] {
                let span = start..start + len;
                assert_eq!(
                    lines.at("f", span.clone(), "m"),
                    Diagnostic::at("f", src, span.clone(), "m"),
                    "{span:?}"
                );
            }
        }
    }

    #[test]
    fn problems_keep_the_first_fifty_by_position_and_count_the_rest() {
        let src = "x\n".repeat(100);
        let mut p = Problems::new("f", &src);
        for i in (0..100).rev() {
            p.push(Problem::new(i * 2..i * 2 + 1, format!("m{i}")).with_hint("h"));
        }
        assert_eq!(p.len(), 100);
        let ds = p.finish();
        assert_eq!(ds.len(), 51);
        assert_eq!(ds[0].headline(), "f:1:1: m0");
        assert_eq!(ds[49].headline(), "f:50:1: m49");
        assert_eq!(ds[0].hint.as_deref(), Some("h"));
        assert_eq!(
            ds[50].to_string(),
            "... and 50 more problems in this file\n"
        );
    }

    #[test]
    fn problems_are_sorted_and_capped() {
        let src = "a\nb\n";
        let ds: Vec<Diagnostic> = (0..60)
            .map(|i| Diagnostic::at("f", src, (i % 3)..(i % 3), "m"))
            .rev()
            .collect();
        let capped = capped("f", ds, 5);
        assert_eq!(capped.len(), 51);
        assert!(capped[..50].windows(2).all(|w| w[0].line <= w[1].line));
        assert_eq!(
            capped[50].to_string(),
            "... and 15 more problems in this file\n"
        );
    }

    #[test]
    fn suggestions_ignore_case_and_count_swaps_as_one() {
        assert_eq!(
            did_you_mean("Evening-Legs", ["evening-legs-extended", "evening-legs"]),
            Some("evening-legs")
        );
        assert_eq!(did_you_mean("Calves", ["calves", "feet"]), Some("calves"));
        assert_eq!(did_you_mean("Both", ["none", "both"]), Some("both"));
        assert_eq!(did_you_mean("hodl", ["hold", "reps"]), Some("hold"));
        assert_eq!(did_you_mean("taks", ["timed", "task"]), Some("task"));
        assert_eq!(did_you_mean("task", ["timed", "task"]), None);
        assert_eq!(strsim::osa_distance("ab", "ba"), 1);
        assert_eq!(strsim::osa_distance("", "abc"), 3);
    }
}
