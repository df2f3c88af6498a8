//! Plain mode: `windown run ROUTINE --plain` (also used when stdout is not a terminal). The
//! same session as the full screen, as one line per phase, for screen readers, for piping
//! into a speech program, and for tests.
//!
//! Owns the line format, the wait loop (one channel: stdin lines and signals; it sleeps until
//! the current phase's deadline and does nothing else), and the end of a plain session
//! (summary line, history record, exit code). The timing rules are the engine's.
//!
//! Every line is `TIME WORD SIDE REP LENGTH TEXT`, the first five fields single words
//! (`-` when empty), flushed as the phase begins:
//!
//! ```text
//! 0:00 READY - - 3s Wall calf stretch
//! 0:03 HOLD left 1/2 30s Wall calf stretch
//! 0:33 REST left 1/2 10s Wall calf stretch
//! 1:13 SWITCH - - 5s Wall calf stretch
//! 2:30 TASK - - - Screens off
//! 2:41 DONE - - - 2 of 2 steps done, 0 skipped
//! ```
//!
//! Lines that begin with two spaces are details: the routine's safety paragraph once before
//! the first phase, a step's instructions and caution as the step begins (at its get ready),
//! with `{side}` and `{other}` filled in, and what to press at a task.
//!
//! Stops: Ctrl-Z (SIGTSTP) is caught, so the session pauses exactly where it is before the
//! process stops itself. An uncatchable SIGSTOP is seen only afterwards, as a wake-up that
//! came late past a deadline (a stall, see the engine), or as SIGCONT: the session pauses
//! at the last moment it is known to have run (its last wake-up), and the note says how long
//! it was stopped at least (from the deadline it missed), or at most (from that last
//! wake-up) when no deadline was missed, since the true start of the stop is not known.

use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use crate::config::Config;
use crate::diag::printable;
use crate::duration::clock;
use crate::error::{CmdResult, Failure};
use crate::history;
use crate::paths::Dirs;
use crate::routine::{self, PhaseKind, Routine};

use crate::session::cue::{Bell, Cuer, Setup};
use crate::session::engine::{Control, Effect, Session, Summary};

/// How long the last cues (the final "All done.") may take before the process exits (it
/// exits as soon as they are over; the limit of a short piece of speech is about 8 s).
const SETTLE: Duration = Duration::from_secs(8);

/// A wake-up this late past its moment is taken as a sign that the process was stopped.
const LATE: Duration = Duration::from_millis(200);

/// Something the plain player waits for.
#[derive(Debug)]
pub(crate) enum Input {
    /// A line on stdin (its text does not matter).
    Line,
    /// Stdin is closed (or unreadable).
    Eof,
    /// SIGINT, SIGTERM, SIGHUP or SIGQUIT: end now.
    Signal(i32),
    /// SIGTSTP (Ctrl-Z): pause, then stop the process.
    Suspend,
    /// SIGCONT: the process went on after being stopped.
    Continue,
}

/// How a plain session ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Ending {
    /// The routine ran to its end (some steps may have been skipped).
    Finished(Summary),
    /// Stopped by a signal.
    Stopped(Summary, i32),
    /// Stdin closed while the session waited for a line (a task, or a pause after a stall).
    InputClosed(Summary),
    /// Stdout went away (the reading end of a pipe closed).
    OutputClosed(Summary),
}

impl Ending {
    pub(crate) fn summary(&self) -> &Summary {
        match self {
            Ending::Finished(s)
            | Ending::Stopped(s, _)
            | Ending::InputClosed(s)
            | Ending::OutputClosed(s) => s,
        }
    }

    /// 0 finished (or output closed), 1 stdin closed early, 128 + signal when stopped.
    pub(crate) fn exit_code(&self) -> u8 {
        match self {
            Ending::Finished(_) | Ending::OutputClosed(_) => 0,
            Ending::InputClosed(_) => 1,
            Ending::Stopped(_, sig) => u8::try_from(128 + sig).unwrap_or(1),
        }
    }
}

/// `windown run ROUTINE --plain`.
pub(crate) fn run(dirs: &Dirs, name: &str, mute: bool) -> CmdResult {
    let routine = routine::resolve(dirs, name)?;
    // A rest evening of the experiment: the wind-down without its stretches.
    let routine = crate::session::tonight::routine_tonight(
        dirs,
        routine,
        chrono::Local::now().fixed_offset(),
    );
    // A broken config.toml never stops a session: its mistakes on stderr, then the defaults.
    let (config, config_problems) = Config::load_or_defaults(dirs);
    Config::warn_problems(&config_problems);
    // The voice for the words: a routine file's `lang =`, else the language of speech.
    let lang = crate::session::script::speech_of(&routine).speech_lang();
    let setup = Setup::from_config_in(&config, std::env::var_os("PATH").as_deref(), lang);
    let mut cuer = Cuer::new(&setup, Bell::Stderr);
    if mute {
        cuer.set_muted(true);
    }
    let (tx, rx) = mpsc::channel();
    watch_signals(tx.clone())?;
    read_stdin(tx);
    let started = chrono::Local::now().fixed_offset();
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let bank_lines = !std::io::stdin().is_terminal();
    // A failed write ends the session quietly; whether it was an error is asked afterwards.
    let mut out = crate::error::Watched::new(stdout.lock());
    let ending = play(
        routine,
        &mut cuer,
        &rx,
        bank_lines,
        &mut out,
        &mut stderr.lock(),
    );
    let ended = chrono::Local::now().fixed_offset();
    cuer.settle(SETTLE);
    if let Err(e) = record(dirs, ending.summary(), started, ended) {
        crate::errln!(
            "warning: the session was not saved in your history: {}",
            printable(&e.to_string())
        );
    }
    out.result()?;
    Ok(ExitCode::from(ending.exit_code()))
}

/// Save the session in the history.
fn record(
    dirs: &Dirs,
    summary: &Summary,
    started: chrono::DateTime<chrono::FixedOffset>,
    ended: chrono::DateTime<chrono::FixedOffset>,
) -> Result<(), history::HistoryError> {
    history::record_session(dirs, &summary.history_entry(started, ended))
}

/// Run `routine` to its end on real time, printing to `out` and notes to `err`, taking lines
/// and signals from `input`. With `bank_lines` (stdin is a file or a pipe, not a person), a
/// line that arrives before a task is kept for the next task; otherwise it is ignored, so an
/// Enter pressed during a hold does not tick off a task that has not been shown yet.
pub(crate) fn play(
    routine: Routine,
    cuer: &mut Cuer,
    input: &Receiver<Input>,
    bank_lines: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Ending {
    let safety = crate::session::script::safety(&routine);
    let (session, fx) = Session::start(routine, Instant::now());
    let mut p = Player {
        session,
        cuer,
        out,
        err,
        stdin_open: true,
        input_gone: false,
        bank_lines,
        banked: 0,
        deadline_before: None,
        suspended: false,
    };
    let told = safety.iter().try_for_each(|l| writeln!(p.out, "  {l}"));
    if told.is_err() {
        return p.stop(Ending::OutputClosed);
    }
    if let Some(end) = p.apply(fx) {
        return end;
    }
    loop {
        while p.banked > 0 && p.session.is_waiting_on_task() {
            p.banked -= 1;
            let fx = p.session.control(Control::CompleteTask, Instant::now());
            if let Some(end) = p.apply(fx) {
                return end;
            }
        }
        let event = match p.session.next_sound(Instant::now()) {
            Some(deadline) => {
                let wait = deadline.saturating_duration_since(Instant::now());
                if p.input_gone {
                    std::thread::sleep(wait);
                    None
                } else {
                    match input.recv_timeout(wait) {
                        Ok(e) => Some(e),
                        // Woken well after the moment it slept for: the process was probably
                        // stopped, and the SIGCONT that says so is on its way. Take it first,
                        // so the session pauses where it was, not where this late wake-up is.
                        Err(RecvTimeoutError::Timeout)
                            if Instant::now().saturating_duration_since(deadline) > LATE =>
                        {
                            input.recv_timeout(LATE).ok()
                        }
                        Err(RecvTimeoutError::Timeout) => None,
                        Err(RecvTimeoutError::Disconnected) => {
                            p.input_gone = true;
                            Some(Input::Eof)
                        }
                    }
                }
            }
            None if p.stdin_open && !p.input_gone => Some(input.recv().unwrap_or_else(|_| {
                p.input_gone = true;
                Input::Eof
            })),
            None => Some(Input::Eof),
        };
        let now = Instant::now();
        p.deadline_before = p.session.phase_deadline();
        let fx = match event {
            None => p.session.advance(now),
            // Continued after a stop windown did not see coming (SIGSTOP): pause where it
            // last knew it was running. (After Ctrl-Z it is paused already.)
            // After our own Ctrl-Z the session is paused already, and the line that resumes it
            // may come before this signal does.
            Some(Input::Continue) if p.suspended => {
                p.suspended = false;
                Vec::new()
            }
            Some(Input::Continue) => p.session.stopped(now),
            Some(Input::Suspend) => {
                // Ctrl-Z: pause a running phase where it is, then stop the process. It goes
                // on at SIGCONT (`fg`), still paused until Enter.
                if p.session.phase_deadline().is_some() {
                    let fx = p.session.control(Control::Pause, now);
                    if let Some(end) = p.apply(fx) {
                        return end;
                    }
                    if p.session.is_paused() && p.write_suspended(now).is_err() {
                        return p.stop(Ending::OutputClosed);
                    }
                    if p.session.is_paused() {
                        p.cuer.say(crate::session::script::paused());
                    }
                }
                // Stopping cannot fail in a way worth telling: the session is paused anyway.
                p.suspended = true;
                let _ = signal_hook::low_level::raise(signal_hook::consts::SIGSTOP);
                Vec::new()
            }
            Some(Input::Line) if p.session.is_waiting_on_task() => {
                p.session.control(Control::CompleteTask, now)
            }
            Some(Input::Line) if p.session.is_paused() => {
                let fx = p.session.control(Control::Resume, now);
                if p.write_phase("RESUMED", now).is_err() {
                    return p.stop(Ending::OutputClosed);
                }
                p.cuer.say(crate::session::script::going_on());
                fx
            }
            Some(Input::Line) => {
                if p.bank_lines {
                    p.banked += 1;
                }
                p.session.advance(now)
            }
            Some(Input::Eof) => {
                p.stdin_open = false;
                if p.session.is_waiting_on_task() || p.session.is_paused() {
                    let _ = writeln!(
                        p.err,
                        "note: stdin is closed, so nothing can answer; the session ends here"
                    );
                    return p.stop(Ending::InputClosed);
                }
                p.session.advance(now)
            }
            Some(Input::Signal(sig)) => return p.stop(|s| Ending::Stopped(s, sig)),
        };
        if let Some(end) = p.apply(fx) {
            return end;
        }
    }
}

struct Player<'a> {
    session: Session,
    cuer: &'a mut Cuer,
    out: &'a mut dyn Write,
    err: &'a mut dyn Write,
    stdin_open: bool,
    /// Nothing can send anymore (no stdin reader, no signal watcher): sleep instead of waiting.
    input_gone: bool,
    bank_lines: bool,
    /// Lines that came before the task they answer.
    banked: u32,
    /// The phase deadline before the latest event: a stall is at least this late.
    deadline_before: Option<Instant>,
    /// Stopped by our own Ctrl-Z handling; the SIGCONT that follows is expected.
    suspended: bool,
}

impl Player<'_> {
    /// Carry out the engine's effects; `Some` when the session is over.
    fn apply(&mut self, fx: Vec<Effect>) -> Option<Ending> {
        let now = Instant::now();
        let mut stalled = false;
        for e in fx {
            match e {
                Effect::Cue(c) => {
                    self.cuer.cue(&c);
                    if self.session.is_finished() {
                        continue; // the summary line below stands for DONE
                    }
                    if self.write_phase_start(now).is_err() {
                        return Some(self.stop(Ending::OutputClosed));
                    }
                }
                Effect::Finished(summary) => {
                    let _ = self.write_end("DONE", &summary);
                    return Some(Ending::Finished(summary));
                }
                Effect::Tick(left) => self.cuer.tick(left),
                Effect::Breath(b) => self.cuer.breath(b),
                Effect::Redraw => stalled |= self.session.view(now).stalled.is_some(),
            }
        }
        if let Some(p) = self.cuer.take_problem() {
            let _ = writeln!(self.err, "warning: {}", printable(&p));
        }
        if stalled && self.session.is_paused() {
            // When the stop began is not known: at least since the deadline that went by
            // unseen, at most since the last wake-up.
            let late = self
                .deadline_before
                .map_or(Duration::ZERO, |d| now.saturating_duration_since(d));
            let most = self.session.view(now).stalled.unwrap_or_default();
            let stopped = if late >= Duration::from_secs(1) {
                crate::t!("routine-plain-stopped-at-least", time = clock(late))
            } else {
                crate::t!("routine-plain-stopped-up-to", time = clock(most))
            };
            let r = self.write_phase("PAUSED", now).and_then(|()| {
                writeln!(self.out, "  {stopped}")?;
                self.out.flush()
            });
            if r.is_err() {
                return Some(self.stop(Ending::OutputClosed));
            }
        }
        None
    }

    /// The PAUSED line and its note before the process stops for Ctrl-Z.
    fn write_suspended(&mut self, now: Instant) -> std::io::Result<()> {
        self.write_phase("PAUSED", now)?;
        writeln!(self.out, "  {}", crate::t!("routine-plain-suspended"))?;
        self.out.flush()
    }

    /// Quit the session and build the ending (with the STOPPED line when output still works).
    fn stop(&mut self, ending: impl FnOnce(Summary) -> Ending) -> Ending {
        let now = Instant::now();
        let summary = self
            .session
            .control(Control::Quit, now)
            .into_iter()
            .find_map(|e| match e {
                Effect::Finished(s) => Some(s),
                _ => None,
            })
            .unwrap_or_else(|| self.session.summary(now));
        let end = ending(summary);
        if !matches!(end, Ending::OutputClosed(_)) {
            // Left at a last step that is a task: finished (the engine's rule).
            let word = if end.summary().finished {
                "DONE"
            } else {
                "STOPPED"
            };
            let _ = self.write_end(word, end.summary());
        }
        end
    }

    /// The line for a phase that just began, and a task's details.
    fn write_phase_start(&mut self, now: Instant) -> std::io::Result<()> {
        let word = match self.session.phase().map(|p| p.kind) {
            Some(PhaseKind::Prepare) => "READY",
            Some(PhaseKind::Hold { .. }) => "HOLD",
            Some(PhaseKind::Rest { .. }) => "REST",
            Some(PhaseKind::SwitchSides) => "SWITCH",
            Some(PhaseKind::Task) | None => "TASK",
        };
        self.write_phase(word, now)?;
        let first_of_step = self.session.phase().is_some_and(|p| {
            self.session.plan().first_phase_of_step(p.step) == self.session.view(now).phase_index
        });
        if self.session.is_waiting_on_task() || first_of_step {
            let v = self.session.view(now);
            // Each line of an instruction is a detail line of its own.
            for line in v
                .instructions
                .iter()
                .flat_map(|i| crate::session::text_lines(i))
            {
                writeln!(self.out, "  {line}")?;
            }
            if let Some(c) = &v.caution {
                let label = crate::t!("tui-session-caution");
                for (n, line) in crate::session::text_lines(c).iter().enumerate() {
                    if n == 0 {
                        writeln!(self.out, "  {label} {line}")?;
                    } else {
                        writeln!(self.out, "  {line}")?;
                    }
                }
            }
            if self.session.is_waiting_on_task() {
                writeln!(self.out, "  {}", crate::t!("routine-plain-press-enter"))?;
            }
            self.out.flush()?;
        }
        Ok(())
    }

    /// `TIME WORD SIDE REP LENGTH TITLE` for the current phase.
    fn write_phase(&mut self, word: &str, now: Instant) -> std::io::Result<()> {
        let v = self.session.view(now);
        let side = v.side.map_or("-", |s| s.as_str());
        let rep = v
            .rep
            .map_or_else(|| "-".to_string(), |(r, n)| format!("{r}/{n}"));
        let length = if v.waiting_on_task {
            "-".to_string()
        } else if word == "PAUSED" || word == "RESUMED" {
            format!("{}s", v.remaining.as_secs())
        } else {
            format!("{}s", v.phase_length.as_secs())
        };
        let at = clock(self.session.phase_began(now));
        writeln!(
            self.out,
            "{at} {word} {side} {rep} {length} {}",
            printable(v.step_title)
        )?;
        self.out.flush()
    }

    fn write_end(&mut self, word: &str, s: &Summary) -> std::io::Result<()> {
        writeln!(
            self.out,
            "{} {word} - - - {}",
            clock(s.active),
            crate::t!(
                "routine-plain-end",
                done = s.steps_done,
                total = s.steps_total,
                skipped = s.steps_skipped
            )
        )?;
        self.out.flush()
    }
}

/// Stdin lines into the channel, then `Eof`.
fn read_stdin(tx: Sender<Input>) {
    read_stdin_into(tx, |_| Input::Line, || Input::Eof);
}

/// Stdin lines into the channel on a thread of their own, each (without its line end) made a
/// message by `line`, then `eof()` when stdin closes or cannot be read. Shared by the plain
/// players (a session here, the relief guide in [`super::cramp_plain`]).
pub(crate) fn read_stdin_into<T: Send + 'static>(
    tx: Sender<T>,
    line: fn(String) -> T,
    eof: fn() -> T,
) {
    let fallback = tx.clone();
    let spawned = std::thread::Builder::new()
        .name("stdin".into())
        .spawn(move || {
            let stdin = std::io::stdin();
            let mut lock = stdin.lock();
            let mut buf = Vec::new();
            loop {
                buf.clear();
                match lock.read_until(b'\n', &mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(_) => {
                        let text = String::from_utf8_lossy(&buf).trim_end().to_string();
                        if tx.send(line(text)).is_err() {
                            return;
                        }
                    }
                }
            }
            let _ = tx.send(eof());
        });
    if spawned.is_err() {
        // Without a reader nothing can answer: as if stdin were closed.
        let _ = fallback.send(eof());
    }
}

/// SIGINT, SIGTERM, SIGHUP and SIGQUIT into the channel: the session ends with its summary
/// line and is recorded. SIGTSTP and SIGCONT too: see the module docs on stops.
fn watch_signals(tx: Sender<Input>) -> Result<(), Failure> {
    use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
    let wanted = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT];
    crate::signals::spawn("signals", &wanted, move |sig| {
        let input = match sig {
            SIGTSTP => Input::Suspend,
            SIGCONT => Input::Continue,
            other => Input::Signal(other),
        };
        tx.send(input).is_ok()
    })
    .map_err(|e| Failure::new(format!("cannot watch for Ctrl-C: {e}")))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routine::{Sides, Step, StepKind, Target};

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
    }

    fn step(title: &str, sides: Sides) -> Step {
        Step {
            title: title.into(),
            instructions: vec!["Lean in.".into()],
            caution: None,
            targets: vec![Target::Calves],
            figure: None,
            kind: StepKind::Timed,
            duration: ms(1000),
            reps: 2,
            rest: ms(1000),
            prepare: ms(1000),
            sides,
            switch: ms(1000),
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
            instructions: vec!["Phone in the other room.\nCharger\ttoo.".into()],
            reps: 1,
            ..step(title, Sides::None)
        }
    }

    fn routine(steps: Vec<Step>) -> Routine {
        Routine::of_steps(steps)
    }

    fn quiet() -> Cuer {
        Cuer::new(&Setup::silent(), Bell::Off)
    }

    fn play_with(r: Routine, input: &Receiver<Input>) -> (Ending, String, String) {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let end = play(r, &mut quiet(), input, true, &mut out, &mut err);
        (
            end,
            String::from_utf8(out).unwrap(),
            String::from_utf8(err).unwrap(),
        )
    }

    #[test]
    fn details_at_each_step_with_sides_filled_in_and_the_safety_text_first() {
        let mut s = step("Calf", Sides::Both);
        s.duration = ms(50);
        s.rest = ms(50);
        s.prepare = ms(50);
        s.switch = ms(50);
        s.reps = 1;
        s.instructions = vec!["Step your {side} foot back.".into()];
        s.caution = Some("Hold on.".into());
        let mut r = routine(vec![s]);
        r.notes = Some("Why.\n\nSafety: stop if it hurts.\n".into());
        let (_tx, rx) = mpsc::channel();
        let (_, out, _) = play_with(r, &rx);
        assert_eq!(
            out,
            "  Safety: stop if it hurts.\n\
             0:00 READY - - 0s Calf\n  Step your left foot back.\n  Caution: Hold on.\n\
             0:00 HOLD left 1/1 0s Calf\n\
             0:00 SWITCH - - 0s Calf\n\
             0:00 HOLD right 1/1 0s Calf\n\
             0:00 DONE - - - 1 of 1 steps done, 0 skipped\n"
        );
    }

    #[test]
    fn one_line_per_phase_then_done() {
        let mut s = step("Calf", Sides::Left);
        s.duration = ms(200);
        s.rest = ms(100);
        s.prepare = ms(100);
        let (_tx, rx) = mpsc::channel();
        let t = Instant::now();
        let (end, out, err) = play_with(routine(vec![s]), &rx);
        assert!(t.elapsed() >= ms(600));
        assert_eq!(
            out,
            "0:00 READY - - 0s Calf\n  Lean in.\n\
             0:00 HOLD left 1/2 0s Calf\n\
             0:00 REST left 1/2 0s Calf\n\
             0:00 HOLD left 2/2 0s Calf\n\
             0:00 DONE - - - 1 of 1 steps done, 0 skipped\n"
        );
        assert_eq!(err, "");
        assert_eq!(end.exit_code(), 0);
        assert!(matches!(end, Ending::Finished(_)));
    }

    #[test]
    fn a_task_waits_for_a_line() {
        let (tx, rx) = mpsc::channel();
        let feeder = std::thread::spawn(move || {
            std::thread::sleep(ms(300));
            tx.send(Input::Line).unwrap();
            tx
        });
        let t = Instant::now();
        let (end, out, _) = play_with(routine(vec![task("Screens off")]), &rx);
        assert!(t.elapsed() >= ms(300));
        drop(feeder.join());
        assert_eq!(
            out,
            "0:00 TASK - - - Screens off\n  Phone in the other room.\n  Charger    too.\n  press Enter when done\n\
             0:00 DONE - - - 1 of 1 steps done, 0 skipped\n"
        );
        assert_eq!(end.summary().steps_done, 1);
    }

    #[test]
    fn stdin_closed_at_a_task_ends_with_a_note() {
        let (tx, rx) = mpsc::channel();
        tx.send(Input::Eof).unwrap();
        let (end, out, err) = play_with(routine(vec![task("Screens off"), task("Into bed")]), &rx);
        assert!(
            out.ends_with("0:00 STOPPED - - - 0 of 2 steps done, 0 skipped\n"),
            "{out}"
        );
        assert_eq!(
            err,
            "note: stdin is closed, so nothing can answer; the session ends here\n"
        );
        assert_eq!(end.exit_code(), 1);
    }

    #[test]
    fn stopped_at_a_last_step_that_is_a_task_is_done() {
        let (tx, rx) = mpsc::channel();
        tx.send(Input::Eof).unwrap();
        // Its one step is a task, so it is the last: the session counts as finished.
        let (end, out, _) = play_with(routine(vec![task("Into bed")]), &rx);
        assert!(
            out.ends_with("0:00 DONE - - - 1 of 1 steps done, 0 skipped\n"),
            "{out}"
        );
        assert!(end.summary().finished);
    }

    #[test]
    fn a_signal_stops_with_a_summary_line() {
        let (tx, rx) = mpsc::channel();
        let feeder = std::thread::spawn(move || {
            std::thread::sleep(ms(150));
            tx.send(Input::Signal(2)).unwrap();
            tx
        });
        let (end, out, _) = play_with(routine(vec![step("Calf", Sides::Both)]), &rx);
        drop(feeder.join());
        assert_eq!(
            out,
            "0:00 READY - - 1s Calf\n  Lean in.\n0:00 STOPPED - - - 0 of 1 steps done, 0 skipped\n"
        );
        assert_eq!(end.exit_code(), 130);
        assert!(!end.summary().finished);
    }

    #[test]
    fn a_closed_output_ends_quietly() {
        struct Closed;
        impl Write for Closed {
            fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
                Err(std::io::ErrorKind::BrokenPipe.into())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let (_tx, rx) = mpsc::channel();
        let mut err = Vec::new();
        let end = play(
            routine(vec![step("Calf", Sides::None)]),
            &mut quiet(),
            &rx,
            false,
            &mut Closed,
            &mut err,
        );
        assert!(matches!(end, Ending::OutputClosed(_)));
        assert!(err.is_empty());
    }

    #[test]
    fn lines_that_come_early_answer_the_next_tasks() {
        let (tx, rx) = mpsc::channel();
        tx.send(Input::Line).unwrap();
        tx.send(Input::Line).unwrap();
        tx.send(Input::Eof).unwrap();
        let mut s = step("Calf", Sides::None);
        s.prepare = Duration::ZERO;
        s.reps = 1;
        s.duration = ms(100);
        let (end, out, err) = play_with(
            routine(vec![s, task("Lights down"), task("Screens off")]),
            &rx,
        );
        assert_eq!(err, "");
        assert_eq!(end.summary().steps_done, 3, "{out}");
        assert_eq!(end.exit_code(), 0);
        let words: Vec<&str> = out
            .lines()
            .filter(|l| !l.starts_with(' '))
            .map(|l| l.split(' ').nth(1).unwrap())
            .collect();
        assert_eq!(words, ["HOLD", "TASK", "TASK", "DONE"]);
    }

    #[test]
    fn a_channel_with_no_senders_still_keeps_time() {
        let rx = mpsc::channel::<Input>().1;
        let mut s = step("Calf", Sides::None);
        s.prepare = Duration::ZERO;
        s.reps = 1;
        s.duration = ms(300);
        let t = Instant::now();
        let (end, out, _) = play_with(routine(vec![s]), &rx);
        assert!(t.elapsed() >= ms(300));
        assert!(matches!(end, Ending::Finished(_)), "{out}");
    }
}
