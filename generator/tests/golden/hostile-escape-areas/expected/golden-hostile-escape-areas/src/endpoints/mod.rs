//! Endpoint functions: one per documented method and path. Each builds a [`crate::Request`] and sends nothing; give it to `Client::send` (feature `client`) or to your own HTTP stack.
#[cfg(feature = "client-area")]
mod client;
#[cfg(feature = "client-area")]
pub use client::*;
#[cfg(feature = "default-area")]
mod default;
#[cfg(feature = "default-area")]
pub use default::*;
#[cfg(feature = "intune-x-pub-fn-evil-cfg-feature-y")]
mod intune_x_pub_fn_evil_cfg_feature_y;
#[cfg(feature = "intune-x-pub-fn-evil-cfg-feature-y")]
pub use intune_x_pub_fn_evil_cfg_feature_y::*;
#[cfg(feature = "type")]
mod type_;
#[cfg(feature = "type")]
pub use type_::*;
