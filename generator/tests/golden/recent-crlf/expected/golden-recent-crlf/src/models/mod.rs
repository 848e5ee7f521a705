//! Types of the `microsoft.graph` namespace; other namespaces are submodules.
mod widget_shelves;
pub use widget_shelves::*;
