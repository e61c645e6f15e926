//! The `with` statement's two instructions: BEFORE_WITH looks up the
//! manager's `__enter__` and `__exit__` on its type (as CPython's special
//! method lookup does), keeps `__exit__` bound on the stack and calls
//! `__enter__`; WITH_EXCEPT_START calls the kept `__exit__` with the
//! exception being handled, whose result decides whether it is swallowed.
//!
//! ```text
//!     BEFORE_WITH        mgr -- exit entered
//!     WITH_EXCEPT_START  exit lasti prev exc -- exit lasti prev exc suppress
//! ```

use super::Vm;
use crate::exception::{Exc, PyResult};
use crate::value::Value;

impl Vm {
    /// BEFORE_WITH: (bound `__exit__`, what `__enter__` returned).
    pub(super) fn before_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let protocol = || {
            format!(
                "'{}' object does not support the context manager protocol",
                mgr.type_name()
            )
        };
        let enter = self
            .special_method(mgr, "__enter__")
            .ok_or_else(|| Exc::type_error(protocol()))?;
        let exit = self
            .special_method(mgr, "__exit__")
            .ok_or_else(|| Exc::type_error(format!("{} (missed __exit__ method)", protocol())))?;
        let entered = self.call(&enter, Vec::new())?;
        Ok((exit, entered))
    }

    /// WITH_EXCEPT_START: `exit(type(exc), exc, exc.__traceback__)`.
    pub(super) fn with_except_start(&mut self) -> PyResult<Value> {
        let n = self.stack.len();
        let (exit, exc) = (self.stack[n - 4].clone(), self.stack[n - 1].clone());
        let typ = Value::Class(crate::builtins::types::type_of(&exc));
        let tb = self.get_attr(&exc, "__traceback__").unwrap_or(Value::None);
        self.call(&exit, vec![typ, exc, tb])
    }
}
