//! The experiment's plan and where a moment stands in it: the baseline, the pairs of blocks
//! (each pair's order drawn once from the operating system's random source), the spare pair,
//! what tonight is, and the nights, evenings and counts of each block read from the history.
//!
//! Pure apart from [`draw_orders`] (which reads `/dev/urandom`): the plan is a history record
//! ([`TrialPlan`]), the moment is an argument.

use std::io::Read;

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};
use serde::Serialize;

use super::analysis::{Count, PairCount};
use crate::history::NightRules;
use crate::history::record::{
    CheckinEntry, Cramps, PairOrder, Record, TrialEnd, TrialEndWhy, TrialPlan,
};

/// Nights of the baseline, of each block, and of each block's analytic washout.
pub(crate) const BASELINE_NIGHTS: u32 = 7;
pub(crate) const BLOCK_NIGHTS: u32 = 14;
pub(crate) const WASHOUT_NIGHTS: u32 = 3;

/// Of the 11 analysed nights of a block, at least this many need a check-in for the block to
/// count (scaled for other lengths in a hand-made plan).
const NIGHTS_NEEDED: u32 = 8;

/// A check-in counts towards completeness when given before this hour of the next day.
const CHECKIN_UNTIL_HOUR: u32 = 12;

/// The relief guide open longer than this during an experiment is a red flag: it ends.
pub(crate) const RELIEF_RED_FLAG_SECONDS: u64 = 10 * 60;

/// Valid pairs a verdict needs (a 3-pair plan: all 3; a 4-pair plan: at least 3).
pub(crate) const PAIRS_NEEDED: usize = 3;

/// What an evening is in the experiment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Kind {
    /// Before the blocks: check-ins only, the evening as usual.
    Baseline,
    /// The evening routine.
    Stretch,
    /// No evening routine (a cramp is still stretched as usual).
    Rest,
}

fn kinds(order: PairOrder) -> [Kind; 2] {
    match order {
        PairOrder::StretchFirst => [Kind::Stretch, Kind::Rest],
        PairOrder::RestFirst => [Kind::Rest, Kind::Stretch],
    }
}

/// A plan's pair orders from random bytes: one byte per pair, its lowest bit.
pub(crate) fn orders_from_bytes(bytes: &[u8]) -> Vec<PairOrder> {
    bytes
        .iter()
        .map(|b| {
            if b & 1 == 0 {
                PairOrder::StretchFirst
            } else {
                PairOrder::RestFirst
            }
        })
        .collect()
}

/// `n` pair orders (and one more, for the spare pair) drawn from the operating system's
/// random source, each independently.
pub(crate) fn draw_orders(n: usize) -> std::io::Result<Vec<PairOrder>> {
    let mut bytes = vec![0u8; n + 1];
    std::fs::File::open("/dev/urandom")?.read_exact(&mut bytes)?;
    Ok(orders_from_bytes(&bytes))
}

/// A new plan starting with the evening of the day of `now` (`rules`: the person's evening
/// and night, `history::night`).
pub(crate) fn new_plan(
    rules: &NightRules,
    now: DateTime<FixedOffset>,
    mut orders: Vec<PairOrder>,
    expectation: Option<u8>,
    medicine_change: bool,
) -> TrialPlan {
    let spare = orders.pop().unwrap_or(PairOrder::StretchFirst);
    TrialPlan {
        drawn: now,
        first_evening: rules.day_of(now),
        baseline_nights: BASELINE_NIGHTS,
        block_nights: BLOCK_NIGHTS,
        washout_nights: WASHOUT_NIGHTS,
        orders,
        spare,
        expectation,
        medicine_change,
    }
}

/// One block of the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Block {
    /// 0-based pair (the spare pair comes after the others).
    pub(crate) pair: usize,
    pub(crate) kind: Kind,
    pub(crate) first: NaiveDate,
    /// The last evening (inclusive).
    pub(crate) last: NaiveDate,
    pub(crate) spare: bool,
}

/// The experiment read from the history: its plan, its end if it ended early, and the
/// records it needs.
#[derive(Debug, Clone)]
pub(crate) struct Trial {
    pub(crate) plan: TrialPlan,
    pub(crate) ended: Option<TrialEnd>,
    /// Notes, in file order.
    pub(crate) notes: Vec<(DateTime<FixedOffset>, String)>,
    checkins: std::collections::BTreeMap<NaiveDate, CheckinEntry>,
    /// Evenings stretched (`NightRules::stretched_evening`).
    stretched: std::collections::BTreeSet<NaiveDate>,
    rules: NightRules,
}

/// Where the experiment stands at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Phase {
    Baseline,
    Blocks,
    /// The regular pairs are over and the spare pair is being decided (until noon).
    Deciding,
    Spare,
    Finished,
    Stopped,
    RedFlag,
    /// Ended after the baseline: its nights were recorded and none had a cramp (the brief's
    /// eligibility: with no cramps, the experiment cannot show anything). No verdict.
    NoCramps,
}

/// One block's nights and evenings, as recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub(crate) struct BlockTally {
    /// Analysed nights with a check-in, and their cramps.
    pub(crate) nights: u32,
    pub(crate) cramps: u32,
    /// Analysed nights without a usable check-in (only nights that are over).
    pub(crate) missing: u32,
    /// Evenings with a finished routine.
    pub(crate) sessions: u32,
    /// Evenings of the block so far.
    pub(crate) evenings: u32,
    pub(crate) valid: bool,
}

impl Trial {
    /// The latest experiment in the records, if any was started; days, evenings and nights
    /// by `rules`.
    pub(crate) fn from_records(records: &[Record], rules: NightRules) -> Option<Trial> {
        let start = records
            .iter()
            .rposition(|r| matches!(r, Record::TrialPlan(_)))?;
        let Record::TrialPlan(plan) = &records[start] else {
            return None;
        };
        let plan = TrialPlan::clone(plan);
        if plan.orders.is_empty()
            || plan.orders.len() > 8
            || plan.block_nights == 0
            || plan.block_nights > 60
            || plan.washout_nights >= plan.block_nights
            || plan.baseline_nights > 60
        {
            return None;
        }
        let mut t = Trial {
            plan,
            ended: None,
            notes: Vec::new(),
            checkins: Default::default(),
            stretched: Default::default(),
            rules,
        };
        for r in &records[start + 1..] {
            match r {
                Record::TrialEnd(e) if t.ended.is_none() => t.ended = Some(e.clone()),
                // A red flag: the relief guide open past 10 minutes, or the cramp said to have
                // lasted over 10 minutes.
                Record::Cramp(c)
                    if t.ended.is_none()
                        && (c
                            .relief_seconds
                            .is_some_and(|s| s > RELIEF_RED_FLAG_SECONDS)
                            || c.lasted_seconds
                                .is_some_and(crate::history::record::lasted_is_urgent)) =>
                {
                    t.ended = Some(TrialEnd {
                        at: c.recorded,
                        why: TrialEndWhy::RedFlag,
                    });
                }
                Record::TrialNote(n) => t.notes.push((n.at, n.text.clone())),
                _ => {}
            }
        }
        let first = t.plan.first_evening;
        for r in records {
            match r {
                Record::Checkin(c) if c.night_of >= first => {
                    t.checkins.insert(c.night_of, c.clone());
                }
                Record::Session(s) => {
                    if let Some(e) = rules.stretched_evening(s).filter(|e| *e >= first) {
                        t.stretched.insert(e);
                    }
                }
                _ => {}
            }
        }
        Some(t)
    }

    fn day(&self, n: u32) -> NaiveDate {
        self.plan.first_evening + Duration::days(i64::from(n))
    }

    /// The first evening of the blocks.
    fn blocks_start(&self) -> NaiveDate {
        self.day(self.plan.baseline_nights)
    }

    /// The regular blocks and then the spare pair's two, in time order.
    pub(crate) fn blocks(&self) -> Vec<Block> {
        let n = self.plan.block_nights;
        let mut out = Vec::new();
        let orders = self
            .plan
            .orders
            .iter()
            .chain(std::iter::once(&self.plan.spare));
        for (pair, order) in orders.enumerate() {
            for (i, kind) in kinds(*order).into_iter().enumerate() {
                let k = self.plan.baseline_nights + (2 * pair as u32 + i as u32) * n;
                out.push(Block {
                    pair,
                    kind,
                    first: self.day(k),
                    last: self.day(k + n - 1),
                    spare: pair == self.plan.orders.len(),
                });
            }
        }
        out
    }

    /// The regular pairs' last evening.
    pub(crate) fn regular_last(&self) -> NaiveDate {
        self.day(
            self.plan.baseline_nights + 2 * self.plan.orders.len() as u32 * self.plan.block_nights
                - 1,
        )
    }

    /// Noon of the day after `evening`, in `offset`: the night's check-in is due by then.
    fn noon_after(evening: NaiveDate, offset: FixedOffset) -> DateTime<FixedOffset> {
        let t = NaiveTime::from_hms_opt(CHECKIN_UNTIL_HOUR, 0, 0).unwrap_or(NaiveTime::MIN);
        let local = NaiveDateTime::new(evening + Duration::days(1), t);
        DateTime::from_naive_utc_and_offset(local - offset, offset)
    }

    /// A night's cramps when it counts: a check-in recorded before noon the next day, with
    /// a count on a mild or bad night.
    fn night(&self, evening: NaiveDate) -> Option<u32> {
        let c = self.checkins.get(&evening)?;
        let due = Self::noon_after(evening, *c.recorded.offset());
        if c.recorded >= due {
            return None;
        }
        match c.cramps {
            Cramps::None => Some(0),
            _ => c.count,
        }
    }

    /// The baseline as a block (its nights all analysed).
    pub(crate) fn baseline(&self) -> Block {
        Block {
            pair: usize::MAX,
            kind: Kind::Baseline,
            first: self.plan.first_evening,
            last: self.day(self.plan.baseline_nights.max(1) - 1),
            spare: false,
        }
    }

    /// A block's tally as of the evening `today` (nights over only: a night is over once its
    /// check-in is due, the evening after it began).
    pub(crate) fn tally(&self, b: &Block, now: DateTime<FixedOffset>) -> BlockTally {
        let today = self.rules.day_of(now);
        let washout = if b.kind == Kind::Baseline {
            0
        } else {
            self.plan.washout_nights
        };
        let analysed_first = b.first + Duration::days(i64::from(washout));
        let analysed = (b.last - analysed_first).num_days() as u32 + 1;
        let needed = (NIGHTS_NEEDED * analysed).div_ceil(11);
        let (mut nights, mut cramps, mut missing) = (0, 0, 0);
        let mut d = analysed_first;
        while d <= b.last {
            let over = now >= Self::noon_after(d, *now.offset());
            match self.night(d) {
                Some(n) => {
                    nights += 1;
                    cramps += n;
                }
                None if over => missing += 1,
                None => {}
            }
            d += Duration::days(1);
        }
        let done = self.stretched.range(b.first..=b.last).count();
        let evenings = if today < b.first {
            0
        } else {
            ((today.min(b.last) - b.first).num_days() + 1) as u32
        };
        BlockTally {
            nights,
            cramps,
            missing,
            sessions: done as u32,
            evenings,
            valid: nights >= needed,
        }
    }

    /// Whether the spare pair runs: once the regular pairs are over (noon after their last
    /// evening), when exactly one more valid pair would give a verdict.
    fn spare_needed(&self, now: DateTime<FixedOffset>) -> Option<bool> {
        if now < Self::noon_after(self.regular_last(), *now.offset()) {
            return None;
        }
        let valid = self.valid_pairs(now, false).len();
        let needed = PAIRS_NEEDED.min(self.plan.orders.len());
        Some(valid < needed && valid + 1 >= needed)
    }

    /// The pairs whose two blocks are both valid, as counts (with the spare pair's when
    /// `spare`).
    pub(crate) fn valid_pairs(&self, now: DateTime<FixedOffset>, spare: bool) -> Vec<PairCount> {
        let blocks = self.blocks();
        let pairs = self.plan.orders.len() + usize::from(spare);
        (0..pairs)
            .filter_map(|p| {
                let mut pc = PairCount::default();
                for b in blocks.iter().filter(|b| b.pair == p) {
                    let t = self.tally(b, now);
                    if !t.valid {
                        return None;
                    }
                    let c = Count {
                        cramps: t.cramps,
                        nights: t.nights,
                    };
                    match b.kind {
                        Kind::Stretch => pc.stretch = c,
                        _ => pc.rest = c,
                    }
                }
                Some(pc)
            })
            .collect()
    }

    /// Whether a check-in for the night of `evening` given at `at` comes in time to count
    /// (before noon the next day).
    pub(crate) fn in_time(evening: NaiveDate, at: DateTime<FixedOffset>) -> bool {
        at < Self::noon_after(evening, *at.offset())
    }

    /// Of a block's analysed nights that are over, those answered only after their noon
    /// (counted as missing by [`Trial::tally`]).
    pub(crate) fn answered_late(&self, b: &Block, now: DateTime<FixedOffset>) -> u32 {
        let washout = if b.kind == Kind::Baseline {
            0
        } else {
            self.plan.washout_nights
        };
        let first = b.first + Duration::days(i64::from(washout));
        self.checkins
            .range(first..=b.last)
            .filter(|(d, c)| {
                now >= Self::noon_after(**d, *now.offset()) && !Self::in_time(**d, c.recorded)
            })
            .count() as u32
    }

    /// A night's answer and count as the check-in gives them (whenever given).
    fn answer(&self, evening: NaiveDate) -> Option<(Cramps, Option<u32>)> {
        self.checkins.get(&evening).map(|c| (c.cramps, c.count))
    }

    /// Cramps in the baseline week, counting the nights with a number.
    pub(crate) fn baseline_cramps(&self, now: DateTime<FixedOffset>) -> u32 {
        self.tally(&self.baseline(), now).cramps
    }

    /// The baseline's nights were recorded (at least one, in time) and none had a cramp: the
    /// experiment ends after it ([`Phase::NoCramps`]). A baseline with no night recorded is
    /// missing, not "no cramps": it goes on, and the blocks' completeness rule judges it.
    fn baseline_without_cramps(&self) -> bool {
        if self.plan.baseline_nights == 0 {
            return false;
        }
        let b = self.baseline();
        let mut recorded = false;
        let mut d = b.first;
        while d <= b.last {
            if let Some(c) = self.checkins.get(&d)
                && c.recorded < Self::noon_after(d, *c.recorded.offset())
            {
                if c.cramps != Cramps::None {
                    return false;
                }
                recorded = true;
            }
            d += Duration::days(1);
        }
        recorded
    }

    /// The switch-back rule (brief (d)): in a rest block, 3 bad nights among the last 7 over,
    /// or as many cramps in them as twice the baseline week's (at least 2).
    pub(crate) fn switch_back_offered(&self, now: DateTime<FixedOffset>) -> bool {
        let Some(b) = self.current_block(now).filter(|b| b.kind == Kind::Rest) else {
            return false;
        };
        let last = self.rules.last_night_over(now);
        let (mut bad, mut cramps) = (0, 0);
        let mut d = last;
        while d >= b.first && d + Duration::days(7) > last {
            if let Some((c, n)) = self.answer(d) {
                bad += u32::from(c == Cramps::Bad);
                cramps += n.unwrap_or(0);
            }
            d -= Duration::days(1);
        }
        bad >= 3 || cramps >= (2 * self.baseline_cramps(now)).max(2)
    }

    /// The last evening of the experiment (the spare pair's when it runs), once known.
    fn last_evening(&self, now: DateTime<FixedOffset>) -> Option<NaiveDate> {
        match self.spare_needed(now) {
            None => None,
            Some(false) => Some(self.regular_last()),
            Some(true) => {
                Some(self.regular_last() + Duration::days(2 * i64::from(self.plan.block_nights)))
            }
        }
    }

    /// Where the experiment stands at `now`.
    pub(crate) fn phase(&self, now: DateTime<FixedOffset>) -> Phase {
        if let Some(e) = &self.ended {
            return match e.why {
                TrialEndWhy::Stopped => Phase::Stopped,
                TrialEndWhy::RedFlag => Phase::RedFlag,
            };
        }
        let today = self.rules.day_of(now);
        if today < self.blocks_start() {
            return Phase::Baseline;
        }
        if self.baseline_without_cramps() {
            // Decided when the baseline's last check-in is due (noon after its last night).
            let last = self.blocks_start() - Duration::days(1);
            return if now >= Self::noon_after(last, *now.offset()) {
                Phase::NoCramps
            } else {
                Phase::Baseline
            };
        }
        if today <= self.regular_last() {
            return Phase::Blocks;
        }
        match self.spare_needed(now) {
            None => Phase::Deciding,
            Some(false) => Phase::Finished,
            Some(true) => match self.last_evening(now) {
                Some(last) if now >= Self::noon_after(last, *now.offset()) => Phase::Finished,
                _ => Phase::Spare,
            },
        }
    }

    /// The block of the evening `now` belongs to, when the experiment is running in one.
    pub(crate) fn current_block(&self, now: DateTime<FixedOffset>) -> Option<Block> {
        let today = self.rules.day_of(now);
        match self.phase(now) {
            Phase::Blocks | Phase::Spare => self
                .blocks()
                .into_iter()
                .find(|b| (b.first..=b.last).contains(&today)),
            _ => None,
        }
    }

    /// What tonight is, when the experiment is running and tonight is revealed.
    pub(crate) fn tonight(&self, now: DateTime<FixedOffset>) -> Option<Kind> {
        match self.phase(now) {
            Phase::Baseline => Some(Kind::Baseline),
            _ => self.current_block(now).map(|b| b.kind),
        }
    }

    /// Whether the experiment is under way (not finished, stopped or ended by a red flag).
    pub(crate) fn running(&self, now: DateTime<FixedOffset>) -> bool {
        matches!(
            self.phase(now),
            Phase::Baseline | Phase::Blocks | Phase::Deciding | Phase::Spare
        )
    }

    /// Blocks that have begun (revealed), and the spare pair's only when it runs.
    pub(crate) fn revealed(&self, now: DateTime<FixedOffset>) -> Vec<Block> {
        if self.phase(now) == Phase::NoCramps {
            return Vec::new();
        }
        let today = self.rules.day_of(now);
        let spare = self.spare_needed(now) == Some(true);
        self.blocks()
            .into_iter()
            .filter(|b| b.first <= today && (!b.spare || spare))
            .collect()
    }

    /// How many blocks the plan runs (the spare pair's counted only when it runs).
    pub(crate) fn block_count(&self, now: DateTime<FixedOffset>) -> usize {
        2 * (self.plan.orders.len() + usize::from(self.spare_needed(now) == Some(true)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    fn plan(orders: Vec<PairOrder>) -> Record {
        let mut o = orders;
        o.push(PairOrder::RestFirst);
        Record::TrialPlan(Box::new(new_plan(
            &NightRules::default(),
            at("2026-12-01T20:00:00+01:00"),
            o,
            Some(5),
            false,
        )))
    }

    #[test]
    fn the_default_plan_is_thirteen_weeks() {
        let r = vec![plan(orders_from_bytes(&[0, 1, 1]))];
        let t = Trial::from_records(&r, NightRules::default()).unwrap();
        let b = t.blocks();
        assert_eq!(b.len(), 8, "3 pairs and the spare");
        assert_eq!(b[0].first, NaiveDate::from_ymd_opt(2026, 12, 8).unwrap());
        assert_eq!(
            (b[0].kind, b[1].kind, b[2].kind),
            (Kind::Stretch, Kind::Rest, Kind::Rest)
        );
        assert_eq!(t.regular_last() - t.plan.first_evening, Duration::days(90));
        assert_eq!(t.phase(at("2026-12-01T21:00:00+01:00")), Phase::Baseline);
        assert_eq!(
            t.tonight(at("2026-12-08T09:00:00+01:00")),
            Some(Kind::Stretch)
        );
        // 03:00 is still the evening before: the baseline.
        assert_eq!(
            t.tonight(at("2026-12-08T03:00:00+01:00")),
            Some(Kind::Baseline)
        );
        assert_eq!(t.tonight(at("2026-12-22T21:00:00+01:00")), Some(Kind::Rest));
        // Not a night was recorded: not enough pairs even with the spare, so it finishes.
        assert_eq!(t.phase(at("2027-03-02T11:00:00+01:00")), Phase::Deciding);
        assert_eq!(t.phase(at("2027-03-02T12:00:00+01:00")), Phase::Finished);
        assert!(
            t.revealed(at("2027-03-02T12:00:00+01:00"))
                .iter()
                .all(|b| !b.spare)
        );
    }

    #[test]
    fn a_cramp_eased_for_over_ten_minutes_ends_the_experiment() {
        let mut r = vec![plan(orders_from_bytes(&[0, 1, 1]))];
        let cramp = |secs| {
            Record::Cramp(Box::new(crate::history::CrampEntry {
                at: at("2026-12-03T03:00:00+01:00"),
                leg: crate::history::Leg::Left,
                muscle: crate::history::Muscle::Calf,
                relief_seconds: Some(secs),
                lasted_seconds: None,
                pain: None,
                recorded: at("2026-12-03T03:11:00+01:00"),
            }))
        };
        r.push(cramp(600));
        let now = at("2026-12-04T20:00:00+01:00");
        let t = Trial::from_records(&r, NightRules::default()).unwrap();
        assert_eq!(t.phase(now), Phase::Baseline);
        r.push(cramp(601));
        let t = Trial::from_records(&r, NightRules::default()).unwrap();
        assert_eq!(t.phase(now), Phase::RedFlag);
        assert_eq!(t.tonight(now), None);
    }

    /// The end's answer "over 10 minutes" (recorded as 15 minutes) or a time over 10 minutes is
    /// a red flag as the guide open that long is; exactly 10 minutes (an old "5 to 15
    /// minutes") is not.
    #[test]
    fn a_cramp_said_to_have_lasted_over_ten_minutes_ends_the_experiment() {
        let mut r = vec![plan(orders_from_bytes(&[0, 1, 1]))];
        let cramp = |secs| {
            Record::Cramp(Box::new(crate::history::CrampEntry {
                at: at("2026-12-03T03:00:00+01:00"),
                leg: crate::history::Leg::Left,
                muscle: crate::history::Muscle::Calf,
                relief_seconds: Some(60),
                lasted_seconds: Some(secs),
                pain: None,
                recorded: at("2026-12-03T03:02:00+01:00"),
            }))
        };
        let now = at("2026-12-04T20:00:00+01:00");
        r.push(cramp(600));
        let t = Trial::from_records(&r, NightRules::default()).unwrap();
        assert_eq!(t.phase(now), Phase::Baseline);
        r.push(cramp(900));
        let t = Trial::from_records(&r, NightRules::default()).unwrap();
        assert_eq!(t.phase(now), Phase::RedFlag);
    }

    fn checkin(night: u32, cramps: Cramps, count: Option<u32>) -> Record {
        let night_of = NaiveDate::from_ymd_opt(2026, 12, night).unwrap();
        let mut c = CheckinEntry::new(
            night_of,
            cramps,
            at(&format!("2026-12-{:02}T07:30:00+01:00", night + 1)),
        );
        c.count = count;
        Record::Checkin(c)
    }

    #[test]
    fn three_bad_nights_in_a_rest_week_offer_the_switch_back() {
        let mut r = vec![plan(orders_from_bytes(&[1, 1, 1]))];
        for n in 1..=7 {
            r.push(checkin(n, Cramps::Mild, Some(1)));
        }
        r.push(checkin(8, Cramps::Bad, Some(2)));
        r.push(checkin(9, Cramps::Bad, Some(2)));
        let rules = NightRules::default();
        let t = Trial::from_records(&r, rules).unwrap();
        let evening = at("2026-12-10T20:00:00+01:00");
        assert_eq!(t.tonight(evening), Some(Kind::Rest));
        assert_eq!(t.baseline_cramps(evening), 7);
        assert!(!t.switch_back_offered(evening));
        r.push(checkin(10, Cramps::Bad, Some(2)));
        let t = Trial::from_records(&r, rules).unwrap();
        assert!(t.switch_back_offered(at("2026-12-11T20:00:00+01:00")));
        // A mild night without a number is missing, never zero.
        r.push(checkin(11, Cramps::Mild, None));
        let t = Trial::from_records(&r, rules).unwrap();
        let tally = t.tally(&t.blocks()[0], at("2026-12-13T20:00:00+01:00"));
        assert_eq!((tally.nights, tally.missing, tally.cramps), (0, 2, 0));
    }

    #[test]
    fn orders_come_from_the_lowest_bit_of_each_byte() {
        assert_eq!(
            orders_from_bytes(&[2, 3, 254, 255]),
            vec![
                PairOrder::StretchFirst,
                PairOrder::RestFirst,
                PairOrder::StretchFirst,
                PairOrder::RestFirst
            ]
        );
        let drawn = draw_orders(3).unwrap();
        assert_eq!(drawn.len(), 4);
    }
}
