//! The one reading rule and the one atomic write: every file windown reads or replaces whole
//! goes through here. Also the one folder listing of `*.toml` files ([`toml_files`]).
//!
//! Reading ([`read`], [`open_regular`]): regular files only (a symbolic link to one is fine),
//! opened without blocking, so a FIFO or a device put in a file's place is refused at once
//! instead of hanging the open or streaming forever (`/dev/zero`), and never more than a
//! stated size. The kind is checked before the open (a device is never opened) and again on
//! the open file (in case it was swapped in between). The lock file is opened the same way
//! ([`open_lock`]), and something that is not a regular file in its place is replaced.
//!
//! Writing a whole file so that a reader, or a crash, sees the old content or the new one and
//! never half of either. The one place that replaces a file: every writer of a whole file
//! (reminders.toml, the reminder state, the check-in marker, the login entries, a new routine)
//! goes through [`write()`] or [`Write`].
//!
//! How: a temporary file in the target's folder (so the rename stays on one file system), the
//! bytes, `fsync`, a rename over the target, then an `fsync` of the folder where the system
//! allows it, so the rename itself survives a power cut (not for a file the person named for
//! output, [`Write::output`]: a page they can make again is not waited on, as with a shell's
//! `>`; a reader still never sees half of it). The temporary file is removed on
//! every error. Appending to a file (the history log) is not a whole-file write and does not
//! belong here; neither does deciding where files live ([`crate::paths`]).

use std::fs::{File, OpenOptions, Permissions};
use std::io::{self, Read as _, Write as _};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

/// Why a file was not read under the reading rule. The messages are for people and follow
/// the path: "PATH: is not a regular file".
#[derive(Debug)]
pub(crate) enum ReadError {
    /// Nothing there (callers usually fall back to a default).
    Missing,
    Folder,
    /// A FIFO, a device, a socket: refused without reading.
    NotRegular,
    TooLarge {
        len: u64,
        limit: u64,
    },
    Io(io::Error),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let words = match self {
            ReadError::Missing => crate::t!("error-file-missing"),
            ReadError::Folder => crate::t!("error-file-folder"),
            ReadError::NotRegular => crate::t!("error-file-not-regular"),
            ReadError::TooLarge { len, limit } => {
                crate::t!("error-file-too-large", len = *len, limit = *limit)
            }
            ReadError::Io(e) => crate::t!("error-cannot-read", error = e.to_string()),
        };
        f.write_str(&words)
    }
}

impl std::error::Error for ReadError {}

impl ReadError {
    fn from_io(e: io::Error) -> ReadError {
        if e.kind() == io::ErrorKind::NotFound {
            ReadError::Missing
        } else {
            ReadError::Io(e)
        }
    }

    #[cfg(test)]
    /// Nothing is there.
    pub(crate) fn is_missing(&self) -> bool {
        matches!(self, ReadError::Missing)
    }
}

impl From<ReadError> for io::Error {
    fn from(e: ReadError) -> io::Error {
        let kind = match &e {
            ReadError::Missing => io::ErrorKind::NotFound,
            ReadError::Io(e) => e.kind(),
            ReadError::Folder => io::ErrorKind::IsADirectory,
            ReadError::NotRegular => io::ErrorKind::InvalidInput,
            ReadError::TooLarge { .. } => io::ErrorKind::FileTooLarge,
        };
        match e {
            ReadError::Io(e) => e,
            other => io::Error::new(kind, other.to_string()),
        }
    }
}

/// Is this the metadata of something the reading rule accepts?
fn check_kind(meta: &std::fs::Metadata) -> Result<(), ReadError> {
    if meta.is_dir() {
        Err(ReadError::Folder)
    } else if meta.is_file() {
        Ok(())
    } else {
        Err(ReadError::NotRegular)
    }
}

/// Open `path` for reading under the reading rule: a regular file (or a link to one), opened
/// without blocking. Nothing else is opened at all.
pub(crate) fn open_regular(path: &Path) -> Result<File, ReadError> {
    check_kind(&std::fs::metadata(path).map_err(ReadError::from_io)?)?;
    let file = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
        .map_err(ReadError::from_io)?;
    check_kind(&file.metadata().map_err(ReadError::Io)?)?;
    Ok(file)
}

/// The whole content of `path` under the reading rule, at most `limit` bytes (a file that
/// grows past the limit while it is read is refused too).
pub(crate) fn read(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let file = open_regular(path)?;
    let len = file.metadata().map_err(ReadError::Io)?.len();
    if len > limit {
        return Err(ReadError::TooLarge { len, limit });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    let got = bytes.len() as u64;
    if got > limit {
        return Err(ReadError::TooLarge { len: got, limit });
    }
    Ok(bytes)
}

/// Open (creating it when missing) a lock file for reading and writing, without blocking.
/// Anything that is not a regular file in its place (a FIFO, a link to a device, a folder
/// left empty) is removed and a new file made: a lock holds no data worth keeping. Returns
/// the file and whether something was replaced, so that the caller can say so.
pub(crate) fn open_lock(path: &Path) -> io::Result<(File, bool)> {
    let mut replaced = false;
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_file() => {}
        Ok(meta) if meta.is_dir() && !std::fs::symlink_metadata(path)?.is_symlink() => {
            std::fs::remove_dir(path)?;
            replaced = true;
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            // A dangling link is replaced too; nothing at all is simply created.
            if std::fs::symlink_metadata(path).is_ok() {
                std::fs::remove_file(path)?;
                replaced = true;
            }
        }
        Err(e) => return Err(e),
        Ok(_) => {
            std::fs::remove_file(path)?;
            replaced = true;
        }
    }
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)?;
    if !file.metadata()?.is_file() {
        return Err(ReadError::NotRegular.into());
    }
    Ok((file, replaced))
}

/// Permission bits of a file created new, before the umask (what `File::create` uses).
const NEW_FILE_MODE: u32 = 0o666;

/// Replace `path` with `bytes` atomically, with the defaults of [`Write::new`]: the folder is
/// created when missing, a file already there keeps its mode, and a symbolic link at `path` is
/// kept (the file it points to is written).
pub(crate) fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    Write::new().to(path, bytes).map(drop)
}

/// How many symbolic links a write follows before it gives up (as the system's `ELOOP`).
const MAX_LINKS: usize = 40;

/// An atomic whole-file write with options; [`Write::to`] carries it out.
///
/// Symbolic links are always followed: a file that links into a dotfiles repository is
/// written where it points (atomically, in that file's folder) and the link stays a link. A
/// link that points nowhere is followed too: its target is made.
///
/// What is not a regular file is never renamed over. One of windown's own files with a FIFO
/// or a socket (or a link to one, or to a device) in its place gets a new file in place of
/// that thing; a device node itself is refused. A path the person named for output
/// ([`Write::output`]: `-o`, `--html`) is written in place when it is a pipe or a terminal
/// (`/dev/stdout`, a FIFO with a reader), and refused when it is anything else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Write {
    mode: Option<u32>,
    create_new: bool,
    output: bool,
}

impl Write {
    /// The defaults: keep the mode of the file replaced (a new file gets `0o666` less the
    /// umask), follow symbolic links, replace whatever regular file is there.
    pub(crate) const fn new() -> Write {
        Write {
            mode: None,
            create_new: false,
            output: false,
        }
    }

    /// Give the file these permission bits exactly (not reduced by the umask), whatever the
    /// replaced file had: `0o600` for private state.
    pub(crate) const fn mode(self, mode: u32) -> Write {
        Write {
            mode: Some(mode),
            ..self
        }
    }

    /// Refuse to replace anything: fail with [`io::ErrorKind::AlreadyExists`] when `path`
    /// exists, leaving it untouched.
    pub(crate) const fn create_new(self) -> Write {
        Write {
            create_new: true,
            ..self
        }
    }

    /// `path` was named by the person for output: a pipe or a terminal there (`/dev/stdout`,
    /// `/dev/tty`, a FIFO with a reader) is written in place, as a shell's `>` would; a path
    /// through `/dev` or `/proc` that ends at a regular file (`/dev/stdout` redirected to a
    /// file) is appended to in place, never renamed over.
    pub(crate) const fn output(self) -> Write {
        Write {
            output: true,
            ..self
        }
    }

    /// The file a write to `path` replaces: where its symbolic links lead (for messages).
    pub(crate) fn target(&self, path: &Path) -> PathBuf {
        resolve_links(path).unwrap_or_else(|_| path.to_path_buf())
    }

    /// Write `bytes` as the whole content of `path`. Returns the file actually written
    /// ([`Write::target`]).
    pub(crate) fn to(&self, path: &Path, bytes: &[u8]) -> io::Result<PathBuf> {
        let through_system = path.starts_with("/dev") || path.starts_with("/proc");
        match std::fs::metadata(path) {
            Ok(m) if self.output && (through_system || !(m.is_file() || m.is_dir())) => {
                return in_place(path, &m, bytes).map(|()| path.to_path_buf());
            }
            Ok(m) if !(m.is_file() || m.is_dir()) => {
                // One of windown's own files: what is at `path` itself (a link, a FIFO) is
                // replaced; a device node never is.
                let here = std::fs::symlink_metadata(path)?;
                if is_device(&here) {
                    return Err(not_writable(&here));
                }
                return self.atomic(path, bytes);
            }
            _ => {}
        }
        let target = resolve_links(path)?;
        self.atomic(&target, bytes)
    }

    /// The atomic write of `target` itself (no link left to follow in its last part).
    fn atomic(&self, target: &Path, bytes: &[u8]) -> io::Result<PathBuf> {
        let dir = match target.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        std::fs::create_dir_all(dir)?;
        let kept = match self.mode {
            Some(m) => Some(m),
            None if self.create_new => None,
            None => std::fs::metadata(target)
                .ok()
                .filter(std::fs::Metadata::is_file)
                .map(|m| m.permissions().mode() & 0o7777),
        };
        let name = target
            .file_name()
            .map_or_else(|| "file".into(), |n| n.to_string_lossy());
        // Dropping `tmp` before it is persisted removes it, on every error path below.
        let mut tmp = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(".tmp")
            .permissions(Permissions::from_mode(kept.unwrap_or(NEW_FILE_MODE)))
            .tempfile_in(dir)?;
        if let Some(m) = kept {
            // The umask narrowed the mode at creation; set it exactly.
            tmp.as_file().set_permissions(Permissions::from_mode(m))?;
        }
        tmp.write_all(bytes)?;
        // A file the person named for output (`--html`, `-o`: a page or a calendar made again
        // at will) is left to the system to flush, as a shell's `>` leaves it: the rename still
        // shows a reader the old file or the new one, never half of either. The two `fsync`s
        // cost 2-35 ms on a busy disk, most of `windown report --html` (issue 24, 8 Dec 2026).
        if !self.output {
            tmp.as_file().sync_all()?;
        }
        // Whatever came to be at the target since: a device is never renamed over.
        if let Ok(now) = std::fs::symlink_metadata(target)
            && is_device(&now)
        {
            return Err(not_writable(&now));
        }
        if self.create_new {
            tmp.persist_noclobber(target).map_err(|e| e.error)?;
        } else {
            tmp.persist(target).map_err(|e| e.error)?;
        }
        // Make the rename durable. Some file systems cannot fsync a folder; the data is
        // already safe in the file, so that is not an error.
        if !self.output
            && let Ok(d) = File::open(dir)
        {
            let _ = d.sync_all();
        }
        Ok(target.to_path_buf())
    }
}

/// Where `path`'s symbolic links lead, link after link (a relative link read from its own
/// folder), to the first thing that is not a link, or that is not there. Links in the folders
/// above are left to the system: a rename in the folder works through them.
fn resolve_links(path: &Path) -> io::Result<PathBuf> {
    let mut at = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&at) {
            Ok(m) if m.file_type().is_symlink() => {
                let to = std::fs::read_link(&at)?;
                at = match at.parent() {
                    Some(folder) => folder.join(to),
                    None => to,
                };
            }
            _ => return Ok(at),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::InvalidInput,
        crate::t!("error-too-many-links", n = MAX_LINKS),
    ))
}

fn is_device(m: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::FileTypeExt;
    m.file_type().is_block_device() || m.file_type().is_char_device()
}

/// The error for something a write will not touch, in words.
fn not_writable(m: &std::fs::Metadata) -> io::Error {
    use std::os::unix::fs::FileTypeExt;
    let ft = m.file_type();
    let what = if ft.is_block_device() || ft.is_char_device() {
        crate::t!("error-file-device")
    } else if ft.is_socket() {
        crate::t!("error-file-socket")
    } else {
        crate::t!("error-file-not-regular")
    };
    io::Error::new(io::ErrorKind::InvalidInput, what)
}

/// Write `bytes` to a pipe, a terminal or `/dev/null` named for output, in place, as a shell's
/// `>` would (a FIFO with no reader is refused at once instead of waiting for one); a regular
/// file reached through `/dev` or `/proc` is appended to. A block device or a socket is
/// refused.
fn in_place(path: &Path, m: &std::fs::Metadata, bytes: &[u8]) -> io::Result<()> {
    use std::os::unix::fs::FileTypeExt;
    let ft = m.file_type();
    let regular = m.is_file();
    if !(regular || ft.is_fifo() || ft.is_char_device()) {
        return Err(not_writable(m));
    }
    let mut file = OpenOptions::new()
        .write(true)
        .append(regular)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
        .map_err(|e| {
            if e.raw_os_error() == Some(libc::ENXIO) {
                io::Error::new(io::ErrorKind::BrokenPipe, crate::t!("error-pipe-unread"))
            } else {
                e
            }
        })?;
    // Opened without waiting for a reader; the writes wait as a shell's would.
    let fd = std::os::fd::AsRawFd::as_raw_fd(&file);
    // SAFETY: fcntl on a file descriptor this function owns, with plain integer flags.
    unsafe {
        let flags = libc::fcntl(fd, libc::F_GETFL);
        if flags >= 0 {
            libc::fcntl(fd, libc::F_SETFL, flags & !libc::O_NONBLOCK);
        }
    }
    file.write_all(bytes)?;
    file.flush()
}

/// The `*.toml` entries of a folder, sorted by name: the one folder listing the routine
/// catalog, the stretch library and `windown validate FOLDER` use.
pub(crate) fn toml_files(folder: &std::path::Path) -> std::io::Result<Vec<std::path::PathBuf>> {
    let mut paths: Vec<std::path::PathBuf> = std::fs::read_dir(folder)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    Ok(paths)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::FileTypeExt as _;

    fn fifo(path: &Path) {
        let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    }

    #[test]
    fn reads_regular_files_and_links_to_them_only() {
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("a.txt");
        std::fs::write(&file, "hello").unwrap();
        assert_eq!(read(&file, 5).unwrap(), b"hello");
        let link = tmp.path().join("link");
        std::os::unix::fs::symlink(&file, &link).unwrap();
        assert_eq!(read(&link, 100).unwrap(), b"hello");
        assert!(matches!(
            read(&file, 4),
            Err(ReadError::TooLarge { len: 5, limit: 4 })
        ));
        assert!(read(&tmp.path().join("none"), 9).unwrap_err().is_missing());
        assert!(matches!(read(tmp.path(), 9), Err(ReadError::Folder)));
        let zero = tmp.path().join("zero");
        std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
        assert!(matches!(read(&zero, 9), Err(ReadError::NotRegular)));
        let f = tmp.path().join("fifo");
        fifo(&f);
        // No writer: a blocking open would never return.
        assert!(matches!(read(&f, 9), Err(ReadError::NotRegular)));
        let e: io::Error = ReadError::NotRegular.into();
        assert_eq!(e.to_string(), "is not a regular file");
    }

    #[test]
    fn a_lock_in_the_place_of_something_else_replaces_it() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("x.lock");
        let (_, replaced) = open_lock(&path).unwrap();
        assert!(!replaced);
        let (_, replaced) = open_lock(&path).unwrap();
        assert!(!replaced);
        std::fs::remove_file(&path).unwrap();
        fifo(&path);
        let (f, replaced) = open_lock(&path).unwrap();
        assert!(replaced && f.metadata().unwrap().is_file());
        std::fs::remove_file(&path).unwrap();
        std::os::unix::fs::symlink("/dev/zero", &path).unwrap();
        let (f, replaced) = open_lock(&path).unwrap();
        assert!(replaced && f.metadata().unwrap().is_file());
        assert!(std::fs::symlink_metadata(&path).unwrap().is_file());
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn replaces_the_content_and_leaves_no_temporary_file() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("deep/folder/a.txt");
        write(&path, b"first, and longer").unwrap();
        write(&path, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        assert_eq!(names(path.parent().unwrap()), ["a.txt"]);
    }

    #[test]
    fn leaves_no_temporary_file_on_error() {
        let tmp = tempfile::tempdir().unwrap();
        // A folder where the file should go: the rename fails after the temporary file was
        // written.
        let path = tmp.path().join("a.txt");
        std::fs::create_dir(&path).unwrap();
        std::fs::write(path.join("inside"), "x").unwrap();
        assert!(write(&path, b"new").is_err());
        assert_eq!(names(tmp.path()), ["a.txt"]);
        assert_eq!(names(&path), ["inside"]);
    }

    #[test]
    fn create_new_refuses_an_existing_file_and_leaves_it() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("a.txt");
        Write::new().create_new().to(&path, b"one").unwrap();
        let e = Write::new().create_new().to(&path, b"two").unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(std::fs::read(&path).unwrap(), b"one");
        assert_eq!(names(tmp.path()), ["a.txt"]);
    }

    #[test]
    fn keeps_the_mode_of_the_file_it_replaces_or_sets_one() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("a.txt");
        std::fs::write(&path, "old").unwrap();
        std::fs::set_permissions(&path, Permissions::from_mode(0o640)).unwrap();
        write(&path, b"new").unwrap();
        assert_eq!(mode(&path), 0o640);
        Write::new().mode(0o600).to(&path, b"newer").unwrap();
        assert_eq!(mode(&path), 0o600);
        // A new file gets what File::create would give it.
        let fresh = tmp.path().join("b.txt");
        write(&fresh, b"x").unwrap();
        std::fs::write(tmp.path().join("c.txt"), "x").unwrap();
        assert_eq!(mode(&fresh), mode(&tmp.path().join("c.txt")));
    }

    #[test]
    fn follows_a_symlink_and_keeps_it() {
        let tmp = tempfile::tempdir().unwrap();
        let real = tmp.path().join("dotfiles/a.txt");
        std::fs::create_dir_all(real.parent().unwrap()).unwrap();
        std::fs::write(&real, "old").unwrap();
        std::fs::set_permissions(&real, Permissions::from_mode(0o600)).unwrap();
        let link = tmp.path().join("a.txt");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        let written = Write::new().to(&link, b"new").unwrap();
        assert_eq!(written, real);
        assert!(std::fs::symlink_metadata(&link).unwrap().is_symlink());
        assert_eq!(std::fs::read(&real).unwrap(), b"new");
        assert_eq!(mode(&real), 0o600);
        assert_eq!(names(real.parent().unwrap()), ["a.txt"]);
        // A relative link, a link to a link, and a link that points nowhere yet.
        let rel = tmp.path().join("rel");
        std::os::unix::fs::symlink("dotfiles/a.txt", &rel).unwrap();
        let chain = tmp.path().join("chain");
        std::os::unix::fs::symlink("rel", &chain).unwrap();
        write(&chain, b"chained").unwrap();
        assert_eq!(std::fs::read(&real).unwrap(), b"chained");
        assert!(std::fs::symlink_metadata(&chain).unwrap().is_symlink());
        let dangling = tmp.path().join("dangling");
        std::os::unix::fs::symlink("dotfiles/b.txt", &dangling).unwrap();
        write(&dangling, b"made").unwrap();
        assert_eq!(
            std::fs::read(tmp.path().join("dotfiles/b.txt")).unwrap(),
            b"made"
        );
        assert!(std::fs::symlink_metadata(&dangling).unwrap().is_symlink());
        assert_eq!(names(real.parent().unwrap()), ["a.txt", "b.txt"]);
        let looped = tmp.path().join("loop");
        std::os::unix::fs::symlink("loop", &looped).unwrap();
        assert!(write(&looped, b"x").is_err());
    }

    #[test]
    fn never_renames_over_a_device_or_a_pipe() {
        let tmp = tempfile::tempdir().unwrap();
        // One of windown's own files linked to a device, or a FIFO in its place: replaced by
        // a file, the device untouched.
        let own = tmp.path().join("state");
        std::os::unix::fs::symlink("/dev/null", &own).unwrap();
        write(&own, b"x").unwrap();
        assert!(std::fs::symlink_metadata(&own).unwrap().is_file());
        let f = tmp.path().join("fifo");
        fifo(&f);
        write(&f, b"x").unwrap();
        assert!(std::fs::symlink_metadata(&f).unwrap().is_file());
        // A device node itself is refused.
        let e = write(Path::new("/dev/null"), b"x").unwrap_err();
        assert_eq!(
            e.to_string(),
            "is a device, not a file: windown does not replace it"
        );
        // Named for output: written in place.
        Write::new()
            .output()
            .to(Path::new("/dev/null"), b"x")
            .unwrap();
        let f = tmp.path().join("out-fifo");
        fifo(&f);
        let e = Write::new().output().to(&f, b"x").unwrap_err();
        assert_eq!(e.to_string(), "is a pipe with nothing reading it");
        let reader = {
            let f = f.clone();
            std::thread::spawn(move || std::fs::read(&f).unwrap())
        };
        // The reader opens in its own time: retry until it is there.
        loop {
            match Write::new().output().to(&f, b"through the pipe") {
                Ok(_) => break,
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => std::thread::yield_now(),
                Err(e) => panic!("{e}"),
            }
        }
        assert_eq!(reader.join().unwrap(), b"through the pipe");
        assert!(std::fs::symlink_metadata(&f).unwrap().file_type().is_fifo());
    }
}
