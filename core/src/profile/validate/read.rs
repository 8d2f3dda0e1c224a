//! Checking only what a rule set reads (`crate::rule_set::Validation::Read`): the facts on the
//! rule set's paths are checked in full (value, envelope, history, every item of a list), and
//! so are the objects leading to them, field by field: a field the schema does not name is
//! refused there (a misspelt fact would otherwise read as missing) and a required one must be
//! given. The value of a field the rules never read below is not looked at.

use serde_json::{Map, Value as Json};

use super::{Place, Validator, kind};
use crate::paths::ReadPaths;
use crate::schema::{Node, NodeId};

impl Validator<'_> {
    /// The fields of an object on a read path, but for those `skip` leaves to another check.
    pub(super) fn read_object(
        &mut self,
        id: NodeId,
        map: &Map<String, Json>,
        place: &Place<'_>,
        read: &ReadPaths,
        skip: impl Fn(&str) -> bool,
    ) {
        let Node::Object {
            fields,
            index,
            additional,
            closed,
            required,
        } = self.schema.node(id)
        else {
            return;
        };
        self.required(fields, required, map, place);
        for (key, sub) in map {
            if skip(key) {
                continue;
            }
            let at = Place::Key(place, key);
            // The resolved table answers both questions (is the field known, is it read) at
            // the cost of one lookup; it is absent only for a tree built without the schema.
            if let Some(&(child, below)) = read.fields.as_ref().and_then(|f| f.get(key.as_str())) {
                if let Some((_, below)) = below.and_then(|at| read.children.get(at)) {
                    self.read_value(child, sub, &at, below);
                }
                continue;
            }
            match index.get(key).copied().or(*additional) {
                Some(child) => {
                    if let Some(below) = read.child(key) {
                        self.read_value(child, sub, &at, below);
                    }
                }
                None if *closed => self.unknown_field(fields, key, &at),
                None => {}
            }
        }
    }

    /// A value on a read path: in full when the rules read it as a whole, else the object
    /// leading to what they read.
    fn read_value(&mut self, id: NodeId, value: &Json, place: &Place<'_>, read: &ReadPaths) {
        if read.whole {
            return self.value(id, value, place);
        }
        match (self.schema.node(id), value) {
            (Node::Object { .. }, Json::Object(map)) => {
                self.read_object(id, map, place, read, |_| false);
            }
            (Node::Object { .. }, Json::Null) => {}
            (Node::Object { .. }, other) => {
                self.report(place, format!("expected an object, found {}", kind(other)));
            }
            // The rules read below a list or a scalar only where the schema does not say what
            // lies there; the value is checked as it stands.
            _ => self.value(id, value, place),
        }
    }
}
