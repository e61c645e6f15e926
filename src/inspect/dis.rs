//! `:dis EXPR` — the function's code in CPython 3.11's `dis.dis` layout
//! (crate::dis makes the rows), nested code objects after it. Closure
//! instructions are highlighted; in the function's own code, those that
//! touch one of its closure cells say which live cell and what it holds:
//!
//! ```text
//!               0 COPY_FREE_VARS           1      cell#1 (x) enters from __closure__
//!   7           4 LOAD_DEREF               0 (x)  reads cell#1, now 10
//! ```

use super::Ctx;
use super::canvas::{Ink, View, pad, paint, width};
use crate::code::{Code, Instr, SlotKind};
use crate::value::{CellObj, Function, Value};
use std::fmt::Write;
use std::rc::Rc;

/// `:dis`
/// `:dis` of a function, or of a code object (`compile(...)`), whose
/// cells are then unknown.
pub fn cmd_dis(cx: &mut Ctx<'_>, code: &Rc<Code>, f: Option<&Rc<Function>>) -> String {
    let mut out = String::new();
    code_block(cx, code, f, &mut out);
    nested(cx, code, &mut out);
    out
}

fn nested(cx: &mut Ctx<'_>, code: &Code, out: &mut String) {
    for child in code.children() {
        let repr = crate::vm::object_repr(&Value::Code(child.clone()));
        let _ = write!(out, "\nDisassembly of {repr}:\n");
        code_block(cx, child, None, out);
        nested(cx, child, out);
    }
}

/// One code object; `f` is given when it is the function's own code, so
/// its closure cells are the ones the instructions touch.
fn code_block(cx: &mut Ctx<'_>, code: &Code, f: Option<&Rc<Function>>, out: &mut String) {
    let view = cx.view;
    let lines = crate::dis::lines(code);
    let lw = lines
        .iter()
        .filter_map(|l| l.line)
        .max()
        .map_or(3, |m| m.to_string().len().max(3));
    let texts: Vec<String> = lines
        .iter()
        .map(|l| crate::dis::format_line(l, lw))
        .collect();
    let notes: Vec<Option<(String, u32)>> = lines
        .iter()
        .map(|l| f.and_then(|f| annotate(cx, code, f, l.instr)))
        .collect();
    let col = texts
        .iter()
        .zip(&notes)
        .filter(|(_, n)| n.is_some())
        .map(|(t, _)| width(t))
        .max()
        .unwrap_or(0)
        + 2;
    for (i, ((l, text), note)) in lines.iter().zip(&texts).zip(notes).enumerate() {
        if i > 0 && l.line.is_some() {
            out.push('\n');
        }
        let ink = is_closure_op(l.instr).then_some(Ink::Accent);
        match note {
            Some((note, cell)) => {
                let _ = writeln!(
                    out,
                    "{}{}",
                    paint(&pad(text, col), ink, view),
                    paint(
                        &note,
                        Some(if cell == 0 { Ink::Dim } else { Ink::Cell(cell) }),
                        view
                    )
                );
            }
            None => {
                let _ = writeln!(out, "{}", paint(text, ink, view));
            }
        }
    }
    exception_table(code, view, out);
}

/// The exception table exactly as crate::dis prints it.
fn exception_table(code: &Code, _view: &View, out: &mut String) {
    let text = crate::dis::disassemble_one(code);
    if let Some(at) = text.find("ExceptionTable:\n") {
        out.push_str(&text[at..]);
    }
}

/// The instructions that make, pass or use cells.
fn is_closure_op(i: Instr) -> bool {
    match i {
        Instr::MakeCell(_)
        | Instr::CopyFreeVars(_)
        | Instr::LoadClosure(_)
        | Instr::LoadDeref(_)
        | Instr::StoreDeref(_)
        | Instr::DeleteDeref(_)
        | Instr::LoadClassDeref(_) => true,
        Instr::MakeFunction(flags) => flags & crate::code::make_function::CLOSURE != 0,
        _ => false,
    }
}

/// The live-cell note for one instruction of `f`'s own code, with the
/// cell id that colors it.
fn annotate(
    cx: &mut Ctx<'_>,
    code: &Code,
    f: &Rc<Function>,
    instr: Instr,
) -> Option<(String, u32)> {
    if f.closure.is_empty() {
        return cell_var_note(code, instr);
    }
    if let Instr::CopyFreeVars(_) = instr {
        let cells: Vec<String> = f
            .closure
            .iter()
            .zip(code.freevars.iter())
            .map(|(c, v)| format!("cell#{} ({v})", c.id))
            .collect();
        let verb = if cells.len() == 1 { "enters" } else { "enter" };
        return Some((
            format!("{} {verb} from __closure__", cells.join(", ")),
            f.closure[0].id,
        ));
    }
    let (slot, verb) = match instr {
        Instr::LoadDeref(i) | Instr::LoadClassDeref(i) => (i, "reads"),
        Instr::StoreDeref(i) => (i, "writes"),
        Instr::DeleteDeref(i) => (i, "empties"),
        Instr::LoadClosure(i) => (i, "passes on"),
        _ => return cell_var_note(code, instr),
    };
    let Some(cell) = free_cell(code, f, slot as usize) else {
        return cell_var_note(code, instr);
    };
    let now = super::cell_value(cx, &cell, 40);
    Some((format!("{verb} cell#{}, now {now}", cell.id), cell.id))
}

/// The closure cell behind fast-local slot `slot`, if it is a free variable.
fn free_cell(code: &Code, f: &Function, slot: usize) -> Option<Rc<CellObj>> {
    let first_free = code.nlocalsplus() - code.freevars.len();
    let j = slot.checked_sub(first_free)?;
    f.closure.get(j).cloned()
}

/// Cell variables are made fresh by every call: no one live cell to name.
fn cell_var_note(code: &Code, instr: Instr) -> Option<(String, u32)> {
    let slot = match instr {
        Instr::MakeCell(i) => i,
        _ => return None,
    };
    let (name, kind) = code.localsplus.get(slot as usize)?;
    (*kind == SlotKind::Cell).then(|| (format!("each call makes a new cell for {name}"), 0))
}
