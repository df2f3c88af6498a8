//! SCAFFOLD (issue 2 replaces this): routine commands.
use crate::error::{CmdResult, Failure};
use crate::paths::Dirs;
use std::path::PathBuf;
pub fn list(_: &Dirs) -> CmdResult {
    Err(Failure::new("not built yet"))
}
pub fn show(_: &Dirs, _: &str) -> CmdResult {
    Err(Failure::new("not built yet"))
}
pub fn validate(_: &Dirs, _: &[PathBuf]) -> CmdResult {
    Err(Failure::new("not built yet"))
}
pub fn new_routine(_: &Dirs, _: &str, _: Option<&str>) -> CmdResult {
    Err(Failure::new("not built yet"))
}
