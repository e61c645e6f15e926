//! `format(z, spec)` for a complex: each part formatted as a float under
//! the spec (the imaginary part always signed unless the real part is
//! left out), then `j`, parentheses when no type is given, and the
//! padding of the whole. cpython: formatter_unicode.c
//! format_complex_internal

use super::{Spec, alloc_guard, format_float, pad, pad_number, unknown_code};
use crate::exception::{Exc, PyResult};
use crate::value::complex::{Complex, part_repr};

/// A complex under a parsed spec.
pub(super) fn format_complex(c: Complex, s: &Spec) -> PyResult<String> {
    check(s)?;
    let plain = s.kind.is_none();
    let skip_re = plain && c.re == 0.0 && c.re.is_sign_positive();
    let part_spec = part_spec(s);
    let re = part(c.re, &part_spec, s.sign)?;
    let im_sign = if skip_re { s.sign } else { Some('+') };
    let im = part(c.im, &part_spec, im_sign)?;
    let body = match (plain, skip_re) {
        (true, true) => format!("{im}j"),
        (true, false) => format!("({re}{im}j)"),
        (false, _) => format!("{re}{im}j"),
    };
    Ok(pad("", &body, s, '>'))
}

/// CPython's refusals: unknown types, zero padding, `=` alignment.
fn check(s: &Spec) -> PyResult<()> {
    if let Some(k) = s.kind
        && !matches!(k, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n')
    {
        return Err(unknown_code(k, "complex"));
    }
    if s.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(Exc::precision_too_big());
    }
    if s.zero || s.fill == Some('0') {
        return Err(Exc::value_error(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if s.align == Some('=') {
        return Err(Exc::value_error(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    alloc_guard(s.width)
}

/// The spec each part is formatted with: no padding; `n` is `g`, and a
/// precision without a type means `g` too.
fn part_spec(s: &Spec) -> Spec {
    let kind = match (s.kind, s.precision) {
        (Some('n'), _) | (None, Some(_)) => Some('g'),
        (k, _) => k,
    };
    Spec {
        fill: None,
        align: None,
        width: 0,
        zero: false,
        kind,
        ..s.clone()
    }
}

/// One part with its sign; with no type and no precision, repr's digits
/// without `.0` (PyOS_double_to_string's `r` mode).
fn part(x: f64, s: &Spec, sign: Option<char>) -> PyResult<String> {
    let s = Spec { sign, ..s.clone() };
    if s.kind.is_some() {
        return format_float(x, &s);
    }
    let text = part_repr(x.abs(), false);
    let text = if s.alternate { with_point(&text) } else { text };
    let negative = x.is_sign_negative() && !x.is_nan() && !(s.z && x == 0.0);
    let sign = match (negative, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    };
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (int_digits, rest) = text.split_at(split);
    Ok(pad_number(sign, int_digits, rest, &s, 3))
}

/// `#`: a decimal point even in an integral mantissa (`1.`, `1.e+16`).
fn with_point(text: &str) -> String {
    if text.contains('.') || !text.starts_with(|c: char| c.is_ascii_digit()) {
        return text.to_string();
    }
    match text.split_once('e') {
        Some((m, e)) => format!("{m}.e{e}"),
        None => format!("{text}."),
    }
}
