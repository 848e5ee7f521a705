//! Request lines of `HTTP request` blocks: `GET /users/{id}/messages?$top=5`, with every way the
//! docs write paths (full URLs, missing leading slashes, `{a | b}` alternatives, OData keys and
//! function calls, drive paths `root:/{item-path}:`), header lines, and lines that are neither.

use crate::literal::{self, literal};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Method {
    Get,
    Post,
    Patch,
    Put,
    Delete,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Patch => "PATCH",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
        }
    }

    fn parse(word: &str) -> Option<Method> {
        [
            Method::Get,
            Method::Post,
            Method::Patch,
            Method::Put,
            Method::Delete,
        ]
        .into_iter()
        .find(|m| m.as_str().eq_ignore_ascii_case(word))
    }
}

/// One piece of a path template.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Segment {
    /// A fixed segment: `users`, `$ref`, a type cast `microsoft.graph.user`.
    Literal(String),
    /// A whole segment that is a parameter: `{id}`, `{id | userPrincipalName}`.
    Param(Param),
    /// `name(arg=value, ...)`: a function call, or an OData key `users('{id}')`.
    Function {
        name: String,
        args: Vec<FunctionArg>,
    },
    /// The path between colons after a drive item: `root:/{item-path}:`.
    ItemPath { param: Param },
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Param {
    /// The name as written inside the braces (its first alternative).
    pub written: String,
    /// Other alternatives after `|`.
    pub alternatives: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FunctionArg {
    pub name: Option<String>,
    pub value: ArgValue,
    /// The value is written in quotes (`period='{period}'`): a string.
    pub quoted: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ArgValue {
    Param(Param),
    Literal(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestLine {
    pub method: Method,
    pub segments: Vec<Segment>,
    /// The query string written in the line, without `?`.
    pub query: Option<String>,
    /// The API version when the line carries a full URL (`v1.0`, `beta`).
    pub version: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    Request(RequestLine),
    /// `Name: value`
    Header {
        name: String,
        value: String,
    },
    /// Blank, or a comment.
    Blank,
    /// Neither a request nor a header: `reason` says why.
    Invalid {
        reason: String,
    },
}

pub fn parse_line(line: &str) -> Line {
    let text = line.trim();
    if text.is_empty() || text.starts_with("//") || text.starts_with('#') {
        return Line::Blank;
    }
    // Reading a line costs more than its length (alternatives are rewritten in place): past
    // the limit it is not read at all.
    if text.len() > crate::limits::MAX_LINE_LEN {
        return Line::Invalid {
            reason: format!("longer than {} bytes", crate::limits::MAX_LINE_LEN),
        };
    }
    let (first, rest) = match text.split_once(char::is_whitespace) {
        Some((first, rest)) => (first, rest.trim()),
        None => (text, ""),
    };
    // `DELETE/identity/...`: a method written against its path.
    let (first, rest) = match first.split_once('/') {
        Some((method, _)) if Method::parse(method).is_some() => {
            (method, text[method.len()..].trim())
        }
        _ => (first, rest),
    };
    let Some(method) = Method::parse(first) else {
        if let Some((name, value)) = text.split_once(':') {
            let name = name.trim();
            if !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                return Line::Header {
                    name: name.to_string(),
                    value: value.trim().to_string(),
                };
            }
        }
        return Line::Invalid {
            reason: format!("`{first}` is not an HTTP method"),
        };
    };
    let rest = alternatives_inside_braces(rest);
    let target = first_token(&rest);
    if target.is_empty() {
        return Line::Invalid {
            reason: format!("method {} is followed by no path", method.as_str()),
        };
    }
    if literal::contains(target, literal!("**"))
        || !target.contains(['/', '{', '('])
            && !target.chars().next().is_some_and(char::is_alphabetic)
    {
        return Line::Invalid {
            reason: format!("`{target}` is not a path"),
        };
    }
    let (version, path) = strip_service_root(target);
    // `~/onPremisesPublishingProfiles/...`: `~` stands for the service root.
    let path = path.strip_prefix('~').unwrap_or(path);
    let (path, query) = match split_outside(path, b'?').as_slice() {
        [path] => (*path, None),
        [path, query @ ..] => (*path, Some(query.join("?"))),
        [] => (path, None),
    };
    match segments(path) {
        Ok(segments) if !segments.is_empty() => Line::Request(RequestLine {
            method,
            segments,
            query,
            version,
        }),
        Ok(_) => Line::Invalid {
            reason: format!("method {} is followed by no path", method.as_str()),
        },
        Err(reason) => Line::Invalid { reason },
    }
}

/// `/users/{user-id} | user-principal-name/chats` → `/users/{user-id | user-principal-name}/chats`:
/// an alternative some pages write after the closing brace.
fn alternatives_inside_braces(text: &str) -> String {
    let mut out = text.to_string();
    while let Some(close) =
        literal::find(&out, literal!("} |")).or_else(|| literal::find(&out, literal!("}|")))
    {
        let after_bar = &out[close + 1..];
        let bar = after_bar.find('|').map_or(0, |i| i + 1);
        let alternative_and_rest = &after_bar[bar..];
        let end = alternative_and_rest
            .find('/')
            .unwrap_or(alternative_and_rest.len());
        let alternative = alternative_and_rest[..end].trim();
        if alternative.is_empty() || alternative.contains(['{', '}', ' ']) {
            break;
        }
        out = format!(
            "{} | {alternative}}}{}",
            &out[..close],
            &alternative_and_rest[end..]
        );
    }
    out
}

/// The path: everything up to the first whitespace outside braces, parentheses and quotes.
fn first_token(text: &str) -> &str {
    let mut depth = 0i32;
    let mut quoted = false;
    for (i, c) in text.char_indices() {
        match c {
            '\'' => quoted = !quoted,
            '{' | '(' if !quoted => depth += 1,
            '}' | ')' if !quoted => depth -= 1,
            c if c.is_whitespace() && depth <= 0 && !quoted => return &text[..i],
            _ => {}
        }
    }
    text
}

/// `https://graph.microsoft.com/beta/me` → (Some("beta"), "/me"). Also `{version}`.
fn strip_service_root(target: &str) -> (Option<String>, &str) {
    // Only a host before the path counts: `$ref?$id=https://graph.microsoft.com/...` names one
    // in its query.
    let before_query = target.split('?').next().unwrap_or(target);
    if !literal::contains(before_query, literal!("graph.microsoft.com")) {
        return (None, target);
    }
    let Some(rest) = literal::split_once(target, literal!("graph.microsoft.com")).map(|(_, r)| r)
    else {
        return (None, target);
    };
    let rest = rest.trim_start_matches('/');
    let (version, path) = rest.split_once('/').unwrap_or((rest, ""));
    match version {
        "v1.0" | "beta" => (Some(version.to_string()), path),
        v if v.starts_with('{') => (None, path),
        _ => (None, rest),
    }
}

/// Splits on `sep` (ASCII) outside braces, parentheses and quotes. Read byte by byte: every
/// byte it looks for is ASCII, and no byte of a multi-byte character is.
fn split_outside(text: &str, sep: u8) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut quoted = false;
    let mut start = 0;
    for (i, &b) in text.as_bytes().iter().enumerate() {
        match b {
            b'\'' => quoted = !quoted,
            b'{' | b'(' if !quoted => depth += 1,
            b'}' | b')' if !quoted => depth -= 1,
            b if b == sep && depth <= 0 && !quoted => {
                parts.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

fn segments(path: &str) -> Result<Vec<Segment>, String> {
    let raw: Vec<&str> = split_outside(path, b'/')
        .into_iter()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if raw.contains(&"...") {
        return Err("the path elides segments with `...` (any depth of nesting), which no single operation can take".to_string());
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < raw.len() {
        let part = raw[i];
        // `root:` or `{item-id}:` opens a drive path that runs to the next segment ending in `:`.
        if let Some(head) = part
            .strip_suffix(':')
            .filter(|h| !h.is_empty() && !h.contains(':'))
        {
            out.push(segment(head)?);
            let mut inner = Vec::new();
            i += 1;
            while i < raw.len() {
                let piece = raw[i];
                i += 1;
                match piece.strip_suffix(':') {
                    Some(last) => {
                        inner.push(last);
                        break;
                    }
                    None => inner.push(piece),
                }
            }
            out.push(Segment::ItemPath {
                param: item_path_param(&inner),
            });
            continue;
        }
        out.push(segment(part)?);
        i += 1;
    }
    Ok(out)
}

/// The parameter of a drive path's inner part: `{item-path}`, or the names of several joined.
fn item_path_param(inner: &[&str]) -> Param {
    let names: Vec<String> = inner
        .iter()
        .map(|p| p.trim_matches(|c| c == '{' || c == '}').to_string())
        .filter(|n| !n.is_empty())
        .collect();
    let written = if names.is_empty() {
        "item-path".to_string()
    } else {
        names.join("-").replace(['/', '.', ' '], "-")
    };
    Param {
        written,
        alternatives: Vec::new(),
    }
}

/// The name inside a placeholder: `{id}`, or `<resourceId>` as some lines write it.
fn placeholder(text: &str) -> Option<&str> {
    let inner = text.strip_prefix('{').and_then(|t| t.strip_suffix('}'));
    inner.or_else(|| text.strip_prefix('<').and_then(|t| t.strip_suffix('>')))
}

fn segment(part: &str) -> Result<Segment, String> {
    // `recoveryKeys/'{id}'`: a placeholder in the quotes of a string key.
    if let Some(inner) = placeholder(part).or_else(|| {
        part.strip_prefix('\'')
            .and_then(|p| p.strip_suffix('\''))
            .and_then(placeholder)
    }) {
        return Ok(Segment::Param(param(inner)));
    }
    // `/teams/(team-id)/channels`: a parameter written in parentheses, with no function name.
    let bare_name = |inner: &&str| {
        !inner.is_empty()
            && inner
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    };
    if let Some(inner) = part
        .strip_prefix('(')
        .and_then(|p| p.strip_suffix(')'))
        .filter(bare_name)
    {
        return Ok(Segment::Param(param(inner)));
    }
    if let Some(open) = part.find('(') {
        let name = &part[..open];
        let inner = part[open + 1..]
            .strip_suffix(')')
            .ok_or_else(|| format!("`{part}` opens a parenthesis it does not close"))?;
        let args = split_outside(inner, b',')
            .into_iter()
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(|arg| {
                let (name, value) = match arg.split_once('=') {
                    Some((n, v)) => (Some(n.trim().to_string()), v.trim()),
                    None => (None, arg),
                };
                let quoted = value.starts_with(['\'', '"']);
                // In a request line every argument is the caller's: a named argument written as
                // a sample value (`on='parameterValue'`, `startDateTime=startDateTime-value`)
                // is a parameter named after the argument.
                let value = match (arg_value(value), &name) {
                    (ArgValue::Literal(_), Some(n)) => ArgValue::Param(Param {
                        written: n.clone(),
                        alternatives: Vec::new(),
                    }),
                    (value, _) => value,
                };
                FunctionArg {
                    name,
                    value,
                    quoted,
                }
            })
            .collect();
        return Ok(Segment::Function {
            name: name.to_string(),
            args,
        });
    }
    if part.contains(['{', '}']) {
        return Err(format!("`{part}` mixes a parameter with other text"));
    }
    Ok(Segment::Literal(part.to_string()))
}

fn arg_value(value: &str) -> ArgValue {
    let unquoted = value.trim_matches(|c| c == '\'' || c == '"');
    match placeholder(unquoted) {
        Some(inner) => ArgValue::Param(param(inner)),
        None => ArgValue::Literal(value.to_string()),
    }
}

fn param(inner: &str) -> Param {
    let mut names = inner
        .split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string);
    let written = names.next().unwrap_or_else(|| "id".to_string());
    Param {
        written,
        alternatives: names.collect(),
    }
}

impl RequestLine {
    /// The path as the docs write it: `/users/{id}/drive/root:/{item-path}:/content`.
    pub fn template(&self) -> String {
        let mut out = String::new();
        for segment in &self.segments {
            match segment {
                Segment::Literal(l) => {
                    out.push('/');
                    out.push_str(l);
                }
                Segment::Param(p) => out.push_str(&format!("/{{{}}}", p.written)),
                Segment::Function { name, args } => {
                    let args: Vec<String> = args
                        .iter()
                        .map(|a| {
                            let quote = if a.quoted { "'" } else { "" };
                            let value = match &a.value {
                                ArgValue::Param(p) => format!("{quote}{{{}}}{quote}", p.written),
                                ArgValue::Literal(l) => l.clone(),
                            };
                            match &a.name {
                                Some(n) => format!("{n}={value}"),
                                None => value,
                            }
                        })
                        .collect();
                    out.push_str(&format!("/{name}({})", args.join(",")));
                }
                Segment::ItemPath { param } => out.push_str(&format!(":/{{{}}}:", param.written)),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_outside_brackets_and_quotes_between_any_characters() {
        assert_eq!(
            split_outside("/é/f(a='x/y',b={ü/v})/'q/r'/ü", b'/'),
            ["", "é", "f(a='x/y',b={ü/v})", "'q/r'", "ü"]
        );
        assert_eq!(split_outside("a='ä,b',c", b','), ["a='ä,b'", "c"]);
    }

    fn request(line: &str) -> RequestLine {
        match parse_line(line) {
            Line::Request(r) => r,
            other => panic!("{line}: {other:?}"),
        }
    }

    fn check(line: &str, template: &str) {
        assert_eq!(request(line).template(), template, "{line}");
    }

    #[test]
    fn path_spellings() {
        check("GET /users/{id}/messages", "/users/{id}/messages");
        check("get users/{user-id}", "/users/{user-id}");
        check(
            "GET https://graph.microsoft.com/beta/me/events",
            "/me/events",
        );
        check("GET https://graph.microsoft.com/{version}/me", "/me");
        check(
            "GET /users/{id | userPrincipalName}/photo/$value",
            "/users/{id}/photo/$value",
        );
        check(
            "GET /groups/{id}/members/$count",
            "/groups/{id}/members/$count",
        );
        check(
            "GET /users/{id}/microsoft.graph.user",
            "/users/{id}/microsoft.graph.user",
        );
        check(
            "GET /me/drive/root:/{item-path}:/content",
            "/me/drive/root:/{item-path}:/content",
        );
        check(
            "PUT /drives/{drive-id}/items/{parent-id}:/{filename}:/content",
            "/drives/{drive-id}/items/{parent-id}:/{filename}:/content",
        );
        check(
            "GET /reports/getEmailActivityUserDetail(period='{period_value}')",
            "/reports/getEmailActivityUserDetail(period='{period_value}')",
        );
        check(
            "GET /me/calendar/calendarView(startDateTime=a,endDateTime=b)",
            "/me/calendar/calendarView(startDateTime={startDateTime},endDateTime={endDateTime})",
        );
        check(
            "GET /x/filterByCurrentUser(on='parameterValue')",
            "/x/filterByCurrentUser(on='{on}')",
        );
        check("GET /users('{id}')", "/users('{id}')");
        check("GET /me/events/delta()", "/me/events/delta()");
        check(
            "GET ~/onPremisesPublishingProfiles/{publishingType}/agents",
            "/onPremisesPublishingProfiles/{publishingType}/agents",
        );
        check(
            "GET /users/{user-id} | user-principal-name/chats/{chat-id}",
            "/users/{user-id}/chats/{chat-id}",
        );
        check(
            "DELETE /groups/{id}/rejectedSenders/$ref?$id=https://graph.microsoft.com/v1.0/users/{user-id}",
            "/groups/{id}/rejectedSenders/$ref",
        );
    }

    #[test]
    fn placeholders_in_other_brackets() {
        check(
            "GET /privilegedAccess/azureResources/resources/<resourceId>/roleSettings",
            "/privilegedAccess/azureResources/resources/{resourceId}/roleSettings",
        );
        check(
            "GET /x/range/format/borders(<sideIndex>)",
            "/x/range/format/borders({sideIndex})",
        );
        check(
            "PATCH /teams/(team-id)/channels/{channel-id}",
            "/teams/{team-id}/channels/{channel-id}",
        );
        check(
            "GET /informationProtection/bitlocker/recoveryKeys/'{keyId}'",
            "/informationProtection/bitlocker/recoveryKeys/{keyId}",
        );
        check(
            "DELETE/identity/b2xUserFlows/{id}/$ref",
            "/identity/b2xUserFlows/{id}/$ref",
        );
        // A function's own parentheses are not a parameter.
        check(
            "POST /h/{definition-id}/generateDownloadUri()",
            "/h/{definition-id}/generateDownloadUri()",
        );
    }

    #[test]
    fn query_and_version() {
        let r = request(
            "GET https://graph.microsoft.com/v1.0/users?$filter=startswith(displayName,'a b')&$top=5",
        );
        assert_eq!(r.version.as_deref(), Some("v1.0"));
        assert_eq!(
            r.query.as_deref(),
            Some("$filter=startswith(displayName,'a b')&$top=5")
        );
        assert_eq!(r.template(), "/users");
        let alternatives = request("GET /users/{id | userPrincipalName}");
        assert_eq!(
            alternatives.segments[1],
            Segment::Param(Param {
                written: "id".into(),
                alternatives: vec!["userPrincipalName".into()]
            })
        );
    }

    #[test]
    fn other_lines() {
        assert_eq!(parse_line("   "), Line::Blank);
        assert_eq!(
            parse_line("workbook-session-id: {session-id}"),
            Line::Header {
                name: "workbook-session-id".into(),
                value: "{session-id}".into()
            }
        );
        assert!(matches!(
            parse_line("GET ** Collection URI not found"),
            Line::Invalid { .. }
        ));
        assert!(matches!(parse_line("GET"), Line::Invalid { .. }));
        assert!(matches!(parse_line("FETCH /me"), Line::Invalid { .. }));
        assert!(matches!(parse_line("GET /a(b"), Line::Invalid { .. }));
        assert!(matches!(
            parse_line("GET /me/mailFolders/{id}/childFolders/{id}/.../messages"),
            Line::Invalid { .. }
        ));
    }
}
