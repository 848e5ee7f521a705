//! One method and path documented on several pages or lines is one operation: the line the
//! naming rule ranks first defines it (no query before one that shows a use, then the page with
//! the fewest request lines, then path order), later lines add the query options they show, and
//! a line from another page that adds nothing gets a warning (D015). Each (method, path) is
//! merged on its own, on any thread: the result must not depend on the pages' order.

mod common;

use common::{analyze, api_page};

/// Each operation as `METHOD path @ file:line [query options]`, in name order.
fn operations(analysis: &docgen::Analysis) -> Vec<String> {
    analysis
        .api
        .operations
        .values()
        .map(|op| {
            let options: Vec<&str> = op.query_options.iter().map(|o| o.key()).collect();
            format!(
                "{} {} @ {}:{} {options:?}",
                op.method.as_str(),
                op.path,
                op.location.path,
                op.location.line
            )
        })
        .collect()
}

fn repeated(analysis: &docgen::Analysis) -> Vec<String> {
    analysis
        .diagnostics
        .iter()
        .filter(|d| d.code == "D015")
        .map(|d| format!("{}:{}", d.location.path, d.location.line))
        .collect()
}

fn pages() -> Vec<(&'static str, String)> {
    vec![
        // Two lines: the one without a query loses to the page with one line; the one with a
        // query shows `$top`.
        (
            "d/api/thing-list.md",
            api_page("List things", "GET /things\nGET /things?$top=5", "200 OK"),
        ),
        // One line: it defines `GET /things`.
        (
            "d/api/things-get.md",
            api_page("Get things", "GET /things", "200 OK"),
        ),
        // The same path spelt with another parameter name, on a page of its own, and a second
        // page for it that adds nothing.
        (
            "d/api/thing-get.md",
            api_page("Get thing", "GET /things/{id}", "200 OK"),
        ),
        (
            "d/api/thing-get-again.md",
            api_page(
                "Get thing again",
                "GET /things/{thing-id}\nGET /me",
                "200 OK",
            ),
        ),
    ]
}

#[test]
fn the_first_ranked_line_defines_the_operation_and_later_ones_add_or_are_told() {
    let analysis = analyze(&pages());
    assert_eq!(
        operations(&analysis),
        [
            "GET /me @ d/api/thing-get-again.md:15 []",
            "GET /things/{id} @ d/api/thing-get.md:14 []",
            "GET /things @ d/api/things-get.md:14 [\"$top\"]",
        ]
    );
    assert_eq!(
        repeated(&analysis),
        ["d/api/thing-get-again.md:14", "d/api/thing-list.md:14"]
    );
}

#[test]
fn the_merge_does_not_depend_on_the_pages_order() {
    let forward = pages();
    let mut backward = pages();
    backward.reverse();
    let (a, b) = (analyze(&forward), analyze(&backward));
    assert_eq!(operations(&a), operations(&b));
    assert_eq!(a.diagnostics, b.diagnostics);
    assert_eq!(
        a.api.operations.keys().collect::<Vec<_>>(),
        b.api.operations.keys().collect::<Vec<_>>()
    );
}
