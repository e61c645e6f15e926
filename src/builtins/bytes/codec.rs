//! The codecs cellar has: UTF-8, ASCII and Latin-1, with the `strict`,
//! `ignore` and `replace` error handlers, and CPython's exact
//! UnicodeEncodeError / UnicodeDecodeError messages. Other codecs CPython
//! has are refused by name, never mistaken for unknown ones.

use crate::exception::{Exc, ExcKind, PyResult};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

/// An error handler. CPython looks the name up only when an error
/// happens, so an unknown name is kept until then.
#[derive(Clone, PartialEq, Eq)]
pub enum Errors {
    Strict,
    Ignore,
    Replace,
    Other(String),
}

impl Codec {
    /// The codec's name as CPython's messages spell it.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    /// The highest code point + 1 the codec encodes in one byte.
    fn limit(self) -> u32 {
        match self {
            Codec::Ascii => 128,
            _ => 256,
        }
    }
}

/// The codec an encoding name denotes (cpython: encodings.normalize_encoding
/// and the aliases table, for the three codecs cellar has).
pub fn lookup(name: &str) -> PyResult<Codec> {
    let norm: String = name
        .trim()
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == '-' || c == ' ' { '_' } else { c })
        .collect();
    match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Ok(Codec::Utf8),
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "iso646_us" => Ok(Codec::Ascii),
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" => Ok(Codec::Latin1),
        other if is_other_cpython_codec(other) => Err(unsupported_codec(name)),
        _ => Err(Exc::new(
            ExcKind::LookupError,
            format!("unknown encoding: {name}"),
        )),
    }
}

/// Codec families CPython 3.11 has and cellar does not.
fn is_other_cpython_codec(norm: &str) -> bool {
    const PREFIXES: [&str; 24] = [
        "utf_16",
        "utf16",
        "utf_32",
        "utf32",
        "utf_7",
        "utf7",
        "cp",
        "iso8859",
        "iso_8859",
        "latin_",
        "mac",
        "koi8",
        "shift_jis",
        "sjis",
        "euc",
        "gb",
        "big5",
        "hz",
        "johab",
        "windows_",
        "idna",
        "punycode",
        "unicode_escape",
        "raw_unicode_escape",
    ];
    const NAMES: [&str; 8] = [
        "utf_8_sig",
        "charmap",
        "palmos",
        "ptcp154",
        "kz1048",
        "tis_620",
        "hp_roman8",
        "mbcs",
    ];
    PREFIXES.iter().any(|p| norm.starts_with(p)) || NAMES.contains(&norm)
}

/// `LookupError` would be wrong for a codec CPython has: say it is not in
/// cellar.
fn unsupported_codec(name: &str) -> Exc {
    Exc::new(
        ExcKind::NotImplementedError,
        format!("cellar does not support the '{name}' codec (it has utf-8, ascii and latin-1)"),
    )
}

/// The error handler `errors` names.
pub fn errors(name: &str) -> Errors {
    match name {
        "strict" => Errors::Strict,
        "ignore" => Errors::Ignore,
        "replace" => Errors::Replace,
        other => Errors::Other(other.to_string()),
    }
}

/// Raised where CPython would look a handler up and run it: cellar lacks
/// the standard ones, and an unknown name is a LookupError.
fn handler_error(name: &str) -> Exc {
    const STANDARD: [&str; 5] = [
        "backslashreplace",
        "surrogateescape",
        "surrogatepass",
        "xmlcharrefreplace",
        "namereplace",
    ];
    if STANDARD.contains(&name) {
        return Exc::new(
            ExcKind::NotImplementedError,
            format!("cellar does not support the '{name}' error handler"),
        );
    }
    Exc::new(
        ExcKind::LookupError,
        format!("unknown error handler name '{name}'"),
    )
}

/// `text.encode(codec, errors)`.
pub fn encode(text: &str, codec: Codec, errors: &Errors) -> PyResult<Vec<u8>> {
    if codec == Codec::Utf8 {
        return Ok(text.as_bytes().to_vec());
    }
    let limit = codec.limit();
    let mut out = Vec::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i] as u32;
        if c < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        let end = i + chars[i..]
            .iter()
            .take_while(|&&c| c as u32 >= limit)
            .count();
        match errors {
            Errors::Strict => return Err(encode_error(codec, &chars, i, end)),
            Errors::Ignore => {}
            Errors::Replace => out.extend(std::iter::repeat_n(b'?', end - i)),
            Errors::Other(name) => return Err(handler_error(name)),
        }
        i = end;
    }
    Ok(out)
}

/// cpython: the UnicodeEncodeError a run of unencodable characters raises.
fn encode_error(codec: Codec, chars: &[char], start: usize, end: usize) -> Exc {
    let reason = format!("ordinal not in range({})", codec.limit());
    let what = if end - start == 1 {
        format!(
            "character '{}' in position {start}",
            escape_char(chars[start])
        )
    } else {
        format!("characters in position {start}-{}", end - 1)
    };
    Exc::new(
        ExcKind::UnicodeEncodeError,
        format!("'{}' codec can't encode {what}: {reason}", codec.name()),
    )
}

/// A character as CPython's codec messages show it: `\xe9`, `\u20ac`.
fn escape_char(c: char) -> String {
    match c as u32 {
        n if n < 0x100 => format!("\\x{n:02x}"),
        n if n < 0x10000 => format!("\\u{n:04x}"),
        n => format!("\\U{n:08x}"),
    }
}

/// `data.decode(codec, errors)`.
pub fn decode(data: &[u8], codec: Codec, errors: &Errors) -> PyResult<String> {
    match codec {
        Codec::Utf8 => decode_utf8(data, errors),
        Codec::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Ascii => decode_ascii(data, errors),
    }
}

fn decode_ascii(data: &[u8], errors: &Errors) -> PyResult<String> {
    let mut out = String::with_capacity(data.len());
    for (i, &b) in data.iter().enumerate() {
        match (b < 128, errors) {
            (true, _) => out.push(b as char),
            (false, Errors::Strict) => {
                return Err(decode_error(
                    "ascii",
                    data,
                    i,
                    i + 1,
                    "ordinal not in range(128)",
                ));
            }
            (false, Errors::Ignore) => {}
            (false, Errors::Replace) => out.push('\u{fffd}'),
            (false, Errors::Other(name)) => return Err(handler_error(name)),
        }
    }
    Ok(out)
}

/// UTF-8 with CPython's error ranges, which are the maximal invalid
/// subparts that Rust's `Utf8Error::error_len` reports.
fn decode_utf8(data: &[u8], errors: &Errors) -> PyResult<String> {
    if *errors == Errors::Replace {
        return Ok(String::from_utf8_lossy(data).into_owned());
    }
    let mut out = String::with_capacity(data.len());
    let mut rest = data;
    let mut base = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                let bad = e.error_len().unwrap_or(rest.len() - good);
                match errors {
                    Errors::Strict => {
                        let reason = utf8_reason(rest[good], e.error_len());
                        let at = base + good;
                        return Err(decode_error("utf-8", data, at, at + bad, reason));
                    }
                    Errors::Other(name) => return Err(handler_error(name)),
                    _ => {}
                }
                rest = &rest[good + bad..];
                base += good + bad;
            }
        }
    }
}

/// Why a UTF-8 sequence starting with `first` is invalid.
fn utf8_reason(first: u8, error_len: Option<usize>) -> &'static str {
    match error_len {
        None => "unexpected end of data",
        Some(_) if (0x80..0xc2).contains(&first) || first >= 0xf5 => "invalid start byte",
        Some(_) => "invalid continuation byte",
    }
}

/// cpython: UnicodeDecodeError.__str__ — one byte or a range.
fn decode_error(codec: &str, data: &[u8], start: usize, end: usize, reason: &str) -> Exc {
    let what = if end - start == 1 {
        format!("byte 0x{:02x} in position {start}", data[start])
    } else {
        format!("bytes in position {start}-{}", end - 1)
    };
    Exc::new(
        ExcKind::UnicodeDecodeError,
        format!("'{codec}' codec can't decode {what}: {reason}"),
    )
}
