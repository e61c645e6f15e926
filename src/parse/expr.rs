//! Expressions: pest pairs → `ast::Expr`.
//!
//! Operator precedence is decided in ONE place, the Pratt table below; the
//! grammar hands it flat sequences of operands and operators. Displays,
//! comprehensions, calls, subscripts and lambdas are built here too.

use super::{Cx, P, R, Rule, join, kids};
use crate::ast::{
    BinOp, BoolOp, CmpOp, Comprehension, Constant, Expr, ExprKind, Keyword, ScopeId, Span, UnaryOp,
};
use pest::pratt_parser::{Assoc, ConstPrattParser, Op};

/// Python's operator precedence, loosest first (cpython: the order of the
/// rules disjunction ... power in Grammar/python.gram). `not` and the unary
/// operators are prefixes; `**` is right-associative and binds tighter than a
/// unary minus on its left: `-2**2 == -4`, `2**-1 == 0.5`.
static PRATT: ConstPrattParser<Rule, 29> = ConstPrattParser::new_const(pest::pratt_precedence![
    Op::infix(Rule::or_op, Assoc::Left),
    Op::infix(Rule::and_op, Assoc::Left),
    Op::prefix(Rule::not_op),
    Op::infix(Rule::eq, Assoc::Left)
        | Op::infix(Rule::noteq, Assoc::Left)
        | Op::infix(Rule::lt, Assoc::Left)
        | Op::infix(Rule::lte, Assoc::Left)
        | Op::infix(Rule::gt, Assoc::Left)
        | Op::infix(Rule::gte, Assoc::Left)
        | Op::infix(Rule::in_op, Assoc::Left)
        | Op::infix(Rule::not_in, Assoc::Left)
        | Op::infix(Rule::is_op, Assoc::Left)
        | Op::infix(Rule::is_not, Assoc::Left),
    Op::infix(Rule::bitor, Assoc::Left),
    Op::infix(Rule::bitxor, Assoc::Left),
    Op::infix(Rule::bitand, Assoc::Left),
    Op::infix(Rule::lshift, Assoc::Left) | Op::infix(Rule::rshift, Assoc::Left),
    Op::infix(Rule::add, Assoc::Left) | Op::infix(Rule::sub, Assoc::Left),
    Op::infix(Rule::mul, Assoc::Left)
        | Op::infix(Rule::matmul, Assoc::Left)
        | Op::infix(Rule::div, Assoc::Left)
        | Op::infix(Rule::floordiv, Assoc::Left)
        | Op::infix(Rule::modulo, Assoc::Left),
    Op::prefix(Rule::neg) | Op::prefix(Rule::pos) | Op::prefix(Rule::invert),
    Op::infix(Rule::pow, Assoc::Right),
]);

/// A Pratt result: the expression, and which n-ary node it still extends
/// (`a < b < c` is one Compare, `(a < b) < c` is two).
struct Operand {
    expr: Expr,
    open: Open,
    /// The operand's extent with its parentheses: `(a < b) < c` starts at `(`.
    outer: Span,
}

fn operand(expr: Expr, open: Open) -> Operand {
    Operand {
        outer: expr.span,
        expr,
        open,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Open {
    Closed,
    Or,
    And,
    Compare,
}

impl<'s> Cx<'s> {
    /// `name := value`
    fn walrus(&self, p: P<'s>) -> R<Expr> {
        let span = self.span(&p);
        let mut it = p.into_inner();
        let name = it.next().expect("invariant: a walrus target");
        let target = Expr::new(ExprKind::Name(self.name(name.as_str())), self.span(&name));
        let value = self.expr(it.next().expect("invariant: a walrus value"))?;
        let kind = ExprKind::NamedExpr {
            target: Box::new(target),
            value: Box::new(value),
        };
        Ok(Expr::new(kind, span))
    }

    /// Any expression-like pair, dispatched on its rule.
    pub(super) fn expr(&self, p: P<'s>) -> R<Expr> {
        match p.as_rule() {
            Rule::expression => self.expression(p),
            Rule::disjunction | Rule::bitwise_or => self.operators(p),
            Rule::starred => self.starred(p),
            Rule::walrus => self.walrus(p),
            Rule::yield_expr => self.yield_expr(p),
            Rule::star_expressions => self.star_expressions(p),
            Rule::primary => self.primary(p),
            Rule::positional => self.positional(p),
            _ => self.atom(p),
        }
    }

    /// `a if c else b`   `lambda: 0`   `x or y`
    pub(super) fn expression(&self, p: P<'s>) -> R<Expr> {
        self.enter(&p)?;
        let built = self.expression_inner(p);
        self.leave();
        built
    }

    fn expression_inner(&self, p: P<'s>) -> R<Expr> {
        let span = self.span(&p);
        let mut it = kids(p);
        let first = it.next().expect("invariant: an expression has a child");
        if first.as_rule() == Rule::lambdef {
            return self.lambda(first);
        }
        let body = self.operators(first)?;
        let (Some(test), Some(orelse)) = (it.next(), it.next()) else {
            return Ok(body);
        };
        let test = Box::new(self.operators(test)?);
        let orelse = Box::new(self.expression(orelse)?);
        Ok(Expr::new(
            ExprKind::IfExp {
                test,
                body: Box::new(body),
                orelse,
            },
            span,
        ))
    }

    /// A flat operator sequence (`disjunction`, `bitwise_or`) folded by precedence.
    pub(super) fn operators(&self, p: P<'s>) -> R<Expr> {
        let levels = operator_levels(&p);
        self.enter_levels(levels, self.offset(&p))?;
        let folded = PRATT
            .map_primary(|q| {
                let outer = self.span(&q);
                Ok(Operand {
                    expr: self.primary(q)?,
                    open: Open::Closed,
                    outer,
                })
            })
            .map_prefix(|op, rhs| self.prefix(op, rhs?))
            .map_infix(|lhs, op, rhs| self.infix(lhs?, op, rhs?))
            .parse(p.into_inner());
        self.leave_levels(levels);
        folded.map(|o| o.expr)
    }

    fn prefix(&self, op: P<'s>, rhs: Operand) -> R<Operand> {
        let op_kind = match op.as_rule() {
            Rule::not_op => UnaryOp::Not,
            Rule::neg => UnaryOp::USub,
            Rule::pos => UnaryOp::UAdd,
            _ => UnaryOp::Invert,
        };
        let span = join(self.span(&op), rhs.outer);
        let kind = ExprKind::UnaryOp {
            op: op_kind,
            operand: Box::new(rhs.expr),
        };
        Ok(operand(Expr::new(kind, span), Open::Closed))
    }

    fn infix(&self, lhs: Operand, op: P<'s>, rhs: Operand) -> R<Operand> {
        let span = join(lhs.outer, rhs.outer);
        let rule = op.as_rule();
        if let Some(bool_op) = bool_op(rule) {
            return Ok(self.bool_op(lhs, bool_op, rhs.expr, span));
        }
        if let Some(cmp) = cmp_op(rule) {
            return Ok(compare(lhs, cmp, rhs.expr, span));
        }
        let kind = ExprKind::BinOp {
            left: Box::new(lhs.expr),
            op: bin_op(rule),
            right: Box::new(rhs.expr),
        };
        Ok(operand(Expr::new(kind, span), Open::Closed))
    }

    /// `a or b or c` is one BoolOp with three values.
    fn bool_op(&self, lhs: Operand, op: BoolOp, rhs: Expr, span: Span) -> Operand {
        let open = if op == BoolOp::Or {
            Open::Or
        } else {
            Open::And
        };
        if lhs.open == open
            && let ExprKind::BoolOp { values, .. } = lhs.expr.kind
        {
            let mut values = values;
            values.push(rhs);
            return operand(Expr::new(ExprKind::BoolOp { op, values }, span), open);
        }
        let values = vec![lhs.expr, rhs];
        operand(Expr::new(ExprKind::BoolOp { op, values }, span), open)
    }

    /// `*x`
    fn starred(&self, p: P<'s>) -> R<Expr> {
        let span = self.span(&p);
        let inner = kids(p).next().expect("invariant: starred has an operand");
        Ok(Expr::new(
            ExprKind::Starred(Box::new(self.expr(inner)?)),
            span,
        ))
    }

    /// `yield`   `yield x, y`   `yield from g`
    pub(super) fn yield_expr(&self, p: P<'s>) -> R<Expr> {
        let span = self.span(&p);
        let is_from = p.clone().into_inner().any(|q| q.as_rule() == Rule::kw_from);
        let value = kids(p).next().map(|q| self.expr(q)).transpose()?;
        let kind = match value {
            Some(v) if is_from => ExprKind::YieldFrom(Box::new(v)),
            v => ExprKind::Yield(v.map(Box::new)),
        };
        Ok(Expr::new(kind, span))
    }

    /// `a, *b, c` (a Tuple unless it is one expression without a comma).
    pub(super) fn star_expressions(&self, p: P<'s>) -> R<Expr> {
        let span = self.span(&p);
        let (items, comma) = self.items(p)?;
        Ok(tuple_or_single(items, comma, span))
    }

    /// The expressions of a comma-separated list, and whether a comma trails.
    fn items(&self, p: P<'s>) -> R<(Vec<Expr>, bool)> {
        let mut items = Vec::new();
        let mut comma = false;
        for q in kids(p) {
            match q.as_rule() {
                Rule::trailing_comma => comma = true,
                _ => items.push(self.expr(q)?),
            }
        }
        Ok((items, comma))
    }

    /// `f(x).y[0]`: an atom and its trailers, left to right.
    pub(super) fn primary(&self, p: P<'s>) -> R<Expr> {
        let mut it = p.into_inner();
        let first = it.next().expect("invariant: a primary has an atom");
        if first.as_rule() == Rule::await_primary {
            let span = self.span(&first);
            let inner = first
                .into_inner()
                .nth(1)
                .expect("invariant: await has an operand");
            let value = self.primary(inner)?;
            return Ok(Expr::new(ExprKind::Await(Box::new(value)), span));
        }
        let start = self.span(&first);
        let trailers: Vec<P<'s>> = it.collect();
        let levels = trailers.len() as u32;
        self.enter_levels(levels, start.start as usize)?;
        let built = self.trailers(first, trailers, start);
        self.leave_levels(levels);
        built
    }

    fn trailers(&self, first: P<'s>, trailers: Vec<P<'s>>, start: Span) -> R<Expr> {
        let mut value = self.atom(first)?;
        for trailer in trailers {
            let span = join(start, self.span(&trailer));
            value = self.trailer(value, trailer, span)?;
        }
        Ok(value)
    }

    fn trailer(&self, value: Expr, t: P<'s>, span: Span) -> R<Expr> {
        let value = Box::new(value);
        let kind = match t.as_rule() {
            Rule::attribute => {
                let name = t.into_inner().next().expect("invariant: .name");
                ExprKind::Attribute {
                    value,
                    attr: self.name(name.as_str()),
                }
            }
            Rule::subscript => {
                let slices = t.into_inner().next().expect("invariant: [slices]");
                ExprKind::Subscript {
                    value,
                    index: Box::new(self.slices(slices)?),
                }
            }
            _ => {
                let parens = self.span(&t);
                let (mut args, keywords) = self.call_arguments(t.into_inner().next())?;
                if let [arg] = args.as_mut_slice()
                    && matches!(arg.kind, ExprKind::GeneratorExp { .. })
                    && !arg_has_parens(self, arg)
                {
                    arg.span = parens; // cpython: `f(x for x in y)` spans the call's parentheses
                }
                ExprKind::Call {
                    func: value,
                    args,
                    keywords,
                }
            }
        };
        Ok(Expr::new(kind, span))
    }

    /// `a[1:2, ::3]`: one slice item, or a Tuple of them.
    fn slices(&self, p: P<'s>) -> R<Expr> {
        let span = self.span(&p);
        let mut items = Vec::new();
        let mut comma = false;
        for q in p.into_inner() {
            match q.as_rule() {
                Rule::trailing_comma => comma = true,
                _ => items.push(self.slice_item(q)?),
            }
        }
        Ok(tuple_or_single(items, comma, span))
    }

    fn slice_item(&self, p: P<'s>) -> R<Expr> {
        let span = self.span(&p);
        let mut lower = None;
        for q in p.into_inner() {
            if q.as_rule() != Rule::slice_tail {
                lower = Some(self.expr(q)?);
                continue;
            }
            let (mut upper, mut step) = (None, None);
            for part in q.into_inner() {
                let e = Box::new(
                    self.expr(part.clone().into_inner().next().expect("invariant: bound"))?,
                );
                if part.as_rule() == Rule::slice_upper {
                    upper = Some(e)
                } else {
                    step = Some(e)
                }
            }
            let kind = ExprKind::Slice {
                lower: lower.map(Box::new),
                upper,
                step,
            };
            return Ok(Expr::new(kind, span));
        }
        Ok(lower.expect("invariant: a slice item without ':' has an expression"))
    }

    /// Call arguments in CPython's order rules.
    /// cpython: Grammar/python.gram invalid_arguments.
    pub(super) fn call_arguments(&self, p: Option<P<'s>>) -> R<(Vec<Expr>, Vec<Keyword>)> {
        let (mut args, mut keywords) = (Vec::new(), Vec::<Keyword>::new());
        let Some(p) = p else {
            return Ok((args, keywords));
        };
        let count = p.clone().into_inner().count();
        let end = self.span(&p).end as usize;
        for q in p.into_inner() {
            let span = self.span(&q);
            match q.as_rule() {
                Rule::kwarg => keywords.push(self.keyword(q)?),
                Rule::double_starred => {
                    let value = self.expr(q.into_inner().next().expect("invariant: **value"))?;
                    keywords.push(Keyword {
                        arg: None,
                        value,
                        span,
                    });
                }
                _ => {
                    if let Some((msg, starred)) = positional_after_keyword(&q, &keywords) {
                        let at = if starred { span.start as usize } else { end };
                        return Err(self.error_at(msg, at));
                    }
                    let arg = self.expr(q)?;
                    if matches!(arg.kind, ExprKind::GeneratorExp { .. })
                        && count > 1
                        && !arg_has_parens(self, &arg)
                    {
                        return Err(
                            self.error_span("Generator expression must be parenthesized", arg.span)
                        );
                    }
                    args.push(arg);
                }
            }
        }
        Ok((args, keywords))
    }

    /// `key=value`
    fn keyword(&self, p: P<'s>) -> R<Keyword> {
        let span = self.span(&p);
        let mut it = p.into_inner();
        let name = it.next().expect("invariant: kwarg name");
        let value = self.expr(it.next().expect("invariant: kwarg value"))?;
        Ok(Keyword {
            arg: Some(self.name(name.as_str())),
            value,
            span,
        })
    }

    /// A positional argument: an expression, or a bare generator expression.
    fn positional(&self, p: P<'s>) -> R<Expr> {
        let span = self.span(&p);
        let mut it = p.into_inner();
        let first = it.next().expect("invariant: positional has an expression");
        match it.next() {
            None => self.expr(first),
            Some(clauses) => {
                let scope = self.new_scope();
                let (elt, generators) = self.comp_parts(first, clauses)?;
                Ok(Expr::new(
                    ExprKind::GeneratorExp {
                        elt,
                        generators,
                        scope,
                    },
                    span,
                ))
            }
        }
    }

    /// Literals, names, and bracketed displays.
    pub(super) fn atom(&self, p: P<'s>) -> R<Expr> {
        let span = self.span(&p);
        let constant = |c| Ok(Expr::new(ExprKind::Constant(c), span));
        match p.as_rule() {
            Rule::identifier => Ok(Expr::new(ExprKind::Name(self.name(p.as_str())), span)),
            Rule::none => constant(Constant::None),
            Rule::true_ => constant(Constant::True),
            Rule::false_ => constant(Constant::False),
            Rule::ellipsis => constant(Constant::Ellipsis),
            Rule::number => constant(self.number(&p)?),
            Rule::strings => self.strings(p),
            Rule::paren_atom => self.paren_atom(p),
            Rule::list_atom => self.list_atom(p),
            Rule::brace_atom => self.brace_atom(p),
            _ => self.expr(p),
        }
    }

    /// `(x)`   `(1, 2)`   `()`   `(x for x in y)`   `(yield)`
    fn paren_atom(&self, p: P<'s>) -> R<Expr> {
        let span = self.span(&p);
        let children: Vec<P<'s>> = p.into_inner().collect();
        match children.as_slice() {
            [] => Ok(Expr::new(ExprKind::Tuple(Vec::new()), span)),
            [one] if one.as_rule() == Rule::yield_expr => self.yield_expr(one.clone()),
            [elt, clauses] if clauses.as_rule() == Rule::for_if_clauses => {
                let scope = self.new_scope();
                let (elt, generators) = self.comp_parts(elt.clone(), clauses.clone())?;
                Ok(Expr::new(
                    ExprKind::GeneratorExp {
                        elt,
                        generators,
                        scope,
                    },
                    span,
                ))
            }
            [one] => {
                let e = self.expr(one.clone())?;
                if matches!(e.kind, ExprKind::Starred(_)) {
                    return Err(self.error_span("cannot use starred expression here", e.span));
                }
                Ok(e)
            }
            _ => {
                let items = self.display_items(children)?;
                Ok(Expr::new(ExprKind::Tuple(items), span))
            }
        }
    }

    /// `[1, *a]`   `[x for x in y]`
    fn list_atom(&self, p: P<'s>) -> R<Expr> {
        let span = self.span(&p);
        let children: Vec<P<'s>> = p.into_inner().collect();
        if let [elt, clauses] = children.as_slice()
            && clauses.as_rule() == Rule::for_if_clauses
        {
            let scope = self.new_scope();
            let (elt, generators) = self.comp_parts(elt.clone(), clauses.clone())?;
            return Ok(Expr::new(
                ExprKind::ListComp {
                    elt,
                    generators,
                    scope,
                },
                span,
            ));
        }
        Ok(Expr::new(
            ExprKind::List(self.display_items(children)?),
            span,
        ))
    }

    fn display_items(&self, children: Vec<P<'s>>) -> R<Vec<Expr>> {
        children
            .into_iter()
            .filter(|q| q.as_rule() != Rule::trailing_comma)
            .map(|q| self.expr(q))
            .collect()
    }

    /// The element and clauses of a list/set comprehension or generator.
    fn comp_parts(&self, elt: P<'s>, clauses: P<'s>) -> R<(Box<Expr>, Vec<Comprehension>)> {
        let elt = self.expr(elt)?;
        if matches!(elt.kind, ExprKind::Starred(_)) {
            return Err(self.error_span(
                "iterable unpacking cannot be used in comprehension",
                elt.span,
            ));
        }
        Ok((Box::new(elt), self.comprehension(clauses)?))
    }

    /// `for x in y if c for z in x`
    pub(super) fn comprehension(&self, p: P<'s>) -> R<Vec<Comprehension>> {
        p.into_inner()
            .map(|clause| self.for_if_clause(clause))
            .collect()
    }

    fn for_if_clause(&self, p: P<'s>) -> R<Comprehension> {
        let is_async = p.clone().into_inner().next().map(|k| k.as_rule()) == Some(Rule::kw_async);
        let mut it = kids(p);
        let target = self.store_targets(it.next().expect("invariant: for target"))?;
        let iter = self.expr(it.next().expect("invariant: for iterable"))?;
        let ifs = it
            .map(|c| self.expr(kids(c).next().expect("invariant: if condition")))
            .collect::<R<Vec<_>>>()?;
        Ok(Comprehension {
            is_async,
            target,
            iter,
            ifs,
        })
    }

    /// `{}`   `{1, *s}`   `{k: v, **m}`   `{k: v for ...}`   `{x for ...}`
    fn brace_atom(&self, p: P<'s>) -> R<Expr> {
        let span = self.span(&p);
        let children: Vec<P<'s>> = p
            .into_inner()
            .filter(|q| q.as_rule() != Rule::trailing_comma)
            .collect();
        if let [item, clauses] = children.as_slice()
            && clauses.as_rule() == Rule::for_if_clauses
        {
            return self.brace_comprehension(item.clone(), clauses.clone(), span);
        }
        let is_dict = children.first().is_none_or(is_dict_item);
        if let Some(bad) = children.iter().find(|q| is_dict_item(q) != is_dict) {
            return Err(self.error_at("invalid syntax", self.offset(bad)));
        }
        if is_dict {
            self.dict(children, span)
        } else {
            self.set(children, span)
        }
    }

    fn brace_comprehension(&self, item: P<'s>, clauses: P<'s>, span: Span) -> R<Expr> {
        let scope = self.new_scope();
        let mut parts = item.into_inner();
        let first = parts.next().expect("invariant: a brace item has a child");
        if first.as_rule() == Rule::double_starred {
            let at = self.offset(&first);
            let msg = "dict unpacking cannot be used in dict comprehension";
            return Err(self.error_span(msg, self.span_of(at, at + 2)));
        }
        let Some(value) = parts.next() else {
            let (elt, generators) = self.comp_parts(first, clauses)?;
            return Ok(Expr::new(
                ExprKind::SetComp {
                    elt,
                    generators,
                    scope,
                },
                span,
            ));
        };
        let key = Box::new(self.expr(first)?);
        let value = Box::new(self.expr(value.into_inner().next().expect("invariant: : value"))?);
        let generators = self.comprehension(clauses)?;
        Ok(Expr::new(
            ExprKind::DictComp {
                key,
                value,
                generators,
                scope,
            },
            span,
        ))
    }

    fn dict(&self, items: Vec<P<'s>>, span: Span) -> R<Expr> {
        let (mut keys, mut values) = (Vec::new(), Vec::new());
        for item in items {
            let mut parts = item.into_inner();
            let first = parts.next().expect("invariant: a brace item has a child");
            match parts.next() {
                Some(value) => {
                    keys.push(Some(self.expr(first)?));
                    values.push(self.expr(value.into_inner().next().expect("invariant: : value"))?);
                }
                None => {
                    keys.push(None);
                    values.push(self.expr(first.into_inner().next().expect("invariant: **value"))?);
                }
            }
        }
        Ok(Expr::new(ExprKind::Dict { keys, values }, span))
    }

    fn set(&self, items: Vec<P<'s>>, span: Span) -> R<Expr> {
        let elts = items
            .into_iter()
            .map(|item| self.expr(item.into_inner().next().expect("invariant: a set item")))
            .collect::<R<Vec<_>>>()?;
        Ok(Expr::new(ExprKind::Set(elts), span))
    }

    /// `lambda a, *b, c=1, **d: body`
    fn lambda(&self, p: P<'s>) -> R<Expr> {
        let span = self.span(&p);
        let scope: ScopeId = self.new_scope();
        let mut params = None;
        let mut body = None;
        for q in kids(p) {
            match q.as_rule() {
                Rule::lambda_params => params = Some(q),
                _ => body = Some(q),
            }
        }
        let args = Box::new(self.parameters(params)?);
        let body = Box::new(self.expression(body.expect("invariant: lambda body"))?);
        Ok(Expr::new(ExprKind::Lambda { args, body, scope }, span))
    }
}

/// How deep the tree of an operator sequence can be: one level per operator,
/// except `and`, `or` and comparisons, which build one flat node.
fn operator_levels(p: &P<'_>) -> u32 {
    let deepening = |q: &P<'_>| {
        !matches!(q.as_rule(), Rule::primary | Rule::or_op | Rule::and_op)
            && cmp_op(q.as_rule()).is_none()
    };
    p.clone().into_inner().filter(deepening).count() as u32
}

/// Is a brace item `k: v` or `**m` (a dict entry)?
fn is_dict_item(p: &P<'_>) -> bool {
    let mut it = p.clone().into_inner();
    let first = it.next();
    it.next().is_some() || first.is_some_and(|f| f.as_rule() == Rule::double_starred)
}

/// CPython's messages for a positional argument after keywords, and whether
/// the argument is starred (the caret then marks the `*`; otherwise it marks
/// the end of the arguments). cpython: Grammar/python.gram invalid_arguments.
fn positional_after_keyword(arg: &P<'_>, keywords: &[Keyword]) -> Option<(&'static str, bool)> {
    let after_unpack = keywords.iter().any(|k| k.arg.is_none());
    let after_keyword = keywords.iter().any(|k| k.arg.is_some());
    let starred = arg
        .clone()
        .into_inner()
        .next()
        .is_some_and(|q| q.as_rule() == Rule::starred);
    if starred {
        let msg = "iterable argument unpacking follows keyword argument unpacking";
        return after_unpack.then_some((msg, true));
    }
    match () {
        _ if after_unpack => Some((
            "positional argument follows keyword argument unpacking",
            false,
        )),
        _ if after_keyword => Some(("positional argument follows keyword argument", false)),
        _ => None,
    }
}

/// Was a generator-expression argument written in its own parentheses?
fn arg_has_parens(cx: &Cx<'_>, arg: &Expr) -> bool {
    cx.src.as_bytes().get(arg.span.start as usize) == Some(&b'(')
}

/// A Tuple, unless there is exactly one item and no trailing comma.
pub(super) fn tuple_or_single(mut items: Vec<Expr>, comma: bool, span: Span) -> Expr {
    if items.len() == 1 && !comma {
        return items.pop().expect("invariant: one item");
    }
    Expr::new(ExprKind::Tuple(items), span)
}

/// `a < b < c` extends one Compare node.
fn compare(lhs: Operand, op: CmpOp, rhs: Expr, span: Span) -> Operand {
    if lhs.open == Open::Compare
        && let ExprKind::Compare {
            left,
            ops,
            comparators,
        } = lhs.expr.kind
    {
        let (mut ops, mut comparators) = (ops, comparators);
        ops.push(op);
        comparators.push(rhs);
        let kind = ExprKind::Compare {
            left,
            ops,
            comparators,
        };
        return operand(Expr::new(kind, span), Open::Compare);
    }
    let kind = ExprKind::Compare {
        left: Box::new(lhs.expr),
        ops: vec![op],
        comparators: vec![rhs],
    };
    operand(Expr::new(kind, span), Open::Compare)
}

fn bool_op(rule: Rule) -> Option<BoolOp> {
    match rule {
        Rule::or_op => Some(BoolOp::Or),
        Rule::and_op => Some(BoolOp::And),
        _ => None,
    }
}

fn cmp_op(rule: Rule) -> Option<CmpOp> {
    Some(match rule {
        Rule::eq => CmpOp::Eq,
        Rule::noteq => CmpOp::NotEq,
        Rule::lt => CmpOp::Lt,
        Rule::lte => CmpOp::LtE,
        Rule::gt => CmpOp::Gt,
        Rule::gte => CmpOp::GtE,
        Rule::in_op => CmpOp::In,
        Rule::not_in => CmpOp::NotIn,
        Rule::is_op => CmpOp::Is,
        Rule::is_not => CmpOp::IsNot,
        _ => return None,
    })
}

fn bin_op(rule: Rule) -> BinOp {
    match rule {
        Rule::bitor => BinOp::BitOr,
        Rule::bitxor => BinOp::BitXor,
        Rule::bitand => BinOp::BitAnd,
        Rule::lshift => BinOp::LShift,
        Rule::rshift => BinOp::RShift,
        Rule::add => BinOp::Add,
        Rule::sub => BinOp::Sub,
        Rule::mul => BinOp::Mult,
        Rule::matmul => BinOp::MatMult,
        Rule::div => BinOp::Div,
        Rule::floordiv => BinOp::FloorDiv,
        Rule::modulo => BinOp::Mod,
        _ => BinOp::Pow,
    }
}

/// The binary operator of an augmented assignment: `+=` → Add.
pub(super) fn aug_op(text: &str) -> BinOp {
    match text.trim_end_matches('=') {
        "+" => BinOp::Add,
        "-" => BinOp::Sub,
        "*" => BinOp::Mult,
        "@" => BinOp::MatMult,
        "/" => BinOp::Div,
        "%" => BinOp::Mod,
        "&" => BinOp::BitAnd,
        "|" => BinOp::BitOr,
        "^" => BinOp::BitXor,
        "<<" => BinOp::LShift,
        ">>" => BinOp::RShift,
        "**" => BinOp::Pow,
        _ => BinOp::FloorDiv,
    }
}
