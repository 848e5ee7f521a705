//! Sending requests with reqwest: tokens asked before each request, retries of throttled
//! responses, and collections read page after page.
use crate::request::{Collection, Error, Method, Request, ResponseBody};
use crate::retry::{parse_retry_after, RetriesExhausted, RetryPolicy};
use futures_util::stream::{self, BoxStream, StreamExt, TryStreamExt};
use serde::de::DeserializeOwned;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, SystemTime};
use tracing::Instrument;
/// Any error a [`TokenProvider`] returns.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;
/// The future a [`TokenProvider`] returns.
pub type TokenFuture<'a> = Pin<
    Box<dyn Future<Output = Result<String, BoxError>> + Send + 'a>,
>;
/// Where the client gets its bearer token: asked before every request, so a provider that
/// caches a token can refresh it when it expires.
///
/// Implemented for a fixed token (`&'static str`, `String`) and for any closure returning a
/// future of `Result<String, E>`. A real credential (such as `azure_identity`'s) plugs in through
/// a closure or an impl of this trait; see the crate docs.
pub trait TokenProvider: Send + Sync + 'static {
    /// A token for the next request.
    fn token(&self) -> TokenFuture<'_>;
    /// The service refused `rejected` with `401 Unauthorized`: a caching provider forgets it,
    /// so that the next [`TokenProvider::token`] gets a new one. The client then retries once.
    fn invalidate(&self, rejected: &str) {
        let _ = rejected;
    }
}
impl TokenProvider for &'static str {
    fn token(&self) -> TokenFuture<'_> {
        Box::pin(std::future::ready(Ok(self.to_string())))
    }
}
impl TokenProvider for String {
    fn token(&self) -> TokenFuture<'_> {
        Box::pin(std::future::ready(Ok(self.clone())))
    }
}
impl<F, Fut, E> TokenProvider for F
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<String, E>> + Send + 'static,
    E: Into<BoxError>,
{
    fn token(&self) -> TokenFuture<'_> {
        let token = self();
        Box::pin(async move { token.await.map_err(Into::into) })
    }
}
/// A response as the retry loop hands it back: any status, the body read.
pub(crate) struct RawResponse {
    pub(crate) status: u16,
    pub(crate) body: Vec<u8>,
}
/// Sends [`Request`]s to a Microsoft Graph service root: asks the [`TokenProvider`] for a token
/// before each request, asks once for a new one after a `401`, and retries throttled responses
/// as its [`RetryPolicy`] says. Cloning is cheap and shares the connection pool.
#[derive(Clone)]
pub struct Client {
    pub(crate) http: reqwest::Client,
    pub(crate) service_root: String,
    token: Arc<dyn TokenProvider>,
    pub(crate) retry: RetryPolicy,
}
impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("service_root", &self.service_root)
            .field("retry", &self.retry)
            .finish_non_exhaustive()
    }
}
impl Client {
    /// A client for [`crate::SERVICE_ROOT`].
    pub fn new(token: impl TokenProvider) -> Client {
        Client::with_service_root(crate::SERVICE_ROOT, token)
    }
    /// A client for another service root (a national cloud, a test server).
    pub fn with_service_root(
        service_root: impl Into<String>,
        token: impl TokenProvider,
    ) -> Client {
        Client {
            http: reqwest::Client::new(),
            service_root: service_root.into(),
            token: Arc::new(token),
            retry: RetryPolicy::default(),
        }
    }
    /// Uses another retry policy (see [`RetryPolicy`]).
    pub fn with_retry_policy(mut self, policy: RetryPolicy) -> Client {
        self.retry = policy;
        self
    }
    /// Sends through a reqwest client of your own (proxies, timeouts, connection pool).
    pub fn with_http_client(mut self, http: reqwest::Client) -> Client {
        self.http = http;
        self
    }
    /// The retry policy in use.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.retry
    }
    /// Sends a request and reads the documented response type.
    pub async fn send<T: ResponseBody>(&self, request: Request<T>) -> Result<T, Error> {
        let response = self
            .execute(self.build(&request)?, request.path_template(), true)
            .await?;
        if !(200..300).contains(&response.status) {
            return Err(Error::from_status(response.status, &response.body));
        }
        T::from_body(&response.body).map_err(Error::Decode)
    }
    /// The pages of a collection, following `@odata.nextLink` until the service gives none. The
    /// stream is lazy: `.take(n)` caps it without asking for more pages. The last page of a
    /// delta query carries its `@odata.deltaLink` (see [`Collection::delta_request`]).
    pub fn pages<T>(
        &self,
        request: Request<Collection<T>>,
    ) -> BoxStream<'_, Result<Collection<T>, Error>>
    where
        T: DeserializeOwned + Send + 'static,
    {
        stream::try_unfold(
                Some(request),
                move |next| async move {
                    let Some(request) = next else { return Ok(None) };
                    let template = request.path_template();
                    let page = self.send(request).await?;
                    let following = page
                        .next_page()
                        .map(|next| keep_template(next, template));
                    Ok(Some((page, following)))
                },
            )
            .boxed()
    }
    /// The items of a collection, page after page (see [`Client::pages`]).
    pub fn items<T>(
        &self,
        request: Request<Collection<T>>,
    ) -> BoxStream<'_, Result<T, Error>>
    where
        T: DeserializeOwned + Send + 'static,
    {
        self.pages(request)
            .map_ok(|page| stream::iter(page.value.into_iter().map(Ok)))
            .try_flatten()
            .boxed()
    }
    /// Every page of a collection in one: all items, and the last page's `@odata.deltaLink`.
    /// For delta queries: the next round starts from [`Collection::delta_request`].
    pub async fn all_pages<T>(
        &self,
        request: Request<Collection<T>>,
    ) -> Result<Collection<T>, Error>
    where
        T: DeserializeOwned + Send + 'static,
    {
        let template = request.path_template();
        let mut all = self.send(request).await?;
        while let Some(next) = all.next_page() {
            let page = self.send(keep_template(next, template)).await?;
            all.value.extend(page.value);
            all.next_link = page.next_link;
            all.delta_link = page.delta_link;
        }
        Ok(all)
    }
    /// The reqwest request for a [`Request`], without its token.
    pub(crate) fn build<T>(
        &self,
        request: &Request<T>,
    ) -> Result<reqwest::Request, Error> {
        let method = match request.method() {
            Method::Get => reqwest::Method::GET,
            Method::Post => reqwest::Method::POST,
            Method::Patch => reqwest::Method::PATCH,
            Method::Put => reqwest::Method::PUT,
            Method::Delete => reqwest::Method::DELETE,
        };
        let mut builder = self.http.request(method, request.url(&self.service_root));
        for (name, value) in request.headers() {
            builder = builder.header(name.as_str(), value.as_str());
        }
        if let Some(body) = request.body() {
            builder = builder.body(body.to_string());
        }
        if let Some(bytes) = request.bytes() {
            builder = builder.body(bytes.to_vec());
        }
        builder.build().map_err(Error::Http)
    }
    /// Sends a request until it succeeds, fails for good, or the retry policy gives up. With
    /// `auth`, each attempt carries a fresh token and a `401` asks once for a new one. A request
    /// whose body cannot be cloned (a stream) is sent once.
    /// The span records the path `template` (see [`span_path`]).
    pub(crate) async fn execute(
        &self,
        request: reqwest::Request,
        template: Option<&str>,
        auth: bool,
    ) -> Result<RawResponse, Error> {
        let span = tracing::debug_span!(
            "graph_request", method = % request.method(), path = % span_path(template,
            request.url())
        );
        self.execute_in_span(request, auth).instrument(span).await
    }
    async fn execute_in_span(
        &self,
        request: reqwest::Request,
        auth: bool,
    ) -> Result<RawResponse, Error> {
        let started = tokio::time::Instant::now();
        let mut retries = 0u32;
        let mut refreshed = false;
        loop {
            let token = if auth {
                Some(self.token.token().await.map_err(Error::Token)?)
            } else {
                None
            };
            let Some(copy) = request.try_clone() else {
                let (status, _, body) = self
                    .attempt(request, token.as_deref(), retries)
                    .await?;
                return Ok(RawResponse { status, body });
            };
            let (status, retry_after, body) = self
                .attempt(copy, token.as_deref(), retries)
                .await?;
            if let (401, false, Some(token)) = (status, refreshed, &token) {
                refreshed = true;
                self.token.invalidate(token);
                tracing::debug!("token refused; asking for a new one");
                continue;
            }
            if RetryPolicy::is_retryable(status) {
                let Some(delay) = self
                    .retry
                    .delay(retries + 1, retry_after, started.elapsed()) else {
                    tracing::debug!(status, retries, "giving up");
                    return Err(
                        Error::RetriesExhausted(
                            Box::new(
                                RetriesExhausted::new(status, &body, retry_after, retries),
                            ),
                        ),
                    );
                };
                retries += 1;
                tracing::debug!(
                    status, retry = retries, delay_ms = delay.as_millis() as u64,
                    "retrying"
                );
                tokio::time::sleep(delay).await;
                continue;
            }
            return Ok(RawResponse { status, body });
        }
    }
    /// One attempt: the status, the `Retry-After` it asked for, and the body.
    async fn attempt(
        &self,
        mut request: reqwest::Request,
        token: Option<&str>,
        retries: u32,
    ) -> Result<(u16, Option<Duration>, Vec<u8>), Error> {
        if let Some(token) = token {
            let value = reqwest::header::HeaderValue::from_str(
                    &format!("Bearer {token}"),
                )
                .map_err(|e| Error::Token(e.into()))?;
            request.headers_mut().insert(reqwest::header::AUTHORIZATION, value);
        }
        if retries > 0 {
            request
                .headers_mut()
                .insert("Retry-Attempt", reqwest::header::HeaderValue::from(retries));
        }
        let response = self.http.execute(request).await.map_err(Error::Http)?;
        let status = response.status().as_u16();
        let retry_after = response
            .headers()
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| parse_retry_after(value, SystemTime::now()));
        let body = response.bytes().await.map_err(Error::Http)?.to_vec();
        tracing::debug!(status, attempt = retries + 1, "graph response");
        Ok((status, retry_after, body))
    }
}
/// The path a request's tracing span records: the documented template when the request has one,
/// since the concrete path holds ids (personal data that logs should not keep); else the URL's
/// path, without its query string.
fn span_path<'a>(template: Option<&'a str>, url: &'a reqwest::Url) -> &'a str {
    template.unwrap_or_else(|| url.path())
}
/// A next page's request, given the path template of the request it continues.
fn keep_template<T>(next: Request<T>, template: Option<&'static str>) -> Request<T> {
    match template {
        Some(template) => next.with_path_template(template),
        None => next,
    }
}
