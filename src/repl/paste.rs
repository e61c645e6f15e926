//! A block that arrives whole (a bracketed paste, a block recalled from
//! history, F3's paste mode) runs as one input, as in CPython 3.13's REPL:
//! blank lines inside a function do not end it; a SyntaxError anywhere
//! runs nothing; then each top-level statement runs in turn, only the last
//! one echoing its value, and the first exception stops the rest.
//!
//! ```text
//! text ─▶ pending + text ─parse─▶ top-level statements ─▶ eval each
//! ```

use super::{Session, Step};
use crate::Mode;

/// What the IndentationError of a paste split by a blank line adds.
pub const PASTE_HINT: &str = "A blank line ended the block above. To paste code with blank lines \
     in it,\npress F3 for paste mode (F3 again runs it), or put it in a file and :load FILE.";

impl Session {
    /// Feeds text that arrived in one piece. A single line, a command, or
    /// text that leaves a bracket or a string open goes line by line, as
    /// if typed.
    pub fn feed_block(&mut self, text: &str) -> Step {
        let body = without_trailing_blank_lines(text);
        if !self.runs_whole(body) {
            return self.feed_lines(text);
        }
        let source = format!("{}{body}\n", self.pending);
        self.note_block(&source);
        self.pending.clear();
        self.run_block(&source);
        self.after_line(Step::Done, false);
        match self.exit_status {
            Some(_) => Step::Quit,
            None => Step::Done,
        }
    }

    /// Feeds each line in turn; stops at `:quit`.
    pub fn feed_lines(&mut self, text: &str) -> Step {
        let mut step = Step::Done;
        for line in text.split('\n') {
            step = self.feed_line(line);
            if step == Step::Quit {
                break;
            }
        }
        step
    }

    /// Does `body` run as one block: several lines of Python, no bracket or
    /// string left open, and no stepper or command waiting for lines?
    fn runs_whole(&self, body: &str) -> bool {
        let command = self.pending.is_empty() && body.trim_start().starts_with(':');
        if !body.contains('\n') || command || self.stepper_takes() || self.stepper.collecting {
            return false;
        }
        let source = format!("{}{body}\n", self.pending);
        crate::lines::scan(&source).is_ok_and(|lines| lines.eof_error.is_none())
    }

    /// Shows the block on the projector page as a terminal shows it.
    fn note_block(&mut self, source: &str) {
        for (i, line) in source.lines().enumerate() {
            let prompt = if i == 0 { super::PS1 } else { super::PS2 };
            self.note_typed(prompt, line);
        }
    }

    /// Runs a whole block: nothing if it does not parse, else its
    /// top-level statements one by one, keeping their line numbers.
    pub fn run_block(&mut self, source: &str) {
        if let Err(error) = crate::parse::module(source) {
            self.inputs.push(source.to_string());
            return self.report_syntax_error(error, source, true);
        }
        let chunks = statements(source);
        let last = chunks.len().saturating_sub(1);
        for (i, chunk) in chunks.into_iter().enumerate() {
            let mode = if i == last { Mode::Single } else { Mode::Exec };
            if !self.eval_as(&chunk, mode) || self.exit_status.is_some() {
                break;
            }
        }
    }
}

/// The text up to its last line holding something other than whitespace.
fn without_trailing_blank_lines(text: &str) -> &str {
    let mut body = text;
    while let Some((before, last)) = body.rsplit_once('\n') {
        if !last.trim().is_empty() {
            break;
        }
        body = before;
    }
    if body.trim().is_empty() { "" } else { body }
}

/// Splits a module's source into its top-level statements, each preceded
/// by blank lines so that its line numbers stay those of the whole block
/// (a decorator starts its statement, `else:` and the like continue one).
pub fn statements(source: &str) -> Vec<String> {
    let lines: Vec<&str> = source.split_inclusive('\n').collect();
    let starts = statement_starts(source, &lines);
    let mut chunks = Vec::new();
    for (k, &start) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(lines.len());
        let mut chunk = "\n".repeat(start);
        chunk.extend(lines[start..end].iter().copied());
        chunks.push(chunk);
    }
    chunks
}

/// The 0-based physical lines where top-level statements start.
fn statement_starts(source: &str, lines: &[&str]) -> Vec<usize> {
    let Ok(scanned) = crate::lines::scan(source) else {
        return vec![0];
    };
    let mut starts: Vec<usize> = Vec::new();
    let mut after_decorator = false;
    for logical in scanned.lines.iter().filter(|l| l.indent == 0) {
        let text = &source[logical.start..logical.end];
        let index = (logical.line as usize).saturating_sub(1).min(lines.len());
        if !after_decorator && !continues_statement(text) {
            starts.push(index);
        }
        after_decorator = text.starts_with('@');
    }
    if starts.first() != Some(&0) {
        starts.insert(0, 0);
        starts.dedup();
    }
    starts
}

/// Does a top-level line continue the compound statement above it?
fn continues_statement(text: &str) -> bool {
    let word: String = text
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    matches!(word.as_str(), "else" | "elif" | "except" | "finally")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_block_splits_at_top_level_statements() {
        let src =
            "@dec\ndef f():\n    x = 1\n\n    return x\nif a:\n    pass\nelse:\n    pass\nf()\n";
        let chunks = statements(src);
        assert_eq!(chunks.len(), 3);
        assert!(chunks[0].starts_with("@dec\ndef f():"));
        assert!(chunks[1].starts_with("\n\n\n\n\nif a:"));
        assert!(chunks[1].contains("else:"));
        assert_eq!(chunks[2].trim(), "f()");
    }

    fn run(text: &str) -> String {
        let (mut session, capture) = Session::captured();
        session.feed_block(text);
        capture.take()
    }

    #[test]
    fn a_block_runs_whole_and_only_its_last_statement_echoes() {
        let src = "def f():\n    x = 1\n\n    return x\n\nf()\nf() + 1\n";
        assert_eq!(run(src), "2\n");
    }

    #[test]
    fn an_error_stops_the_block_with_the_line_in_the_block() {
        let out = run("print('a')\n\n1/0\nprint('b')\n");
        assert!(out.starts_with("a\nTraceback"), "{out}");
        assert!(out.contains("line 3, in <module>"), "{out}");
        assert!(!out.contains("\nb\n"), "{out}");
    }

    #[test]
    fn a_syntax_error_runs_nothing() {
        let out = run("print('a')\nx = = 1\n");
        assert!(out.contains("SyntaxError"), "{out}");
        assert!(!out.starts_with('a'), "{out}");
    }

    #[test]
    fn trailing_blank_lines_are_dropped() {
        assert_eq!(without_trailing_blank_lines("a\n  \n\n"), "a");
        assert_eq!(without_trailing_blank_lines("\n\n"), "");
        assert_eq!(without_trailing_blank_lines("a\n\n    b\n"), "a\n\n    b");
    }
}
