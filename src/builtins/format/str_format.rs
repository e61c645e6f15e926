//! `str.format(*args, **kwargs)`: replacement fields `{name.attr[key]!r:spec}`,
//! automatic and manual numbering, nested fields in the spec, `{{` and `}}`.
//! cpython: Objects/stringlib/unicode_format.h

use crate::exception::{Exc, ExcKind, PyResult};
use crate::value::{Name, Value};
use crate::vm::Vm;

/// Which numbering the format string committed to.
#[derive(PartialEq)]
enum Numbering {
    Unset,
    Auto(usize),
    Manual,
}

struct Ctx<'a> {
    args: &'a [Value],
    kwargs: &'a [(Name, Value)],
    numbering: Numbering,
}

/// `fmt.format(*args, **kwargs)`.
pub fn str_format(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kwargs: &[(Name, Value)],
) -> PyResult<String> {
    let mut ctx = Ctx {
        args,
        kwargs,
        numbering: Numbering::Unset,
    };
    render(vm, fmt, &mut ctx, 2)
}

fn render(vm: &mut Vm, fmt: &str, ctx: &mut Ctx, depth: u32) -> PyResult<String> {
    let c: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < c.len() {
        match c[i] {
            '{' if c.get(i + 1) == Some(&'{') => {
                out.push('{');
                i += 2;
            }
            '}' if c.get(i + 1) == Some(&'}') => {
                out.push('}');
                i += 2;
            }
            '}' => return Err(Exc::value_error("Single '}' encountered in format string")),
            '{' => {
                let end = field_end(&c, i + 1)?;
                let field: String = c[i + 1..end].iter().collect();
                out.push_str(&replace_field(vm, &field, ctx, depth)?);
                i = end + 1;
            }
            ch => {
                out.push(ch);
                i += 1;
            }
        }
    }
    Ok(out)
}

/// The index of the `}` closing the field that starts at `start`. In the
/// field name `[...]` hides braces and a `{` is an error; after `:` or
/// `!` braces nest (`{0:{1}}`).
fn field_end(c: &[char], start: usize) -> PyResult<usize> {
    let unclosed = || Exc::value_error("expected '}' before end of string");
    let mut i = start;
    while i < c.len() {
        match c[i] {
            '[' => {
                i += 1;
                while i < c.len() && c[i] != ']' {
                    i += 1;
                }
                if i == c.len() {
                    return Err(unclosed());
                }
            }
            '{' => return Err(Exc::value_error("unexpected '{' in field name")),
            '}' => return Ok(i),
            ':' | '!' => break,
            _ => {}
        }
        i += 1;
    }
    let mut depth = 1;
    while i < c.len() {
        match c[i] {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Ok(i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    if start == c.len() {
        return Err(Exc::value_error("Single '{' encountered in format string"));
    }
    Err(unclosed())
}

fn replace_field(vm: &mut Vm, field: &str, ctx: &mut Ctx, depth: u32) -> PyResult<String> {
    let (name, conversion, spec) = split_field(field)?;
    let value = lookup(vm, name, ctx)?;
    let value = match conversion {
        None => value,
        Some('r') => Value::str(vm.repr(&value)?),
        Some('s') => Value::str(vm.to_str(&value)?),
        Some('a') => Value::str(crate::builtins::functions::ascii_of(&vm.repr(&value)?)),
        Some(other) => {
            return Err(Exc::value_error(format!(
                "Unknown conversion specifier {other}"
            )));
        }
    };
    let spec = if spec.contains('{') {
        if depth == 0 {
            return Err(Exc::value_error("Max string recursion exceeded"));
        }
        render(vm, spec, ctx, depth - 1)?
    } else {
        spec.to_string()
    };
    super::format(vm, &value, &spec)
}

/// `name!c:spec` → (name, conversion, spec).
fn split_field(field: &str) -> PyResult<(&str, Option<char>, &str)> {
    let mut in_bracket = false;
    for (i, ch) in field.char_indices() {
        match ch {
            '[' => in_bracket = true,
            ']' => in_bracket = false,
            ':' if !in_bracket => return Ok((&field[..i], None, &field[i + 1..])),
            '!' if !in_bracket => {
                let rest = &field[i + 1..];
                let mut it = rest.chars();
                let conv = it.next();
                let after = it.as_str();
                let spec = match after.strip_prefix(':') {
                    Some(spec) => spec,
                    None if after.is_empty() => "",
                    None => {
                        return Err(Exc::value_error("expected ':' after conversion specifier"));
                    }
                };
                let Some(conv) = conv else {
                    return Err(Exc::value_error(
                        "end of string while looking for conversion specifier",
                    ));
                };
                return Ok((&field[..i], Some(conv), spec));
            }
            _ => {}
        }
    }
    Ok((field, None, ""))
}

/// `0.name[key]`: the argument, then attribute and item accessors.
fn lookup(vm: &mut Vm, name: &str, ctx: &mut Ctx) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let (first, mut rest) = name.split_at(first_end);
    let mut value = argument(first, ctx)?;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            if end == 0 {
                return Err(Exc::value_error("Empty attribute in format string"));
            }
            value = vm.get_attr(&value, &r[..end])?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return Err(Exc::value_error("Missing ']' in format string"));
            };
            let key = &r[..end];
            let k = match field_number(key)? {
                Some(n) => Value::Int(n as i64),
                None => Value::str(key),
            };
            value = vm.get_item(&value, &k)?;
            rest = &r[end + 1..];
        } else {
            return Err(Exc::value_error(
                "Only '.' or '[' may follow ']' in format field specifier",
            ));
        }
    }
    Ok(value)
}

fn argument(first: &str, ctx: &mut Ctx) -> PyResult<Value> {
    let index = if first.is_empty() {
        match ctx.numbering {
            Numbering::Manual => {
                return Err(Exc::value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            Numbering::Unset => 0,
            Numbering::Auto(n) => n,
        }
    } else if first.bytes().all(|b| b.is_ascii_digit()) {
        if let Numbering::Auto(_) = ctx.numbering {
            return Err(Exc::value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        ctx.numbering = Numbering::Manual;
        field_number(first)?.unwrap_or(0)
    } else {
        return ctx
            .kwargs
            .iter()
            .find(|(k, _)| &**k == first)
            .map(|(_, v)| v.clone())
            .ok_or_else(|| Exc::key_error(Value::str(first)));
    };
    if first.is_empty() {
        ctx.numbering = Numbering::Auto(index + 1);
    }
    ctx.args.get(index).cloned().ok_or_else(|| {
        Exc::new(
            ExcKind::IndexError,
            format!("Replacement index {index} out of range for positional args tuple"),
        )
    })
}

/// A field number or item index written in digits; None when `text` is not
/// all digits. cpython: unicode_format.h get_integer refuses one past
/// Py_ssize_t.
fn field_number(text: &str) -> PyResult<Option<usize>> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    match text.parse::<usize>() {
        Ok(n) if n <= isize::MAX as usize => Ok(Some(n)),
        _ => Err(Exc::too_many_decimal_digits()),
    }
}
