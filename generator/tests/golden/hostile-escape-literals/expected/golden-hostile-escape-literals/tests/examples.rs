//! Contract tests generated from the docs' examples: each endpoint function builds the request
//! its page shows, and each example response reads into the documented type and writes back
//! the same JSON. The same examples through the client are in `examples_client.rs`.
#![allow(unused_imports)]
use golden_hostile_escape_literals::{
    endpoints, models, Binary, Collection, Method, Request, ResponseBody, ValueResponse,
};
