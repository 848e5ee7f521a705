//! Types of the `microsoft.graph.type_` namespace.
mod names;
pub use names::*;
