#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
/// The service root of the API version these pages describe.
pub const SERVICE_ROOT: &str = "https://graph.microsoft.com/beta";
pub mod endpoints;
pub mod models;
#[allow(unused_imports)]
use golden_hostile_escape_areas_shared::members;
mod request;
#[cfg(feature = "client")]
mod batch;
#[cfg(feature = "client")]
mod client;
#[cfg(feature = "client")]
mod retry;
#[cfg(feature = "client")]
mod upload;
#[cfg(feature = "client")]
pub use batch::{Batch, BatchKey, BatchResponse, BatchResponses, MAX_BATCH_REQUESTS};
#[cfg(feature = "client")]
pub use client::{BoxError, Client, TokenFuture, TokenProvider};
/// Stream traits for [`Client::pages`] and [`Client::items`] (from `futures-util`).
#[cfg(feature = "client")]
pub use futures_util::{Stream, StreamExt, TryStreamExt};
#[cfg(feature = "client")]
pub use retry::{parse_retry_after, RetriesExhausted, RetryPolicy, MAX_RETRIES};
#[cfg(feature = "client")]
pub use upload::{UploadSession, DEFAULT_UPLOAD_RANGE, UPLOAD_RANGE_UNIT};
pub use request::{
    encode_path_segment, Binary, Collection, Error, GraphError, GraphErrorDetail,
    InnerError, Method, Request, ResponseBody, ValueResponse,
};
