//! The crate's model, endpoint and module files printed from their views, item by item, in
//! prettyplease's shape (see [`super::canonical`]). Each item is one function here, and each
//! field's attributes are printed in one place ([`field`]).

use super::RenderError;
use super::canonical::{INDENT, Item, MARGIN, push_item};
use super::escape::DocLine;
use super::rust::{
    EndpointsView, EnumView, FieldView, FunctionView, ModView, ModelsView, QueryView, StructView,
};

/// Models and bodies derive no serde: their JSON impls go through the crate's `members` module
/// ([`members_items`]).
const DERIVE_MODEL: &str = "#[derive(Debug, Clone, Default, PartialEq)]";

/// The indentation of a match arm in a method of an impl.
const ARM: &str = "            ";

fn docs(item: &mut Item, indent: &str, lines: &[DocLine]) {
    for l in lines {
        item.doc(indent, "///", l.as_str());
    }
}

/// `src/models/**.rs` for an area: module docs, submodules, structs and enums.
pub(super) fn models_file(file: &str, view: &ModelsView) -> Result<String, RenderError> {
    let mut out = String::new();
    let mut item = Item::default();
    for l in &view.module_docs {
        item.doc("", "//!", l.as_str());
    }
    for m in &view.submodules {
        item.line("", &format!("pub mod {m};"));
    }
    push_item(&mut out, file, &item)?;
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
        members_items(&mut out, file, s, &mut item)?;
    }
    for e in &view.enums {
        enum_items(&mut out, file, e, &mut item)?;
    }
    Ok(out)
}

/// A model or body struct: its documented fields, `odata_type` first when `odata_doc` is
/// given, and the catch-all map last, documented as `rest_doc`.
fn struct_item(item: &mut Item, s: &StructView, odata_doc: Option<&str>, rest_doc: &str) {
    docs(item, "", &s.docs);
    item.line("", DERIVE_MODEL);
    // A struct's, an enum's or an inherent impl's first line has nowhere to break.
    item.fixed_line_of("", &["pub struct ", &s.name, " {"]);
    if let Some(odata_doc) = odata_doc {
        item.doc(INDENT, "///", odata_doc);
        item.line(INDENT, "pub odata_type: Option<String>,");
    }
    for f in &s.fields {
        field(item, f);
    }
    item.doc(INDENT, "///", rest_doc);
    item.line(
        INDENT,
        "pub additional_properties: serde_json::Map<String, serde_json::Value>,",
    );
    item.line("", "}");
}

/// A struct's JSON impls through the crate's `members` module: `Serialize` writing its members,
/// `Deserialize` reading them, and `ReadMembers` with one arm per member name (the
/// `@odata.type` member first for models), each an item.
fn members_items(
    out: &mut String,
    file: &str,
    s: &StructView,
    item: &mut Item,
) -> Result<(), RenderError> {
    let name = &s.name;
    let mut members: Vec<(&str, &str)> = Vec::new();
    if s.odata_type {
        members.push(("\"@odata.type\"", "odata_type"));
    }
    members.extend(
        s.fields
            .iter()
            .map(|f| (f.json_name.as_str(), f.ident.as_str())),
    );
    let allow = |item: &mut Item| {
        if s.has_deprecated() {
            item.line("", "#[allow(deprecated)]");
        }
    };

    item.clear();
    allow(item);
    item.impl_for("impl serde::Serialize", name);
    item.fixed(concat!(
        "    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {\n",
        "        use serde::ser::SerializeMap;\n",
        "        let mut map = serializer.serialize_map(None)?;\n",
    ));
    for (json, ident) in &members {
        let field = ["&self.", ident].concat();
        item.call(
            "        ",
            "crate::members::write(",
            &["&mut map", json, &field],
            "?;",
        );
    }
    item.fixed(concat!(
        "        crate::members::write_additional(&mut map, &self.additional_properties)?;\n",
        "        map.end()\n",
        "    }\n",
        "}\n",
    ));
    push_item(out, file, item)?;

    item.clear();
    item.impl_for("impl<'de> serde::Deserialize<'de>", name);
    // prettyplease breaks the signature whatever the name: it is wider than its margin.
    item.fixed(concat!(
        "    fn deserialize<D: serde::Deserializer<'de>>(\n",
        "        deserializer: D,\n",
        "    ) -> Result<Self, D::Error> {\n",
        "        crate::members::deserialize(deserializer)\n",
        "    }\n",
        "}\n",
    ));
    push_item(out, file, item)?;

    item.clear();
    allow(item);
    item.impl_for("impl crate::members::ReadMembers", name);
    item.fixed(concat!(
        "    fn read_member<'de, A: serde::de::MapAccess<'de>>(\n",
        "        &mut self,\n",
        "        key: crate::members::Key<'de>,\n",
        "        map: &mut A,\n",
        "    ) -> Result<(), A::Error> {\n",
        "        match key.as_str() {\n",
    ));
    for (json, ident) in &members {
        let field = ["&mut self.", ident].concat();
        item.arm_call(ARM, json, "crate::members::read(", &[&field, "map"]);
    }
    item.line(
        ARM,
        "_ => crate::members::keep(&mut self.additional_properties, key, map),",
    );
    item.fixed("        }\n    }\n}\n");
    push_item(out, file, item)
}

/// One documented field: docs, attributes, declaration.
fn field(item: &mut Item, f: &FieldView) {
    docs(item, INDENT, &f.docs);
    if f.deprecated {
        item.line(
            INDENT,
            "#[deprecated(note = \"the docs mark this property deprecated\")]",
        );
    }
    let ty = ["Option<", &f.rust_type, ">"].concat();
    item.typed_line(INDENT, &["pub ", &f.ident, ": "].concat(), &ty, ",");
}

/// An enum and its four impls (names on the wire both ways, serde through them), each an item.
fn enum_items(
    out: &mut String,
    file: &str,
    e: &EnumView,
    item: &mut Item,
) -> Result<(), RenderError> {
    let name = &e.name;
    item.clear();
    docs(item, "", &e.docs);
    item.fixed(
        "#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]\n#[non_exhaustive]\n",
    );
    item.fixed_line("", &format!("pub enum {name} {{"));
    for v in &e.variants {
        docs(item, INDENT, &v.docs);
        item.line(INDENT, &format!("{},", v.ident));
    }
    item.fixed("    /// A member added to the service after this crate was generated.\n    Other(String),\n}\n");
    push_item(out, file, item)?;

    item.clear();
    item.fixed_line("", &format!("impl {name} {{"));
    item.fixed("    /// The member's name on the wire.\n    pub fn as_str(&self) -> &str {\n        match self {\n");
    for v in &e.variants {
        item.arm(ARM, &format!("{name}::{}", v.ident), v.json_name.as_str());
    }
    item.line(ARM, &format!("{name}::Other(other) => other,"));
    item.fixed("        }\n    }\n}\n");
    push_item(out, file, item)?;

    item.clear();
    item.impl_for("impl From<&str>", name);
    item.fixed("    fn from(value: &str) -> Self {\n        match value {\n");
    for v in &e.variants {
        item.arm(ARM, v.json_name.as_str(), &format!("{name}::{}", v.ident));
    }
    item.line(ARM, &format!("other => {name}::Other(other.to_string()),"));
    item.fixed("        }\n    }\n}\n");
    push_item(out, file, item)?;

    item.clear();
    item.impl_for("impl serde::Serialize", name);
    item.fixed("    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {\n        serializer.serialize_str(self.as_str())\n    }\n}\n");
    push_item(out, file, item)?;

    item.clear();
    item.impl_for("impl<'de> serde::Deserialize<'de>", name);
    // prettyplease breaks these two lines whatever the name: they are wider than its margin.
    item.fixed(concat!(
        "    fn deserialize<D: serde::Deserializer<'de>>(\n",
        "        deserializer: D,\n",
        "    ) -> Result<Self, D::Error> {\n",
        "        let value = <std::borrow::Cow<\n",
        "            'de,\n",
        "            str,\n",
        "        > as serde::Deserialize>::deserialize(deserializer)?;\n",
    ));
    item.line("        ", &format!("Ok({name}::from(value.as_ref()))"));
    item.fixed("    }\n}\n");
    push_item(out, file, item)
}

/// `src/endpoints/<area>.rs`: body structs, query structs and functions.
pub(super) fn endpoints_file(file: &str, view: &EndpointsView) -> Result<String, RenderError> {
    let mut out = String::new();
    let mut item = Item::default();
    item.doc(
        "",
        "//!",
        &format!("Endpoints of the `{}` area.", view.area),
    );
    item.fixed(concat!(
        "#[allow(unused_imports)]\n",
        "use crate::request::{\n",
        "    encode_path_segment, Binary, Collection, Method, Request, ValueResponse,\n",
        "};\n",
    ));
    push_item(&mut out, file, &item)?;
    for s in &view.bodies {
        item.clear();
        struct_item(
            &mut item,
            s,
            None,
            "Instance annotations such as `teamsApp@odata.bind`, and parameters the docs do not list.",
        );
        push_item(&mut out, file, &item)?;
        members_items(&mut out, file, s, &mut item)?;
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

fn query_item(item: &mut Item, q: &QueryView) {
    item.doc(
        "",
        "///",
        &format!("Query options of [`{}`] that its page lists.", q.function),
    );
    item.line("", "#[derive(Debug, Clone, Default, PartialEq)]");
    if q.fields.is_empty() {
        item.fixed_line_of("", &["pub struct ", &q.name, " {}"]);
        return;
    }
    item.fixed_line_of("", &["pub struct ", &q.name, " {"]);
    for f in &q.fields {
        item.doc(INDENT, "///", f.doc.as_str());
        item.line_of(INDENT, &["pub ", &f.ident, ": ", &f.rust_type, ","]);
    }
    item.line("", "}");
}

fn function_item(item: &mut Item, f: &FunctionView) {
    docs(item, "", &f.docs);
    let head = ["pub fn ", &f.name, "("].concat();
    let tail = [") -> Request<", &f.response_type, "> {"].concat();
    let params = f.params.join(", ");
    // The signature on one line when it fits; else one parameter a line, with a trailing comma.
    // Without parameters, only the response type's generics can break.
    if f.params.is_empty() {
        let response = ["Request<", &f.response_type, ">"].concat();
        item.typed_line(
            "",
            &["pub fn ", &f.name, "() -> "].concat(),
            &response,
            " {",
        );
    } else if head.len() + params.len() + tail.len() <= MARGIN {
        item.line_of("", &[&head, &params, &tail]);
    } else {
        // `pub fn name(` has nowhere to break, however long the name, nor has a parameter
        // (`name: &str`, `body: &Type`).
        item.fixed_line("", &head);
        for p in &f.params {
            item.fixed_line_of(INDENT, &[p, ","]);
        }
        item.line("", &tail);
    }
    path_statement(item, f);
    // A `let` of a string literal: prettyplease never breaks it, so the chain below stays short.
    item.fixed_line_of(INDENT, &["let template = ", &f.template, ";"]);
    // The request is the function's value, or is bound first when query options are set on it.
    let (bind, end) = if f.query.is_empty() {
        ("", "")
    } else {
        ("let mut request = ", ";")
    };
    item.line_of(
        INDENT,
        &[
            bind,
            "Request::new(Method::",
            &f.method,
            ", path).with_path_template(template)",
            &f.body_call,
            end,
        ],
    );
    if !f.query.is_empty() {
        for q in &f.query {
            match &q.condition {
                Some(condition) => {
                    item.line_of(INDENT, &["if ", condition, " {"]);
                    item.line("        ", &q.statement);
                    item.line(INDENT, "}");
                }
                None => item.line(INDENT, &q.statement),
            }
        }
        item.line(INDENT, "request");
    }
    item.line("", "}");
}

/// `let path = "...";`, or `let path = format!("...", args);`. A `format!` too wide for one
/// line is printed as prettyplease prints a macro it does not parse: its tokens indented on
/// the lines after the parenthesis, filled (a break after a comma only where the next argument
/// does not fit), and the parenthesis closed on a line of its own.
fn path_statement(item: &mut Item, f: &FunctionView) {
    if f.path_args.is_empty() {
        item.fixed_line_of(INDENT, &["let path = ", &f.path, ";"]);
        return;
    }
    let args = f.path_args.join(", ");
    let one_line = format!("let path = format!({}, {args});", f.path);
    if INDENT.len() + one_line.len() <= MARGIN {
        item.line(INDENT, &one_line);
        return;
    }
    item.line(INDENT, "let path = format!(");
    let inner = "        ";
    let mut current = format!("{inner}{},", f.path);
    for (i, arg) in f.path_args.iter().enumerate() {
        let last = i + 1 == f.path_args.len();
        let chunk = if last { arg.clone() } else { format!("{arg},") };
        if current.len() + 1 + chunk.len() <= MARGIN {
            current.push(' ');
            current.push_str(&chunk);
        } else {
            item.fixed_line("", &current);
            current = format!("{inner}{chunk}");
        }
    }
    item.fixed_line("", &current);
    item.line(INDENT, ");");
}

/// A `mod.rs`: docs, submodules, and each area's private module and re-export.
pub(super) fn mod_file(file: &str, view: &ModView) -> Result<String, RenderError> {
    let mut out = String::new();
    let mut item = Item::default();
    for l in &view.docs {
        item.doc("", "//!", l.as_str());
    }
    for m in &view.submodules {
        item.line("", &format!("pub mod {m};"));
    }
    for path in &view.reexports {
        item.line("", &format!("pub use {path}::*;"));
    }
    push_item(&mut out, file, &item)?;
    for a in &view.areas {
        for decl in [
            format!("mod {};", a.ident),
            format!("pub use {}::*;", a.ident),
        ] {
            item.clear();
            if !a.cfg.is_empty() {
                item.line("", &a.cfg);
            }
            item.line("", &decl);
            push_item(&mut out, file, &item)?;
        }
    }
    Ok(out)
}
