//! `windown-remind`: the reminder process alone, which `windown remind run` becomes. A process
//! that lives for days maps only what it links; this binary links the reminder loop and not
//! the interface (ratatui, the manual page, the shell completions).

fn main() -> std::process::ExitCode {
    windown::cli::remind::remind_main()
}
