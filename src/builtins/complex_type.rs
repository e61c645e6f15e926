//! The `complex` type's constructor and methods: `complex(real=0,
//! imag=0)` from numbers, strings and objects with `__complex__`,
//! `__float__` or `__index__` (cpython: complexobject.c complex_new), and
//! `conjugate`, `__complex__`, `__getnewargs__`.

use super::methods::{Add, no_args, wrong_self};
use crate::exception::{Exc, PyResult};
use crate::value::complex::{Complex, parse};
use crate::value::{Name, Value};
use crate::vm::Vm;

type Kw<'a> = &'a [(Name, Value)];

pub(super) fn register(add: Add) {
    add("complex", "conjugate", conjugate);
    add("complex", "__complex__", dunder_complex);
    add("complex", "__getnewargs__", getnewargs);
}

/// `complex(real=0, imag=0)`.
pub fn complex_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (real, imag) = arguments(args, kw)?;
    let real = real.unwrap_or(Value::Int(0));
    if let (Value::Complex(_), None) = (&real, &imag) {
        return Ok(real);
    }
    if let Value::Str(s) = &real {
        if imag.is_some() {
            return Err(Exc::type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        return parse(s.as_str()).map(Complex::value);
    }
    if let Some(Value::Str(_)) = imag {
        return Err(Exc::type_error("complex() second arg can't be a string"));
    }
    let real = match special_complex(vm, &real)? {
        Some(c) => c,
        None => real,
    };
    check_number(&real, "first argument must be a string or a number")?;
    if let Some(i) = &imag {
        check_number(i, "second argument must be a number")?;
    }
    combine(vm, &real, imag.as_ref()).map(Complex::value)
}

/// `real + imag*1j` without rounding through a product. cpython: the
/// tail of complex_new, which corrects for complex parts.
fn combine(vm: &mut Vm, real: &Value, imag: Option<&Value>) -> PyResult<Complex> {
    let cr = part(vm, real)?;
    let Some(imag) = imag else {
        return Ok(cr);
    };
    let ci = part(vm, imag)?;
    let mut re = cr.re;
    if matches!(imag, Value::Complex(_)) {
        re -= ci.im;
    }
    let mut im = ci.re;
    if matches!(real, Value::Complex(_)) {
        im += cr.im;
    }
    Ok(Complex::new(re, im))
}

/// A constructor argument as a complex: its value if complex, else
/// `float(v)` as the real part.
fn part(vm: &mut Vm, v: &Value) -> PyResult<Complex> {
    match v {
        Value::Complex(c) => Ok(**c),
        other => Ok(Complex::new(to_float(vm, other)?, 0.0)),
    }
}

/// The `real` and `imag` arguments, by position or keyword.
fn arguments(args: &[Value], kw: Kw) -> PyResult<(Option<Value>, Option<Value>)> {
    if args.len() > 2 {
        return Err(Exc::type_error(format!(
            "complex() takes at most 2 arguments ({} given)",
            args.len() + kw.len()
        )));
    }
    let mut slots = [args.first().cloned(), args.get(1).cloned()];
    for (name, v) in kw {
        let i = match &**name {
            "real" => 0,
            "imag" => 1,
            other => {
                return Err(Exc::type_error(format!(
                    "'{other}' is an invalid keyword argument for complex()"
                )));
            }
        };
        if slots[i].is_some() {
            return Err(Exc::type_error(format!(
                "argument for complex() given by name ('{name}') and position ({})",
                i + 1
            )));
        }
        slots[i] = Some(v.clone());
    }
    let [real, imag] = slots;
    Ok((real, imag))
}

/// `v.__complex__()` when `v`'s class defines it. cpython:
/// try_complex_special_method
fn special_complex(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let Value::Instance(i) = v else {
        return Ok(None);
    };
    if i.class.lookup("__complex__").is_none() {
        return Ok(None);
    }
    // bound through the instance, so a complex subclass's payload answers
    let m = vm.get_attr(v, "__complex__")?;
    match vm.call(&m, vec![])? {
        r @ Value::Complex(_) => Ok(Some(r)),
        other => Err(Exc::type_error(format!(
            "__complex__ returned non-complex (type {})",
            other.type_name()
        ))),
    }
}

/// TypeError unless `v` is a number: an int, float or complex, or an
/// instance with `__float__` or `__index__`.
fn check_number(v: &Value, what: &str) -> PyResult<()> {
    let ok = match v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_) => true,
        Value::Complex(_) => true,
        Value::Instance(i) => {
            i.class.lookup("__float__").is_some() || i.class.lookup("__index__").is_some()
        }
        _ => false,
    };
    if ok {
        return Ok(());
    }
    Err(Exc::type_error(format!(
        "complex() {what}, not '{}'",
        v.type_name()
    )))
}

/// `float(v)` for a number: `__float__`, then `__index__`, of an
/// instance. cpython: PyNumber_Float
pub fn to_float(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    let Value::Instance(i) = v else {
        if crate::value::int::is_int(v) || matches!(v, Value::Float(_)) {
            return crate::value::float::int_to_float(v);
        }
        return Err(Exc::type_error(format!(
            "must be real number, not {}",
            v.type_name()
        )));
    };
    if let Some(m) = i.class.lookup("__float__") {
        return match vm.call(&m, vec![v.clone()])? {
            Value::Float(f) => Ok(f),
            other => Err(Exc::type_error(format!(
                "{}.__float__ returned non-float (type {})",
                v.type_name(),
                other.type_name()
            ))),
        };
    }
    if let Some(m) = i.class.lookup("__index__") {
        let r = vm.call(&m, vec![v.clone()])?;
        if !crate::value::int::is_int(&r) {
            return Err(Exc::type_error(format!(
                "__index__ returned non-int (type {})",
                r.type_name()
            )));
        }
        return crate::value::float::int_to_float(&r);
    }
    Err(Exc::type_error(format!(
        "must be real number, not {}",
        v.type_name()
    )))
}

/// The complex a method was called on.
fn this(name: &str, args: &[Value], kw: Kw) -> PyResult<Complex> {
    no_args(&format!("complex.{name}"), args, kw)?;
    match args.first() {
        Some(Value::Complex(c)) => Ok(**c),
        _ => Err(wrong_self("complex", name, args)),
    }
}

fn conjugate(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let c = this("conjugate", args, kw)?;
    Ok(Complex::new(c.re, -c.im).value())
}

fn dunder_complex(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    this("__complex__", args, kw)?;
    Ok(args[0].clone())
}

fn getnewargs(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let c = this("__getnewargs__", args, kw)?;
    Ok(Value::tuple(vec![Value::Float(c.re), Value::Float(c.im)]))
}
