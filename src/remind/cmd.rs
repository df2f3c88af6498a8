//! SCAFFOLD (issue 4 replaces this).
use crate::cli::RemindCommand;
use crate::error::{CmdResult, Failure};
use crate::paths::Dirs;
pub fn dispatch(_: &Dirs, _: RemindCommand) -> CmdResult {
    Err(Failure::new("not built yet"))
}
