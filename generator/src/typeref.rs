//! The Type column of property and parameter tables, in every spelling the docs use:
//! `String`, `Int32`, `Edm.String`, `String collection`, `Collection(microsoft.graph.x)`,
//! `[identitySet](identityset.md)`, `[x][] collection`, `**x**`, `String (url)`, `A or B`,
//! `x (deprecated)`.

/// Built-in (Edm) types the docs name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Primitive {
    String,
    Boolean,
    Byte,
    SByte,
    Int16,
    Int32,
    Int64,
    Single,
    Double,
    Decimal,
    Guid,
    DateTimeOffset,
    Date,
    TimeOfDay,
    Duration,
    Binary,
    Stream,
    /// Any JSON value (`Json`, `Object`, `Any`).
    Json,
}

/// How a primitive's values are written in JSON and in URLs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    Boolean,
    Integer,
    /// A floating-point or decimal number.
    Number,
    /// A string: text, dates, GUIDs, durations, base64 data (and any JSON).
    Text,
}

impl Primitive {
    pub fn value_kind(self) -> ValueKind {
        match self {
            Primitive::Boolean => ValueKind::Boolean,
            Primitive::Byte
            | Primitive::SByte
            | Primitive::Int16
            | Primitive::Int32
            | Primitive::Int64 => ValueKind::Integer,
            Primitive::Single | Primitive::Double | Primitive::Decimal => ValueKind::Number,
            _ => ValueKind::Text,
        }
    }

    pub fn edm_name(self) -> &'static str {
        match self {
            Primitive::String => "Edm.String",
            Primitive::Boolean => "Edm.Boolean",
            Primitive::Byte => "Edm.Byte",
            Primitive::SByte => "Edm.SByte",
            Primitive::Int16 => "Edm.Int16",
            Primitive::Int32 => "Edm.Int32",
            Primitive::Int64 => "Edm.Int64",
            Primitive::Single => "Edm.Single",
            Primitive::Double => "Edm.Double",
            Primitive::Decimal => "Edm.Decimal",
            Primitive::Guid => "Edm.Guid",
            Primitive::DateTimeOffset => "Edm.DateTimeOffset",
            Primitive::Date => "Edm.Date",
            Primitive::TimeOfDay => "Edm.TimeOfDay",
            Primitive::Duration => "Edm.Duration",
            Primitive::Binary => "Edm.Binary",
            Primitive::Stream => "Edm.Stream",
            Primitive::Json => "Edm.Untyped",
        }
    }

    /// A primitive by any spelling the docs use, in any case, with or without `Edm.`:
    /// `int` and `integer` are Int32, `long` Int64, `float` Single, `number` Double,
    /// `timestamp` and `datetime` DateTimeOffset, `object`/`any`/`json` any JSON value.
    pub fn from_spelling(spelling: &str) -> Option<Primitive> {
        let lower = spelling.trim().to_ascii_lowercase();
        let name = lower.strip_prefix("edm.").unwrap_or(&lower);
        Some(match name {
            "string" | "str" | "text" => Primitive::String,
            "boolean" | "bool" => Primitive::Boolean,
            "byte" => Primitive::Byte,
            "sbyte" => Primitive::SByte,
            "int16" | "short" => Primitive::Int16,
            "int32" | "int" | "integer" => Primitive::Int32,
            "int64" | "long" => Primitive::Int64,
            "single" | "float" => Primitive::Single,
            "double" | "number" => Primitive::Double,
            "decimal" => Primitive::Decimal,
            "guid" | "uuid" => Primitive::Guid,
            "datetimeoffset" | "datetime" | "timestamp" => Primitive::DateTimeOffset,
            "date" => Primitive::Date,
            "timeofday" | "time" => Primitive::TimeOfDay,
            "duration" | "timespan" => Primitive::Duration,
            "binary" | "base64" | "base64binary" | "byte[]" => Primitive::Binary,
            "stream" => Primitive::Stream,
            "json" | "object" | "any" | "untyped" => Primitive::Json,
            _ => return None,
        })
    }
}

/// One type as a cell names it, before names are resolved against the API.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TypeName {
    Primitive(Primitive),
    /// A type name as written, markup removed, qualification kept: `identitySet`,
    /// `microsoft.graph.callRecords.session`.
    Named(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeRef {
    pub name: TypeName,
    pub collection: bool,
    /// Other types the cell offers (`A or B`): `name` is the first.
    pub alternatives: Vec<TypeName>,
    /// A parenthesised note such as `url`, `identifier`, `timestamp` (lowercased).
    pub qualifier: Option<String>,
    /// The cell marks the property deprecated.
    pub deprecated: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeCellError {
    pub message: String,
}

/// Reads a Type cell (its markdown source).
pub fn parse_type_cell(cell: &str) -> Result<TypeRef, TypeCellError> {
    // Most cells hold none of the characters the replacements look for: each replacement
    // copies the cell.
    let needs_replacing = cell.contains(['<', '&', '\\', '`', '*']);
    let mut text = if !needs_replacing {
        cell.to_string()
    } else {
        cell.replace("<br>", " ")
            .replace("<br/>", " ")
            .replace("<br />", " ")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("\\_", "_")
            .replace(['`', '*'], "")
    };
    let mut deprecated = false;
    let mut qualifier = None;
    // Trailing parenthesised notes: `String (url)`, `x (deprecated)`.
    while let Some(open) = text
        .trim_end()
        .strip_suffix(')')
        .and_then(|t| t.rfind(" (").map(|i| (i, t.len())))
    {
        let (start, end) = open;
        let note = text[start + 2..end].trim().to_ascii_lowercase();
        if note.contains("deprecated") {
            deprecated = true;
        } else if qualifier.is_none() {
            qualifier = Some(note);
        }
        text.truncate(start);
    }
    let lower = text.to_ascii_lowercase();
    if lower.contains("deprecated") {
        deprecated = true;
        text = remove_word(&text, "deprecated");
    }
    let (text, collection) = strip_collection(text.trim());
    let mut names = Vec::new();
    for part in split_alternatives(&text) {
        let name = type_name(part).ok_or_else(|| TypeCellError {
            message: format!("`{}` is not a type name", part.trim()),
        })?;
        names.push(name);
    }
    let mut names = names.into_iter();
    let name = names.next().ok_or_else(|| TypeCellError {
        message: "the cell is empty".to_string(),
    })?;
    Ok(TypeRef {
        name,
        collection,
        alternatives: names.collect(),
        qualifier,
        deprecated,
    })
}

fn remove_word(text: &str, word: &str) -> String {
    text.split_whitespace()
        .filter(|w| {
            !w.trim_matches(|c: char| !c.is_alphanumeric())
                .eq_ignore_ascii_case(word)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `Collection(x)`, `x collection`, `collection of x`, `x[]` → (x, true).
fn strip_collection(text: &str) -> (String, bool) {
    let lower = text.to_ascii_lowercase();
    if lower.starts_with("collection(") && text.ends_with(')') {
        return (
            text["collection(".len()..text.len() - 1].trim().to_string(),
            true,
        );
    }
    for prefix in ["collection of ", "a collection of "] {
        if lower.starts_with(prefix) {
            return (text[prefix.len()..].trim().to_string(), true);
        }
    }
    for suffix in [" collection", " collections"] {
        if lower.ends_with(suffix) {
            return (text[..text.len() - suffix.len()].trim().to_string(), true);
        }
    }
    if let Some(inner) = text.strip_suffix("[]").filter(|i| !i.ends_with(']')) {
        return (inner.trim().to_string(), true);
    }
    (text.to_string(), false)
}

/// `A or B`, `A, B`, `A/B` (outside links) → [A, B].
fn split_alternatives(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'[' | b'(' => depth += 1,
            b']' | b')' => depth -= 1,
            b',' | b'/' if depth <= 0 => {
                parts.push(&text[start..i]);
                start = i + 1;
            }
            b' ' if depth <= 0 && text[i..].to_ascii_lowercase().starts_with(" or ") => {
                parts.push(&text[start..i]);
                start = i + 4;
                i += 3;
            }
            _ => {}
        }
        i += 1;
    }
    parts.push(&text[start..]);
    parts
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// One name: a link's text, or a bare word; a primitive when it spells one.
fn type_name(part: &str) -> Option<TypeName> {
    let part = part.trim();
    let name = match part.strip_prefix('[') {
        // `[text](target)`, `[text][]`, `[text][ref]`: the text names the type.
        Some(rest) => rest.split(']').next()?.trim(),
        None => part,
    };
    let name = name.trim_matches(|c: char| c == '.' || c == ':' || c == '\\' || c.is_whitespace());
    let name = name.strip_prefix('#').unwrap_or(name);
    if let Some(p) = Primitive::from_spelling(name) {
        return Some(TypeName::Primitive(p));
    }
    let identifier = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_')
        && name.starts_with(|c: char| c.is_ascii_alphabetic());
    identifier.then(|| TypeName::Named(name.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(cell: &str, name: TypeName, collection: bool) {
        let parsed = parse_type_cell(cell).unwrap_or_else(|e| panic!("{cell}: {}", e.message));
        assert_eq!(
            (parsed.name, parsed.collection),
            (name, collection),
            "{cell}"
        );
    }
    fn named(s: &str) -> TypeName {
        TypeName::Named(s.to_string())
    }
    fn p(p: Primitive) -> TypeName {
        TypeName::Primitive(p)
    }

    #[test]
    fn primitives_in_any_spelling() {
        check("String", p(Primitive::String), false);
        check("string", p(Primitive::String), false);
        check("Edm.Int64", p(Primitive::Int64), false);
        check("int", p(Primitive::Int32), false);
        check("GUID", p(Primitive::Guid), false);
        check("dateTimeOffset", p(Primitive::DateTimeOffset), false);
        check("Boolean", p(Primitive::Boolean), false);
    }

    #[test]
    fn collections() {
        check("String collection", p(Primitive::String), true);
        check(
            "Collection(microsoft.graph.callRecords.session)",
            named("microsoft.graph.callRecords.session"),
            true,
        );
        check(
            "collection([changeNotification](changenotification.md))",
            named("changeNotification"),
            true,
        );
        check(
            "[directoryObject](directoryobject.md) collection",
            named("directoryObject"),
            true,
        );
        check(
            "[driveRecipient][] collection",
            named("driveRecipient"),
            true,
        );
        check("Collection of String", p(Primitive::String), true);
    }

    #[test]
    fn links_bold_and_notes() {
        check("[identitySet](identityset.md)", named("identitySet"), false);
        check(
            "[WorkbookChartAreaFormat](chartareaformat.md)",
            named("WorkbookChartAreaFormat"),
            false,
        );
        check("**dateTimeTimeZone**", named("dateTimeTimeZone"), false);
        let url = parse_type_cell("String (url)").expect("url");
        assert_eq!(
            (url.name, url.qualifier.as_deref()),
            (p(Primitive::String), Some("url"))
        );
        let old = parse_type_cell("[x](x.md) (deprecated)").expect("deprecated");
        assert!(old.deprecated);
        assert_eq!(old.name, named("x"));
    }

    #[test]
    fn alternatives() {
        let either = parse_type_cell("String or [identitySet](identityset.md)").expect("or");
        assert_eq!(either.name, p(Primitive::String));
        assert_eq!(either.alternatives, [named("identitySet")]);
        let slash = parse_type_cell("string/number").expect("slash");
        assert_eq!(slash.alternatives, [p(Primitive::Double)]);
    }

    /// Each markup the cell reader drops or decodes, alone in a cell: read as the cell without
    /// it. A character left out of the check that skips the replacements fails here.
    #[test]
    fn markup_is_read_through() {
        for (marked, plain) in [
            ("`String`", "String"),
            ("*Int32*", "Int32"),
            ("String<br>", "String"),
            ("String<br/> (url)", "String (url)"),
            ("String<br /> (url)", "String (url)"),
            (
                "[identity\\_set](identityset.md)",
                "[identity_set](identityset.md)",
            ),
            ("Collection(&lt;String&gt;)", "Collection(<String>)"),
        ] {
            let read = |cell: &str| parse_type_cell(cell).map_err(|e| e.message);
            assert_eq!(read(marked), read(plain), "{marked}");
            assert!(read(plain).is_ok() || plain.contains('<'), "{plain}");
        }
    }

    #[test]
    fn not_types() {
        assert!(parse_type_cell("").is_err());
        assert!(parse_type_cell("The name of the thing").is_err());
        assert!(parse_type_cell("** Unknown Type `x` **").is_err());
    }
}
