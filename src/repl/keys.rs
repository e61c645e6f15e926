//! Keys the line editor gives a Python meaning, and the redraw that makes
//! the screen show what runs:
//!
//! - Backspace in leading whitespace removes one indent level;
//! - F3 switches paste mode on and off (as in CPython 3.13's REPL);
//! - a line whose auto-indent was dropped, or a pasted block, is drawn
//!   again after Enter with the indentation it runs with and a `... `
//!   prompt on each continuation line.

use rustyline::{Cmd, ConditionalEventHandler, Event, EventContext, Movement, RepeatCount};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Backspace with only spaces before the cursor removes one indent level
/// (4 spaces, or what is left); elsewhere it is rustyline's own Backspace.
pub struct Dedent;

impl ConditionalEventHandler for Dedent {
    fn handle(&self, _: &Event, _: RepeatCount, _: bool, ctx: &EventContext) -> Option<Cmd> {
        // (rustyline's Dedent removes up to `indent_size`, 4, spaces; a
        // Kill of 4 characters would be reset to 1 by its repeat count)
        in_indentation(&ctx.line()[..ctx.pos()]).then_some(Cmd::Dedent(Movement::WholeLine))
    }
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

    #[test]
    fn erasing_counts_wrapped_rows() {
        assert_eq!(erase(">>> x", 80, 24).as_deref(), Some("\x1b[1A\r\x1b[J"));
        let long = format!(">>> {}", "x".repeat(100));
        assert_eq!(erase(&long, 80, 24).as_deref(), Some("\x1b[2A\r\x1b[J"));
        assert_eq!(erase(&long, 80, 2), None);
    }

    #[test]
    fn continuation_lines_get_their_prompt() {
        assert_eq!(
            as_run(">>> ", "def f():\n    x"),
            ">>> def f():\n...     x\n"
        );
    }
}
