//! Contract tests generated from the docs' examples: each endpoint function builds the request
//! its page shows, and each example response reads into the documented type and writes back
//! the same JSON. The same examples through the client are in `examples_client.rs`.
#![allow(unused_imports)]
use golden_recent_layout::{
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
/// Example at generator/tests/golden/recent-layout/docs/v1.0/api/gadget-update.md:66:1.
#[test]
fn update_gadget_example_1_request() {
    let body = serde_json::from_value(json(r#"{
  "mode": "busy"
}"#))
        .expect("the example body reads as the documented type");
    let request = endpoints::update_gadget("7a2b", &body);
    assert_eq!(request.method(), Method::Patch);
    assert_eq!(decoded(request.path()), "/gadgets/7a2b");
    let expected_query: Vec<(String, String)> = vec![];
    assert_eq!(request.query(), expected_query.as_slice());
    let sent = request.body().cloned().expect("the request has a body");
    assert_eq!(
        without_nulls(sent.clone()), without_nulls(json(r#"{
  "mode": "busy"
}"#))
    );
    assert!(
        request.headers().iter().any(| (k, v) | k == "Content-Type" && v ==
        "application/json")
    );
}
