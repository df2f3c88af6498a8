//! Property tests on stable, run in CI: the invariants of `invariants.rs` (which the fuzz
//! targets in `fuzz/` check with far more runs) on generated inputs. For any input: no panic; every problem is located inside the file it is
//! about; nothing unprintable reaches the output; a printed plan reads back as the plan; a
//! printed duration or time reads back as itself.
//!
//! Inputs are partly free text (any characters, including wide, combining, bidirectional and
//! control ones) and partly files of the right shape with free values in them, so that the
//! checks after parsing are reached too.

use crate::invariants;

use std::time::Duration;

use proptest::prelude::*;

/// An invariant's failure as a proptest failure (which shrinks the input).
fn check(r: invariants::Checked) -> Result<(), TestCaseError> {
    r.map_err(TestCaseError::fail)
}

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

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn reminder_files(text in reminders_text()) {
        check(invariants::reminders(&text))?;
    }

    #[test]
    fn config_files(wake in tricky_text(8), extra in tricky_text(60)) {
        check(invariants::config(&format!("wake = {}\n{extra}", quoted(&wake))))?;
        check(invariants::config(&extra))?;
    }

    #[test]
    fn status_bar_text(title in prop_oneof![
        tricky_text(40),
        "[%#{}\\[\\]()<>&'\" a-z]{0,30}",
    ]) {
        check(invariants::bar_text(&title))?;
    }

    #[test]
    fn every_window_calendar_blocks(
        start in 0u32..86_400,
        end in 0u32..86_400,
        step in prop_oneof![1u64..120, 120u64..7_200, 7_200u64..90_000],
        days in 1u8..128,
    ) {
        check(invariants::every_window(start, end, step, days))?;
    }

    #[test]
    fn any_span_of_any_text(text in tricky_text(300), start in 0usize..400, len in 0usize..50) {
        check(invariants::diagnostic(&text, start, len))?;
    }

    #[test]
    fn durations_and_times(secs in 0u64..1_000_000_000, text in prop_oneof![
        tricky_text(12),
        (0u32..24, 0u32..60, prop::sample::select(vec!["", "+", "-"]), 0u64..86_399)
            .prop_map(|(h, m, sign, off)| {
                let off = windown::duration::human(Duration::from_secs(off));
                if sign.is_empty() { format!("{h:02}:{m:02}") } else { format!("{h:02}:{m:02}{sign}{off}") }
            }),
    ]) {
        check(invariants::durations(&windown::duration::human(Duration::from_secs(secs))))?;
        check(invariants::durations(&text))?;
    }
}

proptest! {
    // Drawing is slower than parsing: fewer cases.
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn routine_files(text in routine_text()) {
        check(invariants::routine(&text))?;
    }

    #[test]
    fn history_lines(lines in prop::collection::vec(prop_oneof![
        tricky_text(80),
        (1u32..29, prop::sample::select(vec!["none", "mild", "bad", "worse"]), tricky_text(20))
            .prop_map(|(d, c, note)| format!(
                "{{\"v\":1,\"type\":\"checkin\",\"night_of\":\"2026-11-{d:02}\",\"cramps\":\"{c}\",\"note\":{},\"recorded\":\"2026-11-{:02}T06:58:53Z\"}}",
                serde_json::Value::from(note), d + 1)),
        (1u32..29, any::<bool>(), tricky_text(20)).prop_map(|(d, fin, title)| format!(
            "{{\"v\":1,\"type\":\"session\",\"routine_id\":\"x\",\"routine_title\":{},\"started\":\"2026-11-{d:02}T21:00:00+01:00\",\"ended\":\"2026-11-{d:02}T21:10:00+01:00\",\"active_seconds\":600,\"steps_done\":1,\"steps_skipped\":0,\"steps_total\":2,\"finished\":{fin}}}",
            serde_json::Value::from(title))),
    ], 0..30)) {
        check(invariants::history(&lines.join("\n")))?;
    }
}
