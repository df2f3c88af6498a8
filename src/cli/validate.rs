//! `windown validate`: with no path, everything in the config folder (the routines folder,
//! the stretches folder, the figure names, `reminders.toml`, `config.toml`); with paths, each
//! one, recognising `config.toml` and `reminders.toml` by name, stretch files by their
//! `stretches` folder, and a config folder by what it holds. Every problem of every file in
//! one run, capped at 50 per file; `ok:` lines on stdout, problems on stderr, exit 1 when any
//! file fails.
//!
//! Owns only the walk and the choice of reader: each file's format belongs to its module
//! ([`crate::routine::parse`], [`crate::routine::library`], [`crate::remind::file`],
//! [`crate::config`]).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::routine::validate_routines;
use crate::config::Config;
use crate::diag::{Diagnostic, printable};
use crate::error::{CmdResult, print_err, print_out};
use crate::paths::Dirs;
use crate::t;

/// Largest reminders or config file read here (the readers' own limits are smaller or equal).
const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// `windown validate [PATH...]`.
pub(crate) fn validate(dirs: &Dirs, paths: &[PathBuf]) -> CmdResult {
    let mut out = String::new();
    let mut err = String::new();
    let mut failed = false;
    if paths.is_empty() {
        failed |= folder(dirs, &dirs.routines(), &mut out, &mut err, true);
    }
    for path in paths {
        failed |= one(dirs, path, &mut out, &mut err);
    }
    print_out(&out)?;
    print_err(&err);
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// A path on the command line: a named file, a config folder, or routines.
fn one(dirs: &Dirs, path: &Path, out: &mut String, err: &mut String) -> bool {
    let is_dir = std::fs::metadata(path).is_ok_and(|m| m.is_dir());
    if is_dir && is_config_folder(path) {
        let there = Dirs {
            config: path.to_path_buf(),
            ..dirs.clone()
        };
        return folder(&there, &there.routines(), out, err, false);
    }
    let in_stretches = path
        .parent()
        .is_some_and(|p| p.file_name() == Some("stretches".as_ref()));
    match path.file_name().and_then(|n| n.to_str()) {
        Some("config.toml") if !is_dir => named(dirs, path, Named::Config, out, err),
        Some("reminders.toml") if !is_dir => named(dirs, path, Named::Reminders, out, err),
        Some("stretches") if is_dir => stretches(path, out, err),
        Some(_) if !is_dir && in_stretches => stretch_file(path, out, err),
        _ => validate_routines(dirs, path, true, out, err),
    }
}

/// Does this folder look like windown's config folder (rather than a folder of routines)?
fn is_config_folder(path: &Path) -> bool {
    ["config.toml", "reminders.toml", "routines"]
        .iter()
        .any(|n| path.join(n).exists())
}

/// Everything in the config folder of `dirs`. With `quiet_when_empty`, a missing routines
/// folder or file is simply not there (nothing to check), not a problem.
fn folder(
    dirs: &Dirs,
    routines: &Path,
    out: &mut String,
    err: &mut String,
    quiet_when_empty: bool,
) -> bool {
    let mut failed = false;
    if routines.is_dir() {
        failed |= validate_routines(dirs, routines, false, out, err);
    } else if !quiet_when_empty {
        let _ = writeln!(
            out,
            "{}",
            t!(
                "cli-validate-no-routines",
                path = printable(&routines.display().to_string()).as_ref()
            )
        );
    }
    if dirs.stretches().is_dir() {
        failed |= stretches(&dirs.stretches(), out, err);
    }
    figure_names(&dirs.figures(), err);
    for (path, kind) in [
        (dirs.reminders_file(), Named::Reminders),
        (dirs.config_file(), Named::Config),
    ] {
        if std::fs::symlink_metadata(&path).is_ok() {
            failed |= named(dirs, &path, kind, out, err);
        }
    }
    if out.is_empty() && err.is_empty() {
        let folder = dirs.routines();
        let folder = folder.parent().unwrap_or(routines).display().to_string();
        let _ = writeln!(
            out,
            "{}",
            t!("cli-validate-nothing", path = printable(&folder).as_ref())
        );
    }
    failed
}

#[derive(Clone, Copy)]
enum Named {
    Config,
    Reminders,
}

/// `config.toml` or `reminders.toml`, by its own reader. True when it failed. A reminder
/// that names a routine the config folder of `dirs` does not have is a mistake here.
fn named(dirs: &Dirs, path: &Path, kind: Named, out: &mut String, err: &mut String) -> bool {
    let shown = path.display().to_string();
    let checked = crate::shape::read_text_file(path, MAX_FILE_BYTES)
        .map_err(|d| vec![d])
        .and_then(|text| match kind {
            Named::Config => Config::check(&shown, &text).map(|_| t!("cli-validate-settings")),
            Named::Reminders => {
                let catalog = crate::routine::catalog::Catalog::load(dirs);
                let known: Vec<&str> = catalog.entries.iter().map(|e| e.id.as_str()).collect();
                let r = crate::remind::file::read_knowing(&shown, &text, Some(&known));
                if r.problems.is_empty() {
                    let n = r.reminders.reminders.len() as u64;
                    Ok(t!("cli-validate-reminders", n = n))
                } else {
                    Err(r.problems)
                }
            }
        });
    report(&shown, checked, out, err)
}

/// Every `*.toml` file of a stretches folder. True when one failed.
fn stretches(folder: &Path, out: &mut String, err: &mut String) -> bool {
    match crate::fsio::toml_files(folder) {
        Ok(paths) => paths
            .iter()
            .fold(false, |failed, p| stretch_file(p, out, err) | failed),
        Err(e) => {
            let d = Diagnostic::file(
                folder.display().to_string(),
                format!("cannot read the stretches folder: {e}"),
            );
            let _ = write!(err, "{d}");
            true
        }
    }
}

/// One stretch library file. True when it failed.
fn stretch_file(path: &Path, out: &mut String, err: &mut String) -> bool {
    let shown = path.display().to_string();
    let checked = crate::shape::read_text_file(path, MAX_FILE_BYTES)
        .map_err(|d| vec![d])
        .and_then(|text| crate::routine::library::parse(&shown, &text, false))
        .map(|s| t!("cli-validate-stretches", n = s.len()));
    report(&shown, checked, out, err)
}

/// `ok: FILE (what)` on `out`, or every problem on `err`. True when it failed.
fn report(
    shown: &str,
    checked: Result<String, Vec<Diagnostic>>,
    out: &mut String,
    err: &mut String,
) -> bool {
    match checked {
        Ok(what) => {
            let _ = writeln!(out, "ok: {} ({what})", printable(shown));
            false
        }
        Err(ds) => {
            for d in ds {
                let _ = write!(err, "{d}");
            }
            true
        }
    }
}

/// Warnings for files in the figures folder that no step could name: a figure is `NAME.txt`
/// or `NAME.utf8.txt`, NAME in lowercase letters, digits, `-` and `_`.
fn figure_names(figures: &Path, err: &mut String) {
    let Ok(read) = std::fs::read_dir(figures) else {
        return;
    };
    let mut bad: Vec<String> = read
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.'))
        .filter(|n| {
            let stem = n
                .strip_suffix(".utf8.txt")
                .or_else(|| n.strip_suffix(".txt"));
            !stem.is_some_and(crate::routine::parse::is_valid_figure_name)
        })
        .collect();
    bad.sort();
    for name in bad {
        let d = Diagnostic::file(
            figures.join(&name).display().to_string(),
            t!("cli-validate-figure-name"),
        );
        let _ = writeln!(
            err,
            "warning: {}: {}\n  = hint: {}",
            d.path,
            d.message,
            t!("cli-validate-figure-name-hint")
        );
    }
}
