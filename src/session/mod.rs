//! A session: one routine run from start to end.
//!
//! - [`engine`]: the pure state machine (phases, deadlines, pause, skip, back, stalls). No I/O.
//! - [`cue`]: the adapter that announces phase changes (speech, tones, the terminal bell).
//! - [`script`]: what is said and which tone sounds at each phase (pure).
//! - [`tonight`]: the routine as it runs tonight (a rest evening's wind-down, its stretches
//!   left out).
//!
//! The line-by-line player (`windown run ROUTINE --plain`) is `crate::cli::plain`.
//!
//! The TUI (`crate::tui`) drives the same engine with its own screen.
pub(crate) mod cue;
pub(crate) mod engine;
pub(crate) mod script;
pub(crate) mod tonight;

pub(crate) use cue::{Bell, Cuer, Setup};
pub(crate) use engine::{ADD_TIME, Control, Cue, Effect, Session, SessionView, Summary, Ticking};

use chrono::{DateTime, FixedOffset};

/// Spaces a tab in a text field turns into.
const TAB: &str = "    ";

/// A free-text field (instructions, a caution, notes) as the lines to show: split at its line
/// breaks, tabs as spaces, each line made printable. Split before [`crate::diag::printable`],
/// which would otherwise show a line break as an escape.
pub(crate) fn text_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| crate::diag::printable(&l.replace('\t', TAB)).into_owned())
        .collect()
}

impl Summary {
    /// The history record of this session, started and ended at these wall-clock times. The
    /// one conversion both players (plain and TUI) use.
    pub(crate) fn history_entry(
        &self,
        started: DateTime<FixedOffset>,
        ended: DateTime<FixedOffset>,
    ) -> crate::history::SessionEntry {
        crate::history::SessionEntry {
            routine_id: self.routine_id.as_str().into(),
            routine_title: self.routine_title.as_ref().into(),
            started,
            ended,
            active_seconds: self.active.as_secs(),
            task_seconds: Some(self.task.as_secs()),
            stretches_done: Some(self.stretches_done),
            stretches_left_out: (self.stretches_left_out > 0).then_some(self.stretches_left_out),
            steps_done: self.steps_done,
            steps_skipped: self.steps_skipped,
            steps_total: self.steps_total,
            finished: self.finished,
        }
    }
}

#[cfg(test)]
mod text_tests {
    #[test]
    fn lines_split_and_tabs_become_spaces() {
        assert_eq!(
            super::text_lines("one\ntab\there\r\n\u{1b}x"),
            ["one", "tab    here", "\\u{1b}x"]
        );
        assert!(super::text_lines("").is_empty());
    }
}
