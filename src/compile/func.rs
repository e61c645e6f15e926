//! Blocks that become code objects of their own: `def`, `lambda`, `class`
//! bodies and comprehensions; and `MAKE_FUNCTION` with its closure tuple.

use super::Compiler;
use super::stmt::{CResult, docstring};
use crate::ast::{
    Arguments, ClassDef, Comprehension, Expr, ExprKind, FunctionDef, ScopeId, StmtKind,
};
use crate::code::make_function;
use crate::code::{Code, Instr, flags};
use crate::symtable::BlockKind;
use crate::value::Value;
use std::rc::Rc;

impl<'a> Compiler<'a> {
    /// `@d def f(...): ...` — decorators, defaults, closure, MAKE_FUNCTION,
    /// then each decorator called, then the name stored.
    pub(crate) fn function_def(&mut self, f: &'a FunctionDef, line: u32) -> CResult {
        for d in &f.decorators {
            self.expr(d)?;
        }
        let first_line = f.decorators.first().map_or(line, |d| d.span.line);
        let mut fl = self.defaults(&f.args)?;
        fl |= self.annotations(&f.args, f.returns.as_ref())?;
        self.unit().set_line(line);
        let code = self.function_body(f, first_line)?;
        self.make_function(code, fl);
        for d in f.decorators.iter().rev() {
            self.unit().set_span(d.span);
            self.emit_call(0);
        }
        self.unit().set_line(line);
        self.store_name(&f.name);
        Ok(())
    }

    fn function_body(
        &mut self,
        f: &'a FunctionDef,
        first_line: u32,
    ) -> Result<Rc<Code>, crate::syntax_error::SyntaxError> {
        self.enter_scope(f.scope, first_line);
        self.set_arg_counts(&f.args);
        let doc = docstring(&f.body);
        self.unit()
            .add_const(doc.map_or(Value::None, |d| Value::str(d.to_string())));
        self.prologue();
        let body = if doc.is_some() {
            &f.body[1..]
        } else {
            &f.body[..]
        };
        self.stmts(body)?;
        if !ends_in_return(body) {
            self.implicit_return();
        }
        Ok(self.leave_scope())
    }

    pub(crate) fn lambda(
        &mut self,
        args: &'a Arguments,
        body: &'a Expr,
        scope: ScopeId,
        line: u32,
    ) -> CResult {
        let fl = self.defaults(args)?;
        self.enter_scope(scope, line);
        self.set_arg_counts(args);
        self.unit().add_const(Value::None);
        self.prologue();
        self.expr(body)?;
        if !self.unit().block.is_generator {
            self.emit(Instr::ReturnValue);
        } else {
            self.emit(Instr::PopTop);
            self.return_none();
        }
        let code = self.leave_scope();
        self.make_function(code, fl);
        Ok(())
    }

    /// The instructions before RESUME: COPY_FREE_VARS, MAKE_CELL for every
    /// cell, and RETURN_GENERATOR for a generator.
    /// cpython: compile.c insert_prefix_instructions
    fn prologue(&mut self) {
        let unit = self.unit();
        let saved = unit.span;
        unit.set_line(0);
        if !unit.freevars.is_empty() {
            let n = unit.freevars.len() as u32;
            unit.emit(Instr::CopyFreeVars(n));
        }
        for i in 0..unit.cellvars.len() {
            unit.emit(Instr::MakeCell(i as u32));
        }
        unit.set_span(saved);
        if unit.block.is_generator || unit.block.is_coroutine {
            unit.emit(Instr::ReturnGenerator);
            unit.emit(Instr::PopTop);
        }
        unit.emit(Instr::Resume(0));
    }

    fn set_arg_counts(&mut self, a: &Arguments) {
        let unit = self.unit();
        unit.argcount = (a.posonly.len() + a.args.len()) as u32;
        unit.posonlyargcount = a.posonly.len() as u32;
        unit.kwonlyargcount = a.kwonly.len() as u32;
        unit.arg_flags = 0;
        if a.vararg.is_some() {
            unit.arg_flags |= flags::VARARGS;
        }
        if a.kwarg.is_some() {
            unit.arg_flags |= flags::VARKEYWORDS;
        }
    }

    /// Pushes the defaults tuple and keyword-defaults dict; returns the
    /// MAKE_FUNCTION flags for them.
    fn defaults(&mut self, a: &'a Arguments) -> Result<u32, crate::syntax_error::SyntaxError> {
        let mut fl = 0;
        if !a.defaults.is_empty() {
            for d in &a.defaults {
                self.expr(d)?;
            }
            self.emit(Instr::BuildTuple(a.defaults.len() as u32));
            fl |= make_function::DEFAULTS;
        }
        let kw: Vec<(&'a crate::ast::Arg, &'a Expr)> = a
            .kwonly
            .iter()
            .zip(&a.kw_defaults)
            .filter_map(|(arg, d)| d.as_ref().map(|d| (arg, d)))
            .collect();
        if !kw.is_empty() {
            // cpython: compiler_visit_kwonlydefaults — the values, then the
            // names as one constant tuple
            let mut names = Vec::with_capacity(kw.len());
            for (arg, d) in &kw {
                names.push(Value::str(self.unit().block.mangle(&arg.name).to_string()));
                self.expr(d)?;
            }
            self.load_const(Value::tuple(names));
            self.emit(Instr::BuildConstKeyMap(kw.len() as u32));
            fl |= make_function::KWDEFAULTS;
        }
        Ok(fl)
    }

    /// Pushes the annotations as a tuple of name/value pairs (the ANNOTATIONS flag).
    fn annotations(
        &mut self,
        a: &'a Arguments,
        returns: Option<&'a Expr>,
    ) -> Result<u32, crate::syntax_error::SyntaxError> {
        let mut n = 0;
        let all = a
            .posonly
            .iter()
            .chain(&a.args)
            .chain(a.vararg.as_ref())
            .chain(&a.kwonly)
            .chain(a.kwarg.as_ref());
        for arg in all {
            if let Some(ann) = &arg.annotation {
                let name = self.unit().block.mangle(&arg.name);
                self.load_const(Value::str(name.to_string()));
                self.expr(ann)?;
                n += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Value::str("return"));
            self.expr(r)?;
            n += 1;
        }
        if n == 0 {
            return Ok(0);
        }
        self.emit(Instr::BuildTuple(2 * n));
        Ok(make_function::ANNOTATIONS)
    }

    /// LOAD_CLOSURE for each free variable of `code` (the parent's cell or
    /// free slot of that name), BUILD_TUPLE, LOAD_CONST code, MAKE_FUNCTION.
    pub(crate) fn make_function(&mut self, code: Rc<Code>, mut fl: u32) {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                let d = self.unit().deref_index(name);
                self.emit(Instr::LoadClosure(d));
            }
            self.emit(Instr::BuildTuple(code.freevars.len() as u32));
            fl |= make_function::CLOSURE;
        }
        let i = self.unit().consts.len() as u32;
        self.unit().consts.push(Value::Code(code));
        self.emit(Instr::LoadConst(i));
        self.emit(Instr::MakeFunction(fl));
    }

    /// `@d class C(B): body` — the body runs as a function (LOAD_BUILD_CLASS),
    /// with `__module__`, `__qualname__` and, when a method uses super(),
    /// the `__class__` cell handed back as `__classcell__`; then each
    /// decorator is called on the class. cpython: compiler_class
    pub(crate) fn class_def(&mut self, c: &'a ClassDef, line: u32) -> CResult {
        for d in &c.decorators {
            self.expr(d)?;
        }
        let first_line = c.decorators.first().map_or(line, |d| d.span.line);
        self.unit().set_line(line);
        self.emit(Instr::PushNull);
        self.emit(Instr::LoadBuildClass);
        let code = self.class_body(c, first_line)?;
        self.make_function(code, 0);
        self.load_const(Value::str(c.name.to_string()));
        self.unit().set_line(line);
        // cpython: compiler_class — __build_class__(body, name, *bases)
        self.call_args(&c.bases, &c.keywords, 2)?;
        for d in c.decorators.iter().rev() {
            self.unit().set_span(d.span);
            self.emit_call(0);
        }
        self.unit().set_line(line);
        self.store_name(&c.name);
        Ok(())
    }

    fn class_body(
        &mut self,
        c: &'a ClassDef,
        line: u32,
    ) -> Result<Rc<Code>, crate::syntax_error::SyntaxError> {
        self.enter_scope(c.scope, line);
        self.prologue();
        self.load_name(&Rc::from("__name__"));
        self.store_name(&Rc::from("__module__"));
        let qualname = self.unit().block.qualname.clone();
        self.load_const(Value::str(qualname));
        self.store_name(&Rc::from("__qualname__"));
        self.body_stmts(&c.body)?;
        if self.unit().block.needs_class_closure {
            let d = self.unit().deref_index("__class__");
            self.emit(Instr::LoadClosure(d));
            self.emit(Instr::Copy(1));
            self.store_name(&Rc::from("__classcell__"));
            self.emit(Instr::ReturnValue);
        } else {
            self.return_none();
        }
        Ok(self.leave_scope())
    }

    /// cpython: compiler_comprehension — the comprehension is a function of
    /// one argument `.0`, the iterator of its first iterable, which is
    /// evaluated in the enclosing scope.
    pub(crate) fn comprehension(&mut self, e: &'a Expr, scope: ScopeId) -> CResult {
        let generators = comprehension_generators(e);
        let line = e.span.line;
        let enclosing_async = self.unit().block.is_coroutine
            && self.unit().block.kind == BlockKind::Function
            || self.unit().block.kind.is_comprehension();
        self.enter_scope(scope, line);
        let awaited = self.unit().block.is_coroutine && !self.unit().block.is_generator;
        if awaited && !enclosing_async {
            let msg = "asynchronous comprehension outside of an asynchronous function";
            let end = (e.span.end_line, e.span.end_col + 1);
            return Err(crate::syntax_error::SyntaxError::statement(
                msg,
                e.span.line,
                e.span.col + 1,
                end,
            ));
        }
        // cpython: no docstring slot, so no None first in co_consts
        self.unit().argcount = 1;
        self.prologue();
        match self.unit().block.kind {
            BlockKind::ListComp => self.emit(Instr::BuildList(0)),
            BlockKind::SetComp => self.emit(Instr::BuildSet(0)),
            BlockKind::DictComp => self.emit(Instr::BuildMap(0)),
            _ => {}
        }
        self.comprehension_loop(e, generators, 0)?;
        if self.unit().block.kind == BlockKind::GeneratorExp {
            self.implicit_return();
        } else {
            self.emit(Instr::ReturnValue);
        }
        let code = self.leave_scope();
        self.make_function(code, 0);
        self.iterable(&generators[0].iter)?;
        self.emit(get_iter(&generators[0]));
        self.emit_call(0);
        if awaited {
            self.await_value(0);
        }
        Ok(())
    }

    /// One `for ... in ... if ...` level; the innermost adds the element.
    fn comprehension_loop(
        &mut self,
        e: &'a Expr,
        gens: &'a [Comprehension],
        depth: usize,
    ) -> CResult {
        let comp = &gens[depth];
        let (start, end) = (self.unit().new_label(), self.unit().new_label());
        if depth == 0 {
            let dot0 = self.unit().varname(&Rc::from(".0"));
            self.emit(Instr::LoadFast(dot0));
        } else {
            self.iterable(&comp.iter)?;
            self.emit(get_iter(comp));
        }
        self.unit().bind(start);
        let outer = self.unit().handlers.clone();
        if comp.is_async {
            // cpython: compiler_async_comprehension_generator; under the
            // handler: the list, set or dict, and every loop's iterator
            let container = (self.unit().block.kind != BlockKind::GeneratorExp) as u32;
            self.unit()
                .push_handler(end, container + depth as u32 + 1, false);
            self.emit(Instr::GetAnext);
            self.load_const(Value::None);
            self.yield_from_loop(3);
            self.unit().pop_handler();
        } else {
            self.emit(Instr::ForIter(end.0));
        }
        self.store_target(&comp.target)?;
        for cond in &comp.ifs {
            self.jump_if(cond, start, false)?;
        }
        if depth + 1 < gens.len() {
            self.comprehension_loop(e, gens, depth + 1)?;
        } else {
            self.comprehension_element(e, gens.len() as u32 + 1)?;
        }
        self.emit(Instr::JumpBackward(start.0));
        if comp.is_async {
            self.bind_handler(end, &outer);
            self.emit(Instr::EndAsyncFor);
        } else {
            self.unit().bind(end);
        }
        Ok(())
    }

    fn comprehension_element(&mut self, e: &'a Expr, depth: u32) -> CResult {
        match &e.kind {
            ExprKind::ListComp { elt, .. } => {
                self.expr(elt)?;
                self.emit(Instr::ListAppend(depth));
            }
            ExprKind::SetComp { elt, .. } => {
                self.expr(elt)?;
                self.emit(Instr::SetAdd(depth));
            }
            ExprKind::DictComp { key, value, .. } => {
                self.expr(key)?;
                self.expr(value)?;
                self.emit(Instr::MapAdd(depth));
            }
            ExprKind::GeneratorExp { elt, .. } => {
                self.expr(elt)?;
                self.yield_value();
                self.emit(Instr::Resume(1));
                self.emit(Instr::PopTop);
            }
            _ => unreachable!("invariant: comprehension_element gets a comprehension"),
        }
        Ok(())
    }
}

/// GET_AITER for an `async for` clause, GET_ITER for a `for`.
fn get_iter(comp: &Comprehension) -> Instr {
    if comp.is_async {
        Instr::GetAiter
    } else {
        Instr::GetIter
    }
}

fn comprehension_generators(e: &Expr) -> &[Comprehension] {
    match &e.kind {
        ExprKind::ListComp { generators, .. }
        | ExprKind::SetComp { generators, .. }
        | ExprKind::DictComp { generators, .. }
        | ExprKind::GeneratorExp { generators, .. } => generators,
        _ => &[],
    }
}

/// Whether a body's last statement is a `return` (no implicit one needed).
fn ends_in_return(body: &[crate::ast::Stmt]) -> bool {
    matches!(body.last().map(|s| &s.kind), Some(StmtKind::Return(_)))
}
