//! The page, rendered on the server with maud (every text from the session
//! is escaped; the SVG diagrams escape their own text): the whole page for
//! `GET /`, and each section's inner HTML for the `update` events.
//!
//! ```text
//!     header   cellar · live · theme
//!     lesson   the lesson step being taken
//!     cells    the sharing diagram of every live cell  │  history: recent inputs and outputs
//!     step     the step shown while stepping: source, frames, cells, output
//!     inspection  the last inspection command's output
//! ```

use super::board::{Board, FrameBoard, StepBoard};
use crate::inspect::svg_inline;
use maud::{DOCTYPE, Markup, PreEscaped, html};

const CSS: &str = include_str!("page.css");
const JS: &str = include_str!("page.js");

/// The section ids, in page order.
pub const SECTIONS: [&str; 5] = ["lesson", "cells", "history", "step", "inspection"];

/// The whole page for `GET /`.
pub fn page(board: &Board) -> String {
    let markup = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { "cellar: the live session" }
                style { (PreEscaped(CSS)) }
            }
            body {
                header {
                    h1 { "cellar" }
                    span #status { "live" }
                    button #theme type="button" { "light / dark" }
                }
                section #lesson { (lesson(board)) }
                div.columns {
                    section #cells.panel { (cells(board)) }
                    section #history.panel { (history(board)) }
                }
                section #step.panel { (step(board)) }
                section #inspection.panel { (inspection(board)) }
                script { (PreEscaped(JS)) }
            }
        }
    };
    markup.into_string()
}

/// The inner HTML of section `id`.
pub fn section(id: &str, board: &Board) -> String {
    let markup = match id {
        "lesson" => lesson(board),
        "cells" => cells(board),
        "history" => history(board),
        "step" => step(board),
        _ => inspection(board),
    };
    markup.into_string()
}

/// The sections whose content differs between `old` and `new`.
pub fn changed(old: &Board, new: &Board) -> Vec<&'static str> {
    let mut out = Vec::new();
    if old.lesson != new.lesson {
        out.push("lesson");
    }
    if old.cells != new.cells {
        out.push("cells");
    }
    if old.history != new.history {
        out.push("history");
    }
    if old.step != new.step {
        out.push("step");
    }
    if old.inspection != new.inspection {
        out.push("inspection");
    }
    out
}

/// An `update` event's data: `{"cells": "<h2>...", ...}` for `ids`.
pub fn update_json(ids: &[&str], board: &Board) -> String {
    let map: serde_json::Map<String, serde_json::Value> = ids
        .iter()
        .map(|id| {
            (
                id.to_string(),
                serde_json::Value::String(section(id, board)),
            )
        })
        .collect();
    serde_json::Value::Object(map).to_string()
}

fn lesson(board: &Board) -> Markup {
    let Some(l) = &board.lesson else {
        return html! {};
    };
    html! {
        p.place { (l.place) }
        h2 { (l.title) }
        @for para in l.prose.split("\n\n").filter(|p| !p.trim().is_empty()) {
            p { (prose(para.trim())) }
        }
    }
}

/// Prose with its `code` spans set in code type (the text stays escaped).
fn prose(text: &str) -> Markup {
    html! {
        @for (k, part) in text.split('`').enumerate() {
            @if k % 2 == 1 { code { (part) } } @else { (part) }
        }
    }
}

fn cells(board: &Board) -> Markup {
    html! {
        h2 { "Cells" a.download href="/cells.svg" download="cells.svg" { "download SVG" } }
        @if board.cells.is_empty() {
            p.quiet { "no live cells yet: no function has captured a variable" }
        } @else {
            (diagram(&board.cells))
        }
    }
}

/// A diagram scaled to its panel, at most twice its own size.
fn diagram(cells: &[crate::inspect::DiagramCell]) -> Markup {
    let svg = svg_inline(cells);
    let width = svg
        .split("width=\"")
        .nth(1)
        .and_then(|w| w.split('"').next())
        .and_then(|w| w.parse::<usize>().ok())
        .unwrap_or(600);
    html! {
        div.diagram style=(format!("max-width: {}px", width * 2)) { (PreEscaped(svg)) }
    }
}

fn history(board: &Board) -> Markup {
    html! {
        h2 { "Session" }
        @if board.history.is_empty() {
            p.quiet { "nothing typed yet" }
        }
        @for x in &board.history {
            div.exchange {
                pre.input { (x.input.trim_end()) }
                @if !x.output.trim().is_empty() {
                    pre.output { (x.output.trim_end()) }
                }
            }
        }
    }
}

fn step(board: &Board) -> Markup {
    let Some(s) = &board.step else {
        return html! {};
    };
    html! {
        h2 { "Stepping" }
        p.stephead { (s.header) }
        div.stepgrid {
            ol.source {
                @for (n, text, now) in &s.source {
                    li.now[*now] value=(n) { span.mark { @if *now { "▶" } } code { (text) } }
                }
            }
            div.frames { (frames(s)) }
        }
        @if !s.cells.is_empty() {
            h3 { "Cells" a.download href="/step.svg" download="step.svg" { "download SVG" } }
            (diagram(&s.cells))
        }
        h3 { "Output" }
        pre.output { @if s.output.is_empty() { "(nothing printed yet)" } @else { (s.output.trim_end()) } }
    }
}

fn frames(s: &StepBoard) -> Markup {
    html! {
        h3 { "Frames" }
        @for f in &s.frames { (frame(f)) }
        @for r in &s.returned {
            p.returned { (r) }
        }
    }
}

fn frame(f: &FrameBoard) -> Markup {
    html! {
        div.frame {
            p.title { (f.title) }
            @for v in &f.vars {
                p.var { (v) }
            }
        }
    }
}

fn inspection(board: &Board) -> Markup {
    let Some(i) = &board.inspection else {
        return html! {};
    };
    html! {
        h2 { (i.command) }
        pre.inspect { (i.text.trim_end()) }
    }
}
