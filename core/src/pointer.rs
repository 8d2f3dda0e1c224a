//! JSON pointers (RFC 6901), as reports, diagnostics and warnings name a place in a profile.

/// Appends `/key` to a JSON pointer, escaping `~` as `~0` and `/` as `~1`.
pub(crate) fn push_key(pointer: &mut String, key: &str) {
    pointer.push('/');
    if !key.contains(['~', '/']) {
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
