//! Example request/response pairs: annotated `request`/`response` blocks, or the Intune
//! dialect's unannotated `http` blocks under an example heading.

use crate::diagnostics::{self, Diagnostics};
use crate::ir::{Example, ExampleRequest, ExampleResponse};
use crate::limits::{MAX_ITEMS, MAX_JSON_DEPTH, json_too_deep, line_col_in, most_items};
use crate::literal::{self, literal};
use crate::page::{BlockKind, CodeBlock, Page, SectionKind};
use crate::request_line::{Line, parse_line};
use crate::source::Location;

enum Role {
    Request,
    Response,
}

/// Example pairs in page order; a request with no response after it keeps `response: None`.
pub fn extract(page: &Page, diagnostics: &mut Diagnostics) -> Vec<Example> {
    let in_examples = example_blocks(page);
    let mut examples: Vec<Example> = Vec::new();
    let mut index = 0;
    for (i, block) in page.blocks.iter().enumerate() {
        let BlockKind::Code(code) = &block.kind else {
            continue;
        };
        match role(code, in_examples.get(i).copied().unwrap_or(false)) {
            Some(Role::Request) => {
                index += 1;
                // Checked before the request line is read: a list this long also makes the
                // line too long to read.
                let start = code
                    .text
                    .lines()
                    .find(|l| !l.trim().is_empty())
                    .unwrap_or("");
                if let Some(count) = select_count(start).filter(|n| *n > MAX_ITEMS) {
                    diagnostics.push(
                        diagnostics::TOO_MANY_ITEMS,
                        code.location.clone(),
                        format!("the example's `$select` names {count} properties, more than {MAX_ITEMS}; the example is left out"),
                    );
                    continue;
                }
                if let Some(request) = parse_request(code) {
                    let name = code
                        .annotation
                        .as_ref()
                        .and_then(|a| a.str("name"))
                        .map_or_else(|| format!("example_{index}"), str::to_string);
                    examples.push(Example {
                        name,
                        request,
                        response: None,
                    });
                }
            }
            Some(Role::Response) => {
                if let Some(last) = examples.last_mut().filter(|e| e.response.is_none()) {
                    last.response = Some(parse_response(code));
                }
            }
            None => {}
        }
    }
    examples
}

/// The examples whose JSON stays within [`crate::limits`]; each one left
/// out is a diagnostic at the place that goes past a limit (D050, D051).
pub fn within_limits(examples: Vec<Example>, diagnostics: &mut Diagnostics) -> Vec<Example> {
    examples
        .into_iter()
        .filter(|example| fits_limits(example, diagnostics))
        .collect()
}

fn fits_limits(example: &Example, diagnostics: &mut Diagnostics) -> bool {
    let request = &example.request;
    let bodies = [request.body.as_deref().map(|b| (b, &request.location))]
        .into_iter()
        .chain([example
            .response
            .as_ref()
            .and_then(|r| r.body.as_deref().map(|b| (b, &r.location)))]);
    for (body, location) in bodies.flatten() {
        if let Some(at) = json_too_deep(body, MAX_JSON_DEPTH) {
            // The body starts after the start line and headers: point at the block.
            let (line, _) = line_col_in(body, at);
            diagnostics.push(
                diagnostics::JSON_TOO_DEEP,
                location.clone(),
                format!("the example's JSON nests deeper than {MAX_JSON_DEPTH} levels (at line {} of its body); the example is left out", line + 1),
            );
            return false;
        }
        // An array or object of more than MAX_ITEMS items has at least MAX_ITEMS commas: only
        // then is the body worth reading here.
        if body.matches(',').count() >= MAX_ITEMS
            && let Ok(value) = crate::examples::example_json(body)
            && most_items(&value) > MAX_ITEMS
        {
            diagnostics.push(
                diagnostics::TOO_MANY_ITEMS,
                location.clone(),
                format!("the example's JSON has an array or object of {} items, more than {MAX_ITEMS}; the example is left out", most_items(&value)),
            );
            return false;
        }
    }
    true
}

/// How many properties the `$select=` of a request line or URL names, if it has one.
fn select_count(line: &str) -> Option<usize> {
    let (_, query) = line.split_once('?')?;
    let query = query.split_whitespace().next().unwrap_or("");
    query
        .split('&')
        .find_map(|pair| {
            pair.strip_prefix("$select=")
                .or_else(|| pair.strip_prefix("select="))
        })
        .map(|list| list.split(',').count())
}

/// For each block: whether it sits under an example heading.
fn example_blocks(page: &Page) -> Vec<bool> {
    let mut inside = false;
    let mut level = 0;
    page.blocks
        .iter()
        .map(|b| {
            if let BlockKind::Heading { level: l, text } = &b.kind {
                let kind = SectionKind::of_heading(text);
                if kind == SectionKind::Examples {
                    inside = true;
                    level = *l;
                } else if inside && *l <= level {
                    inside = false;
                }
            }
            inside
        })
        .collect()
}

fn role(code: &CodeBlock, in_examples: bool) -> Option<Role> {
    if let Some(annotation) = &code.annotation {
        return match annotation.block_type() {
            Some("request") => Some(Role::Request),
            Some("response") => Some(Role::Response),
            _ => None,
        };
    }
    if !in_examples || !(code.lang.is_empty() || code.lang == "http") {
        return None;
    }
    let first = code.text.lines().find(|l| !l.trim().is_empty())?.trim();
    if first.starts_with("HTTP/") {
        Some(Role::Response)
    } else if matches!(parse_line(first), Line::Request(_)) {
        Some(Role::Request)
    } else {
        None
    }
}

/// Splits an HTTP message into its start line, headers and body. Blank lines between the
/// start line and the headers (an Intune-page habit) are skipped; the body starts after the
/// first blank line that follows a header, or at the first line that opens JSON.
fn split_message(text: &str) -> (&str, Vec<(String, String)>, Option<String>) {
    let mut lines = text.lines().skip_while(|l| l.trim().is_empty());
    let start = lines.next().unwrap_or("").trim();
    let start = if start.starts_with(['{', '[']) {
        ""
    } else {
        start
    };
    let mut headers = Vec::new();
    let mut body = String::new();
    let mut in_body = start.is_empty() && text.trim_start().starts_with(['{', '[']);
    if in_body {
        return (start, headers, Some(text.trim().to_string()));
    }
    for line in lines {
        if in_body {
            body.push_str(line);
            body.push('\n');
            continue;
        }
        let trimmed = line.trim();
        if trimmed.is_empty() {
            in_body = !headers.is_empty();
            continue;
        }
        if trimmed.starts_with(['{', '[', '"']) {
            in_body = true;
            body.push_str(line);
            body.push('\n');
            continue;
        }
        match trimmed.split_once(':') {
            Some((name, value)) if !name.contains(' ') => {
                headers.push((name.trim().to_string(), value.trim().to_string()))
            }
            _ => {
                in_body = true;
                body.push_str(line);
                body.push('\n');
            }
        }
    }
    let body = body.trim();
    (start, headers, (!body.is_empty()).then(|| body.to_string()))
}

fn parse_request(code: &CodeBlock) -> Option<ExampleRequest> {
    let (start, headers, body) = split_message(&code.text);
    let Line::Request(line) = parse_line(start) else {
        return None;
    };
    // The URL runs to the end of the line (`search(q='Contoso Project')` has a space), less
    // an `HTTP/1.1` some pages add.
    let target = start
        .split_once(char::is_whitespace)
        .map_or("", |(_, rest)| rest.trim());
    let target = match target.rsplit_once(char::is_whitespace) {
        Some((url, version)) if version.starts_with("HTTP/") => url.trim_end(),
        _ => target,
    };
    let url = target.to_string();
    Some(ExampleRequest {
        method: line.method,
        url,
        headers,
        body,
        location: code.location.clone(),
    })
}

fn parse_response(code: &CodeBlock) -> ExampleResponse {
    let (start, _, body) = split_message(&code.text);
    let status = start
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let truncated = code
        .annotation
        .as_ref()
        .is_some_and(|a| a.bool("truncated"));
    // `"isCollection": true` beside a plain type name says what `Collection(...)` says.
    let odata_type = code.annotation.as_ref().and_then(|a| {
        let t = a.str("@odata.type")?.trim();
        let collection =
            a.bool("isCollection") && !t.to_ascii_lowercase().starts_with("collection(");
        (!t.is_empty()).then(|| {
            if collection {
                format!("Collection({t})")
            } else {
                t.to_string()
            }
        })
    });
    ExampleResponse {
        status,
        body,
        truncated,
        odata_type,
        location: code.location.clone(),
    }
}

/// Whether an example URL is a Microsoft Graph request: a path, or a URL on graph.microsoft.com.
pub fn targets_graph(url: &str) -> bool {
    match url::Url::parse(url) {
        Ok(parsed) => parsed
            .host_str()
            .is_some_and(|h| h.eq_ignore_ascii_case("graph.microsoft.com")),
        // Not absolute: a path below the service root.
        Err(_) => true,
    }
}

/// The API version an example URL names: `https://graph.microsoft.com/beta/...` → `beta`.
pub fn url_version(url: &str) -> Option<&str> {
    let rest = literal::split_once(url, literal!("graph.microsoft.com/"))?.1;
    let version = rest.split('/').next()?;
    matches!(version, "v1.0" | "beta").then_some(version)
}

/// Location of the version in an example URL, on the request's first line.
pub fn version_location(request: &ExampleRequest) -> Location {
    let at = request
        .url
        .find("graph.microsoft.com/")
        .map_or(0, |i| i + "graph.microsoft.com".len());
    let col = request.location.col as usize + request.method.as_str().len() + 1 + at;
    Location {
        col: col as u32,
        ..request.location.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_parts() {
        let (start, headers, body) =
            split_message("POST https://x/y\nContent-Type: application/json\n\n{\n  \"a\": 1\n}\n");
        assert_eq!(start, "POST https://x/y");
        assert_eq!(
            headers,
            [("Content-Type".to_string(), "application/json".to_string())]
        );
        assert_eq!(body.as_deref(), Some("{\n  \"a\": 1\n}"));
        let (start, headers, body) = split_message("HTTP/1.1 204 No Content\n");
        assert_eq!(
            (start, headers.len(), body),
            ("HTTP/1.1 204 No Content", 0, None)
        );
        // Intune pages put a blank line between the request line and the headers.
        let (_, headers, body) =
            split_message("POST https://x/y\n\nContent-type: application/json\n\n{\"a\": 1}\n");
        assert_eq!(headers.len(), 1);
        assert_eq!(body.as_deref(), Some("{\"a\": 1}"));
    }

    #[test]
    fn graph_requests() {
        assert!(targets_graph("https://graph.microsoft.com/v1.0/me"));
        assert!(targets_graph("/me/events"));
        assert!(!targets_graph("https://bot.contoso.com/api/calls"));
        assert!(!targets_graph(
            "https://sn3302.up.1drv.com/up/fe6987415ace7X4e1eF866337"
        ));
    }

    #[test]
    fn versions() {
        assert_eq!(
            url_version("https://graph.microsoft.com/beta/me"),
            Some("beta")
        );
        assert_eq!(
            url_version("https://graph.microsoft.com/v1.0/me"),
            Some("v1.0")
        );
        assert_eq!(url_version("/me"), None);
    }
}
