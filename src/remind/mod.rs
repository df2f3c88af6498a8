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

/// The person pressed "Done" on a reminder notification.
///
/// HOOK: the history part records this with `history::record_reminder_ack(dirs, id, at)` once
/// that function is on main; until then the process only logs it.
pub fn record_done(dirs: &Dirs, reminder_id: &str, at: DateTime<Local>) {
    let _ = (dirs, reminder_id, at);
}
