//! Numeric builtins: `hex`, `oct`, `bin`, `round`, `divmod`, `pow`.

use super::{Args, Kw};
use crate::builtins::{exactly_one, kwarg, no_kwargs};
use crate::exception::{Exc, PyResult};
use crate::value::Value;
use crate::vm::Vm;

pub(super) fn hex(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    radix(vm, "hex", args, kw, 16, "0x")
}

pub(super) fn oct(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    radix(vm, "oct", args, kw, 8, "0o")
}

pub(super) fn bin(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    radix(vm, "bin", args, kw, 2, "0b")
}

/// `hex`/`oct`/`bin`: CPython's prefixed digits of an int.
pub(super) fn radix(
    vm: &mut Vm,
    name: &str,
    args: Args,
    kw: Kw,
    base: u32,
    prefix: &str,
) -> PyResult<Value> {
    let v = crate::vm::as_int(exactly_one(name, args, kw)?);
    if let Some(n) = vm.index_value(v)? {
        return Ok(Value::str(crate::value::int::radix_repr(&n, base, prefix)));
    }
    if crate::value::int::is_int(v) {
        return Ok(Value::str(crate::value::int::radix_repr(v, base, prefix)));
    }
    Err(Exc::type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        v.type_name()
    )))
}

pub(super) fn round(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    if args.len() + kw.len() > 2 {
        return Err(Exc::type_error(format!(
            "round() takes at most 2 arguments ({} given)",
            args.len() + kw.len()
        )));
    }
    let Some(number) = args.first().or_else(|| kwarg(kw, "number")) else {
        return Err(Exc::type_error(
            "round() missing required argument 'number' (pos 1)",
        ));
    };
    let is_number = crate::value::int::is_int(number) || matches!(number, Value::Float(_));
    if !is_number && !matches!(number, Value::Instance(_)) {
        return Err(Exc::type_error(format!(
            "type {} doesn't define __round__ method",
            number.type_name()
        )));
    }
    let ndigits = args
        .get(1)
        .or_else(|| kwarg(kw, "ndigits"))
        .filter(|v| !v.is_none())
        .cloned();
    if let Value::Instance(i) = number {
        return match i.class.lookup("__round__") {
            Some(m) => {
                let mut call = vec![number.clone()];
                call.extend(ndigits);
                vm.call(&m, call)
            }
            None => match crate::vm::number_payload(number) {
                Some(p) => crate::value::float::round(vm, p, ndigits),
                None => Err(Exc::type_error(format!(
                    "type {} doesn't define __round__ method",
                    number.type_name()
                ))),
            },
        };
    }
    crate::value::float::round(vm, number, ndigits)
}

pub(super) fn divmod(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    no_kwargs("divmod", kw)?;
    let [a, b] = args else {
        return Err(Exc::type_error(format!(
            "divmod expected 2 arguments, got {}",
            args.len()
        )));
    };
    let is_num = |v: &Value| crate::value::int::is_int(v) || matches!(v, Value::Float(_));
    if is_num(a) && is_num(b) && matches!((a, b), (Value::Float(_), _) | (_, Value::Float(_))) {
        let (x, y) = (
            crate::value::float::int_to_float(a)?,
            crate::value::float::int_to_float(b)?,
        );
        if y == 0.0 {
            return Err(Exc::zero_division("float divmod()"));
        }
        let (q, r) = crate::value::float::divmod(x, y);
        return Ok(Value::tuple(vec![Value::Float(q), Value::Float(r)]));
    }
    let instance = matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_));
    if !(instance || is_num(a) && is_num(b)) {
        return Err(Exc::unsupported_operands(
            "divmod()",
            &a.type_name(),
            &b.type_name(),
        ));
    }
    let q = vm.binop(crate::ast::BinOp::FloorDiv, a, b)?;
    let r = vm.binop(crate::ast::BinOp::Mod, a, b)?;
    Ok(Value::tuple(vec![q, r]))
}

/// `pow(base, exp[, mod])`.
pub(super) fn pow(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let mut all: Vec<Value> = args.to_vec();
    for (i, name) in ["base", "exp", "mod"].iter().enumerate() {
        if let Some(v) = kwarg(kw, name)
            && all.len() == i
        {
            all.push(v.clone());
        }
    }
    match &all[..] {
        [a, b] | [a, b, Value::None] => vm.binop(crate::ast::BinOp::Pow, a, b),
        [a, b, m] => {
            use crate::value::int::{is_int, mod_pow, to_bigint};
            // cpython: float's nb_power refuses any third argument, and it
            // is tried whenever one operand is a float.
            let any_float = [a, b, m].iter().any(|v| matches!(v, Value::Float(_)));
            let complex = |v: &Value| matches!(v, Value::Complex(_));
            let number = |v: &Value| is_int(v) || matches!(v, Value::Float(_) | Value::Complex(_));
            if (complex(a) || complex(b)) && number(a) && number(b) {
                return Err(Exc::value_error("complex modulo"));
            }
            if !(any_float || is_int(a) && is_int(b) && is_int(m)) {
                return Err(Exc::type_error(format!(
                    "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                    a.type_name(),
                    b.type_name(),
                    m.type_name()
                )));
            }
            if !(is_int(a) && is_int(b) && is_int(m)) {
                return Err(Exc::type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            }
            mod_pow(&to_bigint(a), &to_bigint(b), &to_bigint(m))
        }
        _ => Err(Exc::type_error(format!(
            "pow() missing required argument '{}' (pos {})",
            if all.is_empty() { "base" } else { "exp" },
            all.len() + 1
        ))),
    }
}
