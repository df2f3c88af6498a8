//! The routines and figures that ship inside the binary (`routines/*.toml`,
//! `assets/figures/*.txt`), compiled in with `include_str!` so windown works from any folder.
//!
//! Owns only the list of shipped files; parsing is `parse`'s job, choosing between built-in
//! and user files is `catalog`'s and `figures`'s.

use super::model::{Origin, Routine};
use super::parse;
use crate::diag::Diagnostic;

/// One shipped routine: its id (the file stem) and its TOML source.
pub struct BuiltIn {
    pub id: &'static str,
    pub(crate) source: &'static str,
}

/// Every built-in routine, in display order (by id).
pub const ROUTINES: &[BuiltIn] = &[
    BuiltIn {
        id: "evening-legs",
        source: include_str!("../../routines/evening-legs.toml"),
    },
    BuiltIn {
        id: "evening-legs-extended",
        source: include_str!("../../routines/evening-legs-extended.toml"),
    },
    BuiltIn {
        id: "seated-legs",
        source: include_str!("../../routines/seated-legs.toml"),
    },
    BuiltIn {
        id: "wind-down",
        source: include_str!("../../routines/wind-down.toml"),
    },
];

/// Every built-in figure: name and text. A name ending in `.utf8` is the Unicode variant of
/// the figure without that ending.
pub const FIGURES: &[(&str, &str)] = &[
    (
        "hamstring-seated",
        include_str!("../../assets/figures/hamstring-seated.txt"),
    ),
    (
        "hamstring-seated.utf8",
        include_str!("../../assets/figures/hamstring-seated.utf8.txt"),
    ),
    (
        "hamstring-towel",
        include_str!("../../assets/figures/hamstring-towel.txt"),
    ),
    (
        "hamstring-towel.utf8",
        include_str!("../../assets/figures/hamstring-towel.utf8.txt"),
    ),
    (
        "quad-side-lying",
        include_str!("../../assets/figures/quad-side-lying.txt"),
    ),
    (
        "quad-side-lying.utf8",
        include_str!("../../assets/figures/quad-side-lying.utf8.txt"),
    ),
    (
        "quad-standing",
        include_str!("../../assets/figures/quad-standing.txt"),
    ),
    (
        "quad-standing.utf8",
        include_str!("../../assets/figures/quad-standing.utf8.txt"),
    ),
    (
        "soleus-calf",
        include_str!("../../assets/figures/soleus-calf.txt"),
    ),
    (
        "soleus-calf.utf8",
        include_str!("../../assets/figures/soleus-calf.utf8.txt"),
    ),
    (
        "wall-calf",
        include_str!("../../assets/figures/wall-calf.txt"),
    ),
    (
        "wall-calf.utf8",
        include_str!("../../assets/figures/wall-calf.utf8.txt"),
    ),
];

/// The source of a built-in routine.
pub(crate) fn source(id: &str) -> Option<&'static str> {
    ROUTINES.iter().find(|b| b.id == id).map(|b| b.source)
}

impl BuiltIn {
    /// Parse this built-in. Only fails if a shipped file is broken, which a test rules out.
    pub fn load(&self) -> Result<Routine, Vec<Diagnostic>> {
        parse::parse(
            &format!("routines/{}.toml", self.id),
            self.source,
            self.id,
            Origin::BuiltIn,
        )
    }
}

#[cfg(test)]
#[path = "builtin_tests.rs"]
mod tests;
