//! Logical lines → nested statements, by their indentation levels.
//!
//! Lines are parsed one at a time in source order, so the first error in the
//! source is the one reported, as CPython's parser does. This is where
//! CPython's block errors live: `unexpected indent`, `expected an indented
//! block after ...`, `expected 'except' or 'finally' block`, and decorators.

use super::failure::starts_operand;
use super::stmt::{Header, HeaderKind, Line};
use super::{Cx, R, join};
use crate::ast::{ClassDef, ExceptHandler, Expr, FunctionDef, Stmt, StmtKind};
use crate::lines::{Lines, LogicalLine};
use crate::syntax_error::SyntaxError;

/// Build the module body from the scanned lines.
pub(super) fn build(cx: &Cx<'_>, scanned: &Lines) -> R<Vec<Stmt>> {
    let mut blocks = Blocks {
        cx,
        lines: &scanned.lines,
        eof_error: scanned.eof_error.as_ref(),
        eof_outer: scanned.eof_outer,
        pos: 0,
    };
    blocks.block(0)
}

struct Blocks<'c, 's> {
    cx: &'c Cx<'s>,
    lines: &'c [LogicalLine],
    /// Reported when the last line is reached: it never closed a bracket.
    eof_error: Option<&'c SyntaxError>,
    eof_outer: Option<(u32, u32)>,
    pos: usize,
}

impl<'s> Blocks<'_, 's> {
    /// The statements of one block: lines at `level` until a dedent.
    fn block(&mut self, level: u32) -> R<Vec<Stmt>> {
        let mut body = Vec::new();
        while let Some(next) = self.peek() {
            if next.level < level {
                break;
            }
            if next.level > level {
                return Err(SyntaxError::indentation("unexpected indent", next.line, 0));
            }
            self.statement(&mut body)?;
        }
        Ok(body)
    }

    fn peek(&self) -> Option<LogicalLine> {
        self.lines.get(self.pos).copied()
    }

    /// Parse the next line (and move past it).
    fn take(&mut self) -> R<(LogicalLine, Line)> {
        let meta = self.lines[self.pos];
        if self.pos + 1 == self.lines.len()
            && let Some(e) = self.eof_error
        {
            return Err(self.unclosed_line(meta, e));
        }
        self.pos += 1;
        let text = &self.cx.src[meta.start..meta.end];
        Ok((meta, self.cx.line(text)?))
    }

    /// The last line left a bracket open. CPython reports "never closed"
    /// when its parser ran into the end of input; a syntax error it met
    /// first (before the bracket, at a token that cannot go on an
    /// expression, or two expressions then more on the line) wins.
    fn unclosed_line(&self, meta: LogicalLine, eof_error: &SyntaxError) -> SyntaxError {
        let text = &self.cx.src[meta.start..meta.end];
        let Err(e) = self.cx.line(text) else {
            return eof_error.clone();
        };
        let rest = |col: u32| {
            self.cx
                .rest_of_line(e.line, col)
                .trim_start_matches([' ', '\t'])
        };
        // cpython: pegen_errors.c _PyPegen_tokenize_full_source_to_check_for_errors
        let wins = if e.line > eof_error.line {
            false
        } else if self.eof_outer.is_some_and(|outer| (e.line, e.col) <= outer) {
            true
        } else if e
            .msg
            .starts_with("invalid syntax. Perhaps you forgot a comma")
        {
            !rest(e.end_col).is_empty()
        } else {
            &*e.msg == "invalid syntax" && !rest(e.col).is_empty() && !starts_operand(rest(e.col))
        };
        if wins { e } else { eof_error.clone() }
    }

    /// One line's statements, or one compound statement with its blocks.
    fn statement(&mut self, body: &mut Vec<Stmt>) -> R<()> {
        if let Some(next) = self.peek()
            && matches!(
                self.first_word(next),
                "elif" | "else" | "except" | "finally"
            )
        {
            return Err(self.invalid_at(next)); // a clause no statement before it takes
        }
        let (meta, line) = self.take()?;
        match line {
            Line::Simple(stmts) => body.extend(stmts),
            Line::Decorator(first) => body.push(self.decorated(meta, first)?),
            Line::Header(h) => body.push(self.compound(meta, *h, Vec::new())?),
        }
        Ok(())
    }

    fn first_word(&self, line: LogicalLine) -> &'s str {
        let text = &self.cx.src[line.start..line.end];
        let end = text
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(text.len());
        &text[..end]
    }

    /// `@d` lines, then the `def` or `class` they decorate.
    fn decorated(&mut self, first_meta: LogicalLine, first: Expr) -> R<Stmt> {
        let mut decorators = vec![first];
        loop {
            let Some(next) = self.peek().filter(|n| n.level == first_meta.level) else {
                return Err(self.invalid_at_next());
            };
            let (meta, line) = self.take()?;
            match line {
                Line::Decorator(d) => decorators.push(d),
                Line::Header(h)
                    if matches!(h.kind, HeaderKind::Def { .. } | HeaderKind::Class { .. }) =>
                {
                    return self.compound(meta, *h, decorators);
                }
                _ => return Err(self.invalid_at(next)),
            }
        }
    }

    /// "invalid syntax" at the first token of a line (or at the end of input).
    fn invalid_at(&self, line: LogicalLine) -> SyntaxError {
        let text = &self.cx.src[line.start..line.end];
        let len = text
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(text.len())
            .max(1);
        self.cx.error_span(
            "invalid syntax",
            self.cx.span_of(line.start, line.start + len),
        )
    }

    fn invalid_at_next(&self) -> SyntaxError {
        match self.peek() {
            Some(next) => self.invalid_at(next),
            None => SyntaxError::new("invalid syntax", self.last_line(), 0),
        }
    }

    /// Where CPython reports running out of input: the last line of the
    /// source (the one its final newline ends).
    fn last_line(&self) -> u32 {
        let src = self.cx.src;
        let newlines = src.matches('\n').count() as u32;
        if src.ends_with('\n') {
            newlines.max(1)
        } else {
            newlines + 1
        }
    }

    /// A compound statement whose header line was just taken.
    fn compound(&mut self, meta: LogicalLine, h: Header, decorators: Vec<Expr>) -> R<Stmt> {
        let head = h.span;
        let body = self.suite(meta, &h)?;
        let kind = match h.kind {
            HeaderKind::If(test) => {
                let orelse = self.if_tail(meta)?;
                StmtKind::If { test, body, orelse }
            }
            HeaderKind::While(test) => StmtKind::While {
                test,
                body,
                orelse: self.else_block(meta)?,
            },
            HeaderKind::For { target, iter } => StmtKind::For {
                target,
                iter,
                body,
                orelse: self.else_block(meta)?,
                is_async: h.is_async,
            },
            HeaderKind::Try => self.try_tail(meta, body)?,
            HeaderKind::With(items) => StmtKind::With {
                items,
                body,
                is_async: h.is_async,
            },
            HeaderKind::Def {
                name,
                args,
                returns,
                scope,
            } => StmtKind::FunctionDef(Box::new(FunctionDef {
                is_async: h.is_async,
                name,
                args: *args,
                body,
                decorators,
                returns,
                scope,
            })),
            HeaderKind::Class {
                name,
                bases,
                keywords,
                scope,
            } => StmtKind::ClassDef(Box::new(ClassDef {
                name,
                bases,
                keywords,
                body,
                decorators,
                scope,
            })),
            HeaderKind::Elif(_)
            | HeaderKind::Else
            | HeaderKind::Except { .. }
            | HeaderKind::Finally => {
                unreachable!("invariant: statement() refuses stray clauses")
            }
        };
        let mut stmt = Stmt { kind, span: head };
        stmt.span = join(head, last_span(&stmt).unwrap_or(head));
        Ok(stmt)
    }

    /// The block after a header: the statements after its colon, or the
    /// indented lines below it.
    fn suite(&mut self, meta: LogicalLine, h: &Header) -> R<Vec<Stmt>> {
        if let Some(inline) = &h.inline {
            return Ok(inline.clone());
        }
        match self.peek() {
            Some(next) if next.level > meta.level => {
                self.cx.enter_levels(1, next.start)?;
                let body = self.block(next.level);
                self.cx.leave_levels(1);
                body
            }
            next => Err(self.expected_block(meta, h, next)),
        }
    }

    /// cpython: Grammar/python.gram invalid_*_stmt, "expected an indented block after ...".
    fn expected_block(
        &self,
        meta: LogicalLine,
        h: &Header,
        next: Option<LogicalLine>,
    ) -> SyntaxError {
        let msg = format!(
            "expected an indented block after {} on line {}",
            h.kind.description(),
            meta.line
        );
        match next {
            Some(next) => SyntaxError::indentation(msg, next.line, next.indent + 1),
            None => SyntaxError::indentation(msg, self.last_line(), 0),
        }
    }

    /// The next line, if it is at the header's level and starts with one of
    /// `keywords` (checked before parsing, so no line is parsed twice).
    fn next_clause(
        &mut self,
        meta: LogicalLine,
        keywords: &[&str],
    ) -> R<Option<(LogicalLine, Header)>> {
        let Some(next) = self.peek().filter(|n| n.level == meta.level) else {
            return Ok(None);
        };
        if !keywords.contains(&self.first_word(next)) {
            return Ok(None);
        }
        match self.take()? {
            (m, Line::Header(h)) => Ok(Some((m, *h))),
            _ => Err(self.invalid_at(next)),
        }
    }

    /// `elif` (a nested If, as in CPython's AST) or `else` after an `if`.
    /// The clauses are read in a loop, not by recursion, so a long chain
    /// costs no stack; each `elif` still counts as one level of nesting.
    fn if_tail(&mut self, meta: LogicalLine) -> R<Vec<Stmt>> {
        let mut elifs = Vec::new();
        let read = self.if_clauses(meta, &mut elifs);
        self.cx.leave_levels(elifs.len() as u32); // (at most MAX_NESTING)
        let mut orelse = read?;
        while let Some((test, body, span)) = elifs.pop() {
            let mut stmt = Stmt {
                kind: StmtKind::If { test, body, orelse },
                span,
            };
            stmt.span = join(span, last_span(&stmt).unwrap_or(span));
            orelse = vec![stmt];
        }
        Ok(orelse)
    }

    /// Reads the `elif` clauses into `elifs` (test, body, header span),
    /// one nesting level entered for each; returns the `else` body.
    fn if_clauses(
        &mut self,
        mut meta: LogicalLine,
        elifs: &mut Vec<(Expr, Vec<Stmt>, crate::ast::Span)>,
    ) -> R<Vec<Stmt>> {
        loop {
            let Some((m, h)) = self.next_clause(meta, &["elif", "else"])? else {
                return Ok(Vec::new());
            };
            let body = self.suite(m, &h)?;
            let HeaderKind::Elif(test) = h.kind else {
                return Ok(body);
            };
            self.cx.enter_levels(1, m.start)?;
            elifs.push((test, body, h.span));
            meta = m;
        }
    }

    /// `else:` after `for` or `while`.
    fn else_block(&mut self, meta: LogicalLine) -> R<Vec<Stmt>> {
        match self.next_clause(meta, &["else"])? {
            Some((m, h)) => self.suite(m, &h),
            None => Ok(Vec::new()),
        }
    }

    /// The `except` handlers, `else` and `finally` of a `try`.
    fn try_tail(&mut self, meta: LogicalLine, body: Vec<Stmt>) -> R<StmtKind> {
        let mut handlers: Vec<ExceptHandler> = Vec::new();
        while let Some((m, h)) = self.next_clause(meta, &["except"])? {
            let HeaderKind::Except { star, .. } = h.kind else {
                unreachable!("invariant: filtered to except")
            };
            if handlers.first().is_some_and(|first| first.star != star) {
                return Err(mixed_except(h.span, star));
            }
            let handler_body = self.suite(m, &h)?;
            let span = join(h.span, handler_body.last().map_or(h.span, |s| s.span));
            let HeaderKind::Except { typ, name, .. } = h.kind else {
                unreachable!("invariant: filtered to except")
            };
            handlers.push(ExceptHandler {
                star,
                typ,
                name,
                body: handler_body,
                span,
            });
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.else_block(meta)?
        };
        let finalbody = match self.next_clause(meta, &["finally"])? {
            Some((m, h)) => self.suite(m, &h)?,
            None => Vec::new(),
        };
        if handlers.is_empty() && finalbody.is_empty() {
            return Err(self.missing_except());
        }
        Ok(StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        })
    }

    fn missing_except(&self) -> SyntaxError {
        let msg = "expected 'except' or 'finally' block";
        match self.peek() {
            Some(next) => {
                let e = self.invalid_at(next);
                SyntaxError {
                    msg: msg.into(),
                    ..e
                }
            }
            None => SyntaxError::new(msg, self.last_line(), 0),
        }
    }
}

/// `except` after `except*` (or the other way round), under the keyword.
fn mixed_except(header: crate::ast::Span, star: bool) -> SyntaxError {
    let msg = "cannot have both 'except' and 'except*' on the same 'try'";
    let width = if star { 7 } else { 6 };
    SyntaxError::spanning(msg, header.line, header.col + 1, header.col + 1 + width)
}

/// The span of the last statement nested in a compound statement.
fn last_span(stmt: &Stmt) -> Option<crate::ast::Span> {
    let last = |v: &Vec<Stmt>| v.last().map(|s| s.span);
    match &stmt.kind {
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => last(orelse).or_else(|| last(body)),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => last(finalbody)
            .or_else(|| last(orelse))
            .or_else(|| handlers.last().map(|h| h.span))
            .or_else(|| last(body)),
        StmtKind::With { body, .. } => last(body),
        StmtKind::FunctionDef(f) => last(&f.body),
        StmtKind::ClassDef(c) => last(&c.body),
        _ => None,
    }
}
