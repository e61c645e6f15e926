//! `:explain` for two cases without a cell to point at:
//!
//! - a scope SyntaxError (`no binding for nonlocal 'x' found` and the
//!   other misuses of `global`/`nonlocal`), from the rule the symtable
//!   recorded on the error (`syntax_error::Misuse`), never from its text;
//! - late binding at top level: functions made by one line of a module
//!   level loop, reading the loop's global variable. There is no cell,
//!   just one global, but the trap and its fixes are the same.

use super::Ctx;
use crate::symtable::Scope;
use crate::syntax_error::{ScopeRule, SyntaxError};
use crate::value::{Function, Value};
use std::rc::Rc;

/// The explanation of a scope SyntaxError, in teaching terms.
pub fn misuse(e: &SyntaxError, rule: ScopeRule) -> String {
    let (n, line) = (e.quoted_name().unwrap_or("the name"), e.line);
    let text = match rule {
        ScopeRule::NoBindingForNonlocal => format!(
            "`nonlocal {n}` (line {line}) says: `{n}` is a variable of an enclosing function, \
             share its cell. But no enclosing function assigns `{n}`, so there is no cell to \
             share. Python checks this when it compiles, before anything runs. Fix: assign \
             `{n}` in the enclosing function (`{n} = 0` before the inner def), or, for a \
             module-level variable, write `global {n}`."
        ),
        ScopeRule::NonlocalAtModuleLevel => format!(
            "`nonlocal` (line {line}) is outside any function. It refers to a variable of an \
             enclosing function, and the module has none around it. At module level every \
             name is already global: drop the declaration."
        ),
        ScopeRule::UsedPrior(decl) => {
            let d = decl.word();
            format!(
                "`{n}` is used before the `{d} {n}` declaration (line {line}). A declaration \
             decides where `{n}` lives for the whole function, so it must come before any use: \
             move `{d} {n}` to the top of the function."
            )
        }
        ScopeRule::AssignedBefore(decl) => {
            let d = decl.word();
            format!(
                "`{n}` is assigned before the `{d} {n}` declaration (line {line}). Until the \
             declaration that assignment would make `{n}` a local, after it {}: one name \
             cannot be both. Move `{d} {n}` to the top of the function.",
                lives(d)
            )
        }
        ScopeRule::ParameterAnd(decl) => {
            let d = decl.word();
            format!(
                "`{n}` is a parameter, so it is a local of this call; `{d} {n}` (line {line}) says \
             it {}. It cannot be both: rename the parameter or drop the declaration.",
                lives(d)
            )
        }
        ScopeRule::AnnotatedCantBe(decl) => {
            let d = decl.word();
            format!(
                "`{n}` is annotated (`{n}: ...`) in the same function that declares it `{d}` \
             (line {line}); an annotation belongs to a local. Annotate it where it is \
             defined instead."
            )
        }
        ScopeRule::NonlocalAndGlobal => format!(
            "`{n}` is declared both `nonlocal` and `global` (line {line}). A name lives in one \
             place: the enclosing function's cell (nonlocal) or the module (global). Keep one."
        ),
    };
    format!("{text}\n")
}

fn lives(directive: &str) -> &'static str {
    if directive == "global" {
        "is the module's variable"
    } else {
        "is the enclosing function's variable"
    }
}

/// Functions reachable from the module's names, with how to reach them
/// (`f`, `funcs[0]`).
fn reachable(cx: &mut Ctx<'_>) -> Vec<(String, Rc<Function>)> {
    let mut out = Vec::new();
    for (name, value) in cx.vm().globals.items() {
        match &value {
            Value::Function(f) => out.push((name.to_string(), f.clone())),
            Value::List(l) => {
                for (i, item) in l.items.borrow().iter().enumerate() {
                    if let Value::Function(f) = item {
                        out.push((format!("{name}[{i}]"), f.clone()));
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// Functions made by the same top-level line, more than one, that read a
/// global which exists now: (their names, the global, its value's repr,
/// the line).
fn top_level_group(cx: &mut Ctx<'_>) -> Option<(Vec<String>, String, Value, u32)> {
    let all = reachable(cx);
    for (i, (_, f)) in all.iter().enumerate() {
        let Some((code, line)) = f.origin.as_ref() else {
            continue;
        };
        if &*code.name != "<module>" || !f.closure.is_empty() {
            continue;
        }
        let same: Vec<String> = all[i..]
            .iter()
            .filter(|(_, g)| same_maker(f, g))
            .map(|(n, _)| n.clone())
            .collect();
        if same.len() < 2 {
            continue;
        }
        for var in globals_read(f) {
            if let Some(value) = cx.vm().globals.get_by_name(&var) {
                return Some((same, var, value, *line));
            }
        }
    }
    None
}

/// Made by the same line of the same code, from the same code.
fn same_maker(f: &Function, g: &Function) -> bool {
    let (Some((c1, l1)), Some((c2, l2))) = (&f.origin, &g.origin) else {
        return false;
    };
    Rc::ptr_eq(c1, c2) && l1 == l2 && Rc::ptr_eq(&f.code, &g.code)
}

/// The global names a function's code reads.
fn globals_read(f: &Function) -> Vec<String> {
    let mut names: Vec<String> = f
        .code
        .block
        .symbols
        .values()
        .filter(|s| s.flags.used && matches!(s.scope, Scope::GlobalImplicit))
        .map(|s| s.name.to_string())
        .collect();
    names.sort();
    names
}

/// Late binding through a global, if the session has it.
pub fn top_level_late_binding(cx: &mut Ctx<'_>) -> Option<String> {
    let (names, var, value, line) = top_level_group(cx)?;
    let value = super::short_repr(cx, &value, 30);
    Some(format!(
        "{} were made by line {line} at top level, likely in a loop. They have no cells: `{var}` \
         is a global there, and each of them reads that one global when it is called, so all \
         see its value now, {value}. It is the same trap as closures sharing a loop variable's \
         cell (late binding), and the same fixes give each function its own `{var}`:\n  \
         1. a default argument:  lambda {var}={var}: {var}\n  \
         2. functools.partial:   partial(f, {var})\n  \
         3. a factory:           def make({var}): return lambda: {var}\n",
        names.join(", ")
    ))
}
