//! `windown remind run`: the reminder process.
//!
//! Owns the loop: one event channel (signals, send results, notification actions), a wait of
//! at most a minute on wall-clock deadlines, sending what is due, remembering what was sent,
//! and noticing edits to reminders.toml and config.toml. The decision of what is due is the
//! pure [`due`]; sending is [`super::notify`]; the schedule is [`super::schedule`].
//!
//! File changes are noticed by comparing each file's modification time and length at every
//! wake (at most a minute apart), not with an inotify watcher: editors save by renaming, which
//! watchers follow badly, and polling two `stat`s a minute costs nothing and needs no thread.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, SystemTime};

use chrono::{DateTime, Local, TimeZone};

use super::evening::{self, Tonight, skipped_words};
use super::file::{self, Schedule};
use super::notify::{self, Message, Outcome};
use super::schedule::{self as sched, ReminderOccurrences};
use super::state::{self, State};
use crate::diag::printable;
use crate::error::{CmdResult, Failure};
use crate::paths::Dirs;

/// A missed occurrence is still sent when it is less late than this.
pub(crate) const LATE_LIMIT: Duration = Duration::from_secs(15 * 60);
/// The longest single sleep, so that a suspend or a clock change is noticed.
pub(crate) const MAX_SLEEP: Duration = Duration::from_secs(60);
/// While a file has a mistake, or just after it changed, it is looked at this often,
/// so that a fix (or the rest of a write in progress) is picked up soon (two `stat`s).
pub(crate) const BROKEN_POLL: Duration = Duration::from_secs(2);
/// How long a SIGTERM waits for the loop to save and leave before the process ends anyway.
pub(crate) const STOP_GRACE: Duration = Duration::from_secs(3);
/// How long "Snooze" puts a reminder off.
pub(crate) const SNOOZE: Duration = Duration::from_secs(10 * 60);
/// A "handled" mark later than now by more than this came from a clock that was ahead (and
/// was corrected since): it is pulled back to now instead of silencing the reminder.
pub(crate) const FUTURE_SLACK: Duration = Duration::from_secs(60);

/// What one reminder needs at one wake.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Due<Tz: TimeZone> {
    pub(crate) reminder: usize,
    /// The occurrence to send now (the latest one due, if it is less than 15 min late).
    pub(crate) send: Option<DateTime<Tz>>,
    /// Set when occurrences from this moment on were dropped for being too late.
    pub(crate) dropped_from: Option<DateTime<Tz>>,
    /// The new "handled" mark: the latest occurrence not after `now`.
    pub(crate) handled: DateTime<Tz>,
    /// The saved mark was in the future (a clock that was ahead): it, to be logged.
    pub(crate) future_mark: Option<DateTime<Tz>>,
}

/// How long the loop may sleep before `next` (the next deadline, if any), at most
/// [`MAX_SLEEP`]: with nothing due it sleeps the longest, never spins.
pub(crate) fn wait_before<Tz: TimeZone>(
    next: Option<&DateTime<Tz>>,
    now: &DateTime<Tz>,
) -> Duration {
    match next {
        None => MAX_SLEEP,
        Some(t) => (t.clone() - now.clone())
            .to_std()
            .unwrap_or(Duration::ZERO)
            .min(MAX_SLEEP),
    }
}

/// What is due at `now`, given what was handled before. Pure. A reminder with no record yet is
/// marked handled at `now` (nothing from before the process knew it is sent); so is one whose
/// mark lies more than [`FUTURE_SLACK`] ahead of `now`. At most one occurrence per reminder is
/// sent, never a burst.
pub(crate) fn due<Tz: TimeZone>(
    schedule: &Schedule,
    state: &State,
    now: &DateTime<Tz>,
) -> Vec<Due<Tz>> {
    let tz = now.timezone();
    let late = chrono::Duration::from_std(LATE_LIMIT).unwrap_or_default();
    let slack = chrono::Duration::from_std(FUTURE_SLACK).unwrap_or_default();
    let mut out = Vec::new();
    for (i, r) in schedule.reminders.iter().enumerate() {
        if !r.enabled {
            continue;
        }
        let handled = state
            .reminders
            .get(r.id.as_str())
            .and_then(|l| l.handled)
            .map(|t| t.with_timezone(&tz));
        let future_mark = handled.clone().filter(|h| *h > now.clone() + slack);
        let Some(since) = handled.filter(|_| future_mark.is_none()) else {
            out.push(Due {
                reminder: i,
                send: None,
                dropped_from: None,
                handled: now.clone(),
                future_mark,
            });
            continue;
        };
        let Some(first) =
            ReminderOccurrences::new(schedule, i, &since).and_then(|mut it| it.next())
        else {
            continue;
        };
        if first > *now {
            continue;
        }
        let recent_from = if since > now.clone() - late {
            since.clone()
        } else {
            now.clone() - late
        };
        // Only the last few: a 1-second reminder has at most 900 in the window.
        let recent = sched::occurrences_between(schedule, i, &recent_from, now, 2000);
        let latest = recent.last().cloned();
        let dropped_from = (first <= now.clone() - late).then(|| first.clone());
        out.push(Due {
            reminder: i,
            handled: latest.clone().unwrap_or_else(|| now.clone()),
            send: latest,
            dropped_from,
            future_mark: None,
        });
    }
    out
}

/// A snoozed reminder: when it comes back, and its id.
pub(crate) type Snoozed<Tz> = (DateTime<Tz>, String);

/// What an evening reminder's body starts with while a personal experiment runs
/// ([`Tonight::experiment_line`]); the history is read at most once per wake-up (`tonight`).
fn experiment_line(
    dirs: &Dirs,
    tonight: &mut Option<Tonight>,
    r: &file::Reminder,
    at: DateTime<Local>,
) -> Option<String> {
    let routine = r.routine.as_deref()?;
    tonight
        .get_or_insert_with(|| Tonight::load(dirs))
        .experiment_line(routine, at.fixed_offset())
}

/// Split snoozes into those whose reminder is still in the schedule and on, and the others
/// (to be dropped: a reminder switched off or removed is not sent again). Pure.
pub(crate) fn live_snoozes(
    schedule: &Schedule,
    snoozes: Vec<state::Snooze>,
) -> (Vec<state::Snooze>, Vec<state::Snooze>) {
    snoozes
        .into_iter()
        .partition(|s| schedule.reminders.iter().any(|r| r.id == s.id && r.enabled))
}

/// Split snoozed reminders into those to send now and those still waiting. Pure. One more
/// than 15 minutes late (after a suspend) is dropped, like any missed reminder.
pub(crate) fn snoozes_due<Tz: TimeZone>(
    snoozed: Vec<Snoozed<Tz>>,
    now: &DateTime<Tz>,
) -> (Vec<Snoozed<Tz>>, Vec<Snoozed<Tz>>) {
    let late = chrono::Duration::from_std(LATE_LIMIT).unwrap_or_default();
    let (ready, later): (Vec<_>, Vec<_>) = snoozed.into_iter().partition(|(t, _)| t <= now);
    let ready = ready
        .into_iter()
        .filter(|(t, _)| t.clone() > now.clone() - late)
        .collect();
    (ready, later)
}

/// Everything that wakes the loop.
enum Event {
    Stop,
    Sent {
        id: String,
        at: DateTime<Local>,
        outcome: Outcome,
        /// The server's id for the notification, to replace it with the next one.
        server_id: Option<u32>,
    },
    /// The person answered the notification the server knows by `server_id` (or it closed).
    Answer {
        server_id: u32,
        action: String,
    },
}

/// A file's identity for change detection.
type Stamp = Option<(SystemTime, u64)>;

fn stamp(path: &PathBuf) -> Stamp {
    let m = std::fs::metadata(path).ok()?;
    Some((m.modified().ok()?, m.len()))
}

struct Daemon<'a> {
    dirs: &'a Dirs,
    schedule: Schedule,
    stamps: (Stamp, Stamp),
    /// The stamps of a broken edit already reported.
    reported: Option<(Stamp, Stamp)>,
    /// A file changed at the last look: look again after [`BROKEN_POLL`].
    recheck: bool,
    /// The files in force have a mistake (its reminder or setting is left out): look again
    /// after [`BROKEN_POLL`], so the fix is picked up soon.
    mistaken: bool,
    state: State,
    /// How long "Snooze" puts a reminder off.
    snooze: Duration,
    /// A "notifications unavailable" warning was printed and nothing got through since.
    warned: bool,
    icon: Option<PathBuf>,
    /// Per reminder: the server's id of its last notification, which a new one replaces
    /// rather than piling up, and by which an answer finds its reminder.
    shown: std::collections::HashMap<String, u32>,
    /// The one connection every notification goes out on and every answer comes back on.
    notifier: notify::Notifier,
    tx: Sender<Event>,
}

fn log(msg: &str) {
    crate::errln!("windown remind: {}", printable(msg));
}

/// The icon file handed to notification servers: the built-in SVG, written once to the data
/// folder.
pub(crate) fn icon_path(dirs: &Dirs) -> Option<PathBuf> {
    const ICON: &str = include_str!("../../assets/icons/windown.svg");
    let path = dirs.data.join("windown.svg");
    let limit = ICON.len() as u64;
    if crate::fsio::read(&path, limit).ok().as_deref() != Some(ICON.as_bytes()) {
        crate::fsio::write(&path, ICON.as_bytes()).ok()?;
    }
    std::path::absolute(&path).ok()
}

/// Run the reminder process until SIGTERM or Ctrl-C; "Snooze" puts a reminder off for
/// `snooze`.
pub(crate) fn run(dirs: &Dirs, snooze: Duration) -> CmdResult {
    one_malloc_arena();
    // Signals first: from here on a SIGTERM ends the process whatever it is doing.
    let (tx, rx) = mpsc::channel();
    listen_for_signals(tx.clone())?;
    let _lock = match state::take_lock(dirs) {
        Ok(l) => l,
        Err(state::LockError::Held(pid)) => {
            let who = pid.map_or(String::new(), |p| format!(" (pid {p})"));
            return Err(
                Failure::new(format!("the reminder process is already running{who}")).with_hint(
                    "see it with `windown remind status`; stop it before starting another",
                ),
            );
        }
        Err(state::LockError::Io(path, e)) => return Err(Failure::io("lock", &path, &e)),
    };
    if _lock.replaced {
        log(&format!(
            "warning: {} was not a regular file; it was replaced",
            state::lock_file(dirs).display()
        ));
    }
    let state = State::load(dirs).unwrap_or_else(|e| {
        log(&format!("warning: {e}; starting afresh"));
        State::default()
    });
    // A broken file at start-up does not end the process: started at login, it would then
    // never run at all. It waits, with no schedule, for the file to be fixed.
    let stamps = (stamp(&dirs.reminders_file()), stamp(&dirs.config_file()));
    // A mistake costs only its own reminder or setting; a file that cannot be read at all
    // gives no reminders until it is fixed.
    let loaded = file::load_schedule_read(dirs);
    let (schedule, broken, mistakes) = if loaded.broken {
        (
            Schedule {
                reminders: Vec::new(),
                wake: crate::config::Config::default().wake,
                bedtime: crate::config::Config::default().bedtime,
            },
            Some(loaded.problems),
            None,
        )
    } else {
        let mistakes = (!loaded.problems.is_empty()).then_some(loaded.problems);
        (loaded.schedule, None, mistakes)
    };
    let answers = tx.clone();
    let notifier = notify::Notifier::new(Some(Box::new(move |server_id, action: &str| {
        let _ = answers.send(Event::Answer {
            server_id,
            action: action.to_string(),
        });
    })));
    let mut d = Daemon {
        dirs,
        schedule,
        stamps,
        reported: broken.as_ref().map(|_| stamps),
        recheck: false,
        mistaken: mistakes.is_some(),
        state,
        snooze,
        warned: false,
        icon: icon_path(dirs),
        shown: Default::default(),
        notifier,
        tx,
    };
    if let Some(diags) = broken {
        d.report_mistake(
            &diags,
            "no reminders until the file is fixed; it is read again when it changes",
        );
    }
    if let Some(diags) = mistakes {
        d.report_mistake(
            &diags,
            "what has a mistake is left out until it is fixed; the rest are in force",
        );
    }
    if d.reported.is_none() {
        d.warn_routines();
    }
    d.send_open_again();
    let enabled = d.schedule.reminders.iter().filter(|r| r.enabled).count();
    log(&format!(
        "running with {enabled} reminder{} on",
        if enabled == 1 { "" } else { "s" }
    ));
    let code = d.main_loop(&rx);
    d.save();
    log("stopped");
    Ok(std::process::ExitCode::from(code))
}

/// The process lives for days and starts a short thread per notification: with glibc's
/// default of an allocator arena per thread, each of them would keep its own heap pages
/// resident. One arena for all keeps the footprint that of the main thread (a few threads
/// allocating a little each contend for nothing measurable).
fn one_malloc_arena() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets an allocator parameter; called before any other thread starts.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
}

/// The pages of this program's own file that `remind run` touched, handed back after start-up
/// and after each send (`MADV_PAGEOUT`): the binary also holds the whole interface, and the
/// process lives for days using a small part of it. They are read again from the page
/// cache or the disk when next needed (once a reminder is due). Linux 5.4 and later; a
/// no-op elsewhere.
fn page_out_code() {
    #[cfg(target_os = "linux")]
    {
        let Ok(exe) = std::fs::read_link("/proc/self/exe") else {
            return;
        };
        let Ok(maps) = std::fs::read_to_string("/proc/self/maps") else {
            return;
        };
        let exe = exe.to_string_lossy();
        for line in maps.lines().filter(|l| l.ends_with(exe.as_ref())) {
            let Some((range, _)) = line.split_once(' ') else {
                continue;
            };
            let Some((a, b)) = range.split_once('-') else {
                continue;
            };
            let (Ok(a), Ok(b)) = (usize::from_str_radix(a, 16), usize::from_str_radix(b, 16))
            else {
                continue;
            };
            // SAFETY: madvise on an existing mapping of our own file; MADV_PAGEOUT only
            // reclaims its clean pages, never changes what they hold.
            unsafe {
                libc::madvise(
                    a as *mut libc::c_void,
                    b.saturating_sub(a),
                    libc::MADV_PAGEOUT,
                );
            }
        }
    }
}

/// After start-up and after each send: free heap pages and the program's own code pages
/// ([`page_out_code`]) go back to the system, so that the process stays small for the hours
/// until the next reminder.
fn give_back_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free heap memory; it takes the allocator's lock.
    unsafe {
        libc::malloc_trim(0);
    }
    page_out_code();
}

fn listen_for_signals(tx: Sender<Event>) -> Result<(), Failure> {
    use signal_hook::consts::{SIGINT, SIGTERM};
    // The first one asks the loop to stop (it saves the state on the way out). A loop that
    // has not started yet, or is slow to leave, cannot hold the process: a second signal, or
    // [`STOP_GRACE`] after the first, ends it at once (the lock goes with the process).
    let mut stopping = false;
    crate::signals::spawn("signals", &[SIGTERM, SIGINT], move |sig| {
        let code = 128 + sig;
        if stopping {
            std::process::exit(code);
        }
        stopping = true;
        let _ = tx.send(Event::Stop);
        let first = std::thread::Builder::new()
            .name("stop-grace".into())
            .stack_size(64 * 1024)
            .spawn(move || {
                std::thread::sleep(STOP_GRACE);
                log("stopped (the loop did not end in time)");
                std::process::exit(code);
            });
        if first.is_err() {
            std::process::exit(code);
        }
        true
    })
    .map_err(|e| Failure::new(format!("cannot listen for signals: {e}")))?;
    Ok(())
}

impl Daemon<'_> {
    fn main_loop(&mut self, rx: &Receiver<Event>) -> u8 {
        loop {
            let now = Local::now();
            self.check_files();
            self.fire_due(&now);
            let mut wait = wait_before(self.next_deadline(&now).as_ref(), &now);
            if self.reported.is_some() || self.recheck || self.mistaken {
                wait = wait.min(BROKEN_POLL);
            }
            match rx.recv_timeout(wait) {
                Ok(Event::Stop) => return 0,
                Ok(Event::Sent {
                    id,
                    at,
                    outcome,
                    server_id,
                }) => {
                    if let Some(sid) = server_id {
                        self.shown.insert(id.clone(), sid);
                        // On screen until answered or closed: sent again after a restart.
                        if self.state.open.insert(id.clone(), sid) != Some(sid) {
                            self.save();
                        }
                    }
                    self.on_sent(&id, &at, &outcome)
                }
                Ok(Event::Answer { server_id, action }) => {
                    let id = self
                        .shown
                        .iter()
                        .find(|(_, sid)| **sid == server_id)
                        .map(|(id, _)| id.clone());
                    // An answer to a notification no reminder shows now (one replaced or
                    // closed before, or another program's) is not ours to act on.
                    if let Some(id) = id {
                        if action == notify::CLOSED {
                            self.shown.remove(&id);
                        }
                        self.on_action(&id, &action);
                    }
                }
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => return 1,
            }
        }
    }

    /// The notifications the last run left on screen, unanswered: sent again with their ids
    /// (replacing themselves), so that their buttons answer this process.
    fn send_open_again(&mut self) {
        let now = Local::now();
        let open = std::mem::take(&mut self.state.open);
        let mut tonight: Option<Tonight> = None;
        for (id, sid) in open {
            let Some(r) = self
                .schedule
                .reminders
                .iter()
                .find(|r| r.id == id && r.enabled)
                .cloned()
            else {
                continue;
            };
            self.shown.insert(id.clone(), sid);
            log(&format!("{id}: sent again, still open"));
            let line = experiment_line(self.dirs, &mut tonight, &r, now);
            self.send(&r, now, line);
        }
        self.save();
    }

    fn save(&self) {
        if let Err(e) = self.state.save(self.dirs) {
            log(&format!(
                "warning: cannot save {}: {e}",
                state::state_file(self.dirs).display()
            ));
        }
    }

    fn next_deadline(&self, now: &DateTime<Local>) -> Option<DateTime<Local>> {
        let mut best: Option<DateTime<Local>> = self
            .state
            .snoozed
            .iter()
            .map(|s| s.until.with_timezone(&Local))
            .min();
        for (i, r) in self.schedule.reminders.iter().enumerate() {
            if !r.enabled {
                continue;
            }
            let handled = self
                .state
                .reminders
                .get(r.id.as_str())
                .and_then(|l| l.handled);
            let after = handled.map_or(*now, |h| h.with_timezone(&Local).max(*now));
            if let Some(t) =
                ReminderOccurrences::new(&self.schedule, i, &after).and_then(|mut it| it.next())
                && best.is_none_or(|b| t < b)
            {
                best = Some(t);
            }
        }
        best
    }

    fn fire_due(&mut self, now: &DateTime<Local>) {
        let mut changed = false;
        // Read only when a reminder that names a routine is due.
        let mut tonight: Option<Tonight> = None;
        for d in due(&self.schedule, &self.state, now) {
            let r = self.schedule.reminders[d.reminder].clone();
            if let Some(mark) = &d.future_mark {
                log(&format!(
                    "{}: its last reminder was marked at {}, later than now (was the clock ahead?); counting from now",
                    r.id,
                    mark.to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
                ));
            }
            if let Some(from) = &d.dropped_from {
                log(&format!(
                    "{}: dropped the occurrences missed since {} (more than 15 minutes late)",
                    r.id,
                    from.to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
                ));
            }
            let last = self.state.reminders.entry(r.id.to_string()).or_default();
            last.handled = Some(d.handled.fixed_offset());
            changed = true;
            if let Some(at) = d.send {
                // Finishing the routine (or one with all its stretches) this evening is what
                // counts: the reminder is then not sent.
                if let Some(routine) = &r.routine {
                    let tonight = tonight.get_or_insert_with(|| Tonight::load(self.dirs));
                    if let Some(done) = tonight.done(routine, at.fixed_offset()) {
                        log(&format!("{}: {}", r.id, skipped_words(done)));
                        let last = self.state.reminders.entry(r.id.to_string()).or_default();
                        last.outcome = Some(state::LastOutcome::Skipped {
                            at: at.fixed_offset(),
                            done,
                        });
                        continue;
                    }
                    if tonight.rest_evening_skips(routine, at.fixed_offset()) {
                        log(&format!("{}: {}", r.id, evening::rest_evening_skipped()));
                        continue;
                    }
                }
                let last = self.state.reminders.entry(r.id.to_string()).or_default();
                last.sent = Some(at.fixed_offset());
                last.outcome = Some(state::LastOutcome::Sent {
                    at: at.fixed_offset(),
                });
                let line = experiment_line(self.dirs, &mut tonight, &r, at);
                self.send(&r, at, line);
            }
        }
        let (live, gone) = live_snoozes(&self.schedule, std::mem::take(&mut self.state.snoozed));
        for s in &gone {
            log(&format!(
                "{}: snooze dropped: the reminder is off or no longer in reminders.toml",
                s.id
            ));
        }
        let count = live.len();
        let snoozed = live
            .into_iter()
            .map(|s| (s.until.with_timezone(&Local), s.id))
            .collect();
        let (ready, later) = snoozes_due(snoozed, now);
        changed |= !gone.is_empty() || later.len() != count;
        self.state.snoozed = later
            .into_iter()
            .map(|(t, id)| state::Snooze {
                id,
                until: t.fixed_offset(),
            })
            .collect();
        for (at, id) in ready {
            if let Some(r) = self.schedule.reminders.iter().find(|r| r.id == id).cloned() {
                let line = experiment_line(self.dirs, &mut tonight, &r, at);
                self.send(&r, at, line);
            }
        }
        if changed {
            self.save();
        }
    }

    /// Send `r`; `experiment_line` (an evening reminder during a personal experiment: what
    /// tonight is, [`Tonight::experiment_line`]) goes first in its body.
    fn send(&mut self, r: &file::Reminder, at: DateTime<Local>, experiment_line: Option<String>) {
        let mut msg = super::message(r, self.icon.clone(), true);
        if let Some(line) = experiment_line {
            msg.body = format!("{line}\n{}", msg.body);
        }
        msg.replaces = self.shown.get(r.id.as_str()).copied();
        let tx = self.tx.clone();
        let id = r.id.to_string();
        let notifier = self.notifier.clone();
        let spawned = std::thread::Builder::new()
            .name("send".into())
            .stack_size(128 * 1024)
            .spawn(move || {
                let (outcome, server_id) = notifier.send_with_id(msg);
                let _ = tx.send(Event::Sent {
                    id,
                    at,
                    outcome,
                    server_id,
                });
            });
        if let Err(e) = spawned {
            log(&format!(
                "warning: cannot start a thread to send {}: {e}",
                r.id
            ));
        }
    }

    fn on_sent(&mut self, id: &str, at: &DateTime<Local>, outcome: &Outcome) {
        give_back_memory();
        let title = self
            .schedule
            .reminders
            .iter()
            .find(|r| r.id == id)
            .map_or(String::new(), |r| r.title.to_string());
        match outcome {
            Outcome::Delivered => {
                self.warned = false;
                log(&format!(
                    "sent {id} ({})",
                    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
                ));
            }
            other => {
                if !self.warned {
                    self.warned = true;
                    log(&format!(
                        "warning: notifications unavailable: {}; reminders are written here until a notification server answers",
                        other.describe()
                    ));
                }
                log(&format!(
                    "reminder {} {id}: {title}",
                    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
                ));
            }
        }
    }

    fn on_action(&mut self, id: &str, action: &str) {
        let now = Local::now();
        if action != notify::ACTION_START && self.state.open.remove(id).is_some() {
            self.save();
        }
        match action {
            notify::ACTION_SNOOZE => {
                let at = now + chrono::Duration::from_std(self.snooze).unwrap_or_default();
                log(&format!(
                    "{id}: snoozed until {}",
                    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
                ));
                self.state.snoozed.push(state::Snooze {
                    id: id.to_string(),
                    until: at.fixed_offset(),
                });
                self.state
                    .reminders
                    .entry(id.to_string())
                    .or_default()
                    .outcome = Some(state::LastOutcome::Snoozed {
                    at: now.fixed_offset(),
                });
                self.save();
            }
            notify::ACTION_DONE => {
                self.state
                    .reminders
                    .entry(id.to_string())
                    .or_default()
                    .outcome = Some(state::LastOutcome::Done {
                    at: now.fixed_offset(),
                });
                self.save();
                // Logged once recorded, so that whoever reads the log finds the record.
                match super::record_done(self.dirs, id, now) {
                    Ok(_) => log(&format!("{id}: done")),
                    Err(e) => log(&format!("{id}: done; warning: cannot record it: {e}")),
                }
            }
            notify::ACTION_START => {
                let Some(routine) = self
                    .schedule
                    .reminders
                    .iter()
                    .find(|r| r.id == id)
                    .and_then(|r| r.routine.clone())
                else {
                    return;
                };
                let terminal = crate::config::Config::load(self.dirs)
                    .map(|c| c.reminders.terminal)
                    .unwrap_or_default();
                match super::terminal::start(terminal.as_deref(), &routine) {
                    Ok(argv) => log(&format!(
                        "{id}: started {routine} in a terminal: {}",
                        argv.join(" ")
                    )),
                    Err(e) => log(&format!("{id}: cannot start {routine}: {e}")),
                }
            }
            _ => {}
        }
    }

    /// Reload reminders.toml and config.toml when either changed; a broken edit keeps the last
    /// good schedule and is reported once (stderr and one notification).
    fn check_files(&mut self) {
        let stamps = (
            stamp(&self.dirs.reminders_file()),
            stamp(&self.dirs.config_file()),
        );
        if stamps == self.stamps || Some(stamps) == self.reported {
            self.recheck = false;
            return;
        }
        // A file written in place can be read half-written: look again soon.
        self.recheck = true;
        let loaded = file::load_schedule_read(self.dirs);
        if loaded.broken {
            self.reported = Some(stamps);
            self.report_mistake(
                &loaded.problems,
                "kept the previous reminders until the file is fixed",
            );
            return;
        }
        self.stamps = stamps;
        self.reported = None;
        self.mistaken = !loaded.problems.is_empty();
        if self.mistaken {
            self.report_mistake(
                &loaded.problems,
                "what has a mistake is left out until it is fixed; the rest are in force",
            );
        }
        if loaded.schedule != self.schedule {
            self.schedule = loaded.schedule;
            log("reloaded reminders");
            self.warn_routines();
        }
    }

    /// A reminder naming a routine that does not exist: a warning on stderr (it still fires).
    fn warn_routines(&self) {
        for w in super::evening::routine_warnings(self.dirs) {
            crate::errln!(
                "windown remind: {}",
                super::evening::warning_text(&w).trim_end()
            );
        }
        // Reading every routine for the check is done: its memory goes back.
        give_back_memory();
    }

    /// A mistake in reminders.toml or config.toml: on stderr in full, and once as a
    /// notification (the process usually runs with nobody watching its stderr).
    fn report_mistake(&self, diags: &[crate::diag::Diagnostic], what_now: &str) {
        for d in diags {
            crate::error::print_err(&d.to_string());
        }
        log(what_now);
        let first = diags.first().map_or(String::new(), |d| d.headline());
        let msg = Message {
            title: crate::t!("remind-mistake-title"),
            body: format!("{first}\n{what_now}."),
            icon: self.icon.clone(),
            ..Message::default()
        };
        let notifier = self.notifier.clone();
        let spawned = std::thread::Builder::new()
            .name("send".into())
            .stack_size(128 * 1024)
            .spawn(move || {
                let _ = notifier.send_with_id(msg);
            });
        if spawned.is_err() {
            log("warning: cannot start a thread to report the mistake");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::remind::state::Last;
    use chrono_tz::Europe::Berlin;

    fn schedule(text: &str) -> Schedule {
        let r = file::parse("r", text).unwrap();
        Schedule::new(r, &crate::config::Config::default())
    }

    fn with_handled(id: &str, t: DateTime<chrono_tz::Tz>) -> State {
        let mut s = State::default();
        s.reminders.insert(
            id.into(),
            Last {
                handled: Some(t.fixed_offset()),
                sent: None,
                outcome: None,
            },
        );
        s
    }

    #[test]
    fn snoozes_come_back_once_and_not_after_a_long_suspend() {
        let t = |h, m| Berlin.with_ymd_and_hms(2026, 12, 1, h, m, 0).unwrap();
        let snoozed = vec![
            (t(10, 10), "a".to_string()),
            (t(10, 30), "b".to_string()),
            (t(9, 40), "c".to_string()),
        ];
        let (ready, later) = snoozes_due(snoozed, &t(10, 12));
        assert_eq!(ready, [(t(10, 10), "a".to_string())]);
        assert_eq!(later, [(t(10, 30), "b".to_string())]);
    }

    #[test]
    fn snoozes_of_reminders_switched_off_or_removed_are_dropped() {
        let s = schedule(
            "[[reminder]]\nid = \"on\"\ntitle = \"On\"\nevery = \"1h\"\n\n[[reminder]]\nid = \"off\"\ntitle = \"Off\"\nevery = \"1h\"\nenabled = false\n",
        );
        let until = Berlin
            .with_ymd_and_hms(2026, 12, 1, 10, 0, 0)
            .unwrap()
            .fixed_offset();
        let snooze = |id: &str| state::Snooze {
            id: id.into(),
            until,
        };
        let (live, gone) = live_snoozes(&s, vec![snooze("on"), snooze("off"), snooze("gone")]);
        assert_eq!(live, [snooze("on")]);
        assert_eq!(gone, [snooze("off"), snooze("gone")]);
    }

    #[test]
    fn sends_one_missed_occurrence_under_15_minutes_and_drops_older() {
        let s = schedule("[[reminder]]\nid = \"h\"\ntitle = \"H\"\nevery = \"1h\"\n");
        let t = |h, m| Berlin.with_ymd_and_hms(2026, 12, 1, h, m, 0).unwrap();
        // Down from 06:30 to 10:10: 07, 08, 09 dropped, 10:00 sent (10 min late).
        let d = due(&s, &with_handled("h", t(6, 30)), &t(10, 10));
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].send, Some(t(10, 0)));
        assert_eq!(d[0].dropped_from, Some(t(7, 0)));
        assert_eq!(d[0].handled, t(10, 0));
        // 20 min late: nothing sent.
        let d = due(&s, &with_handled("h", t(9, 30)), &t(10, 20));
        assert_eq!(d[0].send, None);
        assert_eq!(d[0].handled, t(10, 20));
        // Nothing due yet: nothing at all.
        assert!(due(&s, &with_handled("h", t(10, 0)), &t(10, 59)).is_empty());
        // Never seen: marked handled now, nothing sent.
        let d = due(&s, &State::default(), &t(10, 0));
        assert_eq!((d[0].send, d[0].handled), (None, t(10, 0)));
    }

    #[test]
    fn a_mark_in_the_future_is_pulled_back_to_now_once() {
        let s = schedule("[[reminder]]\nid = \"h\"\ntitle = \"H\"\nevery = \"1h\"\n");
        let t = |d, h, m| Berlin.with_ymd_and_hms(2026, 12, d, h, m, 0).unwrap();
        // Marked on the 9th (the clock was a week ahead at boot), now it is the 1st.
        let d = due(&s, &with_handled("h", t(9, 10, 0)), &t(1, 10, 10));
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].future_mark, Some(t(9, 10, 0)));
        assert_eq!((d[0].send, d[0].handled), (None, t(1, 10, 10)));
        // With the mark at now, the next hour is due as usual.
        let d = due(&s, &with_handled("h", t(1, 10, 10)), &t(1, 11, 0));
        assert_eq!((d[0].send, d[0].future_mark), (Some(t(1, 11, 0)), None));
        // Within the slack (a clock a few seconds off): left alone.
        let d = due(&s, &with_handled("h", t(1, 11, 0)), &t(1, 10, 59));
        assert!(d.is_empty());
    }

    #[test]
    fn nothing_due_sleeps_the_longest_never_zero() {
        let t = |h, m| Berlin.with_ymd_and_hms(2026, 12, 1, h, m, 0).unwrap();
        assert_eq!(wait_before(None, &t(10, 0)), MAX_SLEEP);
        assert_eq!(wait_before(Some(&t(12, 0)), &t(10, 0)), MAX_SLEEP);
        assert_eq!(
            wait_before(Some(&t(10, 0)), &t(9, 59)),
            Duration::from_secs(60)
        );
        assert_eq!(wait_before(Some(&t(9, 0)), &t(10, 0)), Duration::ZERO);
    }
}
