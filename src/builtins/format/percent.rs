//! printf-style `fmt % args`: `%s %r %a %d %i %u %o %x %X %e %E %f %F %g %G
//! %c %%` with flags `-+ #0`, width and precision (or `*`), a tuple, a
//! single value or a mapping (`%(name)s`). cpython: unicodeobject.c PyUnicode_Format

use super::{Spec, format_float_spec, format_int_spec};
use crate::exception::{Exc, PyResult};
use crate::value::Value;
use crate::value::int::is_int;
use crate::vm::Vm;

/// Where the values come from.
struct Source {
    items: Vec<Value>,
    next: usize,
    mapping: Option<Value>,
    /// A single non-tuple argument (used by `%s`, not spread).
    single: bool,
}

impl Source {
    fn take(&mut self) -> PyResult<Value> {
        let v = self
            .items
            .get(self.next)
            .cloned()
            .ok_or_else(|| Exc::type_error("not enough arguments for format string"))?;
        self.next += 1;
        Ok(v)
    }
}

/// `fmt % args`.
pub fn percent(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<String> {
    let mapping = match args {
        Value::Dict(_) | Value::Instance(_) => Some(args.clone()),
        _ => None,
    };
    let (items, single) = match crate::vm::payload_of(args).unwrap_or(args) {
        Value::Tuple(t) => (t.items.to_vec(), false),
        _ => (vec![args.clone()], true),
    };
    let mut src = Source {
        items,
        next: 0,
        mapping,
        single,
    };
    let c: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    let mut used_mapping = false;
    while i < c.len() {
        if c[i] != '%' {
            out.push(c[i]);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let mut key_value = None;
        if c.get(i) == Some(&'(') {
            let (v, ni) = mapping_key(vm, &c, i, &src)?;
            key_value = Some(v);
            used_mapping = true;
            i = ni;
        }
        let (conv, spec, ni) = directive(&c, i, &mut src, key_value.is_some())?;
        let bare = ni == start + 2;
        i = ni;
        if conv == '%' && bare {
            out.push('%');
            continue;
        }
        let v = match key_value {
            Some(v) => v,
            None => src.take()?,
        };
        if !is_conversion(conv) {
            return Err(unsupported_char(conv, ni - 1));
        }
        out.push_str(&convert(vm, conv, &v, &spec)?);
    }
    let all_used =
        src.next >= src.items.len() || used_mapping || (src.single && src.mapping.is_some());
    if !all_used {
        return Err(Exc::type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(out)
}

/// `(name)`: the mapping's value for name; returns the index after `)`.
fn mapping_key(vm: &mut Vm, c: &[char], i: usize, src: &Source) -> PyResult<(Value, usize)> {
    let Some(m) = &src.mapping else {
        return Err(Exc::type_error("format requires a mapping"));
    };
    let mut depth = 0;
    let mut j = i;
    loop {
        match c.get(j) {
            None => return Err(Exc::value_error("incomplete format key")),
            Some('(') => depth += 1,
            Some(')') => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            _ => {}
        }
        j += 1;
    }
    let key: String = c[i + 1..j].iter().collect();
    let v = vm.get_item(m, &Value::str(key))?;
    Ok((v, j + 1))
}

/// Flags, width, precision and the conversion character.
fn directive(
    c: &[char],
    mut i: usize,
    src: &mut Source,
    keyed: bool,
) -> PyResult<(char, Spec, usize)> {
    let mut spec = Spec::default();
    let mut left = false;
    while let Some(&f) = c.get(i) {
        match f {
            '-' => left = true,
            '+' => spec.sign = Some('+'),
            ' ' if spec.sign.is_none() => spec.sign = Some(' '),
            ' ' => {}
            '#' => spec.alternate = true,
            '0' => spec.zero = true,
            _ => break,
        }
        i += 1;
    }
    let (w, ni) = width(c, i, src, keyed)?;
    if w < 0 {
        left = true; // cpython: a negative `*` width left-justifies
    }
    spec.width = w.unsigned_abs() as usize;
    i = ni;
    if c.get(i) == Some(&'.') {
        let (p, ni) = precision(c, i + 1, src, keyed)?;
        spec.precision = Some(p);
        i = ni;
    }
    while matches!(c.get(i), Some('h' | 'l' | 'L')) {
        i += 1;
    }
    let Some(&conv) = c.get(i) else {
        return Err(Exc::value_error("incomplete format"));
    };
    if left {
        spec.align = Some('<');
        spec.zero = false;
    }
    Ok((conv, spec, i + 1))
}

/// The width: digits (at most Py_ssize_t) or `*` taking an int argument
/// (negative means left-justified). cpython: unicode_format_arg_parse
fn width(c: &[char], i: usize, src: &mut Source, keyed: bool) -> PyResult<(i64, usize)> {
    if c.get(i) == Some(&'*') {
        let n = star_arg(src, keyed)?;
        let w = i64::try_from(&n).map_err(|_| Exc::ssize_overflow())?;
        return Ok((w, i + 1));
    }
    let (n, ni) = super::digits(c, i, isize::MAX as usize).ok_or_else(Exc::width_too_big)?;
    Ok((n.unwrap_or(0) as i64, ni))
}

/// The precision: digits (at most C int) or `*` taking an int argument
/// (negative means 0).
fn precision(c: &[char], i: usize, src: &mut Source, keyed: bool) -> PyResult<(usize, usize)> {
    if c.get(i) == Some(&'*') {
        let n = star_arg(src, keyed)?;
        let p = i32::try_from(&n).map_err(|_| Exc::c_int_overflow())?;
        return Ok((p.max(0) as usize, i + 1));
    }
    let (n, ni) = super::digits(c, i, i32::MAX as usize).ok_or_else(Exc::precision_too_big)?;
    Ok((n.unwrap_or(0), ni))
}

/// The int argument a `*` consumes.
fn star_arg(src: &mut Source, keyed: bool) -> PyResult<num_bigint::BigInt> {
    if keyed {
        return Err(Exc::type_error("* wants int"));
    }
    match src.take()? {
        v if is_int(&v) => Ok(crate::value::int::to_bigint(&v)),
        _ => Err(Exc::type_error("* wants int")),
    }
}

fn is_conversion(c: char) -> bool {
    "sradiuoxXeEfFgGc".contains(c)
}

/// `unsupported format character 'z' (0x7a) at index 1`
fn unsupported_char(c: char, index: usize) -> Exc {
    Exc::value_error(format!(
        "unsupported format character '{c}' ({:#x}) at index {index}",
        c as u32
    ))
}

fn convert(vm: &mut Vm, conv: char, v: &Value, spec: &Spec) -> PyResult<String> {
    let text_spec = Spec {
        precision: spec.precision,
        width: spec.width,
        align: Some(spec.align.unwrap_or('>')),
        ..Spec::default()
    };
    match conv {
        's' => {
            let t = Value::str(vm.to_str(v)?);
            super::format(vm, &t, &spec_text(&text_spec))
        }
        'r' => {
            let t = Value::str(vm.repr(v)?);
            super::format(vm, &t, &spec_text(&text_spec))
        }
        'a' => {
            let a = crate::builtins::functions::ascii_of(&vm.repr(v)?);
            super::format(vm, &Value::str(a), &spec_text(&text_spec))
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => int_conv(vm, conv, v, spec),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let f = float_arg(vm, v)?;
            let mut s = float_spec(spec);
            s.kind = Some(conv);
            s.precision = Some(spec.precision.unwrap_or(6));
            format_float_spec(f, &s)
        }
        'c' => char_conv(v, &text_spec),
        other => Err(unsupported_char(other, 0)),
    }
}

fn spec_text(s: &Spec) -> String {
    let p = s.precision.map(|p| format!(".{p}")).unwrap_or_default();
    format!("{}{}{p}", s.align.unwrap_or('>'), s.width)
}

fn float_spec(spec: &Spec) -> Spec {
    Spec {
        sign: spec.sign,
        alternate: spec.alternate,
        zero: spec.zero && spec.align.is_none(),
        width: spec.width,
        align: spec.align,
        ..Spec::default()
    }
}

fn int_conv(vm: &mut Vm, conv: char, v: &Value, spec: &Spec) -> PyResult<String> {
    let n = match v {
        v if is_int(v) => v.clone(),
        Value::Float(f) if matches!(conv, 'd' | 'i' | 'u') => {
            crate::value::float::float_to_int(*f)?
        }
        Value::Instance(i)
            if i.class.lookup("__int__").is_some() || i.class.lookup("__index__").is_some() =>
        {
            let name = if i.class.lookup("__index__").is_some() {
                "__index__"
            } else {
                "__int__"
            };
            let m = i.class.lookup(name).expect("invariant: checked above");
            vm.call(&m, vec![v.clone()])?
        }
        other => {
            let what = if matches!(conv, 'd' | 'i' | 'u') {
                "a real number"
            } else {
                "an integer"
            };
            return Err(Exc::type_error(format!(
                "%{conv} format: {what} is required, not {}",
                other.type_name()
            )));
        }
    };
    let mut s = float_spec(spec);
    s.kind = Some(match conv {
        'o' => 'o',
        'x' => 'x',
        'X' => 'X',
        _ => 'd',
    });
    let digits_min = spec.precision.unwrap_or(0);
    if digits_min > i32::MAX as usize - 3 {
        return Err(Exc::precision_too_large()); // cpython: _PyUnicode_FormatLong
    }
    super::alloc_guard(digits_min.max(spec.width))?;
    let text = format_int_spec(
        &n,
        &Spec {
            width: 0,
            zero: false,
            align: None,
            sign: None,
            ..s.clone()
        },
    )?;
    let negative = text.starts_with('-');
    let body = text.trim_start_matches('-');
    let (prefix, digits) = if spec.alternate
        && body.len() > 1
        && body.starts_with('0')
        && matches!(conv, 'o' | 'x' | 'X')
    {
        body.split_at(2)
    } else {
        ("", body)
    };
    let digits = format!(
        "{}{digits}",
        "0".repeat(digits_min.saturating_sub(digits.len()))
    );
    let sign = super::sign_str(negative, spec.sign);
    let head = format!("{sign}{prefix}");
    let padded = Spec {
        width: spec.width,
        zero: spec.zero && spec.align.is_none(),
        align: spec.align,
        ..Spec::default()
    };
    Ok(super::pad(&head, &digits, &padded, '>'))
}

fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        v if is_int(v) => crate::value::float::int_to_float(v),
        Value::Instance(i) if i.class.lookup("__float__").is_some() => {
            let m = i
                .class
                .lookup("__float__")
                .expect("invariant: checked above");
            match vm.call(&m, vec![v.clone()])? {
                Value::Float(f) => Ok(f),
                _ => Err(Exc::type_error("__float__ returned non-float")),
            }
        }
        other => Err(Exc::type_error(format!(
            "must be real number, not {}",
            other.type_name()
        ))),
    }
}

fn char_conv(v: &Value, spec: &Spec) -> PyResult<String> {
    super::alloc_guard(spec.width)?;
    let ch = match v {
        Value::Str(s) if s.len() == 1 => s.as_str().to_string(),
        v if is_int(v) => {
            let n = crate::value::int::to_bigint(v);
            num_traits::ToPrimitive::to_u32(&n)
                .filter(|c| *c <= 0x10ffff)
                .and_then(char::from_u32)
                .ok_or_else(|| Exc::overflow_error("%c arg not in range(0x110000)"))?
                .to_string()
        }
        _ => return Err(Exc::type_error("%c requires int or char")),
    };
    Ok(super::pad("", &ch, spec, '>'))
}
