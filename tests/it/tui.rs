//! The interface's screens as insta snapshots of a ratatui `TestBackend` buffer, at 80x24
//! and 40x12, driven with an injected `Instant` (never the real clock), plus the key
//! bindings and the `NO_COLOR` / ASCII looks.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::TimeZone;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Color;

use windown::routine::figures::clean;
use windown::routine::{Origin, Routine, RoutineKind, Sides, Step, StepKind, Target};
use windown::tui::app::{App, Overlay, Screen};
use windown::tui::screens::home::{Checkin, Entry, Home};
use windown::tui::screens::{Act, Cx};
use windown::tui::theme::Look;
use windown::tui::work::Answer;
use windown::tui::work::{Done, EditorDone, HomeDone, Job, Opened};

pub(crate) fn secs(s: u64) -> Duration {
    Duration::from_secs(s)
}

/// Prepare 5, hold L 10, rest 5, hold L 10, switch 5, hold R 10, rest 5, hold R 10 (60 s),
/// then a task step.
pub(crate) fn routine() -> Routine {
    let calf = Step {
        title: "Wall calf stretch".into(),
        instructions: vec![
            "Stand facing a wall, hands flat on it at chest height.".into(),
            "Step one foot back, heel down, and lean in until the calf pulls.".into(),
        ],
        caution: Some("Do not bounce. Ease off if it hurts.".into()),
        targets: vec![Target::Calves],
        figure: Some("wall-calf".into()),
        kind: StepKind::Timed,
        duration: secs(10),
        reps: 2,
        rest: secs(5),
        prepare: secs(5),
        sides: Sides::Both,
        switch: secs(5),
        breathe: None,
        spoken: None,
        spoken_side: None,
        position: None,
    };
    let task = Step {
        title: "Screens off, lights low".into(),
        instructions: vec!["Put the phone out of reach.".into()],
        caution: None,
        targets: vec![Target::Sleep],
        figure: None,
        kind: StepKind::Task,
        duration: Duration::ZERO,
        reps: 1,
        rest: Duration::ZERO,
        prepare: Duration::ZERO,
        sides: Sides::None,
        switch: Duration::ZERO,
        breathe: None,
        spoken: None,
        spoken_side: None,
        position: None,
    };
    Routine {
        id: windown::text::Id::new("test-legs").unwrap(),
        title: "Test legs".into(),
        summary: Some("A short calf stretch and a task, for tests.".into()),
        notes: Some("Stretching may help night cramps; the evidence is low-certainty.".into()),
        kind: RoutineKind::Stretch,
        steps: vec![calf, task],
        origin: Origin::BuiltIn,
        stretches_left_out: 0,
        lang: None,
    }
}

pub(crate) fn home() -> Home {
    let mut own = routine();
    own.id = windown::text::Id::new("my-legs").unwrap();
    own.title = "My legs".into();
    own.origin = Origin::File(PathBuf::from("/cfg/routines/my-legs.toml"));
    let mut h = Home::new(vec![
        Entry::Routine(Box::new(routine())),
        Entry::Routine(Box::new(own)),
        Entry::Broken {
            name: "broken".into(),
            error:
                "/cfg/routines/broken.toml:3:1: unknown key \"hodl\"\nhint: did you mean \"hold\"?"
                    .into(),
            path: Some(PathBuf::from("/cfg/routines/broken.toml")),
            line: 3,
        },
    ]);
    h.header = "streak 3 evenings · last session yesterday 21:40 · last night: no cramps".into();
    h
}

const FIGURE: &str = "  o/\n /|\n  |\\\n / \\\n";

/// The moment `now`, on the evening of 24 November 2026 (wall clock).
pub(crate) fn cx(now: Instant) -> Cx {
    Cx {
        look: Look::FULL,
        now,
        wall: chrono::Local
            .with_ymd_and_hms(2026, 11, 24, 21, 30, 0)
            .single()
            .expect("a valid local time"),
        muted: false,
    }
}

pub(crate) fn started(look: Look, t0: Instant) -> App {
    let mut app = App::new(look, home(), false);
    app.start(routine(), vec![clean(FIGURE), None], &cx(t0));
    app
}

pub(crate) fn draw(app: &App, now: Instant, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("test backend");
    t.draw(|f| {
        let area = f.area();
        app.render(&app.cx(now, cx(now).wall), area, f.buffer_mut());
    })
    .expect("draw");
    t
}

/// Snapshot at both sizes.
fn snap(name: &str, app: &App, now: Instant) {
    for (w, h) in [(80, 24), (40, 12)] {
        let t = draw(app, now, w, h);
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), t.backend());
    }
}

fn key(c: KeyCode) -> KeyEvent {
    KeyEvent::new(c, KeyModifiers::NONE)
}
pub(crate) fn ch(c: char) -> KeyEvent {
    key(KeyCode::Char(c))
}
fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

pub(crate) fn at(app: &mut App, t: Instant) {
    let _ = app.advance(&cx(t));
}

#[test]
fn home_screen() {
    let t0 = Instant::now();
    let app = App::new(Look::FULL, home(), false);
    snap("home", &app, t0);
}

/// `balance = "poor"`: home marks the standing steps and names the seated routine; steady
/// balance shows neither.
#[test]
fn home_marks_standing_steps_when_balance_is_poor() {
    let t0 = Instant::now();
    let mut h = home();
    if let Entry::Routine(r) = &mut h.entries[0] {
        r.steps[0].position = Some(windown::routine::Position::Standing);
    }
    let mut app = App::new(Look::FULL, h, false);
    let mut config = windown::config::Config::default();
    config.balance = windown::config::Balance::Poor;
    app.config_read(&config, None);
    snap("home_balance_poor", &app, t0);
    let shown = screen_text(&draw(&app, t0, 80, 24));
    assert!(shown.contains("Wall calf stretch  standing"), "{shown}");
    assert!(shown.contains("Has standing steps"), "{shown}");
    config.balance = windown::config::Balance::Steady;
    app.config_read(&config, None);
    let shown = screen_text(&draw(&app, t0, 80, 24));
    assert!(!shown.contains("standing"), "{shown}");
}

#[test]
fn home_shows_a_broken_file_with_its_error() {
    let t0 = Instant::now();
    let mut app = App::new(Look::FULL, home(), false);
    app.key(ch('j'), &cx(t0));
    app.key(KeyCode::Down.into(), &cx(t0));
    snap("home_broken", &app, t0);
    // Enter on a broken file explains instead of starting.
    let out = app.key(key(KeyCode::Enter), &cx(t0));
    assert!(out.is_empty());
    assert!(app.home.notice.is_some());
}

#[test]
fn home_asks_about_last_night_and_enter_starts_nothing_under_it() {
    use windown::history::Cramps;
    let t0 = Instant::now();
    let night = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).expect("a date");
    let mut app = App::new(Look::FULL, home(), false);
    app.home.checkin = Some(Checkin {
        night_of: night,
        ..Checkin::default()
    });
    snap("home_checkin", &app, t0);
    // While it is open the list keys do nothing behind it, and Enter starts no routine:
    // it skips the question (its key line says so).
    app.key(ch('j'), &cx(t0));
    assert_eq!(app.home.selected, 0);
    assert!(app.home.checkin.is_some());
    assert!(matches!(
        app.key(key(KeyCode::Enter), &cx(t0)).as_slice(),
        [Act::Do(Job::Checkin {
            answer: Answer::Skip,
            ..
        })]
    ));
    assert!(app.home.checkin.is_none());
    // Asked again, with the second routine chosen before.
    app.home.selected = 1;
    app.home.checkin = Some(Checkin {
        night_of: night,
        ..Checkin::default()
    });
    // m answers "mild" for that night, then asks how many in all (3), then whether they
    // woke you; y answers and closes the prompt.
    assert!(app.key(ch('m'), &cx(t0)).is_empty());
    snap("home_checkin_how_many", &app, t0);
    assert!(app.key(ch('3'), &cx(t0)).is_empty());
    assert!(app.key(key(KeyCode::Enter), &cx(t0)).is_empty());
    snap("home_checkin_woke", &app, t0);
    let out = app.key(ch('y'), &cx(t0));
    assert_eq!(
        out,
        vec![Act::Do(Job::Checkin {
            night_of: night,
            answer: Answer::Cramps(Cramps::Mild),
            count: Some(3),
            woke: Some(true),
            red_flag: false,
        })]
    );
    assert!(app.home.checkin.is_none());
    // "none" asks nothing more; nor does "bad" when a cramp was eased with the guide.
    app.home.checkin = Some(Checkin {
        night_of: night,
        ..Checkin::default()
    });
    assert_eq!(
        app.key(ch('n'), &cx(t0)),
        vec![Act::Do(Job::Checkin {
            night_of: night,
            answer: Answer::Cramps(Cramps::None),
            count: None,
            woke: None,
            red_flag: false,
        })]
    );
    // Two logged, one eased with the guide: s keeps the two, and it is done.
    app.home.checkin = Some(Checkin {
        night_of: night,
        woke_known: true,
        count: Some(2),
        ..Checkin::default()
    });
    assert!(app.key(ch('b'), &cx(t0)).is_empty());
    assert_eq!(
        app.key(ch('s'), &cx(t0)),
        vec![Act::Do(Job::Checkin {
            night_of: night,
            answer: Answer::Cramps(Cramps::Bad),
            count: Some(2),
            woke: None,
            red_flag: false,
        })]
    );
    // Esc skips.
    app.home.checkin = Some(Checkin {
        night_of: night,
        ..Checkin::default()
    });
    let out = app.key(key(KeyCode::Esc), &cx(t0));
    assert!(matches!(
        out.as_slice(),
        [Act::Do(Job::Checkin {
            answer: Answer::Skip,
            ..
        })]
    ));
}

#[test]
fn during_an_experiment_the_morning_question_ends_with_the_red_flag() {
    use windown::history::Cramps;
    let t0 = Instant::now();
    let mut app = App::new(Look::FULL, home(), false);
    let night = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).expect("a date");
    app.home.checkin = Some(Checkin {
        night_of: night,
        experiment: true,
        ..Checkin::default()
    });
    // Mild, 12 in all (two digits, a wrong one taken back, then Enter), they woke me: then
    // the leg question, nothing recorded yet.
    assert!(app.key(ch('m'), &cx(t0)).is_empty());
    assert!(app.key(ch('1'), &cx(t0)).is_empty());
    assert!(app.key(ch('3'), &cx(t0)).is_empty());
    assert!(app.key(key(KeyCode::Backspace), &cx(t0)).is_empty());
    assert!(app.key(ch('2'), &cx(t0)).is_empty());
    // A third digit would pass 99: not taken.
    assert!(app.key(ch('7'), &cx(t0)).is_empty());
    assert_eq!(app.home.checkin.as_ref().and_then(|c| c.typed), Some(12));
    assert!(app.key(key(KeyCode::Enter), &cx(t0)).is_empty());
    assert_eq!(app.home.checkin.as_ref().and_then(|c| c.count), Some(12));
    assert!(app.key(ch('y'), &cx(t0)).is_empty());
    snap("home_checkin_leg", &app, t0);
    // j still moves the list while it is up.
    app.key(ch('j'), &cx(t0));
    assert!(app.home.checkin.is_some());
    assert_eq!(
        app.key(ch('y'), &cx(t0)),
        vec![Act::Do(Job::Checkin {
            night_of: night,
            answer: Answer::Cramps(Cramps::Mild),
            count: Some(12),
            woke: Some(true),
            red_flag: true,
        })]
    );
    assert!(app.home.checkin.is_none());
    // "none" asks the leg question too; Esc answers no.
    app.home.checkin = Some(Checkin {
        night_of: night,
        experiment: true,
        ..Checkin::default()
    });
    assert!(app.key(ch('n'), &cx(t0)).is_empty());
    assert_eq!(
        app.key(key(KeyCode::Esc), &cx(t0)),
        vec![Act::Do(Job::Checkin {
            night_of: night,
            answer: Answer::Cramps(Cramps::None),
            count: None,
            woke: None,
            red_flag: false,
        })]
    );
    // Skipping the morning question asks nothing more.
    app.home.checkin = Some(Checkin {
        night_of: night,
        experiment: true,
        ..Checkin::default()
    });
    assert!(matches!(
        app.key(ch('s'), &cx(t0)).as_slice(),
        [Act::Do(Job::Checkin {
            answer: Answer::Skip,
            red_flag: false,
            ..
        })]
    ));
}

#[test]
fn the_morning_question_shows_the_cramps_logged_and_the_nudge_is_plain() {
    let t0 = Instant::now();
    let mut app = App::new(Look::FULL, home(), false);
    app.home.checkin = Some(Checkin {
        night_of: chrono::NaiveDate::from_ymd_opt(2026, 11, 24).expect("a date"),
        logged: Some("You logged 2 cramps last night: 03:12 left calf, 05:40 left calf".into()),
        ..Checkin::default()
    });
    app.home.nudge = true;
    snap("home_checkin_logged", &app, t0);
    let t = draw(&app, t0, 80, 24);
    let nudge_cell = t
        .backend()
        .buffer()
        .content
        .iter()
        .find(|c| c.symbol() == "C")
        .expect("the nudge");
    assert_eq!(
        nudge_cell.fg,
        ratatui::style::Color::Reset,
        "no warning colour"
    );
    // Any key clears the nudge.
    app.key(ch('j'), &cx(t0));
    assert!(!app.home.nudge);
}

#[test]
fn home_header_from_the_history() {
    use windown::history::{CheckinEntry, Cramps, HomeSummary, SessionEntry};
    let cet = chrono::FixedOffset::east_opt(3600).expect("an offset");
    let at = cet
        .with_ymd_and_hms(2026, 11, 24, 21, 40, 0)
        .single()
        .expect("a time");
    let morning = cet
        .with_ymd_and_hms(2026, 11, 25, 7, 30, 0)
        .single()
        .expect("a time");
    // Still up at 01:54: the night of the 24th is not over, so the check-in about it cannot be
    // "last night" yet; the one about the 23rd is.
    let small_hours = cet
        .with_ymd_and_hms(2026, 11, 25, 1, 54, 0)
        .single()
        .expect("a time");
    let h = HomeSummary {
        rules: windown::history::NightRules::default(),
        streak: 3,
        last_session: Some(SessionEntry {
            routine_id: "evening-legs".into(),
            routine_title: "Evening legs".into(),
            started: at,
            ended: at,
            active_seconds: 240,
            task_seconds: None,
            stretches_done: None,
            stretches_left_out: None,
            steps_done: 3,
            steps_skipped: 0,
            steps_total: 3,
            finished: true,
        }),
        last_checkin: Some(CheckinEntry::new(
            chrono::NaiveDate::from_ymd_opt(2026, 11, 24).expect("a date"),
            Cramps::None,
            at,
        )),
        checkin_due: false,
        checkin_skipped: false,
        note: None,
        last_night_cramps: Vec::new(),
        nudge: false,
        six_weeks: None,
        experiment: None,
    };
    assert_eq!(
        windown::tui::screens::home::header_text(&h, morning, Look::FULL),
        "streak 3 evenings · last session yesterday 21:40 · last night: no cramps"
    );
    // During a personal experiment, what tonight is comes first.
    let mut during = h.clone();
    during.experiment = Some("Experiment: tonight is a stretching evening.".into());
    assert_eq!(
        windown::tui::screens::home::header_text(&during, morning, Look::FULL),
        "Experiment: tonight is a stretching evening. · streak 3 evenings · last session yesterday 21:40 · last night: no cramps"
    );
    let mut earlier = h.clone();
    if let Some(c) = earlier.last_checkin.as_mut() {
        c.night_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date");
    }
    assert_eq!(
        windown::tui::screens::home::header_text(&earlier, small_hours, Look::FULL),
        "streak 3 evenings · last session yesterday 21:40 · last night: no cramps"
    );
    assert_eq!(
        windown::tui::screens::home::header_text(&earlier, morning, Look::FULL),
        "streak 3 evenings · last session yesterday 21:40 · night of Mon 23 Nov: no cramps"
    );
    assert_eq!(
        windown::tui::screens::home::header_text(&HomeSummary::default(), morning, Look::FULL),
        ""
    );
}

/// Carry out the jobs in `outs` here and now (as the worker would, on the real files under
/// `dirs`), hand their results to the app, and return what else the app asked for.
pub(crate) fn work(
    app: &mut App,
    outs: Vec<Act>,
    dirs: &windown::paths::Dirs,
    now: Instant,
) -> Vec<Act> {
    let mut rest = Vec::new();
    for o in outs {
        match o {
            Act::Do(job) => {
                let done = std::sync::Mutex::new(Vec::new());
                windown::tui::work::carry_out(job, dirs, true, &|d| {
                    done.lock().expect("not poisoned").push(d)
                });
                for d in done.into_inner().expect("not poisoned") {
                    let more = app.done(d, &cx(now));
                    rest.extend(work(app, more, dirs, now));
                }
            }
            other => rest.push(other),
        }
    }
    rest
}

#[test]
fn other_screens_open_from_home_and_get_their_keys() {
    let t0 = Instant::now();
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let dirs = windown::paths::Dirs::under(tmp.path());
    let mut app = App::new(Look::FULL, home(), false);
    // r opens the reminders screen and asks for the files to be read.
    assert_eq!(app.key(ch('r'), &cx(t0)), vec![Act::Do(Job::Reminders)]);
    let text = screen_text(&draw(&app, t0, 80, 24));
    assert!(text.contains("Reading the reminders…"), "{text}");
    let out = app.key(ch('?'), &cx(t0));
    assert!(out.is_empty());
    let text = screen_text(&draw(&app, t0, 80, 24));
    assert!(text.contains("send a test notification"), "{text}");
    app.key(ch('x'), &cx(t0));
    let rest = work(&mut app, vec![Act::Do(Job::Reminders)], &dirs, t0);
    assert!(rest.is_empty());
    let text = screen_text(&draw(&app, t0, 80, 24));
    assert!(text.contains("Drink some water"), "{text}");
    // j then space switches the second reminder (off by default) on, in the file.
    app.key(ch('j'), &cx(t0));
    let out = app.key(ch(' '), &cx(t0));
    assert_eq!(
        out,
        vec![Act::Do(Job::ToggleReminder {
            id: "legs-up".into()
        })]
    );
    work(&mut app, out, &dirs, t0);
    let file = std::fs::read_to_string(dirs.reminders_file()).expect("written");
    assert!(file.contains("id = \"legs-up\""), "{file}");
    let text = screen_text(&draw(&app, t0, 80, 24));
    assert!(text.contains("legs-up is now on"), "{text}");
    // Esc goes home; g opens progress; Ctrl-C quits from there.
    assert!(app.key(key(KeyCode::Esc), &cx(t0)).is_empty());
    assert!(matches!(app.screen, Screen::Home));
    assert_eq!(
        app.key(ch('g'), &cx(t0)),
        vec![Act::Do(Job::Progress { back: 0 })]
    );
    assert!(matches!(app.screen, Screen::Progress(_)));
    assert_eq!(app.key(ctrl('c'), &cx(t0)), vec![Act::Quit]);
}

#[test]
fn home_help() {
    let t0 = Instant::now();
    let mut app = App::new(Look::FULL, home(), false);
    app.key(ch('?'), &cx(t0));
    snap("home_help", &app, t0);
    app.key(ch('x'), &cx(t0));
    assert_eq!(app.overlay, Overlay::None);
}

#[test]
fn each_phase_kind() {
    let t0 = Instant::now();
    let mut app = started(Look::FULL, t0);
    let now = t0 + Duration::from_millis(1500);
    at(&mut app, now);
    snap("phase_get_ready", &app, now);
    let now = t0 + secs(7);
    at(&mut app, now);
    snap("phase_hold_left", &app, now);
    let now = t0 + Duration::from_millis(16_500);
    at(&mut app, now);
    snap("phase_rest", &app, now);
    for s in 17..=31 {
        at(&mut app, t0 + secs(s));
    }
    let now = t0 + secs(31);
    snap("phase_switch_sides", &app, now);
    for s in 32..=42 {
        at(&mut app, t0 + secs(s));
    }
    let now = t0 + Duration::from_millis(42_200);
    at(&mut app, now);
    snap("phase_hold_right_last_seconds", &app, now);
    for s in 43..=61 {
        at(&mut app, t0 + secs(s));
    }
    let now = t0 + secs(61);
    snap("phase_task", &app, now);
    assert_eq!(
        app.next_wake(now, || cx(now).wall),
        None,
        "a task waits without a timer"
    );
}

#[test]
fn paused_session_stops_and_sleeps() {
    let t0 = Instant::now();
    let mut app = started(Look::FULL, t0);
    let now = t0 + secs(7);
    at(&mut app, now);
    app.key(ch(' '), &cx(now));
    let later = now + secs(30);
    at(&mut app, later);
    snap("paused", &app, later);
    assert_eq!(
        app.next_wake(later, || cx(later).wall),
        None,
        "paused: no timer at all"
    );
    app.key(ch(' '), &cx(later));
    assert!(app.next_wake(later, || cx(later).wall).is_some());
}

#[test]
fn session_help_and_quit_confirm() {
    let t0 = Instant::now();
    let mut app = started(Look::FULL, t0);
    let now = t0 + secs(7);
    at(&mut app, now);
    app.key(ch('?'), &cx(now));
    snap("session_help", &app, now);
    app.key(ch('?'), &cx(now));
    app.key(ch('q'), &cx(now));
    assert_eq!(app.overlay, Overlay::ConfirmQuit);
    snap("quit_confirm", &app, now);
    // n keeps going; Esc asks too.
    app.key(ch('n'), &cx(now));
    assert!(matches!(app.screen, Screen::Session(_)));
    app.key(key(KeyCode::Esc), &cx(now));
    assert_eq!(app.overlay, Overlay::ConfirmQuit);
    // y stops and shows the summary, with the session to record.
    let out = app.key(ch('y'), &cx(now));
    assert!(matches!(app.screen, Screen::Summary(_)));
    assert!(
        out.iter()
            .any(|o| matches!(o, Act::Do(Job::RecordSession { summary, .. }) if !summary.finished))
    );
    assert!(!out.contains(&Act::Quit));
}

/// A person reading the help or answering the quit question is not stretching: the countdown
/// stops while either is open, and goes on where it was when it closes ("Paused.", "Going on.").
#[test]
fn the_help_and_the_quit_question_pause_the_countdown() {
    const PAUSED: &str = "Paused.";
    const GOING_ON: &str = "Going on.";
    let t0 = Instant::now();
    let mut app = started(Look::FULL, t0);
    let now = t0 + secs(3);
    at(&mut app, now);
    let left = |app: &App, t: Instant| app.running().expect("a session").session.view(t).remaining;
    let mut t = now;
    for open in [ch('?'), ch('q')] {
        let before = left(&app, t);
        let out = app.key(open, &cx(t));
        assert!(out.contains(&Act::Say(PAUSED)), "{out:?}");
        assert_eq!(app.next_wake(t, || cx(t).wall), None, "no countdown");
        // A minute reading it costs nothing.
        t += secs(60);
        at(&mut app, t);
        assert_eq!(left(&app, t), before);
        // Closing it (any key for the help, n for the question) goes on.
        let close = if open == ch('?') { ch('x') } else { ch('n') };
        let out = app.key(close, &cx(t));
        assert_eq!(app.overlay, Overlay::None);
        assert!(out.contains(&Act::Say(GOING_ON)), "{out:?}");
        assert!(app.next_wake(t, || cx(t).wall).is_some());
        assert_eq!(left(&app, t), before);
    }
    // Paused by the person before: still paused after the help closes, nothing said.
    let mut app = started(Look::FULL, t0);
    app.key(ch(' '), &cx(now));
    assert_eq!(app.key(ch('?'), &cx(now)), vec![]);
    assert_eq!(app.key(ch('x'), &cx(now)), vec![]);
    assert_eq!(app.next_wake(now, || cx(now).wall), None, "still paused");
}

/// Over the cramp guide, the help is as dark as the guide: no cell is left on the terminal's
/// own background (white in a light theme) or in its default text colour.
#[test]
fn the_help_over_the_cramp_guide_is_dark() {
    let t0 = Instant::now();
    let mut app = App::new(Look::FULL, home(), false);
    app.key(ch('c'), &cx(t0));
    assert!(matches!(app.screen, Screen::Relief(_)));
    app.key(ch('?'), &cx(t0));
    assert!(matches!(app.overlay, Overlay::Help { .. }));
    for (w, h) in [(80, 24), (40, 12)] {
        let t = draw(&app, t0, w, h);
        assert!(screen_text(&t).contains("Keys"), "{}", screen_text(&t));
        for cell in &t.backend().buffer().content {
            assert_eq!(cell.bg, Color::Indexed(232), "{w}x{h}: {cell:?}");
            assert!(
                !matches!(cell.fg, Color::Reset | Color::Black | Color::White),
                "{cell:?}"
            );
        }
    }
}

#[test]
fn ctrl_c_asks_in_a_session_and_quits_at_home() {
    let t0 = Instant::now();
    let mut app = started(Look::FULL, t0);
    // The question pauses the countdown, and says so.
    assert_eq!(app.key(ctrl('c'), &cx(t0)), vec![Act::Say("Paused.")]);
    assert_eq!(app.overlay, Overlay::ConfirmQuit);
    let out = app.key(ctrl('c'), &cx(t0));
    assert!(out.contains(&Act::Quit));
    assert!(
        out.iter()
            .any(|o| matches!(o, Act::Do(Job::RecordSession { .. })))
    );
    let mut home = App::new(Look::FULL, home(), false);
    assert_eq!(home.key(ctrl('c'), &cx(t0)), vec![Act::Quit]);
    assert_eq!(home.key(ch('q'), &cx(t0)), vec![Act::Quit]);
}

#[test]
fn summary_at_the_end() {
    let t0 = Instant::now();
    let mut app = started(Look::FULL, t0);
    // The loop wakes every second (a single late jump would count as a stall). Skip the
    // first rest, then finish the task.
    for s in 1..=16 {
        at(&mut app, t0 + secs(s));
    }
    app.key(ch('n'), &cx(t0 + secs(16)));
    for s in 17..=60 {
        at(&mut app, t0 + secs(s));
    }
    let now = t0 + secs(60);
    let out = app.key(key(KeyCode::Enter), &cx(now));
    assert!(
        out.iter()
            .any(|o| matches!(o, Act::Do(Job::RecordSession { summary, .. }) if summary.finished))
    );
    snap("summary", &app, now);
    app.key(key(KeyCode::Enter), &cx(now));
    assert!(matches!(app.screen, Screen::Home));
}

#[test]
fn session_keys_reach_the_engine() {
    let t0 = Instant::now();
    let mut app = started(Look::FULL, t0);
    let phase = |app: &App, now| {
        let Screen::Session(r) = &app.screen else {
            panic!("no session")
        };
        let v = r.session.view(now);
        (v.phase_index, v.remaining)
    };
    assert_eq!(phase(&app, t0), (0, secs(5)));
    app.key(ch('n'), &cx(t0));
    assert_eq!(phase(&app, t0), (1, secs(10)));
    app.key(KeyCode::Right.into(), &cx(t0));
    assert_eq!(phase(&app, t0).0, 2);
    app.key(ch('+'), &cx(t0));
    assert_eq!(phase(&app, t0), (2, secs(15)));
    app.key(ch('r'), &cx(t0));
    assert_eq!(phase(&app, t0).0, 0);
    app.key(ch('m'), &cx(t0));
    assert!(app.muted);
    // Ctrl-Z pauses before the process stops.
    let out = app.key(ctrl('z'), &cx(t0 + secs(1)));
    assert_eq!(out.last(), Some(&Act::Suspend));
    assert_eq!(app.next_wake(t0 + secs(1), || cx(t0).wall), None);
}

#[test]
fn too_small_never_panics() {
    let t0 = Instant::now();
    let mut app = started(Look::FULL, t0);
    at(&mut app, t0 + secs(7));
    let t = draw(&app, t0 + secs(7), 39, 11);
    insta::assert_snapshot!("too_small_39x11", t.backend());
    let sizes = (0..45).flat_map(|w| (0..14).map(move |h| (w, h))).chain([
        (1, 100),
        (300, 1),
        (200, 60),
        (81, 25),
        (60, 40),
        (120, 13),
    ]);
    let mut ascii = app.clone();
    ascii.look = Look {
        unicode: false,
        colour: false,
    };
    for (w, h) in sizes {
        draw(&app, t0 + secs(7), w, h);
        draw(&ascii, t0 + secs(7), w, h);
        draw(&App::new(Look::FULL, home(), false), t0, w, h);
    }
}

fn has_colour(buf: &Buffer) -> bool {
    buf.content
        .iter()
        .any(|c| c.fg != Color::Reset || c.bg != Color::Reset)
}

#[test]
fn no_color_clears_every_colour_and_ascii_has_no_unicode() {
    let t0 = Instant::now();
    let now = t0 + Duration::from_millis(13_500);
    let mut app = started(Look::FULL, t0);
    for s in 1..=13 {
        at(&mut app, t0 + secs(s));
    }
    at(&mut app, now);
    assert!(has_colour(draw(&app, now, 80, 24).backend().buffer()));
    app.look = Look {
        unicode: false,
        colour: false,
    };
    let t = draw(&app, now, 80, 24);
    let buf = t.backend().buffer();
    assert!(!has_colour(buf));
    assert!(buf.content.iter().all(|c| c.symbol().is_ascii()));
    insta::assert_snapshot!("ascii_no_color_last_seconds_80x24", t.backend());
    // Every other screen obeys too, with what it shows.
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let dirs = windown::paths::Dirs::under(tmp.path());
    for k in ['r', 'g'] {
        let mut other = App::new(app.look, home(), false);
        let out = other.key(ch(k), &cx(now));
        work(&mut other, out, &dirs, now);
        for (w, h) in [(80, 24), (40, 12)] {
            let t = draw(&other, now, w, h);
            let buf = t.backend().buffer();
            assert!(!has_colour(buf), "{k}");
            assert!(buf.content.iter().all(|c| c.symbol().is_ascii()), "{k}");
        }
    }
}

/// The text of one row of a drawn screen.
fn row(t: &Terminal<TestBackend>, y: u16) -> String {
    let buf = t.backend().buffer();
    (0..buf.area.width)
        .map(|x| buf[(x, y)].symbol().to_string())
        .collect()
}

fn screen_text(t: &Terminal<TestBackend>) -> String {
    let h = t.backend().buffer().area.height;
    (0..h).map(|y| row(t, y) + "\n").collect()
}

/// A wind-down routine with a long-titled stretch on both legs, three reps, and a caution.
fn wind_down(title: &str) -> Routine {
    let mut r = routine();
    r.kind = RoutineKind::WindDown;
    r.title = title.into();
    let s = &mut r.steps[0];
    s.title = "Seated hamstring stretch with a towel".into();
    s.targets = vec![Target::Hamstrings];
    s.reps = 3;
    s.caution = Some("Skip this after a hip replacement unless your surgeon agreed.".into());
    s.instructions = vec!["Sit tall.\nLoop the towel\tunder the foot.".into()];
    r
}

fn start_routine(app: &mut App, r: Routine, t0: Instant) {
    let started = chrono::Local
        .with_ymd_and_hms(2026, 11, 24, 21, 30, 0)
        .single()
        .expect("a valid local time");
    let figures = vec![None; r.steps.len()];
    app.start(
        r,
        figures,
        &Cx {
            wall: started,
            ..cx(t0)
        },
    );
}

#[test]
fn narrow_and_paused_keeps_paused_the_side_and_the_caution() {
    let t0 = Instant::now();
    let mut app = App::new(Look::FULL, home(), false);
    start_routine(&mut app, wind_down("Wind down"), t0);
    let now = t0 + secs(7);
    at(&mut app, now);
    app.key(ch(' '), &cx(now));
    let t = draw(&app, now, 40, 12);
    insta::assert_snapshot!("narrow_paused_long_title_40x12", t.backend());
    let phase = row(&t, 2);
    assert!(phase.contains("PAUSED"), "{phase}");
    assert!(phase.contains(" - LEFT "), "{phase}");
    assert!(phase.contains('…'), "{phase}");
    assert!(
        screen_text(&t).contains("Caution: Skip this"),
        "{}",
        screen_text(&t)
    );
}

#[test]
fn the_key_line_fits_when_muted_and_paused_and_a_task_has_no_plus() {
    let t0 = Instant::now();
    let mut app = started(Look::FULL, t0);
    app.key(ch('m'), &cx(t0));
    app.key(ch(' '), &cx(t0));
    for w in [70, 76, 80, 100] {
        let t = draw(&app, t0, w, 24);
        let keys = row(&t, 23);
        assert!(keys.trim_end().ends_with("q quit"), "{w}: {keys}");
    }
    insta::assert_snapshot!("muted_paused_80x24", draw(&app, t0, 80, 24).backend());
    app.key(ch(' '), &cx(t0));
    app.key(ch('N'), &cx(t0));
    assert!(
        app.running()
            .is_some_and(|r| r.session.is_waiting_on_task())
    );
    let keys = row(&draw(&app, t0, 100, 24), 23);
    assert!(!keys.contains('+'), "{keys}");
    assert!(keys.contains("space done"), "{keys}");
}

#[test]
fn a_long_routine_title_is_shortened_before_the_step_counter() {
    let t0 = Instant::now();
    let mut app = App::new(Look::FULL, home(), true);
    let long = "An evening routine for tired calves, hamstrings and feet, with extras";
    start_routine(&mut app, wind_down(long), t0);
    for w in [40, 80] {
        let top = row(&draw(&app, t0, w, 24), 0);
        assert!(top.contains('…'), "{top}");
        assert!(top.contains(" step 1 of 2 · muted"), "{top}");
    }
}

#[test]
fn instructions_keep_their_line_breaks_and_tabs() {
    let t0 = Instant::now();
    let mut app = App::new(Look::FULL, home(), false);
    start_routine(&mut app, wind_down("Wind down"), t0);
    let text = screen_text(&draw(&app, t0, 80, 24));
    assert!(text.contains("• Sit tall."), "{text}");
    assert!(
        text.contains("  Loop the towel    under the foot."),
        "{text}"
    );
    assert!(!text.contains("\\u{"), "{text}");
}

#[test]
fn an_hour_long_phase_counts_down_in_hours() {
    let t0 = Instant::now();
    let mut r = routine();
    r.steps[0].prepare = Duration::ZERO;
    r.steps[0].duration = secs(2 * 3600);
    let mut app = App::new(
        Look {
            unicode: false,
            colour: false,
        },
        home(),
        false,
    );
    start_routine(&mut app, r, t0);
    let now = t0 + Duration::from_millis(500);
    let t = draw(&app, now, 80, 24);
    insta::assert_snapshot!("hours_countdown_80x24", t.backend());
    // "2:00:00" drawn big: the top row of its glyphs.
    assert!(
        screen_text(&t).contains("#####     ##### #####     ##### #####"),
        "{}",
        screen_text(&t)
    );
}

#[test]
fn a_cue_problem_shows_on_the_session_screen_for_a_while() {
    let t0 = Instant::now();
    let mut app = started(Look::FULL, t0);
    app.cue_failed("the speech program \"say\" failed".into(), t0);
    let text = screen_text(&draw(&app, t0 + secs(1), 80, 24));
    assert!(text.contains("the speech program \"say\" failed"), "{text}");
    let text = screen_text(&draw(&app, t0 + secs(16), 80, 24));
    assert!(!text.contains("speech program"), "{text}");
}

/// Titles in wide characters (CJK, emoji) are cut by display columns with "…" at 40x12 on
/// every screen that shows them, never mid-character and never past their room.
#[test]
fn wide_titles_are_cut_with_an_ellipsis_on_every_screen() {
    let t0 = Instant::now();
    let cjk = "夜のふくらはぎと太もものストレッチ、毎晩の習慣";
    let emoji = "🦵🦵 Legs 🌙 before bed 🛏️ every evening 🦵🦵";
    let mut r = routine();
    r.title = cjk.into();
    r.steps[0].title = "壁を使ったふくらはぎのストレッチ（左右）".into();
    let mut e = routine();
    e.id = windown::text::Id::new("emoji").unwrap();
    e.title = emoji.into();
    let mut app = App::new(
        Look::FULL,
        Home::new(vec![
            Entry::Routine(Box::new(r.clone())),
            Entry::Routine(Box::new(e)),
        ]),
        false,
    );
    app.home.header = format!("streak 12 evenings · last session {cjk}");
    let home_screen = draw(&app, t0, 40, 12);
    insta::assert_snapshot!("wide_titles_home_40x12", home_screen.backend());
    assert!(
        row(&home_screen, 0).ends_with('…'),
        "{}",
        row(&home_screen, 0)
    );
    assert!(
        row(&home_screen, 2).contains('…'),
        "{}",
        row(&home_screen, 2)
    );
    assert!(
        row(&home_screen, 3).contains('…'),
        "{}",
        row(&home_screen, 3)
    );

    start_routine(&mut app, r, t0);
    let now = t0 + secs(7);
    at(&mut app, now);
    let session = draw(&app, now, 40, 12);
    insta::assert_snapshot!("wide_titles_session_40x12", session.backend());
    assert!(row(&session, 0).contains('…'), "{}", row(&session, 0));
    assert!(row(&session, 1).contains('…'), "{}", row(&session, 1));
    assert!(
        row(&session, 0).contains("step 1 of 2"),
        "{}",
        row(&session, 0)
    );

    app.key(ch('q'), &cx(now));
    app.key(ch('y'), &cx(now));
    let summary = draw(&app, now, 40, 12);
    insta::assert_snapshot!("wide_titles_summary_40x12", summary.backend());
    assert!(screen_text(&summary).contains('…'));

    // Reminders with wide titles, read from a real reminders.toml.
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let dirs = windown::paths::Dirs::under(tmp.path());
    std::fs::create_dir_all(&dirs.config).expect("a config folder");
    std::fs::write(
        dirs.reminders_file(),
        format!(
            "[[reminder]]\nid = \"water\"\ntitle = \"{cjk}\"\nat = [\"10:30\"]\n\n\
             [[reminder]]\nid = \"legs\"\ntitle = \"{emoji}\"\nat = [\"11:30\"]\n"
        ),
    )
    .expect("written");
    let mut app = App::new(Look::FULL, home(), false);
    let out = app.key(ch('r'), &cx(t0));
    work(&mut app, out, &dirs, t0);
    let reminders = draw(&app, t0, 40, 12);
    insta::assert_snapshot!("wide_titles_reminders_40x12", reminders.backend());
    let text = screen_text(&reminders);
    assert!(text.matches('…').count() >= 2, "{text}");
}

/// The help lists every key of the screen; when it does not fit, ↓ scrolls it to the end (and
/// no further), ↑ back, and any other key closes it.
#[test]
fn the_help_scrolls_to_every_key_when_it_does_not_fit() {
    let t0 = Instant::now();
    let mut app = App::new(Look::FULL, home(), false);
    app.size = ratatui::layout::Rect::new(0, 0, 40, 12);
    app.key(ch('?'), &cx(t0));
    let text = screen_text(&draw(&app, t0, 40, 12));
    assert!(text.contains("↓ more"), "{text}");
    assert!(!text.contains("Ctrl-Z"), "{text}");
    for _ in 0..30 {
        app.key(key(KeyCode::Down), &cx(t0));
    }
    let Overlay::Help { scroll } = app.overlay else {
        panic!("the help closed")
    };
    assert!(scroll < 30, "scrolls no further than the end");
    let text = screen_text(&draw(&app, t0, 40, 12));
    assert!(text.contains("Ctrl-Z"), "{text}");
    assert!(text.contains("q/Esc/Ctrl-C"), "{text}");
    assert!(text.contains("↑ back · other keys close"), "{text}");
    app.key(ch('k'), &cx(t0));
    assert_eq!(app.overlay, Overlay::Help { scroll: scroll - 1 });
    app.key(ch('x'), &cx(t0));
    assert_eq!(app.overlay, Overlay::None);
    // When it all shows (80x24), the scroll keys close it like any other.
    app.size = ratatui::layout::Rect::new(0, 0, 80, 24);
    app.key(ch('?'), &cx(t0));
    app.key(key(KeyCode::Down), &cx(t0));
    assert_eq!(app.overlay, Overlay::None);
}

/// Enter twice, or Enter then another screen's key, before the routine's figures are loaded:
/// one session, and only if home is still on screen.
#[test]
fn a_start_is_carried_out_once_and_only_from_home() {
    let t0 = Instant::now();
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let dirs = windown::paths::Dirs::under(tmp.path());
    let mut app = App::new(Look::FULL, home(), false);
    let first = app.key(key(KeyCode::Enter), &cx(t0));
    assert!(matches!(first.as_slice(), [Act::Do(Job::Start(_))]));
    assert!(app.key(key(KeyCode::Enter), &cx(t0)).is_empty());
    let cues = work(&mut app, first, &dirs, t0);
    assert!(matches!(app.screen, Screen::Session(_)));
    assert_eq!(cues.iter().filter(|o| matches!(o, Act::Cue(_))).count(), 1);

    let mut app = App::new(Look::FULL, home(), false);
    let start = app.key(key(KeyCode::Enter), &cx(t0));
    let _ = app.key(ch('g'), &cx(t0));
    work(&mut app, start, &dirs, t0);
    assert!(
        matches!(app.screen, Screen::Progress(_)),
        "the key that left home wins"
    );
    // And home can start again later.
    app.key(key(KeyCode::Esc), &cx(t0));
    assert!(matches!(
        app.key(key(KeyCode::Enter), &cx(t0)).as_slice(),
        [Act::Do(Job::Start(_))]
    ));
}

/// While the window is too small nothing on screen can be seen, so keys do nothing but
/// Ctrl-C, which leaves (a running session is recorded).
#[test]
fn keys_wait_while_the_window_is_too_small() {
    let t0 = Instant::now();
    let mut app = started(Look::FULL, t0);
    app.size = ratatui::layout::Rect::new(0, 0, 30, 10);
    assert!(app.key(ch('q'), &cx(t0)).is_empty());
    assert_eq!(app.overlay, Overlay::None);
    let out = app.key(ctrl('c'), &cx(t0));
    assert!(
        out.iter()
            .any(|o| matches!(o, Act::Do(Job::RecordSession { .. })))
    );
    assert_eq!(out.last(), Some(&Act::Quit));
}

/// A built-in routine with its built-in figures, started at `t0`.
fn built_in(id: &str, look: Look, t0: Instant) -> App {
    built_in_drawn(id, look, t0, true)
}

/// A built-in routine started at `t0`, with its figures or none.
fn built_in_drawn(id: &str, look: Look, t0: Instant, figures: bool) -> App {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dirs = windown::paths::Dirs::under(tmp.path());
    let r = windown::routine::builtin::ROUTINES
        .iter()
        .find(|b| b.id == id)
        .expect("a built-in routine")
        .load()
        .expect("it parses");
    let figures = r
        .steps
        .iter()
        .map(|s| {
            s.figure
                .as_deref()
                .filter(|_| figures)
                .and_then(|f| windown::routine::figure(&dirs, f, look.unicode))
        })
        .collect();
    let mut app = App::new(look, home(), false);
    app.start(r, figures, &cx(t0));
    app
}

#[test]
fn at_80x24_every_built_in_step_shows_its_instructions_whole() {
    for b in windown::routine::builtin::ROUTINES {
        let t0 = Instant::now();
        let mut app = built_in(b.id, Look::FULL, t0);
        let mut seen_towel = false;
        // Every phase, skipped through with `n`; tasks done with Enter.
        for _ in 0..200 {
            let Screen::Session(r) = &app.screen else {
                break;
            };
            let v = r.session.view(t0);
            let text = screen_text(&draw(&app, t0, 80, 24));
            assert!(
                !text.contains("… more") && !text.contains("i goes back"),
                "{}: {} ({}) does not fit:\n{text}",
                b.id,
                v.step.title,
                v.label
            );
            seen_towel |= text.contains("towel");
            let k = if v.waiting_on_task {
                key(KeyCode::Enter)
            } else {
                ch('n')
            };
            app.key(k, &cx(t0));
        }
        if b.id.starts_with("evening-legs") {
            assert!(seen_towel, "{}: the towel option never shows", b.id);
        }
    }
}

#[test]
fn the_big_phase_word_and_digits_grow_with_the_window() {
    let t0 = Instant::now();
    let mut app = built_in("evening-legs", Look::FULL, t0);
    app.key(key(KeyCode::Enter), &cx(t0)); // set up: done
    app.key(ch('n'), &cx(t0)); // HOLD - LEFT LEG
    insta::assert_snapshot!("built_in_hold_200x60", draw(&app, t0, 200, 60).backend());
    insta::assert_snapshot!("built_in_hold_80x24", draw(&app, t0, 80, 24).backend());
    insta::assert_snapshot!("built_in_hold_40x12", draw(&app, t0, 40, 12).backend());
    // At 200x60 the block is drawn at three times the size: the screen is filled.
    let text = screen_text(&draw(&app, t0, 200, 60));
    let block_rows = text.lines().filter(|l| l.contains("███")).count();
    assert!(block_rows >= 30, "{block_rows} rows of big glyphs:\n{text}");
}

#[test]
fn a_breath_pacer_shows_in_and_out_with_a_bar() {
    let t0 = Instant::now();
    let mut app = built_in("wind-down", Look::FULL, t0);
    // Four tasks (the last one the set-up), then the slow breathing's get ready.
    for _ in 0..4 {
        app.key(key(KeyCode::Enter), &cx(t0));
    }
    app.key(ch('n'), &cx(t0));
    let at = t0 + Duration::from_secs(2);
    insta::assert_snapshot!("breathe_in_80x24", draw(&app, at, 80, 24).backend());
    let later = t0 + Duration::from_secs(7);
    app.advance(&cx(later));
    insta::assert_snapshot!("breathe_out_80x24", draw(&app, later, 80, 24).backend());
    insta::assert_snapshot!("breathe_out_40x12", draw(&app, later, 40, 12).backend());
}

#[test]
fn instructions_that_do_not_fit_say_so_and_i_pages_through_them() {
    let t0 = Instant::now();
    let mut app = built_in("evening-legs", Look::FULL, t0);
    app.key(key(KeyCode::Enter), &cx(t0)); // set up: done
    app.key(ch('N'), &cx(t0)); // the hamstring stretch, four long instructions
    let first = screen_text(&draw(&app, t0, 60, 18));
    assert!(first.contains("… more (1 of"), "{first}");
    assert!(
        first.contains("Caution:"),
        "the caution stays in view:\n{first}"
    );
    assert!(!first.contains("Up next"), "{first}");
    assert!(first.contains("i more"), "the key line offers i:\n{first}");
    app.key(ch('i'), &cx(t0));
    let second = screen_text(&draw(&app, t0, 60, 18));
    assert_ne!(first, second);
    assert!(second.contains("Caution:"), "{second}");
    insta::assert_snapshot!("instructions_paged_60x18", draw(&app, t0, 60, 18).backend());
}

#[test]
fn v_turns_speech_off_and_the_title_line_says_so() {
    let t0 = Instant::now();
    let mut app = started(Look::FULL, t0);
    let out = app.key(ch('v'), &cx(t0));
    assert_eq!(out, [Act::Speech(false)]);
    let text = screen_text(&draw(&app, t0, 80, 24));
    assert!(
        text.lines()
            .next()
            .unwrap()
            .contains("step 1 of 2 · speech off"),
        "{text}"
    );
    assert_eq!(app.key(ch('v'), &cx(t0)), [Act::Speech(true)]);
    let text = screen_text(&draw(&app, t0, 80, 24));
    assert!(!text.contains("speech off"), "{text}");
}

#[test]
fn with_no_room_for_the_instructions_i_shows_them_in_place_of_the_countdown() {
    let t0 = Instant::now();
    let mut app = built_in("evening-legs", Look::FULL, t0);
    app.key(key(KeyCode::Enter), &cx(t0)); // set up: done
    let first = screen_text(&draw(&app, t0, 40, 12));
    assert!(!first.contains("Stand facing"), "{first}");
    assert!(first.contains("i more"), "the key line offers i:\n{first}");
    let mut pages = Vec::new();
    for _ in 0..12 {
        app.key(ch('i'), &cx(t0));
        let text = screen_text(&draw(&app, t0, 40, 12));
        if !text.contains("…") || text == first {
            break; // back to the countdown
        }
        pages.push(text);
    }
    assert!(pages.len() >= 2, "{pages:?}");
    assert!(pages[0].contains("Stand facing a wall"), "{}", pages[0]);
    insta::assert_snapshot!("instructions_read_40x12", pages[0]);
    let back = screen_text(&draw(&app, t0, 40, 12));
    assert_eq!(back, first);
}

/// A task step counts nothing down, so its instructions and caution take the countdown's
/// rows; at 40x12 they do not all fit, and `i` pages through them as on a hold.
#[test]
fn a_task_steps_instructions_and_caution_show_and_page_with_i() {
    let t0 = Instant::now();
    let mut app = built_in("evening-legs", Look::FULL, t0);
    insta::assert_snapshot!("built_in_task_80x24", draw(&app, t0, 80, 24).backend());
    let big = screen_text(&draw(&app, t0, 80, 24));
    assert!(big.contains("firm chair") && big.contains("dizzy"), "{big}");
    insta::assert_snapshot!("built_in_task_40x12", draw(&app, t0, 40, 12).backend());
    let first = screen_text(&draw(&app, t0, 40, 12));
    assert!(first.contains("firm chair"), "{first}");
    assert!(first.contains("i more"), "the key line offers i:\n{first}");
    let mut all = first.clone();
    for _ in 0..12 {
        app.key(ch('i'), &cx(t0));
        let text = screen_text(&draw(&app, t0, 40, 12));
        if text == first {
            break; // back to the first page
        }
        all.push_str(&text);
    }
    assert!(all.contains("… (4 of 4)"), "{all}");
    for words in ["non-slip", "light", "dizzy", "down."] {
        assert!(all.contains(words), "{words} never shows:\n{all}");
    }
    // Still waiting on the task: `i` did not complete it.
    app.key(key(KeyCode::Enter), &cx(t0));
    let next = screen_text(&draw(&app, t0, 40, 12));
    assert!(!next.contains("YOUR TURN"), "{next}");
}

/// The reminders screen shows times to the minute: the app wakes as the next minute begins
/// (and only there: home and progress sleep). With a broken file there is no reminder to
/// choose, switch or test, and the hint line does not offer those keys.
#[test]
fn the_reminders_screen_wakes_each_minute_and_hints_only_what_works() {
    let t0 = Instant::now();
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let dirs = windown::paths::Dirs::under(tmp.path());
    let mut app = App::new(Look::FULL, home(), false);
    assert_eq!(app.next_wake(t0, || cx(t0).wall), None, "home sleeps");
    let out = app.key(ch('r'), &cx(t0));
    work(&mut app, out, &dirs, t0);
    // 21:30:00 exactly: the next wake is a whole minute on; 21:30:45: 15 s on.
    let wall = cx(t0).wall;
    assert_eq!(app.next_wake(t0, || wall), Some(t0 + secs(60)));
    let later = wall + chrono::Duration::seconds(45);
    assert_eq!(app.next_wake(t0, || later), Some(t0 + secs(15)));
    assert!(app.advance(&cx(t0)).0, "a new minute redraws");
    let keys = row(&draw(&app, t0, 80, 24), 23);
    assert!(keys.contains("space on/off"), "{keys}");

    std::fs::create_dir_all(&dirs.config).expect("a config folder");
    std::fs::write(dirs.reminders_file(), "garbage = [\n").expect("written");
    let out = app.key(ch('r'), &cx(t0));
    work(&mut app, out, &dirs, t0);
    let keys = row(&draw(&app, t0, 80, 24), 23);
    assert!(!keys.contains("on/off") && !keys.contains("test"), "{keys}");
    assert!(keys.contains("refresh") && keys.contains("back"), "{keys}");
}

/// Each built-in figure on the session screen at 80x24 (Unicode and ASCII), in a step with the
/// library stretch's title and no instructions, so that the figure has room: the drawing and
/// its labels are reviewed here, and `content.rs` checks its labels against the words.
#[test]
fn every_library_figure_at_80x24() {
    let t0 = Instant::now();
    let tmp = tempfile::tempdir().expect("temp dir");
    let dirs = windown::paths::Dirs::under(tmp.path());
    for s in windown::routine::library::Library::builtin().stretches() {
        let Some(name) = &s.figure else { continue };
        let text = format!(
            "title = \"Figure\"\n[[step]]\nstretch = \"{}\"\nhold = \"10s\"\ninstructions = []\ncaution = \"Stop if it hurts.\"\n",
            s.id
        );
        let r = windown::routine::parse::parse("f.toml", &text, "f", Origin::BuiltIn)
            .expect("a one-step routine parses");
        let ascii = Look {
            unicode: false,
            colour: true,
        };
        for look in [Look::FULL, ascii] {
            let fig = windown::routine::figure(&dirs, name, look.unicode);
            assert!(fig.is_some(), "{name}");
            let mut app = App::new(look, home(), false);
            app.start(r.clone(), vec![fig], &cx(t0));
            app.key(ch('n'), &cx(t0)); // the hold, on the left side
            let which = if look.unicode { "unicode" } else { "ascii" };
            insta::assert_snapshot!(
                format!("figure_{name}_{which}_80x24"),
                screen_text(&draw(&app, t0, 80, 24))
            );
        }
    }
}

/// A file that does not load shows every mistake with its line, a caret and the hint; `e`
/// asks to edit it at the first mistake's line, and a built-in is asked for by id (the
/// worker copies it); whatever comes back opens the editor only on the home screen.
#[test]
fn home_shows_mistakes_with_a_caret_and_e_edits_at_the_first() {
    let t0 = Instant::now();
    let text = "title = \"Mine\"\n\n[[step]]\ntitle = \"Calf\"\nhodl = \"10s\"\n";
    let path = "/cfg/routines/mine.toml";
    let diags =
        windown::routine::parse::parse(path, text, "mine", Origin::File(PathBuf::from(path)))
            .expect_err("a broken file");
    let catalog = windown::routine::Catalog {
        entries: vec![
            windown::routine::Entry {
                id: "test-legs".into(),
                origin: Origin::BuiltIn,
                routine: Ok(routine()),
                overrides_builtin: false,
            },
            windown::routine::Entry {
                id: "mine".into(),
                origin: Origin::File(PathBuf::from(path)),
                routine: Err(diags),
                overrides_builtin: false,
            },
        ],
    };
    let mut app = App::new(Look::FULL, Home::new(Entry::from_catalog(catalog)), false);
    // The built-in first: asked for by id, to be copied.
    let out = app.key(ch('e'), &cx(t0));
    assert_eq!(
        out,
        [Act::Do(Job::Edit {
            id: "test-legs".into(),
            title: "Test legs".into(),
            file: None,
            line: 0,
        })]
    );
    app.key(ch('j'), &cx(t0));
    snap("home_broken_caret", &app, t0);
    let text = screen_text(&draw(&app, t0, 80, 24));
    assert!(text.contains("5 | hodl = \"10s\""), "{text}");
    assert!(text.contains("^^^^"), "{text}");
    let out = app.key(ch('e'), &cx(t0));
    assert_eq!(
        out,
        [Act::Do(Job::Edit {
            id: "mine".into(),
            title: "mine".into(),
            file: Some(PathBuf::from(path)),
            line: 5,
        })]
    );
    // The file ready: the editor is handed the terminal, at that line.
    let out = app.done(
        Done::Home(HomeDone::Edit {
            path: PathBuf::from(path),
            line: 5,
            said: None,
        }),
        &cx(t0),
    );
    assert_eq!(
        out,
        [Act::Edit {
            path: PathBuf::from(path),
            line: 5
        }]
    );
    // Not over another screen: a key that left home meanwhile wins.
    app.key(ch('g'), &cx(t0));
    let out = app.done(
        Done::Home(HomeDone::Edit {
            path: PathBuf::from(path),
            line: 5,
            said: Some("copied".into()),
        }),
        &cx(t0),
    );
    assert!(out.is_empty());
}

/// Changed files ask for what is on screen to be read again; nothing else.
#[test]
fn changed_files_read_again_what_shows() {
    use windown::tui::watch::Changed;
    let t0 = Instant::now();
    let mut app = App::new(Look::FULL, home(), false);
    let routines = Changed {
        routines: true,
        ..Changed::default()
    };
    assert_eq!(app.files_changed(routines), [Act::Do(Job::Catalog)]);
    let reminders = Changed {
        reminders: true,
        ..Changed::default()
    };
    assert!(
        app.files_changed(reminders).is_empty(),
        "not on that screen"
    );
    let config = Changed {
        config: true,
        ..Changed::default()
    };
    assert_eq!(app.files_changed(config), [Act::Do(Job::Config)]);
    // On the reminders screen, its file is read again.
    app.key(ch('r'), &cx(t0));
    assert_eq!(app.files_changed(reminders), [Act::Do(Job::Reminders)]);
    app.key(ch('q'), &cx(t0));
    // A mistake in config.toml read again is told on home, with its place.
    app.done(
        Done::Config(Err(Box::new(windown::diag::Diagnostic::at(
            "/cfg/config.toml",
            "[cues]\nwake = 3\n",
            14..15,
            "wake: not a time",
        )))),
        &cx(t0),
    );
    let shown = screen_text(&draw(&app, t0, 80, 24));
    assert!(shown.contains("config.toml does not load"), "{shown}");
    // It stays while the mistake is there, whatever keys come between...
    app.key(ch('j'), &cx(t0));
    app.key(ch('k'), &cx(t0));
    let shown = screen_text(&draw(&app, t0, 80, 24));
    assert!(shown.contains("config.toml does not load"), "{shown}");
    // ...and goes once the file is read without one.
    app.config_read(&windown::config::Config::default(), None);
    let shown = screen_text(&draw(&app, t0, 80, 24));
    assert!(!shown.contains("config.toml does not load"), "{shown}");
    // A running session keeps its routine: the list behind it is read, the session not touched.
    let mut app = started(Look::FULL, t0);
    let before = format!("{:?}", app.running().expect("running").session);
    assert_eq!(app.files_changed(routines), [Act::Do(Job::Catalog)]);
    let after = format!("{:?}", app.running().expect("still running").session);
    assert_eq!(before, after);
}

/// `E` on home asks for the file and its text; the editor screen opens on it, only over the
/// home screen; its save goes out as a job and comes back into the screen; `q` goes home.
#[test]
fn e_upper_opens_the_editor_screen_and_its_save_comes_back() {
    let t0 = Instant::now();
    let mut app = App::new(Look::FULL, home(), false);
    app.key(ch('j'), &cx(t0)); // My legs, a file
    let out = app.key(ch('E'), &cx(t0));
    assert_eq!(
        out,
        [Act::Do(Job::OpenEditor {
            id: "my-legs".into(),
            title: "My legs".into(),
            file: Some(PathBuf::from("/cfg/routines/my-legs.toml")),
        })]
    );
    let text = "# mine\ntitle = \"My legs\"\n\n[[step]]\ntitle = \"Calf\"\nhold = \"10s\"\n";
    app.done(
        Done::Home(HomeDone::OpenEditor(Ok(Opened {
            path: PathBuf::from("/cfg/routines/my-legs.toml"),
            text: text.into(),
            said: None,
        }))),
        &cx(t0),
    );
    assert!(matches!(app.screen, Screen::Editor(_)), "{:?}", app.screen);
    // The routines folder changed: the list and the file under the editor are read again.
    let routines = windown::tui::watch::Changed {
        routines: true,
        ..Default::default()
    };
    assert_eq!(
        app.files_changed(routines),
        [
            Act::Do(Job::Catalog),
            Act::Do(Job::EditorDisk(PathBuf::from("/cfg/routines/my-legs.toml")))
        ]
    );
    for k in ['j', 'j', '+', 's'] {
        let out = app.key(ch(k), &cx(t0));
        if k == 's' {
            match out.as_slice() {
                [Act::Do(Job::SaveRoutine { text, .. })] => {
                    assert!(text.starts_with("# mine\n"), "{text}");
                    assert!(text.contains("hold = \"15s\""), "{text}");
                }
                other => panic!("{other:?}"),
            }
        }
    }
    app.done(
        Done::Editor(EditorDone::Saved(Ok("saved text".into()))),
        &cx(t0),
    );
    let shown = screen_text(&draw(&app, t0, 80, 24));
    assert!(
        shown.contains("Saved /cfg/routines/my-legs.toml"),
        "{shown}"
    );
    // The help lists the editor's keys.
    app.key(ch('?'), &cx(t0));
    let shown = screen_text(&draw(&app, t0, 80, 24));
    assert!(shown.contains("move the step up"), "{shown}");
    app.key(ch('x'), &cx(t0)); // closes the help only
    // Saved text differs from the document ("saved text" stood in): leaving asks once.
    app.key(ch('q'), &cx(t0));
    app.key(ch('q'), &cx(t0));
    assert!(matches!(app.screen, Screen::Home));
}

/// The big blocks on screen, top to bottom: for each run of rows holding `█`, its height and
/// its scale (the narrowest run of `█` in it: one glyph cell is `scale` columns wide).
fn big_blocks(text: &str) -> Vec<(usize, usize)> {
    let mut blocks: Vec<(usize, usize)> = Vec::new();
    let mut open = false;
    for line in text.lines() {
        let runs = line
            .split(|c| c != '█')
            .map(|r| r.chars().count())
            .filter(|n| *n > 0);
        match runs.min() {
            Some(narrowest) if open => {
                let b = blocks.last_mut().expect("an open block");
                *b = (b.0 + 1, b.1.min(narrowest));
            }
            Some(narrowest) => blocks.push((1, narrowest)),
            None => {}
        }
        open = line.contains('█');
    }
    blocks
}

/// The phase word and the seconds grow in whole steps with the window, and the figure and
/// the whole text stay: measured on evening-legs' first hold (its figure drawn) and, for the
/// room a step without a figure has, on the same hold with no figure.
#[test]
fn the_big_word_and_digits_are_measured_at_four_sizes() {
    let t0 = Instant::now();
    let hold = |figures: bool| {
        let mut app = built_in_drawn("evening-legs", Look::FULL, t0, figures);
        app.key(key(KeyCode::Enter), &cx(t0)); // set up: done
        app.key(ch('n'), &cx(t0)); // HOLD - LEFT LEG
        app
    };
    let mut scales = std::collections::BTreeMap::new();
    for figures in [true, false] {
        let app = hold(figures);
        for (w, h) in [(80, 24), (100, 30), (140, 41), (200, 60)] {
            let text = screen_text(&draw(&app, t0, w, h));
            let shown = draw(&app, t0, w, h).backend().to_string();
            let blocks = big_blocks(&shown);
            eprintln!("figure {figures}, {w}x{h}: big blocks (rows, scale) {blocks:?}");
            assert!(!blocks.is_empty(), "{w}x{h}: nothing big:\n{shown}");
            // Each block is five rows a scale (a word over the seconds, or both).
            for (rows, scale) in &blocks {
                assert_eq!(rows % (5 * scale), 0, "{w}x{h}: {blocks:?}\n{shown}");
            }
            let scale = blocks.iter().map(|b| b.1).min().expect("a block");
            scales.insert((figures, w), scale);
            // The figure and the text keep their place: drawn whole, nothing paged.
            let squeezed = text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(!text.contains("… more"), "{w}x{h}:\n{shown}");
            assert!(squeezed.contains("Breathe normally."), "{w}x{h}:\n{shown}");
            if figures && w > 80 {
                assert!(text.contains("heel down"), "{w}x{h}: no figure\n{shown}");
            }
        }
    }
    let at = |figures: bool, w: u16| scales[&(figures, w)];
    for figures in [true, false] {
        assert!(at(figures, 140) >= 2 * at(figures, 80), "{scales:?}");
        assert!(at(figures, 200) >= at(figures, 140), "{scales:?}");
    }
    // With room (no figure beside the text), 100x30 is larger than 80x24.
    assert!(at(false, 100) > at(false, 80), "{scales:?}");
}
