//! Names the docs spell two ways, made one for generators (issue 14): a type's properties that
//! differ only in case (D043) or give one identifier (D047), tags that differ only in case
//! (D044), a path parameter that a query parameter spells alike once case and punctuation are
//! dropped (D045), types and enums whose names differ only in case (D048), and enum variant
//! names the spec gives other generators.

mod common;

use common::{analyze, api_page};
use docgen::source::SourceFile;
use std::sync::Arc;

const RESOURCE: &str = "---\ntitle: \"printerLocation resource type\"\ndoc_type: resourcePageType\n---\n\n# printerLocation resource type\n\nNamespace: microsoft.graph\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|floor|String|The floor.|\n|subUnit|String|The sub-unit.|\n|subunit|String|The sub-unit again.|\n\n## JSON representation\n<!-- {\n  \"blockType\": \"resource\",\n  \"@odata.type\": \"microsoft.graph.printerLocation\"\n}\n-->\n``` json\n{\n  \"floor\": \"String\",\n  \"subUnit\": \"String\"\n}\n```\n";

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

/// A resource page with a property of type `column` and a value list named `heading`.
fn with_values(name: &str, column: &str, heading: &str, members: &[&str]) -> String {
    let rows: String = members
        .iter()
        .map(|m| format!("|{m}|The {m} way.|\n"))
        .collect();
    format!(
        "{}\n## {heading} values\n\n|Member|Description|\n|:---|:---|\n{rows}",
        resource(name, &[&format!("displayAs|{column}|How to show it.")])
    )
}

#[test]
fn types_and_enums_whose_names_differ_only_in_case_are_one() {
    let analysis = analyze(&[
        (
            "d/resources/datetimecolumn.md",
            with_values(
                "dateTimeColumn",
                "String",
                "DisplayAs",
                &["default", "friendly"],
            ),
        ),
        (
            "d/resources/personorgroupcolumn.md",
            with_values(
                "personOrGroupColumn",
                "displayAs",
                "displayAs",
                &["account", "friendly"],
            ),
        ),
        (
            "d/resources/itemref.md",
            resource("itemRef", &["id|String|The id."]),
        ),
        (
            "d/resources/itemref2.md",
            resource("ItemRef", &["name|String|The name."]),
        ),
    ]);
    // The spelling met first stays, with the members (or properties) of both.
    let enums: Vec<&str> = analysis.api.enums.keys().map(String::as_str).collect();
    assert_eq!(enums, ["microsoft.graph.DisplayAs"]);
    let members: Vec<&str> = analysis.api.enums["microsoft.graph.DisplayAs"]
        .members
        .iter()
        .map(|m| m.name.as_str())
        .collect();
    assert_eq!(members, ["default", "friendly", "account"]);
    let item_refs: Vec<&String> = analysis
        .api
        .types
        .keys()
        .filter(|k| k.eq_ignore_ascii_case("microsoft.graph.itemRef"))
        .collect();
    assert_eq!(item_refs, ["microsoft.graph.itemRef"]);
    let props: Vec<&str> = analysis.api.types["microsoft.graph.itemRef"]
        .properties
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(props, ["id", "name"]);
    let found = codes(&analysis, "D048");
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found
            .iter()
            .any(|d| d.starts_with("d/resources/personorgroupcolumn.md:")
                && d.contains("enum `microsoft.graph.displayAs`")
                && d.contains("`microsoft.graph.DisplayAs`")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|d| d.starts_with("d/resources/itemref2.md:")
                && d.contains("type `microsoft.graph.ItemRef`")),
        "{found:?}"
    );
    // The spec names one schema, and the property typed with the other spelling points at it.
    let spec = docgen::render::openapi::render_openapi(&analysis.api, "t", "1.2.3");
    assert!(spec.contains("microsoft.graph.DisplayAs:"), "{spec}");
    assert!(!spec.contains("microsoft.graph.displayAs"), "{spec}");
    assert!(!spec.contains("microsoft.graph.ItemRef"), "{spec}");
}

#[test]
fn the_spec_names_enum_variants_as_the_rust_crate_does() {
    // Two members that give one identifier, one that gives none, and one named like the
    // variant that carries unknown members.
    let page = with_values(
        "shape",
        "String",
        "shapeKind",
        &["Café", "Cafe\u{301}", "½", "other"],
    );
    let sources = vec![Arc::new(SourceFile::new("d/resources/shape.md", page))];
    let config = docgen::Config {
        link: docgen::link::LinkConfig::default(),
        krate: docgen::render::rust::CrateConfig {
            crate_name: "shapes".into(),
            crate_version: "0.1.0".into(),
            description: "shapes".into(),
            docs_note: "shapes".into(),
            metadata: Default::default(),
        },
        title: "shapes".into(),
    };
    let generated = docgen::generate(&sources, &config).expect("renders");
    let yaml: serde_yaml::Value =
        serde_yaml::from_str(&generated.files["openapi.yaml"]).expect("YAML");
    let schema = &yaml["components"]["schemas"]["microsoft.graph.shapeKind"];
    let varnames: Vec<&str> = schema["x-enum-varnames"]
        .as_sequence()
        .expect("x-enum-varnames")
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert_eq!(varnames.len(), 4, "{schema:?}");
    let descriptions = schema["x-enum-descriptions"]
        .as_sequence()
        .expect("descriptions");
    assert_eq!(descriptions[0].as_str(), Some("The Café way."));
    // Each name is a variant of the crate's enum, in the same order.
    let rust = generated
        .files
        .iter()
        .find(|(path, text)| path.ends_with(".rs") && text.contains("pub enum ShapeKind"))
        .map(|(_, text)| text)
        .expect("the enum's module");
    let body = &rust[rust.find("pub enum ShapeKind").expect("enum")..];
    let body = &body[..body.find("\n}").expect("enum end")];
    let variants: Vec<&str> = body
        .lines()
        .map(str::trim)
        .filter(|l| !l.starts_with("//") && !l.starts_with('#') && l.ends_with(','))
        .map(|l| l.trim_end_matches(',').split('(').next().unwrap_or(l))
        .collect();
    assert_eq!(variants[..4], varnames[..], "{body}");
    assert!(!varnames.contains(&"Other"), "{varnames:?}");
}
