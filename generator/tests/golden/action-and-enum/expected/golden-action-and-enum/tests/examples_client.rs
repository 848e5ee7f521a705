//! Contract tests generated from the docs' examples, through the client: each example request
//! goes to a server on loopback that answers with the example response, which the client reads
//! into the documented type. The checks that need no server are in `examples.rs`.
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
            let client = golden_action_and_enum::Client::with_service_root(
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
/// Example at docs-input/api/devicemanagementscript-assign.md:63:1.
#[test]
fn post_device_management_script_assign_example_1_client() {
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
    let (response, received) = exchange(request, "POST", 204);
    assert_eq!(
        serde_json::to_value(response).expect("unit serialises"), serde_json::Value::Null
    );
    assert_eq!(
        decoded(received.url.path()),
        "/deviceManagement/deviceManagementScripts/59ea4525-4525-59ea-2545-ea592545ea59/assign"
    );
}
