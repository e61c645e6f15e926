//! Expressions → instructions, and the one place where a name's scope
//! picks its opcode (`name_op`).

use super::Compiler;
use super::stmt::CResult;
use super::unit::Label;
use crate::ast::{BoolOp, CmpOp, Constant, Expr, ExprKind, FStringPart, Name, UnaryOp};
use crate::code::Instr;
use crate::symtable::Scope;
use crate::value::Value;

/// Load, store or delete: what an access to a name does.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ctx {
    Load,
    Store,
    Del,
}

impl<'a> Compiler<'a> {
    pub(crate) fn load_name(&mut self, n: &Name) {
        self.name_op(n, Ctx::Load);
    }

    pub(crate) fn store_name(&mut self, n: &Name) {
        self.name_op(n, Ctx::Store);
    }

    pub(crate) fn delete_name(&mut self, n: &Name) {
        self.name_op(n, Ctx::Del);
    }

    /// cpython: compiler_nameop — scope → opcode, in one match.
    pub(crate) fn name_op(&mut self, written: &Name, ctx: Ctx) {
        let block = self.unit().block;
        let n = &block.mangle(written);
        let function_like = block.is_function_like();
        let scope = block.scope_of(n);
        let is_class = block.kind == crate::symtable::BlockKind::Class;
        let instr = match (scope, ctx) {
            (Scope::Free | Scope::Cell, _)
                if is_class && n.as_ref() != "__class__" && scope == Scope::Free =>
            {
                let d = self.unit().deref_index(n);
                match ctx {
                    Ctx::Load => Instr::LoadClassDeref(d),
                    Ctx::Store => Instr::StoreDeref(d),
                    Ctx::Del => Instr::DeleteDeref(d),
                }
            }
            (Scope::Free | Scope::Cell, _) => {
                let d = self.unit().deref_index(n);
                match ctx {
                    Ctx::Load => Instr::LoadDeref(d),
                    Ctx::Store => Instr::StoreDeref(d),
                    Ctx::Del => Instr::DeleteDeref(d),
                }
            }
            (Scope::Local, _) if function_like => {
                let i = self.unit().varname(n);
                match ctx {
                    Ctx::Load => Instr::LoadFast(i),
                    Ctx::Store => Instr::StoreFast(i),
                    Ctx::Del => Instr::DeleteFast(i),
                }
            }
            (Scope::GlobalExplicit, _) | (Scope::GlobalImplicit, _)
                if function_like || scope == Scope::GlobalExplicit =>
            {
                let i = self.unit().add_name(n);
                match ctx {
                    Ctx::Load => Instr::LoadGlobal(i << 1),
                    Ctx::Store => Instr::StoreGlobal(i),
                    Ctx::Del => Instr::DeleteGlobal(i),
                }
            }
            _ => {
                let i = self.unit().add_name(n);
                match ctx {
                    Ctx::Load => Instr::LoadName(i),
                    Ctx::Store => Instr::StoreName(i),
                    Ctx::Del => Instr::DeleteName(i),
                }
            }
        };
        self.emit(instr);
    }

    pub(crate) fn load_const(&mut self, v: Value) {
        let i = self.unit().add_const(v);
        self.emit(Instr::LoadConst(i));
    }

    /// Compiles `e`, leaving its value on the stack. The expression's line
    /// is recorded on its instructions, as CPython's SET_LOC does.
    pub(crate) fn expr(&mut self, e: &'a Expr) -> CResult {
        self.at(e.span, |c| c.expr_kind(e))
    }

    fn expr_kind(&mut self, e: &'a Expr) -> CResult {
        if super::fold::folds(e)
            && let Some(v) = super::fold::folded(e)
        {
            self.load_const(v);
            return Ok(());
        }
        match &e.kind {
            ExprKind::Name(n) => self.load_name(n),
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?; // cpython: compiler_visit_expr1 NamedExpr_kind
                self.emit(Instr::Copy(1));
                self.store_target(target)?;
            }
            ExprKind::Constant(c) => self.load_const(constant(c)),
            ExprKind::JoinedStr(parts) => self.joined_str(parts)?,
            ExprKind::BoolOp { op, values } => self.bool_op(*op, values)?,
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Instr::BinaryOp(crate::code::BinaryOpArg::new(*op, false)));
            }
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } if inverted_compare(operand).is_some() => {
                let (left, op, right) = inverted_compare(operand).expect("invariant: checked");
                let right = std::slice::from_ref(right);
                self.at(operand.span, |c| c.compare(left, &[op], right))?;
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.emit(match op {
                    UnaryOp::Invert => Instr::UnaryInvert,
                    UnaryOp::Not => Instr::UnaryNot,
                    UnaryOp::UAdd => Instr::UnaryPositive,
                    UnaryOp::USub => Instr::UnaryNegative,
                });
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords)?,
            ExprKind::IfExp { test, body, orelse } => {
                let (other, end) = (self.unit().new_label(), self.unit().new_label());
                self.jump_if(test, other, false)?;
                self.expr(body)?;
                self.emit_artificial(Instr::JumpForward(end.0));
                self.unit().bind(other);
                self.expr(orelse)?;
                self.unit().bind(end);
            }
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.unit().add_name(attr);
                self.emit(Instr::LoadAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                if let Some(w) = super::warnings::subscript(value, index) {
                    self.warn(e.span.line, w);
                }
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Instr::BinarySubscr);
            }
            ExprKind::Slice { lower, upper, step } => self.slice(lower, upper, step)?,
            ExprKind::Starred(_) => return Err(self.error("can't use starred expression here", e)),
            ExprKind::List(items) => self.sequence(items, Seq::List)?,
            ExprKind::Tuple(items) => self.sequence(items, Seq::Tuple)?,
            ExprKind::Set(items) => self.sequence(items, Seq::Set)?,
            ExprKind::Dict { keys, values } => self.dict(keys, values)?,
            ExprKind::ListComp { scope, .. }
            | ExprKind::SetComp { scope, .. }
            | ExprKind::DictComp { scope, .. }
            | ExprKind::GeneratorExp { scope, .. } => self.comprehension(e, *scope)?,
            ExprKind::Lambda { args, body, scope } => {
                self.lambda(args, body, *scope, e.span.line)?
            }
            ExprKind::Yield(v) => {
                self.check_yield(e)?;
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.yield_value();
                self.emit(Instr::Resume(1));
            }
            ExprKind::YieldFrom(v) => {
                self.check_yield(e)?;
                if self.unit().block.is_coroutine && !self.unit().block.kind.is_comprehension() {
                    return Err(self.error("'yield from' inside async function", e));
                }
                self.expr(v)?;
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Value::None);
                self.yield_from_loop(2);
            }
            ExprKind::Await(v) => {
                if !self.unit().block.is_function_like() {
                    return Err(self.error("'await' outside function", e));
                }
                // cpython: an await in any comprehension is allowed here;
                // the comprehension itself was checked when it was made
                if !self.unit().block.kind.is_comprehension() {
                    self.require_async("'await' outside async function", e.span)?;
                }
                self.expr(v)?;
                self.await_value(0);
            }
        }
        Ok(())
    }

    /// YIELD_VALUE, after ASYNC_GEN_WRAP in an async generator (its
    /// yields go to the consumer; its awaits' yields to the event loop).
    pub(crate) fn yield_value(&mut self) {
        let block = &self.unit().block;
        if block.is_coroutine && block.is_generator {
            self.emit(Instr::AsyncGenWrap);
        }
        self.emit(Instr::YieldValue);
    }

    fn check_yield(&mut self, e: &Expr) -> CResult {
        if !self.unit().block.is_function_like() {
            return Err(self.error("'yield' outside function", e));
        }
        Ok(())
    }

    /// `SEND exit; YIELD_VALUE; JUMP_BACKWARD send; exit:`
    pub(crate) fn yield_from_loop(&mut self, resume: u32) {
        let (send, exit) = (self.unit().new_label(), self.unit().new_label());
        self.unit().bind(send);
        self.emit(Instr::Send(exit.0));
        self.emit(Instr::YieldValue);
        self.emit(Instr::Resume(resume));
        self.emit(Instr::JumpBackwardNoInterrupt(send.0));
        self.unit().bind(exit);
    }

    fn joined_str(&mut self, parts: &'a [FStringPart]) -> CResult {
        for part in parts {
            match part {
                FStringPart::Literal(s) => self.load_const(Value::str(s.clone())),
                FStringPart::Formatted {
                    value,
                    conversion,
                    spec,
                } => {
                    self.expr(value)?;
                    let mut flags = match conversion {
                        Some('s') => 1,
                        Some('r') => 2,
                        Some('a') => 3,
                        _ => 0,
                    };
                    if let Some(spec) = spec {
                        self.joined_str(spec)?;
                        flags |= crate::code::format_value::HAVE_SPEC;
                    }
                    self.emit(Instr::FormatValue(flags));
                }
            }
        }
        if parts.is_empty() {
            self.load_const(Value::str(""));
        } else if parts.len() > 1 {
            self.emit(Instr::BuildString(parts.len() as u32));
        }
        Ok(())
    }

    fn bool_op(&mut self, op: BoolOp, values: &'a [Expr]) -> CResult {
        let end = self.unit().new_label();
        for (i, v) in values.iter().enumerate() {
            self.expr(v)?;
            if i + 1 < values.len() {
                self.emit(match op {
                    BoolOp::And => Instr::JumpIfFalseOrPop(end.0),
                    BoolOp::Or => Instr::JumpIfTrueOrPop(end.0),
                });
            }
        }
        self.unit().bind(end);
        Ok(())
    }

    /// cpython: compiler_compare — a chain keeps the middle operand with
    /// SWAP/COPY and bails out at the first false link.
    fn compare(&mut self, left: &'a Expr, ops: &[CmpOp], comparators: &'a [Expr]) -> CResult {
        if let Some(w) = super::warnings::compare(left, ops, comparators) {
            self.warn(left.span.line, w);
        }
        self.expr(left)?;
        if ops.len() == 1 {
            self.comparator(ops, comparators, 0)?;
            self.emit(cmp_instr(ops[0]));
            return Ok(());
        }
        let (cleanup, end) = (self.unit().new_label(), self.unit().new_label());
        for i in 0..ops.len() - 1 {
            self.expr(&comparators[i])?;
            self.emit(Instr::Swap(2));
            self.emit(Instr::Copy(2));
            self.emit(cmp_instr(ops[i]));
            self.emit(Instr::JumpIfFalseOrPop(cleanup.0));
        }
        self.comparator(ops, comparators, ops.len() - 1)?;
        self.emit(cmp_instr(ops[ops.len() - 1]));
        self.emit_artificial(Instr::JumpForward(end.0));
        self.unit().bind(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopTop);
        self.unit().bind(end);
        Ok(())
    }

    /// Comparator `i`; the last one, when tested with `in` / `not in`, as
    /// an iterable (cpython: ast_opt.c fold_compare).
    fn comparator(&mut self, ops: &[CmpOp], comparators: &'a [Expr], i: usize) -> CResult {
        let last = i + 1 == comparators.len();
        if last && matches!(ops[i], CmpOp::In | CmpOp::NotIn) {
            self.iterable(&comparators[i])
        } else {
            self.expr(&comparators[i])
        }
    }

    /// Jumps to `label` when `e`'s truth equals `cond` (cpython:
    /// compiler_jump_if): `not`, `and`/`or`, conditional expressions and
    /// chained comparisons become jumps, with no value left to test.
    pub(crate) fn jump_if(&mut self, e: &'a Expr, label: Label, cond: bool) -> CResult {
        if let ExprKind::Compare { .. } = e.kind {
            // cpython: compiler_jump_if's SET_LOC for a comparison, which
            // stays for what follows (a comprehension's element store)
            self.unit().set_span(e.span);
        }
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => match inverted_compare(operand) {
                Some((left, op, right)) if !is_none_constant(right) => {
                    let right = std::slice::from_ref(right);
                    self.at(operand.span, |c| c.compare(left, &[op], right))?;
                    self.emit(if cond {
                        Instr::PopJumpIfTrue(label.0)
                    } else {
                        Instr::PopJumpIfFalse(label.0)
                    });
                    return Ok(());
                }
                _ => return self.jump_if(operand, label, !cond),
            },
            ExprKind::Constant(c) => {
                // cpython's optimizer turns LOAD_CONST; POP_JUMP_IF_* into a
                // NOP (the test's line) and a jump or nothing; the constant
                // stays in co_consts
                self.unit().add_const(constant(c));
                self.at(e.span, |c| {
                    c.emit(Instr::Nop);
                    Ok(())
                })?;
                if constant(c).truthy() == cond {
                    self.jump_to(label);
                }
                return Ok(());
            }
            ExprKind::BoolOp { op, values } => {
                return self.jump_if_bool_op(*op, values, label, cond);
            }
            ExprKind::IfExp { test, body, orelse } => {
                let (end, otherwise) = (self.unit().new_label(), self.unit().new_label());
                self.jump_if(test, otherwise, false)?;
                self.jump_if(body, label, cond)?;
                self.emit_artificial(Instr::JumpForward(end.0));
                self.unit().bind(otherwise);
                self.jump_if(orelse, label, cond)?;
                self.unit().bind(end);
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() > 1 => return self.jump_if_chain(left, ops, comparators, label, cond),
            // cpython's optimizer: LOAD_CONST None, IS_OP, POP_JUMP_IF_*
            // is one POP_JUMP_IF_(NOT_)NONE
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if matches!(ops[..], [CmpOp::Is | CmpOp::IsNot])
                && matches!(comparators[0].kind, ExprKind::Constant(Constant::None)) =>
            {
                self.expr(left)?;
                // the None CPython loads before its optimizer fuses the
                // jump keeps its place in co_consts
                self.unit().add_const(Value::None);
                let none = (ops[0] == CmpOp::Is) == cond;
                self.emit(if none {
                    Instr::PopJumpIfNone(label.0)
                } else {
                    Instr::PopJumpIfNotNone(label.0)
                });
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        self.emit(if cond {
            Instr::PopJumpIfTrue(label.0)
        } else {
            Instr::PopJumpIfFalse(label.0)
        });
        Ok(())
    }

    /// `a and b` / `a or b` as a condition: each operand but the last
    /// jumps out on its own.
    fn jump_if_bool_op(
        &mut self,
        op: BoolOp,
        values: &'a [Expr],
        label: Label,
        cond: bool,
    ) -> CResult {
        let or = op == BoolOp::Or;
        let (last, rest) = values
            .split_last()
            .expect("invariant: a BoolOp has operands");
        let early = if or == cond {
            label
        } else {
            self.unit().new_label()
        };
        for v in rest {
            self.jump_if(v, early, or)?;
        }
        self.jump_if(last, label, cond)?;
        if early.0 != label.0 {
            self.unit().bind(early);
        }
        Ok(())
    }

    /// `a < b < c` as a condition: a false link jumps to a cleanup that
    /// drops the kept operand.
    fn jump_if_chain(
        &mut self,
        left: &'a Expr,
        ops: &[CmpOp],
        comparators: &'a [Expr],
        label: Label,
        cond: bool,
    ) -> CResult {
        if let Some(w) = super::warnings::compare(left, ops, comparators) {
            self.warn(left.span.line, w);
        }
        let (cleanup, end) = (self.unit().new_label(), self.unit().new_label());
        self.expr(left)?;
        let n = ops.len() - 1;
        for i in 0..n {
            self.expr(&comparators[i])?;
            self.emit(Instr::Swap(2));
            self.emit(Instr::Copy(2));
            self.emit(cmp_instr(ops[i]));
            self.emit(Instr::PopJumpIfFalse(cleanup.0));
        }
        self.comparator(ops, comparators, n)?;
        self.emit(cmp_instr(ops[n]));
        self.emit(if cond {
            Instr::PopJumpIfTrue(label.0)
        } else {
            Instr::PopJumpIfFalse(label.0)
        });
        self.emit_artificial(Instr::JumpForward(end.0));
        self.unit().bind(cleanup);
        self.emit(Instr::PopTop);
        if !cond {
            self.jump_to(label);
        }
        self.unit().bind(end);
        Ok(())
    }

    /// An unconditional jump, backward when the label is already bound.
    fn jump_to(&mut self, label: Label) {
        let back = self.unit().is_bound(label);
        self.emit(if back {
            Instr::JumpBackward(label.0)
        } else {
            Instr::JumpForward(label.0)
        });
    }

    fn slice(
        &mut self,
        lower: &'a Option<Box<Expr>>,
        upper: &'a Option<Box<Expr>>,
        step: &'a Option<Box<Expr>>,
    ) -> CResult {
        for part in [lower, upper] {
            match part {
                Some(e) => self.expr(e)?,
                None => self.load_const(Value::None),
            }
        }
        match step {
            Some(s) => {
                self.expr(s)?;
                self.emit(Instr::BuildSlice(3));
            }
            None => self.emit(Instr::BuildSlice(2)),
        }
        Ok(())
    }

    /// An iterable that is only iterated over or tested with `in` (cpython:
    /// ast_opt.c fold_iter): a list display is built as a tuple, a tuple
    /// or frozenset constant when its items are constants.
    pub(crate) fn iterable(&mut self, e: &'a Expr) -> CResult {
        match &e.kind {
            ExprKind::List(items)
                if !items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) =>
            {
                match super::fold::all_folded(items) {
                    Some(values) => self.load_const(Value::tuple(values)),
                    None => {
                        for i in items {
                            self.expr(i)?;
                        }
                        self.emit(Instr::BuildTuple(items.len() as u32));
                    }
                }
                Ok(())
            }
            ExprKind::Set(items) => match super::fold::frozenset(items) {
                Some(frozen) => {
                    self.load_const(frozen);
                    Ok(())
                }
                None => self.expr(e),
            },
            _ => self.expr(e),
        }
    }

    /// A list, tuple or set display, with `*x` unpacking via LIST_EXTEND.
    pub(super) fn sequence(&mut self, items: &'a [Expr], kind: Seq) -> CResult {
        // cpython: starunpack_helper — three or more constants are one
        // tuple (or frozenset) constant merged into an empty list (set)
        if items.len() > 2 && kind != Seq::Tuple {
            let constant = match kind {
                Seq::Set => super::fold::frozenset(items),
                _ => super::fold::all_folded(items).map(Value::tuple),
            };
            if let Some(c) = constant {
                let set = kind == Seq::Set;
                self.emit(if set {
                    Instr::BuildSet(0)
                } else {
                    Instr::BuildList(0)
                });
                self.load_const(c);
                self.emit(if set {
                    Instr::SetUpdate(1)
                } else {
                    Instr::ListExtend(1)
                });
                return Ok(());
            }
        }
        let starred = items.iter().any(|e| matches!(e.kind, ExprKind::Starred(_)));
        let big = items.len() > 30; // cpython: STACK_USE_GUIDELINE
        if !starred && !big {
            for e in items {
                self.expr(e)?;
            }
            self.emit(match kind {
                Seq::List => Instr::BuildList(items.len() as u32),
                Seq::Tuple => Instr::BuildTuple(items.len() as u32),
                Seq::Set => Instr::BuildSet(items.len() as u32),
            });
            return Ok(());
        }
        // the items before the first star are pushed, then built
        let build = |n: usize| {
            if kind == Seq::Set {
                Instr::BuildSet(n as u32)
            } else {
                Instr::BuildList(n as u32)
            }
        };
        let mut built = big;
        if big {
            self.emit(build(0));
        }
        for (i, e) in items.iter().enumerate() {
            match &e.kind {
                ExprKind::Starred(inner) => {
                    if !built {
                        self.emit(build(i));
                        built = true;
                    }
                    self.expr(inner)?;
                    self.emit(if kind == Seq::Set {
                        Instr::SetUpdate(1)
                    } else {
                        Instr::ListExtend(1)
                    });
                }
                _ => {
                    self.expr(e)?;
                    if built {
                        self.emit(if kind == Seq::Set {
                            Instr::SetAdd(1)
                        } else {
                            Instr::ListAppend(1)
                        });
                    }
                }
            }
        }
        if kind == Seq::Tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Seq {
    List,
    Tuple,
    Set,
}

/// cpython: compile.c starunpack_helper — a set display of three or more
/// constants becomes a frozenset constant merged into an empty set, which
/// fixes its iteration order as CPython's.
/// cpython: ast_opt.c fold_unaryop — `not (a is b)` is `a is not b`, and
/// `in` inverts too (the other comparisons do not: `__eq__`/`__ne__` and set
/// ordering would break).
fn inverted_compare(e: &Expr) -> Option<(&Expr, CmpOp, &Expr)> {
    let ExprKind::Compare {
        left,
        ops,
        comparators,
    } = &e.kind
    else {
        return None;
    };
    let ([op], [right]) = (&ops[..], &comparators[..]) else {
        return None;
    };
    let inverted = match op {
        CmpOp::Is => CmpOp::IsNot,
        CmpOp::IsNot => CmpOp::Is,
        CmpOp::In => CmpOp::NotIn,
        CmpOp::NotIn => CmpOp::In,
        _ => return None,
    };
    Some((left, inverted, right))
}

fn is_none_constant(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Constant(Constant::None))
}

fn cmp_instr(op: CmpOp) -> Instr {
    match op {
        CmpOp::Lt => Instr::CompareOp(0),
        CmpOp::LtE => Instr::CompareOp(1),
        CmpOp::Eq => Instr::CompareOp(2),
        CmpOp::NotEq => Instr::CompareOp(3),
        CmpOp::Gt => Instr::CompareOp(4),
        CmpOp::GtE => Instr::CompareOp(5),
        CmpOp::Is => Instr::IsOp(0),
        CmpOp::IsNot => Instr::IsOp(1),
        CmpOp::In => Instr::ContainsOp(0),
        CmpOp::NotIn => Instr::ContainsOp(1),
    }
}

/// An AST constant as a value.
pub(crate) fn constant(c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::True => Value::Bool(true),
        Constant::False => Value::Bool(false),
        Constant::Ellipsis => Value::Ellipsis,
        Constant::Int(i) => Value::from_bigint(i.clone()),
        Constant::Float(f) => Value::Float(*f),
        Constant::Imaginary(f) => crate::value::complex::Complex::new(0.0, *f).value(),
        Constant::Str(s) => Value::str(s.to_string()),
        Constant::Bytes(b) => crate::builtins::bytes::bytes_value(b.to_vec()),
    }
}
