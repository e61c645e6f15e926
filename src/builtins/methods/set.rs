//! `set` methods. Results are built the way setobject.c builds them, so
//! their iteration order matches CPython's.

use super::{Add, no_args, one_arg, wrong_self};
use crate::exception::{Exc, PyResult};
use crate::value::{Name, Set, Value};
use crate::vm::Vm;
use std::rc::Rc;

type Kw<'a> = &'a [(Name, Value)];

pub(super) fn register(add: Add) {
    let table: &[(&'static str, crate::value::BuiltinFn)] = &[
        ("add", add_),
        ("discard", discard),
        ("remove", remove),
        ("pop", pop),
        ("clear", clear),
        ("copy", copy),
        ("union", union),
        ("intersection", intersection),
        ("difference", difference),
        ("symmetric_difference", symmetric_difference),
        ("update", update),
        ("intersection_update", intersection_update),
        ("difference_update", difference_update),
        ("symmetric_difference_update", symmetric_difference_update),
        ("issubset", issubset),
        ("issuperset", issuperset),
        ("isdisjoint", isdisjoint),
    ];
    for (name, f) in table {
        add("set", name, *f);
    }
    let frozen: &[(&'static str, crate::value::BuiltinFn)] = &[
        ("copy", frozen_copy),
        ("union", frozen_union),
        ("intersection", frozen_intersection),
        ("difference", frozen_difference),
        ("symmetric_difference", frozen_symmetric_difference),
        ("issubset", issubset),
        ("issuperset", issuperset),
        ("isdisjoint", isdisjoint),
    ];
    for (name, f) in frozen {
        add("frozenset", name, *f);
    }
}

/// `fs.copy()` is `fs` itself, as CPython's.
fn frozen_copy(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    this("copy", args)?;
    no_args("frozenset.copy", args, kw)?;
    Ok(args[0].clone())
}

/// A frozenset's method makes frozensets where the set's makes sets.
macro_rules! frozen_methods {
    ($($f:ident => $g:ident;)*) => {$(
        fn $f(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
            let r = $g(vm, args, kw)?;
            if let Value::Set(s) = &r {
                s.frozen.set(true);
            }
            Ok(r)
        }
    )*};
}

frozen_methods! {
    frozen_union => union;
    frozen_intersection => intersection;
    frozen_difference => difference;
    frozen_symmetric_difference => symmetric_difference;
}

fn this<'a>(name: &str, args: &'a [Value]) -> PyResult<&'a Rc<Set>> {
    match args.first() {
        Some(Value::Set(s)) => Ok(s),
        _ => Err(wrong_self("set", name, args)),
    }
}

impl Vm {
    /// `set(iterable)`: a set argument is merged (setobject.c set_merge,
    /// CPython's order), anything else added item by item.
    pub fn set_from_iterable(&mut self, v: &Value) -> PyResult<Set> {
        if let Value::Set(s) = v {
            return Ok(s.copy());
        }
        let out = Set::new();
        for x in self.collect(v)? {
            let k = self.key(x)?;
            out.insert(k);
        }
        Ok(out)
    }

    /// BUILD_SET of a display: CPython folds three or more constants into
    /// a frozenset merged into an empty set, which can order differently.
    pub fn set_display(&mut self, items: Vec<Value>, all_constant: bool) -> PyResult<Set> {
        let mut keys = Vec::with_capacity(items.len());
        for x in items {
            keys.push(self.key(x)?);
        }
        if all_constant && keys.len() > 2 {
            return Ok(Set::from_constants(keys));
        }
        let out = Set::new();
        for k in keys {
            out.insert(k);
        }
        Ok(out)
    }
}

/// A set argument as a set: itself, or a new set of the iterable's items.
fn as_set(vm: &mut Vm, v: &Value) -> PyResult<Rc<Set>> {
    if let Value::Set(s) = v {
        return Ok(s.clone());
    }
    let out = Set::new();
    for x in vm.collect(v)? {
        let k = vm.key(x)?;
        out.insert(k);
    }
    Ok(Rc::new(out))
}

fn add_(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this("add", args)?;
    let x = one_arg("set.add", args, kw)?;
    let k = vm.key(x.clone())?;
    s.insert(k);
    Ok(Value::None)
}

fn discard(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this("discard", args)?;
    let x = one_arg("set.discard", args, kw)?;
    if let Value::Set(_) = x {
        // cpython: a set argument is looked up as a frozenset; sets never
        // contain one here.
        return Ok(Value::None);
    }
    let k = vm.key(x.clone())?;
    s.remove(&k);
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this("remove", args)?;
    let x = one_arg("set.remove", args, kw)?;
    if let Value::Set(_) = x {
        return Err(Exc::key_error(x.clone()));
    }
    let k = vm.key(x.clone())?;
    if s.remove(&k) {
        Ok(Value::None)
    } else {
        Err(Exc::key_error(x.clone()))
    }
}

fn pop(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this("pop", args)?;
    no_args("set.pop", args, kw)?;
    s.pop()
        .map(|k| k.value)
        .ok_or_else(|| Exc::key_error(Value::str("pop from an empty set")))
}

fn clear(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this("clear", args)?;
    no_args("set.clear", args, kw)?;
    let old = s.clear();
    drop(old);
    Ok(Value::None)
}

fn copy(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this("copy", args)?;
    no_args("set.copy", args, kw)?;
    Ok(Value::set(s.copy()))
}

/// Folds `op` over every argument: `a.union(b, c)` is `(a | b) | c`.
fn fold(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: Kw,
    op: fn(&mut Vm, &Set, &Value) -> PyResult<Set>,
) -> PyResult<Value> {
    let s = this(name, args)?;
    super::super::no_kwargs(&format!("set.{name}"), kw)?;
    let mut acc = s.copy();
    for other in &args[1..] {
        acc = op(vm, &acc, other)?;
    }
    Ok(Value::set(acc))
}

fn union_op(vm: &mut Vm, a: &Set, b: &Value) -> PyResult<Set> {
    let b = as_set(vm, b)?;
    Ok(Set::union(a, &b))
}

/// cpython: set_intersection (a non-set iterable is walked in its order)
fn intersection_op(vm: &mut Vm, a: &Set, b: &Value) -> PyResult<Set> {
    if let Value::Set(b) = b {
        return Ok(Set::intersection(a, b));
    }
    let out = Set::new();
    for x in vm.collect(b)? {
        let k = vm.key(x)?;
        if a.contains(&k) {
            out.insert(k);
        }
    }
    Ok(out)
}

fn difference_op(vm: &mut Vm, a: &Set, b: &Value) -> PyResult<Set> {
    if let Value::Set(b) = b {
        return Ok(Set::difference(a, b));
    }
    let out = a.copy();
    for x in vm.collect(b)? {
        let k = vm.key(x)?;
        out.remove(&k);
    }
    Ok(out)
}

fn union(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    fold(vm, "union", args, kw, union_op)
}

fn intersection(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    fold(vm, "intersection", args, kw, intersection_op)
}

fn difference(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    fold(vm, "difference", args, kw, difference_op)
}

fn symmetric_difference(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this("symmetric_difference", args)?;
    let other = one_arg("set.symmetric_difference", args, kw)?;
    let b = as_set(vm, other)?;
    Ok(Value::set(Set::symmetric_difference(s, &b)))
}

/// Replaces the receiver's contents with `result` (in place updates).
fn replace_contents(s: &Set, result: Set) {
    s.clear();
    s.merge(&result);
}

fn update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this("update", args)?;
    super::super::no_kwargs("set.update", kw)?;
    for other in &args[1..] {
        match other {
            Value::Set(o) => s.merge(o),
            _ => {
                for x in vm.collect(other)? {
                    let k = vm.key(x)?;
                    s.insert(k);
                }
            }
        }
    }
    Ok(Value::None)
}

fn intersection_update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this("intersection_update", args)?.clone();
    let r = fold(vm, "intersection_update", args, kw, intersection_op)?;
    if let Value::Set(r) = r {
        replace_contents(&s, r.copy());
    }
    Ok(Value::None)
}

fn difference_update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this("difference_update", args)?;
    super::super::no_kwargs("set.difference_update", kw)?;
    for other in &args[1..] {
        for x in vm.collect(other)? {
            let k = vm.key(x)?;
            s.remove(&k);
        }
    }
    Ok(Value::None)
}

fn symmetric_difference_update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this("symmetric_difference_update", args)?;
    let other = one_arg("set.symmetric_difference_update", args, kw)?;
    let b = as_set(vm, other)?;
    s.toggle_all(&b);
    Ok(Value::None)
}

fn issubset(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this("issubset", args)?;
    let b = as_set(vm, one_arg("set.issubset", args, kw)?)?;
    Ok(Value::Bool(s.keys().iter().all(|k| b.contains(k))))
}

fn issuperset(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this("issuperset", args)?;
    let b = as_set(vm, one_arg("set.issuperset", args, kw)?)?;
    Ok(Value::Bool(b.keys().iter().all(|k| s.contains(k))))
}

fn isdisjoint(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this("isdisjoint", args)?;
    let b = as_set(vm, one_arg("set.isdisjoint", args, kw)?)?;
    Ok(Value::Bool(!s.keys().iter().any(|k| b.contains(k))))
}
