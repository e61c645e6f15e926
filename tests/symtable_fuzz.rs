//! The symbol table never panics, and its invariants hold, on generated
//! programs; `dump_renderings` (ignored) serves tests/symtable/fuzz.py, which
//! compares cellar with CPython on random programs.

use cellar::symtable::{Block, Scope, SymbolTable};
use cellar::{parse, symtable};
use proptest::prelude::*;

const LINES: &[&str] = &[
    "def f(x):",
    "def g():",
    "class C:",
    "x = 1",
    "y = x",
    "nonlocal x",
    "global x",
    "del x",
    "return lambda: x + y",
    "print(super())",
    "yield x",
    "import x",
    "z = [x for y in x]",
    "for x in y:",
    "x += 1",
    "x: int",
    "pass",
];

/// Lines from `LINES` with a valid indentation: one level deeper after a
/// line ending in `:`, otherwise any level up to the current one.
fn program() -> impl Strategy<Value = String> {
    prop::collection::vec((0usize..4, prop::sample::select(LINES)), 1..16).prop_map(|lines| {
        let mut out = String::new();
        let mut indent = 0;
        let mut opened = false;
        for (level, line) in lines {
            indent = if opened {
                indent + 1
            } else {
                level.min(indent)
            };
            out.push_str(&"    ".repeat(indent));
            out.push_str(line);
            out.push('\n');
            opened = line.ends_with(':');
        }
        if opened {
            out.push_str(&"    ".repeat(indent + 1));
            out.push_str("pass\n");
        }
        out
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]
    #[test]
    fn never_panics_and_free_names_have_a_source(src in program()) {
        if let Ok(module) = parse::module(&src)
            && let Ok(table) = symtable::build(&module)
        {
            check_invariants(&table);
        }
    }
}

/// Every FREE name of a block is, in its parent, a cell, free, or a class
/// name marked free_class; every CELL name is FREE in some child (or passed
/// through a class body that binds it too: free_class). `__class__` free in
/// a method is the class's own implicit cell.
fn check_invariants(table: &SymbolTable) {
    for b in &table.blocks {
        for sym in b.symbols.values() {
            if sym.scope == Scope::Free {
                let owner = table.cell_owner(b.id, &sym.name);
                assert!(
                    owner.is_some(),
                    "{} free in {} has no cell owner",
                    sym.name,
                    b.name
                );
                let parent = table.block(b.parent.expect("free below the module"));
                if &*sym.name == "__class__" && parent.needs_class_closure {
                    continue; // the class body's implicit cell
                }
                let p = parent
                    .symbols
                    .get(&sym.name)
                    .expect("free name known to the parent");
                assert!(
                    matches!(p.scope, Scope::Cell | Scope::Free) || p.flags.free_class,
                    "{} free in {} but {:?} in {}",
                    sym.name,
                    b.name,
                    p.scope,
                    parent.name
                );
            }
            if sym.scope == Scope::Cell {
                let captured = b.children.iter().any(|c| frees(table.block(*c), &sym.name));
                assert!(
                    captured,
                    "{} is a cell of {} but no child frees it",
                    sym.name, b.name
                );
            }
        }
    }
}

fn frees(b: &Block, name: &str) -> bool {
    b.symbols
        .get(name)
        .is_some_and(|s| s.scope == Scope::Free || s.flags.free_class)
}

#[test]
#[ignore]
fn dump_renderings() {
    let Some(path) = std::env::var_os("CELLAR_SYMTABLE_FUZZ") else {
        return;
    };
    let text = std::fs::read_to_string(path).expect("fuzz input");
    for src in text.split('\0') {
        let line = match parse::module(src) {
            Err(e) => format!("parse error: {} @ {}", e.msg, e.line),
            Ok(module) => match symtable::build(&module) {
                Ok(table) => table.one_line(true),
                Err(e) => {
                    let end = if e.end_col > 10_000 {
                        "...".to_string()
                    } else {
                        e.end_col.to_string()
                    };
                    format!("error: {} @ {}:{}-{}", e.msg, e.line, e.col, end)
                }
            },
        };
        print!("\0{line}");
    }
    println!("\0"); // the end: libtest's own output follows
}
