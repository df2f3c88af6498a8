//! Reminders: daytime and bedtime desktop notifications on a schedule the person edits.
//!
//! - [`mod@file`]: `reminders.toml` (format, built-in default, located errors).
//! - [`schedule`]: the pure schedule (next occurrences after a moment, DST rules).
//! - [`daemon`]: `remind run`, the process that sends them.
//! - [`edit`]: changing reminder times and wake/bedtime from the reminders screen.
//! - [`evening`]: skip-when-done, and the check of the routines reminders name.
//! - [`notify`]: the session-bus adapter that never blocks its caller and hears the answers.
//! - [`terminal`]: the terminal a "Start" action opens the routine in.
//! - [`state`]: what the process remembers, and its single-instance lock.
//! - [`ics`]: the schedule as an iCalendar file for phone and desktop calendars.
//! - [`install`]: the systemd user unit or XDG autostart entry.
//! - [`process`]: starting and stopping the reminder process from the app.
//! - [`bars`]: each status bar's escaping of `remind next`.
//! - [`rows`]: what the reminders screen shows, as plain data (the screen is the TUI's).
//!
//! The `windown remind ...` commands are `crate::cli::remind`.

/// The name of the reminder process's own binary, installed beside `windown`; `remind run`
/// becomes it (and a notification's Start opens the `windown` beside it). It alone speaks to
/// the session bus: `remind test` and the reminders screen's test go through it too, so that
/// `windown` carries no bus code (issue 24: the interface maps only what it uses).
pub(crate) const REMIND_BIN: &str = "windown-remind";

/// The `windown-remind` beside this program, when it is there.
pub(crate) fn beside() -> Option<std::path::PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let small = exe.parent()?.join(REMIND_BIN);
    small.is_file().then_some(small)
}

pub mod bars;
pub(crate) mod daemon;
pub(crate) mod edit;
pub(crate) mod evening;
pub mod file;
pub mod ics;
pub mod install;
pub mod notify;
pub(crate) mod process;
pub mod rows;
pub mod schedule;
pub mod state;
pub mod terminal;

use chrono::{DateTime, Local};

use crate::paths::Dirs;

/// The person pressed "Done" on a reminder notification: recorded in the history (as a
/// reminder acknowledgement). The error, if any, is the caller's to report (the reminder
/// process logs it and goes on: it is never fatal).
pub fn record_done(
    dirs: &Dirs,
    reminder_id: &str,
    at: DateTime<Local>,
) -> Result<(), crate::history::HistoryError> {
    crate::history::record_reminder_ack(dirs, reminder_id, at.fixed_offset())
}

/// The notification of reminder `r`. A reminder that names a routine (the evening ones) is of
/// normal urgency and offers "Start" with its actions; the others (water, legs up) are low
/// urgency, daytime nudges.
pub fn message(
    r: &file::Reminder,
    icon: Option<std::path::PathBuf>,
    actions: bool,
) -> notify::Message {
    let (title, body) = words(r, crate::i18n::current());
    notify::Message {
        title,
        body,
        icon,
        actions,
        start: actions && r.routine.is_some(),
        low: r.routine.is_none(),
        replaces: None,
    }
}

/// The built-in reminders whose body is a safety text: sent with the English original beside
/// a translation not yet clinically reviewed.
const SAFETY_BODIES: [&str; 2] = ["hydration", "legs-up"];

/// A reminder's title and body in `m`'s language. A built-in reminder still as shipped
/// (its title and body the English `remind-<id>-title` and `-body`) is sent in the language;
/// one the person wrote or changed is sent in their own words. The line that says how to
/// start the routine is windown's, so it is in the language either way.
pub(crate) fn words(r: &file::Reminder, m: &crate::i18n::Messages) -> (String, String) {
    use crate::i18n::Arg;
    let mut title = r.title.to_string();
    let mut body = r.body.as_deref().unwrap_or_default().to_string();
    if let Some((title_id, body_id)) = as_shipped(r, m) {
        title = m.tr(&title_id, &[]);
        body = if SAFETY_BODIES.contains(&r.id.as_str()) {
            let s = crate::i18n::safety_in(m, &body_id, &[]);
            match s.english {
                Some(en) => format!(
                    "{}\n{} {en}",
                    s.text,
                    m.tr("language-english-original", &[])
                ),
                None => s.text,
            }
        } else {
            m.tr(&body_id, &[])
        };
    }
    if let Some(routine) = &r.routine {
        if !body.is_empty() {
            body.push('\n');
        }
        // `windown ID` would run the command of that name.
        let run = if crate::routine::catalog::COMMAND_NAMES.contains(&routine.as_str()) {
            "run "
        } else {
            ""
        };
        let command = format!("windown {run}{routine}");
        body.push_str(&m.tr("remind-start-with", &[("command", Arg::from(command))]));
    }
    (title, body)
}

/// A reminder's title as its notification says it ([`words`]): a built-in reminder still as
/// shipped in `m`'s language, any other in its own words (`remind status` and `preview`).
pub(crate) fn title(r: &file::Reminder, m: &crate::i18n::Messages) -> String {
    match as_shipped(r, m) {
        Some((title_id, _)) => m.tr(&title_id, &[]),
        None => r.title.to_string(),
    }
}

/// The ids of a built-in reminder's title and body messages (`remind-<id>-title`, `-body`)
/// when `r` is one still as shipped (its title and body the English messages) and `m`'s
/// language is not English but has it; `None` when it is sent in its own words.
fn as_shipped(r: &file::Reminder, m: &crate::i18n::Messages) -> Option<(String, String)> {
    let title_id = format!("remind-{}-title", r.id);
    if m.lang() == "en" || !m.has(&title_id) {
        return None;
    }
    let body_id = format!("remind-{}-body", r.id);
    // The process's English (made once), not a new one per reminder: `remind preview` in
    // German spent half its time making English six times.
    let en = crate::i18n::english();
    (en.tr(&title_id, &[]) == *r.title
        && en.tr(&body_id, &[]) == r.body.as_deref().unwrap_or_default())
    .then_some((title_id, body_id))
}

/// Send reminder `id` now as a test notification (no buttons) and say what happened, in
/// words for a screen: "test of hydrate: a notification server took it". Blocks until the
/// server answers or the wait is given up. The files are read leniently: a mistake in another
/// reminder does not stop this one's test.
pub(crate) fn send_test(dirs: &Dirs, id: &str) -> String {
    let loaded = file::load_schedule_read(dirs);
    let Some(r) = loaded.schedule.reminders.iter().find(|r| r.id == id) else {
        return match loaded.problems.first() {
            Some(first) => crate::t!(
                "remind-test-file-mistake",
                id = id,
                problem = first.headline()
            ),
            None => crate::t!("remind-test-no-reminder", id = id),
        };
    };
    let msg = message(r, daemon::icon_path(dirs), false);
    test_words(id, &notify::send(msg))
}

/// "test of hydration: a notification server took it", in the process's language.
fn test_words(id: &str, outcome: &notify::Outcome) -> String {
    let (kind, error) = match outcome {
        notify::Outcome::Delivered => ("delivered", String::new()),
        notify::Outcome::Failed(e) => ("failed", e.clone()),
        notify::Outcome::TimedOut => ("timeout", String::new()),
    };
    crate::t!(
        "remind-test-result",
        outcome = kind,
        id = id,
        error = error,
        seconds = notify::GIVE_UP.as_secs()
    )
}

/// [`send_test`] for the reminders screen, run by the `windown-remind` beside this program
/// (`windown-remind said-test ID`, with these folders), which alone speaks to the bus. Its one
/// line, or what kept it from running.
pub(crate) fn send_test_beside(dirs: &Dirs, id: &str) -> String {
    let Some(small) = beside() else {
        return crate::t!("remind-test-not-beside", program = REMIND_BIN);
    };
    let out = std::process::Command::new(small)
        .args(["said-test", id])
        .env("WINDOWN_CONFIG_DIR", &dirs.config)
        .env("WINDOWN_DATA_DIR", &dirs.data)
        .env("WINDOWN_STATE_DIR", &dirs.state)
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .output();
    match out {
        Ok(o) if o.status.success() => {
            let said = String::from_utf8_lossy(&o.stdout);
            crate::diag::printable(said.trim_end()).into_owned()
        }
        Ok(o) => crate::t!(
            "remind-test-ended",
            program = REMIND_BIN,
            status = o.status.to_string()
        ),
        Err(e) => crate::t!(
            "remind-test-cannot-start",
            program = REMIND_BIN,
            error = e.to_string()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Messages;

    fn builtin() -> file::Reminders {
        file::parse("reminders.toml", file::DEFAULT_TEXT).expect("the built-in reminders")
    }

    /// Each built-in reminder has its words as messages, the English ones exactly as in
    /// assets/reminders.toml (a change there without the messages would leave it English).
    #[test]
    fn the_built_in_reminders_words_are_messages_equal_to_the_file() {
        let en = Messages::builtin("en");
        for r in &builtin().reminders {
            assert_eq!(en.tr(&format!("remind-{}-title", r.id), &[]), *r.title);
            assert_eq!(
                en.tr(&format!("remind-{}-body", r.id), &[]),
                r.body.as_deref().unwrap_or_default(),
                "{}",
                r.id
            );
            // In English a notification is as it always was.
            assert_eq!(words(r, &en), (r.title.to_string(), r.full_body()));
        }
    }

    #[test]
    fn a_built_in_reminder_is_sent_in_the_language_and_an_own_one_in_its_words() {
        let de = Messages::builtin("de");
        let all = builtin();
        let (title, body) = words(all.get("evening-stretch").unwrap(), &de);
        assert_eq!(title, "Abendliches Dehnen");
        assert_eq!(
            body,
            "Etwa vier Minuten Dehnen für Waden und Oberschenkelrückseiten, dann direkt ins \
             Bett.\nStarten mit: windown evening-legs"
        );
        // The safety text comes with its English original while the language is a draft.
        let (_, body) = words(all.get("legs-up").unwrap(), &de);
        assert!(body.contains("hören Sie auf"), "{body}");
        assert!(
            body.ends_with("\nAuf Englisch: Feet above your heart for about 30 minutes, for swollen ankles and comfort (not a cramp treatment). If it makes you short of breath, or the pain worse, or your feet pale or cold, stop and tell your doctor."),
            "{body}"
        );
        // A built-in reminder the person changed is sent in their words.
        let own = file::parse(
            "r.toml",
            "[[reminder]]\nid = \"hydration\"\ntitle = \"Wasser!\"\nevery = \"2h\"\n",
        )
        .unwrap();
        assert_eq!(
            words(own.get("hydration").unwrap(), &de),
            ("Wasser!".to_string(), String::new())
        );
        // `remind status` and `preview` give the title the notification gives.
        assert_eq!(super::title(own.get("hydration").unwrap(), &de), "Wasser!");
        for m in [&de, &Messages::builtin("en"), &Messages::builtin("en-XA")] {
            for r in &all.reminders {
                assert_eq!(super::title(r, m), words(r, m).0, "{} {}", m.lang(), r.id);
            }
        }
        assert_eq!(
            super::title(all.get("hydration").unwrap(), &de),
            "Etwas Wasser trinken"
        );
        // A test's words are whole sentences, English as before.
        for o in [
            notify::Outcome::Delivered,
            notify::Outcome::Failed("no bus".into()),
            notify::Outcome::TimedOut,
        ] {
            assert_eq!(
                test_words("hydration", &o),
                format!("test of hydration: {}", o.describe())
            );
        }
        // The test language converts every word of a built-in one.
        let (title, body) = words(all.get("wind-down").unwrap(), &Messages::builtin("en-XA"));
        assert!(title.starts_with('[') && title.ends_with(']'), "{title}");
        assert!(body.lines().all(|l| l.starts_with('[')), "{body}");
    }
}
