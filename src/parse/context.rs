//! What CPython checks after parsing, in two stages as CPython does: the
//! symbol table's (`duplicate argument`, `'yield' inside list comprehension`)
//! and the compiler's (`'return' outside function`, `'break' outside loop`,
//! `'yield' outside function`, `too many statically nested blocks`,
//! `keyword argument repeated`). Runs on the finished AST, so any genuine
//! syntax error in the file is reported first.

use super::{Cx, R};
use crate::ast::{Comprehension, Expr, ExprKind, FStringPart, Module, Stmt, StmtKind};

/// Where a statement or expression stands.
#[derive(Clone, Copy)]
struct Place {
    function: bool,
    in_loop: bool,
    /// The comprehension kind the code is inside, for yield's message.
    comprehension: Option<&'static str>,
    /// Blocks the compiler has open here (loops, try, handlers).
    blocks: u32,
}

/// cpython: compile.h CO_MAXBLOCKS, "too many statically nested blocks".
const MAX_BLOCKS: u32 = 20;

impl Place {
    /// The start of a new code object: a module, function, lambda or class body.
    fn unit(function: bool) -> Place {
        Place {
            function,
            in_loop: false,
            comprehension: None,
            blocks: 0,
        }
    }
}

/// Which pass of CPython raises the errors being looked for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Stage {
    /// cpython: Python/symtable.c
    Symtable,
    /// cpython: Python/compile.c
    Compiler,
}

/// Check the whole module for one stage's errors; the first one in source
/// order is the error.
pub(super) fn check(cx: &Cx<'_>, module: &Module, stage: Stage) -> R<()> {
    let top = Place::unit(false);
    Checker { cx, stage }.stmts(&module.body, top)
}

struct Checker<'c, 's> {
    cx: &'c Cx<'s>,
    stage: Stage,
}

impl Checker<'_, '_> {
    /// (a plain loop: an `elif` chain nests as deep as it is long, and each
    /// level here should cost the stack as little as it can)
    fn stmts(&self, body: &[Stmt], at: Place) -> R<()> {
        for s in body {
            self.stmt(s, at)?;
        }
        Ok(())
    }

    /// cpython: compile.c compiler_visit_stmt (Return, Break, Continue).
    fn stmt(&self, s: &Stmt, at: Place) -> R<()> {
        let misplaced = |msg: &str| Err(self.cx.error_span(msg, s.span));
        match &s.kind {
            _ if self.stage != Stage::Compiler => {}
            StmtKind::Return(_) if !at.function => return misplaced("'return' outside function"),
            StmtKind::Break if !at.in_loop => return misplaced("'break' outside loop"),
            StmtKind::Continue if !at.in_loop => {
                return misplaced("'continue' not properly in loop");
            }
            _ => {}
        }
        self.children(s, at)
    }

    /// An `if` and its `elif`s (nested Ifs in `orelse`), walked in a loop:
    /// a long chain costs no stack.
    fn if_chain(&self, mut s: &Stmt, at: Place) -> R<()> {
        while let StmtKind::If { test, body, orelse } = &s.kind {
            self.expr(test, at)?;
            self.stmts(body, at)?;
            match orelse.as_slice() {
                [elif] if matches!(elif.kind, StmtKind::If { .. }) => s = elif,
                _ => return self.stmts(orelse, at),
            }
        }
        Ok(())
    }

    fn children(&self, s: &Stmt, at: Place) -> R<()> {
        match &s.kind {
            StmtKind::Expr(e) | StmtKind::Return(Some(e)) => self.expr(e, at),
            StmtKind::Assign { targets, value } => {
                self.exprs(targets, at).and_then(|_| self.expr(value, at))
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target, at).and_then(|_| self.expr(value, at))
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                self.expr(target, at)?;
                self.expr(annotation, at)?;
                value.iter().try_for_each(|v| self.expr(v, at))
            }
            StmtKind::FunctionDef(f) => {
                self.exprs(&f.decorators, at)?;
                self.arguments(&f.args, at)?;
                self.duplicates(&f.args)?;
                f.returns.iter().try_for_each(|r| self.expr(r, at))?;
                self.stmts(&f.body, Place::unit(true))
            }
            StmtKind::ClassDef(c) => {
                self.repeated_keywords(&c.keywords)?;
                self.exprs(&c.bases, at)?;
                c.keywords
                    .iter()
                    .try_for_each(|k| self.expr(&k.value, at))?;
                self.stmts(&c.body, Place::unit(false))
            }
            StmtKind::Delete(targets) => self.exprs(targets, at),
            StmtKind::If { .. } => self.if_chain(s, at),
            StmtKind::While { test, body, orelse } => {
                self.expr(test, at)?;
                self.loop_body(s, body, orelse, at)
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(target, at)?;
                self.expr(iter, at)?;
                self.loop_body(s, body, orelse, at)
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                // cpython: compile.c compiler_try_finally / compiler_try_except fblocks
                let fin = u32::from(!finalbody.is_empty());
                let except = u32::from(!handlers.is_empty());
                self.stmts(body, self.push_blocks(s, at, fin + except)?)?;
                for h in handlers {
                    h.typ.iter().try_for_each(|t| self.expr(t, at))?;
                    self.stmts(&h.body, self.push_blocks(s, at, fin + 2)?)?;
                }
                self.stmts(orelse, self.push_blocks(s, at, fin)?)?;
                self.stmts(finalbody, self.push_blocks(s, at, fin)?)
            }
            StmtKind::Raise { exc, cause } => {
                exc.iter().chain(cause).try_for_each(|e| self.expr(e, at))
            }
            StmtKind::Assert { test, msg } => std::iter::once(test)
                .chain(msg)
                .try_for_each(|e| self.expr(e, at)),
            _ => Ok(()),
        }
    }

    /// A `for` or `while` body (inside the loop, one block deeper) and its
    /// `else` (outside the loop).
    fn loop_body(&self, s: &Stmt, body: &[Stmt], orelse: &[Stmt], at: Place) -> R<()> {
        let looping = self.push_blocks(s, at, 1)?;
        self.stmts(
            body,
            Place {
                in_loop: true,
                ..looping
            },
        )?;
        self.stmts(orelse, at)
    }

    /// Open `n` more compiler blocks for the body of `s`.
    fn push_blocks(&self, s: &Stmt, at: Place, n: u32) -> R<Place> {
        if at.blocks + n > MAX_BLOCKS && self.stage == Stage::Compiler {
            return Err(self
                .cx
                .error_span("too many statically nested blocks", s.span));
        }
        Ok(Place {
            blocks: at.blocks + n,
            ..at
        })
    }

    /// cpython: compile.c validate_keywords, "keyword argument repeated".
    fn repeated_keywords(&self, keywords: &[crate::ast::Keyword]) -> R<()> {
        if self.stage != Stage::Compiler {
            return Ok(());
        }
        // (a set, not CPython's pairwise scan: a call with 100,000 keywords
        // is checked in linear time; the first repeat found is the same)
        let mut seen = rustc_hash::FxHashSet::default();
        for k in keywords {
            let Some(name) = &k.arg else { continue };
            if !seen.insert(name) {
                let msg = format!("keyword argument repeated: {name}");
                return Err(self.cx.error_span(msg, k.span));
            }
        }
        Ok(())
    }

    /// cpython: symtable.c symtable_visit_arguments, which enters posonly,
    /// args, keyword-only, then `*args` and `**kwargs`: "duplicate argument".
    fn duplicates(&self, args: &crate::ast::Arguments) -> R<()> {
        if self.stage != Stage::Symtable {
            return Ok(());
        }
        let all = args
            .posonly
            .iter()
            .chain(&args.args)
            .chain(&args.kwonly)
            .chain(&args.vararg)
            .chain(&args.kwarg);
        let mut seen: Vec<&str> = Vec::new();
        for arg in all {
            if seen.contains(&&*arg.name) {
                let msg = format!("duplicate argument '{}' in function definition", arg.name);
                return Err(self.cx.error_span(msg, arg.span));
            }
            seen.push(&arg.name);
        }
        Ok(())
    }

    fn arguments(&self, args: &crate::ast::Arguments, at: Place) -> R<()> {
        self.exprs(&args.defaults, at)?;
        args.kw_defaults
            .iter()
            .flatten()
            .try_for_each(|d| self.expr(d, at))?;
        let all = args
            .posonly
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonly)
            .chain(&args.kwarg);
        all.filter_map(|a| a.annotation.as_ref())
            .try_for_each(|a| self.expr(a, at))
    }

    fn exprs(&self, es: &[Expr], at: Place) -> R<()> {
        es.iter().try_for_each(|e| self.expr(e, at))
    }

    /// cpython: symtable.c "'yield' inside %s", compile.c "'yield' outside function".
    fn expr(&self, e: &Expr, at: Place) -> R<()> {
        match &e.kind {
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => {
                if let Some(kind) = at.comprehension
                    && self.stage == Stage::Symtable
                {
                    return Err(self.cx.error_span(format!("'yield' inside {kind}"), e.span));
                }
                if !at.function && at.comprehension.is_none() && self.stage == Stage::Compiler {
                    return Err(self.cx.error_span("'yield' outside function", e.span));
                }
            }
            ExprKind::Lambda { args, body, .. } => {
                self.arguments(args, at)?;
                self.duplicates(args)?;
                return self.expr(body, Place::unit(true));
            }
            ExprKind::ListComp {
                elt, generators, ..
            } => return self.comp(&[elt], generators, "list comprehension", at),
            ExprKind::SetComp {
                elt, generators, ..
            } => return self.comp(&[elt], generators, "set comprehension", at),
            ExprKind::GeneratorExp {
                elt, generators, ..
            } => {
                return self.comp(&[elt], generators, "generator expression", at);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
                ..
            } => {
                return self.comp(&[key, value], generators, "dict comprehension", at);
            }
            _ => {}
        }
        self.sub_exprs(e, at)
    }

    /// A comprehension: its first iterable is evaluated outside it.
    fn comp(
        &self,
        elts: &[&Expr],
        generators: &[Comprehension],
        kind: &'static str,
        at: Place,
    ) -> R<()> {
        let inside = Place {
            comprehension: Some(kind),
            ..at
        };
        for (i, g) in generators.iter().enumerate() {
            self.expr(&g.iter, if i == 0 { at } else { inside })?;
            self.expr(&g.target, inside)?;
            self.exprs(&g.ifs, inside)?;
        }
        elts.iter().try_for_each(|e| self.expr(e, inside))
    }

    fn sub_exprs(&self, e: &Expr, at: Place) -> R<()> {
        let one = |x: &Expr| self.expr(x, at);
        match &e.kind {
            ExprKind::BoolOp { values, .. } => self.exprs(values, at),
            ExprKind::BinOp { left, right, .. } => one(left).and_then(|_| one(right)),
            ExprKind::UnaryOp { operand, .. } => one(operand),
            ExprKind::Compare {
                left, comparators, ..
            } => one(left).and_then(|_| self.exprs(comparators, at)),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.repeated_keywords(keywords)?;
                one(func)?;
                self.exprs(args, at)?;
                keywords.iter().try_for_each(|k| one(&k.value))
            }
            ExprKind::IfExp { test, body, orelse } => {
                one(body).and_then(|_| one(test)).and_then(|_| one(orelse))
            }
            ExprKind::Attribute { value, .. } | ExprKind::Starred(value) => one(value),
            ExprKind::Subscript { value, index } => one(value).and_then(|_| one(index)),
            ExprKind::Slice { lower, upper, step } => lower
                .iter()
                .chain(upper)
                .chain(step)
                .try_for_each(|x| one(x)),
            ExprKind::List(es) | ExprKind::Tuple(es) | ExprKind::Set(es) => self.exprs(es, at),
            ExprKind::Dict { keys, values } => {
                keys.iter().flatten().try_for_each(one)?;
                self.exprs(values, at)
            }
            ExprKind::JoinedStr(parts) => self.fstring(parts, at),
            ExprKind::Yield(Some(v)) | ExprKind::YieldFrom(v) => one(v),
            _ => Ok(()),
        }
    }

    fn fstring(&self, parts: &[FStringPart], at: Place) -> R<()> {
        for part in parts {
            if let FStringPart::Formatted { value, spec, .. } = part {
                self.expr(value, at)?;
                spec.iter().try_for_each(|s| self.fstring(s, at))?;
            }
        }
        Ok(())
    }
}
