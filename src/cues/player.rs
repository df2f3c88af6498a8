//! Sound players: which program plays windown's tone files, and how it is called.
//!
//! With no settings, the first of these found on `PATH`: `pw-play` (PipeWire), `paplay`
//! (PulseAudio), `aplay` (ALSA), and `afplay` on macOS. `[sounds] command` names any other
//! program, which gets the file's path as its last argument (a path windown made, always
//! absolute, so never read as an option). No player: the terminal bell stands in.

use std::ffi::OsStr;
use std::path::Path;

use crate::paths::on_path;

/// The programs looked for, in order.
#[cfg(target_os = "macos")]
pub(crate) const KNOWN: &[&str] = &["pw-play", "paplay", "aplay", "afplay"];
#[cfg(not(target_os = "macos"))]
pub(crate) const KNOWN: &[&str] = &["pw-play", "paplay", "aplay"];

/// A player and how to call it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Player {
    pub(crate) name: String,
    /// The program and its options, without the file.
    pub(crate) argv: Vec<String>,
}

impl Player {
    /// The first known player on `path`.
    pub(crate) fn find(path: Option<&OsStr>) -> Option<Player> {
        KNOWN
            .iter()
            .find(|name| on_path(name, path).is_some())
            .map(|name| {
                let mut argv = vec![name.to_string()];
                if *name == "aplay" {
                    argv.push("-q".into());
                }
                Player {
                    name: name.to_string(),
                    argv,
                }
            })
    }

    /// Any program from `[sounds] command`.
    pub(crate) fn command(argv: Vec<String>) -> Player {
        Player {
            name: super::program_name(&argv).to_string(),
            argv,
        }
    }

    /// The whole command line to play `file`.
    pub(crate) fn call(&self, file: &Path) -> Vec<String> {
        let mut argv = self.argv.clone();
        argv.push(file.display().to_string());
        argv
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_known_player_wins_and_aplay_is_quiet() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().as_os_str();
        assert_eq!(Player::find(Some(path)), None);
        for name in ["aplay", "paplay"] {
            let p = tmp.path().join(name);
            std::fs::write(&p, "#!/bin/sh\n").unwrap();
            std::fs::set_permissions(&p, std::os::unix::fs::PermissionsExt::from_mode(0o755))
                .unwrap();
        }
        let p = Player::find(Some(path)).unwrap();
        assert_eq!(p.call(Path::new("/t/hold.wav")), ["paplay", "/t/hold.wav"]);
        std::fs::remove_file(tmp.path().join("paplay")).unwrap();
        let p = Player::find(Some(path)).unwrap();
        assert_eq!(p.call(Path::new("/t/x.wav")), ["aplay", "-q", "/t/x.wav"]);
    }
}
