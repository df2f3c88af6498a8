//! `windown report` on a hand-built month, its numbers checked against `windown stats`, and its
//! HTML page rendered by headless Chromium to a screenshot and to a PDF on A4 and on Letter,
//! one page each.
//!
//! The Chromium part is skipped with a printed reason when no Chromium is installed, except
//! under `CI=true`, where that is a failure (`.ci/run` installs it).

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use chrono::{Duration as Days, FixedOffset, Local, NaiveDate};

struct Env {
    _tmp: tempfile::TempDir,
    root: PathBuf,
}

impl Env {
    fn new() -> Env {
        let tmp = tempfile::tempdir().expect("temp dir");
        let root = tmp.path().to_path_buf();
        Env { _tmp: tmp, root }
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_windown"))
            .args(args)
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.root.join("home"))
            .env("WINDOWN_CONFIG_DIR", self.root.join("config"))
            .env("WINDOWN_DATA_DIR", self.root.join("data"))
            .env("WINDOWN_STATE_DIR", self.root.join("state"))
            .output()
            .expect("run windown")
    }
}

fn stdout(o: &Output) -> String {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// 28 nights ending with last night: a finished routine on every evening but each fourth;
/// a check-in each morning (bad every ninth night with 2 cramps logged, pain 7 and 5; mild
/// every fifth with a count of 1; otherwise none).
fn month(last_night: NaiveDate, off: FixedOffset) -> String {
    let t = |d: NaiveDate, hm: &str| format!("{d}T{hm}:00{off}");
    let mut lines = Vec::new();
    for i in 0..28 {
        let d = last_night - Days::days(27 - i);
        let m = d + Days::days(1);
        if i % 4 != 3 {
            lines.push(format!(
                r#"{{"v":1,"type":"session","routine_id":"evening-legs","routine_title":"Evening <legs> & more","started":"{}","ended":"{}","active_seconds":220,"steps_done":4,"steps_skipped":0,"steps_total":4,"finished":true}}"#,
                t(d, "21:05"),
                t(d, "21:09")
            ));
        }
        let (cramps, count) = match i {
            _ if i % 9 == 0 => ("bad", ",\"count\":2"),
            _ if i % 5 == 0 => ("mild", ",\"count\":1"),
            _ => ("none", ""),
        };
        if cramps == "bad" {
            for (hm, pain) in [("03:12", 7), ("05:40", 5)] {
                lines.push(format!(
                    r#"{{"v":2,"type":"cramp","at":"{}","leg":"left","muscle":"calf","relief_seconds":180,"pain":{pain},"recorded":"{}"}}"#,
                    t(m, hm),
                    t(m, hm)
                ));
            }
        }
        lines.push(format!(
            r#"{{"v":1,"type":"checkin","night_of":"{d}","cramps":"{cramps}"{count},"recorded":"{}"}}"#,
            t(m, "07:15")
        ));
    }
    lines.join("\n") + "\n"
}

fn setup() -> Env {
    let env = Env::new();
    let now = Local::now().fixed_offset();
    // The latest night that is over (before 04:00 the night before is still going on).
    let evening = (now - Days::hours(4)).date_naive();
    let last_night = evening - Days::days(1);
    std::fs::create_dir_all(env.root.join("data")).expect("data dir");
    std::fs::write(
        env.root.join("data/history.jsonl"),
        month(last_night, *now.offset()),
    )
    .expect("history");
    env
}

#[test]
fn the_report_agrees_with_stats_on_a_hand_built_month() {
    let env = setup();
    let report = stdout(&env.run(&["report", "--weeks", "4"]));
    let stats = stdout(&env.run(&["stats"]));
    // Nights 0..28: bad on 0, 9, 18, 27 (2 cramps each); mild on 5, 10, 15, 20, 25.
    assert!(report.contains("Nights recorded:    28 of 28"), "{report}");
    assert!(
        report.contains("Nights with cramps: 9 (32% of nights recorded)"),
        "{report}"
    );
    assert!(report.contains("Cramps per night:   0.5 (13 cramps in 28 nights with a number)"));
    assert!(report.contains("Sleep broken:       4 nights"), "{report}");
    assert!(report.contains("Evenings stretched: 21 of 28 (a finished routine)"));
    assert!(report.contains("Routines used: Evening <legs> & more (evening-legs): 21 times"));
    // Every comparison line of stats, and its pain, is in the report.
    let from_comparison: Vec<&str> = stats
        .lines()
        .skip_while(|l| !l.starts_with("Cramp nights, among"))
        .take_while(|l| !l.is_empty())
        .collect();
    assert!(from_comparison.len() >= 4, "{stats}");
    for l in from_comparison {
        assert!(report.contains(l), "{l}\n---\n{report}");
    }
    assert!(
        stats.contains("pain 6.0/10 on average (8 given), worst 7"),
        "{stats}"
    );
    assert!(report.contains("Pain (0-10):        6.0/10 on average (8 given), worst 7"));
    assert!(report.ends_with("A personal record, not a diagnosis.\n"));
}

fn chromium() -> Option<String> {
    for name in ["chromium", "chromium-browser", "google-chrome"] {
        let ok = Command::new(name)
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if ok {
            return Some(name.to_string());
        }
    }
    if std::env::var("CI").as_deref() == Ok("true") {
        panic!("Chromium is required when CI=true (.ci/run installs it)");
    }
    eprintln!("skipped: no chromium, chromium-browser or google-chrome installed");
    None
}

/// Run headless Chromium with `args` on `page`, at most 90 s.
fn render(browser: &str, home: &Path, args: &[String], page: &Path) {
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--hide-scrollbars",
        ])
        .args(args)
        .arg(format!("file://{}", page.display()))
        .env("HOME", home)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    let until = Instant::now() + Duration::from_secs(90);
    loop {
        if let Some(st) = child.try_wait().expect("wait") {
            assert!(st.success(), "chromium failed: {st}");
            return;
        }
        if Instant::now() > until {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium took more than 90 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn pdf_pages(pdf: &[u8]) -> usize {
    // Each page object is `/Type /Page` (the tree of them is `/Type /Pages`).
    let text = String::from_utf8_lossy(pdf);
    text.match_indices("/Type")
        .filter(|(i, _)| {
            let rest = text[i + 5..].trim_start();
            rest.starts_with("/Page") && !rest.starts_with("/Pages")
        })
        .count()
}

#[test]
fn the_html_page_renders_and_prints_on_one_a4_and_one_letter_page() {
    let Some(browser) = chromium() else {
        return;
    };
    let env = setup();
    let page = env.root.join("report.html");
    let o = env.run(&["report", "--html", page.to_str().expect("utf-8 path")]);
    let text = stdout(&o);
    assert!(text.ends_with(&format!("The page is in {}.\n", page.display())));
    let html = std::fs::read_to_string(&page).expect("the page");
    assert!(html.contains("Evening &lt;legs&gt; &amp; more"));
    assert!(html.contains("<td>28 of 56</td>"), "8 weeks by default");
    let home = env.root.join("chromium-home");
    std::fs::create_dir_all(&home).expect("home");

    let shot = env.root.join("report.png");
    render(
        &browser,
        &home,
        &[
            "--window-size=794,1123".into(),
            format!("--screenshot={}", shot.display()),
        ],
        &page,
    );
    let png = std::fs::read(&shot).expect("a screenshot");
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n") && png.len() > 10_000);

    for size in ["A4", "letter"] {
        let sized = env.root.join(format!("report-{size}.html"));
        std::fs::write(
            &sized,
            html.replacen("size: auto;", &format!("size: {size};"), 1),
        )
        .expect("sized page");
        let pdf = env.root.join(format!("report-{size}.pdf"));
        render(
            &browser,
            &home,
            &[
                "--no-pdf-header-footer".into(),
                format!("--print-to-pdf={}", pdf.display()),
            ],
            &sized,
        );
        let bytes = std::fs::read(&pdf).expect("a PDF");
        assert!(bytes.starts_with(b"%PDF"));
        assert_eq!(pdf_pages(&bytes), 1, "{size}: one page");
    }
}
