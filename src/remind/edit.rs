//! Changing when reminders come, from the reminders screen: a reminder's interval and window
//! or fixed times and its days, and the day they hang on (wake and bedtime in config.toml).
//!
//! Owns every reminder write the interface makes: the [`Form`] (fields as text, checked as
//! they are typed, with a message for people) and writing it back with toml_edit, so comments
//! and layout stay: reminders.toml through [`file::edit_reminder`], config.toml here; and a
//! reminder switched on or off ([`toggle_words`], through [`file::set_enabled`]). Each file
//! is validated in full before it is replaced. Imports no terminal library (the screen is the
//! TUI's).

use std::path::PathBuf;

use toml_edit::{DocumentMut, Item, Value};

use chrono::{DateTime, NaiveTime, TimeZone, Timelike};

use super::file::{self, DAY_NAMES, Days, EditError, Reminder, When};
use crate::config::{self, Config};
use crate::duration;
use crate::paths::Dirs;
use crate::{i18n, t};

/// What a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// `every`: an interval.
    Every,
    /// `from` / `until`: a time expression.
    Time,
    /// `at`: time expressions separated by commas.
    Times,
    /// `days`: weekday names, or "every day".
    Days,
    /// `wake` / `bedtime`: a clock time.
    Clock,
}

/// One field of a form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Field {
    /// The key in the file.
    pub(crate) key: &'static str,
    /// Its label in the language.
    label: String,
    pub(crate) kind: Kind,
    pub(crate) text: String,
    /// What is wrong with the text, for people; `None` when it is fine.
    pub(crate) error: Option<String>,
}

impl Field {
    /// Field `key` (`tui-reminders-field-<key>` is its label).
    fn new(key: &'static str, kind: Kind, text: String) -> Field {
        let mut f = Field {
            key,
            label: i18n::tr(&format!("tui-reminders-field-{key}"), &[]),
            kind,
            text,
            error: None,
        };
        f.check();
        f
    }

    /// Its label in the language.
    pub(crate) fn label(&self) -> &str {
        &self.label
    }

    /// Check the text as it is now.
    pub(crate) fn check(&mut self) {
        self.error = match self.kind {
            Kind::Every => match duration::parse(self.text.trim()) {
                Ok(d) if d.is_zero() => Some(t!("tui-reminders-error-min")),
                Ok(d) if d.as_secs() > 86_400 => Some(t!("tui-reminders-error-max")),
                Ok(_) => None,
                Err(_) => Some(t!("tui-reminders-error-interval")),
            },
            Kind::Time => file::parse_time_expr(&self.text)
                .err()
                .map(|_| t!("tui-reminders-error-time")),
            Kind::Times => {
                let list = split_list(&self.text);
                if list.is_empty() {
                    Some(t!("tui-reminders-error-no-times"))
                } else {
                    list.iter()
                        .find(|t| file::parse_time_expr(t).is_err())
                        .map(|t| t!("tui-reminders-error-not-time", text = t.as_str()))
                }
            }
            Kind::Days => parse_days(&self.text).err(),
            Kind::Clock => config::parse_time_of_day(self.text.trim())
                .is_none()
                .then(|| t!("tui-reminders-error-clock")),
        };
    }
}

/// The words of a comma- or space-separated list.
fn split_list(text: &str) -> Vec<String> {
    text.split([',', ' '])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

/// "every day" (or nothing), or day names such as "mon, wed, fri".
fn parse_days(text: &str) -> Result<Days, String> {
    let t = text.trim().to_lowercase();
    if t.is_empty() || t == "every day" {
        return Ok(Days::ALL);
    }
    let mut days = Days(0);
    for w in split_list(&t) {
        match DAY_NAMES.iter().position(|n| *n == w) {
            Some(i) => days.0 |= 1 << i,
            None => {
                return Err(t!("tui-reminders-error-not-day", text = w.as_str()));
            }
        }
    }
    Ok(days)
}

/// What a form changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Target {
    /// A reminder in reminders.toml, by id.
    Reminder(String),
    /// Wake and bedtime in config.toml.
    Day,
}

/// The fields being edited, and which one has the cursor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    pub(crate) target: Target,
    pub(crate) fields: Vec<Field>,
    pub(crate) at: usize,
}

impl Form {
    /// The schedule of reminder `r`: `every`, `from`, `until` or `at`, and `days`.
    pub(crate) fn reminder(r: &Reminder) -> Form {
        let mut fields = match &r.when {
            When::Every { every, from, until } => vec![
                Field::new("every", Kind::Every, duration::human(*every)),
                Field::new("from", Kind::Time, from.to_string()),
                Field::new("until", Kind::Time, until.to_string()),
            ],
            When::At(times) => vec![Field::new(
                "at",
                Kind::Times,
                times
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
            )],
        };
        fields.push(Field::new("days", Kind::Days, r.days.words()));
        Form {
            target: Target::Reminder(r.id.to_string()),
            fields,
            at: 0,
        }
    }

    /// Wake and bedtime.
    pub(crate) fn day(wake: chrono::NaiveTime, bedtime: chrono::NaiveTime) -> Form {
        let t = |t: chrono::NaiveTime| t.format("%H:%M").to_string();
        Form {
            target: Target::Day,
            fields: vec![
                Field::new("wake", Kind::Clock, t(wake)),
                Field::new("bedtime", Kind::Clock, t(bedtime)),
            ],
            at: 0,
        }
    }

    pub(crate) fn is_valid(&self) -> bool {
        self.fields.iter().all(|f| f.error.is_none())
    }

    /// Type a character into the field with the cursor.
    pub(crate) fn type_char(&mut self, c: char) {
        if let Some(f) = self.fields.get_mut(self.at)
            && !(c == '\t' || crate::text::is_unsafe_char(c))
            && f.text.chars().count() < 200
        {
            f.text.push(c);
            f.check();
        }
    }

    /// Delete the last character of the field with the cursor.
    pub(crate) fn backspace(&mut self) {
        if let Some(f) = self.fields.get_mut(self.at) {
            f.text.pop();
            f.check();
        }
    }

    pub(crate) fn next(&mut self) {
        self.at = (self.at + 1) % self.fields.len().max(1);
    }

    pub(crate) fn prev(&mut self) {
        let n = self.fields.len().max(1);
        self.at = (self.at + n - 1) % n;
    }
}

/// Why a form was not saved; the message is for people.
#[derive(Debug, thiserror::Error)]
pub(crate) enum SaveError {
    /// A field's label, and what is wrong with it.
    #[error("{}", t!("tui-reminders-fix-first", field = .0.as_str(), error = .1.as_str()))]
    Invalid(String, String),
    #[error("{0}")]
    Reminders(#[from] EditError),
    #[error("{0}")]
    Config(String),
}

/// A value that keeps the decoration (spacing, comment) of the one it replaces.
fn set(table: &mut toml_edit::Table, key: &str, v: Value) {
    match table.get_mut(key).and_then(Item::as_value_mut) {
        Some(old) => {
            let decor = old.decor().clone();
            *old = v;
            *old.decor_mut() = decor;
        }
        None => {
            table.insert(key, Item::Value(v));
        }
    }
}

fn string_array(items: &[String]) -> Value {
    let mut a = toml_edit::Array::new();
    for i in items {
        a.push(i.as_str());
    }
    Value::Array(a)
}

/// Write the form back: the reminder's table in reminders.toml, or wake and bedtime in
/// config.toml. Returns the file written.
pub(crate) fn save(dirs: &Dirs, form: &Form) -> Result<PathBuf, SaveError> {
    if let Some(f) = form.fields.iter().find(|f| f.error.is_some()) {
        return Err(SaveError::Invalid(
            f.label.clone(),
            f.error.clone().unwrap_or_default(),
        ));
    }
    match &form.target {
        Target::Reminder(id) => Ok(file::edit_reminder(dirs, id, |table| {
            for f in &form.fields {
                match f.kind {
                    Kind::Times => set(table, f.key, string_array(&split_list(&f.text))),
                    Kind::Days => {
                        let days = parse_days(&f.text).unwrap_or(Days::ALL);
                        if days == Days::ALL {
                            table.remove(f.key);
                        } else {
                            let names: Vec<String> = DAY_NAMES
                                .iter()
                                .enumerate()
                                .filter(|(i, _)| days.0 & (1 << i) != 0)
                                .map(|(_, n)| n.to_string())
                                .collect();
                            set(table, f.key, string_array(&names));
                        }
                    }
                    _ => set(table, f.key, Value::from(f.text.trim())),
                }
            }
        })?),
        Target::Day => save_day(dirs, form),
    }
}

/// Save the form and say what happened, in words for the reminders screen.
pub(crate) fn saved_words(dirs: &Dirs, form: &Form) -> String {
    match save(dirs, form) {
        Ok(path) => picked_up_later(
            dirs,
            t!("tui-reminders-saved", path = path.display().to_string()),
        ),
        Err(e) => e.to_string(),
    }
}

/// Switch reminder `id` on or off, the opposite of what reminders.toml says now (not of what
/// a screen last showed; an unreadable file: on), and say what happened, in words for the
/// reminders screen.
pub(crate) fn toggle_words(dirs: &Dirs, id: &str) -> String {
    let on = match file::load(dirs) {
        Ok((r, _)) => r.get(id).is_some_and(|r| !r.enabled),
        Err(_) => true,
    };
    match file::set_enabled(dirs, id, on) {
        Ok(_) => {
            let how = if on { "on" } else { "off" };
            picked_up_later(dirs, t!("tui-reminders-now", id = id, on = how))
        }
        Err(e) => e.to_string(),
    }
}

/// `said`, and when the reminder process runs, that it picks the change up (it reads the
/// files each minute).
fn picked_up_later(dirs: &Dirs, said: String) -> String {
    if super::state::running(dirs).is_some() {
        t!("tui-reminders-picked-up", said = said)
    } else {
        said
    }
}

/// When a reminder comes next, in words and in the language: `today 10:30`, `tomorrow
/// 07:00`, or with the date for anything later (`Mon 7 Dec 10:30`), as
/// [`super::rows::when`] says it in English.
pub(crate) fn when<Tz: TimeZone>(t: &DateTime<Tz>, now: &DateTime<Tz>) -> String {
    let time = clock(t.time());
    let day = t.date_naive();
    match (day - now.date_naive()).num_days() {
        0 => t!("tui-reminders-today", time = time),
        1 => t!("tui-reminders-tomorrow", time = time),
        _ => t!(
            "tui-reminders-on-day",
            day = crate::history::rows::day_words_short(day),
            time = time
        ),
    }
}

/// A time of day in the language; with its seconds, when it has some, as digits.
fn clock(t: NaiveTime) -> String {
    if t.second() == 0 {
        i18n::clock(i18n::current(), t)
    } else {
        super::rows::clock(&t)
    }
}

/// A reminder's schedule in words and in the language, as [`Reminder::schedule_words`] says
/// it in English: "every 2h, 07:00-20:30, every day", "at 10:30, 18:00, Monday, Wednesday".
pub(crate) fn schedule_words(r: &Reminder, wake: NaiveTime, bedtime: NaiveTime) -> String {
    let at = |e: &file::TimeExpr| {
        let s = e.second_of_day(wake, bedtime);
        clock(NaiveTime::from_num_seconds_from_midnight_opt(s, 0).unwrap_or(NaiveTime::MIN))
    };
    let days = days_words(r.days);
    match &r.when {
        When::Every { every, from, until } => {
            let every = duration::human(*every);
            let (f, u) = (
                from.second_of_day(wake, bedtime),
                until.second_of_day(wake, bedtime),
            );
            if f == u && f == 0 {
                t!("tui-reminders-every", every = every, days = days)
            } else if f == u {
                t!(
                    "tui-reminders-every-from",
                    every = every,
                    from = at(from),
                    days = days
                )
            } else {
                t!(
                    "tui-reminders-every-between",
                    every = every,
                    from = at(from),
                    until = at(until),
                    days = days
                )
            }
        }
        When::At(times) => {
            let mut secs: Vec<u32> = times
                .iter()
                .map(|t| t.second_of_day(wake, bedtime))
                .collect();
            secs.sort_unstable();
            secs.dedup();
            let shown: Vec<String> = secs
                .iter()
                .map(|s| {
                    clock(
                        NaiveTime::from_num_seconds_from_midnight_opt(*s, 0)
                            .unwrap_or(NaiveTime::MIN),
                    )
                })
                .collect();
            t!("tui-reminders-at", at = shown.join(", "), days = days)
        }
    }
}

/// Which days, in the language: every day, weekdays, weekends, or the days' names.
fn days_words(days: Days) -> String {
    let which = match days.0 {
        0x7f => "every",
        0x1f => "weekdays",
        0x60 => "weekends",
        _ => "list",
    };
    let list = if which == "list" {
        let m = i18n::current();
        (0..7u8)
            .filter(|i| days.0 & (1 << i) != 0)
            .filter_map(|i| chrono::Weekday::try_from(i).ok())
            .map(|d| i18n::weekday(m, d))
            .collect::<Vec<_>>()
            .join(", ")
    } else {
        String::new()
    };
    t!("tui-reminders-days", days = which, list = list)
}

/// Wake and bedtime into config.toml (written if there is none), comments kept, the whole
/// file checked before it replaces the old one.
fn save_day(dirs: &Dirs, form: &Form) -> Result<PathBuf, SaveError> {
    let path = dirs.config_file();
    let shown = path.display().to_string();
    let text = if std::fs::symlink_metadata(&path).is_ok() {
        crate::shape::read_text_file(&path, 1024 * 1024)
            .map_err(|d| SaveError::Config(d.headline()))?
    } else {
        String::new()
    };
    let mut doc: DocumentMut = text
        .parse()
        .map_err(|e: toml_edit::TomlError| SaveError::Config(format!("{shown}: {e}")))?;
    for f in &form.fields {
        set(doc.as_table_mut(), f.key, Value::from(f.text.trim()));
    }
    let new_text = doc.to_string();
    Config::parse(&shown, &new_text).map_err(|d| SaveError::Config(d.headline()))?;
    let write = crate::fsio::Write::new();
    write.to(&path, new_text.as_bytes()).map_err(|e| {
        SaveError::Config(t!(
            "tui-reminders-cannot-write",
            path = shown.as_str(),
            error = e.to_string()
        ))
    })?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// In English the screen's words are the ones `windown remind` has always written: the
    /// schedules of every built-in reminder and of odd ones, and the next times.
    #[test]
    fn english_schedules_and_next_times_are_as_before() {
        use chrono::{FixedOffset, TimeZone};
        let text = format!(
            "{}\n[[reminder]]\nid = \"odd\"\ntitle = \"O\"\nevery = \"90m\"\nfrom = \"10:00\"\nuntil = \"10:00\"\n\n[[reminder]]\nid = \"all\"\ntitle = \"A\"\nevery = \"45m\"\ndays = [\"sat\", \"sun\"]\n\n[[reminder]]\nid = \"wd\"\ntitle = \"W\"\nat = [\"07:15\", \"wake+1h\"]\ndays = [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\"]\n",
            file::DEFAULT_TEXT
        );
        let r = file::parse(file::DEFAULT_NAME, &text).unwrap();
        let (wake, bed) = (
            NaiveTime::from_hms_opt(7, 0, 0).unwrap(),
            NaiveTime::from_hms_opt(22, 30, 0).unwrap(),
        );
        for x in &r.reminders {
            assert_eq!(
                schedule_words(x, wake, bed),
                x.schedule_words(wake, bed),
                "{}",
                x.id
            );
        }
        let tz = FixedOffset::east_opt(3600).unwrap();
        let now = tz.with_ymd_and_hms(2026, 11, 24, 21, 30, 0).unwrap();
        for days in 0..9 {
            for (h, m, sec) in [(0, 0, 0), (10, 30, 0), (23, 59, 5)] {
                let t = tz
                    .with_ymd_and_hms(2026, 11, 24 + days, h, m, sec)
                    .single()
                    .unwrap_or(now);
                assert_eq!(when(&t, &now), super::super::rows::when(&t, &now));
            }
        }
    }

    #[test]
    fn fields_are_checked_as_they_are_typed() {
        let r = file::parse(file::DEFAULT_NAME, file::DEFAULT_TEXT).unwrap();
        let mut f = Form::reminder(r.get("hydration").unwrap());
        let texts: Vec<&str> = f.fields.iter().map(|f| f.text.as_str()).collect();
        assert_eq!(texts, ["2h", "wake", "bedtime-2h", "every day"]);
        assert!(f.is_valid());
        f.backspace();
        assert_eq!(f.fields[0].text, "2");
        assert!(f.fields[0].error.is_some());
        f.type_char('h');
        f.type_char('3');
        f.type_char('0');
        f.type_char('m');
        // Controls and bidirectional marks are never typed in (the one character rule).
        f.type_char('\u{1b}');
        f.type_char('\u{200F}');
        assert_eq!((f.fields[0].text.as_str(), f.is_valid()), ("2h30m", true));
        f.prev();
        f.backspace();
        f.type_char('x');
        assert_eq!(
            f.fields[3].error.as_deref(),
            Some("\"every\" is not a day: mon, tue, ... sun, or every day")
        );
    }

    #[test]
    fn saving_keeps_comments_and_layout() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(tmp.path());
        std::fs::create_dir_all(&dirs.config).unwrap();
        std::fs::write(
            dirs.reminders_file(),
            "# mine\n[[reminder]]\nid = \"a\"   # the id\ntitle = \"A\"\nat = [\"10:00\"] # when\n",
        )
        .unwrap();
        let r = file::load(&dirs).unwrap().0;
        let mut f = Form::reminder(r.get("a").unwrap());
        f.fields[0].text = "10:30, bedtime-1h".into();
        f.fields[0].check();
        f.fields[1].text = "mon, wed".into();
        f.fields[1].check();
        save(&dirs, &f).unwrap();
        assert_eq!(
            std::fs::read_to_string(dirs.reminders_file()).unwrap(),
            "# mine\n[[reminder]]\nid = \"a\"   # the id\ntitle = \"A\"\nat = [\"10:30\", \"bedtime-1h\"] # when\ndays = [\"mon\", \"wed\"]\n"
        );
        // Back to every day: the key goes.
        f.fields[1].text = "every day".into();
        f.fields[1].check();
        save(&dirs, &f).unwrap();
        assert!(
            !std::fs::read_to_string(dirs.reminders_file())
                .unwrap()
                .contains("days")
        );
        // An invalid field is never written.
        f.fields[0].text = "25:00".into();
        f.fields[0].check();
        assert!(
            save(&dirs, &f)
                .unwrap_err()
                .to_string()
                .starts_with("fix the fields first: At: ")
        );

        std::fs::write(dirs.config_file(), "# my day\nbedtime = \"23:00\" # late\n").unwrap();
        let cfg = Config::load(&dirs).unwrap();
        let mut d = Form::day(cfg.wake, cfg.bedtime);
        d.fields[1].text = "22:15".into();
        d.fields[1].check();
        save(&dirs, &d).unwrap();
        assert_eq!(
            std::fs::read_to_string(dirs.config_file()).unwrap(),
            "# my day\nbedtime = \"22:15\" # late\nwake = \"07:00\"\n"
        );
    }

    #[test]
    fn a_toggle_flips_what_the_file_says_and_keeps_its_comments() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(tmp.path());
        let was = file::parse(file::DEFAULT_NAME, file::DEFAULT_TEXT)
            .unwrap()
            .get("hydration")
            .unwrap()
            .enabled;
        let said = toggle_words(&dirs, "hydration");
        let how = if was { "off" } else { "on" };
        assert_eq!(said, format!("hydration is now {how}"));
        let (r, _) = file::load(&dirs).unwrap();
        assert_eq!(r.get("hydration").unwrap().enabled, !was);
        let text = std::fs::read_to_string(dirs.reminders_file()).unwrap();
        assert!(text.starts_with("# windown reminders"), "{text}");
        toggle_words(&dirs, "hydration");
        assert_eq!(
            file::load(&dirs)
                .unwrap()
                .0
                .get("hydration")
                .unwrap()
                .enabled,
            was
        );
        assert!(!toggle_words(&dirs, "no-such-reminder").is_empty());
    }
}
