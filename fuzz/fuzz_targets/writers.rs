//! What windown writes for other programs: each status bar's escaping of any title, and the
//! calendar blocks of any `every` window. The invariants are the property tests'
//! (tests/it/invariants.rs), here with far more runs.
#![no_main]

#[path = "../../tests/it/invariants.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if data.len() >= 13 {
        let n = |i: usize| u32::from_le_bytes([data[i], data[i + 1], data[i + 2], data[i + 3]]);
        let step = u64::from(n(8) % 90_000);
        if let Err(why) = invariants::every_window(n(0), n(4), step, data[12]) {
            panic!("{why}");
        }
    }
    if let Ok(text) = std::str::from_utf8(data)
        && let Err(why) = invariants::bar_text(text)
    {
        panic!("{why}");
    }
});
