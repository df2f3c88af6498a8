//! The routine commands: `windown list`, `show`, `validate` and `new`.
//!
//! Each command is a thin shell: it gathers what it needs (the catalog, files), hands the
//! values to a pure `render_*` function that returns the text, and prints it. The render
//! functions are what the tests read; nothing here touches the terminal beyond stdout/stderr,
//! and both go through [`crate::error::print_out`] / [`crate::error::print_err`], so a closed
//! pipe ends a command quietly instead of panicking.

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use crate::diag::{Diagnostic, did_you_mean, printable};
use crate::duration::clock;
use crate::error::{CmdResult, Failure, print_err, print_out};
use crate::fsio::toml_files;
use crate::paths::Dirs;
use crate::routine::builtin;
use crate::routine::catalog::{Catalog, Entry, looks_like_path, read_files, resolve};
use crate::routine::content::Shown;
use crate::routine::figures::{builtin_names, figure};
use crate::routine::model::{Origin, Routine};
use crate::routine::parse::{self, is_valid_id};
use crate::routine::plan::{PhaseKind, Plan};
use crate::t;
use crate::text;
use crate::words::count;

/// `windown list`.
pub(crate) fn list(dirs: &Dirs) -> CmdResult {
    let catalog = Catalog::load(dirs);
    print_out(&render_list(&catalog))?;
    Ok(ExitCode::SUCCESS)
}

/// `windown show ROUTINE`.
pub(crate) fn show(dirs: &Dirs, name: &str, details: bool) -> CmdResult {
    let routine = resolve(dirs, name)?;
    let text = if details {
        render_show_details(&routine)
    } else {
        render_show(&routine)
    };
    print_out(&text)?;
    Ok(ExitCode::SUCCESS)
}

/// Check one routine file or folder of them: `ok:` lines into `out`, problems and warnings
/// into `err`. True when something failed. A folder without routine files is a problem only
/// when the person `named` it; the config folder's own routines folder may well be empty.
pub(crate) fn validate_routines(
    dirs: &Dirs,
    path: &Path,
    named: bool,
    out: &mut String,
    err: &mut String,
) -> bool {
    let shown = || printable(&path.display().to_string()).into_owned();
    let entries = match entries_to_validate(path) {
        Ok(entries) => entries,
        // The person's own routines folder, emptied: nothing to check, nothing wrong.
        Err(FolderProblem::Empty) if !named => return false,
        Err(FolderProblem::Empty) => {
            let _ = writeln!(
                err,
                "error: {}: no routine files (*.toml) in this folder",
                shown()
            );
            return true;
        }
        Err(FolderProblem::Unreadable(e)) => {
            let _ = writeln!(err, "error: {}: cannot read the folder: {e}", shown());
            return true;
        }
    };
    let mut failed = false;
    for entry in entries {
        let file = match &entry.origin {
            Origin::File(p) => p.clone(),
            Origin::BuiltIn => continue,
        };
        match entry.routine {
            Ok(r) => {
                let _ = writeln!(
                    out,
                    "ok: {} ({}, {})",
                    printable(&file.display().to_string()),
                    r.id,
                    count(r.steps.len() as u64, "step", "steps")
                );
                err.push_str(&missing_figures(dirs, &file, &r));
            }
            Err(ds) => {
                failed = true;
                for d in ds {
                    let _ = write!(err, "{d}");
                }
            }
        }
    }
    failed
}

/// Warnings (not errors) for figures a routine names that neither the person's figures
/// folder nor the built-in set has: the step is then shown without one.
fn missing_figures(dirs: &Dirs, file: &Path, routine: &Routine) -> String {
    let mut out = String::new();
    for (i, step) in routine.steps.iter().enumerate() {
        let Some(name) = &step.figure else { continue };
        if figure(dirs, name, true).is_some() {
            continue;
        }
        let _ = writeln!(
            out,
            "warning: {}: step {} (\"{}\"): no figure named \"{name}\"; the step is shown without one",
            printable(&file.display().to_string()),
            i + 1,
            printable(&text::fit(&step.title, 40)),
        );
        match did_you_mean(name, builtin_names()) {
            Some(s) => {
                let _ = writeln!(out, "  = hint: did you mean \"{s}\"?");
            }
            None => {
                let _ = writeln!(
                    out,
                    "  = hint: draw it in {}, or use a built-in figure: {}",
                    printable(
                        &dirs
                            .figures()
                            .join(format!("{name}.txt"))
                            .display()
                            .to_string()
                    ),
                    builtin_names().collect::<Vec<_>>().join(", ")
                );
            }
        }
    }
    out
}

/// Why a folder given to `validate` has no routine files to read (a problem of the folder,
/// so it is told without a line and column).
enum FolderProblem {
    Empty,
    Unreadable(std::io::Error),
}

/// What one `validate` argument stands for: the file itself, or a folder's `*.toml` entries
/// by name (folders among them are reported, not skipped), with the catalog's duplicate-id
/// check.
fn entries_to_validate(path: &Path) -> Result<Vec<Entry>, FolderProblem> {
    let is_dir = std::fs::metadata(path).is_ok_and(|m| m.is_dir());
    if !is_dir {
        return Ok(read_files(vec![path.to_path_buf()]));
    }
    match toml_files(path) {
        Err(e) => Err(FolderProblem::Unreadable(e)),
        Ok(files) if files.is_empty() => Err(FolderProblem::Empty),
        Ok(files) => Ok(read_files(files)),
    }
}

/// `windown new ID [--from ROUTINE]`.
pub(crate) fn new_routine(
    dirs: &Dirs,
    id: &str,
    from: Option<&str>,
    title: Option<&str>,
) -> CmdResult {
    if !is_valid_id(id) {
        return Err(
            Failure::usage(t!("routine-bad-id", id = id)).with_hint(t!("routine-new-hint-id"))
        );
    }
    let folder = dirs.routines();
    let path = folder.join(format!("{id}.toml"));
    // Another file of the person's may already carry this id (`id = "..."`): a second one
    // would break it.
    let catalog = Catalog::load(dirs);
    let taken = catalog.entries.iter().find_map(|e| match &e.origin {
        Origin::File(p) if e.id == id && e.routine.is_ok() && *p != path => Some(p),
        _ => None,
    });
    if let Some(other) = taken {
        return Err(Failure::new(t!(
            "routine-id-taken",
            id = id,
            other = other.display().to_string()
        ))
        .with_hint(t!("routine-new-hint-taken")));
    }
    if let Some((message, hint)) = title.and_then(parse::title_problem) {
        return Err(Failure::usage(format!("--title: {message}")).with_hint(hint));
    }
    let text = match from {
        None => template(id, title),
        Some(name) => copy_source(dirs, &catalog, name, id, title)?,
    };
    let text = format!(
        "{}{text}",
        crate::schema::Which::Routine.line_for(dirs, &path)
    );
    loads(&path, id, &text)?;
    write_new(&folder, &path, &text, || {
        Failure::new(t!("routine-new-exists", path = path.display().to_string()))
            .with_hint(t!("routine-new-hint-exists"))
    })?;
    print_out(&format!("{}\n", path.display()))?;
    schema_beside(dirs, crate::schema::Which::Routine);
    if builtin::source(id).is_some() {
        print_err(&format!("{}\n", t!("routine-new-replaces", id = id)));
    }
    Ok(ExitCode::SUCCESS)
}

/// `windown import FILE [--id ID]`: check a routine someone shared and copy it, comments and
/// all, into the routines folder under its id (`id = ...`, else the file name; `--id` to
/// choose). Refused, with a hint, when the file has a problem (every one is shown), holds an
/// escape sequence or a control character anywhere (comments too), or its id is taken (by
/// one of the person's files or a built-in). An id that is a command name in `reserved` is
/// imported with a note: it starts with `windown run ID`.
pub(crate) fn import(dirs: &Dirs, file: &Path, id: Option<&str>, reserved: &[String]) -> CmdResult {
    let (routine, text) = parse::read_file_as(file, id).map_err(Failure::from)?;
    let shown = file.display().to_string();
    // A byte order mark belongs at the very start of a file: the copy starts with its
    // `#:schema` line, so the mark is left out (TOML files are UTF-8 without one).
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text).to_string();
    if let Some((at, c)) = text
        .char_indices()
        .find(|&(_, c)| !matches!(c, '\n' | '\r' | '\t') && crate::diag::is_unsafe_char(c))
    {
        let d = Diagnostic::at(
            &shown,
            &text,
            at..at + c.len_utf8(),
            t!(
                "routine-import-control",
                code = format!("U+{:04X}", c as u32)
            ),
        )
        .with_hint(t!("routine-import-hint-control"));
        return Err(Failure::from(d));
    }
    let id = id.unwrap_or(&routine.id);
    let another = || {
        t!(
            "routine-import-hint-another",
            file = printable(&shown).into_owned()
        )
    };
    if !is_valid_id(id) {
        return Err(
            Failure::usage(t!("routine-bad-id", id = printable(id).into_owned()))
                .with_hint(another()),
        );
    }
    let catalog = Catalog::load(dirs);
    let path = dirs.routines().join(format!("{id}.toml"));
    let taken = catalog.entries.iter().find_map(|e| match &e.origin {
        _ if e.id != id => None,
        Origin::File(p) => Some(t!(
            "routine-id-taken",
            id = id,
            other = printable(&p.display().to_string()).into_owned()
        )),
        Origin::BuiltIn => Some(t!("routine-id-taken-built-in", id = id)),
    });
    let taken = taken.or_else(|| {
        path.exists().then(|| {
            t!(
                "routine-id-taken",
                id = id,
                other = printable(&path.display().to_string()).into_owned()
            )
        })
    });
    if let Some(taken) = taken {
        return Err(Failure::new(taken).with_hint(another()));
    }
    let mut body = text
        .strip_prefix("#:schema")
        .map_or(text.as_str(), |rest| {
            rest.split_once('\n').map_or("", |(_, b)| b)
        })
        .to_string();
    if id != routine.id {
        let mut doc: toml_edit::DocumentMut = body.parse().map_err(|_| {
            Failure::new(t!(
                "routine-import-not-toml",
                file = printable(&shown).into_owned()
            ))
        })?;
        if doc.contains_key("id") {
            doc["id"] = toml_edit::value(id);
        }
        body = doc.to_string();
    }
    let text = format!(
        "{}{body}",
        crate::schema::Which::Routine.line_for(dirs, &path)
    );
    let folder = dirs.routines();
    loads(&path, id, &text)?;
    write_new(&folder, &path, &text, || {
        Failure::new(t!(
            "routine-import-exists",
            path = path.display().to_string()
        ))
        .with_hint(another())
    })?;
    schema_beside(dirs, crate::schema::Which::Routine);
    print_out(&format!(
        "{}\n",
        t!(
            "routine-imported",
            title = printable(&text::fit(&routine.title, 60)).into_owned(),
            id = id,
            steps = routine.steps.len(),
            path = printable(&path.display().to_string()).into_owned()
        )
    ))?;
    if let Some(note) = super::command_name_note(id, reserved) {
        print_out(&note)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Does `text`, about to be written to `path` as routine `id`, load as that file would? A
/// file `new` or `import` writes never fails `windown validate`: the problems, when there
/// are, are told against the file it was made from, and nothing is written.
fn loads(path: &Path, id: &str, text: &str) -> Result<(), Failure> {
    let library = crate::routine::library::Library::for_routine_file(path);
    let shown = path.display().to_string();
    parse::parse_with(&library, &shown, text, id, Origin::File(path.to_path_buf()))
        .map(drop)
        .map_err(|ds| {
            let first = ds.first().map(|d| d.message.clone()).unwrap_or_default();
            Failure::new(t!(
                "routine-new-would-not-load",
                problem = printable(&first).into_owned()
            ))
            .with_hint(t!("routine-new-hint-would-not-load"))
        })
}

/// Write `text` to a new file `path` in `folder` (made when missing), never over a file that
/// is there: that one is `taken()`'s failure, and any other error a failure to create.
pub(crate) fn write_new(
    folder: &Path,
    path: &Path,
    text: &str,
    taken: impl FnOnce() -> Failure,
) -> Result<(), Failure> {
    std::fs::create_dir_all(folder).map_err(|e| Failure::io("create", folder, &e))?;
    match crate::fsio::Write::new()
        .create_new()
        .to(path, text.as_bytes())
    {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(taken()),
        Err(e) => Err(Failure::io("create", path, &e)),
    }
}

/// Write the schema a `#:schema` line of a written file points to; a failure is a warning (an
/// editor then offers no completion), never a reason to fail the command.
pub(crate) fn schema_beside(dirs: &Dirs, which: crate::schema::Which) {
    if let Err(e) = crate::schema::install(dirs, which) {
        print_err(&format!(
            "warning: {}\n",
            t!(
                "routine-schema-unwritten",
                path =
                    printable(&crate::schema::path(dirs, which).display().to_string()).into_owned(),
                error = e.to_string()
            )
        ));
    }
}

/// The text of a copy of routine `name` for the new id: the original file, comments and all,
/// with a first line saying where it came from, any `id = ...` set to the new id, its own
/// title (`title`, or the original's with " (my copy)", so the two are told apart in lists),
/// and without the original's header comments (they describe the original).
fn copy_source(
    dirs: &Dirs,
    catalog: &Catalog,
    name: &str,
    new_id: &str,
    title: Option<&str>,
) -> Result<String, Failure> {
    let (text, from) = if looks_like_path(name) {
        let path = Path::new(name);
        let (_, text) = parse::read_file_and_text(path).map_err(Failure::from)?;
        (text, Some(path.display().to_string()))
    } else {
        match catalog.entry(name).map(|e| (&e.origin, &e.routine)) {
            Some((_, Err(ds))) => return Err(Failure::from(ds.clone())),
            Some((Origin::File(path), Ok(_))) => {
                let text = crate::shape::read_text_file(path, parse::MAX_FILE_BYTES)?;
                (text, Some(path.display().to_string()))
            }
            Some((Origin::BuiltIn, Ok(_))) => {
                (builtin::source(name).unwrap_or_default().to_string(), None)
            }
            // Not in the catalog: `resolve` words the usage error and its hint.
            None => return Err(resolve(dirs, name).err().unwrap_or_else(|| unknown(name))),
        }
    };
    let mut doc: toml_edit::DocumentMut = without_header(&text).parse().map_err(|_| {
        Failure::new(match &from {
            Some(file) => t!("routine-copy-not-toml", file = file.as_str()),
            None => t!("routine-copy-not-toml-built-in", id = name),
        })
    })?;
    if doc.contains_key("id") {
        doc["id"] = toml_edit::value(new_id);
    }
    let old_title = doc
        .get("title")
        .and_then(|t| t.as_str())
        .unwrap_or("My routine")
        .to_string();
    let new_title = title.map_or_else(|| format!("{old_title} (my copy)"), str::to_string);
    match doc.get_mut("title").and_then(|t| t.as_value_mut()) {
        // The value changes; the comment after it and the spacing stay.
        Some(v) => {
            let decor = v.decor().clone();
            *v = toml_edit::Value::from(new_title);
            *v.decor_mut() = decor;
        }
        None => {
            doc.insert("title", toml_edit::value(new_title));
        }
    }
    Ok(format!(
        "# {new_id}: copied from {} by `windown new`. Edit freely; `windown validate` checks it.\n\n{doc}",
        printable(&from.unwrap_or_else(|| format!("the built-in routine \"{name}\"")))
    ))
}

/// `text` without its header: the comment paragraphs at the top that end in a blank line
/// (they describe the original). Comments right above the first key stay with it.
fn without_header(text: &str) -> String {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let first_key = lines
        .iter()
        .position(|l| {
            let t = l.trim();
            !t.is_empty() && !t.starts_with('#')
        })
        .unwrap_or(lines.len());
    let keep_from = lines[..first_key]
        .iter()
        .rposition(|l| l.trim().is_empty())
        .map_or(0, |b| b + 1);
    lines[keep_from..].concat()
}

/// The small commented routine `windown new ID` writes without `--from`.
fn template(id: &str, title: Option<&str>) -> String {
    let title = toml_edit::Value::from(title.unwrap_or("My routine")).to_string();
    let title = title.trim();
    format!(
        r#"# {id}: a windown routine. Edit it, then check it with `windown validate` and try it with
# `windown show {id}`. Every key is described in docs/routines.md ("The routine file format").
# Durations are strings such as "10s", "1m30s" or "2m", or a whole number of seconds.

title = {title:<29} # required
summary = "One line shown in lists."  # optional
kind = "stretch"                      # "stretch" (default) or "wind-down"

# Values every step uses unless it sets its own.
[defaults]
prepare = "5s"     # get-ready time before each step ("0s": none)
reps = 2           # 1 to 50
rest = "10s"       # pause between reps
sides = "both"     # "none", "both" (left, then switch, then right), "left" or "right"
switch = "5s"      # pause between the left and the right side

[[step]]
title = "Wall calf stretch"
hold = "20s"                          # one rep on one side ("duration" means the same)
targets = ["calves"]                  # docs/routines.md lists the known targets
figure = "wall-calf"                  # a built-in figure, or figures/NAME.txt in your config folder
instructions = [
  "Face a wall, hands on it at chest height.",
  "Step your {{side}} foot back, heel down, and lean in until the calf pulls.",
]                                     # {{side}} and {{other}} become "left" and "right"
caution = "No bouncing; stop if it hurts."

# A task step has no timer: the session waits until you mark it done.
[[step]]
title = "Lights out"
kind = "task"
"#
    )
}

/// The `list` table: id, title, kind, time, steps, origin; then broken files with their first
/// problem.
pub(crate) fn render_list(catalog: &Catalog) -> String {
    let m = crate::i18n::current();
    let head = |attr| m.tr_attr("routine-list-head", attr, &[]);
    let mut rows: Vec<[String; 6]> = vec![[
        head("id"),
        head("title"),
        head("kind"),
        head("time"),
        head("steps"),
        head("from"),
    ]];
    for e in &catalog.entries {
        let Ok(r) = &e.routine else { continue };
        let plan = Plan::of(r);
        let time = if plan.tasks > 0 {
            t!(
                "routine-list-time-tasks",
                time = clock(plan.total),
                n = plan.tasks
            )
        } else {
            clock(plan.total)
        };
        let from = match (&e.origin, e.overrides_builtin) {
            (Origin::BuiltIn, _) => t!("routine-list-built-in"),
            (Origin::File(p), over) => {
                let file = printable(&p.display().to_string()).into_owned();
                if over {
                    t!("routine-list-overrides", file = file)
                } else {
                    file
                }
            }
        };
        rows.push([
            r.id.to_string(),
            text::fit(&crate::routine::content::title(r, m), 36).into_owned(),
            t!("tui-home-kind", kind = r.kind.as_str()),
            time,
            r.steps.len().to_string(),
            from,
        ]);
    }
    let mut widths = [0usize; 6];
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(text::width(cell));
        }
    }
    let mut out = String::new();
    for row in &rows {
        let mut line = String::new();
        for (i, (cell, w)) in row.iter().zip(widths).enumerate() {
            match i {
                5 => line.push_str(cell),
                // Numbers line up on the right.
                4 => line.push_str(&format!("{}{cell}  ", text::padding(cell, w))),
                _ => line.push_str(&format!("{cell}{}  ", text::padding(cell, w))),
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    let broken: Vec<_> = catalog.broken().collect();
    if !broken.is_empty() {
        let _ = writeln!(out, "\n{}", t!("routine-list-broken", n = broken.len()));
        for (entry, ds) in broken {
            for (i, d) in ds.iter().enumerate() {
                let headline = printable(&d.headline()).into_owned();
                let line = if i == 0 && entry.overrides_builtin {
                    t!(
                        "routine-list-would-replace",
                        problem = headline,
                        id = entry.id.as_str()
                    )
                } else {
                    headline
                };
                let _ = writeln!(out, "  {line}");
            }
        }
    }
    out
}

/// The `show` text: title, summary, each step with its phases (start, length, what), total.
pub fn render_show(routine: &Routine) -> String {
    render(routine, false)
}

/// `windown show ROUTINE --details`: as [`render_show`], with the safety paragraph under the
/// summary and each step's instructions and caution under its heading (as plain mode prints
/// them at the step's get ready, `{side}` filled in for the side it starts on).
pub(crate) fn render_show_details(routine: &Routine) -> String {
    render(routine, true)
}

fn render(routine: &Routine, details: bool) -> String {
    let plan = Plan::of(routine);
    let shown = Shown::of(routine, crate::i18n::current());
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        t!(
            "routine-show-title",
            title = shown.title.as_str(),
            id = routine.id.as_str(),
            kind = t!("tui-home-kind", kind = routine.kind.as_str())
        )
    );
    if let Some(s) = &shown.summary {
        let _ = writeln!(out, "{s}");
    }
    let safety = crate::session::script::safety(routine);
    if details && !safety.is_empty() {
        let _ = writeln!(out);
        for line in safety {
            let _ = writeln!(out, "{line}");
        }
    }
    let _ = writeln!(out);
    // Columns as wide as their widest value: a 100-hour plan still lines up.
    let start_w = clock(plan.total).len().max(7);
    let length_w = plan
        .phases
        .iter()
        .map(|p| clock(p.length).len())
        .max()
        .unwrap_or(0)
        .max(6);
    let m = crate::i18n::current();
    let head = |attr| m.tr_attr("routine-show-head", attr, &[]);
    let (start, length, what) = (head("start"), head("length"), head("phase"));
    // A heading wider than its column widens it.
    let start_w = start_w.max(text::width(&start));
    let length_w = length_w.max(text::width(&length));
    let _ = writeln!(
        out,
        "{}{start}  {}{length}  {what}",
        text::padding(&start, start_w),
        text::padding(&length, length_w)
    );
    let mut last_step = None;
    for phase in &plan.phases {
        let step = &routine.steps[phase.step];
        if last_step != Some(phase.step) {
            last_step = Some(phase.step);
            let targets: Vec<String> = step
                .targets
                .iter()
                .map(|t| t!("routine-target", target = t.as_str()))
                .collect();
            let title = &shown.step(phase.step).title;
            let line = if targets.is_empty() {
                title.clone()
            } else {
                t!(
                    "routine-show-step-targets",
                    title = title.as_str(),
                    targets = targets.join(", ")
                )
            };
            let _ = writeln!(out, "{}. {line}", phase.step + 1);
            if details {
                let side = crate::session::script::text_side(step, Some(PhaseKind::Prepare));
                let words = shown.step(phase.step);
                for line in words
                    .instructions(side)
                    .iter()
                    .flat_map(|i| crate::session::text_lines(i))
                {
                    let _ = writeln!(out, "   {line}");
                }
                let caution = t!("tui-session-caution");
                for (n, line) in words
                    .caution(side)
                    .into_iter()
                    .flat_map(crate::session::text_lines)
                    .enumerate()
                {
                    if n == 0 {
                        let _ = writeln!(out, "   {caution} {line}");
                    } else {
                        let _ = writeln!(out, "   {line}");
                    }
                }
            }
        }
        let length = if phase.is_task() {
            "-".to_string()
        } else {
            clock(phase.length)
        };
        // The session's own words for the phase, with what it cannot show in one word.
        let label = phase.label(routine, &shown);
        let label = match phase.kind {
            PhaseKind::Hold { rep, reps, .. } if reps > 1 => {
                t!("routine-show-rep", label = label, rep = rep, reps = reps)
            }
            PhaseKind::Task => t!("routine-show-task", label = label),
            _ => label,
        };
        let _ = writeln!(
            out,
            "{:>start_w$}  {:>length_w$}  {label}",
            clock(phase.start),
            length
        );
    }
    let _ = writeln!(out);
    let total = t!(
        "routine-show-total",
        time = clock(plan.total),
        tasks = plan.tasks
    );
    let _ = writeln!(out, "{total}");
    out
}

fn unknown(name: &str) -> Failure {
    Failure::usage(format!("no routine named \"{name}\""))
}
