//! The message files as they are compiled in: each `locales/<lang>/<area>.ftl` packed by
//! build.rs (a byte-oriented LZ77: about a third of the text's size, so the binary stays
//! small as languages and areas grow) and unpacked when the file is first used, straight into
//! the text that Fluent parses (no second copy), plus the list of its message ids, which the
//! index is made from without unpacking anything. build.rs includes this file too
//! ([`message_id`] and [`pack`] run there; it unpacks what it packed to check it).
//!
//! The packed format: the text's length in bytes (a LEB128 varint), then tokens: a byte `t`
//! below 0x80 is `t + 1` literal bytes that follow; a byte `t` from 0x80 is a copy of
//! `(t & 0x7f) + MIN_MATCH` bytes from a distance (a varint, at least 1) back in the text
//! unpacked so far (it may overlap what it writes).

/// The shortest copy.
const MIN_MATCH: usize = 4;
/// The longest copy.
const MAX_MATCH: usize = 0x7f + MIN_MATCH;

/// The id a line of a Fluent file defines, when it starts a message: an identifier at the
/// line's start (`[a-zA-Z][a-zA-Z0-9_-]*`), blanks, then `=`. Comments (`#`), terms (`-`) and
/// indented continuation lines define none.
#[allow(dead_code)] // build.rs and the tests
pub(crate) fn message_id(line: &str) -> Option<&str> {
    let b = line.as_bytes();
    if !b.first()?.is_ascii_alphabetic() {
        return None;
    }
    let end = b
        .iter()
        .position(|&c| !(c.is_ascii_alphanumeric() || c == b'-' || c == b'_'))
        .unwrap_or(b.len());
    line[end..]
        .trim_start_matches(' ')
        .starts_with('=')
        .then(|| &line[..end])
}

#[allow(dead_code)] // build.rs and the tests
fn put_varint(out: &mut Vec<u8>, mut n: usize) {
    while n >= 0x80 {
        out.push((n as u8 & 0x7f) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

#[allow(dead_code)] // build.rs and the tests
fn varint_len(n: usize) -> usize {
    let mut len = 1;
    let mut n = n >> 7;
    while n > 0 {
        len += 1;
        n >>= 7;
    }
    len
}

/// A varint at `at`, and where the next byte is.
fn get_varint(b: &[u8], mut at: usize) -> (usize, usize) {
    let (mut n, mut shift) = (0usize, 0);
    loop {
        let byte = b[at];
        at += 1;
        n |= usize::from(byte & 0x7f) << shift;
        if byte < 0x80 {
            return (n, at);
        }
        shift += 7;
    }
}

/// Hash chains over 4-byte prefixes, for [`pack`]: the last position with each prefix, and
/// for each position the one before it with the same prefix.
#[allow(dead_code)] // build.rs and the tests
struct Chains<'a> {
    text: &'a [u8],
    head: std::collections::HashMap<[u8; 4], usize>,
    prev: Vec<usize>,
}

#[allow(dead_code)] // build.rs and the tests
impl Chains<'_> {
    fn key(&self, i: usize) -> Option<[u8; 4]> {
        self.text.get(i..i + 4)?.try_into().ok()
    }

    fn insert(&mut self, i: usize) {
        if let Some(k) = self.key(i) {
            self.prev[i] = self.head.insert(k, i).unwrap_or(usize::MAX);
        }
    }

    /// The longest earlier copy of the text at `i` worth a copy token: (length, distance).
    fn longest(&self, i: usize) -> (usize, usize) {
        let (mut best, mut dist) = (0, 0);
        let Some(k) = self.key(i) else {
            return (0, 0);
        };
        let mut j = self.head.get(&k).copied().unwrap_or(usize::MAX);
        let mut steps = 0;
        while j != usize::MAX && steps < 512 {
            let len = self.text[i..]
                .iter()
                .zip(&self.text[j..])
                .take(MAX_MATCH)
                .take_while(|(a, b)| a == b)
                .count();
            // Worth it only when the token is shorter than the bytes it stands for.
            if len > best && len > 1 + varint_len(i - j) {
                (best, dist) = (len, i - j);
            }
            j = self.prev[j];
            steps += 1;
        }
        (best, dist)
    }
}

/// `text` packed (build.rs; greedy with one step of lazy matching, over the whole text).
#[allow(dead_code)] // build.rs and the tests
pub(crate) fn pack(text: &[u8]) -> Vec<u8> {
    let n = text.len();
    let mut out = Vec::with_capacity(n / 2);
    put_varint(&mut out, n);
    let mut chains = Chains {
        text,
        head: std::collections::HashMap::new(),
        prev: vec![usize::MAX; n],
    };
    let flush = |out: &mut Vec<u8>, from: usize, to: usize| {
        for chunk in text[from..to].chunks(0x80) {
            out.push(chunk.len() as u8 - 1);
            out.extend_from_slice(chunk);
        }
    };
    let (mut i, mut literal) = (0, 0);
    while i < n {
        let (len, dist) = chains.longest(i);
        chains.insert(i);
        if len >= MIN_MATCH {
            // One step lazy: a longer copy from the next byte wins over this one.
            if chains.longest(i + 1).0 > len + 1 {
                i += 1;
                continue;
            }
            flush(&mut out, literal, i);
            out.push(0x80 | (len - MIN_MATCH) as u8);
            put_varint(&mut out, dist);
            for k in i + 1..i + len {
                chains.insert(k);
            }
            i += len;
            literal = i;
        } else {
            i += 1;
        }
    }
    flush(&mut out, literal, n);
    out
}

/// The text `packed` holds (as [`pack`] made it from UTF-8 text).
pub(crate) fn unpack(packed: &[u8]) -> String {
    let (len, mut at) = get_varint(packed, 0);
    let mut out: Vec<u8> = Vec::with_capacity(len);
    while at < packed.len() {
        let t = packed[at];
        at += 1;
        if t < 0x80 {
            let n = usize::from(t) + 1;
            out.extend_from_slice(&packed[at..at + n]);
            at += n;
        } else {
            let n = usize::from(t & 0x7f) + MIN_MATCH;
            let (dist, next) = get_varint(packed, at);
            at = next;
            let from = out.len() - dist;
            if dist >= n {
                out.extend_from_within(from..from + n);
            } else {
                for k in from..from + n {
                    out.push(out[k]);
                }
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| unreachable!("build.rs packs UTF-8 text"))
}
