//! The client runtime against a wiremock server on loopback, on tokio's paused clock (so no
//! test waits for real): tokens, retries, paging, delta rounds, batching and large uploads. The
//! same file is in every generated crate; it uses only the runtime, no endpoint of the docs.
#![cfg(feature = "client")]
use golden_recent_crlf::{
    Batch, Client, Collection, Error, Method, Request, RetryPolicy, TryStreamExt,
    UploadSession,
};
use serde_json::{json, Value};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime};
use tokio::time::Instant;
use wiremock::matchers::{header, method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, Respond, ResponseTemplate};
/// A reqwest client without the connection pool's idle timer: on a paused clock tokio jumps to
/// the next timer whenever it waits for the network, and that timer would add its 90 s.
fn http() -> reqwest::Client {
    reqwest::Client::builder()
        .pool_idle_timeout(None)
        .build()
        .expect("a reqwest client builds")
}
fn client(server: &MockServer) -> Client {
    Client::with_service_root(server.uri(), "test-token").with_http_client(http())
}
fn items(path: &str) -> Request<Collection<Value>> {
    Request::new(Method::Get, path)
}
/// The `Retry-Attempt` header of each request the server received, `None` on first attempts.
async fn retry_attempts(server: &MockServer) -> Vec<Option<String>> {
    let received = server
        .received_requests()
        .await
        .expect("the server records requests");
    received
        .iter()
        .map(|r| {
            r
                .headers
                .get("Retry-Attempt")
                .map(|v| v.to_str().unwrap_or_default().to_string())
        })
        .collect()
}
fn graph_error(code: &str) -> Value {
    json!(
        { "error" : { "code" : code, "message" : "Too many requests.", "innerError" : {
        "request-id" : "req-42", "date" : "2026-12-02T10:00:00" } } }
    )
}
#[tokio::test(start_paused = true)]
async fn throttled_request_waits_for_retry_after_then_succeeds() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/items"))
        .respond_with(
            ResponseTemplate::new(429)
                .insert_header("Retry-After", "2")
                .set_body_json(graph_error("TooManyRequests")),
        )
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/items"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "value" : [1] })))
        .mount(&server)
        .await;
    let started = Instant::now();
    let page = client(&server).send(items("/items")).await.expect("the retry succeeds");
    assert_eq!(page.value, vec![json!(1)]);
    assert_eq!(started.elapsed(), Duration::from_secs(2));
    assert_eq!(retry_attempts(& server). await, vec![None, Some("1".to_string())]);
}
#[tokio::test(start_paused = true)]
async fn unavailable_without_retry_after_backs_off_with_growing_delays() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/items"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(3)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/items"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "value" : [] })))
        .mount(&server)
        .await;
    let policy = RetryPolicy::default().with_base_delay(Duration::from_secs(1));
    let started = Instant::now();
    client(&server)
        .with_retry_policy(policy)
        .send(items("/items"))
        .await
        .expect("the fourth attempt succeeds");
    let waited = started.elapsed();
    assert!(
        waited >= Duration::from_millis(3500) && waited <= Duration::from_secs(7),
        "waited {waited:?}"
    );
    let numbered = vec![
        None, Some("1".to_string()), Some("2".to_string()), Some("3".to_string())
    ];
    assert_eq!(retry_attempts(& server). await, numbered);
}
#[test]
fn backoff_delays_grow_and_stay_under_the_cap() {
    let policy = RetryPolicy::default()
        .with_base_delay(Duration::from_secs(1))
        .with_max_delay(Duration::from_secs(6));
    for _ in 0..100 {
        let delays: Vec<Duration> = (1..=4).map(|retry| policy.backoff(retry)).collect();
        assert!(delays.windows(2).all(| pair | pair[0] <= pair[1]), "{delays:?}");
        assert!(
            delays[0] >= Duration::from_millis(500) && delays[0] <=
            Duration::from_secs(1), "{delays:?}"
        );
        assert!(
            delays[2] >= Duration::from_secs(2) && delays[2] <= Duration::from_secs(4),
            "{delays:?}"
        );
        assert!(delays[3] <= Duration::from_secs(6), "{delays:?}");
    }
    assert_eq!(RetryPolicy::default().max_retries(), 3);
    assert_eq!(RetryPolicy::default().with_max_retries(50).max_retries(), 10);
    assert_eq!(
        policy.delay(1, Some(Duration::from_secs(7)), Duration::ZERO), None,
        "a Retry-After over the cap ends the retries"
    );
    assert_eq!(
        policy.delay(1, Some(Duration::from_secs(5)), Duration::from_secs(596)), None,
        "the total time is capped"
    );
    assert_eq!(policy.delay(4, None, Duration::ZERO), None, "three retries at most");
}
#[test]
fn retry_after_reads_seconds_and_http_dates() {
    let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_445_412_475);
    assert_eq!(
        golden_recent_crlf::parse_retry_after("120", now), Some(Duration::from_secs(120))
    );
    assert_eq!(
        golden_recent_crlf::parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now),
        Some(Duration::from_secs(5))
    );
    assert_eq!(
        golden_recent_crlf::parse_retry_after("Wed, 21 Oct 2015 07:27:00 GMT", now),
        Some(Duration::ZERO)
    );
    assert_eq!(golden_recent_crlf::parse_retry_after("soon", now), None);
}
#[tokio::test(start_paused = true)]
async fn gives_up_after_the_limit_with_the_error_details() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/items"))
        .respond_with(
            ResponseTemplate::new(429)
                .insert_header("Retry-After", "1")
                .set_body_json(graph_error("TooManyRequests")),
        )
        .mount(&server)
        .await;
    let policy = RetryPolicy::default().with_max_retries(2);
    let error = client(&server)
        .with_retry_policy(policy)
        .send(items("/items"))
        .await
        .expect_err("always throttled");
    let Error::RetriesExhausted(gave_up) = &error else {
        panic!("not a give-up: {error:?}")
    };
    assert_eq!(gave_up.status, 429);
    assert_eq!(gave_up.retries, 2);
    assert_eq!(gave_up.retry_after, Some(Duration::from_secs(1)));
    let detail = &gave_up.error.as_ref().expect("Graph's error JSON").error;
    assert_eq!(detail.code, "TooManyRequests");
    assert_eq!(detail.message, "Too many requests.");
    assert_eq!(
        detail.inner_error.as_ref().and_then(| i | i.date.as_deref()),
        Some("2026-12-02T10:00:00")
    );
    assert_eq!(error.request_id(), Some("req-42"));
    assert_eq!(error.status(), Some(429));
    assert_eq!(retry_attempts(& server). await .len(), 3);
}
#[tokio::test(start_paused = true)]
async fn unauthorized_asks_once_for_a_new_token() {
    let server = MockServer::start().await;
    Mock::given(header("Authorization", "Bearer token-1"))
        .respond_with(ResponseTemplate::new(401))
        .mount(&server)
        .await;
    Mock::given(header("Authorization", "Bearer token-2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "value" : [] })))
        .mount(&server)
        .await;
    let asked = Arc::new(AtomicUsize::new(0));
    let counter = asked.clone();
    let provider = move || {
        let n = counter.fetch_add(1, Ordering::SeqCst) + 1;
        async move { Ok::<_, std::io::Error>(format!("token-{n}")) }
    };
    let client = Client::with_service_root(server.uri(), provider)
        .with_http_client(http());
    client.send(items("/items")).await.expect("the new token is accepted");
    assert_eq!(asked.load(Ordering::SeqCst), 2);
    let refused = Client::with_service_root(server.uri(), "token-1")
        .with_http_client(http());
    let error = refused
        .send(items("/items"))
        .await
        .expect_err("the token stays refused");
    assert_eq!(error.status(), Some(401));
    assert_eq!(retry_attempts(& server). await .len(), 4);
}
#[tokio::test(start_paused = true)]
async fn collection_of_three_pages_reads_as_items() {
    let server = MockServer::start().await;
    let uri = server.uri();
    Mock::given(path("/items"))
        .and(query_param_is_missing("page"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(
                    json!(
                        { "value" : [1, 2], "@odata.nextLink" :
                        format!("{uri}/items?page=2") }
                    ),
                ),
        )
        .mount(&server)
        .await;
    Mock::given(path("/items"))
        .and(query_param("page", "2"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(
                    json!(
                        { "value" : [3, 4], "@odata.nextLink" :
                        format!("{uri}/items?page=3") }
                    ),
                ),
        )
        .mount(&server)
        .await;
    Mock::given(path("/items"))
        .and(query_param("page", "3"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "value" : [5] })))
        .mount(&server)
        .await;
    let client = client(&server);
    let all: Vec<Value> = client
        .items(items("/items"))
        .try_collect()
        .await
        .expect("three pages");
    assert_eq!(all, vec![json!(1), json!(2), json!(3), json!(4), json!(5)]);
    assert_eq!(retry_attempts(& server). await .len(), 3);
    let first: Vec<Collection<Value>> = golden_recent_crlf::StreamExt::take(
            client.pages(items("/items")),
            1,
        )
        .try_collect()
        .await
        .expect("one page");
    assert_eq!(first.len(), 1);
    assert_eq!(retry_attempts(& server). await .len(), 4);
}
#[tokio::test(start_paused = true)]
async fn delta_round_returns_the_delta_link() {
    let server = MockServer::start().await;
    let uri = server.uri();
    Mock::given(path("/items/delta"))
        .and(query_param_is_missing("page"))
        .and(query_param_is_missing("token"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(
                    json!(
                        { "value" : [{ "id" : "a" }], "@odata.nextLink" :
                        format!("{uri}/items/delta?page=2") }
                    ),
                ),
        )
        .mount(&server)
        .await;
    Mock::given(path("/items/delta"))
        .and(query_param("page", "2"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(
                    json!(
                        { "value" : [{ "id" : "b" }], "@odata.deltaLink" :
                        format!("{uri}/items/delta?token=t1") }
                    ),
                ),
        )
        .mount(&server)
        .await;
    Mock::given(path("/items/delta"))
        .and(query_param("token", "t1"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(
                    json!(
                        { "value" : [{ "id" : "c", "@removed" : {} }], "@odata.deltaLink"
                        : format!("{uri}/items/delta?token=t2") }
                    ),
                ),
        )
        .mount(&server)
        .await;
    let client = client(&server);
    let round = client.all_pages(items("/items/delta")).await.expect("the first round");
    assert_eq!(round.value.len(), 2);
    assert_eq!(round.delta_link, Some(format!("{uri}/items/delta?token=t1")));
    let next = round.delta_request().expect("a delta link");
    let changes = client.all_pages(next).await.expect("the next round");
    assert_eq!(changes.value, vec![json!({ "id" : "c", "@removed" : {} })]);
    assert_eq!(changes.delta_link, Some(format!("{uri}/items/delta?token=t2")));
}
#[derive(Debug, PartialEq, serde::Deserialize)]
struct Named {
    name: String,
}
#[tokio::test(start_paused = true)]
async fn batch_reads_each_response_as_its_type_and_retries_a_throttled_one() {
    let server = MockServer::start().await;
    let first = json!(
        { "responses" : [{ "id" : "1", "status" : 200, "body" : { "name" : "me" } }, {
        "id" : "2", "status" : 201, "body" : { "name" : "new" } }, { "id" : "3", "status"
        : 429, "headers" : { "Retry-After" : "3" }, "body" :
        graph_error("TooManyRequests") }] }
    );
    Mock::given(method("POST"))
        .and(path("/$batch"))
        .respond_with(ResponseTemplate::new(200).set_body_json(first))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    let again = json!({ "responses" : [{ "id" : "3", "status" : 204 }] });
    Mock::given(method("POST"))
        .and(path("/$batch"))
        .respond_with(ResponseTemplate::new(200).set_body_json(again))
        .mount(&server)
        .await;
    let mut batch = Batch::new();
    let me = batch
        .add(Request::<Named>::new(Method::Get, "/me").with_query("$select", "name"));
    let created = batch
        .add_after(
            Request::<Named>::new(Method::Post, "/items")
                .with_json(&json!({ "name" : "new" })),
            &[me.id()],
        );
    let deleted = batch.add(Request::<()>::new(Method::Delete, "/items/3"));
    let started = Instant::now();
    let responses = client(&server).send_batch(batch).await.expect("the batch is sent");
    assert_eq!(started.elapsed(), Duration::from_secs(3));
    assert_eq!(responses.get(& me).expect("200"), Named { name : "me".to_string() });
    assert_eq!(
        responses.get(& created).expect("201"), Named { name : "new".to_string() }
    );
    responses.get(&deleted).expect("204 after the retry");
    let received = server
        .received_requests()
        .await
        .expect("the server records requests");
    let bodies: Vec<Value> = received
        .iter()
        .map(|r| serde_json::from_slice(&r.body).expect("JSON"))
        .collect();
    let sent = json!(
        [{ "id" : "1", "method" : "GET", "url" : "/me?$select=name" }, { "id" : "2",
        "method" : "POST", "url" : "/items", "headers" : { "Content-Type" :
        "application/json" }, "body" : { "name" : "new" }, "dependsOn" : ["1"] }, { "id"
        : "3", "method" : "DELETE", "url" : "/items/3" }]
    );
    assert_eq!(
        bodies, vec![json!({ "requests" : sent }), json!({ "requests" : [{ "id" : "3",
        "method" : "DELETE", "url" : "/items/3" }] })]
    );
}
#[tokio::test(start_paused = true)]
async fn batch_over_twenty_is_split_or_refused() {
    let server = MockServer::start().await;
    let answer = |ids: std::ops::RangeInclusive<usize>| {
        json!(
            { "responses" : ids.map(| id | json!({ "id" : id.to_string(), "status" : 204
            })).collect::< Vec < _ >> () }
        )
    };
    Mock::given(method("POST"))
        .and(path("/$batch"))
        .respond_with(ResponseTemplate::new(200).set_body_json(answer(1..=20)))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/$batch"))
        .respond_with(ResponseTemplate::new(200).set_body_json(answer(21..=21)))
        .mount(&server)
        .await;
    let mut batch = Batch::new();
    let keys: Vec<_> = (0..21)
        .map(|n| batch.add(Request::<()>::new(Method::Delete, format!("/items/{n}"))))
        .collect();
    let responses = client(&server).send_batch(batch).await.expect("two batches");
    assert_eq!(responses.len(), 21);
    assert!(keys.iter().all(| key | responses.get(key).is_ok()));
    assert_eq!(retry_attempts(& server). await .len(), 2);
    let mut crossing = Batch::new();
    let first = crossing.add(Request::<()>::new(Method::Delete, "/items/0"));
    for n in 1..20 {
        crossing.add(Request::<()>::new(Method::Delete, format!("/items/{n}")));
    }
    crossing.add_after(Request::<()>::new(Method::Delete, "/items/20"), &[first.id()]);
    let error = client(&server)
        .send_batch(crossing)
        .await
        .expect_err("a dependency across groups of 20");
    assert!(
        matches!(& error, Error::Batch(message) if message
        .contains("depends on request 1")), "{error}"
    );
    assert_eq!(retry_attempts(& server). await .len(), 2, "nothing was sent");
}
/// An upload session that accepts each range and asks for the next, and returns the created
/// item when the last byte arrives.
struct Ranges;
impl Respond for Ranges {
    fn respond(&self, request: &wiremock::Request) -> ResponseTemplate {
        let range = request
            .headers
            .get("Content-Range")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        let (span, total) = range
            .trim_start_matches("bytes ")
            .split_once('/')
            .unwrap_or_default();
        let (_, last) = span.split_once('-').unwrap_or_default();
        let next = last.parse::<usize>().unwrap_or_default() + 1;
        if next.to_string() == total {
            ResponseTemplate::new(201).set_body_json(json!({ "name" : "big.bin" }))
        } else {
            ResponseTemplate::new(202)
                .set_body_json(json!({ "nextExpectedRanges" : [format!("{next}-")] }))
        }
    }
}
#[tokio::test(start_paused = true)]
async fn upload_of_one_megabyte_in_ranges_resumes_after_a_failed_range() {
    let server = MockServer::start().await;
    let uri = server.uri();
    Mock::given(method("POST"))
        .and(path("/drive/root:/big.bin:/createUploadSession"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(
                    json!(
                        { "uploadUrl" : format!("{uri}/upload/s1"), "nextExpectedRanges"
                        : ["0-"] }
                    ),
                ),
        )
        .mount(&server)
        .await;
    Mock::given(method("PUT"))
        .and(path("/upload/s1"))
        .and(header("Content-Range", "bytes 327680-655359/1048576"))
        .respond_with(ResponseTemplate::new(500))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/upload/s1"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({ "nextExpectedRanges" : ["327680-"] })),
        )
        .mount(&server)
        .await;
    Mock::given(method("PUT"))
        .and(path("/upload/s1"))
        .respond_with(Ranges)
        .mount(&server)
        .await;
    let content: Vec<u8> = (0..1_048_576u32).map(|i| (i % 251) as u8).collect();
    let client = client(&server);
    let create = Request::<
        Value,
    >::new(Method::Post, "/drive/root:/big.bin:/createUploadSession");
    let session: UploadSession = client
        .create_upload_session(create)
        .await
        .expect("a session");
    let item: Named = client
        .upload_in_ranges(&session, &content, 327_680)
        .await
        .expect("the upload completes");
    assert_eq!(item.name, "big.bin");
    let received = server
        .received_requests()
        .await
        .expect("the server records requests");
    let seen: Vec<String> = received
        .iter()
        .skip(1)
        .map(|r| {
            format!(
                "{} {}", r.method, r.headers.get("Content-Range").and_then(| v | v
                .to_str().ok()).unwrap_or("-")
            )
        })
        .collect();
    let expected = [
        "PUT bytes 0-327679/1048576",
        "PUT bytes 327680-655359/1048576",
        "GET -",
        "PUT bytes 327680-655359/1048576",
        "PUT bytes 655360-983039/1048576",
        "PUT bytes 983040-1048575/1048576",
    ];
    assert_eq!(seen, expected);
    assert!(
        received.iter().skip(1).all(| r | r.headers.get("Authorization").is_none()),
        "the upload URL carries its own authorization"
    );
    let accepted: Vec<u8> = [1, 4, 5, 6]
        .iter()
        .flat_map(|&i| received[i].body.clone())
        .collect();
    assert!(accepted == content, "the accepted ranges are the file");
}
/// A tracing subscriber that keeps the `path` field of every span below `/logged/`. It is the
/// process's global default: a thread-local one would miss spans whose callsite another test's
/// thread met first (tracing caches the interest of the only subscriber it knows of).
#[derive(Clone, Default)]
struct SpanPaths(Arc<std::sync::Mutex<Vec<String>>>);
impl SpanPaths {
    fn recorded(&self) -> Vec<String> {
        self.0.lock().expect("no test thread panicked").clone()
    }
}
impl tracing::Subscriber for SpanPaths {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, span: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        struct PathField(Option<String>);
        impl tracing::field::Visit for PathField {
            fn record_debug(
                &mut self,
                field: &tracing::field::Field,
                value: &dyn std::fmt::Debug,
            ) {
                if field.name() == "path" {
                    self.0 = Some(format!("{value:?}"));
                }
            }
        }
        let mut path = PathField(None);
        span.record(&mut path);
        let mut paths = self.0.lock().expect("no test thread panicked");
        paths.extend(path.0.filter(|p| p.starts_with("/logged/")));
        tracing::span::Id::from_u64(1)
    }
    fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, _: &tracing::Event<'_>) {}
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}
#[tokio::test(start_paused = true)]
async fn spans_record_the_path_template_not_the_ids_even_on_later_pages() {
    let spans = SpanPaths::default();
    tracing::subscriber::set_global_default(spans.clone())
        .expect("no other test sets a subscriber");
    let server = MockServer::start().await;
    let next = format!("{}/logged/42/children?$skiptoken=secret", server.uri());
    Mock::given(method("GET"))
        .and(path("/logged/42/children"))
        .and(query_param_is_missing("$skiptoken"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({ "value" : [1], "@odata.nextLink" : next })),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/logged/42/children"))
        .and(query_param("$skiptoken", "secret"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "value" : [2] })))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/logged/7"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "value" : [] })))
        .mount(&server)
        .await;
    tracing::callsite::rebuild_interest_cache();
    let template = "/logged/{item-id}/children";
    let request = items("/logged/42/children").with_path_template(template);
    assert_eq!(request.path_template(), Some(template));
    let all = client(&server).all_pages(request).await.expect("both pages arrive");
    assert_eq!(all.value, vec![json!(1), json!(2)]);
    client(&server)
        .send(items("/logged/7").with_query("$filter", "name eq 'x'"))
        .await
        .expect("the page arrives");
    assert_eq!(spans.recorded(), vec![template, template, "/logged/7"]);
}
