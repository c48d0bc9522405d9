//! The `_posixsubprocess` module, which `subprocess` (and so `asyncio`) imports. Starting
//! processes is not supported yet: `fork_exec` raises NotImplementedError saying so.

use ferrite_runtime::errors::{new_exc, Exc, PyResult};
use ferrite_runtime::Value;

fn fork_exec(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Err(new_exc(
        Exc::NotImplementedError,
        "ferrite: starting subprocesses (_posixsubprocess.fork_exec) is not supported yet",
    ))
}

pub fn init(d: Value) -> PyResult<()> {
    crate::define_functions(d, &[("fork_exec", fork_exec)]);
    Ok(())
}
