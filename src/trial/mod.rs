//! The personal experiment ("Does stretching help me?"): an n-of-1 crossover of evening
//! stretching against rest evenings, as `shared/content/n-of-1.md` designs it.
//!
//! - [`maths`]: log-gamma and the regularised incomplete beta (and its inverse).
//! - [`analysis`]: the brief's analysis, verdict and wording, pure.
//!
//! Owns no file: the plan and notes are history records (`history::record`). Imports no
//! terminal library and prints nothing; `cli::trial` prints.

pub(crate) mod analysis;
pub(crate) mod maths;
pub(crate) mod plan;

use chrono::{DateTime, FixedOffset};

use crate::history::{NightRules, Record};
use crate::paths::Dirs;

/// What tonight is while an experiment runs, in words for home and the evening reminder
/// ("Experiment: tonight is a stretching evening."); `None` when none runs.
pub(crate) fn tonight_words(
    records: &[Record],
    rules: NightRules,
    now: DateTime<FixedOffset>,
) -> Option<String> {
    let t = plan::Trial::from_records(records, rules)?;
    if !t.running(now) {
        return None;
    }
    Some(match t.tonight(now) {
        Some(k) => format!("Experiment: tonight is {}.", k.tonight()),
        None => "Experiment: tonight's kind is shown at noon.".to_string(),
    })
}

/// [`tonight_words`] from the history file (nothing when it cannot be read).
pub fn tonight_line(dirs: &Dirs, now: DateTime<FixedOffset>) -> Option<String> {
    let loaded = crate::history::store::load(dirs).ok()?;
    tonight_words(&loaded.records, NightRules::load(dirs), now)
}
