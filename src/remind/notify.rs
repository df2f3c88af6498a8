//! Desktop notifications: the one adapter around notify-rust.
//!
//! Owns sending a notification without ever blocking its caller for long. notify-rust's
//! `show()` blocks, and hangs for minutes when a server owns the bus name but does not answer,
//! so every send runs on its own thread and is given up after [`GIVE_UP`]. Knows nothing about
//! schedules or files; reports back through a callback.
//!
//! Titles and bodies are plain text, from files anyone may have shared: for a server that
//! reads markup (it says "body-markup" in its capabilities; dunst applies it to the title
//! too) they are escaped ([`escape_markup`]), so that no link, image or `&` from a reminder
//! file is interpreted.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use crate::text::escape_markup;

/// How long a send may take before we stop waiting for it.
pub(crate) const GIVE_UP: Duration = Duration::from_secs(2);

/// Sends under way (a slot is taken before the thread starts and given back when `show()`
/// returns, however late). Past [`MAX_IN_FLIGHT`] we do not start more threads: with a
/// server that does not answer, each would hang the same way.
static IN_FLIGHT: Slots = Slots::new(MAX_IN_FLIGHT);
const MAX_IN_FLIGHT: usize = 4;

/// A counter of taken slots with a limit, taken atomically so that concurrent callers never
/// get past the limit together.
pub(crate) struct Slots {
    taken: AtomicUsize,
    limit: usize,
}

impl Slots {
    pub(crate) const fn new(limit: usize) -> Slots {
        Slots {
            taken: AtomicUsize::new(0),
            limit,
        }
    }
    /// Take a slot, or `false` when all are taken.
    pub(crate) fn try_take(&self) -> bool {
        self.taken
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| {
                (n < self.limit).then_some(n + 1)
            })
            .is_ok()
    }
    pub(crate) fn give_back(&self) {
        let _ = self
            .taken
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1));
    }
}

/// Threads waiting for the person to answer a notification (until it closes). A server that
/// never closes notifications would otherwise collect them; past [`MAX_WAITING`] new
/// notifications go out without actions.
static WAITING: AtomicUsize = AtomicUsize::new(0);
const MAX_WAITING: usize = 8;

/// The app name notification servers show.
pub(crate) const APP_NAME: &str = "windown";

/// Action keys on a reminder notification.
pub(crate) const ACTION_DONE: &str = "done";
pub(crate) const ACTION_SNOOZE: &str = "snooze";
pub(crate) const ACTION_START: &str = "start";
/// What the waiting thread hears when its notification closes without an answer (notify-rust's
/// word for it).
pub(crate) const CLOSED: &str = "__closed";

/// The `category` hint: the specification has no class for reminders, so a vendor one.
pub(crate) const CATEGORY: &str = "x-windown.reminder";
/// The `desktop-entry` hint: the name of the `.desktop` file `remind install` writes, without
/// its extension.
pub(crate) const DESKTOP_ENTRY: &str = "windown";

/// What became of one send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// A notification server took it.
    Delivered,
    /// No server, no session bus, or the server refused: the error text.
    Failed(String),
    /// The server did not answer within [`GIVE_UP`].
    TimedOut,
}

impl Outcome {
    /// A sentence for logs and the TUI.
    pub(crate) fn describe(&self) -> String {
        match self {
            Outcome::Delivered => "a notification server took it".into(),
            Outcome::Failed(e) => format!("no notification server took it: {e}"),
            Outcome::TimedOut => format!(
                "the notification server did not answer within {} s",
                GIVE_UP.as_secs()
            ),
        }
    }
}

/// One notification to send.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Message {
    pub(crate) title: String,
    pub(crate) body: String,
    pub(crate) icon: Option<PathBuf>,
    /// Offer "Done" and "Snooze 10 min" (when the server supports actions).
    pub(crate) actions: bool,
    /// Offer "Start" too (a reminder that names a routine).
    pub(crate) start: bool,
    /// Low urgency (a daytime nudge) instead of normal.
    pub(crate) low: bool,
    /// The server's id of a notification this one replaces (the same reminder's last one).
    pub(crate) replaces: Option<u32>,
    /// Show the buttons though no answer is waited for here: a thread still waits for the
    /// notification this one replaces, and hears the answer to this one (the id is kept).
    pub(crate) answered_elsewhere: bool,
}

/// Send `msg` and wait at most [`GIVE_UP`] for the server to take it. When `on_action` is
/// given and the server supports actions, the sending thread then waits for the person's
/// answer and calls `on_action` with [`ACTION_DONE`], [`ACTION_SNOOZE`] or [`ACTION_START`],
/// or [`CLOSED`] when the notification closes without one. The caller is blocked for at most about two seconds.
/// Called on the sending thread with the action the person chose.
pub(crate) type OnAction = Box<dyn FnOnce(&str) + Send>;

pub(crate) fn send(msg: Message, on_action: Option<OnAction>) -> Outcome {
    send_with_id(msg, on_action).0
}

/// [`send`], with the id the server gave the notification when it took it (to replace it
/// with the next one of the same reminder).
pub(crate) fn send_with_id(msg: Message, on_action: Option<OnAction>) -> (Outcome, Option<u32>) {
    if !IN_FLIGHT.try_take() {
        return (Outcome::TimedOut, None);
    }
    let (tx, rx) = mpsc::channel::<(Outcome, Option<u32>)>();
    // Who finished first: the send (DONE) or the caller's patience (GIVEN_UP). Exactly one of
    // them wins the compare-exchange. A notification shown after we gave up on it is closed
    // at once: it would pop up late, all together with others, when a stopped server resumes.
    const PENDING: u8 = 0;
    const DONE: u8 = 1;
    const GIVEN_UP: u8 = 2;
    let race = std::sync::Arc::new(std::sync::atomic::AtomicU8::new(PENDING));
    let thread_race = race.clone();
    let spawned = std::thread::Builder::new()
        .name("notify".into())
        .stack_size(256 * 1024)
        .spawn(move || {
            let want_actions = msg.actions
                && (msg.answered_elsewhere
                    || on_action.is_some() && WAITING.load(Ordering::SeqCst) < MAX_WAITING);
            // notify-rust unwraps a few D-Bus replies; a panic must end this thread only.
            let result =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| show(&msg, want_actions)))
                    .unwrap_or(Err(ShowError::Panicked));
            IN_FLIGHT.give_back();
            let given_up = thread_race
                .compare_exchange(PENDING, DONE, Ordering::SeqCst, Ordering::SeqCst)
                .is_err();
            if given_up {
                if let Ok((handle, _)) = result {
                    let _ =
                        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| handle.close()));
                }
                return;
            }
            match result {
                Ok((handle, with_actions)) => {
                    let _ = tx.send((Outcome::Delivered, Some(handle.id())));
                    if let (true, Some(cb)) = (with_actions, on_action) {
                        WAITING.fetch_add(1, Ordering::SeqCst);
                        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                            handle.wait_for_action(|a| {
                                if [ACTION_DONE, ACTION_SNOOZE, ACTION_START, CLOSED].contains(&a) {
                                    cb(a)
                                }
                            })
                        }));
                        WAITING.fetch_sub(1, Ordering::SeqCst);
                    }
                }
                Err(e) => {
                    let _ = tx.send((Outcome::Failed(one_line(&e.to_string())), None));
                }
            }
        });
    if let Err(e) = spawned {
        IN_FLIGHT.give_back();
        return (Outcome::Failed(format!("cannot start a thread: {e}")), None);
    }
    match rx.recv_timeout(GIVE_UP) {
        Ok(o) => o,
        Err(_) => {
            if race
                .compare_exchange(PENDING, GIVEN_UP, Ordering::SeqCst, Ordering::SeqCst)
                .is_ok()
            {
                (Outcome::TimedOut, None)
            } else {
                // It finished just now: its outcome is on the way.
                rx.recv_timeout(Duration::from_millis(200))
                    .unwrap_or((Outcome::TimedOut, None))
            }
        }
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Why a notification was not shown.
#[derive(Debug, thiserror::Error)]
enum ShowError {
    /// No session bus, no server, or the server refused.
    #[error("{0}")]
    Server(#[from] notify_rust::error::Error),
    /// notify-rust panicked (it unwraps a few D-Bus replies).
    #[error("the notification library failed")]
    Panicked,
}

fn show(
    msg: &Message,
    want_actions: bool,
) -> Result<(notify_rust::NotificationHandle, bool), ShowError> {
    let caps = notify_rust::get_capabilities().unwrap_or_default();
    let has = |cap: &str| caps.iter().any(|c| c == cap);
    let mut n = notify_rust::Notification::new();
    if has("body-markup") {
        n.summary(&escape_markup(&msg.title))
            .body(&escape_markup(&msg.body));
    } else {
        // Shown as sent: escaping would show "&amp;" as it is.
        n.summary(&msg.title).body(&msg.body);
    }
    n.appname(APP_NAME)
        .hint(notify_rust::Hint::Category(CATEGORY.into()))
        .hint(notify_rust::Hint::DesktopEntry(DESKTOP_ENTRY.into()))
        .urgency(if msg.low {
            notify_rust::Urgency::Low
        } else {
            notify_rust::Urgency::Normal
        });
    if let Some(id) = msg.replaces {
        n.id(id);
    }
    if let Some(icon) = &msg.icon {
        n.icon(&icon.display().to_string());
    }
    let with_actions = want_actions && has("actions");
    if with_actions {
        if msg.start {
            n.action(ACTION_START, "Start");
        }
        n.action(ACTION_DONE, "Done")
            .action(ACTION_SNOOZE, "Snooze 10 min");
    }
    Ok((n.show()?, with_actions))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped_and_nothing_else_changes() {
        assert_eq!(
            escape_markup("Legs & feet <b>up</b> <a href=\"x\">it's</a> <img src='/x'/>"),
            "Legs &amp; feet &lt;b&gt;up&lt;/b&gt; &lt;a href=&quot;x&quot;&gt;it&#39;s&lt;/a&gt; &lt;img src=&#39;/x&#39;/&gt;"
        );
        assert_eq!(
            escape_markup("Plain, 10:30.\nTwo lines"),
            "Plain, 10:30.\nTwo lines"
        );
        assert_eq!(escape_markup("&amp;"), "&amp;amp;");
    }

    #[test]
    fn slots_are_taken_atomically_by_concurrent_callers() {
        static SLOTS: Slots = Slots::new(2);
        let start = std::sync::Arc::new(std::sync::Barrier::new(16));
        let threads: Vec<_> = (0..16)
            .map(|_| {
                let start = start.clone();
                std::thread::spawn(move || {
                    start.wait();
                    SLOTS.try_take()
                })
            })
            .collect();
        let taken = threads
            .into_iter()
            .map(|t| t.join().unwrap_or(false))
            .filter(|&took| took)
            .count();
        assert_eq!(taken, 2);
        SLOTS.give_back();
        assert!(SLOTS.try_take());
        assert!(!SLOTS.try_take());
        SLOTS.give_back();
        SLOTS.give_back();
        SLOTS.give_back();
        assert!(SLOTS.try_take() && SLOTS.try_take() && !SLOTS.try_take());
    }
}
