//! Real pages from ../shared/corpus, read by path, with the exact types, enum members and
//! operations the docs give them. A property, member or operation dropped without a
//! diagnostic fails here.

use docgen::ir::{Api, Operation, TypeExpr};
use docgen::request_line::Method;
use docgen::typeref::Primitive;
use std::path::PathBuf;

fn analyze(version: &str, pages: &[&str]) -> Api {
    let base = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/corpus/graph-docs-2021/api-reference")
        .join(version);
    let paths: Vec<PathBuf> = pages.iter().map(|p| base.join(p)).collect();
    let sources = docgen::files::read_pages(&paths).expect("corpus pages are readable");
    let config = docgen::link::LinkConfig {
        version: Some(version.to_string()),
    };
    docgen::analyze(&sources, &config).api
}

fn properties(api: &Api, name: &str) -> Vec<(String, TypeExpr, bool)> {
    let ty = api.types.get(name).unwrap_or_else(|| {
        panic!(
            "no type {name}; have {:?}",
            api.types.keys().collect::<Vec<_>>()
        )
    });
    ty.properties
        .iter()
        .map(|p| (p.name.clone(), p.ty.clone(), p.collection))
        .collect()
}

fn members(api: &Api, name: &str) -> Vec<(String, Option<i64>)> {
    let e = api.enums.get(name).unwrap_or_else(|| {
        panic!(
            "no enum {name}; have {:?}",
            api.enums.keys().collect::<Vec<_>>()
        )
    });
    e.members
        .iter()
        .map(|m| (m.name.clone(), m.value))
        .collect()
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
    let api = analyze(
        "beta",
        &[
            "resources/intune-devices-devicemanagementscriptrunsummary.md",
            "api/intune-devices-devicemanagementscriptrunsummary-get.md",
        ],
    );
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
    assert!(
        api.types[summary].entity,
        "keyProperty id makes it an entity"
    );
    let ops = operations(&api);
    let found: Vec<(Method, &str, Vec<&str>)> = ops
        .iter()
        .map(|o| {
            (
                o.method,
                o.path.as_str(),
                o.path_params.iter().map(|p| p.name.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            (
                Method::Get,
                "/deviceManagement/deviceCustomAttributeShellScripts/{deviceCustomAttributeShellScriptId}/runSummary",
                vec!["deviceCustomAttributeShellScriptId"]
            ),
            (
                Method::Get,
                "/deviceManagement/deviceManagementScripts/{deviceManagementScriptId}/runSummary",
                vec!["deviceManagementScriptId"]
            ),
            (
                Method::Get,
                "/deviceManagement/deviceShellScripts/{deviceShellScriptId}/runSummary",
                vec!["deviceShellScriptId"]
            ),
        ]
    );
    for op in ops {
        assert_eq!(op.response.status, 200);
        let body = op.response.body.as_ref().expect("returns the summary");
        assert_eq!((&body.ty, body.collection), (&named(summary), false));
        assert_eq!(op.body, None, "Do not supply a request body");
        let read = [
            "DeviceManagementManagedDevices.Read.All",
            "DeviceManagementManagedDevices.ReadWrite.All",
        ];
        assert_eq!(op.permissions.delegated_work, read);
        assert!(
            op.permissions.delegated_personal.is_empty(),
            "Not supported."
        );
        assert_eq!(op.permissions.application, read);
    }
}

#[test]
fn link_cells_resolve_to_the_linked_type_whatever_its_case() {
    let api = analyze(
        "v1.0",
        &[
            "resources/identityset.md",
            "resources/identity.md",
            "resources/thumbnailset.md",
        ],
    );
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
    assert_eq!(
        properties(&api, "microsoft.graph.identity"),
        [
            ("displayName".to_string(), STRING, false),
            ("id".to_string(), STRING, false),
            (
                "thumbnails".to_string(),
                named("microsoft.graph.thumbnailSet"),
                false
            ),
        ]
    );
    assert!(api.types["microsoft.graph.identity"].open, "openType: true");
}

#[test]
fn enums_from_enum_pages_and_multi_enum_pages() {
    let api = analyze(
        "beta",
        &[
            "resources/intune-shared-runasaccounttype.md",
            "resources/enums-callrecords.md",
        ],
    );
    assert_eq!(
        members(&api, "microsoft.graph.runAsAccountType"),
        [
            ("system".to_string(), Some(0)),
            ("user".to_string(), Some(1))
        ]
    );
    let call_type: Vec<String> = members(&api, "microsoft.graph.callRecords.callType")
        .into_iter()
        .map(|m| m.0)
        .collect();
    assert_eq!(
        call_type,
        ["unknown", "groupCall", "peerToPeer", "unknownFutureValue"]
    );
    // One-column tables without closing pipes, in a sub-namespace.
    assert_eq!(
        members(&api, "microsoft.graph.callRecords.wifiBand").len(),
        5
    );
    let v1 = analyze("v1.0", &["resources/enums.md"]);
    let lifecycle: Vec<String> = members(&v1, "microsoft.graph.lifecycleEventType")
        .into_iter()
        .map(|m| m.0)
        .collect();
    assert_eq!(
        lifecycle,
        ["missed", "subscriptionRemoved", "reauthorizationRequired"]
    );
    assert!(
        !v1.enums.contains_key("microsoft.graph.Enum"),
        "the page title is not an enum"
    );
}

#[test]
fn function_calls_with_arguments_are_operations_with_path_parameters() {
    let api = analyze("v1.0", &["api/reportroot-getemailactivityuserdetail.md"]);
    let ops = operations(&api);
    let found: Vec<(&str, Vec<&str>)> = ops
        .iter()
        .map(|o| {
            (
                o.path.as_str(),
                o.path_params.iter().map(|p| p.name.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            (
                "/reports/getEmailActivityUserDetail(date={date_value})",
                vec!["date_value"]
            ),
            (
                "/reports/getEmailActivityUserDetail(period='{period_value}')",
                vec!["period_value"]
            ),
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
    assert_eq!(
        (op.method, op.path.as_str(), op.response.status),
        (Method::Post, "/groups/{id}/owners/$ref", 204)
    );
    assert!(op.response.body.is_none());
    assert_eq!(
        op.permissions.delegated_work,
        [
            "Group.ReadWrite.All",
            "Directory.ReadWrite.All",
            "Directory.AccessAsUser.All"
        ]
    );
    assert!(op.permissions.delegated_personal.is_empty());
    assert_eq!(
        op.permissions.application,
        ["Group.ReadWrite.All", "Directory.ReadWrite.All"]
    );
}

#[test]
fn drive_item_paths_keep_their_colon_syntax() {
    let api = analyze("v1.0", &["api/driveitem-get-content.md"]);
    let paths: Vec<&str> = operations(&api).iter().map(|o| o.path.as_str()).collect();
    assert!(
        paths.contains(&"/me/drive/root:/{item-path}:/content"),
        "{paths:?}"
    );
    assert!(
        paths.contains(&"/drives/{drive-id}/items/{item-id}/content"),
        "{paths:?}"
    );
    assert_eq!(
        paths.len(),
        6,
        "six request lines, six operations: {paths:?}"
    );
}

#[test]
fn header_lines_among_request_lines_become_header_parameters() {
    let api = analyze("v1.0", &["api/workbook-closesession.md"]);
    let ops = operations(&api);
    let paths: Vec<&str> = ops.iter().map(|o| o.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "/me/drive/items/{id}/workbook/closeSession",
            "/me/drive/root:/{item-path}:/workbook/closeSession"
        ]
    );
    for op in ops {
        assert_eq!(op.method, Method::Post);
        assert!(
            op.headers.iter().any(|h| h.name == "workbook-session-id"),
            "{:?}",
            op.headers
        );
    }
}

#[test]
fn calendar_view_takes_its_required_query_parameters() {
    let api = analyze("v1.0", &["api/calendar-list-calendarview.md"]);
    let op = operations(&api)
        .into_iter()
        .find(|o| o.path == "/me/calendar/calendarView")
        .expect("GET /me/calendar/calendarView");
    let params: Vec<(&str, Primitive, bool)> = op
        .query_params
        .iter()
        .map(|p| (p.name.as_str(), p.ty, p.required))
        .collect();
    assert_eq!(
        params,
        [
            ("startDateTime", Primitive::String, true),
            ("endDateTime", Primitive::String, true)
        ]
    );
    let example = &op.examples[0];
    let plan =
        docgen::examples::plan(&api, op, example).expect("the example reads against the operation");
    let keys: Vec<(docgen::examples::QueryArg, &str)> =
        plan.query.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(keys.len(), 2, "{keys:?}");
    assert!(
        keys.iter()
            .all(|(k, _)| matches!(k, docgen::examples::QueryArg::Param(_)))
    );
}

#[test]
fn delta_state_tokens_are_query_parameters() {
    let api = analyze("v1.0", &["api/chatmessage-delta.md"]);
    let op = operations(&api)
        .into_iter()
        .next()
        .expect("the delta function");
    let names: Vec<&str> = op.query_params.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["$deltatoken", "$skiptoken"]);
    assert!(op.query_params.iter().all(|p| !p.required));
    for example in &op.examples {
        assert!(
            docgen::examples::plan(&api, op, example).is_ok(),
            "{} reads",
            example.name
        );
    }
}

#[test]
fn a_function_returning_a_string_is_wrapped_in_value() {
    let api = analyze(
        "beta",
        &["api/educationsynchronizationprofile-uploadurl.md"],
    );
    let op = operations(&api).into_iter().next().expect("uploadUrl");
    let body = op.response.body.as_ref().expect("returns a string");
    assert_eq!(body.ty, STRING);
    assert_eq!(api.response_shape(body), docgen::ir::ResponseShape::Wrapped);
    let plan = docgen::examples::plan(&api, op, &op.examples[0])
        .expect("`{\"value\": \"https://...\"}` reads as a wrapped string");
    assert!(
        plan.response_body
            .expect("has a body")
            .get("value")
            .is_some_and(|v| v.is_string())
    );
}

#[test]
fn a_wrapped_value_of_the_wrong_kind_contradicts_the_page() {
    // isPublished's response annotation says `string`; the example shows `{"value": false}`.
    let api = analyze("beta", &["api/contenttype-ispublished.md"]);
    let op = operations(&api).into_iter().next().expect("isPublished");
    let error = docgen::examples::plan(&api, op, &op.examples[0])
        .err()
        .expect("a contradiction");
    assert_eq!(
        error.to_string(),
        "the example contradicts the documented types: response body: `$` should be a string but is a boolean"
    );
}

#[test]
fn intune_get_examples_wrapped_in_value_are_read_inside() {
    let api = analyze(
        "v1.0",
        &[
            "resources/intune-deviceconfig-deviceconfiguration.md",
            "resources/intune-deviceconfig-androidcustomconfiguration.md",
            "resources/intune-deviceconfig-omasetting.md",
            "api/intune-deviceconfig-androidcustomconfiguration-get.md",
        ],
    );
    let op = operations(&api).into_iter().next().expect("the get");
    let (plan, findings) =
        docgen::examples::plan_with_findings(&api, op, &op.examples[0]).expect("reads");
    assert!(
        findings
            .iter()
            .any(|(_, f)| *f == docgen::examples::values::Finding::WrappedInValue)
    );
    let body = plan.response_body.expect("has a body");
    assert_eq!(
        body["@odata.type"],
        "#microsoft.graph.androidCustomConfiguration"
    );
    assert!(body.get("value").is_none());
}

#[test]
fn a_page_covering_many_paths_does_not_retype_an_operation() {
    // The extended-property page lists `POST /groups/{id}/events` among 20-odd paths; the
    // page about creating a group event defines what it takes and returns.
    let api = analyze(
        "v1.0",
        &[
            "resources/entity.md",
            "resources/outlookitem.md",
            "resources/event.md",
            "resources/singlevaluelegacyextendedproperty.md",
            "api/group-post-events.md",
            "api/singlevaluelegacyextendedproperty-post-singlevalueextendedproperties.md",
        ],
    );
    let op = operations(&api)
        .into_iter()
        .find(|o| o.method == Method::Post && o.path == "/groups/{id}/events")
        .expect("POST /groups/{id}/events");
    assert_eq!(
        op.body,
        Some(docgen::ir::Body::Value {
            ty: named("microsoft.graph.event"),
            collection: false
        })
    );
    assert_eq!(
        op.response.body.as_ref().map(|b| &b.ty),
        Some(&named("microsoft.graph.event"))
    );
    assert!(op.location.path.ends_with("group-post-events.md"));
}

#[test]
fn an_action_table_listing_the_linked_type_is_its_parameters() {
    let api = analyze(
        "v1.0",
        &[
            "resources/keycredential.md",
            "resources/passwordcredential.md",
            "api/application-addkey.md",
        ],
    );
    let op = operations(&api).into_iter().next().expect("addKey");
    let Some(docgen::ir::Body::Parameters(params)) = &op.body else {
        panic!("parameters, not {:?}", op.body)
    };
    let names: Vec<&str> = params.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["keyCredential", "passwordCredential", "proof"]);
}

#[test]
fn an_enum_on_a_resource_page_template_keeps_its_members() {
    // `doc_type: resourcePageType`, but a `## Members` table and no properties.
    let api = analyze("beta", &["resources/teamsasyncoperationstatus.md"]);
    assert!(
        api.types.is_empty(),
        "{:?}",
        api.types.keys().collect::<Vec<_>>()
    );
    let names: Vec<String> = members(&api, "microsoft.graph.teamsAsyncOperationStatus")
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    assert_eq!(
        names,
        ["invalid", "notStarted", "inProgress", "succeeded", "failed"]
    );
}

#[test]
fn intune_permission_sub_rows_belong_to_the_kind_above() {
    let api = analyze("beta", &["api/intune-shared-windowsupdatestate-delete.md"]);
    let op = operations(&api).into_iter().next().expect("the delete");
    assert_eq!(
        op.permissions.delegated_work,
        ["DeviceManagementConfiguration.ReadWrite.All"]
    );
    assert!(
        op.permissions.delegated_personal.is_empty(),
        "Not supported."
    );
    assert_eq!(
        op.permissions.application,
        ["DeviceManagementConfiguration.ReadWrite.All"]
    );
}

#[test]
fn an_action_table_that_is_not_the_returned_type_is_its_parameters() {
    // `redirect` takes `destinationPrinterId` and returns the printJob.
    let api = analyze(
        "v1.0",
        &[
            "resources/entity.md",
            "resources/printjob.md",
            "api/printjob-redirect.md",
        ],
    );
    let op = operations(&api).into_iter().next().expect("redirect");
    let Some(docgen::ir::Body::Parameters(params)) = &op.body else {
        panic!("parameters, not {:?}", op.body)
    };
    assert!(
        params.iter().any(|p| p.name == "destinationPrinterId"),
        "{params:?}"
    );
    assert_eq!(
        op.response.body.as_ref().map(|b| &b.ty),
        Some(&named("microsoft.graph.printJob"))
    );
}

#[test]
fn a_products_own_page_defines_an_operation_intune_also_documents() {
    let api = analyze(
        "v1.0",
        &["api/intune-devices-user-update.md", "api/user-update.md"],
    );
    let op = operations(&api)
        .into_iter()
        .find(|o| o.method == Method::Patch && o.path.starts_with("/users/"))
        .expect("PATCH /users/{id}");
    assert!(
        op.location.path.ends_with("/user-update.md"),
        "{}",
        op.location
    );
    assert!(
        op.permissions
            .delegated_work
            .iter()
            .any(|p| p == "User.ReadWrite"),
        "{:?}",
        op.permissions
    );
    assert!(!op.area.starts_with("intune"), "{}", op.area);
}

#[test]
fn a_line_that_shows_a_query_does_not_define_its_operation() {
    // The extensions page shows `GET /organization/{Id}?$expand=extensions(...)`, a use of the
    // organization's own GET, which Intune's page documents.
    let api = analyze(
        "beta",
        &[
            "resources/organization.md",
            "api/opentypeextension-get.md",
            "api/intune-onboarding-organization-get.md",
        ],
    );
    let op = operations(&api)
        .into_iter()
        .find(|o| {
            o.method == Method::Get
                && o.path.starts_with("/organization/{")
                && o.path_params.len() == 1
        })
        .expect("GET /organization/{id}");
    assert!(
        op.location
            .path
            .ends_with("intune-onboarding-organization-get.md"),
        "{}",
        op.location
    );
    assert_eq!(
        op.response.body.as_ref().map(|b| &b.ty),
        Some(&named("microsoft.graph.organization"))
    );
}

/// The whole analysis of some corpus pages, diagnostics and report included.
fn analysis(version: &str, pages: &[&str]) -> docgen::Analysis {
    let base = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/corpus/graph-docs-2021/api-reference")
        .join(version);
    let paths: Vec<PathBuf> = pages.iter().map(|p| base.join(p)).collect();
    let sources = docgen::files::read_pages(&paths).expect("corpus pages are readable");
    docgen::analyze(
        &sources,
        &docgen::link::LinkConfig {
            version: Some(version.to_string()),
        },
    )
}

/// The codes said at a line of a page.
fn codes_at(analysis: &docgen::Analysis, page: &str, line: u32) -> Vec<&'static str> {
    analysis
        .diagnostics
        .iter()
        .filter(|d| d.location.path.ends_with(page) && d.location.line == line)
        .map(|d| d.code)
        .collect()
}

#[test]
fn examples_in_the_drive_shorthand_check_the_spelled_out_line() {
    // The page lists `/me/drive/items/{item-id}/children`; its first example is on
    // `/me/drive/root/children`, the root item's shorthand.
    let analysis = analysis(
        "v1.0",
        &["resources/driveitem.md", "api/driveitem-list-children.md"],
    );
    assert_eq!(
        codes_at(&analysis, "driveitem-list-children.md", 62),
        ["D034"]
    );
    let op = analysis
        .api
        .operations
        .values()
        .find(|o| o.path == "/me/drive/items/{item-id}/children")
        .expect("the /me line");
    let example = op
        .examples
        .iter()
        .find(|e| e.request.url.ends_with("/me/drive/root/children"))
        .expect("took the example");
    let plan = docgen::examples::plan(&analysis.api, op, example)
        .expect("the example reads against the operation");
    assert_eq!(
        (plan.path.as_str(), plan.path_args.as_slice()),
        (
            "/me/drive/items/root/children",
            ["root".to_string()].as_slice()
        )
    );
}

#[test]
fn a_request_line_in_the_drive_shorthand_is_on_the_signed_in_users_drive() {
    let analysis = analysis("v1.0", &["api/driveitem-get-content-format.md"]);
    let paths: Vec<&str> = operations(&analysis.api)
        .iter()
        .map(|o| o.path.as_str())
        .collect();
    assert_eq!(
        paths,
        [
            "/me/drive/items/{item-id}/content",
            "/me/drive/root:/{path-and-filename}:/content"
        ]
    );
    assert!(
        analysis.diagnostics.iter().any(|d| d.code == "D034"),
        "{:?}",
        analysis.diagnostics
    );
}

#[test]
fn a_parameter_table_listing_the_linked_types_properties_is_that_type() {
    // "supply a JSON representation of [user]" and a Parameter table of what a create needs.
    let api = analyze(
        "v1.0",
        &[
            "resources/entity.md",
            "resources/directoryobject.md",
            "resources/user.md",
            "api/user-post-users.md",
        ],
    );
    let op = operations(&api)
        .into_iter()
        .find(|o| o.method == Method::Post)
        .expect("POST /users");
    assert_eq!(
        op.body,
        Some(docgen::ir::Body::Value {
            ty: named("microsoft.graph.user"),
            collection: false
        })
    );
}

#[test]
fn an_update_table_of_the_resources_properties_is_that_resource() {
    // PATCH with an unlinked property table and a 204: the GET of the path says the resource.
    let api = analyze(
        "v1.0",
        &[
            "resources/entity.md",
            "resources/groupsetting.md",
            "api/groupsetting-get.md",
            "api/groupsetting-update.md",
        ],
    );
    let op = operations(&api)
        .into_iter()
        .find(|o| o.method == Method::Patch)
        .expect("PATCH");
    assert_eq!(
        op.body,
        Some(docgen::ir::Body::Value {
            ty: named("microsoft.graph.groupSetting"),
            collection: false
        })
    );
}

#[test]
fn an_update_is_defined_by_the_page_whose_body_is_the_resource() {
    // relatedContact's page lists the same PATCH with a relatedContact body and fewer lines.
    let api = analyze(
        "beta",
        &[
            "resources/educationuser.md",
            "resources/relatedcontact.md",
            "api/educationuser-get.md",
            "api/educationuser-update.md",
            "api/relatedcontact-update.md",
        ],
    );
    let op = operations(&api)
        .into_iter()
        .find(|o| o.method == Method::Patch && o.path.starts_with("/education/users/"))
        .expect("PATCH");
    assert!(
        op.location.path.ends_with("/educationuser-update.md"),
        "{}",
        op.location
    );
}

#[test]
fn request_lines_outside_an_http_request_heading() {
    // The page puts its ignored request block under Permissions, and has no HTTP request heading.
    let analysis = analysis("v1.0", &["api/chat-post-members.md"]);
    let found: Vec<(Method, &str)> = operations(&analysis.api)
        .iter()
        .map(|o| (o.method, o.path.as_str()))
        .collect();
    assert_eq!(found, [(Method::Post, "/chats/{chat-id}/members")]);
    assert_eq!(analysis.report.examples_fitting_no_request_line, 0);
}

#[test]
fn optional_function_parameters_make_two_calls() {
    let api = analyze("v1.0", &["api/worksheet-usedrange.md"]);
    let paths: Vec<&str> = operations(&api)
        .iter()
        .map(|o| o.path.as_str())
        .filter(|p| p.starts_with("/me/drive/items/"))
        .collect();
    assert_eq!(
        paths,
        [
            "/me/drive/items/{id}/workbook/worksheets/{worksheet-id}/usedRange",
            "/me/drive/items/{id}/workbook/worksheets/{worksheet-id}/usedRange(valuesOnly={valuesOnly})"
        ]
    );
    let bare = operations(&api)
        .into_iter()
        .find(|o| o.path.ends_with("/usedRange") && o.path.starts_with("/me/drive/items/"))
        .expect("bare");
    assert_eq!(
        bare.query_params
            .iter()
            .map(|p| (p.name.as_str(), p.required))
            .collect::<Vec<_>>(),
        [("valuesOnly", false)]
    );
}

#[test]
fn an_example_calling_a_function_with_documented_arguments_adds_the_call() {
    // The line writes `range/cell`; the Path parameters table lists row and column, which the
    // example passes as `cell(row=5,column=6)`.
    let analysis = analysis("v1.0", &["api/range-cell.md"]);
    let paths: Vec<&str> = operations(&analysis.api)
        .iter()
        .map(|o| o.path.as_str())
        .collect();
    assert!(
        paths.contains(
            &"/me/drive/items/{id}/workbook/names/{name}/range/cell(row={row},column={column})"
        ),
        "{paths:?}"
    );
    assert_eq!(codes_at(&analysis, "range-cell.md", 66), ["D035"]);
    assert_eq!(analysis.report.examples_passing, 1);
}

#[test]
fn an_example_casting_a_collection_adds_the_cast() {
    let analysis = analysis(
        "v1.0",
        &[
            "resources/entity.md",
            "resources/directoryobject.md",
            "resources/user.md",
            "api/group-list-transitivemembers.md",
        ],
    );
    let op = analysis
        .api
        .operations
        .values()
        .find(|o| o.path == "/groups/{id}/transitiveMembers/microsoft.graph.user")
        .expect("the cast");
    assert_eq!(op.name, "list_group_transitive_members_as_user");
    assert_eq!(
        op.response.body.as_ref().map(|b| (&b.ty, b.collection)),
        Some((&named("microsoft.graph.user"), true))
    );
    assert!(
        op.query_options.contains(&docgen::ir::QueryOption::OrderBy),
        "the examples order the cast: {:?}",
        op.query_options
    );
}

#[test]
fn a_type_the_prose_calls_open_takes_any_member() {
    // Beta's planner pages say "This type is an open type" without the annotation.
    let api = analyze("beta", &["resources/plannerassignments.md"]);
    assert!(api.types["microsoft.graph.plannerAssignments"].open);
}

#[test]
fn placeholders_in_angle_brackets_and_parentheses_are_parameters() {
    let api = analyze(
        "beta",
        &["api/rangeborder-get.md", "api/chatmessage-update.md"],
    );
    let paths: Vec<&str> = operations(&api).iter().map(|o| o.path.as_str()).collect();
    assert!(
        paths.contains(
            &"/me/drive/items/{id}/workbook/names/{name}/range/format/borders({sideIndex})"
        ),
        "{paths:?}"
    );
    assert!(
        paths.contains(&"/teams/{team-id}/channels/{channel-id}/messages/{message-id}"),
        "{paths:?}"
    );
    assert!(paths.iter().all(|p| !p.contains(['<', '>'])), "{paths:?}");
}

#[test]
fn a_parameter_required_for_one_path_of_a_page_is_optional() {
    // endDateTime is "Required for delta on calendarView", not for delta on a calendar's events.
    let api = analyze("beta", &["api/event-delta.md"]);
    for op in operations(&api) {
        assert!(
            op.query_params.iter().all(|p| !p.required),
            "{} {:?}",
            op.path,
            op.query_params
        );
    }
}

#[test]
fn a_list_of_items_is_a_collection() {
    let api = analyze("v1.0", &["api/insights-list-shared.md"]);
    let op = operations(&api).into_iter().next().expect("list");
    assert!(
        op.response.body.as_ref().is_some_and(|b| b.collection),
        "{:?}",
        op.response
    );
}

#[test]
fn a_word_linked_to_a_resource_page_is_that_pages_type() {
    // "a JSON representation of a [message](../resources/chatmessage.md)": a chatMessage, not
    // Outlook's message, which is also defined.
    let api = analyze(
        "v1.0",
        &[
            "resources/entity.md",
            "resources/chatmessage.md",
            "resources/message.md",
            "api/chatmessage-post-replies.md",
        ],
    );
    let op = operations(&api)
        .into_iter()
        .find(|o| o.method == Method::Post)
        .expect("POST a reply");
    assert_eq!(
        op.body,
        Some(docgen::ir::Body::Value {
            ty: named("microsoft.graph.chatMessage"),
            collection: false
        })
    );
    assert_eq!(
        op.response.body.as_ref().map(|b| &b.ty),
        Some(&named("microsoft.graph.chatMessage"))
    );
}

#[test]
fn an_array_of_linked_objects_is_a_json_array_body() {
    let api = analyze(
        "v1.0",
        &["resources/patchcontentcommand.md", "api/page-update.md"],
    );
    let op = operations(&api)
        .into_iter()
        .find(|o| o.method == Method::Patch)
        .expect("PATCH content");
    assert_eq!(
        op.body,
        Some(docgen::ir::Body::Value {
            ty: named("microsoft.graph.onenotePatchContentCommand"),
            collection: true
        })
    );
}

#[test]
fn a_value_path_returns_the_raw_stream() {
    // One page documents the photo's metadata and, on `/$value`, its bytes.
    let api = analyze(
        "v1.0",
        &[
            "resources/entity.md",
            "resources/profilephoto.md",
            "api/profilephoto-get.md",
        ],
    );
    let response = |path: &str| {
        let op = api
            .operations
            .values()
            .find(|o| o.method == Method::Get && o.path == path)
            .unwrap_or_else(|| panic!("GET {path}"));
        op.response.body.clone().expect("a body")
    };
    let metadata = response("/me/photo");
    assert_eq!(metadata.ty, named("microsoft.graph.profilePhoto"));
    let bytes = response("/me/photo/$value");
    assert_eq!(bytes.ty, TypeExpr::Primitive(Primitive::Stream));
    assert_eq!(api.response_shape(&bytes), docgen::ir::ResponseShape::Raw);
}

#[test]
fn a_body_the_prose_calls_a_binary_stream_is_bytes() {
    // "The contents of the request body should be the binary stream of the file to be uploaded."
    let api = analyze("v1.0", &["api/driveitem-put-content.md"]);
    let op = api
        .operations
        .values()
        .find(|o| o.path == "/me/drive/items/{item-id}/content")
        .expect("PUT content");
    assert!(op.uploads_stream(), "{:?}", op.body);
    let example = op.examples.first().expect("the upload example");
    let plan =
        docgen::examples::plan(&api, op, example).expect("the example reads against the operation");
    let (content_type, bytes) = plan.upload.expect("an upload");
    assert_eq!(
        (content_type.as_str(), bytes.as_str()),
        ("text/plain", "The contents of the file goes here.")
    );
    assert_eq!(plan.body, None);
}
