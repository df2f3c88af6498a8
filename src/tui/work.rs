//! The work the interface needs done that touches the disk, the clock, a process or D-Bus:
//! reading routines, the history and the reminder files, recording a session or a check-in,
//! switching a reminder, sending a test notification. Screens ask for it as a [`Job`]; the
//! loop hands it to one worker thread ([`Worker`]), in order, so the UI thread never blocks
//! on a slow disk or bus; each result comes back into the event channel as a [`Done`].
//!
//! Jobs run one after another, so a session is recorded before the home header that counts
//! it is read. A test notification runs on a thread of its own (a notification server can
//! take seconds to answer) so it holds up nothing behind it.

use std::sync::mpsc::{self, Receiver, Sender};
use std::time::Duration;

use chrono::{DateTime, FixedOffset, Local, NaiveDate};

use super::events::Msg;
use super::screens::home::{Answer, Entry};
use crate::history::{self, HomeSummary, Progress};
use crate::paths::Dirs;
use crate::remind::{self, rows::Overview};
use crate::routine::{Catalog, Figure, Routine, figure};
use crate::session::Summary;

/// Work for the worker thread.
#[derive(Debug, Clone, PartialEq)]
pub enum Job {
    /// Read the routines for the home list.
    Catalog,
    /// Read the history for the home header and the morning question; `ask`: the first look
    /// of this run (say the history's note, ask the question when due).
    HomeSummary { ask: bool },
    /// Load a routine's figures, then start it.
    Start(Box<Routine>),
    /// Record a session that ended, then read the home header again.
    RecordSession {
        summary: Summary,
        started: DateTime<Local>,
    },
    /// Record the answer to the morning question (or the skip), then read the header again.
    Checkin {
        night_of: NaiveDate,
        answer: Answer,
        /// How many cramps in all, when given (else the number logged that night).
        count: Option<u32>,
        /// The answer to "did the cramps wake you?", when asked and given.
        woke: Option<bool>,
    },
    /// Record a cramp (the relief guide ended), then read the home header again.
    RecordCramp(history::CrampEntry),
    /// Read the history for the progress screen, its chart `back` months before today.
    Progress { back: u32 },
    /// Read the reminder files and whether the reminder process runs.
    Reminders,
    /// Switch a reminder on or off (the other way from how reminders.toml has it now, so
    /// that two quick presses switch it twice), then read the files again.
    ToggleReminder { id: String },
    /// Send one reminder as a test notification.
    TestReminder { id: String },
    /// Write changed reminder times (or wake and bedtime), then read the files again.
    SaveReminderTimes(Box<remind::edit::Form>),
    /// No speech program was found: tell how to get one, once (a marker in the state folder
    /// remembers that it was told).
    NoSpeech,
}

/// What a job found or did.
#[derive(Debug)]
pub enum Done {
    Catalog(Vec<Entry>),
    HomeSummary {
        summary: Box<HomeSummary>,
        /// The moment it was read (its "today" and "last night").
        at: DateTime<FixedOffset>,
        ask: bool,
    },
    /// A routine with its figures, ready to start.
    Start {
        routine: Box<Routine>,
        figures: Vec<Option<Figure>>,
    },
    /// Something could not be done: tell it on the home screen and after leaving.
    Problem(String),
    Progress(Progress),
    Reminders(Overview),
    /// A message for the reminders screen (a switch, a test's outcome).
    ReminderSaid(String),
    /// Something to tell once on the home screen (not a problem).
    Tell(String),
}

/// What the home screen tells once when no speech program is found.
pub const NO_SPEECH: &str = "No speech program found. For spoken cues install espeak-ng or \
     speech-dispatcher (e.g. `sudo apt install espeak-ng`); `windown cues check` tries them.";

/// The marker that the home screen told how to get a speech program.
pub const NO_SPEECH_TOLD: &str = "told-no-speech";

/// The home list, read now.
pub fn catalog(dirs: &Dirs) -> Vec<Entry> {
    Entry::from_catalog(Catalog::load(dirs))
}

/// Each step's figure, loaded once before a session starts.
pub fn figures(dirs: &Dirs, routine: &Routine, unicode: bool) -> Vec<Option<Figure>> {
    routine
        .steps
        .iter()
        .map(|s| s.figure.as_deref().and_then(|n| figure(dirs, n, unicode)))
        .collect()
}

/// Carry out one job, sending what it found with `send` (some jobs send more than once).
pub fn carry_out(job: Job, dirs: &Dirs, unicode: bool, send: &(dyn Fn(Done) + Sync)) {
    let home_summary = |ask| {
        let at = Local::now().fixed_offset();
        Done::HomeSummary {
            summary: Box::new(history::home_summary(dirs, at)),
            at,
            ask,
        }
    };
    match job {
        Job::Catalog => send(Done::Catalog(catalog(dirs))),
        Job::HomeSummary { ask } => send(home_summary(ask)),
        Job::Start(routine) => {
            let figures = figures(dirs, &routine, unicode);
            send(Done::Start { routine, figures });
        }
        Job::RecordSession { summary, started } => {
            let entry = summary.history_entry(started.fixed_offset(), Local::now().fixed_offset());
            if let Err(e) = history::record_session(dirs, &entry) {
                send(Done::Problem(format!("could not record the session: {e}")));
            }
            send(home_summary(false));
        }
        Job::Checkin {
            night_of,
            answer,
            count,
            woke,
        } => {
            let now = Local::now().fixed_offset();
            match answer {
                Answer::Cramps(c) => {
                    if let Err(e) = history::record_answer(dirs, night_of, c, count, woke, now) {
                        send(Done::Problem(format!("could not record the check-in: {e}")));
                    }
                }
                Answer::Skip => history::dismiss_checkin(dirs, now),
            }
            send(home_summary(false));
        }
        Job::RecordCramp(e) => {
            if let Err(e) = history::record_cramp(dirs, &e) {
                send(Done::Problem(format!("could not record the cramp: {e}")));
            }
            send(home_summary(false));
        }
        Job::Progress { back } => send(Done::Progress(history::progress(
            dirs,
            Local::now().fixed_offset(),
            back,
        ))),
        Job::Reminders => send(Done::Reminders(remind::rows::overview(dirs))),
        Job::ToggleReminder { id } => {
            // As the file has it now, not as the screen last showed it.
            let on = match remind::file::load(dirs) {
                Ok((r, _)) => r.get(&id).is_some_and(|r| !r.enabled),
                Err(_) => true,
            };
            let said = match remind::file::set_enabled(dirs, &id, on) {
                Ok(_) => {
                    let how = if on { "on" } else { "off" };
                    let later = if remind::state::running(dirs).is_some() {
                        " (the reminder process picks this up within a minute)"
                    } else {
                        ""
                    };
                    format!("{id} is now {how}{later}")
                }
                Err(e) => e.to_string(),
            };
            send(Done::Reminders(remind::rows::overview(dirs)));
            send(Done::ReminderSaid(said));
        }
        Job::TestReminder { id } => send(Done::ReminderSaid(remind::send_test(dirs, &id))),
        Job::SaveReminderTimes(form) => {
            let said = remind::edit::saved_words(dirs, &form);
            send(Done::Reminders(remind::rows::overview(dirs)));
            send(Done::ReminderSaid(said));
        }
        Job::NoSpeech => {
            let marker = dirs.state.join(NO_SPEECH_TOLD);
            // Told once: when the marker cannot be written, it is told again next time.
            if std::fs::symlink_metadata(&marker).is_err() {
                let _ = crate::fsio::write(&marker, b"");
                send(Done::Tell(NO_SPEECH.into()));
            }
        }
    }
}

/// The worker thread and the way to it.
pub struct Worker {
    jobs: Sender<Job>,
    /// Closed (disconnected) when the worker has finished every job and ended.
    ended: Receiver<()>,
}

impl Worker {
    /// Start the worker; results go into `tx` as [`Msg::Done`].
    pub fn spawn(dirs: Dirs, unicode: bool, tx: Sender<Msg>) -> std::io::Result<Worker> {
        let (jobs, rx) = mpsc::channel::<Job>();
        let (ended_tx, ended) = mpsc::channel::<()>();
        std::thread::Builder::new()
            .name("work".into())
            .spawn(move || {
                let _ended = ended_tx;
                for job in rx {
                    let tx = tx.clone();
                    let send = move |d: Done| {
                        let _ = tx.send(Msg::Done(d));
                    };
                    if let Job::TestReminder { .. } = job {
                        // A notification server can take seconds: on a thread of its own.
                        let dirs = dirs.clone();
                        let send2 = send.clone();
                        let spawned = std::thread::Builder::new()
                            .name("remind-test".into())
                            .spawn(move || carry_out(job, &dirs, unicode, &send2));
                        if spawned.is_err() {
                            send(Done::ReminderSaid(
                                "cannot start a thread to send the test".into(),
                            ));
                        }
                        continue;
                    }
                    carry_out(job, &dirs, unicode, &send);
                }
            })?;
        Ok(Worker { jobs, ended })
    }

    /// Queue a job. A worker that has gone away is reported as a problem by the caller.
    pub fn send(&self, job: Job) -> bool {
        self.jobs.send(job).is_ok()
    }

    /// No more jobs: wait up to `limit` for the queued ones (a session being recorded) to
    /// finish. False when they had not finished by then.
    pub fn finish(self, limit: Duration) -> bool {
        drop(self.jobs);
        matches!(
            self.ended.recv_timeout(limit),
            Err(mpsc::RecvTimeoutError::Disconnected)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_speech_is_told_once() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(tmp.path());
        let told = std::sync::Mutex::new(Vec::new());
        let send = |d: Done| {
            if let Done::Tell(t) = d {
                told.lock().unwrap().push(t);
            }
        };
        carry_out(Job::NoSpeech, &dirs, false, &send);
        carry_out(Job::NoSpeech, &dirs, false, &send);
        assert_eq!(*told.lock().unwrap(), [NO_SPEECH]);
    }
}
