//! Methods of the builtin types, looked up by type and name. Each method
//! is a builtin whose first argument is the object (`list.append(xs, 1)`).

use super::no_kwargs;
use crate::exception::{Exc, PyResult};
use crate::value::{Builtin, BuiltinFn, Name, Value};
use crate::vm::Vm;
use rustc_hash::FxHashMap;
use std::rc::Rc;

type Table = FxHashMap<(&'static str, &'static str), Value>;

thread_local! {
    static METHODS: Table = make_table();
}

fn make_table() -> Table {
    let mut t = Table::default();
    let mut add = |owner: &'static str, name: &'static str, func: BuiltinFn| {
        t.insert(
            (owner, name),
            Value::Builtin(Rc::new(Builtin {
                name,
                func,
                this: None,
                owner: Some(owner),
            })),
        );
    };
    add("list", "append", list_append);
    add("list", "pop", list_pop);
    add("dict", "get", dict_get);
    add("dict", "items", dict_items);
    add("dict", "keys", dict_keys);
    add("dict", "values", dict_values);
    add("str", "join", str_join);
    add("str", "upper", str_upper);
    t
}

/// The unbound method `name` of `obj`'s builtin type.
pub(super) fn lookup(obj: &Value, name: &str) -> Option<Value> {
    let owner = match obj {
        Value::List(_) => "list",
        Value::Dict(_) => "dict",
        Value::Str(_) => "str",
        Value::Set(_) => "set",
        Value::Tuple(_) => "tuple",
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => "int",
        Value::Float(_) => "float",
        Value::Generator(_) => "generator",
        _ => return None,
    };
    METHODS.with(|t| t.get(&(owner, name)).cloned())
}

fn list_append(_: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("append", kw)?;
    match args {
        [Value::List(l), v] => {
            l.items.borrow_mut().push(v.clone());
            Ok(Value::None)
        }
        _ => Err(Exc::type_error(format!(
            "list.append() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        ))),
    }
}

fn list_pop(_: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("pop", kw)?;
    let Some(Value::List(l)) = args.first() else {
        return Err(Exc::type_error("pop of a non-list"));
    };
    let mut items = l.items.borrow_mut();
    if items.is_empty() {
        return Err(Exc::index_error("pop from empty list"));
    }
    let i = match args.get(1) {
        Some(k) => crate::vm::index_of(k, items.len(), "list")?,
        None => items.len() - 1,
    };
    if i >= items.len() {
        return Err(Exc::index_error("pop index out of range"));
    }
    Ok(items.remove(i))
}

fn dict_get(vm: &mut Vm, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    let [Value::Dict(d), k, rest @ ..] = args else {
        return Err(Exc::type_error("get expected at least 1 argument, got 0"));
    };
    let key = vm.key(k.clone())?;
    Ok(d.get(&key)
        .or_else(|| rest.first().cloned())
        .unwrap_or(Value::None))
}

fn dict_view(args: &[Value], kind: crate::vm::iter::DictView) -> PyResult<Value> {
    let [Value::Dict(d)] = args else {
        return Err(Exc::type_error("dict view of a non-dict"));
    };
    let items: Vec<Value> = d
        .items()
        .into_iter()
        .map(|(k, v)| match kind {
            crate::vm::iter::DictView::Keys => k,
            crate::vm::iter::DictView::Values => v,
            crate::vm::iter::DictView::Items => Value::tuple(vec![k, v]),
        })
        .collect();
    Ok(Value::list(items))
}

fn dict_items(_: &mut Vm, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    dict_view(args, crate::vm::iter::DictView::Items)
}

fn dict_keys(_: &mut Vm, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    dict_view(args, crate::vm::iter::DictView::Keys)
}

fn dict_values(_: &mut Vm, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    dict_view(args, crate::vm::iter::DictView::Values)
}

fn str_join(vm: &mut Vm, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    let [Value::Str(sep), it] = args else {
        return Err(Exc::type_error("join() takes exactly one argument"));
    };
    let items = vm.collect(it)?;
    let mut parts = Vec::with_capacity(items.len());
    for (i, x) in items.iter().enumerate() {
        match x {
            Value::Str(s) => parts.push(s.as_str().to_string()),
            other => {
                return Err(Exc::type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    other.type_name()
                )));
            }
        }
    }
    Ok(Value::str(parts.join(sep.as_str())))
}

fn str_upper(_: &mut Vm, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    let [Value::Str(s)] = args else {
        return Err(Exc::type_error("upper() takes no arguments"));
    };
    Ok(Value::str(s.as_str().to_uppercase()))
}
