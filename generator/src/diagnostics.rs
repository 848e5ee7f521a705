//! Diagnostics: a stable code, a severity, a location and a plain message.
//!
//! Every code is documented once, in [`CODES`]; `docgen explain CODE` prints that text.

use crate::source::{Location, SourceFile};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Diagnostic {
    pub location: Location,
    pub severity: Severity,
    pub code: &'static str,
    pub message: String,
}

/// A documented diagnostic code.
pub struct CodeDoc {
    pub code: &'static str,
    pub severity: Severity,
    /// What it means and what the generator did about it.
    pub explanation: &'static str,
}

macro_rules! codes {
    ($($name:ident = $code:literal, $severity:ident, $text:literal;)*) => {
        $(pub const $name: &str = $code;)*
        /// Every diagnostic code the generator emits.
        pub const CODES: &[CodeDoc] = &[
            $(CodeDoc { code: $code, severity: Severity::$severity, explanation: $text },)*
        ];
    };
}

codes! {
    FRONT_MATTER = "D001", Warning,
        "The YAML front matter does not parse. The page is read without it: its kind comes from its headings.";
    TODO_PLACEHOLDER = "D002", Warning,
        "A `TODO` placeholder is left in the page (front matter, permission or description). The value is treated as absent.";
    BAD_ANNOTATION = "D003", Warning,
        "An HTML-comment annotation `<!-- { ... } -->` is not valid JSON (trailing commas are accepted). The annotation is ignored, so the code block after it is read as unannotated.";
    UNKNOWN_PAGE_KIND = "D004", Warning,
        "The front matter has no known `doc_type`. The page kind is inferred from its headings.";
    BAD_REQUEST_LINE = "D010", Error,
        "A line in an `HTTP request` block is not a request (`METHOD /path`). No operation is generated for it.";
    NO_REQUEST_LINE = "D011", Warning,
        "An API page has no `HTTP request` block with a request line. The page yields no operation.";
    BODY_ON_NO_CONTENT = "D012", Warning,
        "The response is documented as `204 No Content` but the example shows a body. The operation returns nothing (`()`), as the status says.";
    PLACEHOLDER_VALUE = "D013", Warning,
        "An example JSON value is a type name (`\"Integer\"`, `\"String\"`) rather than a value. Checks treat it as any value of the property's type.";
    VERSION_MISMATCH = "D014", Warning,
        "An example URL's API version (`/v1.0/`, `/beta/`) differs from the version the output targets. The output keeps the target version named in the message.";
    EXAMPLE_CONTRADICTS = "D016", Warning,
        "An example cannot be read against its operation: its URL fits none of the page's request lines or does not match the documented path, it uses a query option the page does not list, a body is not JSON, or a value contradicts the documented types (a member the type lacks, a value of the wrong kind). The example is not turned into a contract test.";
    EXAMPLE_WRAPPED = "D017", Warning,
        "An example response of a single object shows it inside `{\"value\": {...}}` (Intune's pages do this on every `get`); the service sends the object itself. The contract tests read the object inside the wrapper.";
    DUPLICATE_OPERATION = "D015", Warning,
        "Two pages document the same method and path, neither with query options that tell them apart. A product's own page before Intune's (which re-documents core resources such as `/users`), then the page with the fewest request lines (the page about the operation rather than one listing a feature on many paths), then the first in path order, defines the operation; the other page's examples are checked against it.";
    UNRESOLVED_TYPE = "D020", Warning,
        "A type name is defined by no page. The property or body is kept as a JSON value (`serde_json::Value`, an untyped schema).";
    BAD_TYPE_CELL = "D021", Warning,
        "A Type cell cannot be read as a type. The property is kept as a JSON value.";
    TYPE_FROM_TABLE = "D022", Warning,
        "No resource page defines this type; it is built from a request-body property table, which may list only the properties a request sets.";
    TYPE_CONFLICT = "D023", Warning,
        "Two pages describe the same property of a type differently. The resource page wins; the message names both places.";
    NO_TYPE_NAME = "D024", Error,
        "A resource page names no type (no resource annotation `@odata.type`, no usable title). No type is generated from it.";
    EMPTY_ENUM = "D025", Error,
        "An enum section or page lists no members. No enum is generated from it.";
    JSON_ONLY_PROPERTY = "D027", Warning,
        "A member of a resource page's JSON representation is in none of its property tables. It is added as a property, typed from its example value (`\"String (timestamp)\"` is a DateTimeOffset, `1024` an Int32, an object its `@odata.type`).";
    UNKNOWN_BASE_TYPE = "D026", Warning,
        "A base type is defined by no page. The type is generated without the base's properties.";
    NO_RESPONSE_STATUS = "D030", Warning,
        "No response status could be read from the response example or the Response section. 200 is assumed.";
    VALUE_IN_PATH = "D032", Warning,
        "A request line shows a key's value (a GUID or a number) where the path has a parameter. The value is read as a parameter named after the segment before it (`/classes/{class-id}`).";
    ME_ALIAS = "D033", Warning,
        "An example uses `/me/...` where the page's request lines list only `/users/{id}/...`. `/me` is Graph's alias of the signed-in user, so the `/me` request is added as an operation of its own, with the page's body, response and permissions.";
    DRIVE_SHORTHAND = "D034", Warning,
        "An example or a request line writes a drive item's address in the OneDrive pages' shorthand (`/drive/...` for the signed-in user's `/me/drive/...`, `.../drive/root` for `.../drive/items/root`). Graph serves both as one resource. A request line's `/drive/...` becomes an operation on `/me/drive/...`; an example is checked against the operation of the line that spells its address out, whose function builds that path.";
    FUNCTION_CALL_SHOWN = "D035", Warning,
        "An example calls the function a request line names (`filterByCurrentUser(on='...')`) with arguments the page's parameter tables list but the line leaves out. The call, with those arguments in the path as OData passes them, is added as an operation of its own with the page's response and permissions.";
    CAST_SHOWN = "D036", Warning,
        "An example casts a request line's collection to a derived type (`/groups/{id}/transitiveMembers/microsoft.graph.user`), which OData serves on any collection. The cast is added as an operation of its own that returns the derived type.";
    JSON_TOO_DEEP = "D050", Warning,
        "JSON in an example, an annotation or a JSON representation nests arrays and objects deeper than `limits::MAX_JSON_DEPTH` (64) levels. That JSON is left out (the example is not checked, the annotation or representation is ignored): reading it could exhaust the stack.";
    TOO_MANY_ITEMS = "D051", Warning,
        "An example value has an array or object with more than `limits::MAX_ITEMS` (1,000) items, or a `$select` list names more than that many properties. The value (or the list) is left out, so the generated tests stay small enough to compile.";
    NAME_TOO_LONG = "D052", Error,
        "A property, type, enum member or parameter name is longer than `limits::MAX_NAME_LEN` (256) bytes. The item is left out: no real name is that long, and each name becomes an identifier in the generated crate.";
    REQUEST_LINE_TOO_LARGE = "D053", Error,
        "A request line is longer than `limits::MAX_LINE_LEN` (8,192) bytes, its path longer than `limits::MAX_PATH_LEN` (1,000) bytes, its path has more than `limits::MAX_PATH_PARAMS` (64) parameters, or a segment or parameter name of its path is longer than `limits::MAX_NAME_LEN` (256) bytes. No operation is generated for it (it counts as a rejected request line).";
    INHERITANCE_CYCLE = "D054", Warning,
        "A type's base types lead back to the type itself (A derives from B, B from C, C from A). The base named at this type, which closes the cycle, is dropped, so the type keeps its own properties and the others' up to the cycle.";
    FRONT_MATTER_LINE = "D040", Warning,
        "YAML rejects the front matter because of the line named in the message (an unescaped quote, a stray character). The front matter is read line by line instead: every `key: value` line that can be read is kept, the line named is left out.";
    INCLUDE_UNAVAILABLE = "D041", Warning,
        "A permissions include (`[!INCLUDE [permissions-table](../includes/permissions/x.md)]`) names a file that is missing, could not be read, or resolves outside the folders and pages given on the command line (docgen never reads outside them). The page's operations have no permissions.";
    UNREADABLE_ENTRY = "D042", Warning,
        "An entry of an input folder cannot be read, or is a symbolic link that loops, dangles or points outside the folders and pages given on the command line. The entry is skipped; the run goes on with the others.";
    PROPERTY_CASE_VARIANT = "D043", Warning,
        "A type has two properties whose names differ only in case (`printerID` and `printerId`, here or on a base type): one property spelt two ways in the docs. JSON keys are case-sensitive, but generators (docgen's Rust crate, progenitor, openapi-generator) make one field name of both. The spelling documented first is kept (a base type's before a derived type's, then the first row in page order); the one at this place is dropped from the type, in the Rust crate and the OpenAPI document alike.";
    TAG_CASE_VARIANT = "D044", Warning,
        "Operations are tagged in the OpenAPI document with their path's first segment, and paths spell it in two cases (`/directoryRoles`, `/directoryroles`; Graph's URLs ignore the case). Generators make one file per tag, so the document uses one spelling: the one most operations' paths use, on a tie the first in byte order (the camelCase one). This page's spelling is the other; its paths are kept as written.";
    PARAMETER_RENAMED = "D045", Warning,
        "A path parameter is spelt like a query or header parameter of an operation on its path once case and punctuation are dropped (`{id}` and `$id`): generators would give both one argument name. The path parameter is renamed after the segment before it (`{group-id}`, as the docs' lines usually write it), on every operation of that path, in the Rust crate and the OpenAPI document alike.";
    MEMBER_CASE_VARIANT = "D046", Warning,
        "An enum lists two members whose names differ only in case (`UnknownFutureValue` and `unknownFutureValue`): one member spelt two ways. Generators name both variants alike (progenitor's typify stops on it). The member listed first is kept; the one at this place is dropped from the enum, in the Rust crate and the OpenAPI document alike (the Rust enum's `Other` variant still reads it).";
    PROPERTY_IDENTIFIER_COLLISION = "D047", Warning,
        "A type has two properties whose names differ in more than case but give one identifier (`queryString` and `query_string`, here or on a base type). JSON keeps them apart, but generators (docgen's Rust crate, progenitor, openapi-generator) name fields in snake_case and would make one field name of both. The one not marked deprecated is kept, else the one documented first (a base type's before a derived type's, then the first row in page order); the one at this place is dropped from the type, in the Rust crate and the OpenAPI document alike (the Rust model's `additional_properties` still reads it).";
    NAME_CASE_VARIANT = "D048", Warning,
        "Two types, or two enums, have names that differ only in case (`DisplayAs` and `displayAs`): pages that spell one name two ways, or two value lists given one name. Written names are read in any case, and generators (docgen's crate, progenitor, openapi-generator) make one type name of both, so they are one: the spelling met first is kept (resource pages before request-body tables, then page order), with the properties or members of both. Properties that disagree get D015 as usual.";
    MISSING_PATH_PARAMETER_NAME = "D031", Warning,
        "A path parameter's name repeats another in the same path; it is renamed after the segment before it.";
}

/// Documentation for a code, if it exists.
pub fn explain(code: &str) -> Option<&'static CodeDoc> {
    CODES.iter().find(|doc| doc.code.eq_ignore_ascii_case(code))
}

/// Collects diagnostics while a stage runs.
#[derive(Debug, Default)]
pub struct Diagnostics {
    pub items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, code: &'static str, location: Location, message: impl Into<String>) {
        let severity = explain(code).map_or(Severity::Error, |doc| doc.severity);
        self.items.push(Diagnostic {
            location,
            severity,
            code,
            message: message.into(),
        });
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }
}

/// `path:line:col: warning[D012]: message`, then the source line with a caret, as rustc does.
pub fn render_human(diagnostic: &Diagnostic, source: Option<&SourceFile>) -> String {
    let severity = match diagnostic.severity {
        Severity::Warning => "warning",
        Severity::Error => "error",
    };
    let mut out = format!(
        "{}: {severity}[{}]: {}\n",
        diagnostic.location, diagnostic.code, diagnostic.message
    );
    if let Some(line) = source.and_then(|s| s.line_text(diagnostic.location.line)) {
        let number = diagnostic.location.line.to_string();
        let pad = " ".repeat(number.len());
        let caret_pad: String = line
            .chars()
            .take(diagnostic.location.col.saturating_sub(1) as usize)
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        out.push_str(&format!(
            "{pad} |\n{number} | {line}\n{pad} | {caret_pad}^\n"
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_documented() {
        let mut seen = std::collections::BTreeSet::new();
        for doc in CODES {
            assert!(seen.insert(doc.code), "{} listed twice", doc.code);
            assert!(!doc.explanation.is_empty());
        }
    }

    #[test]
    fn human_rendering_points_at_the_column() {
        let file = SourceFile::new("a.md", "first\n|x|Int32|\n");
        let location = file.location(9);
        let diagnostic = Diagnostic {
            location,
            severity: Severity::Warning,
            code: BAD_TYPE_CELL,
            message: "no type".into(),
        };
        assert_eq!(
            render_human(&diagnostic, Some(&file)),
            "a.md:2:4: warning[D021]: no type\n  |\n2 | |x|Int32|\n  |    ^\n"
        );
    }
}
