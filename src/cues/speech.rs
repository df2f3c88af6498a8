//! Speech: which program reads the cues aloud, and how it is called.
//!
//! With no settings, the first of these found on `PATH`: `spd-say` (speech-dispatcher, which
//! uses the voice chosen for the whole desktop, Piper included), `espeak-ng`, `espeak`, and
//! `say` on macOS. `[voice] command` names any other program, which gets the text on stdin.
//! The known engines get the text after `--` (`say` on stdin), so a routine's text such as
//! "-f/etc/passwd" is never read as an option.

use std::ffi::OsStr;

use crate::config::Tuning;
use crate::paths::on_path;

/// The programs looked for, in order.
#[cfg(target_os = "macos")]
pub(crate) const KNOWN: &[&str] = &["spd-say", "espeak-ng", "espeak", "say"];
#[cfg(not(target_os = "macos"))]
pub(crate) const KNOWN: &[&str] = &["spd-say", "espeak-ng", "espeak"];

/// How the text reaches the program.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Delivery {
    /// As the last argument, after `--`.
    AfterDashes,
    /// On standard input, followed by a line break.
    Stdin,
}

/// A speech program and how to call it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Speech {
    /// What it is called in messages: "espeak-ng", or the command's program.
    pub(crate) name: String,
    /// The program and its options, without the text.
    pub(crate) argv: Vec<String>,
    pub(crate) delivery: Delivery,
}

impl Speech {
    /// The first known engine on `path`, called with `tuning`.
    pub(crate) fn find(path: Option<&OsStr>, tuning: &Tuning) -> Option<Speech> {
        KNOWN
            .iter()
            .find(|name| on_path(name, path).is_some())
            .map(|name| Speech::known(name, tuning))
    }

    /// Any program from `[voice] command`: the text goes on its stdin.
    pub(crate) fn command(argv: Vec<String>) -> Speech {
        Speech {
            name: super::program_name(&argv).to_string(),
            argv,
            delivery: Delivery::Stdin,
        }
    }

    /// A known engine by name (one of [`KNOWN`]).
    pub(crate) fn known(name: &str, tuning: &Tuning) -> Speech {
        let mut argv = vec![name.to_string()];
        let mut opt = |flag: &str, value: String| {
            argv.push(flag.into());
            argv.push(value);
        };
        let delivery = match name {
            "spd-say" => {
                // Wait until it has been said, so that cues never overlap.
                if let Some(r) = tuning.rate {
                    let r = ((i64::from(r) - 175) * 100 / 175).clamp(-100, 100);
                    opt("-r", r.to_string());
                }
                if let Some(v) = &tuning.voice {
                    opt("-y", v.clone());
                }
                if let Some(l) = &tuning.language {
                    opt("-l", l.clone());
                }
                argv.push("--wait".into());
                Delivery::AfterDashes
            }
            "say" => {
                if let Some(r) = tuning.rate {
                    opt("-r", r.to_string());
                }
                if let Some(v) = &tuning.voice {
                    opt("-v", v.clone());
                }
                Delivery::Stdin
            }
            _ => {
                if let Some(r) = tuning.rate {
                    opt("-s", r.to_string());
                }
                if let Some(v) = tuning.voice.as_ref().or(tuning.language.as_ref()) {
                    opt("-v", v.clone());
                }
                Delivery::AfterDashes
            }
        };
        Speech {
            name: name.to_string(),
            argv,
            delivery,
        }
    }

    /// The whole command line for `text`, and what goes on stdin.
    pub(crate) fn call(&self, text: &str) -> (Vec<String>, Option<String>) {
        let mut argv = self.argv.clone();
        match self.delivery {
            Delivery::AfterDashes => {
                argv.push("--".into());
                argv.push(text.into());
                (argv, None)
            }
            Delivery::Stdin => (argv, Some(format!("{text}\n"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_is_never_where_an_option_goes() {
        let t = Tuning::default();
        for name in KNOWN {
            let (argv, stdin) = Speech::known(name, &t).call("-f/etc/passwd");
            match stdin {
                Some(s) => {
                    assert_eq!(s, "-f/etc/passwd\n");
                    assert!(!argv.iter().any(|a| a.contains("passwd")));
                }
                None => assert_eq!(argv[argv.len() - 2..], ["--", "-f/etc/passwd"]),
            }
        }
        let (argv, stdin) = Speech::command(vec!["piper-say".into()]).call("-x");
        assert_eq!(
            (argv, stdin.as_deref()),
            (vec!["piper-say".into()], Some("-x\n"))
        );
    }

    #[test]
    fn tuning_goes_to_each_engine_its_own_way() {
        let t = Tuning {
            rate: Some(140),
            voice: None,
            language: Some("en-gb".into()),
        };
        assert_eq!(
            Speech::known("espeak-ng", &t).argv,
            ["espeak-ng", "-s", "140", "-v", "en-gb"]
        );
        assert_eq!(
            Speech::known("spd-say", &t).argv,
            ["spd-say", "-r", "-20", "-l", "en-gb", "--wait"]
        );
    }

    #[test]
    fn found_in_order_of_preference() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().as_os_str();
        assert_eq!(Speech::find(Some(path), &Tuning::default()), None);
        for name in ["espeak", "espeak-ng"] {
            let p = tmp.path().join(name);
            std::fs::write(&p, "#!/bin/sh\n").unwrap();
            std::fs::set_permissions(&p, std::os::unix::fs::PermissionsExt::from_mode(0o755))
                .unwrap();
        }
        assert_eq!(
            Speech::find(Some(path), &Tuning::default()).unwrap().name,
            "espeak-ng"
        );
    }
}
