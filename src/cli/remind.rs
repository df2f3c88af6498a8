//! The `windown remind ...` commands: their arguments ([`RemindCommand`]), argument handling
//! and output, nothing else; and the entry of the small `windown-remind` binary that `remind
//! run` becomes. Reads the process environment only here (for `install` and `run`), at the
//! edge.

use std::io::Write;
use std::process::ExitCode;

use chrono::{DateTime, Local, NaiveDate, NaiveDateTime};
use clap::Subcommand;

use crate::diag::{self, printable};
use crate::error::{CmdResult, Failure};
use crate::paths::Dirs;
use crate::remind::bars;
use crate::remind::file::{self, Source};
use crate::remind::install::{self, Places};
use crate::remind::notify::{self, Outcome};
use crate::remind::rows;
use crate::remind::schedule::{self, resolve_local};
use crate::remind::state::{self, State};
use crate::t;
use crate::text;

/// The words after `windown remind`.
#[derive(Debug, Subcommand)]
pub(crate) enum RemindCommand {
    /// Write a commented reminders.toml to edit (refuses to overwrite).
    Init,
    /// List the coming reminders.
    Preview {
        /// Start from this local time: 2026-12-01T06:00, "2026-12-01 06:00" or 2026-12-01.
        #[arg(long)]
        from: Option<String>,
        /// How many days to list.
        #[arg(long, default_value_t = 1)]
        days: u32,
        /// One JSON object per line.
        #[arg(long)]
        json: bool,
    },
    /// Send reminders on schedule; stays in the foreground.
    Run,
    /// Write the schedule as an iCalendar file (RFC 5545) for phone and desktop calendars.
    Export {
        /// iCalendar (.ics), the one format there is.
        #[arg(long, required = true)]
        ics: bool,
        /// How many days the events repeat for.
        #[arg(long, default_value_t = 365, value_parser = clap::value_parser!(u32).range(1..=i64::from(crate::remind::ics::MAX_DAYS)))]
        days: u32,
        /// Start on this day (2026-12-01) instead of today.
        #[arg(long)]
        from: Option<String>,
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        output: Option<std::path::PathBuf>,
    },
    /// Start the reminder process at login (a systemd user unit, or XDG autostart).
    Install {
        /// Print the unit instead of writing it.
        #[arg(long)]
        print: bool,
    },
    /// Undo `remind install`.
    Uninstall,
    /// Send one reminder now and say whether a notification server took it.
    Test { id: String },
    /// Is the reminder process running; the next reminders; what happened last to each
    /// (sent, snoozed, done, or skipped because its routine was done that evening).
    Status,
    /// The next reminder, in one line for a status bar (waybar, polybar, i3blocks, tmux).
    Next {
        /// Each bar's own escaping. plain: "21:30 Time to wind down", anything a bar
        /// interprets left out; json: one object, exact; waybar: waybar's custom module
        /// (Pango); i3blocks: Pango (`markup=pango`); polybar; tmux: for `#(...)`.
        #[arg(long, value_enum, default_value_t = NextFormat::Plain)]
        format: NextFormat,
    },
}

pub(crate) fn dispatch(dirs: &Dirs, cmd: RemindCommand) -> CmdResult {
    match cmd {
        RemindCommand::Init => init(dirs),
        RemindCommand::Preview { from, days, json } => preview(dirs, from.as_deref(), days, json),
        RemindCommand::Run => run(),
        RemindCommand::Export {
            ics: _,
            days,
            from,
            output,
        } => export(dirs, days, from.as_deref(), output.as_deref()),
        RemindCommand::Install { print } => {
            let (places, exe, env) = install_context()?;
            install(&places, &exe, &env, print)
        }
        RemindCommand::Uninstall => {
            let (places, _, _) = install_context()?;
            uninstall(&places)?;
            stop_running(dirs)?;
            Ok(ExitCode::SUCCESS)
        }
        RemindCommand::Test { id } => test_beside(&id),
        RemindCommand::Status => status(dirs),
        RemindCommand::Next { format } => next(dirs, format),
    }
}

/// `windown remind run` (the command people and the systemd unit use): becomes the small
/// `windown-remind` beside this program (same process id, same environment), which maps only
/// the reminder code. `windown` itself carries no bus code (issue 24), so without that binary
/// there is no reminder process: said as an error, with where it belongs.
fn run() -> CmdResult {
    become_small(&["remind", "run"], &[])
}

/// `windown remind test ID`: run by the `windown-remind` beside this program (same process,
/// output and exit code), which alone speaks to the session bus.
fn test_beside(id: &str) -> CmdResult {
    become_small(&["remind", "test"], &["test", id])
}

/// Become `windown-remind ARGS` (exec); an error when it is absent or cannot start. `words`
/// is the command as the person typed it, for the message.
fn become_small(words: &[&str], args: &[&str]) -> CmdResult {
    use crate::remind::REMIND_BIN;
    let words = words.join(" ");
    let Some(small) = crate::remind::beside() else {
        return Err(Failure::new(t!(
            "cli-remind-no-small-program",
            command = words.as_str(),
            program = REMIND_BIN
        ))
        .with_hint(t!("cli-remind-no-small-program-hint", program = REMIND_BIN)));
    };
    use std::os::unix::process::CommandExt as _;
    // `exec` only comes back when it failed.
    let e = std::process::Command::new(&small).args(args).exec();
    Err(Failure::new(t!(
        "cli-remind-cannot-start",
        command = words.as_str(),
        program = printable(&small.display().to_string()).as_ref(),
        error = printable(&e.to_string()).as_ref()
    )))
}

/// The reminder process in this process: what `windown-remind` runs without arguments.
fn run_here(dirs: &Dirs) -> CmdResult {
    crate::remind::daemon::run(dirs, snooze_length())
}

/// Entry point of `windown-remind`. Without arguments: the reminder process (`windown remind
/// run` starts it). Two forms `windown` hands over, as the one binary that speaks to the
/// session bus: `test ID` (`windown remind test ID`, its output and exit code) and `said-test
/// ID` (the reminders screen's test: one line on stdout).
pub fn remind_main() -> ExitCode {
    use crate::remind::REMIND_BIN;
    crate::signals::file_size_limit_is_an_error();
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    let args: Option<Vec<&str>> = args.iter().map(|a| a.to_str()).collect();
    let dirs = || {
        Dirs::from_env()
            .map_err(|e| Failure::new(e.to_string()))
            .inspect(|dirs| {
                // systemd gives no LANG: the language is config.toml's.
                let language = crate::config::Config::load_or_defaults(dirs).0.language;
                crate::i18n::start_quietly(dirs, language);
            })
    };
    let result = match args.as_deref().unwrap_or(&["?"]) {
        [] => dirs().and_then(|dirs| run_here(&dirs)),
        ["test", id] => dirs().and_then(|dirs| test(&dirs, id)),
        ["said-test", id] => dirs().and_then(|dirs| {
            crate::error::print_out(&format!("{}\n", crate::remind::send_test(&dirs, id)))?;
            Ok(ExitCode::SUCCESS)
        }),
        _ => Err(
            Failure::usage(t!("cli-remind-no-arguments", program = REMIND_BIN))
                .with_hint(t!("cli-remind-start-it")),
        ),
    };
    match result {
        Ok(code) => code,
        Err(f) => {
            crate::error::print_err(&f.to_string());
            ExitCode::from(f.code())
        }
    }
}

/// How long "Snooze" puts a reminder off: [`crate::remind::daemon::SNOOZE`], or
/// `WINDOWN_SNOOZE_SECS` seconds when set (for tests, which cannot wait ten minutes).
fn snooze_length() -> std::time::Duration {
    std::env::var("WINDOWN_SNOOZE_SECS")
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .filter(|&s| s > 0)
        .map_or(
            crate::remind::daemon::SNOOZE,
            std::time::Duration::from_secs,
        )
}

/// Where to install, this binary, and the folder variables to pass on.
fn install_context() -> Result<install::Context, Failure> {
    install::context_from_env()
}

/// The schedule of what is valid in reminders.toml and config.toml; a mistake in them is
/// told on stderr and costs only its own reminder or setting (the command still succeeds).
fn load(dirs: &Dirs) -> Result<(file::Schedule, Source), Failure> {
    let loaded = file::load_schedule_read(dirs);
    loaded.warn();
    Ok((loaded.schedule, loaded.source))
}

/// `remind init`.
pub(crate) fn init(dirs: &Dirs) -> CmdResult {
    let path = dirs.reminders_file();
    if std::fs::symlink_metadata(&path).is_ok() {
        return Err(Failure::new(t!(
            "cli-remind-init-exists",
            path = path.display().to_string()
        ))
        .with_hint(t!("cli-remind-init-exists-hint")));
    }
    crate::fsio::write(&path, file::DEFAULT_TEXT.as_bytes())
        .map_err(|e| Failure::io("write", &path, &e))?;
    crate::outln!("{}", t!("cli-wrote", path = path.display().to_string()))?;
    crate::outln!("{}", t!("cli-remind-init-next"))?;
    Ok(ExitCode::SUCCESS)
}

/// A `--from` value: `2026-12-01T06:00`, `2026-12-01 06:00` (seconds allowed), or a date.
pub(crate) fn parse_from(text: &str) -> Option<NaiveDateTime> {
    let t = text.trim();
    for f in [
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M:%S",
    ] {
        if let Ok(d) = NaiveDateTime::parse_from_str(t, f) {
            return Some(d);
        }
    }
    NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .ok()
        .map(|d| d.and_time(chrono::NaiveTime::MIN))
}

/// `remind preview`.
pub(crate) fn preview(dirs: &Dirs, from: Option<&str>, days: u32, json: bool) -> CmdResult {
    let (sched, _) = load(dirs)?;
    warn_routines(dirs);
    let start: DateTime<Local> = match from {
        None => Local::now(),
        Some(text) => parse_from(text)
            .and_then(|n| resolve_local(&Local, n))
            .ok_or_else(|| {
                Failure::usage(t!("cli-remind-not-a-date-time", text = text))
                    .with_hint(t!("cli-remind-not-a-date-time-hint"))
            })?,
    };
    let naive_end = start
        .naive_local()
        .checked_add_days(chrono::Days::new(u64::from(days)))
        .ok_or_else(|| Failure::usage(t!("cli-remind-too-far", days = days.to_string())))?;
    let end = resolve_local(&Local, naive_end)
        .ok_or_else(|| Failure::usage(t!("cli-remind-too-far", days = days.to_string())))?;
    // Occurrences at or after the start: the schedule works in whole seconds.
    let after = start - chrono::Duration::seconds(1);
    // The local zone looked up once a day over the list (a reminder's times start the day
    // before the first and reach into the day after the last), not for each time.
    let first_day = after.date_naive();
    let zone = schedule::Days::new(
        &Local,
        first_day.pred_opt().unwrap_or(first_day),
        end.date_naive().succ_opt().unwrap_or(end.date_naive()),
    );
    let list = merged(
        &sched,
        &after,
        &end,
        if json { usize::MAX } else { PREVIEW_CAP },
        &zone,
    );
    let more = if json || list.len() < PREVIEW_CAP {
        0
    } else {
        (0..sched.reminders.len())
            .map(|i| schedule::count_between(&sched, i, &after, &end, &zone))
            .sum::<u64>()
            .saturating_sub(list.len() as u64)
    };
    if json {
        let stdout = std::io::stdout();
        let mut out = crate::error::Watched::new(std::io::BufWriter::new(stdout.lock()));
        for o in &list {
            let r = &sched.reminders[o.reminder];
            let at = o.at.to_rfc3339_opts(chrono::SecondsFormat::Secs, false);
            let mut v = serde_json::json!({"at": at, "id": r.id, "title": r.title});
            if let Some(rt) = &r.routine {
                v["routine"] = serde_json::Value::from(rt.as_str());
            }
            if writeln!(out, "{v}").is_err() {
                break;
            }
        }
        out.result()?;
        return Ok(ExitCode::SUCCESS);
    }
    // Each time as people read it (`today 20:30`, `tomorrow 07:00`, `Mon 7 Dec 10:30`; from
    // another day always with the date): each day's heading made once, each row only its
    // clock; each reminder's id and title once per reminder; one buffer, written once.
    let today = from.is_none().then(|| start.date_naive());
    let mut days: Vec<rows::DayHeading> = Vec::new();
    let mut day_of: Vec<usize> = Vec::with_capacity(list.len());
    for o in &list {
        let date = o.at.date_naive();
        if days.last().is_none_or(|d| d.date() != date) {
            days.push(rows::DayHeading::new(date, today));
        }
        day_of.push(days.len() - 1);
    }
    let seconds = |o: &schedule::Occurrence<Local>| chrono::Timelike::second(&o.at) != 0;
    let when_width = list
        .iter()
        .zip(&day_of)
        .map(|(o, &d)| days[d].width(seconds(o)))
        .max()
        .unwrap_or(0);
    let width = id_width(&sched);
    // A built-in reminder's title in the language, as its notification says it.
    let m = crate::i18n::current();
    let names: Vec<String> = sched
        .reminders
        .iter()
        .map(|r| {
            format!(
                "{}{}  {}",
                r.id,
                text::padding(&r.id, width),
                printable(&crate::remind::title(r, m))
            )
        })
        .collect();
    let mut out = String::with_capacity(list.len() * (when_width + 2 + 40));
    for (o, &d) in list.iter().zip(&day_of) {
        let day = &days[d];
        day.push(&mut out, &o.at);
        let pad = when_width.saturating_sub(day.width(seconds(o)));
        out.extend(std::iter::repeat_n(' ', pad + 2));
        out.push_str(names.get(o.reminder).map_or("", String::as_str));
        out.push('\n');
    }
    if more > 0 {
        out.push_str(&t!(
            "cli-remind-preview-more",
            more = more,
            cap = PREVIEW_CAP
        ));
        out.push('\n');
    }
    crate::error::print_out(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// Most occurrences `remind preview` lists; "… and N more" says how many it left out.
pub(crate) const PREVIEW_CAP: usize = 1000;

/// The occurrences of the enabled reminders after `after` and before `before`, in time order
/// (ties in file order), at most `limit`: each reminder's own stream merged through a heap, so
/// the work grows with the occurrences listed (times the logarithm of the reminders), never
/// with every reminder looked at for each occurrence.
fn merged(
    sched: &file::Schedule,
    after: &DateTime<Local>,
    before: &DateTime<Local>,
    limit: usize,
    zone: &schedule::Days<Local>,
) -> Vec<schedule::Occurrence<Local>> {
    use std::cmp::Reverse;
    let mut streams: Vec<_> = (0..sched.reminders.len())
        .map(|i| {
            sched.reminders[i]
                .enabled
                .then(|| schedule::ReminderOccurrences::within(sched, i, after, zone))
                .flatten()
        })
        .collect();
    let mut heap = std::collections::BinaryHeap::new();
    for (i, s) in streams.iter_mut().enumerate() {
        if let Some(t) = s.as_mut().and_then(Iterator::next) {
            heap.push(Reverse((t, i)));
        }
    }
    let mut out = Vec::new();
    while out.len() < limit {
        let Some(Reverse((at, i))) = heap.pop() else {
            break;
        };
        if at >= *before {
            break;
        }
        if let Some(t) = streams[i].as_mut().and_then(Iterator::next) {
            heap.push(Reverse((t, i)));
        }
        out.push(schedule::Occurrence { at, reminder: i });
    }
    out
}

/// `remind export --ics`.
pub(crate) fn export(
    dirs: &Dirs,
    days: u32,
    from: Option<&str>,
    output: Option<&std::path::Path>,
) -> CmdResult {
    let (sched, _) = load(dirs)?;
    warn_routines(dirs);
    let start = match from {
        None => Local::now().date_naive(),
        Some(text) => parse_from(text).map(|d| d.date()).ok_or_else(|| {
            Failure::usage(t!("cli-remind-not-a-date", text = text))
                .with_hint(t!("cli-remind-not-a-date-hint"))
        })?,
    };
    let text = crate::remind::ics::calendar(
        &sched,
        &Local,
        &local_zone_name(),
        start,
        days,
        chrono::Utc::now(),
    );
    match output {
        Some(path) => {
            crate::fsio::Write::new()
                .output()
                .to(path, text.as_bytes())
                .map_err(|e| Failure::io("write", path, &e))?;
            crate::errln!("{}", t!("cli-wrote", path = path.display().to_string()));
        }
        None => {
            let stdout = std::io::stdout();
            let mut out = crate::error::Watched::new(std::io::BufWriter::new(stdout.lock()));
            let _ = out.write_all(text.as_bytes());
            out.result()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The name of the local time zone for calendars: `TZ` when it names a zone, else where
/// `/etc/localtime` points, else `UTC` when nothing says otherwise. A name that is not a
/// zone's (a POSIX rule) becomes `windown-local`: the file describes the zone itself.
fn local_zone_name() -> String {
    let known = |name: &str| {
        !name.is_empty()
            && !name.contains("..")
            && std::path::Path::new("/usr/share/zoneinfo")
                .join(name)
                .is_file()
    };
    match std::env::var("TZ") {
        Ok(tz) => {
            let name = tz.trim_start_matches(':');
            if name.is_empty() {
                "UTC".into()
            } else if known(name) {
                name.to_string()
            } else if let Some(i) = name.find("zoneinfo/") {
                name[i + "zoneinfo/".len()..].to_string()
            } else {
                "windown-local".into()
            }
        }
        Err(_) => std::fs::read_link("/etc/localtime")
            .ok()
            .and_then(|p| {
                let s = p.to_string_lossy().into_owned();
                s.find("zoneinfo/")
                    .map(|i| s[i + "zoneinfo/".len()..].to_string())
            })
            .unwrap_or_else(|| "UTC".into()),
    }
}

fn test(dirs: &Dirs, id: &str) -> CmdResult {
    let (sched, _) = load(dirs)?;
    let Some(r) = sched.reminders.iter().find(|r| r.id == id) else {
        let ids: Vec<&str> = sched.reminders.iter().map(|r| r.id.as_str()).collect();
        let f = Failure::usage(format!("there is no reminder \"{id}\""));
        return Err(match diag::did_you_mean(id, ids.iter().copied()) {
            Some(s) => f.with_hint(format!("did you mean \"{s}\"?")),
            None => f.with_hint(format!("the reminders are: {}", ids.join(", "))),
        });
    };
    let mut msg = crate::remind::message(r, crate::remind::daemon::icon_path(dirs), false);
    // As the reminder process would send it now: during a personal experiment an evening
    // reminder says what tonight is, and on a rest evening a stretching routine's is not sent.
    if let Some(routine) = r.routine.as_deref() {
        let tonight = crate::remind::evening::Tonight::load(dirs);
        let at = chrono::Local::now().fixed_offset();
        if let Some(line) = tonight.experiment_line(routine, at) {
            msg.body = format!("{line}\n{}", msg.body);
        }
        if tonight.rest_evening_skips(routine, at) {
            crate::outln!(
                "{}",
                t!(
                    "cli-remind-test-not-tonight",
                    why = crate::remind::evening::rest_evening_skipped()
                )
            )?;
        }
    }
    match notify::send(msg) {
        Outcome::Delivered => {
            crate::outln!(
                "{}",
                t!("cli-remind-test-sent", title = printable(&r.title).as_ref())
            )?;
            Ok(ExitCode::SUCCESS)
        }
        other => {
            let hint = if other == Outcome::TimedOut {
                t!("cli-remind-server-stuck")
            } else {
                t!("cli-remind-no-server")
            };
            Err(Failure::new(t!(
                "cli-remind-not-sent",
                title = r.title.as_ref(),
                why = other.describe()
            ))
            .with_hint(hint))
        }
    }
}

/// After `remind uninstall`: a reminder process still running (started by hand, or by an
/// autostart entry) is asked to stop (SIGTERM), and given three seconds to let go of its lock.
fn stop_running(dirs: &Dirs) -> Result<(), Failure> {
    let Some(pid) = state::running(dirs).filter(|&p| p > 0) else {
        return Ok(());
    };
    let Ok(raw) = libc::pid_t::try_from(pid) else {
        return Ok(());
    };
    // SAFETY: kill(2) takes plain integers; the pid is the one holding the reminder lock.
    unsafe {
        libc::kill(raw, libc::SIGTERM);
    }
    let end = std::time::Instant::now() + crate::remind::daemon::STOP_GRACE;
    while state::running(dirs).is_some() && std::time::Instant::now() < end {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    if state::running(dirs).is_some() {
        return Err(
            Failure::new(format!("the reminder process (pid {pid}) did not stop"))
                .with_hint(format!("stop it with: kill {pid}")),
        );
    }
    crate::outln!("{}", t!("cli-remind-stopped", pid = pid.to_string()))?;
    Ok(())
}

/// Whether `remind install` has set the process to start at login, in words.
fn installed_words() -> String {
    match install_context() {
        Ok((places, _, _))
            if places.packaged_unit.is_some()
                && install::real_systemctl(&["is-enabled", "--quiet", install::UNIT_NAME])
                    .is_ok() =>
        {
            t!("cli-remind-installed-package", unit = install::UNIT_NAME)
        }
        Ok((places, _, _)) if places.systemd_unit.exists() => t!(
            "cli-remind-installed",
            path = places.systemd_unit.display().to_string()
        ),
        Ok((places, _, _)) if places.autostart.exists() => t!(
            "cli-remind-installed",
            path = places.autostart.display().to_string()
        ),
        _ => t!("cli-remind-not-installed"),
    }
}

fn status(dirs: &Dirs) -> CmdResult {
    match state::running(dirs) {
        Some(0) => crate::outln!("{}", t!("cli-remind-running"))?,
        Some(pid) => crate::outln!("{}", t!("cli-remind-running-pid", pid = pid.to_string()))?,
        None => {
            crate::outln!("{}", t!("cli-remind-not-running"))?;
            crate::outln!("  {}", t!("cli-remind-start-now"))?;
        }
    }
    crate::outln!("{}", installed_words())?;
    if let Some(p) = state::lock_problem(dirs) {
        crate::errln!(
            "warning: {}",
            t!("cli-remind-lock-problem", problem = printable(&p).as_ref())
        );
    }
    // The process state first: it is worth knowing even when the file has a mistake.
    let (sched, source) = load(dirs)?;
    warn_routines(dirs);
    match source {
        Source::User(p) => {
            crate::outln!("{}", t!("cli-remind-file", path = p.display().to_string()))?
        }
        Source::BuiltIn => crate::outln!("{}", t!("cli-remind-built-in"))?,
    }
    let now = Local::now();
    let end = now + chrono::Duration::days(8);
    let next = schedule::next_occurrences(&sched, &now, &end, 5);
    let width = id_width(&sched);
    if next.is_empty() {
        crate::outln!("{}", t!("cli-remind-next-none"))?;
    } else {
        crate::outln!("{}", t!("cli-remind-next"))?;
        let tonight = crate::remind::evening::Tonight::load(dirs);
        let whens: Vec<String> = next
            .iter()
            .map(|o| crate::remind::rows::when(&o.at, &now))
            .collect();
        let when_width = whens.iter().map(|w| text::width(w)).max().unwrap_or(0);
        // A built-in reminder's title in the language, as its notification says it.
        let m = crate::i18n::current();
        let titles: Vec<String> = sched
            .reminders
            .iter()
            .map(|r| crate::remind::title(r, m))
            .collect();
        for (o, when) in next.iter().zip(&whens) {
            let r = &sched.reminders[o.reminder];
            let skipped = r
                .routine
                .as_ref()
                .and_then(|rt| tonight.done(rt, o.at.fixed_offset()))
                .map_or(String::new(), |d| {
                    format!("  ({})", crate::remind::evening::skipped_words(d))
                });
            crate::outln!(
                "  {when}{}  {}{}  {}{skipped}",
                text::padding(when, when_width),
                r.id,
                text::padding(&r.id, width),
                printable(&titles[o.reminder])
            )?;
        }
    }
    let st = State::load(dirs).unwrap_or_else(|e| {
        crate::errln!(
            "warning: {}",
            t!(
                "cli-remind-state-unreadable",
                problem = printable(&e.to_string()).as_ref()
            )
        );
        State::default()
    });
    // What happened last to each: sent, snoozed, done, or skipped because its routine was
    // done that evening (a state file from before outcomes were kept: when it was sent).
    crate::outln!("{}", t!("cli-remind-last"))?;
    for r in &sched.reminders {
        let last = st.reminders.get(r.id.as_str());
        let what = match last.and_then(|l| l.outcome) {
            Some(o) => o.words(&now),
            None => last
                .and_then(|l| l.sent)
                .map_or(t!("cli-remind-never"), |at| {
                    t!(
                        "cli-remind-sent",
                        when = crate::remind::rows::when(&at.with_timezone(&Local), &now)
                    )
                }),
        };
        let off = if r.enabled {
            String::new()
        } else {
            format!(" {}", t!("cli-remind-off"))
        };
        crate::outln!("  {}{}  {what}{off}", r.id, text::padding(&r.id, width))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// How `remind next` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum NextFormat {
    Plain,
    Json,
    Waybar,
    Polybar,
    Tmux,
    I3blocks,
}

/// The next reminder that will really be sent (one whose routine was done this evening is
/// passed over), within eight days.
fn next(dirs: &Dirs, format: NextFormat) -> CmdResult {
    let (sched, _) = load(dirs)?;
    let now = Local::now();
    let tonight = crate::remind::evening::Tonight::load(dirs);
    let end = now + chrono::Duration::days(8);
    let found = schedule::next_occurrences(&sched, &now, &end, 200)
        .into_iter()
        .find(|o| {
            sched.reminders[o.reminder]
                .routine
                .as_ref()
                .is_none_or(|rt| tonight.done(rt, o.at.fixed_offset()).is_none())
        });
    crate::outln!("{}", next_line(&sched, found.as_ref(), &now, format))?;
    Ok(ExitCode::SUCCESS)
}

/// The line `remind next` prints. Pure.
pub(crate) fn next_line(
    sched: &file::Schedule,
    next: Option<&schedule::Occurrence<Local>>,
    now: &DateTime<Local>,
    format: NextFormat,
) -> String {
    let Some(o) = next else {
        return match format {
            NextFormat::Plain | NextFormat::Polybar | NextFormat::Tmux | NextFormat::I3blocks => {
                String::new()
            }
            NextFormat::Json => "null".into(),
            NextFormat::Waybar => {
                serde_json::json!({"text": "", "tooltip": "no reminders are on", "class": "none"})
                    .to_string()
            }
        };
    };
    let r = &sched.reminders[o.reminder];
    let when = if o.at.date_naive() == now.date_naive() {
        o.at.format("%H:%M").to_string()
    } else {
        crate::remind::rows::when(&o.at, now)
    };
    let title = printable(&r.title);
    let line = format!("{when} {title}");
    let minutes = (o.at - *now).num_minutes().max(0);
    match format {
        NextFormat::Plain => bars::plain(&line),
        NextFormat::Polybar => bars::polybar(&line),
        NextFormat::Tmux => bars::tmux(&line),
        NextFormat::I3blocks => bars::pango(&line),
        NextFormat::Json => {
            let mut v = serde_json::json!({
                "at": o.at.to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
                "id": r.id,
                "title": r.title,
                "in_minutes": minutes,
            });
            if let Some(rt) = &r.routine {
                v["routine"] = serde_json::Value::from(rt.as_str());
            }
            v.to_string()
        }
        NextFormat::Waybar => serde_json::json!({
            "text": bars::pango(&line),
            "tooltip": bars::pango(&format!(
                "next reminder: {} {title} (in {})",
                crate::remind::rows::when(&o.at, now),
                crate::duration::human(std::time::Duration::from_secs(minutes as u64 * 60))
            )),
            "class": r.id,
            "alt": r.id,
        })
        .to_string(),
    }
}

/// Reminders naming a routine that does not exist: warnings on stderr (they still fire).
fn warn_routines(dirs: &Dirs) {
    for w in crate::remind::evening::routine_warnings(dirs) {
        crate::error::print_err(&crate::remind::evening::warning_text(&w));
    }
}

/// Width of the id column in the listings, in columns: the widest reminder id.
fn id_width(sched: &file::Schedule) -> usize {
    sched
        .reminders
        .iter()
        .map(|r| text::width(&r.id))
        .max()
        .unwrap_or(0)
}
/// `remind install [--print]`: the unit's text, or install and say where.
fn install(
    places: &Places,
    exe: &std::path::Path,
    env: &[(String, String)],
    print: bool,
) -> CmdResult {
    use install::UNIT_NAME;
    if print {
        if let Some(p) = install::unit_path_problem(install::exe_text(exe)?) {
            return Err(Failure::new(p).with_hint(t!("cli-remind-move-windown")));
        }
        crate::error::print_out(&install::unit_text(exe, env, true))?;
        return Ok(ExitCode::SUCCESS);
    }
    match install::install(places, exe, env, &install::real_systemctl)? {
        install::Installed::Packaged(unit) => {
            crate::outln!(
                "{}",
                t!("cli-remind-enabled", path = unit.display().to_string())
            )?;
            crate::outln!("{}", t!("cli-remind-started", unit = UNIT_NAME))?;
        }
        install::Installed::Systemd(unit) => {
            crate::outln!("{}", t!("cli-wrote", path = unit.display().to_string()))?;
            crate::outln!("{}", t!("cli-remind-enabled-started", unit = UNIT_NAME))?;
        }
        install::Installed::Autostart(entry) => {
            crate::outln!(
                "{}",
                t!("cli-remind-autostart", path = entry.display().to_string())
            )?;
            crate::outln!("{}", t!("cli-remind-autostart-next"))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `remind uninstall`'s removal, each file removed said.
fn uninstall(places: &Places) -> Result<(), Failure> {
    let removed = install::uninstall(places, &install::real_systemctl)?;
    for path in &removed {
        if places.packaged_unit.as_ref() == Some(path) {
            crate::outln!(
                "{}",
                t!("cli-remind-disabled", path = path.display().to_string())
            )?;
        } else {
            crate::outln!(
                "{}",
                t!("cli-remind-removed", path = path.display().to_string())
            )?;
        }
    }
    if removed.is_empty() {
        crate::outln!("{}", t!("cli-remind-nothing-to-remove"))?;
    }
    Ok(())
}
