//! The command line: argument parsing and dispatch, nothing else. Each command lives in the
//! module that owns its domain; this file only maps words to calls and prints failures.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::error::{CmdResult, Failure, print_err};
use crate::paths::Dirs;

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
    },
    /// Check routine files (or folders of them); exits 1 if any has a problem.
    Validate {
        #[arg(required = true)]
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

#[derive(Debug, Subcommand)]
pub enum RemindCommand {
    /// Write a commented reminders.toml to edit (refuses to overwrite).
    Init,
    /// List the coming reminders.
    Preview {
        /// Start from this local time: 2026-12-01T06:00, "2026-12-01 06:00" or 2026-12-01.
        #[arg(long)]
        from: Option<String>,
        /// How many days to list.
        #[arg(long, default_value_t = 1)]
        days: u32,
        /// One JSON object per line.
        #[arg(long)]
        json: bool,
    },
    /// Send reminders on schedule; stays in the foreground.
    Run,
    /// Start the reminder process at login (a systemd user unit, or XDG autostart).
    Install {
        /// Print the unit instead of writing it.
        #[arg(long)]
        print: bool,
    },
    /// Undo `remind install`.
    Uninstall,
    /// Send one reminder now and say whether a notification server took it.
    Test { id: String },
    /// Is the reminder process running; the next reminders; the last sent.
    Status,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CrampLevel {
    None,
    Mild,
    Bad,
}

#[derive(Debug, Args)]
pub struct CheckinArgs {
    /// How last night went.
    pub cramps: CrampLevel,
    /// How many cramps, if you counted.
    #[arg(long)]
    pub count: Option<u32>,
    /// A short note.
    #[arg(long)]
    pub note: Option<String>,
    /// The morning this is about (YYYY-MM-DD); default today.
    #[arg(long)]
    pub date: Option<String>,
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// Only the last N days.
    #[arg(long)]
    pub days: Option<u32>,
    /// JSON lines.
    #[arg(long, conflicts_with = "csv")]
    pub json: bool,
    /// CSV with a header row.
    #[arg(long)]
    pub csv: bool,
}

/// Entry point of the binary.
pub fn main() -> ExitCode {
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
    use crate::{history, remind, routine, session, tui};
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
            Command::Show { routine } => routine::cmd::show(dirs, &routine),
            Command::Validate { paths } => routine::cmd::validate(dirs, &paths),
            Command::New { id, from } => routine::cmd::new_routine(dirs, &id, from.as_deref()),
            Command::Run(args) => run(args),
            Command::Remind(c) => remind::cmd::dispatch(dirs, c),
            Command::Checkin(a) => history::cmd::checkin(dirs, a),
            Command::History(a) => history::cmd::history(dirs, a),
            Command::Stats => history::cmd::stats(dirs),
        },
    }
}
