//! Which language windown speaks: decided once at start, from (first that gives one)
//! `--lang`, `language =` in config.toml, then the environment as gettext reads it
//! (`LANGUAGE`, a colon list, unless the locale is C or POSIX; then the first set of `LC_ALL`,
//! `LC_MESSAGES`, `LANG`), then English. Empty values are skipped; `.UTF-8` and `@modifier`
//! are stripped; a tag is negotiated down to a language windown has (`de_AT` → `de`,
//! `pt_BR` → `pt-BR` → `pt`). `LC_CTYPE` (is the terminal UTF-8: [`crate::locale`]) and
//! `LC_TIME` do not choose the language.

use super::{LANGUAGES, PSEUDO};

/// Where the language came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChosenBy {
    Flag,
    Config,
    /// An environment variable (its name).
    Env(&'static str),
    /// Nothing asked for one that windown has.
    Default,
}

/// The language chosen, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// One of [`LANGUAGES`] or [`PSEUDO`].
    pub lang: &'static str,
    pub from: ChosenBy,
}

/// The language of `tag` ("de_AT.UTF-8", "pt-BR", "fr") that windown has, if any: the whole
/// tag, then with its last part removed, and so on.
pub fn negotiate(tag: &str) -> Option<&'static str> {
    let tag = tag.split(['.', '@']).next().unwrap_or("").replace('_', "-");
    if tag.eq_ignore_ascii_case(PSEUDO) {
        return Some(PSEUDO);
    }
    let mut parts: Vec<&str> = tag.split('-').filter(|p| !p.is_empty()).collect();
    while !parts.is_empty() {
        let want = parts.join("-");
        if let Some(l) = LANGUAGES.iter().find(|l| l.eq_ignore_ascii_case(&want)) {
            return Some(l);
        }
        parts.pop();
    }
    None
}

/// Is this locale value the C locale (no translation)?
fn is_c(v: &str) -> bool {
    let base = v.split(['.', '@']).next().unwrap_or("");
    base == "C" || base == "POSIX"
}

/// The language: see the module docs. `flag` and `config` are what `--lang` and
/// `language =` say; `var` reads the environment (a closure, so tests need not touch it).
/// A flag or setting naming a language windown lacks is passed over (the flag's caller
/// says so first: [`negotiate`]).
pub fn choose(
    flag: Option<&str>,
    config: Option<&str>,
    var: impl Fn(&str) -> Option<String>,
) -> Choice {
    if let Some(lang) = flag.and_then(negotiate) {
        return Choice {
            lang,
            from: ChosenBy::Flag,
        };
    }
    if let Some(lang) = config.and_then(negotiate) {
        return Choice {
            lang,
            from: ChosenBy::Config,
        };
    }
    let get = |k: &str| var(k).filter(|v| !v.is_empty());
    // The locale for messages, as the C library settles it.
    let messages = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|k| get(k).map(|v| (k, v)));
    let c_locale = messages.as_ref().is_none_or(|(_, v)| is_c(v));
    if !c_locale && let Some(lang) = get("LANGUAGE").and_then(|l| l.split(':').find_map(negotiate))
    {
        return Choice {
            lang,
            from: ChosenBy::Env("LANGUAGE"),
        };
    }
    match messages {
        Some((k, v)) if !is_c(&v) => match negotiate(&v) {
            Some(lang) => Choice {
                lang,
                from: ChosenBy::Env(k),
            },
            None => Choice {
                lang: "en",
                from: ChosenBy::Default,
            },
        },
        _ => Choice {
            lang: "en",
            from: ChosenBy::Default,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| {
            vars.iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn tags_are_negotiated_down_to_a_language_windown_has() {
        assert_eq!(negotiate("de_AT.UTF-8"), Some("de"));
        assert_eq!(negotiate("de-DE@euro"), Some("de"));
        assert_eq!(negotiate("fr"), Some("fr"));
        assert_eq!(negotiate("es-419"), Some("es"));
        assert_eq!(negotiate("EN_gb"), Some("en"));
        assert_eq!(negotiate("en-XA"), Some("en-XA"));
        assert_eq!(negotiate("en_XA"), Some("en-XA"));
        // pt_BR -> pt-BR -> pt: windown has neither yet.
        assert_eq!(negotiate("pt_BR"), None);
        assert_eq!(negotiate("ja_JP.UTF-8"), None);
        assert_eq!(negotiate(""), None);
        assert_eq!(negotiate("C"), None);
    }

    #[test]
    fn flag_then_config_then_the_environment_in_gettext_order() {
        let all = [
            ("LANGUAGE", "fr:de"),
            ("LC_ALL", ""),
            ("LC_MESSAGES", "es_ES.UTF-8"),
            ("LANG", "de_DE.UTF-8"),
        ];
        let c = choose(Some("de"), Some("es"), env(&all));
        assert_eq!((c.lang, c.from), ("de", ChosenBy::Flag));
        let c = choose(None, Some("es"), env(&all));
        assert_eq!((c.lang, c.from), ("es", ChosenBy::Config));
        let c = choose(None, None, env(&all));
        assert_eq!((c.lang, c.from), ("fr", ChosenBy::Env("LANGUAGE")));
        // A language windown lacks is passed over.
        let c = choose(Some("ja"), Some("xx"), env(&all[1..]));
        assert_eq!((c.lang, c.from), ("es", ChosenBy::Env("LC_MESSAGES")));
        // LANGUAGE: the first it has; empty LC_ALL is skipped.
        let c = choose(
            None,
            None,
            env(&[("LANGUAGE", "ja:pt:de"), ("LANG", "en_US.UTF-8")]),
        );
        assert_eq!(c.lang, "de");
        // LC_ALL outranks LC_MESSAGES and LANG.
        let c = choose(
            None,
            None,
            env(&[("LC_ALL", "fr_FR.UTF-8"), ("LANG", "de_DE")]),
        );
        assert_eq!((c.lang, c.from), ("fr", ChosenBy::Env("LC_ALL")));
    }

    #[test]
    fn the_c_locale_and_unknown_languages_are_english() {
        // LANGUAGE is ignored under the C locale (gettext's rule), and with no locale at all.
        let c = choose(None, None, env(&[("LANGUAGE", "de"), ("LANG", "C.UTF-8")]));
        assert_eq!((c.lang, c.from), ("en", ChosenBy::Default));
        let c = choose(None, None, env(&[("LANGUAGE", "de")]));
        assert_eq!(c.lang, "en");
        let c = choose(None, None, env(&[("LANG", "ja_JP.UTF-8")]));
        assert_eq!((c.lang, c.from), ("en", ChosenBy::Default));
        let c = choose(None, None, env(&[]));
        assert_eq!((c.lang, c.from), ("en", ChosenBy::Default));
        // LC_CTYPE and LC_TIME never choose it.
        let c = choose(
            None,
            None,
            env(&[("LC_CTYPE", "de_DE.UTF-8"), ("LC_TIME", "fr_FR")]),
        );
        assert_eq!(c.lang, "en");
    }
}
