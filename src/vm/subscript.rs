//! Subscripts: `c[k]`, `c[k] = v`, `del c[k]` and slices, for lists,
//! tuples, strings, ranges, dicts and instances.

use super::Vm;
use crate::exception::{Exc, PyResult};
use crate::value::{Slice, Value};

impl Vm {
    /// An instance key used on a builtin sequence: the int it stands for
    /// (an int subclass's value, or what `__index__` returns); a slice
    /// with such bounds: the slice of those ints.
    fn sequence_index(&mut self, c: &Value, key: &Value) -> PyResult<Option<Value>> {
        let sequence = matches!(
            c,
            Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::Range(_)
        );
        if !sequence {
            return Ok(None);
        }
        match key {
            Value::Instance(_) => self.instance_index(key),
            Value::Slice(s)
                if [&s.lower, &s.upper, &s.step]
                    .iter()
                    .any(|v| matches!(v, Value::Instance(_))) =>
            {
                let mut bound = |v: &Value| -> PyResult<Value> {
                    Ok(self.instance_index(v)?.unwrap_or_else(|| v.clone()))
                };
                let slice = Slice {
                    lower: bound(&s.lower)?,
                    upper: bound(&s.upper)?,
                    step: bound(&s.step)?,
                };
                Ok(Some(Value::Slice(std::rc::Rc::new(slice))))
            }
            _ => Ok(None),
        }
    }

    /// The int an instance stands for as an index, if it stands for one.
    fn instance_index(&mut self, v: &Value) -> PyResult<Option<Value>> {
        let int = super::payload::as_int(v);
        if !std::ptr::eq(int, v) {
            return Ok(Some(int.clone())); // an int subclass's value
        }
        self.index_value(v)
    }

    pub fn get_item(&mut self, c: &Value, key: &Value) -> PyResult<Value> {
        if let Some(k) = self.sequence_index(c, key)? {
            return self.get_item(c, &k);
        }
        match (c, key) {
            (Value::List(l), Value::Slice(s)) => {
                let items = l.items.borrow();
                Ok(Value::list(slice_items(&items, s)?))
            }
            (Value::List(l), _) => {
                let items = l.items.borrow();
                let i = index_of(key, items.len(), "list")?;
                items
                    .get(i)
                    .cloned()
                    .ok_or_else(|| Exc::index_error("list index out of range"))
            }
            (Value::Tuple(t), Value::Slice(s)) => Ok(Value::tuple(slice_items(&t.items, s)?)),
            (Value::Tuple(t), _) => {
                let i = index_of(key, t.items.len(), "tuple")?;
                t.items
                    .get(i)
                    .cloned()
                    .ok_or_else(|| Exc::index_error("tuple index out of range"))
            }
            (Value::Str(s), Value::Slice(sl)) => {
                let chars = s.chars();
                Ok(Value::str(
                    slice_items(&chars, sl)?.into_iter().collect::<String>(),
                ))
            }
            (Value::Str(s), _) => {
                let i = index_of(key, s.len(), "string")?;
                s.char_at(i)
                    .map(|ch| Value::str(ch.to_string()))
                    .ok_or_else(|| Exc::index_error("string index out of range"))
            }
            (Value::Bytes(b), _) => crate::builtins::bytes::ops::get_item(b, key),
            (Value::Range(r), k) if crate::value::int::is_int(k) => r
                .item(k)
                .ok_or_else(|| Exc::index_error("range object index out of range")),
            (Value::Range(r), Value::Slice(s)) => crate::builtins::range_slice(r, s),
            (Value::Range(_), _) => Err(Exc::type_error(format!(
                "range indices must be integers or slices, not {}",
                key.type_name()
            ))),
            (Value::Dict(d), _) => {
                let k = self.dict_key(d, key.clone())?;
                d.get(&k).ok_or_else(|| Exc::key_error(key.clone()))
            }
            (Value::Instance(i), _) => match i.class.lookup("__getitem__") {
                Some(m) => self.call_special(&m, &i.class, vec![c.clone(), key.clone()]),
                None => match &i.payload {
                    Some(p) => self.payload_get_item(c, p, key),
                    None => Err(Exc::not_subscriptable(&c.type_name())),
                },
            },
            (Value::Class(_), _) => Ok(c.clone()),
            _ => Err(Exc::not_subscriptable(&c.type_name())),
        }
    }

    pub fn set_item(&mut self, c: &Value, key: Value, v: Value) -> PyResult<()> {
        if let Some(k) = self.sequence_index(c, &key)? {
            return self.set_item(c, k, v);
        }
        match c {
            Value::List(l) => {
                if let Value::Slice(s) = &key {
                    let new = self.collect(&v)?;
                    return assign_slice(&mut l.items.borrow_mut(), s, new);
                }
                let mut items = l.items.borrow_mut();
                let i = index_of(&key, items.len(), "list")?;
                match items.get_mut(i) {
                    Some(slot) => *slot = v,
                    None => return Err(Exc::index_error("list assignment index out of range")),
                }
                Ok(())
            }
            Value::Dict(d) => {
                let k = self.dict_key(d, key)?;
                d.insert(k, v);
                Ok(())
            }
            Value::Bytes(b) if b.mutable => crate::builtins::bytes::set_item(self, b, &key, &v),
            Value::Instance(i) => match i.class.lookup("__setitem__") {
                Some(m) => self
                    .call_special(&m, &i.class, vec![c.clone(), key, v])
                    .map(|_| ()),
                None if matches!(i.payload, Some(Value::Dict(_) | Value::List(_))) => {
                    let p = i.payload.clone().expect("invariant: matched above");
                    self.set_item(&p, key, v)
                }
                None => Err(Exc::type_error(format!(
                    "'{}' object does not support item assignment",
                    c.type_name()
                ))),
            },
            _ => Err(Exc::type_error(format!(
                "'{}' object does not support item assignment",
                c.type_name()
            ))),
        }
    }

    pub fn del_item(&mut self, c: &Value, key: &Value) -> PyResult<()> {
        if let Some(k) = self.sequence_index(c, key)? {
            return self.del_item(c, &k);
        }
        match c {
            Value::List(l) => {
                let mut items = l.items.borrow_mut();
                if let Value::Slice(s) = key {
                    let keep: Vec<usize> = slice_indices(items.len(), s)?;
                    let mut i = 0;
                    items.retain(|_| {
                        i += 1;
                        !keep.contains(&(i - 1))
                    });
                    return Ok(());
                }
                let i = index_of(key, items.len(), "list")?;
                if i >= items.len() {
                    return Err(Exc::index_error("list assignment index out of range"));
                }
                items.remove(i);
                Ok(())
            }
            Value::Bytes(b) if b.mutable => crate::builtins::bytes::del_item(b, key),
            Value::Dict(d) => {
                let k = self.dict_key(d, key.clone())?;
                d.remove(&k)
                    .map(|_| ())
                    .ok_or_else(|| Exc::key_error(key.clone()))
            }
            Value::Instance(i) => match i.class.lookup("__delitem__") {
                Some(m) => self
                    .call_special(&m, &i.class, vec![c.clone(), key.clone()])
                    .map(|_| ()),
                None if matches!(i.payload, Some(Value::Dict(_) | Value::List(_))) => {
                    let p = i.payload.clone().expect("invariant: matched above");
                    self.del_item(&p, key)
                }
                None => Err(Exc::attribute_error("__delitem__")),
            },
            _ => Err(Exc::type_error(format!(
                "'{}' object doesn't support item deletion",
                c.type_name()
            ))),
        }
    }
}

/// A sequence index: negative counts from the end; out-of-range values
/// come back as `len` or more so the caller raises its own IndexError.
pub fn index_of(key: &Value, len: usize, what: &str) -> PyResult<usize> {
    let i = match super::payload::as_int(key) {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => {
            return Err(Exc::index_error(
                "cannot fit 'int' into an index-sized integer",
            ));
        }
        _ if what == "string" => {
            return Err(Exc::type_error(format!(
                "string indices must be integers, not '{}'",
                key.type_name()
            )));
        }
        _ => {
            return Err(Exc::type_error(format!(
                "{} indices must be integers or slices, not {}",
                what,
                key.type_name()
            )));
        }
    };
    let i = if i < 0 { i + len as i64 } else { i };
    Ok(if i < 0 { usize::MAX } else { i as usize })
}

/// cpython: PySlice_AdjustIndices — start, stop, step clamped to `len`.
pub fn slice_bounds(len: usize, s: &Slice) -> PyResult<(i64, i64, i64)> {
    let step = match &s.step {
        Value::None => 1,
        v => slice_int(v)?,
    };
    if step == 0 {
        return Err(Exc::value_error("slice step cannot be zero"));
    }
    let len = len as i64;
    let (lo_default, hi_default) = if step < 0 { (len - 1, -1) } else { (0, len) };
    let adjust = |v: &Value, default: i64| -> PyResult<i64> {
        if v.is_none() {
            return Ok(default);
        }
        let mut i = slice_int(v)?;
        if i < 0 {
            i += len;
            if i < 0 {
                i = if step < 0 { -1 } else { 0 };
            }
        } else if i >= len {
            i = if step < 0 { len - 1 } else { len };
        }
        Ok(i)
    };
    Ok((
        adjust(&s.lower, lo_default)?,
        adjust(&s.upper, hi_default)?,
        step,
    ))
}

fn slice_int(v: &Value) -> PyResult<i64> {
    match super::payload::as_int(v) {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(b) => Ok(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        }),
        _ => Err(Exc::type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

/// The indices a slice selects, in order.
pub fn slice_indices(len: usize, s: &Slice) -> PyResult<Vec<usize>> {
    let (start, stop, step) = slice_bounds(len, s)?;
    let mut out = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(i as usize);
        i += step;
    }
    Ok(out)
}

pub fn slice_items<T: Clone>(items: &[T], s: &Slice) -> PyResult<Vec<T>> {
    Ok(slice_indices(items.len(), s)?
        .into_iter()
        .map(|i| items[i].clone())
        .collect())
}

fn assign_slice(items: &mut Vec<Value>, s: &Slice, new: Vec<Value>) -> PyResult<()> {
    let (start, stop, step) = slice_bounds(items.len(), s)?;
    if step == 1 {
        let stop = stop.max(start) as usize;
        items.splice(start as usize..stop, new);
        return Ok(());
    }
    let idx = slice_indices(items.len(), s)?;
    if idx.len() != new.len() {
        return Err(Exc::value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            new.len(),
            idx.len()
        )));
    }
    for (i, v) in idx.into_iter().zip(new) {
        items[i] = v;
    }
    Ok(())
}
