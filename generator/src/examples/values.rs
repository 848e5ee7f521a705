//! Example JSON read against the IR: placeholders the docs use instead of values (`"Integer"`,
//! `"String (timestamp)"`) become typed sample values, and members the type does not define or
//! values of the wrong kind are reported.

use crate::ir::{Api, TypeExpr};
use crate::typeref::{Primitive, ValueKind};
use serde_json::{Map, Number, Value};
use std::fmt::Write as _;

/// A problem found in an example value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// A type name where a value should be: `errorDeviceCount = "Integer"`.
    Placeholder { path: String, written: String },
    /// A member the type (and its base types) does not define.
    UnknownMember { path: String, type_name: String },
    /// A value of the wrong JSON kind.
    Mismatch {
        path: String,
        expected: String,
        found: String,
    },
    /// A single object shown inside `{"value": ...}`, which the service does not send.
    WrappedInValue,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Finding::Placeholder { path, written } => {
                write!(f, "`{path}` is the placeholder {written:?}")
            }
            Finding::UnknownMember { path, type_name } => {
                write!(f, "`{path}` is not a property of `{type_name}`")
            }
            Finding::Mismatch {
                path,
                expected,
                found,
            } => write!(f, "`{path}` should be {expected} but is {found}"),
            Finding::WrappedInValue => write!(f, "the object is shown inside `{{\"value\": ...}}`"),
        }
    }
}

/// The expected shape of a JSON value.
#[derive(Debug, Clone, Copy)]
pub struct Shape<'a> {
    pub ty: &'a TypeExpr,
    pub collection: bool,
}

/// Reads `value` as `shape`, replacing its placeholders in place; returns the findings.
pub fn normalize(api: &Api, value: &mut Value, shape: Shape<'_>) -> Vec<Finding> {
    let mut findings = Vec::new();
    walk(api, value, shape, &mut String::from("$"), &mut findings);
    findings
}

/// Reads `value`, at `path` (`$.members[2].id`): one buffer for the whole walk, each level
/// appending its step and taking it off again, since a path is read only for a finding.
fn walk(
    api: &Api,
    value: &mut Value,
    shape: Shape<'_>,
    path: &mut String,
    findings: &mut Vec<Finding>,
) {
    if value.is_null() {
        return;
    }
    if shape.collection {
        match value {
            Value::Array(items) => {
                let shape = Shape {
                    collection: false,
                    ..shape
                };
                let parent = path.len();
                for (i, item) in items.iter_mut().enumerate() {
                    // Writing to a String cannot fail.
                    let _ = write!(path, "[{i}]");
                    walk(api, item, shape, path, findings);
                    path.truncate(parent);
                }
            }
            other => findings.push(mismatch(path, "an array", other)),
        }
        return;
    }
    match shape.ty {
        TypeExpr::Json => {}
        TypeExpr::Primitive(p) => primitive(*p, value, path, findings),
        TypeExpr::Named(name) => {
            if let Some(e) = api.enums.get(name) {
                match value {
                    Value::String(s) => {
                        // Flag enums join members with commas.
                        let known = s.split(',').all(|m| {
                            e.members
                                .iter()
                                .any(|k| k.name.eq_ignore_ascii_case(m.trim()))
                        });
                        if !known && is_placeholder(s) {
                            findings.push(Finding::Placeholder {
                                path: path.to_string(),
                                written: s.clone(),
                            });
                        }
                    }
                    other => findings.push(mismatch(
                        path,
                        &format!("a `{}` member", e.qualified_name),
                        other,
                    )),
                }
                return;
            }
            match value {
                Value::Object(map) => object(api, name, map, path, findings),
                other => findings.push(mismatch(path, &format!("a `{name}` object"), other)),
            }
        }
    }
}

fn object(
    api: &Api,
    name: &str,
    map: &mut Map<String, Value>,
    path: &mut String,
    findings: &mut Vec<Finding>,
) {
    // A derived type named by `@odata.type` defines more members than the declared type.
    let actual = map
        .get("@odata.type")
        .and_then(Value::as_str)
        .map(|t| t.trim_start_matches('#'))
        .filter(|t| api.types.contains_key(*t))
        .unwrap_or(name);
    let Some(ty) = api.types.get(actual) else {
        return;
    };
    let lineage = api.lineage(ty);
    let open = ty.open || api_base_open(api, ty);
    let parent = path.len();
    for (key, value) in map.iter_mut() {
        match lineage.property(key) {
            Some(p) => {
                path.push('.');
                path.push_str(key);
                walk(
                    api,
                    value,
                    Shape {
                        ty: &p.ty,
                        collection: p.collection,
                    },
                    path,
                    findings,
                );
                path.truncate(parent);
            }
            None if !key.contains('@') && !open => findings.push(Finding::UnknownMember {
                path: format!("{path}.{key}"),
                type_name: ty.qualified_name.clone(),
            }),
            None => {}
        }
    }
}

fn api_base_open(api: &Api, ty: &crate::ir::TypeDef) -> bool {
    let mut current = ty.base.as_deref();
    let mut depth = 0;
    while let Some(base) = current.and_then(|b| api.types.get(b)) {
        if base.open || depth > 32 {
            return base.open;
        }
        current = base.base.as_deref();
        depth += 1;
    }
    false
}

fn primitive(p: Primitive, value: &mut Value, path: &str, findings: &mut Vec<Finding>) {
    let kind = p.value_kind();
    let integer = kind == ValueKind::Integer;
    let float = kind == ValueKind::Number;
    let replacement = match &*value {
        Value::String(s) if kind != ValueKind::Text => {
            if is_placeholder(s) {
                findings.push(Finding::Placeholder {
                    path: path.to_string(),
                    written: s.clone(),
                });
                Some(sample(p))
            } else {
                if !(float && matches!(s.as_str(), "NaN" | "INF" | "-INF")) {
                    findings.push(mismatch(path, kind_of(p), value));
                }
                None
            }
        }
        Value::Number(n) if integer => {
            if !(n.is_i64() || n.is_u64()) {
                findings.push(mismatch(path, kind_of(p), value));
            }
            None
        }
        // Read as the model's float (`f32` for Edm.Single), so it writes the same JSON back.
        Value::Number(n) if float => n
            .as_f64()
            .map(|f| {
                if p == Primitive::Single {
                    f64::from(f as f32)
                } else {
                    f
                }
            })
            .and_then(Number::from_f64)
            .map(Value::Number),
        Value::Bool(_) if kind == ValueKind::Boolean => None,
        Value::String(_) if kind == ValueKind::Text => None,
        other => {
            findings.push(mismatch(path, kind_of(p), other));
            None
        }
    };
    if let Some(replacement) = replacement {
        *value = replacement;
    }
}

fn kind_of(p: Primitive) -> &'static str {
    match p.value_kind() {
        ValueKind::Integer => "an integer",
        ValueKind::Number => "a number",
        ValueKind::Boolean => "a boolean",
        ValueKind::Text => "a string",
    }
}

fn mismatch(path: &str, expected: &str, found: &Value) -> Finding {
    let found = match found {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    };
    Finding::Mismatch {
        path: path.to_string(),
        expected: expected.to_string(),
        found: found.to_string(),
    }
}

/// A value of the primitive's kind, standing in for a placeholder.
fn sample(p: Primitive) -> Value {
    use Primitive::*;
    match p {
        Boolean => Value::Bool(false),
        Single | Double | Decimal => Number::from_f64(0.0).map_or(Value::Null, Value::Number),
        _ => Value::Number(0.into()),
    }
}

/// Strings the docs write where a value should be: a type name, optionally with a note in
/// parentheses (`"String (identifier)"`), or a word such as `"Integer"`.
pub fn is_placeholder(s: &str) -> bool {
    let head = s.split(" (").next().unwrap_or(s).trim();
    Primitive::from_spelling(head).is_some()
        || matches!(
            head.to_ascii_lowercase().as_str(),
            "integer" | "number" | "timestamp" | "datetime"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders() {
        assert!(is_placeholder("Integer"));
        assert!(is_placeholder("String (identifier)"));
        assert!(is_placeholder("Boolean"));
        assert!(!is_placeholder("system"));
    }

    #[test]
    fn integer_placeholder_becomes_a_number() {
        let api = Api::default();
        let ty = TypeExpr::Primitive(Primitive::Int32);
        let mut value = Value::String("Integer".into());
        let findings = normalize(
            &api,
            &mut value,
            Shape {
                ty: &ty,
                collection: false,
            },
        );
        assert_eq!(value, Value::Number(0.into()));
        assert_eq!(
            findings,
            [Finding::Placeholder {
                path: "$".into(),
                written: "Integer".into()
            }]
        );
    }

    #[test]
    fn doubles_are_read_as_floats() {
        let api = Api::default();
        let ty = TypeExpr::Primitive(Primitive::Double);
        let mut value = serde_json::json!([3]);
        let findings = normalize(
            &api,
            &mut value,
            Shape {
                ty: &ty,
                collection: true,
            },
        );
        assert!(findings.is_empty());
        assert_eq!(value.to_string(), "[3.0]");
    }

    #[test]
    fn singles_are_read_at_single_precision() {
        let api = Api::default();
        let ty = TypeExpr::Primitive(Primitive::Single);
        let mut value = serde_json::json!(4.666666666666667);
        normalize(
            &api,
            &mut value,
            Shape {
                ty: &ty,
                collection: false,
            },
        );
        assert_eq!(
            value.as_f64(),
            Some(f64::from(4.666666666666667_f64 as f32))
        );
    }
}
