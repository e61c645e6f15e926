//! Raising and matching exceptions (RAISE_VARARGS, CHECK_EXC_MATCH),
//! and `from M import name`.

use super::Vm;
use crate::exception::{Exc, ExcKind, PyResult};
use crate::value::Value;
use std::rc::Rc;

impl Vm {
    /// RAISE_VARARGS n: re-raise (0), raise exc (1), raise exc from cause (2).
    pub(crate) fn raise_instr(&mut self, n: u32) -> Exc {
        let cause = if n == 2 { Some(self.pop()) } else { None };
        if n == 0 {
            return match &self.handling {
                Value::Instance(i) => {
                    // cpython: a bare raise goes to exception_unwind, adding no frame
                    self.reraising = true;
                    Exc::from_instance(i.clone())
                }
                _ => Exc::runtime_error("No active exception to reraise"),
            };
        }
        let v = self.pop();
        let exc = match self.make_exception(v) {
            Ok(e) => e,
            Err(e) => return e,
        };
        if let Some(c) = cause {
            match self.make_cause(c) {
                Ok(c) => {
                    let mut st = exc.state();
                    st.cause = c;
                    st.suppress_context = true;
                }
                Err(e) => return e,
            }
        }
        self.set_context(&exc);
        exc
    }

    /// The exception being handled becomes the new one's `__context__`.
    pub(crate) fn set_context(&self, exc: &Exc) {
        if let Value::Instance(h) = &self.handling
            && !Rc::ptr_eq(h, &exc.value)
        {
            exc.state().context = Some(self.handling.clone());
        }
    }

    /// `raise X`: an instance as is, a class called with no arguments.
    fn make_exception(&mut self, v: Value) -> Result<Exc, Exc> {
        match &v {
            Value::Instance(i) if i.exc.is_some() => Ok(Exc::from_instance(i.clone())),
            Value::Class(c) if c.is_exception() => {
                match self.instantiate(c.clone(), vec![], vec![])? {
                    Value::Instance(i) => Ok(Exc::from_instance(i)),
                    _ => Err(Exc::type_error("exceptions must derive from BaseException")),
                }
            }
            _ => Err(Exc::type_error("exceptions must derive from BaseException")),
        }
    }

    fn make_cause(&mut self, c: Value) -> Result<Option<Value>, Exc> {
        match c {
            Value::None => Ok(None),
            other => match self.make_exception(other) {
                Ok(e) => Ok(Some(e.to_value())),
                Err(_) => Err(Exc::type_error(
                    "exception causes must derive from BaseException",
                )),
            },
        }
    }

    /// CHECK_EXC_MATCH: is `exc` an instance of `typ` (a class or a tuple of them)?
    pub(crate) fn exception_matches(&mut self, exc: &Value, typ: &Value) -> PyResult<bool> {
        let Value::Instance(inst) = exc else {
            return Ok(false);
        };
        match typ {
            Value::Class(c) if c.is_exception() => Ok(inst.class.is_subclass(c)),
            Value::Tuple(t) => {
                for x in t.items.iter() {
                    if self.exception_matches(exc, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(Exc::type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// IMPORT_STAR: the module's `__all__`, or else its names that do not
    /// start with `_`, bound in the running namespace (a module's, or the
    /// locals `exec` was given).
    pub(super) fn import_star(&mut self, module: &Value) -> PyResult<()> {
        let names: Vec<Value> = match self.get_attr(module, "__all__") {
            Ok(all) => self.collect(&all)?,
            Err(_) => match module {
                Value::Module(m) => m
                    .dict
                    .items()
                    .into_iter()
                    .map(|(k, _)| k)
                    .filter(|k| k.as_str().is_some_and(|n| !n.starts_with('_')))
                    .collect(),
                _ => Vec::new(),
            },
        };
        let fi = self.frames.len() - 1;
        for name in names {
            let Some(n) = name.as_str() else {
                return Err(Exc::type_error(format!(
                    "Item in {}.__all__ must be str, not {}",
                    module_name(module),
                    name.type_name()
                )));
            };
            let v = self.get_attr(module, n)?;
            match &self.frames[fi].class_ns {
                Some(ns) => ns.set_str(n, v),
                None => self.frame_globals(fi).set_by_name(n, v),
            }
        }
        Ok(())
    }

    /// IMPORT_FROM: `from m import name`.
    pub(crate) fn import_from(&mut self, module: &Value, name: &str) -> PyResult<Value> {
        let Value::Module(m) = module else {
            return Err(Exc::new(ExcKind::ImportError, "import from a non-module"));
        };
        m.get(name).ok_or_else(|| {
            Exc::new(
                ExcKind::ImportError,
                format!(
                    "cannot import name '{}' from '{}' (unknown location)",
                    name, m.name
                ),
            )
        })
    }
}

/// A module's `__name__` for messages.
fn module_name(module: &Value) -> String {
    match module {
        Value::Module(m) => m.name.to_string(),
        _ => String::new(),
    }
}
