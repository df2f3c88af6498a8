//! The one error type commands hand back to the binary, and how it is printed.
//!
//! Every module keeps its own precise error types; at the command boundary they become a
//! [`Failure`]: either a message with hints (`error: ...` then `hint: ...`), or file
//! diagnostics that print themselves with line, column, source line and caret. The exit code
//! travels with it: 1 for "the thing you asked about is wrong" (validation failed), 2 for
//! "what you asked for makes no sense" (unknown routine, bad arguments).

use std::fmt;

use crate::diag::{Diagnostic, printable};

#[derive(Debug)]
pub enum Failure {
    Message {
        message: String,
        hints: Vec<String>,
        code: u8,
    },
    Diagnostics {
        diagnostics: Vec<Diagnostic>,
        code: u8,
    },
}

impl Failure {
    /// A plain failure, exit 1.
    pub(crate) fn new(message: impl Into<String>) -> Failure {
        Failure::Message {
            message: message.into(),
            hints: Vec::new(),
            code: 1,
        }
    }

    /// A request that makes no sense (unknown name, bad argument), exit 2.
    pub(crate) fn usage(message: impl Into<String>) -> Failure {
        Failure::Message {
            message: message.into(),
            hints: Vec::new(),
            code: 2,
        }
    }

    /// An I/O failure on a path, worded for a person.
    /// `what`: `create` or `write` (a selector of `error-io`).
    pub(crate) fn io(what: &str, path: &std::path::Path, err: &std::io::Error) -> Failure {
        Failure::new(crate::t!(
            "error-io",
            what = what,
            path = path.display().to_string(),
            error = err.to_string()
        ))
    }

    pub(crate) fn with_hint(mut self, hint: impl Into<String>) -> Failure {
        if let Failure::Message { hints, .. } = &mut self {
            hints.push(hint.into());
        }
        self
    }

    pub(crate) fn code(&self) -> u8 {
        match self {
            Failure::Message { code, .. } | Failure::Diagnostics { code, .. } => *code,
        }
    }
}

impl From<Diagnostic> for Failure {
    fn from(d: Diagnostic) -> Failure {
        Failure::Diagnostics {
            diagnostics: vec![d],
            code: 1,
        }
    }
}

impl From<Vec<Diagnostic>> for Failure {
    fn from(diagnostics: Vec<Diagnostic>) -> Failure {
        Failure::Diagnostics {
            diagnostics,
            code: 1,
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Message { message, hints, .. } => {
                writeln!(f, "error: {}", printable(message))?;
                for h in hints {
                    writeln!(f, "hint: {}", printable(h))?;
                }
                Ok(())
            }
            Failure::Diagnostics { diagnostics, .. } => {
                for d in diagnostics {
                    write!(f, "{d}")?;
                }
                Ok(())
            }
        }
    }
}

/// Write `text` to standard output. A closed pipe (`windown list | head -1`) is no error and
/// no panic: the reader has all it wanted.
pub(crate) fn print_out(text: &str) -> Result<(), Failure> {
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    stdout_result(out.write_all(text.as_bytes()).and_then(|()| out.flush()))
}

/// What a write to standard output means for the command: a closed pipe is fine (the reader
/// has all it wanted), any other failure (a full disk, `> /dev/full`, a file-size limit) is
/// an error and exit 1.
pub(crate) fn stdout_result(r: std::io::Result<()>) -> Result<(), Failure> {
    match r {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Failure::new(crate::t!(
            "error-stdout",
            error = e.to_string()
        ))),
    }
}

/// A writer for standard output that remembers its first failure, for code that writes line
/// by line and stops quietly at the first failed write (the plain player): afterwards,
/// [`Watched::result`] says whether that failure was an error (see [`stdout_result`]).
pub(crate) struct Watched<W> {
    inner: W,
    failed: Option<std::io::Error>,
}

impl<W: std::io::Write> Watched<W> {
    pub(crate) fn new(inner: W) -> Watched<W> {
        Watched {
            inner,
            failed: None,
        }
    }

    /// Flush, then the first failure as the command's result.
    pub(crate) fn result(mut self) -> Result<(), Failure> {
        let flushed = std::io::Write::flush(&mut self);
        stdout_result(self.failed.map_or(flushed, Err))
    }

    fn note<T>(&mut self, r: std::io::Result<T>) -> std::io::Result<T> {
        if let Err(e) = &r
            && self.failed.is_none()
        {
            self.failed = Some(std::io::Error::new(e.kind(), e.to_string()));
        }
        r
    }
}

impl<W: std::io::Write> std::io::Write for Watched<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let r = self.inner.write(buf);
        self.note(r)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        let r = self.inner.flush();
        self.note(r)
    }
}

/// Write `text` to standard error, ignoring every failure: a closed or broken stderr
/// (`windown validate x 2>&1 >/dev/null | head -1`) has nowhere left to report to, and must
/// not turn into a panic (`eprint!` panics there).
pub(crate) fn print_err(text: &str) {
    use std::io::Write as _;
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes()).and_then(|()| err.flush());
}

/// `println!` that never panics: writes one line through [`print_out`] and gives back its
/// `Result`, so a closed pipe is quietly fine and any other write failure is a [`Failure`].
#[macro_export]
macro_rules! outln {
    ($($arg:tt)*) => {
        $crate::error::print_out(&format!("{}\n", format_args!($($arg)*)))
    };
}

/// `eprintln!` that never panics: writes one line through [`print_err`].
#[macro_export]
macro_rules! errln {
    ($($arg:tt)*) => {
        $crate::error::print_err(&format!("{}\n", format_args!($($arg)*)))
    };
}

/// What a command returns.
pub(crate) type CmdResult = Result<std::process::ExitCode, Failure>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{self, Write as _};

    /// Fails every write with `kind`.
    struct Refuses(io::ErrorKind);

    impl io::Write for Refuses {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::Error::from(self.0))
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_closed_pipe_is_fine_and_any_other_write_failure_is_exit_1() {
        let mut w = Watched::new(Refuses(io::ErrorKind::BrokenPipe));
        assert!(writeln!(w, "x").is_err());
        assert!(w.result().is_ok());
        let mut w = Watched::new(Refuses(io::ErrorKind::StorageFull));
        assert!(writeln!(w, "x").is_err());
        // Later failures do not replace the first.
        let _ = writeln!(w, "y");
        let f = w.result().unwrap_err();
        assert_eq!(f.code(), 1);
        assert!(
            f.to_string()
                .starts_with("error: cannot write to standard output: "),
            "{f}"
        );
        let mut w = Watched::new(Vec::new());
        writeln!(w, "ok").unwrap();
        assert!(w.result().is_ok());
    }
}
