//! The interactive session: evaluates inputs as CPython's interactive mode
//! does (echoing expression values, keeping state across errors). The
//! `Session` knows nothing of terminals, so tests drive it directly;
//! `terminal` runs it over rustyline or piped stdin.

pub mod terminal;

use crate::traceback::{SourceLookup, format_exception};
use crate::vm::Vm;
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

/// A shared output buffer or stdout, what the VM prints to.
#[derive(Clone, Default)]
pub struct Capture(pub Rc<RefCell<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// One REPL session: the VM with its globals, and what was typed.
pub struct Session {
    pub vm: Vm,
    /// Errors and tracebacks go here (stderr, or a buffer in tests).
    pub err: Box<dyn Write>,
    /// The last uncaught exception, for `:explain`.
    pub last_exception: Option<crate::exception::Exc>,
    /// How inspection diagrams render: color, ASCII, terminal width.
    pub view: crate::inspect::View,
}

/// Inputs typed at the prompt have no file to show source lines from.
struct NoSource;

impl SourceLookup for NoSource {
    fn line(&self, _: &str, _: u32) -> Option<String> {
        None
    }
}

impl Session {
    pub fn new(out: Box<dyn Write>, err: Box<dyn Write>) -> Session {
        Session {
            vm: Vm::new(out),
            err,
            last_exception: None,
            view: crate::inspect::View::from_env(),
        }
    }

    /// Runs one complete input (a statement or a block) in interactive
    /// mode; errors are reported and the session goes on.
    pub fn eval(&mut self, input: &str) {
        if input.trim().is_empty() {
            return;
        }
        let code = match crate::compile_source(input, "<stdin>", &self.vm.globals, true) {
            Ok(c) => c,
            Err(e) => {
                self.vm.flush_out();
                let _ = self.err.write_all(e.render("<stdin>", input).as_bytes());
                self.last_exception = None; // :explain must not explain an older error
                return;
            }
        };
        let result = self.vm.run_module(code);
        self.vm.flush_out();
        if let Err(exc) = result {
            let report = format_exception(&mut self.vm, &exc, &NoSource);
            let _ = self.err.write_all(report.as_bytes());
            self.last_exception = Some(exc);
        }
        let _ = self.err.flush();
    }
}

impl Session {
    /// Runs a script in the session's globals (`cellar -i FILE`).
    pub fn run_script(&mut self, source: &str, filename: &str) {
        if let Err(report) = crate::script::run_in(&mut self.vm, source, filename) {
            let _ = self.err.write_all(report.as_bytes());
        }
    }
}
