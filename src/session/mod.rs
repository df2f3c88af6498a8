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

use chrono::{DateTime, FixedOffset};

impl Summary {
    /// The history record of this session, started and ended at these wall-clock times. The
    /// one conversion both players (plain and TUI) use.
    pub fn history_entry(
        &self,
        started: DateTime<FixedOffset>,
        ended: DateTime<FixedOffset>,
    ) -> crate::history::SessionEntry {
        crate::history::SessionEntry {
            routine_id: self.routine_id.clone(),
            routine_title: self.routine_title.clone(),
            started,
            ended,
            active_seconds: self.active.as_secs(),
            steps_done: self.steps_done,
            steps_skipped: self.steps_skipped,
            steps_total: self.steps_total,
            finished: self.finished,
        }
    }
}
