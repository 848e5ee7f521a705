//! Contract tests generated from the docs' examples, through the client: each example request
//! goes to a server on loopback that answers with the example response, which the client reads
//! into the documented type. The checks that need no server are in `examples.rs`.
#![allow(unused_imports)]
use golden_hostile_escape_literals::{
    endpoints, models, Binary, Collection, Method, Request, ResponseBody, ValueResponse,
};
