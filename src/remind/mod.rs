//! Reminders: daytime and bedtime desktop notifications on a schedule the person edits.
//!
//! - [`mod@file`]: `reminders.toml` (format, built-in default, located errors).
//! - [`schedule`]: the pure schedule (next occurrences after a moment, DST rules).
//! - [`daemon`]: `remind run`, the process that sends them.
//! - [`edit`]: changing reminder times and wake/bedtime from the reminders screen.
//! - [`evening`]: skip-when-done, and the check of the routines reminders name.
//! - [`notify`]: the session-bus adapter that never blocks its caller and hears the answers.
//! - [`terminal`]: the terminal a "Start" action opens the routine in.
//! - [`state`]: what the process remembers, and its single-instance lock.
//! - [`ics`]: the schedule as an iCalendar file for phone and desktop calendars.
//! - [`install`]: the systemd user unit or XDG autostart entry.
//! - [`process`]: starting and stopping the reminder process from the app.
//! - [`bars`]: each status bar's escaping of `remind next`.
//! - [`rows`]: what the reminders screen shows, as plain data (the screen is the TUI's).
//!
//! The `windown remind ...` commands are `crate::cli::remind`.

/// The name of the reminder process's own binary, installed beside `windown`; `remind run`
/// becomes it (and a notification's Start opens the `windown` beside it). It alone speaks to
/// the session bus: `remind test` and the reminders screen's test go through it too, so that
/// `windown` carries no bus code (issue 24: the interface maps only what it uses).
pub(crate) const REMIND_BIN: &str = "windown-remind";

/// The `windown-remind` beside this program, when it is there.
pub(crate) fn beside() -> Option<std::path::PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let small = exe.parent()?.join(REMIND_BIN);
    small.is_file().then_some(small)
}

pub mod bars;
pub(crate) mod daemon;
pub(crate) mod edit;
pub(crate) mod evening;
pub mod file;
pub mod ics;
pub mod install;
pub mod notify;
pub(crate) mod process;
pub mod rows;
pub mod schedule;
pub mod state;
pub mod terminal;

use chrono::{DateTime, Local};

use crate::paths::Dirs;

/// The person pressed "Done" on a reminder notification: recorded in the history (as a
/// reminder acknowledgement). The error, if any, is the caller's to report (the reminder
/// process logs it and goes on: it is never fatal).
pub fn record_done(
    dirs: &Dirs,
    reminder_id: &str,
    at: DateTime<Local>,
) -> Result<(), crate::history::HistoryError> {
    crate::history::record_reminder_ack(dirs, reminder_id, at.fixed_offset())
}

/// The notification of reminder `r`. A reminder that names a routine (the evening ones) is of
/// normal urgency and offers "Start" with its actions; the others (water, legs up) are low
/// urgency, daytime nudges.
pub fn message(
    r: &file::Reminder,
    icon: Option<std::path::PathBuf>,
    actions: bool,
) -> notify::Message {
    notify::Message {
        title: r.title.to_string(),
        body: r.full_body(),
        icon,
        actions,
        start: actions && r.routine.is_some(),
        low: r.routine.is_none(),
        replaces: None,
    }
}

/// Send reminder `id` now as a test notification (no buttons) and say what happened, in
/// words for a screen: "test of hydrate: a notification server took it". Blocks until the
/// server answers or the wait is given up. The files are read leniently: a mistake in another
/// reminder does not stop this one's test.
pub(crate) fn send_test(dirs: &Dirs, id: &str) -> String {
    let loaded = file::load_schedule_read(dirs);
    let Some(r) = loaded.schedule.reminders.iter().find(|r| r.id == id) else {
        return match loaded.problems.first() {
            Some(first) => format!("cannot send a test of \"{id}\": {}", first.headline()),
            None => format!("there is no reminder \"{id}\" any more"),
        };
    };
    let msg = message(r, daemon::icon_path(dirs), false);
    format!("test of {id}: {}", notify::send(msg).describe())
}

/// [`send_test`] for the reminders screen, run by the `windown-remind` beside this program
/// (`windown-remind said-test ID`, with these folders), which alone speaks to the bus. Its one
/// line, or what kept it from running.
pub(crate) fn send_test_beside(dirs: &Dirs, id: &str) -> String {
    let Some(small) = beside() else {
        return format!("cannot send a test: {REMIND_BIN} is not installed beside this program");
    };
    let out = std::process::Command::new(small)
        .args(["said-test", id])
        .env("WINDOWN_CONFIG_DIR", &dirs.config)
        .env("WINDOWN_DATA_DIR", &dirs.data)
        .env("WINDOWN_STATE_DIR", &dirs.state)
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .output();
    match out {
        Ok(o) if o.status.success() => {
            let said = String::from_utf8_lossy(&o.stdout);
            crate::diag::printable(said.trim_end()).into_owned()
        }
        Ok(o) => format!("cannot send a test: {REMIND_BIN} ended with {}", o.status),
        Err(e) => format!("cannot send a test: cannot start {REMIND_BIN}: {e}"),
    }
}
