//! Text as windown holds it and lays it out.
//!
//! Holding: the one rule for characters that must never reach a terminal or a notification
//! ([`is_unsafe_char`]), the one rule for ids ([`is_valid_id`]), and the two types that carry
//! them, [`SafeText`] and [`Id`]. The readers (routine files, the stretch library,
//! reminders.toml, config) make these values after checking; everything that draws or prints
//! them afterwards takes them as they are, without escaping again. They live here, on the ground
//! floor, because routines and reminders both use them and neither should reach into the
//! other for a word about characters; `routine::model` names them again for its readers.
//!
//! Laying out: how wide a text is on screen, fitting it into a width with "…" where it is cut,
//! and wrapping it at spaces. What every screen and every command that prints a column or a
//! title uses. Two places measure for themselves, on purpose: `diag` quotes a source line
//! while escaping control characters (an escape is wider than the character it stands for),
//! and `routine::figures` checks that a figure's lines fit its box.
//!
//! Widths are display columns (`unicode-width`): a CJK character or most emoji take two, a
//! combining mark none. Line breaks and tabs in text that must stay on one line become spaces.
//! Nothing in the layout functions escapes control characters: text that was not read through
//! a checking reader is made printable ([`crate::diag::printable`]) before it is laid out.

use std::borrow::Cow;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The mark left where text was cut (one column).
pub(crate) const ELLIPSIS: char = '…';

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
pub(crate) fn fit(text: &str, max: usize) -> Cow<'_, str> {
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
pub(crate) fn fit_keeping_tail(head: &str, tail: &str, max: usize) -> String {
    let tail_w = width(tail);
    if tail_w > max {
        return fit(&format!("{head}{tail}"), max).into_owned();
    }
    format!("{}{tail}", fit(head, max - tail_w))
}

/// `text` as lines of at most `max` columns, broken at spaces where possible; a word longer
/// than a line is cut into pieces. The indentation of `text` is kept on every line. Always at
/// least one line.
pub(crate) fn wrap(text: &str, max: usize) -> Vec<String> {
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
pub(crate) fn padding(text: &str, cols: usize) -> String {
    " ".repeat(cols.saturating_sub(width(text)))
}

/// Is `c` a bidirectional formatting character (the embeddings and overrides U+202A-202E, the
/// isolates U+2066-2069, the marks U+200E, U+200F and U+061C)? They can make text read
/// differently from what it is ("Trojan Source"), so no text a file wrote may hold them.
pub(crate) fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
    )
}

/// The one character rule: characters that must never reach a terminal from user text. C0 and
/// C1 controls (except tab), DEL, and the bidirectional formatting characters
/// ([`is_bidi_control`]). Line breaks are refused here; a field that allows them says so
/// ([`first_unsafe`]).
pub fn is_unsafe_char(c: char) -> bool {
    (c.is_control() && c != '\t') || is_bidi_control(c)
}

/// The first character of `text` that a field may not hold: anything [`is_unsafe_char`]
/// refuses, except a line break when the field allows `lines`.
pub(crate) fn first_unsafe(text: &str, lines: bool) -> Option<char> {
    text.chars()
        .find(|&c| !(lines && c == '\n') && is_unsafe_char(c))
}

/// Why a bidirectional formatting character is refused, as a hint (message `hint-bidi`).
pub(crate) fn bidi_hint() -> String {
    crate::t!("hint-bidi")
}

/// The hint for a refused character `c`: `usual` for a control character, a word on what a
/// bidirectional formatting character does for one of those.
pub(crate) fn unsafe_hint(c: char, usual: &str) -> String {
    if is_bidi_control(c) {
        bidi_hint()
    } else {
        usual.to_string()
    }
}

/// Longest id (or figure name), in characters.
pub(crate) const MAX_ID_CHARS: usize = 64;

/// Is `id` a valid id of a routine, a stretch or a reminder: 1-64 of `a-z`, `0-9`, `-`, not
/// starting with `-`.
pub(crate) fn is_valid_id(id: &str) -> bool {
    is_valid_name(id, false)
}

/// Is `name` a valid figure name: 1-64 of `a-z`, `0-9`, `-`, `_`, not starting with `-`.
pub(crate) fn is_valid_figure_name(name: &str) -> bool {
    is_valid_name(name, true)
}

/// Plain text made safe inside HTML or a notification's markup (a subset of HTML): `&`, `<`,
/// `>` and both quotes become entities, so the text shows as written and nothing in it is
/// followed or loaded. The one escaper: the printed report and the notifications both use it.
pub(crate) fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn is_valid_name(name: &str, underscore: bool) -> bool {
    !name.is_empty()
        && name.len() <= MAX_ID_CHARS
        && !name.starts_with('-')
        && name.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || (underscore && b == b'_')
        })
}

/// Text that holds no character [`is_unsafe_char`] refuses, beyond the line breaks its field
/// allows (a title is one line; notes, instructions and bodies keep theirs). Tabs may stay: the
/// layout functions turn them into spaces. Drawn and printed as it is.
///
/// Made by the readers after checking a field with [`first_unsafe`] (a refused character is
/// reported with its place), or from text that was never checked by escaping what the rule
/// refuses ([`SafeText::escaped`], `From`), so the promise holds however it was made.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SafeText(String);

impl SafeText {
    /// No text at all.
    pub(crate) const EMPTY: SafeText = SafeText(String::new());

    #[cfg(test)]
    /// `text` when it holds nothing the rule refuses (line breaks only when `lines`), or the
    /// first character it refuses.
    pub(crate) fn checked(text: String, lines: bool) -> Result<SafeText, char> {
        match first_unsafe(&text, lines) {
            Some(c) => Err(c),
            None => Ok(SafeText(text)),
        }
    }

    /// `text` with each refused character (line breaks kept) written as a visible `\u{1b}`
    /// escape: for text that no reader checked, such as words built into the binary, and for
    /// a reader's value after it has reported the problem.
    pub(crate) fn escaped(text: &str) -> SafeText {
        if first_unsafe(text, true).is_none() {
            return SafeText(text.to_string());
        }
        let mut out = String::with_capacity(text.len() + 8);
        for c in text.chars() {
            if c != '\n' && is_unsafe_char(c) {
                out.push_str(&format!("\\u{{{:x}}}", c as u32));
            } else {
                out.push(c);
            }
        }
        SafeText(out)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Text from elsewhere (built into the binary, or a test's), made safe by escaping
/// ([`SafeText::escaped`]): never a way around the rule.
impl From<&str> for SafeText {
    fn from(text: &str) -> SafeText {
        SafeText::escaped(text)
    }
}

/// As `From<&str>`: refused characters become escapes; a clean string is kept as it is.
impl From<String> for SafeText {
    fn from(text: String) -> SafeText {
        if first_unsafe(&text, true).is_none() {
            SafeText(text)
        } else {
            SafeText::escaped(&text)
        }
    }
}

/// An id of a routine, a stretch or a reminder, known to follow [`is_valid_id`]: safe to
/// print, to put in a file name and to compare byte by byte.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Id(String);

impl Id {
    /// `id` when it is valid ([`is_valid_id`]).
    pub fn new(id: &str) -> Option<Id> {
        is_valid_id(id).then(|| Id(id.to_string()))
    }

    /// What a reader holds for an id it has already reported as invalid; never kept, since
    /// a reader that reported a problem returns its problems instead of its value.
    pub fn stand_in() -> Id {
        Id("unnamed".to_string())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

macro_rules! reads_as_str {
    ($t:ty) => {
        impl std::ops::Deref for $t {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }
        impl AsRef<str> for $t {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }
        impl std::borrow::Borrow<str> for $t {
            fn borrow(&self) -> &str {
                &self.0
            }
        }
        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }
        impl PartialEq<str> for $t {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }
        impl PartialEq<&str> for $t {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }
        impl PartialEq<String> for $t {
            fn eq(&self, other: &String) -> bool {
                &self.0 == other
            }
        }
        impl PartialEq<$t> for str {
            fn eq(&self, other: &$t) -> bool {
                self == other.0
            }
        }
        impl PartialEq<$t> for &str {
            fn eq(&self, other: &$t) -> bool {
                *self == other.0
            }
        }
        impl PartialEq<$t> for String {
            fn eq(&self, other: &$t) -> bool {
                *self == other.0
            }
        }
        impl From<$t> for String {
            fn from(t: $t) -> String {
                t.0
            }
        }

        /// Written as the text it holds (JSON output of the commands).
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&self.0)
            }
        }
    };
}

reads_as_str!(SafeText);
reads_as_str!(Id);

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

    #[test]
    fn the_character_rule_refuses_controls_and_bidi_but_not_tabs() {
        for c in ['\u{1b}', '\u{7}', '\u{7f}', '\u{85}', '\r', '\n'] {
            assert!(is_unsafe_char(c), "{c:?}");
        }
        for c in [
            '\u{202A}', '\u{202E}', '\u{2066}', '\u{2069}', '\u{200E}', '\u{200F}', '\u{061C}',
        ] {
            assert!(is_unsafe_char(c), "{c:?}");
            assert!(is_bidi_control(c), "{c:?}");
        }
        for c in ['\t', 'a', 'é', '…', '日', '\u{200D}'] {
            assert!(!is_unsafe_char(c), "{c:?}");
        }
        assert_eq!(first_unsafe("one\ntwo", true), None);
        assert_eq!(first_unsafe("one\ntwo", false), Some('\n'));
        assert_eq!(first_unsafe("a\u{202E}b", true), Some('\u{202E}'));
    }

    #[test]
    fn safe_text_is_checked_or_escaped() {
        let t = SafeText::checked("Calf\tstretch".into(), false).unwrap();
        assert_eq!(t, "Calf\tstretch");
        assert_eq!(SafeText::checked("a\nb".into(), false), Err('\n'));
        assert_eq!(
            SafeText::checked("a\nb".into(), true).unwrap().as_str(),
            "a\nb"
        );
        assert_eq!(SafeText::checked("x\u{1b}[2J".into(), true), Err('\u{1b}'));
        assert_eq!(
            SafeText::escaped("x\u{1b}[2J\ny").as_str(),
            "x\\u{1b}[2J\ny"
        );
        assert_eq!(SafeText::escaped("a\u{2066}b").as_str(), "a\\u{2066}b");
        assert_eq!(format!("{}", SafeText::escaped("plain")), "plain");
    }

    #[test]
    fn one_id_rule() {
        for good in ["a", "calf-2", "0", "wind-down", &"x".repeat(64)] {
            assert!(is_valid_id(good), "{good}");
            assert_eq!(Id::new(good).map(Id::into_string).as_deref(), Some(good));
        }
        for bad in ["", "-a", "A", "a_b", "a b", "ä", "../x", &"x".repeat(65)] {
            assert!(!is_valid_id(bad), "{bad}");
            assert!(Id::new(bad).is_none(), "{bad}");
        }
        assert!(is_valid_figure_name("wall_calf-2"));
        assert!(!is_valid_figure_name("-x"));
    }
}
