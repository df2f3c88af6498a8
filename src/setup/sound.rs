//! The sound check played: a tone, then [`super::sound_said`], with speech and tones on and
//! nothing muted whatever config.toml says (the check is whether they work). The one side
//! effect of the setup, run by `windown setup --plain` itself and by the app's worker thread
//! for the setup screen, so both check the same thing and give the same advice.

use std::time::Duration;

use super::Used;
use crate::config::Config;
use crate::cues::tones::Tone;
use crate::paths::Dirs;
use crate::session::{Bell, Cuer, Setup};

/// What the check did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Played {
    /// What it used, for what to check when it was not heard.
    pub(crate) used: Used,
    /// What went wrong while playing (a program that failed), in words.
    pub(crate) problem: Option<String>,
}

/// What config.toml (read again) and `PATH` give, with speech and tones on.
pub(crate) fn setup_for(dirs: &Dirs) -> (Setup, Config) {
    let (mut config, _) = Config::load_or_defaults(dirs);
    config.voice.on = true;
    config.sounds.on = true;
    let found = Setup::from_config(&config, std::env::var_os("PATH").as_deref());
    (found, config)
}

/// Play the tone, then say the sentence, with `found` (from [`setup_for`]) unmuted; wait
/// until both are done (at most 8 seconds).
pub(crate) fn play(found: Setup, config: &Config, bell: Bell) -> Played {
    let used = Used::of(&found, config);
    let mut cuer = Cuer::new(
        &Setup {
            muted: false,
            ..found
        },
        bell,
    );
    cuer.sound(Tone::Ready);
    std::thread::sleep(Duration::from_millis(700));
    cuer.say(&super::sound_said());
    let problem = cuer
        .settle(Duration::from_secs(8))
        .map(|p| crate::diag::printable(&p).into_owned());
    Played { used, problem }
}
