//! Small wording helpers shared by every command's output, so that counts read naturally
//! ("1 night", "3 nights") and long titles are cut the same way wherever they appear.

/// `n` with the noun that fits it: `count(1, "night", "nights")` is `"1 night"`.
pub fn count(n: impl Into<u64>, one: &str, many: &str) -> String {
    let n = n.into();
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `text` on one line in at most `max` terminal columns, ending in "..." when cut. Line
/// breaks and tabs become spaces. The one shortener for titles in lists and messages.
pub fn shorten(text: &str, max: usize) -> String {
    use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
    let one_line = text.replace(['\n', '\t'], " ");
    if one_line.width() <= max {
        return one_line;
    }
    let room = max.saturating_sub(3);
    let mut out = String::new();
    let mut used = 0;
    for c in one_line.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push_str("...");
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn picks_the_noun() {
        assert_eq!(super::count(1u32, "night", "nights"), "1 night");
        assert_eq!(super::count(0u32, "night", "nights"), "0 nights");
        assert_eq!(super::count(12u32, "night", "nights"), "12 nights");
    }

    #[test]
    fn shortens_by_columns() {
        assert_eq!(super::shorten("Calf\tstretch", 20), "Calf stretch");
        assert_eq!(super::shorten("abcdefghij", 8), "abcde...");
        assert_eq!(super::shorten("日本語の題名です", 9), "日本語...");
    }
}
