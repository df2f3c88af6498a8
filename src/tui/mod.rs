//! The terminal interface: every screen windown has, and the loop that runs them.
//!
//! - [`screens`]: one file per screen (home, session, summary, reminders, progress, relief,
//!   and the help and quit overlays), each drawn purely from its own state, each with its key
//!   table.
//! - [`app`]: the pure interface state machine: which screen is up, keys in, work out.
//! - [`keys`]: key bindings as data; one table drives a screen's handler, help and hint line.
//! - [`theme`]: every colour and style, `NO_COLOR` and the ASCII fallback, shared drawing.
//! - [`work`]: jobs that touch the disk, the clock, a process or D-Bus, run off the UI thread.
//! - [`events`]: the one event channel (input thread, signal thread, job results).
//! - [`watch`]: live files: the config folder watched, changes told on the channel.
//! - [`handover`]: the terminal handed to the person's text editor (`e`) and taken back.
//! - [`term`]: entering and restoring the terminal (panic hook, signals, Ctrl-Z), one write a
//!   frame.
//! - [`clock`]: the local time for what is shown, its zone resolved at most once a minute.
//! - [`bigdigits`]: the big countdown digits (and capitals, for the relief screen's step names).
//! - `alloc_count` (tests only): the counting allocator that holds a second frame to a bound.
//! - `run`: the loop that ties the app to the terminal, the clocks, the cues and the worker.
//!
//! The only module that draws: no module outside `tui` imports ratatui (a test checks). Owns
//! nothing on disk: the session rules live in `crate::session::engine`, the data screens show
//! in `crate::routine`, `crate::history` and `crate::remind`.

#[cfg(test)]
mod alloc_count;
pub mod app;
pub mod bigdigits;
pub mod clock;
pub mod events;
pub mod handover;
pub mod keys;
mod run;
pub mod screens;
pub mod term;
pub mod theme;
pub mod watch;
mod words;
pub mod work;

use std::io::IsTerminal;

use crate::error::{CmdResult, Failure};
use crate::paths::Dirs;
use crate::routine;

/// `windown`: open the home screen.
pub fn run_home(dirs: &Dirs) -> CmdResult {
    if !std::io::stdout().is_terminal() {
        return Err(Failure::new("the home screen needs a terminal")
            .with_hint("`windown list` lists the routines; `windown run ROUTINE --plain` runs one line by line"));
    }
    // The first run (no config.toml, the welcome never skipped) opens on the welcome.
    let start = if crate::setup::write::first_run_due(dirs) {
        run::Start::Setup { first_run: true }
    } else {
        run::Start::Home
    };
    run::run(dirs, start, false)
}

/// `windown setup`: the setup screen, then home.
pub fn run_setup(dirs: &Dirs) -> CmdResult {
    run::run(dirs, run::Start::Setup { first_run: false }, false)
}

/// `windown cramp`: open the relief guide for a cramp in `leg`'s `muscle` (both preselected,
/// changeable before it starts).
pub fn run_relief(
    dirs: &Dirs,
    leg: crate::history::Leg,
    muscle: crate::history::Muscle,
) -> CmdResult {
    run::run(dirs, run::Start::Relief(leg, muscle), false)
}

/// `windown run ROUTINE`: start a session on `routine` (an id or a path) at once.
pub fn run_session(dirs: &Dirs, routine: &str, mute: bool) -> CmdResult {
    let r = routine::resolve(dirs, routine)?;
    run::run(dirs, run::Start::Routine(Box::new(r)), mute)
}
