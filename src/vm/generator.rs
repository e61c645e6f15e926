//! Generators: a frame that RETURN_GENERATOR lifts off the stack, kept
//! with its locals and temporaries until `next()` or `send()` resumes it.

use super::Vm;
use super::dispatch::Flow;
use crate::code::Instr;
use crate::exception::{Exc, PyResult};
use crate::value::{Generator, Value};
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

/// A suspended generator frame: the frame and its stack slice.
pub struct Saved {
    pub frame: super::Frame,
    pub slots: Vec<Value>,
}

#[derive(Default)]
pub struct GenState {
    /// The suspended frame; None while running or once finished.
    pub saved: Option<Saved>,
    pub running: bool,
    pub finished: bool,
    /// Resumed at least once: only then can it receive a value.
    pub started: bool,
    /// Already closed once because its last reference went: never again
    /// (cpython: tp_finalize runs once per object, PEP 442), so one that
    /// swallows GeneratorExit is not revived forever.
    pub finalized: bool,
    /// A coroutine's call site (code and line), for the warning CPython
    /// gives when one is never awaited.
    pub called_at: Option<(Rc<crate::code::Code>, u32)>,
    /// An async generator's last yield went through ASYNC_GEN_WRAP: a value
    /// for its consumer, not for the event loop.
    pub wrapped: bool,
    /// An async generator being iterated by an `asend`/`athrow` awaitable
    /// (cpython: ag_running_async).
    pub running_async: bool,
    /// An async generator that was closed or ran out (cpython: ag_closed).
    pub closed: bool,
    /// An async generator's first `__anext__`/`asend`/`athrow`/`aclose`
    /// happened (cpython: ag_hooks_inited) ...
    pub hooks_inited: bool,
    /// ... and the finalizer hook set then (asyncio's loop, which closes
    /// the generator with `aclose()` when its last reference goes).
    pub finalizer: Option<Value>,
}

/// Called when a generator object dies. One that started and is
/// suspended where a handler or `finally` covers it must be closed, as
/// CPython closes it when its last reference goes (so `finally` runs): its
/// frame moves into a new generator object, queued on its heap for the VM.
pub fn finalize(g: &mut Generator, heap: &crate::heap::Heap) {
    if g.code.is_coroutine() {
        return never_awaited(g);
    }
    let state = g.state.get_mut();
    let hooked = state.finalizer.is_some() && !state.closed;
    if !hooked && !needs_close(g.code.as_ref(), state) || state.finalized {
        return;
    }
    state.finalized = true;
    let revived = Rc::new(Generator {
        code: g.code.clone(),
        name: g.name.clone(),
        qualname: g.qualname.clone(),
        state: RefCell::new(std::mem::take(state)),
        gc: Default::default(),
    });
    crate::gc::track_generator(&revived);
    heap.dead_generators.borrow_mut().push(revived);
    heap.request();
}

/// A generator suspended where a handler or `finally` covers it.
fn needs_close(code: &crate::code::Code, state: &GenState) -> bool {
    if !state.started || state.running || state.finished {
        return false;
    }
    let Some(saved) = &state.saved else {
        return false;
    };
    let at = saved.frame.ip.saturating_sub(1) as u32;
    code.handler_for(at).is_some()
}

/// A coroutine that dies without having run: CPython's RuntimeWarning,
/// at the line that called it (and that line, when the file is known).
fn never_awaited(g: &mut Generator) {
    let state = g.state.get_mut();
    if state.started || state.finished {
        return;
    }
    let Some((code, line)) = state.called_at.take() else {
        return;
    };
    let mut text = format!(
        "{}:{line}: RuntimeWarning: coroutine '{}' was never awaited\n",
        code.filename, g.qualname
    );
    if !code.filename.starts_with('<')
        && let Some(src) = code.source.lines().nth(line.saturating_sub(1) as usize)
    {
        text.push_str(&format!("  {}\n", src.trim()));
    }
    text.push_str("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
    let _ = std::io::stderr().write_all(text.as_bytes());
}

/// StopIteration (or, in an async generator, StopAsyncIteration) that
/// escapes a generator's frame becomes a RuntimeError (PEP 479).
#[cold]
#[inline(never)]
fn raised_inside(generator: &Generator, e: Exc) -> Exc {
    use crate::exception::ExcKind;
    let code = &generator.code;
    let async_stop = code.is_async_generator() && e.is(ExcKind::StopAsyncIteration);
    if !e.is(ExcKind::StopIteration) && !async_stop {
        return e;
    }
    Exc::raised_inside(kind_name(code), e)
}

#[cold]
#[inline(never)]
fn just_started(code: &crate::code::Code) -> Exc {
    Exc::type_error(format!(
        "can't send non-None value to a just-started {}",
        kind_name(code)
    ))
}

/// "generator", "coroutine" or "async generator", for messages.
fn kind_name(code: &crate::code::Code) -> &'static str {
    if code.is_async_generator() {
        "async generator"
    } else if code.is_coroutine() {
        "coroutine"
    } else {
        "generator"
    }
}

/// What one resume produced.
pub enum Resumed {
    Yielded(Value),
    Returned(Value),
}

impl Vm {
    /// RETURN_GENERATOR: moves the top frame into a new generator object.
    pub(crate) fn suspend_new_generator(&mut self) -> Value {
        let frame = self.frames.last().expect("invariant: generator frame");
        let code = frame.code.clone();
        let slots = self.stack[frame.base..].to_vec();
        let mut saved_frame = super::Frame::new(code.clone(), frame.func.clone(), 0);
        saved_frame.ip = frame.ip;
        let (name, qualname) = match &frame.func {
            Some(f) => (f.name(), f.qualname()),
            None => (code.name.clone(), code.qualname.clone()),
        };
        let called_at = self.call_site(&code);
        let generator = Rc::new(Generator {
            gc: Default::default(),
            code,
            name,
            qualname,
            state: RefCell::new(GenState {
                saved: Some(Saved {
                    frame: saved_frame,
                    slots,
                }),
                running: false,
                finished: false,
                started: false,
                finalized: false,
                called_at,
                ..Default::default()
            }),
        });
        crate::gc::track_generator(&generator);
        Value::Generator(generator)
    }

    /// Where a coroutine is being called: the caller frame's code and line.
    fn call_site(&self, code: &crate::code::Code) -> Option<(Rc<crate::code::Code>, u32)> {
        if !code.is_coroutine() {
            return None;
        }
        let caller = self.frames.iter().rev().nth(1)?;
        Some((caller.code.clone(), caller.line()))
    }

    /// Resumes `generator`, sending `sent` (None for `next`).
    pub fn resume(&mut self, generator: &Rc<Generator>, sent: Value) -> PyResult<Resumed> {
        self.resume_with(generator, Ok(sent))
    }

    /// `gen.throw(exc)`: raises `exc` where the generator is suspended, or
    /// first in what it is delegating to (`yield from`, `await`).
    pub fn throw(&mut self, generator: &Rc<Generator>, exc: Exc) -> PyResult<Resumed> {
        match super::yield_from::delegate_of(generator) {
            Some(sub) => self.throw_through(generator, sub, exc),
            None => self.resume_with(generator, Err(exc)),
        }
    }

    /// Closes the generators that died suspended; what a close raises is
    /// reported as CPython reports it ("Exception ignored in: ...").
    pub(crate) fn close_dead_generators(&mut self) {
        loop {
            let Some(g) = self.heap.dead_generators.borrow_mut().pop() else {
                break;
            };
            let finalizer = g.state.borrow_mut().finalizer.take();
            let closed = match finalizer {
                Some(f) => self.call(&f, vec![Value::Generator(g.clone())]).map(|_| ()),
                None => self.close_generator(&g),
            };
            if let Err(e) = closed {
                self.flush_out();
                let what = self.repr(&Value::Generator(g.clone())).unwrap_or_default();
                let line = crate::traceback::exception_line(self, &e.to_value());
                let _ = writeln!(std::io::stderr(), "Exception ignored in: {what}\n{line}");
            }
        }
    }

    /// At exit, as CPython's finalization clears the main module
    /// (_PyModule_ClearDict): every name is set to None, those starting
    /// with a single underscore first, so generators still suspended close
    /// and their `finally` runs.
    pub fn finalize_main(&mut self) {
        let names: Vec<crate::value::Name> =
            self.globals.items().into_iter().map(|(k, _)| k).collect();
        let private = |n: &str| n.starts_with('_') && !n.starts_with("__");
        let first = names.iter().filter(|n| private(n));
        let rest = names
            .iter()
            .filter(|n| !private(n) && n.as_ref() != "__builtins__");
        for name in first.chain(rest) {
            self.globals.set_by_name(name, Value::None);
            self.close_dead_generators();
        }
        self.flush_out();
    }

    /// `gen.close()`: throws GeneratorExit in, so `finally` blocks run; a
    /// generator that yields again is a RuntimeError.
    pub fn close_generator(&mut self, generator: &Rc<Generator>) -> PyResult<()> {
        if generator.state.borrow().saved.is_none() {
            return Ok(());
        }
        let exit = Exc::with_args(crate::exception::ExcKind::GeneratorExit, vec![]);
        match self.throw(generator, exit) {
            Ok(Resumed::Yielded(_)) => Err(Exc::runtime_error("generator ignored GeneratorExit")),
            Ok(Resumed::Returned(_)) => Ok(()),
            Err(e)
                if e.is(crate::exception::ExcKind::GeneratorExit)
                    || e.is(crate::exception::ExcKind::StopIteration) =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// Resumes with a value to send, or an exception to raise inside.
    pub(super) fn resume_with(
        &mut self,
        generator: &Rc<Generator>,
        input: Result<Value, Exc>,
    ) -> PyResult<Resumed> {
        self.check_depth()?;
        let saved = {
            let mut st = generator.state.borrow_mut();
            if st.running {
                return Err(Exc::value_error("generator already executing"));
            }
            if !st.started && st.saved.is_some() && matches!(&input, Ok(v) if !v.is_none()) {
                return Err(just_started(&generator.code));
            }
            match st.saved.take() {
                Some(s) => {
                    st.running = true;
                    st.started = true;
                    s
                }
                None if generator.code.is_coroutine() && input.is_ok() => {
                    return Err(Exc::runtime_error("cannot reuse already awaited coroutine"));
                }
                None => return Ok(Resumed::Returned(Value::None)),
            }
        };
        let base = self.stack.len();
        let Saved {
            mut frame,
            mut slots,
        } = saved;
        frame.base = base;
        frame.entry = true;
        frame.below = 0;
        self.stack.append(&mut slots); // a memcpy; `slots` keeps its capacity
        let tracing = self.tracing();
        let skip = !tracing && input.is_ok() && skip_resume_pop(&mut frame);
        self.frames.push(frame);
        if tracing {
            self.trace_generator(generator, true);
        }
        let result = match input {
            Ok(sent) if skip => {
                sent.discard();
                self.run_resumed(tracing)
            }
            Ok(sent) => {
                self.stack.push(sent);
                self.run_resumed(tracing)
            }
            Err(exc) => self.unwind(exc).and_then(|()| self.run_flow()),
        };
        self.finish_resume(generator, base, result, slots)
    }

    /// After a resume: a yield saves the frame back into the generator;
    /// a return or an exception finishes it. `slots` is the emptied vector
    /// the frame was resumed from: a yield saves into it (no allocation).
    fn finish_resume(
        &mut self,
        generator: &Rc<Generator>,
        base: usize,
        result: PyResult<Flow>,
        mut slots: Vec<Value>,
    ) -> PyResult<Resumed> {
        let mut st = generator.state.borrow_mut();
        st.running = false;
        match result {
            Ok(Flow::Yield(v)) => {
                st.wrapped = std::mem::take(&mut self.async_gen_wrap);
                debug_assert!(
                    slots.is_empty(),
                    "invariant: the resumed-from vector is empty"
                );
                move_tail(&mut self.stack, base, &mut slots);
                debug_assert!(
                    st.saved.is_none(),
                    "invariant: a running generator has no saved frame"
                );
                let frame = self.frames.pop().expect("invariant: yielding frame");
                // SAFETY: `saved` is None (nothing to drop): written in
                // place, without the drop glue or a move through a temporary.
                unsafe { std::ptr::write(&mut st.saved, Some(Saved { frame, slots })) };
                drop(st);
                if self.tracing() {
                    self.trace_generator(generator, false);
                }
                Ok(Resumed::Yielded(v))
            }
            Ok(Flow::Return(v)) => {
                st.finished = true;
                Ok(Resumed::Returned(v))
            }
            Err(e) => {
                st.finished = true;
                if e.is(crate::exception::ExcKind::StopIteration)
                    || e.is(crate::exception::ExcKind::StopAsyncIteration)
                {
                    return Err(raised_inside(generator, e));
                }
                Err(e)
            }
        }
    }

    /// `next(generator)`: the next value, or None when it is exhausted.
    pub fn gen_next(&mut self, generator: &Rc<Generator>) -> PyResult<Option<Value>> {
        match self.resume(generator, Value::None)? {
            Resumed::Yielded(v) => Ok(Some(v)),
            Resumed::Returned(_) => Ok(None),
        }
    }

    /// SEND: `iter v` → `iter r` (a yielded value, returns false) or
    /// `value` (the sub-iterator finished, returns true: jump).
    pub(crate) fn send_instr(&mut self) -> PyResult<bool> {
        let v = self.pop();
        let it = self.peek();
        let step = match &it {
            Value::Generator(g) => self.resume(g, v)?,
            Value::Iterator(op) if super::asyncgen::is_async_op(op) => self.async_op_send(op, v)?,
            other => self.send_to_iterator(other, v)?,
        };
        match step {
            Resumed::Yielded(x) => {
                self.stack.push(x);
                Ok(false)
            }
            Resumed::Returned(x) => {
                self.pop();
                self.stack.push(x);
                Ok(true)
            }
        }
    }
}

/// A frame suspended at `yield v` used as a statement goes on with
/// `RESUME 1; POP_TOP` of the sent value: untraced, the resume does both
/// here (no dispatch, the value is never pushed). True when it did.
#[inline]
fn skip_resume_pop(frame: &mut super::Frame) -> bool {
    let next = frame.code.instrs.get(frame.ip..frame.ip + 2);
    if let Some([Instr::Resume(_), Instr::PopTop]) = next {
        frame.ip += 2;
        return true;
    }
    false
}

/// Moves `stack[base..]` to the end of `into`: one copy of the bits, and
/// the values belong to `into` from then on.
fn move_tail(stack: &mut Vec<Value>, base: usize, into: &mut Vec<Value>) {
    assert!(
        base <= stack.len(),
        "invariant: a frame's base is on the stack"
    );
    let n = stack.len() - base;
    into.reserve(n);
    // SAFETY: `base..len` are initialized values of `stack`, `into` has room
    // for `n` more; shortening `stack` first means each value has exactly
    // one owner when the lengths are updated.
    unsafe {
        let src = stack.as_ptr().add(base);
        std::ptr::copy_nonoverlapping(src, into.as_mut_ptr().add(into.len()), n);
        stack.set_len(base);
        into.set_len(into.len() + n);
    }
}
