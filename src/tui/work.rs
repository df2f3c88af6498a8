//! The work the interface needs done that touches the disk, the clock, a process or D-Bus:
//! reading routines, the history and the reminder files, recording a session or a check-in,
//! switching a reminder, sending a test notification. Screens ask for it as a [`Job`]; the
//! loop hands it to one worker thread ([`Worker`]), in order, so the UI thread never blocks
//! on a slow disk or bus; each result comes back into the event channel as a [`Done`].
//!
//! Jobs run one after another, so a session is recorded before the home header that counts
//! it is read. A test notification runs on a thread of its own (a notification server can
//! take seconds to answer) so it holds up nothing behind it.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::Duration;

use chrono::{DateTime, FixedOffset, Local, NaiveDate};

use crate::diag::Diagnostic;
use crate::history::{self, Cramps, HomeSummary, Progress};
use crate::paths::Dirs;
use crate::remind::{self, rows::Overview};
use crate::routine::{Catalog, Figure, Routine, figure};
use crate::session::Summary;
use crate::t;

/// What the morning question was answered with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Cramps(Cramps),
    /// Not now: not asked again until the next night is over.
    Skip,
}

/// Work for the worker thread.
#[derive(Debug, Clone, PartialEq)]
pub enum Job {
    /// Read the routines for the home list.
    Catalog,
    /// Read the history for the home header and the morning question; `ask`: the first look
    /// of this run (say the history's note, ask the question when due).
    HomeSummary { ask: bool },
    /// Load a routine's figures, then start it: a routine from a file is read again first,
    /// so what starts is the file as it is now.
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
        /// "Yes" to the red-flag question (during an experiment): the experiment ends and
        /// the advice is told.
        red_flag: bool,
    },
    /// Record a cramp (the relief guide ended), then read the home header again.
    RecordCramp(history::CrampEntry),
    /// Read the history for the progress screen, its chart `back` months before today.
    Progress { back: u32 },
    /// Read the last records for the progress screen's list.
    Records,
    /// Remove a record (a `void`, as `windown history undo` writes), then read the list and
    /// the progress (its chart `back` months before today) again.
    Remove {
        target: history::VoidTarget,
        at: DateTime<FixedOffset>,
        back: u32,
    },
    /// Read the history for the experiment screen.
    Trial,
    /// Start the personal experiment (3 pairs), then read it again for the screen.
    TrialStart {
        expectation: Option<u8>,
        medicine_change: bool,
    },
    /// End the experiment early, then read it again.
    TrialStop,
    /// Record a note on the experiment, then read it again.
    TrialNote(String),
    /// Read the reminder files and whether the reminder process runs.
    Reminders,
    /// Switch a reminder on or off (the other way from how reminders.toml has it now, so
    /// that two quick presses switch it twice), then read the files again.
    ToggleReminder { id: String },
    /// Send one reminder as a test notification.
    TestReminder { id: String },
    /// Start (`start`) or stop the reminder process, then read the files and the lock again.
    ReminderProcess { start: bool },
    /// Write changed reminder times (or wake and bedtime), then read the files again.
    SaveReminderTimes(Box<remind::edit::Form>),
    /// No speech program was found: tell how to get one, once (a marker in the state folder
    /// remembers that it was told).
    NoSpeech,
    /// `config.toml` changed: read it again.
    Config,
    /// `E` on home: the routine's file and its text for the editor screen (a built-in is
    /// copied first, as for [`Job::Edit`]).
    OpenEditor {
        id: String,
        title: String,
        file: Option<PathBuf>,
    },
    /// The editor screen's save: write `text` to `path`.
    SaveRoutine { path: PathBuf, text: String },
    /// The routines folder changed under the editor screen: its file as it is now.
    EditorDisk(PathBuf),
    /// The setup's answers: write config.toml (and reminders.toml), start the reminders when
    /// asked ([`crate::setup::write::write`]).
    SetupWrite(Box<crate::setup::Answers>),
    /// The welcome was left: remember not to show it again.
    SetupSkipped,
    /// The setup's sound check: play a tone and the sentence with speech and tones on,
    /// unmuted ([`crate::setup::sound`]); what it used comes back, for what to check when it
    /// was not heard.
    SetupSound,
    /// `e` on home: make the routine's file ready to edit (a built-in, `file: None`, is
    /// copied to the routines folder first, unless a file of that name is there already).
    Edit {
        id: String,
        title: String,
        file: Option<PathBuf>,
        /// Open it at this line (0: the top).
        line: usize,
    },
}

/// What a job found or did, addressed to whoever asked: each screen's results come back to
/// that screen (`App::done` only routes them), typed, never as bare text.
#[derive(Debug)]
pub enum Done {
    /// For the home screen (which stays under every other screen).
    Home(HomeDone),
    /// For the progress screen: the history read.
    Progress(Progress),
    /// For the progress screen's list: the last records, or why they cannot be read; and
    /// what a removal did, or why not.
    Records {
        rows: Result<Vec<crate::tui::screens::progress::Listed>, String>,
        said: Option<String>,
    },
    /// For the experiment screen: what it shows, or why it cannot be read; and what was
    /// done (started, stopped, noted) or why not.
    Trial {
        seen: Result<crate::tui::screens::trial::Seen, String>,
        said: Option<String>,
    },
    /// For the reminders screen.
    Reminders(RemindersDone),
    /// For the editor screen.
    Editor(EditorDone),
    /// Something could not be done: told on the home screen and after leaving.
    Problem(String),
    /// For the setup screen: what was written and started, one line each, or what failed.
    Setup(Result<Vec<String>, String>),
    /// For the setup screen: what the sound check used, and what went wrong.
    SetupSound(crate::setup::sound::Played),
    /// `config.toml` read again (the loop puts the settings in force): the settings, or its
    /// first mistake (the settings in force stay).
    /// config.toml read again: the settings (each wrong one at its default) and the line
    /// about its mistakes, if any; or, when nothing in it could be read, its first mistake
    /// (the last good settings stay).
    Config(Result<(Box<crate::config::Config>, Option<String>), Box<Diagnostic>>),
}

/// What the home screen asked for.
#[derive(Debug)]
pub enum HomeDone {
    /// The routines as the files have them now (home makes its list rows of it).
    Catalog(Catalog),
    /// The history's summary for the header and the morning question.
    Summary {
        summary: Box<HomeSummary>,
        /// The moment it was read (its "today" and "last night").
        at: DateTime<FixedOffset>,
        ask: bool,
        /// Tonight is a rest evening of a running experiment.
        rest_evening: bool,
    },
    /// A routine with its figures, ready to start.
    Start {
        routine: Box<Routine>,
        figures: Vec<Option<Figure>>,
    },
    /// A routine asked to start did not (its file went or broke since the list was read).
    NotStarted(String),
    /// Something to tell once (not a problem).
    Tell(String),
    /// A cramp was recorded: what was written (as `windown cramp --plain` says it), told on
    /// home and, when windown leaves at once, printed after the terminal is back. Also the
    /// advice after a red flag ended an experiment.
    Recorded(String),
    /// The urgent advice after a warning sign (the red flag at the morning question): said,
    /// and shown on home until read.
    Urgent(String),
    /// The file to hand to the person's text editor, and what to tell (a built-in copied).
    Edit {
        path: PathBuf,
        line: usize,
        said: Option<String>,
    },
    /// The file for the editor screen, or why it cannot be read.
    OpenEditor(Result<Opened, Box<Diagnostic>>),
}

/// A routine's file read for the editor screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opened {
    pub path: PathBuf,
    pub text: String,
    /// What to tell on opening it (a built-in is saved as a copy).
    pub said: Option<String>,
}

/// What the reminders screen asked for.
#[derive(Debug)]
pub enum RemindersDone {
    /// The reminder files and the reminder process, read again.
    Overview(Overview),
    /// A message for the screen (a switch, a test's outcome).
    Said(String),
}

/// What the editor screen asked for.
#[derive(Debug)]
pub enum EditorDone {
    /// The save: the text written, or why not.
    Saved(Result<String, NotSaved>),
    /// The file as it is on disk now (`None`: gone or unreadable).
    Disk(PathBuf, Option<String>),
}

pub(crate) use crate::routine::edit::NotSaved;

/// That `what` (session, checkin, cramp, trial: the experiment's end, welcome: the welcome
/// skipped) could not be written, and why.
fn not_recorded(what: &str, e: &impl std::fmt::Display) -> String {
    t!("tui-app-not-recorded", what = what, error = e.to_string())
}

/// A kind of record removed, as `tui-app-removed` selects it.
fn target_slug(target: history::record::VoidTarget) -> &'static str {
    use history::record::VoidTarget;
    match target {
        VoidTarget::Session => "session",
        VoidTarget::Checkin => "checkin",
        VoidTarget::ReminderAck => "reminder-ack",
        VoidTarget::Cramp => "cramp",
        // The app lists no removals; `windown history undo` takes them back.
        VoidTarget::Void => "removal",
    }
}

/// The marker that the home screen told how to get a speech program.
pub(crate) const NO_SPEECH_TOLD: &str = "told-no-speech";

/// Each step's figure, loaded once before a session starts.
pub(crate) fn figures(dirs: &Dirs, routine: &Routine, unicode: bool) -> Vec<Option<Figure>> {
    routine
        .steps
        .iter()
        .map(|s| s.figure.as_deref().and_then(|n| figure(dirs, n, unicode)))
        .collect()
}

/// A built-in routine copied to the routines folder to be edited (its file there, when one
/// is there already, is edited instead).
fn copy_builtin(dirs: &Dirs, id: &str, title: &str) -> Done {
    let path = dirs.routines().join(format!("{id}.toml"));
    if std::fs::symlink_metadata(&path).is_ok() {
        return Done::Home(HomeDone::Edit {
            path,
            line: 0,
            said: None,
        });
    }
    let Some(source) = crate::routine::builtin::source(id) else {
        return Done::Problem(t!("tui-app-no-builtin", id = id));
    };
    match crate::fsio::write(&path, source.as_bytes()) {
        Ok(()) => Done::Home(HomeDone::Edit {
            said: Some(t!(
                "tui-app-builtin-copied",
                title = title,
                path = path.display().to_string()
            )),
            path,
            line: 0,
        }),
        Err(e) => Done::Problem(t!(
            "tui-app-cannot-copy",
            title = title,
            path = path.display().to_string(),
            error = e.to_string()
        )),
    }
}

/// A routine as its file has it now (a built-in as it is).
fn reread(routine: Routine) -> Result<Routine, String> {
    match &routine.origin {
        crate::routine::Origin::File(p) => crate::routine::parse::read_file(p).map_err(|d| {
            let first = d.first().map(|d| d.headline()).unwrap_or_default();
            t!("tui-app-routine-changed", problem = first)
        }),
        crate::routine::Origin::BuiltIn => Ok(routine),
    }
}

/// Carry out one job, sending what it found with `send` (some jobs send more than once).
/// The experiment screen's jobs: do what was asked (through the same code as `windown
/// trial`), then read the experiment again.
fn trial(job: Job, dirs: &Dirs) -> Done {
    use crate::trial::words as t;
    let at = Local::now().fixed_offset();
    let said = match job {
        Job::TrialStart {
            expectation,
            medicine_change,
        } => Some(match t::begin(dirs, at, 3, expectation, medicine_change) {
            Ok(_) => t!("tui-app-trial-started"),
            Err(e) => t!("tui-app-trial-not-started", error = first_line(&e)),
        }),
        Job::TrialStop => Some(match t::end_early(dirs, at) {
            Ok(()) => t!("tui-app-trial-stopped"),
            Err(e) => t!("tui-app-trial-not-stopped", error = first_line(&e)),
        }),
        Job::TrialNote(text) => Some(match t::add_note(dirs, at, &text) {
            Ok(()) => t!("tui-app-trial-noted"),
            Err(e) => t!("tui-app-trial-not-noted", error = first_line(&e)),
        }),
        _ => None,
    };
    Done::Trial {
        seen: trial_seen(dirs, at),
        said,
    }
}

/// The experiment as its screen shows it: the words and numbers of `windown trial status` and
/// `result` (nothing is worked out anew).
fn trial_seen(
    dirs: &Dirs,
    at: DateTime<FixedOffset>,
) -> Result<crate::tui::screens::trial::Seen, String> {
    use crate::tui::screens::trial::Seen;
    let loaded = history::store::load(dirs).map_err(|e| e.to_string())?;
    let rules = history::NightRules::load(dirs);
    Ok(
        match crate::trial::plan::Trial::from_records(&loaded.records, rules) {
            None => Seen::None,
            Some(t) if t.running(at) => Seen::Running(crate::trial::words::status_now(&t, at)),
            Some(t) => Seen::Ended(crate::trial::words::result_now(&t, at)),
        },
    )
}

/// How many records the progress screen's list shows.
const RECORDS_LISTED: usize = 50;

/// The progress screen's list of records (and what was done, if anything).
fn records(dirs: &Dirs, said: Option<String>) -> Done {
    use crate::tui::screens::progress::Listed;
    Done::Records {
        rows: history::rows::removable(dirs, RECORDS_LISTED)
            .map(|v| {
                v.into_iter()
                    .map(|(target, at, line)| Listed { target, at, line })
                    .collect()
            })
            .map_err(|e| e.to_string()),
        said,
    }
}

/// A failure's first line, without its `error: `.
fn first_line(e: &crate::error::Failure) -> String {
    let text = e.to_string();
    let line = text.lines().next().unwrap_or_default();
    line.strip_prefix("error: ").unwrap_or(line).to_string()
}

pub fn carry_out(job: Job, dirs: &Dirs, unicode: bool, send: &(dyn Fn(Done) + Sync)) {
    let home_summary = |ask| {
        let at = Local::now().fixed_offset();
        let rest_evening = std::cell::Cell::new(false);
        Done::Home(HomeDone::Summary {
            summary: Box::new(history::home_summary_with(dirs, at, &|records, rules| {
                rest_evening.set(crate::session::tonight::rest_evening(records, rules, at));
                crate::trial::tonight_words(records, rules, at)
            })),
            at,
            ask,
            rest_evening: rest_evening.get(),
        })
    };
    match job {
        Job::Catalog => send(Done::Home(HomeDone::Catalog(Catalog::load(dirs)))),
        Job::HomeSummary { ask } => send(home_summary(ask)),
        Job::Start(routine) => match reread(*routine) {
            Ok(routine) => {
                // A rest evening of the experiment: the wind-down without its stretches.
                let routine = crate::session::tonight::routine_tonight(
                    dirs,
                    routine,
                    Local::now().fixed_offset(),
                );
                let figures = figures(dirs, &routine, unicode);
                send(Done::Home(HomeDone::Start {
                    routine: Box::new(routine),
                    figures,
                }));
            }
            Err(why) => {
                send(Done::Home(HomeDone::Catalog(Catalog::load(dirs))));
                send(Done::Home(HomeDone::NotStarted(why)));
            }
        },
        Job::Edit {
            id,
            title,
            file,
            line,
        } => send(match file {
            Some(path) => Done::Home(HomeDone::Edit {
                path,
                line,
                said: None,
            }),
            None => copy_builtin(dirs, &id, &title),
        }),
        Job::OpenEditor { id, title, file } => {
            let read = |path: PathBuf, said| {
                crate::shape::read_text_file(&path, crate::routine::parse::MAX_FILE_BYTES)
                    .map(|text| Opened { path, text, said })
                    .map_err(Box::new)
            };
            let copy = dirs.routines().join(format!("{id}.toml"));
            send(match file {
                Some(path) => Done::Home(HomeDone::OpenEditor(read(path, None))),
                // A copy made before: edit it.
                None if std::fs::symlink_metadata(&copy).is_ok() => {
                    Done::Home(HomeDone::OpenEditor(read(copy, None)))
                }
                // A built-in is copied only when saved: looking costs nothing.
                None => match crate::routine::builtin::source(&id) {
                    Some(source) => Done::Home(HomeDone::OpenEditor(Ok(Opened {
                        said: Some(t!(
                            "tui-app-builtin-saving",
                            title = title.as_str(),
                            path = copy.display().to_string()
                        )),
                        path: copy,
                        text: source.to_string(),
                    }))),
                    None => Done::Problem(t!("tui-app-no-builtin", id = id.as_str())),
                },
            });
        }
        Job::EditorDisk(path) => {
            let text =
                crate::shape::read_text_file(&path, crate::routine::parse::MAX_FILE_BYTES).ok();
            // No file where a built-in's copy would go: the built-in is being edited and is
            // written there only on save, so nothing is gone.
            let builtin_unsaved = text.is_none()
                && std::fs::symlink_metadata(&path).is_err()
                && path
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .is_some_and(|id| crate::routine::builtin::source(id).is_some());
            if !builtin_unsaved {
                send(Done::Editor(EditorDone::Disk(path, text)));
            }
        }
        Job::SaveRoutine { path, text } => {
            send(Done::Editor(EditorDone::Saved(crate::routine::edit::save(
                &path, text,
            ))));
        }
        Job::Config => {
            let r = crate::config::Config::reading(dirs);
            let line = crate::config::Config::problem_line(&r.problems);
            send(Done::Config(
                match (r.config, r.problems.into_iter().next()) {
                    (None, Some(first)) => Err(Box::new(first)),
                    (c, _) => Ok((Box::new(c.unwrap_or_default()), line)),
                },
            ))
        }
        Job::RecordSession { summary, started } => {
            let entry = summary.history_entry(started.fixed_offset(), Local::now().fixed_offset());
            if let Err(e) = history::record_session(dirs, &entry) {
                send(Done::Problem(not_recorded("session", &e)));
            }
            send(home_summary(false));
        }
        Job::Checkin {
            night_of,
            answer,
            count,
            woke,
            red_flag,
        } => {
            let now = Local::now().fixed_offset();
            match answer {
                Answer::Cramps(c) => {
                    if let Err(e) = history::record_answer(dirs, night_of, c, count, woke, now) {
                        send(Done::Problem(not_recorded("checkin", &e)));
                    } else if history::store::load(dirs).is_ok_and(|l| {
                        crate::trial::too_late_for_experiment(
                            &l.records,
                            history::NightRules::load(dirs),
                            night_of,
                            now,
                        )
                    }) {
                        // Kept in the diary, but too late to count for the experiment.
                        send(Done::Home(HomeDone::Recorded(crate::t!(
                            "trial-checkin-too-late"
                        ))));
                    }
                }
                Answer::Skip => history::dismiss_checkin(dirs, now),
            }
            if red_flag {
                // The advice is shown even when the end could not be written.
                if let Err(e) = crate::trial::end_by_red_flag(dirs, now) {
                    send(Done::Problem(not_recorded("trial", &e)));
                }
                send(Done::Home(HomeDone::Urgent(crate::trial::red_flag_now())));
            }
            send(home_summary(false));
        }
        Job::RecordCramp(e) => {
            match history::record_cramp(dirs, &e) {
                Ok(()) => {
                    let night = history::NightRules::load(dirs).cramp_night(e.at);
                    let line = history::record::guide_recorded_line(&e, night);
                    send(Done::Home(HomeDone::Recorded(line)));
                }
                Err(e) => send(Done::Problem(not_recorded("cramp", &e))),
            }
            send(home_summary(false));
        }
        Job::Progress { back } => {
            let at = Local::now().fixed_offset();
            send(Done::Progress(history::progress(
                dirs,
                at,
                back,
                &|records, rules| crate::trial::experiment_state(records, rules, at),
            )))
        }
        Job::Records => send(records(dirs, None)),
        Job::Remove { target, at, back } => {
            let said = match history::rows::remove(dirs, target, at, Local::now().fixed_offset()) {
                Ok(()) => t!("tui-app-removed", target = target_slug(target)),
                Err(e) => t!("tui-app-not-removed", error = e.to_string()),
            };
            send(records(dirs, Some(said)));
            let now = Local::now().fixed_offset();
            send(Done::Progress(history::progress(
                dirs,
                now,
                back,
                &|records, rules| crate::trial::experiment_state(records, rules, now),
            )));
            send(home_summary(false));
        }
        Job::Trial | Job::TrialStart { .. } | Job::TrialStop | Job::TrialNote(_) => {
            send(trial(job, dirs));
        }
        Job::Reminders => send(Done::Reminders(RemindersDone::Overview(
            remind::rows::overview(dirs),
        ))),
        Job::ToggleReminder { id } => {
            let said = remind::edit::toggle_words(dirs, &id);
            send(Done::Reminders(RemindersDone::Overview(
                remind::rows::overview(dirs),
            )));
            send(Done::Reminders(RemindersDone::Said(said)));
        }
        Job::TestReminder { id } => send(Done::Reminders(RemindersDone::Said(
            remind::send_test_beside(dirs, &id),
        ))),
        Job::ReminderProcess { start } => {
            let said = remind::process::start_or_stop(dirs, start);
            send(Done::Reminders(RemindersDone::Overview(
                remind::rows::overview(dirs),
            )));
            send(Done::Reminders(RemindersDone::Said(said)));
        }
        Job::SaveReminderTimes(form) => {
            let said = remind::edit::saved_words(dirs, &form);
            send(Done::Reminders(RemindersDone::Overview(
                remind::rows::overview(dirs),
            )));
            send(Done::Reminders(RemindersDone::Said(said)));
        }
        Job::SetupWrite(answers) => {
            let mut said = crate::setup::write::write(dirs, &answers);
            if let (Ok(lines), Some(true)) = (&mut said, answers.start) {
                match crate::remind::install::context_from_env()
                    .and_then(|ctx| crate::remind::install::start_for_setup(&ctx))
                {
                    Ok(more) => lines.extend(more),
                    Err(f) => lines.push(f.to_string().trim_end().replace('\n', "; ")),
                }
            }
            send(Done::Setup(said));
        }
        Job::SetupSound => {
            // The bell, when there is no sound player, rings on the app's terminal.
            let bell = crate::session::Bell::With(Box::new(|| {
                use std::io::Write as _;
                let mut out = std::io::stdout();
                let _ = out.write_all(b"\x07");
                let _ = out.flush();
            }));
            let (found, config) = crate::setup::sound::setup_for(dirs);
            send(Done::SetupSound(crate::setup::sound::play(
                found, &config, bell,
            )));
        }
        Job::SetupSkipped => {
            if let Err(e) = crate::setup::write::mark_skipped(dirs) {
                send(Done::Problem(not_recorded("welcome", &e)));
            }
        }
        Job::NoSpeech => {
            let marker = dirs.state.join(NO_SPEECH_TOLD);
            // Told once: when the marker cannot be written, it is told again next time.
            if std::fs::symlink_metadata(&marker).is_err() {
                let _ = crate::fsio::write(&marker, b"");
                send(Done::Home(HomeDone::Tell(t!("tui-app-no-speech"))));
            }
        }
    }
}

/// The worker thread and the way to it.
pub(crate) struct Worker {
    jobs: Sender<Job>,
    /// Closed (disconnected) when the worker has finished every job and ended.
    ended: Receiver<()>,
}

impl Worker {
    /// Start the worker; each result is handed to `tell` (the loop wraps it for its
    /// channel), on the worker's thread or on a test notification's own.
    pub(crate) fn spawn(
        dirs: Dirs,
        unicode: bool,
        tell: impl Fn(Done) + Clone + Send + Sync + 'static,
    ) -> std::io::Result<Worker> {
        let (jobs, rx) = mpsc::channel::<Job>();
        let (ended_tx, ended) = mpsc::channel::<()>();
        std::thread::Builder::new()
            .name("work".into())
            .spawn(move || {
                let _ended = ended_tx;
                for job in rx {
                    let send = tell.clone();
                    if let Job::TestReminder { .. } = job {
                        // A notification server can take seconds: on a thread of its own.
                        let dirs = dirs.clone();
                        let send2 = send.clone();
                        let spawned = std::thread::Builder::new()
                            .name("remind-test".into())
                            .spawn(move || carry_out(job, &dirs, unicode, &send2));
                        if spawned.is_err() {
                            send(Done::Reminders(RemindersDone::Said(t!(
                                "tui-app-cannot-start-test"
                            ))));
                        }
                        continue;
                    }
                    carry_out(job, &dirs, unicode, &send);
                }
            })?;
        Ok(Worker { jobs, ended })
    }

    /// Queue a job. A worker that has gone away is reported as a problem by the caller.
    pub(crate) fn send(&self, job: Job) -> bool {
        self.jobs.send(job).is_ok()
    }

    /// No more jobs: wait up to `limit` for the queued ones (a session being recorded) to
    /// finish. False when they had not finished by then.
    pub(crate) fn finish(self, limit: Duration) -> bool {
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
            if let Done::Home(HomeDone::Tell(t)) = d {
                told.lock().unwrap().push(t);
            }
        };
        carry_out(Job::NoSpeech, &dirs, false, &send);
        carry_out(Job::NoSpeech, &dirs, false, &send);
        assert_eq!(*told.lock().unwrap(), [t!("tui-app-no-speech")]);
    }

    /// Every result of one job.
    fn results(job: Job, dirs: &Dirs) -> Vec<Done> {
        let got = std::sync::Mutex::new(Vec::new());
        carry_out(job, dirs, false, &|d| got.lock().unwrap().push(d));
        got.into_inner().unwrap()
    }

    /// "Yes" to the leg question records the check-in, ends the experiment and tells the
    /// advice; "no" does neither.
    #[test]
    fn a_red_flag_at_the_checkin_ends_the_experiment_with_the_advice() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(tmp.path());
        let job = |red_flag| Job::Checkin {
            night_of: chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
            answer: Answer::Cramps(history::Cramps::None),
            count: None,
            woke: None,
            red_flag,
        };
        let told = |got: &[Done]| {
            got.iter()
                .filter(|d| {
                    matches!(d, Done::Home(HomeDone::Urgent(t))
                        if *t == crate::trial::red_flag_now())
                })
                .count()
        };
        let ends = || {
            history::store::load(&dirs)
                .unwrap()
                .records
                .iter()
                .filter(|r| {
                    matches!(r, history::Record::TrialEnd(e)
                        if e.why == history::record::TrialEndWhy::RedFlag)
                })
                .count()
        };
        assert_eq!(told(&results(job(false), &dirs)), 0);
        assert_eq!(ends(), 0);
        assert_eq!(told(&results(job(true), &dirs)), 1);
        assert_eq!(ends(), 1);
    }

    /// The app's "remove": a `void` appended as `windown history undo` writes it (nothing
    /// rewritten); the record leaves the list and counts nowhere; the experiment's records
    /// are never on the list.
    #[test]
    fn remove_appends_a_void_and_never_lists_the_experiments_records() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(tmp.path());
        let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap();
        for (night, c) in [(23, Cramps::Mild), (24, Cramps::None)] {
            history::record_answer(
                &dirs,
                NaiveDate::from_ymd_opt(2026, 11, night).unwrap(),
                c,
                None,
                None,
                at(&format!("2026-11-{}T07:30:00+01:00", night + 1)),
            )
            .unwrap();
        }
        crate::trial::words::begin(&dirs, at("2026-11-25T08:00:00+01:00"), 3, None, false).unwrap();
        let before = std::fs::read_to_string(dirs.history_file()).unwrap();
        let listed = |got: &[Done]| -> Vec<crate::tui::screens::progress::Listed> {
            got.iter()
                .find_map(|d| match d {
                    Done::Records { rows: Ok(r), .. } => Some(r.clone()),
                    _ => None,
                })
                .expect("the list")
        };
        let rows = listed(&results(Job::Records, &dirs));
        assert_eq!(rows.len(), 2, "{rows:?}");
        assert!(
            rows.iter()
                .all(|r| r.target == history::VoidTarget::Checkin)
        );
        // Newest first.
        assert!(rows[0].at > rows[1].at);
        let got = results(
            Job::Remove {
                target: rows[0].target,
                at: rows[0].at,
                back: 0,
            },
            &dirs,
        );
        let after = listed(&got);
        assert_eq!(after, rows[1..].to_vec());
        assert!(
            got.iter()
                .any(|d| matches!(d, Done::Records { said: Some(s), .. }
            if s.starts_with("Removed the check-in")))
        );
        assert!(got.iter().any(|d| matches!(d, Done::Progress(_))));
        // Appended only: the file before is kept whole, one void line after it.
        let now = std::fs::read_to_string(dirs.history_file()).unwrap();
        assert!(now.starts_with(&before));
        let added: Vec<&str> = now[before.len()..].lines().collect();
        assert_eq!(added.len(), 1);
        assert!(added[0].contains(r#""type":"void""#), "{}", added[0]);
        assert!(added[0].contains(r#""target":"checkin""#), "{}", added[0]);
    }

    /// The experiment screen's jobs go through `windown trial`'s code: start, note, stop.
    #[test]
    fn the_experiment_screen_starts_notes_and_stops_through_windown_trial() {
        use crate::tui::screens::trial::Seen;
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(tmp.path());
        let seen = |got: Vec<Done>| match got.into_iter().next() {
            Some(Done::Trial { seen, said }) => (seen.unwrap(), said),
            other => panic!("{other:?}"),
        };
        assert_eq!(seen(results(Job::Trial, &dirs)), (Seen::None, None));
        let (s, said) = seen(results(
            Job::TrialStart {
                expectation: Some(4),
                medicine_change: false,
            },
            &dirs,
        ));
        assert!(said.unwrap().starts_with("Started."));
        let Seen::Running(words) = s else {
            panic!("{s:?}")
        };
        assert!(words.contains("Experiment: the baseline week."), "{words}");
        // A second start is refused while one runs (through the same check as the command).
        let (_, said) = seen(results(Job::TrialNote("a cold".into()), &dirs));
        assert!(said.unwrap().starts_with("Noted"));
        let (s, said) = seen(results(Job::TrialStop, &dirs));
        assert!(said.unwrap().starts_with("Stopped."));
        let Seen::Ended(words) = s else {
            panic!("{s:?}")
        };
        assert!(words.contains("no verdict"), "{words}");
        let l = history::store::load(&dirs).unwrap();
        assert!(
            l.records
                .iter()
                .any(|r| matches!(r, history::Record::TrialNote(n) if n.text == "a cold"))
        );
    }

    /// The cramp guide's record is told back as `windown cramp --plain` says it.
    #[test]
    fn a_recorded_cramp_is_told_back() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(tmp.path());
        let at = chrono::DateTime::parse_from_rfc3339("2026-11-25T03:12:00+00:00").unwrap();
        let e = history::CrampEntry {
            at,
            leg: history::Leg::Right,
            muscle: history::Muscle::Calf,
            relief_seconds: Some(185),
            lasted_seconds: None,
            pain: Some(6),
            recorded: at,
        };
        let got = results(Job::RecordCramp(e), &dirs);
        let told: Vec<&String> = got
            .iter()
            .filter_map(|d| match d {
                Done::Home(HomeDone::Recorded(t)) => Some(t),
                _ => None,
            })
            .collect();
        assert_eq!(told.len(), 1, "{got:?}");
        assert!(
            told[0].starts_with("Recorded a cramp: right calf at 03:12 on Wed 25 Nov 2026")
                && told[0].ends_with(
                    "3m5s with the guide, pain 6/10. To remove it: windown history undo"
                ),
            "{}",
            told[0]
        );
    }

    #[test]
    fn a_built_in_is_copied_once_to_be_edited() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(tmp.path());
        let edit = || Job::Edit {
            id: "evening-legs".into(),
            title: "Evening legs".into(),
            file: None,
            line: 0,
        };
        let path = dirs.routines().join("evening-legs.toml");
        match results(edit(), &dirs).as_slice() {
            [Done::Home(HomeDone::Edit { path: p, said, .. })] => {
                assert_eq!(p, &path);
                assert!(said.as_deref().unwrap().contains("is built in"), "{said:?}");
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            crate::routine::builtin::source("evening-legs").unwrap()
        );
        // There already: edited as it is, not copied again.
        std::fs::write(&path, "title = \"Mine\"\n").unwrap();
        assert!(matches!(
            results(edit(), &dirs).as_slice(),
            [Done::Home(HomeDone::Edit { said: None, .. })]
        ));
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "title = \"Mine\"\n"
        );
    }

    #[test]
    fn config_read_again_keeps_the_valid_settings_and_tells_the_mistake_with_its_place() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(tmp.path());
        assert!(matches!(
            results(Job::Config, &dirs).as_slice(),
            [Done::Config(Ok((_, None)))]
        ));
        // A wrong setting costs only itself: bedtime is kept, the mistake is told.
        crate::fsio::write(
            &dirs.config_file(),
            b"bedtime = \"23:00\"\n[cues]\nbell = 3\n",
        )
        .unwrap();
        match results(Job::Config, &dirs).as_slice() {
            [Done::Config(Ok((c, Some(line))))] => {
                assert_eq!(c.bedtime.format("%H:%M").to_string(), "23:00");
                assert!(line.starts_with("config.toml:3:"), "{line}");
            }
            other => panic!("{other:?}"),
        }
        // A syntax error: nothing can be read; the mistake, with its place.
        crate::fsio::write(&dirs.config_file(), b"bedtime = \"23:00\n").unwrap();
        match results(Job::Config, &dirs).as_slice() {
            [Done::Config(Err(e))] => assert!(e.headline().contains("config.toml:1:"), "{e:?}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn start_reads_the_file_as_it_is_now() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(tmp.path());
        let path = dirs.routines().join("mine.toml");
        let write = |title: &str| {
            crate::fsio::write(
                &path,
                format!("title = \"{title}\"\n[[step]]\ntitle = \"S\"\nhold = \"5s\"\n").as_bytes(),
            )
            .unwrap();
        };
        write("Old");
        let old = crate::routine::parse::read_file(&path).unwrap();
        write("New");
        match results(Job::Start(Box::new(old.clone())), &dirs).as_slice() {
            [Done::Home(HomeDone::Start { routine, .. })] => assert_eq!(routine.title, "New"),
            other => panic!("{other:?}"),
        }
        std::fs::write(&path, "title = 3\n").unwrap();
        match results(Job::Start(Box::new(old)), &dirs).as_slice() {
            [
                Done::Home(HomeDone::Catalog(_)),
                Done::Home(HomeDone::NotStarted(why)),
            ] => {
                assert!(why.contains("does not load now"), "{why}");
            }
            other => panic!("{other:?}"),
        }
    }
}
