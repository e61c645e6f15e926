//! Lesson prose for a terminal: the Markdown a lesson is written in
//! (paragraphs, `- ` lists, `code`, **bold**, *emphasis*) re-flowed to the
//! width and styled. With color, code and headings are blue and bold (no
//! yellow or bright colors: they vanish on a light projector theme), bold
//! is bold, emphasis underlined, and the markers are gone; without color
//! the text stays readable as plain text: `code` keeps its backticks and
//! only the asterisks go.

use crate::inspect::View;

/// ANSI styles used for lessons (dark enough for light themes).
const CODE: &str = "\x1b[34m";
const BOLD: &str = "\x1b[1m";
const EMPHASIS: &str = "\x1b[4m";
const HEADING: &str = "\x1b[1;34m";
const RESET: &str = "\x1b[0m";

/// Prose paragraphs styled and wrapped to the view's width, a blank line
/// between paragraphs.
pub fn prose(text: &str, view: &View) -> String {
    let mut out = Vec::new();
    for paragraph in paragraphs(text) {
        out.push(paragraph_text(&paragraph, view));
    }
    out.join("\n")
}

/// A heading line: bold blue with color, as is without.
pub fn heading(text: &str, view: &View) -> String {
    if view.color {
        format!("{HEADING}{text}{RESET}")
    } else {
        text.to_string()
    }
}

/// The paragraphs of `text` (blank-line separated), each a list of its
/// lines.
fn paragraphs(text: &str) -> Vec<Vec<&str>> {
    let mut all = vec![Vec::new()];
    for line in text.lines() {
        if line.trim().is_empty() {
            all.push(Vec::new());
        } else if let Some(last) = all.last_mut() {
            last.push(line);
        }
    }
    all.retain(|p| !p.is_empty());
    all
}

/// One paragraph: list items each wrapped under their own indent, other
/// lines joined and wrapped.
fn paragraph_text(lines: &[&str], view: &View) -> String {
    let mut items: Vec<(String, String)> = Vec::new(); // (marker, words)
    for line in lines {
        let trimmed = line.trim_start();
        match list_marker(trimmed) {
            Some(marker) => items.push((marker.to_string(), trimmed[marker.len()..].to_string())),
            None => match items.last_mut() {
                Some((_, words)) => {
                    words.push(' ');
                    words.push_str(trimmed);
                }
                None => items.push((String::new(), trimmed.to_string())),
            },
        }
    }
    let mut out = String::new();
    for (marker, words) in items {
        let hang = " ".repeat(marker.chars().count());
        let width = view.width.saturating_sub(hang.len()).max(10);
        for (i, line) in crate::wrap::words(&inline(&words, view.color), width)
            .iter()
            .enumerate()
        {
            out.push_str(if i == 0 { &marker } else { &hang });
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// `- `, `* ` or `1. ` at the start of a list item.
fn list_marker(line: &str) -> Option<&str> {
    if line.starts_with("- ") || line.starts_with("* ") {
        return Some(&line[..2]);
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    (digits > 0 && line[digits..].starts_with(". ")).then(|| &line[..digits + 2])
}

/// Inline Markdown: `code`, **bold**, *emphasis*, styled or plain.
pub fn inline(text: &str, color: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(['`', '*']) {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let Some((span, len)) = span(rest, out.chars().last()) else {
            out.push_str(&rest[..1]);
            rest = &rest[1..];
            continue;
        };
        out.push_str(&styled(span, color));
        rest = &rest[len..];
    }
    out.push_str(rest);
    out
}

/// A styled span at the start of `text`: its kind and inner text, and its
/// length with markers. `*` only opens emphasis after a space or the
/// start and before a letter (so `*args` and `2 * 3` stay as they are).
fn span(text: &str, before: Option<char>) -> Option<(Span<'_>, usize)> {
    if let Some(body) = text.strip_prefix('`') {
        let end = body.find('`')?;
        return Some((Span::Code(&body[..end]), end + 2));
    }
    let opens = before.is_none_or(|c| c.is_whitespace() || "([\"'".contains(c));
    if !opens {
        return None;
    }
    let marker = if text.starts_with("**") { "**" } else { "*" };
    let body = &text[marker.len()..];
    if !body.starts_with(|c: char| c.is_alphanumeric() || c == '`') {
        return None;
    }
    let end = body.find(marker)?;
    let inner = &body[..end];
    let after = body[end + marker.len()..].chars().next();
    if inner.ends_with(char::is_whitespace) || after.is_some_and(char::is_alphanumeric) {
        return None;
    }
    let span = if marker == "**" {
        Span::Bold(inner)
    } else {
        Span::Emphasis(inner)
    };
    Some((span, end + 2 * marker.len()))
}

enum Span<'t> {
    Code(&'t str),
    Bold(&'t str),
    Emphasis(&'t str),
}

fn styled(span: Span<'_>, color: bool) -> String {
    match (span, color) {
        (Span::Code(t), true) => format!("{CODE}{t}{RESET}"),
        (Span::Code(t), false) => format!("`{t}`"),
        (Span::Bold(t), true) => format!("{BOLD}{}{RESET}", inline(t, true)),
        (Span::Emphasis(t), true) => format!("{EMPHASIS}{}{RESET}", inline(t, true)),
        (Span::Bold(t) | Span::Emphasis(t), false) => inline(t, false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(color: bool, width: usize) -> View {
        View {
            color,
            ascii: false,
            width,
        }
    }

    #[test]
    fn plain_text_keeps_backticks_and_loses_asterisks() {
        assert_eq!(
            inline("a `def` is *inside* **here**", false),
            "a `def` is inside here"
        );
        assert_eq!(
            inline("f(*args) and 2 * 3 * 4", false),
            "f(*args) and 2 * 3 * 4"
        );
    }

    #[test]
    fn color_styles_spans_without_markers() {
        assert_eq!(
            inline("a `def` **b**", true),
            "a \x1b[34mdef\x1b[0m \x1b[1mb\x1b[0m"
        );
    }

    #[test]
    fn paragraphs_wrap_and_lists_hang() {
        let text = "one two three four\nfive\n\n- alpha beta gamma\n- delta";
        assert_eq!(
            prose(text, &view(false, 20)),
            "one two three four\nfive\n\n- alpha beta gamma\n- delta\n"
        );
        assert_eq!(
            prose("- aaaa bbbb cccc dddd eeee ffff", &view(false, 20)),
            "- aaaa bbbb cccc\n  dddd eeee ffff\n"
        );
    }
}
