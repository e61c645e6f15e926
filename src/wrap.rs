//! Text re-flowed to a width at word boundaries: prose, help pages and
//! lesson text. Widths are display columns (unicode-width, ANSI escapes
//! counted as zero); a word longer than the width stays whole on its own
//! line rather than being cut.

/// `text`'s words as lines of at most `width` columns.
pub fn words(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && columns(&line) + 1 + columns(word) > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Every line of `text` that is wider than `width` broken at spaces,
/// its continuation lines indented 4 more than the line itself. A word
/// wider than the room is never cut: it overflows on its own line.
pub fn fit(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let (body, newline) = match line.strip_suffix('\n') {
            Some(b) => (b, "\n"),
            None => (line, ""),
        };
        if columns(body) <= width {
            out.push_str(line);
            continue;
        }
        let hang = " ".repeat(hang_of(body, width));
        for (i, part) in broken(body, width, hang.len()).into_iter().enumerate() {
            if i > 0 {
                out.push('\n');
                out.push_str(&hang);
            }
            out.push_str(part);
        }
        out.push_str(newline);
    }
    out
}

/// Where a long line's continuation starts: under the text after its
/// last two-space gap (a diagram's note, a header's parenthesis), when
/// that leaves room; otherwise 4 more than its indentation.
fn hang_of(line: &str, width: usize) -> usize {
    let indent = line.len() - line.trim_start_matches(' ').len();
    let mut column = 0;
    let mut gap_end = None;
    let mut spaces = 0;
    let mut escape = false;
    for c in line.chars() {
        if column >= width {
            break;
        }
        if escape || c == '\x1b' {
            escape = !(escape && c.is_ascii_alphabetic()); // ANSI: ESC [ ... letter
            continue;
        }
        if c == ' ' {
            spaces += 1;
        } else {
            if spaces >= 2 && column > indent {
                gap_end = Some(column);
            }
            spaces = 0;
        }
        column += columns(c.encode_utf8(&mut [0u8; 4]));
    }
    match gap_end {
        Some(col) if col + 20 <= width => col,
        _ => (indent + 4).min(width / 2),
    }
}

/// `line` cut at spaces into pieces: the first fits `width`, the others
/// `width - hang`.
fn broken(line: &str, width: usize, hang: usize) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = line;
    let mut room = width;
    while columns(rest) > room {
        let Some(cut) = last_space_within(rest, room) else {
            break;
        };
        parts.push(rest[..cut].trim_end());
        rest = rest[cut..].trim_start();
        room = width.saturating_sub(hang).max(1);
    }
    parts.push(rest);
    parts
}

/// The byte offset of the last space of `text` within its first `room`
/// columns (leading indentation does not count as a break).
fn last_space_within(text: &str, room: usize) -> Option<usize> {
    let start = text.len() - text.trim_start_matches(' ').len();
    let mut used = 0;
    let mut best = None;
    let mut escape = false;
    for (i, c) in text.char_indices() {
        if escape || c == '\x1b' {
            escape = !(escape && c.is_ascii_alphabetic()); // ANSI: ESC [ ... letter
            continue;
        }
        if c == ' ' && i > start {
            best = Some(i);
        }
        used += columns(c.encode_utf8(&mut [0u8; 4]));
        if used > room {
            break;
        }
    }
    best
}

/// Display columns of `text`, ANSI escape sequences not counted.
pub fn columns(text: &str) -> usize {
    let mut width = 0;
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            chars.by_ref().find(|c| c.is_ascii_alphabetic());
            continue;
        }
        width += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
    }
    width
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_word_boundaries() {
        assert_eq!(words("aa bb cc", 5), ["aa bb", "cc"]);
        assert_eq!(words("averylongword b", 4), ["averylongword", "b"]);
        assert_eq!(words("  ", 4), Vec::<String>::new());
        assert_eq!(columns("\x1b[1mbold\x1b[0m ─"), 6);
    }

    #[test]
    fn long_lines_break_at_spaces_with_a_hanging_indent() {
        assert_eq!(fit("short\n", 10), "short\n");
        assert_eq!(fit("aaa bbb ccc ddd\n", 8), "aaa bbb\n    ccc\n    ddd\n");
        assert_eq!(
            fit("  x averyveryverylongword\n", 8),
            "  x\n    averyveryverylongword\n"
        );
        assert_eq!(fit("nospacesatallhere", 5), "nospacesatallhere");
        let header = "name  (outer.<locals>.name, made by outer() at line 3)\n";
        assert_eq!(
            fit(header, 40),
            "name  (outer.<locals>.name, made by\n      outer() at line 3)\n"
        );
    }
}
