//! `dict` methods, and the `dict_keys`/`dict_values`/`dict_items` views:
//! live objects over the dict (they see later changes), printed as
//! `dict_keys(['a'])`.

use super::native::{native_class, new_instance, this_of};
use super::{Add, no_args, rest_range, wrong_self};
use crate::exception::{Exc, PyResult};
use crate::value::{Class, Dict, Name, Set, Value};
use crate::vm::Vm;
use crate::vm::iter::{DictView, IterState, iterator};
use std::rc::Rc;

type Kw<'a> = &'a [(Name, Value)];

pub(super) fn register(add: Add) {
    let table: &[(&'static str, crate::value::BuiltinFn)] = &[
        ("get", get),
        ("items", items),
        ("keys", keys),
        ("values", values),
        ("setdefault", setdefault),
        ("update", update),
        ("pop", pop),
        ("popitem", popitem),
        ("clear", clear),
        ("copy", copy),
        ("fromkeys", fromkeys),
    ];
    for (name, f) in table {
        add("dict", name, *f);
    }
}

fn this<'a>(name: &str, args: &'a [Value]) -> PyResult<&'a Rc<Dict>> {
    match args.first() {
        Some(Value::Dict(d)) => Ok(d),
        _ => Err(wrong_self("dict", name, args)),
    }
}

fn get(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = this("get", args)?;
    let rest = rest_range("get", args, kw, 1, 2)?;
    let key = vm.key(rest[0].clone())?;
    Ok(d.get(&key)
        .or_else(|| rest.get(1).cloned())
        .unwrap_or(Value::None))
}

thread_local! {
    static VIEWS: [Rc<Class>; 3] = [
        view_class("dict_keys"),
        view_class("dict_values"),
        view_class("dict_items"),
    ];
}

fn view_class(name: &'static str) -> Rc<Class> {
    let mut methods: Vec<(&'static str, crate::value::BuiltinFn)> = vec![
        ("__repr__", view_repr),
        ("__iter__", view_iter),
        ("__len__", view_len),
        ("__contains__", view_contains),
        ("__reversed__", view_reversed),
    ];
    if name != "dict_values" {
        methods.extend_from_slice(&[
            ("__eq__", view_eq),
            ("__and__", view_and),
            ("__rand__", view_and),
            ("__or__", view_or),
            ("__ror__", view_or),
            ("__sub__", view_sub),
            ("__rsub__", view_rsub),
            ("__xor__", view_xor),
            ("__rxor__", view_xor),
            ("isdisjoint", view_isdisjoint),
        ]);
    }
    native_class(name, "builtins", &methods)
}

const KINDS: [DictView; 3] = [DictView::Keys, DictView::Values, DictView::Items];

fn view(args: &[Value], kw: Kw, name: &str, which: usize) -> PyResult<Value> {
    let d = this(name, args)?;
    no_args(&format!("dict.{name}"), args, kw)?;
    let class = VIEWS.with(|v| v[which].clone());
    Ok(new_instance(&class, &[("mapping", Value::Dict(d.clone()))]))
}

fn keys(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    view(args, kw, "keys", 0)
}

fn values(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    view(args, kw, "values", 1)
}

fn items(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    view(args, kw, "items", 2)
}

/// The dict behind a view and which view it is.
fn view_parts(args: &[Value]) -> PyResult<(Rc<Dict>, usize)> {
    for which in 0..3 {
        let class = VIEWS.with(|v| v[which].clone());
        if let Some(inst) = this_of(args, &class)
            && let Some(Value::Dict(d)) = inst.dict.get_str("mapping")
        {
            return Ok((d, which));
        }
    }
    Err(Exc::type_error("expected a dict view"))
}

fn view_items(d: &Dict, which: usize) -> Vec<Value> {
    d.items()
        .into_iter()
        .map(|(k, v)| match KINDS[which] {
            DictView::Keys => k,
            DictView::Values => v,
            DictView::Items => Value::tuple(vec![k, v]),
        })
        .collect()
}

fn view_repr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (d, which) = view_parts(args)?;
    let name = ["dict_keys", "dict_values", "dict_items"][which];
    let inner = vm.repr(&Value::list(view_items(&d, which)))?;
    Ok(Value::str(format!("{name}({inner})")))
}

fn view_iter(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (dict, which) = view_parts(args)?;
    let len = dict.len();
    Ok(iterator(IterState::Dict {
        dict,
        i: 0,
        len,
        kind: KINDS[which],
    }))
}

fn view_len(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (d, _) = view_parts(args)?;
    Ok(Value::Int(d.len() as i64))
}

fn view_contains(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (d, which) = view_parts(args)?;
    let x = args.get(1).cloned().unwrap_or(Value::None);
    match KINDS[which] {
        DictView::Keys => {
            let k = vm.key(x)?;
            Ok(Value::Bool(d.get(&k).is_some()))
        }
        _ => {
            for item in view_items(&d, which) {
                if item.is(&x) || vm.eq(&item, &x)? {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
    }
}

fn view_reversed(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (d, which) = view_parts(args)?;
    let mut items = view_items(&d, which);
    items.reverse();
    Ok(iterator(IterState::Seq {
        items,
        i: 0,
        name: [
            "dict_reversekeyiterator",
            "dict_reversevalueiterator",
            "dict_reverseitemiterator",
        ][which],
    }))
}

/// A new set of an iterable's items, added in iteration order.
fn set_of(vm: &mut Vm, v: &Value) -> PyResult<Set> {
    let out = Set::new();
    for x in vm.collect(v)? {
        let k = vm.key(x)?;
        out.insert(k);
    }
    Ok(out)
}

/// The view and the other operand of a (possibly reflected) operator.
fn view_and_other(args: &[Value]) -> PyResult<(Value, Value)> {
    match args {
        [v, other] => Ok((v.clone(), other.clone())),
        _ => Err(Exc::type_error("expected 1 argument")),
    }
}

/// `view == other`: set equality with sets and key/item views.
fn view_eq(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (v, other) = view_and_other(args)?;
    let is_setlike = matches!(other, Value::Set(_))
        || view_parts(std::slice::from_ref(&other)).is_ok_and(|(_, w)| w != 1);
    if !is_setlike {
        return Ok(Value::NotImplemented);
    }
    let (a, b) = (set_of(vm, &v)?, set_of(vm, &other)?);
    Ok(Value::Bool(
        a.len() == b.len() && a.keys().iter().all(|k| b.contains(k)),
    ))
}

/// cpython: dictobject.c _PyDictView_Intersect
fn view_and(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (v, other) = view_and_other(args)?;
    let (d, _) = view_parts(std::slice::from_ref(&v))?;
    if let Value::Set(o) = &other
        && d.len() <= o.len()
    {
        let mine = set_of(vm, &v)?;
        return Ok(Value::set(Set::intersection(o, &mine)));
    }
    let (probe, walk) = match view_parts(std::slice::from_ref(&other)) {
        Ok((od, _)) if od.len() > d.len() => (other.clone(), v.clone()),
        _ => (v.clone(), other.clone()),
    };
    let out = Set::new();
    for x in vm.collect(&walk)? {
        if vm.contains(&probe, &x)? {
            let k = vm.key(x)?;
            out.insert(k);
        }
    }
    Ok(Value::set(out))
}

fn view_or(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (v, other) = view_and_other(args)?;
    let out = set_of(vm, &v)?;
    for x in vm.collect(&other)? {
        let k = vm.key(x)?;
        out.insert(k);
    }
    Ok(Value::set(out))
}

fn view_sub(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (v, other) = view_and_other(args)?;
    let out = set_of(vm, &v)?;
    for x in vm.collect(&other)? {
        let k = vm.key(x)?;
        out.remove(&k);
    }
    Ok(Value::set(out))
}

/// `other - view` (reflected).
fn view_rsub(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (v, other) = view_and_other(args)?;
    let out = set_of(vm, &other)?;
    for x in vm.collect(&v)? {
        let k = vm.key(x)?;
        out.remove(&k);
    }
    Ok(Value::set(out))
}

fn view_xor(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (v, other) = view_and_other(args)?;
    let out = set_of(vm, &v)?;
    let theirs = set_of(vm, &other)?;
    out.toggle_all(&theirs);
    Ok(Value::set(out))
}

fn view_isdisjoint(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (v, other) = view_and_other(args)?;
    for x in vm.collect(&other)? {
        if vm.contains(&v, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn setdefault(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = this("setdefault", args)?;
    let rest = rest_range("setdefault", args, kw, 1, 2)?;
    let key = vm.key(rest[0].clone())?;
    if let Some(v) = d.get(&key) {
        return Ok(v);
    }
    let v = rest.get(1).cloned().unwrap_or(Value::None);
    d.insert(key, v.clone());
    Ok(v)
}

/// `d.update(mapping_or_pairs, **kw)`.
fn update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = this("update", args)?.clone();
    if args.len() > 2 {
        return Err(Exc::type_error(format!(
            "update expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    if let Some(src) = args.get(1) {
        update_from(vm, &d, src)?;
    }
    for (k, v) in kw {
        d.set_str(k, v.clone());
    }
    Ok(Value::None)
}

/// Adds a mapping's items (dict, or anything with `keys()`) or a
/// sequence of pairs to `d`.
pub(crate) fn update_from(vm: &mut Vm, d: &Dict, src: &Value) -> PyResult<()> {
    if let Value::Dict(m) = src {
        // A copy first: `d` may be `m` itself (`d |= d`, `d.update(d)`).
        let items = m.borrow().clone();
        for (k, v) in items {
            d.insert(k, v);
        }
        return Ok(());
    }
    if let Value::Instance(_) = src
        && let Ok(keys) = vm.get_attr(src, "keys")
    {
        let ks = vm.call(&keys, vec![])?;
        for k in vm.collect(&ks)? {
            let v = vm.get_item(src, &k)?;
            let key = vm.key(k)?;
            d.insert(key, v);
        }
        return Ok(());
    }
    for (i, pair) in vm.collect(src)?.into_iter().enumerate() {
        let kv = vm.collect(&pair).map_err(|_| {
            Exc::type_error(format!(
                "cannot convert dictionary update sequence element #{i} to a sequence"
            ))
        })?;
        let [k, v] = <[Value; 2]>::try_from(kv).map_err(|kv| {
            Exc::value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                kv.len()
            ))
        })?;
        let key = vm.key(k)?;
        d.insert(key, v);
    }
    Ok(())
}

fn pop(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = this("pop", args)?;
    let rest = rest_range("pop", args, kw, 1, 2)?;
    if d.is_empty() {
        // cpython: an empty dict answers without hashing the key.
        return rest
            .get(1)
            .cloned()
            .ok_or_else(|| Exc::key_error(rest[0].clone()));
    }
    let key = vm.key(rest[0].clone())?;
    match (d.remove(&key), rest.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(Exc::key_error(rest[0].clone())),
    }
}

fn popitem(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = this("popitem", args)?;
    no_args("dict.popitem", args, kw)?;
    let last = d.borrow_mut().pop();
    match last {
        Some((k, v)) => Ok(Value::tuple(vec![k.value, v])),
        None => Err(Exc::key_error(Value::str("popitem(): dictionary is empty"))),
    }
}

fn clear(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = this("clear", args)?;
    no_args("dict.clear", args, kw)?;
    let old = d.clear();
    drop(old);
    Ok(Value::None)
}

fn copy(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = this("copy", args)?;
    no_args("dict.copy", args, kw)?;
    let map = d.borrow().clone();
    Ok(Value::dict(Dict::from_map(map)))
}

/// `d.fromkeys(iterable, value=None)` on an instance (bound: `d` first).
fn fromkeys(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let rest = rest_range("fromkeys", args, kw, 1, 2)?;
    fromkeys_of(vm, rest)
}

/// `dict.fromkeys(iterable, value=None)` on the class: every argument is
/// the call's own (`dict.fromkeys({'a': 1})` takes the dict's keys).
pub(in crate::builtins) fn fromkeys_unbound(
    vm: &mut Vm,
    args: &[Value],
    kw: Kw,
) -> PyResult<Value> {
    super::super::no_kwargs("fromkeys", kw)?;
    super::super::arg_range("fromkeys", args, 1, 2)?;
    fromkeys_of(vm, args)
}

fn fromkeys_of(vm: &mut Vm, rest: &[Value]) -> PyResult<Value> {
    let value = rest.get(1).cloned().unwrap_or(Value::None);
    let d = Dict::new();
    for k in vm.collect(&rest[0])? {
        let key = vm.key(k)?;
        d.insert(key, value.clone());
    }
    Ok(Value::dict(d))
}
