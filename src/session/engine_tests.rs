//! The session state machine with an injected clock.

use super::*;
use crate::routine::{Origin, Routine, RoutineKind, Sides, Step, StepKind, Target};
use crate::session::script::Tone;

fn secs(s: u64) -> Duration {
    Duration::from_secs(s)
}

fn timed(title: &str, sides: Sides, reps: u32) -> Step {
    Step {
        title: title.into(),
        instructions: vec!["Stand facing a wall.".into()],
        caution: None,
        targets: vec![Target::Calves],
        figure: None,
        kind: StepKind::Timed,
        duration: secs(10),
        reps,
        rest: secs(5),
        prepare: secs(3),
        sides,
        switch: secs(4),
        breathe: None,
        spoken: None,
        spoken_side: None,
        position: None,
    }
}

fn task(title: &str) -> Step {
    Step {
        kind: StepKind::Task,
        duration: Duration::ZERO,
        prepare: Duration::ZERO,
        rest: Duration::ZERO,
        reps: 1,
        ..timed(title, Sides::None, 1)
    }
}

fn routine(steps: Vec<Step>) -> Routine {
    Routine {
        id: crate::text::Id::new("test").unwrap(),
        title: "Test routine".into(),
        summary: None,
        notes: None,
        kind: RoutineKind::Stretch,
        steps,
        origin: Origin::BuiltIn,
        stretches_left_out: 0,
        lang: None,
    }
}

/// A clock: `at(2.5)` is 2.5 s after the start.
struct Clock0(Instant);
impl Clock0 {
    fn at(&self, s: f64) -> Instant {
        self.0 + Duration::from_secs_f64(s)
    }
}

fn clock() -> Clock0 {
    Clock0(Instant::now())
}

fn cues(fx: &[Effect]) -> Vec<String> {
    fx.iter()
        .filter_map(|e| match e {
            Effect::Cue(c) => Some(c.text.clone()),
            _ => None,
        })
        .collect()
}

fn finished(fx: &[Effect]) -> Option<Summary> {
    fx.iter().find_map(|e| match e {
        Effect::Finished(s) => Some(s.clone()),
        _ => None,
    })
}

/// Run to the end calling `advance` exactly at every deadline; the cue texts in order.
fn run_through(s: &mut Session, mut t: Instant) -> Vec<String> {
    let mut all = Vec::new();
    while let Some(d) = s.phase_deadline() {
        t = d.max(t);
        let fx = s.advance(t);
        assert_eq!(cues(&fx).len(), 1, "one cue per deadline: {fx:?}");
        all.extend(cues(&fx));
    }
    all
}

#[test]
fn start_cues_the_first_phase_and_asks_for_a_draw() {
    let c = clock();
    let (s, fx) = Session::start(
        routine(vec![timed("Wall calf stretch", Sides::None, 1)]),
        c.at(0.0),
    );
    assert_eq!(
        fx,
        vec![
            Effect::Cue(Cue {
                text: "GET READY".into(),
                kind: CueKind::GetReady,
                said: "Wall calf stretch.".into(),
                details: Some("Stand facing a wall.".into()),
                tone: Tone::Ready,
            }),
            Effect::Redraw
        ]
    );
    let v = s.view(c.at(0.0));
    assert_eq!(v.label, "GET READY");
    assert_eq!(v.remaining, secs(3));
    assert_eq!(v.phase_length, secs(3));
    assert_eq!((v.step_index, v.step_count), (0, 1));
    assert_eq!(v.step.title, "Wall calf stretch");
    assert_eq!(v.up_next.as_deref(), Some("HOLD"));
    assert!(!v.paused && !v.finished && !v.waiting_on_task);
}

#[test]
fn every_phase_kind_and_both_sides_one_cue_each_in_order() {
    let c = clock();
    let (mut s, fx) = Session::start(routine(vec![timed("Calf", Sides::Both, 2)]), c.at(0.0));
    let mut all = cues(&fx);
    all.extend(run_through(&mut s, c.at(0.0)));
    assert_eq!(
        all,
        [
            "GET READY",
            "HOLD - LEFT LEG",
            "REST",
            "HOLD - LEFT LEG",
            "SWITCH SIDES",
            "HOLD - RIGHT LEG",
            "REST",
            "HOLD - RIGHT LEG",
            "DONE"
        ]
    );
    assert!(s.is_finished());
}

#[test]
fn one_side_steps_name_their_side() {
    let c = clock();
    let (mut s, _) = Session::start(routine(vec![timed("Calf", Sides::Right, 1)]), c.at(0.0));
    s.advance(c.at(3.0));
    let v = s.view(c.at(3.0));
    assert_eq!(v.label, "HOLD - RIGHT LEG");
    assert_eq!(v.side, Some(Side::Right));
    assert_eq!(v.rep, Some((1, 1)));
}

#[test]
fn cue_kinds_follow_the_phases() {
    let c = clock();
    let (mut s, fx) = Session::start(
        routine(vec![timed("Calf", Sides::Both, 2), task("Screens off")]),
        c.at(0.0),
    );
    let kind = |fx: &[Effect]| {
        fx.iter().find_map(|e| match e {
            Effect::Cue(c) => Some(c.kind),
            _ => None,
        })
    };
    let mut kinds = vec![kind(&fx)];
    while let Some(d) = s.phase_deadline() {
        kinds.push(kind(&s.advance(d)));
    }
    kinds.push(kind(&s.control(Control::CompleteTask, c.at(100.0))));
    use CueKind::*;
    let want = [
        GetReady,
        Hold,
        Rest,
        Hold,
        SwitchSides,
        Hold,
        Rest,
        Hold,
        Task,
        Done,
    ];
    assert_eq!(kinds, want.map(Some));
}

#[test]
fn no_cue_between_deadlines_and_a_redraw_only_when_the_second_changes() {
    let c = clock();
    let (mut s, _) = Session::start(routine(vec![timed("Calf", Sides::None, 1)]), c.at(0.0));
    assert_eq!(s.advance(c.at(0.2)), vec![]);
    assert_eq!(s.advance(c.at(0.9)), vec![]);
    // 2 s left of a 3 s get ready: a new second, and one that ticks.
    assert_eq!(s.advance(c.at(1.0)), vec![Effect::Tick(2), Effect::Redraw]);
    assert_eq!(s.advance(c.at(1.5)), vec![]);
    assert_eq!(s.view(c.at(1.5)).remaining, secs(2));
}

#[test]
fn next_wake_is_the_next_whole_second_or_the_phase_end() {
    let c = clock();
    let (mut s, _) = Session::start(routine(vec![timed("Calf", Sides::None, 1)]), c.at(0.0));
    assert_eq!(s.next_wake(c.at(0.0)), Some(c.at(1.0)));
    assert_eq!(s.next_wake(c.at(0.3)), Some(c.at(1.0)));
    assert_eq!(s.next_wake(c.at(1.0)), Some(c.at(2.0)));
    assert_eq!(s.next_wake(c.at(2.7)), Some(c.at(3.0)));
    assert_eq!(s.phase_deadline(), Some(c.at(3.0)));
    s.control(Control::Pause, c.at(1.0));
    assert_eq!(s.next_wake(c.at(1.0)), None);
}

#[test]
fn pause_keeps_the_remaining_time_and_resume_counts_from_it() {
    let c = clock();
    let (mut s, _) = Session::start(routine(vec![timed("Calf", Sides::None, 1)]), c.at(0.0));
    s.advance(c.at(3.0)); // HOLD, 10 s
    let fx = s.control(Control::Pause, c.at(5.5));
    assert_eq!(fx, vec![Effect::Redraw]);
    assert!(s.view(c.at(5.5)).paused);
    // Long after the deadline would have passed: nothing happens, no stall.
    assert_eq!(s.advance(c.at(500.0)), vec![]);
    let v = s.view(c.at(500.0));
    assert_eq!(v.remaining_exact, Duration::from_secs_f64(7.5));
    assert_eq!(v.remaining, secs(8));
    assert_eq!(v.stalled, None);
    s.control(Control::Resume, c.at(600.0));
    assert_eq!(s.phase_deadline(), Some(c.at(607.5)));
    assert_eq!(cues(&s.advance(c.at(607.4))), Vec::<String>::new());
    assert_eq!(cues(&s.advance(c.at(607.5))), ["DONE"]);
    // Active time leaves the pause out: 3 + 2.5 + 7.5.
    assert_eq!(s.summary(c.at(700.0)).active, secs(13));
}

#[test]
fn toggle_pause_flips_and_pausing_twice_changes_nothing() {
    let c = clock();
    let (mut s, _) = Session::start(routine(vec![timed("Calf", Sides::None, 1)]), c.at(0.0));
    s.control(Control::TogglePause, c.at(1.0));
    assert!(s.is_paused());
    assert_eq!(s.control(Control::Pause, c.at(2.0)), vec![]);
    s.control(Control::TogglePause, c.at(3.0));
    assert!(!s.is_paused());
    assert_eq!(s.control(Control::Resume, c.at(3.0)), vec![]);
    assert_eq!(s.view(c.at(3.0)).remaining, secs(2));
}

#[test]
fn a_stall_past_several_deadlines_pauses_where_it_was_without_a_burst() {
    let c = clock();
    let (mut s, _) = Session::start(routine(vec![timed("Calf", Sides::Both, 3)]), c.at(0.0));
    s.advance(c.at(3.0)); // HOLD left 1, ends at 13
    s.advance(c.at(6.0)); // last call before the stall
    // The process was stopped for a minute: many deadlines went by.
    let fx = s.advance(c.at(66.0));
    assert_eq!(cues(&fx), Vec::<String>::new());
    assert_eq!(fx, vec![Effect::Redraw]);
    let v = s.view(c.at(66.0));
    assert!(v.paused);
    assert_eq!(v.label, "HOLD - LEFT LEG");
    assert_eq!(v.rep, Some((1, 3)));
    assert_eq!(v.remaining_exact, secs(7));
    assert_eq!(v.stalled, Some(secs(60)));
    // The stall is not active time.
    assert_eq!(s.summary(c.at(66.0)).active, secs(6));
    // Going on continues from there; the stall note clears.
    let fx = s.control(Control::Resume, c.at(70.0));
    assert_eq!(cues(&fx), Vec::<String>::new());
    assert_eq!(s.view(c.at(70.0)).stalled, None);
    assert_eq!(cues(&s.advance(c.at(77.0))), ["REST"]);
}

#[test]
fn a_stall_seen_first_by_a_control_also_pauses() {
    let c = clock();
    let (mut s, _) = Session::start(routine(vec![timed("Calf", Sides::None, 2)]), c.at(0.0));
    let fx = s.control(Control::SkipPhase, c.at(40.0));
    // The stall pauses at GET READY with 3 s left; the skip then moves on, once, still paused.
    assert_eq!(cues(&fx), ["HOLD"]);
    assert!(s.is_paused());
    assert_eq!(s.view(c.at(40.0)).remaining, secs(10));
    assert_eq!(s.view(c.at(40.0)).stalled, Some(secs(40)));
    // The next thing the person does clears the note.
    s.control(Control::AddTime(ADD_TIME), c.at(41.0));
    assert_eq!(s.view(c.at(41.0)).stalled, None);
}

#[test]
fn a_small_lateness_catches_up_with_one_cue_and_no_drift() {
    let c = clock();
    let mut step = timed("Quick", Sides::None, 4);
    step.duration = secs(1);
    step.rest = secs(1);
    step.prepare = secs(1);
    let (mut s, _) = Session::start(routine(vec![step]), c.at(0.0));
    // Phases: prepare 0-1, hold 1-2, rest 2-3, hold 3-4, rest 4-5, hold 5-6 ...
    let fx = s.advance(c.at(3.5));
    assert_eq!(cues(&fx), ["HOLD"]);
    assert_eq!(s.view(c.at(3.5)).rep, Some((2, 4)));
    // The landing phase keeps its planned deadline.
    assert_eq!(s.phase_deadline(), Some(c.at(4.0)));
    assert!(!s.is_paused());
}

#[test]
fn late_wakes_never_drift_over_a_long_routine() {
    let c = clock();
    let steps: Vec<Step> = (0..20)
        .map(|i| timed(&format!("S{i}"), Sides::Both, 3))
        .collect();
    let r = routine(steps);
    let plan = Plan::of(&r);
    let (mut s, _) = Session::start(r, c.at(0.0));
    let mut n = 1;
    while let Some(d) = s.phase_deadline() {
        // Every wake is 40 ms late.
        let fx = s.advance(d + Duration::from_millis(40));
        assert_eq!(cues(&fx).len(), 1);
        if let Some(p) = plan.phases.get(n) {
            assert_eq!(s.phase_deadline(), Some(c.0 + p.start + p.length));
        }
        n += 1;
    }
    assert_eq!(n, plan.phases.len() + 1);
    let sum = s.summary(c.at(10_000.0));
    assert_eq!(sum.active, plan.total);
}

#[test]
fn skip_phase_gives_one_cue_and_only_skipped_holds_skip_the_step() {
    let c = clock();
    let r = routine(vec![timed("A", Sides::None, 1), timed("B", Sides::None, 1)]);
    let (mut s, _) = Session::start(r, c.at(0.0));
    // Skip the get-ready of A: A still counts as done when its hold runs out.
    let fx = s.control(Control::SkipPhase, c.at(1.0));
    assert_eq!(cues(&fx), ["HOLD"]);
    assert!(fx.contains(&Effect::Redraw));
    assert_eq!(s.phase_deadline(), Some(c.at(11.0)));
    assert_eq!(cues(&s.advance(c.at(11.0))), ["GET READY"]);
    // Skip B's get-ready and its hold: B counts as skipped.
    assert_eq!(cues(&s.control(Control::SkipPhase, c.at(12.0))), ["HOLD"]);
    let fx = s.control(Control::SkipPhase, c.at(13.0));
    assert_eq!(cues(&fx), ["DONE"]);
    let sum = finished(&fx).unwrap();
    assert_eq!(
        (sum.steps_done, sum.steps_skipped, sum.steps_total),
        (1, 1, 2)
    );
    assert!(sum.finished);
    assert_eq!(sum.active, secs(13));
}

#[test]
fn skip_step_jumps_to_the_next_step_with_one_cue() {
    let c = clock();
    let r = routine(vec![timed("A", Sides::Both, 3), timed("B", Sides::None, 1)]);
    let (mut s, _) = Session::start(r, c.at(0.0));
    s.advance(c.at(3.0));
    let fx = s.control(Control::SkipStep, c.at(4.0));
    assert_eq!(cues(&fx), ["GET READY"]);
    let v = s.view(c.at(4.0));
    assert_eq!((v.step_index, v.step.title.as_str()), (1, "B"));
    assert_eq!(v.remaining, secs(3));
    let fx = s.control(Control::SkipStep, c.at(5.0));
    assert_eq!(cues(&fx), ["DONE"]);
    let sum = finished(&fx).unwrap();
    assert_eq!((sum.steps_done, sum.steps_skipped), (0, 2));
}

#[test]
fn back_goes_to_the_previous_step_which_stays_counted() {
    let c = clock();
    let r = routine(vec![timed("A", Sides::None, 1), timed("B", Sides::None, 1)]);
    let (mut s, _) = Session::start(r, c.at(0.0));
    s.advance(c.at(3.0));
    s.advance(c.at(13.0)); // A done, B get ready
    assert_eq!(s.summary(c.at(13.0)).steps_done, 1);
    let fx = s.control(Control::BackStep, c.at(14.0));
    assert_eq!(cues(&fx), ["GET READY"]);
    let v = s.view(c.at(14.0));
    assert_eq!((v.step_index, v.remaining), (0, secs(3)));
    // A finished step is not un-counted by going back to it.
    assert_eq!(s.summary(c.at(14.0)).steps_done, 1);
    // Back on the first step starts it over.
    s.advance(c.at(15.5));
    let fx = s.control(Control::BackStep, c.at(15.5));
    assert_eq!(cues(&fx), ["GET READY"]);
    assert_eq!(s.view(c.at(15.5)).step_index, 0);
    assert_eq!(s.phase_deadline(), Some(c.at(18.5)));
}

#[test]
fn restart_starts_the_step_over_and_a_skip_is_forgiven() {
    let c = clock();
    let r = routine(vec![timed("A", Sides::Left, 2)]);
    let (mut s, _) = Session::start(r, c.at(0.0));
    s.control(Control::SkipPhase, c.at(0.5)); // hold 1
    s.control(Control::SkipPhase, c.at(1.0)); // skipped a hold: rest
    let fx = s.control(Control::RestartStep, c.at(2.0));
    assert_eq!(cues(&fx), ["GET READY"]);
    let all = run_through(&mut s, c.at(2.0));
    assert_eq!(all, ["HOLD - LEFT LEG", "REST", "HOLD - LEFT LEG", "DONE"]);
    let sum = s.summary(c.at(100.0));
    assert_eq!((sum.steps_done, sum.steps_skipped), (1, 0));
}

#[test]
fn controls_while_paused_keep_the_session_paused() {
    let c = clock();
    let (mut s, _) = Session::start(routine(vec![timed("A", Sides::None, 2)]), c.at(0.0));
    s.control(Control::Pause, c.at(1.0));
    assert_eq!(cues(&s.control(Control::SkipPhase, c.at(2.0))), ["HOLD"]);
    assert!(s.is_paused());
    assert_eq!(s.view(c.at(9.0)).remaining, secs(10));
    s.control(Control::RestartStep, c.at(9.0));
    assert!(s.is_paused());
    assert_eq!(s.view(c.at(9.0)).label, "GET READY");
}

#[test]
fn add_time_lengthens_the_phase_running_or_paused_without_a_cue() {
    let c = clock();
    let (mut s, _) = Session::start(routine(vec![timed("A", Sides::None, 1)]), c.at(0.0));
    s.advance(c.at(3.0));
    let fx = s.control(Control::AddTime(ADD_TIME), c.at(5.0));
    assert_eq!(fx, vec![Effect::Redraw]);
    let v = s.view(c.at(5.0));
    assert_eq!((v.remaining, v.phase_length), (secs(18), secs(20)));
    assert!(
        (v.step_progress - 5.0 / 23.0).abs() < 1e-9,
        "{}",
        v.step_progress
    );
    assert_eq!(s.phase_deadline(), Some(c.at(23.0)));
    s.control(Control::Pause, c.at(6.0));
    s.control(Control::AddTime(ADD_TIME), c.at(7.0));
    assert_eq!(s.view(c.at(7.0)).remaining, secs(27));
    s.control(Control::Resume, c.at(8.0));
    assert_eq!(cues(&s.advance(c.at(34.9))), Vec::<String>::new());
    assert_eq!(cues(&s.advance(c.at(35.0))), ["DONE"]);
}

#[test]
fn a_task_waits_for_completion_without_a_deadline() {
    let c = clock();
    let r = routine(vec![task("Screens off"), timed("A", Sides::None, 1)]);
    let (mut s, fx) = Session::start(r, c.at(0.0));
    assert_eq!(cues(&fx), ["Screens off"]);
    let v = s.view(c.at(0.0));
    assert!(v.waiting_on_task);
    assert_eq!(
        (v.remaining, v.phase_length),
        (Duration::ZERO, Duration::ZERO)
    );
    assert_eq!(v.up_next.as_deref(), Some("A"));
    assert_eq!(s.next_wake(c.at(0.0)), None);
    assert_eq!(s.phase_deadline(), None);
    // Time passing is no stall while a task waits; pause and add-time do nothing.
    assert_eq!(s.advance(c.at(300.0)), vec![]);
    assert_eq!(s.control(Control::Pause, c.at(300.0)), vec![]);
    assert_eq!(s.control(Control::AddTime(ADD_TIME), c.at(300.0)), vec![]);
    let fx = s.control(Control::CompleteTask, c.at(400.0));
    assert_eq!(cues(&fx), ["GET READY"]);
    assert_eq!(s.phase_deadline(), Some(c.at(403.0)));
    assert_eq!(s.summary(c.at(400.0)).steps_done, 1);
    // CompleteTask outside a task does nothing.
    assert_eq!(s.control(Control::CompleteTask, c.at(400.0)), vec![]);
}

#[test]
fn skipping_a_task_counts_it_skipped() {
    let c = clock();
    let (mut s, _) = Session::start(routine(vec![task("Screens off")]), c.at(0.0));
    let fx = s.control(Control::SkipPhase, c.at(5.0));
    assert_eq!(cues(&fx), ["DONE"]);
    let sum = finished(&fx).unwrap();
    assert_eq!(
        (sum.steps_done, sum.steps_skipped, sum.finished),
        (0, 1, true)
    );
    assert_eq!(sum.active, secs(5));
}

#[test]
fn finishing_reports_once_and_then_nothing_moves() {
    let c = clock();
    let r = routine(vec![timed("A", Sides::None, 1), task("Lights out")]);
    let (mut s, _) = Session::start(r, c.at(0.0));
    s.advance(c.at(3.0));
    assert_eq!(cues(&s.advance(c.at(13.0))), ["Lights out"]);
    let fx = s.control(Control::CompleteTask, c.at(20.0));
    assert_eq!(cues(&fx), ["DONE"]);
    assert_eq!(
        finished(&fx),
        Some(Summary {
            routine_id: "test".into(),
            routine_title: "Test routine".into(),
            shown_title: "Test routine".into(),
            active: secs(20),
            task: secs(7),
            steps_done: 2,
            steps_skipped: 0,
            steps_total: 2,
            stretches_done: 1,
            stretches_left_out: 0,
            finished: true,
        })
    );
    let v = s.view(c.at(30.0));
    assert!(v.finished);
    assert_eq!(v.label, "DONE");
    assert_eq!(v.routine_progress, 1.0);
    assert_eq!(v.phase, None);
    assert_eq!(s.next_wake(c.at(30.0)), None);
    for ctl in [
        Control::SkipPhase,
        Control::BackStep,
        Control::Quit,
        Control::TogglePause,
        Control::AddTime(ADD_TIME),
    ] {
        assert_eq!(s.control(ctl, c.at(31.0)), vec![]);
    }
    assert_eq!(s.advance(c.at(40.0)), vec![]);
    assert_eq!(s.summary(c.at(99.0)).active, secs(20));
}

#[test]
fn quit_ends_without_a_cue_and_counts_what_was_done() {
    let c = clock();
    let r = routine(vec![timed("A", Sides::None, 1), timed("B", Sides::None, 1)]);
    let (mut s, _) = Session::start(r, c.at(0.0));
    s.advance(c.at(3.0));
    s.advance(c.at(13.0));
    let fx = s.control(Control::Quit, c.at(14.5));
    assert_eq!(cues(&fx), Vec::<String>::new());
    let sum = finished(&fx).unwrap();
    assert_eq!(
        (
            sum.steps_done,
            sum.steps_skipped,
            sum.steps_total,
            sum.finished
        ),
        (1, 0, 2, false)
    );
    assert_eq!(sum.active, Duration::from_secs_f64(14.5));
    assert!(s.is_finished());
}

#[test]
fn progress_final_seconds_and_up_next() {
    let c = clock();
    let r = routine(vec![timed("A", Sides::Both, 1), timed("B", Sides::None, 1)]);
    // A: prepare 3, hold L 10, switch 4, hold R 10 = 27; B: 3 + 10 = 13; total 40.
    let (mut s, _) = Session::start(r, c.at(0.0));
    s.advance(c.at(3.0));
    let v = s.view(c.at(8.0));
    assert_eq!(v.up_next.as_deref(), Some("SWITCH SIDES"));
    assert!((v.step_progress - 8.0 / 27.0).abs() < 1e-9);
    assert!((v.routine_progress - 8.0 / 40.0).abs() < 1e-9);
    assert!(!v.final_seconds);
    assert!(s.view(c.at(10.0)).final_seconds);
    assert!(s.view(c.at(12.9)).final_seconds);
    assert_eq!(s.view(c.at(12.9)).remaining, secs(1));
    s.advance(c.at(13.0));
    s.advance(c.at(17.0));
    assert_eq!(s.view(c.at(17.0)).up_next.as_deref(), Some("B"));
    s.advance(c.at(27.0));
    s.advance(c.at(30.0));
    assert_eq!(s.view(c.at(30.0)).up_next, None);
}

#[test]
fn labels_for_feet_other_targets_and_wind_down() {
    let c = clock();
    let mut feet = timed("Toe curls", Sides::Left, 1);
    feet.targets = vec![Target::Feet];
    feet.prepare = Duration::ZERO;
    let mut hips = timed("Hip opener", Sides::Right, 1);
    hips.targets = vec![Target::Hips, Target::Back];
    hips.prepare = Duration::ZERO;
    let (mut s, _) = Session::start(routine(vec![feet, hips]), c.at(0.0));
    assert_eq!(s.view(c.at(0.0)).label, "HOLD - LEFT FOOT");
    s.advance(c.at(10.0));
    assert_eq!(s.view(c.at(10.0)).label, "HOLD - RIGHT SIDE");

    let mut breathe = timed("Slow breathing", Sides::None, 1);
    breathe.prepare = Duration::ZERO;
    breathe.targets = vec![];
    let mut twist = timed("Lying twist", Sides::Both, 1);
    twist.prepare = Duration::ZERO;
    twist.targets = vec![Target::Back];
    let mut calf = timed("Wall calf stretch", Sides::Both, 1);
    calf.prepare = Duration::ZERO;
    calf.targets = vec![Target::Calves];
    let mut r = routine(vec![breathe, twist, calf, task("Lights out")]);
    r.kind = RoutineKind::WindDown;
    let (mut s, fx) = Session::start(r, c.at(0.0));
    let mut all = cues(&fx);
    all.extend(run_through(&mut s, c.at(0.0)));
    assert_eq!(
        all,
        [
            "Slow breathing",
            "Lying twist - LEFT SIDE",
            "SWITCH SIDES",
            "Lying twist - RIGHT SIDE",
            // A stretch names its limb in a wind-down as in the evening routine.
            "Wall calf stretch - LEFT LEG",
            "SWITCH SIDES",
            "Wall calf stretch - RIGHT LEG",
            "Lights out"
        ]
    );
}

#[test]
fn an_empty_routine_ends_at_once_without_panicking() {
    let c = clock();
    let (mut s, fx) = Session::start(routine(vec![]), c.at(0.0));
    assert_eq!(cues(&fx), ["DONE"]);
    assert!(finished(&fx).is_some());
    let v = s.view(c.at(1.0));
    assert!(v.finished);
    assert_eq!(v.step_count, 0);
    for ctl in [Control::BackStep, Control::RestartStep, Control::SkipStep] {
        assert_eq!(s.control(ctl, c.at(1.0)), vec![]);
    }
}

#[test]
fn a_stall_just_before_a_deadline_resumes_with_what_was_left() {
    let c = clock();
    let (mut s, _) = Session::start(routine(vec![timed("A", Sides::None, 1)]), c.at(0.0));
    // The last call came just before the end of GET READY.
    s.advance(c.at(2.999));
    let fx = s.advance(c.at(30.0));
    assert!(cues(&fx).is_empty());
    assert!(s.is_paused());
    let fx = s.control(Control::Resume, c.at(31.0));
    assert!(cues(&fx).is_empty());
    assert_eq!(
        s.phase_deadline(),
        Some(c.at(31.0) + Duration::from_millis(1))
    );
    assert_eq!(cues(&s.advance(c.at(31.5))), ["HOLD"]);
}

#[test]
fn huge_added_time_does_not_panic() {
    let c = clock();
    let (mut s, _) = Session::start(routine(vec![timed("A", Sides::None, 1)]), c.at(0.0));
    s.control(Control::AddTime(Duration::MAX), c.at(1.0));
    s.control(Control::Pause, c.at(2.0));
    s.control(Control::AddTime(Duration::MAX), c.at(3.0));
    let v = s.view(c.at(3.0));
    assert!(v.remaining >= secs(2));
    s.control(Control::Resume, c.at(4.0));
    s.advance(c.at(5.0));
    s.control(Control::SkipStep, c.at(6.0));
    assert!(s.is_finished());
}

#[test]
fn random_controls_and_clock_jumps_keep_the_invariants() {
    // A small deterministic generator: no dependency, same sequence every run.
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move |n: u64| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) % n
    };
    for round in 0..200 {
        let c = clock();
        let mut steps = vec![
            timed("A", Sides::Both, 2),
            task("T"),
            timed("B", Sides::Left, 3),
        ];
        if round % 3 == 0 {
            steps[0].prepare = Duration::ZERO;
            steps[2].rest = Duration::ZERO;
        }
        let total = steps.len() as u32;
        let (mut s, fx) = Session::start(routine(steps), c.at(0.0));
        let mut finishes = usize::from(finished(&fx).is_some());
        let mut t = 0.0;
        for _ in 0..60 {
            t += match next(10) {
                0 => 30.0, // a stall
                1..=3 => 0.0,
                _ => next(4000) as f64 / 1000.0,
            };
            let now = c.at(t);
            let fx = match next(12) {
                0 => s.control(Control::TogglePause, now),
                1 => s.control(Control::SkipPhase, now),
                2 => s.control(Control::SkipStep, now),
                3 => s.control(Control::BackStep, now),
                4 => s.control(Control::RestartStep, now),
                5 => s.control(Control::AddTime(ADD_TIME), now),
                6 => s.control(Control::CompleteTask, now),
                7 if next(5) == 0 => s.control(Control::Quit, now),
                _ => {
                    let fx = s.advance(now);
                    assert!(cues(&fx).len() <= 1, "{fx:?}");
                    fx
                }
            };
            assert!(cues(&fx).len() <= 2, "{fx:?}");
            finishes += fx
                .iter()
                .filter(|e| matches!(e, Effect::Finished(_)))
                .count();
            let v = s.view(now);
            assert!(v.remaining_exact <= v.phase_length || v.waiting_on_task || v.finished);
            assert!((0.0..=1.0).contains(&v.step_progress));
            assert!((0.0..=1.0).contains(&v.routine_progress));
            assert!(v.step_index < v.step_count);
            let sum = s.summary(now);
            assert!(sum.steps_done + sum.steps_skipped <= total);
            assert!(sum.active <= Duration::from_secs_f64(t) + Duration::from_millis(1));
            if let Some(w) = s.next_wake(now) {
                assert!(w >= now && w <= now + secs(1), "wake {w:?} now {now:?}");
            }
        }
        assert!(finishes <= 1, "round {round}: {finishes} finishes");
        assert_eq!(finishes == 1, s.is_finished());
    }
}

#[test]
fn routine_progress_never_goes_back_when_time_is_added() {
    let c = clock();
    let (mut s, _) = Session::start(
        routine(vec![
            timed("Calf", Sides::Both, 2),
            timed("Hamstring", Sides::None, 1),
        ]),
        c.at(0.0),
    );
    let mut last = 0.0;
    let mut t = 0.0;
    while !s.is_finished() && t < 200.0 {
        let before = s.view(c.at(t)).routine_progress;
        assert!(before >= last, "at {t}: {before} < {last}");
        if t.fract() == 0.0 && (t as u64) % 30 == 2 {
            s.control(Control::AddTime(ADD_TIME), c.at(t));
            let after = s.view(c.at(t)).routine_progress;
            assert!(after >= before, "AddTime at {t}: {after} < {before}");
        }
        last = s.view(c.at(t)).routine_progress;
        t += 0.5;
        s.advance(c.at(t));
    }
    assert!(s.is_finished());
    assert!(last > 0.95, "{last}");
}

#[test]
fn a_stop_seen_on_continue_pauses_at_the_last_call_without_catching_up() {
    let c = clock();
    let mut step = timed("Calf", Sides::None, 1);
    step.prepare = Duration::ZERO;
    let (mut s, _) = Session::start(routine(vec![step, task("Lights")]), c.at(0.0));
    s.advance(c.at(2.0));
    // Stopped somewhere after 2 s, continued at 12 s: past the hold's end, but it is not
    // over; it waits paused with the 8 s left at 2 s.
    let fx = s.stopped(c.at(12.0));
    assert_eq!(cues(&fx), Vec::<String>::new());
    let v = s.view(c.at(12.0));
    assert!(v.paused);
    assert_eq!(v.remaining, secs(8));
    assert_eq!(v.stalled, Some(secs(10)));
    assert_eq!(s.summary(c.at(12.0)).active, secs(2));
    s.control(Control::Resume, c.at(13.0));
    assert_eq!(s.view(c.at(13.0)).remaining, secs(8));
    // Not running (paused, a task): the same as advance.
    s.control(Control::Pause, c.at(14.0));
    assert_eq!(s.stopped(c.at(20.0)), vec![]);
    assert_eq!(s.view(c.at(20.0)).remaining, secs(7));
}

#[test]
fn the_last_three_seconds_of_a_hold_tick_once_each_and_plain_wakes_for_them() {
    let c = clock();
    // 3 s get ready, then a 10 s hold.
    let (mut s, _) = Session::start(routine(vec![timed("Calf", Sides::None, 1)]), c.at(0.0));
    let ticks = |fx: &[Effect]| -> Vec<u32> {
        fx.iter()
            .filter_map(|e| match e {
                Effect::Tick(n) => Some(*n),
                _ => None,
            })
            .collect()
    };
    // Get ready (3 s): ticks at 2 and 1 s left, not at its first moment.
    assert_eq!(s.next_sound(c.at(0.0)), Some(c.at(1.0)));
    assert_eq!(ticks(&s.advance(c.at(1.0))), [2]);
    assert_eq!(s.next_sound(c.at(1.0)), Some(c.at(2.0)));
    assert_eq!(ticks(&s.advance(c.at(2.0))), [1]);
    let fx = s.advance(c.at(3.0));
    assert_eq!(cues(&fx), ["HOLD"]);
    assert!(ticks(&fx).is_empty(), "the phase change is its own sound");
    assert_eq!(s.next_sound(c.at(3.0)), Some(c.at(10.0)));
    assert!(ticks(&s.advance(c.at(9.5))).is_empty());
    assert_eq!(ticks(&s.advance(c.at(10.0))), [3]);
    assert!(ticks(&s.advance(c.at(10.4))).is_empty(), "once per second");
    // Paused across a second: no tick; resumed, the next second ticks.
    s.control(Control::Pause, c.at(10.5));
    assert!(ticks(&s.advance(c.at(12.0))).is_empty());
    assert_eq!(s.next_sound(c.at(12.0)), None);
    s.control(Control::Resume, c.at(20.0));
    assert_eq!(ticks(&s.advance(c.at(20.5))), [2]);
}

#[test]
fn side_placeholders_are_filled_for_the_side_each_phase_is_about() {
    let c = clock();
    let mut step = timed("Calf", Sides::Both, 1);
    step.instructions = vec!["Step your {side} foot back, {other} forward.".into()];
    step.caution = Some("Mind your {side} knee.".into());
    let (mut s, _) = Session::start(routine(vec![step]), c.at(0.0));
    let text = |s: &Session, t| {
        let v = s.view(c.at(t));
        (v.instructions[0].clone(), v.caution.clone().unwrap())
    };
    // Get ready: the side it starts on.
    assert_eq!(
        text(&s, 0.0),
        (
            "Step your left foot back, right forward.".into(),
            "Mind your left knee.".into()
        )
    );
    s.advance(c.at(3.0));
    assert_eq!(text(&s, 3.0).0, "Step your left foot back, right forward.");
    // The switch: the side to come.
    s.advance(c.at(13.0));
    assert_eq!(text(&s, 13.0).0, "Step your right foot back, left forward.");
    s.advance(c.at(17.0));
    assert_eq!(text(&s, 17.0).1, "Mind your right knee.");
}

#[test]
fn a_breath_pacer_turns_in_and_out_through_a_hold_and_wakes_for_each_turn() {
    use crate::routine::{Breath, Breathe};
    let c = clock();
    let mut step = timed("Slow breathing", Sides::None, 1);
    step.prepare = Duration::ZERO;
    step.duration = secs(20);
    step.breathe = Some(Breathe {
        inhale: secs(4),
        exhale: secs(6),
    });
    let (mut s, _) = Session::start(routine(vec![step]), c.at(0.0));
    let breaths = |fx: &[Effect]| -> Vec<Breath> {
        fx.iter()
            .filter_map(|e| match e {
                Effect::Breath(b) => Some(*b),
                _ => None,
            })
            .collect()
    };
    let v = s.view(c.at(1.0));
    assert_eq!(v.breath, Some((Breath::In, 0.25)));
    assert_eq!(s.next_sound(c.at(1.0)), Some(c.at(4.0)));
    assert!(breaths(&s.advance(c.at(3.9))).is_empty());
    assert_eq!(breaths(&s.advance(c.at(4.0))), [Breath::Out]);
    assert_eq!(s.view(c.at(7.0)).breath, Some((Breath::Out, 0.5)));
    assert_eq!(s.next_wake(c.at(9.5)), Some(c.at(10.0)));
    assert_eq!(breaths(&s.advance(c.at(10.0))), [Breath::In]);
    // Paused: no turn, no wake-up.
    s.control(Control::Pause, c.at(11.0));
    assert_eq!(s.next_wake(c.at(11.0)), None);
    assert!(breaths(&s.advance(c.at(30.0))).is_empty());
}

#[test]
fn leaving_the_session_at_its_last_step_when_it_is_a_task_finishes_it() {
    let c = clock();
    let r = routine(vec![timed("Calf", Sides::None, 1), task("Into bed")]);
    let (mut s, _) = Session::start(r.clone(), c.at(0.0));
    let t = c.at(0.0);
    run_through(&mut s, t);
    assert!(s.view(c.at(13.0)).waiting_on_task);
    // Five minutes later the terminal is closed (or q pressed): the person went to bed.
    let fx = s.control(Control::Quit, c.at(313.0));
    let sum = finished(&fx).expect("recorded");
    assert!(sum.finished, "{sum:?}");
    assert_eq!((sum.steps_done, sum.steps_total), (2, 2));
    // Quitting at a task that is not the last one is a quit, as before.
    let (mut s, _) = Session::start(
        routine(vec![task("Lights down"), timed("Calf", Sides::None, 1)]),
        c.at(0.0),
    );
    let sum = finished(&s.control(Control::Quit, c.at(60.0))).unwrap();
    assert!(!sum.finished);
    assert_eq!(sum.steps_done, 0);
}

#[test]
fn time_waiting_on_tasks_is_counted_apart_from_timed_time() {
    let c = clock();
    let r = routine(vec![task("Something quiet"), timed("Calf", Sides::None, 1)]);
    let (mut s, _) = Session::start(r, c.at(0.0));
    // Forty minutes of something quiet, then the 13-second stretch.
    s.control(Control::CompleteTask, c.at(2400.0));
    let mut t = c.at(2400.0);
    while let Some(d) = s.phase_deadline() {
        t = d;
        s.advance(t);
    }
    let sum = s.summary(t);
    assert!(sum.finished);
    assert_eq!(sum.task, secs(2400));
    assert_eq!(sum.active, secs(2413));
    use chrono::TimeZone as _;
    let wall = chrono::FixedOffset::east_opt(0)
        .unwrap()
        .with_ymd_and_hms(2026, 11, 30, 21, 0, 0)
        .unwrap();
    let e = sum.history_entry(wall, wall);
    assert_eq!((e.active_seconds, e.task_seconds), (2413, Some(2400)));
    assert_eq!(e.timed_seconds(), 13);
}

#[test]
fn going_back_after_finishing_a_step_does_not_uncount_it() {
    let c = clock();
    let r = routine(vec![
        timed("Calf", Sides::None, 1),
        timed("Hamstring", Sides::None, 1),
    ]);
    let (mut s, _) = Session::start(r, c.at(0.0));
    // The calf runs out (3 s get ready, 10 s hold): done.
    s.advance(c.at(3.0));
    s.advance(c.at(13.0));
    assert_eq!(s.summary(c.at(13.0)).steps_done, 1);
    // p: back to the calf, then skip it: it was done once and stays done.
    s.control(Control::BackStep, c.at(14.0));
    assert_eq!(s.summary(c.at(14.0)).steps_done, 1);
    s.control(Control::SkipStep, c.at(15.0));
    let sum = s.summary(c.at(15.0));
    assert_eq!((sum.steps_done, sum.steps_skipped), (1, 0));
}
