//! What the evening already holds, for reminders that name a routine.
//!
//! Owns two rules:
//! - skip-when-done: a reminder naming routine R is not sent when R, or a routine that
//!   contains all of R's stretches (its timed steps, by title), was started in the evening
//!   and finished in the same evening as the occurrence ([`crate::history::NightRules`]:
//!   the evening starts 3 hours before bedtime, and until the morning it is still the evening
//!   before). A daytime session never skips a reminder. [`DoneEvenings`] is pure; [`Tonight::load`]
//!   reads the history, the routines and config.toml.
//! - routine names: a reminder naming a routine that does not exist gets a located warning
//!   with "did you mean" ([`routine_warnings`]); the reminder still fires.
//!
//! Reads history.jsonl, the routines and reminders.toml; writes nothing, sends nothing.

use std::collections::BTreeSet;

use chrono::{DateTime, FixedOffset};
use serde::Deserialize;
use toml::Spanned;

use super::file;
use crate::diag::{self, Diagnostic};
use crate::history::{self, NightRules, Record, SessionEntry};
use crate::paths::Dirs;
use crate::routine::catalog::Catalog;
use crate::routine::model::{Routine, StepKind};

/// The routines that count as "R was done": R itself and every routine whose steps include
/// all of R's timed steps (by title). A routine with no timed steps is covered only by itself.
pub(crate) fn covering<'a>(
    routines: impl IntoIterator<Item = &'a Routine>,
    id: &str,
) -> Vec<String> {
    let routines: Vec<&Routine> = routines.into_iter().collect();
    let stretches = |r: &Routine| -> BTreeSet<String> {
        r.steps
            .iter()
            .filter(|s| s.kind == StepKind::Timed)
            .map(|s| s.title.to_lowercase())
            .collect()
    };
    let Some(named) = routines.iter().find(|r| r.id == id) else {
        return vec![id.to_string()];
    };
    let wanted = stretches(named);
    let mut out = vec![id.to_string()];
    if wanted.is_empty() {
        return out;
    }
    for r in routines {
        if r.id != id && wanted.is_subset(&stretches(r)) {
            out.push(r.id.to_string());
        }
    }
    out
}

/// For one routine: each finished session of it (or of one covering it) started in an
/// evening, as (that evening, its end). What decides whether a reminder naming the routine
/// is skipped at a moment ([`DoneEvenings::done`]), kept by the reminders screen to mark the
/// next times that will be skipped. Pure.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct DoneEvenings {
    rules: NightRules,
    ends: Vec<(chrono::NaiveDate, DateTime<FixedOffset>)>,
}

impl DoneEvenings {
    pub(crate) fn of(covering: &[String], sessions: &[SessionEntry], rules: &NightRules) -> Self {
        DoneEvenings {
            rules: *rules,
            ends: sessions
                .iter()
                .filter(|s| s.finished && covering.iter().any(|c| **c == *s.routine_id))
                .filter_map(|s| Some((rules.evening_of(s.started)?, s.ended)))
                .collect(),
        }
    }

    /// When the routine was done in the evening `at` belongs to, before `at`: the end of the
    /// latest such session.
    pub(crate) fn done(&self, at: DateTime<FixedOffset>) -> Option<DateTime<FixedOffset>> {
        let evening = self.rules.day_of(at);
        self.ends
            .iter()
            .filter(|(e, ended)| *e == evening && *ended <= at)
            .map(|(_, ended)| *ended)
            .max()
    }
}

/// The finished sessions, the routines and the personal experiment, read once for one
/// decision.
pub(crate) struct Tonight {
    sessions: Vec<SessionEntry>,
    catalog: Catalog,
    rules: NightRules,
    trial: Option<crate::trial::plan::Trial>,
}

impl Tonight {
    /// Read the history and the routines. An unreadable history counts as no session.
    pub(crate) fn load(dirs: &Dirs) -> Tonight {
        let rules = NightRules::load(dirs);
        let records = history::store::load(dirs)
            .map(|l| l.records)
            .unwrap_or_default();
        Tonight::of(records, Catalog::load(dirs), rules)
    }

    /// [`Tonight::load`] from records already read.
    fn of(records: Vec<Record>, catalog: Catalog, rules: NightRules) -> Tonight {
        let trial = crate::trial::plan::Trial::from_records(&records, rules);
        let sessions = records
            .into_iter()
            .filter_map(|r| match r {
                Record::Session(s) if s.finished => Some(*s),
                _ => None,
            })
            .collect();
        Tonight {
            sessions,
            catalog,
            rules,
            trial,
        }
    }

    /// Is `at` in a rest evening of a running personal experiment?
    fn rest_evening(&self, at: DateTime<FixedOffset>) -> bool {
        self.trial
            .as_ref()
            .is_some_and(|t| t.running(at) && t.tonight(at) == Some(crate::trial::plan::Kind::Rest))
    }

    /// On a rest evening of the experiment a stretching routine's reminder is not sent: the
    /// plan is no evening routine (the wind-down's reminder is sent: it runs without its
    /// stretches, see [`crate::session::tonight`]). A routine windown does not know is sent.
    pub(crate) fn rest_evening_skips(&self, routine: &str, at: DateTime<FixedOffset>) -> bool {
        self.rest_evening(at)
            && self
                .catalog
                .get(routine)
                .is_some_and(|r| r.kind != crate::routine::RoutineKind::WindDown)
    }

    /// The line an evening reminder for `routine` starts with while an experiment runs: what
    /// tonight is; on a rest evening, for the wind-down, that it runs without its stretches.
    pub(crate) fn experiment_line(
        &self,
        routine: &str,
        at: DateTime<FixedOffset>,
    ) -> Option<String> {
        let t = self.trial.as_ref().filter(|t| t.running(at))?;
        let wind_down = self
            .catalog
            .get(routine)
            .is_some_and(|r| r.kind == crate::routine::RoutineKind::WindDown);
        Some(match t.tonight(at) {
            Some(crate::trial::plan::Kind::Rest) if wind_down => {
                crate::session::tonight::REST_EVENING_NOTE.to_string()
            }
            k => crate::trial::tonight_kind_words(k),
        })
    }

    /// When `routine` (or one containing its stretches) was done this evening, before `at`.
    pub(crate) fn done(
        &self,
        routine: &str,
        at: DateTime<FixedOffset>,
    ) -> Option<DateTime<FixedOffset>> {
        self.evenings(routine).done(at)
    }

    /// The evenings `routine` (or one containing its stretches) was done in.
    pub(crate) fn evenings(&self, routine: &str) -> DoneEvenings {
        let cover = covering(self.catalog.routines(), routine);
        DoneEvenings::of(&cover, &self.sessions, &self.rules)
    }
}

/// What the log and `remind test` say of a stretching routine's reminder not sent on a rest
/// evening, in the language.
pub(crate) fn rest_evening_skipped() -> String {
    crate::t!("cli-remind-skipped-rest")
}

/// "skipped: done at 21:40", in the language, for logs and `remind status`.
pub(crate) fn skipped_words(done: DateTime<FixedOffset>) -> String {
    crate::t!(
        "cli-remind-skipped",
        time = crate::i18n::clock(crate::i18n::current(), done.time())
    )
}

#[derive(Deserialize)]
struct RawFile {
    #[serde(default)]
    reminder: Vec<RawReminder>,
}

/// Only the routine, of any type: a mistake anywhere else in a reminder (or a routine that is
/// no text, reported by the reader) does not hide the warnings about the others.
#[derive(Deserialize)]
struct RawReminder {
    routine: Option<Spanned<toml::Value>>,
}

/// A warning for each reminder whose routine is not one of `known`, located in `text` (the
/// reminders file called `path`), with "did you mean" when a known id is close. Text that
/// does not parse gives no warnings (its errors are reported by [`file::parse`]); other
/// mistakes in the file do not stop them.
pub(crate) fn routine_warnings_in(path: &str, text: &str, known: &[&str]) -> Vec<Diagnostic> {
    let Ok(raw) = toml::from_str::<RawFile>(text) else {
        return Vec::new();
    };
    let lines = diag::Lines::new(text);
    raw.reminder
        .iter()
        .filter_map(|r| r.routine.as_ref())
        .filter_map(|rt| rt.get_ref().as_str().map(|id| (id, rt.span())))
        .filter(|(id, _)| !known.contains(id))
        .map(|(id, span)| {
            let d = lines.at(path, span, crate::t!("error-no-routine", value = id));
            let hint = match diag::did_you_mean(id, known.iter().copied()) {
                Some(s) => crate::t!("hint-did-you-mean-still-sent", name = s),
                None => crate::t!("hint-see-list-still-sent"),
            };
            d.with_hint(hint)
        })
        .collect()
}

/// [`routine_warnings_in`] for the person's reminders.toml (or the built-in one) against the
/// routines windown knows.
pub(crate) fn routine_warnings(dirs: &Dirs) -> Vec<Diagnostic> {
    let path = dirs.reminders_file();
    let (name, text) = if std::fs::symlink_metadata(&path).is_ok() {
        match crate::shape::read_text_file(&path, 1024 * 1024) {
            Ok(t) => (path.display().to_string(), t),
            Err(_) => return Vec::new(),
        }
    } else {
        (
            file::DEFAULT_NAME.to_string(),
            file::DEFAULT_TEXT.to_string(),
        )
    };
    // A built-in routine's id is always known (a file of the person's own with its id takes
    // its place): the routines are read, and the built-in ones parsed, only when a reminder
    // names another (`remind preview` spent a quarter of its time on them).
    let built_in: Vec<&str> = crate::routine::builtin::ROUTINES
        .iter()
        .map(|b| b.id)
        .collect();
    if routine_warnings_in(&name, &text, &built_in).is_empty() {
        return Vec::new();
    }
    let catalog = Catalog::load(dirs);
    let known: Vec<&str> = catalog.entries.iter().map(|e| e.id.as_str()).collect();
    routine_warnings_in(&name, &text, &known)
}

/// A diagnostic printed as a warning: `warning: path:line:column: ...` with its line and caret.
pub(crate) fn warning_text(d: &Diagnostic) -> String {
    let s = d.to_string();
    match s.strip_prefix("error: ") {
        Some(rest) => format!("warning: {rest}"),
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn session(id: &str, started: DateTime<FixedOffset>, finished: bool) -> SessionEntry {
        SessionEntry {
            routine_id: id.into(),
            routine_title: id.into(),
            started,
            ended: started + chrono::Duration::minutes(3),
            active_seconds: 180,
            steps_done: 2,
            steps_skipped: 0,
            steps_total: 2,
            finished,
            task_seconds: None,
            stretches_done: None,
            stretches_left_out: None,
        }
    }

    fn t(d: u32, h: u32, m: u32) -> DateTime<FixedOffset> {
        FixedOffset::east_opt(3600)
            .unwrap()
            .with_ymd_and_hms(2026, 12, d, h, m, 0)
            .unwrap()
    }

    fn done_at(
        cover: &[String],
        s: &[SessionEntry],
        at: DateTime<FixedOffset>,
    ) -> Option<DateTime<FixedOffset>> {
        DoneEvenings::of(cover, s, &NightRules::default()).done(at)
    }

    #[test]
    fn done_this_evening_counts_until_four_in_the_morning() {
        let cover = vec!["evening-legs".to_string(), "wind-down".to_string()];
        let s = [session("wind-down", t(1, 21, 37), true)];
        // The reminder at 22:55 the same evening: skipped, done at 21:40.
        assert_eq!(done_at(&cover, &s, t(1, 22, 55)), Some(t(1, 21, 40)));
        // After midnight it is still that evening.
        assert_eq!(done_at(&cover, &s, t(2, 0, 30)), Some(t(1, 21, 40)));
        // From 04:00 it is a new day: sent.
        assert_eq!(done_at(&cover, &s, t(2, 22, 55)), None);
        // Not finished, or another routine, or finished later: sent.
        let s2 = [
            session("wind-down", t(1, 21, 0), false),
            session("other", t(1, 21, 0), true),
            session("evening-legs", t(1, 23, 0), true),
        ];
        assert_eq!(done_at(&cover, &s2, t(1, 22, 55)), None);
        // A session after midnight counts for the evening before, and for a 01:00 reminder.
        let s3 = [session("evening-legs", t(2, 0, 10), true)];
        assert_eq!(done_at(&cover, &s3, t(2, 1, 0)), Some(t(2, 0, 13)));
        assert_eq!(done_at(&cover, &s3, t(1, 22, 55)), None);
    }

    #[test]
    fn a_daytime_session_never_skips_an_evening_reminder() {
        let cover = vec!["evening-legs".to_string()];
        // Tried at 11:23 (done 11:26): the 21:00 and 22:55 reminders are still sent.
        let s = [session("evening-legs", t(1, 11, 23), true)];
        assert_eq!(done_at(&cover, &s, t(1, 21, 0)), None);
        assert_eq!(done_at(&cover, &s, t(1, 22, 55)), None);
        assert_eq!(done_at(&cover, &s, t(1, 12, 0)), None);
        // From 19:30 (3 hours before the 22:30 bedtime) a session counts.
        let s = [session("evening-legs", t(1, 19, 30), true)];
        assert_eq!(done_at(&cover, &s, t(1, 21, 0)), Some(t(1, 19, 33)));
        let s = [session("evening-legs", t(1, 19, 29), true)];
        assert_eq!(done_at(&cover, &s, t(1, 21, 0)), None);
        // Bedtime 01:30: the evening starts at 22:30, so 21:00 is still the daytime.
        let late = NightRules::new(
            chrono::NaiveTime::from_hms_opt(7, 0, 0).unwrap(),
            chrono::NaiveTime::from_hms_opt(1, 30, 0).unwrap(),
            3,
        );
        let s = [session("evening-legs", t(1, 21, 0), true)];
        assert_eq!(DoneEvenings::of(&cover, &s, &late).done(t(1, 23, 55)), None);
        let s = [session("evening-legs", t(1, 22, 40), true)];
        assert_eq!(
            DoneEvenings::of(&cover, &s, &late).done(t(2, 1, 0)),
            Some(t(1, 22, 43))
        );
    }

    #[test]
    fn wind_down_covers_the_evening_stretches_but_not_the_reverse() {
        let tmp = tempfile::tempdir().unwrap();
        let catalog = Catalog::load(&Dirs::under(tmp.path()));
        let c = covering(catalog.routines(), "evening-legs");
        assert!(c.contains(&"wind-down".to_string()), "{c:?}");
        let c = covering(catalog.routines(), "wind-down");
        assert!(!c.contains(&"evening-legs".to_string()), "{c:?}");
        assert_eq!(covering(catalog.routines(), "nope"), ["nope"]);
    }

    #[test]
    fn an_unknown_routine_is_a_located_warning_with_a_suggestion() {
        let text = "[[reminder]]\nid = \"a\"\ntitle = \"A\"\nat = [\"10:00\"]\nroutine = \"evening-leg\"\n";
        let w = routine_warnings_in("r.toml", text, &["evening-legs", "wind-down"]);
        assert_eq!(w.len(), 1);
        assert_eq!(
            w[0].headline(),
            "r.toml:5:11: there is no routine \"evening-leg\""
        );
        let shown = warning_text(&w[0]);
        assert!(shown.starts_with("warning: r.toml:5:11: "), "{shown}");
        assert!(shown.contains("did you mean \"evening-legs\"?"), "{shown}");
        assert!(shown.contains("^^^^"), "{shown}");
        assert!(routine_warnings_in("r.toml", text, &["evening-leg"]).is_empty());
    }

    #[test]
    fn unknown_routines_are_warned_about_in_a_file_with_other_mistakes() {
        let text = "[[reminder]]\nid = \"a\"\ntitle = 3\nat = [\"25:00\"]\nroutine = 7\nbogus = true\n\n\
                    [[reminder]]\nid = \"b\"\ntitle = \"B\"\nevery = \"soon\"\nroutine = \"evening-leg\"\n";
        let w = routine_warnings_in("r.toml", text, &["evening-legs"]);
        assert_eq!(w.len(), 1, "{w:?}");
        assert_eq!(
            w[0].headline(),
            "r.toml:12:11: there is no routine \"evening-leg\""
        );
    }

    #[test]
    fn the_built_in_reminders_name_routines_that_exist() {
        let tmp = tempfile::tempdir().unwrap();
        assert_eq!(routine_warnings(&Dirs::under(tmp.path())), []);
    }

    #[test]
    fn a_rest_evening_sends_the_wind_down_without_stretches_and_no_stretching_reminder() {
        use crate::trial::plan;
        let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap();
        // Drawn on 1 December 2026: baseline 1-7 December, then stretch (8-21 December)
        // and rest (22 December-4 January).
        let orders = plan::orders_from_bytes(&[0, 0, 0, 0]);
        let records = vec![Record::TrialPlan(Box::new(plan::new_plan(
            &NightRules::default(),
            at("2026-12-01T20:00:00+01:00"),
            orders,
            None,
            false,
        )))];
        let tmp = tempfile::tempdir().unwrap();
        let catalog = Catalog::load(&Dirs::under(tmp.path()));
        let tonight = Tonight::of(records, catalog, NightRules::default());
        let rest = at("2026-12-22T21:30:00+01:00");
        let stretch = at("2026-12-08T21:30:00+01:00");
        // A rest evening: the stretching routine's reminder is not sent; the wind-down's is,
        // saying it runs without its stretches.
        assert!(tonight.rest_evening_skips("evening-legs", rest));
        assert!(!tonight.rest_evening_skips("wind-down", rest));
        assert_eq!(
            tonight.experiment_line("wind-down", rest).as_deref(),
            Some(crate::session::tonight::REST_EVENING_NOTE)
        );
        // A stretching evening: both sent, saying what tonight is.
        assert!(!tonight.rest_evening_skips("evening-legs", stretch));
        assert_eq!(
            tonight.experiment_line("evening-legs", stretch).as_deref(),
            Some("Experiment: tonight is a stretching evening.")
        );
        // A routine windown does not know is sent.
        assert!(!tonight.rest_evening_skips("nope", rest));
        // No experiment: nothing skipped, nothing added.
        let none = Tonight::of(
            Vec::new(),
            Catalog::load(&Dirs::under(tmp.path())),
            NightRules::default(),
        );
        assert!(!none.rest_evening_skips("evening-legs", rest));
        assert_eq!(none.experiment_line("evening-legs", rest), None);
    }
}
