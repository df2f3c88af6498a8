//! The crate is complete: the licence texts its `license = "MIT OR Apache-2.0"` names, and the
//! JSON Schemas, are in the repository and listed in `include` (what `cargo package` carries).

use std::path::Path;

#[test]
fn the_package_carries_its_licences_and_schemas() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let manifest: toml::Table =
        toml::from_str(&std::fs::read_to_string(root.join("Cargo.toml")).unwrap()).unwrap();
    let package = manifest["package"].as_table().unwrap();
    assert_eq!(package["license"].as_str(), Some("MIT OR Apache-2.0"));
    let include: Vec<&str> = package["include"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    for (file, first_words) in [
        ("LICENSE-MIT", "MIT License"),
        ("LICENSE-APACHE", "Apache License"),
    ] {
        assert!(include.contains(&file), "{file} is not in include");
        let text = std::fs::read_to_string(root.join(file)).unwrap();
        assert!(text.trim_start().starts_with(first_words), "{file}");
    }
    assert!(include.contains(&"schemas/**/*"));
    for key in ["keywords", "categories", "description", "readme"] {
        assert!(package.contains_key(key), "{key}");
    }
}

/// The description is the .deb's synopsis as well (cargo-deb has no other): one line under 80
/// characters, no full stop at its end (Debian policy 3.4.1, lintian's
/// `synopsis-too-long` and `synopsis-is-a-sentence`); the package's paragraph is
/// `extended-description`, whole sentences.
#[test]
fn the_description_is_a_debian_synopsis() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let manifest: toml::Table =
        toml::from_str(&std::fs::read_to_string(root.join("Cargo.toml")).unwrap()).unwrap();
    let synopsis = manifest["package"]["description"].as_str().unwrap();
    assert!(synopsis.chars().count() < 80, "{synopsis}");
    assert!(
        !synopsis.ends_with('.') && !synopsis.contains('\n'),
        "{synopsis}"
    );
    assert!(
        !synopsis.starts_with("A ") && !synopsis.starts_with("windown"),
        "{synopsis}"
    );
    let long = manifest["package"]["metadata"]["deb"]["extended-description"]
        .as_str()
        .unwrap();
    assert!(long.ends_with('.') && long.len() > synopsis.len(), "{long}");
}

/// Every file `cargo deb` packages is in the repository, or made by packaging/build-deb.sh
/// (the binaries, and the man page and completions under target/package-assets/); the desktop
/// entry and the unit are the ones in packaging/; the `dist` profile is whole-program.
#[test]
fn the_deb_packages_what_exists_and_dist_is_whole_program() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let manifest: toml::Table =
        toml::from_str(&std::fs::read_to_string(root.join("Cargo.toml")).unwrap()).unwrap();
    let deb = manifest["package"]["metadata"]["deb"].as_table().unwrap();
    let script = std::fs::read_to_string(root.join("packaging/build-deb.sh")).unwrap();
    let mut dests = Vec::new();
    for asset in deb["assets"].as_array().unwrap() {
        let a = asset.as_array().unwrap();
        let (src, dest) = (a[0].as_str().unwrap(), a[1].as_str().unwrap());
        dests.push(dest.to_string());
        if let Some(made) = src.strip_prefix("target/package-assets/") {
            assert!(
                script.contains(&format!("\"$out/{made}\"")),
                "{made} is not made"
            );
        } else if let Some(bin) = src.strip_prefix("target/release/") {
            assert!(["windown", "windown-remind"].contains(&bin), "{bin}");
        } else if let Some(dir) = src.strip_suffix("/*.md") {
            assert!(root.join(dir).is_dir(), "{src}");
        } else {
            assert!(root.join(src).is_file(), "{src} is not in the repository");
        }
    }
    for dest in [
        "usr/bin/",
        "usr/share/man/man1/",
        "usr/share/bash-completion/completions/windown",
        "usr/share/zsh/vendor-completions/",
        "usr/share/fish/vendor_completions.d/",
        "usr/share/applications/",
        "usr/lib/systemd/user/",
        "usr/share/doc/windown/",
    ] {
        assert!(dests.iter().any(|d| d == dest), "nothing goes to {dest}");
    }
    let recommends = deb["recommends"].as_str().unwrap();
    assert!(
        recommends.starts_with("espeak-ng | speech-dispatcher"),
        "{recommends}"
    );
    let desktop = std::fs::read_to_string(root.join("packaging/windown.desktop")).unwrap();
    for line in [
        "Terminal=true",
        "Icon=windown",
        "Exec=windown cramp",
        "Name=Cramp now",
    ] {
        assert!(desktop.lines().any(|l| l == line), "{line}");
    }
    // The AUR and Homebrew recipes build from the crate: what they install travels in it.
    let include: Vec<&str> = manifest["package"]["include"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    for file in [
        "packaging/windown.desktop",
        "packaging/windown-remind.service",
    ] {
        assert!(include.contains(&file), "{file} is not in include");
    }
    let dist = manifest["profile"]["dist"].as_table().unwrap();
    assert_eq!(dist["inherits"].as_str(), Some("release"));
    assert_eq!(dist["lto"].as_str(), Some("fat"));
    assert_eq!(dist["codegen-units"].as_integer(), Some(1));
    assert_eq!(dist["strip"].as_bool(), Some(true));
}

/// The desktop entry is valid to the tool desktops use (desktop-file-validate).
#[test]
fn the_desktop_entry_validates() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    match std::process::Command::new("desktop-file-validate")
        .arg(root.join("packaging/windown.desktop"))
        .output()
    {
        Ok(out) => assert!(
            out.status.success() && out.stdout.is_empty(),
            "{}",
            String::from_utf8_lossy(&out.stdout)
        ),
        Err(_) if std::env::var("CI").as_deref() != Ok("true") => {
            eprintln!("skipped: desktop-file-validate is not installed");
        }
        Err(e) => panic!("desktop-file-validate is required when CI=true: {e}"),
    }
}
