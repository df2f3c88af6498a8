//! The one event channel of the interface. Everything that can change what is on screen
//! arrives here as a [`Msg`]: key presses and resizes from the input thread, signals from the
//! signal thread, the results of work done off the UI thread ([`super::work`]) and changed
//! files ([`super::watch`]). The main loop waits on
//! the receiving end only; there is no timer thread and no polling.

use std::sync::mpsc::Sender;

use ratatui::crossterm::event::{self, Event};
use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};

/// A signal the interface reacts to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    /// SIGTERM, SIGHUP (terminal closed) or SIGQUIT: leave now (the session is recorded and
    /// the terminal restored); carries the signal number.
    Terminate(i32),
    /// SIGINT from outside (in raw mode Ctrl-C arrives as a key instead).
    Interrupt,
    /// SIGTSTP from outside (in raw mode Ctrl-Z arrives as a key instead).
    Stop,
    /// SIGCONT: we were stopped and continued; redraw everything.
    Continue,
}

/// What the main loop receives.
#[derive(Debug)]
pub enum Msg {
    Input(Event),
    Signal(Signal),
    /// A job the worker carried out.
    Done(super::work::Done),
    /// The terminal's input ended or failed (terminal closed).
    InputClosed,
    /// Files in the config folder changed ([`super::watch`]).
    Files(super::watch::Changed),
}

/// Read terminal events forever on a thread of its own. The thread blocks in the kernel
/// between key presses, and ends when the receiver is gone or input fails. A read that fails
/// while the process is in the background (continued by `bg` or `kill %1`; SIGTTIN is
/// ignored, see `term::enter`) is not the end of input: the thread looks twice a second for
/// the foreground to come back (`fg`) and reads again. Only then does it wake at all.
pub fn spawn_input(tx: Sender<Msg>) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name("input".into())
        .spawn(move || {
            loop {
                match event::read() {
                    Ok(ev) => {
                        if tx.send(Msg::Input(ev)).is_err() {
                            return;
                        }
                    }
                    Err(_) if !super::term::in_foreground() => {
                        while !super::term::in_foreground() {
                            std::thread::sleep(std::time::Duration::from_millis(500));
                        }
                    }
                    Err(_) => {
                        let _ = tx.send(Msg::InputClosed);
                        return;
                    }
                }
            }
        })?;
    Ok(())
}

/// Turn SIGTERM, SIGHUP, SIGQUIT, SIGINT, SIGTSTP and SIGCONT into messages. While this runs, those
/// signals no longer have their default action, so the loop must act on them.
pub fn spawn_signals(tx: Sender<Msg>) -> std::io::Result<signal_hook::iterator::Handle> {
    let wanted = [SIGTERM, SIGHUP, SIGQUIT, SIGINT, SIGTSTP, SIGCONT];
    crate::signals::spawn("signals", &wanted, move |sig| {
        let s = match sig {
            SIGINT => Signal::Interrupt,
            SIGTSTP => Signal::Stop,
            SIGCONT => Signal::Continue,
            other => Signal::Terminate(other),
        };
        tx.send(Msg::Signal(s)).is_ok()
    })
}
