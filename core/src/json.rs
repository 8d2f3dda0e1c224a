//! Reading `serde_json` objects on the hot paths of validation and evaluation.

use serde_json::{Map, Value as Json};

/// A field of an object. The objects of a profile are small (a fact envelope, a record of a
/// few facts; the largest section of the example profiles has 22 keys): comparing the keys in
/// turn costs less than hashing the key, which `serde_json`'s maps do with SipHash. Measured
/// with instruction counts on the example profiles: 32 is where the gain stops.
#[inline]
pub(crate) fn field<'m>(map: &'m Map<String, Json>, key: &str) -> Option<&'m Json> {
    const SMALL: usize = 32;
    if map.len() <= SMALL {
        map.iter().find(|(k, _)| k.as_str() == key).map(|(_, v)| v)
    } else {
        map.get(key)
    }
}
