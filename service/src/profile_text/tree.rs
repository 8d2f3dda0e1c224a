//! Where a JSON pointer's key and value stand in a profile's JSON text: the core names the
//! places it refuses by pointer, an editor underlines bytes.

use jsonc_parser::ast::{ObjectPropName, Value};
use jsonc_parser::common::Ranged;
use jsonc_parser::{CollectOptions, ParseOptions, parse_to_ast};

/// The bytes of the place a pointer names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Located {
    /// The key naming it, when its parent is an object.
    pub key: Option<(usize, usize)>,
    /// Its value.
    pub value: (usize, usize),
    /// The value is an object or a list (it may span many lines).
    pub container: bool,
    /// The pointer reached the place itself, rather than stopping at an ancestor that exists.
    pub exact: bool,
}

/// A profile's JSON text parsed with positions.
pub(crate) struct Tree<'t> {
    root: Value<'t>,
}

impl<'t> Tree<'t> {
    /// The tree of strict JSON text; `None` when the text is not JSON.
    pub fn parse(text: &'t str) -> Option<Self> {
        let options = ParseOptions {
            allow_comments: false,
            allow_loose_object_property_names: false,
            allow_trailing_commas: false,
            allow_missing_commas: false,
            allow_single_quoted_strings: false,
            allow_hexadecimal_numbers: false,
            allow_unary_plus_numbers: false,
            allow_bare_decimal_point_numbers: false,
            allow_non_finite_numbers: false,
            allow_extended_string_escapes: false,
        };
        let parsed = parse_to_ast(text, &CollectOptions::default(), &options).ok()?;
        Some(Tree {
            root: parsed.value?,
        })
    }

    /// The place `keys` lead to, or the deepest one of its ancestors that the text has.
    pub fn locate<S: AsRef<str>>(&self, keys: &[S]) -> Located {
        let mut here = &self.root;
        let mut key = None;
        for (depth, step) in keys.iter().enumerate() {
            let step = step.as_ref();
            let found = match here {
                Value::Object(object) => object.get(step).map(|prop| {
                    let name = match &prop.name {
                        ObjectPropName::String(s) => s.range,
                        ObjectPropName::Word(w) => w.range,
                    };
                    (Some((name.start, name.end)), &prop.value)
                }),
                Value::Array(array) => step
                    .parse::<usize>()
                    .ok()
                    .and_then(|i| array.elements.get(i))
                    .map(|item| (None, item)),
                _ => None,
            };
            let Some((found_key, value)) = found else {
                return located(here, key, depth == keys.len());
            };
            here = value;
            key = found_key;
        }
        located(here, key, true)
    }
}

fn located(value: &Value<'_>, key: Option<(usize, usize)>, exact: bool) -> Located {
    let range = value.range();
    Located {
        key,
        value: (range.start, range.end),
        container: matches!(value, Value::Object(_) | Value::Array(_)),
        exact,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_values_of_nested_places() {
        let text = r#"{"a": {"b": [1, {"c": true}]}}"#;
        let tree = Tree::parse(text).unwrap_or_else(|| unreachable!());
        let c = tree.locate(&["a", "b", "1", "c"]);
        let (ks, ke) = c.key.unwrap_or_default();
        assert_eq!(text.get(ks..ke), Some("\"c\""));
        assert_eq!(text.get(c.value.0..c.value.1), Some("true"));
        assert!(c.exact && !c.container);
        let item = tree.locate(&["a", "b", "0"]);
        assert_eq!(
            (item.key, text.get(item.value.0..item.value.1)),
            (None, Some("1"))
        );
        let missing = tree.locate(&["a", "x", "y"]);
        assert!(!missing.exact && missing.container);
        assert_eq!(
            text.get(missing.value.0..missing.value.0 + 6),
            Some("{\"b\": ")
        );
        assert!(Tree::parse("{\"a\": 1,}").is_none());
    }
}
