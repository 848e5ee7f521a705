//! The crate's model, endpoint and module files printed from their views, item by item, in
//! prettyplease's shape (see [`super::canonical`]). Each item is one function here, and each
//! field's attributes are printed in one place ([`field`]).

use super::RenderError;
use super::canonical::{INDENT, attr_list, doc, line, push_item};
use super::escape::DocLine;
use super::rust::{
    EndpointsView, EnumView, FieldView, FunctionView, ModView, ModelsView, QueryView, StructView,
};

const DERIVE_MODEL: &str =
    "#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]";

fn docs(out: &mut String, indent: &str, lines: &[DocLine]) {
    for l in lines {
        doc(out, indent, "///", l.as_str());
    }
}

/// `src/models/**.rs` for an area: module docs, submodules, structs and enums.
pub(super) fn models_file(file: &str, view: &ModelsView) -> Result<String, RenderError> {
    let mut out = String::new();
    for l in &view.module_docs {
        doc(&mut out, "", "//!", l.as_str());
    }
    for m in &view.submodules {
        push_item(&mut out, file, &format!("pub mod {m};\n"))?;
    }
    let mut item = String::new();
    for s in &view.structs {
        item.clear();
        let odata = format!(
            "The type of the object, `#{}` or a type derived from it.",
            s.qualified_name
        );
        struct_item(
            &mut item,
            s,
            Some(&odata),
            "Members the docs do not list, and instance annotations such as `@odata.etag`.",
        );
        push_item(&mut out, file, &item)?;
    }
    for e in &view.enums {
        enum_items(&mut out, file, e)?;
    }
    Ok(out)
}

/// A model or body struct: its documented fields, `odata_type` first when `odata_doc` is
/// given, and the catch-all map last, documented as `rest_doc`.
fn struct_item(out: &mut String, s: &StructView, odata_doc: Option<&str>, rest_doc: &str) {
    docs(out, "", &s.docs);
    line(out, "", DERIVE_MODEL);
    line(out, "", &format!("pub struct {} {{", s.name));
    if let Some(odata_doc) = odata_doc {
        doc(out, INDENT, "///", odata_doc);
        line(
            out,
            INDENT,
            "#[serde(rename = \"@odata.type\", default, skip_serializing_if = \"Option::is_none\")]",
        );
        line(out, INDENT, "pub odata_type: Option<String>,");
    }
    for f in &s.fields {
        field(out, f);
    }
    doc(out, INDENT, "///", rest_doc);
    line(out, INDENT, "#[serde(flatten)]");
    line(
        out,
        INDENT,
        "pub additional_properties: serde_json::Map<String, serde_json::Value>,",
    );
    line(out, "", "}");
}

/// One documented field: docs, attributes, declaration.
fn field(out: &mut String, f: &FieldView) {
    docs(out, INDENT, &f.docs);
    if f.deprecated {
        line(
            out,
            INDENT,
            "#[deprecated(note = \"the docs mark this property deprecated\")]",
        );
    }
    let rename = format!("rename = {}", f.json_name);
    attr_list(
        out,
        INDENT,
        "serde",
        &[&rename, "default", "skip_serializing_if = \"Option::is_none\""],
    );
    line(
        out,
        INDENT,
        &format!("pub {}: Option<{}>,", f.ident, f.rust_type),
    );
}

/// An enum and its four impls (names on the wire both ways, serde through them), each an item.
fn enum_items(out: &mut String, file: &str, e: &EnumView) -> Result<(), RenderError> {
    let name = &e.name;
    let mut item = String::new();
    docs(&mut item, "", &e.docs);
    item.push_str("#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]\n#[non_exhaustive]\n");
    line(&mut item, "", &format!("pub enum {name} {{"));
    for v in &e.variants {
        docs(&mut item, INDENT, &v.docs);
        line(&mut item, INDENT, &format!("{},", v.ident));
    }
    doc(
        &mut item,
        INDENT,
        "///",
        "A member added to the service after this crate was generated.",
    );
    item.push_str("    Other(String),\n}\n");
    push_item(out, file, &item)?;

    item.clear();
    line(&mut item, "", &format!("impl {name} {{"));
    item.push_str("    /// The member's name on the wire.\n    pub fn as_str(&self) -> &str {\n        match self {\n");
    for v in &e.variants {
        line(
            &mut item,
            "            ",
            &format!("{name}::{} => {},", v.ident, v.json_name),
        );
    }
    line(
        &mut item,
        "            ",
        &format!("{name}::Other(other) => other,"),
    );
    item.push_str("        }\n    }\n}\n");
    push_item(out, file, &item)?;

    item.clear();
    line(&mut item, "", &format!("impl From<&str> for {name} {{"));
    item.push_str("    fn from(value: &str) -> Self {\n        match value {\n");
    for v in &e.variants {
        line(
            &mut item,
            "            ",
            &format!("{} => {name}::{},", v.json_name, v.ident),
        );
    }
    line(
        &mut item,
        "            ",
        &format!("other => {name}::Other(other.to_string()),"),
    );
    item.push_str("        }\n    }\n}\n");
    push_item(out, file, &item)?;

    item.clear();
    line(&mut item, "", &format!("impl serde::Serialize for {name} {{"));
    item.push_str("    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {\n        serializer.serialize_str(self.as_str())\n    }\n}\n");
    push_item(out, file, &item)?;

    item.clear();
    line(
        &mut item,
        "",
        &format!("impl<'de> serde::Deserialize<'de> for {name} {{"),
    );
    // prettyplease breaks these two lines whatever the name: they are wider than its margin.
    item.push_str(concat!(
        "    fn deserialize<D: serde::Deserializer<'de>>(\n",
        "        deserializer: D,\n",
        "    ) -> Result<Self, D::Error> {\n",
        "        let value = <std::borrow::Cow<\n",
        "            'de,\n",
        "            str,\n",
        "        > as serde::Deserialize>::deserialize(deserializer)?;\n",
    ));
    line(
        &mut item,
        "        ",
        &format!("Ok({name}::from(value.as_ref()))"),
    );
    item.push_str("    }\n}\n");
    push_item(out, file, &item)
}

/// `src/endpoints/<area>.rs`: body structs, query structs and functions.
pub(super) fn endpoints_file(file: &str, view: &EndpointsView) -> Result<String, RenderError> {
    let mut out = String::new();
    doc(
        &mut out,
        "",
        "//!",
        &format!("Endpoints of the `{}` area.", view.area),
    );
    out.push_str(concat!(
        "#[allow(unused_imports)]\n",
        "use crate::request::{\n",
        "    encode_path_segment, Binary, Collection, Method, Request, ValueResponse,\n",
        "};\n",
    ));
    let mut item = String::new();
    for s in &view.bodies {
        item.clear();
        struct_item(
            &mut item,
            s,
            None,
            "Instance annotations such as `teamsApp@odata.bind`, and parameters the docs do not list.",
        );
        push_item(&mut out, file, &item)?;
    }
    for q in &view.queries {
        item.clear();
        query_item(&mut item, q);
        push_item(&mut out, file, &item)?;
    }
    for f in &view.functions {
        item.clear();
        function_item(&mut item, f);
        push_item(&mut out, file, &item)?;
    }
    Ok(out)
}

fn query_item(out: &mut String, q: &QueryView) {
    doc(
        out,
        "",
        "///",
        &format!("Query options of [`{}`] that its page lists.", q.function),
    );
    line(out, "", "#[derive(Debug, Clone, Default, PartialEq)]");
    if q.fields.is_empty() {
        line(out, "", &format!("pub struct {} {{}}", q.name));
        return;
    }
    line(out, "", &format!("pub struct {} {{", q.name));
    for f in &q.fields {
        doc(out, INDENT, "///", f.doc.as_str());
        line(out, INDENT, &format!("pub {}: {},", f.ident, f.rust_type));
    }
    line(out, "", "}");
}

fn function_item(out: &mut String, f: &FunctionView) {
    docs(out, "", &f.docs);
    let head = format!("pub fn {}(", f.name);
    let tail = format!(") -> Request<{}> {{", f.response_type);
    let params = f.params.join(", ");
    // The signature on one line when it fits; else one parameter a line, with a trailing comma.
    if head.len() + params.len() + tail.len() <= super::canonical::MARGIN || f.params.is_empty() {
        line(out, "", &format!("{head}{params}{tail}"));
    } else {
        line(out, "", &head);
        for p in &f.params {
            line(out, INDENT, &format!("{p},"));
        }
        line(out, "", &tail);
    }
    line(out, INDENT, &format!("let path = {};", f.path_expr));
    let new = format!("Request::new(Method::{}, path){}", f.method, f.body_call);
    if f.query.is_empty() {
        line(out, INDENT, &new);
    } else {
        line(out, INDENT, &format!("let mut request = {new};"));
        for q in &f.query {
            match &q.condition {
                Some(condition) => {
                    line(out, INDENT, &format!("if {condition} {{"));
                    line(out, "        ", &q.statement);
                    line(out, INDENT, "}");
                }
                None => line(out, INDENT, &q.statement),
            }
        }
        line(out, INDENT, "request");
    }
    line(out, "", "}");
}

/// A `mod.rs`: docs, submodules, and each area's private module and re-export.
pub(super) fn mod_file(file: &str, view: &ModView) -> Result<String, RenderError> {
    let mut out = String::new();
    for l in &view.docs {
        doc(&mut out, "", "//!", l.as_str());
    }
    for m in &view.submodules {
        push_item(&mut out, file, &format!("pub mod {m};\n"))?;
    }
    for a in &view.areas {
        let cfg = if a.cfg.is_empty() {
            String::new()
        } else {
            format!("{}\n", a.cfg)
        };
        push_item(&mut out, file, &format!("{cfg}mod {};\n", a.ident))?;
        push_item(&mut out, file, &format!("{cfg}pub use {}::*;\n", a.ident))?;
    }
    Ok(out)
}
