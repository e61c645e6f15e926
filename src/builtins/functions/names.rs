//! Builtins that name things: `ascii`, `dir`, `vars`, `locals`.

use super::{Args, Kw};
use crate::builtins::{arg_range, exactly_one, no_kwargs};
use crate::exception::{Exc, PyResult};
use crate::value::Value;
use crate::vm::Vm;

/// `ascii(obj)`: repr with non-ASCII characters escaped.
pub(super) fn ascii(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let v = exactly_one("ascii", args, kw)?;
    let r = vm.repr(v)?;
    Ok(Value::str(ascii_of(&r)))
}

/// Escapes non-ASCII characters as `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
pub(crate) fn ascii_of(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c as u32 {
            0..=0x7f => out.push(c),
            n @ 0x80..=0xff => out.push_str(&format!("\\x{n:02x}")),
            n @ 0x100..=0xffff => out.push_str(&format!("\\u{n:04x}")),
            n => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    out
}

/// `dir(obj)`: the sorted attribute names of a value; `dir()` lists the
/// globals.
pub(super) fn dir(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    no_kwargs("dir", kw)?;
    arg_range("dir", args, 0, 1)?;
    let mut names: Vec<String> = match args.first() {
        None => vm
            .globals
            .items()
            .into_iter()
            .map(|(k, _)| k.to_string())
            .collect(),
        Some(Value::Module(m)) => str_keys(&m.dict),
        Some(obj) => attribute_names(vm, obj),
    };
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::str).collect()))
}

/// The names in the value's own namespace and its classes', then those of
/// CPython's `dir()` for its type that cellar really resolves: dir() never
/// lists an attribute that would raise AttributeError.
fn attribute_names(vm: &mut Vm, obj: &Value) -> Vec<String> {
    let mut names = own_names(obj);
    let type_name = match obj {
        Value::Instance(i) if i.exc.is_some() => "BaseException".into(),
        Value::Instance(_) | Value::Class(_) => "object".into(),
        other => other.type_name(),
    };
    for &name in crate::builtins::dir_names::cpython_dir(&type_name) {
        if !names.iter().any(|n| n == name) && resolves(vm, obj, name) {
            names.push(name.to_string());
        }
    }
    names
}

/// Instance dict and class dicts, a class's dicts up its MRO, a function's
/// `__dict__`, a builtin type's methods.
fn own_names(obj: &Value) -> Vec<String> {
    match obj {
        Value::Instance(i) => {
            let mut n = str_keys(&i.dict);
            for c in i.class.mro() {
                n.extend(str_keys(&c.dict));
            }
            n
        }
        Value::Class(c) => c.mro().iter().flat_map(|c| str_keys(&c.dict)).collect(),
        Value::Function(f) => f.dict().map_or_else(Vec::new, |d| str_keys(&d)),
        other => crate::builtins::methods::names_of(other),
    }
}

/// Whether `obj.name` answers, without running the user's `__getattr__`.
fn resolves(vm: &mut Vm, obj: &Value, name: &str) -> bool {
    if let Value::Instance(i) = obj
        && i.class.lookup("__getattr__").is_some()
    {
        return crate::builtins::slots::slot_attr(obj, name).is_some();
    }
    vm.get_attr(obj, name).is_ok()
}

fn str_keys(d: &crate::value::Dict) -> Vec<String> {
    d.keys()
        .iter()
        .filter_map(|k| k.as_str().map(String::from))
        .collect()
}

/// `vars(obj)`: the `__dict__` of a module or instance.
pub(super) fn vars(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    no_kwargs("vars", kw)?;
    match args {
        [] => super::globals(vm, args, kw),
        [v] => vm
            .get_attr(v, "__dict__")
            .map_err(|_| Exc::type_error("vars() argument must have __dict__ attribute")),
        _ => Err(Exc::type_error(format!(
            "vars expected at most 1 argument, got {}",
            args.len()
        ))),
    }
}

/// `locals()`: in a function, a new dict of its bound fast locals, cell
/// variables and free variables (empty cells left out), in the frame's
/// slot order; in a class body its namespace; at module level `globals()`.
/// cpython: frameobject.c _PyFrame_FastToLocalsWithError
pub(super) fn locals(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    arg_range("locals", args, 0, 0)?;
    no_kwargs("locals", kw)?;
    let Some(frame) = vm.current_frame() else {
        return super::globals(vm, args, kw);
    };
    if let Some(ns) = &frame.class_ns {
        return Ok(Value::Dict(ns.clone()));
    }
    if frame.func.is_none() {
        return super::globals(vm, args, kw);
    }
    let d = crate::value::Dict::new();
    for (i, (name, kind)) in frame.code.localsplus.iter().enumerate() {
        let v = match vm.stack.get(frame.base + i) {
            Some(Value::Cell(c)) if *kind != crate::code::SlotKind::Local => c.get(),
            Some(Value::Null) | None => None,
            Some(v) => Some(v.clone()),
        };
        if let Some(v) = v {
            d.set_str(name, v);
        }
    }
    Ok(Value::dict(d))
}
