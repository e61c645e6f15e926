//! Methods of int, float and generators.

use super::{Add, no_args, one_arg, wrong_self};
use crate::exception::{Exc, PyResult};
use crate::value::{Name, Value};
use crate::vm::Vm;
use crate::vm::generator::Resumed;

type Kw<'a> = &'a [(Name, Value)];

pub(super) fn register(add: Add) {
    add("int", "bit_length", bit_length);
    add("int", "bit_count", bit_count);
    add("int", "conjugate", int_self);
    add("int", "is_integer", int_is_integer);
    add("float", "is_integer", is_integer);
    add("float", "as_integer_ratio", as_integer_ratio);
    add("float", "hex", float_hex);
    add("float", "fromhex", float_fromhex);
    add("int", "as_integer_ratio", int_as_integer_ratio);
    add("float", "conjugate", float_self);
    for owner in ["generator", "coroutine"] {
        add(owner, "send", send);
        add(owner, "close", close);
        add(owner, "throw", throw);
    }
}

fn bit_length(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("int.bit_length", args, kw)?;
    let v = args
        .first()
        .ok_or_else(|| wrong_self("int", "bit_length", args))?;
    Ok(Value::Int(crate::value::int::bit_length(v) as i64))
}

fn bit_count(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("int.bit_count", args, kw)?;
    let v = args
        .first()
        .ok_or_else(|| wrong_self("int", "bit_count", args))?;
    let n = crate::value::int::to_bigint(v);
    let ones: u64 = n
        .magnitude()
        .iter_u64_digits()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::Int(ones as i64))
}

fn int_self(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("int.conjugate", args, kw)?;
    let v = args
        .first()
        .ok_or_else(|| wrong_self("int", "conjugate", args))?;
    Ok(crate::value::int::normalize(crate::value::int::to_bigint(
        v,
    )))
}

fn int_is_integer(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("int.is_integer", args, kw)?;
    Ok(Value::Bool(true))
}

fn float_of(name: &str, args: &[Value]) -> PyResult<f64> {
    match args.first() {
        Some(Value::Float(f)) => Ok(*f),
        _ => Err(wrong_self("float", name, args)),
    }
}

fn is_integer(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let f = float_of("is_integer", args)?;
    no_args("float.is_integer", args, kw)?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn as_integer_ratio(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let f = float_of("as_integer_ratio", args)?;
    no_args("float.as_integer_ratio", args, kw)?;
    crate::value::float::as_integer_ratio(f)
}

/// `x.hex()`
fn float_hex(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let f = float_of("hex", args)?;
    no_args("float.hex", args, kw)?;
    Ok(Value::str(crate::value::float_hex::to_hex(f)))
}

/// `float.fromhex(s)`, also through an instance.
fn float_fromhex(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    super::super::no_kwargs("fromhex", kw)?;
    let s = match args {
        [Value::Float(_), s] | [s] => s,
        _ => {
            return Err(Exc::type_error(format!(
                "float.fromhex() takes exactly one argument ({} given)",
                args.len()
            )));
        }
    };
    let Value::Str(s) = s else {
        return Err(Exc::type_error(format!(
            "fromhex() argument must be str, not {}",
            s.type_name()
        )));
    };
    crate::value::float_hex::from_hex(s.as_str()).map(Value::Float)
}

/// `n.as_integer_ratio()`: `(n, 1)`.
fn int_as_integer_ratio(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("int.as_integer_ratio", args, kw)?;
    let n = match args.first() {
        Some(Value::Bool(b)) => Value::Int(*b as i64),
        Some(v) if crate::value::int::is_int(v) => v.clone(),
        _ => return Err(wrong_self("int", "as_integer_ratio", args)),
    };
    Ok(Value::tuple(vec![n, Value::Int(1)]))
}

fn float_self(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let f = float_of("conjugate", args)?;
    no_args("float.conjugate", args, kw)?;
    Ok(Value::Float(f))
}

/// `gen.send(value)`: resumes with `value`; StopIteration when it returns.
fn send(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = one_arg("generator.send", args, kw)?.clone();
    let Some(Value::Generator(g)) = args.first() else {
        return Err(wrong_self("generator", "send", args));
    };
    match vm.resume(g, v)? {
        Resumed::Yielded(x) => Ok(x),
        Resumed::Returned(r) => Err(Exc::stop_iteration((!r.is_none()).then_some(r))),
    }
}

/// `gen.close()`: GeneratorExit is thrown in, so its `finally` blocks run.
fn close(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("generator.close", args, kw)?;
    let Some(Value::Generator(g)) = args.first() else {
        return Err(wrong_self("generator", "close", args));
    };
    vm.close_generator(g)?;
    Ok(Value::None)
}

/// `gen.throw(exc)` / `gen.throw(Type[, value])`: raises inside the generator.
fn throw(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [Value::Generator(g), typ, rest @ ..] = args else {
        return Err(wrong_self("generator", "throw", args));
    };
    let exc = exc_from_throw_args(vm, typ, rest)?;
    match vm.throw(g, exc)? {
        Resumed::Yielded(x) => Ok(x),
        Resumed::Returned(r) => Err(Exc::stop_iteration((!r.is_none()).then_some(r))),
    }
}

/// The exception `throw(typ[, value])` raises (cpython: _gen_throw).
pub(super) fn exc_from_throw_args(vm: &mut Vm, typ: &Value, rest: &[Value]) -> PyResult<Exc> {
    Ok(match typ {
        Value::Instance(i) if i.exc.is_some() => Exc::from_instance(i.clone()),
        // cpython: _gen_throw — a value that is already an instance is raised as is
        Value::Class(c) if c.is_exception() => match rest.first() {
            Some(Value::Instance(i)) if i.exc.is_some() && i.class.is_subclass(c) => {
                Exc::from_instance(i.clone())
            }
            value => {
                let args = match value {
                    None | Some(Value::None) => Vec::new(),
                    Some(Value::Tuple(t)) => t.items.to_vec(),
                    Some(v) => vec![v.clone()],
                };
                match vm.instantiate(c.clone(), args, vec![])? {
                    Value::Instance(i) => Exc::from_instance(i),
                    _ => return Err(Exc::type_error("exceptions must derive from BaseException")),
                }
            }
        },
        _ => {
            return Err(Exc::type_error(
                "exceptions must be classes or instances deriving from BaseException, not "
                    .to_string()
                    + &typ.type_name(),
            ));
        }
    })
}
