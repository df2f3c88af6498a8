//! Watching for signals on a thread of its own: the one way windown turns SIGTERM, SIGINT,
//! Ctrl-Z and the like into something its loops can wait on. The interface, the plain player
//! and the reminder process each say which signals they want and what one turns into (a
//! message on their own channel); the registration and the thread live here.
//!
//! While a watch is running, the signals it names no longer have their default action (a
//! SIGTERM does not end the process), so the caller must act on every one it is given. What a
//! signal means is the caller's business, not this module's.

use std::io;

use libc::c_int;

/// Stops a watch: [`Handle::close`] ends its thread (the signals keep being caught, and are
/// ignored, until the thread has gone).
pub(crate) use signal_hook::iterator::Handle;

/// Start a thread called `name` that calls `on(signal)` for each of `signals` as it arrives,
/// in order, until `on` returns `false` or the watch is closed through the returned handle.
/// Fails when the signals cannot be registered or the thread cannot start.
pub(crate) fn spawn(
    name: &str,
    signals: &[c_int],
    mut on: impl FnMut(c_int) -> bool + Send + 'static,
) -> io::Result<Handle> {
    let mut watch = signal_hook::iterator::Signals::new(signals)?;
    let handle = watch.handle();
    std::thread::Builder::new()
        .name(name.into())
        // It only turns a number into a message: a small stack is plenty.
        .stack_size(64 * 1024)
        .spawn(move || {
            for sig in watch.forever() {
                if !on(sig) {
                    return;
                }
            }
        })?;
    Ok(handle)
}

/// A write past a file-size limit (`ulimit -f`, `prlimit --fsize`) raises SIGXFSZ, whose
/// default action kills the process on the spot, with the terminal left in raw mode on the
/// alternate screen. Ignored, the write fails with "File too large" instead and is reported
/// like any other failed write, on a restored terminal. Called once, first thing.
pub(crate) fn file_size_limit_is_an_error() {
    // SAFETY: setting a signal's disposition to SIG_IGN has no preconditions.
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use signal_hook::consts::SIGUSR2;
    use std::sync::mpsc;
    use std::time::Duration;

    #[test]
    fn delivers_signals_until_told_to_stop_or_closed() {
        let (tx, rx) = mpsc::channel();
        let handle = spawn("test-signals", &[SIGUSR2], move |sig| tx.send(sig).is_ok()).unwrap();
        signal_hook::low_level::raise(SIGUSR2).unwrap();
        assert_eq!(rx.recv_timeout(Duration::from_secs(5)), Ok(SIGUSR2));
        handle.close();
        // The thread ends and drops its sender.
        assert_eq!(
            rx.recv_timeout(Duration::from_secs(5)),
            Err(mpsc::RecvTimeoutError::Disconnected)
        );
    }
}
