//! `cargo xtask regen`: generated/ from docs-input/, as `docgen.toml` says, and the golden
//! fixtures; `--check` writes nothing and fails on drift with a unified diff and the pages
//! behind it.

use docgen::diagnostics::{Severity, render_human};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Write,
    Check,
}

/// `docgen.toml` at the workspace root.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub docs: Vec<PathBuf>,
    pub out: PathBuf,
    pub crate_name: String,
    /// The generated crate's version; `regen` refuses a change semver says needs a higher one.
    pub crate_version: String,
    pub api_version: Option<String>,
    pub title: String,
    pub description: String,
    /// crates.io metadata of the generated crate, checked and passed on by [`Config::metadata`].
    pub repository: Option<String>,
    pub documentation: Option<String>,
    #[serde(default)]
    pub keywords: Vec<String>,
    #[serde(default)]
    pub categories: Vec<String>,
    pub rust_version: Option<String>,
}

impl Config {
    pub fn load(root: &Path) -> Result<Config, String> {
        let path = root.join("docgen.toml");
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    pub fn docgen(&self) -> docgen::Config {
        docgen::Config {
            link: docgen::link::LinkConfig {
                version: self.api_version.clone(),
            },
            krate: docgen::render::rust::CrateConfig {
                crate_name: self.crate_name.clone(),
                crate_version: self.crate_version.clone(),
                description: self.description.clone(),
                docs_note: self
                    .docs
                    .iter()
                    .map(|d| format!("`{}/`", d.display()))
                    .collect::<Vec<_>>()
                    .join(", "),
                metadata: self.metadata(),
            },
            title: self.title.clone(),
        }
    }
}

/// One thing regen writes: pages in, an output folder out.
struct Target {
    name: String,
    docs: Vec<PathBuf>,
    out: PathBuf,
    config: docgen::Config,
    /// Whether the API changes against the committed output are reported and the crate
    /// version checked against them (the published crate; goldens are fixtures).
    semver: bool,
}

/// `generated/` as `docgen.toml` says, and each golden fixture under `generator/tests/golden/`:
/// a folder whose `pages.txt` names docs-input pages and whose `expected/` holds the output
/// (its crate is a workspace member, so a golden that does not compile breaks the build).
fn targets(root: &Path) -> Result<Vec<Target>, String> {
    let config = Config::load(root)?;
    let mut targets = vec![Target {
        name: "generated".into(),
        docs: config.docs.clone(),
        out: config.out.clone(),
        config: config.docgen(),
        semver: true,
    }];
    let golden = root.join("generator/tests/golden");
    let mut cases: Vec<PathBuf> = match std::fs::read_dir(&golden) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.join("pages.txt").is_file())
            .collect(),
        Err(_) => Vec::new(),
    };
    cases.sort();
    for case in cases {
        let name = case
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("case")
            .to_string();
        let list = std::fs::read_to_string(case.join("pages.txt"))
            .map_err(|e| format!("{}: {e}", case.display()))?;
        let docs: Vec<PathBuf> = list
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(PathBuf::from)
            .collect();
        let mut docgen = config.docgen();
        docgen.krate.crate_name = format!("golden-{name}");
        // Fixtures are never published: a release of generated/ does not touch them.
        docgen.krate.crate_version = "0.1.0".to_string();
        docgen.krate.description =
            format!("Golden fixture `{name}`: the output for the pages in its pages.txt.");
        docgen.krate.docs_note =
            format!("the pages listed in generator/tests/golden/{name}/pages.txt");
        let out = case.strip_prefix(root).unwrap_or(&case).join("expected");
        targets.push(Target {
            name: format!("golden {name}"),
            docs,
            out,
            config: docgen,
            semver: false,
        });
    }
    Ok(targets)
}

pub fn regen(root: &Path, mode: Mode) -> Result<(), String> {
    let mut failures = Vec::new();
    for target in targets(root)? {
        if let Err(message) = regen_target(root, &target, mode) {
            failures.push(message);
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("\n\n"))
    }
}

fn regen_target(root: &Path, target: &Target, mode: Mode) -> Result<(), String> {
    let pages = docgen::files::read_pages_in(root, &target.docs).map_err(|e| e.to_string())?;
    let generated = docgen::generate(&pages, &target.config).map_err(|e| e.to_string())?;
    let errors: Vec<_> = generated
        .analysis
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    if !errors.is_empty() {
        let shown: String = errors
            .iter()
            .map(|d| {
                render_human(
                    d,
                    pages
                        .iter()
                        .find(|p| *p.path == *d.location.path)
                        .map(|p| p.as_ref()),
                )
            })
            .collect();
        return Err(format!(
            "{shown}{}: {} error(s) in its pages; nothing written",
            target.name,
            errors.len()
        ));
    }
    let owned = target.config.krate.folders();
    let out = root.join(&target.out);
    if target.semver {
        // Before anything is written: a breaking change without its version bump writes nothing.
        api_changes(&out, &generated.files, &target.config.krate, mode)?;
    }
    let drift = docgen::files::drift(&out, &generated.files, &owned).map_err(|e| e.to_string())?;
    let docs = docs_list(&target.docs);
    match mode {
        Mode::Write => {
            docgen::files::apply(&out, &drift).map_err(|e| e.to_string())?;
            eprintln!(
                "regen {}: {} of {} files changed in {}/",
                target.name,
                drift.changed.len() + drift.stale.len(),
                generated.files.len(),
                target.out.display()
            );
            Ok(())
        }
        Mode::Check if drift.is_empty() => {
            eprintln!(
                "regen --check {}: {}/ matches {docs} ({} files)",
                target.name,
                target.out.display(),
                generated.files.len()
            );
            Ok(())
        }
        Mode::Check => {
            let diff = drift.unified_diff();
            let pages = pages_behind(&diff);
            let files: Vec<String> = drift
                .changed
                .iter()
                .map(|(p, _, _)| p.clone())
                .chain(drift.stale.iter().cloned())
                .collect();
            Err(format!(
                "{diff}\nregen --check {}: {}/ does not match {docs}.\nFiles that would change: {}\nPages behind the change: {}\nRun `cargo xtask regen` and commit the result.",
                target.name,
                target.out.display(),
                files.join(", "),
                if pages.is_empty() {
                    "(none named in the diff)".to_string()
                } else {
                    pages.into_iter().collect::<Vec<_>>().join(", ")
                },
            ))
        }
    }
}

/// Prints what changed for users between the committed `openapi.yaml` and the new one, and
/// fails when the crate version in `docgen.toml` is not the bump semver asks for relative to
/// the committed crate's `Cargo.toml` (see `docgen::apidiff::Version::required`). A first
/// generation (nothing committed yet) has nothing to compare.
fn api_changes(
    out: &Path,
    files: &std::collections::BTreeMap<String, String>,
    krate: &docgen::render::rust::CrateConfig,
    mode: Mode,
) -> Result<(), String> {
    use docgen::apidiff::{Spec, Verdict, Version, diff, report};
    let committed = out.join("openapi.yaml");
    let Ok(old_text) = std::fs::read_to_string(&committed) else {
        return Ok(());
    };
    let Some(new_text) = files.get("openapi.yaml") else {
        return Ok(());
    };
    let old = Spec::parse(&old_text).map_err(|e| format!("{}: {e}", committed.display()))?;
    let new = Spec::parse(new_text).map_err(|e| format!("the new openapi.yaml: {e}"))?;
    let changes = diff(&old, &new);
    if changes.is_empty() {
        return Ok(());
    }
    let verb = if mode == Mode::Check {
        "regen --check"
    } else {
        "regen"
    };
    eprint!(
        "{verb}: API changes against the committed {}:\n{}",
        committed.display(),
        report(&changes)
    );
    let manifest = out.join(&krate.crate_name).join("Cargo.toml");
    let Some(old_version) = std::fs::read_to_string(&manifest)
        .ok()
        .and_then(|text| committed_version(&text))
    else {
        return Ok(());
    };
    let old_version =
        Version::parse(&old_version).map_err(|e| format!("{}: {e}", manifest.display()))?;
    let new_version = Version::parse(&krate.crate_version)
        .map_err(|e| format!("docgen.toml crate_version: {e}"))?;
    if old_version.allows(new_version, &changes) {
        return Ok(());
    }
    let breaking: Vec<String> = changes
        .iter()
        .filter(|c| c.verdict == Verdict::Breaking)
        .map(|c| format!("  {c}"))
        .collect();
    let why = if breaking.is_empty() {
        "additive changes".to_string()
    } else {
        format!("breaking changes:\n{}", breaking.join("\n"))
    };
    Err(format!(
        "{verb}: crate_version {new_version} in docgen.toml is not enough after {old_version} (the committed {}) for these {why}\nSet crate_version to {} or higher (semver as cargo reads it) and run `cargo xtask regen`; nothing was written.",
        manifest.display(),
        old_version.required(&changes),
    ))
}

/// `version = "…"` from the `[package]` table of a generated Cargo.toml.
fn committed_version(manifest: &str) -> Option<String> {
    let value: toml::Value = toml::from_str(manifest).ok()?;
    Some(value.get("package")?.get("version")?.as_str()?.to_string())
}

fn docs_list(docs: &[PathBuf]) -> String {
    docs.iter()
        .map(|d| d.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Page paths named in a diff (generated items say which page documents them).
fn pages_behind(diff: &str) -> BTreeSet<String> {
    let mut pages = BTreeSet::new();
    for line in diff.lines().filter(|l| l.starts_with(['+', '-', ' '])) {
        for word in line.split(['`', ' ', '"', '\'']) {
            let word = word.trim_end_matches([':', ',', '.']);
            let page = word.split(':').next().unwrap_or(word);
            if (page.ends_with(".md") || page.ends_with(".txt")) && !page.contains("README") {
                pages.insert(page.to_string());
            }
        }
    }
    pages
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The drift check, as part of `cargo test`.
    #[test]
    fn generated_matches_docs_input() {
        if let Err(message) = regen(&crate::root(), Mode::Check) {
            panic!("{message}");
        }
    }

    /// A copy of the workspace's docs-input and docgen.toml in a temporary folder (no goldens),
    /// removed when dropped.
    struct Scratch(PathBuf);

    impl Scratch {
        fn new() -> Scratch {
            let dir = std::env::temp_dir().join(format!("xtask-semver-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            copy_tree(&crate::root().join("docs-input"), &dir.join("docs-input"));
            std::fs::copy(crate::root().join("docgen.toml"), dir.join("docgen.toml"))
                .expect("docgen.toml");
            Scratch(dir)
        }

        fn edit(&self, path: &str, from: &str, to: &str) {
            let path = self.0.join(path);
            let text = std::fs::read_to_string(&path).expect("file");
            assert!(text.contains(from), "{} has `{from}`", path.display());
            std::fs::write(&path, text.replacen(from, to, 1)).expect("write");
        }

        fn set_version(&self, version: &str) {
            let path = self.0.join("docgen.toml");
            let text = std::fs::read_to_string(&path).expect("docgen.toml");
            let text: String = text
                .lines()
                .map(|l| {
                    if l.starts_with("crate_version") {
                        format!("crate_version = \"{version}\"\n")
                    } else {
                        format!("{l}\n")
                    }
                })
                .collect();
            std::fs::write(path, text).expect("write");
        }
    }

    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn copy_tree(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).expect("folder");
        for entry in std::fs::read_dir(from).expect("docs-input") {
            let path = entry.expect("entry").path();
            let target = to.join(path.file_name().expect("name"));
            if path.is_dir() {
                copy_tree(&path, &target);
            } else {
                std::fs::copy(&path, &target).expect("copy");
            }
        }
    }

    #[test]
    fn regen_refuses_a_change_without_the_version_semver_asks_for() {
        let scratch = Scratch::new();
        let root = &scratch.0;
        regen(root, Mode::Write).expect("a first generation has nothing to compare");
        regen(root, Mode::Check).expect("and matches itself");
        let manifest = root.join("generated/device-scripts/Cargo.toml");
        let spec_before =
            std::fs::read_to_string(root.join("generated/openapi.yaml")).expect("spec");

        // A property removed is breaking: 0.1.0 → 0.2.0 at least (below 1.0 the minor breaks).
        scratch.edit(
            "docs-input/resources/devicemanagementscript.md",
            "|runAs32Bit|Boolean|",
            "|runAs32Bit|String|",
        );
        for mode in [Mode::Check, Mode::Write] {
            let message = regen(root, mode).expect_err("a breaking change without a bump");
            assert!(message.contains("breaking: property retyped: microsoft.graph.deviceManagementScript.runAs32Bit (boolean -> string)"), "{message}");
            assert!(
                message.contains("Set crate_version to 0.2.0 or higher"),
                "{message}"
            );
        }
        assert_eq!(
            std::fs::read_to_string(root.join("generated/openapi.yaml")).expect("spec"),
            spec_before,
            "nothing written"
        );
        scratch.set_version("0.1.7");
        assert!(
            regen(root, Mode::Write).is_err(),
            "0.1.7 is compatible with 0.1.0: not a breaking release"
        );
        scratch.set_version("0.2.0");
        regen(root, Mode::Write).expect("the bump semver asks for");
        assert!(
            std::fs::read_to_string(&manifest)
                .expect("manifest")
                .contains("version = \"0.2.0\"")
        );
        regen(root, Mode::Check).expect("committed and new agree");

        // An enum member added is additive: a new patch below 1.0.
        scratch.edit(
            "docs-input/resources/runasaccounttype.md",
            "|unknownFutureValue|2|",
            "|service|3|The service account.|\n|unknownFutureValue|2|",
        );
        let message = regen(root, Mode::Write).expect_err("an additive change without a bump");
        assert!(
            message.contains("Set crate_version to 0.2.1 or higher"),
            "{message}"
        );
        scratch.set_version("0.2.1");
        regen(root, Mode::Write).expect("a patch release");
    }

    #[test]
    fn pages_are_found_in_diffs() {
        let diff = "@@ -1 +1 @@\n-/// Documented in `docs-input/api/a.md` line 3.\n+/// Documented in `docs-input/api/a.md` line 4.\n x-ms-docs-source: docs-input/api/b.md:12:1\n";
        let pages: Vec<_> = pages_behind(diff).into_iter().collect();
        assert_eq!(pages, ["docs-input/api/a.md", "docs-input/api/b.md"]);
    }
}
