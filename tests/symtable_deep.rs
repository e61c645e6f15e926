//! Deep nesting must not overflow the stack: the interpreter runs on a
//! 256 MiB thread, and these trees are built directly (no parser limits),
//! then analysed on a thread with a quarter of that.

use cellar::ast::{Arguments, Expr, ExprKind, Module, ScopeId, Span, Stmt, StmtKind, UnaryOp};
use cellar::symtable::{self, Scope};

const STACK: usize = 64 << 20;

fn on_big_stack(f: impl FnOnce() + Send + 'static) {
    let handle = std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(f)
        .expect("spawn");
    handle.join().expect("no stack overflow");
}

fn name(id: &str) -> Expr {
    Expr::new(ExprKind::Name(id.into()), Span::default())
}

fn module_of(e: Expr, scope_count: u32) -> Module {
    let stmt = Stmt {
        kind: StmtKind::Expr(e),
        span: Span::default(),
    };
    Module {
        body: vec![stmt],
        scope_count,
        warnings: Vec::new(),
    }
}

/// `lambda x: lambda: lambda: ... x` — `depth` scopes, the name passing
/// through every one of them.
fn nested_lambdas(depth: u32) -> Module {
    let mut e = name("x");
    for id in (1..=depth).rev() {
        let mut args = Arguments::default();
        if id == 1 {
            args.args.push(cellar::ast::Arg {
                name: "x".into(),
                annotation: None,
                span: Span::default(),
            });
        }
        e = Expr::new(
            ExprKind::Lambda {
                args: Box::new(args),
                body: Box::new(e),
                scope: ScopeId(id),
            },
            Span::default(),
        );
    }
    module_of(e, depth + 1)
}

#[test]
fn two_thousand_nested_lambdas() {
    on_big_stack(|| {
        let module = nested_lambdas(2000);
        let table = symtable::build(&module).expect("no error");
        assert_eq!(table.blocks.len(), 2001);
        assert_eq!(table.block(ScopeId(1)).scope_of("x"), Scope::Cell);
        assert_eq!(table.block(ScopeId(1000)).scope_of("x"), Scope::Free);
        assert_eq!(table.block(ScopeId(2000)).scope_of("x"), Scope::Free);
        std::mem::forget(module); // dropping is the AST's business, not ours
    });
}

#[test]
fn fifty_thousand_nested_unary_minus() {
    on_big_stack(|| {
        let mut e = name("y");
        let n: usize = std::env::var("DEPTH")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(50_000);
        for _ in 0..n {
            e = Expr::new(
                ExprKind::UnaryOp {
                    op: UnaryOp::USub,
                    operand: Box::new(e),
                },
                Span::default(),
            );
        }
        let module = module_of(e, 1);
        let table = symtable::build(&module).expect("no error");
        assert_eq!(table.block(ScopeId(0)).scope_of("y"), Scope::GlobalImplicit);
        std::mem::forget(module);
    });
}

#[test]
fn bad_scope_ids_are_an_error_not_a_panic() {
    let module = module_of(name("x"), 3); // ids 1 and 2 never used
    let err = symtable::build(&module).expect_err("gap in ids");
    assert!(err.msg.starts_with("internal error"), "{}", err.msg);
}
