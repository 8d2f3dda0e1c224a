//! The limits on a parsed profile: how deep it nests and how long its lists are.

use serde_json::Value as Json;

use crate::diagnostic::{Diagnostic, Diagnostics, Severity, codes};
use crate::limits::Limits;

use crate::pointer::push_key;

/// Refuses a profile nesting deeper than `max_depth` or holding a list longer than
/// `max_list_len` (`E0303`, with the JSON pointer of the place). It recurses at most
/// `max_depth` levels deep.
pub fn check_limits(doc: &Json, name: &str, limits: &Limits) -> Result<(), Diagnostics> {
    if within_limits(doc, 1, limits) {
        return Ok(());
    }
    let mut path = Vec::new();
    let Some(message) = first_excess(doc, 1, limits, &mut path) else {
        return Ok(());
    };
    let mut pointer = String::new();
    for step in &path {
        match step {
            Step::Key(key) => push_key(&mut pointer, key),
            Step::Index(i) => {
                pointer.push('/');
                pointer.push_str(&i.to_string());
            }
        }
    }
    let at = if pointer.is_empty() { "/" } else { &pointer };
    Err(Diagnostics::single(Diagnostic::general(
        Severity::Error,
        codes::PROFILE_LIMIT,
        format!("{at}: {message}"),
        name,
    )))
}

/// Whether `value`, at `depth`, and everything in it is within the limits: the quick walk
/// every profile takes (`first_excess` then finds the place of a problem). Recursion depth
/// as in `first_excess`.
fn within_limits(value: &Json, depth: usize, limits: &Limits) -> bool {
    // Scalars, most of a profile, are passed over without a call.
    let fits = |item: &Json| {
        !matches!(item, Json::Array(_) | Json::Object(_)) || within_limits(item, depth + 1, limits)
    };
    match value {
        Json::Array(list) => {
            list.len() <= limits.max_list_len
                && (list.is_empty() || depth <= limits.max_depth && list.iter().all(fits))
        }
        Json::Object(map) => map.is_empty() || depth <= limits.max_depth && map.values().all(fits),
        _ => true,
    }
}

/// A step from a value to one inside it.
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// What the first value (in document order) exceeding a limit exceeds, with `path` left
/// leading to it. The root is at depth 1; the recursion never goes deeper than `max_depth`
/// levels (bounded by `DEPTH_CEILING`), so it cannot exhaust the stack.
fn first_excess<'a>(
    value: &'a Json,
    depth: usize,
    limits: &Limits,
    path: &mut Vec<Step<'a>>,
) -> Option<String> {
    let children = match value {
        Json::Array(list) if list.len() > limits.max_list_len => {
            return Some(format!(
                "a list of {} items, more than the limit of {} (max_list_len)",
                list.len(),
                limits.max_list_len
            ));
        }
        Json::Array(list) => list.len(),
        Json::Object(map) => map.len(),
        _ => return None,
    };
    if depth > limits.max_depth && children > 0 {
        return Some(format!(
            "the profile nests deeper than the limit of {} levels (max_depth)",
            limits.max_depth
        ));
    }
    match value {
        Json::Array(list) => {
            for (i, item) in list.iter().enumerate() {
                path.push(Step::Index(i));
                if let Some(found) = first_excess(item, depth + 1, limits, path) {
                    return Some(found);
                }
                path.pop();
            }
        }
        Json::Object(map) => {
            for (key, item) in map {
                path.push(Step::Key(key));
                if let Some(found) = first_excess(item, depth + 1, limits, path) {
                    return Some(found);
                }
                path.pop();
            }
        }
        _ => {}
    }
    None
}
