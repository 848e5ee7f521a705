//! Reproducible output (issue 12, part 1): the bytes docgen writes do not depend on where the
//! docs live or on the folder it runs in; paths in the output start at the folder given.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A fresh folder under the system's temporary folder, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("docgen-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temporary folder");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

/// The docs-input pages the `crud` golden lists, copied under `docs` with their relative
/// place (`resources/…`, `api/…`) kept.
fn copy_crud_pages(docs: &Path) {
    let root = workspace();
    let list = std::fs::read_to_string(root.join("generator/tests/golden/crud/pages.txt"))
        .expect("crud pages.txt");
    let pages: Vec<&str> = list
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    assert!(pages.len() >= 5, "the crud golden lists its pages");
    for page in pages {
        let relative = page.strip_prefix("docs-input/").expect("a docs-input page");
        let target = docs.join(relative);
        std::fs::create_dir_all(target.parent().expect("parent")).expect("folders");
        std::fs::copy(root.join(page), &target).expect("copy page");
    }
}

/// Runs `docgen generate <input> --out <out>` in `cwd`; every output file by relative path.
fn generate(cwd: &Path, input: &Path, out: &Path) -> BTreeMap<String, Vec<u8>> {
    generate_on(cwd, input, out, None).0
}

/// [`generate`] on `threads` threads (rayon's pool; the machine's cores when `None`), with what
/// it printed on stderr.
fn generate_on(
    cwd: &Path,
    input: &Path,
    out: &Path,
    threads: Option<usize>,
) -> (BTreeMap<String, Vec<u8>>, String) {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_docgen"));
    command
        .current_dir(cwd)
        .arg("generate")
        .arg(input)
        .arg("--out")
        .arg(out);
    if let Some(threads) = threads {
        command.env("RAYON_NUM_THREADS", threads.to_string());
    }
    let output = command.output().expect("docgen runs");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    let mut files = BTreeMap::new();
    collect(out, out, &mut files);
    (files, stderr)
}

fn collect(root: &Path, dir: &Path, files: &mut BTreeMap<String, Vec<u8>>) {
    for entry in std::fs::read_dir(dir).expect("output folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            collect(root, &path, files);
        } else {
            let relative = path.strip_prefix(root).expect("inside").to_string_lossy();
            files.insert(
                relative.replace('\\', "/"),
                std::fs::read(&path).expect("read"),
            );
        }
    }
}

#[test]
fn the_same_pages_in_two_places_give_the_same_bytes() {
    let a = TempDir::new("repro-a");
    let b = TempDir::new("repro-b");
    let docs_a = a.0.join("checkout/api-reference/v1.0");
    let docs_b = b.0.join("elsewhere/deeper/v1.0");
    copy_crud_pages(&docs_a);
    copy_crud_pages(&docs_b);
    let first = generate(&a.0, &docs_a, &a.0.join("out"));
    // From another folder, with a relative input that the canonical name must resolve.
    let second = generate(&docs_b, Path::new("."), &b.0.join("out"));
    assert!(first.len() > 5, "{:?}", first.keys());
    assert_eq!(
        first.keys().collect::<Vec<_>>(),
        second.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &first {
        assert!(
            second[path] == *bytes,
            "{path} differs between the two places"
        );
    }
    let spec = String::from_utf8_lossy(&first["openapi.yaml"]).into_owned();
    assert!(
        spec.contains("v1.0/api/devicemanagementscript-get.md"),
        "paths start at the folder given, its last component included"
    );
    for (path, bytes) in &first {
        let text = String::from_utf8_lossy(bytes);
        assert!(
            !text.contains(&*a.0.to_string_lossy()),
            "{path} names the temporary folder"
        );
    }
}

#[test]
fn a_page_given_alone_is_named_by_its_file_name() {
    let dir = TempDir::new("repro-single");
    let docs = dir.0.join("v1.0");
    copy_crud_pages(&docs);
    let page = docs.join("api/devicemanagementscript-delete.md");
    let files = generate(&dir.0, &page, &dir.0.join("out"));
    let spec = String::from_utf8_lossy(&files["openapi.yaml"]).into_owned();
    assert!(spec.contains("devicemanagementscript-delete.md"), "{spec}");
    assert!(
        !spec.contains("api/devicemanagementscript-delete.md"),
        "{spec}"
    );
}

/// Copies a folder of real pages (and the includes they name) with its layout.
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("folders");
    for entry in std::fs::read_dir(from).expect("a folder of ../shared") {
        let path = entry.expect("entry").path();
        let target = to.join(path.file_name().expect("a name"));
        if path.is_dir() {
            copy_tree(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("copy page");
        }
    }
}

/// A corpus crate and spec, not just a fixture: today's layout (permission includes resolved
/// relative to each page, CRLF pages) from two checkouts in different folders.
#[test]
fn the_recent_sample_in_two_places_gives_the_same_bytes() {
    let sample = workspace().join("../shared/corpus/graph-docs-recent/api-reference/beta");
    assert!(
        sample.is_dir(),
        "{} is missing: the corpus checks read ../shared",
        sample.display()
    );
    let a = TempDir::new("repro-recent-a");
    let b = TempDir::new("repro-recent-b");
    let docs_a = a.0.join("one/api-reference/beta");
    let docs_b = b.0.join("two/other/beta");
    copy_tree(&sample, &docs_a);
    copy_tree(&sample, &docs_b);
    let first = generate(&a.0, &docs_a, &a.0.join("out"));
    let second = generate(&docs_b, Path::new("."), &b.0.join("out"));
    assert!(first.len() > 5, "{:?}", first.keys());
    assert_eq!(
        first.keys().collect::<Vec<_>>(),
        second.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &first {
        assert!(
            second[path] == *bytes,
            "{path} differs between the two places"
        );
    }
    let spec = String::from_utf8_lossy(&first["openapi.yaml"]).into_owned();
    assert!(
        spec.contains("x-ms-docs-source: \"beta/api/"),
        "paths start at the folder given"
    );
    assert!(
        spec.contains("x-ms-least-privileged-permissions"),
        "includes resolved in both places"
    );
}

/// Every parallel stage joins its results in input order: one thread and several give the
/// same files and the same diagnostics, on real pages of both versions.
#[test]
fn one_thread_and_several_give_the_same_bytes() {
    for version in ["v1.0", "beta"] {
        let sample = workspace()
            .join("../shared/corpus/graph-docs-recent/api-reference")
            .join(version);
        assert!(
            sample.is_dir(),
            "{} is missing: the corpus checks read ../shared",
            sample.display()
        );
        let dir = TempDir::new(&format!("repro-threads-{version}"));
        let out = dir.0.join("out");
        let (one, one_stderr) = generate_on(&dir.0, &sample, &out, Some(1));
        std::fs::remove_dir_all(&out).expect("output removed");
        let (several, several_stderr) = generate_on(&dir.0, &sample, &out, Some(5));
        assert!(one.len() > 5, "{:?}", one.keys());
        assert_eq!(
            one.keys().collect::<Vec<_>>(),
            several.keys().collect::<Vec<_>>()
        );
        for (path, bytes) in &one {
            assert!(several[path] == *bytes, "{version}: {path} differs");
        }
        assert!(one_stderr.contains("warning["), "{one_stderr}");
        assert_eq!(one_stderr, several_stderr, "{version}: diagnostics differ");
    }
}
