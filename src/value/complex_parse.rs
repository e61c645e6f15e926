//! `complex(str)`: CPython's accepted forms, `<float>`, `<float>j`,
//! `<float><signed-float>j`, `<float><sign>j`, `<sign>j`, `j`, each
//! optionally in parentheses and surrounded by whitespace, with single
//! underscores between digits. cpython: complexobject.c
//! complex_from_string_inner

use super::complex::Complex;
use crate::exception::{Exc, PyResult};

/// Parses `s` as `complex(s)` does.
pub fn parse(s: &str) -> PyResult<Complex> {
    let ascii: String = s.chars().map(ascii_char).collect();
    let cleaned = match strip_underscores(&ascii) {
        Some(c) => c,
        None => {
            return Err(Exc::value_error(format!(
                "could not convert string to complex: {}",
                crate::vm::str_repr(s)
            )));
        }
    };
    inner(cleaned.as_bytes()).ok_or_else(|| Exc::value_error("complex() arg is a malformed string"))
}

/// Unicode digits as ASCII digits, Unicode spaces as ' ', any other
/// non-ASCII character as one that no form accepts.
/// cpython: _PyUnicode_TransformDecimalAndSpaceToASCII
fn ascii_char(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    if c.is_whitespace() {
        return ' ';
    }
    super::int::unicode_digit(c).unwrap_or('?')
}

/// The text without its underscores, or None when one is not between two
/// digits. cpython: _Py_string_to_number_with_underscores
fn strip_underscores(s: &str) -> Option<String> {
    let b = s.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        let between =
            i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(|d| d.is_ascii_digit());
        if c == b'_' && !between {
            return None;
        }
    }
    Some(s.replace('_', ""))
}

/// The forms, on ASCII bytes; None for a malformed string.
fn inner(b: &[u8]) -> Option<Complex> {
    let mut i = skip_spaces(b, 0);
    let bracket = b.get(i) == Some(&b'(');
    if bracket {
        i = skip_spaces(b, i + 1);
    }
    let (c, mut i) = body(b, i)?;
    i = skip_spaces(b, i);
    if bracket {
        if b.get(i) != Some(&b')') {
            return None;
        }
        i = skip_spaces(b, i + 1);
    }
    (i == b.len()).then_some(c)
}

/// The number between the optional parentheses, and where it ends.
fn body(b: &[u8], i: usize) -> Option<(Complex, usize)> {
    let Some((z, i)) = scan_float(b, i) else {
        // `<sign>j` or `j`
        let (y, i) = sign_only(b, i);
        return is_j(b, i).then_some((Complex::new(0.0, y), i + 1));
    };
    match b.get(i) {
        Some(b'+' | b'-') => {
            let (y, i) = match scan_float(b, i) {
                Some(found) => found,
                None => sign_only(b, i),
            };
            is_j(b, i).then_some((Complex::new(z, y), i + 1))
        }
        Some(b'j' | b'J') => Some((Complex::new(0.0, z), i + 1)),
        _ => Some((Complex::new(z, 0.0), i)),
    }
}

/// A lone sign (or nothing) before a `j`: ±1.
fn sign_only(b: &[u8], i: usize) -> (f64, usize) {
    match b.get(i) {
        Some(b'+') => (1.0, i + 1),
        Some(b'-') => (-1.0, i + 1),
        _ => (1.0, i),
    }
}

fn is_j(b: &[u8], i: usize) -> bool {
    matches!(b.get(i), Some(b'j' | b'J'))
}

fn skip_spaces(b: &[u8], mut i: usize) -> usize {
    while b
        .get(i)
        .is_some_and(|c| c.is_ascii_whitespace() || *c == 0x0b)
    {
        i += 1;
    }
    i
}

/// The longest float at `at` (sign, digits with an optional point and
/// exponent, or `inf`/`infinity`/`nan`), as PyOS_string_to_double reads
/// a prefix; None when none starts there.
fn scan_float(b: &[u8], at: usize) -> Option<(f64, usize)> {
    let mut i = at;
    let negative = b.get(i) == Some(&b'-');
    if matches!(b.get(i), Some(b'+' | b'-')) {
        i += 1;
    }
    if let Some((x, end)) = special_word(b, i) {
        return Some((if negative { -x } else { x }, end));
    }
    let end = decimal_end(b, i)?;
    let text = std::str::from_utf8(&b[at..end]).ok()?;
    text.parse::<f64>().ok().map(|x| (x, end))
}

/// `inf`, `infinity` or `nan` at `i`, any case.
fn special_word(b: &[u8], i: usize) -> Option<(f64, usize)> {
    for (word, x) in [
        ("infinity", f64::INFINITY),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        let n = word.len();
        if b.get(i..i + n)
            .is_some_and(|w| w.eq_ignore_ascii_case(word.as_bytes()))
        {
            return Some((x, i + n));
        }
    }
    None
}

/// Where the digits, point and exponent starting at `i` end; None when
/// there is no digit before the exponent.
fn decimal_end(b: &[u8], mut i: usize) -> Option<usize> {
    let digits = |b: &[u8], mut i: usize| {
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        i
    };
    let start = i;
    i = digits(b, i);
    let mut count = i - start;
    if b.get(i) == Some(&b'.') {
        let frac = digits(b, i + 1);
        count += frac - i - 1;
        i = frac;
    }
    if count == 0 {
        return None;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(b.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let k = digits(b, j);
        if k > j {
            i = k;
        }
    }
    Some(i)
}
