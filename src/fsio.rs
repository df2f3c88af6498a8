//! Writing a whole file so that a reader, or a crash, sees the old content or the new one and
//! never half of either. The one place that replaces a file: every writer of a whole file
//! (reminders.toml, the reminder state, the check-in marker, the login entries, a new routine)
//! goes through [`write`] or [`Write`].
//!
//! How: a temporary file in the target's folder (so the rename stays on one file system), the
//! bytes, `fsync`, a rename over the target, then an `fsync` of the folder where the system
//! allows it, so the rename itself survives a power cut. The temporary file is removed on
//! every error. Appending to a file (the history log) is not a whole-file write and does not
//! belong here; neither does deciding where files live ([`crate::paths`]).

use std::fs::{File, Permissions};
use std::io::{self, Write as _};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

/// Permission bits of a file created new, before the umask (what `File::create` uses).
const NEW_FILE_MODE: u32 = 0o666;

/// Replace `path` with `bytes` atomically, with the defaults of [`Write::new`]: the folder is
/// created when missing, a file already there keeps its mode, and a symbolic link at `path` is
/// replaced by the new file.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    Write::new().to(path, bytes).map(drop)
}

/// An atomic whole-file write with options; [`Write::to`] carries it out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Write {
    mode: Option<u32>,
    follow_symlink: bool,
    create_new: bool,
}

impl Write {
    /// The defaults: keep the mode of the file replaced (a new file gets `0o666` less the
    /// umask), do not follow a symbolic link, replace whatever is there.
    pub const fn new() -> Write {
        Write {
            mode: None,
            follow_symlink: false,
            create_new: false,
        }
    }

    /// Give the file these permission bits exactly (not reduced by the umask), whatever the
    /// replaced file had: `0o600` for private state.
    pub const fn mode(self, mode: u32) -> Write {
        Write {
            mode: Some(mode),
            ..self
        }
    }

    /// When `path` is a symbolic link (or lies under one), write the file it points to and
    /// leave the link as it is. A link that points nowhere is replaced like a file.
    pub const fn follow_symlink(self) -> Write {
        Write {
            follow_symlink: true,
            ..self
        }
    }

    /// Refuse to replace anything: fail with [`io::ErrorKind::AlreadyExists`] when `path`
    /// exists, leaving it untouched.
    pub const fn create_new(self) -> Write {
        Write {
            create_new: true,
            ..self
        }
    }

    /// The file a write to `path` replaces: `path` itself, or with [`Write::follow_symlink`]
    /// where its links point (for messages).
    pub fn target(&self, path: &Path) -> PathBuf {
        if self.follow_symlink {
            std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
        } else {
            path.to_path_buf()
        }
    }

    /// Write `bytes` as the whole content of `path`. Returns the file actually written
    /// ([`Write::target`]).
    pub fn to(&self, path: &Path, bytes: &[u8]) -> io::Result<PathBuf> {
        let target = self.target(path);
        let dir = match target.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        std::fs::create_dir_all(dir)?;
        let kept = match self.mode {
            Some(m) => Some(m),
            None if self.create_new => None,
            None => std::fs::metadata(&target)
                .ok()
                .filter(std::fs::Metadata::is_file)
                .map(|m| m.permissions().mode() & 0o7777),
        };
        let name = target
            .file_name()
            .map_or_else(|| "file".into(), |n| n.to_string_lossy());
        // Dropping `tmp` before it is persisted removes it, on every error path below.
        let mut tmp = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(".tmp")
            .permissions(Permissions::from_mode(kept.unwrap_or(NEW_FILE_MODE)))
            .tempfile_in(dir)?;
        if let Some(m) = kept {
            // The umask narrowed the mode at creation; set it exactly.
            tmp.as_file().set_permissions(Permissions::from_mode(m))?;
        }
        tmp.write_all(bytes)?;
        tmp.as_file().sync_all()?;
        if self.create_new {
            tmp.persist_noclobber(&target).map_err(|e| e.error)?;
        } else {
            tmp.persist(&target).map_err(|e| e.error)?;
        }
        // Make the rename durable. Some file systems cannot fsync a folder; the data is
        // already safe in the file, so that is not an error.
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(target)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn replaces_the_content_and_leaves_no_temporary_file() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("deep/folder/a.txt");
        write(&path, b"first, and longer").unwrap();
        write(&path, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        assert_eq!(names(path.parent().unwrap()), ["a.txt"]);
    }

    #[test]
    fn leaves_no_temporary_file_on_error() {
        let tmp = tempfile::tempdir().unwrap();
        // A folder where the file should go: the rename fails after the temporary file was
        // written.
        let path = tmp.path().join("a.txt");
        std::fs::create_dir(&path).unwrap();
        std::fs::write(path.join("inside"), "x").unwrap();
        assert!(write(&path, b"new").is_err());
        assert_eq!(names(tmp.path()), ["a.txt"]);
        assert_eq!(names(&path), ["inside"]);
    }

    #[test]
    fn create_new_refuses_an_existing_file_and_leaves_it() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("a.txt");
        Write::new().create_new().to(&path, b"one").unwrap();
        let e = Write::new().create_new().to(&path, b"two").unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(std::fs::read(&path).unwrap(), b"one");
        assert_eq!(names(tmp.path()), ["a.txt"]);
    }

    #[test]
    fn keeps_the_mode_of_the_file_it_replaces_or_sets_one() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("a.txt");
        std::fs::write(&path, "old").unwrap();
        std::fs::set_permissions(&path, Permissions::from_mode(0o640)).unwrap();
        write(&path, b"new").unwrap();
        assert_eq!(mode(&path), 0o640);
        Write::new().mode(0o600).to(&path, b"newer").unwrap();
        assert_eq!(mode(&path), 0o600);
        // A new file gets what File::create would give it.
        let fresh = tmp.path().join("b.txt");
        write(&fresh, b"x").unwrap();
        std::fs::write(tmp.path().join("c.txt"), "x").unwrap();
        assert_eq!(mode(&fresh), mode(&tmp.path().join("c.txt")));
    }

    #[test]
    fn follows_a_symlink_and_keeps_it() {
        let tmp = tempfile::tempdir().unwrap();
        let real = tmp.path().join("dotfiles/a.txt");
        std::fs::create_dir_all(real.parent().unwrap()).unwrap();
        std::fs::write(&real, "old").unwrap();
        std::fs::set_permissions(&real, Permissions::from_mode(0o600)).unwrap();
        let link = tmp.path().join("a.txt");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        let written = Write::new().follow_symlink().to(&link, b"new").unwrap();
        assert_eq!(written, std::fs::canonicalize(&real).unwrap());
        assert!(std::fs::symlink_metadata(&link).unwrap().is_symlink());
        assert_eq!(std::fs::read(&real).unwrap(), b"new");
        assert_eq!(mode(&real), 0o600);
        assert_eq!(names(real.parent().unwrap()), ["a.txt"]);
        // Without following, the link itself is replaced by a file.
        write(&link, b"own").unwrap();
        assert!(std::fs::symlink_metadata(&link).unwrap().is_file());
        assert_eq!(std::fs::read(&real).unwrap(), b"new");
    }
}
