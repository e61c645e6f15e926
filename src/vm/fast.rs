//! Fast paths the dispatch loop tries before the general ones: int
//! arithmetic and comparisons, a range's next item, subscripts and `in` on
//! dicts, lists and tuples keyed by int or str. Each answers None when the
//! operands are anything else (or the general path must raise), and then
//! the general path decides, so behaviour never differs.

use crate::value::{DictKey, Value, int::hash_int};

/// `container[key]` for a dict with an int or str key, or a list or
/// tuple with an in-range int index.
#[inline]
pub(super) fn subscr(container: &Value, key: &Value) -> Option<Value> {
    if has_odd_keys(container) {
        return None;
    }
    match (container, key) {
        (Value::Dict(d), Value::Int(i)) => d.get_int(*i),
        (Value::Dict(d), Value::Str(s)) => d.get_pystr(s),
        (Value::List(l), Value::Int(i)) => {
            let items = l.items.borrow();
            items.get(index(*i, items.len())?).cloned()
        }
        (Value::Tuple(t), Value::Int(i)) => t.items.get(index(*i, t.items.len())?).cloned(),
        _ => None,
    }
}

/// `item in container` for an int or str in a dict.
#[inline]
pub(super) fn contains(item: &Value, container: &Value) -> Option<bool> {
    if has_odd_keys(container) {
        return None;
    }
    match (item, container) {
        (Value::Int(i), Value::Dict(d)) => Some(d.get_int(*i).is_some()),
        (Value::Str(s), Value::Dict(d)) => Some(d.get_pystr(s).is_some()),
        _ => None,
    }
}

/// `container[key] = v` for a dict with an int or str key, or a list with
/// an in-range index; gives `v` back when the general path must run.
#[inline]
pub(super) fn store_subscr(container: &Value, key: &Value, v: Value) -> Result<(), Value> {
    if has_odd_keys(container) {
        return Err(v);
    }
    match (container, key) {
        (Value::Dict(d), Value::Int(i)) => {
            let key = DictKey {
                hash: hash_int(*i),
                value: Value::Int(*i),
            };
            old_value(d.insert(key, v));
            Ok(())
        }
        (Value::Dict(d), Value::Str(s)) => {
            let key = DictKey {
                hash: s.hash(),
                value: key.clone(),
            };
            old_value(d.insert(key, v));
            Ok(())
        }
        (Value::List(l), Value::Int(i)) => {
            let mut items = l.items.borrow_mut();
            let Some(at) = index(*i, items.len()) else {
                return Err(v);
            };
            let old = std::mem::replace(&mut items[at], v);
            drop(items);
            old.discard();
            Ok(())
        }
        _ => Err(v),
    }
}

/// A dict with a key whose class defines `__eq__`: lookups must call it.
#[inline(always)]
fn has_odd_keys(container: &Value) -> bool {
    matches!(container, Value::Dict(d) if d.has_user_eq_keys.get())
}

/// A replaced value is dropped once the container is no longer borrowed.
#[inline(always)]
fn old_value(old: Option<Value>) {
    if let Some(v) = old {
        v.discard();
    }
}

/// A Python index (negative counts from the end) into `len` items.
#[inline(always)]
fn index(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i.checked_add(len as i64)? } else { i };
    if (0..len as i64).contains(&i) {
        Some(i as usize)
    } else {
        None
    }
}

/// FOR_ITER over a range iterator, without the general machinery:
/// None when the iterator on top is not a range.
#[inline(always)]
pub(super) fn for_iter_range(top: &Value) -> Option<Option<i64>> {
    let Value::Iterator(cell) = top else {
        return None;
    };
    let mut st = cell.try_borrow_mut().ok()?;
    let super::iter::IterState::Range { next, step, left } = &mut *st else {
        return None;
    };
    if *left == 0 {
        return Some(None);
    }
    let v = *next;
    *left -= 1;
    *next = v.wrapping_add(*step); // may wrap after the last item, unused
    Some(Some(v))
}

/// `x op y` for the int operators that need no allocation; None when
/// the result overflows or the operator needs the general path.
#[inline(always)]
/// (The opargs are CPython's: `NB_*` index, 13 more in place; see `BinaryOpArg`.)
pub(super) fn int_binary(op: crate::code::BinaryOpArg, x: i64, y: i64) -> Option<i64> {
    match op.oparg() {
        0 | 13 => x.checked_add(y),
        10 | 23 => x.checked_sub(y),
        5 | 18 => x.checked_mul(y),
        6 | 19 if y > 0 && x >= 0 => Some(x % y),
        2 | 15 if y > 0 && x >= 0 => Some(x / y),
        1 | 14 => Some(x & y),
        7 | 20 => Some(x | y),
        12 | 25 => Some(x ^ y),
        // An arithmetic shift floors, as Python's does; past 63 bits
        // only the sign is left.
        9 | 22 if y >= 0 => Some(x >> y.min(63)),
        // Shifted back unchanged: no bit was lost (else a big int).
        3 | 16 if (0..63).contains(&y) && (x << y) >> y == x => Some(x << y),
        _ => None,
    }
}

#[inline]
pub(super) fn int_compare(op: u32, x: i64, y: i64) -> bool {
    match op {
        0 => x < y,
        1 => x <= y,
        2 => x == y,
        3 => x != y,
        4 => x > y,
        _ => x >= y,
    }
}
