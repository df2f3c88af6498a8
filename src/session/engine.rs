//! The session state machine: where a running routine is, how much time is left, and what
//! should happen next.
//!
//! Owns the phase cursor, the clock (deadline, paused remaining time, or waiting on a task),
//! the per-step outcome (done or skipped), the active time, and the rule for stalls. It is pure:
//! no I/O, no terminal, no threads, no clock of its own. Every call takes `now` and returns the
//! [`Effect`]s an adapter should carry out (a cue, a redraw, the end of the session).
//!
//! Time comes from deadlines: a phase that begins at `t` ends at `t + length`, and the next
//! phase's deadline is counted from that deadline, not from when the caller noticed it, so a
//! late wake never makes the rest of the routine drift. Pausing stores the remaining time;
//! resuming sets a new deadline from it.
//!
//! Stalls: when a call arrives more than [`STALL`] past the current deadline (the process was
//! stopped with Ctrl-Z, or the machine was too busy to wake it), the session does not replay
//! the phases it missed. It pauses where it was at the last call before the stall, with that
//! phase's remaining time, and reports the stall in [`SessionView::stalled`]. A smaller
//! lateness is caught up normally: the session lands on the phase where the time says it is,
//! with one cue for that phase only. (A suspended laptop does not stall a session at all:
//! `Instant` does not advance while the machine sleeps.)

use std::time::{Duration, Instant};

use crate::routine::{
    Breath, Phase, PhaseKind, Plan, Routine, RoutineKind, Side, Sides, Step, StepKind,
};

use super::script::{self, Tone};
use crate::routine::content::Shown;

/// How late past a deadline a call may arrive before it counts as a stall.
pub(crate) const STALL: Duration = Duration::from_secs(5);

/// What [`Control::AddTime`] adds when the keys ask for "a bit more".
pub(crate) const ADD_TIME: Duration = Duration::from_secs(10);

/// The last seconds of a timed phase that are marked on screen.
pub(crate) const FINAL_SECONDS: Duration = Duration::from_secs(3);

/// Something the person asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Control {
    TogglePause,
    Pause,
    Resume,
    /// On to the next phase (a task phase skipped counts its step as skipped).
    SkipPhase,
    /// On to the first phase of the next step; this step counts as skipped.
    SkipStep,
    /// Back to the start of the previous step (the start of this one on the first step).
    BackStep,
    /// Back to the start of this step.
    RestartStep,
    /// More time on the current timed phase (usually [`ADD_TIME`]).
    AddTime(Duration),
    /// The task the session waits on is done.
    CompleteTask,
    /// End the session now.
    Quit,
}

/// What the adapter should do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Effect {
    /// A phase began (or the session ended): announce it.
    Cue(Cue),
    /// One of the last [`script::TICKS`] seconds of a phase that ticks began: this many
    /// seconds are left.
    Tick(u32),
    /// A breath pacer turned: breathe in, or out, now.
    Breath(Breath),
    /// What the screen shows has changed.
    Redraw,
    /// The session is over (completed or quit); record it.
    Finished(Summary),
}

/// The announcement of one phase change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// The phase label: "GET READY", "HOLD - LEFT LEG", "REST", "SWITCH SIDES", a task's
    /// title, "DONE".
    pub(crate) text: String,
    pub(crate) kind: CueKind,
    /// What a speech program says ([`script::said`]): "Wall calf stretch. Left leg first."
    pub(crate) said: String,
    /// The step's first instruction and caution, at a get ready long enough to say them.
    pub(crate) details: Option<String>,
    pub(crate) tone: Tone,
}

/// What kind of moment a cue announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum CueKind {
    GetReady,
    Hold,
    Rest,
    SwitchSides,
    Task,
    Done,
}

/// How a session went, for the end screen and the history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub(crate) routine_id: String,
    pub(crate) routine_title: crate::text::SafeText,
    /// The title in the screens' language (the end screen's; the history keeps the file's).
    pub(crate) shown_title: String,
    /// Time running or waiting on a task; pauses and stalls are not counted.
    pub(crate) active: Duration,
    /// The part of `active` spent waiting on task steps ("something quiet"): not stretching.
    pub(crate) task: Duration,
    pub(crate) steps_done: u32,
    pub(crate) steps_skipped: u32,
    pub(crate) steps_total: u32,
    /// Of the steps done, the stretches ([`crate::routine::Step::is_stretch`]).
    pub(crate) stretches_done: u32,
    /// Stretches left out of the routine before it began (a rest evening's wind-down).
    pub(crate) stretches_left_out: u32,
    /// True when the session reached the end of the routine, or was left at its last step
    /// when that is a task ("Into bed": the person is doing what it says); false when it was
    /// quit before.
    pub finished: bool,
}

/// Everything a screen needs to draw the session at one moment.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionView<'a> {
    pub(crate) routine_title: &'a str,
    /// The step's title in the screen's language.
    pub(crate) step_title: &'a str,
    pub(crate) routine_kind: RoutineKind,
    /// 0-based index of the current step (the last step once finished).
    pub(crate) step_index: usize,
    pub(crate) step_count: usize,
    pub step: &'a Step,
    /// 0-based index of the current phase in the plan; `phase_count` once finished.
    pub phase_index: usize,
    pub(crate) phase_count: usize,
    /// `None` once finished.
    pub(crate) phase: Option<PhaseKind>,
    /// "GET READY", "HOLD - LEFT LEG", "REST", "SWITCH SIDES", a task's title, "DONE".
    pub label: String,
    /// Time left in the phase, rounded up to whole seconds (what a countdown shows).
    pub remaining: Duration,
    /// Time left in the phase, exact.
    pub(crate) remaining_exact: Duration,
    /// Length of the current phase, added time included (zero for tasks).
    pub(crate) phase_length: Duration,
    /// 0..=1 through the timed phases of the current step.
    pub(crate) step_progress: f64,
    /// 0..=1 through the whole routine.
    pub(crate) routine_progress: f64,
    pub(crate) paused: bool,
    /// In the last [`FINAL_SECONDS`] of a timed phase.
    pub(crate) final_seconds: bool,
    /// The side being worked, when the step has sides.
    pub(crate) side: Option<Side>,
    /// The step's instructions and caution with `{side}` and `{other}` filled in for the side
    /// this phase is about ([`script::text_side`]).
    pub(crate) instructions: Vec<String>,
    pub(crate) caution: Option<String>,
    /// During a hold with a breath pacer: in or out, and how far through that half (0..1).
    pub(crate) breath: Option<(Breath, f64)>,
    /// (rep, reps) during a hold or the rest after a rep.
    pub(crate) rep: Option<(u32, u32)>,
    /// What comes next: the next phase's label within this step, the next step's title when
    /// the step changes, `None` on the last phase.
    pub(crate) up_next: Option<String>,
    pub(crate) finished: bool,
    pub waiting_on_task: bool,
    /// Set when the session paused itself after a stall: how long the stall was.
    pub(crate) stalled: Option<Duration>,
}

/// What a session shows that moves with time, without the words [`SessionView`] carries:
/// enough for a frame in which only the seconds and the gauges moved, built every second
/// without allocating ([`Session::ticking`]). While `step_index`, `phase_index` and `finished`
/// stay the same, so do the view's label, "up next", instructions and caution.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Ticking {
    pub(crate) step_index: usize,
    pub(crate) phase_index: usize,
    pub(crate) phase: Option<PhaseKind>,
    pub(crate) remaining: Duration,
    pub(crate) remaining_exact: Duration,
    pub(crate) step_progress: f64,
    pub(crate) routine_progress: f64,
    pub(crate) paused: bool,
    pub(crate) final_seconds: bool,
    pub(crate) side: Option<Side>,
    pub(crate) breath: Option<(Breath, f64)>,
    pub(crate) rep: Option<(u32, u32)>,
    pub(crate) finished: bool,
    pub(crate) waiting_on_task: bool,
    pub(crate) stalled: Option<Duration>,
}

impl SessionView<'_> {
    /// The part of the view that moves with time ([`Session::ticking`] at the same moment).
    pub(crate) fn ticking(&self) -> Ticking {
        Ticking {
            step_index: self.step_index,
            phase_index: self.phase_index,
            phase: self.phase,
            remaining: self.remaining,
            remaining_exact: self.remaining_exact,
            step_progress: self.step_progress,
            routine_progress: self.routine_progress,
            paused: self.paused,
            final_seconds: self.final_seconds,
            side: self.side,
            breath: self.breath,
            rep: self.rep,
            finished: self.finished,
            waiting_on_task: self.waiting_on_task,
            stalled: self.stalled,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Clock {
    Running { deadline: Instant },
    Paused { remaining: Duration },
    Waiting,
    Over,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Pending,
    Done,
    Skipped,
}

/// A running session. See the module docs for the rules.
#[derive(Debug, Clone)]
pub struct Session {
    routine: Routine,
    plan: Plan,
    /// Index of the current phase; `plan.phases.len()` once finished.
    at: usize,
    clock: Clock,
    /// The current phase's length with any added time.
    length: Duration,
    marks: Vec<Mark>,
    /// A hold or task of this step was skipped: the step counts as skipped when it ends.
    skipped_core: Vec<bool>,
    active: Duration,
    /// Since when active time accrues (running or waiting on a task).
    active_since: Option<Instant>,
    /// Time spent waiting on tasks so far, and since when the current wait runs.
    task: Duration,
    task_since: Option<Instant>,
    /// Time of the last `advance` or `control` call.
    seen: Instant,
    stalled: Option<Duration>,
    /// What the screen showed at the last call: (phase, clock state, seconds shown).
    shown: (usize, u8, u64),
    ended: Option<bool>,
    /// Time added with [`Control::AddTime`] so far (since the last step back), and in the
    /// current phase.
    added: Duration,
    added_here: Duration,
    /// Routine progress and position when time was last added: the gauge goes on from
    /// there, so adding time never moves it backwards.
    progress_mark: (f64, Duration),
    /// The routine's words in the screen's language, prepared at the start
    /// ([`crate::routine::content::Shown`]).
    words: Shown,
    /// Each phase's label in that language, then "DONE": built once, cloned per view.
    labels: Vec<String>,
}

/// A step to point at when a routine has none (a validated routine always has one).
static NO_STEP: Step = Step {
    title: crate::text::SafeText::EMPTY,
    instructions: Vec::new(),
    caution: None,
    targets: Vec::new(),
    figure: None,
    kind: StepKind::Task,
    duration: Duration::ZERO,
    reps: 1,
    rest: Duration::ZERO,
    prepare: Duration::ZERO,
    sides: Sides::None,
    switch: Duration::ZERO,
    breathe: None,
    spoken: None,
    spoken_side: None,
    position: None,
};

fn later(t: Instant, d: Duration) -> Instant {
    t.checked_add(d).unwrap_or(t)
}

impl Session {
    /// Begin `routine` at `now`: the first phase starts at once, with its cue.
    /// The language its words are said in (the routine file's `lang =`, else the language
    /// of speech): the speech program's voice must be for it.
    pub(crate) fn speech_lang(&self) -> &'static str {
        script::speech_of(&self.routine).speech_lang()
    }

    pub(crate) fn start(routine: Routine, now: Instant) -> (Session, Vec<Effect>) {
        let plan = Plan::of(&routine);
        let steps = routine.steps.len();
        let words = Shown::of(&routine, crate::i18n::current());
        let labels = plan
            .phases
            .iter()
            .map(|p| p.label(&routine, &words))
            .chain([crate::t!("routine-phase-done")])
            .collect();
        let mut s = Session {
            routine,
            plan,
            at: 0,
            clock: Clock::Over,
            length: Duration::ZERO,
            marks: vec![Mark::Pending; steps],
            skipped_core: vec![false; steps],
            active: Duration::ZERO,
            active_since: None,
            task: Duration::ZERO,
            task_since: None,
            seen: now,
            stalled: None,
            shown: (usize::MAX, 0, 0),
            ended: None,
            added: Duration::ZERO,
            added_here: Duration::ZERO,
            progress_mark: (0.0, Duration::ZERO),
            words,
            labels,
        };
        let mut fx = Vec::new();
        s.enter(0, now, now, false, &mut fx);
        s.redraw_if_changed(now, &mut fx, true);
        (s, fx)
    }

    pub(crate) fn plan(&self) -> &Plan {
        &self.plan
    }

    /// Time has passed: end every phase whose deadline is behind `now` (one cue for where it
    /// lands), or pause after a stall.
    pub(crate) fn advance(&mut self, now: Instant) -> Vec<Effect> {
        let mut fx = Vec::new();
        self.catch_up(now, &mut fx);
        self.redraw_if_changed(now, &mut fx, false);
        fx
    }

    /// The process is known to have been stopped at some moment since the last call, and
    /// goes on at `now` (SIGCONT without a Ctrl-Z before it): a running phase pauses where it
    /// was at that last call, the last moment it is known to have run, without catching up
    /// the deadlines the stop made it miss, and the stall is reported as for any stall.
    /// Otherwise the same as [`Session::advance`].
    pub(crate) fn stopped(&mut self, now: Instant) -> Vec<Effect> {
        let Clock::Running { deadline } = self.clock else {
            return self.advance(now);
        };
        let mut fx = Vec::new();
        let remaining = deadline.saturating_duration_since(self.seen);
        self.set_clock(Clock::Paused { remaining }, self.seen);
        self.stalled = Some(now.saturating_duration_since(self.seen));
        self.seen = self.seen.max(now);
        fx.push(Effect::Redraw);
        self.redraw_if_changed(now, &mut fx, false);
        fx
    }

    /// Apply what the person asked for. Time that passed since the last call is taken into
    /// account first, as by [`Session::advance`].
    pub(crate) fn control(&mut self, c: Control, now: Instant) -> Vec<Effect> {
        let mut fx = Vec::new();
        let stalled_now = self.catch_up(now, &mut fx);
        if self.ended.is_some() {
            self.redraw_if_changed(now, &mut fx, false);
            return fx;
        }
        let c = match c {
            Control::TogglePause if self.is_paused() => Control::Resume,
            Control::TogglePause => Control::Pause,
            other => other,
        };
        let step = self.current_step_index();
        let mut changed = false;
        match c {
            Control::TogglePause => {}
            Control::Pause => {
                if let Clock::Running { deadline } = self.clock {
                    let remaining = deadline.saturating_duration_since(now);
                    self.set_clock(Clock::Paused { remaining }, now);
                    changed = true;
                }
            }
            Control::Resume => {
                if let Clock::Paused { remaining } = self.clock {
                    self.stalled = None;
                    self.set_clock(
                        Clock::Running {
                            deadline: later(now, remaining),
                        },
                        now,
                    );
                    changed = true;
                    // A pause with nothing left (a stall right at a deadline) ends the phase now.
                    self.catch_up(now, &mut fx);
                }
            }
            Control::SkipPhase => {
                let paused = self.is_paused();
                if self.phase().is_some_and(|p| is_core(p.kind))
                    && let Some(core) = self.skipped_core.get_mut(step)
                {
                    *core = true;
                }
                self.leave_phase();
                self.enter(self.at + 1, now, now, paused, &mut fx);
                changed = true;
            }
            Control::SkipStep => {
                let paused = self.is_paused();
                self.set_mark(step, Mark::Skipped);
                let next = self.plan.first_phase_of_step(step + 1);
                self.enter(next, now, now, paused, &mut fx);
                changed = true;
            }
            Control::BackStep | Control::RestartStep => {
                let paused = self.is_paused();
                let target = if c == Control::BackStep {
                    step.saturating_sub(1)
                } else {
                    step
                };
                for i in target..=step {
                    // A step finished once stays counted: going back to do it again does not
                    // take it away (set_mark keeps a done step done).
                    self.set_mark(i, Mark::Pending);
                    if let Some(core) = self.skipped_core.get_mut(i) {
                        *core = false;
                    }
                }
                let first = self.plan.first_phase_of_step(target);
                self.added = Duration::ZERO;
                self.progress_mark = (0.0, Duration::ZERO);
                self.enter(first, now, now, paused, &mut fx);
                changed = true;
            }
            Control::AddTime(d) => {
                let mark = (self.routine_progress(now), self.position(now));
                match &mut self.clock {
                    Clock::Running { deadline } => *deadline = later(*deadline, d),
                    Clock::Paused { remaining } => *remaining = remaining.saturating_add(d),
                    Clock::Waiting | Clock::Over => {}
                }
                if matches!(self.clock, Clock::Running { .. } | Clock::Paused { .. }) {
                    self.length = self.length.saturating_add(d);
                    self.added = self.added.saturating_add(d);
                    self.added_here = self.added_here.saturating_add(d);
                    self.progress_mark = mark;
                    changed = true;
                }
            }
            Control::CompleteTask => {
                if self.clock == Clock::Waiting {
                    self.leave_phase();
                    self.enter(self.at + 1, now, now, false, &mut fx);
                    changed = true;
                }
            }
            Control::Quit => {
                // Left at the last step when it is a task ("Into bed"): the person is doing
                // what it says, so the routine counts as finished and the task as done.
                let at_last_task =
                    self.clock == Clock::Waiting && self.at + 1 == self.plan.phases.len();
                if at_last_task {
                    self.leave_phase();
                }
                self.set_clock(Clock::Over, now);
                self.ended = Some(at_last_task);
                fx.push(Effect::Finished(self.summary(now)));
                changed = true;
            }
        }
        if changed && !stalled_now {
            // The person has seen the session and acted: the stall note has done its job.
            self.stalled = None;
        }
        self.redraw_if_changed(now, &mut fx, changed);
        fx
    }

    /// When the display next changes: the next whole second of the countdown, or the phase
    /// end. `None` while paused, waiting on a task, or finished: sleep until input.
    pub(crate) fn next_wake(&self, now: Instant) -> Option<Instant> {
        let Clock::Running { deadline } = self.clock else {
            return None;
        };
        let remaining = deadline.saturating_duration_since(now);
        if remaining.is_zero() {
            return Some(now);
        }
        let shown = ceil_secs(remaining);
        let second = deadline
            .checked_sub(Duration::from_secs(shown - 1))
            .unwrap_or(now);
        Some(match self.next_breath(now) {
            Some(b) => second.min(b),
            None => second,
        })
    }

    /// While a hold with a breath pacer runs: when the breath next turns.
    fn next_breath(&self, now: Instant) -> Option<Instant> {
        let (_, _, left) = self.breath(now)?;
        now.checked_add(left)
    }

    /// The breath pacer at `at`: the half, how far through it, how long until it turns.
    fn breath(&self, at: Instant) -> Option<(Breath, f64, Duration)> {
        let phase = self.phase()?;
        if !matches!(phase.kind, PhaseKind::Hold { .. }) {
            return None;
        }
        let b = self.routine.steps.get(phase.step)?.breathe?;
        if matches!(self.clock, Clock::Waiting | Clock::Over) {
            return None;
        }
        Some(b.at(self.elapsed_in_phase(at)))
    }

    /// How many times the breath has turned by `at` in this phase (0 without a pacer).
    fn breaths(&self, at: Instant) -> u128 {
        let Some(b) = self
            .phase()
            .filter(|p| matches!(p.kind, PhaseKind::Hold { .. }))
            .and_then(|p| self.routine.steps.get(p.step)?.breathe)
        else {
            return 0;
        };
        let cycle = (b.inhale + b.exhale).as_nanos().max(1);
        let e = self.elapsed_in_phase(at).as_nanos();
        2 * (e / cycle) + u128::from(e % cycle >= b.inhale.as_nanos())
    }

    /// The next moment something is to be heard while a phase runs: one of its last ticking
    /// seconds, or its end (plain mode sleeps until then).
    pub(crate) fn next_sound(&self, now: Instant) -> Option<Instant> {
        let Clock::Running { deadline } = self.clock else {
            return None;
        };
        let ticks = self.phase().is_some_and(script::ticks_in);
        let remaining = deadline.saturating_duration_since(now);
        let mut next = deadline;
        if ticks {
            for left in (1..=script::TICKS).rev() {
                let at = Duration::from_secs(u64::from(left));
                if at < remaining && at < self.length {
                    next = deadline.checked_sub(at).unwrap_or(now);
                    break;
                }
            }
        }
        Some(match self.next_breath(now) {
            Some(b) => next.min(b),
            None => next,
        })
    }

    /// When the current phase ends, while it runs (plain mode sleeps until then).
    pub(crate) fn phase_deadline(&self) -> Option<Instant> {
        match self.clock {
            Clock::Running { deadline } => Some(deadline),
            _ => None,
        }
    }

    pub(crate) fn is_finished(&self) -> bool {
        self.ended.is_some()
    }

    pub(crate) fn is_paused(&self) -> bool {
        matches!(self.clock, Clock::Paused { .. })
    }

    pub fn is_waiting_on_task(&self) -> bool {
        self.clock == Clock::Waiting
    }

    /// The current phase, `None` once finished.
    pub(crate) fn phase(&self) -> Option<&Phase> {
        if self.ended.is_some() {
            None
        } else {
            self.plan.phases.get(self.at)
        }
    }

    /// Time left in the current phase, exact (zero for tasks and once finished).
    pub(crate) fn remaining(&self, now: Instant) -> Duration {
        match self.clock {
            Clock::Running { deadline } => deadline.saturating_duration_since(now),
            Clock::Paused { remaining } => remaining,
            Clock::Waiting | Clock::Over => Duration::ZERO,
        }
    }

    /// Session time (active time: pauses and stalls left out) at which the current phase
    /// began; the whole active time once finished.
    pub(crate) fn phase_began(&self, now: Instant) -> Duration {
        self.summary(now)
            .active
            .saturating_sub(self.elapsed_in_phase(now))
    }

    /// Everything a screen needs at `now`.
    pub fn view(&self, now: Instant) -> SessionView<'_> {
        let t = self.ticking(now);
        let step = self.routine.steps.get(t.step_index).unwrap_or(&NO_STEP);
        let phase = self.phase().copied();
        let timed = matches!(self.clock, Clock::Running { .. } | Clock::Paused { .. });
        let side = script::text_side(step, t.phase);
        SessionView {
            routine_title: &self.words.title,
            step_title: &self.words.step(t.step_index).title,
            routine_kind: self.routine.kind,
            step_index: t.step_index,
            step_count: self.routine.steps.len(),
            step,
            phase_index: t.phase_index,
            phase_count: self.plan.phases.len(),
            phase: t.phase,
            label: self.label(phase.is_some()).to_string(),
            remaining: t.remaining,
            remaining_exact: t.remaining_exact,
            phase_length: if timed { self.length } else { Duration::ZERO },
            step_progress: t.step_progress,
            routine_progress: t.routine_progress,
            paused: t.paused,
            final_seconds: t.final_seconds,
            side: t.side,
            instructions: self.words.step(t.step_index).instructions(side).to_vec(),
            caution: self
                .words
                .step(t.step_index)
                .caution(side)
                .map(str::to_string),
            breath: t.breath,
            rep: t.rep,
            up_next: self.up_next(),
            finished: t.finished,
            waiting_on_task: t.waiting_on_task,
            stalled: t.stalled,
        }
    }

    /// The part of [`Session::view`] that moves with time, without building its words:
    /// what a frame in which only the seconds move needs, every second.
    pub(crate) fn ticking(&self, now: Instant) -> Ticking {
        let step_index = self.current_step_index();
        let step = self.routine.steps.get(step_index).unwrap_or(&NO_STEP);
        let phase = self.phase().map(|p| p.kind);
        let remaining_exact = self.remaining(now);
        let timed = matches!(self.clock, Clock::Running { .. } | Clock::Paused { .. });
        let (side, rep) = match phase {
            Some(PhaseKind::Hold { side, rep, reps }) => (side, Some((rep, reps))),
            Some(PhaseKind::Rest { side, after_rep }) => {
                (side, Some((after_rep, step.reps.max(after_rep))))
            }
            _ => (None, None),
        };
        Ticking {
            step_index,
            phase_index: if self.ended.is_some() {
                self.plan.phases.len()
            } else {
                self.at
            },
            phase,
            remaining: Duration::from_secs(ceil_secs(remaining_exact)),
            remaining_exact,
            step_progress: self.step_progress(now),
            routine_progress: self.routine_progress(now),
            paused: self.is_paused(),
            final_seconds: timed && !remaining_exact.is_zero() && remaining_exact <= FINAL_SECONDS,
            side,
            breath: self.breath(now).map(|(b, f, _)| (b, f)),
            rep,
            finished: self.ended.is_some(),
            waiting_on_task: self.clock == Clock::Waiting,
            stalled: self.stalled,
        }
    }

    /// How the session went so far (or in the end).
    pub(crate) fn summary(&self, now: Instant) -> Summary {
        let count = |m| self.marks.iter().filter(|&&x| x == m).count() as u32;
        let active = self.active.saturating_add(
            self.active_since
                .map_or(Duration::ZERO, |t| now.saturating_duration_since(t)),
        );
        Summary {
            routine_id: self.routine.id.to_string(),
            routine_title: self.routine.title.clone(),
            shown_title: self.words.title.clone(),
            active,
            task: self.task.saturating_add(
                self.task_since
                    .map_or(Duration::ZERO, |t| now.saturating_duration_since(t)),
            ),
            steps_done: count(Mark::Done),
            steps_skipped: count(Mark::Skipped),
            steps_total: self.routine.steps.len() as u32,
            stretches_done: self
                .marks
                .iter()
                .zip(&self.routine.steps)
                .filter(|(m, s)| **m == Mark::Done && s.is_stretch())
                .count() as u32,
            stretches_left_out: self.routine.stretches_left_out,
            finished: self.ended == Some(true),
        }
    }

    // ---- inner workings ----

    fn current_step_index(&self) -> usize {
        match self.plan.phases.get(self.at) {
            Some(p) => p.step,
            None => self.routine.steps.len().saturating_sub(1),
        }
    }

    /// End every phase whose deadline has passed, or pause after a stall (then `true`).
    fn catch_up(&mut self, now: Instant, fx: &mut Vec<Effect>) -> bool {
        let mut stalled = false;
        if let Clock::Running { deadline } = self.clock
            && now.saturating_duration_since(deadline) > STALL
        {
            // Pause where it was when the stall began: at the last call we saw.
            let remaining = deadline.saturating_duration_since(self.seen);
            self.set_clock(Clock::Paused { remaining }, self.seen);
            self.stalled = Some(now.saturating_duration_since(self.seen));
            fx.push(Effect::Redraw);
            stalled = true;
        }
        let shown_before = self.remaining(self.seen);
        let breaths_before = self.breaths(self.seen);
        let mut moved = false;
        while let Clock::Running { deadline } = self.clock {
            if now < deadline {
                break;
            }
            self.leave_phase();
            self.enter(self.at + 1, deadline, now, false, &mut Vec::new());
            moved = true;
        }
        if moved {
            fx.push(Effect::Cue(self.cue()));
            if self.ended == Some(true) {
                fx.push(Effect::Finished(self.summary(now)));
            }
        } else {
            if let Some(left) = self.tick_between(shown_before, now) {
                fx.push(Effect::Tick(left));
            }
            if matches!(self.clock, Clock::Running { .. })
                && self.breaths(now) != breaths_before
                && let Some((b, _, _)) = self.breath(now)
            {
                fx.push(Effect::Breath(b));
            }
        }
        self.seen = self.seen.max(now);
        stalled
    }

    /// Mark a step. A step once done stays done: going back over it with `p` and skipping it,
    /// or quitting during the second go, does not un-count it.
    fn set_mark(&mut self, step: usize, mark: Mark) {
        if let Some(m) = self.marks.get_mut(step)
            && *m != Mark::Done
        {
            *m = mark;
        }
    }

    /// The current phase is over (ran out or skipped): settle its step if it was the last.
    fn leave_phase(&mut self) {
        let Some(p) = self.plan.phases.get(self.at) else {
            return;
        };
        let last_of_step = self
            .plan
            .phases
            .get(self.at + 1)
            .is_none_or(|n| n.step != p.step);
        if last_of_step {
            let skipped = self.skipped_core.get(p.step).copied().unwrap_or(false);
            self.set_mark(p.step, if skipped { Mark::Skipped } else { Mark::Done });
        }
    }

    /// Make phase `index` current, begun at `begin` (a past deadline during catch-up, or
    /// `now`), with one cue pushed to `fx`.
    fn enter(
        &mut self,
        index: usize,
        begin: Instant,
        now: Instant,
        paused: bool,
        fx: &mut Vec<Effect>,
    ) {
        self.at = index.min(self.plan.phases.len());
        self.added_here = Duration::ZERO;
        match self.plan.phases.get(self.at).copied() {
            None => {
                self.length = Duration::ZERO;
                self.set_clock(Clock::Over, begin);
                self.ended = Some(true);
                fx.push(Effect::Cue(self.cue()));
                fx.push(Effect::Finished(self.summary(now)));
            }
            Some(p) => {
                self.length = p.length;
                let clock = if p.is_task() {
                    Clock::Waiting
                } else if paused {
                    Clock::Paused {
                        remaining: p.length,
                    }
                } else {
                    Clock::Running {
                        deadline: later(begin, p.length),
                    }
                };
                self.set_clock(clock, begin);
                fx.push(Effect::Cue(self.cue()));
            }
        }
    }

    /// Change the clock, settling active time (and task time) at `at`.
    fn set_clock(&mut self, clock: Clock, at: Instant) {
        match (self.clock == Clock::Waiting, clock == Clock::Waiting) {
            (true, false) => {
                if let Some(t) = self.task_since.take() {
                    self.task = self.task.saturating_add(at.saturating_duration_since(t));
                }
            }
            (false, true) => self.task_since = Some(at),
            _ => {}
        }
        let counts = |c: Clock| matches!(c, Clock::Running { .. } | Clock::Waiting);
        match (counts(self.clock), counts(clock)) {
            (true, false) => {
                if let Some(t) = self.active_since.take() {
                    self.active = self.active.saturating_add(at.saturating_duration_since(t));
                }
            }
            (false, true) => self.active_since = Some(at),
            (true, true) if self.active_since.is_none() => self.active_since = Some(at),
            _ => {}
        }
        self.clock = clock;
    }

    /// The running phase went from `before` left (at the last call) to what is left at
    /// `now`: the last whole second it crossed into, when that is one that ticks.
    fn tick_between(&self, before: Duration, now: Instant) -> Option<u32> {
        if !matches!(self.clock, Clock::Running { .. })
            || !self.phase().is_some_and(script::ticks_in)
        {
            return None;
        }
        let left = ceil_secs(self.remaining(now));
        let was = ceil_secs(before);
        let tick = u32::try_from(left).ok()?;
        // At the phase's first moment its own tone sounds, not a tick.
        (left < was
            && (1..=script::TICKS).contains(&tick)
            && Duration::from_secs(left) < self.length)
            .then_some(tick)
    }

    fn cue(&self) -> Cue {
        let said = script::said(&self.routine, &self.plan, self.at);
        let details = script::details(&self.routine, &self.plan, self.at);
        let tone = script::tone(self.phase());
        match self.phase() {
            None => Cue {
                text: self.label(false).to_string(),
                kind: CueKind::Done,
                said,
                details,
                tone,
            },
            Some(p) => Cue {
                text: self.label(true).to_string(),
                kind: match p.kind {
                    PhaseKind::Prepare => CueKind::GetReady,
                    PhaseKind::Hold { .. } => CueKind::Hold,
                    PhaseKind::Rest { .. } => CueKind::Rest,
                    PhaseKind::SwitchSides => CueKind::SwitchSides,
                    PhaseKind::Task => CueKind::Task,
                },
                said,
                details,
                tone,
            },
        }
    }

    fn redraw_if_changed(&mut self, now: Instant, fx: &mut Vec<Effect>, force: bool) {
        let state = match self.clock {
            Clock::Running { .. } => 0,
            Clock::Paused { .. } => 1,
            Clock::Waiting => 2,
            Clock::Over => 3,
        };
        let key = (self.at, state, ceil_secs(self.remaining(now)));
        let cue_or_end = fx
            .iter()
            .any(|e| matches!(e, Effect::Cue(_) | Effect::Finished(_)));
        if (force || cue_or_end || key != self.shown) && !fx.contains(&Effect::Redraw) {
            fx.push(Effect::Redraw);
        }
        self.shown = key;
    }

    fn elapsed_in_phase(&self, now: Instant) -> Duration {
        self.length.saturating_sub(self.remaining(now))
    }

    fn step_progress(&self, now: Instant) -> f64 {
        if self.ended.is_some() {
            return 1.0;
        }
        let Some(p) = self.plan.phases.get(self.at) else {
            return 1.0;
        };
        let step = p.step;
        let first = self.plan.first_phase_of_step(step);
        let before: Duration = self.plan.phases[first..self.at]
            .iter()
            .map(|q| q.length)
            .sum();
        let total = self
            .plan
            .step_length(step)
            .saturating_sub(p.length)
            .saturating_add(self.length);
        if total.is_zero() {
            return 0.0;
        }
        fraction(before + self.elapsed_in_phase(now), total)
    }

    fn routine_progress(&self, now: Instant) -> f64 {
        if self.ended.is_some() {
            return 1.0;
        }
        if self.plan.total.is_zero() {
            return fraction(
                Duration::from_secs(self.at as u64),
                Duration::from_secs(self.plan.phases.len() as u64),
            );
        }
        // Timed work done over timed work in all (added time counted on both sides), going
        // on linearly from where the gauge stood when time was last added.
        let total = self.plan.total.saturating_add(self.added);
        let (from, at) = self.progress_mark;
        let done = self.position(now).saturating_sub(at);
        (from + (1.0 - from) * fraction(done, total.saturating_sub(at))).clamp(0.0, 1.0)
    }

    /// Timed work done so far: the current phase's planned start, the time added before it,
    /// and the time elapsed in it.
    fn position(&self, now: Instant) -> Duration {
        let start = self
            .plan
            .phases
            .get(self.at)
            .map_or(self.plan.total, |p| p.start);
        start
            .saturating_add(self.added.saturating_sub(self.added_here))
            .saturating_add(self.elapsed_in_phase(now))
    }

    fn up_next(&self) -> Option<String> {
        let now = self.phase()?;
        let next = self.plan.phases.get(self.at + 1)?;
        Some(if next.step == now.step {
            self.labels.get(self.at + 1)?.clone()
        } else {
            self.words.steps.get(next.step)?.title.clone()
        })
    }
}

/// Holds and tasks are the substance of a step: skipping one makes the step count as skipped.
/// Skipping a lead-in, a rest or a side switch does not.
fn is_core(kind: PhaseKind) -> bool {
    matches!(kind, PhaseKind::Hold { .. } | PhaseKind::Task)
}

fn fraction(part: Duration, whole: Duration) -> f64 {
    if whole.is_zero() {
        return 0.0;
    }
    (part.as_secs_f64() / whole.as_secs_f64()).clamp(0.0, 1.0)
}

/// Whole seconds, rounded up: what a countdown shows for `d`.
fn ceil_secs(d: Duration) -> u64 {
    d.as_secs().saturating_add(u64::from(d.subsec_nanos() > 0))
}

impl Session {
    /// The current phase's label (`phase`: there is one), else "DONE": the words for a phase
    /// as shown on screen (what is spoken is [`script::said`]). The routine module owns them
    /// ([`Phase::label`]) so that `windown show` says the same.
    fn label(&self, phase: bool) -> &str {
        let done = self.labels.len().saturating_sub(1);
        let i = if phase { self.at.min(done) } else { done };
        self.labels.get(i).map_or("", String::as_str)
    }
}

#[cfg(test)]
#[path = "engine_tests.rs"]
mod tests;
