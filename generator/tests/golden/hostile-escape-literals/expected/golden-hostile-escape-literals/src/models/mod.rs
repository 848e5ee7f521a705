//! Types of the `microsoft.graph` namespace; other namespaces are submodules.
mod widgets;
pub use widgets::*;
