//! The compiler: AST + symbol table → code objects.
//!
//! Scopes are already decided (`symtable`); the compiler looks each name up
//! and picks its opcode in one match (`name_op`). Emission follows CPython
//! 3.11's compile.c closely, so the sequence of name instructions, the
//! fast-locals layout and `co_varnames/co_cellvars/co_freevars` match it.

mod call;
mod dict;
mod expr;
mod fold;
mod func;
mod import;
mod optimize;
mod stmt;
mod try_star;
mod try_stmt;
mod unit;
mod warnings;
mod with;

use crate::ast::{self, Name, ScopeId};
use crate::code::Code;
use crate::symtable::SymbolTable;
use crate::syntax_error::SyntaxError;
use std::rc::Rc;
use unit::Unit;

/// What a source is compiled as (CPython's `compile()` modes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A module: a script, `:load`, a lesson block.
    Exec,
    /// One REPL input: expression statements echo their value.
    Single,
    /// One expression, whose value the code returns.
    Eval,
}

/// Compiles a module in `mode` (for `Eval`, a module of one expression
/// statement, as `parse::expression` makes).
pub fn module(
    m: &ast::Module,
    table: &SymbolTable,
    filename: &str,
    source: &str,
    mode: Mode,
) -> Result<Rc<Code>, SyntaxError> {
    let mut c = Compiler {
        table,
        filename: Rc::from(filename),
        source: Rc::from(source),
        units: Vec::new(),
        interactive: mode == Mode::Single,
        // the tokenizer warns before the compiler does
        warnings: m.warnings.clone(),
    };
    c.enter_scope(ScopeId(0), 0);
    c.emit(crate::code::Instr::Resume(0));
    match (&m.body[..], mode) {
        (
            [
                ast::Stmt {
                    kind: ast::StmtKind::Expr(e),
                    ..
                },
            ],
            Mode::Eval,
        ) => {
            c.expr(e)?;
            c.emit(crate::code::Instr::ReturnValue);
        }
        _ => {
            c.body_stmts(&m.body)?;
            c.implicit_return();
        }
    }
    let mut code = c.leave_scope();
    if let Some(code) = Rc::get_mut(&mut code) {
        code.warnings = std::mem::take(&mut c.warnings);
    }
    Ok(code)
}

/// One compilation: the stack of code units being built (the innermost
/// block last) and what every unit shares.
pub(crate) struct Compiler<'a> {
    table: &'a SymbolTable,
    filename: Name,
    /// The text compiled (every code object keeps it, for the stepper).
    source: Rc<str>,
    units: Vec<Unit<'a>>,
    interactive: bool,
    /// SyntaxWarnings found so far: (line, message).
    warnings: Vec<(u32, String)>,
}

impl<'a> Compiler<'a> {
    /// Starts the code unit for block `id`.
    fn enter_scope(&mut self, id: ScopeId, line: u32) {
        let block = self.table.block(id);
        self.units.push(Unit::new(block, line));
    }

    /// Finishes the innermost unit into a code object.
    fn leave_scope(&mut self) -> Rc<Code> {
        let unit = self
            .units
            .pop()
            .expect("invariant: leave_scope pairs with enter_scope");
        let enclosing = self.units.iter().map(|u| u.shared.clone()).collect();
        let code = unit.finish(self.filename.clone(), self.source.clone(), enclosing);
        #[cfg(debug_assertions)]
        if let Err(e) = crate::code::verify(&code) {
            panic!("invariant: the compiler made code the VM cannot trust: {e}");
        }
        Rc::new(code)
    }

    /// Records a SyntaxWarning at `line`. CPython warns without a
    /// registry, so code compiled twice (a `while` test) warns twice.
    fn warn(&mut self, line: u32, msg: impl Into<String>) {
        self.warnings.push((line, msg.into()));
    }

    fn unit(&mut self) -> &mut Unit<'a> {
        self.units
            .last_mut()
            .expect("invariant: a unit is always open while compiling")
    }

    fn emit(&mut self, instr: crate::code::Instr) {
        self.unit().emit(instr);
    }

    /// `PRECALL n; CALL n`, as CPython 3.11 emits every call.
    /// A jump the compiler adds on its own (the end of an `if` body, a
    /// loop's back edge): CPython gives it no line number, which lets its
    /// optimizer thread jumps to it.
    fn emit_artificial(&mut self, instr: crate::code::Instr) {
        let at = self.unit().instrs.len();
        self.unit().artificial.push(at);
        self.emit(instr);
    }

    fn emit_call(&mut self, n: u32) {
        self.emit(crate::code::Instr::Precall(n));
        self.emit(crate::code::Instr::Call(n));
    }

    /// The `return None` a body falls off into; CPython's assembler adds
    /// it without a line number, which lets its optimizer copy it over the
    /// jumps that reach it.
    fn implicit_return(&mut self) {
        let at = self.unit().instrs.len();
        self.unit().implicit_return = Some(at);
        self.return_none();
    }

    fn return_none(&mut self) {
        let none = self.unit().add_const(crate::value::Value::None);
        self.emit(crate::code::Instr::LoadConst(none));
        self.emit(crate::code::Instr::ReturnValue);
    }
}
