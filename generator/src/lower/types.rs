//! Resource and enum pages: types, their properties, and enums.

use super::{PageKind, cell_type, first_doc_link, is_todo};
use crate::diagnostics::{self, Diagnostics};
use crate::ir::{EnumDef, EnumMember, Property, TypeDef, TypeOrigin};
use crate::literal::{self, literal};
use crate::page::{BlockKind, Page, Section, SectionKind, Table};
use crate::source::Location;

pub const DEFAULT_NAMESPACE: &str = "microsoft.graph";

pub fn lower_type_page(
    page: &Page,
    kind: PageKind,
    fragments: &mut super::Fragments,
    diagnostics: &mut Diagnostics,
) {
    let namespace = page_namespace(page);
    let area = fragments.area.clone();
    // `### x values` sections; the page title ("Enum values") is not one.
    for section in page.sections().filter(|s| s.level > 1) {
        if let Some(name) = values_section_name(section.title)
            && let Some(e) = enum_from_section(&namespace, name, &section, &area, diagnostics)
        {
            fragments.enums.push(e);
        }
    }
    match kind {
        PageKind::Enum => {
            if let Some(section) = page.section(SectionKind::Members) {
                let Some(name) = declared_name(page, &namespace) else {
                    let location = section.location.clone();
                    diagnostics.push(
                        diagnostics::NO_TYPE_NAME,
                        location,
                        "enum page names no enum (no usable title)",
                    );
                    return;
                };
                if let Some(e) = enum_from_section(&namespace, &name, &section, &area, diagnostics)
                {
                    fragments.enums.push(e);
                }
            }
        }
        PageKind::Resource => {
            if let Some(ty) = resource_type(page, &namespace, &area, diagnostics) {
                fragments.types.push(ty);
            }
        }
        PageKind::Api | PageKind::Other => {}
    }
}

/// The page's namespace: its `Namespace:` line, else the page annotation's, else `microsoft.graph`.
fn page_namespace(page: &Page) -> String {
    if let Some((ns, _)) = page.namespace() {
        return ns.trim_end_matches('.').to_string();
    }
    page.blocks
        .iter()
        .find_map(|b| match &b.kind {
            BlockKind::Annotation(a) => a.str("namespace").map(str::to_string),
            _ => None,
        })
        .unwrap_or_else(|| DEFAULT_NAMESPACE.to_string())
}

/// `accessReviewHistoryDecisionFilter values` → `accessReviewHistoryDecisionFilter`.
fn values_section_name(title: &str) -> Option<&str> {
    let name = title
        .trim()
        .strip_suffix(" values")
        .or_else(|| title.trim().strip_suffix(" Values"))?
        .trim();
    is_identifier(name).then_some(name)
}

pub fn is_identifier(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
        && s.chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
}

/// Qualifies a name with a namespace unless it is qualified already.
pub fn qualify(namespace: &str, name: &str) -> String {
    let name = name.trim().trim_start_matches('#');
    if name.contains('.') {
        name.to_string()
    } else {
        format!("{namespace}.{name}")
    }
}

/// The type a page declares: the resource annotation's `@odata.type`, else the title's first
/// word, qualified with the namespace.
fn declared_name(page: &Page, namespace: &str) -> Option<String> {
    if let Some(name) = resource_annotation(page).and_then(|a| a.str("@odata.type")) {
        let name = name.trim().trim_start_matches('#');
        if is_identifier(name) {
            return Some(qualify(namespace, name));
        }
    }
    let (title, _) = page.title()?;
    let first = title
        .split_whitespace()
        .next()?
        .trim_matches(|c| c == '`' || c == '*');
    is_identifier(first).then(|| qualify(namespace, first))
}

fn resource_annotation(page: &Page) -> Option<&crate::page::Annotation> {
    page.blocks.iter().find_map(|b| {
        let annotation = match &b.kind {
            BlockKind::Code(code) => code.annotation.as_ref(),
            BlockKind::Annotation(a) => Some(a),
            _ => None,
        }?;
        (annotation.block_type() == Some("resource")).then_some(annotation)
    })
}

fn resource_type(
    page: &Page,
    namespace: &str,
    area: &str,
    diagnostics: &mut Diagnostics,
) -> Option<TypeDef> {
    let location = page.title().map_or_else(
        || Location {
            path: page.path().clone(),
            line: 1,
            col: 1,
        },
        |(_, l)| l.clone(),
    );
    let Some(qualified_name) = declared_name(page, namespace) else {
        diagnostics.push(
            diagnostics::NO_TYPE_NAME,
            location,
            "resource page names no type: no resource annotation with `@odata.type` and no type name in the title",
        );
        return None;
    };
    let annotation = resource_annotation(page);
    let mut properties = Vec::new();
    let mut inherited_from = None;
    for section in page.sections() {
        let navigation = match section.kind {
            SectionKind::Properties => false,
            SectionKind::Relationships => true,
            _ => continue,
        };
        for table in section.tables() {
            let rows = property_rows(table, navigation, diagnostics);
            for (property, base) in rows {
                inherited_from = inherited_from.or(base);
                properties.push(property);
            }
        }
    }
    properties.extend(json_representation_only(
        page,
        namespace,
        &properties,
        diagnostics,
    ));
    let base = annotation
        .and_then(|a| a.str("baseType"))
        .map(|b| qualify(namespace, b))
        .or_else(|| inherits_from_prose(page).map(|b| qualify(namespace, &b)))
        .or_else(|| inherited_from.map(|b| qualify(namespace, &b)))
        .filter(|b| *b != qualified_name);
    let description = page
        .front_matter
        .get("description")
        .map(|f| f.value.clone())
        .filter(|d| !is_todo(d))
        .unwrap_or_default();
    Some(TypeDef {
        qualified_name,
        description,
        entity: annotation.is_some_and(|a| a.value.contains_key("keyProperty")),
        base,
        open: annotation.is_some_and(|a| a.bool("openType")) || says_open_type(page),
        properties,
        origin: TypeOrigin::ResourcePage,
        area: area.to_string(),
        location,
    })
}

/// Members of the JSON representation that no property table lists: each is a warning (D027)
/// and becomes a property typed from its example value, so nothing the page shows is dropped.
fn json_representation_only(
    page: &Page,
    namespace: &str,
    listed: &[Property],
    diagnostics: &mut Diagnostics,
) -> Vec<Property> {
    let Some(code) = page.code_blocks().find(|c| {
        c.annotation
            .as_ref()
            .is_some_and(|a| a.block_type() == Some("resource"))
    }) else {
        return Vec::new();
    };
    if let Some(at) = crate::limits::json_too_deep(&code.text, crate::limits::MAX_JSON_DEPTH) {
        let (line, col) = crate::limits::line_col_in(&code.text, at);
        diagnostics.push(
            diagnostics::JSON_TOO_DEEP,
            Location {
                line: code.location.line + line,
                col: col + 1,
                ..code.location.clone()
            },
            format!(
                "the JSON representation nests deeper than {} levels; it is left out",
                crate::limits::MAX_JSON_DEPTH
            ),
        );
        return Vec::new();
    }
    let Ok(serde_json::Value::Object(members)) = crate::page::json5_value(&code.text) else {
        return Vec::new();
    };
    if members.len() > crate::limits::MAX_ITEMS {
        diagnostics.push(
            diagnostics::TOO_MANY_ITEMS,
            code.location.clone(),
            format!(
                "the JSON representation has {} members, more than {}; it is left out",
                members.len(),
                crate::limits::MAX_ITEMS
            ),
        );
        return Vec::new();
    }
    let listed: std::collections::HashSet<&str> = listed.iter().map(|p| p.name.as_str()).collect();
    // Members come in the order the text writes them: each is looked for after the one
    // before, and lines are counted once, so placing them all is linear in the text.
    let (mut from, mut lines_before, mut col) = (0usize, 0u32, 0u32);
    let mut out = Vec::new();
    for (name, value) in members {
        if name.contains('@') || listed.contains(name.as_str()) {
            continue;
        }
        let (ty, collection) = type_of_example(&value, namespace);
        let location = match code.text[from..].find(&format!("\"{name}\"")) {
            Some(found) => {
                let offset = from + found;
                let between = &code.text[from..offset];
                lines_before += between.matches('\n').count() as u32;
                col = match between.rfind('\n') {
                    Some(newline) => between[newline + 1..].chars().count() as u32,
                    None => col + between.chars().count() as u32,
                };
                from = offset;
                Location {
                    line: code.location.line + lines_before,
                    col: col + 1,
                    ..code.location.clone()
                }
            }
            None => code.location.clone(),
        };
        diagnostics.push(
            diagnostics::JSON_ONLY_PROPERTY,
            location.clone(),
            format!("`{name}` is in the JSON representation but in no property table; added, typed from its example value"),
        );
        out.push(Property {
            name,
            ty,
            collection,
            description: String::new(),
            navigation: false,
            deprecated: false,
            location,
        });
    }
    out
}

/// The type an example value stands for: a placeholder's type name (`"String (timestamp)"`),
/// a number's or boolean's kind, an object's `@odata.type`, an array's element.
fn type_of_example(value: &serde_json::Value, namespace: &str) -> (crate::ir::TypeExpr, bool) {
    use crate::ir::TypeExpr;
    use crate::typeref::Primitive;
    match value {
        serde_json::Value::Array(items) => match items.first() {
            Some(first) => (type_of_example(first, namespace).0, true),
            None => (TypeExpr::Json, true),
        },
        serde_json::Value::Bool(_) => (TypeExpr::Primitive(Primitive::Boolean), false),
        serde_json::Value::Number(n) if n.is_f64() => {
            (TypeExpr::Primitive(Primitive::Double), false)
        }
        serde_json::Value::Number(_) => (TypeExpr::Primitive(Primitive::Int32), false),
        serde_json::Value::String(s) => {
            let head = s.split(" (").next().unwrap_or(s);
            let primitive = Primitive::from_spelling(head).filter(|p| *p != Primitive::Json);
            let primitive = match s.to_ascii_lowercase() {
                l if l.contains("timestamp") => Some(Primitive::DateTimeOffset),
                _ => primitive,
            };
            (
                TypeExpr::Primitive(primitive.unwrap_or(Primitive::String)),
                false,
            )
        }
        serde_json::Value::Object(map) => match map.get("@odata.type").and_then(|t| t.as_str()) {
            Some(t) => (TypeExpr::Named(qualify(namespace, t)), false),
            None => (TypeExpr::Json, false),
        },
        serde_json::Value::Null => (TypeExpr::Json, false),
    }
}

/// "Inherits from [entity](entity.md)." in the page's prose.
fn inherits_from_prose(page: &Page) -> Option<String> {
    page.blocks.iter().find_map(|b| match &b.kind {
        BlockKind::Paragraph { raw, .. } => {
            let at = literal::find_ignoring_case(raw, "inherits from")?;
            let (text, _) = first_doc_link(&raw[at..])?;
            is_identifier(text).then(|| text.to_string())
        }
        _ => None,
    })
}

/// Whether the page's prose says the type is open ("This type is an open type", "An open type
/// that represents ..."): a client may set members no table lists. Beta's planner pages say so
/// without the resource annotation's `openType`.
fn says_open_type(page: &Page) -> bool {
    page.blocks.iter().any(|b| match &b.kind {
        BlockKind::Paragraph { text, .. } => {
            literal::find_ignoring_case(text, "open type").is_some()
                && literal::find_ignoring_case(text, "not an open type").is_none()
        }
        _ => false,
    })
}

/// Rows of a `|Property|Type|Description|` table as properties, each with the base type its
/// description says it is inherited from.
pub fn property_rows(
    table: &Table,
    navigation: bool,
    diagnostics: &mut Diagnostics,
) -> Vec<(Property, Option<String>)> {
    let Some(name_col) = table.column(|h| {
        matches!(
            h,
            "property" | "name" | "relationship" | "parameter" | "property name"
        )
    }) else {
        return Vec::new();
    };
    let Some(type_col) = table.column(|h| h == "type" || h == "value type") else {
        return Vec::new();
    };
    let description_col = table.column(|h| h.starts_with("description"));
    let mut out = Vec::new();
    for row in &table.rows {
        let Some(name_cell) = row.get(name_col) else {
            continue;
        };
        let name = property_name(&name_cell.text);
        if name.is_empty() {
            continue;
        }
        let location = name_cell.location.clone();
        let (ty, collection) = match row.get(type_col) {
            Some(cell) => cell_type(&cell.raw, &cell.location, diagnostics),
            None => {
                diagnostics.push(
                    diagnostics::BAD_TYPE_CELL,
                    location.clone(),
                    format!("property `{name}` has no Type cell; kept as a JSON value"),
                );
                (crate::ir::TypeExpr::Json, false)
            }
        };
        let description_cell = description_col.and_then(|i| row.get(i));
        let mut description = description_cell.map(|c| c.text.clone()).unwrap_or_default();
        let mut base = None;
        if let Some(cell) = description_cell {
            if is_todo(&cell.raw) {
                diagnostics.push(
                    diagnostics::TODO_PLACEHOLDER,
                    cell.location.clone(),
                    format!("description of `{name}` is a TODO placeholder"),
                );
                description = strip_todo(&cell.text);
            }
            base = inherited_from_cell(&cell.raw);
        }
        // `grantedTo (deprecated)`: the property is named without the note, and marked.
        let deprecated = literal::find_ignoring_case(&name_cell.text, "(deprecated)").is_some();
        out.push((
            Property {
                name,
                ty,
                collection,
                description,
                navigation,
                deprecated,
                location,
            },
            base,
        ));
    }
    out
}

/// The property name in a name cell: `**id**`, `id (deprecated)` → `id`.
fn property_name(text: &str) -> String {
    text.split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '@' || c == '.'))
        .to_string()
}

/// Description text with a `TODO: ...` placeholder sentence removed.
fn strip_todo(text: &str) -> String {
    match text.find("TODO") {
        Some(start) => {
            let after = &text[start..];
            // The placeholder runs to the end of its bold span, rendered as plain text here;
            // keep what follows it when it is a sentence of its own ("Inherited from ...").
            let rest = after.find("Inherited from").map_or("", |i| &after[i..]);
            format!("{}{}", &text[..start], rest).trim().to_string()
        }
        None => text.to_string(),
    }
}

/// "Inherited from [entity](entity.md)" → "entity".
fn inherited_from_cell(raw: &str) -> Option<String> {
    let at = literal::find(raw, literal!("Inherited from"))
        .or_else(|| literal::find(raw, literal!("inherited from")))?;
    let (text, _) = first_doc_link(&raw[at..])?;
    is_identifier(text).then(|| text.to_string())
}

fn enum_from_section(
    namespace: &str,
    name: &str,
    section: &Section<'_>,
    area: &str,
    diagnostics: &mut Diagnostics,
) -> Option<EnumDef> {
    let qualified_name = qualify(namespace, name);
    let mut members: Vec<EnumMember> = Vec::new();
    // A set of the names seen: a page may list many members.
    let mut seen = std::collections::HashSet::new();
    for table in section.tables() {
        for member in member_rows(table) {
            if seen.insert(member.name.clone()) {
                members.push(member);
            }
        }
    }
    if members.is_empty() {
        // A table whose delimiter row does not match its header is not a table in markdown:
        // it reads as a paragraph of pipes. Point at it.
        let broken = section
            .paragraphs()
            .find(|(_, raw, _)| raw.trim_start().starts_with('|'));
        let (location, message) = match broken {
            Some((_, _, location)) => (
                location.clone(),
                format!(
                    "enum `{qualified_name}`: this table is malformed (its delimiter row does not match its header row), so it is not read as a table and the enum has no members"
                ),
            ),
            None => (
                section.location.clone(),
                format!("enum `{qualified_name}` lists no members"),
            ),
        };
        diagnostics.push(diagnostics::EMPTY_ENUM, location, message);
        return None;
    }
    let description = section
        .paragraphs()
        .next()
        .map(|(text, _, _)| text.to_string())
        .unwrap_or_default();
    Some(EnumDef {
        qualified_name,
        description,
        members,
        area: area.to_string(),
        location: section.location.clone(),
    })
}

/// Members in table order; a name listed twice is kept once.
fn member_rows(table: &Table) -> Vec<EnumMember> {
    let value_col = table.column(|h| h == "value" || h == "int value");
    let numeric = |col: usize| {
        table.rows.iter().all(|r| {
            r.get(col)
                .is_some_and(|c| c.text.trim().parse::<i64>().is_ok())
        })
    };
    // Names are in a Member (or Name) column; a table with only `|Value|Description|` lists
    // the names under Value.
    let name_col = table
        .column(|h| {
            matches!(
                h,
                "member" | "members" | "name" | "member name" | "enum member"
            )
        })
        .or_else(|| value_col.filter(|c| !numeric(*c)))
        .or_else(|| (table.header.len() == 1).then_some(0));
    let Some(name_col) = name_col else {
        return Vec::new();
    };
    let value_col = value_col.filter(|c| *c != name_col);
    let description_col = table.column(|h| h.starts_with("description"));
    let mut seen = std::collections::BTreeSet::new();
    table
        .rows
        .iter()
        .filter_map(|row| {
            let cell = row.get(name_col)?;
            let name = cell
                .text
                .split_whitespace()
                .next()?
                .trim_matches(|c: char| c == '`' || c == '*')
                .to_string();
            if name.is_empty() || !seen.insert(name.clone()) {
                return None;
            }
            let value = value_col
                .and_then(|i| row.get(i))
                .and_then(|c| c.text.trim().parse::<i64>().ok());
            let description = description_col
                .and_then(|i| row.get(i))
                .map(|c| c.text.clone())
                .unwrap_or_default();
            Some(EnumMember {
                name,
                value,
                description,
                location: cell.location.clone(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(property_name("**id** (deprecated)"), "id");
        assert_eq!(property_name("@odata.type"), "@odata.type");
        assert_eq!(values_section_name("callType values"), Some("callType"));
        assert_eq!(values_section_name("Property values"), Some("Property"));
        assert_eq!(values_section_name("Some other heading"), None);
        assert_eq!(
            qualify("microsoft.graph", "#microsoft.graph.user"),
            "microsoft.graph.user"
        );
        assert_eq!(
            qualify("microsoft.graph.callRecords", "session"),
            "microsoft.graph.callRecords.session"
        );
    }

    #[test]
    fn todo_descriptions_keep_the_inherited_note() {
        assert_eq!(
            strip_todo("TODO: Add Description Inherited from entity"),
            "Inherited from entity"
        );
        assert_eq!(strip_todo("Error device count."), "Error device count.");
    }
}
