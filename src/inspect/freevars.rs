//! `:freevars EXPR` — `co_freevars` with the function's cells and their
//! current values, then `co_cellvars` of its code and of every code object
//! nested in it (what each call of them will put in new cells).

use super::Ctx;
use super::canvas::{Ink, pad, paint, width};
use super::sharing::Sharing;
use crate::code::Code;
use crate::value::Function;
use std::fmt::Write;
use std::rc::Rc;

/// `:freevars`
pub fn cmd_freevars(cx: &mut Ctx<'_>, f: &Rc<Function>) -> String {
    let sharing = Sharing::build(cx.vm());
    let mut out = super::closure::header(&sharing, f);
    let _ = writeln!(out, "  co_freevars = {}", tuple(&f.code.freevars));
    freevar_rows(cx, f, &mut out);
    let _ = writeln!(out, "  co_cellvars = {}", tuple(&f.code.cellvars));
    for (id, var, holder) in super::closure::made_cells(&sharing, &f.code) {
        let _ = writeln!(out, "    {var}  live: cell#{id}, held by {holder}");
    }
    nested(&f.code, 1, &mut out);
    out
}

fn freevar_rows(cx: &mut Ctx<'_>, f: &Rc<Function>, out: &mut String) {
    let view = cx.view;
    let var_w = f.code.freevars.iter().map(|v| width(v)).max().unwrap_or(0);
    let max = view.width.saturating_sub(var_w + 22).max(12);
    for (i, (cell, var)) in f.closure.iter().zip(f.code.freevars.iter()).enumerate() {
        let value = super::cell_value(cx, cell, max);
        let ink = Some(Ink::Cell(cell.id));
        let cell_txt = paint(&format!("cell#{}", cell.id), ink, view);
        let _ = writeln!(
            out,
            "    [{i}] {} {} {} {value}",
            pad(var, var_w),
            cell_txt,
            paint("──▶", ink, view)
        );
    }
}

/// The nested code objects, indented by depth.
fn nested(code: &Code, depth: usize, out: &mut String) {
    for child in code.children() {
        let indent = "  ".repeat(depth);
        let _ = writeln!(out, "{indent}nested {}:", child.qualname);
        let _ = writeln!(out, "{indent}  co_freevars = {}", tuple(&child.freevars));
        let _ = writeln!(out, "{indent}  co_cellvars = {}", tuple(&child.cellvars));
        nested(child, depth + 1, out);
    }
}

/// `('a', 'b')` / `('a',)` / `()`, as Python prints a tuple of names.
pub fn tuple(names: &[crate::value::Name]) -> String {
    let parts: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match parts.len() {
        1 => format!("({},)", parts[0]),
        _ => format!("({})", parts.join(", ")),
    }
}
