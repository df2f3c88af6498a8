//! The home screen: the routines on the left (built-in and the person's own, broken files
//! listed with their error), the selected routine on the right (summary, steps, total time,
//! notes; scrollable), a header line with the streak, last session and last check-in, and the
//! morning question about last night when it is due.
//!
//! Owns the list selection, the scroll position, the header text, a one-line notice and the
//! morning question. What it shows arrives as data (the catalog, the history summary) from
//! work the loop carries out; rendering is a pure function of this state.

use std::borrow::Cow;
use std::cell::RefCell;
use std::time::Duration;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, List, ListItem, ListState, Paragraph, StatefulWidget, Widget, Wrap};

use super::{Act, Cx, Goto, View};
use crate::diag::printable;
use crate::duration;
use crate::history::Cramps;
use crate::routine::content::Shown;
use crate::routine::{Catalog, Origin, Plan, Routine, RoutineKind, Sides, StepKind};
use crate::t;
use crate::text;
use crate::tui::keys::{self, Binding, HelpRow, Key, hint, hint_as};
use crate::tui::theme::{self, Look};
use crate::tui::words;
use crate::tui::work::{Answer, HomeDone, Job};

/// One line of the routine list.
#[derive(Debug, Clone)]
pub enum Entry {
    Routine(Box<Routine>),
    /// A user file that does not load: its name and the error, shown instead of hidden.
    Broken {
        name: String,
        error: String,
        /// The file, to edit it (`e`).
        path: Option<std::path::PathBuf>,
        /// The line of its first mistake (0: none to go to), where `e` opens it.
        line: usize,
    },
}

impl Entry {
    /// The routine's id (a broken file's name).
    fn id(&self) -> &str {
        match self {
            Entry::Routine(r) => &r.id,
            Entry::Broken { name, .. } => name,
        }
    }

    /// The list's line: a routine's title (checked by its reader), or a broken file's name
    /// (from the file system, never checked: escaped).
    fn label(&self) -> Cow<'_, str> {
        match self {
            Entry::Routine(r) => {
                Cow::Owned(crate::routine::content::title(r, crate::i18n::current()))
            }
            Entry::Broken { name, .. } => {
                Cow::Owned(t!("tui-home-broken-label", name = printable(name).as_ref()))
            }
        }
    }

    /// The list from the catalog: loaded routines, and broken files with every problem found
    /// (headline, the line with a caret under the mistake, and hint).
    pub fn from_catalog(catalog: Catalog) -> Vec<Entry> {
        catalog
            .entries
            .into_iter()
            .map(|e| match e.routine {
                Ok(r) => Entry::Routine(Box::new(r)),
                Err(diags) => Entry::Broken {
                    name: e.id,
                    line: diags
                        .iter()
                        .find(|d| !d.is_omitted() && d.source_line.is_some())
                        .map_or(0, |d| d.line),
                    path: match e.origin {
                        Origin::File(p) => Some(p),
                        Origin::BuiltIn => None,
                    },
                    error: diags
                        .iter()
                        .map(|d| d.to_string().trim_end().to_string())
                        .collect::<Vec<_>>()
                        .join("\n"),
                },
            })
            .collect()
    }
}

/// What a key does on the home screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Prev,
    Next,
    First,
    Last,
    ScrollDown,
    ScrollUp,
    Start,
    Edit,
    EditHere,
    Reminders,
    Progress,
    /// The personal experiment screen.
    Trial,
    Cramp,
    /// Reopen the check-in about last night after it was skipped.
    Checkin,
    Help,
    Quit,
}

/// The home screen's keys.
pub const KEYS: &[Binding<Action>] = &[
    Binding {
        keys: &[Key::Up, Key::Char('k')],
        action: Action::Prev,
        does: "previous routine",
        hint: hint_as("↑↓", "choose", 3),
    },
    Binding {
        keys: &[Key::Down, Key::Char('j')],
        action: Action::Next,
        does: "next routine",
        hint: None,
    },
    Binding {
        keys: &[Key::Home],
        action: Action::First,
        does: "first routine",
        hint: None,
    },
    Binding {
        keys: &[Key::End],
        action: Action::Last,
        does: "last routine",
        hint: None,
    },
    Binding {
        keys: &[Key::PageDown, Key::Char('J')],
        action: Action::ScrollDown,
        does: "scroll the details down",
        hint: None,
    },
    Binding {
        keys: &[Key::PageUp, Key::Char('K')],
        action: Action::ScrollUp,
        does: "scroll the details up",
        hint: None,
    },
    Binding {
        keys: &[Key::Enter],
        action: Action::Start,
        does: "start the routine (on a rest evening: a stretching routine asks first, Enter again starts it)",
        hint: hint("start", 9),
    },
    Binding {
        keys: &[Key::Char('e')],
        action: Action::Edit,
        does: "edit the routine in your text editor",
        // Shown where there is room (100 columns); always in the help.
        hint: hint("edit", 0),
    },
    Binding {
        keys: &[Key::Char('E')],
        action: Action::EditHere,
        does: "change holds, reps and steps here, without a text editor",
        hint: None,
    },
    Binding {
        keys: &[Key::Char('r')],
        action: Action::Reminders,
        does: "reminders screen",
        hint: hint("reminders", 1),
    },
    Binding {
        keys: &[Key::Char('g')],
        action: Action::Progress,
        does: "progress screen",
        hint: hint("progress", 2),
    },
    Binding {
        keys: &[Key::Char('t')],
        action: Action::Trial,
        does: "the personal experiment: does stretching help me?",
        hint: hint("experiment", 0),
    },
    Binding {
        keys: &[Key::Char('c')],
        action: Action::Cramp,
        does: "a cramp now: the relief guide",
        hint: hint("cramp", 7),
    },
    Binding {
        keys: &[Key::Char('a')],
        action: Action::Checkin,
        does: "reopen last night's check-in after a skip",
        hint: None,
    },
    Binding {
        keys: &[Key::Char('?')],
        action: Action::Help,
        does: "help",
        hint: hint("help", 8),
    },
    Binding {
        keys: &[Key::Char('q'), Key::Esc, Key::Ctrl('c')],
        action: Action::Quit,
        does: "quit",
        hint: hint("quit", 10),
    },
];

/// The home screen's keys that still act while a morning question is open (its own keys
/// first): the other screens (the box is still there on coming back), the cramp guide (a
/// cramp does not wait), the help, and quitting (which records the answers given so far).
/// No key reaches the list behind the box: it stays as the person saw it.
pub const OVER_THE_QUESTION: &[Action] = &[
    Action::Reminders,
    Action::Progress,
    Action::Trial,
    Action::Cramp,
    Action::Help,
    Action::Quit,
];

/// The morning question's keys, taken before the home screen's while it is shown. Nothing is
/// preselected, so an answer is never given by accident: Enter skips the question (as `s`
/// does), it never starts a routine while the box is open.
pub const CHECKIN_KEYS: &[Binding<Answer>] = &[
    Binding {
        keys: &[Key::Char('n'), Key::Char('1')],
        action: Answer::Cramps(Cramps::None),
        does: "morning question: no cramps last night",
        hint: hint("none", 4),
    },
    Binding {
        keys: &[Key::Char('m'), Key::Char('2')],
        action: Answer::Cramps(Cramps::Mild),
        does: "morning question: mild cramps",
        hint: hint("mild", 3),
    },
    Binding {
        keys: &[Key::Char('b'), Key::Char('3')],
        action: Answer::Cramps(Cramps::Bad),
        does: "morning question: bad cramps",
        hint: hint("bad", 2),
    },
    Binding {
        keys: &[Key::Enter, Key::Char('s'), Key::Esc],
        action: Answer::Skip,
        does: "morning question: skip it for today",
        hint: hint("skip", 1),
    },
];

/// The second morning question, after "mild" or "bad": how many cramps in all?
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HowMany {
    /// A digit of the number (read from the key): up to two, 1 to 99 as `windown checkin
    /// --count` takes.
    Digit,
    /// Take the number typed (or, with none typed, the number logged that night).
    Take,
    /// Take back the last digit typed.
    Erase,
    /// Not answered: the number logged that night, if any, is kept.
    Skip,
}

/// Its keys: digits, then Enter (1 to 99).
pub const HOW_MANY_KEYS: &[Binding<HowMany>] = &[
    Binding {
        keys: &[
            Key::Char('0'),
            Key::Char('1'),
            Key::Char('2'),
            Key::Char('3'),
            Key::Char('4'),
            Key::Char('5'),
            Key::Char('6'),
            Key::Char('7'),
            Key::Char('8'),
            Key::Char('9'),
        ],
        action: HowMany::Digit,
        does: "morning question, after mild or bad: type how many cramps in all (1 to 99)",
        hint: hint_as("0-9", "how many", 3),
    },
    Binding {
        keys: &[Key::Enter],
        action: HowMany::Take,
        does: "morning question, after mild or bad: take the number typed",
        hint: hint("ok", 3),
    },
    Binding {
        keys: &[Key::Backspace],
        action: HowMany::Erase,
        does: "morning question, after mild or bad: take back the last digit",
        hint: hint("erase", 0),
    },
    Binding {
        keys: &[Key::Char('s'), Key::Esc],
        action: HowMany::Skip,
        does: "morning question, after mild or bad: leave the number out (or keep the one logged)",
        hint: hint("skip", 1),
    },
];

/// `typed` with the digit `d` after it: at most 99 (the most `windown checkin --count` takes),
/// never a leading 0.
fn type_digit(typed: Option<u32>, d: char) -> Option<u32> {
    let Some(d) = d.to_digit(10) else {
        return typed;
    };
    match typed {
        None if d == 0 => None,
        None => Some(d),
        Some(n) if n * 10 + d <= 99 => Some(n * 10 + d),
        Some(n) => Some(n),
    }
}

/// The third morning question, after "mild" or "bad": did the cramps wake you?
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Woke {
    Yes,
    No,
    /// Not answered: the check-in is recorded without it.
    Skip,
}

/// Its keys, taken instead of [`CHECKIN_KEYS`] once the first question is answered. Enter
/// leaves it out (as `s` does): the answers given are recorded, no routine starts.
pub const WOKE_KEYS: &[Binding<Woke>] = &[
    Binding {
        keys: &[Key::Char('y')],
        action: Woke::Yes,
        does: "morning question, after mild or bad: the cramps woke me",
        hint: hint("yes", 3),
    },
    Binding {
        keys: &[Key::Char('n')],
        action: Woke::No,
        does: "morning question, after mild or bad: they did not wake me",
        hint: hint("no", 2),
    },
    Binding {
        keys: &[Key::Enter, Key::Char('s'), Key::Esc],
        action: Woke::Skip,
        does: "morning question, after mild or bad: leave that out",
        hint: hint("skip", 1),
    },
];

/// The urgent advice after a warning sign, kept over the details until it is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrgentRead {
    Read,
}

/// The key that puts away the urgent advice after a warning sign (no other key does).
pub const URGENT_KEYS: &[Binding<UrgentRead>] = &[Binding {
    keys: &[Key::Enter],
    action: UrgentRead::Read,
    does: "after a warning sign: I have read the urgent advice (it stays until then)",
    hint: hint("I have read it", 9),
}];

/// The last morning question during a personal experiment: the red flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LegSwollen {
    /// A red flag: the check-in is recorded, the experiment ends and the advice is shown.
    Yes,
    No,
}

/// Its keys, taken once the other answers are given, during an experiment only. Esc is "no",
/// as Enter is at `windown checkin`'s question; here Enter does nothing (a warning sign is
/// never answered by a key pressed to start a routine).
pub const LEG_KEYS: &[Binding<LegSwollen>] = &[
    Binding {
        keys: &[Key::Char('y')],
        action: LegSwollen::Yes,
        does: "morning question, during an experiment: one leg is painful and swollen, warm or red",
        hint: hint("yes", 3),
    },
    Binding {
        keys: &[Key::Char('n'), Key::Esc],
        action: LegSwollen::No,
        does: "morning question, during an experiment: no leg is painful and swollen",
        hint: hint("no", 2),
    },
];

/// The morning question about the night that began on the evening of `night_of`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Checkin {
    pub night_of: chrono::NaiveDate,
    /// The cramps logged that night, as one line ("You logged 2 cramps last night: 03:12
    /// left calf, 05:40 left calf"), shown above the question.
    pub logged: Option<String>,
    /// Whether the cramps woke the person is known already (one was eased with the relief
    /// guide that night): the second question is not asked.
    pub woke_known: bool,
    /// "Mild" or "bad" was answered: the next questions are up.
    pub answered: Option<Cramps>,
    /// The number of cramps that night: the ones logged, until the person answers.
    pub count: Option<u32>,
    /// "How many in all?" has been answered or skipped: "did they wake you?" is up.
    pub counted: bool,
    /// The digits typed so far for "how many in all?" (taken with Enter).
    pub typed: Option<u32>,
    /// The person's evening and night rules: when the morning is, for the box's title.
    pub rules: crate::history::NightRules,
    /// A personal experiment runs: the red-flag question ([`LEG_KEYS`]) comes last.
    pub experiment: bool,
    /// The answers given (the cramps, and whether they woke the person), kept while the
    /// red-flag question is up.
    pub leg_question: Option<(Cramps, Option<bool>)>,
}

/// What the home screen shows and where the cursor is.
#[derive(Debug, Clone, Default)]
pub struct Home {
    pub entries: Vec<Entry>,
    pub selected: usize,
    /// First line shown of the detail pane.
    pub(crate) scroll: u16,
    /// The header line: streak, last session, last check-in (empty until history has one).
    pub header: String,
    /// A one-line message over the details (an error starting a routine, for example),
    /// cleared by the next key.
    pub notice: Option<String>,
    /// The urgent advice after a warning sign (the morning question's leg answered "yes"):
    /// said once, shown first over the details until [`URGENT_KEYS`] puts it away.
    pub(crate) urgent: Option<String>,
    /// The mistake in config.toml (where it is, and what is in force instead), shown over the
    /// details for as long as the mistake is there: a key does not clear it, reading the file
    /// again without a mistake does.
    pub config_problem: Option<String>,
    /// The morning question, shown until answered or skipped.
    pub checkin: Option<Checkin>,
    /// The question after it was skipped (this run, or an earlier one): `a` asks it again.
    pub(crate) reopen: Option<Checkin>,
    /// Cramps often broke the person's sleep lately: the gentle nudge to see a GP, said once
    /// per run over the details, in plain words and no warning colour; cleared by the next key.
    pub nudge: bool,
    /// The six-week check's summary ([`crate::history::six_weeks`]), said like the nudge:
    /// once per run over the details, in plain words; cleared by the next key.
    pub(crate) six_weeks: Option<Vec<String>>,
    /// The notice said on opening a built-in in the editor (where saving writes the person's
    /// copy), taken back once that copy is saved.
    builtin_said: Option<String>,
    /// The list has been read (until then it says so instead of "no routines").
    pub(crate) loaded: bool,
    /// A routine's start was asked for and its figures are being loaded.
    pub(crate) starting: bool,
    /// Counts the lists set, so that the detail prepared for one list is not shown for the
    /// next.
    list: u64,
    /// The selected entry's title and detail lines (its plan worked out), prepared when the
    /// list, the selection or the look changed, not every frame.
    detail: RefCell<Option<Detail>>,
    /// `balance = "poor"` (config.toml or the setup's answer): the detail marks standing steps.
    balance_poor: bool,
    /// The list's lines in the screen's language (the built-in titles translated), prepared
    /// for one list of so many entries in one language.
    labels: RefCell<(ListOf, Vec<String>)>,
    /// Tonight is a rest evening of the personal experiment: the details show the wind-down
    /// as it runs tonight (without its stretches), and a stretching routine starts only at a
    /// second Enter, after a notice says so.
    pub rest_evening: bool,
    /// What tonight is in a running personal experiment (the header's first rows).
    pub experiment: Option<String>,
    /// Enter was pressed once on this stretching routine on a rest evening (the notice shown).
    rest_asked: Option<String>,
}

/// What the list's lines were made for: the list, its length, the language.
type ListOf = (u64, usize, &'static str);

/// The detail pane's text for one entry of one list in one look.
#[derive(Debug, Clone)]
struct Detail {
    of: (u64, usize, Look, bool),
    title: String,
    lines: Vec<Line<'static>>,
}

impl Home {
    pub fn new(entries: Vec<Entry>) -> Home {
        Home {
            entries,
            loaded: true,
            ..Home::default()
        }
    }

    /// The editor saved its file: a notice that the built-in would be copied on saving is
    /// out of date (the copy is in the list now), unless another notice replaced it.
    pub(crate) fn editor_saved(&mut self) {
        if let Some(said) = self.builtin_said.take()
            && self.notice.as_ref() == Some(&said)
        {
            self.notice = None;
        }
    }

    /// The result of work home asked for. `on_top`: home is the screen shown (a start or an
    /// editor that comes back after a key left home starts nothing).
    pub fn done(&mut self, d: HomeDone, cx: &Cx, on_top: bool) -> Vec<Act> {
        match d {
            HomeDone::Catalog(c) => self.set_catalog(c),
            HomeDone::Summary {
                summary,
                at,
                ask,
                rest_evening,
            } => {
                self.rest_evening = rest_evening;
                // What tonight is in an experiment goes whole above the rest.
                self.experiment = summary.experiment.clone();
                let rest = crate::history::HomeSummary {
                    experiment: None,
                    ..(*summary).clone()
                };
                self.header = header_text(&rest, at, cx.look);
                // Said once per run: on the first look, not again after each session.
                if ask {
                    if let Some(n) = summary.note.clone() {
                        self.notice = Some(n);
                    }
                    if summary.checkin_due && self.checkin.is_none() {
                        self.checkin = Some(Checkin::of(&summary, at));
                    }
                    if summary.checkin_skipped {
                        self.reopen = Some(Checkin::of(&summary, at));
                    }
                    self.nudge = summary.nudge;
                    self.six_weeks = summary.six_weeks.clone();
                }
            }
            // Only where it was asked for: a key that left home meanwhile wins, and a second
            // Enter while the first start is on its way starts nothing more.
            HomeDone::Start { routine, figures } => {
                if std::mem::take(&mut self.starting) && on_top {
                    return vec![Act::Begin { routine, figures }];
                }
            }
            HomeDone::NotStarted(why) => {
                self.starting = false;
                self.notice = Some(why);
            }
            HomeDone::Tell(m) => {
                if self.notice.is_none() {
                    self.notice = Some(m);
                }
            }
            // What the cramp guide just recorded: the latest news.
            HomeDone::Recorded(m) => self.notice = Some(m),
            // A warning sign: shown until read, and said (calmly, as the guide says it).
            HomeDone::Urgent(m) => {
                self.urgent = Some(m.clone());
                return vec![Act::SayCalmly(m)];
            }
            HomeDone::Edit { path, line, said } => {
                if let Some(s) = said {
                    self.notice = Some(s);
                }
                if on_top {
                    return vec![Act::Edit { path, line }];
                }
            }
            HomeDone::OpenEditor(Ok(opened)) => {
                if let Some(s) = &opened.said {
                    self.notice = Some(s.clone());
                }
                self.builtin_said.clone_from(&opened.said);
                if on_top {
                    return vec![Act::Go(Goto::Editor(Box::new(opened)))];
                }
            }
            HomeDone::OpenEditor(Err(why)) => self.notice = Some(why.headline()),
        }
        Vec::new()
    }

    /// `balance = "poor"` is in force (or no longer): the detail marks the standing steps.
    pub(crate) fn set_balance_poor(&mut self, poor: bool) {
        if self.balance_poor != poor {
            self.balance_poor = poor;
            *self.detail.get_mut() = None;
        }
    }

    /// Put the cursor on the routine `id` when the list has it (`balance = "poor"` in
    /// config.toml: the seated routine).
    pub fn select(&mut self, id: &str) {
        if let Some(i) = self.entries.iter().position(|e| e.id() == id) {
            self.selected = i;
        }
    }

    /// The routines read again: the list made of them.
    pub(crate) fn set_catalog(&mut self, catalog: Catalog) {
        self.set_entries(Entry::from_catalog(catalog));
    }

    /// A new list (the files changed): the same routine (by id, whatever its title now)
    /// stays selected where it still is.
    pub(crate) fn set_entries(&mut self, entries: Vec<Entry>) {
        let was = self.entries.get(self.selected).map(|e| e.id().to_string());
        self.entries = entries;
        self.list += 1;
        self.loaded = true;
        self.selected = was
            .and_then(|w| self.entries.iter().position(|e| e.id() == w))
            .unwrap_or(self.selected)
            .min(self.entries.len().saturating_sub(1));
    }

    pub(crate) fn select_next(&mut self) {
        if self.selected + 1 < self.entries.len() {
            self.selected += 1;
            self.scroll = 0;
        }
    }

    pub(crate) fn select_prev(&mut self) {
        if self.selected > 0 {
            self.selected -= 1;
            self.scroll = 0;
        }
    }

    pub(crate) fn scroll_by(&mut self, delta: i32) {
        self.scroll = u16::try_from((i32::from(self.scroll) + delta).clamp(0, 10_000)).unwrap_or(0);
    }

    /// The selected routine, when it loads.
    pub(crate) fn selected_routine(&self) -> Option<&Routine> {
        match self.entries.get(self.selected)? {
            Entry::Routine(r) => Some(r),
            Entry::Broken { .. } => None,
        }
    }

    /// What `e` asks for: the selected routine's file (a built-in to be copied first), at
    /// its first mistake's line.
    fn edit_job(&self) -> Option<Job> {
        match self.entries.get(self.selected)? {
            Entry::Routine(r) => Some(Job::Edit {
                id: r.id.to_string(),
                title: r.title.to_string(),
                file: match &r.origin {
                    Origin::File(p) => Some(p.clone()),
                    Origin::BuiltIn => None,
                },
                line: 0,
            }),
            Entry::Broken {
                name,
                path: Some(p),
                line,
                ..
            } => Some(Job::Edit {
                id: name.clone(),
                title: name.clone(),
                file: Some(p.clone()),
                line: *line,
            }),
            Entry::Broken { path: None, .. } => None,
        }
    }

    /// A key for the home screen itself (not the morning question).
    fn home_key(&mut self, key: &KeyEvent) -> Vec<Act> {
        match keys::action(KEYS, key) {
            Some(a) => self.act(a),
            None => Vec::new(),
        }
    }

    /// A key that is none of the open question's: only [`OVER_THE_QUESTION`] acts, and
    /// quitting records what was answered so far (nothing is lost by leaving halfway).
    fn beside_question(&mut self, key: &KeyEvent) -> Vec<Act> {
        let Some(a) = keys::action(KEYS, key).filter(|a| OVER_THE_QUESTION.contains(a)) else {
            return Vec::new();
        };
        let mut acts = Vec::new();
        if a == Action::Quit
            && let Some(job) = self.checkin.as_ref().and_then(Checkin::given)
        {
            self.checkin = None;
            acts.push(Act::Do(job));
        }
        acts.extend(self.act(a));
        acts
    }

    fn act(&mut self, a: Action) -> Vec<Act> {
        match a {
            Action::Prev => self.select_prev(),
            Action::Next => self.select_next(),
            Action::First => {
                self.selected = 0;
                self.scroll = 0;
            }
            Action::Last => {
                self.selected = self.entries.len().saturating_sub(1);
                self.scroll = 0;
            }
            Action::ScrollDown => self.scroll_by(5),
            Action::ScrollUp => self.scroll_by(-5),
            Action::Start if self.starting => {}
            Action::Start => match self.selected_routine() {
                // A rest evening: a stretching routine after a word, at a second Enter.
                Some(r)
                    if self.rest_evening
                        && r.kind == RoutineKind::Stretch
                        && self.rest_asked.as_deref() != Some(r.id.as_str()) =>
                {
                    self.rest_asked = Some(r.id.to_string());
                    self.notice = Some(t!("tui-home-rest-evening-start"));
                }
                Some(r) => {
                    let job = Job::Start(Box::new(r.clone()));
                    self.starting = true;
                    return vec![Act::Do(job)];
                }
                None if !self.entries.is_empty() => {
                    self.notice = Some(t!("tui-home-broken-start"));
                }
                None => {}
            },
            Action::Edit => {
                if let Some(job) = self.edit_job() {
                    return vec![Act::Do(job)];
                }
            }
            Action::EditHere => match self.edit_job() {
                Some(Job::Edit {
                    id, title, file, ..
                }) => return vec![Act::Do(Job::OpenEditor { id, title, file })],
                _ => {
                    self.notice = Some(t!("tui-home-broken-edit"));
                }
            },
            Action::Reminders => return vec![Act::Go(Goto::Reminders)],
            Action::Progress => return vec![Act::Go(Goto::Progress)],
            Action::Trial => return vec![Act::Go(Goto::Trial)],
            Action::Cramp => return vec![Act::Go(Goto::Relief)],
            Action::Checkin => match self.reopen.take() {
                Some(c) => self.checkin = Some(c),
                None => self.notice = Some(t!("tui-home-checkin-answered")),
            },
            Action::Help => return vec![Act::Help],
            Action::Quit => return vec![Act::Quit],
        }
        Vec::new()
    }

    /// The header's rows at `width`, at most `max`: what tonight is in an experiment first,
    /// wrapped (an instruction, never cut but at a tiny size), then the rest on one row, cut
    /// with "…"; without an experiment, that one row.
    fn header_rows(&self, width: u16, max: u16) -> Vec<String> {
        let room = usize::from(width).saturating_sub(" windown  ".len());
        let mut rows = match &self.experiment {
            Some(e) => text::wrap(&printable(e), room),
            None => Vec::new(),
        };
        if !self.header.is_empty() || rows.is_empty() {
            rows.push(text::fit(&printable(&self.header), room).into_owned());
        }
        let max = usize::from(max.max(1));
        if rows.len() > max {
            let rest = rows.split_off(max - 1).join(" ");
            rows.push(text::fit(&rest, room).into_owned());
        }
        rows
    }

    fn render_header(&self, area: Rect, buf: &mut Buffer) {
        if self.experiment.is_none() {
            let room = usize::from(area.width).saturating_sub(" windown  ".len());
            let mut spans = vec![Span::styled(" windown", theme::title())];
            if !self.header.is_empty() {
                spans.push(Span::raw("  "));
                spans.push(Span::raw(
                    text::fit(&printable(&self.header), room).into_owned(),
                ));
            }
            Line::from(spans).render(area, buf);
            return;
        }
        let mut lines = Vec::new();
        for (i, row) in self
            .header_rows(area.width, area.height)
            .into_iter()
            .enumerate()
        {
            let head = if i == 0 { " windown" } else { "        " };
            let mut spans = vec![Span::styled(head, theme::title())];
            if !row.is_empty() {
                spans.push(Span::raw("  "));
                spans.push(Span::raw(row));
            }
            lines.push(Line::from(spans));
        }
        Paragraph::new(lines).render(area, buf);
    }

    fn render_list(&self, look: Look, area: Rect, buf: &mut Buffer) {
        // Inside the borders, after the two-column selection mark.
        let room = usize::from(area.width.saturating_sub(4));
        let mut labels = self.labels.borrow_mut();
        let of = (self.list, self.entries.len(), crate::i18n::current().lang());
        if labels.0 != of || labels.1.len() != self.entries.len() {
            *labels = (
                of,
                self.entries
                    .iter()
                    .map(|e| e.label().into_owned())
                    .collect(),
            );
        }
        let items: Vec<ListItem> = self
            .entries
            .iter()
            .zip(&labels.1)
            .map(|(e, label)| {
                let style = match e {
                    Entry::Routine(r) if r.origin == Origin::BuiltIn => {
                        ratatui::style::Style::new()
                    }
                    Entry::Routine(_) => theme::own(),
                    Entry::Broken { .. } => theme::error(),
                };
                ListItem::new(Line::styled(text::fit(label, room), style))
            })
            .collect();
        let items = if items.is_empty() {
            let empty = if self.loaded {
                words::fixed("tui-home-no-routines")
            } else {
                words::fixed("tui-home-reading")
            };
            vec![ListItem::new(Line::styled(empty, theme::dim()))]
        } else {
            items
        };
        let list = List::new(items)
            .block(theme::panel(look, words::fixed("tui-home-routines")))
            .highlight_symbol(if look.unicode { "▶ " } else { "> " })
            .highlight_style(theme::selected());
        let mut state = ListState::default().with_selected(Some(self.selected));
        StatefulWidget::render(list, area, buf, &mut state);
    }

    /// The selected entry's title and lines as the detail pane shows them.
    fn detail_of(&self, look: Look) -> Detail {
        let (title, lines) = match self.entries.get(self.selected) {
            None if !self.loaded => (t!("tui-home-routine"), Vec::new()),
            None => (
                t!("tui-home-routine"),
                vec![Line::raw(t!("tui-home-none-to-show"))],
            ),
            Some(Entry::Broken { name, error, .. }) => (printable(name).into_owned(), {
                let mut l = vec![
                    Line::styled(t!("tui-home-broken"), theme::error()),
                    Line::raw(""),
                ];
                l.extend(error.lines().map(|e| Line::raw(printable(e).into_owned())));
                l.push(Line::raw(""));
                l.push(Line::styled(t!("tui-home-broken-hint"), theme::dim()));
                l
            }),
            Some(Entry::Routine(r)) => (
                crate::routine::content::title(r, crate::i18n::current()),
                if self.rest_evening {
                    rest_evening_lines(r, look, self.balance_poor)
                } else {
                    routine_lines(r, look, self.balance_poor)
                },
            ),
        };
        Detail {
            of: (self.list, self.selected, look, self.rest_evening),
            title: printable(&title).into_owned(),
            lines,
        }
    }

    fn render_detail(&self, look: Look, area: Rect, buf: &mut Buffer) {
        let mut prepared = self.detail.borrow_mut();
        let of = (self.list, self.selected, look, self.rest_evening);
        if prepared.as_ref().is_none_or(|d| d.of != of) {
            *prepared = Some(self.detail_of(look));
        }
        let Some(detail) = prepared.as_ref() else {
            return;
        };
        let mut lines = Vec::with_capacity(detail.lines.len() + 8);
        if let Some(u) = &self.urgent {
            lines.push(Line::styled(printable(u).into_owned(), theme::error()));
            lines.push(Line::raw(""));
        }
        if let Some(p) = &self.config_problem {
            lines.push(Line::styled(printable(p).into_owned(), theme::error()));
            lines.push(Line::raw(""));
        }
        // The draft notice: first where the pane has room for it and the routine, else last
        // (scrolled to), so a small window still shows the routine.
        let draft = words::draft_notice();
        let draft_first = area.height >= 16;
        if let Some(d) = draft.filter(|_| draft_first) {
            lines.push(Line::styled(d, theme::dim()));
            lines.push(Line::raw(""));
        }
        if let Some(n) = &self.notice {
            lines.push(Line::styled(printable(n).into_owned(), theme::error()));
            lines.push(Line::raw(""));
        }
        if self.nudge {
            lines.push(Line::raw(crate::history::stats::NUDGE.join(" ")));
            lines.push(Line::raw(""));
        }
        if let Some(six) = &self.six_weeks {
            lines.push(Line::raw(six.join(" ")));
            lines.push(Line::raw(""));
        }
        lines.extend(detail.lines.iter().map(borrowed));
        if let Some(d) = draft.filter(|_| !draft_first) {
            lines.push(Line::raw(""));
            lines.push(Line::styled(d, theme::dim()));
        }
        // The title on the border, leaving its corners and spaces.
        let title = text::fit(&detail.title, usize::from(area.width.saturating_sub(4)));
        Paragraph::new(lines)
            .block(theme::panel(look, &title))
            .wrap(Wrap { trim: false })
            .scroll((self.scroll, 0))
            .render(area, buf);
    }

    /// The morning question, above the key line over the bottom of the panels.
    fn render_checkin(&self, c: &Checkin, cx: &Cx, area: Rect, buf: &mut Buffer) {
        let look = cx.look;
        let extra = u16::from(c.logged.is_some() && area.height >= 12);
        // Wider with the cramps logged, so two of them fit on their line at 80 columns.
        let w = area.width.min(if extra == 1 { 72 } else { 60 });
        let block = theme::panel(look, checkin_title(&c.rules, cx.wall.fixed_offset()));
        // The panel's inside, as wide as it will be whatever the box's height.
        let inner_w = block.inner(Rect::new(0, 0, w, 3)).width;
        if inner_w < 4 {
            return;
        }
        let question = if c.leg_question.is_some() {
            if inner_w >= 46 {
                words::fixed("tui-home-leg-question")
            } else {
                // Narrow: every sign still named, fewer words.
                words::fixed("tui-home-leg-short")
            }
            .to_string()
        } else if c.answered.is_some() && !c.counted {
            match (c.typed, c.count) {
                (Some(typed), _) => t!("tui-home-how-many-typed", n = typed),
                (None, Some(n)) => t!("tui-home-how-many-logged", n = n),
                (None, None) => t!("tui-home-how-many"),
            }
        } else if c.answered.is_some() {
            t!("tui-home-woke")
        } else if inner_w >= 44 {
            t!("tui-home-ask-last-night", date = short_date(c.night_of))
        } else {
            // Narrow: fewer words, never the date (at 03:00 "last night" alone is not clear).
            t!("tui-home-ask-night-of", date = short_date(c.night_of))
        };
        // The question one column in, as the hint line's keys are; wrapped, never cut (the
        // red-flag question must be read whole before y or n): the box grows upwards.
        let room = usize::from(inner_w - 1);
        let rows = text::wrap(&question, room);
        let more = u16::try_from(rows.len() - 1).unwrap_or(u16::MAX);
        let a = Rect {
            x: area.x + (area.width - w) / 2,
            y: area.bottom().saturating_sub(5 + extra + more).max(area.y),
            width: w,
            height: (4 + extra + more).min(area.height),
        };
        Clear.render(a, buf);
        let inner = block.inner(a);
        block.render(a, buf);
        if inner.height == 0 {
            return;
        }
        let mut inner = inner;
        if extra == 1
            && let Some(l) = &c.logged
        {
            buf.set_string(
                inner.x + 1,
                inner.y,
                text::fit(l, room),
                ratatui::style::Style::new(),
            );
            inner.y += 1;
            inner.height -= 1;
        }
        // Only at a tiny height, with no room for every row, is the question cut.
        let shown = rows.len().min(usize::from(inner.height));
        for (i, row) in (0u16..).zip(rows.iter().take(shown)) {
            let row = if usize::from(i) + 1 == shown && shown < rows.len() {
                text::fit(&rows[shown - 1..].join(" "), room).into_owned()
            } else {
                row.clone()
            };
            Line::from(Span::styled(row, theme::bold())).render(
                Rect {
                    x: inner.x + 1,
                    y: inner.y + i,
                    width: inner.width - 1,
                    height: 1,
                },
                buf,
            );
        }
        let q_h = u16::try_from(shown).unwrap_or(u16::MAX);
        if inner.height > q_h {
            let hints = if c.leg_question.is_some() {
                keys::hint_line(look, LEG_KEYS, inner.width, |_, w| Some(w))
            } else if c.answered.is_some() && !c.counted {
                keys::hint_line(look, HOW_MANY_KEYS, inner.width, |_, w| Some(w))
            } else if c.answered.is_some() {
                keys::hint_line(look, WOKE_KEYS, inner.width, |_, w| Some(w))
            } else {
                keys::hint_line(look, CHECKIN_KEYS, inner.width, |_, w| Some(w))
            };
            hints.render(
                Rect {
                    y: inner.y + q_h,
                    height: 1,
                    ..inner
                },
                buf,
            );
        }
    }
}

impl View for Home {
    fn render(&self, cx: &Cx, area: Rect, buf: &mut Buffer) {
        let look = cx.look;
        let header_h = if self.experiment.is_none() {
            1
        } else {
            self.header_rows(area.width, (area.height / 4).max(1)).len() as u16
        };
        let [header, body, keys_a] = Layout::vertical([
            Constraint::Length(header_h),
            Constraint::Min(3),
            Constraint::Length(1),
        ])
        .areas(area);
        self.render_header(header, buf);
        let list_w = if area.width >= 60 { 26 } else { area.width / 2 };
        let [left, right] =
            Layout::horizontal([Constraint::Length(list_w), Constraint::Min(10)]).areas(body);
        self.render_list(look, left, buf);
        self.render_detail(look, right, buf);
        if let Some(c) = &self.checkin {
            self.render_checkin(c, cx, area, buf);
        }
        if self.urgent.is_some() {
            keys::hint_line(look, URGENT_KEYS, keys_a.width, |_, w| Some(w)).render(keys_a, buf);
        } else {
            // Under a question only the keys that still act there.
            let open = self.checkin.is_some();
            keys::hint_line(look, KEYS, keys_a.width, |a, w| {
                (!open || OVER_THE_QUESTION.contains(&a)).then_some(w)
            })
            .render(keys_a, buf);
        }
    }

    /// The keys that work now: with a question open, its own keys, then the home keys that
    /// still act over it ([`OVER_THE_QUESTION`]) by the keys the question leaves them (`Esc`
    /// answers the question, so it is not listed for quitting).
    fn help(&self, look: Look) -> Vec<HelpRow> {
        let u = look.unicode;
        let (mut rows, taken): (Vec<HelpRow>, Vec<Key>) = match &self.checkin {
            Some(c) if c.leg_question.is_some() => (
                keys::help_rows(LEG_KEYS, u),
                keys::keys_of(LEG_KEYS).collect(),
            ),
            Some(c) if c.answered.is_some() && !c.counted => (
                keys::help_rows(HOW_MANY_KEYS, u),
                keys::keys_of(HOW_MANY_KEYS).collect(),
            ),
            Some(c) if c.answered.is_some() => (
                keys::help_rows(WOKE_KEYS, u),
                keys::keys_of(WOKE_KEYS).collect(),
            ),
            Some(_) => (
                keys::help_rows(CHECKIN_KEYS, u),
                keys::keys_of(CHECKIN_KEYS).collect(),
            ),
            None => (Vec::new(), Vec::new()),
        };
        let open = self.checkin.is_some();
        rows.extend(keys::help_rows_beside(
            KEYS,
            |a| !open || OVER_THE_QUESTION.contains(&a),
            &taken,
            u,
        ));
        if self.urgent.is_some() {
            rows.extend(keys::help_rows(URGENT_KEYS, u));
        }
        rows
    }

    fn key(&mut self, key: &KeyEvent, _cx: &Cx) -> Vec<Act> {
        if self.urgent.is_some() && keys::action(URGENT_KEYS, key).is_some() {
            self.urgent = None;
            return Vec::new();
        }
        self.notice = None;
        self.nudge = false;
        self.six_weeks = None;
        // The rest evening's question stands for the very next key only.
        let asked = self.rest_asked.take();
        if keys::action(KEYS, key) == Some(Action::Start) && self.checkin.is_none() {
            self.rest_asked = asked;
        }
        if let Some(c) = &mut self.checkin {
            // The last answer: recorded at once, or, during an experiment, after the red-flag
            // question.
            let done = |c: &mut Checkin, cramps: Cramps, woke: Option<bool>| {
                if c.experiment {
                    c.leg_question = Some((cramps, woke));
                    return None;
                }
                Some(vec![Act::Do(Job::Checkin {
                    night_of: c.night_of,
                    answer: Answer::Cramps(cramps),
                    count: c.count,
                    woke,
                    red_flag: false,
                })])
            };
            if let Some((cramps, woke)) = c.leg_question {
                let Some(a) = keys::action(LEG_KEYS, key) else {
                    return self.beside_question(key);
                };
                let acts = vec![Act::Do(Job::Checkin {
                    night_of: c.night_of,
                    answer: Answer::Cramps(cramps),
                    count: c.count.filter(|_| cramps.is_cramp_night()),
                    woke,
                    red_flag: a == LegSwollen::Yes,
                })];
                self.checkin = None;
                return acts;
            }
            match c.answered {
                Some(_) if !c.counted => match keys::action(HOW_MANY_KEYS, key) {
                    Some(HowMany::Digit) => {
                        if let KeyCode::Char(d) = key.code {
                            c.typed = type_digit(c.typed, d);
                        }
                        return Vec::new();
                    }
                    Some(HowMany::Erase) => {
                        c.typed = c.typed.map(|n| n / 10).filter(|&n| n > 0);
                        return Vec::new();
                    }
                    Some(HowMany::Take) => match c.typed.take() {
                        Some(n) => {
                            c.count = Some(n);
                            c.counted = true;
                        }
                        // Nothing typed: the number logged that night, when there is one.
                        None if c.count.is_some() => c.counted = true,
                        None => return Vec::new(),
                    },
                    Some(HowMany::Skip) => {
                        c.typed = None;
                        c.counted = true;
                    }
                    None => return self.beside_question(key),
                },
                Some(_) if c.counted && c.woke_known => {}
                Some(cramps) => {
                    if let Some(w) = keys::action(WOKE_KEYS, key) {
                        let woke = match w {
                            Woke::Yes => Some(true),
                            Woke::No => Some(false),
                            Woke::Skip => None,
                        };
                        if let Some(acts) = done(c, cramps, woke) {
                            self.checkin = None;
                            return acts;
                        }
                        return Vec::new();
                    }
                    return self.beside_question(key);
                }
                None => match keys::action(CHECKIN_KEYS, key) {
                    Some(Answer::Cramps(cr)) if cr.is_cramp_night() => {
                        c.answered = Some(cr);
                        return Vec::new();
                    }
                    Some(Answer::Cramps(cr)) if c.experiment => {
                        c.count = None;
                        c.leg_question = Some((cr, None));
                        return Vec::new();
                    }
                    Some(answer) => {
                        let acts = vec![Act::Do(Job::Checkin {
                            night_of: c.night_of,
                            answer,
                            count: None,
                            woke: None,
                            red_flag: false,
                        })];
                        let asked = self.checkin.take();
                        if answer == Answer::Skip {
                            self.reopen = asked;
                        } else if let Some(n) = asked.and_then(|c| c.count) {
                            // "None" over cramps logged that night: both stand, and it is said.
                            self.notice = Some(t!("history-checkin-none-logged", n = n));
                        }
                        return acts;
                    }
                    None => return self.beside_question(key),
                },
            }
            // Counted, and whether they woke the person is known: done.
            if c.counted
                && c.woke_known
                && let Some(cramps) = c.answered
                && let Some(acts) = done(c, cramps, None)
            {
                self.checkin = None;
                return acts;
            }
            return Vec::new();
        }
        self.home_key(key)
    }
}

/// The check-in box's title at `at`: "Good morning" in the morning of the person's evening
/// and night rules (from 3 hours before wake time until 3 hours after it: 04:00 to 10:00 with
/// the default 07:00 wake), "Last night" the rest of the day (never "Good morning" at 18:43).
pub(crate) fn checkin_title(
    rules: &crate::history::NightRules,
    at: chrono::DateTime<chrono::FixedOffset>,
) -> &'static str {
    if rules.place(at).part == crate::history::night::Part::Morning {
        words::fixed("tui-home-good-morning")
    } else {
        words::fixed("tui-home-last-night")
    }
}

impl Checkin {
    /// What was answered so far, to record when the person leaves halfway: the cramps, the
    /// number (taken, or typed and not yet taken), whether they woke the person if answered.
    /// `None` before the first answer, and during an experiment before the red-flag question
    /// is answered: a check-in recorded without it would stand for "no" (the experiment goes
    /// on), so nothing is recorded and the whole question is asked again at the next open (a
    /// night not answered by noon is missing, never "no cramps").
    fn given(&self) -> Option<Job> {
        if self.experiment {
            return None;
        }
        let (cramps, woke) = match (self.leg_question, self.answered) {
            (Some(given), _) => given,
            (None, Some(cramps)) => (cramps, None),
            (None, None) => return None,
        };
        let count = if self.counted {
            self.count
        } else {
            self.typed.or(self.count)
        };
        Some(Job::Checkin {
            night_of: self.night_of,
            answer: Answer::Cramps(cramps),
            count: count.filter(|_| cramps.is_cramp_night()),
            woke,
            red_flag: false,
        })
    }

    /// The question about the latest night that is over, from the home summary at `at`.
    pub(crate) fn of(
        summary: &crate::history::HomeSummary,
        at: chrono::DateTime<chrono::FixedOffset>,
    ) -> Checkin {
        let night_of = summary.rules.last_night_over(at);
        Checkin {
            night_of,
            logged: crate::history::record::logged_line(&summary.last_night_cramps, "last"),
            woke_known: summary
                .last_night_cramps
                .iter()
                .any(|c| c.relief_seconds.is_some()),
            answered: None,
            count: Some(summary.last_night_cramps.len() as u32).filter(|&n| n > 0),
            counted: false,
            typed: None,
            rules: summary.rules,
            // After noon the night no longer counts for the experiment: its questions are not
            // asked as if it did (the answer is recorded and said to be too late).
            experiment: summary.experiment.is_some()
                && crate::trial::plan::Trial::in_time(night_of, at),
            leg_question: None,
        }
    }
}

/// A prepared line, drawn without copying its text.
fn borrowed<'a>(l: &'a Line<'_>) -> Line<'a> {
    Line {
        style: l.style,
        alignment: l.alignment,
        spans: l
            .spans
            .iter()
            .map(|s| Span::styled(s.content.as_ref(), s.style))
            .collect(),
    }
}

/// The header line from the history: streak, last session, last night's check-in. Empty
/// when nothing is recorded yet.
pub fn header_text(
    h: &crate::history::HomeSummary,
    now: chrono::DateTime<chrono::FixedOffset>,
    look: Look,
) -> String {
    let today = now.date_naive();
    let day = |d: chrono::NaiveDate| {
        if d == today {
            t!("tui-home-today")
        } else if Some(d) == today.pred_opt() {
            t!("tui-home-yesterday")
        } else {
            short_date(d)
        }
    };
    let mut parts = Vec::new();
    // First, so that a narrow screen cuts the rest rather than this.
    if let Some(e) = &h.experiment {
        parts.push(e.clone());
    }
    if h.streak > 0 {
        parts.push(t!("tui-home-streak", n = h.streak));
    }
    if let Some(s) = &h.last_session {
        parts.push(t!(
            "tui-home-last-session",
            day = day(s.started.date_naive()),
            time = crate::i18n::clock(crate::i18n::current(), s.started.time()),
            stopped = if s.finished { "no" } else { "yes" }
        ));
    }
    if let Some(c) = &h.last_checkin {
        let cramps = c.cramps.word();
        // The night that is over by the history's evening rule: at 01:54 that is still the
        // night before yesterday's evening, not the one the person is in.
        if c.night_of == h.rules.last_night_over(now) {
            parts.push(t!("tui-home-checkin-last-night", cramps = cramps));
        } else {
            parts.push(t!(
                "tui-home-checkin-night-of",
                date = short_date(c.night_of),
                cramps = cramps
            ));
        }
    }
    parts.join(look.dot())
}

/// A date as the header and the morning question show it: "Mon 7 Dec".
fn short_date(d: chrono::NaiveDate) -> String {
    use chrono::Datelike as _;
    let m = crate::i18n::current();
    let weekday = m.tr(
        "tui-weekday-short",
        &[("day", (d.weekday().num_days_from_monday() + 1).into())],
    );
    let month = m.tr("tui-month-short", &[("month", d.month().into())]);
    t!(
        "tui-date-short",
        weekday = weekday,
        day = d.day(),
        month = month
    )
}

/// The detail pane text of a routine on a rest evening of the experiment: what tonight is
/// first, then the routine as it runs tonight (a wind-down without its stretches).
fn rest_evening_lines(r: &Routine, look: Look, balance_poor: bool) -> Vec<Line<'static>> {
    let (note, lines) = if r.kind == RoutineKind::WindDown {
        let tonight = crate::session::tonight::without_stretches(r.clone());
        (
            t!("tui-home-rest-evening-wind-down"),
            routine_lines(&tonight, look, balance_poor),
        )
    } else {
        (
            t!("tui-home-rest-evening-stretch"),
            routine_lines(r, look, balance_poor),
        )
    };
    let mut out = vec![Line::styled(note, theme::caution()), Line::raw("")];
    out.extend(lines);
    out
}

/// The detail pane text of a routine; `balance_poor` marks its standing steps.
pub(crate) fn routine_lines(r: &Routine, look: Look, balance_poor: bool) -> Vec<Line<'static>> {
    let plan = Plan::of(r);
    let m = crate::i18n::current();
    let shown = Shown::of(r, m);
    let dot = look.dot();
    let mut out = Vec::new();
    let steps = u64::try_from(r.steps.len()).unwrap_or(u64::MAX);
    let mut facts = format!(
        "{}{dot}{}{dot}{}",
        minutes(plan.total),
        t!("tui-home-steps", n = steps),
        t!("tui-home-kind", kind = r.kind.as_str())
    );
    if plan.tasks > 0 {
        facts.push_str(dot);
        facts.push_str(&t!("tui-home-untimed", n = plan.tasks));
    }
    if let Origin::File(p) = &r.origin {
        facts.push_str(&format!("{dot}{}", p.display()));
    }
    out.push(Line::styled(printable(&facts).into_owned(), theme::dim()));
    // Before the summary, so that a small terminal shows it too.
    let standing = |s: &crate::routine::Step| {
        balance_poor && s.position == Some(crate::routine::Position::Standing)
    };
    if r.steps.iter().any(standing) {
        out.push(Line::raw(""));
        out.push(Line::styled(t!("tui-home-standing-line"), theme::caution()));
    }
    if let Some(s) = &shown.summary {
        out.push(Line::raw(""));
        out.extend(crate::session::text_lines(s).into_iter().map(Line::raw));
    }
    out.push(Line::raw(""));
    out.push(Line::styled(t!("tui-home-steps-heading"), theme::title()));
    for (i, s) in r.steps.iter().enumerate() {
        let mut line = vec![
            Span::raw(format!("{:>2}. ", i + 1)),
            Span::raw(printable(&shown.step(i).title).into_owned()),
        ];
        if standing(s) {
            line.push(Span::styled(
                format!("  {}", t!("tui-home-standing")),
                theme::caution(),
            ));
        }
        line.push(Span::styled(format!("  {}", step_shape(s)), theme::dim()));
        out.push(Line::from(line));
    }
    // A built-in routine's notes are English prose: in another language, their safety
    // paragraph (a message) stands for them.
    let notes = match &r.notes {
        Some(_) if r.origin == Origin::BuiltIn && m.lang() != "en" => {
            crate::session::script::safety_in(m, r)
        }
        Some(n) => crate::session::text_lines(n),
        None => Vec::new(),
    };
    if !notes.is_empty() {
        out.push(Line::raw(""));
        out.push(Line::styled(t!("tui-home-notes-heading"), theme::title()));
        out.extend(notes.into_iter().map(Line::raw));
    }
    out
}

/// "3 x 30s, each side", "task".
pub(crate) fn step_shape(s: &crate::routine::Step) -> String {
    if s.kind == StepKind::Task {
        return t!("tui-home-task");
    }
    let time = if s.reps > 1 {
        t!(
            "tui-home-reps",
            reps = s.reps,
            hold = duration::shown(s.duration)
        )
    } else {
        duration::shown(s.duration)
    };
    let sides = match s.sides {
        Sides::None => "none",
        Sides::Both => "both",
        Sides::Left => "left",
        Sides::Right => "right",
    };
    t!("tui-home-shape", time = time, sides = sides)
}

/// "about 12 min", "45 s".
pub(crate) fn minutes(d: Duration) -> String {
    let s = d.as_secs();
    if s < 60 {
        t!("tui-home-seconds", n = s)
    } else {
        t!("tui-home-minutes", n = s.div_ceil(60))
    }
}

#[cfg(test)]
mod checkin_tests {
    use super::*;
    use chrono::TimeZone as _;
    use ratatui::crossterm::event::KeyModifiers;

    fn cx() -> Cx {
        Cx {
            look: Look::FULL,
            now: std::time::Instant::now(),
            wall: chrono::Local
                .with_ymd_and_hms(2026, 11, 24, 18, 43, 0)
                .single()
                .expect("a valid local time"),
            muted: false,
        }
    }

    fn press(h: &mut Home, c: char) -> Vec<Act> {
        h.key(&KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE), &cx())
    }

    #[test]
    fn end_and_home_go_to_the_last_and_first_routine() {
        let tmp = tempfile::tempdir().expect("a temporary folder");
        let dirs = crate::paths::Dirs::under(tmp.path());
        let mut h = Home::new(Entry::from_catalog(Catalog::load(&dirs)));
        let n = h.entries.len();
        assert!(n > 2, "the built-in routines: {n}");
        let end = KeyEvent::new(KeyCode::End, KeyModifiers::NONE);
        let home = KeyEvent::new(KeyCode::Home, KeyModifiers::NONE);
        h.key(&end, &cx());
        assert_eq!(h.selected, n - 1);
        h.key(&home, &cx());
        assert_eq!(h.selected, 0);
        let help: Vec<String> = h.help(Look::FULL).iter().map(|r| r.keys.clone()).collect();
        assert!(help.contains(&"End".to_string()), "{help:?}");
        assert!(help.contains(&"Home".to_string()), "{help:?}");
    }

    /// At 40x12 the question keeps the night's date (at 03:00 "last night" alone is not clear).
    #[test]
    fn the_checkin_keeps_its_date_at_forty_columns() {
        let h = Home {
            checkin: Some(Checkin {
                night_of: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
                ..Checkin::default()
            }),
            loaded: true,
            ..Home::default()
        };
        let t = crate::tui::screens::tests::screen_text(&h, 40, 12, Look::FULL);
        assert!(t.contains("Leg cramps, night of Mon 23 Nov?"), "{t}");
        let t = crate::tui::screens::tests::screen_text(&h, 80, 24, Look::FULL);
        assert!(t.contains("Leg cramps last night (Mon 23 Nov)?"), "{t}");
    }

    /// The red-flag question is read whole before y or n: in German, longer than the box is
    /// wide at 80x24 and at 40x12, it wraps over more rows and the box grows, never "…".
    #[test]
    fn the_red_flag_question_wraps_whole_in_german_at_80x24_and_40x12() {
        static DE: std::sync::OnceLock<crate::i18n::Messages> = std::sync::OnceLock::new();
        let m = DE.get_or_init(|| crate::i18n::Messages::builtin("de"));
        crate::i18n::scoped(m, || {
            let h = Home {
                checkin: Some(Checkin {
                    night_of: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
                    experiment: true,
                    answered: Some(Cramps::Mild),
                    counted: true,
                    leg_question: Some((Cramps::Mild, Some(true))),
                    ..Checkin::default()
                }),
                loaded: true,
                ..Home::default()
            };
            for (w, h_, id, first, last) in [
                (80, 24, "tui-home-leg-question", "Ist ein Bein", "gerötet?"),
                (40, 12, "tui-home-leg-short", "Ein Bein", "rot?"),
            ] {
                let screen = crate::tui::screens::tests::draw(&h, w, h_);
                let rows: Vec<&str> = screen.lines().collect();
                let start = rows
                    .iter()
                    .position(|r| r.contains(first))
                    .unwrap_or_else(|| panic!("{w}x{h_}: no question\n{screen}"));
                let end = start
                    + rows[start..]
                        .iter()
                        .position(|r| r.contains(last))
                        .unwrap_or_else(|| panic!("{w}x{h_}: the question cut\n{screen}"));
                let box_rows = &rows[start..=end];
                assert!(end > start, "{w}x{h_}: wrapped over rows\n{screen}");
                assert!(
                    box_rows.iter().all(|r| !r.contains('…')),
                    "{w}x{h_}: cut\n{screen}"
                );
                // Every word of the question, in order, and the keys to answer it below.
                // The box's inside, from the question's first column on (one cell a char).
                let col = rows[start].chars().count()
                    - rows[start][rows[start].find(first).unwrap()..]
                        .chars()
                        .count();
                let room = usize::from(w.min(60)) - 3;
                let said: String = box_rows
                    .iter()
                    .map(|r| r.chars().skip(col).take(room).collect::<String>())
                    .collect::<Vec<_>>()
                    .join(" ");
                let said: Vec<&str> = said.split_whitespace().collect();
                let whole: Vec<&str> = words::fixed(id).split_whitespace().collect();
                assert!(
                    said.windows(whole.len()).any(|s| s == whole.as_slice()),
                    "{w}x{h_}: {whole:?} in {said:?}\n{screen}"
                );
                assert!(
                    rows[end + 1].contains("y ja"),
                    "{w}x{h_}: the keys\n{screen}"
                );
            }
        });
    }

    #[test]
    fn the_title_follows_the_time_of_day_by_the_night_rules() {
        use chrono::TimeZone;
        let at = |h, m| {
            chrono::FixedOffset::east_opt(3600)
                .unwrap()
                .with_ymd_and_hms(2026, 12, 1, h, m, 0)
                .unwrap()
        };
        let t = |h: u32, m: u32| chrono::NaiveTime::from_hms_opt(h, m, 0).unwrap();
        // Defaults: wake 07:00, so the morning is 04:00 to 10:00.
        let usual = crate::history::NightRules::default();
        assert_eq!(checkin_title(&usual, at(3, 59)), "Last night");
        assert_eq!(checkin_title(&usual, at(4, 0)), "Good morning");
        assert_eq!(checkin_title(&usual, at(7, 0)), "Good morning");
        assert_eq!(checkin_title(&usual, at(9, 59)), "Good morning");
        assert_eq!(checkin_title(&usual, at(10, 0)), "Last night");
        assert_eq!(checkin_title(&usual, at(18, 43)), "Last night");
        assert_eq!(checkin_title(&usual, at(2, 0)), "Last night");
        // A late riser (wake 10:30, bed 01:30): the morning is 07:30 to 13:30.
        let late = crate::history::NightRules::new(t(10, 30), t(1, 30), 3);
        assert_eq!(checkin_title(&late, at(7, 0)), "Last night");
        assert_eq!(checkin_title(&late, at(12, 0)), "Good morning");
        // An early riser (wake 05:00): the morning is 02:00 to 08:00.
        let early = crate::history::NightRules::new(t(5, 0), t(21, 0), 3);
        assert_eq!(checkin_title(&early, at(2, 30)), "Good morning");
        assert_eq!(checkin_title(&early, at(9, 0)), "Last night");
    }

    #[test]
    fn the_six_week_check_shows_over_the_details_until_a_key() {
        let said = "If your cramps are no better, talk to your doctor.";
        let mut h = Home {
            six_weeks: Some(vec![
                "Six weeks since your first evening routine.".into(),
                said.into(),
            ]),
            loaded: true,
            ..Home::default()
        };
        let t = crate::tui::screens::tests::screen_text(&h, 80, 24, Look::FULL);
        assert!(
            t.contains("Six weeks since") && t.contains("talk to your doctor"),
            "{t}"
        );
        press(&mut h, 'j');
        let t = crate::tui::screens::tests::screen_text(&h, 80, 24, Look::FULL);
        assert!(!t.contains("doctor"), "{t}");
    }

    #[test]
    fn a_skipped_checkin_reopens_with_a() {
        let night_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let mut h = Home {
            checkin: Some(Checkin {
                night_of,
                ..Checkin::default()
            }),
            ..Home::default()
        };
        let acts = press(&mut h, 's');
        assert!(matches!(
            acts.as_slice(),
            [Act::Do(Job::Checkin {
                answer: Answer::Skip,
                ..
            })]
        ));
        assert!(h.checkin.is_none());
        assert!(press(&mut h, 'a').is_empty());
        assert_eq!(h.checkin.as_ref().map(|c| c.night_of), Some(night_of));
        // Answered this time: nothing left to reopen.
        let acts = press(&mut h, 'n');
        assert!(matches!(
            acts.as_slice(),
            [Act::Do(Job::Checkin {
                answer: Answer::Cramps(Cramps::None),
                ..
            })]
        ));
        assert!(h.checkin.is_none() && h.reopen.is_none());
        press(&mut h, 'a');
        assert!(h.checkin.is_none());
        assert_eq!(
            h.notice.as_deref(),
            Some("Last night's check-in is answered already.")
        );
    }

    fn enter(h: &mut Home) -> Vec<Act> {
        h.key(&KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE), &cx())
    }

    /// A home screen with the built-in routines and the morning question open.
    fn asked() -> (tempfile::TempDir, Home) {
        let tmp = tempfile::tempdir().expect("a temporary folder");
        let dirs = crate::paths::Dirs::under(tmp.path());
        let mut h = Home::new(Entry::from_catalog(Catalog::load(&dirs)));
        h.checkin = Some(Checkin {
            night_of: chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap(),
            ..Checkin::default()
        });
        (tmp, h)
    }

    /// "Mild", "1", Enter, then Enter at "did the cramps wake you?": no session starts, and
    /// what was answered is recorded (the wake question left out, as `s` does).
    #[test]
    fn enter_at_the_wake_question_records_the_answers_and_starts_nothing() {
        let (_tmp, mut h) = asked();
        assert!(press(&mut h, 'm').is_empty());
        assert!(press(&mut h, '1').is_empty());
        assert!(enter(&mut h).is_empty());
        let acts = enter(&mut h);
        assert!(
            matches!(
                acts.as_slice(),
                [Act::Do(Job::Checkin {
                    answer: Answer::Cramps(Cramps::Mild),
                    count: Some(1),
                    woke: None,
                    red_flag: false,
                    ..
                })]
            ),
            "{acts:?}"
        );
        assert!(h.checkin.is_none() && !h.starting);
        // The hint line says what Enter does there.
        let (_tmp, mut h) = asked();
        press(&mut h, 'm');
        press(&mut h, 's');
        let t = crate::tui::screens::tests::screen_text(&h, 80, 24, Look::FULL);
        assert!(t.contains("Enter skip"), "{t}");
    }

    /// Enter at the other questions starts nothing either: the first one is skipped (said in
    /// its hint), "how many?" with nothing typed and the red-flag question wait.
    #[test]
    fn enter_never_starts_a_routine_while_a_question_is_open() {
        let (_tmp, mut h) = asked();
        let acts = enter(&mut h);
        assert!(
            matches!(
                acts.as_slice(),
                [Act::Do(Job::Checkin {
                    answer: Answer::Skip,
                    ..
                })]
            ),
            "{acts:?}"
        );
        assert!(h.checkin.is_none() && h.reopen.is_some() && !h.starting);
        let (_tmp, mut h) = asked();
        press(&mut h, 'b');
        assert!(enter(&mut h).is_empty());
        assert!(h.checkin.is_some() && !h.starting);
        let (_tmp, mut h) = asked();
        if let Some(c) = &mut h.checkin {
            c.experiment = true;
        }
        press(&mut h, 'n');
        assert!(h.checkin.as_ref().is_some_and(|c| c.leg_question.is_some()));
        assert!(enter(&mut h).is_empty());
        assert!(h.checkin.is_some() && !h.starting);
    }

    /// Leaving with `q` halfway through the questions records what was answered.
    #[test]
    fn quitting_halfway_records_the_answers_given() {
        let (_tmp, mut h) = asked();
        press(&mut h, 'b');
        press(&mut h, '3');
        let acts = press(&mut h, 'q');
        assert!(
            matches!(
                acts.as_slice(),
                [
                    Act::Do(Job::Checkin {
                        answer: Answer::Cramps(Cramps::Bad),
                        count: Some(3),
                        woke: None,
                        ..
                    }),
                    Act::Quit
                ]
            ),
            "{acts:?}"
        );
        // Nothing answered yet: nothing to record.
        let (_tmp, mut h) = asked();
        assert!(matches!(press(&mut h, 'q').as_slice(), [Act::Quit]));
    }

    /// "None" for a night with cramps logged: recorded, and the notice says the cramps
    /// logged still count (as `windown checkin none` does).
    #[test]
    fn none_over_logged_cramps_says_they_still_count() {
        let (_tmp, mut h) = asked();
        if let Some(c) = &mut h.checkin {
            c.count = Some(2);
        }
        assert!(matches!(
            press(&mut h, 'n').as_slice(),
            [Act::Do(Job::Checkin {
                answer: Answer::Cramps(Cramps::None),
                count: None,
                ..
            })]
        ));
        let notice = h.notice.clone().unwrap_or_default();
        assert!(
            notice.contains("the 2 cramps you logged still count"),
            "{notice}"
        );
        // Nothing logged: nothing said.
        let (_tmp, mut h) = asked();
        press(&mut h, 'n');
        assert_eq!(h.notice, None);
    }

    /// During an experiment the red-flag question comes last: leaving at it (or before it)
    /// records nothing, so the check-in is asked again, whole, at the next open, and a
    /// red-flag answer never given is never taken as "no".
    #[test]
    fn quitting_before_the_red_flag_answer_records_nothing_during_an_experiment() {
        for keys in ["b", "b3\r", "b3\ry", "n"] {
            let (_tmp, mut h) = asked();
            if let Some(c) = &mut h.checkin {
                c.experiment = true;
            }
            for k in keys.chars() {
                if k == '\r' {
                    enter(&mut h);
                } else {
                    assert!(press(&mut h, k).is_empty(), "{k} in {keys:?}");
                }
            }
            assert!(h.checkin.as_ref().is_some_and(|c| c.experiment), "{keys:?}");
            let acts = press(&mut h, 'q');
            assert!(matches!(acts.as_slice(), [Act::Quit]), "{keys:?}: {acts:?}");
        }
    }

    /// German shows "y ja · n nein": "j" (for ja) is not one of the question's keys, and does
    /// nothing to the list behind it (it used to move the selection down); nor do the other
    /// list keys, at any of the questions.
    #[test]
    fn keys_not_the_questions_leave_the_screen_behind_alone() {
        let (_tmp, mut h) = asked();
        let at = h.selected;
        for step in ["", "m", "m2\r"] {
            let (_tmp, mut h) = asked();
            for c in step.chars() {
                if c == '\r' {
                    enter(&mut h);
                } else {
                    press(&mut h, c);
                }
            }
            for c in ['j', 'k', 'J', 'K', 'e', 'E', 'a'] {
                assert!(press(&mut h, c).is_empty(), "{c} after {step:?}");
            }
            assert_eq!(h.selected, at, "after {step:?}");
            assert_eq!(h.scroll, 0);
            assert!(h.checkin.is_some());
        }
        // The app-wide ones still work: help, the other screens (the box stays for coming
        // back) and the cramp guide (a cramp does not wait).
        assert!(matches!(press(&mut h, '?').as_slice(), [Act::Help]));
        assert!(matches!(
            press(&mut h, 'r').as_slice(),
            [Act::Go(Goto::Reminders)]
        ));
        assert!(matches!(
            press(&mut h, 'c').as_slice(),
            [Act::Go(Goto::Relief)]
        ));
        assert!(h.checkin.is_some());
    }

    /// The help lists the keys that work now: with the box open, its question's keys and
    /// the few home keys that act over it, never the list's (they do nothing then).
    #[test]
    fn the_help_lists_only_the_keys_that_work_while_the_box_is_open() {
        let does = |h: &Home| -> Vec<(String, &'static str)> {
            h.help(Look::FULL)
                .into_iter()
                .map(|r| (r.keys, r.does))
                .collect()
        };
        for step in ["", "m", "m2\r", "n"] {
            let (_tmp, mut h) = asked();
            if step == "n"
                && let Some(c) = &mut h.checkin
            {
                c.experiment = true;
            }
            for c in step.chars() {
                if c == '\r' {
                    enter(&mut h);
                } else {
                    press(&mut h, c);
                }
            }
            let rows = does(&h);
            assert!(
                rows.iter().any(|(_, d)| d.starts_with("morning question")),
                "{rows:?}"
            );
            for gone in [
                "previous routine",
                "next routine",
                "edit the routine in your text editor",
            ] {
                assert!(
                    rows.iter().all(|(_, d)| *d != gone),
                    "{gone} after {step:?}: {rows:?}"
                );
            }
            assert!(
                rows.iter()
                    .all(|(_, d)| !d.starts_with("start the routine")),
                "{rows:?}"
            );
            // Esc answers the question: quitting is q and Ctrl-C.
            assert!(rows.contains(&("q/Ctrl-C".to_string(), "quit")), "{rows:?}");
            assert!(
                rows.iter()
                    .any(|(_, d)| *d == "a cramp now: the relief guide")
            );
        }
        // Without the box, every home key.
        let (_tmp, mut h) = asked();
        h.checkin = None;
        assert_eq!(does(&h).len(), KEYS.len());
    }

    /// A warning sign at the morning question: the full urgent advice is said and stays over
    /// the details while the selection moves; only Enter (read) puts it away, starting nothing.
    #[test]
    fn the_urgent_advice_after_a_red_flag_is_said_and_stays_until_read() {
        let tmp = tempfile::tempdir().expect("a temporary folder");
        let dirs = crate::paths::Dirs::under(tmp.path());
        let mut h = Home::new(Entry::from_catalog(Catalog::load(&dirs)));
        let advice = crate::trial::red_flag_now();
        let acts = h.done(HomeDone::Urgent(advice.clone()), &cx(), true);
        assert!(matches!(acts.as_slice(), [Act::SayCalmly(t)] if *t == advice));
        let down = KeyEvent::new(KeyCode::Down, KeyModifiers::NONE);
        h.key(&down, &cx());
        h.key(&down, &cx());
        assert_eq!(h.urgent.as_deref(), Some(advice.as_str()));
        let enter = KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE);
        assert!(h.key(&enter, &cx()).is_empty(), "Enter starts nothing here");
        assert_eq!(h.urgent, None);
        assert!(advice.starts_with(crate::relief::URGENT));
    }

    /// Opening a built-in says saving writes a copy; once saved, that is old news.
    #[test]
    fn the_built_in_notice_goes_when_the_copy_is_saved() {
        let said = "\"Evening legs\" is built in: saving writes your copy to /c/e.toml".to_string();
        let open = |h: &mut Home| {
            let opened = crate::tui::work::Opened {
                path: "/c/e.toml".into(),
                text: String::new(),
                said: Some(said.clone()),
            };
            h.done(HomeDone::OpenEditor(Ok(opened)), &cx(), true)
        };
        let mut h = Home::default();
        assert!(matches!(open(&mut h).as_slice(), [Act::Go(_)]));
        assert_eq!(h.notice.as_deref(), Some(said.as_str()));
        h.editor_saved();
        assert_eq!(h.notice, None);
        // Another notice since then is not taken back.
        open(&mut h);
        h.notice = Some("config.toml does not load".into());
        h.editor_saved();
        assert_eq!(h.notice.as_deref(), Some("config.toml does not load"));
    }

    #[test]
    fn the_box_is_titled_for_the_evening_with_the_panels_borders() {
        let h = Home {
            checkin: Some(Checkin::default()),
            ..Home::default()
        };
        let mut buf = Buffer::empty(Rect::new(0, 0, 80, 24));
        h.render(&cx(), buf.area, &mut buf);
        let text: String = (0..24)
            .map(|y| {
                (0..80)
                    .map(|x| buf[(x, y)].symbol().to_string())
                    .collect::<String>()
                    + "\n"
            })
            .collect();
        assert!(text.contains("╭ Last night ─"), "{text}");
        assert!(!text.contains("Good morning"), "{text}");
    }
}

#[cfg(test)]
mod frame_tests {
    use super::*;
    use crate::tui::screens::tests::frame_allocations;

    /// Home draws what was prepared when the list or the selection changed: the second frame
    /// of the same state allocates (almost) nothing.
    #[test]
    fn a_second_frame_allocates_almost_nothing() {
        let tmp = tempfile::tempdir().expect("a temporary folder");
        let dirs = crate::paths::Dirs::under(tmp.path());
        let mut home = Home::new(Entry::from_catalog(Catalog::load(&dirs)));
        home.header = "streak 3 evenings · last session yesterday 21:40".into();
        home.select_next();
        for (w, h) in [(80, 24), (120, 40), (40, 12)] {
            let (first, second) = frame_allocations(&home, w, h);
            eprintln!("home {w}x{h}: first frame {first}, second {second} allocations");
            // Measured at 127 to 232 (down from 315 to 375 when the plan and the detail lines
            // were built every frame): what is left is the list's rows and the wrapping of
            // the lines shown, which grows with the window's height.
            assert!(second <= 256, "home {w}x{h}: {second} allocations");
        }
    }
}
