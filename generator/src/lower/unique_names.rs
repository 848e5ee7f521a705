//! Names made unique within one scope (the parameters of one path) in time linear in their
//! number, whatever the names.

use std::collections::{HashMap, HashSet};

/// The names given out so far, and for each name that collided the next suffix to try.
#[derive(Debug, Default)]
pub(super) struct UniqueNames {
    taken: HashSet<String>,
    next_suffix: HashMap<String, usize>,
}

impl UniqueNames {
    /// Whether `name` was given out already.
    pub(super) fn contains(&self, name: &str) -> bool {
        self.taken.contains(name)
    }

    /// `name` if it is free, else `name1`, `name2`, ...: the first free one. Each base name
    /// remembers where its suffixes stopped, so `n` copies of one name cost `O(n)` look-ups,
    /// not the `O(n²)` of growing the name one character per collision.
    pub(super) fn claim(&mut self, name: String) -> String {
        if self.taken.insert(name.clone()) {
            return name;
        }
        let next = self.next_suffix.entry(name.clone()).or_insert(1);
        loop {
            let candidate = format!("{name}{next}");
            *next += 1;
            if self.taken.insert(candidate.clone()) {
                return candidate;
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
}
