//! `float.hex()` and `float.fromhex()`: a float's exact value in hex
//! digits (`0x1.8000000000000p+0`), and back, correctly rounded.
//! cpython: floatobject.c float_hex, float_fromhex

use super::int::ratio_to_f64;
use crate::exception::{Exc, PyResult};
use num_bigint::BigInt;
use num_traits::{One, ToPrimitive, Zero};

/// `x.hex()`: one hex digit before the point (0 only for subnormals),
/// 13 after, a signed decimal exponent of 2.
pub fn to_hex(x: f64) -> String {
    if x.is_nan() || x.is_infinite() {
        return super::float::float_repr(x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if exp_bits == 0 {
        (0, -1022)
    } else {
        (1, exp_bits - 1023)
    };
    format!("{sign}0x{lead}.{frac:013x}p{exp:+}")
}

/// `float.fromhex(s)`: `[sign] ['0x'] digits ['.' digits] ['p' exponent]`,
/// or inf/infinity/nan, with surrounding whitespace.
pub fn from_hex(s: &str) -> PyResult<f64> {
    let t = s.trim();
    let (negative, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let magnitude = match lower.as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => return Ok(super::float::fresh_nan(negative)),
        _ => finite(&lower)?,
    };
    Ok(if negative { -magnitude } else { magnitude })
}

fn invalid() -> Exc {
    Exc::value_error("invalid hexadecimal floating-point string")
}

/// The value of an unsigned hex literal such as `0x1.8p+3`.
fn finite(text: &str) -> PyResult<f64> {
    let text = text.strip_prefix("0x").unwrap_or(text);
    let (digits, exp) = match text.split_once('p') {
        Some((d, e)) => (d, parse_exponent(e)?),
        None => (text, 0),
    };
    let (int_part, frac_part) = digits.split_once('.').unwrap_or((digits, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(invalid());
    }
    let mut mantissa = BigInt::zero();
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = c.to_digit(16).ok_or_else(invalid)?;
        mantissa = mantissa * 16 + d;
    }
    let exp = exp - 4 * frac_part.len() as i64;
    scale(&mantissa, exp)
}

fn parse_exponent(e: &str) -> PyResult<i64> {
    let digits = e.trim_start_matches(['+', '-']);
    if digits.is_empty()
        || e.len() - digits.len() > 1
        || !digits.bytes().all(|b| b.is_ascii_digit())
    {
        return Err(invalid());
    }
    // clamp: far past any float's range either way
    let n = digits.parse::<i64>().unwrap_or(i64::MAX / 4).min(1 << 40);
    Ok(if e.starts_with('-') { -n } else { n })
}

/// `mantissa * 2**exp`, correctly rounded; OverflowError past the largest float.
fn scale(mantissa: &BigInt, exp: i64) -> PyResult<f64> {
    if mantissa.is_zero() {
        return Ok(0.0);
    }
    let bits = mantissa.bits() as i64;
    let too_large = || Exc::overflow_error("hexadecimal value too large to represent as a float");
    if bits + exp > 1025 {
        return Err(too_large());
    }
    if bits + exp < -1080 {
        return Ok(0.0);
    }
    let v = if exp >= 0 {
        ratio_to_f64(&(mantissa << exp.to_usize().unwrap_or(0)), &BigInt::one())
    } else {
        ratio_to_f64(mantissa, &(BigInt::one() << (-exp).to_usize().unwrap_or(0)))
    };
    if v.is_infinite() {
        return Err(too_large());
    }
    Ok(v)
}
