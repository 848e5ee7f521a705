//! Contract tests generated from the docs' examples: each endpoint function builds the request
//! its page shows, and each example response reads into the documented type and writes back
//! the same JSON. The same examples through the client are in `examples_client.rs`.
#![allow(unused_imports)]
use golden_intune_dialect::{
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
