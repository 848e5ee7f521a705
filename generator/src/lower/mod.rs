//! Lowering: one page to IR fragments (types, enums, operations). Names stay as the page wrote
//! them; the link stage resolves them against the whole API.

mod examples;
mod name_limits;
mod operations;
mod permissions;
mod shown_requests;
mod types;
mod unique_names;

use crate::diagnostics::{self, Diagnostics};
use crate::ir::{EnumDef, Operation, TypeDef, TypeExpr};
use crate::literal::{self, literal};
use crate::page::{BlockKind, Page, SectionKind};
use crate::request_line::Segment;
use crate::source::Location;
use crate::typeref::{self, Primitive, TypeName, TypeRef};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PageKind {
    Api,
    Resource,
    Enum,
    Other,
}

/// What one page contributes to the API.
#[derive(Debug, Default)]
pub struct Fragments {
    /// The page's path, as its source shows it.
    pub path: String,
    pub kind: Option<PageKind>,
    /// The page's area, see [`area_of`].
    pub area: String,
    pub types: Vec<TypeDef>,
    pub enums: Vec<EnumDef>,
    pub operations: Vec<OperationDraft>,
    /// Request lines seen in `HTTP request` sections.
    pub request_lines: usize,
    /// API versions the page's example URLs use, with where.
    pub example_versions: Vec<(String, Location)>,
    /// Examples whose URL fits none of the page's request lines (D016).
    pub unmatched_examples: usize,
    /// Example requests to hosts other than Microsoft Graph (not examples of this API).
    pub examples_to_other_hosts: usize,
    /// Where the page marks itself beta-only (the beta disclaimer include).
    pub beta_marker: Option<Location>,
    /// What each type name the page links means: the file name of the page it links to
    /// (`[message](../resources/chatmessage.md)` → `chatmessage`), by lowercased link text;
    /// `None` when the page links one text to different pages.
    pub links: BTreeMap<String, Option<String>>,
    /// How the page's permissions includes resolved (set by the caller, which resolves them).
    pub permission_includes: crate::include::IncludeCounts,
}

/// An operation before the whole API is known: its name is given by the link stage.
#[derive(Debug, Clone)]
pub struct OperationDraft {
    /// The page's namespace (`microsoft.graph.ediscovery`): the type names it writes are looked
    /// up there first.
    pub namespace: String,
    pub operation: Operation,
    /// The path as parsed, for naming.
    pub segments: Vec<Segment>,
    /// The request line showed query options (`GET /users?$top=5`): a usage of the operation.
    pub query_in_line: bool,
    /// Request lines on the draft's page: a page about one operation has one or two, a page
    /// covering a feature on many paths (extended properties, open extensions) has dozens.
    pub page_request_lines: usize,
    /// The rows of a request-body table that may be an action's parameters: a table headed
    /// Parameter, or one no link in the prose types. The link stage reads them against the
    /// type the body would be (the linked type, the type created or returned, or for an update
    /// the type a GET of the same path returns): when every row is a property of that type,
    /// the body is that type and the table lists what the request sets; otherwise the rows are
    /// an action's parameters (`printJob: redirect` takes `destinationPrinterId` and returns a
    /// `printJob`).
    pub body_rows: Option<Vec<crate::ir::Property>>,
}

/// Lowers one page.
pub fn lower_page(page: &Page, diagnostics: &mut Diagnostics) -> Fragments {
    let kind = page_kind(page, diagnostics);
    todo_placeholders(page, diagnostics);
    let mut fragments = Fragments {
        path: page.path().to_string(),
        kind: Some(kind),
        area: area_of(page),
        ..Fragments::default()
    };
    fragments.beta_marker = page.blocks.iter().find_map(|b| match &b.kind {
        BlockKind::Include { name, .. } if name.eq_ignore_ascii_case("beta-disclaimer") => {
            Some(b.location.clone())
        }
        _ => None,
    });
    fragments.links = page_links(page);
    match kind {
        PageKind::Resource | PageKind::Enum => {
            types::lower_type_page(page, kind, &mut fragments, diagnostics)
        }
        PageKind::Api => operations::lower_api_page(page, &mut fragments, diagnostics),
        PageKind::Other => {}
    }
    name_limits::drop_long_names(&mut fragments, diagnostics);
    fragments
}

fn page_kind(page: &Page, diagnostics: &mut Diagnostics) -> PageKind {
    let doc_type = page.front_matter.get("doc_type");
    let documents_requests = page.section(SectionKind::HttpRequest).is_some()
        && page.section(SectionKind::Properties).is_none();
    match doc_type.map(|f| f.value.trim()) {
        Some("apiPageType") => return PageKind::Api,
        Some("resourcePageType") if documents_requests => {
            if let Some(field) = doc_type {
                diagnostics.push(
                    diagnostics::UNKNOWN_PAGE_KIND,
                    field.location.clone(),
                    "`doc_type: resourcePageType`, but the page documents a request and has no properties; read as an api page",
                );
            }
            return PageKind::Api;
        }
        // An enum written on a resource page template: `## Members` and no properties.
        Some("resourcePageType")
            if page.section(SectionKind::Members).is_some()
                && page.section(SectionKind::Properties).is_none() =>
        {
            return PageKind::Enum;
        }
        Some("resourcePageType") => return PageKind::Resource,
        Some("enumPageType") => return PageKind::Enum,
        Some("conceptualPageType") => return PageKind::Other,
        _ => {}
    }
    let inferred = if page.section(SectionKind::HttpRequest).is_some() {
        PageKind::Api
    } else if page.section(SectionKind::Properties).is_some() {
        PageKind::Resource
    } else if page.section(SectionKind::Members).is_some()
        || page.sections().any(|s| s.title.trim().ends_with(" values"))
    {
        PageKind::Enum
    } else {
        PageKind::Other
    };
    if inferred != PageKind::Other {
        let (location, written) = match doc_type {
            Some(field) => (
                field.location.clone(),
                format!("`doc_type: {}` is not a known page type", field.value),
            ),
            None => (
                Location {
                    path: page.path().clone(),
                    line: 1,
                    col: 1,
                },
                "the page has no `doc_type`".to_string(),
            ),
        };
        diagnostics.push(
            diagnostics::UNKNOWN_PAGE_KIND,
            location,
            format!("{written}; read as {inferred:?} page from its headings").to_lowercase(),
        );
    }
    inferred
}

/// The area of pages that name no product.
pub const NO_AREA: &str = "core";

/// The area a page belongs to, which becomes a cargo feature of the generated crate when there
/// is more than one: the product in the front matter (`ms.prod: groups` → `groups`, else
/// `ms.subservice: cloud-pc` → `cloud-pc`; `ms.prod` wins when a page has both); Intune's
/// pages, a third of the corpus, are split by their file name (`intune-devices-x.md` →
/// `intune-devices`). Pages with no product are in `core`.
pub fn area_of(page: &Page) -> String {
    // Today's pages name their service in `ms.subservice` (`cloud-pc`), some beside an older
    // `ms.prod`; the product wins when both are there, so 2021's areas stay as they were.
    let product = ["ms.prod", "ms.subservice"]
        .iter()
        .find_map(|key| {
            page.front_matter
                .get(key)
                .map(|f| f.value.trim())
                .filter(|v| !v.is_empty())
        })
        .unwrap_or("");
    let product: String = product
        .trim()
        .trim_matches(['\'', '"'])
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let product = product.trim_matches('-');
    if product.is_empty() || is_todo(product) || product.contains("todo") {
        return NO_AREA.to_string();
    }
    if product == "intune" {
        let file = page.path().rsplit('/').next().unwrap_or("");
        if let Some(part) = file
            .strip_prefix("intune-")
            .and_then(|rest| rest.split('-').next())
            && !part.is_empty()
            && !part.contains('.')
        {
            return format!("intune-{}", part.to_ascii_lowercase());
        }
    }
    product.to_string()
}

/// True when a value is a `TODO` placeholder rather than content.
pub fn is_todo(text: &str) -> bool {
    literal::contains(text, literal!("TODO:"))
        || text
            .trim_matches(|c: char| c == '*' || c.is_whitespace())
            .starts_with("TODO")
}

fn todo_placeholders(page: &Page, diagnostics: &mut Diagnostics) {
    for field in &page.front_matter.fields {
        if is_todo(&field.value) {
            diagnostics.push(
                diagnostics::TODO_PLACEHOLDER,
                field.location.clone(),
                format!("front matter `{}` is a TODO placeholder", field.key),
            );
        }
    }
}

/// Reads a Type cell into a type expression and collection flag; an unreadable cell is a
/// warning and becomes a JSON value.
pub fn cell_type(
    raw: &str,
    location: &Location,
    diagnostics: &mut Diagnostics,
) -> (TypeExpr, bool) {
    match typeref::parse_type_cell(raw) {
        Ok(TypeRef {
            name, collection, ..
        }) => (type_expr(name), collection),
        Err(error) => {
            diagnostics.push(
                diagnostics::BAD_TYPE_CELL,
                location.clone(),
                format!(
                    "cannot read type `{raw}`: {}; kept as a JSON value",
                    error.message
                ),
            );
            (TypeExpr::Json, false)
        }
    }
}

pub fn type_expr(name: TypeName) -> TypeExpr {
    match name {
        TypeName::Primitive(Primitive::Json) => TypeExpr::Json,
        TypeName::Primitive(p) => TypeExpr::Primitive(p),
        TypeName::Named(n) => TypeExpr::Named(n),
    }
}

/// The target of the first markdown link in `raw` whose file name ends in `.md`, and its text.
pub fn first_doc_link(raw: &str) -> Option<(&str, &str)> {
    doc_links(raw).next()
}

/// Every `[text](page.md)` link in markdown source, as (text, target).
fn doc_links(raw: &str) -> impl Iterator<Item = (&str, &str)> {
    let mut rest = raw;
    std::iter::from_fn(move || {
        // memchr's searches: prose is long and links are few. Each byte found is ASCII, so
        // every index is a character boundary.
        while let Some(open) = memchr::memchr(b'[', rest.as_bytes()) {
            let after = &rest[open + 1..];
            let close = memchr::memmem::find(after.as_bytes(), b"](")?;
            let text = &after[..close];
            let target_start = &after[close + 2..];
            let end = memchr::memchr(b')', target_start.as_bytes())?;
            let target = &target_start[..end];
            rest = &target_start[end..];
            let page = target.split('#').next().unwrap_or("").as_bytes();
            if page.len() >= 3
                && page[page.len() - 3..].eq_ignore_ascii_case(b".md")
                && !text.contains('[')
            {
                return Some((text.trim_matches(|c| c == '*' || c == '`'), target));
            }
        }
        None
    })
}

/// The page's type links (see [`Fragments::links`]), from its paragraphs and table cells.
fn page_links(page: &Page) -> BTreeMap<String, Option<String>> {
    let mut links: BTreeMap<String, Option<String>> = BTreeMap::new();
    let mut add = |raw: &str| {
        for (text, target) in doc_links(raw) {
            // `chat.md#chattype-values` points at a section (an enum beside the type), not at
            // the page's type.
            if target.contains('#') {
                continue;
            }
            let file = target.rsplit('/').next().unwrap_or("");
            let stem = file
                .get(..file.len().saturating_sub(3))
                .unwrap_or("")
                .to_ascii_lowercase();
            if !types::is_identifier(text) || stem.is_empty() {
                continue;
            }
            let entry = links
                .entry(text.to_ascii_lowercase())
                .or_insert_with(|| Some(stem.clone()));
            if entry.as_deref() != Some(stem.as_str()) {
                *entry = None;
            }
        }
    };
    for block in &page.blocks {
        match &block.kind {
            BlockKind::Paragraph { raw, .. } => add(raw),
            BlockKind::Table(table) => {
                for cell in table.header.iter().chain(table.rows.iter().flatten()) {
                    add(&cell.raw);
                }
            }
            _ => {}
        }
    }
    links
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn todo_detection() {
        assert!(is_todo("**TODO: Provide applicable permissions.**"));
        assert!(is_todo(
            "**TODO: Add Description** Inherited from [entity](../resources/entity.md)"
        ));
        assert!(!is_todo("Todoist integration"));
    }

    #[test]
    fn doc_links() {
        assert_eq!(
            first_doc_link("supply a [user](../resources/user.md) object"),
            Some(("user", "../resources/user.md"))
        );
        assert_eq!(
            first_doc_link("see [Permissions](/graph/permissions-reference)"),
            None
        );
        // Found past non-ASCII text; the extension in any case.
        let links: Vec<(&str, &str)> = super::doc_links(
            "é (b) ü [**Café**](../resources/café.MD) [x](y.md#z) [no](no.mdx) [`τ`](τ.Md)",
        )
        .collect();
        assert_eq!(
            links,
            [
                ("Café", "../resources/café.MD"),
                ("x", "y.md#z"),
                ("τ", "τ.Md")
            ]
        );
    }
}

#[cfg(test)]
mod deprecated_tests {
    use super::*;
    use crate::source::SourceFile;
    use std::sync::Arc;

    #[test]
    fn deprecated_after_a_property_name_is_a_flag_not_part_of_the_name() {
        let text = "---\ndoc_type: resourcePageType\n---\n# permission resource type\n\nNamespace: microsoft.graph\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|Key.|\n|grantedTo (deprecated)|String|Who.|\n";
        let mut d = Diagnostics::default();
        let page = crate::page::parse_page(
            Arc::new(SourceFile::new("resources/permission.md", text)),
            &mut d,
        );
        let fragments = lower_page(&page, &mut d);
        let ty = fragments.types.first().expect("a type");
        let flags: Vec<(&str, bool)> = ty
            .properties
            .iter()
            .map(|p| (p.name.as_str(), p.deprecated))
            .collect();
        assert_eq!(flags, [("id", false), ("grantedTo", true)]);
    }
}
