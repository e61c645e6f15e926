//! One logical line → simple statements, a compound-statement header, or a
//! decorator; and CPython's wording when pest cannot parse a line.

use super::targets::Use;
use super::{Cx, P, R, Rule, kids, unsupported};
use crate::ast::{Alias, Expr, ExprKind, Name, ScopeId, Span, Stmt, StmtKind};
use crate::syntax_error::SyntaxError;

/// What one logical line holds.
pub(super) enum Line {
    Simple(Vec<Stmt>),
    Header(Box<Header>),
    Decorator(Expr),
}

/// `if x:` and the statements after its colon on the same line, if any.
pub(super) struct Header {
    pub kind: HeaderKind,
    pub inline: Option<Vec<Stmt>>,
    /// From the keyword to the colon.
    pub span: Span,
}

pub(super) enum HeaderKind {
    If(Expr),
    Elif(Expr),
    Else,
    While(Expr),
    For {
        target: Expr,
        iter: Expr,
    },
    Try,
    Except {
        typ: Option<Expr>,
        name: Option<Name>,
    },
    Finally,
    Def {
        name: Name,
        args: Box<crate::ast::Arguments>,
        returns: Option<Expr>,
        scope: ScopeId,
    },
    Class {
        name: Name,
        bases: Vec<Expr>,
        keywords: Vec<crate::ast::Keyword>,
        scope: ScopeId,
    },
}

impl HeaderKind {
    /// How CPython names the statement in "expected an indented block after ...".
    pub(super) fn description(&self) -> &'static str {
        match self {
            HeaderKind::If(_) => "'if' statement",
            HeaderKind::Elif(_) => "'elif' statement",
            HeaderKind::Else => "'else' statement",
            HeaderKind::While(_) => "'while' statement",
            HeaderKind::For { .. } => "'for' statement",
            HeaderKind::Try => "'try' statement",
            HeaderKind::Except { .. } => "'except' statement",
            HeaderKind::Finally => "'finally' statement",
            HeaderKind::Def { .. } => "function definition",
            HeaderKind::Class { .. } => "class definition",
        }
    }
}

impl<'s> Cx<'s> {
    /// Parse and build one logical line (a slice of the source).
    pub(super) fn line(&self, text: &'s str) -> R<Line> {
        let mut pairs = self.parse(Rule::line, text)?;
        let line = pairs.next().expect("invariant: line matched");
        let item = line
            .into_inner()
            .next()
            .expect("invariant: a line has content");
        match item.as_rule() {
            Rule::simple_stmts => Ok(Line::Simple(self.simple_stmts(item)?)),
            Rule::decorator => {
                let e = item.into_inner().next().expect("invariant: @expression");
                Ok(Line::Decorator(self.expr(e)?))
            }
            _ => Ok(Line::Header(Box::new(self.header(item)?))),
        }
    }

    /// `a = 1; b = 2`
    fn simple_stmts(&self, p: P<'s>) -> R<Vec<Stmt>> {
        p.into_inner().map(|s| self.simple_stmt(s)).collect()
    }

    fn simple_stmt(&self, p: P<'s>) -> R<Stmt> {
        let span = self.span(&p);
        let kind = match p.as_rule() {
            Rule::expr_stmt => return self.expr_stmt(p),
            Rule::pass_stmt => StmtKind::Pass,
            Rule::break_stmt => StmtKind::Break,
            Rule::continue_stmt => StmtKind::Continue,
            Rule::return_stmt => StmtKind::Return(self.value(kids(p).next())?),
            Rule::global_stmt => StmtKind::Global(kids(p).map(|n| self.name(n.as_str())).collect()),
            Rule::nonlocal_stmt => {
                StmtKind::Nonlocal(kids(p).map(|n| self.name(n.as_str())).collect())
            }
            Rule::del_stmt => {
                StmtKind::Delete(self.del_targets(kids(p).next().expect("invariant: del targets"))?)
            }
            Rule::yield_stmt => {
                StmtKind::Expr(self.expr(kids(p).next().expect("invariant: yield"))?)
            }
            Rule::raise_stmt => {
                let mut it = kids(p);
                let exc = it.next().map(|e| self.expr(e)).transpose()?;
                let cause = it.next().map(|e| self.expr(e)).transpose()?;
                StmtKind::Raise { exc, cause }
            }
            Rule::assert_stmt => {
                let mut it = kids(p);
                let test = self.expr(it.next().expect("invariant: assert test"))?;
                let msg = it.next().map(|e| self.expr(e)).transpose()?;
                StmtKind::Assert { test, msg }
            }
            Rule::import_name => StmtKind::Import(kids(p).map(|a| self.alias(a)).collect()),
            Rule::import_from => self.import_from(p)?,
            _ => return Err(self.unsupported_stmt(p)),
        };
        Ok(Stmt { kind, span })
    }

    /// A value (of `return`, `=`, ...): a lone `*x` is refused.
    fn value(&self, p: Option<P<'s>>) -> R<Option<Expr>> {
        let Some(p) = p else { return Ok(None) };
        let e = self.expr(p)?;
        if matches!(e.kind, ExprKind::Starred(_)) {
            return Err(self.error_span("can't use starred expression here", e.span));
        }
        Ok(Some(e))
    }

    /// `with ...` and `async ...`.
    fn unsupported_stmt(&self, p: P<'s>) -> SyntaxError {
        let span = self.span(&p);
        let is_with = p
            .into_inner()
            .next()
            .is_some_and(|k| k.as_rule() == Rule::kw_with);
        let what = if is_with {
            "'with' statements"
        } else {
            "'async' functions and statements"
        };
        self.error_span(
            unsupported(what),
            Span {
                end_line: span.line,
                end_col: span.col + 5,
                ..span
            },
        )
    }

    /// `import a.b as c`: the dotted name is kept whole, as CPython's alias.
    fn alias(&self, p: P<'s>) -> Alias {
        let span = self.span(&p);
        let mut it = kids(p);
        let dotted = it.next().expect("invariant: a module name");
        let name = self.dotted(dotted);
        let asname = it.next().map(|n| self.name(n.as_str()));
        Alias { name, asname, span }
    }

    fn dotted(&self, p: P<'s>) -> Name {
        let parts: Vec<&str> = p.into_inner().map(|i| i.as_str()).collect();
        if parts.len() == 1 {
            self.name(parts[0])
        } else {
            Name::from(parts.join("."))
        }
    }

    /// `from m import a, b as c`
    fn import_from(&self, p: P<'s>) -> R<StmtKind> {
        let mut module = None;
        let mut names = Vec::new();
        for q in kids(p) {
            match q.as_rule() {
                Rule::dots => {
                    return Err(self.error_span(unsupported("relative imports"), self.span(&q)));
                }
                Rule::import_star => {
                    return Err(self.error_span(unsupported("'from M import *'"), self.span(&q)));
                }
                Rule::dotted_name => module = Some(self.dotted(q)),
                _ => names = kids(q).map(|a| self.import_as_name(a)).collect(),
            }
        }
        let module = module.expect("invariant: no dots means a module name");
        Ok(StmtKind::ImportFrom { module, names })
    }

    fn import_as_name(&self, p: P<'s>) -> Alias {
        let span = self.span(&p);
        let mut it = kids(p);
        let name = self.name(it.next().expect("invariant: a name").as_str());
        let asname = it.next().map(|n| self.name(n.as_str()));
        Alias { name, asname, span }
    }

    /// `x = y = 1`   `x += 1`   `x: int = 1`   `f(x)`
    fn expr_stmt(&self, p: P<'s>) -> R<Stmt> {
        let span = self.span(&p);
        let mut it = p.into_inner();
        let first_pair = it.next().expect("invariant: an expression");
        let parenthesized = first_pair.as_str().starts_with('(');
        let first = self.expr(first_pair)?;
        let rest: Vec<P<'s>> = it.collect();
        let kind = match rest.first().map(|r| r.as_rule()) {
            None => {
                if matches!(first.kind, ExprKind::Starred(_)) {
                    return Err(self.error_span("can't use starred expression here", first.span));
                }
                StmtKind::Expr(first)
            }
            Some(Rule::annassign) => self.annassign(first, rest[0].clone(), parenthesized)?,
            Some(Rule::augassign) => self.augassign(first, rest[0].clone())?,
            _ => self.assign(first, rest)?,
        };
        Ok(Stmt { kind, span })
    }

    fn assign(&self, first: Expr, rest: Vec<P<'s>>) -> R<StmtKind> {
        let mut exprs = vec![first];
        for r in rest {
            exprs.push(self.expr(r.into_inner().next().expect("invariant: = value"))?);
        }
        let value = exprs.pop().expect("invariant: a value");
        if matches!(value.kind, ExprKind::Starred(_)) {
            return Err(self.error_span("can't use starred expression here", value.span));
        }
        let last = exprs.len() - 1;
        for (i, t) in exprs.iter().enumerate() {
            self.check_target(t, Use::Assign { suggest: i == last })?;
        }
        Ok(StmtKind::Assign {
            targets: exprs,
            value,
        })
    }

    fn augassign(&self, target: Expr, p: P<'s>) -> R<StmtKind> {
        self.check_aug_target(&target)?;
        let mut it = p.into_inner();
        let op = super::expr::aug_op(it.next().expect("invariant: operator").as_str());
        let value = self.value(it.next())?.expect("invariant: a value");
        Ok(StmtKind::AugAssign { target, op, value })
    }

    /// `x: int = 1`; `simple` unless the target is parenthesized or not a name.
    fn annassign(&self, target: Expr, p: P<'s>, parenthesized: bool) -> R<StmtKind> {
        self.check_ann_target(&target)?;
        let simple = matches!(target.kind, ExprKind::Name(_)) && !parenthesized;
        let mut it = p.into_inner();
        let annotation = self.expr(it.next().expect("invariant: annotation"))?;
        let value = self.value(it.next())?;
        Ok(StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        })
    }

    /// A compound statement's header.
    fn header(&self, p: P<'s>) -> R<Header> {
        let mut it = p.into_inner();
        let head = it.next().expect("invariant: a header");
        let span = self.span(&head);
        let inline = it.next().map(|s| self.simple_stmts(s)).transpose()?;
        let kind = self.header_kind(head)?;
        Ok(Header { kind, inline, span })
    }

    fn header_kind(&self, head: P<'s>) -> R<HeaderKind> {
        let rule = head.as_rule();
        let mut it = kids(head);
        Ok(match rule {
            Rule::if_stmt => HeaderKind::If(self.expr(it.next().expect("invariant: test"))?),
            Rule::elif_clause => HeaderKind::Elif(self.expr(it.next().expect("invariant: test"))?),
            Rule::while_stmt => HeaderKind::While(self.expr(it.next().expect("invariant: test"))?),
            Rule::else_clause => HeaderKind::Else,
            Rule::try_stmt => HeaderKind::Try,
            Rule::finally_block => HeaderKind::Finally,
            Rule::for_stmt => {
                let target = self.store_targets(it.next().expect("invariant: target"))?;
                let iter = self.expr(it.next().expect("invariant: iterable"))?;
                HeaderKind::For { target, iter }
            }
            Rule::except_block => {
                let typ = it.next().map(|e| self.expr(e)).transpose()?;
                let name = it.next().map(|n| self.name(n.as_str()));
                HeaderKind::Except { typ, name }
            }
            Rule::function_def => self.def_header(it)?,
            _ => self.class_header(it)?,
        })
    }

    /// `def name(params) -> returns`
    fn def_header(&self, mut it: impl Iterator<Item = P<'s>>) -> R<HeaderKind> {
        let scope = self.new_scope();
        let name = self.name(it.next().expect("invariant: def name").as_str());
        let (mut params, mut returns) = (None, None);
        for q in it {
            match q.as_rule() {
                Rule::params => params = Some(q),
                _ => returns = Some(self.expr(q)?),
            }
        }
        let args = Box::new(self.parameters(params)?);
        Ok(HeaderKind::Def {
            name,
            args,
            returns,
            scope,
        })
    }

    /// `class name(bases, keywords)`
    fn class_header(&self, mut it: impl Iterator<Item = P<'s>>) -> R<HeaderKind> {
        let scope = self.new_scope();
        let name = self.name(it.next().expect("invariant: class name").as_str());
        let (bases, keywords) = self.call_arguments(it.next())?;
        Ok(HeaderKind::Class {
            name,
            bases,
            keywords,
            scope,
        })
    }
}

/// CPython's message for a line pest could not parse, at byte `offset`.
pub(super) fn explain_failure(cx: &Cx<'_>, text: &str, offset: usize) -> SyntaxError {
    let base = cx.base(text);
    let word = first_word(text);
    if matches!(word, "match" | "case") && text.trim_end().ends_with(':') {
        return cx.error_span(
            unsupported("'match' statements"),
            cx.span_of(base, base + word.len()),
        );
    }
    if matches!(word, "if" | "elif" | "while") && at_single_eq(text, offset - base) {
        let start =
            base + word.len() + (text[word.len()..].len() - text[word.len()..].trim_start().len());
        let value = offset - base + 1;
        let value = value + (text[value..].len() - text[value..].trim_start().len());
        let end = base + value + prefix_expression_len(&text[value..]).unwrap_or(0);
        let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
        return cx.error_span(msg, cx.span_of(start, end.max(start + 1)));
    }
    if is_compound_keyword(word)
        && let Some(end) = header_end(text)
        && !text[end..].trim_start().starts_with([':', '('])
    {
        return cx.error_at("expected ':'", base + end);
    }
    if word == "print" && !text[5..].trim_start().starts_with(['(', '=', '.', '[']) {
        let end = base + text.trim_end().len();
        let msg = "Missing parentheses in call to 'print'. Did you mean print(...)?";
        return cx.error_span(msg, cx.span_of(base, end));
    }
    if let Some((start, end)) = if_without_else(text, offset - base) {
        let msg = "expected 'else' after 'if' expression";
        return cx.error_span(msg, cx.span_of(base + start, base + end));
    }
    if let Some((start, end)) = forgot_comma(text, offset - base) {
        let msg = "invalid syntax. Perhaps you forgot a comma?";
        return cx.error_span(msg, cx.span_of(base + start, base + end));
    }
    if invalid_number(&text[offset - base..]) {
        return cx.error_at("invalid decimal literal", offset);
    }
    let offset = token_start(text, offset - base) + base;
    let len = token_len(&text[offset - base..]);
    cx.error_span("invalid syntax", cx.span_of(offset, offset + len))
}

/// The end of the compound-statement header that starts `text`, if one does.
fn header_end(text: &str) -> Option<usize> {
    use pest::Parser;
    let pairs = super::PythonParser::parse(Rule::header_without_colon, text).ok()?;
    let header = pairs.peek()?.into_inner().next()?;
    Some(header.as_str().trim_end().len())
}

fn first_word(text: &str) -> &str {
    let end = text
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    &text[..end]
}

fn is_compound_keyword(word: &str) -> bool {
    matches!(
        word,
        "if" | "elif" | "else" | "while" | "for" | "try" | "except" | "finally" | "def" | "class"
    )
}

fn parses(rule: Rule, text: &str) -> bool {
    use pest::Parser;
    super::PythonParser::parse(rule, text).is_ok()
}

/// Is there a lone `=` (not `==`, `<=`, ...) at `at`?
fn at_single_eq(text: &str, at: usize) -> bool {
    let b = text.as_bytes();
    b.get(at) == Some(&b'=')
        && b.get(at + 1) != Some(&b'=')
        && !matches!(
            at.checked_sub(1).and_then(|i| b.get(i)),
            Some(b'=' | b'!' | b'<' | b'>')
        )
}

/// cpython: Grammar/python.gram invalid_expression: inside brackets, two
/// expressions side by side. Returns the byte range from the start of the
/// first to the end of the second.
fn forgot_comma(text: &str, at: usize) -> Option<(usize, usize)> {
    let start = item_start(text, at)?;
    let before = text[..at].trim_end();
    let ends_operand = before
        .chars()
        .last()
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, '_' | ')' | ']' | '}' | '\'' | '"'));
    if !ends_operand || before.len() <= start || !starts_operand(&text[at..]) {
        return None;
    }
    let start = if parses(Rule::probe_disjunction, &text[start..before.len()]) {
        start
    } else {
        last_word_start(before)?
    };
    // cpython: `!(NAME STRING | SOFT_KEYWORD)`: `print "x"` is not a missing comma.
    let first = &text[start..before.len()];
    if first.chars().all(|c| c.is_alphanumeric() || c == '_') && text[at..].starts_with(['\'', '"'])
    {
        return None;
    }
    Some((start, at + prefix_expression_len(&text[at..])?))
}

/// cpython: Grammar/python.gram invalid_expression, `a if b` without `else`:
/// the byte range from `a` to `b`.
fn if_without_else(text: &str, at: usize) -> Option<(usize, usize)> {
    let before = &text[..at];
    let if_at = before.rfind(" if ")?;
    let between = &before[if_at + 4..];
    let rest = text[at..].trim_start();
    if between.contains(" else") || rest.starts_with("else") || rest.starts_with(':') {
        return None;
    }
    let head = &text[..if_at];
    if head.trim().is_empty() || head.contains(" for ") || first_word(text) == "if" {
        return None;
    }
    let start = last_word_start(head.trim_end())?;
    let cond = between.trim_end();
    let end = if_at + 4 + cond.len();
    (!cond.trim().is_empty()).then_some((start, end))
}

/// Where the name or number that ends `before` starts (`for n range(3)`).
fn last_word_start(before: &str) -> Option<usize> {
    let start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
        .map_or(0, |i| i + 1);
    let word = &before[start..];
    (!word.is_empty() && !is_keyword_text(word)).then_some(start)
}

fn is_keyword_text(word: &str) -> bool {
    const KEYWORDS: [&str; 35] = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
        "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
        "try", "while", "with", "yield",
    ];
    KEYWORDS.contains(&word)
}

/// The length of the expression at the start of `text`, if there is one.
fn prefix_expression_len(text: &str) -> Option<usize> {
    use pest::Parser;
    let pairs = super::PythonParser::parse(Rule::probe_expression, text).ok()?;
    let expr = pairs.peek()?.into_inner().next()?;
    Some(expr.as_str().trim_end().len())
}

/// The start of the bracketed item containing byte `at`: just after the
/// innermost open bracket or top-level comma before it (None outside brackets).
fn item_start(text: &str, at: usize) -> Option<usize> {
    let mut stack: Vec<usize> = Vec::new();
    let mut quote: Option<u8> = None;
    let b = text.as_bytes();
    let mut i = 0;
    while i < at.min(b.len()) {
        let c = b[i];
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) if c == b'\\' => i += 1,
            Some(_) => {}
            None => match c {
                b'\'' | b'"' => quote = Some(c),
                b'(' | b'[' | b'{' => stack.push(i + 1),
                b')' | b']' | b'}' => {
                    stack.pop();
                }
                b',' => {
                    if let Some(top) = stack.last_mut() {
                        *top = i + 1;
                    }
                }
                _ => {}
            },
        }
        i += 1;
    }
    let start = *stack.last()?;
    Some(start + (text[start..].len() - text[start..].trim_start().len()))
}

pub(super) fn starts_operand(rest: &str) -> bool {
    rest.chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, '_' | '(' | '[' | '{' | '\'' | '"'))
}

/// `1abc`: digits run into letters (cpython: tokenizer.c verify_end_of_number).
fn invalid_number(rest: &str) -> bool {
    let word_end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
        .unwrap_or(rest.len());
    let word = &rest[..word_end];
    word.starts_with(|c: char| c.is_ascii_digit()) && !parses(Rule::probe_number, word)
}

/// pest may fail inside a two-character operator (`x := 1` fails at `=`);
/// CPython's caret marks the whole token.
fn token_start(text: &str, at: usize) -> usize {
    const PAIRS: [&str; 6] = [":=", "->", "**", "//", "==", "!="];
    match at.checked_sub(1).and_then(|s| text.get(s..at + 1)) {
        Some(pair) if PAIRS.contains(&pair) => at - 1,
        _ => at,
    }
}

/// The length of the token at the start of `rest`, for carets.
fn token_len(rest: &str) -> usize {
    let Some(c) = rest.chars().next() else {
        return 1;
    };
    if c.is_alphanumeric() || c == '_' {
        return rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
    }
    const OPS: [&str; 14] = [
        "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==",
    ];
    if let Some(op) = OPS.iter().find(|op| rest.starts_with(*op)) {
        return op.len();
    }
    if rest[c.len_utf8()..].starts_with('=') && "+-*/%&|^@!<>".contains(c) {
        return 2;
    }
    if c == '\n' || c == '\r' {
        return 1;
    }
    c.len_utf8()
}
