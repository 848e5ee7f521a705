//! `cargo xtask publish --dry-run [--corpus [2021|recent] [v1.0|beta]...]`: `cargo package`
//! (with its verification build) of the docs-input crate, or of the corpus crates, with the
//! packaged and compressed sizes against crates.io's limit.

use crate::corpus;
use crate::regen::Config;
use docgen::render::rust::{CrateMetadata, crate_folders};
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// crates.io refuses a `.crate` file larger than this (compressed).
const CRATES_IO_LIMIT: u64 = 10 * 1024 * 1024;

/// Below this share of the limit a crate is said to have a comfortable margin.
const MARGIN: u64 = CRATES_IO_LIMIT * 8 / 10;

impl Config {
    /// The crates.io metadata `docgen.toml` gives, for the generated crates' `Cargo.toml`.
    pub fn metadata(&self) -> CrateMetadata {
        CrateMetadata {
            repository: self.repository.clone(),
            documentation: self.documentation.clone(),
            keywords: self.keywords.clone(),
            categories: self.categories.clone(),
            rust_version: self.rust_version.clone(),
        }
    }

    /// What crates.io would refuse in the metadata (it checks these on upload, `cargo package`
    /// does not): at most five keywords of up to 20 ASCII letters, digits, `_`, `-` or `+`
    /// starting with a letter, at most five categories, and a `major.minor[.patch]` rust-version.
    pub fn metadata_problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if self.keywords.len() > 5 {
            problems.push(format!(
                "{} keywords; crates.io takes at most 5",
                self.keywords.len()
            ));
        }
        for k in &self.keywords {
            let valid = k.len() <= 20
                && k.starts_with(|c: char| c.is_ascii_alphabetic())
                && k.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '+'));
            if !valid {
                problems.push(format!("keyword `{k}`: crates.io takes up to 20 ASCII letters, digits, `_`, `-`, `+`, starting with a letter"));
            }
        }
        if self.categories.len() > 5 {
            problems.push(format!(
                "{} categories; crates.io takes at most 5",
                self.categories.len()
            ));
        }
        if let Some(v) = &self.rust_version {
            let parts: Vec<&str> = v.split('.').collect();
            if !(2..=3).contains(&parts.len())
                || parts
                    .iter()
                    .any(|p| p.is_empty() || !p.chars().all(|c| c.is_ascii_digit()))
            {
                problems.push(format!("rust_version `{v}` is not `major.minor[.patch]`"));
            }
        }
        problems
    }
}

/// Reads the arguments after `publish`.
pub fn run(root: &Path, args: &[&str]) -> Result<(), String> {
    let config = Config::load(root)?;
    let problems = config.metadata_problems();
    if !problems.is_empty() {
        return Err(format!("docgen.toml: {}", problems.join("; ")));
    }
    match args {
        ["--dry-run"] => {
            let target = std::env::var_os("CARGO_TARGET_DIR")
                .map_or_else(|| root.join("target"), PathBuf::from);
            let mut cargo = crate::cargo();
            cargo.current_dir(root);
            package(
                cargo,
                &root.join(&config.out),
                &crate_folders(&config.crate_name),
                &target,
            )
        }
        ["--dry-run", "--corpus", rest @ ..] => {
            let options = corpus::options(rest)?;
            if options.cargo_check || options.validate {
                return Err("publish --corpus takes the sample and versions only".to_string());
            }
            // Generates the corpus crates (and their workspace) as `cargo xtask corpus` does.
            corpus::run(root, rest)?;
            let workspace = root.join(options.sample.out);
            let target = corpus::generated_target(&workspace);
            for version in &options.versions {
                package(
                    corpus::generated_cargo(&workspace, &target),
                    &workspace.join(version),
                    &crate_folders(&options.sample.crate_name(version)),
                    &target,
                )?;
            }
            Ok(())
        }
        _ => Err(
            "usage: cargo xtask publish --dry-run [--corpus [2021|recent] [v1.0|beta]...]"
                .to_string(),
        ),
    }
}

/// `cargo package` of the crates among `names` (a crate and its shared crate) that `out` holds, in one invocation, so the
/// crate's verification build finds its shared crate among the packages (cargo packages them in
/// dependency order); its output passed through, then each crate's size.
fn package(mut cargo: Command, out: &Path, names: &[String], target: &Path) -> Result<(), String> {
    let names: Vec<&String> = names
        .iter()
        .filter(|name| out.join(name).join("Cargo.toml").is_file())
        .collect();
    cargo.args(["package", "--allow-dirty"]);
    for name in &names {
        cargo.args(["-p", name]);
    }
    let mut child = cargo
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cargo package: {e}"))?;
    // Cargo states each packaged size on stderr after the crate's name ("Packaging graph-v1-0
    // v0.1.0 (…)", then "Packaged 23 files, 180.6KiB (37.4KiB compressed)"); the compressed
    // sizes are measured on the `.crate` files below.
    let mut packaged: BTreeMap<String, String> = BTreeMap::new();
    let mut packaging = String::new();
    if let Some(stderr) = child.stderr.take() {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            eprintln!("{line}");
            let line = line.trim_start();
            if let Some(rest) = line.strip_prefix("Packaging ") {
                packaging = rest.split(' ').next().unwrap_or(rest).to_string();
            } else if let Some(rest) = line.strip_prefix("Packaged ") {
                let size = rest.split(" (").next().unwrap_or(rest).to_string();
                packaged.insert(packaging.clone(), size);
            }
        }
    }
    let status = child.wait().map_err(|e| format!("cargo package: {e}"))?;
    if !status.success() {
        return Err(format!("cargo package of {names:?} failed: {status}"));
    }
    for name in names {
        let size = packaged
            .get(name.as_str())
            .map_or("(size not reported by cargo)", String::as_str);
        crate_size(&out.join(name), target, name, size)?;
    }
    Ok(())
}

/// A packaged crate's sizes, the compressed one against crates.io's limit.
fn crate_size(dir: &Path, target: &Path, name: &str, packaged: &str) -> Result<(), String> {
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml"))
        .map_err(|e| format!("{}: {e}", dir.display()))?;
    let manifest: toml::Table =
        toml::from_str(&manifest).map_err(|e| format!("{}/Cargo.toml: {e}", dir.display()))?;
    let version = manifest
        .get("package")
        .and_then(|p| p.get("version"))
        .and_then(|v| v.as_str())
        .unwrap_or("0.0.0")
        .to_string();
    let file = target
        .join("package")
        .join(format!("{name}-{version}.crate"));
    let compressed = std::fs::metadata(&file)
        .map_err(|e| format!("{}: {e}", file.display()))?
        .len();
    let share = compressed as f64 * 100.0 / CRATES_IO_LIMIT as f64;
    println!(
        "{name} {version}: packaged {packaged}; {} compressed, {share:.1}% of crates.io's 10 MiB limit",
        human(compressed)
    );
    if compressed > CRATES_IO_LIMIT {
        return Err(format!(
            "{name}: {} compressed is over crates.io's 10 MiB limit",
            human(compressed)
        ));
    }
    if compressed > MARGIN {
        println!(
            "{name}: less than 20% margin below crates.io's limit; split the areas into crates before it grows"
        );
    }
    Ok(())
}

fn human(bytes: u64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.2} MiB", bytes as f64 / (1024.0 * 1024.0))
    } else {
        format!("{:.1} KiB", bytes as f64 / 1024.0)
    }
}
