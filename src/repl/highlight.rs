//! Syntax highlighting of the line being typed: a cheap lexer (keywords,
//! builtins, strings, numbers, comments), re-run on every key, that never
//! fails. Colors are ANSI escapes only: the text's width is unchanged.

use owo_colors::OwoColorize;

/// What a piece of the line is, for coloring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Keyword,
    Builtin,
    Str,
    Number,
    Comment,
    Command,
    Plain,
}

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// `line` with ANSI colors around its tokens.
pub fn highlight(line: &str) -> String {
    let mut out = String::with_capacity(line.len() * 2);
    for (class, text) in lex(line) {
        match class {
            Class::Keyword => out.push_str(&text.magenta().bold().to_string()),
            Class::Builtin => out.push_str(&text.cyan().to_string()),
            Class::Str => out.push_str(&text.green().to_string()),
            Class::Number => out.push_str(&text.blue().to_string()), // (yellow vanishes on white)
            Class::Comment => out.push_str(&text.bright_black().to_string()),
            Class::Command => out.push_str(&text.blue().bold().to_string()),
            Class::Plain => out.push_str(text),
        }
    }
    out
}

/// `line` without its trailing comment (a `#` inside a string is not one).
pub fn without_comment(line: &str) -> &str {
    let mut end = 0;
    for (class, piece) in lex(line) {
        if class == Class::Comment {
            break;
        }
        end += piece.len();
    }
    &line[..end]
}

/// Cuts `line` into classified pieces that concatenate back to it.
pub fn lex(line: &str) -> Vec<(Class, &str)> {
    let mut pieces = Vec::new();
    let trimmed = line.trim_start();
    if trimmed.starts_with(':') {
        let start = line.len() - trimmed.len();
        let end = start + trimmed.find(char::is_whitespace).unwrap_or(trimmed.len());
        pieces.push((Class::Plain, &line[..start]));
        pieces.push((Class::Command, &line[start..end]));
        pieces.push((Class::Plain, &line[end..]));
        return pieces;
    }
    let bytes = line.as_bytes();
    let mut i = 0;
    let mut plain_start = 0;
    while i < bytes.len() {
        let (class, end) = match bytes[i] {
            b'#' => (Class::Comment, line.len()),
            b'"' | b'\'' => (Class::Str, string_end(line, i)),
            b'0'..=b'9' => (Class::Number, number_end(bytes, i)),
            b'.' if bytes.get(i + 1).is_some_and(u8::is_ascii_digit) => {
                (Class::Number, number_end(bytes, i))
            }
            c if c == b'_' || c.is_ascii_alphabetic() || c >= 0x80 => word(line, i),
            _ => {
                i += 1;
                continue;
            }
        };
        if class != Class::Plain {
            pieces.push((Class::Plain, &line[plain_start..i]));
            pieces.push((class, &line[i..end]));
            plain_start = end;
        }
        i = end;
    }
    pieces.push((Class::Plain, &line[plain_start..]));
    pieces.retain(|(_, t)| !t.is_empty());
    pieces
}

/// A name, keyword or builtin starting at `i`; a string prefix (`f"`,
/// `rb'`) makes it the start of a string.
fn word(line: &str, i: usize) -> (Class, usize) {
    let end = line[i..]
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .map_or(line.len(), |n| i + n);
    if end == i {
        let width = line[i..].chars().next().map_or(1, char::len_utf8);
        return (Class::Plain, i + width);
    }
    let text = &line[i..end];
    let is_prefix = text.len() <= 2 && text.chars().all(|c| "rRbBfFuU".contains(c));
    if is_prefix && matches!(line.as_bytes().get(end), Some(b'"' | b'\'')) {
        return (Class::Str, string_end(line, end));
    }
    let after_dot = line[..i].trim_end().ends_with('.');
    let class = if KEYWORDS.contains(&text) {
        Class::Keyword
    } else if !after_dot && crate::builtins::lookup(text).is_some() {
        Class::Builtin
    } else {
        Class::Plain
    };
    (class, end)
}

/// Where the string opening at `i` ends (its closing quote included), or
/// the end of the line for a string still open.
fn string_end(line: &str, i: usize) -> usize {
    let bytes = line.as_bytes();
    let quote = bytes[i];
    let triple = bytes.get(i + 1) == Some(&quote) && bytes.get(i + 2) == Some(&quote);
    let mut j = if triple { i + 3 } else { i + 1 };
    while j < bytes.len() {
        match bytes[j] {
            b'\\' => j += 1,
            q if q == quote && !triple => return j + 1,
            q if q == quote
                && bytes.get(j + 1) == Some(&quote)
                && bytes.get(j + 2) == Some(&quote) =>
            {
                return j + 3;
            }
            _ => {}
        }
        j += 1;
    }
    line.len()
}

/// Where the number starting at `i` ends (digits, `_`, `.`, exponents,
/// `0x` prefixes: a cheap superset of Python's number syntax).
fn number_end(bytes: &[u8], i: usize) -> usize {
    let mut j = i;
    while j < bytes.len() {
        let c = bytes[j];
        let exponent_sign =
            (c == b'+' || c == b'-') && j > i && matches!(bytes[j - 1], b'e' | b'E');
        if !(c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || exponent_sign) {
            break;
        }
        j += 1;
    }
    j
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classes(line: &str) -> Vec<(Class, &str)> {
        lex(line)
            .into_iter()
            .filter(|(c, _)| *c != Class::Plain)
            .collect()
    }

    #[test]
    fn classifies_tokens() {
        assert_eq!(
            classes("def f(x='a#b'): return len(x) + 1.5e-3  # done"),
            vec![
                (Class::Keyword, "def"),
                (Class::Str, "'a#b'"),
                (Class::Keyword, "return"),
                (Class::Builtin, "len"),
                (Class::Number, "1.5e-3"),
                (Class::Comment, "# done"),
            ]
        );
    }

    #[test]
    fn prefixed_and_unfinished_strings() {
        assert_eq!(
            classes("f'{x}' + rb\"y"),
            vec![(Class::Str, "f'{x}'"), (Class::Str, "rb\"y")]
        );
        assert_eq!(classes("'''a ' b'''"), vec![(Class::Str, "'''a ' b'''")]);
    }

    #[test]
    fn pieces_rebuild_the_line() {
        for line in [
            "x.print = 'é' # ü",
            "a → b",
            ":closure f",
            "  a ,b",
            "\"\\",
            "0x1F.real",
        ] {
            let joined: String = lex(line).iter().map(|(_, t)| *t).collect();
            assert_eq!(joined, line);
        }
    }

    #[test]
    fn comments_end_at_a_real_hash() {
        assert_eq!(
            without_comment("for s in ['#x']:  # c"),
            "for s in ['#x']:  "
        );
        assert_eq!(without_comment("x = 1"), "x = 1");
    }

    #[test]
    fn attributes_are_not_builtins() {
        assert_eq!(classes("x.len"), vec![]);
    }
}
