//! Every name the generator makes: Rust identifiers, type names, module names, operation
//! names. Casing and keyword escaping happen here and nowhere else.
//!
//! # Operation names
//!
//! An operation's function name (and its OpenAPI `operationId`) is `{verb}_{subject}`:
//!
//! - verb: GET → `list` when the response is a collection, else `get`; POST → `create` when the
//!   response is `201 Created` (and the collection's last word in the singular), else `post`;
//!   PATCH → `update`; PUT → `set`; DELETE → `delete`.
//! - subject: the path's segments in order, in snake_case. A collection segment followed by a
//!   key parameter reads as the parameter's noun (`{deviceManagementScriptId}` →
//!   `device_management_script`), or for a bare `{id}` as the collection name in the singular.
//!   `$ref`/`$value`/`$count` read as `ref`/`value`/`count`, a type cast `microsoft.graph.x` as
//!   `as_x`, a function call as its name plus `with_{argument}` for each named argument, a drive
//!   path `root:/{item-path}:` as `root_path`. A word that repeats the start of the word before
//!   it drops that repetition (`deviceManagement/deviceManagementScripts` → `device_management_scripts`).
//! - When paths that differ give the same name, each of them is named by the long form instead:
//!   every segment spelled out, parameters as `by_{param}`, nothing dropped. Only operations whose
//!   short names collide change, so a name changes only when a page with the same name appears.

use crate::request_line::{ArgValue, Method, Param, Segment};
use heck::{ToLowerCamelCase, ToPascalCase, ToSnakeCase};
use std::collections::{HashMap, HashSet};

/// Docs text folded to ASCII before casing: NFD (so names equal after NFC normalisation fold
/// alike), combining marks dropped (`é` → `e`), and every other non-ASCII character a word
/// break. Identifiers stay ASCII and stable; `²`, `½`, `①` or `٣` never reach one, though
/// heck and rustc would take some of them for identifier characters.
fn ascii_words(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    name.nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect()
}

/// A snake_case Rust identifier for a field, function or argument, escaped if a keyword.
pub fn field_ident(name: &str) -> String {
    escape_ident(snake_word(name))
}

/// The snake_case word of `name`, ASCII, never empty, never starting with a digit.
fn snake_word(name: &str) -> String {
    let snake = snake_case(&ascii_words(name));
    let snake = if snake.is_empty() {
        "value".to_string()
    } else {
        snake
    };
    if snake.starts_with(|c: char| c.is_ascii_digit()) {
        format!("n{snake}")
    } else {
        snake
    }
}

/// A PascalCase Rust type name.
pub fn type_ident(name: &str) -> String {
    let pascal = pascal_case(&ascii_words(name));
    let pascal = if pascal.starts_with(|c: char| c.is_ascii_digit()) || pascal.is_empty() {
        format!("N{pascal}")
    } else {
        pascal
    };
    escape_ident(pascal)
}

/// Names of the Rust prelude (and of the std items the generated code uses unqualified): a
/// generated type with one of these names would shadow it in its own module.
pub const PRELUDE: &[&str] = &[
    "AsMut",
    "AsRef",
    "Box",
    "Clone",
    "Copy",
    "Debug",
    "Default",
    "Drop",
    "Eq",
    "Err",
    "Extend",
    "Fn",
    "FnMut",
    "FnOnce",
    "From",
    "Hash",
    "Into",
    "IntoIterator",
    "Iterator",
    "None",
    "Ok",
    "Option",
    "Ord",
    "PartialEq",
    "PartialOrd",
    "Result",
    "Send",
    "Sized",
    "Some",
    "String",
    "Sync",
    "ToOwned",
    "ToString",
    "TryFrom",
    "TryInto",
    "Unpin",
    "Vec",
];

/// A Rust module name for a namespace below `microsoft.graph`: `microsoft.graph.callRecords` → `call_records`.
pub fn module_ident(namespace: &str) -> String {
    let rest = namespace
        .strip_prefix("microsoft.graph.")
        .unwrap_or(namespace);
    module_file_ident(rest)
}

/// A module name that is also its file's name: snake_case, never a raw identifier (a file
/// called `r#type.rs` is not found by `mod r#type;`), so keywords get a trailing `_`.
pub fn module_file_ident(name: &str) -> String {
    let ident = escape_ident(snake_word(name));
    match ident.strip_prefix("r#") {
        Some(keyword) => format!("{keyword}_"),
        None => ident,
    }
}

/// Unique names for keys, in the order given: the first key with a name keeps it, the next one
/// gets a trailing `_` (the suffix names had before this helper, kept so that generated names
/// do not change), later ones `{sep}2`, `{sep}3`, ... (the next free number for that name, so
/// the whole is O(n log n) however many names collide). `taken` names are never handed out.
/// A raw identifier that gets a suffix is no longer a keyword and drops its `r#`.
pub fn unique_names<K: Ord + Clone>(
    keys: impl IntoIterator<Item = (K, String)>,
    taken: &[&str],
    sep: &str,
) -> std::collections::BTreeMap<K, String> {
    use std::collections::{BTreeMap, BTreeSet};
    let mut used: BTreeSet<String> = taken.iter().map(|t| t.to_string()).collect();
    let mut next: BTreeMap<String, usize> = BTreeMap::new();
    let mut out = BTreeMap::new();
    for (key, name) in keys {
        if out.contains_key(&key) {
            continue;
        }
        let mut chosen = name.clone();
        if !used.insert(chosen.clone()) {
            chosen = format!("{}_", name.trim_start_matches("r#"));
        }
        if chosen != name && !used.insert(chosen.clone()) {
            let n = next.entry(name.clone()).or_insert(2);
            loop {
                chosen = format!("{}{sep}{n}", name.trim_start_matches("r#"));
                *n += 1;
                if used.insert(chosen.clone()) {
                    break;
                }
            }
        }
        out.insert(key, chosen);
    }
    out
}

/// A name as client generators tell names apart once they make identifiers of them: letters
/// and digits only, lowercase. `{id}` and `$id`, or `{group-id}` and `groupId`, are one name.
pub fn identifier_key(name: &str) -> String {
    // ASCII names (nearly all of them) skip Unicode's case mapping, which maps ASCII letters
    // as the ASCII one does.
    if name.is_ascii() {
        return name
            .bytes()
            .filter(u8::is_ascii_alphanumeric)
            .map(|b| char::from(b.to_ascii_lowercase()))
            .collect();
    }
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The Rust variant names of an enum's members, in order: each member's name as a type
/// identifier, made unique by [`unique_names`] (`Cafe`, `Cafe_`, then `Cafe2`: numbered without
/// a separator, since `Cafe_2` is not UpperCamelCase), never `Other`, the variant that carries
/// members added after generation. The Rust crate names its variants with it and the OpenAPI
/// document lists it as `x-enum-varnames`, so that other generators name them the same way.
pub fn enum_variant_idents(members: &[crate::ir::EnumMember]) -> Vec<String> {
    let mut idents = unique_names(
        members
            .iter()
            .enumerate()
            .map(|(i, m)| (i, type_ident(&m.name))),
        &["Other"],
        "",
    );
    (0..members.len())
        .map(|i| idents.remove(&i).unwrap_or_default())
        .collect()
}

fn escape_ident(ident: String) -> String {
    const STRICT: &[&str] = &["self", "Self", "super", "crate"];
    const KEYWORDS: &[&str] = &[
        "as", "async", "await", "break", "const", "continue", "dyn", "else", "enum", "extern",
        "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move",
        "mut", "pub", "ref", "return", "static", "struct", "trait", "true", "type", "unsafe",
        "use", "where", "while", "abstract", "become", "box", "do", "final", "macro", "override",
        "priv", "try", "typeof", "unsized", "virtual", "yield",
    ];
    if STRICT.contains(&ident.as_str()) {
        format!("{ident}_")
    } else if KEYWORDS.contains(&ident.as_str()) {
        format!("r#{ident}")
    } else {
        ident
    }
}

/// What the naming rule needs to know of an operation.
pub struct OperationShape<'a> {
    pub method: Method,
    pub segments: &'a [Segment],
    pub collection_response: bool,
    pub status: u16,
    /// The words of the API's paths, cased once ([`PathWords::of`]).
    pub words: &'a PathWords,
}

/// The snake_case forms of the words an API's paths are made of (literals, parameter names,
/// function names and argument names), each cased once: the paths of an API repeat a few
/// thousand words in tens of thousands of segments. A word not among them is cased on the spot.
#[derive(Debug, Default)]
pub struct PathWords(HashMap<String, String>);

impl PathWords {
    /// The words of every path given, cased on every thread.
    pub fn of<'a>(paths: impl IntoIterator<Item = &'a [Segment]>) -> PathWords {
        use rayon::prelude::*;
        let mut words: HashSet<&str> = HashSet::new();
        for segments in paths {
            for segment in segments {
                match segment {
                    Segment::Literal(literal) => {
                        words.insert(literal_source(literal).1);
                    }
                    Segment::Param(param) | Segment::ItemPath { param } => {
                        words.insert(&param.written);
                    }
                    Segment::Function { name, args } => {
                        words.insert(literal_source(name).1);
                        for arg in args {
                            words.extend(arg.name.as_deref());
                            if let ArgValue::Param(param) = &arg.value {
                                words.insert(&param.written);
                            }
                        }
                    }
                }
            }
        }
        PathWords(
            words
                .into_par_iter()
                .map(|word| (word.to_string(), snake_case(word)))
                .collect(),
        )
    }

    /// `word` in snake_case.
    fn snake(&self, word: &str) -> String {
        self.0
            .get(word)
            .cloned()
            .unwrap_or_else(|| snake_case(word))
    }
}

fn verb(shape: &OperationShape<'_>) -> &'static str {
    match shape.method {
        Method::Get if shape.collection_response => "list",
        Method::Get => "get",
        Method::Post if shape.status == 201 => "create",
        Method::Post => "post",
        Method::Patch => "update",
        Method::Put => "set",
        Method::Delete => "delete",
    }
}

/// The short name (see the module docs).
pub fn operation_name(shape: &OperationShape<'_>) -> String {
    let mut words: Vec<String> = Vec::new();
    let segments = shape.segments;
    let mut i = 0;
    while i < segments.len() {
        let next_param = match segments.get(i + 1) {
            Some(Segment::Param(p)) => Some(p),
            _ => None,
        };
        let word = match &segments[i] {
            Segment::Literal(literal) => {
                let word = literal_word(literal, shape.words);
                match next_param {
                    Some(param) => {
                        i += 1;
                        noun_of_key(param, shape.words).unwrap_or_else(|| singular(&word))
                    }
                    None => word,
                }
            }
            Segment::Param(param) => format!("by_{}", param_word(param, shape.words)),
            Segment::Function { name, args } => function_word(name, args, true, shape.words),
            Segment::ItemPath { .. } => "path".to_string(),
        };
        push_compressed(&mut words, word);
        i += 1;
    }
    // `create` makes one item of the collection the path names.
    if verb(shape) == "create"
        && matches!(segments.last(), Some(Segment::Literal(l)) if !l.starts_with('$'))
        && let Some(last) = words.last_mut()
    {
        *last = singular(last);
    }
    join(verb(shape), &words)
}

/// The long form used when short names collide.
pub fn operation_long_name(shape: &OperationShape<'_>) -> String {
    let words: Vec<String> = shape
        .segments
        .iter()
        .map(|segment| match segment {
            Segment::Literal(literal) => literal_word(literal, shape.words),
            Segment::Param(param) => format!("by_{}", param_word(param, shape.words)),
            Segment::Function { name, args } => function_word(name, args, false, shape.words),
            Segment::ItemPath { param } => format!("path_{}", param_word(param, shape.words)),
        })
        .collect();
    join(verb(shape), &words)
}

/// `verb_word_word`, as one snake_case identifier whatever the words held.
fn join(verb: &str, words: &[String]) -> String {
    let mut name = verb.to_string();
    for w in words.iter().filter(|w| !w.is_empty()) {
        name.push('_');
        name.push_str(w);
    }
    snake_case(&name.replace(|c: char| !c.is_ascii_alphanumeric() && c != '_', "_"))
}

/// heck's snake_case of `text`.
fn snake_case(text: &str) -> String {
    plain_case(text, Case::Snake).unwrap_or_else(|| text.to_snake_case())
}

/// heck's PascalCase of `text`.
pub fn pascal_case(text: &str) -> String {
    plain_case(text, Case::Pascal).unwrap_or_else(|| text.to_pascal_case())
}

/// The casings [`plain_case`] writes.
#[derive(Clone, Copy)]
enum Case {
    Snake,
    Pascal,
}

/// `text` in `case`, for an ASCII text in which no uppercase letter follows another or a digit
/// (nearly every name in the docs); `None` for any other text. heck writes every character
/// through `core::fmt`, about 6,000 instructions a name. For such a text its rules come down to
/// this: a word ends at each character that is not a letter or a digit and before each
/// uppercase letter that follows a lowercase one; the words are lowercased, and then each one's
/// first letter is uppercased (PascalCase) or they are joined by `_` (snake_case).
fn plain_case(text: &str, case: Case) -> Option<String> {
    let mut cased = String::with_capacity(text.len() + 8);
    let mut previous = b' ';
    for &byte in text.as_bytes() {
        if !byte.is_ascii_alphanumeric() {
            if !byte.is_ascii() {
                return None;
            }
            previous = b' ';
            continue;
        }
        if byte.is_ascii_uppercase() && (previous.is_ascii_uppercase() || previous.is_ascii_digit())
        {
            return None;
        }
        let starts_word = !previous.is_ascii_alphanumeric()
            || (byte.is_ascii_uppercase() && previous.is_ascii_lowercase());
        if starts_word && matches!(case, Case::Snake) && !cased.is_empty() {
            cased.push('_');
        }
        cased.push(char::from(match case {
            Case::Pascal if starts_word => byte.to_ascii_uppercase(),
            _ => byte.to_ascii_lowercase(),
        }));
        previous = byte;
    }
    Some(cased)
}

fn push_compressed(words: &mut Vec<String>, word: String) {
    if let Some(last) = words.last()
        && let Some(rest) = word
            .strip_prefix(last.as_str())
            .and_then(|r| r.strip_prefix('_'))
    {
        let rest = rest.to_string();
        words.push(rest);
        return;
    }
    words.push(word);
}

/// The word a literal segment is read as, before casing, and what goes before it: `$ref` is
/// `ref`, a type cast `microsoft.graph.x` is `as_` `x`, `root:` is `root`.
fn literal_source(literal: &str) -> (&'static str, &str) {
    if let Some(system) = literal.strip_prefix('$') {
        return ("", system);
    }
    if literal.contains('.') {
        return ("as_", literal.rsplit('.').next().unwrap_or(literal));
    }
    ("", literal.trim_end_matches(':'))
}

fn literal_word(literal: &str, words: &PathWords) -> String {
    let (prefix, word) = literal_source(literal);
    format!("{prefix}{}", words.snake(word))
}

fn param_word(param: &Param, words: &PathWords) -> String {
    words.snake(&param.written)
}

/// `{deviceManagementScriptId}` → `device_management_script`; `{id}` → None.
fn noun_of_key(param: &Param, words: &PathWords) -> Option<String> {
    let word = param_word(param, words);
    let noun = word
        .strip_suffix("_id")
        .or_else(|| word.strip_suffix("_key"))?;
    (!noun.is_empty()).then(|| noun.to_string())
}

fn function_word(
    name: &str,
    args: &[crate::request_line::FunctionArg],
    short: bool,
    words: &PathWords,
) -> String {
    let mut word = literal_word(name, words);
    let named: Vec<String> = args
        .iter()
        .filter_map(|a| a.name.as_deref())
        .map(|n| words.snake(n))
        .collect();
    if named.is_empty() {
        // A key in parentheses, `users('{id}')`: read like `users/{id}`.
        if let Some(ArgValue::Param(param)) = args.first().map(|a| &a.value) {
            return if short {
                noun_of_key(param, words).unwrap_or_else(|| singular(&word))
            } else {
                format!("{word}_by_{}", param_word(param, words))
            };
        }
        return word;
    }
    word.push_str("_with_");
    word.push_str(&named.join("_and_"));
    word
}

/// The singular of an English plural noun in snake_case, by its ending; other words unchanged.
pub fn singular(word: &str) -> String {
    let (head, last) = match word.rsplit_once('_') {
        Some((h, l)) => (Some(h), l),
        None => (None, word),
    };
    let last = if let Some(stem) = last.strip_suffix("ies").filter(|s| s.len() > 1) {
        format!("{stem}y")
    } else if let Some(stem) = last.strip_suffix("sses") {
        format!("{stem}ss")
    } else if let Some(stem) = last
        .strip_suffix("ches")
        .or_else(|| last.strip_suffix("shes"))
    {
        format!("{stem}{}", &last[stem.len()..stem.len() + 2])
    } else if let Some(stem) = last
        .strip_suffix('s')
        .filter(|s| !s.ends_with('s') && !s.ends_with('u') && s.len() > 1)
    {
        stem.to_string()
    } else {
        last.to_string()
    };
    match head {
        Some(h) => format!("{h}_{last}"),
        None => last,
    }
}

/// A path parameter name as it appears in the OpenAPI template: the first alternative, in
/// lowerCamelCase unless it is already a plain identifier.
pub fn path_param_name(param: &Param) -> String {
    let written = param.written.trim();
    if !written.is_empty()
        && written
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        written.to_string()
    } else {
        let camel = written.to_lower_camel_case();
        if camel.is_empty() {
            "id".to_string()
        } else {
            camel
        }
    }
}

/// The name of a path parameter that repeats another name in the same path: the singular of
/// the segment before it, plus `-id`.
pub fn renamed_path_param(previous_literal: Option<&str>) -> String {
    let noun = previous_literal
        .map(|l| singular(&literal_word(l, &PathWords::default())))
        .unwrap_or_else(|| "item".to_string());
    format!("{}-id", noun.replace('_', "-"))
}

/// A short, stable tag for a string (FNV-1a), for the last-resort disambiguation of names.
pub fn stable_tag(text: &str) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in text.bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    format!("{:06x}", hash & 0x00ff_ffff)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The casing without heck is heck's: every text of up to 6 characters over two lowercase
    /// letters, a digit, an uppercase letter, an underscore, a space and a non-ASCII letter.
    #[test]
    fn snake_and_pascal_case_are_hecks() {
        let alphabet = ['a', 'b', '1', 'B', '_', ' ', '\u{e9}'];
        let mut texts = vec![String::new()];
        let mut frontier = vec![String::new()];
        for _ in 0..6 {
            frontier = frontier
                .iter()
                .flat_map(|t| alphabet.iter().map(move |c| format!("{t}{c}")))
                .collect();
            texts.extend(frontier.iter().cloned());
        }
        let mut plain = 0;
        for text in &texts {
            assert_eq!(snake_case(text), text.to_snake_case(), "{text:?}");
            assert_eq!(pascal_case(text), text.to_pascal_case(), "{text:?}");
            plain += usize::from(plain_case(text, Case::Snake).is_some());
        }
        // About a third of the texts (43,601) take the way without heck, so the comparison
        // covers it.
        assert!(plain * 4 > texts.len(), "{plain} of {}", texts.len());
        assert_eq!(snake_case("list_users_2fa"), "list_users_2fa");
        assert_eq!(pascal_case("list_users_2fa"), "ListUsers2fa");
        assert_eq!(snake_case("educationClass"), "education_class");
        assert_eq!(pascal_case("educationClass"), "EducationClass");
    }

    /// The ASCII shortcut gives what Unicode's rules give: every ASCII character alone and
    /// between letters, and names that mix both kinds.
    #[test]
    fn identifier_keys_of_ascii_names_follow_unicode() {
        let by_unicode = |name: &str| -> String {
            name.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect()
        };
        for byte in 0..128u8 {
            let c = char::from(byte);
            for name in [c.to_string(), format!("aB{c}Zy9")] {
                assert_eq!(identifier_key(&name), by_unicode(&name), "{name:?}");
            }
        }
        for name in ["group-Id", "$ID", "Ünïcode_Name", "ΣΑΣ-id", "x\u{0130}y"] {
            assert_eq!(identifier_key(name), by_unicode(name), "{name:?}");
        }
        assert_eq!(identifier_key("{Group-ID}"), "groupid");
    }

    fn lit(s: &str) -> Segment {
        Segment::Literal(s.to_string())
    }
    fn param(s: &str) -> Segment {
        Segment::Param(Param {
            written: s.to_string(),
            alternatives: Vec::new(),
        })
    }

    fn name(
        method: Method,
        segments: &[Segment],
        collection: bool,
        status: u16,
    ) -> (String, String) {
        // Cased on the spot and cased ahead: the same names.
        let cased = PathWords::of([segments]);
        let names = |words: &PathWords| {
            let shape = OperationShape {
                method,
                segments,
                collection_response: collection,
                status,
                words,
            };
            (operation_name(&shape), operation_long_name(&shape))
        };
        let fresh = names(&PathWords::default());
        assert_eq!(names(&cased), fresh);
        fresh
    }

    #[test]
    fn operation_names() {
        let list = name(
            Method::Get,
            &[lit("deviceManagement"), lit("deviceManagementScripts")],
            true,
            200,
        );
        assert_eq!(list.0, "list_device_management_scripts");
        let get = name(
            Method::Get,
            &[
                lit("deviceManagement"),
                lit("deviceManagementScripts"),
                param("deviceManagementScriptId"),
            ],
            false,
            200,
        );
        assert_eq!(get.0, "get_device_management_script");
        assert_eq!(
            get.1,
            "get_device_management_device_management_scripts_by_device_management_script_id"
        );
        let owners = name(
            Method::Post,
            &[lit("groups"), param("id"), lit("owners"), lit("$ref")],
            false,
            204,
        );
        assert_eq!(owners.0, "post_group_owners_ref");
        let cast = name(
            Method::Get,
            &[lit("users"), param("id"), lit("microsoft.graph.user")],
            false,
            200,
        );
        assert_eq!(cast.0, "get_user_as_user");
    }

    #[test]
    fn identifiers() {
        assert_eq!(field_ident("@odata.type"), "odata_type");
        assert_eq!(field_ident("type"), "r#type");
        assert_eq!(field_ident("self"), "self_");
        assert_eq!(field_ident("errorDeviceCount"), "error_device_count");
        assert_eq!(
            type_ident("deviceManagementScriptRunSummary"),
            "DeviceManagementScriptRunSummary"
        );
        assert_eq!(module_ident("microsoft.graph.callRecords"), "call_records");
        assert_eq!(module_ident("microsoft.graph.type"), "type_");
        assert_eq!(field_ident("caf\u{e9}"), field_ident("cafe\u{301}"));
        assert_eq!(field_ident("x\u{b2}\u{bd}\u{2460}\u{663}"), "x");
        assert_eq!(type_ident("a\"]b"), "AB");
        assert_eq!(field_ident("\u{663}"), "value");
    }

    #[test]
    fn unique() {
        let names = unique_names(
            [
                ("a", "x".to_string()),
                ("b", "x".to_string()),
                ("c", "x_2".to_string()),
                ("d", "x".to_string()),
            ],
            &[],
            "_",
        );
        assert_eq!(names["a"], "x");
        assert_eq!(names["b"], "x_");
        assert_eq!(names["c"], "x_2");
        assert_eq!(names["d"], "x_3");
        let names = unique_names(
            [
                (1, "r#type".to_string()),
                (2, "r#type".to_string()),
                (3, "Other".to_string()),
            ],
            &["Other"],
            "",
        );
        assert_eq!(names[&1], "r#type");
        assert_eq!(names[&2], "type_");
        assert_eq!(names[&3], "Other_");
    }

    #[test]
    fn singulars() {
        assert_eq!(singular("policies"), "policy");
        assert_eq!(singular("mail_folders"), "mail_folder");
        assert_eq!(singular("addresses"), "address");
        assert_eq!(singular("status"), "status");
        assert_eq!(singular("branches"), "branch");
    }
}
