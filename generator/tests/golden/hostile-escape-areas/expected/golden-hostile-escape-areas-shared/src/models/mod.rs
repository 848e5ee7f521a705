//! Types of the `microsoft.graph` namespace; other namespaces are submodules.
mod shared;
pub use shared::*;
