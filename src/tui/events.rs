//! The one event channel of the interface. Everything that can change what is on screen
//! arrives here as a [`Msg`]: key presses and resizes from the input thread, signals from the
//! signal thread, the results of work done off the UI thread ([`super::work`]) and changed
//! files ([`super::watch`]). The main loop waits on
//! the receiving end only; there is no timer thread and no polling.

use std::sync::mpsc::{self, Receiver, Sender};
use std::time::Duration;

use ratatui::crossterm::event::{self, Event};
use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGWINCH};

/// A signal the interface reacts to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Signal {
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
pub(crate) enum Msg {
    Input(Event),
    Signal(Signal),
    /// A job the worker carried out.
    Done(super::work::Done),
    /// The terminal's input ended or failed (terminal closed).
    InputClosed,
    /// Files in the config folder changed ([`super::watch`]).
    Files(super::watch::Changed),
}

/// Holds the input thread while another program has the terminal (the person's editor):
/// held, the thread reads nothing, so every key goes to that program.
pub(crate) struct InputGate {
    /// One byte written here asks the thread to stop reading.
    ask: std::fs::File,
    /// The thread says it stopped.
    stopped: Receiver<()>,
    /// Read again.
    go: Sender<()>,
}

impl InputGate {
    /// Stop the input thread reading; returns once it has (or after a second, when it does
    /// not answer: it has ended, or waits for the foreground).
    pub(crate) fn hold(&self) {
        use std::io::Write;
        while self.stopped.try_recv().is_ok() {}
        if (&self.ask).write_all(b"h").is_ok() {
            let _ = self.stopped.recv_timeout(Duration::from_secs(1));
        }
    }

    /// Let the input thread read again.
    pub(crate) fn release(&self) {
        let _ = self.go.send(());
    }
}

/// Read terminal events forever on a thread of its own. The thread blocks in the kernel
/// (`poll` on the terminal and on the gate's pipe) between key presses, and ends when the
/// receiver is gone or input fails. A read that fails while the process is in the
/// background (continued by `bg` or `kill %1`; SIGTTIN is ignored, see `term::enter`) is not
/// the end of input: the thread looks twice a second for the foreground to come back (`fg`)
/// and reads again. Only then does it wake at all. Resizes come from the signal thread
/// (SIGWINCH), not from here.
pub(crate) fn spawn_input(tx: Sender<Msg>) -> std::io::Result<InputGate> {
    use std::os::fd::AsRawFd;
    let (ask_r, ask) = pipe()?;
    let (stopped_tx, stopped) = mpsc::channel();
    let (go, go_rx) = mpsc::channel::<()>();
    // The terminal as crossterm reads it: standard input when it is one, else /dev/tty.
    // SAFETY: isatty only looks at the descriptor.
    let tty_file = if unsafe { libc::isatty(libc::STDIN_FILENO) } == 1 {
        None
    } else {
        Some(std::fs::File::open("/dev/tty")?)
    };
    std::thread::Builder::new()
        .name("input".into())
        .spawn(move || {
            let tty = tty_file
                .as_ref()
                .map_or(libc::STDIN_FILENO, |f| f.as_raw_fd());
            let mut ask_r = ask_r;
            loop {
                let mut fds = [
                    libc::pollfd {
                        fd: tty,
                        events: libc::POLLIN,
                        revents: 0,
                    },
                    libc::pollfd {
                        fd: ask_r.as_raw_fd(),
                        events: libc::POLLIN,
                        revents: 0,
                    },
                ];
                // SAFETY: two valid pollfd structures, owned by this frame.
                let n = unsafe { libc::poll(fds.as_mut_ptr(), 2, -1) };
                if n < 0 {
                    if std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                        continue;
                    }
                    let _ = tx.send(Msg::InputClosed);
                    return;
                }
                if fds[1].revents != 0 {
                    use std::io::Read;
                    let mut b = [0u8; 1];
                    let _ = ask_r.read(&mut b);
                    let _ = stopped_tx.send(());
                    if go_rx.recv().is_err() {
                        return;
                    }
                    continue;
                }
                if fds[0].revents == 0 {
                    continue;
                }
                let mut read_any = false;
                loop {
                    match event::poll(Duration::ZERO).and_then(|ready| {
                        if ready {
                            event::read().map(Some)
                        } else {
                            Ok(None)
                        }
                    }) {
                        Ok(Some(Event::Resize(..))) => read_any = true,
                        Ok(Some(ev)) => {
                            read_any = true;
                            if tx.send(Msg::Input(ev)).is_err() {
                                return;
                            }
                        }
                        Ok(None) => break,
                        Err(_) if !super::term::in_foreground() => {
                            read_any = true;
                            while !super::term::in_foreground() {
                                std::thread::sleep(Duration::from_millis(500));
                            }
                            break;
                        }
                        Err(_) => {
                            let _ = tx.send(Msg::InputClosed);
                            return;
                        }
                    }
                }
                let gone = libc::POLLHUP | libc::POLLERR | libc::POLLNVAL;
                if !read_any && fds[0].revents & gone != 0 {
                    let _ = tx.send(Msg::InputClosed);
                    return;
                }
            }
        })?;
    Ok(InputGate { ask, stopped, go })
}

/// A pipe (read end, write end), closed on exec.
fn pipe() -> std::io::Result<(std::fs::File, std::fs::File)> {
    use std::os::fd::FromRawFd;
    let mut fds = [0; 2];
    // SAFETY: pipe2 writes two descriptors into the array it is given.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: both descriptors are new and owned by nobody else.
    Ok(unsafe {
        (
            std::fs::File::from_raw_fd(fds[0]),
            std::fs::File::from_raw_fd(fds[1]),
        )
    })
}

/// Turn SIGTERM, SIGHUP, SIGQUIT, SIGINT, SIGTSTP and SIGCONT into messages, and SIGWINCH into
/// a resize to the terminal's new size. While this runs, those signals no longer have their
/// default action, so the loop must act on them. While the terminal is handed to another
/// program (`term::handed_over`), Ctrl-C and Ctrl-Z are that program's: ignored here.
pub(crate) fn spawn_signals(tx: Sender<Msg>) -> std::io::Result<signal_hook::iterator::Handle> {
    let wanted = [SIGTERM, SIGHUP, SIGQUIT, SIGINT, SIGTSTP, SIGCONT, SIGWINCH];
    crate::signals::spawn("signals", &wanted, move |sig| {
        if super::term::is_handed_over() && (sig == SIGINT || sig == SIGTSTP) {
            return true;
        }
        if sig == SIGWINCH {
            return match ratatui::crossterm::terminal::size() {
                Ok((w, h)) => tx.send(Msg::Input(Event::Resize(w, h))).is_ok(),
                Err(_) => true,
            };
        }
        let s = match sig {
            SIGINT => Signal::Interrupt,
            SIGTSTP => Signal::Stop,
            SIGCONT => Signal::Continue,
            other => Signal::Terminate(other),
        };
        tx.send(Msg::Signal(s)).is_ok()
    })
}
