//! The OpenAPI 3.0.3 document, built from typed structs. They are serialised with serde into a
//! yaml-rust2 tree ([`super::yaml_tree`], where every string meets `yaml_text`) and printed by
//! yaml-rust2's emitter, which quotes strings that YAML 1.1 readers would take for
//! booleans or nulls (`on`, `no`, `null`): Python's validators read YAML 1.1. `paths` and
//! `components.schemas` are turned into trees and printed one entry at a time, so no tree of the
//! whole document is held (on beta it took some 200 MB for 15 MB of text).

use crate::ir::{Api, Body, Operation, Property, QueryOption, ResponseShape, TypeDef, TypeExpr};
use crate::naming::enum_variant_idents;
use crate::typeref::Primitive;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// The document's fields before `paths`. `paths` and `components.schemas` are printed entry by
/// entry ([`super::yaml_tree::write_mapping`]) after them, then [`Components`].
#[derive(Serialize)]
struct Head<'a> {
    openapi: &'static str,
    info: Info<'a>,
    servers: Vec<Server>,
    security: Vec<BTreeMap<&'static str, Vec<String>>>,
    tags: Vec<Tag>,
}

#[derive(Serialize)]
struct Info<'a> {
    title: &'a str,
    /// The generated crate's version: `info.version` is the version of this API description,
    /// which changes when the crate does.
    version: &'a str,
    description: String,
    /// The Microsoft Graph version the pages document (`v1.0`, `beta`): not a version number,
    /// so it is not `info.version`.
    #[serde(rename = "x-ms-graph-version")]
    graph_version: &'a str,
}

#[derive(Serialize)]
struct Server {
    url: String,
}

#[derive(Serialize)]
struct Tag {
    name: String,
    description: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct OperationObject<'a> {
    operation_id: &'a str,
    summary: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    description: &'a str,
    tags: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    parameters: Vec<Parameter<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    request_body: Option<RequestBody<'a>>,
    responses: BTreeMap<String, Response<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    security: Option<Vec<BTreeMap<&'static str, [&'a str; 1]>>>,
    /// Which of the `security` scopes the page calls least privileged, by scheme.
    #[serde(
        rename = "x-ms-least-privileged-permissions",
        skip_serializing_if = "Option::is_none"
    )]
    least_privileged: Option<BTreeMap<&'static str, Vec<&'a str>>>,
    /// The page and line that document the operation.
    #[serde(rename = "x-ms-docs-source")]
    source: String,
}

#[derive(Serialize)]
struct Parameter<'a> {
    name: &'a str,
    #[serde(rename = "in")]
    location: &'static str,
    required: bool,
    #[serde(skip_serializing_if = "str::is_empty")]
    description: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    style: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    explode: Option<bool>,
    schema: Schema<'a>,
}

#[derive(Serialize)]
struct RequestBody<'a> {
    required: bool,
    content: BTreeMap<&'static str, MediaType<'a>>,
}

#[derive(Serialize)]
struct MediaType<'a> {
    schema: Schema<'a>,
}

#[derive(Serialize, Default)]
struct Response<'a> {
    #[serde(rename = "$ref", skip_serializing_if = "Option::is_none")]
    reference: Option<String>,
    #[serde(skip_serializing_if = "str::is_empty")]
    description: &'a str,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    content: BTreeMap<&'static str, MediaType<'a>>,
}

/// A schema object; only the parts docgen uses.
#[derive(Serialize, Default)]
#[serde(rename_all = "camelCase")]
struct Schema<'a> {
    #[serde(rename = "$ref", skip_serializing_if = "Option::is_none")]
    reference: Option<String>,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    kind: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    format: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    nullable: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    minimum: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    items: Option<Box<Schema<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    properties: Option<BTreeMap<&'a str, Schema<'a>>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    required: Vec<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    additional_properties: Option<bool>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    all_of: Vec<Schema<'a>>,
    #[serde(rename = "enum", skip_serializing_if = "Vec::is_empty")]
    members: Vec<&'a str>,
    /// The members' names in docgen's Rust crate, which openapi-generator and others take as
    /// their variant names: the same names in every client, and a name for a member that has
    /// no letters to make one of (`½`).
    #[serde(rename = "x-enum-varnames", skip_serializing_if = "Vec::is_empty")]
    member_names: Vec<String>,
    /// The members' descriptions from the docs' tables, which `enum` alone cannot carry (left
    /// out when no member has one).
    #[serde(rename = "x-enum-descriptions", skip_serializing_if = "Vec::is_empty")]
    member_descriptions: Vec<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    deprecated: Option<bool>,
}

/// `components` after `schemas`.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Components<'a> {
    responses: BTreeMap<&'static str, Response<'a>>,
    security_schemes: BTreeMap<&'static str, SecurityScheme<'a>>,
}

#[derive(Serialize)]
struct SecurityScheme<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    description: &'static str,
    flows: BTreeMap<&'static str, Flow<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Flow<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    authorization_url: Option<&'static str>,
    token_url: &'static str,
    scopes: BTreeMap<&'a str, String>,
}

const ERROR_SCHEMA: &str = "microsoft.graph.ODataErrors.ODataError";
const AUTHORIZE: &str = "https://login.microsoftonline.com/common/oauth2/v2.0/authorize";
const TOKEN: &str = "https://login.microsoftonline.com/common/oauth2/v2.0/token";

/// The OpenAPI document for an API, as YAML, with `version` (the crate's) as `info.version`.
/// Deterministic to the byte.
pub fn render_openapi(api: &Api, title: &str, version: &str) -> String {
    let mut schemas = BTreeMap::new();
    for ty in api.types.values() {
        schemas.insert(ty.qualified_name.clone(), type_schema(api, ty));
    }
    for e in api.enums.values() {
        let schema = Schema {
            kind: Some("string"),
            description: non_empty(&e.description),
            members: e.members.iter().map(|m| m.name.as_str()).collect(),
            member_names: enum_variant_idents(&e.members),
            member_descriptions: if e.members.iter().any(|m| !m.description.is_empty()) {
                e.members.iter().map(|m| m.description.as_str()).collect()
            } else {
                Vec::new()
            },
            ..Schema::default()
        };
        schemas.insert(e.qualified_name.clone(), schema);
    }
    schemas.insert(ERROR_SCHEMA.to_string(), error_schema());
    let mut paths: BTreeMap<&str, BTreeMap<&'static str, OperationObject>> = BTreeMap::new();
    let spellings = tag_spellings(api.operations.values().map(|op| op.path.as_str()));
    let mut tags = BTreeSet::new();
    for op in api.operations.values() {
        let object = operation(api, op, &spellings, &mut schemas);
        tags.extend(object.tags.iter().cloned());
        paths
            .entry(op.path.as_str())
            .or_default()
            .insert(method_key(op), object);
    }
    let head = Head {
        openapi: "3.0.3",
        info: Info {
            title,
            version,
            description: format!(
                "Generated by docgen from Microsoft Graph API reference pages ({}).",
                api.version
            ),
            graph_version: &api.version,
        },
        servers: vec![Server {
            url: format!("https://graph.microsoft.com/{}", api.version),
        }],
        // Operations whose pages list no permission still need a token.
        security: vec![
            BTreeMap::from([("delegated", Vec::new())]),
            BTreeMap::from([("application", Vec::new())]),
        ],
        tags: tags
            .into_iter()
            .map(|name| Tag {
                description: format!("Operations on paths under `/{name}`."),
                name,
            })
            .collect(),
    };
    let components = Components {
        responses: BTreeMap::from([(
            "error",
            Response {
                description: "An error, as Microsoft Graph reports it.",
                content: json_content(reference(ERROR_SCHEMA)),
                ..Response::default()
            },
        )]),
        security_schemes: security_schemes(api),
    };
    let mut out = String::from("---\n");
    let written = super::yaml_tree::write_block(&mut out, 0, &head)
        .and_then(|()| {
            super::yaml_tree::write_mapping(&mut out, 0, "paths", paths.into_iter().collect())
        })
        .and_then(|()| {
            out.push_str("components:\n");
            super::yaml_tree::write_mapping(&mut out, 2, "schemas", schemas.into_iter().collect())
        })
        .and_then(|()| super::yaml_tree::write_block(&mut out, 2, &components));
    match written {
        Ok(()) => out,
        Err(e) => format!("# the OpenAPI document could not be written: {e}\n"),
    }
}

fn method_key(op: &Operation) -> &'static str {
    match op.method {
        crate::request_line::Method::Get => "get",
        crate::request_line::Method::Post => "post",
        crate::request_line::Method::Patch => "patch",
        crate::request_line::Method::Put => "put",
        crate::request_line::Method::Delete => "delete",
    }
}

fn non_empty(text: &str) -> Option<&str> {
    let text = text.trim();
    (!text.is_empty()).then_some(text)
}

fn reference(name: &str) -> Schema<'static> {
    Schema {
        reference: Some(format!("#/components/schemas/{name}")),
        ..Schema::default()
    }
}

fn json_content(schema: Schema) -> BTreeMap<&'static str, MediaType> {
    BTreeMap::from([("application/json", MediaType { schema })])
}

/// The schema of a value of `ty` (a collection when `collection`).
fn value_schema(ty: &TypeExpr, collection: bool) -> Schema<'static> {
    let single = match ty {
        TypeExpr::Named(name) => reference(name),
        TypeExpr::Json => Schema::default(),
        TypeExpr::Primitive(p) => primitive_schema(*p),
    };
    if collection {
        Schema {
            kind: Some("array"),
            items: Some(Box::new(single)),
            ..Schema::default()
        }
    } else {
        single
    }
}

fn primitive_schema(p: Primitive) -> Schema<'static> {
    let (kind, format) = match p {
        Primitive::String => ("string", None),
        Primitive::Boolean => ("boolean", None),
        Primitive::Byte => ("integer", Some("uint8")),
        Primitive::SByte => ("integer", Some("int8")),
        Primitive::Int16 => ("integer", Some("int16")),
        Primitive::Int32 => ("integer", Some("int32")),
        Primitive::Int64 => ("integer", Some("int64")),
        Primitive::Single => ("number", Some("float")),
        Primitive::Double => ("number", Some("double")),
        Primitive::Decimal => ("number", Some("decimal")),
        Primitive::Guid => ("string", Some("uuid")),
        Primitive::DateTimeOffset => ("string", Some("date-time")),
        Primitive::Date => ("string", Some("date")),
        Primitive::TimeOfDay => ("string", Some("time")),
        Primitive::Duration => ("string", Some("duration")),
        Primitive::Binary => ("string", Some("base64url")),
        Primitive::Stream => ("string", Some("binary")),
        Primitive::Json => return Schema::default(),
    };
    Schema {
        kind: Some(kind),
        format,
        ..Schema::default()
    }
}

/// A property: its value schema, nullable unless a collection. A `$ref` cannot have siblings
/// in 3.0, so a referenced type is written `{nullable: true, allOf: [$ref]}`: the one-element
/// `allOf` is the referenced type and `nullable` beside it says "or null", the form
/// progenitor and openapi-generator both read as an optional value of the referenced type.
/// openapi-spec-validator accepts it; redocly's `nullable-type-sibling` rule, which asks for a
/// `type` beside `nullable`, is off in `redocly.yaml`: with `type: object` beside the `allOf`,
/// openapi-generator makes the property an untyped JSON value. Microsoft's own form,
/// `anyOf: [$ref, {type: object, nullable: true}]`, means "or any object", for which
/// generators invent a wrapper type that collides with the components' names.
fn property_schema(p: &Property) -> Schema<'_> {
    let mut schema = value_schema(&p.ty, p.collection);
    if schema.reference.is_some() {
        schema = Schema {
            nullable: Some(true),
            all_of: vec![schema],
            ..Schema::default()
        };
    } else if !p.collection && schema.kind.is_some() {
        schema.nullable = Some(true);
    }
    schema.description = non_empty(&p.description);
    // A referenced type is wrapped in `allOf` above, so the flag is never a sibling of `$ref`.
    schema.deprecated = p.deprecated.then_some(true);
    schema
}

/// An object of these properties; `@odata.type` is added to root types only (a derived type
/// inherits it).
fn object_schema<'a>(properties: impl IntoIterator<Item = &'a Property>, root: bool) -> Schema<'a> {
    let mut map = BTreeMap::new();
    if root {
        map.insert(
            "@odata.type",
            Schema {
                kind: Some("string"),
                ..Schema::default()
            },
        );
    }
    for p in properties {
        map.insert(p.name.as_str(), property_schema(p));
    }
    Schema {
        kind: Some("object"),
        properties: Some(map),
        ..Schema::default()
    }
}

/// A type's schema. A derived type is `allOf: [$ref base, {its own properties}]`: a property
/// a base type declares is written on the base only, even where the derived type's page lists
/// it again (generators merge `allOf` parts, and a property in two parts is a conflict to
/// them). The inline part is left out when the type adds nothing.
fn type_schema<'a>(api: &'a Api, ty: &'a TypeDef) -> Schema<'a> {
    let description = non_empty(&ty.description);
    let Some(base) = &ty.base else {
        let mut own = object_schema(&ty.properties, true);
        if ty.open {
            own.additional_properties = Some(true);
        }
        return Schema { description, ..own };
    };
    let inherited: BTreeSet<&str> = api
        .types
        .get(base)
        .map(|b| api.all_properties(b))
        .unwrap_or_default()
        .into_iter()
        .map(|p| p.name.as_str())
        .collect();
    let own: Vec<&Property> = ty
        .properties
        .iter()
        .filter(|p| !inherited.contains(p.name.as_str()))
        .collect();
    let mut all_of = vec![reference(base)];
    if !own.is_empty() || ty.open {
        let mut inline = object_schema(own, false);
        if ty.open {
            inline.additional_properties = Some(true);
        }
        all_of.push(inline);
    }
    Schema {
        all_of,
        description,
        ..Schema::default()
    }
}

fn error_schema() -> Schema<'static> {
    let string = || Schema {
        kind: Some("string"),
        ..Schema::default()
    };
    let inner = Schema {
        kind: Some("object"),
        properties: Some(BTreeMap::from([
            ("request-id", string()),
            ("client-request-id", string()),
            ("date", string()),
        ])),
        ..Schema::default()
    };
    let error = Schema {
        kind: Some("object"),
        required: vec!["code", "message"],
        properties: Some(BTreeMap::from([
            ("code", string()),
            ("message", string()),
            ("innerError", inner),
            (
                "details",
                Schema {
                    kind: Some("array"),
                    items: Some(Box::new(Schema {
                        kind: Some("object"),
                        ..Schema::default()
                    })),
                    ..Schema::default()
                },
            ),
        ])),
        ..Schema::default()
    };
    Schema {
        kind: Some("object"),
        required: vec!["error"],
        properties: Some(BTreeMap::from([("error", error)])),
        ..Schema::default()
    }
}

/// The schema of a page of a collection, defined once per element type.
fn collection_schema<'a>(
    ty: &'a TypeExpr,
    schemas: &mut BTreeMap<String, Schema<'a>>,
) -> Schema<'a> {
    let element = match ty {
        TypeExpr::Named(name) => name.clone(),
        TypeExpr::Primitive(p) => p.edm_name().to_string(),
        TypeExpr::Json => "Edm.Untyped".to_string(),
    };
    let name = format!("{element}CollectionResponse");
    schemas.entry(name.clone()).or_insert_with(|| Schema {
        kind: Some("object"),
        properties: Some(BTreeMap::from([
            ("value", value_schema(ty, true)),
            (
                "@odata.nextLink",
                Schema {
                    kind: Some("string"),
                    nullable: Some(true),
                    ..Schema::default()
                },
            ),
            (
                "@odata.count",
                Schema {
                    kind: Some("integer"),
                    format: Some("int64"),
                    nullable: Some(true),
                    ..Schema::default()
                },
            ),
        ])),
        ..Schema::default()
    });
    reference(&name)
}

fn status_text(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        204 => "No Content",
        _ => "Success",
    }
}

fn operation<'a>(
    api: &'a Api,
    op: &'a Operation,
    spellings: &BTreeMap<String, String>,
    schemas: &mut BTreeMap<String, Schema<'a>>,
) -> OperationObject<'a> {
    let mut parameters: Vec<Parameter> = op
        .path_params
        .iter()
        .map(|p| Parameter {
            name: &p.name,
            location: "path",
            required: true,
            description: &p.description,
            style: None,
            explode: None,
            schema: Schema {
                kind: Some("string"),
                ..Schema::default()
            },
        })
        .collect();
    parameters.extend(op.query_options.iter().map(|o| query_parameter(*o)));
    parameters.extend(op.query_params.iter().map(|p| Parameter {
        name: &p.name,
        location: "query",
        required: p.required,
        description: &p.description,
        style: None,
        explode: None,
        schema: primitive_schema(p.ty),
    }));
    for header in &op.headers {
        let known = ["authorization", "content-type", "content-length", "accept"];
        if known.contains(&header.name.to_ascii_lowercase().as_str()) {
            continue;
        }
        parameters.push(Parameter {
            name: &header.name,
            location: "header",
            required: header.required,
            description: &header.description,
            style: None,
            explode: None,
            schema: Schema {
                kind: Some("string"),
                ..Schema::default()
            },
        });
    }
    let request_body = op.body.as_ref().map(|body| RequestBody {
        required: true,
        content: match body {
            _ if op.uploads_stream() => BTreeMap::from([(
                "application/octet-stream",
                MediaType {
                    schema: primitive_schema(Primitive::Stream),
                },
            )]),
            Body::Value { ty, collection } => json_content(value_schema(ty, *collection)),
            Body::Parameters(params) => json_content(object_schema(params, true)),
        },
    });
    let mut success = Response {
        description: status_text(op.response.status),
        ..Response::default()
    };
    if let Some(body) = &op.response.body {
        success.content = match api.response_shape(body) {
            ResponseShape::Object => json_content(value_schema(&body.ty, false)),
            ResponseShape::Collection => json_content(collection_schema(&body.ty, schemas)),
            ResponseShape::Wrapped => json_content(Schema {
                kind: Some("object"),
                required: vec!["value"],
                properties: Some(BTreeMap::from([("value", value_schema(&body.ty, false))])),
                ..Schema::default()
            }),
            ResponseShape::Raw => BTreeMap::from([(
                "application/octet-stream",
                MediaType {
                    schema: value_schema(&body.ty, false),
                },
            )]),
        };
    }
    let error = || Response {
        reference: Some("#/components/responses/error".to_string()),
        ..Response::default()
    };
    let responses = BTreeMap::from([
        (op.response.status.to_string(), success),
        ("4XX".to_string(), error()),
        ("5XX".to_string(), error()),
    ]);
    OperationObject {
        operation_id: &op.name,
        summary: &op.summary,
        description: &op.description,
        tags: vec![tag_spelling(spellings, &op.path)],
        parameters,
        request_body,
        responses,
        security: security(op),
        least_privileged: least_privileged(op),
        source: op.location.to_string(),
    }
}

/// The tag of an operation on `path`, spelt as [`tag_spellings`] chose.
fn tag_spelling(spellings: &BTreeMap<String, String>, path: &str) -> String {
    let written = tag(path);
    spellings
        .get(&written.to_lowercase())
        .cloned()
        .unwrap_or(written)
}

/// One spelling per tag, keyed by the tag in lower case: tags that differ only in case
/// (`directoryRoles`, `directoryroles`, from the paths' spellings in the docs) are one tag, or
/// generators write one file per spelling and then name both alike. The spelling most
/// operations' paths use wins; on a tie, the first in byte order (capitals sort first, so the
/// camelCase spelling Graph's metadata uses beats the all-lower one).
pub fn tag_spellings<'a>(paths: impl IntoIterator<Item = &'a str>) -> BTreeMap<String, String> {
    let mut counts: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    for path in paths {
        let written = tag(path);
        *counts
            .entry(written.to_lowercase())
            .or_default()
            .entry(written)
            .or_default() += 1;
    }
    counts
        .into_iter()
        .filter_map(|(key, spellings)| {
            // Most uses first; `max_by` keeps the last of equals, so compare names reversed.
            let chosen = spellings
                .into_iter()
                .max_by(|(a, m), (b, n)| m.cmp(n).then_with(|| b.cmp(a)))?
                .0;
            Some((key, chosen))
        })
        .collect()
}

/// The first path segment, without OData syntax: `/users/{id}` → `users`.
pub fn tag(path: &str) -> String {
    let first = path
        .trim_start_matches('/')
        .split(['/', '(', ':'])
        .next()
        .unwrap_or("");
    let first = first.trim_start_matches('$');
    if first.is_empty() {
        "root".to_string()
    } else {
        first.to_string()
    }
}

fn query_parameter(option: QueryOption) -> Parameter<'static> {
    let string = Schema {
        kind: Some("string"),
        ..Schema::default()
    };
    let (schema, style, explode, description) = match option {
        QueryOption::Select | QueryOption::Expand | QueryOption::OrderBy => (
            Schema {
                kind: Some("array"),
                items: Some(Box::new(string)),
                ..Schema::default()
            },
            Some("form"),
            Some(false),
            "Comma-separated list.",
        ),
        QueryOption::Top | QueryOption::Skip => (
            Schema {
                kind: Some("integer"),
                format: Some("int32"),
                minimum: Some(0),
                ..Schema::default()
            },
            None,
            None,
            "Number of items.",
        ),
        QueryOption::Count => (
            Schema {
                kind: Some("boolean"),
                ..Schema::default()
            },
            None,
            None,
            "Include the count of items.",
        ),
        QueryOption::Filter | QueryOption::Search => (string, None, None, "An OData expression."),
    };
    Parameter {
        name: option.key(),
        location: "query",
        required: false,
        description,
        style,
        explode,
        schema,
    }
}

/// "One of the following permissions": each permission is an alternative requirement.
fn security(op: &Operation) -> Option<Vec<BTreeMap<&'static str, [&str; 1]>>> {
    let p = &op.permissions;
    let mut delegated: Vec<&str> = Vec::new();
    for scope in p.delegated_work.iter().chain(&p.delegated_personal) {
        if !delegated.contains(&scope.as_str()) {
            delegated.push(scope);
        }
    }
    let mut out: Vec<BTreeMap<&'static str, [&str; 1]>> = delegated
        .into_iter()
        .map(|s| BTreeMap::from([("delegated", [s])]))
        .collect();
    out.extend(
        p.application
            .iter()
            .map(|s| BTreeMap::from([("application", [s.as_str()])])),
    );
    (!out.is_empty()).then_some(out)
}

/// The least privileged scopes of each security scheme (`security` lists them all): an app
/// should ask for these and take a higher privileged one only if it needs it.
fn least_privileged(op: &Operation) -> Option<BTreeMap<&'static str, Vec<&str>>> {
    use crate::ir::PermissionKind;
    let p = &op.permissions;
    let mut out: BTreeMap<&'static str, Vec<&str>> = BTreeMap::new();
    for kind in PermissionKind::ALL {
        let scheme = if kind == PermissionKind::Application {
            "application"
        } else {
            "delegated"
        };
        for scope in p.least(kind) {
            let list = out.entry(scheme).or_default();
            if !list.contains(&scope) {
                list.push(scope);
            }
        }
    }
    (!out.is_empty()).then_some(out)
}

fn security_schemes(api: &Api) -> BTreeMap<&'static str, SecurityScheme<'_>> {
    let mut delegated = BTreeMap::new();
    let mut application = BTreeMap::new();
    for op in api.operations.values() {
        for scope in op
            .permissions
            .delegated_work
            .iter()
            .chain(&op.permissions.delegated_personal)
        {
            delegated
                .entry(scope.as_str())
                .or_insert_with(|| format!("Delegated permission {scope}"));
        }
        for scope in &op.permissions.application {
            application
                .entry(scope.as_str())
                .or_insert_with(|| format!("Application permission {scope}"));
        }
    }
    BTreeMap::from([
        (
            "delegated",
            SecurityScheme {
                kind: "oauth2",
                description: "A user signs in; the app acts on their behalf (delegated permissions).",
                flows: BTreeMap::from([(
                    "authorizationCode",
                    Flow {
                        authorization_url: Some(AUTHORIZE),
                        token_url: TOKEN,
                        scopes: delegated,
                    },
                )]),
            },
        ),
        (
            "application",
            SecurityScheme {
                kind: "oauth2",
                description: "The app acts as itself (application permissions).",
                flows: BTreeMap::from([(
                    "clientCredentials",
                    Flow {
                        authorization_url: None,
                        token_url: TOKEN,
                        scopes: application,
                    },
                )]),
            },
        ),
    ])
}
