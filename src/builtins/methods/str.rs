//! `str` methods with CPython's semantics and messages. Indices (find,
//! index, count, start/end arguments) count characters, not bytes.

use super::{Add, int_arg, no_args, one_arg, rest_range, span, wrong_self};
use crate::exception::{Exc, PyResult};
use crate::value::{Name, PyStr, Value};
use crate::vm::Vm;
use std::borrow::Cow;
use std::rc::Rc;

type Kw<'a> = &'a [(Name, Value)];

pub(super) fn register(add: Add) {
    let table: &[(&'static str, crate::value::BuiltinFn)] = &[
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("lower", lower),
        ("upper", upper),
        ("casefold", casefold),
        ("title", title),
        ("capitalize", capitalize),
        ("swapcase", swapcase),
        ("replace", replace),
        ("split", split),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("join", join),
        ("startswith", startswith),
        ("endswith", endswith),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("format", format),
        ("isdigit", isdigit),
        ("isdecimal", isdecimal),
        ("isnumeric", isnumeric),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("istitle", istitle),
        ("isidentifier", isidentifier),
        ("isascii", isascii),
        ("isprintable", isprintable),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("partition", partition),
        ("rpartition", rpartition),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
    ];
    for (name, f) in table {
        add("str", name, *f);
    }
}

fn this<'a>(name: &str, args: &'a [Value]) -> PyResult<&'a Rc<PyStr>> {
    match args.first() {
        Some(Value::Str(s)) => Ok(s),
        _ => Err(wrong_self("str", name, args)),
    }
}

fn text(s: String) -> PyResult<Value> {
    Ok(Value::str(s))
}

/// The type as argument clinic names it in errors (`None` for None).
fn clinic_type(v: &Value) -> String {
    if v.is_none() {
        "None".into()
    } else {
        v.type_name().to_string()
    }
}

/// A str argument of a clinic function: `replace() argument 1 must be
/// str, not None`.
fn clinic_str<'a>(v: &'a Value, what: &str) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(Exc::type_error(format!(
            "{what}must be str, not {}",
            clinic_type(other)
        ))),
    }
}

/// An argument that must be a str: `must be str, not int`.
fn str_arg<'a>(v: &'a Value, what: &str) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(Exc::type_error(format!(
            "{what}must be str, not {}",
            other.type_name()
        ))),
    }
}

fn strip_with(name: &str, args: &[Value], kw: Kw, left: bool, right: bool) -> PyResult<Value> {
    let s = this(name, args)?.as_str();
    let rest = rest_range(name, args, kw, 0, 1)?;
    let chars: Option<Vec<char>> = match rest.first() {
        None | Some(Value::None) => None,
        Some(Value::Str(c)) => Some(c.as_str().chars().collect()),
        Some(_) => {
            return Err(Exc::type_error(format!("{name} arg must be None or str")));
        }
    };
    let hit = |c: char| match &chars {
        None => c.is_whitespace(),
        Some(set) => set.contains(&c),
    };
    let mut out = s;
    if left {
        out = out.trim_start_matches(hit);
    }
    if right {
        out = out.trim_end_matches(hit);
    }
    text(out.to_string())
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

/// A no-argument method mapping the text to new text.
fn map_text(name: &str, args: &[Value], kw: Kw, f: impl Fn(&str) -> String) -> PyResult<Value> {
    let s = this(name, args)?;
    no_args(&format!("str.{name}"), args, kw)?;
    text(f(s.as_str()))
}

fn lower(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    map_text("lower", args, kw, str::to_lowercase)
}

/// `s.casefold()`: full Unicode case folding (`'ß'` → `'ss'`, every
/// sigma → `'σ'`).
fn casefold(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    map_text("casefold", args, kw, |s| {
        let table = &super::casefold_table::CASEFOLD;
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            match table.binary_search_by_key(&(c as u32), |(cp, _)| *cp) {
                Ok(i) => out.push_str(table[i].1),
                Err(_) => out.extend(c.to_lowercase()),
            }
        }
        out
    })
}

fn upper(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    map_text("upper", args, kw, str::to_uppercase)
}

fn title(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    map_text("title", args, kw, |s| {
        let mut out = String::new();
        let mut prev_cased = false;
        for c in s.chars() {
            if prev_cased {
                out.extend(c.to_lowercase());
            } else {
                out.extend(c.to_uppercase());
            }
            prev_cased = c.is_alphabetic();
        }
        out
    })
}

fn capitalize(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    map_text("capitalize", args, kw, |s| {
        let mut it = s.chars();
        match it.next() {
            Some(c) => c
                .to_uppercase()
                .chain(it.as_str().to_lowercase().chars())
                .collect(),
            None => String::new(),
        }
    })
}

fn swapcase(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    map_text("swapcase", args, kw, |s| {
        s.chars()
            .flat_map(|c| {
                if c.is_uppercase() {
                    c.to_lowercase().collect::<Vec<_>>()
                } else {
                    c.to_uppercase().collect()
                }
            })
            .collect()
    })
}

fn replace(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this("replace", args)?.as_str();
    let rest = rest_range("replace", args, kw, 2, 3)?;
    let old = arg_n("replace", &rest[0], 1)?;
    let new = arg_n("replace", &rest[1], 2)?;
    let count = match rest.get(2) {
        Some(v) => int_arg(v)?,
        None => -1,
    };
    if count < 0 {
        return text(s.replace(old, new));
    }
    text(s.replacen(old, new, count as usize))
}

/// `replace() argument 1 must be str, not int`
fn arg_n<'a>(name: &str, v: &'a Value, n: usize) -> PyResult<&'a str> {
    clinic_str(v, &format!("{name}() argument {n} "))
}

/// `sep` and `maxsplit`, positional or keyword.
fn split_args<'a>(
    name: &str,
    args: &'a [Value],
    kw: &'a [(Name, Value)],
) -> PyResult<(Option<&'a str>, i64)> {
    let rest = &args[1..];
    if rest.len() > 2 {
        return Err(Exc::type_error(format!(
            "{name}() takes at most 2 arguments ({} given)",
            rest.len()
        )));
    }
    let mut sep = rest.first();
    let mut maxsplit = rest.get(1);
    for (k, v) in kw {
        match &**k {
            "sep" => sep = Some(v),
            "maxsplit" => maxsplit = Some(v),
            other => {
                return Err(Exc::type_error(format!(
                    "'{other}' is an invalid keyword argument for {name}()"
                )));
            }
        }
    }
    let maxsplit = maxsplit.map(int_arg).transpose()?.unwrap_or(-1);
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) if s.is_empty() => return Err(Exc::value_error("empty separator")),
        Some(Value::Str(s)) => Some(s.as_str()),
        Some(other) => {
            return Err(Exc::type_error(format!(
                "must be str or None, not {}",
                other.type_name()
            )));
        }
    };
    Ok((sep, maxsplit))
}

fn split(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this("split", args)?.as_str();
    let (sep, max) = split_args("split", args, kw)?;
    let max = if max < 0 { usize::MAX } else { max as usize };
    let parts: Vec<String> = match sep {
        Some(sep) => s
            .splitn(max.saturating_add(1), sep)
            .map(String::from)
            .collect(),
        None => whitespace_split(s, max),
    };
    Ok(Value::list(parts.into_iter().map(Value::str).collect()))
}

fn whitespace_split(s: &str, max: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s.trim_start();
    while !rest.is_empty() {
        if out.len() == max {
            out.push(rest.to_string());
            break;
        }
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        out.push(rest[..end].to_string());
        rest = rest[end..].trim_start();
    }
    out
}

fn rsplit(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this("rsplit", args)?.as_str();
    let (sep, max) = split_args("rsplit", args, kw)?;
    let max = if max < 0 { usize::MAX } else { max as usize };
    let mut parts: Vec<String> = match sep {
        Some(sep) => s
            .rsplitn(max.saturating_add(1), sep)
            .map(String::from)
            .collect(),
        None => {
            let rev: String = s.chars().rev().collect();
            whitespace_split(&rev, max)
                .into_iter()
                .map(|p| p.chars().rev().collect())
                .collect()
        }
    };
    parts.reverse();
    Ok(Value::list(parts.into_iter().map(Value::str).collect()))
}

fn splitlines(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this("splitlines", args)?.as_str();
    let rest = &args[1..];
    if rest.len() + kw.len() > 1 {
        return Err(Exc::type_error(format!(
            "splitlines() takes at most 1 argument ({} given)",
            rest.len() + kw.len()
        )));
    }
    if let Some((k, _)) = kw.iter().find(|(k, _)| &**k != "keepends") {
        return Err(Exc::type_error(format!(
            "'{k}' is an invalid keyword argument for splitlines()"
        )));
    }
    let keep = match (rest.first(), super::super::kwarg(kw, "keepends")) {
        (Some(v), _) | (None, Some(v)) => int_arg(v)? != 0,
        _ => false,
    };
    let mut out = Vec::new();
    let mut line = String::new();
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if !is_break {
            line.push(c);
            continue;
        }
        let mut ending = c.to_string();
        if c == '\r' && it.peek() == Some(&'\n') {
            it.next();
            ending.push('\n');
        }
        if keep {
            line.push_str(&ending);
        }
        out.push(Value::str(std::mem::take(&mut line)));
    }
    if !line.is_empty() {
        out.push(Value::str(line));
    }
    Ok(Value::list(out))
}

/// `sep.join(iterable)`: the items are collected first, then checked,
/// as CPython's PySequence_Fast does (an error while iterating wins).
fn join(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let sep = this("join", args)?.clone();
    let it = one_arg("str.join", args, kw)?;
    let items = match it {
        Value::List(_) | Value::Tuple(_) => vm.collect(it)?,
        _ => {
            let iter = vm
                .get_iter(it)
                .map_err(|_| Exc::type_error("can only join an iterable"))?;
            vm.collect(&iter)?
        }
    };
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        let Value::Str(s) = crate::vm::payload_of(x).unwrap_or(x) else {
            return Err(Exc::type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                x.type_name()
            )));
        };
        if i > 0 {
            out.push_str(sep.as_str());
        }
        out.push_str(s.as_str());
    }
    text(out)
}

/// The characters of `s` between optional start/end arguments, and the
/// char offset of that window.
fn window<'a>(s: &'a PyStr, bounds: &[Value]) -> PyResult<(Cow<'a, str>, usize, bool)> {
    if bounds.is_empty() {
        return Ok((Cow::Borrowed(s.as_str()), 0, true));
    }
    let len = s.len();
    let (start, end) = span(bounds, len).map_err(|_| {
        Exc::type_error("slice indices must be integers or None or have an __index__ method")
    })?;
    let past_end = matches!(bounds.first(), Some(Value::Int(i)) if *i > len as i64);
    if past_end || start > end {
        return Ok((Cow::Borrowed(""), start, false));
    }
    if s.is_ascii() {
        return Ok((Cow::Borrowed(&s.as_str()[start..end]), start, true));
    }
    let w: String = s.as_str().chars().skip(start).take(end - start).collect();
    Ok((Cow::Owned(w), start, true))
}

/// `(sub[, start[, end]])` takes one to three arguments.
fn one_to_three(name: &str, rest: &[Value]) -> PyResult<()> {
    if rest.is_empty() || rest.len() > 3 {
        return Err(Exc::type_error(format!(
            "{name}() takes at {} argument{} ({} given)",
            if rest.is_empty() { "least 1" } else { "most 3" },
            if rest.is_empty() { "" } else { "s" },
            rest.len()
        )));
    }
    Ok(())
}

fn affix(name: &str, args: &[Value], kw: Kw, suffix: bool) -> PyResult<Value> {
    let s = this(name, args)?;
    super::super::no_kwargs(name, kw)?;
    let rest = &args[1..];
    one_to_three(name, rest)?;
    let (w, _, valid) = window(s, &rest[1..])?;
    let test = |p: &str| {
        valid
            && if suffix {
                w.ends_with(p)
            } else {
                w.starts_with(p)
            }
    };
    match &rest[0] {
        Value::Str(p) => Ok(Value::Bool(test(p.as_str()))),
        Value::Tuple(t) => {
            for p in t.items.iter() {
                match p {
                    Value::Str(p) if test(p.as_str()) => return Ok(Value::Bool(true)),
                    Value::Str(_) => {}
                    other => {
                        return Err(Exc::type_error(format!(
                            "tuple for {name} must only contain str, not {}",
                            other.type_name()
                        )));
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        other => Err(Exc::type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            other.type_name()
        ))),
    }
}

fn startswith(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    affix("startswith", args, kw, false)
}

fn endswith(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    affix("endswith", args, kw, true)
}

/// The char index of `sub` in `s[start:end]` (first or last), or None.
fn search(name: &str, args: &[Value], kw: Kw, last: bool) -> PyResult<Option<usize>> {
    let s = this(name, args)?;
    super::super::no_kwargs(name, kw)?;
    let (sub, w, offset, valid) = sub_window(name, s, &args[1..])?;
    if !valid {
        return Ok(None);
    }
    let sub = sub.as_str();
    let byte = if last { w.rfind(sub) } else { w.find(sub) };
    Ok(byte.map(|b| offset + w[..b].chars().count()))
}

/// `(sub[, start[, end]])`: the bounds are checked before `sub`, as CPython
/// does; returns sub, the window, its char offset and whether it is valid.
fn sub_window<'a>(
    name: &str,
    s: &'a PyStr,
    rest: &[Value],
) -> PyResult<(String, Cow<'a, str>, usize, bool)> {
    one_to_three(name, rest)?;
    let (w, offset, valid) = window(s, &rest[1..])?;
    let sub = str_arg(&rest[0], "")?.to_string();
    Ok((sub, w, offset, valid))
}

fn find(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(
        search("find", args, kw, false)?.map_or(-1, |i| i as i64),
    ))
}

fn rfind(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(
        search("rfind", args, kw, true)?.map_or(-1, |i| i as i64),
    ))
}

fn index(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    search("index", args, kw, false)?
        .map(|i| Value::Int(i as i64))
        .ok_or_else(|| Exc::value_error("substring not found"))
}

fn rindex(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    search("rindex", args, kw, true)?
        .map(|i| Value::Int(i as i64))
        .ok_or_else(|| Exc::value_error("substring not found"))
}

fn count(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this("count", args)?;
    super::super::no_kwargs("count", kw)?;
    let (sub, w, _, valid) = sub_window("count", s, &args[1..])?;
    if !valid {
        return Ok(Value::Int(0));
    }
    let sub = sub.as_str();
    let n = if sub.is_empty() {
        w.chars().count() + 1
    } else {
        w.matches(sub).count()
    };
    Ok(Value::Int(n as i64))
}

fn format(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this("format", args)?.clone();
    let out = crate::builtins::format::str_format(vm, s.as_str(), &args[1..], kw)?;
    text(out)
}

/// A no-argument predicate: false for the empty string unless `empty`.
fn predicate(name: &str, args: &[Value], kw: Kw, f: impl Fn(&str) -> bool) -> PyResult<Value> {
    let s = this(name, args)?;
    no_args(&format!("str.{name}"), args, kw)?;
    Ok(Value::Bool(!s.is_empty() && f(s.as_str())))
}

fn isdigit(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate("isdigit", args, kw, |s| {
        s.chars()
            .all(|c| c.is_ascii_digit() || (c.is_numeric() && !c.is_alphabetic()))
    })
}

fn isdecimal(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate("isdecimal", args, kw, |s| {
        s.chars()
            .all(|c| c.is_ascii_digit() || crate::value::int::unicode_digit(c).is_some())
    })
}

fn isnumeric(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate("isnumeric", args, kw, |s| s.chars().all(char::is_numeric))
}

fn isalpha(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate("isalpha", args, kw, |s| s.chars().all(char::is_alphabetic))
}

fn isalnum(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate("isalnum", args, kw, |s| {
        s.chars().all(char::is_alphanumeric)
    })
}

fn isspace(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate("isspace", args, kw, |s| s.chars().all(char::is_whitespace))
}

fn isupper(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate("isupper", args, kw, |s| {
        s.chars().any(|c| c.is_uppercase()) && !s.chars().any(|c| c.is_lowercase())
    })
}

fn islower(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate("islower", args, kw, |s| {
        s.chars().any(|c| c.is_lowercase()) && !s.chars().any(|c| c.is_uppercase())
    })
}

fn istitle(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate("istitle", args, kw, |s| {
        let (mut prev_cased, mut any) = (false, false);
        for c in s.chars() {
            if c.is_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else if c.is_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else {
                prev_cased = false;
            }
        }
        any
    })
}

fn isascii(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this("isascii", args)?;
    no_args("str.isascii", args, kw)?;
    Ok(Value::Bool(s.as_str().is_ascii()))
}

fn isprintable(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this("isprintable", args)?;
    no_args("str.isprintable", args, kw)?;
    let printable = |c: char| c == ' ' || !(c.is_control() || c.is_whitespace());
    Ok(Value::Bool(s.as_str().chars().all(printable)))
}

fn isidentifier(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate("isidentifier", args, kw, |s| {
        let mut it = s.chars();
        it.next().is_some_and(|c| c == '_' || c.is_alphabetic())
            && it.all(|c| c == '_' || c.is_alphanumeric())
    })
}

/// `center`/`ljust`/`rjust`: width and an optional one-char fill.
fn justify(name: &str, args: &[Value], kw: Kw, align: char) -> PyResult<Value> {
    let s = this(name, args)?;
    let rest = rest_range(name, args, kw, 1, 2)?;
    let width = super::ssize_arg(&rest[0])?;
    let fill = match rest.get(1) {
        None => ' ',
        Some(Value::Str(f)) if f.len() == 1 => f.as_str().chars().next().unwrap_or(' '),
        Some(Value::Str(_)) => {
            return Err(Exc::type_error(
                "The fill character must be exactly one character long",
            ));
        }
        Some(other) => {
            return Err(Exc::type_error(format!(
                "The fill character must be a unicode character, not {}",
                other.type_name()
            )));
        }
    };
    let len = s.len() as i64;
    if width <= len {
        return Ok(args[0].clone());
    }
    let pad = (width - len) as usize;
    super::alloc_guard(pad)?;
    let fills = |n: usize| fill.to_string().repeat(n);
    let (left, right) = match align {
        '<' => (0, pad),
        '>' => (pad, 0),
        // cpython: left = pad / 2 + (pad & width & 1)
        _ => {
            let left = pad / 2 + (pad & width as usize & 1);
            (left, pad - left)
        }
    };
    text(format!("{}{}{}", fills(left), s.as_str(), fills(right)))
}

fn center(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    justify("center", args, kw, '^')
}

fn ljust(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    justify("ljust", args, kw, '<')
}

fn rjust(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    justify("rjust", args, kw, '>')
}

fn zfill(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this("zfill", args)?.as_str();
    let width = super::ssize_arg(one_arg("str.zfill", args, kw)?)?;
    let len = s.chars().count() as i64;
    if width <= len {
        return Ok(args[0].clone());
    }
    super::alloc_guard((width - len) as usize)?;
    let zeros = "0".repeat((width - len) as usize);
    let (sign, body) = match s.chars().next() {
        Some(c @ ('+' | '-')) => (c.to_string(), &s[1..]),
        _ => (String::new(), s),
    };
    text(format!("{sign}{zeros}{body}"))
}

fn part(name: &str, args: &[Value], kw: Kw, last: bool) -> PyResult<Value> {
    let s = this(name, args)?.as_str();
    let sep = str_arg(one_arg(&format!("str.{name}"), args, kw)?, "")?;
    if sep.is_empty() {
        return Err(Exc::value_error("empty separator"));
    }
    let hit = if last { s.rfind(sep) } else { s.find(sep) };
    let parts = match hit {
        Some(i) => [&s[..i], sep, &s[i + sep.len()..]],
        None if last => ["", "", s],
        None => [s, "", ""],
    };
    Ok(Value::tuple(parts.iter().map(|p| Value::str(*p)).collect()))
}

fn partition(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    part("partition", args, kw, false)
}

fn rpartition(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    part("rpartition", args, kw, true)
}

fn removeprefix(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this("removeprefix", args)?.as_str();
    let p = clinic_str(
        one_arg("str.removeprefix", args, kw)?,
        "removeprefix() argument ",
    )?;
    text(s.strip_prefix(p).unwrap_or(s).to_string())
}

fn removesuffix(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this("removesuffix", args)?.as_str();
    let p = clinic_str(
        one_arg("str.removesuffix", args, kw)?,
        "removesuffix() argument ",
    )?;
    text(s.strip_suffix(p).unwrap_or(s).to_string())
}
