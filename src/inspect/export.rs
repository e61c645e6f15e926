//! `:export FILE.svg [EXPR]` and `:export FILE.dot [EXPR]` — the sharing
//! diagram (every live cell, or only the cells of one function) for slides.
//! The SVG is drawn by hand as the text diagram is: holder boxes on the
//! left, one box per cell on the right with its contents, lines labelled
//! with the variable name, one color per cell, large monospace text. The
//! DOT file is the same graph for Graphviz.

use super::Ctx;
use super::cells::DiagramCell;
use super::sharing::{CellNode, Sharing};
use std::fmt::Write;
use std::rc::Rc;

/// `:export`
pub fn cmd_export(cx: &mut Ctx<'_>, arg: &str) -> Result<String, String> {
    let (file, expr) = match arg.split_once(char::is_whitespace) {
        Some((f, e)) => (f, e.trim()),
        None => (arg, ""),
    };
    let usage = "usage: :export FILE.svg [EXPR]  or  :export FILE.dot [EXPR]";
    if file.is_empty() {
        return Err(usage.into());
    }
    let only = if expr.is_empty() {
        None
    } else {
        Some(super::target(cx, "export", expr)?)
    };
    let sharing = Sharing::build(cx.vm());
    let nodes = selected(&sharing, only.as_ref());
    let cells = super::cells::diagram_cells(cx, &sharing, &nodes);
    let text = render(file, &cells)
        .ok_or_else(|| format!("{usage}  (`{file}` is neither .svg nor .dot)"))?;
    std::fs::write(file, text).map_err(|e| format!("cannot write {file}: {e}"))?;
    Ok(format!("wrote {file}: {}\n", summary(&cells)))
}

/// `1 cell, held by get and set_value` / `12 cells, held by 14 functions
/// or frames`.
fn summary(cells: &[DiagramCell]) -> String {
    let mut holders: Vec<&str> = Vec::new();
    for (label, _) in cells.iter().flat_map(|c| &c.holders) {
        if !holders.contains(&label.as_str()) {
            holders.push(label);
        }
    }
    let count = match cells.len() {
        1 => "1 cell".to_string(),
        n => format!("{n} cells"),
    };
    match holders.as_slice() {
        [] => count,
        [one] => format!("{count}, held by {one}"),
        [rest @ .., last] if holders.len() <= 4 => {
            format!("{count}, held by {} and {last}", rest.join(", "))
        }
        _ => format!("{count}, held by {} functions or frames", holders.len()),
    }
}

/// The diagram of `cells` as an SVG or DOT file's text, by `file`'s
/// extension; None for another extension.
pub fn render(file: &str, cells: &[DiagramCell]) -> Option<String> {
    if file.ends_with(".svg") {
        Some(svg(cells))
    } else if file.ends_with(".dot") || file.ends_with(".gv") {
        Some(dot(cells))
    } else {
        None
    }
}

/// The cells to draw: all, or those in one function's closure.
fn selected<'a>(
    sharing: &'a Sharing,
    only: Option<&Rc<crate::value::Function>>,
) -> Vec<&'a CellNode> {
    match only {
        None => sharing.cells.iter().collect(),
        Some(f) => f.closure.iter().filter_map(|c| sharing.node(c)).collect(),
    }
}

/// One color per cell in turn: the Okabe-Ito palette, which viewers with
/// each common kind of color blindness still tell apart, dark enough to
/// read on white and light enough on black.
pub const COLORS: [&str; 6] = [
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
];

fn color(id: u32) -> &'static str {
    COLORS[palette_index(id)]
}

/// Which palette color cell `id` gets.
fn palette_index(id: u32) -> usize {
    (id as usize).saturating_sub(1) % COLORS.len()
}

fn dot(cells: &[DiagramCell]) -> String {
    let mut out = String::from(
        "digraph cells {\n  rankdir=LR;\n  node [fontname=\"monospace\", fontsize=20];\n  edge [fontname=\"monospace\", fontsize=16];\n",
    );
    let mut holders: Vec<&str> = Vec::new();
    for c in cells {
        for (h, _) in &c.holders {
            if !holders.contains(&h.as_str()) {
                holders.push(h);
                let _ = writeln!(out, "  \"{}\" [shape=box];", esc(h));
            }
        }
    }
    for c in cells {
        let note = c
            .note
            .as_ref()
            .map_or(String::new(), |n| format!("\\n{}", esc(n)));
        let _ = writeln!(
            out,
            "  cell{} [shape=box, style=rounded, color=\"{}\", label=\"cell#{} ──▶ {}{note}\"];",
            c.id,
            color(c.id),
            c.id,
            esc(&c.value)
        );
        for (h, var) in &c.holders {
            let _ = writeln!(
                out,
                "  \"{}\" -> cell{} [label=\"{}\", color=\"{}\"];",
                esc(h),
                c.id,
                esc(var),
                color(c.id)
            );
        }
    }
    out.push_str("}\n");
    out
}

fn esc(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

fn xml(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Geometry of the SVG, in pixels: 24px monospace text.
const FONT: usize = 24;
const CHAR_W: usize = 15;
const ROW_H: usize = 48;
const GAP: usize = 16;

/// A standalone SVG file: white background, black text.
fn svg(cells: &[DiagramCell]) -> String {
    svg_styled(cells, true)
}

/// An SVG to put inside a page: no background, text in the page's color
/// (`currentColor`), holder boxes in the page's `--box` color.
pub fn svg_inline(cells: &[DiagramCell]) -> String {
    svg_styled(cells, false)
}

fn svg_styled(cells: &[DiagramCell], standalone: bool) -> String {
    let label_w = cells
        .iter()
        .flat_map(|c| c.holders.iter())
        .map(|(h, _)| h.chars().count())
        .max()
        .unwrap_or(8);
    let var_w = cells
        .iter()
        .flat_map(|c| c.holders.iter())
        .map(|(_, v)| v.chars().count())
        .max()
        .unwrap_or(1)
        * CHAR_W;
    let box_w = (label_w + 2) * CHAR_W;
    // holder box, its variable on the row, then room for the edges' curves
    let cell_x = 20 + box_w + var_w + 24 + 140;
    let cell_chars = cells
        .iter()
        .map(|c| cell_text(c).chars().count())
        .max()
        .unwrap_or(10);
    let note_chars = cells
        .iter()
        .filter_map(|c| c.note.as_ref())
        .map(|n| n.chars().count())
        .max()
        .unwrap_or(0);
    let note_w = if note_chars > 0 {
        20 + note_chars * CHAR_W
    } else {
        0
    };
    let width = cell_x + (cell_chars + 2) * CHAR_W + note_w + 20;
    let rows: usize = cells.iter().map(|c| c.holders.len().max(1)).sum();
    let height = rows * ROW_H + cells.len().saturating_sub(1) * GAP + 40;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {width} {height}\" \
         font-family=\"DejaVu Sans Mono, Menlo, Consolas, monospace\" font-size=\"{FONT}\">\n"
    );
    let ink = if standalone {
        out.push_str("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        Inks {
            themed: false,
            text: "black",
            boxes: "fill=\"#f5f5f5\" stroke=\"black\"",
        }
    } else {
        Inks {
            themed: true,
            text: "currentColor",
            boxes: "fill=\"var(--box, none)\" stroke=\"currentColor\"",
        }
    };
    let mut y = 20;
    for c in cells {
        y = svg_group(c, y, (box_w, var_w, cell_x), &ink, &mut out) + GAP;
    }
    out.push_str("</svg>\n");
    out
}

fn cell_text(c: &DiagramCell) -> String {
    format!("cell#{} ──▶ {}", c.id, c.value)
}

/// One cell and its holders from height `top`; returns the bottom.
/// The colors of the parts that are not a cell's own.
struct Inks {
    /// Cell colors come from the page's `--p0`..`--p5` (light or dark).
    themed: bool,
    text: &'static str,
    /// The attributes of a holder's box.
    boxes: &'static str,
}

fn svg_group(
    c: &DiagramCell,
    top: usize,
    (box_w, var_w, cell_x): (usize, usize, usize),
    inks: &Inks,
    out: &mut String,
) -> usize {
    let k = c.holders.len().max(1);
    let mid = top + k * ROW_H / 2;
    let ink = match inks.themed {
        true => format!("var(--p{}, {})", palette_index(c.id), color(c.id)),
        false => color(c.id).to_string(),
    };
    let text = cell_text(c);
    let cw = (text.chars().count() + 2) * CHAR_W;
    let _ = writeln!(
        out,
        "<rect x=\"{cell_x}\" y=\"{}\" width=\"{cw}\" height=\"{}\" rx=\"10\" fill=\"none\" stroke=\"{ink}\" stroke-width=\"4\"/>",
        mid - ROW_H / 2 + 4,
        ROW_H - 8
    );
    let _ = writeln!(
        out,
        "<text x=\"{}\" y=\"{}\" fill=\"{}\"{}>{}</text>",
        cell_x + CHAR_W,
        mid + FONT / 3,
        inks.text,
        if c.changed {
            " font-weight=\"bold\""
        } else {
            ""
        },
        xml(&text)
    );
    if let Some(note) = &c.note {
        let _ = writeln!(
            out,
            "<text x=\"{}\" y=\"{}\" fill=\"{ink}\">{}</text>",
            cell_x + cw + 20,
            mid + FONT / 3,
            xml(note)
        );
    }
    for (i, (holder, var)) in c.holders.iter().enumerate() {
        let y = top + i * ROW_H + ROW_H / 2;
        let _ = writeln!(
            out,
            "<rect x=\"20\" y=\"{}\" width=\"{box_w}\" height=\"{}\" {} stroke-width=\"2\"/>",
            y - ROW_H / 2 + 4,
            ROW_H - 8,
            inks.boxes
        );
        let _ = writeln!(
            out,
            "<text x=\"{}\" y=\"{}\" fill=\"{}\">{}</text>",
            20 + CHAR_W,
            y + FONT / 3,
            inks.text,
            xml(holder)
        );
        // the variable sits on its own row, between the box and the edge,
        // so no label ever lies on another holder's edge
        let _ = writeln!(
            out,
            "<text x=\"{}\" y=\"{}\" fill=\"{ink}\">{}</text>",
            20 + box_w + 10,
            y + FONT / 3,
            xml(var)
        );
        let x0 = 20 + box_w + var_w + 24;
        let _ = writeln!(
            out,
            "<path d=\"M{x0},{y} C{},{y} {},{mid} {cell_x},{mid}\" fill=\"none\" stroke=\"{ink}\" stroke-width=\"4\"/>",
            x0 + 70,
            cell_x - 70
        );
    }
    top + k * ROW_H
}

#[cfg(test)]
mod layout_tests {
    use super::*;

    fn cell(id: u32, holders: &[(&str, &str)]) -> DiagramCell {
        DiagramCell {
            id,
            value: "1".into(),
            note: None,
            holders: holders
                .iter()
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect(),
            changed: false,
        }
    }

    /// The x of every `<path d="M x,...`: where an edge starts.
    fn edge_starts(svg: &str) -> Vec<usize> {
        svg.match_indices("<path d=\"M")
            .filter_map(|(i, m)| {
                let rest = &svg[i + m.len()..];
                rest[..rest.find(',')?].parse().ok()
            })
            .collect()
    }

    #[test]
    fn variable_labels_stay_left_of_every_edge() {
        let cells = [
            cell(
                1,
                &[("get", "balance"), ("put", "balance"), ("third", "balance")],
            ),
            cell(2, &[("fs[0]", "x")]),
        ];
        let svg = svg_styled(&cells, true);
        let first_edge = edge_starts(&svg).into_iter().min().expect("edges");
        let label_end = 20 + (5 + 2) * CHAR_W + 10 + "balance".len() * CHAR_W;
        assert!(label_end < first_edge, "{label_end} {first_edge}");
    }

    #[test]
    fn the_canvas_ends_near_the_content() {
        let svg = svg_styled(&[cell(1, &[("f", "x")])], true);
        let width: usize = svg
            .split("width=\"")
            .nth(1)
            .and_then(|w| w.split('"').next())
            .and_then(|w| w.parse().ok())
            .expect("a width");
        assert!(width < 500, "{width}");
    }

    #[test]
    fn the_summary_names_few_holders_and_counts_many() {
        let one = [cell(1, &[("get", "x"), ("put", "x")])];
        assert_eq!(summary(&one), "1 cell, held by get and put");
        let many: Vec<DiagramCell> = (1..=6)
            .map(|i| {
                cell(
                    i,
                    &[("f", "x"), ("g", "x"), ("h", "x"), ("k", "x"), ("m", "x")],
                )
            })
            .collect();
        assert_eq!(summary(&many), "6 cells, held by 5 functions or frames");
    }
}
