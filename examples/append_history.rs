//! A test helper, not an example for people: appends check-ins to the history in a loop, so
//! that the integration tests (`tests/it/history.rs`) can kill a real writer mid-loop and run
//! two writers at once.
//!
//! Usage: `append_history DIR TAG COUNT`. Each check-in's note carries TAG and its sequence
//! number from 0 (padded, so that a record is several hundred bytes); the history is the one
//! of `windown::paths::Dirs::under(DIR)`. COUNT 0 means forever.
//!
//! Why an example target: `cargo install` installs a package's binaries and never its
//! examples, so this never lands on anyone's PATH beside `windown`; `cargo test` builds every
//! example before it runs the tests, so the helper is there when they start it (from
//! `target/<profile>/examples/`). A `[[bin]]` would be installed unless a feature kept it
//! out, and then the plain `cargo test` would not build it either.

use std::path::Path;
use std::process::ExitCode;

use chrono::{Local, NaiveDate};
use windown::history::{self, CheckinEntry, Cramps};
use windown::paths::Dirs;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, tag, count] = args.as_slice() else {
        eprintln!("usage: append_history DIR TAG COUNT");
        return ExitCode::from(2);
    };
    let Ok(count) = count.parse::<u64>() else {
        eprintln!("append_history: COUNT is a whole number, not {count:?}");
        return ExitCode::from(2);
    };
    let dirs = Dirs::under(Path::new(dir));
    let padding = "~".repeat(200);
    let night_of = NaiveDate::from_ymd_opt(2026, 11, 1).expect("a real date");
    let mut sequence = 0u64;
    while count == 0 || sequence < count {
        let checkin = CheckinEntry {
            night_of,
            cramps: Cramps::Mild,
            count: Some(1),
            note: Some(format!("{tag} {sequence} {padding}").into()),
            woke: None,
            recorded: Local::now().fixed_offset(),
        };
        if let Err(e) = history::record_checkin(&dirs, &checkin) {
            eprintln!("append_history: {e}");
            return ExitCode::FAILURE;
        }
        sequence += 1;
    }
    ExitCode::SUCCESS
}
