//! How the generated crate splits into cargo features.
//!
//! Every page has an area (see `lower::area_of`). With more than one area, each area is a cargo
//! feature holding its pages' types and endpoints, so a user who needs one area compiles only
//! it. Types that items of another area use cannot live behind a feature those items do not
//! enable: they move to the always-compiled `shared` area, with every type they use in turn.
//! Areas then never depend on each other. A relationship (navigation property) whose target
//! lives in another feature area is kept as JSON (`serde_json::Value`): relationships only come
//! back with `$expand`, and typing them would chain every area to every other.

use super::escape::{RESERVED_FEATURES, feature_name};
use crate::ir::{Api, Body, Property, TypeExpr};
use crate::naming::{module_file_ident, unique_names};
use std::collections::{BTreeMap, BTreeSet};

/// The area of types that items of several areas use; always compiled.
pub const SHARED: &str = "shared";

pub struct Areas {
    /// Type or enum name → its area.
    of_type: BTreeMap<String, String>,
    /// Every area that is a feature (never `shared`).
    features: BTreeSet<String>,
    /// Area → its cargo feature name and its module name, each unique: areas are docs text
    /// (`ms.prod`), and two areas may fold to one name.
    names: BTreeMap<String, (String, String)>,
}

impl Areas {
    pub fn new(api: &Api) -> Areas {
        let mut of_type: BTreeMap<String, String> = api
            .types
            .values()
            .map(|t| (t.qualified_name.clone(), t.area.clone()))
            .chain(
                api.enums
                    .values()
                    .map(|e| (e.qualified_name.clone(), e.area.clone())),
            )
            .collect();
        let uses = |name: &str| -> Vec<String> {
            match api.types.get(name) {
                Some(ty) => api
                    .all_properties(ty)
                    .into_iter()
                    .filter(|p| !p.navigation)
                    .filter_map(named)
                    .collect(),
                None => Vec::new(),
            }
        };
        // (area of the user, type it uses)
        let mut work: Vec<(String, String)> = Vec::new();
        for ty in api.types.values() {
            work.extend(
                uses(&ty.qualified_name)
                    .into_iter()
                    .map(|u| (ty.area.clone(), u)),
            );
        }
        for op in api.operations.values() {
            let mut used: Vec<String> = Vec::new();
            match &op.body {
                Some(Body::Value {
                    ty: TypeExpr::Named(n),
                    ..
                }) => used.push(n.clone()),
                Some(Body::Parameters(params)) => used.extend(params.iter().filter_map(named)),
                _ => {}
            }
            if let Some(TypeExpr::Named(n)) = op.response.body.as_ref().map(|b| &b.ty) {
                used.push(n.clone());
            }
            work.extend(used.into_iter().map(|u| (op.area.clone(), u)));
        }
        while let Some((user_area, name)) = work.pop() {
            let Some(area) = of_type.get(&name) else {
                continue;
            };
            if *area == user_area || area == SHARED {
                continue;
            }
            of_type.insert(name.clone(), SHARED.to_string());
            work.extend(uses(&name).into_iter().map(|u| (SHARED.to_string(), u)));
        }
        let features: BTreeSet<String> = of_type
            .values()
            .cloned()
            .chain(api.operations.values().map(|o| o.area.clone()))
            .filter(|a| a != SHARED)
            .collect();
        let keys: Vec<String> = features.iter().cloned().collect();
        let feature_names = unique_names(
            keys.iter().map(|a| (a.as_str(), feature_name(a))),
            RESERVED_FEATURES,
            "-",
        );
        let keys_and_shared: Vec<String> = std::iter::once(SHARED.to_string())
            .chain(keys.iter().cloned())
            .collect();
        let module_names = unique_names(
            keys_and_shared
                .iter()
                .map(|a| (a.as_str(), module_file_ident(a))),
            &[],
            "_",
        );
        let names = keys_and_shared
            .iter()
            .map(|a| {
                let feature = feature_names
                    .get(a.as_str())
                    .cloned()
                    .unwrap_or_else(|| feature_name(a));
                let module = module_names
                    .get(a.as_str())
                    .cloned()
                    .unwrap_or_else(|| module_file_ident(a));
                (a.clone(), (feature, module))
            })
            .collect();
        Areas {
            of_type,
            features,
            names,
        }
    }

    /// Whether the crate has area features (more than one area).
    pub fn features(&self) -> bool {
        self.features.len() > 1
    }

    /// The area a type or enum is generated in.
    pub fn of_type(&self, name: &str) -> &str {
        self.of_type.get(name).map_or(SHARED, String::as_str)
    }

    /// The module (and file) name of an area's models and endpoints.
    pub fn ident(&self, area: &str) -> String {
        self.names
            .get(area)
            .map_or_else(|| module_file_ident(area), |(_, module)| module.clone())
    }

    /// The cargo feature of an area.
    pub fn feature(&self, area: &str) -> String {
        self.names
            .get(area)
            .map_or_else(|| feature_name(area), |(feature, _)| feature.clone())
    }

    /// The attribute that puts an area's items behind its feature; nothing for `shared` or
    /// when the crate has no features.
    pub fn cfg(&self, area: &str) -> String {
        if self.features() && area != SHARED {
            format!("#[cfg(feature = \"{}\")]", self.feature(area))
        } else {
            String::new()
        }
    }

    /// The target of a relationship that a type in `owner_area` keeps as JSON, because the
    /// target lives in another feature area. Every other property keeps its documented type.
    pub fn untyped_relationship(&self, owner_area: &str, property: &Property) -> Option<String> {
        let target = named(property)?;
        let area = self.of_type(&target);
        let typed =
            !property.navigation || !self.features() || area == owner_area || area == SHARED;
        (!typed).then_some(target)
    }

    /// `[features]` lines: one per area, and `full` with them all.
    pub fn cargo_features(&self) -> Vec<(String, Vec<String>)> {
        if !self.features() {
            return Vec::new();
        }
        let mut lines: Vec<(String, Vec<String>)> = self
            .features
            .iter()
            .map(|a| (self.feature(a), Vec::new()))
            .collect();
        lines.push((
            "full".to_string(),
            self.features.iter().map(|a| self.feature(a)).collect(),
        ));
        lines
    }
}

fn named(p: &Property) -> Option<String> {
    match &p.ty {
        TypeExpr::Named(n) => Some(n.clone()),
        _ => None,
    }
}
