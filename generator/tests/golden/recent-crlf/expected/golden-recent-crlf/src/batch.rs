//! JSON batching: several requests in one `POST /$batch`, each response read as its own
//! request's type.
use crate::client::Client;
use crate::request::{Error, Method, Request, ResponseBody};
use crate::retry::{parse_retry_after, RetryPolicy};
use std::collections::{BTreeMap, BTreeSet};
use std::marker::PhantomData;
use std::time::{Duration, SystemTime};
/// The most requests Microsoft Graph takes in one `$batch`.
pub const MAX_BATCH_REQUESTS: usize = 20;
/// Requests to send together with [`Client::send_batch`].
///
/// More than [`MAX_BATCH_REQUESTS`] are sent as several batches of 20, in order, as long as no
/// request depends on one in another group of 20; otherwise the client refuses the batch.
#[derive(Debug, Clone, Default)]
pub struct Batch {
    entries: Vec<Entry>,
}
#[derive(Debug, Clone)]
struct Entry {
    id: String,
    method: Method,
    url: String,
    headers: Vec<(String, String)>,
    body: Option<serde_json::Value>,
    has_bytes: bool,
    depends_on: Vec<String>,
}
/// Names a request in a [`Batch`], and the type its response reads as.
#[derive(Debug)]
pub struct BatchKey<T> {
    id: String,
    response: PhantomData<fn() -> T>,
}
impl<T> Clone for BatchKey<T> {
    fn clone(&self) -> Self {
        BatchKey {
            id: self.id.clone(),
            response: PhantomData,
        }
    }
}
impl<T> BatchKey<T> {
    /// The request's `id` in the batch, for `dependsOn`.
    pub fn id(&self) -> &str {
        &self.id
    }
}
impl Batch {
    pub fn new() -> Batch {
        Batch::default()
    }
    /// Adds a request; the service may run it in any order relative to the others.
    pub fn add<T>(&mut self, request: Request<T>) -> BatchKey<T> {
        self.add_after(request, &[])
    }
    /// Adds a request that runs after the requests with these ids (`dependsOn`); if one of them
    /// fails, this one fails with `424 Failed Dependency`.
    pub fn add_after<T>(
        &mut self,
        request: Request<T>,
        depends_on: &[&str],
    ) -> BatchKey<T> {
        let id = (self.entries.len() + 1).to_string();
        self.entries
            .push(Entry {
                id: id.clone(),
                method: request.method(),
                url: request.url(""),
                headers: request.headers().to_vec(),
                body: request.body().cloned(),
                has_bytes: request.bytes().is_some(),
                depends_on: depends_on.iter().map(|d| d.to_string()).collect(),
            });
        BatchKey {
            id,
            response: PhantomData,
        }
    }
    pub fn len(&self) -> usize {
        self.entries.len()
    }
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
    /// The batch in groups of at most 20, or why it cannot be sent.
    fn groups(&self) -> Result<Vec<&[Entry]>, Error> {
        let groups: Vec<&[Entry]> = self.entries.chunks(MAX_BATCH_REQUESTS).collect();
        for group in &groups {
            let ids: BTreeSet<&str> = group.iter().map(|e| e.id.as_str()).collect();
            for entry in group.iter() {
                if entry.has_bytes {
                    return Err(
                        Error::Batch(
                            format!(
                                "request {} has a body of bytes, which a JSON batch cannot carry",
                                entry.id
                            ),
                        ),
                    );
                }
                if let Some(missing) = entry
                    .depends_on
                    .iter()
                    .find(|d| !ids.contains(d.as_str()))
                {
                    return Err(
                        Error::Batch(
                            format!(
                                "request {} depends on request {missing}, which is not in its group of {MAX_BATCH_REQUESTS}: \
                         a batch of more than {MAX_BATCH_REQUESTS} is sent in groups, and dependsOn works only within one",
                                entry.id
                            ),
                        ),
                    );
                }
            }
        }
        Ok(groups)
    }
}
/// One response of a batch.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct BatchResponse {
    pub id: String,
    pub status: u16,
    #[serde(default)]
    pub headers: serde_json::Map<String, serde_json::Value>,
    #[serde(default)]
    pub body: Option<serde_json::Value>,
}
#[derive(serde::Deserialize)]
struct BatchResponseBody {
    responses: Vec<BatchResponse>,
}
/// The responses of a batch, by request id.
#[derive(Debug, Clone, Default)]
pub struct BatchResponses {
    responses: BTreeMap<String, BatchResponse>,
}
impl BatchResponses {
    /// The response to a request, read as its type; an error status is an [`Error`] as
    /// [`Client::send`] would return it.
    pub fn get<T: ResponseBody>(&self, key: &BatchKey<T>) -> Result<T, Error> {
        let response = self
            .raw(key.id())
            .ok_or_else(|| Error::Batch(format!("no response to request {}", key.id)))?;
        let body = match &response.body {
            Some(body) => serde_json::to_vec(body).map_err(Error::Decode)?,
            None => Vec::new(),
        };
        if !(200..300).contains(&response.status) {
            return Err(Error::from_status(response.status, &body));
        }
        T::from_body(&body).map_err(Error::Decode)
    }
    /// The response to the request with this id, as the service sent it.
    pub fn raw(&self, id: &str) -> Option<&BatchResponse> {
        self.responses.get(id)
    }
    pub fn len(&self) -> usize {
        self.responses.len()
    }
    pub fn is_empty(&self) -> bool {
        self.responses.is_empty()
    }
}
impl Client {
    /// Sends a batch (`POST /$batch`). Requests the service throttled inside the batch (429,
    /// 503, 504), and those that failed only because they depend on one, are sent again in a
    /// smaller batch as the retry policy says; when it gives up, their last responses are kept.
    pub async fn send_batch(&self, batch: Batch) -> Result<BatchResponses, Error> {
        let mut responses = BatchResponses::default();
        for group in batch.groups()? {
            self.send_group(group, &mut responses).await?;
        }
        Ok(responses)
    }
    async fn send_group(
        &self,
        group: &[Entry],
        out: &mut BatchResponses,
    ) -> Result<(), Error> {
        let started = tokio::time::Instant::now();
        let mut pending: Vec<&Entry> = group.iter().collect();
        let mut retries = 0;
        loop {
            let ids: BTreeSet<&str> = pending.iter().map(|e| e.id.as_str()).collect();
            let requests: Vec<serde_json::Value> = pending
                .iter()
                .map(|e| self.batch_json(e, &ids))
                .collect();
            let request = Request::<BatchResponseBody>::new(Method::Post, "/$batch")
                .with_path_template("/$batch")
                .with_json(&serde_json::json!({ "requests" : requests }));
            let answered = self.send(request).await?.responses;
            let mut again: BTreeSet<String> = BTreeSet::new();
            let mut retry_after: Option<Duration> = None;
            for response in &answered {
                if RetryPolicy::is_retryable(response.status) {
                    again.insert(response.id.clone());
                    let asked = response
                        .headers
                        .iter()
                        .find(|(name, _)| name.eq_ignore_ascii_case("retry-after"))
                        .and_then(|(_, value)| {
                            value
                                .as_str()
                                .map(str::to_string)
                                .or_else(|| value.as_u64().map(|n| n.to_string()))
                        })
                        .and_then(|value| parse_retry_after(&value, SystemTime::now()));
                    retry_after = retry_after.max(asked);
                }
            }
            loop {
                let before = again.len();
                for response in answered.iter().filter(|r| r.status == 424) {
                    let depends = pending
                        .iter()
                        .find(|e| e.id == response.id)
                        .is_some_and(|e| e.depends_on.iter().any(|d| again.contains(d)));
                    if depends {
                        again.insert(response.id.clone());
                    }
                }
                if again.len() == before {
                    break;
                }
            }
            let delay = if again.is_empty() {
                None
            } else {
                self.retry.delay(retries + 1, retry_after, started.elapsed())
            };
            for response in answered {
                if delay.is_none() || !again.contains(&response.id) {
                    out.responses.insert(response.id.clone(), response);
                }
            }
            let Some(delay) = delay else { return Ok(()) };
            retries += 1;
            tracing::debug!(
                requests = again.len(), retry = retries, delay_ms = delay.as_millis() as
                u64, "retrying throttled batch requests"
            );
            tokio::time::sleep(delay).await;
            pending.retain(|e| again.contains(&e.id));
        }
    }
    /// One request of a batch as JSON, its `dependsOn` kept to the requests sent with it.
    fn batch_json(&self, entry: &Entry, sent: &BTreeSet<&str>) -> serde_json::Value {
        let root = self.service_root.trim_end_matches('/');
        let url = entry.url.strip_prefix(root).unwrap_or(&entry.url);
        let mut json = serde_json::json!(
            { "id" : entry.id, "method" : entry.method.as_str(), "url" : url }
        );
        if !entry.headers.is_empty() {
            let headers: serde_json::Map<String, serde_json::Value> = entry
                .headers
                .iter()
                .map(|(k, v)| (k.clone(), serde_json::Value::String(v.clone())))
                .collect();
            json["headers"] = serde_json::Value::Object(headers);
        }
        if let Some(body) = &entry.body {
            json["body"] = body.clone();
        }
        let depends_on: Vec<&str> = entry
            .depends_on
            .iter()
            .map(String::as_str)
            .filter(|d| sent.contains(d))
            .collect();
        if !depends_on.is_empty() {
            json["dependsOn"] = serde_json::json!(depends_on);
        }
        json
    }
}
