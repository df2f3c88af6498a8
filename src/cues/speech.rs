//! Speech: which program reads the cues aloud, and how it is called.
//!
//! With no settings, the first of these found on `PATH`: `spd-say` (speech-dispatcher, which
//! uses the voice chosen for the whole desktop, Piper included), `espeak-ng`, `espeak`, and
//! `say` on macOS. `[voice] command` names any other program, which gets the text on stdin.
//! The known engines get the text after `--` (`say` on stdin), so a routine's text such as
//! "-f/etc/passwd" is never read as an option.

use std::ffi::OsStr;
use std::time::Duration;

use crate::config::Tuning;
use crate::paths::on_path;

/// Words a second at the normal pace (espeak-ng's default 175 words a minute, rounded down
/// for slower voices): what a piece of speech is expected to take.
pub(crate) const WORDS_PER_SECOND: f64 = 2.5;

/// The relief guide's pace, as a share of the normal one.
pub(crate) const SLOW: f64 = 0.8;

/// The rate a known engine speaks at when `[voice] rate` is not set (words a minute).
const DEFAULT_RATE: u32 = 175;

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
    /// The same at the relief guide's slower pace (the same as `argv` for a program that
    /// `[voice] command` names: its rate is its own).
    pub(crate) slow: Vec<String>,
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
            slow: argv.clone(),
            argv,
            delivery: Delivery::Stdin,
        }
    }

    /// A known engine by name (one of [`KNOWN`]).
    pub(crate) fn known(name: &str, tuning: &Tuning) -> Speech {
        let mut speech = Speech::at_rate(name, tuning, tuning.rate);
        let rate = f64::from(tuning.rate.unwrap_or(DEFAULT_RATE)) * SLOW;
        speech.slow = Speech::at_rate(name, tuning, Some(rate.round() as u32)).argv;
        speech
    }

    fn at_rate(name: &str, tuning: &Tuning, rate: Option<u32>) -> Speech {
        let mut argv = vec![name.to_string()];
        let mut opt = |flag: &str, value: String| {
            argv.push(flag.into());
            argv.push(value);
        };
        let delivery = match name {
            "spd-say" => {
                // Wait until it has been said, so that cues never overlap.
                if let Some(r) = rate {
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
                if let Some(r) = rate {
                    opt("-r", r.to_string());
                }
                if let Some(v) = &tuning.voice {
                    opt("-v", v.clone());
                }
                Delivery::Stdin
            }
            _ => {
                if let Some(r) = rate {
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
            slow: argv.clone(),
            argv,
            delivery,
        }
    }

    /// The whole command line for `text`, and what goes on stdin.
    pub(crate) fn call(&self, text: &str) -> (Vec<String>, Option<String>) {
        self.call_with(self.argv.clone(), text)
    }

    /// As [`Speech::call`], at the relief guide's slower pace.
    pub(crate) fn call_slow(&self, text: &str) -> (Vec<String>, Option<String>) {
        self.call_with(self.slow.clone(), text)
    }

    fn call_with(&self, mut argv: Vec<String>, text: &str) -> (Vec<String>, Option<String>) {
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

/// What a known engine says about its voices for language `lang` ("de"): `Ok(None)` when
/// it has one and needs no more options, `Ok(Some(voice))` when a voice must be named (macOS
/// `say`, which has no language option), `Err(())` when it has none. `run` runs the engine
/// with the given arguments and returns its output (`None`: it could not be asked, and the
/// voice is taken to be there).
pub(crate) fn voice_for(
    name: &str,
    lang: &str,
    run: impl Fn(&[&str]) -> Option<String>,
) -> Result<Option<String>, ()> {
    let lang = lang.to_ascii_lowercase();
    // "de", "de-DE", "de_DE" all speak "de"; "deu" does not.
    let speaks = |l: &str| {
        let l = l.to_ascii_lowercase().replace('_', "-");
        l == lang || l.starts_with(&format!("{lang}-"))
    };
    match name {
        "espeak-ng" | "espeak" => {
            let Some(out) = run(&[&format!("--voices={lang}")]) else {
                return Ok(None);
            };
            // A header line, then one line per voice: "Pty Language Age/Gender ...".
            let found = out
                .lines()
                .skip(1)
                .any(|l| l.split_whitespace().nth(1).is_some_and(speaks));
            if found { Ok(None) } else { Err(()) }
        }
        "spd-say" => {
            let Some(out) = run(&["-L"]) else {
                return Ok(None);
            };
            // "NAME LANGUAGE VARIANT" after a header.
            let found = out
                .lines()
                .skip(1)
                .any(|l| l.split_whitespace().nth(1).is_some_and(speaks));
            if found || out.lines().count() <= 1 {
                // No list at all (a module that does not list its voices): trust it.
                Ok(None)
            } else {
                Err(())
            }
        }
        "say" => {
            let Some(out) = run(&["-v", "?"]) else {
                return Ok(None);
            };
            // "Anna                de_DE    # Hallo, ich heiße Anna." The name may hold spaces.
            out.lines()
                .find_map(|l| {
                    let before = l.split('#').next()?.trim_end();
                    let (name, locale) = before.rsplit_once(char::is_whitespace)?;
                    speaks(locale).then(|| name.trim().to_string())
                })
                .map(Some)
                .ok_or(())
        }
        _ => Ok(None),
    }
}

/// `text` in the pieces it is said in, one program run each: its sentences (a sentence ends
/// with ".", "!" or "?" before a space or the end), a short one kept with the one before
/// while both together have at most [`SHORT_PIECE`] words ("Hold. 2 of 3.", "Switch sides.
/// Right leg."); a sentence over [`LONG_PIECE`] words is cut again after a colon or a
/// semicolon. Pieces keep their words and punctuation: joined by one space they are the text
/// with its spaces made single.
pub(crate) fn pieces(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut piece: Vec<&str> = Vec::new();
    // Whether the last piece out may take a short sentence more.
    let mut open = false;
    let words: Vec<&str> = text.split_whitespace().collect();
    for (i, w) in words.iter().enumerate() {
        piece.push(w);
        let ends = w.ends_with(['.', '!', '?']);
        let pause = w.ends_with([':', ';'])
            && piece.len() >= 4
            && words.len() - i > 3
            && sentence_words(&words[i + 1 - piece.len()..]) > LONG_PIECE;
        if ends || pause || i + 1 == words.len() {
            let joined = piece.join(" ");
            match out.last_mut() {
                Some(last)
                    if open
                        && ends
                        && last.split_whitespace().count() + piece.len() <= SHORT_PIECE =>
                {
                    last.push(' ');
                    last.push_str(&joined);
                }
                _ => out.push(joined),
            }
            open = ends;
            piece.clear();
        }
    }
    out
}

/// Short sentences said together have at most this many words.
const SHORT_PIECE: usize = 5;

/// A sentence longer than this many words is cut at a colon or semicolon.
const LONG_PIECE: usize = 14;

/// How many words the sentence that begins `words` has.
fn sentence_words(words: &[&str]) -> usize {
    words
        .iter()
        .position(|w| w.ends_with(['.', '!', '?']))
        .map_or(words.len(), |i| i + 1)
}

/// About how long `piece` takes to say (at the relief guide's pace when `slow`).
pub(crate) fn estimate(piece: &str, slow: bool) -> Duration {
    let words = piece.split_whitespace().count().max(1) as f64;
    let rate = if slow {
        WORDS_PER_SECOND * SLOW
    } else {
        WORDS_PER_SECOND
    };
    Duration::from_secs_f64(words / rate)
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
    fn text_is_said_a_sentence_at_a_time() {
        assert_eq!(
            pieces("Wall calf stretch.  Left foot back first."),
            ["Wall calf stretch.", "Left foot back first."]
        );
        // Short sentences go together.
        assert_eq!(pieces("Hold. 2 of 3."), ["Hold. 2 of 3."]);
        assert_eq!(
            pieces("Switch sides. Right foot back. Hold."),
            ["Switch sides. Right foot back.", "Hold."]
        );
        assert_eq!(pieces("3"), ["3"]);
        assert_eq!(pieces(""), Vec::<String>::new());
        // A long sentence is cut at its colon; a short one is not.
        let long = "About 30 minutes before bed: put the phone, tablet and laptop away, ideally outside the bedroom.";
        assert_eq!(
            pieces(long),
            [
                "About 30 minutes before bed:",
                "put the phone, tablet and laptop away, ideally outside the bedroom."
            ]
        );
        assert_eq!(pieces("Note: one two."), ["Note: one two."]);
    }

    #[test]
    fn a_voice_for_the_language_is_looked_for_in_what_the_engine_lists() {
        let espeak = "Pty Language       Age/Gender VoiceName          File                 Other Languages\n 5  de              --/M      German             gmw/de\n";
        assert_eq!(
            voice_for("espeak-ng", "de", |_| Some(espeak.into())),
            Ok(None)
        );
        assert_eq!(
            voice_for("espeak-ng", "fr", |a| {
                assert_eq!(a, ["--voices=fr"]);
                Some(espeak.lines().next().unwrap().into())
            }),
            Err(())
        );
        let spd = "NAME LANGUAGE VARIANT\nGerman de none\nfrench fr-FR none\n";
        assert_eq!(voice_for("spd-say", "fr", |_| Some(spd.into())), Ok(None));
        assert_eq!(voice_for("spd-say", "es", |_| Some(spd.into())), Err(()));
        let say = "Alex                en_US    # Most people recognize me by my voice.\nAnna (Enhanced)     de_DE    # Hallo, ich heiße Anna.\n";
        assert_eq!(
            voice_for("say", "de", |_| Some(say.into())),
            Ok(Some("Anna (Enhanced)".into()))
        );
        assert_eq!(voice_for("say", "fr", |_| Some(say.into())), Err(()));
        // An engine that cannot be asked, or a command of the person's own: trusted.
        assert_eq!(voice_for("espeak-ng", "de", |_| None), Ok(None));
        assert_eq!(voice_for("my-tts", "de", |_| Some(String::new())), Ok(None));
    }

    #[test]
    fn the_relief_guide_is_slower() {
        let t = Tuning::default();
        assert_eq!(
            Speech::known("espeak-ng", &t).slow,
            ["espeak-ng", "-s", "140"]
        );
        assert_eq!(
            Speech::known("spd-say", &t).slow,
            ["spd-say", "-r", "-20", "--wait"]
        );
        assert!(estimate("one two", true) > estimate("one two", false));
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
