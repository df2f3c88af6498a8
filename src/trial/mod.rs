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
    Some(tonight_kind_words(t.tonight(now)))
}

/// "Experiment: tonight is a stretching evening." for tonight's kind (`None`: shown at noon).
pub(crate) fn tonight_kind_words(kind: Option<plan::Kind>) -> String {
    let kind = match kind {
        Some(plan::Kind::Baseline) => "baseline",
        Some(plan::Kind::Stretch) => "stretch",
        Some(plan::Kind::Rest) => "rest",
        None => "unknown",
    };
    crate::t!("trial-tonight", kind = kind)
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
/// comparison; after a stop or a red flag, the diary per block without a verdict. In `m`'s
/// language (the report's own).
pub fn report_section(
    m: &crate::i18n::Messages,
    records: &[Record],
    rules: NightRules,
    now: DateTime<FixedOffset>,
) -> Option<crate::history::report::Section> {
    use crate::i18n::Arg;
    use chrono::Datelike;
    use std::fmt::Write as _;
    let t = plan::Trial::from_records(records, rules)?;
    let phase = t.phase(now);
    let p = &t.plan;
    let mut l: Vec<String> = Vec::new();
    let en = m.lang() == "en";
    let day = |d: chrono::NaiveDate| {
        if en {
            return d.format("%a %-d %b %Y").to_string();
        }
        m.tr(
            "history-day",
            &[
                ("weekday", Arg::from(d.weekday().number_from_monday())),
                ("day", Arg::from(d.day())),
                ("month", Arg::from(d.month())),
                ("year", Arg::from(d.year())),
            ],
        )
    };
    // A block's first and last day in the table: "08 Dec 2026" (English), else ISO.
    let table_day = |d: chrono::NaiveDate| {
        if en {
            d.format("%d %b %Y").to_string()
        } else {
            d.format("%Y-%m-%d").to_string()
        }
    };
    l.push(m.tr(
        "trial-report-design",
        &[
            ("baseline", Arg::from(p.baseline_nights)),
            ("first", Arg::from(day(p.first_evening))),
            ("pairs", Arg::from(p.orders.len())),
            ("block", Arg::from(p.block_nights)),
            ("washout", Arg::from(p.washout_nights)),
        ],
    ));
    l.push(m.tr(
        "trial-report-order",
        &[("drawn", Arg::from(day(p.drawn.date_naive())))],
    ));
    l.push(m.tr("trial-report-not-research", &[]));
    l.push(m.tr(
        "trial-report-expectation",
        &[
            (
                "given",
                Arg::from(if p.expectation.is_some() { "yes" } else { "no" }),
            ),
            ("expected", Arg::from(p.expectation.unwrap_or(0))),
            (
                "medicine",
                Arg::from(if p.medicine_change { "yes" } else { "no" }),
            ),
        ],
    ));
    for (at, n) in &t.notes {
        l.push(m.tr(
            "trial-report-note",
            &[
                ("day", Arg::from(day(at.date_naive()))),
                ("note", Arg::from(n.as_str())),
            ],
        ));
    }
    let ended = t
        .ended
        .as_ref()
        .map_or(String::new(), |e| day(e.at.date_naive()));
    let status = match phase {
        plan::Phase::Finished => "finished",
        plan::Phase::Stopped => "stopped",
        plan::Phase::RedFlag => "red-flag",
        plan::Phase::NoCramps => "no-cramps",
        _ => "running",
    };
    l.push(m.tr(
        "trial-report-status",
        &[("status", Arg::from(status)), ("day", Arg::from(ended))],
    ));
    let heading = m.tr("trial-report-heading", &[]);
    if t.running(now) {
        return Some(crate::history::report::Section { heading, lines: l });
    }
    l.push(String::new());
    l.push(m.tr("trial-report-table-head", &[]));
    for (i, b) in t.revealed(now).iter().enumerate() {
        let tl = t.tally(b, now);
        let kind = m.tr(
            "trial-report-kind",
            &[(
                "kind",
                Arg::from(match b.kind {
                    plan::Kind::Stretch => "stretch",
                    plan::Kind::Rest => "rest",
                    plan::Kind::Baseline => "baseline",
                }),
            )],
        );
        let days = m.tr(
            "trial-report-days",
            &[
                ("first", Arg::from(table_day(b.first))),
                ("last", Arg::from(table_day(b.last))),
            ],
        );
        let mut row = String::new();
        let _ = write!(
            row,
            "  {:<5}  {:<7}  {}  {:>15}  {:>7}  {:>6}  {:>18}",
            format!("{}{}", i + 1, if b.spare { "*" } else { "" }),
            kind,
            days,
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
        l.push(m.tr(
            "trial-report-valid-pairs",
            &[
                ("valid", Arg::from(pairs.len())),
                ("needed", Arg::from(needed)),
                ("spare", Arg::from(if spare { "yes" } else { "no" })),
            ],
        ));
        if let Some(e) = &e {
            l.push(m.tr(
                "trial-report-rates",
                &[
                    ("stretch", Arg::from(format!("{:.2}", e.rate_stretch))),
                    ("stretch_cramps", Arg::from(e.cramps_stretch)),
                    ("stretch_nights", Arg::from(e.nights_stretch)),
                    ("rest", Arg::from(format!("{:.2}", e.rate_rest))),
                    ("rest_cramps", Arg::from(e.cramps_rest)),
                    ("rest_nights", Arg::from(e.nights_rest)),
                ],
            ));
            l.push(m.tr(
                "trial-report-numbers",
                &[
                    ("ratio", Arg::from(format!("{:.2}", e.rate_ratio))),
                    ("low", Arg::from(format!("{:.2}", e.interval_90[0]))),
                    ("high", Arg::from(format!("{:.2}", e.interval_90[1]))),
                    ("fewer", Arg::from(format!("{:.3}", e.p_fewer))),
                    (
                        "fewer_doubled",
                        Arg::from(format!("{:.3}", e.p_fewer_phi_doubled)),
                    ),
                    ("phi", Arg::from(format!("{:.2}", e.phi))),
                    ("favouring", Arg::from(e.pairs_favouring_stretch)),
                    ("analysed", Arg::from(e.pairs_analysed)),
                    ("p", Arg::from(format!("{:.3}", e.randomisation_p))),
                    (
                        "floor",
                        Arg::from(format!("{:.3}", e.randomisation_p_floor)),
                    ),
                ],
            ));
        }
        l.push(m.tr(
            "trial-report-verdict",
            &[("verdict", Arg::from(analysis::verdict_key(v)))],
        ));
    }
    l.push(m.tr("trial-report-limits", &[]));
    Some(crate::history::report::Section { heading, lines: l })
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
        vec![Record::TrialPlan(Box::new(plan::new_plan(
            &NightRules::default(),
            at("2026-12-01T20:00:00+01:00"),
            orders,
            None,
            false,
        )))]
    }

    fn checkin(night: &str, cramps: Cramps, recorded: &str) -> Record {
        Record::Checkin(CheckinEntry::new(
            night.parse().unwrap(),
            cramps,
            at(recorded),
        ))
    }

    /// The report's section in English, word for word as before it was a message; in en-XA
    /// every line is converted.
    #[test]
    fn the_report_section_in_english_and_every_line_converted() {
        let rules = NightRules::default();
        let mut recs = plan();
        recs.push(checkin(
            "2026-12-03",
            Cramps::Mild,
            "2026-12-04T08:00:00+01:00",
        ));
        recs.push(Record::TrialEnd(crate::history::record::TrialEnd {
            at: at("2026-12-10T20:00:00+01:00"),
            why: crate::history::record::TrialEndWhy::Stopped,
        }));
        let now = at("2026-12-11T20:00:00+01:00");
        let en = crate::i18n::Messages::builtin("en");
        let s = report_section(&en, &recs, rules, now).unwrap();
        assert_eq!(
            s.heading,
            "Personal n-of-1 self-experiment: evening stretching vs none, unblinded"
        );
        assert_eq!(
            s.lines,
            vec![
                "Design: a 7-night baseline from Tue 1 Dec 2026, then 3 pairs of 14-night blocks \
                 (evening stretching routine, or no evening routine), the first 3 nights of each \
                 block not analysed. Unblinded.",
                "Order: drawn for every pair independently from the operating system's random \
                 source on Tue 1 Dec 2026, stored before the first night, never changed; each \
                 block shown to the person on its first day.",
                "Not a research study; no ethics review. Outcome: cramps per night from the \
                 morning check-in (a night without one is missing, never zero).",
                "Expectation at the start: not given. Medicine changed around the start: no.",
                "Status: stopped early on Thu 10 Dec 2026 (no verdict).",
                "",
                "  Block  kind     evenings               nights analysed  missing  cramps  \
                 evenings stretched",
                concat!(
                    "  1      stretch  08 Dec 2026 to 21 Dec 2026                0        0",
                    "       0                   0"
                ),
                "Limits: unblinded (the person knew each block's kind), few blocks, possible \
                 carryover and season effects; analysed as randomised.",
            ]
        );
        let xa = crate::i18n::Messages::builtin("en-XA");
        let s = report_section(&xa, &recs, rules, now).unwrap();
        for l in s.lines.iter().chain([&s.heading]) {
            assert!(
                l.is_empty() || l.contains('[') || l.starts_with("  1"),
                "{l}"
            );
        }
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
        let en = crate::i18n::Messages::builtin("en");
        let section = report_section(&en, &recs, rules, after).unwrap();
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
