//! `_thread.lock` and `_thread.RLock`: the locks of cellar's green threads
//! (`src/vm/threads.rs`). A lock keeps its state in its instance dict
//! (`_locked`; an RLock's `_owner` and `_count`); a held lock's `acquire`
//! blocks the calling thread through `Vm::block`.

use super::methods::native::{native_class, new_instance, seal, this_of};
use crate::exception::{Exc, PyResult};
use crate::value::{Class, Instance, Name, Value};
use crate::vm::Vm;
use crate::vm::threads::Wait;
use std::rc::Rc;
use std::time::{Duration, Instant};

type Kw<'a> = &'a [(Name, Value)];

thread_local! {
    static LOCK: Rc<Class> = seal(&native_class(
        "lock",
        "_thread",
        &[
            ("acquire", acquire),
            ("acquire_lock", acquire),
            ("__enter__", enter),
            ("release", release),
            ("release_lock", release),
            ("__exit__", exit),
            ("locked", locked),
            ("locked_lock", locked),
            ("__repr__", repr),
        ],
    ));
    static RLOCK: Rc<Class> = seal(&native_class(
        "RLock",
        "_thread",
        &[
            ("acquire", acquire),
            ("__enter__", enter),
            ("release", release),
            ("__exit__", exit),
            ("_is_owned", is_owned),
            ("__repr__", repr),
        ],
    ));
}

/// The `_thread.lock` class (`LockType`).
pub fn lock_class() -> Rc<Class> {
    LOCK.with(|c| c.clone())
}

/// The `_thread.RLock` class.
pub fn rlock_class() -> Rc<Class> {
    RLOCK.with(|c| c.clone())
}

/// A new unlocked `_thread.lock` (`allocate_lock`).
pub fn new_lock() -> Value {
    new_instance(&lock_class(), &[("_locked", Value::Bool(false))])
}

/// A new `_thread.RLock`.
pub fn new_rlock() -> Value {
    new_instance(
        &rlock_class(),
        &[("_owner", Value::None), ("_count", Value::Int(0))],
    )
}

fn is_rlock(lock: &Instance) -> bool {
    RLOCK.with(|c| Rc::ptr_eq(c, &lock.class))
}

fn int_attr(lock: &Instance, name: &str) -> Option<i64> {
    match lock.dict.get_str(name) {
        Some(Value::Int(i)) => Some(i),
        _ => None,
    }
}

/// Could thread `me` take `lock` now?
pub fn could_take(lock: &Instance, me: i64) -> bool {
    if is_rlock(lock) {
        return int_attr(lock, "_owner").is_none_or(|o| o == me);
    }
    !matches!(lock.dict.get_str("_locked"), Some(Value::Bool(true)))
}

/// Takes `lock` for thread `me` if it can; true if it did.
pub fn try_take(lock: &Instance, me: i64) -> bool {
    if !could_take(lock, me) {
        return false;
    }
    if is_rlock(lock) {
        let count = int_attr(lock, "_count").unwrap_or(0);
        lock.dict.set_str("_owner", Value::Int(me));
        lock.dict.set_str("_count", Value::Int(count + 1));
    } else {
        lock.dict.set_str("_locked", Value::Bool(true));
    }
    true
}

/// Unlocks a `_thread.lock` whoever holds it (a thread's sentinel).
pub fn release_raw(lock: &Instance) {
    lock.dict.set_str("_locked", Value::Bool(false));
}

fn this(args: &[Value]) -> PyResult<Rc<Instance>> {
    let lock = this_of(args, &lock_class()).or_else(|| this_of(args, &rlock_class()));
    lock.cloned()
        .ok_or_else(|| Exc::type_error("descriptor requires a '_thread.lock' object"))
}

/// `acquire(blocking=True, timeout=-1)`.
fn acquire(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let lock = this(args)?;
    let (blocking, timeout) = acquire_args(vm, &args[1..], kw)?;
    let me = vm.threads.ident();
    if try_take(&lock, me) {
        return Ok(Value::Bool(true));
    }
    if !blocking {
        return Ok(Value::Bool(false));
    }
    let deadline = timeout.map(|t| Instant::now() + Duration::from_secs_f64(t));
    vm.block(Wait::Lock(lock, deadline))
}

/// `with lock:` takes it, waiting as long as it must.
fn enter(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    acquire(vm, &args[..1.min(args.len())], &[])
}

/// `blocking` and `timeout` (None for no timeout), checked as CPython does.
fn acquire_args(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<(bool, Option<f64>)> {
    super::methods::check_positional("acquire", args.len(), 0, 2)?;
    let mut blocking = args.first().cloned();
    let mut timeout = args.get(1).cloned();
    for (k, v) in kw {
        match k.as_ref() {
            "blocking" => blocking = Some(v.clone()),
            "timeout" => timeout = Some(v.clone()),
            other => {
                return Err(Exc::type_error(format!(
                    "'{other}' is an invalid keyword argument for acquire()"
                )));
            }
        }
    }
    let blocking = match blocking {
        Some(b) => vm.is_true(&b)?,
        None => true,
    };
    let timeout = match timeout {
        None => -1.0,
        Some(v) => super::modules::time::seconds(&v)?,
    };
    if !blocking && timeout != -1.0 {
        return Err(Exc::value_error(
            "can't specify a timeout for a non-blocking call",
        ));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(Exc::value_error("timeout value must be positive"));
    }
    Ok((blocking, (timeout >= 0.0).then_some(timeout)))
}

fn release(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let lock = this(args)?;
    if is_rlock(&lock) {
        if int_attr(&lock, "_owner") != Some(vm.threads.ident()) {
            return Err(Exc::runtime_error("cannot release un-acquired lock"));
        }
        let count = int_attr(&lock, "_count").unwrap_or(1) - 1;
        lock.dict.set_str("_count", Value::Int(count));
        if count == 0 {
            lock.dict.set_str("_owner", Value::None);
        }
        return Ok(Value::None);
    }
    if !could_take(&lock, 0) {
        release_raw(&lock);
        return Ok(Value::None);
    }
    Err(Exc::runtime_error("release unlocked lock"))
}

fn exit(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    release(vm, &args[..1.min(args.len())], &[])
}

fn locked(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let lock = this(args)?;
    Ok(Value::Bool(!could_take(&lock, 0)))
}

fn is_owned(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let lock = this(args)?;
    Ok(Value::Bool(
        int_attr(&lock, "_owner") == Some(vm.threads.ident()),
    ))
}

/// `<unlocked _thread.lock object at 0x...>`, and an RLock's owner and
/// count: `<locked _thread.RLock object owner=140... count=1 at 0x...>`.
fn repr(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let lock = this(args)?;
    let addr = args[0].address();
    let text = if is_rlock(&lock) {
        let owner = int_attr(&lock, "_owner");
        let state = if owner.is_some() {
            "locked"
        } else {
            "unlocked"
        };
        format!(
            "<{state} _thread.RLock object owner={} count={} at {addr:#x}>",
            owner.unwrap_or(0),
            int_attr(&lock, "_count").unwrap_or(0)
        )
    } else {
        let state = if could_take(&lock, 0) {
            "unlocked"
        } else {
            "locked"
        };
        format!("<{state} _thread.lock object at {addr:#x}>")
    };
    Ok(Value::str(&text))
}
