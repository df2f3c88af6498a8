//! The command line: argument parsing and dispatch, nothing else. Each command lives in the
//! module that owns its domain, with its argument types (`history::cmd`, `remind::cmd`); this
//! file only maps words to calls and prints failures. It depends on those modules, never the
//! other way round.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::error::{CmdResult, Failure, print_err};
use crate::history::cmd::{CheckinArgs, HistoryArgs, ReportArgs};
use crate::paths::Dirs;
use crate::relief::cmd::CrampArgs;
use crate::remind::cmd::RemindCommand;

/// windown: an evening stretching coach for night-time leg cramps.
///
/// With no command, opens the app. Wherever a routine is named, its id or a path to a .toml
/// file works.
#[derive(Debug, Parser)]
#[command(
    name = "windown",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// Start this routine right away (same as `windown run ROUTINE`).
    pub routine: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List every routine: built-in and your own, with broken files and their errors.
    List,
    /// Show a routine's plan: every phase with its start time and length.
    Show {
        /// Routine id or path to a .toml file.
        routine: String,
        /// Also print the safety text and each step's instructions and caution.
        #[arg(long)]
        details: bool,
    },
    /// Check your files: with no path, everything in the config folder (routines, figure
    /// names, reminders.toml, config.toml); exits 1 if any has a problem.
    Validate {
        /// Routine files, folders of them, a config folder, config.toml or reminders.toml.
        paths: Vec<PathBuf>,
    },
    /// Write a new routine file in your routines folder to edit.
    New {
        /// Id of the new routine (lowercase letters, digits, -).
        id: String,
        /// Start from a copy of this routine instead of the small template.
        #[arg(long)]
        from: Option<String>,
    },
    /// Run a routine: the full-screen session, or line by line with --plain.
    Run(RunArgs),
    /// Daytime reminders as desktop notifications.
    #[command(subcommand)]
    Remind(RemindCommand),
    /// Record how last night went: none, mild or bad cramps.
    Checkin(CheckinArgs),
    /// Your recorded sessions and check-ins.
    History(HistoryArgs),
    /// Streaks, totals and how nights after a stretch compare with the others.
    Stats,
    /// A cramp now: a calm guide to ease it, then it is recorded. `cramp log` records one
    /// afterwards.
    Cramp(CrampArgs),
    /// A one-page summary of the last weeks for a clinician (text, or HTML with --html).
    Report(ReportArgs),
    /// Spoken cues and sounds.
    #[command(subcommand)]
    Cues(CuesCommand),
}

#[derive(Debug, Subcommand)]
pub enum CuesCommand {
    /// Play one of each sound, say a sample sentence, and print what was found.
    Check,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// Routine id or path to a .toml file.
    pub routine: String,
    /// No full-screen interface: one line per phase (also used when stdout is not a terminal).
    #[arg(long)]
    pub plain: bool,
    /// Start with cues muted.
    #[arg(long)]
    pub mute: bool,
}

/// Entry point of the binary.
pub fn main() -> ExitCode {
    crate::signals::file_size_limit_is_an_error();
    let cli = Cli::parse();
    let dirs = match Dirs::from_env() {
        Ok(d) => d,
        Err(e) => {
            print_err(&Failure::new(e.to_string()).to_string());
            return ExitCode::from(2);
        }
    };
    match dispatch(cli, &dirs) {
        Ok(code) => code,
        Err(f) => {
            print_err(&f.to_string());
            ExitCode::from(f.code())
        }
    }
}

/// Run one parsed command line.
pub fn dispatch(cli: Cli, dirs: &Dirs) -> CmdResult {
    use crate::{history, relief, remind, routine, session, tui};
    let run = |args: RunArgs| -> CmdResult {
        if args.plain || !std::io::stdout().is_terminal() {
            session::plain::run(dirs, &args.routine, args.mute)
        } else {
            tui::run_session(dirs, &args.routine, args.mute)
        }
    };
    match (cli.command, cli.routine) {
        (None, None) => tui::run_home(dirs),
        (None, Some(r)) => run(RunArgs {
            routine: r,
            plain: false,
            mute: false,
        }),
        (Some(cmd), _) => match cmd {
            Command::List => routine::cmd::list(dirs),
            Command::Show { routine, details } => routine::cmd::show(dirs, &routine, details),
            Command::Validate { paths } => crate::validate::validate(dirs, &paths),
            Command::New { id, from } => routine::cmd::new_routine(dirs, &id, from.as_deref()),
            Command::Run(args) => run(args),
            Command::Remind(c) => remind::cmd::dispatch(dirs, c),
            Command::Checkin(a) => history::cmd::checkin(dirs, a),
            Command::History(a) => history::cmd::history(dirs, a),
            Command::Stats => history::cmd::stats(dirs),
            Command::Report(a) => history::cmd::report(dirs, a),
            Command::Cramp(a) => relief::cmd::cramp(dirs, a, std::io::stdout().is_terminal()),
            Command::Cues(CuesCommand::Check) => crate::cues::cmd::check(dirs),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::Cramps;

    #[test]
    fn checkin_takes_the_words_of_the_history_file() {
        for (word, cramps) in [
            ("none", Cramps::None),
            ("mild", Cramps::Mild),
            ("bad", Cramps::Bad),
        ] {
            let cli = Cli::try_parse_from(["windown", "checkin", word]).unwrap();
            let Some(Command::Checkin(args)) = cli.command else {
                panic!("{word}: not a check-in");
            };
            assert_eq!(args.cramps, cramps);
        }
        assert!(Cli::try_parse_from(["windown", "checkin", "Mild"]).is_err());
    }

    /// The command modules own their argument types: nothing but this file (and main.rs)
    /// names the command line, so the dependency runs one way.
    #[test]
    fn no_other_module_imports_the_command_line() {
        fn walk(dir: &std::path::Path, found: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, found);
                } else if path.extension().is_some_and(|e| e == "rs")
                    && !path.ends_with("src/cli.rs")
                    && std::fs::read_to_string(&path)
                        .unwrap()
                        .contains("crate::cli")
                {
                    found.push(path.display().to_string());
                }
            }
        }
        let mut found = Vec::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut found,
        );
        assert!(found.is_empty(), "{found:?}");
    }
}
