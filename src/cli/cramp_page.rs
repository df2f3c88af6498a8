//! `windown cramp --page FILE`, `--card FILE` and `--pdf FILE`: the guide for the bedside,
//! written to files (the page and the card are [`crate::relief::page`]'s), and the card printed
//! to a PDF by headless Chromium when it is installed.

use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

use crate::error::{CmdResult, Failure, print_out};
use crate::history::record::{Leg, Muscle};
use crate::paths::Dirs;
use crate::relief::page;

/// The browsers that can print the card, in the order tried.
const CHROMIUMS: [&str; 3] = ["chromium", "chromium-browser", "google-chrome"];

/// How long Chromium may take to print one page before it is stopped.
const PRINT_LIMIT: Duration = Duration::from_secs(120);

/// The files asked for.
pub(crate) struct Files<'a> {
    pub(crate) page: Option<&'a Path>,
    pub(crate) card: Option<&'a Path>,
    pub(crate) pdf: Option<&'a Path>,
}

/// Write the files asked for; `leg` and `muscle` are the page's choice when it opens.
pub(crate) fn run(dirs: &Dirs, files: &Files<'_>, leg: Leg, muscle: Muscle) -> CmdResult {
    // `balance = "poor"` leaves standing out, as in the terminal; a broken config.toml is the
    // defaults here (as for the guide itself).
    let seated =
        crate::config::Config::load_or_defaults(dirs).0.balance == crate::config::Balance::Poor;
    if let Some(path) = files.page {
        write(path, &page::page(leg, muscle, seated))?;
        print_out(&format!(
            "{}\n",
            crate::t!("relief-page-written", path = path.display().to_string())
        ))?;
    }
    let card = page::card(seated);
    if let Some(path) = files.card {
        write(path, &card)?;
        print_out(&format!(
            "{}\n",
            crate::t!("relief-card-written", path = path.display().to_string())
        ))?;
    }
    if let Some(path) = files.pdf {
        pdf(&card, path)?;
        print_out(&format!(
            "{}\n",
            crate::t!("relief-pdf-written", path = path.display().to_string())
        ))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn write(path: &Path, text: &str) -> Result<(), Failure> {
    crate::fsio::write(path, text.as_bytes()).map_err(|e| Failure::io("write", path, &e))
}

/// Print `card` to a PDF at `path` through headless Chromium, in a fresh profile of its own.
fn pdf(card: &str, path: &Path) -> Result<(), Failure> {
    let path_var = std::env::var_os("PATH");
    let Some(browser) = CHROMIUMS
        .iter()
        .find_map(|b| crate::paths::on_path(b, path_var.as_deref()))
    else {
        return Err(Failure::new(crate::t!("cli-cramp-no-chromium"))
            .with_hint(crate::t!("cli-cramp-get-chromium"))
            .with_hint(crate::t!("cli-cramp-card-by-hand")));
    };
    let tmp = tempfile::tempdir()
        .map_err(|e| Failure::new(crate::t!("cli-cramp-no-temp-folder", error = e.to_string())))?;
    let html = tmp.path().join("card.html");
    let out = tmp.path().join("card.pdf");
    crate::fsio::write(&html, card.as_bytes()).map_err(|e| Failure::io("write", &html, &e))?;
    let mut cmd = Command::new(&browser);
    cmd.args([
        "--headless",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-pdf-header-footer",
    ]);
    // Chromium refuses to run as root inside its sandbox.
    // SAFETY: geteuid(2) takes nothing and cannot fail.
    if unsafe { libc::geteuid() } == 0 {
        cmd.arg("--no-sandbox");
    }
    // In a process group of its own, so that stopping it stops every process it started.
    let mut child = cmd
        .process_group(0)
        .arg(format!(
            "--user-data-dir={}",
            tmp.path().join("profile").display()
        ))
        .arg(format!("--print-to-pdf={}", out.display()))
        .arg(format!("file://{}", html.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| Failure::new(format!("cannot start {}: {e}", browser.display())))?;
    let until = Instant::now() + PRINT_LIMIT;
    let status = loop {
        if let Some(st) = child
            .try_wait()
            .map_err(|e| Failure::new(format!("cannot wait for {}: {e}", browser.display())))?
        {
            break st;
        }
        if Instant::now() > until {
            if let Ok(pid) = libc::pid_t::try_from(child.id()) {
                // SAFETY: kill(2) takes plain integers; the group is our child's own (made at
                // spawn, the child not yet reaped).
                unsafe {
                    libc::kill(-pid, libc::SIGKILL);
                }
            }
            let _ = child.wait();
            return Err(Failure::new(format!(
                "{} did not print the card within {} s",
                browser.display(),
                PRINT_LIMIT.as_secs()
            ))
            .with_hint("open the card (--card FILE) in a browser and print it to PDF"));
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let bytes = crate::fsio::read(&out, 20 * 1024 * 1024)
        .ok()
        .filter(|b| b.starts_with(b"%PDF"));
    let Some(bytes) = bytes.filter(|_| status.success()) else {
        return Err(Failure::new(format!(
            "{} did not print the card ({status})",
            browser.display()
        ))
        .with_hint("open the card (--card FILE) in a browser and print it to PDF"));
    };
    crate::fsio::write(path, &bytes).map_err(|e| Failure::io("write", path, &e))
}
