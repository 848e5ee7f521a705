//! The rest of today's page layout (issue 10, part 5): language tabs around snippet includes,
//! boilerplate includes, `sampleKeys`, a request annotation with no code block, `## Related
//! content`, `> [!TIP]`, `Bearer {token}` header rows, `(deprecated)` properties and enums in
//! `### x values` sections reached through anchors. Each page is small and written here.

use docgen::source::SourceFile;
use std::sync::Arc;

const RESOURCE: &str = "---\ntitle: \"gizmo resource type\"\ndescription: \"A gizmo.\"\nms.subservice: gizmos\ndoc_type: resourcePageType\n---\n\n# gizmo resource type\n\nNamespace: microsoft.graph\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|Identifier. Read-only.|\n|label (deprecated)|String|Old name. Use **name**.|\n|name|String|Name of the gizmo.|\n|size|[gizmoSize](#gizmosize-values)|How big. The possible values are: `small`, `large`, `unknownFutureValue`.|\n\n### gizmoSize values\n\n|Member|Description|\n|:---|:---|\n|small|Small.|\n|large|Large.|\n|unknownFutureValue|Evolvable enumeration sentinel value. Don't use.|\n\n## JSON representation\n<!-- {\n  \"blockType\": \"resource\",\n  \"keyProperty\": \"id\",\n  \"@odata.type\": \"microsoft.graph.gizmo\"\n}\n-->\n``` json\n{\n  \"id\": \"String (identifier)\",\n  \"label\": \"String\",\n  \"name\": \"String\",\n  \"size\": \"String\"\n}\n```\n\n## Related content\n- [Gizmos](/graph/gizmos-overview)\n";

/// The head of a get page: boilerplate includes that name files the folder does not hold,
/// a permissions table after an `app-permissions` include, and a `Bearer {token}` header row.
const HEAD: &str = "---\ntitle: \"Get gizmo\"\ndescription: \"Read a gizmo.\"\nms.subservice: gizmos\ndoc_type: apiPageType\n---\n\n# Get gizmo\n\nNamespace: microsoft.graph\n\n[!INCLUDE [national-cloud-support](../../includes/all-clouds.md)]\n\nRead a [gizmo](../resources/gizmo.md).\n\n## Permissions\n\n[!INCLUDE [app-permissions](../includes/permissions-note.md)]\n\n|Permission type|Least privileged permissions|Higher privileged permissions|\n|:---|:---|:---|\n|Delegated (work or school account)|Gizmo.Read.All|Gizmo.ReadWrite.All|\n|Application|Gizmo.Read.All|Not available.|\n\n## HTTP request\n\n<!-- { \"blockType\": \"ignored\" } -->\n``` http\nGET /gizmos/{gizmoId}\n```\n\n## Request headers\n|Name|Description|\n|:---|:---|\n|Authorization|Bearer {token}. Required. Learn more about [authentication and authorization](/graph/auth/auth-concepts).|\n\n## Request body\n\n[!INCLUDE [table-intro](../../includes/update-property-table-intro.md)]\n\nDon't supply a request body for this method.\n\n## Response\n\nIf successful, this method returns a `200 OK` response code and a [gizmo](../resources/gizmo.md) object in the response body.\n\n## Examples\n";

/// One request and its response; `tabs` is what follows the request's code block.
fn example(name: &str, id: &str, tabs: &str) -> String {
    format!(
        "\n### Request\n\n# [HTTP](#tab/http)\n<!-- {{\n  \"blockType\": \"request\",\n  \"name\": \"{name}\",\n  \"sampleKeys\": [\"{id}\"]\n}}\n-->\n``` http\nGET https://graph.microsoft.com/v1.0/gizmos/{id}\n```\n{tabs}\n### Response\n\n> [!TIP]\n> The response object shown here might be shortened for readability.\n\n<!-- {{\n  \"blockType\": \"response\",\n  \"@odata.type\": \"microsoft.graph.gizmo\"\n}} -->\n``` http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{{\n  \"id\": \"{id}\",\n  \"name\": \"Blue\",\n  \"size\": \"large\"\n}}\n```\n"
    )
}

const SNIPPET: &str = "\n# [C#](#tab/csharp)\n[!INCLUDE [sample-code](../includes/snippets/csharp/get-gizmo-csharp-snippets.md)]\n";

fn analyze(page: &str) -> docgen::Analysis {
    let sources = vec![
        Arc::new(SourceFile::new("d/resources/gizmo.md", RESOURCE)),
        Arc::new(SourceFile::new("d/api/gizmo-get.md", page)),
    ];
    docgen::analyze(
        &sources,
        &docgen::link::LinkConfig {
            version: Some("v1.0".into()),
        },
    )
}

/// The page reads without any diagnostic, and every example pairs and passes.
fn assert_clean(analysis: &docgen::Analysis, examples: usize) {
    let diagnostics: Vec<String> = analysis
        .diagnostics
        .iter()
        .map(|d| {
            format!(
                "{} {}:{} {}",
                d.code, d.location.line, d.location.col, d.message
            )
        })
        .collect();
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    assert_eq!(analysis.report.operations, 1);
    assert_eq!(analysis.report.examples, examples);
    assert_eq!(
        analysis.report.examples_passing, examples,
        "{:?}",
        analysis.report.example_failures_by_cause
    );
}

fn operation(analysis: &docgen::Analysis) -> &docgen::ir::Operation {
    analysis
        .api
        .operations
        .values()
        .next()
        .expect("an operation")
}

#[test]
fn tabs_closed_once_closed_twice_and_never_closed_keep_each_request_with_its_response() {
    let page = format!(
        "{HEAD}{}{}{}",
        example("get_gizmo_once", "a1", &format!("{SNIPPET}\n---\n")),
        example("get_gizmo_twice", "b2", &format!("{SNIPPET}\n---\n\n---\n")),
        example("get_gizmo_open", "c3", SNIPPET),
    );
    let analysis = analyze(&page);
    assert_clean(&analysis, 3);
    let names: Vec<(&str, bool)> = operation(&analysis)
        .examples
        .iter()
        .map(|e| (e.name.as_str(), e.response.is_some()))
        .collect();
    assert_eq!(
        names,
        [
            ("get_gizmo_once", true),
            ("get_gizmo_twice", true),
            ("get_gizmo_open", true)
        ]
    );
}

#[test]
fn a_tab_closer_right_under_an_include_line_is_not_a_heading() {
    // No blank line between the include and `---`: a setext underline in CommonMark, which
    // would end the examples section if it were read as a level-2 heading.
    let tabs = "\n# [C#](#tab/csharp)\n[!INCLUDE [sample-code](../includes/snippets/csharp/get-gizmo-csharp-snippets.md)]\n---\n";
    let page = format!(
        "{HEAD}{}{}",
        example("get_gizmo_first", "a1", tabs),
        example("get_gizmo_second", "b2", tabs)
    );
    assert_clean(&analyze(&page), 2);
}

#[test]
fn a_request_annotation_with_no_code_block_takes_no_other_examples_request() {
    // The first request is shown only in the snippet tabs: its annotation has no code block.
    let lonely = format!(
        "\n### Request\n\n# [HTTP](#tab/http)\n<!-- {{\n  \"blockType\": \"request\",\n  \"name\": \"get_gizmo_tabs_only\",\n  \"sampleKeys\": [\"z9\"]\n}}\n-->\n{SNIPPET}\n---\n"
    );
    let page = format!("{HEAD}{lonely}{}", example("get_gizmo", "a1", ""));
    let analysis = analyze(&page);
    assert_clean(&analysis, 1);
    let example = &operation(&analysis).examples[0];
    assert_eq!(example.name, "get_gizmo");
    assert!(example.response.is_some());
}

#[test]
fn related_content_tip_and_boilerplate_includes_leave_the_page_as_it_reads_without_them() {
    let page = format!(
        "{HEAD}{}\n## Related content\n- [Gizmos](/graph/gizmos-overview)\n",
        example("get_gizmo", "a1", "")
    );
    let with = analyze(&page);
    assert_clean(&with, 1);
    let plain = HEAD
        .replace(
            "[!INCLUDE [national-cloud-support](../../includes/all-clouds.md)]\n\n",
            "",
        )
        .replace(
            "[!INCLUDE [app-permissions](../includes/permissions-note.md)]\n\n",
            "",
        )
        .replace(
            "[!INCLUDE [table-intro](../../includes/update-property-table-intro.md)]\n\n",
            "",
        );
    let without = analyze(&format!("{plain}{}", example("get_gizmo", "a1", "")));
    assert_clean(&without, 1);
    let (a, b) = (operation(&with), operation(&without));
    assert_eq!(a.permissions.application, ["Gizmo.Read.All"]);
    assert_eq!(a.permissions.application, b.permissions.application);
    assert_eq!(a.permissions.delegated_work, b.permissions.delegated_work);
    assert_eq!(a.summary, b.summary);
    assert_eq!(a.examples.len(), b.examples.len());
}

#[test]
fn a_bearer_token_row_is_the_authorization_header_not_a_parameter() {
    let analysis = analyze(&format!("{HEAD}{}", example("get_gizmo", "a1", "")));
    assert_clean(&analysis, 1);
    let op = operation(&analysis);
    assert!(op.query_params.is_empty(), "{:?}", op.query_params);
    assert!(op.path_params.iter().all(|p| p.name == "gizmoId"));
    // The row names the header alone; the renderers leave Authorization to the client.
    let headers: Vec<(&str, bool)> = op
        .headers
        .iter()
        .map(|h| (h.name.as_str(), h.required))
        .collect();
    assert_eq!(headers, [("Authorization", true)]);
}

#[test]
fn a_deprecated_property_and_an_anchored_values_section_resolve() {
    let analysis = analyze(&format!("{HEAD}{}", example("get_gizmo", "a1", "")));
    assert_eq!(analysis.report.undefined_types, 0);
    assert_eq!(analysis.report.enums, 1);
    assert_eq!(analysis.report.enum_members, 3);
    let gizmo = analysis
        .api
        .types
        .get("microsoft.graph.gizmo")
        .expect("the gizmo type");
    let flags: Vec<(&str, bool)> = gizmo
        .properties
        .iter()
        .map(|p| (p.name.as_str(), p.deprecated))
        .collect();
    assert_eq!(
        flags,
        [
            ("id", false),
            ("label", true),
            ("name", false),
            ("size", false)
        ]
    );
    let size = &gizmo.properties[3];
    assert!(
        format!("{:?}", size.ty).contains("microsoft.graph.gizmoSize"),
        "{:?}",
        size.ty
    );
}

#[test]
fn a_deprecated_property_is_marked_in_both_outputs_and_the_evolvable_enum_says_so() {
    let analysis = analyze(&format!("{HEAD}{}", example("get_gizmo", "a1", "")));
    let spec = docgen::render::openapi::render_openapi(&analysis.api, "Gizmos", "0.1.0");
    let yaml: serde_yaml::Value = serde_yaml::from_str(&spec).expect("the spec is YAML");
    let properties = &yaml["components"]["schemas"]["microsoft.graph.gizmo"]["properties"];
    assert_eq!(
        properties["label"]["deprecated"],
        serde_yaml::Value::Bool(true)
    );
    assert!(properties["name"].get("deprecated").is_none());
    // The enum-typed property is `allOf` its `$ref`: nothing stands beside the `$ref`.
    assert!(properties["size"].get("$ref").is_none());
    let config = docgen::render::rust::CrateConfig {
        crate_name: "gizmos".to_string(),
        crate_version: "0.1.0".to_string(),
        description: "Gizmos".to_string(),
        docs_note: "pages".to_string(),
        metadata: Default::default(),
    };
    let plans = docgen::examples::ExamplePlans::of(&analysis.api);
    let files = docgen::render::rust::render_crate(&analysis.api, plans, &config).expect("renders");
    let models: String = files
        .iter()
        .filter(|(path, _)| path.contains("models"))
        .map(|(_, text)| text.as_str())
        .collect();
    let label = models.find("pub label:").expect("the label field");
    let before = &models[..label];
    let field_start = before.rfind("pub ").unwrap_or(0);
    assert!(
        before[field_start..].contains("#[deprecated"),
        "{}",
        &before[field_start..]
    );
    assert_eq!(models.matches("#[deprecated").count(), 1);
    assert!(models.contains("Prefer: include-unknown-enum-members"));
}
