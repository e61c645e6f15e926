//! No input makes the parser or the pre-pass panic or overflow the stack:
//! deep nesting ends in a SyntaxError, and arbitrary text or token soup
//! gives a result either way.

use cellar::lines::completeness;
use cellar::parse;
use proptest::prelude::*;

/// Parse on a thread with the default 2 MiB test stack (the interpreter
/// itself runs on a far larger one).
fn parse_small_stack(src: String) -> Result<(), String> {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || {
            parse::module(&src)
                .map(|_| ())
                .map_err(|e| String::from(e.msg))
        })
        .expect("spawn")
        .join()
        .expect("no panic")
}

fn deep(prefix: &str, n: usize, suffix: &str) -> String {
    format!("x = {}{}\n", prefix.repeat(n), suffix)
}

#[test]
fn deep_brackets_are_too_many_nested_parentheses() {
    for open in ["(", "[", "{", "f("] {
        let err = parse_small_stack(deep(open, 5000, "1")).expect_err("refused");
        assert_eq!(err, "too many nested parentheses");
    }
}

#[test]
fn long_chains_end_in_a_clean_error() {
    let n = 5000;
    let cases = [
        deep("-", n, "1"),
        deep("not ", n, "x"),
        deep("~", n, "1"),
        deep("1+", n, "1"),
        deep("2**", n, "1"),
        deep("lambda: ", n, "1"),
        deep("1 if x else ", n, "1"),
        format!("x = a{}\n", ".b".repeat(n)),
        format!("x = a{}\n", "[0]".repeat(n)),
        format!("x = f{}\n", "()".repeat(n)),
    ];
    for src in cases {
        let head: String = src.chars().take(12).collect();
        let err = parse_small_stack(src).expect_err(&head);
        assert_eq!(err, parse::TOO_DEEP, "{head}");
    }
}

#[test]
fn moderate_nesting_still_parses() {
    for (prefix, suffix) in [
        ("-", "1"),
        ("not ", "x"),
        ("1+", "1"),
        ("2**", "1"),
        ("(", "1"),
    ] {
        let n = if prefix == "(" { 150 } else { 300 };
        let closing = if prefix == "(" {
            ")".repeat(n)
        } else {
            String::new()
        };
        let src = format!("x = {}{}{}\n", prefix.repeat(n), suffix, closing);
        parse_small_stack(src).unwrap_or_else(|e| panic!("{prefix}: {e}"));
    }
}

#[test]
fn long_elif_chains_are_refused() {
    let mut src = String::from("if x == 0:\n    pass\n");
    for i in 1..5000 {
        src.push_str(&format!("elif x == {i}:\n    pass\n"));
    }
    let err = parse_small_stack(src).expect_err("refused");
    assert_eq!(err, parse::TOO_DEEP);
    let mut src = String::from("if x == 0:\n    pass\n");
    for i in 1..300 {
        src.push_str(&format!("elif x == {i}:\n    pass\n"));
    }
    parse_small_stack(src).expect("300 elifs parse, as in CPython");
}

#[test]
fn wide_input_is_fine() {
    let src = format!("y = [{}]\n", vec!["1"; 100_000].join(", "));
    parse_small_stack(src).expect("a long list parses");
}

/// The deepest input cellar accepts (just under `MAX_NESTING` levels) needs
/// more than a 2 MiB debug-build stack; 8 MiB (a main thread's) is enough.
#[test]
fn the_deepest_accepted_input_fits_an_8_mib_stack() {
    for src in [
        format!("x = {}\n", vec!["x"; 990].join(" + ")),
        format!("x = {}1\n", "-".repeat(990)),
        format!("x = {}1\n", "lambda: ".repeat(990)),
    ] {
        std::thread::Builder::new()
            .stack_size(8 << 20)
            .spawn(move || {
                parse::module(&src)
                    .map(|_| ())
                    .map_err(|e| String::from(e.msg))
            })
            .expect("spawn")
            .join()
            .expect("no overflow")
            .expect("parses");
    }
}

#[test]
fn deep_indentation_is_refused() {
    let mut src = String::new();
    for i in 0..150 {
        src.push_str(&format!("{}if x:\n", " ".repeat(i)));
    }
    src.push_str(&format!("{}pass\n", " ".repeat(150)));
    let err = parse_small_stack(src).expect_err("refused");
    assert_eq!(err, "too many levels of indentation");
}

const TOKENS: &[&str] = &[
    "x",
    "y",
    "f",
    "1",
    "2.5",
    "'s'",
    "\"t\"",
    "f'{x}'",
    "'''",
    "\"\"\"",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    ";",
    ".",
    "=",
    "==",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "@",
    "<",
    ">",
    "!=",
    "not",
    "and",
    "or",
    "in",
    "is",
    "if",
    "else",
    "elif",
    "for",
    "while",
    "def",
    "class",
    "return",
    "lambda",
    "yield",
    "from",
    "import",
    "as",
    "try",
    "except",
    "finally",
    "del",
    "pass",
    "break",
    "global",
    "nonlocal",
    "raise",
    "assert",
    "with",
    "async",
    "await",
    ":=",
    "->",
    "\\",
    "#c",
    "\n",
    "\n    ",
    "\n\t",
    " ",
    "{x!r:>{w}}",
    "f'{",
    "}'",
    "0x",
    "1_",
    "1e",
    "j",
    "b'",
    "\r",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, .. ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(src in "\\PC*") {
        let _ = parse::module(&src);
        let _ = completeness(&src);
    }

    #[test]
    fn token_soup_never_panics(picks in proptest::collection::vec(0..TOKENS.len(), 0..60)) {
        let src: String = picks.iter().map(|&i| TOKENS[i]).collect::<Vec<_>>().join(" ");
        let _ = parse::module(&src);
        let _ = completeness(&src);
        let glued: String = picks.iter().map(|&i| TOKENS[i]).collect();
        let _ = parse::module(&glued);
        let _ = completeness(&glued);
    }
}

#[test]
fn nesting_accumulates_across_brackets() {
    let chain = format!("({}1)", "1+".repeat(400));
    let src = format!(
        "x = {}{}\n",
        "(1+"
            .repeat(150)
            .replace("(1+", &format!("({}", "1+".repeat(9))),
        chain
    );
    let src = src.trim_end().to_string() + &")".repeat(150) + "\n";
    let err = parse_small_stack(src).expect_err("too deep overall");
    assert_eq!(err, parse::TOO_DEEP);
}
