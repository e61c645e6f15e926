//! Running frames: `Vm::run` and `run_flow` enter the dispatch loop
//! (traced or not) and, when an exception leaves it, `unwind` finds the
//! handler frame by frame through the exception tables (CPython 3.11's
//! scheme) before entering the loop again.

use super::Vm;
use super::dispatch::Flow;
use super::trace::ExcEvent;
use crate::exception::{Exc, PyResult};
use crate::value::Value;

impl Vm {
    /// Runs until the entry frame returns; a yield is an error here.
    pub fn run(&mut self) -> PyResult<Value> {
        match self.run_flow()? {
            Flow::Return(v) => Ok(v),
            Flow::Yield(_) => Err(Exc::runtime_error("yield outside a generator frame")),
        }
    }

    /// Runs the top frame (and whatever it calls) until the entry frame
    /// returns or yields, unwinding exceptions through handlers.
    pub(crate) fn run_flow(&mut self) -> PyResult<Flow> {
        loop {
            let ran = if self.tracing() {
                self.execute::<true>()
            } else {
                self.execute::<false>()
            };
            match ran {
                Ok(flow) => return Ok(flow),
                Err(exc) => {
                    if exc.is_switch() {
                        if self.threads.signalled() {
                            return Err(exc);
                        }
                        continue; // threads started: on to the traced loop
                    }
                    if self.tracing() {
                        self.trace_exception(ExcEvent::Raised, &exc);
                    }
                    self.unwind(exc)?
                }
            }
        }
    }

    /// As `run_flow`, for a resumed generator (the same frame every item):
    /// untraced, the loop is entered straight away, and `run_flow` takes
    /// over only when an exception or a thread switch leaves it.
    pub(crate) fn run_resumed(&mut self, tracing: bool) -> PyResult<Flow> {
        if tracing {
            return self.run_flow();
        }
        match self.execute::<false>() {
            Ok(flow) => Ok(flow),
            Err(exc) => self.run_flow_after(exc),
        }
    }

    /// `run_flow`'s handling of an exception (or switch) that left the
    /// untraced loop, then `run_flow` again.
    #[cold]
    fn run_flow_after(&mut self, exc: Exc) -> PyResult<Flow> {
        if exc.is_switch() {
            if self.threads.signalled() {
                return Err(exc);
            }
        } else {
            if self.tracing() {
                self.trace_exception(ExcEvent::Raised, &exc);
            }
            self.unwind(exc)?
        }
        self.run_flow()
    }

    /// Finds a handler for `exc`, frame by frame; returns Ok when one was
    /// found (execution resumes there), Err when the entry frame is left.
    pub(crate) fn unwind(&mut self, exc: Exc) -> PyResult<()> {
        let mut skip_traceback = std::mem::take(&mut self.reraising);
        if !skip_traceback && exc.state().context.is_none() {
            self.set_context(&exc);
        }
        loop {
            let frame = self
                .frames
                .last()
                .expect("invariant: unwinding with a frame");
            let at = frame.ip.saturating_sub(1) as u32;
            if !skip_traceback {
                exc.push_frame(&frame.code, at as usize);
            }
            skip_traceback = false;
            if let Some(h) = frame.code.handler_for(at).copied() {
                let depth = frame.base + frame.code.nlocalsplus() + h.depth as usize;
                self.stack.truncate(depth);
                if h.lasti {
                    self.push(Value::Int(at as i64));
                }
                self.push(exc.to_value());
                self.frames.last_mut().expect("invariant: frame present").ip = h.target as usize;
                if self.tracing() {
                    self.trace_exception(ExcEvent::Caught, &exc);
                }
                return Ok(());
            }
            let frame = self.frames.pop().expect("invariant: frame present");
            self.truncate_stack(frame.base - frame.below);
            if self.tracing() {
                self.trace_exception(ExcEvent::Left, &exc);
            }
            if frame.entry {
                return Err(exc);
            }
        }
    }
}
