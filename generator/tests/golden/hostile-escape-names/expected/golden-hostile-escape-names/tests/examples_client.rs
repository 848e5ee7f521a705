//! Contract tests generated from the docs' examples, through the client: each example request
//! goes to a server on loopback that answers with the example response, which the client reads
//! into the documented type. The checks that need no server are in `examples.rs`.
#![allow(unused_imports)]
use golden_hostile_escape_names::{
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
            let client = golden_hostile_escape_names::Client::with_service_root(
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
/// Example at generator/tests/golden/hostile-escape-names/pages/api/option-get.md:28:1.
#[test]
fn get_option_example_1_client() {
    let request = endpoints::get_option("1");
    let (response, received) = exchange_body(
        request,
        "GET",
        200,
        r#"{
  "id": "1"
}"#,
        "application/json",
    );
    assert_eq!(
        without_nulls(serde_json::to_value(& response).expect("models serialise")),
        without_nulls(json(r#"{
  "id": "1"
}"#))
    );
    assert_eq!(decoded(received.url.path()), "/options/1");
}
