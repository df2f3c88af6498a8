//! The pseudo-locale `en-XA`: English with every letter accented, vowels and every third letter
//! doubled (about 40% longer, as German and French often are) and each whole message in brackets. Text on a
//! screen without brackets was not a message (hard-coded); a message cut short loses its
//! closing bracket. Variables (numbers, titles from a file) are left as they are.

use std::borrow::Cow;

/// An ASCII letter accented (the same letter when it has no accented form here).
fn accent(c: char) -> char {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: &str = "åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";
    FROM.chars()
        .position(|f| f == c)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(c)
}

/// The literal text of a message made pseudo (Fluent's transform: placeables are not given
/// to it).
pub(super) fn transform(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 3);
    for (i, c) in text.chars().enumerate() {
        out.push(accent(c));
        // Vowels and every third letter twice: about 40% longer than English.
        if "aeiouyAEIOUY".contains(c) || (c.is_ascii_alphabetic() && i % 3 == 2) {
            out.push(accent(c));
        }
    }
    Cow::Owned(out)
}

/// A whole formatted message in its markers.
pub(super) fn mark(text: &str) -> String {
    format!("[{text}]")
}

/// The runs of ASCII letters in `text` outside en-XA's brackets, single letters too: the words
/// a test finds not converted (every letter a message gives is accented).
#[cfg(test)]
pub(crate) fn plain_ascii_runs(text: &str) -> Vec<String> {
    let mut depth = 0i32;
    let mut runs = Vec::new();
    let mut run = String::new();
    for c in text.chars().chain([' ']) {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            _ => {}
        }
        if depth == 0 && c.is_ascii_alphabetic() {
            run.push(c);
        } else if !run.is_empty() {
            runs.push(std::mem::take(&mut run));
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accented_longer_and_marked() {
        assert_eq!(transform("Hold."), "Ĥööļļđ.");
        assert_eq!(mark("x"), "[x]");
        let en = "Stop any stretch that hurts.";
        let p = transform(en);
        assert!(p.chars().count() * 10 >= en.chars().count() * 13, "{p}");
        assert!(p.chars().all(|c| !c.is_ascii_alphabetic()));
    }
}
