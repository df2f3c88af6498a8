//! A routine expanded into the phases a session runs through, in order, each with its start
//! offset and length: get ready, hold (side, rep), rest, switch sides, task.
//!
//! Pure and cheap; used by `windown show`, the session engine and the TUI. Phases of zero
//! length are left out (a duration of 0 skips that phase), except task phases, which have no
//! length at all: they wait for the person.

use std::time::Duration;

use super::content::Shown;
use super::model::{Routine, RoutineKind, Side, Sides, Step, StepKind, Target};
use crate::t;

/// What happens during one phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PhaseKind {
    /// Get-ready lead-in before a step.
    Prepare,
    /// One rep of a timed step (`side` is `None` for steps without sides). `rep` counts from 1.
    Hold {
        side: Option<Side>,
        rep: u32,
        reps: u32,
    },
    /// Pause between two reps.
    Rest { side: Option<Side>, after_rep: u32 },
    /// Pause between the left and the right side.
    SwitchSides,
    /// An untimed step that waits to be marked done.
    Task,
}

/// One phase of the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Phase {
    /// Index into `routine.steps`.
    pub(crate) step: usize,
    pub(crate) kind: PhaseKind,
    /// Zero for task phases (they wait for the person).
    pub length: Duration,
    /// Planned start, counted from the session start as if no task waited (tasks count 0).
    pub start: Duration,
}

impl Phase {
    pub(crate) fn is_task(&self) -> bool {
        matches!(self.kind, PhaseKind::Task)
    }

    /// The words for this phase of `routine`: what the session shows large on screen, a cue
    /// command speaks, and `windown show` lists.
    ///
    /// Stretches: "GET READY", "HOLD", "HOLD - LEFT LEG" (a step for the feet only says "FOOT",
    /// one without any leg target says "SIDE"), "REST", "SWITCH SIDES". Wind-down routines show
    /// a timed step's title instead of "HOLD", and name its side the same way ("Slow
    /// breathing", "Wall calf stretch - LEFT LEG"; "SIDE" when the step has no targets). A task
    /// shows its title.
    pub(crate) fn label(&self, routine: &Routine, shown: &Shown) -> String {
        let step = routine.steps.get(self.step);
        let title = shown.step(self.step).title.as_str();
        let side = |side: Option<Side>| match side {
            Some(Side::Left) => "left",
            Some(Side::Right) => "right",
            None => "none",
        };
        match self.kind {
            PhaseKind::Prepare => t!("routine-phase-get-ready"),
            PhaseKind::Rest { .. } => t!("routine-phase-rest"),
            PhaseKind::SwitchSides => t!("routine-phase-switch-sides"),
            PhaseKind::Task => title.into(),
            PhaseKind::Hold { side: s, .. } => match routine.kind {
                RoutineKind::Stretch => t!(
                    "routine-phase-hold",
                    side = side(s),
                    limb = step.map_or("leg", |s| limb_key(&s.targets))
                ),
                // A wind-down step names itself, and its side the way a stretch does.
                RoutineKind::WindDown => t!(
                    "routine-phase-step",
                    title = title,
                    side = side(s),
                    limb = step
                        .filter(|s| !s.targets.is_empty())
                        .map_or("side", |s| limb_key(&s.targets))
                ),
            },
        }
    }
}

/// [`limb`] as a message's `$limb`: "leg", "foot" or "side".
fn limb_key(targets: &[Target]) -> &'static str {
    match limb(targets) {
        "FOOT" => "foot",
        "SIDE" => "side",
        _ => "leg",
    }
}

/// What one side of a stretch is called: "LEG", "FOOT" (feet only) or "SIDE" (no leg target).
/// Shared with the spoken script (`crate::session::script`), which says it in lower case.
pub(crate) fn limb(targets: &[Target]) -> &'static str {
    let leg = |t: &Target| {
        matches!(
            t,
            Target::Calves | Target::Hamstrings | Target::Quadriceps | Target::Feet
        )
    };
    if targets.is_empty() {
        "LEG"
    } else if targets.iter().all(|t| *t == Target::Feet) {
        "FOOT"
    } else if targets.iter().any(leg) {
        "LEG"
    } else {
        "SIDE"
    }
}

/// Every phase of a routine, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub phases: Vec<Phase>,
    /// Sum of all timed phases.
    pub total: Duration,
    /// How many task phases wait for the person (their time is not in `total`).
    pub(crate) tasks: usize,
}

impl Plan {
    pub fn of(routine: &Routine) -> Plan {
        let mut phases = Vec::new();
        for (i, step) in routine.steps.iter().enumerate() {
            step_phases(i, step, &mut phases);
        }
        let mut at = Duration::ZERO;
        for p in &mut phases {
            p.start = at;
            at += p.length;
        }
        let tasks = phases.iter().filter(|p| p.is_task()).count();
        Plan {
            phases,
            total: at,
            tasks,
        }
    }

    /// Index of the first phase of step `step` (or `phases.len()` past the end).
    pub fn first_phase_of_step(&self, step: usize) -> usize {
        self.phases
            .iter()
            .position(|p| p.step >= step)
            .unwrap_or(self.phases.len())
    }

    /// Timed length of one step (all its phases).
    pub(crate) fn step_length(&self, step: usize) -> Duration {
        self.phases
            .iter()
            .filter(|p| p.step == step)
            .map(|p| p.length)
            .sum()
    }
}

fn step_phases(index: usize, step: &Step, out: &mut Vec<Phase>) {
    let mut push = |kind, length: Duration| {
        if length > Duration::ZERO || kind == PhaseKind::Task {
            out.push(Phase {
                step: index,
                kind,
                length,
                start: Duration::ZERO,
            });
        }
    };
    if step.kind == StepKind::Task {
        push(PhaseKind::Task, Duration::ZERO);
        return;
    }
    push(PhaseKind::Prepare, step.prepare);
    let sides: &[Option<Side>] = match step.sides {
        Sides::None => &[None],
        Sides::Left => &[Some(Side::Left)],
        Sides::Right => &[Some(Side::Right)],
        Sides::Both => &[Some(Side::Left), Some(Side::Right)],
    };
    for (n, &side) in sides.iter().enumerate() {
        if n > 0 {
            push(PhaseKind::SwitchSides, step.switch);
        }
        for rep in 1..=step.reps {
            push(
                PhaseKind::Hold {
                    side,
                    rep,
                    reps: step.reps,
                },
                step.duration,
            );
            if rep < step.reps {
                push(
                    PhaseKind::Rest {
                        side,
                        after_rep: rep,
                    },
                    step.rest,
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routine::model::*;

    fn secs(s: u64) -> Duration {
        Duration::from_secs(s)
    }

    pub(crate) fn step(sides: Sides) -> Step {
        Step {
            title: "Wall calf stretch".into(),
            instructions: vec![],
            caution: None,
            targets: vec![Target::Calves],
            figure: None,
            kind: StepKind::Timed,
            duration: secs(10),
            reps: 3,
            rest: secs(10),
            prepare: secs(5),
            sides,
            switch: secs(5),
            breathe: None,
            spoken: None,
            spoken_side: None,
            position: None,
        }
    }

    fn routine(steps: Vec<Step>) -> Routine {
        Routine::of_steps(steps)
    }

    #[test]
    fn both_sides_runs_left_reps_then_switch_then_right_reps() {
        let plan = Plan::of(&routine(vec![step(Sides::Both)]));
        let kinds: Vec<_> = plan.phases.iter().map(|p| p.kind).collect();
        let l = Some(Side::Left);
        let r = Some(Side::Right);
        assert_eq!(
            kinds,
            vec![
                PhaseKind::Prepare,
                PhaseKind::Hold {
                    side: l,
                    rep: 1,
                    reps: 3
                },
                PhaseKind::Rest {
                    side: l,
                    after_rep: 1
                },
                PhaseKind::Hold {
                    side: l,
                    rep: 2,
                    reps: 3
                },
                PhaseKind::Rest {
                    side: l,
                    after_rep: 2
                },
                PhaseKind::Hold {
                    side: l,
                    rep: 3,
                    reps: 3
                },
                PhaseKind::SwitchSides,
                PhaseKind::Hold {
                    side: r,
                    rep: 1,
                    reps: 3
                },
                PhaseKind::Rest {
                    side: r,
                    after_rep: 1
                },
                PhaseKind::Hold {
                    side: r,
                    rep: 2,
                    reps: 3
                },
                PhaseKind::Rest {
                    side: r,
                    after_rep: 2
                },
                PhaseKind::Hold {
                    side: r,
                    rep: 3,
                    reps: 3
                },
            ]
        );
        // 5 prepare + 2 * (3 * 10 hold + 2 * 10 rest) + 5 switch
        assert_eq!(plan.total, secs(110));
        assert_eq!(plan.phases[6].start, secs(55));
    }

    #[test]
    fn zero_durations_skip_phases_and_tasks_wait() {
        let mut s = step(Sides::None);
        s.prepare = Duration::ZERO;
        s.rest = Duration::ZERO;
        s.reps = 2;
        let mut task = step(Sides::None);
        task.kind = StepKind::Task;
        task.duration = Duration::ZERO;
        let plan = Plan::of(&routine(vec![s, task]));
        assert_eq!(plan.phases.len(), 3);
        assert!(plan.phases[2].is_task());
        assert_eq!(plan.total, secs(20));
        assert_eq!(plan.tasks, 1);
        assert_eq!(plan.first_phase_of_step(1), 2);
    }
}
