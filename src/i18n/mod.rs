//! Languages: every word windown shows, says or writes for a person comes from here.
//!
//! Owns the messages (Project Fluent, `locales/<lang>/*.ftl`, embedded with `include_str!`),
//! the language chosen once at start ([`choose()`]), a translator's override folder
//! (`<config>/locales/<lang>/*.ftl`, read at start so a change can be tried without
//! building), the pseudo-locale `en-XA` (English made accented, longer and bracketed at run
//! time, to find hard-coded and clipped text), each language's review status
//! (`locales/<lang>/STATUS.toml`), the English safety text beside an unreviewed translation
//! ([`safety`]), and weekday, month and clock words ([`weekday`], [`month`], [`clock`]).
//!
//! One call gets a message: `t!("cue-hold-rep", rep = 2, reps = 3)` in the process-wide
//! language, or [`Messages::tr`] on a bundle a test made. A message missing from a language,
//! or one that fails to format, falls back to English as a whole (never a raw id, never half a
//! sentence in each language). Fluent's bidirectional isolation marks are off: the text goes
//! to terminals, speech programs and notifications, none of which wants them.
//!
//! What never goes through here: JSON, CSV, ICS, `history.jsonl`, the keys of `--format
//! json|waybar`, the `error:`/`hint:` prefixes and `path:line:column` (docs/translating.md).

mod choose;
mod embed;
mod pseudo;
#[cfg(test)]
pub(crate) use pseudo::plain_ascii_runs;
#[cfg(test)]
mod tests;

use std::borrow::Cow;
use std::path::Path;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::diag::Diagnostic;
use crate::error::Failure;

pub use choose::{Choice, ChosenBy, choose, negotiate};

/// The languages windown has messages for (English first: the source and the fallback),
/// then the pseudo-locale.
pub const LANGUAGES: &[&str] = &["en", "es", "de", "fr"];

/// The pseudo-locale: English, accented, about 40% longer, each message in brackets.
pub const PSEUDO: &str = "en-XA";

/// One embedded message file (packed by build.rs: [`embed`]).
struct Source {
    lang: &'static str,
    /// The file's name in `locales/<lang>/`.
    file: &'static str,
    /// The text, packed.
    packed: &'static [u8],
    /// The ids of its messages, one a line, in the file's order.
    ids: &'static str,
}

impl Source {
    /// The file's text, unpacked.
    fn text(&self) -> String {
        embed::unpack(self.packed)
    }
}

/// `locales/<lang>/<file>.ftl` as a [`Source`].
macro_rules! ftl {
    ($lang:literal, $file:literal) => {
        Source {
            lang: $lang,
            file: concat!($file, ".ftl"),
            packed: include_bytes!(concat!(
                env!("OUT_DIR"),
                "/locales/",
                $lang,
                "/",
                $file,
                ".ftl.lz"
            )),
            ids: include_str!(concat!(
                env!("OUT_DIR"),
                "/locales/",
                $lang,
                "/",
                $file,
                ".ftl.ids"
            )),
        }
    };
}

/// Every embedded message file: one line per language and area (a test checks that every
/// `locales/*/*.ftl` is here).
const SOURCES: &[Source] = &[
    ftl!("en", "common"),
    ftl!("en", "content"),
    ftl!("en", "cues"),
    ftl!("en", "relief"),
    ftl!("en", "tui-more"),
    ftl!("en", "history"),
    ftl!("en", "trial"),
    ftl!("en", "remind"),
    ftl!("en", "report"),
    ftl!("es", "common"),
    ftl!("es", "content"),
    ftl!("es", "cues"),
    ftl!("es", "relief"),
    ftl!("es", "tui-more"),
    ftl!("es", "history"),
    ftl!("es", "trial"),
    ftl!("es", "remind"),
    ftl!("es", "report"),
    ftl!("de", "common"),
    ftl!("de", "content"),
    ftl!("de", "cues"),
    ftl!("de", "relief"),
    ftl!("de", "tui-more"),
    ftl!("de", "history"),
    ftl!("de", "trial"),
    ftl!("de", "remind"),
    ftl!("de", "report"),
    ftl!("fr", "common"),
    ftl!("fr", "content"),
    ftl!("fr", "cues"),
    ftl!("fr", "relief"),
    ftl!("fr", "tui-more"),
    ftl!("fr", "history"),
    ftl!("fr", "trial"),
    ftl!("fr", "remind"),
    ftl!("fr", "report"),
    ftl!("en", "tui"),
    ftl!("es", "tui"),
    ftl!("de", "tui"),
    ftl!("fr", "tui"),
    ftl!("en", "setup"),
    ftl!("es", "setup"),
    ftl!("de", "setup"),
    ftl!("fr", "setup"),
    ftl!("en", "tui-progress"),
    ftl!("es", "tui-progress"),
    ftl!("de", "tui-progress"),
    ftl!("fr", "tui-progress"),
    ftl!("en", "tui-edit"),
    ftl!("es", "tui-edit"),
    ftl!("de", "tui-edit"),
    ftl!("fr", "tui-edit"),
    ftl!("en", "cli"),
    ftl!("es", "cli"),
    ftl!("de", "cli"),
    ftl!("fr", "cli"),
    ftl!("en", "errors"),
    ftl!("es", "errors"),
    ftl!("de", "errors"),
    ftl!("fr", "errors"),
    ftl!("en", "routine"),
    ftl!("es", "routine"),
    ftl!("de", "routine"),
    ftl!("fr", "routine"),
];

/// Each language's `STATUS.toml`.
const STATUS: &[(&str, &str)] = &[
    ("en", include_str!("../../locales/en/STATUS.toml")),
    ("es", include_str!("../../locales/es/STATUS.toml")),
    ("de", include_str!("../../locales/de/STATUS.toml")),
    ("fr", include_str!("../../locales/fr/STATUS.toml")),
];

/// Largest override file read, in bytes.
const OVERRIDE_LIMIT: u64 = 1 << 20;

type Bundle = FluentBundle<FluentResource>;

/// A value for a message variable: text (a selector's key such as `"left"`, or a title) or a
/// number (plural categories follow the language's rules).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(f64),
}

impl<'a> std::convert::From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}
impl<'a> std::convert::From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}
impl std::convert::From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl std::convert::From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64, f64);

/// A message in the process-wide language ([`current`]) with its variables:
/// `t!("cue-hold-rep", rep = 2, reps = 3)`.
#[macro_export]
macro_rules! t {
    ($id:expr $(, $k:ident = $v:expr)* $(,)?) => {
        $crate::i18n::current().tr($id, &[$((stringify!($k), $crate::i18n::Arg::from($v))),*])
    };
}

/// The messages of one language, with English behind them.
///
/// A message file is parsed the first time one of its messages is asked for (most commands
/// and screens use a few of a language's files, and a parsed file holds about nine times its
/// text on the heap); which file holds which message is known from an index made at start by
/// build.rs's list of each file's ids (one entry per message, no parsing, nothing unpacked). So a
/// message may not refer to a message or term of another file (a test checks that every
/// message formats from its own file).
pub struct Messages {
    /// The language's tag as chosen: "en", "de", "en-XA".
    lang: &'static str,
    /// The language whose files are read ("en" for the pseudo-locale).
    base: &'static str,
    /// This language's embedded files, each parsed on first use.
    files: Box<[File]>,
    /// Every message id of `files`, sorted, with the position of its file.
    index: Box<[(&'static str, u8)]>,
    /// A translator's override files, parsed at start: their messages come first.
    overrides: Option<Bundle>,
    /// English, for a message the language lacks or cannot format (`None` for English).
    english: Option<&'static Messages>,
    /// Wrap every message in brackets (the pseudo-locale).
    pseudo: bool,
}

/// One embedded message file and, once asked for, its messages.
struct File {
    source: &'static Source,
    parsed: OnceLock<Bundle>,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Messages")
            .field("lang", &self.lang)
            .finish()
    }
}

/// An empty bundle for `base`'s messages.
fn new_bundle(base: &str, pseudo: bool) -> Bundle {
    let id: LanguageIdentifier = base.parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    if pseudo {
        bundle.set_transform(Some(pseudo::transform));
    }
    bundle
}

impl Messages {
    /// The embedded messages of `lang`, one of [`LANGUAGES`] or [`PSEUDO`] (anything else:
    /// English).
    pub fn builtin(lang: &str) -> Messages {
        Messages::build(lang, &[]).unwrap_or_else(|_| unreachable!("no overrides, no errors"))
    }

    /// The embedded messages of `lang` with the override files of `<config>/locales/<lang>/`
    /// (a missing folder is no error). A file that cannot be read, holds a control
    /// character or is not valid Fluent is a located error.
    pub fn with_overrides(lang: &str, config_dir: &Path) -> Result<Messages, Failure> {
        let base = if lang == PSEUDO { "en" } else { lang };
        let folder = config_dir.join("locales").join(base);
        let mut files = match std::fs::read_dir(&folder) {
            Ok(entries) => entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
                .collect::<Vec<_>>(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
            Err(e) => return Err(Failure::io("read", &folder, &e)),
        };
        files.sort();
        let mut texts = Vec::new();
        for path in files {
            let shown = path.display().to_string();
            let bytes = crate::fsio::read(&path, OVERRIDE_LIMIT)
                .map_err(|e| Failure::new(format!("{shown}: {e}")))?;
            let text = String::from_utf8(bytes).map_err(|e| {
                Failure::new(format!(
                    "{shown}: is not UTF-8 text (at byte {})",
                    e.utf8_error().valid_up_to()
                ))
            })?;
            texts.push((shown, text));
        }
        Messages::build(lang, &texts)
    }

    /// `lang`'s embedded messages, then `extra` (path shown, text) over them.
    fn build(lang: &str, extra: &[(String, String)]) -> Result<Messages, Failure> {
        let (lang, pseudo) = match lang {
            PSEUDO => (PSEUDO, true),
            l => (
                LANGUAGES.iter().copied().find(|&k| k == l).unwrap_or("en"),
                false,
            ),
        };
        let base = if pseudo { "en" } else { lang };
        let files: Box<[File]> = SOURCES
            .iter()
            .filter(|s| s.lang == base)
            .map(|source| File {
                source,
                parsed: OnceLock::new(),
            })
            .collect();
        let mut index: Vec<(&'static str, u8)> = Vec::new();
        for (i, f) in files.iter().enumerate() {
            let i = u8::try_from(i).unwrap_or_else(|_| unreachable!("fewer than 256 files"));
            index.extend(f.source.ids.lines().map(|id| (id, i)));
        }
        index.sort_unstable();
        let mut problems = Vec::new();
        let mut overrides = None;
        for (path, text) in extra {
            match check(path, text) {
                Ok(res) => overrides
                    .get_or_insert_with(|| new_bundle(base, pseudo))
                    .add_resource_overriding(res),
                Err(mut d) => problems.append(&mut d),
            }
        }
        if !problems.is_empty() {
            return Err(Failure::Diagnostics {
                diagnostics: problems,
                code: 1,
            });
        }
        Ok(Messages {
            lang,
            base,
            files,
            index: index.into_boxed_slice(),
            overrides,
            english: (base != "en").then(english),
            pseudo,
        })
    }

    /// The bundle that holds message `id` (the overrides', or its file's, parsed now if not
    /// yet), or `None` when this language has no such message.
    fn bundle_of(&self, id: &str) -> Option<&Bundle> {
        if let Some(o) = &self.overrides
            && o.has_message(id)
        {
            return Some(o);
        }
        let at = self.index.binary_search_by(|(k, _)| (*k).cmp(id)).ok()?;
        let file = &self.files[usize::from(self.index[at].1)];
        Some(file.parsed.get_or_init(|| {
            let mut bundle = new_bundle(self.base, self.pseudo);
            let res = FluentResource::try_new(file.source.text()).unwrap_or_else(|(_, e)| {
                panic!("locales/{}/{}: {e:?}", file.source.lang, file.source.file)
            });
            bundle.add_resource_overriding(res);
            bundle
        }))
    }

    /// The language's tag: "en", "de", "en-XA".
    pub fn lang(&self) -> &'static str {
        self.lang
    }

    /// The language a speech program is given for this text ("en" for the pseudo-locale).
    pub fn speech_lang(&self) -> &'static str {
        if self.pseudo { "en" } else { self.lang }
    }

    /// Does this language itself (not the English behind it) have message `id`?
    pub fn has(&self, id: &str) -> bool {
        self.overrides.as_ref().is_some_and(|o| o.has_message(id))
            || self.index.binary_search_by(|(k, _)| (*k).cmp(id)).is_ok()
    }

    /// Message `id` with `args`; English when this language lacks it or cannot format it;
    /// `id` itself only when English lacks it too (a test sees that no id in use does).
    pub fn tr(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.attr(id, None, args)
    }

    /// Attribute `attr` of message `id` (`.spoken`, `.caution`), as [`Messages::tr`].
    pub fn tr_attr(&self, id: &str, attr: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.attr(id, Some(attr), args)
    }

    fn attr(&self, id: &str, attr: Option<&str>, args: &[(&str, Arg<'_>)]) -> String {
        match self.format(id, attr, args) {
            Some(s) => s,
            None => match &self.english {
                Some(en) => en.attr(id, attr, args),
                None => {
                    #[cfg(debug_assertions)]
                    eprintln!("windown: no message {id}");
                    id.to_string()
                }
            },
        }
    }

    /// The formatted text, or `None` when the message is missing or any error occurs.
    fn format(&self, id: &str, attr: Option<&str>, args: &[(&str, Arg<'_>)]) -> Option<String> {
        let bundle = self.bundle_of(id)?;
        let msg = bundle.get_message(id)?;
        let pattern = match attr {
            Some(a) => msg.get_attribute(a)?.value(),
            None => msg.value()?,
        };
        let mut fargs = FluentArgs::with_capacity(args.len());
        for (k, v) in args {
            match v {
                Arg::Text(s) => fargs.set(*k, FluentValue::from(s.as_ref())),
                Arg::Number(n) => fargs.set(*k, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        let out = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
        if !errors.is_empty() {
            return None;
        }
        Some(if self.pseudo {
            pseudo::mark(&out)
        } else {
            out.into_owned()
        })
    }

    /// This language's review status.
    pub fn status(&self) -> Status {
        status(if self.pseudo { "en" } else { self.lang })
    }
}

/// An override file parsed, or its problems located (`path:line:column`).
fn check(path: &str, text: &str) -> Result<FluentResource, Vec<Diagnostic>> {
    let lines = crate::diag::Lines::new(text);
    if let Some((at, c)) = text
        .char_indices()
        .find(|&(_, c)| c != '\n' && c != '\r' && crate::text::is_unsafe_char(c))
    {
        return Err(vec![
            lines
                .at(
                    path,
                    at..at + c.len_utf8(),
                    format!("character U+{:04X} is not allowed here", u32::from(c)),
                )
                .with_hint(crate::text::unsafe_hint(c, "delete it")),
        ]);
    }
    FluentResource::try_new(text.to_string()).map_err(|(_, errors)| {
        errors
            .iter()
            .map(|e| {
                lines
                    .at(path, e.pos.clone(), format!("not valid Fluent: {}", e.kind))
                    .with_hint("see https://projectfluent.org/fluent/guide/ for the syntax")
            })
            .collect()
    })
}

/// How far a language's translation has been checked (`locales/<lang>/STATUS.toml`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub struct Status {
    /// "source" (English), "draft", "reviewed" (by a second native speaker) or
    /// "clinically-reviewed" (its safety texts checked by a clinician speaker).
    pub status: String,
    /// Who reviewed it (empty for a draft).
    #[serde(default)]
    pub reviewers: Vec<String>,
    /// When it was last reviewed or drafted ("2026-12-07").
    #[serde(default)]
    pub date: Option<String>,
}

impl Status {
    /// Is this language's safety text trusted on its own (English, or clinically reviewed)?
    pub fn safety_reviewed(&self) -> bool {
        matches!(self.status.as_str(), "source" | "clinically-reviewed")
    }

    /// Still a draft nobody has checked?
    pub fn is_draft(&self) -> bool {
        self.status == "draft"
    }
}

/// The status of `lang` (one of [`LANGUAGES`]; anything else is treated as a draft).
pub fn status(lang: &str) -> Status {
    STATUS
        .iter()
        .find(|(l, _)| *l == lang)
        .and_then(|(_, t)| toml::from_str(t).ok())
        .unwrap_or(Status {
            status: "draft".into(),
            reviewers: Vec::new(),
            date: None,
        })
}

/// Choose the language at start ([`choose()`]: `--lang`, then `language =` in config.toml, then
/// the environment) and make it the process's, with the config folder's override files. A
/// non-English language that came from the flag or the environment is written to an existing
/// config.toml that names none, so that the reminder process (started by systemd, without
/// `LANG`) speaks it too. An unknown `--lang` or a broken override file is an error.
/// `config` is what `language =` in config.toml says (the caller reads the file).
/// `may_save`: the command is the app or `setup` (a command that only reads or checks never
/// writes config.toml); what is written is said once on stderr.
pub fn start(
    dirs: &crate::paths::Dirs,
    flag: Option<&str>,
    config: Option<&'static str>,
    may_save: bool,
) -> Result<Choice, Failure> {
    if let Some(f) = flag
        && negotiate(f).is_none()
    {
        return Err(
            Failure::usage(format!("windown has no messages in \"{f}\"")).with_hint(format!(
                "--lang takes one of {} (or {PSEUDO}, a test language)",
                LANGUAGES.join(", ")
            )),
        );
    }
    let choice = choose(flag, config, |k| std::env::var(k).ok());
    let messages = Messages::with_overrides(choice.lang, &dirs.config)?;
    let _ = set(messages);
    if may_save
        && config.is_none()
        && !matches!(choice.lang, "en" | PSEUDO)
        && matches!(choice.from, ChosenBy::Flag | ChosenBy::Env(_))
    {
        // Best effort: a config.toml that cannot be written keeps following the environment.
        let path = dirs.config_file();
        if remember(&path, choice.lang) == Ok(true) {
            crate::error::print_err(&format!(
                "Saved language = \"{}\" in {}; change it there.\n",
                choice.lang,
                path.display()
            ));
        }
    }
    Ok(choice)
}

/// The language of the config folder's config.toml for a process that has no say (the
/// reminder process): as [`start`] without a flag, writing nothing; a broken override file
/// leaves the embedded messages.
pub fn start_quietly(dirs: &crate::paths::Dirs, config: Option<&'static str>) {
    let choice = choose(None, config, |k| std::env::var(k).ok());
    let messages = Messages::with_overrides(choice.lang, &dirs.config)
        .unwrap_or_else(|_| Messages::builtin(choice.lang));
    let _ = set(messages);
}

/// Write `language = "<lang>"` into the config.toml at `path`, keeping its comments and
/// layout; nothing when there is no file yet (the first run writes one). True when written.
fn remember(path: &Path, lang: &str) -> Result<bool, ()> {
    let bytes = match crate::fsio::read(path, 1 << 20) {
        Ok(b) => b,
        Err(_) => return Err(()),
    };
    let text = String::from_utf8(bytes).map_err(|_| ())?;
    let mut doc: toml_edit::DocumentMut = text.parse().map_err(|_| ())?;
    if doc.contains_key("language") {
        return Ok(false);
    }
    doc.insert("language", toml_edit::value(lang));
    crate::fsio::write(path, doc.to_string().as_bytes())
        .map(|()| true)
        .map_err(|_| ())
}

static CURRENT: OnceLock<Messages> = OnceLock::new();
static ENGLISH: OnceLock<Messages> = OnceLock::new();

/// Make `messages` the process's language, once, at start. A second call changes nothing
/// and hands the messages back.
pub fn set(messages: Messages) -> Result<(), Messages> {
    CURRENT.set(messages)
}

thread_local! {
    /// This thread's language while [`scoped`] runs (a test drawing a screen in en-XA beside
    /// others drawing it in English).
    static SCOPED: std::cell::Cell<Option<&'static Messages>> = const { std::cell::Cell::new(None) };
}

/// Run `f` with `messages` as this thread's language instead of the process's; for tests,
/// which share one process and so one [`set`].
pub fn scoped<R>(messages: &'static Messages, f: impl FnOnce() -> R) -> R {
    let was = SCOPED.with(|c| c.replace(Some(messages)));
    let r = f();
    SCOPED.with(|c| c.set(was));
    r
}

/// The process's messages: those [`set`] at start, English until then (or this thread's,
/// inside [`scoped`]).
pub fn current() -> &'static Messages {
    if let Some(m) = SCOPED.with(std::cell::Cell::get) {
        return m;
    }
    CURRENT.get().unwrap_or_else(english)
}

/// The embedded English messages, made once (the fallback of every other language).
pub(crate) fn english() -> &'static Messages {
    ENGLISH.get_or_init(|| Messages::builtin("en"))
}

/// The messages speech uses: the process's language when it has both the spoken cues and the
/// built-in routines' and stretches' words (`cues.ftl`, `content.ftl`), English otherwise, so
/// that a spoken sentence is never half in each language and a voice never reads another
/// language's words. Worked out once for the process's language (never from a thread's
/// [`scoped`] one, which is worked out on each call, so that a test's language never becomes
/// another test's).
pub fn speech() -> &'static Messages {
    static SPEECH: OnceLock<&'static Messages> = OnceLock::new();
    let spoken = |m: &'static Messages| if speaks_content(m) { m } else { english() };
    match SCOPED.with(std::cell::Cell::get) {
        Some(m) => spoken(m),
        None => SPEECH.get_or_init(|| spoken(CURRENT.get().unwrap_or_else(english))),
    }
}

/// Does `m`'s language have every message of English's `cues.ftl` and `content.ftl` (the
/// cues, and the built-in routines' and stretches' words)? The pseudo-locale does not: it is
/// spoken in English.
pub(crate) fn speaks_content(m: &Messages) -> bool {
    m.lang == "en" || (!m.pseudo && spoken_ids().all(|id| m.has(id)))
}

/// The ids of English's `cues.ftl` and `content.ftl`.
fn spoken_ids() -> impl Iterator<Item = &'static str> {
    SOURCES
        .iter()
        .filter(|s| s.lang == "en" && matches!(s.file, "cues.ftl" | "content.ftl"))
        .flat_map(|s| s.ids.lines())
}

/// Message `id` in the process's language (see [`t!`] for variables).
pub fn tr(id: &str, args: &[(&str, Arg<'_>)]) -> String {
    current().tr(id, args)
}

/// A safety text ("safety-urgent", a routine's safety note): the translation, and the
/// English text to show beside it until the language's safety texts are clinically reviewed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Safety {
    pub text: String,
    /// The English original, when the translation is not yet reviewed (`None` in English).
    pub english: Option<String>,
}

impl Safety {
    /// Both as lines: the translation, then the English one when there is one.
    pub fn lines(&self) -> Vec<&str> {
        std::iter::once(self.text.as_str())
            .chain(self.english.as_deref())
            .collect()
    }
}

/// Safety message `id` in the process's language, with English beside an unreviewed one.
pub fn safety(id: &str, args: &[(&str, Arg<'_>)]) -> Safety {
    safety_in(current(), id, args)
}

/// [`safety`] in `m`'s language.
pub fn safety_in(m: &Messages, id: &str, args: &[(&str, Arg<'_>)]) -> Safety {
    let text = m.tr(id, args);
    let english = match m.english {
        Some(en) if !m.status().safety_reviewed() => Some(en.tr(id, args)),
        _ => None,
    };
    Safety { text, english }
}

/// The name of a weekday in `m`'s language ("Monday", "lunes").
pub fn weekday(m: &Messages, day: chrono::Weekday) -> String {
    m.tr(
        "date-weekday",
        &[("day", Arg::from(day.num_days_from_monday() + 1))],
    )
}

/// The name of a month (1 to 12) in `m`'s language.
pub fn month(m: &Messages, month: u32) -> String {
    m.tr("date-month", &[("month", Arg::from(month))])
}

/// A time of day as the language writes it: "22:30", or "10:30 p.m." where the clock has
/// 12 hours (`clock-hours` says which).
pub fn clock(m: &Messages, time: chrono::NaiveTime) -> String {
    use chrono::Timelike;
    let (h, min) = (time.hour(), time.minute());
    let mm = format!("{min:02}");
    if m.tr("clock-hours", &[]).trim_matches(['[', ']']) == "12" {
        let h12 = match h % 12 {
            0 => 12,
            x => x,
        };
        let half = if h < 12 { "am" } else { "pm" };
        m.tr(
            "clock-12",
            &[
                ("h", Arg::from(h12)),
                ("mm", Arg::from(mm)),
                ("half", Arg::from(half)),
            ],
        )
    } else {
        m.tr(
            "clock-24",
            &[("hh", Arg::from(format!("{h:02}"))), ("mm", Arg::from(mm))],
        )
    }
}
