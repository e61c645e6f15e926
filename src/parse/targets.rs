//! Assignment, `for`, augmented-assignment and `del` targets.
//!
//! Targets are parsed as expressions and checked here, with CPython's
//! messages for what cannot be assigned to (cpython: pegen.c
//! _PyPegen_get_expr_name, Grammar/python.gram invalid_assignment and
//! invalid_del_stmt, compile.c for starred targets).

use super::{Cx, P, R, Rule, expr::tuple_or_single, kids};
use crate::ast::{Constant, Expr, ExprKind};

/// What the target is for: each use has its own wording.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Use {
    /// `target = value`; `suggest` adds "here. Maybe you meant '=='..."
    /// where CPython's invalid_named_expression rule would match.
    Assign {
        suggest: bool,
    },
    For,
    Del,
}

impl<'s> Cx<'s> {
    /// The target of a `for` (statement or comprehension), checked.
    pub(super) fn store_targets(&self, p: P<'s>) -> R<Expr> {
        let target = self.target_list(p)?;
        self.check_target(&target, Use::For)?;
        Ok(target)
    }

    /// `del a, b[0]`: each target, checked (a trailing comma changes nothing).
    pub(super) fn del_targets(&self, p: P<'s>) -> R<Vec<Expr>> {
        let (targets, _) = self.target_items(p)?;
        for t in &targets {
            self.check_target(t, Use::Del)?;
        }
        Ok(targets)
    }

    /// `star_targets` as one expression (a Tuple when there is a comma).
    fn target_list(&self, p: P<'s>) -> R<Expr> {
        let span = self.span(&p);
        let (items, comma) = self.target_items(p)?;
        Ok(tuple_or_single(items, comma, span))
    }

    fn target_items(&self, p: P<'s>) -> R<(Vec<Expr>, bool)> {
        let mut items = Vec::new();
        let mut comma = false;
        for q in kids(p) {
            match q.as_rule() {
                Rule::trailing_comma => comma = true,
                Rule::starred_target => {
                    let span = self.span(&q);
                    let inner = self.primary(q.into_inner().next().expect("invariant: *target"))?;
                    items.push(Expr::new(ExprKind::Starred(Box::new(inner)), span));
                }
                _ => items.push(self.primary(q)?),
            }
        }
        Ok((items, comma))
    }

    /// Raise CPython's error if `target` cannot be assigned (or deleted).
    pub(super) fn check_target(&self, target: &Expr, usage: Use) -> R<()> {
        if let Some(bad) = invalid_target(target, usage == Use::Del) {
            return Err(self.error_span(self.invalid_target_message(target, bad, usage), bad.span));
        }
        if usage == Use::Del {
            return Ok(());
        }
        if matches!(target.kind, ExprKind::Starred(_)) {
            return Err(self.error_span(
                "starred assignment target must be in a list or tuple",
                target.span,
            ));
        }
        Ok(())
    }

    fn invalid_target_message(&self, target: &Expr, bad: &Expr, usage: Use) -> String {
        let name = expr_name(bad);
        match usage {
            Use::Del => format!("cannot delete {name}"),
            Use::For => format!("cannot assign to {name}"),
            Use::Assign { suggest } if suggest && suggestable(target, bad) => {
                format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?")
            }
            Use::Assign { .. } => format!("cannot assign to {name}"),
        }
    }

    /// `x += 1`: only a name, attribute or subscript.
    pub(super) fn check_aug_target(&self, target: &Expr) -> R<()> {
        if matches!(
            target.kind,
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
        ) {
            return Ok(());
        }
        let msg = format!(
            "'{}' is an illegal expression for augmented assignment",
            expr_name(target)
        );
        Err(self.error_span(msg, target.span))
    }

    /// `x: int`: only a single name, attribute or subscript.
    pub(super) fn check_ann_target(&self, target: &Expr) -> R<()> {
        let msg = match target.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
                return Ok(());
            }
            ExprKind::Tuple(_) => "only single target (not tuple) can be annotated",
            ExprKind::List(_) => "only single target (not list) can be annotated",
            _ => "illegal target for annotation",
        };
        Err(self.error_span(msg, target.span))
    }
}

/// The first sub-expression of `e` that is not a valid target.
fn invalid_target(e: &Expr, del: bool) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Tuple(elts) | ExprKind::List(elts) => {
            elts.iter().find_map(|elt| match &elt.kind {
                ExprKind::Starred(_) if del => Some(elt),
                ExprKind::Starred(inner) => invalid_target(inner, del),
                _ => invalid_target(elt, del),
            })
        }
        ExprKind::Starred(inner) if !del => invalid_target(inner, del),
        _ => Some(e),
    }
}

/// Would CPython's `invalid_named_expression` rule have matched `bad`? It
/// does for the whole target or the last item of an unparenthesized tuple,
/// when `bad` is a `bitwise_or` other than a list, tuple, True, False or None.
fn suggestable(target: &Expr, bad: &Expr) -> bool {
    let excluded = matches!(
        bad.kind,
        ExprKind::List(_)
            | ExprKind::Tuple(_)
            | ExprKind::Constant(Constant::True | Constant::False | Constant::None)
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::Compare { .. }
            | ExprKind::UnaryOp {
                op: crate::ast::UnaryOp::Not,
                ..
            }
    );
    let last = match &target.kind {
        ExprKind::Tuple(elts) => {
            elts.last().is_some_and(|l| std::ptr::eq(l, bad))
                && target.span.start == elts[0].span.start
        }
        _ => std::ptr::eq(target, bad),
    };
    !excluded && last
}

/// How CPython names an expression in error messages.
/// cpython: Parser/pegen.c _PyPegen_get_expr_name.
pub(super) fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) => "f-string expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
        ExprKind::Constant(c) => match c {
            Constant::None => "None",
            Constant::True => "True",
            Constant::False => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
    }
}
