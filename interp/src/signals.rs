//! Signal delivery to Python code. SIGINT -> KeyboardInterrupt is not wired yet: `check` is the
//! poll the eval loop calls at back-edges, where the pending-signal flag will be read.

use ferrite_runtime::PyResult;

#[inline]
pub fn check() -> PyResult<()> {
    Ok(())
}
