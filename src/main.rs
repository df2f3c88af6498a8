fn main() -> std::process::ExitCode {
    windown::cli::main()
}
