//! The setup screen: the first run's welcome and questions ([`crate::setup`]), one at a time,
//! each skippable with one key; at the end, what was written. Opened by `windown setup`, and
//! by `windown` itself when there is no config.toml and the welcome was never skipped.
//!
//! Owns the drawing and the keys: the questions, the replies and the files are the setup
//! model's. The sound check is played off the UI thread ([`Job::SetupSound`]), as are the
//! files written ([`Job::SetupWrite`]).

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind};
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::{Act, Cx, Goto, View};
use crate::setup::{self, Ask, Form, Questions, Reply, Then};
use crate::t;
use crate::text;
use crate::tui::keys::{self, Binding, HelpRow, Key, hint, hint_as};
use crate::tui::theme::{self, Look};
use crate::tui::words;
use crate::tui::work::Job;

/// What a key does on the setup screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Go on (the welcome), or take the typed time.
    Next,
    Yes,
    No,
    /// Keep the default and go to the next question.
    Skip,
    /// Leave the setup for the home screen (nothing is written).
    Leave,
    /// The setup is done: to the home screen.
    Home,
    Down,
    Up,
    Help,
}

/// The keys of every question, after the question's own.
pub const COMMON_KEYS: &[Binding<Action>] = &[
    Binding {
        keys: &[Key::Esc],
        action: Action::Leave,
        does: "leave the setup for the home screen (windown setup comes back to it)",
        hint: hint("leave", 2),
    },
    Binding {
        keys: &[Key::Down, Key::PageDown],
        action: Action::Down,
        does: "show more of the text",
        // Kept before the others: what is below may be the urgent line.
        hint: hint_as("↓", "more", 10),
    },
    Binding {
        keys: &[Key::Up, Key::PageUp],
        action: Action::Up,
        does: "back up the text",
        hint: None,
    },
    Binding {
        keys: &[Key::Char('?')],
        action: Action::Help,
        does: "help",
        hint: None,
    },
];

/// The welcome's keys.
pub const READ_KEYS: &[Binding<Action>] = &[
    Binding {
        keys: &[Key::Enter, Key::Char(' ')],
        action: Action::Next,
        does: "go on (a tone plays and a voice speaks)",
        hint: hint("go on", 9),
    },
    Binding {
        keys: &[Key::Char('s')],
        action: Action::Skip,
        does: "skip the sound check",
        hint: hint("skip", 5),
    },
];

/// A yes-or-no question's keys.
pub const YES_NO_KEYS: &[Binding<Action>] = &[
    Binding {
        keys: &[Key::Char('y')],
        action: Action::Yes,
        does: "yes",
        hint: hint("yes", 9),
    },
    Binding {
        keys: &[Key::Char('n')],
        action: Action::No,
        does: "no",
        hint: hint("no", 9),
    },
    Binding {
        keys: &[Key::Char('s'), Key::Enter],
        action: Action::Skip,
        does: "skip: keep the default",
        hint: hint("skip", 5),
    },
];

/// A time's keys (letters, digits, : and Backspace type it).
pub const TIME_KEYS: &[Binding<Action>] = &[Binding {
    keys: &[Key::Enter],
    action: Action::Next,
    does: "take the time typed (nothing typed: skip, keep the default)",
    hint: hint("ok", 9),
}];

/// The end's keys.
pub const DONE_KEYS: &[Binding<Action>] = &[Binding {
    keys: &[Key::Enter, Key::Esc, Key::Char(' ')],
    action: Action::Home,
    does: "to the home screen",
    hint: hint("home", 9),
}];

/// What of the welcome's urgent line is pinned under the rest (left out of the text that
/// scrolls).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pinned {
    Nothing,
    /// The translation (`short`: its short form); its English original (in the same form)
    /// scrolls in its place.
    Translation {
        short: bool,
    },
    /// The line, and its English original when there is one.
    Both,
}

/// The setup screen's text, wrapped: each line, and whether its paragraph goes on below it.
#[derive(Debug, Default)]
struct Body {
    lines: Vec<Line<'static>>,
    goes_on: Vec<bool>,
}

impl Body {
    fn push(&mut self, line: Line<'static>, goes_on: bool) {
        self.lines.push(line);
        self.goes_on.push(goes_on);
    }
}

/// The setup screen's state.
#[derive(Debug, Clone, Default)]
pub struct SetupScreen {
    questions: Questions,
    /// The time being typed.
    typed: String,
    /// Why the last reply was not taken.
    problem: Option<String>,
    /// Lines scrolled past.
    scroll: u16,
    /// The answers were sent to be written.
    finished: bool,
    /// What writing them did (`None`: not back yet).
    said: Option<Result<Vec<String>, String>>,
    /// Opened by `windown` on the first run: leaving it is remembered.
    pub(crate) first_run: bool,
}

impl SetupScreen {
    pub fn new(first_run: bool) -> SetupScreen {
        SetupScreen {
            first_run,
            ..SetupScreen::default()
        }
    }

    /// Whether a time is being typed (letters and digits type rather than act).
    fn typing(&self) -> bool {
        !self.finished && self.questions.ask().is_some_and(|a| a.form() == Form::Time)
    }

    fn table(&self) -> &'static [Binding<Action>] {
        match self.questions.ask() {
            _ if self.finished => DONE_KEYS,
            _ if self.typing() => TIME_KEYS,
            None | Some(Ask::About) => READ_KEYS,
            Some(_) => YES_NO_KEYS,
        }
    }

    /// What writing the answers did.
    pub(crate) fn written(&mut self, said: Result<Vec<String>, String>) {
        self.said = Some(said);
        self.scroll = 0;
    }

    /// What the sound check used (for what to check when it was not heard), and what went
    /// wrong, shown under the question.
    pub(crate) fn sound_played(&mut self, played: setup::sound::Played) {
        self.questions.used = Some(played.used);
        if played.problem.is_some() && !self.finished {
            self.problem = played.problem;
        }
    }

    /// Whether the person said their balance is poor (home selects the seated routine).
    pub(crate) fn balance_poor(&self) -> bool {
        self.questions.answers.balance_poor == Some(true)
    }

    /// The text above the hint line, wrapped to `width`.
    fn body(&self, width: usize) -> Body {
        self.body_with(width, Pinned::Nothing)
    }

    /// The welcome's urgent line, wrapped to `width` (when to get help: never scrolled away on
    /// a small screen, and shown before `s` can skip past it), with its English original
    /// beside an unreviewed translation. Their short forms when the whole would take over half
    /// of `room` lines; the translation alone when both would leave no line for the rest (the
    /// English original then scrolls in its place): each whole, never cut.
    fn urgent(&self, width: usize, room: u16) -> Option<(Vec<Line<'static>>, Pinned)> {
        if self.finished || self.questions.ask() != Some(Ask::About) {
            return None;
        }
        let wrap = |s: &str| text::wrap(s, width);
        let both = |s: &crate::i18n::Safety| -> Vec<String> {
            s.lines().into_iter().flat_map(wrap).collect()
        };
        let mut urgent = crate::relief::urgent();
        let short = both(&urgent).len() > usize::from(room / 2);
        if short {
            urgent = crate::relief::urgent_short();
        }
        let (lines, pinned) = if both(&urgent).len() < usize::from(room) {
            (both(&urgent), Pinned::Both)
        } else {
            (wrap(&urgent.text), Pinned::Translation { short })
        };
        Some((
            lines
                .into_iter()
                .map(|l| Line::styled(l, theme::caution()))
                .collect(),
            pinned,
        ))
    }

    /// [`Self::body`] with the welcome's urgent line in its place, or left out where it is
    /// `pinned` under the rest.
    fn body_with(&self, width: usize, pinned: Pinned) -> Body {
        let mut out = Body::default();
        let para = |text: &str, style, out: &mut Body| {
            let lines = text::wrap(text, width);
            let last = lines.len().saturating_sub(1);
            for (i, l) in lines.into_iter().enumerate() {
                out.push(Line::styled(l, style), i < last);
            }
        };
        if self.finished {
            match &self.said {
                None => para(words::fixed("tui-setup-saving"), theme::dim(), &mut out),
                Some(Ok(lines)) => {
                    para(
                        words::fixed("tui-setup-all-set"),
                        theme::good_heading(),
                        &mut out,
                    );
                    for l in lines {
                        para(&crate::diag::printable(l), Default::default(), &mut out);
                    }
                    para(words::fixed("tui-setup-again"), theme::dim(), &mut out);
                }
                Some(Err(why)) => {
                    para(
                        words::fixed("tui-setup-unchanged"),
                        theme::error_heading(),
                        &mut out,
                    );
                    para(&crate::diag::printable(why), Default::default(), &mut out);
                }
            }
            return out;
        }
        let Some(ask) = self.questions.ask() else {
            return out;
        };
        if ask == Ask::About {
            // The heading first, then what windown is and is not, then what comes next.
            // The language next: short, and in sight on the first screen (how to choose
            // another is no use below the fold).
            para(&ask.question(), theme::bold(), &mut out);
            for l in setup::language_lines() {
                para(&l, theme::dim(), &mut out);
            }
            for p in setup::about() {
                match (p, pinned) {
                    (setup::Para::Urgent(_), Pinned::Translation { .. } | Pinned::Both)
                    | (setup::Para::UrgentEnglish(_), Pinned::Both) => {}
                    (setup::Para::UrgentEnglish(_), Pinned::Translation { short: true }) => {
                        if let Some(l) = crate::relief::urgent_short().english {
                            para(&l, theme::caution(), &mut out);
                        }
                    }
                    (setup::Para::Urgent(l) | setup::Para::UrgentEnglish(l), _) => {
                        para(&l, theme::caution(), &mut out);
                    }
                    (p, _) => para(p.text(), Default::default(), &mut out),
                }
            }
            out.push(Line::raw(""), false);
            para(&t!("setup-sound-next"), theme::dim(), &mut out);
            return out;
        }
        // What to check comes before "Try again?"; an explanation after its question.
        let after = matches!(ask, Ask::Balance | Ask::StartReminders);
        if after {
            para(&self.questions.question(ask), theme::bold(), &mut out);
        }
        let lines = self.questions.lines();
        for l in &lines {
            para(l, Default::default(), &mut out);
        }
        if !after {
            if !lines.is_empty() {
                out.push(Line::raw(""), false);
            }
            para(&self.questions.question(ask), theme::bold(), &mut out);
        }
        if ask.form() == Form::Time {
            out.push(
                Line::styled(
                    text::fit(&format!("> {}_", self.typed), width).into_owned(),
                    theme::selected(),
                ),
                false,
            );
        }
        if let Some(p) = &self.problem {
            para(p, theme::caution(), &mut out);
        }
        out
    }

    /// Carry out a reply: the next question, the sound, or the end.
    fn reply(&mut self, reply: Reply) -> Vec<Act> {
        self.scroll = 0;
        self.typed.clear();
        match self.questions.reply(reply) {
            Then::Ask => {
                self.problem = self
                    .questions
                    .problem
                    .clone()
                    .or(self.questions.notice.clone());
                Vec::new()
            }
            // Played by the worker thread with speech and tones on and unmuted, as `setup
            // --plain` plays it: the check is whether they work.
            Then::PlaySound => vec![Act::Do(Job::SetupSound)],
            Then::Finish => {
                self.finished = true;
                vec![Act::Do(Job::SetupWrite(Box::new(
                    self.questions.answers.clone(),
                )))]
            }
        }
    }
}

impl View for SetupScreen {
    fn render(&self, cx: &Cx, area: Rect, buf: &mut Buffer) {
        if area.height < 3 {
            return;
        }
        let width = usize::from(area.width);
        let (n, of) = self.questions.progress();
        let head = if self.finished {
            words::fixed("tui-setup-title").to_string()
        } else {
            t!(
                "tui-setup-title-of",
                n = n,
                of = of,
                dot = cx.look.dot().trim()
            )
        };
        Line::styled(text::fit(&head, width).into_owned(), theme::title())
            .render(Rect { height: 1, ..area }, buf);
        let mut room = area.height - 3;
        let mut body = self.body(width);
        // The welcome's urgent line when all does not fit: pinned at the bottom, always
        // in sight, the rest scrolling above it.
        if body.lines.len() > usize::from(room)
            && let Some((urgent, pinned)) = self.urgent(width, room)
        {
            let rows = (urgent.len() as u16).min(room.saturating_sub(1));
            room -= rows;
            Paragraph::new(urgent).render(
                Rect {
                    y: area.y + 2 + room,
                    height: rows,
                    ..area
                },
                buf,
            );
            body = self.body_with(width, pinned);
        }
        let max = (body.lines.len() as u16).saturating_sub(room);
        let scroll = self.scroll.min(max);
        let more = scroll < max;
        // A paragraph cut by the bottom of the text ends in "…" (↓ shows the rest).
        let Body { mut lines, goes_on } = body;
        let last = usize::from(scroll + room).saturating_sub(1);
        if more && room > 0 && goes_on.get(last) == Some(&true) {
            let line = &lines[last];
            let shown: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
            lines[last] = Line::styled(
                text::fit(&format!("{}…", shown.trim_end()), width).into_owned(),
                line.style,
            );
        }
        Paragraph::new(lines).scroll((scroll, 0)).render(
            Rect {
                y: area.y + 2,
                height: room,
                ..area
            },
            buf,
        );
        let keys = [self.table(), COMMON_KEYS].concat();
        keys::hint_line(cx.look, &keys, area.width, |a, w| match a {
            Action::Down if !more => None,
            Action::Leave if self.finished => None,
            _ => Some(w),
        })
        .render(
            Rect {
                y: area.bottom() - 1,
                height: 1,
                ..area
            },
            buf,
        );
    }

    fn help(&self, look: Look) -> Vec<HelpRow> {
        let mut rows = keys::help_rows(self.table(), look.unicode);
        rows.extend(keys::help_rows(COMMON_KEYS, look.unicode));
        if self.typing() {
            rows.push(HelpRow {
                keys: words::fixed("tui-setup-typing-keys").into(),
                does: words::key("type the time: 10:30 pm, 22:30"),
            });
        }
        rows
    }

    fn key(&mut self, key: &KeyEvent, _cx: &Cx) -> Vec<Act> {
        let action = keys::action(self.table(), key).or_else(|| keys::action(COMMON_KEYS, key));
        if action.is_none() && self.typing() && key.kind != KeyEventKind::Release {
            match key.code {
                KeyCode::Backspace => {
                    self.typed.pop();
                }
                KeyCode::Char(c)
                    if (c.is_ascii_alphanumeric() || " :.".contains(c))
                        && self.typed.len() < 12 =>
                {
                    self.typed.push(c);
                }
                _ => {}
            }
            return Vec::new();
        }
        match action {
            Some(Action::Down) => {
                self.scroll = self.scroll.saturating_add(1);
                Vec::new()
            }
            Some(Action::Up) => {
                self.scroll = self.scroll.saturating_sub(1);
                Vec::new()
            }
            Some(Action::Help) => vec![Act::Help],
            Some(Action::Home) => vec![Act::Go(Goto::Home)],
            Some(Action::Leave) => {
                let mut out = vec![Act::Go(Goto::Home)];
                if self.first_run && !self.finished {
                    out.push(Act::Do(Job::SetupSkipped));
                }
                out
            }
            Some(Action::Yes) => self.reply(Reply::Yes),
            Some(Action::No) => self.reply(Reply::No),
            Some(Action::Skip) => self.reply(Reply::Skip),
            Some(Action::Next) => {
                let Some(ask) = self.questions.ask() else {
                    return Vec::new();
                };
                match setup::read_reply(ask, &self.typed) {
                    Ok(r) => self.reply(r),
                    Err(why) => {
                        self.problem = Some(why);
                        Vec::new()
                    }
                }
            }
            None => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::screens::tests::{cx, draw, screen_text};
    use ratatui::crossterm::event::KeyModifiers;

    fn press(s: &mut SetupScreen, code: KeyCode) -> Vec<Act> {
        s.key(&KeyEvent::new(code, KeyModifiers::NONE), &cx(Look::FULL))
    }

    fn typed(s: &mut SetupScreen, text: &str) {
        for c in text.chars() {
            press(s, KeyCode::Char(c));
        }
    }

    #[test]
    fn the_welcome_at_both_sizes() {
        let s = SetupScreen::new(true);
        insta::assert_snapshot!("setup_welcome_80x24", draw(&s, 80, 24));
        insta::assert_snapshot!("setup_welcome_40x12", draw(&s, 40, 12));
    }

    /// In en-XA every word is bracketed (tests/it/en_xa_setup.rs checks every question).
    #[test]
    fn the_bedtime_question_and_the_end_in_en_xa() {
        let m = Box::leak(Box::new(crate::i18n::Messages::builtin("en-XA")));
        crate::i18n::scoped(m, || {
            let mut s = SetupScreen::new(true);
            press(&mut s, KeyCode::Char('s'));
            insta::assert_snapshot!("setup_en_xa_question_80x24", draw(&s, 80, 24));
            insta::assert_snapshot!("setup_en_xa_question_40x12", draw(&s, 40, 12));
            s.finished = true;
            s.written(Ok(vec!["wrote /home/a/.config/windown/config.toml".into()]));
            insta::assert_snapshot!("setup_en_xa_done_40x12", draw(&s, 40, 12));
        });
    }

    #[test]
    fn the_urgent_line_is_in_sight_at_40x12_before_a_skip_and_while_scrolling() {
        let mut s = SetupScreen::new(true);
        let shown = |s: &SetupScreen| screen_text(s, 40, 12, Look::FULL);
        assert!(shown(&s).contains("Get urgent"), "{}", shown(&s));
        // The language and how to choose another, on the first screen.
        assert!(shown(&s).contains("setup --lang"), "{}", shown(&s));
        for _ in 0..20 {
            press(&mut s, KeyCode::Down);
            assert!(shown(&s).contains("Get urgent"), "{}", shown(&s));
        }
        // The rest is still reachable by scrolling above it, to its last line.
        assert!(shown(&s).contains("can be skipped."), "{}", shown(&s));
    }

    #[test]
    fn a_whole_setup_by_keys() {
        let mut s = SetupScreen::new(true);
        let acts = press(&mut s, KeyCode::Enter);
        assert!(matches!(&acts[..], [Act::Do(Job::SetupSound)]));
        press(&mut s, KeyCode::Char('y'));
        typed(&mut s, "10:30 pmx");
        press(&mut s, KeyCode::Backspace);
        insta::assert_snapshot!("setup_bedtime_40x12", draw(&s, 40, 12));
        press(&mut s, KeyCode::Enter);
        typed(&mut s, "late");
        press(&mut s, KeyCode::Enter);
        assert!(s.problem.is_some());
        for _ in 0..4 {
            press(&mut s, KeyCode::Backspace);
        }
        typed(&mut s, "7");
        press(&mut s, KeyCode::Enter);
        insta::assert_snapshot!("setup_balance_80x24", draw(&s, 80, 24));
        press(&mut s, KeyCode::Char('y'));
        assert!(s.balance_poor());
        press(&mut s, KeyCode::Char('s'));
        press(&mut s, KeyCode::Char('n'));
        press(&mut s, KeyCode::Enter);
        let acts = press(&mut s, KeyCode::Char('n'));
        let [Act::Do(Job::SetupWrite(a))] = &acts[..] else {
            panic!("{acts:?}");
        };
        assert_eq!(
            a.bedtime.map(|t| t.to_string()).as_deref(),
            Some("22:30:00")
        );
        assert_eq!(a.wake.map(|t| t.to_string()).as_deref(), Some("07:00:00"));
        assert_eq!(a.reminders, [None, Some(false), None]);
        assert_eq!(a.start, Some(false));
        s.written(Ok(vec!["wrote /home/a/.config/windown/config.toml".into()]));
        insta::assert_snapshot!("setup_done_40x12", draw(&s, 40, 12));
        assert_eq!(press(&mut s, KeyCode::Enter), [Act::Go(Goto::Home)]);
    }

    #[test]
    fn sound_not_heard_twice_says_speech_is_off_and_how_to_turn_it_on() {
        let mut s = SetupScreen::new(true);
        press(&mut s, KeyCode::Enter);
        press(&mut s, KeyCode::Char('n'));
        assert!(s.problem.is_none(), "not yet: it offers to try again");
        press(&mut s, KeyCode::Char('n'));
        let shown = draw(&s, 80, 24);
        let squeezed: String = shown
            .lines()
            .map(|l| l.trim().trim_matches('"'))
            .collect::<Vec<_>>()
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(squeezed.contains("Speech and tones are now off"), "{shown}");
        assert!(squeezed.contains("run windown setup again"), "{shown}");
        // Said once: the next answer (Enter skips the bedtime) moves on without it.
        press(&mut s, KeyCode::Enter);
        assert!(s.problem.is_none());
    }

    #[test]
    fn leaving_the_first_run_is_remembered() {
        let mut s = SetupScreen::new(true);
        assert_eq!(
            press(&mut s, KeyCode::Esc),
            [Act::Go(Goto::Home), Act::Do(Job::SetupSkipped)]
        );
        let mut s = SetupScreen::new(false);
        assert_eq!(press(&mut s, KeyCode::Esc), [Act::Go(Goto::Home)]);
    }
}
