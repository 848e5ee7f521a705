//! Types of the `microsoft.graph` namespace; other namespaces are submodules.
#[cfg(feature = "client-area")]
mod client;
#[cfg(feature = "client-area")]
pub use client::*;
#[cfg(feature = "default-area")]
mod default;
#[cfg(feature = "default-area")]
pub use default::*;
mod shared;
pub use shared::*;
