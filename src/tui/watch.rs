//! Live files: the person's routines and figures folders, `config.toml` and `reminders.toml`
//! watched while the interface is open, so a file written in another window shows up
//! within a second.
//!
//! The kernel tells (inotify through the `notify` crate, whose thread sleeps in the kernel);
//! a second thread gathers a burst of events (an editor's save is several) until the files
//! have been quiet for [`QUIET`], and sends one [`Changed`] into the interface's one event
//! channel. Nothing here polls or keeps a timer: an idle interface stays at zero wake-ups.
//! Reading what changed is the worker's job (`work::Job`), never this module's.
//!
//! The whole config folder is watched (recursively: routines and figures are inside it).
//! When it does not exist yet, the nearest folder above it that exists is watched, and the
//! watch moves down after each burst as far as the folders now exist (a save can make
//! several levels at once); each move tells everything as changed, since files may have been
//! written before the new watch began.
//!
//! Why not `notify-debouncer-mini`: it forwards every event's paths without their kind, so the
//! app's own reads (inotify's open events) would look like changes and a reload would wake
//! another reload, and it keeps the watcher where the gathering thread cannot re-aim it when
//! the config folder appears.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode, EventKind};
use notify::{RecommendedWatcher, RecursiveMode, Watcher};

use crate::paths::Dirs;

/// How long the files must be quiet before a change is told.
pub(crate) const QUIET: Duration = Duration::from_millis(60);
/// A change is told at the latest this long after its first event, even in a stream of them.
pub(crate) const AT_MOST: Duration = Duration::from_millis(250);

/// Which of the watched files changed (any number of them at once).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Changed {
    /// A routine file (or the routines folder) was created, written, renamed or removed.
    pub routines: bool,
    /// A figure file.
    pub figures: bool,
    pub config: bool,
    pub reminders: bool,
}

impl Changed {
    pub(crate) fn any(self) -> bool {
        self.routines || self.figures || self.config || self.reminders
    }

    fn merge(&mut self, o: Changed) {
        self.routines |= o.routines;
        self.figures |= o.figures;
        self.config |= o.config;
        self.reminders |= o.reminders;
    }
}

/// Which watched file a path is (pure: the rule the tests check).
pub(crate) fn classify(dirs: &Dirs, path: &Path) -> Changed {
    let mut c = Changed::default();
    if path == dirs.config_file() {
        c.config = true;
    } else if path == dirs.reminders_file() {
        c.reminders = true;
    } else if path.starts_with(dirs.routines()) {
        c.routines = true;
    } else if path.starts_with(dirs.figures()) {
        c.figures = true;
    } else if path == dirs.config || dirs.config.starts_with(path) {
        // The folder itself appeared or went: everything in it may have.
        c = Changed {
            routines: true,
            figures: true,
            config: true,
            reminders: true,
        };
    }
    c
}

/// Whether an event is a change of content or of names (not a read: the app's own reads of
/// the files open them too, and must not look like a change).
fn is_change(kind: &EventKind) -> bool {
    match kind {
        EventKind::Create(_) | EventKind::Remove(_) => true,
        EventKind::Modify(m) => !matches!(m, notify::event::ModifyKind::Metadata(_)),
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        _ => false,
    }
}

/// Start watching for `dirs`; each change is handed to `tell` (the loop puts it on its
/// channel), which answers false once nobody listens. The watch lives on its thread, which
/// ends at the first change after that. An error (no
/// inotify watches left, an unreadable folder) is returned for the caller to tell: the app
/// works without live files.
pub(crate) fn spawn(
    dirs: &Dirs,
    tell: impl Fn(Changed) -> bool + Send + 'static,
) -> Result<(), String> {
    let (raw_tx, raw) = mpsc::channel::<notify::Result<notify::Event>>();
    let mut watcher =
        notify::recommended_watcher(raw_tx).map_err(|e| format!("cannot watch files: {e}"))?;
    let config = dirs.config.clone();
    let watched = watch_folder(&mut watcher, &config)?;
    let dirs = dirs.clone();
    std::thread::Builder::new()
        .name("watch".into())
        .spawn(move || gather(&dirs, &raw, &tell, watched, &mut watcher))
        .map_err(|e| format!("cannot start a thread: {e}"))?;
    Ok(())
}

/// Watch the config folder, or the nearest folder above it that exists. The folder watched.
fn watch_folder(w: &mut RecommendedWatcher, config: &Path) -> Result<PathBuf, String> {
    let Some(p) = deepest_existing(config) else {
        return Err(format!(
            "cannot watch {}: no folder above it",
            config.display()
        ));
    };
    let mode = if p == config {
        RecursiveMode::Recursive
    } else {
        RecursiveMode::NonRecursive
    };
    w.watch(&p, mode)
        .map_err(|e| format!("cannot watch {}: {e}", p.display()))?;
    Ok(p)
}

/// The watch thread: block until an event, gather the burst, tell it once.
fn gather(
    dirs: &Dirs,
    raw: &mpsc::Receiver<notify::Result<notify::Event>>,
    tell: &dyn Fn(Changed) -> bool,
    mut watched: PathBuf,
    watcher: &mut RecommendedWatcher,
) {
    loop {
        // Blocks in the kernel until the first event: no wake-up while nothing changes.
        let Ok(first) = raw.recv() else { return };
        let mut changed = Changed::default();
        changed.merge(of_event(dirs, first));
        let started = Instant::now();
        loop {
            let left = AT_MOST.saturating_sub(started.elapsed());
            match raw.recv_timeout(QUIET.min(left)) {
                Ok(ev) => changed.merge(of_event(dirs, ev)),
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return,
            }
            if left.is_zero() {
                break;
            }
        }
        if watched != dirs.config {
            changed.merge(aim(dirs, watcher, &mut watched));
        }
        if changed.any() && !tell(changed) {
            return;
        }
    }
}

/// Move the watch down to the config folder, or as far towards it as now exists: a save can
/// make several levels at once, and a folder made below the one watched (not recursively) is
/// never told. Aims again until nothing deeper appeared meanwhile; when it moved, whatever
/// was made in the new folder before its watch began is told as a change of everything (the
/// worker reads it all again).
fn aim(dirs: &Dirs, watcher: &mut RecommendedWatcher, watched: &mut PathBuf) -> Changed {
    let mut moved = false;
    while let Some(deepest) = deepest_existing(&dirs.config) {
        if deepest == *watched {
            break;
        }
        let _ = watcher.unwatch(watched);
        match watch_folder(watcher, &dirs.config) {
            Ok(w) => *watched = w,
            Err(_) => break,
        }
        moved = true;
    }
    if moved {
        classify(dirs, &dirs.config)
    } else {
        Changed::default()
    }
}

/// The config folder, or the nearest folder above it that exists.
fn deepest_existing(config: &Path) -> Option<PathBuf> {
    config
        .ancestors()
        .find(|p| p.is_dir())
        .map(Path::to_path_buf)
}

fn of_event(dirs: &Dirs, ev: notify::Result<notify::Event>) -> Changed {
    let mut c = Changed::default();
    match ev {
        Ok(ev) if is_change(&ev.kind) => {
            for p in &ev.paths {
                c.merge(classify(dirs, p));
            }
        }
        Ok(_) => {}
        // The kernel's queue overflowed: anything may have changed.
        Err(_) => c.merge(classify(dirs, &dirs.config)),
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_told_apart() {
        let dirs = Dirs::under(Path::new("/x"));
        let c = |p: &str| classify(&dirs, Path::new(p));
        assert!(c("/x/config/routines/a.toml").routines);
        assert!(c("/x/config/routines").routines);
        assert!(c("/x/config/figures/calf.txt").figures);
        assert!(c("/x/config/config.toml").config);
        assert!(c("/x/config/reminders.toml").reminders);
        assert!(!c("/x/config/other.txt").any());
        assert!(!c("/x/data/history.jsonl").any());
        let all = c("/x/config");
        assert!(all.routines && all.config && all.reminders && all.figures);
    }

    /// What is told, not how many messages: how a burst splits depends on [`QUIET`], and a
    /// loaded machine can stretch the gaps between one save's events beyond it. The read is of
    /// a file nothing writes after the watch starts, so any change told for it is the read.
    #[test]
    fn writes_are_told_and_reads_are_not() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(tmp.path());
        std::fs::create_dir_all(dirs.routines()).unwrap();
        std::fs::write(dirs.reminders_file(), b"").unwrap();
        let (tx, rx) = mpsc::channel();
        spawn(&dirs, move |c| tx.send(c).is_ok()).unwrap();
        let told_until = |want: fn(Changed) -> bool| {
            let mut all = Changed::default();
            while !want(all) {
                match rx.recv_timeout(Duration::from_secs(20)) {
                    Ok(c) => all.merge(c),
                    Err(e) => panic!("no change told ({e}); so far {all:?}"),
                }
            }
            all
        };
        let file = dirs.routines().join("a.toml");
        crate::fsio::write(&file, b"title = \"A\"\n").unwrap();
        std::fs::write(&file, b"title = \"B\"\n").unwrap();
        let c = told_until(|c| c.routines);
        assert!(!c.config && !c.reminders, "{c:?}");
        let _ = std::fs::read(dirs.reminders_file()).unwrap();
        std::fs::write(dirs.config_file(), b"").unwrap();
        let c = told_until(|c| c.config);
        assert!(!c.reminders, "a read was told: {c:?}");
        while let Ok(c) = rx.recv_timeout(Duration::from_millis(300)) {
            assert!(!c.reminders, "a read was told: {c:?}");
        }
    }

    #[test]
    fn a_config_folder_made_later_is_watched() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(tmp.path());
        let (tx, rx) = mpsc::channel();
        spawn(&dirs, move |c| tx.send(c).is_ok()).unwrap();
        std::fs::create_dir_all(dirs.routines()).unwrap();
        assert!(rx.recv_timeout(Duration::from_secs(20)).is_ok());
        std::fs::write(dirs.routines().join("b.toml"), b"x").unwrap();
        match rx.recv_timeout(Duration::from_secs(20)) {
            Ok(c) => assert!(c.routines),
            other => panic!("no change told: {other:?}"),
        }
    }

    /// The person's first save in a fresh home: the config folder is made three levels
    /// below the nearest folder that exists, all at once, and a routine written into it.
    #[test]
    fn a_config_folder_made_deep_at_once_is_watched() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(&tmp.path().join("home").join(".config"));
        let (tx, rx) = mpsc::channel();
        spawn(&dirs, move |c| tx.send(c).is_ok()).unwrap();
        std::fs::create_dir_all(dirs.routines()).unwrap();
        crate::fsio::write(&dirs.routines().join("a.toml"), b"x").unwrap();
        let first = rx.recv_timeout(Duration::from_secs(20));
        assert!(matches!(first, Ok(c) if c.routines), "{first:?}");
        // The folder is watched itself from now on: a later write is told.
        a_later_write_is_told(&dirs, &rx);
    }

    /// A folder on the way made first (by another program, or a slow save), the rest of the
    /// levels and a routine after the first burst was told: the watch must have moved down.
    #[test]
    fn a_config_folder_made_level_by_level_is_watched() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(&tmp.path().join("home").join(".config"));
        let (tx, rx) = mpsc::channel();
        spawn(&dirs, move |c| tx.send(c).is_ok()).unwrap();
        std::fs::create_dir_all(tmp.path().join("home")).unwrap();
        assert!(rx.recv_timeout(Duration::from_secs(20)).is_ok());
        while rx.recv_timeout(Duration::from_millis(300)).is_ok() {}
        std::fs::create_dir_all(dirs.routines()).unwrap();
        crate::fsio::write(&dirs.routines().join("a.toml"), b"x").unwrap();
        let first = rx.recv_timeout(Duration::from_secs(20));
        assert!(matches!(first, Ok(c) if c.routines), "{first:?}");
        a_later_write_is_told(&dirs, &rx);
    }

    /// Once the burst has settled, a routine written into the config folder is told.
    fn a_later_write_is_told(dirs: &Dirs, rx: &mpsc::Receiver<Changed>) {
        while rx.recv_timeout(Duration::from_millis(300)).is_ok() {}
        std::fs::write(dirs.routines().join("b.toml"), b"x").unwrap();
        match rx.recv_timeout(Duration::from_secs(20)) {
            Ok(c) => assert!(c.routines),
            other => panic!("no change told: {other:?}"),
        }
    }
}
