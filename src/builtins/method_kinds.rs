//! `staticmethod` and `classmethod`: class attributes wrapping a function
//! that bind differently from a plain function when read through a class
//! or an instance — to nothing, or to the class.

use super::methods::native::{native_class, this_of};
use crate::exception::{Exc, PyResult};
use crate::value::{BoundMethod, Class, Name, Value};
use crate::vm::Vm;
use std::rc::Rc;

thread_local! {
    static STATIC: Rc<Class> = native_class("staticmethod", "builtins", &[("__init__", static_init), ("__repr__", static_repr), ("__call__", static_call)]);
    static CLASS: Rc<Class> = native_class("classmethod", "builtins", &[("__init__", class_init), ("__repr__", class_repr)]);
}

/// The classes `staticmethod` and `classmethod`, for the builtins.
pub fn classes() -> [(&'static str, Value); 2] {
    [
        ("staticmethod", Value::Class(STATIC.with(Rc::clone))),
        ("classmethod", Value::Class(CLASS.with(Rc::clone))),
    ]
}

/// `staticmethod(f)`
fn static_init(_: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    wrap("staticmethod", args, kw)
}

/// `classmethod(f)`
fn class_init(_: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    wrap("classmethod", args, kw)
}

/// `__init__(self, f)`: keeps the function as `__func__` and `__wrapped__`.
fn wrap(kind: &str, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    super::no_kwargs(kind, kw)?;
    match args {
        [Value::Instance(this), f] => {
            this.dict.set_str("__func__", f.clone());
            this.dict.set_str("__wrapped__", f.clone());
            Ok(Value::None)
        }
        _ => Err(Exc::type_error(format!(
            "{kind} expected 1 argument, got {}",
            args.len().saturating_sub(1)
        ))),
    }
}

/// A class attribute `v` read through `class` (or one of its instances):
/// a staticmethod gives its function, a classmethod its function bound to
/// `class`; None for anything else.
pub fn bind_to_class(v: &Value, class: &Rc<Class>) -> Option<Value> {
    let Value::Instance(i) = v else {
        return None;
    };
    let func = || i.dict.get_str("__func__").unwrap_or(Value::None);
    if STATIC.with(|c| Rc::ptr_eq(&i.class, c)) {
        Some(func())
    } else if CLASS.with(|c| Rc::ptr_eq(&i.class, c)) {
        Some(Value::Method(Rc::new(BoundMethod {
            func: func(),
            this: Value::Class(class.clone()),
        })))
    } else {
        None
    }
}

/// `<staticmethod(<function A.f at 0x...>)>`
fn static_repr(vm: &mut Vm, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    wrapper_repr(vm, args, "staticmethod", &STATIC.with(Rc::clone))
}

fn class_repr(vm: &mut Vm, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    wrapper_repr(vm, args, "classmethod", &CLASS.with(Rc::clone))
}

fn wrapper_repr(vm: &mut Vm, args: &[Value], kind: &str, class: &Rc<Class>) -> PyResult<Value> {
    let this = this_of(args, class).ok_or_else(|| Exc::type_error("descriptor needs an object"))?;
    let func = this.dict.get_str("__func__").unwrap_or(Value::None);
    Ok(Value::str(format!("<{kind}({})>", vm.repr(&func)?)))
}

/// A staticmethod is callable like its function (CPython 3.10+).
fn static_call(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    let class = STATIC.with(Rc::clone);
    let this =
        this_of(args, &class).ok_or_else(|| Exc::type_error("descriptor needs an object"))?;
    let func = this.dict.get_str("__func__").unwrap_or(Value::None);
    vm.call_value(&func, args[1..].to_vec(), kw.to_vec())
}
