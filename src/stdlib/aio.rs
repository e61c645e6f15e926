//! The native part of the bundled `asyncio`: the loop's clock, a sleep
//! until a deadline that Ctrl-C interrupts, and where a coroutine stands
//! (for a Task's repr). Everything else is Python in `asyncio.py`.

use crate::builtins::modules::time::{elapsed, sleep_until};
use crate::exception::{Exc, PyResult};
use crate::value::{Name, Value};
use crate::vm::Vm;
use std::time::{Duration, Instant};

type Kw<'a> = &'a [(Name, Value)];

/// `_monotonic()`: seconds on the loop's clock (`time.monotonic()`'s).
pub(super) fn monotonic(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Float(elapsed().as_secs_f64()))
}

/// `_sleep_until(deadline)`: sleeps until the loop's clock reads
/// `deadline`, in slices that poll Ctrl-C.
pub(super) fn sleep_until_deadline(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [Value::Float(deadline)] = args else {
        return Err(Exc::type_error("_sleep_until(deadline: float)"));
    };
    let left = (deadline - elapsed().as_secs_f64()).clamp(0.0, 1e9);
    vm.flush_out();
    sleep_until(vm, Instant::now() + Duration::from_secs_f64(left))
}

/// `_set_asyncgen_hooks(firstiter, finalizer)` (`sys.set_asyncgen_hooks`):
/// what async generators call when first iterated, and what those call
/// when they die unclosed (None: nothing; they close as generators do).
pub(super) fn set_asyncgen_hooks(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [firstiter, finalizer] = args else {
        return Err(Exc::type_error("_set_asyncgen_hooks(firstiter, finalizer)"));
    };
    let hook = |v: &Value| (!v.is_none()).then(|| v.clone());
    vm.asyncgen_firstiter = hook(firstiter);
    vm.asyncgen_finalizer = hook(finalizer);
    Ok(Value::None)
}

/// `_coro_where(coro)`: `(filename, line, suspended)`: the line a
/// suspended coroutine stands at, or its `def` line once it finished.
pub(super) fn coro_where(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [Value::Generator(g)] = args else {
        return Err(Exc::type_error("_coro_where(coroutine)"));
    };
    let st = g.state.borrow();
    let (line, live) = match &st.saved {
        Some(saved) if st.started => (saved.frame.line(), true),
        _ if st.running => (running_line(vm, &g.code), true),
        Some(_) => (g.code.firstlineno, true),
        None => (g.code.firstlineno, false),
    };
    let file = Value::str(g.code.filename.to_string());
    Ok(Value::tuple(vec![
        file,
        Value::Int(line as i64),
        Value::Bool(live),
    ]))
}

/// The line of the running frame of `code` (the topmost one).
fn running_line(vm: &Vm, code: &std::rc::Rc<crate::code::Code>) -> u32 {
    let frame = vm
        .frames
        .iter()
        .rev()
        .find(|f| std::rc::Rc::ptr_eq(&f.code, code));
    frame.map_or(code.firstlineno, |f| f.line())
}
