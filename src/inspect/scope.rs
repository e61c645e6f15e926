//! `:scope EXPR` — what the scope analysis decided, per code block (the
//! function and every block nested in it): each name with its
//! classification, and why — for a local, the line whose binding made it
//! local; for a free name, the block whose cell it reaches.

use super::canvas::{pad, width};
use crate::code::Code;
use crate::symtable::{Block, Scope, Symbol};
use crate::value::Function;
use std::fmt::Write;
use std::rc::Rc;

/// `:scope`
pub fn cmd_scope(f: &Rc<Function>) -> String {
    let mut out = String::new();
    let mut chain = Vec::new();
    block(&f.code, &mut chain, &mut out);
    out
}

/// One block, then its children; `chain` holds the enclosing blocks.
fn block(code: &Rc<Code>, chain: &mut Vec<Rc<Block>>, out: &mut String) {
    let b = &code.block;
    let _ = writeln!(out, "{} ({}, line {})", b.qualname, kind(b), b.line);
    let name_w = b.symbols.keys().map(|n| width(n)).max().unwrap_or(0);
    let class_w = 16;
    for sym in b.symbols.values() {
        let (class, why) = classify(code, sym, chain);
        let _ = writeln!(
            out,
            "  {} {} {why}",
            pad(&sym.name, name_w),
            pad(&class, class_w)
        );
    }
    if b.symbols.is_empty() {
        out.push_str("  (no names)\n");
    }
    chain.push(b.clone());
    for child in code.children() {
        block(child, chain, out);
    }
    chain.pop();
}

fn kind(b: &Block) -> &'static str {
    use crate::symtable::BlockKind::*;
    match b.kind {
        Module => "module",
        Function if b.is_generator => "generator function",
        Function => "function",
        Lambda => "lambda",
        Class => "class body",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        GeneratorExp => "generator expression",
    }
}

/// The classification word and the reason behind it.
fn classify(code: &Code, s: &Symbol, chain: &[Rc<Block>]) -> (String, String) {
    let b = &code.block;
    let line =
        |sp: Option<crate::ast::Span>| sp.map_or(String::from("?"), |sp| sp.line.to_string());
    match s.scope {
        Scope::Local if s.flags.param => ("parameter".into(), "bound by the call".into()),
        Scope::Local => (
            "local".into(),
            format!(
                "local because line {} {}",
                line(s.first_binding),
                binds(code, s)
            ),
        ),
        Scope::Cell => {
            let what = if s.flags.param {
                "parameter, cell"
            } else {
                "cell"
            };
            let why = if s.flags.param {
                "a parameter captured by a nested function: MAKE_CELL at entry".to_string()
            } else {
                format!(
                    "line {} {}; captured by a nested function",
                    line(s.first_binding),
                    binds(code, s)
                )
            };
            (what.into(), why)
        }
        Scope::Free => ("free".into(), free_reason(b, s, chain)),
        Scope::GlobalExplicit => (
            "global explicit".into(),
            format!("declared `global` at line {}", line(s.declaration)),
        ),
        Scope::GlobalImplicit => (
            "global implicit".into(),
            "not bound here or in an enclosing function".into(),
        ),
    }
}

/// How the first binding binds the name: `assigns to it (`x = 0`)`.
fn binds(code: &Code, s: &Symbol) -> String {
    if s.flags.imported {
        return "imports it".into();
    }
    let line = s.first_binding.map_or(0, |sp| sp.line);
    super::explain::binding_text(code, &s.name, line)
}

/// `declared nonlocal at line 4; the cell of make_counter` /
/// `passes through to inner` for a name this block never mentions.
fn free_reason(b: &Block, s: &Symbol, chain: &[Rc<Block>]) -> String {
    let owner = chain
        .iter()
        .rev()
        .find(|p| p.is_function_like() && p.scope_of(&s.name) == Scope::Cell)
        .map_or_else(
            || "an enclosing function".to_string(),
            |p| format!("{}()", p.qualname),
        );
    let mentioned = s.flags.used || s.flags.assigned || s.flags.nonlocal;
    let _ = b;
    if s.flags.nonlocal {
        format!(
            "declared `nonlocal` at line {}: the cell of {owner}",
            s.declaration.map_or(0, |d| d.line)
        )
    } else if mentioned {
        format!("read from the cell of {owner}")
    } else {
        format!("not used here: passed through to a nested function (the cell of {owner})")
    }
}
