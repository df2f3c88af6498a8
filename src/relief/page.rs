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
use super::{URGENT_AFTER, urgent_pieces_in};
use crate::history::record::{Leg, Muscle};
use crate::i18n::{self, Arg, Messages};
use crate::text::escape_markup as esc;

const TEMPLATE: &str = include_str!("../../assets/bedside/page.html");
const CSS: &str = include_str!("../../assets/bedside/page.css");
const SCRIPT: &str = include_str!("../../assets/bedside/page.js");
const CARD_CSS: &str = include_str!("../../assets/bedside/card.css");
/// What the card's style changes when the urgent line is in two languages (a draft's
/// translation and its English original): closer lines and margins, still one page.
const CARD_CLOSER_CSS: &str = "@page { margin: 5mm 10mm; }\nhtml { line-height: 1.03; }\n";

/// How fast the browser's voice speaks: calm, slower than its usual 1.
const RATE: f32 = 0.8;

/// The lengths "under a minute" to this many minutes are written into the page whole (each
/// by the language's plural rules); longer ones from `lastedMore`.
const LASTED_WORDS: u32 = 30;

/// What the page's script reads: the guide's data, and the words around it.
#[derive(Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
struct Data {
    /// The leg chosen when the page opens.
    leg: &'static str,
    muscles: Vec<MuscleData>,
    urgent: String,
    urgent_pieces: [String; 3],
    urgent_now: String,
    /// Seconds after which the urgent line is highlighted.
    urgent_after: u64,
    over: String,
    rate: f32,
    words: Words,
}

#[derive(Debug, Serialize, PartialEq)]
struct MuscleData {
    word: &'static str,
    /// As a heading ("Back of thigh").
    name: String,
    /// Where the cramp is, by leg ("left calf").
    places: Places,
    steps: Vec<StepData>,
}

#[derive(Debug, Serialize, PartialEq)]
struct Places {
    left: String,
    right: String,
}

/// The script's sentences, with `{name}` slots it fills in.
#[derive(Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
struct Words {
    step: String,
    step_said: String,
    moves_on: String,
    next: String,
    done: String,
    started: String,
    /// "under a minute", "about 1 minute", ... up to [`LASTED_WORDS`] minutes.
    lasted: Vec<String>,
    lasted_more: String,
    over_announced: String,
    again_said: String,
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

/// A sentence for the script: its variables are the slots `{name}` the script fills in.
fn slots(m: &Messages, id: &str, names: &[&'static str]) -> String {
    let args: Vec<(&str, Arg<'_>)> = names
        .iter()
        .map(|n| (*n, Arg::from(format!("{{{n}}}"))))
        .collect();
    m.tr(id, &args)
}

fn words_of(m: &Messages) -> Words {
    Words {
        step: slots(m, "relief-page-step", &["n", "total", "place"]),
        step_said: slots(m, "relief-page-step-said", &["n", "total"]),
        moves_on: slots(m, "relief-page-moves-on", &["s"]),
        next: m.tr("relief-page-next", &[]),
        done: m.tr("relief-page-done", &[]),
        started: slots(m, "relief-page-started", &["at", "lasted"]),
        lasted: (0..=LASTED_WORDS)
            .map(|n| m.tr("relief-page-lasted", &[("n", Arg::from(n))]))
            .collect(),
        lasted_more: m
            .tr("relief-page-lasted", &[("n", Arg::from(LASTED_WORDS + 1))])
            .replace(&(LASTED_WORDS + 1).to_string(), "{n}"),
        over_announced: slots(m, "relief-page-over-announced", &["at"]),
        again_said: m.tr("relief-page-again-said", &[]),
    }
}

/// A muscle as a button or heading ("Back of thigh").
fn muscle_name(m: &Messages, muscle: Muscle) -> String {
    m.tr("relief-page-muscle", &[("muscle", muscle.word().into())])
}

fn place(m: &Messages, leg: Leg, muscle: Muscle) -> String {
    m.tr(
        "relief-place",
        &[("leg", leg.word().into()), ("muscle", muscle.word().into())],
    )
}

fn data(m: &Messages, leg: Leg, seated: bool) -> Data {
    Data {
        leg: leg.word(),
        muscles: Muscle::ALL
            .iter()
            .map(|&mu| MuscleData {
                word: mu.word(),
                name: muscle_name(m, mu),
                places: Places {
                    left: place(m, Leg::Left, mu),
                    right: place(m, Leg::Right, mu),
                },
                steps: steps_for(mu, seated)
                    .iter()
                    .map(|s| StepData::of(s, m))
                    .collect(),
            })
            .collect(),
        urgent: m.tr("relief-urgent", &[]),
        urgent_pieces: urgent_pieces_in(m),
        urgent_now: m.tr("relief-urgent-now", &[]),
        urgent_after: URGENT_AFTER.as_secs(),
        over: m.tr("relief-page-over-said", &[]),
        rate: RATE,
        words: words_of(m),
    }
}

/// The urgent line `id` as paragraphs: the translation, and the English original
/// (`lang="en"`) while the language's safety texts are not clinically reviewed.
fn urgent_html(m: &Messages, id: &str, class: &str) -> String {
    let safety = i18n::safety_in(m, id, &[]);
    let lines = safety.lines();
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        let lang = if i > 0 { " lang=\"en\"" } else { "" };
        let _ = writeln!(out, "<p{class}{lang}>{}</p>", esc(line));
    }
    out
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

/// Message `id` as HTML, each of `code` (a variable and its command) shown as `<code>`.
fn with_code(m: &Messages, id: &str, code: &[(&str, &str)]) -> String {
    // Stand-ins no message contains, replaced after escaping.
    let marks: Vec<String> = (0..code.len()).map(|i| format!("\u{1}{i}\u{1}")).collect();
    let args: Vec<(&str, Arg<'_>)> = code
        .iter()
        .zip(&marks)
        .map(|((k, _), mark)| (*k, Arg::from(mark.as_str())))
        .collect();
    let mut html = esc(&m.tr(id, &args));
    for ((_, command), mark) in code.iter().zip(&marks) {
        html = html.replace(mark.as_str(), &format!("<code>{}</code>", esc(command)));
    }
    html
}

/// The bedside page in the process's language: `leg` and `muscle` are chosen when it opens
/// (one tap starts); `seated` (`balance = "poor"`) leaves the standing steps out, as in the
/// terminal.
pub(crate) fn page(leg: Leg, muscle: Muscle, seated: bool) -> String {
    page_in(i18n::current(), leg, muscle, seated)
}

/// [`page`] in `m`'s language.
pub(crate) fn page_in(m: &Messages, leg: Leg, muscle: Muscle, seated: bool) -> String {
    let data = data(m, leg, seated);
    let json = serde_json::to_string(&data).unwrap_or_default();
    let mut legs = String::new();
    for l in Leg::ALL {
        let _ = writeln!(
            legs,
            "<button type=\"button\" class=\"big\" data-leg=\"{w}\" aria-pressed=\"{p}\">{n}</button>",
            w = esc(l.word()),
            p = l == leg,
            n = esc(&m.tr("relief-page-leg", &[("leg", l.word().into())])),
        );
    }
    let mut muscles = String::new();
    for mu in Muscle::ALL {
        let first = mu == muscle;
        let _ = writeln!(
            muscles,
            "<button type=\"button\" class=\"wide{c}\" data-muscle=\"{w}\"{a}>{n}</button>",
            c = if first { " first" } else { "" },
            w = esc(mu.word()),
            a = if first { " autofocus" } else { "" },
            n = esc(&muscle_name(m, mu)),
        );
    }
    let mut noscript = format!("<p>{}</p>\n", esc(&m.tr("relief-page-noscript", &[])));
    for mu in &data.muscles {
        let _ = writeln!(noscript, "<h2>{}</h2>\n<ol>", esc(&mu.name));
        for s in &mu.steps {
            let _ = writeln!(
                noscript,
                "<li><strong>{}</strong>: {}</li>",
                esc(&s.title),
                esc(&s.detail)
            );
        }
        noscript.push_str("</ol>\n");
    }
    let tr = |id: &str| esc(&m.tr(id, &[]));
    fill(
        TEMPLATE,
        &[
            ("LANG", m.lang()),
            ("CSS", CSS),
            ("TITLE", &tr("relief-page-title")),
            ("HEADING", &tr("relief-page-heading")),
            ("CLOCK_LABEL", &tr("relief-page-clock")),
            ("MUTE", &tr("relief-page-mute")),
            ("WHICH_LEG", &tr("relief-page-which-leg")),
            ("WHERE", &tr("relief-page-where")),
            ("TAP", &tr("relief-page-tap")),
            ("BACK", &tr("relief-page-back")),
            ("NEXT", &tr("relief-page-next")),
            ("OVER", &tr("relief-page-over")),
            ("LOG", &tr("relief-page-log")),
            (
                "CHECKIN",
                &with_code(
                    m,
                    "relief-page-checkin",
                    &[("app", "windown"), ("checkin", "windown checkin mild")],
                ),
            ),
            ("NEW_CRAMP", &tr("relief-page-new-cramp")),
            ("URGENT_LABEL", &tr("relief-page-urgent-label")),
            ("LEGS", &legs),
            ("MUSCLES", &muscles),
            ("NOSCRIPT", &noscript),
            ("URGENT_NOW", &esc(&data.urgent_now)),
            ("URGENT", &urgent_html(m, "relief-urgent", "")),
            ("DATA", &esc(&json)),
            ("JS", SCRIPT),
        ],
    )
}

/// The printable card in the process's language: for each muscle its steps in a few words
/// (the sentence the guide says), how to get up safely, and the urgent line, in large print
/// on one A4 or Letter page.
pub(crate) fn card(seated: bool) -> String {
    card_in(i18n::current(), seated)
}

/// [`card`] in `m`'s language.
pub(crate) fn card_in(m: &Messages, seated: bool) -> String {
    let mut body = String::new();
    let get_up = if seated {
        "relief-card-get-up-seated"
    } else {
        "relief-card-get-up"
    };
    let _ = writeln!(
        body,
        "<header><h1>{}</h1>\n<p class=\"getup\"><strong>{}</strong> {}</p></header>\n<main>",
        esc(&m.tr("relief-card-heading", &[])),
        esc(&m.tr("relief-card-getting-up", &[])),
        esc(&m.tr(get_up, &[]))
    );
    let dizzy = format!(" {}", m.tr("relief-card-dizzy", &[]));
    // Two languages of the urgent line take the room of one: in its short form (every fact
    // kept), so that the card stays one page.
    let urgent = if i18n::safety_in(m, "relief-urgent", &[]).english.is_some() {
        "relief-urgent-short"
    } else {
        "relief-urgent"
    };
    for mu in Muscle::ALL {
        let _ = writeln!(body, "<section><h2>{}</h2>\n<ol>", esc(&muscle_name(m, mu)));
        // Getting up (the light first) is said once, above; so is "If you feel dizzy, sit
        // down." (at the top already: one page).
        for s in steps_for(mu, seated).iter().skip(1) {
            let say = s.say_in(m);
            let say = say.strip_suffix(dizzy.as_str()).unwrap_or(&say);
            let _ = writeln!(body, "<li>{}</li>", esc(say));
        }
        body.push_str("</ol></section>\n");
    }
    // With the English original beside it, the urgent line takes the room of the line on
    // logging the cramp (the page and the morning check-in ask for it too).
    let log = if urgent == "relief-urgent" {
        let log = with_code(
            m,
            "relief-card-log",
            &[("command", "windown cramp log --at 03:12")],
        );
        format!("<p>{log}</p>")
    } else {
        String::new()
    };
    let _ = writeln!(
        body,
        "</main>\n<footer>{}{log}</footer>",
        urgent_html(m, urgent, " class=\"urgent\"")
    );
    // The urgent line in two languages: lines and margins a little closer, so that the card
    // stays one page; a card in one language keeps the roomier spacing.
    let closer = if urgent == "relief-urgent" {
        ""
    } else {
        CARD_CLOSER_CSS
    };
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <title>{title}</title>\n<style>\n{CARD_CSS}{closer}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        lang = esc(m.lang()),
        title = esc(&m.tr("relief-card-title", &[])),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::relief::URGENT;

    fn en() -> Messages {
        Messages::builtin("en")
    }

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
            let html = page_in(&en(), Leg::Left, Muscle::Calf, seated);
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
        let html = page_in(&en(), Leg::Left, Muscle::Calf, false);
        let pretty = serde_json::to_string_pretty(&data_in(&html)).expect("JSON");
        insta::assert_snapshot!(pretty);
    }

    #[test]
    fn the_page_stands_alone_and_escapes_its_text() {
        let html = page_in(&en(), Leg::Right, Muscle::Foot, false);
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
        let c = card_in(&en(), false);
        for m in Muscle::ALL {
            assert!(c.contains(&format!("<h2>{}</h2>", muscle_name(&en(), m))));
        }
        assert!(c.contains(&esc(URGENT)));
        assert!(c.contains("holding something firm"));
        let seated = card_in(&en(), true);
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
            let get_up = en().tr("relief-card-get-up", &[]);
            assert!(get_up.contains(phrase) && all.contains(phrase), "{phrase}");
        }
    }

    /// The text a person sees or hears of `html`: no style, script, data or tags, and no
    /// English original (`lang="en"`) of a safety text.
    fn visible(html: &str) -> String {
        let mut rest = html.to_string();
        for (open, close) in [
            ("<style>", "</style>"),
            ("<script>", "</script>"),
            ("<p lang=\"en\">", "</p>"),
            ("<p class=\"urgent\" lang=\"en\">", "</p>"),
            ("<code>", "</code>"),
        ] {
            while let Some(i) = rest.find(open) {
                let j = i + rest[i..].find(close).expect("closed") + close.len();
                rest.replace_range(i..j, " ");
            }
        }
        let mut out = String::new();
        let mut in_tag = false;
        for c in rest.chars() {
            match c {
                '<' => in_tag = true,
                '>' => {
                    in_tag = false;
                    out.push(' ');
                }
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out
    }

    /// Runs of plain ASCII letters outside en-XA's brackets.
    fn plain(text: &str) -> Vec<String> {
        crate::i18n::plain_ascii_runs(text)
    }

    #[test]
    fn in_the_test_language_every_word_of_the_page_and_card_is_converted() {
        let xa = Messages::builtin("en-XA");
        let html = page_in(&xa, Leg::Left, Muscle::Calf, false);
        assert!(html.contains("<html lang=\"en-XA\">"));
        assert_eq!(plain(&visible(&html)), Vec::<String>::new());
        // Every sentence the script shows or says.
        fn strings(v: &serde_json::Value, out: &mut Vec<String>) {
            match v {
                serde_json::Value::String(s) => out.push(s.clone()),
                serde_json::Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
                serde_json::Value::Object(o) => o
                    .iter()
                    .filter(|(k, _)| *k != "word" && *k != "leg")
                    .for_each(|(_, v)| strings(v, out)),
                _ => {}
            }
        }
        let mut all = Vec::new();
        strings(&data_in(&html), &mut all);
        assert!(all.len() > 60);
        for s in &all {
            assert!(s.starts_with('[') && s.ends_with(']'), "{s}");
        }
        let c = card_in(&xa, false);
        assert!(c.contains("<html lang=\"en-XA\">"));
        assert_eq!(plain(&visible(&c)), Vec::<String>::new(), "{c}");
    }

    #[test]
    fn the_page_and_card_in_german_carry_the_english_urgent_line_beside_the_draft() {
        let de = Messages::builtin("de");
        assert!(!de.status().safety_reviewed());
        let html = page_in(&de, Leg::Right, Muscle::Foot, false);
        assert!(html.contains("<html lang=\"de\">"));
        assert!(html.contains("<h2 id=\"choose-h\">Welches Bein?</h2>"));
        assert!(html.contains("aria-pressed=\"true\">Rechts</button>"));
        assert!(html.contains(&format!("<p>{}</p>", esc(&de.tr("relief-urgent", &[])))));
        assert!(html.contains(&format!("<p lang=\"en\">{}</p>", esc(URGENT))));
        let got = data_in(&html);
        assert_eq!(got["muscles"][0]["places"]["left"], "linke Wade");
        assert_eq!(got["words"]["lasted"][1], "etwa 1 Minute");
        assert_eq!(got["words"]["lastedMore"], "etwa {n} Minuten");
        let c = card_in(&de, false);
        assert!(c.contains("<html lang=\"de\">"));
        assert!(c.contains("<h1>Wenn nachts ein Bein krampft</h1>"));
        // On the card, both in the short form (every fact kept): one page.
        let short = Messages::builtin("en").tr("relief-urgent-short", &[]);
        assert!(c.contains(&format!(
            "<p class=\"urgent\" lang=\"en\">{}</p>",
            esc(&short)
        )));
        // The dizzy sentence is said once, at the top.
        assert_eq!(c.matches("Schwindel").count(), 1, "{c}");
        assert!(!c.contains("schwindlig"), "{c}");
        // The English card keeps the whole urgent line and the line on logging.
        assert!(card_in(&en(), false).contains("<code>windown cramp log --at 03:12</code>"));
        // English is English, with no English original beside it.
        let en_card = card_in(&en(), false);
        assert!(!en_card.contains("urgent\" lang=") && !en_card.contains("<p lang="));
        assert_eq!(en_card.matches("If you feel dizzy").count(), 1);
    }
}
