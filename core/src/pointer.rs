//! JSON pointers (RFC 6901), as reports, diagnostics and warnings name a place in a profile.

/// Appends `/key` to a JSON pointer, escaping `~` as `~0` and `/` as `~1`.
pub(crate) fn push_key(pointer: &mut String, key: &str) {
    pointer.push('/');
    // A byte scan: `contains` with a set of chars costs several times as much on these short
    // keys, and the compiler builds a pointer for every fact path of the library.
    if !key.bytes().any(|b| b == b'~' || b == b'/') {
        pointer.push_str(key);
        return;
    }
    for c in key.chars() {
        match c {
            '~' => pointer.push_str("~0"),
            '/' => pointer.push_str("~1"),
            c => pointer.push(c),
        }
    }
}

/// The pointer to `key` of the profile's top-level object `object` (`/exceptions/key`).
pub(crate) fn pointer_to(object: &str, key: &str) -> String {
    let mut pointer = String::with_capacity(object.len() + key.len() + 2);
    push_key(&mut pointer, object);
    push_key(&mut pointer, key);
    pointer
}

/// The keys a JSON pointer names, in order, with `~1` read as `/` and `~0` as `~`; none for
/// the root pointer `""`.
pub(crate) fn keys(pointer: &str) -> impl Iterator<Item = String> + '_ {
    pointer
        .split('/')
        .skip(1)
        .map(|token| token.replace("~1", "/").replace("~0", "~"))
}

#[cfg(test)]
mod tests {
    use super::{keys, pointer_to, push_key};

    #[test]
    fn keys_read_back_what_push_key_wrote() {
        let mut pointer = String::new();
        push_key(&mut pointer, "a/b~c");
        push_key(&mut pointer, "~1");
        assert_eq!(keys(&pointer).collect::<Vec<_>>(), ["a/b~c", "~1"]);
        assert_eq!(keys("").count(), 0);
    }

    #[test]
    fn escapes_tilde_before_slash() {
        let mut pointer = String::new();
        push_key(&mut pointer, "a/b~c");
        push_key(&mut pointer, "plain");
        assert_eq!(pointer, "/a~1b~0c/plain");
        assert_eq!(pointer_to("exceptions", "~1"), "/exceptions/~01");
    }
}

/// The place of the national facts that a place in a unit's facts overlays:
/// `/jurisdictions/N/facts/x/y` is `/x/y`; any other pointer is itself. A unit's facts have the
/// shape of the national ones, so the schema describes both by the national place.
pub(crate) fn national_place(pointer: &str) -> &str {
    let Some(rest) = pointer.strip_prefix("/jurisdictions/") else {
        return pointer;
    };
    let Some((index, below)) = rest.split_once('/') else {
        return pointer;
    };
    if index.is_empty() || !index.bytes().all(|b| b.is_ascii_digit()) {
        return pointer;
    }
    match below.strip_prefix("facts") {
        Some(place) if place.is_empty() || place.starts_with('/') => place,
        _ => pointer,
    }
}

#[cfg(test)]
mod national_place_tests {
    use super::national_place;

    #[test]
    fn a_units_place_is_described_by_the_national_one() {
        assert_eq!(
            national_place("/jurisdictions/3/facts/offences/csam"),
            "/offences/csam"
        );
        assert_eq!(national_place("/jurisdictions/3/facts"), "");
        assert_eq!(
            national_place("/jurisdictions/3/name"),
            "/jurisdictions/3/name"
        );
        assert_eq!(
            national_place("/jurisdictions/x/facts/a"),
            "/jurisdictions/x/facts/a"
        );
        assert_eq!(national_place("/offences/csam"), "/offences/csam");
    }
}
