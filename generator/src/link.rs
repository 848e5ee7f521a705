//! Linking: page fragments into one API. Merges types described on several pages, resolves
//! type names, picks the API version, names operations.

use crate::diagnostics::{self, Diagnostics};
use crate::ir::{
    Api, Body, EnumDef, Operation, Property, TypeDef, TypeExpr, TypeOrigin, namespace, short_name,
};
use crate::lower::{Fragments, OperationDraft};
use crate::naming::{self, OperationShape};
use crate::request_line::Method;
use crate::source::Location;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// What the caller decides about the API as a whole.
#[derive(Debug, Clone, Default)]
pub struct LinkConfig {
    /// `v1.0` or `beta`; inferred from the pages when unset.
    pub version: Option<String>,
}

pub fn link(fragments: Vec<Fragments>, config: &LinkConfig, diagnostics: &mut Diagnostics) -> Api {
    let version = choose_version(&fragments, config, diagnostics);
    // Sized up front: grown by doubling, these vectors of large items were copied over and over.
    let mut types: Vec<TypeDef> = Vec::with_capacity(fragments.iter().map(|f| f.types.len()).sum());
    let mut enums: Vec<EnumDef> = Vec::with_capacity(fragments.iter().map(|f| f.enums.len()).sum());
    // Boxed: the drafts are large, and naming the operations reorders them several times.
    let mut drafts: Vec<Box<OperationDraft>> =
        Vec::with_capacity(fragments.iter().map(|f| f.operations.len()).sum());
    let mut links: BTreeMap<String, BTreeMap<String, Option<String>>> = BTreeMap::new();
    for f in fragments {
        links.insert(f.path, f.links);
        types.extend(f.types);
        enums.extend(f.enums);
        drafts.extend(f.operations.into_iter().map(Box::new));
    }
    let mut api = Api {
        version,
        ..Api::default()
    };
    api.enums = merge_enums(enums, diagnostics);
    api.types = merge_types(types, diagnostics);
    let resolver = Resolver::new(&api, links);
    let mut undefined = BTreeMap::new();
    // Each type's names are resolved on any thread; what each finds is added in name order.
    let found: Vec<Unresolved> = api
        .types
        .par_iter_mut()
        .map(|(_, ty)| {
            let mut found = Unresolved::default();
            let ns = namespace(&ty.qualified_name).to_string();
            for property in &mut ty.properties {
                found.resolve(&resolver, &mut property.ty, &ns, &property.location);
            }
            if let Some(base) = ty.base.clone() {
                match resolver.lookup_on(&base, &ns, &ty.location.path) {
                    Some(found) if api_has_type(&resolver, &found) => ty.base = Some(found),
                    _ => {
                        found.diagnostics.push(
                            diagnostics::UNKNOWN_BASE_TYPE,
                            ty.location.clone(),
                            format!(
                                "base type `{base}` of `{}` is defined by no page",
                                ty.qualified_name
                            ),
                        );
                        found
                            .undefined
                            .entry(base)
                            .or_default()
                            .push(ty.location.clone());
                        ty.base = None;
                    }
                }
            }
            found
        })
        .collect();
    for found in found {
        found.add_to(&mut undefined, diagnostics);
    }
    break_inheritance_cycles(&mut api.types, diagnostics);
    // The operations are made while the type spellings are read: those read only the types,
    // which making the operations leaves as they are.
    let (operations, property_drops) = rayon::join(
        || operations(drafts, &api, &resolver, &mut undefined, diagnostics),
        || crate::spellings::PropertyDrops::of(&api),
    );
    api.undefined_types = undefined;
    api.operations = operations;
    crate::spellings::unify(&mut api, property_drops, diagnostics);
    api
}

/// The operations of the drafts: bodies and responses resolved to the linked types, areas
/// filled in, repeated (method, path) pairs merged, and names given.
#[expect(
    clippy::vec_box,
    reason = "naming reorders the large drafts several times"
)]
fn operations(
    mut drafts: Vec<Box<OperationDraft>>,
    api: &Api,
    resolver: &Resolver,
    undefined: &mut BTreeMap<String, Vec<Location>>,
    diagnostics: &mut Diagnostics,
) -> BTreeMap<String, Operation> {
    let fetched: BTreeMap<String, String> = fetched_types(&drafts)
        .into_iter()
        .filter_map(|(path, (written, page))| {
            Some((
                path,
                resolver.lookup_on(&written, "microsoft.graph", &page)?,
            ))
        })
        .collect();
    // Each draft on any thread; what each finds is added in the drafts' order.
    let found: Vec<Unresolved> = drafts
        .par_iter_mut()
        .map(|draft| {
            let mut found = Unresolved::default();
            let op = &mut draft.operation;
            let ns = draft.namespace.as_str();
            if let Some(rows) = draft.body_rows.take() {
                op.body = Some(body_of_table(op, rows, ns, &fetched, resolver, api));
            }
            if let Some(body) = &mut op.body {
                match body {
                    Body::Value { ty, .. } => found.resolve(resolver, ty, ns, &op.location),
                    Body::Parameters(params) => {
                        for p in params {
                            found.resolve(resolver, &mut p.ty, ns, &p.location);
                        }
                    }
                }
            }
            if let Some(body) = &mut op.response.body {
                found.resolve(resolver, &mut body.ty, ns, &op.location);
            }
            // A page with no product (a draft's TODO) takes the area of the type it returns
            // or takes.
            if op.area == crate::lower::NO_AREA {
                let named = |ty: &TypeExpr| match ty {
                    TypeExpr::Named(n) => api
                        .types
                        .get(n)
                        .map(|t| t.area.clone())
                        .or_else(|| api.enums.get(n).map(|e| e.area.clone())),
                    _ => None,
                };
                let from_response = op.response.body.as_ref().and_then(|b| named(&b.ty));
                let from_body = match &op.body {
                    Some(Body::Value { ty, .. }) => named(ty),
                    _ => None,
                };
                if let Some(area) = from_response.or(from_body) {
                    op.area = area;
                }
            }
            found
        })
        .collect();
    for found in found {
        found.add_to(undefined, diagnostics);
    }
    name_operations(drafts, &fetched, &api.types, diagnostics)
}

/// Drops the base that closes each inheritance cycle (A → B → C → A), with a warning (D054) at
/// the type that names it, so that walking up from any type ends. Each type has at most one
/// base, so one walk per type, stopping at types already walked, is linear; types are walked
/// in name order, so which base goes does not depend on the order pages were read in.
fn break_inheritance_cycles(types: &mut BTreeMap<String, TypeDef>, diagnostics: &mut Diagnostics) {
    let mut done: BTreeSet<String> = BTreeSet::new();
    let names: Vec<String> = types.keys().cloned().collect();
    for start in names {
        let mut path: Vec<String> = Vec::new();
        let mut on_path: BTreeSet<String> = BTreeSet::new();
        let mut current = Some(start);
        while let Some(name) = current.take() {
            if done.contains(&name) {
                break;
            }
            if on_path.contains(&name) {
                // The last type walked names a base already on this walk: it closes the cycle.
                let Some(closing) = path.last().and_then(|last| types.get_mut(last)) else {
                    break;
                };
                let from = path.iter().position(|n| *n == name).unwrap_or(0);
                let cycle: Vec<&str> = path[from..]
                    .iter()
                    .map(String::as_str)
                    .chain([name.as_str()])
                    .collect();
                diagnostics.push(
                    diagnostics::INHERITANCE_CYCLE,
                    closing.location.clone(),
                    format!(
                        "inheritance cycle {}; the base `{name}` of `{}` is dropped",
                        cycle.join(" → "),
                        closing.qualified_name
                    ),
                );
                closing.base = None;
                break;
            }
            current = types.get(&name).and_then(|t| t.base.clone());
            on_path.insert(name.clone());
            path.push(name);
        }
        done.extend(path);
    }
}

/// The type a GET of each path returns, as written and the page it is written on, by
/// normalized path: the resource an update writes.
///
/// Lines that show a query (`?$expand=extensions`, on the extensions' pages) return what the
/// query asks for, and pages on many paths cover a feature, not the resource; the page about
/// the GET says what it returns.
fn fetched_types(drafts: &[Box<OperationDraft>]) -> BTreeMap<String, (String, String)> {
    let mut out: BTreeMap<String, (usize, (String, String))> = BTreeMap::new();
    for draft in drafts.iter().filter(|d| !d.query_in_line) {
        let op = &draft.operation;
        if let (
            Method::Get,
            Some(crate::ir::ResponseBody {
                ty: TypeExpr::Named(name),
                collection: false,
            }),
        ) = (op.method, &op.response.body)
        {
            let candidate = (
                draft.page_request_lines,
                (name.clone(), op.location.path.to_string()),
            );
            let path = normalized_path(&op.path);
            if out.get(&path).is_none_or(|known| candidate.0 < known.0) {
                out.insert(path, candidate);
            }
        }
    }
    out.into_iter()
        .map(|(path, (_, written))| (path, written))
        .collect()
}

/// What a request-body table describes (see [`OperationDraft::body_rows`]): the
/// properties a request sets of the type its body is, or an action's parameters.
fn body_of_table(
    op: &Operation,
    rows: Vec<Property>,
    ns: &str,
    fetched: &BTreeMap<String, String>,
    resolver: &Resolver,
    api: &Api,
) -> Body {
    let written = match &op.body {
        Some(Body::Value {
            ty: TypeExpr::Named(name),
            collection: false,
        }) => Some(name.as_str()),
        _ if matches!(op.method, Method::Patch | Method::Put) => {
            fetched.get(&normalized_path(&op.path)).map(String::as_str)
        }
        _ => None,
    };
    let described = written
        .and_then(|w| resolver.lookup_on(w, ns, &op.location.path))
        .and_then(|name| api.types.get(&name).map(|ty| (name, ty)));
    if let Some((name, ty)) = described {
        let properties = api.all_properties(ty);
        // `@odata.type` rows name the derived type to create; they are not properties.
        let all_properties = rows
            .iter()
            .filter(|row| !row.name.starts_with('@'))
            .all(|row| properties.iter().any(|p| p.name == row.name));
        if all_properties {
            return Body::Value {
                ty: TypeExpr::Named(name),
                collection: false,
            };
        }
    }
    Body::Parameters(rows)
}

fn api_has_type(resolver: &Resolver, name: &str) -> bool {
    resolver.types.contains(name)
}

/// The version the output targets: the configured one, else the version most pages are on.
/// A page is on beta when it carries the beta disclaimer or its example URLs are mostly
/// `/beta/`, on v1.0 when they are mostly `/v1.0/`. A tie goes to beta, since the beta endpoint
/// serves every v1.0 operation but not the reverse.
fn choose_version(
    fragments: &[Fragments],
    config: &LinkConfig,
    diagnostics: &mut Diagnostics,
) -> String {
    let mut beta = Vec::new();
    let mut v1 = Vec::new();
    for f in fragments {
        let on_beta = f
            .example_versions
            .iter()
            .filter(|(v, _)| v == "beta")
            .count();
        let on_v1 = f.example_versions.len() - on_beta;
        if let Some(marker) = &f.beta_marker {
            beta.push(marker.clone());
        } else if on_beta > on_v1 {
            beta.push(f.example_versions[0].1.clone());
        } else if on_v1 > 0 {
            v1.push(f.example_versions[0].1.clone());
        }
    }
    let (version, why) = match &config.version {
        Some(v) => (v.clone(), "it is set in the configuration".to_string()),
        None if beta.is_empty() && v1.is_empty() => (
            "v1.0".to_string(),
            "no page says which version it documents".to_string(),
        ),
        None if beta.len() >= v1.len() => (
            "beta".to_string(),
            format!(
                "{} page(s) are beta-only (first: {}) against {} on v1.0, and beta serves every v1.0 operation but not the reverse",
                beta.len(),
                beta[0],
                v1.len()
            ),
        ),
        None => (
            "v1.0".to_string(),
            format!(
                "{} page(s) are on v1.0 against {} on beta",
                v1.len(),
                beta.len()
            ),
        ),
    };
    for f in fragments {
        for (v, location) in &f.example_versions {
            if *v != version {
                diagnostics.push(
                    diagnostics::VERSION_MISMATCH,
                    location.clone(),
                    format!("example URL uses `/{v}/` but the output targets `{version}`: {why}"),
                );
            }
        }
    }
    version
}

/// Enums with one name (from several pages, or spelt in two cases) are one enum with the
/// members of all, the spelling met first kept.
fn merge_enums(enums: Vec<EnumDef>, diagnostics: &mut Diagnostics) -> BTreeMap<String, EnumDef> {
    let mut out: BTreeMap<String, EnumDef> = BTreeMap::new();
    let mut spellings = CaseSpellings::default();
    for e in enums {
        let kept = spellings.kept(&e.qualified_name, &e.location, "enum", diagnostics);
        match out.get_mut(&kept) {
            Some(existing) => {
                for member in e.members {
                    if !existing.members.iter().any(|m| m.name == member.name) {
                        existing.members.push(member);
                    }
                }
            }
            None => {
                out.insert(kept, e);
            }
        }
    }
    out
}

/// The first spelling of each name met, by its lowercase form: JSON and OData tell
/// `displayAs` from `DisplayAs`, but the resolver reads written names in any case, and every
/// generator (docgen's crate, progenitor, openapi-generator) makes one type name of both.
#[derive(Default)]
struct CaseSpellings {
    first: BTreeMap<String, (String, Location)>,
}

impl CaseSpellings {
    /// The spelling kept for `name`; D048 at `location` when it is another one.
    fn kept(
        &mut self,
        name: &str,
        location: &Location,
        what: &str,
        diagnostics: &mut Diagnostics,
    ) -> String {
        let (kept, at) = self
            .first
            .entry(name.to_ascii_lowercase())
            .or_insert_with(|| (name.to_string(), location.clone()));
        if kept != name {
            diagnostics.push(
                diagnostics::NAME_CASE_VARIANT,
                location.clone(),
                format!(
                    "{what} `{name}` differs only in case from `{kept}` ({at}); they are one {what}, `{kept}`, with what both define"
                ),
            );
        }
        kept.clone()
    }
}

fn merge_types(types: Vec<TypeDef>, diagnostics: &mut Diagnostics) -> BTreeMap<String, TypeDef> {
    // Resource pages first, so a request-body table only adds to what a resource page says.
    let types = sorted_by(types, |a, b| {
        (a.origin, &a.location).cmp(&(b.origin, &b.location))
    });
    let mut out: BTreeMap<String, TypeDef> = BTreeMap::new();
    let mut spellings = CaseSpellings::default();
    for mut ty in types {
        ty.qualified_name = spellings.kept(&ty.qualified_name, &ty.location, "type", diagnostics);
        match out.get_mut(&ty.qualified_name) {
            None => {
                if ty.origin == TypeOrigin::RequestBodyTable {
                    diagnostics.push(
                        diagnostics::TYPE_FROM_TABLE,
                        ty.location.clone(),
                        format!("no resource page defines `{}`; it is built from this request-body table", ty.qualified_name),
                    );
                }
                out.insert(ty.qualified_name.clone(), ty);
            }
            Some(existing) => merge_into(existing, ty, diagnostics),
        }
    }
    out
}

fn merge_into(existing: &mut TypeDef, other: TypeDef, diagnostics: &mut Diagnostics) {
    // Where each name is, so that merging two long property lists is not quadratic.
    let mut known_at: std::collections::HashMap<String, usize> = existing
        .properties
        .iter()
        .enumerate()
        .rev()
        .map(|(i, p)| (p.name.clone(), i))
        .collect();
    for property in other.properties {
        match known_at
            .get(&property.name)
            .map(|i| &existing.properties[*i])
        {
            Some(known) => {
                if !same_shape(known, &property) {
                    diagnostics.push(
                        diagnostics::TYPE_CONFLICT,
                        property.location.clone(),
                        format!(
                            "`{}.{}` is {} here but {} at {}; the first is kept",
                            existing.qualified_name,
                            property.name,
                            describe(&property),
                            describe(known),
                            known.location
                        ),
                    );
                }
            }
            // Request-body tables list what a request sets; they do not add to a resource.
            None if other.origin == TypeOrigin::RequestBodyTable
                && existing.origin == TypeOrigin::ResourcePage => {}
            None => {
                known_at.insert(property.name.clone(), existing.properties.len());
                existing.properties.push(property);
            }
        }
    }
    existing.open |= other.open;
    existing.entity |= other.entity;
    if existing.base.is_none() {
        existing.base = other.base;
    }
}

fn same_shape(a: &Property, b: &Property) -> bool {
    a.collection == b.collection && short(&a.ty).eq_ignore_ascii_case(&short(&b.ty))
}

fn short(ty: &TypeExpr) -> String {
    match ty {
        TypeExpr::Primitive(p) => p.edm_name().to_string(),
        TypeExpr::Named(n) => short_name(n).to_string(),
        TypeExpr::Json => "JSON".to_string(),
    }
}

fn describe(p: &Property) -> String {
    if p.collection {
        format!("a collection of `{}`", short(&p.ty))
    } else {
        format!("`{}`", short(&p.ty))
    }
}

/// Resolves written type names to the qualified names of defined types and enums.
struct Resolver {
    types: BTreeSet<String>,
    /// Lowercased short name → qualified names.
    by_short: BTreeMap<String, Vec<String>>,
    /// Per page, what its link texts point at (see [`Fragments::links`]).
    links: BTreeMap<String, BTreeMap<String, Option<String>>>,
    /// The type or enum a page defines, by the page's file name (`chatmessage` → chatMessage),
    /// for pages that define one.
    page_types: BTreeMap<String, String>,
}

impl Resolver {
    fn new(api: &Api, links: BTreeMap<String, BTreeMap<String, Option<String>>>) -> Resolver {
        let types: BTreeSet<String> = api.types.keys().chain(api.enums.keys()).cloned().collect();
        let mut by_short: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for name in &types {
            by_short
                .entry(short_name(name).to_ascii_lowercase())
                .or_default()
                .push(name.clone());
        }
        let stem = |location: &Location| {
            let file = location.path.rsplit(['/', '\\']).next().unwrap_or("");
            file.strip_suffix(".md")
                .unwrap_or(file)
                .to_ascii_lowercase()
        };
        let mut defined: BTreeMap<String, (Vec<String>, Vec<String>)> = BTreeMap::new();
        for ty in api
            .types
            .values()
            .filter(|t| t.origin == TypeOrigin::ResourcePage)
        {
            defined
                .entry(stem(&ty.location))
                .or_default()
                .0
                .push(ty.qualified_name.clone());
        }
        for e in api.enums.values() {
            defined
                .entry(stem(&e.location))
                .or_default()
                .1
                .push(e.qualified_name.clone());
        }
        // A resource page defines its type (and maybe enums beside it); an enum page one enum.
        let page_types = defined
            .into_iter()
            .filter_map(
                |(stem, (types, enums))| match (types.as_slice(), enums.as_slice()) {
                    ([only], _) | ([], [only]) => Some((stem, only.clone())),
                    _ => None,
                },
            )
            .collect();
        Resolver {
            types,
            by_short,
            links,
            page_types,
        }
    }

    /// [`Self::lookup`] for a name written on `page`. A word the page links to a resource page
    /// is the type that page defines: `[message](../resources/chatmessage.md)` is a
    /// chatMessage, not Outlook's message, and `[settings](ediscovery-settings.md)` the
    /// ediscovery namespace's. A camelCase text that names a type is that type whatever it links
    /// to (`[governanceRoleSetting](governancerulesetting.md)` is a wrong link, not a wrong name).
    fn lookup_on(&self, written: &str, ns: &str, page: &str) -> Option<String> {
        let short = short_name(written.trim_start_matches('#'));
        let names_a_type = short.chars().skip(1).any(|c| c.is_ascii_uppercase());
        if let Some(found) = self.lookup(written, ns).filter(|_| names_a_type) {
            return Some(found);
        }
        let text = short.to_ascii_lowercase();
        let linked = self
            .links
            .get(page)
            .and_then(|links| links.get(&text))
            .and_then(|stem| self.page_types.get(stem.as_deref()?));
        linked.cloned().or_else(|| self.lookup(written, ns))
    }

    /// The qualified name `written` refers to from namespace `ns`.
    fn lookup(&self, written: &str, ns: &str) -> Option<String> {
        let written = written.trim_start_matches('#');
        if self.types.contains(written) {
            return Some(written.to_string());
        }
        let candidates = self
            .by_short
            .get(&short_name(written).to_ascii_lowercase())?;
        let qualifier = namespace(written);
        let pick = |want: &str| {
            candidates
                .iter()
                .find(|c| namespace(c).eq_ignore_ascii_case(want))
                .cloned()
        };
        if !qualifier.is_empty() {
            return pick(qualifier);
        }
        pick(ns)
            .or_else(|| pick("microsoft.graph"))
            .or_else(|| candidates.first().cloned())
    }
}

/// What resolving the written type names of one type or draft found: names no page defines,
/// with where they are written, and the warnings. Gathered on any thread, then added in order.
#[derive(Default)]
struct Unresolved {
    undefined: BTreeMap<String, Vec<Location>>,
    diagnostics: Diagnostics,
}

impl Unresolved {
    /// Replaces a written type name with the qualified name it resolves to; a name no page
    /// defines becomes a JSON value, with a warning.
    fn resolve(&mut self, resolver: &Resolver, ty: &mut TypeExpr, ns: &str, location: &Location) {
        let TypeExpr::Named(written) = ty else { return };
        match resolver.lookup_on(written, ns, &location.path) {
            Some(found) => *ty = TypeExpr::Named(found),
            None => {
                self.diagnostics.push(
                    diagnostics::UNRESOLVED_TYPE,
                    location.clone(),
                    format!("type `{written}` is defined by no page; kept as a JSON value"),
                );
                self.undefined
                    .entry(written.clone())
                    .or_default()
                    .push(location.clone());
                *ty = TypeExpr::Json;
            }
        }
    }

    /// Adds what was found after what earlier types or drafts found.
    fn add_to(
        self,
        undefined: &mut BTreeMap<String, Vec<Location>>,
        diagnostics: &mut Diagnostics,
    ) {
        for (name, locations) in self.undefined {
            undefined.entry(name).or_default().extend(locations);
        }
        diagnostics.items.extend(self.diagnostics.items);
    }
}

/// Names every operation by the rule in [`naming`], dropping repeated (method, path) pairs.
#[expect(clippy::vec_box, reason = "it reorders the large drafts several times")]
fn name_operations(
    drafts: Vec<Box<OperationDraft>>,
    fetched: &BTreeMap<String, String>,
    types: &BTreeMap<String, TypeDef>,
    diagnostics: &mut Diagnostics,
) -> BTreeMap<String, Operation> {
    // Which line defines an operation: one without a query before one that shows a use of it
    // (`GET /organization/{id}?$expand=extensions` on the extensions page); a product's own page
    // before Intune's (Intune's pages re-document core resources such as `/users` from Intune's
    // side, with Intune's permissions); for an update, a page whose body is the resource a GET
    // of the path returns before one about a part of it (`PATCH /education/users/{id}` on the
    // educationUser page, not on relatedContact's); then the page with the fewest request lines
    // (a page about the operation rather than one covering a feature on many paths); then the
    // first in path order. Later lines for the same method and path add the query options and
    // examples they show.
    // A body of a type derived from the resource's, or sharing a base with it (Intune's pages
    // for each device configuration type), writes the same resource.
    // `path` is the operation's path, normalized.
    let writes_another_resource = |op: &Operation, path: &str| {
        let Some(resource) = fetched.get(path) else {
            return false;
        };
        match &op.body {
            Some(Body::Value {
                ty: body @ TypeExpr::Named(_),
                ..
            }) if matches!(op.method, Method::Patch | Method::Put) => {
                common_base(body, &TypeExpr::Named(resource.clone()), types).is_none()
            }
            _ => false,
        }
    };
    let rank = |d: &OperationDraft, path: &str| -> Rank {
        (
            d.query_in_line,
            d.operation.area.starts_with("intune-"),
            writes_another_resource(&d.operation, path),
            d.page_request_lines,
        )
    };
    // Each draft's rank and normalized path, once and on any thread; then the drafts' order by
    // (rank, location), a stable sort as comparing ranks pair by pair did. The sort orders
    // indices, and each draft moves once, into its group.
    let keys: Vec<(Rank, String)> = drafts
        .par_iter()
        .map(|d| {
            let path = normalized_path(&d.operation.path);
            (rank(d, &path), path)
        })
        .collect();
    let mut order: Vec<usize> = (0..drafts.len()).collect();
    order.sort_by(|&a, &b| {
        (&keys[a].0, &drafts[a].operation.location)
            .cmp(&(&keys[b].0, &drafts[b].operation.location))
    });
    // The drafts of each (method, path), in rank order; groups in the order of their first
    // draft. Each group is merged on its own (on any thread): merging touches nothing else.
    let mut group_of: HashMap<(Method, &str), usize> = HashMap::with_capacity(drafts.len());
    let mut members: Vec<Vec<usize>> = Vec::new();
    for &i in &order {
        let next = members.len();
        let group = *group_of
            .entry((drafts[i].operation.method, keys[i].1.as_str()))
            .or_insert(next);
        if group == next {
            members.push(Vec::new());
        }
        members[group].push(i);
    }
    drop(group_of);
    let mut slots: Vec<Option<Ranked>> = keys
        .into_iter()
        .zip(drafts)
        .map(|((rank, path), draft)| Some((rank, path, draft)))
        .collect();
    // Each group's first draft, and the later ones; every index is in exactly one group.
    let groups: Vec<(Ranked, Vec<Ranked>)> = members
        .into_iter()
        .filter_map(|indices| {
            let mut drafts = indices.into_iter().filter_map(|i| slots[i].take());
            let first = drafts.next()?;
            Some((first, drafts.collect()))
        })
        .collect();
    drop(slots);
    let merged: Vec<((String, Box<OperationDraft>), Diagnostics)> = groups
        .into_par_iter()
        .map(|(first, later)| {
            let mut found = Diagnostics::default();
            let kept = merge_repeated(first, later, rank, types, &mut found);
            (kept, found)
        })
        .collect();
    // Each operation kept, with its normalized path.
    let mut kept: Vec<(String, Box<OperationDraft>)> = Vec::with_capacity(merged.len());
    for (operation, found) in merged {
        kept.push(operation);
        diagnostics.items.extend(found.items);
    }
    // Operations are named in path order, whichever page defined them.
    kept.sort_by(|(_, a), (_, b)| a.operation.location.cmp(&b.operation.location));
    // One path, one spelling: `/users/{id}` (GET) and `/users/{user-id}` (PATCH) are one path
    // item in OpenAPI, so every operation on it takes the first operation's parameter names.
    let mut first_on_path: HashMap<&str, usize> = HashMap::with_capacity(kept.len());
    let firsts: Vec<usize> = kept
        .iter()
        .enumerate()
        .map(|(i, (normalized, _))| *first_on_path.entry(normalized.as_str()).or_insert(i))
        .collect();
    drop(first_on_path);
    let spellings: Vec<Option<(String, Vec<crate::ir::PathParam>)>> = firsts
        .par_iter()
        .enumerate()
        .map(|(i, &first)| {
            let op = &kept[first].1.operation;
            (first != i).then(|| (op.path.clone(), op.path_params.clone()))
        })
        .collect();
    let kept: Vec<Box<OperationDraft>> = kept
        .into_iter()
        .zip(spellings)
        .map(|((_, mut draft), spelling)| {
            if let Some((path, params)) = spelling {
                draft.operation.path = path;
                draft.operation.path_params = params;
            }
            draft
        })
        .collect();
    let words = naming::PathWords::of(kept.iter().map(|d| d.segments.as_slice()));
    let short: Vec<String> = kept
        .par_iter()
        .map(|d| naming::operation_name(&shape(d, &words)))
        .collect();
    let mut count: HashMap<&str, usize> = HashMap::with_capacity(short.len());
    for name in &short {
        *count.entry(name).or_default() += 1;
    }
    let mut names: Vec<String> = kept
        .par_iter()
        .zip(&short)
        .map(|(d, name)| {
            if count[name.as_str()] > 1 {
                naming::operation_long_name(&shape(d, &words))
            } else {
                name.clone()
            }
        })
        .collect();
    // Long forms can still meet (paths that differ only in case or punctuation): tag them by path.
    let mut count: HashMap<&str, usize> = HashMap::with_capacity(names.len());
    for name in &names {
        *count.entry(name).or_default() += 1;
    }
    let repeated: Vec<bool> = names.iter().map(|name| count[name.as_str()] > 1).collect();
    drop(count);
    for ((name, draft), repeated) in names.iter_mut().zip(&kept).zip(repeated) {
        if repeated {
            *name = format!("{name}_{}", naming::stable_tag(&draft.operation.path));
        }
    }
    kept.into_iter()
        .zip(names)
        .map(|(draft, name)| {
            let mut op = draft.operation;
            op.name = name.clone();
            (name, op)
        })
        .collect()
}

/// `items` in the order `compare` gives them (a stable sort), each moved once: a sort moves
/// its elements about log n times each, and types are large.
fn sorted_by<T>(items: Vec<T>, compare: impl Fn(&T, &T) -> std::cmp::Ordering) -> Vec<T> {
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by(|&a, &b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order.into_iter().filter_map(|i| slots[i].take()).collect()
}

/// Which of the drafts for one method and path defines the operation: the least (see
/// [`name_operations`]).
type Rank = (bool, bool, bool, usize);

/// A draft's rank, its normalized path and the draft.
type Ranked = (Rank, String, Box<OperationDraft>);

/// The first of the drafts for one method and path (in rank order), with what the later ones add:
/// query options and parameters, and, from other pages, examples and a body widened to a
/// common base. A later draft from another page that adds nothing gets a warning (D015).
fn merge_repeated(
    (_, path, mut first): Ranked,
    later: Vec<Ranked>,
    rank: impl Fn(&OperationDraft, &str) -> Rank,
    types: &BTreeMap<String, TypeDef>,
    diagnostics: &mut Diagnostics,
) -> (String, Box<OperationDraft>) {
    for (draft_rank, _, draft) in later {
        let same_page = first.operation.location.path == draft.operation.location.path;
        for option in &draft.operation.query_options {
            if !first.operation.query_options.contains(option) {
                first.operation.query_options.push(*option);
            }
        }
        first.operation.query_options.sort();
        for param in &draft.operation.query_params {
            if !first
                .operation
                .query_params
                .iter()
                .any(|p| p.name.eq_ignore_ascii_case(&param.name))
            {
                first.operation.query_params.push(param.clone());
            }
        }
        if same_page {
            continue;
        }
        // Pages for derived types share their base's paths (Intune documents every device
        // configuration type on `/deviceConfigurations/{id}`): the operation takes and returns
        // the closest common base, and keeps every page's examples.
        // The first's rank afresh: a body generalized by an earlier page may change it.
        let as_specific = draft_rank == rank(&first, &path);
        let generalized =
            as_specific && generalize_body(&mut first.operation, &draft.operation, types);
        // Every page's examples of the request are examples of the operation.
        first.operation.examples.extend(draft.operation.examples);
        if !(draft.query_in_line || generalized) {
            diagnostics.push(
                diagnostics::DUPLICATE_OPERATION,
                draft.operation.location.clone(),
                format!(
                    "{} {} is documented already at {}; this page's line adds nothing to it",
                    draft.operation.method.as_str(),
                    draft.operation.path,
                    first.operation.location
                ),
            );
        }
    }
    (path, first)
}

/// Widens an operation's body and response types to the closest base they share with another
/// page's: true when the two pages describe derived types of one base.
fn generalize_body(
    op: &mut Operation,
    other: &Operation,
    types: &BTreeMap<String, TypeDef>,
) -> bool {
    let mut related = false;
    if let (Some(Body::Value { ty: a, .. }), Some(Body::Value { ty: b, .. })) =
        (&mut op.body, &other.body)
        && let Some(base) = common_base(a, b, types)
    {
        related |= *a != *b;
        *a = base;
    }
    if let (Some(a), Some(b)) = (&mut op.response.body, &other.response.body)
        && let Some(base) = common_base(&a.ty, &b.ty, types)
    {
        related |= a.ty != b.ty;
        a.ty = base;
    }
    related
}

/// The closest type both named types are (or derive from), other than `microsoft.graph.entity`,
/// which every entity derives from: widening to it would keep nothing but `id`.
fn common_base(a: &TypeExpr, b: &TypeExpr, types: &BTreeMap<String, TypeDef>) -> Option<TypeExpr> {
    let (TypeExpr::Named(a), TypeExpr::Named(b)) = (a, b) else {
        return None;
    };
    let chain = |start: &str| {
        let mut out = vec![start.to_string()];
        while let Some(base) = types
            .get(out[out.len() - 1].as_str())
            .and_then(|t| t.base.clone())
        {
            if out.contains(&base) || out.len() > 32 {
                break;
            }
            out.push(base);
        }
        out
    };
    let theirs = chain(b);
    chain(a)
        .into_iter()
        .find(|t| theirs.contains(t))
        .filter(|t| t != "microsoft.graph.entity")
        .map(TypeExpr::Named)
}

fn shape<'a>(d: &'a OperationDraft, words: &'a naming::PathWords) -> OperationShape<'a> {
    OperationShape {
        words,
        method: d.operation.method,
        segments: &d.segments,
        collection_response: d
            .operation
            .response
            .body
            .as_ref()
            .is_some_and(|b| b.collection),
        status: d.operation.response.status,
    }
}

/// A path with parameter names blanked, so `/users/{id}` and `/users/{user-id}` compare equal.
fn normalized_path(path: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in path.chars() {
        match c {
            '{' => {
                depth += 1;
                out.push('{');
            }
            '}' => {
                depth -= 1;
                out.push('}');
            }
            _ if depth > 0 => {}
            _ => out.push(c.to_ascii_lowercase()),
        }
    }
    out
}
