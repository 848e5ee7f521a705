//! Endpoint functions: one per documented method and path. Each builds a [`crate::Request`] and sends nothing; give it to `Client::send` (feature `client`) or to your own HTTP stack.
mod gadgets;
pub use gadgets::*;
