//! Shared by the integration tests that watch a running windown process: its output lines,
//! read on a thread of their own so that waiting for one can time out.

use std::io::{BufRead, BufReader, Read};
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

/// The lines a child writes to one pipe, and every line seen so far.
pub struct Lines {
    rx: Receiver<String>,
    /// Every line taken so far, in order (for assertions and failure messages).
    pub seen: Vec<String>,
}

impl Lines {
    /// Read `pipe` line by line on a thread that ends when the pipe closes.
    pub fn of(pipe: impl Read + Send + 'static) -> Lines {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for l in BufReader::new(pipe).lines().map_while(Result::ok) {
                if tx.send(l).is_err() {
                    break;
                }
            }
        });
        Lines {
            rx,
            seen: Vec::new(),
        }
    }

    /// The next line, if one arrives within `limit` (not added to `seen`).
    pub fn next_within(&self, limit: Duration) -> Option<String> {
        self.rx.recv_timeout(limit).ok()
    }

    /// Wait until a line contains `needle`; every line taken is kept in `seen`.
    pub fn wait_for(&mut self, needle: &str, limit: Duration) -> bool {
        let end = Instant::now() + limit;
        while let Some(left) = end.checked_duration_since(Instant::now()) {
            match self.rx.recv_timeout(left) {
                Ok(l) => {
                    let hit = l.contains(needle);
                    self.seen.push(l);
                    if hit {
                        return true;
                    }
                }
                Err(_) => return false,
            }
        }
        false
    }

    /// Take whatever arrives during `d`.
    pub fn collect_for(&mut self, d: Duration) {
        let _ = self.wait_for("\u{0}never", d);
    }

    /// How many lines seen so far contain `needle`.
    pub fn count(&self, needle: &str) -> usize {
        self.seen.iter().filter(|l| l.contains(needle)).count()
    }
}
