//! The loop that connects the pure [`App`] to the world: the terminal, the event channel,
//! the clock, cues, and the records other parts keep.
//!
//! It waits on the one channel: with `recv_timeout(next_wake - now)` while a countdown runs,
//! and with a plain blocking `recv()` otherwise (home screen, paused, a task waiting), so an
//! idle interface does no work at all. It draws only when something changed.

use std::io::Write;
use std::process::ExitCode;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Instant;

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

use super::app::{App, Other, Out, Screen};
use super::events::{self, Msg, Signal};
use super::home::{Entry, Home};
use super::look::Look;
use super::term;
use crate::config::Config;
use crate::error::{CmdResult, Failure};
use crate::history::view::{CheckinPrompt, ProgressView, PromptAnswer};
use crate::history::{self, CheckinEntry};
use crate::paths::Dirs;
use crate::remind::view::RemindersView;
use crate::routine::{Catalog, Figure, Routine, figure};
use crate::session::{Bell, Cuer};

/// How long a problem stays on the session screen.
const NOTICE_TIME: std::time::Duration = std::time::Duration::from_secs(15);

/// What the interface opens on.
pub enum Start {
    Home,
    Routine(Box<Routine>),
}

/// The home screen's list from the catalog: loaded routines and broken files with their
/// first problem.
pub fn home_entries(dirs: &Dirs) -> Vec<Entry> {
    Catalog::load(dirs)
        .entries
        .into_iter()
        .map(|e| match e.routine {
            Ok(r) => Entry::Routine(Box::new(r)),
            Err(diags) => Entry::Broken {
                name: e.id,
                error: diags
                    .iter()
                    .map(|d| {
                        let mut t = d.headline();
                        if let Some(h) = &d.hint {
                            t.push_str(&format!("\nhint: {h}"));
                        }
                        t
                    })
                    .collect::<Vec<_>>()
                    .join("\n"),
            },
        })
        .collect()
}

/// Each step's figure, loaded once before a session starts.
pub fn figures(dirs: &Dirs, routine: &Routine, unicode: bool) -> Vec<Option<Figure>> {
    routine
        .steps
        .iter()
        .map(|s| s.figure.as_deref().and_then(|n| figure(dirs, n, unicode)))
        .collect()
}

/// The home screen's header and check-in question from the history.
fn refresh_home(app: &mut App, dirs: &Dirs, ask: bool) {
    let now = chrono::Local::now().fixed_offset();
    let h = history::home_summary(dirs, now);
    app.home.header = super::home::header_text(&h, now, app.look);
    // Said once per run: on the first look, not again after each session.
    if let (true, Some(n)) = (ask, h.note) {
        app.home.notice = Some(n);
    }
    if ask && h.checkin_due && app.checkin.is_none() {
        app.checkin = Some(CheckinPrompt::new(history::last_night_over(now)));
    }
}

/// Everything the loop holds besides the pure [`App`]: the terminal, cues, the other parts'
/// screens, and what to tell after leaving.
struct Ui<'a> {
    dirs: &'a Dirs,
    app: App,
    terminal: term::Term,
    cuer: Cuer,
    wake: events::Wake,
    /// Other parts' screens, loaded when opened.
    progress: Option<ProgressView>,
    reminders: Option<RemindersView>,
    /// The home screen's routines are loaded (lazily after `windown run`).
    home_loaded: bool,
    /// Problems to tell on stderr once the terminal is back.
    problems: Vec<String>,
    dirty: bool,
    code: ExitCode,
}

/// Run the interface until the person leaves. The terminal is restored on every way out.
pub fn run(dirs: &Dirs, start: Start, mute: bool) -> CmdResult {
    let config = Config::load(dirs).map_err(Failure::from)?;
    let look = Look::from_env();
    let mut app = App::new(look, Home::default(), mute || config.cues.muted);
    if let Start::Home = start {
        app.home = Home::new(home_entries(dirs));
        refresh_home(&mut app, dirs, true);
    }

    let (tx, rx) = mpsc::channel();
    let signals = events::spawn_signals(tx.clone())
        .map_err(|e| Failure::new(format!("cannot watch signals: {e}")))?;
    let _restore = term::Restore;
    let terminal = term::open().map_err(|e| {
        Failure::new(format!("cannot open the terminal interface: {e}"))
            .with_hint("run a routine line by line with `windown run ROUTINE --plain`")
    })?;
    events::spawn_input(tx.clone())
        .map_err(|e| Failure::new(format!("cannot read the keyboard: {e}")))?;
    let bell = Bell::With(Box::new(|| {
        let mut out = std::io::stdout();
        let _ = out.write_all(b"\x07");
        let _ = out.flush();
    }));
    let mut ui = Ui {
        dirs,
        home_loaded: matches!(start, Start::Home),
        app,
        terminal,
        cuer: Cuer::new(&config.cues, bell),
        wake: events::waker(tx),
        progress: None,
        reminders: None,
        problems: Vec::new(),
        dirty: true,
        code: ExitCode::SUCCESS,
    };

    let mut pending = match start {
        Start::Routine(r) => vec![Out::Start(r)],
        Start::Home => Vec::new(),
    };
    loop {
        if ui.carry_out(pending) {
            break;
        }
        let now = Instant::now();
        if ui.dirty {
            pending = ui.draw(now);
            if !pending.is_empty() {
                continue;
            }
        }
        let msg = match ui.app.next_wake(now) {
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
        pending = ui.handle(msg, Instant::now());
    }
    term::leave();
    signals.close();
    ui.cuer.settle(std::time::Duration::from_millis(1500));
    for p in ui.problems {
        // After SIGHUP the terminal is gone: a failed write must not become a panic.
        crate::error::print_err(&Failure::new(p).to_string());
    }
    Ok(ui.code)
}

impl Ui<'_> {
    /// Carry out what an update asked for (which may ask for more). True: leave now.
    fn carry_out(&mut self, mut pending: Vec<Out>) -> bool {
        while !pending.is_empty() {
            self.dirty = true;
            for out in std::mem::take(&mut pending) {
                match out {
                    Out::Cue(c) => {
                        self.cuer.set_muted(self.app.muted);
                        self.cuer.cue(&c);
                    }
                    Out::Record { summary, started } => self.record(&summary, started),
                    Out::Checkin { night_of, answer } => self.checkin(night_of, answer),
                    Out::OtherKey(k) => {
                        if let (Screen::Other(Other::Reminders), Some(v)) =
                            (&self.app.screen, &mut self.reminders)
                        {
                            v.handle_key(k, chrono::Local::now());
                        }
                    }
                    Out::Start(r) => {
                        let figs = figures(self.dirs, &r, self.app.look.unicode);
                        let now = Instant::now();
                        pending.extend(self.app.start(*r, figs, now, chrono::Local::now()));
                    }
                    Out::Open(o) => self.open(o),
                    Out::Suspend => {
                        if let Err(e) = term::suspend(&mut self.terminal) {
                            self.gone(format!("cannot take the terminal back: {e}"));
                            pending.extend(self.app.on_terminate(Instant::now()));
                        }
                    }
                    Out::Quit => return true,
                }
            }
        }
        // The home screen's list is loaded when first needed (after `windown run`), before a
        // notice is put on it, so that the notice is not lost with the empty home.
        if matches!(self.app.screen, Screen::Home) && !self.home_loaded {
            let notice = self.app.home.notice.take();
            self.app.home = Home::new(home_entries(self.dirs));
            refresh_home(&mut self.app, self.dirs, false);
            if self.app.home.notice.is_none() {
                self.app.home.notice = notice;
            }
            self.home_loaded = true;
        }
        // A cue command that failed is told once: on the session screen for a while, on the
        // home screen, and after leaving.
        if let Some(p) = self.cuer.take_problem() {
            let until = Instant::now() + NOTICE_TIME;
            self.app.session_notice = Some((format!("cue command failed: {p}"), until));
            self.app.home.notice = Some(p.clone());
            self.problems.push(p);
        }
        false
    }

    /// One message from the channel (`None`: the countdown's wake-up came due).
    fn handle(&mut self, msg: Option<Msg>, now: Instant) -> Vec<Out> {
        match msg {
            None => {
                let (redraw, out) = self.app.advance(now);
                self.dirty |= redraw;
                out
            }
            Some(Msg::Input(Event::Key(k))) => {
                self.dirty = true;
                self.app.key(k, now)
            }
            Some(Msg::Input(Event::Resize(..))) | Some(Msg::Wake) => {
                self.dirty = true;
                Vec::new()
            }
            Some(Msg::Input(_)) => Vec::new(),
            Some(Msg::Signal(Signal::Stop)) => {
                let mut out = self.app.on_suspend(now);
                out.push(Out::Suspend);
                out
            }
            Some(Msg::Signal(Signal::Continue)) => {
                // Continued after a stop: take the terminal again if it was given back, and
                // draw everything.
                self.dirty = true;
                if let Err(e) = term::resume(&mut self.terminal) {
                    self.gone(format!("cannot take the terminal back: {e}"));
                    return self.app.on_terminate(now);
                }
                self.app.advance(now).1
            }
            Some(Msg::Signal(Signal::Interrupt)) => {
                self.dirty = true;
                let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
                self.app.key(ctrl_c, now)
            }
            Some(Msg::Signal(Signal::Terminate(sig))) => {
                let sig = u8::try_from(sig).unwrap_or(0);
                self.code = ExitCode::from(128u8.saturating_add(sig));
                self.app.on_terminate(now)
            }
            Some(Msg::InputClosed) => {
                self.code = ExitCode::from(1);
                self.app.on_terminate(now)
            }
        }
    }

    /// Draw a frame. A terminal that cannot be drawn on is gone: what comes back records the
    /// session and ends the loop (nothing comes back after a good frame).
    fn draw(&mut self, now: Instant) -> Vec<Out> {
        let (app, progress, reminders) = (&self.app, &self.progress, &self.reminders);
        let look = app.look;
        let drawn = self.terminal.draw(|f| {
            let area = f.area();
            app.render(now, area, f.buffer_mut(), &|o, a, b| match o {
                Other::Progress => match progress {
                    Some(p) => p.render(a, b),
                    None => super::app::render_unavailable(look, "Progress", a, b),
                },
                Other::Reminders => match reminders {
                    Some(r) => r.render(a, b),
                    None => super::app::render_unavailable(look, "Reminders", a, b),
                },
            });
        });
        self.dirty = false;
        match drawn {
            Ok(_) => Vec::new(),
            Err(e) => {
                self.gone(format!("cannot draw: {e}"));
                self.app.on_terminate(now)
            }
        }
    }

    /// The terminal failed: remember why, and leave with status 1 (after recording).
    fn gone(&mut self, why: String) {
        self.problems.push(why);
        self.code = ExitCode::from(1);
    }

    fn open(&mut self, o: Other) {
        match o {
            Other::Progress => {
                let now = chrono::Local::now().fixed_offset();
                self.progress = Some(ProgressView::load(self.dirs, now));
            }
            Other::Reminders => {
                let now = chrono::Local::now();
                self.reminders = Some(RemindersView::load(self.dirs, now, self.wake.clone()));
            }
        }
        self.app.screen = Screen::Other(o);
    }

    fn record(
        &mut self,
        summary: &crate::session::Summary,
        started: chrono::DateTime<chrono::Local>,
    ) {
        if let Err(e) = history::record_session(
            self.dirs,
            &summary.history_entry(started.fixed_offset(), chrono::Local::now().fixed_offset()),
        ) {
            let msg = format!("could not record the session: {e}");
            self.app.home.notice = Some(msg.clone());
            self.problems.push(msg);
        }
        if self.home_loaded {
            refresh_home(&mut self.app, self.dirs, false);
        }
    }

    fn checkin(&mut self, night_of: chrono::NaiveDate, answer: PromptAnswer) {
        match answer {
            PromptAnswer::Cramps(c) => {
                let e = CheckinEntry::new(night_of, c, chrono::Local::now().fixed_offset());
                if let Err(e) = history::record_checkin(self.dirs, &e) {
                    self.app.home.notice = Some(format!("could not record the check-in: {e}"));
                }
            }
            PromptAnswer::Skip => {
                history::dismiss_checkin(self.dirs, chrono::Local::now().fixed_offset());
            }
        }
        refresh_home(&mut self.app, self.dirs, false);
    }
}
