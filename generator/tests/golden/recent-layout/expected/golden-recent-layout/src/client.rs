//! Sending requests with reqwest.
use crate::request::{Error, Method, Request, ResponseBody};
/// Sends [`Request`]s to a Microsoft Graph service root with a bearer token.
#[derive(Debug, Clone)]
pub struct Client {
    http: reqwest::Client,
    service_root: String,
    token: String,
}
impl Client {
    /// A client for [`crate::SERVICE_ROOT`].
    pub fn new(token: impl Into<String>) -> Client {
        Client::with_service_root(crate::SERVICE_ROOT, token)
    }
    /// A client for another service root (a national cloud, a test server).
    pub fn with_service_root(
        service_root: impl Into<String>,
        token: impl Into<String>,
    ) -> Client {
        Client {
            http: reqwest::Client::new(),
            service_root: service_root.into(),
            token: token.into(),
        }
    }
    /// Sends a request and reads the documented response type.
    pub async fn send<T: ResponseBody>(&self, request: Request<T>) -> Result<T, Error> {
        let method = match request.method() {
            Method::Get => reqwest::Method::GET,
            Method::Post => reqwest::Method::POST,
            Method::Patch => reqwest::Method::PATCH,
            Method::Put => reqwest::Method::PUT,
            Method::Delete => reqwest::Method::DELETE,
        };
        let mut builder = self
            .http
            .request(method, request.url(&self.service_root))
            .bearer_auth(&self.token);
        for (name, value) in request.headers() {
            builder = builder.header(name.as_str(), value.as_str());
        }
        if let Some(body) = request.body() {
            builder = builder.body(body.to_string());
        }
        if let Some(bytes) = request.bytes() {
            builder = builder.body(bytes.to_vec());
        }
        let response = builder.send().await.map_err(Error::Http)?;
        let status = response.status().as_u16();
        let bytes = response.bytes().await.map_err(Error::Http)?;
        if !(200..300).contains(&status) {
            return Err(Error::from_status(status, &bytes));
        }
        T::from_body(&bytes).map_err(Error::Decode)
    }
}
