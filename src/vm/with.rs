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
use super::dispatch::Step;
use crate::exception::{Exc, PyResult};
use crate::value::Value;

impl Vm {
    /// BEFORE_WITH: pushes the bound `__exit__`, then calls `__enter__`
    /// as CALL would: a Python method gets a frame (Switch) whose return
    /// value lands above `__exit__`; a builtin's result is pushed here.
    pub(super) fn before_with(&mut self, mgr: &Value) -> PyResult<Step> {
        let (enter, exit) = self.with_methods(mgr)?;
        self.push(exit);
        if let Value::Method(m) = &enter
            && let Value::Function(f) = &m.func
        {
            let (f, this) = (f.clone(), m.this.clone());
            self.push_method_frame(f, this)?;
            return Ok(Step::Switch);
        }
        let entered = self.call_from_instr(&enter, Vec::new(), Vec::new())?;
        self.push(entered);
        Ok(Step::Next)
    }

    /// `__enter__` and `__exit__`, looked up on the manager's type.
    fn with_methods(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
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
        Ok((enter, exit))
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
