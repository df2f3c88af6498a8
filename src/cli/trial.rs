//! `windown trial`: the personal experiment ("Does stretching help me?"). Explains the plan,
//! starts it (asking on a terminal for what the flags do not give), tells where it stands,
//! records notes, stops it, and gives the result at the end. The plan and the analysis are
//! [`crate::trial`]'s; this module reads the clock once, reads the history, and prints.

use std::fmt::Write as _;
use std::io::{BufRead, IsTerminal};
use std::process::ExitCode;

use chrono::{DateTime, Duration, FixedOffset};
use clap::{Args, Subcommand};

use super::history::{load_for_command, now};
use crate::error::{CmdResult, Failure, print_out};
use crate::history::record::{self, Record};
use crate::history::rows::{day_words, day_words_short};
use crate::history::{NightRules, store};
use crate::paths::Dirs;
use crate::t;
use crate::trial::plan::{Kind, Trial};
use crate::trial::words::{
    add_note, begin, end_early, explain as explain_words, medicine_warning, no_trial, result_of,
    result_text, status_of, status_words,
};

/// `windown trial`'s arguments.
#[derive(Debug, Args)]
pub(crate) struct TrialArgs {
    #[command(subcommand)]
    pub(crate) command: Option<TrialCommand>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum TrialCommand {
    /// Draw the plan and start with a week of check-ins only.
    Start(StartArgs),
    /// Where the experiment stands: phase, block, what tonight is, nights recorded.
    Status {
        #[arg(long)]
        json: bool,
    },
    /// End the experiment early (the diary stays; no verdict).
    Stop,
    /// Record something that happened (a medicine changed, an illness).
    Note {
        /// One line of plain text.
        text: String,
    },
    /// The result, once the last block is over.
    Result {
        #[arg(long)]
        json: bool,
    },
}

/// `windown trial start`'s arguments.
#[derive(Debug, Args)]
pub(crate) struct StartArgs {
    /// Pairs of 14-night blocks: 3 (13 weeks) or 4 (17 weeks).
    #[arg(long, value_parser = ["3", "4"])]
    pub(crate) pairs: Option<String>,
    /// How much you expect stretching to help, 0 (not at all) to 10 (a lot).
    #[arg(long, value_parser = clap::value_parser!(u8).range(0..=10))]
    pub(crate) expect: Option<u8>,
    /// Whether a medicine changed in the last 4 weeks, or will.
    #[arg(long, value_parser = ["yes", "no"])]
    pub(crate) medicine_change: Option<String>,
}

pub(crate) fn trial(dirs: &Dirs, args: TrialArgs) -> CmdResult {
    match args.command {
        None => explain(dirs),
        Some(TrialCommand::Start(a)) => start(dirs, a),
        Some(TrialCommand::Status { json }) => status(dirs, json),
        Some(TrialCommand::Stop) => stop(dirs),
        Some(TrialCommand::Note { text }) => note(dirs, &text),
        Some(TrialCommand::Result { json }) => result(dirs, json),
    }
}

fn explain(dirs: &Dirs) -> CmdResult {
    // The plan, then how to start.
    let mut out = format!("{}\n{}\n", explain_words(), t!("trial-start-with"));
    if let Ok(l) = store::load(dirs)
        && let Some(t) = Trial::from_records(&l.records, NightRules::load(dirs))
        && t.running(now())
    {
        out.push_str(&format!("\n{}\n", t!("trial-under-way")));
    }
    print_out(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// Ask one question on the terminal (the answer follows it after a space); `None` when stdin
/// is closed.
fn ask(question: &str) -> Result<Option<String>, Failure> {
    print_out(&format!("{question} "))?;
    let mut line = String::new();
    match std::io::stdin().lock().read_line(&mut line) {
        Ok(0) => Ok(None),
        Ok(_) => Ok(Some(line.trim().to_string())),
        Err(e) => Err(Failure::new(format!("cannot read the answer: {e}"))),
    }
}

fn ask_expectation() -> Result<Option<u8>, Failure> {
    loop {
        let Some(a) = ask(&t!("trial-ask-expectation"))? else {
            return Ok(None);
        };
        if a.is_empty() {
            return Ok(None);
        }
        match a.parse::<u8>() {
            Ok(n) if n <= 10 => return Ok(Some(n)),
            _ => print_out(&format!("{}\n", t!("trial-ask-expectation-again")))?,
        }
    }
}

fn ask_yes_no(question: &str) -> Result<Option<bool>, Failure> {
    loop {
        let Some(a) = ask(question)? else {
            return Ok(None);
        };
        match crate::setup::yes_or_no(&a) {
            Some(yes) => return Ok(Some(yes)),
            None => print_out(&format!("{}\n", t!("trial-ask-yes-no-again")))?,
        }
    }
}

fn start(dirs: &Dirs, a: StartArgs) -> CmdResult {
    let at = now();
    let loaded = load_for_command(dirs)?;
    if let Some(t) = Trial::from_records(&loaded.records, NightRules::load(dirs))
        && t.running(at)
    {
        return Err(
            Failure::new(t!("trial-error-running")).with_hint(t!("trial-error-running-hint"))
        );
    }
    let terminal = std::io::stdin().is_terminal();
    let pairs: usize = a
        .pairs
        .as_deref()
        .map_or(3, |p| if p == "4" { 4 } else { 3 });
    let expectation = match a.expect {
        Some(n) => Some(n),
        None if terminal => ask_expectation()?,
        None => None,
    };
    let medicine_change = match a.medicine_change.as_deref() {
        Some(m) => m == "yes",
        None if terminal => ask_yes_no(&t!("trial-ask-medicine"))?.unwrap_or(false),
        None => return Err(Failure::usage(t!("trial-error-medicine"))),
    };
    if medicine_change {
        print_out(&format!("{}\n", medicine_warning()))?;
        if terminal && a.medicine_change.is_none() {
            let go = ask_yes_no(&t!("trial-ask-start-anyway"))?.unwrap_or(false);
            if !go {
                print_out(&format!("{}\n", t!("trial-not-started")))?;
                return Ok(ExitCode::SUCCESS);
            }
        }
    }
    let t = begin(dirs, at, pairs, expectation, medicine_change)?;
    let blocks = t.blocks();
    let mut out = String::new();
    let _ = writeln!(out, "{}\n", t!("trial-started"));
    let _ = writeln!(
        out,
        "{}",
        t!(
            "trial-started-baseline",
            first = day_words_short(t.plan.first_evening),
            last = day_words_short(
                t.plan.first_evening + Duration::days(i64::from(t.plan.baseline_nights) - 1)
            ),
            nights = t.plan.baseline_nights
        )
    );
    for (i, b) in blocks.iter().filter(|b| !b.spare).enumerate() {
        let _ = writeln!(
            out,
            "{}",
            t!(
                "trial-started-block",
                block = i + 1,
                blocks = 2 * pairs,
                first = day_words_short(b.first),
                last = day_words_short(b.last)
            )
        );
    }
    let _ = writeln!(
        out,
        "{}",
        t!("trial-started-last", last = day_words(t.regular_last()))
    );
    print_out(&out)?;
    Ok(ExitCode::SUCCESS)
}

fn status(dirs: &Dirs, json: bool) -> CmdResult {
    let at = now();
    let loaded = load_for_command(dirs)?;
    let t = Trial::from_records(&loaded.records, NightRules::load(dirs)).ok_or_else(no_trial)?;
    let s = status_of(&t, at);
    if json {
        let text = serde_json::to_string_pretty(&s).unwrap_or_default();
        print_out(&format!("{text}\n"))?;
        return Ok(ExitCode::SUCCESS);
    }
    print_out(&status_words(&s))?;
    Ok(ExitCode::SUCCESS)
}

/// The check-in's questions during an experiment (`windown checkin`): a mild or bad night
/// without a number asks for it on a terminal (without one the night is missing, never
/// zero), and the red-flag question is asked. Returns whether the answer is a red flag.
pub(crate) fn checkin_questions(
    records: &[Record],
    rules: NightRules,
    entry: &mut record::CheckinEntry,
    leg_swollen: Option<bool>,
    at: DateTime<FixedOffset>,
) -> Result<bool, Failure> {
    let running = Trial::from_records(records, rules).is_some_and(|t| t.running(at));
    if running && crate::trial::too_late_for_experiment(records, rules, entry.night_of, at) {
        // Too late to count: no question asked as if it did (the confirmation says so); a
        // "yes" given to the leg question still ends the experiment with the advice.
        return Ok(leg_swollen == Some(true));
    }
    if !running {
        if leg_swollen == Some(true) {
            let urgent = crate::i18n::safety("relief-urgent", &[]);
            print_out(&format!("{}\n", urgent.lines().join("\n")))?;
        }
        return Ok(false);
    }
    let terminal = std::io::stdin().is_terminal();
    if entry.cramps != record::Cramps::None && entry.count.is_none() {
        if terminal {
            while let Some(a) = ask(&t!("trial-ask-count"))? {
                match a.parse::<u32>() {
                    _ if a.is_empty() => break,
                    Ok(n) if (1..=super::history::COUNT_MAX).contains(&n) => {
                        entry.count = Some(n);
                        break;
                    }
                    _ => print_out(&format!("{}\n", t!("trial-ask-count-again")))?,
                }
            }
        }
        if entry.count.is_none() {
            print_out(&format!("{}\n", t!("trial-count-missing")))?;
        }
    }
    let swollen = match leg_swollen {
        Some(a) => a,
        None if terminal => ask_yes_no(&t!("trial-ask-leg"))?.unwrap_or(false),
        None => false,
    };
    Ok(swollen)
}

/// End the running experiment because of a red flag, and say what to do.
pub(crate) fn end_by_red_flag(dirs: &Dirs, at: DateTime<FixedOffset>) -> Result<(), Failure> {
    crate::trial::end_by_red_flag(dirs, at)?;
    print_out(&format!("{}\n", crate::trial::red_flag_now()))
}

/// Before `windown run ROUTINE`: on a rest evening of an experiment, say what happens (never
/// refused): the wind-down runs without its stretches; another routine is recorded and noted
/// as run on a rest evening. On stderr, so the plain player's lines stay as they are.
pub(crate) fn before_a_session(dirs: &Dirs, routine: &str) {
    let at = now();
    let Ok(l) = store::load(dirs) else {
        return;
    };
    if let Some(t) = Trial::from_records(&l.records, NightRules::load(dirs))
        && t.running(at)
        && t.tonight(at) == Some(Kind::Rest)
    {
        crate::error::print_err(&rest_evening_note(
            crate::routine::catalog::Catalog::load(dirs)
                .get(routine)
                .map(|r| r.kind),
        ));
    }
}

/// What `windown run` says first on a rest evening, by the kind of the routine run (`None`: a
/// routine windown does not know, which the player then reports).
fn rest_evening_note(kind: Option<crate::routine::RoutineKind>) -> String {
    let id = if kind == Some(crate::routine::RoutineKind::WindDown) {
        "trial-rest-evening-wind-down"
    } else {
        "trial-rest-evening-other"
    };
    format!("{}\n", crate::i18n::tr(id, &[]))
}

fn stop(dirs: &Dirs) -> CmdResult {
    let at = now();
    let loaded = load_for_command(dirs)?;
    let t = Trial::from_records(&loaded.records, NightRules::load(dirs)).ok_or_else(no_trial)?;
    if !t.running(at) {
        return Err(Failure::new(t!("trial-error-nothing-to-stop")));
    }
    end_early(dirs, at)?;
    print_out(&format!("{}\n", t!("trial-stopped")))?;
    Ok(ExitCode::SUCCESS)
}

fn note(dirs: &Dirs, text: &str) -> CmdResult {
    // Read first as every command does: its warnings are told on stderr.
    load_for_command(dirs)?;
    add_note(dirs, now(), text)?;
    print_out(&format!("{}\n", t!("trial-noted")))?;
    Ok(ExitCode::SUCCESS)
}

fn result(dirs: &Dirs, json: bool) -> CmdResult {
    let at = now();
    let loaded = load_for_command(dirs)?;
    let t = Trial::from_records(&loaded.records, NightRules::load(dirs)).ok_or_else(no_trial)?;
    let r = match result_of(&t, at) {
        Ok(r) => r,
        Err(why) => {
            if json {
                let v = serde_json::json!({ "verdict": null, "phase": t.phase(at), "why": why });
                print_out(&format!(
                    "{}\n",
                    serde_json::to_string_pretty(&v).unwrap_or_default()
                ))?;
            } else {
                print_out(&crate::trial::words::no_result_words(&t, at))?;
            }
            return Ok(ExitCode::SUCCESS);
        }
    };
    if json {
        let text = serde_json::to_string_pretty(&r).unwrap_or_default();
        print_out(&format!("{text}\n"))?;
        return Ok(ExitCode::SUCCESS);
    }
    print_out(&result_text(&r))?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::rest_evening_note;
    use crate::routine::RoutineKind;

    #[test]
    fn on_a_rest_evening_the_wind_down_is_said_to_run_without_its_stretches() {
        let wind = rest_evening_note(Some(RoutineKind::WindDown));
        assert!(wind.contains("runs without its stretches"), "{wind}");
        assert!(!wind.contains("noted"), "{wind}");
        for other in [None, Some(RoutineKind::Stretch)] {
            let note = rest_evening_note(other);
            assert!(note.contains("no evening routine"), "{note}");
            assert!(!note.contains("without its stretches"), "{note}");
        }
    }
}
