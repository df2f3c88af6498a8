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
//! Three folders are watched, each on its own and not recursively: the config folder, and its
//! `routines/` and `figures/` (the only folders windown reads files from). Each is watched
//! where its links lead (a `routines/` linked from a dotfiles repository keeps working), and
//! nothing below them is ever watched, so a link to a large tree (`figures/usr -> /usr`)
//! costs nothing: at most [`MAX_WATCHES`] watches, whatever the folders hold. When the config
//! folder does not exist (yet, or any more: deleted and made again), the nearest folder above
//! it that exists is watched instead. After each burst the folders are looked at again; when
//! one appeared, went, or was replaced by another (a new folder at the same path, a link that
//! now points elsewhere), the watches move and everything is told as changed, since files may
//! have been written before the new watch began.
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

/// Most folders ever watched at once: the config folder (or the one above it), `routines/` and
/// `figures/`.
pub(crate) const MAX_WATCHES: usize = 3;

/// One folder watched: where its links lead (`real`), the path windown knows it by
/// (`logical`), and which folder it is (device and inode), to see it replaced.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Held {
    real: PathBuf,
    logical: PathBuf,
    id: (u64, u64),
}

/// The folders to watch now: each of config, routines and figures that is a folder (links
/// followed), else for the config folder the nearest folder above it that exists.
fn wanted(dirs: &Dirs) -> Vec<Held> {
    use std::os::unix::fs::MetadataExt as _;
    let held = |logical: PathBuf| {
        let real = std::fs::canonicalize(&logical).ok()?;
        let meta = std::fs::metadata(&real)
            .ok()
            .filter(std::fs::Metadata::is_dir)?;
        Some(Held {
            real,
            logical,
            id: (meta.dev(), meta.ino()),
        })
    };
    let mut out: Vec<Held> = Vec::with_capacity(MAX_WATCHES);
    match held(dirs.config.clone()) {
        Some(config) => {
            out.push(config);
            out.extend(
                [dirs.routines(), dirs.figures()]
                    .into_iter()
                    .filter_map(held),
            );
        }
        None => out.extend(
            dirs.config
                .ancestors()
                .skip(1)
                .find_map(|p| held(p.to_path_buf())),
        ),
    }
    out.truncate(MAX_WATCHES);
    out
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
    let mut watcher = notify::recommended_watcher(raw_tx)
        .map_err(|e| crate::t!("tui-app-cannot-watch-files", error = e.to_string()))?;
    let mut held = Vec::new();
    aim(dirs, &mut watcher, &mut held);
    if held.is_empty() {
        return Err(crate::t!(
            "tui-app-cannot-watch-folder",
            path = dirs.config.display().to_string()
        ));
    }
    let dirs = dirs.clone();
    std::thread::Builder::new()
        .name("watch".into())
        .spawn(move || gather(&dirs, &raw, &tell, held, &mut watcher))
        .map_err(|e| crate::t!("tui-app-cannot-start-thread", error = e.to_string()))?;
    Ok(())
}

/// The watch thread: block until an event, gather the burst, tell it once.
fn gather(
    dirs: &Dirs,
    raw: &mpsc::Receiver<notify::Result<notify::Event>>,
    tell: &dyn Fn(Changed) -> bool,
    mut held: Vec<Held>,
    watcher: &mut RecommendedWatcher,
) {
    loop {
        // Blocks in the kernel until the first event: no wake-up while nothing changes.
        let Ok(first) = raw.recv() else { return };
        let mut changed = Changed::default();
        changed.merge(of_event(dirs, &held, first));
        let started = Instant::now();
        loop {
            let left = AT_MOST.saturating_sub(started.elapsed());
            match raw.recv_timeout(QUIET.min(left)) {
                Ok(ev) => changed.merge(of_event(dirs, &held, ev)),
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return,
            }
            if left.is_zero() {
                break;
            }
        }
        if aim(dirs, watcher, &mut held) {
            changed.merge(classify(dirs, &dirs.config));
        }
        if changed.any() && !tell(changed) {
            return;
        }
    }
}

/// Watch what [`wanted`] says, as it is now: a folder no longer there (or replaced) let go, a
/// new one watched. Looks again until nothing changed meanwhile (a save can make several levels
/// at once, and a folder made below one watched is never told). Whether the watches moved.
fn aim(dirs: &Dirs, watcher: &mut RecommendedWatcher, held: &mut Vec<Held>) -> bool {
    let mut moved = false;
    for _ in 0..8 {
        let want = wanted(dirs);
        if want == *held {
            break;
        }
        for h in held.iter().filter(|h| !want.contains(h)) {
            let _ = watcher.unwatch(&h.real);
        }
        let mut now = Vec::with_capacity(want.len());
        for w in want {
            if held.contains(&w) || watcher.watch(&w.real, RecursiveMode::NonRecursive).is_ok() {
                now.push(w);
            }
        }
        *held = now;
        moved = true;
    }
    moved
}

fn of_event(dirs: &Dirs, held: &[Held], ev: notify::Result<notify::Event>) -> Changed {
    let mut c = Changed::default();
    match ev {
        Ok(ev) if is_change(&ev.kind) => {
            for p in &ev.paths {
                // Under a folder watched where its link leads: the path windown knows.
                let known = held
                    .iter()
                    .find_map(|h| Some(h.logical.join(p.strip_prefix(&h.real).ok()?)));
                c.merge(classify(dirs, known.as_deref().unwrap_or(p)));
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

    /// A `routines/` linked from elsewhere (a dotfiles repository) is watched where it leads,
    /// and a link below `figures/` to a large tree is never entered: three watches at most.
    #[test]
    fn linked_folders_are_watched_where_they_lead_and_never_below() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(tmp.path());
        let dotfiles = tmp.path().join("dotfiles/routines");
        std::fs::create_dir_all(&dotfiles).unwrap();
        std::fs::create_dir_all(dirs.figures()).unwrap();
        std::os::unix::fs::symlink(&dotfiles, dirs.routines()).unwrap();
        std::os::unix::fs::symlink("/usr", dirs.figures().join("usr")).unwrap();
        let w = wanted(&dirs);
        assert_eq!(w.len(), 3);
        assert_eq!(w[1].real, std::fs::canonicalize(&dotfiles).unwrap());
        assert_eq!(w[1].logical, dirs.routines());
        let (tx, rx) = mpsc::channel();
        spawn(&dirs, move |c| tx.send(c).is_ok()).unwrap();
        std::fs::write(dotfiles.join("a.toml"), b"x").unwrap();
        match rx.recv_timeout(Duration::from_secs(20)) {
            Ok(c) => assert!(c.routines && !c.figures, "{c:?}"),
            other => panic!("no change told: {other:?}"),
        }
    }

    /// The whole config folder deleted and made again: later writes are still told.
    #[test]
    fn a_config_folder_deleted_and_made_again_is_watched() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(tmp.path());
        std::fs::create_dir_all(dirs.routines()).unwrap();
        let (tx, rx) = mpsc::channel();
        spawn(&dirs, move |c| tx.send(c).is_ok()).unwrap();
        std::fs::remove_dir_all(&dirs.config).unwrap();
        let c = rx.recv_timeout(Duration::from_secs(20));
        assert!(matches!(c, Ok(c) if c.routines), "{c:?}");
        while rx.recv_timeout(Duration::from_millis(300)).is_ok() {}
        std::fs::create_dir_all(dirs.routines()).unwrap();
        let c = rx.recv_timeout(Duration::from_secs(20));
        assert!(matches!(c, Ok(c) if c.routines), "{c:?}");
        a_later_write_is_told(&dirs, &rx);
        // And the config file itself, in the folder made again.
        std::fs::write(dirs.config_file(), b"").unwrap();
        match rx.recv_timeout(Duration::from_secs(20)) {
            Ok(c) => assert!(c.config),
            other => panic!("no change told: {other:?}"),
        }
    }
}
