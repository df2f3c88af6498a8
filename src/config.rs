//! `config.toml`: the person's day (wake and bedtime) and how the session player gives cues.
//!
//! Owns the file's format, its defaults, and reading it with located errors. A missing file
//! means all defaults; a broken one is an error with line and column, never a silent default.
//! The reminder schedule reads `wake` and `bedtime` from here; the session player reads `cues`.
//!
//! ```toml
//! wake = "07:00"
//! bedtime = "22:30"
//!
//! [cues]
//! bell = true                      # ring the terminal bell at each phase change
//! command = ["espeak-ng"]          # optional: run with the phase text as last argument
//! muted = false                    # start sessions muted
//! ```

use std::path::Path;

use chrono::{NaiveTime, Timelike};
use serde::Deserialize;

use crate::diag::{self, Diagnostic};
use crate::paths::Dirs;

/// Largest config file read, in bytes.
pub const MAX_FILE_BYTES: u64 = 64 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub wake: NaiveTime,
    pub bedtime: NaiveTime,
    pub cues: Cues,
}

/// How phase changes are announced during a session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cues {
    /// Ring the terminal bell.
    pub bell: bool,
    /// A program (and its first arguments) run at each phase change with the phase text
    /// ("SWITCH SIDES") appended as the last argument. Run detached; never waited on by the UI.
    pub command: Option<Vec<String>>,
    /// Sessions start muted.
    pub muted: bool,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            wake: NaiveTime::from_hms_opt(7, 0, 0).expect("valid time"),
            bedtime: NaiveTime::from_hms_opt(22, 30, 0).expect("valid time"),
            cues: Cues {
                bell: true,
                command: None,
                muted: false,
            },
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    wake: Option<toml::Spanned<String>>,
    bedtime: Option<toml::Spanned<String>>,
    cues: Option<RawCues>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCues {
    bell: Option<bool>,
    command: Option<toml::Spanned<Vec<String>>>,
    muted: Option<bool>,
}

/// `"HH:MM"` or `"HH:MM:SS"`, 24-hour clock.
pub fn parse_time_of_day(text: &str) -> Option<NaiveTime> {
    let t = text.trim();
    let ok_shape = matches!(t.len(), 5 | 8) && t.as_bytes()[2] == b':';
    if !ok_shape {
        return None;
    }
    NaiveTime::parse_from_str(t, if t.len() == 5 { "%H:%M" } else { "%H:%M:%S" })
        .ok()
        // chrono reads ":60" as a leap second; no clock reminder needs one.
        .filter(|time| time.nanosecond() < 1_000_000_000)
}

impl Config {
    /// Read `config.toml` from the config folder; defaults when it does not exist.
    pub fn load(dirs: &Dirs) -> Result<Config, Diagnostic> {
        let path = dirs.config_file();
        match std::fs::symlink_metadata(&path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
            _ => {
                let text = read_text_file(&path, MAX_FILE_BYTES)?;
                Config::parse(&path.display().to_string(), &text)
            }
        }
    }

    /// Parse the text of a config file; `path` is only used in messages.
    pub fn parse(path: &str, text: &str) -> Result<Config, Diagnostic> {
        let raw: RawConfig = toml::from_str(text).map_err(|e| toml_error(path, text, &e))?;
        let mut cfg = Config::default();
        let time = |field: &Option<toml::Spanned<String>>, default| match field {
            None => Ok(default),
            Some(s) => parse_time_of_day(s.get_ref()).ok_or_else(|| {
                Diagnostic::at(
                    path,
                    text,
                    s.span(),
                    format!("\"{}\" is not a time of day", s.get_ref()),
                )
                .with_hint("write a 24-hour time such as \"22:30\" or \"07:00:30\"")
            }),
        };
        cfg.wake = time(&raw.wake, cfg.wake)?;
        cfg.bedtime = time(&raw.bedtime, cfg.bedtime)?;
        if cfg.wake == cfg.bedtime {
            // Every window from wake to bedtime would be empty or wrap round the clock.
            let at = raw
                .bedtime
                .as_ref()
                .or(raw.wake.as_ref())
                .map_or(0..0, |s| s.span());
            return Err(
                Diagnostic::at(path, text, at, "wake and bedtime are the same time")
                    .with_hint("set bedtime to when you go to bed, such as \"22:30\""),
            );
        }
        if let Some(c) = raw.cues {
            cfg.cues.bell = c.bell.unwrap_or(cfg.cues.bell);
            cfg.cues.muted = c.muted.unwrap_or(cfg.cues.muted);
            if let Some(cmd) = c.command {
                if cmd.get_ref().first().is_none_or(|p| p.trim().is_empty()) {
                    return Err(Diagnostic::at(path, text, cmd.span(), "the cue command is empty")
                        .with_hint("name a program, e.g. command = [\"espeak-ng\"], or remove the line"));
                }
                cfg.cues.command = Some(cmd.into_inner());
            }
        }
        Ok(cfg)
    }
}

/// A `toml` parse error as a located diagnostic, keeping the crate's span (never flattened to
/// a bare message, which would lose the line and column). Unknown keys get a hint listing
/// what is allowed.
pub fn toml_error(path: &str, text: &str, err: &toml::de::Error) -> Diagnostic {
    let span = err.span().unwrap_or(0..0);
    let message = err.message().trim().replace('\n', " ");
    let (message, hint) = match message.split_once(", expected ") {
        Some((head, expected)) if head.starts_with("unknown field") => {
            let name = head.trim_start_matches("unknown field ").trim_matches('`');
            let allowed: Vec<&str> = expected
                .trim_start_matches("one of ")
                .split(", ")
                .map(|s| s.trim_matches('`'))
                .collect();
            let hint = match diag::did_you_mean(name, allowed.iter().copied()) {
                Some(s) => format!("did you mean \"{s}\"?"),
                None => format!("allowed here: {}", allowed.join(", ")),
            };
            (format!("unknown key \"{name}\""), Some(hint))
        }
        _ => (message, None),
    };
    let d = Diagnostic::at(path, text, span, message);
    match hint {
        Some(h) => d.with_hint(h),
        None => d,
    }
}

/// Read a small user file as UTF-8 text with located errors, under the reading rule of
/// [`crate::fsio::read`]: folders, FIFOs and devices are refused without waiting, and never
/// more than `limit` bytes are read, whatever the file's size claims.
pub fn read_text_file(path: &Path, limit: u64) -> Result<String, Diagnostic> {
    let shown = path.display().to_string();
    let bytes = crate::fsio::read(path, limit).map_err(|e| match e {
        crate::fsio::ReadError::Missing => {
            let e = std::io::Error::from_raw_os_error(libc::ENOENT);
            Diagnostic::file(&shown, format!("cannot read: {e}"))
        }
        other => Diagnostic::file(&shown, other.to_string()),
    })?;
    diag::decode_utf8(&shown, &bytes).map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_overrides() {
        let c = Config::parse(
            "c",
            "bedtime = \"23:15\"\n[cues]\ncommand = [\"espeak-ng\", \"-s\", \"140\"]\n",
        )
        .unwrap();
        assert_eq!(c.bedtime, NaiveTime::from_hms_opt(23, 15, 0).unwrap());
        assert_eq!(c.wake, Config::default().wake);
        assert_eq!(c.cues.command.as_deref().map(<[String]>::len), Some(3));
    }

    #[test]
    fn times_need_real_clock_values_and_a_day_between_wake_and_bed() {
        assert_eq!(
            parse_time_of_day("07:00:59"),
            NaiveTime::from_hms_opt(7, 0, 59)
        );
        assert_eq!(parse_time_of_day("07:00:60"), None);
        assert_eq!(parse_time_of_day("24:00"), None);
        let e = Config::parse("c.toml", "wake = \"07:00\"\nbedtime = \"07:00\"\n").unwrap_err();
        assert_eq!(
            e.headline(),
            "c.toml:2:11: wake and bedtime are the same time"
        );
    }

    #[test]
    fn bad_time_points_at_the_value() {
        let e = Config::parse("c.toml", "wake = \"7am\"\n").unwrap_err();
        assert_eq!(e.headline(), "c.toml:1:8: \"7am\" is not a time of day");
    }

    #[test]
    fn only_regular_files_are_read() {
        let e = read_text_file(Path::new("/dev/zero"), 100).unwrap_err();
        assert_eq!(e.headline(), "/dev/zero:1:1: is not a regular file");
        let tmp = tempfile::tempdir().unwrap();
        let fifo = tmp.path().join("p.toml");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.is_ok_and(|s| s.success()), "mkfifo is needed");
        let e = read_text_file(&fifo, 100).unwrap_err();
        assert!(e.message.ends_with("is not a regular file"));
        let big = tmp.path().join("big");
        std::fs::write(&big, "x".repeat(101)).unwrap();
        assert!(read_text_file(&big, 100).is_err());
        std::fs::write(&big, "x".repeat(100)).unwrap();
        assert_eq!(read_text_file(&big, 100).unwrap().len(), 100);
    }

    #[test]
    fn unknown_key_suggests_the_right_one() {
        let e = Config::parse("c.toml", "bedtim = \"22:00\"\n").unwrap_err();
        assert_eq!(e.headline(), "c.toml:1:1: unknown key \"bedtim\"");
        assert_eq!(e.hint.as_deref(), Some("did you mean \"bedtime\"?"));
    }
}
