//! `config.toml`: the person's day (wake and bedtime) and how the session player gives cues.
//!
//! Owns the file's format, its defaults, and reading it with located errors. A missing file
//! means all defaults; a mistake costs only its own setting, which is at its default, and is
//! reported with its line and column ([`Config::read`]); after a syntax error nothing of the
//! file is read.
//! The reminder schedule reads `wake` and `bedtime` from here; the session player reads `cues`.
//!
//! ```toml
//! wake = "07:00"
//! bedtime = "22:30"
//! evening_hours = 3                # the evening starts this many hours before bedtime
//! balance = "poor"                 # optional: home selects the seated routine (no standing)
//! language = "de"                  # en, es, de, fr: what windown shows and says (default: LANG)
//!
//! [cues]
//! bell = true                      # the terminal bell, when no sound player is found
//! muted = false                    # start sessions muted
//!
//! [voice]
//! engine = "auto"                  # the first of spd-say, espeak-ng, espeak (say); or "off"
//! command = ["piper-say"]          # optional: any program, given the text on stdin
//! rate = 150                       # words a minute (known engines)
//! voice = "en-gb"                  # a voice the engine knows
//! language = "en"                  # a language code (spd-say -l; espeak -v without voice)
//! details = false                  # also say a step's first instruction and caution
//! countdown = false                # say "3, 2, 1" in the last seconds instead of the ticks
//!
//! [sounds]
//! player = "auto"                  # the first of pw-play, paplay, aplay (afplay); or "off"
//! command = ["my-player"]          # optional: any program, given the tone file's path
//! ticks = true                     # a tick in each of the last 3 seconds
//! ```
//!
//! `[cues] command` (the cue text as the last argument) is gone: it is an error that points
//! to `[voice] command`, which gets the text on stdin, where it cannot be read as an option.

use chrono::{NaiveTime, Timelike};
use serde::Deserialize;

use crate::diag::{self, Diagnostic};
use crate::paths::Dirs;
use crate::shape::{Field, Kind, Label, Shape, read_text_file, toml_error};
use crate::t;

/// The commented `config.toml` that `windown config init` writes (after its `#:schema` line),
/// and that `windown setup` fills in: every setting at its default, commented out.
pub(crate) const INIT_TEXT: &str = r#"# windown settings. Every setting is optional: one left out, or commented out with #, keeps
# the default shown here. Remove the # in front of a line to change it, then check the file
# with `windown validate`. A mistake here never stops a session: it runs on the defaults.

# Your day (24-hour clock, "HH:MM"): reminder times such as "bedtime-2h" follow it.
# wake = "07:00"
# bedtime = "22:30"

# How steady you are on your feet: "poor" means no standing (the seated evening routine, and
# a cramp guide that stays seated or lying down).
# balance = "steady"

# The language of windown's words: "en", "es", "de" or "fr" (default: your desktop's, from
# LANGUAGE, LC_ALL, LC_MESSAGES or LANG). Written here when first chosen, so that the reminder
# process, which systemd starts without LANG, speaks it too.
# language = "en"

[cues]
# bell = true                 # the terminal bell, when no sound player plays the tones
# muted = false               # start every session muted (same as --mute)

[voice]
# engine = "auto"             # the first of spd-say, espeak-ng, espeak (say); or "off"
# command = ["piper-say"]     # any other program: it gets the text on stdin
# rate = 150                  # words a minute, 80 to 450 (known engines)
# voice = "en-gb"             # a voice the engine knows
# language = "en"             # a language code
# details = false             # also say a step's first instruction and caution
# countdown = false           # say "3, 2, 1" in the last seconds instead of the ticks

[sounds]
# player = "auto"             # the first of pw-play, paplay, aplay (afplay); or "off"
# command = ["my-player"]     # any other program: it gets the tone file's path
# ticks = true                # a tick in each of the last 3 seconds

[report]
# name = "Ann Smith"          # printed on `windown report` (--name overrides); kept only here
"#;

/// Largest config file read, in bytes.
pub(crate) const MAX_FILE_BYTES: u64 = 64 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub wake: NaiveTime,
    pub bedtime: NaiveTime,
    /// The evening starts this many hours before bedtime (`crate::history::NightRules`).
    pub evening_hours: u32,
    /// How steady the person is on their feet: [`Balance::Poor`] makes the seated routine
    /// the one home selects and the evening stretch reminder names.
    pub balance: Balance,
    /// `language`: the language windown speaks (one it has, negotiated: "de_AT" gives "de");
    /// `None`: the environment's ([`crate::i18n::choose`]).
    pub(crate) language: Option<&'static str>,
    pub(crate) cues: Cues,
    pub(crate) voice: Voice,
    pub(crate) sounds: Sounds,
    pub(crate) reminders: ReminderSettings,
    pub(crate) report: ReportSettings,
}

/// `[report]`: what `windown report` prints.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ReportSettings {
    /// The person's name on the report (`--name` overrides it); it is never stored anywhere
    /// else (not in the history).
    pub(crate) name: Option<String>,
}

/// `balance`: whether standing stretches suit the person.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Balance {
    /// Standing stretches, holding a support (the default).
    #[default]
    Steady,
    /// No standing at all: the seated routine.
    Poor,
}

impl Balance {
    /// The built-in evening stretch for this balance.
    pub(crate) fn evening_routine(self) -> &'static str {
        match self {
            Balance::Steady => "evening-legs",
            Balance::Poor => "seated-legs",
        }
    }
}

/// `[reminders]`: how reminder notifications act.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ReminderSettings {
    /// The terminal a "Start" action opens a routine in, as a command line that the
    /// command to run is appended to (`["foot"]`, `["kitty", "--"]`); `None`: found on PATH.
    pub(crate) terminal: Option<Vec<String>>,
}

/// `[voice]`: how cues are spoken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Voice {
    /// `engine = "off"` turns speech off.
    pub(crate) on: bool,
    /// Any program instead of a known engine; it gets the text on stdin.
    pub(crate) command: Option<Vec<String>>,
    pub(crate) tuning: Tuning,
    /// Say a step's first instruction and caution at its get ready.
    pub(crate) details: bool,
    /// Say the last seconds ("3", "2", "1") instead of the ticks.
    pub(crate) countdown: bool,
}

/// `[voice]` settings passed to a known engine.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Tuning {
    /// Words a minute (espeak's `-s`, say's `-r`; mapped to spd-say's -100..100).
    pub(crate) rate: Option<u32>,
    /// A voice name the engine knows (espeak `-v`, spd-say `-y`, say `-v`).
    pub(crate) voice: Option<String>,
    /// A language code such as "en-gb" (espeak `-v` when no voice is set, spd-say `-l`).
    pub(crate) language: Option<String>,
}

/// `[sounds]`: the built-in tones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Sounds {
    /// `player = "off"` turns the tones off (the bell may still ring: `[cues] bell`).
    pub(crate) on: bool,
    /// Any program instead of a known player; it gets the tone file's path.
    pub(crate) command: Option<Vec<String>>,
    /// A tick in each of the last seconds of a hold, a rest and a get ready.
    pub(crate) ticks: bool,
}

/// How phase changes are announced during a session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Cues {
    /// Ring the terminal bell at a phase change when no sound player plays the tones.
    pub(crate) bell: bool,
    /// Sessions start muted.
    pub(crate) muted: bool,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            wake: NaiveTime::from_hms_opt(7, 0, 0).expect("valid time"),
            bedtime: NaiveTime::from_hms_opt(22, 30, 0).expect("valid time"),
            evening_hours: 3,
            balance: Balance::Steady,
            language: None,
            cues: Cues {
                bell: true,
                muted: false,
            },
            voice: Voice {
                on: true,
                command: None,
                tuning: Default::default(),
                details: false,
                countdown: false,
            },
            sounds: Sounds {
                on: true,
                command: None,
                ticks: true,
            },
            reminders: ReminderSettings::default(),
            report: ReportSettings::default(),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    wake: Option<toml::Spanned<String>>,
    bedtime: Option<toml::Spanned<String>>,
    evening_hours: Option<toml::Spanned<i64>>,
    balance: Option<toml::Spanned<String>>,
    language: Option<toml::Spanned<String>>,
    cues: Option<RawCues>,
    voice: Option<RawVoice>,
    sounds: Option<RawSounds>,
    reminders: Option<RawReminderSettings>,
    report: Option<RawReport>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReport {
    name: Option<toml::Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReminderSettings {
    terminal: Option<toml::Spanned<Vec<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVoice {
    engine: Option<toml::Spanned<String>>,
    command: Option<toml::Spanned<Vec<String>>>,
    rate: Option<toml::Spanned<i64>>,
    voice: Option<String>,
    language: Option<String>,
    details: Option<bool>,
    countdown: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSounds {
    player: Option<toml::Spanned<String>>,
    command: Option<toml::Spanned<Vec<String>>>,
    ticks: Option<bool>,
}

/// Hours before bedtime an `evening_hours` may ask for.
pub(crate) const EVENING_HOURS: std::ops::RangeInclusive<u32> = 1..=12;

/// Longest `[report] name`, in characters (a name, not a note).
pub(crate) const REPORT_NAME_MAX_CHARS: usize = 80;

/// Words a minute a `[voice] rate` may ask for.
pub(crate) const RATES: std::ops::RangeInclusive<i64> = 80..=450;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCues {
    bell: Option<bool>,
    command: Option<toml::Spanned<Vec<String>>>,
    muted: Option<bool>,
}

/// The hint for a time of day that does not read: a one-digit hour gets its zero.
fn time_hint(text: &str) -> String {
    let t = text.trim();
    if let Some((h, m)) = t.split_once(':')
        && h.len() == 1
        && parse_time_of_day(&format!("0{h}:{m}")).is_some()
    {
        return t!("hint-two-digit-hour", time = format!("0{h}:{m}"));
    }
    t!("hint-time-of-day")
}

/// The keys and types of `config.toml`, checked all at once before it is read
/// ([`crate::shape`]) and published as its JSON Schema (`windown schema config`).
pub(crate) static SHAPE: Shape = Shape {
    fields: &[
        Field::new(
            "wake",
            Kind::Text,
            "When your day starts, 24-hour \"HH:MM\" (default \"07:00\").",
        ),
        Field::new(
            "bedtime",
            Kind::Text,
            "When you go to bed, 24-hour \"HH:MM\" (default \"22:30\").",
        ),
        Field::new(
            "evening_hours",
            Kind::Int,
            "How many hours before bedtime the evening starts, 1 to 12 (default 3): a routine finished from then on counts as the evening's.",
        ),
        Field::new(
            "balance",
            Kind::Text,
            "\"poor\": home selects the seated routine, with no standing (default \"steady\").",
        ),
        Field::new(
            "language",
            Kind::Text,
            "The language of windown's words: \"en\", \"es\", \"de\" or \"fr\" (default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG).",
        ),
        Field::new(
            "cues",
            Kind::Table(&CUES),
            "How phase changes are announced.",
        ),
        Field::new("voice", Kind::Table(&VOICE), "How cues are spoken."),
        Field::new("sounds", Kind::Table(&SOUNDS), "The built-in tones."),
        Field::new(
            "reminders",
            Kind::Table(&REMINDERS),
            "How reminders are shown.",
        ),
        Field::new(
            "report",
            Kind::Table(&REPORT),
            "What windown report prints.",
        ),
    ],
    required: &[],
    label: Label::Plain,
};

static CUES: Shape = Shape {
    fields: &[
        Field::new(
            "bell",
            Kind::Bool,
            "Ring the terminal bell when no sound player plays the tones.",
        ),
        Field::new("muted", Kind::Bool, "Start sessions muted."),
        Field::new(
            "command",
            Kind::TextList,
            "Gone: write [voice] command instead.",
        ),
    ],
    required: &[],
    label: Label::Plain,
};

static VOICE: Shape = Shape {
    fields: &[
        Field::new(
            "engine",
            Kind::Text,
            "\"auto\": the first of spd-say, espeak-ng, espeak (say); \"off\": no speech.",
        )
        .one_of(&["auto", "off"]),
        Field::new(
            "command",
            Kind::TextList,
            "Any program instead, given the text on stdin, e.g. [\"piper-say\"].",
        ),
        Field::new("rate", Kind::Int, "Words a minute, 80 to 450."),
        Field::new(
            "voice",
            Kind::Text,
            "A voice the engine knows, e.g. \"en-gb\".",
        ),
        Field::new("language", Kind::Text, "A language code, e.g. \"en\"."),
        Field::new(
            "details",
            Kind::Bool,
            "Also say a step's first instruction and caution.",
        ),
        Field::new(
            "countdown",
            Kind::Bool,
            "Say \"3, 2, 1\" in a phase's last seconds instead of the ticks.",
        ),
    ],
    required: &[],
    label: Label::Plain,
};

static SOUNDS: Shape = Shape {
    fields: &[
        Field::new(
            "player",
            Kind::Text,
            "\"auto\": the first of pw-play, paplay, aplay (afplay); \"off\": no tones.",
        )
        .one_of(&["auto", "off"]),
        Field::new(
            "command",
            Kind::TextList,
            "Any program instead, given the tone file's path.",
        ),
        Field::new("ticks", Kind::Bool, "A tick in each of the last 3 seconds."),
    ],
    required: &[],
    label: Label::Plain,
};

static REMINDERS: Shape = Shape {
    fields: &[Field::new(
        "terminal",
        Kind::TextList,
        "The terminal a reminder's \"Start\" opens windown in, e.g. [\"foot\", \"-e\"].",
    )],
    required: &[],
    label: Label::Plain,
};

static REPORT: Shape = Shape {
    fields: &[Field::new(
        "name",
        Kind::Text,
        "Your name, printed on windown report (--name overrides it); kept only in this file.",
    )],
    required: &[],
    label: Label::Plain,
};

/// `"HH:MM"` or `"HH:MM:SS"`, 24-hour clock.
pub(crate) fn parse_time_of_day(text: &str) -> Option<NaiveTime> {
    let t = text.trim();
    let ok_shape = matches!(t.len(), 5 | 8) && t.as_bytes()[2] == b':';
    if !ok_shape {
        return None;
    }
    NaiveTime::parse_from_str(t, if t.len() == 5 { "%H:%M" } else { "%H:%M:%S" })
        .ok()
        // chrono reads ":60" as a leap second; no clock reminder needs one.
        .filter(|time| time.nanosecond() < 1_000_000_000)
}

impl Config {
    /// Read `config.toml` from the config folder; defaults when it does not exist.
    pub fn load(dirs: &Dirs) -> Result<Config, Diagnostic> {
        let path = dirs.config_file();
        match std::fs::symlink_metadata(&path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
            _ => {
                let text = read_text_file(&path, MAX_FILE_BYTES)?;
                Config::parse(&path.display().to_string(), &text)
            }
        }
    }

    /// Parse the text of a config file; `path` is only used in messages. The first problem
    /// of [`Config::check`], for callers that stop at one.
    pub fn parse(path: &str, text: &str) -> Result<Config, Diagnostic> {
        Config::check(path, text).map_err(|mut d| d.swap_remove(0))
    }

    /// Read `config.toml`, never failing: a missing file is the defaults; in a file with
    /// mistakes each wrong setting is its default and every other one is kept, and the
    /// problems are handed back to be shown (the home screen's line, stderr in plain mode).
    /// After a syntax error nothing of the file is read: the defaults. A mistake in this file
    /// never keeps anyone from tonight's stretch.
    pub(crate) fn load_or_defaults(dirs: &Dirs) -> (Config, Vec<Diagnostic>) {
        let r = Config::reading(dirs);
        (r.config.unwrap_or_default(), r.problems)
    }

    /// Read `config.toml` leniently ([`Config::read`]): a missing file is the defaults; one
    /// that cannot be read at all (a syntax error, not a text file) gives no settings, so
    /// that a caller with a last good reading keeps it.
    pub(crate) fn reading(dirs: &Dirs) -> Reading {
        let path = dirs.config_file();
        match std::fs::symlink_metadata(&path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Reading {
                config: Some(Config::default()),
                problems: Vec::new(),
            },
            _ => match read_text_file(&path, MAX_FILE_BYTES) {
                Ok(text) => Config::read(&path.display().to_string(), &text),
                Err(d) => Reading {
                    config: None,
                    problems: vec![d],
                },
            },
        }
    }

    /// The one line the home screen shows for a broken `config.toml`: where the first mistake
    /// is, and that the defaults are in force. `None` when there is nothing to say.
    pub(crate) fn problem_line(problems: &[Diagnostic]) -> Option<String> {
        let first = problems.first()?;
        let more = problems.len() - 1;
        let name = std::path::Path::new(&first.path)
            .file_name()
            .map_or_else(|| first.path.clone(), |n| n.to_string_lossy().into_owned());
        let what = t!(
            "error-config-home",
            message = first.message.as_str(),
            more = more,
            unread = if unread(problems) { "yes" } else { "no" }
        );
        Some(format!("{name}:{}:{}: {what}", first.line, first.column))
    }

    /// Say on stderr that `config.toml` is broken and the defaults are in force: every problem
    /// with its location, then one warning line (plain mode).
    pub(crate) fn warn_problems(problems: &[Diagnostic]) {
        if problems.is_empty() {
            return;
        }
        let mut text: String = problems.iter().map(ToString::to_string).collect();
        let warning = if unread(problems) {
            t!("error-config-unread")
        } else {
            t!("error-config-mistakes")
        };
        text.push_str(&format!("warning: {warning}\n"));
        crate::error::print_err(&text);
    }

    /// Parse the text of a config file and report every problem in it at once: the first
    /// syntax error, unknown keys, wrong types ([`SHAPE`]) and the values (capped at 50).
    pub fn check(path: &str, text: &str) -> Result<Config, Vec<Diagnostic>> {
        let r = Config::read(path, text);
        match r.config {
            Some(c) if r.problems.is_empty() => Ok(c),
            _ => Err(r.problems),
        }
    }

    /// Read the text of a config file as far as it goes: every setting that is right, each
    /// wrong one at its default, and every problem found ([`Config::check`]'s report).
    /// `config` is `None` when the file cannot be read at all (a syntax error): a caller keeps
    /// what it had, or the defaults.
    pub(crate) fn read(path: &str, text: &str) -> Reading {
        let shaped =
            crate::shape::read::<RawConfig>(path, text, &SHAPE, crate::shape::syntax_problem);
        let broken = shaped.broken;
        let mut found = shaped.problems;
        let raw = match shaped.value {
            Ok(raw) => raw,
            Err(e) => {
                let d = toml_error(path, text, &e);
                found.push(diag::Problem::from_diagnostic(e.span().unwrap_or(0..0), d));
                return Reading {
                    config: None,
                    problems: found.finish(),
                };
            }
        };
        let mut cfg = Config::default();
        let mut time = |field: &Option<toml::Spanned<String>>, default| match field {
            None => default,
            Some(s) => parse_time_of_day(s.get_ref()).unwrap_or_else(|| {
                found.push(
                    diag::Problem::new(
                        s.span(),
                        t!("error-not-time-of-day", value = s.get_ref().as_str()),
                    )
                    .with_hint(time_hint(s.get_ref())),
                );
                default
            }),
        };
        cfg.wake = time(&raw.wake, cfg.wake);
        cfg.bedtime = time(&raw.bedtime, cfg.bedtime);
        if cfg.wake == cfg.bedtime && (raw.wake.is_some() || raw.bedtime.is_some()) {
            // Every window from wake to bedtime would be empty or wrap round the clock.
            let at = raw
                .bedtime
                .as_ref()
                .or(raw.wake.as_ref())
                .map_or(0..0, |s| s.span());
            found.push(
                diag::Problem::new(at, t!("error-wake-is-bedtime"))
                    .with_hint(t!("hint-wake-is-bedtime")),
            );
        }
        if let Some(h) = raw.evening_hours {
            match u32::try_from(*h.get_ref())
                .ok()
                .filter(|n| EVENING_HOURS.contains(n))
            {
                Some(n) => cfg.evening_hours = n,
                None => found.push(
                    diag::Problem::new(
                        h.span(),
                        t!(
                            "error-out-of-range",
                            key = "evening_hours",
                            value = h.get_ref().to_string()
                        ),
                    )
                    .with_hint(t!(
                        "hint-evening-hours",
                        min = *EVENING_HOURS.start(),
                        max = *EVENING_HOURS.end()
                    )),
                ),
            }
        }
        if let Some(b) = raw.balance {
            match b.get_ref().as_str() {
                "steady" => cfg.balance = Balance::Steady,
                "poor" => cfg.balance = Balance::Poor,
                other => {
                    let hint = match diag::did_you_mean(other, ["steady", "poor"]) {
                        Some(s) => crate::shape::did_you_mean_hint(s),
                        None => t!("hint-balance"),
                    };
                    found.push(
                        diag::Problem::new(
                            b.span(),
                            t!(
                                "error-either",
                                key = "balance",
                                a = "steady",
                                b = "poor",
                                value = other
                            ),
                        )
                        .with_hint(hint),
                    );
                }
            }
        }
        if let Some(l) = raw.language {
            match crate::i18n::negotiate(l.get_ref()) {
                Some(lang) => cfg.language = Some(lang),
                None => found.push(
                    diag::Problem::new(
                        l.span(),
                        t!("error-no-such-language", value = l.get_ref().as_str()),
                    )
                    .with_hint(t!(
                        "hint-language",
                        names = crate::i18n::LANGUAGES
                            .iter()
                            .map(|l| format!("\"{l}\""))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )),
                ),
            }
        }
        if let Some(c) = raw.cues {
            cfg.cues.bell = c.bell.unwrap_or(cfg.cues.bell);
            cfg.cues.muted = c.muted.unwrap_or(cfg.cues.muted);
            if let Some(cmd) = c.command {
                found.push(
                    diag::Problem::new(cmd.span(), t!("error-cues-command-moved"))
                        .with_hint(t!("hint-cues-command-moved")),
                );
            }
        }
        let command = |cmd: Option<toml::Spanned<Vec<String>>>,
                       what: &str,
                       example: &str,
                       found: &mut diag::Problems| {
            let cmd = cmd?;
            if cmd.get_ref().first().is_none_or(|p| p.trim().is_empty()) {
                found.push(
                    diag::Problem::new(cmd.span(), t!("error-empty-command", what = what))
                        .with_hint(t!("hint-empty-command", example = example)),
                );
                None
            } else {
                Some(cmd.into_inner())
            }
        };
        let auto_or_off =
            |v: Option<toml::Spanned<String>>, key: &str, found: &mut diag::Problems| {
                let Some(v) = v else { return true };
                match v.get_ref().as_str() {
                    "auto" => true,
                    "off" => false,
                    other => {
                        let hint = match diag::did_you_mean(other, ["auto", "off"]) {
                            Some(s) => crate::shape::did_you_mean_hint(s),
                            None => t!("hint-auto-or-off", key = key),
                        };
                        found.push(
                            diag::Problem::new(
                                v.span(),
                                t!(
                                    "error-either",
                                    key = key,
                                    a = "auto",
                                    b = "off",
                                    value = other
                                ),
                            )
                            .with_hint(hint),
                        );
                        true
                    }
                }
            };
        if let Some(v) = raw.voice {
            cfg.voice.on = auto_or_off(v.engine, "engine", &mut found);
            cfg.voice.command = command(v.command, "voice", "espeak-ng", &mut found);
            cfg.voice.details = v.details.unwrap_or(cfg.voice.details);
            cfg.voice.countdown = v.countdown.unwrap_or(cfg.voice.countdown);
            cfg.voice.tuning.voice = v.voice;
            cfg.voice.tuning.language = v.language;
            if let Some(r) = v.rate {
                match u32::try_from(*r.get_ref())
                    .ok()
                    .filter(|_| RATES.contains(r.get_ref()))
                {
                    Some(rate) => cfg.voice.tuning.rate = Some(rate),
                    None => found.push(
                        diag::Problem::new(
                            r.span(),
                            t!(
                                "error-out-of-range",
                                key = "rate",
                                value = r.get_ref().to_string()
                            ),
                        )
                        .with_hint(t!(
                            "hint-rate",
                            min = *RATES.start(),
                            max = *RATES.end()
                        )),
                    ),
                }
            }
        }
        if let Some(s) = raw.sounds {
            cfg.sounds.on = auto_or_off(s.player, "player", &mut found);
            cfg.sounds.command = command(s.command, "sound", "pw-play", &mut found);
            cfg.sounds.ticks = s.ticks.unwrap_or(cfg.sounds.ticks);
        }
        if let Some(r) = raw.reminders {
            cfg.reminders.terminal = command(r.terminal, "terminal", "foot", &mut found);
        }
        if let Some(name) = raw.report.and_then(|r| r.name) {
            let span = name.span();
            let text = name.into_inner();
            let text = text.trim();
            let n = text.chars().count();
            if let Some(c) = text
                .chars()
                .find(|&c| c.is_control() || diag::is_unsafe_char(c))
            {
                found.push(diag::Problem::new(
                    span,
                    t!("error-name-control", code = c.escape_unicode().to_string()),
                ));
            } else if n > REPORT_NAME_MAX_CHARS {
                found.push(diag::Problem::new(
                    span,
                    t!("error-name-long", n = n, limit = REPORT_NAME_MAX_CHARS),
                ));
            } else if !text.is_empty() {
                cfg.report.name = Some(text.to_string());
            }
        }
        Reading {
            config: (!broken).then_some(cfg),
            problems: found.finish(),
        }
    }
}

/// `config.toml` read as far as it goes ([`Config::read`]).
#[derive(Debug)]
pub(crate) struct Reading {
    /// The settings, each wrong one at its default; `None` when the file could not be read.
    pub(crate) config: Option<Config>,
    /// Every problem found, located (the first 50).
    pub(crate) problems: Vec<Diagnostic>,
}

/// Do `problems` say the file could not be read at all (so the defaults are in force)?
fn unread(problems: &[Diagnostic]) -> bool {
    problems.iter().any(Diagnostic::ends_reading)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_overrides() {
        let c = Config::parse(
            "c",
            "bedtime = \"23:15\"\n[voice]\ncommand = [\"espeak-ng\", \"-s\", \"140\"]\n",
        )
        .unwrap();
        assert_eq!(c.bedtime, NaiveTime::from_hms_opt(23, 15, 0).unwrap());
        assert_eq!(c.wake, Config::default().wake);
        assert_eq!(c.voice.command.as_deref().map(<[String]>::len), Some(3));
        assert!(c.voice.on && c.sounds.on && c.sounds.ticks && !c.voice.details);
    }

    #[test]
    fn voice_and_sounds_sections() {
        let c = Config::parse(
            "c",
            "[voice]\nengine = \"off\"\nrate = 140\nlanguage = \"en-gb\"\ndetails = true\n[sounds]\nplayer = \"off\"\nticks = false\n",
        )
        .unwrap();
        assert!(!c.voice.on && c.voice.details && !c.sounds.on && !c.sounds.ticks);
        assert_eq!(c.voice.tuning.rate, Some(140));
        assert_eq!(c.voice.tuning.language.as_deref(), Some("en-gb"));
        let c = Config::parse("c.toml", "balance = \"poor\"\n").unwrap();
        assert_eq!(c.balance, Balance::Poor);
        assert_eq!(c.balance.evening_routine(), "seated-legs");
        let c = Config::parse("c.toml", "language = \"de_AT.UTF-8\"\n").unwrap();
        assert_eq!(c.language, Some("de"));
        let e = Config::parse("c.toml", "language = \"tlh\"\n").unwrap_err();
        assert!(
            e.to_string()
                .contains("c.toml:1:12: windown has no messages in \"tlh\""),
            "{e}"
        );
        let e = Config::parse("c.toml", "balance = \"pooor\"\n").unwrap_err();
        assert_eq!(
            e.headline(),
            "c.toml:1:11: balance must be \"steady\" or \"poor\", not \"pooor\""
        );
        assert!(e.to_string().contains("did you mean \"poor\"?"), "{e}");
        let e = Config::parse("c.toml", "[voice]\nengine = \"of\"\n").unwrap_err();
        assert_eq!(
            e.headline(),
            "c.toml:2:10: engine must be \"auto\" or \"off\", not \"of\""
        );
        assert_eq!(e.hint.as_deref(), Some("did you mean \"off\"?"));
        let e = Config::parse("c.toml", "[voice]\nrate = 9000\n").unwrap_err();
        assert_eq!(e.headline(), "c.toml:2:8: rate 9000 is out of range");
        let e = Config::parse("c.toml", "[sounds]\ncommand = []\n").unwrap_err();
        assert_eq!(e.headline(), "c.toml:2:11: the sound command is empty");
    }

    #[test]
    fn the_old_cue_command_points_to_voice() {
        let e = Config::parse(
            "c.toml",
            "[cues]\nbell = false\ncommand = [\"espeak-ng\"]\n",
        )
        .unwrap_err();
        assert_eq!(
            e.headline(),
            "c.toml:3:11: [cues] command has moved to [voice] command"
        );
        assert!(e.hint.unwrap().contains("stdin"));
    }

    #[test]
    fn times_need_real_clock_values_and_a_day_between_wake_and_bed() {
        assert_eq!(
            parse_time_of_day("07:00:59"),
            NaiveTime::from_hms_opt(7, 0, 59)
        );
        assert_eq!(parse_time_of_day("07:00:60"), None);
        assert_eq!(parse_time_of_day("24:00"), None);
        let e = Config::parse("c.toml", "wake = \"07:00\"\nbedtime = \"07:00\"\n").unwrap_err();
        assert_eq!(
            e.headline(),
            "c.toml:2:11: wake and bedtime are the same time"
        );
    }

    #[test]
    fn bad_time_points_at_the_value() {
        let e = Config::parse("c.toml", "wake = \"7am\"\n").unwrap_err();
        assert_eq!(e.headline(), "c.toml:1:8: \"7am\" is not a time of day");
    }

    #[test]
    fn only_regular_files_are_read() {
        let e = read_text_file(std::path::Path::new("/dev/zero"), 100).unwrap_err();
        assert_eq!(e.headline(), "/dev/zero:1:1: is not a regular file");
        let tmp = tempfile::tempdir().unwrap();
        let fifo = tmp.path().join("p.toml");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.is_ok_and(|s| s.success()), "mkfifo is needed");
        let e = read_text_file(&fifo, 100).unwrap_err();
        assert!(e.message.ends_with("is not a regular file"));
        let big = tmp.path().join("big");
        std::fs::write(&big, "x".repeat(101)).unwrap();
        assert!(read_text_file(&big, 100).is_err());
        std::fs::write(&big, "x".repeat(100)).unwrap();
        assert_eq!(read_text_file(&big, 100).unwrap().len(), 100);
    }

    #[test]
    fn unknown_key_suggests_the_right_one() {
        let e = Config::parse("c.toml", "bedtim = \"22:00\"\n").unwrap_err();
        assert_eq!(e.headline(), "c.toml:1:1: unknown key \"bedtim\"");
        assert_eq!(e.hint.as_deref(), Some("did you mean \"bedtime\"?"));
    }

    #[test]
    fn a_mistake_costs_only_its_own_setting() {
        let r = Config::read(
            "c.toml",
            "bedtime = \"23:00\"\n[cues]\nbell = \"yes\"\nmuted = true\n",
        );
        let c = r.config.unwrap();
        assert_eq!(c.bedtime, NaiveTime::from_hms_opt(23, 0, 0).unwrap());
        assert!(
            c.cues.bell && c.cues.muted,
            "bell at its default, muted kept"
        );
        assert_eq!(r.problems.len(), 1);
        assert_eq!(
            r.problems[0].headline(),
            "c.toml:3:8: bell must be true or false, not text (\"yes\")"
        );
        let line = Config::problem_line(&r.problems).unwrap();
        assert!(
            line.ends_with("; the rest of the settings are in force (windown validate)"),
            "{line}"
        );
        // A syntax error: nothing is read, the defaults are in force.
        let r = Config::read("c.toml", "bedtime = \"23:00\"\nwake = \n");
        assert!(r.config.is_none());
        assert_eq!(r.problems.len(), 1);
        assert!(r.problems[0].ends_reading());
        let line = Config::problem_line(&r.problems).unwrap();
        assert!(
            line.ends_with("; using the default settings (windown validate)"),
            "{line}"
        );
    }

    /// The home screen's line in the test language: the place stays as it is, the message
    /// (the first problem, how many more, what is in force) is converted as one.
    #[test]
    fn the_home_line_in_en_xa() {
        let xa = Box::leak(Box::new(crate::i18n::Messages::builtin("en-XA")));
        crate::i18n::scoped(xa, || {
            let text = "wake = \"7am\"\n[cues]\nbell = \"yes\"\n";
            let r = Config::read("/x/config.toml", text);
            let line = Config::problem_line(&r.problems).unwrap();
            let words = line
                .strip_prefix("config.toml:1:8: [")
                .unwrap_or_else(|| panic!("{line}"));
            assert!(words.ends_with(']'), "{line}");
            assert!(words.contains(" 1 "), "one more: {line}");
        });
    }

    #[test]
    fn keys_types_and_values_in_one_report() {
        let e = Config::check(
            "c.toml",
            "wake = \"7am\"\nbedtim = \"22:00\"\n[voice]\nrate = 9000\ndetails = \"no\"\n",
        )
        .unwrap_err();
        let heads: Vec<String> = e.iter().map(Diagnostic::headline).collect();
        assert_eq!(
            heads,
            [
                "c.toml:1:8: \"7am\" is not a time of day",
                "c.toml:2:1: unknown key \"bedtim\"",
                "c.toml:4:8: rate 9000 is out of range",
                "c.toml:5:11: details must be true or false, not text (\"no\")",
            ]
        );
    }
}
