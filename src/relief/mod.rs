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

#[cfg(test)]
mod tests {
    use super::*;

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
