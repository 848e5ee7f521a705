//! The file system side, for the `docgen` binary and xtask: reading docs trees and writing
//! output so that files change only when their bytes do, and nothing is half-written.

use crate::source::SourceFile;
use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Pages are markdown files; `.txt` is accepted too, as the seed pages are saved that way.
fn is_page(path: &Path) -> bool {
    matches!(path.extension().and_then(|e| e.to_str()), Some("md" | "txt"))
}

/// The pages under each input (a page, or a folder searched recursively), in path order.
/// Paths are shown as given on the command line, joined with the file's place in the folder.
pub fn read_pages(inputs: &[PathBuf]) -> io::Result<Vec<Arc<SourceFile>>> {
    read_pages_in(Path::new(""), inputs)
}

/// [`read_pages`] for inputs relative to `base`; paths are shown relative to `base`, so output
/// that names pages does not depend on where a checkout lives.
pub fn read_pages_in(base: &Path, inputs: &[PathBuf]) -> io::Result<Vec<Arc<SourceFile>>> {
    let mut paths = Vec::new();
    for input in inputs {
        let input = &base.join(input);
        let metadata = std::fs::metadata(input)
            .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", input.display())))?;
        if metadata.is_dir() {
            collect(input, &mut paths)?;
        } else {
            paths.push(input.clone());
        }
    }
    paths.sort();
    paths.dedup();
    let mut pages = Vec::with_capacity(paths.len());
    for path in paths {
        let bytes = std::fs::read(&path).map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
        // Pages are UTF-8; a stray invalid byte is replaced rather than failing the whole run.
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let text = text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text);
        let display = path.strip_prefix(base).unwrap_or(&path).to_string_lossy().replace('\\', "/");
        pages.push(Arc::new(SourceFile::new(display, text)));
    }
    Ok(pages)
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        let kind = entry.file_type()?;
        if kind.is_dir() {
            collect(&path, out)?;
        } else if is_page(&path) && !is_readme(&path) {
            out.push(path);
        }
    }
    Ok(())
}

/// A folder's README describes the folder; it is not a page.
fn is_readme(path: &Path) -> bool {
    path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.eq_ignore_ascii_case("readme.md"))
}

/// How an output tree differs from what is on disk.
#[derive(Debug, Default)]
pub struct Drift {
    /// (relative path, old contents or None when missing, new contents)
    pub changed: Vec<(String, Option<String>, String)>,
    /// Files on disk that the output no longer has.
    pub stale: Vec<String>,
}

impl Drift {
    pub fn is_empty(&self) -> bool {
        self.changed.is_empty() && self.stale.is_empty()
    }

    /// A unified diff of every change, as `diff -u` would print it.
    pub fn unified_diff(&self) -> String {
        let mut out = String::new();
        for (path, old, new) in &self.changed {
            let old = old.as_deref().unwrap_or("");
            let diff = similar::TextDiff::from_lines(old, new.as_str());
            out.push_str(&diff.unified_diff().context_radius(3).header(&format!("a/{path}"), &format!("b/{path}")).to_string());
        }
        for path in &self.stale {
            out.push_str(&format!("--- a/{path}\n+++ /dev/null\n(file would be removed)\n"));
        }
        out
    }
}

/// Compares generated files with a folder. `owned` lists subfolders the generator owns
/// entirely: files there that the output lacks are stale.
pub fn drift(root: &Path, files: &BTreeMap<String, String>, owned: &[String]) -> io::Result<Drift> {
    let mut result = Drift::default();
    for (path, contents) in files {
        let old = match std::fs::read_to_string(root.join(path)) {
            Ok(text) => Some(text),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => return Err(e),
        };
        if old.as_deref() != Some(contents.as_str()) {
            result.changed.push((path.clone(), old, contents.clone()));
        }
    }
    for dir in owned {
        let mut existing = Vec::new();
        if root.join(dir).is_dir() {
            collect_all(&root.join(dir), &mut existing)?;
        }
        for file in existing {
            let relative = file.strip_prefix(root).unwrap_or(&file).to_string_lossy().replace('\\', "/");
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
pub fn apply(root: &Path, drift: &Drift) -> io::Result<()> {
    for (path, _, contents) in &drift.changed {
        let target = root.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let temporary = target.with_extension("docgen-tmp");
        std::fs::write(&temporary, contents)?;
        std::fs::rename(&temporary, &target)?;
    }
    for path in &drift.stale {
        std::fs::remove_file(root.join(path))?;
    }
    Ok(())
}
