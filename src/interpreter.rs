//! The Interpreter: one program's whole state (its VM, whose heap holds
//! cells, the collector, modules and limits) behind the boundary that every
//! front end uses.
//!
//! ```text
//!     repl::Session ─┐                      ┌─ compile(source, filename, mode)
//!     script ────────┤                      ├─ run(code)      eval(expr)
//!     lesson ────────┼──▶  Interpreter  ────┼─ last_exception
//!     inspect ───────┘    (Vm + Heap)       └─ snapshot(): frames, cells, who holds them
//! ```
//!
//! Two interpreters share nothing; `:reset` is a new one.

use crate::code::Code;
use crate::compile::Mode;
use crate::exception::{Exc, PyResult};
use crate::syntax_error::SyntaxError;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

/// A shared output buffer or stdout, what the VM prints to.
#[derive(Clone, Default)]
pub struct Capture(pub Rc<RefCell<Vec<u8>>>);

impl Capture {
    /// Everything written so far, as text; the buffer is emptied.
    pub fn take(&self) -> String {
        String::from_utf8_lossy(&std::mem::take(&mut *self.0.borrow_mut())).into_owned()
    }
}

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

pub struct Interpreter {
    vm: Vm,
    /// The last exception a run left uncaught (CPython's `sys.last_value`),
    /// for `:explain`.
    pub last_exception: Option<Exc>,
    /// The last SyntaxError reported, when it came after `last_exception`
    /// (`:explain` explains scope misuse).
    pub last_syntax_error: Option<crate::syntax_error::SyntaxError>,
}

/// Why `eval` of an expression gave no value.
pub enum EvalError {
    Syntax(SyntaxError),
    Raised(Exc),
}

impl Interpreter {
    /// A fresh interpreter printing to `out`.
    pub fn new(out: Box<dyn Write>) -> Interpreter {
        crate::memory::init_default();
        Interpreter {
            vm: Vm::new(out),
            last_exception: None,
            last_syntax_error: None,
        }
    }

    /// This one's replacement for `:reset`: everything is new but where it
    /// prints and the Ctrl-C it hears.
    pub fn reset(&mut self) {
        let vm = self.vm.fresh();
        self.vm = vm;
        self.last_exception = None;
        self.last_syntax_error = None;
    }

    /// Source → code, linked to this interpreter's globals.
    pub fn compile(
        &self,
        source: &str,
        filename: &str,
        mode: Mode,
    ) -> Result<Rc<Code>, SyntaxError> {
        self.vm.heap.enter();
        crate::compile(source, filename, mode)
    }

    /// Runs module-level code in the main module's namespace.
    pub fn run(&mut self, code: Rc<Code>) -> PyResult<Value> {
        crate::memory::rearm();
        let result = self.vm.run_module(code);
        self.vm.flush_out();
        result
    }

    /// The value of expression `expr` in the main module's namespace
    /// (nothing is bound to compute it).
    pub fn eval(&mut self, expr: &str) -> Result<Value, EvalError> {
        let code = self
            .compile(expr, "<stdin>", Mode::Eval)
            .map_err(EvalError::Syntax)?;
        self.run(code).map_err(EvalError::Raised)
    }

    /// What is alive right now: frames, cells and who holds them,
    /// functions, suspended generators (after a collection).
    pub fn snapshot(&mut self) -> crate::vm::Snapshot {
        self.vm().snapshot()
    }

    /// The VM, for the views that read its frames, cells and functions,
    /// and for what runs Python on the interpreter's behalf.
    pub fn vm(&mut self) -> &mut Vm {
        self.vm.heap.enter();
        &mut self.vm
    }

    /// Read-only access to the VM.
    pub fn vm_ref(&self) -> &Vm {
        &self.vm
    }
}
