//! `remind install` / `remind uninstall`: starting the reminder process at login.
//!
//! Owns the text of the systemd user unit and of the XDG autostart entry, the quoting each
//! needs, and the few `systemctl --user` calls. The folders come in as [`Places`] and the
//! systemctl runner as a parameter, so tests never touch a real session.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::error::Failure;

pub(crate) const UNIT_NAME: &str = "windown-remind.service";
pub(crate) const DESKTOP_NAME: &str = "windown-remind.desktop";

/// The application's desktop entry (named by notifications' `desktop-entry` hint) and icon.
pub(crate) const APP_DESKTOP_NAME: &str = "windown.desktop";
pub(crate) const ICON_NAME: &str = "windown.svg";

/// Where a package puts the unit, for every user (`systemctl --user enable` enables it per
/// user); the first found is used.
pub(crate) const PACKAGED_UNIT_DIRS: &[&str] =
    &["/usr/lib/systemd/user", "/usr/local/lib/systemd/user"];

/// Where the unit, the autostart entry, the application entry and the icon go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Places {
    /// A unit installed by a package (`/usr/lib/systemd/user/windown-remind.service`): when
    /// there is one, install only enables it, writing no unit of its own.
    pub(crate) packaged_unit: Option<PathBuf>,
    pub(crate) systemd_unit: PathBuf,
    pub(crate) autostart: PathBuf,
    /// `$XDG_DATA_HOME/applications/windown.desktop`: notification servers read the app's
    /// name and icon from it.
    pub(crate) application: PathBuf,
    /// `$XDG_DATA_HOME/icons/hicolor/scalable/apps/windown.svg`.
    pub(crate) icon: PathBuf,
}

impl Places {
    /// Under `$XDG_CONFIG_HOME`, else `$HOME/.config`.
    pub(crate) fn from_lookup(var: impl Fn(&str) -> Option<PathBuf>) -> Option<Places> {
        let base = var("XDG_CONFIG_HOME")
            .filter(|p| p.is_absolute())
            .or_else(|| {
                var("HOME")
                    .filter(|p| p.is_absolute())
                    .map(|h| h.join(".config"))
            })?;
        let data = var("XDG_DATA_HOME")
            .filter(|p| p.is_absolute())
            .or_else(|| {
                var("HOME")
                    .filter(|p| p.is_absolute())
                    .map(|h| h.join(".local").join("share"))
            })?;
        Some(Places {
            packaged_unit: PACKAGED_UNIT_DIRS
                .iter()
                .map(|d| Path::new(d).join(UNIT_NAME))
                .find(|p| p.is_file()),
            systemd_unit: base.join("systemd").join("user").join(UNIT_NAME),
            autostart: base.join("autostart").join(DESKTOP_NAME),
            application: data.join("applications").join(APP_DESKTOP_NAME),
            icon: data
                .join("icons")
                .join("hicolor")
                .join("scalable")
                .join("apps")
                .join(ICON_NAME),
        })
    }
}

/// Runs `systemctl --user ARGS`; Err with a short reason when it cannot or it fails.
pub(crate) type Systemctl<'a> = &'a dyn Fn(&[&str]) -> Result<(), SystemctlError>;

/// Why a `systemctl --user` call did not succeed.
#[derive(Debug, thiserror::Error)]
pub(crate) enum SystemctlError {
    /// It could not be started (not installed, say).
    #[error("cannot run systemctl: {0}")]
    Start(std::io::Error),
    /// It ran and failed: what it wrote on stderr, on one line.
    #[error("{0}")]
    Failed(String),
}

/// The real `systemctl --user`.
pub(crate) fn real_systemctl(args: &[&str]) -> Result<(), SystemctlError> {
    let out = Command::new("systemctl")
        .arg("--user")
        .args(args)
        .stdin(Stdio::null())
        .output()
        .map_err(SystemctlError::Start)?;
    if out.status.success() {
        Ok(())
    } else {
        let err = String::from_utf8_lossy(&out.stderr);
        Err(SystemctlError::Failed(
            err.split_whitespace().collect::<Vec<_>>().join(" "),
        ))
    }
}

/// The program of a systemd command line (`ExecStart=`): quoted when it has to be, with `%`
/// doubled so systemd does not take it for a specifier. (`$` is not expanded in the program's
/// path, only in its arguments.) The path must have passed [`unit_path_problem`].
fn systemd_quote(arg: &str) -> String {
    quote_unit_word(arg)
}

/// One `Environment=` assignment: systemd expands `%` specifiers there but not `$`, so only
/// `%` is doubled.
fn systemd_env_quote(assignment: &str) -> String {
    quote_unit_word(assignment)
}

/// `%` doubled, then, when the word holds anything beyond a safe set, double quotes with the
/// C escapes of systemd.syntax: `\\`, `\"`, `\n`, `\t`, `\r` and `\xNN` for any other control
/// character, so that the word stays on its line and reads back as it was.
fn quote_unit_word(word: &str) -> String {
    let escaped = word.replace('%', "%%");
    if escaped
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+=:@,".contains(c))
    {
        return escaped;
    }
    let mut q = String::with_capacity(escaped.len() + 2);
    q.push('"');
    for c in escaped.chars() {
        match c {
            '\\' => q.push_str("\\\\"),
            '"' => q.push_str("\\\""),
            '\n' => q.push_str("\\n"),
            '\t' => q.push_str("\\t"),
            '\r' => q.push_str("\\r"),
            c if c.is_ascii_control() => q.push_str(&format!("\\x{:02x}", c as u32)),
            c => q.push(c),
        }
    }
    q.push('"');
    q
}

/// Why systemd would not run the program at `exe` from a unit, in words: it refuses a
/// program's path with a quote, a backslash or a control character (a line break) in it
/// ("Executable name contains special characters"), however it is escaped. `None`: fine.
pub(crate) fn unit_path_problem(exe: &str) -> Option<String> {
    let bad = exe
        .chars()
        .find(|&c| matches!(c, '"' | '\'' | '\\') || c.is_control())?;
    Some(format!(
        "systemd does not run a program whose path holds {}: {}",
        match bad {
            '"' | '\'' => "a quote",
            '\\' => "a backslash",
            '\n' | '\r' => "a line break",
            _ => "a control character",
        },
        crate::diag::printable(exe)
    ))
}

/// Why a desktop entry cannot hold `value`: a control character other than a line break or a
/// tab (the desktop entry format has no escape for them). `None`: fine.
pub(crate) fn desktop_value_problem(value: &str) -> Option<String> {
    value
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
        .then(|| {
            format!(
                "a desktop entry cannot hold the control character in {}",
                crate::diag::printable(value)
            )
        })
}

/// One argument of a desktop entry's Exec key: always quoted, with the spec's escapes, then
/// the string-level escapes (`\\`, `\n`, `\t`, `\r`), and `%` doubled.
fn desktop_quote(arg: &str) -> String {
    let mut q = String::from("\"");
    for c in arg.chars() {
        if matches!(c, '"' | '`' | '$' | '\\') {
            q.push('\\');
        }
        q.push(c);
    }
    q.push('"');
    q.replace('\\', "\\\\")
        .replace('\n', "\\n")
        .replace('\t', "\\t")
        .replace('\r', "\\r")
        .replace('%', "%%")
}

/// The systemd user unit that runs `remind run` with `exe`, passing on the `WINDOWN_*`
/// folder variables that were set at install time. With `graphical` (the user manager has
/// `graphical-session.target`) it lives and dies with the graphical session, where
/// notifications can be shown; without, it starts with the user manager (`default.target`).
pub(crate) fn unit_text(exe: &Path, env: &[(String, String)], graphical: bool) -> String {
    let mut s = String::from(
        "# Written by `windown remind install`; remove with `windown remind uninstall`.\n\
         [Unit]\n\
         Description=windown reminders (desktop notifications)\n\
         Documentation=man:windown(1)\n",
    );
    if graphical {
        s.push_str("PartOf=graphical-session.target\nAfter=graphical-session.target\n");
    }
    s.push_str("\n[Service]\nType=exec\n");
    for (k, v) in env {
        s.push_str(&format!(
            "Environment={}\n",
            systemd_env_quote(&format!("{k}={v}"))
        ));
    }
    s.push_str(&format!(
        "ExecStart={} remind run\nRestart=on-failure\nRestartSec=30\n\n[Install]\nWantedBy={}\n",
        systemd_quote(&exe.display().to_string()),
        if graphical {
            "graphical-session.target"
        } else {
            "default.target"
        }
    ));
    s
}

/// The unit a package installs in the system's user-unit folder (`packaging/` holds it, a test
/// keeps the two the same): the unit of [`unit_text`] for `/usr/bin/windown`, saying how it
/// is enabled.
#[cfg(test)]
fn packaged_unit_text() -> String {
    let text = unit_text(Path::new("/usr/bin/windown"), &[], true);
    let (_, rest) = text.split_once('\n').unwrap_or_default();
    format!(
        "# Installed by the windown package, enabled for no one: `windown remind install` (or\n\
         # `windown setup`) enables it for you, `windown remind uninstall` disables it.\n{rest}"
    )
}

/// The application's desktop entry: it opens windown in a terminal, and it gives notification
/// servers windown's name and icon (the notifications' `desktop-entry` hint names it).
pub(crate) fn app_desktop_text(exe: &Path) -> String {
    format!(
        "# Written by `windown remind install`; remove with `windown remind uninstall`.\n\
         [Desktop Entry]\n\
         Type=Application\n\
         Name=windown\n\
         Comment=Evening stretches, a bedtime wind-down and gentle reminders for night-time leg cramps\n\
         Exec={}\n\
         Icon=windown\n\
         Terminal=true\n\
         Categories=Utility;\n\
         Keywords=cramp;stretch;sleep;reminder;\n",
        desktop_quote(&exe.display().to_string())
    )
}

/// The application entry and the icon, where notification servers look for them.
fn install_app_files(places: &Places, exe: &Path) -> Result<(), Failure> {
    const ICON: &str = include_str!("../../assets/icons/windown.svg");
    write(&places.application, &app_desktop_text(exe))?;
    crate::fsio::write(&places.icon, ICON.as_bytes())
        .map_err(|e| Failure::io("write", &places.icon, &e))
}

/// The XDG autostart entry, for desktops without a systemd user session.
pub(crate) fn desktop_text(exe: &Path, env: &[(String, String)]) -> String {
    let mut exec = String::new();
    if !env.is_empty() {
        exec.push_str("env ");
        for (k, v) in env {
            exec.push_str(&desktop_quote(&format!("{k}={v}")));
            exec.push(' ');
        }
    }
    exec.push_str(&desktop_quote(&exe.display().to_string()));
    exec.push_str(" remind run");
    format!(
        "# Written by `windown remind install`; remove with `windown remind uninstall`.\n\
         [Desktop Entry]\n\
         Type=Application\n\
         Name=windown reminders\n\
         Comment=Daytime and bedtime reminders as desktop notifications\n\
         Exec={exec}\n\
         Terminal=false\n\
         NoDisplay=true\n\
         X-GNOME-Autostart-enabled=true\n"
    )
}

fn write(path: &Path, text: &str) -> Result<(), Failure> {
    crate::fsio::write(path, text.as_bytes()).map_err(|e| Failure::io("write", path, &e))
}

/// Where [`install`] put the reminder process's start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Installed {
    /// A systemd user unit, enabled and started.
    Systemd(PathBuf),
    /// The unit a package installed, enabled and started (no file written).
    Packaged(PathBuf),
    /// An XDG autostart entry, because `systemctl --user` is not available here.
    Autostart(PathBuf),
}

/// `remind install`: the application entry and icon, then a systemd user unit (enabled and
/// started) or, without `systemctl --user`, an XDG autostart entry. Says what it did; the
/// command line words it.
pub(crate) fn install(
    places: &Places,
    exe: &Path,
    env: &[(String, String)],
    systemctl: Systemctl<'_>,
) -> Result<Installed, Failure> {
    if let Some(unit) = &places.packaged_unit
        && systemctl(&["show-environment"]).is_ok()
    {
        // The package put the unit, the application entry and the icon in the system's
        // folders: enabling it for this user is all there is to do.
        systemctl(&["enable", "--now", UNIT_NAME]).map_err(|e| {
            Failure::new(format!("could not enable {}: {e}", unit.display()))
                .with_hint(format!("try: systemctl --user enable --now {UNIT_NAME}"))
        })?;
        return Ok(Installed::Packaged(unit.clone()));
    }
    let exe_text = exe_text(exe)?;
    let refuse = |problem: String| {
        Failure::new(problem).with_hint(
            "move windown to a folder whose path has no quotes, backslashes or line breaks",
        )
    };
    for value in std::iter::once(exe_text).chain(env.iter().map(|(_, v)| v.as_str())) {
        if let Some(p) = desktop_value_problem(value) {
            return Err(refuse(p));
        }
    }
    install_app_files(places, exe)?;
    if systemctl(&["show-environment"]).is_ok() {
        if let Some(p) = unit_path_problem(exe_text) {
            return Err(refuse(p));
        }
        let graphical = systemctl(&["cat", "graphical-session.target"]).is_ok();
        write(&places.systemd_unit, &unit_text(exe, env, graphical))?;
        let enable =
            systemctl(&["daemon-reload"]).and_then(|()| systemctl(&["enable", "--now", UNIT_NAME]));
        if let Err(e) = enable {
            return Err(Failure::new(format!(
                "wrote {} but could not enable it: {e}",
                places.systemd_unit.display()
            ))
            .with_hint(format!("try: systemctl --user enable --now {UNIT_NAME}")));
        }
        Ok(Installed::Systemd(places.systemd_unit.clone()))
    } else {
        write(&places.autostart, &desktop_text(exe, env))?;
        Ok(Installed::Autostart(places.autostart.clone()))
    }
}

/// The program's path as text: units and entries are UTF-8, so a path that is not is refused.
pub(crate) fn exe_text(exe: &Path) -> Result<&str, Failure> {
    exe.to_str().ok_or_else(|| {
        Failure::new(format!(
            "the path of this program is not UTF-8 text, which a unit or an autostart entry \
             cannot hold: {}",
            crate::diag::printable(&exe.to_string_lossy())
        ))
        .with_hint("move windown to a folder whose name is plain text")
    })
}

/// `remind uninstall`: removes the unit (disabled and stopped first) and the autostart entry,
/// and quietly the application entry and icon; a package's unit enabled for this user is
/// disabled and stopped, and stays. Returns the start files it removed or disabled, in order
/// (none: it was not installed).
pub(crate) fn uninstall(
    places: &Places,
    systemctl: Systemctl<'_>,
) -> Result<Vec<PathBuf>, Failure> {
    let mut removed = Vec::new();
    if let Some(unit) = &places.packaged_unit
        && systemctl(&["is-enabled", "--quiet", UNIT_NAME]).is_ok()
        && !places.systemd_unit.exists()
    {
        // The package's unit stays (it is enabled for no one else); only this user's link goes.
        let _ = systemctl(&["disable", "--now", UNIT_NAME]);
        removed.push(unit.clone());
    }
    if places.systemd_unit.exists() {
        if systemctl(&["show-environment"]).is_ok() {
            // It may already be disabled or stopped; removing the file is what counts.
            let _ = systemctl(&["disable", "--now", UNIT_NAME]);
        }
        std::fs::remove_file(&places.systemd_unit)
            .map_err(|e| Failure::io("remove", &places.systemd_unit, &e))?;
        let _ = systemctl(&["daemon-reload"]);
        removed.push(places.systemd_unit.clone());
    }
    if places.autostart.exists() {
        std::fs::remove_file(&places.autostart)
            .map_err(|e| Failure::io("remove", &places.autostart, &e))?;
        removed.push(places.autostart.clone());
    }
    // The application entry and icon go quietly: they come with either of the above.
    for p in [&places.application, &places.icon] {
        if std::fs::symlink_metadata(p).is_ok() {
            std::fs::remove_file(p).map_err(|e| Failure::io("remove", p, &e))?;
        }
    }
    Ok(removed)
}

/// Where to install, this binary, and the `WINDOWN_*` folder variables to pass on, from the
/// process environment.
pub(crate) type Context = (Places, PathBuf, Vec<(String, String)>);

/// The [`Context`] of this process.
pub(crate) fn context_from_env() -> Result<Context, Failure> {
    let places = Places::from_lookup(|k| {
        std::env::var_os(k)
            .filter(|v| !v.is_empty())
            .map(Into::into)
    })
    .ok_or_else(|| Failure::new("cannot find your config folder: set HOME or XDG_CONFIG_HOME"))?;
    let exe = std::env::current_exe()
        .map_err(|e| Failure::new(format!("cannot find the path of this program: {e}")))?;
    let env = [
        "WINDOWN_CONFIG_DIR",
        "WINDOWN_DATA_DIR",
        "WINDOWN_STATE_DIR",
    ]
    .iter()
    .filter_map(|k| {
        let v = std::env::var_os(k).filter(|v| !v.is_empty())?;
        Some((k, std::path::absolute(v).ok()?))
    })
    .map(|(k, abs)| match abs.to_str() {
        Some(text) => Ok((k.to_string(), text.to_string())),
        None => Err(Failure::new(format!(
            "{k} is not UTF-8 text, which a unit or an autostart entry cannot hold: {}",
            crate::diag::printable(&abs.to_string_lossy())
        ))),
    })
    .collect::<Result<_, _>>()?;
    Ok((places, exe, env))
}

/// Start `exe remind run` now, detached from this terminal (its own session, no input or
/// output), for when there is no systemd user session: the autostart entry starts it at the
/// next login.
pub(crate) fn start_detached(exe: &Path) -> std::io::Result<()> {
    use std::os::unix::process::CommandExt as _;
    let mut cmd = Command::new(exe);
    cmd.args(["remind", "run"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    // SAFETY: setsid is async-signal-safe and touches no memory of this process.
    unsafe {
        cmd.pre_exec(|| {
            libc::setsid();
            Ok(())
        });
    }
    cmd.spawn().map(drop)
}

/// Install and start the reminder process for the setup: what was done, in words, ending
/// with how to stop it.
pub(crate) fn start_for_setup(ctx: &Context) -> Result<Vec<String>, Failure> {
    let (places, exe, env) = ctx;
    let mut said = Vec::new();
    match install(places, exe, env, &real_systemctl)? {
        Installed::Systemd(p) | Installed::Packaged(p) => {
            said.push(format!(
                "the reminders start now and at every login ({})",
                p.display()
            ));
        }
        Installed::Autostart(p) => {
            start_detached(exe).map_err(|e| {
                Failure::new(format!("cannot start the reminder process: {e}"))
                    .with_hint("start it with: windown remind run &")
            })?;
            said.push(format!(
                "the reminders run now, and start at every login ({})",
                p.display()
            ));
        }
    }
    said.push("to stop them: windown remind uninstall".into());
    Ok(said)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The unit in packaging/ is the one this code describes.
    #[test]
    fn the_packaged_unit_is_up_to_date() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/windown-remind.service");
        let text = packaged_unit_text();
        if std::env::var_os("WINDOWN_BLESS").is_some() {
            std::fs::write(&path, &text).unwrap();
        }
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            text,
            "packaging/windown-remind.service is out of date: run this test with WINDOWN_BLESS=1"
        );
        assert!(text.contains("\nExecStart=/usr/bin/windown remind run\n"));
    }

    #[test]
    fn a_packaged_unit_is_only_enabled() {
        let tmp = tempfile::tempdir().unwrap();
        let unit = tmp.path().join("pkg").join(UNIT_NAME);
        let mut places = Places::from_lookup(|k| match k {
            "HOME" => Some(tmp.path().to_path_buf()),
            _ => None,
        })
        .unwrap();
        places.packaged_unit = Some(unit.clone());
        let calls = std::cell::RefCell::new(Vec::new());
        let ctl = |a: &[&str]| {
            calls.borrow_mut().push(a.join(" "));
            Ok(())
        };
        let done = install(&places, Path::new("/usr/bin/windown"), &[], &ctl).unwrap();
        assert_eq!(done, Installed::Packaged(unit.clone()));
        assert_eq!(
            *calls.borrow(),
            ["show-environment", "enable --now windown-remind.service"]
        );
        assert!(!places.systemd_unit.exists() && !places.application.exists());
        calls.borrow_mut().clear();
        assert_eq!(uninstall(&places, &ctl).unwrap(), [unit]);
        assert!(
            calls
                .borrow()
                .contains(&"disable --now windown-remind.service".to_string())
        );
    }

    #[test]
    fn quoting() {
        assert_eq!(systemd_quote("/usr/bin/windown"), "/usr/bin/windown");
        assert_eq!(systemd_quote("/a b/50%"), "\"/a b/50%%\"");
        assert_eq!(desktop_quote("/a b/$x"), "\"/a b/\\\\$x\"");
        // systemd does not expand `$` in Environment=, but does in ExecStart=.
        let unit = unit_text(
            Path::new("/opt/my $app/windown"),
            &[("WINDOWN_DATA_DIR".into(), "/home/a/my $data 100%".into())],
            true,
        );
        assert!(
            unit.contains("\nEnvironment=\"WINDOWN_DATA_DIR=/home/a/my $data 100%%\"\n"),
            "{unit}"
        );
        assert!(
            unit.contains("\nExecStart=\"/opt/my $app/windown\" remind run\n"),
            "{unit}"
        );
        // Line breaks and control characters stay escaped on their line.
        let unit = unit_text(
            Path::new("/opt/windown"),
            &[(
                "WINDOWN_DATA_DIR".into(),
                "/a\nExecStartPre=/bin/evil\t\u{1}\\\"".into(),
            )],
            true,
        );
        assert!(
            unit.contains(
                "\nEnvironment=\"WINDOWN_DATA_DIR=/a\\nExecStartPre=/bin/evil\\t\\x01\\\\\\\"\"\n"
            ),
            "{unit}"
        );
        assert_eq!(desktop_quote("/a\nb\tc"), "\"/a\\nb\\tc\"");
        assert_eq!(unit_path_problem("/opt/a b/50%/$x/windown"), None);
        assert_eq!(
            unit_path_problem("/opt/a\nb/windown").as_deref(),
            Some(
                "systemd does not run a program whose path holds a line break: /opt/a\\u{a}b/windown"
            )
        );
        assert!(unit_path_problem("/opt/it's/windown").is_some());
        assert!(desktop_value_problem("/a\u{1}").is_some());
        assert!(desktop_value_problem("/a\nb").is_none());
    }

    #[test]
    fn the_unit_follows_the_graphical_session() {
        let exe = Path::new("/usr/bin/windown");
        insta::assert_snapshot!("unit_graphical", unit_text(exe, &[], true));
        insta::assert_snapshot!(
            "unit_default_target",
            unit_text(exe, &[("WINDOWN_DATA_DIR".into(), "/srv/w".into())], false)
        );
        insta::assert_snapshot!("app_desktop", app_desktop_text(exe));
    }
}
