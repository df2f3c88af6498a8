//! SCAFFOLD (issue 3 replaces this): the terminal interface.
use crate::error::{CmdResult, Failure};
use crate::paths::Dirs;
pub fn run_home(_: &Dirs) -> CmdResult {
    Err(Failure::new("not built yet"))
}
pub fn run_session(_: &Dirs, _: &str, _: bool) -> CmdResult {
    Err(Failure::new("not built yet"))
}
