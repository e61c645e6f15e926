//! Formatting values: `format(v, spec)` with the format-spec mini-language
//! (f-strings, `str.format`, `format()`), CPython's exact output and errors.
//!
//! ```text
//!     spec := [[fill]align][sign][#][0][width][grouping][.precision][type]
//! ```
//!
//! `str.format` lives in `format/str_format.rs`, printf-style `%` in
//! `format/percent.rs`.

use crate::exception::{Exc, PyResult};
use crate::value::float::float_repr;
use crate::value::int::{is_int, to_bigint};
use crate::value::{Name, Value};
use crate::vm::Vm;

mod complex;
mod percent;
mod str_format;

pub use percent::percent;
pub use str_format::str_format;

/// `format(v, spec)`: instances through `__format__`, builtins here.
pub fn format(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    if let Value::Instance(i) = v
        && let Some(m) = i.class.lookup("__format__")
    {
        let r = vm.call(&m, vec![v.clone(), Value::str(spec)])?;
        return match r {
            Value::Str(s) => Ok(s.as_str().to_string()),
            other => Err(Exc::type_error(format!(
                "__format__ must return a str, not {}",
                other.type_name()
            ))),
        };
    }
    if spec.is_empty() {
        return vm.to_str(v);
    }
    if let Some(p) = crate::vm::payload_of(v) {
        return format(vm, &p.clone(), spec);
    }
    if !(is_int(v) || matches!(v, Value::Str(_) | Value::Float(_) | Value::Complex(_))) {
        return Err(Exc::type_error(format!(
            "unsupported format string passed to {}.__format__",
            v.type_name()
        )));
    }
    let s = Spec::parse(spec, &v.type_name())?;
    match v {
        Value::Str(text) => format_str_value(text.as_str(), &s),
        Value::Float(f) => format_float(*f, &s),
        Value::Complex(c) => complex::format_complex(**c, &s),
        Value::Bool(_) => format_int(v, &s).map_err(|e| retype(e, "bool")),
        _ => format_int(v, &s),
    }
}

/// The `format(value, format_spec='')` builtin.
pub fn format_builtin(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    super::no_kwargs("format", kw)?;
    super::arg_range("format", args, 1, 2)?;
    let spec = match args.get(1) {
        None => String::new(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            let name = if other.is_none() {
                "None".into()
            } else {
                other.type_name()
            };
            return Err(Exc::type_error(format!(
                "format() argument 2 must be str, not {name}"
            )));
        }
    };
    format(vm, &args[0], &spec).map(Value::str)
}

/// A parsed format spec.
#[derive(Default, Debug, Clone)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub alternate: bool,
    pub zero: bool,
    pub width: usize,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub kind: Option<char>,
    /// `z`: negative zero coerced to zero (floats only).
    pub z: bool,
}

impl Spec {
    /// cpython: Python/formatter_unicode.c parse_internal_render_format_spec
    pub fn parse(spec: &str, type_name: &str) -> PyResult<Spec> {
        let c: Vec<char> = spec.chars().collect();
        let mut s = Spec::default();
        let mut i = 0;
        let is_align = |ch: char| matches!(ch, '<' | '>' | '^' | '=');
        if c.len() >= 2 && is_align(c[1]) {
            s.fill = Some(c[0]);
            s.align = Some(c[1]);
            i = 2;
        } else if !c.is_empty() && is_align(c[0]) {
            s.align = Some(c[0]);
            i = 1;
        }
        if i < c.len() && matches!(c[i], '+' | '-' | ' ') {
            s.sign = Some(c[i]);
            i += 1;
        }
        if i < c.len() && c[i] == 'z' {
            s.z = true;
            i += 1;
        }
        if i < c.len() && c[i] == '#' {
            s.alternate = true;
            i += 1;
        }
        if i < c.len() && c[i] == '0' {
            s.zero = true;
            i += 1;
        }
        let (w, ni) = spec_digits(&c, i)?;
        s.width = w.unwrap_or(0);
        i = ni;
        if i < c.len() && matches!(c[i], ',' | '_') {
            s.grouping = Some(c[i]);
            i += 1;
            if i < c.len() && matches!(c[i], ',' | '_') {
                return Err(Exc::value_error("Cannot specify both ',' and '_'."));
            }
        }
        if i < c.len() && c[i] == '.' {
            let (p, ni) = spec_digits(&c, i + 1)?;
            let Some(p) = p else {
                return Err(Exc::value_error("Format specifier missing precision"));
            };
            s.precision = Some(p);
            i = ni;
        }
        if c.len() - i > 1 {
            return Err(Exc::value_error(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )));
        }
        s.kind = c.get(i).copied();
        if let (Some(g), Some(k)) = (s.grouping, s.kind)
            && !grouping_allowed(g, k)
        {
            return Err(Exc::value_error(format!(
                "Cannot specify '{g}' with '{k}'."
            )));
        }
        Ok(s)
    }
}

fn grouping_allowed(g: char, k: char) -> bool {
    match k {
        'd' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => true,
        'b' | 'o' | 'x' | 'X' => g == '_',
        _ => false,
    }
}

/// A width or precision of a spec. cpython: formatter_unicode.c get_integer
/// refuses a number past Py_ssize_t.
fn spec_digits(c: &[char], i: usize) -> PyResult<(Option<usize>, usize)> {
    digits(c, i, isize::MAX as usize).ok_or_else(Exc::too_many_decimal_digits)
}

/// The decimal number at `c[i..]` (None if there is no digit) and the index
/// after it; None when the number exceeds `max`.
fn digits(c: &[char], mut i: usize, max: usize) -> Option<(Option<usize>, usize)> {
    let start = i;
    let mut n: usize = 0;
    while i < c.len() && c[i].is_ascii_digit() {
        let d = c[i] as usize - '0' as usize;
        if n > (max - d) / 10 {
            return None; // cpython: the same overflow test
        }
        n = n * 10 + d;
        i += 1;
    }
    Some(((i > start).then_some(n), i))
}

/// MemoryError for a width or precision past the memory budget (CPython
/// tries, and fails or takes gigabytes).
fn alloc_guard(n: usize) -> PyResult<()> {
    crate::memory::check(n)
}

/// The same error naming another type (`bool` formats as an int).
fn retype(e: Exc, type_name: &str) -> Exc {
    let msg = e
        .args()
        .first()
        .and_then(|a| a.as_str().map(String::from))
        .unwrap_or_default();
    match msg.strip_suffix("type 'int'") {
        Some(head) => Exc::value_error(format!("{head}type '{type_name}'")),
        None => e,
    }
}

/// cpython: formatter_unicode.c unknown_presentation_type (non-printable
/// ASCII and non-ASCII codes are shown as `\\xNN`).
fn unknown_code(k: char, type_name: &str) -> Exc {
    let code = if (k as u32) > 32 && (k as u32) < 128 {
        k.to_string()
    } else {
        format!("\\x{:x}", k as u32)
    };
    Exc::value_error(format!(
        "Unknown format code '{code}' for object of type '{type_name}'"
    ))
}

/// A str under a spec: precision truncates, default alignment left.
fn format_str_value(text: &str, s: &Spec) -> PyResult<String> {
    alloc_guard(s.width)?;
    if let Some(g) = s.grouping
        && s.kind.is_none_or(|k| k == 's')
    {
        return Err(Exc::value_error(format!("Cannot specify '{g}' with 's'.")));
    }
    if let Some(k) = s.kind
        && k != 's'
    {
        return Err(unknown_code(k, "str"));
    }
    match s.sign {
        Some(' ') => {
            return Err(Exc::value_error(
                "Space not allowed in string format specifier",
            ));
        }
        Some(_) => {
            return Err(Exc::value_error(
                "Sign not allowed in string format specifier",
            ));
        }
        None => {}
    }
    if s.z {
        return Err(Exc::value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if s.alternate {
        return Err(Exc::value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if s.align == Some('=') {
        return Err(Exc::value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let body: String = match s.precision {
        Some(p) => text.chars().take(p).collect(),
        None => text.to_string(),
    };
    Ok(pad("", &body, s, '<'))
}

/// Pads `sign` + `body` to the width: fill/align, `=` pads after the sign.
fn pad(sign: &str, body: &str, s: &Spec, default_align: char) -> String {
    let (fill, align) = match (s.fill, s.align) {
        (f, Some(a)) => (f.unwrap_or(if s.zero { '0' } else { ' ' }), a),
        (_, None) if s.zero => ('0', '='),
        _ => (' ', default_align),
    };
    let len = sign.chars().count() + body.chars().count();
    let n = s.width.saturating_sub(len);
    let fills = |k: usize| fill.to_string().repeat(k);
    match align {
        '<' => format!("{sign}{body}{}", fills(n)),
        '>' => format!("{}{sign}{body}", fills(n)),
        '^' => format!("{}{sign}{body}{}", fills(n / 2), fills(n - n / 2)),
        _ => format!("{sign}{}{body}", fills(n)),
    }
}

fn sign_str(negative: bool, sign: Option<char>) -> &'static str {
    match (negative, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// An int (or bool) under a spec.
pub(super) fn format_int_spec(v: &Value, s: &Spec) -> PyResult<String> {
    format_int(v, s)
}

fn format_int(v: &Value, s: &Spec) -> PyResult<String> {
    alloc_guard(s.width)?;
    let k = s.kind.unwrap_or('d');
    if matches!(k, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        let f = crate::value::float::int_to_float(v)?;
        return format_float(f, s);
    }
    if !matches!(k, 'd' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c') {
        return Err(unknown_code(k, "int"));
    }
    if s.precision.is_some() {
        return Err(Exc::value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if s.z {
        return Err(Exc::value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let n = to_bigint(v);
    if k == 'c' {
        return format_char(&n, s);
    }
    let negative = n.sign() == num_bigint::Sign::Minus;
    let (radix, prefix) = match k {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = match radix {
        10 => crate::value::int::decimal_digits(n.magnitude())?,
        _ => n.magnitude().to_str_radix(radix),
    };
    if k == 'X' {
        digits = digits.to_uppercase();
    }
    let sign = format!(
        "{}{}",
        sign_str(negative, s.sign),
        if s.alternate { prefix } else { "" }
    );
    let group = if radix == 10 { 3 } else { 4 };
    Ok(pad_number(&sign, &digits, "", s, group))
}

fn format_char(n: &num_bigint::BigInt, s: &Spec) -> PyResult<String> {
    if s.sign.is_some() {
        return Err(Exc::value_error(
            "Sign not allowed with integer format specifier 'c'",
        ));
    }
    if s.alternate {
        return Err(Exc::value_error(
            "Alternate form (#) not allowed with integer format specifier 'c'",
        ));
    }
    let ch = num_traits::ToPrimitive::to_u32(n)
        .filter(|c| *c <= 0x10ffff)
        .and_then(char::from_u32)
        .ok_or_else(|| Exc::overflow_error("%c arg not in range(0x110000)"))?;
    Ok(pad("", &ch.to_string(), s, '>'))
}

/// Sign + grouped integer digits + the rest (fraction, exponent), padded;
/// zero padding inserts separators into the padding as CPython does.
fn pad_number(sign: &str, int_digits: &str, rest: &str, s: &Spec, group: usize) -> String {
    let fill = s.fill.unwrap_or(if s.zero { '0' } else { ' ' });
    let align = s.align.unwrap_or(if s.zero { '=' } else { '>' });
    let zero_pad = fill == '0' && align == '=';
    let mut digits = int_digits.to_string();
    if let Some(sep) = s.grouping
        && zero_pad
    {
        let room = s.width.saturating_sub(sign.len() + rest.chars().count());
        let n = grouped_digits_for(room, group).saturating_sub(digits.len());
        digits.insert_str(0, &"0".repeat(n));
        let body = format!("{}{rest}", grouped(&digits, sep, group));
        return format!("{sign}{body}");
    }
    let body = match s.grouping {
        Some(sep) => format!("{}{rest}", grouped(&digits, sep, group)),
        None => format!("{digits}{rest}"),
    };
    pad(sign, &body, s, '>')
}

/// The fewest digits whose grouped form (a separator every `group`) is at
/// least `room` characters long.
fn grouped_digits_for(room: usize, group: usize) -> usize {
    let grouped_len = |d: usize| d + d.saturating_sub(1) / group;
    let mut d = room * group / (group + 1);
    while grouped_len(d) < room {
        d += 1;
    }
    d
}

fn grouped(digits: &str, sep: char, group: usize) -> String {
    let chars: Vec<char> = digits.chars().collect();
    let mut out = String::new();
    for (i, c) in chars.iter().enumerate() {
        if i > 0 && (chars.len() - i).is_multiple_of(group) {
            out.push(sep);
        }
        out.push(*c);
    }
    out
}

/// A float under a spec.
pub(super) fn format_float_spec(x: f64, s: &Spec) -> PyResult<String> {
    format_float(x, s)
}

fn format_float(x: f64, s: &Spec) -> PyResult<String> {
    let k = s.kind;
    if let Some(k) = k
        && !matches!(k, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')
    {
        return Err(unknown_code(k, "float"));
    }
    if s.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(Exc::precision_too_big());
    }
    let s = &general_capped(s);
    alloc_guard(s.width.max(s.precision.unwrap_or(0)))?;
    let mut negative = x.is_sign_negative() && !x.is_nan();
    if s.z && negative && rounds_to_zero(x, s) {
        negative = false;
    }
    let sign = sign_str(negative, s.sign);
    let a = x.abs();
    let upper = matches!(k, Some('E' | 'F' | 'G'));
    if !a.is_finite() {
        let t = if a.is_nan() { "nan" } else { "inf" };
        let t = if upper {
            t.to_uppercase()
        } else {
            t.to_string()
        };
        let t = if k == Some('%') { format!("{t}%") } else { t };
        return Ok(pad(sign, &t, s, '>'));
    }
    let text = match (k, s.precision) {
        (None, None) if s.alternate => alternate_repr(a),
        (None, None) => float_repr(a),
        (None, Some(p)) => general(a, p.max(1), s.alternate, true),
        (Some('e' | 'E'), p) => sci(a, p.unwrap_or(6), s.alternate),
        (Some('f' | 'F'), p) => fixed_point(a, p.unwrap_or(6), s.alternate),
        (Some('%'), p) => format!("{}%", fixed_point(a * 100.0, p.unwrap_or(6), s.alternate)),
        (Some(_), p) => general(a, p.unwrap_or(6).max(1), s.alternate, false),
    };
    let text = if upper { text.to_uppercase() } else { text };
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (int_digits, rest) = text.split_at(split);
    Ok(pad_number(sign, int_digits, rest, s, 3))
}

/// The spec with a `g`-like precision (no type, `g`, `G`, `n`) capped at
/// EXACT_DIGITS: past it the rounding is exact and the trailing zeros are
/// stripped, so the text is the same; `#` keeps the zeros.
fn general_capped(s: &Spec) -> Spec {
    let general = matches!(s.kind, None | Some('g' | 'G' | 'n'));
    let mut s = s.clone();
    if general && !s.alternate {
        s.precision = s.precision.map(|p| p.min(EXACT_DIGITS));
    }
    s
}

/// Whether -x formats as zero under the spec (for `z`).
fn rounds_to_zero(x: f64, s: &Spec) -> bool {
    if x == 0.0 {
        return true;
    }
    let p = s.precision.unwrap_or(6);
    match s.kind {
        Some('f' | 'F') => fixed_digits(x.abs(), p)
            .bytes()
            .all(|b| b == b'0' || b == b'.'),
        Some('%') => fixed_digits(x.abs() * 100.0, p)
            .bytes()
            .all(|b| b == b'0' || b == b'.'),
        _ => false,
    }
}

/// repr digits with a decimal point forced into the mantissa (`#`).
fn alternate_repr(a: f64) -> String {
    let r = float_repr(a);
    match r.split_once('e') {
        Some((m, e)) if !m.contains('.') => format!("{m}.e{e}"),
        _ => r,
    }
}

/// Digits past these are zeros for every f64: its exact decimal expansion
/// ends by 2**-1074 (at most 1074 fractional, 767 significant digits).
const EXACT_DIGITS: usize = 1100;

/// `{a:.p$}`, exactly rounded, for any p (Rust's formatter stops at 65535).
fn fixed_digits(a: f64, p: usize) -> String {
    if p <= EXACT_DIGITS {
        return format!("{a:.p$}");
    }
    let mut t = format!("{a:.EXACT_DIGITS$}");
    t.push_str(&"0".repeat(p - EXACT_DIGITS));
    t
}

/// `{a:.p$e}`, exactly rounded, for any p: `d.ddd` + `e` + exponent.
fn sci_digits(a: f64, p: usize) -> String {
    if p <= EXACT_DIGITS {
        return format!("{a:.p$e}");
    }
    let t = format!("{a:.EXACT_DIGITS$e}");
    let (m, e) = t.split_once('e').expect("invariant: {:e} has an exponent");
    format!("{m}{}e{e}", "0".repeat(p - EXACT_DIGITS))
}

/// `%.{p}f`, exactly rounded.
fn fixed_point(a: f64, p: usize, alternate: bool) -> String {
    let t = fixed_digits(a, p);
    if alternate && p == 0 {
        format!("{t}.")
    } else {
        t
    }
}

/// `%.{p}e`: `d.ddde+XX`.
fn sci(a: f64, p: usize, alternate: bool) -> String {
    let t = sci_digits(a, p);
    let (m, e) = t.split_once('e').expect("invariant: {:e} has an exponent");
    let e: i32 = e.parse().expect("invariant: exponent digits");
    let m = if alternate && p == 0 {
        format!("{m}.")
    } else {
        m.to_string()
    };
    format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
}

/// `%.{p}g`, or the no-type float format when `repr_like` (at least one
/// fractional digit in fixed notation).
fn general(a: f64, p: usize, alternate: bool, repr_like: bool) -> String {
    let t = sci_digits(a, p - 1);
    let (_, e) = t.split_once('e').expect("invariant: {:e} has an exponent");
    let exp: i64 = e.parse().expect("invariant: exponent digits");
    // cpython: with ADD_DOT_0 (no type given) the switch point is p - 1.
    let limit = if repr_like { p as i64 - 1 } else { p as i64 };
    let out = if exp >= -4 && exp < limit {
        let decimals = (p as i64 - 1 - exp) as usize;
        let f = fixed_digits(a, decimals);
        match (alternate, f.contains('.')) {
            (true, true) => f,
            (true, false) => format!("{f}."),
            _ => strip_zeros(&f),
        }
    } else {
        let s = sci(a, p - 1, alternate);
        if alternate {
            s
        } else {
            let (m, e) = s.split_once('e').expect("invariant");
            format!("{}e{e}", strip_zeros(m))
        }
    };
    if repr_like && !out.contains(['.', 'e', 'n']) {
        format!("{out}.0")
    } else {
        out
    }
}

fn strip_zeros(s: &str) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(x: f64, spec: &str) -> String {
        let s = Spec::parse(spec, "x").unwrap_or_else(|_| panic!("spec {spec}"));
        format_float(x, &s).unwrap_or_else(|_| panic!("format {spec}"))
    }

    fn i(n: i64, spec: &str) -> String {
        let s = Spec::parse(spec, "x").unwrap_or_else(|_| panic!("spec {spec}"));
        format_int(&Value::Int(n), &s).unwrap_or_else(|_| panic!("format {spec}"))
    }

    /// Outputs checked against CPython 3.11's format().
    #[test]
    fn floats() {
        assert_eq!(f(1.23456, ".2f"), "1.23");
        assert_eq!(f(1234567.891, ",.2f"), "1,234,567.89");
        assert_eq!(f(0.000123, "e"), "1.230000e-04");
        assert_eq!(f(1e16, "g"), "1e+16");
        assert_eq!(f(123456.0, "g"), "123456");
        assert_eq!(f(1234567.0, "g"), "1.23457e+06");
        assert_eq!(f(0.5, "%"), "50.000000%");
        assert_eq!(f(1.0, ".3"), "1.0");
        assert_eq!(f(-2.5, "+08.2f"), "-0002.50");
        assert_eq!(f(2.5, "^9.1f"), "   2.5   ");
    }

    #[test]
    fn ints() {
        assert_eq!(i(255, "#x"), "0xff");
        assert_eq!(i(255, "08b"), "11111111");
        assert_eq!(i(1234, "010,"), "00,001,234");
        assert_eq!(i(1234567, "_"), "1_234_567");
        assert_eq!(i(-42, "=+8"), "-     42");
        assert_eq!(i(65, "c"), "A");
        assert_eq!(i(42, "*^7"), "**42***");
    }
}
