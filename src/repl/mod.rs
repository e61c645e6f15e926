//! The interactive session: lines in, CPython's interactive behaviour out.
//!
//! `Session::feed_line` takes one typed line at a time and answers whether
//! the input needs more (`... `) or ran; complete inputs run as CPython's
//! interactive mode runs them (echoing expression values, keeping state
//! across errors), `:` lines run commands. The `Session` knows nothing of
//! terminals: the terminal loop, piped stdin and the tests all drive it.

mod block;
pub mod commands;
pub mod complete;
pub mod help;
pub mod highlight;
pub mod history;
mod input;
pub mod keys;
pub mod lesson;
mod paste;
pub mod serve;
mod step;
pub mod terminal;
pub mod transcript;

use crate::exception::Exc;
use crate::interpreter::Interpreter;
use crate::lines::{Completeness, completeness};
use crate::syntax_error::SyntaxError;
use crate::traceback::{SourceLookup, format_exception};
use crate::vm::Vm;
use input::{deferred_error, found_after_parsing, premature_error};
use std::io::Write;

/// The primary prompt, shown when no input is pending.
pub const PS1: &str = ">>> ";
/// The continuation prompt, shown while an input is unfinished.
pub const PS2: &str = "... ";

pub use crate::interpreter::Capture;

/// What a fed line did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The input is unfinished: show `... ` and read another line.
    More,
    /// The input ran (or was empty, or failed): show `>>> `.
    Done,
    /// `:quit` was typed.
    Quit,
}

/// One REPL session: the interpreter it drives, and what was typed.
pub struct Session {
    pub interp: Interpreter,
    /// Errors and tracebacks go here (stderr, or a buffer in tests).
    pub err: Box<dyn Write>,
    /// The lines of the unfinished input, each ending in `\n`.
    pending: String,
    /// Every input that was run, in order (`<stdin>` line numbers count
    /// from 1 in each of them, as in CPython).
    pub inputs: Vec<String>,
    /// How inspection diagrams render: color, ASCII, terminal width.
    pub view: crate::inspect::View,
    /// Set when the session should end: `exit()`, `quit()`, `SystemExit`;
    /// the process exit status.
    pub exit_status: Option<i32>,
    /// The lesson being taken, demo mode, progress (`lesson.rs`).
    pub tutor: lesson::Tutor,
    /// A recording being walked, `:step`'s limit, `:watch`es (`step.rs`).
    pub stepper: step::Stepper,
    /// The projector page, when one is served (`serve.rs`).
    pub projector: Option<serve::Projector>,
    /// `--no-files`: `:load` and `:export` are off (kiosk machines).
    pub no_files: bool,
    /// The last line was the empty line that ended a block (an indented
    /// line right after it is a paste split by a blank line).
    ended_block: bool,
    /// The session as the screen showed it, for `:save`.
    log: std::rc::Rc<std::cell::RefCell<transcript::Log>>,
    /// Input comes from a terminal (`:clear` clears it).
    pub terminal: bool,
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
        let log = std::rc::Rc::default();
        let tee = |inner| transcript::Tee {
            inner,
            log: std::rc::Rc::clone(&log),
        };
        Session {
            interp: Interpreter::new(Box::new(tee(out))),
            err: Box::new(tee(err)),
            pending: String::new(),
            inputs: Vec::new(),
            view: crate::inspect::View::from_env(),
            exit_status: None,
            tutor: lesson::Tutor::default(),
            stepper: step::Stepper::default(),
            projector: None,
            no_files: false,
            ended_block: false,
            log,
            terminal: false,
        }
    }

    /// A session printing stdout and stderr into one buffer, interleaved
    /// as a terminal shows them (for tests and transcripts).
    pub fn captured() -> (Session, Capture) {
        let capture = Capture::default();
        let mut session = Session::new(Box::new(capture.clone()), Box::new(capture.clone()));
        session.view = crate::inspect::View::plain();
        (session, capture)
    }

    /// The interpreter's VM.
    pub fn vm(&mut self) -> &mut Vm {
        self.interp.vm()
    }

    /// The prompt for the next line: `>>> `, or `... ` inside an input
    /// (and for `:step`'s block), `step 3/20> ` while walking a recording.
    pub fn prompt(&self) -> String {
        if let Some(walk) = &self.stepper.walk {
            return walk.prompt();
        }
        let more = !self.pending.is_empty() || self.stepper.collecting;
        if more { PS2 } else { PS1 }.to_string()
    }

    /// The unfinished input typed so far.
    pub fn pending(&self) -> &str {
        &self.pending
    }

    /// Forgets the unfinished input (Ctrl-C at the prompt).
    pub fn discard_pending(&mut self) {
        self.pending.clear();
    }

    /// Takes one typed line (without its newline): runs the input once it
    /// is complete, as CPython's interactive loop does. An empty line ends
    /// a block (a line of spaces does not); a `:` line with nothing pending
    /// is a command.
    pub fn feed_line(&mut self, line: &str) -> Step {
        if self.projector.is_none() {
            return self.feed(line);
        }
        let prompt = self.prompt();
        let was_walking = self.stepper.walk.is_some();
        self.note_typed(&prompt, line);
        let step = self.feed(line);
        self.after_line(step, was_walking);
        step
    }

    /// `feed_line` itself, noting whether the line ended a block.
    fn feed(&mut self, line: &str) -> Step {
        let had_pending = !self.pending.is_empty();
        let step = self.feed_typed(line);
        self.ended_block = had_pending && line.is_empty();
        step
    }

    fn feed_typed(&mut self, line: &str) -> Step {
        if self.stepper_takes() {
            self.step_line(line);
            return Step::Done;
        }
        if self.pending.is_empty() {
            if line.trim_start().starts_with(':') {
                return self.command(line.trim());
            }
            if line.trim().is_empty() {
                return Step::Done;
            }
        }
        self.pending.push_str(line);
        self.pending.push('\n');
        if !line.is_empty() && line.trim().is_empty() {
            return Step::More; // cpython: only an empty line ends a block, not spaces
        }
        // An empty line ends a block, but not a bracket or a string.
        let ready = match completeness(&self.pending) {
            Completeness::Complete => true,
            Completeness::Invalid => !deferred_error(&self.pending),
            Completeness::Incomplete => false,
        };
        if ready {
            let input = std::mem::take(&mut self.pending);
            self.eval(&input);
            return match self.exit_status {
                Some(_) => Step::Quit,
                None => Step::Done,
            };
        }
        if let Some(error) = premature_error(&self.pending) {
            let input = std::mem::take(&mut self.pending);
            self.report_syntax_error(error, &input, true);
            return Step::Done;
        }
        Step::More
    }

    /// Runs whatever input is pending (end of input, Ctrl-D at `... `).
    pub fn finish(&mut self) {
        if self.stepper.collecting {
            return self.step_line(""); // the block ends: record it
        }
        let input = std::mem::take(&mut self.pending);
        self.eval(&input);
    }

    /// Runs one complete input (a statement or a block) in interactive
    /// mode; errors are reported and the session goes on.
    pub fn eval(&mut self, input: &str) {
        self.eval_as(input, crate::Mode::Single);
    }

    /// Runs one input compiled in `mode` (`Single` echoes expression
    /// values); says whether it ran without an error.
    fn eval_as(&mut self, input: &str, mode: crate::Mode) -> bool {
        if input.trim().is_empty() {
            return true;
        }
        self.inputs.push(input.to_string());
        if self.quitter(input.trim()) {
            return true;
        }
        let code = match self.interp.compile(input, "<stdin>", mode) {
            Ok(c) => c,
            Err(e) => {
                let show_source = !found_after_parsing(&e);
                self.report_syntax_error(e, input, show_source);
                return false;
            }
        };
        let result = self.interp.run(code);
        let ok = result.is_ok();
        if let Err(exc) = result {
            if exc.is(crate::exception::ExcKind::SystemExit) {
                self.system_exit(&exc);
                return false;
            }
            self.report_exception(exc);
        }
        self.join_threads();
        let _ = self.err.flush();
        ok
    }

    /// A traceback on stderr; `:explain` can then explain it.
    fn report_exception(&mut self, exc: crate::exception::Exc) {
        let report = format_exception(self.vm(), &exc, &NoSource);
        self.vm().flush_out();
        let _ = self.err.write_all(report.as_bytes());
        self.interp.last_exception = Some(exc);
        self.interp.last_syntax_error = None;
    }

    /// Threads the input started run to their end before the next prompt
    /// (cellar's threads only run while Python code does).
    fn join_threads(&mut self) {
        if let Err(exc) = self.vm().join_threads() {
            self.report_exception(exc);
        }
    }

    /// CPython's `exit` and `quit` helpers (site.py's Quitter), for the
    /// names the subset lacks: `exit()` ends the session, `exit` alone
    /// says how. A global of the same name wins.
    fn quitter(&mut self, input: &str) -> bool {
        let name = input.strip_suffix("()").unwrap_or(input);
        if !matches!(name, "exit" | "quit")
            || self.vm().globals.items().iter().any(|(n, _)| &**n == name)
        {
            return false;
        }
        if name == input {
            self.print(&format!("Use {name}() or Ctrl-D (i.e. EOF) to exit"));
        } else {
            self.exit_status = Some(0);
        }
        true
    }

    /// `raise SystemExit(n)` ends the session with status n, as in CPython:
    /// None is 0, an int is itself, anything else is printed and gives 1.
    fn system_exit(&mut self, exc: &Exc) {
        let status = match exc.args().first() {
            None | Some(crate::value::Value::None) => 0,
            Some(crate::value::Value::Int(n)) => *n as i32,
            Some(_) => {
                let text = crate::exception::message_of(self.vm(), &exc.to_value());
                self.complain(&text.unwrap_or_default());
                1
            }
        };
        self.exit_status = Some(status);
    }

    /// Prints a SyntaxError found in `input`, with or without its source
    /// line.
    fn report_syntax_error(&mut self, mut error: SyntaxError, input: &str, show_source: bool) {
        let source = if show_source { input } else { "" };
        let line = source.lines().nth(error.line.saturating_sub(1) as usize);
        if error.col == 0 && line.is_some_and(|l| l.trim().is_empty()) {
            // cpython: the interactive tokenizer reports end of input at the
            // blank line's NEWLINE token, so the caret sits in column 1.
            (error.col, error.end_col) = (1, 2);
        }
        self.vm().flush_out();
        let _ = self
            .err
            .write_all(error.render("<stdin>", source).as_bytes());
        self.interp.last_syntax_error = Some(error.clone());
        if self.ended_block && error.line == 1 && &*error.msg == "unexpected indent" {
            let _ = writeln!(self.err, "{}", paste::PASTE_HINT);
        }
        let _ = self.err.flush();
        self.interp.last_exception = None;
    }

    /// Runs a script in the session's globals (`cellar -i FILE`, `:load`).
    /// An exception it raises is the one `:explain` explains.
    pub fn run_script(&mut self, source: &str, filename: &str) {
        let Err(failure) = self.interp.run_source_raising(source, filename) else {
            return self.join_threads();
        };
        match &failure {
            crate::script::Failure::Raised(exc) => {
                self.interp.last_exception = Some(exc.clone());
                self.interp.last_syntax_error = None;
            }
            crate::script::Failure::Syntax(e) => {
                self.interp.last_exception = None;
                self.interp.last_syntax_error = Some(e.clone());
            }
        }
        let report = self.interp.report(failure, source, filename);
        let _ = self.err.write_all(report.as_bytes());
        let _ = self.err.flush();
        self.join_threads();
    }

    /// Writes command output to stdout, ending it with a newline.
    fn print(&mut self, text: &str) {
        self.vm().write_out(text);
        if !text.is_empty() && !text.ends_with('\n') {
            self.vm().write_out("\n");
        }
        self.vm().flush_out();
    }

    /// Writes a one-line message to stderr.
    fn complain(&mut self, msg: &str) {
        self.vm().flush_out();
        let _ = writeln!(self.err, "{msg}");
        let _ = self.err.flush();
    }
}
