//! `windown cramp --page`, `--card` and `--pdf`: the bedside page driven in real headless
//! Chromium through chromedriver (W3C WebDriver over plain HTTP, with Chromium's DevTools
//! commands through chromedriver's `goog/cdp/execute`), on a 375x667 phone screen, offline:
//! every muscle tapped through to the end against the guide's own steps, speech observed
//! through a stand-in `speechSynthesis` whose utterances last as long as speech would, the
//! urgent line on screen at every step and highlighted past 10 minutes (the page's clock moved
//! on, not waited for), keys, sizes, the dark look whatever the phone's theme, reduced motion,
//! axe-core with the enhanced (AAA) contrast rule, and no request leaving the page. The card's
//! PDF has one page.
//!
//! Needs chromium and chromedriver, and axe-core from npm (`.ci/run` installs it into
//! `${XDG_CACHE_HOME:-~/.cache}/windown-ci`, or `WINDOWN_CI_NPM` names that folder). When one
//! is missing the test prints why and passes, except under `CI=true`, where it fails.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use windown::history::Muscle;
use windown::relief::guide;

use crate::common::{Env, chromium, pdf_pages};

/// A tool the test needs, or a printed skip (a failure under `CI=true`).
fn need(what: Option<PathBuf>, why: &str) -> Option<PathBuf> {
    if what.is_none() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "{why} (required when CI=true; .ci/run installs it)"
        );
        eprintln!("skipped: {why}");
    }
    what
}

fn on_path(name: &str) -> Option<PathBuf> {
    windown::paths::on_path(name, std::env::var_os("PATH").as_deref())
}

/// axe-core's script, from the folder `.ci/run` installs it into.
fn axe_js() -> Option<PathBuf> {
    let dir = std::env::var_os("WINDOWN_CI_NPM")
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("XDG_CACHE_HOME")
                .map(PathBuf::from)
                .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cache")))
                .map(|c| c.join("windown-ci"))
        })?;
    let js = dir.join("node_modules/axe-core/axe.min.js");
    js.is_file().then_some(js)
}

/// One HTTP/1.1 exchange with chromedriver on localhost; the body of its answer as JSON.
#[track_caller]
fn http(port: u16, method: &str, path: &str, body: Option<&Value>) -> Value {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect to chromedriver");
    s.set_read_timeout(Some(Duration::from_secs(120))).unwrap();
    let body = body.map(Value::to_string).unwrap_or_default();
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .expect("send");
    // Read the head, then exactly the body it announces (chromedriver may keep the
    // connection open after answering).
    let mut raw = Vec::new();
    let mut buf = [0u8; 65536];
    let (split, want) = loop {
        if let Some(split) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&raw[..split]).to_lowercase();
            let len = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .map(|v| v.trim().parse::<usize>().expect("a length"));
            break (split, len);
        }
        let n = s.read(&mut buf).expect("an answer");
        assert!(
            n > 0,
            "{method} {path}: the connection closed before an answer"
        );
        raw.extend_from_slice(&buf[..n]);
    };
    let want = want.expect("chromedriver answers with a Content-Length");
    while raw.len() < split + 4 + want {
        let n = s.read(&mut buf).expect("the body");
        assert!(n > 0, "{method} {path}: the body was cut short");
        raw.extend_from_slice(&buf[..n]);
    }
    let payload = &raw[split + 4..split + 4 + want];
    serde_json::from_slice(payload).unwrap_or_else(|e| {
        panic!(
            "{method} {path}: not JSON ({e}): {}",
            String::from_utf8_lossy(payload)
        )
    })
}

/// A chromedriver process and one browser session; both end when dropped.
struct Browser {
    driver: Child,
    port: u16,
    session: String,
    _profile: tempfile::TempDir,
}

impl Browser {
    fn start(chromium: &Path, driver: &Path) -> Browser {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        // In a process group of its own, so that ending it ends the browser it started too.
        let mut child = Command::new(driver)
            .process_group(0)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let until = Instant::now() + Duration::from_secs(60);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if Instant::now() > until {
                let _ = child.kill();
                let _ = child.wait();
                panic!("chromedriver did not listen within 60 s");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let profile = tempfile::tempdir().expect("a profile folder");
        let args = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            // Offline: no name resolves, so nothing could be fetched even if asked for.
            "--host-resolver-rules=MAP * ~NOTFOUND",
            &format!("--user-data-dir={}", profile.path().display()),
        ];
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": chromium,
                "args": args,
                "mobileEmulation": {"deviceMetrics": {"width": 375, "height": 667, "pixelRatio": 2.0, "touch": true}},
            },
            "goog:loggingPrefs": {"performance": "ALL"},
        }}});
        let mut b = Browser {
            driver: child,
            port,
            session: String::new(),
            _profile: profile,
        };
        let v = http(port, "POST", "/session", Some(&caps));
        b.session = v["value"]["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session: {v}"))
            .to_string();
        b
    }

    #[track_caller]
    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let v = http(
            self.port,
            method,
            &format!("/session/{}{path}", self.session),
            body.as_ref(),
        );
        if let Some(err) = v["value"]["error"].as_str() {
            panic!("{method} {path}: {err}: {}", v["value"]["message"]);
        }
        v["value"].clone()
    }

    /// A DevTools command, through chromedriver.
    #[track_caller]
    fn cdp(&self, cmd: &str, params: Value) -> Value {
        self.call(
            "POST",
            "/goog/cdp/execute",
            Some(json!({"cmd": cmd, "params": params})),
        )
    }

    fn open(&self, page: &Path) -> String {
        let url = format!("file://{}", page.display());
        self.call("POST", "/url", Some(json!({"url": url})));
        url
    }

    /// Run `script` (a function body; `arguments` are `args`) in the page.
    #[track_caller]
    fn js(&self, script: &str, args: Value) -> Value {
        self.call(
            "POST",
            "/execute/sync",
            Some(json!({"script": script, "args": args})),
        )
    }

    #[track_caller]
    fn text(&self, id: &str) -> String {
        self.js(
            "return document.getElementById(arguments[0]).textContent;",
            json!([id]),
        )
        .as_str()
        .unwrap_or_default()
        .to_string()
    }

    #[track_caller]
    fn click(&self, selector: &str) {
        let el = self.call(
            "POST",
            "/element",
            Some(json!({"using": "css selector", "value": selector})),
        );
        let id = el
            .as_object()
            .and_then(|o| o.values().next())
            .and_then(Value::as_str)
            .expect("an element")
            .to_string();
        self.call("POST", &format!("/element/{id}/click"), Some(json!({})));
    }

    /// Keys typed into whatever has the focus.
    #[track_caller]
    fn keys(&self, keys: &str) {
        let el = self.call("GET", "/element/active", None);
        let id = el
            .as_object()
            .and_then(|o| o.values().next())
            .and_then(Value::as_str)
            .expect("a focused element")
            .to_string();
        self.call(
            "POST",
            &format!("/element/{id}/value"),
            Some(json!({"text": keys})),
        );
    }

    /// Wait until `script` returns true (the page updates on its own events), at most 30 s.
    #[track_caller]
    fn wait_for(&self, script: &str, what: &str) {
        let until = Instant::now() + Duration::from_secs(30);
        while self.js(script, json!([])) != json!(true) {
            assert!(Instant::now() < until, "waited 30 s for {what}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The page's clock moved `secs` seconds on (what a phone sees after it slept), and the
    /// page told it is seen again.
    #[track_caller]
    fn later(&self, secs: u64) {
        self.js(
            "window.__skew += arguments[0] * 1000; document.dispatchEvent(new Event('visibilitychange'));",
            json!([secs]),
        );
    }

    /// axe-core's serious and critical violations, with the AAA contrast rule on.
    #[track_caller]
    fn axe(&self, axe: &str) -> Vec<String> {
        self.js(&format!("{axe}\n;return typeof axe;"), json!([]));
        let got = self.call(
            "POST",
            "/execute/async",
            Some(json!({"script": "const done = arguments[arguments.length - 1];
                axe.run(document, {rules: {'color-contrast-enhanced': {enabled: true}}})
                  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ': ' + v.help + ' ' + v.nodes.map(n => n.target.join(' ')).join(', '))),
                        e => done(['axe failed: ' + e]));", "args": []})),
        );
        serde_json::from_value(got).expect("a list")
    }

    /// Every URL the browser asked for since the session began.
    fn requests(&self) -> Vec<String> {
        let log = self.call("POST", "/se/log", Some(json!({"type": "performance"})));
        log.as_array()
            .expect("log entries")
            .iter()
            .filter_map(|e| serde_json::from_str::<Value>(e["message"].as_str()?).ok())
            .filter(|m| m["message"]["method"] == "Network.requestWillBeSent")
            .filter_map(|m| {
                m["message"]["params"]["request"]["url"]
                    .as_str()
                    .map(String::from)
            })
            .collect()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = std::panic::catch_unwind(|| {
                http(
                    self.port,
                    "DELETE",
                    &format!("/session/{}", self.session),
                    None,
                )
            });
        }
        if let Ok(pid) = libc::pid_t::try_from(self.driver.id()) {
            // SAFETY: kill(2) takes plain integers; the group is the driver's own (made at
            // spawn, the driver not yet reaped), holding only it and the browser it started.
            unsafe {
                libc::kill(-pid, libc::SIGKILL);
            }
        }
        let _ = self.driver.wait();
    }
}

/// Before the page's own script: a clock that stands still until the test moves it on (so a
/// slow machine never lets a step time out by itself), a record of script errors, and
/// a stand-in for the browser's voice that records what it is asked to say and takes as long
/// as speaking it would (about 70 ms a character at the page's rate), one utterance at a time.
const STAND_INS: &str = r#"(() => {
window.__skew = 0;
window.__errors = [];
window.addEventListener('error', e => window.__errors.push(String(e.message)));
const base = Date.now();
Date.now = () => base + window.__skew;
window.__said = [];
window.__cancels = 0;
if (window.__noVoice) {
  Object.defineProperty(window, 'speechSynthesis', {value: undefined, configurable: true});
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {value: undefined, configurable: true});
} else {
  class Utterance { constructor(text) { this.text = text; this.rate = 1; this.lang = ''; } }
  const queue = [];
  let speaking = null;
  const synth = {
    get speaking() { return speaking !== null; },
    get pending() { return queue.length > 0; },
    speak(u) { window.__said.push({text: u.text, rate: u.rate, lang: u.lang}); queue.push(u); if (!speaking) { this._next(); } },
    _next() {
      speaking = queue.shift() || null;
      if (speaking) { setTimeout(() => { speaking = null; synth._next(); }, speaking.text.length * 70 / speaking.rate); }
    },
    cancel() { window.__cancels += 1; queue.length = 0; speaking = null; },
    getVoices() { return []; },
  };
  Object.defineProperty(window, 'speechSynthesis', {value: synth, configurable: true});
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {value: Utterance, configurable: true});
}
})();"#;

/// Is the urgent line on screen, whole, and not covered?
const URGENT_SEEN: &str =
    "const u = document.getElementById('urgent'); const r = u.getBoundingClientRect();
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + 4);
  return r.height > 40 && r.top >= 0 && r.bottom <= window.innerHeight + 0.5
    && getComputedStyle(u).visibility === 'visible' && u.contains(hit);";

/// Every visible piece of text in `main` and the urgent line, and every button: the smallest
/// font in CSS px, and the smallest button side.
const SIZES: &str = "const seen = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
  let font = 1e9, side = 1e9, texts = 0, buttons = 0;
  for (const e of document.querySelectorAll('h1, h2, p, li, button, code')) {
    if (!seen(e) || !e.textContent.trim() || e.closest('.sr')) continue;
    texts += 1; font = Math.min(font, parseFloat(getComputedStyle(e).fontSize));
  }
  for (const b of document.querySelectorAll('button')) {
    if (!seen(b)) continue;
    buttons += 1; const r = b.getBoundingClientRect(); side = Math.min(side, r.width, r.height);
  }
  return {font, side, texts, buttons, width: window.innerWidth, height: window.innerHeight};";

fn page_file(env: &Env, args: &[&str]) -> PathBuf {
    let page = env.path("bedside.html");
    let mut all = vec!["cramp", "--page", page.to_str().expect("utf-8 path")];
    all.extend_from_slice(args);
    let o = env.output(&all);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        format!(
            "The bedside page is in {}. Save it on your phone (or open it in any browser) and keep it by the bed: it needs no network and records nothing.\n",
            page.display()
        )
    );
    page
}

#[track_caller]
fn check_sizes(b: &Browser, screen: &str) {
    let s = b.js(SIZES, json!([]));
    assert_eq!(s["width"], 375, "{screen}: a 375 px wide screen");
    assert!(s["texts"].as_u64().unwrap() >= 2, "{screen}: {s}");
    assert!(
        s["font"].as_f64().unwrap() >= 20.0,
        "{screen}: text at least 20 px: {s}"
    );
    assert!(s["buttons"].as_u64().unwrap() >= 1, "{screen}: {s}");
    assert!(
        s["side"].as_f64().unwrap() >= 48.0,
        "{screen}: buttons at least 48 px: {s}"
    );
}

#[track_caller]
fn check_axe(b: &Browser, axe: &str, screen: &str) {
    let bad = b.axe(axe);
    assert!(bad.is_empty(), "{screen}: axe-core: {bad:#?}");
}

#[test]
fn the_bedside_page_in_a_real_browser_taps_through_every_muscle_offline() {
    let (Some(browser), Some(driver), Some(axe)) = (
        need(
            chromium()
                .map(PathBuf::from)
                .and_then(|c| on_path(c.to_str()?)),
            "no chromium installed",
        ),
        need(on_path("chromedriver"), "no chromedriver installed"),
        need(
            axe_js(),
            "no axe-core in the npm cache folder (.ci/run installs it)",
        ),
    ) else {
        return;
    };
    let axe = std::fs::read_to_string(axe).expect("axe-core");
    let env = Env::new();
    let page = page_file(&env, &["--leg", "right"]);
    let b = Browser::start(&browser, &driver);
    let stand_ins = b.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({"source": STAND_INS}),
    );
    b.requests(); // the blank first tab's, read and forgotten
    let url = b.open(&page);

    // The first screen: named, in English, right leg chosen, calf first and focused.
    assert_eq!(
        b.js("return [document.title, document.documentElement.lang, document.activeElement.dataset.muscle, document.querySelector('[aria-pressed=true][data-leg]').dataset.leg];", json!([])),
        json!(["Cramp guide: windown at the bedside", "en", "calf", "right"])
    );
    assert_eq!(b.js("return document.querySelectorAll('h1').length + ':' + document.querySelectorAll('main, header, aside').length;", json!([])), json!("1:3"));
    check_sizes(&b, "choosing");
    // A page left open in a tab waits for the next cramp: no clock runs before the first tap.
    b.later(3600);
    assert_eq!(b.text("clock"), "0:00");
    assert_eq!(
        b.js(
            "return document.getElementById('urgent').className;",
            json!([])
        ),
        ""
    );
    b.wait_for(URGENT_SEEN, "the urgent line on the first screen");
    check_axe(&b, &axe, "choosing");

    // Dark whatever the phone's theme; no transition when reduced motion is asked for.
    let look = "const h = getComputedStyle(document.documentElement), u = getComputedStyle(document.getElementById('urgent'));
      return [h.backgroundColor, h.color, u.transitionDuration];";
    b.cdp("Emulation.setEmulatedMedia", json!({"features": [{"name": "prefers-color-scheme", "value": "light"}, {"name": "prefers-reduced-motion", "value": "no-preference"}]}));
    let light = b.js(look, json!([]));
    b.cdp("Emulation.setEmulatedMedia", json!({"features": [{"name": "prefers-color-scheme", "value": "dark"}, {"name": "prefers-reduced-motion", "value": "reduce"}]}));
    let dark = b.js(look, json!([]));
    assert_eq!(light[0], "rgb(13, 11, 9)", "near-black: {light}");
    assert_eq!(light[0], dark[0]);
    assert_eq!(light[1], dark[1]);
    assert_eq!(light[2], "1s");
    assert_eq!(dark[2], "0s", "no transition with reduced motion");

    let data = b.js(
        "return JSON.parse(document.getElementById('guide-data').dataset.guide);",
        json!([]),
    );
    for (mi, m) in Muscle::ALL.into_iter().enumerate() {
        let word = data["muscles"][mi]["word"].as_str().unwrap().to_string();
        if mi > 0 {
            b.click("#again");
            b.wait_for(
                "return !document.getElementById('choose').hidden;",
                "choosing again",
            );
        }
        b.js("window.__said = [];", json!([]));
        b.click(&format!("[data-muscle='{word}']"));
        let want = guide::steps(m);
        for (i, step) in want.iter().enumerate() {
            let n = want.len();
            b.wait_for(
                &format!("return document.getElementById('step-count').textContent.startsWith('Step {} of {n}:');", i + 1),
                &format!("{word} step {}", i + 1),
            );
            assert_eq!(b.text("step-title"), step.title(), "{word} {i}");
            assert_eq!(b.text("step-detail"), step.detail(), "{word} {i}");
            let live = b.text("live");
            assert!(
                live.contains(&step.title()) && live.contains(&step.detail()),
                "{live}"
            );
            let said = b.js("return window.__said[window.__said.length - 1];", json!([]));
            assert_eq!(
                said["text"], data["muscles"][mi]["steps"][i]["say"],
                "{word} {i}"
            );
            assert!(
                said["rate"].as_f64().unwrap() < 1.0,
                "calm and slower: {said}"
            );
            assert_eq!(said["lang"], "en");
            assert!(
                b.js(URGENT_SEEN, json!([])) == json!(true),
                "{word} step {}: the urgent line on screen",
                i + 1
            );
            if mi == 0 && i == 0 {
                check_sizes(&b, "a step");
                check_axe(&b, &axe, "a step");
                // Not highlighted before 10 minutes.
                assert_eq!(
                    b.js("return [document.getElementById('urgent').className, document.getElementById('urgent-now').hidden];", json!([])),
                    json!(["", true])
                );
                // Its time up, the step moves on by itself.
                b.later(data["muscles"][mi]["steps"][i]["wait"].as_u64().unwrap());
                b.wait_for("return document.getElementById('step-count').textContent.startsWith('Step 2');", "a step's time up");
                // Keys: the arrow back, Enter on the focused Next button on.
                b.keys("\u{E012}");
                b.wait_for("return document.getElementById('step-count').textContent.startsWith('Step 1');", "the left arrow");
                b.click("#next");
                b.wait_for(
                    "return document.activeElement.id === 'next';",
                    "the focus on Next",
                );
                b.keys("\u{E007}");
                b.wait_for("return document.getElementById('step-count').textContent.startsWith('Step 3');", "Enter on Next");
                b.keys("\u{E012}");
                b.wait_for("return document.getElementById('step-count').textContent.startsWith('Step 2');", "the left arrow");
                b.keys("\u{E014}");
                b.wait_for("return document.getElementById('step-count').textContent.startsWith('Step 3');", "the right arrow");
                b.keys("b");
                b.wait_for("return document.getElementById('step-count').textContent.startsWith('Step 2');", "b for back");
                continue;
            }
            b.click("#next");
        }
        b.wait_for("return !document.getElementById('end').hidden;", "the end");
        let log = b.text("end-log");
        let prefix = format!("windown cramp log --leg right --muscle {word} --at ");
        assert!(log.starts_with(&prefix), "{log}");
        let at = &log[prefix.len()..];
        assert!(at.len() == 5 && at.as_bytes()[2] == b':', "{log}");
        assert!(
            b.text("end-when")
                .starts_with(&format!("The cramp started at {at} and lasted "))
        );
        assert_eq!(
            b.js("return document.activeElement.id;", json!([])),
            "end-h"
        );
        if mi == 0 {
            check_sizes(&b, "the end");
            check_axe(&b, &axe, "the end");
        }
    }

    // Mute: nothing more is said; the key m is the same button.
    b.click("#end-back");
    b.click("#mute");
    assert_eq!(
        b.js(
            "return document.getElementById('mute').getAttribute('aria-pressed');",
            json!([])
        ),
        "true"
    );
    let before = b.js("return window.__said.length;", json!([]));
    b.click("#back");
    b.click("#next");
    assert_eq!(b.js("return window.__said.length;", json!([])), before);
    b.keys("m");
    assert_eq!(
        b.js(
            "return document.getElementById('mute').getAttribute('aria-pressed');",
            json!([])
        ),
        "false"
    );

    // A new cramp, past 10 minutes (the phone slept): every step has passed, the urgent line
    // stands out and is said once, in its pieces; back to the last step, it stays highlighted.
    b.js("window.__said = [];", json!([]));
    b.click("#next");
    b.click("#again");
    b.click("[data-muscle='calf']");
    b.later(601);
    b.wait_for("return !document.getElementById('end').hidden && document.getElementById('urgent').className === 'now';", "the urgent line highlighted");
    assert_eq!(
        b.text("clock"),
        "10:01",
        "the clock counts from the new cramp's first tap"
    );
    assert_eq!(b.text("urgent-now"), "It has lasted over 10 minutes.");
    let said: Vec<String> =
        serde_json::from_value(b.js("return window.__said.map(s => s.text);", json!([]))).unwrap();
    let pieces = &data["urgentPieces"];
    let i = said
        .iter()
        .position(|s| s == "It has lasted over 10 minutes.")
        .expect("the urgent line said");
    for (k, p) in pieces.as_array().unwrap().iter().enumerate() {
        assert_eq!(said[i + 1 + k], p.as_str().unwrap());
    }
    b.click("#end-back");
    assert!(b.js(URGENT_SEEN, json!([])) == json!(true));
    assert!(
        b.js(
            "return !document.getElementById('urgent-now').hidden;",
            json!([])
        ) == json!(true)
    );
    check_axe(&b, &axe, "the urgent line highlighted");

    assert_eq!(b.js("return window.__errors;", json!([])), json!([]));
    // Nothing but the page itself was ever asked for, and nothing was stored.
    assert_eq!(b.requests(), vec![url.clone()]);
    assert_eq!(
        b.js("return [performance.getEntriesByType('resource').length, localStorage.length, document.cookie];", json!([])),
        json!([0, 0, ""])
    );
    assert!(
        !env.dirs().history_file().exists(),
        "the page records nothing"
    );

    // Without a voice, nothing breaks: no mute button, the steps go on.
    b.cdp(
        "Page.removeScriptToEvaluateOnNewDocument",
        json!({"identifier": stand_ins["identifier"]}),
    );
    b.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({"source": format!("window.__noVoice = true;{STAND_INS}")}),
    );
    b.open(&page);
    assert_eq!(
        b.js("return document.getElementById('mute').hidden;", json!([])),
        true
    );
    b.click("[data-muscle='foot']");
    b.click("#next");
    b.wait_for(
        "return document.getElementById('step-count').textContent.startsWith('Step 2');",
        "a step without a voice",
    );
    assert_eq!(b.js("return window.__errors;", json!([])), json!([]));
}

#[test]
fn the_card_is_large_print_and_prints_on_one_page() {
    let Some(browser) = chromium() else {
        return;
    };
    // In every language (translations run longer than English).
    for lang in ["en", "de", "fr", "es"] {
        card_on_one_page(&browser, lang);
    }
}

fn card_on_one_page(browser: &str, lang: &str) {
    let env = Env::new();
    let card = env.path("card.html");
    let pdf = env.path("card.pdf");
    let o = env.output(&[
        "--lang",
        lang,
        "cramp",
        "--card",
        card.to_str().unwrap(),
        "--pdf",
        pdf.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let bytes = std::fs::read(&pdf).expect("the PDF");
    assert!(bytes.starts_with(b"%PDF"));
    assert_eq!(pdf_pages(&bytes), 1, "{lang}: the card's PDF: one page");
    let html = std::fs::read_to_string(&card).expect("the card");
    // On A4 and on Letter, one page each.
    let home = env.path("chromium-home");
    for size in ["A4", "letter"] {
        let sized = env.path(&format!("card-{size}.html"));
        std::fs::write(
            &sized,
            html.replacen("size: auto;", &format!("size: {size};"), 1),
        )
        .unwrap();
        let out = env.path(&format!("card-{size}.pdf"));
        let st = Command::new(browser)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--no-pdf-header-footer",
            ])
            .arg(format!("--user-data-dir={}", home.display()))
            .arg(format!("--print-to-pdf={}", out.display()))
            .arg(format!("file://{}", sized.display()))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("chromium runs");
        assert!(st.success());
        assert_eq!(
            pdf_pages(&std::fs::read(&out).expect("a PDF")),
            1,
            "{lang} {size}"
        );
    }
    // Large print: no font under 16 pt (every size in the card's style is in pt).
    let css = &html[html.find("<style>").unwrap()..html.find("</style>").unwrap()];
    let mut sizes = 0;
    for part in css.split("font-size:").skip(1) {
        let pt: f64 = part
            .trim_start()
            .split("pt")
            .next()
            .unwrap()
            .parse()
            .expect("a size in pt");
        assert!(pt >= 16.0, "{pt} pt");
        sizes += 1;
    }
    assert!(sizes >= 3);
}

#[test]
fn the_pdf_without_chromium_says_how_to_get_it() {
    let env = Env::new();
    let pdf = env.path("card.pdf");
    let o = env
        .cmd(&["cramp", "--pdf", pdf.to_str().unwrap()])
        .env("PATH", env.path("empty"))
        .output()
        .expect("run windown");
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "error: no Chromium found to print the card to a PDF\n\
         hint: install Chromium (Debian or Ubuntu: sudo apt install chromium; Fedora: sudo dnf install chromium)\n\
         hint: or write the card with --card FILE, open it in a browser and print it to PDF\n"
    );
    assert!(!pdf.exists());
}

#[test]
fn with_poor_balance_the_page_and_the_card_never_ask_to_stand() {
    let env = Env::new();
    env.write("config/config.toml", "balance = \"poor\"\n");
    let page = page_file(&env, &[]);
    let card = env.path("card.html");
    let o = env.output(&["cramp", "--card", card.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let page = std::fs::read_to_string(page).unwrap().to_lowercase();
    let card = std::fs::read_to_string(card).unwrap().to_lowercase();
    assert!(page.contains("lie on your side") && card.contains("lie on your side"));
    for text in [page, card] {
        assert!(!text.contains("stand up") && !text.contains("if steady"));
    }
}

/// The page in German: its own words, the steps, what the voice is asked to say (in German,
/// `lang` de), the end, and the urgent line with its English original while the language is
/// a draft.
#[test]
fn the_bedside_page_in_german_in_a_real_browser() {
    let (Some(browser), Some(driver)) = (
        need(
            chromium()
                .map(PathBuf::from)
                .and_then(|c| on_path(c.to_str()?)),
            "no chromium installed",
        ),
        need(on_path("chromedriver"), "no chromedriver installed"),
    ) else {
        return;
    };
    let env = Env::new();
    let page = env.path("seite.html");
    let o = env.output(&["--lang", "de", "cramp", "--page", page.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("Die Seite für den Nachttisch ist in "));
    let b = Browser::start(&browser, &driver);
    b.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({"source": STAND_INS}),
    );
    b.open(&page);
    assert_eq!(
        b.js("return [document.title, document.documentElement.lang, document.getElementById('choose-h').textContent, document.querySelector('[aria-pressed=true][data-leg]').textContent];", json!([])),
        json!(["Krampfhilfe: windown am Bett", "de", "Welches Bein?", "Links"])
    );
    assert_eq!(
        b.js(
            "return [...document.querySelectorAll('#urgent p:not([hidden])')].map(p => p.lang);",
            json!([])
        ),
        json!(["", "en"]),
        "the German urgent line, then the English original"
    );
    b.click("[data-muscle='calf']");
    b.wait_for(
        "return document.getElementById('step-count').textContent.startsWith('Schritt 1 von ');",
        "the first step in German",
    );
    assert!(b.text("step-count").ends_with(": linke Wade"));
    assert_eq!(b.text("next"), "Weiter");
    assert!(b.text("step-left").starts_with("Geht in "));
    let said = b.js("return window.__said[0];", json!([]));
    assert_eq!(said["text"], "Machen Sie Licht, bevor Sie aufstehen.");
    assert_eq!(said["lang"], "de");
    for _ in 0..10 {
        if b.js("return !document.getElementById('end').hidden;", json!([])) == json!(true) {
            break;
        }
        b.click("#next");
    }
    assert_eq!(b.text("end-h"), "Die Schritte sind zu Ende");
    let when = b.text("end-when");
    assert!(
        when.starts_with("Der Krampf begann um ")
            && when.ends_with(" und dauerte weniger als eine Minute."),
        "{when}"
    );
    assert_eq!(b.js("return window.__errors;", json!([])), json!([]));
}
