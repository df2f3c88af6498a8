//! The append-only history file (`history.jsonl` in the data folder) and the small state file
//! that remembers a skipped check-in prompt.
//!
//! Owns every byte written to those files. Appending: open with `O_APPEND`, take an exclusive
//! lock, write the whole line in one call, `fsync`, unlock; so a killed process leaves at most
//! one torn last line and two processes never interleave. Earlier lines are never rewritten.
//! Appending refuses a file that holds a newer format (its records could never be read by
//! this windown). Reading goes line by line, holding one line at a time, never the whole
//! file. Reading never fails on damage: unreadable lines are skipped and listed for the
//! caller to report; a line from a newer format stops the reading there, so it is never
//! misread. Only regular files are read or written: a FIFO or a device in the file's place
//! is refused before it could block or hand out bytes forever.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::hash::BuildHasherDefault;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::record::{self, Line, Record};
use crate::paths::Dirs;

/// Why the history could not be written or read.
#[derive(Debug)]
pub enum HistoryError {
    Io {
        action: &'static str,
        path: PathBuf,
        source: io::Error,
    },
    NewerFormat {
        path: PathBuf,
        line: usize,
        version: u32,
    },
}

impl std::fmt::Display for HistoryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let words = match self {
            HistoryError::Io {
                action,
                path,
                source,
            } => crate::t!(
                "error-io",
                what = action.replace(' ', "-"),
                path = path.display().to_string(),
                error = source.to_string()
            ),
            HistoryError::NewerFormat { line, version, .. } => crate::t!(
                "error-history-newer",
                line = *line,
                version = *version,
                format = record::FORMAT
            ),
        };
        f.write_str(&words)
    }
}

impl std::error::Error for HistoryError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            HistoryError::Io { source, .. } => Some(source),
            HistoryError::NewerFormat { .. } => None,
        }
    }
}

impl HistoryError {
    fn io<'p>(action: &'static str, path: &'p Path) -> impl FnOnce(io::Error) -> HistoryError + 'p {
        move |source| HistoryError::Io {
            action,
            path: path.to_path_buf(),
            source,
        }
    }
}

/// The block of a history file read at a time: lines are taken from it in place.
const CHUNK: usize = 64 * 1024;

/// The fewest bytes a line of a record takes, about (a reminder's "done" is about 80; most are
/// longer): the room made for the records of a file of known length.
const SHORTEST_LINE: u64 = 72;

/// At most this many skipped lines are told one by one; the rest are counted.
pub(crate) const TOLD_MAX: usize = 5;

/// A line that was skipped on reading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// 1-based line number.
    pub(crate) line: usize,
    /// A record that stops before its end: a write cut off by a crash. Either still the last
    /// line (no newline after it) or sealed by a later write.
    pub incomplete: bool,
    /// What is wrong with it, for people (empty for an incomplete record).
    pub(crate) reason: String,
}

impl Skipped {
    /// One sentence for people, starting with the file's path and line.
    pub(crate) fn describe(&self, path: &Path) -> String {
        let path = path.display().to_string();
        if self.incomplete {
            crate::t!("error-history-incomplete", path = path, line = self.line)
        } else {
            crate::t!(
                "error-history-unreadable",
                path = path,
                line = self.line,
                reason = crate::diag::printable(&self.reason).into_owned()
            )
        }
    }
}

/// Everything that could be read, in file order, with the corrections applied: a `void`
/// takes the record it names out of `records` (into `voided`), and is itself in neither.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub records: Vec<Record>,
    /// The records a later `void` took out, in file order: they count nowhere.
    pub voided: Vec<Record>,
    pub skipped: Vec<Skipped>,
    /// Reading stopped at this line: it comes from a newer format. Records before it are in
    /// `records`.
    pub newer: Option<(usize, u32)>,
    /// The last change `windown history undo` would take back, when it is a removal made in
    /// the app (a `void` without `"undo":true`) written after the last record in force that
    /// can be removed: that removal and the record it took. `None` when the last change is a
    /// record added (undo removes it) or there is nothing to undo.
    pub(crate) last_removal: Option<Removal>,
}

/// A removal `windown history undo` can reverse: the `void` and the record it took.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Removal {
    pub(crate) void: record::Void,
    pub(crate) record: Record,
}

impl Loaded {
    /// Parse the whole text of a history file.
    pub fn parse(text: &str) -> Loaded {
        Loaded::read(text.as_bytes())
    }

    /// Read the bytes of a history file, one pass per line: the bytes are checked as UTF-8
    /// in one pass (std's, fast on ASCII), and only when that fails each line on its own, so
    /// that a line that is not UTF-8 is skipped and told with its line number, as any other
    /// unreadable line (one cut off inside a character, as a crash cuts a write, is an
    /// incomplete record).
    pub(crate) fn read(bytes: &[u8]) -> Loaded {
        let mut reader = Reader::with_room_for(bytes.len() as u64);
        let mut total = 0;
        // No limit: the bytes are already in memory.
        let _ = reader.lines(bytes, &mut total, u64::MAX);
        reader.finish()
    }

    /// As [`Loaded::read`], from a stream read a bounded block at a time (`chunk` bytes, more
    /// only for a longer line): only that block is held beside the records, never the whole
    /// file (the 64 MiB cap would otherwise be in memory beside its records). At most `limit`
    /// bytes are read (counted line by line); a stream longer than that is refused. `len` is
    /// the stream's expected length, for the room the records take (made once rather than
    /// grown; 0 when not known).
    fn read_sized(
        mut stream: impl io::Read,
        limit: u64,
        len: u64,
        chunk: usize,
    ) -> Result<Loaded, crate::fsio::ReadError> {
        let mut reader = Reader::with_room_for(len);
        let mut buf = vec![0u8; chunk.max(1)];
        // `buf[..filled]` is read and not yet taken: the start of a line, then a whole
        // block's worth of lines after each read.
        let mut filled = 0;
        let mut total = 0u64;
        loop {
            if filled == buf.len() {
                // One line longer than the block: room for more of it.
                buf.resize(buf.len() * 2, 0);
            }
            let n = match stream.read(&mut buf[filled..]) {
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(crate::fsio::ReadError::Io(e)),
            };
            let end_of_file = n == 0;
            let scanned = filled;
            filled += n;
            // Whole lines end at the last newline; at the end of the file, the rest is the
            // last line (torn: no newline after it).
            let end = if end_of_file {
                filled
            } else {
                match buf[scanned..filled].iter().rposition(|&b| b == b'\n') {
                    Some(i) => scanned + i + 1,
                    None => continue,
                }
            };
            if !reader.lines(&buf[..end], &mut total, limit)? || end_of_file {
                break;
            }
            buf.copy_within(end..filled, 0);
            filled -= end;
        }
        Ok(reader.finish())
    }

    /// The skipped lines as warnings for people: the first [`TOLD_MAX`] one by one, then how
    /// many more.
    pub(crate) fn warnings(&self, path: &Path) -> Vec<String> {
        let mut v: Vec<String> = self
            .skipped
            .iter()
            .take(TOLD_MAX)
            .map(|s| s.describe(path))
            .collect();
        if self.skipped.len() > TOLD_MAX {
            let n = self.skipped.len() - TOLD_MAX;
            v.push(crate::t!(
                "error-history-more-skipped",
                n = n,
                path = path.display().to_string()
            ));
        }
        v
    }

    /// How to stop the warnings, when there are any.
    pub(crate) fn warnings_hint(&self, path: &Path) -> Option<String> {
        let first = self.skipped.first()?;
        Some(crate::t!(
            "hint-history-skipped",
            n = self.skipped.len(),
            line = first.line,
            path = path.display().to_string()
        ))
    }

    /// A short note for a screen about what could not be read (newer format first), or
    /// `None` when everything was read. Shared by the home and progress screens.
    pub(crate) fn note(&self, path: &Path) -> Option<String> {
        if let Some(e) = self.newer_error(path) {
            return Some(crate::t!("error-history-newer-note", error = e.to_string()));
        }
        let first = self.skipped.first()?;
        let mut n = first.describe(path);
        if self.skipped.len() > 1 {
            let more = self.skipped.len() - 1;
            n = crate::t!("error-history-note-more", skipped = n, more = more);
        }
        Some(n)
    }

    /// The refusal for a newer format, if reading stopped at one.
    pub(crate) fn newer_error(&self, path: &Path) -> Option<HistoryError> {
        self.newer.map(|(line, version)| HistoryError::NewerFormat {
            path: path.to_path_buf(),
            line,
            version,
        })
    }
}

/// Reading line by line: what was read so far, and the number of the next line.
#[derive(Default)]
struct Reader {
    /// `out.records` holds every record read so far, in file order, those a void took
    /// included: they leave it once, at the end ([`Reader::finish`]), so that a void costs no
    /// shifting of the records after its target, and a record brought back keeps its place.
    out: Loaded,
    /// The voids that took a record, in file order.
    applied: Vec<Applied>,
    /// The names read so far, shared by the records (see [`record::Names`]).
    names: record::Names,
    /// The records a void can name, by type and time (made at the first void).
    named: Named,
    /// Lines read so far (the next line's 1-based number is one more).
    lines: usize,
}

impl Reader {
    /// A reader with room made for the records of `len` bytes of lines (0: none made yet).
    /// Room made and never filled costs address space only, not memory: pages are resident
    /// once written.
    fn with_room_for(len: u64) -> Reader {
        let mut r = Reader::default();
        r.out.records = Vec::with_capacity(usize::try_from(len / SHORTEST_LINE).unwrap_or(0));
        r
    }

    /// Take the lines of `region`: whole lines, each with its newline, except at the end of
    /// the file, where the last may have none (torn). Each line's bytes are added to
    /// `total`; refused when that comes to more than `limit`. `Ok(false)` when reading stops
    /// here: a line from a newer format.
    fn lines(
        &mut self,
        region: &[u8],
        total: &mut u64,
        limit: u64,
    ) -> Result<bool, crate::fsio::ReadError> {
        let mut count = |len: usize| {
            *total += len as u64;
            match *total > limit {
                true => Err(crate::fsio::ReadError::TooLarge { len: *total, limit }),
                false => Ok(()),
            }
        };
        match std::str::from_utf8(region) {
            // Every line is UTF-8 (a newline is never inside a character): no line is
            // checked again. `str::find` looks for the newline a word at a time.
            Ok(mut rest) => {
                while !rest.is_empty() {
                    // A line exactly as written, its newline right after its record: read in
                    // place (no search for the newline first).
                    if let Some((record, len)) = record::written_at_start(rest, &mut self.names) {
                        count(len + 1)?;
                        self.lines += 1;
                        self.take(Line::Record(record), false);
                        rest = &rest[len + 1..];
                        continue;
                    }
                    let (text, next, torn) = match rest.find('\n') {
                        Some(i) => (&rest[..i], &rest[i + 1..], false),
                        None => (rest, "", true),
                    };
                    count(rest.len() - next.len())?;
                    self.lines += 1;
                    let line = record::parse_line_in(text, &mut self.names);
                    if !self.take(line, torn) {
                        return Ok(false);
                    }
                    rest = next;
                }
            }
            // Some line is not: each is checked on its own, to tell which.
            Err(_) => {
                let mut rest = region;
                while !rest.is_empty() {
                    let (raw, next, torn) = match rest.iter().position(|&b| b == b'\n') {
                        Some(i) => (&rest[..i], &rest[i + 1..], false),
                        None => (rest, &[][..], true),
                    };
                    count(rest.len() - next.len())?;
                    if !self.line(raw, torn) {
                        return Ok(false);
                    }
                    rest = next;
                }
            }
        }
        Ok(true)
    }

    /// Take one line (without its newline; `torn`: the last line of the file, without one).
    /// `false` when reading stops here: a line from a newer format.
    fn line(&mut self, raw: &[u8], torn: bool) -> bool {
        self.lines += 1;
        let line = match std::str::from_utf8(raw) {
            Ok(text) => record::parse_line_in(text, &mut self.names),
            Err(e) if e.error_len().is_none() => Line::Incomplete,
            Err(e) => Line::Unreadable(crate::t!(
                "error-history-not-utf8",
                column = e.valid_up_to() + 1
            )),
        };
        self.take(line, torn)
    }

    /// Take what the line just counted turned out to be.
    fn take(&mut self, line: Line, torn: bool) -> bool {
        let number = self.lines;
        let out = &mut self.out;
        match line {
            Line::Record(Record::Void(v)) if v.target == record::VoidTarget::Void => {
                // The latest removal still in force with that time: its record counts again.
                if let Some(a) = self
                    .applied
                    .iter_mut()
                    .rev()
                    .find(|a| !a.undone && a.void.recorded == v.target_at)
                {
                    a.undone = true;
                }
            }
            Line::Record(Record::Void(v)) => {
                // The latest record in force of that type and time, written before it:
                // looked up by its type and time, so that a void naming nothing (or a record
                // long before) costs no scan of every record.
                let applied = &self.applied;
                let taken = |i: usize| applied.iter().any(|a| a.index == i && !a.undone);
                let named = |i: usize| {
                    let r: &Record = &out.records[i];
                    r.void_target() == Some(v.target) && r.at() == v.target_at && !taken(i)
                };
                let found = match u32::try_from(out.records.len()) {
                    Ok(n) if n < u32::MAX => {
                        self.named.catch_up(&out.records);
                        self.named.latest(v.target, v.target_at).find(|&i| named(i))
                    }
                    // More records than the index counts (never from a file under the cap):
                    // searched from the end.
                    _ => (0..out.records.len()).rev().find(|&i| named(i)),
                };
                if let Some(index) = found {
                    self.applied.push(Applied {
                        index,
                        read_before: out.records.len(),
                        void: v,
                        undone: false,
                    });
                }
            }
            Line::Record(r) => out.records.push(r),
            Line::Blank => {}
            Line::Newer(v) => {
                out.newer = Some((number, v));
                return false;
            }
            Line::Incomplete => out.skipped.push(Skipped {
                line: number,
                incomplete: true,
                reason: String::new(),
            }),
            Line::Unreadable(reason) => out.skipped.push(Skipped {
                line: number,
                incomplete: torn,
                reason,
            }),
        }
        true
    }

    /// The records in force and those voided, apart; and the removal undo would reverse.
    fn finish(self) -> Loaded {
        let Reader {
            mut out, applied, ..
        } = self;
        if applied.is_empty() {
            return out;
        }
        let mut taken: Vec<usize> = applied
            .iter()
            .filter(|a| !a.undone)
            .map(|a| a.index)
            .collect();
        taken.sort_unstable();
        // The last removal made in the app still in force, if it came after the last record
        // in force that can be removed.
        let last_in_force = (0..out.records.len())
            .rev()
            .find(|i| taken.binary_search(i).is_err() && out.records[*i].void_target().is_some());
        let removal = applied
            .iter()
            .rev()
            .find(|a| !a.undone && !a.void.undo)
            .filter(|a| last_in_force.is_none_or(|i| i < a.read_before));
        out.last_removal = removal.map(|a| Removal {
            void: a.void.clone(),
            record: out.records[a.index].clone(),
        });
        if taken.is_empty() {
            return out;
        }
        let mut next = taken.iter().peekable();
        let mut i = 0;
        let mut voided = Vec::with_capacity(taken.len());
        out.records.retain(|r| {
            let keep = next.next_if(|&&t| t == i).is_none();
            if !keep {
                voided.push(r.clone());
            }
            i += 1;
            keep
        });
        out.voided = voided;
        out
    }
}

/// The records a void can name, by type and time: made at the first void, and brought up to
/// date at each later one with the records read in between, so that each record is added
/// once. Several records can share a key (the same type and time, or two keys that meet):
/// they are chained, latest first, and the caller checks each. Costs nothing for a history
/// without a void; with one, 14 to 22 bytes a record (the half million of the 64 MiB cap: 12 MB).
#[derive(Default)]
struct Named {
    /// `records[..upto]` are in the index.
    upto: usize,
    /// The latest record of each key.
    latest: HashMap<u32, u32, BuildHasherDefault<KeyHasher>>,
    /// For each record in the index, the one before it with the same key (`NONE`: none).
    before: Vec<u32>,
}

impl Named {
    const NONE: u32 = u32::MAX;

    /// The key of a type and time. Equal times are equal instants (in UTC, as
    /// `DateTime`'s `==` compares them, whatever the offset).
    fn key(target: record::VoidTarget, at: chrono::DateTime<chrono::FixedOffset>) -> u32 {
        let at = at.to_utc();
        let x = (at.timestamp() as u64)
            ^ (u64::from(at.timestamp_subsec_nanos()) << 34)
            ^ ((target as u64) << 61);
        (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as u32
    }

    /// Add the records read since the last call (fewer than `u32::MAX` in all).
    fn catch_up(&mut self, records: &[Record]) {
        for (i, r) in records.iter().enumerate().skip(self.upto) {
            let before = match r.void_target() {
                Some(target) => self
                    .latest
                    .insert(Named::key(target, r.at()), i as u32)
                    .unwrap_or(Named::NONE),
                None => Named::NONE,
            };
            self.before.push(before);
        }
        self.upto = records.len();
    }

    /// The records that may have that type and time, latest first.
    fn latest(
        &self,
        target: record::VoidTarget,
        at: chrono::DateTime<chrono::FixedOffset>,
    ) -> impl Iterator<Item = usize> + '_ {
        let mut next = self
            .latest
            .get(&Named::key(target, at))
            .copied()
            .unwrap_or(Named::NONE);
        std::iter::from_fn(move || {
            let i = next;
            (i != Named::NONE).then(|| {
                next = self.before[i as usize];
                i as usize
            })
        })
    }
}

/// The hasher of [`Named`]'s keys, which are mixed already: spread over 64 bits.
#[derive(Default)]
struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// A void that took a record.
struct Applied {
    /// Where the record is in `Loaded::records` while reading.
    index: usize,
    /// How many records were read before the void.
    read_before: usize,
    void: record::Void,
    /// A later void of this void brought the record back.
    undone: bool,
}

/// Read the history file. A file that does not exist yet is an empty history. Invalid UTF-8
/// is never a reason to fail: the line that holds it is skipped and told, the others are read.
pub fn load(dirs: &Dirs) -> Result<Loaded, HistoryError> {
    let path = dirs.history_file();
    // The one reading rule: a regular file, opened without blocking, size-capped.
    // Read a block at a time: only the records are kept, never the whole file.
    let read = crate::fsio::open_regular(&path).and_then(|file| {
        let len = file.metadata().map_err(crate::fsio::ReadError::Io)?.len();
        if len > HISTORY_LIMIT {
            return Err(crate::fsio::ReadError::TooLarge {
                len,
                limit: HISTORY_LIMIT,
            });
        }
        Loaded::read_sized(file, HISTORY_LIMIT, len, CHUNK)
    });
    match read {
        Ok(loaded) => Ok(loaded),
        Err(crate::fsio::ReadError::Missing) => Ok(Loaded::default()),
        Err(crate::fsio::ReadError::NotRegular | crate::fsio::ReadError::Folder) => {
            Err(HistoryError::io("read", &path)(not_regular()))
        }
        Err(e) => Err(HistoryError::io("read", &path)(e.into())),
    }
}

/// Largest history file read: about a quarter of a million sessions and check-ins, many
/// lifetimes of evenings. A larger one is refused with a message, never read into memory.
pub const HISTORY_LIMIT: u64 = 64 * 1024 * 1024;

fn not_regular() -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidInput,
        crate::t!("error-history-not-regular"),
    )
}

/// `Ok` when `path` is a regular file, or a symbolic link to one; `NotFound` when nothing is
/// there. Checked before opening: opening a FIFO for reading blocks until a writer comes.
fn regular_file(path: &Path) -> io::Result<()> {
    let mut meta = std::fs::symlink_metadata(path)?;
    if meta.file_type().is_symlink() {
        meta = std::fs::metadata(path)?;
    }
    if meta.is_file() {
        Ok(())
    } else {
        Err(not_regular())
    }
}

/// Append one record as one line, its times cut to the whole second. Refused when the file
/// holds a record from a newer format: this windown could never read what it adds after it.
pub fn append(dirs: &Dirs, record: &Record) -> Result<(), HistoryError> {
    let path = dirs.history_file();
    std::fs::create_dir_all(&dirs.data).map_err(HistoryError::io("create", &dirs.data))?;
    match regular_file(&path) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(HistoryError::io("open", &path)(e)),
    }
    let mut file = OpenOptions::new()
        .read(true)
        .append(true)
        .create(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(&path)
        .map_err(HistoryError::io("open", &path))?;
    if !file
        .metadata()
        .map_err(HistoryError::io("open", &path))?
        .is_file()
    {
        return Err(HistoryError::io("open", &path)(not_regular()));
    }
    file.lock().map_err(HistoryError::io("lock", &path))?;
    let written = match newer_line(&mut file) {
        Ok(Some((line, version))) => Err(HistoryError::NewerFormat {
            path: path.clone(),
            line,
            version,
        }),
        Ok(None) => write_line(&mut file, &record.to_whole_seconds())
            .map_err(HistoryError::io("write to", &path)),
        Err(e) => Err(HistoryError::io("read", &path)(e)),
    };
    // Closing the file would release the lock too; unlocking first keeps the order explicit.
    let _ = file.unlock();
    written
}

/// The first line written in a newer format, if any. Every line this version writes starts
/// with `{"v":1,` or `{"v":2,`, so only other lines are parsed.
fn newer_line(file: &mut File) -> io::Result<Option<(usize, u32)>> {
    file.seek(SeekFrom::Start(0))?;
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)?;
    let known: Vec<String> = (1..=record::FORMAT)
        .map(|v| format!("{{\"v\":{v},"))
        .collect();
    for (i, line) in bytes.split(|&b| b == b'\n').enumerate() {
        if known.iter().any(|p| line.starts_with(p.as_bytes())) {
            continue;
        }
        if let Line::Newer(v) = record::parse_line(&String::from_utf8_lossy(line)) {
            return Ok(Some((i + 1, v)));
        }
    }
    Ok(None)
}

fn write_line(file: &mut File, record: &Record) -> io::Result<()> {
    let mut buf = Vec::with_capacity(256);
    if ends_without_newline(file)? {
        // A torn line from a killed writer: end it so the new record starts on its own line.
        buf.push(b'\n');
    }
    buf.extend_from_slice(record.to_line().as_bytes());
    buf.push(b'\n');
    let n = file.write(&buf)?;
    if n < buf.len() {
        // Only a full disk or a size limit makes a regular file take less; try once more so
        // the error itself is reported.
        file.write_all(&buf[n..])?;
    }
    file.sync_data()
}

fn ends_without_newline(file: &mut File) -> io::Result<bool> {
    let len = file.metadata()?.len();
    if len == 0 {
        return Ok(false);
    }
    file.seek(SeekFrom::Start(len - 1))?;
    let mut last = [0u8; 1];
    file.read_exact(&mut last)?;
    Ok(last[0] != b'\n')
}

const DISMISSED_FILE: &str = "checkin-dismissed";

/// Remember that the check-in prompt was skipped on `today`.
pub(crate) fn write_dismissed(dirs: &Dirs, today: NaiveDate) -> io::Result<()> {
    let path = dirs.state.join(DISMISSED_FILE);
    crate::fsio::Write::new()
        .mode(0o600)
        .to(&path, format!("{today}\n").as_bytes())
        .map(drop)
}

/// The day the check-in prompt was last skipped, if any (a damaged file counts as never).
pub(crate) fn read_dismissed(dirs: &Dirs) -> Option<NaiveDate> {
    // Anything but a small regular file is ignored (and replaced at the next skip).
    let bytes = crate::fsio::read(&dirs.state.join(DISMISSED_FILE), 64).ok()?;
    std::str::from_utf8(&bytes).ok()?.trim().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHECKIN: &str = r#"{"v":1,"type":"checkin","night_of":"2026-11-24","cramps":"none","recorded":"2026-11-25T07:10:00+01:00"}"#;

    #[test]
    fn a_line_that_is_not_utf8_is_told_with_its_number() {
        let mut bytes = format!("{CHECKIN}\n").into_bytes();
        bytes.extend_from_slice(b"{\"v\":1,\"type\":\"checkin\",\"note\":\"caf\xe9 \"}\n");
        bytes.extend_from_slice(format!("{CHECKIN}\n").as_bytes());
        let l = Loaded::read(&bytes);
        assert_eq!(l.records.len(), 2);
        assert_eq!(
            l.skipped,
            vec![Skipped {
                line: 2,
                incomplete: false,
                reason: "not UTF-8 text, at column 36".into()
            }]
        );
    }

    #[test]
    fn a_write_cut_inside_a_character_is_an_incomplete_record() {
        let mut bytes = format!("{CHECKIN}\n").into_bytes();
        bytes.extend_from_slice("{\"v\":1,\"type\":\"checkin\",\"note\":\"é".as_bytes());
        bytes.pop();
        let l = Loaded::read(&bytes);
        assert_eq!(l.records.len(), 1);
        assert_eq!(l.skipped.len(), 1);
        assert!(l.skipped[0].incomplete && l.skipped[0].line == 2);
    }

    #[test]
    fn lines_are_counted_as_text_counts_them() {
        for text in [
            "",
            "\n",
            "\n\n",
            "x",
            "x\n",
            "\n\nx",
            "x\n\nx\n",
            "\r\nx\r\n",
        ] {
            let l = Loaded::read(text.as_bytes());
            let lines: Vec<usize> = l.skipped.iter().map(|s| s.line).collect();
            let expected: Vec<usize> = text
                .lines()
                .enumerate()
                .filter(|(_, l)| !l.trim().is_empty())
                .map(|(i, _)| i + 1)
                .collect();
            assert_eq!(lines, expected, "{text:?}");
            let torn = l.skipped.last().is_some_and(|s| s.incomplete);
            assert_eq!(torn, text.ends_with('x'), "{text:?}");
        }
    }

    /// Reading line by line from a stream reads what reading the whole bytes reads: the same
    /// records, skipped lines with their numbers, torn last lines, the stop at a newer format.
    #[test]
    fn reading_a_stream_reads_what_reading_the_bytes_reads() {
        let newer = r#"{"v":9,"type":"x"}"#;
        let mut inputs: Vec<Vec<u8>> = [
            "",
            "\n",
            "\n\n",
            "x",
            "x\n",
            "\n\nx",
            "x\n\nx\n",
            "\r\nx\r\n",
        ]
        .iter()
        .map(|t| t.as_bytes().to_vec())
        .collect();
        inputs.push(format!("{CHECKIN}\n{CHECKIN}").into_bytes());
        inputs.push(format!("{CHECKIN}\n{newer}\n{CHECKIN}\n").into_bytes());
        inputs.push(format!("{}\n{CHECKIN}\n", &CHECKIN[..40]).into_bytes());
        let mut bad = format!("{CHECKIN}\n").into_bytes();
        bad.extend_from_slice(b"{\"v\":1,\"note\":\"caf\xe9\"}\n\xc3");
        inputs.push(bad);
        for bytes in inputs {
            let whole = format!("{:?}", Loaded::read(&bytes));
            // Small blocks, so that lines and characters cross their ends; a stream that
            // hands out a few bytes at a time.
            for chunk in [1, 3, 7, 64, CHUNK] {
                let len = bytes.len() as u64;
                let streamed = Loaded::read_sized(bytes.as_slice(), HISTORY_LIMIT, len, chunk);
                let streamed = format!("{:?}", streamed.unwrap());
                assert_eq!(
                    streamed,
                    whole,
                    "{chunk}: {:?}",
                    String::from_utf8_lossy(&bytes)
                );
                let trickle = Trickle(bytes.as_slice(), false);
                let streamed = Loaded::read_sized(trickle, HISTORY_LIMIT, 0, chunk).unwrap();
                assert_eq!(format!("{streamed:?}"), whole);
            }
        }
        let long = format!("{CHECKIN}\n{CHECKIN}\n");
        let limit = CHECKIN.len() as u64 + 1;
        for chunk in [7, CHUNK] {
            assert!(matches!(
                Loaded::read_sized(long.as_bytes(), limit, 0, chunk),
                Err(crate::fsio::ReadError::TooLarge { len, .. }) if len == 2 * limit
            ));
            // A newer format stops the reading before the limit is reached.
            let newer = format!("{CHECKIN}\n{newer}\n{CHECKIN}\n");
            assert!(Loaded::read_sized(newer.as_bytes(), limit + 19, 0, chunk).is_ok());
        }
    }

    /// A stream that gives at most 5 bytes a read, and is interrupted (a signal) before
    /// every other read.
    struct Trickle<'a>(&'a [u8], bool);

    impl io::Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            self.1 = !self.1;
            if self.1 {
                return Err(io::ErrorKind::Interrupted.into());
            }
            let n = buf.len().min(5).min(self.0.len());
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    #[test]
    fn a_void_takes_out_the_latest_record_it_names_and_nothing_else() {
        let text = concat!(
            r#"{"v":2,"type":"cramp","at":"2026-11-25T03:12:00+01:00","leg":"left","muscle":"calf","recorded":"2026-11-25T07:00:00+01:00"}"#,
            "\n",
            r#"{"v":1,"type":"checkin","night_of":"2026-11-24","cramps":"mild","recorded":"2026-11-25T03:12:00+01:00"}"#,
            "\n",
            r#"{"v":2,"type":"cramp","at":"2026-11-25T03:12:00+01:00","leg":"right","muscle":"calf","recorded":"2026-11-25T07:01:00+01:00"}"#,
            "\n",
            r#"{"v":3,"type":"void","target":"cramp","target_at":"2026-11-25T03:12:00+01:00","recorded":"2026-11-25T07:02:00+01:00"}"#,
            "\n",
            // A void naming nothing in force changes nothing.
            r#"{"v":3,"type":"void","target":"session","target_at":"2026-11-25T03:12:00+01:00","recorded":"2026-11-25T07:03:00+01:00"}"#,
            "\n",
        );
        let l = Loaded::parse(text);
        assert!(l.skipped.is_empty(), "{:?}", l.skipped);
        assert_eq!(l.records.len(), 2);
        assert_eq!(l.voided.len(), 1);
        let Record::Cramp(gone) = &l.voided[0] else {
            panic!("{:?}", l.voided)
        };
        assert_eq!(gone.leg, crate::history::Leg::Right);
        // A second void for the same time takes the earlier cramp.
        let again = format!(
            "{text}{}\n",
            r#"{"v":3,"type":"void","target":"cramp","target_at":"2026-11-25T03:12:00+01:00","recorded":"2026-11-25T07:04:00+01:00"}"#
        );
        let l = Loaded::parse(&again);
        assert_eq!(l.records.len(), 1);
        assert!(matches!(l.records[0], Record::Checkin(_)));
    }

    /// Voids find the records they name by type and time as a search of every record from
    /// the end finds them: many records share a time (the same instant written with other
    /// offsets too), voids name nothing, twice the same record, or bring one back.
    #[test]
    fn a_void_finds_what_a_search_from_the_end_finds() {
        use record::VoidTarget;
        let mut seed = 7u64;
        let mut next = |n: u64| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (seed >> 33) % n
        };
        // One instant in three offsets, and other instants.
        let time = |m: u64, zone: u64| match zone {
            0 => format!("2026-11-25T03:{m:02}:00+01:00"),
            1 => format!("2026-11-25T02:{m:02}:00Z"),
            _ => format!("2026-11-25T00:{m:02}:00-02:00"),
        };
        let mut text = String::new();
        for n in 0..600 {
            let at = time(next(6), next(3));
            let recorded = time(10 + n % 50, 0).replace("T03", &format!("T{:02}", 4 + n / 50));
            let line = match next(4) {
                0 => format!(
                    r#"{{"v":1,"type":"checkin","night_of":"2026-11-24","cramps":"none","recorded":"{at}"}}"#
                ),
                1 => format!(
                    r#"{{"v":2,"type":"cramp","at":"{at}","leg":"left","muscle":"calf","recorded":"{recorded}"}}"#
                ),
                _ => {
                    let target = ["checkin", "cramp", "session", "void"][next(4) as usize];
                    let at = match target {
                        "void" => {
                            time(10 + next(50), 0).replace("T03", &format!("T{:02}", 4 + next(12)))
                        }
                        _ => at,
                    };
                    format!(
                        r#"{{"v":3,"type":"void","target":"{target}","target_at":"{at}","recorded":"{recorded}"}}"#
                    )
                }
            };
            text.push_str(&line);
            text.push('\n');
        }
        let l = Loaded::parse(&text);
        assert!(l.skipped.is_empty(), "{:?}", l.skipped);

        // The search from the end, over every record.
        let mut records: Vec<Record> = Vec::new();
        let mut applied: Vec<(usize, record::Void, bool)> = Vec::new();
        for line in text.lines() {
            let Line::Record(r) = record::parse_line(line) else {
                panic!("{line}")
            };
            match r {
                Record::Void(v) if v.target == VoidTarget::Void => {
                    if let Some(a) = applied
                        .iter_mut()
                        .rev()
                        .find(|a| !a.2 && a.1.recorded == v.target_at)
                    {
                        a.2 = true;
                    }
                }
                Record::Void(v) => {
                    let taken = |i: usize| applied.iter().any(|a| a.0 == i && !a.2);
                    let found = (0..records.len()).rev().find(|&i| {
                        records[i].void_target() == Some(v.target)
                            && records[i].at() == v.target_at
                            && !taken(i)
                    });
                    if let Some(i) = found {
                        applied.push((i, v, false));
                    }
                }
                r => records.push(r),
            }
        }
        let taken: Vec<usize> = applied.iter().filter(|a| !a.2).map(|a| a.0).collect();
        let (mut kept, mut voided) = (Vec::new(), Vec::new());
        for (i, r) in records.into_iter().enumerate() {
            match taken.contains(&i) {
                true => voided.push(r),
                false => kept.push(r),
            }
        }
        assert!(!voided.is_empty() && applied.iter().any(|a| a.2));
        assert_eq!(l.records, kept);
        assert_eq!(l.voided, voided);
    }

    #[test]
    fn a_void_of_a_removal_brings_its_record_back_in_its_place_and_undo_sees_the_last_change() {
        const CRAMP: &str = r#"{"v":2,"type":"cramp","at":"2026-11-25T03:12:00+01:00","leg":"left","muscle":"calf","recorded":"2026-11-25T07:00:00+01:00"}"#;
        const CHECK: &str = r#"{"v":1,"type":"checkin","night_of":"2026-11-24","cramps":"mild","recorded":"2026-11-25T07:01:00+01:00"}"#;
        // Removed in the app (no "undo"): the last change.
        const REMOVE: &str = r#"{"v":3,"type":"void","target":"cramp","target_at":"2026-11-25T03:12:00+01:00","recorded":"2026-11-25T07:02:00+01:00"}"#;
        const BACK: &str = r#"{"v":3,"type":"void","target":"void","target_at":"2026-11-25T07:02:00+01:00","recorded":"2026-11-25T07:03:00+01:00","undo":true}"#;
        let l = Loaded::parse(&format!("{CRAMP}\n{CHECK}\n{REMOVE}\n"));
        assert_eq!((l.records.len(), l.voided.len()), (1, 1));
        let removal = l.last_removal.expect("the removal is the last change");
        assert!(matches!(removal.record, Record::Cramp(_)));
        assert_eq!(
            removal.void.recorded.to_rfc3339(),
            "2026-11-25T07:02:00+01:00"
        );
        // Brought back: in its own place (before the check-in), counted again, nothing to
        // bring back any more.
        let l = Loaded::parse(&format!("{CRAMP}\n{CHECK}\n{REMOVE}\n{BACK}\n"));
        assert!(l.voided.is_empty());
        assert!(matches!(
            l.records.as_slice(),
            [Record::Cramp(_), Record::Checkin(_)]
        ));
        assert_eq!(l.last_removal, None);
        // A record written after the removal is the last change: undo removes it first.
        let l = Loaded::parse(&format!("{CRAMP}\n{REMOVE}\n{CHECK}\n"));
        assert_eq!(l.last_removal, None);
        // Undo's own removal is not a change to reverse: the one before is.
        let undo_check = r#"{"v":3,"type":"void","target":"checkin","target_at":"2026-11-25T07:01:00+01:00","recorded":"2026-11-25T07:04:00+01:00","undo":true}"#;
        let l = Loaded::parse(&format!("{CRAMP}\n{REMOVE}\n{CHECK}\n{undo_check}\n"));
        assert!(l.records.is_empty());
        assert!(l.last_removal.is_some());
        // A void of a void that names nothing changes nothing.
        let stray = BACK.replace("07:02:00", "07:09:00");
        let l = Loaded::parse(&format!("{CRAMP}\n{REMOVE}\n{stray}\n"));
        assert_eq!((l.records.len(), l.voided.len()), (0, 1));
    }
}
