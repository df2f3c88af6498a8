//! When a cramp strikes: the relief guide's steps (pure data, worded from the evidence brief's
//! "When a cramp strikes"), the guide as a small state machine over an injected clock, and the
//! lines said around it. The words for legs, muscles and pain are the history record's
//! ([`crate::history::record`]); `windown cramp` is `crate::cli::cramp`.
//!
//! - [`guide`]: the steps for each muscle and the [`guide::Guide`] that walks through them.
//!
//! Owns no file: a finished guide becomes a [`crate::history::CrampEntry`], appended by
//! `crate::history`. Imports no terminal library; the relief screen lives in
//! `crate::tui::screens::relief`. Gives no medicine advice and no diagnosis.

pub mod guide;

/// Always on screen and printed first in plain mode.
pub const URGENT: &str = "If a cramp lasts more than 10 minutes and does not ease, or one leg is swollen, red or warm, get urgent medical advice.";

/// "Is it really a cramp?", in two plain lines, no diagnosis.
pub const IS_IT_A_CRAMP: &str = "A cramp is a sudden, hard, painful tightening of a muscle that eases with stretching. An urge to move the legs, calf pain that comes when walking, or numbness or weakness are different: tell a doctor about those.";

/// The medicine line, with no medicine named: shown after a cramp, with "is it a cramp?".
pub const MEDICINES: &str = "Some medicines and health conditions can make cramps more likely: if yours began or got worse after a change in medicines, tell your doctor or pharmacist. Never stop or change a medicine on your own.";
