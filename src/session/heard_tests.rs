//! Every built-in text that is spoken, measured with the real espeak-ng (`espeak-ng -w`, the
//! WAV's length read from the file): no piece over [`LONGEST`] at the pace it is said (the
//! relief guide's slower), and what a timed phase says at its start fits the phase, so that a
//! get ready is over before the hold begins. Skipped with a printed reason without
//! espeak-ng, except under `CI=true`.

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use crate::config::Tuning;
use crate::cues::speech::{Speech, pieces};
use crate::relief::guide::steps_for;
use crate::routine::builtin;
use crate::routine::plan::Plan;

use crate::i18n::{LANGUAGES, Messages};
use crate::session::script::{self, caution, going_on, paused};

/// No piece of speech is longer than this.
const LONGEST: f64 = 8.0;

/// What starting the program costs each piece, over the audio (espeak-ng's start, measured
/// at about 0.05 s here; generous).
const START: f64 = 0.25;

fn espeak() -> Option<PathBuf> {
    match crate::paths::on_path("espeak-ng", std::env::var_os("PATH").as_deref()) {
        Some(p) => Some(p),
        None if std::env::var("CI").as_deref() == Ok("true") => {
            panic!("espeak-ng is required when CI=true")
        }
        None => {
            eprintln!("skipped: espeak-ng is not installed");
            None
        }
    }
}

/// Seconds of audio espeak-ng makes of each piece, at the normal or the slow pace.
struct Ear {
    dir: tempfile::TempDir,
    speech: Speech,
    heard: HashMap<(bool, String), f64>,
}

impl Ear {
    fn new() -> Ear {
        Ear::in_language(None)
    }

    /// Speaking `lang` (`espeak-ng -v <lang>`), or espeak-ng's own default voice.
    fn in_language(lang: Option<&str>) -> Ear {
        let tuning = Tuning {
            language: lang.map(String::from),
            ..Tuning::default()
        };
        Ear {
            dir: tempfile::tempdir().unwrap(),
            speech: Speech::known("espeak-ng", &tuning),
            heard: HashMap::new(),
        }
    }

    fn seconds(&mut self, piece: &str, slow: bool) -> f64 {
        if let Some(s) = self.heard.get(&(slow, piece.to_string())) {
            return *s;
        }
        let wav = self.dir.path().join("said.wav");
        let (mut argv, _) = if slow {
            self.speech.call_slow(piece)
        } else {
            self.speech.call(piece)
        };
        // `-w FILE` before the `--` that ends the options.
        let dashes = argv.len() - 2;
        argv.splice(
            dashes..dashes,
            ["-w".to_string(), wav.display().to_string()],
        );
        let ok = Command::new(&argv[0]).args(&argv[1..]).status().unwrap();
        assert!(ok.success(), "{argv:?}");
        let w = crate::cues::tones::read(&std::fs::read(&wav).unwrap()).unwrap();
        let s = w.samples.len() as f64 / f64::from(w.channels) / f64::from(w.rate);
        self.heard.insert((slow, piece.to_string()), s);
        s
    }

    /// The pieces of `text` that are too long, and the time all of it takes.
    fn say(&mut self, text: &str, slow: bool, long: &mut Vec<String>) -> f64 {
        let mut total = 0.0;
        for p in pieces(text) {
            let s = self.seconds(&p, slow);
            if s > LONGEST {
                long.push(format!("{s:.1} s: {p}"));
            }
            total += s + START;
        }
        total
    }
}

#[test]
fn every_built_in_utterance_is_short_and_fits_its_phase() {
    let Some(_) = espeak() else {
        return;
    };
    let mut ear = Ear::new();
    let mut long = Vec::new();
    let mut over = Vec::new();
    for b in builtin::ROUTINES {
        let r = b.load().unwrap();
        let plan = Plan::of(&r);
        for (i, line) in script::script(&r).iter().enumerate() {
            let said = ear.say(&line.said, false, &mut long);
            if let Some(d) = &line.details {
                ear.say(d, false, &mut long);
            }
            if let Some(p) = plan.phases.get(i)
                && p.kind == crate::routine::PhaseKind::Prepare
            {
                eprintln!(
                    "  {} get ready {said:.1} s of {} s: {}",
                    r.id,
                    p.length.as_secs(),
                    line.said
                );
            }
            if let Some(p) = plan.phases.get(i)
                && !p.is_task()
                && said > p.length.as_secs_f64()
            {
                over.push(format!(
                    "{} phase {i} ({:?}, {} s): {said:.1} s: {}",
                    r.id,
                    p.kind,
                    p.length.as_secs(),
                    line.said
                ));
            }
        }
    }
    for text in [
        caution(),
        paused(),
        going_on(),
        "Breathe in.",
        "Breathe out.",
        "3",
        "2",
        "1",
    ] {
        ear.say(text, false, &mut long);
    }
    // The relief guide, at its slower pace: each step's words fit the step's own time.
    for m in crate::history::Muscle::ALL {
        for seated in [false, true] {
            for s in steps_for(m, seated) {
                let said = ear.say(&s.say(), true, &mut long);
                if Duration::from_secs_f64(said) > s.wait {
                    over.push(format!("relief {}: {said:.1} s: {}", s.title(), s.say()));
                }
            }
        }
    }
    let en = Messages::builtin("en");
    for p in crate::relief::urgent_pieces_in(&en)
        .into_iter()
        .chain([en.tr("relief-urgent-now", &[])])
    {
        ear.say(&p, true, &mut long);
    }
    let mut all: Vec<_> = ear.heard.iter().collect();
    all.sort_by(|a, b| b.1.total_cmp(a.1));
    eprintln!("longest pieces:");
    for ((slow, p), s) in all.iter().take(5) {
        eprintln!("  {s:.2} s{}: {p}", if *slow { " (slow)" } else { "" });
    }
    assert!(
        long.is_empty(),
        "pieces over {LONGEST} s:\n{}",
        long.join("\n")
    );
    assert!(
        over.is_empty(),
        "speech longer than its phase:\n{}",
        over.join("\n")
    );
}

#[test]
fn every_language_is_said_by_its_own_voice_in_time() {
    // The cues and the built-in routines' words (content.ftl) of each language through
    // espeak-ng's voice for it: no piece over LONGEST, and what a timed phase says at its
    // start (a get ready above all) fits the phase.
    let Some(_) = espeak() else {
        return;
    };
    for lang in &LANGUAGES[1..] {
        let m = Messages::builtin(lang);
        let mut ear = Ear::in_language(Some(m.speech_lang()));
        assert!(
            ear.speech.argv.windows(2).any(|w| w == ["-v", *lang]),
            "{:?}",
            ear.speech.argv
        );
        let (mut long, mut over) = (Vec::new(), Vec::new());
        for b in builtin::ROUTINES {
            let r = b.load().unwrap();
            let plan = Plan::of(&r);
            for (i, line) in script::script_in(&m, &r).iter().enumerate() {
                let said = ear.say(&line.said, false, &mut long);
                if let Some(d) = &line.details {
                    ear.say(d, false, &mut long);
                }
                if let Some(p) = plan.phases.get(i)
                    && p.kind == crate::routine::PhaseKind::Prepare
                {
                    eprintln!(
                        "  {lang} {} get ready {said:.1} s of {} s: {}",
                        r.id,
                        p.length.as_secs(),
                        line.said
                    );
                }
                if let Some(p) = plan.phases.get(i)
                    && !p.is_task()
                    && said > p.length.as_secs_f64()
                {
                    over.push(format!(
                        "{lang} {} phase {i}: {said:.1} s: {}",
                        r.id, line.said
                    ));
                }
            }
        }
        for id in [
            "cue-caution",
            "cue-paused",
            "cue-going-on",
            "cue-breathe-in",
            "cue-breathe-out",
        ] {
            ear.say(&m.tr(id, &[]), false, &mut long);
        }
        // The relief guide's words, at its slower pace: each step's sentence fits the step.
        for mu in crate::history::Muscle::ALL {
            for seated in [false, true] {
                for s in steps_for(mu, seated) {
                    let said = ear.say(&s.say_in(&m), true, &mut long);
                    if Duration::from_secs_f64(said) > s.wait {
                        over.push(format!("{lang} relief {}: {said:.1} s", s.id));
                    }
                }
            }
        }
        for p in crate::relief::urgent_pieces_in(&m).into_iter().chain(
            ["relief-urgent-now", "relief-first-said"]
                .iter()
                .map(|id| m.tr(id, &[])),
        ) {
            ear.say(&p, true, &mut long);
        }
        if let Some(((slow, p), s)) = ear.heard.iter().max_by(|a, b| a.1.total_cmp(b.1)) {
            eprintln!(
                "{lang} longest: {s:.2} s{}: {p}",
                if *slow { " (slow)" } else { "" }
            );
        }
        assert!(
            long.is_empty(),
            "{lang}: pieces over {LONGEST} s:\n{}",
            long.join("\n")
        );
        assert!(
            over.is_empty(),
            "{lang}: longer than its phase:\n{}",
            over.join("\n")
        );
    }
}
