//! The numbers: streaks, totals, the last 30 days, and the comparison of cramp nights after
//! evenings with and without a finished routine.
//!
//! Pure: takes records, the person's [`NightRules`] and `today`, returns numbers. A session
//! counts for an evening only when it started in one, and a cramp for a night only when it
//! belongs to one (the rules are [`super::night`]'s). No files, no clock, no terminal. The
//! progress screen and `windown stats` both show exactly these numbers.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, Duration, NaiveDate};

use super::night::NightRules;
use super::record::{CheckinEntry, CrampEntry, Cramps, Leg, Muscle, Record};
use super::six_weeks;

/// The line of [`Stats::total_lines`] that counts the cramps logged, when there is one.
const CRAMPS_LINE: usize = 3;

/// Days shown in the chart.
pub(crate) const CHART_DAYS: usize = 30;

/// Below this many nights in either group, the comparison says it is too early to read much
/// into it.
pub(crate) const FEW_NIGHTS: u32 = 7;

/// The nudge: at least this many nights with sleep broken by cramps...
pub(crate) const NUDGE_NIGHTS: u32 = 4;
/// ...among this many nights up to the last one that is over.
pub(crate) const NUDGE_WINDOW: i64 = 14;

/// The nudge, worded from the evidence brief (NHS): gentle, never alarming.
pub(crate) const NUDGE: [&str; 2] = [
    "Cramps are often breaking your sleep. The NHS advises seeing a GP about that.",
    "See one too if cramps come with numbness or swelling, or your leg muscles are getting weaker or smaller.",
];

/// One night as the record tells it: the morning answer that counts, and the cramps logged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Night {
    /// The check-in that counts (the one recorded last), if any.
    pub(crate) answer: Option<Cramps>,
    /// The check-in's count, when given.
    pub(crate) answer_count: Option<u32>,
    /// The check-in says whether they woke the person.
    pub(crate) woke: Option<bool>,
    /// Cramps logged that night (relief guide or `cramp log`).
    pub(crate) logged: u32,
    /// Of which through the relief guide (the person was up for it).
    pub(crate) guided: u32,
    /// The worst pain logged that night.
    pub(crate) pain: Option<u8>,
}

impl Night {
    /// How many cramps: the check-in's count, else the cramps logged, else none for a calm
    /// answer; `None` when not known (a mild or bad answer without a count or a log).
    pub(crate) fn count(&self) -> Option<u32> {
        self.answer_count
            .or((self.logged > 0).then_some(self.logged))
            .or((self.answer == Some(Cramps::None)).then_some(0))
    }

    /// A night with cramps, by the answer or the log.
    pub(crate) fn cramp_night(&self) -> bool {
        self.answer.is_some_and(Cramps::is_cramp_night) || self.logged > 0
    }

    /// Sleep broken by cramps: the check-in says they woke the person, or the night was bad,
    /// or a cramp was eased with the relief guide. Not when the check-in says they did not.
    pub(crate) fn sleep_broken(&self) -> bool {
        match self.woke {
            Some(w) => w,
            None => self.answer == Some(Cramps::Bad) || self.guided > 0,
        }
    }
}

/// What one record tells of its night.
enum Told {
    Answer(Cramps, Option<u32>, Option<bool>),
    Cramp(bool, Option<u8>),
}

/// The records of nights, gathered in file order by a pass over the history that also counts
/// other things, then folded into [`Night`]s ([`NightRecords::nights`]).
#[derive(Default)]
pub(crate) struct NightRecords(Vec<(NaiveDate, Told)>);

impl NightRecords {
    /// A morning check-in (for its `night_of`).
    pub(crate) fn checkin(&mut self, c: &CheckinEntry) {
        self.0
            .push((c.night_of, Told::Answer(c.cramps, c.count, c.woke)));
    }

    /// A cramp of the night `night` ([`NightRules::cramp_night`] of its moment).
    pub(crate) fn cramp(&mut self, night: NaiveDate, c: &CrampEntry) {
        self.0
            .push((night, Told::Cramp(c.relief_seconds.is_some(), c.pain)));
    }

    /// The nights, by the evening each began.
    pub(crate) fn nights(self) -> BTreeMap<NaiveDate, Night> {
        fold_nights(self.0)
    }
}

/// Every night with a check-in or a logged cramp, by the evening it began (daytime cramps
/// belong to none).
pub(crate) fn nights(records: &[Record], rules: &NightRules) -> BTreeMap<NaiveDate, Night> {
    nights_within(records, rules, NaiveDate::MIN, NaiveDate::MAX)
}

/// [`nights`] from `from` to `to` (both included): the home screen's nudge needs two weeks of
/// them, not ten years.
pub(crate) fn nights_within(
    records: &[Record],
    rules: &NightRules,
    from: NaiveDate,
    to: NaiveDate,
) -> BTreeMap<NaiveDate, Night> {
    let mut told = NightRecords::default();
    for r in records {
        match r {
            Record::Checkin(c) if (from..=to).contains(&c.night_of) => told.checkin(c),
            Record::Cramp(c) => {
                if let Some(night) = rules.cramp_night(c.at).filter(|n| (from..=to).contains(n)) {
                    told.cramp(night, c);
                }
            }
            _ => {}
        }
    }
    told.nights()
}

/// The nights from what each record told, in file order.
fn fold_nights(mut told: Vec<(NaiveDate, Told)>) -> BTreeMap<NaiveDate, Night> {
    // Sorted by night (stable: a night's records stay in file order, so the check-in
    // recorded last counts) and folded night by night: a history is written in time order, so
    // the sort finds it nearly sorted, and the map is built once from sorted nights rather than
    // looked up per record.
    told.sort_by_key(|t| t.0);
    let mut out: Vec<(NaiveDate, Night)> = Vec::new();
    for (night, t) in told {
        if out.last().is_none_or(|l| l.0 != night) {
            out.push((night, Night::default()));
        }
        let Some((_, n)) = out.last_mut() else {
            continue;
        };
        match t {
            Told::Answer(cramps, count, woke) => {
                n.answer = Some(cramps);
                n.answer_count = count;
                n.woke = woke;
            }
            Told::Cramp(guided, pain) => {
                n.logged += 1;
                n.guided += u32::from(guided);
                n.pain = n.pain.max(pain);
            }
        }
    }
    // Sorted and one per night: built without a search per night.
    out.into_iter().collect()
}

/// The cramps logged for the night that began on the evening of `night`, in time order.
pub(crate) fn cramps_of_night(
    records: &[Record],
    rules: &NightRules,
    night: NaiveDate,
) -> Vec<CrampEntry> {
    let mut v: Vec<CrampEntry> = records
        .iter()
        .filter_map(|r| match r {
            Record::Cramp(c) if rules.cramp_night(c.at) == Some(night) => Some((**c).clone()),
            _ => None,
        })
        .collect();
    v.sort_by_key(|c| c.at);
    v
}

/// Nights with sleep broken by cramps among the [`NUDGE_WINDOW`] nights ending with
/// `last_night`; [`NUDGE_NIGHTS`] or more call for the nudge.
pub(crate) fn broken_nights(nights: &BTreeMap<NaiveDate, Night>, last_night: NaiveDate) -> u32 {
    let from = last_night - Duration::days(NUDGE_WINDOW - 1);
    nights
        .range(from..=last_night)
        .filter(|(_, n)| n.sleep_broken())
        .count() as u32
}

/// One evening and the night after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Day {
    pub(crate) evening: NaiveDate,
    /// Sessions started that evening (finished or not).
    pub(crate) sessions: u32,
    /// Of which ran to their end (the chart's mark; an evening stretched is
    /// [`NightRules::stretched_evening`]'s, counted in [`Stats::counted`]).
    pub(crate) finished: u32,
    /// The morning check-in about the night after this evening, if there is one.
    pub(crate) cramps: Option<Cramps>,
    /// How many cramps that night, when known ([`Night::count`]).
    pub(crate) count: Option<u32>,
    /// Reminder acknowledgements on this calendar day.
    pub(crate) acks: u32,
}

/// Nights with a check-in in one group, and how many of them had cramps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Tally {
    pub(crate) nights: u32,
    pub(crate) cramp_nights: u32,
    /// Of the nights, those with a known number of cramps, and the cramps in them.
    pub(crate) counted_nights: u32,
    pub(crate) cramps: u32,
}

impl Tally {
    /// `3 of 20 nights (15%)`, or `no nights yet`.
    pub(crate) fn describe(&self) -> String {
        let pct = if self.nights == 0 {
            0.0
        } else {
            (f64::from(self.cramp_nights) * 100.0 / f64::from(self.nights)).round()
        };
        crate::t!(
            "history-tally",
            cramp = self.cramp_nights,
            nights = self.nights,
            pct = pct
        )
    }

    /// `0.3 a night (8 cramps in 24 nights)` when every night has a number (calm nights
    /// count 0), else how many cramp nights have none: a rate over the counted nights alone
    /// would lean toward the calm ones.
    pub(crate) fn describe_counts(&self) -> String {
        let known = self.counted_nights >= self.nights;
        let per = f64::from(self.cramps) / f64::from(self.counted_nights.max(1));
        crate::t!(
            "history-tally-counts",
            nights = if known {
                self.counted_nights
            } else {
                self.nights
            },
            known = if known { "yes" } else { "no" },
            rate = format!("{per:.1}"),
            cramps = self.cramps,
            missing = self.nights.saturating_sub(self.counted_nights),
            cramp = self.cramp_nights
        )
    }
}

/// Cramp nights after evenings with a finished routine versus after evenings without, counting
/// only nights that have a morning check-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Comparison {
    pub(crate) after_routine: Tally,
    pub(crate) after_none: Tally,
}

impl Comparison {
    /// Either group is too small for the percentages to mean much.
    pub(crate) fn too_few(&self) -> bool {
        self.after_routine.nights < FEW_NIGHTS || self.after_none.nights < FEW_NIGHTS
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Experiment {
    /// None was ever started: the comparison points to one.
    #[default]
    NotStarted,
    /// One is under way: the comparison is hidden until its end (no peeking).
    Running,
    /// One ended (finished, stopped or by a red flag).
    Ended,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stats {
    /// The personal experiment's state (see [`Experiment`]).
    pub(crate) experiment: Experiment,
    pub(crate) today: NaiveDate,
    /// Consecutive evenings with a finished routine, ending today or yesterday.
    pub(crate) streak: u32,
    pub(crate) longest_streak: u32,
    pub(crate) sessions: u32,
    pub(crate) sessions_finished: u32,
    /// Time on the clock (stretching, breathing), without time waiting on task steps.
    pub(crate) active_seconds: u64,
    /// Nights with a morning check-in.
    pub(crate) checked_nights: u32,
    pub(crate) cramp_nights: u32,
    pub(crate) bad_nights: u32,
    pub(crate) reminder_acks: u32,
    /// Cramps logged (relief guide or `cramp log`), and the pain given with them.
    pub(crate) cramps_logged: u32,
    /// Of which in the daytime (in no night).
    pub(crate) daytime_cramps: u32,
    pub(crate) pain_given: u32,
    pub(crate) pain_sum: u32,
    pub(crate) pain_worst: Option<u8>,
    /// Every cramp logged by leg and muscle, most first ([`by_place`]).
    pub(crate) by_place: Vec<(Leg, Muscle, u32)>,
    /// Nights with sleep broken by cramps among the last [`NUDGE_WINDOW`], and whether that
    /// calls for the nudge.
    pub(crate) broken_recent: u32,
    pub(crate) nudge: bool,
    /// Nights with a known number of cramps (a calm answer counts 0), and the cramps in them.
    pub(crate) counted_nights: u32,
    pub(crate) counted_cramps: u32,
    pub(crate) comparison: Comparison,
    /// The last [`CHART_DAYS`] evenings, oldest first, ending today.
    pub(crate) days: Vec<Day>,
}

/// Cramps by leg and muscle, most first (a tie in the order of the words): `windown stats`
/// over every cramp logged, the report over its nights'.
pub(crate) fn by_place<'a>(
    cramps: impl IntoIterator<Item = &'a CrampEntry>,
) -> Vec<(Leg, Muscle, u32)> {
    let mut places: BTreeMap<(&'static str, &'static str), (Leg, Muscle, u32)> = BTreeMap::new();
    for c in cramps {
        places
            .entry((c.leg.word(), c.muscle.word()))
            .or_insert((c.leg, c.muscle, 0))
            .2 += 1;
    }
    let mut out: Vec<(Leg, Muscle, u32)> = places.into_values().collect();
    out.sort_by_key(|p| std::cmp::Reverse(p.2));
    out
}

/// "left calf 3, right back of thigh 1", in the process's language (`windown stats`).
pub(crate) fn places_words(places: &[(Leg, Muscle, u32)]) -> String {
    places
        .iter()
        .map(|(l, m, n)| {
            crate::t!(
                "history-stats-place",
                place = crate::history::rows::where_words(*l, *m),
                n = *n
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Evenings stretched: at least one session that counts by [`NightRules::stretched_evening`]
/// (a daytime session, or a routine with no stretch done, is no evening stretched).
/// (Counted with the rest in [`Stats::counted`] and the home screen's one pass; this is the
/// rule on its own, for the tests.)
#[cfg(test)]
pub(crate) fn routine_evenings(records: &[Record], rules: &NightRules) -> BTreeSet<NaiveDate> {
    records
        .iter()
        .filter_map(|r| match r {
            Record::Session(s) => rules.stretched_evening(s),
            _ => None,
        })
        .collect()
}

/// Consecutive evenings in `evenings` ending today, or yesterday when today has none yet.
pub(crate) fn current_streak(evenings: &BTreeSet<NaiveDate>, today: NaiveDate) -> u32 {
    let yesterday = today - Duration::days(1);
    let mut day = if evenings.contains(&today) {
        today
    } else if evenings.contains(&yesterday) {
        yesterday
    } else {
        return 0;
    };
    // Walked back through the set in order (a run of years is as many steps, not as many
    // searches of the set).
    let mut n = 0;
    for &e in evenings.range(..=day).rev() {
        if e != day {
            break;
        }
        n += 1;
        match day.pred_opt() {
            Some(before) => day = before,
            None => break,
        }
    }
    n
}

/// The longest run of consecutive evenings.
pub(crate) fn longest_streak(evenings: &BTreeSet<NaiveDate>) -> u32 {
    let (mut best, mut run) = (0, 0);
    let mut prev: Option<NaiveDate> = None;
    for &e in evenings {
        run = match prev {
            Some(p) if p + Duration::days(1) == e => run + 1,
            _ => 1,
        };
        best = best.max(run);
        prev = Some(e);
    }
    best
}

impl Stats {
    /// The numbers as of `today` (the day of now, [`NightRules::day_of`]).
    pub fn compute(records: &[Record], rules: &NightRules, today: NaiveDate) -> Stats {
        Stats::compute_until(records, rules, today, today)
    }

    /// As [`Stats::compute`], with the chart's [`CHART_DAYS`] ending on `chart_end` instead
    /// of today (the progress screen going back a month at a time). Everything else is as of
    /// `today`.
    pub(crate) fn compute_until(
        records: &[Record],
        rules: &NightRules,
        today: NaiveDate,
        chart_end: NaiveDate,
    ) -> Stats {
        Stats::counted(records, rules, today, chart_end).0
    }

    /// [`Stats::compute`] and the six-week check ([`six_weeks::check_from`]) of the same history,
    /// from one count of its evenings and nights (`windown stats`). `experiment_running`: a
    /// personal experiment runs (no six-week check then).
    pub(crate) fn compute_with_six_weeks(
        records: &[Record],
        rules: &NightRules,
        today: NaiveDate,
        experiment_running: bool,
    ) -> (Stats, Option<six_weeks::SixWeeks>) {
        let (stats, evenings, nights) = Stats::counted(records, rules, today, today);
        let six = (!experiment_running)
            .then(|| six_weeks::check_from(&evenings, || &nights, today))
            .flatten();
        (stats, six)
    }

    /// [`Stats::compute_until`], with the evenings stretched ([`NightRules::stretched_evening`]) and the
    /// nights ([`nights`]) it counted: one pass over the records finds each record's evening
    /// or night once.
    pub(crate) fn counted(
        records: &[Record],
        rules: &NightRules,
        today: NaiveDate,
        chart_end: NaiveDate,
    ) -> (Stats, BTreeSet<NaiveDate>, BTreeMap<NaiveDate, Night>) {
        let first_day = chart_end - Duration::days(CHART_DAYS as i64 - 1);
        let mut days: Vec<Day> = (0..CHART_DAYS as i64)
            .map(|i| Day {
                evening: first_day + Duration::days(i),
                sessions: 0,
                finished: 0,
                cramps: None,
                count: None,
                acks: 0,
            })
            .collect();
        // Days counted from the common era's start: two sums, where `d - first_day` is
        // chrono's general difference (a division by 400 years), once for each record.
        let first_ce = first_day.num_days_from_ce();
        let slot = |d: NaiveDate| -> Option<usize> {
            let i = i64::from(d.num_days_from_ce()) - i64::from(first_ce);
            usize::try_from(i).ok().filter(|&i| i < CHART_DAYS)
        };

        let mut evenings: Vec<NaiveDate> = Vec::new();
        let mut told = NightRecords::default();
        let (mut sessions, mut sessions_finished, mut active_seconds, mut acks) = (0, 0, 0u64, 0);
        let mut daytime_cramps = 0;
        let (mut cramps_logged, mut pain_given, mut pain_sum, mut pain_worst) = (0, 0, 0, None);
        for r in records {
            match r {
                Record::Session(s) => {
                    let evening = rules.evening_of(s.started);
                    // Never one started by mistake: it is unfinished.
                    if let Some(e) = NightRules::stretched_evening_of(s, evening) {
                        evenings.push(e);
                    }
                    // Started by mistake: in the file, not in the numbers.
                    if s.started_by_mistake() {
                        continue;
                    }
                    sessions += 1;
                    sessions_finished += u32::from(s.finished);
                    active_seconds = active_seconds.saturating_add(s.timed_seconds());
                    // The chart is of evenings: a daytime session is in the totals only.
                    if let Some(i) = evening.and_then(slot) {
                        days[i].sessions += 1;
                        days[i].finished += u32::from(s.finished);
                    }
                }
                Record::ReminderAck(a) => {
                    acks += 1;
                    if let Some(i) = slot(a.at.date_naive()) {
                        days[i].acks += 1;
                    }
                }
                Record::Checkin(c) => told.checkin(c),
                Record::Cramp(c) => {
                    cramps_logged += 1;
                    match rules.cramp_night(c.at) {
                        Some(night) => told.cramp(night, c),
                        None => daytime_cramps += 1,
                    }
                    if let Some(p) = c.pain {
                        pain_given += 1;
                        pain_sum += u32::from(p);
                        pain_worst = pain_worst.max(Some(p));
                    }
                }
                Record::TrialPlan(_)
                | Record::TrialNote(_)
                | Record::TrialEnd(_)
                | Record::Void(_) => {}
            }
        }
        let evenings: BTreeSet<NaiveDate> = evenings.into_iter().collect();
        let all_nights = told.nights();
        let (mut counted_nights, mut counted_cramps) = (0, 0);
        for (night, n) in &all_nights {
            let count = n.count();
            if let Some(c) = count {
                counted_nights += 1;
                counted_cramps += c;
            }
            if let Some(i) = slot(*night) {
                days[i].count = count;
            }
        }
        // The last night that is over is the one before today's evening.
        let broken_recent = broken_nights(&all_nights, today - Duration::days(1));

        // The check-in that counts for each night is its night's answer (the one recorded
        // last: a later answer corrects an earlier one).
        let mut comparison = Comparison::default();
        let (mut checked_nights, mut cramp_nights, mut bad_nights) = (0, 0, 0);
        // Both in date order: the evenings are walked beside the nights, not searched.
        let mut evenings_from = evenings.iter().peekable();
        for (&night, n) in &all_nights {
            let Some(cramps) = n.answer else {
                continue;
            };
            checked_nights += 1;
            while evenings_from.next_if(|&&e| e < night).is_some() {}
            let tally = if evenings_from.peek() == Some(&&night) {
                &mut comparison.after_routine
            } else {
                &mut comparison.after_none
            };
            tally.nights += 1;
            tally.cramp_nights += u32::from(cramps.is_cramp_night());
            if let Some(c) = n.count() {
                tally.counted_nights += 1;
                tally.cramps += c;
            }
            cramp_nights += u32::from(cramps.is_cramp_night());
            bad_nights += u32::from(cramps == Cramps::Bad);
            if let Some(i) = slot(night) {
                days[i].cramps = Some(cramps);
            }
        }

        let stats = Stats {
            experiment: Experiment::NotStarted,
            today,
            streak: current_streak(&evenings, today),
            longest_streak: longest_streak(&evenings),
            sessions,
            sessions_finished,
            active_seconds,
            checked_nights,
            cramp_nights,
            bad_nights,
            reminder_acks: acks,
            cramps_logged,
            daytime_cramps,
            pain_given,
            pain_sum,
            pain_worst,
            by_place: by_place(records.iter().filter_map(|r| match r {
                Record::Cramp(c) => Some(&**c),
                _ => None,
            })),
            broken_recent,
            nudge: broken_recent >= NUDGE_NIGHTS,
            counted_nights,
            counted_cramps,
            comparison,
            days,
        };
        (stats, evenings, all_nights)
    }

    /// `windown stats`: the same numbers as the progress screen, as text.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for (i, l) in self.total_lines().iter().enumerate() {
            out.push_str(l);
            out.push('\n');
            // Where they were, under how many (as the report has it).
            if i == CRAMPS_LINE && self.cramps_logged > 0 && !self.by_place.is_empty() {
                out.push_str(&crate::t!(
                    "history-stats-by-place",
                    places = places_words(&self.by_place)
                ));
                out.push('\n');
            }
        }
        out.push('\n');
        for l in self.comparison_lines() {
            out.push_str(&l);
            out.push('\n');
        }
        if self.nudge {
            out.push('\n');
            for id in ["history-nudge-1", "history-nudge-2"] {
                for l in crate::i18n::safety(id, &[]).lines() {
                    out.push_str(l);
                    out.push('\n');
                }
            }
        }
        out
    }

    /// `6/10 on average (5 given), worst 8`, when any pain was given (the figures the report
    /// words in its language; kept here for the tests that check both agree).
    #[cfg(test)]
    pub(crate) fn pain_text(&self) -> Option<String> {
        let worst = self.pain_worst?;
        let avg = f64::from(self.pain_sum) / f64::from(self.pain_given.max(1));
        Some(format!(
            "{avg:.1}/10 on average ({} given), worst {worst}",
            self.pain_given
        ))
    }

    /// Streaks and totals, one line each (shared by `windown stats` and the progress screen).
    pub(crate) fn total_lines(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut line = |s: String| out.push(s);
        line(crate::t!(
            "history-stats-streak",
            n = self.streak,
            longest = self.longest_streak
        ));
        line(crate::t!(
            "history-stats-sessions",
            finished = self.sessions_finished,
            started = self.sessions,
            time = crate::duration::human(std::time::Duration::from_secs(self.active_seconds))
        ));
        line(crate::t!(
            "history-stats-checkins",
            nights = self.checked_nights,
            cramp = self.cramp_nights,
            bad = self.bad_nights
        ));
        // The cramps logged are line CRAMPS_LINE: `to_text` puts the places under it.
        if self.cramps_logged > 0 {
            let avg = f64::from(self.pain_sum) / f64::from(self.pain_given.max(1));
            line(crate::t!(
                "history-stats-cramps",
                n = self.cramps_logged,
                daytime = self.daytime_cramps,
                pained = if self.pain_worst.is_some() {
                    "yes"
                } else {
                    "no"
                },
                average = format!("{avg:.1}"),
                given = self.pain_given,
                worst = self.pain_worst.map_or(0, u32::from)
            ));
        }
        if self.counted_cramps > 0 {
            line(crate::t!(
                "history-stats-per-night",
                rate = format!(
                    "{:.1}",
                    f64::from(self.counted_cramps) / f64::from(self.counted_nights.max(1))
                ),
                cramps = self.counted_cramps,
                nights = self.counted_nights
            ));
        }
        if self.reminder_acks > 0 {
            line(crate::t!("history-stats-reminders", n = self.reminder_acks));
        }
        let recent = self.days.iter().filter(|d| d.finished > 0).count();
        let last = self.days.last().filter(|d| d.evening != self.today);
        line(crate::t!(
            "history-stats-recent",
            ended = if last.is_some() { "yes" } else { "no" },
            days = CHART_DAYS,
            to = last
                .map(|d| {
                    crate::t!(
                        "history-stats-day",
                        day = d.evening.day(),
                        month = d.evening.month(),
                        year = d.evening.year()
                    )
                })
                .unwrap_or_default(),
            finished = recent,
            cramp = self
                .days
                .iter()
                .filter(|d| d.cramps.is_some_and(Cramps::is_cramp_night))
                .count(),
            checked = self.days.iter().filter(|d| d.cramps.is_some()).count()
        ));
        out
    }

    /// The comparison as lines of text (shared by `windown stats` and the progress screen).
    /// The same numbers, with the personal experiment's state for the comparison's words.
    pub fn with_experiment(mut self, e: Experiment) -> Stats {
        self.experiment = e;
        self
    }

    /// Whether the comparison is hidden: a personal experiment runs (`history-compare-hidden`).
    pub(crate) fn comparison_hidden(&self) -> bool {
        self.experiment == Experiment::Running
    }

    pub(crate) fn comparison_lines(&self) -> Vec<String> {
        if self.experiment == Experiment::Running {
            // One sentence, wrapped by whoever shows it (a screen wraps at its width).
            return vec![crate::t!("history-compare-hidden")];
        }
        let c = &self.comparison;
        let with = |what: String| crate::t!("history-compare-with", what = what);
        let without = |what: String| crate::t!("history-compare-without", what = what);
        let mut v = vec![
            crate::t!("history-compare-nights"),
            with(c.after_routine.describe()),
            without(c.after_none.describe()),
        ];
        if c.after_routine.cramps + c.after_none.cramps > 0 {
            v.push(crate::t!("history-compare-counts"));
            v.push(with(c.after_routine.describe_counts()));
            v.push(without(c.after_none.describe_counts()));
        }
        if c.too_few() {
            v.push(crate::t!("history-compare-few", few = FEW_NIGHTS));
        }
        v.push(crate::t!("history-compare-caveat-1"));
        v.push(crate::t!("history-compare-caveat-2"));
        v.push(crate::t!("history-compare-not-evidence"));
        v.push(crate::t!(match self.experiment {
            Experiment::Ended => "history-compare-trial-ended",
            _ => "history-compare-trial",
        }));
        v
    }
}

#[cfg(test)]
pub(crate) mod fixture {
    //! A made-up month for tests and snapshots: November 2026, Europe-style offsets.
    use super::super::record::*;
    use chrono::{DateTime, FixedOffset, NaiveDate};

    fn t(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).expect("fixture time")
    }

    pub(crate) fn session(day: u32, hm: &str, finished: bool) -> Record {
        let started = t(&format!("2026-11-{day:02}T{hm}:00+01:00"));
        Record::Session(Box::new(SessionEntry {
            routine_id: "evening-legs".into(),
            routine_title: "Evening legs".into(),
            started,
            ended: started + chrono::Duration::seconds(240),
            active_seconds: if finished { 220 } else { 90 },
            task_seconds: None,
            stretches_done: None,
            stretches_left_out: None,
            steps_done: if finished { 4 } else { 2 },
            steps_skipped: 0,
            steps_total: 4,
            finished,
        }))
    }

    pub(crate) fn checkin(night: u32, cramps: Cramps) -> Record {
        Record::Checkin(CheckinEntry {
            night_of: NaiveDate::from_ymd_opt(2026, 11, night).expect("fixture date"),
            cramps,
            count: None,
            note: None,
            woke: None,
            recorded: t(&format!("2026-11-{:02}T07:15:00+01:00", night + 1)),
        })
    }

    /// A left-calf cramp at `hm` on the morning of November `day + 1` (the night of `day`
    /// when before 04:00).
    pub(crate) fn cramp(day: u32, hm: &str, pain: Option<u8>) -> Record {
        let at = t(&format!("2026-11-{:02}T{hm}:00+01:00", day + 1));
        Record::Cramp(Box::new(CrampEntry {
            at,
            leg: crate::history::Leg::Left,
            muscle: crate::history::Muscle::Calf,
            relief_seconds: None,
            lasted_seconds: None,
            pain,
            recorded: at,
        }))
    }

    /// Evenings 1-29 of November 2026, checked the morning after (night of the 29th answered
    /// on the 30th):
    /// - routine finished on 1-5, 8-12, 15-20, 22-29 (24 evenings; 27 just after midnight);
    /// - an unfinished session on the 6th and a second, unfinished one on the 12th; nothing
    ///   on 7, 13, 14, 21;
    /// - cramps: after routine evenings on 3, 10, 18 (bad on 18) -> 3 of 24;
    ///   after the other five evenings on 6, 7, 13, 21 (bad on 7 and 13) -> 4 of 5.
    pub(crate) fn month() -> Vec<Record> {
        let stretched: Vec<u32> = (1..=5)
            .chain(8..=12)
            .chain(15..=20)
            .chain(22..=29)
            .collect();
        let mut out = Vec::new();
        for day in 1..=29u32 {
            if stretched.contains(&day) {
                if day == 27 {
                    // Just after midnight: still the evening of the 27th.
                    out.push(session(28, "00:20", true));
                } else {
                    out.push(session(day, "22:05", true));
                }
            } else if day == 6 {
                out.push(session(day, "22:10", false));
            }
            if day == 12 {
                // A second try the same evening, stopped early: two sessions that evening.
                out.push(session(day, "22:40", false));
            }
            let cramps = match day {
                7 | 13 | 18 => Cramps::Bad,
                3 | 10 | 6 | 21 => Cramps::Mild,
                _ => Cramps::None,
            };
            out.push(checkin(day, cramps));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::super::record::*;
    use super::*;
    use chrono::{Offset, TimeZone, Timelike};
    use chrono_tz::Europe::Berlin;

    fn compute(records: &[Record], today: NaiveDate) -> Stats {
        Stats::compute(records, &NightRules::default(), today)
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn finished_at(at: chrono::DateTime<chrono::FixedOffset>) -> Record {
        Record::Session(Box::new(SessionEntry {
            routine_id: "r".into(),
            routine_title: "R".into(),
            started: at,
            ended: at,
            active_seconds: 200,
            task_seconds: None,
            stretches_done: None,
            stretches_left_out: None,
            steps_done: 4,
            steps_skipped: 0,
            steps_total: 4,
            finished: true,
        }))
    }

    #[test]
    fn the_made_up_month_compares_as_counted_by_hand() {
        let s = compute(&fixture::month(), d(2026, 11, 30));
        assert_eq!(
            s.comparison,
            Comparison {
                after_routine: Tally {
                    nights: 24,
                    cramp_nights: 3,
                    counted_nights: 21,
                    cramps: 0,
                },
                after_none: Tally {
                    nights: 5,
                    cramp_nights: 4,
                    counted_nights: 1,
                    cramps: 0,
                },
            }
        );
        assert_eq!(s.streak, 8); // 22..=29, today (30th) not yet
        assert_eq!(s.longest_streak, 8);
        assert_eq!((s.sessions, s.sessions_finished), (26, 24));
        assert_eq!((s.days[11].sessions, s.days[11].finished), (2, 1));
        assert_eq!((s.checked_nights, s.cramp_nights, s.bad_nights), (29, 7, 3));
        assert_eq!(s.days.len(), CHART_DAYS);
        assert_eq!(s.days[0].evening, d(2026, 11, 1));
        assert_eq!(s.days[26].finished, 1); // the session at 00:20 on the 28th
        assert_eq!(s.days[27].finished, 1);
        assert!(s.comparison.too_few());
        assert_eq!(
            s.comparison.after_routine.describe(),
            "3 of 24 nights (13%)"
        );
        assert_eq!(s.comparison.after_none.describe(), "4 of 5 nights (80%)");
    }

    #[test]
    fn a_session_quit_in_its_first_seconds_is_left_out_of_the_numbers() {
        let mut recs = vec![fixture::session(20, "22:05", true)];
        let mut mistake = fixture::session(21, "22:05", false);
        if let Record::Session(e) = &mut mistake {
            e.active_seconds = crate::history::record::MISTAKE_SECONDS - 1;
            e.steps_done = 0;
            e.task_seconds = Some(0);
        }
        recs.push(mistake.clone());
        let s = compute(&recs, d(2026, 11, 22));
        assert_eq!((s.sessions, s.sessions_finished), (1, 1));
        // Ten seconds in, or one step done: a session that counts.
        if let Record::Session(e) = &mut mistake {
            e.steps_done = 1;
        }
        recs[1] = mistake;
        assert_eq!(compute(&recs, d(2026, 11, 22)).sessions, 2);
    }

    #[test]
    fn time_waiting_on_tasks_is_not_stretching_time() {
        let mut wind_down = fixture::session(20, "21:30", true);
        if let Record::Session(e) = &mut wind_down {
            e.active_seconds = 2400;
            e.task_seconds = Some(2180);
        }
        let old = fixture::session(21, "22:05", true); // no task time: all of it counts
        let old_secs = match &old {
            Record::Session(e) => e.active_seconds,
            _ => unreachable!(),
        };
        let s = compute(&[wind_down, old], d(2026, 11, 22));
        assert_eq!(s.active_seconds, 220 + old_secs);
    }

    #[test]
    fn a_later_checkin_corrects_an_earlier_one() {
        let mut recs = fixture::month();
        recs.push(fixture::checkin(6, Cramps::None));
        let s = compute(&recs, d(2026, 11, 30));
        assert_eq!(s.comparison.after_none.cramp_nights, 3);
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            /// The walk back through the set counts what looking up each day before counts.
            #[test]
            fn the_streak_walked_is_the_streak_looked_up(
                days in prop::collection::btree_set(0i64..60, 0..50),
                today in 0i64..62,
            ) {
                let base = d(2026, 1, 1);
                let set: BTreeSet<NaiveDate> =
                    days.iter().map(|&n| base + Duration::days(n)).collect();
                let today = base + Duration::days(today);
                let mut day = today;
                if !set.contains(&day) {
                    day -= Duration::days(1);
                }
                let mut looked_up = 0;
                while set.contains(&day) {
                    looked_up += 1;
                    day -= Duration::days(1);
                }
                prop_assert_eq!(current_streak(&set, today), looked_up);
            }
        }
    }

    #[test]
    fn streak_ends_today_or_yesterday_only() {
        let set: BTreeSet<NaiveDate> = [d(2026, 11, 20), d(2026, 11, 21)].into();
        assert_eq!(current_streak(&set, d(2026, 11, 21)), 2);
        assert_eq!(current_streak(&set, d(2026, 11, 22)), 2);
        assert_eq!(current_streak(&set, d(2026, 11, 23)), 0);
        assert_eq!(current_streak(&BTreeSet::new(), d(2026, 11, 23)), 0);
    }

    #[test]
    fn streaks_run_across_month_and_year_ends() {
        let mut recs = Vec::new();
        for (y, m, day) in [
            (2026, 1, 30),
            (2026, 1, 31),
            (2026, 2, 1),
            (2026, 2, 28),
            (2026, 3, 1),
            (2026, 12, 31),
            (2027, 1, 1),
            (2027, 1, 2),
        ] {
            let at = chrono::FixedOffset::east_opt(3600)
                .unwrap()
                .with_ymd_and_hms(y, m, day, 22, 0, 0)
                .unwrap();
            recs.push(finished_at(at));
        }
        let evenings = routine_evenings(&recs, &NightRules::default());
        assert_eq!(longest_streak(&evenings), 3);
        assert_eq!(current_streak(&evenings, d(2026, 3, 2)), 2); // Feb 28 -> Mar 1
        assert_eq!(current_streak(&evenings, d(2027, 1, 2)), 3); // over New Year
    }

    #[test]
    fn streaks_survive_daylight_saving_changes() {
        // Berlin leaves summer time on 25 October 2026 (03:00 CEST -> 02:00 CET) and enters it
        // on 29 March 2026. Sessions at 22:30 and at 00:45 around both changes.
        let mut recs = Vec::new();
        let mut expected = BTreeSet::new();
        for (m, days) in [(3u32, 25..=30u32), (10, 22..=27)] {
            for day in days {
                let (dd, h, min) = if day % 2 == 0 {
                    (day, 22, 30)
                } else {
                    (day + 1, 0, 45) // after midnight: the evening before
                };
                let local = Berlin
                    .with_ymd_and_hms(2026, m, dd, h, min, 0)
                    .single()
                    .unwrap();
                recs.push(finished_at(local.fixed_offset()));
                expected.insert(d(2026, m, day));
                if day % 2 == 1 {
                    assert_eq!(local.hour(), 0);
                }
            }
        }
        assert_eq!(routine_evenings(&recs, &NightRules::default()), expected);
        // Inside the changes themselves: 02:30 happens twice on 25 October, and 03:30 comes
        // right after 01:59 on 29 March. All belong to the evening before.
        let twice = Berlin.with_ymd_and_hms(2026, 10, 25, 2, 30, 0);
        let (first, second) = (twice.earliest().unwrap(), twice.latest().unwrap());
        assert_ne!(first.offset().fix(), second.offset().fix());
        let after_jump = Berlin
            .with_ymd_and_hms(2026, 3, 29, 3, 30, 0)
            .single()
            .unwrap();
        for at in [first.fixed_offset(), second.fixed_offset()] {
            assert_eq!(NightRules::default().evening_of(at), Some(d(2026, 10, 24)));
        }
        assert_eq!(
            NightRules::default().evening_of(after_jump.fixed_offset()),
            Some(d(2026, 3, 28))
        );
        assert_eq!(current_streak(&expected, d(2026, 3, 31)), 6);
        assert_eq!(current_streak(&expected, d(2026, 10, 28)), 6);
        assert_eq!(longest_streak(&expected), 6);
    }

    fn checkin_with(night: u32, cramps: Cramps, count: Option<u32>, woke: Option<bool>) -> Record {
        let Record::Checkin(mut c) = fixture::checkin(night, cramps) else {
            unreachable!()
        };
        c.count = count;
        c.woke = woke;
        Record::Checkin(c)
    }

    #[test]
    fn a_night_counts_from_the_answer_then_the_log() {
        let recs = vec![
            fixture::cramp(3, "03:12", Some(6)),
            fixture::cramp(3, "05:40", Some(8)),
            checkin_with(3, Cramps::Bad, None, None),
            checkin_with(4, Cramps::Mild, Some(3), Some(false)),
            fixture::cramp(4, "02:00", None),
            checkin_with(5, Cramps::Mild, None, None),
            checkin_with(6, Cramps::None, None, None),
            // Logged, never checked in.
            fixture::cramp(7, "04:30", Some(2)),
        ];
        let n = nights(&recs, &NightRules::default());
        let d = |day| d(2026, 11, day);
        assert_eq!(n[&d(3)].count(), Some(2));
        assert_eq!(n[&d(3)].pain, Some(8));
        assert_eq!(n[&d(4)].count(), Some(3), "the answer's own count wins");
        assert!(
            !n[&d(4)].sleep_broken(),
            "the answer says they did not wake"
        );
        assert_eq!(n[&d(5)].count(), None, "mild, not counted");
        assert_eq!(n[&d(6)].count(), Some(0));
        assert!(n[&d(7)].cramp_night() && n[&d(7)].answer.is_none());
        let s = compute(&recs, d(10));
        assert_eq!(s.cramps_logged, 4);
        assert_eq!(
            s.pain_text().as_deref(),
            Some("5.3/10 on average (3 given), worst 8")
        );
        // Counted nights among checked ones: 3 (2), 4 (3), 6 (0); all after no routine.
        assert_eq!(
            (
                s.comparison.after_none.counted_nights,
                s.comparison.after_none.cramps
            ),
            (3, 5)
        );
        // Night 5 (mild) has no number: no rate for that group.
        assert_eq!(
            s.comparison.after_none.describe_counts(),
            "not known: 1 of 3 cramp nights have no count"
        );
        let mut counted = recs.clone();
        counted.push(checkin_with(5, Cramps::Mild, Some(1), None));
        assert_eq!(
            compute(&counted, d(10))
                .comparison
                .after_none
                .describe_counts(),
            "1.5 a night (6 cramps in 4 nights)"
        );
        let text = s.to_text();
        assert!(text.contains("Cramps logged: 4; pain 5.3/10 on average (3 given), worst 8"));
        assert!(text.contains("Cramps per night, where the number is known:"));
        // Nights 3 (2), 4 (3), 6 (0), 7 (1 logged, no check-in).
        assert!(
            text.contains("Cramps per night: 1.5 (6 cramps in 4 nights with a number)"),
            "{text}"
        );
        assert_eq!(s.days[CHART_DAYS - 8].count, Some(2)); // the night of the 3rd
    }

    #[test]
    fn the_nudge_comes_at_four_broken_nights_in_fourteen() {
        // Nights 10..=23 are the fourteen up to the last night over on the 24th evening.
        let broken = |nights: &[u32]| -> Vec<Record> {
            nights
                .iter()
                .map(|&n| checkin_with(n, Cramps::Mild, Some(1), Some(true)))
                .collect()
        };
        let today = d(2026, 11, 24);
        assert!(!compute(&broken(&[10, 12, 23]), today).nudge);
        let s = compute(&broken(&[10, 12, 20, 23]), today);
        assert!(s.nudge);
        assert!(s.to_text().contains(NUDGE[0]));
        assert_eq!(s.to_text().matches("NHS").count(), 1, "said once");
        // The 9th is outside the fourteen nights.
        assert!(!compute(&broken(&[9, 12, 20, 23]), today).nudge);
        // A bad night without an answer about waking, or a cramp eased with the guide,
        // counts; a mild one that did not wake them does not.
        let mut recs = broken(&[12, 20]);
        recs.push(checkin_with(15, Cramps::Bad, None, None));
        recs.push(checkin_with(16, Cramps::Mild, None, Some(false)));
        let Record::Cramp(mut c) = fixture::cramp(17, "03:00", None) else {
            unreachable!()
        };
        c.relief_seconds = Some(120);
        recs.push(Record::Cramp(c));
        assert!(compute(&recs, today).nudge);
        recs.pop();
        assert!(!compute(&recs, today).nudge);
    }

    #[test]
    fn cramps_belong_to_the_night_across_midnight_and_clock_changes() {
        use chrono::TimeZone;
        let cramp = |at: chrono::DateTime<chrono::FixedOffset>| {
            Record::Cramp(Box::new(CrampEntry {
                at,
                leg: crate::history::Leg::Left,
                muscle: crate::history::Muscle::Calf,
                relief_seconds: None,
                lasted_seconds: None,
                pain: None,
                recorded: at,
            }))
        };
        // Berlin, 24-25 October 2026: 02:30 comes twice. 23:50 before midnight, both 02:30s,
        // and 05:40 are all the night of the 24th; 12:10 on the 25th is not.
        let twice = Berlin.with_ymd_and_hms(2026, 10, 25, 2, 30, 0);
        let recs = vec![
            cramp(
                Berlin
                    .with_ymd_and_hms(2026, 10, 24, 23, 50, 0)
                    .unwrap()
                    .fixed_offset(),
            ),
            cramp(twice.latest().unwrap().fixed_offset()),
            cramp(twice.earliest().unwrap().fixed_offset()),
            cramp(
                Berlin
                    .with_ymd_and_hms(2026, 10, 25, 5, 40, 0)
                    .unwrap()
                    .fixed_offset(),
            ),
            cramp(
                Berlin
                    .with_ymd_and_hms(2026, 10, 25, 12, 10, 0)
                    .unwrap()
                    .fixed_offset(),
            ),
        ];
        let night = cramps_of_night(&recs, &NightRules::default(), d(2026, 10, 24));
        let times: Vec<String> = night.iter().map(|c| c.at.to_rfc3339()).collect();
        assert_eq!(
            times,
            [
                "2026-10-24T23:50:00+02:00",
                "2026-10-25T02:30:00+02:00",
                "2026-10-25T02:30:00+01:00",
                "2026-10-25T05:40:00+01:00"
            ]
        );
        // Spring: 03:30 comes right after 01:59 on 29 March; still the night of the 28th.
        let spring = cramp(
            Berlin
                .with_ymd_and_hms(2026, 3, 29, 3, 30, 0)
                .unwrap()
                .fixed_offset(),
        );
        assert_eq!(
            cramps_of_night(&[spring], &NightRules::default(), d(2026, 3, 28)).len(),
            1
        );
    }

    #[test]
    fn cramps_are_counted_by_leg_and_muscle_most_first() {
        let mut right_thigh = fixture::cramp(21, "04:00", None);
        if let Record::Cramp(c) = &mut right_thigh {
            c.leg = Leg::Right;
            c.muscle = Muscle::BackThigh;
        }
        let recs = vec![
            right_thigh,
            fixture::cramp(20, "03:00", None),
            fixture::cramp(20, "11:38", None),
        ];
        let s = compute(&recs, d(2026, 11, 22));
        assert_eq!(
            s.by_place,
            [
                (Leg::Left, Muscle::Calf, 2),
                (Leg::Right, Muscle::BackThigh, 1)
            ]
        );
        let text = s.to_text();
        assert!(
            text.contains(
                "Cramps logged: 3 (1 in the daytime, in no night)\n\
                 Cramps by place: left calf 2, right back of thigh 1\n"
            ),
            "{text}"
        );
        // Nothing logged: no line.
        assert!(!compute(&[], d(2026, 11, 22)).to_text().contains("by place"));
    }

    #[test]
    fn a_daytime_session_or_cramp_counts_in_no_evening_or_night() {
        // Tried at 11:00 on the 20th (the first day), stretched at 21:00 on the 21st; a cramp
        // at 11:38 on the 21st and one at 03:12 on the 22nd.
        let recs = vec![
            fixture::session(20, "11:00", true),
            fixture::session(21, "21:00", true),
            fixture::cramp(20, "11:38", None),
            fixture::cramp(21, "03:12", None),
        ];
        let rules = NightRules::default();
        assert_eq!(
            routine_evenings(&recs, &rules),
            [d(2026, 11, 21)].into_iter().collect()
        );
        let s = compute(&recs, d(2026, 11, 22));
        assert_eq!((s.streak, s.sessions, s.sessions_finished), (1, 2, 2));
        assert_eq!((s.cramps_logged, s.daytime_cramps), (2, 1));
        assert_eq!(cramps_of_night(&recs, &rules, d(2026, 11, 20)), []);
        assert_eq!(cramps_of_night(&recs, &rules, d(2026, 11, 21)).len(), 1);
        assert_eq!(nights(&recs, &rules).len(), 1);
        let chart = &s.days[CHART_DAYS - 3..];
        assert_eq!(
            chart.iter().map(|d| d.finished).collect::<Vec<_>>(),
            [0, 1, 0]
        );
        assert!(
            s.to_text()
                .contains("Cramps logged: 2 (1 in the daytime, in no night)")
        );
    }

    #[test]
    fn empty_history_has_zeroes_and_thirty_empty_days() {
        let s = compute(&[], d(2026, 11, 30));
        assert_eq!((s.streak, s.longest_streak, s.sessions), (0, 0, 0));
        assert_eq!(s.days.len(), CHART_DAYS);
        assert!(s.to_text().contains("no nights yet"));
    }
}
