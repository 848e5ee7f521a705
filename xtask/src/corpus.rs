//! `cargo xtask corpus`: the generator over the real corpus in ../shared, with its report,
//! a `cargo clippy` of the generated crate (and a `cargo check` per area feature) and the OpenAPI
//! validators.

use std::path::{Path, PathBuf};
use std::time::Instant;

const VERSIONS: [&str; 2] = ["v1.0", "beta"];

/// A set of real pages under `../shared/corpus` that the corpus checks run over.
#[derive(Clone, Copy)]
pub struct Sample {
    /// The name given on the command line.
    pub name: &'static str,
    /// Its `api-reference` folder, relative to the workspace root.
    docs: &'static str,
    /// Where its crates, specs and reports are written, relative to the workspace root.
    pub out: &'static str,
    /// What the generated crates' descriptions say the pages are.
    note: &'static str,
    /// The start of its crates' names. The samples' workspaces share their target folders (and
    /// so the dependencies' builds), where cargo tells two path packages apart by name, version
    /// and path relative to their workspace only: crates of the same name in both would take
    /// each other's builds whenever the sources are older than the other sample's build.
    crate_prefix: &'static str,
}

/// The 11,289 pages of 2021 (the default sample).
pub const SAMPLE_2021: Sample = Sample {
    name: "2021",
    docs: "../shared/corpus/graph-docs-2021/api-reference",
    out: "target/corpus",
    note: "the 2021 docs corpus",
    crate_prefix: "graph",
};

/// Today's layout: 204 pages of three areas in both versions.
pub const SAMPLE_RECENT: Sample = Sample {
    name: "recent",
    docs: "../shared/corpus/graph-docs-recent/api-reference",
    out: "target/corpus-recent",
    note: "the recent docs sample (2022-2025)",
    crate_prefix: "graph-recent",
};

impl Sample {
    /// The name of a version's crate: `graph-v1-0`, `graph-recent-beta`.
    pub fn crate_name(&self, version: &str) -> String {
        format!("{}-{}", self.crate_prefix, version.replace('.', "-"))
    }

    /// A version's folder, relative to the workspace root unless `DOCGEN_CORPUS` names another
    /// `api-reference` folder.
    pub(crate) fn dir(&self, version: &str) -> PathBuf {
        let base = std::env::var_os("DOCGEN_CORPUS")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(self.docs));
        base.join(version)
    }

    /// The pages of a version, named relative to the workspace root (`../shared/corpus/...`), so
    /// reports and generated docs do not depend on where the checkout lives.
    pub(crate) fn pages(
        &self,
        root: &Path,
        version: &str,
    ) -> Result<Vec<std::sync::Arc<docgen::source::SourceFile>>, String> {
        let docs = self.dir(version);
        docgen::files::read_pages_in(root, std::slice::from_ref(&docs))
            .map_err(|e| format!("{}: {e}", docs.display()))
    }
}

/// What `corpus`, `examples` and `bench` were asked to run over.
pub struct Options<'a> {
    /// The pages to read.
    pub sample: Sample,
    /// The versions to run, both when none is named.
    pub versions: Vec<&'a str>,
    /// `--cargo-check`: clippy the generated crates with all features, check each feature alone.
    pub cargo_check: bool,
    /// `--validate`: run the OpenAPI validators.
    pub validate: bool,
    /// Set by `examples`, not on the command line: its build of the example tests lints the
    /// crates ([`linted_cargo`]), so `--cargo-check` leaves clippy to that build.
    pub linted_by_test_build: bool,
}

/// Reads `[2021|recent] [v1.0|beta]... [--cargo-check] [--validate]`.
pub fn options<'a>(args: &[&'a str]) -> Result<Options<'a>, String> {
    let mut options = Options {
        sample: SAMPLE_2021,
        versions: Vec::new(),
        cargo_check: false,
        validate: false,
        linted_by_test_build: false,
    };
    for arg in args {
        match *arg {
            "2021" => options.sample = SAMPLE_2021,
            "recent" => options.sample = SAMPLE_RECENT,
            "--cargo-check" => options.cargo_check = true,
            "--validate" => options.validate = true,
            v if VERSIONS.contains(&v) => options.versions.push(v),
            other => return Err(format!("unknown corpus argument `{other}`")),
        }
    }
    if options.versions.is_empty() {
        options.versions = VERSIONS.to_vec();
    }
    Ok(options)
}

pub fn run(root: &Path, args: &[&str]) -> Result<(), String> {
    run_with(root, &options(args)?, |_| Ok(()))
}

/// [`run`] with its arguments read, then `then` on the generated workspace once the cargo checks
/// pass, beside the validators still running.
pub fn run_with(
    root: &Path,
    options: &Options<'_>,
    then: impl FnOnce(&Path) -> Result<(), String>,
) -> Result<(), String> {
    let sample = options.sample;
    let out_root = root.join(sample.out);
    let mut members = Vec::new();
    for version in &options.versions {
        let started = Instant::now();
        let pages = sample.pages(root, version)?;
        let config = docgen::Config {
            link: docgen::link::LinkConfig {
                version: Some(version.to_string()),
            },
            krate: docgen::render::rust::CrateConfig {
                crate_name: sample.crate_name(version),
                crate_version: "0.0.0".to_string(),
                description: format!(
                    "Microsoft Graph {version} client generated by docgen from {}.",
                    sample.note
                ),
                docs_note: format!(
                    "the Microsoft Graph {version} reference pages ({})",
                    sample.note
                ),
                // The corpus crates are packaged like the docs-input one (`publish --dry-run --corpus`).
                metadata: crate::regen::Config::load(root)?.metadata(),
            },
            title: format!("Microsoft Graph {version}"),
        };
        let generated = docgen::generate(&pages, &config).map_err(|e| e.to_string())?;
        let elapsed = started.elapsed();
        let out = out_root.join(version);
        let drift = docgen::files::drift(&out, &generated.files, &config.krate.folders())
            .map_err(|e| e.to_string())?;
        docgen::files::apply(&out, &drift).map_err(|e| e.to_string())?;
        let report =
            serde_json::to_string_pretty(&generated.analysis.report).map_err(|e| e.to_string())?;
        std::fs::write(out.join("report.json"), &report).map_err(|e| e.to_string())?;
        let diagnostics: String = generated
            .analysis
            .diagnostics
            .iter()
            .map(|d| {
                format!(
                    "{}: {:?}[{}]: {}\n",
                    d.location, d.severity, d.code, d.message
                )
            })
            .collect();
        std::fs::write(out.join("diagnostics.txt"), diagnostics).map_err(|e| e.to_string())?;
        println!(
            "corpus {} {version}: {} pages in {:.2}s -> {}",
            sample.name,
            pages.len(),
            elapsed.as_secs_f64(),
            out.display()
        );
        println!("{report}");
        members.extend(
            crate_folders(&config.krate, &generated.files)
                .map(|folder| format!("{version}/{folder}")),
        );
    }
    let manifest = format!(
        "# Written by `cargo xtask corpus`: the corpus crates are their own workspace.\n[workspace]\nresolver = \"2\"\nmembers = [{}]\n",
        members
            .iter()
            .map(|m| format!("\"{m}\""))
            .collect::<Vec<_>>()
            .join(", ")
    );
    std::fs::write(out_root.join("Cargo.toml"), manifest).map_err(|e| e.to_string())?;
    // The validators (single-threaded Python and Node, 2 to 4 min on the two specs) run beside
    // the cargo builds, whose single-crate phases leave a core idle.
    std::thread::scope(|scope| {
        let validated = scope.spawn(|| -> Result<(), String> {
            if options.validate {
                for version in &options.versions {
                    validate(root, &out_root.join(version).join("openapi.yaml"))?;
                }
            }
            Ok(())
        });
        let checked = if options.cargo_check {
            check_crates(&out_root, &members, !options.linted_by_test_build)
        } else {
            Ok(())
        }
        .and_then(|()| then(&out_root));
        let validated = validated
            .join()
            .unwrap_or_else(|_| Err("the validators' thread panicked".to_string()));
        checked.and(validated)
    })?;
    Ok(())
}

/// Clippy on every crate of a generated workspace (unless `clippy` is false: a linted build
/// follows), then `cargo check` of each with each area feature alone.
fn check_crates(out_root: &Path, members: &[String], clippy: bool) -> Result<(), String> {
    if clippy {
        clippy_all_features(out_root, members)?;
    }
    for member in members {
        check_each_feature(out_root, member)?;
    }
    Ok(())
}

/// `cargo clippy` on every crate of a generated workspace, with all features.
fn clippy_all_features(out_root: &Path, members: &[String]) -> Result<(), String> {
    // Clippy costs what a check costs and holds the crates to what users' workspaces lint.
    // One invocation for every version: cargo checks the crates side by side, one per core,
    // where a loop would leave a core idle behind each crate's single rustc.
    // The library and its integration tests, not `--all-targets`: the library's own test
    // target would check the whole crate a second time, and generated libraries hold no tests.
    let mut args = vec![
        "clippy",
        "--quiet",
        "--lib",
        "--test",
        "*",
        "--all-features",
    ];
    for member in members {
        args.extend(["-p", member.rsplit('/').next().unwrap_or(member)]);
    }
    args.extend(["--", "-D", "warnings"]);
    cargo_in(out_root, &args)
}

/// The crate folders `generate` wrote: the crate's, and its shared crate's when it has one.
pub fn crate_folders<'a>(
    krate: &docgen::render::rust::CrateConfig,
    files: &'a std::collections::BTreeMap<String, String>,
) -> impl Iterator<Item = String> + 'a {
    krate
        .folders()
        .into_iter()
        .filter(|folder| files.contains_key(&format!("{folder}/Cargo.toml")))
}

/// Runs openapi-spec-validator and redocly (installed by `.ci/run` under .venv-oas and .tools).
pub fn validate(root: &Path, spec: &Path) -> Result<(), String> {
    let validator = root.join(".venv-oas/bin/openapi-spec-validator");
    let redocly = root.join(".tools/node_modules/.bin/redocly");
    for (tool, mut command) in [
        (
            "openapi-spec-validator",
            std::process::Command::new(&validator),
        ),
        ("redocly lint", std::process::Command::new(&redocly)),
    ] {
        if tool == "openapi-spec-validator" {
            command.arg(spec);
        } else {
            command
                .env("REDOCLY_TELEMETRY", "off")
                .args(["lint", "--format=summary", "--config"])
                .arg(root.join("redocly.yaml"))
                .arg(spec);
        }
        let started = Instant::now();
        let status = command
            .status()
            .map_err(|e| format!("{tool}: {e} (run .ci/install-validators)"))?;
        println!(
            "{tool} {}: {status} in {:.1}s",
            spec.display(),
            started.elapsed().as_secs_f64()
        );
        if !status.success() {
            return Err(format!("{tool} rejects {}", spec.display()));
        }
    }
    Ok(())
}

/// `cargo xtask seeds`: the seed pages through the whole pipeline, the crate's tests run with
/// warnings denied, and the OpenAPI file through both validators.
pub fn seeds(root: &Path) -> Result<(), String> {
    let out_root = write_seeds(root)?;
    cargo_in(&out_root, &["test", "--quiet", "-p", "seeds"])?;
    validate(root, &out_root.join("openapi.yaml"))
}

/// Generates the seed pages' crate and spec into `target/seeds` (a workspace of its own),
/// printing the counts; returns that folder.
pub fn write_seeds(root: &Path) -> Result<PathBuf, String> {
    let docs = PathBuf::from("../shared/seeds");
    let out_root = root.join("target/seeds");
    let pages = docgen::files::read_pages_in(root, std::slice::from_ref(&docs))
        .map_err(|e| format!("{}: {e}", docs.display()))?;
    let config = docgen::Config {
        link: docgen::link::LinkConfig::default(),
        krate: docgen::render::rust::CrateConfig {
            crate_name: "seeds".to_string(),
            crate_version: "0.0.0".to_string(),
            description: "The seed pages as a crate.".to_string(),
            docs_note: "the seed pages".to_string(),
            metadata: Default::default(),
        },
        title: "Seeds".to_string(),
    };
    let generated = docgen::generate(&pages, &config).map_err(|e| e.to_string())?;
    let drift = docgen::files::drift(&out_root, &generated.files, &config.krate.folders())
        .map_err(|e| e.to_string())?;
    docgen::files::apply(&out_root, &drift).map_err(|e| e.to_string())?;
    let members: Vec<String> = crate_folders(&config.krate, &generated.files)
        .map(|folder| format!("{folder:?}"))
        .collect();
    std::fs::write(
        out_root.join("Cargo.toml"),
        format!(
            "[workspace]\nresolver = \"2\"\nmembers = [{}]\n",
            members.join(", ")
        ),
    )
    .map_err(|e| e.to_string())?;
    let report = &generated.analysis.report;
    println!(
        "seeds: {}, {}, API {}, {}, {}",
        docgen::report::counted(report.operations, "operation", "operations"),
        docgen::report::counted(report.types, "type", "types"),
        report.version,
        docgen::report::counted(
            generated.analysis.diagnostics.len(),
            "diagnostic",
            "diagnostics"
        ),
        docgen::report::counted(
            report.pages_with_errors,
            "page with errors",
            "pages with errors"
        )
    );
    Ok(out_root)
}

/// `cargo check` of a generated crate with each area feature alone (no default features), two
/// at a time, each worker with its own target folder.
fn check_each_feature(workspace: &Path, member: &str) -> Result<(), String> {
    let manifest = std::fs::read_to_string(workspace.join(member).join("Cargo.toml"))
        .map_err(|e| e.to_string())?;
    let manifest: toml::Table = toml::from_str(&manifest).map_err(|e| e.to_string())?;
    let table = manifest
        .get("features")
        .and_then(|f| f.as_table())
        .cloned()
        .unwrap_or_default();
    let mut features: Vec<String> = table
        .keys()
        .filter(|k| !matches!(k.as_str(), "default" | "client" | "full"))
        .cloned()
        .collect();
    if features.is_empty() {
        // A crate of one area, or a shared crate: the clippy pass built its only feature set.
        return Ok(());
    }
    // Longest first (workers pop from the end): the two workers then finish close together
    // instead of one waiting on a large area picked last.
    let sources = workspace.join(member).join("src");
    features.sort_by_cached_key(|f| (feature_cost(&sources, &table, f), f.clone()));
    let name = member.rsplit('/').next().unwrap_or(member).to_string();
    let started = Instant::now();
    let queue = std::sync::Mutex::new(features.clone());
    let failures = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for worker in 0..2 {
            let (queue, failures, name) = (&queue, &failures, &name);
            let target = workspace
                .parent()
                .unwrap_or(workspace)
                .join(format!("feature-target-{worker}"));
            scope.spawn(move || {
                while let Some(feature) = queue.lock().ok().and_then(|mut q| q.pop()) {
                    let status = generated_cargo(workspace, &target)
                        .args([
                            "check",
                            "--quiet",
                            "--lib",
                            "--no-default-features",
                            "--features",
                            &feature,
                            "-p",
                            name,
                        ])
                        .status();
                    // Each feature set is a different build of the crate: drop it once checked,
                    // or 120 builds of a crate this size fill the disk.
                    remove_builds_of(&target, name);
                    if !matches!(status, Ok(s) if s.success())
                        && let Ok(mut f) = failures.lock()
                    {
                        f.push(feature);
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap_or_default();
    println!(
        "cargo check -p {name} with each of its {} area features alone: {} failed, in {:.1}s",
        features.len(),
        failures.len(),
        started.elapsed().as_secs_f64()
    );
    if failures.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{name}: features that do not compile alone: {}",
            failures.join(", ")
        ))
    }
}

/// What checking `feature` alone costs, roughly: the bytes of the model and endpoint files of
/// the areas it turns on (the always-compiled core is the same for every feature).
fn feature_cost(sources: &Path, features: &toml::Table, feature: &str) -> u64 {
    let mut seen = std::collections::BTreeSet::new();
    let mut next = vec![feature.to_string()];
    while let Some(f) = next.pop() {
        if !seen.insert(f.clone()) {
            continue;
        }
        if let Some(deps) = features.get(&f).and_then(|d| d.as_array()) {
            next.extend(deps.iter().filter_map(|d| d.as_str()).map(str::to_string));
        }
    }
    seen.iter()
        .flat_map(|f| {
            let file = format!("{}.rs", f.replace('-', "_"));
            [
                sources.join("models").join(&file),
                sources.join("endpoints").join(file),
            ]
        })
        .filter_map(|path| std::fs::metadata(path).ok())
        .map(|m| m.len())
        .sum()
}

/// The target folder the generated workspaces under `target/` share.
pub fn generated_target(workspace: &Path) -> PathBuf {
    workspace
        .parent()
        .unwrap_or(workspace)
        .join("generated-target")
}

/// Cargo for a generated workspace: warnings denied, and no incremental cache or debug info,
/// which for crates of this size cost gigabytes of disk and buy nothing in a one-off build.
pub fn generated_cargo(workspace: &Path, target: &Path) -> std::process::Command {
    let mut command = crate::cargo();
    command
        .current_dir(workspace)
        .env("RUSTFLAGS", "-D warnings")
        .env("CARGO_INCREMENTAL", "0")
        .env("CARGO_PROFILE_DEV_DEBUG", "0")
        .env("CARGO_PROFILE_TEST_DEBUG", "0")
        .env("CARGO_TARGET_DIR", target);
    command
}

/// [`generated_cargo`] with clippy-driver as the rustc of the workspace's own crates: a build
/// that lints them as `cargo clippy` does (`-D warnings` included), type-checking each crate
/// once for both instead of once in a clippy pass and again in the build.
pub fn linted_cargo(workspace: &Path, target: &Path) -> std::process::Command {
    let mut command = generated_cargo(workspace, target);
    command.env("RUSTC_WORKSPACE_WRAPPER", clippy_driver());
    command
}

/// The clippy-driver of the toolchain running us (beside its cargo), else the one on `PATH`.
fn clippy_driver() -> PathBuf {
    std::env::var_os("CARGO")
        .map(|cargo| PathBuf::from(cargo).with_file_name("clippy-driver"))
        .filter(|driver| driver.is_file())
        .unwrap_or_else(|| PathBuf::from("clippy-driver"))
}

/// Deletes a package's build outputs (not its dependencies') from a target folder.
fn remove_builds_of(target: &Path, package: &str) {
    let lib = package.replace('-', "_");
    let debug = target.join("debug");
    for (dir, prefixes) in [
        (
            debug.join("deps"),
            vec![format!("lib{lib}-"), format!("{lib}-")],
        ),
        (debug.join(".fingerprint"), vec![format!("{package}-")]),
        (debug.join("incremental"), vec![format!("{lib}-")]),
    ] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.filter_map(Result::ok) {
            let name = entry.file_name().to_string_lossy().into_owned();
            // The prefix, then the hash alone: `graph-v1-0-shared-<hash>` is another package's.
            let of_package = prefixes.iter().any(|p| {
                name.strip_prefix(p.as_str())
                    .is_some_and(|hash| !hash.contains('-'))
            });
            if of_package {
                let path = entry.path();
                let _ = if path.is_dir() {
                    std::fs::remove_dir_all(&path)
                } else {
                    std::fs::remove_file(&path)
                };
            }
        }
    }
}

/// Runs cargo with warnings denied in a generated workspace, sharing one target folder.
fn cargo_in(dir: &Path, args: &[&str]) -> Result<(), String> {
    let started = Instant::now();
    let status = generated_cargo(dir, &generated_target(dir))
        .args(args)
        .status()
        .map_err(|e| e.to_string())?;
    println!(
        "cargo {} in {}: {status} in {:.1}s",
        args.join(" "),
        dir.display(),
        started.elapsed().as_secs_f64()
    );
    if status.success() {
        Ok(())
    } else {
        Err(format!(
            "cargo {} failed in {}",
            args.join(" "),
            dir.display()
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::{linted_cargo, remove_builds_of};

    /// A linted build of a one-crate workspace whose library holds `body`: its success and
    /// its messages.
    fn linted_build(name: &str, body: &str) -> (bool, String) {
        let workspace = std::env::temp_dir().join(format!("xtask-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&workspace);
        std::fs::create_dir_all(workspace.join("src")).expect("creates");
        let manifest = format!(
            "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\n[workspace]\n"
        );
        std::fs::write(workspace.join("Cargo.toml"), manifest).expect("writes");
        std::fs::write(workspace.join("src/lib.rs"), body).expect("writes");
        let output = linted_cargo(&workspace, &workspace.join("target"))
            .args(["build", "--quiet", "--lib"])
            .output()
            .expect("cargo runs");
        let _ = std::fs::remove_dir_all(&workspace);
        (
            output.status.success(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    }

    #[test]
    fn a_linted_build_fails_on_what_clippy_rejects() {
        let (built, messages) = linted_build(
            "lint-fails",
            "/// Whether `v` is empty.\npub fn empty(v: &[u8]) -> bool {\n    v.len() == 0\n}\n",
        );
        assert!(!built, "{messages}");
        assert!(messages.contains("clippy::len_zero"), "{messages}");
        let (built, messages) = linted_build(
            "lint-passes",
            "/// Whether `v` is empty.\npub fn empty(v: &[u8]) -> bool {\n    v.is_empty()\n}\n",
        );
        assert!(built, "{messages}");
    }

    #[test]
    fn removing_a_packages_builds_keeps_its_shared_crates() {
        let target =
            std::env::temp_dir().join(format!("xtask-remove-builds-{}", std::process::id()));
        let debug = target.join("debug");
        let files = [
            "deps/libgraph_v1_0-0123abcd.rmeta",
            "deps/graph_v1_0-0123abcd.d",
            "deps/libgraph_v1_0_shared-4567ef01.rmeta",
            "deps/graph_v1_0_shared-4567ef01.d",
            ".fingerprint/graph-v1-0-0123abcd/lib-graph_v1_0",
            ".fingerprint/graph-v1-0-shared-4567ef01/lib-graph_v1_0_shared",
            "incremental/graph_v1_0-0123abcd/s-1",
        ];
        for file in files {
            let path = debug.join(file);
            std::fs::create_dir_all(path.parent().expect("has a parent")).expect("creates");
            std::fs::write(&path, "").expect("writes");
        }
        remove_builds_of(&target, "graph-v1-0");
        let left: Vec<&str> = files
            .into_iter()
            .filter(|f| debug.join(f).exists())
            .collect();
        let _ = std::fs::remove_dir_all(&target);
        assert_eq!(
            left,
            [
                "deps/libgraph_v1_0_shared-4567ef01.rmeta",
                "deps/graph_v1_0_shared-4567ef01.d",
                ".fingerprint/graph-v1-0-shared-4567ef01/lib-graph_v1_0_shared",
            ]
        );
    }
}
