//! Contract tests generated from the docs' examples: each endpoint function builds the request
//! its page shows, and each example response reads into the documented type and writes back
//! the same JSON. The same examples through the client are in `examples_client.rs`.
#![allow(unused_imports)]
use golden_value_stream::{
    endpoints, models, Binary, Collection, Method, Request, ResponseBody, ValueResponse,
};
fn decoded(path: &str) -> String {
    percent_encoding::percent_decode_str(path).decode_utf8_lossy().into_owned()
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
