//! Endpoints of the `{{ area }}` area.

#[allow(unused_imports)]
use crate::request::{encode_path_segment, Binary, Collection, Method, Request, ValueResponse};
{% for s in bodies %}
{% for line in s.docs %}/// {{ line }}
{% endfor %}#[derive(Debug, Clone, Default, PartialEq)]
pub struct {{ s.name }} {
{% for f in s.fields %}{% for line in f.docs %}    /// {{ line }}
{% endfor %}{% if f.deprecated %}    #[deprecated(note = "the docs mark this property deprecated")]
{% endif %}    pub {{ f.ident }}: Option<{{ f.rust_type }}>,
{% endfor %}    /// Instance annotations such as `teamsApp@odata.bind`, and parameters the docs do not list.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
{% include "members_impl.rs" %}
{% endfor %}
{% for q in queries %}
/// Query options of [`{{ q.function }}`] that its page lists.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct {{ q.name }} {
{% for f in q.fields %}    /// {{ f.doc }}
    pub {{ f.ident }}: {{ f.rust_type }},
{% endfor %}}
{% endfor %}
{% for f in functions %}
{% for line in f.docs %}/// {{ line }}
{% endfor %}pub fn {{ f.name }}({{ f.params }}) -> Request<{{ f.response_type }}> {
    let path = {{ f.path_expr }};
{% if f.query_lines.is_empty() %}    Request::new(Method::{{ f.method }}, path){{ f.body_call }}
{% else %}    let mut request = Request::new(Method::{{ f.method }}, path){{ f.body_call }};
{% for line in f.query_lines %}    {{ line }}
{% endfor %}    request
{% endif %}}
{% endfor %}
