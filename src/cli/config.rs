//! `windown config`: the folders in use and the settings in force (wake, bedtime, cues, voice,
//! sounds), saying plainly when a broken `config.toml` means the defaults are in force; and
//! `windown config init`, which writes a commented `config.toml` (every setting at its
//! default, commented out) that never overwrites one.
//!
//! Owns only these two commands' text: the file's format and reading belong to
//! [`crate::config`].

use std::fmt::Write as _;
use std::process::ExitCode;

use crate::config::Config;
use crate::diag::printable;
use crate::error::{CmdResult, Failure, print_out};
use crate::paths::Dirs;
use crate::schema::Which;

/// The commented `config.toml` that `config init` writes (after its `#:schema` line); the
/// setup starts from it too, so it lives with the file's format.
pub(crate) use crate::config::INIT_TEXT;

/// `windown config`.
pub(crate) fn show(dirs: &Dirs) -> CmdResult {
    let (config, problems) = Config::load_or_defaults(dirs);
    let file = dirs.config_file();
    let state = if std::fs::symlink_metadata(&file).is_err() {
        "not written yet: the defaults are in force (`windown config init` writes one)".to_string()
    } else if problems.is_empty() {
        "in force".to_string()
    } else if problems.iter().any(crate::diag::Diagnostic::ends_reading) {
        "cannot be read: the defaults are in force until it is fixed (see below)".to_string()
    } else {
        format!(
            "has {}: {} at the default, the rest are in force (see below)",
            crate::words::count(problems.len() as u64, "mistake", "mistakes"),
            if problems.len() == 1 {
                "that setting is"
            } else {
                "those settings are"
            }
        )
    };
    print_out(&render(dirs, &config, &state))?;
    // Each mistake with its place, where the settings are read (stderr: the listing above
    // stays what a script reads).
    let text: String = problems.iter().map(ToString::to_string).collect();
    crate::error::print_err(&text);
    Ok(ExitCode::SUCCESS)
}

/// The text of `windown config`: folders, then settings.
pub(crate) fn render(dirs: &Dirs, config: &Config, state: &str) -> String {
    let p = |path: &std::path::Path| printable(&path.display().to_string()).into_owned();
    let on = |b: bool| if b { "on" } else { "off" };
    let mut out = String::new();
    let _ = writeln!(out, "config folder  {}", p(&dirs.config));
    let _ = writeln!(out, "  config.toml  {state}");
    let _ = writeln!(out, "  routines     {}", p(&dirs.routines()));
    let _ = writeln!(out, "  reminders    {}", p(&dirs.reminders_file()));
    let _ = writeln!(out, "  figures      {}", p(&dirs.figures()));
    let _ = writeln!(out, "data folder    {}", p(&dirs.data));
    let _ = writeln!(out, "state folder   {}", p(&dirs.state));
    let _ = writeln!(out);
    let _ = writeln!(out, "wake           {}", config.wake.format("%H:%M"));
    let _ = writeln!(out, "bedtime        {}", config.bedtime.format("%H:%M"));
    let _ = writeln!(
        out,
        "language       {}",
        match config.language {
            Some(l) => format!("{l} (config.toml)"),
            None => format!(
                "{} (from --lang or the environment; not in config.toml)",
                crate::i18n::current().lang()
            ),
        }
    );
    let _ = writeln!(
        out,
        "balance        {}",
        match config.balance {
            crate::config::Balance::Steady => "steady",
            crate::config::Balance::Poor =>
                "poor (no standing: the seated routine and cramp guide)",
        }
    );
    let _ = writeln!(
        out,
        "cues           bell {}, sessions start {}",
        on(config.cues.bell),
        if config.cues.muted {
            "muted"
        } else {
            "with sound"
        }
    );
    let voice = &config.voice;
    let mut v = match (&voice.command, voice.on) {
        (_, false) => "off".to_string(),
        (Some(cmd), true) => format!("command {}", printable(&cmd.join(" "))),
        (None, true) => "auto (the first of spd-say, espeak-ng, espeak)".to_string(),
    };
    if voice.on {
        if let Some(rate) = voice.tuning.rate {
            let _ = write!(v, ", rate {rate}");
        }
        if let Some(name) = &voice.tuning.voice {
            let _ = write!(v, ", voice {}", printable(name));
        }
        if let Some(lang) = &voice.tuning.language {
            let _ = write!(v, ", language {}", printable(lang));
        }
        let _ = write!(v, ", details {}", on(voice.details));
        if voice.countdown {
            let _ = write!(v, ", countdown on");
        }
    }
    let _ = writeln!(out, "voice          {v}");
    let sounds = &config.sounds;
    let s = match (&sounds.command, sounds.on) {
        (_, false) => "off".to_string(),
        (Some(cmd), true) => format!("command {}", printable(&cmd.join(" "))),
        (None, true) => "auto (the first of pw-play, paplay, aplay)".to_string(),
    };
    let _ = writeln!(out, "sounds         {s}, ticks {}", on(sounds.ticks));
    let _ = writeln!(
        out,
        "report name    {}",
        match &config.report.name {
            Some(n) => printable(n).into_owned(),
            None => "none (windown report --name NAME gives one)".to_string(),
        }
    );
    out
}

/// `windown config init`.
pub(crate) fn init(dirs: &Dirs) -> CmdResult {
    let path = dirs.config_file();
    let text = format!("{}{INIT_TEXT}", Which::Config.line_for(dirs, &path));
    super::routine::write_new(&dirs.config, &path, &text, || {
        Failure::new(format!(
            "{} already exists; windown config init never overwrites it",
            printable(&path.display().to_string())
        ))
        .with_hint("edit that file, or move it away first")
    })?;
    super::routine::schema_beside(dirs, Which::Config);
    print_out(&format!("{}\n", printable(&path.display().to_string())))?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The commented file is a good config file, and reads as the defaults.
    #[test]
    fn the_init_text_is_the_defaults() {
        let c = Config::check("config.toml", INIT_TEXT).unwrap();
        assert_eq!(c, Config::default());
        // Each line uncommented is a good config file too (the examples are right).
        let uncommented: String = INIT_TEXT
            .lines()
            .map(|l| match l.strip_prefix("# ") {
                Some(rest) if rest.contains(" = ") => format!("{rest}\n"),
                _ => format!("{l}\n"),
            })
            .collect();
        Config::check("config.toml", &uncommented).unwrap();
        assert!(INIT_TEXT.contains("\n# balance = \"steady\"\n"));
    }

    #[test]
    fn the_balance_in_force_is_shown() {
        let dirs = Dirs {
            config: "/c".into(),
            data: "/d".into(),
            state: "/s".into(),
        };
        let mut c = Config::default();
        assert!(render(&dirs, &c, "in force").contains("\nbalance        steady\n"));
        c.balance = crate::config::Balance::Poor;
        assert!(render(&dirs, &c, "in force").contains("\nbalance        poor (no standing"));
    }
}
