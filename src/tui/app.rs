//! The interface as a pure state machine: which screen is up, which overlay covers it, whether
//! cues are muted, and what to tell after leaving. Keys, timer wake-ups and the results of
//! work go in with the moment ([`Cx`]); what the loop must do comes out as [`Act`] values
//! (sound a cue, carry out a job, suspend, leave). Drawing is a pure function of this state and
//! the moment, so every screen is testable with an injected clock.
//!
//! Each screen handles its own keys through its table (see [`crate::tui::screens`]); the app
//! routes a key to the overlay or the screen on top, and carries out what the screen asks for
//! ([`Act`]) that is about the app: going to another screen, the help, the quit question.
//! Must not touch the terminal, files, the clock or the environment: `run.rs` does that.

use std::time::Instant;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

use super::keys::{self, Binding, HelpRow, Key};
use super::screens::editor::Editor;
use super::screens::help::{self, HELP_KEYS, HelpAction, QUIT_KEYS, QuitAction};
use super::screens::home::Home;
use super::screens::progress::ProgressScreen;
use super::screens::relief::Relief;
use super::screens::reminders::RemindersScreen;
use super::screens::session::Running;
use super::screens::setup::SetupScreen;
use super::screens::trial::TrialScreen;
use super::screens::{Act, Cx, Goto, Moving, View};
use super::theme::{self, Look};
use super::watch::Changed;
use super::work::{Done, EditorDone, Job, Opened, RemindersDone};
use crate::routine::{Figure, Routine};
use crate::session::{Control, Summary};

/// How long a problem stays on the session screen.
pub(crate) const NOTICE_TIME: std::time::Duration = std::time::Duration::from_secs(15);

/// The screen under any overlay.
#[derive(Debug, Clone)]
pub enum Screen {
    Home,
    Session(Box<Running>),
    Summary(Summary),
    Reminders(RemindersScreen),
    Progress(ProgressScreen),
    Trial(TrialScreen),
    Relief(Relief),
    Editor(Box<Editor>),
    Setup(Box<SetupScreen>),
}

/// What covers the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    None,
    /// The keys of the screen under it, scrolled down by `scroll` lines.
    Help {
        scroll: u16,
    },
    ConfirmQuit,
}

/// What a key does on every screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GlobalAction {
    Suspend,
}

/// Keys that work on every screen and under every overlay, before the screen's own.
pub const GLOBAL_KEYS: &[Binding<GlobalAction>] = &[Binding {
    keys: &[Key::Ctrl('z')],
    action: GlobalAction::Suspend,
    does: "suspend (a session pauses)",
    hint: None,
}];

/// The whole interface state.
#[derive(Debug, Clone)]
pub struct App {
    pub look: Look,
    pub home: Home,
    /// The home list was asked for (at start, or when first going home after `windown run`).
    pub(crate) home_loaded: bool,
    pub screen: Screen,
    pub overlay: Overlay,
    pub muted: bool,
    /// The size of the terminal, from resize events (for how far the help scrolls).
    pub size: Rect,
    /// Problems to tell on stderr once the terminal is back.
    pub(crate) problems: Vec<String>,
    /// `balance = "poor"` in config.toml: the cramp guide leaves standing out.
    pub(crate) seated: bool,
    /// The session was paused when the help or the quit question opened over it: it goes on
    /// when that closes (unless it was stopped).
    overlay_paused: bool,
}

impl App {
    pub fn new(look: Look, home: Home, muted: bool) -> App {
        App {
            look,
            home_loaded: home.loaded,
            home,
            screen: Screen::Home,
            overlay: Overlay::None,
            muted,
            size: Rect::new(0, 0, 80, 24),
            problems: Vec::new(),
            seated: false,
            overlay_paused: false,
        }
    }

    /// The screen on top, as a [`View`].
    fn view(&self) -> &dyn View {
        match &self.screen {
            Screen::Home => &self.home,
            Screen::Session(r) => r.as_ref(),
            Screen::Summary(s) => s,
            Screen::Reminders(r) => r,
            Screen::Progress(p) => p,
            Screen::Trial(t) => t,
            Screen::Relief(r) => r,
            Screen::Editor(e) => e.as_ref(),
            Screen::Setup(s) => s.as_ref(),
        }
    }

    fn view_mut(&mut self) -> &mut dyn View {
        match &mut self.screen {
            Screen::Home => &mut self.home,
            Screen::Session(r) => r.as_mut(),
            Screen::Summary(s) => s,
            Screen::Reminders(r) => r,
            Screen::Progress(p) => p,
            Screen::Trial(t) => t,
            Screen::Relief(r) => r,
            Screen::Editor(e) => e.as_mut(),
            Screen::Setup(s) => s.as_mut(),
        }
    }

    /// Begin a session on `routine` at `cx.now`.
    pub fn start(&mut self, routine: Routine, figures: Vec<Option<Figure>>, cx: &Cx) -> Vec<Act> {
        let (running, acts) = Running::start(routine, figures, cx.now, cx.wall);
        self.overlay = Overlay::None;
        self.overlay_paused = false;
        self.screen = Screen::Session(Box::new(running));
        self.apply(acts, cx)
    }

    /// The running session, if any.
    pub fn running(&self) -> Option<&Running> {
        match &self.screen {
            Screen::Session(r) => Some(r),
            _ => None,
        }
    }

    fn running_mut(&mut self) -> Option<&mut Running> {
        match &mut self.screen {
            Screen::Session(r) => Some(r),
            _ => None,
        }
    }

    /// When the loop must wake without input: the next change of the countdown (a session's,
    /// the relief guide's), or on the reminders screen the next minute (its times are to the
    /// minute). `None` means sleep until something arrives (home, paused, task, summary,
    /// progress). The wall clock is read only when it is needed.
    pub fn next_wake(
        &self,
        now: Instant,
        wall: impl FnOnce() -> chrono::DateTime<chrono::Local>,
    ) -> Option<Instant> {
        match &self.screen {
            Screen::Session(r) => r.session.next_wake(now),
            Screen::Reminders(_) => {
                use chrono::Timelike;
                let wall = wall();
                let into_minute = std::time::Duration::new(
                    u64::from(wall.second()),
                    wall.nanosecond().min(999_999_999),
                );
                Some(now + std::time::Duration::from_secs(60).saturating_sub(into_minute))
            }
            Screen::Relief(r) => r.next_wake(now),
            _ => None,
        }
    }

    /// Time has passed (a wake-up came due). Returns whether the screen changed, and what to do.
    pub fn advance(&mut self, cx: &Cx) -> (bool, Vec<Act>) {
        if let Screen::Reminders(s) = &mut self.screen {
            // A new minute: the next times move on.
            s.tick(cx.wall);
            return (true, Vec::new());
        }
        if let Screen::Relief(r) = &mut self.screen {
            let redraw = r.advance(cx.now);
            let acts = r.speech(cx.now);
            return (redraw, self.apply(acts, cx));
        }
        let Some(r) = self.running_mut() else {
            return (false, Vec::new());
        };
        let (redraw, acts) = r.advance(cx.now);
        (redraw, self.apply(acts, cx))
    }

    /// Control the running session (no-op elsewhere).
    fn control(&mut self, c: Control, cx: &Cx) -> Vec<Act> {
        let Some(r) = self.running_mut() else {
            return Vec::new();
        };
        let acts = r.control(c, cx.now);
        self.apply(acts, cx)
    }

    /// Carry out what a screen asked for that is about the app; pass on, as they are, the
    /// acts for the loop.
    fn apply(&mut self, acts: Vec<Act>, cx: &Cx) -> Vec<Act> {
        let mut out = Vec::new();
        for a in acts {
            match a {
                // Only while home is on top and nothing covers it.
                Act::Edit { .. }
                    if !matches!(self.screen, Screen::Home) || self.overlay != Overlay::None => {}
                a @ (Act::Do(_)
                | Act::Cue(_)
                | Act::Tick(_)
                | Act::Say(_)
                | Act::SayCalmly(_)
                | Act::Breath(_)
                | Act::Speech(_)
                | Act::Suspend
                | Act::Edit { .. }
                | Act::Quit) => out.push(a),
                Act::Go(to) => out.extend(self.go(to, cx)),
                Act::Help => {
                    self.overlay = Overlay::Help { scroll: 0 };
                    out.extend(self.pause_under_overlay(cx));
                }
                Act::ConfirmQuit => {
                    self.overlay = Overlay::ConfirmQuit;
                    out.extend(self.pause_under_overlay(cx));
                }
                Act::ToggleMute => self.muted = !self.muted,
                Act::Finished(summary) => {
                    if let Some(r) = self.running() {
                        out.push(Act::Do(Job::RecordSession {
                            summary: summary.clone(),
                            started: r.started,
                        }));
                    }
                    self.overlay = Overlay::None;
                    self.screen = Screen::Summary(summary);
                }
                Act::Begin { routine, figures } => {
                    if matches!(self.screen, Screen::Home) {
                        out.extend(self.start(*routine, figures, cx));
                    }
                }
            }
        }
        out
    }

    /// Show another screen, and ask for what it needs read.
    fn go(&mut self, to: Goto, cx: &Cx) -> Vec<Act> {
        match to {
            Goto::Home => {
                if let Screen::Setup(s) = &self.screen
                    && s.balance_poor()
                {
                    self.seated = true;
                    self.home.set_balance_poor(true);
                    self.home
                        .select(crate::config::Balance::Poor.evening_routine());
                }
                self.screen = Screen::Home;
                self.load_home(false)
            }
            Goto::Reminders => {
                self.screen = Screen::Reminders(RemindersScreen::new(cx.wall));
                vec![Act::Do(Job::Reminders)]
            }
            Goto::Progress => {
                self.screen = Screen::Progress(ProgressScreen::default());
                vec![Act::Do(Job::Progress { back: 0 })]
            }
            Goto::Trial => {
                self.screen = Screen::Trial(TrialScreen::default());
                vec![Act::Do(Job::Trial)]
            }
            Goto::Editor(opened) => {
                let Opened { path, text, .. } = *opened;
                match Editor::open(path, &text) {
                    Ok(e) => {
                        self.overlay = Overlay::None;
                        self.screen = Screen::Editor(Box::new(e));
                    }
                    Err(why) => self.home.notice = Some(why),
                }
                Vec::new()
            }
            Goto::Setup(first_run) => {
                self.overlay = Overlay::None;
                self.screen = Screen::Setup(Box::new(SetupScreen::new(first_run)));
                Vec::new()
            }
            Goto::Relief => {
                self.overlay = Overlay::None;
                let mut r = Relief::new(
                    Default::default(),
                    Default::default(),
                    cx.now,
                    cx.wall.fixed_offset(),
                    true,
                );
                r.seated = self.seated;
                // The first screen is said as it opens.
                let said = r.speech(cx.now);
                self.screen = Screen::Relief(r);
                said
            }
        }
    }

    /// Ask for the home list and header, once (at start, `ask` the morning question).
    pub(crate) fn load_home(&mut self, ask: bool) -> Vec<Act> {
        if self.home_loaded {
            return Vec::new();
        }
        self.home_loaded = true;
        vec![Act::Do(Job::Catalog), Act::Do(Job::HomeSummary { ask })]
    }

    /// The help or the quit question opened: a running countdown pauses (said, "Paused."),
    /// as a person reading or answering is not stretching.
    fn pause_under_overlay(&mut self, cx: &Cx) -> Vec<Act> {
        match self.running() {
            Some(r) if !r.session.is_paused() && !self.overlay_paused => {
                let acts = self.control(Control::Pause, cx);
                self.overlay_paused = self.running().is_some_and(|r| r.session.is_paused());
                acts
            }
            _ => Vec::new(),
        }
    }

    /// The overlay closed: a countdown it paused goes on ("Going on.").
    fn resume_after_overlay(&mut self, cx: &Cx) -> Vec<Act> {
        if !std::mem::take(&mut self.overlay_paused) {
            return Vec::new();
        }
        match self.running() {
            Some(r) if r.session.is_paused() => self.control(Control::Resume, cx),
            _ => Vec::new(),
        }
    }

    /// Before the process stops (Ctrl-Z): pause the session.
    pub(crate) fn on_suspend(&mut self, cx: &Cx) -> Vec<Act> {
        self.control(Control::Pause, cx)
    }

    /// Leaving now (signal, terminal gone): stop a running session so it is recorded.
    pub(crate) fn on_terminate(&mut self, cx: &Cx) -> Vec<Act> {
        if let Screen::Relief(r) = &mut self.screen
            && let Some(e) = r.entry(cx.now, cx.wall.fixed_offset())
        {
            return vec![Act::Do(Job::RecordCramp(e)), Act::Quit];
        }
        let mut out = self.control(Control::Quit, cx);
        out.retain(|o| matches!(o, Act::Do(Job::RecordSession { .. })));
        out.push(Act::Quit);
        out
    }

    /// A speech program or sound player failed: told on the session screen for a while, on the home screen, and
    /// after leaving.
    pub fn cue_failed(&mut self, problem: String, now: Instant) {
        if let Some(r) = self.running_mut() {
            r.notice = Some((problem.clone(), now + NOTICE_TIME));
        }
        self.home.notice = Some(problem.clone());
        self.problems.push(problem);
    }

    /// The result of a job, handed to the screen that asked for it (a screen no longer shown
    /// lets its results go; home, always under the others, keeps its own).
    pub fn done(&mut self, d: Done, cx: &Cx) -> Vec<Act> {
        match d {
            Done::Home(d) => {
                let on_top = matches!(self.screen, Screen::Home);
                let acts = self.home.done(d, cx, on_top);
                return self.apply(acts, cx);
            }
            Done::SetupSound(played) => {
                if let Screen::Setup(s) = &mut self.screen {
                    s.sound_played(played);
                }
            }
            Done::Setup(said) => {
                if let Screen::Setup(s) = &mut self.screen {
                    s.written(said);
                } else if let Err(why) = said {
                    self.home.notice = Some(why.clone());
                    self.problems.push(why);
                }
            }
            Done::Problem(p) => {
                self.home.notice = Some(p.clone());
                self.problems.push(p);
            }
            Done::Progress(p) => {
                if let Screen::Progress(s) = &mut self.screen {
                    s.progress = Some(p);
                }
            }
            Done::Records { rows, said } => {
                if let Screen::Progress(p) = &mut self.screen {
                    p.listed(rows, said);
                } else if let Some(said) = said {
                    self.home.notice = Some(said);
                }
            }
            Done::Trial { seen, said } => {
                if let Screen::Trial(t) = &mut self.screen {
                    t.read(seen, said);
                } else if let Some(said) = said {
                    // Left before it came back: told on home.
                    self.home.notice = Some(said);
                }
            }
            Done::Reminders(d) => {
                if let Screen::Reminders(s) = &mut self.screen {
                    match d {
                        RemindersDone::Overview(o) => s.set_overview(o),
                        RemindersDone::Said(m) => s.message = Some(m),
                    }
                }
            }
            Done::Editor(EditorDone::Saved(r)) => {
                if r.is_ok() {
                    self.home.editor_saved();
                }
                if let Screen::Editor(e) = &mut self.screen {
                    e.saved(r);
                } else if let Err(why) = r {
                    // Left before the save came back: told on home and after leaving.
                    self.home.notice = Some(why.to_string());
                    self.problems.push(why.to_string());
                }
            }
            Done::Editor(EditorDone::Disk(path, text)) => {
                if let Screen::Editor(e) = &mut self.screen
                    && e.path() == path
                {
                    e.on_disk(text);
                }
            }
            // The settings themselves are the loop's (the cues); a mistake is told here.
            Done::Config(Ok((c, problem))) => self.config_read(&c, problem),
            Done::Config(Err(e)) => {
                // Shown until the file is read without a mistake, whatever keys come between.
                self.home.config_problem = Some(format!(
                    "config.toml does not load, the settings stay as they were: {}",
                    e.headline()
                ));
            }
        }
        Vec::new()
    }

    /// Files in the config folder changed: read again what is on screen or in force. A
    /// running session keeps the routine it started with; the home list is read again
    /// behind it, so going home shows the files as they are.
    pub fn files_changed(&mut self, c: Changed) -> Vec<Act> {
        let mut out = Vec::new();
        if (c.routines || c.figures) && self.home_loaded {
            out.push(Act::Do(Job::Catalog));
        }
        if let (true, Screen::Editor(e)) = (c.routines, &self.screen) {
            out.push(Act::Do(Job::EditorDisk(e.path().to_path_buf())));
        }
        if c.reminders && matches!(self.screen, Screen::Reminders(_)) {
            out.push(Act::Do(Job::Reminders));
        }
        if c.config {
            out.push(Act::Do(Job::Config));
        }
        out
    }

    /// A key press. The caller redraws afterwards.
    /// config.toml was read again: its balance is in force (a wrong setting at its default),
    /// and home's line about its mistakes is `problem` (none once it is fixed); the loop
    /// takes the cue settings.
    pub fn config_read(&mut self, c: &crate::config::Config, problem: Option<String>) {
        self.seated = c.balance == crate::config::Balance::Poor;
        self.home.set_balance_poor(self.seated);
        self.home.config_problem = problem;
    }

    pub fn key(&mut self, key: KeyEvent, cx: &Cx) -> Vec<Act> {
        if let Some(GlobalAction::Suspend) = keys::action(GLOBAL_KEYS, &key) {
            let mut out = self.on_suspend(cx);
            out.push(Act::Suspend);
            return out;
        }
        if help::too_small(self.size) {
            // Nothing on screen to act on: only Ctrl-C, which leaves (a session is recorded).
            return match keys::action(help::TOO_SMALL_KEYS, &key) {
                Some(help::TooSmallAction::Quit) => self.on_terminate(cx),
                None => Vec::new(),
            };
        }
        match self.overlay {
            Overlay::Help { scroll } => {
                // When it all shows, every key closes it; otherwise the scroll keys scroll.
                let max = help::help_max_scroll(&self.help_rows(), self.size);
                self.overlay = match keys::action(HELP_KEYS, &key) {
                    Some(HelpAction::Down) if max > 0 => Overlay::Help {
                        scroll: (scroll + 1).min(max),
                    },
                    Some(HelpAction::Up) if max > 0 => Overlay::Help {
                        scroll: scroll.saturating_sub(1),
                    },
                    _ => Overlay::None,
                };
                if self.overlay == Overlay::None {
                    return self.resume_after_overlay(cx);
                }
                return Vec::new();
            }
            Overlay::ConfirmQuit => return self.confirm_key(key, cx),
            Overlay::None => {}
        }
        let acts = self.view_mut().key(&key, cx);
        self.apply(acts, cx)
    }

    /// SIGINT from outside: as Ctrl-C.
    pub fn interrupt(&mut self, cx: &Cx) -> Vec<Act> {
        self.key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL), cx)
    }

    fn confirm_key(&mut self, key: KeyEvent, cx: &Cx) -> Vec<Act> {
        match keys::action(QUIT_KEYS, &key) {
            Some(QuitAction::Leave) => {
                self.overlay = Overlay::None;
                self.overlay_paused = false;
                let mut out = self.control(Control::Quit, cx);
                out.push(Act::Quit);
                out
            }
            Some(QuitAction::Stop) => {
                self.overlay = Overlay::None;
                self.overlay_paused = false;
                self.control(Control::Quit, cx)
            }
            Some(QuitAction::Keep) => {
                self.overlay = Overlay::None;
                self.resume_after_overlay(cx)
            }
            None => Vec::new(),
        }
    }

    /// The help rows of the screen on top: its own keys, then the keys of every screen.
    pub(crate) fn help_rows(&self) -> Vec<HelpRow> {
        let mut rows = self.view().help(self.look);
        rows.extend(keys::help_rows(GLOBAL_KEYS, self.look.unicode));
        rows
    }

    /// The moment and the look, as the screens get them.
    pub fn cx(&self, now: Instant, wall: chrono::DateTime<chrono::Local>) -> Cx {
        Cx {
            look: self.look,
            now,
            wall,
            muted: self.muted,
        }
    }

    /// Draw everything at the moment in `cx`.
    pub fn render(&self, cx: &Cx, area: Rect, buf: &mut Buffer) {
        if help::too_small(area) {
            help::render_too_small(area, buf);
        } else {
            self.view().render(cx, area, buf);
            match self.overlay {
                Overlay::None => {}
                Overlay::Help { scroll } => {
                    help::render_help(self.look, &self.help_rows(), scroll, area, buf);
                }
                Overlay::ConfirmQuit => help::render_confirm_quit(self.look, area, buf),
            }
            // Over the cramp guide the overlay is dark too, whatever the terminal's theme.
            if self.overlay != Overlay::None && matches!(self.screen, Screen::Relief(_)) {
                theme::night::paint(area, buf);
            }
        }
        theme::finish(self.look, buf);
    }

    /// Draw again only what moved with time over the last frame in `buf` (see
    /// [`View::render_moving`]), finished like a whole frame. False: nothing was drawn, the
    /// frame must be drawn whole (an overlay or the too-small notice is up, or the screen
    /// changed in more than its seconds).
    pub fn render_moving(
        &self,
        cx: &Cx,
        area: Rect,
        buf: &mut Buffer,
        keep: &mut dyn FnMut(Moving, &Buffer),
    ) -> bool {
        if help::too_small(area) || !matches!(self.overlay, Overlay::None) {
            return false;
        }
        // A screen draws a few areas over a second (the session six at most): kept in place.
        // What it tells changed it has finished itself.
        let mut areas = [Rect::default(); 8];
        let mut n = 0;
        let drawn = self.view().render_moving(cx, area, buf, &mut |m, b| {
            if let Moving::Over(a) = m {
                if let Some(slot) = areas.get_mut(n) {
                    *slot = a;
                }
                n += 1;
            }
            keep(m, b);
        });
        if drawn {
            if n > areas.len() {
                theme::finish_area(self.look, buf, area);
            } else {
                for a in &areas[..n] {
                    theme::finish_area(self.look, buf, *a);
                }
            }
        }
        drawn
    }
}
