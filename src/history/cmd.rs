//! `windown checkin`, `windown history` and `windown stats`: argument checks, reading the clock
//! once, and printing. The numbers come from [`super::stats`], the file from [`super::store`].

use std::fmt::Write as _;
use std::process::ExitCode;

use chrono::{DateTime, Duration, FixedOffset, Local, NaiveDate, Timelike};

use super::record::{self, CheckinEntry, Cramps, Record};
use super::stats::Stats;
use super::store::{self, HistoryError, Loaded};
use crate::cli::{CheckinArgs, CrampLevel, HistoryArgs};
use crate::diag::printable;
use crate::error::{CmdResult, Failure};
use crate::paths::Dirs;

/// Most cramps one check-in accepts: a larger number is almost certainly a typo.
pub const COUNT_MAX: u32 = 99;

/// The local time now, to the second (records carry no sub-second noise).
fn now() -> DateTime<FixedOffset> {
    let t = Local::now().fixed_offset();
    t.with_nanosecond(0).unwrap_or(t)
}

impl From<HistoryError> for Failure {
    fn from(e: HistoryError) -> Failure {
        match &e {
            HistoryError::NewerFormat { path, .. } => {
                Failure::new(e.to_string()).with_hint(format!(
                    "the file is {}; a newer windown can read it (nothing was changed)",
                    path.display()
                ))
            }
            HistoryError::Io { .. } => Failure::new(e.to_string()),
        }
    }
}

pub fn checkin(dirs: &Dirs, args: CheckinArgs) -> CmdResult {
    let entry = checkin_entry(args, now())?;
    super::record_checkin(dirs, &entry)?;
    let count = match entry.count {
        Some(1) => " (once)".to_string(),
        Some(n) if n > 1 => format!(" ({n} times)"),
        _ => String::new(),
    };
    let what = match entry.cramps {
        Cramps::None => "no cramps".to_string(),
        c => format!("{} cramps{count}", c.word()),
    };
    println!(
        "Recorded for the night of {}: {what}.",
        entry.night_of.format("%a %-d %b %Y")
    );
    Ok(ExitCode::SUCCESS)
}

/// Check the arguments of `windown checkin` and build the entry (pure apart from `now`).
pub fn checkin_entry(
    args: CheckinArgs,
    now: DateTime<FixedOffset>,
) -> Result<CheckinEntry, Failure> {
    let today = now.date_naive();
    let morning = match &args.date {
        None => today,
        Some(text) => parse_day(text, today)?,
    };
    let cramps = match args.cramps {
        CrampLevel::None => Cramps::None,
        CrampLevel::Mild => Cramps::Mild,
        CrampLevel::Bad => Cramps::Bad,
    };
    match (cramps, args.count) {
        (Cramps::None, Some(n)) if n > 0 => {
            return Err(Failure::usage(format!(
                "--count {n} does not fit \"none\": a night without cramps has no count"
            ))
            .with_hint("leave --count out, or record \"mild\" or \"bad\""));
        }
        (Cramps::Mild | Cramps::Bad, Some(0)) => {
            return Err(
                Failure::usage(format!("--count 0 does not fit \"{}\"", cramps.word()))
                    .with_hint("record \"none\" for a night without cramps"),
            );
        }
        (_, Some(n)) if n > COUNT_MAX => {
            return Err(Failure::usage(format!(
                "--count {n} is more than {COUNT_MAX} in one night; check the number"
            )));
        }
        _ => {}
    }
    let note = match args.note.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(n) => {
            record::check_note(n).map_err(Failure::usage)?;
            Some(n.to_string())
        }
    };
    Ok(CheckinEntry {
        night_of: super::last_night(morning),
        cramps,
        count: args.count.filter(|_| cramps != Cramps::None),
        note,
        recorded: now,
    })
}

/// `YYYY-MM-DD`, `today` or `yesterday`; never after `today`.
fn parse_day(text: &str, today: NaiveDate) -> Result<NaiveDate, Failure> {
    let day = match text.trim() {
        "today" => today,
        "yesterday" => today - Duration::days(1),
        t => NaiveDate::parse_from_str(t, "%Y-%m-%d").map_err(|_| {
            Failure::usage(format!("--date \"{t}\" is not a day"))
                .with_hint("write the morning as YYYY-MM-DD, for example 2026-11-25")
        })?,
    };
    if day > today {
        return Err(Failure::usage(format!(
            "--date {day} is in the future; a check-in is about a night that has passed"
        )));
    }
    Ok(day)
}

/// Read the history for a command: skipped lines become warnings on stderr, a newer format
/// an error.
fn load_for_command(dirs: &Dirs) -> Result<Loaded, Failure> {
    let loaded = store::load(dirs)?;
    let path = dirs.history_file();
    for s in &loaded.skipped {
        eprintln!("warning: {}", s.describe(&path));
    }
    if let Some(e) = loaded.newer_error(&path) {
        return Err(e.into());
    }
    Ok(loaded)
}

pub fn stats(dirs: &Dirs) -> CmdResult {
    let loaded = load_for_command(dirs)?;
    let stats = Stats::compute(&loaded.records, now().date_naive());
    print!("{}", stats.to_text());
    Ok(ExitCode::SUCCESS)
}

pub fn history(dirs: &Dirs, args: HistoryArgs) -> CmdResult {
    if args.days == Some(0) {
        return Err(Failure::usage("--days must be at least 1"));
    }
    let loaded = load_for_command(dirs)?;
    let today = now().date_naive();
    let from = args
        .days
        .map(|n| today - Duration::days(i64::from(n.min(100_000)) - 1));
    let shown: Vec<&Record> = loaded
        .records
        .iter()
        .filter(|r| from.is_none_or(|f| day_of(r) >= f))
        .collect();
    let mut out = String::new();
    if args.json {
        for r in shown {
            out.push_str(&r.to_line());
            out.push('\n');
        }
    } else if args.csv {
        out.push_str(CSV_HEADER);
        out.push('\n');
        for r in shown {
            out.push_str(&csv_row(r));
            out.push('\n');
        }
    } else if shown.is_empty() {
        out.push_str(if loaded.records.is_empty() {
            "No history yet: sessions and check-ins will show here.\n"
        } else {
            "Nothing recorded in those days.\n"
        });
    } else {
        for r in shown {
            out.push_str(&text_row(r));
            out.push('\n');
        }
    }
    print!("{out}");
    Ok(ExitCode::SUCCESS)
}

/// The day a record is filed under for `--days`: the evening for sessions and check-ins, the
/// calendar day for reminder acknowledgements.
fn day_of(r: &Record) -> NaiveDate {
    match r {
        Record::Session(s) => s.evening(),
        Record::Checkin(c) => c.night_of,
        Record::ReminderAck(a) => a.at.date_naive(),
    }
}

fn text_row(r: &Record) -> String {
    let at = r.at().format("%Y-%m-%d %H:%M");
    match r {
        Record::Session(s) => {
            let time = crate::duration::human(std::time::Duration::from_secs(s.active_seconds));
            let how = if s.finished {
                format!("finished, {} of {} steps", s.steps_done, s.steps_total)
            } else {
                format!("stopped after {} of {} steps", s.steps_done, s.steps_total)
            };
            let skipped = if s.steps_skipped > 0 {
                format!(" ({} skipped)", s.steps_skipped)
            } else {
                String::new()
            };
            format!(
                "{at}  session   {} ({}): {how}{skipped}, {time}",
                printable(&s.routine_title),
                printable(&s.routine_id)
            )
        }
        Record::Checkin(c) => {
            let mut line = format!(
                "{at}  check-in  night of {}: {}",
                c.night_of,
                c.cramps.word()
            );
            if let Some(n) = c.count {
                let _ = write!(line, ", {n} {}", if n == 1 { "cramp" } else { "cramps" });
            }
            if let Some(note) = &c.note {
                let _ = write!(line, ": \"{}\"", printable(note));
            }
            line
        }
        Record::ReminderAck(a) => {
            format!("{at}  reminder  {}: done", printable(&a.reminder_id))
        }
    }
}

const CSV_HEADER: &str = "type,time,evening,routine_id,routine_title,ended,active_seconds,steps_done,steps_skipped,steps_total,finished,cramps,count,note,reminder_id";

fn csv_row(r: &Record) -> String {
    let cells: Vec<String> = match r {
        Record::Session(s) => vec![
            "session".into(),
            s.started.to_rfc3339(),
            s.evening().to_string(),
            s.routine_id.clone(),
            s.routine_title.clone(),
            s.ended.to_rfc3339(),
            s.active_seconds.to_string(),
            s.steps_done.to_string(),
            s.steps_skipped.to_string(),
            s.steps_total.to_string(),
            s.finished.to_string(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ],
        Record::Checkin(c) => {
            let mut v = vec![
                "checkin".into(),
                c.recorded.to_rfc3339(),
                c.night_of.to_string(),
            ];
            v.extend(std::iter::repeat_n(String::new(), 8));
            v.push(c.cramps.word().into());
            v.push(c.count.map(|n| n.to_string()).unwrap_or_default());
            v.push(c.note.clone().unwrap_or_default());
            v.push(String::new());
            v
        }
        Record::ReminderAck(a) => {
            let mut v = vec!["reminder_ack".into(), a.at.to_rfc3339()];
            v.extend(std::iter::repeat_n(String::new(), 12));
            v.push(a.reminder_id.clone());
            v
        }
    };
    cells
        .iter()
        .map(|c| csv_cell(c))
        .collect::<Vec<_>>()
        .join(",")
}

/// One CSV field: quoted when it holds a comma, quote or line break; control characters made
/// visible as in every other output (a hand-edited file must not reach the terminal raw).
fn csv_cell(text: &str) -> String {
    let text = printable(text);
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(
        cramps: CrampLevel,
        count: Option<u32>,
        note: Option<&str>,
        date: Option<&str>,
    ) -> CheckinArgs {
        CheckinArgs {
            cramps,
            count,
            note: note.map(str::to_string),
            date: date.map(str::to_string),
        }
    }

    fn now() -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-11-25T07:30:00+01:00").unwrap()
    }

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, day).unwrap()
    }

    #[test]
    fn a_checkin_is_about_the_night_before_the_morning() {
        let e = checkin_entry(
            args(CrampLevel::Mild, Some(2), Some(" left calf "), None),
            now(),
        )
        .unwrap();
        assert_eq!(e.night_of, d(24));
        assert_eq!(e.count, Some(2));
        assert_eq!(e.note.as_deref(), Some("left calf"));
        let e = checkin_entry(
            args(CrampLevel::None, None, Some(""), Some("2026-11-20")),
            now(),
        )
        .unwrap();
        assert_eq!((e.night_of, e.note), (d(19), None));
    }

    #[test]
    fn checkin_arguments_that_make_no_sense_are_refused() {
        let msg = |a| match checkin_entry(a, now()) {
            Err(f) => f.to_string(),
            Ok(_) => String::new(),
        };
        assert_eq!(
            msg(args(CrampLevel::None, Some(3), None, None)),
            "error: --count 3 does not fit \"none\": a night without cramps has no count\nhint: leave --count out, or record \"mild\" or \"bad\"\n"
        );
        assert!(msg(args(CrampLevel::Bad, Some(0), None, None)).contains("--count 0"));
        assert!(msg(args(CrampLevel::Bad, Some(500), None, None)).contains("more than 99"));
        assert!(msg(args(CrampLevel::Bad, None, Some("a\u{7}b"), None)).contains("control"));
        assert!(msg(args(CrampLevel::Bad, None, None, Some("2026-11-26"))).contains("future"));
        assert!(msg(args(CrampLevel::Bad, None, None, Some("26/11"))).contains("not a day"));
    }

    #[test]
    fn csv_quotes_what_needs_quoting() {
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a, \"b\""), "\"a, \"\"b\"\"\"");
        let row = csv_row(&super::super::stats::fixture::checkin(3, Cramps::Bad));
        assert_eq!(row.split(',').count(), CSV_HEADER.split(',').count());
    }
}
