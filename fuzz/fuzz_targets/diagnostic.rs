//! The diagnostic renderer: any text (wide, combining, bidi and control characters) with any
//! span, the quote clipped and printable, the caret under the span, the line index agreeing
//! with a scan. The first four bytes choose the span; the rest is the text.
#![no_main]

#[path = "../../tests/it/invariants.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((head, rest)) = data.split_first_chunk::<4>() else {
        return;
    };
    let start = usize::from(u16::from_le_bytes([head[0], head[1]]));
    let len = usize::from(u16::from_le_bytes([head[2], head[3]]));
    let text = String::from_utf8_lossy(rest);
    if let Err(why) = invariants::diagnostic(&text, start, len) {
        panic!("{why}");
    }
});
