//! Contract tests generated from the docs' examples: each endpoint function builds the request
//! its page shows, each example response reads into the documented type and writes back the
//! same JSON, and the client returns it from a server on loopback.
#![allow(unused_imports)]
{{ file_cfg }}

use {{ crate_ident }}::{endpoints, models, Binary, Collection, Method, ValueResponse};

{% if !tests.is_empty() %}
fn decoded(path: &str) -> String {
    percent_encoding::percent_decode_str(path).decode_utf8_lossy().into_owned()
}
{% endif %}
{% if reads_json %}
fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).expect("example JSON parses")
}

/// A value without its `null` members: a model reads `null` and absent alike and writes neither.
fn without_nulls(value: serde_json::Value) -> serde_json::Value {
    match value {
        serde_json::Value::Object(map) => map.into_iter().filter(|(_, v)| !v.is_null()).map(|(k, v)| (k, without_nulls(v))).collect(),
        serde_json::Value::Array(items) => items.into_iter().map(without_nulls).collect(),
        other => other,
    }
}
{% endif %}
{% if checks_members %}
/// Members a model kept aside because it has no field for them, other than instance
/// annotations (`@odata.context`, `x@odata.type`, ...).
fn unknown_members(value: &serde_json::Map<String, serde_json::Value>) -> Vec<&str> {
    value.keys().map(String::as_str).filter(|k| !k.contains('@')).collect()
}
{% endif %}
