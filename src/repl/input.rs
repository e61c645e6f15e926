//! When is a typed input ready, and when is it already wrong? CPython's
//! interactive parser reports some errors at the line that causes them,
//! before the blank line that would end the block, and leaves others (the
//! compiler's) for the end of the input; these rules reproduce both on top
//! of the line pre-pass and the parser.

use crate::syntax_error::SyntaxError;

/// The error CPython's interactive parser reports as soon as a line makes
/// an unfinished block wrong, before the blank line that would end it:
/// a statement the line pre-pass cannot finish, or a second statement
/// starting at the left margin (an input is one statement).
/// cpython: Parser/pegen.c (interactive mode stops at the first bad token)
pub(super) fn premature_error(src: &str) -> Option<SyntaxError> {
    if let Some(error) = indented_start(src) {
        return Some(error);
    }
    if let Some(error) = second_statement(src) {
        return Some(error);
    }
    let lines = crate::lines::scan(src).ok()?;
    if lines.eof_error.is_some() {
        return None;
    }
    let last = *lines.lines.last()?;
    let text = &src[last.start..last.end];
    let error = crate::parse::syntax(src).err()?;
    let more_could_fix = is_decorator(text)
        || (error.msg.starts_with("expected an indented block") && opens_block(text))
        || (&*error.msg == "expected 'except' or 'finally' block" && last.indent > 0);
    (!more_could_fix).then_some(error)
}

/// Is the only thing wrong with an open block an error CPython reports
/// when the block ends (`'continue' not properly in loop`, `nonlocal`
/// misuse), because its compiler, not its parser, finds it?
pub(super) fn deferred_error(src: &str) -> bool {
    let Ok(lines) = crate::lines::scan(src) else {
        return false;
    };
    let ended = src.lines().last().is_none_or(|l| l.trim().is_empty());
    lines.eof_error.is_none()
        && !ended
        && pipeline_error(src).is_some_and(|e| found_after_parsing(&e))
}

/// The first error the whole pipeline finds in `src`, with its stage.
fn pipeline_error(src: &str) -> Option<SyntaxError> {
    crate::compile(src, "<stdin>", crate::Mode::Single).err()
}

/// An input whose first line is indented is wrong at its first token,
/// even if that line goes on in an open bracket.
fn indented_start(src: &str) -> Option<SyntaxError> {
    let first = src.lines().next()?;
    let code = first.trim_start();
    let indented = code.len() < first.len() && !code.is_empty() && !code.starts_with('#');
    indented.then(|| SyntaxError::indentation("unexpected indent", 1, 0))
}

/// The last typed line starts at the left margin a new statement after a
/// complete compound statement (it neither continues it, like `else:`,
/// nor follows a decorator): CPython's "invalid syntax" under its first
/// token, as soon as that token is read, even if the line goes on in an
/// open bracket.
fn second_statement(src: &str) -> Option<SyntaxError> {
    let body = src.strip_suffix('\n').unwrap_or(src);
    let (before, line) = body.rsplit_once('\n')?;
    let starts_statement = line.starts_with(|c: char| !c.is_whitespace() && c != '#');
    if !starts_statement || is_clause(line) {
        return None;
    }
    let before = format!("{before}\n");
    let lines = crate::lines::scan(&before).ok()?;
    let previous = lines.lines.last()?;
    let after_decorator =
        previous.indent == 0 && is_decorator(&before[previous.start..previous.end]);
    if lines.eof_error.is_some() || after_decorator {
        return None;
    }
    crate::parse::module(&before).ok()?;
    let number = body.lines().count() as u32;
    Some(SyntaxError::spanning(
        "invalid syntax",
        number,
        1,
        1 + first_token_width(line),
    ))
}

/// Does a logical line end with the `:` that opens a block?
fn opens_block(text: &str) -> bool {
    super::highlight::without_comment(text)
        .trim_end()
        .ends_with(':')
}

/// Is this an error CPython finds after parsing (symtable.c, compile.c)?
/// Those wait for the whole input, and in interactive mode they show no
/// source line: there is no file to read the line back from.
pub(super) fn found_after_parsing(e: &SyntaxError) -> bool {
    e.stage != crate::syntax_error::Stage::Parser
}

/// Does a logical line continue the compound statement above it?
fn is_clause(text: &str) -> bool {
    let word: String = text
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    matches!(word.as_str(), "else" | "elif" | "except" | "finally")
}

fn is_decorator(text: &str) -> bool {
    text.starts_with('@')
}

/// How many characters CPython's caret covers for the line's first token.
fn first_token_width(text: &str) -> u32 {
    let word = text
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .count();
    word.max(1) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn early(src: &str) -> Option<(String, u32)> {
        premature_error(src).map(|e| (e.msg.into(), e.line))
    }

    #[test]
    fn a_second_statement_is_wrong_at_once() {
        let e = premature_error("def f():\n    return 1\nwhile x:\n").expect("an error");
        assert_eq!(
            (&*e.msg, e.line, e.col, e.end_col),
            ("invalid syntax", 3, 1, 6)
        );
    }

    #[test]
    fn a_block_still_open_waits() {
        assert_eq!(early("if x:\n"), None);
        assert_eq!(early("try:\n    pass\n"), None);
        assert_eq!(early("@dec\n"), None);
        assert_eq!(early("if x:\n    pass\nelse:\n"), None);
    }

    #[test]
    fn a_wrong_line_in_a_block_is_reported_at_once() {
        assert_eq!(early("if x:\ny = 1\n").map(|e| e.1), Some(2));
        assert_eq!(early("if x:\n    y = 2 +\n").map(|e| e.1), Some(2));
    }

    #[test]
    fn an_indented_first_line_is_wrong_before_its_bracket_closes() {
        assert_eq!(
            early("    return {\n"),
            Some(("unexpected indent".into(), 1))
        );
        assert_eq!(early("for s in ['#x']:\n"), None);
    }

    #[test]
    fn compiler_errors_wait_for_the_end_of_the_block() {
        let src = "for i in x:\n    pass\nelse:\n    continue\n";
        assert_eq!(early(src), None);
        assert!(deferred_error(src));
        assert!(!deferred_error(&format!("{src}\n")));
    }
}
