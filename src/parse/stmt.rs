//! One logical line → simple statements, a compound-statement header, or a
//! decorator (the wording of parse failures lives in `failure`).

use super::targets::Use;
use super::{Cx, P, R, Rule, kids};
use crate::ast::{Alias, Expr, ExprKind, Name, ScopeId, Span, Stmt, StmtKind};

/// What one logical line holds.
pub(super) enum Line {
    Simple(Vec<Stmt>),
    Header(Box<Header>),
    Decorator(Expr),
}

/// `if x:` and the statements after its colon on the same line, if any.
pub(super) struct Header {
    pub kind: HeaderKind,
    pub inline: Option<Vec<Stmt>>,
    /// From the keyword to the colon.
    pub span: Span,
    /// `async def`, `async for`, `async with`.
    pub is_async: bool,
}

pub(super) enum HeaderKind {
    If(Expr),
    Elif(Expr),
    Else,
    While(Expr),
    For {
        target: Expr,
        iter: Expr,
    },
    Try,
    With(Vec<crate::ast::WithItem>),
    Except {
        typ: Option<Expr>,
        name: Option<Name>,
        star: bool,
    },
    Finally,
    Def {
        name: Name,
        args: Box<crate::ast::Arguments>,
        returns: Option<Expr>,
        scope: ScopeId,
    },
    Class {
        name: Name,
        bases: Vec<Expr>,
        keywords: Vec<crate::ast::Keyword>,
        scope: ScopeId,
    },
}

impl HeaderKind {
    /// How CPython names the statement in "expected an indented block after ...".
    pub(super) fn description(&self) -> &'static str {
        match self {
            HeaderKind::If(_) => "'if' statement",
            HeaderKind::Elif(_) => "'elif' statement",
            HeaderKind::Else => "'else' statement",
            HeaderKind::While(_) => "'while' statement",
            HeaderKind::For { .. } => "'for' statement",
            HeaderKind::Try => "'try' statement",
            HeaderKind::With(_) => "'with' statement",
            HeaderKind::Except { star: false, .. } => "'except' statement",
            HeaderKind::Except { star: true, .. } => "'except*' statement",
            HeaderKind::Finally => "'finally' statement",
            HeaderKind::Def { .. } => "function definition",
            HeaderKind::Class { .. } => "class definition",
        }
    }
}

impl<'s> Cx<'s> {
    /// Parse and build one logical line (a slice of the source).
    pub(super) fn line(&self, text: &'s str) -> R<Line> {
        let mut pairs = self.parse(Rule::line, text)?;
        let line = pairs.next().expect("invariant: line matched");
        let item = line
            .into_inner()
            .next()
            .expect("invariant: a line has content");
        match item.as_rule() {
            Rule::simple_stmts => Ok(Line::Simple(self.simple_stmts(item)?)),
            Rule::decorator => {
                let e = item.into_inner().next().expect("invariant: @expression");
                Ok(Line::Decorator(self.expr(e)?))
            }
            _ => Ok(Line::Header(Box::new(self.header(item)?))),
        }
    }

    /// `a = 1; b = 2`
    fn simple_stmts(&self, p: P<'s>) -> R<Vec<Stmt>> {
        p.into_inner().map(|s| self.simple_stmt(s)).collect()
    }

    fn simple_stmt(&self, p: P<'s>) -> R<Stmt> {
        let span = self.span(&p);
        let kind = match p.as_rule() {
            Rule::expr_stmt => return self.expr_stmt(p),
            Rule::pass_stmt => StmtKind::Pass,
            Rule::break_stmt => StmtKind::Break,
            Rule::continue_stmt => StmtKind::Continue,
            Rule::return_stmt => StmtKind::Return(self.value(kids(p).next())?),
            Rule::global_stmt => StmtKind::Global(kids(p).map(|n| self.name(n.as_str())).collect()),
            Rule::nonlocal_stmt => {
                StmtKind::Nonlocal(kids(p).map(|n| self.name(n.as_str())).collect())
            }
            Rule::del_stmt => {
                StmtKind::Delete(self.del_targets(kids(p).next().expect("invariant: del targets"))?)
            }
            Rule::yield_stmt => {
                StmtKind::Expr(self.expr(kids(p).next().expect("invariant: yield"))?)
            }
            Rule::raise_stmt => {
                let mut it = kids(p);
                let exc = it.next().map(|e| self.expr(e)).transpose()?;
                let cause = it.next().map(|e| self.expr(e)).transpose()?;
                StmtKind::Raise { exc, cause }
            }
            Rule::assert_stmt => {
                let mut it = kids(p);
                let test = self.expr(it.next().expect("invariant: assert test"))?;
                let msg = it.next().map(|e| self.expr(e)).transpose()?;
                StmtKind::Assert { test, msg }
            }
            Rule::import_name => StmtKind::Import(kids(p).map(|a| self.alias(a)).collect()),
            Rule::import_from => self.import_from(p)?,
            _ => return Err(self.error_span("invalid syntax", self.span(&p))),
        };
        Ok(Stmt { kind, span })
    }

    /// A value (of `return`, `=`, ...): a lone `*x` is refused.
    fn value(&self, p: Option<P<'s>>) -> R<Option<Expr>> {
        let Some(p) = p else { return Ok(None) };
        let e = self.expr(p)?;
        if matches!(e.kind, ExprKind::Starred(_)) {
            return Err(self.error_span("can't use starred expression here", e.span));
        }
        Ok(Some(e))
    }

    /// `import a.b as c`: the dotted name is kept whole, as CPython's alias.
    fn alias(&self, p: P<'s>) -> Alias {
        let span = self.span(&p);
        let mut it = kids(p);
        let dotted = it.next().expect("invariant: a module name");
        let name = self.dotted(dotted);
        let asname = it.next().map(|n| self.name(n.as_str()));
        Alias { name, asname, span }
    }

    fn dotted(&self, p: P<'s>) -> Name {
        let parts: Vec<&str> = p.into_inner().map(|i| i.as_str()).collect();
        if parts.len() == 1 {
            self.name(parts[0])
        } else {
            Name::from(parts.join("."))
        }
    }

    /// `from m import a, b as c`
    fn import_from(&self, p: P<'s>) -> R<StmtKind> {
        let mut module = Name::from("");
        let mut names = Vec::new();
        let mut level = 0;
        for q in kids(p) {
            match q.as_rule() {
                Rule::dots => level = q.as_str().matches('.').count() as u32,
                Rule::import_star => {
                    let star = Alias {
                        name: Name::from("*"),
                        asname: None,
                        span: self.span(&q),
                    };
                    names = vec![star];
                }
                Rule::dotted_name => module = self.dotted(q),
                _ => names = kids(q).map(|a| self.import_as_name(a)).collect(),
            }
        }
        Ok(StmtKind::ImportFrom {
            module,
            names,
            level,
        })
    }

    fn import_as_name(&self, p: P<'s>) -> Alias {
        let span = self.span(&p);
        let mut it = kids(p);
        let name = self.name(it.next().expect("invariant: a name").as_str());
        let asname = it.next().map(|n| self.name(n.as_str()));
        Alias { name, asname, span }
    }

    /// `x = y = 1`   `x += 1`   `x: int = 1`   `f(x)`
    fn expr_stmt(&self, p: P<'s>) -> R<Stmt> {
        let span = self.span(&p);
        let mut it = p.into_inner();
        let first_pair = it.next().expect("invariant: an expression");
        let parenthesized = first_pair.as_str().starts_with('(');
        let first = self.expr(first_pair)?;
        let rest: Vec<P<'s>> = it.collect();
        let kind = match rest.first().map(|r| r.as_rule()) {
            None => {
                if matches!(first.kind, ExprKind::Starred(_)) {
                    return Err(self.error_span("can't use starred expression here", first.span));
                }
                StmtKind::Expr(first)
            }
            Some(Rule::annassign) => self.annassign(first, rest[0].clone(), parenthesized)?,
            Some(Rule::augassign) => self.augassign(first, rest[0].clone())?,
            _ => self.assign(first, rest)?,
        };
        Ok(Stmt { kind, span })
    }

    fn assign(&self, first: Expr, rest: Vec<P<'s>>) -> R<StmtKind> {
        let mut exprs = vec![first];
        for r in rest {
            exprs.push(self.expr(r.into_inner().next().expect("invariant: = value"))?);
        }
        let value = exprs.pop().expect("invariant: a value");
        if matches!(value.kind, ExprKind::Starred(_)) {
            return Err(self.error_span("can't use starred expression here", value.span));
        }
        let last = exprs.len() - 1;
        for t in &exprs {
            self.check_target(t, Use::Assign { suggest: last == 0 })?;
        }
        Ok(StmtKind::Assign {
            targets: exprs,
            value,
        })
    }

    fn augassign(&self, target: Expr, p: P<'s>) -> R<StmtKind> {
        self.check_aug_target(&target)?;
        let mut it = p.into_inner();
        let op = super::expr::aug_op(it.next().expect("invariant: operator").as_str());
        let value = self.value(it.next())?.expect("invariant: a value");
        Ok(StmtKind::AugAssign { target, op, value })
    }

    /// `x: int = 1`; `simple` unless the target is parenthesized or not a name.
    fn annassign(&self, target: Expr, p: P<'s>, parenthesized: bool) -> R<StmtKind> {
        self.check_ann_target(&target)?;
        let simple = matches!(target.kind, ExprKind::Name(_)) && !parenthesized;
        let mut it = p.into_inner();
        let annotation = self.expr(it.next().expect("invariant: annotation"))?;
        let value = self.value(it.next())?;
        Ok(StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        })
    }

    /// A compound statement's header.
    fn header(&self, p: P<'s>) -> R<Header> {
        let mut it = p.into_inner();
        let mut head = it.next().expect("invariant: a header");
        let span = self.span(&head);
        let is_async = head.as_rule() == Rule::async_stmt;
        if is_async {
            head = head
                .into_inner()
                .find(|q| q.as_rule() != Rule::kw_async)
                .expect("invariant: async is followed by a statement");
        }
        let inline = it.next().map(|s| self.simple_stmts(s)).transpose()?;
        let kind = self.header_kind(head)?;
        Ok(Header {
            kind,
            inline,
            span,
            is_async,
        })
    }

    fn header_kind(&self, head: P<'s>) -> R<HeaderKind> {
        let rule = head.as_rule();
        let mut it = kids(head);
        Ok(match rule {
            Rule::if_stmt => HeaderKind::If(self.expr(it.next().expect("invariant: test"))?),
            Rule::elif_clause => HeaderKind::Elif(self.expr(it.next().expect("invariant: test"))?),
            Rule::while_stmt => HeaderKind::While(self.expr(it.next().expect("invariant: test"))?),
            Rule::else_clause => HeaderKind::Else,
            Rule::try_stmt => HeaderKind::Try,
            Rule::with_stmt => HeaderKind::With(self.with_items(it)?),
            Rule::finally_block => HeaderKind::Finally,
            Rule::for_stmt => {
                let target = self.store_targets(it.next().expect("invariant: target"))?;
                let iter = self.expr(it.next().expect("invariant: iterable"))?;
                HeaderKind::For { target, iter }
            }
            Rule::except_block => {
                let mut it = it.peekable();
                let star = it.next_if(|p| p.as_rule() == Rule::except_star).is_some();
                let typ = it.next().map(|e| self.expr(e)).transpose()?;
                let name = it.next().map(|n| self.name(n.as_str()));
                HeaderKind::Except { typ, name, star }
            }
            Rule::function_def => self.def_header(it)?,
            _ => self.class_header(it)?,
        })
    }

    /// `a as b, c`: each manager and its optional target.
    fn with_items(&self, it: impl Iterator<Item = P<'s>>) -> R<Vec<crate::ast::WithItem>> {
        it.map(|item| {
            let mut parts = item.into_inner();
            let context_expr = self.expr(parts.next().expect("invariant: a manager"))?;
            let optional_vars = parts
                .find(|q| q.as_rule() == Rule::with_target)
                .map(|t| self.store_targets(t))
                .transpose()?;
            Ok(crate::ast::WithItem {
                context_expr,
                optional_vars,
            })
        })
        .collect()
    }

    /// `def name(params) -> returns`
    fn def_header(&self, mut it: impl Iterator<Item = P<'s>>) -> R<HeaderKind> {
        let scope = self.new_scope();
        let name = self.name(it.next().expect("invariant: def name").as_str());
        let (mut params, mut returns) = (None, None);
        for q in it {
            match q.as_rule() {
                Rule::params => params = Some(q),
                _ => returns = Some(self.expr(q)?),
            }
        }
        let args = Box::new(self.parameters(params)?);
        Ok(HeaderKind::Def {
            name,
            args,
            returns,
            scope,
        })
    }

    /// `class name(bases, keywords)`
    fn class_header(&self, mut it: impl Iterator<Item = P<'s>>) -> R<HeaderKind> {
        let scope = self.new_scope();
        let name = self.name(it.next().expect("invariant: class name").as_str());
        let (bases, keywords) = self.call_arguments(it.next())?;
        Ok(HeaderKind::Class {
            name,
            bases,
            keywords,
            scope,
        })
    }
}
