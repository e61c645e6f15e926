//! The methods `bytes` and `bytearray` share, with CPython's semantics and
//! messages; on a bytearray each returns a bytearray where CPython does.
//! CPython's other bytes methods answer that cellar lacks them.

use super::{Kw, buffer, byte_value, codec, codec_of, params};
use crate::builtins::methods::{Add, check_positional, int_arg, span, ssize_arg, wrong_self};
use crate::exception::{Exc, ExcKind, PyResult};
use crate::value::{BuiltinFn, PyBytes, Value};
use crate::vm::Vm;
use std::rc::Rc;

pub(super) fn register(add: Add) {
    let table: &[(&'static str, BuiltinFn)] = &[
        ("decode", decode),
        ("hex", hex),
        ("join", join),
        ("split", split),
        ("rsplit", rsplit),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("startswith", startswith),
        ("endswith", endswith),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("replace", replace),
        ("upper", upper),
        ("lower", lower),
        ("partition", partition),
        ("rpartition", rpartition),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("isdigit", isdigit),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("isascii", isascii),
    ];
    for owner in ["bytes", "bytearray"] {
        for (name, f) in table {
            add(owner, name, *f);
        }
        let fromhex: BuiltinFn = if owner == "bytes" {
            fromhex
        } else {
            fromhex_bytearray
        };
        add(owner, "fromhex", fromhex);
        for (name, f) in LACKING {
            add(owner, name, *f);
        }
    }
}

/// CPython's bytes methods that cellar does not have: each says so.
macro_rules! lacking {
    ($($f:ident $name:literal)*) => {
        const LACKING: &[(&str, BuiltinFn)] = &[$(($name, $f)),*];
        $(fn $f(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
            Err(lacking_method(args, $name))
        })*
    };
}

lacking! {
    capitalize "capitalize" center "center" expandtabs "expandtabs" istitle "istitle"
    ljust "ljust" maketrans "maketrans" rjust "rjust" splitlines "splitlines"
    swapcase "swapcase" title "title" translate "translate" zfill "zfill"
}

fn lacking_method(args: &[Value], name: &str) -> Exc {
    let ty = match args.first() {
        Some(Value::Bytes(b)) => b.type_name(),
        _ => "bytes",
    };
    Exc::new(
        ExcKind::NotImplementedError,
        format!("cellar does not support {ty}.{name}()"),
    )
}

/// The object a method was called on.
fn this<'a>(name: &str, args: &'a [Value]) -> PyResult<&'a Rc<PyBytes>> {
    match args.first() {
        Some(Value::Bytes(b)) => Ok(b),
        _ => Err(wrong_self("bytes", name, args)),
    }
}

/// `bytes.upper`, as no-argument messages name a method.
fn qual(b: &PyBytes, name: &str) -> String {
    format!("{}.{name}", b.type_name())
}

/// A result of the same type as `b`.
fn like(b: &PyBytes, data: Vec<u8>) -> Value {
    Value::Bytes(b.same_kind(data))
}

/// `b.decode(encoding='utf-8', errors='strict')`
fn decode(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = this("decode", args)?;
    let p = params("decode", args, kw, &["encoding", "errors"])?;
    let (codec, errors) = codec_of("decode", p[0].as_ref(), p[1].as_ref())?;
    Ok(Value::str(codec::decode(&b.data(), codec, &errors)?))
}

/// `b.hex(sep=None, bytes_per_sep=1)`: groups count from the right, or
/// from the left for a negative `bytes_per_sep`.
fn hex(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = this("hex", args)?;
    let p = params("hex", args, kw, &["sep", "bytes_per_sep"])?;
    let digits: Vec<String> = b.data().iter().map(|x| format!("{x:02x}")).collect();
    let Some(sep) = p[0].as_ref() else {
        return Ok(Value::str(digits.concat()));
    };
    let sep = hex_sep(sep)?;
    let per = p[1].as_ref().map_or(Ok(1), c_int_arg)?;
    if per == 0 {
        return Ok(Value::str(digits.concat()));
    }
    let n = per.unsigned_abs() as usize;
    let groups: Vec<String> = if per >= 0 {
        let first = digits.len() % n;
        let mut out = vec![digits[..first].concat()];
        out.extend(digits[first..].chunks(n).map(|c| c.concat()));
        out.into_iter().filter(|s| !s.is_empty()).collect()
    } else {
        digits.chunks(n).map(|c| c.concat()).collect()
    };
    Ok(Value::str(groups.join(&sep.to_string())))
}

/// An argument CPython reads as a C int.
fn c_int_arg(v: &Value) -> PyResult<i64> {
    let n = ssize_arg(v).map_err(|_| c_int_overflow())?;
    if i32::try_from(n).is_err() {
        return Err(c_int_overflow());
    }
    Ok(n)
}

fn c_int_overflow() -> Exc {
    Exc::overflow_error("Python int too large to convert to C int")
}

/// The one-character separator of `hex()`.
fn hex_sep(sep: &Value) -> PyResult<char> {
    let text: Vec<char> = match sep {
        Value::Str(s) => s.as_str().chars().collect(),
        Value::Bytes(b) => b.data().iter().map(|&c| c as char).collect(),
        other => {
            return Err(Exc::type_error(format!(
                "object of type '{}' has no len()",
                other.type_name()
            )));
        }
    };
    match text.as_slice() {
        [c] if c.is_ascii() => Ok(*c),
        [_] => Err(Exc::value_error("sep must be ASCII.")),
        _ => Err(Exc::value_error("sep must be length 1.")),
    }
}

/// `bytes.fromhex(string)` (also on an instance); spaces between pairs.
fn fromhex(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    fromhex_args(args, kw).map(super::bytes_value)
}

/// `bytearray.fromhex(string)`.
fn fromhex_bytearray(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    fromhex_args(args, kw).map(super::bytearray_value)
}

/// `bytes.fromhex(string)` called on the class.
pub(super) fn fromhex_class(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    parse_hex_arg(args, kw).map(super::bytes_value)
}

/// `bytearray.fromhex(string)` called on the class.
pub(super) fn fromhex_bytearray_class(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    parse_hex_arg(args, kw).map(super::bytearray_value)
}

/// The string argument after the instance a method was called on.
fn fromhex_args(args: &[Value], kw: Kw) -> PyResult<Vec<u8>> {
    parse_hex_arg(&args[1.min(args.len())..], kw)
}

fn parse_hex_arg(rest: &[Value], kw: Kw) -> PyResult<Vec<u8>> {
    crate::builtins::no_kwargs("fromhex", kw)?;
    check_positional("fromhex", rest.len(), 1, 1)?;
    let Value::Str(s) = &rest[0] else {
        return Err(Exc::type_error(format!(
            "fromhex() argument must be str, not {}",
            rest[0].type_name()
        )));
    };
    parse_hex(s.as_str())
}

/// cpython: bytesobject.c _PyBytes_FromHex — the position of the first
/// character that is not part of a hex pair.
fn parse_hex(text: &str) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    let bad = |at: usize| {
        Exc::value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {at}"
        ))
    };
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16).ok_or_else(|| bad(i))?;
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        let lo = lo.ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

/// `sep.join(iterable)`: every item bytes-like.
fn join(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = this("join", args)?;
    crate::builtins::no_kwargs("join", kw)?;
    check_positional("join", args.len() - 1, 1, 1)?;
    let items = vm
        .collect(&args[1])
        .map_err(|_| Exc::type_error("can only join an iterable"))?;
    let sep = b.to_vec();
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(data) = buffer(item) else {
            return Err(Exc::type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                item.type_name()
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&data);
    }
    Ok(like(b, out))
}

/// `sep`/`maxsplit` of split and rsplit: None is "any whitespace".
fn split_args(name: &str, args: &[Value], kw: Kw) -> PyResult<(Option<Vec<u8>>, usize)> {
    let p = params(name, args, kw, &["sep", "maxsplit"])?;
    let sep = match &p[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(super::bytes_arg(v)?),
    };
    if sep.as_ref().is_some_and(|s| s.is_empty()) {
        return Err(Exc::value_error("empty separator"));
    }
    let max = p[1].as_ref().map_or(Ok(-1), ssize_arg)?;
    Ok((sep, usize::try_from(max).unwrap_or(usize::MAX)))
}

fn split(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = this("split", args)?;
    let (sep, max) = split_args("split", args, kw)?;
    let data = b.to_vec();
    let parts = match sep {
        Some(sep) => split_on(&data, &sep, max),
        None => split_whitespace(&data, max),
    };
    Ok(Value::list(parts.into_iter().map(|p| like(b, p)).collect()))
}

fn rsplit(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = this("rsplit", args)?;
    let (sep, max) = split_args("rsplit", args, kw)?;
    let mut data = b.to_vec();
    data.reverse();
    let mut parts = match sep {
        Some(mut sep) => {
            sep.reverse();
            split_on(&data, &sep, max)
        }
        None => split_whitespace(&data, max),
    };
    parts.iter_mut().for_each(|p| p.reverse());
    parts.reverse();
    Ok(Value::list(parts.into_iter().map(|p| like(b, p)).collect()))
}

fn split_on(data: &[u8], sep: &[u8], max: usize) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut start = 0;
    while out.len() < max
        && let Some(i) = find_at(&data[start..], sep)
    {
        out.push(data[start..start + i].to_vec());
        start += i + sep.len();
    }
    out.push(data[start..].to_vec());
    out
}

/// Splitting on runs of ASCII whitespace (cpython: Py_ISSPACE).
fn split_whitespace(data: &[u8], max: usize) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        while i < data.len() && is_space(data[i]) {
            i += 1;
        }
        if i == data.len() {
            return out;
        }
        if out.len() == max {
            out.push(data[i..].to_vec());
            return out;
        }
        let start = i;
        while i < data.len() && !is_space(data[i]) {
            i += 1;
        }
        out.push(data[start..i].to_vec());
    }
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// The first index of `sub` in `data`.
pub(super) fn find_at(data: &[u8], sub: &[u8]) -> Option<usize> {
    if sub.is_empty() {
        return Some(0);
    }
    data.windows(sub.len()).position(|w| w == sub)
}

fn strip_with(name: &str, args: &[Value], kw: Kw, left: bool, right: bool) -> PyResult<Value> {
    let b = this(name, args)?;
    crate::builtins::no_kwargs(name, kw)?;
    check_positional(name, args.len() - 1, 0, 1)?;
    let chars: Vec<u8> = match args.get(1) {
        None | Some(Value::None) => b" \t\n\r\x0b\x0c".to_vec(),
        Some(v) => super::bytes_arg(v)?,
    };
    let data = b.to_vec();
    let mut s = &data[..];
    while left && s.first().is_some_and(|c| chars.contains(c)) {
        s = &s[1..];
    }
    while right && s.last().is_some_and(|c| chars.contains(c)) {
        s = &s[..s.len() - 1];
    }
    Ok(like(b, s.to_vec()))
}

fn strip(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_with("strip", args, kw, true, true)
}

fn lstrip(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_with("lstrip", args, kw, true, false)
}

fn rstrip(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_with("rstrip", args, kw, false, true)
}

/// startswith/endswith: a bytes-like prefix or a tuple of them, within
/// optional start/end.
fn affix(name: &str, args: &[Value], kw: Kw, suffix: bool) -> PyResult<Value> {
    let b = this(name, args)?;
    crate::builtins::no_kwargs(name, kw)?;
    check_positional(name, args.len() - 1, 1, 3)?;
    let data = b.to_vec();
    let (lo, hi) = bounds(&args[2..], data.len())?;
    let window = if lo <= hi { &data[lo..hi] } else { &[][..] };
    let candidates: Vec<Value> = match &args[1] {
        Value::Tuple(t) => t.items.to_vec(),
        other => vec![other.clone()],
    };
    for c in &candidates {
        let Some(affix) = buffer(c) else {
            return Err(affix_type_error(name, c));
        };
        let hit = if suffix {
            window.ends_with(&affix)
        } else {
            window.starts_with(&affix)
        };
        if hit && lo <= data.len() {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn affix_type_error(name: &str, got: &Value) -> Exc {
    Exc::type_error(format!(
        "{name} first arg must be bytes or a tuple of bytes, not {}",
        got.type_name()
    ))
}

fn startswith(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    affix("startswith", args, kw, false)
}

fn endswith(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    affix("endswith", args, kw, true)
}

/// `start`/`end` as CPython's ADJUST_INDICES leaves them: negatives
/// count from the end, `end` is clamped to the length but `start` is not,
/// so a start past the end finds nothing (`b'abc'.find(b'', 5)` is -1).
fn bounds(args: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let (_, hi) = span(args, len)?;
    let lo = match args.first() {
        None | Some(Value::None) => 0,
        Some(v) => {
            let i = int_arg(v).map_err(|_| {
                Exc::type_error("slice indices must be integers or have an __index__ method")
            })?;
            if i < 0 {
                (i + len as i64).max(0) as usize
            } else {
                i as usize
            }
        }
    };
    Ok((lo, hi))
}

/// The `sub` of find/count/index: an int byte or a bytes-like object.
fn sub_arg(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(data) = buffer(v) {
        return Ok(data.clone());
    }
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Ok(vec![byte_value(v, "byte")?]),
        other => Err(Exc::type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            other.type_name()
        ))),
    }
}

/// The position of `sub` within `[start:end]`, from the left or right.
fn search(name: &str, args: &[Value], kw: Kw, last: bool) -> PyResult<Option<usize>> {
    let b = this(name, args)?;
    crate::builtins::no_kwargs(name, kw)?;
    if args.len() < 2 {
        return Err(Exc::type_error(format!(
            "{name}() takes at least 1 argument (0 given)"
        )));
    }
    check_positional(name, args.len() - 1, 1, 3)?;
    let sub = sub_arg(&args[1])?;
    let data = b.to_vec();
    let (lo, hi) = bounds(&args[2..], data.len())?;
    if lo > hi || hi - lo < sub.len() {
        return Ok(None);
    }
    let window = &data[lo..hi];
    let at = if last {
        (0..=window.len() - sub.len())
            .rev()
            .find(|&i| window[i..].starts_with(&sub))
    } else {
        find_at(window, &sub)
    };
    Ok(at.map(|i| i + lo))
}

fn found(at: Option<usize>) -> Value {
    Value::Int(at.map_or(-1, |i| i as i64))
}

fn find(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    search("find", args, kw, false).map(found)
}

fn rfind(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    search("rfind", args, kw, true).map(found)
}

fn index(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    match search("index", args, kw, false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(Exc::value_error("subsection not found")),
    }
}

fn rindex(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    match search("rindex", args, kw, true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(Exc::value_error("subsection not found")),
    }
}

/// `b.count(sub[, start[, end]])`: non-overlapping occurrences.
fn count(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = this("count", args)?;
    crate::builtins::no_kwargs("count", kw)?;
    if args.len() < 2 {
        return Err(Exc::type_error(
            "count() takes at least 1 argument (0 given)",
        ));
    }
    check_positional("count", args.len() - 1, 1, 3)?;
    let sub = sub_arg(&args[1])?;
    let data = b.to_vec();
    let (lo, hi) = bounds(&args[2..], data.len())?;
    if lo > hi {
        return Ok(Value::Int(0));
    }
    let window = &data[lo..hi];
    if sub.is_empty() {
        return Ok(Value::Int(window.len() as i64 + 1));
    }
    Ok(Value::Int(
        split_on(window, &sub, usize::MAX).len() as i64 - 1,
    ))
}

/// `b.replace(old, new, count=-1)`
fn replace(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = this("replace", args)?;
    crate::builtins::no_kwargs("replace", kw)?;
    check_positional("replace", args.len() - 1, 2, 3)?;
    let old = super::bytes_arg(&args[1])?;
    let new = super::bytes_arg(&args[2])?;
    let max = args.get(3).map_or(Ok(-1), ssize_arg)?;
    let max = usize::try_from(max).unwrap_or(usize::MAX);
    let data = b.to_vec();
    let out = if old.is_empty() {
        replace_empty(&data, &new, max)
    } else {
        split_on(&data, &old, max).join(&new[..])
    };
    Ok(like(b, out))
}

/// Replacing b'': `new` before every byte and at the end, `max` times.
fn replace_empty(data: &[u8], new: &[u8], max: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() + new.len() * (data.len() + 1));
    let mut n = 0;
    for &c in data {
        if n < max {
            out.extend_from_slice(new);
            n += 1;
        }
        out.push(c);
    }
    if n < max {
        out.extend_from_slice(new);
    }
    out
}

fn map_bytes(name: &str, args: &[Value], kw: Kw, f: fn(&u8) -> u8) -> PyResult<Value> {
    let b = this(name, args)?;
    crate::builtins::methods::no_args(&qual(b, name), args, kw)?;
    let out: Vec<u8> = b.data().iter().map(f).collect();
    Ok(like(b, out))
}

fn upper(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    map_bytes("upper", args, kw, u8::to_ascii_uppercase)
}

fn lower(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    map_bytes("lower", args, kw, u8::to_ascii_lowercase)
}

/// partition/rpartition: a 3-tuple around the first (last) `sep`.
fn part(name: &str, args: &[Value], kw: Kw, last: bool) -> PyResult<Value> {
    let b = this(name, args)?;
    crate::builtins::no_kwargs(name, kw)?;
    check_positional(name, args.len() - 1, 1, 1)?;
    let sep = super::bytes_arg(&args[1])?;
    if sep.is_empty() {
        return Err(Exc::value_error("empty separator"));
    }
    let data = b.to_vec();
    let at = if last {
        (0..=data.len().saturating_sub(sep.len()))
            .rev()
            .find(|&i| data[i..].starts_with(&sep))
    } else {
        find_at(&data, &sep)
    };
    let (head, mid, tail) = match at {
        Some(i) => (&data[..i], &sep[..], &data[i + sep.len()..]),
        None if last => (&[][..], &[][..], &data[..]),
        None => (&data[..], &[][..], &[][..]),
    };
    let parts = [head, mid, tail].map(|p| like(b, p.to_vec()));
    Ok(Value::tuple(parts.to_vec()))
}

fn partition(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    part("partition", args, kw, false)
}

fn rpartition(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    part("rpartition", args, kw, true)
}

fn remove_affix(name: &str, args: &[Value], kw: Kw, suffix: bool) -> PyResult<Value> {
    let b = this(name, args)?;
    crate::builtins::no_kwargs(name, kw)?;
    check_positional(name, args.len() - 1, 1, 1)?;
    let affix = super::bytes_arg(&args[1])?;
    let data = b.to_vec();
    let out = match suffix {
        true if data.ends_with(&affix) => &data[..data.len() - affix.len()],
        false if data.starts_with(&affix) => &data[affix.len()..],
        _ => &data[..],
    };
    Ok(like(b, out.to_vec()))
}

fn removeprefix(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    remove_affix("removeprefix", args, kw, false)
}

fn removesuffix(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    remove_affix("removesuffix", args, kw, true)
}

/// The is* predicates: every byte passes, and there is at least one.
fn predicate(name: &str, args: &[Value], kw: Kw, f: fn(&u8) -> bool) -> PyResult<Value> {
    let b = this(name, args)?;
    crate::builtins::methods::no_args(&qual(b, name), args, kw)?;
    let data = b.data();
    Ok(Value::Bool(!data.is_empty() && data.iter().all(f)))
}

fn isdigit(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate("isdigit", args, kw, u8::is_ascii_digit)
}

fn isalpha(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate("isalpha", args, kw, u8::is_ascii_alphabetic)
}

fn isalnum(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate("isalnum", args, kw, u8::is_ascii_alphanumeric)
}

fn isspace(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate("isspace", args, kw, |c| is_space(*c))
}

type ByteTest = fn(&u8) -> bool;

/// isupper/islower: some cased byte, and none of the other case.
fn cased(name: &str, args: &[Value], kw: Kw, upper: bool) -> PyResult<Value> {
    let b = this(name, args)?;
    crate::builtins::methods::no_args(&qual(b, name), args, kw)?;
    let data = b.data();
    let (want, other): (ByteTest, ByteTest) = if upper {
        (u8::is_ascii_uppercase, u8::is_ascii_lowercase)
    } else {
        (u8::is_ascii_lowercase, u8::is_ascii_uppercase)
    };
    Ok(Value::Bool(
        data.iter().any(want) && !data.iter().any(other),
    ))
}

fn isupper(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    cased("isupper", args, kw, true)
}

fn islower(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    cased("islower", args, kw, false)
}

fn isascii(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = this("isascii", args)?;
    crate::builtins::methods::no_args(&qual(b, "isascii"), args, kw)?;
    Ok(Value::Bool(b.data().is_ascii()))
}
