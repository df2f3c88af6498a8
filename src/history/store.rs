//! The append-only history file (`history.jsonl` in the data folder) and the small state file
//! that remembers a skipped check-in prompt.
//!
//! Owns every byte written to those files. Appending: open with `O_APPEND`, take an exclusive
//! lock, write the whole line in one call, `fsync`, unlock; so a killed process leaves at most
//! one torn last line and two processes never interleave. Earlier lines are never rewritten.
//! Reading never fails on damage: unreadable lines are skipped and listed for the caller to
//! report; a line from a newer format stops the reading there, so it is never misread.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::record::{self, Line, Record};
use crate::paths::Dirs;

/// Why the history could not be written or read.
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    #[error("cannot {action} {}: {source}", path.display())]
    Io {
        action: &'static str,
        path: PathBuf,
        source: io::Error,
    },
    #[error(
        "history.jsonl line {line} was written by a newer windown (format {version}); this one reads format {}",
        record::FORMAT
    )]
    NewerFormat {
        path: PathBuf,
        line: usize,
        version: u32,
    },
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

/// A line that was skipped on reading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// 1-based line number.
    pub line: usize,
    /// The last line, with no newline after it: a write that was cut off.
    pub torn_tail: bool,
    pub reason: String,
}

impl Skipped {
    /// One sentence for people, starting with the file's path and line.
    pub fn describe(&self, path: &Path) -> String {
        if self.torn_tail {
            format!(
                "{}:{}: skipped an incomplete last record (a write was cut off)",
                path.display(),
                self.line
            )
        } else {
            format!(
                "{}:{}: skipped an unreadable record ({})",
                path.display(),
                self.line,
                crate::diag::printable(&self.reason)
            )
        }
    }
}

/// Everything that could be read, in file order.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub records: Vec<Record>,
    pub skipped: Vec<Skipped>,
    /// Reading stopped at this line: it comes from a newer format. Records before it are in
    /// `records`.
    pub newer: Option<(usize, u32)>,
}

impl Loaded {
    /// Parse the whole text of a history file.
    pub fn parse(text: &str) -> Loaded {
        let mut out = Loaded::default();
        let total = text.lines().count();
        for (i, line) in text.lines().enumerate() {
            let is_last = i + 1 == total;
            match record::parse_line(line) {
                Line::Record(r) => out.records.push(r),
                Line::Blank => {}
                Line::Newer(v) => {
                    out.newer = Some((i + 1, v));
                    break;
                }
                Line::Unreadable(reason) => out.skipped.push(Skipped {
                    line: i + 1,
                    torn_tail: is_last,
                    reason,
                }),
            }
        }
        out
    }

    /// The refusal for a newer format, if reading stopped at one.
    pub fn newer_error(&self, path: &Path) -> Option<HistoryError> {
        self.newer.map(|(line, version)| HistoryError::NewerFormat {
            path: path.to_path_buf(),
            line,
            version,
        })
    }
}

/// Read the history file. A file that does not exist yet is an empty history. Invalid UTF-8 is
/// replaced (and the damaged line is then skipped as unreadable), never a reason to fail.
pub fn load(dirs: &Dirs) -> Result<Loaded, HistoryError> {
    let path = dirs.history_file();
    let mut file = match File::open(&path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Loaded::default()),
        Err(e) => return Err(HistoryError::io("read", &path)(e)),
    };
    let meta = file.metadata().map_err(HistoryError::io("read", &path))?;
    if !meta.is_file() {
        // A device or a pipe could hand out bytes forever.
        return Err(HistoryError::io("read", &path)(io::Error::new(
            io::ErrorKind::InvalidInput,
            "not a regular file",
        )));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.read_to_end(&mut bytes)
        .map_err(HistoryError::io("read", &path))?;
    Ok(Loaded::parse(&String::from_utf8_lossy(&bytes)))
}

/// Append one record as one line.
pub fn append(dirs: &Dirs, record: &Record) -> Result<(), HistoryError> {
    let path = dirs.history_file();
    std::fs::create_dir_all(&dirs.data).map_err(HistoryError::io("create", &dirs.data))?;
    let mut file = OpenOptions::new()
        .read(true)
        .append(true)
        .create(true)
        .open(&path)
        .map_err(HistoryError::io("open", &path))?;
    file.lock().map_err(HistoryError::io("lock", &path))?;
    let written = write_line(&mut file, record);
    // Closing the file would release the lock too; unlocking first keeps the order explicit.
    let _ = file.unlock();
    written.map_err(HistoryError::io("write to", &path))
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
pub fn write_dismissed(dirs: &Dirs, today: NaiveDate) -> io::Result<()> {
    std::fs::create_dir_all(&dirs.state)?;
    let path = dirs.state.join(DISMISSED_FILE);
    let tmp = dirs.state.join(format!("{DISMISSED_FILE}.tmp"));
    std::fs::write(&tmp, format!("{today}\n"))?;
    std::fs::rename(tmp, path)
}

/// The day the check-in prompt was last skipped, if any (a damaged file counts as never).
pub fn read_dismissed(dirs: &Dirs) -> Option<NaiveDate> {
    let text = std::fs::read_to_string(dirs.state.join(DISMISSED_FILE)).ok()?;
    text.trim().parse().ok()
}
