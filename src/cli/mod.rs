//! The command line: every command's argument type, its run function and its printing.
//! This file holds the top-level parser and the dispatch; each command or group of commands
//! has its own file beside it. The domains (`routine`, `session`, `remind`, `history`,
//! `relief`, `cues`) hand this wing data and typed errors and never print; nothing below
//! imports this wing.
//!
//! - [`routine`]: `windown list`, `show`, `new`, `import` (and the routine half of `validate`).
//! - [`stretches`]: `windown stretches`, the stretch library.
//! - [`plain`]: `windown run ROUTINE --plain`, the line-by-line player.
//! - [`remind`]: the `windown remind ...` commands.
//! - [`history`]: `windown checkin`, `history` and `stats`.
//! - [`report`]: `windown report`, the page for a clinician.
//! - [`cramp`]: `windown cramp` and `cramp log`; [`cramp_plain`]: the guide as lines;
//!   [`cramp_page`]: the page and card for the bedside.
//! - [`cues`]: `windown cues check`.
//! - [`config`]: `windown config` and `config init`.
//! - [`validate`]: `windown validate`, every file in the config folder at once.
//! - [`setup`]: `windown setup`, the first run's questions at any time.
//! - [`completions`]: shell completion scripts, the man page and `windown ids`.

pub(crate) mod completions;
pub(crate) mod config;
pub(crate) mod cramp;
pub(crate) mod cramp_page;
pub(crate) mod cramp_plain;
pub(crate) mod cues;
pub(crate) mod history;
pub(crate) mod plain;
pub mod remind;
pub(crate) mod report;
pub mod routine;
pub(crate) mod setup;
pub(crate) mod stretches;
pub(crate) mod trial;
pub(crate) mod validate;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::error::{CmdResult, Failure, print_err, print_out};
use crate::paths::Dirs;
use cramp::CrampArgs;
use history::{CheckinArgs, HistoryArgs};
use remind::RemindCommand;
use report::ReportArgs;

/// Where the guide and the reference are, under every `--help`: the folder the package installs
/// them in (README.md, docs/), the man page, and the same files in the source.
pub(crate) const AFTER_HELP: &str = "The guide and the reference: /usr/share/doc/windown (README.md and docs/, installed by the package; the same files are in windown's source), and `man windown`. First time? `windown setup`.";

/// windown: an evening stretching coach for night-time leg cramps.
///
/// With no command, opens the app. Wherever a routine is named, its id or a path to a .toml
/// file works.
#[derive(Debug, Parser)]
#[command(
    name = "windown",
    version,
    about,
    after_help = AFTER_HELP,
    args_conflicts_with_subcommands = true
)]
pub(crate) struct Cli {
    /// Start this routine right away (same as `windown run ROUTINE`, with the same options;
    /// a routine whose id is a command's name needs `windown run ID`).
    pub(crate) routine: Option<String>,
    /// The options of `run`, for the short form `windown ROUTINE --plain --mute`.
    #[command(flatten)]
    pub(crate) run: RunOptions,
    /// The language of windown's words: en, es, de or fr (default: `language` in
    /// config.toml, then LANGUAGE, LC_ALL, LC_MESSAGES, LANG; en-XA: a test language).
    #[arg(long, global = true, value_name = "LANG")]
    pub(crate) lang: Option<String>,
    #[command(subcommand)]
    pub(crate) command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
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
    /// List the stretch library: the ids a routine step can name with stretch = "ID".
    Stretches,
    /// Write a new routine file in your routines folder to edit.
    New {
        /// Id of the new routine (lowercase letters, digits, -).
        id: String,
        /// Start from a copy of this routine instead of the small template.
        #[arg(long)]
        from: Option<String>,
        /// The new routine's title (a copy is otherwise titled "... (my copy)").
        #[arg(long)]
        title: Option<String>,
    },
    /// Check a routine file someone shared and copy it into your routines folder.
    Import {
        /// The routine file (.toml).
        file: PathBuf,
        /// Import it under this id instead of its own.
        #[arg(long)]
        id: Option<String>,
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
    /// A personal experiment: does stretching help you? `trial` explains it.
    Trial(trial::TrialArgs),
    /// A few questions that set windown up (sound, bedtime, balance, reminders); --plain asks
    /// them line by line, for screen readers.
    Setup(setup::SetupArgs),
    /// Spoken cues and sounds.
    #[command(subcommand)]
    Cues(CuesCommand),
    /// The folders in use and the settings in force; `config init` writes a commented
    /// config.toml.
    Config {
        #[command(subcommand)]
        action: Option<ConfigCommand>,
    },
    /// Print a shell completion script: `windown completions bash > ~/.local/share/bash-completion/completions/windown`.
    Completions {
        #[arg(value_enum)]
        shell: completions::Shell,
    },
    /// Print the man page (roff): `windown man | man -l -`.
    Man,
    /// One id a line, for the completion scripts.
    #[command(hide = true)]
    Ids {
        #[arg(value_enum)]
        which: completions::Ids,
    },
    /// Print the JSON Schema of a routine file, reminders.toml or config.toml (for editors).
    Schema {
        #[arg(value_enum)]
        which: crate::schema::Which,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum ConfigCommand {
    /// Write a commented config.toml (every setting at its default); never overwrites one.
    Init,
}

#[derive(Debug, Subcommand)]
pub(crate) enum CuesCommand {
    /// Play one of each sound, say a sample sentence, and print what was found.
    Check,
}

#[derive(Debug, Args)]
pub(crate) struct RunArgs {
    /// Routine id or path to a .toml file.
    pub(crate) routine: String,
    #[command(flatten)]
    pub(crate) options: RunOptions,
}

/// The options of `windown run`, written once: the short form `windown ROUTINE` takes the
/// same ones (an option added here is an option of both).
#[derive(Debug, Args, Default)]
pub(crate) struct RunOptions {
    /// No full-screen interface: one line per phase (also used when stdout is not a terminal).
    #[arg(long, requires = "routine")]
    pub(crate) plain: bool,
    /// Start with cues muted.
    #[arg(long, requires = "routine")]
    pub(crate) mute: bool,
}

/// Entry point of the binary.
pub fn main() -> ExitCode {
    crate::signals::file_size_limit_is_an_error();
    let args = lang_after_command(std::env::args_os().collect());
    let parsed = match without_clap(&args) {
        Some(cli) => Ok(cli),
        None => Cli::try_parse_from(&args),
    };
    let mut cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            use clap::error::ErrorKind;
            // clap cannot translate its help (clap#380): say so, in English, before it.
            let lang = help_lang(&args);
            if matches!(
                e.kind(),
                ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) && lang != "en"
            {
                // What clap lets us give it at run time: the descriptions of windown and its
                // commands, in the language; the rest of the help stays English, as the note
                // before it says.
                let m = crate::i18n::Messages::builtin(lang);
                let _ = print_out(&format!("{}\n\n", m.tr("cli-help-note", &[])));
                if let Err(e) = translated(<Cli as clap::CommandFactory>::command(), &m)
                    .try_get_matches_from(&args)
                {
                    e.exit()
                }
            }
            e.exit()
        }
    };
    // `report --lang` is the report's own language (a clinician's, perhaps not the person's):
    // it changes neither the app's words nor config.toml.
    if let Some(Command::Report(a)) = &mut cli.command {
        a.lang = cli.lang.take();
    }
    let dirs = match Dirs::from_env() {
        Ok(d) => d,
        Err(e) => {
            print_err(&Failure::new(e.to_string()).to_string());
            return ExitCode::from(2);
        }
    };
    let language = crate::config::Config::load_or_defaults(&dirs).0.language;
    // Only the app and setup keep the language in config.toml; other commands only read it.
    let may_save = matches!(cli.command, None | Some(Command::Setup(_)));
    if let Err(f) = crate::i18n::start(&dirs, cli.lang.as_deref(), language, may_save) {
        print_err(&f.to_string());
        return ExitCode::from(f.code());
    }
    match dispatch(cli, &dirs) {
        Ok(code) => code,
        Err(f) => {
            print_err(&f.to_string());
            ExitCode::from(f.code())
        }
    }
}

/// The parser with the descriptions of windown and of each command in `m`'s language (clap
/// cannot translate the options' help or its headings: clap#380).
fn translated(cmd: clap::Command, m: &crate::i18n::Messages) -> clap::Command {
    let about = m.tr("cli-help-about", &[]);
    let long = format!("{about}\n\n{}", m.tr("cli-help-with-no-command", &[]));
    let names: Vec<String> = cmd
        .get_subcommands()
        .filter(|c| !c.is_hide_set() && c.get_name() != "help")
        .map(|c| c.get_name().to_string())
        .collect();
    let mut cmd = cmd
        .about(about)
        .long_about(long)
        .after_help(m.tr("cli-help-after", &[]));
    for name in names {
        let id = format!("cli-help-{name}");
        if m.has(&id) {
            let about = m.tr(&id, &[]);
            cmd = cmd.mut_subcommand(name, |c| {
                c.about(about)
                    .long_about(None::<&str>)
                    .after_help(m.tr("cli-help-after", &[]))
            });
        }
    }
    cmd
}

/// The language `--help` would be asked in: `--lang`, config.toml, the environment.
fn help_lang(args: &[std::ffi::OsString]) -> &'static str {
    let flag = args.iter().enumerate().find_map(|(i, a)| {
        let a = a.to_str()?;
        match a.strip_prefix("--lang=") {
            Some(v) => Some(v.to_string()),
            None if a == "--lang" => args.get(i + 1)?.to_str().map(str::to_string),
            None => None,
        }
    });
    let config = Dirs::from_env()
        .ok()
        .and_then(|d| crate::config::Config::load_or_defaults(&d).0.language);
    crate::i18n::choose(flag.as_deref(), config, |k| std::env::var(k).ok()).lang
}

/// The command line with a `--lang X` (or `--lang=X`) written before the command moved to
/// the end (before a `--`): any option before a command makes clap read the command as a
/// routine (`args_conflicts_with_subcommands`), and `--lang` is global, so `windown --lang de
/// list` means `windown list --lang de`.
fn lang_after_command(mut args: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    let mut moved = Vec::new();
    let mut i = 1;
    while let Some(a) = args.get(i).and_then(|a| a.to_str()) {
        if a == "--lang" && i + 1 < args.len() {
            moved.extend(args.drain(i..i + 2));
            break;
        } else if a.starts_with("--lang=") {
            moved.push(args.remove(i));
            break;
        } else if a.starts_with('-') && a != "--" {
            // The top-level options before the command are flags (--plain, --mute).
            i += 1;
        } else {
            break;
        }
    }
    let end = args.iter().position(|a| a == "--").unwrap_or(args.len());
    args.splice(end..end, moved);
    args
}

/// The two command lines people type most, `windown` and `windown run ROUTINE`, parsed
/// without clap: clap builds its whole tree of commands and options to parse any line, which
/// kept about 0.15 MB of code and heap resident in the app for as long as it runs (issue 24).
/// Anything else (an option, `--`, an empty or non-UTF-8 word) is clap's, and the result is
/// the same as clap's (a test compares them).
fn without_clap(args: &[std::ffi::OsString]) -> Option<Cli> {
    let cli = |command| Cli {
        routine: None,
        run: RunOptions::default(),
        lang: None,
        command,
    };
    match args {
        [_] => Some(cli(None)),
        [_, run, routine] if run == "run" => {
            let routine = routine.to_str()?;
            if routine.is_empty() || routine.starts_with('-') {
                return None;
            }
            Some(cli(Some(Command::Run(RunArgs {
                routine: routine.to_string(),
                options: RunOptions::default(),
            }))))
        }
        _ => None,
    }
}

/// Run one parsed command line.
pub(crate) fn dispatch(cli: Cli, dirs: &Dirs) -> CmdResult {
    use crate::tui;
    let run = |args: RunArgs| -> CmdResult {
        trial::before_a_session(dirs, &args.routine);
        let RunOptions { plain, mute } = args.options;
        if plain || !std::io::stdout().is_terminal() {
            plain::run(dirs, &args.routine, mute)
        } else {
            tui::run_session(dirs, &args.routine, mute)
        }
    };
    match (cli.command, cli.routine) {
        (None, None) => tui::run_home(dirs),
        (None, Some(r)) => {
            suggest_command(dirs, &r)?;
            run(RunArgs {
                routine: r,
                options: cli.run,
            })
        }
        (Some(cmd), _) => match cmd {
            Command::List => routine::list(dirs),
            Command::Show { routine, details } => routine::show(dirs, &routine, details),
            Command::Validate { paths } => validate::validate(dirs, &paths),
            Command::New { id, from, title } => {
                let made = routine::new_routine(dirs, &id, from.as_deref(), title.as_deref())?;
                say_command_name(&id)?;
                Ok(made)
            }
            Command::Import { file, id } => {
                routine::import(dirs, &file, id.as_deref(), &command_names())
            }
            Command::Stretches => stretches::stretches(dirs),
            Command::Run(args) => run(args),
            Command::Remind(c) => remind::dispatch(dirs, c),
            Command::Checkin(a) => history::checkin(dirs, a),
            Command::History(a) => history::history(dirs, a),
            Command::Stats => history::stats(dirs),
            Command::Report(a) => report::report(dirs, a),
            Command::Trial(a) => trial::trial(dirs, a),
            Command::Cramp(a) => cramp::cramp(dirs, a, std::io::stdout().is_terminal()),
            Command::Cues(CuesCommand::Check) => cues::check(dirs),
            Command::Setup(a) => setup::setup(dirs, &a),
            Command::Schema { which } => {
                print_out(&which.json())?;
                Ok(ExitCode::SUCCESS)
            }
            Command::Completions { shell } => {
                completions::print_script(<Cli as clap::CommandFactory>::command(), shell)
            }
            Command::Man => completions::print_man(<Cli as clap::CommandFactory>::command()),
            Command::Ids { which } => completions::print_ids(dirs, which),
            Command::Config { action: None } => config::show(dirs),
            Command::Config {
                action: Some(ConfigCommand::Init),
            } => config::init(dirs),
        },
    }
}

/// The words that name a command (`stats`, `list`, ...): `windown WORD` runs the command, so a
/// routine with such an id could never be started by name.
pub(crate) fn command_names() -> Vec<String> {
    use clap::CommandFactory;
    let mut names: Vec<String> = Cli::command()
        .get_subcommands()
        .flat_map(|c| std::iter::once(c.get_name()).chain(c.get_all_aliases()))
        .map(str::to_string)
        .collect();
    names.push("help".into());
    names
}

/// `windown WORD` where WORD is no routine but close to a command name (`windown stat`): a
/// usage error that names the command, instead of "no routine named stat".
fn suggest_command(dirs: &Dirs, word: &str) -> Result<(), Failure> {
    if crate::routine::catalog::looks_like_path(word) {
        return Ok(());
    }
    let names = command_names();
    let Some(command) = crate::diag::did_you_mean(word, names.iter().map(String::as_str)) else {
        return Ok(());
    };
    if crate::routine::Catalog::load(dirs).entry(word).is_some() {
        return Ok(());
    }
    Err(Failure::usage(crate::t!(
        "cli-no-such-command",
        word = crate::diag::printable(word).as_ref()
    ))
    .with_hint(crate::t!("cli-did-you-mean", command = command)))
}

/// What `new` and `import` say when the routine they made has a command's name as its id:
/// `windown ID` runs the command, so the routine starts with `windown run ID`. `None` for
/// any other id.
pub(crate) fn command_name_note(id: &str, names: &[String]) -> Option<String> {
    names
        .iter()
        .any(|n| n == id)
        .then(|| format!("note: {}\n", crate::t!("cli-command-name-note", id = id)))
}

/// [`command_name_note`] on stdout, after `windown new ID` made the routine.
fn say_command_name(id: &str) -> Result<(), Failure> {
    if let Some(note) = command_name_note(id, &command_names()) {
        print_out(&note)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::Cramps;

    #[test]
    fn the_lines_parsed_without_clap_are_parsed_as_clap_does() {
        let args = |v: &[&str]| v.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        for v in [
            &["windown"][..],
            &["windown", "run", "evening-legs"],
            &["windown", "run", "help"],
            &["windown", "run", "list"],
            &["windown", "run", "./my routine.toml"],
        ] {
            let ours = without_clap(&args(v)).expect("parsed without clap");
            let clap = Cli::try_parse_from(args(v)).unwrap();
            assert_eq!(format!("{ours:?}"), format!("{clap:?}"), "{v:?}");
        }
        // Everything else is clap's.
        for v in [
            &["windown", "run"][..],
            &["windown", "run", ""],
            &["windown", "run", "-x"],
            &["windown", "run", "--help"],
            &["windown", "run", "--"],
            &["windown", "run", "a", "--plain"],
            &["windown", "list"],
            &["windown", "evening-legs"],
            &["windown", "--help"],
            &["windown", "remind", "run"],
        ] {
            assert!(without_clap(&args(v)).is_none(), "{v:?}");
        }
    }

    #[test]
    fn lang_before_the_command_is_read_as_after_it() {
        let args = |v: &[&str]| v.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        let moved = |v: &[&str]| lang_after_command(args(v));
        assert_eq!(
            moved(&["windown", "--lang", "de", "list"]),
            args(&["windown", "list", "--lang", "de"])
        );
        assert_eq!(
            moved(&["windown", "--plain", "--lang=fr", "evening-legs", "--", "x"]),
            args(&["windown", "--plain", "evening-legs", "--lang=fr", "--", "x"])
        );
        // After the command, or absent: as it was.
        for v in [
            &["windown", "list", "--lang", "de"][..],
            &["windown"],
            &["windown", "--lang"],
        ] {
            assert_eq!(moved(v), args(v));
        }
        let cli = Cli::try_parse_from(moved(&["windown", "--lang", "es", "list"])).unwrap();
        assert!(matches!(cli.command, Some(Command::List)));
        assert_eq!(cli.lang.as_deref(), Some("es"));
        let cli = Cli::try_parse_from(moved(&["windown", "--lang", "de"])).unwrap();
        assert!(cli.command.is_none() && cli.routine.is_none());
    }

    #[test]
    fn the_short_form_takes_every_option_of_run() {
        let short = Cli::try_parse_from(["windown", "evening-legs", "--plain", "--mute"]).unwrap();
        let long =
            Cli::try_parse_from(["windown", "run", "evening-legs", "--plain", "--mute"]).unwrap();
        let Some(Command::Run(args)) = long.command else {
            panic!("not run")
        };
        assert_eq!(short.routine.as_deref(), Some("evening-legs"));
        assert_eq!(
            (short.run.plain, short.run.mute),
            (args.options.plain, args.options.mute)
        );
        assert!((short.run.plain, short.run.mute) == (true, true));
        // Every long option of `run` is one of the short form, by the parsers themselves.
        use clap::CommandFactory;
        let top = Cli::command();
        let run = top.find_subcommand("run").unwrap();
        let of = |c: &clap::Command| -> Vec<String> {
            c.get_arguments()
                .filter_map(|a| a.get_long().map(str::to_string))
                .filter(|l| l != "help" && l != "version")
                .collect()
        };
        let top_longs = of(&top);
        for l in of(run) {
            assert!(
                top_longs.contains(&l),
                "--{l} is missing from the short form"
            );
        }
        // The options need a routine, and do not go with another command.
        assert!(Cli::try_parse_from(["windown", "--plain"]).is_err());
        assert!(Cli::try_parse_from(["windown", "stats", "--mute"]).is_err());
    }

    #[test]
    fn a_routine_named_like_a_command_is_told_how_to_start() {
        let names = command_names();
        assert!(command_name_note("trial-legs", &names).is_none());
        assert_eq!(
            command_name_note("stats", &names).as_deref(),
            Some(
                "note: \"stats\" is also a command's name, so `windown stats` runs the command; start this routine with `windown run stats`\n"
            )
        );
    }

    /// The English messages of `--help` are the parser's own words (so that English help is
    /// one text, and a language's is its translation).
    #[test]
    fn the_help_messages_in_english_are_the_parsers_words() {
        use clap::CommandFactory;
        let en = crate::i18n::Messages::builtin("en");
        let cmd = Cli::command();
        // (The short about is Cargo.toml's description; --help shows the long one.)
        let about = en.tr("cli-help-about", &[]);
        let long = cmd.get_long_about().expect("long about").to_string();
        assert_eq!(
            long,
            format!("{about}\n\n{}", en.tr("cli-help-with-no-command", &[]))
        );
        assert_eq!(en.tr("cli-help-after", &[]), AFTER_HELP);
        let mut n = 0;
        for c in cmd.get_subcommands().filter(|c| !c.is_hide_set()) {
            let id = format!("cli-help-{}", c.get_name());
            assert!(en.has(&id), "{id}");
            assert_eq!(
                en.tr(&id, &[]),
                c.get_about().expect("about").to_string(),
                "{id}"
            );
            n += 1;
        }
        assert!(n >= 20);
        // In German, every description is translated.
        let de = crate::i18n::Messages::builtin("de");
        let t = translated(Cli::command(), &de);
        assert!(t.get_about().unwrap().to_string().contains("Wadenkrämpfe"));
        let list = t.find_subcommand("list").unwrap();
        assert!(
            list.get_about()
                .unwrap()
                .to_string()
                .starts_with("Alle Routinen")
        );
    }

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
            assert_eq!(args.cramps, Some(cramps));
        }
        assert!(Cli::try_parse_from(["windown", "checkin", "Mild"]).is_err());
    }

    /// The command line's wing owns every argument type: nothing outside `src/cli/` (and
    /// main.rs) names it in code, so the dependency runs one way. Docs may point here.
    #[test]
    fn no_other_module_imports_the_command_line() {
        fn walk(dir: &std::path::Path, found: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, found);
                } else if path.extension().is_some_and(|e| e == "rs")
                    && !path.parent().is_some_and(|p| p.ends_with("src/cli"))
                    && std::fs::read_to_string(&path)
                        .unwrap()
                        .lines()
                        .any(|l| !l.trim_start().starts_with("//") && l.contains("crate::cli"))
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

    #[test]
    fn the_command_names_outside_the_command_line_are_these() {
        let mut names = command_names();
        names.sort();
        let mut listed: Vec<String> = crate::routine::catalog::COMMAND_NAMES
            .iter()
            .map(|s| s.to_string())
            .collect();
        listed.sort();
        assert_eq!(names, listed);
    }
}
