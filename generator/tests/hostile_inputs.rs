//! Pages written to crash the generator or blow up its time and memory: each is read past a
//! limit of `docgen::limits` with a diagnostic, never a panic, and the rest of the page is kept.

use docgen::diagnostics::Diagnostic;
use docgen::source::SourceFile;
use std::sync::Arc;

fn page(path: &str, text: String) -> Arc<SourceFile> {
    Arc::new(SourceFile::new(path, text))
}

fn config() -> docgen::Config {
    docgen::Config {
        link: docgen::link::LinkConfig::default(),
        krate: docgen::render::rust::CrateConfig {
            crate_name: "hostile".into(),
            crate_version: "0.1.0".into(),
            description: "hostile".into(),
            docs_note: "hostile pages".into(),
            metadata: Default::default(),
        },
        title: "hostile".into(),
    }
}

/// Generates the pages on a thread with rayon's default 2 MiB worker stack, where deep
/// recursion overflows first.
fn generate_on_small_stack(pages: Vec<Arc<SourceFile>>) -> docgen::Generated {
    std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(move || docgen::generate(&pages, &config()).expect("renders"))
        .expect("thread")
        .join()
        .expect("no panic, no stack overflow")
}

fn codes(diagnostics: &[Diagnostic], code: &str) -> Vec<Diagnostic> {
    diagnostics
        .iter()
        .filter(|d| d.code == code)
        .cloned()
        .collect()
}

/// An api page: one request line, and one example whose request and response bodies are given.
fn api_page(
    request_line: &str,
    example_url: &str,
    request_body: &str,
    response_body: &str,
) -> String {
    format!(
        "---\ndoc_type: apiPageType\n---\n# Create thing\n\nNamespace: microsoft.graph\n\n## HTTP request\n\n```http\n{request_line}\n```\n\n\
         ## Example\n\n### Request\n<!-- {{\n  \"blockType\": \"request\",\n  \"name\": \"create_thing\"\n}} -->\n```http\n{example_url}\n\
         Content-Type: application/json\n\n{request_body}\n```\n\n### Response\n<!-- {{\n  \"blockType\": \"response\"\n}} -->\n```http\n\
         HTTP/1.1 200 OK\nContent-Type: application/json\n\n{response_body}\n```\n"
    )
}

/// A resource page with a base type, and a JSON representation.
fn resource_page(name: &str, base: Option<&str>, property: &str, representation: &str) -> String {
    let inherits = base.map_or(String::new(), |b| {
        format!("Inherits from [{b}]({b}.md).\n\n")
    });
    format!(
        "---\ndoc_type: resourcePageType\n---\n# {name} resource type\n\nNamespace: microsoft.graph\n\n{inherits}\
         ## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|{property}|String|A property.|\n\n\
         ## JSON representation\n<!-- {{\n  \"blockType\": \"resource\",\n  \"@odata.type\": \"microsoft.graph.{name}\"\n}} -->\n\
         ```json\n{representation}\n```\n"
    )
}

#[test]
fn deep_json_in_an_example_is_left_out_with_a_diagnostic() {
    let deep = "[".repeat(100_000);
    let text = api_page(
        "POST /things",
        "POST https://graph.microsoft.com/v1.0/things",
        &deep,
        "{}",
    );
    let generated = generate_on_small_stack(vec![page("api/thing-create.md", text)]);
    let found = codes(&generated.analysis.diagnostics, "D050");
    assert_eq!(found.len(), 1, "{:?}", generated.analysis.diagnostics);
    // At the first line of the example's request block.
    assert_eq!(found[0].location.line, 22);
    // The operation itself is kept; only the example goes.
    assert_eq!(generated.analysis.api.operations.len(), 1);
    assert!(
        generated
            .analysis
            .api
            .operations
            .values()
            .next()
            .expect("operation")
            .examples
            .is_empty()
    );
}

#[test]
fn deep_json_in_an_annotation_is_ignored_with_a_diagnostic() {
    let deep = format!("<!-- {{ \"blockType\": {} -->\n", "{\"a\":".repeat(100_000));
    let text = format!(
        "---\ndoc_type: resourcePageType\n---\n# thing resource type\n\n{deep}\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|name|String|A name.|\n"
    );
    let generated = generate_on_small_stack(vec![page("resources/thing.md", text)]);
    let found = codes(&generated.analysis.diagnostics, "D050");
    assert_eq!(found.len(), 1, "{:?}", generated.analysis.diagnostics);
    assert_eq!(found[0].location.line, 6);
    assert_eq!(generated.analysis.api.types.len(), 1);
}

#[test]
fn deep_json_in_a_json_representation_is_left_out_with_a_diagnostic() {
    let deep = format!("{{\"extra\": {}", "[".repeat(100_000));
    let generated = generate_on_small_stack(vec![page(
        "resources/thing.md",
        resource_page("thing", None, "name", &deep),
    )]);
    let found = codes(&generated.analysis.diagnostics, "D050");
    assert_eq!(found.len(), 1, "{:?}", generated.analysis.diagnostics);
    let thing = generated
        .analysis
        .api
        .types
        .get("microsoft.graph.thing")
        .expect("type kept");
    // The table's property stays; nothing is read from the representation.
    assert_eq!(
        thing
            .properties
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>(),
        ["name"]
    );
}

#[test]
fn a_select_of_5000_properties_leaves_the_example_out() {
    let select = vec!["name"; 5_001].join(",");
    let url = format!("GET https://graph.microsoft.com/v1.0/things?$select={select}");
    let text = api_page("GET /things", &url, "", "{\"value\": []}")
        .replace("# Create thing", "# List things");
    let generated = generate_on_small_stack(vec![page("api/thing-list.md", text)]);
    let found = codes(&generated.analysis.diagnostics, "D051");
    assert_eq!(found.len(), 1, "{:?}", generated.analysis.diagnostics);
    assert!(found[0].message.contains("5001"));
    assert!(
        generated
            .analysis
            .api
            .operations
            .values()
            .all(|op| op.examples.is_empty())
    );
    // No test file in the crate spells out the list.
    assert!(
        generated
            .files
            .values()
            .all(|text| !text.contains("name,name,name"))
    );
}

#[test]
fn an_example_array_of_5000_items_leaves_the_example_out() {
    let items = format!("{{\"value\": [{}]}}", vec!["1"; 5_000].join(","));
    let text = api_page(
        "GET /things",
        "GET https://graph.microsoft.com/v1.0/things",
        "",
        &items,
    );
    let generated = generate_on_small_stack(vec![page("api/thing-list.md", text)]);
    assert_eq!(
        codes(&generated.analysis.diagnostics, "D051").len(),
        1,
        "{:?}",
        generated.analysis.diagnostics
    );
}

#[test]
fn a_one_megabyte_property_name_is_left_out() {
    let long = "a".repeat(1 << 20);
    let text = resource_page("thing", None, &long, "{}").replace(
        "|String|A property.|\n",
        "|String|A property.|\n|name|String|A name.|\n",
    );
    let generated = generate_on_small_stack(vec![page("resources/thing.md", text)]);
    let found = codes(&generated.analysis.diagnostics, "D052");
    assert_eq!(found.len(), 1, "{:?}", generated.analysis.diagnostics);
    let thing = generated
        .analysis
        .api
        .types
        .get("microsoft.graph.thing")
        .expect("type kept");
    assert_eq!(
        thing
            .properties
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>(),
        ["name"]
    );
    assert!(
        generated
            .files
            .values()
            .all(|text| !text.contains(&long[..1000]))
    );
}

#[test]
fn a_path_of_5000_parameters_is_a_rejected_request_line() {
    let path = format!("/things{}", "/{id}".repeat(5_000));
    let text = api_page(
        &format!("GET {path}\nGET /things"),
        "GET https://graph.microsoft.com/v1.0/things",
        "",
        "{\"value\": []}",
    );
    let analysis = docgen::analyze(
        &[page("api/thing-get.md", text)],
        &docgen::link::LinkConfig::default(),
    );
    assert_eq!(
        codes(&analysis.diagnostics, "D053").len(),
        1,
        "{:?}",
        analysis.diagnostics
    );
    assert_eq!(analysis.report.request_lines, 2);
    assert_eq!(analysis.report.request_lines_rejected, 1);
    // The page's other line is kept.
    assert_eq!(analysis.api.operations.len(), 1);
    assert_eq!(
        analysis
            .api
            .operations
            .values()
            .next()
            .expect("operation")
            .path,
        "/things"
    );
}

#[test]
fn a_path_of_64_repeated_parameters_gets_distinct_names() {
    let path = format!("/things{}", "/{id}".repeat(64));
    let text = api_page(
        &format!("GET {path}"),
        "GET https://graph.microsoft.com/v1.0/things",
        "",
        "{}",
    );
    let analysis = docgen::analyze(
        &[page("api/thing-get.md", text)],
        &docgen::link::LinkConfig::default(),
    );
    assert!(codes(&analysis.diagnostics, "D053").is_empty());
    let op = analysis.api.operations.values().next().expect("operation");
    let names: std::collections::BTreeSet<&str> =
        op.path_params.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names.len(), 64);
    assert!(names.iter().all(|n| n.len() <= 12), "{names:?}");
}

#[test]
fn a_2000_level_nested_list_is_read_level_by_level() {
    let list: String = (0..2_000)
        .map(|i| format!("{}- item {i}\n", "  ".repeat(i)))
        .collect();
    let text = format!(
        "---\ndoc_type: resourcePageType\n---\n# thing resource type\n\n{list}\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|name|String|A name.|\n"
    );
    let mut diagnostics = docgen::diagnostics::Diagnostics::default();
    let parsed = docgen::page::parse_page(page("resources/thing.md", text), &mut diagnostics);
    let items: Vec<&str> = parsed
        .blocks
        .iter()
        .filter_map(|b| match &b.kind {
            docgen::page::BlockKind::Paragraph { raw, .. } => Some(raw.as_str()),
            _ => None,
        })
        .collect();
    // One paragraph per level, each holding its own item's source only.
    assert_eq!(items.len(), 2_000);
    assert!(
        items
            .iter()
            .enumerate()
            .all(|(i, raw)| *raw == format!("- item {i}")),
        "{:?}",
        &items[..3]
    );
    assert!(
        parsed
            .section(docgen::page::SectionKind::Properties)
            .is_some()
    );
}

/// Every cell has a location, and a column far into a long line is counted from blocks of the
/// text rather than from the line's start (which was quadratic in the line's length: 0.79 s
/// for three such rows in a release build, 0.08 s now; no test here is timed). The columns
/// still count characters: the row holds two-byte ones.
#[test]
fn a_table_row_of_100000_cells_on_one_line_locates_every_cell() {
    let cells = 100_000;
    let row = |cell: &str| format!("|{}|\n", vec![cell; cells].join("|"));
    let text = format!(
        "---\ndoc_type: resourcePageType\n---\n# thing resource type\n\n## Properties\n{}{}{}",
        row("h"),
        row("-"),
        row("é")
    );
    let mut diagnostics = docgen::diagnostics::Diagnostics::default();
    let parsed = docgen::page::parse_page(page("resources/thing.md", text), &mut diagnostics);
    let table = parsed
        .blocks
        .iter()
        .find_map(|b| match &b.kind {
            docgen::page::BlockKind::Table(t) => Some(t),
            _ => None,
        })
        .expect("the table is read");
    let cells_read = &table.rows[0];
    assert_eq!(cells_read.len(), cells);
    // Cell i starts after i + 1 pipes and i two-byte characters: column 2i + 2, counting
    // characters.
    for (i, cell) in cells_read.iter().enumerate().step_by(9_973) {
        assert_eq!(
            (cell.location.line, cell.location.col as usize),
            (9, 2 * i + 2),
            "cell {i}"
        );
    }
}

#[test]
fn an_inheritance_cycle_of_three_types_is_broken_once() {
    let pages = vec![
        page("resources/a.md", resource_page("a", Some("b"), "one", "{}")),
        page("resources/b.md", resource_page("b", Some("c"), "two", "{}")),
        page(
            "resources/c.md",
            resource_page("c", Some("a"), "three", "{}"),
        ),
    ];
    let generated = generate_on_small_stack(pages);
    let found = codes(&generated.analysis.diagnostics, "D054");
    assert_eq!(found.len(), 1, "{:?}", generated.analysis.diagnostics);
    // Walked from `a` (name order): a → b → c → a, closed by `c`.
    assert_eq!(&*found[0].location.path, "resources/c.md");
    let types = &generated.analysis.api.types;
    let base = |name: &str| {
        types
            .get(&format!("microsoft.graph.{name}"))
            .and_then(|t| t.base.clone())
    };
    assert_eq!(base("a").as_deref(), Some("microsoft.graph.b"));
    assert_eq!(base("b").as_deref(), Some("microsoft.graph.c"));
    assert_eq!(base("c"), None);
    let openapi = &generated.files["openapi.yaml"];
    assert!(openapi.contains("microsoft.graph.a"));
}

#[test]
fn a_json_representation_of_1001_members_is_left_out() {
    let members: Vec<String> = (0..1_001)
        .map(|i| format!("\"m{i}\": \"String\""))
        .collect();
    let representation = format!("{{{}}}", members.join(", "));
    let generated = generate_on_small_stack(vec![page(
        "resources/thing.md",
        resource_page("thing", None, "name", &representation),
    )]);
    assert_eq!(
        codes(&generated.analysis.diagnostics, "D051").len(),
        1,
        "{:?}",
        generated.analysis.diagnostics
    );
    assert!(codes(&generated.analysis.diagnostics, "D027").is_empty());
}

#[test]
fn members_only_in_a_json_representation_are_placed_on_their_line_and_column() {
    let representation = "{\n  \"name\": \"String\", \"extra\": \"String\",\n  \"more\": 1\n}";
    let generated = generate_on_small_stack(vec![page(
        "resources/thing.md",
        resource_page("thing", None, "name", representation),
    )]);
    let found = codes(&generated.analysis.diagnostics, "D027");
    let places: Vec<(u32, u32)> = found
        .iter()
        .map(|d| (d.location.line, d.location.col))
        .collect();
    // The block's `{` is on line 19 of the page.
    assert_eq!(places, [(20, 21), (21, 3)], "{found:?}");
}

#[test]
fn a_path_parameter_name_past_the_name_limit_rejects_the_line() {
    let line = format!("GET /things/{{{}}}", "p".repeat(300));
    let text = api_page(
        &line,
        "GET https://graph.microsoft.com/v1.0/things/1",
        "",
        "{}",
    );
    let analysis = docgen::analyze(
        &[page("api/thing-get.md", text)],
        &docgen::link::LinkConfig::default(),
    );
    let found = codes(&analysis.diagnostics, "D053");
    assert_eq!(found.len(), 1, "{:?}", analysis.diagnostics);
    assert!(found[0].message.contains("300 bytes"));
    assert!(analysis.api.operations.is_empty());
}

#[test]
fn two_pages_of_one_type_with_5000_properties_each_merge_by_name() {
    let rows = |from: usize, ty: &str| -> String {
        (from..from + 5_000)
            .map(|i| format!("|p{i}|{ty}|A property.|\n"))
            .collect()
    };
    let with_rows = |rows: String| {
        resource_page("thing", None, "p0", "{}").replace("|p0|String|A property.|\n", &rows)
    };
    // The second page repeats half of the first's names, one of them with another type.
    let second = rows(2_500, "String").replace("|p2500|String|", "|p2500|Int32|");
    let pages = vec![
        page("resources/thing.md", with_rows(rows(0, "String"))),
        page("resources/thing2.md", with_rows(second)),
    ];
    let generated = generate_on_small_stack(pages);
    let thing = generated
        .analysis
        .api
        .types
        .get("microsoft.graph.thing")
        .expect("type");
    assert_eq!(thing.properties.len(), 7_500);
    assert_eq!(
        thing
            .properties
            .iter()
            .map(|p| p.name.as_str())
            .collect::<std::collections::BTreeSet<_>>()
            .len(),
        7_500
    );
    assert_eq!(
        codes(&generated.analysis.diagnostics, "D023").len(),
        1,
        "{:?}",
        codes(&generated.analysis.diagnostics, "D023")
    );
}
