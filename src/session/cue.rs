//! Cues: how a phase change is announced to someone who is not looking at the screen.
//!
//! Owns the terminal bell and the cue command from `config.toml` (`[cues]`), and muting. It
//! knows nothing about phases beyond the [`Cue`] text it is handed, and it never blocks its
//! caller: the bell is one byte, and the command runs on a background thread that starts it
//! with the cue text as its last argument, discards its output, stops it if it runs over
//! [`TIME_LIMIT`], and never overlaps two cues (while one plays, only the newest waiting cue
//! is kept; an announcement that is already out of date is dropped). The first failure is kept
//! for the adapter to show once ([`Cuer::take_problem`]); later ones are silent.
//!
//! The worker does not poll a running command: a waiter thread blocks in `waitid` until the
//! command exits and says so on the worker's one channel, where new cues also arrive; the
//! worker sleeps on that channel until then or until the time limit. When windown exits, a
//! command still running after [`Cuer::settle`]'s grace time is stopped with its process
//! group, so no cue command outlives windown.

use std::io::{IsTerminal, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::config::Cues;

use super::engine::Cue;

/// A cue command still running after this long is stopped.
pub const TIME_LIMIT: Duration = Duration::from_secs(10);

/// What the worker waits for: a cue to announce, or the running command's exit.
enum Job {
    Cue(String),
    Exited,
    /// No more cues: finish what is waiting, then end.
    Close,
}

/// Where the terminal bell rings.
pub enum Bell {
    /// Nowhere.
    Off,
    /// On stderr, when stderr is a terminal (plain mode: stdout may be piped to a program).
    Stderr,
    /// By calling this (the TUI writes `\x07` to its own terminal).
    With(Box<dyn FnMut() + Send>),
}

impl std::fmt::Debug for Bell {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Bell::Off => "Bell::Off",
            Bell::Stderr => "Bell::Stderr",
            Bell::With(_) => "Bell::With(..)",
        })
    }
}

/// Announces cues: see the module docs.
#[derive(Debug)]
pub struct Cuer {
    bell: Bell,
    muted: bool,
    command: Option<Worker>,
    problem: Arc<Mutex<Option<String>>>,
    reported: bool,
}

struct Worker {
    tx: Sender<Job>,
    done: Receiver<()>,
    running: Arc<Mutex<Slot>>,
}

/// The command that runs now, shared by the worker and [`Cuer::settle`].
#[derive(Default)]
struct Slot {
    /// Its process id (and group), while it is not yet reaped.
    pid: Option<libc::pid_t>,
    /// Windown is leaving: start no more commands.
    ended: bool,
}

impl Drop for Worker {
    fn drop(&mut self) {
        let _ = self.tx.send(Job::Close);
    }
}

impl std::fmt::Debug for Worker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Worker")
    }
}

impl Cuer {
    /// A cuer for the `[cues]` settings: the bell rings through `bell` when `cues.bell` is on,
    /// the command runs when one is set. Starts muted when `cues.muted` is.
    pub fn new(cues: &Cues, bell: Bell) -> Cuer {
        Cuer::with_time_limit(cues, bell, TIME_LIMIT)
    }

    /// As [`Cuer::new`], with another limit for a running cue command (tests).
    pub fn with_time_limit(cues: &Cues, bell: Bell, limit: Duration) -> Cuer {
        let bell = match bell {
            _ if !cues.bell => Bell::Off,
            Bell::Stderr if !std::io::stderr().is_terminal() => Bell::Off,
            b => b,
        };
        let problem = Arc::new(Mutex::new(None));
        let command = cues
            .command
            .clone()
            .filter(|c| !c.is_empty())
            .map(|argv| Worker::start(argv, limit, Arc::clone(&problem)));
        Cuer {
            bell,
            muted: cues.muted,
            command,
            problem,
            reported: false,
        }
    }

    /// Announce one cue (nothing while muted). Returns at once.
    pub fn cue(&mut self, cue: &Cue) {
        if self.muted {
            return;
        }
        match &mut self.bell {
            Bell::Off => {}
            Bell::Stderr => {
                let mut err = std::io::stderr().lock();
                // A bell that cannot be written is not worth a message.
                let _ = err.write_all(b"\x07").and_then(|()| err.flush());
            }
            Bell::With(ring) => ring(),
        }
        if let Some(w) = &self.command {
            // The worker only goes away after a failure it has already reported.
            let _ = w.tx.send(Job::Cue(cue.text.clone()));
        }
    }

    pub fn muted(&self) -> bool {
        self.muted
    }

    pub fn set_muted(&mut self, muted: bool) {
        self.muted = muted;
    }

    /// Flip mute; returns the new state.
    pub fn toggle_mute(&mut self) -> bool {
        self.muted = !self.muted;
        self.muted
    }

    /// The first thing that went wrong with the cue command, once; `None` afterwards.
    pub fn take_problem(&mut self) -> Option<String> {
        if self.reported {
            return None;
        }
        let p = self.problem.lock().ok().and_then(|p| p.clone());
        if p.is_some() {
            self.reported = true;
        }
        p
    }

    /// Stop taking cues and give the last ones up to `within` to finish (the process is about
    /// to exit, and the final "DONE" should still be heard). A command still running then is
    /// stopped with everything it started.
    pub fn settle(self, within: Duration) {
        if let Some(w) = &self.command {
            let _ = w.tx.send(Job::Close);
            if w.done.recv_timeout(within).is_err()
                && let Ok(mut slot) = w.running.lock()
            {
                slot.ended = true;
                if let Some(pid) = slot.pid {
                    // SAFETY: kill(2) has no memory effects. The lock is held, and the worker
                    // clears the id under it before reaping, so the group is still the
                    // command's.
                    unsafe {
                        libc::kill(-pid, libc::SIGKILL);
                    }
                }
            }
        }
    }
}

impl Worker {
    fn start(argv: Vec<String>, limit: Duration, problem: Arc<Mutex<Option<String>>>) -> Worker {
        let (tx, rx) = mpsc::channel();
        let (done_tx, done) = mpsc::channel();
        let noted = Arc::clone(&problem);
        let running = Arc::new(Mutex::new(Slot::default()));
        let shared = Arc::clone(&running);
        let exits = tx.clone();
        let spawned = std::thread::Builder::new()
            .name("cue-command".into())
            .spawn(move || {
                play(&argv, limit, &rx, &exits, &shared, &problem);
                let _ = done_tx.send(());
            });
        if let Err(e) = spawned {
            note(&noted, format!("cannot start the cue command: {e}"));
        }
        Worker { tx, done, running }
    }
}

/// Keep the first problem only.
fn note(problem: &Arc<Mutex<Option<String>>>, text: String) {
    if let Ok(mut p) = problem.lock()
        && p.is_none()
    {
        *p = Some(text);
    }
}

/// The worker: one cue command at a time, the newest waiting cue next, until the cuer is gone.
/// `exits` is a sender on its own channel, for the waiter threads.
fn play(
    argv: &[String],
    limit: Duration,
    rx: &Receiver<Job>,
    exits: &Sender<Job>,
    running: &Arc<Mutex<Slot>>,
    problem: &Arc<Mutex<Option<String>>>,
) {
    let Some((program, args)) = argv.split_first() else {
        return;
    };
    let mut pending: Option<String> = None;
    let mut closing = false;
    loop {
        let text = match pending.take() {
            Some(t) => t,
            None if closing => return,
            None => match rx.recv() {
                Ok(Job::Cue(t)) => t,
                Ok(Job::Exited) => continue,
                Ok(Job::Close) | Err(_) => return,
            },
        };
        let mut command = Command::new(program);
        command
            .args(args)
            .arg(&text)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        // Its own process group: Ctrl-C in the terminal is the session's to handle, and a
        // command that runs over is stopped with everything it started.
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        // Started under the lock, so that `settle` either sees it running or stops us first.
        let Ok(mut slot) = running.lock() else {
            return;
        };
        if slot.ended {
            return;
        }
        let spawned = command.spawn();
        let mut child = match spawned {
            Ok(c) => c,
            Err(e) => {
                note(
                    problem,
                    format!("cannot run the cue command \"{program}\": {e}"),
                );
                // It will not start next time either: stop trying.
                return;
            }
        };
        let Ok(pid) = libc::pid_t::try_from(child.id()) else {
            let _ = child.kill();
            let _ = child.wait();
            continue;
        };
        slot.pid = Some(pid);
        drop(slot);
        wait_in_background(pid, exits.clone());
        let stop_at = Instant::now() + limit;
        let mut over = false;
        loop {
            match rx.recv_timeout(stop_at.saturating_duration_since(Instant::now())) {
                // Only the newest of the cues that come in meanwhile is worth announcing.
                Ok(Job::Cue(t)) => pending = Some(t),
                Ok(Job::Close) => closing = true,
                Ok(Job::Exited) => break,
                Err(_) => {
                    over = true;
                    break;
                }
            }
        }
        // Not reaped yet: the id (and group) is still the command's.
        if let Ok(mut slot) = running.lock() {
            if over {
                // SAFETY: kill(2) has no memory effects; the group is the command's own.
                unsafe {
                    libc::kill(-pid, libc::SIGKILL);
                }
            }
            slot.pid = None;
        }
        match child.wait() {
            _ if over => note(
                problem,
                format!(
                    "the cue command \"{program}\" ran over {} s and was stopped",
                    limit.as_secs_f64()
                ),
            ),
            Ok(status) if !status.success() => note(
                problem,
                format!("the cue command \"{program}\" failed ({status})"),
            ),
            Ok(_) => {}
            Err(e) => note(
                problem,
                format!("cannot wait for the cue command \"{program}\": {e}"),
            ),
        }
        if over {
            // Its waiter reports the exit of the killed command: take that report now.
            while let Ok(job) = rx.recv_timeout(Duration::from_secs(1)) {
                match job {
                    Job::Cue(t) => pending = Some(t),
                    Job::Close => closing = true,
                    Job::Exited => break,
                }
            }
        }
    }
}

/// A thread that blocks until process `pid` has exited, without reaping it (the worker reaps,
/// so that the id stays the command's until then), and then sends [`Job::Exited`].
fn wait_in_background(pid: libc::pid_t, tx: Sender<Job>) {
    let spawned = std::thread::Builder::new()
        .name("cue-waiter".into())
        .spawn(move || {
            loop {
                // SAFETY: waitid writes only into the zeroed siginfo we own.
                let r = unsafe {
                    let mut info: libc::siginfo_t = std::mem::zeroed();
                    libc::waitid(
                        libc::P_PID,
                        pid as libc::id_t,
                        &mut info,
                        libc::WEXITED | libc::WNOWAIT,
                    )
                };
                if r == 0
                    || std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted
                {
                    break;
                }
            }
            let _ = tx.send(Job::Exited);
        });
    if spawned.is_err() {
        // No waiter: the time limit still ends the wait.
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::engine::CueKind;

    fn cue(text: &str) -> Cue {
        Cue {
            text: text.into(),
            kind: CueKind::Hold,
        }
    }

    fn cues(command: Option<Vec<&str>>) -> Cues {
        Cues {
            bell: true,
            command: command.map(|c| c.into_iter().map(String::from).collect()),
            muted: false,
        }
    }

    fn wait_for(mut ok: impl FnMut() -> bool) -> bool {
        let end = Instant::now() + Duration::from_secs(5);
        while Instant::now() < end {
            if ok() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    }

    #[test]
    fn bell_rings_per_cue_and_not_while_muted() {
        let rings = Arc::new(Mutex::new(0));
        let r = Arc::clone(&rings);
        let mut c = Cuer::new(
            &cues(None),
            Bell::With(Box::new(move || *r.lock().unwrap() += 1)),
        );
        c.cue(&cue("REST"));
        c.cue(&cue("HOLD"));
        assert!(c.toggle_mute());
        c.cue(&cue("REST"));
        assert!(!c.toggle_mute());
        c.cue(&cue("DONE"));
        assert_eq!(*rings.lock().unwrap(), 3);
    }

    #[test]
    fn bell_off_in_config_never_rings() {
        let rings = Arc::new(Mutex::new(0));
        let r = Arc::clone(&rings);
        let mut settings = cues(None);
        settings.bell = false;
        let mut c = Cuer::new(
            &settings,
            Bell::With(Box::new(move || *r.lock().unwrap() += 1)),
        );
        c.cue(&cue("REST"));
        assert_eq!(*rings.lock().unwrap(), 0);
    }

    #[test]
    fn command_gets_the_cue_text_as_last_argument() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("said");
        let script = format!("printf '%s|%s\\n' \"$1\" \"$2\" >> '{}'", out.display());
        let mut c = Cuer::new(
            &cues(Some(vec!["sh", "-c", &script, "sh", "first"])),
            Bell::Off,
        );
        c.cue(&cue("SWITCH SIDES"));
        assert!(wait_for(
            || std::fs::read_to_string(&out).is_ok_and(|s| !s.is_empty())
        ));
        c.settle(Duration::from_secs(5));
        assert_eq!(
            std::fs::read_to_string(&out).unwrap(),
            "first|SWITCH SIDES\n"
        );
    }

    #[test]
    fn cue_returns_at_once_and_stale_cues_are_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("said");
        let script = format!("sleep 0.3; echo \"$1\" >> '{}'", out.display());
        let mut c = Cuer::new(&cues(Some(vec!["sh", "-c", &script, "sh"])), Bell::Off);
        let t = Instant::now();
        for text in ["GET READY", "HOLD", "REST", "HOLD 2"] {
            c.cue(&cue(text));
        }
        assert!(t.elapsed() < Duration::from_millis(100));
        c.settle(Duration::from_secs(5));
        // The first plays; of the three that queued behind it, only the newest.
        assert_eq!(
            std::fs::read_to_string(&out).unwrap(),
            "GET READY\nHOLD 2\n"
        );
    }

    #[test]
    fn failures_are_reported_once() {
        let mut c = Cuer::new(&cues(Some(vec!["false"])), Bell::Off);
        c.cue(&cue("REST"));
        c.cue(&cue("HOLD"));
        assert!(wait_for(|| c.problem.lock().unwrap().is_some()));
        assert_eq!(
            c.take_problem().as_deref(),
            Some("the cue command \"false\" failed (exit status: 1)")
        );
        c.cue(&cue("DONE"));
        std::thread::sleep(Duration::from_millis(200));
        assert_eq!(c.take_problem(), None);
    }

    #[test]
    fn a_missing_program_is_reported() {
        let mut c = Cuer::new(&cues(Some(vec!["/nonexistent/windown-cue"])), Bell::Off);
        c.cue(&cue("REST"));
        assert!(wait_for(|| c.problem.lock().unwrap().is_some()));
        let p = c.take_problem().unwrap();
        assert!(
            p.starts_with("cannot run the cue command \"/nonexistent/windown-cue\": "),
            "{p}"
        );
        c.cue(&cue("HOLD")); // the worker is gone: still no panic, no message
        assert_eq!(c.take_problem(), None);
    }

    #[test]
    fn a_command_that_runs_over_is_stopped() {
        let mut c = Cuer::with_time_limit(
            &cues(Some(vec!["sh", "-c", "sleep 30", "sh"])),
            Bell::Off,
            Duration::from_millis(300),
        );
        let t = Instant::now();
        c.cue(&cue("REST"));
        assert!(wait_for(|| c.problem.lock().unwrap().is_some()));
        assert!(t.elapsed() < Duration::from_secs(3));
        assert_eq!(
            c.take_problem().as_deref(),
            Some("the cue command \"sh\" ran over 0.3 s and was stopped")
        );
    }
}
