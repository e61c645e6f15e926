//! Hashing and equality of hashable builtin values, without a VM: what
//! dict keys and set members need. CPython's algorithms, so that sets of
//! ints and tuples iterate in CPython's order.

use super::Value;
use crate::exception::{Exc, PyResult};

/// How deep `hash_builtin` follows tuples in tuples before leaving the
/// value to the VM (which counts the depth against the recursion limit).
const MAX_HASH_DEPTH: usize = 200;

/// `hash(v)` for builtin values; None when the VM must decide (tuples of
/// instances, instances, unhashable types, deeply nested tuples).
pub fn hash_builtin(v: &Value) -> Option<PyResult<i64>> {
    hash_at(v, 0)
}

fn hash_at(v: &Value, depth: usize) -> Option<PyResult<i64>> {
    Some(Ok(match v {
        Value::Int(i) => super::int::hash_int(*i),
        Value::Bool(b) => *b as i64,
        Value::Str(s) => s.hash(),
        Value::Bytes(b) if !b.mutable => b.hash(),
        Value::Bytes(_) => return Some(Err(Exc::unhashable("bytearray"))),
        Value::Float(f) => super::float::hash_float(*f),
        Value::Complex(c) => super::complex::hash(**c, v.address()),
        Value::BigInt(b) => super::int::hash_bigint(b),
        Value::None | Value::Ellipsis | Value::NotImplemented => pointer_hash(v.address()),
        Value::Tuple(_) if depth >= MAX_HASH_DEPTH => return None,
        Value::Tuple(t) => {
            let mut hashes = Vec::with_capacity(t.items.len());
            for x in t.items.iter() {
                match hash_at(x, depth + 1)? {
                    Ok(h) => hashes.push(h),
                    Err(e) => return Some(Err(e)),
                }
            }
            tuple_hash(&hashes)
        }
        Value::Set(s) if s.is_frozen() => s.frozen_hash(),
        Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) | Value::Cell(_) => {
            return Some(Err(Exc::unhashable(v.builtin_type_name())));
        }
        Value::Instance(_) => return None,
        // cpython: method_hash, meth_hash (self's address, then the function)
        Value::Method(m) => match hash_at(&m.func, depth + 1)? {
            Ok(h) => not_minus_one(pointer_hash(m.this.address()) ^ h),
            Err(e) => return Some(Err(e)),
        },
        Value::Builtin(b) if let Some(this) = &b.this => {
            not_minus_one(pointer_hash(this.address()) ^ pointer_hash(b.func as usize))
        }
        _ => pointer_hash(v.address()),
    }))
}

/// -1 is no hash in CPython: it becomes -2.
fn not_minus_one(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

/// cpython: Python/pyhash.c _Py_HashPointer
pub fn pointer_hash(addr: usize) -> i64 {
    let y = (addr >> 4) | (addr << (usize::BITS - 4));
    let h = y as i64;
    if h == -1 { -2 } else { h }
}

/// cpython: Objects/tupleobject.c tuplehash (xxHash-based).
pub fn tuple_hash(hashes: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for &h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((hashes.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        1546275796
    } else {
        acc as i64
    }
}

/// The builtin value inside an instance of a subclass of a builtin type.
fn payload(v: &Value) -> Option<&Value> {
    match v {
        Value::Instance(i) => i.payload.as_ref(),
        _ => None,
    }
}

/// Equality of two values already known to hash alike, for builtin types;
/// instances compare by identity here (the VM handles `__eq__` keys).
pub fn eq_hashable(a: &Value, b: &Value) -> bool {
    // a subclass instance without `__eq__` of its own is equal as its payload
    let (pa, pb) = (payload(a), payload(b));
    if pa.is_some() || pb.is_some() {
        return eq_hashable(pa.unwrap_or(a), pb.unwrap_or(b));
    }
    if let super::int::NumCmp::Ord(o) = super::int::compare(a, b) {
        return o == std::cmp::Ordering::Equal;
    }
    match (a, b) {
        (Value::Complex(c), other) | (other, Value::Complex(c)) => {
            super::complex::eq(**c, other).unwrap_or(false)
        }
        (Value::Str(x), Value::Str(y)) => x.as_str() == y.as_str(),
        (Value::Bytes(x), Value::Bytes(y)) => *x.data() == *y.data(),
        (Value::Tuple(x), Value::Tuple(y)) => {
            x.items.len() == y.items.len()
                && x.items
                    .iter()
                    .zip(y.items.iter())
                    .all(|(p, q)| eq_hashable(p, q))
        }
        (Value::Set(x), Value::Set(y)) => {
            x.len() == y.len() && x.keys().iter().all(|k| y.contains(k))
        }
        (Value::Method(x), Value::Method(y)) => x.this.is(&y.this) && eq_hashable(&x.func, &y.func),
        (Value::Builtin(x), Value::Builtin(y)) => same_builtin_method(x, y) || a.is(b),
        _ => a.is(b),
    }
}

/// Two bound builtin methods of one object (`xs.append == xs.append`):
/// the same function bound to the same self (cpython: meth_richcompare).
fn same_builtin_method(x: &super::Builtin, y: &super::Builtin) -> bool {
    match (&x.this, &y.this) {
        (Some(p), Some(q)) => p.is(q) && x.name == y.name && x.owner == y.owner,
        _ => false,
    }
}
