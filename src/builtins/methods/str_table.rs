//! `str` methods that map characters through tables or columns:
//! `expandtabs`, `maketrans`, `translate`, and `format_map`.

use super::{Add, int_arg, rest_range, wrong_self};
use crate::exception::{Exc, PyResult};
use crate::value::{Dict, Name, Value};
use crate::vm::Vm;

type Kw<'a> = &'a [(Name, Value)];

pub(super) fn register(add: Add) {
    add("str", "expandtabs", expandtabs);
    add("str", "maketrans", maketrans);
    add("str", "translate", translate);
    add("str", "format_map", format_map);
}

fn text_of<'a>(name: &str, args: &'a [Value]) -> PyResult<&'a str> {
    match args.first() {
        Some(Value::Str(s)) => Ok(s.as_str()),
        _ => Err(wrong_self("str", name, args)),
    }
}

/// `s.expandtabs(tabsize=8)`: columns restart after `\n` and `\r`.
fn expandtabs(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = text_of("expandtabs", args)?;
    let size = match (args.get(1), super::super::kwarg(kw, "tabsize")) {
        (Some(v), _) | (None, Some(v)) => c_int_arg(v)?,
        _ => 8,
    };
    let mut out = String::with_capacity(s.len());
    let mut column: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' if size > 0 => {
                let n = size - column % size;
                super::alloc_guard(out.len() + n as usize)?;
                out.extend(std::iter::repeat_n(' ', n as usize));
                column += n;
            }
            '\t' => {}
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(Value::str(out))
}

/// An int argument CPython reads as a C int (`tabsize`).
fn c_int_arg(v: &Value) -> PyResult<i64> {
    let n = int_arg(v)?;
    match (v, i32::try_from(n)) {
        (Value::BigInt(_), _) | (_, Err(_)) => Err(Exc::c_int_overflow()),
        _ => Ok(n),
    }
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to replacements.
fn maketrans(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    // A static method: called on the class (`str.maketrans(x, y)`) the
    // arguments come as given; bound to an instance, the instance comes
    // first (recognised when it cannot be the class form).
    let bound = matches!(args, [Value::Str(_), Value::Dict(_)]) || args.len() == 4;
    let rest = if bound { &args[1..] } else { args };
    super::check_positional("maketrans", rest.len(), 1, 3)?;
    super::super::no_kwargs("maketrans", kw)?;
    let table = Dict::new();
    match rest {
        [Value::Dict(d)] => {
            for (k, v) in d.items() {
                let key = match &k {
                    Value::Str(s) if s.len() == 1 => {
                        Value::Int(s.as_str().chars().next().map_or(0, |c| c as i64))
                    }
                    Value::Str(_) => {
                        return Err(Exc::value_error(
                            "string keys in translate table must be of length 1",
                        ));
                    }
                    Value::Int(_) => k.clone(),
                    _ => {
                        return Err(Exc::type_error(
                            "keys in translate table must be strings or integers",
                        ));
                    }
                };
                let key = vm.key(key)?;
                table.insert(key, v);
            }
        }
        [_] => {
            return Err(Exc::type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        }
        [x, y, rest @ ..] => {
            let (Value::Str(x), Value::Str(y)) = (x, y) else {
                return Err(Exc::type_error("maketrans() argument 2 must be str"));
            };
            if x.len() != y.len() {
                return Err(Exc::value_error(
                    "the first two maketrans arguments must have equal length",
                ));
            }
            for (a, b) in x.as_str().chars().zip(y.as_str().chars()) {
                let key = vm.key(Value::Int(a as i64))?;
                table.insert(key, Value::Int(b as i64));
            }
            if let Some(Value::Str(z)) = rest.first() {
                for c in z.as_str().chars() {
                    let key = vm.key(Value::Int(c as i64))?;
                    table.insert(key, Value::None);
                }
            }
        }
        [] => {}
    }
    Ok(Value::dict(table))
}

/// `s.translate(table)`: each character looked up by code point; a str
/// replaces it, an int is a code point, None deletes it, a miss keeps it.
fn translate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = text_of("translate", args)?.to_string();
    let table = rest_range("translate", args, kw, 1, 1)?[0].clone();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let found = match vm.get_item(&table, &Value::Int(c as i64)) {
            Ok(v) => Some(v),
            Err(e)
                if e.is(crate::exception::ExcKind::LookupError)
                    || e.is(crate::exception::ExcKind::KeyError)
                    || e.is(crate::exception::ExcKind::IndexError) =>
            {
                None
            }
            Err(e) => return Err(e),
        };
        match found {
            None => out.push(c),
            Some(Value::None) => {}
            Some(Value::Str(r)) => out.push_str(r.as_str()),
            Some(Value::Int(n)) => out.push(
                u32::try_from(n)
                    .ok()
                    .and_then(char::from_u32)
                    .ok_or_else(|| {
                        Exc::value_error("character mapping must be in range(0x110000)")
                    })?,
            ),
            Some(_) => {
                return Err(Exc::type_error(
                    "character mapping must return integer, None or str",
                ));
            }
        }
    }
    Ok(Value::str(out))
}

/// `s.format_map(mapping)`: `str.format` with fields looked up in a mapping.
fn format_map(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = text_of("format_map", args)?.to_string();
    let mapping = rest_range("format_map", args, kw, 1, 1)?[0].clone();
    let Value::Dict(d) = &mapping else {
        return Err(Exc::type_error(format!(
            "'{}' object is not subscriptable",
            mapping.type_name()
        )));
    };
    let pairs: Vec<(Name, Value)> = d
        .items()
        .into_iter()
        .filter_map(|(k, v)| k.as_str().map(|k| (Name::from(k), v)))
        .collect();
    let out = crate::builtins::format::str_format(vm, &s, &[], &pairs)?;
    Ok(Value::str(out))
}
