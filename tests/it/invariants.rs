//! The invariants every parser and screen keeps for any input, written once and checked by
//! two drivers: the property tests on stable (`properties.rs`, in CI) and the fuzz
//! targets (`fuzz/fuzz_targets/*.rs`, which include this file by path).
//!
//! Each check takes one input through the whole pipeline (parse, then what the parse feeds:
//! the plan, the schedule, the numbers, the screens at several sizes) and returns `Err` with
//! what broke. A panic anywhere is a failure too.
#![allow(dead_code)]

use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use windown::diag::{self, Diagnostic};
use windown::routine::{Origin, Plan};
use windown::tui::app::{App, Screen};
use windown::tui::screens::Cx;
use windown::tui::screens::home::{Entry, Home};
use windown::tui::screens::progress::ProgressScreen;
use windown::tui::theme::Look;

pub(crate) type Checked = Result<(), String>;

macro_rules! ensure {
    ($cond:expr, $($why:tt)*) => {
        if !$cond {
            return Err(format!($($why)*));
        }
    };
}

/// Sizes every screen is drawn at: the two of the snapshots, tiny, and large.
pub(crate) const SIZES: [(u16, u16); 4] = [(80, 24), (40, 12), (20, 6), (120, 40)];

/// Nothing that could move a terminal's cursor or reorder text, except line breaks.
pub(crate) fn printable(out: &str) -> Checked {
    match out.chars().find(|&c| c != '\n' && diag::is_unsafe_char(c)) {
        Some(c) => Err(format!("U+{:04X} in output {out:?}", c as u32)),
        None => Ok(()),
    }
}

/// Every diagnostic lies inside `text` (a real line; a column on it, or one past its end),
/// at most 50 and the "N more" line, each printable.
pub(crate) fn located(text: &str, diags: &[Diagnostic]) -> Checked {
    ensure!(!diags.is_empty(), "an error with no diagnostic");
    ensure!(
        diags.len() <= diag::MAX_PER_FILE + 1,
        "{} diagnostics",
        diags.len()
    );
    let lines: Vec<&str> = text.split('\n').collect();
    for d in diags {
        printable(&d.to_string())?;
        if d.is_omitted() || d.source_line.is_none() {
            continue;
        }
        ensure!(
            d.line >= 1 && d.line <= lines.len(),
            "line {} of {}: {d}",
            d.line,
            lines.len()
        );
        let chars = lines[d.line - 1].chars().count();
        ensure!(
            d.column >= 1 && d.column <= chars + 1,
            "column {} on a line of {chars} characters: {d}",
            d.column
        );
        let quote = d.source_line.as_deref().unwrap_or_default();
        let width = windown::text::width(quote);
        ensure!(width <= 100, "a quote {width} columns wide");
        ensure!(
            d.caret_offset + d.caret_len <= width + 1,
            "caret {}+{} past a quote {width} wide",
            d.caret_offset,
            d.caret_len
        );
    }
    Ok(())
}

/// The moment every drawing uses: an evening in November 2026.
pub(crate) fn cx(now: Instant) -> Cx {
    use chrono::TimeZone;
    Cx {
        look: Look::FULL,
        now,
        wall: chrono::Local
            .with_ymd_and_hms(2026, 11, 24, 21, 30, 0)
            .single()
            .expect("a valid local time"),
        muted: true,
    }
}

/// Draw `app` at every size of [`SIZES`]: no panic, no unprintable cell.
pub(crate) fn draws(app: &App, now: Instant) -> Checked {
    for (w, h) in SIZES {
        let mut t = Terminal::new(TestBackend::new(w, h)).map_err(|e| e.to_string())?;
        t.draw(|f| {
            let area = f.area();
            app.render(&cx(now), area, f.buffer_mut());
        })
        .map_err(|e| e.to_string())?;
        for cell in t.backend().buffer().content() {
            ensure!(
                !cell.symbol().chars().any(diag::is_unsafe_char),
                "unprintable cell {:?} at {w}x{h}",
                cell.symbol()
            );
        }
    }
    Ok(())
}

/// `0:30`, `1:02:03` back to a duration.
fn unclock(s: &str) -> Option<Duration> {
    let mut secs = 0u64;
    for part in s.split(':') {
        secs = secs.checked_mul(60)?.checked_add(part.parse().ok()?)?;
    }
    Some(Duration::from_secs(secs))
}

/// A routine file: located errors, or a plan whose `show` listing reads back as the plan
/// (each phase's start and length, the total), and which draws on the home screen and as a
/// session (at its start and a little later) at every size.
pub(crate) fn routine(text: &str) -> Checked {
    let r = match windown::routine::parse::parse("r.toml", text, "r", Origin::BuiltIn) {
        Ok(r) => r,
        Err(d) => return located(text, &d),
    };
    let plan = Plan::of(&r);
    ensure!(
        plan.phases.iter().map(|p| p.length).sum::<Duration>() == plan.total,
        "the phases do not add up to the total"
    );
    let show = windown::cli::routine::render_show(&r);
    printable(&show)?;
    // The listing: the lines after the START header, up to the blank line before the total
    // (a title or summary above it may look like a row).
    let rows: Vec<(Duration, Option<Duration>)> = show
        .lines()
        .skip_while(|l| !l.trim_start().starts_with("START"))
        .skip(1)
        .take_while(|l| !l.is_empty())
        .filter_map(|l| {
            let mut cols = l.split_whitespace();
            let start = unclock(cols.next()?)?;
            let length = cols.next()?;
            let length = if length == "-" {
                None
            } else {
                Some(unclock(length)?)
            };
            Some((start, length))
        })
        .collect();
    ensure!(
        rows.len() == plan.phases.len(),
        "{} rows for {} phases:\n{show}",
        rows.len(),
        plan.phases.len()
    );
    for (row, phase) in rows.iter().zip(&plan.phases) {
        ensure!(
            row.0.as_secs() == phase.start.as_secs(),
            "start {:?} printed as {:?}",
            phase.start,
            row.0
        );
        if let Some(len) = row.1 {
            ensure!(
                len.as_secs() == phase.length.as_secs(),
                "length {:?} printed as {len:?}",
                phase.length
            );
        }
    }
    let total = show
        .lines()
        .find_map(|l| l.strip_prefix("Total: "))
        .and_then(|t| unclock(t.split(',').next().unwrap_or_default()));
    ensure!(
        total.map(|t| t.as_secs()) == Some(plan.total.as_secs()),
        "total {:?} printed as {total:?}",
        plan.total
    );
    let t0 = Instant::now();
    let steps = r.steps.len();
    let mut app = App::new(
        Look::FULL,
        Home::new(vec![Entry::Routine(Box::new(r.clone()))]),
        true,
    );
    draws(&app, t0)?;
    app.start(r, vec![None; steps], &cx(t0));
    draws(&app, t0)?;
    draws(&app, t0 + Duration::from_secs(7))
}

/// A reminders file: located errors, or a schedule whose occurrences across a change to
/// summer time come in order, inside the window asked for.
pub(crate) fn reminders(text: &str) -> Checked {
    use chrono::TimeZone;
    let r = match windown::remind::file::parse("reminders.toml", text) {
        Ok(r) => r,
        Err(d) => return located(text, &d),
    };
    let sched = windown::remind::file::Schedule::new(r, &windown::config::Config::default());
    let tz = chrono_tz::Europe::Berlin;
    let from = tz.with_ymd_and_hms(2026, 3, 28, 12, 0, 0).unwrap();
    let to = tz.with_ymd_and_hms(2026, 3, 30, 12, 0, 0).unwrap();
    let list = windown::remind::schedule::next_occurrences(&sched, &from, &to, 500);
    ensure!(
        list.windows(2).all(|w| w[0].at <= w[1].at),
        "occurrences out of order"
    );
    ensure!(
        list.iter().all(|o| o.at > from && o.at <= to),
        "an occurrence outside the window"
    );
    for o in &list {
        let r = &sched.reminders[o.reminder];
        printable(&r.schedule_words(sched.wake, sched.bedtime))?;
    }
    Ok(())
}

/// A config file: parsed, or one located error.
pub(crate) fn config(text: &str) -> Checked {
    match windown::config::Config::parse("config.toml", text) {
        Ok(_) => Ok(()),
        Err(d) => located(text, std::slice::from_ref(&d)),
    }
}

/// A history file: read whatever it holds, the numbers and their text printable, the
/// progress screen drawn at every size.
pub(crate) fn history(text: &str) -> Checked {
    let loaded = windown::history::store::Loaded::parse(text);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).expect("a date");
    let stats = windown::history::stats::Stats::compute(
        &loaded.records,
        &windown::history::NightRules::default(),
        today,
    );
    printable(&stats.to_text())?;
    // The report over the same records: its text printable, its page without markup from
    // the file.
    let report = windown::history::report::Report::compute(
        &loaded.records,
        &windown::history::NightRules::default(),
        today,
        8,
    );
    printable(&report.to_text())?;
    ensure!(
        !report.to_html().contains("<script"),
        "markup from the file reached the report's page"
    );
    let mut app = App::new(Look::FULL, Home::default(), true);
    let mut progress = ProgressScreen::default();
    progress.progress = Some(windown::history::Progress { stats, note: None });
    app.screen = Screen::Progress(progress);
    draws(&app, Instant::now())
}

/// Durations and time expressions: any text is parsed or refused; what is printed reads
/// back as itself.
pub(crate) fn durations(text: &str) -> Checked {
    if let Ok(d) = windown::duration::parse(text) {
        let again = windown::duration::parse(&windown::duration::human(d));
        ensure!(
            again == Ok(d),
            "{d:?} printed does not read back: {again:?}"
        );
    }
    use windown::remind::file::parse_time_expr;
    if let Ok(t) = parse_time_expr(text) {
        let again = parse_time_expr(&t.to_string());
        ensure!(
            again.as_ref() == Ok(&t),
            "{t} does not read back: {again:?}"
        );
    }
    Ok(())
}

/// The diagnostic renderer: any span of any text, with a message and path as hostile as the
/// text; the same place found by a scan and by the line index.
pub(crate) fn diagnostic(text: &str, start: usize, len: usize) -> Checked {
    let span = start..start.saturating_add(len);
    let d = Diagnostic::at("f\u{1b}.toml", text, span.clone(), text);
    located(text, std::slice::from_ref(&d))?;
    let by_index = diag::Lines::new(text).at("f\u{1b}.toml", span, text);
    ensure!(by_index == d, "the index and the scan disagree");
    Ok(())
}

/// What `remind next` writes for each status bar, from any title: polybar gets no `%{` tag;
/// `plain` nothing any bar interprets; Pango markup is entities and text only, and reads back
/// as the title on one line.
pub(crate) fn bar_text(title: &str) -> Checked {
    use windown::remind::bars;
    let line = bars::one_line(title);
    ensure!(
        !bars::polybar(title).contains("%{"),
        "polybar tag from {title:?}"
    );
    let plain = bars::plain(title);
    for bad in ["%{", "#[", "#(", "#{", "<", "&"] {
        ensure!(!plain.contains(bad), "plain {plain:?} holds {bad}");
    }
    let pango = bars::pango(title);
    ensure!(!pango.contains(['<', '>']), "markup in {pango:?}");
    let back = pango
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
    ensure!(back == line, "pango {pango:?} reads back as {back:?}");
    // tmux: no `#` is left alone to start a style, a format or a command.
    let tmux = bars::tmux(title);
    let mut run = 0;
    for c in tmux.chars() {
        if c == '#' {
            run += 1;
        } else {
            ensure!(run % 2 == 0, "an odd run of # in {tmux:?}");
            run = 0;
        }
    }
    ensure!(run % 2 == 0, "an odd run of # at the end of {tmux:?}");
    Ok(())
}

/// An `every` window's calendar blocks hold exactly the times of the window, each once, on
/// the right weekdays (listed one by one here, as the blocks never are).
pub(crate) fn every_window(start: u32, end: u32, step: u64, days: u8) -> Checked {
    let (start, end, step, days) = (start % 86_400, end % 86_400, step.max(1), days & 0x7f);
    let mut want = Vec::new();
    let e = if end <= start { end + 86_400 } else { end };
    let mut t = u64::from(start);
    while t <= u64::from(e) {
        let (shift, clock) = ((t / 86_400) as u32, (t % 86_400) as u32);
        for d in 0..7u32 {
            if days & (1 << d) != 0 {
                want.push(((d + shift) % 7, clock));
            }
        }
        t += step;
    }
    want.sort_unstable();
    want.dedup();
    let blocks = windown::remind::ics::every_blocks(start, end, step, days);
    // At most one block per minute of the window (a step that divides no hour), never per
    // occurrence.
    ensure!(blocks.len() <= 25 * 60, "{} blocks", blocks.len());
    let mut got = Vec::new();
    for b in &blocks {
        for &h in &b.hours {
            for &m in &b.minutes {
                for &s in &b.seconds {
                    for d in 0..7u32 {
                        if b.weekdays & (1 << d) != 0 {
                            got.push((d, h * 3600 + m * 60 + s));
                        }
                    }
                }
            }
        }
    }
    got.sort_unstable();
    let n = got.len();
    got.dedup();
    ensure!(
        n == got.len(),
        "a time twice in the blocks of {start}..{end} every {step}s"
    );
    ensure!(
        got == want,
        "blocks of {start}..{end} every {step}s on {days:07b}: {} times, want {}",
        got.len(),
        want.len()
    );
    Ok(())
}
