//! `C.__dict__`: a read-only, live view of a class's namespace (CPython's
//! `mappingproxy`), listing what CPython's type dict lists: the names the
//! class body bound, then the `__dict__` / `__weakref__` descriptors a
//! class gets when its base has none, and `__doc__` when the body set none.

use super::methods::native::{native_class, new_instance, this_of};
use crate::exception::{Exc, ExcKind, PyResult};
use crate::value::{Class, Dict, DictKey, Name, TypeKind, Value};
use crate::vm::Vm;
use std::rc::Rc;

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Name, Value)];

thread_local! {
    static PROXY: Rc<Class> = native_class("mappingproxy", "builtins", &[
        ("__getitem__", getitem), ("__contains__", contains), ("__len__", len),
        ("__iter__", iter), ("__repr__", repr), ("__str__", str_), ("__eq__", eq),
        ("keys", keys), ("values", values), ("items", items), ("get", get), ("copy", copy),
    ]);
    static DESCRIPTOR: Rc<Class> = native_class("getset_descriptor", "builtins", &[("__repr__", descriptor_repr), ("__eq__", descriptor_eq)]);
}

/// The key under which a proxy keeps its class: not a str, so neither
/// attribute lookup nor `dir()` sees it.
fn class_key() -> DictKey {
    DictKey {
        hash: crate::value::int::hash_int(0),
        value: Value::Int(0),
    }
}

/// `C.__dict__`
pub fn of(class: &Rc<Class>) -> Value {
    let proxy = PROXY.with(|p| new_instance(p, &[]));
    if let Value::Instance(i) = &proxy {
        i.dict.insert(class_key(), Value::Class(class.clone()));
    }
    proxy
}

/// The class a proxy views, from the method's first argument.
fn viewed(args: Args) -> PyResult<Rc<Class>> {
    let proxy = PROXY.with(Rc::clone);
    match this_of(args, &proxy).and_then(|p| p.dict.get(&class_key())) {
        Some(Value::Class(c)) => Ok(c),
        _ => Err(Exc::type_error(
            "descriptor requires a 'mappingproxy' object",
        )),
    }
}

/// What the class's namespace holds now, as a dict, in CPython's order.
fn snapshot(class: &Rc<Class>) -> Dict {
    let out = Dict::new();
    for (k, v) in class.dict.items() {
        if let Some(hash) = crate::value::ops::hash_builtin(&k).and_then(Result::ok) {
            out.insert(DictKey { hash, value: k }, v);
        }
    }
    if class.kind == TypeKind::User {
        let (dict, weakref) = descriptors_needed(class);
        if dict {
            out.set_str("__dict__", descriptor("__dict__", class));
        }
        if weakref {
            out.set_str("__weakref__", descriptor("__weakref__", class));
        }
        if out.get_str("__doc__").is_none() {
            out.set_str("__doc__", Value::None);
        }
    }
    out
}

/// Whether the class adds `__dict__` and `__weakref__`: a class does when
/// its base has no instance dict (object) or no weak references (object,
/// the builtin exceptions).
fn descriptors_needed(class: &Rc<Class>) -> (bool, bool) {
    match &class.base {
        Some(base) if base.kind == TypeKind::User => (false, false),
        Some(base) if base.is_exception() => (false, true),
        _ => (true, true),
    }
}

/// `<attribute '__dict__' of 'C' objects>`
fn descriptor(name: &str, class: &Rc<Class>) -> Value {
    DESCRIPTOR.with(|d| {
        new_instance(
            d,
            &[
                ("__name__", Value::str(name)),
                ("__objclass__", Value::Class(class.clone())),
            ],
        )
    })
}

/// CPython hands out one descriptor per class and name; cellar makes them
/// on demand, so two compare equal when they describe the same thing.
fn descriptor_eq(_: &mut Vm, args: Args, _: Kw) -> PyResult<Value> {
    let class = DESCRIPTOR.with(Rc::clone);
    let described = |v: &Value| {
        let d = this_of(std::slice::from_ref(v), &class)?;
        let owner = match d.dict.get_str("__objclass__") {
            Some(Value::Class(c)) => Rc::as_ptr(&c),
            _ => std::ptr::null(),
        };
        let name = d.dict.get_str("__name__")?.as_str().map(str::to_string)?;
        Some((name, owner))
    };
    let (Some(a), Some(b)) = (args.first(), args.get(1)) else {
        return Ok(Value::NotImplemented);
    };
    Ok(match (described(a), described(b)) {
        (Some(x), Some(y)) => Value::Bool(x == y),
        _ => Value::NotImplemented,
    })
}

fn descriptor_repr(_: &mut Vm, args: Args, _: Kw) -> PyResult<Value> {
    let class = DESCRIPTOR.with(Rc::clone);
    let this = this_of(args, &class).ok_or_else(|| Exc::type_error("getset_descriptor needed"))?;
    let name = this.dict.get_str("__name__").unwrap_or(Value::None);
    let owner = match this.dict.get_str("__objclass__") {
        Some(Value::Class(c)) => c.name.to_string(),
        _ => String::new(),
    };
    let name = name.as_str().map(str::to_string).unwrap_or_default();
    Ok(Value::str(format!(
        "<attribute '{name}' of '{owner}' objects>"
    )))
}

/// The snapshot as a dict value, for the methods that read it whole.
fn as_dict(args: Args) -> PyResult<Value> {
    Ok(Value::dict(snapshot(&viewed(args)?)))
}

/// `key` from the method's arguments, hashed.
fn key_of(vm: &mut Vm, key: &Value) -> PyResult<DictKey> {
    let hash = vm.hash(key)?;
    Ok(DictKey {
        hash,
        value: key.clone(),
    })
}

fn getitem(vm: &mut Vm, args: Args, _: Kw) -> PyResult<Value> {
    let key = args
        .get(1)
        .ok_or_else(|| Exc::type_error("expected 1 argument"))?;
    let found = snapshot(&viewed(args)?).get(&key_of(vm, key)?);
    found.ok_or_else(|| Exc::with_args(ExcKind::KeyError, vec![key.clone()]))
}

fn contains(vm: &mut Vm, args: Args, _: Kw) -> PyResult<Value> {
    let key = args
        .get(1)
        .ok_or_else(|| Exc::type_error("expected 1 argument"))?;
    let found = snapshot(&viewed(args)?).get(&key_of(vm, key)?);
    Ok(Value::Bool(found.is_some()))
}

fn get(vm: &mut Vm, args: Args, _: Kw) -> PyResult<Value> {
    let key = args
        .get(1)
        .ok_or_else(|| Exc::type_error("get expected at least 1 argument, got 0"))?;
    let found = snapshot(&viewed(args)?).get(&key_of(vm, key)?);
    Ok(found.unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::None)))
}

fn len(_: &mut Vm, args: Args, _: Kw) -> PyResult<Value> {
    Ok(Value::Int(snapshot(&viewed(args)?).len() as i64))
}

fn iter(vm: &mut Vm, args: Args, _: Kw) -> PyResult<Value> {
    let keys = Value::list(snapshot(&viewed(args)?).keys());
    vm.get_iter(&keys)
}

fn repr(vm: &mut Vm, args: Args, _: Kw) -> PyResult<Value> {
    let d = as_dict(args)?;
    Ok(Value::str(format!("mappingproxy({})", vm.repr(&d)?)))
}

fn str_(vm: &mut Vm, args: Args, _: Kw) -> PyResult<Value> {
    let d = as_dict(args)?;
    Ok(Value::str(vm.repr(&d)?))
}

fn eq(vm: &mut Vm, args: Args, _: Kw) -> PyResult<Value> {
    let other = args
        .get(1)
        .ok_or_else(|| Exc::type_error("expected 1 argument"))?;
    let d = as_dict(args)?;
    // another proxy compares by what it holds
    let other = match viewed(std::slice::from_ref(other)) {
        Ok(class) => Value::dict(snapshot(&class)),
        Err(_) => other.clone(),
    };
    Ok(Value::Bool(vm.eq(&d, &other)?))
}

fn copy(_: &mut Vm, args: Args, _: Kw) -> PyResult<Value> {
    as_dict(args)
}

/// `keys()`, `values()`, `items()`: the views of a dict of the contents.
fn view(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let d = as_dict(args)?;
    let method = super::method(&d, name).ok_or_else(|| Exc::type_error(name.to_string()))?;
    vm.call(&method, vec![d])
}

fn keys(vm: &mut Vm, args: Args, _: Kw) -> PyResult<Value> {
    view(vm, args, "keys")
}

fn values(vm: &mut Vm, args: Args, _: Kw) -> PyResult<Value> {
    view(vm, args, "values")
}

fn items(vm: &mut Vm, args: Args, _: Kw) -> PyResult<Value> {
    view(vm, args, "items")
}
