//! API pages: one operation per request line, sharing the page's body, response, permissions
//! and examples.

use super::types::{DEFAULT_NAMESPACE, property_rows, qualify};
use super::unique_names::UniqueNames;
use super::{Fragments, OperationDraft, examples, first_doc_link, is_todo, shown_requests};
use crate::diagnostics::{self, Diagnostics};
use crate::ir::short_name;
use crate::ir::{
    Body, Example, HeaderParam, Operation, PathParam, Permissions, QueryOption, QueryParam,
    Response, ResponseBody, TypeDef, TypeExpr, TypeOrigin,
};
use crate::limits::{MAX_LINE_LEN, MAX_NAME_LEN, MAX_PATH_LEN, MAX_PATH_PARAMS};
use crate::naming;
use crate::page::{Page, Section, SectionKind};
use crate::request_line::{ArgValue, FunctionArg, Line, Method, Param, Segment, parse_line};
use crate::source::Location;
use crate::typeref::Primitive;

pub fn lower_api_page(page: &Page, fragments: &mut Fragments, diagnostics: &mut Diagnostics) {
    let namespace = page
        .namespace()
        .map_or(DEFAULT_NAMESPACE.to_string(), |(ns, _)| ns.to_string());
    // Requests to other hosts (the notification a bot receives, an upload URL the service
    // handed out) are not requests of this API.
    let (examples, elsewhere): (Vec<Example>, Vec<Example>) =
        examples::within_limits(examples::extract(page, diagnostics), diagnostics)
            .into_iter()
            .partition(|e| examples::targets_graph(&e.request.url));
    fragments.examples_to_other_hosts += elsewhere.len();
    for example in &examples {
        if let Some(version) = examples::url_version(&example.request.url) {
            fragments.example_versions.push((
                version.to_string(),
                examples::version_location(&example.request),
            ));
        }
    }
    let response = response(page, &examples, &namespace, diagnostics);
    let request_body = request_body(page, &namespace, &response, fragments, diagnostics);
    let shared = Shared {
        namespace: namespace.clone(),
        area: fragments.area.clone(),
        summary: page.title().map(|(t, _)| t.to_string()).unwrap_or_default(),
        description: page
            .front_matter
            .get("description")
            .map(|f| f.value.clone())
            .filter(|d| !is_todo(d))
            .unwrap_or_default(),
        permissions: super::permissions::of_page(page, diagnostics),
        headers: request_headers(page),
        query_options: query_options(page),
        query_params: query_params(page),
        body: request_body.body,
        body_rows: request_body.table_rows,
        response,
        example_forms: examples
            .iter()
            .map(|e| crate::addressing::forms(shown_requests::example_path(&e.request.url)))
            .collect(),
        examples,
    };

    let function_params = function_params(page, diagnostics);
    let mut any_line = false;
    for code in request_line_blocks(page) {
        let first_of_block = fragments.operations.len();
        let mut block_headers: Vec<HeaderParam> = Vec::new();
        for (n, text) in code.text.lines().enumerate() {
            let location = Location {
                line: code.location.line + n as u32,
                ..code.location.clone()
            };
            let parsed = match text.len() > MAX_LINE_LEN {
                true => Line::Invalid {
                    reason: format!("longer than {MAX_LINE_LEN} bytes"),
                },
                false => parse_line(text),
            };
            let too_large = match &parsed {
                Line::Request(line) => request_line_too_large(text, line),
                Line::Invalid { reason } if text.len() > MAX_LINE_LEN => Some(reason.clone()),
                _ => None,
            };
            if let Some(reason) = too_large {
                fragments.request_lines += 1;
                let col = text.len() - text.trim_start().len();
                let shown: String = text.trim().chars().take(80).collect();
                diagnostics.push(
                    diagnostics::REQUEST_LINE_TOO_LARGE,
                    Location { col: col as u32 + 1, ..location },
                    format!("request line `{shown}…` is too large ({reason}); no operation is generated for it"),
                );
                continue;
            }
            match parsed {
                Line::Request(line) => {
                    any_line = true;
                    fragments.request_lines += 1;
                    let mut segments = values_as_params(line.segments, &location, diagnostics);
                    if matches!(segments.first(), Some(Segment::Literal(first)) if first.eq_ignore_ascii_case("drive"))
                    {
                        segments.insert(0, Segment::Literal("me".to_string()));
                        diagnostics.push(
                            diagnostics::DRIVE_SHORTHAND,
                            location.clone(),
                            "the request line writes the drive shorthand `/drive/...`; the operation is on the signed-in user's `/me/drive/...`",
                        );
                    }
                    let calls = match line.method {
                        Method::Get => function_calls(segments, &function_params),
                        _ => vec![(segments, Vec::new())],
                    };
                    let query = line.query.as_deref().unwrap_or("");
                    for (segments, args_in_query) in calls {
                        let mut operation =
                            shared.operation(line.method, &segments, location.clone());
                        for arg in args_in_query {
                            if !operation
                                .query_params
                                .iter()
                                .any(|p| p.name.eq_ignore_ascii_case(&arg.name))
                            {
                                operation.query_params.push(arg);
                            }
                        }
                        if line.method == Method::Get {
                            for option in query_keys(query) {
                                if !operation.query_options.contains(&option) {
                                    operation.query_options.push(option);
                                }
                            }
                            operation.query_options.sort();
                        }
                        // `?includeHiddenFolders=true`, `?token={token}`: the line's own keys.
                        for key in other_query_keys(query) {
                            if !operation
                                .query_params
                                .iter()
                                .any(|p| p.name.eq_ignore_ascii_case(&key))
                            {
                                operation.query_params.push(QueryParam {
                                    description: format!(
                                        "Shown in the request line as `?{query}`."
                                    ),
                                    name: key,
                                    ty: Primitive::String,
                                    required: false,
                                });
                            }
                        }
                        let body_rows = if operation.body.is_some() {
                            shared.body_rows.clone()
                        } else {
                            None
                        };
                        fragments.operations.push(OperationDraft {
                            namespace: shared.namespace.clone(),
                            operation,
                            segments,
                            query_in_line: line.query.is_some(),
                            page_request_lines: 0,
                            body_rows,
                        });
                    }
                }
                Line::Invalid { reason } => {
                    fragments.request_lines += 1;
                    let col = text.len() - text.trim_start().len();
                    let location = Location {
                        col: col as u32 + 1,
                        ..location
                    };
                    diagnostics.push(
                        diagnostics::BAD_REQUEST_LINE,
                        location,
                        format!("`{}` is not a request line: {reason}", text.trim()),
                    );
                }
                Line::Header { name, value } => block_headers.push(HeaderParam {
                    description: format!("Shown with the request line as `{name}: {value}`."),
                    name,
                    required: false,
                }),
                Line::Blank => {}
            }
        }
        // A header written among the request lines (`workbook-session-id: {id}`) goes
        // with every request of its block.
        for draft in &mut fragments.operations[first_of_block..] {
            for header in &block_headers {
                if !draft
                    .operation
                    .headers
                    .iter()
                    .any(|h| h.name.eq_ignore_ascii_case(&header.name))
                {
                    draft.operation.headers.push(header.clone());
                }
            }
        }
    }
    let documented = documented_parameters(page);
    shown_requests::add(&shared, &documented, fragments, diagnostics);
    let lines = fragments.request_lines;
    for draft in &mut fragments.operations {
        draft.page_request_lines = lines;
    }
    shown_requests::account(&shared, fragments, diagnostics);
    if !any_line {
        let location = page
            .section(SectionKind::HttpRequest)
            .map(|s| s.location.clone())
            .unwrap_or(Location {
                path: page.path().clone(),
                line: 1,
                col: 1,
            });
        diagnostics.push(
            diagnostics::NO_REQUEST_LINE,
            location,
            "no request line in an `HTTP request` block",
        );
    }
}

/// The code blocks that hold a page's request lines: those under its `HTTP request` headings.
/// A page without such a heading (a few put the block under `Permissions`, or under one
/// heading per way of addressing the resource) has them in any block outside its examples that
/// holds nothing but request lines on relative paths and is not annotated as an example.
fn request_line_blocks(page: &Page) -> Vec<&crate::page::CodeBlock> {
    let sections: Vec<Section<'_>> = page
        .sections()
        .filter(|s| s.kind == SectionKind::HttpRequest)
        .collect();
    if !sections.is_empty() {
        return sections.iter().flat_map(|s| s.code_blocks()).collect();
    }
    let examples_from = page
        .sections()
        .find(|s| s.kind == SectionKind::Examples)
        .map_or(u32::MAX, |s| s.location.line);
    page.code_blocks()
        .filter(|code| code.location.line < examples_from)
        .filter(|code| code.annotation.as_ref().and_then(|a| a.block_type()).is_none_or(|t| t == "ignored"))
        .filter(|code| {
            let mut lines = code.text.lines().filter(|l| !l.trim().is_empty()).peekable();
            lines.peek().is_some() && lines.all(|l| matches!(parse_line(l), Line::Request(r) if r.version.is_none() && l.split_whitespace().nth(1).is_some_and(|p| p.starts_with('/'))))
        })
        .collect()
}

/// What every request line of a page shares.
pub(super) struct Shared {
    pub(super) namespace: String,
    area: String,
    summary: String,
    description: String,
    permissions: Permissions,
    headers: Vec<HeaderParam>,
    query_options: Vec<QueryOption>,
    query_params: Vec<QueryParam>,
    body: Option<Body>,
    /// The request-body table's rows the link stage decides on (see [`OperationDraft::body_rows`]).
    pub(super) body_rows: Option<Vec<crate::ir::Property>>,
    pub(super) response: Response,
    pub(super) examples: Vec<Example>,
    /// Each example's path in every spelling it is read in ([`crate::addressing::forms`]), in
    /// the examples' order: matched against each request line of the page.
    example_forms: Vec<Vec<String>>,
}

impl Shared {
    /// The page's response, for a request on `segments`. A path that ends in `$value` asks
    /// for the raw value of what the path before it names (a photo's bytes, a message's MIME
    /// content), whatever type the page gives its other lines.
    fn response_at(&self, method: Method, segments: &[Segment]) -> Response {
        let mut response = self.response.clone();
        // A page's lines may return different types (the list and the get by key of a
        // dictionary): the type this line's own examples annotate, when they agree, is its.
        if let Some(body) = self
            .line_response_body(method, segments)
            .filter(|_| response.body.is_some())
        {
            response.body = Some(body);
        }
        if matches!(segments.last(), Some(Segment::Literal(last)) if last == "$value")
            && response.body.is_some()
        {
            response.body = Some(ResponseBody {
                ty: TypeExpr::Primitive(Primitive::Stream),
                collection: false,
            });
        }
        response
    }

    /// The response type the successful examples of one request line annotate, if they all
    /// name the same one.
    fn line_response_body(&self, method: Method, segments: &[Segment]) -> Option<ResponseBody> {
        let mut types = self
            .examples_of(method, segments)
            .filter_map(|e| e.response.as_ref())
            .filter(|r| r.status < 300)
            .filter_map(|r| r.odata_type.as_deref());
        let first = types.next()?;
        if types.any(|t| t != first) {
            return None;
        }
        let parsed = crate::typeref::parse_type_cell(first).ok()?;
        let ty = match parsed.name {
            crate::typeref::TypeName::Named(name) => {
                TypeExpr::Named(qualify(&self.namespace, &name))
            }
            primitive => super::type_expr(primitive),
        };
        Some(ResponseBody {
            ty,
            collection: parsed.collection,
        })
    }

    /// The examples of a request line: the same method, and a URL that is an instance of the
    /// line's path (same literal segments, anything for a parameter) in one of its spellings.
    fn examples_of<'s>(
        &'s self,
        method: Method,
        segments: &'s [Segment],
    ) -> impl Iterator<Item = &'s Example> {
        self.examples
            .iter()
            .zip(&self.example_forms)
            .filter(move |(e, forms)| {
                e.request.method == method && forms.iter().any(|form| form_fits(form, segments))
            })
            .map(|(e, _)| e)
    }

    pub(super) fn operation(
        &self,
        method: Method,
        segments: &[Segment],
        location: Location,
    ) -> Operation {
        let (path, path_params) = path_template(segments);
        let body = if matches!(method, Method::Get | Method::Delete) {
            None
        } else {
            self.body.clone()
        };
        // Each example goes with the request line whose path it matches.
        let examples: Vec<Example> = self.examples_of(method, segments).cloned().collect();
        let mut query_options = if method == Method::Get {
            self.query_options.clone()
        } else {
            Vec::new()
        };
        // An example that uses an OData option shows the operation takes it.
        if method == Method::Get {
            for example in &examples {
                let query = example.request.url.split_once('?').map_or("", |(_, q)| q);
                for option in query_keys(query) {
                    if !query_options.contains(&option) {
                        query_options.push(option);
                    }
                }
            }
            query_options.sort();
        }
        Operation {
            name: String::new(),
            method,
            path,
            path_params,
            query_options,
            query_params: self.query_params.clone(),
            headers: self.headers.clone(),
            body,
            response: self.response_at(method, segments),
            permissions: self.permissions.clone(),
            summary: self.summary.clone(),
            description: self.description.clone(),
            examples,
            area: self.area.clone(),
            location,
        }
    }
}

/// Every parameter the page's parameter tables list (path, function and query parameters),
/// other than OData's system query options: what an example may pass to a function.
/// The tables are only consulted for the names and types an example passes; what is wrong in
/// them is said where they are read for their own sake, so the findings here are dropped.
fn documented_parameters(page: &Page) -> Vec<crate::ir::Property> {
    let diagnostics = &mut Diagnostics::default();
    let mut out: Vec<crate::ir::Property> = Vec::new();
    let sections = page.sections().filter(|s| {
        matches!(
            s.kind,
            SectionKind::Parameters | SectionKind::QueryParameters
        )
    });
    for table in sections.flat_map(|s| s.tables().collect::<Vec<_>>()) {
        for (property, _) in property_rows(table, false, diagnostics) {
            let known = out
                .iter()
                .any(|p| p.name.eq_ignore_ascii_case(&property.name));
            if !known
                && QueryOption::from_key(&property.name).is_none()
                && is_query_key(&property.name)
            {
                out.push(property);
            }
        }
    }
    out
}

/// The parameters a function page lists in a `Function parameters` table, or (Intune) in a
/// `Request body` table that says it holds "the parameters that can be used with this function".
fn function_params(page: &Page, diagnostics: &mut Diagnostics) -> Vec<crate::ir::Property> {
    let from_section =
        |section: Section<'_>, diagnostics: &mut Diagnostics| -> Vec<crate::ir::Property> {
            section
                .tables()
                .next()
                .map(|t| property_rows(t, false, diagnostics))
                .unwrap_or_default()
                .into_iter()
                .map(|(p, _)| p)
                .collect()
        };
    if let Some(section) = page.sections().find(|s| {
        s.kind == SectionKind::Parameters && s.title.to_ascii_lowercase().contains("function")
    }) {
        return from_section(section, diagnostics);
    }
    match page.section(SectionKind::RequestBody) {
        Some(section)
            if section.paragraphs().any(|(text, _, _)| {
                text.to_ascii_lowercase()
                    .contains("used with this function")
            }) =>
        {
            from_section(section, diagnostics)
        }
        _ => Vec::new(),
    }
}

/// The calls a GET line makes. A line that names a function without its arguments
/// (`/mobileApps/getMobileAppCount`) calls it with the parameters its page lists:
/// `getMobileAppCount(status='{status}')`, as OData passes function arguments; strings and
/// enums are quoted, as OData writes them. A function with parameters the table calls optional
/// has two calls, as OData allows and the docs' examples show both: one that leaves them out of
/// the path and takes them as query options of their names (`delta`, `delta?token=latest`),
/// and one that passes every parameter in the path (`delta(token='{token}')`). A line that
/// writes optional arguments (`rowsAbove(count=n)`) is also called without them. Each call is
/// the path and the parameters it takes in the query.
fn function_calls(
    segments: Vec<Segment>,
    params: &[crate::ir::Property],
) -> Vec<(Vec<Segment>, Vec<QueryParam>)> {
    let is_optional = |p: &crate::ir::Property| {
        let lower = p.description.to_ascii_lowercase();
        lower.contains("optional") && !lower.contains("required")
    };
    let name = match segments.last() {
        Some(Segment::Literal(l))
            if !params.is_empty() && !l.starts_with('$') && !l.contains('.') =>
        {
            l.clone()
        }
        Some(Segment::Function { name, args }) if !params.is_empty() && args.is_empty() => {
            name.clone()
        }
        // A line that writes the arguments (`rowsAbove(count=n)`) of which the table calls
        // every one optional also calls the function without them.
        Some(Segment::Function { name, args })
            if !args.is_empty()
                && args.iter().all(|a| {
                    let documented = params.iter().find(|p| {
                        a.name
                            .as_deref()
                            .is_some_and(|n| n.eq_ignore_ascii_case(&p.name))
                    });
                    documented.is_some_and(&is_optional)
                }) =>
        {
            let mut bare = segments.clone();
            if let Some(last) = bare.last_mut() {
                *last = Segment::Literal(name.clone());
            }
            return vec![(segments, Vec::new()), (bare, Vec::new())];
        }
        _ => return vec![(segments, Vec::new())],
    };
    let in_query = |p: &crate::ir::Property| QueryParam {
        name: p.name.clone(),
        ty: match &p.ty {
            TypeExpr::Primitive(primitive) if !p.collection && *primitive != Primitive::Json => {
                *primitive
            }
            _ => Primitive::String,
        },
        required: false,
        description: p.description.clone(),
    };
    let calling = |args: Vec<FunctionArg>| {
        let mut call = segments.clone();
        if let Some(last) = call.last_mut() {
            // Without arguments the segment stays as written (`delta` or `delta()`).
            if !args.is_empty() {
                *last = Segment::Function {
                    name: name.clone(),
                    args,
                };
            }
        }
        call
    };
    let required: Vec<FunctionArg> = params
        .iter()
        .filter(|p| !is_optional(p))
        .map(function_argument)
        .collect();
    let optional: Vec<QueryParam> = params
        .iter()
        .filter(|p| is_optional(p))
        .map(in_query)
        .collect();
    if optional.is_empty() {
        return vec![(calling(required), Vec::new())];
    }
    vec![
        (calling(required), optional),
        (
            calling(params.iter().map(function_argument).collect()),
            Vec::new(),
        ),
    ]
}

/// The argument a function takes for a documented parameter: `status='{status}'`, quoted when
/// OData writes its values quoted (strings and enums).
pub(super) fn function_argument(p: &crate::ir::Property) -> FunctionArg {
    FunctionArg {
        name: Some(p.name.clone()),
        value: ArgValue::Param(Param {
            written: p.name.clone(),
            alternatives: Vec::new(),
        }),
        quoted: match &p.ty {
            TypeExpr::Primitive(primitive) => matches!(primitive, Primitive::String),
            TypeExpr::Named(_) | TypeExpr::Json => true,
        },
    }
}

/// A request line that shows a key's value (`/classes/acdefc6b-2dc6-.../assignments`) where
/// the path has a parameter: the value becomes a parameter named after the segment before it.
fn values_as_params(
    segments: Vec<Segment>,
    location: &Location,
    diagnostics: &mut Diagnostics,
) -> Vec<Segment> {
    let mut previous: Option<String> = None;
    segments
        .into_iter()
        .map(|segment| match segment {
            Segment::Literal(literal) if is_key_value(&literal) => {
                let name = naming::renamed_path_param(previous.as_deref());
                diagnostics.push(
                    diagnostics::VALUE_IN_PATH,
                    location.clone(),
                    format!("the request line shows the value `{literal}` where the path has a parameter; read as `{{{name}}}`"),
                );
                Segment::Param(crate::request_line::Param { written: name, alternatives: Vec::new() })
            }
            Segment::Literal(literal) => {
                previous = Some(literal.clone());
                Segment::Literal(literal)
            }
            other => other,
        })
        .collect()
}

/// Why a request line is past [`crate::limits`] (its path too long, too many parameters, a
/// segment or parameter name too long).
fn request_line_too_large(text: &str, line: &crate::request_line::RequestLine) -> Option<String> {
    let path = text.split_whitespace().nth(1).unwrap_or("");
    let path = path.split('?').next().unwrap_or(path);
    if path.len() > MAX_PATH_LEN {
        return Some(format!(
            "its path is {} bytes, more than {MAX_PATH_LEN}",
            path.len()
        ));
    }
    let params: usize = line
        .segments
        .iter()
        .map(|segment| match segment {
            Segment::Param(_) | Segment::ItemPath { .. } => 1,
            Segment::Function { args, .. } => args
                .iter()
                .filter(|a| matches!(a.value, ArgValue::Param(_)))
                .count(),
            Segment::Literal(_) => 0,
        })
        .sum();
    if params > MAX_PATH_PARAMS {
        return Some(format!(
            "its path has {params} parameters, more than {MAX_PATH_PARAMS}"
        ));
    }
    // Segments and parameter names become names in the crate (functions, arguments).
    let names = line.segments.iter().flat_map(|segment| match segment {
        Segment::Literal(name) => vec![name.as_str()],
        Segment::Param(p) | Segment::ItemPath { param: p } => vec![p.written.as_str()],
        Segment::Function { name, args } => std::iter::once(name.as_str())
            .chain(args.iter().filter_map(|a| match &a.value {
                ArgValue::Param(p) => Some(p.written.as_str()),
                ArgValue::Literal(_) => None,
            }))
            .collect(),
    });
    let longest = names.map(str::len).max().unwrap_or(0);
    (longest > MAX_NAME_LEN).then(|| {
        format!(
            "a segment or parameter name of its path is {longest} bytes, more than {MAX_NAME_LEN}"
        )
    })
}

/// A GUID or a number: a key's value, never a segment name.
fn is_key_value(segment: &str) -> bool {
    let guid = segment.len() == 36
        && segment.char_indices().all(|(i, c)| {
            if matches!(i, 8 | 13 | 18 | 23) {
                c == '-'
            } else {
                c.is_ascii_hexdigit()
            }
        });
    let number = !segment.is_empty() && segment.chars().all(|c| c.is_ascii_digit());
    guid || number
}

/// The OpenAPI path template of a parsed path, with its parameters (renamed where a name repeats).
pub fn path_template(segments: &[Segment]) -> (String, Vec<PathParam>) {
    let mut path = String::new();
    let mut params: Vec<PathParam> = Vec::new();
    let mut taken = UniqueNames::default();
    let mut previous_literal: Option<&str> = None;
    let mut param_name = |written: &crate::request_line::Param, previous: Option<&str>| {
        let mut name = naming::path_param_name(written);
        if taken.contains(&name) {
            name = naming::renamed_path_param(previous);
        }
        let name = taken.claim(name);
        let description = match written.alternatives.is_empty() {
            true => format!("`{}`", written.written),
            false => format!(
                "`{}` or {}",
                written.written,
                written
                    .alternatives
                    .iter()
                    .map(|a| format!("`{a}`"))
                    .collect::<Vec<_>>()
                    .join(" or ")
            ),
        };
        params.push(PathParam {
            name: name.clone(),
            description,
        });
        name
    };
    for segment in segments {
        match segment {
            Segment::Literal(literal) => {
                path.push('/');
                path.push_str(literal);
                previous_literal = Some(literal);
            }
            Segment::Param(param) => {
                let name = param_name(param, previous_literal);
                path.push_str(&format!("/{{{name}}}"));
            }
            Segment::Function { name, args } => {
                path.push('/');
                path.push_str(name);
                path.push('(');
                let rendered: Vec<String> = args
                    .iter()
                    .map(|arg| {
                        let quote = if arg.quoted { "'" } else { "" };
                        let value = match &arg.value {
                            ArgValue::Param(p) => {
                                format!("{quote}{{{}}}{quote}", param_name(p, Some(name)))
                            }
                            ArgValue::Literal(l) => l.clone(),
                        };
                        match &arg.name {
                            Some(n) => format!("{n}={value}"),
                            None => value,
                        }
                    })
                    .collect();
                path.push_str(&rendered.join(","));
                path.push(')');
                previous_literal = Some(name);
            }
            Segment::ItemPath { param } => {
                let name = param_name(param, previous_literal);
                path.push_str(&format!(":/{{{name}}}:"));
            }
        }
    }
    if path.is_empty() {
        path.push('/');
    }
    (path, params)
}

/// Whether a path below the service root is, in any of its spellings
/// ([`crate::addressing::forms`]), an instance of a request line's path: same literal segments,
/// anything for a parameter.
pub(super) fn path_fits(path: &str, segments: &[Segment]) -> bool {
    crate::addressing::forms(path)
        .iter()
        .any(|form| form_fits(form, segments))
}

pub(super) fn form_fits(path: &str, segments: &[Segment]) -> bool {
    let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    if parts.len() != segments.len() {
        return false;
    }
    parts
        .iter()
        .zip(segments)
        .all(|(part, segment)| match segment {
            Segment::Literal(l) => part.eq_ignore_ascii_case(l),
            Segment::Function { name, args } => function_call_matches(part, name, args),
            Segment::Param(_) | Segment::ItemPath { .. } => true,
        })
}

/// Whether `getX(date='2018-03-05')` calls the function `getX` with these arguments: the same
/// argument names, so a page that documents `getX(period=...)` and `getX(date=...)` gives each
/// example to its own line.
fn function_call_matches(
    part: &str,
    name: &str,
    args: &[crate::request_line::FunctionArg],
) -> bool {
    let (called, arguments) = match part.split_once('(') {
        Some((called, rest)) => (called, rest.trim_end_matches(')')),
        None => (part, ""),
    };
    if !called.eq_ignore_ascii_case(name) {
        return false;
    }
    let written: Vec<String> = arguments
        .split(',')
        .filter(|a| !a.trim().is_empty())
        .map(|a| {
            a.split('=')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        })
        .collect();
    let documented: Vec<String> = args
        .iter()
        .map(|a| a.name.as_deref().unwrap_or("").to_ascii_lowercase())
        .collect();
    if written.len() != documented.len() {
        return false;
    }
    // Named arguments may come in any order; keys written without names (`users('{id}')`)
    // match by count.
    if documented.iter().all(|d| !d.is_empty()) {
        let (mut written, mut documented) = (written, documented);
        written.sort();
        documented.sort();
        return written == documented;
    }
    written
        .iter()
        .zip(&documented)
        .all(|(w, d)| d.is_empty() || w.contains('\'') || w == d)
}

fn request_headers(page: &Page) -> Vec<HeaderParam> {
    let Some(section) = page.section(SectionKind::RequestHeaders) else {
        return Vec::new();
    };
    let mut headers = Vec::new();
    for table in section.tables() {
        for row in &table.rows {
            let (Some(name), description) = (row.first(), row.get(1)) else {
                continue;
            };
            let name = name
                .text
                .trim()
                .trim_matches(|c| c == '*' || c == '`')
                .to_string();
            if name.is_empty()
                || name.contains(' ')
                || headers
                    .iter()
                    .any(|h: &HeaderParam| h.name.eq_ignore_ascii_case(&name))
            {
                continue;
            }
            let description = description.map(|d| d.text.clone()).unwrap_or_default();
            let required = description.to_ascii_lowercase().contains("required");
            headers.push(HeaderParam {
                name,
                description,
                required,
            });
        }
    }
    headers
}

/// OData options the `Optional query parameters` section names. A section that names none but
/// says the method supports OData query parameters gets the options every GET accepts.
fn query_options(page: &Page) -> Vec<QueryOption> {
    let Some(section) = page.section(SectionKind::QueryParameters) else {
        return Vec::new();
    };
    let text = section_text(&section).to_ascii_lowercase();
    let named: Vec<QueryOption> = QueryOption::ALL
        .into_iter()
        .filter(|o| text.contains(o.key()))
        .collect();
    if !named.is_empty() {
        return named;
    }
    if text.contains("odata query parameters")
        && !text.contains("does not support")
        && !text.contains("doesn't support")
    {
        return vec![
            QueryOption::Select,
            QueryOption::Expand,
            QueryOption::Filter,
            QueryOption::OrderBy,
            QueryOption::Top,
            QueryOption::Skip,
        ];
    }
    Vec::new()
}

/// Query parameters the `Query parameters` section's tables list, other than OData system
/// options: `startDateTime` of `calendarView`, `$deltatoken` of `delta`. A parameter is
/// required when its description, or the section's prose, says so.
fn query_params(page: &Page) -> Vec<QueryParam> {
    let Some(section) = page.section(SectionKind::QueryParameters) else {
        return Vec::new();
    };
    let prose = section
        .paragraphs()
        .map(|(text, _, _)| text.to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join("\n");
    let all_required = prose.contains("required query parameter");
    let mut params: Vec<QueryParam> = Vec::new();
    for table in section.tables() {
        let Some(name_col) = table.column(|h| {
            matches!(
                h,
                "parameter" | "name" | "query parameter" | "parameter name" | "property"
            )
        }) else {
            continue;
        };
        let type_col = table.column(|h| h == "type");
        let description_col = table.column(|h| h.starts_with("description"));
        for row in &table.rows {
            let Some(name) = row.get(name_col).map(|c| query_key(&c.text)) else {
                continue;
            };
            if !is_query_key(&name)
                || QueryOption::from_key(&name).is_some()
                || params.iter().any(|p| p.name.eq_ignore_ascii_case(&name))
            {
                continue;
            }
            let ty = type_col
                .and_then(|i| row.get(i))
                .and_then(|cell| crate::typeref::parse_type_cell(&cell.raw).ok())
                .and_then(|t| match t.name {
                    crate::typeref::TypeName::Primitive(p)
                        if !t.collection && p != Primitive::Json =>
                    {
                        Some(p)
                    }
                    _ => None,
                })
                .unwrap_or(Primitive::String);
            let description = description_col
                .and_then(|i| row.get(i))
                .map(|c| c.text.clone())
                .unwrap_or_default();
            let lower = description.to_ascii_lowercase();
            let required = (all_required || says_required(&lower)) && !lower.contains("optional");
            params.push(QueryParam {
                name,
                ty,
                required,
                description,
            });
        }
    }
    params
}

/// Whether a lowercased description makes a parameter required for every call: "Required."
/// does, "Required for **delta** on **calendarView**" (one of the paths a page covers) does not.
fn says_required(description: &str) -> bool {
    description.match_indices("required").any(|(at, word)| {
        let next = description[at + word.len()..]
            .trim_start_matches(['*', '_'])
            .split_whitespace()
            .next()
            .unwrap_or("");
        !matches!(next, "for" | "when" | "if" | "only" | "in" | "on")
    })
}

/// A query key as a table cell writes it: `` `$deltatoken` ``, `**startDateTime**`.
fn query_key(cell: &str) -> String {
    cell.split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c| matches!(c, '*' | '`' | '\\'))
        .to_string()
}

/// A word that can be a query key: `startDateTime`, `$deltatoken`, `include-hidden`.
fn is_query_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '$' | '_' | '-' | '.'))
}

/// The keys of a query string that are not OData system options.
fn other_query_keys(query: &str) -> Vec<String> {
    query
        .split('&')
        .filter_map(|pair| {
            let key = pair.split('=').next()?.trim();
            (is_query_key(key) && QueryOption::from_key(key).is_none()).then(|| key.to_string())
        })
        .collect()
}

/// The OData options a query string uses: `$filter=a eq 'b'&$top=5` → [Filter, Top].
fn query_keys(query: &str) -> Vec<QueryOption> {
    query
        .split('&')
        .filter_map(|pair| {
            let key = pair.split('=').next()?.trim();
            QueryOption::from_key(key)
        })
        .collect()
}

fn section_text(section: &Section<'_>) -> String {
    let mut text = String::new();
    for (_, raw, _) in section.paragraphs() {
        text.push_str(raw);
        text.push('\n');
    }
    for table in section.tables() {
        for row in std::iter::once(&table.header).chain(&table.rows) {
            for cell in row {
                text.push_str(&cell.raw);
                text.push(' ');
            }
        }
    }
    text
}

/// A page's request body, and the table rows the link stage decides on (see
/// [`OperationDraft::body_rows`]).
struct RequestBody {
    body: Option<Body>,
    table_rows: Option<Vec<crate::ir::Property>>,
}

/// The request body: a type the section links (and may describe with a property table), or a
/// table of parameters or properties. Such a table lists either some properties of the type the
/// prose links or the operation creates or updates, or an action's parameters; the link
/// stage, where every type is known, decides which.
fn request_body(
    page: &Page,
    namespace: &str,
    response: &Response,
    fragments: &mut Fragments,
    diagnostics: &mut Diagnostics,
) -> RequestBody {
    let body = |body: Option<Body>| RequestBody {
        body,
        table_rows: None,
    };
    let Some(section) = page.section(SectionKind::RequestBody) else {
        return body(None);
    };
    let prose = section
        .paragraphs()
        .map(|(_, raw, _)| raw)
        .collect::<Vec<_>>()
        .join("\n");
    let lower = prose.to_ascii_lowercase();
    if lower.contains("do not supply a request body")
        || lower.contains("don't supply a request body")
    {
        return body(None);
    }
    // The body's type is linked before the table; links after it explain the rows.
    let table_line = section
        .tables()
        .next()
        .and_then(|t| t.header.first())
        .map_or(u32::MAX, |c| c.location.line);
    let linked = section
        .paragraphs()
        .filter(|(_, _, location)| location.line < table_line)
        .find_map(|(_, raw, _)| {
            let (text, _) = first_doc_link(raw)?;
            // "an array of [patchContentCommand] objects": the body is a JSON array.
            super::types::is_identifier(text).then(|| (text.to_string(), says_collection(raw)))
        });
    let value = |(name, collection): (String, bool)| Body::Value {
        ty: TypeExpr::Named(name),
        collection,
    };
    let Some(table) = section.tables().next() else {
        // "the binary stream of the file to be uploaded", "the binary data of the photo".
        let bytes = (lower.contains("binary stream") || lower.contains("binary data")).then_some(
            Body::Value {
                ty: TypeExpr::Primitive(Primitive::Stream),
                collection: false,
            },
        );
        return body(linked.map(value).or(bytes));
    };
    let headed_parameter = table.column(|h| h == "parameter").is_some();
    let rows: Vec<crate::ir::Property> = property_rows(table, false, diagnostics)
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    if rows.is_empty() {
        return body(linked.map(value));
    }
    if let Some((name, _)) = linked {
        // A table with a row for the linked type itself (`keyCredential` of type
        // keyCredential, beside `proof`) lists an action's parameters, not that type.
        if rows
            .iter()
            .any(|p| p.name.eq_ignore_ascii_case(short_name(&name)))
        {
            return body(Some(Body::Parameters(rows)));
        }
        // A parameter table may still list the linked type's properties (what a create
        // needs); the link stage reads the rows against the type.
        if headed_parameter {
            return RequestBody {
                body: Some(Body::Value {
                    ty: TypeExpr::Named(name),
                    collection: false,
                }),
                table_rows: Some(rows),
            };
        }
        // Otherwise the prose names the body's type, and a property table lists some of its
        // properties; for a type no resource page defines, it is the definition.
        fragments.types.push(TypeDef {
            qualified_name: qualify(namespace, &name),
            description: String::new(),
            entity: false,
            base: None,
            open: false,
            properties: rows,
            origin: TypeOrigin::RequestBodyTable,
            area: fragments.area.clone(),
            location: table
                .header
                .first()
                .map_or_else(|| section.location.clone(), |c| c.location.clone()),
        });
        return body(Some(Body::Value {
            ty: TypeExpr::Named(name),
            collection: false,
        }));
    }
    // A table headed Parameter lists a create's properties only on a page that creates (201).
    let returned = match &response.body {
        Some(ResponseBody {
            ty: TypeExpr::Named(name),
            collection: false,
        }) if !headed_parameter || response.status == 201 => Some(name.clone()),
        _ => None,
    };
    let body = match returned {
        Some(name) => Body::Value {
            ty: TypeExpr::Named(name),
            collection: false,
        },
        None => Body::Parameters(rows.clone()),
    };
    RequestBody {
        body: Some(body),
        table_rows: Some(rows),
    }
}

fn response(
    page: &Page,
    examples: &[Example],
    namespace: &str,
    diagnostics: &mut Diagnostics,
) -> Response {
    let example = examples.iter().find_map(|e| e.response.as_ref());
    let section = page.section(SectionKind::Response);
    let prose = section
        .map(|s| {
            s.paragraphs()
                .map(|(_, raw, _)| raw)
                .collect::<Vec<_>>()
                .join("\n")
        })
        .unwrap_or_default();
    let status = example
        .map(|r| r.status)
        .filter(|s| *s != 0)
        .or_else(|| status_in_prose(&prose));
    let status = match status {
        Some(s) => s,
        None => {
            let location = section.map_or_else(
                || Location {
                    path: page.path().clone(),
                    line: 1,
                    col: 1,
                },
                |s| s.location.clone(),
            );
            diagnostics.push(
                diagnostics::NO_RESPONSE_STATUS,
                location,
                "no response status in the example or the Response section; 200 assumed",
            );
            200
        }
    };
    if status == 204 {
        if let Some(response) = example.filter(|r| r.body.is_some()) {
            diagnostics.push(
                diagnostics::BODY_ON_NO_CONTENT,
                response.location.clone(),
                "the response is `204 No Content` but the example shows a body; the operation returns nothing",
            );
        }
        return Response { status, body: None };
    }
    let annotation = page.code_blocks().find_map(|c| {
        c.annotation
            .as_ref()
            .filter(|a| a.block_type() == Some("response"))
    });
    let from_annotation = annotation.and_then(|a| {
        // Written like a Type cell: `microsoft.graph.user`, `Collection(microsoft.graph.user)`, `String`.
        let parsed = crate::typeref::parse_type_cell(a.str("@odata.type")?).ok()?;
        let ty = match parsed.name {
            crate::typeref::TypeName::Named(name) => TypeExpr::Named(qualify(namespace, &name)),
            primitive => super::type_expr(primitive),
        };
        Some(ResponseBody {
            ty,
            collection: parsed.collection || a.bool("isCollection"),
        })
    });
    let body = from_annotation.or_else(|| {
        let lower = prose.to_ascii_lowercase();
        if !lower.contains("response body") {
            return None;
        }
        let (text, _) = first_doc_link(&prose)?;
        if !super::types::is_identifier(text) {
            return None;
        }
        let collection = says_collection(&prose);
        Some(ResponseBody {
            ty: named_or_primitive(text, namespace),
            collection,
        })
    });
    Response { status, body }
}

fn named_or_primitive(name: &str, namespace: &str) -> TypeExpr {
    match crate::typeref::Primitive::from_spelling(name) {
        Some(p) => super::type_expr(crate::typeref::TypeName::Primitive(p)),
        None => TypeExpr::Named(if name.contains('.') {
            name.to_string()
        } else {
            qualify(namespace, name)
        }),
    }
}

/// Whether prose says the response is a collection, in words of its own ("collection", "a list
/// of"): not inside a link such as `[appLogCollectionRequest](...)`.
fn says_collection(prose: &str) -> bool {
    let mut outside_links = String::new();
    let mut rest = prose;
    while let Some(open) = rest.find('[') {
        outside_links.push_str(&rest[..open]);
        let after = &rest[open..];
        // Skip `[text](target)`; a lone `[` is kept as text.
        match after
            .find("](")
            .and_then(|close| after[close..].find(')').map(|end| close + end + 1))
        {
            Some(end) => rest = &after[end..],
            None => {
                outside_links.push_str(after);
                rest = "";
            }
        }
    }
    outside_links.push_str(rest);
    let lower = prose.to_ascii_lowercase();
    outside_links
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|word| word.eq_ignore_ascii_case("collection"))
        || lower.contains("list of [")
        || lower.contains("array of [")
}

/// The first three-digit 2xx status in prose: "returns a `201 Created` response code".
fn status_in_prose(prose: &str) -> Option<u16> {
    prose
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 3)
        .filter_map(|w| w.parse::<u16>().ok())
        .find(|s| (200..300).contains(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_parameter_names_are_renamed() {
        let id = || {
            Segment::Param(Param {
                written: "id".into(),
                alternatives: Vec::new(),
            })
        };
        let segments = [
            Segment::Literal("groups".into()),
            id(),
            Segment::Literal("members".into()),
            id(),
            Segment::Literal("$ref".into()),
        ];
        let (path, params) = path_template(&segments);
        assert_eq!(path, "/groups/{id}/members/{member-id}/$ref");
        assert_eq!(
            params.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
            ["id", "member-id"]
        );
    }

    #[test]
    fn many_repeated_parameter_names_get_short_distinct_names() {
        // Past MAX_PATH_PARAMS a request line is rejected (D053), but templates are built for
        // any path: naming stays linear, and names grow by a counter, not a character each.
        let id = || {
            Segment::Param(Param {
                written: "id".into(),
                alternatives: Vec::new(),
            })
        };
        let segments: Vec<Segment> = std::iter::once(Segment::Literal("things".into()))
            .chain((0..5_000).map(|_| id()))
            .collect();
        let (_, params) = path_template(&segments);
        let names: std::collections::HashSet<&str> =
            params.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names.len(), 5_000);
        assert!(params.iter().all(|p| p.name.len() <= "thing-id5000".len()));
        assert_eq!(params[2].name, "thing-id1");
    }

    #[test]
    fn key_values_in_request_lines() {
        assert!(is_key_value("acdefc6b-2dc6-4e71-b1e9-6d9810ab1793"));
        assert!(is_key_value("11010"));
        assert!(!is_key_value("assignments"));
        assert!(!is_key_value("v1"));
        let mut diagnostics = Diagnostics::default();
        let location = Location {
            path: "a.md".into(),
            line: 1,
            col: 1,
        };
        let segments = values_as_params(
            vec![
                Segment::Literal("classes".into()),
                Segment::Literal("acdefc6b-2dc6-4e71-b1e9-6d9810ab1793".into()),
            ],
            &location,
            &mut diagnostics,
        );
        assert_eq!(path_template(&segments).0, "/classes/{class-id}");
        assert_eq!(diagnostics.items[0].code, diagnostics::VALUE_IN_PATH);
    }

    #[test]
    fn query_keys_of_a_request_line() {
        assert_eq!(
            other_query_keys("includeHiddenFolders=true&$top=5"),
            ["includeHiddenFolders"]
        );
        assert_eq!(other_query_keys("$skiptoken={token}"), ["$skiptoken"]);
        assert_eq!(
            query_keys("select=id&$TOP=5"),
            [QueryOption::Select, QueryOption::Top]
        );
        assert_eq!(query_key("`$deltatoken`"), "$deltatoken");
        assert_eq!(query_key("**startDateTime** "), "startDateTime");
    }

    #[test]
    fn collections_in_prose() {
        assert!(says_collection(
            "returns a collection of [user](../resources/user.md) objects"
        ));
        assert!(says_collection("a [user](../resources/user.md) collection"));
        assert!(!says_collection(
            "and [appLogCollectionRequest](../resources/x.md) object"
        ));
        assert!(!says_collection("an [event] object"));
        assert!(says_required("required. the start of the range."));
        assert!(says_required("the start of the range. required"));
        assert!(!says_required(
            "not supported on events. <br>required for **delta** on **calendarview**."
        ));
        assert!(!says_required("the range's start."));
        assert!(says_collection(
            "a `200 OK` response code and a list of [shared](../resources/insights-shared.md) items"
        ));
        assert!(!says_collection(
            "a [listItem](../resources/listitem.md) object; the list of fields is in it"
        ));
    }

    #[test]
    fn statuses_in_prose() {
        assert_eq!(
            status_in_prose("returns a `201 Created` response code"),
            Some(201)
        );
        assert_eq!(status_in_prose("returns `204 No Content`"), Some(204));
        assert_eq!(status_in_prose("nothing"), None);
    }
}
