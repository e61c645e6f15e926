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
    let mut p = Printer {
        vm,
        sources,
        out: String::new(),
        seen: Vec::new(),
        depth: 0,
        need_close: false,
    };
    p.chain(&exc.to_value());
    p.out
}

/// CPython's `traceback.py` limits on how much of a group is printed.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// Writes a report; inside an exception group every line gets the
/// group's margin (`  | `), as traceback.py's _ExceptionPrintContext.
struct Printer<'v, 's> {
    vm: &'v mut Vm,
    sources: &'s dyn SourceLookup,
    out: String,
    seen: Vec<usize>,
    depth: usize,
    need_close: bool,
}

impl Printer<'_, '_> {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    fn emit(&mut self, text: &str, margin: char) {
        if self.depth == 0 {
            self.out.push_str(text);
            return;
        }
        let prefix = format!("{}{margin} ", self.indent());
        for line in text.split_inclusive('\n') {
            self.out.push_str(&prefix);
            self.out.push_str(line);
        }
    }

    /// `v` after the exceptions it was caused by or raised while handling.
    fn chain(&mut self, v: &Value) {
        let Value::Instance(inst) = v else { return };
        self.seen.push(v.address());
        let Some(state) = &inst.exc else { return };
        let (cause, context, suppress) = {
            let st = state.borrow();
            (st.cause.clone(), st.context.clone(), st.suppress_context)
        };
        let seen = |c: &Value| self.seen.contains(&c.address());
        if let Some(c) = cause.filter(|c| !seen(c)) {
            self.chain(&c);
            let msg = "\nThe above exception was the direct cause of the following exception:\n\n";
            self.emit(msg, '|');
        } else if let Some(c) = context.filter(|c| !suppress && !seen(c)) {
            self.chain(&c);
            let msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
            self.emit(msg, '|');
        }
        self.one(v);
    }

    fn one(&mut self, v: &Value) {
        let Value::Instance(inst) = v else { return };
        let stack = stack_text(inst, self.sources);
        let members = match &inst.exc {
            Some(st) => st.borrow().group.as_ref().map(|g| g.exceptions.clone()),
            None => None,
        };
        let Some(Value::Tuple(members)) = members else {
            if !stack.is_empty() {
                self.emit("Traceback (most recent call last):\n", '|');
                self.emit(&stack, '|');
            }
            let only = exception_only(self.vm, v);
            self.emit(&only, '|');
            return;
        };
        if self.depth > MAX_GROUP_DEPTH {
            let msg = format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n");
            self.emit(&msg, '|');
            return;
        }
        self.group(v, &stack, &members.items);
    }

    /// A group: its own traceback, then each member in a numbered box.
    fn group(&mut self, v: &Value, stack: &str, members: &[Value]) {
        let toplevel = self.depth == 0;
        if toplevel {
            self.depth += 1;
        }
        if !stack.is_empty() {
            let margin = if toplevel { '+' } else { '|' };
            self.emit(
                "Exception Group Traceback (most recent call last):\n",
                margin,
            );
            self.emit(stack, '|');
        }
        let only = exception_only(self.vm, v);
        self.emit(&only, '|');
        let n = members.len().min(MAX_GROUP_WIDTH + 1);
        self.need_close = false;
        for i in 0..n {
            let last = i + 1 == n;
            self.need_close |= last;
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".into()
            } else {
                (i + 1).to_string()
            };
            let corner = if i == 0 { "+-" } else { "  " };
            let line = format!(
                "{}{corner}+---------------- {title} ----------------\n",
                self.indent()
            );
            self.out.push_str(&line);
            self.depth += 1;
            if truncated {
                let more = members.len() - MAX_GROUP_WIDTH;
                let msg = format!(
                    "and {more} more exception{}\n",
                    if more > 1 { "s" } else { "" }
                );
                self.emit(&msg, '|');
            } else {
                self.chain(&members[i]);
            }
            if last && self.need_close {
                let line = format!("{}+------------------------------------\n", self.indent());
                self.out.push_str(&line);
                self.need_close = false;
            }
            self.depth -= 1;
        }
        if toplevel {
            self.depth = 0;
        }
    }
}

/// The `File "...", line N, in name` entries of an exception's traceback,
/// with the source lines and repeats folded.
fn stack_text(inst: &crate::value::Instance, sources: &dyn SourceLookup) -> String {
    let mut out = String::new();
    let Some(state) = &inst.exc else { return out };
    let mut tb = state.borrow().traceback.clone();
    tb.retain(|e| !crate::stdlib::is_native_code(&e.code.filename));
    let mut i = 0;
    while i < tb.len() {
        let e = &tb[i];
        let mut repeats = 0;
        while i + 1 + repeats < tb.len() && same_frame(e, &tb[i + 1 + repeats]) {
            repeats += 1;
        }
        write_entry(&mut out, e, sources);
        let shown = repeats.min(2);
        for _ in 0..shown {
            write_entry(&mut out, e, sources);
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
    out
}

/// `Type: message` (or a raised SyntaxError's block) and the notes.
fn exception_only(vm: &mut Vm, v: &Value) -> String {
    let mut out = String::new();
    let syntax = match v {
        Value::Instance(inst) => raised_syntax_error(inst),
        _ => None,
    };
    match syntax {
        Some(block) => out.push_str(&block),
        None => {
            out.push_str(&exception_line(vm, v));
            out.push('\n');
        }
    }
    for note in notes(v) {
        out.push_str(&note);
        out.push('\n');
    }
    out
}

/// A SyntaxError raised by `compile`/`exec`/`eval`: where in the compiled
/// source it is, shown as the compiler shows it (`File "<s>", line 1`, the
/// line, the carets, `SyntaxError: msg`).
fn raised_syntax_error(inst: &crate::value::Instance) -> Option<String> {
    if !inst
        .class
        .is_subclass(&crate::exception::class_of(ExcKind::SyntaxError))
    {
        return None;
    }
    let attr = |name: &str| inst.dict.get_str(name);
    let int = |name: &str| match attr(name) {
        Some(Value::Int(n)) => Some(n.max(0) as u32),
        _ => None,
    };
    let msg = attr("msg")?.as_str()?.to_string();
    let filename = attr("filename")?.as_str()?.to_string();
    let line = int("lineno")?;
    let kind = crate::syntax_error::SyntaxErrorKind::from_name(&inst.class.name)?;
    let col = int("offset").unwrap_or(0);
    let mut e = crate::syntax_error::SyntaxError::spanning(
        msg,
        line,
        col,
        int("end_offset").unwrap_or(col + 1),
    );
    e.kind = kind;
    let text = attr("text").and_then(|t| t.as_str().map(str::to_string));
    Some(e.render_line(&filename, text.as_deref()))
}

/// The exception's `__notes__` (added by `add_note`), printed after it.
fn notes(v: &Value) -> Vec<String> {
    let Value::Instance(i) = v else {
        return Vec::new();
    };
    match i.dict.get_str("__notes__") {
        Some(Value::List(l)) => l
            .items
            .borrow()
            .iter()
            .map(|n| {
                n.as_str()
                    .map_or_else(|| "<note str() failed>".into(), String::from)
            })
            .collect(),
        _ => Vec::new(),
    }
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
    let text = sources
        .line(&e.code.filename, e.line)
        .or_else(|| crate::stdlib::source_line(&e.code.filename, e.line));
    let Some(text) = text else {
        return;
    };
    let stripped = text.trim();
    if stripped.is_empty() {
        return;
    }
    let _ = writeln!(out, "    {stripped}");
    if let Some(carets) = carets(&text, &e.span, e.line) {
        let _ = writeln!(out, "{carets}");
    }
}

/// The `~~^~~` line under a traceback's source line: where on the line the
/// failing instruction's expression sits, the operator marked `^` for a
/// binary operation or subscript; nothing when it spans the whole line.
/// cpython: traceback.py format_frame_summary (3.11)
fn carets(original: &str, span: &crate::ast::Span, line: u32) -> Option<String> {
    if span.line != line || (span.col == 0 && span.end_col == 0) {
        return None;
    }
    let chars: Vec<char> = original.chars().collect();
    let stripped_len = original.trim().chars().count();
    let indent = chars.len() - original.trim_start().chars().count();
    let start = span.col as usize;
    let (end, anchors) = if span.end_line == span.line {
        let end = (span.end_col as usize).min(chars.len());
        let segment: String = chars.get(start..end)?.iter().collect();
        (end, anchors(&segment))
    } else {
        (indent + stripped_len, None)
    };
    let width = end.checked_sub(start)?;
    let spread = anchors.is_some_and(|(l, r)| r > l);
    if width >= stripped_len && !spread {
        return None;
    }
    let mut row = format!("    {}", " ".repeat(start.checked_sub(indent)?));
    match anchors {
        Some((left, right)) => {
            row.push_str(&"~".repeat(left));
            row.push_str(&"^".repeat(right - left));
            row.push_str(&"~".repeat(width.saturating_sub(right)));
        }
        None => row.push_str(&"^".repeat(width)),
    }
    Some(row)
}

/// cpython: traceback.py _extract_caret_anchors_from_line_segment — the
/// operator of a binary operation, the brackets of a subscript.
fn anchors(segment: &str) -> Option<(usize, usize)> {
    use crate::ast::{ExprKind, StmtKind};
    let module = crate::parse::module(segment).ok()?;
    let [stmt] = module.body.as_slice() else {
        return None;
    };
    let StmtKind::Expr(e) = &stmt.kind else {
        return None;
    };
    let seg: Vec<char> = segment.chars().collect();
    match &e.kind {
        ExprKind::BinOp { left, right, .. } => {
            let op_start = left.span.end_col as usize;
            let op_str: String = seg.get(op_start..right.span.col as usize)?.iter().collect();
            let op_offset = op_str.chars().count() - op_str.trim_start().chars().count();
            let mut l = op_start + op_offset;
            let mut r = l + 1;
            if op_str
                .chars()
                .nth(op_offset + 1)
                .is_some_and(|c| !c.is_whitespace())
            {
                r += 1;
            }
            while l < seg.len() && (seg[l].is_whitespace() || seg[l] == ')' || seg[l] == '#') {
                l += 1;
                r += 1;
            }
            Some((l, r))
        }
        ExprKind::Subscript { value, index } => {
            let mut l = value.span.end_col as usize;
            let mut r = index.span.end_col as usize + 1;
            while l < seg.len() && seg[l] != '[' {
                l += 1;
            }
            while r < seg.len() && seg[r] != ']' {
                r += 1;
            }
            if r < seg.len() {
                r += 1;
            }
            Some((l, r))
        }
        _ => None,
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
    let code = st.traceback.back()?.code.clone();
    let varnames: Vec<&str> = code.varnames.iter().map(|n| &**n).collect();
    let globals: Vec<crate::value::Name> = vm.globals.items().into_iter().map(|(k, _)| k).collect();
    let globals: Vec<&str> = globals.iter().map(|n| &**n).collect();
    crate::suggest::for_name(&name, &varnames, &globals)
}

/// Whether an exception is a KeyboardInterrupt (reported without noise).
pub fn is_interrupt(exc: &Exc) -> bool {
    exc.is(ExcKind::KeyboardInterrupt)
}

/// Source lines from the code objects of an exception's own traceback
/// (for reports made away from the REPL's or the script's sources).
pub struct TracebackLines(Vec<std::rc::Rc<crate::code::Code>>);

impl TracebackLines {
    pub fn of(exc: &Exc) -> TracebackLines {
        let state = exc.state();
        TracebackLines(state.traceback.iter().map(|e| e.code.clone()).collect())
    }
}

impl SourceLookup for TracebackLines {
    fn line(&self, filename: &str, line: u32) -> Option<String> {
        if filename.starts_with('<') {
            return None;
        }
        let code = self.0.iter().find(|c| &*c.filename == filename)?;
        let text = code.source.lines().nth(line.checked_sub(1)? as usize)?;
        Some(text.to_string())
    }
}
