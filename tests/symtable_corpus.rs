//! The behaviour corpus (tests/programs/**/NAME.py) against its NAME.scopes,
//! which CPython 3.11 wrote: for every code object, `co_cellvars` and
//! `co_freevars` must equal what cellar's symbol table gives that block
//! (`Block::cellvars`, `Block::freevars`). Programs CPython refuses must fail with the same message
//! and line when the error is a scope error or the compiler's. `co_varnames` is the compiler's.
//! Set CELLAR_CORPUS=DIR to read another corpus directory.

use cellar::syntax_error::SyntaxError;
use cellar::{parse, symtable};
use std::fs;
use std::path::{Path, PathBuf};

#[test]
fn corpus_cellvars_and_freevars_match_cpython() {
    let dir = std::env::var_os("CELLAR_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs"));
    let mut programs = Vec::new();
    walk(&dir, &mut programs);
    programs.sort();
    let mut failures = Vec::new();
    for py in &programs {
        if let Err(why) = check_program(py) {
            failures.push(format!("{}: {why}", py.display()));
        }
    }
    eprintln!("{} programs, {} differ", programs.len(), failures.len());
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for path in entries.flatten().map(|e| e.path()) {
        if path.is_dir() {
            walk(&path, out);
        } else if path.extension().is_some_and(|x| x == "py")
            && path.with_extension("scopes").exists()
        {
            out.push(path);
        }
    }
}

fn check_program(py: &Path) -> Result<(), String> {
    let src = fs::read_to_string(py).map_err(|e| e.to_string())?;
    let scopes = fs::read_to_string(py.with_extension("scopes")).map_err(|e| e.to_string())?;
    let expected: Vec<&str> = scopes.lines().filter(|l| !l.starts_with('#')).collect();
    let module = match parse::module(&src) {
        Ok(m) => m,
        Err(e) => return parse_error(&e, &expected),
    };
    let got = match symtable::build(&module) {
        Ok(table) => compile_error(&module, &table).unwrap_or_else(|| cell_lines(&table)),
        Err(e) => vec![error_line(&e)],
    };
    let mut want: Vec<String> = expected.iter().map(|l| drop_varnames(l)).collect();
    let mut got = got;
    want.sort();
    got.sort();
    if got == want {
        Ok(())
    } else {
        Err(format!("\n  cpython: {want:?}\n  cellar:  {got:?}"))
    }
}

/// The compiler's own error (compile.c's stage, after the symbol table).
fn compile_error(m: &cellar::ast::Module, table: &symtable::SymbolTable) -> Option<Vec<String>> {
    let e = cellar::compile::module(m, table, "<corpus>", "", cellar::Mode::Exec).err()?;
    Some(vec![error_line(&e)])
}

fn error_line(e: &SyntaxError) -> String {
    format!("SyntaxError: {} (line {})", e.msg, e.line)
}

/// A program the parser refuses must be one CPython refuses too.
fn parse_error(e: &SyntaxError, expected: &[&str]) -> Result<(), String> {
    match expected.first() {
        Some(line) if line.starts_with("SyntaxError") || line.starts_with("IndentationError") => {
            Ok(())
        }
        _ => Err(format!("parse error {e:?}")),
    }
}

/// `qualname: cellvars=(...) freevars=(...)` for every block.
fn cell_lines(table: &symtable::SymbolTable) -> Vec<String> {
    table
        .preorder()
        .iter()
        .map(|b| {
            let cells: Vec<String> = b.cellvars().iter().map(|n| n.to_string()).collect();
            let frees: Vec<String> = b.freevars().iter().map(|n| n.to_string()).collect();
            format!(
                "{}: cellvars={} freevars={}",
                b.qualname,
                tuple(&cells),
                tuple(&frees)
            )
        })
        .collect()
}

/// Python's repr of a tuple of str.
fn tuple(names: &[String]) -> String {
    let items: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match items.len() {
        1 => format!("({},)", items[0]),
        _ => format!("({})", items.join(", ")),
    }
}

fn drop_varnames(line: &str) -> String {
    match (line.find(" varnames="), line.find(" cellvars=")) {
        (Some(a), Some(b)) => format!("{}{}", &line[..a], &line[b..]),
        _ => line.to_string(),
    }
}
