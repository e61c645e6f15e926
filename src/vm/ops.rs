//! Operators on values: arithmetic, hashing, truth, membership (the
//! comparisons are in `compare.rs`) — builtin types directly, instances through their dunder
//! methods, with CPython's TypeError messages.

use super::Vm;
use crate::ast::{BinOp, UnaryOp};
use crate::code::Instr;
use crate::exception::{Exc, PyResult};
use crate::value::int::{self, is_int};
use crate::value::{DictKey, Value};

/// BINARY_OP's operand → operator, CPython's NB_* order.
const BIN_OPS: [BinOp; 13] = [
    BinOp::Add,
    BinOp::BitAnd,
    BinOp::FloorDiv,
    BinOp::LShift,
    BinOp::MatMult,
    BinOp::Mult,
    BinOp::Mod,
    BinOp::BitOr,
    BinOp::Pow,
    BinOp::RShift,
    BinOp::Sub,
    BinOp::Div,
    BinOp::BitXor,
];

/// The dunder pair of each binary operator, in BIN_OPS order.
const DUNDERS: [(&str, &str); 13] = [
    ("__add__", "__radd__"),
    ("__and__", "__rand__"),
    ("__floordiv__", "__rfloordiv__"),
    ("__lshift__", "__rlshift__"),
    ("__matmul__", "__rmatmul__"),
    ("__mul__", "__rmul__"),
    ("__mod__", "__rmod__"),
    ("__or__", "__ror__"),
    ("__pow__", "__rpow__"),
    ("__rshift__", "__rrshift__"),
    ("__sub__", "__rsub__"),
    ("__truediv__", "__rtruediv__"),
    ("__xor__", "__rxor__"),
];

/// `seq * x` or `x * seq` with a non-int `x` (not an instance, whose
/// methods had their say): the operand that should have been an int.
fn non_int_repeat<'a>(a: &'a Value, b: &'a Value) -> Option<&'a Value> {
    let seq = |v: &Value| matches!(v, Value::Str(_) | Value::List(_) | Value::Tuple(_));
    match (a, b) {
        (_, Value::Instance(_)) | (Value::Instance(_), _) => None,
        (s, other) if seq(s) => Some(other),
        (other, s) if seq(s) => Some(other),
        _ => None,
    }
}

/// The in-place dunder of each operator, in BIN_OPS order.
const INPLACE_DUNDERS: [&str; 13] = [
    "__iadd__",
    "__iand__",
    "__ifloordiv__",
    "__ilshift__",
    "__imatmul__",
    "__imul__",
    "__imod__",
    "__ior__",
    "__ipow__",
    "__irshift__",
    "__isub__",
    "__itruediv__",
    "__ixor__",
];

/// Whether `b`'s reflected method runs before `a`'s: `b`'s class is a
/// proper subclass of `a`'s and defines its own `rname`.
pub(super) fn reflected_first(a: &Value, b: &Value, rname: &str) -> bool {
    let (Value::Instance(x), Value::Instance(y)) = (a, b) else {
        return false;
    };
    if std::rc::Rc::ptr_eq(&x.class, &y.class) || !y.class.is_subclass(&x.class) {
        return false;
    }
    match (y.class.lookup(rname), x.class.lookup(rname)) {
        (Some(r), Some(l)) => !r.is(&l),
        (Some(_), None) => true,
        _ => false,
    }
}

impl Vm {
    /// BINARY_OP: `a op b`, or the augmented form `a op= b`.
    pub(crate) fn binary_op(
        &mut self,
        op: crate::code::BinaryOpArg,
        a: &Value,
        b: &Value,
    ) -> PyResult<Value> {
        let inplace = op.inplace();
        let k = op.index();
        let bop = BIN_OPS[k];
        if let Some(r) = self.heavy_int_op(bop, a, b) {
            return r;
        }
        if let Some(r) = int::binary(bop, a, b) {
            return r;
        }
        if let Some(r) = crate::value::complex::binary(bop, a, b) {
            return r;
        }
        if inplace && let Some(r) = self.dunder_inplace(k, a, b)? {
            return Ok(r);
        }
        if let Some(r) = crate::builtins::bytes::ops::binary(self, bop, a, b, inplace) {
            return r;
        }
        if let Some(r) = self.sequence_op(bop, a, b, inplace)? {
            return Ok(r);
        }
        if let Some(r) = self.dunder_binary(k, a, b)? {
            return Ok(r);
        }
        if let Some((pa, pb)) = payloads(a, b)
            && let Some(r) = self.builtin_binary(bop, &pa, &pb, inplace)?
        {
            // `s += [x]` on a list subclass extends it and keeps `s`
            return Ok(if r.is(&pa) { a.clone() } else { r });
        }
        if bop == BinOp::Add
            && let Value::Str(_) | Value::List(_) | Value::Tuple(_) = a
            && !matches!(b, Value::Instance(_))
        {
            let t = a.type_name();
            return Err(Exc::type_error(format!(
                "can only concatenate {t} (not \"{}\") to {t}",
                b.type_name()
            )));
        }
        if bop == BinOp::Mult
            && let Some(other) = non_int_repeat(a, b)
        {
            return Err(Exc::type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                other.type_name()
            )));
        }
        let sym = op.symbol();
        if bop == BinOp::Pow && !inplace {
            return Err(Exc::unsupported_operands(
                "** or pow()",
                &a.type_name(),
                &b.type_name(),
            ));
        }
        Err(Exc::unsupported_operands(
            &sym,
            &a.type_name(),
            &b.type_name(),
        ))
    }

    /// `a op b` when both are builtin values (a subclass instance's
    /// payload): None when the types do not support the operator.
    fn builtin_binary(
        &mut self,
        bop: BinOp,
        a: &Value,
        b: &Value,
        inplace: bool,
    ) -> PyResult<Option<Value>> {
        let found = self
            .heavy_int_op(bop, a, b)
            .or_else(|| int::binary(bop, a, b))
            .or_else(|| crate::value::complex::binary(bop, a, b))
            .or_else(|| crate::builtins::bytes::ops::binary(self, bop, a, b, inplace));
        match found {
            Some(r) => r.map(Some),
            None => self.sequence_op(bop, a, b, inplace),
        }
    }

    /// `a op b` for the builtin operators on a type-and-operator basis.
    pub fn binop(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        let k = BIN_OPS
            .iter()
            .position(|o| *o == op)
            .and_then(crate::code::BinaryOpArg::from_index)
            .expect("invariant: every BinOp is in BIN_OPS");
        self.binary_op(k, a, b)
    }

    /// str, list, tuple, set and dict operators.
    fn sequence_op(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
        inplace: bool,
    ) -> PyResult<Option<Value>> {
        use Value as V;
        Ok(Some(match (op, a, b) {
            (BinOp::Add, V::Str(x), V::Str(y)) => V::str(format!("{}{}", x.as_str(), y.as_str())),
            (BinOp::Add, V::List(x), V::List(y)) if inplace => {
                let extra = y.items.borrow().clone();
                x.items.borrow_mut().extend(extra);
                a.clone()
            }
            (BinOp::Add, V::List(x), V::List(y)) => {
                let mut items = x.items.borrow().clone();
                items.extend(y.items.borrow().iter().cloned());
                V::list(items)
            }
            (BinOp::Add, V::List(x), _) if inplace => {
                let extra = self.collect(b)?;
                x.items.borrow_mut().extend(extra);
                a.clone()
            }
            (BinOp::Add, V::Tuple(x), V::Tuple(y)) => {
                V::tuple(x.items.iter().chain(y.items.iter()).cloned().collect())
            }
            (BinOp::Mult, V::List(x), n) if inplace && is_int(n) => {
                // list.__imul__ repeats in place
                let V::List(repeated) = self.repeat(a, b)? else {
                    return Ok(None);
                };
                let items = std::mem::take(&mut *repeated.items.borrow_mut());
                *x.items.borrow_mut() = items;
                a.clone()
            }
            (BinOp::Mult, V::Str(_) | V::List(_) | V::Tuple(_), n) if is_int(n) => {
                return self.repeat(a, b).map(Some);
            }
            (BinOp::Mult, n, V::Str(_) | V::List(_) | V::Tuple(_)) if is_int(n) => {
                return self.repeat(b, a).map(Some);
            }
            (BinOp::Mod, V::Str(fmt), _) => V::str(self.percent_format(fmt.as_str(), b)?),
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, V::Set(x), V::Set(y)) => {
                if inplace && !x.is_frozen() && crate::value::Set::binop_in_place(op, x, y) {
                    return Ok(Some(a.clone()));
                }
                match crate::value::Set::binop(op, x, y) {
                    Some(s) if x.is_frozen() => V::set(s.into_frozen()),
                    Some(s) => V::set(s),
                    None => return Ok(None),
                }
            }
            (BinOp::BitOr, V::Dict(x), _) if inplace => {
                crate::builtins::dict_update(self, x, b)?;
                a.clone()
            }
            (BinOp::BitOr, V::Dict(x), V::Dict(y)) => {
                let merged = crate::value::Dict::new();
                for (k, v) in x.borrow().iter().chain(y.borrow().iter()) {
                    merged.insert(k.clone(), v.clone());
                }
                V::dict(merged)
            }
            _ => return Ok(None),
        }))
    }

    /// `fmt % args`.
    pub(crate) fn percent_format(&mut self, fmt: &str, args: &Value) -> PyResult<String> {
        crate::builtins::format::percent(self, fmt, args)
    }

    /// `a.__iop__(b)` for an instance whose class defines it; None when it
    /// does not or answers NotImplemented (the binary form is tried next).
    fn dunder_inplace(&mut self, k: usize, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if let Value::Instance(i) = a
            && let Some(m) = i.class.lookup(INPLACE_DUNDERS[k])
        {
            let r = self.call_special(&m, &i.class, vec![a.clone(), b.clone()])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    /// `a.__op__(b)`, then `b.__rop__(a)`, for instances; the right
    /// operand goes first when its class is a subclass of the left's that
    /// overrides the reflected method (cpython: abstract.c binary_op1).
    fn dunder_binary(&mut self, k: usize, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let (name, rname) = DUNDERS[k];
        if reflected_first(a, b, rname)
            && let Some(r) = self.call_reflected(rname, a, b)?
        {
            return Ok(Some(r));
        }
        if let Value::Instance(i) = a
            && let Some(m) = i.class.lookup(name)
        {
            let r = self.call_special(&m, &i.class, vec![a.clone(), b.clone()])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        }
        if reflected_first(a, b, rname) {
            return Ok(None);
        }
        self.call_reflected(rname, a, b)
    }

    /// `b.__rop__(a)` when `b` is an instance whose class defines it.
    fn call_reflected(&mut self, rname: &str, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if let Value::Instance(i) = b
            && let Some(m) = i.class.lookup(rname)
        {
            let r = self.call_special(&m, &i.class, vec![b.clone(), a.clone()])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    pub(crate) fn unary_op(&mut self, instr: Instr, a: &Value) -> PyResult<Value> {
        let (op, sym, dunder) = match instr {
            Instr::UnaryNegative => (UnaryOp::USub, "-", "__neg__"),
            Instr::UnaryPositive => (UnaryOp::UAdd, "+", "__pos__"),
            _ => (UnaryOp::Invert, "~", "__invert__"),
        };
        if let Some(r) = int::unary(op, a) {
            return r;
        }
        if let Some(r) = crate::value::complex::unary(op, a) {
            return r;
        }
        if let Value::Instance(i) = a
            && let Some(m) = i.class.lookup(dunder)
        {
            return self.call_special(&m, &i.class, vec![a.clone()]);
        }
        if let Some(p) = super::payload::payload_of(a)
            && let Some(r) = int::unary(op, p).or_else(|| crate::value::complex::unary(op, p))
        {
            return r;
        }
        Err(Exc::type_error(format!(
            "bad operand type for unary {}: '{}'",
            sym,
            a.type_name()
        )))
    }

    /// `bool(v)`: `__bool__`, then `__len__`, for instances.
    pub fn is_true(&mut self, v: &Value) -> PyResult<bool> {
        let Value::Instance(i) = v else {
            return Ok(v.truthy());
        };
        if let Some(m) = i.class.lookup("__bool__") {
            let r = self.call_special(&m, &i.class, vec![v.clone()])?;
            return match r {
                Value::Bool(b) => Ok(b),
                other => Err(Exc::type_error(format!(
                    "__bool__ should return bool, returned {}",
                    other.type_name()
                ))),
            };
        }
        if let Some(m) = i.class.lookup("__len__") {
            // cpython: the length is checked as len() checks it
            return match self.call_special(&m, &i.class, vec![v.clone()])? {
                Value::Int(n) if n < 0 => Err(Exc::value_error("__len__() should return >= 0")),
                Value::Int(n) => Ok(n != 0),
                Value::Bool(b) => Ok(b),
                Value::BigInt(_) => Err(Exc::index_overflow()),
                other => Err(Exc::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    other.type_name()
                ))),
            };
        }
        Ok(i.payload.as_ref().is_none_or(Value::truthy))
    }

    /// `hash(v)`, with `__hash__` of instances; unhashable types raise.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        if let Some(h) = crate::value::ops::hash_builtin(v) {
            return h;
        }
        match v {
            Value::Tuple(t) => self.nested("while hashing", |vm| {
                let mut hashes = Vec::with_capacity(t.items.len());
                for x in t.items.iter() {
                    hashes.push(vm.hash(x)?);
                }
                Ok(crate::value::ops::tuple_hash(&hashes))
            }),
            Value::Instance(i) if i.payload.is_some() && i.class.lookup("__hash__").is_none() => {
                match &i.payload {
                    Some(Value::List(_) | Value::Dict(_)) => Err(Exc::unhashable(&v.type_name())),
                    Some(Value::Set(s)) if !s.is_frozen() => Err(Exc::unhashable(&v.type_name())),
                    Some(Value::Bytes(b)) if b.mutable => Err(Exc::unhashable(&v.type_name())),
                    Some(p) => self.hash(&p.clone()),
                    None => Err(Exc::unhashable(&v.type_name())),
                }
            }
            Value::Instance(i) => match i.class.lookup("__hash__") {
                Some(Value::None) => Err(Exc::unhashable(&v.type_name())),
                Some(m) => match self.call_special(&m, &i.class, vec![v.clone()])? {
                    Value::Int(h) => Ok(if h == -1 { -2 } else { h }),
                    // cpython: slot_tp_hash takes any int (a bool, a big
                    // int's own hash)
                    h @ (Value::Bool(_) | Value::BigInt(_)) => self.hash(&h),
                    _ => Err(Exc::type_error("__hash__ method should return an integer")),
                },
                None if i.class.lookup("__eq__").is_some() => Err(Exc::unhashable(&v.type_name())),
                None => Ok(crate::value::ops::pointer_hash(v.address())),
            },
            _ => Err(Exc::unhashable(&v.type_name())),
        }
    }

    /// A dict key for `v`: its hash, computed once.
    #[inline]
    pub fn key(&mut self, v: Value) -> PyResult<DictKey> {
        if let Value::Int(i) = v {
            return Ok(DictKey {
                hash: int::hash_int(i),
                value: v,
            });
        }
        let hash = self.hash(&v)?;
        Ok(DictKey { hash, value: v })
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
                _ => Err(Exc::type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    item.type_name()
                ))),
            },
            Value::Dict(d) => {
                let k = self.dict_key(d, item.clone())?;
                Ok(d.get(&k).is_some())
            }
            Value::Set(s) => {
                let k = self.set_key(s, item.clone())?;
                Ok(s.contains(&k))
            }
            Value::Range(r) => Ok(range_contains(r, item)),
            Value::Instance(i)
                if i.payload.is_some() && i.class.lookup("__contains__").is_none() =>
            {
                let p = i.payload.clone().expect("invariant: checked");
                self.contains(&p, item)
            }
            Value::Bytes(b) => crate::builtins::bytes::ops::contains(b, item),
            Value::Instance(i) if i.class.lookup("__contains__").is_some() => {
                let m = i
                    .class
                    .lookup("__contains__")
                    .expect("invariant: checked above");
                let r = self.call_special(&m, &i.class, vec![container.clone(), item.clone()])?;
                self.is_true(&r)
            }
            _ => self.contains_by_iteration(container, item),
        }
    }

    fn contains_by_iteration(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        let it = match self.get_iter(container) {
            Ok(it) => it,
            Err(_) => {
                return Err(Exc::type_error(format!(
                    "argument of type '{}' is not iterable",
                    container.type_name()
                )));
            }
        };
        while let Some(x) = self.next(&it)? {
            if x.is(item) || self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

/// The items of a list or tuple (a copy, so no borrow is held across calls).
pub(crate) fn seq_items(v: &Value) -> Vec<Value> {
    match v {
        Value::List(l) => l.items.borrow().clone(),
        Value::Tuple(t) => t.items.to_vec(),
        _ => Vec::new(),
    }
}

impl Vm {
    /// `seq * n`: a new str, list or tuple repeated; MemoryError past the
    /// budget, OverflowError for a count past Py_ssize_t (either sign). A
    /// large result is built a chunk at a time, each chunk a poll for
    /// Ctrl-C, so `'a' * 3 * 10**9` stops within a few milliseconds.
    fn repeat(&mut self, seq: &Value, n: &Value) -> PyResult<Value> {
        let Some(n) = repeat_count(seq, n)? else {
            return Ok(Value::None);
        };
        Ok(match seq {
            Value::Str(s) => Value::str(self.repeat_str(s.as_str(), n)?),
            Value::List(l) => {
                let items = l.items.borrow().clone();
                Value::list(self.repeat_items(&items, n)?)
            }
            Value::Tuple(t) => Value::tuple(self.repeat_items(&t.items, n)?),
            _ => Value::None,
        })
    }

    fn repeat_str(&mut self, s: &str, n: usize) -> PyResult<String> {
        let total = s.len() * n;
        if total <= REPEAT_CHUNK || s.is_empty() {
            return Ok(s.repeat(n));
        }
        let mut out: Vec<u8> = Vec::with_capacity(total);
        out.extend_from_slice(s.as_bytes());
        while out.len() < total {
            let room = (total - out.len()).min(out.len()).min(REPEAT_CHUNK);
            out.extend_from_within(..room - room % s.len());
            self.check_interrupt()?;
        }
        // SAFETY: copies of a whole str, end to end, are valid UTF-8.
        Ok(unsafe { String::from_utf8_unchecked(out) })
    }

    fn repeat_items(&mut self, items: &[Value], n: usize) -> PyResult<Vec<Value>> {
        let mut out = Vec::with_capacity(items.len() * n);
        let mut polled = 0;
        for _ in 0..n {
            out.extend(items.iter().cloned());
            if out.len() - polled >= REPEAT_POLL {
                self.check_interrupt()?;
                polled = out.len();
            }
        }
        Ok(out)
    }
}

/// Bytes a str repetition copies between two polls for Ctrl-C.
const REPEAT_CHUNK: usize = 32 << 20;
/// Items a list or tuple repetition copies between two polls.
const REPEAT_POLL: usize = 1 << 20;

/// The count of `seq * n`, after the budget allowed the result; None for
/// a `seq` that is not a str, list or tuple.
fn repeat_count(seq: &Value, n: &Value) -> PyResult<Option<usize>> {
    let n = match n {
        Value::Int(i) => (*i).max(0) as usize,
        Value::Bool(b) => *b as usize,
        Value::BigInt(_) => return Err(Exc::index_overflow()),
        _ => 0,
    };
    let len = match seq {
        Value::Str(s) => s.as_str().len(),
        Value::List(l) => l.items.borrow().len(),
        Value::Tuple(t) => t.items.len(),
        _ => 0,
    };
    let item_size = match seq {
        Value::Str(_) => 1,
        _ => std::mem::size_of::<Value>(),
    };
    crate::memory::check_items(len.saturating_mul(n), item_size)?;
    Ok(matches!(seq, Value::Str(_) | Value::List(_) | Value::Tuple(_)).then_some(n))
}

/// `v in range`: ints by arithmetic; a float equals an item only when it
/// is integral (CPython compares it with each item).
fn range_contains(r: &crate::value::Range, v: &Value) -> bool {
    match v {
        v if crate::value::int::is_int(v) => r.contains(v),
        Value::Float(f) if f.fract() == 0.0 => crate::value::float::float_to_int(*f)
            .map(|i| r.contains(&i))
            .unwrap_or(false),
        _ => false,
    }
}

/// `a` and `b` with each instance's payload in its place, when at least
/// one of them has a payload (`Point(1, 2) == (1, 2)`).
pub(super) fn payloads(a: &Value, b: &Value) -> Option<(Value, Value)> {
    use super::payload::payload_of;
    if payload_of(a).is_none() && payload_of(b).is_none() {
        return None;
    }
    let pa = payload_of(a).unwrap_or(a).clone();
    let pb = payload_of(b).unwrap_or(b).clone();
    Some((pa, pb))
}
