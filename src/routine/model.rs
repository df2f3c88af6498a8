//! The routine as the rest of windown sees it: validated, with every default applied.
//!
//! Parsing and validation (src/routine/parse.rs) produce these values; the session engine,
//! the plan listing and the TUI only ever read them. Nothing here does I/O.
//!
//! Its words are [`Id`] and [`SafeText`] (kept on the ground floor, `crate::text`, since
//! reminders use them too): every id and text of a routine has passed the one id rule and the
//! one character rule, so screens and commands draw them as they are. The limits the readers
//! share (the routine file and the stretch library) live here too, below both:
//! [`MAX_TEXT_CHARS`].

use std::path::PathBuf;
use std::time::Duration;

pub(crate) use crate::text::{Id, SafeText};

/// Longest text field of a routine or a library stretch, in characters.
pub(crate) const MAX_TEXT_CHARS: usize = 2000;

/// A whole routine: an ordered list of steps with a title and notes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Routine {
    /// Lowercase letters, digits and `-`; the file stem unless the file sets `id`.
    pub id: Id,
    /// One line.
    pub title: SafeText,
    pub summary: Option<SafeText>,
    /// Longer text: the evidence behind the routine, cautions, the safety text.
    pub notes: Option<SafeText>,
    pub kind: RoutineKind,
    /// At least one.
    pub steps: Vec<Step>,
    pub origin: Origin,
    /// Stretches left out of this run before it began (the wind-down on a rest evening of the
    /// experiment: `trial::routine_tonight`); 0 for a routine as written.
    pub stretches_left_out: u32,
    /// The language its own words are written in (`lang = "de"`, one of
    /// [`crate::i18n::LANGUAGES`]); `None`: the language of speech (a built-in routine's words
    /// come in every language, `crate::routine::content`).
    pub lang: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum RoutineKind {
    #[default]
    Stretch,
    WindDown,
}

#[cfg(test)]
impl Routine {
    /// A built-in stretch routine titled "T" (id `t`) made of `steps`, for tests.
    pub(crate) fn of_steps(steps: Vec<Step>) -> Routine {
        Routine {
            id: Id::new("t").expect("a valid id"),
            title: "T".into(),
            summary: None,
            notes: None,
            kind: RoutineKind::Stretch,
            steps,
            origin: Origin::BuiltIn,
            stretches_left_out: 0,
            lang: None,
        }
    }
}

impl RoutineKind {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            RoutineKind::Stretch => "stretch",
            RoutineKind::WindDown => "wind-down",
        }
    }
}

/// Where a routine came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Shipped in `routines/` and compiled into the binary.
    BuiltIn,
    /// A user's file (or a path given on the command line).
    File(PathBuf),
}

/// One step of a routine, with every default already applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// One line.
    pub title: SafeText,
    pub instructions: Vec<SafeText>,
    pub caution: Option<SafeText>,
    pub targets: Vec<Target>,
    /// Name of an illustration in `assets/figures/` or the user's figures folder.
    pub figure: Option<String>,
    pub kind: StepKind,
    /// Length of one rep on one side. Zero only for task steps.
    pub duration: Duration,
    /// 1..=50.
    pub reps: u32,
    /// Between reps (zero: no rest phase).
    pub rest: Duration,
    /// Get-ready lead-in before the step (zero: none).
    pub prepare: Duration,
    pub sides: Sides,
    /// Pause between the left and the right side when `sides = "both"`.
    pub switch: Duration,
    /// A breath pacer during the holds (`breathe = { in = "4s", out = "6s" }`).
    pub breathe: Option<Breathe>,
    /// What is said at its get ready (how to do it, a dozen words), or for a task in place of
    /// its instructions; `None`: the instructions are the spoken text of a task, and a stretch
    /// says its title alone.
    pub spoken: Option<SafeText>,
    /// The movement of the side named, said with it: "{side} foot back" ("Left foot back
    /// first.", "Right foot back."); `None`: "Left leg".
    pub spoken_side: Option<SafeText>,
    /// How the body is placed (`position`, or the library stretch's); `None`: not said.
    pub position: Option<Position>,
}

impl Step {
    /// A stretch: a timed step that works the body (a target other than breathing,
    /// relaxation and sleep, or no target named). Tasks, the breath pacer and the wind-down's
    /// quiet steps are not. Counted in a session's record: an evening counts as stretched only
    /// when one was done (`history::NightRules::stretched_evening`).
    pub(crate) fn is_stretch(&self) -> bool {
        let body =
            |t: &Target| !matches!(t, Target::Breathing | Target::Relaxation | Target::Sleep);
        self.kind == StepKind::Timed && (self.targets.is_empty() || self.targets.iter().any(body))
    }
}

/// How the body is placed for a step: home marks the standing ones when balance is poor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Position {
    Standing,
    Seated,
    Lying,
}

impl Position {
    /// The words a file uses, in order.
    pub const NAMES: [&'static str; 3] = ["standing", "seated", "lying"];

    pub fn as_str(self) -> &'static str {
        match self {
            Position::Standing => "standing",
            Position::Seated => "seated",
            Position::Lying => "lying",
        }
    }

    pub(crate) fn from_name(name: &str) -> Option<Position> {
        match name {
            "standing" => Some(Position::Standing),
            "seated" => Some(Position::Seated),
            "lying" => Some(Position::Lying),
            _ => None,
        }
    }
}

/// A breath pacer: breathe in for `inhale`, out for `exhale`, again and again through a hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Breathe {
    /// Over 0.
    pub(crate) inhale: Duration,
    /// Over 0.
    pub(crate) exhale: Duration,
}

/// Which half of a breath.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Breath {
    In,
    Out,
}

impl Breathe {
    /// Where a hold `elapsed` into it is: the half of the breath, how far through that half
    /// (0..1), and how long until the next change.
    pub(crate) fn at(&self, elapsed: Duration) -> (Breath, f64, Duration) {
        let cycle = self.inhale + self.exhale;
        if cycle.is_zero() {
            return (Breath::In, 0.0, Duration::MAX);
        }
        let pos =
            Duration::from_nanos(u64::try_from(elapsed.as_nanos() % cycle.as_nanos()).unwrap_or(0));
        if pos < self.inhale {
            (
                Breath::In,
                pos.as_secs_f64() / self.inhale.as_secs_f64(),
                self.inhale - pos,
            )
        } else {
            let into = pos - self.inhale;
            (
                Breath::Out,
                into.as_secs_f64() / self.exhale.as_secs_f64(),
                self.exhale - into,
            )
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum StepKind {
    /// Runs on the clock.
    #[default]
    Timed,
    /// Untimed: waits until the person marks it done ("screens off").
    Task,
}

/// Which sides a step is done on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Sides {
    #[default]
    None,
    /// All reps on the left, a switch pause, then all reps on the right.
    Both,
    Left,
    Right,
}

/// One side of the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    Left,
    Right,
}

impl Side {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Side::Left => "left",
            Side::Right => "right",
        }
    }

    pub(crate) fn other(self) -> Side {
        match self {
            Side::Left => Side::Right,
            Side::Right => Side::Left,
        }
    }
}

/// The placeholders a step's instructions and caution may use.
pub(crate) const PLACEHOLDERS: [&str; 2] = ["{side}", "{other}"];

/// `text` with `{side}` and `{other}` filled in for `side` ("Step your {side} foot back":
/// "Step your left foot back"). Without a side (a step done on no particular side, or text
/// shown for both) they read "one" and "the other".
pub(crate) fn fill_sides(text: &str, side: Option<Side>) -> String {
    if !text.contains('{') {
        return text.to_string();
    }
    let (this, other) = match side {
        Some(s) => (s.as_str(), s.other().as_str()),
        None => ("one", "the other"),
    };
    text.replace("{side}", this).replace("{other}", other)
}

/// What a step works on. The known set is closed so that a typo is caught.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Target {
    Calves,
    Hamstrings,
    Quadriceps,
    Hips,
    Glutes,
    Feet,
    Back,
    Breathing,
    Relaxation,
    Sleep,
}

impl Target {
    pub(crate) const ALL: [Target; 10] = [
        Target::Calves,
        Target::Hamstrings,
        Target::Quadriceps,
        Target::Hips,
        Target::Glutes,
        Target::Feet,
        Target::Back,
        Target::Breathing,
        Target::Relaxation,
        Target::Sleep,
    ];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Target::Calves => "calves",
            Target::Hamstrings => "hamstrings",
            Target::Quadriceps => "quadriceps",
            Target::Hips => "hips",
            Target::Glutes => "glutes",
            Target::Feet => "feet",
            Target::Back => "back",
            Target::Breathing => "breathing",
            Target::Relaxation => "relaxation",
            Target::Sleep => "sleep",
        }
    }

    pub(crate) fn from_name(name: &str) -> Option<Target> {
        Target::ALL.into_iter().find(|t| t.as_str() == name)
    }
}
