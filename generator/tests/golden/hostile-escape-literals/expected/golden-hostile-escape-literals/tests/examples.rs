//! Contract tests generated from the docs' examples: each endpoint function builds the request
//! its page shows, each example response reads into the documented type and writes back the
//! same JSON, and the client returns it from a server on loopback.
#![allow(unused_imports)]
use golden_hostile_escape_literals::{
    endpoints, models, Binary, Collection, Method, Request, ResponseBody, ValueResponse,
};
