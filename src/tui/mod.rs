//! The terminal interface: the home screen, the session screen, and the frame that hosts the
//! reminders and progress screens other parts draw.
//!
//! - [`term`]: entering and restoring the terminal (panic hook, signals, Ctrl-Z).
//! - [`events`]: the one event channel (input thread, signal thread, wake-ups).
//! - [`home`], [`overlay`], [`bigdigits`]: pure drawing of each screen.
//! - [`look`]: colour (`NO_COLOR`) and Unicode (locale) decisions, and phase colours.
//!
//! The session screen and the loop follow once the session engine is on main.

pub mod bigdigits;
pub mod events;
pub mod home;
pub mod look;
pub mod overlay;
pub mod term;

use crate::error::{CmdResult, Failure};
use crate::paths::Dirs;

/// `windown`: open the home screen.
pub fn run_home(_: &Dirs) -> CmdResult {
    Err(Failure::new("not built yet"))
}

/// `windown run ROUTINE`: start a session on `routine` (an id or a path) at once.
pub fn run_session(_: &Dirs, _: &str, _: bool) -> CmdResult {
    Err(Failure::new("not built yet"))
}
