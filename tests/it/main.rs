//! windown's integration tests, in one test binary: each module below was a binary of its own,
//! and one binary is one compile and one link after an edit instead of one per file (the
//! layout casey/just uses for its tests).
//!
//! The modules are named after what they test. `common` holds what several of them share; no
//! module reaches into another's helpers. Tests whose tools are missing print why and pass,
//! except under `CI=true`, where they fail.
//!
//! Run one module with `cargo test --test it remind::` (a name filter, as for any test).

mod common;
mod invariants;

mod bedside;
mod by_ear;
mod cli_words;
mod content;
mod cues;
mod e2e_tmux;
mod en_xa_cli;
mod en_xa_edit;
mod en_xa_errors;
mod en_xa_history;
mod en_xa_progress;
mod en_xa_relief;
mod en_xa_routine;
mod en_xa_setup;
mod evening;
mod first_run;
mod hardening;
mod history;
mod house;
mod languages;
mod layout;
mod night_xterm;
mod notify_dbus;
mod package;
mod plain;
mod properties;
mod readers;
mod remind;
mod routines;
mod schemas;
mod shells;
mod trial;
mod tui;
mod tui_en_xa;
