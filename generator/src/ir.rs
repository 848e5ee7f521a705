//! The intermediate representation: the API as the pages describe it, with every item pointing
//! back to its page. Renderers see only this.

use crate::request_line::Method;
use crate::source::Location;
use crate::typeref::Primitive;
use std::collections::BTreeMap;

/// A type as a property, parameter or body uses it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TypeExpr {
    Primitive(Primitive),
    /// Before linking: the name as the page wrote it. After linking: a qualified name of a
    /// type or enum in [`Api`].
    Named(String),
    /// Any JSON value: the docs name no type the generator can use.
    Json,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Property {
    /// The JSON name, as in the docs.
    pub name: String,
    pub ty: TypeExpr,
    pub collection: bool,
    pub description: String,
    /// From a `Relationships` table.
    pub navigation: bool,
    /// The table writes `(deprecated)` after the name: renderers may mark it (`#[deprecated]`,
    /// `deprecated: true`).
    pub deprecated: bool,
    pub location: Location,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TypeOrigin {
    /// A resource page's property table.
    ResourcePage,
    /// A request-body property table (no resource page defines the type).
    RequestBodyTable,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeDef {
    /// `microsoft.graph.deviceManagementScript`
    pub qualified_name: String,
    pub description: String,
    /// An entity (has a key) rather than a complex type.
    pub entity: bool,
    pub base: Option<String>,
    /// Open types accept properties the docs do not list.
    pub open: bool,
    pub properties: Vec<Property>,
    pub origin: TypeOrigin,
    /// The area (a cargo feature of the generated crate) of the page that defines it.
    pub area: String,
    pub location: Location,
}

impl TypeDef {
    /// The name without its namespace.
    pub fn short_name(&self) -> &str {
        short_name(&self.qualified_name)
    }
    pub fn namespace(&self) -> &str {
        namespace(&self.qualified_name)
    }
}

pub fn short_name(qualified: &str) -> &str {
    qualified.rsplit('.').next().unwrap_or(qualified)
}

pub fn namespace(qualified: &str) -> &str {
    qualified.rsplit_once('.').map_or("", |(ns, _)| ns)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumMember {
    pub name: String,
    pub value: Option<i64>,
    pub description: String,
    pub location: Location,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumDef {
    pub qualified_name: String,
    pub description: String,
    pub members: Vec<EnumMember>,
    pub area: String,
    pub location: Location,
}

/// OData system query options a page says an operation supports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum QueryOption {
    Select,
    Expand,
    Filter,
    OrderBy,
    Top,
    Skip,
    Search,
    Count,
}

impl QueryOption {
    pub const ALL: [QueryOption; 8] = [
        QueryOption::Select,
        QueryOption::Expand,
        QueryOption::Filter,
        QueryOption::OrderBy,
        QueryOption::Top,
        QueryOption::Skip,
        QueryOption::Search,
        QueryOption::Count,
    ];

    /// The option a query key names: `$select`, or `select` (Graph accepts the `$` left out).
    pub fn from_key(key: &str) -> Option<QueryOption> {
        let key = key.strip_prefix('$').unwrap_or(key);
        QueryOption::ALL
            .into_iter()
            .find(|o| o.key()[1..].eq_ignore_ascii_case(key))
    }

    /// The query key, `$select`.
    pub fn key(self) -> &'static str {
        match self {
            QueryOption::Select => "$select",
            QueryOption::Expand => "$expand",
            QueryOption::Filter => "$filter",
            QueryOption::OrderBy => "$orderby",
            QueryOption::Top => "$top",
            QueryOption::Skip => "$skip",
            QueryOption::Search => "$search",
            QueryOption::Count => "$count",
        }
    }
}

/// A query parameter of the operation's own (`startDateTime` of `calendarView`, `$deltatoken`
/// of `delta`), as a query-parameters table or the request line names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryParam {
    /// The key, as the docs write it.
    pub name: String,
    /// A primitive, or `Primitive::String` when the docs name another type.
    pub ty: Primitive,
    pub required: bool,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathParam {
    /// The name in the path template (unique within the path).
    pub name: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderParam {
    pub name: String,
    pub description: String,
    pub required: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    /// A JSON value of a type (or collection of it).
    Value { ty: TypeExpr, collection: bool },
    /// An action's parameters: an object whose properties are the parameters.
    Parameters(Vec<Property>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    /// None: no body (204, or the page names no type).
    pub body: Option<ResponseBody>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseBody {
    pub ty: TypeExpr,
    /// A collection in `value`, paged by `@odata.nextLink`.
    pub collection: bool,
}

/// How a response body sits in the JSON the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResponseShape {
    /// The object itself (an entity or complex type), or any JSON.
    Object,
    /// A page of a collection: `{"value": [...], "@odata.nextLink": ...}`.
    Collection,
    /// A single primitive or enum value, which OData wraps: `{"value": true}`.
    Wrapped,
    /// A stream (`Edm.Stream`: a photo's `$value`, a file's content): the body's bytes
    /// themselves, not JSON.
    Raw,
}

/// Permission scopes by kind, as the permissions table lists them: each list holds every scope
/// of its kind, least privileged first; [`Permissions::higher`] says which are not least
/// privileged. Today's tables have a `Least privileged permission(s)` and a `Higher privileged
/// permissions` column; 2021's have one column listing scopes "from least to most privileged",
/// so there the first scope of a kind is the least privileged and the others are higher.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Permissions {
    pub delegated_work: Vec<String>,
    pub delegated_personal: Vec<String>,
    pub application: Vec<String>,
    /// The scopes of the lists above that are higher privileged, with their kind.
    pub higher: std::collections::BTreeSet<(PermissionKind, String)>,
}

/// A kind of permission, as a permissions table's first column names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PermissionKind {
    /// Delegated (work or school account).
    DelegatedWork,
    /// Delegated (personal Microsoft account).
    DelegatedPersonal,
    Application,
}

impl PermissionKind {
    pub const ALL: [PermissionKind; 3] = [
        PermissionKind::DelegatedWork,
        PermissionKind::DelegatedPersonal,
        PermissionKind::Application,
    ];

    /// How the docs name the kind.
    pub fn label(self) -> &'static str {
        match self {
            PermissionKind::DelegatedWork => "delegated (work or school account)",
            PermissionKind::DelegatedPersonal => "delegated (personal Microsoft account)",
            PermissionKind::Application => "application",
        }
    }
}

impl Permissions {
    /// No scope of any kind.
    pub fn is_empty(&self) -> bool {
        PermissionKind::ALL
            .iter()
            .all(|&k| self.scopes(k).is_empty())
    }

    /// Every scope of a kind, least privileged first.
    pub fn scopes(&self, kind: PermissionKind) -> &[String] {
        match kind {
            PermissionKind::DelegatedWork => &self.delegated_work,
            PermissionKind::DelegatedPersonal => &self.delegated_personal,
            PermissionKind::Application => &self.application,
        }
    }

    /// The scope list of a kind, to add to.
    pub fn scopes_mut(&mut self, kind: PermissionKind) -> &mut Vec<String> {
        match kind {
            PermissionKind::DelegatedWork => &mut self.delegated_work,
            PermissionKind::DelegatedPersonal => &mut self.delegated_personal,
            PermissionKind::Application => &mut self.application,
        }
    }

    /// Whether a scope of a kind is least privileged (listed, and not higher).
    pub fn is_least(&self, kind: PermissionKind, scope: &str) -> bool {
        self.scopes(kind).iter().any(|s| s == scope)
            && !self.higher.contains(&(kind, scope.to_string()))
    }

    /// The least privileged scopes of a kind.
    pub fn least(&self, kind: PermissionKind) -> Vec<&str> {
        self.scopes(kind)
            .iter()
            .map(String::as_str)
            .filter(|s| self.is_least(kind, s))
            .collect()
    }

    /// The higher privileged scopes of a kind.
    pub fn higher_privileged(&self, kind: PermissionKind) -> Vec<&str> {
        self.scopes(kind)
            .iter()
            .map(String::as_str)
            .filter(|s| !self.is_least(kind, s))
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExampleRequest {
    pub method: Method,
    /// The URL as written (possibly with the host and version).
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Option<String>,
    pub location: Location,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExampleResponse {
    pub status: u16,
    pub body: Option<String>,
    pub truncated: bool,
    /// The type the response annotation names (`Collection(microsoft.graph.x)`), as written.
    pub odata_type: Option<String>,
    pub location: Location,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    /// The request annotation's `name`, or one derived from the page and position.
    pub name: String,
    pub request: ExampleRequest,
    pub response: Option<ExampleResponse>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Operation {
    /// Function name and operationId: snake_case, unique in the API.
    pub name: String,
    pub method: Method,
    /// OpenAPI path template: `/deviceManagement/deviceManagementScripts/{deviceManagementScriptId}`.
    pub path: String,
    pub path_params: Vec<PathParam>,
    pub query_options: Vec<QueryOption>,
    /// Query parameters besides the OData system options.
    pub query_params: Vec<QueryParam>,
    pub headers: Vec<HeaderParam>,
    pub body: Option<Body>,
    pub response: Response,
    pub permissions: Permissions,
    pub summary: String,
    pub description: String,
    pub examples: Vec<Example>,
    pub area: String,
    pub location: Location,
}

impl Operation {
    /// Whether the function takes a query struct.
    pub fn has_query(&self) -> bool {
        !self.query_options.is_empty() || !self.query_params.is_empty()
    }

    /// Whether the request body is a stream of bytes (a file's content, a photo), not JSON.
    pub fn uploads_stream(&self) -> bool {
        matches!(
            self.body,
            Some(Body::Value {
                ty: TypeExpr::Primitive(crate::typeref::Primitive::Stream),
                collection: false
            })
        )
    }
}

/// The whole API version, linked.
#[derive(Debug, Clone, Default)]
pub struct Api {
    /// `v1.0` or `beta`.
    pub version: String,
    pub types: BTreeMap<String, TypeDef>,
    pub enums: BTreeMap<String, EnumDef>,
    /// Keyed by operation name.
    pub operations: BTreeMap<String, Operation>,
    /// Names used but defined by no page, with where they were used.
    pub undefined_types: BTreeMap<String, Vec<Location>>,
}

/// A type and its base types, nearest first ([`Api::lineage`]).
pub struct Lineage<'a>(Vec<&'a TypeDef>);

impl<'a> Lineage<'a> {
    /// The property named `name` among [`Api::all_properties`] of the type, found without
    /// listing them all: the base-most type's, as that list keeps it.
    pub fn property(&self, name: &str) -> Option<&'a Property> {
        self.0
            .iter()
            .rev()
            .find_map(|t| t.properties.iter().find(|p| p.name == name))
    }
}

impl Api {
    /// How a response body of this type is sent.
    pub fn response_shape(&self, body: &ResponseBody) -> ResponseShape {
        match &body.ty {
            _ if body.collection => ResponseShape::Collection,
            TypeExpr::Primitive(crate::typeref::Primitive::Stream) => ResponseShape::Raw,
            TypeExpr::Primitive(_) => ResponseShape::Wrapped,
            TypeExpr::Named(name) if self.enums.contains_key(name) => ResponseShape::Wrapped,
            TypeExpr::Named(_) | TypeExpr::Json => ResponseShape::Object,
        }
    }

    /// `ty` and then its base types, nearest first, up to a type seen already (a cycle).
    pub fn lineage<'a>(&'a self, ty: &'a TypeDef) -> Lineage<'a> {
        let mut chain = vec![ty];
        let mut seen = std::collections::BTreeSet::from([ty.qualified_name.as_str()]);
        let mut current = ty;
        while let Some(base) = current.base.as_deref().and_then(|b| self.types.get(b)) {
            if !seen.insert(base.qualified_name.as_str()) {
                break;
            }
            chain.push(base);
            current = base;
        }
        Lineage(chain)
    }

    /// A type's properties with its base types' first (base-most first), as a user of the type
    /// sees them on the wire.
    pub fn all_properties<'a>(&'a self, ty: &'a TypeDef) -> Vec<&'a Property> {
        let Lineage(chain) = self.lineage(ty);
        let mut names = std::collections::BTreeSet::new();
        let mut out = Vec::new();
        for t in chain.iter().rev() {
            for p in &t.properties {
                if names.insert(p.name.as_str()) {
                    out.push(p);
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn type_def(name: &str, base: Option<&str>, properties: &[(&str, bool)]) -> TypeDef {
        let location = Location {
            path: "t.md".into(),
            line: 1,
            col: 1,
        };
        TypeDef {
            qualified_name: name.to_string(),
            description: String::new(),
            entity: false,
            base: base.map(str::to_string),
            open: false,
            properties: properties
                .iter()
                .map(|&(name, collection)| Property {
                    name: name.to_string(),
                    ty: TypeExpr::Json,
                    collection,
                    description: String::new(),
                    navigation: false,
                    deprecated: false,
                    location: location.clone(),
                })
                .collect(),
            origin: TypeOrigin::ResourcePage,
            area: String::new(),
            location,
        }
    }

    /// A lookup by name finds what a search of the whole list finds: the base-most
    /// definition of a name a derived type repeats, the first of a name a type lists twice,
    /// through a cycle of bases, and nothing for a name no type in the chain has.
    #[test]
    fn a_property_by_name_is_the_one_all_properties_lists() {
        let mut api = Api::default();
        for ty in [
            type_def("n.a", Some("n.b"), &[("x", true), ("own", false)]),
            type_def(
                "n.b",
                Some("n.c"),
                &[("y", false), ("y", true), ("z", false)],
            ),
            type_def("n.c", Some("n.a"), &[("x", false), ("z", true)]),
            type_def("n.d", Some("n.missing"), &[("w", false)]),
        ] {
            api.types.insert(ty.qualified_name.clone(), ty);
        }
        for ty in api.types.values() {
            let all = api.all_properties(ty);
            let lineage = api.lineage(ty);
            for name in ["x", "y", "z", "own", "w", "none"] {
                let listed = all.iter().find(|p| p.name == name).copied();
                assert_eq!(
                    lineage.property(name).map(|p| (&p.name, p.collection)),
                    listed.map(|p| (&p.name, p.collection)),
                    "{} {name}",
                    ty.qualified_name
                );
                assert!(
                    lineage
                        .property(name)
                        .is_none_or(|p| std::ptr::eq(p, listed.unwrap()))
                );
            }
        }
        // Spelled out for one type: `a` -> `b` -> `c` (-> `a`, a cycle), base-most first.
        let a = &api.types["n.a"];
        assert!(!api.lineage(a).property("x").expect("x").collection);
        assert!(api.lineage(a).property("z").expect("z").collection);
        assert!(!api.lineage(a).property("y").expect("y").collection);
        assert!(api.lineage(a).property("none").is_none());
    }
}
