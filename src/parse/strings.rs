//! Literals: numbers, strings, implicit concatenation and f-strings.
//!
//! pest hands over each literal's raw text; this module decodes prefixes,
//! quotes and escapes as CPython 3.11 does (cpython: Parser/string_parser.c)
//! and parses f-string replacement fields, whose expressions are slices of
//! the source parsed with the `fstring_expr` rule (so their spans are real).

use super::{Cx, P, R, Rule, unsupported};
use crate::ast::{Constant, Expr, ExprKind, FStringPart};
use crate::syntax_error::SyntaxError;
use num_bigint::BigInt;
use std::rc::Rc;

/// CPython 3.11 refuses f-string fields nested deeper than a spec's field.
const MAX_FSTRING_NESTING: u32 = 2;

/// One decoded literal piece of an adjacent-literal sequence.
enum Piece {
    Str(String),
    FString(Vec<FStringPart>),
    Bytes(Vec<u8>),
}

impl<'s> Cx<'s> {
    /// `"a" 'b' f"{c}"`: one Constant, or a JoinedStr when any part is an f-string.
    pub(super) fn strings(&self, p: P<'s>) -> R<Expr> {
        let span = self.span(&p);
        let mut pieces = Vec::new();
        for lit in p.into_inner() {
            pieces.push(self.string_literal(&lit)?);
        }
        if pieces.iter().any(|piece| matches!(piece, Piece::Bytes(_))) {
            return self.bytes_constant(pieces, span);
        }
        if pieces.iter().all(|piece| matches!(piece, Piece::Str(_))) {
            let text: String = pieces
                .into_iter()
                .map(|piece| {
                    if let Piece::Str(s) = piece {
                        s
                    } else {
                        String::new()
                    }
                })
                .collect();
            return Ok(Expr::new(
                ExprKind::Constant(Constant::Str(Rc::from(text))),
                span,
            ));
        }
        let mut parts = Vec::new();
        for piece in pieces {
            match piece {
                Piece::Str(s) => push_literal(&mut parts, s),
                Piece::Bytes(_) => {}
                Piece::FString(fparts) => fparts.into_iter().for_each(|part| match part {
                    FStringPart::Literal(s) => push_literal(&mut parts, s),
                    field => parts.push(field),
                }),
            }
        }
        Ok(Expr::new(ExprKind::JoinedStr(parts), span))
    }

    /// Decode one literal: prefix, quotes, then body.
    fn string_literal(&self, lit: &P<'s>) -> R<Piece> {
        let text = lit.as_str();
        let start = self.offset(lit);
        let prefix_len = text
            .find(['\'', '"'])
            .expect("invariant: a string literal has a quote");
        let prefix = text[..prefix_len].to_ascii_lowercase();
        let quote_len =
            if text[prefix_len..].starts_with("'''") || text[prefix_len..].starts_with("\"\"\"") {
                3
            } else {
                1
            };
        let body_start = prefix_len + quote_len;
        let body = &text[body_start..text.len() - quote_len];
        let raw = prefix.contains('r');
        let decoded = if prefix.contains('b') {
            if !body.is_ascii() {
                let msg = "bytes can only contain ASCII literal characters";
                let mut span = self.span(lit);
                // CPython's carets here count the literal's UTF-8 bytes
                span.end_col += (text.len() - text.chars().count()) as u32;
                return Err(self.error_span(msg, span));
            }
            self.bytes_body(body, raw).map(Piece::Bytes)
        } else if prefix.contains('f') {
            let base = start + body_start;
            let mut fs = FString {
                cx: self,
                src: body,
                base,
                raw,
                pos: 0,
            };
            fs.parts(0, false).map(Piece::FString)
        } else if raw {
            Ok(Piece::Str(body.to_string()))
        } else {
            self.unescape(body, start + body_start).map(Piece::Str)
        };
        decoded.map_err(|e| self.at_literal_end(e, start + text.len()))
    }

    /// Adjacent bytes literals joined into one constant; CPython refuses
    /// to mix them with str literals.
    fn bytes_constant(&self, pieces: Vec<Piece>, span: crate::ast::Span) -> R<Expr> {
        let mut data = Vec::new();
        for piece in pieces {
            match piece {
                Piece::Bytes(b) => data.extend(b),
                _ => {
                    let msg = "cannot mix bytes and nonbytes literals";
                    return Err(self.error_at(msg, span.end as usize));
                }
            }
        }
        let value = ExprKind::Constant(Constant::Bytes(Rc::from(data)));
        Ok(Expr::new(value, span))
    }

    /// An ASCII bytes literal's body, escapes decoded as CPython's
    /// `_PyBytes_DecodeEscape` (no `\u`, `\U` or `\N`: those stay as
    /// written, like any unknown escape). Errors go after the literal.
    fn bytes_body(&self, body: &str, raw: bool) -> R<Vec<u8>> {
        if raw {
            return Ok(body.as_bytes().to_vec());
        }
        super::bytes_escape::decode(body).map_err(|msg| self.error_at(msg, 0))
    }

    /// CPython reports errors found while decoding a literal just after the
    /// literal (syntax errors inside f-string expressions excepted).
    fn at_literal_end(&self, e: SyntaxError, end: usize) -> SyntaxError {
        if e.msg.starts_with("f-string: invalid syntax") || &*e.msg == super::TOO_DEEP {
            return e;
        }
        SyntaxError {
            msg: e.msg,
            ..self.error_at("", end)
        }
    }

    /// Process backslash escapes. cpython: Objects/unicodeobject.c
    /// _PyUnicode_DecodeUnicodeEscapeInternal; unknown escapes are kept.
    fn unescape(&self, body: &str, base: usize) -> R<String> {
        if !body.contains('\\') {
            return Ok(body.to_string());
        }
        let mut out = String::with_capacity(body.len());
        let mut chars = body.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            let Some((_, e)) = chars.next() else {
                out.push('\\');
                break;
            };
            match e {
                '\n' => {}
                '\r' => {
                    chars.next_if(|&(_, c)| c == '\n');
                }
                '\\' | '\'' | '"' => out.push(e),
                'a' => out.push('\x07'),
                'b' => out.push('\x08'),
                'f' => out.push('\x0c'),
                'n' => out.push('\n'),
                'r' => out.push('\r'),
                't' => out.push('\t'),
                'v' => out.push('\x0b'),
                '0'..='7' => {
                    let mut value = e.to_digit(8).expect("invariant: octal digit");
                    for _ in 0..2 {
                        match chars.next_if(|&(_, c)| c.is_digit(8)) {
                            Some((_, d)) => {
                                value = value * 8 + d.to_digit(8).expect("invariant: octal digit")
                            }
                            None => break,
                        }
                    }
                    out.push(
                        char::from_u32(value).expect("invariant: octal escapes stay below 0o777"),
                    );
                }
                'x' | 'u' | 'U' => out.push(self.hex_escape(e, &mut chars, i, base)?),
                'N' if chars.peek().is_some_and(|&(_, c)| c == '{') => {
                    return Err(self.error_at(unsupported("\\N{...} escapes"), base + i));
                }
                'N' => {
                    let msg = format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: malformed \\N character escape",
                        i,
                        i + 1
                    );
                    return Err(self.error_at(msg, base + i));
                }
                _ => {
                    out.push('\\');
                    out.push(e);
                }
            }
        }
        Ok(out)
    }

    /// `\xhh`, `\uXXXX`, `\UXXXXXXXX`.
    fn hex_escape(
        &self,
        kind: char,
        chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>,
        at: usize,
        base: usize,
    ) -> R<char> {
        let (digits, name) = match kind {
            'x' => (2, "\\xXX"),
            'u' => (4, "\\uXXXX"),
            _ => (8, "\\UXXXXXXXX"),
        };
        let mut value: u32 = 0;
        for n in 0..digits {
            match chars.next_if(|&(_, c)| c.is_ascii_hexdigit()) {
                Some((_, d)) => value = value * 16 + d.to_digit(16).expect("invariant: hex digit"),
                None => {
                    let msg = format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: truncated {} escape",
                        at,
                        at + 1 + n,
                        name
                    );
                    return Err(self.error_at(msg, base + at));
                }
            }
        }
        char::from_u32(value).ok_or_else(|| {
            let msg = format!(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: illegal Unicode character",
                at,
                at + 1 + digits
            );
            self.error_at(msg, base + at)
        })
    }

    /// An int, float or imaginary literal.
    pub(super) fn number(&self, p: &P<'s>) -> R<Constant> {
        let text = p.as_str();
        let offset = self.offset(p);
        self.keyword_after_number(text, offset);
        if let Some(body) = text.strip_suffix(['j', 'J']) {
            let digits: String = body.chars().filter(|&c| c != '_').collect();
            return digits
                .parse::<f64>()
                .map(Constant::Imaginary)
                .map_err(|_| self.error_at("invalid imaginary literal", offset));
        }
        let digits: String = text.chars().filter(|&c| c != '_').collect();
        let lower = digits.to_ascii_lowercase();
        let radix = match lower.get(..2) {
            Some("0x") => 16,
            Some("0o") => 8,
            Some("0b") => 2,
            _ if lower.contains(['.', 'e']) => {
                let value = lower
                    .parse::<f64>()
                    .map_err(|_| self.error_at("invalid decimal literal", offset))?;
                return Ok(Constant::Float(value));
            }
            _ => 10,
        };
        if radix == 10
            && lower.len() > 1
            && lower.starts_with('0')
            && lower.bytes().any(|b| b != b'0')
        {
            let msg = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
            return Err(self.error_at(msg, offset));
        }
        let body = if radix == 10 { &lower[..] } else { &lower[2..] };
        BigInt::parse_bytes(body.as_bytes(), radix)
            .map(Constant::Int)
            .ok_or_else(|| self.error_at("invalid syntax", offset))
    }
}

impl<'s> Cx<'s> {
    /// `1if x else 2`: a keyword right after a number is valid but warned
    /// about (the grammar only lets keywords follow). cpython: tokenizer.c
    /// verify_end_of_number
    fn keyword_after_number(&self, text: &str, offset: usize) {
        let end = offset + text.len();
        if !self.src[end..].starts_with(|c: char| c.is_ascii_alphabetic()) {
            return;
        }
        let lower = text.to_ascii_lowercase();
        let kind = match lower.get(..2) {
            Some("0x") => "hexadecimal",
            Some("0o") => "octal",
            Some("0b") => "binary",
            _ if lower.ends_with('j') => "imaginary",
            _ => "decimal",
        };
        let (line, _) = self.line_col(offset);
        let msg = format!("invalid {kind} literal");
        self.warnings.borrow_mut().push((line, msg));
    }
}

/// Append literal text, merging with a preceding literal; empty text is dropped.
fn push_literal(parts: &mut Vec<FStringPart>, s: String) {
    if s.is_empty() {
        return;
    }
    if let Some(FStringPart::Literal(prev)) = parts.last_mut() {
        prev.push_str(&s);
    } else {
        parts.push(FStringPart::Literal(s));
    }
}

/// A cursor over an f-string body (a slice of the source starting at `base`).
/// cpython: Parser/string_parser.c fstring_find_literal, fstring_find_expr.
struct FString<'c, 's> {
    cx: &'c Cx<'s>,
    src: &'s str,
    base: usize,
    raw: bool,
    pos: usize,
}

impl<'s> FString<'_, 's> {
    /// Literal text and fields up to the end of the body, or (in a format
    /// spec) up to the `}` closing the field.
    fn parts(&mut self, nesting: u32, in_spec: bool) -> R<Vec<FStringPart>> {
        let mut parts = Vec::new();
        loop {
            let literal = self.literal(in_spec)?;
            push_literal(&mut parts, literal);
            match self.peek() {
                Some(b'{') => self.field(nesting, &mut parts)?,
                _ => return Ok(parts),
            }
        }
    }

    fn peek(&self) -> Option<u8> {
        self.src.as_bytes().get(self.pos).copied()
    }

    fn error(&self, msg: &str, at: usize) -> crate::syntax_error::SyntaxError {
        self.cx.error_at(format!("f-string: {msg}"), self.base + at)
    }

    /// Text up to the next single `{` (or `}` in a spec); `{{` and `}}` are braces.
    fn literal(&mut self, in_spec: bool) -> R<String> {
        let mut out = String::new();
        let bytes = self.src.as_bytes();
        let mut chunk = self.pos;
        while let Some(&b) = bytes.get(self.pos) {
            let doubled = bytes.get(self.pos + 1) == Some(&b);
            match b {
                b'{' | b'}' if doubled && !in_spec => {
                    out.push_str(&self.decode(chunk, self.pos + 1)?);
                    self.pos += 2;
                    chunk = self.pos;
                }
                b'{' => break,
                b'}' if in_spec => break,
                b'}' => return Err(self.error("single '}' is not allowed", self.pos)),
                b'\\' => self.pos += 2,
                _ => self.pos += 1,
            }
        }
        self.pos = self.pos.min(self.src.len());
        out.push_str(&self.decode(chunk, self.pos)?);
        Ok(out)
    }

    fn decode(&self, from: usize, to: usize) -> R<String> {
        let to = to.min(self.src.len());
        let text = self.src.get(from..to).unwrap_or("");
        if self.raw {
            Ok(text.to_string())
        } else {
            self.cx.unescape(text, self.base + from)
        }
    }

    /// `{expr=!r:spec}` starting at the `{`. The self-documenting `{x=}`
    /// adds its text `x=` as a literal first, as CPython's AST does.
    fn field(&mut self, nesting: u32, parts: &mut Vec<FStringPart>) -> R<()> {
        if nesting >= MAX_FSTRING_NESTING {
            return Err(self.error("expressions nested too deeply", self.pos));
        }
        let open = self.pos;
        self.pos += 1;
        let expr_start = self.pos;
        let expr_end = self.expression_end()?;
        let text = &self.src[expr_start..expr_end];
        if text.trim().is_empty() {
            return Err(self.error("empty expression not allowed", open));
        }
        let value = self.cx.fstring_expression(text)?;
        let mut self_doc = None;
        if self.peek() == Some(b'=') {
            self.pos += 1;
            self.skip_spaces();
            self_doc = Some(self.src[expr_start..self.pos].to_string());
        }
        let conversion = self.conversion()?;
        let spec = self.spec(nesting)?;
        if self.peek() != Some(b'}') {
            return Err(self.error("expecting '}'", open));
        }
        self.pos += 1;
        let conversion = match (&self_doc, conversion, &spec) {
            (Some(_), None, None) => Some('r'),
            _ => conversion,
        };
        if let Some(doc) = self_doc {
            push_literal(parts, doc);
        }
        parts.push(FStringPart::Formatted {
            value: Box::new(value),
            conversion,
            spec,
        });
        Ok(())
    }

    fn skip_spaces(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')) {
            self.pos += 1;
        }
    }

    /// Find where a field's expression ends: at nesting 0, a `!` (not `!=`),
    /// `:`, `}`, or a `=` that is not part of `==`, `!=`, `<=`, `>=`.
    fn expression_end(&mut self) -> R<usize> {
        let bytes = self.src.as_bytes();
        let mut depth: Vec<u8> = Vec::new();
        let mut quote: Option<(u8, bool)> = None;
        while let Some(&b) = bytes.get(self.pos) {
            let next = bytes.get(self.pos + 1).copied();
            if let Some((q, triple)) = quote {
                if b == q && (!triple || bytes[self.pos..].starts_with(&[q, q, q])) {
                    self.pos += if triple { 3 } else { 1 };
                    quote = None;
                } else {
                    self.pos += 1;
                }
                continue;
            }
            match b {
                b'\\' => {
                    return Err(self.error("expression part cannot include a backslash", self.pos));
                }
                b'#' => return Err(self.error("expression part cannot include '#'", self.pos)),
                b'\'' | b'"' => {
                    let triple = bytes[self.pos..].starts_with(&[b, b, b]);
                    quote = Some((b, triple));
                    self.pos += if triple { 3 } else { 1 };
                    continue;
                }
                b'(' | b'[' | b'{' => depth.push(b),
                b')' | b']' | b'}' if !depth.is_empty() => {
                    depth.pop();
                }
                b')' | b']' => {
                    return Err(self.error(&format!("unmatched '{}'", b as char), self.pos));
                }
                b'}' => return Ok(self.pos),
                b'!' if depth.is_empty() && next != Some(b'=') => return Ok(self.pos),
                b':' if depth.is_empty() => return Ok(self.pos),
                b'=' if depth.is_empty() && next != Some(b'=') && !self.after_comparison_char() => {
                    return Ok(self.pos);
                }
                b'=' if next == Some(b'=') => self.pos += 1,
                _ => {}
            }
            self.pos += 1;
        }
        if quote.is_some() {
            return Err(self.error("unterminated string", self.pos));
        }
        Err(self.error("expecting '}'", self.pos.saturating_sub(1)))
    }

    fn after_comparison_char(&self) -> bool {
        self.pos > 0 && matches!(self.src.as_bytes()[self.pos - 1], b'=' | b'!' | b'<' | b'>')
    }

    /// `!r`, `!s`, `!a`.
    fn conversion(&mut self) -> R<Option<char>> {
        if self.peek() != Some(b'!') {
            return Ok(None);
        }
        self.pos += 1;
        match self.peek() {
            Some(c @ (b's' | b'r' | b'a')) => {
                self.pos += 1;
                Ok(Some(c as char))
            }
            _ => Err(self.error(
                "invalid conversion character: expected 's', 'r', or 'a'",
                self.pos,
            )),
        }
    }

    /// `:spec` with nested fields, up to the closing `}`.
    fn spec(&mut self, nesting: u32) -> R<Option<Vec<FStringPart>>> {
        if self.peek() != Some(b':') {
            return Ok(None);
        }
        self.pos += 1;
        Ok(Some(self.parts(nesting + 1, true)?))
    }
}

impl<'s> Cx<'s> {
    /// Parse a replacement field's expression (a slice of the source).
    fn fstring_expression(&self, text: &'s str) -> R<Expr> {
        let mut pairs = self.parse(Rule::fstring_expr, text).map_err(|mut e| {
            e.msg = format!("f-string: {}", e.msg).into();
            e
        })?;
        let top = pairs.next().expect("invariant: fstring_expr matched");
        let inner = top.into_inner().next().expect("invariant: an expression");
        let value = self.expr(inner)?;
        if matches!(value.kind, ExprKind::Starred(_)) {
            let msg = "f-string: cannot use starred expression here";
            return Err(self.error_span(msg, value.span));
        }
        Ok(value)
    }
}
