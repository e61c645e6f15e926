//! The line-structure pre-pass: source text → logical lines.
//!
//! Tracks brackets, strings, comments, backslash continuations and the
//! indentation stack as CPython's tokenizer does, and raises the tokenizer's
//! exact errors (unterminated strings, unmatched brackets, bad dedents, tabs).
//! Every logical line it yields is a well-bracketed slice of the source that
//! the grammar parses alone; `completeness` answers the REPL's "need more?".

use crate::syntax_error::{SyntaxError, SyntaxErrorKind};

/// One logical line: one or more physical lines joined by open brackets or
/// backslashes, without its indentation and its final newline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LogicalLine {
    /// Byte offset of its first character (after the indentation).
    pub start: usize,
    /// Byte offset just past its last character (its newline excluded).
    pub end: usize,
    /// 1-based physical line where it starts.
    pub line: u32,
    /// Indentation width, tabs to the next multiple of 8.
    pub indent: u32,
    /// Depth in the indentation stack after this line: 0 at module level.
    pub level: u32,
}

/// The pre-pass result: the logical lines, and the error CPython reports at
/// end of input if nothing earlier fails (an unclosed bracket).
#[derive(Debug, Clone)]
pub struct Lines {
    pub lines: Vec<LogicalLine>,
    pub eof_error: Option<SyntaxError>,
    /// With `eof_error`: the 1-based line and column of the outermost
    /// unclosed bracket (a syntax error before it is reported instead).
    pub eof_outer: Option<(u32, u32)>,
    /// Byte ranges of the comments, in source order (`#` to end of line).
    pub comments: Vec<(usize, usize)>,
}

/// Is an interactive input ready to run? As CPython's interactive loop:
/// open brackets, open triple-quoted strings, a trailing backslash, and a
/// compound statement not yet closed by a blank line all ask for more.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Completeness {
    Complete,
    Incomplete,
    Invalid,
}

/// CPython's limit on nested brackets (cpython: Parser/tokenizer.h MAXLEVEL).
pub const MAX_BRACKET_DEPTH: usize = 200;

/// CPython's limit on indentation levels (cpython: Parser/tokenizer.h MAXINDENT).
pub const MAX_INDENT_DEPTH: usize = 100;

/// Cut `src` into logical lines, or fail with the tokenizer's error.
pub fn scan(src: &str) -> Result<Lines, SyntaxError> {
    Scanner::new(src).run().map_err(|stop| stop.error)
}

/// Answer the REPL's question about the input typed so far. Inside an open
/// block, a line that is already wrong makes the input `Invalid` at once, as
/// in CPython's interactive loop; running out of input there is `Incomplete`.
pub fn completeness(src: &str) -> Completeness {
    match Scanner::new(src).run() {
        Err(stop) if stop.at_eof => Completeness::Incomplete,
        Err(_) => Completeness::Invalid,
        Ok(lines) if lines.eof_error.is_some() => Completeness::Incomplete,
        Ok(lines) => match lines.lines.first() {
            Some(first)
                if opens_block(&src[first.start..first.end]) && !ends_with_blank_line(src) =>
            {
                block_so_far(src)
            }
            _ => Completeness::Complete,
        },
    }
}

/// An unfinished compound statement: still fine (more lines may come), or
/// already wrong before its last line?
fn block_so_far(src: &str) -> Completeness {
    match crate::parse::module(src) {
        Err(e) if !ran_out_of_input(&e) => Completeness::Invalid,
        _ => Completeness::Incomplete,
    }
}

/// The parser's errors at end of input (no caret): a block, an `except` or
/// the `def` after a decorator is still to come.
fn ran_out_of_input(e: &SyntaxError) -> bool {
    e.col == 0 && e.kind != SyntaxErrorKind::TabError && &*e.msg != "unexpected indent"
}

/// Does a logical line start a compound statement (or a decorator)?
fn opens_block(text: &str) -> bool {
    const HEADS: [&str; 8] = ["if", "while", "for", "def", "class", "try", "with", "async"];
    if text.starts_with('@') {
        return true;
    }
    let word_end = text
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    HEADS.contains(&&text[..word_end])
}

/// Has the user typed an empty line last (the REPL's end-of-block signal)?
fn ends_with_blank_line(src: &str) -> bool {
    src.lines().last().is_none_or(|l| l.trim().is_empty())
}

/// Why the scan stopped: the error, and whether more input could fix it.
struct Stop {
    error: SyntaxError,
    at_eof: bool,
}

/// An open bracket: its byte, and where it stands (1-based line and column).
#[derive(Clone, Copy)]
struct Open {
    byte: u8,
    line: u32,
    col: u32,
}

struct Scanner<'s> {
    src: &'s str,
    bytes: &'s [u8],
    pos: usize,
    line: u32,
    line_start: usize,
    brackets: Vec<Open>,
    /// cpython: tokenizer.c indstack / altindstack (tabs as 8 and as 1).
    indents: Vec<(u32, u32)>,
    lines: Vec<LogicalLine>,
    comments: Vec<(usize, usize)>,
    /// The logical line being scanned: its first line and level.
    current: Option<(u32, u32)>,
    /// The last column computed: (line start, offset, column), so that the
    /// columns of many strings on one long line cost their distance only.
    col_cache: std::cell::Cell<(usize, usize, u32)>,
}

impl<'s> Scanner<'s> {
    fn new(src: &'s str) -> Scanner<'s> {
        Scanner {
            src,
            bytes: src.as_bytes(),
            pos: bom_len(src),
            line: 1,
            line_start: bom_len(src),
            brackets: Vec::new(),
            indents: vec![(0, 0)],
            lines: Vec::new(),
            comments: Vec::new(),
            current: None,
            col_cache: std::cell::Cell::new((0, 0, 0)),
        }
    }

    fn run(mut self) -> Result<Lines, Stop> {
        match self.logical_lines() {
            Ok(eof_error) => {
                let eof_outer = self.brackets.first().map(|b| (b.line, b.col));
                Ok(Lines {
                    lines: self.lines,
                    eof_error,
                    eof_outer,
                    comments: self.comments,
                })
            }
            Err(stop) => Err(self.earlier_unexpected_indent(stop)),
        }
    }

    /// Scan every logical line; at the end, the unclosed-bracket error if any.
    fn logical_lines(&mut self) -> Result<Option<SyntaxError>, Stop> {
        loop {
            let (col, altcol) = self.indentation();
            if self.pos >= self.bytes.len() {
                return Ok(None);
            }
            if self.at_blank_or_comment_line() {
                self.skip_physical_line();
                continue;
            }
            let (line, start) = (self.line, self.pos);
            let level = self.indent(col, altcol)?;
            self.current = Some((line, level));
            let end = self.logical_line()?;
            self.lines.push(LogicalLine {
                start,
                end,
                line,
                indent: col,
                level,
            });
            if let Some(open) = self.brackets.last() {
                return Ok(Some(never_closed(*open)));
            }
        }
    }

    /// CPython's parser reads the lines before a tokenizer error first: an
    /// indented line that no block opened fails there with `unexpected
    /// indent`, before the tokenizer reaches its own error.
    /// cpython: pegen_errors.c _PyPegen_set_syntax_error (INDENT).
    fn earlier_unexpected_indent(&self, stop: Stop) -> Stop {
        let mut previous: Option<&LogicalLine> = None;
        let scanned = self.lines.iter().map(|l| (l.line, l.level, Some(l)));
        let current = self
            .current
            .filter(|&(line, _)| self.lines.last().is_none_or(|l| l.line < line));
        for (line, level, l) in scanned.chain(current.map(|(line, level)| (line, level, None))) {
            let level_before = previous.map_or(0, |p| p.level);
            if level > level_before && !previous.is_some_and(|p| self.ends_with_colon(p)) {
                let error = SyntaxError::indentation("unexpected indent", line, 0);
                return Stop {
                    error,
                    at_eof: false,
                };
            }
            previous = l;
        }
        stop
    }

    /// Does a logical line end with `:` (comments aside)?
    fn ends_with_colon(&self, l: &LogicalLine) -> bool {
        let mut end = l.end;
        if let Some(&(start, _)) = self
            .comments
            .iter()
            .rev()
            .find(|&&(s, e)| s >= l.start && e <= l.end)
        {
            end = end.min(start);
        }
        self.src[l.start..end].trim_end().ends_with(':')
    }

    /// Skip the indentation of a physical line; measure it.
    /// cpython: tokenizer.c tok_get, "Get indentation level".
    fn indentation(&mut self) -> (u32, u32) {
        let (mut col, mut altcol) = (0u32, 0u32);
        while let Some(&b) = self.bytes.get(self.pos) {
            match b {
                b' ' => (col, altcol) = (col + 1, altcol + 1),
                b'\t' => (col, altcol) = ((col / 8 + 1) * 8, altcol + 1),
                b'\x0c' => (col, altcol) = (0, 0),
                _ => break,
            }
            self.pos += 1;
        }
        (col, altcol)
    }

    fn at_blank_or_comment_line(&self) -> bool {
        matches!(self.bytes.get(self.pos), Some(b'#' | b'\n' | b'\r'))
    }

    fn skip_physical_line(&mut self) {
        while let Some(&b) = self.bytes.get(self.pos) {
            if b == b'\n' || b == b'\r' {
                self.newline();
                return;
            }
            self.pos += 1;
        }
    }

    /// Consume a `\n`, `\r\n` or `\r` at `pos` and start the next physical line.
    fn newline(&mut self) {
        if self.bytes[self.pos] == b'\r' && self.bytes.get(self.pos + 1) == Some(&b'\n') {
            self.pos += 1;
        }
        self.pos += 1;
        self.line += 1;
        self.line_start = self.pos;
    }

    /// Push or pop the indentation stack for a new logical line; return its level.
    /// cpython: tokenizer.c tok_get, the indent/dedent comparison.
    fn indent(&mut self, col: u32, altcol: u32) -> Result<u32, Stop> {
        let &(top, alttop) = self
            .indents
            .last()
            .expect("invariant: the stack keeps level 0");
        if col > top {
            if altcol <= alttop {
                return Err(self.tab_error());
            }
            if self.indents.len() >= MAX_INDENT_DEPTH {
                let error =
                    SyntaxError::indentation("too many levels of indentation", self.line, 0);
                return Err(Stop {
                    error,
                    at_eof: false,
                });
            }
            self.indents.push((col, altcol));
        } else if col < top {
            while self.indents.len() > 1 && col < self.indents[self.indents.len() - 1].0 {
                self.indents.pop();
            }
            let &(top, alttop) = self
                .indents
                .last()
                .expect("invariant: the stack keeps level 0");
            if col != top {
                let end = self.physical_line_width() + 1;
                let error = SyntaxError::indentation(
                    "unindent does not match any outer indentation level",
                    self.line,
                    end,
                );
                return Err(Stop {
                    error,
                    at_eof: false,
                });
            }
            if altcol != alttop {
                return Err(self.tab_error());
            }
        } else if altcol != alttop {
            return Err(self.tab_error());
        }
        Ok(self.indents.len() as u32 - 1)
    }

    fn tab_error(&self) -> Stop {
        let error = SyntaxError {
            kind: SyntaxErrorKind::TabError,
            ..SyntaxError::new(
                "inconsistent use of tabs and spaces in indentation",
                self.line,
                0,
            )
        };
        Stop {
            error,
            at_eof: false,
        }
    }

    /// Characters on the current physical line, its newline excluded.
    fn physical_line_width(&self) -> u32 {
        let rest = &self.src[self.line_start..];
        let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
        rest[..end].chars().count() as u32
    }

    /// Scan to the end of the logical line starting at `pos`; return its end
    /// offset, leaving `pos` after its newline.
    fn logical_line(&mut self) -> Result<usize, Stop> {
        while let Some(&b) = self.bytes.get(self.pos) {
            match b {
                b'#' => self.skip_comment(),
                b'\n' | b'\r' if self.brackets.is_empty() => {
                    let end = self.pos;
                    self.newline();
                    return Ok(end);
                }
                b'\n' | b'\r' => self.newline(),
                b'\\' => self.continuation()?,
                b'\'' | b'"' => self.string(self.pos)?,
                b'(' | b'[' | b'{' => self.open_bracket(b)?,
                b')' | b']' | b'}' => self.close_bracket(b)?,
                b'0'..=b'9' => self.skip_word(),
                _ if b == b'_' || b.is_ascii_alphabetic() || b >= 0x80 => self.word()?,
                0 => return Err(self.null_byte()),
                0x01..=0x08 | 0x0b | 0x0e..=0x1f | 0x7f => return Err(self.non_printable(b)),
                _ => self.pos += 1,
            }
        }
        Ok(self.pos)
    }

    /// cpython: tokenizer.c, "source code cannot contain null bytes".
    fn null_byte(&self) -> Stop {
        let error = SyntaxError::new("source code cannot contain null bytes", self.line, 0);
        Stop {
            error,
            at_eof: false,
        }
    }

    /// cpython: tokenizer.c, "invalid non-printable character U+%04X".
    fn non_printable(&self, b: u8) -> Stop {
        let msg = format!("invalid non-printable character U+{:04X}", b);
        let error = SyntaxError::new(msg, self.line, self.col_of(self.pos) + 1);
        Stop {
            error,
            at_eof: false,
        }
    }

    fn skip_comment(&mut self) {
        let start = self.pos;
        while let Some(&b) = self.bytes.get(self.pos) {
            if b == b'\n' || b == b'\r' {
                break;
            }
            self.pos += 1;
        }
        self.comments.push((start, self.pos));
    }

    /// A backslash outside a string: it must end the physical line.
    fn continuation(&mut self) -> Result<(), Stop> {
        let col = self.col_of(self.pos) + 1;
        self.pos += 1;
        match self.bytes.get(self.pos) {
            Some(b'\n' | b'\r') => {
                self.newline();
                if self.pos >= self.bytes.len() {
                    let error =
                        SyntaxError::new("unexpected EOF while parsing", self.line - 1, col + 1);
                    return Err(Stop {
                        error,
                        at_eof: true,
                    });
                }
                Ok(())
            }
            None => {
                let error = SyntaxError::new("unexpected EOF while parsing", self.line, col + 1);
                Err(Stop {
                    error,
                    at_eof: true,
                })
            }
            Some(_) => {
                let msg = "unexpected character after line continuation character";
                Err(Stop {
                    error: SyntaxError::new(msg, self.line, col + 1),
                    at_eof: false,
                })
            }
        }
    }

    /// An identifier, keyword or number: skip it; if it is a string prefix
    /// directly followed by a quote, scan the string too.
    fn word(&mut self) -> Result<(), Stop> {
        let start = self.pos;
        self.skip_word();
        let is_prefix = matches!(
            self.src[start..self.pos].to_ascii_lowercase().as_str(),
            "r" | "u" | "f" | "b" | "br" | "rb" | "fr" | "rf"
        );
        if is_prefix && matches!(self.bytes.get(self.pos), Some(b'\'' | b'"')) {
            self.string(start)?;
        }
        Ok(())
    }

    fn skip_word(&mut self) {
        while let Some(&b) = self.bytes.get(self.pos) {
            if !(b == b'_' || b.is_ascii_alphanumeric() || b >= 0x80) {
                return;
            }
            self.pos += 1;
        }
    }

    /// A string literal whose quote is at `pos`, its prefix at `start`.
    fn string(&mut self, start: usize) -> Result<(), Stop> {
        let (line, col) = (self.line, self.col_of(start) + 1);
        let quote = self.bytes[self.pos];
        let triple = self.bytes.get(self.pos + 1) == Some(&quote)
            && self.bytes.get(self.pos + 2) == Some(&quote);
        self.pos += if triple { 3 } else { 1 };
        if triple {
            self.triple_string_body(quote, line, col)
        } else {
            self.short_string_body(quote, line, col)
        }
    }

    fn short_string_body(&mut self, quote: u8, line: u32, col: u32) -> Result<(), Stop> {
        while let Some(&b) = self.bytes.get(self.pos) {
            match b {
                b'\\' if matches!(self.bytes.get(self.pos + 1), Some(b'\n' | b'\r')) => {
                    self.pos += 1;
                    self.newline();
                }
                b'\\' => self.pos += 2,
                b'\n' | b'\r' => break,
                _ if b == quote => {
                    self.pos += 1;
                    return Ok(());
                }
                _ => self.pos += 1,
            }
        }
        let msg = format!(
            "unterminated string literal (detected at line {})",
            self.line
        );
        Err(Stop {
            error: SyntaxError::new(msg, line, col),
            at_eof: false,
        })
    }

    fn triple_string_body(&mut self, quote: u8, line: u32, col: u32) -> Result<(), Stop> {
        while let Some(&b) = self.bytes.get(self.pos) {
            match b {
                b'\\' if matches!(self.bytes.get(self.pos + 1), Some(b'\n' | b'\r')) => {
                    self.pos += 1;
                    self.newline();
                }
                b'\\' => self.pos += 2,
                b'\n' | b'\r' => self.newline(),
                _ if b == quote && self.bytes[self.pos..].starts_with(&[quote, quote, quote]) => {
                    self.pos += 3;
                    return Ok(());
                }
                _ => self.pos += 1,
            }
        }
        let last_line = if self.src.ends_with(['\n', '\r']) {
            self.line - 1
        } else {
            self.line
        };
        let msg = format!(
            "unterminated triple-quoted string literal (detected at line {})",
            last_line.max(line)
        );
        Err(Stop {
            error: SyntaxError::new(msg, line, col),
            at_eof: true,
        })
    }

    /// cpython: tokenizer.c, "Keep track of parentheses nesting level".
    fn open_bracket(&mut self, b: u8) -> Result<(), Stop> {
        let open = Open {
            byte: b,
            line: self.line,
            col: self.col_of(self.pos) + 1,
        };
        if self.brackets.len() >= MAX_BRACKET_DEPTH {
            let error = SyntaxError::new("too many nested parentheses", open.line, open.col);
            return Err(Stop {
                error,
                at_eof: false,
            });
        }
        self.brackets.push(open);
        self.pos += 1;
        Ok(())
    }

    fn close_bracket(&mut self, b: u8) -> Result<(), Stop> {
        let col = self.col_of(self.pos) + 1;
        let Some(open) = self.brackets.pop() else {
            let error = SyntaxError::new(format!("unmatched '{}'", b as char), self.line, col);
            return Err(Stop {
                error,
                at_eof: false,
            });
        };
        if matching(open.byte) != b {
            let mut msg = format!(
                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                b as char, open.byte as char
            );
            if open.line != self.line {
                msg.push_str(&format!(" on line {}", open.line));
            }
            return Err(Stop {
                error: SyntaxError::new(msg, self.line, col),
                at_eof: false,
            });
        }
        self.pos += 1;
        Ok(())
    }

    /// 0-based character column of byte offset `at` on the current line.
    fn col_of(&self, at: usize) -> u32 {
        let start = self.line_start.min(at);
        let (from, col) = match self.col_cache.get() {
            (line, was, col) if line == start && was <= at => (was, col),
            _ => (start, 0),
        };
        let col = col + self.src[from..at].chars().count() as u32;
        self.col_cache.set((start, at, col));
        col
    }
}

/// A UTF-8 byte order mark at the start is not part of the program.
pub fn bom_len(src: &str) -> usize {
    if src.starts_with('\u{feff}') { 3 } else { 0 }
}

fn matching(open: u8) -> u8 {
    match open {
        b'(' => b')',
        b'[' => b']',
        _ => b'}',
    }
}

fn never_closed(open: Open) -> SyntaxError {
    SyntaxError::new(
        format!("'{}' was never closed", open.byte as char),
        open.line,
        open.col,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn starts(src: &str) -> Vec<(u32, u32, u32)> {
        let lines = scan(src).expect("scan");
        lines
            .lines
            .iter()
            .map(|l| (l.line, l.indent, l.level))
            .collect()
    }

    fn err(src: &str) -> String {
        let e = scan(src).expect_err("an error");
        format!("{}:{}: {}", e.line, e.col, e.headline())
    }

    #[test]
    fn logical_lines_join_brackets_and_backslashes() {
        assert_eq!(
            starts("a = (1,\n 2)\nb = 1 + \\\n 2\n"),
            vec![(1, 0, 0), (3, 0, 0)]
        );
    }

    #[test]
    fn blank_and_comment_lines_are_skipped() {
        assert_eq!(
            starts("if x:\n\n    # c\n    y\nz\n"),
            vec![(1, 0, 0), (4, 4, 1), (5, 0, 0)]
        );
    }

    #[test]
    fn strings_hide_brackets_and_comments() {
        assert_eq!(
            starts("a = '(#'\nb = \"\"\"\n)\n\"\"\"\nc\n"),
            vec![(1, 0, 0), (2, 0, 0), (5, 0, 0)]
        );
    }

    #[test]
    fn tokenizer_errors_match_cpython() {
        assert_eq!(
            err("x = 'abc\n"),
            "1:5: SyntaxError: unterminated string literal (detected at line 1)"
        );
        assert_eq!(
            err("x = \"\"\"abc\ny=1\n"),
            "1:5: SyntaxError: unterminated triple-quoted string literal (detected at line 2)"
        );
        assert_eq!(err("x = 1)\n"), "1:6: SyntaxError: unmatched ')'");
        assert_eq!(
            err("x = (1,\n 2]\n"),
            "2:3: SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1"
        );
        assert_eq!(
            err("    x\ny = '\n"),
            "1:0: IndentationError: unexpected indent"
        );
        assert_eq!(
            err("if x:\n    a\n  b\n"),
            "3:4: IndentationError: unindent does not match any outer indentation level"
        );
    }

    #[test]
    fn unclosed_bracket_is_an_eof_error() {
        let lines = scan("x = (1, [2,\n").expect("scan");
        let e = lines.eof_error.expect("eof error");
        assert_eq!((e.line, e.col, &*e.msg), (1, 9, "'[' was never closed"));
    }

    #[test]
    fn deep_brackets_are_refused() {
        let src = format!("x = {}1", "(".repeat(5000));
        assert_eq!(err(&src), "1:205: SyntaxError: too many nested parentheses");
    }

    #[test]
    fn completeness_follows_the_interactive_loop() {
        assert_eq!(completeness("x = 1\n"), Completeness::Complete);
        assert_eq!(completeness("x = (1,\n"), Completeness::Incomplete);
        assert_eq!(completeness("x = '''a\n"), Completeness::Incomplete);
        assert_eq!(completeness("x = 1 + \\\n"), Completeness::Incomplete);
        assert_eq!(completeness("if x:\n    y\n"), Completeness::Incomplete);
        assert_eq!(completeness("if x:\n    y\n\n"), Completeness::Complete);
        assert_eq!(completeness("x = 1)\n"), Completeness::Invalid);
        assert_eq!(completeness("def f():\n"), Completeness::Incomplete);
        assert_eq!(completeness("@d\n"), Completeness::Incomplete);
        assert_eq!(completeness("try:\n    pass\n"), Completeness::Incomplete);
        assert_eq!(completeness("if x: y\n"), Completeness::Incomplete);
        assert_eq!(
            completeness("def f():\n    x = = 1\n"),
            Completeness::Invalid
        );
        assert_eq!(
            completeness("def f():\n    return 1\n\n"),
            Completeness::Complete
        );
        assert_eq!(completeness("x = = 1\n"), Completeness::Complete);
        assert_eq!(completeness("if x:\ny\n"), Completeness::Invalid);
        assert_eq!(completeness("if x:"), Completeness::Incomplete);
        assert_eq!(completeness("# just a comment\n"), Completeness::Complete);
    }
}
