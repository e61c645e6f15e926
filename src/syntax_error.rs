//! Errors found before any code runs: SyntaxError and IndentationError.
//!
//! The pre-pass, the parser and the symbol table return a `SyntaxError`;
//! `render` prints it exactly as CPython 3.11 does for a script:
//! the `File` line, the stripped source line, carets, then `Kind: msg`.

use std::fmt::Write;

/// Which exception class the error is shown as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }

    /// The kind a class of that name is (a subclass counts as SyntaxError).
    pub fn from_name(name: &str) -> Option<SyntaxErrorKind> {
        Some(match name {
            "IndentationError" => SyntaxErrorKind::IndentationError,
            "TabError" => SyntaxErrorKind::TabError,
            _ => SyntaxErrorKind::SyntaxError,
        })
    }
}

/// Which of CPython's stages finds an error: the tokenizer and parser,
/// the symbol table (symtable.c), or the compiler (compile.c). Errors after
/// parsing wait for the whole input, and in interactive mode show no
/// source line (there is no file to read it back from).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Stage {
    #[default]
    Parser,
    Symtable,
    Compiler,
}

/// A compile-time error with CPython's location fields: `line` is 1-based,
/// `col` and `end_col` are 1-based character offsets into that line
/// (`end_col` exclusive; equal to `col + 1` for a single caret). `col` 0
/// means no caret (CPython prints none for `unexpected indent`, TabError).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: Box<str>,
    pub line: u32,
    pub col: u32,
    /// The line `end_col` is on: `line` unless the error spans a whole
    /// multi-line statement, when the carets run to the end of `line`.
    pub end_line: u32,
    pub end_col: u32,
    /// Set by the pipeline (`crate::compile`) as the error leaves a stage.
    pub stage: Stage,
    /// For a scope misuse found by the symtable (`no binding for nonlocal
    /// 'x' found`): which rule, for `:explain`. (Only the rule: it fits the
    /// struct's padding. A SyntaxError travels through every deep parser
    /// frame's Result, and a bigger one overflowed the stack of the
    /// deep-nesting tests; the name is the one the message quotes.)
    pub misuse: Option<ScopeRule>,
}

/// A declaration: `global` or `nonlocal`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decl {
    Global,
    Nonlocal,
}

impl Decl {
    pub fn word(self) -> &'static str {
        match self {
            Decl::Global => "global",
            Decl::Nonlocal => "nonlocal",
        }
    }
}

/// The scope rules whose SyntaxErrors `:explain` explains.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeRule {
    ParameterAnd(Decl),
    UsedPrior(Decl),
    AssignedBefore(Decl),
    AnnotatedCantBe(Decl),
    NonlocalAndGlobal,
    NonlocalAtModuleLevel,
    NoBindingForNonlocal,
}

impl SyntaxError {
    /// A plain `SyntaxError` with a single caret at `col` (1-based).
    pub fn new(msg: impl Into<String>, line: u32, col: u32) -> SyntaxError {
        SyntaxError::spanning(msg, line, col, col + 1)
    }

    /// A `SyntaxError` whose carets run from `col` to `end_col` (1-based, exclusive end).
    pub fn spanning(msg: impl Into<String>, line: u32, col: u32, end_col: u32) -> SyntaxError {
        SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into().into(),
            line,
            col,
            end_line: line,
            end_col,
            stage: Stage::Parser,
            misuse: None,
        }
    }

    /// The same error, noting the scope rule it breaks.
    pub fn misusing(self, rule: ScopeRule) -> SyntaxError {
        SyntaxError {
            misuse: Some(rule),
            ..self
        }
    }

    /// The name a scope misuse's message quotes (`'x'`), if any.
    pub fn quoted_name(&self) -> Option<&str> {
        let start = self.msg.find('\'')? + 1;
        let len = self.msg[start..].find('\'')?;
        Some(&self.msg[start..start + len])
    }

    /// A `SyntaxError` covering a statement from (`line`, `col`) to
    /// (`end_line`, `end_col`), as CPython reports one about a whole statement.
    pub fn statement(msg: impl Into<String>, line: u32, col: u32, end: (u32, u32)) -> SyntaxError {
        SyntaxError {
            end_line: end.0,
            ..SyntaxError::spanning(msg, line, col, end.1)
        }
    }

    /// The same error, found by `stage`.
    pub fn at_stage(self, stage: Stage) -> SyntaxError {
        SyntaxError { stage, ..self }
    }

    /// An `IndentationError` with a single caret.
    pub fn indentation(msg: impl Into<String>, line: u32, col: u32) -> SyntaxError {
        SyntaxError {
            kind: SyntaxErrorKind::IndentationError,
            ..SyntaxError::new(msg, line, col)
        }
    }

    /// The last line of the report: `SyntaxError: invalid syntax`.
    pub fn headline(&self) -> String {
        format!("{}: {}", self.kind.name(), self.msg)
    }

    /// The whole report as CPython prints it for `filename`, given the source.
    pub fn render(&self, filename: &str, source: &str) -> String {
        let text = source.lines().nth(self.line.saturating_sub(1) as usize);
        self.render_line(filename, text)
    }

    /// `render` given the error's line of source, if known.
    pub fn render_line(&self, filename: &str, text: Option<&str>) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "  File \"{}\", line {}", filename, self.line);
        if let Some(text) = text {
            self.render_source_line(&mut out, text);
        }
        out.push_str(&self.headline());
        out.push('\n');
        out
    }

    /// `    x = = 1` then `        ^`: the line without its indentation, and
    /// carets shifted by what was stripped.
    fn render_source_line(&self, out: &mut String, text: &str) {
        let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
        let indent = (text.chars().count() - stripped.chars().count()) as u32;
        let stripped = stripped.trim_end_matches(['\n', '\r']); // CPython keeps trailing spaces
        let _ = writeln!(out, "    {}", stripped);
        if self.col == 0 {
            return;
        }
        let width = stripped.chars().count() as u32;
        let start = self.col.saturating_sub(indent).max(1);
        let end_col = if self.end_line > self.line {
            indent + width + 1
        } else {
            self.end_col
        };
        let end = end_col.saturating_sub(indent).max(start + 1).min(width + 2);
        let carets = end.saturating_sub(start).max(1) as usize;
        let _ = writeln!(
            out,
            "    {}{}",
            " ".repeat(start as usize - 1),
            "^".repeat(carets)
        );
    }
}
