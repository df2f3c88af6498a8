fn main() -> std::process::ExitCode {
    one_malloc_arena();
    windown::cli::main()
}

/// One malloc arena for every thread. glibc gives each thread that allocates its own arena (a
/// heap of its own, some of it resident for as long as the thread lives); the app's threads
/// (input, watch, work, cues) allocate little and seldom, so sharing the main one costs nothing
/// measurable and keeps their arenas' pages out (issue 24). A call to the C library already
/// linked: nothing new is loaded.
fn one_malloc_arena() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets a malloc parameter; it is called before any thread exists.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
}
