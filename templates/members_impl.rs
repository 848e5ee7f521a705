{#- The JSON (de)serialization of one struct view `s` (models.rs, endpoints.rs), through the
    crate's `members` module: one `match` over the documented member names instead of serde's
    derived code with `#[serde(flatten)]`. -#}
{% if s.has_deprecated() %}#[allow(deprecated)]
{% endif %}impl serde::Serialize for {{ s.name }} {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
{% if s.odata_type %}        crate::members::write(&mut map, "@odata.type", &self.odata_type)?;
{% endif %}{% for f in s.fields %}        crate::members::write(&mut map, {{ f.json_name }}, &self.{{ f.ident }})?;
{% endfor %}        crate::members::write_additional(&mut map, &self.additional_properties)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for {{ s.name }} {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::members::deserialize(deserializer)
    }
}

{% if s.has_deprecated() %}#[allow(deprecated)]
{% endif %}impl crate::members::ReadMembers for {{ s.name }} {
    fn read_member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::members::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
{% if s.odata_type %}            "@odata.type" => crate::members::read(&mut self.odata_type, map),
{% endif %}{% for f in s.fields %}            {{ f.json_name }} => crate::members::read(&mut self.{{ f.ident }}, map),
{% endfor %}            _ => crate::members::keep(&mut self.additional_properties, key, map),
        }
    }
}
