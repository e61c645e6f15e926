//! Pass 1 of the scope analysis: walk the AST once, make one `Block` per
//! scope and record in `Flags` how each name occurs in it.
//!
//! Takes a `Module`, gives its blocks indexed by `ScopeId`, every scope still
//! the `Scope::Local` placeholder that pass 2 (analyze.rs) replaces. Also
//! raises the SyntaxErrors CPython's visitor raises, in source order.

use super::errors::{self, Directive};
use super::{Block, BlockKind, Flags, Scope, Symbol};
use crate::ast::{
    Alias, Arguments, ClassDef, Comprehension, ExceptHandler, Expr, ExprKind, FStringPart,
    FunctionDef, Keyword, Module, Name, ScopeId, Span, Stmt, StmtKind,
};
use crate::syntax_error::SyntaxError;
use indexmap::IndexMap;

type Result<T> = std::result::Result<T, SyntaxError>;
type OptExpr = Option<Box<Expr>>;

/// One occurrence of a name: the DEF_* flag CPython passes to symtable_add_def.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Def {
    /// DEF_LOCAL: assignment, `for`, `del`, `def`, `class`, `except as`.
    Local,
    /// DEF_PARAM
    Param,
    /// DEF_IMPORT
    Import,
    /// USE
    Use,
    /// DEF_GLOBAL
    Global,
    /// DEF_NONLOCAL
    Nonlocal,
    /// DEF_ANNOT | DEF_LOCAL: `x: int` on a bare name.
    Annot,
}

/// cpython: symtable.c _PySymtable_Build, the visiting half.
pub(super) fn visit_module(module: &Module) -> Result<Vec<Block>> {
    let mut v = Visitor::new(module);
    v.visit_body(&module.body)?;
    v.finish()
}

struct Visitor {
    /// Indexed by `ScopeId`; a slot is filled when its block is entered.
    blocks: Vec<Option<Block>>,
    /// The block being visited (cpython: st_cur).
    cur: ScopeId,
    /// By `ScopeId`: how deep in comprehension iterables the block's
    /// visit is (cpython: ste_comp_iter_expr).
    iter_expr: Vec<u32>,
    /// Visiting a comprehension's iteration target (cpython: ste_comp_iter_target).
    comp_iter_target: bool,
}

mod namedexpr;

const MODULE: ScopeId = ScopeId(0);

impl Visitor {
    fn new(module: &Module) -> Visitor {
        let top = Block::new(
            MODULE,
            BlockKind::Module,
            "<module>".into(),
            None,
            Span::default(),
        );
        let mut blocks: Vec<Option<Block>> = Vec::new();
        blocks.resize_with(module.scope_count.max(1) as usize, || None);
        blocks[0] = Some(top);
        Visitor {
            blocks,
            cur: MODULE,
            iter_expr: Vec::new(),
            comp_iter_target: false,
        }
    }

    /// Every `ScopeId` the parser handed out must name exactly one block.
    fn finish(self) -> Result<Vec<Block>> {
        let mut out = Vec::with_capacity(self.blocks.len());
        for (i, slot) in self.blocks.into_iter().enumerate() {
            match slot {
                Some(block) => out.push(block),
                None => {
                    let detail = format!("scope id {i} names no block");
                    return Err(errors::bad_scope_ids(&detail, Span::default()));
                }
            }
        }
        Ok(out)
    }

    fn block(&mut self, id: ScopeId) -> &mut Block {
        self.blocks[id.0 as usize]
            .as_mut()
            .expect("invariant: entered blocks stay in place")
    }

    fn cur_block(&mut self) -> &mut Block {
        self.block(self.cur)
    }

    /// cpython: symtable.c symtable_enter_block
    fn enter_block(&mut self, id: ScopeId, kind: BlockKind, name: Name, span: Span) -> Result<()> {
        let slot = id.0 as usize;
        if slot >= self.blocks.len() {
            self.blocks.resize_with(slot + 1, || None);
        }
        if self.blocks[slot].is_some() {
            return Err(errors::bad_scope_ids(
                &format!("scope id {slot} used twice"),
                span,
            ));
        }
        let private = match kind {
            BlockKind::Class => Some(name.clone()),
            _ => self.cur_block().private.clone(),
        };
        let mut block = Block::new(id, kind, name, Some(self.cur), span);
        block.private = private;
        self.blocks[slot] = Some(block);
        self.cur_block().children.push(id);
        self.cur = id; // now visiting the new block
        Ok(())
    }

    /// cpython: symtable.c symtable_exit_block
    fn exit_block(&mut self) {
        self.cur = self.cur_block().parent.unwrap_or(MODULE); // back to the enclosing block
    }

    /// The flags `name` has so far in the current block (cpython: symtable_lookup).
    fn lookup(&mut self, name: &Name) -> Flags {
        let block = self.cur_block();
        block
            .symbols
            .get(&block.mangle(name))
            .map(|s| s.flags)
            .unwrap_or_default()
    }

    /// cpython: symtable.c symtable_add_def_helper
    /// The name is stored mangled inside a class; errors quote it as written.
    fn add_def(&mut self, written: &Name, def: Def, span: Span) -> Result<()> {
        let iter_target = self.comp_iter_target && def == Def::Local;
        let block = self.cur_block();
        let name = &block.mangle(written);
        let sym = block
            .symbols
            .entry(name.clone())
            .or_insert_with(|| Symbol::new(name.clone()));
        if def == Def::Param && sym.flags.param {
            return Err(errors::duplicate_argument(written, span));
        }
        if iter_target {
            if sym.flags.global || sym.flags.nonlocal {
                return Err(errors::inner_loop_rebinds_walrus(written, span));
            }
            sym.flags.comp_iter = true;
        }
        sym.record(def, span);
        if def == Def::Param {
            block.params.push(name.clone()); // cpython: ste_varnames
        }
        if def == Def::Global {
            self.add_module_global(name);
        }
        Ok(())
    }

    /// A `global` anywhere also marks the name in the module's own table
    /// (cpython: st_global is the module block's symbol dict).
    fn add_module_global(&mut self, name: &Name) {
        let module = self.block(MODULE);
        let sym = module
            .symbols
            .entry(name.clone())
            .or_insert_with(|| Symbol::new(name.clone()));
        sym.flags.global = true;
    }

    fn visit_body(&mut self, body: &[Stmt]) -> Result<()> {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    /// cpython: symtable.c symtable_visit_stmt — a dispatcher, as visit_expr.
    fn visit_stmt(&mut self, s: &Stmt) -> Result<()> {
        match &s.kind {
            StmtKind::Expr(e) => self.visit_expr(e),
            StmtKind::Assign { targets, value } => self.visit_assign(targets, value),
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_assign(std::slice::from_ref(target), value)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.visit_ann_assign(s.span, target, annotation, value.as_ref(), *simple),
            StmtKind::FunctionDef(f) => self.visit_function_def(s.span, f),
            StmtKind::ClassDef(c) => self.visit_class_def(s.span, c),
            StmtKind::Return(value) => self.visit_opt(value.as_ref()),
            StmtKind::Delete(targets) => self.visit_targets(targets),
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.visit_if(test, body, orelse)
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => self.visit_for(target, iter, body, orelse),
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => Ok(()),
            StmtKind::Global(names) => self.visit_directive(Directive::Global, s.span, names),
            StmtKind::Nonlocal(names) => self.visit_directive(Directive::Nonlocal, s.span, names),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.visit_try(body, handlers, orelse, finalbody),
            StmtKind::With { items, body, .. } => self.visit_with(items, body),
            StmtKind::Raise { exc, cause } => self.visit_opt_pair(exc.as_ref(), cause.as_ref()),
            StmtKind::Assert { test, msg } => self.visit_opt_pair(Some(test), msg.as_ref()),
            StmtKind::Import(names) => self.visit_aliases(names),
            StmtKind::ImportFrom { names, .. } => match names.as_slice() {
                [star] if &*star.name == "*" => self.visit_import_star(star),
                _ => self.visit_aliases(names),
            },
        }
    }

    /// Targets before the value, as CPython visits `a = b = value`.
    fn visit_assign(&mut self, targets: &[Expr], value: &Expr) -> Result<()> {
        self.visit_targets(targets)?;
        self.visit_expr(value)
    }

    fn visit_if(&mut self, test: &Expr, body: &[Stmt], orelse: &[Stmt]) -> Result<()> {
        self.visit_expr(test)?;
        self.visit_body(body)?;
        self.visit_body(orelse)
    }

    fn visit_for(
        &mut self,
        target: &Expr,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> Result<()> {
        self.visit_target(target)?;
        self.visit_expr(iter)?;
        self.visit_body(body)?;
        self.visit_body(orelse)
    }

    /// Each manager, then its target; then the body.
    fn visit_with(&mut self, items: &[crate::ast::WithItem], body: &[Stmt]) -> Result<()> {
        for item in items {
            self.visit_expr(&item.context_expr)?;
            if let Some(target) = &item.optional_vars {
                self.visit_target(target)?;
            }
        }
        self.visit_body(body)
    }

    /// CPython's order: body, else, handlers, finally.
    fn visit_try(
        &mut self,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
    ) -> Result<()> {
        self.visit_body(body)?;
        self.visit_body(orelse)?;
        for h in handlers {
            self.visit_excepthandler(h)?;
        }
        self.visit_body(finalbody)
    }

    fn visit_opt_pair(&mut self, first: Option<&Expr>, second: Option<&Expr>) -> Result<()> {
        self.visit_opt(first)?;
        self.visit_opt(second)
    }

    /// `from m import *` binds nothing it can name: only a module may.
    /// cpython: symtable.c symtable_visit_alias
    fn visit_import_star(&mut self, star: &Alias) -> Result<()> {
        if self.cur_block().kind != BlockKind::Module {
            return Err(super::errors::import_star_not_module(star.span));
        }
        Ok(())
    }

    fn visit_aliases(&mut self, names: &[Alias]) -> Result<()> {
        for a in names {
            self.visit_alias(a)?;
        }
        Ok(())
    }

    /// `def name(args): body` — the name, defaults, annotations and decorators
    /// belong to the enclosing block; parameters and body to the new one.
    fn visit_function_def(&mut self, span: Span, f: &FunctionDef) -> Result<()> {
        self.add_def(&f.name, Def::Local, span)?;
        self.visit_defaults(&f.args)?;
        self.visit_annotations(&f.args, f.returns.as_ref())?;
        self.visit_exprs(&f.decorators)?;
        self.enter_block(f.scope, BlockKind::Function, f.name.clone(), span)?;
        self.cur_block().is_coroutine = f.is_async;
        self.visit_arguments(&f.args)?;
        self.visit_body(&f.body)?;
        self.exit_block();
        Ok(())
    }

    /// `class name(bases): body` — bases, keywords and decorators are
    /// evaluated in the enclosing block.
    fn visit_class_def(&mut self, span: Span, c: &ClassDef) -> Result<()> {
        self.add_def(&c.name, Def::Local, span)?;
        self.visit_exprs(&c.bases)?;
        for k in &c.keywords {
            self.visit_expr(&k.value)?;
        }
        self.visit_exprs(&c.decorators)?;
        self.enter_block(c.scope, BlockKind::Class, c.name.clone(), span)?;
        self.visit_body(&c.body)?;
        self.exit_block();
        Ok(())
    }

    /// `global a, b` / `nonlocal a, b`: refused when the name already occurs
    /// in this block; the carets cover the whole statement.
    fn visit_directive(&mut self, d: Directive, span: Span, names: &[Name]) -> Result<()> {
        for name in names {
            let cur = self.lookup(name);
            if cur.param {
                return Err(errors::parameter_and(d, name, span));
            } else if cur.used {
                return Err(errors::used_prior_to(d, name, span));
            } else if cur.annotated {
                return Err(errors::annotated_cant_be(d, name, span));
            } else if cur.assigned {
                return Err(errors::assigned_before(d, name, span));
            }
            let def = if d == Directive::Global {
                Def::Global
            } else {
                Def::Nonlocal
            };
            self.add_def(name, def, span)?; // also records the directive
        }
        Ok(())
    }

    /// cpython: symtable.c symtable_visit_stmt, AnnAssign_kind
    fn visit_ann_assign(
        &mut self,
        span: Span,
        target: &Expr,
        annotation: &Expr,
        value: Option<&Expr>,
        simple: bool,
    ) -> Result<()> {
        if let ExprKind::Name(name) = &target.kind {
            let cur = self.lookup(name);
            if (cur.global || cur.nonlocal) && simple && self.cur != MODULE {
                let d = if cur.global {
                    Directive::Global
                } else {
                    Directive::Nonlocal
                };
                return Err(errors::annotated_cant_be(d, name, span));
            }
            if simple {
                self.add_def(name, Def::Annot, target.span)?;
            }
            if value.is_some() {
                self.add_def(name, Def::Local, target.span)?;
            }
        } else {
            self.visit_target(target)?;
        }
        self.visit_expr(annotation)?;
        self.visit_opt(value)
    }

    /// cpython: symtable.c symtable_visit_excepthandler
    fn visit_excepthandler(&mut self, h: &ExceptHandler) -> Result<()> {
        self.visit_opt(h.typ.as_ref())?;
        if let Some(name) = &h.name {
            self.add_def(name, Def::Local, h.span)?;
        }
        self.visit_body(&h.body)
    }

    /// cpython: symtable.c symtable_visit_alias — `import a.b` binds `a`.
    fn visit_alias(&mut self, a: &Alias) -> Result<()> {
        let name = a.asname.as_ref().unwrap_or(&a.name);
        let store_name: Name = match name.find('.') {
            Some(dot) => name[..dot].into(),
            None => name.clone(),
        };
        self.add_def(&store_name, Def::Import, a.span)
    }

    /// Defaults are evaluated where the function is defined.
    fn visit_defaults(&mut self, args: &Arguments) -> Result<()> {
        self.visit_exprs(&args.defaults)?;
        for d in args.kw_defaults.iter().flatten() {
            self.visit_expr(d)?;
        }
        Ok(())
    }

    /// cpython: symtable.c symtable_visit_annotations — in the enclosing block,
    /// in the order posonly, args, *args, **kwargs, kwonly, return.
    fn visit_annotations(&mut self, args: &Arguments, returns: Option<&Expr>) -> Result<()> {
        let ordered = args
            .posonly
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwarg)
            .chain(&args.kwonly);
        for arg in ordered {
            self.visit_opt(arg.annotation.as_ref())?;
        }
        self.visit_opt(returns)
    }

    /// cpython: symtable.c symtable_visit_arguments — the co_varnames order.
    fn visit_arguments(&mut self, args: &Arguments) -> Result<()> {
        let ordered = args
            .posonly
            .iter()
            .chain(&args.args)
            .chain(&args.kwonly)
            .chain(&args.vararg)
            .chain(&args.kwarg);
        for arg in ordered {
            self.add_def(&arg.name, Def::Param, arg.span)?;
        }
        Ok(())
    }

    fn visit_opt(&mut self, e: Option<&Expr>) -> Result<()> {
        match e {
            Some(e) => self.visit_expr(e),
            None => Ok(()),
        }
    }

    fn visit_exprs(&mut self, es: &[Expr]) -> Result<()> {
        for e in es {
            self.visit_expr(e)?;
        }
        Ok(())
    }

    /// An expression in store or delete position (cpython: ctx Store / Del):
    /// bare names become DEF_LOCAL, the rest is read as usual.
    fn visit_target(&mut self, e: &Expr) -> Result<()> {
        match &e.kind {
            ExprKind::Name(name) => self.add_def(name, Def::Local, e.span),
            ExprKind::Tuple(elts) | ExprKind::List(elts) => self.visit_targets(elts),
            ExprKind::Starred(inner) => self.visit_target(inner),
            _ => self.visit_expr(e),
        }
    }

    fn visit_targets(&mut self, targets: &[Expr]) -> Result<()> {
        for t in targets {
            self.visit_target(t)?;
        }
        Ok(())
    }

    /// cpython: symtable.c symtable_visit_expr (load context). A dispatcher
    /// only: every arm is one call, so each level of nesting costs a small
    /// stack frame even in debug builds.
    fn visit_expr(&mut self, e: &Expr) -> Result<()> {
        match &e.kind {
            ExprKind::Name(name) => self.visit_name_load(name, e.span),
            ExprKind::NamedExpr { target, value } => self.visit_named_expr(target, value, e.span),
            ExprKind::Await(value) => self.visit_await(value),
            ExprKind::Constant(_) => Ok(()),
            ExprKind::JoinedStr(parts) => self.visit_fstring(parts),
            ExprKind::BoolOp { values, .. } => self.visit_exprs(values),
            ExprKind::BinOp { left, right, .. } => self.visit_pair(left, right),
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand),
            ExprKind::Compare {
                left, comparators, ..
            } => self.visit_compare(left, comparators),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.visit_call(func, args, keywords),
            ExprKind::IfExp { test, body, orelse } => self.visit_ifexp(test, body, orelse),
            ExprKind::Attribute { value, .. } => self.visit_expr(value),
            ExprKind::Subscript { value, index } => self.visit_pair(value, index),
            ExprKind::Slice { lower, upper, step } => self.visit_slice(lower, upper, step),
            ExprKind::Starred(value) => self.visit_expr(value),
            ExprKind::List(elts) | ExprKind::Tuple(elts) | ExprKind::Set(elts) => {
                self.visit_exprs(elts)
            }
            ExprKind::Dict { keys, values } => self.visit_dict(keys, values),
            ExprKind::ListComp {
                elt,
                generators,
                scope,
            } => {
                self.visit_comprehension(e.span, BlockKind::ListComp, *scope, generators, elt, None)
            }
            ExprKind::SetComp {
                elt,
                generators,
                scope,
            } => {
                self.visit_comprehension(e.span, BlockKind::SetComp, *scope, generators, elt, None)
            }
            ExprKind::GeneratorExp {
                elt,
                generators,
                scope,
            } => {
                let kind = BlockKind::GeneratorExp;
                self.visit_comprehension(e.span, kind, *scope, generators, elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
                scope,
            } => {
                let kind = BlockKind::DictComp;
                self.visit_comprehension(e.span, kind, *scope, generators, key, Some(value))
            }
            ExprKind::Lambda { args, body, scope } => self.visit_lambda(e.span, args, body, *scope),
            ExprKind::Yield(value) => self.visit_yield(value.as_deref(), e.span),
            ExprKind::YieldFrom(value) => self.visit_yield(Some(value), e.span),
        }
    }

    fn visit_pair(&mut self, left: &Expr, right: &Expr) -> Result<()> {
        self.visit_expr(left)?;
        self.visit_expr(right)
    }

    fn visit_compare(&mut self, left: &Expr, comparators: &[Expr]) -> Result<()> {
        self.visit_expr(left)?;
        self.visit_exprs(comparators)
    }

    fn visit_call(&mut self, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> Result<()> {
        self.visit_expr(func)?;
        self.visit_exprs(args)?;
        for k in keywords {
            self.visit_expr(&k.value)?;
        }
        Ok(())
    }

    fn visit_ifexp(&mut self, test: &Expr, body: &Expr, orelse: &Expr) -> Result<()> {
        self.visit_expr(test)?;
        self.visit_expr(body)?;
        self.visit_expr(orelse)
    }

    fn visit_slice(&mut self, lower: &OptExpr, upper: &OptExpr, step: &OptExpr) -> Result<()> {
        self.visit_opt(lower.as_deref())?;
        self.visit_opt(upper.as_deref())?;
        self.visit_opt(step.as_deref())
    }

    /// Keys first, then values, as CPython visits a dict display.
    fn visit_dict(&mut self, keys: &[Option<Expr>], values: &[Expr]) -> Result<()> {
        for k in keys.iter().flatten() {
            self.visit_expr(k)?;
        }
        self.visit_exprs(values)
    }

    fn visit_yield(&mut self, value: Option<&Expr>, span: Span) -> Result<()> {
        self.visit_opt(value)?;
        self.mark_yield(span)
    }

    /// A read of `name`; in a function-like block a read of `super` is also
    /// a read of `__class__`, the cell `super()` finds its class in.
    fn visit_name_load(&mut self, name: &Name, span: Span) -> Result<()> {
        self.add_def(name, Def::Use, span)?;
        if &**name == "super" && self.cur_block().is_function_like() {
            self.add_def(&"__class__".into(), Def::Use, span)?;
        }
        Ok(())
    }

    fn visit_fstring(&mut self, parts: &[FStringPart]) -> Result<()> {
        for part in parts {
            if let FStringPart::Formatted { value, spec, .. } = part {
                self.visit_expr(value)?;
                if let Some(spec) = spec {
                    self.visit_fstring(spec)?;
                }
            }
        }
        Ok(())
    }

    /// `lambda args: body` — defaults outside, parameters and body inside.
    fn visit_lambda(
        &mut self,
        span: Span,
        args: &Arguments,
        body: &Expr,
        id: ScopeId,
    ) -> Result<()> {
        self.visit_defaults(args)?;
        self.enter_block(id, BlockKind::Lambda, "<lambda>".into(), span)?;
        self.visit_arguments(args)?;
        self.visit_expr(body)?;
        self.exit_block();
        Ok(())
    }

    /// cpython: symtable.c symtable_handle_comprehension — the first iterable
    /// is evaluated outside and passed in as the implicit parameter `.0`;
    /// every target, condition, later iterable and the element are inside.
    fn visit_comprehension(
        &mut self,
        span: Span,
        kind: BlockKind,
        id: ScopeId,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> Result<()> {
        let (first, rest) = match generators.split_first() {
            Some((first, rest)) => (Some(first), rest),
            None => (None, generators),
        };
        self.in_iterable(|v| v.visit_opt(first.map(|g| &g.iter)))?;
        self.enter_block(id, kind, comprehension_name(kind).into(), span)?;
        self.add_def(&".0".into(), Def::Param, span)?; // cpython: symtable_implicit_arg
        if let Some(first) = first {
            self.visit_comp_target(&first.target)?;
            self.visit_exprs(&first.ifs)?;
        }
        for g in rest {
            self.visit_comp_target(&g.target)?;
            self.in_iterable(|v| v.visit_expr(&g.iter))?;
            self.visit_exprs(&g.ifs)?;
        }
        self.visit_opt(value)?; // a dict comprehension's value comes before its key
        self.visit_expr(elt)?;
        let block = self.cur_block();
        block.is_generator = kind == BlockKind::GeneratorExp;
        block.is_coroutine |= generators.iter().any(|g| g.is_async);
        let awaited = block.is_coroutine && !block.is_generator;
        self.exit_block();
        // an asynchronous list, set or dict comprehension is awaited where
        // it is made: inside another comprehension, that one becomes
        // asynchronous too
        if awaited && self.cur_block().kind.is_comprehension() {
            self.cur_block().is_coroutine = true;
        }
        Ok(())
    }

    /// `await` inside a comprehension makes it asynchronous (a coroutine,
    /// or an async generator for a generator expression).
    fn visit_await(&mut self, value: &Expr) -> Result<()> {
        self.visit_expr(value)?;
        if self.cur_block().kind.is_comprehension() {
            self.cur_block().is_coroutine = true;
        }
        Ok(())
    }

    /// `yield` makes the current block a generator; inside a comprehension
    /// it is an error (cpython: symtable_raise_if_comprehension_block).
    fn mark_yield(&mut self, span: Span) -> Result<()> {
        let block = self.cur_block();
        block.is_generator = true;
        let what = match block.kind {
            BlockKind::ListComp => "list comprehension",
            BlockKind::SetComp => "set comprehension",
            BlockKind::DictComp => "dict comprehension",
            BlockKind::GeneratorExp => "generator expression",
            _ => return Ok(()),
        };
        Err(errors::yield_inside(what, span))
    }
}

/// The `co_name` CPython gives a comprehension's code.
fn comprehension_name(kind: BlockKind) -> &'static str {
    match kind {
        BlockKind::SetComp => "<setcomp>",
        BlockKind::DictComp => "<dictcomp>",
        BlockKind::GeneratorExp => "<genexpr>",
        _ => "<listcomp>",
    }
}

impl Block {
    fn new(id: ScopeId, kind: BlockKind, name: Name, parent: Option<ScopeId>, span: Span) -> Block {
        Block {
            id,
            kind,
            name,
            qualname: String::new(),
            private: None,
            parent,
            children: Vec::new(),
            symbols: IndexMap::new(),
            params: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            needs_class_closure: false,
            line: span.line,
            span,
        }
    }
}

impl Symbol {
    pub(super) fn new(name: Name) -> Symbol {
        Symbol {
            name,
            flags: Flags::default(),
            scope: Scope::Local,
            first_binding: None,
            declaration: None,
            first_use: None,
        }
    }

    /// Sets the flag of `def` and remembers the first span of its kind.
    fn record(&mut self, def: Def, span: Span) {
        let f = &mut self.flags;
        match def {
            Def::Local => f.assigned = true,
            Def::Param => f.param = true,
            Def::Import => f.imported = true,
            Def::Use => f.used = true,
            Def::Global => f.global = true,
            Def::Nonlocal => f.nonlocal = true,
            Def::Annot => (f.annotated, f.assigned) = (true, true),
        }
        let slot = match def {
            Def::Use => &mut self.first_use,
            Def::Global | Def::Nonlocal => &mut self.declaration,
            _ => &mut self.first_binding,
        };
        slot.get_or_insert(span);
    }
}
