//! The terminal itself: entering and leaving raw mode and the alternate screen, and making
//! sure it is left whatever happens (normal return, error, panic, SIGTERM, SIGHUP), plus
//! Ctrl-Z suspension and handing it to another program for a while ([`handed_over`]).
//!
//! Owns the global "terminal is in app mode" flag, so restoring twice is harmless and the
//! panic hook only restores when there is something to restore. Knows nothing of screens.
//!
//! A frame is one write: the app draws into a fixed viewport whose size comes from resize
//! events ([`resize`]), not from asking the terminal on every draw, and its output is
//! buffered until the frame is complete.

use std::io::{self, Write};
use std::sync::Once;
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::{cursor, execute, terminal};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

/// The terminal as the app draws on it.
pub(crate) type Term = Terminal<CrosstermBackend<FrameOut>>;

/// Where frames go: standard output, buffered so that a whole frame leaves in one write
/// (ratatui flushes once per frame). A frame larger than the buffer goes in a few writes.
pub(crate) type FrameOut = io::BufWriter<std::fs::File>;

/// Room for a full frame of a large terminal with colours.
const FRAME_BUFFER: usize = 1 << 18;

static ACTIVE: AtomicBool = AtomicBool::new(false);
/// The terminal is another program's for now (the person's editor).
static HANDED: AtomicBool = AtomicBool::new(false);
static HOOK: Once = Once::new();

/// Raw mode, alternate screen, hidden cursor. Installs the restoring panic hook first.
///
/// Also ignores SIGTTIN: the input thread may be inside a read of the terminal when the
/// process is continued in the background (`kill %1` sends SIGTERM and SIGCONT to a stopped
/// job); by default that read would stop the whole process again before it can end and
/// record the session. Ignored, the read fails instead, and the input thread waits for the
/// foreground (see `events::spawn_input`).
pub(crate) fn enter() -> io::Result<()> {
    install_panic_hook();
    // SAFETY: setting a signal's disposition to "ignore" touches no memory of ours.
    unsafe {
        libc::signal(libc::SIGTTIN, libc::SIG_IGN);
    }
    terminal::enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    execute!(io::stdout(), terminal::EnterAlternateScreen, cursor::Hide)?;
    Ok(())
}

/// Put the terminal back as it was found. Idempotent; errors are ignored (the terminal may
/// be gone after SIGHUP, and there is nothing better to do).
pub(crate) fn leave() {
    if ACTIVE.swap(false, Ordering::SeqCst) {
        let mut out = io::stdout();
        let _ = execute!(out, cursor::Show, terminal::LeaveAlternateScreen);
        let _ = terminal::disable_raw_mode();
        let _ = out.flush();
    }
}

/// Give the terminal to another program for the time `run` takes (the person's editor in the
/// foreground), then take it again, whatever `run` did. An error: it could not be taken
/// again. The caller redraws everything ([`resize`]).
pub(crate) fn handed_over<T>(run: impl FnOnce() -> T) -> io::Result<T> {
    HANDED.store(true, Ordering::SeqCst);
    leave();
    let out = run();
    let back = enter();
    HANDED.store(false, Ordering::SeqCst);
    back.map(|()| out)
}

/// Whether another program has the terminal now ([`handed_over`]).
pub(crate) fn is_handed_over() -> bool {
    HANDED.load(Ordering::SeqCst)
}

/// Whether the terminal is currently in app mode.
pub(crate) fn is_active() -> bool {
    ACTIVE.load(Ordering::SeqCst)
}

/// A panic restores the terminal before the message is printed, so the message is readable
/// and the shell usable.
fn install_panic_hook() {
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            leave();
            previous(info);
        }));
    });
}

/// Enter the terminal and build the ratatui terminal on it, sized once here; after that
/// the size comes from resize events ([`resize`]).
pub(crate) fn open() -> io::Result<Term> {
    enter()?;
    let made = (|| {
        use std::os::fd::AsFd;
        let out = std::fs::File::from(io::stdout().as_fd().try_clone_to_owned()?);
        let (w, h) = terminal::size()?;
        Terminal::with_options(
            CrosstermBackend::new(io::BufWriter::with_capacity(FRAME_BUFFER, out)),
            TerminalOptions {
                viewport: Viewport::Fixed(Rect::new(0, 0, w, h)),
            },
        )
    })();
    if made.is_err() {
        leave();
    }
    made
}

/// The terminal is now `w` x `h` (a resize event): the next draw is a full redraw at that
/// size.
pub(crate) fn resize(term: &mut Term, w: u16, h: u16) -> io::Result<()> {
    term.resize(Rect::new(0, 0, w, h))
}

/// Leaves the terminal when dropped (normal return and error paths).
pub(crate) struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        leave();
    }
}

/// Ctrl-Z: give the terminal back, stop the process, and on `fg` (SIGCONT) take the
/// terminal again. The caller redraws everything afterwards.
pub(crate) fn suspend(term: &mut Term) -> io::Result<()> {
    leave();
    // SIGSTOP cannot be caught, so this stops the process even though SIGTSTP is handled;
    // the call returns once the shell continues us.
    let _ = signal_hook::low_level::raise(signal_hook::consts::SIGSTOP);
    resume(term)
}

/// Take the terminal again after a stop (idempotent) and force a full redraw on the next
/// draw. (Not `Terminal::clear`: it asks the terminal for the cursor position, and the
/// answer would go to the input thread instead.)
///
/// Only in the foreground: continued in the background (`bg`, or `kill %1`, which sends
/// SIGTERM then SIGCONT to a stopped job), taking the terminal would stop the process again
/// (SIGTTOU) and a SIGTERM would wait for ever. It stays away, draws nothing
/// ([`is_active`] is false), and takes the terminal at the next SIGCONT in the foreground.
pub(crate) fn resume(term: &mut Term) -> io::Result<()> {
    if !in_foreground() {
        return Ok(());
    }
    if !is_active() {
        enter()?;
    }
    // The size may have changed while stopped, with no resize event to say so.
    let (w, h) = terminal::size()?;
    resize(term, w, h)
}

/// Is this process in the terminal's foreground process group? Not a terminal: yes (there
/// is nobody to take it from).
pub(crate) fn in_foreground() -> bool {
    // SAFETY: plain calls on a file descriptor and on this process; no memory is passed.
    let (owner, ours) = unsafe { (libc::tcgetpgrp(libc::STDOUT_FILENO), libc::getpgrp()) };
    owner < 0 || owner == ours
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_restores_the_terminal_before_anything_else() {
        install_panic_hook();
        // As if the interface were up (no real terminal in a test: restoring only writes the
        // leave sequences and ignores errors).
        ACTIVE.store(true, Ordering::SeqCst);
        let result = std::panic::catch_unwind(|| panic!("boom"));
        assert!(result.is_err());
        assert!(!is_active(), "the panic hook did not restore the terminal");
        // Restoring again is harmless.
        leave();
        assert!(!is_active());
    }
}
