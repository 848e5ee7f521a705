//! The generated crate's contract tests, one set per docs example: the endpoint function builds
//! the example's request; the example response reads into the documented type and writes back
//! the same JSON; the client gets it from a wiremock server on loopback.

use super::areas::Areas;
use super::canonical::Item;
use super::escape::DocLine;
use super::format_rust;
use super::rust::{Names, path_arg_idents, query_fields, query_struct_name, response_type};
use super::{RenderError, string_literal};
use rayon::prelude::*;
use std::collections::HashMap;

/// A JSON value as a readable Rust string literal.
fn json_literal(value: &serde_json::Value) -> String {
    string_literal(&serde_json::to_string_pretty(value).unwrap_or_else(|_| value.to_string()))
}
use crate::examples::{ExamplePlan, QueryArg, plan};
use crate::ir::{Api, Operation, QueryOption, TypeExpr};
use crate::typeref::{Primitive, ValueKind};
use askama::Template;

/// The tests file: a header from the template (docs, attributes, helpers), then the tests,
/// printed by [`tests_file`].
#[derive(Template)]
#[template(path = "examples_test.rs", escape = "none")]
pub(super) struct TestsView {
    crate_ident: String,
    /// With area features, the tests need them all: `#![cfg(feature = "full")]`.
    file_cfg: String,
    /// Some test checks for members the models lack.
    checks_members: bool,
    /// Some test reads JSON (a test of a stream's bytes alone does not).
    reads_json: bool,
    tests: Vec<TestView>,
    async_tests: Vec<TestView>,
}

struct TestView {
    source: DocLine,
    name: String,
    lines: Vec<String>,
}

/// The tests file's text. Test bodies are free-form statements, so they go through
/// prettyplease, one statement at a time (a block prints each of its statements on lines of
/// their own, whatever its neighbours), tests in parallel, a statement many tests share
/// formatted once per worker. The file is the crate's largest by far; formatting it whole held
/// its entire syntax tree in memory.
pub(super) fn tests_file(file: &str, view: &TestsView) -> Result<String, RenderError> {
    let header = view.render().map_err(|e| RenderError {
        file: file.to_string(),
        message: e.to_string(),
    })?;
    let header = format_rust(file, &header)?;
    let sync = view.tests.iter().map(|t| (t, ["#[test]", "fn"]));
    let tests = view
        .async_tests
        .iter()
        .map(|t| (t, ["#[tokio::test]", "async fn"]));
    let items: Vec<(&TestView, [&str; 2])> = sync.chain(tests).collect();
    let printed: Vec<String> = items
        .par_iter()
        .map_init(HashMap::new, |cache, (t, [attr, keyword])| {
            let mut item = Item::default();
            item.doc("", "///", t.source.as_str());
            item.fixed_line("", attr);
            item.fixed_line("", &format!("{keyword} {}() {{", t.name));
            let mut text = item.into_text();
            for statement in &t.lines {
                text.push_str(&formatted_statement(file, statement, cache)?);
            }
            text.push_str("}\n");
            Ok(text)
        })
        .collect::<Result<_, RenderError>>()?;
    let mut out =
        String::with_capacity(header.len() + printed.iter().map(String::len).sum::<usize>());
    out.push_str(&header);
    for p in &printed {
        out.push_str(p);
    }
    Ok(out)
}

/// Statements shorter than this are remembered once formatted: the fixed checks every test
/// repeats are, the example JSON (unique to its test) is not.
const CACHED_STATEMENT: usize = 200;

/// One statement (or several) of a test body as prettyplease prints it inside a function.
fn formatted_statement(
    file: &str,
    statement: &str,
    cache: &mut HashMap<String, String>,
) -> Result<String, RenderError> {
    if let Some(done) = cache.get(statement) {
        return Ok(done.clone());
    }
    let formatted = format_rust(file, &format!("fn f() {{\n{statement}\n}}\n"))?;
    let body = formatted
        .strip_prefix("fn f() {\n")
        .and_then(|rest| rest.strip_suffix("}\n"))
        .ok_or_else(|| RenderError {
            file: file.to_string(),
            message: format!("a test statement is not one function body: {statement}"),
        })?;
    if statement.len() < CACHED_STATEMENT {
        cache.insert(statement.to_string(), body.to_string());
    }
    Ok(body.to_string())
}

pub(super) fn tests_view(
    api: &Api,
    names: &Names<'_>,
    crate_ident: &str,
    areas: &Areas,
) -> TestsView {
    let file_cfg = if areas.features() {
        "#![cfg(feature = \"full\")]".to_string()
    } else {
        String::new()
    };
    let mut view = TestsView {
        crate_ident: crate_ident.to_string(),
        file_cfg,
        checks_members: false,
        reads_json: false,
        tests: Vec::new(),
        async_tests: Vec::new(),
    };
    for op in api.operations.values() {
        for (i, example) in op.examples.iter().enumerate() {
            let Ok(plan) = plan(api, op, example) else {
                continue;
            };
            let name = format!("{}_example_{}", op.name, i + 1);
            let source = DocLine::text(&format!("Example at {}.", example.request.location));
            view.tests.push(TestView {
                source: source.clone(),
                name: format!("{name}_request"),
                lines: request_test(op, names, &plan),
            });
            if let Some(lines) = response_test(op, names, &plan) {
                view.tests.push(TestView {
                    source: source.clone(),
                    name: format!("{name}_response"),
                    lines,
                });
            }
            // The client check needs a success the example shows in full: a 2xx status, and a
            // body whenever the operation returns one.
            let shows_response = (200..300).contains(&plan.response_status)
                && (op.response.body.is_none()
                    || plan.response_body.is_some()
                    || plan.raw_response.is_some());
            if !shows_response {
                continue;
            }
            view.async_tests.push(TestView {
                source,
                name: format!("{name}_client"),
                lines: client_test(op, names, &plan, crate_ident),
            });
        }
    }
    let uses = |helper: &str| {
        view.tests
            .iter()
            .chain(&view.async_tests)
            .any(|t| t.lines.iter().any(|l| l.contains(helper)))
    };
    view.checks_members = uses("unknown_members(");
    view.reads_json = uses("json(");
    view
}

fn call(op: &Operation, plan: &ExamplePlan) -> Vec<String> {
    let mut lines = Vec::new();
    let mut args: Vec<String> = plan.path_args.iter().map(|a| string_literal(a)).collect();
    if let Some((content_type, bytes)) = &plan.upload {
        args.push(string_literal(content_type));
        args.push(format!("{}.as_bytes().to_vec()", string_literal(bytes)));
    }
    if let Some(body) = &plan.body {
        lines.push(format!("let body = serde_json::from_value(json({})).expect(\"the example body reads as the documented type\");", json_literal(body)));
        args.push("&body".to_string());
    }
    if op.has_query() {
        let fields = query_fields(op);
        let set: Vec<String> = ordered_query(op, plan)
            .into_iter()
            .map(|(index, arg, value)| {
                format!(
                    "{}: {}",
                    fields[index].ident,
                    query_value_expr(op, arg, value)
                )
            })
            .collect();
        let defaults = if set.len() < fields.len() {
            "..Default::default()"
        } else {
            ""
        };
        let sep = if set.is_empty() || defaults.is_empty() {
            ""
        } else {
            ", "
        };
        lines.push(format!(
            "let query = endpoints::{} {{ {}{sep}{defaults} }};",
            query_struct_name(op),
            set.join(", ")
        ));
        args.push("&query".to_string());
    }
    // Members the example sets to `null` are sent with `with_null`, as a caller clearing them would.
    let nulls: String = match &plan.body {
        Some(serde_json::Value::Object(map)) => map
            .iter()
            .filter(|(_, v)| v.is_null())
            .map(|(k, _)| format!(".with_null({})", string_literal(k)))
            .collect(),
        _ => String::new(),
    };
    lines.push(format!(
        "let request = endpoints::{}({}){nulls};",
        op.name,
        args.join(", ")
    ));
    lines
}

/// The example's query arguments in the order the function adds them to the request, each with
/// its field's index in [`query_fields`].
fn ordered_query<'p>(op: &Operation, plan: &'p ExamplePlan) -> Vec<(usize, QueryArg, &'p str)> {
    let mut ordered: Vec<(usize, QueryArg, &str)> = plan
        .query
        .iter()
        .map(|(arg, value)| {
            let index = match arg {
                QueryArg::OData(option) => op
                    .query_options
                    .iter()
                    .position(|o| o == option)
                    .unwrap_or(0),
                QueryArg::Param(i) => op.query_options.len() + i,
            };
            (index, *arg, value.as_str())
        })
        .collect();
    ordered.sort_by_key(|(index, _, _)| *index);
    ordered
}

/// The Rust expression that sets a query field to an example's value.
fn query_value_expr(op: &Operation, arg: QueryArg, value: &str) -> String {
    match arg {
        QueryArg::OData(option) => match option {
            QueryOption::Select | QueryOption::Expand | QueryOption::OrderBy => {
                let items: Vec<String> = value
                    .split(',')
                    .map(|v| format!("{}.to_string()", string_literal(v.trim())))
                    .collect();
                format!("vec![{}]", items.join(", "))
            }
            QueryOption::Top | QueryOption::Skip => {
                format!("Some({})", value.trim().parse::<u32>().unwrap_or(0))
            }
            QueryOption::Count => format!("Some({})", value.trim() == "true"),
            QueryOption::Filter | QueryOption::Search => {
                format!("Some({}.to_string())", string_literal(value))
            }
        },
        QueryArg::Param(i) => {
            let param = &op.query_params[i];
            let expr = match primitive_value(param.ty, value) {
                PrimitiveValue::Text => format!("{}.to_string()", string_literal(value)),
                PrimitiveValue::Literal(literal) => literal,
            };
            if param.required {
                expr
            } else {
                format!("Some({expr})")
            }
        }
    }
}

/// The key and value the request carries for an example's query argument.
fn query_sent(op: &Operation, arg: QueryArg, value: &str) -> (String, String) {
    match arg {
        QueryArg::OData(option) => {
            let sent = match option {
                QueryOption::Select | QueryOption::Expand | QueryOption::OrderBy => value
                    .split(',')
                    .map(str::trim)
                    .collect::<Vec<_>>()
                    .join(","),
                QueryOption::Top | QueryOption::Skip => {
                    value.trim().parse::<u32>().unwrap_or(0).to_string()
                }
                _ => value.to_string(),
            };
            (option.key().to_string(), sent)
        }
        QueryArg::Param(i) => {
            let param = &op.query_params[i];
            // What the field's `to_string()` sends (`1.0_f64` sends `1`).
            let sent = match primitive_value(param.ty, value) {
                PrimitiveValue::Text => value.to_string(),
                PrimitiveValue::Literal(literal) => {
                    literal.parse::<f64>().map_or(literal, |n| n.to_string())
                }
            };
            (param.name.clone(), sent)
        }
    }
}

enum PrimitiveValue {
    /// Sent as written (strings, dates, GUIDs).
    Text,
    /// A Rust literal whose `to_string()` is what is sent.
    Literal(String),
}

/// How a query value of a primitive type is written in Rust (the plan checked it parses).
fn primitive_value(ty: Primitive, value: &str) -> PrimitiveValue {
    match ty.value_kind() {
        ValueKind::Boolean => PrimitiveValue::Literal((value == "true").to_string()),
        ValueKind::Integer => {
            PrimitiveValue::Literal(value.parse::<i64>().unwrap_or(0).to_string())
        }
        ValueKind::Number => {
            PrimitiveValue::Literal(format!("{:?}", value.parse::<f64>().unwrap_or(0.0)))
        }
        ValueKind::Text => PrimitiveValue::Text,
    }
}

fn request_test(op: &Operation, names: &Names<'_>, plan: &ExamplePlan) -> Vec<String> {
    let _ = (names, path_arg_idents(op));
    let mut lines = call(op, plan);
    lines.push(format!(
        "assert_eq!(request.method(), Method::{});",
        heck::ToPascalCase::to_pascal_case(op.method.as_str())
    ));
    lines.push(format!(
        "assert_eq!(decoded(request.path()), {});",
        string_literal(&plan.path)
    ));
    let query: Vec<String> = ordered_query(op, plan)
        .into_iter()
        .map(|(_, arg, value)| {
            let (key, sent) = query_sent(op, arg, value);
            format!(
                "({}.to_string(), {}.to_string())",
                string_literal(&key),
                string_literal(&sent)
            )
        })
        .collect();
    lines.push(format!(
        "let expected_query: Vec<(String, String)> = vec![{}];",
        query.join(", ")
    ));
    lines.push("assert_eq!(request.query(), expected_query.as_slice());".to_string());
    match &plan.body {
        Some(body) => {
            lines.push(
                "let sent = request.body().cloned().expect(\"the request has a body\");"
                    .to_string(),
            );
            lines.push(format!(
                "assert_eq!(without_nulls(sent.clone()), without_nulls(json({})));",
                json_literal(body)
            ));
            if let serde_json::Value::Object(map) = body {
                for key in map.iter().filter(|(_, v)| v.is_null()).map(|(k, _)| k) {
                    lines.push(format!(
                        "assert_eq!(sent.get({}), Some(&serde_json::Value::Null));",
                        string_literal(key)
                    ));
                }
            }
            lines.push("assert!(request.headers().iter().any(|(k, v)| k == \"Content-Type\" && v == \"application/json\"));".to_string());
        }
        None => lines.push("assert_eq!(request.body(), None);".to_string()),
    }
    if let Some((content_type, bytes)) = &plan.upload {
        lines.push(format!(
            "assert_eq!(request.bytes(), Some({}.as_bytes()));",
            string_literal(bytes)
        ));
        lines.push(format!(
            "assert!(request.headers().iter().any(|(k, v)| k == \"Content-Type\" && v == {}));",
            string_literal(content_type)
        ));
    }
    lines
}

fn response_test(op: &Operation, names: &Names<'_>, plan: &ExamplePlan) -> Option<Vec<String>> {
    let body = plan.response_body.as_ref()?;
    let declared = op.response.body.as_ref()?;
    // A response that names a derived type in `@odata.type` reads as that type.
    let derived = (!declared.collection)
        .then(|| body.get("@odata.type").and_then(|t| t.as_str()))
        .flatten()
        .and_then(|t| names.derived_type_path(&declared.ty, t.trim_start_matches('#')));
    let ty = derived.unwrap_or_else(|| response_type(op, names));
    let mut lines = vec![format!(
        "let parsed: {ty} = serde_json::from_value(json({})).expect(\"the example response reads as the documented type\");",
        json_literal(body)
    )];
    if let (TypeExpr::Named(qualified), false) =
        (&declared.ty, plan.truncated || names.is_open(&declared.ty))
    {
        let items = if declared.collection {
            "parsed.value.iter()"
        } else {
            "std::iter::once(&parsed)"
        };
        // Items of another (derived) type keep their own members aside.
        let own = format!(
            ".filter(|item| item.odata_type.as_deref().is_none_or(|t| t.trim_start_matches('#') == {}))",
            string_literal(qualified)
        );
        let own = if declared.collection {
            own
        } else {
            String::new()
        };
        lines.push(format!(
            "for item in {items}{own} {{ assert!(unknown_members(&item.additional_properties).is_empty(), \"members the model lacks: {{:?}}\", item.additional_properties.keys()); }}"
        ));
    }
    lines.push(format!(
        "assert_eq!(without_nulls(serde_json::to_value(&parsed).expect(\"models serialise\")), without_nulls(json({})));",
        json_literal(body)
    ));
    Some(lines)
}

fn client_test(
    op: &Operation,
    names: &Names<'_>,
    plan: &ExamplePlan,
    crate_ident: &str,
) -> Vec<String> {
    let mut lines = vec!["let server = wiremock::MockServer::start().await;".to_string()];
    let mut response = format!("wiremock::ResponseTemplate::new({})", plan.response_status);
    if let Some(body) = &plan.response_body {
        response.push_str(&format!(
            ".set_body_raw({}, \"application/json\")",
            json_literal(body)
        ));
    }
    if let Some(raw) = &plan.raw_response {
        response.push_str(&format!(
            ".set_body_raw({}, \"application/octet-stream\")",
            string_literal(raw)
        ));
    }
    lines.push(format!(
        "wiremock::Mock::given(wiremock::matchers::method({})).and(wiremock::matchers::header(\"authorization\", \"Bearer test-token\")).respond_with({response}).expect(1).mount(&server).await;",
        string_literal(op.method.as_str())
    ));
    lines.extend(call(op, plan));
    lines.push(format!(
        "let client = {}::Client::with_service_root(server.uri(), \"test-token\");",
        crate_ident
    ));
    let ty = response_type(op, names);
    lines.push(format!("let response: {ty} = client.send(request).await.expect(\"the client reads the example response\");"));
    match (&plan.response_body, &plan.raw_response) {
        (Some(body), _) => lines.push(format!(
            "assert_eq!(without_nulls(serde_json::to_value(&response).expect(\"models serialise\")), without_nulls(json({})));",
            json_literal(body)
        )),
        (None, Some(raw)) => lines.push(format!("assert_eq!(response.0, {}.as_bytes());", string_literal(raw))),
        (None, None) => lines.push("assert_eq!(serde_json::to_value(response).expect(\"unit serialises\"), serde_json::Value::Null);".to_string()),
    }
    lines.push(
        "let received = server.received_requests().await.expect(\"recording is on\");".to_string(),
    );
    lines.push(format!(
        "assert_eq!(decoded(received[0].url.path()), {});",
        string_literal(&plan.path)
    ));
    if let Some((_, bytes)) = &plan.upload {
        lines.push(format!(
            "assert_eq!(received[0].body, {}.as_bytes());",
            string_literal(bytes)
        ));
    }
    lines
}
