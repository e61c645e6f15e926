//! Every program in tests/parse/valid/ parses (CPython 3.11 accepts them all);
//! a handful also have their AST shape checked.

use cellar::ast::{BinOp, Constant, ExprKind, FStringPart, StmtKind, UnaryOp};
use cellar::parse;
use std::fs;
use std::path::Path;

#[test]
fn every_valid_program_parses() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/parse/valid");
    let mut failures = Vec::new();
    let mut count = 0;
    let mut paths: Vec<_> = fs::read_dir(&dir)
        .expect("valid dir")
        .map(|e| e.expect("entry").path())
        .collect();
    paths.sort();
    for path in paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
    {
        count += 1;
        let src = fs::read_to_string(path).expect("read");
        if let Err(e) = parse::module(&src) {
            failures.push(format!("{}:\n{}", path.display(), e.render("t.py", &src)));
        }
    }
    assert!(count >= 30, "only {count} programs");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn first_value(src: &str) -> ExprKind {
    let m = parse::module(src).expect("parses");
    match m.body.into_iter().next().expect("a statement").kind {
        StmtKind::Assign { value, .. } => value.kind,
        StmtKind::Expr(e) => e.kind,
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn power_binds_tighter_than_unary_minus() {
    let ExprKind::UnaryOp {
        op: UnaryOp::USub,
        operand,
    } = first_value("x = -2 ** 2")
    else {
        panic!()
    };
    assert!(matches!(
        operand.kind,
        ExprKind::BinOp { op: BinOp::Pow, .. }
    ));
    let ExprKind::BinOp {
        op: BinOp::Pow,
        right,
        ..
    } = first_value("x = 2 ** -1")
    else {
        panic!()
    };
    assert!(matches!(
        right.kind,
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            ..
        }
    ));
    let ExprKind::BinOp {
        op: BinOp::Pow,
        right,
        ..
    } = first_value("x = 2 ** 3 ** 2")
    else {
        panic!()
    };
    assert!(matches!(right.kind, ExprKind::BinOp { op: BinOp::Pow, .. }));
}

#[test]
fn comparisons_chain_but_parentheses_do_not() {
    let ExprKind::Compare { ops, .. } = first_value("a < b <= c") else {
        panic!()
    };
    assert_eq!(ops.len(), 2);
    let ExprKind::Compare { left, ops, .. } = first_value("(a < b) < c") else {
        panic!()
    };
    assert_eq!(ops.len(), 1);
    assert!(matches!(left.kind, ExprKind::Compare { .. }));
}

#[test]
fn elif_nests_an_if_in_orelse() {
    let m = parse::module("if a:\n    x\nelif b:\n    y\nelse:\n    z\n").expect("parses");
    let StmtKind::If { orelse, .. } = &m.body[0].kind else {
        panic!()
    };
    let StmtKind::If { orelse: inner, .. } = &orelse[0].kind else {
        panic!()
    };
    assert_eq!(inner.len(), 1);
    assert_eq!((m.body[0].span.line, m.body[0].span.end_line), (1, 6));
    assert_eq!((orelse[0].span.line, orelse[0].span.col), (3, 0));
}

#[test]
fn scopes_are_numbered_in_source_order() {
    let m =
        parse::module("def f():\n    g = lambda: [x for x in y]\nclass C: pass\n").expect("parses");
    assert_eq!(m.scope_count, 5);
    let StmtKind::FunctionDef(f) = &m.body[0].kind else {
        panic!()
    };
    assert_eq!(f.scope.0, 1);
    let StmtKind::ClassDef(c) = &m.body[1].kind else {
        panic!()
    };
    assert_eq!(c.scope.0, 4);
}

#[test]
fn fstring_self_documenting_field() {
    let ExprKind::JoinedStr(parts) = first_value("f'{x=}'") else {
        panic!()
    };
    assert!(matches!(&parts[0], FStringPart::Literal(s) if s == "x="));
    assert!(matches!(
        &parts[1],
        FStringPart::Formatted {
            conversion: Some('r'),
            spec: None,
            ..
        }
    ));
    let ExprKind::JoinedStr(parts) = first_value("f'{x:>{w}}'") else {
        panic!()
    };
    let FStringPart::Formatted {
        spec: Some(spec),
        conversion: None,
        ..
    } = &parts[0]
    else {
        panic!()
    };
    assert!(matches!(&spec[0], FStringPart::Literal(s) if s == ">"));
    assert!(matches!(&spec[1], FStringPart::Formatted { .. }));
}

#[test]
fn literals_decode_as_cpython() {
    let ExprKind::Constant(Constant::Str(s)) = first_value(r#"x = 'a\n\x41\101\d' "b""#) else {
        panic!()
    };
    assert_eq!(&*s, "a\nAA\\db");
    let ExprKind::Constant(Constant::Int(i)) = first_value("x = 0x_ff") else {
        panic!()
    };
    assert_eq!(i.to_string(), "255");
    let ExprKind::Constant(Constant::Float(f)) = first_value("x = 1_000.5e-1") else {
        panic!()
    };
    assert_eq!(f, 100.05);
}

#[test]
fn spans_are_characters_on_lines() {
    let m = parse::module("x = 1\nπ = (a +\n  b)\n").expect("parses");
    let StmtKind::Assign { value, .. } = &m.body[1].kind else {
        panic!()
    };
    let s = value.span;
    assert_eq!((s.line, s.col, s.end_line, s.end_col), (2, 5, 3, 3));
    assert_eq!(m.body[1].span.col, 0);
}

#[test]
fn a_byte_order_mark_is_not_a_column() {
    let m = parse::module("\u{feff}x = 1\n").expect("parses");
    assert_eq!(
        (
            m.body[0].span.line,
            m.body[0].span.col,
            m.body[0].span.start
        ),
        (1, 0, 3)
    );
}

#[test]
fn numbers_may_touch_some_keywords() {
    assert!(parse::module("x = 1if y else 2\n").is_ok());
    assert_eq!(
        &*parse::module("x = 1class\n").expect_err("refused").msg,
        "invalid decimal literal"
    );
}

#[test]
fn fstring_fields_refuse_a_lone_starred_expression() {
    let e = parse::module("f'{*x}'\n").expect_err("refused");
    assert_eq!(&*e.msg, "f-string: cannot use starred expression here");
    assert!(parse::module("f'{*x, y}'\n").is_ok());
}
