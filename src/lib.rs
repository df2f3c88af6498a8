//! windown: a terminal coach for people whose legs cramp at night.
//!
//! The binary (`src/main.rs`) only calls [`cli::main`]. Everything else lives here:
//!
//! - [`cli`]: every command: its arguments, its run function and its printing (the only
//!   place outside the TUI that writes to stdout and stderr for a command).
//! - [`routine`]: the routine file format, built-in routines, loading, validation, the plan.
//! - [`cues`]: the speech program, the sound player and the built-in tones (adapters).
//! - [`session`]: the pure session state machine and the cues it asks for.
//! - [`tui`]: the terminal interface (home, session, reminders, progress screens).
//! - [`remind`]: the reminder file, the pure schedule, and the notification process.
//! - [`history`]: the append-only record of sessions, morning check-ins and cramps, and the
//!   numbers.
//! - [`relief`]: when a cramp strikes: the relief guide's steps (pure).
//! - [`setup`]: the first run's questions (pure) and the files the answers become.
//! - [`config`], [`paths`], [`diag`], [`duration`], [`error`], [`words`], [`text`]: shared
//!   ground.
//! - [`schema`]: the files' JSON Schemas and the `#:schema` lines of files windown writes.
//! - [`shape`]: the keys and types of windown's TOML files, checked all at once, and their
//!   JSON Schemas.
//! - [`locale`]: whether the locale asks for UTF-8 (Unicode drawing or ASCII).
//! - [`signals`]: the one signal-watching thread the interface, the plain player and the
//!   reminder process each start.
//! - [`fsio`]: replacing a whole file atomically (temporary file, fsync, rename), for every
//!   writer of one.
//!
//! Private by default. Every item is `pub(crate)` unless something outside the library uses
//! it: the two binaries (`windown`, `windown-remind`), the integration tests (`tests/it`), the
//! fuzz targets and `examples/append_history.rs`. Those items, and the modules on their path,
//! are the library's face; the `unreachable_pub` lint keeps a new `pub` from hiding in a
//! private module, and `dead_code` then finds what nothing uses.

pub mod cli;
pub mod config;
pub mod cues;
pub mod diag;
pub mod duration;
pub mod error;
pub mod fsio;
pub mod history;
pub mod i18n;
pub mod locale;
pub mod paths;
pub mod relief;
pub mod remind;
pub mod routine;
pub mod schema;
pub mod session;
pub mod setup;
pub mod shape;
pub mod signals;
pub mod text;
pub mod trial;
pub mod tui;
pub mod words;
