//! `range` and `slice` beyond construction: `r[a:b:c]` (a new range),
//! `range.index`/`range.count`, `slice(...)` objects with `start`, `stop`,
//! `step` and `indices(len)`. cpython: rangeobject.c, sliceobject.c

use super::{Add, one_arg, wrong_self};
use crate::exception::{Exc, PyResult};
use crate::value::{Name, Range, Slice, Value};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{Signed, Zero};
use std::rc::Rc;

type Kw<'a> = &'a [(Name, Value)];

pub(super) fn register(add: Add) {
    add("range", "index", range_index);
    add("range", "count", range_count);
    add("slice", "indices", slice_indices);
}

/// `r[s]`: the range of the items the slice selects, in big ints as
/// ranges may be longer than any index. cpython: rangeobject.c compute_slice
pub fn range_slice(r: &Range, s: &Slice) -> PyResult<Value> {
    let (start, _, step) = r.bounds();
    let (lo, hi, by) = big_slice_bounds(&r.length(), s)?;
    let at = |i: BigInt| start.clone() + i * step.clone();
    Ok(Value::Range(Rc::new(Range::new(
        at(lo),
        at(hi),
        step.clone() * by,
    ))))
}

/// `slice_bounds` over a length of any size. cpython: _PySlice_GetLongIndices
fn big_slice_bounds(len: &BigInt, s: &Slice) -> PyResult<(BigInt, BigInt, BigInt)> {
    let as_int = |v: &Value| -> PyResult<BigInt> {
        match v {
            v if crate::value::int::is_int(v) => Ok(crate::value::int::to_bigint(v)),
            _ => Err(Exc::type_error(
                "slice indices must be integers or None or have an __index__ method",
            )),
        }
    };
    let step = if s.step.is_none() {
        BigInt::from(1)
    } else {
        as_int(&s.step)?
    };
    if step.is_zero() {
        return Err(Exc::value_error("slice step cannot be zero"));
    }
    let back = step.is_negative();
    let (lower, upper) = if back {
        (BigInt::from(-1), len - 1)
    } else {
        (BigInt::zero(), len.clone())
    };
    let adjust = |v: &Value, default: &BigInt| -> PyResult<BigInt> {
        if v.is_none() {
            return Ok(default.clone());
        }
        let i = as_int(v)?;
        let i = if i.is_negative() { i + len } else { i };
        Ok(i.clamp(lower.clone(), upper.clone()))
    };
    let (start_default, stop_default) = if back {
        (&upper, &lower)
    } else {
        (&lower, &upper)
    };
    Ok((
        adjust(&s.lower, start_default)?,
        adjust(&s.upper, stop_default)?,
        step,
    ))
}

fn this_range<'a>(name: &str, args: &'a [Value]) -> PyResult<&'a Range> {
    match args.first() {
        Some(Value::Range(r)) => Ok(r),
        _ => Err(wrong_self("range", name, args)),
    }
}

/// `r.index(x)`: where x is, or ValueError.
fn range_index(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = this_range("index", args)?;
    let x = one_arg("range.index", args, kw)?;
    if crate::value::int::is_int(x) && r.contains(x) {
        let (start, _, step) = r.bounds();
        let i = (crate::value::int::to_bigint(x) - start) / step;
        return Ok(Value::from_bigint(i));
    }
    let text = vm.repr(x)?;
    Err(Exc::value_error(format!("{text} is not in range")))
}

/// `r.count(x)`: 1 or 0 for an int; others by equality with each item.
fn range_count(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = this_range("count", args)?;
    let x = one_arg("range.count", args, kw)?;
    if crate::value::int::is_int(x) {
        return Ok(Value::Int(r.contains(x) as i64));
    }
    let it = vm.get_iter(&args[0])?;
    let mut n = 0;
    while let Some(item) = vm.next(&it)? {
        if vm.eq(&item, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// `slice(stop)`, `slice(start, stop[, step])`.
pub fn slice_new(args: &[Value]) -> PyResult<Value> {
    let none = || Value::None;
    let (lower, upper, step) = match args {
        [] => return Err(Exc::type_error("slice expected at least 1 argument, got 0")),
        [stop] => (none(), stop.clone(), none()),
        [a, b] => (a.clone(), b.clone(), none()),
        [a, b, c] => (a.clone(), b.clone(), c.clone()),
        _ => {
            return Err(Exc::type_error(format!(
                "slice expected at most 3 arguments, got {}",
                args.len()
            )));
        }
    };
    Ok(Value::Slice(Rc::new(Slice { lower, upper, step })))
}

/// `s.start`, `s.stop`, `s.step`.
pub fn slice_attr(s: &Slice, name: &str) -> Option<Value> {
    match name {
        "start" => Some(s.lower.clone()),
        "stop" => Some(s.upper.clone()),
        "step" => Some(s.step.clone()),
        _ => None,
    }
}

/// `s.indices(length)`: `(start, stop, step)` clamped to a sequence of
/// that length.
fn slice_indices(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(Value::Slice(s)) = args.first() else {
        return Err(wrong_self("slice", "indices", args));
    };
    let n = match one_arg("slice.indices", args, kw)? {
        Value::Int(n) if *n < 0 => return Err(Exc::value_error("length should not be negative")),
        Value::Int(n) => *n as usize,
        Value::Bool(b) => *b as usize,
        other => {
            return Err(Exc::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )));
        }
    };
    let (a, b, c) = crate::vm::slice_bounds(n, s)?;
    Ok(Value::tuple(vec![
        Value::Int(a),
        Value::Int(b),
        Value::Int(c),
    ]))
}
