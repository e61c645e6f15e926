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
        let payload = self.new_payload(&class, &args)?;
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

impl Vm {
    /// `obj.name = v` when the class customises writes: its own
    /// `__setattr__`, or `__slots__` with no room for `name`. None when
    /// neither applies (the class dict was flagged when it was made).
    pub(crate) fn custom_setattr(
        &mut self,
        obj: &Value,
        inst: &Instance,
        name: &str,
        v: &Value,
    ) -> Option<PyResult<()>> {
        if let Some(m @ Value::Function(_)) = inst.class.lookup("__setattr__") {
            let args = vec![obj.clone(), Value::str(name), v.clone()];
            return Some(self.call(&m, args).map(|_| ()));
        }
        no_slot(&inst.class, name).then(|| Err(Exc::no_attribute(&inst.class.tp_name(), name)))
    }

    /// `del obj.name` through a class's own `__delattr__`.
    pub(crate) fn custom_delattr(
        &mut self,
        obj: &Value,
        inst: &Instance,
        name: &str,
    ) -> Option<PyResult<()>> {
        let m @ Value::Function(_) = inst.class.lookup("__delattr__")? else {
            return None;
        };
        Some(
            self.call(&m, vec![obj.clone(), Value::str(name)])
                .map(|_| ()),
        )
    }
}

/// Whether every class statement in the MRO declared `__slots__` and none
/// of them names `name`: the instance has no room for it.
fn no_slot(class: &Rc<Class>, name: &str) -> bool {
    let mut named = false;
    for c in class
        .mro()
        .iter()
        .filter(|c| c.kind == crate::value::TypeKind::User)
    {
        match c.dict.get_str("__slots__") {
            None => return false,
            Some(Value::Str(s)) => named |= s.as_str() == name,
            Some(Value::Tuple(t)) => named |= t.items.iter().any(|x| x.as_str() == Some(name)),
            Some(Value::List(l)) => {
                named |= l.items.borrow().iter().any(|x| x.as_str() == Some(name))
            }
            Some(_) => return false,
        }
    }
    !named
}

/// Class statements that define these customise attribute writes: their
/// dict is flagged so attribute access takes the general path.
pub(crate) const CUSTOM_ATTRIBUTES: [&str; 3] = ["__setattr__", "__delattr__", "__slots__"];

/// `object.__setattr__(obj, name, value)`: the plain write into the
/// instance dict, which a class's own `__setattr__` calls to store.
pub fn object_setattr_value() -> Value {
    crate::builtins::builtin("__setattr__", object_setattr)
}

fn object_setattr(_: &mut Vm, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    let [Value::Instance(i), Value::Str(name), v] = args else {
        return Err(Exc::type_error(
            "object.__setattr__(obj, name, value) needs an instance, a str and a value",
        ));
    };
    i.dict.set_str(name.as_str(), v.clone());
    Ok(Value::None)
}

/// `object.__delattr__(obj, name)`.
pub fn object_delattr_value() -> Value {
    crate::builtins::builtin("__delattr__", object_delattr)
}

fn object_delattr(_: &mut Vm, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    let [Value::Instance(i), Value::Str(name)] = args else {
        return Err(Exc::type_error(
            "object.__delattr__(obj, name) needs an instance and a str",
        ));
    };
    match i.dict.remove(&crate::value::DictKey::str(name.as_str())) {
        Some(_) => Ok(Value::None),
        None => Err(Exc::no_attribute(&i.class.tp_name(), name.as_str())),
    }
}
