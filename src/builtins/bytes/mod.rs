//! `bytes` and `bytearray` as builtins: the constructors, `str.encode`,
//! `str(b, encoding)`, and the helpers their methods and operators share.
//! Values are `Value::Bytes` (`value/bytes.rs`); the methods live in
//! `methods.rs` (both types) and `mutate.rs` (bytearray only), operators,
//! subscripts and iteration in `ops.rs`.
//!
//! Every argument is copied out of a buffer before Python code can run,
//! so a bytearray changed by a callback never leaves a borrow dangling.

pub mod codec;
mod methods;
mod mutate;
pub use mutate::{del_item, set_item};
pub mod ops;

use super::methods::Add;
use crate::exception::{Exc, PyResult};
use crate::value::{Name, PyBytes, Value};
use crate::vm::Vm;
use std::cell::Ref;
use std::rc::Rc;

type Kw<'a> = &'a [(Name, Value)];

/// The methods of both types, and `str.encode`.
pub(super) fn register(add: Add) {
    methods::register(add);
    mutate::register(add);
    add("str", "encode", str_encode);
}

/// `bytes.fromhex` and `bytearray.fromhex` on the classes take the
/// string as their first argument (they are classmethods in CPython).
pub(super) fn install_class_methods() {
    use crate::value::TypeKind;
    for (name, kind, f) in [
        (
            "bytes",
            TypeKind::Bytes,
            methods::fromhex_class as crate::value::BuiltinFn,
        ),
        (
            "bytearray",
            TypeKind::ByteArray,
            methods::fromhex_bytearray_class,
        ),
    ] {
        let class = super::types::builtin_class(name, kind);
        class.dict.set_str("fromhex", super::builtin("fromhex", f));
    }
}

/// A new `bytes` value.
pub fn bytes_value(data: Vec<u8>) -> Value {
    Value::Bytes(PyBytes::bytes(data))
}

/// A new `bytearray` value.
pub fn bytearray_value(data: Vec<u8>) -> Value {
    Value::Bytes(PyBytes::bytearray(data))
}

/// The buffer of a bytes-like object (bytes or bytearray), borrowed.
pub fn buffer(v: &Value) -> Option<Ref<'_, Vec<u8>>> {
    match v {
        Value::Bytes(b) => Some(b.data()),
        _ => None,
    }
}

/// `a bytes-like object is required, not 'str'`
pub fn bytes_like_required(v: &Value) -> Exc {
    Exc::type_error(format!(
        "a bytes-like object is required, not '{}'",
        v.type_name()
    ))
}

/// The buffer of a bytes-like argument, copied; TypeError otherwise.
pub fn bytes_arg(v: &Value) -> PyResult<Vec<u8>> {
    buffer(v)
        .map(|b| b.clone())
        .ok_or_else(|| bytes_like_required(v))
}

/// An int in `range(0, 256)`; `what` is CPython's noun (`byte` for
/// bytearray, `bytes` for the bytes constructor).
pub fn byte_value(v: &Value, what: &str) -> PyResult<u8> {
    let n = super::methods::int_arg(v)?;
    u8::try_from(n).map_err(|_| Exc::value_error(format!("{what} must be in range(0, 256)")))
}

/// Named and positional arguments of a method taking `names` (argument
/// clinic's checks and messages), after the object itself.
fn params(name: &str, args: &[Value], kw: Kw, names: &[&str]) -> PyResult<Vec<Option<Value>>> {
    let given = &args[1.min(args.len())..];
    if given.len() > names.len() {
        let plural = if names.len() == 1 { "" } else { "s" };
        return Err(Exc::type_error(format!(
            "{name}() takes at most {} argument{plural} ({} given)",
            names.len(),
            given.len()
        )));
    }
    let mut out: Vec<Option<Value>> = names.iter().map(|_| None).collect();
    for (slot, v) in out.iter_mut().zip(given) {
        *slot = Some(v.clone());
    }
    for (k, v) in kw {
        let Some(i) = names.iter().position(|n| **n == **k) else {
            return Err(Exc::type_error(format!(
                "'{k}' is an invalid keyword argument for {name}()"
            )));
        };
        if out[i].is_some() {
            return Err(Exc::type_error(format!(
                "argument for {name}() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        out[i] = Some(v.clone());
    }
    Ok(out)
}

/// A str argument of `func` (argument clinic's message).
fn str_param(func: &str, name: &str, v: &Value) -> PyResult<Rc<str>> {
    match v {
        Value::Str(s) => Ok(Rc::from(s.as_str())),
        other => Err(Exc::type_error(format!(
            "{func}() argument '{name}' must be str, not {}",
            other.type_name()
        ))),
    }
}

/// The codec and error handler of `encoding`/`errors` arguments.
fn codec_of(
    func: &str,
    encoding: Option<&Value>,
    errors: Option<&Value>,
) -> PyResult<(codec::Codec, codec::Errors)> {
    let enc = match encoding {
        Some(v) => str_param(func, "encoding", v)?,
        None => Rc::from("utf-8"),
    };
    let err = match errors {
        Some(v) => str_param(func, "errors", v)?,
        None => Rc::from("strict"),
    };
    Ok((codec::lookup(&enc)?, codec::errors(&err)))
}

/// `str.encode(encoding='utf-8', errors='strict')`
fn str_encode(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(Value::Str(s)) = args.first() else {
        return Err(super::methods::wrong_self("str", "encode", args));
    };
    let p = params("encode", args, kw, &["encoding", "errors"])?;
    let (codec, errors) = codec_of("encode", p[0].as_ref(), p[1].as_ref())?;
    let data = codec::encode(s.as_str(), codec, &errors)?;
    Ok(bytes_value(data))
}

/// `str(obj, encoding, errors)`: decodes a bytes-like object.
pub fn str_new(args: &[Value], kw: Kw) -> PyResult<Value> {
    let mut all = vec![Value::None];
    all.extend_from_slice(args);
    let p = params("str", &all, kw, &["object", "encoding", "errors"])?;
    let obj = p[0].clone().unwrap_or_else(|| Value::str(""));
    if let Value::Str(_) = obj {
        return Err(Exc::type_error("decoding str is not supported"));
    }
    let Some(data) = buffer(&obj) else {
        return Err(Exc::type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            obj.type_name()
        )));
    };
    let (codec, errors) = codec_of("str", p[1].as_ref(), p[2].as_ref())?;
    Ok(Value::str(codec::decode(&data, codec, &errors)?))
}

/// `bytes(source=b'', encoding=..., errors=...)`
pub fn bytes_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    construct(vm, args, kw, false).map(bytes_value)
}

/// `bytearray(source=b'', encoding=..., errors=...)`
pub fn bytearray_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    construct(vm, args, kw, true).map(bytearray_value)
}

/// The contents a constructor call makes (cpython: bytes_new_impl and
/// bytearray___init___impl share these cases).
fn construct(vm: &mut Vm, args: &[Value], kw: Kw, mutable: bool) -> PyResult<Vec<u8>> {
    let ty = if mutable { "bytearray" } else { "bytes" };
    let mut all = vec![Value::None];
    all.extend_from_slice(args);
    let p = params(ty, &all, kw, &["source", "encoding", "errors"])?;
    let (source, encoding, errors) = (p[0].as_ref(), p[1].as_ref(), p[2].as_ref());
    if let Some(Value::Str(s)) = source {
        if encoding.is_none() {
            return Err(Exc::type_error("string argument without an encoding"));
        }
        let (codec, errors) = codec_of(ty, encoding, errors)?;
        return codec::encode(s.as_str(), codec, &errors);
    }
    if encoding.is_some() {
        return Err(Exc::type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(Exc::type_error("errors without a string argument"));
    }
    match source {
        None => Ok(Vec::new()),
        Some(v) => from_object(vm, v, mutable),
    }
}

/// `bytes(n)`, `bytes(b'..')`, `bytes([1, 2])`.
fn from_object(vm: &mut Vm, v: &Value, mutable: bool) -> PyResult<Vec<u8>> {
    let ty = if mutable { "bytearray" } else { "bytes" };
    if let Some(data) = buffer(v) {
        return Ok(data.clone());
    }
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => zeros(v),
        Value::Float(_) | Value::None => Err(Exc::type_error(format!(
            "cannot convert '{}' object to {ty}",
            v.type_name()
        ))),
        _ => {
            let it = vm.get_iter(v).map_err(|e| cannot_convert(e, v, ty))?;
            let what = if mutable { "byte" } else { "bytes" };
            let mut out = Vec::new();
            while let Some(x) = vm.next(&it)? {
                out.push(byte_value(&x, what)?);
            }
            Ok(out)
        }
    }
}

/// `bytes(n)`: n zero bytes, asking the memory budget first; one
/// zeroed allocation, so `bytearray(100_000_000)` is cheap until written.
fn zeros(n: &Value) -> PyResult<Vec<u8>> {
    let n = match n {
        Value::BigInt(_) => return Err(Exc::index_overflow()),
        other => super::methods::int_arg(other)?,
    };
    let Ok(n) = usize::try_from(n) else {
        return Err(Exc::value_error("negative count"));
    };
    crate::memory::check(n)?;
    Ok(vec![0; n])
}

/// A source that is not iterable: `cannot convert 'X' object to bytes`
/// (an instance's own `__iter__` raising keeps its error).
fn cannot_convert(e: Exc, v: &Value, ty: &str) -> Exc {
    if let Value::Instance(i) = v
        && i.class.lookup("__iter__").is_some()
    {
        return e;
    }
    Exc::type_error(format!("cannot convert '{}' object to {ty}", v.type_name()))
}
