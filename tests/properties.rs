//! Property tests on stable, run in CI: the invariants the fuzz targets (`fuzz/`) check with
//! far more runs. For any input: no panic; every problem is located inside the file it is
//! about; nothing unprintable reaches the output; a printed plan reads back as the plan; a
//! printed duration or time reads back as itself.
//!
//! Inputs are partly free text (any characters, including wide, combining, bidirectional and
//! control ones) and partly files of the right shape with free values in them, so that the
//! checks after parsing are reached too.

use std::time::{Duration, Instant};

use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use windown::diag::{self, Diagnostic};
use windown::routine::{Origin, Plan};
use windown::tui::app::{App, Screen};
use windown::tui::screens::Cx;
use windown::tui::screens::home::{Entry, Home};
use windown::tui::screens::progress::ProgressScreen;
use windown::tui::theme::Look;

/// Characters that make text hard: wide, combining, bidi overrides, controls, quotes.
fn tricky_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => proptest::char::range('a', 'z'),
        1 => Just(' '),
        1 => Just('\n'),
        1 => Just('\t'),
        1 => Just('\r'),
        1 => Just('"'),
        1 => Just('\\'),
        1 => Just('='),
        1 => Just('['),
        1 => Just(']'),
        1 => prop::sample::select(vec![
            '日', '本', '語', '😀', 'é', '\u{301}', '\u{200d}', '\u{202e}', '\u{2066}',
            '\u{1b}', '\u{7}', '\u{85}', '\u{9b}', '\u{7f}', '\u{0}', '\u{feff}', '…',
        ]),
        1 => any::<char>(),
    ]
}

fn tricky_text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(tricky_char(), 0..max).prop_map(|v| v.into_iter().collect())
}

/// Text a person might write: letters, digits, spaces, accents, CJK and emoji, never empty.
fn fair_text(max: usize) -> impl Strategy<Value = String> {
    let c = prop_oneof![
        6 => proptest::char::range('a', 'z'),
        1 => proptest::char::range('0', '9'),
        1 => Just(' '),
        1 => prop::sample::select(vec!['日', '語', '😀', 'é', 'ß', '-', '\'', '"', '…']),
    ];
    prop::collection::vec(c, 1..max).prop_map(|v| format!("x{}", v.into_iter().collect::<String>()))
}

/// Mostly fair text, sometimes anything.
fn some_text(max: usize) -> impl Strategy<Value = String> {
    prop_oneof![6 => fair_text(max), 1 => tricky_text(max)]
}

/// A TOML basic string holding `s` exactly (escapes for quotes, backslashes and controls).
fn quoted(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

fn duration_text() -> impl Strategy<Value = String> {
    prop_oneof![
        12 => (1u64..700).prop_map(|s| windown::duration::human(Duration::from_secs(s))),
        1 => (0u64..1_000_000).prop_map(|s| windown::duration::human(Duration::from_secs(s))),
        1 => tricky_text(8),
        1 => prop::sample::select(vec!["1m90s", "1.5m", "99999999999h", "0"]).prop_map(str::to_string),
    ]
}

/// A routine file: mostly the right shape, with free values.
fn routine_text() -> impl Strategy<Value = String> {
    let step = (
        some_text(30),
        duration_text(),
        prop_oneof![8 => 1i64..6, 1 => -2i64..60],
        duration_text(),
        prop_oneof![
            8 => prop::sample::select(vec!["both", "left", "right", "none"]),
            1 => prop::sample::select(vec!["all", ""]),
        ],
        prop_oneof![
            8 => prop::sample::select(vec!["calves", "hamstrings", "sleep"]),
            1 => prop::sample::select(vec!["calfs", ""]),
        ],
        prop::option::of(some_text(40)),
    )
        .prop_map(|(title, hold, reps, rest, sides, target, instr)| {
            let mut s = format!(
                "[[step]]\ntitle = {}\nhold = {}\nreps = {reps}\nrest = {}\nsides = {}\ntargets = [{}]\n",
                quoted(&title),
                quoted(&hold),
                quoted(&rest),
                quoted(sides),
                quoted(target)
            );
            if let Some(i) = instr {
                s.push_str(&format!("instructions = [{}]\n", quoted(&i)));
            }
            s
        });
    prop_oneof![
        1 => tricky_text(200),
        6 => (some_text(20), prop::collection::vec(step, 1..5)).prop_map(|(title, steps)| {
            format!("title = {}\n{}", quoted(&title), steps.concat())
        }),
    ]
}

fn reminders_text() -> impl Strategy<Value = String> {
    let time = prop_oneof![
        (0u32..30, 0u32..70).prop_map(|(h, m)| format!("{h:02}:{m:02}")),
        prop::sample::select(vec!["wake", "bedtime-2h", "wake+30m", "7am", "bedtime+25h"])
            .prop_map(str::to_string),
        tricky_text(6),
    ];
    let reminder = (
        prop_oneof![6 => "[a-z][a-z0-9-]{0,8}", 1 => tricky_text(8)],
        some_text(30),
        prop::option::of(some_text(30)),
        prop::option::of(duration_text()),
        prop::collection::vec(time.clone(), 0..3),
        prop::option::of(time),
        prop::collection::vec(
            prop::sample::select(vec!["mon", "sun", "monday", "x"]),
            0..3,
        ),
    )
        .prop_map(|(id, title, body, every, at, from, days)| {
            let mut s = format!(
                "[[reminder]]\nid = {}\ntitle = {}\n",
                quoted(&id),
                quoted(&title)
            );
            if let Some(b) = body {
                s.push_str(&format!("body = {}\n", quoted(&b)));
            }
            if let Some(e) = every {
                s.push_str(&format!("every = {}\n", quoted(&e)));
            }
            if !at.is_empty() {
                let list: Vec<String> = at.iter().map(|t| quoted(t)).collect();
                s.push_str(&format!("at = [{}]\n", list.join(", ")));
            }
            if let Some(f) = from {
                s.push_str(&format!("from = {}\n", quoted(&f)));
            }
            if !days.is_empty() {
                let list: Vec<String> = days.iter().map(|d| quoted(d)).collect();
                s.push_str(&format!("days = [{}]\n", list.join(", ")));
            }
            s
        });
    prop_oneof![
        1 => tricky_text(200),
        4 => prop::collection::vec(reminder, 0..5).prop_map(|v| v.concat()),
    ]
}

/// Every diagnostic lies inside `text` (line and column of a real place, or one past the
/// end of a line), and prints nothing unprintable.
fn check_diagnostics(text: &str, diags: &[Diagnostic]) -> Result<(), TestCaseError> {
    prop_assert!(!diags.is_empty(), "an error with no diagnostic");
    prop_assert!(diags.len() <= diag::MAX_PER_FILE + 1);
    let lines: Vec<&str> = text.split('\n').collect();
    for d in diags {
        let shown = d.to_string();
        prop_assert!(
            !shown.chars().any(|c| c != '\n' && diag::is_unsafe_char(c)),
            "unprintable output: {:?}",
            shown
        );
        if d.is_omitted() || d.source_line.is_none() {
            continue;
        }
        prop_assert!(
            d.line >= 1 && d.line <= lines.len(),
            "{} of {}",
            d.line,
            lines.len()
        );
        let line_chars = lines[d.line - 1].chars().count();
        prop_assert!(
            d.column >= 1 && d.column <= line_chars + 1,
            "column {} on a line of {} characters",
            d.column,
            line_chars
        );
    }
    Ok(())
}

fn cx(now: Instant) -> Cx {
    use chrono::TimeZone;
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

/// Draw `app` at several sizes; no cell may hold anything unprintable.
fn draw_everywhere(app: &App, now: Instant) -> Result<(), TestCaseError> {
    for (w, h) in [(80, 24), (40, 12), (20, 6), (120, 40)] {
        let mut t = Terminal::new(TestBackend::new(w, h)).expect("test backend");
        t.draw(|f| {
            let area = f.area();
            app.render(&cx(now), area, f.buffer_mut());
        })
        .expect("draw");
        for cell in t.backend().buffer().content() {
            prop_assert!(
                !cell.symbol().chars().any(diag::is_unsafe_char),
                "unprintable cell {:?} at {w}x{h}",
                cell.symbol()
            );
        }
    }
    Ok(())
}

/// `0:30`, `1:02:03` back to a duration.
fn unclock(s: &str) -> Duration {
    let secs = s.split(':').fold(0u64, |acc, p| {
        acc * 60 + p.parse::<u64>().expect("a clock part")
    });
    Duration::from_secs(secs)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn routine_files_never_panic_and_errors_are_inside_the_file(text in routine_text()) {
        match windown::routine::parse::parse("r.toml", &text, "r", Origin::BuiltIn) {
            Ok(r) => {
                let plan = Plan::of(&r);
                prop_assert_eq!(plan.phases.iter().map(|p| p.length).sum::<Duration>(), plan.total);
                let show = windown::routine::cmd::render_show(&r);
                prop_assert!(!show.chars().any(|c| c != '\n' && diag::is_unsafe_char(c)));
            }
            Err(d) => check_diagnostics(&text, &d)?,
        }
    }

    #[test]
    fn reminder_files_never_panic_and_errors_are_inside_the_file(text in reminders_text()) {
        match windown::remind::file::parse("reminders.toml", &text) {
            Ok(r) => {
                let config = windown::config::Config::default();
                let sched = windown::remind::file::Schedule::new(r, &config);
                let tz = chrono_tz::Europe::Berlin;
                use chrono::TimeZone;
                let from = tz.with_ymd_and_hms(2026, 3, 28, 12, 0, 0).unwrap();
                let to = tz.with_ymd_and_hms(2026, 3, 30, 12, 0, 0).unwrap();
                let list = windown::remind::schedule::next_occurrences(&sched, &from, &to, 500);
                prop_assert!(list.windows(2).all(|w| w[0].at <= w[1].at));
                prop_assert!(list.iter().all(|o| o.at > from && o.at <= to));
            }
            Err(d) => check_diagnostics(&text, &d)?,
        }
    }

    #[test]
    fn config_files_never_panic_and_errors_are_inside_the_file(
        wake in tricky_text(8),
        extra in tricky_text(60),
    ) {
        let text = format!("wake = {}\n{extra}", quoted(&wake));
        if let Err(d) = windown::config::Config::parse("config.toml", &text) {
            check_diagnostics(&text, &[d])?;
        }
    }

    #[test]
    fn any_span_of_any_text_renders_printably(
        text in tricky_text(300),
        start in 0usize..400,
        len in 0usize..50,
        message in tricky_text(20),
    ) {
        let d = Diagnostic::at("f\u{1b}.toml", &text, start..start + len, message);
        check_diagnostics(&text, std::slice::from_ref(&d))?;
        let quote = d.source_line.unwrap_or_default();
        let width = windown::text::width(&quote);
        prop_assert!(width <= 100, "a quote {width} columns wide");
        prop_assert!(d.caret_offset + d.caret_len <= width + 1);
        // The index finds the same place as the scan.
        let lines = diag::Lines::new(&text);
        prop_assert_eq!(lines.at("f\u{1b}.toml", start..start + len, d.message.clone()), Diagnostic::at("f\u{1b}.toml", &text, start..start + len, d.message.clone()));
    }

    #[test]
    fn durations_print_and_read_back(secs in 0u64..1_000_000_000, noise in tricky_text(12)) {
        let d = Duration::from_secs(secs);
        prop_assert_eq!(windown::duration::parse(&windown::duration::human(d)), Ok(d));
        let _ = windown::duration::parse(&noise);
    }

    #[test]
    fn time_expressions_print_and_read_back(text in prop_oneof![
        (0u32..24, 0u32..60, prop::sample::select(vec!["", "+", "-"]), 0u64..86_399)
            .prop_map(|(h, m, sign, off)| {
                let off = windown::duration::human(Duration::from_secs(off));
                if sign.is_empty() { format!("{h:02}:{m:02}") } else { format!("{h:02}:{m:02}{sign}{off}") }
            }),
        tricky_text(12),
    ]) {
        use windown::remind::file::parse_time_expr;
        if let Ok(t) = parse_time_expr(&text) {
            prop_assert_eq!(parse_time_expr(&t.to_string()), Ok(t));
        }
    }

    #[test]
    fn history_lines_never_panic_and_progress_draws(lines in prop::collection::vec(prop_oneof![
        tricky_text(80),
        (1u32..29, prop::sample::select(vec!["none", "mild", "bad", "worse"]), tricky_text(20))
            .prop_map(|(d, c, note)| format!(
                "{{\"v\":1,\"type\":\"checkin\",\"night_of\":\"2026-11-{d:02}\",\"cramps\":\"{c}\",\"note\":{},\"recorded\":\"2026-11-{:02}T06:58:53Z\"}}",
                serde_json::Value::from(note), d + 1)),
        (1u32..29, any::<bool>(), tricky_text(20)).prop_map(|(d, fin, title)| format!(
            "{{\"v\":1,\"type\":\"session\",\"routine_id\":\"x\",\"routine_title\":{},\"started\":\"2026-11-{d:02}T21:00:00+01:00\",\"ended\":\"2026-11-{d:02}T21:10:00+01:00\",\"finished\":{fin},\"steps_done\":1,\"steps_total\":2,\"skipped\":0}}",
            serde_json::Value::from(title))),
    ], 0..30)) {
        let text = lines.join("\n");
        let loaded = windown::history::store::Loaded::parse(&text);
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let stats = windown::history::stats::Stats::compute(&loaded.records, today);
        prop_assert!(!stats.to_text().chars().any(|c| c != '\n' && diag::is_unsafe_char(c)));
        let mut app = App::new(Look::FULL, Home::default(), true);
        app.screen = Screen::Progress(ProgressScreen {
            progress: Some(windown::history::Progress { stats, note: None }),
        });
        draw_everywhere(&app, Instant::now())?;
    }
}

proptest! {
    // Drawing is slower than parsing: fewer cases.
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// A routine that parses runs through the plan and draws at every size; the plan the
    /// `show` listing prints reads back as the plan (each phase's start and length, the
    /// total).
    #[test]
    fn routines_that_parse_draw_and_their_printed_plan_reads_back(text in routine_text()) {
        let Ok(r) = windown::routine::parse::parse("r.toml", &text, "r", Origin::BuiltIn) else {
            return Ok(());
        };
        let plan = Plan::of(&r);
        let show = windown::routine::cmd::render_show(&r);
        let rows: Vec<(Duration, Option<Duration>)> = show
            .lines()
            .filter(|l| l.trim_start().starts_with(|c: char| c.is_ascii_digit()) && l.contains(':'))
            .filter_map(|l| {
                let mut cols = l.split_whitespace();
                let start = cols.next()?;
                let length = cols.next()?;
                start.contains(':').then(|| (unclock(start), (length != "-").then(|| unclock(length))))
            })
            .collect();
        prop_assert_eq!(rows.len(), plan.phases.len(), "{}", show);
        for (row, phase) in rows.iter().zip(&plan.phases) {
            prop_assert_eq!(row.0, Duration::from_secs(phase.start.as_secs()));
            if let Some(len) = row.1 {
                prop_assert_eq!(len, Duration::from_secs(phase.length.as_secs()));
            }
        }
        let total = show.lines().find_map(|l| l.strip_prefix("Total: ")).expect("a total");
        let total = total.split(',').next().unwrap_or_default();
        prop_assert_eq!(unclock(total), Duration::from_secs(plan.total.as_secs()));

        let t0 = Instant::now();
        let mut home_app = App::new(Look::FULL, Home::new(vec![Entry::Routine(Box::new(r.clone()))]), true);
        draw_everywhere(&home_app, t0)?;
        let steps = r.steps.len();
        home_app.start(r, vec![None; steps], &cx(t0));
        draw_everywhere(&home_app, t0)?;
        draw_everywhere(&home_app, t0 + Duration::from_secs(7))?;
        let plain = App::new(Look { unicode: false, colour: false }, Home::default(), true);
        draw_everywhere(&plain, t0)?;
    }
}
