//! `windown setup`: the first run's questions at any time, on the setup screen, or with
//! `--plain` (or when the output is not a terminal) one line at a time for a screen reader:
//! each question printed, the answer typed and Enter, an empty line skips it.
//!
//! The questions and what the answers mean are [`crate::setup`]'s; this file only prints them,
//! reads the replies, plays the sound check and starts the reminders when asked.

use std::io::{BufRead, IsTerminal};
use std::process::ExitCode;

use clap::Args;

use crate::error::{CmdResult, Failure};
use crate::outln;
use crate::paths::Dirs;
use crate::setup::{self, Ask, Form, Questions, Then};
use crate::t;

#[derive(Debug, Args)]
pub(crate) struct SetupArgs {
    /// One line at a time, for screen readers (also used when the output is not a terminal).
    #[arg(long)]
    pub(crate) plain: bool,
}

/// `windown setup`.
pub(crate) fn setup(dirs: &Dirs, args: &SetupArgs) -> CmdResult {
    if args.plain || !std::io::stdout().is_terminal() {
        plain(dirs, &mut std::io::stdin().lock())
    } else {
        crate::tui::run_setup(dirs)
    }
}

/// The questions as lines, the replies read from `input`. At the end of the input, every
/// question left is skipped.
fn plain(dirs: &Dirs, input: &mut dyn BufRead) -> CmdResult {
    let mut q = Questions::new();
    // What a skip keeps: the file's times, or the defaults.
    let (config, _) = crate::config::Config::load_or_defaults(dirs);
    outln!("{}", t!("setup-plain-start"))?;
    while let Some(ask) = q.ask() {
        let (n, of) = q.progress();
        outln!("")?;
        // The welcome's heading before its text; every other question last, just before
        // the answer is typed (what a screen reader says last is what is asked).
        let question = if ask == Ask::About {
            outln!("{}", ask.question())?;
            for p in setup::about() {
                outln!("{}", p.text())?;
            }
            for l in setup::language_lines() {
                outln!("{l}")?;
            }
            t!("setup-sound-next")
        } else {
            q.question(ask)
        };
        for line in q.lines() {
            outln!("{line}")?;
        }
        let hint = match ask.form() {
            Form::Read => t!("setup-plain-hint-read"),
            Form::YesNo => t!("setup-plain-hint-yes-no"),
            Form::Time => t!("setup-plain-hint-time"),
        };
        outln!(
            "{}",
            t!(
                "setup-plain-ask",
                n = n,
                of = of,
                question = question,
                hint = hint
            )
        )?;
        let mut line = String::new();
        let reply = match input.read_line(&mut line) {
            Ok(0) | Err(_) => setup::Reply::Skip,
            Ok(_) => match setup::read_reply(ask, &line) {
                Ok(r) => r,
                Err(why) => {
                    outln!("{why}")?;
                    continue;
                }
            },
        };
        if reply == setup::Reply::Skip && ask != Ask::About {
            outln!("{}", t!("setup-plain-skipped", what = ask.skipped(&config)))?;
        }
        match q.reply(reply) {
            Then::PlaySound => q.used = Some(play_sound(dirs)?),
            Then::Ask => {
                if let Some(p) = q.problem.as_ref().or(q.notice.as_ref()) {
                    outln!("{p}")?;
                }
            }
            Then::Finish => break,
        }
    }
    outln!("")?;
    finish(dirs, &q.answers)
}

/// Write the answers and start the reminders when asked; each thing done said on a line.
fn finish(dirs: &Dirs, answers: &setup::Answers) -> CmdResult {
    let said = setup::write::write(dirs, answers).map_err(Failure::new)?;
    for line in said {
        outln!("{line}")?;
    }
    if answers.start == Some(true) {
        let ctx = crate::remind::install::context_from_env()?;
        for line in crate::remind::install::start_for_setup(&ctx)? {
            outln!("{line}")?;
        }
    }
    outln!("{}", t!("setup-plain-done"))?;
    Ok(ExitCode::SUCCESS)
}

/// A tone, then the sentence, with the settings of `config.toml` and nothing muted; says what
/// was found missing, and gives what was used (for what to check when it is not heard).
fn play_sound(dirs: &Dirs) -> Result<setup::Used, Failure> {
    let (found, config) = setup::sound::setup_for(dirs);
    if found.speech.is_some() {
        outln!("{}", t!("setup-plain-playing", said = setup::sound_said()))?;
    } else {
        outln!("{}", t!("setup-plain-playing-tone"))?;
    }
    // No voice for the language is said by the check itself (its problem, below).
    if found.speech.is_none() && found.speech_note.is_none() {
        outln!("{}", t!("setup-plain-no-speech"))?;
    }
    if found.player.is_none() {
        outln!("{}", t!("setup-plain-no-player"))?;
    }
    let played = setup::sound::play(found, &config, crate::session::Bell::Stderr);
    if let Some(p) = played.problem {
        outln!("({p})")?;
    }
    Ok(played.used)
}
