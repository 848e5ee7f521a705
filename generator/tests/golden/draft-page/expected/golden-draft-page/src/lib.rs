#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
/// The service root of the API version these pages describe.
pub const SERVICE_ROOT: &str = "https://graph.microsoft.com/beta";
pub mod endpoints;
pub mod models;
mod members;
mod request;
#[cfg(feature = "client")]
mod client;
#[cfg(feature = "client")]
pub use client::Client;
pub use request::{
    encode_path_segment, Binary, Collection, Error, GraphError, GraphErrorDetail,
    InnerError, Method, Request, ResponseBody, ValueResponse,
};
