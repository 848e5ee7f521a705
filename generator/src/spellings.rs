//! Names that one API spells two ways, made one, so that generators reading the OpenAPI
//! document (progenitor, openapi-generator) and docgen's own crate get one name each:
//! properties of one type that differ only in case (D043) or give one identifier (D047), tags
//! that differ only in case (D044), a path parameter that a query or header parameter of the
//! same operation spells alike once case and punctuation are dropped (D045), and enum members
//! that differ only in case (D046). Runs at the end of linking; types and enums whose names
//! differ only in case are merged earlier, as linking merges them (D048).

use crate::diagnostics::{self, Diagnostics};
use crate::ir::{Api, Operation, Property, TypeDef};
use crate::naming::{field_ident, identifier_key};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Everything this module does to a linked API, with its property drops read beforehand
/// ([`PropertyDrops::of`]).
pub fn unify(api: &mut Api, property_drops: PropertyDrops, diagnostics: &mut Diagnostics) {
    property_drops.apply(api, diagnostics);
    merge_member_spellings(api, diagnostics);
    warn_tag_spellings(api, diagnostics);
    rename_colliding_path_params(api, diagnostics);
}

/// A type's properties that generators would give one field name, in two cases:
///
/// - names that differ only in case (`printerID`, `printerId`, D043) are one property spelt two
///   ways in the docs: the spelling documented first wins (a base type's before a derived
///   type's, then the first row in the page's order);
/// - names that differ in more than case but give one identifier (`queryString` and the
///   deprecated `query_string`, D047) are two properties, and JSON keeps them apart, but no
///   generator can: the one kept is the one not marked deprecated, else the one documented
///   first, as above.
///
/// Each property dropped gets a warning at the row that documents it. Read from the types
/// alone, so linking reads them while it makes the operations.
pub struct PropertyDrops(Vec<(String, BTreeSet<usize>, Diagnostics)>);

impl PropertyDrops {
    /// The rows to drop, per type in name order, with their warnings.
    pub fn of(api: &Api) -> PropertyDrops {
        // Each property name's two keys, once: a type compares every property it inherits,
        // so the same names come up again in every type derived from a common base.
        let names: BTreeSet<&str> = api
            .types
            .values()
            .flat_map(|t| t.properties.iter().map(|p| p.name.as_str()))
            .collect();
        let keys: PropertyKeys = names
            .into_par_iter()
            .map(|name| {
                let keys = [
                    format!("lower {}", name.to_lowercase()),
                    format!("ident {}", field_ident(name)),
                ];
                (name, keys)
            })
            .collect();
        // Each type is read on any thread.
        PropertyDrops(
            api.types
                .par_iter()
                .filter_map(|(name, ty)| {
                    let mut found = Diagnostics::default();
                    let dropped = property_drops(api, &keys, name, ty, &mut found);
                    (!dropped.is_empty()).then(|| (name.clone(), dropped, found))
                })
                .collect(),
        )
    }

    /// Drops the rows and reports them, in type order.
    fn apply(self, api: &mut Api, diagnostics: &mut Diagnostics) {
        for (name, dropped, found) in self.0 {
            diagnostics.items.extend(found.items);
            if let Some(ty) = api.types.get_mut(&name) {
                let mut index = 0;
                ty.properties.retain(|_| {
                    index += 1;
                    !dropped.contains(&(index - 1))
                });
            }
        }
    }
}

/// The keys under which two properties are one: by lowercase name and by identifier, each
/// prefixed so the two kinds never meet; for every property name of the API.
type PropertyKeys<'a> = HashMap<&'a str, [String; 2]>;

/// The rows of `ty` (named `name`) that [`PropertyDrops`] drops, each with its
/// warning.
fn property_drops(
    api: &Api,
    property_keys: &PropertyKeys<'_>,
    name: &str,
    ty: &TypeDef,
    diagnostics: &mut Diagnostics,
) -> BTreeSet<usize> {
    let inherited: Vec<&Property> = ty
        .base
        .as_deref()
        .and_then(|b| api.types.get(b))
        .map(|b| api.all_properties(b))
        .unwrap_or_default();
    // Each property seen, by lowercase name and by identifier, with its row in this type
    // (`None`: inherited).
    let mut seen: HashMap<&str, (Option<usize>, &Property)> =
        HashMap::with_capacity(2 * (inherited.len() + ty.properties.len()));
    // Every property of the API has its keys: they were made from all of them.
    let keys = |p: &Property| {
        let [lower, ident] = &property_keys[p.name.as_str()];
        [lower.as_str(), ident.as_str()]
    };
    for p in inherited {
        for key in keys(p) {
            seen.entry(key).or_insert((None, p));
        }
    }
    let mut dropped = BTreeSet::new();
    for (index, p) in ty.properties.iter().enumerate() {
        let found = keys(p).into_iter().find_map(|k| seen.get(k).copied());
        let Some((kept_index, kept)) = found.filter(|(_, kept)| kept.name != p.name) else {
            for key in keys(p) {
                seen.entry(key).or_insert((Some(index), p));
            }
            continue;
        };
        let (keep, drop, drop_index) = match kept_index {
            Some(kept_index) if kept.deprecated && !p.deprecated => (p, kept, kept_index),
            _ => (kept, p, index),
        };
        diagnostics.push(
            if keep.name.eq_ignore_ascii_case(&drop.name) {
                diagnostics::PROPERTY_CASE_VARIANT
            } else {
                diagnostics::PROPERTY_IDENTIFIER_COLLISION
            },
            drop.location.clone(),
            collision_message(name, keep, drop),
        );
        dropped.insert(drop_index);
        if drop_index != index {
            // The later row replaces the earlier under every key of either.
            for key in keys(kept).into_iter().chain(keys(p)) {
                seen.insert(key, (Some(index), p));
            }
        }
    }
    dropped
}

/// Why `drop` leaves type `ty` for `keep`.
fn collision_message(ty: &str, keep: &Property, drop: &Property) -> String {
    if keep.name.eq_ignore_ascii_case(&drop.name) {
        format!(
            "property `{}` of `{ty}` is spelt `{}` at {}; names that differ only in case are one property, kept as `{}`",
            drop.name, keep.name, keep.location, keep.name
        )
    } else {
        let why = if drop.deprecated && !keep.deprecated {
            "the other is deprecated"
        } else {
            "documented first"
        };
        format!(
            "property `{}` of `{ty}` and `{}` at {} give one field name, `{}`, in every generator; kept: `{}` ({why})",
            drop.name,
            keep.name,
            keep.location,
            field_ident(&keep.name),
            keep.name
        )
    }
}

/// An enum's members that differ only in case (`UnknownFutureValue`, `unknownFutureValue`)
/// are one member spelt two ways: generators name both variants alike (typify stops). The
/// first listed is kept; each later spelling is dropped with a warning where it is listed.
fn merge_member_spellings(api: &mut Api, diagnostics: &mut Diagnostics) {
    for (name, e) in &mut api.enums {
        let mut first: BTreeMap<String, String> = BTreeMap::new();
        e.members.retain(|m| match first.get(&m.name.to_lowercase()) {
            Some(kept) if *kept != m.name => {
                diagnostics.push(
                    diagnostics::MEMBER_CASE_VARIANT,
                    m.location.clone(),
                    format!(
                        "member `{}` of `{name}` is listed as `{kept}` already; members that differ only in case are one member, kept as `{kept}`",
                        m.name
                    ),
                );
                false
            }
            Some(_) => true,
            None => {
                first.insert(m.name.to_lowercase(), m.name.clone());
                true
            }
        });
    }
}

/// Operations are tagged with their path's first segment; where paths spell it in two cases
/// (`/directoryRoles`, `/directoryroles`) the OpenAPI document uses one spelling (see
/// [`crate::render::openapi::tag_spellings`]) and each page that spells it the other way is
/// told, once per spelling.
fn warn_tag_spellings(api: &Api, diagnostics: &mut Diagnostics) {
    use crate::render::openapi::{tag, tag_spellings};
    let chosen = tag_spellings(api.operations.values().map(|op| op.path.as_str()));
    let mut told: BTreeSet<(&str, String)> = BTreeSet::new();
    for op in api.operations.values() {
        let written = tag(&op.path);
        let Some(spelling) = chosen.get(&written.to_lowercase()) else {
            continue;
        };
        if *spelling != written && told.insert((&op.location.path, written.clone())) {
            diagnostics.push(
                diagnostics::TAG_CASE_VARIANT,
                op.location.clone(),
                format!(
                    "`/{written}` is spelt `/{spelling}` by most paths; the OpenAPI tag is `{spelling}` (tags that differ only in case are one tag)"
                ),
            );
        }
    }
}

/// A path parameter that a query or header parameter of one of its path's operations spells
/// alike (the `$ref` operations' `{id}` and `?$id=`) is renamed after the segment before it
/// (`{group-id}`, as the docs' own lines usually write it), on every operation of that path,
/// so that one path keeps one spelling.
fn rename_colliding_path_params(api: &mut Api, diagnostics: &mut Diagnostics) {
    // Few operations have a collision: each is looked for on any thread, and only the
    // operations that have one are renamed, in name order (a rename on a path holds for every
    // operation on it).
    let colliding: Vec<&Operation> = api
        .operations
        .par_iter()
        .map(|(_, op)| op)
        .filter(|op| {
            !op.path_params.is_empty() && {
                let others = other_param_keys(op);
                op.path_params
                    .iter()
                    .any(|p| others.contains(&identifier_key(&p.name)))
            }
        })
        .collect();
    let mut renames: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for op in colliding {
        let others = other_param_keys(op);
        let mut taken: BTreeSet<String> = op
            .path_params
            .iter()
            .map(|p| identifier_key(&p.name))
            .chain(others.iter().cloned())
            .collect();
        for param in &op.path_params {
            if !others.contains(&identifier_key(&param.name))
                || renames
                    .get(&op.path)
                    .is_some_and(|r| r.contains_key(&param.name))
            {
                continue;
            }
            let base = crate::naming::renamed_path_param(segment_before(&op.path, &param.name));
            let mut new = base.clone();
            let mut n = 2;
            while taken.contains(&identifier_key(&new)) {
                new = format!("{base}-{n}");
                n += 1;
            }
            taken.insert(identifier_key(&new));
            diagnostics.push(
                diagnostics::PARAMETER_RENAMED,
                op.location.clone(),
                format!(
                    "path parameter `{{{}}}` of {} is spelt like a query or header parameter of the operation once case and punctuation are dropped, as generators name parameters; it is renamed `{{{new}}}`",
                    param.name, op.path
                ),
            );
            renames
                .entry(op.path.clone())
                .or_default()
                .insert(param.name.clone(), new);
        }
    }
    if renames.is_empty() {
        return;
    }
    api.operations.par_iter_mut().for_each(|(_, op)| {
        let Some(renames) = renames.get(&op.path) else {
            return;
        };
        let mut path = op.path.clone();
        for (old, new) in renames {
            path = path.replace(&format!("{{{old}}}"), &format!("{{{new}}}"));
        }
        for param in &mut op.path_params {
            if let Some(new) = renames.get(&param.name) {
                param.name = new.clone();
            }
        }
        op.path = path;
    });
}

/// The identifier keys of an operation's query options, query parameters and headers: the
/// names a path parameter must not be spelt like.
fn other_param_keys(op: &Operation) -> BTreeSet<String> {
    op.query_params
        .iter()
        .map(|p| identifier_key(&p.name))
        .chain(op.query_options.iter().map(|o| identifier_key(o.key())))
        .chain(op.headers.iter().map(|h| identifier_key(&h.name)))
        .collect()
}

/// The literal the parameter `{name}` follows in `path`: the segment before it, or the
/// function whose argument it is (`/reminderView(startDateTime='{x}')` → `reminderView`).
fn segment_before<'a>(path: &'a str, name: &str) -> Option<&'a str> {
    let placeholder = format!("{{{name}}}");
    let segments: Vec<&str> = path.split('/').collect();
    let at = segments.iter().position(|s| s.contains(&placeholder))?;
    let segment = segments[at];
    let literal = if segment == placeholder {
        at.checked_sub(1).map(|i| segments[i])
    } else {
        segment.split('(').next()
    };
    literal.filter(|l| !l.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameter_keys_ignore_case_and_punctuation() {
        assert_eq!(identifier_key("$id"), identifier_key("id"));
        assert_eq!(identifier_key("group-id"), identifier_key("groupId"));
        assert_ne!(identifier_key("group-id"), identifier_key("id"));
    }

    #[test]
    fn the_segment_before_a_parameter_names_it() {
        assert_eq!(
            segment_before("/groups/{id}/acceptedSenders/$ref", "id"),
            Some("groups")
        );
        assert_eq!(
            segment_before("/me/reminderView(startDateTime='{x}')", "x"),
            Some("reminderView")
        );
        assert_eq!(segment_before("/{id}", "id"), None);
    }
}
