//! What the reminder process remembers between runs, and the lock that keeps it single.
//!
//! Owns two files in the state folder: `remind-state.json` (per reminder: the last occurrence
//! handled, and the last one sent; snoozed reminders), written atomically through [`crate::fsio`], and
//! `remind.lock`, held with an OS file lock for as long as `remind run` lives (the lock goes
//! away with the process, even after a crash). Knows nothing about schedules.
//!
//! Both are read under the one reading rule ([`crate::fsio::read`]): a state file that is not
//! a regular file, or is too large, is reported and treated as empty (the next save replaces
//! it); a lock file that is not one is replaced. Nothing here ever waits on a file.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::fsio;
use crate::paths::Dirs;

/// Per reminder: what the process last did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Last {
    /// The last occurrence dealt with (sent, or dropped because it was too late).
    pub(crate) handled: Option<DateTime<FixedOffset>>,
    /// The last occurrence sent (to a server, or to stderr when there was none).
    pub(crate) sent: Option<DateTime<FixedOffset>>,
    /// What happened to it last: sent, snoozed, done, or skipped because its routine was
    /// done that evening (`remind status`). Missing in files from before it was kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) outcome: Option<LastOutcome>,
}

/// What happened last to a reminder, and when.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "what", rename_all = "lowercase")]
pub(crate) enum LastOutcome {
    /// Sent at this occurrence.
    Sent { at: DateTime<FixedOffset> },
    /// "Snooze" pressed at `at`.
    Snoozed { at: DateTime<FixedOffset> },
    /// "Done" pressed at `at`.
    Done { at: DateTime<FixedOffset> },
    /// The occurrence `at` was not sent: its routine was done at `done` that evening.
    Skipped {
        at: DateTime<FixedOffset>,
        done: DateTime<FixedOffset>,
    },
}

impl LastOutcome {
    /// `sent today 21:30`, `snoozed today 21:31`, `done today 21:32`, or `skipped: done at
    /// 21:04 (today 21:30)`, with days counted from `now`.
    pub(crate) fn words(&self, now: &DateTime<chrono::Local>) -> String {
        let when =
            |t: &DateTime<FixedOffset>| super::rows::when(&t.with_timezone(&chrono::Local), now);
        match self {
            LastOutcome::Sent { at } => crate::t!("cli-remind-sent", when = when(at)),
            LastOutcome::Snoozed { at } => crate::t!("cli-remind-snoozed", when = when(at)),
            LastOutcome::Done { at } => crate::t!("cli-remind-done", when = when(at)),
            LastOutcome::Skipped { at, done } => {
                format!("{} ({})", super::evening::skipped_words(*done), when(at))
            }
        }
    }
}

/// A reminder put off with "Snooze": it comes back at `until`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Snooze {
    pub(crate) id: String,
    pub(crate) until: DateTime<FixedOffset>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct State {
    #[serde(default)]
    pub(crate) reminders: BTreeMap<String, Last>,
    /// Snoozed reminders, kept here so that a restart does not lose them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) snoozed: Vec<Snooze>,
    /// Notifications on screen and not yet answered or closed: reminder id to the server's
    /// id. A restart sends each again with that id, so that its buttons answer the new
    /// process (a server sends an action only to the connection that sent the notification).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub(crate) open: BTreeMap<String, u32>,
}

pub(crate) fn state_file(dirs: &Dirs) -> PathBuf {
    dirs.state.join("remind-state.json")
}

pub(crate) fn lock_file(dirs: &Dirs) -> PathBuf {
    dirs.state.join("remind.lock")
}

/// Largest state file read: a few hundred bytes per reminder.
const STATE_LIMIT: u64 = 1024 * 1024;
/// Largest lock file read for its pid.
const LOCK_LIMIT: u64 = 64;

/// Why the saved state could not be loaded.
#[derive(Debug, thiserror::Error)]
pub(crate) enum StateError {
    #[error("{} is damaged: {error}", path.display())]
    Damaged {
        path: PathBuf,
        error: serde_json::Error,
    },
    #[error("cannot read {}: {error}", path.display())]
    Read {
        path: PathBuf,
        error: fsio::ReadError,
    },
}

impl State {
    /// The saved state; empty when there is none. A damaged file is reported (so that the
    /// caller can say so) and treated as empty.
    pub(crate) fn load(dirs: &Dirs) -> Result<State, StateError> {
        let path = state_file(dirs);
        match fsio::read(&path, STATE_LIMIT) {
            Ok(bytes) => {
                serde_json::from_slice(&bytes).map_err(|error| StateError::Damaged { path, error })
            }
            Err(fsio::ReadError::Missing) => Ok(State::default()),
            Err(error) => Err(StateError::Read { path, error }),
        }
    }

    /// Write the state atomically, readable by its owner only.
    pub(crate) fn save(&self, dirs: &Dirs) -> std::io::Result<()> {
        let text = serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?;
        fsio::Write::new()
            .mode(0o600)
            .to(&state_file(dirs), &text)
            .map(drop)
    }
}

/// The single-instance lock, held while this value lives.
#[derive(Debug)]
pub(crate) struct InstanceLock {
    _file: File,
    /// Something that was not a regular file stood where the lock goes, and was replaced.
    pub(crate) replaced: bool,
}

/// Why the lock was not taken.
#[derive(Debug)]
pub(crate) enum LockError {
    /// Another `remind run` holds it (its pid when it wrote one).
    Held(Option<u32>),
    Io(PathBuf, std::io::Error),
}

/// Take the lock, and write our pid into the lock file for `remind status`.
pub(crate) fn take_lock(dirs: &Dirs) -> Result<InstanceLock, LockError> {
    let path = lock_file(dirs);
    let io = |e| LockError::Io(path.clone(), e);
    std::fs::create_dir_all(&dirs.state).map_err(io)?;
    let (mut file, replaced) = fsio::open_lock(&path).map_err(io)?;
    match file.try_lock() {
        Ok(()) => {
            file.set_len(0).map_err(io)?;
            writeln!(file, "{}", std::process::id()).map_err(io)?;
            Ok(InstanceLock {
                _file: file,
                replaced,
            })
        }
        Err(std::fs::TryLockError::WouldBlock) => Err(LockError::Held(read_pid(&path))),
        Err(std::fs::TryLockError::Error(e)) => Err(io(e)),
    }
}

/// Is a reminder process running? `Some(pid)` (pid 0 when unknown) if the lock is held. A
/// lock file that is not a regular file holds no lock: `None` (see [`lock_problem`]).
pub(crate) fn running(dirs: &Dirs) -> Option<u32> {
    let path = lock_file(dirs);
    let file = fsio::open_regular(&path).ok()?;
    match file.try_lock_shared() {
        Ok(()) => None,
        Err(std::fs::TryLockError::WouldBlock) => Some(read_pid(&path).unwrap_or(0)),
        Err(std::fs::TryLockError::Error(_)) => None,
    }
}

/// What is wrong with the lock file, when something other than a regular file stands in its
/// place (it is replaced when `remind run` starts).
pub(crate) fn lock_problem(dirs: &Dirs) -> Option<String> {
    let path = lock_file(dirs);
    match fsio::open_regular(&path) {
        Ok(_) | Err(fsio::ReadError::Missing) => None,
        Err(e) => Some(format!("{}: {e}", path.display())),
    }
}

fn read_pid(path: &Path) -> Option<u32> {
    let bytes = fsio::read(path, LOCK_LIMIT).ok()?;
    std::str::from_utf8(&bytes).ok()?.trim().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_outcome_is_kept_and_old_files_still_read() {
        use chrono::TimeZone;
        let old: State =
            serde_json::from_str(r#"{"reminders":{"a":{"handled":null,"sent":null}}}"#).unwrap();
        assert_eq!(old.reminders["a"].outcome, None);
        let at = chrono::Local
            .with_ymd_and_hms(2026, 12, 2, 21, 30, 0)
            .unwrap()
            .fixed_offset();
        let done = at - chrono::Duration::minutes(26);
        let mut s = State::default();
        s.reminders.entry("a".into()).or_default().outcome =
            Some(LastOutcome::Skipped { at, done });
        let text = serde_json::to_string(&s).unwrap();
        assert!(text.contains(r#""outcome":{"what":"skipped","#), "{text}");
        let back: State = serde_json::from_str(&text).unwrap();
        assert_eq!(back, s);
        let now = at.with_timezone(&chrono::Local) + chrono::Duration::minutes(5);
        assert_eq!(
            back.reminders["a"].outcome.unwrap().words(&now),
            "skipped: done at 21:04 (today 21:30)"
        );
        assert_eq!(
            LastOutcome::Snoozed { at }.words(&now),
            "snoozed today 21:30"
        );
        // People read these in their language; the state file keeps its English values.
        let de: &'static crate::i18n::Messages =
            Box::leak(Box::new(crate::i18n::Messages::builtin("de")));
        crate::i18n::scoped(de, || {
            assert_eq!(
                back.reminders["a"].outcome.unwrap().words(&now),
                "ausgelassen: erledigt um 21:04 (heute 21:30)"
            );
            assert_eq!(LastOutcome::Done { at }.words(&now), "erledigt heute 21:30");
        });
    }

    #[test]
    fn saves_and_loads_and_locks() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(tmp.path());
        assert_eq!(State::load(&dirs).unwrap(), State::default());
        let mut s = State::default();
        let t = DateTime::parse_from_rfc3339("2026-12-01T07:00:00+01:00").unwrap();
        s.reminders.insert(
            "a".into(),
            Last {
                handled: Some(t),
                sent: None,
                outcome: None,
            },
        );
        s.snoozed.push(Snooze {
            id: "a".into(),
            until: t,
        });
        s.save(&dirs).unwrap();
        assert_eq!(State::load(&dirs).unwrap(), s);
        // A file from before snoozes were kept still loads.
        std::fs::write(state_file(&dirs), "{\"reminders\": {}}").unwrap();
        assert_eq!(State::load(&dirs).unwrap(), State::default());

        assert_eq!(running(&dirs), None);
        let lock = take_lock(&dirs).unwrap();
        assert_eq!(running(&dirs), Some(std::process::id()));
        assert!(matches!(take_lock(&dirs), Err(LockError::Held(Some(_)))));
        drop(lock);
        assert_eq!(running(&dirs), None);
    }
}
