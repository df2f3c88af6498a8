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

use std::fs::{File, OpenOptions};
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

    /// Read the bytes of a history file, one pass per line: each line is checked as UTF-8 on
    /// its own (no pass over the whole file first), and a line that is not UTF-8 is skipped
    /// and told with its line number, as any other unreadable line (one cut off inside a
    /// character, as a crash cuts a write, is an incomplete record).
    pub(crate) fn read(bytes: &[u8]) -> Loaded {
        let mut reader = Reader::default();
        // The lines as `str::lines` counts them: a last newline ends the last line, it does
        // not start an empty one. (An empty file is one blank line, which reads as nothing.)
        let body = bytes.strip_suffix(b"\n").unwrap_or(bytes);
        // Only a last line without its newline can be a write still cut off.
        let open_tail = !bytes.is_empty() && !bytes.ends_with(b"\n");
        let mut lines = body.split(|&b| b == b'\n').peekable();
        while let Some(raw) = lines.next() {
            let torn = open_tail && lines.peek().is_none();
            if !reader.line(raw, torn) {
                break;
            }
        }
        reader.finish()
    }

    /// As [`Loaded::read`], from a stream read line by line: only one line is held at a
    /// time, never the whole file (the 64 MiB cap would otherwise be in memory beside its
    /// records). At most `limit` bytes are read; a stream longer than that is refused.
    pub(crate) fn read_from(
        mut stream: impl io::BufRead,
        limit: u64,
    ) -> Result<Loaded, crate::fsio::ReadError> {
        let mut reader = Reader::default();
        let mut line = Vec::with_capacity(512);
        let mut total = 0u64;
        loop {
            line.clear();
            let n = stream
                .read_until(b'\n', &mut line)
                .map_err(crate::fsio::ReadError::Io)?;
            if n == 0 {
                break;
            }
            total += n as u64;
            if total > limit {
                return Err(crate::fsio::ReadError::TooLarge { len: total, limit });
            }
            let (raw, torn) = match line.strip_suffix(b"\n") {
                Some(raw) => (raw, false),
                None => (line.as_slice(), true),
            };
            if !reader.line(raw, torn) {
                break;
            }
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
    /// Lines read so far (the next line's 1-based number is one more).
    lines: usize,
}

impl Reader {
    /// Take one line (without its newline; `torn`: the last line of the file, without one).
    /// `false` when reading stops here: a line from a newer format.
    fn line(&mut self, raw: &[u8], torn: bool) -> bool {
        self.lines += 1;
        let number = self.lines;
        let out = &mut self.out;
        let line = match std::str::from_utf8(raw) {
            Ok(text) => record::parse_line_in(text, &mut self.names),
            Err(e) if e.error_len().is_none() => Line::Incomplete,
            Err(e) => Line::Unreadable(crate::t!(
                "error-history-not-utf8",
                column = e.valid_up_to() + 1
            )),
        };
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
                // The latest record in force of that type and time, written before it
                // (searched from the end: a removal names a recent record).
                let applied = &self.applied;
                let taken = |i: usize| applied.iter().any(|a| a.index == i && !a.undone);
                let found = out.records.iter().enumerate().rev().find_map(|(i, r)| {
                    (r.void_target() == Some(v.target) && r.at() == v.target_at && !taken(i))
                        .then_some(i)
                });
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
    // Read line by line: only the records are kept, never the whole file.
    let read = crate::fsio::open_regular(&path).and_then(|file| {
        let len = file.metadata().map_err(crate::fsio::ReadError::Io)?.len();
        if len > HISTORY_LIMIT {
            return Err(crate::fsio::ReadError::TooLarge {
                len,
                limit: HISTORY_LIMIT,
            });
        }
        Loaded::read_from(io::BufReader::with_capacity(64 * 1024, file), HISTORY_LIMIT)
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
            // A small buffer, so that lines cross its end.
            let stream = io::BufReader::with_capacity(7, bytes.as_slice());
            let streamed = format!("{:?}", Loaded::read_from(stream, HISTORY_LIMIT).unwrap());
            assert_eq!(streamed, whole, "{:?}", String::from_utf8_lossy(&bytes));
        }
        let long = format!("{CHECKIN}\n{CHECKIN}\n");
        assert!(matches!(
            Loaded::read_from(long.as_bytes(), CHECKIN.len() as u64 + 1),
            Err(crate::fsio::ReadError::TooLarge { .. })
        ));
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
