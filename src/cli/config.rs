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
use crate::{t, text};

/// The commented `config.toml` that `config init` writes (after its `#:schema` line); the
/// setup starts from it too, so it lives with the file's format.
pub(crate) use crate::config::INIT_TEXT;

/// `windown config`.
pub(crate) fn show(dirs: &Dirs) -> CmdResult {
    let (config, problems) = Config::load_or_defaults(dirs);
    let file = dirs.config_file();
    let state = if std::fs::symlink_metadata(&file).is_err() {
        t!("cli-config-not-written")
    } else if problems.is_empty() {
        t!("cli-config-in-force")
    } else if problems.iter().any(crate::diag::Diagnostic::ends_reading) {
        t!("cli-config-unreadable")
    } else {
        t!("cli-config-mistakes", n = problems.len())
    };
    print_out(&render(dirs, &config, &state))?;
    // Each mistake with its place, where the settings are read (stderr: the listing above
    // stays what a script reads).
    let text: String = problems.iter().map(ToString::to_string).collect();
    crate::error::print_err(&text);
    Ok(ExitCode::SUCCESS)
}

/// The folders and the settings in force, one a line, the names in a column. The settings'
/// names and values are config.toml's own words; the folders' names and the explanations are
/// messages. Pure.
pub(crate) fn render(dirs: &Dirs, config: &Config, state: &str) -> String {
    let p = |path: &std::path::Path| printable(&path.display().to_string()).into_owned();
    let on = |b: bool| if b { "on" } else { "off" };
    let mut rows: Vec<(String, String)> = vec![
        (t!("cli-config-folder"), p(&dirs.config)),
        ("  config.toml".into(), state.to_string()),
        ("  routines".into(), p(&dirs.routines())),
        ("  reminders".into(), p(&dirs.reminders_file())),
        ("  figures".into(), p(&dirs.figures())),
        (t!("cli-config-data-folder"), p(&dirs.data)),
        (t!("cli-config-state-folder"), p(&dirs.state)),
        (String::new(), String::new()),
        ("wake".into(), config.wake.format("%H:%M").to_string()),
        ("bedtime".into(), config.bedtime.format("%H:%M").to_string()),
    ];
    let language = match config.language {
        Some(l) => t!("cli-config-language-file", lang = l),
        None => t!(
            "cli-config-language-chosen",
            lang = crate::i18n::current().lang()
        ),
    };
    rows.push(("language".into(), language));
    let balance = match config.balance {
        crate::config::Balance::Steady => "steady".to_string(),
        crate::config::Balance::Poor => t!("cli-config-balance-poor"),
    };
    rows.push(("balance".into(), balance));
    let bell = on(config.cues.bell);
    let cues = if config.cues.muted {
        t!("cli-config-cues-muted", bell = bell)
    } else {
        t!("cli-config-cues-sound", bell = bell)
    };
    rows.push(("cues".into(), cues));
    let command = |cmd: &[String]| {
        t!(
            "cli-config-command",
            command = printable(&cmd.join(" ")).as_ref()
        )
    };
    let voice = &config.voice;
    let mut v = match (&voice.command, voice.on) {
        (_, false) => "off".to_string(),
        (Some(cmd), true) => command(cmd),
        (None, true) => t!("cli-config-voice-auto"),
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
    rows.push(("voice".into(), v));
    let sounds = &config.sounds;
    let s = match (&sounds.command, sounds.on) {
        (_, false) => "off".to_string(),
        (Some(cmd), true) => command(cmd),
        (None, true) => t!("cli-config-sounds-auto"),
    };
    rows.push(("sounds".into(), format!("{s}, ticks {}", on(sounds.ticks))));
    let name = match &config.report.name {
        Some(n) => printable(n).into_owned(),
        None => t!("cli-config-no-report-name"),
    };
    rows.push(("report name".into(), name));
    let width = rows.iter().map(|(k, _)| text::width(k)).max().unwrap_or(0);
    let mut out = String::new();
    for (k, v) in &rows {
        if k.is_empty() {
            out.push('\n');
        } else {
            let _ = writeln!(out, "{k}{}  {v}", text::padding(k, width));
        }
    }
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
