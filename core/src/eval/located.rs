//! Where the facts read from a profile's root are: each prefix numbered by `crate::paths` is
//! looked up in the profile at most once per evaluation, and shared by every obligation.

use serde_json::Value as Json;
use std::sync::Arc;

use crate::ir::PathNode;
use crate::json::field;

#[derive(Clone, Copy)]
enum Place<'p> {
    NotYet,
    Absent,
    At(&'p Json),
}

/// The places found so far in one profile.
pub(crate) struct Located<'p> {
    root: &'p Json,
    places: Vec<Place<'p>>,
}

impl<'p> Located<'p> {
    pub fn new(root: &'p Json, nodes: usize) -> Self {
        Located {
            root,
            places: vec![Place::NotYet; nodes],
        }
    }

    /// The value at `keys` below the root, `prefixes` being the node of each prefix of `keys`
    /// (a fact whose prefixes were not numbered is looked up key by key).
    pub fn find(&mut self, keys: &[Arc<str>], prefixes: &[PathNode]) -> Option<&'p Json> {
        if prefixes.len() != keys.len() {
            return walk(Some(self.root), keys);
        }
        // Start below the deepest prefix already found.
        let mut current = self.root;
        let mut start = 0;
        for (depth, node) in prefixes.iter().enumerate().rev() {
            match self.place(*node) {
                Place::NotYet => {}
                Place::Absent => return None,
                Place::At(json) => {
                    current = json;
                    start = depth + 1;
                    break;
                }
            }
        }
        for (key, node) in keys.iter().zip(prefixes).skip(start) {
            let next = current.as_object().and_then(|map| field(map, key));
            if let Some(place) = self.places.get_mut(node_index(*node)) {
                *place = next.map_or(Place::Absent, Place::At);
            }
            current = next?;
        }
        Some(current)
    }

    fn place(&self, node: PathNode) -> Place<'p> {
        self.places
            .get(node_index(node))
            .copied()
            .unwrap_or(Place::NotYet)
    }
}

fn node_index(node: PathNode) -> usize {
    usize::try_from(node.0).unwrap_or(usize::MAX)
}

/// `keys` read below `start`, key by key.
pub(crate) fn walk<'p>(start: Option<&'p Json>, keys: &[Arc<str>]) -> Option<&'p Json> {
    keys.iter().try_fold(start?, |current, key| {
        current.as_object().and_then(|map| field(map, key))
    })
}
