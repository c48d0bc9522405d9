//! TextIOWrapper and IncrementalNewlineDecoder.
use ferrite_runtime::Value;
pub(crate) fn init_types(_t: Value, _d: Value) {}
