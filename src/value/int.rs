//! Python `int`, `float` and `bool` arithmetic: i64 fast paths that promote
//! to BigInt on overflow and demote back, with CPython's floor semantics
//! and error messages.

use super::Value;
use crate::ast::{BinOp, UnaryOp};
use crate::exception::{Exc, PyResult};
use num_bigint::BigInt;
use std::cmp::Ordering;
use std::rc::Rc;

/// The result of comparing two values numerically.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumCmp {
    /// One side is not a number: the caller decides.
    NotNumeric,
    /// At least one side is NaN.
    Unordered,
    Ord(Ordering),
}

/// A BigInt result as a Value: `Int` when it fits in i64.
pub fn normalize(n: BigInt) -> Value {
    match i64::try_from(&n) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::BigInt(Rc::new(n)),
    }
}

/// `a op b` for numbers (bool, int, float); `None` when either is not one.
pub fn binary(op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(small(op, *x, *y)),
        _ => None,
    }
}

fn small(op: BinOp, x: i64, y: i64) -> PyResult<Value> {
    Ok(match op {
        BinOp::Add => x
            .checked_add(y)
            .map_or_else(|| normalize(BigInt::from(x) + y), Value::Int),
        BinOp::Sub => x
            .checked_sub(y)
            .map_or_else(|| normalize(BigInt::from(x) - y), Value::Int),
        BinOp::Mult => x
            .checked_mul(y)
            .map_or_else(|| normalize(BigInt::from(x) * y), Value::Int),
        BinOp::FloorDiv if y == 0 => {
            return Err(Exc::zero_division("integer division or modulo by zero"));
        }
        BinOp::FloorDiv => Value::Int(num_integer::Integer::div_floor(&x, &y)),
        BinOp::Mod if y == 0 => return Err(Exc::zero_division("integer modulo by zero")),
        BinOp::Mod => Value::Int(num_integer::Integer::mod_floor(&x, &y)),
        _ => return Err(Exc::type_error("unsupported int operation")),
    })
}

/// `-a`, `+a`, `~a` for numbers; `None` when `a` is not one.
pub fn unary(op: UnaryOp, a: &Value) -> Option<PyResult<Value>> {
    match (op, a) {
        (UnaryOp::USub, Value::Int(x)) => Some(Ok(x
            .checked_neg()
            .map_or_else(|| normalize(-BigInt::from(*x)), Value::Int))),
        (UnaryOp::UAdd, Value::Int(x)) => Some(Ok(Value::Int(*x))),
        (UnaryOp::Invert, Value::Int(x)) => Some(Ok(Value::Int(!*x))),
        _ => None,
    }
}

/// Numeric comparison of `a` and `b`.
pub fn compare(a: &Value, b: &Value) -> NumCmp {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => NumCmp::Ord(x.cmp(y)),
        _ => NumCmp::NotNumeric,
    }
}

/// `repr(n)` of an int (CPython refuses more than 4300 digits).
pub fn int_repr(v: &Value) -> PyResult<String> {
    match v {
        Value::Int(i) => Ok(i.to_string()),
        Value::BigInt(b) => Ok(b.to_string()),
        Value::Bool(b) => Ok((*b as i64).to_string()),
        _ => Err(Exc::type_error("int_repr of a non-int")),
    }
}

/// `int(s, base)`.
pub fn parse_int(s: &str, base: u32) -> PyResult<Value> {
    s.trim()
        .parse::<BigInt>()
        .map(normalize)
        .map_err(|_| Exc::value_error(format!("invalid literal for int() with base {base}: {s:?}")))
}

/// `hash(n)` of an int: n modulo 2**61 - 1, keeping the sign; -1 becomes -2.
pub fn hash_int(i: i64) -> i64 {
    const P: i64 = (1 << 61) - 1;
    let h = i.rem_euclid(P);
    let h = if i < 0 {
        -((-(i as i128) % P as i128) as i64)
    } else {
        h
    };
    if h == -1 { -2 } else { h }
}

/// `hash(n)` of a big int: n modulo 2**61 - 1, keeping the sign.
pub fn hash_bigint(b: &BigInt) -> i64 {
    use num_traits::{Signed, ToPrimitive};
    let p = BigInt::from((1i64 << 61) - 1);
    let m = (b.abs() % &p).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -m } else { m };
    if h == -1 { -2 } else { h }
}

/// An int-like value (bool, int) as a BigInt.
pub fn to_bigint(v: &Value) -> BigInt {
    match v {
        Value::Int(i) => BigInt::from(*i),
        Value::BigInt(b) => (**b).clone(),
        Value::Bool(b) => BigInt::from(*b as i64),
        _ => BigInt::from(0),
    }
}
