//! `list` and `tuple` methods. No RefCell borrow is held while calling
//! back into Python (comparisons, `key=`): items are copied out first.

use super::{Add, int_arg, no_args, one_arg, rest_range, span, wrong_self};
use crate::exception::{Exc, PyResult};
use crate::value::{List, Name, Value};
use crate::vm::Vm;
use std::rc::Rc;

type Kw<'a> = &'a [(Name, Value)];

pub(super) fn register(add: Add) {
    let table: &[(&'static str, crate::value::BuiltinFn)] = &[
        ("append", append),
        ("extend", extend),
        ("pop", pop),
        ("insert", insert),
        ("remove", remove),
        ("clear", clear),
        ("index", index),
        ("count", count),
        ("sort", sort),
        ("reverse", reverse),
        ("copy", copy),
    ];
    for (name, f) in table {
        add("list", name, *f);
    }
    add("tuple", "index", index);
    add("tuple", "count", count);
}

fn this<'a>(name: &str, args: &'a [Value]) -> PyResult<&'a Rc<List>> {
    match args.first() {
        Some(Value::List(l)) => Ok(l),
        _ => Err(wrong_self("list", name, args)),
    }
}

fn append(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let l = this("append", args)?;
    let v = one_arg("list.append", args, kw)?;
    let mut items = l.items.borrow_mut();
    crate::memory::reserve(&mut items, 1)?;
    items.push(v.clone());
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let l = this("extend", args)?;
    let it = one_arg("list.extend", args, kw)?;
    let items = vm.collect(it)?;
    let mut list = l.items.borrow_mut();
    crate::memory::reserve(&mut list, items.len())?;
    list.extend(items);
    Ok(Value::None)
}

fn pop(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let l = this("pop", args)?;
    let rest = rest_range("pop", args, kw, 0, 1)?;
    let i = match rest.first() {
        Some(k) => int_arg(k)?,
        None => -1,
    };
    let mut items = l.items.borrow_mut();
    if items.is_empty() {
        return Err(Exc::index_error("pop from empty list"));
    }
    let n = items.len() as i64;
    let i = if i < 0 { i + n } else { i };
    if i < 0 || i >= n {
        return Err(Exc::index_error("pop index out of range"));
    }
    Ok(items.remove(i as usize))
}

fn insert(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let l = this("insert", args)?;
    let rest = rest_range("insert", args, kw, 2, 2)?;
    let i = int_arg(&rest[0])?;
    let mut items = l.items.borrow_mut();
    crate::memory::reserve(&mut items, 1)?;
    let n = items.len() as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(i as usize, rest[1].clone());
    Ok(Value::None)
}

/// The position of the first item equal to `x` in `items[start..end]`.
fn position(
    vm: &mut Vm,
    items: &[Value],
    x: &Value,
    start: usize,
    end: usize,
) -> PyResult<Option<usize>> {
    for (i, item) in items.iter().enumerate().take(end).skip(start) {
        if item.is(x) || vm.eq(item, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn remove(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let l = this("remove", args)?;
    let x = one_arg("list.remove", args, kw)?;
    let items = l.items.borrow().clone();
    match position(vm, &items, x, 0, items.len())? {
        Some(i) => {
            let mut cur = l.items.borrow_mut();
            if i < cur.len() {
                cur.remove(i);
            }
            Ok(Value::None)
        }
        None => Err(Exc::value_error("list.remove(x): x not in list")),
    }
}

fn clear(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let l = this("clear", args)?;
    no_args("list.clear", args, kw)?;
    let old = std::mem::take(&mut *l.items.borrow_mut());
    drop(old);
    Ok(Value::None)
}

/// The items of a list or tuple receiver, copied.
fn seq_items(name: &str, args: &[Value]) -> PyResult<(Vec<Value>, &'static str)> {
    match args.first() {
        Some(Value::List(l)) => Ok((l.items.borrow().clone(), "list")),
        Some(Value::Tuple(t)) => Ok((t.items.to_vec(), "tuple")),
        _ => Err(wrong_self("list", name, args)),
    }
}

fn index(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (items, owner) = seq_items("index", args)?;
    let rest = rest_range("index", args, kw, 1, 3)?;
    if rest[1..].iter().any(Value::is_none) {
        return Err(Exc::type_error(
            "slice indices must be integers or have an __index__ method",
        ));
    }
    let (start, end) = span(&rest[1..], items.len())?;
    match position(vm, &items, &rest[0], start, end)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None if owner == "list" => {
            let r = vm.repr(&rest[0])?;
            Err(Exc::value_error(format!("{r} is not in list")))
        }
        None => Err(Exc::value_error("tuple.index(x): x not in tuple")),
    }
}

fn count(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (items, owner) = seq_items("count", args)?;
    let x = one_arg(&format!("{owner}.count"), args, kw)?;
    let mut n = 0;
    for item in &items {
        if item.is(x) || vm.eq(item, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// `list.sort(*, key=None, reverse=False)`: stable; the list reads as
/// empty while sorting, and a list changed meanwhile raises ValueError.
fn sort(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let l = this("sort", args)?;
    match args.len() - 1 {
        0 => {}
        1 | 2 => return Err(Exc::type_error("sort() takes no positional arguments")),
        n => {
            return Err(Exc::type_error(format!(
                "sort() takes at most 2 arguments ({n} given)"
            )));
        }
    }
    let mut key = None;
    let mut reverse = false;
    for (k, v) in kw {
        match &**k {
            "key" => key = Some(v.clone()),
            "reverse" => reverse = vm.is_true(v)?,
            other => {
                return Err(Exc::type_error(format!(
                    "'{other}' is an invalid keyword argument for sort()"
                )));
            }
        }
    }
    let items = std::mem::take(&mut *l.items.borrow_mut());
    let result = crate::builtins::functions::sort_values(vm, items.clone(), key, reverse);
    let mut cur = l.items.borrow_mut();
    let modified = !cur.is_empty();
    match result {
        Ok(sorted) => {
            *cur = sorted;
            if modified {
                return Err(Exc::value_error("list modified during sort"));
            }
            Ok(Value::None)
        }
        Err(e) => {
            *cur = items;
            Err(e)
        }
    }
}

fn reverse(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let l = this("reverse", args)?;
    no_args("list.reverse", args, kw)?;
    l.items.borrow_mut().reverse();
    Ok(Value::None)
}

fn copy(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let l = this("copy", args)?;
    no_args("list.copy", args, kw)?;
    let items = l.items.borrow().clone();
    Ok(Value::list(items))
}
