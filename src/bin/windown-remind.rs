//! `windown-remind`: the reminder process alone, which `windown remind run` becomes. A process
//! that lives for days maps only what it links; this binary links the reminder loop and not
//! the interface (ratatui, the manual page, the shell completions). It is also the only binary
//! with the session-bus code: `windown remind test` and the reminders screen's test run it.

fn main() -> std::process::ExitCode {
    windown::cli::remind::remind_main()
}
