//! Methods of the builtin types, looked up by type and name. Each method
//! is a builtin whose first argument is the object (`list.append(xs, 1)`).
//! One file per type family under `methods/`.

mod agen;
mod casefold_table;
pub(super) mod dict;
mod list;
mod misc;
pub(super) mod native;
pub(super) mod range_slice;
mod set;
mod str;
mod str_table;

use crate::exception::{Exc, PyResult};
use crate::value::{Builtin, BuiltinFn, Name, Value};
use rustc_hash::FxHashMap;
use std::rc::Rc;

type Table = FxHashMap<(&'static str, &'static str), Value>;

/// What each family's `register` calls: `add(owner, name, func)`.
pub(super) type Add<'a> = &'a mut dyn FnMut(&'static str, &'static str, BuiltinFn);

thread_local! {
    static METHODS: Table = make_table();
}

fn make_table() -> Table {
    let mut t = Table::default();
    let mut add = |owner: &'static str, name: &'static str, func: BuiltinFn| {
        t.insert(
            (owner, name),
            Value::Builtin(Rc::new(Builtin {
                name,
                func,
                this: None,
                owner: Some(owner),
            })),
        );
    };
    str::register(&mut add);
    str_table::register(&mut add);
    list::register(&mut add);
    dict::register(&mut add);
    set::register(&mut add);
    misc::register(&mut add);
    agen::register(&mut add);
    super::bytes::register(&mut add);
    super::complex_type::register(&mut add);
    range_slice::register(&mut add);
    t
}

pub(super) fn owner_of(obj: &Value) -> Option<&'static str> {
    Some(match obj {
        Value::List(_) => "list",
        Value::Dict(_) => "dict",
        Value::Str(_) => "str",
        Value::Set(s) if s.is_frozen() => "frozenset",
        Value::Set(_) => "set",
        Value::Tuple(_) => "tuple",
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => "int",
        Value::Float(_) => "float",
        Value::Complex(_) => "complex",
        Value::Generator(g) if g.code.is_coroutine() => "coroutine",
        Value::Generator(g) if g.code.is_async_generator() => "async_generator",
        Value::Generator(_) => "generator",
        Value::Iterator(it) => match &*it.borrow() {
            crate::vm::iter::IterState::AsyncOp(op) => op.type_name(),
            _ => return None,
        },
        Value::Bytes(b) => b.type_name(),
        Value::Range(_) => "range",
        Value::Slice(_) => "slice",
        _ => return None,
    })
}

/// Puts every method into its builtin class's dict, so `str.lower`,
/// `dict.fromkeys` and `int.bit_length` resolve on the class objects.
pub(super) fn install_on_classes() {
    use crate::value::TypeKind;
    METHODS.with(|t| {
        for ((owner, name), m) in t.iter() {
            let kind = match *owner {
                "list" => TypeKind::List,
                "dict" => TypeKind::Dict,
                "str" => TypeKind::Str,
                "set" => TypeKind::Set,
                "frozenset" => TypeKind::FrozenSet,
                "tuple" => TypeKind::Tuple,
                "int" => TypeKind::Int,
                "float" => TypeKind::Float,
                "complex" => TypeKind::Complex,
                "generator" | "coroutine" | "async_generator" => TypeKind::Generator,
                "bytes" => TypeKind::Bytes,
                "bytearray" => TypeKind::ByteArray,
                "range" => TypeKind::Range,
                "slice" => TypeKind::Slice,
                _ => continue,
            };
            let class = super::types::builtin_class(owner, kind);
            let m = match (*owner, *name) {
                ("dict", "fromkeys") => super::builtin("fromkeys", dict::fromkeys_unbound),
                _ => m.clone(),
            };
            class.dict.set_str(name, m);
        }
    });
}

/// The unbound method `name` of `obj`'s builtin type.
pub(super) fn lookup(obj: &Value, name: &str) -> Option<Value> {
    let owner = owner_of(obj)?;
    RECENT.with(|recent| {
        // (the address of a code object's name picks the slot; the text decides)
        let slot = &mut recent.borrow_mut()[(name.as_ptr() as usize >> 3) % RECENT_SLOTS];
        if let Some((o, n, m)) = slot
            && std::ptr::eq(*o, owner)
            && **n == *name
        {
            return Some(m.clone());
        }
        let m = METHODS.with(|t| t.get(&(owner, name)).cloned())?;
        *slot = Some((owner, name.into(), m.clone())); // remembered for the next lookup
        Some(m)
    })
}

const RECENT_SLOTS: usize = 64;

/// A remembered lookup: owner type, method name, the method.
type Recent = Option<(&'static str, Box<str>, Value)>;

thread_local! {
    /// The last method found per slot: `xs.append` in a loop hashes
    /// "list" and "append" once, not on every turn.
    static RECENT: std::cell::RefCell<[Recent; RECENT_SLOTS]> =
        const { std::cell::RefCell::new([const { None }; RECENT_SLOTS]) };
}

/// The method names of `obj`'s builtin type (for `dir()`).
pub(super) fn names_of(obj: &Value) -> Vec<String> {
    let Some(owner) = owner_of(obj) else {
        return Vec::new();
    };
    METHODS.with(|t| {
        t.keys()
            .filter(|(o, _)| *o == owner)
            .map(|(_, n)| n.to_string())
            .collect()
    })
}

/// `str.upper() takes no arguments (1 given)`
pub(super) fn no_args(qual: &str, args: &[Value], kw: &[(Name, Value)]) -> PyResult<()> {
    super::no_kwargs(qual, kw)?;
    if args.len() > 1 {
        return Err(Exc::type_error(format!(
            "{qual}() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    Ok(())
}

/// `list.append() takes exactly one argument (0 given)`
pub(super) fn one_arg<'a>(
    qual: &str,
    args: &'a [Value],
    kw: &[(Name, Value)],
) -> PyResult<&'a Value> {
    super::no_kwargs(qual, kw)?;
    match args {
        [_, x] => Ok(x),
        _ => Err(Exc::type_error(format!(
            "{qual}() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        ))),
    }
}

/// Positional arguments after the object: `name expected at least 1
/// argument, got 0` (argument clinic's wording).
pub(super) fn rest_range<'a>(
    name: &str,
    args: &'a [Value],
    kw: &[(Name, Value)],
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    super::no_kwargs(name, kw)?;
    let rest = &args[1.min(args.len())..];
    check_positional(name, rest.len(), min, max)?;
    Ok(rest)
}

/// cpython: getargs.c _PyArg_CheckPositional's wording.
pub(super) fn check_positional(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        let at_least = if min == max { "" } else { "at least " };
        return Err(Exc::type_error(format!(
            "{name} expected {at_least}{min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        let at_most = if min == max { "" } else { "at most " };
        return Err(Exc::type_error(format!(
            "{name} expected {at_most}{max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(())
}

/// An argument that must be an int index (`'str' object cannot be
/// interpreted as an integer`).
pub(super) fn int_arg(v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(b) => Ok(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        }),
        other => Err(Exc::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

/// An int argument CPython reads as Py_ssize_t (a width): OverflowError
/// past it.
pub(super) fn ssize_arg(v: &Value) -> PyResult<i64> {
    match v {
        Value::BigInt(_) => Err(Exc::ssize_overflow()),
        _ => int_arg(v),
    }
}

/// MemoryError when a method would build `n` more bytes than the memory
/// budget leaves.
pub(super) fn alloc_guard(n: usize) -> PyResult<()> {
    crate::memory::check(n)
}

/// Clamps optional `start`/`end` (None allowed) to `0..=len`, as slices do.
pub(super) fn span(args: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let clamp = |v: Option<&Value>, default: usize| -> PyResult<usize> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let i = int_arg(v).map_err(|_| {
                    Exc::type_error("slice indices must be integers or have an __index__ method")
                })?;
                let n = len as i64;
                let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
                Ok(i as usize)
            }
        }
    };
    Ok((clamp(args.first(), 0)?, clamp(args.get(1), len)?))
}

/// The object a method was called on, of the expected variant.
pub(super) fn wrong_self(owner: &str, name: &str, args: &[Value]) -> Exc {
    let got = args
        .first()
        .map_or_else(|| "nothing".into(), |v| v.type_name().to_string());
    Exc::type_error(format!(
        "descriptor '{name}' for '{owner}' objects doesn't apply to a '{got}' object"
    ))
}
