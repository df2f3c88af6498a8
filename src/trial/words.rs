//! The experiment in words, and the changes a person makes to it, for `windown trial` and
//! the app's experiment screen alike: the plan explained, where it stands, the result (the
//! numbers are [`super::analysis`]'s, worded once here), starting, noting and stopping. Reads
//! and appends history records; prints nothing.

use std::fmt::Write as _;

use chrono::{DateTime, FixedOffset};
use serde::Serialize;

use super::analysis::{self, Estimate, Verdict};
use super::plan::{self, Kind, Phase, Trial};
use super::{NO_CRAMPS_ENDING, RED_FLAG_ADVICE};
use crate::diag::printable;
use crate::error::Failure;
use crate::history::NightRules;
use crate::history::record::{self, Record, TrialEnd, TrialEndWhy, TrialNote};
use crate::history::rows::day_words;
use crate::history::store::{self, Loaded};
use crate::paths::Dirs;
use crate::t;

/// The history as a change to the experiment needs it: refused when a newer windown wrote it.
fn load(dirs: &Dirs) -> Result<Loaded, Failure> {
    let loaded = store::load(dirs)?;
    if let Some(e) = loaded.newer_error(&dirs.history_file()) {
        return Err(e.into());
    }
    Ok(loaded)
}

/// The plan in plain words, said before anything starts: by `windown trial` (then how to
/// start) and on the app's experiment screen. One text for both: its parts with a blank line
/// between them, each written near 90 columns (the screen joins a part's lines again); the
/// medicine line and when to see a doctor are safety texts (the English beside a draft).
pub(crate) fn explain() -> String {
    let mut parts: Vec<String> = [
        "trial-explain-title",
        "trial-explain-intro",
        "trial-explain-happens",
        "trial-explain-learn",
        "trial-explain-stop",
    ]
    .iter()
    .map(|id| crate::i18n::tr(id, &[]))
    .collect();
    for id in ["trial-explain-medicine", "trial-explain-doctor"] {
        let s = crate::i18n::safety(id, &[]);
        parts.extend(s.lines().into_iter().map(str::to_string));
    }
    let mut out = parts.join("\n\n");
    out.push('\n');
    out
}

/// After "yes" to the medicine question: the result may not be fair (a safety text: the
/// English beside a draft, on lines of their own).
pub(crate) fn medicine_warning() -> String {
    crate::i18n::safety("trial-medicine-warning", &[])
        .lines()
        .join("\n")
}

/// Draw the plan (every pair's order from the system's random source) and store it before
/// the first night: `windown trial start` and the app's experiment screen.
pub(crate) fn begin(
    dirs: &Dirs,
    at: DateTime<FixedOffset>,
    pairs: usize,
    expectation: Option<u8>,
    medicine_change: bool,
) -> Result<Trial, Failure> {
    let orders = plan::draw_orders(pairs)
        .map_err(|e| Failure::new(t!("trial-error-random", why = e.to_string())))?;
    let p = plan::new_plan(
        &NightRules::load(dirs),
        at,
        orders,
        expectation,
        medicine_change,
    );
    store::append(dirs, &Record::TrialPlan(Box::new(p)))?;
    let records = load(dirs)?.records;
    Trial::from_records(&records, NightRules::load(dirs))
        .ok_or_else(|| Failure::new(t!("trial-error-read-back")))
}

/// Nights from the first evening until the last night that is over (or the last of the
/// experiment): with a usable answer, missing, and of the missing those answered too late
/// (after noon the next day).
fn nights_so_far(t: &Trial, at: DateTime<FixedOffset>) -> (u32, u32, u32) {
    let (mut recorded, mut missing, mut late) = (0, 0, 0);
    for b in std::iter::once(t.baseline()).chain(t.revealed(at)) {
        let tl = t.tally(&b, at);
        recorded += tl.nights;
        missing += tl.missing;
        late += t.answered_late(&b, at);
    }
    (recorded, missing, late)
}

#[derive(Serialize)]
pub(crate) struct StatusJson {
    phase: Phase,
    /// 1-based block, when in one.
    block: Option<usize>,
    blocks: usize,
    tonight: Option<Kind>,
    first_evening: chrono::NaiveDate,
    last_evening: chrono::NaiveDate,
    nights_recorded: u32,
    nights_missing: u32,
    /// Of the missing nights, those answered only after noon the next day.
    nights_answered_late: u32,
    stretch_evenings: u32,
    stretch_evenings_done: u32,
    rest_evenings: u32,
    rest_evenings_with_session: u32,
    expectation: Option<u8>,
    baseline_cramps: u32,
    switch_back_offered: bool,
}

pub(crate) fn status_of(t: &Trial, at: DateTime<FixedOffset>) -> StatusJson {
    let (nights_recorded, nights_missing, nights_answered_late) = nights_so_far(t, at);
    let revealed = t.revealed(at);
    let (mut se, mut sd, mut re, mut rs) = (0, 0, 0, 0);
    for b in &revealed {
        let tl = t.tally(b, at);
        match b.kind {
            Kind::Stretch => {
                se += tl.evenings;
                sd += tl.sessions;
            }
            _ => {
                re += tl.evenings;
                rs += tl.sessions;
            }
        }
    }
    let current = t.current_block(at);
    StatusJson {
        phase: t.phase(at),
        block: current.and_then(|c| t.blocks().iter().position(|b| *b == c).map(|i| i + 1)),
        blocks: t.block_count(at),
        tonight: if t.running(at) { t.tonight(at) } else { None },
        first_evening: t.plan.first_evening,
        last_evening: t.regular_last(),
        nights_recorded,
        nights_missing,
        nights_answered_late,
        stretch_evenings: se,
        stretch_evenings_done: sd,
        rest_evenings: re,
        rest_evenings_with_session: rs,
        expectation: t.plan.expectation,
        baseline_cramps: t.baseline_cramps(at),
        switch_back_offered: t.running(at) && t.switch_back_offered(at),
    }
}

pub(crate) fn no_trial() -> Failure {
    Failure::new(t!("trial-error-none")).with_hint(t!("trial-error-none-hint"))
}

/// Where the experiment stands, in words (`windown trial status`, the app's experiment
/// screen): only the current block's kind, never a comparison.
pub(crate) fn status_words(s: &StatusJson) -> String {
    let mut out = String::new();
    let phase = match s.phase {
        Phase::Baseline => "baseline",
        Phase::Blocks | Phase::Spare => "block",
        Phase::Deciding => "deciding",
        Phase::Finished => "finished",
        Phase::Stopped => "stopped",
        Phase::RedFlag => "red-flag",
        Phase::NoCramps => "no-cramps",
    };
    let _ = writeln!(
        out,
        "{}",
        t!(
            "trial-status-phase",
            phase = phase,
            block = s.block.unwrap_or(0),
            blocks = s.blocks
        )
    );
    if let Some(k) = s.tonight {
        let kind = match k {
            Kind::Baseline => "baseline",
            Kind::Stretch => "stretch",
            Kind::Rest => "rest",
        };
        let _ = writeln!(out, "{}", t!("trial-status-tonight", kind = kind));
    }
    if s.phase == Phase::RedFlag {
        for l in crate::i18n::safety("trial-red-flag", &[]).lines() {
            let _ = writeln!(out, "{l}");
        }
    }
    if s.phase == Phase::NoCramps {
        let _ = writeln!(out, "{}", t!("trial-no-cramps"));
    }
    if s.switch_back_offered {
        let _ = writeln!(out, "{}", t!("trial-status-switch-back"));
    }
    if matches!(s.phase, Phase::Blocks) && s.block == Some(1) {
        let _ = writeln!(
            out,
            "{}",
            t!("trial-status-baseline-cramps", n = s.baseline_cramps)
        );
    }
    let _ = writeln!(
        out,
        "{}",
        t!(
            "trial-status-nights",
            recorded = s.nights_recorded,
            missing = s.nights_missing,
            late = s.nights_answered_late,
            done = s.stretch_evenings_done,
            planned = s.stretch_evenings
        )
    );
    if s.rest_evenings_with_session > 0 {
        let _ = writeln!(
            out,
            "{}",
            t!(
                "trial-status-rest-sessions",
                n = s.rest_evenings_with_session
            )
        );
    }
    let _ = writeln!(
        out,
        "{}",
        t!(
            "trial-status-planned",
            first = day_words(s.first_evening),
            last = day_words(s.last_evening)
        )
    );
    out
}

/// End the experiment early (the diary stays; no verdict): `windown trial stop` and the app.
pub(crate) fn end_early(dirs: &Dirs, at: DateTime<FixedOffset>) -> Result<(), Failure> {
    store::append(
        dirs,
        &Record::TrialEnd(TrialEnd {
            at,
            why: TrialEndWhy::Stopped,
        }),
    )?;
    Ok(())
}

/// Record a note while the experiment runs: `windown trial note` and the app.
pub(crate) fn add_note(dirs: &Dirs, at: DateTime<FixedOffset>, text: &str) -> Result<(), Failure> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Failure::usage(t!("trial-error-empty-note")));
    }
    record::check_note(text).map_err(|e| Failure::usage(e.to_string()))?;
    let loaded = load(dirs)?;
    let t = Trial::from_records(&loaded.records, NightRules::load(dirs)).ok_or_else(no_trial)?;
    if !t.running(at) {
        return Err(Failure::new(t!("trial-error-not-running")));
    }
    store::append(
        dirs,
        &Record::TrialNote(TrialNote {
            at,
            text: text.to_string(),
        }),
    )?;
    Ok(())
}

/// Where the experiment stands at `at` in the words of `windown trial status` (the app's
/// experiment screen shows them as they are).
pub(crate) fn status_now(t: &Trial, at: DateTime<FixedOffset>) -> String {
    status_words(&status_of(t, at))
}

/// The result at `at` in the words of `windown trial result`, or why there is none (for the
/// app's experiment screen).
pub(crate) fn result_now(t: &Trial, at: DateTime<FixedOffset>) -> String {
    match result_of(t, at) {
        Ok(r) => result_text(&r),
        Err(_) => no_result_words(t, at),
    }
}

/// Why there is no result yet, in words (the text of [`result_of`]'s reason; JSON keeps the
/// English one), each line ended.
pub(crate) fn no_result_words(t: &Trial, at: DateTime<FixedOffset>) -> String {
    let lines = match t.phase(at) {
        Phase::Stopped => vec![t!("trial-result-stopped")],
        Phase::RedFlag => crate::i18n::safety("trial-red-flag", &[])
            .lines()
            .into_iter()
            .map(str::to_string)
            .collect(),
        Phase::NoCramps => vec![t!("trial-no-cramps")],
        _ => vec![t!("trial-result-not-over")],
    };
    lines.into_iter().map(|l| l + "\n").collect()
}

#[derive(Serialize)]
pub(crate) struct ResultJson {
    verdict: Verdict,
    wording: String,
    #[serde(flatten)]
    estimate: Option<Estimate>,
    pairs_planned: usize,
    pairs_valid: usize,
    pairs_needed: usize,
    spare_used: bool,
    nights_recorded: u32,
    nights_missing: u32,
    stretch_evenings: u32,
    stretch_evenings_done: u32,
    rest_evenings: u32,
    rest_evenings_with_session: u32,
    expectation: Option<u8>,
    medicine_change: bool,
    notes: Vec<String>,
}

/// The result at `at`, or why there is none yet.
pub(crate) fn result_of(t: &Trial, at: DateTime<FixedOffset>) -> Result<ResultJson, &'static str> {
    match t.phase(at) {
        Phase::Finished => {}
        Phase::Stopped => {
            return Err(
                "The experiment was stopped early: your diary stays, and there is no verdict.",
            );
        }
        Phase::RedFlag => return Err(RED_FLAG_ADVICE),
        Phase::NoCramps => return Err(NO_CRAMPS_ENDING),
        _ => return Err("The experiment is not over yet: no comparison is shown before the end."),
    }
    let spare_used = t.revealed(at).iter().any(|b| b.spare);
    let pairs = t.valid_pairs(at, spare_used);
    let needed = plan::PAIRS_NEEDED.min(t.plan.orders.len());
    let estimate = analysis::estimate(&pairs);
    let verdict = analysis::verdict(estimate.as_ref(), pairs.len() >= needed);
    let s = status_of(t, at);
    Ok(ResultJson {
        verdict,
        wording: analysis::wording(verdict, estimate.as_ref()),
        estimate,
        pairs_planned: t.plan.orders.len(),
        pairs_valid: pairs.len(),
        pairs_needed: needed,
        spare_used,
        nights_recorded: s.nights_recorded,
        nights_missing: s.nights_missing,
        stretch_evenings: s.stretch_evenings,
        stretch_evenings_done: s.stretch_evenings_done,
        rest_evenings: s.rest_evenings,
        rest_evenings_with_session: s.rest_evenings_with_session,
        expectation: t.plan.expectation,
        medicine_change: t.plan.medicine_change,
        notes: t.notes.iter().map(|(_, n)| n.clone()).collect(),
    })
}

/// A bar of `#` for cramps a week (one per cramp, at most 40).
fn bar(per_week: f64) -> String {
    "#".repeat((per_week.round() as usize).min(40))
}

pub(crate) fn result_text(r: &ResultJson) -> String {
    let m = crate::i18n::current();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}\n",
        t!(
            "trial-result-verdict",
            verdict = analysis::verdict_key(r.verdict)
        )
    );
    let _ = writeln!(
        out,
        "{}\n",
        analysis::wording_in(m, r.verdict, r.estimate.as_ref())
    );
    if let Some(e) = &r.estimate {
        let (s, rr) = (e.rate_stretch * 7.0, e.rate_rest * 7.0);
        let _ = writeln!(
            out,
            "{}",
            t!(
                "trial-result-chart-stretch",
                rate = format!("{s:>4.1}"),
                bar = bar(s)
            )
        );
        let _ = writeln!(
            out,
            "{}",
            t!(
                "trial-result-chart-rest",
                rate = format!("{rr:>4.1}"),
                bar = bar(rr)
            )
        );
        let _ = writeln!(
            out,
            "{}",
            t!(
                "trial-result-pairs",
                favouring = e.pairs_favouring_stretch,
                analysed = e.pairs_analysed
            )
        );
        if e.rate_ratio.is_finite() {
            let _ = writeln!(
                out,
                "{}",
                t!(
                    "trial-result-numbers",
                    ratio = format!("{:.2}", e.rate_ratio),
                    low = format!("{:.2}", e.interval_90[0]),
                    high = format!("{:.2}", e.interval_90[1]),
                    fewer = format!("{:.2}", e.p_fewer),
                    phi = format!("{:.2}", e.phi),
                    p = format!("{:.3}", e.randomisation_p),
                    pairs = e.pairs_analysed,
                    floor = format!("{:.3}", e.randomisation_p_floor)
                )
            );
        }
    }
    let _ = writeln!(
        out,
        "{}",
        t!(
            "trial-result-nights",
            recorded = r.nights_recorded,
            missing = r.nights_missing,
            valid = r.pairs_valid,
            needed = r.pairs_needed,
            spare = if r.spare_used { "yes" } else { "no" }
        )
    );
    let _ = writeln!(
        out,
        "{}",
        t!(
            "trial-result-evenings",
            done = r.stretch_evenings_done,
            planned = r.stretch_evenings,
            rest = r.rest_evenings_with_session
        )
    );
    if let Some(x) = r.expectation {
        let _ = writeln!(out, "{}", t!("trial-result-expectation", expected = x));
    }
    if r.medicine_change {
        let _ = writeln!(out, "{}", t!("trial-result-medicine"));
    }
    for n in &r.notes {
        let _ = writeln!(
            out,
            "{}",
            t!("trial-result-note", note = printable(n).into_owned())
        );
    }
    out
}
