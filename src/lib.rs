//! cellar: a Python REPL that makes closures visible.
//!
//! ```text
//!     source ─parse─▶ ast ─symtable─▶ scopes ─compile─▶ code ─vm─▶ values / exceptions
//!                                       │                 │          │
//!                                    :scope             :dis      :closure :cells
//! ```
//!
//! Each stage is a module with one entry function; its output can be printed,
//! and that printer is what the REPL's inspection commands show.

pub mod ast;
pub mod builtins;
pub mod code;
pub mod compile;
pub mod dis;
pub mod exception;
pub mod gc;
pub mod heap;
pub mod inspect;
pub mod interpreter;
pub mod lesson;
pub mod lines;
pub mod memory;
pub mod parse;
pub mod repl;
pub mod script;
pub mod serve;
pub mod stdlib;
pub mod step;
pub mod suggest;
pub mod symtable;
pub mod syntax_error;
pub mod traceback;
pub mod value;
pub mod vm;
pub mod weak;
pub mod wrap;

pub use compile::Mode;
pub use interpreter::Interpreter;

use std::rc::Rc;
use syntax_error::{Stage, SyntaxError};

/// The one pipeline, source → code object, reporting errors in CPython's
/// stage order: line structure and parser, then the symbol table, then
/// the compiler; each error says which stage found it. The code is linked
/// to a namespace when it is loaded (`Code::link`), not here.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Rc<code::Code>, SyntaxError> {
    let module = parse::syntax(source)?;
    if mode == Mode::Eval {
        parse::check_expression(&module)?;
    }
    let table =
        symtable::build_checked(&module, source).map_err(|e| e.at_stage(Stage::Symtable))?;
    let compiled = parse::compiler_checks(&module, source)
        .and_then(|()| compile::module(&module, &table, filename, source, mode));
    compiled.map_err(|e| e.at_stage(Stage::Compiler))
}
