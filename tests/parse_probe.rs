//! A probe for differential testing against CPython, not a regular test:
//! `PARSE_PROBE_IN=cases PARSE_PROBE_OUT=results cargo test --test parse_probe
//! -- --ignored` parses each NUL-separated case of `cases` and writes one line
//! per case: `OK` (or `STR <code points>` when the first statement assigns a
//! string constant), or `ERR <line> <col> <kind>: <msg>`.

use cellar::ast::{Constant, ExprKind, StmtKind};
use cellar::parse;
use std::fmt::Write;

#[test]
#[ignore]
fn probe() {
    let (Ok(input), Ok(output)) = (
        std::env::var("PARSE_PROBE_IN"),
        std::env::var("PARSE_PROBE_OUT"),
    ) else {
        return;
    };
    let cases = std::fs::read_to_string(input).expect("read cases");
    let mut out = String::new();
    for case in cases.split('\0') {
        let _ = match parse::module(case) {
            Ok(m) => match m.body.first().map(|s| &s.kind) {
                Some(StmtKind::Assign { value, .. }) => match &value.kind {
                    ExprKind::Constant(Constant::Str(s)) => {
                        let codes: Vec<String> =
                            s.chars().map(|c| (c as u32).to_string()).collect();
                        writeln!(out, "STR {}", codes.join(","))
                    }
                    _ => writeln!(out, "OK"),
                },
                _ => writeln!(out, "OK"),
            },
            Err(e) => writeln!(
                out,
                "ERR {} {} {}",
                e.line,
                e.col,
                e.headline().replace('\n', " ")
            ),
        };
    }
    std::fs::write(output, out).expect("write results");
}
