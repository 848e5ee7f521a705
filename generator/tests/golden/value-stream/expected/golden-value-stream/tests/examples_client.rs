//! Contract tests generated from the docs' examples, through the client: each example request
//! goes to a server on loopback that answers with the example response, which the client reads
//! into the documented type. The checks that need no server are in `examples.rs`.
#![allow(unused_imports)]
use golden_value_stream::{
    endpoints, models, Binary, Collection, Method, Request, ResponseBody, ValueResponse,
};
fn decoded(path: &str) -> String {
    percent_encoding::percent_decode_str(path).decode_utf8_lossy().into_owned()
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
            let client = golden_value_stream::Client::with_service_root(
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
/// Example at docs-input/api/devicemanagementscript-get-scriptcontent.md:57:1.
#[test]
fn get_device_management_script_content_value_example_1_client() {
    let request = endpoints::get_device_management_script_content_value(
        "59ea4525-4525-59ea-2545-ea592545ea59",
    );
    let (response, received) = exchange_body(
        request,
        "GET",
        200,
        r#"Write-Output "Hello from Intune""#,
        "application/octet-stream",
    );
    assert_eq!(response.0, r#"Write-Output "Hello from Intune""#.as_bytes());
    assert_eq!(
        decoded(received.url.path()),
        "/deviceManagement/deviceManagementScripts/59ea4525-4525-59ea-2545-ea592545ea59/scriptContent/$value"
    );
}
/// Example at docs-input/api/devicemanagementscript-update-scriptcontent.md:58:1.
#[test]
fn set_device_management_script_content_value_example_1_client() {
    let request = endpoints::set_device_management_script_content_value(
        "59ea4525-4525-59ea-2545-ea592545ea59",
        "text/plain",
        r#"Write-Output "Hello again from Intune""#.as_bytes().to_vec(),
    );
    let (response, received) = exchange(request, "PUT", 204);
    assert_eq!(
        serde_json::to_value(response).expect("unit serialises"), serde_json::Value::Null
    );
    assert_eq!(
        decoded(received.url.path()),
        "/deviceManagement/deviceManagementScripts/59ea4525-4525-59ea-2545-ea592545ea59/scriptContent/$value"
    );
    assert_eq!(received.body, r#"Write-Output "Hello again from Intune""#.as_bytes());
}
