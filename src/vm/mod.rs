//! The virtual machine: frames on one shared value stack, a dispatch loop
//! that runs Python-to-Python calls without Rust recursion, and the
//! module namespace (`Globals`).
//!
//! A frame's fast locals live in the stack at `base..base + nlocalsplus`
//! (CPython 3.11's layout); `Value::Null` marks an unbound local; a cell
//! variable's slot holds the `Value::Cell` itself.

pub mod asyncgen;
mod attr;
mod attr_fast;
mod attr_write;
mod call;
mod compare;
mod convert;
mod coroutine;
pub(crate) mod dispatch;
mod frame;
pub mod generator;
mod globals;
mod heavy;
pub mod instance;
pub mod iter;
mod keys;
mod names;
mod ops;
pub mod payload;
mod raise;
mod repr;
mod run;
pub mod snapshot;
mod stack;
mod step;
mod subscript;
pub mod threads;
pub mod trace;
mod with;
mod yield_from;
pub use payload::{as_int, number_payload, payload_attr, payload_of};
pub use snapshot::{
    CellView, FrameView, FunctionView, GeneratorView, Holder, ReturnedFrame, Snapshot,
};
pub use subscript::{index_of, slice_bounds, slice_indices, slice_items};
pub use trace::{ExcEvent, Tracer};
mod build;
mod fast;

pub use frame::Frame;
pub use globals::Globals;
pub use repr::{object_repr, str_repr};

use crate::code::Code;
use crate::exception::{Exc, PyResult};
use crate::value::Value;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// CPython's default recursion limit.
pub const DEFAULT_RECURSION_LIMIT: usize = 1000;

/// The interpreter state of one session.
pub struct Vm {
    /// Every frame's locals and temporaries, innermost frame on top.
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    pub globals: Rc<Globals>,
    /// The exception being handled (`sys.exc_info()`), or None.
    pub handling: Value,
    pub recursion_limit: usize,
    /// Set by the Ctrl-C handler; polled on backward jumps and calls.
    pub interrupt: Arc<AtomicBool>,
    /// What `print` writes to (stdout, or a buffer in tests and the REPL).
    pub out: Box<dyn std::io::Write>,
    /// What `sys.stderr` writes to (the process's stderr unless a front
    /// end gives another).
    pub err: Box<dyn std::io::Write>,
    /// Reprs in progress, to print `[...]` for self-containing containers.
    pub repr_guard: Vec<usize>,
    /// Comparisons and hashes of nested values in progress: they count
    /// against the recursion limit as CPython's C recursion does.
    pub(crate) native_depth: usize,
    /// The exception being raised comes from RERAISE: no new traceback entry.
    pub(crate) reraising: bool,
    /// ASYNC_GEN_WRAP ran: the next YIELD_VALUE hands its value to the
    /// async generator's consumer.
    pub(crate) async_gen_wrap: bool,
    /// `sys.set_asyncgen_hooks`' finalizer (asyncio's running loop sets it):
    /// async generators first iterated now get it.
    pub(crate) asyncgen_finalizer: Option<Value>,
    /// ... and its firstiter hook, called with each one at that moment.
    pub(crate) asyncgen_firstiter: Option<Value>,
    /// Keyword names for the next CALL (set by KW_NAMES).
    pub(crate) kw_names: Option<Rc<crate::value::Tuple>>,
    /// An empty vector kept for the arguments of builtin calls.
    pub(crate) builtin_args: Vec<Value>,
    /// Who watches the run (the stepper, `:watch`); None runs untraced.
    pub(crate) tracer: Option<Box<dyn Tracer>>,
    /// The green threads (`threads.rs`); only main unless `_thread` started one.
    pub threads: threads::Threads,
    /// Cells, the collector's registry, modules: this interpreter's heap
    /// (last, so every value above is gone before it is).
    pub heap: Rc<crate::heap::Heap>,
}

impl Vm {
    pub fn new(out: Box<dyn std::io::Write>) -> Vm {
        Vm {
            stack: Vec::with_capacity(1024),
            frames: Vec::with_capacity(64),
            globals: Globals::new_main(),
            handling: Value::None,
            recursion_limit: DEFAULT_RECURSION_LIMIT,
            interrupt: Arc::new(AtomicBool::new(false)),
            out,
            err: Box::new(std::io::stderr()),
            repr_guard: Vec::new(),
            native_depth: 0,
            reraising: false,
            async_gen_wrap: false,
            asyncgen_finalizer: None,
            asyncgen_firstiter: None,
            kw_names: None,
            builtin_args: Vec::new(),
            tracer: None,
            threads: Default::default(),
            heap: crate::heap::Heap::new(),
        }
    }

    /// A new VM that writes where this one writes and hears the same
    /// Ctrl-C (`:reset`); this one's state goes with it.
    pub fn fresh(&mut self) -> Vm {
        let out = std::mem::replace(&mut self.out, Box::new(std::io::sink()));
        let mut vm = Vm::new(out);
        vm.err = std::mem::replace(&mut self.err, Box::new(std::io::sink()));
        vm.interrupt = self.interrupt.clone();
        vm
    }

    /// Runs module-level code in this VM's globals.
    pub fn run_module(&mut self, code: Rc<Code>) -> PyResult<Value> {
        self.heap.enter();
        if code.link(&self.globals).is_err() {
            return Err(Exc::runtime_error(
                "cellar: this code object was loaded into another interpreter",
            ));
        }
        let base = self.stack.len();
        let frame = Frame::new(code, None, base);
        self.push_frame_slots(&frame);
        self.frames.push(frame);
        let result = self.run();
        self.stack.truncate(base);
        self.close_dead_generators();
        self.run_weak_callbacks();
        result
    }

    /// Runs module-level code (from `exec`, `eval`) in `globals`, with
    /// `locals` as its local namespace when that is another mapping (a
    /// function's `locals()`, a dict given to `exec`). The VM's own module
    /// namespace is back in place afterwards, whatever happened.
    pub fn run_in(
        &mut self,
        code: &Rc<Code>,
        globals: &Rc<Globals>,
        locals: Option<Rc<crate::value::Dict>>,
    ) -> PyResult<Value> {
        let code = code.for_namespace(globals);
        if code.link(globals).is_err() {
            return Err(Exc::runtime_error("cellar: code linked to two namespaces"));
        }
        let main = std::mem::replace(&mut self.globals, globals.clone());
        let base = self.stack.len();
        let mut frame = Frame::new(code, None, base);
        frame.class_ns = locals;
        self.push_frame_slots(&frame);
        self.frames.push(frame);
        let result = self.run();
        self.stack.truncate(base);
        self.globals = main;
        result
    }

    /// Fills a new frame's local slots with "unbound".
    fn push_frame_slots(&mut self, frame: &Frame) {
        let n = frame.code.nlocalsplus();
        self.stack.resize(frame.base + n, Value::Null);
    }

    /// Raises KeyboardInterrupt if Ctrl-C was pressed since the last poll,
    /// MemoryError if the memory budget was crossed (`memory.rs`).
    #[inline]
    pub fn check_interrupt(&mut self) -> PyResult<()> {
        if self.interrupt.load(Ordering::Relaxed) {
            self.interrupt.store(false, Ordering::Relaxed);
            return Err(Exc::keyboard_interrupt());
        }
        if crate::memory::over() {
            return Err(crate::memory::take());
        }
        Ok(())
    }

    /// Runs `f` one level deeper in a native recursion over nested values
    /// (`==`, `<`, `hash` of tuples in tuples): RecursionError `what` at
    /// the recursion limit, as CPython's Py_EnterRecursiveCall.
    pub(crate) fn nested<T>(
        &mut self,
        what: &str,
        f: impl FnOnce(&mut Vm) -> PyResult<T>,
    ) -> PyResult<T> {
        if self.frames.len() + self.native_depth >= self.recursion_limit {
            return Err(Exc::recursion_in(what));
        }
        self.native_depth += 1;
        let r = f(self);
        self.native_depth -= 1;
        r
    }

    /// The globals of frame `fi`: its function's, or the module's.
    #[inline]
    pub(crate) fn frame_globals(&self, fi: usize) -> &Rc<Globals> {
        match &self.frames[fi].func {
            Some(f) => &f.globals,
            None => &self.globals,
        }
    }

    /// Writes to the VM's stdout.
    pub fn write_out(&mut self, s: &str) {
        let _ = self.out.write_all(s.as_bytes());
    }

    pub fn flush_out(&mut self) {
        let _ = self.out.flush();
    }

    /// Writes to `sys.stderr`, after what stdout holds so far.
    pub fn write_err(&mut self, s: &str) {
        self.flush_out();
        let _ = self.err.write_all(s.as_bytes());
        let _ = self.err.flush();
    }
}

impl Drop for Vm {
    /// The interpreter ends as CPython's does: its module namespace and
    /// modules are cleared and a last collection frees what cycles kept
    /// alive, so a `:reset` leaves nothing behind.
    fn drop(&mut self) {
        self.stack.clear();
        self.frames.clear();
        self.handling = Value::None;
        self.kw_names = None;
        self.globals.clear();
        let modules = std::mem::take(&mut *self.heap.modules.borrow_mut());
        drop(modules);
        // (a generator dropped here may queue itself again: it goes with the heap)
        let dead = std::mem::take(&mut *self.heap.dead_generators.borrow_mut());
        drop(dead);
        let weak = std::mem::take(&mut *self.heap.weak.borrow_mut());
        drop(weak);
        self.heap.collect();
    }
}
