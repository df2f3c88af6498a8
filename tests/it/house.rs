//! The house kept honest: which room of `src/` imports which, read from the code's own
//! `crate::` paths (with `std::fs` only, nothing run), checked against the floors of the
//! house described in ARCHITECTURE.md.
//!
//! A room is a top-level file or folder under `src/` (`routine`, `remind`, `cli`, `shape`).
//! Two rules:
//! - no import circle between modules of different rooms (a circle inside one room is that
//!   room's own business);
//! - no arrow back up: a room imports only rooms on its own floor or below, unless the line
//!   (or the line above it) says why with a `// up: ...` comment.
//!
//! Doc comments and line comments are not imports and are not read; `super::` paths stay
//! inside their room and are not followed.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The floors, lowest first. A room imports rooms of its own floor or lower ones.
const FLOORS: &[&[&str]] = &[
    &[
        "fsio", "text", "duration", "paths", "signals", "locale", "error", "diag", "shape",
        "words", "i18n",
    ],
    &["config"],
    &["history"],
    // The personal experiment is built on the history's records; the reminders and the
    // screens say what tonight is.
    &["trial"],
    &["routine"],
    &["session", "remind", "relief", "cues"],
    // The files' JSON Schemas gather the shapes of the routine, reminder and config files.
    &["schema"],
    // The first run's answers become files with their `#:schema` lines, reminders and the
    // login start.
    &["setup"],
    &["tui"],
    &["cli"],
    &["main"],
];

/// Arrows back up that are known and are removed by another part of issue 18: (from module,
/// to module, whose part removes it). The lead empties this list after merging.
const KNOWN_UP: &[(&str, &str, &str)] = &[];

/// Circles between rooms that are known and are removed by another part of issue 18: (the
/// rooms of the circle, sorted and joined with " ", whose part removes it).
const KNOWN_CIRCLES: &[(&str, &str)] = &[];

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

/// `src/routine/parse.rs` -> `routine::parse`; `src/cli/mod.rs` -> `cli`; `src/main.rs` and
/// `src/bin/*` -> `main`; `src/lib.rs` -> `` (the crate root, no room).
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).expect("a file under src");
    let mut parts: Vec<String> = rel
        .iter()
        .map(|s| s.to_string_lossy().into_owned())
        .collect();
    if parts[0] == "main.rs" || parts[0] == "bin" {
        return "main".into();
    }
    let last = parts.pop().expect("a file name");
    let stem = last.trim_end_matches(".rs");
    if stem != "mod" && stem != "lib" {
        parts.push(stem.into());
    }
    parts.join("::")
}

fn room_of(module: &str) -> &str {
    module.split("::").next().unwrap_or("")
}

fn floor_of(room: &str) -> Option<usize> {
    FLOORS.iter().position(|f| f.contains(&room))
}

/// The code of one line with its line comment cut off (a `//` inside a string literal is
/// kept: strings are skipped over).
fn code_part(line: &str) -> &str {
    let b = line.as_bytes();
    let mut in_str = false;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' if in_str => i += 1,
            b'"' => in_str = !in_str,
            b'/' if !in_str && b.get(i + 1) == Some(&b'/') => return &line[..i],
            _ => {}
        }
        i += 1;
    }
    line
}

/// One `crate::` path as written: its segments and the line (1-based) it ends on.
#[derive(Debug)]
struct Use {
    segments: Vec<String>,
    line: usize,
}

/// Every `crate::` path in `text` (outside comments), with `use crate::{a, b::{c, d}}`
/// groups spread into their paths.
fn crate_paths(text: &str) -> Vec<Use> {
    // The code as (char, line) pairs, comments gone.
    let mut code: Vec<(char, usize)> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        for c in code_part(line).chars() {
            code.push((c, n + 1));
        }
        code.push(('\n', n + 1));
    }
    let chars: Vec<char> = code.iter().map(|(c, _)| *c).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 7 <= chars.len() {
        let starts = chars[i..i + 7].iter().collect::<String>() == "crate::"
            && (i == 0
                || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_' || chars[i - 1] == '$'));
        if starts {
            i = tree(&chars, &code, i + 7, &[], &mut out);
        } else {
            i += 1;
        }
    }
    out
}

fn skip_space(chars: &[char], mut i: usize) -> usize {
    while i < chars.len() && chars[i].is_whitespace() {
        i += 1;
    }
    i
}

/// Read one use tree from `i` (after a `::`) with `prefix` before it; returns where it ended.
fn tree(
    chars: &[char],
    code: &[(char, usize)],
    mut i: usize,
    prefix: &[String],
    out: &mut Vec<Use>,
) -> usize {
    let mut segments = prefix.to_vec();
    loop {
        i = skip_space(chars, i);
        if i < chars.len() && chars[i] == '{' {
            i += 1;
            loop {
                i = skip_space(chars, i);
                if i >= chars.len() {
                    return i;
                }
                match chars[i] {
                    '}' => return i + 1,
                    ',' => i += 1,
                    _ => {
                        let before = i;
                        i = tree(chars, code, i, &segments, out);
                        if i == before {
                            i += 1;
                        }
                    }
                }
            }
        }
        let start = i;
        while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
            i += 1;
        }
        if i == start {
            break;
        }
        let word: String = chars[start..i].iter().collect();
        if word != "self" {
            segments.push(word);
        }
        let line = code[i - 1].1;
        if chars.get(i) == Some(&':') && chars.get(i + 1) == Some(&':') {
            i += 2;
            continue;
        }
        out.push(Use { segments, line });
        return i;
    }
    if segments.len() > prefix.len() {
        let line = code[i.saturating_sub(1).min(code.len() - 1)].1;
        out.push(Use { segments, line });
    }
    i
}

/// The longest known module a path names (`history::record::Leg` -> `history::record`).
fn resolve(modules: &BTreeSet<String>, segments: &[String]) -> Option<String> {
    (1..=segments.len())
        .rev()
        .map(|n| segments[..n].join("::"))
        .find(|m| modules.contains(m))
}

/// An arrow: `from` imports `to`, on these lines of `file`, and whether every one of them
/// says why with `// up:`.
struct Arrow {
    file: String,
    line: usize,
    said_why: bool,
}

struct House {
    /// from module -> to module -> where
    arrows: BTreeMap<String, BTreeMap<String, Arrow>>,
}

fn read_house() -> House {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let modules: BTreeSet<String> = files.iter().map(|f| module_of(&src, f)).collect();
    let mut arrows: BTreeMap<String, BTreeMap<String, Arrow>> = BTreeMap::new();
    for file in &files {
        let from = module_of(&src, file);
        if from.is_empty() {
            continue;
        }
        let text = std::fs::read_to_string(file).expect("a readable source file");
        let lines: Vec<&str> = text.lines().collect();
        let says_why = |line: usize| {
            let here = lines.get(line - 1).is_some_and(|l| l.contains("// up:"));
            let above = line >= 2 && lines[line - 2].trim_start().starts_with("// up:");
            here || above
        };
        for u in crate_paths(&text) {
            let Some(to) = resolve(&modules, &u.segments) else {
                continue;
            };
            if to == from {
                continue;
            }
            let said_why = says_why(u.line);
            let shown = file.strip_prefix(&src).unwrap().display().to_string();
            let entry = arrows.entry(from.clone()).or_default();
            match entry.get_mut(&to) {
                Some(a) => a.said_why &= said_why,
                None => {
                    entry.insert(
                        to,
                        Arrow {
                            file: shown,
                            line: u.line,
                            said_why,
                        },
                    );
                }
            }
        }
    }
    House { arrows }
}

/// Strongly connected groups of the graph with more than one node (Tarjan's algorithm).
fn circles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct Walk<'a> {
        graph: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        next: usize,
        found: Vec<Vec<String>>,
    }
    fn visit<'a>(w: &mut Walk<'a>, v: &'a str) {
        w.index.insert(v, w.next);
        w.low.insert(v, w.next);
        w.next += 1;
        w.stack.push(v);
        w.on_stack.insert(v);
        let graph = w.graph;
        for to in graph.get(v).into_iter().flatten() {
            let to = to.as_str();
            if !w.index.contains_key(to) {
                visit(w, to);
                let l = w.low[to].min(w.low[v]);
                w.low.insert(v, l);
            } else if w.on_stack.contains(to) {
                let l = w.index[to].min(w.low[v]);
                w.low.insert(v, l);
            }
        }
        if w.low[v] == w.index[v] {
            let mut group = Vec::new();
            while let Some(x) = w.stack.pop() {
                w.on_stack.remove(x);
                group.push(x.to_string());
                if x == v {
                    break;
                }
            }
            if group.len() > 1 {
                group.sort();
                w.found.push(group);
            }
        }
    }
    let mut w = Walk {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        next: 0,
        found: Vec::new(),
    };
    let nodes: BTreeSet<&str> = graph
        .iter()
        .flat_map(|(k, v)| std::iter::once(k.as_str()).chain(v.iter().map(String::as_str)))
        .collect();
    for n in nodes {
        if !w.index.contains_key(n) {
            visit(&mut w, n);
        }
    }
    w.found
}

#[test]
fn every_room_stands_on_a_floor() {
    let house = read_house();
    let rooms: BTreeSet<String> = house
        .arrows
        .iter()
        .flat_map(|(k, v)| std::iter::once(k).chain(v.keys()))
        .map(|m| room_of(m).to_string())
        .collect();
    let lost: Vec<&String> = rooms.iter().filter(|r| floor_of(r).is_none()).collect();
    assert!(
        lost.is_empty(),
        "rooms on no floor (add them to FLOORS in tests/it/house.rs): {lost:?}"
    );
}

#[test]
fn no_circle_between_rooms() {
    let house = read_house();
    // Modules as nodes: a circle of files that spans rooms.
    let modules: BTreeMap<String, BTreeSet<String>> = house
        .arrows
        .iter()
        .map(|(k, v)| (k.clone(), v.keys().cloned().collect()))
        .collect();
    // Rooms as nodes: also a circle that no single file closes (a -> b in one file, b -> a
    // in another).
    let mut rooms: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (from, tos) in &house.arrows {
        for to in tos.keys() {
            let (a, b) = (room_of(from), room_of(to));
            if a != b {
                rooms.entry(a.into()).or_default().insert(b.into());
            }
        }
    }
    let mut bad = Vec::new();
    for group in circles(&modules) {
        let spanned: BTreeSet<&str> = group.iter().map(|m| room_of(m)).collect();
        if spanned.len() > 1 {
            bad.push(format!("modules {}", group.join(" <-> ")));
        }
    }
    for group in circles(&rooms) {
        let key = group.join(" ");
        if !KNOWN_CIRCLES.iter().any(|(k, _)| *k == key) {
            let mut ties = Vec::new();
            for (from, tos) in &house.arrows {
                for (to, w) in tos {
                    let (a, b) = (room_of(from), room_of(to));
                    if a != b && group.iter().any(|g| g == a) && group.iter().any(|g| g == b) {
                        ties.push(format!("{from} -> {to} ({}:{})", w.file, w.line));
                    }
                }
            }
            bad.push(format!(
                "rooms {}: {}",
                group.join(" <-> "),
                ties.join(", ")
            ));
        }
    }
    assert!(
        bad.is_empty(),
        "import circles between rooms:\n{}",
        bad.join("\n")
    );
}

#[test]
fn no_arrow_runs_back_up_without_a_reason() {
    let house = read_house();
    let mut bad = Vec::new();
    for (from, tos) in &house.arrows {
        for (to, a) in tos {
            let (Some(low), Some(high)) = (floor_of(room_of(from)), floor_of(room_of(to))) else {
                continue; // every_room_stands_on_a_floor says which
            };
            if high > low && !a.said_why && !KNOWN_UP.iter().any(|(f, t, _)| f == from && t == to) {
                bad.push(format!("{from} -> {to} ({}:{})", a.file, a.line));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "arrows that run back up (move the shared word down, or say why with `// up: ...`):\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_reader_sees_groups_paths_and_comments() {
    let text = "use crate::history::{self, record::{Leg, Muscle}};\n\
                // use crate::tui::app;\n\
                let x = crate::paths::on_path(\"a\", None); // crate::cli\n\
                let s = \"// not a comment\"; crate::fsio::write(p, b);\n";
    let got: Vec<(String, usize)> = crate_paths(text)
        .into_iter()
        .map(|u| (u.segments.join("::"), u.line))
        .collect();
    assert_eq!(
        got,
        [
            ("history".to_string(), 1),
            ("history::record::Leg".to_string(), 1),
            ("history::record::Muscle".to_string(), 1),
            ("paths::on_path".to_string(), 3),
            ("fsio::write".to_string(), 4),
        ]
    );
    let modules: BTreeSet<String> = ["history", "history::record"].map(String::from).into();
    let seg = |s: &str| s.split("::").map(String::from).collect::<Vec<_>>();
    assert_eq!(
        resolve(&modules, &seg("history::record::Leg")).as_deref(),
        Some("history::record")
    );
    assert_eq!(
        resolve(&modules, &seg("history::Leg")).as_deref(),
        Some("history")
    );
    assert_eq!(resolve(&modules, &seg("tui::app")), None);
}
