//! `:export` while stepping: the current step as an SVG slide (its view as
//! large monospace text, each cell's lines in that cell's color), or every
//! step as numbered slides in a directory (`step-001.svg`, ...).

use super::Walk;
use super::render;
use crate::inspect::View;
use std::fmt::Write;

use crate::inspect::SVG_COLORS as COLORS;
const FONT: usize = 20;
const CHAR_W: usize = 12;
const LINE_H: usize = 28;
/// Slides are drawn this many columns wide.
const COLUMNS: usize = 100;

impl Walk {
    /// `:export FILE.svg` (this step) or `:export DIR/` (every step).
    pub fn export(&self, arg: &str) -> Result<String, String> {
        let target = arg.trim();
        if target.is_empty() {
            return Err(
                "usage while stepping: :export FILE.svg (this step) or :export DIR/ (every step)"
                    .into(),
            );
        }
        if target.ends_with('/') || std::path::Path::new(target).is_dir() {
            return self.export_all(target);
        }
        if !target.ends_with(".svg") {
            return Err(format!(
                "while stepping, :export writes .svg files (`{target}` is not one)"
            ));
        }
        write(target, &self.slide(self.at))?;
        Ok(format!(
            "wrote {target}: step {}/{}\n",
            self.at + 1,
            self.rec.steps.len()
        ))
    }

    fn export_all(&self, dir: &str) -> Result<String, String> {
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot make {dir}: {e}"))?;
        let digits = self.rec.steps.len().to_string().len().max(3);
        for k in 0..self.rec.steps.len() {
            let path = std::path::Path::new(dir).join(format!("step-{:0digits$}.svg", k + 1));
            write(&path.to_string_lossy(), &self.slide(k))?;
        }
        Ok(format!("wrote {} slides to {dir}\n", self.rec.steps.len()))
    }

    /// Step `k` as an SVG document.
    fn slide(&self, k: usize) -> String {
        let view = View {
            color: false,
            ascii: false,
            width: COLUMNS,
        };
        let text = render(&self.rec, k, &view);
        svg(
            &text,
            &self
                .rec
                .step(k)
                .cells
                .iter()
                .map(|c| c.id)
                .collect::<Vec<_>>(),
        )
    }
}

fn write(path: &str, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("cannot write {path}: {e}"))
}

/// Lines of text as SVG; a line naming `cell#N` takes that cell's color.
fn svg(text: &str, cells: &[u32]) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let width = COLUMNS * CHAR_W + 40;
    let height = lines.len() * LINE_H + 40;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
         font-family=\"DejaVu Sans Mono, Menlo, Consolas, monospace\" font-size=\"{FONT}\">\n\
         <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
    );
    for (i, line) in lines.iter().enumerate() {
        let fill = line_color(line, cells, i == 0);
        let _ = writeln!(
            out,
            "<text x=\"20\" y=\"{}\" fill=\"{fill}\" xml:space=\"preserve\">{}</text>",
            30 + i * LINE_H,
            xml(line)
        );
    }
    out.push_str("</svg>\n");
    out
}

fn line_color(line: &str, cells: &[u32], header: bool) -> &'static str {
    if header || line.trim_start().starts_with('▶') {
        return "#b35900";
    }
    let named = cells.iter().find(|id| {
        let tag = format!("cell#{id}");
        line.match_indices(&tag)
            .any(|(at, _)| !line[at + tag.len()..].starts_with(|c: char| c.is_ascii_digit()))
    });
    match named {
        Some(id) => COLORS[(*id as usize).saturating_sub(1) % COLORS.len()],
        None => "black",
    }
}

fn xml(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
