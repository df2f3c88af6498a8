//! The six-week check. Six weeks is how long the one randomised trial that found nightly
//! stretching eased night cramps ran (Hallegraeff et al. 2012, Journal of Physiotherapy
//! 58:17-22). So from the 42nd evening after the first finished routine, when at least 24 of
//! those 42 evenings had one, home and `windown stats` show a neutral summary: the evenings
//! with a routine, the nights with cramps in those six weeks, the nights before the first
//! routine only when there are at least 7 of them, and "If your cramps are no better, talk to
//! your doctor." It never promises that more, longer or harder stretching will help (no
//! evidence says so), and it is never shown while a personal experiment runs: the caller
//! says whether one does (`experiment_running`), so that a summary cannot colour the
//! experiment's own comparison.
//!
//! Pure: records and the evening in, lines out. The evenings and nights are
//! [`super::stats`]'s ([`stats::Stats::counted`], [`stats::nights`]), never counted again
//! here.

use std::borrow::Borrow;
use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, Duration, NaiveDate};

use super::stats;
use crate::t;

/// Evenings in the six weeks, from the first finished routine's.
pub(crate) const DAYS: i64 = 42;
/// Evenings among them that need a finished routine for the check to be shown.
pub(crate) const MIN_EVENINGS: u32 = 24;
/// Nights told about before the first routine that are needed to show them.
pub(crate) const MIN_NIGHTS_BEFORE: u32 = 7;
/// Evenings the home screen shows the check for, from the 42nd on (`windown stats` keeps it).
pub(crate) const HOME_EVENINGS: i64 = 14;

/// The six weeks after the first finished routine, as the history tells them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SixWeeks {
    /// The evening of the first finished routine.
    pub(crate) first: NaiveDate,
    /// Evenings with a finished routine among the 42.
    pub(crate) evenings: u32,
    /// Nights in the six weeks told about (a check-in or a logged cramp), and of them the
    /// nights with cramps.
    pub(crate) told: u32,
    pub(crate) cramp_nights: u32,
    /// The same for the nights before the first routine, when there are at least
    /// [`MIN_NIGHTS_BEFORE`].
    pub(crate) before: Option<(u32, u32)>,
}

/// The six-week check as of the evening `today`: `None` before its 42nd evening, with fewer
/// than [`MIN_EVENINGS`] evenings with a routine in it, or while a personal experiment runs.
/// (The callers count the evenings and nights for their own needs too, and use
/// [`check_from`]: `windown stats` through [`stats::Stats::compute_with_six_weeks`], home
/// through [`may_be_on_home`] first.)
#[cfg(test)]
pub(crate) fn check(
    records: &[super::Record],
    rules: &super::night::NightRules,
    today: NaiveDate,
    experiment_running: bool,
) -> Option<SixWeeks> {
    if experiment_running {
        return None;
    }
    check_from(
        &stats::routine_evenings(records, rules),
        || stats::nights(records, rules),
        today,
    )
}

/// The six-week check from the evenings stretched and the nights already counted
/// ([`super::NightRules::stretched_evening`], [`stats::nights`]), with no experiment running; `nights` is
/// asked for only when the evenings call for the check.
pub(crate) fn check_from<N: Borrow<BTreeMap<NaiveDate, stats::Night>>>(
    evenings: &BTreeSet<NaiveDate>,
    nights: impl FnOnce() -> N,
    today: NaiveDate,
) -> Option<SixWeeks> {
    let first = *evenings.first()?;
    let end = first + Duration::days(DAYS);
    if today < end {
        return None;
    }
    let done = evenings.range(first..end).count() as u32;
    if done < MIN_EVENINGS {
        return None;
    }
    let nights = nights();
    let nights = nights.borrow();
    let tally = |told: Vec<&stats::Night>| {
        let cramps = told.iter().filter(|n| n.cramp_night()).count() as u32;
        (told.len() as u32, cramps)
    };
    let (told, cramp_nights) = tally(nights.range(first..end).map(|(_, n)| n).collect());
    let before = tally(nights.range(..first).map(|(_, n)| n).collect());
    Some(SixWeeks {
        first,
        evenings: done,
        told,
        cramp_nights,
        before: (before.0 >= MIN_NIGHTS_BEFORE).then_some(before),
    })
}

/// Whether home says the check on the evening `today`, from the evenings stretched alone:
/// [`SixWeeks::on_home`] of a check that starts with the first of them (none on home after its
/// first [`HOME_EVENINGS`] evenings, however many years are in the file).
pub(crate) fn may_be_on_home(evenings: &BTreeSet<NaiveDate>, today: NaiveDate) -> bool {
    evenings
        .first()
        .is_some_and(|&first| today < first + Duration::days(DAYS + HOME_EVENINGS))
}

impl SixWeeks {
    /// The home screen says it for [`HOME_EVENINGS`] evenings from the 42nd.
    pub(crate) fn on_home(&self, today: NaiveDate) -> bool {
        today < self.first + Duration::days(DAYS + HOME_EVENINGS)
    }

    /// The summary, a sentence a line: plain counts, no judgement, the doctor line last (a
    /// safety text: its English original follows a translation not yet reviewed).
    pub(crate) fn lines(&self) -> Vec<String> {
        let m = crate::i18n::current();
        let mut out = vec![t!(
            "history-six-weeks-first",
            day = self.first.day(),
            month = crate::i18n::month(m, self.first.month()),
            year = self.first.year(),
            n = self.evenings,
            days = DAYS,
        )];
        if self.told > 0 {
            out.push(t!(
                "history-six-weeks-during",
                nights = self.told,
                cramp = self.cramp_nights
            ));
        }
        if let Some((told, cramps)) = self.before {
            out.push(t!(
                "history-six-weeks-before",
                nights = told,
                cramp = cramps
            ));
            out.push(t!("history-six-weeks-not-proof"));
        }
        let doctor = crate::i18n::safety("history-six-weeks-doctor", &[]);
        out.extend(doctor.lines().into_iter().map(str::to_string));
        out
    }
}

#[cfg(test)]
mod tests {
    /// The check under the default evening and night (bedtime 22:30, wake 07:00).
    fn check_default(records: &[Record], today: NaiveDate, experiment: bool) -> Option<SixWeeks> {
        check(records, &NightRules::default(), today, experiment)
    }

    use super::*;
    use crate::history::night::NightRules;
    use crate::history::record::{CheckinEntry, Cramps, Record, SessionEntry};
    use crate::i18n::Messages;
    use chrono::{DateTime, FixedOffset, NaiveTime};

    /// The last line, always there, in English.
    const DOCTOR: &str = "If your cramps are no better, talk to your doctor.";
    /// Said whenever nights before and during are set side by side, in English.
    const NOT_PROOF: &str = "Nights differ in other ways and cramps come and go by \
        themselves, so these numbers cannot show what the stretching did.";

    /// The lines in language `lang`.
    fn lines_in(six: &SixWeeks, lang: &str) -> Vec<String> {
        let m: &'static Messages = Box::leak(Box::new(Messages::builtin(lang)));
        crate::i18n::scoped(m, || six.lines())
    }

    fn day(n: i64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 9, 1).expect("a date") + Duration::days(n)
    }

    fn at(d: NaiveDate, hm: (u32, u32)) -> DateTime<FixedOffset> {
        d.and_time(NaiveTime::from_hms_opt(hm.0, hm.1, 0).expect("a time"))
            .and_local_timezone(FixedOffset::east_opt(0).expect("an offset"))
            .single()
            .expect("one time")
    }

    fn session(n: i64, finished: bool) -> Record {
        let started = at(day(n), (21, 30));
        Record::Session(Box::new(SessionEntry {
            routine_id: "evening-legs".into(),
            routine_title: "Evening legs".into(),
            started,
            ended: started + Duration::seconds(240),
            active_seconds: 220,
            task_seconds: None,
            stretches_done: None,
            stretches_left_out: None,
            steps_done: 4,
            steps_skipped: 0,
            steps_total: 4,
            finished,
        }))
    }

    fn checkin(n: i64, cramps: Cramps) -> Record {
        Record::Checkin(CheckinEntry::new(day(n), cramps, at(day(n + 1), (7, 15))))
    }

    /// A routine on `evenings` of the six weeks from day 10 (0 = day 10), check-ins every
    /// night from day 10 - `before` on, a cramp night every third.
    fn history(evenings: u32, before: i64) -> Vec<Record> {
        let mut r = Vec::new();
        for n in (10 - before)..(10 + DAYS + 20) {
            let cramps = if n % 3 == 0 {
                Cramps::Mild
            } else {
                Cramps::None
            };
            r.push(checkin(n, cramps));
        }
        for i in 0..i64::from(evenings) {
            r.push(session(10 + i, true));
        }
        // An unfinished one does not count.
        r.push(session(10 + DAYS - 1, false));
        r
    }

    #[test]
    fn from_the_42nd_evening_with_24_evenings_and_not_before() {
        let r = history(MIN_EVENINGS, 0);
        assert_eq!(check_default(&r, day(10 + DAYS - 1), false), None);
        let s = check_default(&r, day(10 + DAYS), false).expect("due on the 42nd evening");
        assert_eq!((s.first, s.evenings), (day(10), MIN_EVENINGS));
        assert_eq!((s.told, s.cramp_nights), (42, 14));
        assert!(s.on_home(day(10 + DAYS)));
        assert!(s.on_home(day(10 + DAYS + HOME_EVENINGS - 1)));
        assert!(!s.on_home(day(10 + DAYS + HOME_EVENINGS)));
        // `windown stats` keeps it after home has stopped saying it.
        assert!(check_default(&r, day(10 + DAYS + 60), false).is_some());
        // 23 evenings are not enough; nor is no routine at all.
        assert_eq!(
            check_default(&history(MIN_EVENINGS - 1, 0), day(10 + DAYS), false),
            None
        );
        assert_eq!(check_default(&[], day(100), false), None);
    }

    #[test]
    fn never_while_a_personal_experiment_runs() {
        let r = history(DAYS as u32, 10);
        assert!(check_default(&r, day(10 + DAYS), false).is_some());
        assert_eq!(check_default(&r, day(10 + DAYS), true), None);
    }

    #[test]
    fn the_nights_before_only_from_seven() {
        let six = check_default(&history(30, 6), day(10 + DAYS), false).expect("due");
        assert_eq!(six.before, None);
        let text = six.lines().join(" ");
        assert!(
            !text.contains("Before them") && !text.contains("cannot show"),
            "{text}"
        );
        assert!(text.contains("about 42 nights: 14 with cramps."), "{text}");
        let seven = check_default(&history(30, 7), day(10 + DAYS), false).expect("due");
        assert_eq!(seven.before, Some((7, 3)));
        let text = seven.lines().join(" ");
        assert!(
            text.contains("Before them you told windown about 7 nights: 3 with"),
            "{text}"
        );
        assert!(text.contains(NOT_PROOF), "{text}");
    }

    #[test]
    fn the_words_are_neutral_and_end_with_the_doctor() {
        let s = check_default(&history(30, 14), day(10 + DAYS), false).expect("due");
        let lines = s.lines();
        assert_eq!(
            lines,
            [
                "Six weeks since your first evening routine (11 September 2026): you finished \
                 one on 30 of those 42 evenings.",
                "In those six weeks you told windown about 42 nights: 14 with cramps.",
                "Before them you told windown about 14 nights: 5 with cramps.",
                NOT_PROOF,
                DOCTOR,
            ]
        );
        // No promise, no praise, no push for more.
        let said = lines.join(" ").to_lowercase();
        for word in [
            "will help",
            "more stretch",
            "longer",
            "harder",
            "keep going",
            "well done",
            "improve",
            "better results",
            "cure",
        ] {
            assert!(!said.contains(word), "says \"{word}\": {said}");
        }
    }

    #[test]
    fn every_word_is_converted() {
        let s = check_default(&history(30, 14), day(10 + DAYS), false).expect("due");
        let lines = lines_in(&s, "en-XA");
        assert_eq!(lines.len(), 5, "{lines:?}");
        for l in &lines {
            assert_eq!(crate::history::plain_words(l), Vec::<String>::new(), "{l}");
        }
    }

    #[test]
    fn in_german_with_the_month_and_the_plural_and_the_english_doctor_line() {
        let s = check_default(&history(30, 1), day(10 + DAYS), false).expect("due");
        assert_eq!(s.before, None);
        let lines = lines_in(&s, "de");
        assert_eq!(
            lines[..2],
            [
                "Sechs Wochen seit Ihrer ersten Abendroutine (11. September 2026): Sie haben an \
                 30 dieser 42 Abende eine beendet.",
                "In diesen sechs Wochen haben Sie windown von 42 Nächten berichtet: 14 mit \
                 Krämpfen.",
            ]
        );
        // The doctor line is a safety text: the English original follows the draft.
        assert_eq!(
            lines[2..],
            [
                "Wenn Ihre Krämpfe nicht besser sind, sprechen Sie mit Ihrer Ärztin oder Ihrem \
                 Arzt.",
                DOCTOR,
            ]
        );
        // One night is "Nacht".
        let one = SixWeeks {
            told: 1,
            cramp_nights: 0,
            ..s
        };
        assert!(lines_in(&one, "de")[1].contains("von 1 Nacht berichtet"));
    }
}
