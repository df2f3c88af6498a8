//! Which terminal a reminder's "Start" action opens its routine in, and starting it.
//!
//! Owns the lookup order: `[reminders] terminal = [...]` in config.toml; else the first found
//! of `xdg-terminal-exec`, `$TERMINAL`, `x-terminal-emulator`, then the common terminals in
//! [`KNOWN`]. The command run inside is `windown run ROUTINE` (this program's own path).
//! [`command_line`] is pure (the search path and `$TERMINAL` come in as arguments); [`start`]
//! spawns the process and does not wait for it.

use std::ffi::OsStr;
use std::path::Path;
use std::process::{Command, Stdio};

use crate::paths::on_path;

/// Terminals tried after `$TERMINAL` and `x-terminal-emulator`, with the words that come
/// before the command to run inside them.
pub(crate) const KNOWN: &[(&str, &[&str])] = &[
    ("gnome-terminal", &["--"]),
    ("ptyxis", &["--"]),
    ("konsole", &["-e"]),
    ("xfce4-terminal", &["-x"]),
    ("kitty", &[]),
    ("foot", &[]),
    ("alacritty", &["-e"]),
    ("wezterm", &["start", "--"]),
    ("tilix", &["-e"]),
    ("xterm", &["-e"]),
];

/// The whole command line that opens `inside` (a command and its arguments) in a terminal,
/// or `None` when no terminal is configured or found. `configured` is `[reminders]
/// terminal`, used as given; `terminal_env` is `$TERMINAL`; `path` is `$PATH`.
pub(crate) fn command_line(
    configured: Option<&[String]>,
    terminal_env: Option<&str>,
    path: Option<&OsStr>,
    inside: &[String],
) -> Option<Vec<String>> {
    let with = |head: Vec<String>| {
        let mut v = head;
        v.extend(inside.iter().cloned());
        v
    };
    if let Some(c) = configured.filter(|c| !c.is_empty()) {
        return Some(with(c.to_vec()));
    }
    let found = |name: &str| on_path(name, path).map(|p| p.display().to_string());
    if let Some(p) = found("xdg-terminal-exec") {
        return Some(with(vec![p]));
    }
    if let Some(t) = terminal_env.map(str::trim).filter(|t| !t.is_empty()) {
        // `$TERMINAL` is a program name (or path); `-e` is the one option nearly all take.
        let program = if t.contains('/') {
            Path::new(t).is_file().then(|| t.to_string())
        } else {
            found(t)
        };
        if let Some(p) = program {
            let known = KNOWN.iter().find(|(n, _)| Some(*n) == file_name(&p));
            let mut head = vec![p];
            match known {
                Some((_, words)) => head.extend(words.iter().map(|w| w.to_string())),
                None => head.push("-e".into()),
            }
            return Some(with(head));
        }
    }
    if let Some(p) = found("x-terminal-emulator") {
        return Some(with(vec![p, "-e".into()]));
    }
    KNOWN.iter().find_map(|(name, words)| {
        let p = found(name)?;
        let mut head = vec![p];
        head.extend(words.iter().map(|w| w.to_string()));
        Some(with(head))
    })
}

fn file_name(p: &str) -> Option<&str> {
    Path::new(p).file_name().and_then(OsStr::to_str)
}

/// `windown run ROUTINE`, with this program's own path.
pub(crate) fn run_routine(exe: &Path, routine: &str) -> Vec<String> {
    vec![exe.display().to_string(), "run".into(), routine.to_string()]
}

/// Open `routine` in a terminal: the command line from config.toml's `terminal`, the
/// environment and PATH. Returns what was started, or why nothing was.
pub(crate) fn start(configured: Option<&[String]>, routine: &str) -> Result<Vec<String>, String> {
    let exe = std::env::current_exe()
        .map_err(|e| format!("cannot find the path of this program: {e}"))?;
    // The small reminder binary opens routines with the `windown` installed beside it.
    let exe = if exe.file_name() == Some(OsStr::new(super::REMIND_BIN)) {
        exe.with_file_name("windown")
    } else {
        exe
    };
    let path = std::env::var_os("PATH");
    let terminal = std::env::var("TERMINAL").ok();
    let argv = command_line(
        configured,
        terminal.as_deref(),
        path.as_deref(),
        &run_routine(&exe, routine),
    )
    .ok_or_else(|| crate::t!("cli-remind-no-terminal"))?;
    let (program, args) = argv
        .split_first()
        .ok_or_else(|| crate::t!("cli-remind-terminal-empty"))?;
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start {program}: {e}"))?;
    // Reaped on a thread of its own, so that no zombie stays behind; the terminal may live on.
    let _ = std::thread::Builder::new()
        .name("terminal".into())
        .stack_size(64 * 1024)
        .spawn(move || child.wait());
    Ok(argv)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn tool(dir: &Path, name: &str) {
        let p = dir.join(name);
        std::fs::write(&p, "#!/bin/sh\n").unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
    }

    #[test]
    fn the_lookup_order_is_config_xdg_terminal_exec_terminal_then_the_known_ones() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        let path = Some(dir.as_os_str());
        let inside = vec!["windown".to_string(), "run".into(), "wind-down".into()];
        let at = |n: &str| dir.join(n).display().to_string();
        assert_eq!(command_line(None, None, path, &inside), None);
        tool(dir, "xterm");
        tool(dir, "kitty");
        assert_eq!(
            command_line(None, None, path, &inside).unwrap(),
            [
                at("kitty"),
                "windown".into(),
                "run".into(),
                "wind-down".into()
            ]
        );
        tool(dir, "x-terminal-emulator");
        assert_eq!(
            command_line(None, None, path, &inside).unwrap()[..2],
            [at("x-terminal-emulator"), "-e".into()]
        );
        assert_eq!(
            command_line(None, Some("xterm"), path, &inside).unwrap()[..2],
            [at("xterm"), "-e".into()]
        );
        // A $TERMINAL that is not installed is passed over.
        assert_eq!(
            command_line(None, Some("nope"), path, &inside).unwrap()[0],
            at("x-terminal-emulator")
        );
        tool(dir, "xdg-terminal-exec");
        assert_eq!(
            command_line(None, Some("xterm"), path, &inside).unwrap()[..2],
            [at("xdg-terminal-exec"), "windown".into()]
        );
        let mine = vec!["foot".to_string(), "--app-id=windown".into()];
        assert_eq!(
            command_line(Some(&mine), Some("xterm"), path, &inside).unwrap(),
            ["foot", "--app-id=windown", "windown", "run", "wind-down"]
        );
    }
}
