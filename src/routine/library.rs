//! The stretch library: named stretches a routine step can point at with `stretch = "ID"`,
//! inheriting the title, instructions, caution, figure, targets, sides and position (the step may set
//! any of them itself). A content fix in the library reaches every routine that uses it.
//!
//! The built-in library is `assets/stretches.toml`, compiled into the binary; the person's own
//! stretches are `*.toml` files in the `stretches` folder beside their `routines` folder
//! ([`Dirs::stretches`](crate::paths::Dirs::stretches)). A person's stretch with a built-in id
//! replaces the built-in one. A library file holds `[[stretch]]` tables (docs/routines.md, "The stretch
//! library").
//!
//! Owns the library file format, its checks (every problem located), and lookup by id. It reads
//! only the library folder it is given; merging a stretch into a step is `parse`'s job.

use std::path::Path;
use std::sync::OnceLock;

use serde::Deserialize;
use toml::Spanned;

use super::model::{Id, MAX_TEXT_CHARS, PLACEHOLDERS, Position, SafeText, Target};
use crate::diag::{Diagnostic, Problem, Problems, did_you_mean};
use crate::fsio::toml_files;
use crate::shape::{Field, Kind, Label, Shape, read_text_file, toml_error};
use crate::text::is_valid_figure_name;

/// The built-in library's source.
pub(crate) const BUILTIN_SOURCE: &str = include_str!("../../assets/stretches.toml");
/// Where the built-in library is shown in messages.
pub(crate) const BUILTIN_PATH: &str = "assets/stretches.toml";
/// Largest library file read, in bytes.
const MAX_FILE_BYTES: u64 = 256 * 1024;
/// Most stretches in one library file.
pub(crate) const MAX_STRETCHES: usize = 200;

/// One stretch of the library, checked. Targets and sides are kept as the words a routine file
/// uses (already known to be valid), so a step inherits them as if it had written them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stretch {
    pub id: Id,
    /// One line.
    pub(crate) title: SafeText,
    pub instructions: Vec<SafeText>,
    pub(crate) caution: Option<SafeText>,
    pub figure: Option<String>,
    pub(crate) targets: Vec<String>,
    /// "none", "both", "left" or "right"; `None`: the step's or the routine's choice.
    pub sides: Option<String>,
    /// What is said at a step's get ready (`spoken`).
    pub(crate) spoken: Option<SafeText>,
    /// The movement said with each side (`spoken_side`).
    pub(crate) spoken_side: Option<SafeText>,
    /// Standing, seated or lying (`position`); `None`: not said.
    pub position: Option<Position>,
    /// Shipped in the binary (false: one of the person's files).
    pub(crate) builtin: bool,
}

/// Every stretch a routine can name, and the problems of any library file that did not load.
#[derive(Debug, Clone, Default)]
pub struct Library {
    stretches: Vec<Stretch>,
    pub problems: Vec<Diagnostic>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLibrary {
    stretch: Option<Vec<Spanned<RawStretch>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStretch {
    id: Option<Spanned<String>>,
    title: Option<Spanned<String>>,
    instructions: Option<Vec<Spanned<String>>>,
    caution: Option<Spanned<String>>,
    figure: Option<Spanned<String>>,
    targets: Option<Vec<Spanned<String>>>,
    sides: Option<Spanned<String>>,
    spoken: Option<Spanned<String>>,
    spoken_side: Option<Spanned<String>>,
    position: Option<Spanned<String>>,
}

/// The keys and types of a stretch library file, checked all at once before it is read
/// ([`crate::shape`]) and published as its JSON Schema (`windown schema stretch`).
pub(crate) static SHAPE: Shape = Shape {
    fields: &[Field::new(
        "stretch",
        Kind::Tables(&STRETCH),
        "The stretches, each under a [[stretch]] line: at least 1, at most 200.",
    )],
    required: &["stretch"],
    label: Label::Plain,
};

static STRETCH: Shape = Shape {
    fields: &[
        Field::new(
            "id",
            Kind::Text,
            "1-64 of a-z, 0-9 and -: a step names the stretch with stretch = \"ID\".",
        ),
        Field::new("title", Kind::Text, "One line, shown as the step's title."),
        Field::new(
            "instructions",
            Kind::TextList,
            "What to do, one line per item.",
        ),
        Field::new("caution", Kind::Text, "When to stop or take care."),
        Field::new(
            "spoken",
            Kind::Text,
            "What is said at its get ready: how to do it, a dozen words.",
        ),
        Field::new(
            "spoken_side",
            Kind::Text,
            "The movement said with each side, e.g. \"{side} foot back\": \"Left foot back first.\"",
        ),
        Field::new(
            "figure",
            Kind::Text,
            "A figure's name: lowercase letters, digits, - and _.",
        ),
        Field::new("targets", Kind::TextList, "The muscles it stretches."),
        Field::new("sides", Kind::Text, "Which sides it is done on.")
            .one_of(&["none", "both", "left", "right"]),
        Field::new(
            "position",
            Kind::Text,
            "How the body is placed: with poor balance, home marks the standing steps.",
        )
        .one_of(&Position::NAMES),
    ],
    required: &["id", "title"],
    label: Label::Counted("stretch"),
};

impl Library {
    /// The built-in library (a test keeps it free of problems).
    pub fn builtin() -> &'static Library {
        static LIB: OnceLock<Library> = OnceLock::new();
        LIB.get_or_init(|| {
            let (stretches, problems) = match parse(BUILTIN_PATH, BUILTIN_SOURCE, true) {
                Ok(s) => (s, Vec::new()),
                Err(d) => (Vec::new(), d),
            };
            Library {
                stretches,
                problems,
            }
        })
    }

    /// The built-in library and every `*.toml` file of `folder` (missing: no error). A broken
    /// file adds none of its stretches and keeps its problems.
    pub(crate) fn with_folder(folder: &Path) -> Library {
        let mut lib = Library::builtin().clone();
        let paths = match toml_files(folder) {
            Ok(p) => p,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return lib,
            Err(e) => {
                lib.problems.push(Diagnostic::file(
                    folder.display().to_string(),
                    crate::t!("error-stretches-folder", error = e.to_string()),
                ));
                return lib;
            }
        };
        for path in paths {
            let shown = path.display().to_string();
            let loaded = read_text_file(&path, MAX_FILE_BYTES)
                .map_err(|d| vec![d])
                .and_then(|text| parse(&shown, &text, false));
            match loaded {
                Ok(stretches) => {
                    for s in stretches {
                        lib.stretches.retain(|old| old.id != s.id || !old.builtin);
                        if lib.stretches.iter().any(|old| old.id == s.id) {
                            lib.problems.push(Diagnostic::file(
                                &shown,
                                crate::t!("error-stretch-twice", id = s.id.as_str()),
                            ));
                            continue;
                        }
                        lib.stretches.push(s);
                    }
                }
                Err(d) => lib.problems.extend(d),
            }
        }
        lib
    }

    /// The library a routine file sees: built-in, plus the `stretches` folder beside the file's
    /// folder when that folder is named `routines` (the layout under the config folder).
    pub(crate) fn for_routine_file(path: &Path) -> Library {
        let folder = path
            .parent()
            .filter(|p| p.file_name() == Some("routines".as_ref()));
        match folder.and_then(Path::parent) {
            Some(config) => Library::with_folder(&config.join("stretches")),
            None => Library::builtin().clone(),
        }
    }

    pub(crate) fn get(&self, id: &str) -> Option<&Stretch> {
        self.stretches.iter().find(|s| s.id == id)
    }

    /// Every stretch, built-in ones first, each group in file order.
    pub fn stretches(&self) -> &[Stretch] {
        &self.stretches
    }

    /// The ids, for "did you mean".
    pub(crate) fn ids(&self) -> impl Iterator<Item = &str> {
        self.stretches.iter().map(|s| s.id.as_str())
    }
}

/// Parse and check one library file: its stretches, or every problem found.
/// Every problem in one report: syntax, keys and types ([`SHAPE`]), then the values.
pub fn parse(shown: &str, text: &str, builtin: bool) -> Result<Vec<Stretch>, Vec<Diagnostic>> {
    let shaped = crate::shape::read::<RawLibrary>(shown, text, &SHAPE, |e| {
        crate::diag::Problem::from_diagnostic(e.span().unwrap_or(0..0), toml_error(shown, text, e))
    });
    let mut problems = shaped.problems;
    let refused = shaped.refused;
    let raw = match shaped.value {
        Ok(raw) => raw,
        Err(e) => {
            let d = toml_error(shown, text, &e);
            problems.push(Problem::from_diagnostic(e.span().unwrap_or(0..0), d));
            return Err(problems.finish());
        }
    };
    let told = |table: usize, key: &str| shaped.broken || refused.dropped(table, key);
    let mut out: Vec<Stretch> = Vec::new();
    let list = raw.stretch.unwrap_or_default();
    if list.is_empty() && !told(0, "stretch") {
        problems.push(
            Problem::new(0..0, crate::t!("error-no-stretches"))
                .with_hint(crate::t!("hint-no-stretches")),
        );
    }
    for (i, raw) in list.iter().enumerate() {
        if i == MAX_STRETCHES {
            problems.push(Problem::new(
                raw.span(),
                crate::t!("error-too-many-stretches", limit = MAX_STRETCHES),
            ));
            break;
        }
        if let Some(s) = stretch(&mut problems, i + 1, raw, builtin, &told) {
            if let Some(first) = out.iter().position(|o| o.id == s.id) {
                let span = raw.get_ref().id.as_ref().map_or(raw.span(), Spanned::span);
                problems.push(Problem::new(
                    span,
                    format!(
                        "{}{}",
                        crate::shape::item_label("stretch", i + 1, None),
                        crate::t!("error-id-used-by", id = s.id.as_str(), other = first + 1)
                    ),
                ));
                continue;
            }
            out.push(s);
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems.finish())
    }
}

/// The start of a message about the `n`th stretch (`stretch 2: `), its words made only when a
/// message is: a file with no mistake needs none (they are errors.ftl's, which is then never
/// parsed; issue 24).
struct StretchAt(usize);

impl std::fmt::Display for StretchAt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::shape::item_label("stretch", self.0, None))
    }
}

/// One stretch, checked; `told(table, key)`: was that key left out for a problem told already?
fn stretch(
    problems: &mut Problems<'_>,
    n: usize,
    raw: &Spanned<RawStretch>,
    builtin: bool,
    told: &dyn Fn(usize, &str) -> bool,
) -> Option<Stretch> {
    let at = raw.span().start;
    let before = problems.len();
    let s = raw.get_ref();
    let owner = StretchAt(n);
    let id = match &s.id {
        Some(id) if let Some(id) = Id::new(id.get_ref()) => id,
        Some(id) => {
            problems.push(
                Problem::new(
                    id.span(),
                    format!(
                        "{owner}{}",
                        crate::t!("error-bad-id", value = id.get_ref().as_str())
                    ),
                )
                .with_hint(crate::t!("hint-stretch-id")),
            );
            Id::stand_in()
        }
        None if told(at, "id") => Id::stand_in(),
        None => {
            problems.push(
                Problem::new(
                    raw.span().start..raw.span().start,
                    format!("{owner}{}", crate::t!("error-missing-id")),
                )
                .with_hint(crate::t!("hint-stretch-missing-id")),
            );
            Id::stand_in()
        }
    };
    let title = match &s.title {
        Some(t) => {
            let v = text(problems, &owner, "title", t);
            if v.trim().is_empty() || v.contains(['\n', '\t']) {
                problems.push(Problem::new(
                    t.span(),
                    format!("{owner}{}", crate::t!("error-stretch-title-line")),
                ));
            }
            v
        }
        None if told(at, "title") => SafeText::default(),
        None => {
            problems.push(
                Problem::new(
                    raw.span().start..raw.span().start,
                    format!("{owner}{}", crate::t!("error-missing-title")),
                )
                .with_hint(crate::t!("hint-stretch-title")),
            );
            SafeText::default()
        }
    };
    let instructions = s
        .instructions
        .iter()
        .flatten()
        .map(|line| text(problems, &owner, "instructions", line))
        .collect();
    let caution = s
        .caution
        .as_ref()
        .map(|c| text(problems, &owner, "caution", c));
    let spoken = s
        .spoken
        .as_ref()
        .map(|c| text(problems, &owner, "spoken", c));
    let spoken_side = s
        .spoken_side
        .as_ref()
        .map(|c| text(problems, &owner, "spoken_side", c));
    let figure = s.figure.as_ref().map(|f| {
        if !is_valid_figure_name(f.get_ref()) {
            problems.push(
                Problem::new(
                    f.span(),
                    format!(
                        "{owner}{}",
                        crate::t!("error-bad-figure", name = f.get_ref().as_str())
                    ),
                )
                .with_hint(crate::t!("hint-stretch-figure")),
            );
        }
        f.get_ref().clone()
    });
    let mut targets = Vec::new();
    for t in s.targets.iter().flatten() {
        if Target::from_name(t.get_ref()).is_none() {
            let names = Target::ALL.map(Target::as_str);
            let hint = match did_you_mean(t.get_ref(), names) {
                Some(s) => crate::shape::did_you_mean_hint(s),
                None => crate::t!("hint-known-targets", names = names.join(", ")),
            };
            problems.push(
                Problem::new(
                    t.span(),
                    format!(
                        "{owner}{}",
                        crate::t!("error-unknown-target", name = t.get_ref().as_str())
                    ),
                )
                .with_hint(hint),
            );
        } else if !targets.contains(t.get_ref()) {
            targets.push(t.get_ref().clone());
        }
    }
    let sides = s.sides.as_ref().map(|v| {
        const NAMES: [&str; 4] = ["none", "both", "left", "right"];
        if !NAMES.contains(&v.get_ref().as_str()) {
            let mut p = Problem::new(
                v.span(),
                format!("{owner}{}", one_of("sides", &NAMES, v.get_ref())),
            );
            if let Some(s) = did_you_mean(v.get_ref(), NAMES) {
                p = p.with_hint(crate::shape::did_you_mean_hint(s));
            }
            problems.push(p);
        }
        v.get_ref().clone()
    });
    let position = s.position.as_ref().and_then(|v| {
        let found = Position::from_name(v.get_ref());
        if found.is_none() {
            let mut p = Problem::new(
                v.span(),
                format!(
                    "{owner}{}",
                    one_of("position", &Position::NAMES, v.get_ref())
                ),
            );
            if let Some(s) = did_you_mean(v.get_ref(), Position::NAMES) {
                p = p.with_hint(crate::shape::did_you_mean_hint(s));
            }
            problems.push(p);
        }
        found
    });
    (problems.len() == before).then_some(Stretch {
        id,
        title,
        instructions,
        caution,
        figure,
        targets,
        sides,
        spoken,
        spoken_side,
        position,
        builtin,
    })
}

/// `KEY must be one of "a", "b", not "VALUE"` (`error-one-of`).
fn one_of(key: &str, names: &[&str], value: &str) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
    crate::t!(
        "error-one-of",
        key = key,
        names = quoted.join(", "),
        value = value
    )
}

/// A text field: no control characters but newline and tab, at most [`MAX_TEXT_CHARS`], and
/// no placeholder but `{side}` and `{other}`.
fn text(
    problems: &mut Problems<'_>,
    owner: &StretchAt,
    key: &str,
    value: &Spanned<String>,
) -> SafeText {
    let v = value.get_ref().replace("\r\n", "\n");
    if let Some(c) = crate::text::first_unsafe(&v, true) {
        let problem = Problem::new(
            value.span(),
            format!(
                "{owner}{}",
                crate::t!(
                    "error-control-char",
                    key = key,
                    code = format!("U+{:04X}", c as u32)
                )
            ),
        );
        problems.push(if crate::text::is_bidi_control(c) {
            problem.with_hint(crate::text::bidi_hint())
        } else {
            problem
        });
    }
    let n = v.chars().count();
    if n > MAX_TEXT_CHARS {
        problems.push(Problem::new(
            value.span(),
            format!(
                "{owner}{}",
                crate::t!("error-too-long", key = key, n = n, limit = MAX_TEXT_CHARS)
            ),
        ));
    }
    let mut rest = v.as_str();
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|i| i + open) else {
            break;
        };
        let word = &rest[open..=close];
        let looks = word.len() <= 22
            && word.len() > 2
            && word[1..word.len() - 1]
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
        if looks && !PLACEHOLDERS.contains(&word) {
            problems.push(
                Problem::new(
                    value.span(),
                    format!(
                        "{owner}{}",
                        crate::t!("error-placeholder", key = key, word = word)
                    ),
                )
                .with_hint(crate::t!("hint-placeholders")),
            );
        }
        rest = &rest[close + 1..];
    }
    // Checked above; a refused character (already reported) is escaped.
    SafeText::from(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_library_has_no_problems() {
        let lib = Library::builtin();
        assert!(lib.problems.is_empty(), "{:?}", lib.problems);
        assert!(lib.get("wall-calf").is_some());
    }

    #[test]
    fn a_broken_stretch_is_located() {
        let text = "[[stretch]]\nid = \"x\"\ntitle = \"X\"\ntargets = [\"calvs\"]\n";
        let d = parse("s.toml", text, false).unwrap_err();
        assert_eq!(d[0].line, 4);
        assert!(d[0].message.contains("unknown target \"calvs\""), "{d:?}");
        assert_eq!(d[0].hint.as_deref(), Some("did you mean \"calves\"?"));
    }

    #[test]
    fn a_stretches_folder_that_is_a_file_is_reported_not_skipped() {
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("stretches");
        std::fs::write(&file, "not a folder").unwrap();
        let lib = Library::with_folder(&file);
        assert_eq!(lib.problems.len(), 1, "{:?}", lib.problems);
        assert!(
            lib.problems[0]
                .message
                .starts_with("cannot read the stretches folder")
        );
        assert!(lib.get("wall-calf").is_some());
        assert!(
            Library::with_folder(&tmp.path().join("none"))
                .problems
                .is_empty()
        );
    }

    #[test]
    fn a_folder_stretch_replaces_a_builtin_one_and_adds_its_own() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::write(
            tmp.path().join("mine.toml"),
            "[[stretch]]\nid = \"wall-calf\"\ntitle = \"My calf\"\n\n[[stretch]]\nid = \"ankle\"\ntitle = \"Ankle circles\"\n",
        )
        .unwrap();
        let lib = Library::with_folder(tmp.path());
        assert!(lib.problems.is_empty(), "{:?}", lib.problems);
        assert_eq!(lib.get("wall-calf").unwrap().title, "My calf");
        assert_eq!(lib.get("ankle").unwrap().title, "Ankle circles");
        assert_eq!(lib.ids().filter(|i| *i == "wall-calf").count(), 1);
    }

    fn routine(text: &str) -> Result<crate::routine::Routine, Vec<Diagnostic>> {
        crate::routine::parse::parse("r.toml", text, "r", crate::routine::Origin::BuiltIn)
    }

    #[test]
    fn a_step_inherits_from_its_stretch_and_may_override_any_of_it() {
        let r = routine(
            "title = \"T\"\n[defaults]\nhold = \"10s\"\n[[step]]\nstretch = \"wall-calf\"\n\n[[step]]\nstretch = \"wall-calf\"\ntitle = \"Calf\"\nsides = \"left\"\ncaution = \"Mine.\"\n",
        )
        .unwrap();
        let lib = Library::builtin().get("wall-calf").unwrap();
        let (a, b) = (&r.steps[0], &r.steps[1]);
        assert_eq!(a.title, lib.title);
        assert_eq!(a.instructions, lib.instructions);
        assert_eq!(a.caution, lib.caution);
        assert_eq!(a.figure, lib.figure);
        assert_eq!(a.targets, vec![crate::routine::Target::Calves]);
        assert_eq!(a.sides, crate::routine::Sides::Both);
        assert_eq!(b.title, "Calf");
        assert_eq!(b.sides, crate::routine::Sides::Left);
        assert_eq!(b.caution.as_deref(), Some("Mine."));
        assert_eq!(b.instructions, lib.instructions);
    }

    #[test]
    fn a_position_is_read_and_a_wrong_one_located_with_did_you_mean() {
        let ok = parse(
            "s.toml",
            "[[stretch]]\nid = \"a\"\ntitle = \"A\"\nposition = \"lying\"\n",
            false,
        )
        .unwrap();
        assert_eq!(ok[0].position, Some(Position::Lying));
        let d = parse(
            "s.toml",
            "[[stretch]]\nid = \"a\"\ntitle = \"A\"\nposition = \"sitting\"\n",
            false,
        )
        .unwrap_err();
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].line, 4);
        assert!(d[0].message.contains("position must be one of"), "{d:?}");
    }

    #[test]
    fn a_step_inherits_the_position_and_may_say_its_own() {
        let r = routine(
            "title = \"T\"\n[defaults]\nhold = \"10s\"\n[[step]]\nstretch = \"wall-calf\"\n\n[[step]]\nstretch = \"wall-calf\"\nposition = \"seated\"\n\n[[step]]\ntitle = \"Own\"\n\n[[step]]\ntitle = \"Lie\"\nkind = \"task\"\nposition = \"lying\"\n",
        )
        .unwrap();
        let got: Vec<_> = r.steps.iter().map(|s| s.position).collect();
        assert_eq!(
            got,
            [
                Some(Position::Standing),
                Some(Position::Seated),
                None,
                Some(Position::Lying)
            ]
        );
        let d = routine(
            "title = \"T\"\n[[step]]\ntitle = \"X\"\nhold = \"5s\"\nposition = \"stood\"\n",
        )
        .unwrap_err();
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].line, 5, "{d:?}");
    }

    #[test]
    fn an_unknown_stretch_is_located_with_did_you_mean() {
        let d = routine("title = \"T\"\n[[step]]\nhold = \"5s\"\nstretch = \"wall-calve\"\n")
            .unwrap_err();
        assert_eq!((d[0].line, d[0].column), (4, 11), "{d:?}");
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].message, "step 1: unknown stretch \"wall-calve\"");
        assert_eq!(d[0].hint.as_deref(), Some("did you mean \"wall-calf\"?"));
        let d = routine("title = \"T\"\n[[step]]\nhold = \"5s\"\nstretch = \"zzz\"\n").unwrap_err();
        assert_eq!(
            d[0].hint.as_deref(),
            Some("`windown stretches` lists the stretches of the library")
        );
    }

    #[test]
    fn a_routine_in_a_routines_folder_sees_the_stretches_folder_beside_it() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = crate::paths::Dirs::under(tmp.path());
        std::fs::create_dir_all(dirs.routines()).unwrap();
        std::fs::create_dir_all(dirs.stretches()).unwrap();
        std::fs::write(
            dirs.stretches().join("mine.toml"),
            "[[stretch]]\nid = \"ankle\"\ntitle = \"Ankle circles\"\nsides = \"both\"\n",
        )
        .unwrap();
        let file = dirs.routines().join("r.toml");
        std::fs::write(
            &file,
            "title = \"R\"\n[[step]]\nstretch = \"ankle\"\nhold = \"5s\"\n",
        )
        .unwrap();
        let r = crate::routine::parse::read_file(&file).unwrap();
        assert_eq!(r.steps[0].title, "Ankle circles");
        assert_eq!(r.steps[0].sides, crate::routine::Sides::Both);
    }
}
