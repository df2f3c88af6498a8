//! The personal experiment ("Does stretching help me?"): an n-of-1 crossover of evening
//! stretching against rest evenings, as `shared/content/n-of-1.md` designs it.
//!
//! - [`maths`]: log-gamma and the regularised incomplete beta (and its inverse).
//! - [`analysis`]: the brief's analysis, verdict and wording, pure.
//! - [`words`]: the plan explained, where it stands and the result in words, and starting,
//!   noting and stopping: for `windown trial` and the app's experiment screen alike.
//!
//! Owns no file: the plan and notes are history records (`history::record`). Imports no
//! terminal library and prints nothing; `cli::trial` prints.

pub(crate) mod analysis;
pub(crate) mod maths;
pub(crate) mod plan;
pub(crate) mod words;

use chrono::{DateTime, FixedOffset};

use crate::history::{NightRules, Record};
use crate::paths::Dirs;

/// What tonight is while an experiment runs, in words for home and the evening reminder
/// ("Experiment: tonight is a stretching evening."); `None` when none runs.
pub(crate) fn tonight_words(
    records: &[Record],
    rules: NightRules,
    now: DateTime<FixedOffset>,
) -> Option<String> {
    let t = plan::Trial::from_records(records, rules)?;
    if !t.running(now) {
        return None;
    }
    let kind = match t.tonight(now) {
        Some(plan::Kind::Baseline) => "baseline",
        Some(plan::Kind::Stretch) => "stretch",
        Some(plan::Kind::Rest) => "rest",
        None => "unknown",
    };
    Some(crate::t!("trial-tonight", kind = kind))
}

/// Whether a check-in for the night of `night`, given at `at`, comes too late for a running
/// experiment that counts that night (after noon the next day): it is kept in the diary but
/// the night counts as missing, and the person is told so.
pub(crate) fn too_late_for_experiment(
    records: &[Record],
    rules: NightRules,
    night: chrono::NaiveDate,
    at: DateTime<FixedOffset>,
) -> bool {
    plan::Trial::from_records(records, rules).is_some_and(|t| {
        t.running(at) && night >= t.plan.first_evening && !plan::Trial::in_time(night, at)
    })
}

/// What the experiment says when it ended after a baseline week with no cramps (the JSON's
/// English reason; the words are `trial-no-cramps`).
pub(crate) const NO_CRAMPS_ENDING: &str = "Your baseline week had no cramps, so the experiment \
has ended: with no cramps to count, it cannot show whether stretching helps you. Your diary \
stays. If cramps come more often, you can start a new one with: windown trial start";

/// What a red flag shows (the check-in's "yes" to a painful, swollen leg, or the relief guide
/// open past 10 minutes): the JSON's English reason; the words are `trial-red-flag`.
pub(crate) const RED_FLAG_ADVICE: &str = "The experiment has ended because of a warning sign. \
See a doctor the same day for a cramp lasting over 10 minutes that stretching does not ease, or \
one leg swollen, warm, red or sore. Your diary stays.";

/// Said and shown at the moment of a red flag: the person's health first (the full urgent
/// advice, emergency line included, as the guide and the routines give it), then the
/// experiment's end.
pub(crate) fn red_flag_now() -> String {
    // up: the urgent advice is one text, the relief guide's; it is said here as it is there.
    // A draft's English original follows on its own line.
    let urgent = crate::i18n::safety("relief-urgent", &[]);
    let mut lines = urgent.lines().into_iter();
    let first = lines.next().unwrap_or_default();
    let mut out = format!("{first} {}", crate::t!("trial-red-flag-ended"));
    for l in lines {
        out.push('\n');
        out.push_str(l);
    }
    out
}

/// End the running experiment because of a red flag (the check-in's leg question answered
/// "yes"): appends its end record. `windown checkin` and the app's check-in both come here.
pub(crate) fn end_by_red_flag(
    dirs: &Dirs,
    at: DateTime<FixedOffset>,
) -> Result<(), crate::history::HistoryError> {
    crate::history::store::append(
        dirs,
        &Record::TrialEnd(crate::history::record::TrialEnd {
            at,
            why: crate::history::record::TrialEndWhy::RedFlag,
        }),
    )
}

/// The experiment's state for the history's comparison words.
pub(crate) fn experiment_state(
    records: &[Record],
    rules: NightRules,
    now: DateTime<FixedOffset>,
) -> crate::history::stats::Experiment {
    use crate::history::stats::Experiment;
    match plan::Trial::from_records(records, rules) {
        None => Experiment::NotStarted,
        Some(t) if t.running(now) => Experiment::Running,
        Some(_) => Experiment::Ended,
    }
}

/// [`tonight_words`] from the history file (nothing when it cannot be read).
pub fn tonight_line(dirs: &Dirs, now: DateTime<FixedOffset>) -> Option<String> {
    let loaded = crate::history::store::load(dirs).ok()?;
    tonight_words(&loaded.records, NightRules::load(dirs), now)
}

/// The report's section on the experiment, shaped by the CENT 2015 items that apply to one
/// self-run person: design, the order drawn and when it was revealed, research status, changes
/// the person reported, a per-block table, the analysis with its limits. While the experiment
/// runs it shows the design and progress only: no block's kind ahead of its first day and no
/// comparison; after a stop or a red flag, the diary per block without a verdict.
pub fn report_section(
    records: &[Record],
    rules: NightRules,
    now: DateTime<FixedOffset>,
) -> Option<crate::history::report::Section> {
    use std::fmt::Write as _;
    let t = plan::Trial::from_records(records, rules)?;
    let phase = t.phase(now);
    let p = &t.plan;
    let mut l: Vec<String> = Vec::new();
    let day = |d: chrono::NaiveDate| d.format("%a %-d %b %Y").to_string();
    l.push(format!(
        "Design: a {}-night baseline from {}, then {} pairs of {}-night blocks (evening \
         stretching routine, or no evening routine), the first {} nights of each block not \
         analysed. Unblinded.",
        p.baseline_nights,
        day(p.first_evening),
        p.orders.len(),
        p.block_nights,
        p.washout_nights
    ));
    l.push(format!(
        "Order: drawn for every pair independently from the operating system's random source on \
         {}, stored before the first night, never changed; each block shown to the person on its \
         first day.",
        day(p.drawn.date_naive())
    ));
    l.push(
        "Not a research study; no ethics review. Outcome: cramps per night from the morning \
            check-in (a night without one is missing, never zero)."
            .to_string(),
    );
    l.push(format!(
        "Expectation at the start: {}. Medicine changed around the start: {}.",
        p.expectation
            .map_or_else(|| "not given".to_string(), |x| format!("{x} of 10")),
        if p.medicine_change {
            "yes (the result may not be fair)"
        } else {
            "no"
        }
    ));
    for (at, n) in &t.notes {
        l.push(format!("Reported {}: {n}", at.format("%a %-d %b %Y")));
    }
    let status = match phase {
        plan::Phase::Finished => "finished".to_string(),
        plan::Phase::Stopped => format!(
            "stopped early on {} (no verdict)",
            t.ended
                .as_ref()
                .map_or(String::new(), |e| day(e.at.date_naive()))
        ),
        plan::Phase::RedFlag => format!(
            "ended by a red flag on {} (no verdict)",
            t.ended
                .as_ref()
                .map_or(String::new(), |e| day(e.at.date_naive()))
        ),
        plan::Phase::NoCramps => {
            "ended after the baseline week, which had no cramps (no verdict)".to_string()
        }
        _ => "under way: no comparison is shown before the end".to_string(),
    };
    l.push(format!("Status: {status}."));
    if t.running(now) {
        return Some(crate::history::report::Section {
            heading: "Personal n-of-1 self-experiment: evening stretching vs none, unblinded"
                .to_string(),
            lines: l,
        });
    }
    l.push(String::new());
    l.push("  Block  kind     evenings               nights analysed  missing  cramps  evenings stretched".to_string());
    for (i, b) in t.revealed(now).iter().enumerate() {
        let tl = t.tally(b, now);
        let mut row = String::new();
        let _ = write!(
            row,
            "  {:<5}  {:<7}  {} to {}  {:>15}  {:>7}  {:>6}  {:>18}",
            format!("{}{}", i + 1, if b.spare { "*" } else { "" }),
            match b.kind {
                plan::Kind::Stretch => "stretch",
                plan::Kind::Rest => "rest",
                plan::Kind::Baseline => "base",
            },
            b.first.format("%d %b %Y"),
            b.last.format("%d %b %Y"),
            tl.nights,
            tl.missing,
            tl.cramps,
            tl.sessions
        );
        l.push(row);
    }
    if phase == plan::Phase::Finished {
        let spare = t.revealed(now).iter().any(|b| b.spare);
        let pairs = t.valid_pairs(now, spare);
        let needed = plan::PAIRS_NEEDED.min(p.orders.len());
        let e = analysis::estimate(&pairs);
        let v = analysis::verdict(e.as_ref(), pairs.len() >= needed);
        l.push(String::new());
        l.push(format!(
            "Valid pairs: {} ({} needed){}.",
            pairs.len(),
            needed,
            if spare {
                ", with the spare pair (*)"
            } else {
                ""
            }
        ));
        if let Some(e) = &e {
            l.push(format!(
                "Cramps per night: stretching {:.2} ({} in {} nights), rest {:.2} ({} in {} nights).",
                e.rate_stretch,
                e.cramps_stretch,
                e.nights_stretch,
                e.rate_rest,
                e.cramps_rest,
                e.nights_rest
            ));
            l.push(format!(
                "Rate ratio {:.2}, 90% interval {:.2} to {:.2}; P(fewer with stretching) {:.3} \
                 (with phi doubled {:.3}); phi {:.2}; pairs favouring stretching {} of {}; \
                 randomisation p {:.3} (floor {:.3}).",
                e.rate_ratio,
                e.interval_90[0],
                e.interval_90[1],
                e.p_fewer,
                e.p_fewer_phi_doubled,
                e.phi,
                e.pairs_favouring_stretch,
                e.pairs_analysed,
                e.randomisation_p,
                e.randomisation_p_floor
            ));
        }
        l.push(format!("Verdict: {}.", v.words()));
    }
    l.push(
        "Limits: unblinded (the person knew each block's kind), few blocks, possible carryover \
         and season effects; analysed as randomised."
            .to_string(),
    );
    Some(crate::history::report::Section {
        heading: "Personal n-of-1 self-experiment: evening stretching vs none, unblinded"
            .to_string(),
        lines: l,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::record::{CheckinEntry, Cramps};

    fn at(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    /// A plan drawn on 1 December 2026 at 20:00: baseline 1-7 December, the first pair
    /// stretch then rest (8-21, 22 December-4 January).
    fn plan() -> Vec<Record> {
        let orders = plan::orders_from_bytes(&[0, 0, 0, 0]);
        vec![Record::TrialPlan(plan::new_plan(
            &NightRules::default(),
            at("2026-12-01T20:00:00+01:00"),
            orders,
            None,
            false,
        ))]
    }

    fn checkin(night: &str, cramps: Cramps, recorded: &str) -> Record {
        Record::Checkin(CheckinEntry::new(
            night.parse().unwrap(),
            cramps,
            at(recorded),
        ))
    }

    #[test]
    fn a_checkin_after_noon_is_too_late_for_a_running_experiment_only() {
        let rules = NightRules::default();
        let night: chrono::NaiveDate = "2026-12-02".parse().unwrap();
        let recs = plan();
        let late = |at_: &str| too_late_for_experiment(&recs, rules, night, at(at_));
        assert!(!late("2026-12-03T11:59:00+01:00"));
        assert!(late("2026-12-03T12:00:00+01:00"));
        assert!(late("2026-12-03T15:00:00+01:00"));
        // A night before the experiment, or no experiment at all: nothing to say.
        let before: chrono::NaiveDate = "2026-11-20".parse().unwrap();
        assert!(!too_late_for_experiment(
            &recs,
            rules,
            before,
            at("2026-12-03T15:00:00+01:00")
        ));
        assert!(!too_late_for_experiment(
            &[],
            rules,
            night,
            at("2026-12-03T15:00:00+01:00")
        ));
    }

    #[test]
    fn a_baseline_week_without_cramps_ends_the_experiment_at_noon_after_it() {
        let rules = NightRules::default();
        let mut recs = plan();
        for d in 1..=7 {
            let night = format!("2026-12-{d:02}");
            let morning = format!("2026-12-{:02}T08:00:00+01:00", d + 1);
            recs.push(checkin(&night, Cramps::None, &morning));
        }
        let t = plan::Trial::from_records(&recs, rules).unwrap();
        // The morning after the last night: still the baseline, its answer may come.
        assert_eq!(
            t.phase(at("2026-12-08T11:59:00+01:00")),
            plan::Phase::Baseline
        );
        let after = at("2026-12-08T12:00:00+01:00");
        assert_eq!(t.phase(after), plan::Phase::NoCramps);
        assert!(!t.running(after));
        assert_eq!(t.tonight(after), None);
        assert!(t.revealed(after).is_empty(), "no block kind is shown");
        assert_eq!(tonight_words(&recs, rules, after), None);
        let section = report_section(&recs, rules, after).unwrap();
        assert!(
            section
                .lines
                .iter()
                .any(|l| l.contains("no cramps (no verdict)")),
            "{:?}",
            section.lines
        );
        // A late answer after its noon changes nothing: the decision stays.
        recs.push(checkin(
            "2026-12-07",
            Cramps::Bad,
            "2026-12-09T08:00:00+01:00",
        ));
        let t = plan::Trial::from_records(&recs, rules).unwrap();
        assert_eq!(
            t.phase(at("2026-12-30T21:00:00+01:00")),
            plan::Phase::NoCramps
        );
        // One cramp night in time, or no night recorded at all (missing, not zero): it goes on.
        let mut one = plan();
        one.push(checkin(
            "2026-12-03",
            Cramps::Mild,
            "2026-12-04T08:00:00+01:00",
        ));
        let t = plan::Trial::from_records(&one, rules).unwrap();
        assert_eq!(t.phase(after), plan::Phase::Blocks);
        let t = plan::Trial::from_records(&plan(), rules).unwrap();
        assert_eq!(t.phase(after), plan::Phase::Blocks);
    }
}
