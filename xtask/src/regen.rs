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
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    pub fn docgen(&self) -> docgen::Config {
        docgen::Config {
            link: docgen::link::LinkConfig { version: self.api_version.clone() },
            krate: docgen::render::rust::CrateConfig {
                crate_name: self.crate_name.clone(),
                crate_version: "0.1.0".to_string(),
                description: self.description.clone(),
                docs_note: self.docs.iter().map(|d| format!("`{}/`", d.display())).collect::<Vec<_>>().join(", "),
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
}

/// `generated/` as `docgen.toml` says, and each golden fixture under `generator/tests/golden/`:
/// a folder whose `pages.txt` names docs-input pages and whose `expected/` holds the output
/// (its crate is a workspace member, so a golden that does not compile breaks the build).
fn targets(root: &Path) -> Result<Vec<Target>, String> {
    let config = Config::load(root)?;
    let mut targets = vec![Target { name: "generated".into(), docs: config.docs.clone(), out: config.out.clone(), config: config.docgen() }];
    let golden = root.join("generator/tests/golden");
    let mut cases: Vec<PathBuf> = match std::fs::read_dir(&golden) {
        Ok(entries) => entries.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.join("pages.txt").is_file()).collect(),
        Err(_) => Vec::new(),
    };
    cases.sort();
    for case in cases {
        let name = case.file_name().and_then(|n| n.to_str()).unwrap_or("case").to_string();
        let list = std::fs::read_to_string(case.join("pages.txt")).map_err(|e| format!("{}: {e}", case.display()))?;
        let docs: Vec<PathBuf> = list.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(PathBuf::from).collect();
        let mut docgen = config.docgen();
        docgen.krate.crate_name = format!("golden-{name}");
        docgen.krate.description = format!("Golden fixture `{name}`: the output for the pages in its pages.txt.");
        docgen.krate.docs_note = format!("the pages listed in generator/tests/golden/{name}/pages.txt");
        let out = case.strip_prefix(root).unwrap_or(&case).join("expected");
        targets.push(Target { name: format!("golden {name}"), docs, out, config: docgen });
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
    if failures.is_empty() { Ok(()) } else { Err(failures.join("\n\n")) }
}

fn regen_target(root: &Path, target: &Target, mode: Mode) -> Result<(), String> {
    let pages = docgen::files::read_pages_in(root, &target.docs).map_err(|e| e.to_string())?;
    let generated = docgen::generate(&pages, &target.config).map_err(|e| e.to_string())?;
    let errors: Vec<_> = generated.analysis.diagnostics.iter().filter(|d| d.severity == Severity::Error).collect();
    if !errors.is_empty() {
        let shown: String = errors
            .iter()
            .map(|d| render_human(d, pages.iter().find(|p| *p.path == *d.location.path).map(|p| p.as_ref())))
            .collect();
        return Err(format!("{shown}{}: {} error(s) in its pages; nothing written", target.name, errors.len()));
    }
    let owned = [target.config.krate.crate_name.clone()];
    let out = root.join(&target.out);
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
            eprintln!("regen --check {}: {}/ matches {docs} ({} files)", target.name, target.out.display(), generated.files.len());
            Ok(())
        }
        Mode::Check => {
            let diff = drift.unified_diff();
            let pages = pages_behind(&diff);
            let files: Vec<String> = drift.changed.iter().map(|(p, _, _)| p.clone()).chain(drift.stale.iter().cloned()).collect();
            Err(format!(
                "{diff}\nregen --check {}: {}/ does not match {docs}.\nFiles that would change: {}\nPages behind the change: {}\nRun `cargo xtask regen` and commit the result.",
                target.name,
                target.out.display(),
                files.join(", "),
                if pages.is_empty() { "(none named in the diff)".to_string() } else { pages.into_iter().collect::<Vec<_>>().join(", ") },
            ))
        }
    }
}

fn docs_list(docs: &[PathBuf]) -> String {
    docs.iter().map(|d| d.display().to_string()).collect::<Vec<_>>().join(", ")
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

    #[test]
    fn pages_are_found_in_diffs() {
        let diff = "@@ -1 +1 @@\n-/// Documented in `docs-input/api/a.md` line 3.\n+/// Documented in `docs-input/api/a.md` line 4.\n x-ms-docs-source: docs-input/api/b.md:12:1\n";
        let pages: Vec<_> = pages_behind(diff).into_iter().collect();
        assert_eq!(pages, ["docs-input/api/a.md", "docs-input/api/b.md"]);
    }
}
