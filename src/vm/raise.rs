//! Raising and matching exceptions (RAISE_VARARGS, CHECK_EXC_MATCH),
//! making instances of classes, and `from M import name`.

use super::Vm;
use crate::exception::{self, Exc, ExcKind, PyResult};
use crate::value::{Class, Instance, Name, Value};
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

    /// Calling a class: builtin types construct, exception classes and
    /// user classes make an instance and run `__init__`.
    pub fn instantiate(
        &mut self,
        class: Rc<Class>,
        args: Vec<Value>,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<Value> {
        if class.kind.is_builtin_type() {
            return crate::builtins::types::construct(self, &class, &args, &kwargs);
        }
        let is_exc = class.is_exception();
        let init = class.lookup("__init__");
        let inst = Rc::new(Instance {
            gc: Default::default(),
            class: class.clone(),
            dict: Rc::new(crate::value::Dict::new()),
            slots: (class.hooks.get() & crate::value::class::hook::SLOTS != 0)
                .then(|| Box::new(crate::value::Dict::new())),
            exc: is_exc.then(|| {
                std::cell::RefCell::new(exception::ExcState {
                    args: args.clone(),
                    ..Default::default()
                })
            }),
        });
        crate::gc::track_instance(&inst);
        let v = Value::Instance(inst);
        match init {
            Some(init) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(v.clone());
                full.extend(args);
                let r = self.call_value(&init, full, kwargs)?;
                if !r.is_none() {
                    return Err(Exc::type_error(format!(
                        "__init__() should return None, not '{}'",
                        r.type_name()
                    )));
                }
            }
            None if !is_exc && (!args.is_empty() || !kwargs.is_empty()) => {
                return Err(Exc::type_error(format!(
                    "{}() takes no arguments",
                    class.name
                )));
            }
            None => {}
        }
        Ok(v)
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
