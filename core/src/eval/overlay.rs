//! A federal profile's units as the evaluator reads them: each unit's facts laid over the
//! national ones, fact by fact (`docs/profile.md`, "Federal States: jurisdictions").

use std::sync::Arc;

use serde_json::Value as Json;

use super::located::Located;
use crate::ir::PathNode;
use crate::profile::units::{Unit, competences, units};
use crate::report::JurisdictionInfo;

/// Where a fact is read for the unit being evaluated.
pub(crate) enum Lookup<'p> {
    /// In the unit's facts (`None`: the unit does not give it, and the path is a competence
    /// of the units, so the national fact is not used), below the pointer of the unit's facts.
    Unit(Option<&'p Json>, Arc<str>),
    /// In the national facts.
    National,
}

struct UnitView<'p> {
    unit: Unit<'p>,
    /// Where the unit's facts are, looked up once per evaluation like the national ones.
    located: Option<Located<'p>>,
}

/// The units of a profile, and the one being evaluated.
pub(crate) struct Overlay<'p> {
    units: Vec<UnitView<'p>>,
    /// The paths the constitution gives to the units, as keys.
    competences: Vec<Vec<String>>,
    current: Option<usize>,
}

impl<'p> Overlay<'p> {
    /// The units `root` names (none for a unitary State); `paths` is the size of the rule
    /// set's path table.
    pub fn new(root: &'p Json, paths: usize) -> Self {
        let units: Vec<UnitView<'p>> = units(root)
            .into_iter()
            .map(|unit| UnitView {
                located: unit.facts.map(|facts| Located::new(facts, paths)),
                unit,
            })
            .collect();
        let competences = if units.is_empty() {
            Vec::new()
        } else {
            competences(root)
        };
        Overlay {
            units,
            competences,
            current: None,
        }
    }

    /// How many units the profile names.
    pub fn len(&self) -> usize {
        self.units.len()
    }

    /// Who unit `index` is.
    pub fn info(&self, index: usize) -> Option<&JurisdictionInfo> {
        self.units.get(index).map(|view| &view.unit.info)
    }

    /// Reads the facts of unit `index` over the national ones from now on; `None` goes back
    /// to the national facts alone.
    pub fn enter(&mut self, index: Option<usize>) {
        self.current = index;
    }

    /// The unit being evaluated, if any.
    pub fn current(&self) -> Option<usize> {
        self.current
    }

    /// Whether a unit is being evaluated: otherwise every fact is national.
    #[inline]
    pub fn in_unit(&self) -> bool {
        self.current.is_some()
    }

    /// Where the fact at `keys` is read while the current unit is evaluated.
    pub fn find(&mut self, keys: &[Arc<str>], prefixes: &[PathNode]) -> Lookup<'p> {
        let Some(view) = self.current.and_then(|index| self.units.get_mut(index)) else {
            return Lookup::National;
        };
        let given = view
            .located
            .as_mut()
            .and_then(|located| located.find(keys, prefixes))
            .filter(|found| !found.is_null());
        if given.is_some() || self.competences.iter().any(|path| is_within(keys, path)) {
            return Lookup::Unit(given, view.unit.pointer.clone());
        }
        Lookup::National
    }
}

/// Whether `keys` lie on or below the path `competence`.
fn is_within(keys: &[Arc<str>], competence: &[String]) -> bool {
    competence.len() <= keys.len()
        && competence
            .iter()
            .zip(keys)
            .all(|(part, key)| part.as_str() == key.as_ref())
}
