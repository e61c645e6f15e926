//! Calling a class: a builtin type constructs its value; any other class
//! makes an instance (through its own `__new__` if it defines one, with the
//! builtin object it derives from, see `payload.rs`) and runs `__init__`.

use super::Vm;
use crate::exception::{self, Exc, PyResult};
use crate::value::{Class, Instance, Name, Value};
use std::rc::Rc;

impl Vm {
    /// `class(*args, **kwargs)`.
    pub fn instantiate(
        &mut self,
        class: Rc<Class>,
        args: Vec<Value>,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<Value> {
        if class.kind.is_builtin_type() {
            return crate::builtins::types::construct(self, &class, &args, &kwargs);
        }
        if let Some(new) = own_new(&class) {
            return self.instantiate_with_new(class, &new, args, kwargs);
        }
        if class.is_exception() && exception::group::is_group_class(&class) {
            let v = exception::group::new_group(self, &class, &args, &kwargs)?;
            if let Some(init) = class.lookup("__init__") {
                self.run_init(&init, &v, args, kwargs)?;
            }
            return Ok(v);
        }
        let payload = self.new_payload(&class, &args, &kwargs)?;
        let has_payload = payload.is_some();
        let v = new_instance(&class, &args, payload);
        match class.lookup("__init__") {
            Some(init) => self.run_init(&init, &v, args, kwargs)?,
            None if has_payload => self.init_payload(&v, args, kwargs)?,
            None if !class.is_exception() && (!args.is_empty() || !kwargs.is_empty()) => {
                return Err(Exc::type_error(format!(
                    "{}() takes no arguments",
                    class.name
                )));
            }
            None => {}
        }
        Ok(v)
    }

    /// A class that defines `__new__`: `cls.__new__(cls, *args)`, then
    /// `__init__` when the result is an instance of `cls`.
    /// cpython: typeobject.c type_call
    fn instantiate_with_new(
        &mut self,
        class: Rc<Class>,
        new: &Value,
        args: Vec<Value>,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<Value> {
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(Value::Class(class.clone()));
        full.extend(args.iter().cloned());
        let v = self.call_value(new, full, kwargs.clone())?;
        let made_here = matches!(&v, Value::Instance(i) if i.class.is_subclass(&class));
        if made_here && let Some(init) = class.lookup("__init__") {
            self.run_init(&init, &v, args, kwargs)?;
        }
        Ok(v)
    }

    fn run_init(
        &mut self,
        init: &Value,
        v: &Value,
        args: Vec<Value>,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<()> {
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(v.clone());
        full.extend(args);
        let r = self.call_value(init, full, kwargs)?;
        if !r.is_none() {
            return Err(Exc::type_error(format!(
                "__init__() should return None, not '{}'",
                r.type_name()
            )));
        }
        Ok(())
    }
}

/// `__new__` defined by a class statement somewhere in the MRO.
fn own_new(class: &Rc<Class>) -> Option<Value> {
    class.mro().iter().find_map(|c| c.dict.get_str("__new__"))
}

/// A new instance of `class`; an exception instance keeps `args`.
pub(crate) fn new_instance(class: &Rc<Class>, args: &[Value], payload: Option<Value>) -> Value {
    let inst = Rc::new(Instance {
        gc: Default::default(),
        class: class.clone(),
        dict: Rc::new(crate::value::Dict::new()),
        slots: (class.hooks.get() & crate::value::class::hook::SLOTS != 0)
            .then(|| Box::new(crate::value::Dict::new())),
        exc: class.is_exception().then(|| {
            std::cell::RefCell::new(exception::ExcState {
                args: args.to_vec(),
                ..Default::default()
            })
        }),
        payload,
    });
    crate::gc::track_instance(&inst);
    Value::Instance(inst)
}
