//! Contract tests generated from the docs' examples: each endpoint function builds the request
//! its page shows, and each example response reads into the documented type and writes back
//! the same JSON. The same examples through the client are in `examples_client.rs`.
#![allow(unused_imports)]
use golden_function_query_value::{
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
