//! `_thread`: the primitives under `threading` (bundled in Python,
//! `src/stdlib/threading.py`): starting a green thread, locks, idents.
//! The scheduler itself is the VM's (`src/vm/threads.rs`).

use super::super::Module;
use super::super::thread_lock;
use crate::exception::{Exc, ExcKind, PyResult, class_of};
use crate::value::{Name, Value};
use crate::vm::Vm;

type Kw<'a> = &'a [(Name, Value)];

/// `_thread.TIMEOUT_MAX`, CPython's figure on 64-bit Linux.
const TIMEOUT_MAX: f64 = 9223372036.0;

pub(super) fn module(m: &Module) {
    m.def("start_new_thread", start_new_thread);
    m.def("start_new", start_new_thread);
    m.def("allocate_lock", allocate_lock);
    m.def("allocate", allocate_lock);
    m.def("get_ident", get_ident);
    m.def("get_native_id", get_ident);
    m.def("_count", count);
    m.def("_set_sentinel", set_sentinel);
    m.def("_format_exception", format_exception);
    m.def("stack_size", stack_size);
    m.set("LockType", Value::Class(thread_lock::lock_class()));
    m.set("RLock", Value::Class(thread_lock::rlock_class()));
    m.set("error", Value::Class(class_of(ExcKind::RuntimeError)));
    m.set("TIMEOUT_MAX", Value::Float(TIMEOUT_MAX));
}

/// `start_new_thread(function, args, kwargs={})`: the new thread's ident.
fn start_new_thread(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kwargs("start_new_thread", kw)?;
    crate::builtins::methods::check_positional("start_new_thread", args.len(), 2, 3)?;
    let function = args[0].clone();
    if !function.is_callable() {
        return Err(Exc::type_error("first arg must be callable"));
    }
    let Value::Tuple(t) = &args[1] else {
        return Err(Exc::type_error("2nd arg must be a tuple"));
    };
    let kwargs = match args.get(2) {
        None => Vec::new(),
        Some(Value::Dict(d)) => d
            .items()
            .into_iter()
            .map(|(k, v)| match k {
                Value::Str(s) => Ok((Name::from(s.as_str()), v)),
                _ => Err(Exc::type_error("keywords must be strings")),
            })
            .collect::<PyResult<_>>()?,
        Some(_) => return Err(Exc::type_error("optional 3rd arg must be a dictionary")),
    };
    let ident = vm.start_thread(function, t.items.to_vec(), kwargs);
    Ok(Value::Int(ident))
}

fn allocate_lock(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    none("allocate_lock", args, kw)?;
    Ok(thread_lock::new_lock())
}

fn get_ident(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    none("get_ident", args, kw)?;
    Ok(Value::Int(vm.threads.ident()))
}

/// How many threads other than main are alive.
fn count(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    none("_count", args, kw)?;
    Ok(Value::Int(vm.threads.alive() as i64 - 1))
}

/// A new lock, held, that is released when the running thread ends
/// (`Thread.join` waits on it).
fn set_sentinel(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    none("_set_sentinel", args, kw)?;
    let lock = thread_lock::new_lock();
    if let Value::Instance(i) = &lock {
        thread_lock::try_take(i, vm.threads.ident());
        vm.add_sentinel(i.clone());
    }
    Ok(lock)
}

/// `stack_size([size])`: cellar's threads share one stack; 0 as CPython
/// reports the default, and only 0 may be set.
fn stack_size(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kwargs("stack_size", kw)?;
    match args.first() {
        None | Some(Value::Int(0)) => Ok(Value::Int(0)),
        Some(_) => Err(Exc::new(
            ExcKind::ValueError,
            "cellar's green threads share one stack: its size cannot be set",
        )),
    }
}

/// `_format_exception(exc)`: the traceback text CPython prints for an
/// exception (threading's excepthook writes it after "Exception in
/// thread ...").
fn format_exception(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kwargs("_format_exception", kw)?;
    crate::builtins::methods::check_positional("_format_exception", args.len(), 1, 1)?;
    let exc = match &args[0] {
        Value::Instance(i) if i.exc.is_some() => Exc::from_instance(i.clone()),
        _ => return Err(Exc::type_error("an exception is required")),
    };
    let sources = crate::traceback::TracebackLines::of(&exc);
    let text = crate::traceback::format_exception(vm, &exc, &sources);
    Ok(Value::str(&text))
}

/// A function of no arguments.
fn none(name: &str, args: &[Value], kw: Kw) -> PyResult<()> {
    crate::builtins::no_kwargs(name, kw)?;
    crate::builtins::methods::check_positional(name, args.len(), 0, 0)
}
