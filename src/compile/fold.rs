//! Constant folding as CPython 3.11's AST optimizer does it (cpython:
//! Python/ast_opt.c): operators on constants, tuples of constants and
//! subscripts of constants become one constant, within the same size
//! limits; list and set displays iterated over or tested with `in` become
//! tuple and frozenset constants. `:dis` then shows the constants CPython
//! shows.

use crate::ast::{BinOp, Expr, ExprKind, UnaryOp};
use crate::value::{DictKey, Set, Value};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::rc::Rc;

/// cpython: ast_opt.c MAX_INT_SIZE, MAX_COLLECTION_SIZE, MAX_STR_SIZE.
const MAX_INT_BITS: u64 = 128;
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_STR_SIZE: usize = 4096;

/// The value of `e` when it folds to a constant.
pub(super) fn folded(e: &Expr) -> Option<Value> {
    match &e.kind {
        ExprKind::Constant(c) => Some(super::expr::constant(c)),
        ExprKind::UnaryOp {
            op: UnaryOp::Not,
            operand,
        } => Some(Value::Bool(!folded(operand)?.truthy())),
        ExprKind::UnaryOp { op, operand } => unary(*op, &folded(operand)?),
        ExprKind::BinOp { left, op, right } => binary(*op, &folded(left)?, &folded(right)?),
        ExprKind::Tuple(items) => Some(Value::tuple(
            items.iter().map(folded).collect::<Option<Vec<_>>>()?,
        )),
        ExprKind::Subscript { value, index } => subscript(&folded(value)?, &folded(index)?),
        _ => None,
    }
}

/// Whether `folded` would fold `e` into something other than itself.
pub(super) fn folds(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::UnaryOp { .. }
            | ExprKind::BinOp { .. }
            | ExprKind::Tuple(_)
            | ExprKind::Subscript { .. }
    )
}

/// The elements of a display, all folded, or None.
pub(super) fn all_folded(items: &[Expr]) -> Option<Vec<Value>> {
    items.iter().map(folded).collect()
}

/// A frozenset constant of the items, when all fold and are hashable.
pub(super) fn frozenset(items: &[Expr]) -> Option<Value> {
    let mut keys = Vec::with_capacity(items.len());
    for v in all_folded(items)? {
        let hash = crate::value::ops::hash_builtin(&v)?.ok()?;
        keys.push(DictKey { hash, value: v });
    }
    Some(Value::Set(Rc::new(Set::from_constants(keys).into_frozen())))
}

/// `a op b` on constants, refused where CPython refuses: results past the
/// size limits, `%` on strings, and anything that raises.
fn binary(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    match (op, a, b) {
        (BinOp::Add, Value::Str(x), Value::Str(y)) => {
            Some(Value::str(format!("{}{}", x.as_str(), y.as_str())))
        }
        (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => Some(Value::tuple(
            x.items.iter().chain(y.items.iter()).cloned().collect(),
        )),
        (BinOp::Mult, Value::Str(_) | Value::Tuple(_), n) => repeat(a, n),
        (BinOp::Mult, n, Value::Str(_) | Value::Tuple(_)) => repeat(b, n),
        (BinOp::Mod, Value::Str(_), _) => None,
        (_, Value::Complex(_), _) | (_, _, Value::Complex(_)) => {
            crate::value::complex::binary(op, a, b)?.ok()
        }
        _ if !within_int_limits(op, a, b)? => None,
        _ => crate::value::int::binary(op, a, b)?.ok(),
    }
}

/// `-a`, `+a`, `~a` on a constant number, unless it raises.
fn unary(op: UnaryOp, a: &Value) -> Option<Value> {
    match a {
        Value::Complex(_) => crate::value::complex::unary(op, a)?.ok(),
        _ => crate::value::int::unary(op, a)?.ok(),
    }
}

/// cpython: safe_multiply, safe_power, safe_lshift on two ints; Some(true)
/// when the result stays within MAX_INT_SIZE bits (or no limit applies).
fn within_int_limits(op: BinOp, a: &Value, b: &Value) -> Option<bool> {
    let (Some(x), Some(y)) = (int_of(a), int_of(b)) else {
        return Some(true);
    };
    if x.is_zero() {
        return Some(true);
    }
    let bits = |n: &BigInt| n.bits();
    Some(match op {
        BinOp::Mult => y.is_zero() || bits(&x) + bits(&y) <= MAX_INT_BITS,
        BinOp::Pow if y.is_positive() => {
            let w = y.to_u64()?;
            bits(&x) <= MAX_INT_BITS / w
        }
        BinOp::LShift if !y.is_zero() => {
            let w = y.to_u64()?;
            w <= MAX_INT_BITS && bits(&x) <= MAX_INT_BITS - w
        }
        _ => true,
    })
}

fn int_of(v: &Value) -> Option<BigInt> {
    match v {
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// `seq * n` for a str or tuple, within CPython's size limits.
fn repeat(seq: &Value, n: &Value) -> Option<Value> {
    let n = match n {
        Value::Int(n) => *n,
        Value::Bool(b) => *b as i64,
        _ => return None,
    };
    let times = usize::try_from(n.max(0)).ok()?;
    match seq {
        Value::Str(s) => {
            let size = s.as_str().chars().count();
            (size == 0 || times <= MAX_STR_SIZE / size)
                .then(|| Value::str(s.as_str().repeat(times)))
        }
        Value::Tuple(t) => {
            let size = t.items.len();
            (size == 0 || times <= MAX_COLLECTION_SIZE / size).then(|| {
                let items = (0..times).flat_map(|_| t.items.iter().cloned()).collect();
                Value::tuple(items)
            })
        }
        _ => None,
    }
}

/// `"abc"[1]`, `(1, 2)[-1]`: an int index into a constant str or tuple.
fn subscript(value: &Value, index: &Value) -> Option<Value> {
    let Value::Int(i) = index else {
        return None;
    };
    let at = |len: usize| -> Option<usize> {
        let i = if *i < 0 { *i + len as i64 } else { *i };
        usize::try_from(i).ok().filter(|&i| i < len)
    };
    match value {
        Value::Str(s) => {
            let c = s.as_str().chars().nth(at(s.as_str().chars().count())?)?;
            Some(Value::str(c.to_string()))
        }
        Value::Tuple(t) => t.items.get(at(t.items.len())?).cloned(),
        _ => None,
    }
}
