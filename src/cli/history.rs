//! `windown checkin`, `windown history` and `windown stats`: their arguments, argument checks,
//! reading the clock once, and printing. The numbers come from [`crate::history::stats`], the
//! file from [`crate::history::store`]; `windown report` is [`super::report`].

use std::fmt::Write as _;
use std::process::ExitCode;

use chrono::{DateTime, Duration, FixedOffset, Local, NaiveDate};
use clap::Args;
use clap::builder::PossibleValue;

use crate::diag::printable;
use crate::error::{CmdResult, Failure, print_err, print_out};
use crate::history::NightRules;
use crate::history::record::{self, CheckinEntry, Cramps, Record, VoidTarget, logged_line};
use crate::history::rows::{
    cramps_words, day_words, day_words_short, kind_words, text_row, undo_void,
};
use crate::history::stats::Stats;
use crate::history::store::{self, HistoryError, Loaded};
use crate::paths::Dirs;
use crate::t;

/// Most cramps one check-in accepts: a larger number is almost certainly a typo.
pub(crate) const COUNT_MAX: u32 = 99;

/// `windown checkin`'s arguments.
#[derive(Debug, Args)]
pub(crate) struct CheckinArgs {
    /// How last night went (asked on a terminal when not given).
    pub(crate) cramps: Option<Cramps>,
    /// How many cramps, if you counted.
    #[arg(long)]
    pub(crate) count: Option<u32>,
    /// A short note.
    #[arg(long)]
    pub(crate) note: Option<String>,
    /// The morning this is about (YYYY-MM-DD); default today.
    #[arg(long)]
    pub(crate) date: Option<String>,
    /// Whether the cramps woke you.
    #[arg(long, value_parser = ["yes", "no"])]
    pub(crate) woke: Option<String>,
    /// During an experiment: is one leg painful and swollen, warm or red? (asked on a
    /// terminal when not given)
    #[arg(long, value_parser = ["yes", "no"])]
    pub(crate) leg_swollen: Option<String>,
}

/// `windown history`'s arguments.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub(crate) struct HistoryArgs {
    #[command(subcommand)]
    pub(crate) action: Option<HistoryAction>,
    /// Only the last N days.
    #[arg(long)]
    pub(crate) days: Option<u32>,
    /// JSON lines.
    #[arg(long, conflicts_with = "csv")]
    pub(crate) json: bool,
    /// CSV with a header row.
    #[arg(long)]
    pub(crate) csv: bool,
}

/// `windown history undo`.
#[derive(Debug, clap::Subcommand)]
pub(crate) enum HistoryAction {
    /// Remove the last record written (a session, check-in, cramp or reminder "done"; never
    /// an experiment's record). Nothing is rewritten: a correction is added to the file.
    Undo,
}

/// The check-in's answer on the command line: the words the history file uses.
impl clap::ValueEnum for Cramps {
    fn value_variants<'a>() -> &'a [Self] {
        &[Cramps::None, Cramps::Mild, Cramps::Bad]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.word()))
    }
}

/// The local time now, to the second (records carry no sub-second noise).
pub(crate) fn now() -> DateTime<FixedOffset> {
    record::whole_seconds(Local::now().fixed_offset())
}

/// The earliest morning `--date` accepts.
fn earliest_morning() -> NaiveDate {
    NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or(NaiveDate::MIN)
}

impl From<HistoryError> for Failure {
    fn from(e: HistoryError) -> Failure {
        match &e {
            HistoryError::NewerFormat { path, .. } => Failure::new(e.to_string()).with_hint(
                crate::t!("history-newer-hint", path = path.display().to_string()),
            ),
            HistoryError::Io { .. } => Failure::new(e.to_string()),
        }
    }
}

pub(crate) fn checkin(dirs: &Dirs, mut args: CheckinArgs) -> CmdResult {
    let rules = NightRules::load(dirs);
    let leg_swollen = args.leg_swollen.as_deref().map(|a| a == "yes");
    let at = now();
    if args.cramps.is_none() {
        use std::io::IsTerminal as _;
        // Asked as the app's check-in asks, with a terminal; without one, said how to give it.
        if !std::io::stdin().is_terminal() {
            return Err(no_answer());
        }
        let morning = match &args.date {
            None => rules.day_of(at),
            Some(text) => parse_day(text, at.date_naive())?,
        };
        let night = morning.pred_opt().unwrap_or(morning);
        let asked = ask_checkin(
            &mut std::io::stdin().lock(),
            &mut std::io::stdout().lock(),
            night,
            args.woke.is_none(),
        )
        .map_err(|e| Failure::new(format!("cannot read the answer: {e}")))?;
        let Some((cramps, woke)) = asked else {
            return Err(Failure::new("nothing was recorded (no answer given)").with_hint(HINT));
        };
        args.cramps = Some(cramps);
        if let Some(w) = woke {
            args.woke = Some(if w { "yes" } else { "no" }.to_string());
        }
    }
    let mut entry = checkin_entry(args, &rules, at)?;
    // The answer this one replaces, if the night has one already (a file that cannot be read
    // is refused by the append below, with its reason), and the cramps logged that night.
    let records = store::load(dirs).map(|l| l.records).unwrap_or_default();
    let logged = crate::history::stats::cramps_of_night(&records, &rules, entry.night_of);
    if let Some(line) = logged_line(&logged, "that") {
        print_out(&format!("{line}\n"))?;
    }
    if entry.cramps != Cramps::None && entry.count.is_none() && !logged.is_empty() {
        entry.count = Some(logged.len() as u32);
    }
    // During an experiment: the number of cramps, and the red-flag question.
    let red_flag = super::trial::checkin_questions(&records, rules, &mut entry, leg_swollen, at)?;
    let too_late = crate::trial::too_late_for_experiment(&records, rules, entry.night_of, at);
    let earlier = records.into_iter().rev().find_map(|r| match r {
        Record::Checkin(c) if c.night_of == entry.night_of => Some(c),
        _ => None,
    });
    crate::history::record_checkin(dirs, &entry)?;
    print_out(&format!(
        "{}\n",
        t!(
            "history-checkin-recorded",
            night = day_words(entry.night_of),
            cramps = entry.cramps.word(),
            answer = cramps_words(entry.cramps),
            count = entry.count.unwrap_or(0),
            replaces = if earlier.is_some() { "yes" } else { "no" },
            earlier = earlier.map(|c| cramps_words(c.cramps)).unwrap_or_default()
        )
    ))?;
    if entry.cramps == Cramps::None && !logged.is_empty() {
        // Both stand: the answer, and the cramps logged (never taken back by an answer).
        print_out(&format!(
            "{}\n",
            t!("history-checkin-none-logged", n = logged.len() as u32)
        ))?;
    }
    if too_late {
        print_out(&format!("{}\n", t!("trial-checkin-too-late")))?;
    }
    if red_flag {
        super::trial::end_by_red_flag(dirs, at)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// How to give the answer on the command line.
const HINT: &str = "give it as a word, for example: windown checkin mild (or none, or bad)";

/// `windown checkin` without its answer and without a terminal to ask on.
fn no_answer() -> Failure {
    Failure::usage("windown checkin needs how last night went: none, mild or bad").with_hint(HINT)
}

/// The check-in's questions on a terminal, as the app asks them: how last night went (none,
/// mild or bad; asked again until understood), then, after mild or bad and when `ask_woke`,
/// whether the cramps woke the person (Enter skips). `None`: the input ended first.
pub(crate) fn ask_checkin(
    input: &mut dyn std::io::BufRead,
    out: &mut dyn std::io::Write,
    night: NaiveDate,
    ask_woke: bool,
) -> std::io::Result<Option<(Cramps, Option<bool>)>> {
    let mut read = |out: &mut dyn std::io::Write, q: &str| -> std::io::Result<Option<String>> {
        write!(out, "{q}")?;
        out.flush()?;
        let mut line = String::new();
        Ok((input.read_line(&mut line)? > 0).then(|| line.trim().to_lowercase()))
    };
    let question = t!("history-checkin-ask", night = day_words_short(night));
    let cramps = loop {
        let Some(a) = read(out, &question)? else {
            return Ok(None);
        };
        // The English words in every language, and the translation shown beside them.
        let shown = [Cramps::None, Cramps::Mild, Cramps::Bad]
            .into_iter()
            .find(|&c| crate::setup::said(&cramps_words(c), &a));
        match (a.as_str(), shown) {
            ("n" | "none" | "no", _) => break Cramps::None,
            ("m" | "mild", _) => break Cramps::Mild,
            ("b" | "bad", _) => break Cramps::Bad,
            (_, Some(c)) => break c,
            _ => writeln!(out, "{}", t!("history-checkin-ask-again"))?,
        }
    };
    if cramps == Cramps::None || !ask_woke {
        return Ok(Some((cramps, None)));
    }
    loop {
        let Some(a) = read(out, &t!("history-checkin-ask-woke"))? else {
            return Ok(Some((cramps, None)));
        };
        if a.is_empty() {
            return Ok(Some((cramps, None)));
        }
        match crate::setup::yes_or_no(&a) {
            Some(woke) => return Ok(Some((cramps, Some(woke)))),
            None => writeln!(out, "{}", t!("history-checkin-ask-woke-again"))?,
        }
    }
}

/// Check the arguments of `windown checkin` and build the entry (pure apart from `now`).
pub(crate) fn checkin_entry(
    args: CheckinArgs,
    rules: &NightRules,
    now: DateTime<FixedOffset>,
) -> Result<CheckinEntry, Failure> {
    // Without --date: the morning after the latest night that is over (before the morning
    // starts, 04:00 by default, the night is still going on, so the question is about the
    // night before it).
    let morning = match &args.date {
        None => rules.day_of(now),
        Some(text) => parse_day(text, now.date_naive())?,
    };
    let cramps = args.cramps.ok_or_else(no_answer)?;
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
            record::check_note(n).map_err(|e| Failure::usage(e.to_string()))?;
            Some(n.to_string())
        }
    };
    if cramps == Cramps::None && args.woke.as_deref() == Some("yes") {
        return Err(
            Failure::usage("--woke yes does not fit \"none\": a night without cramps")
                .with_hint("leave --woke out, or record \"mild\" or \"bad\""),
        );
    }
    Ok(CheckinEntry {
        night_of: morning.pred_opt().unwrap_or(morning),
        cramps,
        count: args.count.filter(|_| cramps != Cramps::None),
        note: note.map(String::into_boxed_str),
        woke: args.woke.map(|w| w == "yes"),
        recorded: now,
    })
}

/// `YYYY-MM-DD`, `today` or `yesterday`; from 2000-01-01 up to `today`.
fn parse_day(text: &str, today: NaiveDate) -> Result<NaiveDate, Failure> {
    let day = match text.trim() {
        "today" => today,
        "yesterday" => today.pred_opt().unwrap_or(today),
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
    if day < earliest_morning() {
        return Err(Failure::usage(format!(
            "--date {day} is before {}; check the year",
            earliest_morning()
        ))
        .with_hint("write the morning as YYYY-MM-DD, for example 2026-11-25"));
    }
    Ok(day)
}

/// Read the history for a command: skipped lines become warnings on stderr, a newer format
/// an error.
pub(crate) fn load_for_command(dirs: &Dirs) -> Result<Loaded, Failure> {
    let loaded = store::load(dirs)?;
    let path = dirs.history_file();
    for w in loaded.warnings(&path) {
        print_err(&format!("warning: {w}\n"));
    }
    if let Some(h) = loaded.warnings_hint(&path) {
        print_err(&format!("hint: {h}\n"));
    }
    if let Some(e) = loaded.newer_error(&path) {
        return Err(e.into());
    }
    Ok(loaded)
}

/// The history a command has finished with, left to the process's exit rather than freed
/// record by record: the command ends the process next, which gives back all its memory at
/// once (at the 64 MiB cap, about 550,000 records: 2.6% of `stats`' instructions, measured in
/// issue 24). For the one-shot commands only; the app, which goes on, drops what it reads.
pub(crate) fn leave_to_exit(loaded: Loaded) {
    std::mem::forget(loaded);
}

pub(crate) fn stats(dirs: &Dirs) -> CmdResult {
    let loaded = load_for_command(dirs)?;
    let rules = NightRules::load(dirs);
    let at = now();
    let today = rules.day_of(at);
    let experiment = crate::trial::experiment_state(&loaded.records, rules, at);
    let running = experiment == crate::history::stats::Experiment::Running;
    // Never a six-week check during a personal experiment (issue 22).
    let (stats, six) = Stats::compute_with_six_weeks(&loaded.records, &rules, today, running);
    print_out(&stats.with_experiment(experiment).to_text())?;
    if let Some(six) = six {
        print_out(&format!("\n{}\n", six.lines().join("\n")))?;
    }
    leave_to_exit(loaded);
    Ok(ExitCode::SUCCESS)
}

/// `windown history undo`: takes back the last change. A removal made in the app is
/// reversed (its record counts again); otherwise the last record in force that can be voided
/// is removed. Either way a `void` marked as undo's is appended, so running it again goes on
/// to the change before.
fn undo(dirs: &Dirs) -> CmdResult {
    let loaded = load_for_command(dirs)?;
    if let Some(removal) = &loaded.last_removal {
        undo_void(dirs, VoidTarget::Void, removal.void.recorded, now())?;
        let row = text_row(&removal.record, &NightRules::load(dirs), false);
        let kind = removal.record.void_target().unwrap_or(removal.void.target);
        print_out(&format!(
            "{}\n{}\n",
            t!(
                "history-undo-back",
                kind = kind_words(kind),
                row = row.trim_start()
            ),
            t!("history-undo-back-stays")
        ))?;
        return Ok(ExitCode::SUCCESS);
    }
    let Some((target, r)) = loaded
        .records
        .iter()
        .rev()
        .find_map(|r| r.void_target().map(|t| (t, r)))
    else {
        print_out(&format!("{}\n", t!("history-undo-nothing")))?;
        return Ok(ExitCode::SUCCESS);
    };
    undo_void(dirs, target, r.at(), now())?;
    let row = text_row(r, &NightRules::load(dirs), false);
    print_out(&format!(
        "{}\n{}\n",
        t!(
            "history-undo-done",
            kind = kind_words(target),
            row = row.trim_start()
        ),
        t!("history-undo-stays")
    ))?;
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn history(dirs: &Dirs, args: HistoryArgs) -> CmdResult {
    if let Some(HistoryAction::Undo) = args.action {
        return undo(dirs);
    }
    if args.days == Some(0) {
        return Err(Failure::usage("--days must be at least 1"));
    }
    let loaded = load_for_command(dirs)?;
    let today = now().date_naive();
    let from = args
        .days
        .map(|n| today - Duration::days(i64::from(n.min(100_000)) - 1));
    let replaced = replaced_checkins(&loaded.records);
    let rules = NightRules::load(dirs);
    // By the record's own time: this morning's check-in is about last night, but it was
    // given today.
    let mut shown: Vec<(&Record, bool)> = loaded
        .records
        .iter()
        .enumerate()
        .filter(|(_, r)| from.is_none_or(|f| r.at().date_naive() >= f))
        .map(|(i, r)| (r, replaced.contains(&i)))
        .collect();
    // In time order, whatever order they were appended in (a cramp logged the next morning
    // comes before that morning's check-in); stable, so equal times keep the file's order.
    shown.sort_by_key(|(r, _)| r.at());
    let mut out = String::new();
    if args.json {
        for (r, _) in shown {
            out.push_str(&json_safe(&r.to_line()));
            out.push('\n');
        }
    } else if args.csv {
        out.push_str(CSV_HEADER);
        out.push('\n');
        for (r, replaced) in shown {
            out.push_str(&csv_row(r, &rules, replaced));
            out.push('\n');
        }
    } else if shown.is_empty() {
        out.push_str(&t!(if loaded.records.is_empty() {
            "history-empty"
        } else {
            "history-empty-days"
        }));
        out.push('\n');
    } else {
        for (r, replaced) in shown {
            out.push_str(&text_row(r, &rules, replaced));
            out.push('\n');
        }
        if !loaded.voided.is_empty() {
            let _ = writeln!(
                out,
                "{}",
                t!("history-removed-not-shown", n = loaded.voided.len())
            );
        }
    }
    print_out(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// A JSON line with every character the text and CSV outputs escape (C1 controls, DEL,
/// bidirectional overrides: [`crate::diag::is_unsafe_char`]) written as a `\uXXXX` escape.
/// serde_json escapes C0 controls only; the others are valid JSON but reach a terminal as
/// they are. Such characters can only stand inside strings, where the escape means the same.
fn json_safe(line: &str) -> std::borrow::Cow<'_, str> {
    if !line.chars().any(crate::diag::is_unsafe_char) {
        return std::borrow::Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len() + 12);
    for c in line.chars() {
        if crate::diag::is_unsafe_char(c) {
            // All of them lie in the Basic Multilingual Plane: one escape each.
            let _ = write!(out, "\\u{:04x}", c as u32);
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The positions of check-ins a later answer for the same night replaces (they count
/// nowhere; see [`crate::history::stats::nights`]: the one recorded last counts).
fn replaced_checkins(records: &[Record]) -> std::collections::HashSet<usize> {
    let mut last = std::collections::HashMap::new();
    let mut out = std::collections::HashSet::new();
    for (i, r) in records.iter().enumerate() {
        if let Record::Checkin(c) = r
            && let Some(earlier) = last.insert(c.night_of, i)
        {
            out.insert(earlier);
        }
    }
    out
}

const CSV_HEADER: &str = "type,time,evening,routine_id,routine_title,ended,active_seconds,steps_done,steps_skipped,steps_total,finished,cramps,count,note,reminder_id,replaced,leg,muscle,pain,relief_seconds,task_seconds";

/// The cramp columns at the end of a row (empty for the other records).
const CRAMP_COLUMNS: usize = 4;

/// The `evening` column: a session's evening, a check-in's night, a cramp's night; empty for
/// a daytime session or cramp.
fn csv_row(r: &Record, rules: &NightRules, replaced: bool) -> String {
    let day = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let mut cells: Vec<String> = match r {
        Record::Session(s) => vec![
            "session".into(),
            s.started.to_rfc3339(),
            day(rules.evening_of(s.started)),
            s.routine_id.to_string(),
            s.routine_title.to_string(),
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
            String::new(),
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
            v.push(c.note.as_deref().unwrap_or_default().to_string());
            v.push(String::new());
            v.push(replaced.to_string());
            v.extend(std::iter::repeat_n(String::new(), CRAMP_COLUMNS));
            v
        }
        Record::ReminderAck(a) => {
            let mut v = vec!["reminder_ack".into(), a.at.to_rfc3339()];
            v.extend(std::iter::repeat_n(String::new(), 12));
            v.push(a.reminder_id.to_string());
            v.push(String::new());
            v.extend(std::iter::repeat_n(String::new(), CRAMP_COLUMNS));
            v
        }
        Record::Cramp(c) => {
            let mut v = vec![
                "cramp".into(),
                c.at.to_rfc3339(),
                day(rules.cramp_night(c.at)),
            ];
            v.extend(std::iter::repeat_n(String::new(), 13));
            v.push(c.leg.word().into());
            v.push(c.muscle.word().into());
            v.push(c.pain.map(|n| n.to_string()).unwrap_or_default());
            v.push(c.relief_seconds.map(|n| n.to_string()).unwrap_or_default());
            v
        }
        // The experiment's records: their type and time (`history --json` has every field).
        other => {
            let kind = match other {
                Record::TrialPlan(_) => "trial_plan",
                Record::TrialNote(_) => "trial_note",
                Record::TrialEnd(_) => "trial_end",
                _ => "void",
            };
            let mut v = vec![kind.into(), other.at().to_rfc3339()];
            v.extend(std::iter::repeat_n(String::new(), 18));
            v
        }
    };
    // Last, so that the columns before it keep their places: a session's time waiting on
    // task steps (empty for the other records, and for a session recorded before it counted).
    cells.push(match r {
        Record::Session(s) => s.task_seconds.map(|n| n.to_string()).unwrap_or_default(),
        _ => String::new(),
    });
    cells
        .iter()
        .map(|c| csv_cell(c))
        .collect::<Vec<_>>()
        .join(",")
}

/// One CSV field: quoted when it holds a comma, quote or line break; control characters made
/// visible as in every other output (a hand-edited file must not reach the terminal raw). A
/// field that begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`,
/// as OWASP advises against formula injection: a spreadsheet shows it as text, never runs it.
fn csv_cell(text: &str) -> String {
    let formula = |t: &str| t.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let text = if formula(text) || formula(&printable(text)) {
        format!("'{}", printable(text)).into()
    } else {
        printable(text)
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_lines_escape_what_the_text_output_escapes() {
        let line = serde_json::json!({"note": "a\u{85}b\u{202e}c\u{7f}d\u{1b}e é"}).to_string();
        let safe = json_safe(&line);
        assert_eq!(safe, r#"{"note":"a\u0085b\u202ec\u007fd\u001be é"}"#);
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back["note"], "a\u{85}b\u{202e}c\u{7f}d\u{1b}e é");
        assert!(matches!(
            json_safe("{\"a\":1}"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    fn args(
        cramps: Cramps,
        count: Option<u32>,
        note: Option<&str>,
        date: Option<&str>,
    ) -> CheckinArgs {
        CheckinArgs {
            cramps: Some(cramps),
            count,
            note: note.map(str::to_string),
            date: date.map(str::to_string),
            woke: None,
            leg_swollen: None,
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
            args(Cramps::Mild, Some(2), Some(" left calf "), None),
            &NightRules::default(),
            now(),
        )
        .unwrap();
        assert_eq!(e.night_of, d(24));
        assert_eq!(e.count, Some(2));
        assert_eq!(e.note.as_deref(), Some("left calf"));
        let e = checkin_entry(
            args(Cramps::None, None, Some(""), Some("2026-11-20")),
            &NightRules::default(),
            now(),
        )
        .unwrap();
        assert_eq!((e.night_of, e.note), (d(19), None));
    }

    #[test]
    fn checkin_asks_on_a_terminal_as_the_app_does() {
        let night = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let run = |input: &str, ask_woke: bool| {
            let mut out = Vec::new();
            let got = ask_checkin(
                &mut std::io::Cursor::new(input.as_bytes()),
                &mut out,
                night,
                ask_woke,
            )
            .unwrap();
            (got, String::from_utf8(out).unwrap())
        };
        let (got, out) = run("dunno\nMild\ny\n", true);
        assert_eq!(got, Some((Cramps::Mild, Some(true))));
        assert!(
            out.starts_with("Leg cramps last night (the night of Tue 24 Nov)? none, mild or bad: "),
            "{out}"
        );
        assert!(out.contains("Please answer none, mild or bad."), "{out}");
        assert_eq!(run("none\n", true).0, Some((Cramps::None, None)));
        assert_eq!(run("b\n\n", true).0, Some((Cramps::Bad, None)));
        assert_eq!(run("b\n", false).0, Some((Cramps::Bad, None)));
        // The input ends before an answer: nothing.
        assert_eq!(run("", true).0, None);
        // In German, the words shown beside the English ones as well, in any case; and ja or
        // nein (as `setup --plain` takes them) for "did they wake you?".
        let de: &'static crate::i18n::Messages =
            Box::leak(Box::new(crate::i18n::Messages::builtin("de")));
        crate::i18n::scoped(de, || {
            assert_eq!(
                run("leicht\nja\n", true).0,
                Some((Cramps::Mild, Some(true)))
            );
            assert_eq!(
                run("Schlimm\nNein\n", true).0,
                Some((Cramps::Bad, Some(false)))
            );
            assert_eq!(run("keine\n", true).0, Some((Cramps::None, None)));
            assert_eq!(run("mild\nyes\n", true).0, Some((Cramps::Mild, Some(true))));
            // Anything else is asked again, naming what is taken.
            let (got, out) = run("wenig\nbad\nvielleicht\nj\n", true);
            assert_eq!(got, Some((Cramps::Bad, Some(true))));
            assert!(out.contains("none, mild oder bad"), "{out}");
            assert!(out.contains("yes oder no"), "{out}");
        });
        // Without an answer and without a terminal: a usage error naming the command.
        let Failure::Message {
            message,
            hints,
            code,
        } = no_answer()
        else {
            panic!()
        };
        assert_eq!(code, 2);
        assert!(message.contains("none, mild or bad"), "{message}");
        assert!(
            hints.iter().any(|h| h.contains("windown checkin mild")),
            "{hints:?}"
        );
    }

    #[test]
    fn checkin_arguments_that_make_no_sense_are_refused() {
        let msg = |a| match checkin_entry(a, &NightRules::default(), now()) {
            Err(f) => f.to_string(),
            Ok(_) => String::new(),
        };
        assert_eq!(
            msg(args(Cramps::None, Some(3), None, None)),
            "error: --count 3 does not fit \"none\": a night without cramps has no count\nhint: leave --count out, or record \"mild\" or \"bad\"\n"
        );
        assert!(msg(args(Cramps::Bad, Some(0), None, None)).contains("--count 0"));
        assert!(msg(args(Cramps::Bad, Some(500), None, None)).contains("more than 99"));
        assert!(msg(args(Cramps::Bad, None, Some("a\u{7}b"), None)).contains("control"));
        assert!(msg(args(Cramps::Bad, None, None, Some("2026-11-26"))).contains("future"));
        assert!(msg(args(Cramps::Bad, None, None, Some("26/11"))).contains("not a day"));
        assert!(msg(args(Cramps::Bad, None, None, Some("1999-12-31"))).contains("before 2000"));
        assert!(msg(args(Cramps::Bad, None, None, Some("0000-01-01"))).contains("before 2000"));
        assert!(msg(args(Cramps::Bad, None, None, Some("-262143-01-01"))).contains("before 2000"));
        assert!(
            checkin_entry(
                args(Cramps::Bad, None, None, Some("2000-01-01")),
                &NightRules::default(),
                now()
            )
            .is_ok()
        );
    }

    #[test]
    fn in_the_small_hours_the_checkin_is_about_the_night_before() {
        let at = |s| DateTime::parse_from_rfc3339(s).unwrap();
        let e = checkin_entry(
            args(Cramps::None, None, None, None),
            &NightRules::default(),
            at("2026-11-25T01:54:00+01:00"),
        )
        .unwrap();
        assert_eq!(e.night_of, d(23));
    }

    #[test]
    fn later_answers_mark_earlier_ones_replaced() {
        use crate::history::stats::fixture::{checkin, session};
        let recs = vec![
            checkin(3, Cramps::Mild),
            session(3, "22:00", true),
            checkin(4, Cramps::None),
            checkin(3, Cramps::Bad),
        ];
        assert_eq!(replaced_checkins(&recs), [0].into());
        assert!(
            text_row(&recs[0], &NightRules::default(), true)
                .ends_with("mild  (replaced by a later answer)")
        );
    }

    #[test]
    fn csv_quotes_what_needs_quoting() {
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        for lead in ["+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert!(
                csv_cell(lead).trim_start_matches('"').starts_with('\''),
                "{lead:?}"
            );
        }
        assert_eq!(csv_cell("a=b"), "a=b");
        assert_eq!(csv_cell("a, \"b\""), "\"a, \"\"b\"\"\"");
        let n = CSV_HEADER.split(',').count();
        let f = crate::history::stats::fixture::checkin(3, Cramps::Bad);
        assert_eq!(
            csv_row(&f, &NightRules::default(), true).split(',').count(),
            n
        );
        assert!(csv_row(&f, &NightRules::default(), true).ends_with(",true,,,,,"));
        let mut s = crate::history::stats::fixture::session(3, "22:00", true);
        assert_eq!(
            csv_row(&s, &NightRules::default(), false)
                .split(',')
                .count(),
            n
        );
        if let Record::Session(e) = &mut s {
            e.task_seconds = Some(40);
        }
        assert!(csv_row(&s, &NightRules::default(), false).ends_with(",,,,,40"));
        let c = crate::history::stats::fixture::cramp(3, "03:12", Some(6));
        let row = csv_row(&c, &NightRules::default(), false);
        assert_eq!(row.split(',').count(), n, "{row}");
        assert!(row.ends_with(",left,calf,6,,"), "{row}");
        assert!(
            row.starts_with("cramp,2026-11-04T03:12:00+01:00,2026-11-03,"),
            "{row}"
        );
    }
}
