//! Names made unique within one scope (the parameters of one path) in time linear in their
//! number, whatever the names.

use crate::naming::identifier_key;
use std::collections::{HashMap, HashSet};

/// The names given out so far, and for each name that collided the next suffix to try.
///
/// Names are told apart as every client generator tells them apart: by their letters and
/// digits, case ignored. `{managementConditionId}` and `{management-condition-id}` are two
/// names in OpenAPI but one `management_condition_id` argument in progenitor's client (and in
/// docgen's crate), so the second is renamed.
#[derive(Debug, Default)]
pub(super) struct UniqueNames {
    taken: HashSet<String>,
    next_suffix: HashMap<String, usize>,
}

impl UniqueNames {
    /// Whether `name`, or a name that folds to the same, was given out already.
    pub(super) fn contains(&self, name: &str) -> bool {
        self.taken.contains(&identifier_key(name))
    }

    /// `name` if it is free, else `name1`, `name2`, ...: the first free one. Each base name
    /// remembers where its suffixes stopped, so `n` copies of one name cost `O(n)` look-ups,
    /// not the `O(n²)` of growing the name one character per collision.
    pub(super) fn claim(&mut self, name: String) -> String {
        let base = identifier_key(&name);
        if self.taken.insert(base.clone()) {
            return name;
        }
        let next = self.next_suffix.entry(base.clone()).or_insert(1);
        loop {
            let suffix = next.to_string();
            *next += 1;
            if self.taken.insert(format!("{base}{suffix}")) {
                return format!("{name}{suffix}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collisions_get_the_next_free_suffix() {
        let mut names = UniqueNames::default();
        let given: Vec<String> = ["id", "id", "id1", "id"]
            .into_iter()
            .map(|n| names.claim(n.to_string()))
            .collect();
        // `id1` was given out to the second `id`, so the written `id1` becomes `id11`.
        assert_eq!(given, ["id", "id1", "id11", "id2"]);
        assert!(names.contains("id2"));
        assert!(!names.contains("id3"));
    }

    #[test]
    fn names_that_differ_in_case_and_punctuation_only_collide() {
        let mut names = UniqueNames::default();
        let given: Vec<String> = [
            "managementConditionId",
            "management-condition-id",
            "Management_Condition_ID",
        ]
        .into_iter()
        .map(|n| names.claim(n.to_string()))
        .collect();
        assert_eq!(
            given,
            [
                "managementConditionId",
                "management-condition-id1",
                "Management_Condition_ID2"
            ]
        );
        assert!(names.contains("MANAGEMENT-CONDITION-ID1"));
    }
}
