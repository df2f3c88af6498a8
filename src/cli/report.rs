//! `windown report`: the page for a clinician, as text on stdout and, with `--html`, as one
//! self-contained HTML page. The page itself is [`crate::history::report`]'s; the history is
//! read as the other history commands read it ([`super::history`]).

use std::process::ExitCode;

use clap::Args;

use super::history::{load_for_command, now};
use crate::error::{CmdResult, Failure, print_out};
use crate::history::record;
use crate::paths::Dirs;

/// `windown report`'s arguments.
#[derive(Debug, Args)]
pub(crate) struct ReportArgs {
    /// How many weeks of nights, ending with last night (1 to 104).
    #[arg(long, default_value_t = crate::history::report::DEFAULT_WEEKS,
          value_parser = clap::value_parser!(u32).range(1..=i64::from(crate::history::report::MAX_WEEKS)))]
    pub(crate) weeks: u32,
    /// Also write the report as one HTML page (self-contained, prints on one page).
    #[arg(long, value_name = "FILE")]
    pub(crate) html: Option<std::path::PathBuf>,
}

/// `windown report`: the page as text, and as HTML with `--html`.
pub(crate) fn report(dirs: &Dirs, args: ReportArgs) -> CmdResult {
    let loaded = load_for_command(dirs)?;
    let last_night = record::last_night_over(now());
    let r = crate::history::report::Report::compute(&loaded.records, last_night, args.weeks);
    if let Some(path) = &args.html {
        crate::fsio::Write::new()
            .output()
            .to(path, r.to_html().as_bytes())
            .map(drop)
            .map_err(|e| Failure::io("write", path, &e))?;
    }
    print_out(&r.to_text())?;
    if let Some(path) = &args.html {
        print_out(&format!("The page is in {}.\n", path.display()))?;
    }
    Ok(ExitCode::SUCCESS)
}
