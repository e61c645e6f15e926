//! Syntax errors render exactly as CPython 3.11 prints them: every
//! tests/parse/errors/NAME.py, compiled through the whole pipeline (so each
//! error comes from the stage CPython raises it in), against NAME.stderr (see the README there),
//! plus cellar's own "not supported" errors for constructs out of the subset.

use cellar::parse;
use std::fs;
use std::path::Path;

#[test]
fn errors_match_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/parse/errors");
    let mut paths: Vec<_> = fs::read_dir(&dir)
        .expect("errors dir")
        .map(|e| e.expect("entry").path())
        .collect();
    paths.sort();
    let mut failures = Vec::new();
    let mut count = 0;
    for path in paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
    {
        count += 1;
        let name = path
            .file_name()
            .expect("name")
            .to_string_lossy()
            .to_string();
        let src = fs::read_to_string(path).expect("read source");
        let expected = fs::read_to_string(path.with_extension("stderr")).expect("read stderr");
        let actual = match cellar::compile(&src, &name, cellar::Mode::Exec) {
            Ok(_) => "(compiled without error)\n".to_string(),
            Err(e) => e.render(&name, &src),
        };
        if actual != expected {
            failures.push(format!(
                "--- {name}\nexpected:\n{expected}actual:\n{actual}"
            ));
        }
    }
    assert!(count >= 40, "only {count} cases");
    assert!(
        failures.is_empty(),
        "{} of {count} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// (source, line, message) for constructs outside cellar's subset.
const UNSUPPORTED: &[(&str, u32, &str)] = &[
    (
        "match x:\n    case 1:\n        pass\n",
        1,
        "cellar does not support 'match' statements",
    ),
    (
        "x = '\\N{DASH}'\n",
        1,
        "cellar does not support \\N{...} escapes",
    ),
];

#[test]
fn unsupported_constructs_are_named() {
    for (src, line, msg) in UNSUPPORTED {
        let e = parse::module(src).expect_err(src);
        assert_eq!((e.line, &*e.msg), (*line, *msg), "{src}");
    }
}
