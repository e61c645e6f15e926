//! Iteration: `iter()` over every iterable type, `next()` on every
//! iterator, and the lazy builtins (map, filter, zip, enumerate, reversed).
//!
//! FOR_ITER tries `fast_next` first (lists, tuples, ranges: no VM needed),
//! then `Vm::next`.

use super::Vm;
use super::generator::Resumed;
use crate::exception::{Exc, ExcKind, PyResult};
use crate::value::int::{normalize, to_bigint};
use crate::value::{Dict, List, Range, Tuple, Value};
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};
use std::cell::RefCell;
use std::rc::Rc;

/// The state of a builtin iterator object.
pub enum IterState {
    List {
        list: Rc<List>,
        i: usize,
    },
    Tuple {
        tuple: Rc<Tuple>,
        i: usize,
    },
    /// A range's items counted down by `left`, so the last `next += step`
    /// may wrap harmlessly (cpython: rangeobject.c rangeiter).
    Range {
        next: i64,
        step: i64,
        left: u64,
    },
    /// The same past i64 (cpython: longrangeiter).
    BigRange {
        next: BigInt,
        step: BigInt,
        left: BigInt,
    },
    /// The code points of a str.
    Str {
        chars: Vec<char>,
        i: usize,
    },
    /// Dict keys, values or items; `len` detects resizing during iteration.
    Dict {
        dict: Rc<Dict>,
        i: usize,
        len: usize,
        kind: DictView,
    },
    /// A snapshot of values (sets, reversed sequences).
    Seq {
        items: Vec<Value>,
        i: usize,
        name: &'static str,
    },
    /// `n` is the next count, an int that grows into a big int.
    Enumerate {
        it: Value,
        n: Value,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    /// The old sequence protocol: `obj[0]`, `obj[1]`, ... until IndexError
    /// (`step` 1), or `reversed(obj)`: `obj[len - 1]` down to `obj[0]`.
    GetItem {
        obj: Value,
        i: i64,
        step: i64,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    /// The bytes of a bytes or bytearray, read live (a bytearray that
    /// grows while iterated yields the new bytes, as in CPython).
    Bytes {
        bytes: Rc<crate::value::PyBytes>,
        i: usize,
    },
    /// An async generator's `asend`/`athrow` awaitable (driven by SEND,
    /// never by FOR_ITER).
    AsyncOp(Box<super::asyncgen::AsyncOp>),
    /// `iter(callable, sentinel)` is not in the subset; exhausted iterators
    /// of any kind end here.
    Done,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictView {
    Keys,
    Values,
    Items,
}

impl IterState {
    /// `__length_hint__`: how many items are left, where that is known.
    pub fn length_hint(&self) -> Option<usize> {
        Some(match self {
            IterState::List { list, i } => list.items.borrow().len().saturating_sub(*i),
            IterState::Tuple { tuple, i } => tuple.items.len().saturating_sub(*i),
            IterState::Range { left, .. } => usize::try_from(*left).unwrap_or(usize::MAX),
            IterState::Str { chars, i } => chars.len().saturating_sub(*i),
            IterState::Dict { dict, i, .. } => dict.len().saturating_sub(*i),
            IterState::Seq { items, i, .. } => items.len().saturating_sub(*i),
            IterState::Done => 0,
            _ => return None,
        })
    }

    pub fn type_name(&self) -> &'static str {
        match self {
            IterState::List { .. } => "list_iterator",
            IterState::Tuple { .. } => "tuple_iterator",
            IterState::Range { .. } => "range_iterator",
            IterState::BigRange { .. } => "longrange_iterator",
            IterState::Str { .. } => "str_ascii_iterator",
            IterState::Dict {
                kind: DictView::Keys,
                ..
            } => "dict_keyiterator",
            IterState::Dict {
                kind: DictView::Values,
                ..
            } => "dict_valueiterator",
            IterState::Dict {
                kind: DictView::Items,
                ..
            } => "dict_itemiterator",
            IterState::Seq { name, .. } => name,
            IterState::Enumerate { .. } => "enumerate",
            IterState::Zip { .. } => "zip",
            IterState::GetItem { step: 1, .. } => "iterator",
            IterState::GetItem { .. } => "reversed",
            IterState::Map { .. } => "map",
            IterState::Filter { .. } => "filter",
            IterState::Bytes { bytes, .. } if bytes.mutable => "bytearray_iterator",
            IterState::Bytes { .. } => "bytes_iterator",
            IterState::AsyncOp(op) => op.type_name(),
            IterState::Done => "iterator",
        }
    }
}

/// Wraps an iterator state as a Python value.
pub fn iterator(state: IterState) -> Value {
    Value::Iterator(Rc::new(RefCell::new(state)))
}

/// The next item of the iterators that need no VM; None means "ask the VM"
/// (which also covers exhaustion, so FOR_ITER then calls `Vm::next`).
#[inline]
pub fn fast_next(it: &Value) -> Option<Value> {
    let Value::Iterator(cell) = it else {
        return None;
    };
    let mut st = cell.borrow_mut();
    match &mut *st {
        IterState::Range { next, step, left } => {
            if *left == 0 {
                return None;
            }
            let v = *next;
            *left -= 1;
            *next = v.wrapping_add(*step);
            return Some(Value::Int(v));
        }
        IterState::List { list, i } => {
            let v = list.items.borrow().get(*i).cloned();
            if v.is_some() {
                *i += 1;
                return v;
            }
        }
        IterState::Tuple { tuple, i } => {
            let v = tuple.items.get(*i).cloned();
            if v.is_some() {
                *i += 1;
                return v;
            }
        }
        _ => return None,
    }
    // An ended list or tuple iterator lets go of its sequence and stays
    // ended, whatever is appended later (cpython: listiter_next).
    *st = IterState::Done;
    None
}

impl Vm {
    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        let state = match v {
            Value::List(l) => IterState::List {
                list: l.clone(),
                i: 0,
            },
            Value::Tuple(t) => IterState::Tuple {
                tuple: t.clone(),
                i: 0,
            },
            Value::Range(r) => range_iter(r, false),
            Value::Str(s) => IterState::Str {
                chars: s.chars(),
                i: 0,
            },
            Value::Dict(d) => IterState::Dict {
                dict: d.clone(),
                i: 0,
                len: d.len(),
                kind: DictView::Keys,
            },
            Value::Set(s) => IterState::Seq {
                items: s.items(),
                i: 0,
                name: "set_iterator",
            },
            Value::Generator(g) if g.code.is_coroutine() || g.code.is_async_generator() => {
                return Err(Exc::not_iterable(&v.type_name()));
            }
            Value::Bytes(b) => IterState::Bytes {
                bytes: b.clone(),
                i: 0,
            },
            Value::Iterator(_) | Value::Generator(_) => return Ok(v.clone()),
            Value::Instance(inst) => return self.instance_iter(v, inst.class.lookup("__iter__")),
            _ => return Err(Exc::not_iterable(&v.type_name())),
        };
        Ok(iterator(state))
    }

    fn instance_iter(&mut self, v: &Value, method: Option<Value>) -> PyResult<Value> {
        match method {
            Some(m) => match v {
                Value::Instance(inst) => self.call_special(&m, &inst.class, vec![v.clone()]),
                _ => self.call(&m, vec![v.clone()]),
            },
            None if super::payload::payload_of(v).is_some() => {
                let p = super::payload::payload_of(v)
                    .expect("invariant: checked")
                    .clone();
                self.get_iter(&p)
            }
            None if self.has_getitem(v) => Ok(iterator(IterState::GetItem {
                obj: v.clone(),
                i: 0,
                step: 1,
            })),
            None => Err(Exc::not_iterable(&v.type_name())),
        }
    }

    fn has_getitem(&self, v: &Value) -> bool {
        matches!(v, Value::Instance(i) if i.class.lookup("__getitem__").is_some())
    }

    /// `next(it)`: Some(item), or None when exhausted. Every builtin that
    /// loops over an iterable comes here for each item, so Ctrl-C and the
    /// memory budget are polled here too.
    #[inline]
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Value::Generator(g) = it
            && !g.code.is_coroutine()
            && !g.code.is_async_generator()
        {
            self.check_interrupt()?;
            return self.gen_next(g); // inline: a generator's item costs no extra call
        }
        self.next_any(it)
    }

    /// `next` of anything but a generator (and the errors of coroutines).
    fn next_any(&mut self, it: &Value) -> PyResult<Option<Value>> {
        self.check_interrupt()?;
        match it {
            Value::Iterator(_) if let Some(v) = fast_next(it) => Ok(Some(v)),
            Value::Iterator(cell) => match self.next_builtin(cell)? {
                // an async generator's awaitable answers None here; it is
                // driven outside the iterator's borrow
                None if super::asyncgen::is_async_op(cell) => self.async_op_next(cell),
                other => Ok(other),
            },
            Value::Generator(g) if g.code.is_coroutine() => {
                Err(Exc::type_error("'coroutine' object is not an iterator"))
            }
            Value::Generator(g) if g.code.is_async_generator() => Err(not_an_iterator(it)),
            Value::Generator(g) => self.gen_next(g),
            Value::Instance(inst) => match inst.class.lookup("__next__") {
                Some(m) => match self.call_special(&m, &inst.class, vec![it.clone()]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.is(crate::exception::ExcKind::StopIteration) => Ok(None),
                    Err(e) => Err(e),
                },
                None => Err(Exc::type_error(format!(
                    "'{}' object is not an iterator",
                    it.type_name()
                ))),
            },
            _ => Err(Exc::type_error(format!(
                "'{}' object is not an iterator",
                it.type_name()
            ))),
        }
    }

    /// `next()` of an async generator's awaitable: None once it finished.
    #[cold]
    #[inline(never)]
    fn async_op_next(&mut self, cell: &RefCell<IterState>) -> PyResult<Option<Value>> {
        match self.async_op_send(cell, Value::None)? {
            Resumed::Yielded(v) => Ok(Some(v)),
            Resumed::Returned(_) => Ok(None),
        }
    }

    fn next_builtin(&mut self, cell: &Rc<RefCell<IterState>>) -> PyResult<Option<Value>> {
        let mut st = cell.borrow_mut();
        match &mut *st {
            IterState::BigRange { next, step, left } => Ok(next_big_range(next, step, left)),
            IterState::Range { .. }
            | IterState::List { .. }
            | IterState::Tuple { .. }
            | IterState::AsyncOp(_)
            | IterState::Done => Ok(None),
            IterState::Str { chars, i } => Ok(chars.get(*i).map(|c| {
                *i += 1;
                Value::str(c.to_string())
            })),
            IterState::Seq { items, i, .. } => Ok(items.get(*i).cloned().inspect(|_| *i += 1)),
            IterState::Dict { dict, i, len, kind } => next_dict(dict, i, *len, *kind),
            IterState::Bytes { bytes, i } => match bytes.data().get(*i) {
                Some(&x) => {
                    *i += 1;
                    Ok(Some(Value::Int(x as i64)))
                }
                None => Ok(None),
            },
            IterState::Enumerate { it, .. } => {
                let it = it.clone();
                drop(st);
                let Some(v) = self.next(&it)? else {
                    return Ok(None);
                };
                let IterState::Enumerate { n, .. } = &mut *cell.borrow_mut() else {
                    return Ok(None);
                };
                let k = std::mem::replace(n, successor(n));
                Ok(Some(Value::tuple(vec![k, v])))
            }
            IterState::Zip { its, strict } => {
                let (its, strict) = (its.clone(), *strict);
                drop(st);
                self.next_zip(&its, strict)
            }
            IterState::GetItem { obj, i, step } => {
                let (obj, index) = (obj.clone(), *i);
                *i += *step;
                drop(st);
                if index < 0 {
                    *cell.borrow_mut() = IterState::Done;
                    return Ok(None);
                }
                self.next_getitem(cell, &obj, index)
            }
            IterState::Map { func, its } => {
                let (func, its) = (func.clone(), its.clone());
                drop(st);
                self.next_map(&func, &its)
            }
            IterState::Filter { func, it } => {
                let (func, it) = (func.clone(), it.clone());
                drop(st);
                self.next_filter(&func, &it)
            }
        }
    }

    /// `obj[index]`; IndexError or StopIteration end the iteration.
    fn next_getitem(
        &mut self,
        cell: &Rc<RefCell<IterState>>,
        obj: &Value,
        index: i64,
    ) -> PyResult<Option<Value>> {
        match self.get_item(obj, &Value::Int(index)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is(ExcKind::IndexError) || e.is(ExcKind::StopIteration) => {
                *cell.borrow_mut() = IterState::Done;
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    fn next_zip(&mut self, its: &[Value], strict: bool) -> PyResult<Option<Value>> {
        let mut items = Vec::with_capacity(its.len());
        for (k, it) in its.iter().enumerate() {
            match self.next(it)? {
                Some(v) => items.push(v),
                None if strict => return self.zip_mismatch(its, k).map(|_| None),
                None => return Ok(None),
            }
        }
        if items.is_empty() {
            return Ok(None);
        }
        Ok(Some(Value::tuple(items)))
    }

    /// A strict zip whose iterator `k` ran out: fine only when all did at
    /// once. cpython: bltinmodule.c zip_next
    fn zip_mismatch(&mut self, its: &[Value], k: usize) -> PyResult<()> {
        let plural = |n: usize| match n {
            1 => "argument 1".to_string(),
            n => format!("arguments 1-{n}"),
        };
        if k > 0 {
            return Err(Exc::value_error(format!(
                "zip() argument {} is shorter than {}",
                k + 1,
                plural(k)
            )));
        }
        for (j, it) in its.iter().enumerate().skip(1) {
            if self.next(it)?.is_some() {
                return Err(Exc::value_error(format!(
                    "zip() argument {} is longer than {}",
                    j + 1,
                    plural(j)
                )));
            }
        }
        Ok(())
    }

    fn next_map(&mut self, func: &Value, its: &[Value]) -> PyResult<Option<Value>> {
        let mut args = Vec::with_capacity(its.len());
        for it in its {
            match self.next(it)? {
                Some(v) => args.push(v),
                None => return Ok(None),
            }
        }
        self.call(func, args).map(Some)
    }

    fn next_filter(&mut self, func: &Value, it: &Value) -> PyResult<Option<Value>> {
        while let Some(v) = self.next(it)? {
            let keep = match func {
                Value::None => self.is_true(&v)?,
                f => {
                    let r = self.call(f, vec![v.clone()])?;
                    self.is_true(&r)?
                }
            };
            if keep {
                return Ok(Some(v));
            }
        }
        Ok(None)
    }

    /// Every item of an iterable, in order.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return crate::memory::cloned(&l.items.borrow()),
            Value::Tuple(t) => return crate::memory::cloned(&t.items),
            Value::Range(r) => {
                crate::memory::check_items(r.len()?, std::mem::size_of::<Value>())?;
            }
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            crate::memory::reserve(&mut out, 1)?;
            out.push(x);
        }
        Ok(out)
    }
}

/// A forward (`iter`) or backward (`reversed`) iterator over a range.
pub fn range_iter(r: &Range, backward: bool) -> IterState {
    if let Range::Small { start, step, .. } = *r
        && !backward
    {
        let left = r
            .length()
            .to_u64()
            .expect("invariant: an i64 range has < 2**64 items");
        return IterState::Range {
            next: start,
            step,
            left,
        };
    }
    let (start, _, step) = r.bounds();
    let left = r.length();
    let last = match left.is_zero() {
        true => start.clone(),
        false => &start + (&left - 1u32) * &step,
    };
    let (next, last, step) = match backward {
        true => (last, start, -step),
        false => (start, last, step),
    };
    let small = (next.to_i64(), last.to_i64(), step.to_i64(), left.to_u64());
    match small {
        (Some(next), Some(_), Some(step), Some(left)) => IterState::Range { next, step, left },
        _ => IterState::BigRange { next, step, left },
    }
}

fn next_big_range(next: &mut BigInt, step: &BigInt, left: &mut BigInt) -> Option<Value> {
    if left.is_zero() {
        return None;
    }
    *left -= 1u32;
    let v = std::mem::replace(next, &*next + step);
    Some(normalize(v))
}

/// `n + 1` for an int count.
fn successor(n: &Value) -> Value {
    match n {
        Value::Int(i) if *i < i64::MAX => Value::Int(i + 1),
        n => normalize(to_bigint(n) + 1u32),
    }
}

fn next_dict(
    dict: &Rc<Dict>,
    i: &mut usize,
    len: usize,
    kind: DictView,
) -> PyResult<Option<Value>> {
    let map = dict.borrow();
    if map.len() != len {
        return Err(Exc::runtime_error(
            "dictionary changed size during iteration",
        ));
    }
    let Some((k, v)) = map.get_index(*i) else {
        return Ok(None);
    };
    *i += 1;
    Ok(Some(match kind {
        DictView::Keys => k.value.clone(),
        DictView::Values => v.clone(),
        DictView::Items => Value::tuple(vec![k.value.clone(), v.clone()]),
    }))
}

#[cold]
#[inline(never)]
fn not_an_iterator(it: &Value) -> Exc {
    Exc::type_error(format!("'{}' object is not an iterator", it.type_name()))
}
