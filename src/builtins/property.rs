//! `property`: a class attribute whose get and set run functions, the
//! descriptor that `@property` and `@x.setter` make.

use super::methods::native::{native_class, new_instance, this_of};
use crate::exception::{Exc, PyResult};
use crate::value::{Class, Instance, Name, Value};
use crate::vm::Vm;
use std::rc::Rc;

thread_local! {
    static PROPERTY: Rc<Class> = native_class("property", "builtins", &[("__init__", property_init), ("setter", setter), ("getter", getter), ("deleter", deleter)]);
}

fn class() -> Rc<Class> {
    PROPERTY.with(|c| c.clone())
}

/// The class `property`, for the builtins.
pub fn class_value() -> Value {
    Value::Class(class())
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`
fn property_init(_: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let Some((Value::Instance(this), args)) = args.split_first() else {
        return Err(Exc::type_error("property.__init__ needs a property"));
    };
    let arg = |i: usize, name: &str| {
        args.get(i)
            .or_else(|| super::kwarg(kwargs, name))
            .cloned()
            .unwrap_or(Value::None)
    };
    for (i, name) in ["fget", "fset", "fdel"].into_iter().enumerate() {
        this.dict.set_str(name, arg(i, name));
    }
    Ok(Value::None)
}

fn make(fget: Value, fset: Value, fdel: Value) -> Value {
    new_instance(&class(), &[("fget", fget), ("fset", fset), ("fdel", fdel)])
}

/// `p.setter(f)`, `p.getter(f)`, `p.deleter(f)`: a copy with one function replaced.
fn replace(args: &[Value], which: &str) -> PyResult<Value> {
    let class = class();
    let (Some(p), Some(f)) = (this_of(args, &class), args.get(1)) else {
        return Err(Exc::type_error(format!(
            "{which}() takes exactly one argument"
        )));
    };
    let get = |n: &str| {
        if n == which {
            f.clone()
        } else {
            p.dict.get_str(n).unwrap_or(Value::None)
        }
    };
    Ok(make(get("fget"), get("fset"), get("fdel")))
}

fn setter(_: &mut Vm, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    replace(args, "fset")
}

fn getter(_: &mut Vm, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    replace(args, "fget")
}

fn deleter(_: &mut Vm, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    replace(args, "fdel")
}

/// The property object behind a class attribute, if it is one.
pub fn as_property(v: &Value) -> Option<&Rc<Instance>> {
    match v {
        Value::Instance(i) if PROPERTY.with(|c| Rc::ptr_eq(&i.class, c)) => Some(i),
        _ => None,
    }
}

/// Reading `obj.name` through a property: calls its getter.
pub fn get(vm: &mut Vm, p: &Instance, obj: &Value, name: &str) -> PyResult<Value> {
    match p.dict.get_str("fget") {
        Some(f) if !f.is_none() => vm.call(&f, vec![obj.clone()]),
        _ => Err(Exc::attribute_error(format!(
            "property '{name}' of '{}' object has no getter",
            obj.type_name()
        ))),
    }
}

/// `del obj.name` through a property: calls its deleter.
pub fn delete(vm: &mut Vm, p: &Instance, obj: &Value, name: &str) -> PyResult<()> {
    match p.dict.get_str("fdel") {
        Some(f) if !f.is_none() => vm.call(&f, vec![obj.clone()]).map(|_| ()),
        _ => Err(Exc::attribute_error(format!(
            "property '{name}' of '{}' object has no deleter",
            obj.type_name()
        ))),
    }
}

/// Writing `obj.name = v` through a property: calls its setter.
pub fn set(vm: &mut Vm, p: &Instance, obj: &Value, name: &str, v: Value) -> PyResult<()> {
    match p.dict.get_str("fset") {
        Some(f) if !f.is_none() => vm.call(&f, vec![obj.clone(), v]).map(|_| ()),
        _ => Err(Exc::attribute_error(format!(
            "property '{name}' of '{}' object has no setter",
            obj.type_name()
        ))),
    }
}
