//! Reading `serde_json` objects on the hot paths of validation and evaluation.

use serde_json::{Map, Value as Json};

/// A field of an object. Most objects of a profile are small (a fact envelope, a record of a
/// few facts): comparing a handful of keys costs less than hashing the key, which
/// `serde_json`'s maps do with SipHash.
#[inline]
pub(crate) fn field<'m>(map: &'m Map<String, Json>, key: &str) -> Option<&'m Json> {
    const SMALL: usize = 8;
    if map.len() <= SMALL {
        map.iter().find(|(k, _)| k.as_str() == key).map(|(_, v)| v)
    } else {
        map.get(key)
    }
}
