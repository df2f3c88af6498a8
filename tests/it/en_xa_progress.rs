//! The progress and experiment screens in the test language en-XA at 80x24 and 40x12 (every
//! word of ours bracketed or accented, nothing cut without "…"), and `windown trial`'s own
//! output under `--lang en-XA`. The records list's lines are `windown history`'s; the
//! experiment's status and result are built here from their messages with fixed numbers (the
//! screen shows them as `windown trial status` and `result` print them).

use std::time::Instant;

use chrono::NaiveDate;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use windown::history::stats::Stats;
use windown::history::{NightRules, Progress};
use windown::i18n::{self, Messages};
use windown::tui::app::{App, Screen};
use windown::tui::screens::Act;
use windown::tui::screens::trial::Seen;
use windown::tui::theme::Look;
use windown::tui::work::{Done, Job};

use super::tui::{ch, cx, home};
use super::tui_en_xa::{en_xa, plain_words, rows, snap, snap_all};
use crate::common::Env;

/// A fortnight of sessions and check-ins, November 2026.
const RECORDS: &str = r#"{"v":1,"type":"session","routine_id":"evening-legs","routine_title":"Evening legs","started":"2026-11-20T21:05:00+01:00","ended":"2026-11-20T21:09:00+01:00","active_seconds":220,"steps_done":4,"steps_skipped":0,"steps_total":4,"finished":true}
{"v":1,"type":"session","routine_id":"evening-legs","routine_title":"Evening legs","started":"2026-11-21T21:05:00+01:00","ended":"2026-11-21T21:07:00+01:00","active_seconds":100,"steps_done":2,"steps_skipped":1,"steps_total":4,"finished":false}
{"v":1,"type":"checkin","night_of":"2026-11-20","cramps":"bad","count":2,"woke":true,"recorded":"2026-11-21T07:15:00+01:00"}
{"v":1,"type":"checkin","night_of":"2026-11-21","cramps":"mild","recorded":"2026-11-22T07:15:00+01:00"}
{"v":1,"type":"checkin","night_of":"2026-11-22","cramps":"none","recorded":"2026-11-23T07:15:00+01:00"}
"#;

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// Carry out a job the screen asked for (only the records list's, which reads no clock).
fn carry(app: &mut App, acts: Vec<Act>, env: &Env, t0: Instant) {
    for a in acts {
        if let Act::Do(job @ (Job::Records | Job::Remove { .. })) = a {
            let got = std::sync::Mutex::new(Vec::new());
            windown::tui::work::carry_out(job, &env.dirs(), true, &|d| {
                got.lock().expect("not poisoned").push(d)
            });
            for d in got.into_inner().expect("not poisoned") {
                let more = app.done(d, &cx(t0));
                carry(app, more, env, t0);
            }
        }
    }
}

fn progress(env: &Env) -> Progress {
    let loaded = windown::history::store::load(&env.dirs()).expect("the history");
    Progress {
        stats: Stats::compute(
            &loaded.records,
            &NightRules::default(),
            NaiveDate::from_ymd_opt(2026, 11, 30).expect("a day"),
        ),
        note: None,
    }
}

#[test]
fn the_progress_screen_and_its_records_in_en_xa() {
    let env = Env::new();
    env.history(RECORDS);
    i18n::scoped(en_xa(), || {
        let t0 = Instant::now();
        let mut app = App::new(Look::FULL, home(), false);
        app.key(ch('g'), &cx(t0));
        assert!(matches!(app.screen, Screen::Progress(_)));
        // Before the history is read.
        snap_all("en_xa_progress_reading", &app, t0);
        app.done(Done::Progress(progress(&env)), &cx(t0));
        // The chart's marks and the numbers of `windown stats` (history's words) are all ours.
        snap_all("en_xa_progress", &app, t0);
        // The list of records: its lines are `windown history`'s.
        let acts = app.key(ch('l'), &cx(t0));
        carry(&mut app, acts, &env, t0);
        snap("en_xa_progress_records", &app, t0, &[0, -1]);
        app.key(key(KeyCode::Down), &cx(t0));
        app.key(ch('x'), &cx(t0));
        snap("en_xa_progress_remove", &app, t0, &[0, -3, -2, -1]);
        let acts = app.key(ch('y'), &cx(t0));
        carry(&mut app, acts, &env, t0);
        snap("en_xa_progress_removed", &app, t0, &[0, -1]);
    });
}

#[test]
fn the_progress_screen_with_nothing_recorded_and_an_experiment_running() {
    let env = Env::new();
    env.history("");
    i18n::scoped(en_xa(), || {
        let t0 = Instant::now();
        let mut app = App::new(Look::FULL, home(), false);
        app.key(ch('g'), &cx(t0));
        let mut p = progress(&env);
        p.stats = p
            .stats
            .with_experiment(windown::history::stats::Experiment::Running);
        app.done(Done::Progress(p), &cx(t0));
        snap_all("en_xa_progress_hidden", &app, t0);
        let acts = app.key(ch('l'), &cx(t0));
        carry(&mut app, acts, &env, t0);
        snap_all("en_xa_progress_no_records", &app, t0);
    });
}

/// Where the experiment stands, as `windown trial status` words it, in `m`.
fn status(m: &Messages) -> String {
    [
        m.tr(
            "trial-status-phase",
            &[
                ("phase", "block".into()),
                ("block", 2.into()),
                ("blocks", 6.into()),
            ],
        ),
        m.tr("trial-status-tonight", &[("kind", "rest".into())]),
        m.tr(
            "trial-status-nights",
            &[
                ("recorded", 19.into()),
                ("missing", 4.into()),
                ("late", 3.into()),
                ("done", 12.into()),
                ("planned", 14.into()),
            ],
        ),
        m.tr(
            "trial-status-planned",
            &[
                ("first", "Mon 2 Nov 2026".into()),
                ("last", "Sun 31 Jan 2027".into()),
            ],
        ),
    ]
    .join("\n")
}

/// A result as `windown trial result` words it, in `m`.
fn result(m: &Messages) -> String {
    [
        m.tr(
            "trial-result-verdict",
            &[("verdict", "no-clear-difference".into())],
        ),
        String::new(),
        m.tr(
            "trial-result-no-difference",
            &[("stretch", "2.1".into()), ("rest", "2.3".into())],
        ),
        String::new(),
        m.tr(
            "trial-result-pairs",
            &[("favouring", 2.into()), ("analysed", 3.into())],
        ),
    ]
    .join("\n")
}

#[test]
fn the_experiment_screen_in_every_state_in_en_xa() {
    i18n::scoped(en_xa(), || {
        let t0 = Instant::now();
        let mut app = App::new(Look::FULL, home(), false);
        app.key(ch('t'), &cx(t0));
        assert!(matches!(app.screen, Screen::Trial(_)));
        snap_all("en_xa_trial_reading", &app, t0);
        let read = |app: &mut App, seen: Seen, said: Option<String>| {
            app.done(
                Done::Trial {
                    seen: Ok(seen),
                    said,
                },
                &cx(t0),
            );
        };
        read(&mut app, Seen::None, None);
        // The plan (its first screenful), then the questions before a start.
        snap_all("en_xa_trial_before", &app, t0);
        app.key(ch('s'), &cx(t0));
        app.key(ch('6'), &cx(t0));
        snap_all("en_xa_trial_expect", &app, t0);
        app.key(key(KeyCode::Enter), &cx(t0));
        snap_all("en_xa_trial_medicine", &app, t0);
        app.key(ch('y'), &cx(t0));
        snap_all("en_xa_trial_medicine_changed", &app, t0);
        app.key(ch('y'), &cx(t0));
        snap_all("en_xa_trial_confirm", &app, t0);
        assert_eq!(
            app.key(ch('y'), &cx(t0)),
            vec![Act::Do(Job::TrialStart {
                expectation: Some(6),
                medicine_change: true
            })]
        );
        // Running: where it stands, a note, stopping.
        read(
            &mut app,
            Seen::Running(status(en_xa())),
            Some(en_xa().tr("trial-started", &[])),
        );
        snap_all("en_xa_trial_during", &app, t0);
        app.key(ch('n'), &cx(t0));
        for c in "flu".chars() {
            app.key(ch(c), &cx(t0));
        }
        // The note is the person's own words (row -2).
        snap("en_xa_trial_note", &app, t0, &[0, 1, 2, -3, -1]);
        app.key(key(KeyCode::Esc), &cx(t0));
        app.key(ch('x'), &cx(t0));
        snap_all("en_xa_trial_confirm_stop", &app, t0);
        // Over: the result, then the plan again.
        app.key(key(KeyCode::Esc), &cx(t0));
        read(&mut app, Seen::Ended(result(en_xa())), None);
        snap_all("en_xa_trial_after", &app, t0);
        // Scrolled to the end: the plan's last lines, nothing cut.
        for _ in 0..200 {
            app.key(key(KeyCode::Down), &cx(t0));
        }
        snap_all("en_xa_trial_after_end", &app, t0);
        // The history cannot be read.
        app.done(
            Done::Trial {
                seen: Err("permission denied".into()),
                said: None,
            },
            &cx(t0),
        );
        let r = rows(&app, t0, 80, 24);
        assert!(r[1].contains('['), "{r:#?}");
    });
}

/// The rows of command output with plain (unconverted) English words, leaving out commands,
/// options and the words typed in answer.
fn plain_lines(out: &str) -> Vec<(String, Vec<String>)> {
    const OURS: &[&str] = &[
        "windown", "trial", "start", "stop", "status", "note", "pairs", "expect", "medicine",
        "change", "yes", "no", "checkin", "mild", "count",
    ];
    out.lines()
        .map(|l| {
            let words: Vec<String> = plain_words(l)
                .into_iter()
                .filter(|w| !OURS.contains(&w.as_str()))
                .collect();
            (l.to_string(), words)
        })
        .filter(|(_, w)| !w.is_empty())
        .collect()
}

#[test]
fn trial_start_note_and_stop_in_en_xa() {
    let env = Env::new();
    let run = |args: &[&str]| {
        let mut all = vec!["--lang", "en-XA"];
        all.extend_from_slice(args);
        let out = env.output(&all);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    for args in [
        &["trial"][..],
        &[
            "trial",
            "start",
            "--expect",
            "5",
            "--medicine-change",
            "yes",
        ],
        &["trial", "status"],
        &["trial", "note", "flu"],
        &["trial"],
        &["trial", "stop"],
        &["trial", "result"],
    ] {
        let text = run(args);
        assert!(!text.trim().is_empty(), "{args:?}");
        let plain = plain_lines(&text);
        assert!(plain.is_empty(), "{args:?}: {plain:#?}\n{text}");
    }
    // What it says is wrong, after "error:" and "hint:".
    let out = env.output(&["--lang", "en-XA", "trial", "stop"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    let plain: Vec<_> = plain_lines(&err)
        .into_iter()
        .flat_map(|(_, w)| w)
        .filter(|w| w != "error" && w != "hint")
        .collect();
    assert!(plain.is_empty(), "{plain:?}\n{err}");
}
