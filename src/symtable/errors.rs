//! The SyntaxErrors of scope misuse, one constructor per CPython 3.11 message.
//!
//! Takes a name and the span CPython points at; gives a `SyntaxError` whose
//! text is byte-identical to symtable.c's and whose carets cover that span.

use crate::ast::{Name, Span};
use crate::syntax_error::{Decl, ScopeRule, SyntaxError};

/// `global` or `nonlocal`: the two declarations share their message shapes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Directive {
    Global,
    Nonlocal,
}

impl Directive {
    fn decl(self) -> Decl {
        match self {
            Directive::Global => Decl::Global,
            Directive::Nonlocal => Decl::Nonlocal,
        }
    }

    fn word(self) -> &'static str {
        match self {
            Directive::Global => "global",
            Directive::Nonlocal => "nonlocal",
        }
    }
}

/// Carets to the end of the first line when a node spans several lines
/// (CPython underlines the rest of the line).
const TO_END_OF_LINE: u32 = u32::MAX / 2;

/// cpython: PyErr_RangedSyntaxLocationObject(lineno, col_offset + 1, end_lineno, end_col_offset + 1)
fn at(span: Span, msg: String) -> SyntaxError {
    let end_col = if span.end_line == span.line {
        span.end_col + 1
    } else {
        TO_END_OF_LINE
    };
    SyntaxError::spanning(msg, span.line, span.col + 1, end_col)
}

/// cpython: symtable.c DUPLICATE_ARGUMENT
pub(super) fn duplicate_argument(name: &Name, span: Span) -> SyntaxError {
    at(
        span,
        format!("duplicate argument '{name}' in function definition"),
    )
}

/// cpython: symtable.c GLOBAL_PARAM / NONLOCAL_PARAM
pub(super) fn parameter_and(d: Directive, name: &Name, span: Span) -> SyntaxError {
    at(span, format!("name '{name}' is parameter and {}", d.word()))
        .misusing(ScopeRule::ParameterAnd(d.decl()))
}

/// cpython: symtable.c GLOBAL_AFTER_USE / NONLOCAL_AFTER_USE
pub(super) fn used_prior_to(d: Directive, name: &Name, span: Span) -> SyntaxError {
    at(
        span,
        format!("name '{name}' is used prior to {} declaration", d.word()),
    )
    .misusing(ScopeRule::UsedPrior(d.decl()))
}

/// cpython: symtable.c GLOBAL_ANNOT / NONLOCAL_ANNOT
pub(super) fn annotated_cant_be(d: Directive, name: &Name, span: Span) -> SyntaxError {
    at(
        span,
        format!("annotated name '{name}' can't be {}", d.word()),
    )
    .misusing(ScopeRule::AnnotatedCantBe(d.decl()))
}

/// cpython: symtable.c GLOBAL_AFTER_ASSIGN / NONLOCAL_AFTER_ASSIGN
pub(super) fn assigned_before(d: Directive, name: &Name, span: Span) -> SyntaxError {
    at(
        span,
        format!(
            "name '{name}' is assigned to before {} declaration",
            d.word()
        ),
    )
    .misusing(ScopeRule::AssignedBefore(d.decl()))
}

/// cpython: symtable.c analyze_name
pub(super) fn nonlocal_and_global(name: &Name, span: Span) -> SyntaxError {
    at(span, format!("name '{name}' is nonlocal and global")).misusing(ScopeRule::NonlocalAndGlobal)
}

/// cpython: symtable.c symtable_visit_alias
pub(super) fn import_star_not_module(span: Span) -> SyntaxError {
    at(span, "import * only allowed at module level".to_string())
}

/// cpython: symtable.c analyze_name
pub(super) fn nonlocal_at_module_level(span: Span) -> SyntaxError {
    at(
        span,
        "nonlocal declaration not allowed at module level".to_string(),
    )
    .misusing(ScopeRule::NonlocalAtModuleLevel)
}

/// cpython: symtable.c analyze_name
pub(super) fn no_binding_for_nonlocal(name: &Name, span: Span) -> SyntaxError {
    at(span, format!("no binding for nonlocal '{name}' found"))
        .misusing(ScopeRule::NoBindingForNonlocal)
}

/// cpython: symtable.c symtable_raise_if_comprehension_block; `what` is
/// "list comprehension", "set comprehension", "dict comprehension" or
/// "generator expression".
pub(super) fn yield_inside(what: &str, span: Span) -> SyntaxError {
    at(span, format!("'yield' inside {what}"))
}

/// The parser gave two scopes one `ScopeId`, or skipped one: our bug, reported
/// instead of a panic.
pub(super) fn bad_scope_ids(detail: &str, span: Span) -> SyntaxError {
    at(span, format!("internal error: {detail}"))
}

/// `[(x := 0) for x in xs]` (cpython: NAMED_EXPR_COMP_CONFLICT).
pub(super) fn walrus_rebinds_iter_var(name: &Name, span: Span) -> SyntaxError {
    at(
        span,
        format!("assignment expression cannot rebind comprehension iteration variable '{name}'"),
    )
}

/// `[y for x in xs if (y := x) for y in ys]` (cpython: NAMED_EXPR_COMP_INNER_LOOP_CONFLICT).
pub(super) fn inner_loop_rebinds_walrus(name: &Name, span: Span) -> SyntaxError {
    at(
        span,
        format!("comprehension inner loop cannot rebind assignment expression target '{name}'"),
    )
}

/// `[x for x in (y := ys)]` (cpython: NAMED_EXPR_COMP_ITER_EXPR).
pub(super) fn walrus_in_iterable(span: Span) -> SyntaxError {
    at(
        span,
        "assignment expression cannot be used in a comprehension iterable expression".into(),
    )
}

/// `class C: [(y := x) for x in xs]` (cpython: NAMED_EXPR_COMP_IN_CLASS).
pub(super) fn walrus_in_class_comprehension(span: Span) -> SyntaxError {
    at(
        span,
        "assignment expression within a comprehension cannot be used in a class body".into(),
    )
}
