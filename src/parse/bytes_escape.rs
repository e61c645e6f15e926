//! Escapes in a bytes literal (cpython: bytesobject.c _PyBytes_DecodeEscape):
//! the C escapes, `\ooo` (kept to its low 8 bits, as 3.11 does) and `\xhh`;
//! any other backslash stays as written. The body is ASCII already.

/// The bytes of a literal body, or the SyntaxError message CPython gives.
pub(super) fn decode(body: &str) -> Result<Vec<u8>, String> {
    let src = body.as_bytes();
    let mut out = Vec::with_capacity(src.len());
    let mut i = 0;
    while i < src.len() {
        let c = src[i];
        i += 1;
        if c != b'\\' {
            out.push(c);
            continue;
        }
        let Some(&e) = src.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\r' => i += usize::from(src.get(i) == Some(&b'\n')),
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(0x07),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(0x0b),
            b'0'..=b'7' => out.push(octal(src, &mut i, e)),
            b'x' => out.push(hex(src, &mut i)?),
            _ => {
                out.push(b'\\');
                out.push(e);
            }
        }
    }
    Ok(out)
}

/// Up to three octal digits, the first already read.
fn octal(src: &[u8], i: &mut usize, first: u8) -> u8 {
    let mut value = u32::from(first - b'0');
    for _ in 0..2 {
        match src.get(*i) {
            Some(&d @ b'0'..=b'7') => {
                value = value * 8 + u32::from(d - b'0');
                *i += 1;
            }
            _ => break,
        }
    }
    (value & 0xff) as u8
}

/// Exactly two hex digits after `\x`; the message names the backslash's
/// position in the body.
fn hex(src: &[u8], i: &mut usize) -> Result<u8, String> {
    let digits = src
        .get(*i..*i + 2)
        .and_then(|d| std::str::from_utf8(d).ok());
    match digits.and_then(|d| u8::from_str_radix(d, 16).ok()) {
        Some(v) if digits.is_some_and(|d| d.bytes().all(|b| b.is_ascii_hexdigit())) => {
            *i += 2;
            Ok(v)
        }
        _ => Err(format!(
            "(value error) invalid \\x escape at position {}",
            *i - 2
        )),
    }
}
