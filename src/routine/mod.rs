//! Routines: the file format, the built-in set, loading, validation, figures and the plan.
//!
//! - [`parse`]: one routine file's text to a validated [`Routine`], or located problems.
//! - [`builtin`]: the routines and figures compiled into the binary.
//! - [`catalog`]: every routine (built-in and the person's own) and name lookup ([`resolve`]).
//! - [`library`]: the stretch library a step names with `stretch = "ID"`.
//! - [`library_cmd`]: `windown stretches`.
//! - [`figures`]: line-art figures, the person's folder first.
//! - [`plan`]: a routine expanded into timed phases.
//! - [`edit`]: a routine file changed without a text editor (the editor screen's model), undo, save.
//! - [`cmd`]: `windown list`, `show`, `validate`, `new`.
pub mod builtin;
pub mod catalog;
pub mod cmd;
pub mod edit;
pub mod figures;
pub mod library;
pub mod library_cmd;
pub mod model;
pub mod parse;
pub mod plan;

pub use catalog::{Catalog, Entry, resolve};
pub use figures::{Figure, figure};
pub use model::*;
pub use plan::{Phase, PhaseKind, Plan};
