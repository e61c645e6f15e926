//! Methods of async generators (`__aiter__`, `__anext__`, `asend`,
//! `athrow`, `aclose`) and of the awaitables they return
//! (`async_generator_asend` / `async_generator_athrow`: `send`, `throw`,
//! `close`, `__next__`, `__await__`, `__iter__`).

use super::misc::exc_from_throw_args;
use super::{Add, no_args, one_arg, wrong_self};
use crate::exception::{Exc, PyResult};
use crate::value::{Generator, Name, Value};
use crate::vm::Vm;
use crate::vm::asyncgen::{OpKind, close_op, new_op};
use crate::vm::generator::Resumed;
use crate::vm::iter::IterState;
use std::cell::RefCell;
use std::rc::Rc;

type Kw<'a> = &'a [(Name, Value)];

pub(super) fn register(add: Add) {
    add("async_generator", "__aiter__", aiter);
    add("async_generator", "__anext__", anext);
    add("async_generator", "asend", asend);
    add("async_generator", "athrow", athrow);
    add("async_generator", "aclose", aclose);
    for owner in ["async_generator_asend", "async_generator_athrow"] {
        add(owner, "send", op_send);
        add(owner, "throw", op_throw);
        add(owner, "close", op_close);
        add(owner, "__next__", op_next);
        add(owner, "__await__", op_self);
        add(owner, "__iter__", op_self);
    }
}

fn agen<'a>(name: &str, args: &'a [Value]) -> PyResult<&'a Rc<Generator>> {
    match args.first() {
        Some(Value::Generator(g)) if g.code.is_async_generator() => Ok(g),
        _ => Err(wrong_self("async_generator", name, args)),
    }
}

/// The generator of an `__anext__`/`asend`/`athrow`/`aclose` call, its
/// hooks taken.
fn hooked<'a>(vm: &mut Vm, name: &str, args: &'a [Value]) -> PyResult<&'a Rc<Generator>> {
    let g = agen(name, args)?;
    vm.init_asyncgen_hooks(g)?;
    Ok(g)
}

/// `agen.__aiter__()`: the generator itself.
fn aiter(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("async_generator.__aiter__", args, kw)?;
    agen("__aiter__", args).map(|g| Value::Generator(g.clone()))
}

/// `agen.__anext__()`: an awaitable of the next value.
fn anext(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("async_generator.__anext__", args, kw)?;
    Ok(new_op(
        hooked(vm, "__anext__", args)?,
        OpKind::Asend(Value::None),
    ))
}

/// `agen.asend(value)`: an awaitable that sends `value` in.
fn asend(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = one_arg("async_generator.asend", args, kw)?.clone();
    Ok(new_op(hooked(vm, "asend", args)?, OpKind::Asend(v)))
}

/// `agen.athrow(typ[, value])`: an awaitable that raises inside.
fn athrow(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let g = hooked(vm, "athrow", args)?;
    let Some(typ) = args.get(1) else {
        return Err(Exc::type_error(
            "athrow expected at least 1 argument, got 0",
        ));
    };
    let exc = exc_from_throw_args(vm, typ, &args[2..])?;
    Ok(new_op(g, OpKind::Athrow(Some(exc))))
}

/// `agen.aclose()`: an awaitable that throws GeneratorExit in.
fn aclose(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("async_generator.aclose", args, kw)?;
    Ok(new_op(hooked(vm, "aclose", args)?, OpKind::Athrow(None)))
}

fn op<'a>(name: &str, args: &'a [Value]) -> PyResult<&'a Rc<RefCell<IterState>>> {
    match args.first() {
        Some(Value::Iterator(it)) if crate::vm::asyncgen::is_async_op(it) => Ok(it),
        _ => Err(wrong_self("async_generator_asend", name, args)),
    }
}

/// A step's outcome as a method returns it: the value to pass on, or
/// StopIteration carrying the await's result.
fn step_result(r: Resumed) -> PyResult<Value> {
    match r {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(v) => Err(Exc::stop_iteration((!v.is_none()).then_some(v))),
    }
}

fn op_send(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = one_arg("send", args, kw)?.clone();
    let it = op("send", args)?.clone();
    step_result(vm.async_op_send(&it, v)?)
}

fn op_next(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("__next__", args, kw)?;
    let it = op("__next__", args)?.clone();
    step_result(vm.async_op_send(&it, Value::None)?)
}

fn op_throw(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let it = op("throw", args)?.clone();
    let Some(typ) = args.get(1) else {
        return Err(Exc::type_error("throw expected at least 1 argument, got 0"));
    };
    let exc = exc_from_throw_args(vm, typ, &args[2..])?;
    step_result(vm.async_op_throw(&it, exc)?)
}

fn op_close(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("close", args, kw)?;
    close_op(op("close", args)?);
    Ok(Value::None)
}

fn op_self(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("__await__", args, kw)?;
    Ok(Value::Iterator(op("__await__", args)?.clone()))
}
