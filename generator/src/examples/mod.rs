//! The docs' examples read against the API: the path parameters, query options and bodies an
//! example request carries, and whether its bodies agree with the documented types. The
//! renderer turns plans into the generated crate's contract tests; [`check_examples`] turns
//! what the docs get wrong into diagnostics.

pub mod values;

use crate::diagnostics::{self, Diagnostics};
use crate::ir::{Api, Body, Example, Operation, QueryOption, ResponseShape};
use crate::typeref::{Primitive, ValueKind};
use serde_json::Value;
use values::{Finding, Shape, normalize};

/// Which body of an example a finding is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Request,
    Response,
}

impl Part {
    fn name(self) -> &'static str {
        match self {
            Part::Request => "request",
            Part::Response => "response",
        }
    }
}

/// A query key of an example, read against the operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueryArg {
    OData(QueryOption),
    /// An index into the operation's `query_params`.
    Param(usize),
}

/// Whether a query value can be sent as a parameter of this type.
fn query_value_fits(ty: Primitive, value: &str) -> bool {
    match ty.value_kind() {
        ValueKind::Boolean => matches!(value, "true" | "false"),
        // In range for the Rust type the test writes it as a literal of: `300` is no `u8`.
        ValueKind::Integer => match ty {
            Primitive::Byte => value.parse::<u8>().is_ok(),
            Primitive::SByte => value.parse::<i8>().is_ok(),
            Primitive::Int16 => value.parse::<i16>().is_ok(),
            Primitive::Int32 => value.parse::<i32>().is_ok(),
            _ => value.parse::<i64>().is_ok(),
        },
        // `NaN`, `inf` and `1e999` parse but have no literal.
        ValueKind::Number => match ty {
            Primitive::Single => value.parse::<f32>().is_ok_and(f32::is_finite),
            _ => value.parse::<f64>().is_ok_and(f64::is_finite),
        },
        ValueKind::Text => true,
    }
}

/// What a test needs from one example, read against the operation.
pub struct ExamplePlan {
    /// Path parameter values in path order, decoded.
    pub path_args: Vec<String>,
    /// The decoded path below the service root.
    pub path: String,
    pub query: Vec<(QueryArg, String)>,
    pub body: Option<Value>,
    pub response_status: u16,
    pub response_body: Option<Value>,
    /// The response body as the example writes it, when the operation returns a stream.
    pub raw_response: Option<String>,
    /// The Content-Type and the body as the example writes them, when the operation uploads a
    /// stream.
    pub upload: Option<(String, String)>,
    pub truncated: bool,
}

/// The plans of an API's examples: per operation (in name order), its name and each
/// example's plan, or `None` for one that does not plan. [`check_examples`] makes them on its
/// way, and the crate's tests are printed from them, so an example is read once per run.
#[derive(Default)]
pub struct ExamplePlans {
    operations: Vec<(String, Vec<Option<ExamplePlan>>)>,
}

impl ExamplePlans {
    /// The plans of every example of `api`, read on every thread.
    pub fn of(api: &Api) -> ExamplePlans {
        use rayon::prelude::*;
        let operations: Vec<&Operation> = api.operations.values().collect();
        ExamplePlans {
            operations: operations
                .into_par_iter()
                .map(|op| {
                    let plans = op
                        .examples
                        .iter()
                        .map(|example| plan(api, op, example).ok())
                        .collect();
                    (op.name.clone(), plans)
                })
                .collect(),
        }
    }

    /// Whether there are plans of no operation (as once taken).
    pub fn is_empty(&self) -> bool {
        self.operations.is_empty()
    }

    /// Per operation, its name and its examples' plans.
    pub fn into_operations(self) -> Vec<(String, Vec<Option<ExamplePlan>>)> {
        self.operations
    }
}

/// Why an example cannot be checked as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanError {
    Url(String),
    PathMismatch { template: String, path: String },
    UnsupportedQuery(String),
    QueryValue { key: String, ty: String },
    MissingQuery(String),
    BodyNotJson(String),
    ResponseNotJson(String),
    Contradiction(Vec<String>),
}

/// Reads an example against its operation.
pub fn plan(api: &Api, op: &Operation, example: &Example) -> Result<ExamplePlan, PlanError> {
    plan_with_findings(api, op, example).map(|(plan, _)| plan)
}

/// [`plan`], with the placeholders found on the way.
pub fn plan_with_findings(
    api: &Api,
    op: &Operation,
    example: &Example,
) -> Result<(ExamplePlan, Vec<(Part, Finding)>), PlanError> {
    let base = url::Url::parse("https://graph.microsoft.com/")
        .map_err(|e| PlanError::Url(e.to_string()))?;
    let url = base
        .join(example.request.url.trim())
        .map_err(|e| PlanError::Url(format!("{}: {e}", example.request.url)))?;
    let decoded = percent_encoding::percent_decode_str(url.path())
        .decode_utf8_lossy()
        .into_owned();
    let path = strip_version(&decoded);
    let path_args = crate::addressing::forms(path)
        .iter()
        .find_map(|form| {
            let ordered = crate::addressing::arguments_ordered_as(form, &op.path);
            match_template(&op.path, form)
                .or_else(|| ordered.and_then(|o| match_template(&op.path, &o)))
        })
        .ok_or_else(|| PlanError::PathMismatch {
            template: op.path.clone(),
            path: crate::addressing::keys_as_segments(path),
        })?;
    // Graph's paths are case-insensitive, so the example may spell a segment differently
    // (`securescorecontrolprofiles`); the function builds the documented spelling.
    let path = fill_template(&op.path, &path_args);
    let mut query = Vec::new();
    for (key, value) in url.query_pairs() {
        let option = QueryOption::from_key(&key).filter(|o| op.query_options.contains(o));
        let param = op
            .query_params
            .iter()
            .position(|p| p.name.eq_ignore_ascii_case(&key));
        let arg = match (option, param) {
            (Some(option), _) => QueryArg::OData(option),
            (None, Some(index)) => {
                let param = &op.query_params[index];
                if !query_value_fits(param.ty, &value) {
                    return Err(PlanError::QueryValue {
                        key: key.into_owned(),
                        ty: param.ty.edm_name().to_string(),
                    });
                }
                QueryArg::Param(index)
            }
            (None, None) => return Err(PlanError::UnsupportedQuery(key.into_owned())),
        };
        query.push((arg, value.into_owned()));
    }
    if let Some(missing) = op
        .query_params
        .iter()
        .enumerate()
        .find(|(i, p)| p.required && !query.iter().any(|(arg, _)| *arg == QueryArg::Param(*i)))
    {
        return Err(PlanError::MissingQuery(missing.1.name.clone()));
    }
    let mut findings: Vec<(Part, Finding)> = Vec::new();
    // An upload sends the example's body as it is written, with its Content-Type.
    let upload = op.uploads_stream().then(|| {
        let content_type = example
            .request
            .headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("content-type"))
            .map(|(_, v)| v.clone());
        (
            content_type.unwrap_or_else(|| "application/octet-stream".to_string()),
            example.request.body.clone().unwrap_or_default(),
        )
    });
    let body = match (&op.body, &example.request.body) {
        _ if upload.is_some() => None,
        (Some(body), Some(text)) => {
            let mut value = example_json(text).map_err(PlanError::BodyNotJson)?;
            let found = match body {
                Body::Value { ty, collection } => normalize(
                    api,
                    &mut value,
                    Shape {
                        ty,
                        collection: *collection,
                    },
                ),
                Body::Parameters(params) => normalize_parameters(api, &mut value, params),
            };
            findings.extend(found.into_iter().map(|f| (Part::Request, f)));
            Some(value)
        }
        (Some(_), None) => Some(Value::Object(Default::default())),
        (None, _) => None,
    };
    let response = example.response.as_ref();
    // A stream is its bytes, whatever they show (`...binary data...`); nothing in them is JSON.
    let raw = op
        .response
        .body
        .as_ref()
        .is_some_and(|b| api.response_shape(b) == ResponseShape::Raw);
    let raw_response = response.and_then(|r| r.body.clone()).filter(|_| raw);
    let response_body = match (&op.response.body, response.and_then(|r| r.body.as_ref())) {
        _ if raw => None,
        // An error response (`404 Not Found`) shows Graph's error object, not the operation's
        // type: its body must be that object, and only the request is checked against the page.
        (_, Some(text)) if response.is_some_and(|r| r.status >= 400) => {
            let value = example_json(text).map_err(PlanError::ResponseNotJson)?;
            if !value.get("error").is_some_and(Value::is_object) {
                let found = "no `error` object".to_string();
                return Err(PlanError::Contradiction(vec![format!(
                    "response body: an error response shows {found}"
                )]));
            }
            None
        }
        (Some(expected), Some(text)) => {
            let value = example_json(text).map_err(PlanError::ResponseNotJson)?;
            let shape = Shape {
                ty: &expected.ty,
                collection: expected.collection,
            };
            let truncated = response.is_some_and(|r| r.truncated);
            let (value, in_value) = match api.response_shape(expected) {
                ResponseShape::Collection | ResponseShape::Wrapped => (value, true),
                // A stream never gets here (see `raw` above).
                ResponseShape::Object | ResponseShape::Raw => {
                    match unwrap_single(api, &expected.ty, &value) {
                        Some(inner) => {
                            findings.push((Part::Response, Finding::WrappedInValue));
                            (inner, false)
                        }
                        None => (value, false),
                    }
                }
            };
            if in_value && value.get("value").is_none() {
                let expected = if expected.collection {
                    "an array"
                } else {
                    "a value"
                };
                findings.push((
                    Part::Response,
                    Finding::Mismatch {
                        path: "$.value".into(),
                        expected: expected.into(),
                        found: "missing".into(),
                    },
                ));
            }
            // The shown value, normalized in place; a body that should hold it in `value` is
            // given one (null, when it has none) to hold it.
            let mut value = if in_value {
                let mut whole = match value {
                    Value::Object(members) => members,
                    _ => serde_json::Map::new(),
                };
                whole.entry("value").or_insert(Value::Null);
                Value::Object(whole)
            } else {
                value
            };
            let shown = if in_value {
                value.get_mut("value")
            } else {
                Some(&mut value)
            };
            let found = shown.map_or_else(Vec::new, |shown| normalize(api, shown, shape));
            // A response marked truncated may show members the page's tables leave out.
            let found = found
                .into_iter()
                .filter(|f| !(truncated && matches!(f, Finding::UnknownMember { .. })));
            findings.extend(found.map(|f| (Part::Response, f)));
            Some(value)
        }
        _ => None,
    };
    let contradictions: Vec<String> = findings
        .iter()
        .filter(|(_, f)| !matches!(f, Finding::Placeholder { .. } | Finding::WrappedInValue))
        .map(|(part, f)| format!("{} body: {f}", part.name()))
        .collect();
    if !contradictions.is_empty() {
        return Err(PlanError::Contradiction(contradictions));
    }
    let plan = ExamplePlan {
        path_args,
        path,
        query,
        body,
        response_status: response.map_or(op.response.status, |r| {
            if r.status == 0 {
                op.response.status
            } else {
                r.status
            }
        }),
        response_body,
        raw_response,
        upload,
        truncated: response.is_some_and(|r| r.truncated),
    };
    Ok((plan, findings))
}

/// A decoded URL path below the version segment, which Graph reads in any case (`/V1.0/`).
fn strip_version(path: &str) -> &str {
    let version = path.trim_start_matches('/').split('/').next().unwrap_or("");
    if version.eq_ignore_ascii_case("v1.0") || version.eq_ignore_ascii_case("beta") {
        &path.trim_start_matches('/')[version.len()..]
    } else {
        path
    }
}

/// An example body as JSON. Examples are read as JSON5, so the trailing commas and `//`
/// comments the docs leave in them are accepted, with the docs' elisions left out.
pub(crate) fn example_json(text: &str) -> Result<Value, String> {
    // Lowering leaves out examples that nest too deep (D050); this guard keeps any other
    // caller off the recursive parser too.
    if crate::limits::json_too_deep(text, crate::limits::MAX_JSON_DEPTH).is_some() {
        return Err(format!(
            "nested deeper than {} levels",
            crate::limits::MAX_JSON_DEPTH
        ));
    }
    crate::page::json5_value(&without_elisions(text)).map_err(|e| e.to_string())
}

/// Example JSON without the `...` the docs write for content they leave out (`[{...}, ...]`):
/// an elided member or element goes, with the comma after it; an elided value (`"key": ...`)
/// reads as `null`. Dots inside strings are text.
fn without_elisions(text: &str) -> std::borrow::Cow<'_, str> {
    if memchr::memmem::find(text.as_bytes(), b"...").is_none() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let (mut in_string, mut escaped) = (false, false);
    // The last character of `out` that is not whitespace: asking `out` each time would rescan
    // its trailing whitespace at every `...` (quadratic on `[ ... ... ...`).
    let mut last_significant = None;
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if in_string {
            out.push(c);
            last_significant = Some('"');
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            rest = &rest[c.len_utf8()..];
            continue;
        }
        if let Some(after) = rest.strip_prefix("...") {
            if last_significant == Some(':') {
                out.push_str("null");
                last_significant = Some('l');
                rest = after;
            } else {
                let after = after.trim_start();
                rest = after.strip_prefix(',').unwrap_or(after);
            }
            continue;
        }
        if c == '"' {
            in_string = true;
        }
        if !c.is_whitespace() {
            last_significant = Some(c);
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    std::borrow::Cow::Owned(out)
}

fn normalize_parameters(
    api: &Api,
    value: &mut Value,
    params: &[crate::ir::Property],
) -> Vec<Finding> {
    let Value::Object(map) = value else {
        return vec![Finding::Mismatch {
            path: "$".into(),
            expected: "an object".into(),
            found: "another value".into(),
        }];
    };
    let mut findings = Vec::new();
    for (key, v) in map.iter_mut() {
        match params.iter().find(|p| p.name == *key) {
            Some(p) => {
                let found = normalize(
                    api,
                    v,
                    Shape {
                        ty: &p.ty,
                        collection: p.collection,
                    },
                );
                findings.extend(found.into_iter().map(|f| prefix(f, key)));
            }
            // Instance annotations (`@odata.type`, `teamsApp@odata.bind`) are not parameters.
            None if key.contains('@') => {}
            None => findings.push(Finding::UnknownMember {
                path: format!("$.{key}"),
                type_name: "the action's parameters".into(),
            }),
        }
    }
    findings
}

fn prefix(finding: Finding, key: &str) -> Finding {
    let fix = |path: String| path.replacen('$', &format!("$.{key}"), 1);
    match finding {
        Finding::Placeholder { path, written } => Finding::Placeholder {
            path: fix(path),
            written,
        },
        Finding::UnknownMember { path, type_name } => Finding::UnknownMember {
            path: fix(path),
            type_name,
        },
        Finding::Mismatch {
            path,
            expected,
            found,
        } => Finding::Mismatch {
            path: fix(path),
            expected,
            found,
        },
        Finding::WrappedInValue => Finding::WrappedInValue,
    }
}

/// Matches a decoded path against a template such as `/a/{id}/b(x='{x}')`: the parameter values
/// in order, or None.
pub fn match_template(template: &str, path: &str) -> Option<Vec<String>> {
    // A function without arguments may be written with or without its `()`.
    match_exactly(template, path).or_else(|| match_exactly(&template.replace("()", ""), path))
}

fn match_exactly(template: &str, path: &str) -> Option<Vec<String>> {
    let mut values = Vec::new();
    let mut rest = path;
    let mut pieces = template.split('{');
    let first = pieces.next()?;
    rest = strip_prefix_ignore_case(rest, first)?;
    for piece in pieces {
        let (_, literal) = piece.split_once('}')?;
        // A value runs to the next literal text (or a '/', or the end).
        let end = if literal.is_empty() {
            rest.find('/').unwrap_or(rest.len())
        } else {
            let stop = literal.find('{').map_or(literal, |i| &literal[..i]);
            let probe = stop
                .split('/')
                .next()
                .filter(|s| !s.is_empty())
                .unwrap_or(stop);
            rest.to_ascii_lowercase()
                .find(&probe.to_ascii_lowercase())?
        };
        let value = &rest[..end];
        if value.is_empty()
            || value.contains('/') && !literal.is_empty() && !literal.starts_with(':')
        {
            return None;
        }
        values.push(value.to_string());
        rest = strip_prefix_ignore_case(&rest[end..], literal)?;
    }
    rest.trim_end_matches('/').is_empty().then_some(values)
}

/// A path template with its parameters replaced by `values`, in order.
pub fn fill_template(template: &str, values: &[String]) -> String {
    let mut out = String::new();
    let mut values = values.iter();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        out.push_str(values.next().map_or("", String::as_str));
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

/// The object inside `{"value": {...}}` when a response of a single object shows it wrapped, as
/// Intune's pages do; None when the body is the object itself.
fn unwrap_single(api: &Api, ty: &crate::ir::TypeExpr, body: &Value) -> Option<Value> {
    use crate::ir::TypeExpr;
    let TypeExpr::Named(name) = ty else {
        return None;
    };
    let ty = api.types.get(name)?;
    // A type may have a `value` of its own (`userExperienceAnalyticsMetric.value` is a Double);
    // only one that holds an object makes `{"value": {...}}` the object itself.
    let value_holds_object = api.lineage(ty).property("value").is_some_and(|p| {
        let holds_object = match &p.ty {
            TypeExpr::Json => true,
            TypeExpr::Named(n) => !api.enums.contains_key(n),
            TypeExpr::Primitive(_) => false,
        };
        !p.collection && holds_object
    });
    let map = body.as_object()?;
    let inner = map.get("value").filter(|v| v.is_object())?;
    let only_annotations_beside = map.keys().all(|k| k == "value" || k.contains('@'));
    (!value_holds_object && only_annotations_beside).then(|| inner.clone())
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

impl PlanError {
    /// The kind of failure, for counting.
    pub fn cause(&self) -> &'static str {
        match self {
            PlanError::Url(_) => "example URL does not parse",
            PlanError::PathMismatch { .. } => "example path does not match the documented path",
            PlanError::UnsupportedQuery(_) => "example uses a query option the page does not list",
            PlanError::QueryValue { .. } => "example query value has the wrong type",
            PlanError::MissingQuery(_) => "example leaves out a required query parameter",
            PlanError::BodyNotJson(_) => "example request body is not JSON",
            PlanError::ResponseNotJson(_) => "example response body is not JSON",
            PlanError::Contradiction(found)
                if found.iter().all(|f| f.contains("is not a property of")) =>
            {
                "example has members the property tables lack"
            }
            PlanError::Contradiction(_) => "example value has the wrong JSON kind",
        }
    }
}

impl std::fmt::Display for PlanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PlanError::Url(e) => write!(f, "the example URL does not parse: {e}"),
            PlanError::PathMismatch { template, path } => {
                write!(f, "the example path `{path}` does not match `{template}`")
            }
            PlanError::UnsupportedQuery(key) => write!(
                f,
                "the example uses query option `{key}`, which the page does not list"
            ),
            PlanError::QueryValue { key, ty } => write!(
                f,
                "the example's query parameter `{key}` is not a valid `{ty}`"
            ),
            PlanError::MissingQuery(key) => write!(
                f,
                "the example leaves out the required query parameter `{key}`"
            ),
            PlanError::BodyNotJson(e) => write!(f, "the example request body is not JSON: {e}"),
            PlanError::ResponseNotJson(e) => {
                write!(f, "the example response body is not JSON: {e}")
            }
            PlanError::Contradiction(found) => write!(
                f,
                "the example contradicts the documented types: {}",
                found.join("; ")
            ),
        }
    }
}

/// Diagnostics for the examples: placeholders where values belong (D013), examples that
/// contradict the documented types or cannot be read (D016). Returns each example's outcome,
/// operations in name order and examples in page order: passing, or the cause it fails for
/// ([`PlanError::cause`]), which the report counts without reading the examples again; and
/// the plans of those that pass. Operations are read in parallel; the diagnostics come out in
/// the same order on any thread count.
pub fn check_examples(
    api: &Api,
    diagnostics: &mut Diagnostics,
) -> (Vec<Result<(), &'static str>>, ExamplePlans) {
    use rayon::prelude::*;
    let operations: Vec<&Operation> = api.operations.values().collect();
    let per_operation: Vec<(Diagnostics, Vec<Result<ExamplePlan, &'static str>>)> = operations
        .par_iter()
        .map(|op| {
            let mut found = Diagnostics::default();
            let outcomes = op
                .examples
                .iter()
                .map(|example| check_example(api, op, example, &mut found))
                .collect();
            (found, outcomes)
        })
        .collect();
    let mut outcomes = Vec::new();
    let mut plans = ExamplePlans::default();
    for (op, (found, each)) in operations.iter().zip(per_operation) {
        diagnostics.items.extend(found.items);
        let mut op_plans = Vec::with_capacity(each.len());
        for outcome in each {
            outcomes.push(outcome.as_ref().map(|_| ()).map_err(|cause| *cause));
            op_plans.push(outcome.ok());
        }
        plans.operations.push((op.name.clone(), op_plans));
    }
    (outcomes, plans)
}

/// One example of [`check_examples`]: its plan, or the cause it fails for.
fn check_example(
    api: &Api,
    op: &Operation,
    example: &Example,
    diagnostics: &mut Diagnostics,
) -> Result<ExamplePlan, &'static str> {
    match plan_with_findings(api, op, example) {
        Ok((plan, findings)) => {
            if findings.iter().any(|(_, f)| *f == Finding::WrappedInValue) {
                let location = example
                    .response
                    .as_ref()
                    .map_or(&example.request.location, |r| &r.location);
                diagnostics.push(
                    diagnostics::EXAMPLE_WRAPPED,
                    location.clone(),
                    "the example response shows the object inside `{\"value\": ...}`; the service sends the object itself, and the checks read the one inside",
                );
            }
            for part in [Part::Request, Part::Response] {
                let placeholders: Vec<String> = findings
                    .iter()
                    .filter(|(p, f)| *p == part && matches!(f, Finding::Placeholder { .. }))
                    .map(|(_, f)| f.to_string())
                    .collect();
                let location = match (part, &example.response) {
                    (Part::Response, Some(response)) => response.location.clone(),
                    _ => example.request.location.clone(),
                };
                if !placeholders.is_empty() {
                    diagnostics.push(
                        diagnostics::PLACEHOLDER_VALUE,
                        location,
                        format!(
                            "example {} values are type names, not values: {}",
                            part.name(),
                            placeholders.join(", ")
                        ),
                    );
                }
            }
            Ok(plan)
        }
        Err(error) => {
            diagnostics.push(
                diagnostics::EXAMPLE_CONTRADICTS,
                example.request.location.clone(),
                error.to_string(),
            );
            Err(error.cause())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elisions_are_left_out() {
        let read = |text: &str| example_json(text).expect(text);
        assert_eq!(
            read("{\"value\": [{\"id\": \"1\"},\n  ...\n]}"),
            serde_json::json!({"value": [{"id": "1"}]})
        );
        assert_eq!(
            read("{\"value\": [..., {\"id\": \"2\"}]}"),
            serde_json::json!({"value": [{"id": "2"}]})
        );
        assert_eq!(
            read("{\"a\": ..., \"b\": {...}}"),
            serde_json::json!({"a": null, "b": {}})
        );
        // Dots in a string are text, escaped quotes included.
        assert_eq!(
            read("{\"a\": \"say \\\"...\\\" more...\"}"),
            serde_json::json!({"a": "say \"...\" more..."})
        );

        // A string ending in `:` is not a member's colon; whitespace before elisions is kept
        // without being read again at each one.
        assert_eq!(read("[\"x:\" ...]"), serde_json::json!(["x:"]));
        assert_eq!(read("{\"a\":\n\n   ...}"), serde_json::json!({"a": null}));
        assert_eq!(
            read(&format!("[1,{}{}]", " ".repeat(1000), "...".repeat(1000))),
            serde_json::json!([1])
        );
    }

    #[test]
    fn template_matching() {
        assert_eq!(
            match_template("/users/{id}/messages", "/users/42/messages"),
            Some(vec!["42".to_string()])
        );
        assert_eq!(match_template("/users/{id}", "/users/42/messages"), None);
        assert_eq!(
            match_template(
                "/reports/getX(period='{period}')",
                "/reports/getX(period='D7')"
            ),
            Some(vec!["D7".to_string()])
        );
        assert_eq!(
            match_template(
                "/drive/root:/{item-path}:/content",
                "/drive/root:/a/b.txt:/content"
            ),
            Some(vec!["a/b.txt".to_string()])
        );
        assert_eq!(match_template("/me", "/ME/"), Some(vec![]));
        assert_eq!(
            match_template("/x/{id}/generateUri()", "/x/1/generateUri"),
            Some(vec!["1".to_string()])
        );
        // Graph's paths are case-insensitive.
        assert_eq!(
            match_template(
                "/bookings/{id}/staffMembers/{m}",
                "/bookings/a/staffmembers/b"
            ),
            Some(vec!["a".into(), "b".into()])
        );
    }

    #[test]
    fn templates_are_filled_in_order() {
        assert_eq!(
            fill_template("/a/{x}/b(k='{y}')", &["1".into(), "2".into()]),
            "/a/1/b(k='2')"
        );
        assert_eq!(fill_template("/me", &[]), "/me");
    }
}
