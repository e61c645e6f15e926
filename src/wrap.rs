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
}
