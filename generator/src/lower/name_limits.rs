//! Names past [`MAX_NAME_LEN`]: each item named so is reported (D052) and left out, before
//! the name reaches an identifier, a file name or a test of the generated crate.

use super::Fragments;
use crate::diagnostics::{self, Diagnostics};
use crate::ir::{Body, Property};
use crate::limits::MAX_NAME_LEN;
use crate::source::Location;

/// Leaves out of `fragments` the types, enums, members, properties and parameters whose name
/// is longer than [`MAX_NAME_LEN`].
pub(super) fn drop_long_names(fragments: &mut Fragments, diagnostics: &mut Diagnostics) {
    let mut report = |what: &str, name: &str, location: &Location| {
        let shown: String = name.chars().take(40).collect();
        diagnostics.push(
            diagnostics::NAME_TOO_LONG,
            location.clone(),
            format!(
                "{what} name `{shown}…` is {} bytes, more than {MAX_NAME_LEN}; it is left out",
                name.len()
            ),
        );
    };
    let mut fits = |what: &str, name: &str, location: &Location| {
        let ok = name.len() <= MAX_NAME_LEN;
        if !ok {
            report(what, name, location);
        }
        ok
    };
    fragments
        .types
        .retain(|ty| fits("type", &ty.qualified_name, &ty.location));
    for ty in &mut fragments.types {
        ty.properties
            .retain(|p| fits("property", &p.name, &p.location));
    }
    fragments
        .enums
        .retain(|e| fits("enum", &e.qualified_name, &e.location));
    for e in &mut fragments.enums {
        e.members
            .retain(|m| fits("enum member", &m.name, &m.location));
    }
    for draft in &mut fragments.operations {
        let op = &mut draft.operation;
        let location = op.location.clone();
        op.query_params
            .retain(|p| fits("query parameter", &p.name, &location));
        op.headers.retain(|h| fits("header", &h.name, &location));
        let keep = |p: &Property, fits: &mut dyn FnMut(&str, &str, &Location) -> bool| {
            fits("parameter", &p.name, &p.location)
        };
        if let Some(Body::Parameters(params)) = &mut op.body {
            params.retain(|p| keep(p, &mut fits));
        }
        if let Some(rows) = &mut draft.body_rows {
            rows.retain(|p| keep(p, &mut fits));
        }
    }
}
