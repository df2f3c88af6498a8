//! The interface as a pure state machine: which screen is up, which overlay covers it, and
//! the running session. Keys and timer wake-ups go in with `now`; what the loop must do comes
//! out as [`Out`] values (ring a cue, record a session, suspend, leave). Drawing is a pure
//! function of this state and `now`, so every screen is testable with an injected `Instant`.
//!
//! Owns the key bindings of every screen it hosts. Must not touch the terminal, files, the
//! clock or the environment: `run.rs` does that.

use std::time::Instant;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::home::{Home, key_line, panel};
use super::look::{self, Look, ascii_fallback, plain_spaces, strip_colour};
use super::overlay::{self, HOME_KEYS, SESSION_KEYS};
use super::screen::{render_session, render_summary};
use crate::history::view::{CheckinPrompt, PromptAnswer};
use crate::routine::{Figure, Routine};
use crate::session::{ADD_TIME, Control, Cue, Effect, Session, Summary};

/// A session on screen.
#[derive(Debug, Clone)]
pub struct Running {
    pub session: Session,
    /// The figure of each step, loaded before the session starts.
    pub figures: Vec<Option<Figure>>,
    /// Wall-clock start, for the history.
    pub started: chrono::DateTime<chrono::Local>,
}

/// The screen under any overlay.
#[derive(Debug, Clone)]
pub enum Screen {
    Home,
    Session(Box<Running>),
    Summary(Summary),
    /// Another part's screen, shown full size (reminders, progress).
    Other(Other),
}

/// Screens other parts of windown draw; the app only routes keys to them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Other {
    Reminders,
    Progress,
}

/// What covers the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    None,
    Help,
    ConfirmQuit,
}

/// What the loop must do after an update.
#[derive(Debug, Clone, PartialEq)]
pub enum Out {
    /// Announce a phase change (bell, cue command), unless muted (the loop checks).
    Cue(Cue),
    /// A session ended (finished or stopped): record it.
    Record {
        summary: Summary,
        started: chrono::DateTime<chrono::Local>,
    },
    /// Start this routine (the loop loads its figures and calls [`App::start`]).
    Start(Box<Routine>),
    /// Open another part's screen (the loop loads it).
    Open(Other),
    /// A key for the other part's screen that is open.
    OtherKey(KeyEvent),
    /// The morning check-in was answered (or skipped).
    Checkin {
        night_of: chrono::NaiveDate,
        answer: PromptAnswer,
    },
    /// Ctrl-Z: give the terminal back and stop the process.
    Suspend,
    /// Leave windown.
    Quit,
}

/// The whole interface state.
#[derive(Debug, Clone)]
pub struct App {
    pub look: Look,
    pub home: Home,
    pub screen: Screen,
    pub overlay: Overlay,
    pub muted: bool,
    /// The morning question about last night, shown on the home screen until answered.
    pub checkin: Option<CheckinPrompt>,
    /// A problem to tell on the session screen until the given time (a cue command failed).
    pub session_notice: Option<(String, Instant)>,
}

fn is_ctrl(key: &KeyEvent, c: char) -> bool {
    key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char(c)
}

impl App {
    pub fn new(look: Look, home: Home, muted: bool) -> App {
        App {
            look,
            home,
            screen: Screen::Home,
            overlay: Overlay::None,
            muted,
            checkin: None,
            session_notice: None,
        }
    }

    /// Begin a session on `routine` at `now`.
    pub fn start(
        &mut self,
        routine: Routine,
        figures: Vec<Option<Figure>>,
        now: Instant,
        started: chrono::DateTime<chrono::Local>,
    ) -> Vec<Out> {
        let (session, fx) = Session::start(routine, now);
        self.overlay = Overlay::None;
        self.screen = Screen::Session(Box::new(Running {
            session,
            figures,
            started,
        }));
        self.apply(fx)
    }

    /// The running session, if any.
    pub fn running(&self) -> Option<&Running> {
        match &self.screen {
            Screen::Session(r) => Some(r),
            _ => None,
        }
    }

    /// When the loop must wake without input: the next change of the countdown. `None`
    /// means sleep until something arrives (home, paused, task, summary).
    pub fn next_wake(&self, now: Instant) -> Option<Instant> {
        self.running().and_then(|r| r.session.next_wake(now))
    }

    /// Time has passed (a wake-up came due). Returns whether the screen changed, and what to do.
    pub fn advance(&mut self, now: Instant) -> (bool, Vec<Out>) {
        let fx = match &mut self.screen {
            Screen::Session(r) => r.session.advance(now),
            _ => return (false, Vec::new()),
        };
        let redraw = !fx.is_empty();
        (redraw, self.apply(fx))
    }

    /// Control the running session (no-op elsewhere).
    fn control(&mut self, c: Control, now: Instant) -> Vec<Out> {
        let fx = match &mut self.screen {
            Screen::Session(r) => r.session.control(c, now),
            _ => return Vec::new(),
        };
        self.apply(fx)
    }

    /// Turn engine effects into loop work; a finished session becomes the summary screen.
    fn apply(&mut self, fx: Vec<Effect>) -> Vec<Out> {
        let mut out = Vec::new();
        for e in fx {
            match e {
                Effect::Cue(c) => out.push(Out::Cue(c)),
                Effect::Redraw => {}
                Effect::Finished(summary) => {
                    if let Screen::Session(r) = &self.screen {
                        out.push(Out::Record {
                            summary: summary.clone(),
                            started: r.started,
                        });
                    }
                    self.overlay = Overlay::None;
                    self.screen = Screen::Summary(summary);
                }
            }
        }
        out
    }

    /// Before the process stops (Ctrl-Z): pause the session.
    pub fn on_suspend(&mut self, now: Instant) -> Vec<Out> {
        self.control(Control::Pause, now)
    }

    /// Leaving now (signal, terminal gone): stop a running session so it is recorded.
    pub fn on_terminate(&mut self, now: Instant) -> Vec<Out> {
        let mut out = self.control(Control::Quit, now);
        out.retain(|o| matches!(o, Out::Record { .. }));
        out.push(Out::Quit);
        out
    }

    /// A key press. The caller redraws afterwards.
    pub fn key(&mut self, key: KeyEvent, now: Instant) -> Vec<Out> {
        if key.kind == KeyEventKind::Release {
            return Vec::new();
        }
        if is_ctrl(&key, 'z') {
            let mut out = self.on_suspend(now);
            out.push(Out::Suspend);
            return out;
        }
        match self.overlay {
            Overlay::Help => {
                self.overlay = Overlay::None;
                return Vec::new();
            }
            Overlay::ConfirmQuit => return self.confirm_key(key, now),
            Overlay::None => {}
        }
        match &self.screen {
            Screen::Home => self.home_key(key),
            Screen::Session(_) => self.session_key(key, now),
            Screen::Summary(_) => match key.code {
                _ if is_ctrl(&key, 'c') => vec![Out::Quit],
                KeyCode::Char('q') => vec![Out::Quit],
                KeyCode::Enter | KeyCode::Esc | KeyCode::Char('h' | ' ') => {
                    self.screen = Screen::Home;
                    Vec::new()
                }
                _ => Vec::new(),
            },
            Screen::Other(_) => match key.code {
                _ if is_ctrl(&key, 'c') => vec![Out::Quit],
                KeyCode::Char('q') | KeyCode::Esc => {
                    self.screen = Screen::Home;
                    Vec::new()
                }
                _ => vec![Out::OtherKey(key)],
            },
        }
    }

    fn home_key(&mut self, key: KeyEvent) -> Vec<Out> {
        if is_ctrl(&key, 'c') {
            return vec![Out::Quit];
        }
        self.home.notice = None;
        // The check-in prompt takes its letters and Esc; Enter still starts a routine, so
        // that an answer is never given by accident.
        if let Some(prompt) = &mut self.checkin {
            let its_own = matches!(
                key.code,
                KeyCode::Char('n' | 'm' | 'b' | 's' | '1' | '2' | '3') | KeyCode::Esc
            );
            if its_own {
                if let Some(answer) = prompt.handle_key(key) {
                    let night_of = prompt.night_of();
                    self.checkin = None;
                    return vec![Out::Checkin { night_of, answer }];
                }
                return Vec::new();
            }
        }
        match key.code {
            KeyCode::Char('q') | KeyCode::Esc => return vec![Out::Quit],
            KeyCode::Up | KeyCode::Char('k') => self.home.select_prev(),
            KeyCode::Down | KeyCode::Char('j') => self.home.select_next(),
            KeyCode::Home => {
                self.home.selected = 0;
                self.home.scroll = 0;
            }
            KeyCode::PageDown | KeyCode::Char('J') => self.home.scroll_by(5),
            KeyCode::PageUp | KeyCode::Char('K') => self.home.scroll_by(-5),
            KeyCode::Char('?') => self.overlay = Overlay::Help,
            KeyCode::Char('r') => return vec![Out::Open(Other::Reminders)],
            KeyCode::Char('g') => return vec![Out::Open(Other::Progress)],
            KeyCode::Enter => match self.home.selected_routine() {
                Some(r) => return vec![Out::Start(Box::new(r.clone()))],
                None if !self.home.entries.is_empty() => {
                    self.home.notice =
                        Some("This routine file does not load; fix it first.".into());
                }
                None => {}
            },
            _ => {}
        }
        Vec::new()
    }

    fn session_key(&mut self, key: KeyEvent, now: Instant) -> Vec<Out> {
        if is_ctrl(&key, 'c') {
            self.overlay = Overlay::ConfirmQuit;
            return Vec::new();
        }
        let waiting = self
            .running()
            .is_some_and(|r| r.session.is_waiting_on_task());
        let c = match key.code {
            KeyCode::Char(' ') if waiting => Control::CompleteTask,
            KeyCode::Enter if waiting => Control::CompleteTask,
            KeyCode::Char(' ') => Control::TogglePause,
            KeyCode::Char('n') | KeyCode::Right => Control::SkipPhase,
            KeyCode::Char('N') => Control::SkipStep,
            KeyCode::Char('p') | KeyCode::Left => Control::BackStep,
            KeyCode::Char('r') => Control::RestartStep,
            KeyCode::Char('+' | '=') => Control::AddTime(ADD_TIME),
            KeyCode::Char('m') => {
                self.muted = !self.muted;
                return Vec::new();
            }
            KeyCode::Char('?') => {
                self.overlay = Overlay::Help;
                return Vec::new();
            }
            KeyCode::Char('q') | KeyCode::Esc => {
                self.overlay = Overlay::ConfirmQuit;
                return Vec::new();
            }
            _ => return Vec::new(),
        };
        self.control(c, now)
    }

    fn confirm_key(&mut self, key: KeyEvent, now: Instant) -> Vec<Out> {
        let leave = is_ctrl(&key, 'c') || key.code == KeyCode::Char('q');
        match key.code {
            _ if leave => {
                self.overlay = Overlay::None;
                let mut out = self.control(Control::Quit, now);
                out.push(Out::Quit);
                out
            }
            KeyCode::Char('y' | 'Y') | KeyCode::Enter => {
                self.overlay = Overlay::None;
                self.control(Control::Quit, now)
            }
            KeyCode::Char('n' | 'N') | KeyCode::Esc => {
                self.overlay = Overlay::None;
                Vec::new()
            }
            _ => Vec::new(),
        }
    }

    /// Draw everything at `now`. `other` draws another part's screen when one is open.
    pub fn render(
        &self,
        now: Instant,
        area: Rect,
        buf: &mut Buffer,
        other: &dyn Fn(Other, Rect, &mut Buffer),
    ) {
        if overlay::too_small(area) {
            overlay::render_too_small(area, buf);
        } else {
            match &self.screen {
                Screen::Home => {
                    self.home.render(self.look, area, buf);
                    if let Some(p) = &self.checkin {
                        // Above the key line, over the bottom of the panels.
                        let w = area.width.min(60);
                        let a = Rect {
                            x: area.x + (area.width - w) / 2,
                            y: area.bottom().saturating_sub(5),
                            width: w,
                            height: 4,
                        };
                        ratatui::widgets::Clear.render(a, buf);
                        p.render(a, buf);
                    }
                }
                Screen::Session(r) => {
                    let v = r.session.view(now);
                    let fig = r.figures.get(v.step_index).and_then(Option::as_ref);
                    let notice = self
                        .session_notice
                        .as_ref()
                        .filter(|(_, until)| now < *until)
                        .map(|(n, _)| n.as_str());
                    render_session(&v, self.muted, fig, notice, self.look, area, buf);
                }
                Screen::Summary(s) => render_summary(s, self.look, area, buf),
                Screen::Other(o) => {
                    let [main, keys] = ratatui::layout::Layout::vertical([
                        ratatui::layout::Constraint::Min(1),
                        ratatui::layout::Constraint::Length(1),
                    ])
                    .areas(area);
                    other(*o, main, buf);
                    key_line(self.look, &[("q", "back"), ("Ctrl-C", "quit")]).render(keys, buf);
                }
            }
            match self.overlay {
                Overlay::None => {}
                Overlay::Help => {
                    let keys = match self.screen {
                        Screen::Session(_) => SESSION_KEYS,
                        _ => HOME_KEYS,
                    };
                    overlay::render_help(self.look, keys, area, buf);
                }
                Overlay::ConfirmQuit => overlay::render_confirm_quit(self.look, area, buf),
            }
        }
        plain_spaces(buf);
        if !self.look.colour {
            strip_colour(buf);
        }
        if !self.look.unicode {
            ascii_fallback(buf);
        }
    }
}

/// Shown for a screen whose part is not available in this build.
pub fn render_unavailable(look: Look, title: &str, area: Rect, buf: &mut Buffer) {
    let lines = vec![Line::raw("Not available yet.")];
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .block(panel(look, title))
        .style(look::dim())
        .render(area, buf);
}
