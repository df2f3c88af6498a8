//! The terminal interface: the home screen, the session screen, and the frame that hosts the
//! reminders and progress screens other parts draw.
//!
//! - [`term`]: entering and restoring the terminal (panic hook, signals, Ctrl-Z).
//! - [`events`]: the one event channel (input thread, signal thread, wake-ups).
//! - [`app`]: the pure interface state machine (keys in, work out) and its drawing.
//! - [`home`], [`screen`], [`overlay`], [`bigdigits`]: pure drawing of each screen.
//! - [`look`]: colour (`NO_COLOR`) and Unicode (locale) decisions, and phase colours.
//! - `run`: the loop that ties the app to the terminal, the clock and the cues.
//!
//! Owns nothing on disk. The session rules live in `crate::session::engine`; this module only
//! shows them and maps keys to controls.

pub mod app;
pub mod bigdigits;
pub mod events;
pub mod home;
pub mod look;
pub mod overlay;
mod run;
pub mod screen;
pub mod term;

use std::io::IsTerminal;

use crate::error::{CmdResult, Failure};
use crate::paths::Dirs;
use crate::routine;

pub use run::{figures, home_entries};

/// `windown`: open the home screen.
pub fn run_home(dirs: &Dirs) -> CmdResult {
    if !std::io::stdout().is_terminal() {
        return Err(Failure::new("the home screen needs a terminal")
            .with_hint("`windown list` lists the routines; `windown run ROUTINE --plain` runs one line by line"));
    }
    run::run(dirs, run::Start::Home, false)
}

/// `windown run ROUTINE`: start a session on `routine` (an id or a path) at once.
pub fn run_session(dirs: &Dirs, routine: &str, mute: bool) -> CmdResult {
    let r = routine::resolve(dirs, routine)?;
    run::run(dirs, run::Start::Routine(Box::new(r)), mute)
}
