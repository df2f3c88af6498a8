//! The cramp guide for the bedside, away from the computer: [`page`], one self-contained HTML
//! page for a phone (`windown cramp --page FILE`), and [`card`], a printable large-print card
//! (`windown cramp --card FILE`, `--pdf FILE`).
//!
//! The page's steps are [`super::guide`]'s, serialised into the page when the command runs
//! (title, spoken sentence, detail and time of every step, for every muscle, with or without
//! the standing steps as `balance` says), so the page says what the terminal guide says, in the
//! same safe order. Its look and behaviour are the templates in `assets/bedside/` (HTML, CSS
//! and script, compiled in). Every piece of text goes into the HTML through
//! [`crate::text::escape_markup`]; the page fetches nothing (a Content-Security-Policy allows
//! only its own inline style and script) and records nothing.
//!
//! Owns no file and runs no program: `crate::cli::cramp` writes the files and runs Chromium
//! for the PDF.

use std::fmt::Write as _;

use serde::Serialize;

use super::guide::{Step, steps_for};
use super::{URGENT, URGENT_AFTER, URGENT_PIECES};
use crate::history::record::{Leg, Muscle};
use crate::i18n::Messages;
use crate::text::escape_markup as esc;

const TEMPLATE: &str = include_str!("../../assets/bedside/page.html");
const CSS: &str = include_str!("../../assets/bedside/page.css");
const SCRIPT: &str = include_str!("../../assets/bedside/page.js");
const CARD_CSS: &str = include_str!("../../assets/bedside/card.css");

/// The page's language: English as a whole until its own words (the template, the script's
/// sentences, the card) are messages, so that a page is never half in one language and its
/// voice never reads another language's words.
const LANG: &str = "en";

/// The page's messages, in [`LANG`].
fn words() -> Messages {
    Messages::builtin(LANG)
}

/// How fast the browser's voice speaks: calm, slower than its usual 1.
const RATE: f32 = 0.8;

/// Said when the steps are over.
const OVER: &str = "The steps are over. This page records nothing: log the cramp in the morning.";

/// Getting up at night, on the card: the guide's own words for it.
const GET_UP: &str = "Turn a light on before you get up. Sit on the edge of the bed first. Stand only if you feel steady: slowly, holding something firm. If you feel dizzy, sit down. Never walk about in the dark.";

/// [`GET_UP`] without standing (`balance = "poor"`).
const GET_UP_SEATED: &str = "Turn a light on before you get up. Sit on the edge of the bed first. Stay seated or lying down. Never walk about in the dark.";

/// What the page's script reads: the guide's data, and the words around it.
#[derive(Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
struct Data {
    /// The leg chosen when the page opens.
    leg: &'static str,
    muscles: Vec<MuscleData>,
    urgent: &'static str,
    urgent_pieces: [&'static str; 3],
    urgent_now: String,
    /// Seconds after which the urgent line is highlighted.
    urgent_after: u64,
    over: &'static str,
    rate: f32,
}

#[derive(Debug, Serialize, PartialEq)]
struct MuscleData {
    word: &'static str,
    name: &'static str,
    steps: Vec<StepData>,
}

/// One step as the page has it: [`Step`] with its time in whole seconds.
#[derive(Debug, Serialize, PartialEq)]
struct StepData {
    title: String,
    say: String,
    detail: String,
    wait: u64,
}

impl StepData {
    fn of(s: &Step, m: &Messages) -> StepData {
        StepData {
            title: s.title_in(m),
            say: s.say_in(m),
            detail: s.detail_in(m),
            wait: s.wait.as_secs(),
        }
    }
}

fn data(leg: Leg, seated: bool) -> Data {
    let m = words();
    Data {
        leg: leg.word(),
        muscles: Muscle::ALL
            .iter()
            .map(|&mu| MuscleData {
                word: mu.word(),
                name: mu.name(),
                steps: steps_for(mu, seated)
                    .iter()
                    .map(|s| StepData::of(s, &m))
                    .collect(),
            })
            .collect(),
        urgent: URGENT,
        urgent_pieces: URGENT_PIECES,
        urgent_now: m.tr("relief-urgent-now", &[]),
        urgent_after: URGENT_AFTER.as_secs(),
        over: OVER,
        rate: RATE,
    }
}

/// "back of thigh" -> "Back of thigh".
fn capital(text: &str) -> String {
    let mut c = text.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Fill `{{NAME}}` slots of `template` in one pass: a value is never searched for slots.
fn fill(template: &str, slots: &[(&str, &str)]) -> String {
    let mut out =
        String::with_capacity(template.len() + slots.iter().map(|s| s.1.len()).sum::<usize>());
    let mut rest = template;
    while let Some(i) = rest.find("{{") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 2..];
        let slot = after.find("}}").and_then(|j| {
            slots
                .iter()
                .find(|(name, _)| *name == &after[..j])
                .map(|s| (j, s.1))
        });
        match slot {
            Some((j, value)) => {
                out.push_str(value);
                rest = &after[j + 2..];
            }
            None => {
                out.push_str("{{");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The bedside page: `leg` and `muscle` are chosen when it opens (one tap starts);
/// `seated` (`balance = "poor"`) leaves the standing steps out, as in the terminal.
pub(crate) fn page(leg: Leg, muscle: Muscle, seated: bool) -> String {
    let data = data(leg, seated);
    let json = serde_json::to_string(&data).unwrap_or_default();
    let mut legs = String::new();
    for l in Leg::ALL {
        let _ = writeln!(
            legs,
            "<button type=\"button\" class=\"big\" data-leg=\"{w}\" aria-pressed=\"{p}\">{n}</button>",
            w = esc(l.word()),
            p = l == leg,
            n = esc(&capital(l.word())),
        );
    }
    let mut muscles = String::new();
    for m in Muscle::ALL {
        let first = m == muscle;
        let _ = writeln!(
            muscles,
            "<button type=\"button\" class=\"wide{c}\" data-muscle=\"{w}\"{a}>{n}</button>",
            c = if first { " first" } else { "" },
            w = esc(m.word()),
            a = if first { " autofocus" } else { "" },
            n = esc(&capital(m.name())),
        );
    }
    let mut noscript = String::from(
        "<p>Without scripts the page cannot time the steps; here they are in order.</p>\n",
    );
    for m in &data.muscles {
        let _ = writeln!(noscript, "<h2>{}</h2>\n<ol>", esc(&capital(m.name)));
        for s in &m.steps {
            let _ = writeln!(
                noscript,
                "<li><strong>{}</strong>: {}</li>",
                esc(&s.title),
                esc(&s.detail)
            );
        }
        noscript.push_str("</ol>\n");
    }
    fill(
        TEMPLATE,
        &[
            ("LANG", LANG),
            ("CSS", CSS),
            ("LEGS", &legs),
            ("MUSCLES", &muscles),
            ("NOSCRIPT", &noscript),
            ("URGENT_NOW", &esc(&data.urgent_now)),
            ("URGENT", &esc(URGENT)),
            ("DATA", &esc(&json)),
            ("JS", SCRIPT),
        ],
    )
}

/// The printable card: for each muscle its steps in a few words (the sentence the guide says),
/// how to get up safely, and the urgent line, in large print on one A4 or Letter page.
pub(crate) fn card(seated: bool) -> String {
    let mut body = String::new();
    let _ = writeln!(
        body,
        "<header><h1>When a leg cramps at night</h1>\n<p class=\"getup\"><strong>Getting up:</strong> {}</p></header>\n<main>",
        esc(if seated { GET_UP_SEATED } else { GET_UP })
    );
    let words = words();
    for m in Muscle::ALL {
        let _ = writeln!(body, "<section><h2>{}</h2>\n<ol>", esc(&capital(m.name())));
        // Getting up (the light first) is said once, above; so is "If you feel dizzy, sit
        // down." (at the top already: one page).
        for s in steps_for(m, seated).iter().skip(1) {
            let say = s.say_in(&words);
            let say = say
                .strip_suffix(" If you feel dizzy, sit down.")
                .unwrap_or(&say);
            let _ = writeln!(body, "<li>{}</li>", esc(say));
        }
        body.push_str("</ol></section>\n");
    }
    let _ = writeln!(
        body,
        "</main>\n<footer><p class=\"urgent\">{}</p>\n<p>In the morning, log it with the time it began: <code>windown cramp log --at 03:12</code></p></footer>",
        esc(URGENT)
    );
    format!(
        "<!doctype html>\n<html lang=\"{LANG}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <title>Cramp card: windown</title>\n<style>\n{CARD_CSS}</style>\n</head>\n<body>\n{body}</body>\n</html>\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The data written into `html`, read back as the page's script reads it.
    fn data_in(html: &str) -> serde_json::Value {
        let start = html.find("data-guide=\"").expect("the data") + "data-guide=\"".len();
        let end = start + html[start..].find('"').expect("its end");
        let raw = html[start..end]
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&");
        serde_json::from_str(&raw).expect("JSON")
    }

    #[test]
    fn the_page_carries_the_guides_steps_for_every_muscle() {
        for seated in [false, true] {
            let html = page(Leg::Left, Muscle::Calf, seated);
            let got = data_in(&html);
            let muscles = got["muscles"].as_array().expect("muscles");
            assert_eq!(muscles.len(), Muscle::ALL.len());
            for (m, page_m) in Muscle::ALL.iter().zip(muscles) {
                assert_eq!(page_m["word"], m.word());
                let want: Vec<serde_json::Value> = steps_for(*m, seated)
                    .iter()
                    .map(|s| {
                        serde_json::json!({
                            "title": s.title(), "say": s.say(), "detail": s.detail(),
                            "wait": s.wait.as_secs()
                        })
                    })
                    .collect();
                assert_eq!(page_m["steps"].as_array().expect("steps"), &want, "{m:?}");
            }
            assert_eq!(got["urgent"], URGENT);
            assert_eq!(got["urgentAfter"], 600);
        }
    }

    #[test]
    fn the_page_data_as_reviewed() {
        let html = page(Leg::Left, Muscle::Calf, false);
        let pretty = serde_json::to_string_pretty(&data_in(&html)).expect("JSON");
        insta::assert_snapshot!(pretty);
    }

    #[test]
    fn the_page_stands_alone_and_escapes_its_text() {
        let html = page(Leg::Right, Muscle::Foot, false);
        assert!(html.len() < 200 * 1024, "{} bytes", html.len());
        assert!(!html.contains("{{"), "every slot filled");
        for outside in ["http:", "https:", "src=", "@import", "url("] {
            assert!(!html.contains(outside), "{outside}");
        }
        assert!(html.contains("default-src 'none'"));
        // The data is an attribute: no quote or angle bracket of the text survives in it.
        let start = html.find("data-guide=\"").unwrap() + 12;
        let attr = &html[start..start + html[start..].find('"').unwrap()];
        assert!(!attr.contains(['<', '>', '\'']));
        assert!(html.contains("data-leg=\"right\" aria-pressed=\"true\""));
        assert!(html.contains("data-muscle=\"foot\" autofocus>Foot</button>"));
        assert_eq!(
            fill("a{{X}}b{{Y}}c{{Z}}", &[("X", "{{Y}}"), ("Y", "1")]),
            "a{{Y}}b1c{{Z}}"
        );
    }

    #[test]
    fn the_card_has_every_muscle_the_urgent_line_and_no_standing_when_seated() {
        let c = card(false);
        for m in Muscle::ALL {
            assert!(c.contains(&format!("<h2>{}</h2>", capital(m.name()))));
        }
        assert!(c.contains(&esc(URGENT)));
        assert!(c.contains("holding something firm"));
        let seated = card(true);
        assert!(!seated.to_lowercase().contains("stand"), "{seated}");
        // The card's getting-up words are the guide's.
        let all: String = Muscle::ALL
            .iter()
            .flat_map(|m| steps_for(*m, false))
            .map(|s| s.detail())
            .collect::<Vec<_>>()
            .join(" ");
        for phrase in [
            "Turn a light on before you get up.",
            "Sit on the edge of the bed first",
            "holding something firm",
            "If you feel dizzy, sit down.",
        ] {
            assert!(GET_UP.contains(phrase) && all.contains(phrase), "{phrase}");
        }
    }
}
