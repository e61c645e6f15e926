//! The SyntaxWarnings CPython 3.11's compiler gives for code that runs but
//! is almost certainly a mistake: `x is 1`, `(1, 2)(3)` or `[1, 2][0, 1]`
//! (a missing comma), `assert (x, "msg")`. cpython: compile.c
//! check_compare, check_caller, check_subscripter, check_index,
//! compiler_assert. The compiler collects them; the script runner prints
//! them as the warnings module does (`FILE:LINE: SyntaxWarning: MSG`).

use super::fold::folded;
use crate::ast::{CmpOp, Expr, ExprKind};
use crate::value::Value;

/// `"is" with a literal` for an `is`/`is not` with a literal on a side.
pub(super) fn compare(left: &Expr, ops: &[CmpOp], comparators: &[Expr]) -> Option<&'static str> {
    let mut left_ok = is_arg(left);
    for (op, right) in ops.iter().zip(comparators) {
        let right_ok = is_arg(right);
        if matches!(op, CmpOp::Is | CmpOp::IsNot) && !(left_ok && right_ok) {
            return Some(if *op == CmpOp::Is {
                "\"is\" with a literal. Did you mean \"==\"?"
            } else {
                "\"is not\" with a literal. Did you mean \"!=\"?"
            });
        }
        left_ok = right_ok;
    }
    None
}

/// Not a literal, or one of the singletons `is` is meant for.
fn is_arg(e: &Expr) -> bool {
    match folded(e) {
        Some(v) => matches!(v, Value::None | Value::Bool(_) | Value::Ellipsis),
        None => true,
    }
}

/// `(1, 2)(3)`: a display or literal called.
pub(super) fn caller(func: &Expr) -> Option<String> {
    let callable_kind = matches!(
        func.kind,
        ExprKind::Constant(_)
            | ExprKind::Tuple(_)
            | ExprKind::List(_)
            | ExprKind::ListComp { .. }
            | ExprKind::Dict { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::Set(_)
            | ExprKind::SetComp { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::JoinedStr(_)
    );
    if !callable_kind {
        return None;
    }
    Some(format!(
        "'{}' object is not callable; perhaps you missed a comma?",
        infer_type(func)?
    ))
}

/// `5[0]`, `{1}[0]`, or `[1, 2][0, 1]`: a subscript that cannot work.
pub(super) fn subscript(value: &Expr, index: &Expr) -> Option<String> {
    let not_subscriptable = match &value.kind {
        ExprKind::Set(_) | ExprKind::SetComp { .. } | ExprKind::GeneratorExp { .. } => true,
        ExprKind::Lambda { .. } => true,
        ExprKind::Constant(_) => !matches!(
            folded(value),
            Some(Value::Str(_) | Value::Bytes(_) | Value::Tuple(_))
        ),
        _ => false,
    };
    if not_subscriptable {
        return Some(format!(
            "'{}' object is not subscriptable; perhaps you missed a comma?",
            infer_type(value)?
        ));
    }
    let index_type = infer_type(index)?;
    if matches!(index_type, "int" | "bool") {
        return None;
    }
    let sequence = match &value.kind {
        ExprKind::Constant(_) => matches!(
            folded(value),
            Some(Value::Str(_) | Value::Bytes(_) | Value::Tuple(_))
        ),
        ExprKind::Tuple(_) | ExprKind::List(_) | ExprKind::ListComp { .. } => true,
        ExprKind::JoinedStr(_) => true,
        _ => false,
    };
    sequence.then(|| {
        format!(
            "{} indices must be integers or slices, not {index_type}; perhaps you missed a comma?",
            infer_type(value).unwrap_or("object")
        )
    })
}

/// `assert (test, "msg")`: a non-empty tuple is always true.
pub(super) fn assert_test(test: &Expr) -> Option<&'static str> {
    matches!(&test.kind, ExprKind::Tuple(items) if !items.is_empty())
        .then_some("assertion is always true, perhaps remove parentheses?")
}

/// cpython: compile.c infer_type — the type a display or literal makes.
fn infer_type(e: &Expr) -> Option<&'static str> {
    Some(match &e.kind {
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) | ExprKind::ListComp { .. } => "list",
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
        ExprKind::Set(_) | ExprKind::SetComp { .. } => "set",
        ExprKind::GeneratorExp { .. } => "generator",
        ExprKind::Lambda { .. } => "function",
        ExprKind::JoinedStr(_) => "str",
        ExprKind::Constant(_) => folded(e)?.builtin_type_name(),
        _ => return None,
    })
}
