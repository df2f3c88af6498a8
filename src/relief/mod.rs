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

/// Always on screen, printed first in plain mode and again after the last step. Says what the
/// routines' safety text says, in [`URGENT_PIECES`] short enough to be said one at a time.
pub const URGENT: &str = "Get urgent medical advice if the cramp lasts over 10 minutes and does not ease, or if one leg is painful, swollen, warm, red or darkened. Sudden breathlessness or chest pain: call an emergency number now.";

/// [`URGENT`] in the pieces it is said in (joined by one space they are [`URGENT`]).
pub const URGENT_PIECES: [&str; 3] = [
    "Get urgent medical advice if the cramp lasts over 10 minutes and does not ease,",
    "or if one leg is painful, swollen, warm, red or darkened.",
    "Sudden breathlessness or chest pain: call an emergency number now.",
];

/// [`URGENT`] for a small window, every fact kept: over 10 minutes and not easing; one leg
/// painful, swollen, warm, red or darkened; sudden breathlessness or chest pain.
pub(crate) const URGENT_SHORT: &str = "Get urgent advice if over 10 minutes and not easing, or one leg is painful, swollen, warm, red or darkened. Sudden breathlessness or chest pain: call an emergency number now.";

/// Once a cramp has lasted this long, the urgent line is highlighted.
pub(crate) const URGENT_AFTER: Duration = Duration::from_secs(10 * 60);

/// Said above the urgent line once the cramp has lasted [`URGENT_AFTER`].
pub(crate) const URGENT_NOW: &str = "It has lasted over 10 minutes.";

/// Whether a cramp that has lasted `lasted` calls for the urgent line to stand out.
pub(crate) fn urgent_now(lasted: Duration) -> bool {
    lasted >= URGENT_AFTER
}

/// "Is it really a cramp?", in two plain lines, no diagnosis.
pub(crate) const IS_IT_A_CRAMP: &str = "A cramp is a sudden, hard, painful tightening of a muscle that eases with stretching. An urge to move the legs, calf pain that comes when walking, or numbness or weakness are different: tell a doctor about those.";

/// The medicine line, with no medicine named: shown after a cramp, with "is it a cramp?".
pub(crate) const MEDICINES: &str = "Some medicines and health conditions can make cramps more likely: if yours began or got worse after a change in medicines, tell your doctor or pharmacist. Never stop or change a medicine on your own.";

/// Said as the guide opens and asks which leg and muscle (speech names no key).
pub(crate) const FIRST_SAID: &str = "A cramp? Let it ease. Which leg, and which muscle?";

/// Said in the app after [`FIRST_SAID`]: how to answer, for someone in the dark (the plain
/// guide asks in its own lines).
pub(crate) const FIRST_KEYS_SAID: &str = "Enter starts with the left calf. R is the right leg. C calf, B back of thigh, F front, O foot.";

/// Said in the app after [`END_SAID`]: how to answer, and how to finish.
pub(crate) const END_KEYS_SAID: &str = "Up and down set how bad. 1 to 4 set how long: under a \
minute, 1 to 5 minutes, 5 to 15 minutes, or longer. Enter saves.";

/// Said at the guide's end, with the questions asked there.
pub(crate) const END_SAID: &str = "Has it eased? If it has, back to bed when you are ready; if \
not, stretch it again as before. How bad was it at worst, and how long did it last?";

pub(crate) use crate::history::record::{LASTED_CHOICES, lasted_is_urgent};

/// The plain guide's question (`windown cramp --plain`).
pub(crate) const LASTED_QUESTION: &str = "How long did the cramp last? 1 under a minute, 2 1 to 5 \
minutes, 3 5 to 15 minutes, 4 longer; or the time, like 7m (Enter leaves it out)";

/// Longest time typed as the answer: longer is almost certainly a typo (as `--lasted`).
pub(crate) const LASTED_MAX_SECONDS: u64 = 12 * 3600;

/// An answer to [`LASTED_QUESTION`]: `Ok(None)` leaves it out (an empty line), `Ok(Some(s))`
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
        assert_eq!(lasted_answer("3"), Ok(Some(600)));
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
    fn a_length_chosen_in_the_guide_is_shown_as_its_span() {
        use crate::history::record::lasted_text;
        assert_eq!(lasted_text(900, true), "over 15 minutes");
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
            format!("{FIRST_SAID} {FIRST_KEYS_SAID}"),
            format!("{END_SAID} {END_KEYS_SAID}"),
        ];
        for m in crate::history::Muscle::ALL {
            said.extend(guide::steps(m).iter().map(|s| s.say.to_string()));
        }
        for text in &said {
            for piece in crate::cues::speech::pieces(text) {
                let took = crate::cues::speech::estimate(&piece, true);
                assert!(took < Duration::from_secs(8), "{took:?}: {piece}");
            }
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
