//! What is said and which tone sounds at each moment of a session: the one place for it.
//!
//! The words shown large on screen are [`Phase::label`] (capitals, a dash before the side).
//! What a speech program reads is written here, beside it, in ordinary sentence case so that
//! every engine reads words ("Left leg first", never "L-E-G"):
//!
//! - get ready: the step, how to do it (its `spoken` how-to) and the side to start with, each
//!   side one whole sentence ("Wall calf stretch. Hands on the wall, one foot back, heel
//!   down, lean in. Left foot back first."); the first stretch of a session also says
//!   the caution ([`caution`]);
//! - hold: "Hold.", with the rep when there are several ("Hold. 2 of 3."); a wind-down step
//!   that is not a stretch says its title instead ("Breathe in." for a breath pacer after
//!   its get ready); a hold that begins a step without a get-ready phase names the step and
//!   side first;
//! - rest: "Rest."; switch: "Switch sides. Right foot back."; a task: its title and its
//!   spoken form (or its instructions), which say what to do, never which key to press; the
//!   end: "All done."; pausing and going on: [`paused`], [`going_on`].
//!
//! Every sentence is one whole message of `locales/<lang>/cues.ftl` (`cue-hold`, `cue-side-first`
//! with `$side` and `$limb`, `cue-rep` with `$rep` and `$reps`...), in the language of speech
//! ([`speech_of`]: the routine file's `lang =`, else [`crate::i18n::speech`]); no sentence is
//! built from words here. The built-in routines' and stretches' words (titles, `spoken`,
//! `spoken_side`, instructions, cautions) come in that language from `content.ftl`
//! ([`crate::routine::content`], one whole sentence per side); words a person wrote are said
//! as written.
//!
//! Speech programs are given these a sentence at a time ([`crate::cues::speech::pieces`]).
//!
//! The details (a step's first instruction and its caution) are offered once, at get ready,
//! when the get-ready phase is long enough to say them, and a task's caution as it begins
//! ([`details`]); whether they are said is
//! the speaker's setting. Tones: [`tone`] for a phase change, [`Tone::Tick`] in each of the
//! last [`TICKS`] seconds of a hold, a rest and a get-ready ([`ticks_in`]).
//!
//! Pure: no I/O, no clock. The session engine puts these words in every [`super::Cue`].

use std::sync::OnceLock;
use std::time::Duration;

pub(crate) use crate::cues::tones::Tone;
use crate::i18n::{Arg, Messages, speech};
use crate::routine::content::{words, words_or_own};
use crate::routine::plan::limb;
use crate::routine::{
    Breath, Phase, PhaseKind, Plan, Routine, RoutineKind, Side, Sides, Step, fill_sides,
};

/// How many of a phase's last seconds tick.
pub(crate) const TICKS: u32 = 3;

/// The caution said at the first stretch of every session while speech is on, whatever the
/// details setting (the speaker says it once a session), in the process's language.
pub(crate) fn caution() -> &'static str {
    static S: OnceLock<String> = OnceLock::new();
    S.get_or_init(|| speech().tr("cue-caution", &[]))
}

/// Said when a session is paused.
pub(crate) fn paused() -> &'static str {
    static S: OnceLock<String> = OnceLock::new();
    S.get_or_init(|| speech().tr("cue-paused", &[]))
}

/// Said when a paused session goes on.
pub(crate) fn going_on() -> &'static str {
    static S: OnceLock<String> = OnceLock::new();
    S.get_or_init(|| speech().tr("cue-going-on", &[]))
}

/// The tone for the start of a phase (`None`: the end of the routine).
pub(crate) fn tone(phase: Option<&Phase>) -> Tone {
    match phase.map(|p| p.kind) {
        None => Tone::Done,
        Some(PhaseKind::Prepare | PhaseKind::Task) => Tone::Ready,
        Some(PhaseKind::Hold { .. }) => Tone::Hold,
        Some(PhaseKind::Rest { .. }) => Tone::Rest,
        Some(PhaseKind::SwitchSides) => Tone::Switch,
    }
}

/// The tone and the word for a turn of the breath pacer (the word is said when no player
/// plays the tone).
pub(crate) fn breath(b: Breath) -> (Tone, String) {
    breath_in(speech(), b)
}

fn breath_in(m: &Messages, b: Breath) -> (Tone, String) {
    match b {
        Breath::In => (Tone::BreathIn, m.tr("cue-breathe-in", &[])),
        Breath::Out => (Tone::BreathOut, m.tr("cue-breathe-out", &[])),
    }
}

/// A step's title said as a sentence: a built-in title in `m`'s language
/// (`locales/<lang>/content.ftl`), the person's own as written.
fn title(m: &Messages, step: &Step) -> String {
    let t = match words(m, &step.title, None) {
        Some(t) => t.trim_end_matches('.').to_string(),
        None => sentence(&step.title),
    };
    m.tr("cue-title", &[("title", Arg::from(t))])
}

/// What a task says as it begins: its title, then its spoken form, or every instruction when
/// it has none. A task waits, so there is time, and its words are what to do (the set-up
/// before the first stretch: the chair, the floor, the light): heard whether or not the
/// details are.
fn task_words(m: &Messages, step: &Step) -> String {
    let title = std::iter::once(title(m, step));
    match &step.spoken {
        Some(s) => title.chain([words_or_own(m, s, None)]).collect::<Vec<_>>(),
        None => title
            .chain(step.instructions.iter().map(|t| words_or_own(m, t, None)))
            .collect(),
    }
    .join(" ")
}

/// The first phase of the routine's first stretch: where the caution is said.
fn first_stretch_phase(routine: &Routine, plan: &Plan) -> Option<usize> {
    plan.phases.iter().position(|p| {
        p.kind != PhaseKind::Task && routine.steps.get(p.step).is_some_and(is_stretch)
    })
}

/// A task's details: its caution.
fn task_details(m: &Messages, step: &Step) -> Option<String> {
    step.caution.as_deref().map(|c| words_or_own(m, c, None))
}

/// Whether the last seconds of this phase tick: holds, rests and get-ready phases do; a side
/// switch (a short move) and a task (no clock) do not.
pub(crate) fn ticks_in(phase: &Phase) -> bool {
    matches!(
        phase.kind,
        PhaseKind::Prepare | PhaseKind::Hold { .. } | PhaseKind::Rest { .. }
    )
}

/// What is said as phase `index` of `plan` begins (`index` past the end: the routine is over),
/// in the language of speech ([`crate::i18n::speech`]).
pub(crate) fn said(routine: &Routine, plan: &Plan, index: usize) -> String {
    said_in(speech_of(routine), routine, plan, index)
}

/// The messages a routine is spoken in: its file's `lang =` when it has one, else the
/// language of speech ([`crate::i18n::speech`]).
pub(crate) fn speech_of(routine: &Routine) -> &'static Messages {
    let s = speech();
    match routine.lang {
        Some(l) if l != s.lang() => {
            static LANGS: [OnceLock<Messages>; 4] = [const { OnceLock::new() }; 4];
            let i = crate::i18n::LANGUAGES
                .iter()
                .position(|&k| k == l)
                .unwrap_or(0)
                .min(LANGS.len() - 1);
            LANGS[i].get_or_init(|| Messages::builtin(crate::i18n::LANGUAGES[i]))
        }
        _ => s,
    }
}

/// [`said`] in `m`'s language: every sentence one whole message (docs/translating.md).
pub(crate) fn said_in(m: &Messages, routine: &Routine, plan: &Plan, index: usize) -> String {
    let Some(phase) = plan.phases.get(index) else {
        return m.tr("cue-all-done", &[]);
    };
    let Some(step) = routine.steps.get(phase.step) else {
        return String::new();
    };
    let before = index
        .checked_sub(1)
        .and_then(|i| plan.phases.get(i))
        .filter(|p| p.step == phase.step);
    let caution =
        (first_stretch_phase(routine, plan) == Some(index)).then(|| m.tr("cue-caution", &[]));
    match phase.kind {
        PhaseKind::Prepare => {
            let mut out = vec![title(m, step)];
            out.extend(caution);
            out.extend(step.spoken.as_ref().map(|s| {
                let s = words_or_own(m, s, None);
                if s.trim_end_matches(']').ends_with(['.', '!', '?']) {
                    s
                } else {
                    format!("{s}.")
                }
            }));
            match first_side(step) {
                Some((side, true)) => out.push(side_words(m, step, side, true)),
                Some((side, false)) => out.push(side_words(m, step, side, false)),
                None => {}
            }
            out.join(" ")
        }
        PhaseKind::Task => task_words(m, step),
        PhaseKind::Rest { .. } => m.tr("cue-rest", &[]),
        PhaseKind::SwitchSides => match other_side(step) {
            Some(side) => [m.tr("cue-switch", &[]), side_words(m, step, side, false)].join(" "),
            None => m.tr("cue-switch", &[]),
        },
        PhaseKind::Hold { side, rep, reps } => {
            let mut out: Vec<String> = Vec::new();
            let named_before = before.is_some();
            let side_before = before.and_then(|p| match p.kind {
                PhaseKind::Hold { side, .. } | PhaseKind::Rest { side, .. } => side,
                // A switch names the side that comes; a get-ready the side to start with.
                PhaseKind::SwitchSides => other_side(step),
                PhaseKind::Prepare => first_side(step).map(|(s, _)| s),
                PhaseKind::Task => None,
            });
            let own_name = routine.kind == RoutineKind::WindDown && !is_stretch(step);
            if !named_before && !own_name {
                out.push(title(m, step));
                out.extend(caution);
            }
            if let Some(s) = side
                && side_before != Some(s)
            {
                out.push(side_words(m, step, s, false));
            }
            if own_name && named_before && step.breathe.is_some() {
                // Its get ready said its name; the pacer begins with a breath in.
                out.push(breath_in(m, Breath::In).1);
            } else if own_name && named_before {
                // Its get ready said its name.
                out.push(m.tr("cue-begin", &[]));
            } else if own_name {
                out.push(title(m, step));
            } else {
                out.push(m.tr("cue-hold", &[]));
            }
            if reps > 1 {
                out.push(m.tr(
                    "cue-rep",
                    &[("rep", Arg::from(rep)), ("reps", Arg::from(reps))],
                ));
            }
            out.join(" ")
        }
    }
}

/// The step's first instruction and its caution, to be said once at its get ready after its
/// own words, when that phase is long enough to say them; the first instruction alone when
/// only that fits. A task offers its caution (its instructions are in what it says). `None`
/// for other phases, and when nothing fits.
pub(crate) fn details(routine: &Routine, plan: &Plan, index: usize) -> Option<String> {
    details_in(speech_of(routine), routine, plan, index)
}

/// [`details`] in `m`'s language (whose `cue-words-per-second` says how fast it is spoken).
pub(crate) fn details_in(
    m: &Messages,
    routine: &Routine,
    plan: &Plan,
    index: usize,
) -> Option<String> {
    let phase = plan.phases.get(index)?;
    if phase.kind == PhaseKind::Task {
        return task_details(m, routine.steps.get(phase.step)?);
    }
    if phase.kind != PhaseKind::Prepare {
        return None;
    }
    let step = routine.steps.get(phase.step)?;
    let side = first_side(step).map(|(s, _)| s);
    let first = step.instructions.first().map(|i| words_or_own(m, i, side));
    let both = match (&first, &step.caution) {
        (Some(i), Some(c)) => Some(format!("{i} {}", words_or_own(m, c, side))),
        (None, Some(c)) => Some(words_or_own(m, c, side)),
        _ => None,
    };
    let words = |t: &str| t.split_whitespace().count() as f64;
    let own = words(&said_in(m, routine, plan, index));
    let pace = words_per_second(m);
    let fits = |t: &String| Duration::from_secs_f64((own + words(t)) / pace) <= phase.length;
    both.filter(fits).or(first.filter(fits))
}

#[cfg(test)]
/// One line of a script: when, what is shown, what is said (and the details, if any).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Line {
    /// Planned start from the session start (tasks take no time).
    pub(crate) at: Duration,
    pub(crate) tone: Tone,
    pub(crate) said: String,
    pub(crate) details: Option<String>,
    /// Seconds before the phase ends that tick (empty when it does not tick).
    pub(crate) ticks: Vec<u32>,
}

#[cfg(test)]
/// Everything a routine says and sounds, in order, with planned times: for tests and for
/// `windown show --script` style listings.
pub(crate) fn script(routine: &Routine) -> Vec<Line> {
    script_in(speech_of(routine), routine)
}

#[cfg(test)]
/// [`script`] in `m`'s language.
pub(crate) fn script_in(m: &Messages, routine: &Routine) -> Vec<Line> {
    let plan = Plan::of(routine);
    let mut lines: Vec<Line> = (0..plan.phases.len())
        .map(|i| {
            let p = &plan.phases[i];
            Line {
                at: p.start,
                tone: tone(Some(p)),
                said: said_in(m, routine, &plan, i),
                details: details_in(m, routine, &plan, i),
                ticks: if ticks_in(p) {
                    (1..=TICKS)
                        .rev()
                        .filter(|&s| Duration::from_secs(u64::from(s)) < p.length)
                        .collect()
                } else {
                    Vec::new()
                },
            }
        })
        .collect();
    lines.push(Line {
        at: plan.total,
        tone: Tone::Done,
        said: said_in(m, routine, &plan, plan.phases.len()),
        details: None,
        ticks: Vec::new(),
    });
    lines
}

/// The routine's safety paragraph (the paragraph of its notes that begins "Safety:"), as the
/// lines to show, made printable; empty when it has none. The built-in one comes in the
/// screens' language, with the English beside a translation not yet clinically reviewed
/// ([`crate::i18n::safety`]).
pub(crate) fn safety(routine: &Routine) -> Vec<String> {
    safety_in(crate::i18n::current(), routine)
}

/// [`safety`] in `m`'s language.
pub(crate) fn safety_in(m: &Messages, routine: &Routine) -> Vec<String> {
    let Some(p) = routine
        .notes
        .as_deref()
        .and_then(crate::routine::content::safety_paragraph)
    else {
        return Vec::new();
    };
    if m.lang() == "en" || p != crate::routine::content::english_safety_note() {
        return super::text_lines(&p);
    }
    crate::i18n::safety_in(m, "routine-safety-note", &[])
        .lines()
        .into_iter()
        .flat_map(super::text_lines)
        .collect()
}

/// The side a step's text is about during a phase: the side worked in a hold or rest, the
/// first side at its get ready, the side to come at a switch; `None` for a task, a step
/// without sides and the end. `{side}` and `{other}` in instructions are filled in for it.
pub(crate) fn text_side(step: &Step, phase: Option<PhaseKind>) -> Option<Side> {
    match phase? {
        PhaseKind::Hold { side, .. } | PhaseKind::Rest { side, .. } => side,
        PhaseKind::Prepare => first_side(step).map(|(s, _)| s),
        PhaseKind::SwitchSides => other_side(step),
        PhaseKind::Task => None,
    }
}

/// The side a step starts on, and whether another follows (`true`: "first").
fn first_side(step: &Step) -> Option<(Side, bool)> {
    match step.sides {
        Sides::None => None,
        Sides::Both => Some((Side::Left, true)),
        Sides::Left => Some((Side::Left, false)),
        Sides::Right => Some((Side::Right, false)),
    }
}

/// The side after the switch.
fn other_side(step: &Step) -> Option<Side> {
    (step.sides == Sides::Both).then_some(Side::Right)
}

/// How fast `m`'s language is spoken, in words a second (`cue-words-per-second`; the
/// speech program's default pace when a translation says nothing usable).
pub(crate) fn words_per_second(m: &Messages) -> f64 {
    m.tr("cue-words-per-second", &[])
        .trim_matches(['[', ']'])
        .parse::<f64>()
        .ok()
        .filter(|w| (0.5..=10.0).contains(w))
        .unwrap_or(crate::cues::speech::WORDS_PER_SECOND)
}

/// The side to work on as one sentence: the step's `spoken_side` ("Left foot back."), or
/// "Left leg.", "Right foot.", "Left side."; with `first`, the side to start with ("Left
/// leg first.").
fn side_words(m: &Messages, step: &Step, side: Side, first: bool) -> String {
    if let Some(s) = &step.spoken_side {
        let id = if first {
            "cue-spoken-side-first"
        } else {
            "cue-spoken-side"
        };
        let spoken =
            words(m, s, Some(side)).unwrap_or_else(|| sentence(&fill_sides(s, Some(side))));
        return m.tr(id, &[("spoken", Arg::from(spoken))]);
    }
    let limb = limb(&step.targets).to_lowercase();
    let side = match side {
        Side::Left => "left",
        Side::Right => "right",
    };
    let id = if first { "cue-side-first" } else { "cue-side" };
    m.tr(id, &[("side", Arg::from(side)), ("limb", Arg::from(limb))])
}

/// A step in a wind-down that is a stretch (it works a limb): it says "Hold" like a stretch.
fn is_stretch(step: &Step) -> bool {
    step.sides != Sides::None
}

/// Text as a sentence: trailing spaces and a final full stop removed (the caller adds its
/// own), the first letter capital. Titles in capitals ("SCREENS OFF") are read as words too.
fn sentence(text: &str) -> String {
    let t = text.trim().trim_end_matches('.');
    let shouting =
        t.chars().filter(|c| c.is_alphabetic()).count() > 1 && t.chars().all(|c| !c.is_lowercase());
    let t = if shouting {
        t.to_lowercase()
    } else {
        t.to_string()
    };
    let mut chars = t.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routine::builtin;
    use std::fmt::Write as _;

    fn listing(m: &Messages, routine: &Routine) -> String {
        let mut out = String::new();
        for l in script_in(m, routine) {
            let secs = l.at.as_secs();
            let ticks = if l.ticks.is_empty() {
                String::new()
            } else {
                format!(
                    "  [ticks {}]",
                    l.ticks
                        .iter()
                        .map(u32::to_string)
                        .collect::<Vec<_>>()
                        .join(" ")
                )
            };
            let _ = writeln!(
                out,
                "{}:{:02} {:<6} {}{ticks}",
                secs / 60,
                secs % 60,
                l.tone.as_str(),
                l.said
            );
            if let Some(d) = l.details {
                let _ = writeln!(out, "       (details) {d}");
            }
        }
        out
    }

    #[test]
    fn the_spoken_script_of_every_built_in_routine() {
        for b in builtin::ROUTINES {
            let r = b.load().expect("a built-in routine parses");
            let en = Messages::builtin("en");
            insta::assert_snapshot!(format!("script_{}", r.id), listing(&en, &r));
        }
    }

    #[test]
    fn the_spoken_script_of_every_built_in_routine_in_each_language() {
        // The cues and the routines' own words (locales/<lang>/content.ftl) in each language.
        for lang in &crate::i18n::LANGUAGES[1..] {
            let m = Messages::builtin(lang);
            for b in builtin::ROUTINES {
                let r = b.load().expect("a built-in routine parses");
                insta::assert_snapshot!(format!("script_{lang}_{}", r.id), listing(&m, &r));
            }
        }
    }

    /// `text` without its bracketed parts (the pseudo-locale's messages).
    fn outside_brackets(text: &str) -> String {
        let mut depth = 0usize;
        text.chars()
            .filter(|&c| {
                match c {
                    '[' => depth += 1,
                    ']' => depth = depth.saturating_sub(1),
                    _ => return depth == 0,
                }
                false
            })
            .collect()
    }

    #[test]
    fn in_the_test_language_every_word_of_every_script_is_a_message() {
        let xa = Messages::builtin(crate::i18n::PSEUDO);
        for b in builtin::ROUTINES {
            let r = b.load().unwrap();
            for l in script_in(&xa, &r) {
                for text in std::iter::once(&l.said).chain(l.details.as_ref()) {
                    let left = outside_brackets(text);
                    assert!(
                        !left.chars().any(char::is_alphabetic),
                        "{}: not converted: {left:?} in {text}",
                        r.id
                    );
                }
            }
            if r.id.as_str() == "evening-legs" {
                insta::assert_snapshot!("script_en-XA_evening-legs", listing(&xa, &r));
            }
        }
    }

    #[test]
    fn a_routine_file_with_lang_is_spoken_in_its_language() {
        let text = "title = \"Meine Beine\"\nlang = \"de\"\n\n[[step]]\nstretch = \"wall-calf\"\nduration = \"10s\"\n\n[[step]]\ntitle = \"Fersen heben\"\nduration = \"10s\"\n";
        let r = crate::routine::parse::parse("r.toml", text, "r", crate::routine::Origin::BuiltIn)
            .unwrap();
        // Speech in tests is English; the file's words and cues are German.
        assert_eq!(speech().lang(), "en");
        assert_eq!(speech_of(&r).lang(), "de");
        let plan = Plan::of(&r);
        let first = said(&r, &plan, 0);
        assert!(
            first.starts_with("Wadendehnung an der Wand. Brechen Sie"),
            "{first}"
        );
        assert!(first.ends_with("Zuerst: Linker Fuß zurück."), "{first}");
        let own = plan.phases.iter().position(|p| p.step == 1).unwrap();
        assert_eq!(said(&r, &plan, own), "Fersen heben.");
        assert_eq!(said(&r, &plan, plan.phases.len()), "Geschafft.");
        // Without lang, the language of speech.
        let en = crate::routine::parse::parse(
            "r.toml",
            &text.replace("lang = \"de\"\n", ""),
            "r",
            crate::routine::Origin::BuiltIn,
        )
        .unwrap();
        assert!(said(&en, &plan, 0).starts_with("Wall calf stretch."));
    }

    #[test]
    fn speech_says_what_to_do_never_keys_or_the_screen() {
        let forbidden = [
            "press",
            "enter",
            "key",
            "on screen",
            "the screen",
            " with v",
            "windown",
        ];
        for b in builtin::ROUTINES {
            let r = b.load().unwrap();
            for l in script(&r) {
                for text in std::iter::once(&l.said).chain(l.details.as_ref()) {
                    let t = text.to_lowercase();
                    for f in forbidden {
                        assert!(!t.contains(f), "{}: \"{f}\" in {text}", r.id);
                    }
                }
            }
            // The caution is said at the first stretch, once.
            let cautions = script(&r)
                .iter()
                .filter(|l| l.said.contains(caution()))
                .count();
            assert_eq!(cautions, 1, "{}", r.id);
        }
        // In every language: no key, no program name (they stay as written in a translation).
        for lang in crate::i18n::LANGUAGES {
            let m = Messages::builtin(lang);
            for b in builtin::ROUTINES {
                let r = b.load().unwrap();
                for l in script_in(&m, &r) {
                    for text in std::iter::once(&l.said).chain(l.details.as_ref()) {
                        for f in ["Enter", "windown", " v "] {
                            assert!(!text.contains(f), "{lang} {}: {f:?} in {text}", r.id);
                        }
                    }
                }
            }
        }
        for s in crate::routine::library::Library::builtin().stretches() {
            let words = s
                .spoken
                .as_deref()
                .map_or(0, |t| t.split_whitespace().count());
            if s.sides.as_deref() == Some("both") {
                assert!((1..=12).contains(&words), "{}: {words} words", s.id);
                assert!(s.spoken_side.is_some(), "{}", s.id);
            }
        }
    }

    #[test]
    fn the_safety_paragraph_is_found_in_the_notes() {
        let r = builtin::ROUTINES[0].load().unwrap();
        let s = safety(&r);
        assert_eq!(s.len(), 1);
        assert!(s[0].starts_with("Safety: this is a general routine"));
        assert!(s[0].ends_with("never stop or change a medicine on your own."));
    }

    #[test]
    fn the_safety_paragraph_comes_translated_with_the_english_beside_it() {
        let r = builtin::ROUTINES[0].load().unwrap();
        let de = safety_in(&Messages::builtin("de"), &r);
        assert_eq!(de.len(), 2, "{de:?}");
        assert!(de[0].starts_with("Sicherheit:"), "{}", de[0]);
        assert_eq!(de[1], safety(&r)[0]);
        let xa = safety_in(&Messages::builtin(crate::i18n::PSEUDO), &r);
        assert!(xa.len() == 1 && xa[0].starts_with('[') && xa[0].ends_with(']'));
    }

    #[test]
    fn titles_become_sentences() {
        assert_eq!(sentence("SCREENS OFF"), "Screens off");
        assert_eq!(sentence("wall calf stretch."), "Wall calf stretch");
        assert_eq!(sentence("  "), "");
        assert_eq!(sentence("A"), "A");
    }

    #[test]
    fn tones_are_distinct_for_each_kind_of_moment() {
        let p = |kind| Phase {
            step: 0,
            kind,
            length: Duration::from_secs(10),
            start: Duration::ZERO,
        };
        let hold = p(PhaseKind::Hold {
            side: None,
            rep: 1,
            reps: 1,
        });
        let rest = p(PhaseKind::Rest {
            side: None,
            after_rep: 1,
        });
        let switch = p(PhaseKind::SwitchSides);
        let tones = [
            tone(Some(&hold)),
            tone(Some(&rest)),
            tone(Some(&switch)),
            tone(None),
            Tone::Tick,
        ];
        let mut distinct = tones.to_vec();
        distinct.sort();
        distinct.dedup();
        assert_eq!(distinct.len(), tones.len());
        assert_eq!(tone(Some(&p(PhaseKind::Prepare))), Tone::Ready);
        assert!(ticks_in(&hold) && ticks_in(&rest) && !ticks_in(&switch));
        assert!(!ticks_in(&p(PhaseKind::Task)));
    }
}

#[cfg(test)]
#[path = "heard_tests.rs"]
mod heard_tests;
