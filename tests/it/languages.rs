//! The language windown speaks, end to end: `--lang`, the environment, the language written to
//! config.toml once chosen, and a translator's override file with a located error.

use crate::common::Env;

fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn an_unknown_lang_flag_is_a_usage_error_with_the_languages() {
    let env = Env::new();
    let o = env.output(&["--lang", "tlh", "list"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let e = stderr(&o);
    assert!(
        e.starts_with("error: windown has no messages in \"tlh\""),
        "{e}"
    );
    assert!(
        e.contains("hint: --lang takes one of en, es, de, fr"),
        "{e}"
    );
    // After the command too (a global flag), and a regional tag is negotiated.
    let o = env.output(&["list", "--lang", "de_AT.UTF-8"]);
    assert!(o.status.success(), "{}", stderr(&o));
}

/// Commands that only read or check never write config.toml, whatever the language chosen
/// (from the environment or `--lang`).
#[test]
fn a_read_only_command_never_writes_the_language() {
    let env = Env::new();
    // No config.toml yet (the first run writes it): nothing is made.
    let o = env
        .cmd(&["list"])
        .env("LANG", "fr_FR.UTF-8")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!env.path("config/config.toml").exists());
    let path = env.write("config/config.toml", "bedtime = \"23:00\"\n");
    for args in [
        &["list"][..],
        &["validate"],
        &["stats"],
        &["--lang", "de", "list"],
    ] {
        let o = env.cmd(args).env("LANG", "fr_FR.UTF-8").output().unwrap();
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text, "bedtime = \"23:00\"\n", "{args:?}");
    }
    let o = env.output(&["config"]);
    assert!(o.status.success(), "{}", stderr(&o));
    // `windown config` shows the language in force and where it comes from.
    env.write("config/config.toml", "language = \"de\"\n");
    let o = env.output(&["config"]);
    let out = String::from_utf8_lossy(&o.stdout);
    // (In German now: the names of the settings stay config.toml's.)
    assert!(
        out.lines()
            .any(|l| l.starts_with("language ") && l.ends_with("  de (config.toml)")),
        "{out}"
    );
    assert!(out.contains("Konfigurationsordner"), "{out}");
}

#[test]
fn a_broken_override_file_is_a_located_error() {
    let env = Env::new();
    let path = env.write("config/locales/de/cues.ftl", "cue-rest = Pause.\nkaputt\n");
    let o = env.output(&["--lang", "de", "list"]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    let at = format!("error: {}:2:", path.display());
    assert!(e.starts_with(&at), "{e}");
    assert!(e.contains("not valid Fluent"), "{e}");
    // A good one is taken without a build.
    env.write("config/locales/de/cues.ftl", "cue-rest = Pause.\n");
    assert!(env.output(&["--lang", "de", "list"]).status.success());
}
