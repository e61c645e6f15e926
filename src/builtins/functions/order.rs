//! Ordering builtins: `min`, `max`, `sorted`, and the stable merge sort
//! that `list.sort` shares (calling back into the VM for `<` and `key=`).

use super::{Args, Kw};
use crate::builtins::kwarg;
use crate::exception::{Exc, PyResult};
use crate::value::Value;
use crate::vm::Vm;

pub(super) fn min(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    extreme(vm, args, kw, "min", 0)
}

pub(super) fn max(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    extreme(vm, args, kw, "max", 4)
}

/// min/max: `op` is the COMPARE_OP that makes a candidate win (< or >).
fn extreme(vm: &mut Vm, args: Args, kw: Kw, name: &str, op: u32) -> PyResult<Value> {
    if args.is_empty() {
        return Err(Exc::type_error(format!(
            "{name} expected at least 1 argument, got 0"
        )));
    }
    for (k, _) in kw {
        if !matches!(&**k, "key" | "default") {
            return Err(Exc::type_error(format!(
                "'{k}' is an invalid keyword argument for {name}()"
            )));
        }
    }
    let key = kwarg(kw, "key").filter(|k| !k.is_none()).cloned();
    let default = kwarg(kw, "default").cloned();
    if default.is_some() && args.len() > 1 {
        return Err(Exc::type_error(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    let best = match args {
        [single] => {
            let it = vm.get_iter(single)?;
            let mut best = None;
            while let Some(item) = vm.next(&it)? {
                best = better(vm, best, item, key.as_ref(), op)?;
            }
            best
        }
        many => {
            let mut best = None;
            for item in many {
                best = better(vm, best, item.clone(), key.as_ref(), op)?;
            }
            best
        }
    };
    match (best, default) {
        (Some((_, v)), _) => Ok(v),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(Exc::value_error(format!(
            "{name}() arg is an empty sequence"
        ))),
    }
}

/// The (key, item) that wins of `best` and `item` (the first of equals).
fn better(
    vm: &mut Vm,
    best: Option<(Value, Value)>,
    item: Value,
    key: Option<&Value>,
    op: u32,
) -> PyResult<Option<(Value, Value)>> {
    let k = match key {
        Some(f) => vm.call(f, vec![item.clone()])?,
        None => item.clone(),
    };
    let wins = match &best {
        None => true,
        Some((bk, _)) => vm.compare_bool(op, &k, bk)?,
    };
    Ok(if wins { Some((k, item)) } else { best })
}

/// `sorted(iterable, key=None, reverse=False)`
pub(super) fn sorted(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let [it] = args else {
        return Err(Exc::type_error(format!(
            "sorted expected 1 argument, got {}",
            args.len()
        )));
    };
    for (k, _) in kw {
        if !matches!(&**k, "key" | "reverse") {
            return Err(Exc::type_error(format!(
                "'{k}' is an invalid keyword argument for sort()"
            )));
        }
    }
    let items = vm.collect(it)?;
    let key = kwarg(kw, "key").cloned();
    let reverse = match kwarg(kw, "reverse") {
        Some(r) => vm.is_true(r)?,
        None => false,
    };
    Ok(Value::list(sort_values(vm, items, key, reverse)?))
}

/// A stable merge sort that calls back into the VM for `<` and `key`.
pub fn sort_values(
    vm: &mut Vm,
    items: Vec<Value>,
    key: Option<Value>,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let mut keyed: Vec<(Value, Value)> = Vec::new();
    crate::memory::reserve(&mut keyed, items.len())?;
    for item in items {
        let k = match &key {
            Some(f) if !f.is_none() => vm.call(f, vec![item.clone()])?,
            _ => item.clone(),
        };
        keyed.push((k, item));
    }
    if reverse {
        keyed.reverse();
    }
    let sorted = if keyed.len() < MIN_MERGE {
        run_sort(vm, keyed)?
    } else {
        merge_sort(vm, keyed)?
    };
    let mut out: Vec<Value> = sorted.into_iter().map(|(_, v)| v).collect();
    if reverse {
        out.reverse();
    }
    Ok(out)
}

/// Below this many items CPython's timsort is one run: `count_run`, then
/// binary insertion (cpython: listobject.c MIN_GALLOP's sibling MIN_MERGE).
const MIN_MERGE: usize = 64;

/// CPython's listsort for a short list, comparison for comparison (so
/// `__lt__` calls, and which pair raises TypeError, are CPython's): the
/// leading run (a strictly descending one reversed), then each further
/// item inserted by binary search. cpython: count_run, binarysort
fn run_sort(vm: &mut Vm, mut v: Vec<(Value, Value)>) -> PyResult<Vec<(Value, Value)>> {
    let n = v.len();
    if n < 2 {
        return Ok(v);
    }
    let mut run = 2;
    if vm.compare_bool(0, &v[1].0, &v[0].0)? {
        while run < n && vm.compare_bool(0, &v[run].0, &v[run - 1].0)? {
            run += 1;
        }
        v[..run].reverse();
    } else {
        while run < n && !vm.compare_bool(0, &v[run].0, &v[run - 1].0)? {
            run += 1;
        }
    }
    for start in run..n {
        vm.check_interrupt()?;
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + (r - l) / 2;
            if vm.compare_bool(0, &v[start].0, &v[p].0)? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        let item = v.remove(start);
        v.insert(l, item);
    }
    Ok(v)
}

fn merge_sort(vm: &mut Vm, mut v: Vec<(Value, Value)>) -> PyResult<Vec<(Value, Value)>> {
    if v.len() <= 1 {
        return Ok(v);
    }
    let right = v.split_off(v.len() / 2);
    let left = merge_sort(vm, v)?;
    let right = merge_sort(vm, right)?;
    let mut out = Vec::new();
    crate::memory::reserve(&mut out, left.len() + right.len())?;
    let (mut l, mut r) = (left.into_iter().peekable(), right.into_iter().peekable());
    while let (Some(a), Some(b)) = (l.peek(), r.peek()) {
        vm.check_interrupt()?;
        if vm.compare_bool(0, &b.0, &a.0)? {
            out.push(r.next().expect("invariant: peeked"));
        } else {
            out.push(l.next().expect("invariant: peeked"));
        }
    }
    out.extend(l);
    out.extend(r);
    Ok(out)
}
