//! Contract tests generated from the docs' examples: each endpoint function builds the request
//! its page shows, and each example response reads into the documented type and writes back
//! the same JSON. The same examples through the client are in `examples_client.rs`.
#![allow(unused_imports)]
use device_scripts::{
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
/// Members a model kept aside because it has no field for them, other than instance
/// annotations (`@odata.context`, `x@odata.type`, ...).
fn unknown_members(value: &serde_json::Map<String, serde_json::Value>) -> Vec<&str> {
    value.keys().map(String::as_str).filter(|k| !k.contains('@')).collect()
}
/// Example at docs-input/api/devicemanagement-post-devicemanagementscripts.md:73:1.
#[test]
fn create_device_management_script_example_1_request() {
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
    assert_eq!(request.method(), Method::Post);
    assert_eq!(decoded(request.path()), "/deviceManagement/deviceManagementScripts");
    let expected_query: Vec<(String, String)> = vec![];
    assert_eq!(request.query(), expected_query.as_slice());
    let sent = request.body().cloned().expect("the request has a body");
    assert_eq!(
        without_nulls(sent.clone()),
        without_nulls(json(r##"{
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
}"##))
    );
    assert!(
        request.headers().iter().any(| (k, v) | k == "Content-Type" && v ==
        "application/json")
    );
}
/// Example at docs-input/api/devicemanagement-post-devicemanagementscripts.md:73:1.
#[test]
fn create_device_management_script_example_1_response() {
    let parsed: crate::models::DeviceManagementScript = serde_json::from_value(
            json(
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
            ),
        )
        .expect("the example response reads as the documented type");
    assert_eq!(
        without_nulls(serde_json::to_value(& parsed).expect("models serialise")),
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
}
/// Example at docs-input/api/devicemanagementscript-delete.md:57:1.
#[test]
fn delete_device_management_script_example_1_request() {
    let request = endpoints::delete_device_management_script(
        "59ea4525-4525-59ea-2545-ea592545ea59",
    );
    assert_eq!(request.method(), Method::Delete);
    assert_eq!(
        decoded(request.path()),
        "/deviceManagement/deviceManagementScripts/59ea4525-4525-59ea-2545-ea592545ea59"
    );
    let expected_query: Vec<(String, String)> = vec![];
    assert_eq!(request.query(), expected_query.as_slice());
    assert_eq!(request.body(), None);
}
/// Example at docs-input/api/devicemanagementscript-get.md:62:1.
#[test]
fn get_device_management_script_example_1_request() {
    let query = endpoints::GetDeviceManagementScriptQuery {
        ..Default::default()
    };
    let request = endpoints::get_device_management_script(
        "59ea4525-4525-59ea-2545-ea592545ea59",
        &query,
    );
    assert_eq!(request.method(), Method::Get);
    assert_eq!(
        decoded(request.path()),
        "/deviceManagement/deviceManagementScripts/59ea4525-4525-59ea-2545-ea592545ea59"
    );
    let expected_query: Vec<(String, String)> = vec![];
    assert_eq!(request.query(), expected_query.as_slice());
    assert_eq!(request.body(), None);
}
/// Example at docs-input/api/devicemanagementscript-get.md:62:1.
#[test]
fn get_device_management_script_example_1_response() {
    let parsed: crate::models::DeviceManagementScript = serde_json::from_value(
            json(
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
            ),
        )
        .expect("the example response reads as the documented type");
    assert_eq!(
        without_nulls(serde_json::to_value(& parsed).expect("models serialise")),
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
}
/// Example at docs-input/api/devicemanagementscript-get-scriptcontent.md:57:1.
#[test]
fn get_device_management_script_content_value_example_1_request() {
    let request = endpoints::get_device_management_script_content_value(
        "59ea4525-4525-59ea-2545-ea592545ea59",
    );
    assert_eq!(request.method(), Method::Get);
    assert_eq!(
        decoded(request.path()),
        "/deviceManagement/deviceManagementScripts/59ea4525-4525-59ea-2545-ea592545ea59/scriptContent/$value"
    );
    let expected_query: Vec<(String, String)> = vec![];
    assert_eq!(request.query(), expected_query.as_slice());
    assert_eq!(request.body(), None);
}
/// Example at docs-input/api/devicemanagementscript-getdevicerunstatecount.md:66:1.
#[test]
fn get_device_management_script_get_device_run_state_count_example_1_request() {
    let query = endpoints::GetDeviceManagementScriptGetDeviceRunStateCountQuery {
        run_state: "fail".to_string(),
        since_days: Some(7),
    };
    let request = endpoints::get_device_management_script_get_device_run_state_count(
        "59ea4525-4525-59ea-2545-ea592545ea59",
        &query,
    );
    assert_eq!(request.method(), Method::Get);
    assert_eq!(
        decoded(request.path()),
        "/deviceManagement/deviceManagementScripts/59ea4525-4525-59ea-2545-ea592545ea59/getDeviceRunStateCount"
    );
    let expected_query: Vec<(String, String)> = vec![
        ("runState".to_string(), "fail".to_string()), ("sinceDays".to_string(), "7"
        .to_string())
    ];
    assert_eq!(request.query(), expected_query.as_slice());
    assert_eq!(request.body(), None);
}
/// Example at docs-input/api/devicemanagementscript-getdevicerunstatecount.md:66:1.
#[test]
fn get_device_management_script_get_device_run_state_count_example_1_response() {
    let parsed: ValueResponse<i32> = serde_json::from_value(
            json(
                r#"{
  "@odata.context": "https://graph.microsoft.com/beta/$metadata#Edm.Int32",
  "value": 3
}"#,
            ),
        )
        .expect("the example response reads as the documented type");
    assert_eq!(
        without_nulls(serde_json::to_value(& parsed).expect("models serialise")),
        without_nulls(json(r#"{
  "@odata.context": "https://graph.microsoft.com/beta/$metadata#Edm.Int32",
  "value": 3
}"#))
    );
}
/// Example at docs-input/api/devicemanagementscriptrunsummary-get.md:58:1.
#[test]
fn get_device_management_script_run_summary_example_1_request() {
    let query = endpoints::GetDeviceManagementScriptRunSummaryQuery {
        ..Default::default()
    };
    let request = endpoints::get_device_management_script_run_summary(
        "59ea4525-4525-59ea-2545-ea592545ea59",
        &query,
    );
    assert_eq!(request.method(), Method::Get);
    assert_eq!(
        decoded(request.path()),
        "/deviceManagement/deviceManagementScripts/59ea4525-4525-59ea-2545-ea592545ea59/runSummary"
    );
    let expected_query: Vec<(String, String)> = vec![];
    assert_eq!(request.query(), expected_query.as_slice());
    assert_eq!(request.body(), None);
}
/// Example at docs-input/api/devicemanagementscriptrunsummary-get.md:58:1.
#[test]
fn get_device_management_script_run_summary_example_1_response() {
    let parsed: crate::models::DeviceManagementScriptRunSummary = serde_json::from_value(
            json(
                r##"{
  "@odata.type": "#microsoft.graph.deviceManagementScriptRunSummary",
  "id": "d1e5b7c3-2a94-4f08-8c6e-b3a7f0d29e15",
  "successDeviceCount": 148,
  "errorDeviceCount": 3,
  "successUserCount": 131,
  "errorUserCount": 2
}"##,
            ),
        )
        .expect("the example response reads as the documented type");
    for item in std::iter::once(&parsed) {
        assert!(
            unknown_members(& item.additional_properties).is_empty(),
            "members the model lacks: {:?}", item.additional_properties.keys()
        );
    }
    assert_eq!(
        without_nulls(serde_json::to_value(& parsed).expect("models serialise")),
        without_nulls(json(r##"{
  "@odata.type": "#microsoft.graph.deviceManagementScriptRunSummary",
  "id": "d1e5b7c3-2a94-4f08-8c6e-b3a7f0d29e15",
  "successDeviceCount": 148,
  "errorDeviceCount": 3,
  "successUserCount": 131,
  "errorUserCount": 2
}"##))
    );
}
/// Example at docs-input/api/devicemanagement-list-devicemanagementscripts.md:63:1.
#[test]
fn list_device_management_scripts_example_1_request() {
    let query = endpoints::ListDeviceManagementScriptsQuery {
        top: Some(2),
        ..Default::default()
    };
    let request = endpoints::list_device_management_scripts(&query);
    assert_eq!(request.method(), Method::Get);
    assert_eq!(decoded(request.path()), "/deviceManagement/deviceManagementScripts");
    let expected_query: Vec<(String, String)> = vec![
        ("$top".to_string(), "2".to_string())
    ];
    assert_eq!(request.query(), expected_query.as_slice());
    assert_eq!(request.body(), None);
}
/// Example at docs-input/api/devicemanagement-list-devicemanagementscripts.md:63:1.
#[test]
fn list_device_management_scripts_example_1_response() {
    let parsed: Collection<crate::models::DeviceManagementScript> = serde_json::from_value(
            json(
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
            ),
        )
        .expect("the example response reads as the documented type");
    assert_eq!(
        without_nulls(serde_json::to_value(& parsed).expect("models serialise")),
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
}
/// Example at docs-input/api/devicemanagementscript-assign.md:63:1.
#[test]
fn post_device_management_script_assign_example_1_request() {
    let body = serde_json::from_value(
            json(
                r#"{
  "deviceManagementScriptGroupIds": [
    "8a4c2e17-93b5-4d60-a1f8-5e7b0c3d9f26",
    "c5e91f03-6a28-4b7d-8e40-1d6f2b9a7c53"
  ],
  "runAsAccount": "user"
}"#,
            ),
        )
        .expect("the example body reads as the documented type");
    let request = endpoints::post_device_management_script_assign(
        "59ea4525-4525-59ea-2545-ea592545ea59",
        &body,
    );
    assert_eq!(request.method(), Method::Post);
    assert_eq!(
        decoded(request.path()),
        "/deviceManagement/deviceManagementScripts/59ea4525-4525-59ea-2545-ea592545ea59/assign"
    );
    let expected_query: Vec<(String, String)> = vec![];
    assert_eq!(request.query(), expected_query.as_slice());
    let sent = request.body().cloned().expect("the request has a body");
    assert_eq!(
        without_nulls(sent.clone()),
        without_nulls(json(r#"{
  "deviceManagementScriptGroupIds": [
    "8a4c2e17-93b5-4d60-a1f8-5e7b0c3d9f26",
    "c5e91f03-6a28-4b7d-8e40-1d6f2b9a7c53"
  ],
  "runAsAccount": "user"
}"#))
    );
    assert!(
        request.headers().iter().any(| (k, v) | k == "Content-Type" && v ==
        "application/json")
    );
}
/// Example at docs-input/api/devicemanagementscript-update-scriptcontent.md:58:1.
#[test]
fn set_device_management_script_content_value_example_1_request() {
    let request = endpoints::set_device_management_script_content_value(
        "59ea4525-4525-59ea-2545-ea592545ea59",
        "text/plain",
        r#"Write-Output "Hello again from Intune""#.as_bytes().to_vec(),
    );
    assert_eq!(request.method(), Method::Put);
    assert_eq!(
        decoded(request.path()),
        "/deviceManagement/deviceManagementScripts/59ea4525-4525-59ea-2545-ea592545ea59/scriptContent/$value"
    );
    let expected_query: Vec<(String, String)> = vec![];
    assert_eq!(request.query(), expected_query.as_slice());
    assert_eq!(request.body(), None);
    assert_eq!(
        request.bytes(), Some(r#"Write-Output "Hello again from Intune""#.as_bytes())
    );
    assert!(
        request.headers().iter().any(| (k, v) | k == "Content-Type" && v == "text/plain")
    );
}
/// Example at docs-input/api/devicemanagementscript-update.md:71:1.
#[test]
fn update_device_management_script_example_1_request() {
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
    assert_eq!(request.method(), Method::Patch);
    assert_eq!(
        decoded(request.path()),
        "/deviceManagement/deviceManagementScripts/59ea4525-4525-59ea-2545-ea592545ea59"
    );
    let expected_query: Vec<(String, String)> = vec![];
    assert_eq!(request.query(), expected_query.as_slice());
    let sent = request.body().cloned().expect("the request has a body");
    assert_eq!(
        without_nulls(sent.clone()),
        without_nulls(json(r##"{
  "@odata.type": "#microsoft.graph.deviceManagementScript",
  "description": "Sets the device time zone to UTC. Signed build.",
  "enforceSignatureCheck": true,
  "roleScopeTagIds": [
    "0",
    "2"
  ]
}"##))
    );
    assert!(
        request.headers().iter().any(| (k, v) | k == "Content-Type" && v ==
        "application/json")
    );
}
/// Example at docs-input/api/devicemanagementscript-update.md:71:1.
#[test]
fn update_device_management_script_example_1_response() {
    let parsed: crate::models::DeviceManagementScript = serde_json::from_value(
            json(
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
            ),
        )
        .expect("the example response reads as the documented type");
    assert_eq!(
        without_nulls(serde_json::to_value(& parsed).expect("models serialise")),
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
}
/// Example at docs-input/api/devicemanagementscriptrunsummary-update.md:70:1.
#[test]
fn update_device_management_script_run_summary_example_1_request() {
    let body = serde_json::from_value(
            json(
                r##"{
  "@odata.type": "#microsoft.graph.deviceManagementScriptRunSummary",
  "successDeviceCount": 150,
  "errorDeviceCount": 1,
  "successUserCount": 133,
  "errorUserCount": 0
}"##,
            ),
        )
        .expect("the example body reads as the documented type");
    let request = endpoints::update_device_management_script_run_summary(
        "59ea4525-4525-59ea-2545-ea592545ea59",
        &body,
    );
    assert_eq!(request.method(), Method::Patch);
    assert_eq!(
        decoded(request.path()),
        "/deviceManagement/deviceManagementScripts/59ea4525-4525-59ea-2545-ea592545ea59/runSummary"
    );
    let expected_query: Vec<(String, String)> = vec![];
    assert_eq!(request.query(), expected_query.as_slice());
    let sent = request.body().cloned().expect("the request has a body");
    assert_eq!(
        without_nulls(sent.clone()),
        without_nulls(json(r##"{
  "@odata.type": "#microsoft.graph.deviceManagementScriptRunSummary",
  "successDeviceCount": 150,
  "errorDeviceCount": 1,
  "successUserCount": 133,
  "errorUserCount": 0
}"##))
    );
    assert!(
        request.headers().iter().any(| (k, v) | k == "Content-Type" && v ==
        "application/json")
    );
}
/// Example at docs-input/api/devicemanagementscriptrunsummary-update.md:70:1.
#[test]
fn update_device_management_script_run_summary_example_1_response() {
    let parsed: crate::models::DeviceManagementScriptRunSummary = serde_json::from_value(
            json(
                r##"{
  "@odata.type": "#microsoft.graph.deviceManagementScriptRunSummary",
  "id": "d1e5b7c3-2a94-4f08-8c6e-b3a7f0d29e15",
  "successDeviceCount": 150,
  "errorDeviceCount": 1,
  "successUserCount": 133,
  "errorUserCount": 0
}"##,
            ),
        )
        .expect("the example response reads as the documented type");
    assert_eq!(
        without_nulls(serde_json::to_value(& parsed).expect("models serialise")),
        without_nulls(json(r##"{
  "@odata.type": "#microsoft.graph.deviceManagementScriptRunSummary",
  "id": "d1e5b7c3-2a94-4f08-8c6e-b3a7f0d29e15",
  "successDeviceCount": 150,
  "errorDeviceCount": 1,
  "successUserCount": 133,
  "errorUserCount": 0
}"##))
    );
}
