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

/// The owner of `object`'s own slot wrappers (`object.__setattr__`):
/// unbound they show as `<slot wrapper ...>`, bound as method-wrappers.
pub const OBJECT_SLOT: &str = "object slot wrapper";

/// `object`'s namespace: the `__setattr__` and `__delattr__` that
/// `super().__setattr__(...)` and `object.__setattr__(...)` reach.
pub fn object_dict() -> crate::value::Dict {
    let dict = crate::value::Dict::new();
    let wrappers: [(&'static str, BuiltinFn); 3] = [
        ("__setattr__", object_setattr),
        ("__delattr__", object_delattr),
        ("__init_subclass__", object_init_subclass),
    ];
    for (name, func) in wrappers {
        let b = Builtin {
            name,
            func,
            this: None,
            owner: Some(OBJECT_SLOT),
        };
        dict.set_str(name, Value::Builtin(Rc::new(b)));
    }
    dict
}

/// `object.__setattr__(obj, name, value)`: the generic write, skipping
/// any `__setattr__` of obj's class.
fn object_setattr(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    no_kwargs("__setattr__", kw)?;
    let [this, name, value] = args else {
        return Err(wrapper_arity(args.len(), 3));
    };
    let name = attribute_name(name)?;
    match this {
        Value::Instance(i) => {
            let key = crate::value::dict::StrKey::new(name);
            let hooks = i.class.write_hooks();
            vm.generic_setattr(this, i, &key, value.clone(), hooks)?
        }
        Value::Class(_) => {
            return Err(Exc::type_error(
                "can't apply this __setattr__ to type object",
            ));
        }
        other => vm.set_attr(other, name, value.clone())?,
    }
    Ok(Value::None)
}

/// `object.__init_subclass__(cls)`: does nothing, takes no keywords.
fn object_init_subclass(_: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let name = match args.first() {
        Some(Value::Class(c)) => c.name.to_string(),
        _ => "object".to_string(),
    };
    if !kw.is_empty() {
        return Err(Exc::type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    if args.len() > 1 {
        return Err(Exc::type_error(format!(
            "{name}.__init_subclass__() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    Ok(Value::None)
}

/// `object.__delattr__(obj, name)`.
fn object_delattr(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    no_kwargs("__delattr__", kw)?;
    let [this, name] = args else {
        return Err(wrapper_arity(args.len(), 2));
    };
    let name = attribute_name(name)?;
    match this {
        Value::Instance(i) => {
            let hooks = i.class.write_hooks();
            vm.generic_delattr(this, i, name, hooks)?
        }
        Value::Class(_) => {
            return Err(Exc::type_error(
                "can't apply this __delattr__ to type object",
            ));
        }
        other => vm.del_attr(other, name)?,
    }
    Ok(Value::None)
}

fn attribute_name(v: &Value) -> PyResult<&str> {
    v.as_str().ok_or_else(|| {
        Exc::type_error(format!(
            "attribute name must be string, not '{}'",
            v.type_name()
        ))
    })
}

/// cpython: a slot wrapper called with the wrong number of arguments.
fn wrapper_arity(got: usize, want: usize) -> Exc {
    match got {
        0 => Exc::type_error("descriptor needs an argument"),
        n => Exc::type_error(format!("expected {} arguments, got {}", want - 1, n - 1)),
    }
}

/// The owner of `exit` and `quit` (site.py's Quitter objects).
pub const QUITTER: &str = "Quitter";

/// `exit` / `quit`: calling one raises SystemExit(code); its repr says
/// how to leave.
pub fn quitter(name: &'static str) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name,
        func: quit_call,
        this: None,
        owner: Some(QUITTER),
    }))
}

/// `exit(code=None)`: raises SystemExit(code).
fn quit_call(_: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let code = match (args, kw) {
        ([], []) => Value::None,
        ([code], []) => code.clone(),
        ([], [(k, code)]) if &**k == "code" => code.clone(),
        _ => {
            return Err(Exc::type_error(
                "Quitter.__call__() takes from 1 to 2 positional arguments",
            ));
        }
    };
    Err(Exc::with_args(
        crate::exception::ExcKind::SystemExit,
        vec![code],
    ))
}

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
