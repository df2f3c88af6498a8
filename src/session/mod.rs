//! A session: one routine run from start to end.
//!
//! - [`engine`]: the pure state machine (phases, deadlines, pause, skip, back, stalls). No I/O.
//! - [`cue`]: the adapter that announces phase changes (terminal bell, a cue command).
//! - [`plain`]: `windown run ROUTINE --plain`, the line-by-line player.
//!
//! The TUI (`crate::tui`) drives the same engine with its own screen.
pub mod cue;
pub mod engine;
pub mod plain;

pub use cue::{Bell, Cuer};
pub use engine::{
    ADD_TIME, Control, Cue, CueKind, Effect, FINAL_SECONDS, STALL, Session, SessionView, Summary,
    phase_label,
};
