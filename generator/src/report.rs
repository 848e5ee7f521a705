//! `docgen report --json`: counts over the pages and the API.

use crate::diagnostics::{Diagnostic, Severity};
use crate::include::IncludeCounts;
use crate::ir::Api;
use crate::lower::{Fragments, PageKind};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// Per-page counts, taken before linking consumes the fragments.
#[derive(Debug, Clone, Default)]
pub struct PageCounts {
    pub pages: usize,
    pub by_kind: BTreeMap<PageKind, usize>,
    pub request_lines: usize,
    /// Examples that fit none of their page's request lines.
    pub unmatched_examples: usize,
    pub examples_to_other_hosts: usize,
    /// Resource and enum pages, and those that yield a type or enum (checked for errors later).
    pub type_pages: BTreeSet<String>,
    pub type_pages_yielding: BTreeSet<String>,
    /// Include files read as pieces of pages, not as pages.
    pub partials: usize,
    pub permission_includes: IncludeCounts,
}

impl PageCounts {
    pub fn of(fragments: &[Fragments]) -> PageCounts {
        let mut counts = PageCounts {
            pages: fragments.len(),
            ..PageCounts::default()
        };
        for kind in [
            PageKind::Api,
            PageKind::Resource,
            PageKind::Enum,
            PageKind::Other,
        ] {
            counts.by_kind.insert(kind, 0);
        }
        for f in fragments {
            let kind = f.kind.unwrap_or(PageKind::Other);
            *counts.by_kind.entry(kind).or_default() += 1;
            counts.request_lines += f.request_lines;
            counts.unmatched_examples += f.unmatched_examples;
            counts.examples_to_other_hosts += f.examples_to_other_hosts;
            counts.permission_includes.add(f.permission_includes);
            if matches!(kind, PageKind::Resource | PageKind::Enum) {
                counts.type_pages.insert(f.path.clone());
                if !f.types.is_empty() || !f.enums.is_empty() {
                    counts.type_pages_yielding.insert(f.path.clone());
                }
            }
        }
        counts
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub version: String,
    pub pages: usize,
    pub pages_by_kind: BTreeMap<PageKind, usize>,
    pub pages_with_errors: usize,
    /// Resource and enum pages.
    pub type_pages: usize,
    /// Resource and enum pages that yield their type or enum with no error-level diagnostic.
    pub type_pages_ok: usize,
    /// The resource and enum pages that do not (each has a diagnostic saying why).
    pub type_pages_failing: Vec<String>,
    pub request_lines: usize,
    /// Request lines that became no operation (D010, D053), each with a diagnostic naming it.
    pub request_lines_rejected: usize,
    pub operations: usize,
    /// Operations whose page lists no permission the generator could read.
    pub operations_without_permissions: usize,
    /// Operations with at least one scope.
    pub operations_with_permissions: usize,
    /// Permissions includes the pages name: read, missing (or unreadable), outside the inputs.
    pub permission_includes: IncludeCounts,
    /// Include files (see [`crate::include::is_partial`]): not counted in `pages`.
    pub partials: usize,
    pub types: usize,
    pub enums: usize,
    pub enum_members: usize,
    pub properties: usize,
    pub navigation_properties: usize,
    pub diagnostics_by_code: BTreeMap<String, usize>,
    pub undefined_types: usize,
    /// Names used but defined by no page, with how often they are used.
    pub undefined_type_names: BTreeMap<String, usize>,
    pub examples: usize,
    /// Example requests to other hosts (a bot's callback, an upload URL): not counted in
    /// `examples`, since they are not requests of this API.
    pub examples_to_other_hosts: usize,
    /// Examples whose URL fits none of their page's request lines (counted in `examples`, as
    /// failing: no operation to check them against).
    pub examples_fitting_no_request_line: usize,
    /// Example pairs that can be read against their operation (and so become contract tests).
    pub examples_passing: usize,
    /// Why the others cannot, by cause.
    pub example_failures_by_cause: BTreeMap<String, usize>,
}

impl Report {
    /// `examples` holds each example's outcome as [`crate::examples::check_examples`] gives
    /// it: passing, or the cause it fails for.
    pub fn new(
        api: &Api,
        pages: &PageCounts,
        diagnostics: &[Diagnostic],
        examples: &[Result<(), &'static str>],
    ) -> Report {
        let outcomes = examples;
        let mut by_code = BTreeMap::new();
        for d in diagnostics {
            *by_code.entry(d.code.to_string()).or_default() += 1;
        }
        let pages_with_errors: BTreeSet<&str> = diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| &*d.location.path)
            .collect();
        let properties = api.types.values().flat_map(|t| &t.properties);
        let (navigation, plain): (Vec<_>, Vec<_>) = properties.partition(|p| p.navigation);
        let mut examples = pages.unmatched_examples;
        let mut passing = 0;
        let mut causes: BTreeMap<String, usize> = BTreeMap::new();
        if pages.unmatched_examples > 0 {
            causes.insert(
                "example URL fits none of the page's request lines".to_string(),
                pages.unmatched_examples,
            );
        }
        for outcome in outcomes {
            examples += 1;
            match outcome {
                Ok(()) => passing += 1,
                Err(cause) => *causes.entry(cause.to_string()).or_default() += 1,
            }
        }
        Report {
            version: api.version.clone(),
            pages: pages.pages,
            pages_by_kind: pages.by_kind.clone(),
            pages_with_errors: pages_with_errors.len(),
            type_pages: pages.type_pages.len(),
            type_pages_ok: pages
                .type_pages_yielding
                .iter()
                .filter(|p| !pages_with_errors.contains(p.as_str()))
                .count(),
            type_pages_failing: pages
                .type_pages
                .iter()
                .filter(|p| {
                    !pages.type_pages_yielding.contains(*p)
                        || pages_with_errors.contains(p.as_str())
                })
                .cloned()
                .collect(),
            request_lines: pages.request_lines,
            request_lines_rejected: diagnostics
                .iter()
                .filter(|d| {
                    matches!(
                        d.code,
                        crate::diagnostics::BAD_REQUEST_LINE
                            | crate::diagnostics::REQUEST_LINE_TOO_LARGE
                    )
                })
                .count(),
            operations: api.operations.len(),
            operations_without_permissions: api
                .operations
                .values()
                .filter(|o| o.permissions.is_empty())
                .count(),
            operations_with_permissions: api
                .operations
                .values()
                .filter(|o| !o.permissions.is_empty())
                .count(),
            permission_includes: pages.permission_includes,
            partials: pages.partials,
            types: api.types.len(),
            enums: api.enums.len(),
            enum_members: api.enums.values().map(|e| e.members.len()).sum(),
            properties: plain.len(),
            navigation_properties: navigation.len(),
            diagnostics_by_code: by_code,
            undefined_types: api.undefined_types.len(),
            undefined_type_names: api
                .undefined_types
                .iter()
                .map(|(k, v)| (k.clone(), v.len()))
                .collect(),
            examples,
            examples_to_other_hosts: pages.examples_to_other_hosts,
            examples_fitting_no_request_line: pages.unmatched_examples,
            examples_passing: passing,
            example_failures_by_cause: causes,
        }
    }
}

/// `n` and its noun, singular for one: `1 type`, `12 types` (the generated README's counts and
/// the xtask console lines).
pub fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
