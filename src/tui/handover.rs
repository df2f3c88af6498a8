//! Handing the terminal to the person's text editor and taking it back (`e` on the home
//! screen).
//!
//! Which editor: `$VISUAL`, else `$EDITOR`, run as git runs them: by the shell, `sh -c
//! '<value> "$@"' editor FILE`, so the value may carry arguments and quotes (`code --wait`,
//! `"/opt/My Editor/bin/ed" --wait`) and the file is passed as an argument, never spliced into
//! the string. Else the first of `sensible-editor`, `editor`, `nano`, `vi` found on `PATH`. Editors known to
//! take a line open the file there (`+LINE`, or `FILE:LINE` for helix). [`editor_argv`] is pure; [`edit`] carries it
//! out: the input thread is held ([`super::events::InputGate`]), the terminal left (raw mode
//! and the alternate screen), the editor run in the foreground, and the terminal taken again
//! whatever the editor did (failed, missing, killed). The caller redraws everything.
//!
//! Owns nothing else: which file to edit and what to say afterwards are the app's.

use std::ffi::OsString;
use std::path::Path;

/// Programs tried, in order, when neither `VISUAL` nor `EDITOR` is set.
pub(crate) const FALLBACKS: &[&str] = &["sensible-editor", "editor", "nano", "vi"];

/// How an editor is told the line to open at.
fn at_line(program: &str, path: &Path, line: usize) -> Vec<OsString> {
    let name = Path::new(program)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let plus = [
        "vi",
        "vim",
        "nvim",
        "gvim",
        "view",
        "nano",
        "pico",
        "emacs",
        "emacsclient",
        "micro",
        "kak",
        "joe",
        "jed",
        "ne",
        "mg",
        "mcedit",
    ];
    if line > 0 && plus.contains(&name.as_str()) {
        vec![format!("+{line}").into(), path.into()]
    } else if line > 0 && (name == "hx" || name == "helix") {
        let mut a = path.as_os_str().to_owned();
        a.push(format!(":{line}"));
        vec![a]
    } else {
        vec![path.into()]
    }
}

/// The command that edits `path` (at `line` when over 0): from `visual` or `editor` (the
/// variables' values, run by `sh` as git runs them), else the first fallback `found` on
/// `PATH`. `None`: no editor at all.
pub(crate) fn editor_argv(
    visual: Option<&str>,
    editor: Option<&str>,
    found: impl Fn(&str) -> bool,
    path: &Path,
    line: usize,
) -> Option<Vec<OsString>> {
    let chosen = [visual, editor]
        .into_iter()
        .flatten()
        .map(str::trim)
        .find(|v| !v.is_empty());
    let mut argv: Vec<OsString> = match chosen {
        Some(v) => {
            let mut a: Vec<OsString> = vec!["sh".into(), "-c".into()];
            a.push(format!("{v} \"$@\"").into());
            a.push("editor".into());
            a.extend(at_line(&first_word(v), path, line));
            return Some(a);
        }
        None => vec![FALLBACKS.iter().find(|p| found(p))?.into()],
    };
    let program = argv[0].to_string_lossy().into_owned();
    argv.extend(at_line(&program, path, line));
    Some(argv)
}

/// The program a shell command starts with, for knowing how it takes a line: the first word,
/// or what the first quotes hold (`"/opt/My Editor/bin/ed" --wait`).
fn first_word(command: &str) -> String {
    let c = command.trim_start();
    match c.chars().next() {
        Some(q @ ('"' | '\'')) => c[1..].split(q).next().unwrap_or("").to_string(),
        _ => c.split_whitespace().next().unwrap_or("").to_string(),
    }
}

/// Edit `path` in the person's editor, with the terminal handed over and taken back. What to
/// tell afterwards when the editor could not run or failed (`Ok(None)`: it ran and ended
/// well). An error: the terminal could not be taken back.
pub(crate) fn edit(
    gate: &super::events::InputGate,
    path: &Path,
    line: usize,
) -> std::io::Result<Option<String>> {
    let var = |k: &str| std::env::var(k).ok();
    let path_var = std::env::var_os("PATH");
    let Some(argv) = editor_argv(
        var("VISUAL").as_deref(),
        var("EDITOR").as_deref(),
        |p| crate::paths::on_path(p, path_var.as_deref()).is_some(),
        path,
        line,
    ) else {
        return Ok(Some(format!(
            "No text editor found: set VISUAL or EDITOR (for example `export EDITOR=nano`), \
             or edit {} in another window: the list follows the file.",
            path.display()
        )));
    };
    // The editor as the person named it: the variable's value, or the fallback found.
    let program = match argv.get(1).filter(|_| argv[0] == "sh") {
        Some(_) => argv[2]
            .to_string_lossy()
            .trim_end_matches(" \"$@\"")
            .to_string(),
        None => argv[0].to_string_lossy().into_owned(),
    };
    gate.hold();
    let status = super::term::handed_over(|| {
        std::process::Command::new(&argv[0])
            .args(&argv[1..])
            .spawn()
            .and_then(wait_following_stops)
    });
    gate.release();
    let status = status?;
    Ok(match status {
        Ok(s) if s.success() => None,
        // The shell's own "not found" and "cannot run" (as git reads them).
        Ok(s) if matches!(s.code(), Some(126 | 127)) => Some(crate::t!(
            "tui-app-editor-not-found",
            program = program.to_string(),
            status = s.to_string()
        )),
        Ok(s) => Some(crate::t!(
            "tui-app-editor-ended",
            program = program.to_string(),
            status = s.to_string()
        )),
        Err(e) => Some(crate::t!(
            "tui-app-editor-cannot-start",
            program = program.to_string(),
            error = e.to_string()
        )),
    })
}

/// Wait for the editor to end. When it stops (Ctrl-Z in vim stops it, and the shell, which
/// sees only windown, would never know), windown stops too, so the shell takes the terminal
/// and says the job is stopped; `fg` continues both, and the wait goes on.
fn wait_following_stops(child: std::process::Child) -> std::io::Result<std::process::ExitStatus> {
    use std::os::unix::process::ExitStatusExt;
    let pid = libc::pid_t::try_from(child.id()).map_err(std::io::Error::other)?;
    loop {
        let mut status = 0;
        // SAFETY: waitpid on our own child with a valid pointer to an int.
        let got = unsafe { libc::waitpid(pid, &mut status, libc::WUNTRACED) };
        if got < 0 {
            let e = std::io::Error::last_os_error();
            if e.kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return Err(e);
        }
        if libc::WIFSTOPPED(status) {
            // SIGSTOP cannot be caught: this returns once the shell continues us (`fg`).
            let _ = signal_hook::low_level::raise(libc::SIGSTOP);
            // SAFETY: a signal to our own child.
            unsafe {
                libc::kill(pid, libc::SIGCONT);
            }
            continue;
        }
        return Ok(std::process::ExitStatus::from_raw(status));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn argv(
        visual: Option<&str>,
        editor: Option<&str>,
        found: &[&str],
        line: usize,
    ) -> Option<Vec<String>> {
        editor_argv(
            visual,
            editor,
            |p| found.contains(&p),
            Path::new("/r/a.toml"),
            line,
        )
        .map(|v| {
            v.into_iter()
                .map(|s| s.to_string_lossy().into_owned())
                .collect()
        })
    }

    /// How `sh -c` runs a variable's value on the file.
    fn shell(value: &str, rest: &[&str]) -> Vec<String> {
        let mut v = vec![
            "sh".to_string(),
            "-c".into(),
            format!("{value} \"$@\""),
            "editor".into(),
        ];
        v.extend(rest.iter().map(|s| s.to_string()));
        v
    }

    #[test]
    fn visual_then_editor_then_a_fallback() {
        assert_eq!(
            argv(Some("vim"), Some("nano"), &[], 0).unwrap(),
            shell("vim", &["/r/a.toml"])
        );
        assert_eq!(
            argv(Some(" "), Some("code --wait"), &[], 3).unwrap(),
            shell("code --wait", &["/r/a.toml"])
        );
        assert_eq!(
            argv(None, None, &["nano", "vi"], 0).unwrap(),
            ["nano", "/r/a.toml"]
        );
        assert_eq!(argv(None, None, &[], 0), None);
    }

    #[test]
    fn the_line_where_the_editor_takes_one() {
        assert_eq!(
            argv(Some("/usr/bin/nvim"), None, &[], 7).unwrap(),
            shell("/usr/bin/nvim", &["+7", "/r/a.toml"])
        );
        assert_eq!(
            argv(None, Some("emacs -nw"), &[], 2).unwrap(),
            shell("emacs -nw", &["+2", "/r/a.toml"])
        );
        assert_eq!(
            argv(Some("hx"), None, &[], 4).unwrap(),
            shell("hx", &["/r/a.toml:4"])
        );
        assert_eq!(
            argv(Some("'/opt/My Editor/vim' -f"), None, &[], 4).unwrap(),
            shell("'/opt/My Editor/vim' -f", &["+4", "/r/a.toml"])
        );
        assert_eq!(
            argv(Some("unknown-ed"), None, &[], 4).unwrap(),
            shell("unknown-ed", &["/r/a.toml"])
        );
        assert_eq!(
            argv(None, None, &["vi"], 4).unwrap(),
            ["vi", "+4", "/r/a.toml"]
        );
    }

    /// The value runs as the shell reads it, with the file as one argument whatever its name:
    /// a program in a folder with a space, its own arguments, and a file name with a quote,
    /// a space and a `$(...)` that must not run.
    #[test]
    fn the_shell_runs_the_value_with_the_file_as_an_argument() {
        let tmp = tempfile::tempdir().unwrap();
        let folder = tmp.path().join("My Editor");
        std::fs::create_dir_all(&folder).unwrap();
        let ed = folder.join("ed");
        std::fs::write(
            &ed,
            "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$(dirname \"$0\")/args\"\n",
        )
        .unwrap();
        std::fs::set_permissions(&ed, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
        let file = tmp.path().join("it's a $(touch pwned) file.toml");
        let value = format!("\"{}\" --wait", ed.display());
        let a = editor_argv(Some(&value), None, |_| false, &file, 0).unwrap();
        let status = std::process::Command::new(&a[0])
            .args(&a[1..])
            .current_dir(tmp.path())
            .status()
            .unwrap();
        assert!(status.success());
        let args = std::fs::read_to_string(folder.join("args")).unwrap();
        assert_eq!(args, format!("--wait\n{}\n", file.display()));
        assert!(!tmp.path().join("pwned").exists());
    }

    #[test]
    fn the_editors_exit_status_comes_back() {
        // (Its stops are followed in the tmux test: stopping here would stop the test run.)
        let child = std::process::Command::new("sh")
            .args(["-c", "exit 3"])
            .spawn()
            .unwrap();
        let status = wait_following_stops(child).unwrap();
        assert_eq!(status.code(), Some(3));
    }
}
