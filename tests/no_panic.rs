//! No input makes cellar panic: random programs built from the closure
//! constructs (and random token soup) go through the whole pipeline —
//! pre-pass, parser, scope analysis, compiler, VM — and come out as output,
//! a SyntaxError or a Python exception, never a panic.

use cellar::Interpreter;
use cellar::repl::Capture;
use proptest::prelude::*;

/// Runs `src` as a script on a thread with a large stack; false on panic.
fn survives(src: String) -> bool {
    let worker = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let mut interp = Interpreter::new(Box::new(Capture::default()));
            let _ = interp.run_source(&src, "<fuzz>");
        });
    worker.expect("spawn").join().is_ok()
}

const NAMES: &[&str] = &["x", "y", "n", "f", "g", "acc", "i"];

fn name() -> impl Strategy<Value = String> {
    proptest::sample::select(NAMES).prop_map(str::to_string)
}

fn expr() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        name(),
        (0i64..5).prop_map(|i| i.to_string()),
        Just("None".to_string()),
        Just("[1, 2]".to_string()),
        Just("'s'".to_string()),
    ];
    leaf.prop_recursive(3, 12, 3, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("({a} + {b})")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("({a} // {b})")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("{a}({b})")),
            inner.clone().prop_map(|a| format!("(lambda: {a})")),
            (name(), inner.clone()).prop_map(|(v, a)| format!("[{a} for {v} in range(3)]")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("{a}[{b}]")),
            inner.clone().prop_map(|a| format!("{a}.__closure__")),
        ]
    })
}

fn stmt() -> impl Strategy<Value = Vec<String>> {
    let simple = prop_oneof![
        (name(), expr()).prop_map(|(n, e)| vec![format!("{n} = {e}")]),
        (name(), expr()).prop_map(|(n, e)| vec![format!("{n} += {e}")]),
        expr().prop_map(|e| vec![format!("print({e})")]),
        name().prop_map(|n| vec![format!("nonlocal {n}")]),
        name().prop_map(|n| vec![format!("global {n}")]),
        name().prop_map(|n| vec![format!("del {n}")]),
        expr().prop_map(|e| vec![format!("return {e}")]),
        expr().prop_map(|e| vec![format!("yield {e}")]),
    ];
    simple.prop_recursive(3, 24, 4, |inner| {
        let body = proptest::collection::vec(inner, 1..4).prop_map(|v| v.concat());
        prop_oneof![
            (name(), body.clone()).prop_map(|(n, b)| block(&format!("def {n}(a=1, *r, **k):"), b)),
            (name(), body.clone()).prop_map(|(n, b)| block(&format!("for {n} in range(2):"), b)),
            (expr(), body.clone()).prop_map(|(e, b)| block(&format!("if {e}:"), b)),
            (body.clone(), body.clone()).prop_map(|(a, b)| {
                let mut out = block("try:", a);
                out.extend(block("except Exception as e:", b));
                out
            }),
        ]
    })
}

fn block(header: &str, body: Vec<String>) -> Vec<String> {
    let mut out = vec![header.to_string()];
    out.extend(body.into_iter().map(|l| format!("    {l}")));
    out
}

fn program() -> impl Strategy<Value = String> {
    proptest::collection::vec(stmt(), 1..6).prop_map(|v| v.concat().join("\n") + "\n")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn random_closure_programs_never_panic(src in program()) {
        prop_assert!(survives(src));
    }

    #[test]
    fn token_soup_never_panics(tokens in proptest::collection::vec(proptest::sample::select(&[
        "def", "f", "(", ")", ":", "\n", "    ", "return", "lambda", "x", "nonlocal", "global",
        "=", "+", "[", "]", "for", "in", "if", "else", "yield", "del", ",", "*", "**", "1", "'a'",
        "try", "except", "finally", "class", "import", "dis", ".", "not", "and", "{", "}",
    ][..]), 0..40)) {
        prop_assert!(survives(tokens.join(" ")));
    }
}
