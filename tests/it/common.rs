//! What the integration tests share: the private world a test runs the binary in ([`Env`],
//! with builders for the files people write) and the output lines of a running windown
//! process, read on a thread of their own so that waiting for one can time out ([`Lines`]).

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

use windown::paths::Dirs;

/// The lines a child writes to one pipe, and every line seen so far.
pub(crate) struct Lines {
    rx: Receiver<String>,
    /// Every line taken so far, in order (for assertions and failure messages).
    pub seen: Vec<String>,
}

impl Lines {
    /// Read `pipe` line by line on a thread that ends when the pipe closes.
    pub(crate) fn of(pipe: impl Read + Send + 'static) -> Lines {
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
    pub(crate) fn next_within(&self, limit: Duration) -> Option<String> {
        self.rx.recv_timeout(limit).ok()
    }

    /// Wait until a line contains `needle`; every line taken is kept in `seen`.
    pub(crate) fn wait_for(&mut self, needle: &str, limit: Duration) -> bool {
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
    pub(crate) fn collect_for(&mut self, d: Duration) {
        let _ = self.wait_for("\u{0}never", d);
    }

    /// How many lines seen so far contain `needle`.
    pub(crate) fn count(&self, needle: &str) -> usize {
        self.seen.iter().filter(|l| l.contains(needle)).count()
    }
}

/// The windown binary under test (the test build of this package).
pub(crate) const BIN: &str = env!("CARGO_BIN_EXE_windown");

/// A private world for one test: a temporary folder holding windown's three folders
/// (`config/`, `data/`, `state/`, as `Dirs::under` names them), a home folder (`home/`, with
/// the XDG folders inside it) and a runtime folder (`run/`). Commands made by [`Env::cmd`]
/// see only these and `PATH`, so no test ever reads or writes the real home folder. The
/// folder is removed when the `Env` is dropped.
pub(crate) struct Env {
    tmp: tempfile::TempDir,
    zone: Option<&'static str>,
}

impl Env {
    /// An empty world, in the machine's time zone.
    pub(crate) fn new() -> Env {
        Env {
            tmp: tempfile::tempdir().expect("a temporary folder"),
            zone: None,
        }
    }

    /// The same world with `TZ` set for every command (an IANA name, e.g. "Europe/Berlin").
    pub(crate) fn in_zone(mut self, zone: &'static str) -> Env {
        self.zone = Some(zone);
        self
    }

    /// The temporary folder everything lives under.
    pub(crate) fn root(&self) -> &Path {
        self.tmp.path()
    }

    /// `relative` under the root.
    pub(crate) fn path(&self, relative: &str) -> PathBuf {
        self.root().join(relative)
    }

    /// windown's folders in this world (what `WINDOWN_*_DIR` point at).
    pub(crate) fn dirs(&self) -> Dirs {
        Dirs::under(self.root())
    }

    /// Write `text` to `relative` under the root, making its folders; returns the path.
    pub(crate) fn write(&self, relative: &str, text: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(relative);
        std::fs::create_dir_all(path.parent().expect("a file in a folder")).unwrap();
        std::fs::write(&path, text).unwrap();
        path
    }

    /// A user routine file `name` in the routines folder; returns its path.
    pub(crate) fn routine(&self, name: &str, text: impl AsRef<[u8]>) -> PathBuf {
        self.write(&format!("config/routines/{name}"), text)
    }

    /// The reminders file; returns its path.
    pub(crate) fn reminders(&self, text: &str) -> PathBuf {
        self.write("config/reminders.toml", text)
    }

    /// The history file, as `text` (its lines written as they are); returns its path.
    pub(crate) fn history(&self, text: &str) -> PathBuf {
        let file = self.dirs().history_file();
        std::fs::create_dir_all(file.parent().expect("a file in a folder")).unwrap();
        std::fs::write(&file, text).unwrap();
        file
    }

    /// The binary with `args`, a cleared environment (only `PATH` kept) pointed at this
    /// world, no session bus, stdin from /dev/null, run from the root folder.
    pub(crate) fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(BIN);
        c.args(args)
            .current_dir(self.root())
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.path("home"))
            .env("XDG_CONFIG_HOME", self.path("home/.config"))
            .env("XDG_DATA_HOME", self.path("home/.local/share"))
            .env("XDG_STATE_HOME", self.path("home/.local/state"))
            .env("XDG_RUNTIME_DIR", self.path("run"))
            .env("WINDOWN_CONFIG_DIR", self.path("config"))
            .env("WINDOWN_DATA_DIR", self.path("data"))
            .env("WINDOWN_STATE_DIR", self.path("state"))
            .stdin(Stdio::null());
        if let Some(zone) = self.zone {
            c.env("TZ", zone);
        }
        c
    }

    /// Run the binary with `args` to its end.
    pub(crate) fn output(&self, args: &[&str]) -> Output {
        self.cmd(args).output().expect("run windown")
    }
}

/// A windown child (`remind run`, say) with its stderr read into [`Lines`] (`wait_for`,
/// `count` and `seen` reach through); killed when dropped, so a failing test leaves no
/// process behind.
pub(crate) struct Running {
    pub child: Child,
    lines: Lines,
}

impl std::ops::Deref for Running {
    type Target = Lines;
    fn deref(&self) -> &Lines {
        &self.lines
    }
}

impl std::ops::DerefMut for Running {
    fn deref_mut(&mut self) -> &mut Lines {
        &mut self.lines
    }
}

impl Running {
    /// Start `cmd` with stdout discarded and stderr read line by line.
    pub(crate) fn start(mut cmd: Command) -> Running {
        let mut child = cmd
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start windown");
        let err = child.stderr.take().expect("a piped stderr");
        Running {
            child,
            lines: Lines::of(err),
        }
    }

    /// SIGTERM, and the exit code if it exits within 10 s (`None`: it did not, or a signal
    /// ended it).
    pub(crate) fn terminate(&mut self) -> Option<i32> {
        if let Ok(pid) = libc::pid_t::try_from(self.child.id()) {
            // SAFETY: kill(2) takes plain integers; the pid is our own child, not yet reaped.
            unsafe {
                libc::kill(pid, libc::SIGTERM);
            }
        }
        let end = Instant::now() + Duration::from_secs(10);
        while Instant::now() < end {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The Chromium on `PATH` (its name), or a printed skip; under `CI=true` a missing one fails.
pub(crate) fn chromium() -> Option<String> {
    for name in ["chromium", "chromium-browser", "google-chrome"] {
        let ok = Command::new(name)
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if ok {
            return Some(name.to_string());
        }
    }
    if std::env::var("CI").as_deref() == Ok("true") {
        panic!("Chromium is required when CI=true (.ci/run installs it)");
    }
    eprintln!("skipped: no chromium, chromium-browser or google-chrome installed");
    None
}

/// How many pages a PDF has.
pub(crate) fn pdf_pages(pdf: &[u8]) -> usize {
    // Each page object is `/Type /Page` (the tree of them is `/Type /Pages`).
    let text = String::from_utf8_lossy(pdf);
    text.match_indices("/Type")
        .filter(|(i, _)| {
            let rest = text[i + 5..].trim_start();
            rest.starts_with("/Page") && !rest.starts_with("/Pages")
        })
        .count()
}

/// libfaketime itself, preloaded directly: the `faketime` wrapper makes a named semaphore per
/// run, and on a loaded machine two runs' names can meet (`sem_open: File exists`).
pub(crate) fn libfaketime() -> Option<PathBuf> {
    [
        "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1",
        "/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1",
        "/usr/lib/faketime/libfaketime.so.1",
        "/usr/lib64/faketime/libfaketime.so.1",
    ]
    .into_iter()
    .map(PathBuf::from)
    .find(|p| p.is_file())
}

/// Whether libfaketime is here; without it under `CI=true`, a failure (the tests that need
/// it skip only outside CI, with a printed reason).
pub(crate) fn faketime_present() -> bool {
    if libfaketime().is_some() {
        return true;
    }
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "faketime (libfaketime) is required when CI=true"
    );
    eprintln!("skipped: faketime (libfaketime) is not installed");
    false
}

/// `cmd` with the wall clock starting at `when` ("2026-12-01 20:00:00", in the command's
/// `TZ`) and running on from there; the monotonic clock is left alone, so timers still work.
pub(crate) fn at_wall_clock(mut cmd: Command, when: &str) -> Command {
    let lib = libfaketime().expect("libfaketime (checked by faketime_present)");
    cmd.env("LD_PRELOAD", lib)
        .env("FAKETIME", format!("@{when}"))
        .env("FAKETIME_DONT_FAKE_MONOTONIC", "1")
        .env("FAKETIME_NO_CACHE", "1")
        .stdin(Stdio::null());
    cmd
}
