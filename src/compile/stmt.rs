//! Statements → instructions, after CPython 3.11's compile.c: loops and
//! the frame-block unwinding that `break`, `continue` and `return` need
//! (`try` statements are in `try_stmt.rs`).

use super::Compiler;
use super::unit::FBlock;
use crate::ast::{self, Expr, ExprKind, Stmt, StmtKind};
use crate::code::Instr;
use crate::symtable::BlockKind;
use crate::syntax_error::SyntaxError;
use crate::value::Value;
use std::rc::Rc;

pub(crate) type CResult = Result<(), SyntaxError>;

/// The block and handler stacks as they were before an unwind.
type SavedBlocks<'a> = (Vec<FBlock<'a>>, Vec<super::unit::Handler>);
/// The loop an unwind stopped at (if asked to) and what to restore after.
type Unwound<'a> = (Option<FBlock<'a>>, SavedBlocks<'a>);

impl<'a> Compiler<'a> {
    /// A module or class body: a leading string becomes `__doc__`.
    pub(crate) fn body_stmts(&mut self, body: &'a [Stmt]) -> CResult {
        if self.unit().block.kind == BlockKind::Module
            && let Some(first) = body.first()
        {
            self.unit().set_span(first.span);
        }
        // cpython: compiler_body — every annotated class and module has __annotations__
        if find_ann(body) {
            self.emit(Instr::SetupAnnotations);
        }
        let rest = match docstring(body) {
            Some(doc) if !self.interactive => {
                self.unit().set_span(body[0].span);
                self.load_const(Value::str(doc.to_string()));
                self.store_name(&Rc::from("__doc__"));
                &body[1..]
            }
            _ => body,
        };
        self.stmts(rest)
    }

    pub(crate) fn stmts(&mut self, body: &'a [Stmt]) -> CResult {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult {
        self.unit().set_span(s.span);
        match &s.kind {
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Assign { targets, value } => self.assign(targets, value),
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value.as_ref(), *simple),
            StmtKind::FunctionDef(f) => self.function_def(f, s.span.line),
            StmtKind::ClassDef(c) => self.class_def(c, s.span.line),
            StmtKind::Return(v) => self.return_stmt(v.as_ref(), s),
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.delete_target(t)),
            StmtKind::If { test, body, orelse } => self.if_stmt(test, body, orelse),
            StmtKind::While { test, body, orelse } => self.while_stmt(test, body, orelse),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async: false,
            } => self.for_stmt(target, iter, body, orelse),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async: true,
            } => self.async_for(target, iter, body, orelse, s.span),
            StmtKind::Break => self.break_stmt(s),
            StmtKind::Continue => self.continue_stmt(s),
            StmtKind::Pass => {
                self.emit(Instr::Nop);
                Ok(())
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => Ok(()),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.try_stmt(body, handlers, orelse, finalbody),
            StmtKind::With {
                items,
                body,
                is_async: false,
            } => self.with_stmt(items, body, s.span),
            StmtKind::With {
                items,
                body,
                is_async: true,
            } => self.async_with(items, body, s.span),
            StmtKind::Raise { exc, cause } => self.raise_stmt(exc.as_ref(), cause.as_ref()),
            StmtKind::Assert { test, msg } => self.assert_stmt(test, msg.as_ref(), s.span),
            StmtKind::Import(aliases) => self.import(aliases),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(module, names, *level),
        }
    }

    /// cpython: compiler_visit_stmt_expr — constants are dropped; the REPL echoes.
    fn expr_stmt(&mut self, e: &'a Expr) -> CResult {
        let top_level = self.units.len() == 1;
        if self.interactive && top_level {
            self.expr(e)?;
            self.emit(Instr::PrintExpr);
            return Ok(());
        }
        if matches!(e.kind, ExprKind::Constant(_)) {
            self.emit(Instr::Nop);
            return Ok(());
        }
        self.expr(e)?;
        self.emit(Instr::PopTop);
        Ok(())
    }

    /// `a = b = v`: the value once, copied for every target but the last.
    fn assign(&mut self, targets: &'a [Expr], value: &'a Expr) -> CResult {
        self.expr(value)?;
        for (i, t) in targets.iter().enumerate() {
            if i + 1 < targets.len() {
                self.emit(Instr::Copy(1));
            }
            self.store_target(t)?;
        }
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: ast::BinOp, value: &'a Expr) -> CResult {
        let opcode = crate::code::BinaryOpArg::new(op, true);
        match &target.kind {
            ExprKind::Name(n) => {
                let saved = self.unit().span;
                self.unit().set_span(target.span);
                self.load_name(n);
                self.unit().set_span(saved);
                self.expr(value)?;
                self.emit(Instr::BinaryOp(opcode));
                self.store_name(n);
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.emit(Instr::Copy(1));
                let i = self.unit().add_name(attr);
                self.emit(Instr::LoadAttr(i));
                self.expr(value)?;
                self.emit(Instr::BinaryOp(opcode));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreAttr(i));
            }
            ExprKind::Subscript { value: obj, index } => {
                self.expr(obj)?;
                self.expr(index)?;
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.emit(Instr::BinarySubscr);
                self.expr(value)?;
                self.emit(Instr::BinaryOp(opcode));
                self.emit(Instr::Swap(3));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreSubscr);
            }
            _ => {
                return Err(self.error(
                    "'expression' is an illegal expression for augmented assignment",
                    target,
                ));
            }
        }
        Ok(())
    }

    /// `x: T = v` stores `v`; the annotation itself is not evaluated.
    /// `x: T = v`: the assignment, then, in a module or class body, the
    /// annotation: stored in `__annotations__` for a simple name, evaluated
    /// and dropped otherwise. cpython: compiler_annassign
    fn ann_assign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CResult {
        if let Some(v) = value {
            self.expr(v)?;
            self.store_target(target)?;
        }
        if self.unit().block.is_function_like() {
            return Ok(());
        }
        match &target.kind {
            ExprKind::Name(name) if simple => {
                self.expr(annotation)?;
                self.load_name(&Rc::from("__annotations__"));
                let mangled = self.unit().block.mangle(name);
                self.load_const(Value::str(mangled.to_string()));
                self.emit(Instr::StoreSubscr);
                return Ok(());
            }
            ExprKind::Attribute { value: obj, .. } if value.is_none() => self.expr_and_pop(obj)?,
            ExprKind::Subscript { value: obj, index } if value.is_none() => {
                self.expr_and_pop(obj)?;
                self.expr_and_pop(index)?;
            }
            _ => {}
        }
        self.expr_and_pop(annotation)
    }

    fn expr_and_pop(&mut self, e: &'a Expr) -> CResult {
        self.expr(e)?;
        self.emit(Instr::PopTop);
        Ok(())
    }

    /// `return v`: leave every enclosing block (running `finally` bodies), then return.
    fn return_stmt(&mut self, value: Option<&'a Expr>, s: &Stmt) -> CResult {
        if !self.unit().block.is_function_like() || self.in_comprehension() {
            return Err(SyntaxError::spanning(
                "'return' outside function",
                s.span.line,
                s.span.col + 1,
                s.span.end_col + 1,
            ));
        }
        let block = &self.unit().block;
        if value.is_some() && block.is_coroutine && block.is_generator {
            return Err(SyntaxError::spanning(
                "'return' with value in async generator",
                s.span.line,
                s.span.col + 1,
                s.span.end_col + 1,
            ));
        }
        // cpython: compiler_return — a constant is loaded after the
        // unwinding (nothing to preserve across it); NOPs keep the lines
        let constant = value.and_then(super::fold::folded);
        let preserve = value.is_some() && constant.is_none();
        match value {
            Some(v) if preserve => self.expr(v)?,
            Some(v) => {
                self.unit().set_span(v.span);
                self.emit(Instr::Nop);
            }
            None => {}
        }
        if value.is_none_or(|v| v.span.line != s.span.line) {
            self.unit().set_span(s.span);
            self.emit(Instr::Nop);
        }
        let (_, saved) = self.unwind_fblocks(preserve, false)?;
        if !preserve {
            self.load_const(constant.unwrap_or(Value::None));
        }
        self.emit(Instr::ReturnValue);
        self.restore_blocks(saved);
        Ok(())
    }

    fn in_comprehension(&self) -> bool {
        let kind = self.units.last().map(|u| u.block.kind);
        matches!(
            kind,
            Some(
                BlockKind::ListComp
                    | BlockKind::SetComp
                    | BlockKind::DictComp
                    | BlockKind::GeneratorExp
            )
        )
    }

    fn if_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let end = self.unit().new_label();
        let next = if orelse.is_empty() {
            end
        } else {
            self.unit().new_label()
        };
        self.jump_if(test, next, false)?;
        self.stmts(body)?;
        if !orelse.is_empty() {
            self.emit_artificial(Instr::JumpForward(end.0));
            self.unit().bind(next);
            self.stmts(orelse)?;
        }
        self.unit().bind(end);
        Ok(())
    }

    /// cpython: compiler_while — the test is compiled at the top and again
    /// at the bottom of the loop.
    fn while_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let (top, body_label, anchor, exit) = (
            self.unit().new_label(),
            self.unit().new_label(),
            self.unit().new_label(),
            self.unit().new_label(),
        );
        let forever = is_true_constant(test);
        self.unit().bind(top);
        if forever {
            // cpython: the constant test, compiled then optimized away,
            // leaves a NOP on its line and its value in co_consts
            if let ExprKind::Constant(c) = &test.kind {
                self.unit().add_const(super::expr::constant(c));
            }
            self.emit(Instr::Nop);
        } else {
            self.jump_if(test, anchor, false)?;
        }
        self.unit().bind(body_label);
        self.unit()
            .fblocks
            .push(FBlock::WhileLoop { start: top, exit });
        self.stmts(body)?;
        self.unit().fblocks.pop();
        if forever {
            self.unit().set_span(test.span);
            self.emit(Instr::JumpBackward(body_label.0));
        } else {
            self.unit().set_span(test.span);
            self.jump_if(test, body_label, true)?;
        }
        self.unit().bind(anchor);
        self.stmts(orelse)?;
        self.unit().bind(exit);
        Ok(())
    }

    fn for_stmt(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let (start, cleanup, exit) = (
            self.unit().new_label(),
            self.unit().new_label(),
            self.unit().new_label(),
        );
        self.iterable(iter)?;
        self.emit(Instr::GetIter);
        self.unit().bind(start);
        self.emit(Instr::ForIter(cleanup.0));
        self.unit().fblocks.push(FBlock::ForLoop { start, exit });
        self.store_target(target)?;
        self.stmts(body)?;
        self.unit().fblocks.pop();
        self.emit_artificial(Instr::JumpBackward(start.0));
        self.unit().bind(cleanup);
        self.stmts(orelse)?;
        self.unit().bind(exit);
        Ok(())
    }

    fn break_stmt(&mut self, s: &Stmt) -> CResult {
        let (found, saved) = self.unwind_fblocks(false, true)?;
        match found {
            Some(FBlock::ForLoop { exit, .. }) => {
                self.emit(Instr::PopTop);
                self.emit(Instr::JumpForward(exit.0));
            }
            Some(FBlock::WhileLoop { exit, .. }) => self.emit(Instr::JumpForward(exit.0)),
            _ => {
                return Err(SyntaxError::spanning(
                    "'break' outside loop",
                    s.span.line,
                    s.span.col + 1,
                    s.span.end_col + 1,
                ));
            }
        }
        self.restore_blocks(saved);
        Ok(())
    }

    fn continue_stmt(&mut self, s: &Stmt) -> CResult {
        let (found, saved) = self.unwind_fblocks(false, true)?;
        match found {
            Some(FBlock::ForLoop { start, .. } | FBlock::WhileLoop { start, .. }) => {
                self.emit(Instr::JumpBackward(start.0))
            }
            _ => {
                return Err(SyntaxError::spanning(
                    "'continue' not properly in loop",
                    s.span.line,
                    s.span.col + 1,
                    s.span.end_col + 1,
                ));
            }
        }
        self.restore_blocks(saved);
        Ok(())
    }

    /// cpython: compiler_unwind_fblock_stack — emits what leaving each
    /// enclosing block needs, innermost first, and stops at the nearest loop
    /// when `to_loop` (returning it). The caller emits its jump or return
    /// with the handlers left (so no handler covers it, as in CPython),
    /// then restores the block and handler stacks with `restore_blocks`:
    /// the code after the jump is still inside them.
    fn unwind_fblocks(
        &mut self,
        preserve_tos: bool,
        to_loop: bool,
    ) -> Result<Unwound<'a>, SyntaxError> {
        let saved = (self.unit().fblocks.clone(), self.unit().handlers.clone());
        let mut found = None;
        while let Some(top) = self.unit().fblocks.pop() {
            if to_loop && matches!(top, FBlock::ForLoop { .. } | FBlock::WhileLoop { .. }) {
                found = Some(top);
                break;
            }
            self.unwind_fblock(&top, preserve_tos)?;
        }
        Ok((found, saved))
    }

    fn restore_blocks(&mut self, (blocks, handlers): SavedBlocks<'a>) {
        self.unit().fblocks = blocks;
        self.unit().handlers = handlers;
    }

    /// cpython: compiler_unwind_fblock
    fn unwind_fblock(&mut self, block: &FBlock<'a>, preserve_tos: bool) -> CResult {
        match block {
            FBlock::WhileLoop { .. } => {}
            FBlock::ExceptStarHandler => {
                let at = self.unit().span;
                return Err(SyntaxError::spanning(
                    "'break', 'continue' and 'return' cannot appear in an except* block",
                    at.line,
                    at.col + 1,
                    at.end_col + 1,
                ));
            }
            FBlock::TryExcept => {
                self.emit_setup_nop(); // cpython: POP_BLOCK, a NOP no handler covers
                self.unit().pop_handler();
            }
            FBlock::ForLoop { .. } | FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
            }
            FBlock::FinallyTry { body, .. } => {
                self.emit_setup_nop(); // cpython: POP_BLOCK, on the unwinding statement's line
                self.unit().pop_handler();
                if preserve_tos {
                    self.unit().fblocks.push(FBlock::PopValue);
                }
                self.stmts(body)?;
                if preserve_tos {
                    self.unit().fblocks.pop();
                }
            }
            FBlock::With { span, is_async } => {
                // cpython: the exit call has the `with` line; what unwinds
                // after it (the return or jump) looks as if it ran later
                self.unit().pop_handler();
                self.unit().set_span(*span);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.call_exit_with_nones();
                if *is_async {
                    self.await_value(2);
                }
                self.emit(Instr::PopTop);
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.unit().pop_handler();
                self.emit(Instr::PopExcept);
            }
            FBlock::HandlerCleanup { name, .. } => {
                if name.is_some() {
                    self.unit().pop_handler();
                }
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.unit().pop_handler();
                self.emit(Instr::PopExcept);
                if let Some(n) = name {
                    self.clear_exception_name(n);
                }
            }
        }
        Ok(())
    }

    fn raise_stmt(&mut self, exc: Option<&'a Expr>, cause: Option<&'a Expr>) -> CResult {
        let mut n = 0;
        if let Some(e) = exc {
            self.expr(e)?;
            n = 1;
            if let Some(c) = cause {
                self.expr(c)?;
                n = 2;
            }
        }
        self.emit(Instr::RaiseVarargs(n));
        Ok(())
    }

    /// The raise has the location a comparison test leaves set (cpython
    /// 3.11: compiler_jump_if's Compare case), else the statement's, so
    /// `assert flag, "msg"` shows no carets.
    fn assert_stmt(&mut self, test: &'a Expr, msg: Option<&'a Expr>, span: ast::Span) -> CResult {
        if let Some(w) = super::warnings::assert_test(test) {
            self.warn(span.line, w);
        }
        let end = self.unit().new_label();
        self.jump_if(test, end, true)?;
        let mut tested = test;
        while let ExprKind::UnaryOp {
            op: ast::UnaryOp::Not,
            operand,
        } = &tested.kind
        {
            tested = operand;
        }
        let at = match &tested.kind {
            ExprKind::Compare { .. } => tested.span,
            _ => span,
        };
        self.unit().set_span(at);
        self.emit(Instr::LoadAssertionError);
        if let Some(m) = msg {
            self.expr(m)?;
            self.emit_call(0);
        }
        self.emit(Instr::RaiseVarargs(1));
        self.unit().bind(end);
        Ok(())
    }

    /// Stores the value on top of the stack into an assignment target.
    pub(crate) fn store_target(&mut self, t: &'a Expr) -> CResult {
        self.at(t.span, |c| c.store_target_kind(t))
    }

    fn store_target_kind(&mut self, t: &'a Expr) -> CResult {
        match &t.kind {
            ExprKind::Name(n) => self.store_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.unit().add_name(attr);
                self.emit(Instr::StoreAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Instr::StoreSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => self.unpack_into(items, t)?,
            ExprKind::Starred(_) => {
                return Err(self.error("starred assignment target must be in a list or tuple", t));
            }
            _ => return Err(self.error(&format!("cannot assign to {}", describe(t)), t)),
        }
        Ok(())
    }

    /// `a, *b, c = v`: UNPACK_SEQUENCE or UNPACK_EX, then each target.
    fn unpack_into(&mut self, items: &'a [Expr], t: &Expr) -> CResult {
        self.emit(unpack_instr(items).map_err(|msg| self.error(msg, t))?);
        for e in items {
            match &e.kind {
                ExprKind::Starred(inner) => self.store_target(inner)?,
                _ => self.store_target(e)?,
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult {
        self.at(t.span, |c| c.delete_target_kind(t))
    }

    fn delete_target_kind(&mut self, t: &'a Expr) -> CResult {
        match &t.kind {
            ExprKind::Name(n) => self.delete_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.unit().add_name(attr);
                self.emit(Instr::DeleteAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Instr::DeleteSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                items.iter().try_for_each(|e| self.delete_target(e))?
            }
            _ => return Err(self.error(&format!("cannot delete {}", describe(t)), t)),
        }
        Ok(())
    }

    /// Compiles with `span` as the location of the instructions emitted,
    /// then restores the enclosing node's (cpython: SET_LOC and restore).
    pub(crate) fn at<T>(&mut self, span: crate::ast::Span, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = self.unit().span;
        self.unit().set_span(span);
        let r = f(self);
        self.unit().set_span(saved);
        r
    }

    pub(crate) fn error(&self, msg: &str, e: &Expr) -> SyntaxError {
        SyntaxError::spanning(msg, e.span.line, e.span.col + 1, e.span.end_col + 1)
    }
}

/// The docstring of a body: its first statement, if a string constant.
pub(crate) fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr {
            kind: ExprKind::Constant(ast::Constant::Str(s)),
            ..
        })) => Some(s),
        _ => None,
    }
}

fn is_true_constant(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(ast::Constant::True) => true,
        ExprKind::Constant(ast::Constant::Int(i)) => i != &num_bigint::BigInt::from(0),
        _ => false,
    }
}

/// How CPython names an expression in "cannot assign to ..." messages.
pub(crate) fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Call { .. } => "function call",
        ExprKind::Constant(_) => "literal",
        ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::BoolOp { .. } => "expression",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::JoinedStr(_) => "f-string expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        _ => "expression",
    }
}

/// The unpacking instruction for a target list, with CPython's limits:
/// UNPACK_EX packs the names before the star into 8 bits.
// cpython: compile.c unpack_helper (same checks, same order)
fn unpack_instr(items: &[Expr]) -> Result<Instr, &'static str> {
    let mut star = None;
    for (i, e) in items.iter().enumerate() {
        if !matches!(e.kind, ExprKind::Starred(_)) {
            continue;
        }
        if star.is_some() {
            return Err("multiple starred expressions in assignment");
        }
        let after = items.len() - i - 1;
        if i >= 1 << 8 || after >= (i32::MAX >> 8) as usize {
            return Err("too many expressions in star-unpacking assignment");
        }
        star = Some(Instr::UnpackEx(i as u32 | (after as u32) << 8));
    }
    Ok(star.unwrap_or(Instr::UnpackSequence(items.len() as u32)))
}

/// Whether a block's own statements (not nested functions or classes)
/// contain an annotated assignment. cpython: compile.c find_ann
fn find_ann(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => find_ann(body) || find_ann(orelse),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            find_ann(body)
                || handlers.iter().any(|h| find_ann(&h.body))
                || find_ann(orelse)
                || find_ann(finalbody)
        }
        _ => false,
    })
}
