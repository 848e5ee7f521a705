//! What changed for users between two OpenAPI documents docgen wrote, each change classified
//! breaking or additive the way cargo-semver-checks and oasdiff do, and the version bump that
//! semver asks for.
//!
//! The documents are read back into a small model of what callers depend on (operations with
//! their parameters, request and response types; schemas with their properties and enum
//! members). Descriptions, examples, permissions and source locations are left out: changing
//! them breaks no caller.

use serde_yaml::Value;
use std::collections::BTreeMap;
use std::fmt;

/// Whether a change can break code written against the old API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub enum Verdict {
    /// Callers may stop compiling or get errors from the service.
    Breaking,
    /// Callers keep working; new things are available.
    Additive,
}

/// The kinds of change the diff finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub enum Kind {
    OperationRemoved,
    OperationAdded,
    RequiredParameterAdded,
    OptionalParameterAdded,
    ParameterRemoved,
    ParameterBecameRequired,
    ParameterBecameOptional,
    ParameterRetyped,
    RequestBodyChanged,
    ResponseTypeChanged,
    SchemaRemoved,
    SchemaAdded,
    PropertyRemoved,
    PropertyAdded,
    PropertyRetyped,
    EnumMemberRemoved,
    EnumMemberAdded,
}

impl Kind {
    /// The verdict each kind carries. Enum members added are additive because docgen's enums
    /// are non-exhaustive (an unknown member already has a variant).
    pub fn verdict(self) -> Verdict {
        use Kind::*;
        match self {
            OperationAdded
            | OptionalParameterAdded
            | ParameterBecameOptional
            | SchemaAdded
            | PropertyAdded
            | EnumMemberAdded => Verdict::Additive,
            OperationRemoved
            | RequiredParameterAdded
            | ParameterRemoved
            | ParameterBecameRequired
            | ParameterRetyped
            | RequestBodyChanged
            | ResponseTypeChanged
            | SchemaRemoved
            | PropertyRemoved
            | PropertyRetyped
            | EnumMemberRemoved => Verdict::Breaking,
        }
    }

    fn label(self) -> &'static str {
        use Kind::*;
        match self {
            OperationRemoved => "operation removed",
            OperationAdded => "operation added",
            RequiredParameterAdded => "required parameter added",
            OptionalParameterAdded => "optional parameter added",
            ParameterRemoved => "parameter removed",
            ParameterBecameRequired => "parameter became required",
            ParameterBecameOptional => "parameter became optional",
            ParameterRetyped => "parameter retyped",
            RequestBodyChanged => "request body type changed",
            ResponseTypeChanged => "response type changed",
            SchemaRemoved => "schema removed",
            SchemaAdded => "schema added",
            PropertyRemoved => "property removed",
            PropertyAdded => "property added",
            PropertyRetyped => "property retyped",
            EnumMemberRemoved => "enum member removed",
            EnumMemberAdded => "enum member added",
        }
    }
}

/// One change: what kind, on what (`GET /path`, `schema.property`), and old → new when a
/// type changed.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Change {
    pub verdict: Verdict,
    pub subject: String,
    pub kind: Kind,
    pub detail: String,
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let verdict = match self.verdict {
            Verdict::Breaking => "breaking",
            Verdict::Additive => "additive",
        };
        write!(f, "{verdict}: {}: {}", self.kind.label(), self.subject)?;
        if !self.detail.is_empty() {
            write!(f, " ({})", self.detail)?;
        }
        Ok(())
    }
}

/// An operation as callers see it.
#[derive(Debug, Default, PartialEq)]
struct Operation {
    /// (location, name) → (required, type)
    parameters: BTreeMap<(String, String), (bool, String)>,
    request: Option<String>,
    /// The first success status and its body type (`none` without one).
    response: String,
}

/// A schema as callers see it.
#[derive(Debug, Clone, PartialEq)]
enum Schema {
    Object(BTreeMap<String, String>),
    Enum(Vec<String>),
}

/// The part of an OpenAPI document that callers depend on.
#[derive(Debug, Default)]
pub struct Spec {
    /// `METHOD /path` → operation
    operations: BTreeMap<String, Operation>,
    schemas: BTreeMap<String, Schema>,
}

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];
const SCHEMA_PREFIX: &str = "#/components/schemas/";

impl Spec {
    /// Reads an OpenAPI 3 document (YAML or JSON). Anything that is not shaped like one is an
    /// error naming what is missing, never a panic.
    pub fn parse(text: &str) -> Result<Spec, String> {
        let doc: Value = serde_yaml::from_str(text).map_err(|e| format!("not YAML: {e}"))?;
        if doc.get("openapi").is_none() {
            return Err("not an OpenAPI document (no `openapi` key)".to_string());
        }
        let mut spec = Spec::default();
        if let Some(paths) = doc.get("paths").and_then(Value::as_mapping) {
            for (path, item) in paths {
                let path = key(path);
                let shared = item.get("parameters");
                for method in METHODS {
                    if let Some(op) = item.get(method) {
                        let name = format!("{} {path}", method.to_uppercase());
                        spec.operations.insert(name, operation(op, shared));
                    }
                }
            }
        }
        if let Some(schemas) = doc
            .get("components")
            .and_then(|c| c.get("schemas"))
            .and_then(Value::as_mapping)
        {
            for (name, schema) in schemas {
                spec.schemas.insert(key(name), read_schema(schema));
            }
        }
        spec.schemas = with_inherited_properties(&spec.schemas);
        Ok(spec)
    }
}

/// Each object with its base types' properties added (its own spelling of one wins): docgen
/// writes a property on the type that declares it only, and callers of a derived type see the
/// inherited properties too, so a property moving to a base is no change to them.
fn with_inherited_properties(schemas: &BTreeMap<String, Schema>) -> BTreeMap<String, Schema> {
    let mut out = BTreeMap::new();
    for (name, schema) in schemas {
        let Schema::Object(own) = schema else {
            out.insert(name.clone(), schema.clone());
            continue;
        };
        let mut props = own.clone();
        let mut seen = std::collections::BTreeSet::from([name.as_str()]);
        let mut base = own.get(BASE_KEY);
        while let Some(Schema::Object(inherited)) = base.and_then(|b| schemas.get(b)) {
            if !seen.insert(base.map_or("", String::as_str)) {
                break;
            }
            for (property, ty) in inherited {
                if property != BASE_KEY {
                    props.entry(property.clone()).or_insert_with(|| ty.clone());
                }
            }
            base = inherited.get(BASE_KEY);
        }
        out.insert(name.clone(), Schema::Object(props));
    }
    out
}

/// The pseudo-property under which [`read_schema`] records a type's base.
const BASE_KEY: &str = "(base type)";

fn key(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => serde_yaml::to_string(other)
            .unwrap_or_default()
            .trim()
            .to_string(),
    }
}

fn operation(op: &Value, shared: Option<&Value>) -> Operation {
    let mut result = Operation::default();
    for list in [shared, op.get("parameters")].into_iter().flatten() {
        for parameter in list.as_sequence().into_iter().flatten() {
            let name = parameter.get("name").map(key).unwrap_or_default();
            let location = parameter.get("in").map(key).unwrap_or_default();
            let required = parameter
                .get("required")
                .and_then(Value::as_bool)
                .unwrap_or(false);
            let ty = parameter.get("schema").map_or("any".to_string(), describe);
            result.parameters.insert((location, name), (required, ty));
        }
    }
    result.request = op
        .get("requestBody")
        .map(|body| body.get("content").map_or("none".to_string(), content_type));
    result.response = "none".to_string();
    if let Some(responses) = op.get("responses").and_then(Value::as_mapping) {
        let mut successes: Vec<(String, &Value)> = responses
            .iter()
            .map(|(code, response)| (key(code), response))
            .filter(|(code, _)| code.starts_with('2'))
            .collect();
        successes.sort_by(|a, b| a.0.cmp(&b.0));
        if let Some((code, response)) = successes.first() {
            let body = response
                .get("content")
                .map_or("no body".to_string(), content_type);
            result.response = format!("{code} {body}");
        }
    }
    result
}

/// The schema of a content map's first media type (docgen writes one).
fn content_type(content: &Value) -> String {
    content
        .as_mapping()
        .and_then(|m| m.iter().next())
        .and_then(|(_, media)| media.get("schema"))
        .map_or("any".to_string(), describe)
}

/// A schema's shape as one string, so that two schemas are the same type when their strings
/// are equal. `nullable` is left out: docgen marks every optional property nullable, and a
/// reference wrapped as `anyOf: [$ref, {nullable}]` is the same type as the bare reference.
fn describe(schema: &Value) -> String {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        return reference
            .strip_prefix(SCHEMA_PREFIX)
            .unwrap_or(reference)
            .to_string();
    }
    for combinator in ["anyOf", "oneOf", "allOf"] {
        if let Some(parts) = schema.get(combinator).and_then(Value::as_sequence) {
            let parts: Vec<String> = parts
                .iter()
                .filter(|p| !is_null_marker(p))
                .map(describe)
                .collect();
            return match parts.as_slice() {
                [one] => one.clone(),
                _ => format!("{combinator}[{}]", parts.join(", ")),
            };
        }
    }
    if let Some(members) = schema.get("enum").and_then(Value::as_sequence) {
        let members: Vec<String> = members.iter().map(key).collect();
        return format!("enum[{}]", members.join(", "));
    }
    let ty = schema.get("type").and_then(Value::as_str).unwrap_or("any");
    match ty {
        "array" => format!(
            "array<{}>",
            schema.get("items").map_or("any".to_string(), describe)
        ),
        "object" if schema.get("properties").is_some() => {
            let properties: Vec<String> = properties(schema)
                .into_iter()
                .map(|(name, ty)| format!("{name}: {ty}"))
                .collect();
            format!("{{{}}}", properties.join(", "))
        }
        _ => match schema.get("format").and_then(Value::as_str) {
            Some(format) => format!("{ty}({format})"),
            None => ty.to_string(),
        },
    }
}

/// `{type: object, nullable: true}` beside a reference says "or null", not another type.
fn is_null_marker(schema: &Value) -> bool {
    schema.get("nullable").and_then(Value::as_bool) == Some(true)
        && schema.get("properties").is_none()
        && schema.get("$ref").is_none()
        && schema.get("type").and_then(Value::as_str) == Some("object")
}

/// An object's own properties and those of the inline objects in its `allOf` (docgen writes
/// a derived type as `allOf: [$ref base, {properties}]`; the base is its own schema).
fn properties(schema: &Value) -> BTreeMap<String, String> {
    let mut result = BTreeMap::new();
    let parts = schema
        .get("allOf")
        .and_then(Value::as_sequence)
        .map(|parts| parts.iter().collect::<Vec<_>>())
        .unwrap_or_default();
    for part in std::iter::once(schema).chain(parts) {
        if let Some(map) = part.get("properties").and_then(Value::as_mapping) {
            for (name, property) in map {
                result.insert(key(name), describe(property));
            }
        }
    }
    result
}

fn read_schema(schema: &Value) -> Schema {
    match schema.get("enum").and_then(Value::as_sequence) {
        Some(members) => Schema::Enum(members.iter().map(key).collect()),
        None => {
            let mut props = properties(schema);
            // The base a type derives from is part of its shape: a new base is a retype.
            if let Some(base) = schema
                .get("allOf")
                .and_then(Value::as_sequence)
                .and_then(|parts| parts.iter().find_map(|p| p.get("$ref")))
            {
                props.insert(BASE_KEY.to_string(), describe_ref(base));
            }
            Schema::Object(props)
        }
    }
}

fn describe_ref(reference: &Value) -> String {
    let text = reference.as_str().unwrap_or("");
    text.strip_prefix(SCHEMA_PREFIX).unwrap_or(text).to_string()
}

/// Every change from `old` to `new`, breaking ones first, then by subject and kind: the same
/// documents always give the same list in the same order.
pub fn diff(old: &Spec, new: &Spec) -> Vec<Change> {
    let mut changes = Vec::new();
    let mut push = |kind: Kind, subject: String, detail: String| {
        changes.push(Change {
            verdict: kind.verdict(),
            subject,
            kind,
            detail,
        })
    };
    for (name, old_op) in &old.operations {
        let Some(new_op) = new.operations.get(name) else {
            push(Kind::OperationRemoved, name.clone(), String::new());
            continue;
        };
        for ((location, parameter), (old_required, old_ty)) in &old_op.parameters {
            let subject = format!("{name} {location} parameter `{parameter}`");
            match new_op
                .parameters
                .get(&(location.clone(), parameter.clone()))
            {
                None => push(Kind::ParameterRemoved, subject, String::new()),
                Some((new_required, new_ty)) => {
                    if new_ty != old_ty {
                        push(
                            Kind::ParameterRetyped,
                            subject.clone(),
                            arrow(old_ty, new_ty),
                        );
                    }
                    match (old_required, new_required) {
                        (false, true) => {
                            push(Kind::ParameterBecameRequired, subject, String::new())
                        }
                        (true, false) => {
                            push(Kind::ParameterBecameOptional, subject, String::new())
                        }
                        _ => {}
                    }
                }
            }
        }
        for ((location, parameter), (required, _)) in &new_op.parameters {
            if !old_op
                .parameters
                .contains_key(&(location.clone(), parameter.clone()))
            {
                let kind = if *required {
                    Kind::RequiredParameterAdded
                } else {
                    Kind::OptionalParameterAdded
                };
                push(
                    kind,
                    format!("{name} {location} parameter `{parameter}`"),
                    String::new(),
                );
            }
        }
        if old_op.request != new_op.request {
            let show = |r: &Option<String>| r.clone().unwrap_or_else(|| "no body".to_string());
            push(
                Kind::RequestBodyChanged,
                name.clone(),
                arrow(&show(&old_op.request), &show(&new_op.request)),
            );
        }
        if old_op.response != new_op.response {
            push(
                Kind::ResponseTypeChanged,
                name.clone(),
                arrow(&old_op.response, &new_op.response),
            );
        }
    }
    for name in new.operations.keys() {
        if !old.operations.contains_key(name) {
            push(Kind::OperationAdded, name.clone(), String::new());
        }
    }
    for (name, old_schema) in &old.schemas {
        let Some(new_schema) = new.schemas.get(name) else {
            push(Kind::SchemaRemoved, name.clone(), String::new());
            continue;
        };
        match (old_schema, new_schema) {
            (Schema::Object(old_props), Schema::Object(new_props)) => {
                for (property, old_ty) in old_props {
                    let subject = format!("{name}.{property}");
                    match new_props.get(property) {
                        None => push(Kind::PropertyRemoved, subject, String::new()),
                        Some(new_ty) if new_ty != old_ty => {
                            push(Kind::PropertyRetyped, subject, arrow(old_ty, new_ty))
                        }
                        Some(_) => {}
                    }
                }
                for property in new_props.keys() {
                    if !old_props.contains_key(property) {
                        push(
                            Kind::PropertyAdded,
                            format!("{name}.{property}"),
                            String::new(),
                        );
                    }
                }
            }
            (Schema::Enum(old_members), Schema::Enum(new_members)) => {
                for member in old_members {
                    if !new_members.contains(member) {
                        push(
                            Kind::EnumMemberRemoved,
                            format!("{name}.{member}"),
                            String::new(),
                        );
                    }
                }
                for member in new_members {
                    if !old_members.contains(member) {
                        push(
                            Kind::EnumMemberAdded,
                            format!("{name}.{member}"),
                            String::new(),
                        );
                    }
                }
            }
            // An object that became an enum, or the reverse: callers' code no longer fits.
            _ => {
                push(
                    Kind::SchemaRemoved,
                    name.clone(),
                    "kind changed".to_string(),
                );
                push(Kind::SchemaAdded, name.clone(), "kind changed".to_string());
            }
        }
    }
    for name in new.schemas.keys() {
        if !old.schemas.contains_key(name) {
            push(Kind::SchemaAdded, name.clone(), String::new());
        }
    }
    changes.sort();
    changes
}

fn arrow(old: &str, new: &str) -> String {
    format!("{old} -> {new}")
}

/// The report `docgen diff` and `cargo xtask regen` print: one line per change, then a count.
pub fn report(changes: &[Change]) -> String {
    let mut out = String::new();
    for change in changes {
        out.push_str(&format!("{change}\n"));
    }
    let breaking = changes
        .iter()
        .filter(|c| c.verdict == Verdict::Breaking)
        .count();
    out.push_str(&format!(
        "{breaking} breaking, {} additive change(s)\n",
        changes.len() - breaking
    ));
    out
}

/// A `major.minor.patch` version (pre-release and build suffixes are not used by docgen).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Version {
    pub major: u64,
    pub minor: u64,
    pub patch: u64,
}

impl Version {
    /// Parses `1.2.3`.
    pub fn parse(text: &str) -> Result<Version, String> {
        let parts: Vec<&str> = text.trim().split('.').collect();
        let number = |s: &str| {
            s.parse::<u64>()
                .map_err(|_| format!("`{text}` is not a version like 1.2.3"))
        };
        match parts.as_slice() {
            [major, minor, patch] => Ok(Version {
                major: number(major)?,
                minor: number(minor)?,
                patch: number(patch)?,
            }),
            _ => Err(format!("`{text}` is not a version like 1.2.3")),
        }
    }

    /// The smallest version after `self` that semver allows for these changes: cargo's rules,
    /// where the leftmost non-zero component is the one that signals a break (0.3 → 0.4 is
    /// breaking). A breaking change needs that component raised; an additive one needs a new
    /// minor from 1.0 on (new features), and a new patch below 1.0 (where the minor already
    /// means "breaking"). With no change, `self` stays.
    pub fn required(self, changes: &[Change]) -> Version {
        let breaking = changes.iter().any(|c| c.verdict == Verdict::Breaking);
        let bump_major = Version {
            major: self.major + 1,
            minor: 0,
            patch: 0,
        };
        let bump_minor = Version {
            minor: self.minor + 1,
            patch: 0,
            ..self
        };
        let bump_patch = Version {
            patch: self.patch + 1,
            ..self
        };
        match (breaking, changes.is_empty()) {
            (_, true) => self,
            (true, _) if self.major > 0 => bump_major,
            (true, _) if self.minor > 0 => bump_minor,
            (true, _) => bump_patch,
            (false, _) if self.major > 0 => bump_minor,
            (false, _) => bump_patch,
        }
    }

    /// Whether `new` is a version these changes allow after `self`: at least
    /// [`Version::required`], and, for a breaking change, not caret-compatible with `self`.
    pub fn allows(self, new: Version, changes: &[Change]) -> bool {
        let required = self.required(changes);
        if new < required {
            return false;
        }
        let breaking = changes.iter().any(|c| c.verdict == Verdict::Breaking);
        !breaking || !self.compatible(new)
    }

    /// Cargo's caret compatibility: the same leftmost non-zero component.
    fn compatible(self, other: Version) -> bool {
        match (self.major, self.minor) {
            (0, 0) => other.major == 0 && other.minor == 0 && other.patch == self.patch,
            (0, minor) => other.major == 0 && other.minor == minor,
            (major, _) => other.major == major,
        }
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}
