//! `:explain` — the last uncaught exception in teaching terms, from the
//! real symbol tables and cells: UnboundLocalError (which binding made the
//! name local, and the `nonlocal`/`global` fix), the empty free variable
//! (the `del` that emptied the cell), a call's TypeError (the signature);
//! otherwise a plain restatement. With no exception, or given a function,
//! it explains late binding when closures share one loop variable's cell.

use super::Ctx;
use super::canvas::{View, truncate};
use super::sharing::{CellNode, Holder, Sharing};
use crate::code::{BINARY_OPS, Code, Instr};
use crate::exception::{Exc, ExcKind};
use crate::heap::DelSite;
use crate::value::{Function, Name};
use std::fmt::Write;
use std::rc::Rc;

/// `:explain [EXPR]`
pub fn cmd_explain(cx: &mut Ctx<'_>, arg: &str) -> Result<String, String> {
    if !arg.is_empty() {
        let f = super::target(cx, "explain", arg)?;
        return Ok(explain_function(cx, &f, arg));
    }
    if let Some(e) = &cx.interp.last_syntax_error
        && let Some(rule) = e.misuse
    {
        return Ok(wrap(&super::explain_more::misuse(e, rule), cx.view));
    }
    let Some(exc) = cx.interp.last_exception.clone() else {
        return Ok(late_binding_anywhere(cx)
            .or_else(|| super::explain_more::top_level_late_binding(cx).map(|t| wrap(&t, cx.view)))
            .unwrap_or_else(|| {
                "no exception to explain yet, and no closures sharing a loop variable\n".into()
            }));
    };
    Ok(explain_exception(cx, &exc))
}

fn explain_exception(cx: &mut Ctx<'_>, exc: &Exc) -> String {
    let line = crate::traceback::exception_line(cx.vm(), &exc.to_value());

    let place = exc.state().traceback.back().cloned();
    let (var, cell, emptied_by, callee) = {
        let st = exc.state();
        (
            st.var.clone(),
            st.cell,
            st.emptied_by.clone(),
            st.callee.clone(),
        )
    };
    let mut out = format!("{line}\n");
    let text = match (place.clone(), var) {
        (Some(at), Some(var)) if exc.is(ExcKind::UnboundLocalError) => {
            unbound_local(&at.code, at.line, &var)
        }
        (Some(at), Some(var)) if exc.is(ExcKind::NameError) => {
            Some(empty_free(&at.code, &var, cell, emptied_by))
        }
        _ if exc.is(ExcKind::TypeError) => callee.map(|f| call_signature(cx, &f)),
        _ => None,
    };
    let text = text.unwrap_or_else(|| restate(exc, &place));
    out.push_str(&wrap(&text, cx.view));
    out
}

/// `count` is local to `bad`: line 14 assigns to it (`count += …`) ...
fn unbound_local(code: &Rc<Code>, line: u32, name: &str) -> Option<String> {
    let sym = code.block.symbols.get(name)?;
    let bound_at = sym.first_binding.map_or(0, |s| s.line);
    let func = &code.name;
    let how = binding_text(code, name, bound_at);
    let mut out = format!(
        "`{name}` is local to `{func}`: line {bound_at} {how}. Python decides that when it \
         compiles `{func}`, before any line runs, so the read on line {line} finds the local \
         empty.\n"
    );
    match enclosing_binder(code, name) {
        Some(outer) => {
            let _ = write!(
                out,
                "To change {outer}'s `{name}`, declare it in {func}: nonlocal {name}"
            );
        }
        None => {
            let _ = write!(
                out,
                "To change the global `{name}`, declare it in {func}: global {name}. To only read \
                 it, remove the assignment."
            );
        }
    }
    Some(out)
}

/// `assigns to it (`count += …`)`, from the instruction that stores it.
pub(crate) fn binding_text(code: &Code, name: &str, line: u32) -> String {
    match binding_snippet(code, name, line) {
        Some(snippet) => format!("assigns to it ({snippet})"),
        None => "binds it".into(),
    }
}

/// The binding of `name` on `line` as source: `` `x = 0` ``, `` `x += 1` ``,
/// `` `def f` ``, `` `f = lambda …` ``, `` a `for` loop ``; read back from the
/// instructions before the STORE_FAST / STORE_DEREF that makes it.
pub(crate) fn binding_snippet(code: &Code, name: &str, line: u32) -> Option<String> {
    let slot = code.localsplus.iter().position(|(v, _)| &**v == name)?;
    let at = code.instrs.iter().enumerate().position(|(i, ins)| {
        code.lines.get(i) == Some(&line)
            && matches!(ins, Instr::StoreFast(s) | Instr::StoreDeref(s) if *s as usize == slot)
    })?;
    let before = |back: usize| at.checked_sub(back).map(|i| (i, code.instrs[i]));
    let rhs = |op: Option<(usize, Instr)>| {
        op.and_then(|(i, ins)| operand_text(code, i, ins))
            .unwrap_or_else(|| "…".into())
    };
    Some(match (before(1), before(2)) {
        (Some((_, Instr::BinaryOp(op))), operand) if op.inplace() => {
            let op = BINARY_OPS[op.index()];
            format!("`{name} {op}= {}`", rhs(operand))
        }
        (Some((_, Instr::ForIter(_))), _) => "a `for` loop".into(),
        (Some((_, Instr::MakeFunction(_))), _) if made_lambda(code, at) => {
            format!("`{name} = lambda …`")
        }
        (Some((_, Instr::MakeFunction(_))), _) => format!("`def {name}`"),
        (Some((_, Instr::Call(_))), _) if decorated(code, at) => {
            format!("`def {name}` (decorated)")
        }
        (prev, _) => format!("`{name} = {}`", rhs(prev)),
    })
}

/// Whether the value stored at `at` is a function passed through its
/// decorators: calls (the decorators) right after a MAKE_FUNCTION.
fn decorated(code: &Code, at: usize) -> bool {
    code.instrs[..at]
        .iter()
        .rev()
        .find(|i| !matches!(i, Instr::Call(_) | Instr::Precall(_)))
        .is_some_and(|i| matches!(i, Instr::MakeFunction(_)))
}

/// The line of the first instruction storing `name` at or after `from`:
/// for a decorated `def` the line of the `def` itself, not of its first
/// decorator (where the statement starts).
pub(crate) fn store_line(code: &Code, name: &str, from: u32) -> Option<u32> {
    let slot = code.localsplus.iter().position(|(v, _)| &**v == name)?;
    code.instrs.iter().enumerate().find_map(|(i, ins)| {
        let line = *code.lines.get(i)?;
        let stores =
            matches!(ins, Instr::StoreFast(s) | Instr::StoreDeref(s) if *s as usize == slot);
        (stores && line >= from).then_some(line)
    })
}

/// Whether the function stored at `at` is a lambda: the code object
/// loaded just before its MAKE_FUNCTION is named `<lambda>`.
fn made_lambda(code: &Code, at: usize) -> bool {
    code.instrs[..at].iter().rev().find_map(|i| match i {
        Instr::LoadConst(c) => Some(matches!(code.consts.get(*c as usize), Some(crate::value::Value::Code(k)) if &*k.name == "<lambda>")),
        _ => None,
    }) == Some(true)
}

/// The source text of a simple operand: a constant or a name.
fn operand_text(code: &Code, at: usize, instr: Instr) -> Option<String> {
    match instr {
        Instr::LoadConst(_)
        | Instr::LoadFast(_)
        | Instr::LoadDeref(_)
        | Instr::LoadGlobal(_)
        | Instr::LoadName(_) => {
            let (_, _, text) = crate::dis::describe(code, at, instr);
            Some(text.trim_start_matches("NULL + ").to_string())
        }
        _ => None,
    }
}

/// The nearest enclosing function that binds `name`, the one `nonlocal`
/// would reach, from the code's static nesting (class bodies do not
/// enclose; the module means `global`).
fn enclosing_binder(code: &Code, name: &str) -> Option<String> {
    code.enclosing
        .iter()
        .rev()
        .filter(|b| b.is_function_like())
        .find(|b| b.symbols.get(name).is_some_and(|s| s.flags.is_bound()))
        .map(|b| b.qualname.clone())
}

/// The free variable whose cell is empty, and the `del` that emptied it
/// (the VM records every DELETE_DEREF; the exception carries the record).
fn empty_free(code: &Code, name: &str, cell: Option<u32>, emptied_by: Option<DelSite>) -> String {
    let cell = cell.map_or_else(
        || "its cell".to_string(),
        |id| format!("its cell, cell#{id},"),
    );
    let func = &code.name;
    let mut out = format!(
        "`{name}` is a free variable of {func}: {func} reads it from {cell} which is empty.\n"
    );
    match emptied_by {
        Some(del) => {
            let _ = write!(
                out,
                "Line {} of {}() emptied it: `del {name}` empties the cell itself, so every \
                 closure holding it sees the loss.",
                del.line, del.qualname
            );
        }
        None => out.push_str(
            "The enclosing function had not assigned it yet when this ran: a cell starts \
             empty and is filled by the first assignment.",
        ),
    }
    out
}

/// A call's TypeError: the signature of the function it did not fit.
fn call_signature(cx: &mut Ctx<'_>, f: &Function) -> String {
    format!(
        "The call does not match the signature of {}:\n    def {}\nEach parameter \
         without a default needs an argument; a default is used only when the call leaves it out.",
        f.qualname(),
        signature(cx, f)
    )
}

/// `f(a, b=2, *args, c, **kwargs)` from the code object and defaults.
pub fn signature(cx: &mut Ctx<'_>, f: &Function) -> String {
    let code = &f.code;
    let argc = code.argcount as usize;
    let kwc = code.kwonlyargcount as usize;
    let defaults: Vec<crate::value::Value> = f.defaults().map_or(Vec::new(), |d| d.items.to_vec());
    let first_default = argc.saturating_sub(defaults.len());
    let mut parts: Vec<String> = Vec::new();
    for (i, n) in code.varnames.iter().take(argc).enumerate() {
        parts.push(
            match i.checked_sub(first_default).and_then(|d| defaults.get(d)) {
                Some(v) => format!("{n}={}", super::short_repr(cx, v, 20)),
                None => n.to_string(),
            },
        );
    }
    let mut next = argc + kwc;
    let var = |i: usize| {
        code.varnames
            .get(i)
            .map_or("?".to_string(), |n| n.to_string())
    };
    if code.flags & crate::code::flags::VARARGS != 0 {
        parts.push(format!("*{}", var(next)));
        next += 1;
    } else if kwc > 0 {
        parts.push("*".into());
    }
    parts.extend((argc..argc + kwc).map(var));
    if code.flags & crate::code::flags::VARKEYWORDS != 0 {
        parts.push(format!("**{}", var(next)));
    }
    format!("{}({})", f.name(), parts.join(", "))
}

/// Any other exception: what it means, where it happened.
fn restate(exc: &Exc, place: &Option<crate::exception::TraceEntry>) -> String {
    let kind = exc.class().name.to_string();
    let at = place.as_ref().map_or(String::new(), |p| {
        if &*p.code.name == "<module>" {
            format!(" It was raised at top level, line {}.", p.line)
        } else {
            format!(
                " It was raised on line {} of {}.",
                p.line,
                super::maker(&p.code)
            )
        }
    });
    let meaning = match kind.as_str() {
        "NameError" => {
            "A name was looked up in the local scope, the globals and the builtins, and found in none."
        }
        "ZeroDivisionError" => "A division or modulo had 0 on the right.",
        "KeyError" => "A dict was asked for a key it does not have.",
        "IndexError" => "A sequence was indexed past its end.",
        "AttributeError" => "The object has no attribute by that name.",
        "RecursionError" => "Calls nested deeper than the recursion limit (1000 by default).",
        "TypeError" => "An operation got a value of a type it cannot handle.",
        "ValueError" => "A value has the right type but an unacceptable value.",
        _ => "Python raised it and nothing caught it.",
    };
    format!("{meaning}{at}")
}

/// Late binding for `f`'s cells, or a short summary of its closure.
/// `typed` is how the learner reached `f`: the command suggested uses it
/// when `f` has no name of its own to type (`make_all()[0]`).
fn explain_function(cx: &mut Ctx<'_>, f: &Rc<Function>, typed: &str) -> String {
    let sharing = Sharing::build(cx.vm());
    for cell in f.closure.iter() {
        if let Some(node) = sharing.node(cell)
            && is_late_binding(node)
        {
            return late_binding(cx, &sharing, node);
        }
    }
    if f.closure.is_empty()
        && let Some(text) = super::explain_more::top_level_late_binding(cx)
        && [",", " "]
            .iter()
            .any(|after| text.contains(&format!("{}{after}", typed.trim())))
    {
        return wrap(&text, cx.view);
    }
    let mut name = sharing.namer.function(f);
    if name.contains('<') {
        name = typed.trim().to_string(); // a qualname is no expression to type
    }
    let text = if f.closure.is_empty() {
        format!(
            "{name} has no free variables: everything it reads is a local, a parameter or a global."
        )
    } else {
        format!(
            "{name} reads {} from cells it shares with the function that made it; calling it \
             sees their current values (:closure {name} shows them).",
            f.code
                .freevars
                .iter()
                .map(|v| format!("`{v}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    wrap(&text, cx.view)
}

fn late_binding_anywhere(cx: &mut Ctx<'_>) -> Option<String> {
    let sharing = Sharing::build(cx.vm());
    let node = sharing.cells.iter().find(|n| is_late_binding(n))?;
    Some(late_binding(cx, &sharing, node))
}

fn is_late_binding(node: &CellNode) -> bool {
    super::cells::note(node).is_some_and(|n| n.contains("late binding"))
}

/// The three fixes for closures that share one loop variable's cell.
fn late_binding(cx: &mut Ctx<'_>, sharing: &Sharing, node: &CellNode) -> String {
    let names: Vec<String> = node
        .holders
        .iter()
        .map(|h| h.label(&sharing.namer))
        .collect();
    let var: Name = node
        .holders
        .first()
        .map_or_else(|| Name::from("i"), |h| h.var().clone());
    let value = super::cell_value(cx, &node.cell, 30);
    let maker = node
        .holders
        .iter()
        .find_map(|h| match h {
            Holder::Function { func, .. } => func
                .origin
                .as_ref()
                .map(|(c, l)| format!("{} on line {l}", super::maker(c))),
            Holder::Frame { .. } => None,
        })
        .unwrap_or_else(|| "a loop".into());
    let text = format!(
        "{} share one cell: cell#{} (`{var}`), now {value}. They were made in a loop by {maker}; \
         a closure keeps the variable, not its value, and the loop rebinds that one variable, so \
         each of them reads `{var}` when called and all see its last value, {value}. This is late \
         binding.",
        names.join(", "),
        node.cell.id
    );
    let mut out = wrap(&text, cx.view);
    let _ = writeln!(
        out,
        "Three fixes, each giving every closure its own `{var}`:"
    );
    let _ = writeln!(out, "  1. a default argument:  lambda {var}={var}: {var}");
    let _ = writeln!(out, "  2. functools.partial:   partial(f, {var})");
    let _ = writeln!(
        out,
        "  3. a factory:           def make({var}): return lambda: {var}"
    );
    out.push_str(
        "1 and 2 store the value when the closure is made; 3 gives each closure a new cell.\n",
    );
    out
}

/// Words re-flowed to the view's width; explicit newlines kept.
fn wrap(text: &str, view: &View) -> String {
    let mut out = String::new();
    for para in text.lines() {
        if para.starts_with(' ') {
            out.push_str(para);
            out.push('\n');
            continue;
        }
        let mut line = String::new();
        for word in para.split(' ') {
            if !line.is_empty()
                && super::canvas::width(&line) + 1 + super::canvas::width(word) > view.width
            {
                out.push_str(line.trim_end());
                out.push('\n');
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        out.push_str(&truncate(&line, usize::MAX, view.ascii));
        out.push('\n');
    }
    out
}
