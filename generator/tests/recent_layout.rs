//! Today's page layout read from disk: line endings, front matter, partials, permissions
//! includes, and a docs tree with hostile links (issue 9, class 6).

use docgen::diagnostics::Diagnostic;
use docgen::source::SourceFile;
use std::path::{Path, PathBuf};
use std::sync::Arc;

const PAGE: &str = "---\ntitle: \"Get widget\"\ndescription: \"Reads a widget\".\nms.subservice: widgets\ndoc_type: apiPageType\n--- \n\n# Get widget\n\nNamespace: microsoft.graph\n\n## Permissions\n\n<!-- { \"blockType\": \"permissions\", \"name\": \"widget_get\" } -->\n[!INCLUDE [permissions-table](../includes/permissions/widget-get-permissions.md)]\n\n## HTTP request\n\n``` http\nGET /widgets/{id}\nGET /widgets/{id}/bad line\n```\n\n## Response\n\nIf successful, this method returns a `200 OK` response code.\n";
const INCLUDE: &str = "---\nms.topic: include\n---\n\n|Permission type|Least privileged permissions|Higher privileged permissions|\n|:---|:---|:---|\n|Application|Widget.Read.All|Widget.ReadWrite.All|\n";

/// A fresh folder under the system's temporary folder, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("docgen-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temporary folder");
        TempDir(dir)
    }

    fn write(&self, path: &str, text: &str) -> PathBuf {
        let path = self.0.join(path);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("folders");
        std::fs::write(&path, text).expect("write");
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn analyze(sources: Vec<Arc<SourceFile>>) -> docgen::Analysis {
    docgen::analyze(
        &sources,
        &docgen::link::LinkConfig {
            version: Some("v1.0".into()),
        },
    )
}

/// Diagnostics as (code, line, col, message), the path left out.
fn positions(diagnostics: &[Diagnostic]) -> Vec<(String, u32, u32, String)> {
    diagnostics
        .iter()
        .map(|d| {
            (
                d.code.to_string(),
                d.location.line,
                d.location.col,
                d.message.clone(),
            )
        })
        .collect()
}

fn pair(page: &str) -> Vec<Arc<SourceFile>> {
    vec![
        Arc::new(SourceFile::new("d/api/widget-get.md", page)),
        Arc::new(SourceFile::new(
            "d/includes/permissions/widget-get-permissions.md",
            INCLUDE,
        )),
    ]
}

#[test]
fn crlf_lone_cr_and_bom_pages_give_the_diagnostics_of_their_lf_twin() {
    let lf = analyze(pair(PAGE));
    assert!(
        !lf.diagnostics.is_empty(),
        "the page has a bad request line and a bad front matter line"
    );
    for variant in [
        PAGE.replace('\n', "\r\n"),
        PAGE.replace('\n', "\r"),
        format!("\u{feff}{PAGE}"),
        PAGE.trim_end().to_string(),
    ] {
        let other = analyze(pair(&variant));
        assert_eq!(positions(&other.diagnostics), positions(&lf.diagnostics));
        assert_eq!(other.report.pages, lf.report.pages);
    }
}

#[test]
fn rejected_front_matter_keeps_its_other_keys_and_names_the_bad_line() {
    let analysis = analyze(pair(PAGE));
    let d040: Vec<_> = analysis
        .diagnostics
        .iter()
        .filter(|d| d.code == "D040")
        .collect();
    assert_eq!(d040.len(), 1);
    assert_eq!(d040[0].location.line, 3);
    assert!(d040[0].message.contains("Reads a widget"));
    // doc_type survived: no D004, and the page is an api page with its operation.
    assert!(!analysis.diagnostics.iter().any(|d| d.code == "D004"));
    assert_eq!(
        analysis
            .report
            .pages_by_kind
            .get(&docgen::lower::PageKind::Api),
        Some(&1)
    );
    let op = analysis
        .api
        .operations
        .values()
        .next()
        .expect("an operation");
    assert_eq!(
        op.area, "widgets",
        "ms.subservice is the area when ms.prod is absent"
    );
}

#[test]
fn partial_is_not_a_page_and_its_table_is_the_pages_permissions() {
    let analysis = analyze(pair(PAGE));
    assert_eq!(analysis.report.pages, 1);
    assert_eq!(analysis.report.partials, 1);
    assert_eq!(analysis.report.permission_includes.found, 1);
    assert_eq!(
        analysis.report.operations_with_permissions,
        analysis.report.operations
    );
    let op = analysis
        .api
        .operations
        .values()
        .next()
        .expect("an operation");
    let kind = docgen::ir::PermissionKind::Application;
    assert_eq!(op.permissions.least(kind), ["Widget.Read.All"]);
    assert_eq!(
        op.permissions.higher_privileged(kind),
        ["Widget.ReadWrite.All"]
    );
    // Nothing is reported at the partial's own path: it reports only through the page.
    assert!(
        analysis
            .diagnostics
            .iter()
            .all(|d| !d.location.path.contains("includes/"))
    );
}

/// A page another page includes need not be a partial: it is a page of its own, and its table
/// is also the including page's permissions, in whichever order the two are read.
#[test]
fn an_include_may_name_a_page_that_is_read_as_a_page_too() {
    let gizmo = PAGE
        .replace("widget", "gizmo")
        .replace("Widget", "Gizmo")
        .replace(
            "<!-- { \"blockType\": \"permissions\", \"name\": \"gizmo_get\" } -->\n[!INCLUDE [permissions-table](../includes/permissions/gizmo-get-permissions.md)]",
            "|Permission type|Least privileged permissions|Higher privileged permissions|\n|:---|:---|:---|\n|Application|Gizmo.Read.All|Gizmo.ReadWrite.All|",
        );
    assert!(!gizmo.contains("INCLUDE"));
    let widget = PAGE.replace(
        "../includes/permissions/widget-get-permissions.md",
        "gizmo-get.md",
    );
    let widget = Arc::new(SourceFile::new("d/api/widget-get.md", widget));
    let gizmo = Arc::new(SourceFile::new("d/api/gizmo-get.md", gizmo));
    let kind = docgen::ir::PermissionKind::Application;
    let mut seen = Vec::new();
    for sources in [
        vec![widget.clone(), gizmo.clone()],
        vec![gizmo.clone(), widget.clone()],
    ] {
        let analysis = analyze(sources);
        assert_eq!((analysis.report.pages, analysis.report.partials), (2, 0));
        assert_eq!(analysis.report.permission_includes.found, 1);
        let least = |path: &str| {
            let op = analysis
                .api
                .operations
                .values()
                .find(|op| op.path == path)
                .expect("the operation");
            op.permissions.least(kind).to_vec()
        };
        assert_eq!(least("/widgets/{id}"), ["Gizmo.Read.All"]);
        assert_eq!(least("/gizmos/{id}"), ["Gizmo.Read.All"]);
        seen.push(positions(&analysis.diagnostics));
    }
    // The included page's diagnostics are reported once, at its own lines, either way.
    assert_eq!(seen[0], seen[1]);
    let gizmos = seen[0]
        .iter()
        .filter(|(.., message)| message.contains("Reads a gizmo"))
        .count();
    assert_eq!(gizmos, 1, "{:?}", seen[0]);
}

#[cfg(unix)]
#[test]
fn links_out_of_the_inputs_and_loops_are_skipped_with_d042() {
    let dir = TempDir::new("links");
    dir.write("docs/v1.0/api/widget-get.md", PAGE);
    let secret = dir.write("elsewhere/widget-get-permissions.md", INCLUDE);
    std::fs::create_dir_all(dir.0.join("docs/v1.0/includes/permissions")).expect("folder");
    // The include is a link to a file outside the input: never read.
    std::os::unix::fs::symlink(
        &secret,
        dir.0
            .join("docs/v1.0/includes/permissions/widget-get-permissions.md"),
    )
    .expect("link");
    // A loop: a folder holding a link to itself's parent, and a link to itself.
    std::os::unix::fs::symlink(dir.0.join("docs/v1.0"), dir.0.join("docs/v1.0/api/loop"))
        .expect("link");
    std::os::unix::fs::symlink(
        dir.0.join("docs/v1.0/api/self.md"),
        dir.0.join("docs/v1.0/api/self.md"),
    )
    .expect("link");
    let read = docgen::files::read_inputs_in(&dir.0, &[PathBuf::from("docs/v1.0")])
        .expect("the run goes on");
    let paths: Vec<&str> = read.sources.iter().map(|s| &*s.path).collect();
    assert_eq!(paths, ["docs/v1.0/api/widget-get.md"]);
    let skipped: Vec<&str> = read.diagnostics.iter().map(|d| &*d.location.path).collect();
    assert_eq!(
        skipped,
        [
            "docs/v1.0/api/loop",
            "docs/v1.0/api/self.md",
            "docs/v1.0/includes/permissions/widget-get-permissions.md"
        ]
    );
    assert!(read.diagnostics.iter().all(|d| d.code == "D042"));
    // The page's include is then missing (D041 at its line), and the operation has no scopes.
    let analysis = analyze(read.sources);
    let d041: Vec<_> = analysis
        .diagnostics
        .iter()
        .filter(|d| d.code == "D041")
        .collect();
    assert_eq!(d041.len(), 1);
    assert_eq!((d041[0].location.line, d041[0].location.col), (15, 1));
    assert!(d041[0].message.contains("widget-get-permissions.md"));
    assert_eq!(analysis.report.permission_includes.missing, 1);
    assert_eq!(analysis.report.operations_with_permissions, 0);
}

#[test]
fn include_outside_the_inputs_given_is_not_read() {
    let dir = TempDir::new("outside");
    dir.write("docs/v1.0/api/widget-get.md", PAGE);
    dir.write(
        "docs/v1.0/includes/permissions/widget-get-permissions.md",
        INCLUDE,
    );
    // Only the api folder is given: the include lies outside it.
    let read =
        docgen::files::read_inputs_in(&dir.0, &[PathBuf::from("docs/v1.0/api")]).expect("readable");
    let analysis = analyze(read.sources);
    assert_eq!(analysis.report.permission_includes.outside, 1);
    assert_eq!(analysis.report.operations_with_permissions, 0);
    // Both folders given: found.
    let inputs = [
        PathBuf::from("docs/v1.0/api"),
        PathBuf::from("docs/v1.0/includes"),
    ];
    let read = docgen::files::read_inputs_in(&dir.0, &inputs).expect("readable");
    let analysis = analyze(read.sources);
    assert_eq!(analysis.report.permission_includes.found, 1);
    assert_eq!(analysis.report.partials, 1);
    assert!(Path::new(&dir.0).exists());
}

#[test]
fn each_request_line_takes_the_response_type_its_own_examples_annotate() {
    let page = "---\ndoc_type: apiPageType\n---\n# List shelf properties\n\nNamespace: microsoft.graph\n\n## HTTP request\n\n``` http\nGET /shelves/{id}/properties\nGET /shelves/{id}/properties/{name}\n```\n\n## Response\n\nIf successful, this method returns a `200 OK` response code.\n\n## Examples\n\n<!-- { \"blockType\": \"request\", \"name\": \"one\" } -->\n``` http\nGET https://graph.microsoft.com/v1.0/shelves/1/properties/color\n```\n\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.propertyValue\" } -->\n``` http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{\"value\": \"red\"}\n```\n\n<!-- { \"blockType\": \"request\", \"name\": \"all\" } -->\n``` http\nGET https://graph.microsoft.com/v1.0/shelves/1/properties\n```\n\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.propertyDictionary\" } -->\n``` http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{\"color\": {\"value\": \"red\"}}\n```\n";
    let resource = |name: &str| {
        let text = format!(
            "---\ndoc_type: resourcePageType\n---\n# {name} resource type\n\nNamespace: microsoft.graph\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|value|String|A value.|\n\n## JSON representation\n<!-- {{ \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.{name}\" }} -->\n``` json\n{{ \"value\": \"String\" }}\n```\n"
        );
        Arc::new(SourceFile::new(
            format!("resources/{}.md", name.to_ascii_lowercase()),
            text,
        ))
    };
    let analysis = analyze(vec![
        Arc::new(SourceFile::new("api/shelf-list-properties.md", page)),
        resource("propertyValue"),
        resource("propertyDictionary"),
    ]);
    let mut types: Vec<(String, String)> = analysis
        .api
        .operations
        .values()
        .map(|op| {
            (
                op.path.clone(),
                format!(
                    "{:?}",
                    op.response.body.as_ref().map(|b| (&b.ty, b.collection))
                ),
            )
        })
        .collect();
    types.sort();
    assert_eq!(types.len(), 2);
    assert!(types[0].1.contains("propertyDictionary"), "{types:?}");
    assert!(types[1].1.contains("propertyValue"), "{types:?}");
}
