//! The loop that connects the pure [`App`] to the world: the terminal, the event channel, the
//! clocks, cues, and the worker that carries out jobs ([`super::work`]).
//!
//! It waits on the one channel: with `recv_timeout(next_wake - now)` while a countdown runs,
//! and with a plain blocking `recv()` otherwise (home screen, paused, a task waiting), so an
//! idle interface does no work at all. It reads the clocks once per message and hands them to
//! the app, draws only when something changed, and passes every job to the worker thread, so
//! nothing it does between two frames can block on a disk or a bus. The one thing it waits
//! for on purpose is the person's text editor (`e`, [`super::handover`]), which has the
//! terminal meanwhile. Changed files arrive from the watcher ([`super::watch`]).

use std::io::Write;
use std::process::ExitCode;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::{Duration, Instant};

use ratatui::crossterm::event::Event;

use super::app::App;
use super::clock::WallClock;
use super::events::{self, Msg, Signal};
use super::screens::home::{Entry, Home};
use super::screens::{Act, Cx};
use super::term;
use super::theme::Look;
use super::work::{self, Worker};
use crate::config::Config;
use crate::error::{CmdResult, Failure};
use crate::paths::Dirs;
use crate::routine::{Catalog, Routine};
use crate::session::{Bell, Cuer, Setup};

/// How long leaving waits for queued work (a session being recorded).
const FINISH_WORK: Duration = Duration::from_secs(5);

/// What the interface opens on.
pub(crate) enum Start {
    Home,
    Routine(Box<Routine>),
    /// `windown cramp`: the relief guide, leg and muscle preselected.
    Relief(crate::history::Leg, crate::history::Muscle),
}

/// Everything the loop holds besides the pure [`App`].
struct Ui {
    app: App,
    terminal: term::Term,
    cuer: Cuer,
    worker: Worker,
    dirty: bool,
    code: ExitCode,
    /// Settings read again from config.toml, waiting for the session to end.
    settings: Option<Box<Config>>,
    /// Holds the input thread while the person's editor has the terminal.
    gate: events::InputGate,
    /// The local time, its zone resolved at most once a minute.
    clock: WallClock,
}

/// The bell as the interface rings it: BEL on the terminal.
fn terminal_bell() -> Bell {
    Bell::With(Box::new(|| {
        let mut out = std::io::stdout();
        let _ = out.write_all(b"\x07");
        let _ = out.flush();
    }))
}

/// Run the interface until the person leaves. The terminal is restored on every way out.
pub(crate) fn run(dirs: &Dirs, start: Start, mute: bool) -> CmdResult {
    // A broken config.toml never stops a session: the defaults, and a line on the home screen.
    let (config, config_problems) = Config::load_or_defaults(dirs);
    let look = Look::from_env();
    let mut app = App::new(look, Home::default(), mute || config.cues.muted);
    // What the first frame shows is read before it: the routines for the home screen (the
    // history follows, off the UI thread), a routine's figures for a session.
    let mut pending = Vec::new();
    let first = match start {
        Start::Home => {
            app.home = Home::new(Entry::from_catalog(Catalog::load(dirs)));
            app.home.select(config.balance.evening_routine());
            app.home_loaded = true;
            pending.push(Act::Do(work::Job::HomeSummary { ask: true }));
            None
        }
        Start::Routine(r) => {
            let figures = work::figures(dirs, &r, look.unicode);
            Some((r, figures))
        }
        Start::Relief(leg, muscle) => {
            let now = chrono::Local::now().fixed_offset();
            app.screen = super::app::Screen::Relief(super::screens::relief::Relief::new(
                leg,
                muscle,
                Instant::now(),
                now,
                false,
            ));
            None
        }
    };

    app.home.notice = Config::problem_line(&config_problems);
    let (tx, rx) = mpsc::channel();
    let signals = events::spawn_signals(tx.clone())
        .map_err(|e| Failure::new(format!("cannot watch signals: {e}")))?;
    let worker_tx = tx.clone();
    let worker = Worker::spawn(dirs.clone(), look.unicode, move |d| {
        let _ = worker_tx.send(Msg::Done(d));
    })
    .map_err(|e| Failure::new(format!("cannot start a thread: {e}")))?;
    // Live files: without them the app still works (the list is read at start and on the
    // way home); the reason is told on the home screen.
    let watch_tx = tx.clone();
    if let Err(e) = super::watch::spawn(dirs, move |c| watch_tx.send(Msg::Files(c)).is_ok()) {
        app.home.notice = Some(format!("{e}; changed files show after a restart"));
    }
    let _restore = term::Restore;
    let mut terminal = term::open().map_err(|e| {
        Failure::new(format!("cannot open the terminal interface: {e}"))
            .with_hint("run a routine line by line with `windown run ROUTINE --plain`")
    })?;
    let size = terminal.get_frame().area();
    app.size = size;
    let gate = events::spawn_input(tx)
        .map_err(|e| Failure::new(format!("cannot read the keyboard: {e}")))?;
    let bell = terminal_bell();
    let setup = Setup::from_config(&config, std::env::var_os("PATH").as_deref());
    if app.home_loaded && setup.speech.is_none() && !setup.speech_off {
        pending.push(Act::Do(work::Job::NoSpeech));
    }
    let mut ui = Ui {
        app,
        terminal,
        cuer: Cuer::new(&setup, bell),
        worker,
        dirty: true,
        code: ExitCode::SUCCESS,
        settings: None,
        gate,
        clock: WallClock::new(Instant::now()),
    };
    if let Some((r, figures)) = first {
        let cx = ui.cx();
        pending.extend(ui.app.start(*r, figures, &cx));
    }

    loop {
        if ui.carry_out(pending) {
            break;
        }
        if ui.dirty {
            pending = ui.draw();
            if !pending.is_empty() {
                continue;
            }
        }
        let now = Instant::now();
        let msg = match ui.app.next_wake(now, || ui.clock.read(now)) {
            Some(at) => match rx.recv_timeout(at.saturating_duration_since(now)) {
                Ok(m) => Some(m),
                Err(RecvTimeoutError::Timeout) => None,
                Err(RecvTimeoutError::Disconnected) => break,
            },
            None => match rx.recv() {
                Ok(m) => Some(m),
                Err(_) => break,
            },
        };
        pending = ui.handle(msg);
    }
    term::leave();
    signals.close();
    // A session stopped on the way out is recorded before the process ends.
    if !ui.worker.finish(FINISH_WORK) {
        ui.app.problems.push(format!(
            "the history was still being written after {} s; the last session may not be recorded",
            FINISH_WORK.as_secs()
        ));
        ui.code = ExitCode::from(1);
    }
    // A record that could not be written (a full disk, a file-size limit) is an error:
    // said after leaving, with exit status 1.
    for msg in rx.try_iter() {
        if let Msg::Done(work::Done::Problem(p)) = msg {
            ui.app.problems.push(p);
            if ui.code == ExitCode::SUCCESS {
                ui.code = ExitCode::from(1);
            }
        }
    }
    ui.cuer.settle(Duration::from_millis(1500));
    for p in ui.app.problems {
        // After SIGHUP the terminal is gone: a failed write must not become a panic.
        crate::error::print_err(&Failure::new(p).to_string());
    }
    Ok(ui.code)
}

impl Ui {
    /// Carry out what an update asked for (which may ask for more). True: leave now.
    fn carry_out(&mut self, mut pending: Vec<Act>) -> bool {
        while !pending.is_empty() {
            self.dirty = true;
            for out in std::mem::take(&mut pending) {
                match out {
                    Act::Cue(c) => {
                        self.cuer.set_muted(self.app.muted);
                        self.cuer.cue(&c);
                    }
                    Act::Tick => {
                        self.cuer.set_muted(self.app.muted);
                        self.cuer.tick();
                    }
                    Act::Breath(b) => {
                        self.cuer.set_muted(self.app.muted);
                        self.cuer.breath(b);
                    }
                    Act::Speech(on) => self.cuer.set_speaking(on),
                    Act::Do(job) => {
                        if !self.worker.send(job) {
                            self.app
                                .problems
                                .push("the worker thread has stopped".into());
                        }
                    }
                    Act::Suspend => {
                        if let Err(e) = term::suspend(&mut self.terminal) {
                            self.gone(format!("cannot take the terminal back: {e}"));
                            pending.extend(self.terminated());
                        }
                    }
                    Act::Edit { path, line } => {
                        match super::handover::edit(&self.gate, &path, line) {
                            Ok(said) => {
                                if let Some(s) = said {
                                    // After "copied to ..." when a built-in was copied.
                                    let before = self.app.home.notice.take();
                                    self.app.home.notice =
                                        Some(before.map_or(s.clone(), |b| format!("{b} {s}")));
                                }
                            }
                            Err(e) => {
                                self.gone(format!("cannot take the terminal back: {e}"));
                                pending.extend(self.terminated());
                                continue;
                            }
                        }
                        // Everything is drawn again, at the size the terminal has now; the
                        // file is read again (the watcher may not run).
                        if let Err(e) = term::resume(&mut self.terminal) {
                            self.gone(format!("cannot take the terminal back: {e}"));
                            pending.extend(self.terminated());
                            continue;
                        }
                        self.app.size = self.terminal.get_frame().area();
                        pending.push(Act::Do(work::Job::Catalog));
                    }
                    Act::Quit => return true,
                    // The app's own: `App::apply` carried them out before handing the list over.
                    Act::Go(_)
                    | Act::Help
                    | Act::ConfirmQuit
                    | Act::ToggleMute
                    | Act::Finished(_)
                    | Act::Begin { .. } => {}
                }
            }
        }
        if let Some(p) = self.cuer.take_problem() {
            self.app.cue_failed(p, Instant::now());
        }
        false
    }

    /// The moment, read once: both clocks.
    fn cx(&mut self) -> Cx {
        let now = Instant::now();
        self.app.cx(now, self.clock.read(now))
    }

    /// The terminal is gone: what the app does on the way out.
    fn terminated(&mut self) -> Vec<Act> {
        let cx = self.cx();
        self.app.on_terminate(&cx)
    }

    /// One message from the channel (`None`: the countdown's wake-up came due).
    fn handle(&mut self, msg: Option<Msg>) -> Vec<Act> {
        let cx = self.cx();
        match msg {
            None => {
                let (redraw, out) = self.app.advance(&cx);
                self.dirty |= redraw;
                out
            }
            Some(Msg::Input(Event::Key(k))) => {
                self.dirty = true;
                self.app.key(k, &cx)
            }
            Some(Msg::Input(Event::Resize(w, h))) => {
                self.dirty = true;
                self.app.size = ratatui::layout::Rect::new(0, 0, w, h);
                if let Err(e) = term::resize(&mut self.terminal, w, h) {
                    self.gone(format!("cannot draw: {e}"));
                    return self.app.on_terminate(&cx);
                }
                Vec::new()
            }
            Some(Msg::Input(_)) => Vec::new(),
            Some(Msg::Done(work::Done::Config(Ok(config)))) => {
                // New cue settings from config.toml; a running session keeps the cues it
                // started with, the next one uses these.
                self.settings = Some(config);
                self.settle_settings();
                Vec::new()
            }
            Some(Msg::Done(d)) => {
                self.dirty = true;
                let out = self.app.done(d, &cx);
                self.settle_settings();
                out
            }
            Some(Msg::Files(c)) => self.app.files_changed(c),
            Some(Msg::Signal(Signal::Stop)) => {
                let mut out = self.app.on_suspend(&cx);
                out.push(Act::Suspend);
                out
            }
            Some(Msg::Signal(Signal::Continue)) => {
                // Continued after a stop: take the terminal again if it was given back, and
                // draw everything.
                self.dirty = true;
                if let Err(e) = term::resume(&mut self.terminal) {
                    self.gone(format!("cannot take the terminal back: {e}"));
                    return self.app.on_terminate(&cx);
                }
                self.app.size = self.terminal.get_frame().area();
                self.app.advance(&cx).1
            }
            Some(Msg::Signal(Signal::Interrupt)) => {
                self.dirty = true;
                self.app.interrupt(&cx)
            }
            Some(Msg::Signal(Signal::Terminate(sig))) => {
                let sig = u8::try_from(sig).unwrap_or(0);
                self.code = ExitCode::from(128u8.saturating_add(sig));
                self.app.on_terminate(&cx)
            }
            Some(Msg::InputClosed) => {
                self.code = ExitCode::from(1);
                self.app.on_terminate(&cx)
            }
        }
    }

    /// Draw a frame. A terminal that cannot be drawn on is gone: what comes back records the
    /// session and ends the loop (nothing comes back after a good frame).
    fn draw(&mut self) -> Vec<Act> {
        if !term::is_active() {
            // Away from the terminal (continued in the background): the next resume in the
            // foreground draws everything.
            return Vec::new();
        }
        let cx = self.cx();
        let app = &self.app;
        let drawn = self.terminal.draw(|f| {
            let area = f.area();
            app.render(&cx, area, f.buffer_mut());
        });
        self.dirty = false;
        match drawn {
            Ok(_) => Vec::new(),
            Err(e) => {
                self.gone(format!("cannot draw: {e}"));
                self.app.on_terminate(&cx)
            }
        }
    }

    /// Put settings read again into force, once no session is running.
    fn settle_settings(&mut self) {
        if self.app.running().is_some() {
            return;
        }
        if let Some(config) = self.settings.take() {
            let setup = Setup::from_config(&config, std::env::var_os("PATH").as_deref());
            self.cuer = Cuer::new(&setup, terminal_bell());
            self.cuer.set_muted(self.app.muted);
        }
    }

    /// The terminal failed: remember why, and leave with status 1 (after recording).
    fn gone(&mut self, why: String) {
        self.app.problems.push(why);
        self.code = ExitCode::from(1);
    }
}
