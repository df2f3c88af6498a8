//! `windown completions bash|zsh|fish` load in each shell, and complete routine and reminder
//! ids from the person's own files; `windown man` is a man page. A shell that is not
//! installed is skipped with a reason, except under `CI=true` (`.ci/run` installs zsh and fish).

use std::path::{Path, PathBuf};
use std::process::Command;

fn find(tool: &str) -> Option<PathBuf> {
    windown::paths::on_path(tool, std::env::var_os("PATH").as_deref())
}

/// The shell, or a skip (a failure under CI=true).
fn shell(name: &str) -> Option<PathBuf> {
    let found = find(name);
    if found.is_none() {
        if std::env::var("CI").as_deref() == Ok("true") {
            panic!("{name} required when CI=true");
        }
        eprintln!("skipped: {name} not installed");
    }
    found
}

/// `program` with windown's folders under `root` and windown first on `PATH` (the scripts
/// call it), and nothing else from the environment.
fn with_env(program: &Path, root: &Path) -> Command {
    let bin = Path::new(env!("CARGO_BIN_EXE_windown"));
    let mut path = std::ffi::OsString::from(bin.parent().unwrap());
    path.push(":");
    path.push(std::env::var_os("PATH").unwrap_or_default());
    let mut c = Command::new(program);
    c.env_clear()
        .env("PATH", &path)
        .env("HOME", root.join("home"))
        .env("WINDOWN_CONFIG_DIR", root.join("config"))
        .env("WINDOWN_DATA_DIR", root.join("data"))
        .env("WINDOWN_STATE_DIR", root.join("state"));
    c
}

fn windown(root: &Path) -> Command {
    with_env(Path::new(env!("CARGO_BIN_EXE_windown")), root)
}

/// A config folder with one routine of the person's and one reminder; the script for `sh`.
fn setup(sh: &str) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let routines = tmp.path().join("config/routines");
    std::fs::create_dir_all(&routines).unwrap();
    std::fs::write(
        routines.join("physio-plan.toml"),
        "title = \"Physio\"\n[[step]]\ntitle = \"a\"\nhold = 5\n",
    )
    .unwrap();
    std::fs::write(
        tmp.path().join("config/reminders.toml"),
        "[[reminder]]\nid = \"legs-up\"\ntitle = \"Legs up\"\nat = [\"20:00\"]\n",
    )
    .unwrap();
    let out = windown(tmp.path())
        .args(["completions", sh])
        .output()
        .unwrap();
    assert!(out.status.success());
    let script = tmp.path().join(format!("windown.{sh}"));
    std::fs::write(&script, &out.stdout).unwrap();
    (tmp, script)
}

fn run(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn bash_completes_commands_and_the_persons_ids() {
    let Some(bash) = shell("bash") else { return };
    let (tmp, script) = setup("bash");
    run(Command::new(&bash).arg("-n").arg(&script));
    let probe = |words: &str, cword: usize| {
        let code = format!(
            "source '{}'; COMP_WORDS=({words}); COMP_CWORD={cword}; COMP_LINE='{words}'; COMP_POINT=${{#COMP_LINE}}; _windown_with_ids windown \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
            script.display()
        );
        run(with_env(&bash, tmp.path()).args(["-c", &code]))
    };
    let first = probe("windown ph", 1);
    assert!(first.lines().any(|l| l == "physio-plan"), "{first}");
    let run_arg = probe("windown run ''", 2);
    assert!(run_arg.lines().any(|l| l == "physio-plan"), "{run_arg}");
    assert!(run_arg.lines().any(|l| l == "evening-legs"), "{run_arg}");
    let cmd = probe("windown sta", 1);
    assert!(cmd.lines().any(|l| l == "stats"), "{cmd}");
    let reminder = probe("windown remind test ''", 3);
    assert!(reminder.lines().any(|l| l == "legs-up"), "{reminder}");
}

#[test]
fn zsh_loads_the_script() {
    let Some(zsh) = shell("zsh") else { return };
    let (_tmp, script) = setup("zsh");
    run(Command::new(&zsh).arg("-n").arg(&script));
    // Loaded for real under compinit: no error.
    let code = format!(
        "autoload -Uz compinit && compinit -u -D && source '{}' && print loaded",
        script.display()
    );
    let out = run(Command::new(&zsh).args(["-f", "-c", &code]));
    assert_eq!(out, "loaded\n");
}

#[test]
fn fish_loads_the_script_and_completes_ids() {
    let Some(fish) = shell("fish") else { return };
    let (tmp, script) = setup("fish");
    run(Command::new(&fish).arg("-n").arg(&script));
    let code = format!("source '{}'; complete -C 'windown run '", script.display());
    let mut f = with_env(&fish, tmp.path());
    let out = run(f.args(["--no-config", "-c", &code]));
    assert!(out.lines().any(|l| l.starts_with("physio-plan")), "{out}");
}

#[test]
fn the_man_page_names_every_command() {
    let tmp = tempfile::tempdir().unwrap();
    let page = run(windown(tmp.path()).arg("man"));
    assert!(page.contains(".TH windown 1"), "{page}");
    for command in ["validate", "config", "schema", "completions", "stats"] {
        assert!(page.contains(command), "{command}");
    }
    assert!(
        !page.contains("windown\\-ids"),
        "the hidden ids command is not documented"
    );
}
