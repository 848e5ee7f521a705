//! The OpenAPI 3.0.3 document, built from typed structs. They are serialised with serde and
//! printed by yaml-rust2's emitter, which quotes strings that YAML 1.1 readers would take for
//! booleans or nulls (`on`, `no`, `null`): Python's validators read YAML 1.1.

use super::escape::yaml_text;
use crate::ir::{Api, Body, Operation, Property, QueryOption, ResponseShape, TypeDef, TypeExpr};
use crate::typeref::Primitive;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Serialize)]
struct Document {
    openapi: &'static str,
    info: Info,
    servers: Vec<Server>,
    security: Vec<BTreeMap<&'static str, Vec<String>>>,
    tags: Vec<Tag>,
    paths: BTreeMap<String, BTreeMap<&'static str, OperationObject>>,
    components: Components,
}

#[derive(Serialize)]
struct Info {
    title: String,
    /// The generated crate's version: `info.version` is the version of this API description,
    /// which changes when the crate does.
    version: String,
    description: String,
    /// The Microsoft Graph version the pages document (`v1.0`, `beta`): not a version number,
    /// so it is not `info.version`.
    #[serde(rename = "x-ms-graph-version")]
    graph_version: String,
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
struct OperationObject {
    operation_id: String,
    summary: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    description: String,
    tags: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    parameters: Vec<Parameter>,
    #[serde(skip_serializing_if = "Option::is_none")]
    request_body: Option<RequestBody>,
    responses: BTreeMap<String, Response>,
    #[serde(skip_serializing_if = "Option::is_none")]
    security: Option<Vec<BTreeMap<&'static str, Vec<String>>>>,
    /// Which of the `security` scopes the page calls least privileged, by scheme.
    #[serde(
        rename = "x-ms-least-privileged-permissions",
        skip_serializing_if = "Option::is_none"
    )]
    least_privileged: Option<BTreeMap<&'static str, Vec<String>>>,
    /// The page and line that document the operation.
    #[serde(rename = "x-ms-docs-source")]
    source: String,
}

#[derive(Serialize)]
struct Parameter {
    name: String,
    #[serde(rename = "in")]
    location: &'static str,
    required: bool,
    #[serde(skip_serializing_if = "String::is_empty")]
    description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    style: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    explode: Option<bool>,
    schema: Schema,
}

#[derive(Serialize)]
struct RequestBody {
    required: bool,
    content: BTreeMap<&'static str, MediaType>,
}

#[derive(Serialize)]
struct MediaType {
    schema: Schema,
}

#[derive(Serialize, Default)]
struct Response {
    #[serde(rename = "$ref", skip_serializing_if = "Option::is_none")]
    reference: Option<String>,
    #[serde(skip_serializing_if = "String::is_empty")]
    description: String,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    content: BTreeMap<&'static str, MediaType>,
}

/// A schema object; only the parts docgen uses.
#[derive(Serialize, Default, Clone)]
#[serde(rename_all = "camelCase")]
struct Schema {
    #[serde(rename = "$ref", skip_serializing_if = "Option::is_none")]
    reference: Option<String>,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    kind: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    format: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    nullable: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    minimum: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    items: Option<Box<Schema>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    properties: Option<BTreeMap<String, Schema>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    required: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    additional_properties: Option<bool>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    all_of: Vec<Schema>,
    #[serde(rename = "enum", skip_serializing_if = "Vec::is_empty")]
    members: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    deprecated: Option<bool>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Components {
    schemas: BTreeMap<String, Schema>,
    responses: BTreeMap<&'static str, Response>,
    security_schemes: BTreeMap<&'static str, SecurityScheme>,
}

#[derive(Serialize)]
struct SecurityScheme {
    #[serde(rename = "type")]
    kind: &'static str,
    description: &'static str,
    flows: BTreeMap<&'static str, Flow>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Flow {
    #[serde(skip_serializing_if = "Option::is_none")]
    authorization_url: Option<&'static str>,
    token_url: &'static str,
    scopes: BTreeMap<String, String>,
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
            members: e.members.iter().map(|m| m.name.clone()).collect(),
            ..Schema::default()
        };
        schemas.insert(e.qualified_name.clone(), schema);
    }
    schemas.insert(ERROR_SCHEMA.to_string(), error_schema());
    let mut paths: BTreeMap<String, BTreeMap<&'static str, OperationObject>> = BTreeMap::new();
    let spellings = tag_spellings(api.operations.values().map(|op| op.path.as_str()));
    let mut tags = BTreeSet::new();
    for op in api.operations.values() {
        let object = operation(api, op, &spellings, &mut schemas);
        tags.extend(object.tags.iter().cloned());
        paths
            .entry(op.path.clone())
            .or_default()
            .insert(method_key(op), object);
    }
    let document = Document {
        openapi: "3.0.3",
        info: Info {
            title: title.to_string(),
            version: version.to_string(),
            description: format!(
                "Generated by docgen from Microsoft Graph API reference pages ({}).",
                api.version
            ),
            graph_version: api.version.clone(),
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
        paths,
        components: Components {
            schemas,
            responses: BTreeMap::from([(
                "error",
                Response {
                    description: "An error, as Microsoft Graph reports it.".to_string(),
                    content: json_content(reference(ERROR_SCHEMA)),
                    ..Response::default()
                },
            )]),
            security_schemes: security_schemes(api),
        },
    };
    let value = serde_json::to_value(&document).unwrap_or(serde_json::Value::Null);
    let mut out = String::new();
    match yaml_rust2::YamlEmitter::new(&mut out).dump(&to_yaml(value)) {
        Ok(()) => {
            out.push('\n');
            out
        }
        Err(e) => format!("# the OpenAPI document could not be written: {e}\n"),
    }
}

/// The YAML tree of the document; every string and key goes through [`yaml_text`], the one
/// place docs text enters the YAML.
fn to_yaml(value: serde_json::Value) -> yaml_rust2::Yaml {
    use yaml_rust2::Yaml;
    match value {
        serde_json::Value::Null => Yaml::Null,
        serde_json::Value::Bool(b) => Yaml::Boolean(b),
        serde_json::Value::Number(n) => match n.as_i64() {
            Some(i) => Yaml::Integer(i),
            None => Yaml::Real(n.to_string()),
        },
        serde_json::Value::String(s) => Yaml::String(yaml_text(s)),
        serde_json::Value::Array(items) => Yaml::Array(items.into_iter().map(to_yaml).collect()),
        serde_json::Value::Object(map) => Yaml::Hash(
            map.into_iter()
                .map(|(k, v)| (Yaml::String(yaml_text(k)), to_yaml(v)))
                .collect(),
        ),
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

fn non_empty(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

fn reference(name: &str) -> Schema {
    Schema {
        reference: Some(format!("#/components/schemas/{name}")),
        ..Schema::default()
    }
}

fn json_content(schema: Schema) -> BTreeMap<&'static str, MediaType> {
    BTreeMap::from([("application/json", MediaType { schema })])
}

/// The schema of a value of `ty` (a collection when `collection`).
fn value_schema(ty: &TypeExpr, collection: bool) -> Schema {
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

fn primitive_schema(p: Primitive) -> Schema {
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
fn property_schema(p: &Property) -> Schema {
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
fn object_schema<'a>(properties: impl IntoIterator<Item = &'a Property>, root: bool) -> Schema {
    let mut map = BTreeMap::new();
    if root {
        map.insert(
            "@odata.type".to_string(),
            Schema {
                kind: Some("string"),
                ..Schema::default()
            },
        );
    }
    for p in properties {
        map.insert(p.name.clone(), property_schema(p));
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
fn type_schema(api: &Api, ty: &TypeDef) -> Schema {
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

fn error_schema() -> Schema {
    let string = || Schema {
        kind: Some("string"),
        ..Schema::default()
    };
    let inner = Schema {
        kind: Some("object"),
        properties: Some(BTreeMap::from([
            ("request-id".to_string(), string()),
            ("client-request-id".to_string(), string()),
            ("date".to_string(), string()),
        ])),
        ..Schema::default()
    };
    let error = Schema {
        kind: Some("object"),
        required: vec!["code".to_string(), "message".to_string()],
        properties: Some(BTreeMap::from([
            ("code".to_string(), string()),
            ("message".to_string(), string()),
            ("innerError".to_string(), inner),
            (
                "details".to_string(),
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
        required: vec!["error".to_string()],
        properties: Some(BTreeMap::from([("error".to_string(), error)])),
        ..Schema::default()
    }
}

/// The schema of a page of a collection, defined once per element type.
fn collection_schema(ty: &TypeExpr, schemas: &mut BTreeMap<String, Schema>) -> Schema {
    let element = match ty {
        TypeExpr::Named(name) => name.clone(),
        TypeExpr::Primitive(p) => p.edm_name().to_string(),
        TypeExpr::Json => "Edm.Untyped".to_string(),
    };
    let name = format!("{element}CollectionResponse");
    schemas.entry(name.clone()).or_insert_with(|| Schema {
        kind: Some("object"),
        properties: Some(BTreeMap::from([
            ("value".to_string(), value_schema(ty, true)),
            (
                "@odata.nextLink".to_string(),
                Schema {
                    kind: Some("string"),
                    nullable: Some(true),
                    ..Schema::default()
                },
            ),
            (
                "@odata.count".to_string(),
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

fn operation(
    api: &Api,
    op: &Operation,
    spellings: &BTreeMap<String, String>,
    schemas: &mut BTreeMap<String, Schema>,
) -> OperationObject {
    let mut parameters: Vec<Parameter> = op
        .path_params
        .iter()
        .map(|p| Parameter {
            name: p.name.clone(),
            location: "path",
            required: true,
            description: p.description.clone(),
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
        name: p.name.clone(),
        location: "query",
        required: p.required,
        description: p.description.clone(),
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
            name: header.name.clone(),
            location: "header",
            required: header.required,
            description: header.description.clone(),
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
        description: status_text(op.response.status).to_string(),
        ..Response::default()
    };
    if let Some(body) = &op.response.body {
        success.content = match api.response_shape(body) {
            ResponseShape::Object => json_content(value_schema(&body.ty, false)),
            ResponseShape::Collection => json_content(collection_schema(&body.ty, schemas)),
            ResponseShape::Wrapped => json_content(Schema {
                kind: Some("object"),
                required: vec!["value".to_string()],
                properties: Some(BTreeMap::from([(
                    "value".to_string(),
                    value_schema(&body.ty, false),
                )])),
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
        operation_id: op.name.clone(),
        summary: op.summary.clone(),
        description: op.description.clone(),
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

fn query_parameter(option: QueryOption) -> Parameter {
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
        name: option.key().to_string(),
        location: "query",
        required: false,
        description: description.to_string(),
        style,
        explode,
        schema,
    }
}

/// "One of the following permissions": each permission is an alternative requirement.
fn security(op: &Operation) -> Option<Vec<BTreeMap<&'static str, Vec<String>>>> {
    let p = &op.permissions;
    let mut delegated: Vec<&String> = Vec::new();
    for scope in p.delegated_work.iter().chain(&p.delegated_personal) {
        if !delegated.contains(&scope) {
            delegated.push(scope);
        }
    }
    let mut out: Vec<BTreeMap<&'static str, Vec<String>>> = delegated
        .into_iter()
        .map(|s| BTreeMap::from([("delegated", vec![s.clone()])]))
        .collect();
    out.extend(
        p.application
            .iter()
            .map(|s| BTreeMap::from([("application", vec![s.clone()])])),
    );
    (!out.is_empty()).then_some(out)
}

/// The least privileged scopes of each security scheme (`security` lists them all): an app
/// should ask for these and take a higher privileged one only if it needs it.
fn least_privileged(op: &Operation) -> Option<BTreeMap<&'static str, Vec<String>>> {
    use crate::ir::PermissionKind;
    let p = &op.permissions;
    let mut out: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
    for kind in PermissionKind::ALL {
        let scheme = if kind == PermissionKind::Application {
            "application"
        } else {
            "delegated"
        };
        for scope in p.least(kind) {
            let list = out.entry(scheme).or_default();
            if !list.iter().any(|s| s == scope) {
                list.push(scope.to_string());
            }
        }
    }
    (!out.is_empty()).then_some(out)
}

fn security_schemes(api: &Api) -> BTreeMap<&'static str, SecurityScheme> {
    let mut delegated = BTreeMap::new();
    let mut application = BTreeMap::new();
    for op in api.operations.values() {
        for scope in op
            .permissions
            .delegated_work
            .iter()
            .chain(&op.permissions.delegated_personal)
        {
            delegated.insert(scope.clone(), format!("Delegated permission {scope}"));
        }
        for scope in &op.permissions.application {
            application.insert(scope.clone(), format!("Application permission {scope}"));
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
