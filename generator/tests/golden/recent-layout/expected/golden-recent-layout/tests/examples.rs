//! Contract tests generated from the docs' examples: each endpoint function builds the request
//! its page shows, each example response reads into the documented type and writes back the
//! same JSON, and the client returns it from a server on loopback.
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
            let client = golden_recent_layout::Client::with_service_root(
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
/// Example at generator/tests/golden/recent-layout/docs/v1.0/api/gadget-update.md:66:1.
#[test]
fn update_gadget_example_1_client() {
    let body = serde_json::from_value(json(r#"{
  "mode": "busy"
}"#))
        .expect("the example body reads as the documented type");
    let request = endpoints::update_gadget("7a2b", &body);
    let (response, received) = exchange(request, "PATCH", 204);
    assert_eq!(
        serde_json::to_value(response).expect("unit serialises"), serde_json::Value::Null
    );
    assert_eq!(decoded(received.url.path()), "/gadgets/7a2b");
}
