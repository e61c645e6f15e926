//! `try` with `except*` clauses → instructions, after CPython 3.11's
//! compile.c compiler_try_star_except. The handlers share three values
//! under the one being handled: the original exception, the list of what
//! the clauses raised, and the rest still unmatched.
//!
//! ```text
//! [prev, exc]                  COPY 1; BUILD_LIST 0; SWAP 2
//! [prev, orig, res, exc]       <E1>; CHECK_EG_MATCH; COPY 1; POP_JUMP_IF_NONE no_match
//! [prev, orig, res, rest, m]   <store V1>; <S1>  (an exception in S1: LIST_APPEND 3)
//! ...                          after the last clause: LIST_APPEND 1 (the rest)
//! [prev, orig, res]            PREP_RERAISE_STAR → None, or the exception to re-raise
//! ```

use super::Compiler;
use super::stmt::CResult;
use super::unit::FBlock;
use crate::ast::{self, Stmt};
use crate::code::Instr;

impl<'a> Compiler<'a> {
    /// cpython: compiler_try_star_except
    pub(super) fn try_star_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        let [except, orelse_label, end, cleanup, reraise_star, reraise] =
            [(); 6].map(|_| self.unit().new_label());
        let outer = self.protected_body(body, except)?;
        self.emit_artificial(Instr::Nop); // cpython: POP_BLOCK (keeps jumps here unthreaded)
        self.emit_artificial(Instr::JumpForward(orelse_label.0));
        self.bind_handler(except, &outer);
        self.unit().push_handler(cleanup, 1, true);
        let in_cleanup = self.unit().handlers.clone();
        self.emit_exc_info_entry();
        self.unit().fblocks.push(FBlock::ExceptStarHandler);
        for (i, h) in handlers.iter().enumerate() {
            self.star_clause(h, i == 0, &in_cleanup)?;
        }
        self.emit(Instr::ListAppend(1)); // the unhandled rest (or None)
        self.unit().fblocks.pop();
        self.unit().bind(reraise_star);
        self.emit_artificial(Instr::PrepReraiseStar);
        self.emit_artificial(Instr::Copy(1));
        self.emit_artificial(Instr::PopJumpIfNotNone(reraise.0));
        self.emit_artificial(Instr::PopTop);
        self.unit().pop_handler();
        self.emit_artificial(Instr::PopExcept);
        self.emit_artificial(Instr::JumpForward(end.0));
        self.unit().bind(reraise);
        self.emit_artificial(Instr::Swap(2));
        self.emit_artificial(Instr::PopExcept);
        self.emit_artificial(Instr::Reraise(0));
        self.cleanup_handler(cleanup, &outer);
        self.unit().bind(orelse_label);
        self.stmts(orelse)?;
        self.unit().bind(end);
        Ok(())
    }

    /// One `except* T as name:` clause; falls through to the next clause
    /// with [orig, res, rest] on the stack.
    fn star_clause(
        &mut self,
        h: &'a ast::ExceptHandler,
        first: bool,
        in_cleanup: &[super::unit::Handler],
    ) -> CResult {
        self.unit().set_span(h.span);
        let [no_match, next, cleanup_end, handled] = [(); 4].map(|_| self.unit().new_label());
        if first {
            self.emit(Instr::Copy(1));
            self.emit(Instr::BuildList(0));
            self.emit(Instr::Swap(2));
        }
        if let Some(t) = &h.typ {
            self.expr(t)?;
            self.emit(Instr::CheckEgMatch);
            self.emit(Instr::Copy(1));
            self.emit(Instr::PopJumpIfNone(no_match.0));
        }
        match &h.name {
            Some(name) => self.store_name(name),
            None => self.emit(Instr::PopTop),
        }
        let in_handler = self.unit().handlers.clone();
        self.unit().push_handler(cleanup_end, 1, true);
        self.unit().fblocks.push(FBlock::HandlerCleanup {
            name: h.name.clone(),
        });
        self.stmts(&h.body)?;
        self.unit().fblocks.pop();
        self.unit().pop_handler();
        if let Some(name) = &h.name {
            self.clear_exception_name(name);
        }
        self.emit_artificial(Instr::JumpForward(handled.0));
        self.bind_handler(cleanup_end, &in_handler);
        if let Some(name) = &h.name {
            self.clear_exception_name(name);
        }
        self.emit_artificial(Instr::ListAppend(3)); // what the clause raised
        self.emit_artificial(Instr::PopTop); // lasti
        self.emit_artificial(Instr::JumpForward(next.0));
        self.unit().bind(handled);
        self.emit_artificial(Instr::Nop); // cpython: holds a propagated location
        self.emit_artificial(Instr::JumpForward(next.0));
        self.bind_handler(no_match, in_cleanup);
        self.unit().set_span(h.span);
        self.emit(Instr::PopTop); // the None match
        self.unit().bind(next);
        Ok(())
    }
}
