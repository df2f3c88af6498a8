//! Desktop notifications: the one adapter around the session bus (zbus).
//!
//! Owns sending a notification without ever blocking its caller for long, and hearing the
//! answers to it. A call to a server that owns the bus name but does not answer hangs, so every
//! send runs on its own thread and is given up after [`GIVE_UP`]. Knows nothing about schedules
//! or files; reports back through a callback.
//!
//! One [`Notifier`] keeps one session-bus connection for its life: every Notify goes out on it,
//! and one listening thread hears every ActionInvoked and NotificationClosed on it and hands
//! them on by the server's id. A server may send those signals only to the connection that sent
//! the latest Notify for an id (dunst does): with a connection per send, the answer to a
//! notification that replaced another would go to a connection nobody listens on.
//!
//! Titles and bodies are plain text, from files anyone may have shared: for a server that
//! reads markup (it says "body-markup" in its capabilities; dunst applies it to the title
//! too) they are escaped ([`escape_markup`]), so that no link, image or `&` from a reminder
//! file is interpreted.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, mpsc};
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

/// The app name notification servers show.
pub(crate) const APP_NAME: &str = "windown";

/// Action keys on a reminder notification.
pub(crate) const ACTION_DONE: &str = "done";
pub(crate) const ACTION_SNOOZE: &str = "snooze";
pub(crate) const ACTION_START: &str = "start";
/// What the answer callback hears when a notification closes without an answer.
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
}

/// Called on the listening thread with the server's id of a notification and what became of
/// it: [`ACTION_DONE`], [`ACTION_SNOOZE`], [`ACTION_START`], or [`CLOSED`].
pub(crate) type OnAnswer = Box<dyn Fn(u32, &str) + Send + Sync>;

const BUS_NAME: &str = "org.freedesktop.Notifications";
const OBJECT_PATH: &str = "/org/freedesktop/Notifications";
const INTERFACE: &str = "org.freedesktop.Notifications";
/// How long one call on the bus may take before zbus gives it up (so a thread waiting on a
/// server that never answers ends, and its slot comes back).
const CALL_TIMEOUT: Duration = Duration::from_secs(10);

/// Sends notifications over one session-bus connection and hears the answers on it. Cheap to
/// clone (the clones share the connection). The connection is made at the first send, and
/// again after the bus went away.
#[derive(Clone)]
pub(crate) struct Notifier {
    inner: Arc<Inner>,
}

struct Inner {
    conn: Mutex<Option<zbus::Connection>>,
    on_answer: Option<Arc<OnAnswer>>,
}

impl Drop for Inner {
    fn drop(&mut self) {
        // Closing ends the listening thread (its stream ends with the connection).
        let conn = self.conn.get_mut().ok().and_then(|c| c.take());
        if let Some(c) = conn {
            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                zbus::block_on(c.close())
            }));
        }
    }
}

/// Send `msg` on a connection of its own, hearing no answer (a test send, a notice); the caller
/// is blocked for at most about [`GIVE_UP`].
pub(crate) fn send(msg: Message) -> Outcome {
    Notifier::new(None).send_with_id(msg).0
}

impl Notifier {
    /// A notifier that calls `on_answer` with every answer to a notification it sent.
    pub(crate) fn new(on_answer: Option<OnAnswer>) -> Notifier {
        Notifier {
            inner: Arc::new(Inner {
                conn: Mutex::new(None),
                on_answer: on_answer.map(Arc::new),
            }),
        }
    }

    /// Send `msg` and wait at most [`GIVE_UP`] for the server to take it; with the id the
    /// server gave it (to replace it with the next one of the same reminder, and to know
    /// the answers to it).
    pub(crate) fn send_with_id(&self, msg: Message) -> (Outcome, Option<u32>) {
        if !IN_FLIGHT.try_take() {
            return (Outcome::TimedOut, None);
        }
        let (tx, rx) = mpsc::channel::<(Outcome, Option<u32>)>();
        // Who finished first: the send (DONE) or the caller's patience (GIVEN_UP). Exactly one
        // of them wins the compare-exchange. A notification shown after we gave up on it is
        // closed at once: it would pop up late, all together with others, when a stopped
        // server resumes.
        const PENDING: u8 = 0;
        const DONE: u8 = 1;
        const GIVEN_UP: u8 = 2;
        let race = Arc::new(std::sync::atomic::AtomicU8::new(PENDING));
        let thread_race = race.clone();
        let me = self.clone();
        let spawned = std::thread::Builder::new()
            .name("notify".into())
            .stack_size(256 * 1024)
            .spawn(move || {
                // zbus may panic on a reply it does not expect; a panic must end this thread
                // only.
                let result =
                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| me.show(&msg)))
                        .unwrap_or_else(|_| Err("the notification library failed".into()));
                IN_FLIGHT.give_back();
                let given_up = thread_race
                    .compare_exchange(PENDING, DONE, Ordering::SeqCst, Ordering::SeqCst)
                    .is_err();
                if given_up {
                    if let Ok(id) = result {
                        let _ =
                            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| me.close(id)));
                    }
                    return;
                }
                let _ = tx.send(match result {
                    Ok(id) => (Outcome::Delivered, Some(id)),
                    Err(e) => (Outcome::Failed(one_line(&e)), None),
                });
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

    /// The connection, made (with its listening thread) when there is none or the last one
    /// closed. Blocks while another thread makes it.
    fn connection(&self) -> Result<zbus::Connection, String> {
        let mut slot = self
            .inner
            .conn
            .lock()
            .map_err(|_| "the notification connection failed".to_string())?;
        if let Some(c) = slot.as_ref().filter(|c| !c.is_closed()) {
            return Ok(c.clone());
        }
        *slot = None;
        let (tx, rx) = mpsc::sync_channel(1);
        let on_answer = self.inner.on_answer.clone();
        // The listening thread makes the connection and drives it for its life: it waits in
        // the runtime's reactor (no wake-ups while nothing happens) and ends with the
        // connection.
        std::thread::Builder::new()
            .name("notify-listen".into())
            .stack_size(256 * 1024)
            .spawn(move || {
                let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    zbus::block_on(listen(tx, on_answer))
                }));
            })
            .map_err(|e| format!("cannot start a thread: {e}"))?;
        let conn = rx
            .recv_timeout(CALL_TIMEOUT)
            .map_err(|_| "the session bus did not answer".to_string())??;
        *slot = Some(conn.clone());
        Ok(conn)
    }

    fn show(&self, msg: &Message) -> Result<u32, String> {
        let conn = self.connection()?;
        zbus::block_on(async {
            let caps: Vec<String> = match call(&conn, "GetCapabilities", &()).await {
                Ok(m) => m.body().deserialize().unwrap_or_default(),
                Err(_) => Vec::new(),
            };
            let has = |cap: &str| caps.iter().any(|c| c == cap);
            let (title, body) = if has("body-markup") {
                (escape_markup(&msg.title), escape_markup(&msg.body))
            } else {
                // Shown as sent: escaping would show "&amp;" as it is.
                (msg.title.clone(), msg.body.clone())
            };
            let labels = [
                crate::t!("remind-action-start"),
                crate::t!("remind-action-done"),
                crate::t!("remind-action-snooze"),
            ];
            let mut actions: Vec<&str> = Vec::new();
            if msg.actions && has("actions") {
                if msg.start {
                    actions.extend([ACTION_START, labels[0].as_str()]);
                }
                actions.extend([
                    ACTION_DONE,
                    labels[1].as_str(),
                    ACTION_SNOOZE,
                    labels[2].as_str(),
                ]);
            }
            let mut hints = std::collections::HashMap::<&str, zbus::Variant<'_>>::new();
            hints.insert("category", zbus::Variant::from(CATEGORY));
            hints.insert("desktop-entry", zbus::Variant::from(DESKTOP_ENTRY));
            hints.insert("urgency", zbus::Variant::U8(if msg.low { 0 } else { 1 }));
            let icon = msg
                .icon
                .as_ref()
                .map_or(String::new(), |i| i.display().to_string());
            let reply = call(
                &conn,
                "Notify",
                &(
                    APP_NAME,
                    msg.replaces.unwrap_or(0),
                    icon.as_str(),
                    title.as_str(),
                    body.as_str(),
                    actions,
                    hints,
                    -1i32,
                ),
            )
            .await
            .map_err(|e| e.to_string())?;
            reply.body().deserialize::<u32>().map_err(|e| e.to_string())
        })
    }

    fn close(&self, id: u32) {
        if let Ok(conn) = self.connection() {
            let _ = zbus::block_on(call(&conn, "CloseNotification", &(id,)));
        }
    }
}

async fn call<B>(conn: &zbus::Connection, method: &str, body: &B) -> zbus::Result<zbus::Message>
where
    B: serde::Serialize + zbus::DynamicType,
{
    conn.call_method(Some(BUS_NAME), OBJECT_PATH, Some(INTERFACE), method, body)
        .await
}

/// Make the connection, hand it over through `ready`, then hear the server's signals on it
/// until it closes.
async fn listen(
    ready: mpsc::SyncSender<Result<zbus::Connection, String>>,
    on_answer: Option<Arc<OnAnswer>>,
) {
    let made = async {
        let conn = zbus::connection::Builder::session()
            .method_timeout(CALL_TIMEOUT)
            .build()
            .await?;
        // A server that broadcasts its signals sends them to connections that asked for them;
        // one that sends them to the connection that sent the notification needs no rule.
        let rule = zbus::MatchRule::builder()
            .msg_type(zbus::message::Type::Signal)
            .interface(INTERFACE)
            .path(OBJECT_PATH)
            .build()?;
        let stream = zbus::MessageStream::for_match_rule(rule, &conn, None).await?;
        Ok::<_, zbus::Error>((conn, stream))
    }
    .await;
    let mut stream = match made {
        Ok((conn, stream)) => {
            if ready.send(Ok(conn)).is_err() {
                return;
            }
            stream
        }
        Err(e) => {
            let _ = ready.send(Err(e.to_string()));
            return;
        }
    };
    drop(ready);
    use zbus::export::futures_core::Stream;
    while let Some(item) =
        std::future::poll_fn(|cx| std::pin::Pin::new(&mut stream).poll_next(cx)).await
    {
        let Ok(msg) = item else { continue };
        let Some(on_answer) = &on_answer else {
            continue;
        };
        let header = msg.header();
        match header.member().map(|m| m.as_str()) {
            Some("ActionInvoked") => {
                if let Ok((id, action)) = msg.body().deserialize::<(u32, String)>()
                    && [ACTION_DONE, ACTION_SNOOZE, ACTION_START].contains(&action.as_str())
                {
                    on_answer(id, &action);
                }
            }
            Some("NotificationClosed") => {
                if let Ok((id, _reason)) = msg.body().deserialize::<(u32, u32)>() {
                    on_answer(id, CLOSED);
                }
            }
            _ => {}
        }
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
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
