#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

/// The service root of the API version these pages describe.
pub const SERVICE_ROOT: &str = "{{ service_root }}";

pub mod endpoints;
pub mod models;
{% if shared_crate_ident.is_empty() %}mod members;
{% else %}// The models of the `shared` area, and the JSON code of every model, are in `{{ shared_crate_ident }}`.
// Unused when no area feature is on.
#[allow(unused_imports)]
use {{ shared_crate_ident }}::members;
{% endif %}mod request;
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
pub use request::{encode_path_segment, Binary, Collection, Error, GraphError, GraphErrorDetail, InnerError, Method, Request, ResponseBody, ValueResponse};
