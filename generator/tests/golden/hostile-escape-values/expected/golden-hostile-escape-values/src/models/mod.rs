//! Types of the `microsoft.graph` namespace; other namespaces are submodules.
mod meters;
pub use meters::*;
