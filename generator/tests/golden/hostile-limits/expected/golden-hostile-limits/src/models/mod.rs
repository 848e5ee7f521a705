//! Types of the `microsoft.graph` namespace; other namespaces are submodules.
mod core;
pub use core::*;
