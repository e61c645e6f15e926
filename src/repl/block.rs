//! A block recalled from history, edited anywhere as in CPython 3.13's
//! REPL: its lines and the cursor's place in them, and what each key that
//! leaves a line does. The line editor edits one line at a time; a key
//! that crosses a line's edge ends that line's edit and comes here.
//!
//! ```text
//! >>> def add(a, b):          row 0: prompt `>>> `, drawn by us
//! ...     total = a + b       row 1: the line the editor edits
//! ...     return total        rows below: the editor's hint
//! ```
//!
//! Invariant: `lines` is what runs, line for line; no line holds `\n`.

use crate::lines::{Completeness, completeness};

/// A key that ends the edit of one line of a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// Up: the line above, or the previous history entry from the first.
    Up,
    /// Down: the line below, or the next history entry from the last.
    Down,
    /// Left at a line's start: the end of the line above.
    Left,
    /// Right at a line's end: the start of the line below.
    Right,
    /// Enter: a new line, or the block runs (at the end, when complete).
    Enter,
    /// Backspace at a line's start: the line joins the one above.
    JoinUp,
    /// Delete at a line's end: the line below joins this one.
    JoinDown,
    /// Ctrl-D on the empty last line: the block runs as it is.
    Run,
    /// Ctrl-C: the edit is dropped.
    Interrupt,
    /// Ctrl-L: the screen is cleared and the block drawn again.
    ClearScreen,
}

/// What a key did to the block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The block changed or the cursor moved: edit on.
    Edit,
    /// The block runs: its text, lines joined by `\n`.
    Run(String),
    /// Show the previous history entry instead.
    Older,
    /// Show the next history entry (or the line being typed) instead.
    Newer,
    /// Ctrl-C: the block is dropped.
    Interrupt,
}

/// A block being edited: its lines, the line being edited and the cursor's
/// byte offset in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub lines: Vec<String>,
    pub row: usize,
    pub col: usize,
}

impl Block {
    /// A history entry, with the cursor at its end, as CPython recalls it.
    pub fn recalled(entry: &str) -> Block {
        let lines: Vec<String> = entry.split('\n').map(str::to_string).collect();
        let row = lines.len() - 1;
        let col = lines[row].len();
        Block { lines, row, col }
    }

    /// The line being edited.
    pub fn line(&self) -> &str {
        &self.lines[self.row]
    }

    /// Is the edited line the last one?
    pub fn on_last_line(&self) -> bool {
        self.row + 1 == self.lines.len()
    }

    /// The whole block as one input: its lines joined, as history keeps
    /// it (an entry's closing empty line is its last line).
    pub fn text(&self) -> String {
        self.lines.join("\n")
    }

    /// `key` pressed with the edited line holding `text` (a paste may have
    /// put newlines in it) and the cursor at byte `pos` of it.
    pub fn press(&mut self, key: Key, text: &str, pos: usize) -> Outcome {
        self.replace_line(text, pos);
        match key {
            Key::Up if self.row == 0 => Outcome::Older,
            Key::Up => self.go_to_row(self.row - 1),
            Key::Down if self.on_last_line() => Outcome::Newer,
            Key::Down => self.go_to_row(self.row + 1),
            Key::Left => self.left(),
            Key::Right => self.right(),
            Key::Enter => self.enter(),
            Key::JoinUp => self.join_up(),
            Key::JoinDown => self.join_down(),
            Key::Run => Outcome::Run(self.text()),
            Key::Interrupt => Outcome::Interrupt,
            Key::ClearScreen => Outcome::Edit,
        }
    }

    /// Puts the editor's text in place of the edited line, split at its
    /// newlines, and the cursor where `pos` is in it.
    fn replace_line(&mut self, text: &str, pos: usize) {
        let pos = floor_char_boundary(text, pos);
        let before = text[..pos].matches('\n').count();
        let line_start = text[..pos].rfind('\n').map_or(0, |i| i + 1);
        let new: Vec<String> = text.split('\n').map(str::to_string).collect();
        self.lines.splice(self.row..=self.row, new);
        self.row += before;
        self.col = pos - line_start;
    }

    /// The cursor to another line, at the same character column (or the
    /// line's end, if shorter).
    fn go_to_row(&mut self, row: usize) -> Outcome {
        let column = self.line()[..self.col].chars().count();
        self.row = row;
        let line = self.line();
        self.col = line
            .char_indices()
            .nth(column)
            .map_or(line.len(), |(i, _)| i);
        Outcome::Edit
    }

    fn left(&mut self) -> Outcome {
        if self.col == 0 && self.row > 0 {
            self.row -= 1;
            self.col = self.line().len();
        }
        Outcome::Edit
    }

    fn right(&mut self) -> Outcome {
        if self.col == self.line().len() && !self.on_last_line() {
            self.row += 1;
            self.col = 0;
        }
        Outcome::Edit
    }

    /// Enter: at the end of the last line of a block that is complete, it
    /// runs; elsewhere it splits the line at the cursor, the new line
    /// indented as auto-indent would indent it after the first part.
    /// cpython: Lib/_pyrepl/readline.py maybe_accept
    fn enter(&mut self) -> Outcome {
        let at_end = self.line()[self.col..].trim().is_empty();
        if self.on_last_line() && at_end && self.line().trim().is_empty() {
            // an auto-indented empty line is an empty line, as when typed
            self.lines[self.row].clear();
            self.col = 0;
        }
        if self.on_last_line() && at_end && self.complete() {
            return Outcome::Run(self.text());
        }
        let line = std::mem::take(&mut self.lines[self.row]);
        let (head, tail) = line.split_at(self.col);
        if head.trim().is_empty() {
            // at or in the indentation: an empty line opens above this one
            self.lines[self.row] = line.clone();
            self.lines.insert(self.row, String::new());
            self.row += 1;
            return Outcome::Edit;
        }
        let indent = super::terminal::next_indent(&format!("{head}\n"), head);
        self.lines[self.row] = head.trim_end().to_string();
        self.lines
            .insert(self.row + 1, format!("{indent}{}", tail.trim_start()));
        self.row += 1;
        self.col = indent.len();
        Outcome::Edit
    }

    /// Does the block need no more lines? A compound statement needs its
    /// closing empty line, an open bracket or string its end; a block that
    /// is already wrong runs, to show its error.
    fn complete(&self) -> bool {
        completeness(&format!("{}\n", self.text())) != Completeness::Incomplete
    }

    fn join_up(&mut self) -> Outcome {
        if self.col == 0 && self.row > 0 {
            let line = self.lines.remove(self.row);
            self.row -= 1;
            self.col = self.line().len();
            self.lines[self.row].push_str(&line);
        }
        Outcome::Edit
    }

    fn join_down(&mut self) -> Outcome {
        if !self.on_last_line() {
            let below = self.lines.remove(self.row + 1);
            self.col = self.line().len();
            self.lines[self.row].push_str(&below);
        }
        Outcome::Edit
    }
}

/// The lines of a block that fit on a screen of `rows` rows around the
/// edited line `row`, given each line's height in rows: `start..end`,
/// grown a line above and a line below in turn while they fit, one row
/// left spare for the edited line to grow. A block taller than the screen
/// is edited through this window (the terminal cannot move the cursor
/// above its top row); it runs whole.
pub fn window(heights: &[usize], row: usize, rows: usize) -> std::ops::Range<usize> {
    let budget = rows.saturating_sub(1);
    let (mut start, mut end) = (row, row + 1);
    let mut used = heights[row];
    loop {
        let mut grew = false;
        if start > 0 && used + heights[start - 1] <= budget {
            start -= 1;
            used += heights[start];
            grew = true;
        }
        if end < heights.len() && used + heights[end] <= budget {
            used += heights[end];
            end += 1;
            grew = true;
        }
        if !grew {
            return start..end;
        }
    }
}

/// The largest char boundary of `text` at or before `pos`.
fn floor_char_boundary(text: &str, pos: usize) -> usize {
    let mut pos = pos.min(text.len());
    while !text.is_char_boundary(pos) {
        pos -= 1;
    }
    pos
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(lines: &[&str], row: usize, col: usize) -> Block {
        let lines = lines.iter().map(|l| l.to_string()).collect();
        Block { lines, row, col }
    }

    fn press(b: &mut Block, key: Key) -> Outcome {
        let (text, col) = (b.line().to_string(), b.col);
        b.press(key, &text, col)
    }

    #[test]
    fn a_recalled_entry_puts_the_cursor_at_its_end() {
        let b = Block::recalled("def f():\n    return 1\n");
        assert_eq!(b, block(&["def f():", "    return 1", ""], 2, 0));
        assert_eq!(Block::recalled("x = 1"), block(&["x = 1"], 0, 5));
    }

    #[test]
    fn enter_at_the_end_of_a_complete_block_runs_it() {
        let mut b = Block::recalled("def f():\n    return 1\n");
        let run = Outcome::Run("def f():\n    return 1\n".into());
        assert_eq!(press(&mut b, Key::Enter), run);
        let mut b = Block::recalled("x = 1\ny = 2");
        assert_eq!(
            press(&mut b, Key::Enter),
            Outcome::Run("x = 1\ny = 2".into())
        );
        for command in [
            ":closure f",
            ":cells",
            ":step g(3)",
            ":dis fs[0]",
            ":load '",
        ] {
            let mut b = Block::recalled(command);
            assert_eq!(press(&mut b, Key::Enter), Outcome::Run(command.into()));
        }
    }

    #[test]
    fn enter_on_an_indented_empty_last_line_ends_the_block() {
        let mut b = block(&["if x:", "    y = 1", "    "], 2, 4);
        let run = Outcome::Run("if x:\n    y = 1\n".into());
        assert_eq!(press(&mut b, Key::Enter), run);
    }

    #[test]
    fn enter_at_the_end_of_an_incomplete_block_adds_a_line() {
        let mut b = Block::recalled("def f(k):\n    def g():");
        assert_eq!(press(&mut b, Key::Enter), Outcome::Edit);
        assert_eq!(b, block(&["def f(k):", "    def g():", "        "], 2, 8));
        let mut b = Block::recalled("def f(k):\n    return k");
        press(&mut b, Key::Enter);
        assert_eq!(b, block(&["def f(k):", "    return k", ""], 2, 0));
        let mut b = Block::recalled("xs = [1,\n");
        press(&mut b, Key::Enter);
        assert_eq!(b.lines.len(), 3);
    }

    #[test]
    fn enter_in_a_middle_line_splits_it() {
        let mut b = block(&["def f():", "    x = g(1, 2)", ""], 1, 13);
        assert_eq!(press(&mut b, Key::Enter), Outcome::Edit);
        assert_eq!(b, block(&["def f():", "    x = g(1,", "    2)", ""], 2, 4));
        let mut b = block(&["if x:", "    y", ""], 1, 2);
        press(&mut b, Key::Enter);
        assert_eq!(b, block(&["if x:", "", "    y", ""], 2, 2));
    }

    #[test]
    fn up_and_down_keep_the_column_and_leave_at_the_edges() {
        let mut b = block(&["if x:", "    yy = 1", ""], 1, 7);
        assert_eq!(press(&mut b, Key::Up), Outcome::Edit);
        assert_eq!((b.row, b.col), (0, 5));
        assert_eq!(press(&mut b, Key::Up), Outcome::Older);
        let mut b = block(&["é = 1", "ab"], 0, 3);
        assert_eq!(press(&mut b, Key::Down), Outcome::Edit);
        assert_eq!((b.row, b.col), (1, 2));
        assert_eq!(press(&mut b, Key::Down), Outcome::Newer);
    }

    #[test]
    fn left_right_and_joins_cross_line_edges() {
        let mut b = block(&["a", "bc"], 1, 0);
        press(&mut b, Key::Left);
        assert_eq!((b.row, b.col), (0, 1));
        press(&mut b, Key::Right);
        assert_eq!((b.row, b.col), (1, 0));
        press(&mut b, Key::JoinUp);
        assert_eq!(b, block(&["abc"], 0, 1));
        let mut b = block(&["a", "bc"], 0, 1);
        press(&mut b, Key::JoinDown);
        assert_eq!(b, block(&["abc"], 0, 1));
    }

    const KEYS: [Key; 10] = [
        Key::Up,
        Key::Down,
        Key::Left,
        Key::Right,
        Key::Enter,
        Key::JoinUp,
        Key::JoinDown,
        Key::Run,
        Key::Interrupt,
        Key::ClearScreen,
    ];

    proptest::proptest! {
        /// Whatever the editor hands back and wherever its cursor is, the
        /// block keeps its shape and nothing panics.
        #[test]
        fn no_key_sequence_breaks_a_block(
            entry in "[a-z :(é\n ]{0,30}",
            presses in proptest::collection::vec((0usize..10, "[a-z :é\n ]{0,8}", 0usize..12), 0..30),
        ) {
            let mut b = Block::recalled(&entry);
            for (k, text, pos) in presses {
                let _ = b.press(KEYS[k], &text, pos);
                proptest::prop_assert!(b.row < b.lines.len());
                proptest::prop_assert!(b.line().is_char_boundary(b.col));
                proptest::prop_assert!(b.lines.iter().all(|l| !l.contains('\n')));
            }
        }

        #[test]
        fn a_window_holds_the_edited_line(
            heights in proptest::collection::vec(1usize..5, 1..40),
            row in 0usize..40,
            rows in 0usize..30,
        ) {
            let row = row % heights.len();
            let shown = window(&heights, row, rows);
            proptest::prop_assert!(shown.start <= row && row < shown.end);
            proptest::prop_assert!(shown.end <= heights.len());
        }
    }

    #[test]
    fn a_tall_block_is_shown_through_a_window() {
        assert_eq!(window(&[1, 1, 1], 1, 24), 0..3);
        assert_eq!(window(&[1; 20], 10, 6), 8..13);
        assert_eq!(window(&[1; 20], 0, 6), 0..5);
        assert_eq!(window(&[1; 20], 19, 6), 15..20);
        assert_eq!(window(&[1, 3, 1], 1, 2), 1..2);
    }

    #[test]
    fn a_paste_into_a_line_becomes_lines() {
        let mut b = block(&["if x:", "    ", ""], 1, 4);
        b.press(Key::Enter, "    a = 1\n    b = 2", 19);
        assert_eq!(
            b,
            block(&["if x:", "    a = 1", "    b = 2", "    ", ""], 3, 4)
        );
        // any byte offset is safe
        let mut b = block(&["é"], 0, 0);
        assert_eq!(b.press(Key::Left, "é", 1), Outcome::Edit);
    }
}
