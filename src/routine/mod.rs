//! Routines: the file format, the built-in set, loading, validation and the phase plan.
pub mod cmd;
pub mod model;
pub mod plan;

pub use model::*;
pub use plan::{Phase, PhaseKind, Plan};
