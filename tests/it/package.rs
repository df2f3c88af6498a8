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
