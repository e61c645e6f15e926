//! `:cells` — every live cell as one sharing diagram: holders on the left
//! with the variable name they use, lines joining at the cell, the cell's
//! contents on the right, shared cells marked:
//!
//! ```text
//!   get ─────── x ──┐
//!   set_value ─ x ──┴──▶ cell#1 ──▶ 0      shared by 2 functions
//!   add5 ────── n ─────▶ cell#2 ──▶ 5
//! ```

use super::Ctx;
use super::canvas::{Canvas, Ink, View, truncate, width};
use super::sharing::{CellNode, Holder, Sharing};

/// The rows `:cells` draws before it leaves cells out (a screenful).
const SCREENFUL: usize = 40;

/// `:cells [NAME...] [--all]`: every live cell; with names, only the
/// cells those functions hold. More than a screenful shows the shared
/// cells first and says how many it left out, unless `--all`.
pub fn cmd_cells(cx: &mut Ctx<'_>, arg: &str) -> Result<String, String> {
    let all = arg.split_whitespace().any(|w| w == "--all");
    let names: Vec<&str> = arg.split_whitespace().filter(|w| *w != "--all").collect();
    let wanted = held_by(cx, &names)?;
    let sharing = Sharing::build(cx.vm());
    let mut nodes: Vec<&CellNode> = sharing
        .cells
        .iter()
        .filter(|n| wanted.as_ref().is_none_or(|ids| ids.contains(&n.cell.id)))
        .collect();
    if nodes.is_empty() {
        return Ok(match wanted {
            Some(_) => format!("{} hold no live cells\n", names.join(", ")),
            None => "no live cells: no function has captured a variable yet\n".to_string(),
        });
    }
    let left_out = if all { 0 } else { screenful(&mut nodes) };
    let cells = diagram_cells(cx, &sharing, &nodes);
    let mut text = draw(&cells, cx.view);
    if left_out > 0 {
        text.push_str(&format!(
            "… {left_out} more cell{} not shown (shared ones come first): :cells --all shows every cell, :cells NAME the cells of NAME\n",
            if left_out == 1 { "" } else { "s" }
        ));
    }
    Ok(text)
}

/// The ids of the cells the functions `names` evaluate to hold (looking
/// through wrappers); None when no names are given.
fn held_by(cx: &mut Ctx<'_>, names: &[&str]) -> Result<Option<Vec<u32>>, String> {
    if names.is_empty() {
        return Ok(None);
    }
    let mut ids = Vec::new();
    for name in names {
        let value = super::eval_expr(cx, name)?;
        let mut values = vec![value.clone()];
        values.extend(
            super::wrapped::layers(cx, name, &value)
                .into_iter()
                .map(|l| l.inner),
        );
        let functions: Vec<_> = values.iter().filter_map(super::as_function).collect();
        if functions.is_empty() {
            return Err(format!(
                ":cells {name}: {name} is not a Python function, it holds no cells"
            ));
        }
        ids.extend(
            functions
                .iter()
                .flat_map(|f| f.closure.iter().map(|c| c.id)),
        );
    }
    Ok(Some(ids))
}

/// Keeps a screenful of rows, shared cells first (each in its order);
/// returns how many cells it left out.
fn screenful(nodes: &mut Vec<&CellNode>) -> usize {
    let rows = |n: &CellNode| n.holders.len().max(1);
    if nodes.iter().map(|n| rows(n)).sum::<usize>() <= SCREENFUL {
        return 0;
    }
    nodes.sort_by_key(|n| n.holders.len() < 2); // stable: shared first
    let mut used = 0;
    let keep = nodes
        .iter()
        .take_while(|n| {
            used += rows(n);
            used <= SCREENFUL
        })
        .count()
        .max(1);
    let left_out = nodes.len() - keep;
    nodes.truncate(keep);
    left_out
}

/// One cell of a sharing diagram, as plain text: what `:cells`, `:export`
/// and the stepper draw.
#[derive(Clone, Debug, PartialEq)]
pub struct DiagramCell {
    pub id: u32,
    /// The contents (`(empty)`), or `0 → 1` for a cell that just changed.
    pub value: String,
    pub note: Option<String>,
    /// (holder label, variable name), in drawing order.
    pub holders: Vec<(String, String)>,
    /// The value is a change to point out.
    pub changed: bool,
}

/// The live cells `nodes` as diagram cells.
pub fn diagram_cells(cx: &mut Ctx<'_>, sharing: &Sharing, nodes: &[&CellNode]) -> Vec<DiagramCell> {
    nodes
        .iter()
        .map(|n| DiagramCell {
            id: n.cell.id,
            value: super::cell_value(cx, &n.cell, 200),
            note: note(n),
            holders: n
                .holders
                .iter()
                .map(|h| (h.label(&sharing.namer), h.var().to_string()))
                .collect(),
            changed: false,
        })
        .collect()
}

/// Every live cell of `interp` as diagram cells, each value described by
/// `describe` (the projector page passes one that runs no Python code).
pub fn live_cells(
    interp: &mut crate::interpreter::Interpreter,
    view: &View,
    describe: &dyn Fn(&crate::value::Value) -> String,
) -> Vec<DiagramCell> {
    let cx = &mut Ctx { interp, view };
    let sharing = Sharing::build(cx.vm());
    sharing
        .cells
        .iter()
        .map(|n| DiagramCell {
            id: n.cell.id,
            value: n
                .cell
                .get()
                .map_or_else(|| "(empty)".to_string(), |v| describe(&v)),
            note: note(n),
            holders: n
                .holders
                .iter()
                .map(|h| (h.label(&sharing.namer), h.var().to_string()))
                .collect(),
            changed: false,
        })
        .collect()
}

/// Column positions shared by every row of one diagram.
struct Columns {
    label: usize,
    var: usize,
    join: usize,
    cell: usize,
    value_max: usize,
}

/// The diagram of `cells`, one group of rows per cell.
pub fn draw(cells: &[DiagramCell], view: &View) -> String {
    let mut canvas = Canvas::new();
    let rows: Vec<Vec<(String, String)>> = cells.iter().map(|c| holder_rows(c, view)).collect();
    let cols = columns(&rows, cells, view);
    let mut row = 0;
    for (cell, group) in cells.iter().zip(&rows) {
        draw_group(cell, group, &cols, row, &mut canvas, view);
        row += group.len();
    }
    canvas.render(view)
}

/// (label, variable) per holder; a cell nobody holds gets one row.
fn holder_rows(cell: &DiagramCell, view: &View) -> Vec<(String, String)> {
    let max = (view.width / 3).max(12);
    if cell.holders.is_empty() {
        return vec![("(no function or frame)".to_string(), String::new())];
    }
    cell.holders
        .iter()
        .map(|(label, var)| (truncate(label, max, view.ascii), var.clone()))
        .collect()
}

fn columns(rows: &[Vec<(String, String)>], cells: &[DiagramCell], view: &View) -> Columns {
    let all = rows.iter().flatten();
    let label_w = all.clone().map(|(l, _)| width(l)).max().unwrap_or(0);
    let var_w = all.map(|(_, v)| width(v)).max().unwrap_or(0);
    let id_w = cells
        .iter()
        .map(|c| width(&format!("cell#{}", c.id)))
        .max()
        .unwrap_or(6);
    let label = 2;
    let var = label + label_w + 3;
    let join = var + var_w + 3;
    let cell = join + 5;
    let value_max = view.width.saturating_sub(cell + id_w + 5).max(8);
    Columns {
        label,
        var,
        join,
        cell,
        value_max,
    }
}

fn draw_group(
    cell: &DiagramCell,
    group: &[(String, String)],
    cols: &Columns,
    top: usize,
    canvas: &mut Canvas,
    view: &View,
) {
    let ink = Some(Ink::Cell(cell.id));
    let k = group.len();
    let arrow_row = k / 2;
    for (i, (label, var)) in group.iter().enumerate() {
        let row = top + i;
        let end = canvas.put(row, cols.label, label, None);
        canvas.hline(row, end + 1, cols.var - 1, ink);
        let end = canvas.put(row, cols.var, var, None);
        canvas.hline(row, end + 1, cols.join, ink);
        canvas.put(row, cols.join, joint(i, k, arrow_row), ink);
    }
    let row = top + arrow_row;
    canvas.put(row, cols.join + 1, "──▶ ", ink);
    let id = format!("cell#{}", cell.id);
    let end = canvas.put(row, cols.cell, &id, ink);
    let end = canvas.put(row, end, " ──▶ ", ink);
    let note = cell.note.clone().unwrap_or_default();
    let (value_max, note_max) = budgets(cols.value_max, width(&note));
    let value = truncate(&cell.value, value_max, view.ascii);
    let value_ink = cell.changed.then_some(Ink::Accent);
    let end = canvas.put(row, end, &value, value_ink);
    if note.is_empty() {
        return;
    }
    let room = (note_max + value_max).saturating_sub(width(&value));
    if width(&note) > room && k >= 2 {
        let room = view.width.saturating_sub(cols.cell);
        let note = truncate(&note, room, view.ascii);
        canvas.put(top, cols.cell, &note, Some(Ink::Dim)); // a row free right of its joint
    } else if note_max > 0 {
        let note = truncate(&note, room, view.ascii);
        canvas.put(row, end + 3, &note, Some(Ink::Dim));
    }
}

/// Splits the columns right of the cell id between value and note: the
/// value keeps at least 20, the note what is left.
fn budgets(total: usize, note: usize) -> (usize, usize) {
    if note == 0 {
        return (total, 0);
    }
    let value = total.saturating_sub(note + 3).max(20.min(total));
    (value, total.saturating_sub(value + 3))
}

/// The line's joint at row `i` of `k`: `┐` `┤` `┼` `┴` `┘`, or `─` alone.
fn joint(i: usize, k: usize, arrow_row: usize) -> &'static str {
    match (i, i == arrow_row) {
        _ if k == 1 => "─",
        (0, _) => "┐",
        (i, true) if i + 1 == k => "┴",
        (_, true) => "┼",
        (i, false) if i + 1 == k => "┘",
        _ => "┤",
    }
}

/// What is worth saying about a cell's holders.
pub fn note(node: &CellNode) -> Option<String> {
    let funcs: Vec<_> = node
        .holders
        .iter()
        .filter_map(|h| match h {
            Holder::Function { func, .. } => Some(func),
            Holder::Frame { .. } => None,
        })
        .collect();
    let frames = node.holders.len() - funcs.len();
    note_for(&node.cell, &funcs, frames)
}

/// What is worth saying about `cell`, held by `funcs` and `frames` frames:
/// late binding, a cycle, sharing, emptiness.
pub fn note_for(
    cell: &crate::value::CellObj,
    funcs: &[&std::rc::Rc<crate::value::Function>],
    frames: usize,
) -> Option<String> {
    let holders = funcs.len() + frames;
    if funcs.len() >= 2 && one_definition(funcs) {
        return Some(format!(
            "one loop variable, {} closures: late binding",
            funcs.len()
        ));
    }
    if let Some(crate::value::Value::Function(held)) = cell.get()
        && funcs.iter().any(|f| std::rc::Rc::ptr_eq(f, &held))
    {
        return Some("a cycle: holds its holder".into());
    }
    match (funcs.len(), frames) {
        (0, 0) if cell.is_empty() => Some("empty".into()),
        (_, 0) | (0, _) if holders < 2 => None,
        (f, 0) => Some(format!("shared by {f} functions")),
        (0, r) => Some(format!("shared by {r} frames")),
        (1, 1) => Some("shared by a function and a frame".into()),
        (f, r) => Some(format!(
            "shared by {f} functions and {r} frame{}",
            if r == 1 { "" } else { "s" }
        )),
    }
}

/// The closures come from one `def`/`lambda` run several times in the
/// same frame (same code, same line): a loop made them.
fn one_definition(funcs: &[&std::rc::Rc<crate::value::Function>]) -> bool {
    let first = funcs[0];
    funcs.iter().all(|f| {
        std::rc::Rc::ptr_eq(&f.code, &first.code)
            && f.origin.as_ref().map(|o| o.1) == first.origin.as_ref().map(|o| o.1)
    })
}
