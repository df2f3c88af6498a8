//! The routine as it runs tonight: on a rest evening of the personal experiment
//! (`crate::trial`), the wind-down runs without its stretching steps and says so on its first
//! step, on screen and in speech; the session's record then has its stretches left out, so the
//! evening does not count as stretched. Every player (the app, `windown run`) starts from
//! [`routine_tonight`]. Pure apart from [`routine_tonight`]'s reading of the history.

use chrono::{DateTime, FixedOffset};

use crate::history::{NightRules, Record};
use crate::paths::Dirs;
use crate::routine::{Routine, RoutineKind};

/// What the wind-down shows and says first on a rest evening of the experiment, its
/// stretches left out ([`without_stretches`]). Kept with the routines' words, which show it in
/// the chosen language (`routine-rest-evening-note`).
pub(crate) use crate::routine::content::REST_EVENING_NOTE;

/// The routine as it runs at `now`: on a rest evening of a running experiment, a wind-down
/// runs without its stretches ([`without_stretches`]); anything else runs as written (a
/// stretching routine on a rest evening is recorded and flagged, never refused).
pub(crate) fn routine_for(
    routine: Routine,
    records: &[Record],
    rules: NightRules,
    now: DateTime<FixedOffset>,
) -> Routine {
    if rest_evening(records, rules, now) && routine.kind == RoutineKind::WindDown {
        without_stretches(routine)
    } else {
        routine
    }
}

/// Is `now` a rest evening of a running experiment?
pub(crate) fn rest_evening(
    records: &[Record],
    rules: NightRules,
    now: DateTime<FixedOffset>,
) -> bool {
    crate::trial::plan::Trial::from_records(records, rules)
        .is_some_and(|t| t.running(now) && t.tonight(now) == Some(crate::trial::plan::Kind::Rest))
}

/// [`routine_for`] from the history file (the routine as written when it cannot be read).
pub(crate) fn routine_tonight(
    dirs: &Dirs,
    routine: Routine,
    now: DateTime<FixedOffset>,
) -> Routine {
    match crate::history::store::load(dirs) {
        Ok(loaded) => routine_for(routine, &loaded.records, NightRules::load(dirs), now),
        Err(_) => routine,
    }
}

/// `routine` without its stretches ([`crate::routine::Step::is_stretch`]), their number in
/// `stretches_left_out`, and [`REST_EVENING_NOTE`] shown first and said first (the first
/// step's first instruction and the start of its spoken words). Unchanged when it has no
/// stretch, or nothing else.
pub(crate) fn without_stretches(mut routine: Routine) -> Routine {
    let left_out = routine.steps.iter().filter(|s| s.is_stretch()).count();
    if left_out == 0 || left_out == routine.steps.len() {
        return routine;
    }
    routine.steps.retain(|s| !s.is_stretch());
    routine.stretches_left_out = left_out as u32;
    if let Some(first) = routine.steps.first_mut() {
        first.instructions.insert(0, REST_EVENING_NOTE.into());
        let spoken = match first.spoken.as_deref() {
            Some(s) => format!("{REST_EVENING_NOTE} {s}"),
            // A task without spoken words says its instructions, the note among them.
            None if first.kind == crate::routine::StepKind::Task => String::new(),
            None => REST_EVENING_NOTE.to_string(),
        };
        if !spoken.is_empty() {
            first.spoken = Some(spoken.as_str().into());
        }
    }
    routine
}

#[cfg(test)]
mod tests {
    use std::time::Instant;

    use super::*;
    use crate::history::record::SessionEntry;
    use crate::session::{Control, Effect, Session, Summary};
    use crate::trial::plan;

    fn at(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    fn built_in(id: &str) -> Routine {
        crate::routine::builtin::ROUTINES
            .iter()
            .find(|b| b.id == id)
            .expect("a built-in routine")
            .load()
            .expect("it parses")
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

    /// Run `routine` to its end, completing every task; stretches skipped when `skip`.
    fn run(routine: Routine, skip: bool) -> Summary {
        let t0 = Instant::now();
        let (mut s, _) = Session::start(routine, t0);
        let mut t = t0;
        for _ in 0..10_000 {
            let fx = if s.is_waiting_on_task() {
                s.control(Control::CompleteTask, t)
            } else if skip && s.view(t).step.is_stretch() {
                s.control(Control::SkipStep, t)
            } else if let Some(d) = s.phase_deadline() {
                t = d.max(t);
                s.advance(t)
            } else {
                Vec::new()
            };
            if let Some(sum) = fx.iter().find_map(|e| match e {
                Effect::Finished(s) => Some(s.clone()),
                _ => None,
            }) {
                return sum;
            }
        }
        panic!("the session did not end");
    }

    fn entry(sum: &Summary, started: &str) -> SessionEntry {
        sum.history_entry(at(started), at(started))
    }

    #[test]
    fn a_rest_evening_runs_the_wind_down_without_its_stretches_and_says_so() {
        let wind = built_in("wind-down");
        let stretches = wind.steps.iter().filter(|s| s.is_stretch()).count();
        assert_eq!(stretches, 2, "wall calf and seated hamstring");
        let recs = plan();
        let rules = NightRules::default();
        // 22 December: the first rest evening.
        let rest = routine_for(wind.clone(), &recs, rules, at("2026-12-22T21:00:00+01:00"));
        assert_eq!(rest.stretches_left_out, 2);
        assert!(rest.steps.iter().all(|s| !s.is_stretch()));
        assert_eq!(rest.steps.len(), wind.steps.len() - 2);
        let first = &rest.steps[0];
        assert_eq!(first.instructions[0].as_str(), REST_EVENING_NOTE);
        // Said too: the first step's words are the first thing a session says.
        let plan = crate::routine::Plan::of(&rest);
        let said = crate::session::script::said(&rest, &plan, 0);
        assert!(said.contains("rest evening"), "{said}");
        // In German, the note and the step's own words are both German: no sentence of the
        // English note read by a German voice.
        let de = crate::i18n::Messages::builtin("de");
        let said_de = crate::session::script::said_in(&de, &rest, &plan, 0);
        let note_de = de.tr("routine-rest-evening-note", &[]);
        assert!(said_de.contains(&note_de), "{said_de}");
        assert!(!said_de.contains("rest evening"), "{said_de}");
        assert!(!said_de.contains("Dim the lights in the room"), "{said_de}");
        // Stretching evenings, the baseline, and a stretching routine: as written.
        for (r, when) in [
            (&wind, "2026-12-08T21:00:00+01:00"),
            (&wind, "2026-12-03T21:00:00+01:00"),
            (&wind, "2026-11-20T21:00:00+01:00"),
        ] {
            assert_eq!(
                routine_for(r.clone(), &recs, rules, at(when)).steps,
                r.steps
            );
        }
        let legs = built_in("evening-legs");
        let same = routine_for(legs.clone(), &recs, rules, at("2026-12-22T21:00:00+01:00"));
        assert_eq!((same.steps, same.stretches_left_out), (legs.steps, 0));
        // Recorded with its stretches left out: no evening stretched, in the experiment too.
        let e = entry(&run(rest, false), "2026-12-22T21:00:00+01:00");
        assert!(e.finished);
        assert_eq!((e.stretches_done, e.stretches_left_out), (Some(0), Some(2)));
        assert_eq!(rules.stretched_evening(&e), None);
        let mut recs = recs;
        recs.push(Record::Session(Box::new(e)));
        let t = plan::Trial::from_records(&recs, rules).unwrap();
        let block = t.blocks()[1];
        assert_eq!(block.kind, plan::Kind::Rest);
        assert_eq!(t.tally(&block, at("2026-12-23T21:00:00+01:00")).sessions, 0);
    }

    #[test]
    fn a_routine_with_every_stretch_skipped_is_no_evening_stretched() {
        let rules = NightRules::default();
        let done = entry(
            &run(built_in("wind-down"), false),
            "2026-11-20T21:00:00+01:00",
        );
        assert_eq!(done.stretches_done, Some(2));
        assert_eq!(done.stretches_left_out, None);
        assert!(rules.stretched_evening(&done).is_some());
        let skipped = entry(
            &run(built_in("wind-down"), true),
            "2026-11-20T21:00:00+01:00",
        );
        assert!(skipped.finished);
        assert_eq!(skipped.stretches_done, Some(0));
        assert_eq!(rules.stretched_evening(&skipped), None);
        // The stats, the streak and the report count by the same rule.
        let recs = vec![Record::Session(Box::new(skipped))];
        assert!(crate::history::stats::routine_evenings(&recs, &rules).is_empty());
    }
}
