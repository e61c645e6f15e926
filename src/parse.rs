//! The parser: source text → `ast::Module`, or CPython's SyntaxError.
//!
//! `lines::scan` cuts the source into logical lines; pest parses each line
//! with grammar/python.pest; `blocks` nests lines into statements by their
//! indentation; `stmt`, `expr`, `params`, `targets` and `strings` turn pest
//! pairs into AST nodes; `failure` words pest's failures as CPython does;
//! `context` finally checks what CPython's compiler checks (`'return' outside
//! function`, ...). Scope ids are handed out in source order (pre-order: a
//! def, lambda, class or comprehension gets its id before what it contains),
//! the module being 0.

mod blocks;
mod bytes_escape;
mod context;
mod expr;
mod failure;
mod params;
mod stmt;
mod strings;
mod targets;

use crate::ast::{Module, Name, ScopeId, Span};
use crate::lines;
use crate::syntax_error::SyntaxError;
use pest::Parser;
use pest::iterators::Pair;
use rustc_hash::FxHashMap;
use std::cell::{Cell, RefCell};

#[derive(pest_derive::Parser)]
#[grammar = "../grammar/python.pest"]
struct PythonParser;

type R<T> = Result<T, SyntaxError>;
type P<'s> = Pair<'s, Rule>;

/// How deep the AST may grow (nested expressions, operator chains such as
/// `1+1+...`, trailers, `elif` chains, blocks) before cellar refuses the
/// input. CPython 3.11 answers deeper input with `RecursionError: maximum
/// recursion depth exceeded during compilation`; cellar with a SyntaxError
/// `too many nested expressions`, so no later pass recurses deeper than this.
pub const MAX_NESTING: u32 = 1000;

/// The message for input nested deeper than `MAX_NESTING` (or than pest's
/// stack guard allows).
pub const TOO_DEEP: &str = "too many nested expressions";

/// Parse a whole file or REPL input, with every check CPython makes before
/// running it except the symbol table's scope errors (`nonlocal`, `global`:
/// `symtable::build` raises those). The first error is reported with CPython
/// 3.11's message, line and carets (tokenizer errors such as unterminated
/// strings first, as CPython does).
///
/// For CPython's exact order across stages, a pipeline can instead call
/// `syntax`, then `symtable_checks` and its own symbol table, then
/// `compiler_checks`.
pub fn module(source: &str) -> Result<Module, SyntaxError> {
    let module = syntax(source)?;
    symtable_checks(&module, source)?;
    compiler_checks(&module, source)?;
    Ok(module)
}

/// `eval` mode takes one expression: anything else is CPython's
/// `invalid syntax` at the first statement that is not one.
pub fn check_expression(module: &Module) -> Result<(), SyntaxError> {
    let bad = match &module.body[..] {
        [s] if matches!(s.kind, crate::ast::StmtKind::Expr(_)) => return Ok(()),
        [] => return Err(SyntaxError::new("invalid syntax", 1, 1)),
        [s] => s,
        [_, s, ..] => s,
    };
    let (line, col) = (bad.span.line, bad.span.col + 1);
    Err(SyntaxError::new("invalid syntax", line, col))
}

/// The parser's errors only (CPython's tokenizer and parser).
pub fn syntax(source: &str) -> Result<Module, SyntaxError> {
    let scanned = lines::scan(source)?;
    let cx = Cx::new(source, &scanned.comments);
    let body = blocks::build(&cx, &scanned)?;
    Ok(Module {
        body,
        scope_count: cx.next_scope.get(),
        warnings: cx.warnings.take(),
    })
}

/// The errors CPython's symbol table raises that are not about scopes:
/// `duplicate argument 'x' in function definition`, `'yield' inside list
/// comprehension`. `source` is the text `module` was parsed from.
pub fn symtable_checks(module: &Module, source: &str) -> Result<(), SyntaxError> {
    context::check(&Cx::new(source, &[]), module, context::Stage::Symtable)
}

/// The errors CPython's compiler raises: `'return' outside function`,
/// `'break' outside loop`, `'continue' not properly in loop`, `'yield'
/// outside function`, `too many statically nested blocks`, `keyword argument
/// repeated: x`. `source` is the text `module` was parsed from.
pub fn compiler_checks(module: &Module, source: &str) -> Result<(), SyntaxError> {
    context::check(&Cx::new(source, &[]), module, context::Stage::Compiler)
}

/// The parser's state while building one module: the source, its line
/// starts (for spans), the scope counter, the name interner and the nesting
/// depth. Builders take `&Cx` so that Pratt closures can share it.
struct Cx<'s> {
    src: &'s str,
    /// Comment byte ranges (from the pre-pass), to keep them out of spans.
    comments: &'s [(usize, usize)],
    line_starts: Vec<usize>,
    /// The line index of the last `line_col` lookup.
    last_line: Cell<usize>,
    /// Is the whole source ASCII (columns are then byte offsets)?
    ascii: bool,
    next_scope: Cell<u32>,
    depth: Cell<u32>,
    names: RefCell<FxHashMap<&'s str, Name>>,
    /// The tokenizer's SyntaxWarnings, (line, message), in source order.
    warnings: RefCell<Vec<(u32, String)>>,
}

impl<'s> Cx<'s> {
    fn new(src: &'s str, comments: &'s [(usize, usize)]) -> Cx<'s> {
        Cx {
            src,
            comments,
            line_starts: line_starts(src),
            last_line: Cell::new(0),
            ascii: src.is_ascii(),
            next_scope: Cell::new(1),
            depth: Cell::new(0),
            names: RefCell::new(FxHashMap::default()),
            warnings: RefCell::new(Vec::new()),
        }
    }

    /// Parse `text` (a slice of the source) with `rule`.
    fn parse(&self, rule: Rule, text: &'s str) -> R<pest::iterators::Pairs<'s, Rule>> {
        PythonParser::parse(rule, text).map_err(|e| self.pest_error(&e, text))
    }

    /// The next scope id, in creation order.
    fn new_scope(&self) -> ScopeId {
        let id = self.next_scope.get();
        self.next_scope.set(id + 1);
        ScopeId(id)
    }

    /// One name, shared by every occurrence in this module.
    fn name(&self, text: &'s str) -> Name {
        self.names
            .borrow_mut()
            .entry(text)
            .or_insert_with(|| Name::from(text))
            .clone()
    }

    /// Enter one level of expression nesting; fails past `MAX_NESTING`.
    fn enter(&self, at: &P<'s>) -> R<()> {
        self.enter_levels(1, self.offset(at))
    }

    fn leave(&self) {
        self.leave_levels(1);
    }

    /// Enter `n` levels at once (a chain of `n` operators or trailers builds
    /// a tree `n` deep), so that the AST stays under `MAX_NESTING` levels for
    /// the passes that recurse over it.
    fn enter_levels(&self, n: u32, offset: usize) -> R<()> {
        let depth = self.depth.get() + n;
        if depth > MAX_NESTING {
            return Err(self.error_at(TOO_DEEP, offset));
        }
        self.depth.set(depth);
        Ok(())
    }

    fn leave_levels(&self, n: u32) {
        self.depth.set(self.depth.get() - n);
    }

    /// The byte offset in the source of a pair's first character.
    fn offset(&self, pair: &P<'s>) -> usize {
        self.base(pair.as_span().get_input()) + pair.as_span().start()
    }

    /// Where a slice of the source starts in it.
    fn base(&self, text: &str) -> usize {
        text.as_ptr() as usize - self.src.as_ptr() as usize
    }

    /// A pair's span. pest lets a rule that ends in an optional part keep
    /// the whitespace before it; that whitespace is not part of the node.
    fn span(&self, pair: &P<'s>) -> Span {
        let base = self.base(pair.as_span().get_input());
        let start = base + pair.as_span().start();
        let end = self.trim_end(start, base + pair.as_span().end());
        self.span_of(start, end)
    }

    /// Move `end` back over whitespace, continuations and comments.
    fn trim_end(&self, start: usize, mut end: usize) -> usize {
        loop {
            let text = &self.src[start..end];
            end = start
                + text
                    .trim_end_matches([' ', '\t', '\x0c', '\n', '\r', '\\'])
                    .len();
            let i = self.comments.partition_point(|&(s, _)| s < end);
            match i.checked_sub(1).map(|i| self.comments[i]) {
                Some((s, e)) if s >= start && end <= e => end = s,
                _ => return end,
            }
        }
    }

    /// The span of source bytes `start..end`.
    fn span_of(&self, start: usize, end: usize) -> Span {
        let (line, col) = self.line_col(start);
        let (end_line, end_col) = self.line_col(end);
        Span {
            start: start as u32,
            end: end as u32,
            line,
            col,
            end_line,
            end_col,
        }
    }

    /// 1-based line and 0-based character column of a byte offset.
    /// Spans come in source order, so the line of the previous lookup is
    /// tried first; an ASCII source needs no character counting.
    fn line_col(&self, offset: usize) -> (u32, u32) {
        let last = self.last_line.get();
        let i = if self.line_starts[last] <= offset
            && self
                .line_starts
                .get(last + 1)
                .is_none_or(|&next| offset < next)
        {
            last
        } else {
            self.line_starts
                .partition_point(|&s| s <= offset)
                .saturating_sub(1)
        };
        self.last_line.set(i);
        let start = self.line_starts[i].min(offset);
        let col = match self.src.get(start..offset) {
            Some(s) if self.ascii => s.len(),
            Some(s) => s.chars().count(),
            None => 0,
        };
        (i as u32 + 1, col as u32)
    }

    /// The byte offset of a 1-based line and 1-based character column.
    fn offset_of(&self, line: u32, col: u32) -> usize {
        let start = self
            .line_starts
            .get(line.saturating_sub(1) as usize)
            .copied()
            .unwrap_or(self.src.len());
        let rest = &self.src[start..];
        let chars = col.saturating_sub(1) as usize;
        start
            + rest
                .char_indices()
                .nth(chars)
                .map_or(rest.len(), |(i, _)| i)
    }

    /// The text of physical line `line` from 1-based column `col` on,
    /// without its newline (empty past its end).
    fn rest_of_line(&self, line: u32, col: u32) -> &'s str {
        let start = self.offset_of(line, col);
        let end = self
            .line_starts
            .get(line as usize)
            .copied()
            .unwrap_or(self.src.len());
        self.src
            .get(start..end.max(start))
            .unwrap_or("")
            .trim_end_matches(['\n', '\r'])
    }

    /// A SyntaxError with a single caret at byte `offset`.
    fn error_at(&self, msg: impl Into<String>, offset: usize) -> SyntaxError {
        let (line, col) = self.line_col(offset);
        SyntaxError::new(msg, line, col + 1)
    }

    /// A SyntaxError with carets under `span` (on its first line).
    fn error_span(&self, msg: impl Into<String>, span: Span) -> SyntaxError {
        let end = if span.end_line == span.line {
            span.end_col + 1
        } else {
            self.line_width(span.line) + 1
        };
        SyntaxError::spanning(msg, span.line, span.col + 1, end.max(span.col + 2))
    }

    fn line_width(&self, line: u32) -> u32 {
        let start = self
            .line_starts
            .get(line as usize - 1)
            .copied()
            .unwrap_or(self.src.len());
        let rest = &self.src[start..];
        let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
        rest[..end].chars().count() as u32
    }

    /// Turn pest's failure into CPython's message for the common cases.
    fn pest_error(&self, e: &pest::error::Error<Rule>, text: &'s str) -> SyntaxError {
        let at = match e.location {
            pest::error::InputLocation::Pos(p) => p,
            pest::error::InputLocation::Span((p, _)) => p,
        };
        let offset = self.base(text) + at.min(text.len());
        if let pest::error::ErrorVariant::CustomError { message } = &e.variant
            && message.contains("limit reached")
        {
            return self.error_at(TOO_DEEP, offset);
        }
        failure::explain_failure(self, text, offset)
    }
}

/// Byte offsets where each physical line starts (`\n`, `\r\n`, `\r`).
fn line_starts(src: &str) -> Vec<usize> {
    let bytes = src.as_bytes();
    let mut starts = vec![lines::bom_len(src)];
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
            starts.push(i + 1);
        }
    }
    starts
}

/// The children of a pair, keywords left out (they carry no data).
fn kids<'s>(pair: P<'s>) -> impl Iterator<Item = P<'s>> {
    pair.into_inner().filter(|p| !is_keyword(p.as_rule()))
}

fn is_keyword(rule: Rule) -> bool {
    use Rule::*;
    matches!(
        rule,
        kw_false
            | kw_none
            | kw_true
            | kw_and
            | kw_as
            | kw_assert
            | kw_async
            | kw_await
            | kw_break
            | kw_class
            | kw_continue
            | kw_def
            | kw_del
            | kw_elif
            | kw_else
            | kw_except
            | kw_finally
            | kw_for
            | kw_from
            | kw_global
            | kw_if
            | kw_import
            | kw_in
            | kw_is
            | kw_lambda
            | kw_nonlocal
            | kw_not
            | kw_or
            | kw_pass
            | kw_raise
            | kw_return
            | kw_try
            | kw_while
            | kw_with
            | kw_yield
    )
}

/// `cellar does not support 'async' functions and statements`
fn unsupported(what: &str) -> String {
    format!("cellar does not support {what}")
}

/// The span from the start of `a` to the end of `b`.
fn join(a: Span, b: Span) -> Span {
    Span {
        start: a.start,
        line: a.line,
        col: a.col,
        end: b.end,
        end_line: b.end_line,
        end_col: b.end_col,
    }
}
