//! The shape of the code and of its documentation, checked: only the interface draws, and the
//! README's key tables say what the key tables in the code say.

use std::path::{Path, PathBuf};

use windown::tui::app::GLOBAL_KEYS;
use windown::tui::keys::Binding;
use windown::tui::screens::{
    editor, help, home, progress, relief, reminders, session, setup, summary, trial,
};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("a readable folder") {
        let p = e.expect("an entry").path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn no_module_outside_the_interface_imports_ratatui() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let tui = root.join("src").join("tui");
    let mut found = Vec::new();
    for f in files.iter().filter(|f| !f.starts_with(&tui)) {
        let text = std::fs::read_to_string(f).expect("a readable file");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if code.contains("ratatui") || code.contains("crossterm") {
                found.push(format!("{}:{}: {}", f.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(found.len() < files.len(), "the walk found the source files");
    assert!(
        found.is_empty(),
        "drawing outside src/tui:\n{}",
        found.join("\n")
    );
}

/// A row as the README writes it: the key names, and what they do.
type Row = (Vec<String>, &'static str);

/// A table's rows as the README writes them.
fn rows<A>(table: &[Binding<A>]) -> Vec<Row> {
    table
        .iter()
        .map(|b| {
            let keys = b.keys.iter().map(|k| k.name(true).into_owned()).collect();
            (keys, b.does)
        })
        .collect()
}

/// The rows of the docs' table after `<!-- keys: NAME -->`: the backticked names in the first
/// cell, and the second cell.
fn readme_rows(readme: &str, name: &str) -> Vec<(Vec<String>, String)> {
    let marker = format!("<!-- keys: {name} -->");
    let at = readme
        .find(&marker)
        .unwrap_or_else(|| panic!("docs/ have no {marker}"));
    readme[at + marker.len()..]
        .lines()
        .skip_while(|l| l.trim().is_empty())
        .take_while(|l| l.starts_with('|'))
        .skip(2)
        .map(|l| {
            let cells: Vec<&str> = l.split(" | ").collect();
            let keys = cells[0]
                .split('`')
                .skip(1)
                .step_by(2)
                .map(str::to_string)
                .collect();
            let does = cells
                .get(1)
                .map(|c| c.trim_end_matches(" |").trim().to_string())
                .unwrap_or_default();
            (keys, does)
        })
        .collect()
}

#[test]
fn the_docs_key_tables_match_the_key_tables() {
    // The key tables live in the reference (docs/*.md); the README may carry some too.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut readme = std::fs::read_to_string(root.join("README.md")).expect("README.md");
    let mut pages: Vec<PathBuf> = std::fs::read_dir(root.join("docs"))
        .expect("a docs folder")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    pages.sort();
    for page in pages {
        readme.push_str(&std::fs::read_to_string(&page).expect("a readable page"));
    }
    let global = rows(GLOBAL_KEYS);
    let screens: Vec<(&str, Vec<Row>)> = vec![
        (
            "home",
            [
                rows(home::KEYS),
                rows(home::CHECKIN_KEYS),
                rows(home::HOW_MANY_KEYS),
                rows(home::WOKE_KEYS),
                rows(home::LEG_KEYS),
                rows(home::URGENT_KEYS),
                global.clone(),
            ]
            .concat(),
        ),
        ("session", [rows(session::KEYS), global.clone()].concat()),
        ("quit", rows(help::QUIT_KEYS)),
        ("summary", [rows(summary::KEYS), global.clone()].concat()),
        (
            "reminders",
            [
                rows(reminders::KEYS),
                rows(reminders::EDIT_KEYS),
                global.clone(),
            ]
            .concat(),
        ),
        (
            "progress",
            [
                rows(progress::KEYS),
                rows(progress::LIST_KEYS),
                rows(progress::CONFIRM_KEYS),
                global.clone(),
            ]
            .concat(),
        ),
        (
            "trial",
            [
                rows(trial::KEYS),
                rows(trial::EXPECT_KEYS),
                rows(trial::YES_NO_KEYS),
                rows(trial::NOTE_KEYS),
                global.clone(),
            ]
            .concat(),
        ),
        ("relief", [rows(relief::KEYS), global.clone()].concat()),
        (
            "editor",
            [
                rows(editor::KEYS),
                rows(editor::PICK_KEYS),
                rows(editor::TITLE_KEYS),
                global.clone(),
            ]
            .concat(),
        ),
        (
            "setup",
            [
                rows(setup::READ_KEYS),
                rows(setup::YES_NO_KEYS),
                rows(setup::TIME_KEYS),
                rows(setup::DONE_KEYS),
                rows(setup::COMMON_KEYS),
                global.clone(),
            ]
            .concat(),
        ),
    ];
    for (name, code) in screens {
        let doc = readme_rows(&readme, name);
        assert_eq!(
            doc.len(),
            code.len(),
            "README {name} table has {} rows, the code {}:\n{doc:#?}\n{code:#?}",
            doc.len(),
            code.len()
        );
        for ((doc_keys, doc_does), (keys, does)) in doc.iter().zip(&code) {
            assert_eq!(doc_keys, keys, "README {name}: keys of \"{does}\"");
            assert!(
                doc_does.starts_with(does),
                "README {name}: {keys:?} says \"{doc_does}\", the code \"{does}\""
            );
        }
    }
}
