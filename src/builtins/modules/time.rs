//! `time`: wall clock, monotonic clocks, and an interruptible `sleep`.

use super::super::{Module, exactly_one};
use crate::exception::{Exc, PyResult};
use crate::value::{Name, Value};
use crate::vm::Vm;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

type Kw<'a> = &'a [(Name, Value)];

pub(super) fn module(m: &Module) {
    m.def("time", time);
    m.def("time_ns", time_ns);
    m.def("perf_counter", perf_counter);
    m.def("perf_counter_ns", perf_counter_ns);
    m.def("monotonic", perf_counter);
    m.def("monotonic_ns", perf_counter_ns);
    m.def("sleep", sleep);
}

thread_local! {
    static START: Instant = Instant::now();
}

fn since_epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn no_args(name: &str, args: &[Value], kw: Kw) -> PyResult<()> {
    super::super::no_kwargs(name, kw)?;
    if args.is_empty() {
        Ok(())
    } else {
        Err(Exc::type_error(format!(
            "time.{name}() takes no arguments ({} given)",
            args.len()
        )))
    }
}

fn time(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("time", args, kw)?;
    Ok(Value::Float(since_epoch().as_secs_f64()))
}

fn time_ns(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("time_ns", args, kw)?;
    Ok(Value::Int(since_epoch().as_nanos() as i64))
}

/// Time since the first clock read: `perf_counter`, `monotonic`, and
/// asyncio's loop clock.
pub(crate) fn elapsed() -> Duration {
    START.with(|s| s.elapsed())
}

fn perf_counter(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("perf_counter", args, kw)?;
    Ok(Value::Float(elapsed().as_secs_f64()))
}

fn perf_counter_ns(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("perf_counter_ns", args, kw)?;
    Ok(Value::Int(elapsed().as_nanos() as i64))
}

/// A time in seconds given as an int or a float (`sleep`, a lock's
/// `timeout`), with CPython's TypeError for anything else.
pub(crate) fn seconds(v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        v if crate::value::int::is_int(v) => crate::value::float::int_to_float(v),
        other => Err(Exc::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

/// `time.sleep(secs)`: sleeps in 20 ms slices, polling Ctrl-C between them.
fn sleep(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let secs = seconds(exactly_one("sleep", args, kw)?)?;
    if secs.is_nan() {
        return Err(Exc::value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(Exc::value_error("sleep length must be non-negative"));
    }
    if secs > 1e9 {
        return Err(Exc::overflow_error(
            "timestamp too large to convert to C _PyTime_t",
        ));
    }
    vm.flush_out();
    let end = Instant::now() + Duration::from_secs_f64(secs);
    if vm.threads.on {
        // the other threads run meanwhile
        return vm.block(crate::vm::threads::Wait::Until(end));
    }
    sleep_until(vm, end)
}

/// Sleeps until `end` in 20 ms slices, polling Ctrl-C between them.
pub(crate) fn sleep_until(vm: &mut Vm, end: Instant) -> PyResult<Value> {
    loop {
        vm.check_interrupt()?;
        let now = Instant::now();
        if now >= end {
            return Ok(Value::None);
        }
        std::thread::sleep((end - now).min(Duration::from_millis(20)));
    }
}
