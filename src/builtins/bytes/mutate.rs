//! What changes a bytearray: append, extend, pop, insert, remove, clear,
//! copy, reverse, and `b[i] = x` / `del b[i]` (slices too). Every new
//! value is computed before the buffer is borrowed for writing.

use super::{Kw, buffer, byte_value};
use crate::builtins::methods::{Add, check_positional, one_arg, ssize_arg, wrong_self};
use crate::exception::{Exc, PyResult};
use crate::value::{BuiltinFn, PyBytes, Slice, Value};
use crate::vm::Vm;
use crate::vm::{index_of, slice_bounds, slice_indices};
use std::rc::Rc;

pub(super) fn register(add: Add) {
    let table: &[(&'static str, BuiltinFn)] = &[
        ("append", append),
        ("extend", extend),
        ("pop", pop),
        ("insert", insert),
        ("remove", remove),
        ("clear", clear),
        ("copy", copy),
        ("reverse", reverse),
    ];
    for (name, f) in table {
        add("bytearray", name, *f);
    }
}

/// The bytearray a method was called on.
fn this<'a>(name: &str, args: &'a [Value]) -> PyResult<&'a Rc<PyBytes>> {
    match args.first() {
        Some(Value::Bytes(b)) if b.mutable => Ok(b),
        _ => Err(wrong_self("bytearray", name, args)),
    }
}

/// Applies a change; a buffer already borrowed (only possible through a
/// bug) is reported, never a panic.
fn write<T>(b: &PyBytes, f: impl FnOnce(&mut Vec<u8>) -> T) -> PyResult<T> {
    b.modify(f)
        .ok_or_else(|| Exc::runtime_error("cellar: this bytearray is being read"))
}

fn append(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = this("append", args)?;
    let x = byte_value(one_arg("bytearray.append", args, kw)?, "byte")?;
    write(b, |d| d.push(x))?;
    Ok(Value::None)
}

/// `b.extend(iterable_of_ints)`
fn extend(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = this("extend", args)?;
    let src = one_arg("bytearray.extend", args, kw)?;
    let more = ints_or_buffer(vm, src).map_err(|e| match src {
        Value::Int(_) | Value::Float(_) | Value::None | Value::Bool(_) => {
            Exc::type_error(format!("can't extend bytearray with {}", src.type_name()))
        }
        _ => e,
    })?;
    write(b, |d| d.extend_from_slice(&more))?;
    Ok(Value::None)
}

/// The bytes of a bytes-like object, or of an iterable of ints.
pub(super) fn ints_or_buffer(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(data) = buffer(v) {
        return Ok(data.clone());
    }
    let it = vm.get_iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        out.push(byte_value(&x, "byte")?);
    }
    Ok(out)
}

/// `b.pop(index=-1)`
fn pop(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = this("pop", args)?;
    crate::builtins::no_kwargs("pop", kw)?;
    check_positional("pop", args.len() - 1, 0, 1)?;
    if b.is_empty() {
        return Err(Exc::index_error("pop from empty bytearray"));
    }
    let i = args.get(1).map_or(Ok(-1), ssize_arg)?;
    let len = b.len() as i64;
    let i = if i < 0 { i + len } else { i };
    if !(0..len).contains(&i) {
        return Err(Exc::index_error("pop index out of range"));
    }
    let x = write(b, |d| d.remove(i as usize))?;
    Ok(Value::Int(x as i64))
}

/// `b.insert(index, item)`: the index clamped as list.insert's.
fn insert(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = this("insert", args)?;
    crate::builtins::no_kwargs("insert", kw)?;
    check_positional("insert", args.len() - 1, 2, 2)?;
    let i = ssize_arg(&args[1])?;
    let x = byte_value(&args[2], "byte")?;
    let len = b.len() as i64;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
    write(b, |d| d.insert(i as usize, x))?;
    Ok(Value::None)
}

fn remove(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = this("remove", args)?;
    let x = byte_value(one_arg("bytearray.remove", args, kw)?, "byte")?;
    let at = b.data().iter().position(|&c| c == x);
    let Some(at) = at else {
        return Err(Exc::value_error("value not found in bytearray"));
    };
    write(b, |d| d.remove(at))?;
    Ok(Value::None)
}

fn clear(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = this("clear", args)?;
    crate::builtins::methods::no_args("bytearray.clear", args, kw)?;
    write(b, |d| d.clear())?;
    Ok(Value::None)
}

fn copy(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = this("copy", args)?;
    crate::builtins::methods::no_args("bytearray.copy", args, kw)?;
    Ok(super::bytearray_value(b.to_vec()))
}

fn reverse(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = this("reverse", args)?;
    crate::builtins::methods::no_args("bytearray.reverse", args, kw)?;
    write(b, |d| d.reverse())?;
    Ok(Value::None)
}

/// `b[key] = v` on a bytearray.
pub fn set_item(vm: &mut Vm, b: &PyBytes, key: &Value, v: &Value) -> PyResult<()> {
    if let Value::Slice(s) = key {
        let new = slice_source(vm, v)?;
        return assign_slice(b, s, new);
    }
    let i = index_of(key, b.len(), "bytearray")?;
    let x = byte_value(v, "byte")?;
    if i >= b.len() {
        return Err(Exc::index_error("bytearray index out of range"));
    }
    write(b, |d| d[i] = x)
}

/// What a slice assignment takes: bytes-like or an iterable of ints.
fn slice_source(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    let refuse =
        || Exc::type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    match v {
        Value::Str(_) | Value::Int(_) | Value::Float(_) | Value::None => Err(refuse()),
        _ => ints_or_buffer(vm, v).map_err(|e| {
            if e.is(crate::exception::ExcKind::TypeError) {
                refuse()
            } else {
                e
            }
        }),
    }
}

/// cpython: bytearray_ass_subscript — a plain slice may change the
/// length; an extended one must match it.
fn assign_slice(b: &PyBytes, s: &Slice, new: Vec<u8>) -> PyResult<()> {
    let (start, stop, step) = slice_bounds(b.len(), s)?;
    if step == 1 {
        let (lo, hi) = (start as usize, (stop.max(start)) as usize);
        return write(b, |d| {
            d.splice(lo..hi, new);
        });
    }
    let at = slice_indices(b.len(), s)?;
    if at.len() != new.len() {
        return Err(Exc::value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            new.len(),
            at.len()
        )));
    }
    write(b, |d| at.iter().zip(new).for_each(|(&i, x)| d[i] = x))
}

/// `del b[key]` on a bytearray.
pub fn del_item(b: &PyBytes, key: &Value) -> PyResult<()> {
    if let Value::Slice(s) = key {
        let gone = slice_indices(b.len(), s)?;
        return write(b, |d| {
            let mut i = 0;
            d.retain(|_| {
                i += 1;
                !gone.contains(&(i - 1))
            });
        });
    }
    let i = index_of(key, b.len(), "bytearray")?;
    if i >= b.len() {
        return Err(Exc::index_error("bytearray index out of range"));
    }
    write(b, |d| {
        d.remove(i);
    })
}
