//! Requests a page's examples make that its request lines leave out, where Graph's own rules
//! say they are requests of the page's operation: `/me` for `/users/{id}` (D033), a function
//! called with the arguments the page's parameter tables list (D035), a collection cast to a
//! derived type (D036). Each becomes an operation of its own, which the example then checks.
//! Then the accounting of the examples that still fit no line (D016).

use super::operations::{Shared, form_fits, function_argument, path_fits, path_template};
use super::{Fragments, OperationDraft};
use crate::diagnostics::{self, Diagnostics};
use crate::ir::{Example, Property, ResponseBody, TypeExpr};
use crate::literal::{self, literal};
use crate::request_line::Segment;

/// Adds the operations for requests the examples show beyond the page's lines.
pub(super) fn add(
    shared: &Shared,
    documented: &[Property],
    fragments: &mut Fragments,
    diagnostics: &mut Diagnostics,
) {
    me_aliases(shared, fragments, diagnostics);
    functions_called(shared, documented, fragments, diagnostics);
    casts(shared, fragments, diagnostics);
}

/// Counts and says the examples whose URL fits none of the page's operations: they check
/// nothing, so they count as failing examples (D016). Says which examples fit only through the
/// drive shorthand (D034).
pub(super) fn account(shared: &Shared, fragments: &mut Fragments, diagnostics: &mut Diagnostics) {
    for example in &shared.examples {
        if !fits_a_line(fragments, example) {
            fragments.unmatched_examples += 1;
            diagnostics.push(
                diagnostics::EXAMPLE_CONTRADICTS,
                example.request.location.clone(),
                format!(
                    "the example `{} {}` fits none of the page's request lines",
                    example.request.method.as_str(),
                    example.request.url
                ),
            );
        } else if let Some(spelled_out) = fitted_through_drive_shorthand(fragments, example) {
            diagnostics.push(
                diagnostics::DRIVE_SHORTHAND,
                example.request.location.clone(),
                format!("the example's path is the drive shorthand of `{spelled_out}`, which the request line documents; it is checked as that"),
            );
        }
    }
}

/// An operation for the request `example` shows, built like the line's it derives from, and
/// the diagnostic that says why it is added: `why` and then the request.
fn shown_draft(
    shared: &Shared,
    example: &Example,
    segments: Vec<Segment>,
    line: &OperationDraft,
    (code, why): (&'static str, String),
    diagnostics: &mut Diagnostics,
) -> OperationDraft {
    let method = example.request.method;
    let (template, _) = path_template(&segments);
    diagnostics.push(
        code,
        example.request.location.clone(),
        format!(
            "{why}; `{} {template}` is added as an operation",
            method.as_str()
        ),
    );
    let mut operation = shared.operation(method, &segments, line.operation.location.clone());
    // The line's options and parameters, and the options its own examples use.
    for option in &line.operation.query_options {
        if !operation.query_options.contains(option) {
            operation.query_options.push(*option);
        }
    }
    operation.query_options.sort();
    operation.query_params = line.operation.query_params.clone();
    let body_rows = if operation.body.is_some() {
        shared.body_rows.clone()
    } else {
        None
    };
    OperationDraft {
        namespace: line.namespace.clone(),
        operation,
        segments,
        query_in_line: false,
        page_request_lines: 0,
        body_rows,
    }
}

/// `/me` is Graph's alias of `/users/{id}` for the signed-in user. A page that lists only
/// `/users/{id}/ownedDevices` but shows its example on `/me/ownedDevices` documents that request
/// too: it becomes an operation of its own (D033), which the example then checks.
fn me_aliases(shared: &Shared, fragments: &mut Fragments, diagnostics: &mut Diagnostics) {
    let page_drafts = fragments.operations.len();
    for example in &shared.examples {
        let fitted = fits_a_line(fragments, example);
        let path = example_path(&example.request.url);
        let on_me = path
            .split('/')
            .next()
            .is_some_and(|first| first.eq_ignore_ascii_case("me"));
        if fitted || !on_me {
            continue;
        }
        let as_user = format!(
            "users/{{id}}/{}",
            path.split_once('/').map_or("", |(_, rest)| rest)
        );
        let line = fragments.operations[..page_drafts].iter().find(|d| {
            d.operation.method == example.request.method
                && matches!(d.segments.as_slice(), [Segment::Literal(users), Segment::Param(_), ..] if users.eq_ignore_ascii_case("users"))
                && path_fits(&as_user, &d.segments)
        });
        let Some(line) = line else { continue };
        let mut segments = vec![Segment::Literal("me".to_string())];
        segments.extend(line.segments[2..].iter().cloned());
        let why = format!(
            "the example uses `/me`, the signed-in user's `{}`",
            line.operation.path
        );
        let draft = shown_draft(
            shared,
            example,
            segments,
            line,
            (diagnostics::ME_ALIAS, why),
            diagnostics,
        );
        fragments.operations.push(draft);
    }
}

/// The examples no operation of the page took yet, each with its path split before its last
/// segment (keys as segments).
fn unfitted<'s>(shared: &'s Shared, fragments: &Fragments) -> Vec<(&'s Example, String, String)> {
    shared
        .examples
        .iter()
        .filter(|example| !fits_a_line(fragments, example))
        .filter_map(|example| {
            let path = crate::addressing::keys_as_segments(example_path(&example.request.url));
            let (prefix, last) = path.rsplit_once('/')?;
            Some((example, prefix.to_string(), last.to_string()))
        })
        .collect()
}

/// Whether one of the page's operations took the example (it fits that operation's line).
fn fits_a_line(fragments: &Fragments, example: &Example) -> bool {
    fragments
        .operations
        .iter()
        .any(|d| d.operation.examples.contains(example))
}

/// The example's path with the drive shorthands written out, when only that spelling fits the
/// line that took the example.
fn fitted_through_drive_shorthand(fragments: &Fragments, example: &Example) -> Option<String> {
    let written = crate::addressing::keys_as_segments(example_path(&example.request.url));
    let mut taken_by = fragments
        .operations
        .iter()
        .filter(|d| d.operation.examples.contains(example));
    if taken_by.any(|d| form_fits(&written, &d.segments)) {
        return None;
    }
    crate::addressing::without_drive_shorthand(&written).map(|p| format!("/{p}"))
}

/// An example URL's path below the service root, without a leading `/`.
pub(super) fn example_path(url: &str) -> &str {
    let path = url.split(['?', '#']).next().unwrap_or("");
    match literal::split_once(path, literal!("graph.microsoft.com/")) {
        Some((_, rest)) => rest.split_once('/').map_or("", |(_, p)| p),
        None => path.trim_start_matches('/'),
    }
}

/// An example that calls the last segment of a line with named arguments the page's parameter
/// tables list (`filterByCurrentUser(on='...')` where the line writes `filterByCurrentUser` and
/// a table lists `on`) shows that call: it becomes an operation with those arguments in the
/// path (D035), which OData passes in parentheses.
fn functions_called(
    shared: &Shared,
    documented: &[Property],
    fragments: &mut Fragments,
    diagnostics: &mut Diagnostics,
) {
    let page_drafts = fragments.operations.len();
    for (example, prefix, last) in unfitted(shared, fragments) {
        // An operation added for an earlier example may have taken this one.
        if fits_a_line(fragments, example) {
            continue;
        }
        let (prefix, last) = (prefix.as_str(), last.as_str());
        let Some((called, arguments)) = last.strip_suffix(')').and_then(|l| l.split_once('('))
        else {
            continue;
        };
        let names: Vec<&str> = arguments
            .split(',')
            .map(|a| a.split('=').next().unwrap_or("").trim())
            .collect();
        let params: Option<Vec<&Property>> = names
            .iter()
            .map(|n| {
                documented
                    .iter()
                    .find(|p| !n.is_empty() && p.name.eq_ignore_ascii_case(n))
            })
            .collect();
        let Some(params) = params else { continue };
        let line = fragments.operations[..page_drafts].iter().find(|d| {
            let Some((last, before)) = d.segments.split_last() else {
                return false;
            };
            let names_the_function = match last {
                Segment::Literal(l) => l.eq_ignore_ascii_case(called),
                Segment::Function { name, args } => {
                    args.is_empty() && name.eq_ignore_ascii_case(called)
                }
                _ => false,
            };
            d.operation.method == example.request.method
                && names_the_function
                && path_fits(prefix, before)
        });
        let Some(line) = line else { continue };
        let args = params.iter().copied().map(function_argument).collect();
        let mut segments = line.segments.clone();
        if let Some(last) = segments.last_mut() {
            *last = Segment::Function {
                name: called.to_string(),
                args,
            };
        }
        let why = format!(
            "the example calls `{called}` with arguments the page lists as parameters, where the request line `{}` leaves them out",
            line.operation.path
        );
        let mut draft = shown_draft(
            shared,
            example,
            segments,
            line,
            (diagnostics::FUNCTION_CALL_SHOWN, why),
            diagnostics,
        );
        // The arguments are in the path now, not in the query.
        draft
            .operation
            .query_params
            .retain(|q| !params.iter().any(|p| p.name.eq_ignore_ascii_case(&q.name)));
        fragments.operations.push(draft);
    }
}

const NAMESPACE: &str = "microsoft.graph.";

/// An example on a line's collection cast to a derived type (`/groups/{id}/transitiveMembers/
/// microsoft.graph.user`), an OData cast Graph serves on any collection, shows that request: it
/// becomes an operation returning the derived type (D036).
fn casts(shared: &Shared, fragments: &mut Fragments, diagnostics: &mut Diagnostics) {
    let page_drafts = fragments.operations.len();
    for (example, prefix, last) in unfitted(shared, fragments) {
        // An operation added for an earlier example may have taken this one.
        if fits_a_line(fragments, example) {
            continue;
        }
        let (prefix, last) = (prefix.as_str(), last.as_str());
        let Some(derived) = last
            .get(..NAMESPACE.len())
            .filter(|ns| ns.eq_ignore_ascii_case(NAMESPACE))
            .map(|_| &last[NAMESPACE.len()..])
        else {
            continue;
        };
        if derived.is_empty() {
            continue;
        }
        let line = fragments.operations[..page_drafts].iter().find(|d| {
            d.operation.method == example.request.method
                && d.operation
                    .response
                    .body
                    .as_ref()
                    .is_some_and(|b| b.collection)
                && path_fits(prefix, &d.segments)
        });
        let Some(line) = line else { continue };
        let cast = format!("{NAMESPACE}{derived}");
        let mut segments = line.segments.clone();
        segments.push(Segment::Literal(cast.clone()));
        let why = format!(
            "the example casts `{}` to `{cast}`, an operation returning that type",
            line.operation.path
        );
        let mut draft = shown_draft(
            shared,
            example,
            segments,
            line,
            (diagnostics::CAST_SHOWN, why),
            diagnostics,
        );
        draft.operation.response.body = Some(ResponseBody {
            ty: TypeExpr::Named(cast),
            collection: true,
        });
        fragments.operations.push(draft);
    }
}
