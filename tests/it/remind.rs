//! Reminders: the schedule rules (in fixed zones from chrono_tz), and the `windown remind`
//! commands run as the real binary with temporary folders.

use crate::common::{BIN, Env, Running};

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::{DateTime, TimeZone};
use chrono_tz::Tz;
use windown::config::Config;
use windown::remind::file::{self, Schedule};
use windown::remind::schedule::next_occurrences;

// ---------------------------------------------------------------- the schedule, pure

fn schedule(config: &str, reminders: &str) -> Schedule {
    let cfg = Config::parse("config.toml", config).unwrap();
    let r = file::parse("reminders.toml", reminders).unwrap();
    Schedule::new(r, &cfg)
}

/// The occurrences in `[from, to)` as "id local-time" strings.
fn list(
    s: &Schedule,
    tz: Tz,
    from: (i32, u32, u32, u32, u32),
    to: (i32, u32, u32, u32, u32),
) -> Vec<String> {
    let at = |(y, mo, d, h, mi): (i32, u32, u32, u32, u32)| {
        tz.with_ymd_and_hms(y, mo, d, h, mi, 0).earliest().unwrap()
    };
    let after = at(from) - chrono::Duration::seconds(1);
    next_occurrences(s, &after, &at(to), 10_000)
        .into_iter()
        .map(|o| format!("{} {}", s.reminders[o.reminder].id, o.at.to_rfc3339()))
        .collect()
}

const BERLIN: Tz = chrono_tz::Europe::Berlin;

#[test]
fn intervals_are_anchored_on_from_and_stop_at_until() {
    let s = schedule(
        "wake = \"07:15\"\nbedtime = \"22:30\"\n",
        "[[reminder]]\nid = \"h\"\ntitle = \"H\"\nevery = \"2h\"\nfrom = \"wake\"\nuntil = \"bedtime-2h\"\n",
    );
    assert_eq!(
        list(&s, BERLIN, (2026, 12, 1, 0, 0), (2026, 12, 2, 0, 0)),
        [
            "h 2026-12-01T07:15:00+01:00",
            "h 2026-12-01T09:15:00+01:00",
            "h 2026-12-01T11:15:00+01:00",
            "h 2026-12-01T13:15:00+01:00",
            "h 2026-12-01T15:15:00+01:00",
            "h 2026-12-01T17:15:00+01:00",
            "h 2026-12-01T19:15:00+01:00",
        ]
    );
    // Starting mid-window changes nothing: still on the :15 grid, the next one first.
    assert_eq!(
        list(&s, BERLIN, (2026, 12, 1, 10, 0), (2026, 12, 1, 12, 0)),
        ["h 2026-12-01T11:15:00+01:00"]
    );
}

#[test]
fn until_is_inclusive_and_a_full_day_has_no_duplicate_at_midnight() {
    let s = schedule(
        "",
        "[[reminder]]\nid = \"a\"\ntitle = \"A\"\nevery = \"6h\"\n\n[[reminder]]\nid = \"b\"\ntitle = \"B\"\nevery = \"1h\"\nfrom = \"09:00\"\nuntil = \"11:00\"\n",
    );
    assert_eq!(
        list(&s, BERLIN, (2026, 12, 1, 0, 0), (2026, 12, 2, 0, 1)),
        [
            "a 2026-12-01T00:00:00+01:00",
            "a 2026-12-01T06:00:00+01:00",
            "b 2026-12-01T09:00:00+01:00",
            "b 2026-12-01T10:00:00+01:00",
            "b 2026-12-01T11:00:00+01:00",
            "a 2026-12-01T12:00:00+01:00",
            "a 2026-12-01T18:00:00+01:00",
            "a 2026-12-02T00:00:00+01:00",
        ]
    );
}

#[test]
fn weekdays_and_a_window_crossing_midnight() {
    // Friday 2026-12-04, 22:00 to 02:00 the next morning; only Friday's window.
    let s = schedule(
        "",
        "[[reminder]]\nid = \"n\"\ntitle = \"N\"\nevery = \"1h\"\nfrom = \"22:00\"\nuntil = \"02:00\"\ndays = [\"fri\"]\n",
    );
    assert_eq!(
        list(&s, BERLIN, (2026, 11, 30, 0, 0), (2026, 12, 7, 0, 0)),
        [
            "n 2026-12-04T22:00:00+01:00",
            "n 2026-12-04T23:00:00+01:00",
            "n 2026-12-05T00:00:00+01:00",
            "n 2026-12-05T01:00:00+01:00",
            "n 2026-12-05T02:00:00+01:00",
        ]
    );
    // Starting inside the window, after midnight: the rest of Friday's window.
    assert_eq!(
        list(&s, BERLIN, (2026, 12, 5, 0, 30), (2026, 12, 5, 12, 0)),
        ["n 2026-12-05T01:00:00+01:00", "n 2026-12-05T02:00:00+01:00"]
    );
    let s = schedule(
        "",
        "[[reminder]]\nid = \"w\"\ntitle = \"W\"\nat = [\"10:00\"]\ndays = [\"mon\", \"wed\", \"sat\"]\n",
    );
    assert_eq!(
        list(&s, BERLIN, (2026, 11, 30, 0, 0), (2026, 12, 7, 0, 0)),
        [
            "w 2026-11-30T10:00:00+01:00",
            "w 2026-12-02T10:00:00+01:00",
            "w 2026-12-05T10:00:00+01:00",
        ]
    );
}

#[test]
fn bedtime_relative_times_follow_config() {
    let s = schedule(
        "bedtime = \"23:30\"\n",
        "[[reminder]]\nid = \"w\"\ntitle = \"W\"\nat = [\"bedtime-60m\", \"bedtime+1h\", \"wake+30m\"]\n",
    );
    assert_eq!(
        list(&s, BERLIN, (2026, 12, 1, 0, 0), (2026, 12, 2, 0, 0)),
        [
            "w 2026-12-01T00:30:00+01:00",
            "w 2026-12-01T07:30:00+01:00",
            "w 2026-12-01T22:30:00+01:00",
        ]
    );
}

#[test]
fn spring_forward_fires_at_the_first_valid_minute() {
    // Berlin, 2026-03-29: 02:00 jumps to 03:00.
    let s = schedule(
        "",
        "[[reminder]]\nid = \"a\"\ntitle = \"A\"\nat = [\"02:30\"]\n\n[[reminder]]\nid = \"e\"\ntitle = \"E\"\nevery = \"30m\"\nfrom = \"01:00\"\nuntil = \"04:00\"\n",
    );
    assert_eq!(
        list(&s, BERLIN, (2026, 3, 28, 12, 0), (2026, 3, 29, 12, 0)),
        [
            "e 2026-03-29T01:00:00+01:00",
            "e 2026-03-29T01:30:00+01:00",
            "a 2026-03-29T03:00:00+02:00",
            "e 2026-03-29T03:00:00+02:00",
            "e 2026-03-29T03:30:00+02:00",
            "e 2026-03-29T04:00:00+02:00",
        ]
    );
    // New York, 2026-03-08: 02:00 jumps to 03:00; a 02:10:30 time fires at 03:00.
    let s = schedule(
        "",
        "[[reminder]]\nid = \"a\"\ntitle = \"A\"\nat = [\"02:10:30\"]\n",
    );
    assert_eq!(
        list(
            &s,
            chrono_tz::America::New_York,
            (2026, 3, 8, 0, 0),
            (2026, 3, 9, 0, 0)
        ),
        ["a 2026-03-08T03:00:00-04:00"]
    );
}

#[test]
fn fall_back_fires_once() {
    // Berlin, 2026-10-25: 03:00 goes back to 02:00; 02:30 exists twice.
    let s = schedule(
        "",
        "[[reminder]]\nid = \"a\"\ntitle = \"A\"\nat = [\"02:30\"]\n\n[[reminder]]\nid = \"e\"\ntitle = \"E\"\nevery = \"30m\"\nfrom = \"01:30\"\nuntil = \"03:30\"\n",
    );
    assert_eq!(
        list(&s, BERLIN, (2026, 10, 24, 12, 0), (2026, 10, 25, 12, 0)),
        [
            "e 2026-10-25T01:30:00+02:00",
            "e 2026-10-25T02:00:00+02:00",
            "a 2026-10-25T02:30:00+02:00",
            "e 2026-10-25T02:30:00+02:00",
            "e 2026-10-25T03:00:00+01:00",
            "e 2026-10-25T03:30:00+01:00",
        ]
    );
}

#[test]
fn leap_day_is_a_day_like_any_other() {
    let s = schedule(
        "",
        "[[reminder]]\nid = \"t\"\ntitle = \"T\"\nat = [\"12:00\"]\ndays = [\"tue\"]\n",
    );
    // 2028-02-29 is a Tuesday.
    assert_eq!(
        list(&s, BERLIN, (2028, 2, 27, 0, 0), (2028, 3, 8, 0, 0)),
        ["t 2028-02-29T12:00:00+01:00", "t 2028-03-07T12:00:00+01:00"]
    );
}

#[test]
fn one_second_intervals_are_cheap_to_query() {
    let s = schedule(
        "",
        "[[reminder]]\nid = \"s\"\ntitle = \"S\"\nevery = \"1s\"\n",
    );
    let at: DateTime<Tz> = BERLIN.with_ymd_and_hms(2026, 12, 1, 15, 0, 0).unwrap();
    let started = Instant::now();
    for _ in 0..1000 {
        let n = next_occurrences(&s, &at, &(at + chrono::Duration::hours(1)), 1);
        assert_eq!(n[0].at, at + chrono::Duration::seconds(1));
    }
    // A linear walk from midnight would take seconds here.
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
}

// ---------------------------------------------------------------- the commands

/// How this file runs the binary (in an `Env` in Berlin time): to its end, output read whole.
trait Run {
    fn run(&self, args: &[&str]) -> (i32, String, String);
}

impl Run for Env {
    fn run(&self, args: &[&str]) -> (i32, String, String) {
        let out = self.cmd(args).output().unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    }
}

#[test]
fn preview_of_the_built_in_reminders() {
    let e = Env::new().in_zone("Europe/Berlin");
    let (code, out, err) = e.run(&["remind", "preview", "--from", "2026-12-01"]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(
        out,
        "Tue 1 Dec 07:00  hydration        Drink some water
Tue 1 Dec 09:00  hydration        Drink some water
Tue 1 Dec 11:00  hydration        Drink some water
Tue 1 Dec 13:00  hydration        Drink some water
Tue 1 Dec 15:00  hydration        Drink some water
Tue 1 Dec 17:00  hydration        Drink some water
Tue 1 Dec 19:00  hydration        Drink some water
Tue 1 Dec 21:30  wind-down        Time to wind down
Tue 1 Dec 22:25  evening-stretch  Evening stretches
"
    );
    let (code, out, _) = e.run(&[
        "remind",
        "preview",
        "--from",
        "2026-12-01 21:00",
        "--days",
        "1",
        "--json",
    ]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "{\"at\":\"2026-12-01T21:30:00+01:00\",\"id\":\"wind-down\",\"routine\":\"wind-down\",\"title\":\"Time to wind down\"}
{\"at\":\"2026-12-01T22:25:00+01:00\",\"id\":\"evening-stretch\",\"routine\":\"evening-legs\",\"title\":\"Evening stretches\"}
{\"at\":\"2026-12-02T07:00:00+01:00\",\"id\":\"hydration\",\"title\":\"Drink some water\"}
{\"at\":\"2026-12-02T09:00:00+01:00\",\"id\":\"hydration\",\"title\":\"Drink some water\"}
{\"at\":\"2026-12-02T11:00:00+01:00\",\"id\":\"hydration\",\"title\":\"Drink some water\"}
{\"at\":\"2026-12-02T13:00:00+01:00\",\"id\":\"hydration\",\"title\":\"Drink some water\"}
{\"at\":\"2026-12-02T15:00:00+01:00\",\"id\":\"hydration\",\"title\":\"Drink some water\"}
{\"at\":\"2026-12-02T17:00:00+01:00\",\"id\":\"hydration\",\"title\":\"Drink some water\"}
{\"at\":\"2026-12-02T19:00:00+01:00\",\"id\":\"hydration\",\"title\":\"Drink some water\"}
"
    );
}

#[test]
fn preview_honours_tz_config_and_dst() {
    let e = Env::new().in_zone("Europe/Berlin");
    e.write("config/config.toml", "bedtime = \"23:00\"\n");
    e.reminders("[[reminder]]\nid = \"late\"\ntitle = \"Late\"\nat = [\"02:30\", \"bedtime\"]\n");
    let out = e
        .cmd(&[
            "remind",
            "preview",
            "--from",
            "2026-03-08T00:00",
            "--days",
            "1",
            "--json",
        ])
        .env("TZ", "America/New_York")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "{\"at\":\"2026-03-08T03:00:00-04:00\",\"id\":\"late\",\"title\":\"Late\"}\n{\"at\":\"2026-03-08T23:00:00-04:00\",\"id\":\"late\",\"title\":\"Late\"}\n"
    );
}

/// Through `chrono::Local` (the process's zone from `TZ`), at the edges of daylight-saving
/// changes. Expected times worked out by hand from the zone rules.
#[test]
fn preview_through_the_local_zone_at_dst_boundaries() {
    let e = Env::new().in_zone("Europe/Berlin");
    let cases = [
        // Berlin falls back at 03:00 CEST to 02:00 CET: 03:00 exists once, in CET.
        (
            "Europe/Berlin",
            "03:00",
            "2026-10-25",
            "2026-10-25T03:00:00+01:00",
        ),
        // New York falls back at 02:00 EDT to 01:00 EST: 02:00 exists once, in EST.
        (
            "America/New_York",
            "02:00",
            "2026-11-01",
            "2026-11-01T02:00:00-05:00",
        ),
        // Berlin springs forward from 02:00 CET to 03:00 CEST: 02:00 does not exist, the
        // first minute after the gap is 03:00 CEST.
        (
            "Europe/Berlin",
            "02:00",
            "2026-03-29",
            "2026-03-29T03:00:00+02:00",
        ),
        // The same Berlin rules as a POSIX TZ string.
        (
            "CET-1CEST,M3.5.0,M10.5.0/3",
            "03:00",
            "2026-10-25",
            "2026-10-25T03:00:00+01:00",
        ),
    ];
    for (tz, at, day, want) in cases {
        e.reminders(&format!(
            "[[reminder]]\nid = \"t\"\ntitle = \"T\"\nat = [\"{at}\"]\n"
        ));
        let out = e
            .cmd(&["remind", "preview", "--from", day, "--days", "1", "--json"])
            .env("TZ", tz)
            .output()
            .unwrap();
        assert_eq!(
            String::from_utf8(out.stdout).unwrap(),
            format!("{{\"at\":\"{want}\",\"id\":\"t\",\"title\":\"T\"}}\n"),
            "TZ={tz} at {at} on {day}"
        );
    }
}

#[test]
fn output_into_a_closed_pipe_is_no_panic() {
    // `windown remind status | head -1` and the like: the reader is gone before the first
    // line is written.
    let env = Env::new().in_zone("Europe/Berlin");
    for args in [
        &["remind", "status"][..],
        &["remind", "install", "--print"],
        &["remind", "preview", "--from", "2026-01-01", "--days", "365"],
    ] {
        let mut child = env
            .cmd(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
    }
}

#[test]
fn preview_refuses_a_bad_from() {
    let e = Env::new().in_zone("Europe/Berlin");
    let (code, out, err) = e.run(&["remind", "preview", "--from", "tomorrow"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert_eq!(
        err,
        "error: \"tomorrow\" is not a date or a date and time\nhint: write 2026-12-01T06:00, \"2026-12-01 06:00\" or 2026-12-01\n"
    );
}

#[test]
fn a_broken_reminders_file_is_reported_with_line_and_column() {
    let e = Env::new().in_zone("Europe/Berlin");
    e.reminders("[[reminder]]\nid = \"a\"\ntitle = \"A\"\nevry = \"2h\"\n");
    let (code, out, err) = e.run(&["remind", "preview"]);
    let path = e.path("config/reminders.toml").display().to_string();
    // The reminder with the mistake is left out; the command goes on with a warning.
    assert_eq!((code, out.as_str()), (0, ""));
    assert_eq!(
        err,
        format!(
            "error: {path}:4:1: unknown key \"evry\"\n  |\n4 | evry = \"2h\"\n  | ^^^^\n  = hint: did you mean \"every\"?\nwarning: a reminder with a mistake is left out and a wrong setting is at its default; the rest are in force (windown validate)\n"
        )
    );
    e.reminders("[[reminder]]\nid = \"a\"\ntitle = \"A\"\nat = [\"10:00\"]\n\n[[reminder]]\nid = \"a\"\ntitle = \"B\"\nevery = \"0s\"\nuntil = \"bedtime-2x\"\n",
    );
    let (code, _, err) = e.run(&["remind", "status"]);
    assert_eq!(code, 0);
    assert_eq!(
        err,
        format!(
            "error: {path}:7:6: duplicate reminder id \"a\"
  |
7 | id = \"a\"
  |      ^^^
  = hint: the first one is on line 2; ids must be unique
error: {path}:9:9: every must be at least 1s
  |
9 | every = \"0s\"
  |         ^^^^
  = hint: write an interval such as \"2h\" or \"45m\"
error: {path}:10:9: in \"bedtime-2x\": \"2x\" is not a duration: use a number with a unit, like \"10s\", \"1m30s\" or \"2h\"
   |
10 | until = \"bedtime-2x\"
   |         ^^^^^^^^^^^^
   = hint: write \"HH:MM\", \"HH:MM:SS\", \"wake\" or \"bedtime\", optionally with + or - a duration, like \"bedtime-2h\"
warning: a reminder with a mistake is left out and a wrong setting is at its default; the rest are in force (windown validate)\n"
        )
    );
}

#[test]
fn init_writes_the_default_once() {
    let e = Env::new().in_zone("Europe/Berlin");
    let (code, out, _) = e.run(&["remind", "init"]);
    let path = e.path("config/reminders.toml");
    assert_eq!(code, 0);
    assert!(out.starts_with(&format!("wrote {}\n", path.display())));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), file::DEFAULT_TEXT);
    let (code, _, err) = e.run(&["remind", "init"]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        format!(
            "error: {} already exists\nhint: edit it, or move it away first to start again from the default\n",
            path.display()
        )
    );
}

#[test]
fn test_names_a_missing_reminder_and_reports_no_server() {
    let e = Env::new().in_zone("Europe/Berlin");
    let (code, _, err) = e.run(&["remind", "test", "hydrate"]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "error: there is no reminder \"hydrate\"\nhint: did you mean \"hydration\"?\n"
    );
    let started = Instant::now();
    let (code, out, err) = e.run(&["remind", "test", "legs-up"]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(
        err.starts_with(
            "error: could not send \"Put your legs up\": no notification server took it: "
        ),
        "{err}"
    );
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[test]
fn install_print_and_autostart_without_systemctl() {
    let e = Env::new().in_zone("Europe/Berlin");
    let exe = std::fs::canonicalize(BIN).unwrap();
    let (code, out, _) = e.run(&["remind", "install", "--print"]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        format!(
            "# Written by `windown remind install`; remove with `windown remind uninstall`.
[Unit]
Description=windown reminders (desktop notifications)
Documentation=man:windown(1)
PartOf=graphical-session.target
After=graphical-session.target

[Service]
Type=exec
Environment=WINDOWN_CONFIG_DIR={c}
Environment=WINDOWN_DATA_DIR={d}
Environment=WINDOWN_STATE_DIR={s}
ExecStart={exe} remind run
Restart=on-failure
RestartSec=30

[Install]
WantedBy=graphical-session.target
",
            c = e.path("config").display(),
            d = e.path("data").display(),
            s = e.path("state").display(),
            exe = exe.display()
        )
    );
    assert!(!e.path("home/.config/systemd").exists());

    // No systemctl on PATH: an XDG autostart entry.
    let out = e
        .cmd(&["remind", "install"])
        .env("PATH", "/nonexistent")
        .output()
        .unwrap();
    let desktop = e.path("home/.config/autostart/windown-remind.desktop");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        format!(
            "systemctl --user is not available here, so windown wrote an XDG autostart entry instead: {}
the reminder process starts at your next login; to start it now, run: windown remind run &\n",
            desktop.display()
        )
    );
    let text = std::fs::read_to_string(&desktop).unwrap();
    assert!(
        text.contains(&format!(
            "\nExec=env \"WINDOWN_CONFIG_DIR={}\" ",
            e.path("config").display()
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!(" \"{}\" remind run\n", exe.display())),
        "{text}"
    );

    let out = e
        .cmd(&["remind", "uninstall"])
        .env("PATH", "/nonexistent")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        format!("removed {}\n", desktop.display())
    );
    assert!(!desktop.exists());
    let out = e
        .cmd(&["remind", "uninstall"])
        .env("PATH", "/nonexistent")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "nothing to remove: the reminder process is not installed\n"
    );
}

#[test]
fn install_with_systemctl_writes_and_enables_the_unit() {
    use std::os::unix::fs::PermissionsExt;
    let e = Env::new().in_zone("Europe/Berlin");
    // A stand-in systemctl that logs its arguments and succeeds.
    let log = e.path("systemctl.log");
    e.write(
        "bin/systemctl",
        format!("#!/bin/sh\necho \"$*\" >> '{}'\n", log.display()),
    );
    std::fs::set_permissions(
        e.path("bin/systemctl"),
        std::fs::Permissions::from_mode(0o755),
    )
    .unwrap();
    let path = format!("{}:/usr/bin:/bin", e.path("bin").display());
    let unit = e.path("home/.config/systemd/user/windown-remind.service");

    let out = e
        .cmd(&["remind", "install"])
        .env("PATH", &path)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        format!(
            "wrote {}\nenabled and started it; see it with: systemctl --user status windown-remind.service\n",
            unit.display()
        )
    );
    let text = std::fs::read_to_string(&unit).unwrap();
    let exe = std::fs::canonicalize(BIN).unwrap();
    assert!(
        text.contains(&format!("\nExecStart={} remind run\n", exe.display())),
        "{text}"
    );
    assert!(!e.path("home/.config/autostart").exists());
    // The application entry and icon, where notification servers look for them.
    let app =
        std::fs::read_to_string(e.path("home/.local/share/applications/windown.desktop")).unwrap();
    assert!(app.contains("\nIcon=windown\n"), "{app}");
    assert!(
        e.path("home/.local/share/icons/hicolor/scalable/apps/windown.svg")
            .is_file()
    );
    let (_, out, _) = e.run(&["remind", "status"]);
    assert!(
        out.contains(&format!(
            "\ninstalled: starts at login ({})\n",
            unit.display()
        )),
        "{out}"
    );

    let out = e
        .cmd(&["remind", "uninstall"])
        .env("PATH", &path)
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        format!("removed {}\n", unit.display())
    );
    assert!(!unit.exists());
    assert!(
        !e.path("home/.local/share/applications/windown.desktop")
            .exists()
    );
    assert_eq!(
        std::fs::read_to_string(&log).unwrap(),
        "--user show-environment
--user cat graphical-session.target
--user daemon-reload
--user enable --now windown-remind.service
--user show-environment
--user disable --now windown-remind.service
--user daemon-reload
"
    );
}

#[test]
fn run_without_a_server_warns_once_keeps_its_schedule_and_is_single() {
    let e = Env::new().in_zone("Europe/Berlin");
    e.reminders("[[reminder]]\nid = \"tick\"\ntitle = \"Tick\"\nevery = \"1s\"\n");
    let mut r = Running::start(e.cmd(&["remind", "run"]));
    assert!(
        r.wait_for("running with 1 reminder on", Duration::from_secs(10)),
        "{:?}",
        r.seen
    );
    assert!(
        r.wait_for("notifications unavailable", Duration::from_secs(10)),
        "{:?}",
        r.seen
    );
    // It keeps going: three more occurrences on stderr, and no second warning.
    for _ in 0..3 {
        assert!(
            r.wait_for("reminder ", Duration::from_secs(10)),
            "{:?}",
            r.seen
        );
    }
    assert_eq!(r.count("notifications unavailable"), 1, "{:?}", r.seen);
    assert!(r.count("tick: Tick") >= 3, "{:?}", r.seen);

    // A second instance is refused.
    let (code, _, err) = e.run(&["remind", "run"]);
    assert_eq!(code, 1);
    assert!(
        err.starts_with("error: the reminder process is already running (pid "),
        "{err}"
    );
    let (_, out, _) = e.run(&["remind", "status"]);
    assert!(
        out.starts_with(&format!(
            "reminder process: running (pid {})\n",
            r.child.id()
        )),
        "{out}"
    );
    assert!(out.contains("\nlast:\n  tick  sent today "), "{out}");
    assert!(!out.contains("tick  never"), "{out}");

    // SIGTERM: out at once, state saved.
    assert_eq!(r.terminate(), Some(0));
    let state = std::fs::read_to_string(e.path("state/remind-state.json")).unwrap();
    assert!(state.contains("\"tick\""), "{state}");
    let (_, out, _) = e.run(&["remind", "status"]);
    assert!(out.starts_with("reminder process: not running\n"), "{out}");
}

/// CPU time (user + system, in clock ticks of 1/100 s on Linux) a child has used so far.
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    // The fields after the command name, which is in parentheses and may hold spaces.
    let rest = &stat[stat.rfind(')').unwrap() + 2..];
    let f: Vec<&str> = rest.split(' ').collect();
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    f[11].parse::<u64>().unwrap() + f[12].parse::<u64>().unwrap()
}

#[test]
fn run_with_every_reminder_off_sleeps() {
    let e = Env::new().in_zone("Europe/Berlin");
    e.reminders("[[reminder]]\nid = \"tick\"\ntitle = \"Tick\"\nevery = \"1s\"\nenabled = false\n");
    let mut r = Running::start(e.cmd(&["remind", "run"]));
    assert!(
        r.wait_for("running with 0 reminders on", Duration::from_secs(10)),
        "{:?}",
        r.seen
    );
    let before = cpu_ticks(r.child.id());
    std::thread::sleep(Duration::from_secs(2));
    let used = cpu_ticks(r.child.id()) - before;
    // A spinning loop uses about 200 ticks in 2 s; a sleeping one none.
    assert!(used < 20, "{used} ticks of CPU in 2 s");
    assert_eq!(r.terminate(), Some(0));
}

#[test]
fn run_with_a_broken_file_waits_for_the_fix() {
    let e = Env::new().in_zone("Europe/Berlin");
    e.reminders(
        "[[reminder]]\nid = \"tick\"\ntitle = \"Tick\"\nevery = \"1s\"\ncolour = \"red\"\n",
    );
    let mut r = Running::start(e.cmd(&["remind", "run"]));
    assert!(
        r.wait_for("unknown key \"colour\"", Duration::from_secs(10)),
        "{:?}",
        r.seen
    );
    assert!(
        r.wait_for(
            "windown remind: what has a mistake is left out until it is fixed; the rest are in force",
            Duration::from_secs(10)
        ),
        "{:?}",
        r.seen
    );
    assert!(
        r.wait_for("running with 0 reminders on", Duration::from_secs(10)),
        "{:?}",
        r.seen
    );
    e.reminders("[[reminder]]\nid = \"tick\"\ntitle = \"Tick\"\nevery = \"1s\"\n");
    assert!(
        r.wait_for("reloaded reminders", Duration::from_secs(10)),
        "{:?}",
        r.seen
    );
    assert!(
        r.wait_for("tick: Tick", Duration::from_secs(10)),
        "{:?}",
        r.seen
    );
    assert_eq!(r.terminate(), Some(0));
}

#[test]
fn status_says_when_the_state_file_is_damaged() {
    let e = Env::new().in_zone("Europe/Berlin");
    e.write("state/remind-state.json", "{\"reminders\": 3");
    let (code, out, err) = e.run(&["remind", "status"]);
    assert_eq!(code, 0);
    assert!(out.contains("\nlast:\n  hydration        never\n"), "{out}");
    let path = e.path("state/remind-state.json");
    assert!(
        err.starts_with(&format!("warning: {} is damaged: ", path.display())),
        "{err}"
    );
    assert!(
        err.ends_with("; \"last sent\" is unknown until the reminder process writes it again\n"),
        "{err}"
    );
}

#[test]
fn run_reloads_edits_and_keeps_the_last_good_schedule() {
    let e = Env::new().in_zone("Europe/Berlin");
    e.reminders("[[reminder]]\nid = \"tick\"\ntitle = \"Tick\"\nevery = \"1s\"\n");
    let mut r = Running::start(e.cmd(&["remind", "run"]));
    assert!(
        r.wait_for("tick: Tick", Duration::from_secs(10)),
        "{:?}",
        r.seen
    );
    // An edit that cannot be read (a syntax error): reported once, the 1-second reminder
    // keeps going. (A mistake that can be read costs only its own reminder.)
    e.reminders(
        "[[reminder]]\nid = \"tick\"\ntitle = \"Tick\"\nevery = \"1s\"\ncolour = = \"red\"\n",
    );
    assert!(
        r.wait_for("extra `=`", Duration::from_secs(10)),
        "{:?}",
        r.seen
    );
    assert!(r.wait_for("kept the previous reminders", Duration::from_secs(10)));
    for _ in 0..2 {
        assert!(
            r.wait_for("tick: Tick", Duration::from_secs(10)),
            "{:?}",
            r.seen
        );
    }
    assert_eq!(r.count("extra `=`"), 1, "{:?}", r.seen);
    // A good edit: the new reminder takes over.
    e.reminders("[[reminder]]\nid = \"tock\"\ntitle = \"Tock\"\nevery = \"1s\"\n");
    assert!(
        r.wait_for("reloaded reminders", Duration::from_secs(10)),
        "{:?}",
        r.seen
    );
    assert!(
        r.wait_for("tock: Tock", Duration::from_secs(10)),
        "{:?}",
        r.seen
    );
    assert_eq!(r.terminate(), Some(0));
}

// ---------------------------------------------------------------- the TUI screen

mod view {
    use chrono::{Local, TimeZone};
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::crossterm::event::{KeyCode, KeyEvent};
    use windown::paths::Dirs;
    use windown::tui::screens::reminders::RemindersScreen;
    use windown::tui::screens::{Act, Cx, Goto, View};
    use windown::tui::theme::{self, Look};
    use windown::tui::work::{Done, Job, RemindersDone, carry_out};

    fn cx(wall: chrono::DateTime<Local>) -> Cx {
        Cx {
            look: Look::FULL,
            now: std::time::Instant::now(),
            wall,
            muted: false,
        }
    }

    fn draw(v: &RemindersScreen, wall: chrono::DateTime<Local>, w: u16, h: u16) -> String {
        // The next times as of `wall`, as the minute tick works them out.
        let mut v = v.clone();
        v.tick(wall);
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        t.draw(|f| {
            let area = f.area();
            v.render(&cx(wall), area, f.buffer_mut());
            theme::finish(Look::FULL, f.buffer_mut());
        })
        .unwrap();
        t.backend().to_string()
    }

    fn key(c: KeyCode) -> KeyEvent {
        KeyEvent::from(c)
    }

    /// Carry out the screen's jobs here and now, on the real files, and give it the results.
    fn run(v: &mut RemindersScreen, acts: Vec<Act>, dirs: &Dirs) -> Vec<Act> {
        let mut rest = Vec::new();
        for a in acts {
            let Act::Do(job) = a else {
                rest.push(a);
                continue;
            };
            let done = std::sync::Mutex::new(Vec::new());
            carry_out(job, dirs, true, &|d| done.lock().unwrap().push(d));
            for d in done.into_inner().unwrap() {
                match d {
                    Done::Reminders(RemindersDone::Overview(o)) => v.set_overview(o),
                    Done::Reminders(RemindersDone::Said(m)) => v.message = Some(m),
                    other => panic!("unexpected {other:?}"),
                }
            }
        }
        rest
    }

    fn open(dirs: &Dirs) -> RemindersScreen {
        let mut v = RemindersScreen::default();
        run(&mut v, vec![Act::Do(Job::Reminders)], dirs);
        v
    }

    fn press(
        v: &mut RemindersScreen,
        k: KeyEvent,
        dirs: &Dirs,
        wall: chrono::DateTime<Local>,
    ) -> Vec<Act> {
        let acts = v.key(&k, &cx(wall));
        run(v, acts, dirs)
    }

    #[test]
    fn shows_toggles_and_writes_back() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(tmp.path());
        // A December morning: no daylight-saving change near it in any zone we run in.
        let now = at(2026, 12, 1, 8, 0);
        let mut v = open(&dirs);
        insta::assert_snapshot!("reminders_80x24", draw(&v, now, 80, 24));
        insta::assert_snapshot!("reminders_40x12", draw(&v, now, 40, 12));

        press(&mut v, key(KeyCode::Down), &dirs, now);
        press(&mut v, key(KeyCode::Char(' ')), &dirs, now);
        assert_eq!(
            press(&mut v, key(KeyCode::Esc), &dirs, now),
            vec![Act::Go(Goto::Home)]
        );
        // Legs up is off by default: the toggle switches it on.
        insta::assert_snapshot!("reminders_legs_up_on", draw(&v, now, 80, 24));
        let text = std::fs::read_to_string(dirs.reminders_file()).unwrap();
        assert!(text.starts_with("# windown reminders"), "comments kept");
        assert!(text.contains("at = [\"10:30\", \"13:30\", \"18:00\"]\nenabled = true\n"));
        press(&mut v, key(KeyCode::Enter), &dirs, now);
        assert_eq!(
            std::fs::read_to_string(dirs.reminders_file()).unwrap(),
            windown::remind::file::DEFAULT_TEXT
        );

        // A broken file is shown, not hidden.
        std::fs::write(dirs.reminders_file(), "[[reminder]]\nid = \"x\"\n").unwrap();
        press(&mut v, key(KeyCode::Char('r')), &dirs, now);
        let screen = draw(&v, now, 80, 24);
        assert!(screen.contains("reminders.toml has a mistake:"), "{screen}");
        assert!(screen.contains("reminder 1 has no title"), "{screen}");
    }

    fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> chrono::DateTime<Local> {
        Local
            .with_ymd_and_hms(y, mo, d, h, mi, 0)
            .earliest()
            .unwrap()
    }

    #[test]
    fn next_times_follow_the_clock_and_show_dates_past_tomorrow() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(tmp.path());
        std::fs::create_dir_all(&dirs.config).unwrap();
        std::fs::write(
            dirs.reminders_file(),
            "[[reminder]]\nid = \"weekly\"\ntitle = \"Weekly\"\nat = [\"10:30\"]\ndays = [\"mon\"]\n",
        )
        .unwrap();
        // Monday 2026-11-30.
        let mut v = open(&dirs);
        assert!(draw(&v, at(2026, 11, 30, 9, 0), 80, 24).contains("today 10:30"));
        // Later the same Monday, with no key pressed: the next one is a week ahead, dated.
        let later = at(2026, 11, 30, 11, 0);
        let screen = draw(&v, later, 80, 24);
        assert!(screen.contains("Mon 7 Dec 10:30"), "{screen}");
        // The message of a toggle goes away with the next key.
        press(&mut v, key(KeyCode::Char(' ')), &dirs, later);
        assert!(draw(&v, later, 80, 24).contains("weekly is now off"));
        press(&mut v, key(KeyCode::Down), &dirs, later);
        assert!(!draw(&v, later, 80, 24).contains("weekly is now off"));
    }

    #[test]
    fn times_are_changed_in_a_form_checked_as_typed_and_saved_with_comments() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(tmp.path());
        let now = at(2026, 12, 1, 8, 0);
        let mut v = open(&dirs);
        // Legs up: its caution is under the list.
        press(&mut v, key(KeyCode::Down), &dirs, now);
        let screen = draw(&v, now, 80, 24);
        assert!(screen.contains("it is not a cramp treatment"), "{screen}");
        press(&mut v, key(KeyCode::Char('e')), &dirs, now);
        insta::assert_snapshot!("reminders_edit_80x24", draw(&v, now, 80, 24));
        for _ in 0..5 {
            press(&mut v, key(KeyCode::Backspace), &dirs, now);
        }
        // "10:30, 13:30, " left: ", 1" is not a time yet, and Enter does not save.
        press(&mut v, key(KeyCode::Char('x')), &dirs, now);
        insta::assert_snapshot!("reminders_edit_40x12", draw(&v, now, 40, 12));
        assert!(press(&mut v, key(KeyCode::Enter), &dirs, now).is_empty());
        assert!(!dirs.reminders_file().exists());
        press(&mut v, key(KeyCode::Backspace), &dirs, now);
        for c in "17:45".chars() {
            press(&mut v, key(KeyCode::Char(c)), &dirs, now);
        }
        press(&mut v, key(KeyCode::Down), &dirs, now);
        for _ in 0.."every day".len() {
            press(&mut v, key(KeyCode::Backspace), &dirs, now);
        }
        for c in "mon, fri".chars() {
            press(&mut v, key(KeyCode::Char(c)), &dirs, now);
        }
        press(&mut v, key(KeyCode::Enter), &dirs, now);
        assert!(v.form.is_none());
        let text = std::fs::read_to_string(dirs.reminders_file()).unwrap();
        assert_eq!(
            text,
            windown::remind::file::DEFAULT_TEXT.replacen(
                "at = [\"10:30\", \"13:30\", \"18:00\"]\nenabled = false",
                "at = [\"10:30\", \"13:30\", \"17:45\"]\nenabled = false\ndays = [\"mon\", \"fri\"]",
                1
            )
        );
        let screen = draw(&v, now, 100, 24);
        assert!(
            // The days named as the language names them (i18n::weekday).
            screen.contains("at 10:30, 13:30, 17:45, Monday, Friday"),
            "{screen}"
        );

        // Wake and bedtime, into config.toml; Esc leaves them.
        press(&mut v, key(KeyCode::Char('w')), &dirs, now);
        press(&mut v, key(KeyCode::Down), &dirs, now);
        for _ in 0..5 {
            press(&mut v, key(KeyCode::Backspace), &dirs, now);
        }
        for c in "23:00".chars() {
            press(&mut v, key(KeyCode::Char(c)), &dirs, now);
        }
        press(&mut v, key(KeyCode::Enter), &dirs, now);
        assert_eq!(
            std::fs::read_to_string(dirs.config_file()).unwrap(),
            "wake = \"07:00\"\nbedtime = \"23:00\"\n"
        );
        let screen = draw(&v, now, 80, 24);
        assert!(
            screen.contains("at 22:00, every day"),
            "wind-down follows: {screen}"
        );
        press(&mut v, key(KeyCode::Char('w')), &dirs, now);
        press(&mut v, key(KeyCode::Char('9')), &dirs, now);
        press(&mut v, key(KeyCode::Esc), &dirs, now);
        assert!(v.form.is_none());
        assert!(
            std::fs::read_to_string(dirs.config_file())
                .unwrap()
                .contains("23:00")
        );
    }

    #[test]
    fn a_routine_that_does_not_exist_is_a_warning_on_screen() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(tmp.path());
        std::fs::create_dir_all(&dirs.config).unwrap();
        std::fs::write(
            dirs.reminders_file(),
            "[[reminder]]\nid = \"s\"\ntitle = \"S\"\nat = [\"10:30\"]\nroutine = \"wind-dwn\"\n",
        )
        .unwrap();
        let v = open(&dirs);
        let screen = draw(&v, at(2026, 12, 1, 9, 0), 120, 24);
        assert!(
            screen.contains("Warning: ")
                && screen.contains(":5:11: there is no routine \"wind-dwn\""),
            "{screen}"
        );
        assert!(
            screen.contains("today 10:30"),
            "the reminder is still on: {screen}"
        );
    }

    #[test]
    fn a_mistake_names_its_file() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = Dirs::under(tmp.path());
        std::fs::create_dir_all(&dirs.config).unwrap();
        std::fs::write(dirs.config_file(), "wake = \"7am\"\n").unwrap();
        let v = open(&dirs);
        let screen = draw(&v, at(2026, 12, 1, 8, 0), 80, 24);
        assert!(screen.contains("config.toml has a mistake:"), "{screen}");
        assert!(!screen.contains("reminders.toml has a mistake"), "{screen}");
    }
}

/// A reminder naming a routine is skipped when that routine, or one holding all its
/// stretches, was finished this evening: `remind run` logs it and `remind status` says so.
#[test]
fn run_skips_a_routine_reminder_when_it_was_done_this_evening() {
    let e = Env::new().in_zone("Europe/Berlin");
    e.reminders("[[reminder]]\nid = \"stretch\"\ntitle = \"Stretch\"\nevery = \"1s\"\nroutine = \"evening-legs\"\n",
    );
    // Tonight's wind-down (it holds the evening stretches), finished a minute ago.
    let now = chrono::Local::now().fixed_offset();
    let started = now - chrono::Duration::minutes(13);
    let ended = now - chrono::Duration::minutes(1);
    // Whatever the hour, make it the evening: bedtime an hour from now (the evening started
    // 2 hours ago), the morning 6 hours from now.
    let hm = |t: chrono::DateTime<chrono::FixedOffset>| t.format("%H:%M").to_string();
    let bedtime = now + chrono::Duration::hours(1);
    let wake = now + chrono::Duration::hours(9);
    e.write(
        "config/config.toml",
        format!("bedtime = \"{}\"\nwake = \"{}\"\n", hm(bedtime), hm(wake)),
    );
    let dirs = e.dirs();
    let rules = windown::history::NightRules::load(&dirs);
    assert!(rules.in_evening(started) && rules.in_evening(now));
    assert_eq!(rules.day_of(started), rules.day_of(now));
    windown::history::record_session(
        &dirs,
        &windown::history::SessionEntry {
            routine_id: "wind-down".into(),
            routine_title: "Bedtime wind-down".into(),
            started,
            ended,
            active_seconds: 700,
            steps_done: 7,
            steps_skipped: 0,
            steps_total: 7,
            finished: true,
            task_seconds: None,
            stretches_done: None,
            stretches_left_out: None,
        },
    )
    .unwrap();
    let mut r = Running::start(e.cmd(&["remind", "run"]));
    let want = format!("stretch: skipped: done at {}", ended.format("%H:%M"));
    assert!(r.wait_for(&want, Duration::from_secs(10)), "{:?}", r.seen);
    std::thread::sleep(Duration::from_millis(1500));
    assert_eq!(r.count("stretch: Stretch"), 0, "{:?}", r.seen);
    let (_, out, _) = e.run(&["remind", "status"]);
    assert!(
        out.contains(&format!("  ({})", &want["stretch: ".len()..])),
        "{out}"
    );
    // The last outcome says why it was not sent.
    assert!(
        out.contains(&format!(
            "\nlast:\n  stretch  {} (",
            &want["stretch: ".len()..]
        )),
        "{out}"
    );
}

/// A reminder naming a routine that does not exist is accepted, with a located warning
/// wherever reminders are read.
#[test]
fn an_unknown_routine_is_warned_about_and_still_fires() {
    let e = Env::new().in_zone("Europe/Berlin");
    e.reminders(
        "[[reminder]]\nid = \"s\"\ntitle = \"S\"\nat = [\"10:00\"]\nroutine = \"evening-leg\"\n",
    );
    let (code, out, err) = e.run(&["remind", "preview", "--from", "2026-12-01"]);
    assert_eq!(code, 0);
    assert_eq!(out, "Tue 1 Dec 10:00  s  S\n");
    let path = e.path("config/reminders.toml");
    assert_eq!(
        err,
        format!(
            "warning: {}:5:11: there is no routine \"evening-leg\"\n  |\n5 | routine = \"evening-leg\"\n  |           ^^^^^^^^^^^^^\n  = hint: did you mean \"evening-legs\"? (the reminder is still sent)\n",
            path.display()
        )
    );
    let (code, _, err) = e.run(&["remind", "status"]);
    assert_eq!(code, 0);
    assert!(err.contains("there is no routine \"evening-leg\""), "{err}");
}

/// The shipped reminders: the evening-stretch body says how long its routine takes (worked
/// out from the routine, so a change to its steps shows up here); the caffeine and last-drink
/// ones ship switched off; legs-up carries its caution.
#[test]
fn the_shipped_reminders_say_true_things() {
    use windown::routine::{catalog::Catalog, plan::Plan};
    let r = file::parse(file::DEFAULT_NAME, file::DEFAULT_TEXT).unwrap();
    let stretch = r.get("evening-stretch").unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let catalog = Catalog::load(&windown::paths::Dirs::under(tmp.path()));
    let routine = catalog.get(stretch.routine.as_deref().unwrap()).unwrap();
    let plan = Plan::of(routine);
    let minutes = (plan.total.as_secs() + 30) / 60;
    let words = [
        "less than a",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
    ];
    let word = words.get(minutes as usize).copied().unwrap_or("many");
    let unit = if minutes == 1 { "minute" } else { "minutes" };
    let body = stretch.body.as_deref().unwrap().to_lowercase();
    assert!(
        body.starts_with(&format!("about {word} {unit} ")),
        "{} takes {:?}, about {word} {unit}; the body says: {body}",
        routine.id,
        plan.total
    );
    for id in ["caffeine", "last-drink"] {
        assert!(!r.get(id).unwrap().enabled, "{id} ships switched off");
    }
    let legs = r.get("legs-up").unwrap().body.clone().unwrap();
    assert!(
        legs.contains("pale or cold, stop and tell your doctor"),
        "{legs}"
    );
}

/// A Python with the `icalendar` and `recurring_ical_events` libraries (Debian's
/// python3-icalendar and python3-recurring-ical-events, which .ci/run installs).
fn python_with_icalendar() -> Option<&'static str> {
    ["python3", "/usr/bin/python3"].into_iter().find(|p| {
        Command::new(p)
            .args(["-c", "import icalendar, recurring_ical_events"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    })
}

/// Expands an .ics file between two dates with a real iCalendar library: one line per
/// occurrence, "ISO-8601-start summary".
const EXPAND_ICS: &str = r#"
import sys, datetime, icalendar, recurring_ical_events
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
start = datetime.date.fromisoformat(sys.argv[2])
end = datetime.date.fromisoformat(sys.argv[3])
for e in recurring_ical_events.of(cal).between(start, end):
    print(e['DTSTART'].dt.isoformat(), str(e['SUMMARY']))
"#;

/// `remind export --ics`, expanded by a real iCalendar library, gives exactly the
/// occurrences `remind preview` lists, over 60 days that cross the autumn change, in two
/// zones: weekdays, a window across midnight, bedtime- and wake-relative times.
#[test]
fn the_ics_export_round_trips_through_a_real_icalendar_library() {
    let Some(python) = python_with_icalendar() else {
        if std::env::var("CI").as_deref() == Ok("true") {
            panic!("python3 with icalendar and recurring_ical_events is missing, and CI=true");
        }
        eprintln!(
            "skipped: python3 icalendar/recurring_ical_events missing (apt-get install python3-icalendar python3-recurring-ical-events)"
        );
        return;
    };
    let e = Env::new().in_zone("Europe/Berlin");
    e.write(
        "config/config.toml",
        "wake = \"06:40\"\nbedtime = \"23:15\"\n",
    );
    let mut text = file::DEFAULT_TEXT.replace("enabled = false", "enabled = true");
    text.push_str(
        "\n[[reminder]]\nid = \"night-owl\"\ntitle = \"Late; nights, too\"\nbody = \"a\\\\b\"\n\
         every = \"30m\"\nfrom = \"22:00\"\nuntil = \"01:30\"\ndays = [\"fri\", \"sat\"]\n\n\
         [[reminder]]\nid = \"weekday\"\ntitle = \"Weekday\"\nevery = \"45m\"\nfrom = \"wake+10m\"\n\
         until = \"bedtime-3h\"\ndays = [\"mon\", \"wed\", \"thu\"]\n\n\
         [[reminder]]\nid = \"seconds\"\ntitle = \"Every second\"\nevery = \"1s\"\n\
         from = \"07:00\"\nuntil = \"07:01:30\"\ndays = [\"tue\"]\n\n\
         [[reminder]]\nid = \"odd\"\ntitle = \"Every 7s\"\nevery = \"7s\"\n\
         from = \"23:59:30\"\nuntil = \"00:00:40\"\ndays = [\"sat\"]\n",
    );
    e.reminders(&text);
    for (tz, from, to) in [
        ("Europe/Berlin", "2026-10-01", "2026-11-30"),
        ("America/New_York", "2026-02-10", "2026-04-11"),
    ] {
        let ics = e.path("r.ics");
        let out = e
            .cmd(&[
                "remind", "export", "--ics", "--from", from, "--days", "60", "-o",
            ])
            .arg(&ics)
            .env("TZ", tz)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let out = e
            .cmd(&[
                "remind", "preview", "--from", from, "--days", "60", "--json",
            ])
            .env("TZ", tz)
            .output()
            .unwrap();
        let mut want: Vec<String> = String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                format!(
                    "{} {}",
                    v["at"].as_str().unwrap(),
                    v["title"].as_str().unwrap()
                )
            })
            .collect();
        // The library's bounds are not in local time: ask for a day more on each side and
        // keep the local dates of the export.
        let day = |d: &str, k: i64| {
            (chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap() + chrono::Duration::days(k))
                .to_string()
        };
        let out = Command::new(python)
            .args(["-c", EXPAND_ICS])
            .arg(&ics)
            .args([day(from, -1), day(to, 1)])
            .env("TZ", tz)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let mut got: Vec<String> = String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .filter(|l| &l[..10] >= from && &l[..10] < to)
            .map(String::from)
            .collect();
        want.sort();
        got.sort();
        assert!(want.len() > 900, "{tz}: {}", want.len());
        assert!(
            want.iter().any(|w| w.contains("+01:00")) || want.iter().any(|w| w.contains("-05:00")),
            "crosses a change"
        );
        let missing: Vec<&String> = want.iter().filter(|w| !got.contains(w)).take(5).collect();
        let extra: Vec<&String> = got.iter().filter(|g| !want.contains(g)).take(5).collect();
        assert!(
            missing.is_empty() && extra.is_empty() && want.len() == got.len(),
            "{tz}: {} occurrences listed, {} in the calendar; missing {missing:?}, extra {extra:?}",
            want.len(),
            got.len()
        );
    }
}

/// `remind next` for status bars: one line, in three formats, passing over a reminder whose
/// routine is off.
#[test]
fn next_prints_one_line_for_a_status_bar() {
    let e = Env::new().in_zone("Europe/Berlin");
    e.reminders(
        "[[reminder]]\nid = \"off\"\ntitle = \"Off\"\nevery = \"1m\"\nenabled = false\n\n\
         [[reminder]]\nid = \"tick\"\ntitle = \"Tick <now>\"\nevery = \"1m\"\n",
    );
    let (code, out, _) = e.run(&["remind", "next"]);
    assert_eq!(code, 0);
    assert!(
        out.ends_with(" Tick now>\n") && out.lines().count() == 1,
        "{out}"
    );
    let (_, out, _) = e.run(&["remind", "next", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["id"], "tick");
    assert!(v["in_minutes"].as_i64().unwrap() <= 1, "{v}");
    let at = chrono::DateTime::parse_from_rfc3339(v["at"].as_str().unwrap()).unwrap();
    assert_eq!(chrono::Timelike::second(&at), 0);
    let (_, out, _) = e.run(&["remind", "next", "--format", "waybar"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(
        v["text"].as_str().unwrap().ends_with(" Tick &lt;now&gt;"),
        "{v}"
    );
    assert_eq!(v["class"], "tick");
    e.reminders("[[reminder]]\nid = \"off\"\ntitle = \"Off\"\nevery = \"1m\"\nenabled = false\n");
    assert_eq!(e.run(&["remind", "next"]).1, "\n");
    assert_eq!(e.run(&["remind", "next", "--format", "json"]).1, "null\n");
}

/// `remind uninstall` also stops a reminder process that is running.
#[test]
fn uninstall_stops_a_running_process() {
    let e = Env::new().in_zone("Europe/Berlin");
    e.reminders("[[reminder]]\nid = \"a\"\ntitle = \"A\"\nat = [\"10:00\"]\n");
    let mut r = Running::start(e.cmd(&["remind", "run"]));
    assert!(
        r.wait_for("running with 1 reminder on", Duration::from_secs(10)),
        "{:?}",
        r.seen
    );
    let out = e
        .cmd(&["remind", "uninstall"])
        .env("PATH", "/nonexistent")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        format!(
            "nothing to remove: the reminder process is not installed\nstopped the reminder process (pid {})\n",
            r.child.id()
        )
    );
    let end = Instant::now() + Duration::from_secs(10);
    while Instant::now() < end && r.child.try_wait().unwrap().is_none() {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(r.child.try_wait().unwrap().and_then(|s| s.code()), Some(0));
}

// ---------------------------------------------------------------- the small reminder binary

/// `remind run` becomes `windown-remind` (installed beside it by cargo): same process id, no
/// note on stderr. Copied alone into a folder, `windown` runs the reminder loop itself and
/// says so once.
#[test]
fn run_and_test_become_the_small_binary_or_say_it_is_missing() {
    let e = Env::new();
    e.reminders("[[reminder]]\nid = \"far\"\ntitle = \"Far\"\nat = [\"03:00\"]\n");
    let mut r = Running::start(e.cmd(&["remind", "run"]));
    assert!(
        r.wait_for("running with 1 reminder on", Duration::from_secs(10)),
        "{:?}",
        r.seen
    );
    let exe = std::fs::read_link(format!("/proc/{}/exe", r.child.id())).unwrap();
    assert!(exe.ends_with("windown-remind"), "{}", exe.display());
    assert_eq!(r.count("instead"), 0, "{:?}", r.seen);
    assert_eq!(r.terminate(), Some(0));

    let alone = e.path("alone");
    std::fs::create_dir_all(&alone).unwrap();
    std::fs::copy(BIN, alone.join("windown")).unwrap();
    // `windown` carries no bus code: without `windown-remind` beside it, `remind run` and
    // `remind test` say so and where it belongs, and start nothing.
    for words in [["remind", "run"], ["remind", "test"]] {
        let mut args = words.to_vec();
        if words[1] == "test" {
            args.push("far");
        }
        let base = e.cmd(&args);
        let mut c = Command::new(alone.join("windown"));
        c.args(&args)
            .env_clear()
            .current_dir(e.root())
            .stdin(Stdio::null());
        for (k, v) in base.get_envs() {
            if let Some(v) = v {
                c.env(k, v);
            }
        }
        let out = c.output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{out:?}");
        assert!(out.stdout.is_empty(), "{out:?}");
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            format!(
                "error: windown {}: windown-remind is not installed beside this program\n\
                 hint: windown-remind is built and installed with windown (`cargo install` \
                 installs both); put it in the same folder as windown\n",
                words.join(" ")
            )
        );
    }
}

#[test]
fn the_reminders_screens_test_is_one_line_from_the_small_binary() {
    // What the reminders screen runs (`windown-remind said-test ID`): one line on stdout, exit
    // 0, whatever happened; no session bus here, so no server took it.
    let e = Env::new();
    e.reminders("[[reminder]]\nid = \"far\"\ntitle = \"Far\"\nat = [\"03:00\"]\n");
    let said = |id: &str| {
        let base = e.cmd(&["remind", "test", id]);
        let mut c = Command::new(env!("CARGO_BIN_EXE_windown-remind"));
        c.args(["said-test", id])
            .env_clear()
            .current_dir(e.root())
            .stdin(Stdio::null());
        for (k, v) in base.get_envs() {
            if let Some(v) = v {
                c.env(k, v);
            }
        }
        c.env_remove("DBUS_SESSION_BUS_ADDRESS");
        let out = c.output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let far = said("far");
    assert!(
        far.starts_with("test of far: no notification server took it"),
        "{far}"
    );
    assert_eq!(far.lines().count(), 1, "{far}");
    assert_eq!(said("gone"), "there is no reminder \"gone\" any more\n");
}

#[test]
fn the_small_binary_takes_no_arguments() {
    let out = Command::new(env!("CARGO_BIN_EXE_windown-remind"))
        .arg("--help")
        .env_clear()
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: windown-remind takes no arguments\n\
         hint: start the reminder process with `windown remind run`\n"
    );
}
