//! Keys the line editor gives a Python meaning, and the redraw that makes
//! the screen show what runs:
//!
//! - Backspace in leading whitespace removes one indent level;
//! - in a block recalled from history, the keys that cross a line's edge
//!   (Up, Down, Left at a line's start, Enter, ...) end the line's edit
//!   and say which key it was, for `block.rs` to move or run the block;
//! - F3 switches paste mode on and off (as in CPython 3.13's REPL);
//! - a line whose auto-indent was dropped, or a pasted block, is drawn
//!   again after Enter with the indentation it runs with and a `... `
//!   prompt on each continuation line.

use super::block::Key;
use rustyline::{Cmd, ConditionalEventHandler, Event, EventContext, Movement, RepeatCount};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// What the keys need to know of the edit, shared with the REPL loop.
#[derive(Debug, Default)]
pub struct EditState {
    /// Up ends the line's edit: at a fresh prompt it recalls history,
    /// under the lines of a block being typed it edits them.
    pub up_leaves: bool,
    /// In a recalled block: the edited line's row and the block's lines.
    pub place: Option<(usize, usize)>,
    /// The key that ended the line's edit, with the cursor's byte offset.
    pub pressed: Option<(Key, usize)>,
}

/// The state the loop and the key handlers share.
pub type Shared = Arc<Mutex<EditState>>;

/// A key bound for block editing (and its older single-line meaning).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Binding {
    Up,
    Down,
    Left,
    Right,
    Enter,
    Backspace,
    Delete,
    CtrlD,
    CtrlC,
    CtrlL,
}

/// One bound key: in a recalled block a key at a line's edge ends the
/// line's edit; elsewhere the key keeps its line-editor meaning.
pub struct EditKey(pub Binding, pub Shared);

impl ConditionalEventHandler for EditKey {
    fn handle(&self, _: &Event, _: RepeatCount, _: bool, ctx: &EventContext) -> Option<Cmd> {
        let (line, pos) = (ctx.line(), ctx.pos());
        let mut state = self.1.lock().ok()?;
        if let Some(key) = block_key(self.0, line, pos, &state) {
            state.pressed = Some((key, pos));
            return Some(Cmd::AcceptLine);
        }
        match self.0 {
            Binding::Backspace => dedent(line, pos),
            Binding::CtrlD if state.place.is_none() => end_of_block(line),
            _ => None,
        }
    }
}

/// Which block key `binding` is with the cursor at `pos` of `line`, if it
/// leaves the line: Up at a fresh `>>> ` recalls history and at `... `
/// edits the lines typed above; in a block, keys at the edges of a line
/// cross them.
pub fn block_key(binding: Binding, line: &str, pos: usize, state: &EditState) -> Option<Key> {
    let Some((row, rows)) = state.place else {
        let recall = binding == Binding::Up && state.up_leaves && !line.contains('\n');
        return recall.then_some(Key::Up);
    };
    let (first, last) = (row == 0, row + 1 == rows);
    let (at_start, at_end) = (pos == 0, pos >= line.len());
    match binding {
        Binding::Up => Some(Key::Up),
        Binding::Down => Some(Key::Down),
        Binding::Enter => Some(Key::Enter),
        Binding::CtrlC => Some(Key::Interrupt),
        Binding::CtrlL => Some(Key::ClearScreen),
        Binding::Left => (at_start && !first).then_some(Key::Left),
        Binding::Right => (at_end && !last).then_some(Key::Right),
        Binding::Backspace => (at_start && !first).then_some(Key::JoinUp),
        Binding::Delete => (at_end && !last).then_some(Key::JoinDown),
        Binding::CtrlD if last && line.trim().is_empty() => Some(Key::Run),
        Binding::CtrlD => (at_end && !last).then_some(Key::JoinDown),
    }
}

/// Backspace with only spaces before the cursor removes one indent level
/// (4 spaces, or what is left); elsewhere it is rustyline's own Backspace.
fn dedent(line: &str, pos: usize) -> Option<Cmd> {
    // (rustyline's Dedent removes up to `indent_size`, 4, spaces; a Kill
    // of 4 characters would be reset to 1 by its repeat count)
    in_indentation(&line[..pos]).then_some(Cmd::Dedent(Movement::WholeLine))
}

/// Ctrl-D on a line holding only auto-indentation ends the input, as
/// Ctrl-D on an empty `... ` line does in CPython (rustyline alone would
/// delete the character under the cursor).
fn end_of_block(line: &str) -> Option<Cmd> {
    (!line.is_empty() && line.trim().is_empty()).then_some(Cmd::AcceptLine)
}

/// Is the cursor in the line's indentation (only spaces to its left)?
pub fn in_indentation(before: &str) -> bool {
    !before.is_empty() && before.chars().all(|c| c == ' ')
}

/// F3: ends the current `readline` and tells the loop to switch paste
/// mode. What is on the line is kept as typed.
pub struct PasteKey(pub Arc<AtomicBool>);

impl ConditionalEventHandler for PasteKey {
    fn handle(&self, _: &Event, _: RepeatCount, _: bool, _: &EventContext) -> Option<Cmd> {
        self.0.store(true, Ordering::Relaxed);
        Some(Cmd::AcceptLine)
    }
}

/// The prompt of paste mode's lines.
pub const PASTE_PROMPT: &str = "(paste) ";

/// What F3 prints when paste mode starts.
pub const PASTE_BANNER: &str =
    "paste mode: F3 runs what you paste, blank lines and all; Ctrl-C drops it";

/// The escape sequence that erases what the editor showed for `shown`
/// (the prompt and the text, as the terminal wrapped them at `columns`)
/// and leaves the cursor where it began; None if it does not fit the
/// `rows` of the screen and cannot be reached again.
pub fn erase(shown: &str, columns: usize, rows: usize) -> Option<String> {
    let columns = columns.max(1);
    let used: usize = shown
        .split('\n')
        .map(|line| crate::wrap::columns(line) / columns + 1)
        .sum();
    (used < rows).then(|| format!("\x1b[{used}A\r\x1b[J"))
}

/// What to write after a line that ends exactly at the right margin, so
/// that it takes the rows `erase` counts: the terminal waits there to
/// wrap, and a newline alone would move one row where the line editor
/// (and `erase`) count two; a space makes the wrap happen.
pub fn margin_pad(shown: &str, columns: usize) -> &'static str {
    let width = crate::wrap::columns(shown);
    let at_margin = columns > 0 && width > 0 && width.is_multiple_of(columns);
    if at_margin { " " } else { "" }
}

/// The lines as the session takes them, with their prompts: `first` on
/// the first line, `... ` on the others.
pub fn as_run(first: &str, text: &str) -> String {
    let mut shown = String::new();
    for (i, line) in text.split('\n').enumerate() {
        let prompt = if i == 0 { first } else { super::PS2 };
        shown.push_str(prompt);
        shown.push_str(line);
        shown.push('\n');
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backspace_in_indentation_removes_one_level() {
        assert!(in_indentation("        "));
        assert!(in_indentation(" "));
        assert!(!in_indentation(""));
        assert!(!in_indentation("    x"));
        assert!(!in_indentation("\t"));
    }

    fn in_block(row: usize, rows: usize) -> EditState {
        EditState {
            place: Some((row, rows)),
            ..EditState::default()
        }
    }

    #[test]
    fn up_leaves_the_line_only_where_it_is_told() {
        let fresh = EditState {
            up_leaves: true,
            ..EditState::default()
        };
        assert_eq!(block_key(Binding::Up, "x", 1, &fresh), Some(Key::Up));
        assert_eq!(block_key(Binding::Up, "a\nb", 1, &fresh), None);
        assert_eq!(block_key(Binding::Up, "x", 1, &EditState::default()), None);
        assert_eq!(block_key(Binding::Enter, "x", 1, &fresh), None);
    }

    #[test]
    fn block_keys_cross_line_edges_only() {
        let middle = in_block(1, 3);
        assert_eq!(block_key(Binding::Left, "ab", 0, &middle), Some(Key::Left));
        assert_eq!(block_key(Binding::Left, "ab", 1, &middle), None);
        assert_eq!(
            block_key(Binding::Right, "ab", 2, &middle),
            Some(Key::Right)
        );
        assert_eq!(
            block_key(Binding::Backspace, "ab", 0, &middle),
            Some(Key::JoinUp)
        );
        assert_eq!(
            block_key(Binding::Delete, "ab", 2, &middle),
            Some(Key::JoinDown)
        );
        let first = in_block(0, 3);
        assert_eq!(block_key(Binding::Left, "ab", 0, &first), None);
        assert_eq!(block_key(Binding::Backspace, "ab", 0, &first), None);
        let last = in_block(2, 3);
        assert_eq!(block_key(Binding::Right, "ab", 2, &last), None);
        assert_eq!(block_key(Binding::CtrlD, "  ", 2, &last), Some(Key::Run));
        assert_eq!(block_key(Binding::CtrlD, "ab", 0, &last), None);
    }

    #[test]
    fn erasing_counts_wrapped_rows() {
        assert_eq!(erase(">>> x", 80, 24).as_deref(), Some("\x1b[1A\r\x1b[J"));
        let long = format!(">>> {}", "x".repeat(100));
        assert_eq!(erase(&long, 80, 24).as_deref(), Some("\x1b[2A\r\x1b[J"));
        assert_eq!(erase(&long, 80, 2), None);
    }

    #[test]
    fn a_line_at_the_margin_is_padded_to_wrap() {
        assert_eq!(margin_pad(&"x".repeat(80), 80), " ");
        assert_eq!(margin_pad(&"x".repeat(79), 80), "");
        assert_eq!(margin_pad("", 80), "");
        assert_eq!(margin_pad("x", 0), "");
    }

    #[test]
    fn continuation_lines_get_their_prompt() {
        assert_eq!(
            as_run(">>> ", "def f():\n    x"),
            ">>> def f():\n...     x\n"
        );
    }
}
