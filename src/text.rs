//! Laying text out in terminal columns: how wide a text is on screen, fitting it into a width
//! with "…" where it is cut, and wrapping it at spaces. What every screen and every command
//! that prints a column or a title uses. Two places measure for themselves, on purpose:
//! `diag` quotes a source line while escaping control characters (an escape is wider than the
//! character it stands for), and `routine::figures` checks that a figure's lines fit its box.
//!
//! Widths are display columns (`unicode-width`): a CJK character or most emoji take two, a
//! combining mark none. Line breaks and tabs in text that must stay on one line become spaces.
//! Nothing here escapes control characters: text from a file is made printable
//! ([`crate::diag::printable`]) before it is laid out.

use std::borrow::Cow;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The mark left where text was cut (one column).
pub const ELLIPSIS: char = '…';

/// How many terminal columns `text` takes on one line.
pub fn width(text: &str) -> usize {
    text.width()
}

/// The columns of one character (0 for combining marks and controls).
fn char_width(c: char) -> usize {
    c.width().unwrap_or(0)
}

/// `text` on one line in at most `max` columns, ending in "…" when cut. Line breaks and tabs
/// become spaces. A wide character that would straddle the edge is left out whole.
pub fn fit(text: &str, max: usize) -> Cow<'_, str> {
    let one_line: Cow<str> = if text.contains(['\n', '\t']) {
        Cow::Owned(text.replace(['\n', '\t'], " "))
    } else {
        Cow::Borrowed(text)
    };
    if one_line.width() <= max {
        return one_line;
    }
    if max == 0 {
        return Cow::Borrowed("");
    }
    let room = max - 1;
    let mut out = String::new();
    let mut used = 0;
    for c in one_line.chars() {
        let w = char_width(c);
        if used + w > room {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push(ELLIPSIS);
    Cow::Owned(out)
}

/// `head` and `tail` in at most `max` columns, cutting `head` (with "…") so that `tail` stays
/// whole: "Standing quadriceps…- LEFT LEG". When even `tail` does not fit, it is cut too.
pub fn fit_keeping_tail(head: &str, tail: &str, max: usize) -> String {
    let tail_w = width(tail);
    if tail_w > max {
        return fit(&format!("{head}{tail}"), max).into_owned();
    }
    format!("{}{tail}", fit(head, max - tail_w))
}

/// `text` as lines of at most `max` columns, broken at spaces where possible; a word longer
/// than a line is cut into pieces. The indentation of `text` is kept on every line. Always at
/// least one line.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let body = text.trim_start_matches(' ');
    let indent = &text[..text.len() - body.len()];
    let room = max.saturating_sub(indent.len());
    if room == 0 {
        return vec![fit(text, max).into_owned()];
    }
    let mut out = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in body.split(' ') {
        let mut word = word;
        loop {
            let w = width(word);
            let need = w + usize::from(used > 0);
            if used + need <= room {
                if used > 0 {
                    line.push(' ');
                }
                line.push_str(word);
                used += need;
                break;
            }
            if used > 0 {
                out.push(format!("{indent}{}", std::mem::take(&mut line)));
                used = 0;
                continue;
            }
            // A word longer than a whole line: as much of it as fits, then the rest.
            let (head, rest) = split_at_columns(word, room);
            out.push(format!("{indent}{head}"));
            word = rest;
            if word.is_empty() {
                break;
            }
        }
    }
    if !line.is_empty() || out.is_empty() {
        out.push(format!("{indent}{line}"));
    }
    out
}

/// The longest start of `text` that fits in `max` columns (at least one character, so that
/// wrapping always moves on), and the rest.
fn split_at_columns(text: &str, max: usize) -> (&str, &str) {
    let mut used = 0;
    for (i, c) in text.char_indices() {
        let w = char_width(c);
        if used + w > max && i > 0 {
            return text.split_at(i);
        }
        used += w;
    }
    (text, "")
}

/// The spaces that pad `text` to `cols` columns (none when it is already as wide), to put
/// before it (right-aligned) or after it (left-aligned).
pub fn padding(text: &str, cols: usize) -> String {
    " ".repeat(cols.saturating_sub(width(text)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_cuts_by_columns_with_an_ellipsis() {
        assert_eq!(fit("Calf\tstretch", 20), "Calf stretch");
        assert_eq!(fit("abcdefghij", 8), "abcdefg…");
        assert_eq!(fit("abcdefghij", 10), "abcdefghij");
        assert_eq!(fit("abc", 0), "");
        assert_eq!(fit("abc", 1), "…");
        // Two columns each: a wide character never straddles the edge.
        assert_eq!(fit("日本語の題名です", 9), "日本語の…");
        assert_eq!(fit("日本語の題名です", 8), "日本語…");
        assert!(width(&fit("日本語の題名です", 8)) <= 8);
        assert_eq!(fit("🦵🦵🦵🦵", 5), "🦵🦵…");
        assert_eq!(fit("two\nlines", 20), "two lines");
    }

    #[test]
    fn the_tail_stays_whole() {
        assert_eq!(
            fit_keeping_tail("HOLD Standing stretch", " - LEFT LEG", 20),
            "HOLD Sta… - LEFT LEG"
        );
        assert_eq!(
            fit_keeping_tail("HOLD", " - LEFT LEG", 20),
            "HOLD - LEFT LEG"
        );
        assert_eq!(fit_keeping_tail("HOLD", " - LEFT LEG", 5), "HOLD…");
    }

    #[test]
    fn wrap_breaks_at_spaces_and_keeps_the_indent() {
        assert_eq!(wrap("  ab cd ef", 7), vec!["  ab cd", "  ef"]);
        assert_eq!(wrap("abcdefgh", 3), vec!["abc", "def", "gh"]);
        assert_eq!(wrap("", 5), vec![""]);
        assert_eq!(wrap("日本語 日本語", 6), vec!["日本語", "日本語"]);
        assert_eq!(wrap("日本語日本語", 5), vec!["日本", "語日", "本語"]);
        // Never stuck on a character wider than the line.
        assert_eq!(wrap("日", 1), vec!["日"]);
        for l in wrap("a 日本語の題名です and some more words", 7) {
            assert!(width(&l) <= 7, "{l}");
        }
    }

    #[test]
    fn padding_counts_columns() {
        assert_eq!(padding("ab", 4), "  ");
        assert_eq!(padding("日本", 5), " ");
        assert_eq!(padding("abcdef", 3), "");
    }
}
