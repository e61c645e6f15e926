//! Builtin functions: print, len, repr, id, isinstance, iteration helpers,
//! numeric helpers, and the constructors' argument handling.

use super::{arg_range, builtin, exactly_one, kwarg, no_kwargs};
use crate::exception::{Exc, PyResult};
use crate::value::int::{is_int, to_bigint};
use crate::value::{Name, Range, Value};
use crate::vm::Vm;
use crate::vm::iter::{IterState, iterator};
use num_bigint::BigInt;
use num_traits::{One, Zero};
use rustc_hash::FxHashMap;

pub(super) mod exec;
mod names;
mod numeric;
mod order;

pub(crate) use names::ascii_of;
pub use order::sort_values;

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Name, Value)];

pub(super) fn register(m: &mut FxHashMap<&'static str, Value>) {
    let table: &[(&'static str, crate::value::BuiltinFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("id", id),
        ("hash", hash),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("callable", callable),
        ("iter", iter),
        ("next", next),
        ("sum", sum),
        ("min", order::min),
        ("max", order::max),
        ("sorted", order::sorted),
        ("reversed", reversed),
        ("zip", zip),
        ("enumerate", enumerate),
        ("map", map),
        ("filter", filter),
        ("any", any),
        ("all", all),
        ("abs", abs),
        ("hasattr", hasattr),
        ("getattr", getattr),
        ("setattr", setattr),
        ("delattr", delattr),
        ("chr", chr),
        ("ord", ord),
        ("hex", numeric::hex),
        ("oct", numeric::oct),
        ("bin", numeric::bin),
        ("ascii", names::ascii),
        ("format", super::format::format_builtin),
        ("dir", names::dir),
        ("vars", names::vars),
        ("round", numeric::round),
        ("divmod", numeric::divmod),
        ("pow", numeric::pow),
        ("input", input),
        ("globals", globals),
        ("compile", exec::compile),
        ("exec", exec::exec),
        ("eval", exec::eval),
        ("locals", names::locals),
    ];
    for (name, f) in table {
        m.insert(name, builtin(name, *f));
    }
    super::methods::install_on_classes();
    super::bytes::install_class_methods();
}

/// `print(*values, sep=' ', end='\n', flush=False)`
fn print(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let sep = text_kwarg(vm, kw, "sep", " ")?;
    let end = text_kwarg(vm, kw, "end", "\n")?;
    for (k, _) in kw {
        if !matches!(&**k, "sep" | "end" | "flush" | "file") {
            return Err(Exc::type_error(format!(
                "'{k}' is an invalid keyword argument for print()"
            )));
        }
    }
    let flush = match kwarg(kw, "flush") {
        Some(f) => vm.is_true(f)?,
        None => false,
    };
    if let Some(file) = kwarg(kw, "file").filter(|f| !f.is_none()) {
        let mut pieces = Vec::with_capacity(2 * args.len() + 1);
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                pieces.push(sep.clone());
            }
            pieces.push(vm.to_str(a)?);
        }
        pieces.push(end);
        return super::streams::print_to(vm, &file.clone(), &pieces, flush).map(|_| Value::None);
    }
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.to_str(a)?);
    }
    out.push_str(&end);
    vm.write_out(&out);
    if flush {
        vm.flush_out();
    }
    Ok(Value::None)
}

fn text_kwarg(vm: &mut Vm, kw: Kw, name: &str, default: &str) -> PyResult<String> {
    match kwarg(kw, name) {
        None | Some(Value::None) => Ok(default.to_string()),
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(other) => {
            let _ = vm;
            Err(Exc::type_error(format!(
                "{} must be None or a string, not {}",
                name,
                other.type_name()
            )))
        }
    }
}

/// `len(x)`
fn len(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let v = exactly_one("len", args, kw)?;
    length(vm, v).map(|n| Value::Int(n as i64))
}

/// The length of a sized value.
pub fn length(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(match v {
        Value::Str(s) => s.len(),
        Value::List(l) => l.items.borrow().len(),
        Value::Tuple(t) => t.items.len(),
        Value::Dict(d) => d.len(),
        Value::Set(s) => s.len(),
        Value::Range(r) => r.len()?,
        Value::Instance(i) if i.payload.is_some() && i.class.lookup("__len__").is_none() => {
            let p = i.payload.clone().expect("invariant: checked");
            return length(vm, &p);
        }
        Value::Bytes(b) => b.len(),
        Value::Instance(i) => match i.class.lookup("__len__") {
            Some(m) => match vm.call_special(&m, &i.class, vec![v.clone()])? {
                Value::Int(n) if n >= 0 => n as usize,
                Value::Int(_) => return Err(Exc::value_error("__len__() should return >= 0")),
                Value::Bool(b) => b as usize,
                Value::BigInt(_) => return Err(Exc::index_overflow()),
                other => {
                    return Err(Exc::type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        other.type_name()
                    )));
                }
            },
            None => {
                return Err(Exc::type_error(format!(
                    "object of type '{}' has no len()",
                    v.type_name()
                )));
            }
        },
        _ => {
            return Err(Exc::type_error(format!(
                "object of type '{}' has no len()",
                v.type_name()
            )));
        }
    })
}

fn repr(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let v = exactly_one("repr", args, kw)?;
    Ok(Value::str(vm.repr(v)?))
}

fn id(_: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let v = exactly_one("id", args, kw)?;
    Ok(Value::Int(v.address() as i64))
}

fn hash(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let v = exactly_one("hash", args, kw)?;
    Ok(Value::Int(vm.hash(v)?))
}

fn isinstance(_: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    no_kwargs("isinstance", kw)?;
    let [v, cls] = args else {
        return Err(Exc::type_error(format!(
            "isinstance expected 2 arguments, got {}",
            args.len()
        )));
    };
    Ok(Value::Bool(class_check(cls, "isinstance", |c| {
        super::types::is_instance(v, c)
    })?))
}

fn issubclass(_: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    no_kwargs("issubclass", kw)?;
    let [Value::Class(sub), cls] = args else {
        return Err(Exc::type_error("issubclass() arg 1 must be a class"));
    };
    Ok(Value::Bool(class_check(cls, "issubclass", |c| {
        sub.is_subclass(c) || c.kind == crate::value::TypeKind::Object
    })?))
}

/// A class or a tuple of classes, tested with `test`.
fn class_check(
    cls: &Value,
    name: &str,
    test: impl Fn(&crate::value::Class) -> bool + Copy,
) -> PyResult<bool> {
    match cls {
        Value::Class(c) => Ok(test(c)),
        Value::Tuple(t) => {
            for c in t.items.iter() {
                if class_check(c, name, test)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(Exc::type_error(format!(
            "{name}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

fn callable(_: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let v = exactly_one("callable", args, kw)?;
    Ok(Value::Bool(v.is_callable()))
}

/// `iter(obj)`, or `iter(callable, sentinel)`: a callable_iterator.
fn iter(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    no_kwargs("iter", kw)?;
    match args {
        [v] => vm.get_iter(v),
        [f, sentinel] => {
            let class = CALLABLE_ITER.with(|c| c.clone());
            Ok(super::methods::native::new_instance(
                &class,
                &[("_func", f.clone()), ("_sentinel", sentinel.clone())],
            ))
        }
        _ => Err(Exc::type_error(format!(
            "iter expected at {} argument{}, got {}",
            if args.is_empty() { "least 1" } else { "most 2" },
            if args.is_empty() { "" } else { "s" },
            args.len()
        ))),
    }
}

thread_local! {
    static CALLABLE_ITER: std::rc::Rc<crate::value::Class> = super::methods::native::native_class(
        "callable_iterator",
        "builtins",
        &[("__iter__", callable_iter_self), ("__next__", callable_iter_next)],
    );
}

fn callable_iter_self(_: &mut Vm, args: Args, _: Kw) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

/// Calls the function; its result equal to the sentinel ends the iteration.
fn callable_iter_next(vm: &mut Vm, args: Args, _: Kw) -> PyResult<Value> {
    let Some(Value::Instance(i)) = args.first() else {
        return Err(Exc::type_error("expected a callable_iterator"));
    };
    let (Some(f), Some(sentinel)) = (i.dict.get_str("_func"), i.dict.get_str("_sentinel")) else {
        return Err(Exc::stop_iteration(None));
    };
    let v = vm.call(&f, vec![])?;
    if v.is(&sentinel) || vm.eq(&v, &sentinel)? {
        i.dict.remove(&crate::value::DictKey::str("_func"));
        return Err(Exc::stop_iteration(None));
    }
    Ok(v)
}

/// `next(it[, default])`
fn next(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    no_kwargs("next", kw)?;
    arg_range("next", args, 1, 2)?;
    let it = &args[0];
    let coroutine =
        matches!(it, Value::Generator(g) if g.code.is_coroutine() || g.code.is_async_generator());
    if coroutine
        || !matches!(
            it,
            Value::Iterator(_) | Value::Generator(_) | Value::Instance(_)
        )
    {
        return Err(Exc::type_error(format!(
            "'{}' object is not an iterator",
            it.type_name()
        )));
    }
    let step = match it {
        Value::Generator(g) => Some(vm.resume(g, Value::None)?),
        Value::Iterator(op) if crate::vm::asyncgen::is_async_op(op) => {
            Some(vm.async_op_send(op, Value::None)?)
        }
        _ => None,
    };
    if let Some(step) = step {
        return match step {
            crate::vm::generator::Resumed::Yielded(v) => Ok(v),
            crate::vm::generator::Resumed::Returned(r) => match args.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(Exc::stop_iteration(if r.is_none() {
                    None
                } else {
                    Some(r)
                })),
            },
        };
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => args
            .get(1)
            .cloned()
            .ok_or_else(|| Exc::stop_iteration(None)),
    }
}

/// `sum(iterable, start=0)`
fn sum(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    match args.len() {
        0 => {
            return Err(Exc::type_error(
                "sum() takes at least 1 positional argument (0 given)",
            ));
        }
        1 | 2 => {}
        n => {
            return Err(Exc::type_error(format!(
                "sum() takes at most 2 arguments ({n} given)"
            )));
        }
    }
    let it = vm.get_iter(&args[0])?;
    let mut acc = args
        .get(1)
        .or_else(|| kwarg(kw, "start"))
        .cloned()
        .unwrap_or(Value::Int(0));
    if matches!(acc, Value::Str(_)) {
        return Err(Exc::type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    while let Some(x) = vm.next(&it)? {
        let sum = match (&acc, &x) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
            _ => vm.binop(crate::ast::BinOp::Add, &acc, &x)?,
        };
        std::mem::replace(&mut acc, sum).discard(); // an int needs no drop call
        x.discard();
    }
    Ok(acc)
}

fn reversed(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    no_kwargs("reversed", kw)?;
    let [v] = args else {
        return Err(Exc::type_error(format!(
            "reversed expected 1 argument, got {}",
            args.len()
        )));
    };
    if let Value::Instance(i) = v
        && let Some(m) = i.class.lookup("__reversed__")
    {
        return vm.call(&m, vec![v.clone()]);
    }
    if let Value::Range(r) = v {
        return Ok(iterator(crate::vm::iter::range_iter(r, true)));
    }
    if let Value::Instance(i) = v
        && i.class.lookup("__getitem__").is_some()
    {
        // cpython: the sequence protocol, from len - 1 down, lazily
        let n = length(vm, v)? as i64;
        return Ok(iterator(IterState::GetItem {
            obj: v.clone(),
            i: n - 1,
            step: -1,
        }));
    }
    let name = match v {
        Value::List(_) => "list_reverseiterator",
        Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) => "reversed",
        Value::Dict(_) => "dict_reversekeyiterator",
        _ => {
            return Err(Exc::type_error(format!(
                "'{}' object is not reversible",
                v.type_name()
            )));
        }
    };
    let mut items = vm.collect(v)?;
    items.reverse();
    Ok(iterator(IterState::Seq { items, i: 0, name }))
}

/// `zip(*iterables, strict=False)`
fn zip(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let mut strict = false;
    for (k, v) in kw {
        if &**k != "strict" {
            return Err(Exc::type_error(format!(
                "'{k}' is an invalid keyword argument for zip()"
            )));
        }
        strict = vm.is_true(v)?;
    }
    let its = args
        .iter()
        .map(|a| vm.get_iter(a))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(iterator(IterState::Zip { its, strict }))
}

fn enumerate(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let iterable = args.first().or_else(|| kwarg(kw, "iterable"));
    if args.len() + kw.len() > 2 {
        return Err(Exc::type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            args.len() + kw.len()
        )));
    }
    let Some(iterable) = iterable else {
        return Err(Exc::type_error(
            "enumerate() missing required argument 'iterable'",
        ));
    };
    let start = match args.get(1).or_else(|| kwarg(kw, "start")) {
        Some(Value::Bool(b)) => Value::Int(*b as i64),
        Some(n) if is_int(n) => n.clone(),
        Some(other) => {
            return Err(Exc::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )));
        }
        None => Value::Int(0),
    };
    let it = vm.get_iter(iterable)?;
    Ok(iterator(IterState::Enumerate { it, n: start }))
}

fn map(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    no_kwargs("map", kw)?;
    let [func, rest @ ..] = args else {
        return Err(Exc::type_error("map() must have at least two arguments."));
    };
    if rest.is_empty() {
        return Err(Exc::type_error("map() must have at least two arguments."));
    }
    let its = rest
        .iter()
        .map(|a| vm.get_iter(a))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(iterator(IterState::Map {
        func: func.clone(),
        its,
    }))
}

fn filter(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    no_kwargs("filter", kw)?;
    let [func, it] = args else {
        return Err(Exc::type_error(format!(
            "filter expected 2 arguments, got {}",
            args.len()
        )));
    };
    let it = vm.get_iter(it)?;
    Ok(iterator(IterState::Filter {
        func: func.clone(),
        it,
    }))
}

fn any(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let v = exactly_one("any", args, kw)?;
    let it = vm.get_iter(v)?;
    while let Some(x) = vm.next(&it)? {
        if vm.is_true(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let v = exactly_one("all", args, kw)?;
    let it = vm.get_iter(v)?;
    while let Some(x) = vm.next(&it)? {
        if !vm.is_true(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn abs(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let v = exactly_one("abs", args, kw)?;
    match v {
        Value::Int(i) if *i >= 0 => Ok(v.clone()),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        Value::Complex(c) => crate::value::complex::abs_value(**c),
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            let neg = vm.compare_bool(0, v, &Value::Int(0))?;
            if neg {
                vm.unary_op(crate::code::Instr::UnaryNegative, v)
            } else {
                Ok(Value::from_bigint(crate::value::int::to_bigint(v)))
            }
        }
        Value::Instance(i) if i.class.lookup("__abs__").is_some() => {
            let m = i.class.lookup("__abs__").expect("invariant: checked");
            vm.call(&m, vec![v.clone()])
        }
        Value::Instance(_) if let Some(p) = crate::vm::number_payload(v) => {
            abs(vm, std::slice::from_ref(p), &[])
        }
        _ => Err(Exc::type_error(format!(
            "bad operand type for abs(): '{}'",
            v.type_name()
        ))),
    }
}

fn hasattr(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    no_kwargs("hasattr", kw)?;
    let [obj, Value::Str(name)] = args else {
        return Err(Exc::type_error("hasattr(): attribute name must be string"));
    };
    match vm.get_attr(obj, name.as_str()) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if e.is(crate::exception::ExcKind::AttributeError) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn getattr(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    no_kwargs("getattr", kw)?;
    arg_range("getattr", args, 2, 3)?;
    let Value::Str(name) = &args[1] else {
        return Err(Exc::type_error("getattr(): attribute name must be string"));
    };
    match (vm.get_attr(&args[0], name.as_str()), args.get(2)) {
        (Err(e), Some(d)) if e.is(crate::exception::ExcKind::AttributeError) => Ok(d.clone()),
        (r, _) => r,
    }
}

fn setattr(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    no_kwargs("setattr", kw)?;
    let [obj, Value::Str(name), v] = args else {
        return Err(Exc::type_error("setattr expected 3 arguments"));
    };
    vm.set_attr(obj, name.as_str(), v.clone())?;
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    no_kwargs("delattr", kw)?;
    let [obj, Value::Str(name)] = args else {
        return Err(Exc::type_error("delattr expected 2 arguments"));
    };
    vm.del_attr(obj, name.as_str())?;
    Ok(Value::None)
}

fn chr(_: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    let i = match exactly_one("chr", args, kw)? {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => {
            return Err(Exc::c_int_overflow());
        }
        other => {
            return Err(Exc::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )));
        }
    };
    if i32::try_from(i).is_err() {
        return Err(Exc::c_int_overflow());
    }
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::str(c.to_string())),
        None => Err(Exc::value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(_: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    match exactly_one("ord", args, kw)? {
        Value::Str(s) if s.len() == 1 => Ok(Value::Int(
            s.as_str().chars().next().map_or(0, |c| c as i64),
        )),
        Value::Str(s) => Err(Exc::type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.len()
        ))),
        other => Err(Exc::type_error(format!(
            "ord() expected string of length 1, but {} found",
            other.type_name()
        ))),
    }
}

fn input(_: &mut Vm, _: Args, _: Kw) -> PyResult<Value> {
    Err(Exc::runtime_error(
        "input() is not available in cellar's sandbox",
    ))
}

/// `globals()`: the running frame's module namespace, one live dict.
fn globals(vm: &mut Vm, _: Args, _: Kw) -> PyResult<Value> {
    let g = match vm.frames.len().checked_sub(1) {
        Some(fi) => vm.frame_globals(fi).clone(),
        None => vm.globals.clone(),
    };
    Ok(Value::Dict(g.as_dict()))
}

/// `int(x=0)`, `int(str, base)`.
pub(super) fn int_new(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(Exc::type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let base = args.get(1).or_else(|| kwarg(kw, "base"));
    match (args.first(), base) {
        (None, _) => Ok(Value::Int(0)),
        (Some(Value::Str(s)), Some(Value::Int(b))) => {
            crate::value::int::parse_int(s.as_str(), *b as u32)
        }
        (Some(Value::Str(s)), None) => crate::value::int::parse_int(s.as_str(), 10),
        (Some(_), Some(_)) => Err(Exc::type_error(
            "int() can't convert non-string with explicit base",
        )),
        (Some(Value::Int(_) | Value::BigInt(_)), None) => Ok(args[0].clone()),
        (Some(Value::Bool(b)), None) => Ok(Value::Int(*b as i64)),
        (Some(Value::Float(f)), None) => crate::value::float::float_to_int(*f),
        (Some(v @ Value::Instance(_)), None) => match vm.int_value(v)? {
            Some(n) => Ok(n),
            None => Err(Exc::type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                v.type_name()
            ))),
        },
        (Some(v), None) => Err(Exc::type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            v.type_name()
        ))),
    }
}

/// `float(x=0.0)`
pub(super) fn float_new(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    no_kwargs("float", kw)?;
    arg_range("float", args, 0, 1)?;
    match args.first() {
        None => Ok(Value::Float(0.0)),
        Some(Value::Float(f)) => Ok(Value::Float(*f)),
        Some(v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => {
            crate::value::float::int_to_float(v).map(Value::Float)
        }
        Some(Value::Str(s)) => crate::value::float::parse_float(s.as_str()).map(Value::Float),
        Some(v @ Value::Instance(_)) if let Some(f) = vm.float_value(v)? => Ok(Value::Float(f)),
        Some(v) => Err(Exc::type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            v.type_name()
        ))),
    }
}

/// `dict()`, `dict(mapping or pairs)`, `dict(**kw)`.
pub(super) fn dict_new(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    arg_range("dict", args, 0, 1)?;
    let d = crate::value::Dict::new();
    if let Some(src) = args.first() {
        super::methods::dict::update_from(vm, &d, src)?;
    }
    for (k, v) in kw {
        d.set_str(k, v.clone());
    }
    Ok(Value::dict(d))
}

/// `range(stop)`, `range(start, stop[, step])`.
pub(super) fn range_new(args: Args) -> PyResult<Value> {
    let args: Vec<Value> = args.iter().map(|v| crate::vm::as_int(v).clone()).collect();
    let range = match small_range(&args) {
        Some(r) => r,
        None => big_range(&args)?,
    };
    Ok(Value::Range(std::rc::Rc::new(range)))
}

/// The range of i64 arguments, without BigInt arithmetic (the usual case).
fn small_range(args: Args) -> Option<Range> {
    let int = |v: &Value| match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    };
    let (start, stop, step) = match args {
        [stop] => (0, int(stop)?, 1),
        [start, stop] => (int(start)?, int(stop)?, 1),
        [start, stop, step] => (int(start)?, int(stop)?, int(step)?),
        _ => return None,
    };
    (step != 0).then_some(Range::Small { start, stop, step })
}

/// The range of any int arguments, or the error CPython gives.
fn big_range(args: Args) -> PyResult<Range> {
    let ints: Vec<BigInt> = args
        .iter()
        .map(|a| match a {
            a if is_int(a) => Ok(to_bigint(a)),
            other => Err(Exc::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            ))),
        })
        .collect::<PyResult<_>>()?;
    let (start, stop, step) = match &ints[..] {
        [stop] => (BigInt::zero(), stop.clone(), BigInt::one()),
        [start, stop] => (start.clone(), stop.clone(), BigInt::one()),
        [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
        [] => return Err(Exc::type_error("range expected at least 1 argument, got 0")),
        _ => {
            return Err(Exc::type_error(format!(
                "range expected at most 3 arguments, got {}",
                args.len()
            )));
        }
    };
    if step.is_zero() {
        return Err(Exc::value_error("range() arg 3 must not be zero"));
    }
    Ok(Range::new(start, stop, step))
}
