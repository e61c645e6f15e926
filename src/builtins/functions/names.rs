//! Builtins that name things: `ascii`, `dir`, `vars`.

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

/// `dir(obj)`: the sorted attribute names of a module, instance or class;
/// `dir()` lists the globals.
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
        Some(Value::Module(m)) => m
            .dict
            .keys()
            .iter()
            .filter_map(|k| k.as_str().map(String::from))
            .collect(),
        Some(Value::Instance(i)) => {
            let mut n: Vec<String> = i
                .dict
                .keys()
                .iter()
                .filter_map(|k| k.as_str().map(String::from))
                .collect();
            for c in i.class.mro() {
                n.extend(
                    c.dict
                        .keys()
                        .iter()
                        .filter_map(|k| k.as_str().map(String::from)),
                );
            }
            n
        }
        Some(Value::Class(c)) => c
            .mro()
            .iter()
            .flat_map(|c| c.dict.keys())
            .filter_map(|k| k.as_str().map(String::from))
            .collect(),
        Some(other) => crate::builtins::methods::names_of(other),
    };
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::str).collect()))
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
