//! Reminders: daytime and bedtime desktop notifications on a schedule the person edits.
//!
//! - [`file`]: `reminders.toml` (format, built-in default, located errors).
//! - [`schedule`]: the pure schedule (next occurrences after a moment, DST rules).
//! - [`daemon`]: `remind run`, the process that sends them.
//! - [`notify`]: the notify-rust adapter that never blocks its caller.
//! - [`state`]: what the process remembers, and its single-instance lock.
//! - [`install`]: the systemd user unit or XDG autostart entry.
//! - [`view`]: the reminders screen of the TUI.
//! - [`cmd`]: the `windown remind ...` commands.

pub mod cmd;
pub mod daemon;
pub mod file;
pub mod install;
pub mod notify;
pub mod schedule;
pub mod state;
pub mod view;

use chrono::{DateTime, Local};

use crate::paths::Dirs;

/// The person pressed "Done" on a reminder notification: recorded in the history (as a
/// reminder acknowledgement). A failure to record is logged, never fatal.
pub fn record_done(dirs: &Dirs, reminder_id: &str, at: DateTime<Local>) {
    if let Err(e) = crate::history::record_reminder_ack(dirs, reminder_id, at.fixed_offset()) {
        crate::errln!(
            "windown remind: warning: cannot record \"Done\" for {reminder_id}: {}",
            crate::diag::printable(&e.to_string())
        );
    }
}
