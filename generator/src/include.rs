//! Partials and includes: files that are pieces of pages, and the `[!INCLUDE [..](path)]`
//! lines that pull them in.
//!
//! Today's pages keep their permissions table in a file of its own
//! (`../includes/permissions/cloudpc-get-permissions.md`) that the page includes after a
//! `<!-- { "blockType": "permissions" } -->` annotation. Such an include is resolved relative to
//! the page, among the files read from the inputs given on the command line (never from disk
//! here: nothing outside the inputs is read), and its blocks take the include line's place, so
//! the Permissions section holds its table as if the page had it inline. Other includes (code
//! snippets, the national-cloud and beta notes, table intros) are boilerplate the generator
//! needs nothing from and are left as they are.

use crate::diagnostics::{self, Diagnostic, Diagnostics};
use crate::page::{BlockKind, Page};
use crate::source::SourceFile;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// How a page's permissions includes resolved, counted over the pages (`docgen report`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct IncludeCounts {
    /// Read from a file among the inputs.
    pub found: usize,
    /// Inside the inputs, but no such file was read (absent or unreadable).
    pub missing: usize,
    /// Resolving outside every input: not read.
    pub outside: usize,
}

impl IncludeCounts {
    /// Adds another page's counts.
    pub fn add(&mut self, other: IncludeCounts) {
        self.found += other.found;
        self.missing += other.missing;
        self.outside += other.outside;
    }
}

/// Whether a file is a partial (a piece of pages) rather than a page: it sits in an `includes`
/// folder, or its front matter says `ms.topic: include`. Partials yield nothing and report
/// nothing of their own; a page that includes one reads it.
pub fn is_partial(page: &Page) -> bool {
    let path = page.path();
    let folders = path.rsplit_once('/').map_or("", |(dir, _)| dir);
    folders
        .split('/')
        .any(|f| f.eq_ignore_ascii_case("includes"))
        || page
            .front_matter
            .get("ms.topic")
            .is_some_and(|f| f.value.trim().eq_ignore_ascii_case("include"))
}

/// The files the pages' permissions includes name, by normalised path, and the inputs the
/// pages came from.
pub struct Library {
    /// Copies of the files named (mostly partials, which are not lowered): holding only these
    /// lets the pages be lowered, and freed, one by one.
    files: BTreeMap<String, (Page, Vec<Diagnostic>)>,
    /// Normalised display paths of the inputs; `""` stands for "anything below the current
    /// folder" (pages built in memory, which name no input).
    roots: Vec<String>,
}

impl Library {
    /// Indexes the files among `sources` (the inputs, in order) that the permissions includes
    /// of `pages` name. `parsed(i)` gives source `i`'s page and the diagnostics its parsing
    /// gave: the caller may have freed a page already lowered and parse it again here.
    pub fn new<'p>(
        sources: &[Arc<SourceFile>],
        pages: impl IntoIterator<Item = &'p Page>,
        parsed: impl Fn(usize) -> (Page, Vec<Diagnostic>),
    ) -> Library {
        let mut roots: Vec<String> = sources
            .iter()
            .map(|source| {
                source
                    .root
                    .as_deref()
                    .map_or(String::new(), |r| join("", r))
            })
            .collect();
        roots.sort();
        roots.dedup();
        let named: BTreeSet<String> = pages
            .into_iter()
            .flat_map(permission_include_paths)
            .collect();
        let files = sources
            .iter()
            .enumerate()
            .filter_map(|(i, source)| {
                let path = join("", &source.path);
                named.contains(&path).then(|| (path, parsed(i)))
            })
            .collect();
        Library { files, roots }
    }

    fn inside(&self, path: &str) -> bool {
        self.roots.iter().any(|root| {
            if root.is_empty() {
                !path.starts_with("..") && !path.starts_with('/')
            } else {
                path == root
                    || path
                        .strip_prefix(root.as_str())
                        .is_some_and(|rest| rest.starts_with('/'))
            }
        })
    }

    /// The page with each permissions include replaced by the included file's tables and
    /// paragraphs (their locations stay in the included file), or `None` when it has none.
    /// An include that cannot be read is a D041 warning at its line; its table is then absent.
    pub fn splice_permission_includes(
        &self,
        page: &Page,
        diagnostics: &mut Diagnostics,
    ) -> (Option<Page>, IncludeCounts) {
        let mut counts = IncludeCounts::default();
        if !has_permission_includes(page) {
            return (None, counts);
        }
        let dir = page.path().rsplit_once('/').map_or("", |(dir, _)| dir);
        let mut blocks = Vec::with_capacity(page.blocks.len());
        for (i, block) in page.blocks.iter().enumerate() {
            let BlockKind::Include { target, .. } = &block.kind else {
                blocks.push(block.clone());
                continue;
            };
            if !is_permissions_include(page, i) {
                blocks.push(block.clone());
                continue;
            }
            let path = include_path(dir, target);
            if !self.inside(&path) {
                counts.outside += 1;
                diagnostics.push(
                    diagnostics::INCLUDE_UNAVAILABLE,
                    block.location.clone(),
                    format!("permissions include `{target}` resolves to `{path}`, outside the inputs given; not read, so the page has no permissions"),
                );
                continue;
            }
            let Some((included, parse_diagnostics)) = self.files.get(&path) else {
                counts.missing += 1;
                diagnostics.push(
                    diagnostics::INCLUDE_UNAVAILABLE,
                    block.location.clone(),
                    format!("permissions include `{target}` (`{path}`) is missing or unreadable; the page has no permissions"),
                );
                continue;
            };
            counts.found += 1;
            diagnostics.items.extend(parse_diagnostics.iter().cloned());
            // Headings would end the page's Permissions section; annotations would bind to
            // the page's code blocks. Only the table and its prose belong to the page.
            blocks.extend(
                included
                    .blocks
                    .iter()
                    .filter(|b| matches!(b.kind, BlockKind::Table(_) | BlockKind::Paragraph { .. }))
                    .cloned(),
            );
        }
        (
            Some(Page::new(
                page.source.clone(),
                page.front_matter.clone(),
                blocks,
            )),
            counts,
        )
    }
}

/// Whether a page has a permissions include: only such a page needs a [`Library`] to be
/// lowered.
pub fn has_permission_includes(page: &Page) -> bool {
    (0..page.blocks.len()).any(|i| is_permissions_include(page, i))
}

/// Where a page's permissions includes lead, normalised as [`Library`] keys its files.
fn permission_include_paths(page: &Page) -> Vec<String> {
    let dir = page.path().rsplit_once('/').map_or("", |(dir, _)| dir);
    page.blocks
        .iter()
        .enumerate()
        .filter(|(i, _)| is_permissions_include(page, *i))
        .filter_map(|(_, block)| match &block.kind {
            BlockKind::Include { target, .. } => Some(include_path(dir, target)),
            _ => None,
        })
        .collect()
}

/// The file an include's target names (its anchor and query left out), relative to `dir`.
fn include_path(dir: &str, target: &str) -> String {
    let file = target.split(['#', '?']).next().unwrap_or("");
    join(dir, file)
}

/// An include that holds the page's permissions table: one right after a `permissions`
/// annotation, or named `permissions-table` as the docs' template names it.
fn is_permissions_include(page: &Page, index: usize) -> bool {
    let Some(BlockKind::Include { name, .. }) = page.blocks.get(index).map(|b| &b.kind) else {
        return false;
    };
    let annotated = index
        .checked_sub(1)
        .and_then(|i| page.blocks.get(i))
        .is_some_and(|b| matches!(&b.kind, BlockKind::Annotation(a) if a.block_type().is_some_and(|t| t.eq_ignore_ascii_case("permissions"))));
    annotated || name.trim().eq_ignore_ascii_case("permissions-table")
}

/// `dir` joined with a relative `path`, `.` and `..` resolved lexically (`..` past the start is
/// kept, so such a path lies outside every input below the current folder).
pub fn join(dir: &str, path: &str) -> String {
    let absolute = path.starts_with('/') || (dir.starts_with('/') && !path.starts_with('/'));
    let start = if path.starts_with('/') { "" } else { dir };
    let mut parts: Vec<&str> = Vec::new();
    for part in start.split('/').chain(path.split('/')) {
        match part {
            "" | "." => {}
            ".." if parts.last().is_some_and(|p| *p != "..") => {
                parts.pop();
            }
            // Above the file system's root there is nothing: `/..` is `/`.
            ".." if absolute => {}
            other => parts.push(other),
        }
    }
    let joined = parts.join("/");
    if absolute {
        format!("/{joined}")
    } else {
        joined
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;
    use std::sync::Arc;

    fn parse(path: &str, root: Option<&str>, text: &str) -> (Page, Diagnostics) {
        let mut d = Diagnostics::default();
        let mut source = SourceFile::new(path, text);
        if let Some(root) = root {
            source = source.with_root(root);
        }
        (crate::page::parse_page(Arc::new(source), &mut d), d)
    }

    /// The library of pages all held, as a caller that keeps every parsed page builds it.
    fn library_of(parsed: &[(Page, Diagnostics)]) -> Library {
        let sources: Vec<Arc<SourceFile>> = parsed.iter().map(|(p, _)| p.source.clone()).collect();
        Library::new(&sources, parsed.iter().map(|(p, _)| p), |i| {
            (parsed[i].0.clone(), parsed[i].1.items.clone())
        })
    }

    #[test]
    fn joins_lexically() {
        assert_eq!(
            join("docs/v1.0/api", "../includes/permissions/x.md"),
            "docs/v1.0/includes/permissions/x.md"
        );
        assert_eq!(join("api", "../../x.md"), "../x.md");
        assert_eq!(
            join("../corpus/api", "./../includes/x.md"),
            "../corpus/includes/x.md"
        );
        assert_eq!(join("/abs/api", "../../../x.md"), "/x.md");
    }

    #[test]
    fn partials_by_folder_or_topic() {
        assert!(is_partial(
            &parse("v1.0/includes/permissions/x.md", None, "|a|b|\n").0
        ));
        assert!(is_partial(
            &parse(
                "v1.0/api/x.md",
                None,
                "---\nms.topic: include\n---\n|a|b|\n"
            )
            .0
        ));
        assert!(!is_partial(&parse("v1.0/api/includes.md", None, "# A\n").0));
    }

    const PAGE: &str = "# A\n\n## Permissions\n\n<!-- { \"blockType\": \"permissions\", \"name\": \"a_get\" } -->\n[!INCLUDE [permissions-table](../includes/permissions/a-get-permissions.md)]\n\n## HTTP request\n";
    const TABLE: &str = "---\nms.topic: include\n---\n\n|Permission type|Least privileged permissions|Higher privileged permissions|\n|:---|:---|:---|\n|Application|A.Read.All|A.ReadWrite.All|\n";

    #[test]
    fn found_include_becomes_the_sections_table() {
        let parsed = vec![
            parse("d/api/a-get.md", Some("d"), PAGE),
            parse(
                "d/includes/permissions/a-get-permissions.md",
                Some("d"),
                TABLE,
            ),
        ];
        let library = library_of(&parsed);
        let mut d = Diagnostics::default();
        let (page, counts) = library.splice_permission_includes(&parsed[0].0, &mut d);
        assert_eq!(
            counts,
            IncludeCounts {
                found: 1,
                missing: 0,
                outside: 0
            }
        );
        assert!(d.items.is_empty(), "{:?}", d.items);
        let page = page.expect("spliced");
        let section = page
            .section(crate::page::SectionKind::Permissions)
            .expect("section");
        let table = section.tables().next().expect("table");
        assert_eq!(table.rows[0][1].text, "A.Read.All");
        assert_eq!(
            &*table.rows[0][1].location.path,
            "d/includes/permissions/a-get-permissions.md"
        );
    }

    #[test]
    fn missing_and_outside_includes_are_d041_at_the_include_line() {
        // The include folder was not given: the include lies outside the input `d/api`.
        let parsed = vec![
            parse("d/api/a-get.md", Some("d/api"), PAGE),
            parse(
                "d/includes/permissions/a-get-permissions.md",
                Some("d/includes"),
                TABLE,
            ),
        ];
        let outside = vec![parse("d/api/a-get.md", Some("d/api"), PAGE)];
        let missing = vec![parse("d/api/a-get.md", Some("d"), PAGE)];
        for (parsed, expected) in [
            (
                &outside,
                IncludeCounts {
                    outside: 1,
                    ..IncludeCounts::default()
                },
            ),
            (
                &missing,
                IncludeCounts {
                    missing: 1,
                    ..IncludeCounts::default()
                },
            ),
            (
                &parsed,
                IncludeCounts {
                    found: 1,
                    ..IncludeCounts::default()
                },
            ),
        ] {
            let library = library_of(parsed);
            let mut d = Diagnostics::default();
            let (_, counts) = library.splice_permission_includes(&parsed[0].0, &mut d);
            assert_eq!(counts, expected);
            if expected.found == 0 {
                assert_eq!(d.items.len(), 1);
                assert_eq!(d.items[0].code, diagnostics::INCLUDE_UNAVAILABLE);
                assert_eq!((d.items[0].location.line, d.items[0].location.col), (6, 1));
                assert!(d.items[0].message.contains("a-get-permissions.md"));
            }
        }
    }
}
