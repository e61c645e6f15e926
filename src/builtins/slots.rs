//! The object protocol seen as attributes: `x.__class__` on any value, and
//! the method-wrappers `f.__call__`, `x.__repr__`, `x.__str__` (CPython's
//! slot wrappers bound to a value), which call, repr and str it.

use super::no_kwargs;
use crate::exception::{Exc, PyResult};
use crate::value::{Builtin, BuiltinFn, Name, Value};
use crate::vm::Vm;
use std::rc::Rc;

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Name, Value)];

/// The owner a method-wrapper carries: its repr and type name say so.
pub const METHOD_WRAPPER: &str = "method-wrapper";

/// `obj.name` for the names every value (or every callable) has, when
/// nothing more specific answered.
pub fn slot_attr(obj: &Value, name: &str) -> Option<Value> {
    let func: BuiltinFn = match name {
        "__class__" => return Some(Value::Class(super::types::type_of(obj))),
        "__call__" if obj.is_callable() => call_slot,
        // a class's own `__repr__` is object's unbound one: not modelled
        "__repr__" if !matches!(obj, Value::Class(_)) => repr_slot,
        "__str__" if !matches!(obj, Value::Class(_)) => str_slot,
        _ => return None,
    };
    let name = match name {
        "__call__" => "__call__",
        "__repr__" => "__repr__",
        _ => "__str__",
    };
    Some(Value::Builtin(Rc::new(Builtin {
        name,
        func,
        this: Some(obj.clone()),
        owner: Some(METHOD_WRAPPER),
    })))
}

fn call_slot(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let (this, rest) = args.split_first().ok_or_else(unbound)?;
    vm.call_value(this, rest.to_vec(), kw.to_vec())
}

fn repr_slot(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let this = no_arguments("__repr__", args, kw)?;
    Ok(Value::str(vm.repr(this)?))
}

fn str_slot(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let this = no_arguments("__str__", args, kw)?;
    Ok(Value::str(vm.to_str(this)?))
}

/// The bound value of a wrapper that takes no arguments.
fn no_arguments<'a>(name: &str, args: &'a [Value], kw: Kw) -> PyResult<&'a Value> {
    no_kwargs(&format!("wrapper {name}"), kw)?;
    match args {
        [this] => Ok(this),
        [] => Err(unbound()),
        _ => Err(Exc::type_error(format!(
            "expected 0 arguments, got {}",
            args.len() - 1
        ))),
    }
}

fn unbound() -> Exc {
    Exc::type_error("method-wrapper called without its object")
}
