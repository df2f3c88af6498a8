//! When a cramp strikes: the relief guide's steps (pure data, worded from the evidence brief's
//! "When a cramp strikes"), the guide as a small state machine over an injected clock, and the
//! lines said around it. The words for legs, muscles and pain are the history record's
//! ([`crate::history::record`]); `windown cramp` is `crate::cli::cramp`.
//!
//! - [`guide`]: the steps for each muscle and the [`guide::Guide`] that walks through them.
//! - [`page`]: the guide as a page for the phone by the bed, and a printable card.
//!
//! Owns no file: a finished guide becomes a [`crate::history::CrampEntry`], appended by
//! `crate::history`. Imports no terminal library; the relief screen lives in
//! `crate::tui::screens::relief`. Gives no medicine advice and no diagnosis.

pub mod guide;
pub(crate) mod page;

use std::time::Duration;

use crate::history::{Leg, Muscle};
use crate::i18n::{self, Messages, Safety};

/// The urgent line in English, as `relief-urgent` in `locales/en/relief.ftl` (a test keeps
/// them equal): for what is English in every language (the README, the routines' safety
/// text). On screen and in plain mode it is [`urgent`], in the person's language.
pub const URGENT: &str = "Get urgent medical advice if the cramp lasts over 10 minutes and does not ease, or if one leg is painful, swollen, warm, red or darkened. Sudden breathlessness or chest pain: call an emergency number now.";

/// [`URGENT`] in the pieces it is said in (joined by one space they are [`URGENT`]), English
/// as `relief-urgent-1` to `-3`; [`urgent_pieces`] in the person's language.
pub const URGENT_PIECES: [&str; 3] = [
    "Get urgent medical advice if the cramp lasts over 10 minutes and does not ease,",
    "or if one leg is painful, swollen, warm, red or darkened.",
    "Sudden breathlessness or chest pain: call an emergency number now.",
];

/// [`URGENT`] for a small window, every fact kept, English as `relief-urgent-short`
/// ([`urgent_short`] in the person's language).
#[cfg(test)]
pub(crate) const URGENT_SHORT: &str = "Get urgent advice if over 10 minutes and not easing, or one leg is painful, swollen, warm, red or darkened. Sudden breathlessness or chest pain: call an emergency number now.";

/// The ids of the urgent line's pieces.
const URGENT_PIECE_IDS: [&str; 3] = ["relief-urgent-1", "relief-urgent-2", "relief-urgent-3"];

/// Always on screen, printed first in plain mode and again after the last step: a safety
/// text, with the English original beside an unreviewed translation.
pub fn urgent() -> Safety {
    i18n::safety("relief-urgent", &[])
}

/// [`urgent`] for a small window, every fact kept: over 10 minutes and not easing; one leg
/// painful, swollen, warm, red or darkened; sudden breathlessness or chest pain.
pub(crate) fn urgent_short() -> Safety {
    i18n::safety("relief-urgent-short", &[])
}

/// The urgent line in `m`'s language, in the pieces it is said in (joined by one space they
/// are `relief-urgent`), each short enough to be said on its own.
pub fn urgent_pieces_in(m: &Messages) -> [String; 3] {
    URGENT_PIECE_IDS.map(|id| m.tr(id, &[]))
}

/// The urgent line as lines to print, one piece a line: the process's language, then the
/// English pieces while its safety texts are not reviewed.
pub fn urgent_pieces() -> Vec<String> {
    let pieces: Vec<Safety> = URGENT_PIECE_IDS
        .iter()
        .map(|id| i18n::safety(id, &[]))
        .collect();
    let mut lines: Vec<String> = pieces.iter().map(|p| p.text.clone()).collect();
    lines.extend(pieces.into_iter().filter_map(|p| p.english));
    lines
}

/// Once a cramp has lasted this long, the urgent line is highlighted.
pub(crate) const URGENT_AFTER: Duration = Duration::from_secs(10 * 60);

/// Shown above the urgent line once the cramp has lasted [`URGENT_AFTER`].
pub(crate) fn urgent_now_words() -> String {
    i18n::tr("relief-urgent-now", &[])
}

/// [`urgent_now_words`] and the urgent line, as said (in the language speech uses).
pub(crate) fn urgent_now_said() -> String {
    let m = i18n::speech();
    format!(
        "{} {}",
        m.tr("relief-urgent-now", &[]),
        m.tr("relief-urgent", &[])
    )
}

/// Whether a cramp that has lasted `lasted` calls for the urgent line to stand out.
pub(crate) fn urgent_now(lasted: Duration) -> bool {
    lasted >= URGENT_AFTER
}

/// "Is it really a cramp?", in two plain lines, no diagnosis.
pub(crate) fn is_it_a_cramp() -> String {
    i18n::tr("relief-is-it-a-cramp", &[])
}

/// The medicine line, with no medicine named: shown after a cramp, with "is it a cramp?"; a
/// safety text.
pub(crate) fn medicines() -> Safety {
    i18n::safety("relief-medicines", &[])
}

/// Said as the guide opens and asks which leg and muscle (the keys follow in the app:
/// [`first_keys_said`]).
pub(crate) fn first_said() -> String {
    i18n::speech().tr("relief-first-said", &[])
}

/// Said in the app after [`first_said`]: how to answer, for someone in the dark (the plain
/// guide asks in its own lines).
pub(crate) fn first_keys_said() -> String {
    i18n::speech().tr("relief-first-keys-said", &[])
}

/// Said in the app after [`end_said`]: how to answer, and how to finish.
pub(crate) fn end_keys_said() -> String {
    i18n::speech().tr("relief-end-keys-said", &[])
}

/// Said at the guide's end, with the questions asked there.
pub(crate) fn end_said() -> String {
    i18n::speech().tr("relief-end-said", &[])
}

/// The answers to "how long did the cramp last?" at the guide's end: the key or line that
/// gives it, the message with its words, and the seconds recorded (`lasted_seconds`: the
/// middle of the span; "over 10 minutes" records 15 minutes, as "longer" did). The spans
/// split at 10 minutes, where [`lasted_is_urgent`] does, so no answer holds both an urgent
/// and a not-urgent length. The time the guide was open is not the cramp's length.
pub(crate) const LASTED_CHOICES: [(char, &str, u64); 4] = [
    ('1', "relief-lasted-under-1", 30),
    ('2', "relief-lasted-1-5", 3 * 60),
    // 7.5 minutes, the middle of 5 to 10: not 10 minutes, which old records of "5 to 15
    // minutes" hold (so those stay told apart), and clear of the urgent line.
    ('3', "relief-lasted-5-10", 450),
    ('4', "relief-lasted-longer", 15 * 60),
];
pub(crate) use crate::history::record::lasted_is_urgent;

/// The plain guide's question (`windown cramp --plain`).
pub(crate) fn lasted_question() -> String {
    i18n::tr("relief-lasted-question", &[])
}

/// Which leg, in the process's language ("left").
pub(crate) fn leg_words(leg: Leg) -> String {
    i18n::tr("relief-leg", &[("leg", leg.word().into())])
}

/// Which muscle, in the process's language ("back of thigh").
pub(crate) fn muscle_words(muscle: Muscle) -> String {
    i18n::tr("relief-muscle", &[("muscle", muscle.word().into())])
}

/// Where the cramp is, leg and muscle together as the language says it ("left calf").
pub(crate) fn place(leg: Leg, muscle: Muscle) -> String {
    i18n::tr(
        "relief-place",
        &[("leg", leg.word().into()), ("muscle", muscle.word().into())],
    )
}

/// Longest time typed as the answer: longer is almost certainly a typo (as `--lasted`).
pub(crate) const LASTED_MAX_SECONDS: u64 = 12 * 3600;

/// An answer to [`lasted_question`]: `Ok(None)` leaves it out (an empty line), `Ok(Some(s))`
/// the seconds, `Err(())` an answer not understood (asked again).
pub(crate) fn lasted_answer(line: &str) -> Result<Option<u64>, ()> {
    let t = line.trim();
    if t.is_empty() {
        return Ok(None);
    }
    if let Some((_, _, s)) = LASTED_CHOICES
        .iter()
        .find(|(k, _, _)| t.len() == 1 && t.starts_with(*k))
    {
        return Ok(Some(*s));
    }
    match crate::duration::parse(t).map(|d| d.as_secs()) {
        Ok(n) if n > 0 && n <= LASTED_MAX_SECONDS => Ok(Some(n)),
        _ => Err(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn how_long_it_lasted_is_a_choice_or_a_time() {
        assert_eq!(lasted_answer(""), Ok(None));
        assert_eq!(lasted_answer("  "), Ok(None));
        assert_eq!(lasted_answer("1"), Ok(Some(30)));
        assert_eq!(lasted_answer("2"), Ok(Some(180)));
        assert_eq!(lasted_answer("3"), Ok(Some(450)));
        assert_eq!(lasted_answer("4"), Ok(Some(900)));
        assert_eq!(lasted_answer("7m"), Ok(Some(420)));
        assert_eq!(lasted_answer(" 1m30s "), Ok(Some(90)));
        assert_eq!(lasted_answer("0s"), Err(()));
        assert_eq!(lasted_answer("13h"), Err(()));
        assert_eq!(lasted_answer("soon"), Err(()));
        assert_eq!(
            lasted_answer("5"),
            Err(()),
            "a bare number other than 1-4 needs its unit"
        );
    }

    #[test]
    fn the_place_reads_as_before_in_english() {
        for leg in Leg::ALL {
            assert_eq!(leg_words(leg), leg.word());
            for m in Muscle::ALL {
                assert_eq!(muscle_words(m), m.name());
                assert_eq!(place(leg, m), crate::history::record::where_(leg, m));
            }
        }
    }

    /// The answers split at 10 minutes, where the urgent line does: 3 ("5 to 10 minutes") is
    /// not urgent, 4 ("over 10 minutes") is, and each answer's words, in every language, say
    /// the same side of 10 minutes as the seconds it records (a cramp of 12 minutes has one
    /// answer, and it brings the urgent line).
    #[test]
    fn no_answer_to_how_long_spans_the_urgent_line() {
        let urgent = |k: char| {
            let c = LASTED_CHOICES.iter().find(|c| c.0 == k).unwrap();
            lasted_is_urgent(c.2)
        };
        assert!(!urgent('3'));
        assert!(urgent('4'));
        assert_eq!(lasted_answer("3"), Ok(Some(450)));
        assert_eq!(lasted_answer("4"), Ok(Some(900)));
        // The words of each answer: over 10 minutes exactly when urgent, and ending at or
        // below 10 minutes otherwise.
        let over = [
            ("en", "over 10 minutes"),
            ("de", "über 10 Minuten"),
            ("fr", "plus de 10 minutes"),
            ("es", "más de 10 minutos"),
        ];
        for (lang, over_ten) in over {
            let m: &'static crate::i18n::Messages =
                Box::leak(Box::new(crate::i18n::Messages::builtin(lang)));
            crate::i18n::scoped(m, || {
                for (key, id, secs) in LASTED_CHOICES {
                    let words = i18n::tr(id, &[]);
                    assert_eq!(
                        words == over_ten,
                        lasted_is_urgent(secs),
                        "{lang} {key}: {words}"
                    );
                    assert!(!words.contains("15"), "{lang} {key}: {words}");
                    let q = lasted_question();
                    assert!(q.contains(&format!("{key} {words}")), "{lang}: {q}");
                }
            });
        }
        // The history's words for the guide's answers agree with the guide's.
        for ((k, _, s), (hk, words, hs)) in LASTED_CHOICES
            .iter()
            .zip(crate::history::record::LASTED_CHOICES.iter())
        {
            assert_eq!((k, s), (hk, hs));
            assert_eq!(crate::history::record::lasted_text(*s, true), *words);
        }
    }

    #[test]
    fn a_length_chosen_in_the_guide_is_shown_as_its_span() {
        use crate::history::record::lasted_text;
        assert_eq!(lasted_text(900, true), "over 10 minutes");
        assert_eq!(lasted_text(450, true), "5 to 10 minutes");
        // An answer of the old "5 to 15 minutes" (10 minutes) keeps its words.
        assert_eq!(lasted_text(600, true), "5 to 15 minutes");
        assert_eq!(lasted_text(30, true), "under a minute");
        assert_eq!(lasted_text(420, true), "7m");
        assert_eq!(
            lasted_text(600, false),
            "10m",
            "typed with windown cramp --lasted"
        );
    }

    /// Every piece the guide says (as the speech splits it) takes under 8 seconds at the
    /// guide's slower pace, the keys' lines included.
    #[test]
    fn every_piece_said_in_the_guide_is_short() {
        let mut said = vec![
            format!("{} {}", first_said(), first_keys_said()),
            format!("{} {}", end_said(), end_keys_said()),
        ];
        for m in crate::history::Muscle::ALL {
            for seated in [false, true] {
                said.extend(guide::steps_for(m, seated).iter().map(|s| s.say()));
            }
        }
        for text in &said {
            for piece in crate::cues::speech::pieces(text) {
                let took = crate::cues::speech::estimate(&piece, true);
                assert!(took < Duration::from_secs(8), "{took:?}: {piece}");
            }
        }
    }

    #[test]
    fn the_english_constants_are_the_english_messages() {
        let en = Messages::builtin("en");
        assert_eq!(en.tr("relief-urgent", &[]), URGENT);
        assert_eq!(en.tr("relief-urgent-short", &[]), URGENT_SHORT);
        assert_eq!(urgent_pieces_in(&en), URGENT_PIECES);
    }

    #[test]
    fn each_language_says_the_urgent_line_in_its_pieces() {
        for lang in i18n::LANGUAGES {
            let m = Messages::builtin(lang);
            assert_eq!(
                urgent_pieces_in(&m).join(" "),
                m.tr("relief-urgent", &[]),
                "{lang}"
            );
        }
    }

    #[test]
    fn the_urgent_pieces_are_the_urgent_line() {
        assert_eq!(URGENT_PIECES.join(" "), URGENT);
        for p in URGENT_PIECES {
            assert!(p.len() <= 80, "{p}");
        }
        assert!(!urgent_now(Duration::from_secs(599)));
        assert!(urgent_now(Duration::from_secs(600)));
    }
}
