//! Tracing: the hook through which the stepper and `:watch` see a run
//! happen. With no tracer installed the dispatch loop is compiled without
//! any hook (`execute::<false>`), so tracing costs nothing when it is off.
//!
//! ```text
//!     Vm::tracer = Some(t)   every instruction of every frame: t.instruction(vm, ip, instr)
//!                            before it runs; exceptions: t.exception(vm, Raised | Caught | Left)
//!                            cell_contents writes: t.cell_written(vm, cell, old)
//! ```
//!
//! While a hook runs the tracer is out of the VM (`tracer` is None), so
//! nothing it does is traced again.

use super::Vm;
use crate::code::Instr;
use crate::exception::{Exc, PyResult};
use crate::value::{CellObj, Generator, Value};
use std::rc::Rc;

/// What happened to an exception.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExcEvent {
    /// An instruction of the top frame raised it.
    Raised,
    /// A handler of the top frame caught it (execution goes on there).
    Caught,
    /// It left the top frame, which is gone (`frames` no longer has it).
    Left,
}

/// Someone watching a run.
pub trait Tracer {
    /// Instruction `ip` (`instr`) of the top frame is about to run; the
    /// value stack is up to date. An Err is raised in the frame as if the
    /// instruction had raised it.
    fn instruction(&mut self, vm: &mut Vm, ip: usize, instr: Instr) -> PyResult<()>;

    /// `exc` was raised, caught or left a frame (see `ExcEvent`).
    fn exception(&mut self, vm: &mut Vm, event: ExcEvent, exc: &Exc);

    /// A cell's contents changed other than by an instruction
    /// (`cell.cell_contents = v`, `del cell.cell_contents`).
    fn cell_written(&mut self, vm: &mut Vm, cell: &CellObj, old: Option<Value>);

    /// `generator` is about to resume (its frame is the next new frame), or
    /// has just suspended at a yield (its frame is saved in it again).
    fn generator(&mut self, vm: &mut Vm, generator: &Rc<Generator>, resuming: bool);
}

impl Vm {
    /// Installs `tracer` (replacing any) and returns the one it replaced.
    pub fn set_tracer(&mut self, tracer: Option<Box<dyn Tracer>>) -> Option<Box<dyn Tracer>> {
        std::mem::replace(&mut self.tracer, tracer)
    }

    /// Is a tracer installed?
    #[inline(always)]
    pub fn tracing(&self) -> bool {
        self.tracer.is_some() || self.threads.on
    }

    /// Runs `hook` on the tracer, out of the VM while it runs.
    fn with_tracer<R>(&mut self, hook: impl FnOnce(&mut dyn Tracer, &mut Vm) -> R) -> Option<R> {
        let mut t = self.tracer.take()?;
        let r = hook(t.as_mut(), self);
        if self.tracer.is_none() {
            self.tracer = Some(t);
        }
        Some(r)
    }

    /// The instruction hook (traced dispatch only).
    #[cold]
    #[inline(never)]
    pub(crate) fn trace_instruction(&mut self, ip: usize, instr: Instr) -> PyResult<()> {
        if self.threads.on {
            self.switch_point(ip)?;
        }
        self.with_tracer(|t, vm| t.instruction(vm, ip, instr))
            .unwrap_or(Ok(()))
    }

    /// The exception hook.
    #[cold]
    #[inline(never)]
    pub(crate) fn trace_exception(&mut self, event: ExcEvent, exc: &Exc) {
        self.with_tracer(|t, vm| t.exception(vm, event, exc));
    }

    /// The generator hook.
    #[cold]
    #[inline(never)]
    pub(crate) fn trace_generator(&mut self, generator: &Rc<Generator>, resuming: bool) {
        self.with_tracer(|t, vm| t.generator(vm, generator, resuming));
    }

    /// A cell written through `cell_contents`: tells the tracer, if any.
    pub(crate) fn set_cell(&mut self, cell: &CellObj, v: Option<Value>) {
        let old = cell.set(v);
        if self.tracing() {
            self.with_tracer(|t, vm| t.cell_written(vm, cell, old));
        }
    }
}
