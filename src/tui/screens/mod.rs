//! Every screen of the interface, one file each, all in one shape ([`View`]): a screen draws
//! itself from its own state (never reading a file, the clock or the environment: what it
//! needs is in its state or in the [`Cx`] it is given), lists its keys in one table
//! ([`crate::tui::keys`]) that drives its key handler, the help overlay and its hint line, and
//! answers a key with [`Act`]s: what the app or the loop must do next.
//!
//! Adding a screen takes three edits (ARCHITECTURE.md at the repository's root says them
//! again): a file here with its state, its key table and its `View`; a variant in
//! `app::Screen` with its arms in `App::view`/`view_mut`; a [`Goto`] variant
//! with its arm in `App::go`. Work it needs done is a [`crate::tui::work::Job`] whose result
//! comes back in its own `Done` variant, routed to it in `App::done`.
//!
//! - [`home`]: the routine list, details, header and the morning question.
//! - [`session`]: a running routine, drawn region by region.
//! - [`summary`]: the end of a session.
//! - [`reminders`]: each reminder, on or off, its next time, the reminder process.
//! - [`progress`]: the last 30 days, streaks and the comparison.
//! - [`relief`]: a cramp now: which leg and muscle, the steps that ease it, how bad it was.
//! - [`editor`]: a routine's title, defaults and steps changed without a text editor.
//! - [`trial`]: the personal experiment: the plan, where it stands, the result.
//! - [`setup`]: the first run's welcome and questions (`windown setup`).
//! - [`help`]: what is drawn over or instead of a screen: the help, the quit question, "window
//!   too small".

pub mod editor;
pub mod help;
pub mod home;
pub mod progress;
pub mod relief;
pub mod reminders;
pub mod session;
pub mod setup;
pub mod summary;
pub mod trial;

use std::path::PathBuf;
use std::time::Instant;

use chrono::{DateTime, Local};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use super::keys::HelpRow;
use super::theme::Look;
use super::work::{Job, Opened};
use crate::routine::{Figure, Routine};
use crate::session::{Cue, Summary};

/// What a screen is drawn and keyed with besides its own state: how the terminal looks, the
/// moment (both clocks, read once by the loop), and whether cues are muted.
#[derive(Debug, Clone, Copy)]
pub struct Cx {
    pub look: Look,
    /// For countdowns.
    pub now: Instant,
    /// For dates and times shown to the person (next reminder, "today").
    pub wall: DateTime<Local>,
    pub muted: bool,
}

/// Which screen to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Goto {
    Home,
    Reminders,
    Progress,
    /// The personal experiment.
    Trial,
    /// The cramp relief guide.
    Relief,
    /// The editor screen on a routine's file, read (when home is still on top).
    Editor(Box<Opened>),
    /// The setup's questions (`true`: the first run's welcome, whose leaving is remembered).
    Setup(bool),
}

/// What a screen asks for after a key, a wake-up or a result: one list for the app and the
/// loop. The app carries out its own (the screens, the overlays, muting) in
/// `App::apply` and passes the rest on, as they were, to the loop.
#[derive(Debug, Clone, PartialEq)]
pub enum Act {
    // For the loop:
    /// Work carried out off the UI thread; its result comes back to the screen that asked.
    Do(Job),
    /// Announce a phase change (unless muted: the loop checks).
    Cue(Cue),
    /// One of a phase's last seconds (this many are left): a tick (unless muted).
    Tick(u32),
    /// Say this after what is still being said (unless muted): "Paused.", "Going on.".
    Say(&'static str),
    /// Say this calmly, in place of what is still to be said (unless muted): a relief
    /// guide's step.
    SayCalmly(String),
    /// A breath pacer turned (unless muted).
    Breath(crate::routine::Breath),
    /// Speech on (`true`) or off; sounds unchanged.
    Speech(bool),
    /// Ctrl-Z: give the terminal back and stop the process.
    Suspend,
    /// Hand the terminal to the person's text editor on `path` (at `line` when over 0), then
    /// read the routines again (only while nothing covers the home screen).
    Edit { path: PathBuf, line: usize },
    /// Leave windown.
    Quit,
    // For the app:
    /// Show another screen.
    Go(Goto),
    /// Open the help over this screen.
    Help,
    /// Ask "Stop this session?".
    ConfirmQuit,
    /// Mute or unmute cues.
    ToggleMute,
    /// The session ended (finished or stopped): record it and show the summary.
    Finished(Summary),
    /// Start a session on this routine (its figures loaded), when home is still on top.
    Begin {
        routine: Box<Routine>,
        figures: Vec<Option<Figure>>,
    },
}

/// The shape every screen has.
pub trait View {
    /// Draw the screen into `area`.
    fn render(&self, cx: &Cx, area: Rect, buf: &mut Buffer);
    /// Its keys, for the help overlay.
    fn help(&self, look: Look) -> Vec<HelpRow>;
    /// A key press (mapped through the screen's table).
    fn key(&mut self, key: &KeyEvent, cx: &Cx) -> Vec<Act>;
    /// Draw again only what moves with time (a countdown's seconds and gauges) over `buf`,
    /// which holds the screen's last frame, when nothing else changed since the last frame
    /// drawn whole with [`View::render`] into `area`. `keep` sees each area drawn again
    /// ([`Moving`]). False: draw the whole frame (nothing was drawn); screens with nothing
    /// that moves by itself keep this default.
    fn render_moving(
        &self,
        _cx: &Cx,
        _area: Rect,
        _buf: &mut Buffer,
        _keep: &mut dyn FnMut(Moving, &Buffer),
    ) -> bool {
        false
    }
}

/// An area a frame drawn in part ([`View::render_moving`]) draws again, as the screen tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moving {
    /// To be drawn again: told before anything is drawn in it, with its cells as they were
    /// (what changed in it is found by comparing).
    Over(Rect),
    /// Drawn again and finished as a frame is (`theme::finish_area`), every cell of it
    /// changed, each a symbol one column wide: told once drawn (nothing to compare; a big
    /// digit's cells that went from blank to filled or back).
    Changed(Rect),
}

/// Drawing a screen in tests: at a size, through [`crate::tui::theme::finish`] as the app does.
#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::tui::theme;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    /// A context at a fixed moment (1 December 2026, 08:00 local).
    pub(crate) fn cx(look: Look) -> Cx {
        use chrono::TimeZone;
        Cx {
            look,
            now: Instant::now(),
            wall: Local
                .with_ymd_and_hms(2026, 12, 1, 8, 0, 0)
                .earliest()
                .expect("a local time"),
            muted: false,
        }
    }

    /// The screen drawn at `w` x `h` with `look`, as a test backend.
    pub(crate) fn backend(view: &dyn View, w: u16, h: u16, look: Look) -> TestBackend {
        let mut t = Terminal::new(TestBackend::new(w, h)).expect("a test terminal");
        t.draw(|f| {
            let area = f.area();
            view.render(&cx(look), area, f.buffer_mut());
            theme::finish(look, f.buffer_mut());
        })
        .expect("drawn");
        t.backend().clone()
    }

    /// How many heap allocations the first and the second frame of `view` make, drawn at
    /// `w` x `h` on one test terminal at one moment (the second frame: the drawing work left
    /// when nothing changed).
    pub(crate) fn frame_allocations(view: &dyn View, w: u16, h: u16) -> (usize, usize) {
        let mut t = Terminal::new(TestBackend::new(w, h)).expect("a test terminal");
        let cx = cx(Look::FULL);
        let mut frame = || {
            crate::tui::alloc_count::allocations(|| {
                t.draw(|f| {
                    let area = f.area();
                    view.render(&cx, area, f.buffer_mut());
                    theme::finish(cx.look, f.buffer_mut());
                })
                .map(drop)
            })
            .1 as usize
        };
        let first = frame();
        (first, frame())
    }

    /// The screen as the snapshot text of a test backend (quoted rows).
    pub(crate) fn draw(view: &dyn View, w: u16, h: u16) -> String {
        backend(view, w, h, Look::FULL).to_string()
    }

    /// All the text on screen, row after row.
    pub(crate) fn screen_text(view: &dyn View, w: u16, h: u16, look: Look) -> String {
        let b = backend(view, w, h, look);
        b.buffer().content.iter().map(|c| c.symbol()).collect()
    }
}
