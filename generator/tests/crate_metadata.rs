//! The crates.io metadata of `CrateConfig` reaches the generated `Cargo.toml` as valid TOML,
//! whatever text it holds, and docs.rs is asked to document every feature.

use docgen::render::rust::{CrateConfig, CrateMetadata};
use std::path::PathBuf;

fn manifest(metadata: CrateMetadata) -> toml::Table {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let pages = docgen::files::read_pages_in(&root, &[PathBuf::from("docs-input")])
        .expect("docs-input is readable");
    let config = docgen::Config {
        link: docgen::link::LinkConfig::default(),
        krate: CrateConfig {
            crate_name: "meta-crate".into(),
            crate_version: "0.1.0".into(),
            description: "metadata".into(),
            docs_note: "docs-input".into(),
            metadata,
        },
        title: "metadata".into(),
    };
    let generated = docgen::generate(&pages, &config).expect("renders");
    let (_, text) = generated
        .files
        .iter()
        .find(|(path, _)| path.ends_with("Cargo.toml"))
        .expect("a Cargo.toml");
    toml::from_str(text).unwrap_or_else(|e| panic!("Cargo.toml is TOML: {e}\n{text}"))
}

fn package_str<'a>(manifest: &'a toml::Table, key: &str) -> Option<&'a str> {
    manifest["package"].get(key).and_then(|v| v.as_str())
}

fn package_list(manifest: &toml::Table, key: &str) -> Vec<String> {
    manifest["package"]
        .get(key)
        .and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn every_key_round_trips_through_toml_escaping() {
    // Quotes, backslashes, line breaks and U+2028 would end or corrupt a naive TOML string.
    let hostile = "a \"quoted\" \\ path\nnext\u{2028}line";
    let manifest = manifest(CrateMetadata {
        repository: Some(hostile.into()),
        documentation: Some(format!("https://example.invalid/{hostile}")),
        keywords: vec!["graph".into(), hostile.into()],
        categories: vec!["api-bindings".into()],
        rust_version: Some("1.88".into()),
    });
    assert_eq!(package_str(&manifest, "repository"), Some(hostile));
    assert_eq!(
        package_str(&manifest, "documentation"),
        Some(format!("https://example.invalid/{hostile}").as_str())
    );
    assert_eq!(
        package_list(&manifest, "keywords"),
        vec!["graph".to_string(), hostile.to_string()]
    );
    assert_eq!(
        package_list(&manifest, "categories"),
        vec!["api-bindings".to_string()]
    );
    assert_eq!(package_str(&manifest, "rust-version"), Some("1.88"));
}

#[test]
fn empty_keys_are_left_out_and_docs_rs_documents_all_features() {
    let manifest = manifest(CrateMetadata::default());
    for key in ["repository", "keywords", "categories", "rust-version"] {
        assert!(
            manifest["package"].get(key).is_none(),
            "{key} is written without a value"
        );
    }
    assert_eq!(
        package_str(&manifest, "documentation"),
        Some("https://docs.rs/meta-crate")
    );
    let docs_rs = manifest["package"]
        .get("metadata")
        .and_then(|m| m.get("docs"))
        .and_then(|d| d.get("rs"));
    assert_eq!(
        docs_rs
            .and_then(|d| d.get("all-features"))
            .and_then(|v| v.as_bool()),
        Some(true)
    );
}
