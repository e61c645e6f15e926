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
mod explain_more;
mod export;
mod freevars;
mod names;
mod scope;
mod sharing;
mod wrapped;

pub use canvas::{Ink, View, paint, truncate, width};
pub use cells::{DiagramCell, draw as draw_cells, live_cells, note_for};
pub use export::{COLORS as SVG_COLORS, render as diagram_file, svg_inline};

use crate::interpreter::{EvalError, Interpreter};
use crate::vm::Vm;

use crate::value::{Function, Value};
use std::rc::Rc;

/// What an inspection command works on: the interpreter whose live
/// state it shows, and how to draw.
pub struct Ctx<'a> {
    pub interp: &'a mut Interpreter,
    pub view: &'a View,
}

impl Ctx<'_> {
    pub fn vm(&mut self) -> &mut Vm {
        self.interp.vm()
    }
}

/// Runs inspection command `name` (without its colon) with argument text
/// `arg`; None when `name` is not an inspection command. Ok is the text to
/// print (whole lines, each ending in `\n`), Err a one-line message for
/// the user (no newline). The session goes on either way.
pub fn command(
    interp: &mut Interpreter,
    view: &View,
    name: &str,
    arg: &str,
) -> Option<Result<String, String>> {
    let cx = &mut Ctx { interp, view };
    let arg = arg.trim();
    let result = match name {
        "closure" => closure_of(cx, arg),
        "freevars" => target(cx, name, arg).map(|f| freevars::cmd_freevars(cx, &f)),
        "dis" => target_code(cx, name, arg).map(|(c, f)| dis::cmd_dis(cx, &c, f.as_ref())),
        "scope" => target_code(cx, name, arg).map(|(c, _)| scope::cmd_scope(&c, cx.view)),
        "cells" => cells::cmd_cells(cx, arg),
        "explain" => explain::cmd_explain(cx, arg),
        "export" => export::cmd_export(cx, arg),
        _ => return None,
    };
    // long lines (headers, notes, :dis constants) break at spaces
    Some(result.map(|text| crate::wrap::fit(&text, view.width)))
}

/// Evaluates `arg` in the main namespace and returns the function it
/// names: a bound method gives its function; anything else is an error
/// line (a Python exception prints as Python prints its last line).
pub(crate) fn target(cx: &mut Ctx<'_>, cmd: &str, arg: &str) -> Result<Rc<Function>, String> {
    if arg.is_empty() {
        return Err(format!(
            "usage: :{cmd} EXPR  (an expression whose value is a function, e.g. :{cmd} counter)"
        ));
    }
    let value = eval_expr(cx, arg)?;
    as_function(&value).ok_or_else(|| not_a_function(cmd, arg, &value))
}

/// The code `arg` names: a function's (with the function), or a code
/// object itself (`compile(...)`, `f.__code__`).
fn target_code(
    cx: &mut Ctx<'_>,
    cmd: &str,
    arg: &str,
) -> Result<(Rc<crate::code::Code>, Option<Rc<Function>>), String> {
    if arg.is_empty() {
        return target(cx, cmd, arg).map(|f| (f.code.clone(), Some(f)));
    }
    match eval_expr(cx, arg)? {
        Value::Code(c) => Ok((c, None)),
        v => as_function(&v)
            .map(|f| (f.code.clone(), Some(f)))
            .ok_or_else(|| not_a_function(cmd, arg, &v)),
    }
}

/// `:closure` of a function, or of a suspended generator's frame.
fn closure_of(cx: &mut Ctx<'_>, arg: &str) -> Result<String, String> {
    if arg.is_empty() {
        return target(cx, "closure", arg).map(|_| String::new());
    }
    let value = eval_expr(cx, arg)?;
    let layers = wrapped::layers(cx, arg, &value);
    if !layers.is_empty() {
        return Ok(closure_through(cx, arg, &value, &layers));
    }
    match value {
        Value::Generator(g) => Ok(closure::cmd_generator(cx, arg, &g)),
        Value::Instance(i) if v_is_callable(&i) => Ok(closure::cmd_object(cx, arg, &i)),
        v => as_function(&v)
            .map(|f| closure::cmd_closure(cx, &f))
            .ok_or_else(|| not_a_function("closure", arg, &v)),
    }
}

/// `:closure` of a wrapper: its own closure (a `wraps` wrapper has one),
/// then for each wrapper looked through, what it was and the closure of
/// the function inside.
fn closure_through(
    cx: &mut Ctx<'_>,
    arg: &str,
    value: &Value,
    layers: &[wrapped::Layer],
) -> String {
    let mut out = match as_function(value) {
        Some(f) => closure::cmd_closure(cx, &f),
        None => String::new(),
    };
    let mut outer = arg.to_string();
    let mut after_closure = !out.is_empty();
    for layer in layers {
        if std::mem::take(&mut after_closure) {
            out.push('\n');
        }
        out.push_str(&format!(
            "looked through {outer} ({}) to {}, {}:\n",
            layer.kind, layer.holds, layer.expr
        ));
        if let Value::Function(inner) = &layer.inner {
            out.push_str(&closure::cmd_closure(cx, inner));
            after_closure = true;
        }
        outer = layer.expr.clone();
    }
    out
}

fn v_is_callable(i: &crate::value::Instance) -> bool {
    i.class.lookup("__call__").is_some()
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

pub(crate) fn article(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "n"
    } else {
        ""
    }
}

/// Evaluates an expression in the interpreter's main namespace (an
/// eval-mode code object: nothing is bound to compute it).
pub(crate) fn eval_expr(cx: &mut Ctx<'_>, arg: &str) -> Result<Value, String> {
    match cx.interp.eval(arg) {
        Ok(v) => Ok(v),
        Err(EvalError::Syntax(e)) => Err(format!("SyntaxError: {} (in `{arg}`)", e.msg)),
        Err(EvalError::Raised(exc)) => {
            Err(crate::traceback::exception_line(cx.vm(), &exc.to_value()))
        }
    }
}

/// `repr(v)` for display, cut to `max` columns (`…`, or `...` in ASCII).
pub(crate) fn short_repr(cx: &mut Ctx<'_>, v: &Value, max: usize) -> String {
    let r = cx
        .vm()
        .repr(v)
        .unwrap_or_else(|_| format!("<{} object>", v.type_name()));
    canvas::truncate(&r, max, cx.view.ascii)
}

/// The contents of a cell for display: its repr, or `(empty)`.
pub(crate) fn cell_value(cx: &mut Ctx<'_>, cell: &crate::value::CellObj, max: usize) -> String {
    match cell.get() {
        Some(v) => short_repr(cx, &v, max),
        None => "(empty)".to_string(),
    }
}

/// `outer()` for a function's code, `top level` for module code.
pub(crate) fn maker(code: &crate::code::Code) -> String {
    if &*code.name == "<module>" {
        "top level".to_string()
    } else if code.block.kind == crate::symtable::BlockKind::Class {
        format!("the body of class {}", code.qualname)
    } else {
        format!("{}()", code.qualname)
    }
}

/// `made by outer() at line 10` / `made at top level, line 3`.
pub(crate) fn made_by(f: &Function) -> Option<String> {
    let (code, line) = f.origin.as_ref()?;
    Some(if &*code.name == "<module>" {
        format!("made at top level, line {line}")
    } else if code.block.kind == crate::symtable::BlockKind::Class {
        format!(
            "made when the body of class {} ran, line {line}",
            code.qualname
        )
    } else {
        format!("made by {} at line {line}", maker(code))
    })
}
