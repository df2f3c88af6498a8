//! `windown cramp` (the relief guide: full screen, or lines with `--plain`; with `--page`,
//! `--card` or `--pdf` written to files for the bedside, [`super::cramp_page`]) and `windown
//! cramp log` (record one afterwards): their arguments, their checks, and what they print. The
//! guide itself is [`crate::relief::guide`]; the record is appended by `crate::history`.

use std::process::ExitCode;

use chrono::{
    DateTime, FixedOffset, Local, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone,
};
use clap::builder::PossibleValue;
use clap::{Args, Subcommand};

use crate::error::{CmdResult, Failure, print_out};
use crate::history::record::recorded_line;
use crate::history::record::{Leg, Muscle, PAIN_MAX};
use crate::history::{self, CrampEntry, record};
use crate::paths::Dirs;

/// `windown cramp`'s arguments.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub(crate) struct CrampArgs {
    #[command(subcommand)]
    pub(crate) command: Option<CrampCommand>,
    /// No full-screen interface: the guide as lines, for screen readers (also used when
    /// stdout is not a terminal).
    #[arg(long)]
    pub(crate) plain: bool,
    /// Which leg (default left; the screen lets you change it, --plain asks).
    #[arg(long)]
    pub(crate) leg: Option<Leg>,
    /// Which muscle (default calf; the screen lets you change it, --plain asks).
    #[arg(long)]
    pub(crate) muscle: Option<Muscle>,
    /// Write the guide as one page for a phone by the bed (self-contained HTML: no network,
    /// records nothing), instead of running it.
    #[arg(long, value_name = "FILE", conflicts_with = "plain")]
    pub(crate) page: Option<std::path::PathBuf>,
    /// Write a printable large-print card (HTML, one page), instead of running the guide.
    #[arg(long, value_name = "FILE", conflicts_with = "plain")]
    pub(crate) card: Option<std::path::PathBuf>,
    /// Write the card as a PDF (needs Chromium), instead of running the guide.
    #[arg(long, value_name = "FILE", conflicts_with = "plain")]
    pub(crate) pdf: Option<std::path::PathBuf>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum CrampCommand {
    /// Record a cramp without the guide (for the morning after).
    Log(LogArgs),
}

/// `windown cramp log`'s arguments.
#[derive(Debug, Args)]
pub(crate) struct LogArgs {
    #[arg(long, default_value = "left")]
    pub(crate) leg: Leg,
    #[arg(long, default_value = "calf")]
    pub(crate) muscle: Muscle,
    /// When it began: HH:MM (the latest such time that has passed), or YYYY-MM-DD HH:MM;
    /// default now.
    #[arg(long)]
    pub(crate) at: Option<String>,
    /// How bad, 0 (none) to 10 (worst).
    #[arg(long, value_parser = clap::value_parser!(u8).range(0..=i64::from(PAIN_MAX)))]
    pub(crate) pain: Option<u8>,
    /// How long it lasted, like 5m or 90s (at most 12h).
    #[arg(long, value_parser = lasted)]
    pub(crate) lasted: Option<u64>,
}

/// Longest `--lasted` accepted: longer is almost certainly a typo.
const LASTED_MAX_SECONDS: u64 = 12 * 3600;

/// `--lasted 5m`: a duration as windown's files write it, more than 0 and at most 12 hours.
/// clap reads it before the language is started, so its words are in the language `--lang`,
/// config.toml or the environment names ([`super::help_lang`]).
fn lasted(text: &str) -> Result<u64, String> {
    let d = crate::duration::parse(text).map_err(|e| e.to_string())?;
    let words = |id: &str| {
        let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
        crate::i18n::Messages::builtin(super::help_lang(&args)).tr(id, &[])
    };
    match d.as_secs() {
        0 => Err(words("cli-cramp-lasted-zero")),
        n if n > LASTED_MAX_SECONDS => Err(words("cli-cramp-lasted-long")),
        n => Ok(n),
    }
}

impl clap::ValueEnum for Leg {
    fn value_variants<'a>() -> &'a [Self] {
        &Leg::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.word()))
    }
}

impl clap::ValueEnum for Muscle {
    fn value_variants<'a>() -> &'a [Self] {
        &Muscle::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.word()).help(self.name()))
    }
}

/// `windown cramp ...`: the guide, or `log`.
pub(crate) fn cramp(dirs: &Dirs, args: CrampArgs, terminal: bool) -> CmdResult {
    match args.command {
        Some(CrampCommand::Log(l)) => log(dirs, l),
        None if args.page.is_some() || args.card.is_some() || args.pdf.is_some() => {
            let files = super::cramp_page::Files {
                page: args.page.as_deref(),
                card: args.card.as_deref(),
                pdf: args.pdf.as_deref(),
            };
            super::cramp_page::run(
                dirs,
                &files,
                args.leg.unwrap_or_default(),
                args.muscle.unwrap_or_default(),
            )
        }
        None if args.plain || !terminal => super::cramp_plain::run(dirs, args.leg, args.muscle),
        None => crate::tui::run_relief(
            dirs,
            args.leg.unwrap_or_default(),
            args.muscle.unwrap_or_default(),
        ),
    }
}

/// `windown cramp log`.
pub(crate) fn log(dirs: &Dirs, args: LogArgs) -> CmdResult {
    let now = record::whole_seconds(Local::now().fixed_offset());
    let at = match &args.at {
        None => now,
        Some(text) => parse_at(text, Local::now())?,
    };
    let entry = CrampEntry {
        at,
        leg: args.leg,
        muscle: args.muscle,
        relief_seconds: None,
        lasted_seconds: args.lasted,
        pain: args.pain,
        recorded: now,
    };
    history::record_cramp(dirs, &entry)?;
    let night = history::NightRules::load(dirs).cramp_night(entry.at);
    print_out(&format!("{}\n", recorded_line(&entry, night)))?;
    if night.is_none() && args.at.is_none() {
        print_out(&format!("{}\n", crate::t!("cli-cramp-log-night")))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `--at`: `HH:MM` (the latest such moment not after `now`: 03:12 at 07:30 is this morning,
/// 23:50 at 07:30 last night), or `YYYY-MM-DD HH:MM` (also with a `T`). In `now`'s time zone;
/// a time the clocks skipped is refused, a time that came twice is the first of the two.
pub(crate) fn parse_at<Tz: TimeZone>(
    text: &str,
    now: DateTime<Tz>,
) -> Result<DateTime<FixedOffset>, Failure> {
    let t = text.trim();
    let hint = "write the time as HH:MM (for example 03:12) or YYYY-MM-DD HH:MM";
    let bad = || Failure::usage(format!("--at \"{t}\" is not a time")).with_hint(hint);
    let tz = now.timezone();
    let today = now.naive_local().date();
    let resolve = |naive: NaiveDateTime| -> Result<DateTime<FixedOffset>, Failure> {
        match tz.from_local_datetime(&naive) {
            LocalResult::Single(d) => Ok(d.fixed_offset()),
            LocalResult::Ambiguous(first, _) => Ok(first.fixed_offset()),
            LocalResult::None => Err(Failure::usage(format!(
                "--at {} did not happen here: the clocks went forward over it",
                naive.format("%Y-%m-%d %H:%M")
            ))
            .with_hint("give the time just after the change")),
        }
    };
    let at = if let Ok(hm) = NaiveTime::parse_from_str(t, "%H:%M") {
        let mut at = resolve(today.and_time(hm))?;
        if at > now.fixed_offset() {
            let yesterday = today.pred_opt().unwrap_or(today);
            at = resolve(yesterday.and_time(hm))?;
        }
        at
    } else {
        let naive = NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M")
            .or_else(|_| NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M"))
            .map_err(|_| bad())?;
        resolve(naive)?
    };
    if at > now.fixed_offset() {
        return Err(Failure::usage(format!(
            "--at {} is in the future; log a cramp that has happened",
            at.format("%Y-%m-%d %H:%M")
        )));
    }
    let earliest = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or(NaiveDate::MIN);
    if at.date_naive() < earliest {
        return Err(Failure::usage(format!(
            "--at {} is before 2000; check the year",
            at.date_naive()
        ))
        .with_hint(hint));
    }
    Ok(at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::Europe::Berlin;

    fn msg(r: Result<DateTime<FixedOffset>, Failure>) -> String {
        match r {
            Err(f) => f.to_string(),
            Ok(d) => d.to_rfc3339(),
        }
    }

    #[test]
    fn a_bare_time_is_the_latest_one_that_has_passed() {
        let now = Berlin.with_ymd_and_hms(2026, 11, 25, 7, 30, 0).unwrap();
        assert_eq!(msg(parse_at("03:12", now)), "2026-11-25T03:12:00+01:00");
        assert_eq!(msg(parse_at("23:50", now)), "2026-11-24T23:50:00+01:00");
        assert_eq!(
            msg(parse_at("2026-11-20 05:40", now)),
            "2026-11-20T05:40:00+01:00"
        );
        assert_eq!(
            msg(parse_at("2026-11-20T05:40", now)),
            "2026-11-20T05:40:00+01:00"
        );
    }

    #[test]
    fn times_across_the_clock_changes() {
        // 25 October 2026: 02:30 happens twice in Berlin; 29 March: 02:30 never happens.
        let now = Berlin.with_ymd_and_hms(2026, 10, 25, 8, 0, 0).unwrap();
        assert_eq!(msg(parse_at("02:30", now)), "2026-10-25T02:30:00+02:00");
        let now = Berlin.with_ymd_and_hms(2026, 3, 29, 8, 0, 0).unwrap();
        assert_eq!(
            msg(parse_at("02:30", now)),
            "error: --at 2026-03-29 02:30 did not happen here: the clocks went forward over it\nhint: give the time just after the change\n"
        );
        assert_eq!(msg(parse_at("03:30", now)), "2026-03-29T03:30:00+02:00");
    }

    #[test]
    fn nonsense_and_the_future_are_refused() {
        let now = Berlin.with_ymd_and_hms(2026, 11, 25, 7, 30, 0).unwrap();
        assert_eq!(
            msg(parse_at("3am", now)),
            "error: --at \"3am\" is not a time\nhint: write the time as HH:MM (for example 03:12) or YYYY-MM-DD HH:MM\n"
        );
        assert!(msg(parse_at("25:00", now)).contains("not a time"));
        assert!(msg(parse_at("2026-11-26 03:00", now)).contains("in the future"));
        assert!(msg(parse_at("1999-12-31 03:00", now)).contains("before 2000"));
    }

    #[test]
    fn the_recorded_line_names_the_night() {
        let at = DateTime::parse_from_rfc3339("2026-11-25T03:12:00+01:00").unwrap();
        let e = CrampEntry {
            at,
            leg: Leg::Left,
            muscle: Muscle::Calf,
            relief_seconds: Some(185),
            lasted_seconds: None,
            pain: Some(6),
            recorded: at,
        };
        let night = crate::history::NightRules::default().cramp_night(at);
        assert_eq!(
            recorded_line(&e, night),
            "Recorded a cramp: left calf at 03:12 on Wed 25 Nov 2026 (the night of Tue 24 Nov), 3m5s with the guide, pain 6/10."
        );
        let noon = DateTime::parse_from_rfc3339("2026-11-25T11:38:00+01:00").unwrap();
        let day = CrampEntry { at: noon, ..e };
        assert_eq!(
            crate::history::NightRules::default().cramp_night(noon),
            None
        );
        assert_eq!(
            recorded_line(&day, None),
            "Recorded a cramp: left calf at 11:38 on Wed 25 Nov 2026 (a daytime cramp, not counted in a night), 3m5s with the guide, pain 6/10."
        );
    }
}
