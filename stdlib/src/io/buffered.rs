//! Buffered I/O: BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair.
use ferrite_runtime::Value;
pub(crate) fn init_types(_r: Value, _w: Value, _rnd: Value, _pair: Value) {}
