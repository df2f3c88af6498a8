//! Small wording helpers shared by every command's output, so that counts read naturally
//! ("1 night", "3 nights"). Cutting text to a width is [`crate::text::fit`].

/// `n` with the noun that fits it: `count(1, "night", "nights")` is `"1 night"`.
pub(crate) fn count(n: impl Into<u64>, one: &str, many: &str) -> String {
    let n = n.into();
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    #[test]
    fn picks_the_noun() {
        assert_eq!(super::count(1u32, "night", "nights"), "1 night");
        assert_eq!(super::count(0u32, "night", "nights"), "0 nights");
        assert_eq!(super::count(12u32, "night", "nights"), "12 nights");
    }
}
