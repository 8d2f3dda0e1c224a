//! The facts behind a changed obligation: those read by both reports whose value, status or
//! sources differ, and those read by one report only. The note of a fact is shown, not
//! compared: it explains a value rather than being one.

use std::cmp::Ordering;
use std::iter::Peekable;

use crate::report::FactRead;

use super::model::{FactChange, FactPart, FactState};

/// The facts of `old` and `new` (each sorted by pointer, as reports keep them) that differ.
pub(super) fn fact_changes(old: &[FactRead], new: &[FactRead]) -> Vec<FactChange> {
    let mut changes = Vec::new();
    let mut old = old.iter().peekable();
    let mut new = new.iter().peekable();
    loop {
        let order = match (old.peek(), new.peek()) {
            (None, None) => break,
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (Some(a), Some(b)) => a.pointer.cmp(&b.pointer),
        };
        let (before, after) = match order {
            Ordering::Less => (next(&mut old), None),
            Ordering::Greater => (None, next(&mut new)),
            Ordering::Equal => (next(&mut old), next(&mut new)),
        };
        if let Some(change) = compare(before, after) {
            changes.push(change);
        }
    }
    changes
}

fn next<'a>(facts: &mut Peekable<impl Iterator<Item = &'a FactRead>>) -> Option<&'a FactRead> {
    facts.next()
}

fn compare(old: Option<&FactRead>, new: Option<&FactRead>) -> Option<FactChange> {
    let pointer = old.or(new)?.pointer.clone();
    let parts = match (old, new) {
        (Some(a), Some(b)) => {
            let mut parts = Vec::new();
            if a.status != b.status {
                parts.push(FactPart::Status);
            }
            if a.value != b.value {
                parts.push(FactPart::Value);
            }
            if a.sources != b.sources {
                parts.push(FactPart::Sources);
            }
            parts
        }
        _ => vec![FactPart::Read],
    };
    if parts.is_empty() {
        return None;
    }
    Some(FactChange {
        pointer,
        parts,
        old: old.map(state),
        new: new.map(state),
    })
}

fn state(fact: &FactRead) -> FactState {
    FactState {
        status: fact.status.clone(),
        value: fact.value.clone(),
        sources: fact.sources.clone(),
        note: fact.note.clone(),
    }
}
