//! `cmath`: the functions of complex numbers with CPython 3.11's results
//! and errors. Arguments convert as CPython's `D` format does (a complex,
//! `__complex__`, else a real number); the algorithms are in `funcs.rs`,
//! the special values for infinite and NaN arguments in `special.rs`.

mod funcs;
mod special;

use super::super::{Module, no_kwargs};
use crate::builtins::complex_type::to_float;
use crate::exception::{Exc, PyResult};
use crate::value::complex::Complex;
use crate::value::{Name, Value};
use crate::vm::Vm;
use funcs::{Errno, Out};

type Kw<'a> = &'a [(Name, Value)];

pub(super) fn module(m: &Module) {
    m.set("pi", Value::Float(std::f64::consts::PI));
    m.set("e", Value::Float(std::f64::consts::E));
    m.set("tau", Value::Float(std::f64::consts::TAU));
    m.set("inf", Value::Float(f64::INFINITY));
    m.set("infj", Complex::new(0.0, f64::INFINITY).value());
    m.set("nan", Value::Float(f64::NAN));
    m.set("nanj", Complex::new(0.0, f64::NAN).value());
    let table: &[(&'static str, crate::value::BuiltinFn)] = &[
        ("sqrt", sqrt),
        ("exp", exp),
        ("log10", log10),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("asinh", asinh),
        ("acosh", acosh),
        ("atanh", atanh),
        ("log", log),
        ("phase", phase),
        ("polar", polar),
        ("rect", rect),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("isclose", isclose),
    ];
    for (name, f) in table {
        m.def(name, *f);
    }
}

/// A result, or CPython's error for its errno. cpython: math_error
fn result(out: Out) -> PyResult<Value> {
    match out.1 {
        Errno::Ok => Ok(out.0.value()),
        e => Err(math_error(e)),
    }
}

fn math_error(e: Errno) -> Exc {
    if e == Errno::Range {
        Exc::overflow_error("math range error")
    } else {
        Exc::value_error("math domain error")
    }
}

/// An argument as a complex: a complex, `__complex__`, else a real
/// number. cpython: PyComplex_AsCComplex
fn complex_arg(vm: &mut Vm, v: &Value) -> PyResult<Complex> {
    if let Value::Complex(c) = v {
        return Ok(**c);
    }
    if let Value::Instance(i) = v
        && i.class.lookup("__complex__").is_some()
    {
        // bound through the instance, so a complex subclass's payload answers
        let m = vm.get_attr(v, "__complex__")?;
        return match vm.call(&m, vec![])? {
            Value::Complex(c) => Ok(*c),
            other => Err(Exc::type_error(format!(
                "__complex__ returned non-complex (type {})",
                other.type_name()
            ))),
        };
    }
    Ok(Complex::new(to_float(vm, v)?, 0.0))
}

/// The one argument of `cmath.NAME(z)`, as a complex.
fn one(vm: &mut Vm, name: &str, args: &[Value], kw: Kw) -> PyResult<Complex> {
    no_kwargs(&format!("cmath.{name}"), kw)?;
    match args {
        [z] => complex_arg(vm, z),
        _ => Err(Exc::type_error(format!(
            "cmath.{name}() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

macro_rules! unary {
    ($($name:ident)*) => {$(
        fn $name(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
            let z = one(vm, stringify!($name), args, kw)?;
            result(funcs::$name(z))
        }
    )*};
}

unary!(sqrt exp log10 sin cos tan asin acos atan sinh cosh tanh asinh acosh atanh);

/// `log(z[, base])`: errno is the last function's, as in C, so a domain
/// error of log(z) is forgotten once log(base) succeeds. cpython:
/// cmath_log_impl
fn log(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("cmath.log", kw)?;
    let (z, base) = match args {
        [z] => (z, None),
        [z, b] => (z, Some(b)),
        _ => return Err(arity("log", args.len(), 1, 2)),
    };
    let z = complex_arg(vm, z)?;
    let (mut x, mut errno) = funcs::log(z);
    if let Some(b) = base {
        let b = complex_arg(vm, b)?;
        let (y, e) = funcs::log(b);
        errno = e;
        match x.c_quot(y) {
            Some(q) => x = q,
            None => errno = Errno::Dom,
        }
    }
    result((x, errno))
}

/// `log expected at most 2 arguments, got 3`, as CPython words it.
fn arity(name: &str, got: usize, min: usize, max: usize) -> Exc {
    let (bound, n) = if got < min {
        ("at least", min)
    } else {
        ("at most", max)
    };
    let noun = if n == 1 { "argument" } else { "arguments" };
    Exc::type_error(format!("{name} expected {bound} {n} {noun}, got {got}"))
}

fn phase(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let z = one(vm, "phase", args, kw)?;
    Ok(Value::Float(z.im.atan2(z.re)))
}

fn polar(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let z = one(vm, "polar", args, kw)?;
    let phi = z.im.atan2(z.re);
    let r = z.abs().ok_or_else(|| math_error(Errno::Range))?;
    Ok(Value::tuple(vec![Value::Float(r), Value::Float(phi)]))
}

fn rect(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("rect", kw)?;
    let [r, phi] = args else {
        return Err(Exc::type_error(format!(
            "rect expected 2 arguments, got {}",
            args.len()
        )));
    };
    let (r, phi) = (to_float(vm, r)?, to_float(vm, phi)?);
    result(funcs::rect(r, phi))
}

fn predicate(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: Kw,
    f: fn(f64) -> bool,
) -> PyResult<Value> {
    let z = one(vm, name, args, kw)?;
    Ok(Value::Bool(f(z.re) || f(z.im)))
}

fn isfinite(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let z = one(vm, "isfinite", args, kw)?;
    Ok(Value::Bool(z.re.is_finite() && z.im.is_finite()))
}

fn isinf(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate(vm, "isinf", args, kw, f64::is_infinite)
}

fn isnan(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate(vm, "isnan", args, kw, f64::is_nan)
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`. cpython: cmath_isclose_impl
fn isclose(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, b) = match args {
        [a, b] => (complex_arg(vm, a)?, complex_arg(vm, b)?),
        [_] => {
            return Err(Exc::type_error(
                "isclose() missing required argument 'b' (pos 2)",
            ));
        }
        [] => {
            return Err(Exc::type_error(
                "isclose() missing required argument 'a' (pos 1)",
            ));
        }
        _ => {
            return Err(Exc::type_error(format!(
                "isclose() takes exactly 2 positional arguments ({} given)",
                args.len()
            )));
        }
    };
    let (rel, abs) = tolerances(vm, kw)?;
    Ok(Value::Bool(close(a, b, rel, abs)))
}

fn tolerances(vm: &mut Vm, kw: Kw) -> PyResult<(f64, f64)> {
    let (mut rel, mut abs) = (1e-9, 0.0);
    for (k, v) in kw {
        match &**k {
            "rel_tol" => rel = to_float(vm, v)?,
            "abs_tol" => abs = to_float(vm, v)?,
            other => {
                return Err(Exc::type_error(format!(
                    "'{other}' is an invalid keyword argument for isclose()"
                )));
            }
        }
    }
    if rel < 0.0 || abs < 0.0 {
        return Err(Exc::value_error("tolerances must be non-negative"));
    }
    Ok((rel, abs))
}

/// Equal, or within a tolerance; infinities only close to themselves.
fn close(a: Complex, b: Complex, rel: f64, abs: f64) -> bool {
    if a == b {
        return true;
    }
    let inf = |z: Complex| z.re.is_infinite() || z.im.is_infinite();
    if inf(a) || inf(b) {
        return false;
    }
    let size = |z: Complex| z.abs().unwrap_or(f64::INFINITY);
    let diff = size(a.c_diff(b));
    diff <= rel * size(b) || diff <= rel * size(a) || diff <= abs
}
