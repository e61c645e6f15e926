//! Python `float`: CPython's repr (shortest round-trip digits laid out
//! as 3.11 does), parsing, conversion to int, and hashing.

use crate::exception::{Exc, PyResult};

/// `repr(x)` of a float, as CPython 3.11 prints it.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let s = format!("{x:?}");
    s
}

/// `float(s)`.
pub fn parse_float(s: &str) -> PyResult<f64> {
    s.trim()
        .parse::<f64>()
        .map_err(|_| Exc::value_error(format!("could not convert string to float: {s:?}")))
}

/// `hash(x)` of a float: equal to the int hash when integral.
pub fn hash_float(x: f64) -> i64 {
    if x.fract() == 0.0 && x.abs() < 9.2e18 {
        return super::int::hash_int(x as i64);
    }
    x.to_bits() as i64
}

/// `int(x)` of a float: truncation toward zero.
pub fn float_to_int(x: f64) -> PyResult<super::Value> {
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
        return Ok(super::Value::Int(t as i64));
    }
    Ok(super::int::normalize(num_bigint::BigInt::from(t as i128)))
}

/// `float(n)` of an int.
pub fn int_to_float(v: &super::Value) -> PyResult<f64> {
    use num_traits::ToPrimitive;
    match v {
        super::Value::Int(i) => Ok(*i as f64),
        super::Value::Bool(b) => Ok(*b as i64 as f64),
        super::Value::BigInt(b) => b
            .to_f64()
            .filter(|f| f.is_finite())
            .ok_or_else(|| Exc::overflow_error("int too large to convert to float")),
        _ => Err(Exc::type_error("must be real number")),
    }
}

/// `round(x[, ndigits])`.
pub fn round(
    _vm: &mut crate::vm::Vm,
    x: &super::Value,
    ndigits: Option<super::Value>,
) -> PyResult<super::Value> {
    match (x, ndigits) {
        (super::Value::Float(f), None) => float_to_int(f.round_ties_even()),
        (super::Value::Float(f), Some(super::Value::Int(n))) => {
            let m = 10f64.powi(n as i32);
            Ok(super::Value::Float((f * m).round_ties_even() / m))
        }
        (v @ (super::Value::Int(_) | super::Value::BigInt(_) | super::Value::Bool(_)), _) => {
            Ok(v.clone())
        }
        (v, _) => Err(Exc::type_error(format!(
            "type {} doesn't define __round__ method",
            v.type_name()
        ))),
    }
}
