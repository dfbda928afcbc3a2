//! The uniffi binding generator, built from the same uniffi version as the library.
//!
//! `cargo run -p hagukumi-bindings --features cli --bin uniffi-bindgen -- generate \
//!     --library target/debug/libhagukumi.so --language kotlin --out-dir build/kotlin`

fn main() {
    uniffi::uniffi_bindgen_main()
}
