//! The stepper: run code once, for real, while a tracer records every step
//! (lines, calls, returns, cells made, written and emptied, closures made,
//! generators suspending and resuming, exceptions); then walk the recording
//! forwards and back without running anything again. `:watch` uses the same
//! hook to print every write to chosen cells during ordinary runs.
//!
//! ```text
//!     record(interp, source) ──▶ Recorder (a vm::Tracer) ──▶ Recording { steps, output, end }
//!                                                               │
//!     Walk (n b l g w c q) ──▶ view::render(step) ◀────────────┘
//! ```
//!
//! A step keeps what was true at that moment, as text: values are
//! described when the step is recorded (never by running Python code), and
//! what did not change is shared with the step before, so memory grows
//! with the changes, not with the number of objects.

mod capture;
mod describe;
mod export;
mod record;
mod view;
mod walk;
mod watch;

pub use describe::describe;
pub use view::{diagram_cells, render, returned_words, var_words};
pub use walk::{HELP, Outcome, Walk};
pub use watch::{Watches, watch_command};

use crate::code::Code;
use crate::exception::Exc;
use crate::interpreter::Interpreter;
use crate::syntax_error::SyntaxError;
use crate::value::Name;
use std::rc::Rc;

/// How many steps a recording keeps unless `:step --max N` says otherwise.
pub const DEFAULT_LIMIT: usize = 10_000;

/// One run, step by step.
pub struct Recording {
    /// The code that was stepped.
    pub source: Rc<str>,
    pub steps: Vec<Step>,
    /// Everything the run printed (steps keep how much of it was out).
    pub output: String,
    pub end: End,
}

/// How the recorded run ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum End {
    Finished,
    /// An exception escaped: the session printed its traceback.
    Raised,
    /// Stopped after this many steps.
    Limit(usize),
    /// Stopped by Ctrl-C.
    Interrupted,
}

/// What kind of event a step is (for `l`, next line, and the views).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Line,
    Call,
    Return,
    Cell,
    Function,
    Generator,
    Exception,
    End,
}

/// One recorded moment.
pub struct Step {
    pub kind: Kind,
    /// The event in words: `line 5 in inc`, `inc() returns 1`.
    pub words: String,
    /// The code running (the innermost frame's), and its line; None once
    /// the run has ended.
    pub at: Option<(Rc<Code>, u32)>,
    /// The module's names first, then the running frames, innermost last.
    pub frames: Vec<Rc<FrameRec>>,
    /// Generators suspended mid-run, with the names they had.
    pub suspended: Vec<Rc<FrameRec>>,
    /// Calls that returned while cells they made live on.
    pub returned: Rc<[Returned]>,
    /// The cells this code touched that are alive, by number.
    pub cells: Rc<[CellRec]>,
    /// The cell this step wrote or emptied.
    pub change: Option<Change>,
    /// How many bytes of the output were printed by now.
    pub output: usize,
}

/// A frame as it was: `make_counter()  line 7` and its names.
#[derive(PartialEq)]
pub struct FrameRec {
    pub title: Rc<str>,
    pub line: u32,
    pub vars: Vec<Var>,
}

#[derive(PartialEq)]
pub struct Var {
    pub name: Name,
    pub shown: Shown,
}

/// What a name held.
#[derive(PartialEq, Clone)]
pub enum Shown {
    /// A local not bound yet (reading it is an UnboundLocalError).
    Unbound,
    Value(Rc<str>),
    /// A cell variable or free variable: the cell's number (its contents
    /// are in the step's `cells`).
    Cell(u32),
}

/// A cell as it was: its contents and who held it.
#[derive(PartialEq)]
pub struct CellRec {
    pub id: u32,
    /// None for an empty cell.
    pub value: Option<Rc<str>>,
    /// (who, under which variable name): functions, then frames.
    pub holders: Vec<(Rc<str>, Name)>,
    /// Holders beyond those listed (a loop that made many closures).
    pub more: usize,
    /// What `:cells` would say of it: shared, late binding, a cycle.
    pub note: Option<Rc<str>>,
}

/// `make_counter() returned; its cell#1 lives on in inc`.
#[derive(PartialEq)]
pub struct Returned {
    pub call: Rc<str>,
    pub cells: Vec<u32>,
    pub holders: Vec<Rc<str>>,
}

/// A cell written or emptied: its value before and after.
#[derive(Clone, PartialEq)]
pub struct Change {
    pub cell: u32,
    pub name: Name,
    pub old: Option<Rc<str>>,
    pub new: Option<Rc<str>>,
}

/// A recorded run, and the exception that escaped it (for `:explain`).
pub struct Recorded {
    pub recording: Recording,
    pub exception: Option<Exc>,
}

/// Compiles `source` as one REPL input and runs it in `interp`, recording
/// at most `limit` steps. The run is real: afterwards the interpreter holds
/// what the code left, as if it had been typed.
pub fn record(
    interp: &mut Interpreter,
    source: &str,
    limit: usize,
) -> Result<Recorded, SyntaxError> {
    let code = interp.compile(source, "<stdin>", crate::Mode::Single)?;
    Ok(record::run(interp, code, source, limit))
}

/// Records `source` run as a file named `filename` (a lesson's `python
/// step` block): no value is echoed.
pub fn record_in(
    interp: &mut Interpreter,
    source: &str,
    filename: &str,
    limit: usize,
) -> Result<Recorded, SyntaxError> {
    let code = interp.compile(source, filename, crate::Mode::Exec)?;
    Ok(record::run(interp, code, source, limit))
}

impl Recording {
    /// Step `k` (0-based).
    pub fn step(&self, k: usize) -> &Step {
        &self.steps[k.min(self.steps.len() - 1)]
    }
}

impl CellRec {
    /// The value as shown: `(empty)` for an empty cell.
    pub fn value_text(&self) -> &str {
        self.value.as_deref().unwrap_or("(empty)")
    }
}
