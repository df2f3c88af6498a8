//! Adapters that make sound: which speech program and which sound player this machine has,
//! how each is called, and the tones windown makes itself.
//!
//! - [`speech`]: finds `spd-say`, `espeak-ng`, `espeak` (`say` on macOS) or takes
//!   `[voice] command`; builds the command line, with the text after `--` or on stdin, never
//!   where it could be read as an option.
//! - [`player`]: finds `pw-play`, `paplay`, `aplay` (`afplay` on macOS) or takes
//!   `[sounds] command`; builds the command line for a tone file.
//! - [`tones`]: the built-in sounds as WAV files, and a reader for them.
//!
//! `windown cues check` is `crate::cli::cues`.
//!
//! What is said and which tone sounds when is `crate::session::script`'s; running the
//! programs one at a time, off the caller's thread, is `crate::session::cue`'s. Apart from
//! `cues check` (which plays through a `Cuer`), nothing here starts a process or keeps a thread.

pub mod player;
pub mod speech;
pub mod tones;

use std::ffi::OsStr;
use std::path::PathBuf;

/// Where `name` is on a search path such as `$PATH` (an executable regular file), if anywhere.
pub fn on_path(name: &str, path: Option<&OsStr>) -> Option<PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    std::env::split_paths(path?)
        .filter(|dir| !dir.as_os_str().is_empty())
        .map(|dir| dir.join(name))
        .find(|p| {
            std::fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        })
}

/// What one program of a command line is called, for messages ("espeak-ng").
pub fn program_name(argv: &[String]) -> &str {
    argv.first().map_or("", String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

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
