{% for line in module_docs %}//! {{ line }}
{% endfor %}
{% for m in submodules %}pub mod {{ m }};
{% endfor %}
{% for s in structs %}
{% for line in s.docs %}/// {{ line }}
{% endfor %}#[derive(Debug, Clone, Default, PartialEq)]
pub struct {{ s.name }} {
    /// The type of the object, `#{{ s.qualified_name }}` or a type derived from it.
    pub odata_type: Option<String>,
{% for f in s.fields %}{% for line in f.docs %}    /// {{ line }}
{% endfor %}{% if f.deprecated %}    #[deprecated(note = "the docs mark this property deprecated")]
{% endif %}    pub {{ f.ident }}: Option<{{ f.rust_type }}>,
{% endfor %}    /// Members the docs do not list, and instance annotations such as `@odata.etag`.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
{% include "members_impl.rs" %}
{% endfor %}
{% for e in enums %}
{% for line in e.docs %}/// {{ line }}
{% endfor %}#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum {{ e.name }} {
{% for v in e.variants %}{% for line in v.docs %}    /// {{ line }}
{% endfor %}    {{ v.ident }},
{% endfor %}    /// A member added to the service after this crate was generated.
    Other(String),
}

impl {{ e.name }} {
    /// The member's name on the wire.
    pub fn as_str(&self) -> &str {
        match self {
{% for v in e.variants %}            {{ e.name }}::{{ v.ident }} => {{ v.json_name }},
{% endfor %}            {{ e.name }}::Other(other) => other,
        }
    }
}

impl From<&str> for {{ e.name }} {
    fn from(value: &str) -> Self {
        match value {
{% for v in e.variants %}            {{ v.json_name }} => {{ e.name }}::{{ v.ident }},
{% endfor %}            other => {{ e.name }}::Other(other.to_string()),
        }
    }
}

impl serde::Serialize for {{ e.name }} {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for {{ e.name }} {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Ok({{ e.name }}::from(value.as_ref()))
    }
}
{% endfor %}
