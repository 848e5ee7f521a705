//! The file system side, for the `docgen` binary and xtask: reading docs trees and writing
//! output so that files change only when their bytes do, and nothing is half-written.

use crate::diagnostics::{self, Diagnostic, Severity};
use crate::source::{Location, SourceFile};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Pages are markdown files; `.txt` is accepted too, as the seed pages are saved that way.
fn is_page(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("md" | "txt")
    )
}

/// What reading the inputs found: the files, and a diagnostic for each entry skipped.
#[derive(Debug, Default)]
pub struct Read {
    /// Pages and partials (include files), in path order.
    pub sources: Vec<Arc<SourceFile>>,
    /// D042 for entries that could not be read or are links leading out of the inputs.
    pub diagnostics: Vec<Diagnostic>,
}

/// The pages under each input (a page, or a folder searched recursively), in path order.
/// Paths are shown as given on the command line, joined with the file's place in the folder.
/// Entries skipped (see [`read_inputs_in`]) are left out without a word; the `docgen` binary
/// uses [`read_inputs`], which says why.
pub fn read_pages(inputs: &[PathBuf]) -> io::Result<Vec<Arc<SourceFile>>> {
    read_pages_in(Path::new(""), inputs)
}

/// [`read_pages`] for inputs relative to `base`; paths are shown relative to `base`, so output
/// that names pages does not depend on where a checkout lives.
pub fn read_pages_in(base: &Path, inputs: &[PathBuf]) -> io::Result<Vec<Arc<SourceFile>>> {
    Ok(read_inputs_in(base, inputs)?.sources)
}

/// Reads the inputs as the `docgen` binary does: paths are shown relative to the folder that
/// holds each input, its last component included (`/abs/x/v1.0` shows its pages as
/// `v1.0/api/user-update.md`; a page given alone shows as its file name), so the output does not
/// depend on where the docs live or on the folder docgen runs in. When inputs nest, the
/// outermost one names the files inside it, so includes resolve the same way whatever the order.
pub fn read_inputs(inputs: &[PathBuf]) -> io::Result<Read> {
    read(Naming::LastComponent(Vec::new()), Path::new(""), inputs)
}

/// Reads the inputs. An input that does not exist is an error (the command line is wrong);
/// inside a folder, an entry that cannot be read, a symbolic link that loops or dangles, or one
/// whose target lies outside every input, is skipped with a D042 warning, so one bad entry does
/// not end the run and nothing outside the inputs is ever read. Links whose targets stay inside
/// an input are followed.
pub fn read_inputs_in(base: &Path, inputs: &[PathBuf]) -> io::Result<Read> {
    read(Naming::RelativeTo(base.to_path_buf()), base, inputs)
}

/// How the files read are named in everything docgen writes.
enum Naming {
    /// Relative to a folder (a `docgen.toml`'s, for regen).
    RelativeTo(PathBuf),
    /// (input as walked, its canonical last component), outermost first: see [`read_inputs`].
    LastComponent(Vec<(PathBuf, String)>),
}

fn read(mut naming: Naming, base: &Path, inputs: &[PathBuf]) -> io::Result<Read> {
    let mut roots = Vec::new();
    for input in inputs {
        let path = base.join(input);
        let canonical = std::fs::canonicalize(&path)
            .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
        if let Naming::LastComponent(names) = &mut naming {
            // The canonical form names `.` or `..` by the folder they stand for.
            let name = canonical
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            names.push((path, name));
        }
        roots.push(canonical);
    }
    if let Naming::LastComponent(names) = &mut naming {
        // Fewer components first: an input inside another is named through the outer one.
        names.sort_by_key(|(path, _)| path.components().count());
    }
    let mut walk = Walk {
        naming,
        roots,
        found: Vec::new(),
        diagnostics: Vec::new(),
        active: Vec::new(),
    };
    for (input, canonical) in inputs.iter().zip(walk.roots.clone()) {
        let path = base.join(input);
        let root: Arc<str> = walk.display(&path).into();
        if canonical.is_dir() {
            walk.active.push(canonical.clone());
            walk.folder(&path, &root);
            walk.active.pop();
        } else {
            walk.found.push((path, root));
        }
    }
    walk.found.sort();
    walk.found.dedup_by(|a, b| a.0 == b.0);
    let mut read = Read::default();
    // Files are read (and their line starts found) in parallel; the results keep path order.
    let found = std::mem::take(&mut walk.found);
    let loaded: Vec<io::Result<SourceFile>> = {
        use rayon::prelude::*;
        let walk = &walk;
        found
            .par_iter()
            .map(|(path, root)| {
                let bytes = std::fs::read(path)?;
                // Pages are UTF-8; a stray invalid byte is replaced rather than failing the
                // run. Valid text (nearly every page) is taken as it is, without a copy.
                let text = String::from_utf8(bytes)
                    .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
                Ok(SourceFile::new(walk.display(path), text).with_root(root.clone()))
            })
            .collect()
    };
    for ((path, _), loaded) in found.iter().zip(loaded) {
        match loaded {
            Ok(source) => read.sources.push(Arc::new(source)),
            Err(e) => walk.skip(path, format!("cannot be read ({e}); skipped")),
        }
    }
    read.diagnostics = walk.diagnostics;
    Ok(read)
}

struct Walk {
    naming: Naming,
    /// The inputs, canonical: nothing outside them is read.
    roots: Vec<PathBuf>,
    /// (path as walked, display path of its input)
    found: Vec<(PathBuf, Arc<str>)>,
    diagnostics: Vec<Diagnostic>,
    /// Canonical folders being walked, outermost first: a link back to one of them is a loop.
    active: Vec<PathBuf>,
}

impl Walk {
    fn display(&self, path: &Path) -> String {
        let shown = match &self.naming {
            Naming::RelativeTo(base) => path.strip_prefix(base).unwrap_or(path).to_path_buf(),
            Naming::LastComponent(inputs) => inputs
                .iter()
                .find_map(|(input, name)| {
                    let rest = path.strip_prefix(input).ok()?;
                    Some(Path::new(name).join(rest))
                })
                .unwrap_or_else(|| path.to_path_buf()),
        };
        let shown = shown.to_string_lossy().replace('\\', "/");
        // `Path::join` with an empty rest leaves a trailing separator on some platforms.
        shown.trim_end_matches('/').to_string()
    }

    fn skip(&mut self, path: &Path, why: String) {
        let location = Location {
            path: self.display(path).into(),
            line: 1,
            col: 1,
        };
        self.diagnostics.push(Diagnostic {
            location,
            severity: Severity::Warning,
            code: diagnostics::UNREADABLE_ENTRY,
            message: format!("`{}` {why}", self.display(path)),
        });
    }

    fn inside_inputs(&self, canonical: &Path) -> bool {
        self.roots.iter().any(|root| canonical.starts_with(root))
    }

    fn folder(&mut self, dir: &Path, root: &Arc<str>) {
        let mut entries = match std::fs::read_dir(dir)
            .and_then(|entries| entries.collect::<Result<Vec<_>, _>>())
        {
            Ok(entries) => entries,
            Err(e) => return self.skip(dir, format!("cannot be listed ({e}); skipped")),
        };
        entries.sort_by_key(|e| e.file_name());
        for entry in entries {
            let path = entry.path();
            let kind = match entry.file_type() {
                Ok(kind) => kind,
                Err(e) => {
                    self.skip(&path, format!("cannot be read ({e}); skipped"));
                    continue;
                }
            };
            let is_dir = if kind.is_symlink() {
                let target = match std::fs::canonicalize(&path) {
                    Ok(target) => target,
                    Err(e) => {
                        self.skip(
                            &path,
                            format!("is a link that loops or leads nowhere ({e}); skipped"),
                        );
                        continue;
                    }
                };
                if !self.inside_inputs(&target) {
                    self.skip(
                        &path,
                        "is a link to a file outside the inputs given; skipped".to_string(),
                    );
                    continue;
                }
                if self.active.contains(&target) {
                    self.skip(
                        &path,
                        "is a link to a folder that contains it (a loop); skipped".to_string(),
                    );
                    continue;
                }
                target.is_dir()
            } else {
                kind.is_dir()
            };
            if is_dir {
                let canonical = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
                self.active.push(canonical);
                self.folder(&path, root);
                self.active.pop();
            } else if is_page(&path) && !is_readme(&path) {
                self.found.push((path, root.clone()));
            }
        }
    }
}

/// A folder's README describes the folder; it is not a page.
fn is_readme(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.eq_ignore_ascii_case("readme.md"))
}

/// How an output tree differs from what is on disk. It borrows the new contents from the
/// generated files rather than copying them (on beta, 71 MB).
#[derive(Debug, Default)]
pub struct Drift<'a> {
    /// (relative path, old contents or None when missing, new contents)
    pub changed: Vec<(String, Option<String>, &'a str)>,
    /// Files on disk that the output no longer has.
    pub stale: Vec<String>,
}

impl Drift<'_> {
    pub fn is_empty(&self) -> bool {
        self.changed.is_empty() && self.stale.is_empty()
    }

    /// A unified diff of every change, as `diff -u` would print it.
    pub fn unified_diff(&self) -> String {
        let mut out = String::new();
        for (path, old, new) in &self.changed {
            let old = old.as_deref().unwrap_or("");
            let diff = similar::TextDiff::from_lines(old, *new);
            out.push_str(
                &diff
                    .unified_diff()
                    .context_radius(3)
                    .header(&format!("a/{path}"), &format!("b/{path}"))
                    .to_string(),
            );
        }
        for path in &self.stale {
            out.push_str(&format!(
                "--- a/{path}\n+++ /dev/null\n(file would be removed)\n"
            ));
        }
        out
    }
}

/// Compares generated files with a folder. `owned` lists subfolders the generator owns
/// entirely: files there that the output lacks are stale.
pub fn drift<'a>(
    root: &Path,
    files: &'a BTreeMap<String, String>,
    owned: &[String],
) -> io::Result<Drift<'a>> {
    let mut result = Drift::default();
    // Files are read and compared on every thread; `changed` keeps the files' order.
    let files_in_order: Vec<(&String, &String)> = files.iter().collect();
    let compared = files_in_order
        .into_par_iter()
        .map(|(path, contents)| {
            let old = match std::fs::read_to_string(root.join(path)) {
                Ok(text) => Some(text),
                Err(e) if e.kind() == io::ErrorKind::NotFound => None,
                Err(e) => return Err(e),
            };
            Ok((old.as_deref() != Some(contents.as_str()))
                .then(|| (path.clone(), old, contents.as_str())))
        })
        .collect::<io::Result<Vec<_>>>()?;
    result.changed = compared.into_iter().flatten().collect();
    for dir in owned {
        let mut existing = Vec::new();
        if root.join(dir).is_dir() {
            collect_all(&root.join(dir), &mut existing)?;
        }
        for file in existing {
            let relative = file
                .strip_prefix(root)
                .unwrap_or(&file)
                .to_string_lossy()
                .replace('\\', "/");
            if !files.contains_key(&relative) {
                result.stale.push(relative);
            }
        }
    }
    Ok(result)
}

fn collect_all(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_type()?.is_dir() {
            collect_all(&entry.path(), out)?;
        } else {
            out.push(entry.path());
        }
    }
    out.sort();
    Ok(())
}

/// Applies a drift: writes changed files (each through a temporary file and a rename, so a
/// reader never sees half a file) and removes stale ones. Unchanged files are not touched.
pub fn apply(root: &Path, drift: &Drift<'_>) -> io::Result<()> {
    // Largest first, one file per task: written in path order, the largest (`openapi.yaml`,
    // which sorts last) was left to one thread at the end.
    let mut largest_first: Vec<_> = drift.changed.iter().collect();
    largest_first.sort_by_key(|(_, _, contents)| std::cmp::Reverse(contents.len()));
    largest_first
        .into_par_iter()
        .with_max_len(1)
        .try_for_each(|(path, _, contents)| {
            let target = root.join(path);
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent)?;
            }
            let temporary = target.with_extension("docgen-tmp");
            std::fs::write(&temporary, contents)?;
            std::fs::rename(&temporary, &target)
        })?;
    for path in &drift.stale {
        std::fs::remove_file(root.join(path))?;
    }
    Ok(())
}
