//! `throw()` and `close()` of a generator or coroutine suspended in a
//! `yield from` or `await`: the exception goes first to what it delegates
//! to, as CPython's gen_throw does.
//!
//! ```text
//!     outer: ... SEND exit; YIELD_VALUE; RESUME 2|3; JUMP_BACKWARD_NO_INTERRUPT; exit:
//!                                        ^ ip        the delegate is on top of its stack
//!     delegate yields again   -> outer yields that value, still suspended
//!     delegate returns / fails -> delegate popped, outer goes on at `exit`
//! ```

use super::Vm;
use super::generator::Resumed;
use crate::code::Instr;
use crate::exception::{Exc, ExcKind, PyResult};
use crate::value::{Generator, Value};
use std::rc::Rc;

/// What a suspended generator delegates to: the top of its stack when it
/// is suspended at `RESUME 2` or `RESUME 3` (cpython: _PyGen_yf).
pub(super) fn delegate_of(g: &Generator) -> Option<Value> {
    let st = g.state.borrow();
    if st.running || !st.started {
        return None;
    }
    let saved = st.saved.as_ref()?;
    match saved.frame.code.instrs.get(saved.frame.ip) {
        Some(Instr::Resume(n)) if *n >= 2 => saved.slots.last().cloned(),
        _ => None,
    }
}

impl Vm {
    /// Throws `exc` into `g` through its delegate `sub`.
    pub(super) fn throw_through(
        &mut self,
        g: &Rc<Generator>,
        sub: Value,
        exc: Exc,
    ) -> PyResult<Resumed> {
        if exc.is(ExcKind::GeneratorExit) {
            // cpython: gen_close_iter first, then GeneratorExit here
            let closed = self.while_running(g, |vm| vm.close_iter(&sub));
            return match closed {
                Ok(()) => self.resume_with(g, Err(exc)),
                Err(e) => self.resume_with(g, Err(e)),
            };
        }
        let Some(result) = self.while_running(g, |vm| vm.throw_into(&sub, exc.clone())) else {
            return self.resume_with(g, Err(exc));
        };
        match result {
            Ok(Resumed::Yielded(v)) => Ok(Resumed::Yielded(v)),
            Ok(Resumed::Returned(v)) => {
                leave_send_loop(g);
                self.resume_with(g, Ok(v))
            }
            Err(e) => {
                leave_send_loop(g);
                self.resume_with(g, Err(e))
            }
        }
    }

    /// Runs `f` with `g` marked running (so it cannot be re-entered).
    fn while_running<T>(&mut self, g: &Generator, f: impl FnOnce(&mut Vm) -> T) -> T {
        g.state.borrow_mut().running = true;
        let out = f(self);
        g.state.borrow_mut().running = false;
        out
    }

    /// SEND to a sub-iterator that is not a generator: `next(sub)` for
    /// None, `sub.send(v)` otherwise (a list iterator has no `send`: the
    /// AttributeError is CPython's). A StopIteration it raises finishes
    /// the `yield from` with its value (cpython: gen_send_ex / _PyGen_FetchStopIterationValue).
    pub(super) fn send_to_iterator(&mut self, sub: &Value, v: Value) -> PyResult<Resumed> {
        let sent = if !v.is_none() {
            let send = self.get_attr(sub, "send")?;
            self.call(&send, vec![v])
        } else if let Value::Instance(inst) = sub
            && let Some(next) = inst.class.lookup("__next__")
        {
            self.call(&next, vec![sub.clone()])
        } else {
            match self.next(sub) {
                Ok(Some(x)) => Ok(x),
                Ok(None) => return Ok(Resumed::Returned(Value::None)),
                Err(e) => Err(e),
            }
        };
        match sent {
            Ok(x) => Ok(Resumed::Yielded(x)),
            Err(e) if e.is(ExcKind::StopIteration) => Ok(Resumed::Returned(e.stop_value())),
            Err(e) => Err(e),
        }
    }

    /// `sub.throw(exc)`; None when `sub` has no `throw` method.
    fn throw_into(&mut self, sub: &Value, exc: Exc) -> Option<PyResult<Resumed>> {
        match sub {
            Value::Generator(s) => Some(self.throw(s, exc)),
            Value::Iterator(it) if super::asyncgen::is_async_op(it) => {
                Some(self.async_op_throw(it, exc))
            }
            other => {
                let method = self.get_attr(other, "throw").ok()?;
                Some(match self.call(&method, vec![exc.to_value()]) {
                    Ok(v) => Ok(Resumed::Yielded(v)),
                    Err(e) if e.is(ExcKind::StopIteration) => Ok(Resumed::Returned(e.stop_value())),
                    Err(e) => Err(e),
                })
            }
        }
    }

    /// `sub.close()`, where `sub` has one (cpython: gen_close_iter).
    fn close_iter(&mut self, sub: &Value) -> PyResult<()> {
        match sub {
            Value::Generator(s) => self.close_generator(s),
            Value::Iterator(it) if super::asyncgen::is_async_op(it) => {
                super::asyncgen::close_op(it);
                Ok(())
            }
            other => match self.get_attr(other, "close") {
                Ok(method) => self.call(&method, Vec::new()).map(|_| ()),
                Err(_) => Ok(()),
            },
        }
    }
}

/// The delegate finished: pop it and go on after the send loop, where
/// SEND would have jumped.
fn leave_send_loop(g: &Generator) {
    let mut st = g.state.borrow_mut();
    let Some(saved) = st.saved.as_mut() else {
        return;
    };
    let ip = saved.frame.ip;
    if let Some(Instr::Send(exit)) = ip
        .checked_sub(2)
        .and_then(|i| saved.frame.code.instrs.get(i))
    {
        saved.slots.pop();
        saved.frame.ip = *exit as usize;
    }
}
