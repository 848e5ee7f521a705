//! Types of the `microsoft.graph` namespace; other namespaces are submodules.
pub use golden_hostile_escape_areas_shared::models::*;
#[cfg(feature = "client-area")]
mod client;
#[cfg(feature = "client-area")]
pub use client::*;
#[cfg(feature = "default-area")]
mod default;
#[cfg(feature = "default-area")]
pub use default::*;
