//! `windown-remind`: the reminder process alone, which `windown remind run` becomes. A process
//! that lives for days maps only what it links; this binary links the reminder loop and not
//! the interface (ratatui, the manual page, the shell completions). It is also the only binary
//! with the session-bus code: `windown remind test` and the reminders screen's test run it.

fn main() -> std::process::ExitCode {
    // One malloc arena for every thread (as `windown`, src/main.rs): each notification's
    // thread would otherwise make an arena of its own, resident while the process lives.
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets a malloc parameter; it is called before any thread exists.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
    windown::cli::remind::remind_main()
}
