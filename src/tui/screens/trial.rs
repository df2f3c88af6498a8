//! The experiment screen ("Does stretching help me?"), reached from home with `t`. Before a
//! start: the plan in the same plain words as `windown trial` ([`crate::trial::words::explain`]),
//! then the person's expectation (0 to 10), the medicine question (a "yes" says the result
//! may not be fair and offers to start later; it never suggests changing a medicine) and a
//! confirmation. During: where it stands, in the words of `windown trial status` (only the
//! current block's kind, no comparison), a note, and stopping early (confirmed). After the
//! end: the result in the words and numbers of `windown trial result`.
//!
//! Owns the drawing and the keys. What it shows is read, and what it asks for is done, off the
//! UI thread by the same code as `windown trial` ([`Job::Trial`] and its siblings): nothing is
//! worked out here.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::{Act, Cx, Goto, View};
use crate::t;
use crate::text;
use crate::trial::words::{explain, medicine_warning};
use crate::tui::keys::{self, Binding, HelpRow, Key, hint, hint_as};
use crate::tui::theme::{self, Look};
use crate::tui::words;
use crate::tui::work::Job;

/// What a key does on the experiment screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Down,
    Up,
    /// Before a start: go to the questions.
    Start,
    /// During: write a note.
    Note,
    /// During: stop early (asks first).
    Stop,
    Help,
    Back,
    Quit,
}

/// The screen's keys while it shows the plan, where it stands, or the result.
pub const KEYS: &[Binding<Action>] = &[
    Binding {
        keys: &[Key::Down, Key::Char('j'), Key::PageDown],
        action: Action::Down,
        does: "show more of the text",
        hint: hint_as("↓", "more", 8),
    },
    Binding {
        keys: &[Key::Up, Key::Char('k'), Key::PageUp],
        action: Action::Up,
        does: "back up the text",
        hint: None,
    },
    Binding {
        keys: &[Key::Char('s')],
        action: Action::Start,
        does: "before an experiment: answer two questions, then start it",
        hint: hint("start", 7),
    },
    Binding {
        keys: &[Key::Char('n')],
        action: Action::Note,
        does: "during it: note what happened (a medicine changed, an illness)",
        hint: hint("note", 6),
    },
    Binding {
        keys: &[Key::Char('x')],
        action: Action::Stop,
        does: "during it: stop early (asks first; the diary stays, no verdict)",
        hint: hint("stop early", 5),
    },
    Binding {
        keys: &[Key::Char('?')],
        action: Action::Help,
        does: "help",
        hint: hint("help", 4),
    },
    Binding {
        keys: &[Key::Char('q'), Key::Esc],
        action: Action::Back,
        does: "back to the home screen",
        hint: hint("back", 9),
    },
    Binding {
        keys: &[Key::Ctrl('c')],
        action: Action::Quit,
        does: "quit",
        hint: hint("quit", 3),
    },
];

/// What a key does while the expectation is asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExpectAction {
    Less,
    More,
    Take,
    Skip,
    Cancel,
}

/// The expectation's keys (a digit sets 0 to 9 at once).
pub const EXPECT_KEYS: &[Binding<ExpectAction>] = &[
    Binding {
        keys: &[Key::Left],
        action: ExpectAction::Less,
        does: "expectation: one less (a digit sets 0 to 9)",
        hint: hint_as("←→", "change", 3),
    },
    Binding {
        keys: &[Key::Right],
        action: ExpectAction::More,
        does: "expectation: one more (up to 10)",
        hint: None,
    },
    Binding {
        keys: &[Key::Enter],
        action: ExpectAction::Take,
        does: "expectation: take it",
        hint: hint("ok", 5),
    },
    Binding {
        keys: &[Key::Char('s')],
        action: ExpectAction::Skip,
        does: "expectation: leave it out",
        hint: hint("skip", 4),
    },
    Binding {
        keys: &[Key::Esc],
        action: ExpectAction::Cancel,
        does: "expectation: do not start now",
        hint: hint("cancel", 2),
    },
];

/// A yes-or-no question's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YesNo {
    Yes,
    No,
    Cancel,
}

/// The keys of the medicine question, the start's confirmation and the stop's.
pub const YES_NO_KEYS: &[Binding<YesNo>] = &[
    Binding {
        keys: &[Key::Char('y')],
        action: YesNo::Yes,
        does: "question: yes",
        hint: hint("yes", 5),
    },
    Binding {
        keys: &[Key::Char('n')],
        action: YesNo::No,
        does: "question: no",
        hint: hint("no", 4),
    },
    Binding {
        keys: &[Key::Esc],
        action: YesNo::Cancel,
        does: "question: do nothing now",
        hint: hint("cancel", 2),
    },
];

/// What a key does while a note is typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteAction {
    Save,
    Cancel,
}

/// A note's keys (letters type, Backspace deletes).
pub const NOTE_KEYS: &[Binding<NoteAction>] = &[
    Binding {
        keys: &[Key::Enter],
        action: NoteAction::Save,
        does: "note: save it (letters type, Backspace deletes)",
        hint: hint("save", 3),
    },
    Binding {
        keys: &[Key::Esc],
        action: NoteAction::Cancel,
        does: "note: leave it out",
        hint: hint("cancel", 2),
    },
];

/// The longest note typed here (as `windown trial note` allows one line).
const NOTE_MAX: usize = 200;

/// What the history says about the experiment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seen {
    /// None has been started.
    None,
    /// One is under way: where it stands, in the words of `windown trial status`.
    Running(String),
    /// Over: the words of `windown trial result` (or why there is no verdict); another may
    /// start.
    Ended(String),
}

/// Where the person is on the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Reading the plan, where it stands, or the result.
    Read,
    /// "How much do you expect stretching to help you?" (`None`: not given yet).
    Expect(Option<u8>),
    /// "Did a medicine change in the last 4 weeks, or will one?"
    Medicine { expectation: Option<u8> },
    /// A medicine changed: the result may not be fair; start now anyway?
    MedicineChanged { expectation: Option<u8> },
    /// "Start the experiment now?"
    Confirm {
        expectation: Option<u8>,
        medicine_change: bool,
    },
    /// A note being typed.
    Note(String),
    /// "Stop the experiment early?"
    ConfirmStop,
}

/// The experiment screen's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrialScreen {
    /// What the history says (`None`: still reading; `Err`: it cannot be read).
    pub(crate) seen: Option<Result<Seen, String>>,
    pub(crate) step: Step,
    /// Lines scrolled down.
    pub(crate) scroll: u16,
    /// What was done or why not, until the next key.
    pub(crate) message: Option<String>,
}

impl Default for TrialScreen {
    fn default() -> TrialScreen {
        TrialScreen {
            seen: None,
            step: Step::Read,
            scroll: 0,
            message: None,
        }
    }
}

impl TrialScreen {
    /// The history read (and what was done, if anything was asked).
    pub(crate) fn read(&mut self, seen: Result<Seen, String>, said: Option<String>) {
        if said.is_some() {
            self.message = said;
            self.scroll = 0;
        }
        self.seen = Some(seen);
    }

    fn running(&self) -> bool {
        matches!(self.seen, Some(Ok(Seen::Running(_))))
    }

    /// Whether an experiment may start from here (none runs).
    fn may_start(&self) -> bool {
        matches!(self.seen, Some(Ok(Seen::None | Seen::Ended(_))))
    }

    /// The text of the panel: the plan before a start, else where it stands or the result.
    fn body(&self) -> String {
        match &self.seen {
            None => words::fixed("tui-progress-reading").to_string(),
            Some(Err(why)) => t!("tui-progress-unreadable", why = why.as_str()),
            Some(Ok(Seen::None)) => explain(),
            Some(Ok(Seen::Running(s))) => s.clone(),
            Some(Ok(Seen::Ended(r))) => r.clone(),
        }
    }

    /// The question at the bottom, for the step.
    fn question(&self) -> Option<String> {
        Some(match &self.step {
            Step::Read | Step::Note(_) => return None,
            Step::Expect(x) => t!(
                "tui-trial-ask-expectation",
                value = x.map_or_else(|| "_".to_string(), |x| x.to_string())
            ),
            Step::Medicine { .. } => t!("tui-trial-ask-medicine"),
            // The warning's English original (while a draft) on a line of its own, the
            // question then on its own too.
            Step::MedicineChanged { .. } => {
                let warning = medicine_warning();
                let gap = if warning.contains('\n') { '\n' } else { ' ' };
                format!("{warning}{gap}{}", t!("tui-trial-start-anyway"))
            }
            Step::Confirm { .. } => t!("tui-trial-confirm-start"),
            Step::ConfirmStop => t!("tui-trial-confirm-stop"),
        })
    }

    /// The wrapped lines of the panel at `width`.
    fn lines(&self, width: usize) -> Vec<String> {
        let plain = |t: &str| -> Vec<String> {
            t.lines()
                .flat_map(|l| {
                    if l.trim().is_empty() {
                        vec![String::new()]
                    } else {
                        text::wrap(l, width)
                    }
                })
                .collect()
        };
        match &self.seen {
            Some(Ok(Seen::None)) => reflow(&explain(), width),
            Some(Ok(Seen::Ended(r))) => {
                let mut out = plain(r);
                out.push(String::new());
                out.extend(plain(words::fixed("tui-trial-may-start")));
                out.push(String::new());
                out.extend(reflow(&explain(), width));
                out
            }
            _ => plain(&self.body()),
        }
    }
}

/// Text written for an 80-column terminal (as `windown trial` prints it), wrapped again at
/// `width`: the lines of a paragraph are joined, a list item (`  - `) keeps its hanging
/// indent, a blank line stays.
fn reflow(body: &str, width: usize) -> Vec<String> {
    // Each paragraph: its first line's prefix, the next lines' prefix, its words.
    let mut paras: Vec<(&str, &str, String)> = Vec::new();
    let mut out = Vec::new();
    let flush = |paras: &mut Vec<(&str, &str, String)>, out: &mut Vec<String>| {
        for (first, rest, words) in paras.drain(..) {
            let room = width.saturating_sub(text::width(rest)).max(8);
            for (i, l) in text::wrap(&words, room).into_iter().enumerate() {
                out.push(format!("{}{l}", if i == 0 { first } else { rest }));
            }
        }
    };
    for line in body.lines() {
        let (first, rest, words) = if line.trim().is_empty() {
            flush(&mut paras, &mut out);
            out.push(String::new());
            continue;
        } else if let Some(item) = line.strip_prefix("  - ") {
            ("  - ", "    ", item)
        } else if let Some(more) = line.strip_prefix("    ") {
            ("    ", "    ", more)
        } else if let Some(more) = line.strip_prefix("  ") {
            ("  ", "  ", more)
        } else {
            ("", "", line)
        };
        match paras.last_mut() {
            // A line goes on the paragraph above when it has its next lines' indent.
            Some((_, r, w)) if *r == rest && first != "  - " && !w.is_empty() => {
                w.push(' ');
                w.push_str(words.trim());
            }
            _ => paras.push((first, rest, words.trim().to_string())),
        }
    }
    flush(&mut paras, &mut out);
    out
}

impl View for TrialScreen {
    fn render(&self, cx: &Cx, area: Rect, buf: &mut Buffer) {
        let look = cx.look;
        let width = usize::from(area.width.saturating_sub(2)).max(1);
        // The question (or the message, or the note typed) under the panel, then the keys.
        let mut bottom: Vec<Line<'static>> = Vec::new();
        if let Some(m) = &self.message {
            for l in text::wrap(m, usize::from(area.width).max(1)) {
                bottom.push(Line::styled(l, theme::notice()));
            }
        }
        if let Some(q) = self.question() {
            for part in q.lines() {
                for l in text::wrap(part, usize::from(area.width).max(1)) {
                    bottom.push(Line::styled(l, theme::bold()));
                }
            }
        }
        if let Step::Note(t) = &self.step {
            bottom.push(Line::styled(words::fixed("tui-trial-note"), theme::bold()));
            let shown = text::fit_keeping_tail("", &format!("{t}_"), usize::from(area.width));
            bottom.push(Line::raw(shown));
        }
        // Never more than half the screen (the panel keeps its text), except for a question,
        // which keeps what it needs above the panel's border and a line of it; what is left
        // out of its start is marked with "…".
        let keep = if matches!(self.step, Step::Read) {
            usize::from(area.height / 2)
        } else {
            usize::from(area.height.saturating_sub(4)).max(usize::from(area.height / 2))
        };
        if bottom.len() > keep {
            bottom.drain(..bottom.len() - keep);
            if let Some(first) = bottom.first_mut() {
                let cut = text::fit(&format!("…{first}"), usize::from(area.width)).into_owned();
                *first = Line::styled(cut, first.style);
            }
        }
        let below = bottom.len() as u16;
        let [main, under, keys_a] = Layout::vertical([
            Constraint::Min(1),
            Constraint::Length(below),
            Constraint::Length(1),
        ])
        .areas(area);
        let title = text::fit(
            words::fixed("tui-trial-title"),
            usize::from(area.width.saturating_sub(4)),
        );
        let block = theme::panel(look, &title);
        let inner = block.inner(main);
        block.render(main, buf);
        let lines = self.lines(width);
        let max = lines.len().saturating_sub(usize::from(inner.height));
        let scroll = usize::from(self.scroll).min(max);
        let mut shown: Vec<Line<'static>> = lines
            .into_iter()
            .skip(scroll)
            .take(usize::from(inner.height))
            .map(Line::raw)
            .collect();
        if scroll < max
            && let Some(last) = shown.last_mut()
        {
            *last = Line::styled(
                t!(
                    "tui-trial-more",
                    key = if look.unicode { "↓" } else { "down:" }
                ),
                theme::dim(),
            );
        }
        Paragraph::new(shown).render(inner, buf);
        Paragraph::new(bottom).render(under, buf);
        let running = self.running();
        let may_start = self.may_start();
        let line = match &self.step {
            Step::Read => keys::hint_line(look, KEYS, keys_a.width, |a, w| match a {
                Action::Start if !may_start => None,
                Action::Note | Action::Stop if !running => None,
                Action::Down if scroll >= max => None,
                _ => Some(w),
            }),
            Step::Expect(_) => keys::hint_line(look, EXPECT_KEYS, keys_a.width, |_, w| Some(w)),
            Step::Note(_) => keys::hint_line(look, NOTE_KEYS, keys_a.width, |_, w| Some(w)),
            Step::MedicineChanged { .. } => {
                keys::hint_line(look, YES_NO_KEYS, keys_a.width, |a, _| match a {
                    YesNo::Yes => Some("start now"),
                    YesNo::No => Some("later"),
                    YesNo::Cancel => None,
                })
            }
            _ => keys::hint_line(look, YES_NO_KEYS, keys_a.width, |_, w| Some(w)),
        };
        line.render(keys_a, buf);
    }

    fn help(&self, look: Look) -> Vec<HelpRow> {
        let mut rows = keys::help_rows(KEYS, look.unicode);
        rows.extend(keys::help_rows(EXPECT_KEYS, look.unicode));
        rows.extend(keys::help_rows(YES_NO_KEYS, look.unicode));
        rows.extend(keys::help_rows(NOTE_KEYS, look.unicode));
        rows
    }

    fn key(&mut self, key: &KeyEvent, _cx: &Cx) -> Vec<Act> {
        if key.kind == KeyEventKind::Release {
            return Vec::new();
        }
        self.message = None;
        match std::mem::replace(&mut self.step, Step::Read) {
            Step::Read => {}
            Step::Expect(x) => {
                self.step = match keys::action(EXPECT_KEYS, key) {
                    Some(ExpectAction::Less) => {
                        Step::Expect(Some(x.unwrap_or(5).saturating_sub(1)))
                    }
                    Some(ExpectAction::More) => Step::Expect(Some((x.unwrap_or(5) + 1).min(10))),
                    Some(ExpectAction::Take) => Step::Medicine { expectation: x },
                    Some(ExpectAction::Skip) => Step::Medicine { expectation: None },
                    Some(ExpectAction::Cancel) => Step::Read,
                    None => match key.code {
                        KeyCode::Char(c @ '0'..='9') => Step::Expect(Some(c as u8 - b'0')),
                        _ => Step::Expect(x),
                    },
                };
                return Vec::new();
            }
            Step::Medicine { expectation } => {
                self.step = match keys::action(YES_NO_KEYS, key) {
                    Some(YesNo::Yes) => Step::MedicineChanged { expectation },
                    Some(YesNo::No) => Step::Confirm {
                        expectation,
                        medicine_change: false,
                    },
                    Some(YesNo::Cancel) => Step::Read,
                    None => Step::Medicine { expectation },
                };
                return Vec::new();
            }
            Step::MedicineChanged { expectation } => {
                match keys::action(YES_NO_KEYS, key) {
                    Some(YesNo::Yes) => {
                        self.step = Step::Confirm {
                            expectation,
                            medicine_change: true,
                        }
                    }
                    Some(YesNo::No | YesNo::Cancel) => {
                        self.message = Some(t!("tui-trial-not-started-later"));
                    }
                    None => self.step = Step::MedicineChanged { expectation },
                }
                return Vec::new();
            }
            Step::Confirm {
                expectation,
                medicine_change,
            } => {
                return match keys::action(YES_NO_KEYS, key) {
                    Some(YesNo::Yes) => {
                        self.message = Some(t!("tui-trial-starting"));
                        vec![Act::Do(Job::TrialStart {
                            expectation,
                            medicine_change,
                        })]
                    }
                    Some(YesNo::No | YesNo::Cancel) => {
                        self.message = Some(t!("tui-trial-not-started"));
                        Vec::new()
                    }
                    None => {
                        self.step = Step::Confirm {
                            expectation,
                            medicine_change,
                        };
                        Vec::new()
                    }
                };
            }
            Step::ConfirmStop => {
                return match keys::action(YES_NO_KEYS, key) {
                    Some(YesNo::Yes) => vec![Act::Do(Job::TrialStop)],
                    Some(YesNo::No | YesNo::Cancel) => Vec::new(),
                    None => {
                        self.step = Step::ConfirmStop;
                        Vec::new()
                    }
                };
            }
            Step::Note(mut t) => {
                return match keys::action(NOTE_KEYS, key) {
                    Some(NoteAction::Save) if !t.trim().is_empty() => {
                        vec![Act::Do(Job::TrialNote(t.trim().to_string()))]
                    }
                    Some(NoteAction::Save | NoteAction::Cancel) => Vec::new(),
                    None => {
                        match key.code {
                            KeyCode::Backspace => {
                                t.pop();
                            }
                            KeyCode::Char(c)
                                if !c.is_control()
                                    && !text::is_unsafe_char(c)
                                    && t.chars().count() < NOTE_MAX =>
                            {
                                t.push(c);
                            }
                            _ => {}
                        }
                        self.step = Step::Note(t);
                        Vec::new()
                    }
                };
            }
        }
        match keys::action(KEYS, key) {
            Some(Action::Down) => self.scroll = self.scroll.saturating_add(1),
            Some(Action::Up) => self.scroll = self.scroll.saturating_sub(1),
            Some(Action::Start) if self.may_start() => {
                self.scroll = 0;
                self.step = Step::Expect(None);
            }
            Some(Action::Note) if self.running() => self.step = Step::Note(String::new()),
            Some(Action::Stop) if self.running() => self.step = Step::ConfirmStop,
            Some(Action::Help) => return vec![Act::Help],
            Some(Action::Back) => return vec![Act::Go(Goto::Home)],
            Some(Action::Quit) => return vec![Act::Quit],
            _ => {}
        }
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::screens::tests::{cx, draw, screen_text};
    use ratatui::crossterm::event::KeyEvent;

    fn press(s: &mut TrialScreen, code: KeyCode) -> Vec<Act> {
        s.key(&KeyEvent::from(code), &cx(Look::FULL))
    }

    fn before() -> TrialScreen {
        let mut s = TrialScreen::default();
        s.read(Ok(Seen::None), None);
        s
    }

    const STATUS: &str = "Experiment: block 2 of 6.\nTonight is a rest evening: no evening \
        routine; if a cramp comes, stretch it as usual.\nNights recorded: 19 (2 missing). \
        Stretching evenings done: 12 of 14.\nPlanned from Mon 2 Nov 2026 to Sun 31 Jan 2027.\n";

    fn during() -> TrialScreen {
        let mut s = TrialScreen::default();
        s.read(Ok(Seen::Running(STATUS.to_string())), None);
        s
    }

    #[test]
    fn the_start_asks_the_expectation_the_medicine_and_confirms() {
        let mut s = before();
        assert!(press(&mut s, KeyCode::Char('s')).is_empty());
        assert_eq!(s.step, Step::Expect(None));
        press(&mut s, KeyCode::Char('7'));
        press(&mut s, KeyCode::Right);
        press(&mut s, KeyCode::Right);
        press(&mut s, KeyCode::Right);
        assert_eq!(s.step, Step::Expect(Some(10)), "never above 10");
        press(&mut s, KeyCode::Enter);
        assert_eq!(
            s.step,
            Step::Medicine {
                expectation: Some(10)
            }
        );
        press(&mut s, KeyCode::Char('n'));
        let acts = press(&mut s, KeyCode::Char('y'));
        assert_eq!(
            acts,
            vec![Act::Do(Job::TrialStart {
                expectation: Some(10),
                medicine_change: false
            })]
        );
    }

    #[test]
    fn a_medicine_change_offers_to_start_later_and_never_advises_on_medicines() {
        let mut s = before();
        press(&mut s, KeyCode::Char('s'));
        press(&mut s, KeyCode::Char('s'));
        press(&mut s, KeyCode::Char('y'));
        let q = s.question().expect("a question");
        assert!(q.contains("may not be fair"), "{q}");
        assert!(q.contains("start later"), "{q}");
        assert!(q.contains("Keep your medicines"), "{q}");
        for bad in [
            "delay your medicine",
            "stop your medicine",
            "change your medicine",
        ] {
            assert!(!q.to_lowercase().contains(bad), "{q}");
        }
        // "Not now": nothing is written.
        assert!(press(&mut s, KeyCode::Char('n')).is_empty());
        assert_eq!(s.step, Step::Read);
        assert!(
            s.message
                .as_deref()
                .is_some_and(|m| m.contains("start later"))
        );
        // "Yes, start now anyway": the plan records the change.
        press(&mut s, KeyCode::Char('s'));
        press(&mut s, KeyCode::Char('s'));
        press(&mut s, KeyCode::Char('y'));
        press(&mut s, KeyCode::Char('y'));
        assert_eq!(
            press(&mut s, KeyCode::Char('y')),
            vec![Act::Do(Job::TrialStart {
                expectation: None,
                medicine_change: true
            })]
        );
    }

    #[test]
    fn stopping_asks_first_and_a_note_is_typed() {
        let mut s = during();
        // Not startable while one runs.
        press(&mut s, KeyCode::Char('s'));
        assert_eq!(s.step, Step::Read);
        press(&mut s, KeyCode::Char('x'));
        assert_eq!(s.step, Step::ConfirmStop);
        assert!(press(&mut s, KeyCode::Char('n')).is_empty());
        press(&mut s, KeyCode::Char('x'));
        assert_eq!(
            press(&mut s, KeyCode::Char('y')),
            vec![Act::Do(Job::TrialStop)]
        );
        press(&mut s, KeyCode::Char('n'));
        for c in "flu!x".chars() {
            press(&mut s, KeyCode::Char(c));
        }
        press(&mut s, KeyCode::Backspace);
        assert_eq!(
            press(&mut s, KeyCode::Enter),
            vec![Act::Do(Job::TrialNote("flu!".to_string()))]
        );
        // Before a start there is nothing to stop or note.
        let mut b = before();
        press(&mut b, KeyCode::Char('x'));
        press(&mut b, KeyCode::Char('n'));
        assert_eq!(b.step, Step::Read);
    }

    #[test]
    fn the_plan_is_the_same_text_as_windown_trial() {
        let s = before();
        let all = s.lines(1000).join("\n");
        for l in explain().lines().filter(|l| !l.trim().is_empty()) {
            assert!(all.contains(l.trim()), "missing: {l}");
        }
        let t = screen_text(&s, 80, 24, Look::FULL);
        assert!(t.contains("Does stretching help me?"), "{t}");
    }

    #[test]
    fn snapshots() {
        let mut s = before();
        insta::assert_snapshot!("trial_before_80x24", draw(&s, 80, 24));
        insta::assert_snapshot!("trial_before_40x12", draw(&s, 40, 12));
        press(&mut s, KeyCode::Char('s'));
        press(&mut s, KeyCode::Char('6'));
        insta::assert_snapshot!("trial_expect_40x12", draw(&s, 40, 12));
        press(&mut s, KeyCode::Enter);
        press(&mut s, KeyCode::Char('y'));
        insta::assert_snapshot!("trial_medicine_80x24", draw(&s, 80, 24));
        let d = during();
        insta::assert_snapshot!("trial_during_80x24", draw(&d, 80, 24));
        insta::assert_snapshot!("trial_during_40x12", draw(&d, 40, 12));
        let mut e = TrialScreen::default();
        e.read(
            Ok(Seen::Ended(
                "Result: no clear difference.\n\nIn your weeks with stretching you had about \
                 2 cramps a week; in your weeks without, about 2. That is no clear difference: \
                 it could be chance.\n\nCramps a week   stretching  2.1 ##\n\
                 \x20               rest        2.3 ##\nPairs of weeks pointing to fewer cramps with stretching: 2 of 3.\n\
                 Rate ratio 0.91 (90% interval 0.55 to 1.49); probability stretching weeks had \
                 fewer cramps 0.62; phi 1.00; randomisation p 0.500 (the smallest possible with \
                 3 pairs is 0.125).\nNights recorded: 91 (2 missing). Valid pairs: 3 of 3 \
                 needed.\n"
                    .to_string(),
            )),
            None,
        );
        insta::assert_snapshot!("trial_after_80x24", draw(&e, 80, 24));
        insta::assert_snapshot!("trial_after_40x12", draw(&e, 40, 12));
    }
}
