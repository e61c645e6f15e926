//! `with` statements, as CPython 3.11 compiles them (compile.c
//! compiler_with): each item nests the next; the body runs with
//! `__exit__` kept on the stack under a handler that calls it with the
//! exception, and a normal exit calls it with three Nones.
//!
//! ```text
//!     mgr BEFORE_WITH  store target | POP_TOP          [handler: final, depth+1, lasti]
//!         body
//!     LOAD_CONST None ×3  PRECALL 2  CALL 2  POP_TOP  JUMP_FORWARD exit
//!     final:   PUSH_EXC_INFO WITH_EXCEPT_START          [handler: cleanup, depth+3, lasti]
//!              POP_JUMP_IF_TRUE suppress   RERAISE 2
//!     cleanup: COPY 3  POP_EXCEPT  RERAISE 1
//!     suppress: POP_TOP [still under cleanup]  POP_EXCEPT  POP_TOP  POP_TOP
//!     exit:
//! ```

use super::Compiler;
use super::unit::FBlock;
use crate::ast::{Span, Stmt, WithItem};
use crate::code::Instr;
use crate::syntax_error::SyntaxError;
use crate::value::Value;

type CResult = Result<(), SyntaxError>;

impl<'a> Compiler<'a> {
    /// `with items: body`.
    pub(super) fn with_stmt(
        &mut self,
        items: &'a [WithItem],
        body: &'a [Stmt],
        span: Span,
    ) -> CResult {
        self.with_items(items, body, span, false)
    }

    /// `async with items: body` (cpython: compiler_async_with): the same,
    /// with `__aenter__`/`__aexit__` awaited.
    pub(super) fn async_with(
        &mut self,
        items: &'a [WithItem],
        body: &'a [Stmt],
        span: Span,
    ) -> CResult {
        self.require_async("'async with' outside async function", span)?;
        self.with_items(items, body, span, true)
    }

    fn with_items(
        &mut self,
        items: &'a [WithItem],
        body: &'a [Stmt],
        span: Span,
        is_async: bool,
    ) -> CResult {
        let Some(item) = items.first() else {
            return self.stmts(body);
        };
        let (fin, exit, cleanup) = (
            self.unit().new_label(),
            self.unit().new_label(),
            self.unit().new_label(),
        );
        let outer = self.unit().handlers.clone();
        self.expr(&item.context_expr)?;
        if is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.await_value(1);
        } else {
            self.emit(Instr::BeforeWith);
        }
        self.unit().push_handler(fin, 1, true);
        self.unit().fblocks.push(FBlock::With { span, is_async });
        match &item.optional_vars {
            Some(target) => self.store_target(target)?,
            None => self.emit(Instr::PopTop),
        }
        self.with_items(&items[1..], body, span, is_async)?;
        self.unit().fblocks.pop();
        self.unit().pop_handler();
        self.body_nop_leaves_handler();
        self.unit().set_span(span);
        self.call_exit_with_nones();
        if is_async {
            self.await_value(2);
        }
        self.emit(Instr::PopTop);
        self.emit(Instr::JumpForward(exit.0));
        self.bind_handler(fin, &outer);
        self.unit().push_handler(cleanup, 3, true);
        self.emit(Instr::PushExcInfo);
        self.emit(Instr::WithExceptStart);
        if is_async {
            self.await_value(2);
        }
        self.with_except_finish(cleanup, &outer);
        self.unit().bind(exit);
        Ok(())
    }

    /// cpython: compiler_with_except_finish — `__exit__`'s answer decides:
    /// re-raise, or swallow the exception and go on after the statement.
    fn with_except_finish(&mut self, cleanup: super::unit::Label, outer: &[super::unit::Handler]) {
        let suppress = self.unit().new_label();
        let in_cleanup = self.unit().handlers.clone();
        self.emit(Instr::PopJumpIfTrue(suppress.0));
        self.emit(Instr::Reraise(2));
        self.cleanup_handler(cleanup, outer);
        self.bind_handler(suppress, &in_cleanup);
        self.emit(Instr::PopTop);
        self.unit().handlers = outer.to_vec();
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopTop);
    }

    /// A body ending in a NOP (`pass`): CPython's POP_BLOCK, a NOP that no
    /// handler covers, takes that NOP's place (and line), so the exception
    /// table leaves it out. cpython: compile.c clean_basic_block
    fn body_nop_leaves_handler(&mut self) {
        let unit = self.unit();
        if unit.instrs.last() == Some(&Instr::Nop)
            && let Some(last) = unit.handlers_of.last_mut()
        {
            *last = None;
        }
    }

    /// Awaits what is on the stack: `GET_AWAITABLE where; LOAD_CONST None;`
    /// and the send loop (`where`: 0 `await`, 1 `__aenter__`, 2 `__aexit__`).
    pub(super) fn await_value(&mut self, place: u32) {
        self.emit(Instr::GetAwaitable(place));
        self.load_const(Value::None);
        self.yield_from_loop(3);
    }

    /// `async for target in iter: body else: orelse`
    /// (cpython: compiler_async_for): `__anext__` is awaited under a
    /// handler that ends the loop at StopAsyncIteration.
    pub(super) fn async_for(
        &mut self,
        target: &'a crate::ast::Expr,
        iter: &'a crate::ast::Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        span: Span,
    ) -> CResult {
        self.require_async("'async for' outside async function", span)?;
        let (start, except, end) = (
            self.unit().new_label(),
            self.unit().new_label(),
            self.unit().new_label(),
        );
        let outer = self.unit().handlers.clone();
        self.expr(iter)?;
        self.emit(Instr::GetAiter);
        self.unit().bind(start);
        self.unit()
            .fblocks
            .push(FBlock::ForLoop { start, exit: end });
        self.unit().push_handler(except, 0, false);
        self.emit(Instr::GetAnext);
        self.await_tail();
        self.unit().pop_handler();
        self.store_target(target)?;
        self.stmts(body)?;
        self.emit_artificial(Instr::JumpBackward(start.0));
        self.unit().fblocks.pop();
        self.bind_handler(except, &outer);
        self.unit().set_span(iter.span);
        self.emit(Instr::EndAsyncFor);
        self.stmts(orelse)?;
        self.unit().bind(end);
        Ok(())
    }

    /// The send loop of an await, its awaitable already on the stack.
    fn await_tail(&mut self) {
        self.load_const(Value::None);
        self.yield_from_loop(3);
    }

    /// `await`, `async for` and `async with` belong in an `async def`.
    pub(super) fn require_async(&mut self, msg: &str, span: Span) -> CResult {
        if self.unit().block.is_coroutine {
            return Ok(());
        }
        let end = (span.end_line, span.end_col + 1);
        Err(SyntaxError::statement(msg, span.line, span.col + 1, end))
    }

    /// `__exit__(None, None, None)`: the normal way out of a `with`.
    pub(super) fn call_exit_with_nones(&mut self) {
        for _ in 0..3 {
            self.load_const(Value::None);
        }
        self.emit_call(2);
    }
}
