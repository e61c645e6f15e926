//! Why pest could not parse a line, in CPython's words: `expected ':'`,
//! `invalid syntax. Perhaps you forgot a comma?`, `Missing parentheses in
//! call to 'print'`, ... CPython finds these with its `invalid_*` grammar
//! rules; here small probes of the failing line stand in for them, and
//! anything else is `invalid syntax` with carets under the failing token.

use super::{Cx, Rule, unsupported};
use crate::syntax_error::SyntaxError;

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
    if let Some((start, end, msg)) = walrus_target(text, offset - base) {
        return cx.error_span(msg, cx.span_of(base + start, base + end));
    }
    if word == "except"
        && let Some(after) = text[6..].trim_start().strip_prefix('*')
        && after.trim_start().starts_with(':')
    {
        let colon = base + text.len() - after.trim_start().len();
        return cx.error_at("expected one or more exception types", colon);
    }
    if word == "except"
        && let Some((start, end)) = unparenthesized_types(text)
    {
        let msg = "multiple exception types must be parenthesized";
        return cx.error_span(msg, cx.span_of(base + start, base + end));
    }
    if matches!(word, "if" | "elif" | "while") && at_single_eq(text, offset - base) {
        let start =
            base + word.len() + (text[word.len()..].len() - text[word.len()..].trim_start().len());
        let value = offset - base + 1;
        let value = value + (text[value..].len() - text[value..].trim_start().len());
        let end = base + value + prefix_expression_len(&text[value..]).unwrap_or(0);
        let left = text[start - base..offset - base].trim_end();
        if let Some(name) = named_target(left) {
            let msg = format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?");
            return cx.error_span(&msg, cx.span_of(start, start + left.len()));
        }
        let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
        return cx.error_span(msg, cx.span_of(start, end.max(start + 1)));
    }
    if is_compound_keyword(word)
        && let Some(end) = header_end(text)
        && !text[end..].trim_start().starts_with([':', '('])
    {
        return cx.error_at("expected ':'", base + end);
    }
    if let Some(at) = def_without_paren(text, word) {
        return cx.error_at("expected '('", base + at);
    }
    if word == "print" && !text[5..].trim_start().starts_with(['(', '=', '.', '[']) {
        let end = base + text.trim_end().len();
        let msg = "Missing parentheses in call to 'print'. Did you mean print(...)?";
        return cx.error_span(msg, cx.span_of(base, end));
    }
    if let Some((start, msg)) = assignment_in_call(text, offset - base) {
        return cx.error_span(msg, cx.span_of(base + start, offset + 1));
    }
    if let Some((start, end)) = if_without_else(text, offset - base) {
        let msg = "expected 'else' after 'if' expression";
        return cx.error_span(msg, cx.span_of(base + start, base + end));
    }
    if let Some(at) = dict_key_without_colon(text, offset - base) {
        return cx.error_at("':' expected after dictionary key", base + at);
    }
    if let Some((start, end)) = forgot_comma(text, offset - base) {
        let msg = "invalid syntax. Perhaps you forgot a comma?";
        return cx.error_span(msg, cx.span_of(base + start, base + end));
    }
    if let Some(msg) = invalid_character(&text[offset - base..]) {
        return cx.error_at(msg, offset);
    }
    if invalid_number(&text[offset - base..]) {
        let (msg, at) = number_error(&text[offset - base..]);
        return cx.error_at(msg, offset + at);
    }
    let offset = token_start(text, offset - base) + base;
    let len = token_len(&text[offset - base..]);
    cx.error_span("invalid syntax", cx.span_of(offset, offset + len))
}

/// cpython: invalid_kvpair — in a dict display that already has a
/// `key: value` pair, an item followed by no ':'. The caret goes under
/// the key's last character.
fn dict_key_without_colon(text: &str, at: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut levels: Vec<(u8, bool, usize)> = Vec::new(); // (bracket, saw ':', item start)
    let mut quote: Option<u8> = None;
    let mut i = 0;
    while i < at.min(b.len()) {
        let c = b[i];
        match (quote, c) {
            (Some(q), _) if c == q => quote = None,
            (Some(_), b'\\') => i += 1,
            (Some(_), _) => {}
            (None, b'\'' | b'"') => quote = Some(c),
            (None, b'(' | b'[' | b'{') => levels.push((c, false, i + 1)),
            (None, b')' | b']' | b'}') => drop(levels.pop()),
            (None, b':') => {
                if let Some(l) = levels.last_mut() {
                    l.1 = true;
                }
            }
            (None, b',') => {
                if let Some(l) = levels.last_mut() {
                    l.2 = i + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    let &(bracket, saw_colon, start) = levels.last()?;
    let key = text[start..at].trim();
    if bracket != b'{' || !saw_colon || key.is_empty() || key.contains(':') {
        return None;
    }
    let key_start = start + (text[start..].len() - text[start..].trim_start().len());
    Some(key_start + key.len() - 1)
}

/// What `left` is, for `if left = value:`, when CPython's
/// invalid_named_expression names it: any bitwise_or expression but a
/// name, a list, a tuple, a generator expression, True, False or None.
fn named_target(left: &str) -> Option<&'static str> {
    use crate::ast::{Constant, ExprKind, StmtKind};
    let module = super::module(&format!("{left}\n")).ok()?;
    let [stmt] = &module.body[..] else {
        return None;
    };
    let StmtKind::Expr(e) = &stmt.kind else {
        return None;
    };
    let excluded = matches!(
        &e.kind,
        ExprKind::Name(_)
            | ExprKind::List(_)
            | ExprKind::Tuple(_)
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Constant(Constant::True | Constant::False | Constant::None)
            | ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::UnaryOp {
                op: crate::ast::UnaryOp::Not,
                ..
            }
    );
    (!excluded).then(|| super::targets::expr_name(e))
}

/// `except A, B [as e]:` (or `except*`): where the types start and the
/// clause's last token ends. cpython: invalid_except_stmt
fn unparenthesized_types(text: &str) -> Option<(usize, usize)> {
    use pest::Parser;
    let after = text.strip_prefix("except")?;
    let after = after.trim_start().strip_prefix('*').unwrap_or(after);
    let start = text.len() - after.trim_start().len();
    let pairs = super::PythonParser::parse(Rule::star_expressions, &text[start..]).ok()?;
    let list = pairs.peek()?;
    let items = list.clone().into_inner();
    if items
        .filter(|p| p.as_rule() != Rule::trailing_comma)
        .count()
        < 2
    {
        return None;
    }
    let mut end = start + list.as_str().trim_end().len();
    let rest = text[end..].trim_start();
    if let Some(name) = rest.strip_prefix("as").filter(|r| r.starts_with(' ')) {
        let name = name.trim_start();
        let len = name.find(|c: char| !(c.is_alphanumeric() || c == '_'))?;
        end = text.len() - name.len() + len;
    }
    text[end..]
        .trim_start()
        .starts_with(':')
        .then_some((start, end))
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
        "if" | "elif"
            | "else"
            | "while"
            | "for"
            | "try"
            | "except"
            | "finally"
            | "def"
            | "class"
            | "with"
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

/// cpython: Grammar/python.gram invalid_kwarg: `f(True=1)`, `f(a.b=1)`.
/// Returns where the would-be keyword starts, and the message.
fn assignment_in_call(text: &str, at: usize) -> Option<(usize, String)> {
    if !at_single_eq(text, at) || !in_call(text, at) {
        return None;
    }
    let start = item_start(text, at)?;
    let target = text[start..at].trim_end();
    if matches!(target, "True" | "False" | "None") {
        return Some((start, format!("cannot assign to {target}")));
    }
    let is_name = target.chars().all(|c| c.is_alphanumeric() || c == '_');
    let msg = "expression cannot contain assignment, perhaps you meant \"==\"?";
    (!target.is_empty() && !is_name).then(|| (start, msg.to_string()))
}

/// cpython: invalid_named_expression — `(a.b := 1)`: only a name can be
/// the target of `:=`. The message names what the target is.
fn walrus_target(text: &str, at: usize) -> Option<(usize, usize, String)> {
    let walrus_at = |i: usize| text.get(i..).is_some_and(|t| t.starts_with(":="));
    let at = match at.checked_sub(1) {
        Some(before) if walrus_at(before) => before,
        _ => at,
    };
    if !walrus_at(at) || in_call(text, at) {
        return None;
    }
    let after_keyword = || {
        let word = text.split(|c: char| !c.is_alphanumeric()).next()?;
        matches!(word, "if" | "elif" | "while")
            .then(|| text.len() - text[word.len()..].trim_start().len())
    };
    let start = item_start(text, at).or_else(after_keyword)?;
    let target = text[start..at].trim_end();
    let word = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_alphanumeric() || c == '_');
    let what = match target {
        "True" | "False" | "None" => target,
        t if t.starts_with(|c: char| c.is_ascii_digit() || c == '\'' || c == '"')
            && !t.contains(['.', '(', '[']) =>
        {
            "literal"
        }
        t if t.ends_with(']') => "subscript",
        t if t.ends_with(')') => "function call",
        t if t.rsplit_once('.').is_some_and(|(_, attr)| word(attr)) => "attribute",
        _ => return None,
    };
    let msg = format!("cannot use assignment expressions with {what}");
    Some((start, start + target.len(), msg))
}

/// Is byte `at` directly inside the parentheses of a call (`f(...)`)?
fn in_call(text: &str, at: usize) -> bool {
    let mut opens: Vec<usize> = Vec::new();
    let mut quote: Option<u8> = None;
    for (i, &c) in text.as_bytes()[..at.min(text.len())].iter().enumerate() {
        match (quote, c) {
            (Some(q), _) if c == q => quote = None,
            (Some(_), _) => {}
            (None, b'\'' | b'"') => quote = Some(c),
            (None, b'(' | b'[' | b'{') => opens.push(i),
            (None, b')' | b']' | b'}') => {
                opens.pop();
            }
            _ => {}
        }
    }
    let Some(&open) = opens.last() else {
        return false;
    };
    let before = text[..open].trim_end();
    text.as_bytes()[open] == b'('
        && before
            .chars()
            .last()
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, '_' | ')' | ']'))
        && !is_keyword_text(&before[last_word_start(before).unwrap_or(before.len())..])
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

/// A character that cannot start any token.
/// cpython: tokenizer.c, "invalid character '%c' (U+%04X)".
fn invalid_character(rest: &str) -> Option<String> {
    let c = rest.chars().next()?;
    if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c') {
        return Some(format!(
            "invalid non-printable character U+{:04X}",
            c as u32
        ));
    }
    (!c.is_ascii() && !c.is_alphanumeric() && c != '_')
        .then(|| format!("invalid character '{c}' (U+{:04X})", c as u32))
}

/// `def f:` — where CPython expects the parameters' `(`.
/// cpython: Grammar/python.gram function_def_raw, `&&'('`.
fn def_without_paren(text: &str, word: &str) -> Option<usize> {
    if word != "def" {
        return None;
    }
    let after_def = text[3..].trim_start_matches([' ', '\t']);
    let name_start = text.len() - after_def.len();
    let name_len = after_def
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(after_def.len());
    if name_len == 0 || is_keyword_text(&after_def[..name_len]) {
        return None;
    }
    let rest = &text[name_start + name_len..];
    let at = text.len() - rest.trim_start_matches([' ', '\t']).len();
    (!text[at..].starts_with('(')).then_some(at)
}

/// `1abc`: digits run into letters (cpython: tokenizer.c verify_end_of_number).
fn invalid_number(rest: &str) -> bool {
    let word_end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
        .unwrap_or(rest.len());
    let word = &rest[..word_end];
    word.starts_with(|c: char| c.is_ascii_digit()) && !parses(Rule::probe_number, word)
}

/// cpython's tokenizer: which literal is invalid, and where: at an
/// underscore not followed by a digit, else at the literal's start.
fn number_error(rest: &str) -> (&'static str, usize) {
    let lower = rest.to_ascii_lowercase();
    let (msg, digits_from) = match lower.get(..2) {
        Some("0x") => ("invalid hexadecimal literal", 2),
        Some("0o") => ("invalid octal literal", 2),
        Some("0b") => ("invalid binary literal", 2),
        _ => ("invalid decimal literal", 0),
    };
    let b = lower.as_bytes();
    let digit = |c: u8| c.is_ascii_hexdigit() && (digits_from == 2 || c.is_ascii_digit());
    let mut i = digits_from;
    while i < b.len()
        && (digit(b[i]) || b[i] == b'_' || (digits_from == 0 && matches!(b[i], b'.' | b'e')))
    {
        if b[i] == b'_' && !b.get(i + 1).is_some_and(|&c| digit(c)) {
            return (msg, i);
        }
        i += 1;
    }
    if digits_from == 0 && b.get(i) == Some(&b'j') {
        // a letter after an imaginary literal's `j`: the caret at the `j`
        return ("invalid imaginary literal", i);
    }
    (msg, 0)
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
