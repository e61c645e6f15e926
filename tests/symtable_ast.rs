//! The symbol table's own checks on trees the parser would refuse first:
//! the parser also reports duplicate arguments and `yield` in a
//! comprehension, so these tests parse a valid program and edit its AST.

use cellar::ast::{Expr, ExprKind, Module, StmtKind};
use cellar::{parse, symtable};

fn parsed(src: &str) -> Module {
    parse::module(src).unwrap_or_else(|e| panic!("{e:?}"))
}

fn error_of(module: &Module) -> String {
    match symtable::build(module) {
        Ok(_) => "no error".to_string(),
        Err(e) => format!("{} @ {}:{}-{}", e.msg, e.line, e.col, e.end_col),
    }
}

fn function(module: &mut Module, i: usize) -> &mut cellar::ast::FunctionDef {
    match &mut module.body[i].kind {
        StmtKind::FunctionDef(f) => f,
        other => panic!("not a def: {other:?}"),
    }
}

/// Rename parameter `from` of the first function to `to`.
fn rename_param(module: &mut Module, from: &str, to: &str) {
    let args = &mut function(module, 0).args;
    let all = args
        .posonly
        .iter_mut()
        .chain(&mut args.args)
        .chain(&mut args.kwonly);
    let all = all.chain(args.vararg.as_mut()).chain(args.kwarg.as_mut());
    for arg in all.filter(|a| &*a.name == from) {
        arg.name = to.into();
    }
}

#[test]
fn duplicate_arguments_in_cpython_visiting_order() {
    let cases = [
        (
            "def f(a, b, c):\n    pass",
            "duplicate argument 'a' in function definition @ 1:13-14",
        ),
        (
            "def f(a, b, c: int):\n    pass",
            "duplicate argument 'a' in function definition @ 1:13-19",
        ),
        (
            "def f(a, *c):\n    pass",
            "duplicate argument 'a' in function definition @ 1:11-12",
        ),
        (
            "def f(a, **c):\n    pass",
            "duplicate argument 'a' in function definition @ 1:12-13",
        ),
        (
            "def f(a, /, c):\n    pass",
            "duplicate argument 'a' in function definition @ 1:13-14",
        ),
        // keyword-only parameters are visited before *args (symtable_visit_arguments)
        (
            "def f(*c, a):\n    pass",
            "duplicate argument 'a' in function definition @ 1:8-9",
        ),
        (
            "def f(*, a, c):\n    pass",
            "duplicate argument 'a' in function definition @ 1:13-14",
        ),
    ];
    for (src, expected) in cases {
        let mut module = parsed(src);
        rename_param(&mut module, "c", "a");
        assert_eq!(error_of(&module), expected, "{src}");
    }
}

/// Wrap the element of the comprehension returned by `def f(y)` in `yield`.
fn yield_in_element(src: &str, from: bool) -> Module {
    let mut module = parsed(src);
    let f = function(&mut module, 0);
    let StmtKind::Return(Some(ret)) = &mut f.body[0].kind else {
        panic!("return")
    };
    let elt: &mut Expr = match &mut ret.kind {
        ExprKind::ListComp { elt, .. }
        | ExprKind::SetComp { elt, .. }
        | ExprKind::GeneratorExp { elt, .. } => elt,
        ExprKind::DictComp { value, .. } => value,
        other => panic!("not a comprehension: {other:?}"),
    };
    let inner = Box::new(elt.clone());
    let kind = if from {
        ExprKind::YieldFrom(inner)
    } else {
        ExprKind::Yield(Some(inner))
    };
    *elt = Expr::new(kind, elt.span);
    module
}

#[test]
fn yield_inside_each_kind_of_comprehension() {
    let cases = [
        (
            "def f(y):\n    return [(x) for x in y]",
            false,
            "'yield' inside list comprehension @ 2:14-15",
        ),
        (
            "def f(y):\n    return {(x) for x in y}",
            false,
            "'yield' inside set comprehension @ 2:14-15",
        ),
        (
            "def f(y):\n    return {x: (x) for x in y}",
            true,
            "'yield' inside dict comprehension @ 2:17-18",
        ),
        (
            "def f(y):\n    return ((x) for x in y)",
            false,
            "'yield' inside generator expression @ 2:14-15",
        ),
    ];
    for (src, from, expected) in cases {
        let module = yield_in_element(src, from);
        assert_eq!(error_of(&module), expected, "{src}");
    }
}

#[test]
fn yield_in_first_iterable_makes_the_enclosing_function_a_generator() {
    let module = parsed("def f():\n    return [x for x in (yield)]");
    let table = symtable::build(&module).expect("valid");
    let names: Vec<(String, bool)> = table
        .preorder()
        .iter()
        .map(|b| (b.name.to_string(), b.is_generator))
        .collect();
    let expected = [("<module>", false), ("f", true), ("<listcomp>", false)];
    let expected: Vec<(String, bool)> = expected.iter().map(|(n, g)| (n.to_string(), *g)).collect();
    assert_eq!(names, expected);
}

#[test]
fn spans_of_first_binding_use_and_declaration() {
    let src = "def f(a):\n    print(b)\n    b = 1\n    for c in a:\n        b += c\n    def g():\n        nonlocal b\n        b = 2\n    return g\n@deco\ndef h():\n    pass";
    let table = symtable::build(&parsed(src)).expect("valid");
    let f = table.preorder()[1];
    let line = |s: Option<cellar::ast::Span>| s.map(|s| s.line);
    assert_eq!(line(f.symbols["a"].first_binding), Some(1));
    assert_eq!(line(f.symbols["b"].first_use), Some(2));
    assert_eq!(line(f.symbols["b"].first_binding), Some(3));
    assert_eq!(line(f.symbols["c"].first_binding), Some(4));
    assert_eq!(line(f.symbols["g"].first_binding), Some(6));
    let g = table.preorder()[2];
    assert_eq!(line(g.symbols["b"].declaration), Some(7));
    assert_eq!(line(g.symbols["b"].first_binding), Some(8));
    let h = table.preorder()[3];
    assert_eq!(
        h.line, 11,
        "a decorated block's line is its `def` (cpython: ste_lineno)"
    );
}
