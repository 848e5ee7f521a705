//! Requests as plain data: built by the endpoint functions, sent by [`crate::Client`] (feature
//! `client`) or by any HTTP stack of your own.
use serde::de::DeserializeOwned;
use std::marker::PhantomData;
/// An HTTP method Microsoft Graph uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    Get,
    Post,
    Patch,
    Put,
    Delete,
}
impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Patch => "PATCH",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
        }
    }
}
/// Characters escaped in a path segment: everything but RFC 3986 unreserved characters and the
/// sub-delimiters OData keys use (`'`, `(`, `)`, `=`, `,`, `:`, `@`, `$`).
const PATH_SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')')
    .remove(b'=')
    .remove(b',')
    .remove(b':')
    .remove(b'@')
    .remove(b'$');
/// Characters escaped in a query key or value.
const QUERY: &percent_encoding::AsciiSet = &PATH_SEGMENT.add(b'=').add(b'&');
/// Escapes a value for use as one path segment (or inside an OData key in quotes).
pub fn encode_path_segment(value: &str) -> String {
    percent_encoding::utf8_percent_encode(value, PATH_SEGMENT).to_string()
}
/// A request to Microsoft Graph whose successful response body is a `T`.
#[derive(Debug, Clone, PartialEq)]
pub struct Request<T> {
    method: Method,
    /// Path below the service root (`/users/1`), or an absolute URL (a `@odata.nextLink`).
    target: String,
    query: Vec<(String, String)>,
    headers: Vec<(String, String)>,
    body: Option<serde_json::Value>,
    /// A body of bytes, sent instead of JSON (see [`Request::with_bytes`]).
    bytes: Option<Vec<u8>>,
    /// The documented path with its parameters unfilled (see [`Request::with_path_template`]).
    path_template: Option<&'static str>,
    response: PhantomData<fn() -> T>,
}
impl<T> Request<T> {
    /// A request for a path below the service root; the path's segments must already be escaped
    /// (see [`encode_path_segment`]).
    pub fn new(method: Method, path: impl Into<String>) -> Self {
        Request {
            method,
            target: path.into(),
            query: Vec::new(),
            headers: Vec::new(),
            body: None,
            bytes: None,
            path_template: None,
            response: PhantomData,
        }
    }
    /// Names the documented path this request fills in, with its parameters left as written
    /// (`/users/{id}`): the client's tracing span records it instead of the concrete path, whose
    /// ids are personal data that logs should not keep. Generated endpoint functions set it.
    pub fn with_path_template(mut self, template: &'static str) -> Self {
        self.path_template = Some(template);
        self
    }
    /// Sets a JSON body and its `Content-Type`.
    pub fn with_json<B: serde::Serialize + ?Sized>(mut self, body: &B) -> Self {
        let value = serde_json::to_value(body).unwrap_or(serde_json::Value::Null);
        self.body = Some(value);
        self.headers.retain(|(name, _)| !name.eq_ignore_ascii_case("content-type"));
        self.headers.push(("Content-Type".to_string(), "application/json".to_string()));
        self
    }
    /// Sets a body of bytes (a file's content, a photo) and its `Content-Type`.
    pub fn with_bytes(mut self, content_type: &str, bytes: Vec<u8>) -> Self {
        self.bytes = Some(bytes);
        self.headers.retain(|(name, _)| !name.eq_ignore_ascii_case("content-type"));
        self.headers.push(("Content-Type".to_string(), content_type.to_string()));
        self
    }
    /// Sends `"field": null` in the JSON body: how a PATCH clears a property. Models leave out
    /// fields that are `None`, so without this a PATCH cannot tell "clear" from "leave as is".
    pub fn with_null(mut self, json_name: &str) -> Self {
        if let Some(serde_json::Value::Object(map)) = self.body.as_mut() {
            map.insert(json_name.to_string(), serde_json::Value::Null);
        }
        self
    }
    /// Adds a query parameter (its value is escaped when the URL is built).
    pub fn with_query(mut self, key: &str, value: impl Into<String>) -> Self {
        self.query.push((key.to_string(), value.into()));
        self
    }
    /// Adds a request header, e.g. `ConsistencyLevel: eventual`.
    pub fn with_header(mut self, name: &str, value: impl Into<String>) -> Self {
        self.headers.push((name.to_string(), value.into()));
        self
    }
    /// The same request, its response read as another type: a `createUploadSession` request
    /// read as [`crate::UploadSession`] (feature `client`), or any response as `serde_json::Value`.
    pub fn expecting<U>(self) -> Request<U> {
        Request {
            method: self.method,
            target: self.target,
            query: self.query,
            headers: self.headers,
            body: self.body,
            bytes: self.bytes,
            path_template: self.path_template,
            response: PhantomData,
        }
    }
    pub fn method(&self) -> Method {
        self.method
    }
    /// The escaped path (or the absolute URL of a next page).
    pub fn path(&self) -> &str {
        &self.target
    }
    /// The documented path this request fills in (see [`Request::with_path_template`]); a next
    /// page keeps the template of the request it continues when the client follows the links.
    pub fn path_template(&self) -> Option<&'static str> {
        self.path_template
    }
    pub fn query(&self) -> &[(String, String)] {
        &self.query
    }
    pub fn headers(&self) -> &[(String, String)] {
        &self.headers
    }
    pub fn body(&self) -> Option<&serde_json::Value> {
        self.body.as_ref()
    }
    /// The body of bytes, when the request sends one instead of JSON.
    pub fn bytes(&self) -> Option<&[u8]> {
        self.bytes.as_deref()
    }
    /// The full URL against a service root such as `https://graph.microsoft.com/beta`.
    pub fn url(&self, service_root: &str) -> String {
        let mut url = if self.target.starts_with("https://")
            || self.target.starts_with("http://")
        {
            self.target.clone()
        } else {
            format!("{}{}", service_root.trim_end_matches('/'), self.target)
        };
        for (i, (key, value)) in self.query.iter().enumerate() {
            let separator = if i == 0 && !url.contains('?') { '?' } else { '&' };
            url.push(separator);
            url.push_str(&percent_encoding::utf8_percent_encode(key, QUERY).to_string());
            url.push('=');
            url.push_str(
                &percent_encoding::utf8_percent_encode(value, QUERY).to_string(),
            );
        }
        url
    }
}
/// A response body type: JSON, or nothing for `204 No Content`.
pub trait ResponseBody: Sized {
    fn from_body(bytes: &[u8]) -> Result<Self, serde_json::Error>;
}
impl<T: DeserializeOwned> ResponseBody for T {
    fn from_body(bytes: &[u8]) -> Result<Self, serde_json::Error> {
        let bytes = if bytes.iter().all(u8::is_ascii_whitespace) {
            b"null".as_slice()
        } else {
            bytes
        };
        serde_json::from_slice(bytes)
    }
}
/// A response body the service sends as bytes rather than JSON (`Edm.Stream`: a photo's
/// `$value`, a message's MIME content, a report's CSV).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Binary(pub Vec<u8>);
impl ResponseBody for Binary {
    fn from_body(bytes: &[u8]) -> Result<Self, serde_json::Error> {
        Ok(Binary(bytes.to_vec()))
    }
}
/// A page of a collection: `value` plus the link to the next page.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Collection<T> {
    pub value: Vec<T>,
    #[serde(
        rename = "@odata.nextLink",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub next_link: Option<String>,
    #[serde(rename = "@odata.count", default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// On the last page of a delta query: where the next round of changes starts.
    #[serde(
        rename = "@odata.deltaLink",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub delta_link: Option<String>,
    /// Other members of the response, such as `@odata.context`.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
impl<T> Collection<T> {
    /// The request for the next page, if the service said there is one. A link knows no path
    /// template: [`crate::Client`]'s paging gives it the first request's (feature `client`).
    pub fn next_page(&self) -> Option<Request<Collection<T>>> {
        self.next_link.as_ref().map(|link| Request::new(Method::Get, link.clone()))
    }
    /// The request for the next round of a delta query (the changes since this one), from the
    /// last page's `@odata.deltaLink`.
    pub fn delta_request(&self) -> Option<Request<Collection<T>>> {
        self.delta_link.as_ref().map(|link| Request::new(Method::Get, link.clone()))
    }
}
/// A single primitive or enum result (of a function such as `isPublished()`), which OData
/// sends wrapped: `{"@odata.context": "...", "value": true}`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ValueResponse<T> {
    pub value: T,
    /// Other members of the response, such as `@odata.context`.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
/// The error body Microsoft Graph returns with a 4xx or 5xx status.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct GraphError {
    pub error: GraphErrorDetail,
}
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct GraphErrorDetail {
    pub code: String,
    pub message: String,
    #[serde(rename = "innerError", default)]
    pub inner_error: Option<InnerError>,
}
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct InnerError {
    #[serde(rename = "request-id", default)]
    pub request_id: Option<String>,
    #[serde(rename = "client-request-id", default)]
    pub client_request_id: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
}
/// What can go wrong when a request is sent.
#[derive(Debug)]
pub enum Error {
    /// The service answered with an error status and Graph's error JSON.
    Api { status: u16, error: GraphError },
    /// The service answered with an error status and a body that is not Graph's error JSON.
    Status { status: u16, body: String },
    /// The response body does not match the documented type.
    Decode(serde_json::Error),
    /// The request could not be sent or its response read.
    #[cfg(feature = "client")]
    Http(reqwest::Error),
    /// The service still throttled (429) or was unavailable (503, 504) when the retry policy
    /// gave up: the last status, Graph's error and `Retry-After`.
    #[cfg(feature = "client")]
    RetriesExhausted(Box<crate::retry::RetriesExhausted>),
    /// The token provider failed.
    #[cfg(feature = "client")]
    Token(crate::client::BoxError),
    /// A batch the client cannot send as asked (see [`crate::Batch`]).
    #[cfg(feature = "client")]
    Batch(String),
    /// A large file upload the service did not complete (see [`crate::UploadSession`]).
    #[cfg(feature = "client")]
    Upload(String),
}
impl Error {
    /// Graph's `request-id`, to quote when asking Microsoft support about a failure.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Api { error, .. } => {
                error.error.inner_error.as_ref()?.request_id.as_deref()
            }
            #[cfg(feature = "client")]
            Error::RetriesExhausted(gave_up) => {
                gave_up.error.as_ref()?.error.inner_error.as_ref()?.request_id.as_deref()
            }
            _ => None,
        }
    }
    /// The HTTP status of the response that failed, if there was one.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api { status, .. } | Error::Status { status, .. } => Some(*status),
            #[cfg(feature = "client")]
            Error::RetriesExhausted(gave_up) => Some(gave_up.status),
            _ => None,
        }
    }
    /// Reads an error response: Graph's error JSON when the body is one.
    pub fn from_status(status: u16, body: &[u8]) -> Error {
        match serde_json::from_slice::<GraphError>(body) {
            Ok(error) => Error::Api { status, error },
            Err(_) => {
                Error::Status {
                    status,
                    body: String::from_utf8_lossy(body).into_owned(),
                }
            }
        }
    }
}
impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Api { status, error } => {
                write!(f, "{status} {}: {}", error.error.code, error.error.message)
            }
            Error::Status { status, body } => write!(f, "HTTP {status}: {body}"),
            Error::Decode(e) => {
                write!(f, "response body does not match the documented type: {e}")
            }
            #[cfg(feature = "client")]
            Error::Http(e) => write!(f, "request failed: {e}"),
            #[cfg(feature = "client")]
            Error::RetriesExhausted(gave_up) => gave_up.fmt(f),
            #[cfg(feature = "client")]
            Error::Token(e) => write!(f, "no token: {e}"),
            #[cfg(feature = "client")]
            Error::Batch(message) => write!(f, "batch: {message}"),
            #[cfg(feature = "client")]
            Error::Upload(message) => write!(f, "upload: {message}"),
        }
    }
}
impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Decode(e) => Some(e),
            #[cfg(feature = "client")]
            Error::Http(e) => Some(e),
            #[cfg(feature = "client")]
            Error::Token(e) => Some(e.as_ref()),
            _ => None,
        }
    }
}
