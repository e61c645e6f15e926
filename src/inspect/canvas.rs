//! A character grid for diagrams: text and box-drawing lines are put at
//! (row, column) in display columns (wide characters take two, as
//! unicode-width measures them), each glyph with an optional ink; `render`
//! turns the grid into lines, in color or plain, Unicode or ASCII.

use owo_colors::{AnsiColors, OwoColorize, Style};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// How diagrams render: ANSI colors, plain ASCII, and the terminal width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct View {
    pub color: bool,
    pub ascii: bool,
    pub width: usize,
}

impl Default for View {
    fn default() -> View {
        View::plain()
    }
}

impl View {
    /// No color, Unicode, 80 columns: what tests and handouts use.
    pub fn plain() -> View {
        View {
            color: false,
            ascii: false,
            width: 80,
        }
    }

    /// From the environment: color when stdout is a terminal and
    /// `NO_COLOR` is unset; `CELLAR_ASCII=1` for ASCII; `COLUMNS` for the
    /// width (80 when unset). The REPL may override each field (`--ascii`,
    /// `--no-color`, the terminal's real width).
    pub fn from_env() -> View {
        use std::io::IsTerminal;
        let set = |k: &str| std::env::var_os(k).is_some_and(|v| !v.is_empty());
        let width = std::env::var("COLUMNS")
            .ok()
            .and_then(|w| w.parse::<usize>().ok())
            .filter(|&w| w >= 40)
            .unwrap_or(80);
        View {
            color: std::io::stdout().is_terminal() && !set("NO_COLOR"),
            ascii: set("CELLAR_ASCII"),
            width,
        }
    }
}

/// What a glyph is drawn with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ink {
    /// The color of one cell (by its `cell#N` number).
    Cell(u32),
    /// Emphasis: closure instructions, headings.
    Accent,
    /// Secondary text: notes, qualnames.
    Dim,
}

/// Six colors that stay apart on a projector, one per cell in turn: the
/// normal (not bright) ANSI colors and gray, readable on a light theme as
/// on a dark one (bright yellow, cyan and green vanish on white).
const PALETTE: [AnsiColors; 6] = [
    AnsiColors::Blue,
    AnsiColors::Magenta,
    AnsiColors::Red,
    AnsiColors::Green,
    AnsiColors::Cyan,
    AnsiColors::BrightBlack,
];

fn style(ink: Ink) -> Style {
    match ink {
        Ink::Cell(id) => {
            Style::new().color(PALETTE[(id as usize).saturating_sub(1) % PALETTE.len()])
        }
        Ink::Accent => Style::new().bold(), // (bold reads on every theme)
        Ink::Dim => Style::new().dimmed(),
    }
}

/// `text` in `ink` when color is on; ASCII-translated when asked.
pub fn paint(text: &str, ink: Option<Ink>, view: &View) -> String {
    let text = if view.ascii {
        to_ascii(text)
    } else {
        text.to_string()
    };
    match ink {
        Some(ink) if view.color => text.style(style(ink)).to_string(),
        _ => text,
    }
}

/// Box drawing → ASCII: lines become `-` `|` `+`, arrows `>`.
pub fn to_ascii(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '─' | '━' => out.push('-'),
            '│' => out.push('|'),
            '┐' | '┘' | '┤' | '┴' | '┼' | '┬' | '┌' | '└' | '├' => out.push('+'),
            '▶' => out.push('>'),
            '◀' => out.push('<'),
            '…' => out.push('~'),
            '→' => out.push_str("->"),
            other => out.push(other),
        }
    }
    out
}

/// Display width of `s` in terminal columns.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `s` cut to at most `max` columns, ending in `…` (ASCII: `...`) when cut.
pub fn truncate(s: &str, max: usize, ascii: bool) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    let mark = if ascii { "..." } else { "…" };
    let budget = max.saturating_sub(width(mark));
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > budget {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push_str(mark);
    out
}

/// `s` padded with spaces to `w` display columns.
pub fn pad(s: &str, w: usize) -> String {
    let n = w.saturating_sub(width(s));
    format!("{s}{}", " ".repeat(n))
}

/// One grid position. `'\0'` is the right half of a wide character.
#[derive(Debug, Clone, Copy)]
struct Glyph {
    ch: char,
    ink: Option<Ink>,
}

const BLANK: Glyph = Glyph { ch: ' ', ink: None };

/// A growable grid of glyphs.
#[derive(Default)]
pub struct Canvas {
    rows: Vec<Vec<Glyph>>,
}

impl Canvas {
    pub fn new() -> Canvas {
        Canvas::default()
    }

    /// Writes `text` from (row, col); returns the column after it.
    pub fn put(&mut self, row: usize, col: usize, text: &str, ink: Option<Ink>) -> usize {
        let mut at = col;
        for ch in text.chars() {
            let w = ch.width().unwrap_or(0);
            if w == 0 {
                continue;
            }
            self.set(row, at, Glyph { ch, ink });
            if w == 2 {
                self.set(row, at + 1, Glyph { ch: '\0', ink });
            }
            at += w;
        }
        at
    }

    /// A horizontal line `─` over columns `from..to`.
    pub fn hline(&mut self, row: usize, from: usize, to: usize, ink: Option<Ink>) {
        for c in from..to {
            self.set(row, c, Glyph { ch: '─', ink });
        }
    }

    fn set(&mut self, row: usize, col: usize, g: Glyph) {
        if self.rows.len() <= row {
            self.rows.resize_with(row + 1, Vec::new);
        }
        let line = &mut self.rows[row];
        if line.len() <= col {
            line.resize(col + 1, BLANK);
        }
        line[col] = g;
    }

    /// The grid as text: one line per row, trailing blanks trimmed, runs
    /// of one ink painted together.
    pub fn render(&self, view: &View) -> String {
        let mut out = String::new();
        for line in &self.rows {
            render_row(line, view, &mut out);
            out.push('\n');
        }
        out
    }
}

fn render_row(line: &[Glyph], view: &View, out: &mut String) {
    let end = line.iter().rposition(|g| g.ch != ' ').map_or(0, |i| i + 1);
    let mut i = 0;
    while i < end {
        let ink = line[i].ink;
        let mut run = String::new();
        while i < end && line[i].ink == ink {
            if line[i].ch != '\0' {
                run.push(line[i].ch);
            }
            i += 1;
        }
        out.push_str(&paint(&run, ink, view));
    }
}
