//! Packs the message files (`locales/<lang>/<area>.ftl`) for src/i18n: for each, the packed
//! text (`<area>.ftl.lz`) and its message ids, one a line (`<area>.ftl.ids`), in
//! `$OUT_DIR/locales/<lang>/`. The format and the code are src/i18n/embed.rs.
//!
//! And, for a release build of `windown` on Linux, gives the linker src/hot.ld: the functions
//! that start-up, the home screen and a countdown run, placed together, so that the pages of
//! code the interface keeps resident are about the code it runs (bench/hot.sh makes the list);
//! and, when the C library here reads them (glibc 2.36 and later), asks for packed relative
//! relocations (DT_RELR) in both binaries: see `packed_relocations_run_here`.

#[path = "src/i18n/embed.rs"]
mod embed;

use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=locales");
    println!("cargo::rerun-if-changed=src/hot.ld");
    println!("cargo::rerun-if-env-changed=WINDOWN_PLAIN_RELOCATIONS");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux")
        && std::env::var("PROFILE").as_deref() == Ok("release")
    {
        let dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
        let script = Path::new(&dir).join("src/hot.ld");
        if script.is_file() {
            println!(
                "cargo::rustc-link-arg-bin=windown=-Wl,-T,{}",
                script.display()
            );
        }
        if packed_relocations_run_here() {
            println!("cargo::rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
        }
    }
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out).join("locales");
    let mut langs: Vec<_> = std::fs::read_dir("locales")
        .expect("locales/")
        .map(|e| e.expect("locales/").path())
        .filter(|p| p.is_dir())
        .collect();
    langs.sort();
    for lang in langs {
        let dir = out.join(lang.file_name().expect("a folder name"));
        std::fs::create_dir_all(&dir).expect("OUT_DIR is writable");
        for f in std::fs::read_dir(&lang).expect("locales/<lang>/") {
            let path = f.expect("locales/<lang>/").path();
            if path.extension().is_none_or(|x| x != "ftl") {
                continue;
            }
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let packed = embed::pack(text.as_bytes());
            assert_eq!(embed::unpack(&packed), text, "{}", path.display());
            let ids: String = text
                .lines()
                .filter_map(embed::message_id)
                .flat_map(|id| [id, "\n"])
                .collect();
            let name = path.file_name().expect("a file name").to_string_lossy();
            std::fs::write(dir.join(format!("{name}.lz")), packed).expect("OUT_DIR is writable");
            std::fs::write(dir.join(format!("{name}.ids")), ids).expect("OUT_DIR is writable");
        }
    }
}

/// Whether the binaries may carry packed relative relocations (`-z pack-relative-relocs`,
/// DT_RELR). A position-independent program is relocated at start by the loader, which reads
/// every relocation record: `windown` had 4,700 of them, 113 KB read into memory by every run
/// (issue 24); packed, they are about 2 KB. Only glibc 2.36 and later read the packed form, and
/// LLD marks the binary as needing it (GLIBC_ABI_DT_RELR) whatever the C library, so the flag
/// is given only when building for this machine and its glibc is 2.36 or later: a binary built
/// on an older system is built as before and runs there.
fn packed_relocations_run_here() -> bool {
    // A package is installed on other machines, whose glibc may be older (Ubuntu 22.04 has
    // 2.35), and cargo-deb's `$auto` does not see the need (the .deb said libc6 >= 2.34):
    // packaging/build-deb.sh sets WINDOWN_PLAIN_RELOCATIONS.
    if std::env::var_os("WINDOWN_PLAIN_RELOCATIONS").is_some() {
        return false;
    }
    let var = |k: &str| std::env::var(k).unwrap_or_default();
    if var("CARGO_CFG_TARGET_ENV") != "gnu" || var("TARGET") != var("HOST") {
        return false;
    }
    // "glibc 2.36"
    let Ok(out) = std::process::Command::new("getconf")
        .arg("GNU_LIBC_VERSION")
        .output()
    else {
        return false;
    };
    let text = String::from_utf8_lossy(&out.stdout);
    let Some(version) = text.trim().strip_prefix("glibc ") else {
        return false;
    };
    let mut parts = version.split('.').map(|p| p.parse::<u32>().unwrap_or(0));
    let (major, minor) = (parts.next().unwrap_or(0), parts.next().unwrap_or(0));
    (major, minor) >= (2, 36)
}
