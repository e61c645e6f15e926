//! History on Up and Down, and a recalled block (or the block being
//! typed, after Up at `... `) edited on the screen.
//! rustyline edits one line; the lines above it are drawn here, the lines
//! below are its hint, so every line shows its own prompt and the screen
//! shows what runs. A key that leaves the line ends the `readline`; the
//! block (`block.rs`) moves or changes, and the block is drawn again from
//! its first row:
//!
//! ```text
//! >>> def add(a, b):        drawn here, before `readline`
//! ...     total = a + b     rustyline's line, prompt `... `
//! ...     return total      rustyline's hint (Helper::below)
//! ```

use super::{Loop, Step};
use crate::repl::block::{Block, Key, Outcome};
use crate::repl::{PS2, highlight, keys};
use rustyline::hint::Hint;
use rustyline::history::{History, SearchDirection};
use std::io::Write;

/// The lines of a block below the edited one, shown after it.
pub struct Below(pub String);

impl Hint for Below {
    fn display(&self) -> &str {
        &self.0
    }

    /// None: Right at the line's end must never insert the lines below.
    fn completion(&self) -> Option<&str> {
        None
    }
}

/// The hint's lines highlighted after their `... ` prompts.
pub fn highlight_lines(hint: &str) -> String {
    let line = |l: &str| match l.strip_prefix(PS2) {
        Some(code) => format!("{PS2}{}", highlight::highlight(code)),
        None => l.to_string(),
    };
    hint.split('\n').map(line).collect::<Vec<_>>().join("\n")
}

impl Loop<'_> {
    /// What the next `readline` starts with, left and right of the cursor:
    /// a recalled block's line, a line given back, or the auto-indent.
    pub(super) fn start_text(&mut self) -> (String, String) {
        if let Some(block) = &self.block {
            let (left, right) = block.line().split_at(block.col);
            return (left.to_string(), right.to_string());
        }
        if let Some(initial) = self.initial.take() {
            return initial;
        }
        match self.paste {
            Some(_) => (String::new(), String::new()),
            None => (self.indent.clone(), String::new()),
        }
    }

    /// Tells the key handlers and the hint where the edit is.
    pub(super) fn arm_keys(&mut self) {
        let place = self.block.as_ref().map(|b| (b.row, b.lines.len()));
        let typing = !self.session.pending().is_empty()
            && !self.typed.is_empty()
            && !self.session.stepper_takes();
        let up_leaves = self.paste.is_none() && (self.session.pending().is_empty() || typing);
        if let Ok(mut state) = self.edit.lock() {
            state.up_leaves = up_leaves;
            state.place = place;
            state.pressed = None;
        }
        let below = self
            .block
            .as_ref()
            .and_then(|b| lines_below(b, self.shown.end));
        if let Some(helper) = self.editor.helper_mut() {
            helper.below = below;
            helper.in_block = place.is_some();
        }
    }

    /// The key that ended the last `readline`, if a block key did.
    pub(super) fn take_pressed(&mut self) -> Option<(Key, usize)> {
        self.edit.lock().ok()?.pressed.take()
    }

    /// A block key ended the edit of `text` with the cursor at `pos`: the
    /// block moves, changes, runs, or gives way to another history entry.
    pub(super) fn pressed(&mut self, key: Key, prompt: &str, text: &str, pos: usize) -> Step {
        if self.quiet.is_none() {
            self.quiet = super::echo::EchoOff::new();
        }
        self.erase_shown(prompt, text);
        if key == Key::ClearScreen {
            let _ = write!(std::io::stdout(), "\x1b[H\x1b[J");
        }
        if self.block.is_none() && !self.session.pending().is_empty() {
            self.edit_typed(); // Up at `... `
        }
        let Some(block) = &mut self.block else {
            self.recall_from_line(text, pos); // Up at `>>> `
            return Step::More;
        };
        match block.press(key, text, pos) {
            Outcome::Edit => self.draw_above(),
            Outcome::Older => self.older(),
            Outcome::Newer => self.newer(),
            Outcome::Run(text) => return self.run_recalled(&text),
            Outcome::Interrupt => {
                self.draw_block();
                self.interrupted();
            }
        }
        Step::More
    }

    /// F3 in a recalled block: paste mode starts, holding the block.
    pub(super) fn paste_block(&mut self, prompt: &str, text: &str) -> Step {
        self.erase_shown(prompt, text);
        let Some(block) = &mut self.block else {
            return self.start_paste(text);
        };
        let Outcome::Run(all) = block.press(Key::Run, text, text.len()) else {
            return Step::More;
        };
        self.draw_block();
        self.block = None;
        self.recall = None;
        self.start_paste(all.trim_end_matches('\n'))
    }

    /// The block runs as one input, drawn (and logged) whole first, its
    /// closing empty line included.
    fn run_recalled(&mut self, text: &str) -> Step {
        self.draw_block();
        self.block = None;
        self.quiet = None; // the code may read input
        self.recall = None;
        self.log_lines(text);
        self.feed(text)
    }

    /// Up at `... `: the lines typed so far, and the line being typed,
    /// become a block to edit; they run when it runs.
    fn edit_typed(&mut self) {
        let mut lines = self.typed_lines();
        lines.push(String::new()); // the edited line, filled in by `press`
        let row = lines.len() - 1;
        let logged = keys::as_run(crate::repl::PS1, &lines[..row].join("\n"));
        self.session.take_back_input(&logged);
        self.block = Some(Block { lines, row, col: 0 });
        self.typed.clear();
        self.indent.clear();
    }

    /// The lines of the input being typed, as the screen shows them.
    fn typed_lines(&self) -> Vec<String> {
        let typed = self.typed.strip_suffix('\n').unwrap_or(&self.typed);
        typed.split('\n').map(str::to_string).collect()
    }

    /// Up at a fresh prompt: the newest entry, the typed line kept for
    /// Down to give back.
    fn recall_from_line(&mut self, text: &str, pos: usize) {
        let Some(newest) = self.editor.history().len().checked_sub(1) else {
            let (left, right) = text.split_at(floor_boundary(text, pos));
            self.initial = Some((left.to_string(), right.to_string()));
            return;
        };
        self.saved = text.to_string();
        self.show_entry(newest);
    }

    /// Up on a block's first line: the entry before it, if there is one.
    fn older(&mut self) {
        match self.recall {
            Some(index) if index > 0 => self.show_entry(index - 1),
            _ => self.draw_above(),
        }
    }

    /// Down on a block's last line: the entry after it, or past the newest
    /// the line that was being typed.
    fn newer(&mut self) {
        let count = self.editor.history().len();
        match self.recall {
            Some(index) if index + 1 < count => self.show_entry(index + 1),
            None => self.draw_above(), // a typed block: no history below it
            Some(_) => {
                self.block = None;
                self.recall = None;
                self.initial = Some((std::mem::take(&mut self.saved), String::new()));
            }
        }
    }

    /// History entry `index` becomes the block being edited.
    fn show_entry(&mut self, index: usize) {
        let entry = self.editor.history().get(index, SearchDirection::Forward);
        match entry.ok().flatten() {
            Some(found) => {
                self.block = Some(Block::recalled(&found.entry));
                self.recall = Some(index);
            }
            None if self.block.is_none() => {
                self.initial = Some((std::mem::take(&mut self.saved), String::new()));
            }
            None => {}
        }
        self.draw_above();
    }

    /// Erases what the editor left on the screen: the block's lines down to
    /// the edited one (`prompt` + `text`), the cursor below them. A block
    /// taller than the screen cannot be reached: it is drawn again below.
    fn erase_shown(&mut self, prompt: &str, text: &str) {
        let (first, above) = match &self.block {
            Some(block) => (
                self.shown.start.min(block.row),
                block.lines[self.shown.start.min(block.row)..block.row].to_vec(),
            ),
            None if !self.session.pending().is_empty() => (0, self.typed_lines()),
            None => (0, Vec::new()),
        };
        let mut shown = String::new();
        for (i, line) in (first..).zip(&above) {
            shown.push_str(&format!("{}{line}\n", self.line_prompt(i)));
        }
        shown.push_str(prompt);
        shown.push_str(text);
        let Some((columns, rows)) = self.editor.dimensions() else {
            return;
        };
        if let Some(erase) = keys::erase(&shown, columns.into(), rows.into()) {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(erase.as_bytes());
            let _ = out.flush();
        }
    }

    /// Draws the block's lines above the edited one, those that fit on
    /// the screen with it (`shown`, with the lines below for the hint).
    fn draw_above(&mut self) {
        let (columns, rows) = self.editor.dimensions().unwrap_or((80, 24));
        let (columns, rows) = (columns.into(), rows.into());
        let Some(block) = &self.block else { return };
        let heights: Vec<usize> = (0..block.lines.len())
            .map(|i| self.rows_of(i, &block.lines[i], columns))
            .collect();
        self.shown = crate::repl::block::window(&heights, block.row, rows);
        self.draw_lines(
            &block.lines[self.shown.start..block.row],
            self.shown.start,
            columns,
        );
    }

    /// Draws the whole block, as it runs.
    fn draw_block(&mut self) {
        let columns = self.editor.dimensions().map_or(0, |(c, _)| c.into());
        if let Some(block) = &self.block {
            self.draw_lines(&block.lines, 0, columns);
        }
    }

    /// The rows line `i` of a block takes with its prompt.
    fn rows_of(&self, i: usize, line: &str, columns: usize) -> usize {
        let width = crate::wrap::columns(&format!("{}{line}", self.line_prompt(i)));
        width / columns.max(1) + 1
    }

    /// Draws `lines`, the first of them the block's line `first`.
    fn draw_lines(&self, lines: &[String], first: usize, columns: usize) {
        let mut out = std::io::stdout().lock();
        for (i, line) in (first..).zip(lines) {
            let prompt = self.line_prompt(i);
            let pad = keys::margin_pad(&format!("{prompt}{line}"), columns);
            let line = match self.color {
                true => highlight::highlight(line),
                false => line.clone(),
            };
            let _ = writeln!(out, "{prompt}{line}{pad}");
        }
        let _ = out.flush();
    }

    /// The prompt of a block's line `i`.
    fn line_prompt(&self, i: usize) -> String {
        match i {
            0 => self.first_prompt(),
            _ => PS2.to_string(),
        }
    }
}

/// The hint for a block: its lines below the edited one up to `end` (what
/// fits on the screen), each on a row of its own after a `... ` prompt;
/// None on the last line. It starts with a
/// space: when the edited line ends at the right margin, rustyline counts
/// a row for the wrap and another for the newline, while the terminal,
/// waiting to wrap, moves one row; the space makes the wrap happen, so
/// both count the same.
fn lines_below(block: &Block, end: usize) -> Option<String> {
    let end = end.clamp(block.row + 1, block.lines.len());
    let below = &block.lines[block.row + 1..end];
    let rows = below.iter().map(|l| format!("\n{PS2}{l}"));
    (!below.is_empty()).then(|| std::iter::once(" ".to_string()).chain(rows).collect())
}

/// The largest char boundary of `text` at or before `pos`.
fn floor_boundary(text: &str, pos: usize) -> usize {
    let mut pos = pos.min(text.len());
    while !text.is_char_boundary(pos) {
        pos -= 1;
    }
    pos
}
