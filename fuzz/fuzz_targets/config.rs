//! A config file: parsed, or one located error.
//! The invariants are the property tests' (tests/it/invariants.rs), here with far more runs.
#![no_main]

#[path = "../../tests/it/invariants.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    // Files are read as UTF-8 or refused before any parser sees them.
    if let Ok(text) = std::str::from_utf8(data)
        && let Err(why) = invariants::config(text)
    {
        panic!("{why}");
    }
});
