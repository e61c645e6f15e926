//! `sys` (recursion limit, getsizeof with CPython 3.11's figures on 64-bit
//! Linux, maxsize, version_info, argv) and `gc` (collect, enable, disable,
//! isenabled).

use super::super::methods::native::{native_class, new_instance};
use super::super::{Module, exactly_one};
use crate::exception::{Exc, ExcKind, PyResult};
use crate::value::{Name, Value};
use crate::vm::Vm;

type Kw<'a> = &'a [(Name, Value)];

pub(super) fn sys_module(m: &Module) {
    m.def("getrecursionlimit", getrecursionlimit);
    m.def("setrecursionlimit", setrecursionlimit);
    m.def("getswitchinterval", getswitchinterval);
    m.def("setswitchinterval", setswitchinterval);
    m.def("getmemorylimit", getmemorylimit);
    m.def("getsizeof", getsizeof);
    m.def("exit", exit);
    m.def("exc_info", exc_info);
    m.set("maxsize", Value::Int(i64::MAX));
    m.set("platform", Value::str("linux"));
    m.set("version", Value::str("3.11.7 (cellar)"));
    m.set("argv", Value::list(vec![Value::str("")]));
    m.set("stdout", crate::builtins::streams::stream(1));
    m.set("stderr", crate::builtins::streams::stream(2));
    m.set("__stdout__", m.get("stdout").unwrap_or(Value::None));
    m.set("__stderr__", m.get("stderr").unwrap_or(Value::None));
    m.set("version_info", version_info());
}

const VERSION_FIELDS: [&str; 5] = ["major", "minor", "micro", "releaselevel", "serial"];

thread_local! {
    static VERSION_INFO: std::rc::Rc<crate::value::Class> = native_class(
        "version_info",
        "sys",
        &[
            ("__repr__", vi_repr),
            ("__getitem__", vi_getitem),
            ("__len__", vi_len),
            ("__iter__", vi_iter),
            ("__eq__", vi_eq),
            ("__ne__", vi_ne),
            ("__lt__", vi_lt),
            ("__le__", vi_le),
            ("__gt__", vi_gt),
            ("__ge__", vi_ge),
        ],
    );
}

/// `sys.version_info`: a named tuple `(3, 11, 7, 'final', 0)`.
fn version_info() -> Value {
    let values = [
        Value::Int(3),
        Value::Int(11),
        Value::Int(7),
        Value::str("final"),
        Value::Int(0),
    ];
    let mut attrs: Vec<(&str, Value)> = VERSION_FIELDS
        .iter()
        .copied()
        .zip(values.iter().cloned())
        .collect();
    attrs.push(("_cellar_tuple", Value::tuple(values.to_vec())));
    let class = VERSION_INFO.with(|c| c.clone());
    new_instance(&class, &attrs)
}

/// The plain tuple behind version_info.
fn vi_tuple(args: &[Value]) -> PyResult<Value> {
    match args.first() {
        Some(Value::Instance(i)) => i
            .dict
            .get_str("_cellar_tuple")
            .ok_or_else(|| Exc::type_error("expected sys.version_info")),
        _ => Err(Exc::type_error("expected sys.version_info")),
    }
}

fn vi_repr(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let _ = vi_tuple(args)?;
    Ok(Value::str(
        "sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)",
    ))
}

fn vi_getitem(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let t = vi_tuple(args)?;
    let key = args.get(1).cloned().unwrap_or(Value::None);
    vm.get_item(&t, &key)
}

fn vi_len(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(5))
}

fn vi_iter(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let t = vi_tuple(args)?;
    vm.get_iter(&t)
}

/// Compares as the plain tuple; `op` is COMPARE_OP's operand.
fn vi_compare(vm: &mut Vm, args: &[Value], op: u32) -> PyResult<Value> {
    let t = vi_tuple(args)?;
    let other = match args.get(1) {
        Some(Value::Instance(_)) => vi_tuple(&args[1..])?,
        Some(v @ Value::Tuple(_)) => v.clone(),
        _ => return Ok(Value::NotImplemented),
    };
    vm.compare_op(op, &t, &other)
}

fn vi_lt(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    vi_compare(vm, args, 0)
}

fn vi_le(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    vi_compare(vm, args, 1)
}

fn vi_eq(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    vi_compare(vm, args, 2)
}

fn vi_ne(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    vi_compare(vm, args, 3)
}

fn vi_gt(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    vi_compare(vm, args, 4)
}

fn vi_ge(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    vi_compare(vm, args, 5)
}

fn getrecursionlimit(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

/// `sys.getmemorylimit()`: cellar's memory budget in bytes
/// (`--max-memory`); past it the running code gets MemoryError.
fn getmemorylimit(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(
        i64::try_from(crate::memory::limit()).unwrap_or(i64::MAX),
    ))
}

/// `sys.getswitchinterval()`: seconds between thread switches (cellar
/// counts one instruction per microsecond).
fn getswitchinterval(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kwargs("getswitchinterval", kw)?;
    crate::builtins::methods::check_positional("getswitchinterval", args.len(), 0, 0)?;
    Ok(Value::Float(vm.threads.interval))
}

/// `sys.setswitchinterval(seconds)`.
fn setswitchinterval(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kwargs("setswitchinterval", kw)?;
    crate::builtins::methods::check_positional("setswitchinterval", args.len(), 1, 1)?;
    let secs = match &args[0] {
        Value::Float(f) => *f,
        v if crate::value::int::is_int(v) => crate::value::float::int_to_float(v)?,
        v => {
            return Err(Exc::type_error(format!(
                "must be real number, not {}",
                v.type_name()
            )));
        }
    };
    if secs <= 0.0 {
        return Err(Exc::value_error(
            "switch interval must be strictly positive",
        ));
    }
    vm.threads.set_interval(secs);
    Ok(Value::None)
}

fn setrecursionlimit(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    match args {
        [Value::Int(n)] if *n >= 1 => {
            vm.recursion_limit = (*n as usize).min(100_000);
            Ok(Value::None)
        }
        [Value::Int(_)] => Err(Exc::value_error(
            "recursion limit must be greater or equal than 1",
        )),
        _ => Err(Exc::type_error(
            "setrecursionlimit() takes exactly one integer argument",
        )),
    }
}

/// `sys.exit([code])`: raises SystemExit.
fn exit(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Err(Exc::with_args(ExcKind::SystemExit, args.to_vec()))
}

/// `sys.getsizeof(obj)`: CPython 3.11's sizes (GC header included).
/// Lists are sized as if built in one go (capacity rounded up to even);
/// dicts as if built by insertion.
fn getsizeof(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = exactly_one("getsizeof", args, kw)?;
    Ok(Value::Int(sizeof(v) as i64))
}

pub fn sizeof(v: &Value) -> usize {
    match v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            let bits = crate::value::int::bit_length(v) as usize;
            24 + 4 * bits.div_ceil(30).max(1)
        }
        Value::Float(_) => 24,
        Value::Complex(_) => 32,
        Value::Str(s) => str_size(s.as_str(), s.len()),
        Value::List(l) => {
            let n = l.items.borrow().len();
            56 + 8 * (n + (n & 1))
        }
        Value::Tuple(t) => 40 + 8 * t.items.len(),
        Value::Bytes(b) => crate::builtins::bytes::ops::sizeof(b),
        Value::Dict(d) => dict_size(d),
        Value::Set(s) => {
            let size = s.table_size();
            216 + if size > 8 { 16 * size } else { 0 }
        }
        Value::Function(_) => 152,
        Value::Cell(_) => 40,
        Value::None | Value::Ellipsis | Value::NotImplemented => 16,
        Value::Range(_) => 48,
        Value::Instance(_) => 48,
        Value::Builtin(_) => 72,
        Value::Method(_) => 48,
        Value::Generator(_) => 200,
        Value::Class(_) => 1072,
        Value::Module(_) => 72,
        _ => 56,
    }
}

fn str_size(s: &str, chars: usize) -> usize {
    match s.chars().map(|c| c as u32).max().unwrap_or(0) {
        0..=0x7f => 49 + chars,
        0x80..=0xff => 73 + chars,
        0x100..=0xffff => 74 + 2 * chars,
        _ => 76 + 4 * chars,
    }
}

/// cpython: dictobject.c _PyDict_SizeOf (a combined table grown by inserts).
fn dict_size(d: &crate::value::Dict) -> usize {
    let n = d.len();
    if n == 0 {
        return 64;
    }
    let mut size = 8;
    while size * 2 / 3 < n {
        size *= 2;
    }
    let usable = size * 2 / 3;
    let index_bytes = match size {
        0..=128 => 1,
        129..=65536 => 2,
        _ => 4,
    };
    let all_str = d.keys().iter().all(|k| matches!(k, Value::Str(_)));
    let entry = if all_str { 16 } else { 24 };
    64 + 32 + size * index_bytes + usable * entry
}

pub(super) fn gc_module(m: &Module) {
    m.def("collect", gc_collect);
    m.def("enable", gc_enable);
    m.def("disable", gc_disable);
    m.def("isenabled", gc_isenabled);
}

fn gc_collect(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    let n = vm.heap.collect();
    vm.run_weak_callbacks();
    Ok(Value::Int(n as i64))
}

fn gc_enable(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    vm.heap.set_gc_enabled(true);
    Ok(Value::None)
}

fn gc_disable(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    vm.heap.set_gc_enabled(false);
    Ok(Value::None)
}

fn gc_isenabled(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(vm.heap.gc_enabled()))
}

/// `sys.exc_info()`: `(type, value, traceback)` of the exception being
/// handled, or three Nones. cellar has no traceback objects: the third is
/// what `e.__traceback__` gives.
fn exc_info(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    super::super::arg_range("exc_info", args, 0, 0)?;
    super::super::no_kwargs("exc_info", kw)?;
    let e = vm.handling.clone();
    if e.is_none() {
        return Ok(Value::tuple(vec![Value::None, Value::None, Value::None]));
    }
    let class = Value::Class(crate::builtins::types::type_of(&e));
    let tb = vm.get_attr(&e, "__traceback__")?;
    Ok(Value::tuple(vec![class, e, tb]))
}
