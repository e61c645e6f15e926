//! `:closure EXPR` — one function's closure: for each free variable,
//! name ──▶ cell ──▶ current contents, and who else holds that cell:
//!
//! ```text
//! get  (outer.<locals>.get, made by outer() at line 10)
//!   x ──▶ cell#1 ──▶ 0        also held by: set_value
//! ```

use super::Ctx;
use super::canvas::{Ink, pad, paint, truncate, width};
use super::sharing::{Holder, Sharing};
use crate::symtable::Scope;
use crate::value::Function;
use std::fmt::Write;
use std::rc::Rc;

/// `:closure`
pub fn cmd_closure(cx: &mut Ctx<'_>, f: &Rc<Function>) -> String {
    let sharing = Sharing::build(cx.vm());
    let mut out = header(&sharing, f);
    if f.closure.is_empty() {
        no_closure(cx, f, &mut out);
    } else {
        closure_rows(cx, &sharing, f, &mut out);
    }
    cellvars_note(&sharing, f, &mut out);
    out
}

/// `get  (outer.<locals>.get, made by outer() at line 10)`
pub fn header(sharing: &Sharing, f: &Rc<Function>) -> String {
    let name = sharing.namer.function(f);
    let qualname = f.code.qualname.clone();
    let mut about = Vec::new();
    if *name != *qualname {
        about.push(qualname.to_string());
    }
    let shown_as = f.qualname(); // functools.wraps copies the wrapped one's
    if *shown_as != *qualname {
        about.push(format!("__qualname__ set to {shown_as}"));
    }
    about.extend(super::made_by(f));
    if about.is_empty() {
        format!("{name}\n")
    } else {
        format!("{name}  ({})\n", about.join(", "))
    }
}

fn closure_rows(cx: &mut Ctx<'_>, sharing: &Sharing, f: &Rc<Function>, out: &mut String) {
    let view = cx.view;
    let vars = &f.code.freevars;
    let var_w = vars.iter().map(|v| width(v)).max().unwrap_or(1);
    let id_w = f
        .closure
        .iter()
        .map(|c| width(&format!("cell#{}", c.id)))
        .max()
        .unwrap_or(6);
    let left = 2 + var_w + 5 + id_w + 5;
    let value_max = view.width.saturating_sub(left + 2).clamp(12, 40);
    let values: Vec<String> = f
        .closure
        .iter()
        .map(|c| super::cell_value(cx, c, value_max))
        .collect();
    let value_w = values.iter().map(|v| width(v)).max().unwrap_or(0);
    for ((cell, var), value) in f.closure.iter().zip(vars.iter()).zip(&values) {
        let ink = Some(Ink::Cell(cell.id));
        let id = pad(&format!("cell#{}", cell.id), id_w);
        let mut line = format!(
            "  {} {} {} {} {}",
            pad(var, var_w),
            paint("──▶", ink, view),
            paint(&id, ink, view),
            paint("──▶", ink, view),
            value
        );
        let others = others(sharing, f, cell);
        if !others.is_empty() {
            let count = if others.len() > 3 {
                format!(" {}", others.len())
            } else {
                String::new()
            };
            let note = format!("also held by{count}: {}", others.join(", "));
            let used = left + value_w + 3;
            if used + width(&note) <= view.width {
                line = format!(
                    "{}   {}",
                    pad_painted(&line, value, value_w),
                    paint(&note, Some(Ink::Dim), view)
                );
            } else {
                let room = view.width.saturating_sub(left);
                let note = truncate(&note, room.max(20), view.ascii);
                let _ = write!(
                    line,
                    "\n{}{}",
                    " ".repeat(left),
                    paint(&note, Some(Ink::Dim), view)
                );
            }
        }
        out.push_str(&line);
        out.push('\n');
    }
}

/// `line` (which ends in `value`) padded so notes line up.
fn pad_painted(line: &str, value: &str, value_w: usize) -> String {
    format!("{line}{}", " ".repeat(value_w.saturating_sub(width(value))))
}

/// Every holder of `cell` other than `f`: learner names, frames.
fn others(sharing: &Sharing, f: &Rc<Function>, cell: &crate::value::CellObj) -> Vec<String> {
    let Some(node) = sharing.node(cell) else {
        return Vec::new();
    };
    node.holders
        .iter()
        .filter(|h| !matches!(h, Holder::Function { func, .. } if Rc::ptr_eq(func, f)))
        .map(|h| match h {
            Holder::Function { func, var } if **var != *cell_var(f, cell) => {
                format!("{} (as {var})", sharing.namer.function(func))
            }
            other => other.label(&sharing.namer),
        })
        .collect()
}

fn cell_var(f: &Function, cell: &crate::value::CellObj) -> String {
    f.closure
        .iter()
        .position(|c| c.id == cell.id)
        .and_then(|i| f.code.freevars.get(i))
        .map_or(String::new(), |n| n.to_string())
}

/// A function without free variables, and its defaults (the fix for late
/// binding keeps values there, not in cells).
fn no_closure(cx: &mut Ctx<'_>, f: &Rc<Function>, out: &mut String) {
    out.push_str("  no free variables: __closure__ is None\n");
    let globals: Vec<String> = f
        .code
        .block
        .symbols
        .values()
        .filter(|s| {
            s.flags.used && matches!(s.scope, Scope::GlobalImplicit | Scope::GlobalExplicit)
        })
        .filter(|s| cx.vm().globals.get_by_name(&s.name).is_some())
        .map(|s| format!("`{}`", s.name))
        .collect();
    if !globals.is_empty() {
        let _ = writeln!(
            out,
            "  reads globals {}: it sees their values when called",
            globals.join(", ")
        );
    }
    let Some(defaults) = f.defaults() else { return };
    let argc = f.code.argcount as usize;
    let names = &f.code.varnames
        [argc.saturating_sub(defaults.items.len())..argc.min(f.code.varnames.len())];
    let parts: Vec<String> = names
        .iter()
        .zip(defaults.items.iter())
        .map(|(n, v)| format!("{n}={}", super::short_repr(cx, v, 30)))
        .collect();
    let _ = writeln!(
        out,
        "  defaults: {}  (values stored when the def ran; no cell)",
        parts.join(", ")
    );
}

/// For a factory: each call makes fresh cells; which live ones came
/// from its calls, found through the functions those calls made.
fn cellvars_note(sharing: &Sharing, f: &Rc<Function>, out: &mut String) {
    if f.code.cellvars.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "  each call makes new cells for: {}  (co_cellvars)",
        f.code.cellvars.join(", ")
    );
    let live: Vec<String> = made_cells(sharing, &f.code)
        .into_iter()
        .map(|(id, var, holder)| format!("cell#{id} ({var}, held by {holder})"))
        .collect();
    if !live.is_empty() {
        let _ = writeln!(out, "  live cells from its calls: {}", live.join(", "));
    }
}

/// (cell id, variable, first holder) of the live cells made by frames of
/// `code`: cells held by functions whose code is nested in `code`.
pub fn made_cells(sharing: &Sharing, code: &Rc<crate::code::Code>) -> Vec<(u32, String, String)> {
    let mut out = Vec::new();
    for node in &sharing.cells {
        let made_here = node.holders.iter().find(|h| match h {
            Holder::Function { func, var } => {
                func.origin
                    .as_ref()
                    .is_some_and(|(c, _)| Rc::ptr_eq(c, code))
                    && code.cellvars.contains(var)
            }
            Holder::Frame { code: c, .. } => Rc::ptr_eq(c, code),
        });
        if let Some(h) = made_here {
            out.push((node.cell.id, h.var().to_string(), h.label(&sharing.namer)));
        }
    }
    out
}

/// `:closure p` for a callable object that is not a function
/// (`functools.partial`, `operator.itemgetter`, an instance with
/// `__call__`): it holds no cells; its state is in its attributes.
pub fn cmd_object(cx: &mut Ctx<'_>, arg: &str, inst: &Rc<crate::value::Instance>) -> String {
    let class = inst.class.tp_name();
    let mut out = format!(
        "{arg}  (a{} {class} object: no cells, it keeps what it holds as attributes)\n",
        super::article(&class)
    );
    let attrs = inst.dict.items();
    if attrs.is_empty() {
        out.push_str("  no attributes\n");
    }
    let name_w = attrs
        .iter()
        .map(|(k, _)| width(&attr_label(k)))
        .max()
        .unwrap_or(0);
    for (k, v) in &attrs {
        let label = attr_label(k);
        let value = super::short_repr(cx, v, 50);
        let _ = writeln!(out, "  {} ──▶ {value}", pad(&label, name_w));
        if let crate::value::Value::Function(f) = v
            && !f.closure.is_empty()
        {
            let _ = writeln!(
                out,
                "  {} has its own closure: :closure {arg}.{}",
                pad("", name_w),
                k.as_str().unwrap_or("?")
            );
        }
    }
    out
}

/// An attribute's name as `:closure` shows it (`_items` → `items`).
fn attr_label(k: &crate::value::Value) -> String {
    let name = k.as_str().unwrap_or("?");
    name.strip_prefix('_').unwrap_or(name).to_string()
}

/// `:closure g` for a generator: the cells its suspended frame holds as
/// cell variables, with their other holders.
pub fn cmd_generator(cx: &mut Ctx<'_>, arg: &str, g: &Rc<crate::value::Generator>) -> String {
    let addr = Rc::as_ptr(g) as usize;
    let sharing = Sharing::build(cx.vm());
    let view = cx.view;
    let rows: Vec<(String, Rc<crate::value::CellObj>)> = sharing
        .cells
        .iter()
        .flat_map(|n| n.holders.iter().map(move |h| (h, n)))
        .filter_map(|(h, n)| match h {
            Holder::Frame { gen_addr, var, .. } if *gen_addr == addr => {
                Some((var.to_string(), n.cell.clone()))
            }
            _ => None,
        })
        .collect();
    let mut out = format!("{arg}  (a suspended generator: its frame holds these cells)\n");
    if rows.is_empty() {
        out.push_str("  no cell variables in its frame\n");
    }
    for (var, cell) in rows {
        let ink = Some(Ink::Cell(cell.id));
        let value = super::cell_value(cx, &cell, 40);
        let others: Vec<String> = sharing
            .node(&cell)
            .map(|n| {
                n.holders
                    .iter()
                    .filter(|h| matches!(h, Holder::Function { .. }))
                    .map(|h| h.label(&sharing.namer))
                    .collect()
            })
            .unwrap_or_default();
        let _ = write!(
            out,
            "  {var} {} {} {} {value}",
            paint("──▶", ink, view),
            paint(&format!("cell#{}", cell.id), ink, view),
            paint("──▶", ink, view)
        );
        if !others.is_empty() {
            let _ = write!(
                out,
                "   {}",
                paint(
                    &format!("also held by: {}", others.join(", ")),
                    Some(Ink::Dim),
                    view
                )
            );
        }
        out.push('\n');
    }
    out
}
