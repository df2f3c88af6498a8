//! What the reminders screen shows, as plain data: each reminder as a row (title, schedule in
//! words, on or off), the schedule their next times come from, where they were read from, the
//! first mistake of a broken file, and whether the reminder process runs. [`overview`] reads
//! the files and the lock (call it off the UI thread); everything else here is pure.
//!
//! Imports no terminal library: the screen that draws this lives in `crate::tui::screens`.

use chrono::{DateTime, NaiveDate, TimeZone, Timelike};

use super::file::{self, Schedule, Source};
use super::state;
use crate::paths::Dirs;

/// One reminder as a screen shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Row {
    pub(crate) id: String,
    pub(crate) title: crate::text::SafeText,
    /// The schedule in words: "every 2h, 07:00-20:30, every day".
    pub(crate) words: String,
    pub(crate) enabled: bool,
    /// For a reminder naming a routine: the evenings it was done in, which skip the
    /// reminder ([`super::evening::DoneEvenings`]); empty otherwise.
    pub(crate) done: super::evening::DoneEvenings,
}

/// Everything the reminders screen shows, read at one moment.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Overview {
    pub(crate) rows: Vec<Row>,
    /// The schedule the rows come from (for their next times); `None` when a file is broken.
    pub(crate) schedule: Option<Schedule>,
    /// The built-in reminders (no reminders.toml of the person's own yet).
    pub(crate) built_in: bool,
    /// The name of the file with a mistake (`reminders.toml` or `config.toml`) and the
    /// mistake's headline.
    pub(crate) error: Option<(String, String)>,
    /// `Some(pid)` while a reminder process holds the lock (pid 0 when unknown).
    pub(crate) running: Option<u32>,
    /// Reminders naming a routine that does not exist: each warning's headline and hint
    /// (they still fire).
    pub(crate) warnings: Vec<String>,
}

/// The rows of a schedule, in file order.
pub(crate) fn rows(s: &Schedule) -> Vec<Row> {
    s.reminders
        .iter()
        .map(|r| Row {
            id: r.id.to_string(),
            title: r.title.clone(),
            words: r.schedule_words(s.wake, s.bedtime),
            enabled: r.enabled,
            done: Default::default(),
        })
        .collect()
}

/// [`rows`], each reminder naming a routine with the evenings that routine was done in (the
/// history, the routines and config.toml are read when any names one).
fn rows_with_done(s: &Schedule, dirs: &Dirs) -> Vec<Row> {
    let mut out = rows(s);
    if s.reminders.iter().any(|r| r.routine.is_some()) {
        let tonight = super::evening::Tonight::load(dirs);
        for (row, r) in out.iter_mut().zip(&s.reminders) {
            if let Some(routine) = &r.routine {
                row.done = tonight.evenings(routine);
            }
        }
    }
    out
}

/// Read reminders.toml, config.toml and the reminder process's lock. Never fails, and reads
/// leniently: a reminder with a mistake is left out and the others listed, its mistake in
/// [`Overview::error`]; only a file that cannot be read at all (a syntax error) lists none.
pub(crate) fn overview(dirs: &Dirs) -> Overview {
    let running = state::running(dirs);
    let loaded = file::load_schedule_read(dirs);
    let error = loaded.problems.first().map(|d| {
        let file = std::path::Path::new(&d.path)
            .file_name()
            .map_or(d.path.clone(), |n| n.to_string_lossy().into_owned());
        let place = format!("{file}:{}:{}", d.line, d.column);
        let line = crate::t!(
            "error-first-of-more",
            place = place,
            message = d.message.as_str(),
            more = loaded.problems.len() - 1
        );
        (file.clone(), line)
    });
    match loaded.broken {
        false => Overview {
            rows: rows_with_done(&loaded.schedule, dirs),
            built_in: loaded.source == Source::BuiltIn,
            schedule: Some(loaded.schedule),
            error,
            running,
            warnings: super::evening::routine_warnings(dirs)
                .iter()
                .map(|d| match &d.hint {
                    Some(h) => format!("{}; {h}", d.headline()),
                    None => d.headline(),
                })
                .collect(),
        },
        true => Overview {
            error,
            running,
            ..Overview::default()
        },
    }
}

/// The caution that belongs to a shipped reminder, shown under it on the reminders screen.
pub fn caution(id: &str) -> Option<&'static str> {
    match id {
        "hydration" | "last-drink" => {
            Some("If a clinician has told you to limit how much you drink, switch this off.")
        }
        "legs-up" => Some(
            "Legs up is for swollen ankles and comfort; it is not a cramp treatment. If lying with your legs raised makes you short of breath, or raising them makes the pain worse or your feet go pale or cold, stop and tell your doctor.",
        ),
        _ => None,
    }
}

/// When a reminder comes next, in words and in the language: `today 10:30`, `tomorrow
/// 07:00`, or with the date for anything later (`Mon 7 Dec 10:30`): a weekday alone a week
/// ahead would read like today. Seconds show only when there are some. One function for the
/// screen and the commands: [`super::edit::when`].
pub(crate) fn when<Tz: TimeZone>(t: &DateTime<Tz>, now: &DateTime<Tz>) -> String {
    super::edit::when(t, now)
}

/// The day part of [`when`], in the language: `today`, `tomorrow` or `Mon 7 Dec` counted from
/// `today`; with no `today` (a list that starts on another day) always the weekday and the
/// date. A long list makes these once per day, not once per time.
pub(crate) fn day_words(day: NaiveDate, today: Option<NaiveDate>) -> String {
    match today.map(|today| (day - today).num_days()) {
        Some(0) => crate::t!("cli-remind-today"),
        Some(1) => crate::t!("cli-remind-tomorrow"),
        _ => crate::history::rows::day_words_short(day),
    }
}

/// The clock part of [`when`]: `07:00`, or `07:00:05` when there are seconds.
pub(crate) fn clock(t: &impl Timelike) -> String {
    let mut s = String::with_capacity(8);
    push_clock(&mut s, t);
    s
}

/// [`clock`] at the end of `out`.
fn push_clock(out: &mut String, t: &impl Timelike) {
    let two = |out: &mut String, n: u32| {
        out.push(char::from_digit(n / 10 % 10, 10).unwrap_or('0'));
        out.push(char::from_digit(n % 10, 10).unwrap_or('0'));
    };
    two(out, t.hour());
    out.push(':');
    two(out, t.minute());
    if t.second() != 0 {
        out.push(':');
        two(out, t.second());
    }
}

/// Stands in for the time while a day's heading is formatted: a private-use character, in no
/// message and no day's words.
const TIME_STAND_IN: &str = "\u{E000}";

/// One day's heading in `remind preview` ([`day_words`] joined to a time by
/// `tui-reminders-on-day`), made once for the day: the message is formatted once, with a
/// stand-in for the time, and each row puts its clock where the stand-in was.
#[derive(Debug, Clone)]
pub(crate) struct DayHeading {
    date: NaiveDate,
    words: String,
    /// The heading's text before and after the time; `None` when the message does not hold
    /// the time exactly once (a translation could leave it out): then each row is formatted.
    around: Option<(String, String)>,
    /// Its width in columns with a clock without seconds (`07:00`) and with (`07:00:05`).
    widths: [usize; 2],
}

impl DayHeading {
    pub(crate) fn new(date: NaiveDate, today: Option<NaiveDate>) -> DayHeading {
        let words = day_words(date, today);
        let whole = crate::t!(
            "tui-reminders-on-day",
            day = words.as_str(),
            time = TIME_STAND_IN
        );
        let around = whole
            .split_once(TIME_STAND_IN)
            .filter(|(before, after)| {
                !before.contains(TIME_STAND_IN) && !after.contains(TIME_STAND_IN)
            })
            .map(|(before, after)| (before.to_string(), after.to_string()));
        let mut heading = DayHeading {
            date,
            words,
            around,
            widths: [0, 0],
        };
        for (i, seconds) in [0, 1].into_iter().enumerate() {
            let mut s = String::new();
            heading.push(
                &mut s,
                &chrono::NaiveTime::from_hms_opt(0, 0, seconds).unwrap_or_default(),
            );
            heading.widths[i] = crate::text::width(&s);
        }
        heading
    }

    /// The day it heads.
    pub(crate) fn date(&self) -> NaiveDate {
        self.date
    }

    /// Its width in columns before a time with (`seconds`) or without seconds.
    pub(crate) fn width(&self, seconds: bool) -> usize {
        self.widths[usize::from(seconds)]
    }

    /// The heading at time `t` (of its day) at the end of `out`: `Mon 7 Dec 10:30`.
    pub(crate) fn push(&self, out: &mut String, t: &impl Timelike) {
        match &self.around {
            Some((before, after)) => {
                out.push_str(before);
                push_clock(out, t);
                out.push_str(after);
            }
            None => out.push_str(&crate::t!(
                "tui-reminders-on-day",
                day = self.words.as_str(),
                time = clock(t)
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::FixedOffset;

    #[test]
    fn when_says_today_tomorrow_or_the_date() {
        let tz = FixedOffset::east_opt(3600).unwrap();
        let at = |d, h, m, s| tz.with_ymd_and_hms(2026, 11, d, h, m, s).unwrap();
        let now = at(30, 9, 0, 0);
        assert_eq!(when(&at(30, 10, 30, 0), &now), "today 10:30");
        assert_eq!(when(&at(30, 10, 30, 5), &now), "today 10:30:05");
        assert_eq!(
            when(&tz.with_ymd_and_hms(2026, 12, 1, 7, 0, 0).unwrap(), &now),
            "tomorrow 07:00"
        );
        assert_eq!(
            when(&tz.with_ymd_and_hms(2026, 12, 7, 10, 30, 0).unwrap(), &now),
            "Mon 7 Dec 10:30"
        );
    }

    #[test]
    fn the_day_is_in_the_language() {
        let de: &'static crate::i18n::Messages =
            Box::leak(Box::new(crate::i18n::Messages::builtin("de")));
        let day = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        let next = day.succ_opt().unwrap();
        assert_eq!(day_words(day, Some(day)), "today");
        assert_eq!(day_words(next, Some(day)), "tomorrow");
        assert_eq!(day_words(day, None), "Mon 7 Dec");
        crate::i18n::scoped(de, || {
            assert_eq!(day_words(day, Some(day)), "heute");
            assert_eq!(day_words(next, Some(day)), "morgen");
            assert_eq!(
                day_words(day, None),
                crate::history::rows::day_words_short(day)
            );
            assert!(!day_words(day, None).contains("Mon"));
        });
    }

    /// A day's heading made once reads as the message formatted for each time, in each
    /// language (the test language's brackets too), with and without seconds.
    #[test]
    fn a_day_heading_is_the_message_for_each_time() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        let times = [(7, 0, 0), (10, 30, 0), (23, 59, 59), (0, 0, 5)];
        for lang in ["en", "de", "fr", "es", "en-XA"] {
            let m: &'static crate::i18n::Messages =
                Box::leak(Box::new(crate::i18n::Messages::builtin(lang)));
            crate::i18n::scoped(m, || {
                for today in [Some(day), day.pred_opt(), None] {
                    let heading = DayHeading::new(day, today);
                    assert_eq!(heading.date(), day);
                    for (h, mi, s) in times {
                        let t = chrono::NaiveTime::from_hms_opt(h, mi, s).unwrap();
                        let each = crate::t!(
                            "tui-reminders-on-day",
                            day = day_words(day, today),
                            time = clock(&t)
                        );
                        let mut made = String::new();
                        heading.push(&mut made, &t);
                        assert_eq!(made, each, "{lang}");
                        assert_eq!(heading.width(s != 0), crate::text::width(&each), "{lang}");
                    }
                }
            });
        }
        assert_eq!(
            clock(&chrono::NaiveTime::from_hms_opt(7, 5, 0).unwrap()),
            "07:05"
        );
        assert_eq!(
            clock(&chrono::NaiveTime::from_hms_opt(0, 0, 9).unwrap()),
            "00:00:09"
        );
    }

    #[test]
    fn a_broken_file_is_named() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(tmp.path());
        std::fs::create_dir_all(&dirs.config).unwrap();
        std::fs::write(dirs.reminders_file(), "[[reminder]]\nid = \"x\"\n").unwrap();
        let o = overview(&dirs);
        assert_eq!(
            o.error.as_ref().map(|e| e.0.as_str()),
            Some("reminders.toml")
        );
        assert!(o.rows.is_empty() && o.schedule.is_some(), "{o:?}");
        // One wrong reminder no longer hides the others; its mistake is told.
        std::fs::write(
            dirs.reminders_file(),
            "[[reminder]]\nid = \"x\"\n\n[[reminder]]\nid = \"ok\"\ntitle = \"Fine\"\nat = [\"10:00\"]\n",
        )
        .unwrap();
        let o = overview(&dirs);
        assert_eq!(o.rows.len(), 1, "{o:?}");
        assert_eq!(o.rows[0].id, "ok");
        let (file, said) = o.error.clone().expect("the mistake");
        assert_eq!(file, "reminders.toml");
        assert!(said.contains("reminders.toml:1:1"), "{said}");
        // A syntax error: nothing can be read, nothing listed.
        std::fs::write(dirs.reminders_file(), "[[reminder]\n").unwrap();
        let o = overview(&dirs);
        assert!(o.rows.is_empty() && o.schedule.is_none() && o.error.is_some());
        let o = overview(&Dirs::under(&tmp.path().join("none")));
        assert!(o.built_in && o.error.is_none());
        assert_eq!(o.rows.len(), 6);
    }
}
