//! `cargo xtask interop [SPEC...]`: what other tools make of docgen's OpenAPI documents. Each
//! spec goes through progenitor (crates.io `cargo-progenitor`) and openapi-generator (`-g rust`,
//! PyPI `openapi-generator-cli`, whose wheel carries the jar; Java 17), both installed inside
//! the checkout by `.ci/install-tools`. Every client generated lands in one scratch workspace
//! (`target/interop`), checked by one `cargo check` with one target folder, so the clients'
//! dependencies (reqwest, tokio, serde) build once. Prints a table generator × spec → result.
//!
//! Without SPEC: `generated/openapi.yaml`, the seeds' spec (written as `cargo xtask seeds`
//! does) and every golden's `expected/openapi.yaml`.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The versions `.ci/install-tools` installs; said again here for the table's heading.
const PROGENITOR: &str = "progenitor 0.15.1";
const OPENAPI_GENERATOR: &str = "openapi-generator 7.26.0";

/// Longest a generator may take on one spec before it is stopped and counted as failed
/// (progenitor once ran for 30 minutes on the corpus spec before being killed).
const GENERATE_TIMEOUT: Duration = Duration::from_secs(600);

/// Heap for openapi-generator's JVM, from `DOCGEN_INTEROP_HEAP` (`-Xmx` syntax: `8g`); the
/// JVM's default (a quarter of the memory) when unset.
const HEAP_VAR: &str = "DOCGEN_INTEROP_HEAP";

/// Clients a generator is known not to make from a golden whose pages are hostile on purpose
/// (names and text that test docgen's escaping), with why: the bug is the generator's, the
/// spec is valid (both validators pass it). Reported in the table, not counted as failures.
const KNOWN: &[(Generator, &str, &str)] = &[
    (
        Generator::Progenitor,
        "golden-hostile-escape-names",
        "typify 0.8 panics: enum members with no letters (`½`, `①`) get no variant names",
    ),
    (
        Generator::OpenApiGenerator,
        "golden-hostile-escape-literals",
        "copies a property name with a backslash into a Rust string unescaped, and bidi controls into doc comments",
    ),
];

fn known_failure(generator: Generator, slug: &str) -> Option<&'static str> {
    KNOWN
        .iter()
        .find(|(g, s, _)| *g == generator && *s == slug)
        .map(|(_, _, why)| *why)
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Generator {
    Progenitor,
    OpenApiGenerator,
}

impl Generator {
    const ALL: [Generator; 2] = [Generator::Progenitor, Generator::OpenApiGenerator];

    fn label(self) -> &'static str {
        match self {
            Generator::Progenitor => PROGENITOR,
            Generator::OpenApiGenerator => OPENAPI_GENERATOR,
        }
    }

    /// Prefix of the client crates' names (and folders) in the scratch workspace.
    fn prefix(self) -> &'static str {
        match self {
            Generator::Progenitor => "prog",
            Generator::OpenApiGenerator => "ogen",
        }
    }
}

/// What happened to one client.
struct Outcome {
    generate: Result<Duration, String>,
    /// Errors `cargo check` reported for the client (`None`: not checked).
    errors: Option<usize>,
    /// The first error's message, to say why.
    first_error: Option<String>,
}

pub fn run(root: &Path, args: &[&str]) -> Result<(), String> {
    let specs = if args.is_empty() {
        default_specs(root)?
    } else {
        args.iter()
            .map(|a| {
                let path = PathBuf::from(a);
                if path.is_absolute() {
                    path
                } else {
                    root.join(path)
                }
            })
            .collect()
    };
    let scratch = root.join("target/interop");
    let tools = Tools::find_or_install(root, &scratch)?;
    let mut members = Vec::new();
    let mut outcomes: BTreeMap<(usize, Generator), Outcome> = BTreeMap::new();
    for (index, spec) in specs.iter().enumerate() {
        if !spec.is_file() {
            return Err(format!("{}: no such spec", spec.display()));
        }
        let slug = slug(root, spec);
        for generator in Generator::ALL {
            let name = format!("{}-{slug}", generator.prefix());
            let dir = scratch.join(&name);
            let _ = std::fs::remove_dir_all(&dir);
            let started = Instant::now();
            let generated = tools.generate(generator, spec, &dir, &name);
            let elapsed = started.elapsed();
            println!(
                "{:<20} {}: {} in {:.1}s",
                generator.label(),
                display(root, spec),
                if generated.is_ok() {
                    "generated"
                } else {
                    "failed"
                },
                elapsed.as_secs_f64()
            );
            if generated.is_ok() {
                members.push(name.clone());
            }
            outcomes.insert(
                (index, generator),
                Outcome {
                    generate: generated.map(|()| elapsed),
                    errors: None,
                    first_error: None,
                },
            );
        }
    }
    let check_started = Instant::now();
    let errors = check(&scratch, &members)?;
    let check_time = check_started.elapsed();
    for ((index, generator), outcome) in &mut outcomes {
        if outcome.generate.is_ok() {
            let name = format!("{}-{}", generator.prefix(), slug(root, &specs[*index]));
            let found = errors.get(&package_name(&name));
            outcome.errors = Some(found.map_or(0, |e| e.len()));
            outcome.first_error = found.and_then(|e| e.first().cloned());
        }
    }
    println!(
        "\ncargo check of {} clients in one workspace: {:.1}s\n",
        members.len(),
        check_time.as_secs_f64()
    );
    println!("| generator × spec | generate | cargo check |\n| --- | --- | --- |");
    let mut failed = 0;
    for ((index, generator), outcome) in &outcomes {
        let (generate, mut check) = match (&outcome.generate, outcome.errors) {
            (Err(e), _) => ("fails".to_string(), e.clone()),
            (Ok(t), Some(0)) => (format!("{:.1}s", t.as_secs_f64()), "ok".to_string()),
            (Ok(t), errors) => (
                format!("{:.1}s", t.as_secs_f64()),
                format!(
                    "{} errors; first: {}",
                    errors.unwrap_or(0),
                    outcome.first_error.as_deref().unwrap_or("?")
                ),
            ),
        };
        let known = known_failure(*generator, &slug(root, &specs[*index]));
        match (check == "ok", known) {
            (true, Some(_)) => {
                check.push_str(" (listed as a known failure in interop.rs: drop it)")
            }
            (true, None) => {}
            (false, Some(why)) => check = format!("known generator bug: {why}"),
            (false, None) => failed += 1,
        }
        println!(
            "| {} × `{}` | {generate} | {check} |",
            generator.label(),
            display(root, &specs[*index])
        );
    }
    if failed == 0 {
        Ok(())
    } else {
        Err(format!(
            "interop: {failed} of {} clients do not generate or do not compile",
            outcomes.len()
        ))
    }
}

/// `generated/openapi.yaml`, the seeds' spec and the goldens'.
fn default_specs(root: &Path) -> Result<Vec<PathBuf>, String> {
    let mut specs = vec![root.join("generated/openapi.yaml")];
    specs.push(crate::corpus::write_seeds(root)?.join("openapi.yaml"));
    let goldens = root.join("generator/tests/golden");
    let mut found: Vec<PathBuf> = std::fs::read_dir(&goldens)
        .map_err(|e| format!("{}: {e}", goldens.display()))?
        .filter_map(Result::ok)
        .map(|entry| entry.path().join("expected/openapi.yaml"))
        .filter(|path| path.is_file())
        .collect();
    found.sort();
    specs.extend(found);
    Ok(specs)
}

/// A spec's path relative to the root, for the table.
fn display(root: &Path, spec: &Path) -> String {
    spec.strip_prefix(root)
        .unwrap_or(spec)
        .display()
        .to_string()
}

/// A crate-name-safe name for a spec: its path's folders (`golden-crud-expected`,
/// `target-corpus-v1-0`).
fn slug(root: &Path, spec: &Path) -> String {
    let relative = spec.strip_prefix(root).unwrap_or(spec);
    let mut parts: Vec<String> = relative
        .parent()
        .map(|p| {
            p.components()
                .map(|c| c.as_os_str().to_string_lossy().to_lowercase())
                .filter(|c| !matches!(c.as_str(), "generator" | "tests" | "expected" | ".."))
                .collect()
        })
        .unwrap_or_default();
    if parts.is_empty() {
        parts.push("spec".to_string());
    }
    let joined = parts.join("-");
    joined
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect()
}

/// The name cargo reports for a client crate: the folder name with `-` as `_`, the form
/// openapi-generator writes and cargo's JSON messages use for targets.
fn package_name(name: &str) -> String {
    name.replace('-', "_")
}

/// The two generators, as installed in the checkout.
struct Tools {
    progenitor: PathBuf,
    jar: PathBuf,
    /// The rustfmt progenitor formats its client with, wrapped (see [`progenitor_rustfmt`]);
    /// `None` leaves progenitor to find its own.
    rustfmt: Option<PathBuf>,
}

/// Progenitor formats its client with the newest rustfmt it finds (nightly: it passes
/// `--unstable-features`) and `normalize_doc_attributes = true`. rustfmt leaves an item whose
/// line it cannot fit in 100 columns unformatted, and with that option on it then glues the
/// `///` line onto the item, commenting the item out (rust-lang/rustfmt#3988, open). Graph's
/// long type names hit it: `ResponseValue<types::MicrosoftGraphWindowsDefender…Summary>` as a
/// return type. The wrapper, written into the scratch folder and handed to progenitor through
/// `RUSTFMT` (which its rustfmt-wrapper reads), runs the same rustfmt with that one option off;
/// the doc comments stay `#[doc = "…"]` attributes, which compile the same.
fn progenitor_rustfmt(scratch: &Path) -> Result<Option<PathBuf>, String> {
    let Ok(found) = Command::new("rustup")
        .args(["which", "--toolchain", "nightly", "rustfmt"])
        .stderr(Stdio::null())
        .output()
    else {
        return Ok(None);
    };
    let rustfmt = String::from_utf8_lossy(&found.stdout).trim().to_string();
    if !found.status.success() || rustfmt.is_empty() {
        return Ok(None);
    }
    std::fs::create_dir_all(scratch).map_err(|e| format!("{}: {e}", scratch.display()))?;
    let wrapper = scratch.join("rustfmt-doc-attributes-kept");
    let script = format!(
        "#!/bin/sh\n# See xtask/src/interop.rs, progenitor_rustfmt: rust-lang/rustfmt#3988.\nexec '{}' \"$@\" --config normalize_doc_attributes=false\n",
        rustfmt.replace('\'', "'\\''")
    );
    std::fs::write(&wrapper, script).map_err(|e| format!("{}: {e}", wrapper.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&wrapper, std::fs::Permissions::from_mode(0o755))
            .map_err(|e| format!("{}: {e}", wrapper.display()))?;
    }
    Ok(Some(wrapper))
}

impl Tools {
    /// Finds both generators; runs `.ci/install-tools` (idempotent) when one is missing.
    fn find_or_install(root: &Path, scratch: &Path) -> Result<Tools, String> {
        let rustfmt = progenitor_rustfmt(scratch)?;
        if let Some(tools) = Tools::find(root, &rustfmt) {
            return Ok(tools);
        }
        let status = Command::new("bash")
            .arg(root.join(".ci/install-tools"))
            .status()
            .map_err(|e| format!(".ci/install-tools: {e}"))?;
        if !status.success() {
            return Err(format!(".ci/install-tools: {status}"));
        }
        Tools::find(root, &rustfmt).ok_or_else(|| {
            ".ci/install-tools ran, but .tools/cargo/bin/cargo-progenitor or the openapi-generator jar under .venv-ogen is missing".to_string()
        })
    }

    fn find(root: &Path, rustfmt: &Option<PathBuf>) -> Option<Tools> {
        let progenitor = root.join(".tools/cargo/bin/cargo-progenitor");
        let lib = root.join(".venv-ogen/lib");
        let jar = std::fs::read_dir(&lib)
            .ok()?
            .filter_map(Result::ok)
            .map(|python| {
                python
                    .path()
                    .join("site-packages/openapi_generator_cli/openapi-generator.jar")
            })
            .find(|jar| jar.is_file())?;
        progenitor.is_file().then(|| Tools {
            progenitor,
            jar,
            rustfmt: rustfmt.clone(),
        })
    }

    /// Writes a client crate named `name` for `spec` into `dir`.
    fn generate(
        &self,
        generator: Generator,
        spec: &Path,
        dir: &Path,
        name: &str,
    ) -> Result<(), String> {
        let mut command = match generator {
            Generator::Progenitor => {
                let mut c = Command::new(&self.progenitor);
                c.arg("progenitor")
                    .arg("-i")
                    .arg(spec)
                    .arg("-o")
                    .arg(dir)
                    .args(["-n", name, "-v", "0.0.0"])
                    // The client's support code inside the crate: no extra crate to fetch.
                    .args(["--include-client", "true"]);
                if let Some(rustfmt) = &self.rustfmt {
                    c.env("RUSTFMT", rustfmt);
                }
                c
            }
            Generator::OpenApiGenerator => {
                let mut c = Command::new("java");
                if let Ok(heap) = std::env::var(HEAP_VAR) {
                    c.arg(format!("-Xmx{heap}"));
                }
                // swagger-parser refuses YAML over 3 Mi code points (the corpus specs are
                // larger); the limit guards against untrusted input, and these are docgen's.
                c.arg("-DmaxYamlCodePoints=1000000000")
                    .arg("-jar")
                    .arg(&self.jar)
                    .args(["generate", "-g", "rust", "-i"])
                    .arg(spec)
                    .arg("-o")
                    .arg(dir)
                    .arg("--additional-properties")
                    .arg(format!("packageName={}", package_name(name)))
                    // Only the crate: docs and test stubs are not what is checked.
                    .args([
                        "--global-property",
                        "apiDocs=false,modelDocs=false,apiTests=false,modelTests=false",
                    ]);
                c
            }
        };
        let log = dir.with_extension("log");
        std::fs::create_dir_all(dir.parent().unwrap_or(dir)).map_err(|e| e.to_string())?;
        let file = std::fs::File::create(&log).map_err(|e| format!("{}: {e}", log.display()))?;
        let err = file.try_clone().map_err(|e| e.to_string())?;
        let mut child = command
            .stdin(Stdio::null())
            .stdout(file)
            .stderr(err)
            .spawn()
            .map_err(|e| format!("{}: {e}", generator.label()))?;
        let started = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
                break status;
            }
            if started.elapsed() > GENERATE_TIMEOUT {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "stopped after {}s (log: {})",
                    GENERATE_TIMEOUT.as_secs(),
                    log.display()
                ));
            }
            std::thread::sleep(Duration::from_millis(50));
        };
        if !status.success() {
            return Err(format!("{status} (log: {})", log.display()));
        }
        // A client that is a workspace of its own would not join the scratch one.
        let manifest = dir.join("Cargo.toml");
        let text = std::fs::read_to_string(&manifest)
            .map_err(|e| format!("{}: {e}", manifest.display()))?;
        if text.contains("[workspace]") {
            std::fs::write(&manifest, text.replace("[workspace]", "# [workspace]"))
                .map_err(|e| e.to_string())?;
        }
        Ok(())
    }
}

/// One `cargo check` of every client in the scratch workspace (lints capped to warnings:
/// generated clients are held to compiling, not to docgen's lint level). Returns each
/// package's errors, keyed by its crate name.
fn check(scratch: &Path, members: &[String]) -> Result<BTreeMap<String, Vec<String>>, String> {
    let manifest = format!(
        "# Written by `cargo xtask interop`: the clients generated from docgen's specs.\n[workspace]\nresolver = \"2\"\nmembers = [{}]\n",
        members
            .iter()
            .map(|m| format!("\"{m}\""))
            .collect::<Vec<_>>()
            .join(", ")
    );
    std::fs::write(scratch.join("Cargo.toml"), manifest).map_err(|e| e.to_string())?;
    let target = scratch.parent().unwrap_or(scratch).join("interop-target");
    let mut child = crate::cargo()
        .current_dir(scratch)
        .env("RUSTFLAGS", "--cap-lints=warn")
        .env("CARGO_INCREMENTAL", "0")
        .env("CARGO_PROFILE_DEV_DEBUG", "0")
        .env("CARGO_TARGET_DIR", &target)
        .args([
            "check",
            "--workspace",
            "--keep-going",
            "--message-format=json",
        ])
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cargo check: {e}"))?;
    let mut errors: BTreeMap<String, Vec<String>> = BTreeMap::new();
    if let Some(stdout) = child.stdout.take() {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let Ok(message) = serde_json::from_str::<serde_json::Value>(&line) else {
                continue;
            };
            if message["reason"] != "compiler-message" || message["message"]["level"] != "error" {
                continue;
            }
            let Some(target) = message["target"]["name"].as_str() else {
                continue;
            };
            let text = message["message"]["message"]
                .as_str()
                .unwrap_or("")
                .to_string();
            // rustc's closing "aborting due to N errors" is not an error of its own.
            if text.starts_with("aborting due to") || text.starts_with("could not compile") {
                continue;
            }
            errors.entry(target.to_string()).or_default().push(text);
        }
    }
    child.wait().map_err(|e| format!("cargo check: {e}"))?;
    Ok(errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_name_the_spec_by_its_folders() {
        let root = Path::new("/r");
        assert_eq!(
            slug(
                root,
                Path::new("/r/generator/tests/golden/crud/expected/openapi.yaml")
            ),
            "golden-crud"
        );
        assert_eq!(
            slug(root, Path::new("/r/target/corpus/v1.0/openapi.yaml")),
            "target-corpus-v1-0"
        );
        assert_eq!(slug(root, Path::new("/r/openapi.yaml")), "spec");
    }
}
