//! Real pages from ../shared/corpus, read by path, with the exact types, enum members and
//! operations the docs give them. A property, member or operation dropped without a
//! diagnostic fails here.

use docgen::ir::{Api, Operation, TypeExpr};
use docgen::request_line::Method;
use docgen::typeref::Primitive;
use std::path::PathBuf;

fn analyze(version: &str, pages: &[&str]) -> Api {
    let base = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus/graph-docs-2021/api-reference").join(version);
    let paths: Vec<PathBuf> = pages.iter().map(|p| base.join(p)).collect();
    let sources = docgen::files::read_pages(&paths).expect("corpus pages are readable");
    let config = docgen::link::LinkConfig { version: Some(version.to_string()) };
    docgen::analyze(&sources, &config).api
}

fn properties(api: &Api, name: &str) -> Vec<(String, TypeExpr, bool)> {
    let ty = api.types.get(name).unwrap_or_else(|| panic!("no type {name}; have {:?}", api.types.keys().collect::<Vec<_>>()));
    ty.properties.iter().map(|p| (p.name.clone(), p.ty.clone(), p.collection)).collect()
}

fn members(api: &Api, name: &str) -> Vec<(String, Option<i64>)> {
    let e = api.enums.get(name).unwrap_or_else(|| panic!("no enum {name}; have {:?}", api.enums.keys().collect::<Vec<_>>()));
    e.members.iter().map(|m| (m.name.clone(), m.value)).collect()
}

fn operations(api: &Api) -> Vec<&Operation> {
    let mut ops: Vec<&Operation> = api.operations.values().collect();
    ops.sort_by(|a, b| (&a.path, a.method).cmp(&(&b.path, b.method)));
    ops
}

fn named(name: &str) -> TypeExpr {
    TypeExpr::Named(name.to_string())
}

const INT32: TypeExpr = TypeExpr::Primitive(Primitive::Int32);
const STRING: TypeExpr = TypeExpr::Primitive(Primitive::String);

#[test]
fn intune_run_summary_resource_and_its_get_page() {
    let api = analyze("beta", &[
        "resources/intune-devices-devicemanagementscriptrunsummary.md",
        "api/intune-devices-devicemanagementscriptrunsummary-get.md",
    ]);
    let summary = "microsoft.graph.deviceManagementScriptRunSummary";
    assert_eq!(
        properties(&api, summary),
        [
            ("id".to_string(), STRING, false),
            ("successDeviceCount".to_string(), INT32, false),
            ("errorDeviceCount".to_string(), INT32, false),
            ("successUserCount".to_string(), INT32, false),
            ("errorUserCount".to_string(), INT32, false),
        ]
    );
    assert!(api.types[summary].entity, "keyProperty id makes it an entity");
    let ops = operations(&api);
    let found: Vec<(Method, &str, Vec<&str>)> =
        ops.iter().map(|o| (o.method, o.path.as_str(), o.path_params.iter().map(|p| p.name.as_str()).collect())).collect();
    assert_eq!(
        found,
        [
            (Method::Get, "/deviceManagement/deviceCustomAttributeShellScripts/{deviceCustomAttributeShellScriptId}/runSummary", vec!["deviceCustomAttributeShellScriptId"]),
            (Method::Get, "/deviceManagement/deviceManagementScripts/{deviceManagementScriptId}/runSummary", vec!["deviceManagementScriptId"]),
            (Method::Get, "/deviceManagement/deviceShellScripts/{deviceShellScriptId}/runSummary", vec!["deviceShellScriptId"]),
        ]
    );
    for op in ops {
        assert_eq!(op.response.status, 200);
        let body = op.response.body.as_ref().expect("returns the summary");
        assert_eq!((&body.ty, body.collection), (&named(summary), false));
        assert_eq!(op.body, None, "Do not supply a request body");
        let read = ["DeviceManagementManagedDevices.Read.All", "DeviceManagementManagedDevices.ReadWrite.All"];
        assert_eq!(op.permissions.delegated_work, read);
        assert!(op.permissions.delegated_personal.is_empty(), "Not supported.");
        assert_eq!(op.permissions.application, read);
    }
}

#[test]
fn link_cells_resolve_to_the_linked_type_whatever_its_case() {
    let api = analyze("v1.0", &["resources/identityset.md", "resources/identity.md", "resources/thumbnailset.md"]);
    let identity = named("microsoft.graph.identity");
    assert_eq!(
        properties(&api, "microsoft.graph.identitySet"),
        [
            ("application".to_string(), identity.clone(), false),
            ("device".to_string(), identity.clone(), false),
            ("user".to_string(), identity, false),
        ]
    );
    // `thumbnails` is only in the JSON representation: added, typed by its `@odata.type`.
    assert_eq!(properties(&api, "microsoft.graph.identity"), [
        ("displayName".to_string(), STRING, false),
        ("id".to_string(), STRING, false),
        ("thumbnails".to_string(), named("microsoft.graph.thumbnailSet"), false),
    ]);
    assert!(api.types["microsoft.graph.identity"].open, "openType: true");
}

#[test]
fn enums_from_enum_pages_and_multi_enum_pages() {
    let api = analyze("beta", &["resources/intune-shared-runasaccounttype.md", "resources/enums-callrecords.md"]);
    assert_eq!(members(&api, "microsoft.graph.runAsAccountType"), [("system".to_string(), Some(0)), ("user".to_string(), Some(1))]);
    let call_type: Vec<String> = members(&api, "microsoft.graph.callRecords.callType").into_iter().map(|m| m.0).collect();
    assert_eq!(call_type, ["unknown", "groupCall", "peerToPeer", "unknownFutureValue"]);
    // One-column tables without closing pipes, in a sub-namespace.
    assert_eq!(members(&api, "microsoft.graph.callRecords.wifiBand").len(), 5);
    let v1 = analyze("v1.0", &["resources/enums.md"]);
    let lifecycle: Vec<String> = members(&v1, "microsoft.graph.lifecycleEventType").into_iter().map(|m| m.0).collect();
    assert_eq!(lifecycle, ["missed", "subscriptionRemoved", "reauthorizationRequired"]);
    assert!(!v1.enums.contains_key("microsoft.graph.Enum"), "the page title is not an enum");
}

#[test]
fn function_calls_with_arguments_are_operations_with_path_parameters() {
    let api = analyze("v1.0", &["api/reportroot-getemailactivityuserdetail.md"]);
    let ops = operations(&api);
    let found: Vec<(&str, Vec<&str>)> = ops.iter().map(|o| (o.path.as_str(), o.path_params.iter().map(|p| p.name.as_str()).collect())).collect();
    assert_eq!(
        found,
        [
            ("/reports/getEmailActivityUserDetail(date={date_value})", vec!["date_value"]),
            ("/reports/getEmailActivityUserDetail(period='{period_value}')", vec!["period_value"]),
        ]
    );
    assert_ne!(ops[0].name, ops[1].name);
}

#[test]
fn ref_paths_permissions_and_no_content() {
    let api = analyze("v1.0", &["api/group-post-owners.md"]);
    let ops = operations(&api);
    assert_eq!(ops.len(), 1);
    let op = ops[0];
    assert_eq!((op.method, op.path.as_str(), op.response.status), (Method::Post, "/groups/{id}/owners/$ref", 204));
    assert!(op.response.body.is_none());
    assert_eq!(op.permissions.delegated_work, ["Group.ReadWrite.All", "Directory.ReadWrite.All", "Directory.AccessAsUser.All"]);
    assert!(op.permissions.delegated_personal.is_empty());
    assert_eq!(op.permissions.application, ["Group.ReadWrite.All", "Directory.ReadWrite.All"]);
}

#[test]
fn drive_item_paths_keep_their_colon_syntax() {
    let api = analyze("v1.0", &["api/driveitem-get-content.md"]);
    let paths: Vec<&str> = operations(&api).iter().map(|o| o.path.as_str()).collect();
    assert!(paths.contains(&"/me/drive/root:/{item-path}:/content"), "{paths:?}");
    assert!(paths.contains(&"/drives/{drive-id}/items/{item-id}/content"), "{paths:?}");
    assert_eq!(paths.len(), 6, "six request lines, six operations: {paths:?}");
}

#[test]
fn header_lines_among_request_lines_become_header_parameters() {
    let api = analyze("v1.0", &["api/workbook-closesession.md"]);
    let ops = operations(&api);
    let paths: Vec<&str> = ops.iter().map(|o| o.path.as_str()).collect();
    assert_eq!(paths, ["/me/drive/items/{id}/workbook/closeSession", "/me/drive/root:/{item-path}:/workbook/closeSession"]);
    for op in ops {
        assert_eq!(op.method, Method::Post);
        assert!(op.headers.iter().any(|h| h.name == "workbook-session-id"), "{:?}", op.headers);
    }
}
