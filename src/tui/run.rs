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

use ratatui::crossterm::event::Event;

use super::app::{App, Other, Out, Screen};
use super::events::{self, Msg, Signal};
use super::home::{Entry, Home};
use super::look::Look;
use super::term;
use crate::config::Config;
use crate::error::{CmdResult, Failure};
use crate::history::view::{CheckinPrompt, ProgressView, PromptAnswer};
use crate::history::{self, CheckinEntry, SessionEntry};
use crate::paths::Dirs;
use crate::remind::view::RemindersView;
use crate::routine::{Catalog, Figure, Routine, figure};
use crate::session::{Bell, Cuer};

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
    let today = chrono::Local::now().date_naive();
    let h = history::home_summary(dirs, today);
    app.home.header = super::home::header_text(&h, today, app.look);
    if let Some(n) = h.note {
        app.home.notice = Some(n);
    }
    if ask && h.checkin_due && app.checkin.is_none() {
        app.checkin = Some(CheckinPrompt::new(history::last_night(today)));
    }
}

/// A finished or stopped session, as the history keeps it.
fn session_entry(
    s: &crate::session::Summary,
    started: chrono::DateTime<chrono::Local>,
) -> SessionEntry {
    SessionEntry {
        routine_id: s.routine_id.clone(),
        routine_title: s.routine_title.clone(),
        started: started.fixed_offset(),
        ended: chrono::Local::now().fixed_offset(),
        active_seconds: s.active.as_secs(),
        steps_done: s.steps_done,
        steps_skipped: s.steps_skipped,
        steps_total: s.steps_total,
        finished: s.finished,
    }
}

/// Run the interface until the person leaves. The terminal is restored on every way out.
pub fn run(dirs: &Dirs, start: Start, mute: bool) -> CmdResult {
    let config = Config::load(dirs).map_err(Failure::from)?;
    let look = Look::from_env();
    let mut app = App::new(look, Home::default(), mute || config.cues.muted);
    let mut home_loaded = false;
    if let Start::Home = start {
        app.home = Home::new(home_entries(dirs));
        refresh_home(&mut app, dirs, true);
        home_loaded = true;
    }
    // Other parts' screens, loaded when opened.
    let mut progress: Option<ProgressView> = None;
    let mut reminders: Option<RemindersView> = None;
    // Problems to tell once the terminal is back (a history that cannot be written).
    let mut problems: Vec<String> = Vec::new();

    let (tx, rx) = mpsc::channel();
    let signals = events::spawn_signals(tx.clone())
        .map_err(|e| Failure::new(format!("cannot watch signals: {e}")))?;
    let _restore = term::Restore;
    let mut terminal = term::open().map_err(|e| {
        Failure::new(format!("cannot open the terminal interface: {e}"))
            .with_hint("run a routine line by line with `windown run ROUTINE --plain`")
    })?;
    events::spawn_input(tx.clone())
        .map_err(|e| Failure::new(format!("cannot read the keyboard: {e}")))?;
    let wake = events::waker(tx.clone());

    let bell = Bell::With(Box::new(|| {
        let mut out = std::io::stdout();
        let _ = out.write_all(b"\x07");
        let _ = out.flush();
    }));
    let mut cuer = Cuer::new(&config.cues, bell);

    let mut pending: Vec<Out> = Vec::new();
    if let Start::Routine(r) = start {
        let figs = figures(dirs, &r, look.unicode);
        pending = app.start(*r, figs, Instant::now(), chrono::Local::now());
    }

    let mut dirty = true;
    let mut code = ExitCode::SUCCESS;
    'main: loop {
        // Carry out what the last update asked for.
        while !pending.is_empty() {
            for out in std::mem::take(&mut pending) {
                match out {
                    Out::Cue(c) => {
                        cuer.set_muted(app.muted);
                        cuer.cue(&c);
                    }
                    Out::Record { summary, started } => {
                        if let Err(e) =
                            history::record_session(dirs, &session_entry(&summary, started))
                        {
                            let msg = format!("could not record the session: {e}");
                            app.home.notice = Some(msg.clone());
                            problems.push(msg);
                        }
                        if home_loaded {
                            refresh_home(&mut app, dirs, false);
                        }
                    }
                    Out::Checkin { night_of, answer } => {
                        match answer {
                            PromptAnswer::Cramps(c) => {
                                let e = CheckinEntry::new(
                                    night_of,
                                    c,
                                    chrono::Local::now().fixed_offset(),
                                );
                                if let Err(e) = history::record_checkin(dirs, &e) {
                                    app.home.notice =
                                        Some(format!("could not record the check-in: {e}"));
                                }
                            }
                            PromptAnswer::Skip => {
                                history::dismiss_checkin(dirs, chrono::Local::now().date_naive())
                            }
                        }
                        refresh_home(&mut app, dirs, false);
                    }
                    Out::OtherKey(k) => {
                        if let (Screen::Other(Other::Reminders), Some(v)) =
                            (&app.screen, &mut reminders)
                        {
                            v.handle_key(k, chrono::Local::now());
                        }
                    }
                    Out::Start(r) => {
                        let figs = figures(dirs, &r, look.unicode);
                        pending.extend(app.start(*r, figs, Instant::now(), chrono::Local::now()));
                    }
                    Out::Open(o) => {
                        match o {
                            Other::Progress => {
                                let today = chrono::Local::now().date_naive();
                                progress = Some(ProgressView::load(dirs, today));
                            }
                            Other::Reminders => {
                                let now = chrono::Local::now();
                                reminders = Some(RemindersView::load(dirs, now, wake.clone()));
                            }
                        }
                        app.screen = Screen::Other(o);
                    }
                    Out::Suspend => {
                        term::suspend(&mut terminal).map_err(|e| {
                            Failure::new(format!("cannot take the terminal back: {e}"))
                        })?;
                    }
                    Out::Quit => break 'main,
                }
            }
            dirty = true;
        }
        // A cue command that failed is told once: on the home screen and after leaving.
        if let Some(p) = cuer.take_problem() {
            app.home.notice = Some(p.clone());
            problems.push(p);
        }
        if matches!(app.screen, Screen::Home) && !home_loaded {
            app.home = Home::new(home_entries(dirs));
            refresh_home(&mut app, dirs, false);
            home_loaded = true;
        }

        let now = Instant::now();
        if dirty {
            let drawn = terminal.draw(|f| {
                let area = f.area();
                app.render(now, area, f.buffer_mut(), &|o, a, b| match o {
                    Other::Progress => match &progress {
                        Some(p) => p.render(a, b),
                        None => super::app::render_unavailable(look, "Progress", a, b),
                    },
                    Other::Reminders => match &reminders {
                        Some(r) => r.render(a, b),
                        None => super::app::render_unavailable(look, "Reminders", a, b),
                    },
                });
            });
            dirty = false;
            if let Err(e) = drawn {
                // The terminal is gone (closed window, SIGHUP on its way): record and leave.
                problems.push(format!("cannot draw: {e}"));
                pending = app.on_terminate(now);
                code = ExitCode::from(1);
                continue;
            }
        }

        let msg = match app.next_wake(now) {
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
        let now = Instant::now();
        match msg {
            None => {
                let (redraw, out) = app.advance(now);
                dirty |= redraw;
                pending = out;
            }
            Some(Msg::Input(Event::Key(k))) => {
                pending = app.key(k, now);
                dirty = true;
            }
            Some(Msg::Input(Event::Resize(..))) => {
                let _ = terminal.autoresize();
                dirty = true;
            }
            Some(Msg::Input(_)) => {}
            Some(Msg::Wake) => dirty = true,
            Some(Msg::Signal(Signal::Stop)) => {
                pending = app.on_suspend(now);
                pending.push(Out::Suspend);
            }
            Some(Msg::Signal(Signal::Continue)) => {
                term::resume(&mut terminal)
                    .map_err(|e| Failure::new(format!("cannot take the terminal back: {e}")))?;
                let (_, out) = app.advance(now);
                pending = out;
                dirty = true;
            }
            Some(Msg::Signal(Signal::Interrupt)) => {
                pending = app.key(
                    ratatui::crossterm::event::KeyEvent::new(
                        ratatui::crossterm::event::KeyCode::Char('c'),
                        ratatui::crossterm::event::KeyModifiers::CONTROL,
                    ),
                    now,
                );
                dirty = true;
            }
            Some(Msg::Signal(Signal::Terminate(sig))) => {
                pending = app.on_terminate(now);
                code = ExitCode::from(128u8.saturating_add(u8::try_from(sig).unwrap_or(0)));
            }
            Some(Msg::InputClosed) => {
                pending = app.on_terminate(now);
                code = ExitCode::from(1);
            }
        }
    }
    term::leave();
    signals.close();
    cuer.settle(std::time::Duration::from_millis(1500));
    for p in problems {
        eprint!("{}", Failure::new(p));
    }
    Ok(code)
}
