//! A serde serializer into a yaml-rust2 tree, so the OpenAPI structs reach yaml-rust2's emitter
//! without a JSON value in between. It builds what `serde_json::to_value` then a plain
//! JSON-to-YAML conversion would: structs and maps are mappings in field (or iteration) order,
//! `None` and unit are null, newtypes are their content, and every string, keys included, goes
//! through [`yaml_text`].

use super::escape::yaml_text;
use super::print_in_order;
use serde::ser::{self, Impossible, Serialize};
use std::fmt;
use yaml_rust2::yaml::{Hash, Yaml};

/// The YAML tree of `value`.
pub fn to_yaml<T: Serialize + ?Sized>(value: &T) -> Result<Yaml, Error> {
    value.serialize(Tree)
}

/// Appends `value` printed by yaml-rust2's emitter as block YAML (a mapping at the top), every
/// line indented by `indent` spaces: what the emitter prints for it nested that deep.
pub fn write_block<T: Serialize + ?Sized>(
    out: &mut String,
    indent: usize,
    value: &T,
) -> Result<(), Error> {
    write_tree(out, indent, &to_yaml(value)?)
}

/// Appends `key:` and then a mapping's entries, each built into a tree, printed and freed on
/// its own (on any thread), so the tree of the whole mapping is never held (for the OpenAPI
/// document's `paths` and `schemas`, such a tree is more than ten times the text). Keys that `yaml_text` makes
/// equal keep the later value, placed last, as one tree would ([`to_yaml`]). `key` is the
/// program's own text.
pub fn write_mapping<K: Serialize + Send, V: Serialize + Send>(
    out: &mut String,
    indent: usize,
    key: &'static str,
    entries: Vec<(K, V)>,
) -> Result<(), Error> {
    let keys = entries
        .iter()
        .map(|(k, _)| k.serialize(Tree))
        .collect::<Result<Vec<Yaml>, Error>>()?;
    let last: std::collections::HashMap<&Yaml, usize> =
        keys.iter().enumerate().map(|(i, k)| (k, i)).collect();
    out.extend(std::iter::repeat_n(' ', indent));
    out.push_str(key);
    if entries.is_empty() {
        out.push_str(": {}\n");
        return Ok(());
    }
    out.push_str(":\n");
    // Entries are printed on every thread and joined in order.
    let kept: Vec<(V, &Yaml)> = entries
        .into_iter()
        .zip(&keys)
        .enumerate()
        .filter(|(i, (_, key))| last.get(key) == Some(i))
        .map(|(_, ((_, value), key))| (value, key))
        .collect();
    print_in_order(out, kept, |(value, key)| {
        let mut entry = Hash::with_capacity(1);
        entry.insert(key.clone(), value.serialize(Tree)?);
        let mut text = String::new();
        write_tree(&mut text, indent + 2, &Yaml::Hash(entry))?;
        Ok(text)
    })
}

/// Appends the emitter's text of `tree` without its `---` line, each line indented. A string the
/// emitter prints never spans lines (line breaks in it are escaped), so indenting every line
/// nests the whole.
fn write_tree(out: &mut String, indent: usize, tree: &Yaml) -> Result<(), Error> {
    EMITTED.with_borrow_mut(|text| {
        text.clear();
        let emitted = yaml_rust2::YamlEmitter::new(&mut Plain(text))
            .dump(tree)
            .map_err(|e| Error(e.to_string()));
        if emitted.is_ok() {
            let body = text.strip_prefix("---\n").unwrap_or(text);
            let lines = memchr::memchr_iter(b'\n', body.as_bytes()).count() + 1;
            out.reserve(body.len() + lines * (indent + 1));
            let pad = " ".repeat(indent);
            for line in body.split('\n') {
                out.push_str(&pad);
                out.push_str(line);
                out.push('\n');
            }
        }
        // A buffer grown for an unusually large value is not kept.
        if text.capacity() > KEPT_EMITTER_BUFFER {
            *text = String::new();
        }
        emitted
    })
}

/// A `String` for the emitter to write into. The emitter writes each space, colon and line break
/// with `write!`; `String`'s own `write_fmt` sends even a text with no argument through
/// `core::fmt::write`, which cost about 4% of `generate`. Here such a text is appended at once.
struct Plain<'a>(&'a mut String);

impl fmt::Write for Plain<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0.push_str(s);
        Ok(())
    }

    fn write_char(&mut self, c: char) -> fmt::Result {
        self.0.push(c);
        Ok(())
    }

    fn write_fmt(&mut self, args: fmt::Arguments<'_>) -> fmt::Result {
        match args.as_str() {
            Some(s) => self.write_str(s),
            None => fmt::write(self, args),
        }
    }
}

thread_local! {
    /// The emitter's text, kept between the entries a thread prints: the emitter writes piece
    /// by piece, and a string grown from empty for each entry was grown again and again.
    static EMITTED: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// The largest emitter buffer kept between entries, in bytes (a path item is a few kB).
const KEPT_EMITTER_BUFFER: usize = 1 << 20;

/// A value the tree has no form for (enum variants with fields), or a failing `Serialize` impl.
#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

fn text(s: &str) -> Yaml {
    Yaml::String(yaml_text(s.to_string()))
}

/// The serializer: each call returns the node of the value given.
struct Tree;

impl ser::Serializer for Tree {
    type Ok = Yaml;
    type Error = Error;
    type SerializeSeq = Seq;
    type SerializeTuple = Seq;
    type SerializeTupleStruct = Seq;
    type SerializeTupleVariant = Impossible<Yaml, Error>;
    type SerializeMap = Map;
    type SerializeStruct = Map;
    type SerializeStructVariant = Impossible<Yaml, Error>;

    fn serialize_bool(self, v: bool) -> Result<Yaml, Error> {
        Ok(Yaml::Boolean(v))
    }
    fn serialize_i8(self, v: i8) -> Result<Yaml, Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<Yaml, Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<Yaml, Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result<Yaml, Error> {
        Ok(Yaml::Integer(v))
    }
    fn serialize_u8(self, v: u8) -> Result<Yaml, Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<Yaml, Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<Yaml, Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result<Yaml, Error> {
        Ok(i64::try_from(v).map_or_else(|_| Yaml::Real(v.to_string()), Yaml::Integer))
    }
    fn serialize_f32(self, v: f32) -> Result<Yaml, Error> {
        self.serialize_f64(v.into())
    }
    /// As JSON writes it; not finite is null.
    fn serialize_f64(self, v: f64) -> Result<Yaml, Error> {
        Ok(serde_json::Number::from_f64(v).map_or(Yaml::Null, |n| Yaml::Real(n.to_string())))
    }
    fn serialize_char(self, v: char) -> Result<Yaml, Error> {
        Ok(text(v.encode_utf8(&mut [0; 4])))
    }
    fn serialize_str(self, v: &str) -> Result<Yaml, Error> {
        Ok(text(v))
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<Yaml, Error> {
        Ok(Yaml::Array(
            v.iter().map(|&b| Yaml::Integer(b.into())).collect(),
        ))
    }
    fn serialize_none(self) -> Result<Yaml, Error> {
        Ok(Yaml::Null)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Yaml, Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<Yaml, Error> {
        Ok(Yaml::Null)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<Yaml, Error> {
        Ok(Yaml::Null)
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        v: &'static str,
    ) -> Result<Yaml, Error> {
        Ok(text(v))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<Yaml, Error> {
        value.serialize(self)
    }
    /// `{variant: value}`, as serde_json writes it.
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<Yaml, Error> {
        let mut hash = Hash::with_capacity(1);
        hash.insert(text(variant), value.serialize(Tree)?);
        Ok(Yaml::Hash(hash))
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Seq, Error> {
        Ok(Seq(Vec::with_capacity(len.unwrap_or(0))))
    }
    fn serialize_tuple(self, len: usize) -> Result<Seq, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Seq, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(Error(format!("no YAML form for {name}::{variant}")))
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Map, Error> {
        Ok(Map {
            hash: Hash::with_capacity(len.unwrap_or(0)),
            key: None,
        })
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Map, Error> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(Error(format!("no YAML form for {name}::{variant}")))
    }
}

/// A sequence being built.
struct Seq(Vec<Yaml>);

impl ser::SerializeSeq for Seq {
    type Ok = Yaml;
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.0.push(value.serialize(Tree)?);
        Ok(())
    }
    fn end(self) -> Result<Yaml, Error> {
        Ok(Yaml::Array(self.0))
    }
}

impl ser::SerializeTuple for Seq {
    type Ok = Yaml;
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<Yaml, Error> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleStruct for Seq {
    type Ok = Yaml;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<Yaml, Error> {
        ser::SerializeSeq::end(self)
    }
}

/// A mapping being built; `key` waits for its value.
struct Map {
    hash: Hash,
    key: Option<Yaml>,
}

impl ser::SerializeMap for Map {
    type Ok = Yaml;
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.key = Some(key.serialize(Tree)?);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        let key = self
            .key
            .take()
            .ok_or_else(|| Error("a map value without a key".into()))?;
        // `insert`, like the `collect` into a mapping this replaced: two keys that `yaml_text`
        // makes equal leave the later value, placed last.
        self.hash.insert(key, value.serialize(Tree)?);
        Ok(())
    }
    fn end(self) -> Result<Yaml, Error> {
        Ok(Yaml::Hash(self.hash))
    }
}

impl ser::SerializeStruct for Map {
    type Ok = Yaml;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.hash.insert(text(key), value.serialize(Tree)?);
        Ok(())
    }
    fn end(self) -> Result<Yaml, Error> {
        Ok(Yaml::Hash(self.hash))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;
    use std::collections::BTreeMap;

    /// The tree of `value` the old way: through a JSON value, then node by node.
    fn via_json(value: serde_json::Value) -> Yaml {
        match value {
            serde_json::Value::Null => Yaml::Null,
            serde_json::Value::Bool(b) => Yaml::Boolean(b),
            serde_json::Value::Number(n) => match n.as_i64() {
                Some(i) => Yaml::Integer(i),
                None => Yaml::Real(n.to_string()),
            },
            serde_json::Value::String(s) => Yaml::String(yaml_text(s)),
            serde_json::Value::Array(items) => {
                Yaml::Array(items.into_iter().map(via_json).collect())
            }
            serde_json::Value::Object(map) => Yaml::Hash(
                map.into_iter()
                    .map(|(k, v)| (Yaml::String(yaml_text(k)), via_json(v)))
                    .collect(),
            ),
        }
    }

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Sample {
        #[serde(rename = "$ref", skip_serializing_if = "Option::is_none")]
        reference: Option<String>,
        some_text: &'static str,
        nothing: Option<bool>,
        counts: Vec<i64>,
        big: u64,
        ratio: f64,
        not_a_number: f64,
        letter: char,
        unit: (),
        boxed: Box<Sample2>,
        map: BTreeMap<String, Vec<bool>>,
    }

    #[derive(Serialize)]
    struct Sample2 {
        #[serde(rename = "in")]
        location: &'static str,
    }

    #[test]
    fn builds_the_tree_serde_json_and_the_old_conversion_built() {
        let sample = Sample {
            reference: Some("#/components/schemas/a".into()),
            some_text: "on\u{7}\u{2028}x",
            nothing: None,
            counts: vec![-1, 0, i64::MAX],
            big: u64::MAX,
            ratio: 1.0,
            not_a_number: f64::NAN,
            letter: '\u{FFFF}',
            unit: (),
            boxed: Box::new(Sample2 { location: "query" }),
            map: BTreeMap::from([
                ("b\u{1}".to_string(), vec![true]),
                ("a".to_string(), vec![]),
            ]),
        };
        let expected = via_json(serde_json::to_value(&sample).unwrap());
        assert_eq!(to_yaml(&sample).unwrap(), expected);
    }

    #[test]
    fn keys_made_equal_by_yaml_text_keep_the_later_value_last() {
        // `aA` sorts between the two controls, which both become U+FFFD.
        let map = BTreeMap::from([("a\u{1}", 1), ("aA", 2), ("a\u{80}", 3)]);
        let expected = via_json(serde_json::to_value(&map).unwrap());
        let tree = to_yaml(&map).unwrap();
        assert_eq!(tree, expected);
        let values: Vec<_> = tree.as_hash().unwrap().values().cloned().collect();
        assert_eq!(values, [Yaml::Integer(2), Yaml::Integer(3)]);
    }

    /// The emitter's text of one tree holding everything, as `render_openapi` printed it before
    /// it printed the large mappings entry by entry.
    fn printed_whole(document: &serde_json::Value) -> String {
        let mut out = String::new();
        yaml_rust2::YamlEmitter::new(&mut out)
            .dump(&to_yaml(document).unwrap())
            .unwrap();
        out + "\n"
    }

    #[test]
    fn mappings_printed_entry_by_entry_read_as_one_tree_printed_whole() {
        let value = |n: i64| {
            serde_json::json!({
                "get": {"tags": ["a", "on"], "parameters": [{"name": "$top", "schema": {}}]},
                "text": "line\nbreak \"quoted\" \u{2028}",
                "n": n,
                "empty": [],
            })
        };
        // The first and third keys are one key once `yaml_text` replaces their controls.
        let entries = vec![
            ("/a\u{1}".to_string(), value(1)),
            ("/aA".to_string(), value(2)),
            ("/a\u{80}".to_string(), value(3)),
            ("no".to_string(), value(4)),
        ];
        for entries in [entries, Vec::new()] {
            let inner: serde_json::Map<String, serde_json::Value> =
                entries.iter().cloned().collect();
            let head = serde_json::json!({"openapi": "3.0.3", "tags": [{"name": "x"}]});
            let tail = serde_json::json!({"responses": {"error": {"description": "An error."}}});
            let whole = serde_json::json!({
                "openapi": "3.0.3",
                "tags": [{"name": "x"}],
                "paths": inner.clone(),
                "components": {"schemas": inner, "responses": tail["responses"]},
            });
            let mut out = String::from("---\n");
            write_block(&mut out, 0, &head).unwrap();
            write_mapping(&mut out, 0, "paths", entries.clone()).unwrap();
            out.push_str("components:\n");
            write_mapping(&mut out, 2, "schemas", entries).unwrap();
            write_block(&mut out, 2, &tail).unwrap();
            assert_eq!(out, printed_whole(&whole));
        }
    }

    #[test]
    fn variants_with_fields_are_an_error() {
        #[derive(Serialize)]
        enum E {
            Pair(u8, u8),
        }
        assert!(to_yaml(&E::Pair(1, 2)).is_err());
    }
}
