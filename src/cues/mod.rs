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

pub(crate) mod player;
pub(crate) mod speech;
pub(crate) mod tones;

/// What one program of a command line is called, for messages ("espeak-ng").
pub(crate) fn program_name(argv: &[String]) -> &str {
    argv.first().map_or("", String::as_str)
}
