//! Printing an uncaught exception as CPython 3.11 does: the chain of
//! causes and contexts, `Traceback (most recent call last):`, one
//! `File "...", line N, in name` entry per frame with its source line,
//! and `Type: message`.

use crate::exception::{Exc, ExcKind, message_of};
use crate::value::Value;
use crate::vm::Vm;
use std::fmt::Write;

/// Where to find the source text of a file named in a traceback.
pub trait SourceLookup {
    fn line(&self, filename: &str, line: u32) -> Option<String>;
}

/// The whole report for `exc`, with its `__cause__`/`__context__` chain.
pub fn format_exception(vm: &mut Vm, exc: &Exc, sources: &dyn SourceLookup) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    format_chain(vm, &exc.to_value(), sources, &mut out, &mut seen);
    out
}

fn format_chain(
    vm: &mut Vm,
    v: &Value,
    sources: &dyn SourceLookup,
    out: &mut String,
    seen: &mut Vec<usize>,
) {
    let Value::Instance(inst) = v else { return };
    seen.push(v.address());
    let Some(state) = &inst.exc else { return };
    let (cause, context, suppress) = {
        let st = state.borrow();
        (st.cause.clone(), st.context.clone(), st.suppress_context)
    };
    if let Some(c) = cause.filter(|c| !seen.contains(&c.address())) {
        format_chain(vm, &c, sources, out, seen);
        out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if let Some(c) = context.filter(|c| !suppress && !seen.contains(&c.address())) {
        format_chain(vm, &c, sources, out, seen);
        out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    format_one(vm, v, sources, out);
}

fn format_one(vm: &mut Vm, v: &Value, sources: &dyn SourceLookup, out: &mut String) {
    let Value::Instance(inst) = v else { return };
    let Some(state) = &inst.exc else { return };
    let tb = state.borrow().traceback.clone();
    if !tb.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
    }
    let mut i = 0;
    while i < tb.len() {
        let e = &tb[i];
        let mut repeats = 0;
        while i + 1 + repeats < tb.len() && same_frame(e, &tb[i + 1 + repeats]) {
            repeats += 1;
        }
        write_entry(out, e, sources);
        let shown = repeats.min(2);
        for _ in 0..shown {
            write_entry(out, e, sources);
        }
        if repeats > 2 {
            let n = repeats - 2;
            let _ = writeln!(
                out,
                "  [Previous line repeated {} more time{}]",
                n,
                if n == 1 { "" } else { "s" }
            );
        }
        i += 1 + repeats;
    }
    out.push_str(&exception_line(vm, v));
    out.push('\n');
}

fn same_frame(a: &crate::exception::TraceEntry, b: &crate::exception::TraceEntry) -> bool {
    std::rc::Rc::ptr_eq(&a.code, &b.code) && a.line == b.line
}

fn write_entry(out: &mut String, e: &crate::exception::TraceEntry, sources: &dyn SourceLookup) {
    let _ = writeln!(
        out,
        "  File \"{}\", line {}, in {}",
        e.code.filename, e.line, e.code.name
    );
    if let Some(text) = sources.line(&e.code.filename, e.line) {
        let t = text.trim();
        if !t.is_empty() {
            let _ = writeln!(out, "    {t}");
        }
    }
}

/// `ValueError: message`, or just `ValueError` when the message is empty.
pub fn exception_line(vm: &mut Vm, v: &Value) -> String {
    let Value::Instance(inst) = v else {
        return String::from("<non-exception>");
    };
    let name =
        if inst.class.module.as_ref() == "builtins" || inst.class.module.as_ref() == "__main__" {
            inst.class.qualname.to_string()
        } else {
            format!("{}.{}", inst.class.module, inst.class.qualname)
        };
    let msg = message_of(vm, v).unwrap_or_else(|_| String::from("<exception str() failed>"));
    let hint = suggestion(vm, v)
        .map(|s| format!(". Did you mean: '{s}'?"))
        .unwrap_or_default();
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}{hint}")
    }
}

/// CPython's "Did you mean" for a NameError or AttributeError carrying its name.
fn suggestion(vm: &Vm, v: &Value) -> Option<String> {
    let Value::Instance(inst) = v else {
        return None;
    };
    let st = inst.exc.as_ref()?.borrow();
    let name = st.name.clone()?;
    if inst
        .class
        .is_subclass(&crate::exception::class_of(ExcKind::AttributeError))
    {
        return crate::suggest::for_attribute(st.obj.as_ref()?, &name);
    }
    if !std::rc::Rc::ptr_eq(&inst.class, &crate::exception::class_of(ExcKind::NameError)) {
        return None;
    }
    let code = st.traceback.last()?.code.clone();
    let varnames: Vec<&str> = code.varnames.iter().map(|n| &**n).collect();
    let globals: Vec<crate::value::Name> = vm.globals.items().into_iter().map(|(k, _)| k).collect();
    let globals: Vec<&str> = globals.iter().map(|n| &**n).collect();
    crate::suggest::for_name(&name, &varnames, &globals)
}

/// Whether an exception is a KeyboardInterrupt (reported without noise).
pub fn is_interrupt(exc: &Exc) -> bool {
    exc.is(ExcKind::KeyboardInterrupt)
}
