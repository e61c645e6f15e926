//! Comparisons: `<`, `<=`, `==`, `!=`, `>`, `>=` on builtin values
//! directly, on instances through their rich-comparison methods (the
//! reflected one first for a subclass), and `==` for containers item by
//! item, with CPython's TypeErrors.

use super::Vm;
use super::ops::{payloads, reflected_first, seq_items};
use crate::exception::{Exc, PyResult};
use crate::value::int::{self, NumCmp};
use crate::value::{CellObj, Value};
use std::cmp::Ordering;

/// The comparison dunders in COMPARE_OP's operand order.
const COMPARE_DUNDERS: [&str; 6] = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

/// The reflection of each comparison (`a < b` is `b > a`).
const SWAPPED: [u32; 6] = [4, 5, 2, 3, 0, 1];

impl Vm {
    /// COMPARE_OP: `<`, `<=`, `==`, `!=`, `>`, `>=`. An instance's
    /// comparison method answers with whatever it returns, as in CPython.
    pub(crate) fn compare_op(&mut self, op: u32, a: &Value, b: &Value) -> PyResult<Value> {
        if let (Value::Instance(_), _) | (_, Value::Instance(_)) = (a, b) {
            return self.rich_compare(op, a, b);
        }
        match op {
            2 => Ok(Value::Bool(self.eq(a, b)?)),
            3 => Ok(Value::Bool(!self.eq(a, b)?)),
            _ => self.ordered(op, a, b),
        }
    }

    /// Cells compare by their contents, empty cells before full ones.
    /// cpython 3.11: cellobject.c cell_richcompare
    fn cell_compare(&mut self, op: u32, x: &CellObj, y: &CellObj) -> PyResult<Value> {
        match (x.get(), y.get()) {
            (Some(a), Some(b)) => self.nested("in comparison", |vm| vm.compare_op(op, &a, &b)),
            (a, b) => {
                let order = (b.is_none() as u8).cmp(&(a.is_none() as u8));
                Ok(Value::Bool(ordering_matches(op, order)))
            }
        }
    }

    /// `compare_op` as a truth value (cpython: PyObject_RichCompareBool
    /// without its identity shortcut).
    pub fn compare_bool(&mut self, op: u32, a: &Value, b: &Value) -> PyResult<bool> {
        let r = self.compare_op(op, a, b)?;
        self.is_true(&r)
    }

    /// `a < b` and friends: numbers, strings, sequences, sets.
    fn ordered(&mut self, op: u32, a: &Value, b: &Value) -> PyResult<Value> {
        match int::compare(a, b) {
            NumCmp::Ord(o) => return Ok(Value::Bool(ordering_matches(op, o))),
            NumCmp::Unordered => return Ok(Value::Bool(false)),
            NumCmp::NotNumeric => {}
        }
        Ok(Value::Bool(match (a, b) {
            (Value::Str(x), Value::Str(y)) => ordering_matches(op, x.as_str().cmp(y.as_str())),
            (Value::List(_), Value::List(_)) | (Value::Tuple(_), Value::Tuple(_)) => {
                return self.nested("in comparison", |vm| vm.sequence_compare(op, a, b));
            }
            (Value::Set(x), Value::Set(y)) => set_compare(op, x, y),
            (Value::Bytes(_), Value::Bytes(_)) => {
                crate::builtins::bytes::ops::compare(a, b).is_some_and(|o| ordering_matches(op, o))
            }
            (Value::Cell(x), Value::Cell(y)) => return self.cell_compare(op, x, y),
            _ => return Err(Exc::not_supported_between(op, a, b)),
        }))
    }

    /// Rich comparison with an instance on either side: the reflected
    /// method first when the right operand's class is a subclass that
    /// overrides it, then `a.__op__(b)`, then `b.__swapped__(a)`; `==`
    /// and `!=` fall back to identity. cpython: object.c do_richcompare
    fn rich_compare(&mut self, op: u32, a: &Value, b: &Value) -> PyResult<Value> {
        let swapped = SWAPPED[op as usize];
        let reflected_first = reflected_first(a, b, COMPARE_DUNDERS[swapped as usize]);
        if reflected_first && let Some(r) = self.compare_dunder(swapped, b, a)? {
            return Ok(r);
        }
        if let Some(r) = self.compare_dunder(op, a, b)? {
            return Ok(r);
        }
        if !reflected_first && let Some(r) = self.compare_dunder(swapped, b, a)? {
            return Ok(r);
        }
        if let Some((pa, pb)) = payloads(a, b) {
            // a dict/list/tuple subclass compares as the builtin it is
            return self.compare_op(op, &pa, &pb);
        }
        match op {
            2 => Ok(Value::Bool(a.is(b))),
            3 => Ok(Value::Bool(!a.is(b))),
            _ => Err(Exc::not_supported_between(op, a, b)),
        }
    }

    /// `x.__op__(y)` when `x` is an instance whose class has it (`__ne__`
    /// defaults to the negation of `__eq__`); None for NotImplemented.
    fn compare_dunder(&mut self, op: u32, x: &Value, y: &Value) -> PyResult<Option<Value>> {
        let Value::Instance(i) = x else {
            return Ok(None);
        };
        if let Some(m) = i.class.lookup(COMPARE_DUNDERS[op as usize]) {
            let r = self.call_special(&m, &i.class, vec![x.clone(), y.clone()])?;
            return Ok((!matches!(r, Value::NotImplemented)).then_some(r));
        }
        if op == 3
            && let Some(m) = i.class.lookup("__eq__")
        {
            let r = self.call_special(&m, &i.class, vec![x.clone(), y.clone()])?;
            if matches!(r, Value::NotImplemented) {
                return Ok(None);
            }
            return Ok(Some(Value::Bool(!self.is_true(&r)?)));
        }
        Ok(None)
    }

    /// Lexicographic comparison: the first unequal pair decides, with
    /// whatever its comparison returns.
    fn sequence_compare(&mut self, op: u32, a: &Value, b: &Value) -> PyResult<Value> {
        let (xs, ys) = (seq_items(a), seq_items(b));
        for (x, y) in xs.iter().zip(ys.iter()) {
            if !x.is(y) && !self.eq(x, y)? {
                return self.compare_op(op, x, y);
            }
        }
        Ok(Value::Bool(ordering_matches(op, xs.len().cmp(&ys.len()))))
    }

    /// `a == b`, with `__eq__` of instances.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(x == y),
            (Value::Str(x), Value::Str(y)) => return Ok(x.as_str() == y.as_str()),
            _ => {}
        }
        match int::compare(a, b) {
            NumCmp::Ord(o) => return Ok(o == Ordering::Equal),
            NumCmp::Unordered => return Ok(false),
            NumCmp::NotNumeric => {}
        }
        match (a, b) {
            (Value::List(_), Value::List(_)) | (Value::Tuple(_), Value::Tuple(_)) => {
                self.nested("in comparison", |vm| vm.sequence_eq(a, b))
            }
            (Value::Dict(x), Value::Dict(y)) => self.nested("in comparison", |vm| vm.dict_eq(x, y)),
            (Value::Set(x), Value::Set(y)) => {
                Ok(x.len() == y.len() && x.keys().iter().all(|k| y.contains(k)))
            }
            (Value::Instance(_), _) | (_, Value::Instance(_)) => {
                let r = self.rich_compare(2, a, b)?;
                self.is_true(&r)
            }
            (Value::Complex(c), other) | (other, Value::Complex(c)) => {
                Ok(crate::value::complex::eq(**c, other).unwrap_or(false))
            }
            (Value::Range(x), Value::Range(y)) => Ok(x.same_items(y)),
            (Value::Bytes(_), Value::Bytes(_)) => {
                Ok(crate::builtins::bytes::ops::eq(a, b).unwrap_or(false))
            }
            (Value::Slice(x), Value::Slice(y)) => {
                let parts = |s: &crate::value::Slice| {
                    Value::tuple(vec![s.lower.clone(), s.upper.clone(), s.step.clone()])
                };
                self.eq(&parts(x), &parts(y))
            }
            (Value::Cell(x), Value::Cell(y)) => {
                let r = self.cell_compare(2, x, y)?;
                self.is_true(&r)
            }
            // cpython: classobject.c method_richcompare
            (Value::Method(x), Value::Method(y)) => {
                Ok((x.func.is(&y.func) || self.eq(&x.func, &y.func)?) && x.this.is(&y.this))
            }
            (Value::Builtin(_), Value::Builtin(_)) => Ok(crate::value::ops::eq_hashable(a, b)),
            _ => Ok(a.is(b)),
        }
    }

    fn sequence_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let (xs, ys) = (seq_items(a), seq_items(b));
        if xs.len() != ys.len() {
            return Ok(false);
        }
        for (x, y) in xs.iter().zip(ys.iter()) {
            if !x.is(y) && !self.eq(x, y)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn dict_eq(&mut self, x: &crate::value::Dict, y: &crate::value::Dict) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        // A copy, not a borrow held over the loop: `__eq__` may change x.
        let items = x.borrow().clone();
        for (k, v) in items.iter() {
            match y.get(k) {
                Some(w) if v.is(&w) || self.eq(v, &w)? => {}
                _ => return Ok(false),
            }
        }
        Ok(true)
    }
}

fn ordering_matches(op: u32, o: Ordering) -> bool {
    match op {
        0 => o == Ordering::Less,
        1 => o != Ordering::Greater,
        2 => o == Ordering::Equal,
        3 => o != Ordering::Equal,
        4 => o == Ordering::Greater,
        _ => o != Ordering::Less,
    }
}

fn set_compare(op: u32, x: &crate::value::Set, y: &crate::value::Set) -> bool {
    let sub = x.keys().iter().all(|k| y.contains(k));
    let sup = y.keys().iter().all(|k| x.contains(k));
    match op {
        0 => sub && x.len() < y.len(),
        1 => sub,
        4 => sup && x.len() > y.len(),
        _ => sup,
    }
}
