{% for line in docs %}//! {{ line }}
{% endfor %}
{% for m in submodules %}pub mod {{ m }};
{% endfor %}
{% for a in areas %}{{ a.cfg }}
mod {{ a.ident }};
{{ a.cfg }}
pub use {{ a.ident }}::*;
{% endfor %}
