//! Where windown keeps things. One value, [`Dirs`], built once from the environment and passed
//! down explicitly, so tests point every part of the app at temporary folders.
//!
//! Lookup order for each folder: an explicit `WINDOWN_*_DIR` variable, then the XDG variable
//! (through the `directories` crate), then the platform default. Nothing here creates folders;
//! writers create what they need when they first write.
//!
//! Also where a program is: [`on_path`], the one search of `$PATH` (speech, sounds, the
//! terminal a reminder opens, the editor).

use std::path::{Path, PathBuf};

/// The app's folders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dirs {
    /// `$WINDOWN_CONFIG_DIR`, else `$XDG_CONFIG_HOME/windown`: config.toml, reminders.toml,
    /// routines/.
    pub config: PathBuf,
    /// `$WINDOWN_DATA_DIR`, else `$XDG_DATA_HOME/windown`: history.
    pub data: PathBuf,
    /// `$WINDOWN_STATE_DIR`, else `$XDG_STATE_HOME/windown`: reminder state, locks, logs.
    pub state: PathBuf,
}

#[derive(Debug, thiserror::Error)]
#[error(
    "cannot find a home folder for windown's files; set WINDOWN_CONFIG_DIR, WINDOWN_DATA_DIR and WINDOWN_STATE_DIR"
)]
pub struct NoHome;

impl Dirs {
    /// Folders from the process environment.
    pub fn from_env() -> Result<Dirs, NoHome> {
        Self::from_lookup(|k| {
            std::env::var_os(k)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        })
    }

    /// Folders from any variable lookup (tests pass a closure instead of touching the real
    /// environment).
    pub fn from_lookup(var: impl Fn(&str) -> Option<PathBuf>) -> Result<Dirs, NoHome> {
        let project = || directories::ProjectDirs::from("", "", "windown");
        let pick = |name: &str, fallback: fn(&directories::ProjectDirs) -> PathBuf| {
            var(name).map_or_else(|| project().map(|p| fallback(&p)).ok_or(NoHome), Ok)
        };
        Ok(Dirs {
            config: pick("WINDOWN_CONFIG_DIR", |p| p.config_dir().to_path_buf())?,
            data: pick("WINDOWN_DATA_DIR", |p| p.data_dir().to_path_buf())?,
            state: pick("WINDOWN_STATE_DIR", |p| {
                p.state_dir()
                    .unwrap_or_else(|| p.data_local_dir())
                    .to_path_buf()
            })?,
        })
    }

    /// All three folders under one root (tests and benchmarks).
    pub fn under(root: &Path) -> Dirs {
        Dirs {
            config: root.join("config"),
            data: root.join("data"),
            state: root.join("state"),
        }
    }

    pub fn routines(&self) -> PathBuf {
        self.config.join("routines")
    }
    pub fn config_file(&self) -> PathBuf {
        self.config.join("config.toml")
    }
    pub fn reminders_file(&self) -> PathBuf {
        self.config.join("reminders.toml")
    }
    pub fn figures(&self) -> PathBuf {
        self.config.join("figures")
    }
    /// The person's stretch library (beside `routines`).
    pub fn stretches(&self) -> PathBuf {
        self.config.join("stretches")
    }
    pub fn history_file(&self) -> PathBuf {
        self.data.join("history.jsonl")
    }
}

/// Where `name` is on a search path such as `$PATH` (an executable regular file), if anywhere:
/// the one "is it installed" rule for the speech program, the sound player, the terminal a
/// reminder opens and the editor. Empty entries (the current folder) are never searched.
pub fn on_path(name: &str, path: Option<&std::ffi::OsStr>) -> Option<PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    std::env::split_paths(path?)
        .filter(|dir| !dir.as_os_str().is_empty())
        .map(|dir| dir.join(name))
        .find(|p| {
            std::fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explicit_variables_win() {
        let d = Dirs::from_lookup(|k| match k {
            "WINDOWN_CONFIG_DIR" => Some("/c".into()),
            "WINDOWN_DATA_DIR" => Some("/d".into()),
            "WINDOWN_STATE_DIR" => Some("/s".into()),
            _ => None,
        })
        .unwrap();
        assert_eq!(
            d,
            Dirs {
                config: "/c".into(),
                data: "/d".into(),
                state: "/s".into()
            }
        );
        assert_eq!(d.routines(), PathBuf::from("/c/routines"));
    }

    #[test]
    fn finds_only_executable_files_on_the_path() {
        let tmp = tempfile::tempdir().unwrap();
        let a = tmp.path().join("a");
        let b = tmp.path().join("b");
        std::fs::create_dir_all(&a).unwrap();
        std::fs::create_dir_all(b.join("dir-tool")).unwrap();
        std::fs::write(a.join("plain"), "").unwrap();
        std::fs::write(b.join("tool"), "#!/bin/sh\n").unwrap();
        std::fs::set_permissions(
            b.join("tool"),
            std::os::unix::fs::PermissionsExt::from_mode(0o755),
        )
        .unwrap();
        let path = std::env::join_paths([&a, &b]).unwrap();
        assert_eq!(on_path("tool", Some(&path)), Some(b.join("tool")));
        assert_eq!(on_path("plain", Some(&path)), None);
        assert_eq!(on_path("dir-tool", Some(&path)), None);
        assert_eq!(on_path("tool", None), None);
    }
}
