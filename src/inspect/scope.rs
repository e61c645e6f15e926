//! `:scope EXPR` — what the scope analysis decided, per code block (the
//! function and every block nested in it): each name with its
//! classification, and why — for a local, the line whose binding made it
//! local; for a free name, the block whose cell it reaches.

use super::canvas::{View, pad, width};
use crate::code::Code;
use crate::symtable::{Block, Scope, Symbol};
use std::fmt::Write;
use std::rc::Rc;

/// `:scope`
pub fn cmd_scope(code: &Rc<Code>, view: &View) -> String {
    let mut out = String::new();
    let mut chain = Vec::new();
    block(code, &mut chain, view, &mut out);
    if let Some(note) = mangling_note(code) {
        out.push_str(&hanging("", &note, view.width));
    }
    out
}

/// Why `_Acc__hist` appears where the source says `__hist`: inside a
/// class, Python renames private names before anything else sees them.
fn mangling_note(code: &Rc<Code>) -> Option<String> {
    let class = code.block.private.as_ref()?;
    let prefix = format!("_{}__", class.trim_start_matches('_'));
    let mut names = Vec::new();
    collect_mangled(code, &prefix, &mut names);
    let first = names.first()?;
    let written = &first[prefix.len() - 2..];
    Some(format!(
        "Inside class {class}, a name written with two leading underscores is \
         renamed: `{written}` is stored as `{first}` (private name mangling)."
    ))
}

fn collect_mangled(code: &Rc<Code>, prefix: &str, out: &mut Vec<Rc<str>>) {
    let own = code.block.symbols.keys().filter(|n| n.starts_with(prefix));
    out.extend(own.cloned());
    for child in code.children() {
        collect_mangled(child, prefix, out);
    }
}

/// One block, then its children; `chain` holds the enclosing blocks.
fn block(code: &Rc<Code>, chain: &mut Vec<Rc<Block>>, view: &View, out: &mut String) {
    let b = &code.block;
    let _ = writeln!(out, "{} ({}, line {})", b.qualname, kind(b), b.line);
    let name_w = b.symbols.keys().map(|n| width(n)).max().unwrap_or(0);
    let rows: Vec<(&Symbol, String, String)> = b
        .symbols
        .values()
        .map(|sym| {
            let (class, why) = classify(code, sym, chain);
            (sym, class, why)
        })
        .collect();
    let class_w = rows.iter().map(|(_, c, _)| width(c)).max().unwrap_or(0);
    for (sym, class, why) in rows {
        let head = format!("  {}  {}  ", pad(&sym.name, name_w), pad(&class, class_w));
        out.push_str(&hanging(&head, &why, view.width));
    }
    if b.symbols.is_empty() {
        out.push_str("  (no names)\n");
    }
    chain.push(b.clone());
    for child in code.children() {
        block(child, chain, view, out);
    }
    chain.pop();
}

/// `head` then `text` wrapped at `width`, continuation lines indented
/// under the text's first column.
fn hanging(head: &str, text: &str, width: usize) -> String {
    let indent = super::canvas::width(head);
    let room = width.saturating_sub(indent).max(20);
    let mut out = head.to_string();
    let mut used = 0;
    for word in text.split(' ') {
        let w = super::canvas::width(word);
        if used > 0 && used + 1 + w > room {
            out.push('\n');
            out.push_str(&" ".repeat(indent));
            used = 0;
        } else if used > 0 {
            out.push(' ');
            used += 1;
        }
        out.push_str(word);
        used += w;
    }
    out.push('\n');
    out
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
    let line = |sp: Option<crate::ast::Span>| sp.map_or(0, |sp| sp.line);
    match s.scope {
        Scope::Local if s.flags.param => ("parameter".into(), "bound by the call".into()),
        Scope::Local => ("local".into(), made_local(code, s)),
        Scope::Cell if s.flags.param => (
            "parameter, cell".into(),
            format!(
                "captured by {}: MAKE_CELL at entry",
                capturers(code, &s.name)
            ),
        ),
        Scope::Cell => (
            "cell".into(),
            format!(
                "{}; captured by {}",
                made_local(code, s),
                capturers(code, &s.name)
            ),
        ),
        Scope::Free => ("free".into(), free_reason(code, s, chain)),
        Scope::GlobalExplicit if s.flags.walrus => (
            "global explicit".into(),
            format!(
                "`{} :=` at line {} in a comprehension binds in the module",
                s.name,
                line(s.declaration)
            ),
        ),
        Scope::GlobalExplicit => (
            "global explicit".into(),
            format!("`global {}` at line {}", s.name, line(s.declaration)),
        ),
        Scope::GlobalImplicit => (
            "global implicit".into(),
            "not bound here or in an enclosing function".into(),
        ),
    }
}

/// `made local by line 2: `x = 0``.
fn made_local(code: &Code, s: &Symbol) -> String {
    let first = s.first_binding.map_or(0, |sp| sp.line);
    let line = super::explain::store_line(code, &s.name, first).unwrap_or(first);
    let how = if s.flags.imported {
        Some("an import".to_string())
    } else {
        super::explain::binding_snippet(code, &s.name, line)
    };
    match how {
        Some(how) => format!("made local by line {line}: {how}"),
        None => format!("made local by line {line}"),
    }
}

/// The nested blocks that use `name` as a free variable.
fn capturers(code: &Code, name: &str) -> String {
    let names: Vec<String> = code
        .children()
        .filter(|c| c.block.scope_of(name) == Scope::Free)
        .map(|c| c.name.to_string())
        .collect();
    if names.is_empty() {
        "a nested function".into()
    } else {
        names.join(", ")
    }
}

/// `` `nonlocal` at line 4; the cell of make_counter() `` /
/// `passed through (the cell of outer())` for a name this block never mentions.
fn free_reason(code: &Code, s: &Symbol, chain: &[Rc<Block>]) -> String {
    let owner = chain
        .iter()
        .rev()
        .find(|p| p.is_function_like() && p.scope_of(&s.name) == Scope::Cell)
        .map_or_else(
            || "an enclosing function".to_string(),
            |p| format!("{}()", p.qualname),
        );
    if s.flags.walrus {
        let at = s.declaration.map_or(0, |d| d.line);
        format!(
            "`{} :=` at line {at} in a comprehension binds in {owner}: its cell",
            s.name
        )
    } else if s.flags.nonlocal {
        let at = s.declaration.map_or(0, |d| d.line);
        format!("`nonlocal` at line {at}; the cell of {owner}")
    } else if s.flags.used || s.flags.assigned {
        format!("the cell of {owner}")
    } else {
        let to = capturers(code, &s.name);
        format!("unused here, passed through to {to} (the cell of {owner})")
    }
}
