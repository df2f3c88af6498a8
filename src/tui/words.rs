//! The screens' fixed words in the chosen language, formatted once and kept: a frame drawn
//! again allocates nothing for them (the countdown's per-second path stays free of
//! allocation).
//!
//! The key tables keep their English words (the docs' key tables are checked against them);
//! [`key`] and [`hint`] find their messages by those words: `tui-key-` or `tui-hint-` and the
//! English in lower case, words joined by `-` ("skip to the next phase" is
//! `tui-key-skip-to-the-next-phase`). A table's words without a message show in English.
//!
//! Owns nothing but that cache.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use crate::i18n::{self, Messages};

/// (language, prefix, id or English words) to the text shown.
type Kept = HashMap<(&'static str, &'static str, &'static str), &'static str>;

static KEPT: Mutex<Option<Kept>> = Mutex::new(None);

/// English, to know which words have a message at all.
fn source() -> &'static Messages {
    static EN: OnceLock<Messages> = OnceLock::new();
    EN.get_or_init(|| Messages::builtin("en"))
}

/// The text kept for `(prefix, what)` in the current language, made by `make` the first time.
fn kept(
    prefix: &'static str,
    what: &'static str,
    make: impl FnOnce(&Messages) -> String,
) -> &'static str {
    let m = i18n::current();
    let k = (m.lang(), prefix, what);
    let mut kept = KEPT
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let map = kept.get_or_insert_with(HashMap::new);
    if let Some(s) = map.get(&k) {
        return s;
    }
    // Leaked once per language and message: a fixed, small set.
    let s: &'static str = Box::leak(make(m).into_boxed_str());
    map.insert(k, s);
    s
}

/// Message `id` (one without variables) in the current language.
pub(crate) fn fixed(id: &'static str) -> &'static str {
    kept("", id, |m| m.tr(id, &[]))
}

/// The draft notice (`language-draft`) while the language is a draft, in that language.
pub(crate) fn draft_notice() -> Option<&'static str> {
    let s = kept("draft:", "language-draft", |m| {
        if m.status().is_draft() {
            m.tr("language-draft", &[])
        } else {
            String::new()
        }
    });
    (!s.is_empty()).then_some(s)
}

/// The id of a key table's English words: `tui-key-skip-to-the-next-phase`.
fn slug(prefix: &str, english: &str) -> String {
    let mut id = String::from(prefix);
    let mut dash = false;
    for c in english.chars() {
        if c.is_ascii_alphanumeric() {
            if dash && !id.ends_with('-') {
                id.push('-');
            }
            dash = false;
            id.push(c.to_ascii_lowercase());
        } else {
            dash = true;
        }
    }
    id
}

/// What a key does (a [`super::keys::Binding`]'s `does`), in the current language.
pub(crate) fn key(english: &'static str) -> &'static str {
    words("tui-key-", english)
}

/// A hint's words ("pause", "skip"), in the current language.
pub(crate) fn hint(english: &'static str) -> &'static str {
    words("tui-hint-", english)
}

fn words(prefix: &'static str, english: &'static str) -> &'static str {
    kept(prefix, english, |m| {
        let id = slug(prefix, english);
        if source().has(&id) {
            m.tr(&id, &[])
        } else {
            english.to_string()
        }
    })
}

#[cfg(test)]
pub(crate) fn key_id(english: &str) -> String {
    slug("tui-key-", english)
}

#[cfg(test)]
pub(crate) fn hint_id(english: &str) -> String {
    slug("tui-hint-", english)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_the_english_words_joined() {
        assert_eq!(
            key_id("pause / resume (on a task step: done)"),
            "tui-key-pause-resume-on-a-task-step-done"
        );
        assert_eq!(hint_id("stop and leave"), "tui-hint-stop-and-leave");
    }

    /// The words of a table: (what it does, its hint's words).
    fn table<A>(t: &[crate::tui::keys::Binding<A>]) -> Vec<(&'static str, Option<&'static str>)> {
        t.iter()
            .map(|b| (b.does, b.hint.map(|h| h.words)))
            .collect()
    }

    /// Every key of these screens has its messages, and their English is the table's words
    /// (which the docs' key tables are checked against); the words a screen puts in place of
    /// a hint too.
    #[test]
    fn the_evening_screens_keys_have_messages_with_the_same_english() {
        use crate::tui::screens::{help, home, session, setup, summary};
        let en = source();
        let all = [
            table(home::KEYS),
            table(home::CHECKIN_KEYS),
            table(home::HOW_MANY_KEYS),
            table(home::WOKE_KEYS),
            table(home::LEG_KEYS),
            table(session::KEYS),
            table(help::TOO_SMALL_KEYS),
            table(help::HELP_KEYS),
            table(help::QUIT_KEYS),
            table(crate::tui::app::GLOBAL_KEYS),
            table(summary::KEYS),
            table(setup::COMMON_KEYS),
            table(setup::READ_KEYS),
            table(setup::YES_NO_KEYS),
            table(setup::TIME_KEYS),
            table(setup::DONE_KEYS),
        ];
        let mut wanted: Vec<(String, &str)> = Vec::new();
        for &(does, hint) in all.iter().flatten() {
            wanted.push((key_id(does), does));
            if let Some(h) = hint {
                wanted.push((hint_id(h), h));
            }
        }
        // Put in place of a hint by the session screen; in the help of the setup's time.
        for h in ["done", "resume", "unmute"] {
            wanted.push((hint_id(h), h));
        }
        let typing = "type the time: 10:30 pm, 22:30";
        wanted.push((key_id(typing), typing));
        let missing: Vec<&(String, &str)> = wanted
            .iter()
            .filter(|(id, english)| !en.has(id) || en.tr(id, &[]) != *english)
            .collect();
        assert!(
            missing.is_empty(),
            "no message or other English: {missing:?}"
        );
    }

    #[test]
    fn words_without_a_message_stay_english() {
        assert_eq!(key("a thing no table says"), "a thing no table says");
    }
}
