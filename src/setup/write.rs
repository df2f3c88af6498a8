//! The setup's answers on disk: `config.toml` (a new one is the commented file of `config
//! init` with the answered lines filled in; the person's own keeps every line and comment, only
//! the answered keys change), `reminders.toml` when an answer differs from it, and the marker
//! that says the welcome was skipped. Whether the first run is due is read here too.
//!
//! Never replaces a file the person wrote: an existing file is edited key by key through
//! `toml_edit`, and the result is checked as a whole before it replaces the old one.

use std::path::{Path, PathBuf};

use super::{Answers, Setting};
use crate::config::{Config, INIT_TEXT};
use crate::paths::Dirs;
use crate::schema::Which;
use crate::t;

/// The marker in the state folder: the welcome was skipped, do not show it again.
const SKIPPED: &str = "setup-skipped";

fn skipped_marker(dirs: &Dirs) -> PathBuf {
    dirs.state.join(SKIPPED)
}

/// Whether the home screen opens on the welcome: no `config.toml` and no "skipped" marker.
pub(crate) fn first_run_due(dirs: &Dirs) -> bool {
    std::fs::symlink_metadata(dirs.config_file()).is_err()
        && std::fs::symlink_metadata(skipped_marker(dirs)).is_err()
}

/// Remember that the welcome was skipped (`windown setup` still runs it).
pub(crate) fn mark_skipped(dirs: &Dirs) -> std::io::Result<()> {
    crate::fsio::write(
        &skipped_marker(dirs),
        b"The first-run welcome was skipped; `windown setup` runs it at any time.\n",
    )
}

/// A new `config.toml`: the `#:schema` line, then [`INIT_TEXT`] with each setting's
/// commented line (`# bedtime = "22:30"` in its table) replaced by the setting.
pub(crate) fn new_config_text(schema_line: &str, settings: &[Setting]) -> String {
    let mut table: Option<String> = None;
    let mut out = String::from(schema_line);
    for line in INIT_TEXT.lines() {
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            table = Some(name.to_string());
        }
        let set = settings
            .iter()
            .find(|s| s.table == table.as_deref() && line.starts_with(&format!("# {} = ", s.key)));
        match set {
            Some(s) => {
                // `# key = "old"   # comment` -> `key = "new"   # comment`
                let body = &line[2..];
                let comment = body.find("  #").map(|i| body[i..].trim_start());
                let value = format!("{} = {}", s.key, s.value.to_string().trim());
                match comment {
                    Some(c) => {
                        let pad = 28usize.saturating_sub(value.len()).max(1);
                        out.push_str(&format!("{value}{}{c}\n", " ".repeat(pad)));
                    }
                    None => out.push_str(&format!("{value}\n")),
                }
            }
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

/// The person's own `config.toml` with the answered keys set, every other line and comment
/// kept. `Err`: the file does not read as TOML.
pub(crate) fn edited_config_text(text: &str, settings: &[Setting]) -> Result<String, String> {
    let parse = |text: &str| {
        text.parse::<toml_edit::DocumentMut>()
            .map_err(|e: toml_edit::TomlError| {
                e.to_string().lines().next().unwrap_or_default().to_string()
            })
    };
    // A top-level key the file lacks takes the place of its commented line (`# language =
    // "en"`), or goes above the first table: never above the `#:schema` line and the
    // comments at the top, where toml_edit would put it in a file with no top-level key.
    let mut text = text.to_string();
    for s in settings.iter().filter(|s| s.table.is_none()) {
        let doc = parse(&text)?;
        if doc.contains_key(s.key) || doc.iter().any(|(_, i)| i.is_value()) {
            continue;
        }
        let lines: Vec<&str> = text.lines().collect();
        let top = lines
            .iter()
            .position(|l| l.trim_start().starts_with('['))
            .unwrap_or(lines.len());
        let set = format!("{} = {}", s.key, s.value.to_string().trim());
        let commented = format!("# {} = ", s.key);
        let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        match lines[..top].iter().position(|l| l.starts_with(&commented)) {
            Some(i) => out[i] = set,
            None => out.insert(top, format!("{set}\n")),
        }
        text = out.join("\n") + "\n";
    }
    let mut doc = parse(&text)?;
    for s in settings {
        let table = match s.table {
            None => doc.as_table_mut(),
            Some(name) => {
                let item = doc
                    .as_table_mut()
                    .entry(name)
                    .or_insert_with(toml_edit::table);
                match item.as_table_mut() {
                    Some(t) => t,
                    None => return Err(t!("setup-not-a-table", name = name)),
                }
            }
        };
        match table.get_mut(s.key).and_then(toml_edit::Item::as_value_mut) {
            Some(v) => {
                let decor = v.decor().clone();
                *v = s.value.clone();
                *v.decor_mut() = decor;
            }
            None => {
                table.insert(s.key, toml_edit::Item::Value(s.value.clone()));
            }
        }
    }
    Ok(doc.to_string())
}

/// What [`write()`] did, one line each, for the screen or the terminal.
pub(crate) type Said = Vec<String>;

/// Write the answers: `config.toml` (always, so the welcome is not shown again: a new file
/// holds every setting commented, with the answers filled in), and `reminders.toml` when an
/// answer differs from it. `Err`: what could not be written, in words.
pub(crate) fn write(dirs: &Dirs, answers: &Answers) -> Result<Said, String> {
    let mut said = Vec::new();
    let mut settings = answers.settings();
    let path = dirs.config_file();
    let shown = path.display().to_string();
    let exists = std::fs::symlink_metadata(&path).is_ok();
    let old = if exists {
        Some(
            crate::shape::read_text_file(&path, crate::config::MAX_FILE_BYTES)
                .map_err(|d| d.headline())?,
        )
    } else {
        None
    };
    // The language the setup ran in, when config.toml names another (or none).
    let file_lang = old
        .as_deref()
        .and_then(|t| t.parse::<toml::Table>().ok())
        .and_then(|t| t.get("language")?.as_str().map(str::to_string));
    let saved = answers
        .language
        .and_then(|l| super::language_to_save(l, file_lang.as_deref()));
    if let Some(lang) = saved {
        settings.push(Setting {
            table: None,
            key: "language",
            value: lang.into(),
        });
    }
    // The language the file keeps after this (written now, or already there), said when the
    // file is written.
    let kept = saved.or(answers
        .language
        .filter(|l| file_lang.as_deref() == Some(*l) && *l != crate::i18n::PSEUDO));

    let text = if let Some(old) = old {
        if settings.is_empty() {
            None
        } else {
            Some(edited_config_text(&old, &settings).map_err(|e| format!("{shown}: {e}"))?)
        }
    } else {
        Some(new_config_text(
            &Which::Config.line_for(dirs, &path),
            &settings,
        ))
    };
    if let Some(text) = text {
        Config::check(&shown, &text).map_err(|ds| {
            t!(
                "setup-config-kept",
                why = ds.first().map(|d| d.headline()).unwrap_or_default()
            )
        })?;
        let w = crate::fsio::Write::new();
        if exists {
            w.to(&path, text.as_bytes())
        } else {
            w.create_new().to(&path, text.as_bytes())
        }
        .map_err(|e| {
            t!(
                "setup-cannot-write",
                path = shown.as_str(),
                why = e.to_string()
            )
        })?;
        let _ = crate::schema::install(dirs, Which::Config);
        said.push(if exists {
            t!("setup-changed", path = shown.as_str())
        } else {
            t!("setup-wrote", path = shown.as_str())
        });
        if let Some(lang) = kept {
            said.push(t!(
                "setup-language-saved",
                name = super::language_name(lang),
                code = lang
            ));
        }
    }
    said.extend(write_reminders(dirs, answers)?);
    Ok(said)
}

/// The offered reminders switched as answered, in `reminders.toml` (written from the default
/// file, with its `#:schema` line, when there is none and an answer differs from it).
fn write_reminders(dirs: &Dirs, answers: &Answers) -> Result<Said, String> {
    use crate::remind::file;
    let changes = answers.reminder_changes();
    let now: Vec<(&str, bool)> = match file::load(dirs) {
        Ok((r, _)) => changes
            .iter()
            .map(|(id, _)| (*id, r.get(id).is_some_and(|r| r.enabled)))
            .collect(),
        Err(e) => {
            let first = e.first().map(|d| d.headline()).unwrap_or_default();
            return Err(t!("setup-reminders-kept", why = first));
        }
    };
    let differ: Vec<_> = changes.iter().filter(|c| !now.contains(c)).collect();
    if differ.is_empty() {
        return Ok(Vec::new());
    }
    let path = dirs.reminders_file();
    if std::fs::symlink_metadata(&path).is_err() {
        let text = format!(
            "{}{}",
            Which::Reminders.line_for(dirs, &path),
            file::DEFAULT_TEXT
        );
        write_new(&path, &text)?;
        let _ = crate::schema::install(dirs, Which::Reminders);
    }
    let mut said = Vec::new();
    for (id, on) in differ {
        file::set_enabled(dirs, id, *on).map_err(|e| e.to_string())?;
        said.push(t!(
            "setup-reminder-switched",
            id = *id,
            on = if *on { "on" } else { "off" }
        ));
    }
    Ok(said)
}

fn write_new(path: &Path, text: &str) -> Result<(), String> {
    crate::fsio::Write::new()
        .create_new()
        .to(path, text.as_bytes())
        .map(drop)
        .map_err(|e| {
            t!(
                "setup-cannot-write",
                path = path.display().to_string(),
                why = e.to_string()
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveTime;

    fn answers() -> Answers {
        Answers {
            heard: Some(false),
            bedtime: NaiveTime::from_hms_opt(23, 0, 0),
            wake: NaiveTime::from_hms_opt(6, 45, 0),
            balance_poor: Some(true),
            reminders: [Some(true), Some(false), Some(true)],
            start: None,
            language: None,
        }
    }

    /// The setup writes the language it ran in; a later `windown setup --lang fr` changes it
    /// (the first choice does not stick), and English by default writes nothing.
    #[test]
    fn the_language_the_setup_ran_in_is_written_and_a_later_one_replaces_it() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(tmp.path());
        let lang = |l| Answers {
            language: Some(l),
            ..Answers::default()
        };
        let read = || {
            let text = std::fs::read_to_string(dirs.config_file()).unwrap();
            Config::check("c", &text).unwrap().language
        };
        write(&dirs, &lang("en")).unwrap();
        assert_eq!(read(), None);
        write(&dirs, &lang("de")).unwrap();
        assert_eq!(read(), Some("de"));
        let text = std::fs::read_to_string(dirs.config_file()).unwrap();
        // In the place of its commented line, the `#:schema` line still first.
        assert!(text.contains("\nlanguage = \"de\"\n\n[cues]"), "{text}");
        assert!(text.starts_with("#:schema "), "{text}");
        assert!(write(&dirs, &lang("de")).unwrap().is_empty());
        write(&dirs, &lang("fr")).unwrap();
        assert_eq!(read(), Some("fr"));
        write(&dirs, &lang("en")).unwrap();
        assert_eq!(read(), Some("en"));
        write(&dirs, &lang(crate::i18n::PSEUDO)).unwrap();
        assert_eq!(read(), Some("en"));
    }

    #[test]
    fn a_new_file_is_the_commented_one_filled_in() {
        let text = new_config_text(
            "#:schema ./schemas/config.schema.json\n",
            &answers().settings(),
        );
        let c = Config::check("config.toml", &text).unwrap();
        assert_eq!(c.bedtime, NaiveTime::from_hms_opt(23, 0, 0).unwrap());
        assert_eq!(c.wake, NaiveTime::from_hms_opt(6, 45, 0).unwrap());
        assert_eq!(c.balance, crate::config::Balance::Poor);
        assert!(!c.voice.on && !c.sounds.on);
        assert!(text.starts_with("#:schema ./schemas/config.schema.json\n# windown settings."));
        assert!(text.contains("\nbedtime = \"23:00\"\n"), "{text}");
        assert!(
            text.contains("\nengine = \"off\"              # the first of spd-say"),
            "{text}"
        );
        // As many lines as the commented file: each answer took its line's place.
        assert_eq!(text.lines().count(), INIT_TEXT.lines().count() + 1);
        let none = new_config_text("", &[]);
        assert_eq!(none, INIT_TEXT);
    }

    #[test]
    fn the_persons_file_keeps_its_comments() {
        let mine = "# mine\nbedtime = \"21:00\" # early\n\n[sounds]\nticks = false\n";
        let text = edited_config_text(mine, &answers().settings()).unwrap();
        assert!(
            text.starts_with("# mine\nbedtime = \"23:00\" # early\n"),
            "{text}"
        );
        assert!(text.contains("ticks = false"), "{text}");
        let c = Config::check("c", &text).unwrap();
        assert!(!c.sounds.ticks && !c.sounds.on && !c.voice.on);
        assert_eq!(c.balance, crate::config::Balance::Poor);
        assert!(edited_config_text("bedtime = = 1", &[]).is_err());
    }

    #[test]
    fn the_files_written_and_the_welcome_gone() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(tmp.path());
        assert!(first_run_due(&dirs));
        let said = write(&dirs, &answers()).unwrap();
        assert!(!first_run_due(&dirs));
        assert_eq!(said.len(), 3, "{said:?}");
        let config = std::fs::read_to_string(dirs.config_file()).unwrap();
        assert!(config.starts_with("#:schema ./schemas/config.schema.json\n"));
        assert!(dirs.config.join("schemas/config.schema.json").is_file());
        let rem = std::fs::read_to_string(dirs.reminders_file()).unwrap();
        assert!(rem.starts_with("#:schema ./schemas/reminders.schema.json\n"));
        let (r, _) = crate::remind::file::load(&dirs).unwrap();
        assert!(r.get("legs-up").unwrap().enabled);
        assert!(!r.get("wind-down").unwrap().enabled);
        // Again, with nothing answered: the person's files stay as they are.
        let before = std::fs::read_to_string(dirs.config_file()).unwrap();
        assert!(write(&dirs, &Answers::default()).unwrap().is_empty());
        assert_eq!(std::fs::read_to_string(dirs.config_file()).unwrap(), before);
        // A broken file is never replaced.
        std::fs::write(dirs.config_file(), "bedtime = \n").unwrap();
        assert!(write(&dirs, &answers()).is_err());
        assert_eq!(
            std::fs::read_to_string(dirs.config_file()).unwrap(),
            "bedtime = \n"
        );
    }

    #[test]
    fn skipping_is_remembered() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(tmp.path());
        mark_skipped(&dirs).unwrap();
        assert!(!first_run_due(&dirs));
    }

    #[test]
    fn default_answers_write_no_reminders_file() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(tmp.path());
        let a = Answers {
            reminders: [Some(true), Some(true), Some(false)],
            ..Answers::default()
        };
        let said = write(&dirs, &a).unwrap();
        assert_eq!(said.len(), 1, "{said:?}");
        assert!(!dirs.reminders_file().exists());
    }
}
