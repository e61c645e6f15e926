//! `compile`, `exec` and `eval`: source compiled by cellar's own pipeline
//! and run in cellar's own VM (the sandbox holds: the code can reach only
//! what any other code can). A SyntaxError is raised as CPython raises it,
//! with `msg`, `filename`, `lineno`, `offset`, `text`, `end_lineno` and
//! `end_offset`.
//!
//! ```text
//!     exec(src)              the calling frame's globals; its locals (a
//!                            function's are a snapshot: writes stay there)
//!     exec(src, g)           g's names, copied in, run, copied back out
//!     exec(src, g, l)        the same, with l as the local namespace
//! ```

use crate::builtins::kwarg;
use crate::compile::Mode;
use crate::exception::{Exc, ExcKind, PyResult};
use crate::value::{Dict, Value};
use crate::vm::{Globals, Vm};
use std::rc::Rc;

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(crate::value::Name, Value)];

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`
pub fn compile(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let arg = |i: usize, name: &str| args.get(i).cloned().or_else(|| kwarg(kw, name).cloned());
    let (Some(source), Some(filename), Some(mode)) =
        (arg(0, "source"), arg(1, "filename"), arg(2, "mode"))
    else {
        return Err(Exc::type_error(missing_compile_arg(args, kw)));
    };
    let mode = match mode.as_str() {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        _ => {
            return Err(Exc::value_error(
                "compile() mode must be 'exec', 'eval' or 'single'",
            ));
        }
    };
    let filename = match filename.as_str() {
        Some(f) => f.to_string(),
        None => {
            return Err(Exc::type_error(format!(
                "compile() argument 'filename' must be str, not {}",
                filename.type_name()
            )));
        }
    };
    let source = source_text(&source, "compile")?;
    compiled(vm, &source, &filename, mode).map(Value::Code)
}

fn missing_compile_arg(args: Args, kw: Kw) -> String {
    let names = ["source", "filename", "mode"];
    let given = args.len() + kw.len();
    let missing = names[given.min(2)];
    format!(
        "compile() missing required argument '{missing}' (pos {})",
        given.min(2) + 1
    )
}

/// `exec(source or code, globals=None, locals=None)`
pub fn exec(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    run(vm, "exec", args, kw).map(|_| Value::None)
}

/// `eval(source or code, globals=None, locals=None)`
pub fn eval(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    run(vm, "eval", args, kw)
}

fn run(vm: &mut Vm, which: &str, args: Args, kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(Exc::type_error(format!(
            "{which}() takes no keyword arguments"
        )));
    }
    let Some(what) = args.first() else {
        return Err(Exc::type_error(format!(
            "{which} expected at least 1 argument, got 0"
        )));
    };
    if args.len() > 3 {
        return Err(Exc::type_error(format!(
            "{which} expected at most 3 arguments, got {}",
            args.len()
        )));
    }
    let code = match what {
        Value::Code(c) => c.clone(),
        other => {
            let source = source_text(other, which)?;
            let mode = if which == "eval" {
                Mode::Eval
            } else {
                Mode::Exec
            };
            let source = if which == "eval" {
                source.trim_start().to_string()
            } else {
                source
            };
            compiled(vm, &source, "<string>", mode)?
        }
    };
    let globals = args.get(1).filter(|g| !g.is_none());
    let locals = args.get(2).filter(|l| !l.is_none());
    match globals {
        None => run_here(vm, &code, which, locals),
        Some(Value::Dict(g)) => run_in_dict(vm, &code, g, locals),
        Some(other) => Err(Exc::type_error(format!(
            "{which}() globals must be a dict, not {}",
            other.type_name()
        ))),
    }
}

/// No globals given: the calling frame's namespaces.
fn run_here(
    vm: &mut Vm,
    code: &Rc<crate::code::Code>,
    which: &str,
    locals: Option<&Value>,
) -> PyResult<Value> {
    let globals = match vm.frames.last() {
        Some(f) => match &f.func {
            Some(func) => func.globals.clone(),
            None => vm.globals.clone(),
        },
        None => vm.globals.clone(),
    };
    let locals = match locals {
        Some(l) => Some(locals_dict(l, which)?),
        None => caller_locals(vm),
    };
    vm.run_in(code, &globals, locals)
}

/// The calling frame's local namespace, when it is not the module's: a
/// class body's dict, or a snapshot of a function's locals.
fn caller_locals(vm: &Vm) -> Option<Rc<Dict>> {
    let frame = vm.frames.last()?;
    if let Some(ns) = &frame.class_ns {
        return Some(ns.clone());
    }
    frame.func.as_ref()?;
    let snapshot = Dict::new();
    let slots = vm
        .stack
        .get(frame.base..frame.base + frame.code.nlocalsplus())?;
    for ((name, _), v) in frame.code.localsplus.iter().zip(slots) {
        let v = match v {
            Value::Cell(c) => c.get(),
            Value::Null => None,
            v => Some(v.clone()),
        };
        if let Some(v) = v {
            snapshot.set_str(name, v);
        }
    }
    Some(Rc::new(snapshot))
}

/// `exec(src, g, l)`: `l` must be a dict here (CPython takes any mapping).
fn locals_dict(l: &Value, which: &str) -> PyResult<Rc<Dict>> {
    match l {
        Value::Dict(d) => Ok(d.clone()),
        other => Err(Exc::type_error(format!(
            "{which}() locals must be a mapping, not {}",
            other.type_name()
        ))),
    }
}

/// Runs `code` with dict `g` as its globals: its str keys are copied into a
/// namespace, the code runs there, and the names are copied back (`g`
/// gets `__builtins__` as in CPython).
fn run_in_dict(
    vm: &mut Vm,
    code: &Rc<crate::code::Code>,
    g: &Rc<Dict>,
    locals: Option<&Value>,
) -> PyResult<Value> {
    let locals = locals.map(|l| locals_dict(l, "exec")).transpose()?;
    if g.get_str("__builtins__").is_none() {
        g.set_str("__builtins__", builtins_module(vm));
    }
    let ns = Rc::new(match g.get_str("__builtins__") {
        Some(Value::Dict(own)) => Globals::with_builtins(own),
        _ => Globals::default(),
    });
    for (k, v) in g.items() {
        if let Some(name) = k.as_str() {
            ns.set_by_name(name, v);
        }
    }
    let result = vm.run_in(code, &ns, locals);
    for (name, v) in ns.items() {
        g.set_str(&name, v);
    }
    result
}

/// The `builtins` module, as `__builtins__`.
fn builtins_module(vm: &mut Vm) -> Value {
    crate::builtins::import_module(vm, "builtins").unwrap_or(Value::None)
}

/// The text of a `str` source (bytes would be decoded as UTF-8).
fn source_text(v: &Value, which: &str) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        _ => Err(Exc::type_error(match which {
            "compile" => "compile() arg 1 must be a string, bytes or AST object".to_string(),
            _ => format!("{which}() arg 1 must be a string, bytes or code object"),
        })),
    }
}

/// Source → code, or CPython's SyntaxError as a Python exception.
pub(crate) fn compiled(
    vm: &mut Vm,
    source: &str,
    filename: &str,
    mode: Mode,
) -> PyResult<Rc<crate::code::Code>> {
    vm.heap.enter();
    crate::compile(source, filename, mode).map_err(|e| syntax_error(&e, filename, source))
}

/// A `SyntaxError` (or `IndentationError`, `TabError`) instance with the
/// attributes CPython gives it.
pub fn syntax_error(e: &crate::syntax_error::SyntaxError, filename: &str, source: &str) -> Exc {
    let text = source
        .lines()
        .nth(e.line.saturating_sub(1) as usize)
        .map(|l| Value::str(format!("{l}\n")))
        .unwrap_or(Value::None);
    let offset = if e.col == 0 {
        Value::None
    } else {
        Value::Int(e.col as i64)
    };
    let end_offset = if e.col == 0 {
        Value::None
    } else {
        Value::Int(e.end_col as i64)
    };
    let line = Value::Int(e.line as i64);
    let details = Value::tuple(vec![
        Value::str(filename),
        line.clone(),
        offset.clone(),
        text.clone(),
        Value::Int(e.end_line as i64),
        end_offset.clone(),
    ]);
    let kind = match e.kind.name() {
        "IndentationError" => ExcKind::IndentationError,
        "TabError" => ExcKind::TabError,
        _ => ExcKind::SyntaxError,
    };
    let exc = Exc::with_args(kind, vec![Value::str(&*e.msg), details]);
    let attrs = [
        ("msg", Value::str(&*e.msg)),
        ("filename", Value::str(filename)),
        ("lineno", line.clone()),
        ("offset", offset),
        ("text", text),
        ("end_lineno", Value::Int(e.end_line as i64)),
        ("end_offset", end_offset),
        ("print_file_and_line", Value::None),
    ];
    for (name, v) in attrs {
        exc.value.dict.set_str(name, v);
    }
    exc
}
