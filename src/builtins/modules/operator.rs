//! `operator`: Python's operators as builtin functions (`add`, `iadd`,
//! `lt`, `neg`, `getitem`, `contains`, ...) and the callables
//! `itemgetter`, `attrgetter`, `methodcaller`: native classes that keep
//! what they were given in their instance dict (no cells; `:closure` says
//! so and shows it), with CPython's reprs and messages.

use super::super::Module;
use super::super::methods::native::{native_class, seal, this_of};
use crate::ast::BinOp;
use crate::code::{BinaryOpArg, Instr};
use crate::exception::{Exc, PyResult};
use crate::value::{Class, Name, Value};
use crate::vm::Vm;
use std::rc::Rc;

type Kw<'a> = &'a [(Name, Value)];

thread_local! {
    static ITEMGETTER: Rc<Class> = seal(&native_class(
        "itemgetter",
        "operator",
        &[("__init__", itemgetter_init), ("__call__", itemgetter_call), ("__repr__", getter_repr)],
    ));
    static ATTRGETTER: Rc<Class> = seal(&native_class(
        "attrgetter",
        "operator",
        &[("__init__", attrgetter_init), ("__call__", attrgetter_call), ("__repr__", getter_repr)],
    ));
    static METHODCALLER: Rc<Class> = seal(&native_class(
        "methodcaller",
        "operator",
        &[("__init__", methodcaller_init), ("__call__", methodcaller_call), ("__repr__", methodcaller_repr)],
    ));
}

/// Defines `fn $name` applying binary operator `$op` (in place if `$inplace`).
macro_rules! binary {
    ($($name:ident $text:literal $op:ident $inplace:literal;)*) => {
        $(fn $name(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
            let [a, b] = two($text, args, kw)?;
            vm.binary_op(BinaryOpArg::new(BinOp::$op, $inplace), a, b)
        })*
        const BINARY: &[(&str, crate::value::BuiltinFn)] = &[$(($text, $name)),*];
    };
}

binary! {
    add "add" Add false; sub "sub" Sub false; mul "mul" Mult false;
    truediv "truediv" Div false; floordiv "floordiv" FloorDiv false;
    mod_ "mod" Mod false; pow "pow" Pow false; matmul "matmul" MatMult false;
    lshift "lshift" LShift false; rshift "rshift" RShift false;
    and_ "and_" BitAnd false; or_ "or_" BitOr false; xor "xor" BitXor false;
    iadd "iadd" Add true; isub "isub" Sub true; imul "imul" Mult true;
    itruediv "itruediv" Div true; ifloordiv "ifloordiv" FloorDiv true;
    imod "imod" Mod true; ipow "ipow" Pow true; imatmul "imatmul" MatMult true;
    ilshift "ilshift" LShift true; irshift "irshift" RShift true;
    iand "iand" BitAnd true; ior "ior" BitOr true; ixor "ixor" BitXor true;
}

/// Defines `fn $name` for comparison `$op` (COMPARE_OP's operand).
macro_rules! compare {
    ($($name:ident $op:literal;)*) => {
        $(fn $name(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
            let [a, b] = two(stringify!($name), args, kw)?;
            vm.compare_op($op, a, b)
        })*
        const COMPARE: &[(&str, crate::value::BuiltinFn)] = &[$((stringify!($name), $name)),*];
    };
}

compare! { lt 0; le 1; eq 2; ne 3; gt 4; ge 5; }

const OTHERS: &[(&str, crate::value::BuiltinFn)] = &[
    ("neg", neg),
    ("pos", pos),
    ("invert", invert),
    ("inv", inv),
    ("not_", not_),
    ("truth", truth),
    ("abs", abs),
    ("index", index),
    ("is_", is_),
    ("is_not", is_not),
    ("contains", contains),
    ("countOf", count_of),
    ("indexOf", index_of),
    ("getitem", getitem),
    ("setitem", setitem),
    ("delitem", delitem),
    ("concat", concat),
    ("iconcat", iconcat),
    ("length_hint", length_hint),
    ("call", call),
];

pub(super) fn module(m: &Module) {
    for (name, f) in BINARY.iter().chain(COMPARE).chain(OTHERS) {
        m.def(name, *f);
    }
    m.set("itemgetter", Value::Class(ITEMGETTER.with(|c| c.clone())));
    m.set("attrgetter", Value::Class(ATTRGETTER.with(|c| c.clone())));
    m.set(
        "methodcaller",
        Value::Class(METHODCALLER.with(|c| c.clone())),
    );
}

/// The two arguments of a binary function: `add expected 2 arguments, got 1`.
fn two<'a>(name: &str, args: &'a [Value], kw: Kw) -> PyResult<[&'a Value; 2]> {
    no_kwargs(name, kw)?;
    match args {
        [a, b] => Ok([a, b]),
        _ => Err(Exc::type_error(format!(
            "{name} expected 2 arguments, got {}",
            args.len()
        ))),
    }
}

/// The argument of a one-argument function.
fn one<'a>(name: &str, args: &'a [Value], kw: Kw) -> PyResult<&'a Value> {
    no_kwargs(name, kw)?;
    match args {
        [a] => Ok(a),
        _ => Err(Exc::type_error(format!(
            "_operator.{name}() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

fn no_kwargs(name: &str, kw: Kw) -> PyResult<()> {
    if kw.is_empty() {
        return Ok(());
    }
    Err(Exc::type_error(format!(
        "_operator.{name}() takes no keyword arguments"
    )))
}

fn neg(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    vm.unary_op(Instr::UnaryNegative, one("neg", args, kw)?)
}

fn pos(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    vm.unary_op(Instr::UnaryPositive, one("pos", args, kw)?)
}

fn invert(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    vm.unary_op(Instr::UnaryInvert, one("invert", args, kw)?)
}

fn inv(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    vm.unary_op(Instr::UnaryInvert, one("inv", args, kw)?)
}

fn not_(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(!vm.is_true(one("not_", args, kw)?)?))
}

fn truth(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(vm.is_true(one("truth", args, kw)?)?))
}

/// `abs(a)`, through the builtin.
fn abs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = one("abs", args, kw)?;
    let f = super::super::lookup("abs").expect("invariant: abs is a builtin");
    vm.call(&f, vec![a.clone()])
}

/// `index(a)`: an int (a bool becomes its int).
fn index(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    match one("index", args, kw)? {
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        v @ (Value::Int(_) | Value::BigInt(_)) => Ok(v.clone()),
        v => Err(Exc::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        ))),
    }
}

fn is_(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let [a, b] = two("is_", args, kw)?;
    Ok(Value::Bool(a.is(b)))
}

fn is_not(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let [a, b] = two("is_not", args, kw)?;
    Ok(Value::Bool(!a.is(b)))
}

fn contains(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let [a, b] = two("contains", args, kw)?;
    Ok(Value::Bool(vm.contains(a, b)?))
}

/// `countOf(a, b)`: how many items of `a` are (or equal) `b`.
fn count_of(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let [a, b] = two("countOf", args, kw)?;
    let mut n = 0;
    for x in vm.collect(a)? {
        if x.is(b) || vm.eq(&x, b)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// `indexOf(a, b)`: the position of the first item that is (or equals) `b`.
fn index_of(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let [a, b] = two("indexOf", args, kw)?;
    for (i, x) in vm.collect(a)?.into_iter().enumerate() {
        if x.is(b) || vm.eq(&x, b)? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(Exc::value_error("sequence.index(x): x not in sequence"))
}

fn getitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let [a, b] = two("getitem", args, kw)?;
    vm.get_item(a, b)
}

fn setitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("setitem", kw)?;
    let [a, b, c] = args else {
        return Err(Exc::type_error(format!(
            "setitem expected 3 arguments, got {}",
            args.len()
        )));
    };
    vm.set_item(a, b.clone(), c.clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let [a, b] = two("delitem", args, kw)?;
    vm.del_item(a, b)?;
    Ok(Value::None)
}

/// `concat(a, b)`: `a + b` for sequences only.
fn concat(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let [a, b] = two("concat", args, kw)?;
    concatenate(vm, a, b, false)
}

fn iconcat(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let [a, b] = two("iconcat", args, kw)?;
    concatenate(vm, a, b, true)
}

fn concatenate(vm: &mut Vm, a: &Value, b: &Value, inplace: bool) -> PyResult<Value> {
    let sequence = match a {
        Value::Str(_) | Value::List(_) | Value::Tuple(_) => true,
        Value::Instance(i) => i.payload.is_some() || i.class.lookup("__getitem__").is_some(),
        _ => false,
    };
    if !sequence {
        return Err(Exc::type_error(format!(
            "'{}' object can't be concatenated",
            a.type_name()
        )));
    }
    vm.binary_op(BinaryOpArg::new(BinOp::Add, inplace), a, b)
}

/// `length_hint(obj, default=0)`: `len(obj)`, else `__length_hint__`, else the default.
fn length_hint(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("length_hint", kw)?;
    super::super::arg_range("length_hint", args, 1, 2)?;
    if let Ok(n) = super::super::length(vm, &args[0]) {
        return Ok(Value::Int(n as i64));
    }
    if let Value::Iterator(it) = &args[0]
        && let Some(n) = it.borrow().length_hint()
    {
        return Ok(Value::Int(n as i64));
    }
    if let Value::Instance(i) = &args[0]
        && let Some(m) = i.class.lookup("__length_hint__")
    {
        return vm.call(&m, vec![args[0].clone()]);
    }
    Ok(args.get(1).cloned().unwrap_or(Value::Int(0)))
}

/// `call(obj, /, *args, **kwargs)`.
fn call(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some((f, rest)) = args.split_first() else {
        return Err(Exc::type_error(
            "call() missing 1 required positional argument: 'obj'",
        ));
    };
    vm.call_value(f, rest.to_vec(), kw.to_vec())
}

/// The instance a getter's method was called on, with its stored tuple.
fn getter_items(args: &[Value], class: &'static std::thread::LocalKey<Rc<Class>>) -> Vec<Value> {
    let class = class.with(|c| c.clone());
    match this_of(args, &class).and_then(|i| i.dict.get_str("_items")) {
        Some(Value::Tuple(t)) => t.items.to_vec(),
        _ => Vec::new(),
    }
}

/// `itemgetter(item, *items)`.
fn itemgetter_init(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    getter_init("itemgetter", args, kw, false)
}

/// `attrgetter(attr, *attrs)`: names must be strs.
fn attrgetter_init(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    getter_init("attrgetter", args, kw, true)
}

fn getter_init(name: &str, args: &[Value], kw: Kw, names: bool) -> PyResult<Value> {
    let Some((Value::Instance(this), items)) = args.split_first() else {
        return Err(Exc::type_error(format!("{name}() needs an instance")));
    };
    if !kw.is_empty() {
        return Err(Exc::type_error(format!(
            "{name}() takes no keyword arguments"
        )));
    }
    if items.is_empty() {
        return Err(Exc::type_error(format!(
            "{name} expected 1 argument, got 0"
        )));
    }
    if names && items.iter().any(|v| !matches!(v, Value::Str(_))) {
        return Err(Exc::type_error("attribute name must be a string"));
    }
    this.dict.set_str("_items", Value::tuple(items.to_vec()));
    Ok(Value::None)
}

fn itemgetter_call(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let items = getter_items(args, &ITEMGETTER);
    let obj = getter_argument("itemgetter", args, kw)?;
    let mut out = Vec::with_capacity(items.len());
    for item in &items {
        out.push(vm.get_item(obj, item)?);
    }
    single_or_tuple(out)
}

fn attrgetter_call(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let names = getter_items(args, &ATTRGETTER);
    let obj = getter_argument("attrgetter", args, kw)?;
    let mut out = Vec::with_capacity(names.len());
    for name in &names {
        let mut v = obj.clone();
        for part in name.as_str().unwrap_or("").split('.') {
            v = vm.get_attr(&v, part)?;
        }
        out.push(v);
    }
    single_or_tuple(out)
}

/// The one object a getter is called with.
fn getter_argument<'a>(name: &str, args: &'a [Value], kw: Kw) -> PyResult<&'a Value> {
    if !kw.is_empty() {
        return Err(Exc::type_error(format!(
            "{name}() takes no keyword arguments"
        )));
    }
    match args {
        [_, obj] => Ok(obj),
        _ => Err(Exc::type_error(format!(
            "{name} expected 1 argument, got {}",
            args.len().saturating_sub(1)
        ))),
    }
}

fn single_or_tuple(mut out: Vec<Value>) -> PyResult<Value> {
    if out.len() == 1 {
        return Ok(out.pop().expect("invariant: one item"));
    }
    Ok(Value::tuple(out))
}

/// `operator.itemgetter(1, 'a')`, `operator.attrgetter('x')`.
fn getter_repr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let Some(Value::Instance(this)) = args.first() else {
        return Err(Exc::type_error("getter repr needs an instance"));
    };
    let items = match this.dict.get_str("_items") {
        Some(Value::Tuple(t)) => t.items.to_vec(),
        _ => Vec::new(),
    };
    let mut parts = Vec::with_capacity(items.len());
    for v in &items {
        parts.push(vm.repr(v)?);
    }
    Ok(Value::str(format!(
        "operator.{}({})",
        this.class.name,
        parts.join(", ")
    )))
}

/// `methodcaller(name, /, *args, **kwargs)`.
fn methodcaller_init(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some((Value::Instance(this), rest)) = args.split_first() else {
        return Err(Exc::type_error("methodcaller() needs an instance"));
    };
    let Some((name, call_args)) = rest.split_first() else {
        return Err(Exc::type_error(
            "methodcaller needs at least one argument, the method name",
        ));
    };
    if !matches!(name, Value::Str(_)) {
        return Err(Exc::type_error("method name must be a string"));
    }
    let kwargs = crate::value::Dict::new();
    for (k, v) in kw {
        kwargs.set_str(k, v.clone());
    }
    this.dict.set_str("_name", name.clone());
    this.dict.set_str("_args", Value::tuple(call_args.to_vec()));
    this.dict.set_str("_kwargs", Value::dict(kwargs));
    Ok(Value::None)
}

/// The stored name, arguments and keywords of a methodcaller.
fn methodcaller_parts(this: &Value) -> (Value, Vec<Value>, Vec<(Name, Value)>) {
    let Value::Instance(i) = this else {
        return (Value::None, Vec::new(), Vec::new());
    };
    let args = match i.dict.get_str("_args") {
        Some(Value::Tuple(t)) => t.items.to_vec(),
        _ => Vec::new(),
    };
    let kwargs = match i.dict.get_str("_kwargs") {
        Some(Value::Dict(d)) => d
            .items()
            .into_iter()
            .filter_map(|(k, v)| k.as_str().map(|k| (Rc::from(k), v)))
            .collect(),
        _ => Vec::new(),
    };
    (i.dict.get_str("_name").unwrap_or(Value::None), args, kwargs)
}

fn methodcaller_call(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let obj = getter_argument("methodcaller", args, kw)?;
    let (name, call_args, call_kw) = methodcaller_parts(&args[0]);
    let method = vm.get_attr(obj, name.as_str().unwrap_or(""))?;
    vm.call_value(&method, call_args, call_kw)
}

/// `operator.methodcaller('split', ',', maxsplit=1)`
fn methodcaller_repr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let (name, call_args, call_kw) = methodcaller_parts(&this);
    let mut parts = vec![vm.repr(&name)?];
    for a in &call_args {
        parts.push(vm.repr(a)?);
    }
    for (k, v) in &call_kw {
        parts.push(format!("{k}={}", vm.repr(v)?));
    }
    Ok(Value::str(format!(
        "operator.methodcaller({})",
        parts.join(", ")
    )))
}
