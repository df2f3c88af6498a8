//! Key bindings as data. Each screen has one table of [`Binding`]s (its keys, the action they
//! trigger, the words that say what they do, and whether and how they show in the hint line).
//! The same table drives the key handler ([`action`]), the help overlay ([`help_rows`]), the
//! hint line at the bottom of the screen ([`hint_line`]) and is checked against the README's
//! key tables by a test, so none of them can drift from the others.
//!
//! Owns key names and matching; knows nothing of what an action does.

use std::borrow::Cow;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::text::{Line, Span};

use super::theme::{self, Look};
use crate::text;

/// One key as a person presses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// A character key (an upper-case letter is its shifted key).
    Char(char),
    /// Ctrl and a letter.
    Ctrl(char),
    Enter,
    Esc,
    Backspace,
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
}

impl Key {
    /// Whether the key event is this key. Ctrl and Alt must be pressed only for [`Key::Ctrl`];
    /// Shift is part of the character.
    pub(crate) fn matches(self, ev: &KeyEvent) -> bool {
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        let alt = ev.modifiers.contains(KeyModifiers::ALT);
        match self {
            Key::Ctrl(c) => ctrl && !alt && ev.code == KeyCode::Char(c),
            _ if ctrl || alt => false,
            Key::Char(c) => ev.code == KeyCode::Char(c),
            Key::Enter => ev.code == KeyCode::Enter,
            Key::Esc => ev.code == KeyCode::Esc,
            Key::Backspace => ev.code == KeyCode::Backspace,
            Key::Up => ev.code == KeyCode::Up,
            Key::Down => ev.code == KeyCode::Down,
            Key::Left => ev.code == KeyCode::Left,
            Key::Right => ev.code == KeyCode::Right,
            Key::PageUp => ev.code == KeyCode::PageUp,
            Key::PageDown => ev.code == KeyCode::PageDown,
            Key::Home => ev.code == KeyCode::Home,
            Key::End => ev.code == KeyCode::End,
        }
    }

    /// The key's name as shown on screen and in the README: `space`, `Enter`, `↑`, `Ctrl-C`.
    /// Arrows are words in ASCII (`up`).
    pub fn name(self, unicode: bool) -> Cow<'static, str> {
        let arrow = |u: &'static str, a: &'static str| Cow::Borrowed(if unicode { u } else { a });
        match self {
            Key::Char(' ') => "space".into(),
            Key::Char(c) => c.to_string().into(),
            Key::Ctrl(c) => format!("Ctrl-{}", c.to_ascii_uppercase()).into(),
            Key::Enter => "Enter".into(),
            Key::Esc => "Esc".into(),
            Key::Backspace => "Backspace".into(),
            Key::Up => arrow("↑", "up"),
            Key::Down => arrow("↓", "down"),
            Key::Left => arrow("←", "left"),
            Key::Right => arrow("→", "right"),
            Key::PageUp => "PgUp".into(),
            Key::PageDown => "PgDn".into(),
            Key::Home => "Home".into(),
            Key::End => "End".into(),
        }
    }
}

/// How a binding shows in the hint line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hint {
    /// The key name to show, when not the binding's first key (`↑↓` for a pair of bindings).
    pub(crate) key: Option<&'static str>,
    /// The short words after the key ("start", "pause").
    pub(crate) words: &'static str,
    /// When the line is too narrow, hints with the lowest `keep` go first.
    pub(crate) keep: u8,
}

/// A hint shown as the binding's first key.
pub(crate) const fn hint(words: &'static str, keep: u8) -> Option<Hint> {
    Some(Hint {
        key: None,
        words,
        keep,
    })
}

/// A hint shown under another key name (`↑↓`).
pub(crate) const fn hint_as(key: &'static str, words: &'static str, keep: u8) -> Option<Hint> {
    Some(Hint {
        key: Some(key),
        words,
        keep,
    })
}

/// One row of a screen's key table.
#[derive(Debug, Clone, Copy)]
pub struct Binding<A: 'static> {
    /// The keys that do it; the first is the one shown in hints.
    pub keys: &'static [Key],
    pub(crate) action: A,
    /// What it does, in the help overlay and the README.
    pub does: &'static str,
    /// How it shows in the hint line (`None`: only in the help).
    pub(crate) hint: Option<Hint>,
}

/// The action bound to `ev` in `table`, if any (key releases are nothing).
pub(crate) fn action<A: Copy>(table: &[Binding<A>], ev: &KeyEvent) -> Option<A> {
    if ev.kind == KeyEventKind::Release {
        return None;
    }
    table
        .iter()
        .find(|b| b.keys.iter().any(|k| k.matches(ev)))
        .map(|b| b.action)
}

/// The keys of a binding as one label: `n/→`.
pub(crate) fn keys_label(keys: &[Key], unicode: bool) -> String {
    keys.iter()
        .map(|k| k.name(unicode))
        .collect::<Vec<_>>()
        .join("/")
}

/// One row of the help overlay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpRow {
    pub(crate) keys: String,
    pub(crate) does: &'static str,
}

/// The help rows of a table, in its order.
pub(crate) fn help_rows<A>(table: &[Binding<A>], unicode: bool) -> Vec<HelpRow> {
    table
        .iter()
        .map(|b| HelpRow {
            keys: keys_label(b.keys, unicode),
            does: super::words::key(b.does),
        })
        .collect()
}

/// Every key of a table.
pub(crate) fn keys_of<A>(table: &[Binding<A>]) -> impl Iterator<Item = Key> + '_ {
    table.iter().flat_map(|b| b.keys.iter().copied())
}

/// The help rows of the bindings of `table` whose action `acts` keeps, each with only its
/// keys that `taken` leaves to it (the keys of a table asked first, an open question's); a
/// binding left without a key is left out. The help then lists the keys that work now.
pub(crate) fn help_rows_beside<A: Copy>(
    table: &[Binding<A>],
    acts: impl Fn(A) -> bool,
    taken: &[Key],
    unicode: bool,
) -> Vec<HelpRow> {
    table
        .iter()
        .filter(|b| acts(b.action))
        .filter_map(|b| {
            let left: Vec<Key> = b
                .keys
                .iter()
                .copied()
                .filter(|k| !taken.contains(k))
                .collect();
            (!left.is_empty()).then(|| HelpRow {
                keys: keys_label(&left, unicode),
                does: super::words::key(b.does),
            })
        })
        .collect()
}

/// The hint line of a table at `width` columns. `words` may change what a hint says in the
/// screen's present state (`pause` / `resume`) or hide it (`None`); it gets the binding's
/// action and its default words. When the whole line does not fit, the hints with the lowest
/// `keep` are left out first (the help lists them all).
pub(crate) fn hint_line<A: Copy>(
    look: Look,
    table: &[Binding<A>],
    width: u16,
    words: impl Fn(A, &'static str) -> Option<&'static str>,
) -> Line<'static> {
    let mut shown: Vec<(u8, Cow<'static, str>, &'static str)> = table
        .iter()
        .filter_map(|b| {
            let h = b.hint?;
            let w = super::words::hint(words(b.action, h.words)?);
            let key = match h.key {
                Some(k) if !look.unicode && (k.contains("↑↓") || k.contains("←→")) => {
                    Cow::Owned(k.replace("↑↓", "up/down").replace("←→", "left/right"))
                }
                Some(k) => Cow::Borrowed(k),
                None => b.keys.first()?.name(look.unicode),
            };
            Some((h.keep, key, w))
        })
        .collect();
    // The line's width, worked out without building it: a space, each key and its words,
    // the dots between.
    let wide = |shown: &[(u8, Cow<'static, str>, &'static str)]| {
        1 + shown
            .iter()
            .map(|(_, k, w)| text::width(k) + 1 + text::width(w))
            .sum::<usize>()
            + text::width(look.dot()) * shown.len().saturating_sub(1)
    };
    let width = usize::from(width);
    while wide(&shown) > width && shown.len() > 1 {
        // Leave out the least needed (the last of them when several tie).
        let least = shown.iter().map(|(k, _, _)| *k).min().unwrap_or(0);
        if let Some(i) = shown.iter().rposition(|(k, _, _)| *k == least) {
            shown.remove(i);
        }
    }
    let fits = wide(&shown) <= width;
    let line = theme::key_line(look, shown.into_iter().map(|(_, k, w)| (k, w)));
    if fits {
        line
    } else {
        // Even one hint is too wide: cut it.
        Line::raw(text::fit(&line.to_string(), width).into_owned())
    }
}

/// A message's text as a line with the key names in it (`Enter`, `space`) in the keys' style:
/// the translator places them, the code finds them (whole words only).
pub(crate) fn keyed_line(text: &'static str, keys: &[&str]) -> Line<'static> {
    let word_edge = |s: &str, at: usize, len: usize| {
        let before = s[..at].chars().next_back();
        let after = s[at + len..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    };
    let mut spans = Vec::new();
    let mut rest = 0;
    let mut i = 0;
    while i < text.len() {
        let hit = keys
            .iter()
            .find(|k| text[i..].starts_with(**k) && word_edge(text, i, k.len()));
        match hit {
            Some(k) => {
                if rest < i {
                    spans.push(Span::raw(&text[rest..i]));
                }
                spans.push(Span::styled(&text[i..i + k.len()], theme::key_style()));
                i += k.len();
                rest = i;
            }
            None => i += text[i..].chars().next().map_or(1, char::len_utf8),
        }
    }
    if rest < text.len() {
        spans.push(Span::raw(&text[rest..]));
    }
    Line::from(spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum A {
        Go,
        Stop,
        Help,
    }

    const TABLE: &[Binding<A>] = &[
        Binding {
            keys: &[Key::Enter, Key::Char('g')],
            action: A::Go,
            does: "go on",
            hint: hint("go", 3),
        },
        Binding {
            keys: &[Key::Char('q'), Key::Esc, Key::Ctrl('c')],
            action: A::Stop,
            does: "stop",
            hint: hint("stop", 9),
        },
        Binding {
            keys: &[Key::Char('?')],
            action: A::Help,
            does: "this help",
            hint: hint("help", 5),
        },
    ];

    #[test]
    fn the_table_drives_the_handler() {
        let k = |c| KeyEvent::from(c);
        assert_eq!(action(TABLE, &k(KeyCode::Enter)), Some(A::Go));
        assert_eq!(action(TABLE, &k(KeyCode::Char('g'))), Some(A::Go));
        assert_eq!(action(TABLE, &k(KeyCode::Esc)), Some(A::Stop));
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(action(TABLE, &ctrl_c), Some(A::Stop));
        // Ctrl-G is not g, and c alone is not Ctrl-C.
        let ctrl_g = KeyEvent::new(KeyCode::Char('g'), KeyModifiers::CONTROL);
        assert_eq!(action(TABLE, &ctrl_g), None);
        assert_eq!(action(TABLE, &k(KeyCode::Char('c'))), None);
        let mut release = k(KeyCode::Enter);
        release.kind = KeyEventKind::Release;
        assert_eq!(action(TABLE, &release), None);
    }

    #[test]
    fn the_table_drives_the_help_and_the_hints() {
        let rows = help_rows(TABLE, true);
        assert_eq!(rows[1].keys, "q/Esc/Ctrl-C");
        assert_eq!(rows[0].does, "go on");
        let all = hint_line(Look::FULL, TABLE, 80, |_, w| Some(w));
        assert_eq!(all.to_string(), " Enter go · q stop · ? help");
        // Narrow: the lowest keep goes first.
        let narrow = hint_line(Look::FULL, TABLE, 20, |_, w| Some(w));
        assert_eq!(narrow.to_string(), " q stop · ? help");
        // The screen renames or hides a hint.
        let renamed = hint_line(Look::FULL, TABLE, 80, |a, w| match a {
            A::Go => Some("resume"),
            A::Help => None,
            _ => Some(w),
        });
        assert_eq!(renamed.to_string(), " Enter resume · q stop");
        // Never wider than the width, even for one hint.
        let tiny = hint_line(Look::FULL, TABLE, 4, |_, w| Some(w));
        assert!(tiny.width() <= 4, "{tiny}");
    }

    #[test]
    fn key_names_in_a_message_are_styled() {
        let l = keyed_line("Press Enter or space when done", &["Enter", "space"]);
        let parts: Vec<&str> = l.spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(parts, ["Press ", "Enter", " or ", "space", " when done"]);
        assert_eq!(l.spans[1].style, theme::key_style());
        // Not inside a word.
        assert_eq!(keyed_line("spaceship", &["space"]).spans.len(), 1);
    }

    #[test]
    fn arrows_are_words_in_ascii() {
        assert_eq!(keys_label(&[Key::Up, Key::Char('k')], false), "up/k");
        assert_eq!(keys_label(&[Key::Up, Key::Char('k')], true), "↑/k");
        assert_eq!(Key::Char(' ').name(true), "space");
    }
}
