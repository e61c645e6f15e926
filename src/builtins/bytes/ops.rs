//! Operators on bytes and bytearray, for the VM's general paths: `+`,
//! `*` (in place on a bytearray), comparisons, `in`, subscripts and the
//! `sys.getsizeof` figures. Each entry returns None when the operands are
//! not this module's, so the VM goes on to its other cases.

use super::{buffer, byte_value, bytes_like_required};
use crate::ast::BinOp;
use crate::exception::{Exc, ExcKind, PyResult};
use crate::value::{PyBytes, Slice, Value};
use crate::vm::{Vm, index_of, slice_bounds};
use std::cmp::Ordering;

/// `a op b` when either side is bytes-like; None when the VM should try
/// the other cases (an instance's reflected method, the generic error).
pub fn binary(
    vm: &mut Vm,
    op: BinOp,
    a: &Value,
    b: &Value,
    inplace: bool,
) -> Option<PyResult<Value>> {
    match (op, a, b) {
        (BinOp::Add, Value::Bytes(x), _) if !matches!(b, Value::Instance(_)) => {
            Some(concat(x, a, b, inplace))
        }
        (BinOp::Mult, Value::Bytes(x), n) => repeat_checked(vm, x, a, n, inplace),
        (BinOp::Mult, n, Value::Bytes(x)) if crate::value::int::is_int(n) => {
            Some(repeat(vm, x, b, n, false))
        }
        (BinOp::Mod, Value::Bytes(x), _) => Some(Err(Exc::new(
            ExcKind::NotImplementedError,
            format!("cellar does not support % formatting of {}", x.type_name()),
        ))),
        _ => None,
    }
}

/// `x + y`: the type of `x`; a bytearray's `+=` extends it in place.
fn concat(x: &PyBytes, a: &Value, y: &Value, inplace: bool) -> PyResult<Value> {
    let Some(more) = buffer(y).map(|d| d.clone()) else {
        return Err(Exc::type_error(format!(
            "can't concat {} to {}",
            y.type_name(),
            x.type_name()
        )));
    };
    crate::memory::check(x.len().saturating_add(more.len()))?;
    if inplace && x.mutable && matches!(y, Value::Bytes(b) if std::ptr::eq(&**b, x)) {
        // cpython: its own buffer is exported while it would be resized
        return Err(Exc::new(
            ExcKind::BufferError,
            "Existing exports of data: object cannot be re-sized",
        ));
    }
    if inplace && x.mutable {
        x.modify(|d| d.extend_from_slice(&more)).ok_or_else(busy)?;
        return Ok(a.clone());
    }
    let mut data = x.to_vec();
    data.extend_from_slice(&more);
    Ok(Value::Bytes(x.same_kind(data)))
}

fn busy() -> Exc {
    Exc::runtime_error("cellar: this bytearray is being read")
}

/// `b * n` with a non-int `n`: CPython's sequence error (an instance may
/// still answer with `__rmul__`).
fn repeat_checked(
    vm: &mut Vm,
    x: &PyBytes,
    a: &Value,
    n: &Value,
    inplace: bool,
) -> Option<PyResult<Value>> {
    if crate::value::int::is_int(n) {
        return Some(repeat(vm, x, a, n, inplace));
    }
    if matches!(n, Value::Instance(_)) {
        return None;
    }
    Some(Err(Exc::type_error(format!(
        "can't multiply sequence by non-int of type '{}'",
        n.type_name()
    ))))
}

/// `b * n`: the budget is asked first; `*=` on a bytearray is in place.
fn repeat(vm: &mut Vm, x: &PyBytes, a: &Value, n: &Value, inplace: bool) -> PyResult<Value> {
    let n = match n {
        Value::Int(i) => (*i).max(0) as usize,
        Value::Bool(b) => *b as usize,
        _ => return Err(Exc::index_overflow()),
    };
    let total = x.len().checked_mul(n).filter(|&t| t <= isize::MAX as usize);
    let total = total.ok_or_else(|| Exc::overflow_error("repeated bytes are too long"))?;
    crate::memory::check(total)?;
    vm.check_interrupt()?;
    let data = x.data().repeat(n);
    if inplace && x.mutable {
        x.modify(|d| *d = data).ok_or_else(busy)?;
        return Ok(a.clone());
    }
    Ok(Value::Bytes(x.same_kind(data)))
}

/// `a == b` between two bytes-like objects (a bytes equals a bytearray
/// with the same contents); None when either is not one.
pub fn eq(a: &Value, b: &Value) -> Option<bool> {
    let (x, y) = (buffer(a)?, buffer(b)?);
    Some(*x == *y)
}

/// `a < b` and friends: lexicographic by byte; None when not both bytes-like.
pub fn compare(a: &Value, b: &Value) -> Option<Ordering> {
    let (x, y) = (buffer(a)?, buffer(b)?);
    Some(x.as_slice().cmp(y.as_slice()))
}

/// `item in b`: a byte value or a bytes-like substring.
pub fn contains(b: &PyBytes, item: &Value) -> PyResult<bool> {
    if let Some(sub) = buffer(item) {
        return Ok(super::methods::find_at(&b.data(), &sub).is_some());
    }
    match item {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let x = byte_value(item, "byte")?;
            Ok(b.data().contains(&x))
        }
        other => Err(bytes_like_required(other)),
    }
}

/// `b[key]`: an int for an index, the same type for a slice.
pub fn get_item(b: &PyBytes, key: &Value) -> PyResult<Value> {
    if let Value::Slice(s) = key {
        return Ok(Value::Bytes(b.same_kind(slice(&b.data(), s)?)));
    }
    let what = if b.mutable { "bytearray" } else { "byte" };
    let i = index_of(key, b.len(), what)?;
    match b.data().get(i) {
        Some(&x) => Ok(Value::Int(x as i64)),
        None if b.mutable => Err(Exc::index_error("bytearray index out of range")),
        None => Err(Exc::index_error("index out of range")),
    }
}

/// The bytes a slice selects (a plain slice is one copy).
fn slice(data: &[u8], s: &Slice) -> PyResult<Vec<u8>> {
    let (start, stop, step) = slice_bounds(data.len(), s)?;
    if step == 1 {
        return Ok(data[start as usize..stop.max(start) as usize].to_vec());
    }
    let mut out = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(data[i as usize]);
        i += step;
    }
    Ok(out)
}

/// `sys.getsizeof(b)`: CPython 3.11's figures on 64-bit Linux (a bytes
/// object is 33 bytes plus its data; a bytearray 56 plus its allocation).
pub fn sizeof(b: &PyBytes) -> usize {
    if b.mutable {
        56 + b.alloc()
    } else {
        33 + b.len()
    }
}
