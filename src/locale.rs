//! The one decision about the locale windown makes: does it ask for UTF-8 text? The
//! interface draws box lines and Unicode figures only when it does, and falls back to ASCII
//! otherwise. Owns reading `LC_ALL`, `LC_CTYPE` and `LANG` for that; nothing else here (no
//! languages, no number or date formats).

/// Does the locale ask for UTF-8 text? The first of `LC_ALL`, `LC_CTYPE`, `LANG` that is set
/// and not empty decides (the POSIX order the C library follows); nothing set means no. The
/// variables come through `var` (`|k| std::env::var(k).ok()` at the edge), so tests need not
/// touch the process environment.
pub(crate) fn is_utf8(var: impl Fn(&str) -> Option<String>) -> bool {
    ["LC_ALL", "LC_CTYPE", "LANG"]
        .into_iter()
        .find_map(|k| var(k).filter(|v| !v.is_empty()))
        .is_some_and(|v| {
            let v = v.to_ascii_lowercase();
            v.contains("utf-8") || v.contains("utf8")
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf8(vars: &[(&str, &str)]) -> bool {
        is_utf8(|k| {
            vars.iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn the_first_set_variable_decides_in_posix_order() {
        assert!(utf8(&[("LANG", "en_GB.UTF-8")]));
        assert!(utf8(&[("LC_CTYPE", "C.utf8"), ("LANG", "C")]));
        assert!(!utf8(&[("LC_ALL", "C"), ("LANG", "en_GB.UTF-8")]));
        assert!(utf8(&[("LC_ALL", ""), ("LANG", "en_GB.UTF-8")]));
        assert!(utf8(&[("LC_ALL", ""), ("LC_CTYPE", "C.utf8")]));
        assert!(!utf8(&[]));
    }
}
