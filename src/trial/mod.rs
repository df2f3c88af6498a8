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
