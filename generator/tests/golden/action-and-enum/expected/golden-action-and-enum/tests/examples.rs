//! Contract tests generated from the docs' examples: each endpoint function builds the request
//! its page shows, and each example response reads into the documented type and writes back
//! the same JSON. The same examples through the client are in `examples_client.rs`.
#![allow(unused_imports)]
use golden_action_and_enum::{
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
