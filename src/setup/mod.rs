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
//! Imports no terminal library and prints nothing; sounds and the reminder process are
//! started by the callers (the screen asks the loop, the command line does it itself).

pub(crate) mod write;

use chrono::NaiveTime;

use crate::config::Config;

/// The general-routine sentence of every built-in routine's safety notes (a test checks that
/// each says it), without its "Safety: " label.
pub(crate) const GENERAL_ROUTINE: &str = "This is a general routine, not a diagnosis or a treatment, and it does not replace a clinician.";

/// The sentence that follows it in every built-in routine's safety notes.
pub(crate) const STOP_IF_IT_HURTS: &str = "Stop any stretch that hurts.";

/// What the setup says first: what windown is, what it is not, and where the rest is.
pub(crate) fn about_lines() -> [&'static str; 4] {
    [
        "windown coaches a few minutes of evening leg stretches, a bedtime wind-down and gentle reminders, for people whose legs cramp at night.",
        GENERAL_ROUTINE,
        STOP_IF_IT_HURTS,
        crate::relief::URGENT,
    ]
}

/// Where the rest of the safety text is, said under [`about_lines`].
pub(crate) const MORE: &str =
    "Each routine's notes say more (`windown show evening-legs --details`).";

/// Under the welcome: what going on does.
pub(crate) const SOUND_NEXT: &str = "Next, a sound check: a tone, then a voice. Questions on five topics follow; each can be skipped.";

/// The sentence said in the sound check.
pub(crate) const SOUND_SENTENCE: &str = "This is windown. If you can hear me, the sound works.";

/// What to check when nothing was heard.
pub(crate) const SOUND_CHECK: [&str; 3] = [
    "Check that the volume is up and the right speakers or headphones are chosen.",
    "Speech needs a speech program: `sudo apt install espeak-ng` (or speech-dispatcher).",
    "Tones need a sound player: pw-play, paplay or aplay (most desktops have one).",
];

/// Said when the sound was not heard after trying again: speech and tones are turned off
/// (so nothing fails at every step), and how to turn them back on.
pub(crate) const SOUND_OFF: &str = "Speech and tones are now off, as they were not heard: \
windown shows everything on screen, and the terminal bell stays. To turn them back on later, \
run windown setup again, or in config.toml set engine = \"auto\" under [voice] and \
player = \"auto\" under [sounds] (windown config shows where the file is).";

/// The balance question, as the issue words it.
pub(crate) const BALANCE_QUESTION: &str = "Is your balance poor, or have you had a stroke, falls, or arthritis in your hips or knees? (No need to try anything now.)";

/// The reminders the setup offers, with the words it asks about them in and whether the
/// default reminders file has them on.
pub(crate) const OFFERED: [(&str, &str, bool); 3] = [
    (
        "hydration",
        "A reminder to drink water every two hours in the day?",
        true,
    ),
    (
        "wind-down",
        "A reminder to start winding down before bed?",
        true,
    ),
    (
        "legs-up",
        "A reminder to put your legs up three times a day (for swollen ankles)?",
        false,
    ),
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
    pub(crate) fn question(self) -> &'static str {
        match self {
            Ask::About => "Welcome to windown.",
            Ask::Heard => "Did you hear that? (a tone, then a voice)",
            Ask::TryAgain => "Try the sound again?",
            Ask::Bedtime => "When do you usually go to bed? (such as 10:30 pm or 22:30)",
            Ask::Wake => "When do you usually get up? (such as 7 am or 07:00)",
            Ask::Balance => BALANCE_QUESTION,
            Ask::Reminder(i) => OFFERED[i.min(OFFERED.len() - 1)].1,
            Ask::StartReminders => "Start the reminders now and at every login?",
        }
    }

    /// Lines shown above the question.
    pub(crate) fn lines(self) -> Vec<&'static str> {
        match self {
            Ask::About => {
                let mut v = about_lines().to_vec();
                v.push(MORE);
                v
            }
            Ask::TryAgain => SOUND_CHECK.to_vec(),
            Ask::Balance => vec!["A yes makes the seated routine the one home selects."],
            Ask::StartReminders => vec![
                "They come as desktop notifications. To stop them: `windown remind uninstall`.",
            ],
            _ => Vec::new(),
        }
    }

    /// What a skip leaves, in words.
    pub(crate) fn skipped(self) -> &'static str {
        match self {
            Ask::About => "",
            Ask::Heard | Ask::TryAgain => "sound left as it is",
            Ask::Bedtime => "bedtime left at 22:30",
            Ask::Wake => "wake left at 07:00",
            Ask::Balance => "the standing routine stays the default",
            Ask::Reminder(_) => "left as it is",
            Ask::StartReminders => "not started (`windown remind install` starts them later)",
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
    let t = text.trim().to_ascii_lowercase();
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
        Form::YesNo => match t.as_str() {
            "y" | "yes" => Ok(Reply::Yes),
            "n" | "no" => Ok(Reply::No),
            _ => Err("type y for yes, n for no, or press Enter to skip".into()),
        },
        Form::Time => spoken_time(&t)
            .map(Reply::Time)
            .ok_or_else(|| "type a time such as 10:30 pm or 22:30, or press Enter to skip".into()),
    }
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
    /// A yes to [`BALANCE_QUESTION`].
    pub(crate) balance_poor: Option<bool>,
    /// Each [`OFFERED`] reminder: on or off.
    pub(crate) reminders: [Option<bool>; 3],
    pub(crate) start: Option<bool>,
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
    /// Play the tone and say [`SOUND_SENTENCE`], then ask [`Questions::ask`] ([`Ask::Heard`]).
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
    pub(crate) problem: Option<&'static str>,
    /// What the last reply changed that must be said plainly ([`SOUND_OFF`]).
    pub(crate) notice: Option<&'static str>,
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
            answers: Answers::default(),
            plays: 0,
            problem: None,
            notice: None,
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
                    self.notice = Some(SOUND_OFF);
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
                        self.problem = Some("that is bedtime: give the time you get up");
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
        assert_eq!(s.notice, Some(SOUND_OFF));
        assert!(SOUND_OFF.contains("windown setup"));
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
        assert_eq!(s.answers, Answers::default());
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
        for line in about_lines() {
            assert!(!line.is_empty());
        }
    }
}
