//! One activation of a code object.

use crate::code::Code;
use crate::value::{Dict, Function};
use std::rc::Rc;

pub struct Frame {
    pub code: Rc<Code>,
    /// The function being run (its closure feeds COPY_FREE_VARS); None for
    /// module code.
    pub func: Option<Rc<Function>>,
    /// The next instruction.
    pub ip: usize,
    /// Where this frame's fast locals start in the VM stack.
    pub base: usize,
    /// A class body's namespace (LOAD_NAME / STORE_NAME go there).
    pub class_ns: Option<Rc<Dict>>,
    /// Returning from this frame leaves the current `Vm::run` (a call made
    /// from Rust: a builtin calling back into Python, a generator resume).
    pub entry: bool,
    /// How many stack slots under `base` belong to this call (callable and
    /// NULL/self) and are dropped with the frame.
    pub below: usize,
}

impl Frame {
    pub fn new(code: Rc<Code>, func: Option<Rc<Function>>, base: usize) -> Frame {
        Frame {
            code,
            func,
            ip: 0,
            base,
            class_ns: None,
            entry: true,
            below: 0,
        }
    }

    /// The line being executed (the instruction before `ip`).
    pub fn line(&self) -> u32 {
        self.code.line_at(self.ip.saturating_sub(1))
    }
}
