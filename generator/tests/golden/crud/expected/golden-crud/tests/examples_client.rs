//! Contract tests generated from the docs' examples, through the client: each example request
//! goes to a server on loopback that answers with the example response, which the client reads
//! into the documented type. The checks that need no server are in `examples.rs`.
#![allow(unused_imports)]
use golden_crud::{
    endpoints, models, Binary, Collection, Method, Request, ResponseBody, ValueResponse,
};
fn decoded(path: &str) -> String {
    percent_encoding::percent_decode_str(path).decode_utf8_lossy().into_owned()
}
fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).expect("example JSON parses")
}
/// A value without its `null` members: a model reads `null` and absent alike and writes neither.
fn without_nulls(value: serde_json::Value) -> serde_json::Value {
    match value {
        serde_json::Value::Object(map) => {
            map.into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k, without_nulls(v)))
                .collect()
        }
        serde_json::Value::Array(items) => items.into_iter().map(without_nulls).collect(),
        other => other,
    }
}
/// Sends `request` through the client to a server on loopback that answers `answer` to one
/// authorised `method` request; returns what the client read and the request the server got.
/// One generic function serves every test of a response type.
fn exchange_with<T: ResponseBody>(
    request: Request<T>,
    method: &str,
    answer: wiremock::ResponseTemplate,
) -> (T, wiremock::Request) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    runtime
        .block_on(async {
            let server = wiremock::MockServer::start().await;
            wiremock::Mock::given(wiremock::matchers::method(method))
                .and(wiremock::matchers::header("authorization", "Bearer test-token"))
                .respond_with(answer)
                .expect(1)
                .mount(&server)
                .await;
            let client = golden_crud::Client::with_service_root(
                server.uri(),
                "test-token",
            );
            let response = client
                .send(request)
                .await
                .expect("the client reads the example response");
            let mut received = server
                .received_requests()
                .await
                .expect("recording is on");
            (response, received.remove(0))
        })
}
/// [`exchange_with`] a server that answers `status` without a body.
fn exchange<T: ResponseBody>(
    request: Request<T>,
    method: &str,
    status: u16,
) -> (T, wiremock::Request) {
    exchange_with(request, method, wiremock::ResponseTemplate::new(status))
}
/// [`exchange_with`] a server that answers `status` with `body` of `content_type`.
fn exchange_body<T: ResponseBody>(
    request: Request<T>,
    method: &str,
    status: u16,
    body: &str,
    content_type: &str,
) -> (T, wiremock::Request) {
    exchange_with(
        request,
        method,
        wiremock::ResponseTemplate::new(status).set_body_raw(body, content_type),
    )
}
/// Example at docs-input/api/devicemanagement-post-devicemanagementscripts.md:73:1.
#[test]
fn create_device_management_script_example_1_client() {
    let body = serde_json::from_value(
            json(
                r##"{
  "@odata.type": "#microsoft.graph.deviceManagementScript",
  "displayName": "Restart print spooler",
  "description": "Restarts the print spooler service.",
  "scriptContent": "UmVzdGFydC1TZXJ2aWNlIC1OYW1lIFNwb29sZXI=",
  "runAsAccount": "system",
  "enforceSignatureCheck": false,
  "fileName": "RestartSpooler.ps1",
  "roleScopeTagIds": [
    "0"
  ],
  "runAs32Bit": false
}"##,
            ),
        )
        .expect("the example body reads as the documented type");
    let request = endpoints::create_device_management_script(&body);
    let (response, received) = exchange_body(
        request,
        "POST",
        201,
        r##"{
  "@odata.type": "#microsoft.graph.deviceManagementScript",
  "id": "0f4d6a2b-8e31-4c95-b7a0-5d2e9c1f6a84",
  "displayName": "Restart print spooler",
  "description": "Restarts the print spooler service.",
  "scriptContent": "UmVzdGFydC1TZXJ2aWNlIC1OYW1lIFNwb29sZXI=",
  "createdDateTime": "2021-07-21T10:05:36.6620000Z",
  "lastModifiedDateTime": "2021-07-21T10:05:36.6620000Z",
  "runAsAccount": "system",
  "enforceSignatureCheck": false,
  "fileName": "RestartSpooler.ps1",
  "roleScopeTagIds": [
    "0"
  ],
  "runAs32Bit": false
}"##,
        "application/json",
    );
    assert_eq!(
        without_nulls(serde_json::to_value(& response).expect("models serialise")),
        without_nulls(json(r##"{
  "@odata.type": "#microsoft.graph.deviceManagementScript",
  "id": "0f4d6a2b-8e31-4c95-b7a0-5d2e9c1f6a84",
  "displayName": "Restart print spooler",
  "description": "Restarts the print spooler service.",
  "scriptContent": "UmVzdGFydC1TZXJ2aWNlIC1OYW1lIFNwb29sZXI=",
  "createdDateTime": "2021-07-21T10:05:36.6620000Z",
  "lastModifiedDateTime": "2021-07-21T10:05:36.6620000Z",
  "runAsAccount": "system",
  "enforceSignatureCheck": false,
  "fileName": "RestartSpooler.ps1",
  "roleScopeTagIds": [
    "0"
  ],
  "runAs32Bit": false
}"##))
    );
    assert_eq!(
        decoded(received.url.path()), "/deviceManagement/deviceManagementScripts"
    );
}
/// Example at docs-input/api/devicemanagementscript-delete.md:57:1.
#[test]
fn delete_device_management_script_example_1_client() {
    let request = endpoints::delete_device_management_script(
        "59ea4525-4525-59ea-2545-ea592545ea59",
    );
    let (response, received) = exchange(request, "DELETE", 204);
    assert_eq!(
        serde_json::to_value(response).expect("unit serialises"), serde_json::Value::Null
    );
    assert_eq!(
        decoded(received.url.path()),
        "/deviceManagement/deviceManagementScripts/59ea4525-4525-59ea-2545-ea592545ea59"
    );
}
/// Example at docs-input/api/devicemanagementscript-get.md:62:1.
#[test]
fn get_device_management_script_example_1_client() {
    let query = endpoints::GetDeviceManagementScriptQuery {
        ..Default::default()
    };
    let request = endpoints::get_device_management_script(
        "59ea4525-4525-59ea-2545-ea592545ea59",
        &query,
    );
    let (response, received) = exchange_body(
        request,
        "GET",
        200,
        r##"{
  "@odata.type": "#microsoft.graph.deviceManagementScript",
  "id": "59ea4525-4525-59ea-2545-ea592545ea59",
  "displayName": "Set time zone",
  "description": "Sets the device time zone to UTC.",
  "scriptContent": "U2V0LVRpbWVab25lIC1JZCAiVVRDIg==",
  "createdDateTime": "2021-02-08T13:27:41.0930000Z",
  "lastModifiedDateTime": "2021-02-08T13:27:41.0930000Z",
  "runAsAccount": "system",
  "enforceSignatureCheck": false,
  "fileName": "SetTimeZone.ps1",
  "roleScopeTagIds": [
    "0"
  ],
  "runAs32Bit": false
}"##,
        "application/json",
    );
    assert_eq!(
        without_nulls(serde_json::to_value(& response).expect("models serialise")),
        without_nulls(json(r##"{
  "@odata.type": "#microsoft.graph.deviceManagementScript",
  "id": "59ea4525-4525-59ea-2545-ea592545ea59",
  "displayName": "Set time zone",
  "description": "Sets the device time zone to UTC.",
  "scriptContent": "U2V0LVRpbWVab25lIC1JZCAiVVRDIg==",
  "createdDateTime": "2021-02-08T13:27:41.0930000Z",
  "lastModifiedDateTime": "2021-02-08T13:27:41.0930000Z",
  "runAsAccount": "system",
  "enforceSignatureCheck": false,
  "fileName": "SetTimeZone.ps1",
  "roleScopeTagIds": [
    "0"
  ],
  "runAs32Bit": false
}"##))
    );
    assert_eq!(
        decoded(received.url.path()),
        "/deviceManagement/deviceManagementScripts/59ea4525-4525-59ea-2545-ea592545ea59"
    );
}
/// Example at docs-input/api/devicemanagement-list-devicemanagementscripts.md:63:1.
#[test]
fn list_device_management_scripts_example_1_client() {
    let query = endpoints::ListDeviceManagementScriptsQuery {
        top: Some(2),
        ..Default::default()
    };
    let request = endpoints::list_device_management_scripts(&query);
    let (response, received) = exchange_body(
        request,
        "GET",
        200,
        r##"{
  "@odata.nextLink": "https://graph.microsoft.com/beta/deviceManagement/deviceManagementScripts?$top=2&$skiptoken=RFNwdAIAAQAAABg6c2NyaXB0cy8wMDAwMDAwMg",
  "value": [
    {
      "@odata.type": "#microsoft.graph.deviceManagementScript",
      "id": "a3f08c61-5d2e-4b7a-9c14-e86b27d03f95",
      "displayName": "Disk cleanup",
      "description": "Removes temporary files and reports when done.",
      "scriptContent": "V3JpdGUtT3V0cHV0ICJEaXNrIGNsZWFudXAgY29tcGxldGUi",
      "createdDateTime": "2021-03-02T08:15:27.4410000Z",
      "lastModifiedDateTime": "2021-05-19T16:40:03.1280000Z",
      "runAsAccount": "system",
      "enforceSignatureCheck": false,
      "fileName": "DiskCleanup.ps1",
      "roleScopeTagIds": [
        "0"
      ],
      "runAs32Bit": false
    },
    {
      "@odata.type": "#microsoft.graph.deviceManagementScript",
      "id": "6d1b4e92-0c7f-48a3-b5e6-3f9a71c2d804",
      "displayName": "Export service list",
      "description": "Writes the list of installed services to a text file.",
      "scriptContent": "R2V0LVNlcnZpY2UgfCBPdXQtRmlsZSBDOlxUZW1wXHNlcnZpY2VzLnR4dA==",
      "createdDateTime": "2021-04-11T11:02:58.9070000Z",
      "lastModifiedDateTime": "2021-04-11T11:02:58.9070000Z",
      "runAsAccount": "user",
      "enforceSignatureCheck": true,
      "fileName": "ExportServices.ps1",
      "roleScopeTagIds": [
        "0",
        "3"
      ],
      "runAs32Bit": true
    }
  ]
}"##,
        "application/json",
    );
    assert_eq!(
        without_nulls(serde_json::to_value(& response).expect("models serialise")),
        without_nulls(json(r##"{
  "@odata.nextLink": "https://graph.microsoft.com/beta/deviceManagement/deviceManagementScripts?$top=2&$skiptoken=RFNwdAIAAQAAABg6c2NyaXB0cy8wMDAwMDAwMg",
  "value": [
    {
      "@odata.type": "#microsoft.graph.deviceManagementScript",
      "id": "a3f08c61-5d2e-4b7a-9c14-e86b27d03f95",
      "displayName": "Disk cleanup",
      "description": "Removes temporary files and reports when done.",
      "scriptContent": "V3JpdGUtT3V0cHV0ICJEaXNrIGNsZWFudXAgY29tcGxldGUi",
      "createdDateTime": "2021-03-02T08:15:27.4410000Z",
      "lastModifiedDateTime": "2021-05-19T16:40:03.1280000Z",
      "runAsAccount": "system",
      "enforceSignatureCheck": false,
      "fileName": "DiskCleanup.ps1",
      "roleScopeTagIds": [
        "0"
      ],
      "runAs32Bit": false
    },
    {
      "@odata.type": "#microsoft.graph.deviceManagementScript",
      "id": "6d1b4e92-0c7f-48a3-b5e6-3f9a71c2d804",
      "displayName": "Export service list",
      "description": "Writes the list of installed services to a text file.",
      "scriptContent": "R2V0LVNlcnZpY2UgfCBPdXQtRmlsZSBDOlxUZW1wXHNlcnZpY2VzLnR4dA==",
      "createdDateTime": "2021-04-11T11:02:58.9070000Z",
      "lastModifiedDateTime": "2021-04-11T11:02:58.9070000Z",
      "runAsAccount": "user",
      "enforceSignatureCheck": true,
      "fileName": "ExportServices.ps1",
      "roleScopeTagIds": [
        "0",
        "3"
      ],
      "runAs32Bit": true
    }
  ]
}"##))
    );
    assert_eq!(
        decoded(received.url.path()), "/deviceManagement/deviceManagementScripts"
    );
}
/// Example at docs-input/api/devicemanagementscript-update.md:71:1.
#[test]
fn update_device_management_script_example_1_client() {
    let body = serde_json::from_value(
            json(
                r##"{
  "@odata.type": "#microsoft.graph.deviceManagementScript",
  "description": "Sets the device time zone to UTC. Signed build.",
  "enforceSignatureCheck": true,
  "roleScopeTagIds": [
    "0",
    "2"
  ]
}"##,
            ),
        )
        .expect("the example body reads as the documented type");
    let request = endpoints::update_device_management_script(
        "59ea4525-4525-59ea-2545-ea592545ea59",
        &body,
    );
    let (response, received) = exchange_body(
        request,
        "PATCH",
        200,
        r##"{
  "@odata.type": "#microsoft.graph.deviceManagementScript",
  "id": "59ea4525-4525-59ea-2545-ea592545ea59",
  "displayName": "Set time zone",
  "description": "Sets the device time zone to UTC. Signed build.",
  "scriptContent": "U2V0LVRpbWVab25lIC1JZCAiVVRDIg==",
  "createdDateTime": "2021-02-08T13:27:41.0930000Z",
  "lastModifiedDateTime": "2021-07-23T15:48:09.2710000Z",
  "runAsAccount": "system",
  "enforceSignatureCheck": true,
  "fileName": "SetTimeZone.ps1",
  "roleScopeTagIds": [
    "0",
    "2"
  ],
  "runAs32Bit": false
}"##,
        "application/json",
    );
    assert_eq!(
        without_nulls(serde_json::to_value(& response).expect("models serialise")),
        without_nulls(json(r##"{
  "@odata.type": "#microsoft.graph.deviceManagementScript",
  "id": "59ea4525-4525-59ea-2545-ea592545ea59",
  "displayName": "Set time zone",
  "description": "Sets the device time zone to UTC. Signed build.",
  "scriptContent": "U2V0LVRpbWVab25lIC1JZCAiVVRDIg==",
  "createdDateTime": "2021-02-08T13:27:41.0930000Z",
  "lastModifiedDateTime": "2021-07-23T15:48:09.2710000Z",
  "runAsAccount": "system",
  "enforceSignatureCheck": true,
  "fileName": "SetTimeZone.ps1",
  "roleScopeTagIds": [
    "0",
    "2"
  ],
  "runAs32Bit": false
}"##))
    );
    assert_eq!(
        decoded(received.url.path()),
        "/deviceManagement/deviceManagementScripts/59ea4525-4525-59ea-2545-ea592545ea59"
    );
}
