//! Built-in modules in Rust.
