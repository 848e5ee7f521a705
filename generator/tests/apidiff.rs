//! The API diff (issue 12, part 3): each kind of change with its verdict, on small specs, and
//! on real pages from the 2021 corpus edited in a temporary folder.

use docgen::apidiff::{Change, Kind, Spec, Verdict, Version, diff};
use std::path::{Path, PathBuf};

/// A spec with one operation and two schemas, the pieces the cases below edit.
fn spec(operation: &str, schemas: &str) -> String {
    format!(
        "openapi: 3.0.3\npaths:\n  /widgets/{{id}}:\n{operation}components:\n  schemas:\n{schemas}"
    )
}

const GET: &str = "    get:\n      parameters:\n        - name: id\n          in: path\n          required: true\n          schema:\n            type: string\n        - name: $top\n          in: query\n          required: false\n          schema:\n            type: integer\n      responses:\n        \"200\":\n          content:\n            application/json:\n              schema:\n                $ref: \"#/components/schemas/widget\"\n";
const POST: &str = "    post:\n      requestBody:\n        content:\n          application/json:\n            schema:\n              $ref: \"#/components/schemas/widget\"\n      responses:\n        \"204\":\n          description: No Content\n";
const WIDGET: &str = "    widget:\n      allOf:\n        - $ref: \"#/components/schemas/entity\"\n        - type: object\n          properties:\n            size:\n              type: integer\n              format: int32\n              nullable: true\n            color:\n              anyOf:\n                - $ref: \"#/components/schemas/color\"\n                - type: object\n                  nullable: true\n";
const COLOR: &str = "    color:\n      type: string\n      enum:\n        - red\n        - blue\n";
const ENTITY: &str =
    "    entity:\n      type: object\n      properties:\n        id:\n          type: string\n";

fn base() -> String {
    spec(&format!("{GET}{POST}"), &format!("{WIDGET}{COLOR}{ENTITY}"))
}

/// The changes from the base spec to the base with `from` replaced by `to`.
fn changes_after(from: &str, to: &str) -> Vec<Change> {
    let old = base();
    assert!(old.contains(from), "the edit applies: {from}");
    let new = old.replacen(from, to, 1);
    diff(
        &Spec::parse(&old).expect("old parses"),
        &Spec::parse(&new).expect("new parses"),
    )
}

/// The one change an edit makes: its kind, verdict and subject.
fn only(from: &str, to: &str) -> (Kind, Verdict, String) {
    let changes = changes_after(from, to);
    assert_eq!(changes.len(), 1, "{changes:#?}");
    (
        changes[0].kind,
        changes[0].verdict,
        changes[0].subject.clone(),
    )
}

#[test]
fn a_spec_against_itself_has_no_change() {
    assert!(changes_after("openapi", "openapi").is_empty());
}

#[test]
fn operation_removed_is_breaking_and_added_is_additive() {
    let removed = only(POST, "");
    assert_eq!(
        removed,
        (
            Kind::OperationRemoved,
            Verdict::Breaking,
            "POST /widgets/{id}".into()
        )
    );
    let added = only(POST, &format!("{POST}{}", POST.replace("post:", "patch:")));
    assert_eq!(
        added,
        (
            Kind::OperationAdded,
            Verdict::Additive,
            "PATCH /widgets/{id}".into()
        )
    );
}

#[test]
fn parameters_added_removed_and_retyped() {
    let top = "        - name: $top\n          in: query\n          required: false\n          schema:\n            type: integer\n";
    let required = top.replace("$top", "$filter").replace("false", "true");
    let optional = top.replace("$top", "$skip");
    assert_eq!(
        only(top, &format!("{top}{required}")).0,
        Kind::RequiredParameterAdded
    );
    assert_eq!(only(top, &format!("{top}{required}")).1, Verdict::Breaking);
    assert_eq!(
        only(top, &format!("{top}{optional}")),
        (
            Kind::OptionalParameterAdded,
            Verdict::Additive,
            "GET /widgets/{id} query parameter `$skip`".into()
        )
    );
    assert_eq!(only(top, "").0, Kind::ParameterRemoved);
    assert_eq!(only(top, "").1, Verdict::Breaking);
    let retyped = top.replace("integer", "string");
    assert_eq!(only(top, &retyped).0, Kind::ParameterRetyped);
    assert_eq!(only(top, &retyped).1, Verdict::Breaking);
    let made_required = top.replace("false", "true");
    assert_eq!(
        only(top, &made_required),
        (
            Kind::ParameterBecameRequired,
            Verdict::Breaking,
            "GET /widgets/{id} query parameter `$top`".into()
        )
    );
}

#[test]
fn request_body_and_response_type_changes_are_breaking() {
    let body = "            schema:\n              $ref: \"#/components/schemas/widget\"\n      responses:\n        \"204\"";
    let retyped = body.replace("widget", "entity");
    assert_eq!(only(body, &retyped).0, Kind::RequestBodyChanged);
    assert_eq!(only(body, &retyped).1, Verdict::Breaking);
    let response = "                $ref: \"#/components/schemas/widget\"\n";
    let changed = response.replace("widget", "entity");
    let change = &changes_after(response, &changed)[0];
    assert_eq!(
        (change.kind, change.verdict),
        (Kind::ResponseTypeChanged, Verdict::Breaking)
    );
    assert_eq!(change.detail, "200 widget -> 200 entity");
}

#[test]
fn properties_removed_retyped_and_added() {
    let size = "            size:\n              type: integer\n              format: int32\n              nullable: true\n";
    assert_eq!(
        only(size, ""),
        (
            Kind::PropertyRemoved,
            Verdict::Breaking,
            "widget.size".into()
        )
    );
    let retyped = size.replace("int32", "int64");
    let change = &changes_after(size, &retyped)[0];
    assert_eq!(
        (change.kind, change.verdict),
        (Kind::PropertyRetyped, Verdict::Breaking)
    );
    assert_eq!(change.detail, "integer(int32) -> integer(int64)");
    // Nullability is not the type: docgen marks every optional property nullable.
    assert!(changes_after(size, &size.replace("nullable: true", "nullable: false")).is_empty());
    let added = size.replace("size", "weight");
    assert_eq!(
        only(size, &format!("{size}{added}")),
        (
            Kind::PropertyAdded,
            Verdict::Additive,
            "widget.weight".into()
        )
    );
    // A reference wrapped as `anyOf: [$ref, {nullable}]` that becomes a bare string is a retype.
    let color = "              anyOf:\n                - $ref: \"#/components/schemas/color\"\n                - type: object\n                  nullable: true\n";
    assert_eq!(
        only(color, "              type: string\n").0,
        Kind::PropertyRetyped
    );
}

#[test]
fn enum_members_removed_are_breaking_and_added_are_additive() {
    assert_eq!(
        only("        - blue\n", ""),
        (
            Kind::EnumMemberRemoved,
            Verdict::Breaking,
            "color.blue".into()
        )
    );
    assert_eq!(
        only("        - blue\n", "        - blue\n        - green\n"),
        (
            Kind::EnumMemberAdded,
            Verdict::Additive,
            "color.green".into()
        )
    );
}

#[test]
fn schemas_removed_and_added() {
    let extra = ENTITY.replace("entity", "gadget");
    let added = only(ENTITY, &format!("{ENTITY}{extra}"));
    assert_eq!(
        added,
        (Kind::SchemaAdded, Verdict::Additive, "gadget".into())
    );
    let old = spec(GET, &format!("{WIDGET}{COLOR}{ENTITY}{extra}"));
    let new = spec(GET, &format!("{WIDGET}{COLOR}{ENTITY}"));
    let changes = diff(
        &Spec::parse(&old).expect("old"),
        &Spec::parse(&new).expect("new"),
    );
    assert_eq!(changes.len(), 1, "{changes:#?}");
    assert_eq!(
        (changes[0].kind, changes[0].verdict),
        (Kind::SchemaRemoved, Verdict::Breaking)
    );
}

#[test]
fn the_order_is_breaking_first_then_by_subject() {
    let new = base()
        .replacen("        - blue\n", "        - blue\n        - green\n", 1)
        .replacen(POST, "", 1)
        .replacen("            size:\n", "            mass:\n", 1);
    let changes = diff(
        &Spec::parse(&base()).expect("old"),
        &Spec::parse(&new).expect("new"),
    );
    let lines: Vec<String> = changes.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "breaking: operation removed: POST /widgets/{id}",
            "breaking: property removed: widget.size",
            "additive: enum member added: color.green",
            "additive: property added: widget.mass",
        ]
    );
}

#[test]
fn what_is_not_a_spec_is_an_error() {
    assert!(Spec::parse("openapi: [").is_err());
    assert!(Spec::parse("title: not a spec").is_err());
    assert!(Spec::parse("openapi: 3.0.3\npaths: 7\n").is_ok_and(|s| diff(&s, &s).is_empty()));
}

#[test]
fn versions_follow_cargo_semver() {
    let v = |s: &str| Version::parse(s).expect("version");
    let breaking = changes_after(POST, "");
    let additive = changes_after("        - blue\n", "        - blue\n        - green\n");
    assert_eq!(v("0.1.0").required(&breaking), v("0.2.0"));
    assert_eq!(v("1.4.2").required(&breaking), v("2.0.0"));
    assert_eq!(v("0.0.3").required(&breaking), v("0.0.4"));
    assert_eq!(v("0.1.0").required(&additive), v("0.1.1"));
    assert_eq!(v("1.4.2").required(&additive), v("1.5.0"));
    assert_eq!(v("1.4.2").required(&[]), v("1.4.2"));
    assert!(
        !v("0.1.0").allows(v("0.1.5"), &breaking),
        "0.1.5 is caret-compatible with 0.1.0"
    );
    assert!(v("0.1.0").allows(v("0.2.0"), &breaking));
    assert!(v("0.1.0").allows(v("1.0.0"), &breaking));
    assert!(!v("0.1.0").allows(v("0.1.0"), &additive));
    assert!(v("0.1.0").allows(v("0.1.1"), &additive));
    assert!(Version::parse("1.2").is_err());
}

/// A fresh folder under the system's temporary folder, removed when dropped.
struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const CORPUS: &str = "../../shared/corpus/graph-docs-2021/api-reference/v1.0";

/// The to-do lists area of the 2021 v1.0 corpus: a resource with an enum table, its base type
/// and its operation pages.
const PAGES: [&str; 8] = [
    "resources/entity.md",
    "resources/todotasklist.md",
    "api/todo-list-lists.md",
    "api/todo-post-lists.md",
    "api/todotasklist-get.md",
    "api/todotasklist-update.md",
    "api/todotasklist-delete.md",
    "api/todotasklist-delta.md",
];

fn spec_of(dir: &Path) -> Spec {
    let inputs = [PathBuf::from("v1.0")];
    let pages = docgen::files::read_pages_in(dir, &inputs).expect("pages are readable");
    let config = docgen::link::LinkConfig {
        version: Some("v1.0".into()),
    };
    let analysis = docgen::analyze(&pages, &config);
    let yaml = docgen::render::openapi::render_openapi(&analysis.api, "test", "0.1.0");
    Spec::parse(&yaml).expect("docgen's spec parses")
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).expect("page");
    assert!(text.contains(from), "{} has `{from}`", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).expect("write");
}

#[test]
fn real_pages_with_a_page_removed_a_property_retyped_and_a_member_added() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join(CORPUS);
    assert!(
        corpus.is_dir(),
        "the 2021 corpus is expected at {}",
        corpus.display()
    );
    let root = std::env::temp_dir().join(format!("docgen-apidiff-{}", std::process::id()));
    let _cleanup = TempDir(root.clone());
    for side in ["old", "new"] {
        for page in PAGES {
            let target = root.join(side).join("v1.0").join(page);
            std::fs::create_dir_all(target.parent().expect("parent")).expect("folders");
            std::fs::copy(corpus.join(page), &target).expect("copy page");
        }
    }
    let new = root.join("new/v1.0");
    std::fs::remove_file(new.join("api/todotasklist-delete.md")).expect("remove page");
    edit(
        &new.join("resources/todotasklist.md"),
        "|isOwner|Boolean|",
        "|isOwner|String|",
    );
    edit(
        &new.join("resources/todotasklist.md"),
        "|defaultList|",
        "|archivedList| Archived lists.|\n|defaultList|",
    );
    let old = spec_of(&root.join("old"));
    assert!(diff(&old, &old).is_empty());
    let changes = diff(&old, &spec_of(&root.join("new")));
    let found: Vec<(Kind, Verdict, &str)> = changes
        .iter()
        .map(|c| (c.kind, c.verdict, c.subject.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (
                Kind::OperationRemoved,
                Verdict::Breaking,
                "DELETE /me/todo/lists/{todoTaskListId}"
            ),
            // The page documents both request lines.
            (
                Kind::OperationRemoved,
                Verdict::Breaking,
                "DELETE /users/{id}/todo/lists/{todoTaskListId}"
            ),
            (
                Kind::PropertyRetyped,
                Verdict::Breaking,
                "microsoft.graph.todoTaskList.isOwner"
            ),
            (
                Kind::EnumMemberAdded,
                Verdict::Additive,
                "microsoft.graph.wellknownListName.archivedList"
            ),
        ],
        "{changes:#?}"
    );
}

#[test]
fn docgen_diff_prints_the_report_and_fails_on_breaking_when_asked() {
    let dir = std::env::temp_dir().join(format!("docgen-apidiff-cli-{}", std::process::id()));
    let _cleanup = TempDir(dir.clone());
    std::fs::create_dir_all(&dir).expect("folder");
    std::fs::write(dir.join("old.yaml"), base()).expect("old");
    std::fs::write(dir.join("new.yaml"), base().replacen(POST, "", 1)).expect("new");
    let run = |flag: Option<&str>| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_docgen"));
        command
            .arg("diff")
            .arg(dir.join("old.yaml"))
            .arg(dir.join("new.yaml"));
        command.args(flag);
        command.output().expect("docgen runs")
    };
    let plain = run(None);
    assert_eq!(plain.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&plain.stdout),
        "breaking: operation removed: POST /widgets/{id}\n1 breaking, 0 additive change(s)\n"
    );
    assert_eq!(run(Some("--fail-on-breaking")).status.code(), Some(1));
}
