//! One step of a recording, drawn for the terminal:
//!
//! ```text
//!     step 9/23 · inc() writes count: cell#1 0 → 1
//!          4          nonlocal count
//!       ▶  5          count += 1
//!     frames
//!       <module>  line 9
//!         c = <function inc>
//!       inc()  line 5
//!         count ──▶ cell#1 ──▶ 0 → 1
//!     returned, cells alive
//!       make_counter() returned; its cell#1 lives on in c
//!     cells
//!       c ─ count ──▶ cell#1 ──▶ 0 → 1
//!     output
//!       (nothing printed yet)
//! ```
//!
//! Every line fits the view's width; colors only mark, never carry, meaning.

use super::{CellRec, FrameRec, Recording, Returned, Shown, Step, Var};
use crate::inspect::{DiagramCell, Ink, View, draw_cells, paint, truncate};

/// How many source lines a step shows at most.
const SOURCE_LINES: usize = 15;
/// How many lines of output a step shows at most.
const OUTPUT_LINES: usize = 8;

/// The view of step `k` (0-based) of `rec`.
pub fn render(rec: &Recording, k: usize, view: &View) -> String {
    let step = rec.step(k);
    let mut out = Lines::new(view);
    let header = format!("step {}/{} · {}", k + 1, rec.steps.len(), step.words);
    out.push(&header, Some(Ink::Accent));
    source(rec, step, &mut out);
    frames(step, &mut out);
    returned(step, &mut out);
    cells(step, &mut out);
    output(rec, step, &mut out);
    out.text
}

/// Lines of a view, each cut to the width and painted.
struct Lines<'a> {
    view: &'a View,
    text: String,
}

impl Lines<'_> {
    fn new(view: &View) -> Lines<'_> {
        Lines {
            view,
            text: String::new(),
        }
    }

    fn push(&mut self, line: &str, ink: Option<Ink>) {
        let line = truncate(line, self.view.width.saturating_sub(1), self.view.ascii);
        self.text.push_str(&paint(&line, ink, self.view));
        self.text.push('\n');
    }

    fn heading(&mut self, title: &str) {
        self.push(title, Some(Ink::Dim));
    }
}

/// The source of the code running, the current line marked.
fn source(rec: &Recording, step: &Step, out: &mut Lines<'_>) {
    let (text, line) = match &step.at {
        Some((code, line)) => (code.source.clone(), *line),
        None => (rec.source.clone(), 0),
    };
    let mut lines: Vec<&str> = text.lines().collect();
    while lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }
    if !std::ptr::eq(&*text, &*rec.source) && *text != *rec.source {
        out.heading("(in code from an earlier input)");
    }
    let (from, to) = window(lines.len(), line as usize);
    let numw = to.to_string().len();
    for (n, src) in lines.iter().enumerate().take(to).skip(from) {
        let here = n + 1 == line as usize;
        let mark = if here { "▶" } else { " " };
        let text = format!("  {mark} {:>numw$}  {src}", n + 1);
        out.push(&text, here.then_some(Ink::Accent));
    }
}

/// Lines `from..to` (0-based) to show around 1-based `line`.
fn window(total: usize, line: usize) -> (usize, usize) {
    if total <= SOURCE_LINES {
        return (0, total);
    }
    let from = line.saturating_sub(SOURCE_LINES / 2 + 1);
    let from = from.min(total - SOURCE_LINES);
    (from, from + SOURCE_LINES)
}

fn frames(step: &Step, out: &mut Lines<'_>) {
    out.heading("frames");
    for f in &step.frames {
        frame(f, step, "", out);
    }
    if !step.suspended.is_empty() {
        out.heading("suspended generators");
        for f in &step.suspended {
            frame(f, step, " (suspended)", out);
        }
    }
}

fn frame(f: &FrameRec, step: &Step, tag: &str, out: &mut Lines<'_>) {
    let line = if f.line == 0 {
        String::new()
    } else {
        format!("  line {}", f.line)
    };
    out.push(&format!("  {}{tag}{line}", f.title), None);
    for v in &f.vars {
        let ink = match v.shown {
            Shown::Cell(id) => Some(Ink::Cell(id)),
            _ => None,
        };
        out.push(&format!("    {}", var_words(v, step)), ink);
    }
}

/// `n = 5`, `count ──▶ cell#1 ──▶ 0 → 1`, `x  (not bound yet)`.
pub fn var_words(v: &Var, step: &Step) -> String {
    match &v.shown {
        Shown::Unbound => format!("{}  (not bound yet)", v.name),
        Shown::Value(s) => format!("{} = {s}", v.name),
        Shown::Cell(id) => format!("{} ──▶ cell#{id} ──▶ {}", v.name, cell_value(step, *id)),
    }
}

/// A cell's contents at this step: `0 → 1` if this step changed it.
fn cell_value(step: &Step, id: u32) -> String {
    if let Some(c) = step.change.as_ref().filter(|c| c.cell == id) {
        let old = c.old.as_deref().unwrap_or("(empty)");
        let new = c.new.as_deref().unwrap_or("(empty)");
        return format!("{old} → {new}");
    }
    match step.cells.iter().find(|c| c.id == id) {
        Some(c) => c.value_text().to_string(),
        None => "(gone)".to_string(),
    }
}

fn returned(step: &Step, out: &mut Lines<'_>) {
    if step.returned.is_empty() {
        return;
    }
    out.heading("returned, cells alive");
    for r in step.returned.iter() {
        out.push(&format!("  {}", returned_words(r)), None);
    }
}

/// `make_counter() returned; its cell#1 lives on in c`
pub fn returned_words(r: &Returned) -> String {
    let cells: Vec<String> = r.cells.iter().map(|id| format!("cell#{id}")).collect();
    let verb = if cells.len() == 1 { "lives" } else { "live" };
    let held = if r.holders.is_empty() {
        String::new()
    } else {
        let names: Vec<&str> = r.holders.iter().map(|h| &**h).collect();
        format!(" in {}", names.join(", "))
    };
    format!(
        "{} returned; its {} {verb} on{held}",
        r.call,
        cells.join(", ")
    )
}

fn cells(step: &Step, out: &mut Lines<'_>) {
    if step.cells.is_empty() {
        return;
    }
    out.heading("cells");
    let cells = diagram_cells(step);
    let view = View {
        width: out.view.width.saturating_sub(1),
        ..*out.view
    };
    out.text.push_str(&draw_cells(&cells, &view));
}

/// The cells of a step as a sharing diagram (for views, slides, the page).
pub fn diagram_cells(step: &Step) -> Vec<DiagramCell> {
    step.cells.iter().map(|c| diagram_cell(c, step)).collect()
}

fn diagram_cell(c: &CellRec, step: &Step) -> DiagramCell {
    let mut holders: Vec<(String, String)> = c
        .holders
        .iter()
        .map(|(h, v)| (h.to_string(), v.to_string()))
        .collect();
    if c.more > 0 {
        holders.push((format!("(and {} more)", c.more), String::new()));
    }
    DiagramCell {
        id: c.id,
        value: cell_value(step, c.id),
        note: c.note.as_deref().map(str::to_string),
        holders,
        changed: step.change.as_ref().is_some_and(|ch| ch.cell == c.id),
    }
}

fn output(rec: &Recording, step: &Step, out: &mut Lines<'_>) {
    out.heading("output");
    let printed = rec.output.get(..step.output).unwrap_or(&rec.output);
    let lines: Vec<&str> = printed.lines().collect();
    if lines.is_empty() {
        out.push("  (nothing printed yet)", Some(Ink::Dim));
        return;
    }
    let skip = lines.len().saturating_sub(OUTPUT_LINES);
    if skip > 0 {
        out.push(&format!("  ({skip} earlier lines)"), Some(Ink::Dim));
    }
    for line in &lines[skip..] {
        out.push(&format!("  {line}"), None);
    }
}
