//! Iteration: `iter()` over every iterable type, `next()` on every
//! iterator, and the lazy builtins (map, filter, zip, enumerate, reversed).
//!
//! FOR_ITER tries `fast_next` first (lists, tuples, ranges: no VM needed),
//! then `Vm::next`.

use super::Vm;
use crate::exception::{Exc, PyResult};
use crate::value::{Dict, List, Tuple, Value};
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
    Range {
        next: i64,
        stop: i64,
        step: i64,
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
    Enumerate {
        it: Value,
        n: i64,
    },
    Zip {
        its: Vec<Value>,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
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
    pub fn type_name(&self) -> &'static str {
        match self {
            IterState::List { .. } => "list_iterator",
            IterState::Tuple { .. } => "tuple_iterator",
            IterState::Range { .. } => "range_iterator",
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
            IterState::Map { .. } => "map",
            IterState::Filter { .. } => "filter",
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
        IterState::Range { next, stop, step } => {
            let v = *next;
            if (*step > 0 && v < *stop) || (*step < 0 && v > *stop) {
                *next = v.wrapping_add(*step);
                Some(Value::Int(v))
            } else {
                None
            }
        }
        IterState::List { list, i } => {
            let v = list.items.borrow().get(*i).cloned();
            if v.is_some() {
                *i += 1;
            }
            v
        }
        IterState::Tuple { tuple, i } => {
            let v = tuple.items.get(*i).cloned();
            if v.is_some() {
                *i += 1;
            }
            v
        }
        _ => None,
    }
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
            Value::Range(r) => IterState::Range {
                next: r.start,
                stop: r.stop,
                step: r.step,
            },
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
            Value::Iterator(_) | Value::Generator(_) => return Ok(v.clone()),
            Value::Instance(inst) => return self.instance_iter(v, inst.class.lookup("__iter__")),
            _ => return Err(Exc::not_iterable(&v.type_name())),
        };
        Ok(iterator(state))
    }

    fn instance_iter(&mut self, v: &Value, method: Option<Value>) -> PyResult<Value> {
        match method {
            Some(m) => self.call(&m, vec![v.clone()]),
            None => Err(Exc::not_iterable(&v.type_name())),
        }
    }

    /// `next(it)`: Some(item), or None when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Some(v) = fast_next(it) {
            return Ok(Some(v));
        }
        match it {
            Value::Iterator(cell) => self.next_builtin(cell),
            Value::Generator(g) => self.gen_next(g),
            Value::Instance(inst) => match inst.class.lookup("__next__") {
                Some(m) => match self.call(&m, vec![it.clone()]) {
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

    fn next_builtin(&mut self, cell: &Rc<RefCell<IterState>>) -> PyResult<Option<Value>> {
        let mut st = cell.borrow_mut();
        match &mut *st {
            IterState::Range { .. }
            | IterState::List { .. }
            | IterState::Tuple { .. }
            | IterState::Done => Ok(None),
            IterState::Str { chars, i } => Ok(chars.get(*i).map(|c| {
                *i += 1;
                Value::str(c.to_string())
            })),
            IterState::Seq { items, i, .. } => Ok(items.get(*i).cloned().inspect(|_| *i += 1)),
            IterState::Dict { dict, i, len, kind } => next_dict(dict, i, *len, *kind),
            IterState::Enumerate { it, n } => {
                let (it, k) = (it.clone(), *n);
                *n += 1;
                drop(st);
                Ok(self
                    .next(&it)?
                    .map(|v| Value::tuple(vec![Value::Int(k), v])))
            }
            IterState::Zip { its } => {
                let its = its.clone();
                drop(st);
                self.next_zip(&its)
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

    fn next_zip(&mut self, its: &[Value]) -> PyResult<Option<Value>> {
        let mut items = Vec::with_capacity(its.len());
        for it in its {
            match self.next(it)? {
                Some(v) => items.push(v),
                None => return Ok(None),
            }
        }
        if items.is_empty() {
            return Ok(None);
        }
        Ok(Some(Value::tuple(items)))
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
            Value::List(l) => return Ok(l.items.borrow().clone()),
            Value::Tuple(t) => return Ok(t.items.to_vec()),
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
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
