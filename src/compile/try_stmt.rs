//! `try`/`except`/`else`/`finally` → instructions, after CPython 3.11's
//! compile.c: the handlers go into the exception table, `finally` bodies
//! are compiled twice (the normal and the exceptional path), and an
//! `except ... as e` name is cleared when its handler ends.

use super::Compiler;
use super::stmt::CResult;
use super::unit::{FBlock, Label};
use crate::ast::{self, Name, Stmt};
use crate::code::Instr;
use crate::syntax_error::SyntaxError;
use crate::value::Value;

impl<'a> Compiler<'a> {
    /// `e = None; del e` at the end of `except ... as e`.
    pub(super) fn clear_exception_name(&mut self, name: &Name) {
        self.load_const(Value::None);
        self.store_name(name);
        self.delete_name(name);
    }

    pub(super) fn try_stmt(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> CResult {
        if finalbody.is_empty() {
            self.try_handlers(body, handlers, orelse)
        } else {
            self.try_finally(body, handlers, orelse, finalbody)
        }
    }

    /// The `except` or the `except*` clauses (all of a `try`'s are alike).
    fn try_handlers(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        if handlers.first().is_some_and(|h| h.star) {
            self.try_star_except(body, handlers, orelse)
        } else {
            self.try_except(body, handlers, orelse)
        }
    }

    /// cpython: compiler_try_finally — the `finally` body is compiled twice:
    /// once for the normal exit, once for the exceptional one.
    pub(super) fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> CResult {
        let (end, exit, cleanup) = (
            self.unit().new_label(),
            self.unit().new_label(),
            self.unit().new_label(),
        );
        let outer = self.unit().handlers.clone();
        // cpython: SETUP_FINALLY becomes a NOP on the `try` line, before
        // the range its handler covers
        self.emit_setup_nop();
        self.unit().push_handler(end, 0, false);
        self.unit()
            .fblocks
            .push(FBlock::FinallyTry { body: finalbody });
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            self.try_handlers(body, handlers, orelse)?;
        }
        self.unit().fblocks.pop();
        self.unit().pop_handler();
        self.stmts(finalbody)?;
        self.emit_artificial(Instr::JumpForward(exit.0));
        self.bind_handler(end, &outer);
        self.unit().push_handler(cleanup, 1, true);
        self.emit_exc_info_entry();
        self.unit().fblocks.push(FBlock::FinallyEnd);
        self.stmts(finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Instr::Reraise(0)); // still inside the cleanup handler's range
        self.unit().pop_handler();
        self.cleanup_handler(cleanup, &outer);
        self.unit().bind(exit);
        Ok(())
    }

    /// The NOP a SETUP_FINALLY becomes: no handler covers it, not even an
    /// enclosing one (cpython: label_exception_targets leaves a block push
    /// without `i_except`).
    pub(super) fn emit_setup_nop(&mut self) {
        self.emit(Instr::Nop);
        if let Some(h) = self.unit().handlers_of.last_mut() {
            *h = None;
        }
    }

    /// cpython: compiler_try_except
    pub(super) fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        let (except, end, cleanup) = (
            self.unit().new_label(),
            self.unit().new_label(),
            self.unit().new_label(),
        );
        let outer = self.protected_body(body, except)?;
        self.stmts(orelse)?;
        self.emit_artificial(Instr::JumpForward(end.0));
        self.bind_handler(except, &outer);
        self.unit().push_handler(cleanup, 1, true);
        let in_cleanup = self.unit().handlers.clone();
        self.emit_exc_info_entry();
        for (i, h) in handlers.iter().enumerate() {
            if h.typ.is_none() && i + 1 < handlers.len() {
                return Err(SyntaxError::spanning(
                    "default 'except:' must be last",
                    h.span.line,
                    h.span.col + 1,
                    h.span.end_col + 1,
                ));
            }
            self.except_handler(h, end, &in_cleanup)?;
        }
        // no clause matched: cpython gives this RERAISE the line of the last
        // `except`, the jump that reaches it
        if let Some(last) = handlers.last() {
            self.unit().set_span(last.span);
        }
        self.emit(Instr::Reraise(0));
        self.cleanup_handler(cleanup, &outer);
        self.unit().bind(end);
        Ok(())
    }

    /// One `except` clause: match, bind, run the body, clean up.
    pub(super) fn except_handler(
        &mut self,
        h: &'a ast::ExceptHandler,
        end: Label,
        in_cleanup: &[super::unit::Handler],
    ) -> CResult {
        self.unit().set_span(h.span);
        let next = self.unit().new_label();
        if let Some(t) = &h.typ {
            self.expr(t)?;
            self.emit(Instr::CheckExcMatch);
            self.emit(Instr::PopJumpIfFalse(next.0));
        }
        match &h.name {
            Some(name) => {
                let cleanup_end = self.unit().new_label();
                self.store_name(name);
                self.unit().push_handler(cleanup_end, 1, true);
                self.unit().fblocks.push(FBlock::HandlerCleanup {
                    name: Some(name.clone()),
                });
                self.stmts(&h.body)?;
                self.unit().fblocks.pop();
                self.unit().pop_handler();
                self.unit().pop_handler();
                self.emit(Instr::PopExcept);
                self.clear_exception_name(name);
                self.emit_artificial(Instr::JumpForward(end.0));
                self.bind_handler(cleanup_end, in_cleanup);
                self.clear_exception_name(name);
                self.emit(Instr::Reraise(1));
            }
            None => {
                self.emit(Instr::PopTop);
                self.unit()
                    .fblocks
                    .push(FBlock::HandlerCleanup { name: None });
                self.stmts(&h.body)?;
                self.unit().fblocks.pop();
                self.unit().pop_handler();
                self.emit(Instr::PopExcept);
                self.emit_artificial(Instr::JumpForward(end.0));
            }
        }
        self.bind_handler(next, in_cleanup);
        Ok(())
    }

    /// A `try` body whose exceptions go to `except` (cpython: SETUP_FINALLY,
    /// the body, POP_BLOCK); the handlers in force around it, for the code
    /// at `except`.
    pub(super) fn protected_body(
        &mut self,
        body: &'a [Stmt],
        except: Label,
    ) -> Result<Vec<super::unit::Handler>, SyntaxError> {
        let outer = self.unit().handlers.clone();
        self.emit_setup_nop();
        self.unit().push_handler(except, 0, false);
        self.unit().fblocks.push(FBlock::TryExcept);
        self.stmts(body)?;
        self.unit().fblocks.pop();
        self.unit().pop_handler();
        Ok(outer)
    }

    /// PUSH_EXC_INFO at a handler's entry, with no line (cpython: UNSET_LOC).
    pub(super) fn emit_exc_info_entry(&mut self) {
        self.emit(Instr::PushExcInfo);
        if let Some(line) = self.unit().lines.last_mut() {
            *line = 0;
        }
    }

    /// Binds a handler's label; code there runs under the handlers that
    /// were in force around its protected region.
    pub(super) fn bind_handler(&mut self, label: Label, handlers: &[super::unit::Handler]) {
        self.unit().bind(label);
        self.unit().handlers = handlers.to_vec();
    }

    /// `COPY 3; POP_EXCEPT; RERAISE 1`: restore the previous exception and re-raise.
    pub(super) fn cleanup_handler(&mut self, label: Label, outer: &[super::unit::Handler]) {
        self.bind_handler(label, outer);
        self.emit(Instr::Copy(3));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise(1));
    }
}
