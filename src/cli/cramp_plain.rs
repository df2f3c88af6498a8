//! `windown cramp --plain`: the relief guide as lines, for screen readers and for tests. The
//! urgent-advice line comes first (one piece a line) and again after the last step; each step is one line (`2/6 Sit up (15s): ...`) and moves
//! on with Enter or by itself after its time; at the end it asks how bad it was (0-10, Enter
//! leaves it out) and records the cramp. Ctrl-C, a closed terminal or SIGTERM also record it.
//!
//! Each step is also said, calmly, by the speech program a session uses (`[voice]`; nothing
//! with speech off or `[cues] muted`), and what is said is printed on a line of its own
//! (`said: Sit on the edge of the bed.`). Once the cramp has lasted 10 minutes the urgent
//! line is printed and said again.
//!
//! Owns the line format and the wait loop (one channel: stdin lines and signals). The steps
//! and their times are [`crate::relief::guide`]'s.

use std::io::Write;
use std::process::ExitCode;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use crate::error::{CmdResult, Failure};
use crate::history::record::{Leg, Muscle, PAIN_MAX};
use crate::history::{self, CrampEntry, record};
use crate::paths::Dirs;
use crate::relief::guide::Guide;

/// What the plain guide waits for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Input {
    /// A line on stdin, without its newline.
    Line(String),
    /// Stdin is closed.
    Eof,
    /// SIGINT, SIGTERM, SIGHUP or SIGQUIT: record and end.
    Signal(i32),
}

/// How the guide went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Outcome {
    pub(crate) leg: Leg,
    pub(crate) muscle: Muscle,
    pub(crate) pain: Option<u8>,
    /// How long the cramp lasted, as the person said at the end (seconds).
    pub(crate) lasted: Option<u64>,
    /// From the start to the end (or the signal).
    pub(crate) took: Duration,
    /// A signal ended it (128 + the signal is the exit status).
    pub(crate) signal: Option<i32>,
}

/// `windown cramp --plain`.
pub(crate) fn run(dirs: &Dirs, leg: Option<Leg>, muscle: Option<Muscle>) -> CmdResult {
    let (tx, rx) = mpsc::channel();
    watch_signals(tx.clone())?;
    super::plain::read_stdin_into(tx, Input::Line, || Input::Eof);
    let at = record::whole_seconds(chrono::Local::now().fixed_offset());
    let stdout = std::io::stdout();
    // `balance = "poor"` leaves standing out; a broken config.toml is the defaults here.
    let seated =
        crate::config::Config::load_or_defaults(dirs).0.balance == crate::config::Balance::Poor;
    let config = crate::config::Config::load_or_defaults(dirs).0;
    let setup = crate::session::Setup::from_config(&config, std::env::var_os("PATH").as_deref());
    let mut cuer = crate::session::Cuer::new(&setup, crate::session::Bell::Off);
    let o = play(
        leg,
        muscle,
        seated,
        &rx,
        &mut stdout.lock(),
        &mut |t: &str| cuer.say_calmly(t),
    );
    // The last words still being said are given a moment; a problem is told once.
    if let Some(p) = cuer.settle(Duration::from_secs(2)) {
        crate::errln!("warning: {}", crate::diag::printable(&p));
    }
    let entry = CrampEntry {
        at,
        leg: o.leg,
        muscle: o.muscle,
        relief_seconds: Some(o.took.as_secs()),
        lasted_seconds: o.lasted,
        pain: o.pain,
        recorded: record::whole_seconds(chrono::Local::now().fixed_offset()),
    };
    history::record_cramp(dirs, &entry)?;
    // The terminal may be gone after SIGHUP: a failed write is no reason to fail.
    let _ = writeln!(
        stdout.lock(),
        "{}",
        crate::history::record::guide_recorded_line(
            &entry,
            history::NightRules::load(dirs).cramp_night(entry.at)
        )
    );
    Ok(match o.signal {
        Some(sig) => ExitCode::from(u8::try_from(128 + sig).unwrap_or(1)),
        None => ExitCode::SUCCESS,
    })
}

/// Run the guide on real time: ask what was not given, walk the steps (each said through
/// `say`), ask how bad it was. Output errors are ignored (a reader that went away must not
/// stop the record).
pub(crate) fn play(
    leg: Option<Leg>,
    muscle: Option<Muscle>,
    seated: bool,
    input: &Receiver<Input>,
    out: &mut dyn Write,
    say: &mut dyn FnMut(&str),
) -> Outcome {
    let start = Instant::now();
    let mut o = Outcome {
        leg: leg.unwrap_or_default(),
        muscle: muscle.unwrap_or_default(),
        pain: None,
        lasted: None,
        took: Duration::ZERO,
        signal: None,
    };
    let mut closed = false;
    // Wait for a line until `deadline` (forever when `None`).
    let wait = |deadline: Option<Instant>, closed: &mut bool| -> Option<Input> {
        if *closed {
            if let Some(d) = deadline {
                std::thread::sleep(d.saturating_duration_since(Instant::now()));
            }
            return None;
        }
        let got = match deadline {
            Some(d) => match input.recv_timeout(d.saturating_duration_since(Instant::now())) {
                Ok(i) => Some(i),
                Err(RecvTimeoutError::Timeout) => None,
                Err(RecvTimeoutError::Disconnected) => Some(Input::Eof),
            },
            None => Some(input.recv().unwrap_or(Input::Eof)),
        };
        if got == Some(Input::Eof) {
            *closed = true;
        }
        got
    };
    urgent(out);
    if leg.is_none() || muscle.is_none() {
        said(out, say, &crate::relief::first_said());
    }
    if leg.is_none() {
        let _ = writeln!(out, "{}", crate::t!("relief-plain-which-leg"));
        match wait(None, &mut closed) {
            Some(Input::Line(l)) if l.trim().starts_with(['r', 'R']) => o.leg = Leg::Right,
            Some(Input::Signal(s)) => return ended(o, start, s),
            _ => {}
        }
    }
    if muscle.is_none() {
        let _ = writeln!(out, "{}", crate::t!("relief-plain-which-muscle"));
        match wait(None, &mut closed) {
            Some(Input::Line(l)) if l.trim().starts_with(['b', 'B']) => {
                o.muscle = Muscle::BackThigh;
            }
            Some(Input::Line(l)) if l.trim().starts_with(['f', 'F']) => {
                o.muscle = Muscle::FrontThigh;
            }
            Some(Input::Line(l)) if l.trim().starts_with(['o', 'O']) => {
                o.muscle = Muscle::Foot;
            }
            Some(Input::Signal(s)) => return ended(o, start, s),
            _ => {}
        }
    }
    let _ = writeln!(
        out,
        "{}",
        crate::t!(
            "relief-plain-cramp",
            place = crate::relief::place(o.leg, o.muscle)
        )
    );
    let mut g = Guide::start(o.leg, o.muscle, seated, start, Instant::now());
    let n = g.steps().len();
    let mut shown = usize::MAX;
    let urgent_at = start + crate::relief::URGENT_AFTER;
    let mut urgent_said = false;
    while let Some(step) = g.current() {
        if shown != g.step {
            shown = g.step;
            let _ = writeln!(
                out,
                "{}/{n} {} ({}): {}",
                g.step + 1,
                step.title(),
                crate::duration::human(step.wait),
                step.detail()
            );
            let spoken = step.say();
            let _ = writeln!(
                out,
                "{}",
                crate::t!("relief-plain-said", text = spoken.as_str())
            );
            let _ = out.flush();
            say(&spoken);
        }
        if !urgent_said && Instant::now() >= urgent_at {
            urgent_said = true;
            let _ = writeln!(out, "{}", crate::relief::urgent_now_words());
            urgent(out);
            let _ = out.flush();
            say(&crate::relief::urgent_now_said());
        }
        let until = if urgent_said {
            g.deadline
        } else {
            g.deadline.min(urgent_at)
        };
        match wait(Some(until), &mut closed) {
            None | Some(Input::Eof) => {
                g.advance(Instant::now());
            }
            Some(Input::Line(_)) => g.next(Instant::now()),
            Some(Input::Signal(s)) => return ended(o, start, s),
        }
    }
    urgent(out);
    let _ = writeln!(out, "{}", crate::relief::is_it_a_cramp());
    for line in crate::relief::medicines().lines() {
        let _ = writeln!(out, "{line}");
    }
    said(out, say, &crate::relief::end_said());
    let _ = writeln!(out, "{}", crate::t!("relief-plain-pain", max = PAIN_MAX));
    let _ = out.flush();
    loop {
        match wait(None, &mut closed) {
            Some(Input::Line(l)) => match l.trim() {
                "" => break,
                t => match t.parse::<u8>() {
                    Ok(p) if p <= PAIN_MAX => {
                        o.pain = Some(p);
                        break;
                    }
                    _ => {
                        let _ = writeln!(
                            out,
                            "{}",
                            crate::t!("relief-plain-pain-again", max = PAIN_MAX)
                        );
                        let _ = out.flush();
                    }
                },
            },
            Some(Input::Signal(s)) => return ended(o, start, s),
            None | Some(Input::Eof) => break,
        }
    }
    // The time the guide was open is not the cramp's length: asked, and skippable.
    if !closed {
        let _ = writeln!(out, "{}", crate::relief::lasted_question());
        let _ = out.flush();
    }
    loop {
        match wait(None, &mut closed) {
            Some(Input::Line(l)) => match crate::relief::lasted_answer(&l) {
                Ok(lasted) => {
                    o.lasted = lasted;
                    // Over 10 minutes: the urgent line again, said, as when the guide is open
                    // that long.
                    if lasted.is_some_and(crate::relief::lasted_is_urgent) {
                        said(out, say, &crate::relief::urgent_now_said());
                    }
                    break;
                }
                Err(()) => {
                    let _ = writeln!(out, "{}", crate::t!("relief-plain-lasted-again"));
                    let _ = out.flush();
                }
            },
            Some(Input::Signal(s)) => return ended(o, start, s),
            None | Some(Input::Eof) => break,
        }
    }
    o.took = start.elapsed();
    o
}

/// Say `text` and print what is said on a line of its own (`said: …`).
fn said(out: &mut dyn Write, say: &mut dyn FnMut(&str), text: &str) {
    let _ = writeln!(out, "{}", crate::t!("relief-plain-said", text = text));
    let _ = out.flush();
    say(text);
}

/// The urgent line, one piece a line (a screen reader says each on its own).
fn urgent(out: &mut dyn Write) {
    for piece in crate::relief::urgent_pieces() {
        let _ = writeln!(out, "{piece}");
    }
}

fn ended(mut o: Outcome, start: Instant, sig: i32) -> Outcome {
    o.took = start.elapsed();
    o.signal = Some(sig);
    o
}

fn watch_signals(tx: Sender<Input>) -> Result<(), Failure> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    crate::signals::spawn("signals", &[SIGINT, SIGTERM, SIGHUP, SIGQUIT], move |sig| {
        tx.send(Input::Signal(sig)).is_ok()
    })
    .map_err(|e| Failure::new(format!("cannot watch for Ctrl-C: {e}")))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_with(lines: &[&str], leg: Option<Leg>, muscle: Option<Muscle>) -> (Outcome, String) {
        let (tx, rx) = mpsc::channel();
        for l in lines {
            tx.send(Input::Line((*l).to_string())).unwrap();
        }
        // Then the input ends (EOF): a question left is skipped.
        drop(tx);
        let mut out = Vec::new();
        let mut said = Vec::new();
        let o = play(leg, muscle, false, &rx, &mut out, &mut |t: &str| {
            said.push(t.to_string())
        });
        let text = String::from_utf8(out).unwrap();
        // Each step is said once, and the words said are printed.
        for s in &said {
            let line = crate::t!("relief-plain-said", text = s.as_str());
            assert!(text.contains(&format!("{line}\n")), "{s}");
        }
        (o, text)
    }

    #[test]
    fn one_enter_a_step_then_the_pain() {
        let (o, text) = run_with(&["r", "f", "", "", "", "", "", "7"], None, None);
        assert_eq!(
            (o.leg, o.muscle, o.pain),
            (Leg::Right, Muscle::FrontThigh, Some(7))
        );
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[..3], crate::relief::URGENT_PIECES);
        // The first screen is said too.
        assert_eq!(lines[3], format!("said: {}", crate::relief::first_said()));
        let lines = [&lines[..3], &lines[4..]].concat();
        assert_eq!(
            lines[5],
            "Cramp: right front of thigh. Enter moves on; each step also moves on by itself."
        );
        assert_eq!(
            lines[6],
            "1/5 Light on (10s): Turn a light on before you get up. Move slowly."
        );
        assert_eq!(lines[7], "said: Turn a light on before you get up.");
        assert!(lines[8].starts_with("2/5 On your side (40s): Stay in bed"));
        assert!(lines[12].starts_with("4/5 If steady (30s): Only if you feel steady"));
        // Said again after the last step, before "is it a cramp?".
        let again = text.find(&crate::relief::is_it_a_cramp()).unwrap();
        assert!(text[..again].ends_with(&format!("{}\n", crate::relief::URGENT_PIECES.join("\n"))));
        assert!(text.contains("How bad was it at worst, 0 to 10?"));
        // The last screen is said, and how long it lasted asked; EOF leaves it out.
        assert!(text.contains(&format!("said: {}\n", crate::relief::end_said())));
        assert!(text.contains(&crate::relief::lasted_question()));
        assert_eq!(o.lasted, None);
    }

    #[test]
    fn how_long_it_lasted_is_asked_at_the_end_and_can_be_left_out() {
        let steps = ["", "", "", "", "", ""];
        let with = |tail: &[&str]| {
            let lines: Vec<&str> = steps.iter().chain(tail).copied().collect();
            run_with(&lines, Some(Leg::Left), Some(Muscle::Calf))
        };
        let (o, text) = with(&["4", "2"]);
        assert_eq!((o.pain, o.lasted), (Some(4), Some(180)));
        assert!(!text.contains(&format!("said: {}", crate::relief::first_said())));
        assert!(!text.contains(&crate::relief::urgent_now_words()), "{text}");
        // "Over 10 minutes" or a time over 10 minutes: the urgent line after the answer.
        for over in ["4", "11m"] {
            let (_, text) = with(&["", over]);
            let answer = text.find(&crate::relief::lasted_question()).unwrap();
            let after = &text[answer..];
            assert!(
                after.contains(&crate::relief::urgent_now_words()),
                "{after}"
            );
            assert!(after.contains(crate::relief::URGENT_PIECES[2]), "{after}");
        }
        let (o, text) = with(&["", "later", "0s", "7m"]);
        assert_eq!((o.pain, o.lasted), (None, Some(420)));
        assert_eq!(
            text.matches("or Enter to leave it out\n").count(),
            2,
            "{text}"
        );
        let (o, _) = with(&["5", ""]);
        assert_eq!((o.pain, o.lasted), (Some(5), None));
    }

    #[test]
    fn given_leg_and_muscle_are_not_asked_and_a_bad_number_is_asked_again() {
        let (o, text) = run_with(
            &["", "", "", "", "", "", "11", "x", "3"],
            Some(Leg::Left),
            Some(Muscle::Calf),
        );
        assert_eq!(o.pain, Some(3));
        assert!(!text.contains("Which leg?"));
        assert_eq!(text.matches("A number from 0 to 10").count(), 2);
    }

    #[test]
    fn poor_balance_leaves_the_calf_standing_step_out() {
        let (tx, rx) = mpsc::channel();
        for l in ["", "", "", "", "", "2"] {
            tx.send(Input::Line(l.to_string())).unwrap();
        }
        drop(tx);
        let mut out = Vec::new();
        let o = play(
            Some(Leg::Left),
            Some(Muscle::Calf),
            true,
            &rx,
            &mut out,
            &mut |_: &str| {},
        );
        let text = String::from_utf8(out).unwrap();
        assert_eq!(o.pain, Some(2));
        assert!(text.contains("5/5 Warmth"), "{text}");
        assert!(!text.to_lowercase().contains("stand"), "{text}");
        assert!(text.to_lowercase().contains("pull your toes up"), "{text}");
        let (_, steady) = run_with(
            &["", "", "", "", "", "", "2"],
            Some(Leg::Left),
            Some(Muscle::Calf),
        );
        assert!(
            steady.contains("5/6 If steady (30s): Only if you feel steady"),
            "{steady}"
        );
    }

    #[test]
    fn a_signal_ends_it_with_what_is_known() {
        let (tx, rx) = mpsc::channel();
        tx.send(Input::Line(String::new())).unwrap();
        tx.send(Input::Signal(2)).unwrap();
        let mut out = Vec::new();
        let o = play(
            Some(Leg::Right),
            Some(Muscle::Calf),
            false,
            &rx,
            &mut out,
            &mut |_: &str| {},
        );
        assert_eq!((o.leg, o.signal, o.pain), (Leg::Right, Some(2), None));
    }

    /// Runs of two or more ASCII letters outside en-XA's brackets.
    fn plain_words(line: &str) -> Vec<String> {
        let mut runs = crate::i18n::plain_ascii_runs(line);
        runs.retain(|r| r.len() > 1);
        runs
    }

    #[test]
    fn in_the_test_language_every_line_of_the_guide_is_converted() {
        let xa: &'static crate::i18n::Messages =
            Box::leak(Box::new(crate::i18n::Messages::builtin("en-XA")));
        let (_, text) = crate::i18n::scoped(xa, || {
            run_with(
                &["r", "f", "", "", "", "", "", "x", "", "later", ""],
                None,
                None,
            )
        });
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            assert!(line.contains('['), "{line}");
            assert_eq!(plain_words(line), Vec::<String>::new(), "{line}");
        }
        // Every question and answer of ours was there.
        for id in [
            "relief-plain-which-leg",
            "relief-plain-which-muscle",
            "relief-plain-lasted-again",
        ] {
            assert!(text.contains(&xa.tr(id, &[])), "{id}:\n{text}");
        }
    }
}
