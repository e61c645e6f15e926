//! Async generators (PEP 525): an `async def` with `yield` makes a
//! generator object whose code has CO_ASYNC_GENERATOR. Its consumer drives
//! it through awaitables: `__anext__()`/`asend(v)` and `athrow(e)`/`aclose()`.
//!
//! ```text
//!   await agen.__anext__()  ─SEND─▶ asend ─resume─▶ agen frame
//!        yield v   (ASYNC_GEN_WRAP; YIELD_VALUE)  ─▶ the await finishes with v
//!        await fut (YIELD_VALUE of its send loop) ─▶ fut passes through to the loop
//!        return                                    ─▶ StopAsyncIteration
//! ```
//! cpython: genobject.c async_gen_asend_send, async_gen_athrow_send.

use super::Vm;
use super::generator::Resumed;
use super::iter::{IterState, iterator};
use crate::exception::{Exc, ExcKind, PyResult};
use crate::value::{Generator, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// An `async_generator_asend` or `async_generator_athrow` awaitable.
pub struct AsyncOp {
    pub generator: Rc<Generator>,
    pub kind: OpKind,
    pub state: OpState,
}

pub enum OpKind {
    /// `__anext__()` / `asend(value)`.
    Asend(Value),
    /// `athrow(exc)`; `aclose()` when None.
    Athrow(Option<Exc>),
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum OpState {
    Init,
    Iter,
    Closed,
}

impl AsyncOp {
    pub fn type_name(&self) -> &'static str {
        match self.kind {
            OpKind::Asend(_) => "async_generator_asend",
            OpKind::Athrow(_) => "async_generator_athrow",
        }
    }

    fn is_aclose(&self) -> bool {
        matches!(self.kind, OpKind::Athrow(None))
    }
}

/// A new awaitable of `kind` over `generator`.
pub fn new_op(generator: &Rc<Generator>, kind: OpKind) -> Value {
    iterator(IterState::AsyncOp(Box::new(AsyncOp {
        generator: generator.clone(),
        kind,
        state: OpState::Init,
    })))
}

pub fn is_async_op(it: &RefCell<IterState>) -> bool {
    matches!(&*it.borrow(), IterState::AsyncOp(_))
}

/// `op.close()`: it can no longer be awaited.
pub fn close_op(it: &RefCell<IterState>) {
    if let IterState::AsyncOp(op) = &mut *it.borrow_mut() {
        op.state = OpState::Closed;
    }
}

/// What an awaitable needs to take one step, read without holding its borrow.
struct Snapshot {
    generator: Rc<Generator>,
    state: OpState,
    aclose: bool,
    sendval: Value,
    exc: Option<Exc>,
}

fn snapshot(it: &RefCell<IterState>) -> Option<Snapshot> {
    let IterState::AsyncOp(op) = &*it.borrow() else {
        return None;
    };
    let (sendval, exc) = match &op.kind {
        OpKind::Asend(v) => (v.clone(), None),
        OpKind::Athrow(e) => (Value::None, e.clone()),
    };
    Some(Snapshot {
        generator: op.generator.clone(),
        state: op.state,
        aclose: op.is_aclose(),
        sendval,
        exc,
    })
}

fn set_state(it: &RefCell<IterState>, state: OpState) {
    if let IterState::AsyncOp(op) = &mut *it.borrow_mut() {
        op.state = state;
    }
}

fn reuse_error(s: &Snapshot) -> Exc {
    Exc::runtime_error(match s.exc.is_some() || s.aclose {
        true => "cannot reuse already awaited aclose()/athrow()",
        false => "cannot reuse already awaited __anext__()/asend()",
    })
}

fn is_asend(it: &RefCell<IterState>) -> bool {
    matches!(&*it.borrow(), IterState::AsyncOp(op) if matches!(op.kind, OpKind::Asend(_)))
}

impl Vm {
    /// The first `__anext__`/`asend`/`athrow`/`aclose` of `g` takes the
    /// finalizer hook of that moment (cpython: async_gen_init_hooks).
    pub(crate) fn init_asyncgen_hooks(&mut self, g: &Rc<Generator>) -> PyResult<()> {
        {
            let mut st = g.state.borrow_mut();
            if st.hooks_inited {
                return Ok(());
            }
            st.hooks_inited = true;
            st.finalizer = self.asyncgen_finalizer.clone();
        }
        if let Some(firstiter) = self.asyncgen_firstiter.clone() {
            self.call(&firstiter, vec![Value::Generator(g.clone())])?;
        }
        Ok(())
    }

    /// `op.send(v)` (and SEND): one step of the awaitable.
    pub(crate) fn async_op_send(&mut self, it: &RefCell<IterState>, v: Value) -> PyResult<Resumed> {
        let Some(s) = snapshot(it) else {
            return Err(Exc::type_error("not an async generator awaitable"));
        };
        if s.state == OpState::Closed {
            return Err(reuse_error(&s));
        }
        let result = if is_asend(it) {
            self.asend_send(it, &s, v)
        } else {
            self.athrow_send(it, &s, v)
        };
        if !matches!(result, Ok(Resumed::Yielded(_))) {
            set_state(it, OpState::Closed);
        }
        result
    }

    /// `op.throw(exc)`: raised where the async generator is suspended.
    pub(crate) fn async_op_throw(
        &mut self,
        it: &RefCell<IterState>,
        exc: Exc,
    ) -> PyResult<Resumed> {
        let Some(s) = snapshot(it) else {
            return Err(Exc::type_error("not an async generator awaitable"));
        };
        if s.state == OpState::Closed {
            return Err(reuse_error(&s));
        }
        let raw = self.agen_step(&s.generator, Err(exc));
        let result = if s.aclose {
            self.aclose_result(&s.generator, raw)
        } else {
            self.unwrap_value(&s.generator, raw)
        };
        if !matches!(result, Ok(Resumed::Yielded(_))) {
            set_state(it, OpState::Closed);
        }
        result
    }

    /// cpython: async_gen_asend_send
    fn asend_send(&mut self, it: &RefCell<IterState>, s: &Snapshot, v: Value) -> PyResult<Resumed> {
        let g = &s.generator;
        let mut v = v;
        if s.state == OpState::Init {
            if g.state.borrow().running_async {
                return Err(Exc::runtime_error(
                    "anext(): asynchronous generator is already running",
                ));
            }
            if v.is_none() {
                v = s.sendval.clone();
            }
            set_state(it, OpState::Iter);
        }
        g.state.borrow_mut().running_async = true;
        let raw = self.agen_step(g, Ok(v));
        self.unwrap_value(g, raw)
    }

    /// cpython: async_gen_athrow_send
    fn athrow_send(
        &mut self,
        it: &RefCell<IterState>,
        s: &Snapshot,
        v: Value,
    ) -> PyResult<Resumed> {
        let g = &s.generator;
        if g.state.borrow().finished {
            return Ok(Resumed::Returned(Value::None));
        }
        if s.state == OpState::Iter {
            let raw = self.agen_step(g, Ok(v));
            return match s.aclose {
                true => self.aclose_result(g, raw),
                false => self.unwrap_value(g, raw),
            };
        }
        self.athrow_first(it, s, v)
    }

    /// The first step of `athrow()`/`aclose()`: the exception goes in.
    fn athrow_first(
        &mut self,
        it: &RefCell<IterState>,
        s: &Snapshot,
        v: Value,
    ) -> PyResult<Resumed> {
        let g = &s.generator;
        if g.state.borrow().running_async {
            return Err(Exc::runtime_error(match s.aclose {
                true => "aclose(): asynchronous generator is already running",
                false => "athrow(): asynchronous generator is already running",
            }));
        }
        if g.state.borrow().closed {
            return Err(Exc::with_args(ExcKind::StopAsyncIteration, vec![]));
        }
        if !v.is_none() {
            return Err(Exc::runtime_error(
                "can't send non-None value to a just-started coroutine",
            ));
        }
        set_state(it, OpState::Iter);
        g.state.borrow_mut().running_async = true;
        if s.aclose {
            g.state.borrow_mut().closed = true;
            let exit = Exc::with_args(ExcKind::GeneratorExit, vec![]);
            let raw = self.agen_step(g, Err(exit));
            return self.aclose_result(g, raw);
        }
        let exc = s
            .exc
            .clone()
            .expect("invariant: athrow carries its exception");
        let raw = self.agen_step(g, Err(exc));
        self.unwrap_value(g, raw)
    }

    /// Resumes the async generator; its return is StopAsyncIteration.
    fn agen_step(&mut self, g: &Rc<Generator>, input: Result<Value, Exc>) -> PyResult<Resumed> {
        let r = match input {
            Ok(v) => self.resume(g, v),
            Err(e) => self.throw(g, e),
        };
        match r {
            Ok(Resumed::Returned(_)) => Err(Exc::with_args(ExcKind::StopAsyncIteration, vec![])),
            other => other,
        }
    }

    /// cpython: async_gen_unwrap_value — a wrapped yield finishes the
    /// await with its value; a plain one passes through to the event loop.
    fn unwrap_value(&mut self, g: &Generator, r: PyResult<Resumed>) -> PyResult<Resumed> {
        let mut st = g.state.borrow_mut();
        match r {
            Ok(Resumed::Yielded(v)) if st.wrapped => {
                st.running_async = false;
                Ok(Resumed::Returned(v))
            }
            Ok(other) => Ok(other),
            Err(e) => {
                if e.is(ExcKind::StopAsyncIteration) || e.is(ExcKind::GeneratorExit) {
                    st.closed = true;
                }
                st.running_async = false;
                Err(e)
            }
        }
    }

    /// What `aclose()` makes of a step: done when the generator stops or
    /// lets GeneratorExit out; an error when it yields a value instead.
    fn aclose_result(&mut self, g: &Generator, r: PyResult<Resumed>) -> PyResult<Resumed> {
        let mut st = g.state.borrow_mut();
        match r {
            Ok(Resumed::Yielded(_)) if st.wrapped => {
                st.running_async = false;
                Err(Exc::runtime_error("async generator ignored GeneratorExit"))
            }
            Ok(other) => Ok(other),
            Err(e) => {
                st.running_async = false;
                if e.is(ExcKind::StopAsyncIteration) || e.is(ExcKind::GeneratorExit) {
                    return Ok(Resumed::Returned(Value::None));
                }
                Err(e)
            }
        }
    }
}
