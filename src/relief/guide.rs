//! The relief guide: the steps for each muscle (pure data, each with one short sentence to
//! say aloud) and [`Guide`], which walks through them on an injected clock: a step moves on
//! when a key asks or when its time is up. Knows nothing of terminals, files or speech.
//!
//! Wording follows the evidence brief ("When a cramp strikes"): a light on first; stretch and
//! rub the muscle, but never rub a leg that is swollen, warm, red or darkened; for a thigh
//! front, lying on the side before any standing, and standing only if steady; standing up
//! slowly, holding something firm, sitting down if dizzy; warmth *may* help, only if a warm
//! pack is to hand and never on numb skin. Never walking about in the dark. These steps are
//! the one source for the relief screen and `windown cramp --plain`.

use std::time::{Duration, Instant};

use crate::history::{Leg, Muscle};
use crate::i18n::{self, Messages};

/// One step of the guide: its words are the message `id` of `locales/<lang>/relief.ftl`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// The message with the step's words: its title, `.say` and `.detail`.
    pub(crate) id: &'static str,
    /// When the guide moves on by itself.
    pub(crate) wait: Duration,
}

impl Step {
    /// A few words, shown large, in the process's language.
    pub fn title(&self) -> String {
        self.title_in(i18n::current())
    }

    /// What to do, in a sentence or two, in the process's language.
    pub fn detail(&self) -> String {
        self.detail_in(i18n::current())
    }

    /// One short sentence to say aloud, in the language speech uses ([`i18n::speech`]).
    pub fn say(&self) -> String {
        self.say_in(i18n::speech())
    }

    /// [`Step::title`] in `m`'s language.
    pub fn title_in(&self, m: &Messages) -> String {
        m.tr(self.id, &[])
    }

    /// [`Step::detail`] in `m`'s language.
    pub fn detail_in(&self, m: &Messages) -> String {
        m.tr_attr(self.id, "detail", &[])
    }

    /// [`Step::say`] in `m`'s language.
    pub fn say_in(&self, m: &Messages) -> String {
        m.tr_attr(self.id, "say", &[])
    }
}

const fn secs(n: u64) -> Duration {
    Duration::from_secs(n)
}

const LIGHT: Step = Step {
    id: "relief-step-light",
    wait: secs(10),
};

const SIT: Step = Step {
    id: "relief-step-sit",
    wait: secs(15),
};

const STRETCH_CALF: Step = Step {
    id: "relief-step-stretch-calf",
    wait: secs(40),
};

const STRETCH_BACK: Step = Step {
    id: "relief-step-stretch-back",
    wait: secs(40),
};

/// A thigh-front cramp at night: lying on the side comes first (no getting up).
const SIDE_LYING_FRONT: Step = Step {
    id: "relief-step-side-lying-front",
    wait: secs(40),
};

const RUB: Step = Step {
    id: "relief-step-rub",
    wait: secs(30),
};

/// Standing for a calf cramp, only if steady; left out when `balance = "poor"`.
const STAND_CALF: Step = Step {
    id: "relief-step-stand-calf",
    wait: secs(30),
};

/// Standing for a thigh-front cramp, offered only after lying on the side.
const STAND_FRONT: Step = Step {
    id: "relief-step-stand-front",
    wait: secs(30),
};

const WARMTH: Step = Step {
    id: "relief-step-warmth",
    wait: secs(20),
};

const TOES_UP: Step = Step {
    id: "relief-step-toes-up",
    wait: secs(30),
};

const PRESS_FLAT: Step = Step {
    id: "relief-step-press-flat",
    wait: secs(20),
};

const RUB_SOLE: Step = Step {
    id: "relief-step-rub-sole",
    wait: secs(30),
};

/// The steps for a cramp in `muscle`, in order: the safe order at night, standing last and
/// only with something firm to hold.
pub fn steps(muscle: Muscle) -> &'static [Step] {
    steps_for(muscle, false)
}

/// The steps for `muscle`; `seated` (`balance = "poor"`) leaves every standing step out, so
/// the guide stays seated (toes up) or lying down.
pub fn steps_for(muscle: Muscle, seated: bool) -> &'static [Step] {
    match (muscle, seated) {
        (Muscle::Calf, true) => &[LIGHT, SIT, STRETCH_CALF, RUB, WARMTH],
        (Muscle::FrontThigh, true) => &[LIGHT, SIDE_LYING_FRONT, RUB, WARMTH],
        _ => steps_all(muscle),
    }
}

fn steps_all(muscle: Muscle) -> &'static [Step] {
    match muscle {
        Muscle::Calf => &[LIGHT, SIT, STRETCH_CALF, RUB, STAND_CALF, WARMTH],
        Muscle::BackThigh => &[LIGHT, SIT, STRETCH_BACK, RUB, WARMTH],
        Muscle::FrontThigh => &[LIGHT, SIDE_LYING_FRONT, RUB, STAND_FRONT, WARMTH],
        Muscle::Foot => &[LIGHT, SIT, TOES_UP, PRESS_FLAT, RUB_SOLE, WARMTH],
    }
}

/// The guide through one cramp's steps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Guide {
    pub(crate) leg: Leg,
    pub(crate) muscle: Muscle,
    /// No standing steps (`balance = "poor"`).
    pub(crate) seated: bool,
    /// When the person opened the guide: the cramp's clock counts from here.
    pub(crate) opened: Instant,
    /// The step shown; `steps(muscle).len()` once the guide is over.
    pub(crate) step: usize,
    /// When the step on screen moves on by itself.
    pub(crate) deadline: Instant,
}

impl Guide {
    /// Begin the steps at `now` (the screen was opened at `opened`).
    pub(crate) fn start(
        leg: Leg,
        muscle: Muscle,
        seated: bool,
        opened: Instant,
        now: Instant,
    ) -> Guide {
        let first = steps_for(muscle, seated)[0];
        Guide {
            leg,
            muscle,
            seated,
            opened,
            step: 0,
            deadline: now + first.wait,
        }
    }

    pub(crate) fn steps(&self) -> &'static [Step] {
        steps_for(self.muscle, self.seated)
    }

    /// The step on screen, until the guide is over.
    pub(crate) fn current(&self) -> Option<&'static Step> {
        self.steps().get(self.step)
    }

    pub(crate) fn is_over(&self) -> bool {
        self.current().is_none()
    }

    fn enter(&mut self, step: usize, now: Instant) {
        self.step = step.min(self.steps().len());
        if let Some(s) = self.current() {
            self.deadline = now + s.wait;
        }
    }

    /// A key asked for the next step.
    pub(crate) fn next(&mut self, now: Instant) {
        if !self.is_over() {
            self.enter(self.step + 1, now);
        }
    }

    /// A key asked for the step before (from the end: the last step).
    pub(crate) fn back(&mut self, now: Instant) {
        self.enter(self.step.saturating_sub(1), now);
    }

    /// Time passed: move past every step whose time is up (several after a suspend, each
    /// from the deadline of the one before). True when the step changed.
    pub(crate) fn advance(&mut self, now: Instant) -> bool {
        let before = self.step;
        while let Some(_s) = self.current() {
            if now < self.deadline {
                break;
            }
            let due = self.deadline;
            self.step += 1;
            if let Some(n) = self.current() {
                self.deadline = due + n.wait;
            }
        }
        self.step != before
    }

    /// Time left on this step.
    pub(crate) fn remaining(&self, now: Instant) -> Duration {
        self.deadline.saturating_duration_since(now)
    }

    /// How long since the guide was opened.
    pub(crate) fn elapsed(&self, now: Instant) -> Duration {
        now.saturating_duration_since(self.opened)
    }

    /// When something on screen changes without a key: the next whole second of the step's
    /// countdown, or its deadline. `None` once over (nothing moves: zero wake-ups).
    pub(crate) fn next_wake(&self, now: Instant) -> Option<Instant> {
        self.current()?;
        let left = self.remaining(now);
        let frac = Duration::from_nanos(u64::from(left.subsec_nanos()));
        let tick = if frac.is_zero() {
            Duration::from_secs(1)
        } else {
            frac
        };
        Some((now + tick).min(self.deadline))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_muscle_lights_the_room_first_and_never_walks() {
        for m in Muscle::ALL {
            let s = steps(m);
            assert_eq!(s[0].title(), "Light on");
            for step in s {
                let all =
                    format!("{} {} {}", step.title(), step.say(), step.detail()).to_lowercase();
                assert!(!all.contains("walk"), "{all}");
                assert!(!all.contains("heel walk"), "{all}");
                // Short; each piece under 8 s is `every_piece_said_in_the_guide_is_short`.
                assert!(step.say().len() <= 100, "{}", step.say());
                assert!(step.wait >= secs(10) && step.wait <= secs(60));
            }
        }
        // Weight on the leg is advice for a calf cramp only.
        assert!(
            steps(Muscle::Calf)
                .iter()
                .any(|s| s.detail().contains("weight on"))
        );
        assert!(
            !steps(Muscle::FrontThigh)
                .iter()
                .any(|s| s.detail().contains("weight on"))
        );
        // With poor balance, nothing asks to stand.
        for m in Muscle::ALL {
            for s in steps_for(m, true) {
                assert!(
                    !s.detail().to_lowercase().contains("stand"),
                    "{m:?}: {}",
                    s.detail()
                );
            }
        }
    }

    #[test]
    fn a_thigh_front_lies_on_the_side_before_any_standing() {
        let titles: Vec<String> = steps(Muscle::FrontThigh)
            .iter()
            .map(|s| s.title())
            .collect();
        assert_eq!(
            titles,
            ["Light on", "On your side", "Rub it", "If steady", "Warmth"]
        );
        for m in Muscle::ALL {
            let s = steps(m);
            let standing = s.iter().position(|s| {
                s.detail().contains("stand up slowly") || s.detail().contains("Stand up slowly")
            });
            if let Some(i) = standing {
                assert!(
                    i + 1 >= s.len() - 1,
                    "standing comes last but warmth: {m:?}"
                );
                assert!(s[i].detail().contains("holding something firm"));
                assert!(s[i].detail().contains("If you feel dizzy, sit down."));
            }
        }
    }

    #[test]
    fn steps_move_on_with_a_key_or_their_time() {
        let t0 = Instant::now();
        let mut g = Guide::start(Leg::Left, Muscle::Calf, false, t0, t0);
        assert_eq!(g.current().unwrap().title(), "Light on");
        assert!(!g.advance(t0 + secs(9)));
        assert!(g.advance(t0 + secs(10)));
        assert_eq!(g.current().unwrap().title(), "Sit up");
        g.next(t0 + secs(12));
        assert_eq!(g.current().unwrap().title(), "Stretch");
        assert_eq!(g.deadline, t0 + secs(52));
        g.back(t0 + secs(13));
        assert_eq!(g.current().unwrap().title(), "Sit up");
        // A long suspend passes every step at once, and the guide is over.
        assert!(g.advance(t0 + secs(3600)));
        assert!(g.is_over());
        assert_eq!(g.next_wake(t0 + secs(3600)), None);
        g.back(t0 + secs(3601));
        assert_eq!(g.current().unwrap().title(), "Warmth");
    }

    #[test]
    fn wakes_on_whole_seconds_of_the_countdown() {
        let t0 = Instant::now();
        let g = Guide::start(Leg::Right, Muscle::BackThigh, false, t0, t0);
        assert_eq!(g.next_wake(t0), Some(t0 + secs(1)));
        let t = t0 + Duration::from_millis(300);
        assert_eq!(g.next_wake(t), Some(t0 + secs(1)));
        assert_eq!(
            g.next_wake(t0 + secs(9) + Duration::from_millis(500)),
            Some(g.deadline)
        );
    }
}
