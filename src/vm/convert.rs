//! An object converting itself to a number: `__index__` (an int wherever
//! Python wants one: subscripts, `range`, `bin`), `__int__` and
//! `__float__` (for `int()` and `float()`), with CPython's TypeErrors for
//! a method that returns the wrong type.

use super::Vm;
use crate::exception::{Exc, PyResult};
use crate::value::Value;

impl Vm {
    /// `v.__index__()` when `v` is an instance whose class defines it;
    /// None for anything else (the caller reports its own TypeError).
    /// cpython: abstract.c PyNumber_Index
    pub fn index_value(&mut self, v: &Value) -> PyResult<Option<Value>> {
        self.convert_with(v, "__index__", "int", crate::value::int::is_int)
    }

    /// `v.__int__()`, else `v.__index__()`, for `int(v)`.
    pub fn int_value(&mut self, v: &Value) -> PyResult<Option<Value>> {
        match self.convert_with(v, "__int__", "int", crate::value::int::is_int)? {
            Some(r) => Ok(Some(r)),
            None => self.index_value(v),
        }
    }

    /// `v.__float__()`, else `v.__index__()` as a float, for `float(v)`.
    pub fn float_value(&mut self, v: &Value) -> PyResult<Option<f64>> {
        if let Value::Instance(i) = v
            && let Some(m) = i.class.lookup("__float__")
        {
            return match self.call(&m, vec![v.clone()])? {
                Value::Float(f) => Ok(Some(f)),
                r => Err(Exc::type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    i.class.name,
                    r.type_name()
                ))),
            };
        }
        match self.index_value(v)? {
            Some(n) => crate::value::float::int_to_float(&n).map(Some),
            None => Ok(None),
        }
    }

    fn convert_with(
        &mut self,
        v: &Value,
        dunder: &str,
        want: &str,
        ok: fn(&Value) -> bool,
    ) -> PyResult<Option<Value>> {
        let Value::Instance(i) = v else {
            return Ok(None);
        };
        let Some(m) = i.class.lookup(dunder) else {
            return Ok(None);
        };
        let r = self.call(&m, vec![v.clone()])?;
        if !ok(&r) {
            return Err(Exc::type_error(format!(
                "{dunder} returned non-{want} (type {})",
                r.type_name()
            )));
        }
        Ok(Some(r))
    }
}
