//! Parse speed: a ~430 KB program made of the valid test programs. Run with
//! `cargo test --release --test parse_perf -- --ignored --nocapture`;
//! CRATES.md measured 52 ms for a 427 KB file with this design.

use cellar::parse;
use std::fs;
use std::path::Path;
use std::time::Instant;

#[test]
#[ignore]
fn parse_a_large_file() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/parse/valid");
    let mut paths: Vec<_> = fs::read_dir(&dir)
        .expect("dir")
        .map(|e| e.expect("entry").path())
        .collect();
    paths.sort();
    let mut unit = String::new();
    for p in paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
    {
        let text = fs::read_to_string(p)
            .expect("read")
            .replace("\r\n", "\n")
            .replace('\u{feff}', "");
        unit.push_str(&text);
        if !text.ends_with('\n') {
            unit.push('\n');
        }
    }
    let mut src = String::new();
    while src.len() < 430_000 {
        src.push_str(&unit);
    }
    let start = Instant::now();
    let module = parse::module(&src).expect("parses");
    let took = start.elapsed();
    println!(
        "{} bytes, {} statements, {} scopes: {:?}",
        src.len(),
        module.body.len(),
        module.scope_count,
        took
    );
}
