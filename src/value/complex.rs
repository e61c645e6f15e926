//! Python `complex`: a pair of floats with CPython 3.11's arithmetic
//! (cpython: Objects/complexobject.c `_Py_c_*`), repr, hash and string
//! parsing. Operands that are ints, bools or floats become `complex(x, 0)`
//! first, as 3.11 does (no mixed-mode arithmetic yet).
//!
//! ```text
//!     a op b ──to_complex──▶ (re, im) op (re, im) ──▶ Value::Complex
//! ```

use super::Value;
use super::float::{hash_float, shortest_digits};
use crate::ast::{BinOp, UnaryOp};
use crate::exception::{Exc, PyResult};
use std::rc::Rc;

pub use super::complex_parse::parse;

/// A complex number's two parts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

/// cpython: `_PyHASH_IMAG`, the multiplier of the imaginary part's hash.
const HASH_IMAG: u64 = 1000003;

impl Complex {
    pub const ONE: Complex = Complex { re: 1.0, im: 0.0 };

    pub fn new(re: f64, im: f64) -> Complex {
        Complex { re, im }
    }

    pub fn value(self) -> Value {
        Value::Complex(Rc::new(self))
    }

    /// cpython: _Py_c_sum
    pub fn c_sum(self, b: Complex) -> Complex {
        Complex::new(self.re + b.re, self.im + b.im)
    }

    /// cpython: _Py_c_diff
    pub fn c_diff(self, b: Complex) -> Complex {
        Complex::new(self.re - b.re, self.im - b.im)
    }

    /// cpython: _Py_c_neg
    pub fn c_neg(self) -> Complex {
        Complex::new(-self.re, -self.im)
    }

    /// cpython: _Py_c_prod
    pub fn c_prod(self, b: Complex) -> Complex {
        Complex::new(
            self.re * b.re - self.im * b.im,
            self.re * b.im + self.im * b.re,
        )
    }

    /// Smith's division; None for a zero divisor (CPython's EDOM).
    /// cpython: _Py_c_quot
    pub fn c_quot(self, b: Complex) -> Option<Complex> {
        let (abs_re, abs_im) = (b.re.abs(), b.im.abs());
        if abs_re >= abs_im {
            if abs_re == 0.0 {
                return None;
            }
            let ratio = b.im / b.re;
            let denom = b.re + b.im * ratio;
            Some(Complex::new(
                (self.re + self.im * ratio) / denom,
                (self.im - self.re * ratio) / denom,
            ))
        } else if abs_im >= abs_re {
            let ratio = b.re / b.im;
            let denom = b.re * ratio + b.im;
            Some(Complex::new(
                (self.re * ratio + self.im) / denom,
                (self.im * ratio - self.re) / denom,
            ))
        } else {
            // at least one part of b is a NaN
            Some(Complex::new(f64::NAN, f64::NAN))
        }
    }

    /// `abs(z)`: C99's rules for infinities, else hypot; None when the
    /// result overflows. cpython: _Py_c_abs
    pub fn abs(self) -> Option<f64> {
        if !self.re.is_finite() || !self.im.is_finite() {
            if self.re.is_infinite() {
                return Some(self.re.abs());
            }
            if self.im.is_infinite() {
                return Some(self.im.abs());
            }
            return Some(f64::NAN);
        }
        let r = self.re.hypot(self.im);
        r.is_finite().then_some(r)
    }

    pub fn is_zero(self) -> bool {
        self.re == 0.0 && self.im == 0.0
    }
}

/// Why `**` failed: CPython's EDOM and ERANGE.
enum PowError {
    ZeroToNegative,
    Overflow,
}

/// `a ** b`, with CPython's choice of algorithm: repeated squaring for a
/// small integral exponent, polar form otherwise. cpython: complex_pow
pub fn pow(a: Complex, b: Complex) -> PyResult<Complex> {
    let small_int = b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0;
    let r = if small_int {
        powi(a, b.re as i64)
    } else {
        pow_polar(a, b)
    };
    let r = r.and_then(|r| {
        // cpython: _Py_ADJUST_ERANGE2, an infinite part is an overflow
        if r.re.is_infinite() || r.im.is_infinite() {
            Err(PowError::Overflow)
        } else {
            Ok(r)
        }
    });
    r.map_err(|e| match e {
        PowError::ZeroToNegative => Exc::zero_division("0.0 to a negative or complex power"),
        PowError::Overflow => Exc::overflow_error("complex exponentiation"),
    })
}

/// cpython: _Py_c_pow
fn pow_polar(a: Complex, b: Complex) -> Result<Complex, PowError> {
    if b.is_zero() {
        return Ok(Complex::ONE);
    }
    if a.is_zero() {
        if b.im != 0.0 || b.re < 0.0 {
            return Err(PowError::ZeroToNegative);
        }
        return Ok(Complex::new(0.0, 0.0));
    }
    let vabs = a.re.hypot(a.im);
    let mut len = vabs.powf(b.re);
    let at = a.im.atan2(a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= (at * b.im).exp();
        phase += b.im * vabs.ln();
    }
    Ok(Complex::new(len * phase.cos(), len * phase.sin()))
}

/// cpython: c_powi
fn powi(x: Complex, n: i64) -> Result<Complex, PowError> {
    if n > 0 {
        return Ok(powu(x, n));
    }
    Complex::ONE
        .c_quot(powu(x, -n))
        .ok_or(PowError::ZeroToNegative)
}

/// cpython: c_powu, binary exponentiation.
fn powu(x: Complex, n: i64) -> Complex {
    let (mut r, mut p, mut mask) = (Complex::ONE, x, 1i64);
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = r.c_prod(p);
        }
        mask <<= 1;
        p = p.c_prod(p);
    }
    r
}

/// An int, bool or float operand as a complex; None for anything else.
/// cpython: complexobject.c to_complex
pub fn operand(v: &Value) -> Option<PyResult<Complex>> {
    Some(match v {
        Value::Complex(c) => Ok(**c),
        Value::Float(f) => Ok(Complex::new(*f, 0.0)),
        v if super::int::is_int(v) => super::float::int_to_float(v).map(|f| Complex::new(f, 0.0)),
        _ => return None,
    })
}

/// `a op b` when one side is a complex and the other a number; None when
/// complex does not take part (or, for `//`, `%` and the bitwise
/// operators, which complex lacks: the caller reports them).
pub fn binary(op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    if !matches!(a, Value::Complex(_)) && !matches!(b, Value::Complex(_)) {
        return None;
    }
    if !matches!(
        op,
        BinOp::Add | BinOp::Sub | BinOp::Mult | BinOp::Div | BinOp::Pow
    ) {
        return None;
    }
    let (x, y) = match (operand(a)?, operand(b)?) {
        (Ok(x), Ok(y)) => (x, y),
        (Err(e), _) | (_, Err(e)) => return Some(Err(e)),
    };
    Some(arith(op, x, y).map(Complex::value))
}

/// The five operators complex has.
fn arith(op: BinOp, x: Complex, y: Complex) -> PyResult<Complex> {
    Ok(match op {
        BinOp::Add => x.c_sum(y),
        BinOp::Sub => x.c_diff(y),
        BinOp::Mult => x.c_prod(y),
        BinOp::Div => x
            .c_quot(y)
            .ok_or_else(|| Exc::zero_division("complex division by zero"))?,
        _ => pow(x, y)?,
    })
}

/// `-z`, `+z`; None for `~` and for other values.
pub fn unary(op: UnaryOp, a: &Value) -> Option<PyResult<Value>> {
    let Value::Complex(c) = a else {
        return None;
    };
    match op {
        UnaryOp::USub => Some(Ok(c.c_neg().value())),
        UnaryOp::UAdd => Some(Ok(a.clone())),
        _ => None,
    }
}

/// `abs(z)`. cpython: complex_abs
pub fn abs_value(c: Complex) -> PyResult<Value> {
    c.abs()
        .map(Value::Float)
        .ok_or_else(|| Exc::overflow_error("absolute value too large"))
}

/// `z == x` for a complex and a number (exact for ints, as CPython);
/// None when `other` is not a number.
pub fn eq(c: Complex, other: &Value) -> Option<bool> {
    match other {
        Value::Complex(d) => Some(c.re == d.re && c.im == d.im),
        Value::Float(f) => Some(c.re == *f && c.im == 0.0),
        v if super::int::is_int(v) => Some(
            c.im == 0.0
                && super::int::compare(&Value::Float(c.re), v)
                    == super::int::NumCmp::Ord(std::cmp::Ordering::Equal),
        ),
        _ => None,
    }
}

/// `hash(z)`: the real part's hash plus 1000003 times the imaginary
/// part's, so `hash(1+0j) == hash(1)`. A NaN part hashes by the object's
/// address, as a NaN float does. cpython: complex_hash
pub fn hash(c: Complex, address: usize) -> i64 {
    let part = |x: f64| {
        if x.is_nan() {
            super::ops::pointer_hash(address)
        } else {
            hash_float(x)
        }
    };
    let combined = (part(c.re) as u64).wrapping_add(HASH_IMAG.wrapping_mul(part(c.im) as u64));
    if combined as i64 == -1 {
        -2
    } else {
        combined as i64
    }
}

/// `repr(z)`: `1j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`, each part in
/// repr's shortest form without a `.0`. cpython: complex_repr
pub fn repr(c: Complex) -> String {
    if c.re == 0.0 && c.re.is_sign_positive() {
        return format!("{}j", part_repr(c.im, false));
    }
    format!("({}{}j)", part_repr(c.re, false), part_repr(c.im, true))
}

/// One part as PyOS_double_to_string(x, 'r', 0, flags) writes it: no
/// `.0`, a NaN unsigned, `+` first when `signed`.
pub fn part_repr(x: f64, signed: bool) -> String {
    let body = if x.is_nan() {
        "nan".to_string()
    } else if x.is_infinite() {
        "inf".to_string()
    } else {
        let (digits, exp) = shortest_digits(x);
        super::float::layout_shortest(&digits, exp, false)
    };
    let negative = x.is_sign_negative() && !x.is_nan();
    match (negative, signed) {
        (true, _) => format!("-{body}"),
        (false, true) => format!("+{body}"),
        (false, false) => body,
    }
}
