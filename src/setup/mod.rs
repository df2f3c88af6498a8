//! The first run: a few questions that set windown up (what it is and is not, whether the
//! sound is heard, bedtime and wake, balance, which reminders and whether they start at
//! login), as a pure model that the setup screen (`tui::screens::setup`) and `windown setup
//! --plain` (`cli::setup`) both walk through, and the files the answers become.
//!
//! - This file: the questions ([`Ask`]), the replies ([`Reply`]), reading a typed reply
//!   ([`read_reply`], [`spoken_time`]: "10:30 pm", "22:30"), the walk ([`Questions`]) and what the
//!   answers mean for the files ([`Answers::settings`], [`Answers::reminder_changes`]).
//! - [`mod@write`]: the answers written: a commented `config.toml` (or the keys changed in the
//!   person's own, comments kept), `reminders.toml` when a reminder changed, the "skipped"
//!   marker, and whether the first run is due.
//!
//! - [`mod@sound`]: the sound check played (the one side effect here besides the files).
//!
//! Imports no terminal library and prints nothing; the sound check and the reminder process
//! are started by the callers (the screen asks the worker thread, the command line does it
//! itself).

pub(crate) mod sound;
pub(crate) mod write;

use chrono::NaiveTime;

use crate::config::Config;
use crate::t;

/// The general-routine sentence of every built-in routine's safety notes in English (a test
/// checks that each says it), without its "Safety: " label; `setup-about-general`.
#[cfg(test)]
pub(crate) const GENERAL_ROUTINE: &str = "This is a general routine, not a diagnosis or a treatment, and it does not replace a clinician.";

/// The sentence that follows it in every built-in routine's safety notes, in English;
/// `cue-caution`.
#[cfg(test)]
pub(crate) const STOP_IF_IT_HURTS: &str = "Stop any stretch that hurts.";

/// One paragraph of the welcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Para {
    Plain(String),
    /// A safety text, or its English original beside an unreviewed translation.
    Safety(String),
    /// The urgent line: the screen keeps it in sight.
    Urgent(String),
    /// The urgent line's English original beside an unreviewed translation: in sight with it
    /// where both fit.
    UrgentEnglish(String),
}

impl Para {
    pub(crate) fn text(&self) -> &str {
        match self {
            Para::Plain(t) | Para::Safety(t) | Para::Urgent(t) | Para::UrgentEnglish(t) => t,
        }
    }
}

/// What the setup says first: what windown is, what it is not (safety texts, each with its
/// English original while the language's are not reviewed), when to get help, where the rest
/// is, and the language it speaks.
pub(crate) fn about() -> Vec<Para> {
    let mut v = vec![Para::Plain(t!("setup-about"))];
    for id in ["setup-about-general", "cue-caution"] {
        v.extend(
            crate::i18n::safety(id, &[])
                .lines()
                .into_iter()
                .map(|l| Para::Safety(l.to_string())),
        );
    }
    let urgent = crate::relief::urgent();
    v.push(Para::Urgent(urgent.text));
    v.extend(urgent.english.map(Para::UrgentEnglish));
    v.push(Para::Plain(t!("setup-about-more")));
    v
}

/// The language windown speaks and how to choose another; a second line when the
/// desktop's language (`LANG`) is another one windown has (config.toml keeps the one chosen
/// before): what to type to switch.
pub(crate) fn language_lines() -> Vec<String> {
    let lang = crate::i18n::current().lang();
    let mut v = vec![t!("setup-language", name = language_name(lang))];
    let desktop = crate::i18n::choose(None, None, |k| std::env::var(k).ok());
    if desktop.lang != lang
        && lang != crate::i18n::PSEUDO
        && matches!(desktop.from, crate::i18n::ChosenBy::Env(_))
    {
        v.push(t!(
            "setup-language-desktop",
            name = language_name(desktop.lang),
            code = desktop.lang
        ));
    }
    v
}

/// A language's own name ("Deutsch"): the same in every language.
pub(crate) fn language_name(lang: &str) -> &str {
    match lang {
        "en" => "English",
        "es" => "Español",
        "de" => "Deutsch",
        "fr" => "Français",
        other => other,
    }
}

/// The `language =` the setup writes: the language it ran in, when config.toml (`file`: its
/// `language`) should change: English is written only over another language (with none,
/// English is what the desktop gives anyway, and a later `LANG` is followed); the test
/// language never.
pub(crate) fn language_to_save(ran_in: &'static str, file: Option<&str>) -> Option<&'static str> {
    match ran_in {
        crate::i18n::PSEUDO => None,
        l if file == Some(l) => None,
        "en" if file.is_none() => None,
        l => Some(l),
    }
}

/// The sentence said in the sound check, in the language of speech.
pub(crate) fn sound_said() -> String {
    crate::i18n::speech().tr("setup-sound-said", &[])
}

/// What the sound check used, for the advice when nothing was heard (a command set in
/// config.toml is not "install espeak-ng").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Used {
    /// The speech: `None` none found; the program's name and whether it is config.toml's
    /// `[voice] command`.
    pub(crate) speech: Option<(String, bool)>,
    /// The sound player, likewise (`[sounds] command`).
    pub(crate) player: Option<(String, bool)>,
}

impl Used {
    /// [`Used`] of a cue setup made from `config`.
    pub(crate) fn of(found: &crate::session::Setup, config: &Config) -> Used {
        Used {
            speech: found
                .speech
                .as_ref()
                .map(|s| (s.name.clone(), config.voice.command.is_some())),
            player: found
                .player
                .as_ref()
                .map(|p| (p.name.clone(), config.sounds.command.is_some())),
        }
    }
}

/// What to check when nothing was heard, for what was `used` (`None`: not known): the volume,
/// then the speech and the player as they are set up.
pub(crate) fn sound_check(used: Option<&Used>) -> Vec<String> {
    let mut v = vec![t!("setup-check-volume")];
    let Some(used) = used else {
        v.push(t!("setup-check-speech"));
        v.push(t!("setup-check-player"));
        return v;
    };
    v.push(match &used.speech {
        None => t!("setup-check-speech"),
        Some((c, true)) => t!("setup-check-speech-command", command = c.as_str()),
        Some((p, false)) => t!("setup-check-speech-found", program = p.as_str()),
    });
    match &used.player {
        None => v.push(t!("setup-check-player")),
        Some((c, true)) => v.push(t!("setup-check-player-command", command = c.as_str())),
        Some((_, false)) => {}
    }
    v
}

/// The reminders the setup offers, as (id, the message asking about it, whether the default
/// reminders file has it on).
pub(crate) const OFFERED: [(&str, &str, bool); 3] = [
    ("hydration", "setup-ask-hydration", true),
    ("wind-down", "setup-ask-wind-down", true),
    ("legs-up", "setup-ask-legs-up", false),
];

/// One question, in the order asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ask {
    /// What windown is and is not: read, then go on.
    About,
    /// A tone was played and a sentence said: "Did you hear that?"
    Heard,
    /// Nothing was heard: what to check, then "Try again?"
    TryAgain,
    Bedtime,
    Wake,
    Balance,
    /// One of the [`OFFERED`] reminders, by index.
    Reminder(usize),
    /// "Start them now and at every login?"
    StartReminders,
}

/// How a question is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// Any key goes on.
    Read,
    YesNo,
    /// A time of day, typed.
    Time,
}

impl Ask {
    pub(crate) fn form(self) -> Form {
        match self {
            Ask::About => Form::Read,
            Ask::Bedtime | Ask::Wake => Form::Time,
            _ => Form::YesNo,
        }
    }

    /// The question (or for [`Ask::About`], its heading).
    pub(crate) fn question(self) -> String {
        match self {
            Ask::About => t!("setup-welcome"),
            Ask::Heard => t!("setup-ask-heard"),
            Ask::TryAgain => t!("setup-ask-try-again"),
            Ask::Bedtime => t!("setup-ask-bedtime"),
            Ask::Wake => t!("setup-ask-wake"),
            Ask::Balance => t!("setup-ask-balance"),
            Ask::Reminder(i) => crate::i18n::tr(OFFERED[i.min(OFFERED.len() - 1)].1, &[]),
            Ask::StartReminders => t!("setup-ask-start"),
        }
    }

    /// Lines shown with the question (the welcome's are [`about`]; what to check before "Try
    /// again?" is [`sound_check`]).
    pub(crate) fn lines(self) -> Vec<String> {
        match self {
            Ask::Balance => vec![t!("setup-balance-explain")],
            Ask::StartReminders => vec![t!("setup-start-explain")],
            _ => Vec::new(),
        }
    }

    /// What a skip leaves, in words: the times `config` (config.toml as it is) keeps.
    pub(crate) fn skipped(self, config: &Config) -> String {
        let clock = |t| crate::i18n::clock(crate::i18n::current(), t);
        match self {
            Ask::About => String::new(),
            Ask::Heard | Ask::TryAgain => t!("setup-skipped-sound"),
            Ask::Bedtime => t!("setup-skipped-bedtime", time = clock(config.bedtime)),
            Ask::Wake => t!("setup-skipped-wake", time = clock(config.wake)),
            Ask::Balance => t!("setup-skipped-balance"),
            Ask::Reminder(_) => t!("setup-skipped-reminder"),
            Ask::StartReminders => t!("setup-skipped-start"),
        }
    }
}

/// An answer to one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reply {
    Yes,
    No,
    Time(NaiveTime),
    /// Go on ([`Form::Read`]).
    Next,
    /// Keep the default and go on.
    Skip,
}

/// Read a typed reply to `ask`: "y"/"yes", "n"/"no", a time, an empty line (the default:
/// go on for [`Ask::About`], skip otherwise), "s"/"skip". `Err`: what to type instead.
pub(crate) fn read_reply(ask: Ask, text: &str) -> Result<Reply, String> {
    let t = text.trim().to_lowercase();
    if t.is_empty() {
        return Ok(if ask == Ask::About {
            Reply::Next
        } else {
            Reply::Skip
        });
    }
    if t == "s" || t == "skip" {
        return Ok(Reply::Skip);
    }
    match ask.form() {
        Form::Read => Ok(Reply::Next),
        Form::YesNo => match yes_or_no(&t) {
            Some(true) => Ok(Reply::Yes),
            Some(false) => Ok(Reply::No),
            None => Err(t!("setup-type-yes-no")),
        },
        Form::Time => spoken_time(&t)
            .map(Reply::Time)
            .ok_or_else(|| t!("setup-type-time")),
    }
}

/// A typed yes or no: y, yes, n, no in every language, and the language's own words
/// (`setup-yes-words`, `setup-no-words`: "ja", "nein"), in any case; `None` for anything else.
/// `windown setup --plain`'s and `windown checkin`'s questions.
pub(crate) fn yes_or_no(typed: &str) -> Option<bool> {
    let t = typed.trim().to_lowercase();
    match t.as_str() {
        "y" | "yes" => Some(true),
        "n" | "no" => Some(false),
        _ if said(&t!("setup-yes-words"), &t) => Some(true),
        _ if said(&t!("setup-no-words"), &t) => Some(false),
        _ => None,
    }
}

/// Whether `typed` is one of the words of `words` (a message's words separated by spaces,
/// such as "j ja" or the shown translation "leicht"), in any case; never "s", which skips.
pub(crate) fn said(words: &str, typed: &str) -> bool {
    let t = typed.trim().to_lowercase();
    t != "s" && words.to_lowercase().split_whitespace().any(|w| w == t)
}

/// A time of day as people type it: "22:30", "10:30 pm", "10.30pm", "10 pm", "7am", "7",
/// "07:00", "noon", "midnight". A bare hour under 12 is the morning, as "7" is.
pub(crate) fn spoken_time(text: &str) -> Option<NaiveTime> {
    let t: String = text
        .trim()
        .to_ascii_lowercase()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    match t.as_str() {
        "noon" | "midday" => return NaiveTime::from_hms_opt(12, 0, 0),
        "midnight" => return NaiveTime::from_hms_opt(0, 0, 0),
        _ => {}
    }
    let (clock, half) = if let Some(c) = t.strip_suffix("am").or(t.strip_suffix("a.m.")) {
        (c, Some(false))
    } else if let Some(c) = t.strip_suffix("pm").or(t.strip_suffix("p.m.")) {
        (c, Some(true))
    } else {
        (t.as_str(), None)
    };
    let (h, m) = match clock.split_once([':', '.', 'h']) {
        Some((h, m)) => (h, if m.is_empty() { "0" } else { m }),
        None => (clock, "0"),
    };
    if h.is_empty()
        || h.len() > 2
        || m.len() > 2
        || !(h.bytes().chain(m.bytes())).all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let (mut hour, minute): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    if let Some(pm) = half {
        if !(1..=12).contains(&hour) {
            return None;
        }
        hour = match (hour, pm) {
            (12, false) => 0,
            (12, true) => 12,
            (h, true) => h + 12,
            (h, false) => h,
        };
    }
    NaiveTime::from_hms_opt(hour, minute, 0)
}

/// What the answers were (`None`: skipped, the default stays).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    /// Whether the sound was heard in the end.
    pub(crate) heard: Option<bool>,
    pub(crate) bedtime: Option<NaiveTime>,
    pub(crate) wake: Option<NaiveTime>,
    /// A yes to the balance question.
    pub(crate) balance_poor: Option<bool>,
    /// Each [`OFFERED`] reminder: on or off.
    pub(crate) reminders: [Option<bool>; 3],
    pub(crate) start: Option<bool>,
    /// The language the setup ran in (`language =` in config.toml: [`language_to_save`]).
    pub(crate) language: Option<&'static str>,
}

/// One key set in `config.toml`: in `table` (`None`: the top), as a TOML value.
#[derive(Debug, Clone)]
pub(crate) struct Setting {
    pub(crate) table: Option<&'static str>,
    pub(crate) key: &'static str,
    pub(crate) value: toml_edit::Value,
}

impl Setting {
    fn new(
        table: Option<&'static str>,
        key: &'static str,
        value: impl Into<toml_edit::Value>,
    ) -> Setting {
        Setting {
            table,
            key,
            value: value.into(),
        }
    }
}

impl Answers {
    /// The keys of `config.toml` the answers set. Heard: speech and tones on ("auto"); not
    /// heard after trying: both off, so nothing fails at every phase (the bell stays).
    pub(crate) fn settings(&self) -> Vec<Setting> {
        let mut out = Vec::new();
        let hhmm = |t: NaiveTime| t.format("%H:%M").to_string();
        if let Some(t) = self.wake {
            out.push(Setting::new(None, "wake", hhmm(t)));
        }
        if let Some(t) = self.bedtime {
            out.push(Setting::new(None, "bedtime", hhmm(t)));
        }
        if let Some(poor) = self.balance_poor {
            out.push(Setting::new(
                None,
                "balance",
                if poor { "poor" } else { "steady" },
            ));
        }
        if let Some(heard) = self.heard {
            let v = if heard { "auto" } else { "off" };
            out.push(Setting::new(Some("voice"), "engine", v));
            out.push(Setting::new(Some("sounds"), "player", v));
        }
        out
    }

    /// The offered reminders answered, as (id, on).
    pub(crate) fn reminder_changes(&self) -> Vec<(&'static str, bool)> {
        OFFERED
            .iter()
            .zip(self.reminders)
            .filter_map(|((id, _, _), on)| Some((*id, on?)))
            .collect()
    }
}

/// What the caller does after a reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Then {
    /// Ask [`Questions::ask`].
    Ask,
    /// Play the tone and say [`sound_said`], then ask [`Questions::ask`] ([`Ask::Heard`]).
    PlaySound,
    /// Every question is answered: write the files ([`write::write`]), start the reminders
    /// when [`Answers::start`] says so.
    Finish,
}

/// The walk through the questions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Questions {
    ask: Option<Ask>,
    pub(crate) answers: Answers,
    /// How many times the sound was played.
    pub(crate) plays: u32,
    /// Why the last reply was not taken (asked again).
    pub(crate) problem: Option<String>,
    /// What the last reply changed that must be said plainly (`setup-sound-off`).
    pub(crate) notice: Option<String>,
    /// What the sound check used (`None`: not known yet), for what to check.
    pub(crate) used: Option<Used>,
}

impl Default for Questions {
    fn default() -> Questions {
        Questions::new()
    }
}

impl Questions {
    pub(crate) fn new() -> Questions {
        Questions {
            ask: Some(Ask::About),
            answers: Answers {
                language: Some(crate::i18n::current().lang()),
                ..Answers::default()
            },
            plays: 0,
            problem: None,
            notice: None,
            used: None,
        }
    }

    /// The lines shown with the question asked: for "Try again?", what to check for what the
    /// sound check used.
    pub(crate) fn lines(&self) -> Vec<String> {
        match self.ask {
            Some(Ask::TryAgain) => sound_check(self.used.as_ref()),
            Some(a) => a.lines(),
            None => Vec::new(),
        }
    }

    /// The words of `ask` as asked now: "Did you hear that?" names what the sound check
    /// played, a tone only when no voice spoke (none for the language, or no speech program).
    pub(crate) fn question(&self, ask: Ask) -> String {
        match &self.used {
            Some(u) if ask == Ask::Heard && u.speech.is_none() => t!("setup-ask-heard-tone"),
            _ => ask.question(),
        }
    }

    /// The question being asked (`None`: all answered).
    pub(crate) fn ask(&self) -> Option<Ask> {
        self.ask
    }

    /// Which question this is, and how many there are (the sound's retry counts as its
    /// question): "2 of 5".
    pub(crate) fn progress(&self) -> (usize, usize) {
        let n = match self.ask {
            None | Some(Ask::About) => 1,
            Some(Ask::Heard | Ask::TryAgain) => 2,
            Some(Ask::Bedtime | Ask::Wake) => 3,
            Some(Ask::Balance) => 4,
            Some(Ask::Reminder(_) | Ask::StartReminders) => 5,
        };
        (n, 5)
    }

    /// Answer the question asked. A reply of the wrong form for it is a skip.
    pub(crate) fn reply(&mut self, reply: Reply) -> Then {
        let Some(ask) = self.ask else {
            return Then::Finish;
        };
        let yes = match reply {
            Reply::Yes => Some(true),
            Reply::No => Some(false),
            _ => None,
        };
        self.problem = None;
        self.notice = None;
        let a = &mut self.answers;
        let next = match ask {
            Ask::About => {
                if reply == Reply::Skip {
                    Some(Ask::Bedtime)
                } else {
                    self.plays += 1;
                    self.ask = Some(Ask::Heard);
                    return Then::PlaySound;
                }
            }
            Ask::Heard => match yes {
                Some(true) => {
                    a.heard = Some(true);
                    Some(Ask::Bedtime)
                }
                Some(false) => Some(Ask::TryAgain),
                None => Some(Ask::Bedtime),
            },
            Ask::TryAgain => match yes {
                Some(true) => {
                    self.plays += 1;
                    self.ask = Some(Ask::Heard);
                    return Then::PlaySound;
                }
                Some(false) => {
                    a.heard = Some(false);
                    self.notice = Some(t!("setup-sound-off"));
                    Some(Ask::Bedtime)
                }
                None => Some(Ask::Bedtime),
            },
            Ask::Bedtime => {
                if let Reply::Time(t) = reply {
                    a.bedtime = Some(t);
                }
                Some(Ask::Wake)
            }
            Ask::Wake => {
                if let Reply::Time(t) = reply {
                    if Some(t) == a.bedtime.or(Some(Config::default().bedtime)) {
                        self.problem = Some(t!("setup-wake-is-bedtime"));
                        return Then::Ask;
                    }
                    a.wake = Some(t);
                }
                Some(Ask::Balance)
            }
            Ask::Balance => {
                a.balance_poor = yes;
                Some(Ask::Reminder(0))
            }
            Ask::Reminder(i) => {
                if let Some(slot) = a.reminders.get_mut(i) {
                    *slot = yes;
                }
                Some(if i + 1 < OFFERED.len() {
                    Ask::Reminder(i + 1)
                } else {
                    Ask::StartReminders
                })
            }
            Ask::StartReminders => {
                a.start = yes;
                None
            }
        };
        self.ask = next;
        if self.ask.is_some() {
            Then::Ask
        } else {
            Then::Finish
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(h: u32, m: u32) -> Option<NaiveTime> {
        NaiveTime::from_hms_opt(h, m, 0)
    }

    #[test]
    fn times_as_people_say_them() {
        assert_eq!(spoken_time("10:30 pm"), t(22, 30));
        assert_eq!(spoken_time("10:30pm"), t(22, 30));
        assert_eq!(spoken_time("10.30 PM"), t(22, 30));
        assert_eq!(spoken_time("22:30"), t(22, 30));
        assert_eq!(spoken_time("10 pm"), t(22, 0));
        assert_eq!(spoken_time("7am"), t(7, 0));
        assert_eq!(spoken_time("7"), t(7, 0));
        assert_eq!(spoken_time("07:00"), t(7, 0));
        assert_eq!(spoken_time("12 am"), t(0, 0));
        assert_eq!(spoken_time("12:15 pm"), t(12, 15));
        assert_eq!(spoken_time("11 p.m."), t(23, 0));
        assert_eq!(spoken_time("noon"), t(12, 0));
        for bad in [
            "", "pm", "13 pm", "25:00", "10:75", "ten", "10:30:00", "-1", "1:2:3",
        ] {
            assert_eq!(spoken_time(bad), None, "{bad}");
        }
    }

    #[test]
    fn replies_are_typed_as_words_and_enter_skips() {
        assert_eq!(read_reply(Ask::About, ""), Ok(Reply::Next));
        assert_eq!(read_reply(Ask::Balance, ""), Ok(Reply::Skip));
        assert_eq!(read_reply(Ask::Balance, " Yes "), Ok(Reply::Yes));
        assert_eq!(read_reply(Ask::Heard, "n"), Ok(Reply::No));
        assert_eq!(read_reply(Ask::Bedtime, "s"), Ok(Reply::Skip));
        assert_eq!(
            read_reply(Ask::Bedtime, "10:30 pm"),
            Ok(Reply::Time(t(22, 30).unwrap()))
        );
        assert!(read_reply(Ask::Bedtime, "late").is_err());
        assert!(read_reply(Ask::Balance, "maybe").is_err());
    }

    #[test]
    fn not_heard_after_trying_again_turns_sound_off_and_says_so() {
        let mut s = Questions::new();
        s.reply(Reply::Next);
        assert_eq!(s.reply(Reply::No), Then::Ask);
        assert_eq!(s.notice, None);
        assert_eq!(s.reply(Reply::No), Then::Ask);
        assert_eq!(s.answers.heard, Some(false));
        let off = s.notice.clone().unwrap();
        assert!(off.starts_with("Speech and tones are now off"), "{off}");
        assert!(off.contains("windown setup"));
        let off: Vec<String> = s
            .answers
            .settings()
            .iter()
            .map(|x| format!("{:?}.{}={}", x.table, x.key, x.value))
            .collect();
        assert!(
            off.iter()
                .any(|x| x.contains("engine") && x.contains("off")),
            "{off:?}"
        );
        s.reply(Reply::Skip);
        assert_eq!(s.notice, None);
    }

    #[test]
    fn a_walk_with_every_answer() {
        let mut s = Questions::new();
        assert_eq!(s.reply(Reply::Next), Then::PlaySound);
        assert_eq!(s.ask(), Some(Ask::Heard));
        assert_eq!(s.reply(Reply::No), Then::Ask);
        assert_eq!(s.ask(), Some(Ask::TryAgain));
        assert_eq!(s.reply(Reply::Yes), Then::PlaySound);
        assert_eq!(s.plays, 2);
        assert_eq!(s.reply(Reply::Yes), Then::Ask);
        assert_eq!(s.ask(), Some(Ask::Bedtime));
        s.reply(Reply::Time(t(22, 0).unwrap()));
        assert_eq!(s.reply(Reply::Time(t(22, 0).unwrap())), Then::Ask);
        assert_eq!((s.ask(), s.problem.is_some()), (Some(Ask::Wake), true));
        s.reply(Reply::Time(t(6, 30).unwrap()));
        assert_eq!(s.problem, None);
        assert_eq!(s.progress(), (4, 5));
        s.reply(Reply::Yes);
        s.reply(Reply::Yes);
        s.reply(Reply::No);
        s.reply(Reply::Yes);
        assert_eq!(s.ask(), Some(Ask::StartReminders));
        assert_eq!(s.reply(Reply::No), Then::Finish);
        assert_eq!(s.ask(), None);
        let a = &s.answers;
        assert_eq!(
            a.reminder_changes(),
            [("hydration", true), ("wind-down", false), ("legs-up", true)]
        );
        let keys: Vec<_> = a
            .settings()
            .iter()
            .map(|s| (s.table, s.key, s.value.to_string()))
            .collect();
        assert_eq!(
            keys,
            [
                (None, "wake", "\"06:30\"".to_string()),
                (None, "bedtime", "\"22:00\"".to_string()),
                (None, "balance", "\"poor\"".to_string()),
                (Some("voice"), "engine", "\"auto\"".to_string()),
                (Some("sounds"), "player", "\"auto\"".to_string()),
            ]
        );
        assert_eq!(a.start, Some(false));
    }

    #[test]
    fn every_question_skipped_sets_nothing() {
        let mut s = Questions::new();
        let mut asked = Vec::new();
        while let Some(ask) = s.ask() {
            asked.push(ask);
            if s.reply(Reply::Skip) == Then::Finish {
                break;
            }
        }
        assert_eq!(asked.len(), 8, "{asked:?}");
        assert!(
            !asked.contains(&Ask::Heard),
            "skipping the welcome skips the sound"
        );
        assert_eq!(
            s.answers,
            Answers {
                language: Some("en"),
                ..Answers::default()
            }
        );
        assert!(s.answers.settings().is_empty());
        assert_eq!(s.plays, 0);
    }

    #[test]
    fn the_disclaimer_is_the_routines_own() {
        for b in crate::routine::builtin::ROUTINES {
            let notes = b.load().unwrap().notes.unwrap();
            let notes = notes
                .as_str()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let general = format!("Safety: t{}", &GENERAL_ROUTINE[1..]);
            assert!(
                notes.contains(&format!("{general} {STOP_IF_IT_HURTS}")),
                "{}",
                b.id
            );
        }
        let about = about();
        let texts: Vec<&str> = about.iter().map(Para::text).collect();
        assert!(texts.contains(&GENERAL_ROUTINE), "{texts:?}");
        assert!(texts.contains(&STOP_IF_IT_HURTS), "{texts:?}");
        assert!(texts.contains(&crate::relief::URGENT), "{texts:?}");
    }

    /// A draft shows each safety text with its English original under it.
    #[test]
    fn the_welcome_in_a_draft_has_the_english_safety_texts() {
        let de = Box::leak(Box::new(crate::i18n::Messages::builtin("de")));
        let about = crate::i18n::scoped(de, about);
        let safety: Vec<&str> = about
            .iter()
            .filter(|p| !matches!(p, Para::Plain(_)))
            .map(Para::text)
            .collect();
        assert_eq!(safety.len(), 6, "{safety:?}");
        assert_eq!(safety[1], GENERAL_ROUTINE);
        assert_eq!(safety[3], STOP_IF_IT_HURTS);
        assert_eq!(safety[5], crate::relief::URGENT);
        assert!(
            safety[0].starts_with("Dies ist ein allgemeines"),
            "{safety:?}"
        );
    }

    #[test]
    fn the_language_written_is_the_one_the_setup_ran_in() {
        assert_eq!(language_to_save("de", None), Some("de"));
        assert_eq!(language_to_save("fr", Some("de")), Some("fr"));
        assert_eq!(language_to_save("de", Some("de")), None);
        assert_eq!(language_to_save("en", Some("de")), Some("en"));
        assert_eq!(language_to_save("en", None), None);
        assert_eq!(language_to_save(crate::i18n::PSEUDO, Some("de")), None);
    }

    #[test]
    fn yes_and_no_in_the_persons_words() {
        let de = Box::leak(Box::new(crate::i18n::Messages::builtin("de")));
        crate::i18n::scoped(de, || {
            assert_eq!(read_reply(Ask::Balance, "Ja"), Ok(Reply::Yes));
            assert_eq!(read_reply(Ask::Balance, "j"), Ok(Reply::Yes));
            assert_eq!(read_reply(Ask::Balance, "nein"), Ok(Reply::No));
            assert_eq!(read_reply(Ask::Balance, "y"), Ok(Reply::Yes));
            assert_eq!(read_reply(Ask::Balance, "s"), Ok(Reply::Skip));
        });
        let es = Box::leak(Box::new(crate::i18n::Messages::builtin("es")));
        crate::i18n::scoped(es, || {
            assert_eq!(read_reply(Ask::Balance, "Sí"), Ok(Reply::Yes));
            assert_eq!(read_reply(Ask::Balance, "s"), Ok(Reply::Skip));
        });
    }

    /// When no voice spoke in the sound check (none for the language, or no speech program),
    /// the question asks about the tone alone (tests/it/en_xa_setup.rs: the German run).
    #[test]
    fn the_sound_question_names_what_was_played() {
        let de = Box::leak(Box::new(crate::i18n::Messages::builtin("de")));
        crate::i18n::scoped(de, || {
            let mut q = Questions::new();
            q.reply(Reply::Next);
            assert_eq!(
                q.question(Ask::Heard),
                "Haben Sie das gehört? (ein Ton, dann eine Stimme)",
                "not known yet: what the check means to play"
            );
            q.used = Some(Used {
                speech: None,
                player: Some(("pw-play".into(), false)),
            });
            assert_eq!(q.question(Ask::Heard), "Haben Sie das gehört? (ein Ton)");
            q.used = Some(Used {
                speech: Some(("espeak-ng".into(), false)),
                player: None,
            });
            assert_eq!(
                q.question(Ask::Heard),
                "Haben Sie das gehört? (ein Ton, dann eine Stimme)"
            );
        });
    }

    /// A skipped time keeps config.toml's, and says which.
    #[test]
    fn a_skipped_time_names_the_time_kept() {
        let config = Config {
            wake: t(6, 30).unwrap(),
            bedtime: t(23, 15).unwrap(),
            ..Config::default()
        };
        let de = Box::leak(Box::new(crate::i18n::Messages::builtin("de")));
        crate::i18n::scoped(de, || {
            assert_eq!(Ask::Wake.skipped(&config), "Aufstehzeit bleibt 06:30");
            assert_eq!(Ask::Bedtime.skipped(&config), "Schlafenszeit bleibt 23:15");
        });
        assert_eq!(Ask::Wake.skipped(&config), "wake left at 06:30");
    }

    /// Finding 12: a speech command set in config.toml that is not heard is not "install
    /// espeak-ng".
    #[test]
    fn what_to_check_follows_what_was_used() {
        let cmd = Used {
            speech: Some(("piper-say".into(), true)),
            player: Some(("paplay".into(), false)),
        };
        let lines = sound_check(Some(&cmd)).join("\n");
        assert!(lines.contains("[voice] (piper-say)"), "{lines}");
        assert!(!lines.contains("apt install"), "{lines}");
        assert!(!lines.contains("sound player"), "{lines}");
        let none = sound_check(Some(&Used::default())).join("\n");
        assert!(none.contains("apt install espeak-ng"), "{none}");
        assert!(none.contains("pw-play"), "{none}");
        let found = Used {
            speech: Some(("espeak-ng".into(), false)),
            player: Some(("my-player".into(), true)),
        };
        let lines = sound_check(Some(&found)).join("\n");
        assert!(lines.contains("`espeak-ng hello`"), "{lines}");
        assert!(lines.contains("[sounds] (my-player)"), "{lines}");
        assert!(!lines.contains("apt install"), "{lines}");
    }
}
