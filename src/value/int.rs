//! Python `int`, `float` and `bool` arithmetic: i64 fast paths that promote
//! to BigInt on overflow and demote back, floats for mixed operands, with
//! CPython's floor semantics, exact mixed comparisons and error messages.

use super::Value;
use super::float;
use crate::ast::{BinOp, UnaryOp};
use crate::exception::{Exc, ExcKind, PyResult};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{FromPrimitive, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;
use std::rc::Rc;

/// The result of comparing two values numerically.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumCmp {
    /// One side is not a number: the caller decides.
    NotNumeric,
    /// At least one side is NaN.
    Unordered,
    Ord(Ordering),
}

/// MemoryError when an int of `bits` bits would go past the memory budget.
pub(crate) fn result_fits(bits: u64) -> PyResult<()> {
    crate::memory::check(usize::try_from(bits / 8).unwrap_or(usize::MAX))
}

/// CPython's limit on decimal digits in int <-> str conversion.
pub const MAX_STR_DIGITS: usize = 4300;

/// A numeric operand, bools read as ints.
enum Num<'a> {
    Small(i64),
    Big(&'a BigInt),
    Float(f64),
}

fn num(v: &Value) -> Option<Num<'_>> {
    Some(match v {
        Value::Int(i) => Num::Small(*i),
        Value::Bool(b) => Num::Small(*b as i64),
        Value::BigInt(b) => Num::Big(b),
        Value::Float(f) => Num::Float(*f),
        _ => return None,
    })
}

/// A BigInt result as a Value: `Int` when it fits in i64.
pub fn normalize(n: BigInt) -> Value {
    match i64::try_from(&n) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::BigInt(Rc::new(n)),
    }
}

/// `a op b` for numbers (bool, int, float); `None` when either is not one
/// (or for `@`, which no number supports).
pub fn binary(op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    if op == BinOp::MatMult {
        return None;
    }
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op {
            BinOp::BitAnd => return Some(Ok(Value::Bool(x & y))),
            BinOp::BitOr => return Some(Ok(Value::Bool(x | y))),
            BinOp::BitXor => return Some(Ok(Value::Bool(x ^ y))),
            _ => {}
        }
    }
    let (x, y) = (num(a)?, num(b)?);
    let float_involved = matches!(x, Num::Float(_)) || matches!(y, Num::Float(_));
    let int_only = matches!(
        op,
        BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::LShift | BinOp::RShift
    );
    if float_involved && int_only {
        return None;
    }
    Some(match (x, y) {
        (Num::Small(x), Num::Small(y)) => small(op, x, y),
        (Num::Float(x), y) => float_of(&y).and_then(|y| float_binary(op, x, y)),
        (x, Num::Float(y)) => float_of(&x).and_then(|x| float_binary(op, x, y)),
        (x, y) => big(op, &big_of(&x), &big_of(&y)),
    })
}

fn float_of(n: &Num) -> PyResult<f64> {
    match n {
        Num::Small(i) => Ok(*i as f64),
        Num::Big(b) => big_to_f64(b),
        Num::Float(f) => Ok(*f),
    }
}

fn big_of(n: &Num) -> BigInt {
    match n {
        Num::Small(i) => BigInt::from(*i),
        Num::Big(b) => (*b).clone(),
        Num::Float(_) => BigInt::zero(),
    }
}

/// A big int as the nearest float; OverflowError past the float range.
pub fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    b.to_f64()
        .filter(|f| f.is_finite())
        .ok_or_else(|| Exc::overflow_error("int too large to convert to float"))
}

fn small(op: BinOp, x: i64, y: i64) -> PyResult<Value> {
    let promote = || big(op, &BigInt::from(x), &BigInt::from(y));
    let r = match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mult => x.checked_mul(y),
        BinOp::FloorDiv if y == 0 => return Err(int_div_zero()),
        BinOp::FloorDiv if x == i64::MIN && y == -1 => None,
        BinOp::FloorDiv => Some(Integer::div_floor(&x, &y)),
        BinOp::Mod if y == 0 => return Err(int_mod_zero()),
        BinOp::Mod if y == -1 => Some(0),
        BinOp::Mod => Some(Integer::mod_floor(&x, &y)),
        BinOp::Div => return int_true_div(&BigInt::from(x), &BigInt::from(y)),
        BinOp::BitAnd => Some(x & y),
        BinOp::BitOr => Some(x | y),
        BinOp::BitXor => Some(x ^ y),
        BinOp::RShift if y < 0 => return Err(negative_shift()),
        BinOp::RShift => Some(x >> y.min(63)),
        BinOp::LShift if y < 0 => return Err(negative_shift()),
        BinOp::LShift if x == 0 => Some(0),
        BinOp::LShift if y < 63 && (x << y) >> y == x => Some(x << y),
        _ => None,
    };
    r.map_or_else(promote, |v| Ok(Value::Int(v)))
}

/// `x op y` for ints at least one of which is big.
fn big(op: BinOp, x: &BigInt, y: &BigInt) -> PyResult<Value> {
    Ok(normalize(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => {
            result_fits(x.bits() + y.bits())?;
            x * y
        }
        BinOp::FloorDiv if y.is_zero() => return Err(int_div_zero()),
        BinOp::FloorDiv => x.div_floor(y),
        BinOp::Mod if y.is_zero() => return Err(int_mod_zero()),
        BinOp::Mod => x.mod_floor(y),
        BinOp::Div => return int_true_div(x, y),
        BinOp::BitAnd => x & y,
        BinOp::BitOr => x | y,
        BinOp::BitXor => x ^ y,
        BinOp::LShift | BinOp::RShift if y.is_negative() => return Err(negative_shift()),
        BinOp::RShift => match y.to_u64() {
            Some(s) if s < x.bits() + 1 => x >> s,
            _ if x.is_negative() => BigInt::from(-1),
            _ => BigInt::zero(),
        },
        BinOp::LShift if x.is_zero() => BigInt::zero(),
        BinOp::LShift => match y.to_u64() {
            Some(s) => {
                result_fits(s.saturating_add(x.bits()))?;
                x << s
            }
            _ => return Err(Exc::memory_error()),
        },
        BinOp::Pow => return int_pow(x, y),
        BinOp::MatMult => return Err(Exc::type_error("unsupported operand type(s) for @")),
    }))
}

/// `x ** y` for ints: a float when y < 0, MemoryError past a sane size.
fn int_pow(x: &BigInt, y: &BigInt) -> PyResult<Value> {
    if y.is_negative() {
        let (fx, fy) = (big_to_f64(x)?, big_to_f64(y)?);
        return float_binary(BinOp::Pow, fx, fy);
    }
    let one = BigInt::from(1);
    if x.is_zero() || x.abs() == one {
        let even_power_of_minus_one = x.is_negative() && !y.is_odd();
        return Ok(normalize(if y.is_zero() || even_power_of_minus_one {
            one
        } else {
            x.clone()
        }));
    }
    match y.to_u64() {
        Some(e) => {
            result_fits(e.saturating_mul(x.bits()))?;
            Ok(normalize(num_traits::pow::Pow::pow(x, e)))
        }
        _ => Err(Exc::memory_error()),
    }
}

/// `pow(x, y, m)` for ints: modular exponentiation, CPython's errors.
pub fn mod_pow(x: &BigInt, y: &BigInt, m: &BigInt) -> PyResult<Value> {
    if m.is_zero() {
        return Err(Exc::value_error("pow() 3rd argument cannot be 0"));
    }
    let mabs = m.abs();
    let mut base = x.mod_floor(&mabs);
    let mut e = y.clone();
    if y.is_negative() {
        base = mod_inverse(&base, &mabs)
            .ok_or_else(|| Exc::value_error("base is not invertible for the given modulus"))?;
        e = -e;
    }
    let r = base.modpow(&e, &mabs);
    let r = if m.is_negative() && !r.is_zero() {
        r + m
    } else {
        r
    };
    Ok(normalize(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let g = a.extended_gcd(m);
    (g.gcd == BigInt::from(1)).then(|| g.x.mod_floor(m))
}

/// `x / y` for ints, correctly rounded like CPython's long_true_divide.
pub fn int_true_div(x: &BigInt, y: &BigInt) -> PyResult<Value> {
    if y.is_zero() {
        return Err(Exc::zero_division("division by zero"));
    }
    const EXACT: u64 = 1 << 53;
    if let (Some(a), Some(b)) = (x.to_i64(), y.to_i64())
        && a.unsigned_abs() <= EXACT
        && b.unsigned_abs() <= EXACT
    {
        return Ok(Value::Float(a as f64 / b as f64));
    }
    let q = ratio_to_f64(x, y);
    if q.is_infinite() {
        return Err(Exc::overflow_error(
            "integer division result too large for a float",
        ));
    }
    Ok(Value::Float(q))
}

/// The float nearest to x / y (y != 0), ties to even; inf on overflow.
pub fn ratio_to_f64(x: &BigInt, y: &BigInt) -> f64 {
    if x.is_zero() {
        return if y.is_negative() { -0.0 } else { 0.0 };
    }
    let negative = x.is_negative() != y.is_negative();
    let (a, b) = (x.abs(), y.abs());
    // Scale so the quotient has 55..=57 bits; the last bit is sticky.
    let shift = 55 - (a.bits() as i64 - b.bits() as i64);
    let (num, den) = if shift >= 0 {
        (a << shift as u64, b)
    } else {
        (a, b << (-shift) as u64)
    };
    let (q, r) = num.div_rem(&den);
    let mut q = q.to_u64().expect("invariant: quotient has at most 57 bits");
    let exp = 63 - q.leading_zeros() as i64 - shift;
    if exp < -1022 {
        return subnormal_ratio(&num, &den, shift, negative);
    }
    if !r.is_zero() {
        q |= 1;
    }
    let f = ldexp(q as f64, -shift);
    if negative { -f } else { f }
}

/// x / y when the result is below the normal range: round at 2**-1074.
fn subnormal_ratio(num: &BigInt, den: &BigInt, shift: i64, negative: bool) -> f64 {
    // value = num / den * 2**-shift; want round(value * 2**1074).
    let extra = 1074 - shift;
    let (n, d) = if extra >= 0 {
        (num << extra as u64, den.clone())
    } else {
        (num.clone(), den << (-extra) as u64)
    };
    let q = round_half_even(&n, &d);
    let f = ldexp(q.to_f64().unwrap_or(0.0), -1074);
    if negative { -f } else { f }
}

/// n / d rounded to the nearest integer, ties to even (d > 0).
pub fn round_half_even(n: &BigInt, d: &BigInt) -> BigInt {
    let (q, r): (BigInt, BigInt) = Integer::div_mod_floor(n, d);
    let twice: BigInt = &r * BigInt::from(2);
    match twice.cmp(d) {
        Ordering::Less => q,
        Ordering::Greater => q + 1,
        Ordering::Equal if q.is_odd() => q + 1,
        Ordering::Equal => q,
    }
}

/// x * 2**e without intermediate overflow or double rounding in range.
pub fn ldexp(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e as i32)
}

/// `x op y` for floats, CPython's results and messages.
pub fn float_binary(op: BinOp, x: f64, y: f64) -> PyResult<Value> {
    if op == BinOp::Pow && float::pow_is_complex(x, y) {
        let (x, y) = (
            super::complex::Complex::new(x, 0.0),
            super::complex::Complex::new(y, 0.0),
        );
        return super::complex::pow(x, y).map(super::complex::Complex::value);
    }
    Ok(float::new_float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => x * y,
        BinOp::Div if y == 0.0 => return Err(Exc::zero_division("float division by zero")),
        BinOp::Div => x / y,
        BinOp::FloorDiv if y == 0.0 => {
            return Err(Exc::zero_division("float floor division by zero"));
        }
        BinOp::FloorDiv => float::divmod(x, y).0,
        BinOp::Mod if y == 0.0 => return Err(Exc::zero_division("float modulo")),
        BinOp::Mod => float::divmod(x, y).1,
        BinOp::Pow => float::pow(x, y)?,
        _ => {
            return Err(Exc::unsupported_operands(
                crate::code::BINARY_OPS[bin_op_index(op)],
                "float",
                "float",
            ));
        }
    }))
}

fn bin_op_index(op: BinOp) -> usize {
    match op {
        BinOp::Add => 0,
        BinOp::BitAnd => 1,
        BinOp::FloorDiv => 2,
        BinOp::LShift => 3,
        BinOp::MatMult => 4,
        BinOp::Mult => 5,
        BinOp::Mod => 6,
        BinOp::BitOr => 7,
        BinOp::Pow => 8,
        BinOp::RShift => 9,
        BinOp::Sub => 10,
        BinOp::Div => 11,
        BinOp::BitXor => 12,
    }
}

/// `(34, 'Numerical result out of range')`, CPython's errno-style OverflowError.
pub fn float_overflow() -> Exc {
    Exc::with_args(
        ExcKind::OverflowError,
        vec![Value::Int(34), Value::str("Numerical result out of range")],
    )
}

fn int_div_zero() -> Exc {
    Exc::zero_division("integer division or modulo by zero")
}

fn int_mod_zero() -> Exc {
    Exc::zero_division("integer modulo by zero")
}

fn negative_shift() -> Exc {
    Exc::value_error("negative shift count")
}

/// `-a`, `+a`, `~a` for numbers; `None` when `a` is not one.
pub fn unary(op: UnaryOp, a: &Value) -> Option<PyResult<Value>> {
    let v = match (op, num(a)?) {
        (UnaryOp::USub, Num::Small(x)) => x
            .checked_neg()
            .map_or_else(|| normalize(-BigInt::from(x)), Value::Int),
        (UnaryOp::UAdd, Num::Small(x)) => Value::Int(x),
        (UnaryOp::Invert, Num::Small(x)) => Value::Int(!x),
        (UnaryOp::USub, Num::Big(b)) => normalize(-b),
        (UnaryOp::UAdd, Num::Big(b)) => normalize(b.clone()),
        (UnaryOp::Invert, Num::Big(b)) => normalize(-(b + BigInt::from(1))),
        (UnaryOp::USub, Num::Float(f)) => Value::Float(-f),
        (UnaryOp::UAdd, Num::Float(f)) => Value::Float(f),
        _ => return None,
    };
    Some(Ok(v))
}

/// Numeric comparison of `a` and `b`, exact across int and float.
pub fn compare(a: &Value, b: &Value) -> NumCmp {
    let (Some(x), Some(y)) = (num(a), num(b)) else {
        return NumCmp::NotNumeric;
    };
    match (x, y) {
        (Num::Small(x), Num::Small(y)) => NumCmp::Ord(x.cmp(&y)),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(&y).map_or(NumCmp::Unordered, NumCmp::Ord),
        (Num::Float(x), y) => match int_vs_float(&big_of(&y), x) {
            NumCmp::Ord(o) => NumCmp::Ord(o.reverse()),
            other => other,
        },
        (x, Num::Float(y)) => int_vs_float(&big_of(&x), y),
        (x, y) => NumCmp::Ord(big_of(&x).cmp(&big_of(&y))),
    }
}

/// An int against a float, exactly (no rounding of the int).
fn int_vs_float(n: &BigInt, f: f64) -> NumCmp {
    if f.is_nan() {
        return NumCmp::Unordered;
    }
    if f.is_infinite() {
        return NumCmp::Ord(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = f.floor();
    let whole = BigInt::from_f64(fl).expect("invariant: finite float");
    NumCmp::Ord(match n.cmp(&whole) {
        Ordering::Equal if f > fl => Ordering::Less,
        o => o,
    })
}

/// `repr(n)` of an int (CPython refuses more than 4300 digits).
pub fn int_repr(v: &Value) -> PyResult<String> {
    match v {
        Value::Int(i) => Ok(i.to_string()),
        Value::BigInt(b) => big_repr(b),
        Value::Bool(b) => Ok((*b as i64).to_string()),
        _ => Err(Exc::type_error("int_repr of a non-int")),
    }
}

fn big_repr(b: &BigInt) -> PyResult<String> {
    let digits = decimal_digits(b.magnitude())?;
    Ok(match b.sign() {
        num_bigint::Sign::Minus => format!("-{digits}"),
        _ => digits,
    })
}

/// The decimal digits of `n`, under CPython's 4300-digit limit for every
/// int-to-decimal conversion (`str`, `repr`, `%d`, `format(n, ',')`, ...).
/// A number far over it is refused before any digit is computed (the
/// conversion is quadratic). cpython: long_to_decimal_string_internal
pub fn decimal_digits(n: &num_bigint::BigUint) -> PyResult<String> {
    // 10**4300 < 2**14285: fewer bits cannot exceed the limit.
    if n.bits() > 14300 {
        return Err(too_many_digits());
    }
    let s = n.to_string();
    if s.len() > MAX_STR_DIGITS {
        return Err(too_many_digits());
    }
    Ok(s)
}

fn too_many_digits() -> Exc {
    Exc::value_error(
        "Exceeds the limit (4300 digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit",
    )
}

/// `int(s, base)` with CPython's rules: surrounding whitespace, a sign,
/// `0x`/`0o`/`0b` prefixes (base 0 or matching), single underscores
/// between digits.
pub fn parse_int(s: &str, base: u32) -> PyResult<Value> {
    if base == 1 || base > 36 {
        return Err(Exc::value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    let bad = || {
        Exc::value_error(format!(
            "invalid literal for int() with base {base}: {}",
            crate::vm::str_repr(s)
        ))
    };
    let ascii = ascii_digits(s);
    let t = ascii.trim_matches(|c: char| c.is_whitespace());
    let (negative, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let (base, digits, prefixed) = split_prefix(t, base);
    let digits = match strip_underscores(digits, prefixed) {
        Some(d) if !d.is_empty() => d,
        _ => return Err(bad()),
    };
    if base == 0 {
        // base 0 without prefix: decimal, and no leading zeros unless all zero.
        if digits.len() > 1 && digits.starts_with('0') && digits.bytes().any(|c| c != b'0') {
            return Err(bad());
        }
    }
    let radix = if base == 0 { 10 } else { base };
    if radix == 10 && digits.len() > MAX_STR_DIGITS {
        return Err(Exc::value_error(format!(
            "Exceeds the limit (4300 digits) for integer string conversion: value has {} digits; \
             use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        )));
    }
    let n = BigInt::parse_bytes(digits.as_bytes(), radix).ok_or_else(bad)?;
    Ok(normalize(if negative { -n } else { n }))
}

/// Unicode decimal digits (`'٣'`) as ASCII ones, as CPython accepts them.
fn ascii_digits(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(s.chars().map(|c| unicode_digit(c).unwrap_or(c)).collect())
}

/// The ASCII digit for a character in a common Unicode digit block.
pub fn unicode_digit(c: char) -> Option<char> {
    const ZEROS: [u32; 22] = [
        0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
        0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0xFF10,
    ];
    let n = c as u32;
    ZEROS
        .iter()
        .find(|z| (**z..**z + 10).contains(&n))
        .and_then(|z| char::from_digit(n - z, 10))
}

/// Splits a `0x`-style prefix off when the base allows it.
fn split_prefix(t: &str, base: u32) -> (u32, &str, bool) {
    let lower = t.get(..2).map(|p| p.to_ascii_lowercase());
    let prefix_base = match lower.as_deref() {
        Some("0x") => 16,
        Some("0o") => 8,
        Some("0b") => 2,
        _ => 0,
    };
    if prefix_base != 0 && (base == 0 || base == prefix_base) {
        (prefix_base, &t[2..], true)
    } else {
        (base, t, false)
    }
}

/// Removes underscores that sit between digits (or right after a prefix);
/// None when one is misplaced.
fn strip_underscores(d: &str, prefixed: bool) -> Option<String> {
    let mut out = String::with_capacity(d.len());
    let mut prev_digit = prefixed;
    for c in d.chars() {
        if c == '_' {
            if !prev_digit {
                return None;
            }
            prev_digit = false;
        } else {
            if !c.is_ascii_alphanumeric() {
                return None;
            }
            out.push(c);
            prev_digit = true;
        }
    }
    if d.ends_with('_') {
        return None;
    }
    Some(out)
}

/// `hash(n)` of an int: n modulo 2**61 - 1, keeping the sign; -1 becomes -2.
#[inline]
pub fn hash_int(i: i64) -> i64 {
    const Q: i64 = (1 << 61) - 1;
    if i > -Q && i < Q {
        return if i == -1 { -2 } else { i };
    }
    const P: i128 = Q as i128;
    let m = (i as i128).abs() % P;
    let h = if i < 0 { -m } else { m } as i64;
    if h == -1 { -2 } else { h }
}

/// `hash(n)` of a big int: n modulo 2**61 - 1, keeping the sign.
pub fn hash_bigint(b: &BigInt) -> i64 {
    let p = BigInt::from((1i64 << 61) - 1);
    let m = (b.abs() % &p).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -m } else { m };
    if h == -1 { -2 } else { h }
}

/// An int-like value (bool, int) as a BigInt.
pub fn to_bigint(v: &Value) -> BigInt {
    match v {
        Value::Int(i) => BigInt::from(*i),
        Value::BigInt(b) => (**b).clone(),
        Value::Bool(b) => BigInt::from(*b as i64),
        _ => BigInt::from(0),
    }
}

/// True for bool, int and big int values.
pub fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
}

/// `n.bit_length()`.
pub fn bit_length(v: &Value) -> u64 {
    match v {
        Value::Int(i) => 64 - i.unsigned_abs().leading_zeros() as u64,
        other => to_bigint(other).bits(),
    }
}

/// The data attributes of numbers (`n.real`, `n.imag`, `n.numerator`,
/// `n.denominator`, `x.real`); None for any other name. The VM's
/// attribute lookup can consult this before the method table.
pub fn number_attribute(v: &Value, name: &str) -> Option<Value> {
    match (v, name) {
        (Value::Float(f), "real") => Some(Value::Float(*f)),
        (Value::Float(_), "imag") => Some(Value::Float(0.0)),
        (Value::Complex(c), "real") => Some(float::new_float(c.re)),
        (Value::Complex(c), "imag") => Some(float::new_float(c.im)),
        (v, "real" | "numerator") if is_int(v) => Some(normalize(to_bigint(v))),
        (v, "imag") if is_int(v) => Some(Value::Int(0)),
        (v, "denominator") if is_int(v) => Some(Value::Int(1)),
        _ => None,
    }
}

/// Digits of |n| in `radix` with CPython's prefix (`bin`, `oct`, `hex`).
pub fn radix_repr(v: &Value, radix: u32, prefix: &str) -> String {
    let n = to_bigint(v);
    let sign = if n.sign() == Sign::Minus { "-" } else { "" };
    format!("{sign}{prefix}{}", n.magnitude().to_str_radix(radix))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(x: i64, y: i64) -> f64 {
        match int_true_div(&BigInt::from(x), &BigInt::from(y)) {
            Ok(Value::Float(f)) => f,
            _ => panic!("not a float"),
        }
    }

    #[test]
    fn true_division_is_correctly_rounded() {
        assert_eq!(f(1, 3), 1.0 / 3.0);
        assert_eq!(f(i64::MAX, 3), 3074457345618258602.0);
        let big = BigInt::from(10).pow(400u32);
        let r = ratio_to_f64(&big, &(&big * 3));
        assert_eq!(r, 1.0 / 3.0);
        assert_eq!(
            ratio_to_f64(&BigInt::from(1), &BigInt::from(10).pow(320u32)),
            1e-320
        );
    }

    #[test]
    fn parse_int_rules() {
        let ok = |s: &str, b: u32| match parse_int(s, b) {
            Ok(Value::Int(i)) => i,
            _ => panic!("{s}"),
        };
        assert_eq!(ok(" -1_000 ", 10), -1000);
        assert_eq!(ok("0x_ff", 0), 255);
        assert_eq!(ok("ff", 16), 255);
        assert_eq!(ok("000", 0), 0);
        assert!(parse_int("010", 0).is_err());
        assert!(parse_int("1__0", 10).is_err());
        assert!(parse_int("_1", 10).is_err());
    }

    #[test]
    fn hashes() {
        assert_eq!(hash_int(-1), -2);
        assert_eq!(hash_int((1 << 61) - 1), 0);
        assert_eq!(hash_int(-(1 << 61)), -2);
    }
}
