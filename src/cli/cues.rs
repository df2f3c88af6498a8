//! `windown cues check`: plays one of each sound, says a sample sentence, and prints what it
//! found ("speech: espeak-ng · sounds: pw-play · bell: on"), or what to install when nothing
//! is found. Uses the same settings and the same search as a session (`Setup::from_config`).

use std::process::ExitCode;
use std::time::Duration;

use crate::config::Config;
use crate::cues::tones::Tone;
use crate::error::{CmdResult, Failure};
use crate::paths::Dirs;
use crate::session::{Bell, Cuer, Setup};
use crate::{errln, outln, t};

/// What is played, in order (with the `$tone` of `cli-cues-sound-name`), with the pause after
/// each.
const PLAYED: &[(Tone, &str, u64)] = &[
    (Tone::Ready, "ready", 700),
    (Tone::Hold, "hold", 800),
    (Tone::Tick, "tick", 300),
    (Tone::Tick, "tick", 300),
    (Tone::Tick, "tick", 700),
    (Tone::Rest, "rest", 800),
    (Tone::Switch, "switch", 900),
    (Tone::Done, "done", 1000),
];

/// `windown cues check`.
pub(crate) fn check(dirs: &Dirs) -> CmdResult {
    let config = Config::load(dirs).map_err(Failure::from)?;
    let setup = Setup::from_config(&config, std::env::var_os("PATH").as_deref());
    let unicode = crate::locale::is_utf8(|k| std::env::var(k).ok());
    outln!("{}", setup.describe(if unicode { " · " } else { " | " }))?;
    if setup.speech.is_none() && !setup.speech_off {
        outln!("  {}", t!("cli-cues-get-speech"))?;
    }
    if setup.player.is_none() && !setup.sounds_off {
        outln!("  {}", t!("cli-cues-get-player"))?;
    }
    let mut cuer = Cuer::new(
        &Setup {
            muted: false,
            ..setup.clone()
        },
        Bell::Stderr,
    );
    for (tone, name, pause) in PLAYED {
        let heard = cuer.sound(*tone);
        let name = t!("cli-cues-sound-name", tone = *name);
        if heard {
            outln!("{}", t!("cli-cues-sound", name = name))?;
        } else {
            outln!("{}", t!("cli-cues-sound-unheard", name = name))?;
        }
        std::thread::sleep(Duration::from_millis(*pause));
    }
    if setup.speech.is_some() {
        // In the language speech uses, which the voice was chosen for.
        let sample = crate::i18n::speech().tr("cli-cues-sample", &[]);
        outln!("{}", t!("cli-cues-saying", text = sample.as_str()))?;
        cuer.say(&sample);
    }
    // Give the sentence time to be said, then stop whatever still runs.
    let problem = cuer.settle(Duration::from_secs(8));
    match problem {
        Some(p) => {
            errln!("warning: {}", crate::diag::printable(&p));
            Ok(ExitCode::from(1))
        }
        None => Ok(ExitCode::SUCCESS),
    }
}
