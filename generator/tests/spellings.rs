//! Names the docs spell two ways, made one for generators (issue 14): a type's properties that
//! differ only in case (D043) or give one identifier (D047), tags that differ only in case (D044), and a path parameter that
//! a query parameter spells alike once case and punctuation are dropped (D045).

use docgen::source::SourceFile;
use std::sync::Arc;

const RESOURCE: &str = "---\ntitle: \"printerLocation resource type\"\ndoc_type: resourcePageType\n---\n\n# printerLocation resource type\n\nNamespace: microsoft.graph\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|floor|String|The floor.|\n|subUnit|String|The sub-unit.|\n|subunit|String|The sub-unit again.|\n\n## JSON representation\n<!-- {\n  \"blockType\": \"resource\",\n  \"@odata.type\": \"microsoft.graph.printerLocation\"\n}\n-->\n``` json\n{\n  \"floor\": \"String\",\n  \"subUnit\": \"String\"\n}\n```\n";

fn api_page(title: &str, lines: &str, status: &str) -> String {
    format!(
        "---\ntitle: \"{title}\"\ndoc_type: apiPageType\n---\n\n# {title}\n\nNamespace: microsoft.graph\n\n## HTTP request\n\n<!-- {{ \"blockType\": \"ignored\" }} -->\n``` http\n{lines}\n```\n\n## Response\n\nIf successful, this method returns a `{status}` response code.\n"
    )
}

fn analyze(pages: &[(&str, String)]) -> docgen::Analysis {
    let sources: Vec<Arc<SourceFile>> = pages
        .iter()
        .map(|(path, text)| Arc::new(SourceFile::new(*path, text.as_str())))
        .collect();
    docgen::analyze(
        &sources,
        &docgen::link::LinkConfig {
            version: Some("v1.0".into()),
        },
    )
}

fn codes(analysis: &docgen::Analysis, code: &str) -> Vec<String> {
    analysis
        .diagnostics
        .iter()
        .filter(|d| d.code == code)
        .map(|d| format!("{}:{} {}", d.location.path, d.location.line, d.message))
        .collect()
}

#[test]
fn properties_that_differ_only_in_case_are_one_kept_as_first_documented() {
    let analysis = analyze(&[("d/resources/printerlocation.md", RESOURCE.to_string())]);
    let ty = &analysis.api.types["microsoft.graph.printerLocation"];
    let names: Vec<&str> = ty.properties.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["floor", "subUnit"]);
    let found = codes(&analysis, "D043");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains(":15 ") && found[0].contains("kept as `subUnit`"),
        "{found:?}"
    );
}

/// A resource page whose property table has the given rows (`name|type|description`).
fn resource(name: &str, rows: &[&str]) -> String {
    let rows: String = rows.iter().map(|r| format!("|{r}|\n")).collect();
    format!(
        "---\ntitle: \"{name} resource type\"\ndoc_type: resourcePageType\n---\n\n# {name} resource type\n\nNamespace: microsoft.graph\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n{rows}"
    )
}

#[test]
fn properties_that_give_one_identifier_keep_the_one_not_deprecated() {
    let search = resource(
        "searchQuery",
        &[
            "query_string (deprecated)|String|Replaced by **queryString**.",
            "queryString|String|The query.",
            "size|Int32|How many.",
        ],
    );
    let hit = resource(
        "searchHit",
        &["rank|Int32|The rank.", "Rank_|Int32|The rank again."],
    );
    let analysis = analyze(&[
        ("d/resources/searchquery.md", search),
        ("d/resources/searchhit.md", hit),
    ]);
    let names = |ty: &str| -> Vec<String> {
        analysis.api.types[ty]
            .properties
            .iter()
            .map(|p| p.name.clone())
            .collect()
    };
    // The deprecated spelling goes though it is documented first; with neither deprecated,
    // the first row stays.
    assert_eq!(
        names("microsoft.graph.searchQuery"),
        ["queryString", "size"]
    );
    assert_eq!(names("microsoft.graph.searchHit"), ["rank"]);
    let found = codes(&analysis, "D047");
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found
            .iter()
            .any(|d| d.starts_with("d/resources/searchquery.md:13 ")
                && d.contains("`query_string`")
                && d.contains("(the other is deprecated)")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|d| d.starts_with("d/resources/searchhit.md:14 ")
                && d.contains("kept: `rank` (documented first)")),
        "{found:?}"
    );
    assert!(codes(&analysis, "D043").is_empty());
}

#[test]
fn tags_that_differ_only_in_case_take_the_spelling_most_paths_use() {
    let analysis = analyze(&[
        (
            "d/api/role-list.md",
            api_page("List roles", "GET /directoryRoles", "200 OK"),
        ),
        (
            "d/api/role-get.md",
            api_page("Get role", "GET /directoryRoles/{id}", "200 OK"),
        ),
        (
            "d/api/role-members.md",
            api_page("List members", "GET /directoryroles/{id}/members", "200 OK"),
        ),
    ]);
    let found = codes(&analysis, "D044");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("d/api/role-members.md:"), "{found:?}");
    let spec = docgen::render::openapi::render_openapi(&analysis.api, "t", "1.2.3");
    let yaml: serde_yaml::Value = serde_yaml::from_str(&spec).expect("YAML");
    let tags: Vec<&str> = yaml["tags"]
        .as_sequence()
        .expect("tags")
        .iter()
        .filter_map(|t| t["name"].as_str())
        .collect();
    assert_eq!(tags, ["directoryRoles"]);
    assert_eq!(yaml["info"]["version"].as_str(), Some("1.2.3"));
    assert_eq!(yaml["info"]["x-ms-graph-version"].as_str(), Some("v1.0"));
}

#[test]
fn a_path_parameter_spelt_like_a_query_parameter_is_renamed_on_every_operation_of_its_path() {
    let analysis = analyze(&[
        (
            "d/api/group-delete-senders.md",
            api_page(
                "Remove sender",
                "DELETE /groups/{id}/acceptedSenders/$ref?$id=https://graph.microsoft.com/v1.0/users/{user-id}",
                "204 No Content",
            ),
        ),
        (
            "d/api/group-post-senders.md",
            api_page(
                "Add sender",
                "POST /groups/{id}/acceptedSenders/$ref",
                "204 No Content",
            ),
        ),
    ]);
    let paths: Vec<(&str, Vec<&str>)> = analysis
        .api
        .operations
        .values()
        .map(|op| {
            (
                op.path.as_str(),
                op.path_params.iter().map(|p| p.name.as_str()).collect(),
            )
        })
        .collect();
    let found = codes(&analysis, "D045");
    assert!(!found.is_empty(), "{paths:?} {:?}", analysis.diagnostics);
    for (path, params) in &paths {
        assert_eq!(
            *path, "/groups/{group-id}/acceptedSenders/$ref",
            "{paths:?}"
        );
        assert_eq!(params, &["group-id"]);
    }
}
