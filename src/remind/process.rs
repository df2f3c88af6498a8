//! Starting and stopping the reminder process from the app (the reminders screen's keys).
//!
//! Owns one choice: through the installed systemd user unit ([`super::install::UNIT_NAME`])
//! when there is one, otherwise `windown remind run` started detached (its own process group,
//! no terminal, its output discarded), so it outlives the app. Stopping asks the unit to
//! stop, and otherwise (or when the process still runs) sends SIGTERM to the pid in the
//! lock file. Both wait, up to a few seconds, until the lock says the change happened: call
//! them off the UI thread. Writes no file; the process itself takes and drops the lock.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::install::{self, Places, Systemctl};
use super::state;
use crate::paths::Dirs;
use crate::t;

/// How long to wait for the lock to show the process started or stopped.
const SETTLE: Duration = Duration::from_secs(4);

/// Start the reminder process; the words say how, or why not.
pub(crate) fn start(dirs: &Dirs, places: Option<&Places>, systemctl: Systemctl) -> String {
    if let Some(pid) = state::running(dirs) {
        return running_words(pid, "already");
    }
    let unit = places.is_some_and(|p| p.systemd_unit.exists());
    let how = if unit {
        match systemctl(&["start", install::UNIT_NAME]) {
            Ok(()) => "service",
            Err(e) => {
                return t!("remind-process-service-failed", error = e.to_string());
            }
        }
    } else {
        match detached(dirs) {
            Ok(()) => "background",
            Err(e) => {
                return t!("remind-process-start-failed", error = e.to_string());
            }
        }
    };
    match settle(dirs, true) {
        Some(pid) => running_words(pid, how),
        None => t!("remind-process-did-not-start"),
    }
}

/// Stop the reminder process; the words say how, or why not.
pub(crate) fn stop(dirs: &Dirs, places: Option<&Places>, systemctl: Systemctl) -> String {
    let Some(pid) = state::running(dirs) else {
        return t!("remind-process-not-running");
    };
    if places.is_some_and(|p| p.systemd_unit.exists()) {
        // A process started by hand beside an installed unit is not the unit's: the signal
        // below stops it.
        let _ = systemctl(&["stop", install::UNIT_NAME]);
    }
    if state::running(dirs).is_some() && pid != 0 {
        terminate(pid);
    }
    match settle(dirs, false) {
        None => {
            if places.is_some_and(|p| p.systemd_unit.exists() || p.autostart.exists()) {
                t!("remind-process-stopped-login")
            } else {
                t!("remind-process-stopped")
            }
        }
        Some(_) => t!("remind-process-did-not-stop"),
    }
}

/// [`start`] (`start`) or [`stop`], with the places and the `systemctl --user` of this
/// session: what the reminders screen's key does.
pub(crate) fn start_or_stop(dirs: &Dirs, start_it: bool) -> String {
    let places = Places::from_lookup(|k| {
        std::env::var_os(k)
            .filter(|v| !v.is_empty())
            .map(Into::into)
    });
    if start_it {
        start(dirs, places.as_ref(), &install::real_systemctl)
    } else {
        stop(dirs, places.as_ref(), &install::real_systemctl)
    }
}

/// "Reminder process started through its service (pid 12).": `how` is already, service or
/// background; a pid of 0 is not said.
fn running_words(pid: u32, how: &str) -> String {
    t!("remind-process-running", how = how, pid = pid)
}

/// `windown remind run`, with this program's own path, in a process group of its own (a
/// Ctrl-C in the app's terminal does not reach it), its output discarded. Reaped on a thread
/// when it ends while the app still runs.
fn detached(dirs: &Dirs) -> std::io::Result<()> {
    use std::os::unix::process::CommandExt;
    let exe = std::env::current_exe()?;
    let exe = if exe.file_name() == Some(std::ffi::OsStr::new(super::REMIND_BIN)) {
        exe.with_file_name("windown")
    } else {
        exe
    };
    let mut child = command(&exe, dirs)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()?;
    let _ = std::thread::Builder::new()
        .name("remind-run".into())
        .stack_size(64 * 1024)
        .spawn(move || child.wait());
    Ok(())
}

/// `exe remind run`, told the folders in use (the app may have been given them by variable).
fn command(exe: &Path, dirs: &Dirs) -> Command {
    let mut c = Command::new(exe);
    c.args(["remind", "run"])
        .env("WINDOWN_CONFIG_DIR", &dirs.config)
        .env("WINDOWN_DATA_DIR", &dirs.data)
        .env("WINDOWN_STATE_DIR", &dirs.state);
    c
}

fn terminate(pid: u32) {
    if let Ok(pid) = libc::pid_t::try_from(pid) {
        // SAFETY: kill(2) takes plain integers; the pid is the one the reminder process wrote
        // into the lock it holds (checked just before).
        unsafe {
            libc::kill(pid, libc::SIGTERM);
        }
    }
}

/// Wait until the lock is held (`running`) or free (not `running`), up to [`SETTLE`]; the
/// pid when it is held at the end.
fn settle(dirs: &Dirs, running: bool) -> Option<u32> {
    let until = Instant::now() + SETTLE;
    loop {
        let now = state::running(dirs);
        if now.is_some() == running || Instant::now() >= until {
            return now;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_running_words_are_whole_sentences_with_or_without_a_pid() {
        assert_eq!(
            running_words(0, "already"),
            "Reminder process already running."
        );
        assert_eq!(
            running_words(41234, "service"),
            "Reminder process started through its service (pid 41234)."
        );
        assert_eq!(
            running_words(7, "background"),
            "Reminder process started in the background until you log out or stop it (pid 7)."
        );
        let de = crate::i18n::Messages::builtin("de");
        let said = |pid: u32| {
            de.tr(
                "remind-process-running",
                &[
                    ("how", crate::i18n::Arg::from("already")),
                    ("pid", crate::i18n::Arg::from(pid)),
                ],
            )
        };
        assert_eq!(said(0), "Der Erinnerungsprozess läuft bereits.");
        assert_eq!(said(12), "Der Erinnerungsprozess läuft bereits (PID 12).");
    }

    #[test]
    fn stopping_what_does_not_run_says_so() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(tmp.path());
        let never = |_: &[&str]| -> Result<(), install::SystemctlError> {
            panic!("systemctl is not asked when nothing runs")
        };
        assert_eq!(
            stop(&dirs, None, &never),
            "The reminder process is not running."
        );
    }

    #[test]
    fn an_installed_unit_is_started_through_systemctl() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(tmp.path());
        let places = Places::from_lookup(|k| match k {
            "HOME" => Some(tmp.path().join("home")),
            _ => None,
        })
        .unwrap();
        std::fs::create_dir_all(places.systemd_unit.parent().unwrap()).unwrap();
        std::fs::write(&places.systemd_unit, "[Unit]\n").unwrap();
        let asked = std::cell::RefCell::new(Vec::new());
        let fails = |a: &[&str]| -> Result<(), install::SystemctlError> {
            asked.borrow_mut().push(a.join(" "));
            Err(install::SystemctlError::Failed("no user manager".into()))
        };
        assert_eq!(
            start(&dirs, Some(&places), &fails),
            "Could not start the reminder service: no user manager"
        );
        assert_eq!(*asked.borrow(), ["start windown-remind.service"]);
    }
}
