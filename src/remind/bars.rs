//! Text for status bars: each bar's own escaping of a line of text (`remind next --format`).
//! A title comes from a file that may be shared (a dotfiles repository, a reminders.toml
//! passed around), so nothing in it may reach a bar as markup, a style or an action:
//!
//! - polybar: `%{...}` is a tag (`%{A1:command:}` runs a shell command on a click) and the
//!   tag parser has no escape for it, so the `{` after a `%` is left out; nothing else is
//!   special in polybar's text.
//! - waybar and i3blocks (`markup=pango`): Pango markup, so `&`, `<`, `>`, `'` and `"` become
//!   entities.
//! - tmux: the output of `#(command)` is expanded as a format (`#{...}`, `#(...)`, `#H`) and
//!   then drawn (`#[style]`), each pass turning `##` into `#`. A run of `#` is written four
//!   times over (twice before a `[`, which the expansion leaves alone), so it is drawn as
//!   the title had it.
//! - plain: none of the above is escaped, so everything any of these bars interprets is left
//!   out (`%{`, `#[`, `#(`, `#{` lose their bracket; `<` and `&` are dropped): a bar set up
//!   from an older README, reading the plain line, shows text and nothing else.
//!
//! Pure: the tests beside it and `tests/it/hardening.rs` check each against its bar's grammar.

/// A line of text for polybar: no `%{` tag can start in it.
pub fn polybar(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in one_line(text).chars() {
        if c == '{' && out.ends_with('%') {
            continue;
        }
        out.push(c);
    }
    out
}

/// A line of text as Pango markup (waybar, i3blocks with `markup=pango`).
pub fn pango(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in one_line(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\'' => out.push_str("&#39;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// A line of text for tmux's `#(command)` in a status line: drawn exactly as given.
pub fn tmux(text: &str) -> String {
    let line = one_line(text);
    let mut out = String::with_capacity(line.len() + 8);
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '#' {
            out.push(c);
            continue;
        }
        let mut run = 1;
        while chars.peek() == Some(&'#') {
            chars.next();
            run += 1;
        }
        let times = if chars.peek() == Some(&'[') { 2 } else { 4 };
        out.extend(std::iter::repeat_n('#', run * times));
    }
    out
}

/// A line of text with everything any status bar interprets left out.
pub fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in one_line(text).chars() {
        let opens = matches!(c, '{' | '[' | '(');
        if c == '<' || c == '&' {
            continue;
        }
        if opens && (out.ends_with('#') || (c == '{' && out.ends_with('%'))) {
            continue;
        }
        out.push(c);
    }
    out
}

/// One line: line breaks (and other vertical space) become spaces, since every bar reads one
/// line (polybar the last, i3blocks the first).
pub fn one_line(text: &str) -> std::borrow::Cow<'_, str> {
    let breaks = |c: char| {
        matches!(
            c,
            '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}'
        )
    };
    if text.contains(breaks) {
        text.replace(breaks, " ").into()
    } else {
        text.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_bar_escapes_what_it_interprets() {
        assert_eq!(polybar("a %{A1:rm -rf ~:}x%{A}"), "a %A1:rm -rf ~:}x%A}");
        assert_eq!(polybar("%%{{"), "%%");
        assert_eq!(
            pango("Tea & <b>biscuits</b>"),
            "Tea &amp; &lt;b&gt;biscuits&lt;/b&gt;"
        );
        assert_eq!(
            tmux("#[fg=red]#(id)#{host}"),
            "##[fg=red]####(id)####{host}"
        );
        assert_eq!(tmux("a##b"), "a########b");
        assert_eq!(
            plain("%{A1:x:}#[fg=red]#(id)#{h}<b>&amp;"),
            "%A1:x:}#fg=red]#id)#h}b>amp;"
        );
        assert_eq!(plain("#(((x"), "#x");
        assert_eq!(plain("a\nb\r\nc"), "a b  c");
    }
}
