//! The relief screen, for the moment a cramp strikes at night: dark and quiet (its own dark
//! background and calm colours from [`crate::tui::theme::night`], whatever the terminal's
//! theme; no reversed or bright blocks), a big clock of how long it has
//! lasted, one step at a time with its name in big letters, and the urgent-advice line always on
//! screen (underlined, with a line saying so, once the cramp has lasted 10 minutes). It first asks which leg and muscle (left calf preselected, so Enter alone starts),
//! then walks [`crate::relief::guide`]'s steps (a key moves on, or the step's time), then asks
//! how bad it was. Leaving once the guide has begun records the cramp.
//!
//! A small window in a draft language (whose urgent line has its English original under
//! it, `i18n::safety`) cannot hold both texts and the step: at 40x12 the pair alone takes
//! every row. For a person in pain the step is what helps in the first 10 minutes, so it
//! comes first: the urgent line stays on screen in the person's language (its short form,
//! every fact kept; or, when even that leaves the step no room, a line saying which key
//! shows it), and the pair whole is one key away, `u`, named in the hint line ("u urgent"),
//! on a page of its own (any key goes back). Past 10 minutes getting help is what matters:
//! the pair takes the rows it needs when it fits at all, the step what is left (at 40x12 it
//! does not: "it has lasted over 10 minutes" and the translation stay, the pair on `u`). A
//! window with room, and English, show everything as before.
//!
//! Owns the stage (choose, guide, end) and the choices; the steps and their times are the
//! guide's, the record is a [`Job::RecordCramp`] the loop carries out.

use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{Act, Cx, Goto, View};
use crate::history::CrampEntry;
use crate::history::record::{Leg, Muscle, PAIN_MAX};
use crate::relief;
use crate::relief::guide::Guide;
use crate::t;
use crate::text;
use crate::tui::bigdigits::{self, BigText};
use crate::tui::keys::{self, Binding, HelpRow, Key, hint, hint_as};
use crate::tui::theme::{Look, night};
use crate::tui::work::Job;

/// What a key does on the relief screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Left,
    Right,
    Calf,
    BackThigh,
    FrontThigh,
    Foot,
    Next,
    Prev,
    Page,
    /// The urgent line with its English original on a page of its own.
    Urgent,
    More,
    Less,
    /// At the end: how long it lasted, the n-th of [`relief::LASTED_CHOICES`].
    Lasted(usize),
    Mute,
    Help,
    Leave,
    Quit,
}

/// What a key chooses at the first stage: a leg or a muscle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Choice {
    Leg(Leg),
    Muscle(Muscle),
}

impl Action {
    /// The leg or muscle this key chooses at the first stage, if any: the one list the key
    /// handler and the hint line both follow, so every choice that works is shown.
    fn choice(self) -> Option<Choice> {
        match self {
            Action::Left => Some(Choice::Leg(Leg::Left)),
            Action::Right => Some(Choice::Leg(Leg::Right)),
            Action::Calf => Some(Choice::Muscle(Muscle::Calf)),
            Action::BackThigh => Some(Choice::Muscle(Muscle::BackThigh)),
            Action::FrontThigh => Some(Choice::Muscle(Muscle::FrontThigh)),
            Action::Foot => Some(Choice::Muscle(Muscle::Foot)),
            _ => None,
        }
    }
}

/// The relief screen's keys.
pub const KEYS: &[Binding<Action>] = &[
    Binding {
        keys: &[Key::Char('l')],
        action: Action::Left,
        does: "left leg",
        hint: hint("left leg", 6),
    },
    Binding {
        keys: &[Key::Char('r')],
        action: Action::Right,
        does: "right leg",
        hint: hint("right leg", 6),
    },
    Binding {
        keys: &[Key::Char('c')],
        action: Action::Calf,
        does: "calf",
        hint: hint("calf", 5),
    },
    Binding {
        keys: &[Key::Char('b')],
        action: Action::BackThigh,
        does: "back of thigh",
        hint: hint("back of thigh", 4),
    },
    Binding {
        keys: &[Key::Char('f')],
        action: Action::FrontThigh,
        does: "front of thigh",
        hint: hint("front of thigh", 4),
    },
    Binding {
        keys: &[Key::Char('o')],
        action: Action::Foot,
        does: "foot",
        hint: hint("foot", 4),
    },
    Binding {
        keys: &[Key::Enter, Key::Char(' '), Key::Right],
        action: Action::Next,
        does: "start; next step; at the end, save",
        hint: hint("next step", 9),
    },
    Binding {
        keys: &[Key::Left],
        action: Action::Prev,
        does: "the step before",
        hint: None,
    },
    Binding {
        keys: &[Key::Char('p'), Key::PageDown],
        action: Action::Page,
        does: "a step's text: the rest of it, when it says more",
        hint: hint("more", 8),
    },
    Binding {
        keys: &[Key::Char('u')],
        action: Action::Urgent,
        does: "when to get urgent help, with its English original",
        hint: hint("urgent line", 9),
    },
    Binding {
        keys: &[Key::Char('m')],
        action: Action::Mute,
        does: "mute / unmute the spoken steps",
        hint: None,
    },
    Binding {
        keys: &[Key::Up, Key::Char('+')],
        action: Action::More,
        does: "at the end: more pain (0 to 10)",
        hint: hint_as("↑↓", "how bad", 7),
    },
    Binding {
        keys: &[Key::Down, Key::Char('-')],
        action: Action::Less,
        does: "at the end: less pain",
        hint: None,
    },
    Binding {
        keys: &[Key::Char('1')],
        action: Action::Lasted(0),
        does: "at the end: it lasted under a minute",
        hint: hint_as("1-4", "how long", 6),
    },
    Binding {
        keys: &[Key::Char('2')],
        action: Action::Lasted(1),
        does: "at the end: it lasted 1 to 5 minutes",
        hint: None,
    },
    Binding {
        keys: &[Key::Char('3')],
        action: Action::Lasted(2),
        does: "at the end: it lasted 5 to 10 minutes",
        hint: None,
    },
    Binding {
        keys: &[Key::Char('4')],
        action: Action::Lasted(3),
        does: "at the end: it lasted over 10 minutes (pressed again: not given)",
        hint: None,
    },
    Binding {
        keys: &[Key::Char('?')],
        action: Action::Help,
        does: "help",
        hint: hint("help", 1),
    },
    Binding {
        keys: &[Key::Char('q'), Key::Esc],
        action: Action::Leave,
        does: "leave (once started, the cramp is recorded)",
        hint: hint("done", 8),
    },
    Binding {
        keys: &[Key::Ctrl('c')],
        action: Action::Quit,
        does: "quit (once started, the cramp is recorded)",
        hint: None,
    },
];

/// Where the person is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Stage {
    /// Which leg and muscle.
    Choose,
    /// The steps.
    Guide(Guide),
    /// It is over: how bad was it, and how long did it last?
    End {
        /// How long the guide was open (not the cramp's length).
        took: Duration,
        pain: Option<u8>,
        /// How long the cramp lasted, as chosen: an index of [`relief::LASTED_CHOICES`].
        lasted: Option<usize>,
    },
}

/// The relief screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relief {
    pub(crate) leg: Leg,
    pub(crate) muscle: Muscle,
    pub(crate) stage: Stage,
    /// When the screen opened: the cramp's time.
    pub(crate) opened: Instant,
    pub(crate) opened_wall: DateTime<FixedOffset>,
    /// Opened from the home screen (leaving goes back there) or by `windown cramp` (leaving
    /// quits).
    pub(crate) from_home: bool,
    /// The cramp has been handed over to be recorded.
    pub(crate) recorded: bool,
    /// The page of a step's text on a small window: (step, page); another step starts at
    /// its first page.
    pub(crate) page: (usize, usize),
    /// `balance = "poor"`: the guide leaves every standing step out.
    pub(crate) seated: bool,
    /// What has been handed to the voice: the step last said, and the urgent line.
    pub(crate) said: (Option<usize>, bool),
    /// The first screen (which leg and muscle) and the last (the end's questions) said.
    pub(crate) said_screens: (bool, bool),
    /// The urgent line and its English original on a page of their own (key `u`), on a
    /// small window where they do not fit beside the step.
    pub(crate) urgent_page: bool,
}

impl Relief {
    pub(crate) fn new(
        leg: Leg,
        muscle: Muscle,
        now: Instant,
        wall: DateTime<FixedOffset>,
        from_home: bool,
    ) -> Relief {
        Relief {
            leg,
            muscle,
            stage: Stage::Choose,
            opened: now,
            opened_wall: wall,
            from_home,
            recorded: false,
            page: (0, 0),
            seated: false,
            said: (None, false),
            said_screens: (false, false),
            urgent_page: false,
        }
    }

    /// What to say now: a step that has just come, calmly; the urgent line once the cramp
    /// has lasted [`crate::relief::URGENT_AFTER`].
    pub(crate) fn speech(&mut self, now: Instant) -> Vec<Act> {
        let mut acts = Vec::new();
        match &self.stage {
            Stage::Choose if !self.said_screens.0 => {
                self.said_screens.0 = true;
                acts.push(Act::SayCalmly(format!(
                    "{} {}",
                    relief::first_said(),
                    relief::first_keys_said()
                )));
            }
            Stage::End { .. } if !self.said_screens.1 => {
                self.said_screens.1 = true;
                acts.push(Act::SayCalmly(format!(
                    "{} {}",
                    relief::end_said(),
                    relief::end_keys_said()
                )));
            }
            _ => {}
        }
        if let Stage::Guide(g) = &self.stage
            && let Some(s) = g.current()
            && self.said.0 != Some(g.step)
        {
            self.said.0 = Some(g.step);
            acts.push(Act::SayCalmly(s.say()));
        }
        if self.stage != Stage::Choose
            && !self.said.1
            && (crate::relief::urgent_now(now.saturating_duration_since(self.opened))
                || self.said_over_ten_minutes())
        {
            self.said.1 = true;
            acts.push(Act::SayCalmly(crate::relief::urgent_now_said()));
        }
        acts
    }

    /// The end's answer says the cramp lasted over 10 minutes.
    fn said_over_ten_minutes(&self) -> bool {
        matches!(&self.stage, Stage::End { lasted: Some(i), .. }
            if relief::LASTED_CHOICES
                .get(*i)
                .is_some_and(|c| relief::lasted_is_urgent(c.2)))
    }

    /// When the screen changes without a key (the guide's countdown); `None` while choosing
    /// and at the end.
    pub(crate) fn next_wake(&self, now: Instant) -> Option<Instant> {
        // The moment the urgent line is said, until it has been.
        let urgent = (self.stage != Stage::Choose && !self.said.1)
            .then(|| self.opened + crate::relief::URGENT_AFTER);
        let guide = match &self.stage {
            Stage::Guide(g) => g.next_wake(now),
            _ => None,
        };
        match (guide, urgent) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Time passed; true when the screen must be drawn again.
    pub(crate) fn advance(&mut self, now: Instant) -> bool {
        let Stage::Guide(g) = &mut self.stage else {
            return false;
        };
        g.advance(now);
        if g.is_over() {
            self.stage = Stage::End {
                took: g.elapsed(now),
                pain: None,
                lasted: None,
            };
        }
        true
    }

    /// The record of this cramp at `now`, once the guide has begun and not yet recorded.
    pub(crate) fn entry(
        &mut self,
        now: Instant,
        wall: DateTime<FixedOffset>,
    ) -> Option<CrampEntry> {
        if self.recorded || self.stage == Stage::Choose {
            return None;
        }
        let (took, pain, lasted) = match &self.stage {
            Stage::End { took, pain, lasted } => (
                *took,
                *pain,
                lasted.and_then(|i| relief::LASTED_CHOICES.get(i).map(|c| c.2)),
            ),
            _ => (now.saturating_duration_since(self.opened), None, None),
        };
        self.recorded = true;
        Some(CrampEntry {
            at: crate::history::record::whole_seconds(self.opened_wall),
            leg: self.leg,
            muscle: self.muscle,
            relief_seconds: Some(took.as_secs()),
            lasted_seconds: lasted,
            pain,
            recorded: crate::history::record::whole_seconds(wall),
        })
    }

    /// Record (when begun) and leave: home, or out of windown.
    fn leave(&mut self, cx: &Cx, quit: bool) -> Vec<Act> {
        let mut acts = Vec::new();
        if let Some(e) = self.entry(cx.now, cx.wall.fixed_offset()) {
            acts.push(Act::Do(Job::RecordCramp(e)));
        }
        acts.push(if self.from_home && !quit {
            Act::Go(Goto::Home)
        } else {
            Act::Quit
        });
        acts
    }

    /// The page of the step on screen.
    fn page_of(&self, step: usize) -> usize {
        if self.page.0 == step { self.page.1 } else { 0 }
    }

    fn hint_words(
        &self,
        a: Action,
        w: &'static str,
        paged: bool,
        urgent_away: bool,
    ) -> Option<&'static str> {
        use Action::*;
        match (&self.stage, a) {
            (_, Urgent) if self.urgent_page => Some("back to the step"),
            (_, Urgent) if urgent_away => Some(w),
            (Stage::Guide(_), Page) if paged => Some(w),
            (Stage::Choose, a) if a.choice().is_some() => Some(w),
            (Stage::Choose, Next) => Some("start"),
            (Stage::Guide(_), Next) => Some("next step"),
            (Stage::End { .. }, Next) => Some("save"),
            (Stage::End { .. }, More | Lasted(_)) => Some(w),
            (_, Help | Leave) => Some(w),
            _ => None,
        }
    }
}

impl View for Relief {
    fn render(&self, cx: &Cx, area: Rect, buf: &mut Buffer) {
        if area.width < 10 || area.height < 4 {
            night::paint(area, buf);
            return;
        }
        let look = cx.look;
        let w = usize::from(area.width.saturating_sub(2));
        let x = area.x + 1;
        let bottom = area.y + area.height;
        // From the bottom: the hint line (drawn last, once it is known whether the step's
        // text is paged), then the urgent advice (always shown).
        // Past 10 minutes it stands out: a line saying so above it, and underlined.
        let now = cx.now;
        let lasted = match &self.stage {
            Stage::End { took, .. } => *took,
            _ => now.saturating_duration_since(self.opened),
        };
        // A small window says it in fewer words (every fact kept), so the step has room.
        let small = area.height < 20;
        // A safety text: an unreviewed translation has its English original under it.
        let safety = if small {
            relief::urgent_short()
        } else {
            relief::urgent()
        };
        let late = relief::urgent_now(lasted) || self.said_over_ten_minutes();
        let style = if late {
            night::URGENT_STYLE.add_modifier(Modifier::UNDERLINED)
        } else {
            night::URGENT_STYLE
        };
        let with_late = |texts: &[&str]| -> Vec<String> {
            let mut lines = if late {
                text::wrap(&relief::urgent_now_words(), w)
            } else {
                Vec::new()
            };
            lines.extend(texts.iter().flat_map(|t| text::wrap(t, w)));
            lines
        };
        let rows = area.height - 1;
        let whole = with_late(&safety.lines());
        // Before 10 minutes the step comes first (see the module's doc): a draft's urgent
        // pair that leaves the step too little room keeps its translation here (or a
        // pointer to it) and goes whole on a page of its own, `u` in the hint line.
        let (urgent, urgent_away) = if self.urgent_page {
            (Vec::new(), true)
        } else if safety.english.is_none()
            || whole.len() as u16 + self.needs(w) <= rows
            || (late && whole.len() as u16 <= rows)
        {
            // Past 10 minutes the urgent pair comes first, the step under it if room.
            (whole, false)
        } else {
            let alone = with_late(&[safety.text.as_str()]);
            if alone.len() as u16 + self.needs(w) <= rows {
                (alone, true)
            } else {
                (text::wrap(&t!("tui-relief-urgent-away"), w), true)
            }
        };
        if self.urgent_page {
            self.render_urgent_page(area, buf, &with_late, style);
        }
        // On a tiny window it may take every row above the hints, the top one too.
        let urgent_top = (bottom - 1).saturating_sub(urgent.len() as u16).max(area.y);
        for (i, l) in urgent.iter().enumerate() {
            let y = urgent_top + i as u16;
            if y < bottom - 1 {
                buf.set_string(x, y, l, style);
            }
        }
        let body = Rect::new(
            area.x,
            area.y,
            area.width,
            urgent_top.saturating_sub(area.y + u16::from(!small)),
        );
        // The urgent page covers the step.
        let body = if self.urgent_page {
            Rect::new(area.x, area.y, area.width, 0)
        } else {
            body
        };
        let mut paged = false;
        let elapsed = now.saturating_duration_since(self.opened);
        let place = relief::place(self.leg, self.muscle);
        match &self.stage {
            Stage::Choose => self.render_choose(body, buf),
            Stage::Guide(g) => {
                let step = g.current();
                let n = g.steps().len();
                let at = (g.step + 1).min(n);
                let head = t!(
                    "tui-relief-head-step",
                    place = place.as_str(),
                    step = at,
                    steps = n
                );
                let clock = crate::duration::clock(Duration::from_secs(elapsed.as_secs()));
                let moves_on = t!(
                    "tui-relief-moves-on",
                    left = crate::duration::clock(Duration::from_secs(
                        g.remaining(now).as_secs_f64().ceil() as u64
                    ))
                );
                let pages = render_guide(
                    body,
                    buf,
                    &Guided {
                        head: &head,
                        step_of: &t!("tui-relief-step-of", step = at, steps = n),
                        page: self.page_of(g.step),
                        clock: &clock,
                        title: &step.map(|s| s.title()).unwrap_or_default(),
                        detail: &step.map(|s| s.detail()).unwrap_or_default(),
                        so_far: &t!("tui-relief-so-far", clock = clock.as_str()),
                        moves_on: &moves_on,
                    },
                );
                paged = pages > 1;
            }
            Stage::End { took, pain, lasted } => {
                let head = t!(
                    "tui-relief-head-end",
                    place = place.as_str(),
                    took = crate::duration::human(Duration::from_secs(took.as_secs()))
                );
                let mut y = body.y;
                let mut line = |l: Line, y: &mut u16| {
                    if *y < body.y + body.height {
                        buf.set_line(x, *y, &l, body.width.saturating_sub(2));
                        *y += 1;
                    }
                };
                line(
                    Line::styled(text::fit(&head, w).into_owned(), night::FAINT_STYLE),
                    &mut y,
                );
                y += u16::from(!small);
                line(Line::styled(t!("tui-relief-eased"), night::STEP), &mut y);
                // On a small window the question comes first, the pain line under it.
                if small {
                    line(
                        Line::styled(t!("tui-relief-how-bad"), night::TEXT_STYLE),
                        &mut y,
                    );
                    line(pain_line(*pain, w), &mut y);
                    line(lasted_line(*lasted, w), &mut y);
                    line(
                        Line::styled(
                            text::fit(&t!("tui-relief-eased-short"), w).into_owned(),
                            night::TEXT_STYLE,
                        ),
                        &mut y,
                    );
                }
                if !small {
                    for l in text::wrap(&t!("tui-relief-eased-long"), w) {
                        line(Line::styled(l, night::TEXT_STYLE), &mut y);
                    }
                    line(pain_line(*pain, w), &mut y);
                    line(
                        Line::styled(
                            text::fit(&t!("tui-relief-how-long"), w).into_owned(),
                            night::TEXT_STYLE,
                        ),
                        &mut y,
                    );
                    line(lasted_line(*lasted, w), &mut y);
                }
                y += u16::from(!small);
                // Each whole or not at all, "is it a cramp?" first.
                // The medicine line is a safety text: its English original under a draft.
                let mut said = vec![relief::is_it_a_cramp()];
                said.push(relief::medicines().lines().join(" "));
                for said in said {
                    let lines = text::wrap(&said, w);
                    if y + lines.len() as u16 > body.y + body.height {
                        break;
                    }
                    for l in lines {
                        line(Line::styled(l, night::FAINT_STYLE), &mut y);
                    }
                }
            }
        }
        let hints = keys::hint_line(look, KEYS, area.width, |a, w| {
            self.hint_words(a, w, paged, urgent_away)
        });
        hints.render(Rect::new(area.x, bottom - 1, area.width, 1), buf);
        // Dark whatever the terminal's theme: every cell on the night's own background, the
        // key line's colours too.
        night::paint(area, buf);
    }

    fn help(&self, look: Look) -> Vec<HelpRow> {
        keys::help_rows(KEYS, look.unicode)
    }

    fn key(&mut self, key: &KeyEvent, cx: &Cx) -> Vec<Act> {
        let now = cx.now;
        let Some(a) = keys::action(KEYS, key) else {
            return Vec::new();
        };
        // Any other key leaves the urgent page too, and does what it does.
        if a == Action::Urgent {
            self.urgent_page = !self.urgent_page;
            return Vec::new();
        }
        if !matches!(a, Action::Help | Action::Mute) {
            self.urgent_page = false;
        }
        match (&mut self.stage, a) {
            (_, Action::Help) => return vec![Act::Help],
            (_, Action::Mute) => return vec![Act::ToggleMute],
            (_, Action::Leave) => return self.leave(cx, false),
            (_, Action::Quit) => return self.leave(cx, true),
            (Stage::Choose, a) if a.choice().is_some() => match a.choice() {
                Some(Choice::Leg(l)) => self.leg = l,
                Some(Choice::Muscle(m)) => self.muscle = m,
                None => {}
            },
            (Stage::Choose, Action::Next) => {
                self.stage = Stage::Guide(Guide::start(
                    self.leg,
                    self.muscle,
                    self.seated,
                    self.opened,
                    now,
                ));
            }
            (Stage::Guide(g), Action::Next) => {
                g.next(now);
                self.advance(now);
            }
            (Stage::Guide(g), Action::Prev) => g.back(now),
            // The rest of the step's text; reading it gives the step its whole time again.
            (Stage::Guide(g), Action::Page) => {
                let page = if self.page.0 == g.step {
                    self.page.1
                } else {
                    0
                };
                self.page = (g.step, page + 1);
                if let Some(s) = g.current() {
                    g.deadline = now + s.wait;
                }
            }
            (Stage::End { .. }, Action::Prev) => {
                let mut g = Guide::start(self.leg, self.muscle, self.seated, self.opened, now);
                g.step = g.steps().len();
                g.back(now);
                self.stage = Stage::Guide(g);
            }
            (Stage::End { pain, .. }, Action::More) => {
                *pain = Some(pain.map_or(0, |p| (p + 1).min(PAIN_MAX)));
            }
            (Stage::End { pain, .. }, Action::Less) => {
                *pain = pain.and_then(|p| p.checked_sub(1));
            }
            // The same key again takes the answer back (it is skippable).
            (Stage::End { lasted, .. }, Action::Lasted(i)) => {
                *lasted = if *lasted == Some(i) { None } else { Some(i) };
            }
            (Stage::End { .. }, Action::Next) => return self.leave(cx, false),
            _ => {}
        }
        self.speech(now)
    }
}

impl Relief {
    /// The rows of the leg and muscle choices at `w` columns: each on one line after its
    /// label when they fit, else one a line.
    fn choice_rows(&self, w: usize) -> Vec<Line<'static>> {
        // The chosen one in brackets as well as bold: seen without colour and read aloud.
        let choice = |label: String, key: &'static str, on: bool| -> Vec<Span<'static>> {
            let (text, style) = if on {
                (format!("[{label}]"), night::CHOSEN)
            } else {
                (format!(" {label} "), night::TEXT_STYLE)
            };
            vec![
                Span::styled(key, night::FAINT_STYLE),
                Span::raw(" "),
                Span::styled(text, style),
                Span::raw("  "),
            ]
        };
        // The labels line up: each padded to the longer one and a space.
        let (leg_label, muscle_label) = (t!("tui-relief-leg-label"), t!("tui-relief-muscle-label"));
        let label_w = text::width(&leg_label).max(text::width(&muscle_label)) + 1;
        let pad = |l: &str| format!("{l}{}", " ".repeat(label_w - text::width(l)));
        // The choices on one line after their label when they fit (trailing spaces aside),
        // else one a line under each other, so none is cut off.
        let rows = |label: &str, choices: Vec<Vec<Span<'static>>>| -> Vec<Line<'static>> {
            let mut whole = vec![Span::styled(pad(label), night::TEXT_STYLE)];
            whole.extend(choices.iter().flatten().cloned());
            let whole = Line::from(whole);
            if whole.width().saturating_sub(2) <= w {
                return vec![whole];
            }
            choices
                .into_iter()
                .enumerate()
                .map(|(i, spans)| {
                    let label = if i == 0 { pad(label) } else { pad("") };
                    let mut l = vec![Span::styled(label, night::TEXT_STYLE)];
                    l.extend(spans);
                    Line::from(l)
                })
                .collect()
        };
        let legs = Leg::ALL
            .iter()
            .map(|&l| {
                choice(
                    relief::leg_words(l),
                    if l == Leg::Left { "l" } else { "r" },
                    l == self.leg,
                )
            })
            .collect();
        let mut out = rows(&leg_label, legs);
        let muscles = Muscle::ALL
            .iter()
            .map(|&m| {
                let key = match m {
                    Muscle::Calf => "c",
                    Muscle::BackThigh => "b",
                    Muscle::FrontThigh => "f",
                    Muscle::Foot => "o",
                };
                choice(relief::muscle_words(m), key, m == self.muscle)
            })
            .collect();
        out.extend(rows(&muscle_label, muscles));
        out
    }

    /// The rows the stage needs beside the urgent line on a small window: which leg and
    /// muscle and how to start; a step's name, some of what to do and when it moves on.
    fn needs(&self, w: usize) -> u16 {
        match &self.stage {
            Stage::Choose => 2 + self.choice_rows(w).len() as u16,
            Stage::Guide(_) => 4,
            Stage::End { .. } => 0,
        }
    }

    /// The urgent line (and the words that it has lasted 10 minutes) with its English
    /// original, whole when it fits, else in the short forms, above the hint line.
    fn render_urgent_page(
        &self,
        area: Rect,
        buf: &mut Buffer,
        with_late: &dyn Fn(&[&str]) -> Vec<String>,
        style: ratatui::style::Style,
    ) {
        let rows = usize::from(area.height - 1);
        // Whole, else in the short forms, else those without "it has lasted 10 minutes"
        // (said on the screen under it).
        let short = relief::urgent_short();
        let mut lines = with_late(&relief::urgent().lines());
        if lines.len() > rows {
            lines = with_late(&short.lines());
        }
        if lines.len() > rows {
            lines = short
                .lines()
                .iter()
                .flat_map(|l| text::wrap(l, usize::from(area.width - 2)))
                .collect();
        }
        for (i, l) in lines.iter().take(rows).enumerate() {
            buf.set_string(area.x + 1, area.y + i as u16, l, style);
        }
    }

    fn render_choose(&self, body: Rect, buf: &mut Buffer) {
        let x = body.x + 1;
        let w = usize::from(body.width.saturating_sub(2));
        let mut y = body.y;
        let end = body.y + body.height;
        let mut put = |l: Line, y: &mut u16| {
            if *y < end {
                buf.set_line(x, *y, &l, body.width.saturating_sub(2));
                *y += 1;
            }
        };
        put(
            Line::styled(
                text::fit(&t!("tui-relief-choose-title"), w).into_owned(),
                night::STEP,
            ),
            &mut y,
        );
        y += u16::from(body.height >= 9);
        for l in self.choice_rows(w) {
            put(l, &mut y);
        }
        y += u16::from(body.height >= 9);
        put(
            Line::styled(
                text::fit(
                    &t!(
                        "tui-relief-start",
                        place = relief::place(self.leg, self.muscle)
                    ),
                    w,
                )
                .into_owned(),
                night::STEP,
            ),
            &mut y,
        );
        y += u16::from(body.height >= 11);
        // Whole or not at all: half a sentence about what is not a cramp would mislead.
        let is_it = text::wrap(&relief::is_it_a_cramp(), w);
        if y + is_it.len() as u16 <= end {
            for l in is_it {
                put(Line::styled(l, night::FAINT_STYLE), &mut y);
            }
        }
    }
}

/// [`relief::LASTED_CHOICES`] in fewer letters, for the line of answers: message ids.
const LASTED_SHORT: [&str; 4] = [
    "tui-relief-lasted-under-1",
    "tui-relief-lasted-1-5",
    "tui-relief-lasted-5-10",
    "tui-relief-lasted-longer",
];

/// How long it lasted: the four answers with their keys, the chosen one in brackets and
/// marked, or "not given"; on a narrow window the chosen one alone, in full words.
fn lasted_line(lasted: Option<usize>, w: usize) -> Line<'static> {
    let label = format!("{} ", t!("tui-relief-lasted-label"));
    let short = LASTED_SHORT.map(|id| crate::i18n::tr(id, &[]));
    let not_given = t!("tui-relief-not-given");
    let whole = text::width(&label)
        + short.iter().map(|s| text::width(s) + 5).sum::<usize>()
        + text::width(&not_given);
    let mut spans = vec![Span::styled(label, night::TEXT_STYLE)];
    if w >= whole {
        for (i, (words, (key, _, _))) in short.iter().zip(relief::LASTED_CHOICES.iter()).enumerate()
        {
            spans.push(Span::styled(format!("{key} "), night::FAINT_STYLE));
            spans.push(if lasted == Some(i) {
                Span::styled(format!("[{words}]"), night::CHOSEN)
            } else {
                Span::styled(format!(" {words} "), night::TEXT_STYLE)
            });
            spans.push(Span::raw(" "));
        }
        if lasted.is_none() {
            spans.push(Span::styled(not_given, night::FAINT_STYLE));
        }
    } else {
        spans.push(match lasted.and_then(|i| relief::LASTED_CHOICES.get(i)) {
            Some((_, id, _)) => Span::styled(crate::i18n::tr(id, &[]), night::CHOSEN),
            None => Span::styled(t!("tui-relief-lasted-keys"), night::FAINT_STYLE),
        });
    }
    Line::from(spans)
}

/// The pain scale: `0 1 2 … 10`, the chosen number marked (bold, underlined), or "not given".
fn pain_line(pain: Option<u8>, w: usize) -> Line<'static> {
    let mut spans = vec![Span::styled(
        format!("{} ", t!("tui-relief-pain-label")),
        night::TEXT_STYLE,
    )];
    if w >= 40 {
        for p in 0..=PAIN_MAX {
            let style = if pain == Some(p) {
                night::CHOSEN
            } else {
                night::FAINT_STYLE
            };
            spans.push(Span::styled(p.to_string(), style));
            spans.push(Span::raw(" "));
        }
        if pain.is_none() {
            spans.push(Span::styled(
                format!(" {}", t!("tui-relief-not-given")),
                night::FAINT_STYLE,
            ));
        }
    } else {
        spans.push(match pain {
            Some(p) => Span::styled(t!("tui-relief-pain-of", pain = p), night::CHOSEN),
            None => Span::styled(t!("tui-relief-not-given-bare"), night::FAINT_STYLE),
        });
    }
    Line::from(spans)
}

/// What [`render_guide`] shows of a step, each already in words.
struct Guided<'a> {
    /// The faint heading ("Cramp · left calf · step 3 of 6").
    head: &'a str,
    /// "step 3 of 6", for a small window.
    step_of: &'a str,
    /// The page of the step's text shown on a small window.
    page: usize,
    /// How long since the guide opened, as a clock ("1:25").
    clock: &'a str,
    title: &'a str,
    detail: &'a str,
    /// "1:25 so far".
    so_far: &'a str,
    /// "moves on in 0:25".
    moves_on: &'a str,
}

/// A step: a faint heading, the big clock when there is room, the step's name in big
/// letters (or bold spaced capitals when they do not fit), what to do, and when it moves on.
/// When what to do does not fit whole, a small window shows the name, the step number and
/// the clock on one line and what to do a page at a time (`page`, counted round), with a
/// "more" marker on the last line. Returns how many pages there are.
fn render_guide(body: Rect, buf: &mut Buffer, g: &Guided<'_>) -> usize {
    let Guided {
        head,
        step_of,
        page,
        clock,
        title,
        detail,
        so_far,
        moves_on,
    } = *g;
    // No room at all (the urgent line, with its English original beside a draft, can take a
    // small window whole): nothing drawn over it.
    if body.height == 0 {
        return 1;
    }
    let x = body.x + 1;
    let w = usize::from(body.width.saturating_sub(2));
    let end = body.y + body.height;
    let detail = text::wrap(detail, w);
    if body.height < 3 + detail.len() as u16 {
        let rows = usize::from(body.height.saturating_sub(2)).max(1);
        let pages = detail.len().div_ceil(rows).max(1);
        let page = page % pages;
        let mut y = body.y;
        let top = format!("{} · {step_of} · {clock}", title.to_uppercase());
        buf.set_string(x, y, text::fit(&top, w), night::STEP);
        y += 1;
        for l in detail.iter().skip(page * rows).take(rows) {
            if y >= end {
                break;
            }
            buf.set_string(x, y, l, night::TEXT_STYLE);
            y += 1;
        }
        y = y.max(end.saturating_sub(1));
        if y < end && body.height >= 2 {
            if pages > 1 {
                let id = if page + 1 < pages {
                    "tui-relief-page-more"
                } else {
                    "tui-relief-page-again"
                };
                let mark = t!(id, page = page + 1, pages = pages);
                buf.set_string(x, y, text::fit(&mark, w), night::STEP);
                let used = text::width(&mark) + 3;
                if used < w {
                    buf.set_string(
                        x + used as u16,
                        y,
                        text::fit(moves_on, w - used),
                        night::FAINT_STYLE,
                    );
                }
            } else {
                buf.set_string(x, y, text::fit(moves_on, w), night::FAINT_STYLE);
            }
        }
        return pages;
    }
    // What must show: heading, name, detail, "moves on". Then, room allowing, the name in
    // big letters, and after that the big clock.
    let needed = 1 + 1 + detail.len() as u16 + 1;
    let big_title = bigdigits::drawable(title)
        && usize::from(bigdigits::width(title, 1)) <= w
        && body.height >= needed + bigdigits::HEIGHT;
    let needed = if big_title {
        needed + bigdigits::HEIGHT
    } else {
        needed
    };
    let big = body.height >= needed + bigdigits::HEIGHT + 2;
    // Twice the size when it fits (a 40-column screen keeps the small one).
    let scale = if body.height >= needed + 2 * bigdigits::HEIGHT + 2
        && body.width >= bigdigits::width(clock, 2) + 2
    {
        2
    } else {
        1
    };
    let mut y = body.y;
    let head = if big {
        head.to_string()
    } else {
        format!("{head} · {clock}")
    };
    buf.set_string(x, y, text::fit(&head, w), night::FAINT_STYLE);
    y += 1;
    if big {
        let tall = bigdigits::HEIGHT * scale;
        let spare = body.height - needed - tall;
        let pad = (spare / 3).min(2);
        y += pad;
        BigText {
            text: clock,
            style: night::CLOCK,
            // `#` glyphs, never solid blocks: a dark room stays dark.
            unicode: false,
            scale,
        }
        .render(Rect::new(body.x, y, body.width, tall), buf);
        y += tall + pad;
    }
    if big_title {
        let tall = bigdigits::HEIGHT;
        let tw = bigdigits::width(title, 1);
        BigText {
            text: &title.to_uppercase(),
            style: night::STEP,
            unicode: false,
            scale: 1,
        }
        .render(Rect::new(x, y, tw, tall), buf);
        y += tall;
        // Read aloud and copied as words too: the title once more, small, under it.
        if y < end {
            buf.set_string(x, y, text::fit(title, w), night::STEP);
            y += 1;
        }
    } else {
        let spaced: String = title
            .to_uppercase()
            .chars()
            .map(|c| c.to_string())
            .collect::<Vec<_>>()
            .join(" ");
        let name = if text::width(&spaced) <= w {
            spaced
        } else {
            title.to_uppercase()
        };
        if y < end {
            buf.set_string(x, y, text::fit(&name, w), night::STEP);
            y += 1;
        }
    }
    for l in detail {
        if y >= end {
            break;
        }
        buf.set_string(x, y, l, night::TEXT_STYLE);
        y += 1;
    }
    if y < end {
        let line = format!("{so_far} · {moves_on}");
        buf.set_string(x, y, text::fit(&line, w), night::FAINT_STYLE);
    }
    1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::screens::tests::{backend, cx, draw, screen_text};
    use ratatui::crossterm::event::KeyCode;

    fn press(r: &mut Relief, code: KeyCode, cx: &Cx) -> Vec<Act> {
        r.key(&KeyEvent::from(code), cx)
    }

    fn opened(c: &Cx) -> Relief {
        Relief::new(Leg::Left, Muscle::Calf, c.now, c.wall.fixed_offset(), true)
    }

    /// The guide 85 s after the screen opened, on its third step (the stretch).
    fn stretching() -> Relief {
        let c = cx(Look::FULL);
        let mut r = opened(&c);
        r.opened = c.now - Duration::from_secs(85);
        r.stage = Stage::Guide(Guide {
            leg: Leg::Left,
            muscle: Muscle::Calf,
            seated: false,
            opened: r.opened,
            step: 2,
            deadline: c.now + Duration::from_secs(25),
        });
        r
    }

    /// The screen with its colours: the rows, then every change of style with its
    /// background (ratatui's `Debug` of the buffer).
    fn styled(r: &Relief, w: u16, h: u16) -> String {
        format!("{:?}", backend(r, w, h, Look::FULL).buffer())
    }

    #[test]
    fn relief_choose_80x24() {
        let c = cx(Look::FULL);
        insta::assert_snapshot!(styled(&opened(&c), 80, 24));
    }

    /// Every key that chooses a leg or a muscle works and is named in the hint line where
    /// there is room (`o foot` used to be left out though `o` worked).
    #[test]
    fn the_hint_line_names_every_choice_that_works() {
        let c = cx(Look::FULL);
        let screen = draw(&opened(&c), 120, 24);
        let hints = screen.lines().last().unwrap_or_default().to_string();
        for b in KEYS.iter().filter(|b| b.action.choice().is_some()) {
            let mut r = opened(&c);
            r.leg = Leg::Right;
            r.muscle = Muscle::BackThigh;
            let Key::Char(k) = b.keys[0] else {
                panic!("{:?}", b.keys)
            };
            press(&mut r, KeyCode::Char(k), &c);
            let chose = match b.action.choice() {
                Some(Choice::Leg(l)) => r.leg == l,
                Some(Choice::Muscle(m)) => r.muscle == m,
                None => false,
            };
            assert!(chose, "{k}");
            assert!(b.hint.is_some(), "{k}");
            assert!(hints.contains(&format!(" {k} ")), "{k}: {hints}");
        }
        assert!(hints.contains("o foot"), "{hints}");
    }

    #[test]
    fn relief_choose_40x12() {
        let c = cx(Look::FULL);
        insta::assert_snapshot!(styled(&opened(&c), 40, 12));
    }

    #[test]
    fn relief_step_80x24() {
        insta::assert_snapshot!(styled(&stretching(), 80, 24));
    }

    /// Every page of the step on screen at `w`x`h`, one after the other.
    fn every_page(r: &Relief, w: u16, h: u16) -> Vec<String> {
        let c = cx(Look::FULL);
        let mut r = r.clone();
        let mut pages = Vec::new();
        for _ in 0..6 {
            let p = draw(&r, w, h);
            let more = p.contains("p: more");
            pages.push(p);
            if !more {
                break;
            }
            press(&mut r, KeyCode::Char('p'), &c);
        }
        pages
    }

    #[test]
    fn relief_step_40x12() {
        insta::assert_snapshot!(every_page(&stretching(), 40, 12).join("\n"));
    }

    /// The words on screen outside the pseudo-locale's brackets (runs of two or more ASCII
    /// letters), reading the rows in order as the brackets of a wrapped message span rows;
    /// the key line (the last row) is left out.
    fn unconverted(screen: &str, w: u16) -> Vec<String> {
        let rows: Vec<String> = screen
            .chars()
            .collect::<Vec<_>>()
            .chunks(usize::from(w))
            .map(|r| r.iter().collect())
            .collect();
        let (mut depth, mut word, mut out) = (0usize, String::new(), Vec::new());
        for c in rows[..rows.len() - 1]
            .iter()
            .flat_map(|r| r.chars().chain([' ']))
        {
            match c {
                '[' => depth += 1,
                ']' => depth = depth.saturating_sub(1),
                _ => {}
            }
            if depth == 0 && c.is_ascii_alphabetic() {
                word.push(c);
            } else {
                if word.len() > 1 {
                    out.push(std::mem::take(&mut word));
                }
                word.clear();
            }
        }
        out
    }

    /// Every page of the step on screen in the pseudo-locale, pressing p until the first
    /// page comes round again.
    fn pseudo_pages(r: &Relief, w: u16, h: u16) -> Vec<String> {
        let c = cx(Look::FULL);
        let mut r = r.clone();
        let mut pages: Vec<String> = Vec::new();
        for _ in 0..8 {
            let p = draw(&r, w, h);
            if pages.first() == Some(&p) {
                break;
            }
            pages.push(p);
            press(&mut r, KeyCode::Char('p'), &c);
            // Paging gives the step its time again: the same countdown on every page.
            if let Stage::Guide(g) = &mut r.stage {
                g.deadline = c.now + Duration::from_secs(25);
            }
        }
        pages
    }

    #[test]
    fn relief_in_the_pseudo_locale_80x24_and_40x12() {
        static PSEUDO: std::sync::OnceLock<crate::i18n::Messages> = std::sync::OnceLock::new();
        let m = PSEUDO.get_or_init(|| crate::i18n::Messages::builtin(crate::i18n::PSEUDO));
        crate::i18n::scoped(m, || {
            let c = cx(Look::FULL);
            let choose = opened(&c);
            let step = stretching();
            let mut late = stretching();
            late.opened -= relief::URGENT_AFTER;
            let mut end = stretching();
            end.stage = Stage::End {
                took: Duration::from_secs(125),
                pain: Some(4),
                lasted: None,
            };
            let mut out = String::new();
            for (name, r) in [
                ("choose", &choose),
                ("step", &step),
                ("past 10 minutes", &late),
                ("end", &end),
            ] {
                for (w, h) in [(80, 24), (40, 12)] {
                    for (i, p) in pseudo_pages(r, w, h).iter().enumerate() {
                        let text: String = p.lines().map(|l| l.trim_matches('"')).collect();
                        let left = unconverted(&text, w);
                        assert!(left.is_empty(), "{name} {w}x{h}: {left:?}\n{p}");
                        out.push_str(&format!("{name} {w}x{h} page {}\n{p}\n", i + 1));
                    }
                }
            }
            insta::assert_snapshot!(out);
        });
    }

    /// The screen's rows as text.
    fn rows_text(r: &Relief, w: u16, h: u16) -> String {
        let t: Vec<char> = screen_text(r, w, h, Look::FULL).chars().collect();
        t.chunks(usize::from(w))
            .map(|c| c.iter().collect::<String>().trim_end().to_string())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The guide's first step, just begun (as Enter on the first screen leaves it).
    fn first_step() -> Relief {
        let c = cx(Look::FULL);
        let mut r = opened(&c);
        // As Enter leaves it, without the speech (whose language is the process's first).
        r.stage = Stage::Guide(Guide::start(r.leg, r.muscle, false, r.opened, c.now));
        r
    }

    #[test]
    fn a_draft_language_at_40x12_shows_the_step_first_and_the_urgent_pair_a_key_away() {
        static DE: std::sync::OnceLock<crate::i18n::Messages> = std::sync::OnceLock::new();
        let m = DE.get_or_init(|| crate::i18n::Messages::builtin("de"));
        crate::i18n::scoped(m, || {
            let c = cx(Look::FULL);
            let s = crate::relief::urgent_short();
            let english = s.english.clone().expect("a draft shows the English");
            let squeeze = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
            let mut out = String::new();
            for (name, r) in [("choose", opened(&c)), ("step 1", first_step())] {
                let t = rows_text(&r, 40, 12);
                out.push_str(&format!("{name}\n{t}\n"));
                let words = squeeze(&t);
                if r.stage == Stage::Choose {
                    for w in ["Bein:", "[links]", "rechts", "Muskel:", "[Wade]", "Fuß"] {
                        assert!(words.contains(w), "{name}: {w}\n{t}");
                    }
                } else {
                    let Stage::Guide(g) = &r.stage else {
                        unreachable!()
                    };
                    let step = g.current().expect("a step");
                    let bare = |t: &str| t.replace(' ', "");
                    assert!(
                        bare(&t).contains(&bare(&step.title().to_uppercase())),
                        "{t}"
                    );
                    let first = text::wrap(&step.detail(), 38).remove(0);
                    assert!(words.contains(&squeeze(&first)), "{first}\n{t}");
                }
                // The key to the urgent pair is in the hint line.
                let hint = t.lines().last().unwrap_or_default().to_string();
                assert!(hint.contains("u Notfall"), "{hint}");
                // One key away: the urgent line in both languages, whole.
                let mut r = r;
                press(&mut r, KeyCode::Char('u'), &c);
                let page = rows_text(&r, 40, 12);
                out.push_str(&format!("{name}, u\n{page}\n"));
                let words = squeeze(&page);
                for said in [&s.text, &english] {
                    assert!(words.contains(said.as_str()), "{said}\n{page}");
                }
                assert!(
                    page.lines()
                        .last()
                        .unwrap_or_default()
                        .contains("u Schritt")
                );
                // And u again: back to the step.
                press(&mut r, KeyCode::Char('u'), &c);
                assert_eq!(rows_text(&r, 40, 12), t);
            }
            insta::assert_snapshot!(out);
        });
    }

    #[test]
    fn the_keys_are_named_in_german_b_is_the_back_of_the_thigh() {
        static DE: std::sync::OnceLock<crate::i18n::Messages> = std::sync::OnceLock::new();
        let m = DE.get_or_init(|| crate::i18n::Messages::builtin("de"));
        crate::i18n::scoped(m, || {
            let c = cx(Look::FULL);
            let last = |r: &Relief| {
                rows_text(r, 80, 24)
                    .lines()
                    .last()
                    .unwrap_or_default()
                    .to_string()
            };
            let choose = last(&opened(&c));
            assert!(choose.contains("b hinten · f vorn"), "{choose}");
            let body = rows_text(&opened(&c), 80, 24);
            assert!(body.contains("b  Oberschenkel hinten"), "{body}");
            assert!(
                choose.contains("l links") && choose.contains("c Wade"),
                "{choose}"
            );
            assert!(
                !choose.contains("zurück") && !choose.contains("left"),
                "{choose}"
            );
            let step = last(&first_step());
            assert!(step.contains("Enter weiter"), "{step}");
        });
    }

    #[test]
    fn past_10_minutes_a_draft_at_40x12_shows_the_urgent_line_and_its_english_a_key_away() {
        static DE: std::sync::OnceLock<crate::i18n::Messages> = std::sync::OnceLock::new();
        let m = DE.get_or_init(|| crate::i18n::Messages::builtin("de"));
        crate::i18n::scoped(m, || {
            let c = cx(Look::FULL);
            let s = crate::relief::urgent_short();
            let english = s.english.clone().expect("a draft shows the English");
            let squeeze = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
            let mut r = stretching();
            r.opened -= relief::URGENT_AFTER;
            let t = rows_text(&r, 40, 12);
            let words = squeeze(&t);
            assert!(words.contains(&relief::urgent_now_words()), "{t}");
            assert!(words.contains(&s.text), "{t}");
            assert!(
                t.lines().last().unwrap_or_default().contains("u Notfall"),
                "{t}"
            );
            press(&mut r, KeyCode::Char('u'), &c);
            let page = squeeze(&rows_text(&r, 40, 12));
            for said in [&s.text, &english] {
                assert!(page.contains(said.as_str()), "{said}\n{page}");
            }
        });
    }

    #[test]
    fn relief_long_step_40x12_in_pages() {
        let mut r = stretching();
        let Stage::Guide(g) = &mut r.stage else {
            unreachable!()
        };
        g.step = 4;
        let pages = every_page(&r, 40, 12);
        assert!(pages.len() > 1);
        insta::assert_snapshot!(pages.join("\n"));
    }

    #[test]
    fn at_40x12_every_step_can_be_read_whole_with_the_urgent_line() {
        let c = cx(Look::FULL);
        for m in Muscle::ALL {
            for (i, step) in relief::guide::steps(m).iter().enumerate() {
                let mut r = stretching();
                let Stage::Guide(g) = &mut r.stage else {
                    unreachable!()
                };
                g.muscle = m;
                g.step = i;
                let mut seen = String::new();
                for p in every_page(&r, 40, 12) {
                    let squeezed: String = p
                        .lines()
                        .map(|l| l.trim_matches(|c| c == '"' || c == ' '))
                        .collect::<Vec<_>>()
                        .join(" ");
                    assert!(
                        squeezed.contains("call an emergency number now."),
                        "{m:?} {i}: {p}"
                    );
                    for l in p.lines().skip(1).take(5) {
                        let l = l.trim_matches(|c| c == '"' || c == ' ');
                        if !l.starts_with("p: ") && !l.contains("moves on in") {
                            seen.push_str(l);
                            seen.push('\n');
                        }
                    }
                }
                let lines: String = seen.split_whitespace().collect::<Vec<_>>().join(" ");
                assert!(lines.contains(&step.detail()), "{m:?} {i}: {lines}");
                let _ = &c;
            }
        }
    }

    #[test]
    fn relief_end_40x12() {
        let c = cx(Look::FULL);
        let mut r = opened(&c);
        r.stage = Stage::End {
            took: Duration::from_secs(185),
            pain: Some(6),
            lasted: Some(1),
        };
        insta::assert_snapshot!(styled(&r, 40, 12));
    }

    #[test]
    fn relief_step_no_color() {
        let look = Look {
            unicode: true,
            colour: false,
        };
        let b = backend(&stretching(), 80, 24, look);
        assert!(
            b.buffer()
                .content
                .iter()
                .all(|c| c.fg == ratatui::style::Color::Reset
                    && c.bg == ratatui::style::Color::Reset)
        );
        insta::assert_snapshot!(b.to_string());
    }

    /// Every cell of every stage, at every size, on the night's own dark background with a
    /// colour that reads at 7:1 on it; nothing reversed, no solid block.
    #[test]
    fn dark_everywhere_on_its_own_background_and_no_reverse() {
        use crate::tui::theme::night::{BG, contrast, rgb};
        use ratatui::style::Modifier;
        let c = cx(Look::FULL);
        let mut end = opened(&c);
        end.stage = Stage::End {
            took: Duration::from_secs(60),
            pain: Some(3),
            lasted: Some(3),
        };
        let mut late = stretching();
        late.opened -= relief::URGENT_AFTER;
        let bg = rgb(BG).expect("a palette colour");
        for r in [opened(&c), stretching(), late, end] {
            for (w, h) in [(80, 24), (40, 12), (140, 41), (9, 3)] {
                let b = backend(&r, w, h, Look::FULL);
                for cell in &b.buffer().content {
                    assert_eq!(cell.bg, BG, "{w}x{h}: {cell:?}");
                    let fg = rgb(cell.fg).expect("an explicit colour");
                    assert!(contrast(fg, bg) >= 7.0, "{w}x{h}: {cell:?}");
                    assert!(!cell.modifier.contains(Modifier::REVERSED));
                    assert_ne!(cell.symbol(), "█");
                }
            }
        }
    }

    #[test]
    fn the_first_and_last_screens_are_said_and_the_end_asks_how_long_it_lasted() {
        let c = cx(Look::FULL);
        let mut r = opened(&c);
        // The first screen, once.
        assert_eq!(
            r.speech(c.now),
            vec![Act::SayCalmly(format!(
                "{} {}",
                relief::first_said(),
                relief::first_keys_said()
            ))]
        );
        assert!(r.speech(c.now).is_empty());
        press(&mut r, KeyCode::Enter, &c);
        while let Stage::Guide(_) = r.stage {
            press(&mut r, KeyCode::Enter, &c);
        }
        // The last screen: said once as it comes (with the last key), not again.
        assert!(r.speech(c.now).is_empty());
        let mut fresh = opened(&c);
        fresh.stage = Stage::End {
            took: Duration::from_secs(60),
            pain: None,
            lasted: None,
        };
        assert_eq!(
            fresh.speech(c.now),
            vec![Act::SayCalmly(format!(
                "{} {}",
                relief::end_said(),
                relief::end_keys_said()
            ))]
        );
        let t = screen_text(&r, 80, 24, Look::FULL);
        assert!(t.contains("How long did the cramp last?"), "{t}");
        assert!(t.contains("(not given)"), "{t}");
        // 2: 1 to 5 minutes; the same key again takes it back; 3 then stays.
        press(&mut r, KeyCode::Char('2'), &c);
        assert!(screen_text(&r, 80, 24, Look::FULL).contains("[1-5 min]"));
        press(&mut r, KeyCode::Char('2'), &c);
        assert!(matches!(r.stage, Stage::End { lasted: None, .. }));
        press(&mut r, KeyCode::Char('3'), &c);
        let acts = press(&mut r, KeyCode::Enter, &c);
        let [Act::Do(Job::RecordCramp(e)), Act::Go(Goto::Home)] = acts.as_slice() else {
            panic!("{acts:?}");
        };
        assert_eq!(e.lasted_seconds, Some(450));
        // Skipped: nothing recorded for it; the guide's time is never taken for it.
        let mut skip = opened(&c);
        skip.stage = Stage::End {
            took: Duration::from_secs(400),
            pain: Some(2),
            lasted: None,
        };
        let acts = press(&mut skip, KeyCode::Enter, &c);
        let [Act::Do(Job::RecordCramp(e)), _] = acts.as_slice() else {
            panic!("{acts:?}");
        };
        assert_eq!((e.lasted_seconds, e.relief_seconds), (None, Some(400)));
    }

    /// "Over 10 minutes" at the end: the urgent line is said once and stands out, as when the
    /// guide is open 10 minutes; "5 to 10 minutes" does neither.
    #[test]
    fn said_to_have_lasted_over_ten_minutes_the_urgent_advice_is_said_and_stands_out() {
        let c = cx(Look::FULL);
        let mut r = opened(&c);
        r.stage = Stage::End {
            took: Duration::from_secs(60),
            pain: None,
            lasted: None,
        };
        r.said_screens = (true, true);
        assert!(press(&mut r, KeyCode::Char('3'), &c).is_empty());
        assert!(!screen_text(&r, 80, 24, Look::FULL).contains(&relief::urgent_now_words()));
        let acts = press(&mut r, KeyCode::Char('4'), &c);
        assert!(
            matches!(acts.as_slice(), [Act::SayCalmly(t)]
                if *t == relief::urgent_now_said()),
            "{acts:?}"
        );
        assert!(screen_text(&r, 80, 24, Look::FULL).contains(&relief::urgent_now_words()));
    }

    #[test]
    fn past_ten_minutes_the_urgent_advice_stands_out() {
        let mut r = stretching();
        let t = screen_text(&r, 80, 24, Look::FULL);
        assert!(!t.contains(&relief::urgent_now_words()), "{t}");
        let now = r.opened + Duration::from_secs(85);
        r.opened = now - relief::URGENT_AFTER;
        let t = screen_text(&r, 80, 24, Look::FULL);
        assert!(t.contains(&relief::urgent_now_words()), "{t}");
        let b = backend(&r, 80, 24, Look::FULL);
        let under = b
            .buffer()
            .content
            .iter()
            .filter(|c| c.modifier.contains(Modifier::UNDERLINED))
            .count();
        assert!(under > 100, "{under} underlined cells");
        insta::assert_snapshot!(format!("{:?}", b.buffer()));
    }

    #[test]
    fn the_urgent_advice_is_always_on_screen() {
        let c = cx(Look::FULL);
        let mut end = opened(&c);
        end.stage = Stage::End {
            took: Duration::from_secs(60),
            pain: None,
            lasted: None,
        };
        for r in [opened(&c), stretching(), end] {
            for (w, h) in [(80, 24), (40, 12), (100, 30), (30, 10)] {
                let t = screen_text(&r, w, h, Look::FULL);
                let squeezed: String = t.split_whitespace().collect::<Vec<_>>().join(" ");
                assert!(
                    squeezed.contains("call an emergency number now."),
                    "{w}x{h}: {t}"
                );
            }
        }
    }

    #[test]
    fn one_key_starts_and_leaving_records_once() {
        let c = cx(Look::FULL);
        let mut r = opened(&c);
        // Leaving before it began records nothing.
        assert_eq!(
            press(&mut r.clone(), KeyCode::Esc, &c),
            vec![Act::Go(Goto::Home)]
        );
        press(&mut r, KeyCode::Char('r'), &c);
        press(&mut r, KeyCode::Char('b'), &c);
        // The first step is said as it comes, calmly.
        assert_eq!(
            press(&mut r, KeyCode::Enter, &c),
            vec![Act::SayCalmly(
                "Turn a light on before you get up.".to_string()
            )]
        );
        assert!(matches!(r.stage, Stage::Guide(_)));
        // Said once; `m` mutes.
        assert!(r.speech(c.now).is_empty());
        assert_eq!(press(&mut r, KeyCode::Char('m'), &c), vec![Act::ToggleMute]);
        assert_eq!(r.next_wake(c.now), Some(c.now + Duration::from_secs(1)));
        // Ten minutes on, the urgent line is said once.
        let later = c.now + crate::relief::URGENT_AFTER;
        let urgent = r.speech(later);
        assert!(
            matches!(urgent.as_slice(), [Act::SayCalmly(t)] if t.starts_with(&crate::relief::urgent_now_words())),
            "{urgent:?}"
        );
        assert!(r.speech(later).is_empty());
        // Every step by key, then the pain.
        for _ in 0..5 {
            press(&mut r, KeyCode::Enter, &c);
        }
        assert!(matches!(r.stage, Stage::End { pain: None, .. }));
        assert_eq!(r.next_wake(c.now), None);
        for _ in 0..12 {
            press(&mut r, KeyCode::Up, &c);
        }
        press(&mut r, KeyCode::Down, &c);
        let acts = press(&mut r, KeyCode::Enter, &c);
        let [Act::Do(Job::RecordCramp(e)), Act::Go(Goto::Home)] = acts.as_slice() else {
            panic!("{acts:?}");
        };
        assert_eq!(
            (e.leg, e.muscle, e.pain),
            (Leg::Right, Muscle::BackThigh, Some(9))
        );
        assert_eq!(press(&mut r, KeyCode::Esc, &c), vec![Act::Go(Goto::Home)]);
    }

    #[test]
    fn poor_balance_keeps_the_guide_seated_on_screen() {
        let c = cx(Look::FULL);
        for seated in [false, true] {
            let mut r = opened(&c);
            r.seated = seated;
            press(&mut r, KeyCode::Enter, &c);
            let mut seen = String::new();
            while let Stage::Guide(_) = r.stage {
                seen.push_str(&screen_text(&r, 80, 24, Look::FULL));
                press(&mut r, KeyCode::Enter, &c);
            }
            let seen = seen.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(seen.contains("Only if you feel steady"), !seated);
            assert_eq!(seen.to_lowercase().contains("stand up"), !seated);
            assert!(seen.to_lowercase().contains("pull your toes up"));
        }
    }

    #[test]
    fn quitting_mid_guide_records_then_quits() {
        let mut r = stretching();
        let c = cx(Look::FULL);
        let acts = r.key(
            &KeyEvent::new(
                KeyCode::Char('c'),
                ratatui::crossterm::event::KeyModifiers::CONTROL,
            ),
            &c,
        );
        let [Act::Do(Job::RecordCramp(e)), Act::Quit] = acts.as_slice() else {
            panic!("{acts:?}");
        };
        assert_eq!(e.relief_seconds, Some(85));
    }

    #[test]
    fn never_panics_on_tiny_areas() {
        let c = cx(Look::FULL);
        for r in [opened(&c), stretching()] {
            for w in 1..40 {
                for h in 1..14 {
                    let mut buf = Buffer::empty(Rect::new(0, 0, w, h));
                    r.render(&c, buf.area, &mut buf);
                }
            }
        }
    }
}
