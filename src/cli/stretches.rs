//! `windown stretches`: the stretch library's ids and titles (in the language), built-in and the person's own,
//! with the problems of any library file that did not load (on stderr, exit 1).
//!
//! A thin shell around the pure [`render`], which the tests read.

use std::process::ExitCode;

use crate::error::{CmdResult, print_err, print_out};
use crate::paths::Dirs;
use crate::routine::content::words_or_own;
use crate::routine::library::Library;
use crate::{t, text};

/// `windown stretches`.
pub(crate) fn stretches(dirs: &Dirs) -> CmdResult {
    let lib = Library::with_folder(&dirs.stretches());
    print_out(&render(&lib))?;
    if lib.problems.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    let err: String = lib.problems.iter().map(|d| d.to_string()).collect();
    print_err(&err);
    Ok(ExitCode::from(1))
}

/// The table: id, title, sides, and where each stretch comes from; then how to use one.
pub(crate) fn render(lib: &Library) -> String {
    let mut rows: Vec<[String; 4]> = vec![[
        t!("cli-stretches-id"),
        t!("cli-stretches-title"),
        t!("cli-stretches-sides"),
        t!("cli-stretches-from"),
    ]];
    let (builtin, yours) = (t!("cli-stretches-built-in"), t!("cli-stretches-yours"));
    // The library's titles in the language (content.ftl), the person's own as written.
    let m = crate::i18n::current();
    for s in lib.stretches() {
        rows.push([
            s.id.to_string(),
            text::fit(&words_or_own(m, &s.title, None), 44).into_owned(),
            s.sides.clone().unwrap_or_else(|| "-".into()),
            if s.builtin { &builtin } else { &yours }.clone(),
        ]);
    }
    let mut widths = [0usize; 4];
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(text::width(cell));
        }
    }
    let mut out = String::new();
    for row in &rows {
        let line: String = row
            .iter()
            .zip(widths)
            .map(|(cell, w)| format!("{cell}{}  ", text::padding(cell, w)))
            .collect();
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&t!("cli-stretches-use"));
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_listing_names_every_builtin_stretch() {
        let out = render(Library::builtin());
        for id in [
            "wall-calf",
            "bent-knee-calf",
            "seated-hamstring",
            "towel-hamstring",
            "standing-quad",
            "side-lying-quad",
        ] {
            assert!(
                out.lines().any(|l| l.starts_with(id)),
                "{id} missing:\n{out}"
            );
        }
        assert!(out.starts_with("ID "), "{out}");
    }
}
