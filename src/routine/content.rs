//! The built-in routines' and the stretch library's words in every language.
//!
//! The structure (timings, reps, sides, figures, which stretch a step is) lives once, in
//! `routines/*.toml` and `assets/stretches.toml`, so it cannot differ between languages. Their
//! words are English there, and English is the source and the fallback. Each language has them
//! as Fluent messages in `locales/<lang>/content.ftl`, keyed by where they stand in those files:
//!
//! - a library stretch: `stretch-<id>` with `.title`, `.step-1`... (its instructions),
//!   `.caution`, `.spoken`, `.spoken-side`;
//! - a built-in routine: `routine-<id>` with `.title`, `.summary`; a step's own words (not
//!   inherited from the library): `routine-<id>-step-<n>` with the same attributes as a stretch.
//!
//! A text that names a side (`{side}`, `{other}` in the TOML) is one whole sentence per side in
//! the message, a selector on `$side` (`left`, `right`, or `none` when no side is meant), so a
//! translator can change the words with the limb ("den linken Fuß", "die linke Wade").
//!
//! Why the English of `content.ftl` cannot drift from the TOML: a test makes the English file
//! from the TOML (`english_ftl`) and fails when the file on disk differs, and another fails
//! when a language lacks an id or attribute English has (`crate::i18n`'s parity test). The TOML
//! stays the source because it is what `windown new --from` copies and what a person reads to
//! write their own routine; taking its words from `content.ftl` would make the shipped files
//! unreadable on their own.
//!
//! Lookup is by the English text itself ([`words`]): a step whose title, instructions or
//! spoken words are the built-in ones (a built-in routine, or a person's routine that names a
//! library stretch and keeps its words) is said in the language of speech; words the person
//! wrote are said as written.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::model::{Side, fill_sides};
use crate::i18n::{Arg, Messages};

/// One text of the built-in TOML files and where it lives in `content.ftl`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Field {
    /// The message: `stretch-wall-calf`, `routine-wind-down-step-2`.
    pub(crate) id: String,
    /// The attribute: `title`, `step-1`, `caution`, `spoken`, `spoken-side`, `summary`.
    pub(crate) attr: String,
    /// The English as the TOML writes it (with `{side}`, `{other}`).
    pub(crate) english: String,
}

#[cfg(test)]
impl Field {
    /// Does this text name a side (one sentence per side in `content.ftl`)?
    fn sided(&self) -> bool {
        self.attr == "spoken-side"
            || self.english.contains("{side}")
            || self.english.contains("{other}")
    }
}

/// The text keys of a step or stretch, with their attribute names, in the order written.
const STEP_KEYS: &[(&str, &str)] = &[
    ("title", "title"),
    ("instructions", "step"),
    ("caution", "caution"),
    ("spoken", "spoken"),
    ("spoken_side", "spoken-side"),
];

/// Every text of the built-in stretch library and routines, in file order.
pub(crate) fn fields() -> &'static [Field] {
    static F: OnceLock<Vec<Field>> = OnceLock::new();
    F.get_or_init(|| {
        let mut out = Vec::new();
        let library: toml::Table =
            toml::from_str(super::library::BUILTIN_SOURCE).expect("the built-in library parses");
        for s in library
            .get("stretch")
            .and_then(toml::Value::as_array)
            .into_iter()
            .flatten()
        {
            let id = s
                .get("id")
                .and_then(toml::Value::as_str)
                .unwrap_or_default();
            push_step(&mut out, &format!("stretch-{id}"), s);
        }
        for b in super::builtin::ROUTINES {
            let r: toml::Table = toml::from_str(b.source).expect("a built-in routine parses");
            let id = format!("routine-{}", b.id);
            for key in ["title", "summary"] {
                if let Some(t) = r.get(key).and_then(toml::Value::as_str) {
                    out.push(Field {
                        id: id.clone(),
                        attr: key.into(),
                        english: t.into(),
                    });
                }
            }
            for (n, s) in r
                .get("step")
                .and_then(toml::Value::as_array)
                .into_iter()
                .flatten()
                .enumerate()
            {
                push_step(&mut out, &format!("{id}-step-{}", n + 1), s);
            }
        }
        out
    })
}

/// The text keys a step or stretch table writes itself.
fn push_step(out: &mut Vec<Field>, id: &str, table: &toml::Value) {
    for (key, attr) in STEP_KEYS {
        match table.get(*key) {
            Some(toml::Value::String(t)) => out.push(Field {
                id: id.into(),
                attr: (*attr).into(),
                english: t.clone(),
            }),
            Some(toml::Value::Array(list)) => {
                for (i, t) in list.iter().filter_map(toml::Value::as_str).enumerate() {
                    out.push(Field {
                        id: id.into(),
                        attr: format!("{attr}-{}", i + 1),
                        english: t.into(),
                    });
                }
            }
            _ => {}
        }
    }
}

/// The built-in English texts and where each lives (the first place, when a text is written
/// twice: the same words, the same translation).
fn places() -> &'static HashMap<&'static str, &'static Field> {
    static P: OnceLock<HashMap<&'static str, &'static Field>> = OnceLock::new();
    P.get_or_init(|| {
        let mut map = HashMap::new();
        for f in fields() {
            map.entry(f.english.as_str()).or_insert(f);
        }
        map
    })
}

/// `$side` for a side, or `none`.
fn side_key(side: Option<Side>) -> &'static str {
    match side {
        Some(Side::Left) => "left",
        Some(Side::Right) => "right",
        None => "none",
    }
}

/// A built-in text in `m`'s language, for `side` (its `{side}` and `{other}` filled in):
/// `None` when `english` is not one of the built-in texts (the person's own words) or `m` is
/// English (the TOML's words are the English ones).
pub(crate) fn words(m: &Messages, english: &str, side: Option<Side>) -> Option<String> {
    if m.lang() == "en" {
        return None;
    }
    // The rest-evening note is ours, whoever wrote the routine: said before a step's own
    // spoken words (`crate::session::tonight`), each sentence in the language.
    if let Some(rest) = english.strip_prefix(REST_EVENING_NOTE) {
        let note = m.tr("routine-rest-evening-note", &[]);
        return Some(match rest.trim_start() {
            "" => note,
            rest => format!("{note} {}", words_or_own(m, rest, side)),
        });
    }
    let f = places().get(english)?;
    Some(m.tr_attr(&f.id, &f.attr, &[("side", Arg::from(side_key(side)))]))
}

/// [`words`], or the text as written with its sides filled in.
pub(crate) fn words_or_own(m: &Messages, english: &str, side: Option<Side>) -> String {
    words(m, english, side).unwrap_or_else(|| fill_sides(english, side))
}

/// What the wind-down shows and says first on a rest evening of the experiment, its
/// stretches left out (`crate::session::tonight`); message `routine-rest-evening-note`.
pub(crate) const REST_EVENING_NOTE: &str = "Tonight is a rest evening of your experiment: the \
wind-down runs without its stretches. If a cramp comes, stretch it as usual.";

/// The safety sentence a caution may hold (`cue-caution` says it too).
const SAFETY_SENTENCE: &str = "Stop any stretch that hurts";

/// A routine's words as the screens and commands show them in one language: the built-in
/// words in that language (`content.ftl`), the person's own as written (with their sides
/// filled in). Prepared once, when the routine is loaded or the language known, never per
/// frame: a session keeps it for its whole run, home for the selected routine.
///
/// A routine whose file says `lang =` is shown as written: its words are already in a
/// language. The rest-evening note ([`crate::session::tonight`]) is a message too.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Shown {
    pub(crate) title: String,
    pub(crate) summary: Option<String>,
    pub(crate) steps: Vec<ShownStep>,
}

/// One step's words: its title, and its instructions and caution for no side, the left and
/// the right (one set when none of them names a side).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ShownStep {
    pub(crate) title: String,
    texts: Vec<(Vec<String>, Option<String>)>,
}

impl ShownStep {
    fn texts(&self, side: Option<Side>) -> &(Vec<String>, Option<String>) {
        let i = match side {
            _ if self.texts.len() < 3 => 0,
            None => 0,
            Some(Side::Left) => 1,
            Some(Side::Right) => 2,
        };
        static EMPTY: (Vec<String>, Option<String>) = (Vec::new(), None);
        self.texts.get(i).unwrap_or(&EMPTY)
    }

    /// The instructions for `side`, one text per instruction.
    pub(crate) fn instructions(&self, side: Option<Side>) -> &[String] {
        &self.texts(side).0
    }

    /// The caution for `side`.
    pub(crate) fn caution(&self, side: Option<Side>) -> Option<&str> {
        self.texts(side).1.as_deref()
    }
}

impl Shown {
    /// `routine`'s words in `m`'s language.
    pub(crate) fn of(routine: &super::Routine, m: &Messages) -> Shown {
        let own = routine.lang.is_some();
        let one = |t: &str, side: Option<Side>| {
            if own {
                fill_sides(t, side)
            } else {
                words_or_own(m, t, side)
            }
        };
        // A caution holding a safety text ("Stop any stretch that hurts"): the English
        // beside a translation not yet clinically reviewed (as `crate::i18n::safety`).
        let english_beside = !own && m.lang() != "en" && !m.status().safety_reviewed();
        let caution = |c: &str, side: Option<Side>| {
            let t = one(c, side);
            let english = fill_sides(c, side);
            if english_beside && c.contains(SAFETY_SENTENCE) && t != english {
                format!("{t}\n{english}")
            } else {
                t
            }
        };
        let texts = |s: &super::Step, side: Option<Side>| {
            (
                s.instructions.iter().map(|i| one(i, side)).collect(),
                s.caution.as_deref().map(|c| caution(c, side)),
            )
        };
        Shown {
            title: one(&routine.title, None),
            summary: routine.summary.as_deref().map(|t| one(t, None)),
            steps: routine
                .steps
                .iter()
                .map(|s| {
                    let sided = s
                        .instructions
                        .iter()
                        .chain(s.caution.as_ref())
                        .any(|t| t.contains('{'));
                    ShownStep {
                        title: one(&s.title, None),
                        texts: if sided {
                            vec![
                                texts(s, None),
                                texts(s, Some(Side::Left)),
                                texts(s, Some(Side::Right)),
                            ]
                        } else {
                            vec![texts(s, None)]
                        },
                    }
                })
                .collect(),
        }
    }

    /// A step's words (empty words past the last step).
    pub(crate) fn step(&self, i: usize) -> &ShownStep {
        static NONE: ShownStep = ShownStep {
            title: String::new(),
            texts: Vec::new(),
        };
        self.steps.get(i).unwrap_or(&NONE)
    }
}

/// The title of a routine in `m`'s language (a list's line).
pub(crate) fn title(routine: &super::Routine, m: &Messages) -> String {
    if routine.lang.is_some() {
        return routine.title.to_string();
    }
    words_or_own(m, &routine.title, None)
}

/// The spoken side of a step as one sentence without its full stop ("Left foot back"), from
/// the TOML's `spoken_side` template.
#[cfg(test)]
pub(crate) fn english_side_sentence(template: &str, side: Side) -> String {
    let t = fill_sides(template, Some(side));
    let mut c = t.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The built-in routines' safety paragraph (the paragraph of their notes that begins
/// "Safety:", on one line): one text for all of them, message `routine-safety-note`, a safety
/// text (`crate::i18n::safety`: the English beside an unreviewed translation).
pub(crate) fn safety_paragraph(notes: &str) -> Option<String> {
    notes
        .split("\n\n")
        .map(str::trim)
        .find(|p| p.starts_with("Safety:"))
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The built-in routines' safety paragraph in English (the first routine's; a test sees
/// that every built-in routine has this one).
pub(crate) fn english_safety_note() -> &'static str {
    static S: OnceLock<String> = OnceLock::new();
    S.get_or_init(|| {
        let first = super::builtin::ROUTINES[0].source;
        let r: toml::Table = toml::from_str(first).expect("a built-in routine parses");
        r.get("notes")
            .and_then(toml::Value::as_str)
            .and_then(safety_paragraph)
            .unwrap_or_default()
    })
}

/// `locales/en/content.ftl` as the TOML says it (a test compares it with the file).
#[cfg(test)]
pub(crate) fn english_ftl() -> String {
    use std::fmt::Write as _;
    let mut out = String::from(
        "## The built-in routines' and the stretch library's words (src/routine/content.rs).\n\
         ## Made from routines/*.toml and assets/stretches.toml: change the TOML, then this file\n\
         ## (a test prints the whole file when they differ). Keys and timings stay in the TOML.\n\
         ## $side: \"left\" or \"right\" (the leg worked), \"none\" (no side meant).\n\
         ## .spoken and .spoken-side are said aloud: a dozen words, no keys, no screen.\n",
    );
    let mut last = "";
    for f in fields() {
        if f.id != last {
            let _ = write!(out, "\n{} =\n", f.id);
            last = &f.id;
        }
        if !f.sided() {
            let _ = writeln!(out, "    .{} = {}", f.attr, f.english);
            continue;
        }
        let _ = writeln!(out, "    .{} = {{ $side ->", f.attr);
        if f.attr == "spoken-side" {
            let _ = writeln!(
                out,
                "        [left] {}",
                english_side_sentence(&f.english, Side::Left)
            );
            let _ = writeln!(
                out,
                "       *[right] {}",
                english_side_sentence(&f.english, Side::Right)
            );
        } else {
            let _ = writeln!(
                out,
                "        [left] {}",
                fill_sides(&f.english, Some(Side::Left))
            );
            let _ = writeln!(
                out,
                "        [right] {}",
                fill_sides(&f.english, Some(Side::Right))
            );
            let _ = writeln!(out, "       *[none] {}", fill_sides(&f.english, None));
        }
        let _ = writeln!(out, "    }}");
    }
    let _ = write!(
        out,
        "\n# The routines' safety paragraph (a safety text: shown beside the English until \
         clinically reviewed).\nroutine-safety-note = {}\n",
        english_safety_note()
    );
    out
}

#[cfg(test)]
#[path = "content_tests.rs"]
mod tests;
