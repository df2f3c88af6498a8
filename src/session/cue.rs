//! Cues: how a phase change is announced to someone who is not looking at the screen.
//!
//! Owns carrying out a [`Cue`]: speaking its words, playing its tone (and the last-seconds
//! ticks), the terminal bell when no player plays them, muting everything (`m`) and turning
//! speech alone off (`v`). Which programs are used is decided once, at the session's start
//! ([`Setup`], from `config.toml` and `PATH`, through [`crate::cues`]); what is said and which
//! tone sounds is the script's ([`super::script`]).
//!
//! It never blocks its caller: the bell is one byte, and speech and sounds each run on a
//! background thread of their own that starts one program at a time (text after `--` or on
//! stdin, never where an option goes) and discards its output.
//!
//! Speech is never lost: a text is said a sentence at a time
//! ([`crate::cues::speech::pieces`]), queued in order, each piece with its own time limit
//! (three times its estimated length plus [`SPEECH_SLACK`]). A piece that runs over is stopped
//! and the next one starts; one that fails is passed over once the program has spoken. A new
//! phase ([`Cuer::cue`]) drops what an earlier phase still had waiting, but for the first
//! piece of each (so every phase is heard, in order, and what matters now comes soon); what
//! is said after it ([`Cuer::say`]: "Paused.") waits its turn. [`super::script::caution`] is
//! said once a session. Speech is turned off only when the program cannot be started, or
//! fails before it has ever spoken; that is reported once ([`Cuer::take_problem`], "speech
//! off: ...") and the session goes on with tones. A player keeps only the newest tone waiting,
//! is stopped after [`TIME_LIMIT`], and at its first failure is reported and left for the bell.
//!
//! The worker does not poll a running command: a waiter thread blocks in `waitid` until the
//! command exits and says so on the worker's one channel, where new cues also arrive; the
//! worker sleeps on that channel until then or until the time limit. When windown exits, a
//! command still running after [`Cuer::settle`]'s grace time is stopped with its process
//! group, so no program windown starts outlives it.

use std::collections::VecDeque;
use std::ffi::OsStr;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::config::Config;
use crate::cues::player::Player;
use crate::cues::speech::Speech;
use crate::cues::tones::{Tone, ToneFiles};

use super::engine::Cue;

/// A sound player still running after this long is stopped.
pub(crate) const TIME_LIMIT: Duration = Duration::from_secs(10);

/// A piece of speech may take this much longer than [`SPEECH_FACTOR`] times its estimated
/// length before it is stopped (a program that starts slowly still has time).
pub(crate) const SPEECH_SLACK: Duration = Duration::from_secs(5);

/// A piece of speech may take this many times its estimated length.
const SPEECH_FACTOR: f64 = 3.0;

/// Work a worker does on its own thread before its first program.
type Prepare = Box<dyn FnOnce() -> std::io::Result<()> + Send>;

/// One program to start: its command line, what goes on its stdin, and how long it may run.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Call {
    argv: Vec<String>,
    stdin: Option<String>,
    limit: Duration,
    /// The first piece of what one cue says: kept when a later cue drops what is still
    /// waiting, so that every phase is heard.
    lead: bool,
}

/// What the worker waits for: programs to run, or the running one's exit.
enum Job {
    /// Run these in order after what waits. `preempt`: first drop what still waits, but for
    /// the lead pieces (a new phase: say what matters now).
    Cue { calls: Vec<Call>, preempt: bool },
    /// This program has exited (an exit of a program stopped at its limit may come after
    /// the next one has started: the id tells them apart).
    Exited(libc::pid_t),
    /// Drop what waits to be said (muted).
    Hush,
    /// No more cues: finish what is waiting, then end.
    Close,
}

/// Where the terminal bell rings.
pub(crate) enum Bell {
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

/// What a session's cues are made with, decided once at its start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Setup {
    /// The speech program (`None`: no speech).
    pub(crate) speech: Option<Speech>,
    /// The sound player (`None`: the bell stands in for the tones).
    pub(crate) player: Option<Player>,
    /// `[sounds] player = "off"`: no tones (the bell still rings in their place when
    /// `[cues] bell` is on).
    pub(crate) sounds_off: bool,
    /// `[voice] engine = "off"`.
    pub(crate) speech_off: bool,
    /// The terminal bell may ring.
    pub(crate) bell: bool,
    pub(crate) muted: bool,
    /// Say the details at a get ready.
    pub(crate) details: bool,
    /// Tick in the last seconds.
    pub(crate) ticks: bool,
    /// Say the last seconds ("3", "2", "1") instead of ticking, when speech is on.
    pub(crate) countdown: bool,
    /// Where the tone files go (the system's temporary folder when `None`).
    pub(crate) tones_in: Option<PathBuf>,
    /// Told once when the session starts: speech is off because the engine has no voice for
    /// the language of the words (tones instead, never another language's voice).
    pub(crate) speech_note: Option<String>,
}

impl Setup {
    /// The settings of `config`, with programs looked for on `path` (`$PATH`).
    pub(crate) fn from_config(config: &Config, path: Option<&OsStr>) -> Setup {
        Setup::from_config_in(config, path, crate::i18n::speech().speech_lang())
    }

    /// [`Setup::from_config`] for words in `lang` (a routine file's `lang =`:
    /// `script::speech_of`), not the language of speech.
    pub(crate) fn from_config_in(config: &Config, path: Option<&OsStr>, lang: &str) -> Setup {
        let v = &config.voice;
        let s = &config.sounds;
        // The engine is told the language of the words, unless the person chose a voice or a
        // language for it.
        let mut tuning = v.tuning.clone();
        let ours = tuning.language.is_none() && tuning.voice.is_none();
        if ours {
            tuning.language = Some(lang.to_string());
        }
        let mut speech_note = None;
        let speech = match &v.command {
            _ if !v.on => None,
            Some(argv) => Some(Speech::command(argv.clone())),
            None => Speech::find(path, &tuning),
        };
        let speech = match speech {
            Some(sp) if ours && lang != "en" && v.command.is_none() => {
                match crate::cues::speech::voice_for(&sp.name, lang, |args| ask(&sp.name, args)) {
                    Ok(None) => Some(sp),
                    Ok(Some(voice)) => Some(Speech::known(
                        &sp.name,
                        &crate::config::Tuning {
                            voice: Some(voice),
                            ..tuning.clone()
                        },
                    )),
                    Err(()) => {
                        speech_note = Some(crate::t!(
                            "cue-no-voice",
                            program = sp.name.as_str(),
                            lang = lang
                        ));
                        None
                    }
                }
            }
            sp => sp,
        };
        Setup {
            speech,
            speech_note,
            player: match &s.command {
                _ if !s.on => None,
                Some(argv) => Some(Player::command(argv.clone())),
                None => Player::find(path),
            },
            sounds_off: !s.on,
            speech_off: !v.on,
            bell: config.cues.bell,
            muted: config.cues.muted,
            details: v.details,
            ticks: s.ticks,
            countdown: v.countdown,
            tones_in: None,
        }
    }

    #[cfg(test)]
    /// No speech, no sounds, no bell (tests).
    pub(crate) fn silent() -> Setup {
        Setup {
            speech: None,
            player: None,
            sounds_off: true,
            speech_off: true,
            bell: false,
            muted: false,
            details: false,
            ticks: false,
            countdown: false,
            tones_in: None,
            speech_note: None,
        }
    }

    /// What was found, in one line: "speech: espeak-ng · sounds: pw-play · bell: on".
    pub(crate) fn describe(&self, dot: &str) -> String {
        let speech = match &self.speech {
            Some(s) => s.name.clone(),
            None if self.speech_off => "off".into(),
            None => "none found".into(),
        };
        let sounds = match &self.player {
            Some(p) => p.name.clone(),
            None if self.sounds_off => "off".into(),
            None => "no player found".into(),
        };
        let bell = if self.bell { "on" } else { "off" };
        format!("speech: {speech}{dot}sounds: {sounds}{dot}bell: {bell}")
    }
}

/// The output of speech program `name` run with `args` (its list of voices), or `None` when
/// it does not answer within a second or fails.
fn ask(name: &str, args: &[&str]) -> Option<String> {
    let mut child = Command::new(name)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let mut out = child.stdout.take()?;
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut text = String::new();
        let _ = std::io::Read::read_to_string(&mut out, &mut text);
        let _ = tx.send(text);
    });
    let text = rx.recv_timeout(Duration::from_secs(1)).ok();
    let _ = child.kill();
    let status = child.wait().ok()?;
    text.filter(|_| status.success() || status.code().is_none())
}

/// How fast words are said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pace {
    Normal,
    /// The relief guide's calm pace.
    Slow,
}

/// Announces cues: see the module docs.
#[derive(Debug)]
pub(crate) struct Cuer {
    bell: Bell,
    muted: bool,
    speaking: bool,
    details: bool,
    ticks: bool,
    countdown: bool,
    /// "Stop any stretch that hurts." has been said this session.
    cautioned: bool,
    /// What a piece of speech may take over its allowance ([`SPEECH_SLACK`]).
    slack: Duration,
    /// How long a tone may play ([`TIME_LIMIT`]).
    limit: Duration,
    speech: Option<(Speech, Worker)>,
    sound: Option<(Player, Worker, ToneFiles)>,
    problem: Arc<Mutex<Option<String>>>,
    reported: bool,
}

struct Worker {
    tx: Sender<Job>,
    done: Receiver<()>,
    running: Arc<Mutex<Slot>>,
    /// False once the worker gave up after a failure.
    alive: Arc<AtomicBool>,
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
    /// A cuer for `setup`: the bell rings through `bell` when the setup allows it and no
    /// player plays the tones. Starts muted when `setup.muted` is.
    pub(crate) fn new(setup: &Setup, bell: Bell) -> Cuer {
        Cuer::with_time_limit(setup, bell, TIME_LIMIT)
    }

    /// As [`Cuer::new`], with another limit for a tone and another slack for a piece of
    /// speech (tests).
    pub(crate) fn with_time_limit(setup: &Setup, bell: Bell, limit: Duration) -> Cuer {
        let bell = match bell {
            _ if !setup.bell => Bell::Off,
            Bell::Stderr if !std::io::stderr().is_terminal() => Bell::Off,
            b => b,
        };
        let problem = Arc::new(Mutex::new(setup.speech_note.clone()));
        let speech = setup
            .speech
            .clone()
            .filter(|s| !s.argv.is_empty())
            .map(|s| {
                let w = Worker::start("speech program", Arc::clone(&problem), None);
                (s, w)
            });
        let sound = setup
            .player
            .clone()
            .filter(|p| !p.argv.is_empty())
            .and_then(|p| match ToneFiles::new(setup.tones_in.as_deref()) {
                Ok(files) => {
                    // The files are written on the player's thread, before its first tone.
                    let write = Box::new(files.writer());
                    let w = Worker::start("sound player", Arc::clone(&problem), Some(write));
                    Some((p, w, files))
                }
                Err(e) => {
                    note(&problem, format!("cannot write the tone files: {e}"));
                    None
                }
            });
        Cuer {
            bell,
            muted: setup.muted,
            speaking: true,
            details: setup.details,
            ticks: setup.ticks,
            countdown: setup.countdown,
            cautioned: false,
            slack: limit.min(SPEECH_SLACK),
            limit,
            speech,
            sound,
            problem,
            reported: false,
        }
    }

    /// Announce one cue: its words, its tone (or the bell). Nothing while muted. Returns at
    /// once.
    pub(crate) fn cue(&mut self, cue: &Cue) {
        if self.muted {
            return;
        }
        if !self.play(cue.tone) {
            self.ring();
        }
        let text = match &cue.details {
            Some(d) if self.details => format!("{} {d}", cue.said),
            _ => cue.said.clone(),
        };
        // A new phase: what an earlier one still has to say gives way (its first piece stays).
        self.speak(&text, Pace::Normal, true);
    }

    /// Say `text` after whatever is still to be said (nothing while muted, with speech off,
    /// or without a speech program).
    pub(crate) fn say(&mut self, text: &str) {
        self.speak(text, Pace::Normal, false);
    }

    /// Say `text` at the calm, slower pace of the relief guide, in place of what an earlier
    /// step still has to say.
    pub(crate) fn say_calmly(&mut self, text: &str) {
        self.speak(text, Pace::Slow, true);
    }

    /// Whether words can be heard now: a speech program that still works, speech on, not
    /// muted.
    pub(crate) fn can_speak(&self) -> bool {
        !self.muted
            && self.speaking
            && self
                .speech
                .as_ref()
                .is_some_and(|(_, w)| w.alive.load(Ordering::Relaxed))
    }

    /// Queue `text` in sentence-sized pieces, each with its own time limit.
    fn speak(&mut self, text: &str, pace: Pace, preempt: bool) {
        if !self.can_speak() || text.trim().is_empty() {
            return;
        }
        let Some((speech, w)) = &self.speech else {
            return;
        };
        let mut calls = Vec::new();
        for piece in crate::cues::speech::pieces(text) {
            if piece == super::script::caution() {
                if self.cautioned {
                    continue;
                }
                self.cautioned = true;
            }
            let (argv, stdin) = match pace {
                Pace::Normal => speech.call(&piece),
                Pace::Slow => speech.call_slow(&piece),
            };
            let said_in = crate::cues::speech::estimate(&piece, pace == Pace::Slow);
            calls.push(Call {
                argv,
                stdin,
                limit: said_in.mul_f64(SPEECH_FACTOR) + self.slack,
                lead: calls.is_empty(),
            });
        }
        w.send(calls, preempt);
    }

    /// Sound `tone`, or the bell where no player plays it; false when neither can.
    pub(crate) fn sound(&mut self, tone: Tone) -> bool {
        if self.muted {
            return false;
        }
        if self.play(tone) {
            return true;
        }
        let rings = !matches!(self.bell, Bell::Off);
        if rings {
            self.ring();
        }
        rings
    }

    /// One of the last seconds of a phase (`left` of them): a tick, when a player plays the
    /// tones and ticks are on (the bell never ticks); the number said instead with
    /// `[voice] countdown` while words can be heard.
    pub(crate) fn tick(&mut self, left: u32) {
        if self.countdown && self.can_speak() {
            self.say(&left.to_string());
        } else if !self.muted && self.ticks {
            self.play(Tone::Tick);
        }
    }

    /// A breath pacer turned: its soft tone, or the words ("Breathe in.", "Breathe out.") when
    /// no player plays tones. Never the bell.
    pub(crate) fn breath(&mut self, b: crate::routine::Breath) {
        if self.muted {
            return;
        }
        let (tone, word) = super::script::breath(b);
        if !self.play(tone) {
            self.say(&word);
        }
    }

    /// Play `tone`; false when no player can.
    fn play(&self, tone: Tone) -> bool {
        let Some((player, w, files)) = &self.sound else {
            return false;
        };
        let Some(file) = files.path(tone) else {
            return false;
        };
        if !w.alive.load(Ordering::Relaxed) {
            return false;
        }
        // Only the newest tone waiting is worth playing.
        w.send(
            vec![Call {
                argv: player.call(file),
                stdin: None,
                limit: self.limit,
                lead: false,
            }],
            true,
        );
        true
    }

    fn ring(&mut self) {
        match &mut self.bell {
            Bell::Off => {}
            Bell::Stderr => {
                let mut err = std::io::stderr().lock();
                // A bell that cannot be written is not worth a message.
                let _ = err.write_all(b"\x07").and_then(|()| err.flush());
            }
            Bell::With(ring) => ring(),
        }
    }

    /// Mute or unmute; muting drops what is still waiting to be said.
    pub(crate) fn set_muted(&mut self, muted: bool) {
        if muted
            && !self.muted
            && let Some((_, w)) = &self.speech
        {
            let _ = w.tx.send(Job::Hush);
        }
        self.muted = muted;
    }

    #[cfg(test)]
    /// Flip mute; returns the new state.
    pub(crate) fn toggle_mute(&mut self) -> bool {
        self.muted = !self.muted;
        self.muted
    }

    /// Speech on or off (`v`), sounds unchanged.
    pub(crate) fn set_speaking(&mut self, on: bool) {
        self.speaking = on;
    }

    /// The first thing that went wrong with a program, once; `None` afterwards.
    pub(crate) fn take_problem(&mut self) -> Option<String> {
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
    /// to exit, and the final "All done" should still be heard). A program still running then
    /// is stopped with everything it started. Returns a problem not taken yet.
    pub(crate) fn settle(mut self, within: Duration) -> Option<String> {
        let end = Instant::now() + within;
        let workers: Vec<&Worker> = self
            .speech
            .iter()
            .map(|(_, w)| w)
            .chain(self.sound.iter().map(|(_, w, _)| w))
            .collect();
        for w in &workers {
            let _ = w.tx.send(Job::Close);
        }
        for w in workers {
            if w.done
                .recv_timeout(end.saturating_duration_since(Instant::now()))
                .is_err()
                && let Ok(mut slot) = w.running.lock()
            {
                slot.ended = true;
                if let Some(pid) = slot.pid {
                    // SAFETY: kill(2) has no memory effects. The lock is held, and the worker
                    // clears the id under it before reaping, so the group is still the
                    // program's.
                    unsafe {
                        libc::kill(-pid, libc::SIGKILL);
                    }
                }
            }
        }
        self.take_problem()
    }
}

impl Worker {
    /// A worker for programs of one kind (`what`: "speech", in messages).
    /// `first` runs on its thread before anything else (writing the tone files); when it
    /// fails, that is the problem told, and the worker ends.
    fn start(
        what: &'static str,
        problem: Arc<Mutex<Option<String>>>,
        first: Option<Prepare>,
    ) -> Worker {
        let (tx, rx) = mpsc::channel();
        let (done_tx, done) = mpsc::channel();
        let noted = Arc::clone(&problem);
        let running = Arc::new(Mutex::new(Slot::default()));
        let shared = Arc::clone(&running);
        let alive = Arc::new(AtomicBool::new(true));
        let living = Arc::clone(&alive);
        let exits = tx.clone();
        let spawned = std::thread::Builder::new()
            // Short names: a thread's name is cut to 15 bytes in /proc.
            .name(
                if what.starts_with("speech") {
                    "cue-speech"
                } else {
                    "cue-sound"
                }
                .into(),
            )
            .spawn(move || {
                match first.map_or(Ok(()), |f| f()) {
                    Ok(()) => play(what, &rx, &exits, &shared, &problem),
                    Err(e) => note(&problem, format!("cannot write the tone files: {e}")),
                }
                living.store(false, Ordering::Relaxed);
                let _ = done_tx.send(());
            });
        if let Err(e) = spawned {
            alive.store(false, Ordering::Relaxed);
            note(&noted, format!("cannot start the {what} thread: {e}"));
        }
        Worker {
            tx,
            done,
            running,
            alive,
        }
    }

    fn send(&self, calls: Vec<Call>, preempt: bool) {
        if self.alive.load(Ordering::Relaxed) && !calls.is_empty() {
            // The worker only goes away after a failure it has already reported.
            let _ = self.tx.send(Job::Cue { calls, preempt });
        }
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

/// The worker: one program at a time, in the order they came, until the cuer is gone or the
/// program cannot be used. `exits` is a sender on its own channel, for its waiter thread.
///
/// Speech (`what` starts with "speech") is never given up for one bad piece: a piece that
/// runs over its own limit is stopped and the next one starts; a piece that fails is passed
/// over once another has been said. Only a program that cannot be started, or that fails
/// before it has ever said anything, ends the worker (and that is told once). A player ends
/// at its first failure (the bell stands in).
fn play(
    what: &str,
    rx: &Receiver<Job>,
    exits: &Sender<Job>,
    running: &Arc<Mutex<Slot>>,
    problem: &Arc<Mutex<Option<String>>>,
) {
    let speech = what.starts_with("speech");
    let waits = waiter(exits.clone());
    let mut queue: VecDeque<Call> = VecDeque::new();
    let mut closing = false;
    let mut worked = false;
    // True when `job` says that program `running` has exited.
    let take = |job: Job, queue: &mut VecDeque<Call>, closing: &mut bool, running| -> bool {
        match job {
            Job::Cue { calls, preempt } => {
                if preempt {
                    queue.retain(|c| c.lead);
                }
                queue.extend(calls);
            }
            Job::Close => *closing = true,
            Job::Hush => queue.clear(),
            Job::Exited(pid) => return Some(pid) == running,
        }
        false
    };
    loop {
        let call = match queue.pop_front() {
            Some(t) => t,
            None if closing => return,
            None => match rx.recv() {
                Ok(job) => {
                    take(job, &mut queue, &mut closing, None);
                    continue;
                }
                Err(_) => return,
            },
        };
        let Some((program, args)) = call.argv.split_first() else {
            continue;
        };
        let mut command = Command::new(program);
        command
            .args(args)
            .stdin(if call.stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
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
                    off(speech, format!("cannot run the {what} \"{program}\": {e}")),
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
        if let Some(w) = &waits {
            // A waiter that has gone leaves the time limit to end the wait.
            let _ = w.send(pid);
        }
        if let (Some(text), Some(mut stdin)) = (&call.stdin, child.stdin.take()) {
            // A short text fits the pipe's buffer: this does not block. A program that exits
            // without reading it is not an error here; its exit status tells.
            let _ = stdin.write_all(text.as_bytes());
        }
        let stop_at = Instant::now() + call.limit;
        let mut over = false;
        loop {
            match rx.recv_timeout(stop_at.saturating_duration_since(Instant::now())) {
                Ok(job) => {
                    if take(job, &mut queue, &mut closing, Some(pid)) {
                        break;
                    }
                }
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
        let status = child.wait();
        if over && speech {
            // One hung piece never silences the session: the next one starts.
            continue;
        }
        let failed = match status {
            _ if over => Some(format!(
                "the {what} \"{program}\" ran over {} s and was stopped",
                call.limit.as_secs_f64()
            )),
            Ok(status) if !status.success() => {
                Some(format!("the {what} \"{program}\" failed ({status})"))
            }
            Ok(_) => None,
            Err(e) => Some(format!("cannot wait for the {what} \"{program}\": {e}")),
        };
        match failed {
            None => worked = true,
            // It has spoken before: this piece alone is lost.
            Some(_) if speech && worked => {}
            Some(f) => {
                note(problem, off(speech, f));
                // Reported once; the session goes on without this program.
                return;
            }
        }
    }
}

/// A problem that ends speech says so first: "speech off: ...".
fn off(speech: bool, problem: String) -> String {
    if speech {
        format!("speech off: {problem}")
    } else {
        problem
    }
}

/// The worker's waiter: one thread for all its programs (one runs at a time), started with
/// the worker, that takes each program's id and blocks until that program has exited, without
/// reaping it (the worker reaps, so that the id stays the program's until then), and then
/// sends [`Job::Exited`] with its id. Between programs it sleeps on its channel; it ends with the worker.
/// `None` when the thread cannot start: the time limit still ends each wait.
fn waiter(tx: Sender<Job>) -> Option<Sender<libc::pid_t>> {
    let (pids, rx) = mpsc::channel::<libc::pid_t>();
    let spawned = std::thread::Builder::new()
        .name("cue-waiter".into())
        .spawn(move || {
            for pid in rx {
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
                if tx.send(Job::Exited(pid)).is_err() {
                    break;
                }
            }
        });
    spawned.ok().map(|_| pids)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::engine::CueKind;

    const PAUSED_FOR_TEST: &str = "Paused.";

    fn cue(text: &str) -> Cue {
        Cue {
            text: text.to_uppercase(),
            kind: CueKind::Hold,
            said: text.into(),
            details: Some("Stand facing a wall.".into()),
            tone: Tone::Hold,
        }
    }

    /// Speech through `command` (text on stdin), no player: the bell stands in.
    fn setup(command: Option<Vec<&str>>) -> Setup {
        Setup {
            speech: command.map(|c| Speech::command(c.into_iter().map(String::from).collect())),
            sounds_off: false,
            bell: true,
            ..Setup::silent()
        }
    }

    #[test]
    fn a_setup_for_a_language_tells_the_speech_program_that_language() {
        // A stand-in espeak-ng with a German voice (the voice check asks the one on $PATH, or
        // keeps the program when there is none to ask).
        let dir = tempfile::tempdir().unwrap();
        let prog = dir.path().join("espeak-ng");
        std::fs::write(
            &prog,
            "#!/bin/sh\ncase \"$1\" in --voices=de) printf 'Pty Language Age/Gender VoiceName\\n 5  de  --/M  German\\n';; --voices=*) printf 'Pty Language Age/Gender VoiceName\\n';; esac\n",
        )
        .unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&prog, std::fs::Permissions::from_mode(0o755)).unwrap();
        let mut config = Config::default();
        config.voice.on = true;
        let path = Some(dir.path().as_os_str());
        let de = Setup::from_config_in(&config, path, "de");
        let argv = &de.speech.as_ref().expect("speech for de").argv;
        assert!(argv.windows(2).any(|w| w == ["-v", "de"]), "{argv:?}");
        assert_eq!(de.speech_note, None);
    }

    /// Whether `ok` comes true within 20 s: it returns as soon as it does, so the bound is
    /// generous for a loaded machine and costs nothing when all is well.
    fn wait_for(mut ok: impl FnMut() -> bool) -> bool {
        let end = Instant::now() + Duration::from_secs(20);
        while Instant::now() < end {
            if ok() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    }

    fn counter() -> (Arc<Mutex<u32>>, Bell) {
        let rings = Arc::new(Mutex::new(0));
        let r = Arc::clone(&rings);
        (rings, Bell::With(Box::new(move || *r.lock().unwrap() += 1)))
    }

    #[test]
    fn bell_rings_per_cue_without_a_player_and_not_while_muted() {
        let (rings, bell) = counter();
        let mut c = Cuer::new(&setup(None), bell);
        c.cue(&cue("Rest."));
        c.cue(&cue("Hold."));
        c.tick(3); // the bell never ticks
        assert!(c.toggle_mute());
        c.cue(&cue("Rest."));
        assert!(!c.toggle_mute());
        c.cue(&cue("All done."));
        assert_eq!(*rings.lock().unwrap(), 3);
    }

    #[test]
    fn bell_off_in_config_never_rings() {
        let (rings, bell) = counter();
        let mut settings = setup(None);
        settings.bell = false;
        let mut c = Cuer::new(&settings, bell);
        c.cue(&cue("Rest."));
        assert_eq!(*rings.lock().unwrap(), 0);
    }

    #[test]
    fn a_command_gets_the_words_on_stdin_and_details_only_when_asked() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("said");
        let script = format!("printf '%s|' \"$#\" >> '{0}'; cat >> '{0}'", out.display());
        let mut s = setup(Some(vec!["sh", "-c", &script, "sh"]));
        let mut c = Cuer::new(&s, Bell::Off);
        c.cue(&cue("-f/etc/passwd"));
        c.settle(Duration::from_secs(20));
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "0|-f/etc/passwd\n");
        s.details = true;
        let mut c = Cuer::new(&s, Bell::Off);
        c.cue(&cue("Calf."));
        c.settle(Duration::from_secs(20));
        assert_eq!(
            std::fs::read_to_string(&out).unwrap(),
            "0|-f/etc/passwd\n0|Calf. Stand facing a wall.\n"
        );
    }

    #[test]
    fn v_turns_speech_off_and_the_tones_go_on() {
        let dir = tempfile::tempdir().unwrap();
        let said = dir.path().join("said");
        let played = dir.path().join("played");
        let speak = format!("cat >> '{}'", said.display());
        let play = format!("basename \"$1\" >> '{}'", played.display());
        let s = Setup {
            speech: Some(Speech::command(vec!["sh".into(), "-c".into(), speak])),
            player: Some(Player::command(vec![
                "sh".into(),
                "-c".into(),
                play,
                "sh".into(),
            ])),
            sounds_off: false,
            ticks: true,
            tones_in: Some(dir.path().to_path_buf()),
            ..Setup::silent()
        };
        let (rings, bell) = counter();
        let mut c = Cuer::new(&Setup { bell: true, ..s }, bell);
        c.set_speaking(false);
        c.cue(&cue("Hold."));
        assert!(wait_for(|| std::fs::read_to_string(&played).is_ok()));
        c.set_speaking(true);
        c.cue(&cue("Rest."));
        c.settle(Duration::from_secs(20));
        assert_eq!(std::fs::read_to_string(&said).unwrap(), "Rest.\n");
        assert_eq!(
            std::fs::read_to_string(&played).unwrap(),
            "hold.wav\nhold.wav\n"
        );
        assert_eq!(*rings.lock().unwrap(), 0, "a player plays: no bell");
    }

    #[test]
    fn cue_returns_at_once_and_every_phase_is_heard_in_order() {
        // Not a stopwatch (a loaded machine can take any time): the speech program waits for a
        // file `go` before it reads, and the cues must all return while it still waits. Should
        // `cue` block, a watchdog makes `go` after 20 s so that the test ends, and fails.
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("said");
        let go = dir.path().join("go");
        let script = format!(
            "while [ ! -e '{}' ]; do sleep 0.02; done; cat >> '{}'",
            go.display(),
            out.display()
        );
        let mut c = Cuer::new(&setup(Some(vec!["sh", "-c", &script])), Bell::Off);
        let (returned, watched) = std::sync::mpsc::channel::<()>();
        let watchdog = {
            let go = go.clone();
            std::thread::spawn(move || {
                let timed_out = watched.recv_timeout(Duration::from_secs(20)).is_err();
                if timed_out {
                    std::fs::write(&go, b"").unwrap();
                }
                timed_out
            })
        };
        for text in [
            "Wall calf stretch. Hands on the wall. Left foot back first.",
            "Hold.",
            "Rest.",
            "Hold. 2 of 2.",
        ] {
            c.cue(&cue(text));
        }
        c.say(PAUSED_FOR_TEST);
        let _ = returned.send(());
        assert!(
            !watchdog.join().unwrap(),
            "cue waited for the speech program"
        );
        std::fs::write(&go, b"").unwrap();
        c.settle(Duration::from_secs(20));
        // Each phase is heard, in order; of what an earlier phase still had to say, only its
        // first piece (a new phase says what matters now). What is said after a phase (not a
        // new one) waits its turn.
        assert_eq!(
            std::fs::read_to_string(&out).unwrap(),
            "Wall calf stretch.\nHold.\nRest.\nHold. 2 of 2.\nPaused.\n"
        );
    }

    #[test]
    fn failures_are_reported_once_and_the_program_is_not_tried_again() {
        let mut c = Cuer::new(&setup(Some(vec!["false"])), Bell::Off);
        c.cue(&cue("Rest."));
        assert!(wait_for(|| c.problem.lock().unwrap().is_some()));
        assert_eq!(
            c.take_problem().as_deref(),
            Some("speech off: the speech program \"false\" failed (exit status: 1)")
        );
        c.cue(&cue("All done."));
        // Settling waits for whatever that cue started: a second try would fail and be told.
        assert_eq!(c.settle(Duration::from_secs(20)), None);
    }

    #[test]
    fn a_missing_program_is_reported() {
        let mut c = Cuer::new(&setup(Some(vec!["/nonexistent/windown-cue"])), Bell::Off);
        c.cue(&cue("Rest."));
        assert!(wait_for(|| c.problem.lock().unwrap().is_some()));
        let p = c.take_problem().unwrap();
        assert!(
            p.starts_with(
                "speech off: cannot run the speech program \"/nonexistent/windown-cue\": "
            ),
            "{p}"
        );
        c.cue(&cue("Hold.")); // the worker is gone: still no panic, no message
        assert_eq!(c.take_problem(), None);
    }

    #[test]
    fn a_failing_player_leaves_the_bell() {
        let dir = tempfile::tempdir().unwrap();
        let (rings, bell) = counter();
        let s = Setup {
            player: Some(Player::command(vec!["/nonexistent/windown-play".into()])),
            sounds_off: false,
            bell: true,
            tones_in: Some(dir.path().to_path_buf()),
            ..Setup::silent()
        };
        let mut c = Cuer::new(&s, bell);
        c.cue(&cue("Hold."));
        assert!(wait_for(|| c.problem.lock().unwrap().is_some()));
        assert!(wait_for(|| !c
            .sound
            .as_ref()
            .unwrap()
            .1
            .alive
            .load(Ordering::Relaxed)));
        c.cue(&cue("Rest."));
        assert_eq!(*rings.lock().unwrap(), 1);
    }

    #[test]
    fn a_piece_that_runs_over_is_stopped_and_the_next_is_said() {
        // "Hang" never ends by itself: it is stopped at its own limit (a short slack here), and
        // the pieces after it are said; a hung piece is not a problem worth telling.
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("said");
        let script = format!(
            "read t; case \"$t\" in Hang*) sleep 30 ;; *) echo \"$t\" >> '{}' ;; esac",
            out.display()
        );
        let mut c = Cuer::with_time_limit(
            &setup(Some(vec!["sh", "-c", &script, "sh"])),
            Bell::Off,
            Duration::from_millis(300),
        );
        let t = Instant::now();
        c.cue(&cue("Ready to go now. Hang here and wait. Going on."));
        c.cue(&cue("Hold."));
        assert!(wait_for(
            || std::fs::read_to_string(&out).is_ok_and(|s| s.ends_with("Hold.\n"))
        ));
        // Stopped, not ended by itself: well before the 30 s sleep would be over (a generous
        // bound, so that a loaded machine does not fail it).
        assert!(t.elapsed() < Duration::from_secs(25));
        assert_eq!(
            std::fs::read_to_string(&out).unwrap(),
            "Ready to go now.\nHold.\n"
        );
        c.say("Still here.");
        assert_eq!(c.settle(Duration::from_secs(20)), None);
        assert_eq!(
            std::fs::read_to_string(&out).unwrap(),
            "Ready to go now.\nHold.\nStill here.\n"
        );
    }

    #[test]
    fn a_piece_that_fails_after_speech_worked_is_passed_over() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("said");
        let script = format!(
            "read t; case \"$t\" in Bad*) exit 3 ;; *) echo \"$t\" >> '{}' ;; esac",
            out.display()
        );
        let mut c = Cuer::new(&setup(Some(vec!["sh", "-c", &script, "sh"])), Bell::Off);
        c.say("First one is here. Bad one comes now. Two is said too.");
        assert_eq!(c.settle(Duration::from_secs(20)), None);
        assert_eq!(
            std::fs::read_to_string(&out).unwrap(),
            "First one is here.\nTwo is said too.\n"
        );
    }

    #[test]
    fn the_caution_is_said_once_a_session_and_countdown_says_the_seconds() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("said");
        let script = format!("cat >> '{}'", out.display());
        let mut s = setup(Some(vec!["sh", "-c", &script]));
        s.countdown = true;
        let mut c = Cuer::new(&s, Bell::Off);
        let first = format!(
            "Calf. {} Left foot back first.",
            crate::session::script::caution()
        );
        c.cue(&cue(&first));
        c.tick(3);
        // Said before the next phase comes (which would cut what still waits).
        assert!(wait_for(
            || std::fs::read_to_string(&out).is_ok_and(|s| s.ends_with("3\n"))
        ));
        c.cue(&cue(&first));
        c.set_speaking(false);
        c.tick(2);
        c.settle(Duration::from_secs(20));
        assert_eq!(
            std::fs::read_to_string(&out).unwrap(),
            "Calf.\nStop any stretch that hurts.\nLeft foot back first.\n3\nCalf.\nLeft foot back first.\n"
        );
    }

    #[test]
    fn describe_says_what_was_found() {
        let mut s = Setup::silent();
        assert_eq!(s.describe(" · "), "speech: off · sounds: off · bell: off");
        s.speech_off = false;
        s.sounds_off = false;
        s.player = Some(Player::command(vec!["pw-play".into()]));
        s.bell = true;
        assert_eq!(
            s.describe(" · "),
            "speech: none found · sounds: pw-play · bell: on"
        );
    }
}
