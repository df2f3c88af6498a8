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
//!
//! A frame in which only the seconds moved (the countdown's wake-up and nothing else since
//! the last frame) is drawn in part ([`Ui::moving`]): what moves is drawn over the frame
//! shown and only its changed cells are written, instead of ratatui going over every cell;
//! the big digits' changed cells are told by the screen, the rest found by comparing.

use std::io::Write;
use std::process::ExitCode;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::{Duration, Instant};

use ratatui::backend::Backend;
use ratatui::buffer::{Buffer, Cell};
use ratatui::crossterm::event::Event;
use ratatui::layout::Rect;

use super::app::App;
use super::clock::WallClock;
use super::events::{self, Msg, Signal};
use super::screens::home::{Entry, Home};
use super::screens::{Act, Cx, Moving};
use super::term;
use super::theme::Look;
use super::work::{self, Worker};
use crate::config::Config;
use crate::error::{CmdResult, Failure};
use crate::paths::Dirs;
use crate::routine::{Catalog, Routine};
use crate::session::{Bell, Cuer, Setup};
use crate::t;

/// How long leaving waits for queued work (a session being recorded).
const FINISH_WORK: Duration = Duration::from_secs(5);

/// What the interface opens on.
pub(crate) enum Start {
    Home,
    /// The setup's questions over the home screen: `windown setup`, or the first run.
    Setup {
        first_run: bool,
    },
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
    /// The settings the cuer was made from, and the language its voice speaks: a session of a
    /// routine file with another `lang =` gets a cuer for that language ([`Ui::follow_voice`]).
    voice: (Box<Config>, &'static str),
    /// Holds the input thread while the person's editor has the terminal.
    gate: events::InputGate,
    /// The local time, its zone resolved at most once a minute.
    clock: WallClock,
    /// The next frame is drawn whole: something besides the countdown's wake-up happened
    /// since the last one (a key, a resize, a signal, a job's result).
    whole: bool,
    /// Whether ratatui's buffers are as its own `draw` leaves them: its last frame is the one
    /// on the terminal and the frame to draw into is blank. False after a frame is drawn:
    /// the frame on the terminal is then ratatui's *current* buffer, which frames in which
    /// only the seconds moved draw over ([`Ui::moving`]), so that no third copy of the
    /// screen is kept (100x30: 0.14 MB; issue 24). Set right again by [`Ui::settle`] before
    /// the terminal is used in any other way.
    synced: bool,
    /// What frames drawn in part keep from one to the next (nothing allocated once warm).
    scratch: Scratch,
}

/// What a frame drawn in part ([`Ui::moving`]) works in, kept from frame to frame so that a
/// second's frame allocates nothing: the cells it draws over as they were, the areas told
/// changed, the cells that changed, and the bytes that write them.
#[derive(Default)]
struct Scratch {
    /// Each area drawn over, and where its cells start in `cells`.
    areas: Vec<(Rect, usize)>,
    cells: Vec<Cell>,
    /// The areas whose every cell changed (a big digit's cells that went blank or filled).
    written: Vec<Rect>,
    updates: Vec<(u16, u16, Cell)>,
    bytes: Vec<u8>,
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
    app.seated = config.balance == crate::config::Balance::Poor;
    // What the first frame shows is read before it: the routines for the home screen (the
    // history follows, off the UI thread), a routine's figures for a session.
    let mut pending = Vec::new();
    let first = match start {
        Start::Home | Start::Setup { .. } => {
            if let Start::Setup { first_run } = start {
                app.screen = super::app::Screen::Setup(Box::new(
                    super::screens::setup::SetupScreen::new(first_run),
                ));
            }
            app.home = Home::new(Entry::from_catalog(Catalog::load(dirs)));
            app.home.select(config.balance.evening_routine());
            app.home.set_balance_poor(app.seated);
            app.home_loaded = true;
            pending.push(Act::Do(work::Job::HomeSummary { ask: true }));
            None
        }
        Start::Routine(r) => {
            // A rest evening of the experiment: the wind-down without its stretches.
            let r = Box::new(crate::session::tonight::routine_tonight(
                dirs,
                *r,
                chrono::Local::now().fixed_offset(),
            ));
            let figures = work::figures(dirs, &r, look.unicode);
            Some((r, figures))
        }
        Start::Relief(leg, muscle) => {
            let now = chrono::Local::now().fixed_offset();
            let mut r =
                super::screens::relief::Relief::new(leg, muscle, Instant::now(), now, false);
            r.seated = app.seated;
            // The first screen is said as it opens.
            pending.extend(r.speech(Instant::now()));
            app.screen = super::app::Screen::Relief(r);
            None
        }
    };

    app.home.config_problem = Config::problem_line(&config_problems);
    let (tx, rx) = mpsc::channel();
    let signals = events::spawn_signals(tx.clone())
        .map_err(|e| Failure::new(t!("tui-app-cannot-watch-signals", error = e.to_string())))?;
    let worker_tx = tx.clone();
    let worker = Worker::spawn(dirs.clone(), look.unicode, move |d| {
        let _ = worker_tx.send(Msg::Done(d));
    })
    .map_err(|e| Failure::new(t!("tui-app-cannot-start-thread", error = e.to_string())))?;
    // Live files: without them the app still works (the list is read at start and on the
    // way home); the reason is told on the home screen.
    let watch_tx = tx.clone();
    if let Err(e) = super::watch::spawn(dirs, move |c| watch_tx.send(Msg::Files(c)).is_ok()) {
        app.home.notice = Some(t!("tui-app-watch-failed", error = e));
    }
    let _restore = term::Restore;
    let mut terminal = term::open().map_err(|e| {
        Failure::new(t!("tui-app-cannot-open-terminal", error = e.to_string()))
            .with_hint(t!("tui-app-cannot-open-terminal-hint"))
    })?;
    let size = terminal.get_frame().area();
    app.size = size;
    let gate = events::spawn_input(tx)
        .map_err(|e| Failure::new(t!("tui-app-cannot-read-keyboard", error = e.to_string())))?;
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
        voice: (
            Box::new(config.clone()),
            crate::i18n::speech().speech_lang(),
        ),
        gate,
        clock: WallClock::new(Instant::now()),
        whole: true,
        synced: true,
        scratch: Scratch::default(),
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
        ui.app.problems.push(t!(
            "tui-app-history-still-writing",
            seconds = FINISH_WORK.as_secs()
        ));
        ui.code = ExitCode::from(1);
    }
    // A record that could not be written (a full disk, a file-size limit) is an error:
    // said after leaving, with exit status 1.
    for msg in rx.try_iter() {
        match msg {
            Msg::Done(work::Done::Problem(p)) => {
                ui.app.problems.push(p);
                if ui.code == ExitCode::SUCCESS {
                    ui.code = ExitCode::from(1);
                }
            }
            // Left the cramp guide straight out of windown: what it recorded, as the plain
            // guide says it (the terminal may be gone after SIGHUP: no reason to fail).
            Msg::Done(work::Done::Home(
                work::HomeDone::Recorded(line) | work::HomeDone::Urgent(line),
            )) => {
                let _ = crate::error::print_out(&format!("{line}\n"));
            }
            _ => {}
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
                        self.follow_voice();
                        self.cuer.set_muted(self.app.muted);
                        self.cuer.cue(&c);
                    }
                    Act::Tick(left) => {
                        self.cuer.set_muted(self.app.muted);
                        self.cuer.tick(left);
                    }
                    Act::Say(text) => {
                        self.cuer.set_muted(self.app.muted);
                        self.cuer.say(text);
                    }
                    Act::SayCalmly(text) => {
                        self.follow_voice();
                        self.cuer.set_muted(self.app.muted);
                        self.cuer.say_calmly(&text);
                    }
                    Act::Breath(b) => {
                        self.cuer.set_muted(self.app.muted);
                        self.cuer.breath(b);
                    }
                    Act::Speech(on) => self.cuer.set_speaking(on),
                    Act::Do(job) => {
                        if !self.worker.send(job) {
                            self.app.problems.push(t!("tui-app-worker-stopped"));
                        }
                    }
                    Act::Suspend => {
                        self.settle();
                        if let Err(e) = term::suspend(&mut self.terminal) {
                            self.gone(t!("tui-app-terminal-lost", error = e.to_string()));
                            pending.extend(self.terminated());
                        }
                    }
                    Act::Edit { path, line } => {
                        self.settle();
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
                                self.gone(t!("tui-app-terminal-lost", error = e.to_string()));
                                pending.extend(self.terminated());
                                continue;
                            }
                        }
                        // Everything is drawn again, at the size the terminal has now; the
                        // file is read again (the watcher may not run).
                        if let Err(e) = term::resume(&mut self.terminal) {
                            self.gone(t!("tui-app-terminal-lost", error = e.to_string()));
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
        // `m` muted (or unmuted) the cues: what is still to be said is dropped now.
        self.cuer.set_muted(self.app.muted);
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
        if msg.is_some() {
            // Anything but the countdown's wake-up: the terminal may be resized, cleared or
            // handed over, and the next frame is drawn whole.
            self.settle();
            self.whole = true;
        }
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
                    self.gone(t!("tui-app-cannot-draw", error = e.to_string()));
                    return self.app.on_terminate(&cx);
                }
                Vec::new()
            }
            Some(Msg::Input(_)) => Vec::new(),
            Some(Msg::Done(work::Done::Config(Ok((config, problem))))) => {
                // New cue settings from config.toml; a running session keeps the cues it
                // started with, the next one uses these. The app hears of it too (a mistake
                // shown on home goes).
                self.dirty = true;
                self.app.config_read(&config, problem);
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
                    self.gone(t!("tui-app-terminal-lost", error = e.to_string()));
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
        self.dirty = false;
        let drawn = match self.moving(&cx) {
            Some(r) => r,
            None => self.whole(&cx),
        };
        match drawn {
            Ok(()) => Vec::new(),
            Err(e) => {
                self.gone(t!("tui-app-cannot-draw", error = e.to_string()));
                self.app.on_terminate(&cx)
            }
        }
    }

    /// Draw the whole frame through ratatui's steps (which write the cells that differ from
    /// its last frame), and keep it in ratatui's current buffer as the frame shown: what
    /// `Terminal::draw` does, without its swap of the buffers, which would blank the frame
    /// just drawn ([`Ui::settle`] swaps them before the next).
    fn whole(&mut self, cx: &Cx) -> std::io::Result<()> {
        self.settle();
        // Drawn into the frame ratatui draws into, blank after `settle` (the viewport is
        // fixed: `Terminal::draw` would not resize it either).
        let buf = self.terminal.current_buffer_mut();
        let area = buf.area;
        self.app.render(cx, area, buf);
        self.synced = false;
        self.whole = false;
        self.terminal.flush()?;
        self.terminal.hide_cursor()?;
        Backend::flush(self.terminal.backend_mut())
    }

    /// A frame in which only the seconds moved (the countdown's wake-up, nothing else since
    /// the last frame): what moved is drawn over the frame shown, and the cells of it that
    /// changed are written to the terminal, without going over the whole screen. `None`:
    /// the frame is to be drawn whole.
    fn moving(&mut self, cx: &Cx) -> Option<std::io::Result<()>> {
        if self.whole {
            return None;
        }
        // Only a session's screen draws frames in part (`View::render_moving`); the frame
        // shown is ratatui's current buffer until the next `settle`.
        if self.synced || self.app.running().is_none() {
            return None;
        }
        let Ui {
            app,
            terminal,
            scratch: s,
            ..
        } = self;
        let shown = terminal.current_buffer_mut();
        s.areas.clear();
        s.cells.clear();
        s.written.clear();
        s.updates.clear();
        let drawn = app.render_moving(cx, shown.area, shown, &mut |m, buf| match m {
            Moving::Over(a) => {
                let a = a.intersection(buf.area);
                s.areas.push((a, s.cells.len()));
                for y in a.top()..a.bottom() {
                    let at = buf.index_of(a.x, y);
                    s.cells
                        .extend_from_slice(&buf.content[at..at + usize::from(a.width)]);
                }
            }
            Moving::Changed(a) => s.written.push(a.intersection(buf.area)),
        });
        if !drawn {
            return None;
        }
        for &(a, start) in &s.areas {
            let old = &s.cells[start..start + a.area() as usize];
            if !changed_cells(a, old, shown, &mut s.updates) {
                let old = Buffer {
                    area: a,
                    content: old.to_vec(),
                };
                let new = part(shown, a);
                s.updates.extend(
                    old.diff(&new)
                        .into_iter()
                        .map(|(x, y, c)| (x, y, c.clone())),
                );
            }
        }
        // Told changed, cell by cell, one column wide each: written as they are, nothing
        // compared.
        for a in &s.written {
            for y in a.top()..a.bottom() {
                let at = shown.index_of(a.x, y);
                let cells = &shown.content[at..at + usize::from(a.width)];
                s.updates
                    .extend((a.x..).zip(cells).map(|(x, c)| (x, y, c.clone())));
            }
        }
        let backend = self.terminal.backend_mut();
        let written = if cell_bytes(&s.updates, &mut s.bytes) {
            // The backend writes to its writer, with nothing of its own in between.
            backend.write_all(&s.bytes)
        } else {
            backend.draw(s.updates.iter().map(|(x, y, c)| (*x, *y, c)))
        };
        Some(written.and_then(|()| Backend::flush(backend)))
    }

    /// Give ratatui the frame shown as its last frame, and a blank one to draw into, after
    /// frames were drawn (which leave the frame shown in its current buffer), so that its
    /// next diff, clear or resize starts from what the terminal shows.
    fn settle(&mut self) {
        if self.synced {
            return;
        }
        self.synced = true;
        // Blanks ratatui's last frame and makes it the one to draw into; the frame shown
        // becomes the last frame.
        self.terminal.swap_buffers();
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
            self.voice = (config, crate::i18n::speech().speech_lang());
        }
    }

    /// A voice for the words about to be said: the running session's language (its routine
    /// file's `lang =`), else the language of speech. A new cuer when it changes, so that a
    /// voice never reads another language's words.
    fn follow_voice(&mut self) {
        let want = match self.app.running() {
            Some(r) => r.session.speech_lang(),
            None => crate::i18n::speech().speech_lang(),
        };
        if want != self.voice.1 {
            let setup =
                Setup::from_config_in(&self.voice.0, std::env::var_os("PATH").as_deref(), want);
            self.cuer = Cuer::new(&setup, terminal_bell());
            self.cuer.set_muted(self.app.muted);
            self.voice.1 = want;
        }
    }

    /// The terminal failed: remember why, and leave with status 1 (after recording).
    fn gone(&mut self, why: String) {
        self.app.problems.push(why);
        self.code = ExitCode::from(1);
    }
}

/// The cells of `area` in `buf`, as a buffer of their own (for diffing a part of a frame).
fn part(buf: &Buffer, area: Rect) -> Buffer {
    let area = area.intersection(buf.area);
    let mut content = Vec::with_capacity(usize::from(area.width) * usize::from(area.height));
    if area.is_empty() {
        return Buffer { area, content };
    }
    for y in area.top()..area.bottom() {
        let start = buf.index_of(area.x, y);
        content.extend_from_slice(&buf.content[start..start + usize::from(area.width)]);
    }
    Buffer { area, content }
}

/// The cells of `now` in `area` that differ from `old` (the area's cells as they were, row
/// by row), added to `out`, row by row (a row left as it was costs one comparison of its
/// cells). This is what ratatui's diff writes when the symbols are one column wide, which is
/// all the moving parts of a frame draw (big digits, gauges); false, and nothing added, when a
/// changed cell holds a wider or narrower symbol: ratatui's own diff is needed there.
fn changed_cells(area: Rect, old: &[Cell], now: &Buffer, out: &mut Vec<(u16, u16, Cell)>) -> bool {
    let start = out.len();
    let w = usize::from(area.width);
    // The symbols the moving parts draw, known to be one column, before asking.
    let narrow = |c: &Cell| {
        let s = c.symbol();
        s.len() == 1 || matches!(s, "█" | "━" | "─") || crate::text::width(s) == 1
    };
    for (row, y) in (area.top()..area.bottom()).enumerate() {
        let was = &old[row * w..(row + 1) * w];
        let at = now.index_of(area.x, y);
        let is = &now.content[at..at + w];
        if was == is {
            continue;
        }
        for ((x, a), b) in (area.x..).zip(was).zip(is) {
            if a != b {
                if !narrow(a) || !narrow(b) {
                    out.truncate(start);
                    return false;
                }
                out.push((x, y, b.clone()));
            }
        }
    }
    true
}

/// `cells` in the bytes ratatui's crossterm backend writes for them (cursor moves where a
/// cell does not follow the last, bold on and off, colours, the symbol; everything reset at
/// the end), put together without `fmt`: a second's frame writes a few dozen cells, and
/// formatting each escape sequence was most of its work. False, and nothing to write, when a
/// cell has a modifier other than bold or an underline colour, or colours are off for
/// crossterm (`NO_COLOR`): the backend writes those.
fn cell_bytes(cells: &[(u16, u16, Cell)], out: &mut Vec<u8>) -> bool {
    use ratatui::crossterm::style::Colored;
    use ratatui::style::{Color, Modifier};
    out.clear();
    if Colored::ansi_color_disabled_memoized() {
        return false;
    }
    let (mut fg, mut bg, mut bold) = (Color::Reset, Color::Reset, false);
    let mut last: Option<(u16, u16)> = None;
    for (x, y, c) in cells {
        if !(c.modifier.is_empty() || c.modifier == Modifier::BOLD)
            || c.underline_color != Color::Reset
        {
            out.clear();
            return false;
        }
        if !matches!(last, Some((lx, ly)) if *x == lx + 1 && *y == ly) {
            out.extend_from_slice(b"\x1b[");
            decimal(out, u32::from(*y) + 1);
            out.push(b';');
            decimal(out, u32::from(*x) + 1);
            out.push(b'H');
        }
        last = Some((*x, *y));
        let b = c.modifier == Modifier::BOLD;
        if b != bold {
            out.extend_from_slice(if b { b"\x1b[1m" } else { b"\x1b[22m" });
            bold = b;
        }
        if c.fg != fg || c.bg != bg {
            out.extend_from_slice(b"\x1b[");
            colour(out, c.fg, b"38;", b"39");
            out.push(b';');
            colour(out, c.bg, b"48;", b"49");
            out.push(b'm');
            (fg, bg) = (c.fg, c.bg);
        }
        out.extend_from_slice(c.symbol().as_bytes());
    }
    out.extend_from_slice(b"\x1b[39m\x1b[49m\x1b[59m\x1b[0m");
    true
}

/// A colour's SGR parameters as crossterm writes them: `reset` for the terminal's own,
/// else `lead` and the colour (the 16 named ones as indexed colours, as crossterm maps them).
fn colour(out: &mut Vec<u8>, c: ratatui::style::Color, lead: &[u8], reset: &[u8]) {
    use ratatui::style::Color;
    let indexed = match c {
        Color::Reset => {
            out.extend_from_slice(reset);
            return;
        }
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 8,
        Color::LightRed => 9,
        Color::LightGreen => 10,
        Color::LightYellow => 11,
        Color::LightBlue => 12,
        Color::LightMagenta => 13,
        Color::LightCyan => 14,
        Color::White => 15,
        Color::Indexed(i) => i,
        Color::Rgb(r, g, b) => {
            out.extend_from_slice(lead);
            out.extend_from_slice(b"2;");
            for (i, v) in [r, g, b].into_iter().enumerate() {
                if i > 0 {
                    out.push(b';');
                }
                decimal(out, u32::from(v));
            }
            return;
        }
    };
    out.extend_from_slice(lead);
    out.extend_from_slice(b"5;");
    decimal(out, u32::from(indexed));
}

/// `n` in decimal digits.
fn decimal(out: &mut Vec<u8>, n: u32) {
    let mut digits = [0u8; 10];
    let mut i = digits.len();
    let mut n = n;
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[i..]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::{Color, Style};

    /// For one-column symbols the changed cells are ratatui's own diff; a wide symbol among
    /// them leaves the work to ratatui's diff.
    #[test]
    fn changed_cells_are_ratatuis_diff_for_narrow_symbols() {
        let area = Rect::new(0, 0, 12, 4);
        let mut was = Buffer::empty(area);
        was.set_string(1, 1, "██ ━━─ 12", Style::new().fg(Color::Indexed(34)));
        let mut is = was.clone();
        is.set_string(2, 1, " █", Style::new().fg(Color::Indexed(34)));
        is.set_string(8, 1, "3", Style::new().fg(Color::Indexed(196)));
        is.set_string(0, 3, "x", Style::new());
        let old = part(&was, Rect::new(1, 1, 10, 3));
        let mut out = Vec::new();
        assert!(changed_cells(old.area, &old.content, &is, &mut out));
        let theirs: Vec<_> = old
            .diff(&part(&is, old.area))
            .into_iter()
            .map(|(x, y, c)| (x, y, c.clone()))
            .collect();
        assert_eq!(out, theirs);
        assert_eq!(out.len(), 3);
        is.set_string(4, 2, "コ", Style::new());
        out.clear();
        assert!(!changed_cells(old.area, &old.content, &is, &mut out));
        assert!(out.is_empty());
    }

    /// The bytes put together for a second's cells are the ones ratatui's crossterm backend
    /// writes for them: cursor moves, bold on and off, every kind of colour, wide and narrow
    /// symbols; and cells it does not put together (other modifiers) are left to the backend.
    #[test]
    fn cell_bytes_are_the_backends() {
        use ratatui::backend::CrosstermBackend;
        use ratatui::style::Modifier;
        if ratatui::crossterm::style::Colored::ansi_color_disabled_memoized() {
            eprintln!("NO_COLOR is set: crossterm writes no colours, nothing to compare");
            return;
        }
        let colours = [
            Color::Reset,
            Color::Black,
            Color::Red,
            Color::Green,
            Color::Yellow,
            Color::Blue,
            Color::Magenta,
            Color::Cyan,
            Color::Gray,
            Color::DarkGray,
            Color::LightRed,
            Color::LightGreen,
            Color::LightYellow,
            Color::LightBlue,
            Color::LightMagenta,
            Color::LightCyan,
            Color::White,
            Color::Indexed(0),
            Color::Indexed(34),
            Color::Indexed(255),
            Color::Rgb(0, 128, 255),
        ];
        let mut cells = Vec::new();
        for (i, fg) in colours.iter().enumerate() {
            for (j, bg) in [Color::Reset, colours[(i * 7 + 3) % colours.len()]]
                .into_iter()
                .enumerate()
            {
                let mut c = Cell::new(["█", "━", "7", " ", "─", "%"][(i + j) % 6]);
                c.fg = *fg;
                c.bg = bg;
                if (i + j) % 3 == 0 {
                    c.modifier = Modifier::BOLD;
                }
                // Runs of neighbours, jumps back and forth, a row and column past 9 and 99.
                let x = u16::try_from(i * 3 + j).expect("small") + [0, 1, 95][i % 3];
                let y = u16::try_from(i % 4).expect("small") * [1, 5, 40][j];
                cells.push((x, y, c));
            }
        }
        let theirs = |cells: &[(u16, u16, Cell)]| {
            let mut out = Vec::<u8>::new();
            CrosstermBackend::new(&mut out)
                .draw(cells.iter().map(|(x, y, c)| (*x, *y, c)))
                .expect("drawn into memory");
            out
        };
        let mut ours = Vec::new();
        assert!(cell_bytes(&cells, &mut ours));
        assert_eq!(
            String::from_utf8_lossy(&ours),
            String::from_utf8_lossy(&theirs(&cells))
        );
        assert!(cell_bytes(&[], &mut ours));
        assert_eq!(ours, theirs(&[]));
        cells[3].2.modifier = Modifier::REVERSED;
        assert!(!cell_bytes(&cells, &mut ours));
        assert!(ours.is_empty());
    }
}
