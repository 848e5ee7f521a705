//! Types of the `microsoft.graph` namespace; other namespaces are submodules.
pub mod type_;
mod names;
pub use names::*;
