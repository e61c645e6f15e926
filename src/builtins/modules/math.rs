//! `math`: constants, libm functions with CPython's domain and range
//! errors, exact integer functions (factorial, gcd, comb, perm, isqrt)
//! and `fsum` (Shewchuk's exact summation, as mathmodule.c).

use super::super::{Module, no_kwargs};
use crate::exception::{Exc, PyResult};
use crate::value::int::{is_int, normalize, to_bigint};
use crate::value::{Name, Value};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

type Kw<'a> = &'a [(Name, Value)];

pub(super) fn module(m: &Module) {
    m.set("pi", Value::Float(std::f64::consts::PI));
    m.set("e", Value::Float(std::f64::consts::E));
    m.set("tau", Value::Float(std::f64::consts::TAU));
    m.set("inf", Value::Float(f64::INFINITY));
    m.set("nan", Value::Float(f64::NAN));
    let table: &[(&'static str, crate::value::BuiltinFn)] = &[
        ("sqrt", sqrt),
        ("exp", exp),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("log2", log2),
        ("log10", log10),
        ("log1p", log1p),
        ("expm1", expm1),
        ("fabs", fabs),
        ("degrees", degrees),
        ("radians", radians),
        ("log", log),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("pow", pow),
        ("atan2", atan2),
        ("hypot", hypot),
        ("copysign", copysign),
        ("fmod", fmod),
        ("modf", modf),
        ("factorial", factorial),
        ("gcd", gcd),
        ("lcm", lcm),
        ("isqrt", isqrt),
        ("comb", comb),
        ("perm", perm),
        ("isclose", isclose),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("prod", prod),
        ("fsum", fsum),
    ];
    for (name, f) in table {
        m.def(name, *f);
    }
}

fn domain() -> Exc {
    Exc::value_error("math domain error")
}

fn range() -> Exc {
    Exc::overflow_error("math range error")
}

/// A real-number argument as a float.
fn real(v: &Value) -> PyResult<f64> {
    match crate::vm::number_payload(v).unwrap_or(v) {
        Value::Float(f) => Ok(*f),
        v if is_int(v) => crate::value::float::int_to_float(v),
        other => Err(Exc::type_error(format!(
            "must be real number, not {}",
            other.type_name()
        ))),
    }
}

/// An integer argument (`'float' object cannot be interpreted as an integer`).
fn integer(v: &Value) -> PyResult<BigInt> {
    let v = crate::vm::as_int(v);
    if is_int(v) {
        return Ok(to_bigint(v));
    }
    Err(Exc::type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        v.type_name()
    )))
}

fn one<'a>(name: &str, args: &'a [Value], kw: Kw) -> PyResult<&'a Value> {
    no_kwargs(&format!("math.{name}"), kw)?;
    match args {
        [x] => Ok(x),
        _ => Err(Exc::type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

fn two<'a>(name: &str, args: &'a [Value], kw: Kw) -> PyResult<(&'a Value, &'a Value)> {
    no_kwargs(name, kw)?;
    match args {
        [a, b] => Ok((a, b)),
        _ => Err(Exc::type_error(format!(
            "{name} expected 2 arguments, got {}",
            args.len()
        ))),
    }
}

/// cpython: mathmodule.c math_1 — NaN from a non-NaN is a domain error,
/// an infinity from a finite argument a range error (when it can overflow).
fn checked(x: f64, r: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range() } else { domain() });
    }
    Ok(Value::Float(r))
}

macro_rules! unary {
    ($name:ident, $f:expr, $overflow:expr) => {
        fn $name(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
            let x = real(one(stringify!($name), args, kw)?)?;
            let f: fn(f64) -> f64 = $f;
            checked(x, f(x), $overflow)
        }
    };
}

unary!(sqrt, f64::sqrt, false);
unary!(exp, f64::exp, true);
unary!(sin, f64::sin, false);
unary!(cos, f64::cos, false);
unary!(tan, f64::tan, false);
unary!(asin, f64::asin, false);
unary!(acos, f64::acos, false);
unary!(atan, f64::atan, false);
unary!(sinh, f64::sinh, true);
unary!(cosh, f64::cosh, true);
unary!(tanh, f64::tanh, false);
unary!(expm1, f64::exp_m1, true);
unary!(fabs, f64::abs, false);
unary!(degrees, f64::to_degrees, true);
unary!(radians, f64::to_radians, false);

/// log of a positive int or float, big ints without converting to float.
fn ln(v: &Value) -> PyResult<f64> {
    if let Value::BigInt(b) = v {
        if !b.is_positive() {
            return Err(domain());
        }
        let shift = b.bits().saturating_sub(60);
        let top = (&**b >> shift).to_f64().unwrap_or(1.0);
        return Ok(top.ln() + shift as f64 * std::f64::consts::LN_2);
    }
    let x = real(v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(x.ln())
}

fn log(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("log", kw)?;
    match args {
        [x] => Ok(Value::Float(ln(x)?)),
        [x, base] => {
            let (num, den) = (ln(x)?, ln(base)?);
            if den == 0.0 {
                return Err(Exc::zero_division("float division by zero"));
            }
            Ok(Value::Float(num / den))
        }
        _ => Err(Exc::type_error(format!(
            "log expected {} arguments, got {}",
            if args.is_empty() {
                "at least 1"
            } else {
                "at most 2"
            },
            args.len()
        ))),
    }
}

fn log_base(args: &[Value], kw: Kw, name: &str, base: f64) -> PyResult<Value> {
    let v = one(name, args, kw)?;
    let l = ln(v)?;
    Ok(Value::Float(if base == 2.0 {
        match v {
            Value::Float(x) => x.log2(),
            _ if l.is_finite() => to_f64_or(v).map_or(l / std::f64::consts::LN_2, f64::log2),
            _ => l,
        }
    } else {
        match v {
            Value::Float(x) => x.log10(),
            _ => to_f64_or(v).map_or(l / std::f64::consts::LN_10, f64::log10),
        }
    }))
}

fn to_f64_or(v: &Value) -> Option<f64> {
    crate::value::float::int_to_float(v).ok()
}

fn log2(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    log_base(args, kw, "log2", 2.0)
}

fn log10(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    log_base(args, kw, "log10", 10.0)
}

fn log1p(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let x = real(one("log1p", args, kw)?)?;
    if x <= -1.0 {
        return Err(domain());
    }
    Ok(Value::Float(x.ln_1p()))
}

/// floor/ceil/trunc: ints unchanged, floats to the int they round to.
fn rounding(name: &str, args: &[Value], kw: Kw, f: fn(f64) -> f64) -> PyResult<Value> {
    let v = one(name, args, kw)?;
    if is_int(v) {
        return Ok(normalize(to_bigint(v)));
    }
    crate::value::float::float_to_int(f(real(v)?))
}

fn floor(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    rounding("floor", args, kw, f64::floor)
}

fn ceil(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    rounding("ceil", args, kw, f64::ceil)
}

/// `math.trunc(x)`: a type that is not a real number has no `__trunc__`.
fn trunc(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if let [x] = args
        && !(is_int(x) || matches!(x, Value::Float(_) | Value::Instance(_)))
    {
        return Err(Exc::type_error(format!(
            "type {} doesn't define __trunc__ method",
            x.type_name()
        )));
    }
    rounding("trunc", args, kw, f64::trunc)
}

/// `math.pow(x, y)`: always float; cpython: math_pow's special cases.
fn pow(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, b) = two("pow", args, kw)?;
    let (x, y) = (real(a)?, real(b)?);
    if x == 0.0 && y < 0.0 && y.is_finite()
        || (x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0)
    {
        return Err(domain());
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range());
    }
    Ok(Value::Float(r))
}

fn atan2(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, b) = two("atan2", args, kw)?;
    Ok(Value::Float(real(a)?.atan2(real(b)?)))
}

fn copysign(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, b) = two("copysign", args, kw)?;
    Ok(Value::Float(real(a)?.copysign(real(b)?)))
}

fn fmod(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, b) = two("fmod", args, kw)?;
    let (x, y) = (real(a)?, real(b)?);
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if y == 0.0 || x.is_infinite() {
        return Err(domain());
    }
    Ok(Value::Float(x % y))
}

fn modf(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let x = real(one("modf", args, kw)?)?;
    let int = x.trunc();
    let frac = if x.is_infinite() {
        0.0f64.copysign(x)
    } else {
        (x - int).copysign(x)
    };
    Ok(Value::tuple(vec![Value::Float(frac), Value::Float(int)]))
}

fn hypot(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("hypot", kw)?;
    let mut acc = 0.0f64;
    for a in args {
        acc = acc.hypot(real(a)?);
    }
    Ok(Value::Float(acc))
}

/// The largest factorial argument cellar computes.
const MAX_FACTORIAL: u64 = 200_000;

fn factorial(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let n = integer(one("factorial", args, kw)?)?;
    if n.is_negative() {
        return Err(Exc::value_error(
            "factorial() not defined for negative values",
        ));
    }
    let n = n.to_u64().filter(|n| *n <= MAX_FACTORIAL).ok_or_else(|| {
        Exc::overflow_error("factorial() argument should not exceed 200000 in cellar")
    })?;
    Ok(normalize(range_product(1, n + 1)))
}

/// lo * (lo+1) * ... * (hi-1) by binary splitting, so the big
/// multiplications are balanced (and num-bigint uses Karatsuba/Toom).
fn range_product(lo: u64, hi: u64) -> BigInt {
    if hi <= lo {
        return BigInt::one();
    }
    if hi - lo <= 16 {
        let mut acc = BigInt::one();
        for i in lo..hi {
            acc *= i;
        }
        return acc;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid, hi)
}

fn gcd(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("gcd", kw)?;
    let mut acc = BigInt::zero();
    for a in args {
        acc = gcd_of(&acc, &integer(a)?);
    }
    Ok(normalize(acc))
}

/// gcd(a, b) ≥ 0. When one side fits a machine word the other is first
/// reduced modulo it (linear in its size), so `lcm(*range(1, 30000))`,
/// a huge accumulator against small numbers, takes CPython's time rather
/// than a binary gcd's quadratic one; otherwise Euclid with division.
fn gcd_of(a: &BigInt, b: &BigInt) -> BigInt {
    let (a, b) = (a.magnitude(), b.magnitude());
    let small = |n: &num_bigint::BigUint| n.to_u64().filter(|&v| v != 0);
    let word = match (small(a), small(b)) {
        (_, Some(w)) => Some((w, a)),
        (Some(w), _) => Some((w, b)),
        _ => None,
    };
    if let Some((w, other)) = word {
        let rest = (other % w).to_u64().unwrap_or(0);
        return BigInt::from(word_gcd(w, rest));
    }
    let (mut x, mut y) = (a.clone(), b.clone());
    while !y.is_zero() {
        let r = &x % &y;
        x = std::mem::replace(&mut y, r);
    }
    BigInt::from(x)
}

fn word_gcd(mut x: u64, mut y: u64) -> u64 {
    while y != 0 {
        (x, y) = (y, x % y);
    }
    x
}

fn lcm(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("lcm", kw)?;
    let mut acc = BigInt::one();
    for a in args {
        let b = integer(a)?;
        if acc.is_zero() || b.is_zero() {
            acc = BigInt::zero();
            continue;
        }
        let g = gcd_of(&acc, &b);
        acc = (acc.abs() / g) * b.abs();
    }
    Ok(normalize(acc))
}

fn isqrt(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let n = integer(one("isqrt", args, kw)?)?;
    if n.is_negative() {
        return Err(Exc::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(normalize(n.sqrt()))
}

/// Both arguments as ints (type errors first), then their signs checked.
fn n_and_k(a: &Value, b: &Value) -> PyResult<(BigInt, BigInt)> {
    let (n, k) = (integer(a)?, integer(b)?);
    Ok((non_negative_int(n, "n")?, non_negative_int(k, "k")?))
}

fn non_negative_int(n: BigInt, what: &str) -> PyResult<BigInt> {
    if n.is_negative() {
        return Err(Exc::value_error(format!(
            "{what} must be a non-negative integer"
        )));
    }
    Ok(n)
}

fn non_negative(v: &Value, what: &str) -> PyResult<BigInt> {
    let n = integer(v)?;
    if n.is_negative() {
        return Err(Exc::value_error(format!(
            "{what} must be a non-negative integer"
        )));
    }
    Ok(n)
}

/// n! / (n-k)!, the falling product.
fn falling(n: &BigInt, k: u64) -> BigInt {
    let mut acc = BigInt::one();
    for i in 0..k {
        acc *= n - i;
    }
    acc
}

fn small_k(k: &BigInt) -> PyResult<u64> {
    k.to_u64()
        .filter(|k| *k <= MAX_FACTORIAL)
        .ok_or_else(|| Exc::overflow_error("k too large for cellar"))
}

fn comb(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, b) = two("comb", args, kw)?;
    let (n, k) = n_and_k(a, b)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let k = small_k(&k)?;
    let mut den = BigInt::one();
    for i in 2..=k {
        den *= i;
    }
    Ok(normalize(falling(&n, k) / den))
}

fn perm(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("perm", kw)?;
    let (n, k) = match args {
        [a] => {
            let n = non_negative(a, "n")?;
            (n.clone(), n)
        }
        [a, Value::None] => {
            let n = non_negative(a, "n")?;
            (n.clone(), n)
        }
        [a, b] => n_and_k(a, b)?,
        _ => {
            return Err(Exc::type_error(format!(
                "perm expected at most 2 arguments, got {}",
                args.len()
            )));
        }
    };
    if k > n {
        return Ok(Value::Int(0));
    }
    Ok(normalize(falling(&n, small_k(&k)?)))
}

fn isclose(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let [a, b] = args else {
        return Err(Exc::type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.len()
        )));
    };
    let (a, b) = (real(a)?, real(b)?);
    let mut rel = 1e-9;
    let mut abs = 0.0;
    for (k, v) in kw {
        match &**k {
            "rel_tol" => rel = real(v)?,
            "abs_tol" => abs = real(v)?,
            other => {
                return Err(Exc::type_error(format!(
                    "isclose() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    if rel < 0.0 || abs < 0.0 {
        return Err(Exc::value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
    ))
}

fn predicate(name: &str, args: &[Value], kw: Kw, f: fn(f64) -> bool) -> PyResult<Value> {
    let x = real(one(name, args, kw)?)?;
    Ok(Value::Bool(f(x)))
}

fn isfinite(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate("isfinite", args, kw, f64::is_finite)
}

fn isinf(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate("isinf", args, kw, f64::is_infinite)
}

fn isnan(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate("isnan", args, kw, f64::is_nan)
}

/// `math.prod(iterable, *, start=1)`: multiplies with the VM's `*`.
fn prod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let [it] = args else {
        return Err(Exc::type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.len()
        )));
    };
    let mut acc = super::super::kwarg(kw, "start")
        .cloned()
        .unwrap_or(Value::Int(1));
    let iter = vm.get_iter(it)?;
    while let Some(x) = vm.next(&iter)? {
        acc = vm.binop(crate::ast::BinOp::Mult, &acc, &x)?;
    }
    Ok(acc)
}

/// `math.fsum(iterable)`: exactly rounded sum. cpython: mathmodule.c math_fsum
fn fsum(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let it = one("fsum", args, kw)?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    let iter = vm.get_iter(it)?;
    while let Some(v) = vm.next(&iter)? {
        let mut x = real(&v)?;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut kept = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        partials.truncate(kept);
        partials.push(x);
        if x.is_infinite() {
            return Err(Exc::overflow_error("intermediate overflow in fsum"));
        }
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(Exc::value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special));
    }
    Ok(Value::Float(round_partials(&partials)))
}

/// Sums the partials from the top, correcting the final half-way case.
fn round_partials(p: &[f64]) -> f64 {
    let mut n = p.len();
    if n == 0 {
        return 0.0;
    }
    n -= 1;
    let mut hi = p[n];
    let mut lo = 0.0;
    while n > 0 {
        let x = hi;
        n -= 1;
        let y = p[n];
        hi = x + y;
        let yr = hi - x;
        lo = y - yr;
        if lo != 0.0 {
            break;
        }
    }
    if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        let yr = x - hi;
        if y == yr {
            hi = x;
        }
    }
    hi
}
