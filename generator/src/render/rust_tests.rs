//! The generated crate's contract tests, one set per docs example: the endpoint function builds
//! the example's request; the example response reads into the documented type and writes back
//! the same JSON (`tests/examples.rs`); the client gets it from a wiremock server on loopback
//! (`tests/examples_client.rs`).

use super::areas::Areas;
use super::canonical::{Item, MARGIN};
use super::escape::DocLine;
use super::format_rust;
use super::rust::{Names, query_fields, query_struct_name, response_type};
use super::test_print::{Statement, Tokens};
use super::{RenderError, print_in_order, string_literal};
use rayon::prelude::*;
use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard, PoisonError};

use crate::examples::{ExamplePlan, ExamplePlans, QueryArg};
use crate::ir::{Api, Operation, QueryOption, TypeExpr};
use crate::typeref::{Primitive, ValueKind};
use askama::Template;

/// A JSON value as a readable Rust string literal.
fn json_literal(value: &serde_json::Value) -> String {
    string_literal(&serde_json::to_string_pretty(value).unwrap_or_else(|_| value.to_string()))
}

/// An example's JSON bodies, each with its string literal ([`json_literal`]) printed once: the
/// example's tests write the request body up to three times and the response body up to four.
struct Bodies<'a> {
    /// The plan's request body.
    request: Option<JsonBody<'a>>,
    /// The plan's response body, when the response is JSON.
    response: Option<JsonBody<'a>>,
}

/// A JSON body and its literal.
struct JsonBody<'a> {
    value: &'a serde_json::Value,
    literal: String,
}

impl<'a> Bodies<'a> {
    fn of(plan: &'a ExamplePlan) -> Bodies<'a> {
        let body = |value: &'a Option<serde_json::Value>| {
            value.as_ref().map(|value| JsonBody {
                value,
                literal: json_literal(value),
            })
        };
        Bodies {
            request: body(&plan.body),
            response: body(&plan.response_body),
        }
    }
}

/// A tests file: a header from the template (docs, attributes, helpers), then the tests,
/// printed by [`tests_file`].
#[derive(Template)]
#[template(path = "examples_test.rs", escape = "none")]
pub(super) struct TestsView {
    crate_ident: String,
    /// The client checks (`tests/examples_client.rs`), not the request and response checks
    /// (`tests/examples.rs`).
    clients: bool,
    /// With area features, the tests need them all: `#![cfg(feature = "full")]`.
    file_cfg: String,
    /// Some test compares a path (percent-decoded).
    decodes: bool,
    /// Some test checks for members the models lack.
    checks_members: bool,
    /// Some test reads JSON (a test of a stream's bytes alone does not).
    reads_json: bool,
    /// Some test compares JSON, `null` members aside.
    compares_json: bool,
    /// Some test sends its request through the client to a server answering without a body
    /// (`exchange`).
    exchanges: bool,
    /// Some test does so with a body (`exchange_body`).
    exchanges_body: bool,
    tests: Vec<TestView>,
}

struct TestView {
    source: DocLine,
    name: String,
    lines: Vec<Statement>,
}

impl TestView {
    /// The length of its statements as printed so far (formatting changes few of them).
    fn statements_len(&self) -> usize {
        self.lines.iter().map(|s| s.text.len()).sum()
    }
}

/// The tests file's text, tests in parallel. Statements come printed in canonical shape
/// ([`super::test_print`]); one the printer could not lay out goes through prettyplease alone
/// (a block prints each of its statements on lines of their own, whatever its neighbours), a
/// statement many tests share formatted once. The tests files are the crate's largest by far
/// (17 and 13 MB on beta), so it takes the view by value: each test's statements are freed once
/// printed, and the printed tests are copied into the file a chunk at a time
/// ([`print_in_order`]). Formatting a file whole held its entire syntax tree in memory.
pub(super) fn tests_file(file: &str, mut view: TestsView) -> Result<String, RenderError> {
    let header = view.render().map_err(|e| RenderError {
        file: file.to_string(),
        message: e.to_string(),
    })?;
    let header = format_rust(file, &header)?;
    let tests = std::mem::take(&mut view.tests);
    // Sized once from the statements as printed: formatting lengthens few of them, and room
    // left untouched costs no memory.
    let estimate: usize = tests
        .iter()
        .map(|t| t.source.as_str().len() + t.name.len() + 32 + t.statements_len())
        .sum();
    let mut out = String::with_capacity(header.len() + estimate + estimate / 16);
    out.push_str(&header);
    let cache = Mutex::new(HashMap::new());
    print_in_order(&mut out, tests, |t| {
        let mut item = Item::default();
        item.doc("", "///", t.source.as_str());
        item.fixed_line("", "#[test]");
        item.fixed_line("", &format!("fn {}() {{", t.name));
        let mut text = item.into_text();
        // Formatting keeps a statement's length about the same: one allocation, not a
        // doubling for each long statement.
        text.reserve(t.statements_len() + 2);
        for statement in &t.lines {
            if statement.canonical {
                text.push_str(&statement.text);
            } else {
                text.push_str(&formatted_statement(file, &statement.text, &cache)?);
            }
        }
        text.push_str("}\n");
        Ok(text)
    })?;
    Ok(out)
}

/// The formatted statements shared by the workers. A lock is poisoned only by a thread that
/// panicked holding it, and the map is whole even then.
fn locked(shared: &Mutex<HashMap<String, String>>) -> MutexGuard<'_, HashMap<String, String>> {
    shared.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Statements shorter than this are remembered once formatted: the fixed checks every test
/// repeats are, the example JSON (unique to its test) is not.
const CACHED_STATEMENT: usize = 200;

/// One statement (or several) of a test body as prettyplease prints it inside a function.
fn formatted_statement(
    file: &str,
    statement: &str,
    shared: &Mutex<HashMap<String, String>>,
) -> Result<String, RenderError> {
    if let Some(done) = locked(shared).get(statement) {
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
        locked(shared).insert(statement.to_string(), body.to_string());
    }
    Ok(body.to_string())
}

/// The two tests files of the docs' examples: the request and response checks, then the client
/// checks. Two test targets rather than one, so cargo compiles them side by side: on beta, one
/// file took 103 s to build alone, the two 84 s together.
///
/// `plans` are the plans of `api`'s examples ([`ExamplePlans`]); plans of another API are an
/// error naming the first operation that differs.
pub(super) fn tests_views(
    api: &Api,
    plans: ExamplePlans,
    names: &Names<'_>,
    crate_ident: &str,
    areas: &Areas,
) -> Result<[TestsView; 2], String> {
    let file_cfg = if areas.features() {
        "#![cfg(feature = \"full\")]".to_string()
    } else {
        String::new()
    };
    let empty = |clients: bool| TestsView {
        crate_ident: crate_ident.to_string(),
        clients,
        file_cfg: file_cfg.clone(),
        decodes: false,
        checks_members: false,
        reads_json: false,
        compares_json: false,
        exchanges: false,
        exchanges_body: false,
        tests: Vec::new(),
    };
    // Each operation's tests are built on any thread, and joined in the operations' order.
    let operations: Vec<&Operation> = api.operations.values().collect();
    let plans = plans.into_operations();
    let mismatch = operations
        .iter()
        .zip(&plans)
        .find(|(op, (name, examples))| op.name != *name || op.examples.len() != examples.len())
        .map(|(op, (name, _))| format!("operation `{}` where the plans have `{name}`", op.name))
        .or_else(|| {
            (operations.len() != plans.len())
                .then(|| format!("{} operations, plans for {}", operations.len(), plans.len()))
        });
    if let Some(mismatch) = mismatch {
        return Err(format!(
            "the examples' plans are not this API's: {mismatch}"
        ));
    }
    let per_operation: Vec<OperationTests> = operations
        .into_par_iter()
        .zip(plans)
        .map(|(op, (_, plans))| operation_tests(op, plans, names))
        .collect();
    let (mut view, mut clients) = (empty(false), empty(true));
    for tests in per_operation {
        view.tests.extend(tests.checks);
        clients.tests.extend(tests.clients);
        clients.exchanges |= tests.exchanges;
        clients.exchanges_body |= tests.exchanges_body;
    }
    for view in [&mut view, &mut clients] {
        let uses = |helper: &str| {
            view.tests
                .par_iter()
                .any(|t| t.lines.iter().any(|l| l.text.contains(helper)))
        };
        view.decodes = uses("decoded(");
        view.checks_members = uses("unknown_members(");
        view.reads_json = uses("json(");
        view.compares_json = uses("without_nulls(");
    }
    Ok([view, clients])
}

/// The tests of one operation's examples.
#[derive(Default)]
struct OperationTests {
    /// Its request and response checks.
    checks: Vec<TestView>,
    /// Its client checks.
    clients: Vec<TestView>,
    /// Whether a client check gets an answer without a body.
    exchanges: bool,
    /// Whether a client check gets an answer with a body.
    exchanges_body: bool,
}

fn operation_tests(
    op: &Operation,
    plans: Vec<Option<ExamplePlan>>,
    names: &Names<'_>,
) -> OperationTests {
    let mut tests = OperationTests::default();
    for (i, (example, plan)) in op.examples.iter().zip(plans).enumerate() {
        let Some(plan) = plan else {
            continue;
        };
        let name = format!("{}_example_{}", op.name, i + 1);
        let source = DocLine::text(&format!("Example at {}.", example.request.location));
        let bodies = Bodies::of(&plan);
        tests.checks.push(TestView {
            source: source.clone(),
            name: format!("{name}_request"),
            lines: request_test(op, &plan, &bodies),
        });
        if let Some(lines) = response_test(op, names, &plan, &bodies) {
            tests.checks.push(TestView {
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
        let answer = answer_body(&plan, &bodies);
        tests.exchanges |= answer.is_none();
        tests.exchanges_body |= answer.is_some();
        tests.clients.push(TestView {
            source,
            name: format!("{name}_client"),
            lines: client_test(op, &plan, &bodies, answer),
        });
    }
    tests
}

fn call(op: &Operation, plan: &ExamplePlan, bodies: &Bodies<'_>) -> Vec<Statement> {
    let mut lines = Vec::new();
    let mut args: Vec<String> = plan.path_args.iter().map(|a| string_literal(a)).collect();
    if let Some((content_type, bytes)) = &plan.upload {
        args.push(string_literal(content_type));
        args.push(format!("{}.as_bytes().to_vec()", string_literal(bytes)));
    }
    if let Some(body) = &bodies.request {
        lines.push(Statement::from_json(
            "let body",
            &body.literal,
            "\"the example body reads as the documented type\"",
        ));
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
        lines.push(Statement::struct_expr(
            "query",
            &format!("endpoints::{}", query_struct_name(op)),
            &set,
            set.len() < fields.len(),
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
    lines.push(if nulls.is_empty() {
        Statement::call(&format!("let request = endpoints::{}(", op.name), &args)
    } else {
        Statement::line(format!(
            "let request = endpoints::{}({}){nulls};",
            op.name,
            args.join(", ")
        ))
    });
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

fn request_test(op: &Operation, plan: &ExamplePlan, bodies: &Bodies<'_>) -> Vec<Statement> {
    let mut lines = call(op, plan, bodies);
    lines.push(Statement::line(format!(
        "assert_eq!(request.method(), Method::{});",
        crate::naming::pascal_case(op.method.as_str())
    )));
    lines.push(assert_path("decoded(request", &[".path()),"], &plan.path));
    let mut query: Option<Tokens> = None;
    for (_, arg, value) in ordered_query(op, plan) {
        let (key, sent) = query_sent(op, arg, value);
        let open = format!("({}", string_literal(&key));
        query = Some(match query {
            None => Tokens::new(&open),
            Some(tokens) => tokens.glue(",").space(&open),
        });
        query = query.map(|tokens| {
            tokens
                .dot(".to_string(),")
                .space(&string_literal(&sent))
                .dot(".to_string())")
        });
    }
    lines.push(match query {
        Some(tokens) => Statement::mac(
            "let expected_query: Vec<(String, String)> = vec![",
            &tokens,
            "];",
        ),
        None => Statement::line("let expected_query: Vec<(String, String)> = vec![];".to_string()),
    });
    lines.push(Statement::line(
        "assert_eq!(request.query(), expected_query.as_slice());".to_string(),
    ));
    match &bodies.request {
        Some(JsonBody {
            value: body,
            literal,
        }) => {
            lines.push(Statement::line(
                "let sent = request.body().cloned().expect(\"the request has a body\");"
                    .to_string(),
            ));
            lines.push(Statement::mac(
                "assert_eq!(",
                &Tokens::new("without_nulls(sent")
                    .dot(".clone()),")
                    .space(&format!("without_nulls(json({literal}))")),
                ");",
            ));
            if let serde_json::Value::Object(map) = body {
                for key in map.iter().filter(|(_, v)| v.is_null()).map(|(k, _)| k) {
                    lines.push(Statement::mac(
                        "assert_eq!(",
                        &Tokens::new("sent")
                            .dot(&format!(".get({}),", string_literal(key)))
                            .space("Some(&")
                            .space("serde_json::Value::Null)"),
                        ");",
                    ));
                }
            }
            lines.push(content_type_check("\"application/json\""));
        }
        None => lines.push(Statement::line(
            "assert_eq!(request.body(), None);".to_string(),
        )),
    }
    if let Some((content_type, bytes)) = &plan.upload {
        lines.push(Statement::mac(
            "assert_eq!(",
            &Tokens::new("request")
                .dot(".bytes(),")
                .space(&format!("Some({}", string_literal(bytes)))
                .dot(".as_bytes())"),
            ");",
        ));
        lines.push(content_type_check(&string_literal(content_type)));
    }
    lines
}

/// `assert_eq!(decoded({receiver}{calls}), {path});`, the path the example shows (`calls`
/// each start with `.`; the last ends with `),`).
fn assert_path(receiver: &str, calls: &[&str], path: &str) -> Statement {
    let tokens = calls
        .iter()
        .fold(Tokens::new(receiver), |tokens, c| tokens.dot(c))
        .space(&string_literal(path));
    Statement::mac("assert_eq!(", &tokens, ");")
}

/// The check that the request sends a `Content-Type` header of `literal`.
pub(super) fn content_type_check(literal: &str) -> Statement {
    let tokens = Tokens::new("request")
        .dot(".headers()")
        .dot(".iter()")
        .dot(".any(|")
        .space("(k,")
        .space("v)")
        .space("|")
        .space("k")
        .space("==")
        .space("\"Content-Type\"")
        .space("&&")
        .space("v")
        .space("==")
        .space(literal)
        .glue(")");
    Statement::mac("assert!(", &tokens, ");")
}

/// `assert_eq!(without_nulls(serde_json::to_value(&{value})...), without_nulls(json({body})));`
fn assert_writes_back(value: &str, body: &JsonBody<'_>) -> Statement {
    let tokens = Tokens::new("without_nulls(serde_json::to_value(&")
        .space(&format!("{value})"))
        .dot(".expect(\"models serialise\")),")
        .space(&format!("without_nulls(json({}))", body.literal));
    Statement::mac("assert_eq!(", &tokens, ");")
}

/// The body of the loop over a response's items that checks they kept no member aside.
const CHECK_MEMBERS: &str = "{ assert!(unknown_members(&item.additional_properties).is_empty(), \"members the model lacks: {:?}\", item.additional_properties.keys()); }";

/// The loop of [`CHECK_MEMBERS`] over a single item, as prettyplease prints it.
const CHECK_MEMBERS_ONCE: &str = concat!(
    "    for item in std::iter::once(&parsed) {\n",
    "        assert!(\n",
    "            unknown_members(& item.additional_properties).is_empty(),\n",
    "            \"members the model lacks: {:?}\", item.additional_properties.keys()\n",
    "        );\n",
    "    }\n",
);

/// The loop of [`CHECK_MEMBERS`] over a collection's items whose `@odata.type` is absent or
/// `literal` (the declared type's name as a string literal), as prettyplease prints it: the
/// filter's closure on one line when it fits, else a call a line, then the comparison in a
/// block of its own, then broken before `==`. Only the literal's width decides which.
fn check_members_of_own_items(literal: &str) -> String {
    let comparison = format!("t.trim_start_matches('#') == {literal}");
    let closure = if "            item.odata_type.as_deref().is_none_or(|t| ".len()
        + comparison.len()
        + ")".len()
        <= MARGIN
    {
        format!("            item.odata_type.as_deref().is_none_or(|t| {comparison})\n")
    } else {
        let calls = "            item\n                .odata_type\n                .as_deref()\n";
        let last = if "                .is_none_or(|t| ".len() + comparison.len() + ")".len()
            <= MARGIN
        {
            format!("                .is_none_or(|t| {comparison})\n")
        } else if "                    ".len() + comparison.len() <= MARGIN {
            format!(
                "                .is_none_or(|t| {{\n                    {comparison}\n                }})\n"
            )
        } else {
            format!(
                "                .is_none_or(|t| {{\n                    t.trim_start_matches('#')\n                        == {literal}\n                }})\n"
            )
        };
        format!("{calls}{last}")
    };
    format!(
        "    for item in parsed\n        .value\n        .iter()\n        .filter(|item| {{\n{closure}        }})\n    {{\n{}",
        &CHECK_MEMBERS_ONCE["    for item in std::iter::once(&parsed) {\n".len()..]
    )
}

fn response_test(
    op: &Operation,
    names: &Names<'_>,
    plan: &ExamplePlan,
    bodies: &Bodies<'_>,
) -> Option<Vec<Statement>> {
    let body = bodies.response.as_ref()?;
    let declared = op.response.body.as_ref()?;
    // A response that names a derived type in `@odata.type` reads as that type.
    let derived = (!declared.collection)
        .then(|| body.value.get("@odata.type").and_then(|t| t.as_str()))
        .flatten()
        .and_then(|t| names.derived_type_path(&declared.ty, t.trim_start_matches('#')));
    let ty = derived.unwrap_or_else(|| response_type(op, names));
    let mut lines = vec![Statement::from_json(
        &format!("let parsed: {ty}"),
        &body.literal,
        "\"the example response reads as the documented type\"",
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
        let literal = string_literal(qualified);
        let own = format!(
            ".filter(|item| item.odata_type.as_deref().is_none_or(|t| t.trim_start_matches('#') == {literal}))"
        );
        lines.push(if declared.collection {
            Statement::fixed(
                &format!("for item in {items}{own} {CHECK_MEMBERS}"),
                &check_members_of_own_items(&literal),
            )
        } else {
            Statement::fixed(
                &format!("for item in {items} {CHECK_MEMBERS}"),
                CHECK_MEMBERS_ONCE,
            )
        });
    }
    lines.push(assert_writes_back("parsed", body));
    Some(lines)
}

/// The body the server answers a client check with, as a literal, and its content type. A raw
/// response wins over a JSON one when the example shows both.
fn answer_body(plan: &ExamplePlan, bodies: &Bodies<'_>) -> Option<(String, &'static str)> {
    match (&bodies.response, &plan.raw_response) {
        (_, Some(raw)) => Some((string_literal(raw), "\"application/octet-stream\"")),
        (Some(body), None) => Some((body.literal.clone(), "\"application/json\"")),
        (None, None) => None,
    }
}

/// The client check: the example's request sent through the client to a server on loopback
/// that answers with the example's response (`answer`, from [`answer_body`]), through the tests file's `exchange` helpers (one
/// generic function per response type, not an async state machine per test).
fn client_test(
    op: &Operation,
    plan: &ExamplePlan,
    bodies: &Bodies<'_>,
    answer: Option<(String, &str)>,
) -> Vec<Statement> {
    let mut lines = call(op, plan, bodies);
    let method = string_literal(op.method.as_str());
    let status = plan.response_status.to_string();
    let mut args = vec!["request".to_string(), method, status];
    let helper = match answer {
        Some((literal, content_type)) => {
            args.push(literal);
            args.push(content_type.to_string());
            "exchange_body"
        }
        None => "exchange",
    };
    lines.push(Statement::call(
        &format!("let (response, received) = {helper}("),
        &args,
    ));
    match (&bodies.response, &plan.raw_response) {
        (Some(body), _) => lines.push(assert_writes_back("response", body)),
        (None, Some(raw)) => lines.push(Statement::mac(
            "assert_eq!(",
            &Tokens::new("response")
                .dot(".0,")
                .space(&string_literal(raw))
                .dot(".as_bytes()"),
            ");",
        )),
        (None, None) => lines.push(Statement::mac(
            "assert_eq!(",
            &Tokens::new("serde_json::to_value(response)")
                .dot(".expect(\"unit serialises\"),")
                .space("serde_json::Value::Null"),
            ");",
        )),
    }
    lines.push(assert_path(
        "decoded(received",
        &[".url", ".path()),"],
        &plan.path,
    ));
    if let Some((_, bytes)) = &plan.upload {
        lines.push(Statement::mac(
            "assert_eq!(",
            &Tokens::new("received")
                .dot(".body,")
                .space(&string_literal(bytes))
                .dot(".as_bytes()"),
            ");",
        ));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The loop over a collection's own items, at every width of the type's name around the
    /// margin's thresholds, is what prettyplease prints.
    #[test]
    fn the_members_check_over_own_items_is_canonical_at_every_width() {
        for n in 1..120 {
            let literal = format!("\"{}\"", "a".repeat(n));
            let source = format!(
                "for item in parsed.value.iter().filter(|item| item.odata_type.as_deref().is_none_or(|t| t.trim_start_matches('#') == {literal})) {CHECK_MEMBERS}"
            );
            let file = format_rust("t.rs", &format!("fn f() {{\n{source}\n}}\n")).expect("parses");
            assert_eq!(
                file,
                format!("fn f() {{\n{}}}\n", check_members_of_own_items(&literal)),
                "{n}"
            );
        }
    }

    #[test]
    fn the_members_check_over_one_item_is_canonical() {
        let source = format!("for item in std::iter::once(&parsed) {CHECK_MEMBERS}");
        let file = format_rust("t.rs", &format!("fn f() {{\n{source}\n}}\n")).expect("parses");
        assert_eq!(file, format!("fn f() {{\n{CHECK_MEMBERS_ONCE}}}\n"));
    }
}
