//! `range` objects: bounds, length, items and membership as CPython's
//! rangeobject.c computes them. Bounds are i64 when all three fit (every
//! everyday range, and the fast path of `for i in range(n)`); otherwise
//! BigInt (`range(10**20)`), where CPython also switches to PyLong
//! arithmetic. The step is never zero.

use super::Value;
use super::int::{normalize, to_bigint};
use crate::exception::{Exc, PyResult};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// `range(start, stop, step)`.
pub enum Range {
    Small { start: i64, stop: i64, step: i64 },
    Big(Box<BigBounds>),
}

/// The bounds of a range that does not fit in i64.
pub struct BigBounds {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

impl Range {
    /// The range over these bounds (step nonzero), small when they fit.
    pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> Range {
        match (start.to_i64(), stop.to_i64(), step.to_i64()) {
            (Some(start), Some(stop), Some(step)) => Range::Small { start, stop, step },
            _ => Range::Big(Box::new(BigBounds { start, stop, step })),
        }
    }

    /// (start, stop, step) as BigInts.
    pub fn bounds(&self) -> (BigInt, BigInt, BigInt) {
        match self {
            Range::Small { start, stop, step } => ((*start).into(), (*stop).into(), (*step).into()),
            Range::Big(b) => (b.start.clone(), b.stop.clone(), b.step.clone()),
        }
    }

    /// The number of items. cpython: rangeobject.c compute_range_length
    pub fn length(&self) -> BigInt {
        match self {
            Range::Small { start, stop, step } => {
                length(*start as i128, *stop as i128, *step as i128).into()
            }
            Range::Big(b) => length(b.start.clone(), b.stop.clone(), b.step.clone()),
        }
    }

    /// `len(r)`: the length as a Py_ssize_t, OverflowError past it.
    pub fn len(&self) -> PyResult<usize> {
        self.length()
            .to_isize()
            .map(|n| n as usize)
            .ok_or_else(Exc::ssize_overflow)
    }

    pub fn is_empty(&self) -> bool {
        self.length().is_zero()
    }

    /// `r[i]` for an int `i` (negative counts from the end); None when out
    /// of range. cpython: rangeobject.c compute_range_item
    pub fn item(&self, i: &Value) -> Option<Value> {
        match (self, small(i)) {
            (Range::Small { start, stop, step }, Some(i)) => {
                item(*start as i128, *stop as i128, *step as i128, i).map(from_i128)
            }
            _ => {
                let (start, stop, step) = self.bounds();
                item(start, stop, step, to_bigint(i)).map(normalize)
            }
        }
    }

    /// `v in r` for an int `v`. cpython: rangeobject.c range_contains_long
    pub fn contains(&self, v: &Value) -> bool {
        match (self, small(v)) {
            (Range::Small { start, stop, step }, Some(v)) => {
                contains(*start as i128, *stop as i128, *step as i128, v)
            }
            _ => {
                let (start, stop, step) = self.bounds();
                contains(start, stop, step, to_bigint(v))
            }
        }
    }

    /// `r1 == r2`: the same items (equal lengths, first items and steps
    /// where they matter). cpython: rangeobject.c range_equals
    pub fn same_items(&self, other: &Range) -> bool {
        let (n, m) = (self.length(), other.length());
        let (a, b) = (self.bounds(), other.bounds());
        n == m && (n.is_zero() || (a.0 == b.0 && (n.is_one() || a.2 == b.2)))
    }

    /// `range(0, 5)`, `range(0, 10, 2)`.
    pub fn repr(&self) -> String {
        let (start, stop, step) = self.bounds();
        if step.is_one() {
            format!("range({start}, {stop})")
        } else {
            format!("range({start}, {stop}, {step})")
        }
    }
}

/// An int operand that fits i128 without allocating (int and bool).
fn small(v: &Value) -> Option<i128> {
    match v {
        Value::Int(i) => Some(*i as i128),
        Value::Bool(b) => Some(*b as i128),
        _ => None,
    }
}

/// An item of a small range (it lies between two i64 bounds).
fn from_i128(n: i128) -> Value {
    Value::Int(n as i64)
}

fn length<T: Integer + Signed + Clone>(start: T, stop: T, step: T) -> T {
    if step.is_positive() && start < stop {
        (stop - start - T::one()) / step + T::one()
    } else if step.is_negative() && start > stop {
        (start - stop - T::one()) / -step + T::one()
    } else {
        T::zero()
    }
}

fn item<T: Integer + Signed + Clone>(start: T, stop: T, step: T, i: T) -> Option<T> {
    let n = length(start.clone(), stop, step.clone());
    let i = if i.is_negative() { i + n.clone() } else { i };
    (!i.is_negative() && i < n).then(|| start + i * step)
}

fn contains<T: Integer + Signed + Clone>(start: T, stop: T, step: T, v: T) -> bool {
    let inside = if step.is_positive() {
        start <= v && v < stop
    } else {
        stop < v && v <= start
    };
    inside && (v - start).mod_floor(&step).is_zero()
}
