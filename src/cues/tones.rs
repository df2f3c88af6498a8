//! The built-in sounds, made by windown: a few sine tones written as WAV files (16-bit mono
//! PCM), so no sound files ship and no audio library is needed at build time.
//!
//! Owns how each [`Tone`] sounds, the WAV writer and its reader (the reader checks the writer
//! in tests, and `windown cues check`), and the folder of tone files a session plays from.
//! Playing them is [`super::player`]'s job.
//!
//! How they differ by ear: a tick is one short high blip; get ready one soft middle note; a
//! hold two notes going up; a rest two notes going down; a side switch three quick alternating
//! notes; the end a slow rising chord of three notes; a breath pacer two soft low notes, up
//! for in and down for out.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

/// A built-in sound. Each is distinct by ear: see the module docs for how they sound. Which
/// one sounds when is `crate::session::script`'s.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Tone {
    /// One of the last seconds of a phase.
    Tick,
    /// A get-ready phase or a task begins.
    Ready,
    /// A hold begins.
    Hold,
    /// A rest begins.
    Rest,
    /// Switch sides.
    Switch,
    /// The routine is over.
    Done,
    /// A breath pacer: breathe in.
    BreathIn,
    /// A breath pacer: breathe out.
    BreathOut,
}

impl Tone {
    pub(crate) const ALL: [Tone; 8] = [
        Tone::Tick,
        Tone::Ready,
        Tone::Hold,
        Tone::Rest,
        Tone::Switch,
        Tone::Done,
        Tone::BreathIn,
        Tone::BreathOut,
    ];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Tone::Tick => "tick",
            Tone::Ready => "ready",
            Tone::Hold => "hold",
            Tone::Rest => "rest",
            Tone::Switch => "switch",
            Tone::Done => "done",
            Tone::BreathIn => "breathe-in",
            Tone::BreathOut => "breathe-out",
        }
    }
}

/// Samples a second.
pub(crate) const RATE: u32 = 22_050;

/// A note: frequency in hertz (0: silence) and length in milliseconds.
type Note = (f64, u32);

/// Loudness, 0..=1 of full scale: moderate, so a tone never startles.
const LOUD: f64 = 0.35;
const SOFT: f64 = 0.2;

/// Fade in and out at each note's ends, so it starts and stops without a click.
const FADE_MS: f64 = 8.0;

/// The notes of a tone and how loud it is.
fn notes(tone: Tone) -> (&'static [Note], f64) {
    match tone {
        Tone::Tick => (&[(1318.5, 60)], SOFT),
        Tone::Ready => (&[(523.25, 220)], SOFT),
        Tone::Hold => (&[(659.25, 130), (880.0, 200)], LOUD),
        Tone::Rest => (&[(659.25, 150), (440.0, 260)], LOUD),
        Tone::Switch => (
            &[
                (880.0, 90),
                (0.0, 30),
                (659.25, 90),
                (0.0, 30),
                (880.0, 120),
            ],
            LOUD,
        ),
        Tone::Done => (&[(523.25, 180), (659.25, 180), (783.99, 420)], LOUD),
        // Soft and low: a breath pacer sounds every few seconds for minutes.
        Tone::BreathIn => (&[(392.0, 90), (440.0, 160)], SOFT),
        Tone::BreathOut => (&[(440.0, 90), (349.23, 200)], SOFT),
    }
}

/// The samples of `tone`.
pub(crate) fn samples(tone: Tone) -> Vec<i16> {
    let (notes, volume) = notes(tone);
    let mut out = Vec::new();
    for &(freq, ms) in notes {
        let n = (RATE as usize * ms as usize) / 1000;
        let fade = (f64::from(RATE) * FADE_MS / 1000.0).max(1.0);
        for i in 0..n {
            if freq <= 0.0 {
                out.push(0);
                continue;
            }
            let t = i as f64 / f64::from(RATE);
            let edge = (i.min(n - 1 - i) as f64 / fade).min(1.0);
            let v = libm::sin(2.0 * std::f64::consts::PI * freq * t) * volume * edge;
            out.push((v * f64::from(i16::MAX)) as i16);
        }
    }
    out
}

/// A WAV file (RIFF, PCM, 16-bit, mono) of these samples.
pub(crate) fn wav(samples: &[i16]) -> Vec<u8> {
    let data_len = u32::try_from(samples.len() * 2).unwrap_or(u32::MAX - 36);
    let mut out = Vec::with_capacity(44 + samples.len() * 2);
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&(36 + data_len).to_le_bytes());
    out.extend_from_slice(b"WAVE");
    out.extend_from_slice(b"fmt ");
    out.extend_from_slice(&16u32.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes()); // PCM
    out.extend_from_slice(&1u16.to_le_bytes()); // mono
    out.extend_from_slice(&RATE.to_le_bytes());
    out.extend_from_slice(&(RATE * 2).to_le_bytes()); // bytes a second
    out.extend_from_slice(&2u16.to_le_bytes()); // bytes a frame
    out.extend_from_slice(&16u16.to_le_bytes()); // bits a sample
    out.extend_from_slice(b"data");
    out.extend_from_slice(&data_len.to_le_bytes());
    for s in samples {
        out.extend_from_slice(&s.to_le_bytes());
    }
    out
}

#[cfg(test)]
/// What [`read`] finds in a WAV file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Wav {
    pub(crate) rate: u32,
    pub(crate) channels: u16,
    pub(crate) bits: u16,
    pub(crate) samples: Vec<i16>,
}

#[cfg(test)]
/// Read a 16-bit PCM WAV file (any chunk order, unknown chunks skipped).
pub(crate) fn read(bytes: &[u8]) -> Result<Wav, String> {
    let u16_at = |i: usize| -> Option<u16> {
        Some(u16::from_le_bytes(bytes.get(i..i + 2)?.try_into().ok()?))
    };
    let u32_at = |i: usize| -> Option<u32> {
        Some(u32::from_le_bytes(bytes.get(i..i + 4)?.try_into().ok()?))
    };
    if bytes.get(0..4) != Some(b"RIFF") || bytes.get(8..12) != Some(b"WAVE") {
        return Err("not a RIFF WAVE file".into());
    }
    let mut at = 12;
    let mut format = None;
    while let (Some(id), Some(len)) = (bytes.get(at..at + 4), u32_at(at + 4)) {
        let body = at + 8;
        let len = len as usize;
        let end = body.checked_add(len).filter(|&e| e <= bytes.len());
        match id {
            b"fmt " => {
                let (Some(kind), Some(channels), Some(rate), Some(bits)) = (
                    u16_at(body),
                    u16_at(body + 2),
                    u32_at(body + 4),
                    u16_at(body + 14),
                ) else {
                    return Err("the format chunk is cut short".into());
                };
                if kind != 1 || bits != 16 {
                    return Err(format!("not 16-bit PCM (format {kind}, {bits} bits)"));
                }
                format = Some((channels, rate, bits));
            }
            b"data" => {
                let Some((channels, rate, bits)) = format else {
                    return Err("data before the format chunk".into());
                };
                let end = end.ok_or("the data chunk is cut short")?;
                let samples = bytes[body..end]
                    .chunks_exact(2)
                    .map(|c| i16::from_le_bytes([c[0], c[1]]))
                    .collect();
                return Ok(Wav {
                    rate,
                    channels,
                    bits,
                    samples,
                });
            }
            _ => {}
        }
        // Chunks are padded to an even length.
        at = body.saturating_add(len + (len & 1));
    }
    Err("no data chunk".into())
}

/// The tone files of one run of windown, in a private temporary folder removed when dropped.
#[derive(Debug)]
pub(crate) struct ToneFiles {
    /// Held, not read: the folder lives (and is removed) with this value.
    #[cfg_attr(not(test), allow(dead_code))]
    dir: tempfile::TempDir,
    files: BTreeMap<Tone, PathBuf>,
}

impl ToneFiles {
    /// A new private folder under `parent` (the system's temporary folder when `None`) for
    /// the tones; what [`ToneFiles::writer`] returns fills it (on a player's thread, so that
    /// writing never holds up the first frame).
    pub(crate) fn new(parent: Option<&Path>) -> io::Result<ToneFiles> {
        let dir = match parent {
            Some(p) => tempfile::Builder::new()
                .prefix("windown-tones")
                .tempdir_in(p)?,
            None => tempfile::Builder::new().prefix("windown-tones").tempdir()?,
        };
        let files = Tone::ALL
            .iter()
            .map(|&t| (t, dir.path().join(format!("{}.wav", t.as_str()))))
            .collect();
        Ok(ToneFiles { dir, files })
    }

    #[cfg(test)]
    /// Write every tone into the folder.
    pub(crate) fn write(&self) -> io::Result<()> {
        self.writer()()
    }

    /// Writing every tone into the folder, to be done later on another thread.
    pub(crate) fn writer(&self) -> impl FnOnce() -> io::Result<()> + Send + 'static {
        let files: Vec<(Tone, PathBuf)> = self.files.clone().into_iter().collect();
        move || {
            for (tone, path) in files {
                crate::fsio::write(&path, &wav(&samples(tone)))?;
            }
            Ok(())
        }
    }

    /// The file of `tone`.
    pub(crate) fn path(&self, tone: Tone) -> Option<&Path> {
        self.files.get(&tone).map(PathBuf::as_path)
    }

    #[cfg(test)]
    pub(crate) fn folder(&self) -> &Path {
        self.dir.path()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_writer_and_reader_agree() {
        for tone in Tone::ALL {
            let s = samples(tone);
            let w = read(&wav(&s)).unwrap();
            assert_eq!((w.rate, w.channels, w.bits), (RATE, 1, 16));
            assert_eq!(w.samples, s, "{tone:?}");
            let peak = s.iter().map(|v| v.unsigned_abs()).max().unwrap();
            assert!(peak > 3000 && peak < 16000, "{tone:?} peak {peak}");
            // Quiet at both ends: no click.
            assert!(s[0].unsigned_abs() < 200 && s[s.len() - 1].unsigned_abs() < 500);
        }
    }

    #[test]
    fn each_tone_is_its_own_length_and_the_tick_is_short() {
        let ms = |t| samples(t).len() as u32 * 1000 / RATE;
        assert!(ms(Tone::Tick) <= 80);
        let mut lengths: Vec<_> = Tone::ALL.iter().map(|&t| (ms(t), t)).collect();
        lengths.sort();
        assert!(lengths.iter().all(|(m, _)| *m < 1000));
        assert_ne!(samples(Tone::Hold), samples(Tone::Rest));
    }

    #[test]
    fn broken_files_are_refused_not_panicked_on() {
        let good = wav(&samples(Tone::Tick));
        for cut in [0, 4, 12, 20, 30, 43, 50] {
            let _ = read(&good[..cut]);
        }
        assert!(read(b"RIFF\0\0\0\0WAVEdata\xff\xff\xff\xff").is_err());
        let mut odd = good.clone();
        odd[20] = 3; // IEEE float
        assert!(read(&odd).is_err());
    }

    #[test]
    fn tone_files_are_written_and_removed() {
        let tmp = tempfile::tempdir().unwrap();
        let folder;
        {
            let files = ToneFiles::new(Some(tmp.path())).unwrap();
            files.write().unwrap();
            folder = files.folder().to_path_buf();
            for tone in Tone::ALL {
                let bytes = std::fs::read(files.path(tone).unwrap()).unwrap();
                assert_eq!(read(&bytes).unwrap().samples, samples(tone));
            }
        }
        assert!(!folder.exists());
    }
}
