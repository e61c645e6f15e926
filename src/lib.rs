//! cellar: a Python REPL that makes closures visible.
//!
//!     source ─parse─▶ ast ─symtable─▶ scopes ─compile─▶ code ─vm─▶ values / exceptions
//!                                       │                 │          │
//!                                    :scope             :dis      :closure :cells
//!
//! Each stage is a module with one entry function; its output can be printed,
//! and that printer is what the REPL's inspection commands show.

pub mod ast;
pub mod lines;
pub mod parse;
pub mod symtable;
pub mod syntax_error;
