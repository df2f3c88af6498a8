//! Routines: the file format, the built-in set, loading, validation, figures and the plan.
//!
//! - [`parse`]: one routine file's text to a validated [`Routine`], or located problems.
//! - [`builtin`]: the routines and figures compiled into the binary.
//! - [`catalog`]: every routine (built-in and the person's own) and name lookup ([`resolve`]).
//! - [`content`]: the built-in routines' and library's words in every language
//!   (`locales/<lang>/content.ftl`).
//! - [`library`]: the stretch library a step names with `stretch = "ID"`.
//! - [`figures`]: line-art figures, the person's folder first.
//! - [`plan`]: a routine expanded into timed phases.
//! - [`edit`]: a routine file changed without a text editor (the editor screen's model), undo, save.
//!
//! The commands (`windown list`, `show`, `new`, `import`, `stretches`) are `crate::cli`'s.
pub mod builtin;
pub mod catalog;
pub(crate) mod content;
pub mod edit;
pub mod figures;
pub mod library;
pub mod model;
pub mod parse;
pub mod plan;

pub use catalog::{Catalog, Entry, resolve};
pub use figures::{Figure, figure};
pub use model::*;
pub use plan::{Phase, PhaseKind, Plan};
