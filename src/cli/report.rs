//! `windown report`: the page for a clinician, as text on stdout and, with `--html`, as one
//! self-contained HTML page. The page itself is [`crate::history::report`]'s; the history is
//! read as the other history commands read it ([`super::history`]).

use std::process::ExitCode;

use clap::Args;

use super::history::{leave_to_exit, load_for_command, now};
use crate::error::{CmdResult, Failure, print_out};
use crate::i18n::{self, Messages};
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
    /// Also write the report as a PDF, through Chromium when it is installed.
    #[arg(long, value_name = "FILE")]
    pub(crate) pdf: Option<std::path::PathBuf>,
    /// A name to print on the report (never stored).
    #[arg(long)]
    pub(crate) name: Option<String>,
    /// The report's language, from the global `--lang` (moved here at start: the report's
    /// own, never remembered in config.toml).
    #[arg(skip)]
    pub(crate) lang: Option<String>,
}

/// `windown report`: the page as text, and as HTML with `--html`.
pub(crate) fn report(dirs: &Dirs, args: ReportArgs) -> CmdResult {
    let own;
    let m: &Messages = match args.lang.as_deref() {
        None => i18n::current(),
        Some(tag) => {
            let Some(lang) = i18n::negotiate(tag) else {
                return Err(
                    Failure::usage(format!("windown has no messages in \"{tag}\"")).with_hint(
                        format!(
                            "--lang takes one of {} (or {}, a test language)",
                            i18n::LANGUAGES.join(", "),
                            i18n::PSEUDO
                        ),
                    ),
                );
            };
            own = Messages::with_overrides(lang, &dirs.config)?;
            &own
        }
    };
    let loaded = load_for_command(dirs)?;
    let rules = crate::history::NightRules::load(dirs);
    let last_night = rules.last_night_over(now());
    let at = now();
    if let Some(n) = &args.name {
        crate::history::record::check_note(n)
            .map_err(|e| Failure::usage(e.to_string().replace("the note", "the name")))?;
    }
    // `--name`, else config.toml's `[report] name` (checked as it is read); a mistake in
    // config.toml is said on stderr and never stops the report.
    let name = match args.name.clone() {
        Some(n) => Some(n),
        None => {
            let (config, problems) = crate::config::Config::load_or_defaults(dirs);
            crate::config::Config::warn_problems(&problems);
            config.report.name
        }
    };
    let r =
        crate::history::report::Report::compute(&loaded.records, &rules, last_night, args.weeks)
            .printed_on(at.date_naive())
            .named(name)
            .with_experiment(
                crate::trial::report_section(m, &loaded.records, rules, at),
                crate::trial::experiment_state(&loaded.records, rules, at),
            );
    if let Some(path) = &args.html {
        crate::fsio::Write::new()
            .output()
            .to(path, r.to_html_in(m).as_bytes())
            .map(drop)
            .map_err(|e| Failure::io("write", path, &e))?;
    }
    if let Some(path) = &args.pdf {
        write_pdf(&r.to_html_in(m), path)?;
    }
    print_out(&r.to_text_in(m))?;
    let wrote = |id: &str, path: &std::path::Path| {
        let path = path.display().to_string();
        m.tr(id, &[("path", i18n::Arg::from(path))]) + "\n"
    };
    if let Some(path) = &args.html {
        print_out(&wrote("report-wrote-html", path))?;
    }
    if let Some(path) = &args.pdf {
        print_out(&wrote("report-wrote-pdf", path))?;
    }
    drop(r);
    leave_to_exit(loaded);
    Ok(ExitCode::SUCCESS)
}

/// The browsers that can print the page to PDF, in the order tried.
const CHROMIUMS: [&str; 3] = ["chromium", "chromium-browser", "google-chrome"];

/// The longest a PDF may take before the browser is stopped.
const PDF_WAIT: std::time::Duration = std::time::Duration::from_secs(60);

/// The first of [`CHROMIUMS`] on `PATH`.
fn find_chromium() -> Option<std::path::PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| CHROMIUMS.iter().map(move |n| dir.join(n)))
        .find(|p| p.is_file())
}

/// Print `html` to `path` with headless Chromium: the page in a private temporary folder with
/// its own browser profile (the person's is never touched), no header or footer.
fn write_pdf(html: &str, path: &std::path::Path) -> Result<(), Failure> {
    let Some(browser) = find_chromium() else {
        return Err(
            Failure::new("cannot write the PDF: no Chromium found (chromium, chromium-browser or google-chrome)")
                .with_hint("install Chromium (for example: sudo apt install chromium), or write the page with --html and print it to PDF from any browser"),
        );
    };
    let tmp = tempfile::tempdir()
        .map_err(|e| Failure::new(format!("cannot make a temporary folder: {e}")))?;
    let page = tmp.path().join("report.html");
    crate::fsio::write(&page, html.as_bytes()).map_err(|e| Failure::io("write", &page, &e))?;
    let out = tmp.path().join("report.pdf");
    let mut cmd = std::process::Command::new(&browser);
    cmd.args([
        "--headless",
        "--disable-gpu",
        "--no-first-run",
        "--no-pdf-header-footer",
    ])
    .arg(format!(
        "--user-data-dir={}",
        tmp.path().join("profile").display()
    ))
    .arg(format!("--print-to-pdf={}", out.display()));
    // Chromium refuses to run as root without this (the owner of /proc/self is the
    // effective user).
    let root =
        std::fs::metadata("/proc/self").is_ok_and(|m| std::os::unix::fs::MetadataExt::uid(&m) == 0);
    if root {
        cmd.arg("--no-sandbox");
    }
    let mut child = cmd
        .arg(format!("file://{}", page.display()))
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map_err(|e| Failure::new(format!("cannot start {}: {e}", browser.display())))?;
    let until = std::time::Instant::now() + PDF_WAIT;
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break st,
            Ok(None) if std::time::Instant::now() < until => {
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
            Ok(None) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(Failure::new(
                    "cannot write the PDF: Chromium took more than a minute",
                ));
            }
            Err(e) => return Err(Failure::new(format!("cannot wait for Chromium: {e}"))),
        }
    };
    let bytes = std::fs::read(&out)
        .ok()
        .filter(|b| status.success() && b.starts_with(b"%PDF"));
    let Some(bytes) = bytes else {
        return Err(Failure::new(format!(
            "cannot write the PDF: {} did not make one ({status})",
            browser.display()
        )));
    };
    crate::fsio::write(path, &bytes).map_err(|e| Failure::io("write", path, &e))
}
