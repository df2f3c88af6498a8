//! When a cramp strikes: the relief guide's steps (pure data, worded from the evidence brief's
//! "When a cramp strikes"), the guide as a small state machine over an injected clock, and the
//! words for legs and muscles that the history record and the command line share.
//!
//! - [`guide`]: the steps for each muscle and the [`guide::Guide`] that walks through them.
//! - [`plain`]: `windown cramp --plain`, the guide as lines for screen readers.
//! - [`cmd`]: `windown cramp` and `windown cramp log`, their arguments.
//!
//! Owns no file: a finished guide becomes a [`crate::history::CrampEntry`], appended by
//! `crate::history`. Imports no terminal library; the relief screen lives in
//! `crate::tui::screens::relief`. Gives no medicine advice and no diagnosis.

pub mod cmd;
pub mod guide;
pub mod plain;

use serde::{Deserialize, Serialize};

/// Always on screen and printed first in plain mode.
pub const URGENT: &str = "If a cramp lasts more than 10 minutes and does not ease, or one leg is swollen, red or warm, get urgent medical advice.";

/// "Is it really a cramp?", in two plain lines, no diagnosis.
pub const IS_IT_A_CRAMP: &str = "A cramp is a sudden, hard, painful tightening of a muscle that eases with stretching. An urge to move the legs, calf pain that comes when walking, or numbness or weakness are different: tell a doctor about those.";

/// The medicine line, with no medicine named: shown after a cramp, with "is it a cramp?".
pub const MEDICINES: &str = "Some medicines and health conditions can make cramps more likely: if yours began or got worse after a change in medicines, tell your doctor or pharmacist. Never stop or change a medicine on your own.";

/// Which leg.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Leg {
    #[default]
    Left,
    Right,
}

impl Leg {
    pub const ALL: [Leg; 2] = [Leg::Left, Leg::Right];

    /// The word in the file and on the command line.
    pub fn word(self) -> &'static str {
        match self {
            Leg::Left => "left",
            Leg::Right => "right",
        }
    }
}

/// Which muscle cramped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Muscle {
    #[default]
    Calf,
    /// The hamstrings.
    BackThigh,
    /// The quadriceps.
    FrontThigh,
}

impl Muscle {
    pub const ALL: [Muscle; 3] = [Muscle::Calf, Muscle::BackThigh, Muscle::FrontThigh];

    /// The word in the file and on the command line.
    pub fn word(self) -> &'static str {
        match self {
            Muscle::Calf => "calf",
            Muscle::BackThigh => "back-thigh",
            Muscle::FrontThigh => "front-thigh",
        }
    }

    /// As people say it.
    pub fn name(self) -> &'static str {
        match self {
            Muscle::Calf => "calf",
            Muscle::BackThigh => "back of thigh",
            Muscle::FrontThigh => "front of thigh",
        }
    }
}

/// "left calf", "right back of thigh".
pub fn where_(leg: Leg, muscle: Muscle) -> String {
    format!("{} {}", leg.word(), muscle.name())
}

/// Highest pain on the 0-10 scale.
pub const PAIN_MAX: u8 = 10;
