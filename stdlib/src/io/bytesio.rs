//! BytesIO.
use ferrite_runtime::Value;
pub(crate) fn init_type(_t: Value) {}
