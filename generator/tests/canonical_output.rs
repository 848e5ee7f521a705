//! Rendering prints Rust the way prettyplease does without running it on every file (issue 11):
//! each rendered file must be a fixed point of `prettyplease::unparse(syn::parse_file(..))`,
//! so a printer or template that drifts from canonical form fails here. Checked on every
//! committed output (generated/ and the goldens, which `regen --check` holds to the current
//! renderer), on the recent corpus sample and on a slice of the 2021 reference. The same slice
//! renders to the same bytes on one thread and on several.
//!
//! The runtime files (`src/lib.rs`, `src/request.rs`, the client's files, `tests/client.rs`) and
//! `tests/examples.rs` are left out: they still go through prettyplease, which is not idempotent
//! on every statement (it prints a long method chain inside a closure one way, and that output
//! another way).

/// Whether a file is printed by docgen itself (not passed through prettyplease): the models and
/// endpoints modules.
fn printed_directly(name: &str) -> bool {
    let name = name.replace('\\', "/");
    name.ends_with(".rs") && (name.contains("src/models/") || name.contains("src/endpoints/"))
}

use docgen::render::rust::{CrateConfig, CrateMetadata};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

/// Names of the files in `files` that prettyplease would print differently, with the first
/// differing line.
fn not_canonical<'a>(files: impl Iterator<Item = (String, &'a str)>) -> Vec<String> {
    let mut bad = Vec::new();
    for (name, text) in files {
        let parsed = match syn::parse_file(text) {
            Ok(parsed) => parsed,
            Err(e) => {
                bad.push(format!("{name}: does not parse: {e}"));
                continue;
            }
        };
        let printed = prettyplease::unparse(&parsed);
        if printed != text {
            let line = printed
                .lines()
                .zip(text.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(printed.lines().count().min(text.lines().count()));
            bad.push(format!(
                "{name}:{}: prettyplease prints {:?}, rendered {:?}",
                line + 1,
                printed.lines().nth(line).unwrap_or(""),
                text.lines().nth(line).unwrap_or("")
            ));
        }
    }
    bad
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n == "target") {
                continue;
            }
            rust_files(&path, out);
        } else if printed_directly(&path.to_string_lossy()) {
            out.push(path);
        }
    }
}

fn generate(pages: &[PathBuf], version: &str) -> BTreeMap<String, String> {
    let sources = docgen::files::read_pages(pages).expect("corpus pages are readable");
    let config = docgen::Config {
        link: docgen::link::LinkConfig {
            version: Some(version.to_string()),
        },
        krate: CrateConfig {
            crate_name: "sample".to_string(),
            crate_version: "0.0.0".to_string(),
            description: "A sample.".to_string(),
            docs_note: "a sample".to_string(),
            metadata: CrateMetadata::default(),
        },
        title: "Sample".to_string(),
    };
    docgen::generate(&sources, &config).expect("renders").files
}

fn check_generated(files: &BTreeMap<String, String>) {
    let rust = files
        .iter()
        .filter(|(name, _)| printed_directly(name))
        .map(|(name, text)| (name.clone(), text.as_str()));
    let bad = not_canonical(rust);
    assert!(
        bad.is_empty(),
        "not prettyplease's form:\n{}",
        bad.join("\n")
    );
}

/// Every `step`th page of a 2021 reference folder (sorted), for a varied sample.
fn slice_2021(version: &str, step: usize) -> Vec<PathBuf> {
    let base = workspace()
        .join("../shared/corpus/graph-docs-2021/api-reference")
        .join(version);
    let mut pages = Vec::new();
    for folder in ["api", "resources"] {
        let mut names: Vec<PathBuf> = std::fs::read_dir(base.join(folder))
            .expect("corpus folder")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "md"))
            .collect();
        names.sort();
        pages.extend(names.into_iter().step_by(step));
    }
    pages
}

#[test]
fn committed_outputs_are_canonical() {
    let root = workspace();
    let mut paths = Vec::new();
    rust_files(&root.join("generated"), &mut paths);
    for entry in std::fs::read_dir(root.join("generator/tests/golden")).expect("goldens") {
        let expected = entry.expect("entry").path().join("expected");
        if expected.is_dir() {
            rust_files(&expected, &mut paths);
        }
    }
    assert!(paths.len() > 50, "found the committed outputs");
    let texts: Vec<(String, String)> = paths
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).expect("readable");
            (p.display().to_string(), text)
        })
        .collect();
    let bad = not_canonical(texts.iter().map(|(n, t)| (n.clone(), t.as_str())));
    assert!(
        bad.is_empty(),
        "not prettyplease's form:\n{}",
        bad.join("\n")
    );
}

#[test]
fn recent_sample_renders_canonical() {
    for version in ["v1.0", "beta"] {
        let folder = workspace()
            .join("../shared/corpus/graph-docs-recent/api-reference")
            .join(version);
        check_generated(&generate(&[folder], version));
    }
}

#[test]
fn reference_slice_renders_canonical_on_any_thread_count() {
    let pages = slice_2021("v1.0", 7);
    let on = |threads: usize| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("thread pool")
            .install(|| generate(&pages, "v1.0"))
    };
    let one = on(1);
    assert!(
        one.keys().filter(|k| k.ends_with(".rs")).count() > 20,
        "the slice renders many files"
    );
    check_generated(&one);
    assert!(one == on(3), "one thread and three give the same files");
}
