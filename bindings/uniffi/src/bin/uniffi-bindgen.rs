//! The `uniffi-bindgen` command, built from this workspace so that its version always matches
//! the `uniffi` the library is built with:
//! `cargo run -p lexpact-uniffi --features bindgen --bin uniffi-bindgen -- generate ...`.

fn main() {
    uniffi::uniffi_bindgen_main()
}
