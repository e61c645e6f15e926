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
pub mod inspect;
pub mod lesson;
pub mod lines;
pub mod parse;
pub mod repl;
pub mod script;
pub mod suggest;
pub mod symtable;
pub mod syntax_error;
pub mod traceback;
pub mod value;
pub mod vm;

use std::rc::Rc;

/// Source → code object: parse, analyse scopes, compile.
pub fn compile_source(
    source: &str,
    filename: &str,
    globals: &vm::Globals,
    interactive: bool,
) -> Result<Rc<code::Code>, syntax_error::SyntaxError> {
    let module = parse::module(source)?;
    let table = symtable::build(&module)?;
    compile::module(&module, &table, filename, globals, interactive)
}
