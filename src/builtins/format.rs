//! Formatting values: `format(v, spec)` with the format-spec mini-language
//! (f-strings, `str.format`) and printf-style `%` formatting.

use crate::exception::{Exc, PyResult};
use crate::value::Value;
use crate::vm::Vm;

/// `format(v, spec)`.
pub fn format(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return vm.to_str(v);
    }
    Err(Exc::value_error(format!(
        "cellar cannot apply the format spec '{spec}' yet"
    )))
}

/// `fmt % args` for `%s`, `%r`, `%d` and `%%`.
pub fn percent(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<String> {
    let items: Vec<Value> = match args {
        Value::Tuple(t) => t.items.to_vec(),
        other => vec![other.clone()],
    };
    let mut it = items.into_iter();
    let mut out = String::new();
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('%') => out.push('%'),
            Some(conv @ ('s' | 'r' | 'd')) => {
                let v = it
                    .next()
                    .ok_or_else(|| Exc::type_error("not enough arguments for format string"))?;
                out.push_str(&match conv {
                    's' => vm.to_str(&v)?,
                    'r' => vm.repr(&v)?,
                    _ => vm.repr(&v)?,
                });
            }
            _ => return Err(Exc::value_error("unsupported format character")),
        }
    }
    if it.next().is_some() {
        return Err(Exc::type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(out)
}
