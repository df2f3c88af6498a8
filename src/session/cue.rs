//! Cues: how a phase change is announced to someone who is not looking at the screen.
//!
//! Owns the terminal bell and the cue command from `config.toml` (`[cues]`), and muting. It
//! knows nothing about phases beyond the [`Cue`] text it is handed, and it never blocks its
//! caller: the bell is one byte, and the command runs on a background thread that starts it
//! with the cue text as its last argument, discards its output, stops it if it runs over
//! [`TIME_LIMIT`], and never overlaps two cues (while one plays, only the newest waiting cue
//! is kept; an announcement that is already out of date is dropped). The first failure is kept
//! for the adapter to show once ([`Cuer::take_problem`]); later ones are silent.

use std::io::{IsTerminal, Write};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::config::Cues;

use super::engine::Cue;

/// A cue command still running after this long is stopped.
pub const TIME_LIMIT: Duration = Duration::from_secs(10);

/// How often the worker looks at a running cue command.
const POLL: Duration = Duration::from_millis(50);

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

#[derive(Debug)]
struct Worker {
    tx: Sender<String>,
    done: Receiver<()>,
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
            let _ = w.tx.send(cue.text.clone());
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
    /// to exit, and the final "DONE" should still be heard).
    pub fn settle(self, within: Duration) {
        if let Some(Worker { tx, done }) = self.command {
            drop(tx);
            let _ = done.recv_timeout(within);
        }
    }
}

impl Worker {
    fn start(argv: Vec<String>, limit: Duration, problem: Arc<Mutex<Option<String>>>) -> Worker {
        let (tx, rx) = mpsc::channel();
        let (done_tx, done) = mpsc::channel();
        let noted = Arc::clone(&problem);
        let spawned = std::thread::Builder::new()
            .name("cue-command".into())
            .spawn(move || {
                play(&argv, limit, &rx, &problem);
                let _ = done_tx.send(());
            });
        if let Err(e) = spawned {
            note(&noted, format!("cannot start the cue command: {e}"));
        }
        Worker { tx, done }
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

/// The worker: one cue command at a time, the newest waiting cue next, until the sender is gone.
fn play(
    argv: &[String],
    limit: Duration,
    rx: &Receiver<String>,
    problem: &Arc<Mutex<Option<String>>>,
) {
    let Some((program, args)) = argv.split_first() else {
        return;
    };
    let mut pending: Option<String> = None;
    let mut open = true;
    loop {
        let text = match pending.take() {
            Some(t) => t,
            None if open => match rx.recv() {
                Ok(t) => t,
                Err(_) => return,
            },
            None => return,
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
        let stop_at = Instant::now() + limit;
        loop {
            match child.try_wait() {
                Ok(Some(status)) => {
                    if !status.success() {
                        note(
                            problem,
                            format!("the cue command \"{program}\" failed ({status})"),
                        );
                    }
                    break;
                }
                Ok(None) => {}
                Err(e) => {
                    note(
                        problem,
                        format!("cannot wait for the cue command \"{program}\": {e}"),
                    );
                    break;
                }
            }
            if Instant::now() >= stop_at {
                stop(&mut child);
                note(
                    problem,
                    format!(
                        "the cue command \"{program}\" ran over {} s and was stopped",
                        limit.as_secs_f64()
                    ),
                );
                break;
            }
            if open {
                match rx.recv_timeout(POLL) {
                    Ok(t) => pending = Some(t),
                    Err(RecvTimeoutError::Timeout) => {}
                    Err(RecvTimeoutError::Disconnected) => open = false,
                }
            } else {
                std::thread::sleep(POLL);
            }
        }
        // Only the newest of the cues that came in meanwhile is still worth announcing.
        if open {
            while let Ok(t) = rx.try_recv() {
                pending = Some(t);
            }
        }
    }
}

fn stop(child: &mut Child) {
    #[cfg(unix)]
    if let Ok(pid) = libc::pid_t::try_from(child.id()) {
        // SAFETY: kill(2) has no memory effects; the group is the child's own (see above),
        // and the child is not reaped yet, so its id cannot have been reused.
        unsafe {
            libc::kill(-pid, libc::SIGKILL);
        }
    }
    let _ = child.kill();
    let _ = child.wait();
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
