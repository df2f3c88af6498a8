//! SCAFFOLD (issue 5 replaces this).
use crate::cli::{CheckinArgs, HistoryArgs};
use crate::error::{CmdResult, Failure};
use crate::paths::Dirs;
pub fn checkin(_: &Dirs, _: CheckinArgs) -> CmdResult {
    Err(Failure::new("not built yet"))
}
pub fn history(_: &Dirs, _: HistoryArgs) -> CmdResult {
    Err(Failure::new("not built yet"))
}
pub fn stats(_: &Dirs) -> CmdResult {
    Err(Failure::new("not built yet"))
}
