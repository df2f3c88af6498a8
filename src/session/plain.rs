//! SCAFFOLD (issue 3 replaces this).
use crate::error::{CmdResult, Failure};
use crate::paths::Dirs;
pub fn run(_: &Dirs, _: &str, _: bool) -> CmdResult {
    Err(Failure::new("not built yet"))
}
