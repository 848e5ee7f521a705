#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
pub mod models;
/// How models read and write JSON member by member: called by the code `golden-hostile-escape-areas`
/// generates, not an interface of its own.
#[doc(hidden)]
pub mod members;
