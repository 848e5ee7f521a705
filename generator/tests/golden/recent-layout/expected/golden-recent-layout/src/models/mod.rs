//! Types of the `microsoft.graph` namespace; other namespaces are submodules.
mod gadgets;
pub use gadgets::*;
