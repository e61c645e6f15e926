//! Python `float`: CPython's repr (shortest round-trip digits from ryu,
//! laid out as 3.11 does), parsing, floor division and modulo, `**`,
//! rounding, conversion to and from int, and CPython's hash.

use super::Value;
use super::int::{normalize, ratio_to_f64, round_half_even};
use crate::exception::{Exc, PyResult};
use num_bigint::BigInt;
use num_traits::{FromPrimitive, Signed, ToPrimitive, Zero};

/// `repr(x)` of a float, as CPython 3.11 prints it.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let (digits, exp) = shortest_digits(x);
    let sign = if x.is_sign_negative() { "-" } else { "" };
    format!("{sign}{}", layout_shortest(&digits, exp, true))
}

/// The shortest round-trip decimal digits of |x| and the decimal exponent
/// of the first digit: 0.0123 → ("123", -2).
pub fn shortest_digits(x: f64) -> (String, i32) {
    if x == 0.0 {
        return ("0".into(), 0);
    }
    let mut buf = ryu::Buffer::new();
    let s = buf.format_finite(x.abs());
    let (mantissa, e) = match s.split_once('e') {
        Some((m, e)) => (m, e.parse::<i32>().expect("invariant: ryu exponent")),
        None => (s, 0),
    };
    let (int_part, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all = format!("{int_part}{frac}");
    let lead = all.len() - all.trim_start_matches('0').len();
    let digits = all.trim_matches('0').to_string();
    // position of the first digit relative to the decimal point.
    let exp = int_part.len() as i32 - 1 - lead as i32 + e;
    (digits, exp)
}

/// CPython's 'r' layout: fixed iff -4 <= exp < 16; integral values get
/// `.0` when `point_zero` (a float's repr; a complex part has none).
pub fn layout_shortest(digits: &str, exp: i32, point_zero: bool) -> String {
    if (-4..16).contains(&exp) {
        fixed(digits, exp, point_zero)
    } else {
        let (first, rest) = digits.split_at(1);
        let dot = if rest.is_empty() { "" } else { "." };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{first}{dot}{rest}e{esign}{:02}", exp.abs())
    }
}

/// Digits laid out in fixed notation; `point_zero` adds `.0` to integers.
pub fn fixed(digits: &str, exp: i32, point_zero: bool) -> String {
    if exp < 0 {
        return format!("0.{}{digits}", "0".repeat((-exp - 1) as usize));
    }
    let int_len = exp as usize + 1;
    if digits.len() <= int_len {
        let zeros = "0".repeat(int_len - digits.len());
        let tail = if point_zero { ".0" } else { "" };
        format!("{digits}{zeros}{tail}")
    } else {
        format!("{}.{}", &digits[..int_len], &digits[int_len..])
    }
}

/// `float(s)`: whitespace, a sign, `inf`/`infinity`/`nan`, and single
/// underscores between digits, as CPython accepts.
pub fn parse_float(s: &str) -> PyResult<f64> {
    let bad = || {
        Exc::value_error(format!(
            "could not convert string to float: {}",
            crate::vm::str_repr(s)
        ))
    };
    let ascii: String = s
        .chars()
        .map(|c| super::int::unicode_digit(c).unwrap_or(c))
        .collect();
    let t = ascii.trim_matches(|c: char| c.is_whitespace());
    let body = t.trim_start_matches(['+', '-']);
    if t.len() - body.len() > 1 {
        return Err(bad());
    }
    let lower = body.to_ascii_lowercase();
    if matches!(lower.as_str(), "inf" | "infinity" | "nan") {
        let negative = t.starts_with('-');
        if lower == "nan" {
            return Ok(fresh_nan(negative));
        }
        return Ok(if negative {
            -f64::INFINITY
        } else {
            f64::INFINITY
        });
    }
    let cleaned = strip_float_underscores(t).ok_or_else(bad)?;
    let ok = cleaned
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-'));
    if !ok || cleaned.is_empty() {
        return Err(bad());
    }
    cleaned.parse::<f64>().map_err(|_| bad())
}

fn strip_float_underscores(t: &str) -> Option<String> {
    let b = t.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' {
            let before = i > 0 && b[i - 1].is_ascii_digit();
            let after = b.get(i + 1).is_some_and(|c| c.is_ascii_digit());
            if !before || !after {
                return None;
            }
        }
    }
    Some(t.replace('_', ""))
}

/// `hash(x)` of a float. cpython: Python/pyhash.c _Py_HashDouble
pub fn hash_float(x: f64) -> i64 {
    const BITS: i32 = 61;
    const P: u64 = (1 << BITS) - 1;
    if x.is_infinite() {
        return if x > 0.0 { 314159 } else { -314159 };
    }
    if x.is_nan() {
        // cpython 3.10+: a NaN hashes by identity (its payload here)
        return super::ops::pointer_hash(x.to_bits() as usize);
    }
    let (mut m, mut e) = frexp(x);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & P) | (h >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= P {
            h -= P;
        }
    }
    let e = if e >= 0 {
        e % BITS
    } else {
        BITS - 1 - ((-1 - e) % BITS)
    };
    h = ((h << e) & P) | (h >> (BITS - e));
    let r = h as i64 * sign;
    if r == -1 { -2 } else { r }
}

/// C's frexp: x = m * 2**e with 0.5 <= |m| < 1.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// `divmod(x, y)` for floats (y != 0). cpython: floatobject.c float_divmod
pub fn divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 { f + 1.0 } else { f }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// Whether `x ** y` is complex: a negative finite base raised to a
/// fractional power (cpython: float_pow hands it to complex_pow).
pub fn pow_is_complex(x: f64, y: f64) -> bool {
    x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0
}

/// `x ** y` for floats, CPython's errors (`pow_is_complex` cases aside).
pub fn pow(x: f64, y: f64) -> PyResult<f64> {
    if x == 0.0 && y < 0.0 {
        return Err(Exc::zero_division(
            "0.0 cannot be raised to a negative power",
        ));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(super::int::float_overflow());
    }
    Ok(r)
}

/// `int(x)` of a float: truncation toward zero.
pub fn float_to_int(x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return Err(Exc::value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(Exc::overflow_error(
            "cannot convert float infinity to integer",
        ));
    }
    let t = x.trunc();
    if t.abs() < 9.0e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(normalize(
        BigInt::from_f64(t).expect("invariant: finite float"),
    ))
}

/// `float(n)` of an int.
pub fn int_to_float(v: &Value) -> PyResult<f64> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => super::int::big_to_f64(b),
        Value::Float(f) => Ok(*f),
        _ => Err(Exc::type_error("must be real number")),
    }
}

/// `round(x[, ndigits])` for ints and floats, CPython's semantics: ties
/// to even, on the exact binary value of the float.
pub fn round(_vm: &mut crate::vm::Vm, x: &Value, ndigits: Option<Value>) -> PyResult<Value> {
    let nd = match &ndigits {
        None => None,
        Some(v @ (Value::Int(_) | Value::Bool(_))) => {
            Some(super::int::to_bigint(v).to_i64().unwrap_or(0))
        }
        Some(Value::BigInt(b)) => Some(if b.is_negative() { i64::MIN } else { i64::MAX }),
        Some(other) => {
            return Err(Exc::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )));
        }
    };
    match (x, nd) {
        (Value::Float(f), None) => float_to_int(f.round_ties_even()),
        (Value::Float(f), Some(n)) => round_float(*f, n).map(Value::Float),
        (v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)), None) => {
            Ok(normalize(super::int::to_bigint(v)))
        }
        (v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)), Some(n)) => Ok(round_int(v, n)),
        (v, _) => Err(Exc::type_error(format!(
            "type {} doesn't define __round__ method",
            v.type_name()
        ))),
    }
}

fn round_int(v: &Value, n: i64) -> Value {
    let b = super::int::to_bigint(v);
    if n >= 0 {
        return normalize(b);
    }
    if n < -5000 {
        return Value::Int(0);
    }
    let p = num_traits::pow(BigInt::from(10), (-n) as usize);
    normalize(round_half_even(&b, &p) * p)
}

/// `round(f, n)` on the exact value of f. cpython: floatobject.c double_round
pub fn round_float(f: f64, n: i64) -> PyResult<f64> {
    if !f.is_finite() || f == 0.0 || n > 400 {
        return Ok(f);
    }
    if n < -400 {
        return Ok(0.0f64.copysign(f));
    }
    let (num, den) = exact_ratio(f);
    let p = num_traits::pow(BigInt::from(10), n.unsigned_abs() as usize);
    let r = if n >= 0 {
        let q = round_half_even(&(num * &p), &den);
        ratio_to_f64(&q, &p)
    } else {
        let q = round_half_even(&num, &(den * &p));
        ratio_to_f64(&(q * p), &BigInt::from(1))
    };
    if r.is_infinite() {
        return Err(Exc::overflow_error("rounded value too large to represent"));
    }
    Ok(if r == 0.0 { 0.0f64.copysign(f) } else { r })
}

/// A finite float as an exact fraction num/den, den a power of two.
pub fn exact_ratio(f: f64) -> (BigInt, BigInt) {
    let (m, e) = frexp(f);
    let mant = (m * 2f64.powi(53)) as i64;
    let e = e - 53;
    let mut num = BigInt::from(mant);
    let mut den = BigInt::from(1);
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    // reduce by common powers of two.
    while !num.is_zero() && (&num & BigInt::from(1)).is_zero() && den > BigInt::from(1) {
        num >>= 1;
        den >>= 1;
    }
    (num, den)
}

/// `x.as_integer_ratio()`.
pub fn as_integer_ratio(f: f64) -> PyResult<Value> {
    if f.is_infinite() {
        return Err(Exc::overflow_error(
            "cannot convert Infinity to integer ratio",
        ));
    }
    if f.is_nan() {
        return Err(Exc::value_error("cannot convert NaN to integer ratio"));
    }
    let (n, d) = exact_ratio(f);
    Ok(Value::tuple(vec![normalize(n), normalize(d)]))
}

/// A NaN that is a new object: floats are inline values, so a NaN's
/// identity is its payload, numbered as made (`float('nan')`, `inf - inf`,
/// `nan + 1`). Then `nan in [nan]` holds for one NaN object (identity)
/// and not for two (`float('nan') in [float('nan')]`), as in CPython. The
/// counter is process-wide like the allocator's addresses: it gives out
/// identities and holds no program state.
pub fn fresh_nan(negative: bool) -> f64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    const QUIET: u64 = 0x7ff8_0000_0000_0000;
    const PAYLOAD: u64 = 0x0007_ffff_ffff_ffff;
    let sign = if negative { 1u64 << 63 } else { 0 };
    f64::from_bits(sign | QUIET | (n & PAYLOAD).max(1))
}

/// A float result as a value: a NaN result is a new NaN object.
#[inline]
pub fn new_float(x: f64) -> super::Value {
    if x.is_nan() {
        super::Value::Float(fresh_nan(x.is_sign_negative()))
    } else {
        super::Value::Float(x)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pairs checked against CPython 3.11's repr().
    const CASES: &[(f64, &str)] = &[
        (0.0, "0.0"),
        (-0.0, "-0.0"),
        (1.0, "1.0"),
        (0.1, "0.1"),
        (100.0, "100.0"),
        (1e16, "1e+16"),
        (1.5e-7, "1.5e-07"),
        (1e-5, "1e-05"),
        (0.0001, "0.0001"),
        (123456789012345.67, "123456789012345.67"),
        (1e15, "1000000000000000.0"),
        (9999999999999998.0, "9999999999999998.0"),
        (0.1 + 0.2, "0.30000000000000004"),
        (1.0 / 3.0, "0.3333333333333333"),
        (1267650600228229401496703205376.0, "1.2676506002282294e+30"),
        (5e-324, "5e-324"),
        (1.7976931348623157e308, "1.7976931348623157e+308"),
        (-2.5, "-2.5"),
        (123.456, "123.456"),
        (1e22, "1e+22"),
        (1.234e-5, "1.234e-05"),
        (12345678901234567890.0, "1.2345678901234567e+19"),
    ];

    #[test]
    fn repr_matches_cpython() {
        for (x, want) in CASES {
            assert_eq!(float_repr(*x), *want);
        }
    }

    /// repr must read back to the same double, and use CPython's layout.
    #[test]
    fn repr_round_trips() {
        let mut state: u64 = 0x9E3779B97F4A7C15;
        for _ in 0..20000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let x = f64::from_bits(state);
            if !x.is_finite() {
                continue;
            }
            let r = float_repr(x);
            assert_eq!(
                parse_float(&r).ok().map(f64::to_bits),
                Some(x.to_bits()),
                "{r}"
            );
            let (_, exp) = shortest_digits(x);
            assert_eq!(r.contains('e'), !(-4..16).contains(&exp), "{r}");
        }
    }

    #[test]
    fn hash_matches_cpython() {
        assert_eq!(hash_float(0.5), 1152921504606846976);
        assert_eq!(hash_float(1.5), 1152921504606846977);
        assert_eq!(hash_float(-0.1), -230584300921369408);
        assert_eq!(hash_float(2.0), 2);
    }

    #[test]
    fn rounding_is_exact() {
        assert_eq!(round_float(2.675, 2).ok(), Some(2.67));
        assert_eq!(round_float(0.125, 2).ok(), Some(0.12));
        assert_eq!(round_float(1234.5, -1).ok(), Some(1230.0));
        assert_eq!(round_float(0.5, 0).ok(), Some(0.0));
    }

    #[test]
    fn parse_rules() {
        assert_eq!(parse_float(" 1_000.5 ").ok(), Some(1000.5));
        assert!(parse_float("-inf").is_ok_and(|x| x == f64::NEG_INFINITY));
        assert!(parse_float("1__0").is_err());
        assert!(parse_float("--1").is_err());
    }
}
