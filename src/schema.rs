//! JSON Schemas for the files people write (routine files, stretch library files,
//! `reminders.toml`, `config.toml`), made from the same [`crate::shape`] tables the checker reads, so an editor's
//! completion and windown's own errors agree. `windown schema routine|stretch|reminders|config`
//! prints one; copies live in the repository's `schemas/` folder (a test keeps them equal).
//!
//! Files windown writes start with a `#:schema` line (understood by taplo and Even Better
//! TOML) pointing to the schema beside them in the config folder (`schemas/`), which
//! [`install`] writes: it works offline and always matches the installed version.

use std::path::{Path, PathBuf};

use crate::paths::Dirs;
use crate::shape::Shape;

/// One of the files with a schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Which {
    Routine,
    Stretch,
    Reminders,
    Config,
}

impl Which {
    #[cfg(test)]
    pub(crate) const ALL: [Which; 4] = [
        Which::Routine,
        Which::Stretch,
        Which::Reminders,
        Which::Config,
    ];

    fn shape(self) -> &'static Shape {
        match self {
            Which::Routine => &crate::routine::parse::SHAPE,
            Which::Stretch => &crate::routine::library::SHAPE,
            Which::Reminders => &crate::remind::file::SHAPE,
            Which::Config => &crate::config::SHAPE,
        }
    }

    fn title(self) -> &'static str {
        match self {
            Which::Routine => "windown routine file",
            Which::Stretch => "windown stretch library file",
            Which::Reminders => "windown reminders.toml",
            Which::Config => "windown config.toml",
        }
    }

    /// The schema's file name, in the repository's `schemas/` and the config folder's.
    pub fn file_name(self) -> &'static str {
        match self {
            Which::Routine => "routine.schema.json",
            Which::Stretch => "stretch.schema.json",
            Which::Reminders => "reminders.schema.json",
            Which::Config => "config.schema.json",
        }
    }

    /// The schema as pretty JSON text, ending in a newline.
    pub fn json(self) -> String {
        let value = crate::shape::json_schema(self.shape(), self.file_name(), self.title());
        let mut text = serde_json::to_string_pretty(&value).expect("a schema is plain JSON");
        text.push('\n');
        text
    }

    /// The `#:schema` line for a file of this kind written to `file` in the config folder of
    /// `dirs`: a path relative to the file, so the folder can move.
    pub(crate) fn line_for(self, dirs: &Dirs, file: &Path) -> String {
        let depth = file
            .parent()
            .and_then(|p| p.strip_prefix(&dirs.config).ok())
            .map_or(0, |rel| rel.components().count());
        let up = if depth == 0 {
            "./".to_string()
        } else {
            "../".repeat(depth)
        };
        format!("#:schema {up}schemas/{}\n", self.file_name())
    }
}

/// Where the config folder keeps its copy of a schema.
pub(crate) fn path(dirs: &Dirs, which: Which) -> PathBuf {
    dirs.config.join("schemas").join(which.file_name())
}

/// Write the schema of `which` into the config folder when it is missing or out of date, so
/// a `#:schema` line windown wrote finds it. Failing to is no reason to fail the write that
/// asked for it: the caller may ignore the error (editors then just offer no completion).
pub(crate) fn install(dirs: &Dirs, which: Which) -> std::io::Result<()> {
    let target = path(dirs, which);
    let text = which.json();
    if crate::fsio::read(&target, 1024 * 1024).is_ok_and(|old| old == text.as_bytes()) {
        return Ok(());
    }
    if let Some(folder) = target.parent() {
        std::fs::create_dir_all(folder)?;
    }
    crate::fsio::write(&target, text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The copies kept in the repository are what `windown schema` prints.
    #[test]
    fn the_repository_copies_are_current() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas");
        for which in Which::ALL {
            let file = dir.join(which.file_name());
            let kept = std::fs::read_to_string(&file).unwrap_or_default();
            if std::env::var_os("WINDOWN_BLESS_SCHEMAS").is_some() {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&file, which.json()).unwrap();
                continue;
            }
            assert!(
                kept == which.json(),
                "{} is out of date: run WINDOWN_BLESS_SCHEMAS=1 cargo test --lib schema",
                file.display()
            );
        }
    }

    #[test]
    fn schema_lines_point_beside_the_config_folder() {
        let dirs = Dirs::under(Path::new("/r"));
        assert_eq!(
            Which::Routine.line_for(&dirs, &dirs.routines().join("x.toml")),
            "#:schema ../schemas/routine.schema.json\n"
        );
        assert_eq!(
            Which::Config.line_for(&dirs, &dirs.config_file()),
            "#:schema ./schemas/config.schema.json\n"
        );
    }
}
