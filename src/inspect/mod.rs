//! The inspection commands of the REPL: `:closure`, `:freevars`, `:cells`,
//! `:dis`, `:scope`, `:explain`, `:export` — rendered from the VM's real
//! cells, functions and code objects, and the symbol table's real decisions.
//! Nothing shown is reconstructed: cells are the live `CellObj`s (found
//! through the collector's registry), names are the symtable's.

mod canvas;
mod cells;
mod closure;
mod dis;
mod explain;
mod export;
mod freevars;
mod names;
mod scope;
mod sharing;

pub use canvas::View;

use crate::repl::Session;
use crate::value::{Function, Value};
use std::rc::Rc;

/// The inspection commands, one line each, for the REPL's `:help`.
pub const HELP: &str = "\
:closure EXPR     the function's free variables: name ──▶ cell ──▶ value, and who shares each cell
:freevars EXPR    co_freevars with their cells and values; co_cellvars of its code and nested code
:cells            every live cell as one sharing diagram
:dis EXPR         the bytecode (CPython 3.11 layout), closure instructions and live cells marked
:scope EXPR       every name of every block: parameter, local, cell, free, global; what made it so
:explain [EXPR]   the last exception in teaching terms (or a function's late binding)
:export FILE.svg|FILE.dot [EXPR]   the sharing diagram for slides
";

/// Runs inspection command `name` (without its colon) with argument text
/// `arg`; None when `name` is not an inspection command. Ok is the text to
/// print (whole lines, each ending in `\n`), Err a one-line message for
/// the user (no newline). The session goes on either way.
pub fn command(session: &mut Session, name: &str, arg: &str) -> Option<Result<String, String>> {
    let arg = arg.trim();
    let result = match name {
        "closure" => closure_of(session, arg),
        "freevars" => target(session, name, arg).map(|f| freevars::cmd_freevars(session, &f)),
        "dis" => target(session, name, arg).map(|f| dis::cmd_dis(session, &f)),
        "scope" => target(session, name, arg).map(|f| scope::cmd_scope(&f, &session.view)),
        "cells" => Ok(cells::cmd_cells(session)),
        "explain" => explain::cmd_explain(session, arg),
        "export" => export::cmd_export(session, arg),
        _ => return None,
    };
    Some(result)
}

/// Evaluates `arg` in the session's globals and returns the function it
/// names: a bound method gives its function; anything else is an error
/// line (a Python exception prints as Python prints its last line).
pub(crate) fn target(session: &mut Session, cmd: &str, arg: &str) -> Result<Rc<Function>, String> {
    if arg.is_empty() {
        return Err(format!(
            "usage: :{cmd} EXPR  (an expression whose value is a function, e.g. :{cmd} counter)"
        ));
    }
    let value = eval_expr(session, arg)?;
    as_function(&value).ok_or_else(|| not_a_function(cmd, arg, &value))
}

/// `:closure` of a function, or of a suspended generator's frame.
fn closure_of(session: &mut Session, arg: &str) -> Result<String, String> {
    if arg.is_empty() {
        return target(session, "closure", arg).map(|_| String::new());
    }
    match eval_expr(session, arg)? {
        Value::Generator(g) => Ok(closure::cmd_generator(session, arg, &g)),
        v => as_function(&v)
            .map(|f| closure::cmd_closure(session, &f))
            .ok_or_else(|| not_a_function("closure", arg, &v)),
    }
}

fn as_function(v: &Value) -> Option<Rc<Function>> {
    match v {
        Value::Function(f) => Some(f.clone()),
        Value::Method(m) => as_function(&m.func),
        _ => None,
    }
}

fn not_a_function(cmd: &str, arg: &str, v: &Value) -> String {
    let what = match v {
        Value::Builtin(_) => "a builtin function (no Python code, no closure)".to_string(),
        Value::Class(_) => "a class, not a function: try one of its methods".to_string(),
        Value::Generator(_) => {
            "a generator, not a function: inspect the function that made it".to_string()
        }
        other => format!(
            "a{} {}, not a function",
            article(&other.type_name()),
            other.type_name()
        ),
    };
    format!(":{cmd} needs a function; `{arg}` is {what}")
}

fn article(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "n"
    } else {
        ""
    }
}

/// The global the argument's value passes through while it is evaluated.
const SCRATCH: &str = "__cellar_inspect__";

/// Evaluates an expression in the session's globals: it is compiled as
/// `__cellar_inspect__ = (EXPR)`, run, read back, and the name removed.
pub(crate) fn eval_expr(session: &mut Session, arg: &str) -> Result<Value, String> {
    let source = format!("{SCRATCH} = ({arg})\n");
    let vm = &mut session.vm;
    let code = crate::compile_source(&source, "<stdin>", &vm.globals, false)
        .map_err(|e| format!("SyntaxError: {} (in `{arg}`)", e.msg))?;
    let result = vm.run_module(code);
    vm.flush_out();
    let slot = vm.globals.slot_of(SCRATCH);
    let value = vm.globals.get(slot);
    vm.globals.delete(slot);
    match result {
        Err(exc) => Err(crate::traceback::exception_line(vm, &exc.to_value())),
        Ok(_) => value.ok_or_else(|| format!("`{arg}` gave no value")),
    }
}

/// `repr(v)` for display, cut to `max` columns (`…`, or `...` in ASCII).
pub(crate) fn short_repr(session: &mut Session, v: &Value, max: usize) -> String {
    let r = session
        .vm
        .repr(v)
        .unwrap_or_else(|_| format!("<{} object>", v.type_name()));
    canvas::truncate(&r, max, session.view.ascii)
}

/// The contents of a cell for display: its repr, or `(empty)`.
pub(crate) fn cell_value(
    session: &mut Session,
    cell: &crate::value::CellObj,
    max: usize,
) -> String {
    match cell.get() {
        Some(v) => short_repr(session, &v, max),
        None => "(empty)".to_string(),
    }
}

/// `outer()` for a function's code, `top level` for module code.
pub(crate) fn maker(code: &crate::code::Code) -> String {
    if &*code.name == "<module>" {
        "top level".to_string()
    } else {
        format!("{}()", code.qualname)
    }
}

/// `made by outer() at line 10` / `made at top level, line 3`.
pub(crate) fn made_by(f: &Function) -> Option<String> {
    let (code, line) = f.origin.as_ref()?;
    Some(if &*code.name == "<module>" {
        format!("made at top level, line {line}")
    } else {
        format!("made by {} at line {line}", maker(code))
    })
}
