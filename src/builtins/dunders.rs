//! The dunder methods of builtin values, as method-wrappers: `[1].__len__()`,
//! `(3).__add__(4)`, `d.__getitem__(k)`, `s.__contains__(x)`. Each runs the
//! operation the VM runs for the operator; a number's binary method answers
//! NotImplemented for an operand it does not handle, as CPython's do. Only
//! the types that have a method answer for it (`hasattr(5, '__len__')` is
//! False).

use crate::ast::BinOp;
use crate::exception::{Exc, ExcKind, PyResult};
use crate::value::{Builtin, BuiltinFn, Name, Value};
use crate::vm::Vm;
use std::rc::Rc;

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Name, Value)];

/// Which values have a method.
#[derive(Clone, Copy)]
enum Has {
    Sized,
    Subscript,
    Mutable,
    /// int, bool and float (not complex: `__floordiv__`, `__mod__`).
    Number,
    /// the numbers and complex.
    Arith,
    Addable,
    Any,
}

/// `obj.name` for a dunder method of a builtin value, bound to it.
pub fn dunder_attr(obj: &Value, name: &str) -> Option<Value> {
    if matches!(obj, Value::Instance(_) | Value::Class(_) | Value::Module(_)) {
        return None;
    }
    let (name, has, func) = TABLE.iter().find(|(n, _, _)| *n == name)?;
    if !applies(*has, obj) {
        return None;
    }
    Some(Value::Builtin(Rc::new(Builtin {
        name,
        func: *func,
        this: Some(obj.clone()),
        owner: Some(super::slots::METHOD_WRAPPER),
    })))
}

fn applies(has: Has, v: &Value) -> bool {
    use Value as V;
    let number = matches!(v, V::Int(_) | V::BigInt(_) | V::Bool(_) | V::Float(_));
    match has {
        Has::Any => true,
        Has::Number => number,
        Has::Arith => rank(v).is_some(),
        Has::Sized => matches!(
            v,
            V::Str(_) | V::List(_) | V::Tuple(_) | V::Dict(_) | V::Set(_) | V::Range(_)
        ),
        Has::Subscript => matches!(
            v,
            V::Str(_) | V::List(_) | V::Tuple(_) | V::Dict(_) | V::Range(_)
        ),
        Has::Mutable => matches!(v, V::List(_) | V::Dict(_)),
        Has::Addable => rank(v).is_some() || matches!(v, V::Str(_) | V::List(_) | V::Tuple(_)),
    }
}

const TABLE: [(&str, Has, BuiltinFn); 24] = [
    ("__len__", Has::Sized, len),
    ("__iter__", Has::Sized, iter),
    ("__contains__", Has::Sized, contains),
    ("__getitem__", Has::Subscript, getitem),
    ("__setitem__", Has::Mutable, setitem),
    ("__delitem__", Has::Mutable, delitem),
    ("__add__", Has::Addable, add),
    ("__mul__", Has::Addable, mul),
    ("__rmul__", Has::Addable, rmul),
    ("__radd__", Has::Arith, radd),
    ("__sub__", Has::Arith, sub),
    ("__rsub__", Has::Arith, rsub),
    ("__truediv__", Has::Arith, truediv),
    ("__floordiv__", Has::Number, floordiv),
    ("__mod__", Has::Number, modulo),
    ("__pow__", Has::Arith, pow),
    ("__neg__", Has::Arith, neg),
    ("__abs__", Has::Arith, abs),
    ("__eq__", Has::Any, eq),
    ("__ne__", Has::Any, ne),
    ("__lt__", Has::Any, lt),
    ("__le__", Has::Any, le),
    ("__gt__", Has::Any, gt),
    ("__ge__", Has::Any, ge),
];

/// The bound value and the one argument of a binary method.
fn two<'a>(name: &str, args: &'a [Value], kw: Kw) -> PyResult<(&'a Value, &'a Value)> {
    super::no_kwargs(name, kw)?;
    match args {
        [this, other] => Ok((this, other)),
        _ => Err(Exc::type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        ))),
    }
}

fn one<'a>(name: &str, args: &'a [Value], kw: Kw) -> PyResult<&'a Value> {
    super::no_kwargs(name, kw)?;
    match args {
        [this] => Ok(this),
        _ => Err(Exc::type_error(format!(
            "expected 0 arguments, got {}",
            args.len().saturating_sub(1)
        ))),
    }
}

fn len(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let this = one("__len__", args, kw)?;
    super::functions::length(vm, this).map(|n| Value::Int(n as i64))
}

fn iter(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let this = one("__iter__", args, kw)?;
    vm.get_iter(this)
}

fn contains(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let (this, x) = two("__contains__", args, kw)?;
    vm.contains(this, x).map(Value::Bool)
}

fn getitem(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let (this, k) = two("__getitem__", args, kw)?;
    vm.get_item(this, k)
}

fn setitem(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    super::no_kwargs("__setitem__", kw)?;
    let [this, k, v] = args else {
        return Err(Exc::type_error(format!(
            "expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    };
    vm.set_item(this, k.clone(), v.clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let (this, k) = two("__delitem__", args, kw)?;
    vm.del_item(this, k)?;
    Ok(Value::None)
}

/// `a op b` as a method of `a`; a number gives NotImplemented where the
/// operator would fail, a sequence raises the operator's TypeError.
/// `swap` for a reflected method (`this.__radd__(other)` is `other + this`).
fn binary(vm: &mut Vm, op: BinOp, this: &Value, other: &Value, swap: bool) -> PyResult<Value> {
    let number = rank(this).is_some();
    if number && (rank(other).is_none() || wider(other, this)) {
        return Ok(Value::NotImplemented);
    }
    let (a, b) = if swap { (other, this) } else { (this, other) };
    match vm.binop(op, a, b) {
        Err(e) if number && e.is(ExcKind::TypeError) => Ok(Value::NotImplemented),
        r => r,
    }
}

macro_rules! binary_methods {
    ($($f:ident: $name:literal, $op:ident, $swap:literal;)*) => {$(
        fn $f(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
            let (this, other) = two($name, args, kw)?;
            binary(vm, BinOp::$op, this, other, $swap)
        }
    )*};
}

binary_methods! {
    add: "__add__", Add, false;
    radd: "__radd__", Add, true;
    mul: "__mul__", Mult, false;
    rmul: "__rmul__", Mult, true;
    sub: "__sub__", Sub, false;
    rsub: "__rsub__", Sub, true;
    truediv: "__truediv__", Div, false;
    floordiv: "__floordiv__", FloorDiv, false;
    modulo: "__mod__", Mod, false;
    pow: "__pow__", Pow, false;
}

fn neg(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let this = one("__neg__", args, kw)?;
    vm.unary_op(crate::code::Instr::UnaryNegative, this)
}

fn abs(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let this = one("__abs__", args, kw)?;
    if let Value::Complex(c) = this {
        return crate::value::complex::abs_value(**c);
    }
    let negative = vm.compare_bool(0, this, &Value::Int(0))?;
    if negative {
        vm.unary_op(crate::code::Instr::UnaryNegative, this)
    } else {
        Ok(this.clone())
    }
}

/// A comparison method: NotImplemented between unrelated builtin types
/// (so `(1).__eq__('a')` is NotImplemented, as in CPython).
fn compare(vm: &mut Vm, op: u32, args: Args, kw: Kw) -> PyResult<Value> {
    let (this, other) = two("comparison", args, kw)?;
    let numbers = rank(this).is_some() && rank(other).is_some();
    let same = this.builtin_type_name() == other.builtin_type_name();
    if !(same || numbers) || wider(other, this) {
        return Ok(Value::NotImplemented);
    }
    match vm.compare_op(op, this, other) {
        Err(e) if e.is(ExcKind::TypeError) => Ok(Value::NotImplemented),
        r => r,
    }
}

/// A number's place in the tower int < float < complex; None for others.
fn rank(v: &Value) -> Option<u8> {
    match v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => Some(0),
        Value::Float(_) => Some(1),
        Value::Complex(_) => Some(2),
        _ => None,
    }
}

/// Whether `b` is higher in the tower than `a`: then `b`'s reflected
/// method answers, so `a`'s gives NotImplemented (`(1).__add__(1.5)`).
fn wider(b: &Value, a: &Value) -> bool {
    rank(b) > rank(a)
}

macro_rules! compare_methods {
    ($($f:ident: $op:literal;)*) => {$(
        fn $f(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
            compare(vm, $op, args, kw)
        }
    )*};
}

compare_methods! {
    lt: 0;
    le: 1;
    eq: 2;
    ne: 3;
    gt: 4;
    ge: 5;
}
