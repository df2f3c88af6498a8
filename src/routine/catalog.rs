//! Every routine windown knows: the built-in ones and the person's own files in the routines
//! folder (`Dirs::routines()`), with broken files kept next to their problems.
//!
//! Owns the lookup rules: a user file whose id matches a built-in replaces it (and says so);
//! a name that is not an id but a path to a `.toml` file is read directly; an unknown name
//! is a usage error with a did-you-mean hint. It also owns the one listing of a folder's
//! `*.toml` files and the duplicate-id rule ([`crate::fsio::toml_files`], [`read_files`]), which
//! `windown validate FOLDER` uses too, so the two never disagree. It only reads files, never
//! writes them.

use std::path::{Path, PathBuf};

use super::builtin;
use super::model::{Origin, Routine};
use super::parse;
use crate::diag::{Diagnostic, did_you_mean};
use crate::error::Failure;
use crate::paths::Dirs;

/// The names (and aliases) of windown's commands: `windown NAME` runs the command, so a routine
/// whose id is one of them starts only with `windown run NAME`. The command line checks that
/// this list is its own (a test in `cli`).
pub(crate) const COMMAND_NAMES: &[&str] = &[
    "checkin",
    "completions",
    "config",
    "cramp",
    "cues",
    "help",
    "history",
    "ids",
    "import",
    "list",
    "man",
    "new",
    "remind",
    "report",
    "run",
    "schema",
    "setup",
    "show",
    "stats",
    "stretches",
    "trial",
    "validate",
];

/// All routines, in display order: built-ins first, then user files, each group by id.
#[derive(Debug)]
pub struct Catalog {
    pub entries: Vec<Entry>,
}

/// One routine file (built-in or the person's), loaded or broken.
#[derive(Debug)]
pub struct Entry {
    pub id: String,
    pub origin: Origin,
    /// Broken user files are kept, with every problem found.
    pub routine: Result<Routine, Vec<Diagnostic>>,
    /// A user file whose id is also a built-in's: it is used instead of the built-in.
    pub overrides_builtin: bool,
}

impl Catalog {
    /// The built-in routines and every `*.toml` file in the routines folder. A missing folder
    /// is no error; an unreadable one is listed as a broken entry.
    pub fn load(dirs: &Dirs) -> Catalog {
        let mut users = user_entries(&dirs.routines());
        let mut entries = Vec::new();
        for b in builtin::ROUTINES {
            if users.iter().any(|u| u.id == b.id) {
                continue;
            }
            entries.push(Entry {
                id: b.id.to_string(),
                origin: Origin::BuiltIn,
                routine: b.load(),
                overrides_builtin: false,
            });
        }
        for u in &mut users {
            u.overrides_builtin = builtin::source(&u.id).is_some();
        }
        entries.extend(users);
        Catalog { entries }
    }

    /// The routines that loaded, in display order.
    pub fn routines(&self) -> impl Iterator<Item = &Routine> {
        self.entries.iter().filter_map(|e| e.routine.as_ref().ok())
    }

    /// A loaded routine by id.
    pub fn get(&self, id: &str) -> Option<&Routine> {
        self.entry(id).and_then(|e| e.routine.as_ref().ok())
    }

    /// The entry with this id, loaded or broken.
    pub(crate) fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// Entries whose file is broken.
    pub(crate) fn broken(&self) -> impl Iterator<Item = (&Entry, &[Diagnostic])> {
        self.entries
            .iter()
            .filter_map(|e| e.routine.as_ref().err().map(|d| (e, d.as_slice())))
    }
}

/// Does this name mean a file rather than an id?
pub(crate) fn looks_like_path(name: &str) -> bool {
    name.ends_with(".toml") || name.contains('/') || name.contains(std::path::MAIN_SEPARATOR)
}

/// An id or a path to a `.toml` file. Unknown id: a usage error (exit 2) with a did-you-mean
/// hint. A broken file: its diagnostics (exit 1).
pub fn resolve(dirs: &Dirs, name_or_path: &str) -> Result<Routine, Failure> {
    if looks_like_path(name_or_path) {
        return parse::read_file(Path::new(name_or_path)).map_err(Failure::from);
    }
    let catalog = Catalog::load(dirs);
    match catalog.entry(name_or_path) {
        Some(Entry { routine: Ok(r), .. }) => Ok(r.clone()),
        Some(Entry {
            routine: Err(d), ..
        }) => Err(Failure::from(d.clone())),
        None => {
            let f = Failure::usage(format!("no routine named \"{name_or_path}\""));
            let ids = catalog.entries.iter().map(|e| e.id.as_str());
            Err(match did_you_mean(name_or_path, ids) {
                Some(s) => f.with_hint(format!("did you mean \"{s}\"?")),
                None => f.with_hint("`windown list` shows every routine"),
            })
        }
    }
}

/// Read routine files of one folder, in the order given. Two files with one id: the later one
/// is broken, pointing at the first (the catalog could use only one of them).
pub(crate) fn read_files(paths: Vec<PathBuf>) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::new();
    for path in paths {
        let routine = parse::read_file(&path);
        let id = match &routine {
            Ok(r) => r.id.to_string(),
            Err(_) => path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
        };
        let first = out.iter().find_map(|e| match &e.origin {
            Origin::File(p) if e.id == id => Some(p.display().to_string()),
            _ => None,
        });
        let routine = match first {
            Some(first_path) => Err(vec![
                Diagnostic::file(
                    path.display().to_string(),
                    format!("the id \"{id}\" is already used by {first_path}"),
                )
                .with_hint("give one of the files another id (the file name, or id = \"...\")"),
            ]),
            None => routine,
        };
        out.push(Entry {
            id,
            origin: Origin::File(path),
            routine,
            overrides_builtin: false,
        });
    }
    out
}

/// Every `*.toml` entry of the routines folder, by id (duplicates after the first they repeat).
fn user_entries(folder: &Path) -> Vec<Entry> {
    let paths = match crate::fsio::toml_files(folder) {
        Ok(p) => p,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Vec::new(),
        Err(e) => {
            return vec![Entry {
                id: folder.display().to_string(),
                origin: Origin::File(folder.to_path_buf()),
                routine: Err(vec![Diagnostic::file(
                    folder.display().to_string(),
                    format!("cannot read the routines folder: {e}"),
                )]),
                overrides_builtin: false,
            }];
        }
    };
    let mut out = read_files(paths);
    // Stable: of two files with one id, the loaded one stays first.
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_files_override_built_ins_and_broken_ones_are_kept() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(tmp.path());
        std::fs::create_dir_all(dirs.routines()).unwrap();
        let write =
            |name: &str, text: &str| std::fs::write(dirs.routines().join(name), text).unwrap();
        write(
            "evening-legs.toml",
            "title = \"Mine\"\n[[step]]\ntitle = \"a\"\nhold = 5\n",
        );
        write(
            "other.toml",
            "id = \"twin\"\ntitle = \"A\"\n[[step]]\ntitle = \"a\"\nhold = 5\n",
        );
        write(
            "twin.toml",
            "title = \"B\"\n[[step]]\ntitle = \"a\"\nhold = 5\n",
        );
        write("zz.toml", "title = \n");
        let c = Catalog::load(&dirs);
        let ids: Vec<(&str, bool, bool)> = c
            .entries
            .iter()
            .map(|e| (e.id.as_str(), e.routine.is_ok(), e.overrides_builtin))
            .collect();
        assert_eq!(
            ids,
            [
                ("evening-legs-extended", true, false),
                ("seated-legs", true, false),
                ("wind-down", true, false),
                ("evening-legs", true, true),
                ("twin", true, false),
                ("twin", false, false),
                ("zz", false, false),
            ]
        );
        assert_eq!(
            c.get("evening-legs").map(|r| r.title.as_str()),
            Some("Mine")
        );
        assert_eq!(c.routines().count(), 5);
        assert_eq!(c.broken().count(), 2);
        let (twin, ds) = c.broken().next().unwrap();
        assert_eq!(twin.origin, Origin::File(dirs.routines().join("twin.toml")));
        assert!(
            ds[0]
                .message
                .starts_with("the id \"twin\" is already used by ")
        );

        assert_eq!(resolve(&dirs, "wind-down").unwrap().origin, Origin::BuiltIn);
        assert_eq!(resolve(&dirs, "zz").unwrap_err().code(), 1);
        let unknown = resolve(&dirs, "wind-dow").unwrap_err();
        assert_eq!(unknown.code(), 2);
        assert_eq!(
            unknown.to_string(),
            "error: no routine named \"wind-dow\"\nhint: did you mean \"wind-down\"?\n"
        );
    }
}
