//! The structural guarantee of issue 9: whatever text a page holds, the generated crate's items
//! (structs, fields, enums, variants, functions, cargo features) are exactly those the IR
//! declares, every Rust file parses, and no character rustc or a YAML reader rejects is written
//! raw. Random and adversarial strings go into every slot of a small page set: names,
//! descriptions, enum members, file names, the namespace, areas, path segments and example
//! values.

use docgen::render::escape::unsafe_char;
use docgen::source::SourceFile;
use proptest::prelude::*;
use std::collections::BTreeSet;
use std::sync::Arc;

/// Pieces that broke the output before (quotes closing literals, line breaks ending comments,
/// bidi controls, keywords, prelude names, non-ASCII digits, NFC-equal spellings, the crate's
/// own feature names), and random text.
fn piece() -> impl Strategy<Value = String> {
    let fixed: Vec<&'static str> = vec![
        "\"",
        "\\",
        "\n",
        "\r",
        "\r\n",
        "\u{2028}",
        "\u{202e}",
        "\u{2066}",
        "\u{200f}",
        "\u{61c}",
        "\u{85}",
        "\u{9b}",
        "\u{7}",
        "\u{1b}",
        "\u{fffe}",
        "\u{feff}",
        "\"]",
        ")]",
        "*/",
        "/*",
        "#",
        "\"#",
        "{",
        "}",
        "|",
        "`",
        "<",
        "[",
        "]",
        "'",
        ":",
        "type",
        "self",
        "Self",
        "crate",
        "mod",
        "box",
        "Option",
        "String",
        "Vec",
        "Box",
        "Result",
        "Default",
        "Some",
        "None",
        "Ok",
        "Err",
        "²",
        "½",
        "①",
        "٣",
        "é",
        "e\u{301}",
        "",
        " ",
        "client",
        "default",
        "full",
        "shared",
        "core",
        "serde",
        "1",
        "-1",
        "NaN",
        "1e999",
        "4294967296",
        "$select=a,b",
        "pub fn x() {}",
        "\"] pub fn injected() {} #[cfg(feature = \"",
    ];
    prop_oneof![
        3 => proptest::sample::select(fixed).prop_map(str::to_string),
        2 => "[a-zA-Z][a-zA-Z0-9]{0,6}",
        1 => any::<String>().prop_map(|s| s.chars().take(6).collect()),
    ]
}

/// A slot's text: a plausible word with hostile pieces around or inside it.
fn slot() -> impl Strategy<Value = String> {
    let mixed = (
        "[a-z][a-zA-Z]{1,6}",
        proptest::collection::vec(piece(), 0..3),
        any::<bool>(),
    )
        .prop_map(|(word, pieces, front)| {
            let hostile: String = pieces.concat();
            if front {
                format!("{hostile}{word}")
            } else {
                format!("{word}{hostile}")
            }
        });
    // A piece alone, too: a keyword or a reserved feature name is hostile only when it is the
    // whole name.
    prop_oneof![3 => mixed, 1 => piece()]
}

#[derive(Debug, Clone)]
struct Slots {
    namespace: String,
    type_name: String,
    description: String,
    property: String,
    property2: String,
    enum_name: String,
    member: String,
    member2: String,
    area: String,
    area2: String,
    file: String,
    file2: String,
    segment: String,
    example: String,
}

fn slots() -> impl Strategy<Value = Slots> {
    (
        (slot(), slot(), slot(), slot(), slot(), slot(), slot()),
        (slot(), slot(), slot(), slot(), slot(), slot(), slot()),
    )
        .prop_map(
            |(
                (namespace, type_name, description, property, property2, enum_name, member),
                (member2, area, area2, file, file2, segment, example),
            )| {
                Slots {
                    namespace,
                    type_name,
                    description,
                    property,
                    property2,
                    enum_name,
                    member,
                    member2,
                    area,
                    area2,
                    file,
                    file2,
                    segment,
                    example,
                }
            },
        )
}

/// A resource page, an enum page and a GET page whose texts come from the slots.
fn pages(s: &Slots) -> Vec<Arc<SourceFile>> {
    let Slots {
        namespace: ns,
        type_name: ty,
        description: desc,
        property: p1,
        property2: p2,
        enum_name: en,
        ..
    } = s;
    let resource = format!(
        "---\ntitle: \"{ty} resource type\"\ndescription: \"{desc}\"\nms.prod: \"{area}\"\ndoc_type: resourcePageType\n---\n\n\
         # {ty} resource type\n\nNamespace: microsoft.graph.{ns}\n\n{desc}\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n\
         |id|String|Key. {desc}|\n|{p1}|String|{desc}|\n|{p2}|String|Not the {en}.|\n|count|Int32|A count.|\n\n\
         ## JSON Representation\n<!-- {{\n  \"blockType\": \"resource\",\n  \"keyProperty\": \"id\",\n  \"@odata.type\": \"microsoft.graph.{ns}.{ty}\"\n}}\n-->\n\
         ``` json\n{{\n  \"@odata.type\": \"#microsoft.graph.{ns}.{ty}\",\n  \"id\": \"String (identifier)\",\n  \"{p1}\": \"String\",\n  \"count\": 1024\n}}\n```\n",
        area = s.area,
    );
    let enum_page = format!(
        "---\ntitle: \"{en} enum type\"\ndescription: \"{desc}\"\nms.prod: \"{area}\"\ndoc_type: enumPageType\n---\n\n\
         # {en} enum type\n\nNamespace: microsoft.graph\n\n{desc}\n\n## Members\n|Member|Value|Description|\n|:---|:---|:---|\n\
         |{m1}|0|{desc}|\n|{m2}|1|The second.|\n|unknownFutureValue|2|Sentinel.|\n",
        area = s.area,
        m1 = s.member,
        m2 = s.member2,
    );
    let seg = &s.segment;
    let example = &s.example;
    let api = format!(
        "---\ntitle: \"Get {ty}\"\ndescription: \"{desc}\"\nms.prod: \"{area2}\"\ndoc_type: apiPageType\n---\n\n\
         # Get {ty}\n\nNamespace: microsoft.graph.{ns}\n\nRead a [{ty}](../resources/{file}.md). {desc}\n\n\
         ## HTTP request\n``` http\nGET /{seg}/{{id}}\nGET /{seg}/{{id}}/{p1}\n```\n\n\
         ## Optional query parameters\nThis method supports the `$select` OData query parameter.\n\n\
         ## Query parameters\n|Parameter|Type|Description|\n|:---|:---|:---|\n|count|Int32|{desc}|\n|ratio|Double|A ratio.|\n|small|Byte|A byte.|\n\n\
         ## Request body\nDo not supply a request body for this method.\n\n\
         ## Response\nIf successful, this method returns a `200 OK` response code and a [{ty}](../resources/{file}.md) object in the response body.\n\n\
         ## Example\n### Request\n``` http\nGET https://graph.microsoft.com/v1.0/{seg}/{example}?$select={example}&count={example}&ratio={example}&small={example}\n```\n\n\
         ### Response\n``` http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{{\n  \"id\": \"{example}\",\n  \"{p1}\": \"{example}\",\n  \"count\": {example}\n}}\n```\n",
        area2 = s.area2,
        file = s.file,
    );
    vec![
        Arc::new(SourceFile::new(
            format!("resources/{}.md", s.file),
            resource,
        )),
        Arc::new(SourceFile::new(
            format!("resources/{}-enum.md", s.file2),
            enum_page,
        )),
        Arc::new(SourceFile::new(format!("api/{}-get.md", s.file2), api)),
    ]
}

fn config() -> docgen::Config {
    docgen::Config {
        link: docgen::link::LinkConfig::default(),
        krate: docgen::render::rust::CrateConfig {
            crate_name: "hostile".into(),
            crate_version: "0.1.0".into(),
            description: "hostile".into(),
            docs_note: "hostile pages".into(),
            metadata: Default::default(),
        },
        title: "hostile".into(),
    }
}

/// The items a parsed file declares, as [`docgen::render::rust::declared`] names them; any
/// other kind of item is named too, so that it cannot go unnoticed.
fn items_of(file: &syn::File, out: &mut Vec<String>) {
    let name = |ident: &syn::Ident| ident.to_string().trim_start_matches("r#").to_string();
    for item in &file.items {
        match item {
            syn::Item::Struct(s) => {
                out.push(format!("struct {}", name(&s.ident)));
                for field in &s.fields {
                    match &field.ident {
                        Some(ident) => {
                            out.push(format!("field {}.{}", name(&s.ident), name(ident)))
                        }
                        None => out.push(format!("tuple field {}", name(&s.ident))),
                    }
                }
            }
            syn::Item::Enum(e) => {
                out.push(format!("enum {}", name(&e.ident)));
                out.extend(
                    e.variants
                        .iter()
                        .map(|v| format!("variant {}.{}", name(&e.ident), name(&v.ident))),
                );
            }
            syn::Item::Fn(f) => out.push(format!("fn {}", name(&f.sig.ident))),
            // Trait impls the templates write for each enum (`as_str`, `From<&str>`, serde).
            syn::Item::Impl(_) | syn::Item::Use(_) | syn::Item::Mod(_) => {}
            other => out.push(format!(
                "unexpected item {}",
                quote::ToTokens::to_token_stream(other)
            )),
        }
    }
}

/// Every `mod x;` of a file is declared once and has its file (`x.rs` or `x/mod.rs`) among the
/// generated ones: a raw keyword (`r#type.rs`) or two modules of one name would not build.
fn modules_resolve(
    path: &str,
    file: &syn::File,
    files: &std::collections::BTreeMap<String, String>,
) -> Result<(), TestCaseError> {
    let dir = path
        .strip_suffix("mod.rs")
        .or_else(|| path.strip_suffix("lib.rs"))
        .map(str::to_string);
    let mut seen = BTreeSet::new();
    for item in &file.items {
        let syn::Item::Mod(m) = item else { continue };
        let name = m.ident.to_string();
        prop_assert!(
            !name.starts_with("r#"),
            "{path}: module {name} is a raw identifier"
        );
        prop_assert!(
            seen.insert(name.clone()),
            "{path}: module {name} declared twice"
        );
        if m.content.is_none() {
            let Some(dir) = &dir else {
                return Err(TestCaseError::fail(format!(
                    "{path}: mod {name} outside a mod.rs"
                )));
            };
            let found = files.contains_key(&format!("{dir}{name}.rs"))
                || files.contains_key(&format!("{dir}{name}/mod.rs"));
            prop_assert!(found, "{path}: no file for mod {name}");
        }
    }
    Ok(())
}

/// Features that `cfg(feature = "...")` attributes of the file and its items name.
fn cfg_features_of(file: &syn::File, out: &mut BTreeSet<String>) {
    let attrs = file
        .attrs
        .iter()
        .chain(file.items.iter().flat_map(|item| match item {
            syn::Item::Struct(i) => i.attrs.as_slice(),
            syn::Item::Enum(i) => i.attrs.as_slice(),
            syn::Item::Fn(i) => i.attrs.as_slice(),
            syn::Item::Mod(i) => i.attrs.as_slice(),
            syn::Item::Use(i) => i.attrs.as_slice(),
            syn::Item::Impl(i) => i.attrs.as_slice(),
            _ => &[],
        }));
    for attr in attrs.filter(|a| a.path().is_ident("cfg")) {
        match attr.parse_args::<syn::MetaNameValue>() {
            Ok(meta) if meta.path.is_ident("feature") => match &meta.value {
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(s),
                    ..
                }) => {
                    out.insert(s.value());
                }
                other => {
                    out.insert(format!(
                        "unexpected {}",
                        quote::ToTokens::to_token_stream(other)
                    ));
                }
            },
            _ => {
                out.insert(format!(
                    "unexpected cfg {}",
                    quote::ToTokens::to_token_stream(&attr.meta)
                ));
            }
        }
    }
}

/// `[features]` keys of the generated Cargo.toml, each checked to be a bare key.
fn features_of(cargo_toml: &str) -> Vec<String> {
    let table: toml::Table = cargo_toml.parse().expect("Cargo.toml parses");
    let features = table
        .get("features")
        .and_then(|f| f.as_table())
        .cloned()
        .unwrap_or_default();
    features
        .keys()
        .filter(|k| !matches!(k.as_str(), "default" | "client"))
        .map(|k| format!("feature {k}"))
        .collect()
}

fn check(slots: &Slots) -> Result<(), TestCaseError> {
    let generated = match docgen::generate(&pages(slots), &config()) {
        Ok(generated) => generated,
        Err(e) => return Err(TestCaseError::fail(format!("render error: {e}"))),
    };
    let mut items = Vec::new();
    let mut cfg_features = BTreeSet::new();
    for (path, text) in &generated.files {
        // Rust rejects bidi controls; YAML rejects controls and noncharacters, and YAML 1.1
        // readers take U+2028/U+2029 for line breaks.
        let bad: Vec<char> = if path.ends_with(".yaml") {
            text.chars()
                .filter(|c| {
                    (c.is_control() && !matches!(c, '\t' | '\n'))
                        || matches!(*c, '\u{2028}' | '\u{2029}' | '\u{fffe}' | '\u{ffff}')
                })
                .collect()
        } else {
            text.chars()
                .filter(|c| unsafe_char(*c) || *c == '\r')
                .collect()
        };
        prop_assert!(bad.is_empty(), "{path} holds raw {bad:?}");
        if path.ends_with(".rs") {
            let file =
                syn::parse_file(text).map_err(|e| TestCaseError::fail(format!("{path}: {e}")))?;
            // The crate's files, and its shared crate's (the models several areas use).
            let kind = path
                .strip_prefix("hostile/src/")
                .or_else(|| path.strip_prefix("hostile-shared/src/"))
                .unwrap_or("");
            if kind.starts_with("models/") || kind.starts_with("endpoints/") {
                items_of(&file, &mut items);
            }
            cfg_features_of(&file, &mut cfg_features);
            modules_resolve(path, &file, &generated.files)?;
            if kind.starts_with("models/") {
                for item in &file.items {
                    let ident = match item {
                        syn::Item::Struct(s) => &s.ident,
                        syn::Item::Enum(e) => &e.ident,
                        _ => continue,
                    };
                    prop_assert!(
                        !docgen::naming::PRELUDE.contains(&ident.to_string().as_str()),
                        "{path}: {ident} shadows the prelude"
                    );
                }
            }
        }
        if path == "openapi.yaml" {
            let docs = yaml_rust2::YamlLoader::load_from_str(text)
                .map_err(|e| TestCaseError::fail(format!("openapi.yaml: {e}")))?;
            prop_assert_eq!(docs.len(), 1);
        }
    }
    let cargo = generated
        .files
        .get("hostile/Cargo.toml")
        .map(String::as_str)
        .unwrap_or("");
    let features = features_of(cargo);
    items.extend(features.iter().cloned());
    items.sort();
    prop_assert_eq!(
        &items,
        &docgen::render::rust::declared(&generated.analysis.api)
    );
    for feature in cfg_features {
        prop_assert!(
            matches!(feature.as_str(), "full" | "client")
                || features.contains(&format!("feature {feature}")),
            "cfg names undeclared feature {feature:?}"
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn hostile_text_never_becomes_code(slots in slots()) {
        check(&slots)?;
    }
}

/// The same check on the plain page set, so a broken page template (one that yields no items)
/// cannot make the property hold vacuously.
#[test]
fn the_plain_page_set_declares_items() {
    let plain = Slots {
        namespace: "widgets".into(),
        type_name: "widget".into(),
        description: "A widget.".into(),
        property: "displayName".into(),
        property2: "color".into(),
        enum_name: "widgetColor".into(),
        member: "red".into(),
        member2: "blue".into(),
        area: "widgets".into(),
        area2: "type".into(),
        file: "widget".into(),
        file2: "widgetcolor".into(),
        segment: "widgets".into(),
        example: "7".into(),
    };
    check(&plain).expect("the plain pages check");
    let generated = docgen::generate(&pages(&plain), &config()).expect("renders");
    eprintln!(
        "{:?}",
        generated
            .analysis
            .api
            .operations
            .values()
            .map(|o| (&o.name, &o.query_params))
            .collect::<Vec<_>>()
    );
    let declared = docgen::render::rust::declared(&generated.analysis.api);
    for expected in [
        "struct Widget",
        "field Widget.display_name",
        "enum WidgetColor",
        "variant WidgetColor.Red",
        "feature widgets",
        "feature type",
    ] {
        assert!(
            declared.iter().any(|d| d == expected),
            "{expected} missing from {declared:?}"
        );
    }
    assert!(
        declared.iter().any(|d| d.starts_with("fn get_widget")),
        "no get function in {declared:?}"
    );
}
