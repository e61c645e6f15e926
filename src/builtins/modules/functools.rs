//! `functools`: `partial` (a class: `.func`, `.args`, `.keywords`, CPython's
//! repr), `reduce`, `update_wrapper`/`wraps`, `lru_cache`/`cache` (a
//! `_lru_cache_wrapper` with `cache_info()`, `cache_clear()`, `__wrapped__`).
//! State lives in instance dicts, where CPython exposes it.

use super::super::Module;
use super::super::methods::native::{native_class, new_instance, this_of};
use crate::exception::{Exc, PyResult};
use crate::value::{Class, Dict, Instance, Name, Value};
use crate::vm::Vm;
use std::rc::Rc;

type Kw<'a> = &'a [(Name, Value)];

thread_local! {
    static PARTIAL: Rc<Class> = native_class(
        "partial",
        "functools",
        &[("__init__", partial_init), ("__call__", partial_call), ("__repr__", partial_repr)],
    );
    static LRU: Rc<Class> = native_class(
        "_lru_cache_wrapper",
        "functools",
        &[
            ("__call__", lru_call),
            ("cache_info", cache_info),
            ("cache_clear", cache_clear),
            ("cache_parameters", cache_parameters),
        ],
    );
    static CACHE_INFO: Rc<Class> = native_class("CacheInfo", "functools", &[("__repr__", info_repr)]);
    static KEY_WRAPPER: Rc<Class> = native_class(
        "KeyWrapper",
        "functools",
        &[
            ("__call__", key_call),
            ("__lt__", key_lt),
            ("__le__", key_le),
            ("__eq__", key_eq),
            ("__ne__", key_ne),
            ("__gt__", key_gt),
            ("__ge__", key_ge),
        ],
    );
}

pub(super) fn module(m: &Module) {
    m.set("partial", Value::Class(PARTIAL.with(|c| c.clone())));
    m.def("reduce", reduce);
    m.def("update_wrapper", update_wrapper);
    m.def("wraps", wraps);
    m.def("lru_cache", lru_cache);
    m.def("cache", cache);
    m.def("cmp_to_key", cmp_to_key);
}

fn is_callable(v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::Method(_) | Value::Class(_) => true,
        Value::Instance(i) => i.class.lookup("__call__").is_some(),
        _ => false,
    }
}

/// A partial object built from Rust (for `wraps` and `lru_cache(n)`).
fn make_partial(func: Value, args: Vec<Value>, keywords: Dict) -> Value {
    let class = PARTIAL.with(|c| c.clone());
    new_instance(
        &class,
        &[
            ("func", func),
            ("args", Value::tuple(args)),
            ("keywords", Value::dict(keywords)),
        ],
    )
}

fn partial_of(args: &[Value]) -> PyResult<Rc<Instance>> {
    let class = PARTIAL.with(|c| c.clone());
    this_of(args, &class)
        .cloned()
        .ok_or_else(|| Exc::type_error("descriptor requires a 'functools.partial' object"))
}

/// `partial(func, *args, **keywords)`; a partial of a partial is flattened.
fn partial_init(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let this = partial_of(args)?;
    let Some(func) = args.get(1) else {
        return Err(Exc::type_error(
            "type 'partial' takes at least one argument",
        ));
    };
    if !is_callable(func) {
        return Err(Exc::type_error("the first argument must be callable"));
    }
    let keywords = Dict::new();
    let (mut func, mut all) = (func.clone(), Vec::new());
    if let Ok(inner) = partial_of(std::slice::from_ref(&func)) {
        if let Some(Value::Tuple(t)) = inner.dict.get_str("args") {
            all.extend(t.items.iter().cloned());
        }
        if let Some(Value::Dict(d)) = inner.dict.get_str("keywords") {
            for (k, v) in d.borrow().iter() {
                keywords.insert(k.clone(), v.clone());
            }
        }
        func = inner.dict.get_str("func").unwrap_or(Value::None);
    }
    all.extend(args[2..].iter().cloned());
    for (k, v) in kw {
        keywords.set_str(k, v.clone());
    }
    this.dict.set_str("func", func);
    this.dict.set_str("args", Value::tuple(all));
    this.dict.set_str("keywords", Value::dict(keywords));
    Ok(Value::None)
}

/// The stored func, args and keywords of a partial.
fn partial_parts(this: &Instance) -> (Value, Vec<Value>, Vec<(Name, Value)>) {
    let func = this.dict.get_str("func").unwrap_or(Value::None);
    let args = match this.dict.get_str("args") {
        Some(Value::Tuple(t)) => t.items.to_vec(),
        _ => Vec::new(),
    };
    let kw = match this.dict.get_str("keywords") {
        Some(Value::Dict(d)) => d
            .items()
            .into_iter()
            .filter_map(|(k, v)| k.as_str().map(|k| (Rc::from(k), v)))
            .collect(),
        _ => Vec::new(),
    };
    (func, args, kw)
}

fn partial_call(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let this = partial_of(args)?;
    let (func, mut all, mut keywords) = partial_parts(&this);
    all.extend(args[1..].iter().cloned());
    for (k, v) in kw {
        match keywords.iter_mut().find(|(name, _)| name == k) {
            Some(slot) => slot.1 = v.clone(),
            None => keywords.push((k.clone(), v.clone())),
        }
    }
    vm.call_value(&func, all, keywords)
}

/// `functools.partial(<function f at 0x...>, 1, k=2)`
fn partial_repr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let this = partial_of(args)?;
    let (func, pos, kw) = partial_parts(&this);
    let mut parts = vec![vm.repr(&func)?];
    for a in &pos {
        parts.push(vm.repr(a)?);
    }
    for (k, v) in &kw {
        parts.push(format!("{k}={}", vm.repr(v)?));
    }
    Ok(Value::str(format!(
        "functools.partial({})",
        parts.join(", ")
    )))
}

/// `reduce(function, iterable[, initial])`.
fn reduce(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    super::super::no_kwargs("reduce", kw)?;
    super::super::arg_range("reduce", args, 2, 3)?;
    let it = vm
        .get_iter(&args[1])
        .map_err(|_| Exc::type_error("reduce() arg 2 must support iteration"))?;
    let mut acc = args.get(2).cloned();
    while let Some(x) = vm.next(&it)? {
        acc = Some(match acc {
            None => x,
            Some(a) => vm.call(&args[0], vec![a, x])?,
        });
    }
    acc.ok_or_else(|| Exc::type_error("reduce() of empty iterable with no initial value"))
}

const WRAPPER_ASSIGNMENTS: [&str; 5] = [
    "__module__",
    "__name__",
    "__qualname__",
    "__doc__",
    "__annotations__",
];

/// `update_wrapper(wrapper, wrapped)`: copies the identity attributes,
/// merges `__dict__`, sets `__wrapped__`; returns the wrapper.
fn update_wrapper(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let mut wrapper = args.first().cloned();
    let mut wrapped = args.get(1).cloned();
    for (k, v) in kw {
        match &**k {
            "wrapper" => wrapper = Some(v.clone()),
            "wrapped" => wrapped = Some(v.clone()),
            _ => {}
        }
    }
    let (Some(wrapper), Some(wrapped)) = (wrapper, wrapped) else {
        return Err(Exc::type_error(
            "update_wrapper() missing 1 required positional argument: 'wrapped'",
        ));
    };
    copy_wrapper_attrs(vm, &wrapper, &wrapped)?;
    Ok(wrapper)
}

fn copy_wrapper_attrs(vm: &mut Vm, wrapper: &Value, wrapped: &Value) -> PyResult<()> {
    for name in WRAPPER_ASSIGNMENTS {
        if let Ok(v) = vm.get_attr(wrapped, name) {
            vm.set_attr(wrapper, name, v)?;
        }
    }
    if let Ok(Value::Dict(d)) = vm.get_attr(wrapped, "__dict__") {
        for (k, v) in d.items() {
            if let Some(k) = k.as_str() {
                vm.set_attr(wrapper, k, v)?;
            }
        }
    }
    vm.set_attr(wrapper, "__wrapped__", wrapped.clone())
}

/// `wraps(wrapped)`: `partial(update_wrapper, wrapped=wrapped)`, as CPython.
fn wraps(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let wrapped = match (args.first(), super::super::kwarg(kw, "wrapped")) {
        (Some(w), _) | (None, Some(w)) => w.clone(),
        _ => {
            return Err(Exc::type_error(
                "wraps() missing 1 required positional argument: 'wrapped'",
            ));
        }
    };
    let keywords = Dict::new();
    keywords.set_str("wrapped", wrapped);
    Ok(make_partial(
        super::super::builtin("update_wrapper", update_wrapper),
        Vec::new(),
        keywords,
    ))
}

/// `lru_cache(maxsize=128, typed=False)`, or `lru_cache(func)`.
fn lru_cache(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let arg = args
        .first()
        .or_else(|| super::super::kwarg(kw, "maxsize"))
        .cloned()
        .unwrap_or(Value::Int(128));
    let typed = args
        .get(1)
        .or_else(|| super::super::kwarg(kw, "typed"))
        .map_or(Ok(false), |t| vm.is_true(t))?;
    match arg {
        Value::Int(_) | Value::Bool(_) | Value::None => {
            let keywords = Dict::new();
            keywords.set_str("maxsize", arg);
            keywords.set_str("typed", Value::Bool(typed));
            Ok(make_partial(
                super::super::builtin("decorating_function", decorating_function),
                Vec::new(),
                keywords,
            ))
        }
        f if is_callable(&f) => make_wrapper(vm, &f, Value::Int(128), false),
        _ => Err(Exc::type_error(
            "Expected first argument to be an integer, a callable, or None",
        )),
    }
}

/// `cache(func)`: an unbounded `lru_cache`.
fn cache(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let f = super::super::exactly_one("cache", args, kw)?;
    make_wrapper(vm, f, Value::None, false)
}

fn decorating_function(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(f) = args.first() else {
        return Err(Exc::type_error(
            "decorating_function() missing 1 required positional argument: 'user_function'",
        ));
    };
    let maxsize = super::super::kwarg(kw, "maxsize")
        .cloned()
        .unwrap_or(Value::Int(128));
    let typed = matches!(super::super::kwarg(kw, "typed"), Some(Value::Bool(true)));
    make_wrapper(vm, f, maxsize, typed)
}

fn make_wrapper(vm: &mut Vm, f: &Value, maxsize: Value, typed: bool) -> PyResult<Value> {
    let maxsize = match maxsize {
        Value::Int(n) if n < 0 => Value::Int(0),
        Value::Bool(b) => Value::Int(b as i64),
        other => other,
    };
    let class = LRU.with(|c| c.clone());
    let w = new_instance(
        &class,
        &[
            ("_cellar_func", f.clone()),
            ("_cellar_cache", Value::dict(Dict::new())),
            (
                "_cellar_stats",
                Value::list(vec![Value::Int(0), Value::Int(0), maxsize]),
            ),
            ("_cellar_typed", Value::Bool(typed)),
        ],
    );
    copy_wrapper_attrs(vm, &w, f)?;
    Ok(w)
}

/// The wrapped function, its cache dict and the [hits, misses, maxsize] list.
fn lru_parts(args: &[Value]) -> PyResult<(Value, Rc<Dict>, Rc<crate::value::List>)> {
    let class = LRU.with(|c| c.clone());
    let this =
        this_of(args, &class).ok_or_else(|| Exc::type_error("expected an lru_cache wrapper"))?;
    match (
        this.dict.get_str("_cellar_func"),
        this.dict.get_str("_cellar_cache"),
        this.dict.get_str("_cellar_stats"),
    ) {
        (Some(f), Some(Value::Dict(d)), Some(Value::List(s))) => Ok((f, d, s)),
        _ => Err(Exc::type_error("broken lru_cache wrapper")),
    }
}

fn bump(stats: &crate::value::List, i: usize) {
    let mut s = stats.items.borrow_mut();
    if let Value::Int(n) = s[i] {
        s[i] = Value::Int(n + 1);
    }
}

/// Calls through the cache: a hit moves the entry to the newest end, a
/// miss evicts the oldest entry when full.
fn lru_call(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (func, cache, stats) = lru_parts(args)?;
    let maxsize = stats.items.borrow()[2].clone();
    let call_args = args[1..].to_vec();
    if let Value::Int(0) = maxsize {
        bump(&stats, 1);
        return vm.call_value(&func, call_args, kw.to_vec());
    }
    let key = vm.key(make_key(&call_args, kw, is_typed(args)))?;
    if let Some(v) = cache.get(&key) {
        bump(&stats, 0);
        if !maxsize.is_none() {
            cache.remove(&key);
            cache.insert(key, v.clone());
        }
        return Ok(v);
    }
    bump(&stats, 1);
    let result = vm.call_value(&func, call_args, kw.to_vec())?;
    if cache.get(&key).is_some() {
        return Ok(result);
    }
    if let Value::Int(n) = maxsize
        && cache.len() as i64 >= n
    {
        let oldest = cache.borrow().first().map(|(k, _)| k.clone());
        if let Some(k) = oldest {
            cache.remove(&k);
        }
    }
    cache.insert(key, result.clone());
    Ok(result)
}

/// The cache key of a call: the arguments, a marker and the keyword
/// items, then (typed) the type of every argument; a lone int or str is
/// its own key. cpython: functools.py _make_key
fn make_key(args: &[Value], kw: Kw, typed: bool) -> Value {
    let mut key = args.to_vec();
    if !kw.is_empty() {
        key.push(Value::str("\u{0}kwd_mark"));
        for (k, v) in kw {
            key.push(Value::str(k.to_string()));
            key.push(v.clone());
        }
    }
    if typed {
        let values = args.iter().chain(kw.iter().map(|(_, v)| v));
        let types: Vec<Value> = values
            .map(|v| Value::Class(crate::builtins::types::type_of(v)))
            .collect();
        key.extend(types);
    } else if let [single @ (Value::Int(_) | Value::Str(_))] = &key[..] {
        return single.clone();
    }
    Value::tuple(key)
}

/// Whether the wrapper was made with `typed=True`.
fn is_typed(args: &[Value]) -> bool {
    matches!(
        args.first(),
        Some(Value::Instance(i)) if matches!(i.dict.get_str("_cellar_typed"), Some(Value::Bool(true)))
    )
}

/// `cache_parameters()`: `{'maxsize': 128, 'typed': False}`
fn cache_parameters(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    super::super::no_kwargs("cache_parameters", kw)?;
    let (_, _, stats) = lru_parts(args)?;
    let d = Dict::new();
    d.set_str("maxsize", stats.items.borrow()[2].clone());
    d.set_str("typed", Value::Bool(is_typed(args)));
    Ok(Value::dict(d))
}

/// `CacheInfo(hits=1, misses=2, maxsize=128, currsize=2)`
fn cache_info(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    super::super::no_kwargs("cache_info", kw)?;
    let (_, cache, stats) = lru_parts(args)?;
    let s = stats.items.borrow().clone();
    let class = CACHE_INFO.with(|c| c.clone());
    Ok(new_instance(
        &class,
        &[
            ("hits", s[0].clone()),
            ("misses", s[1].clone()),
            ("maxsize", s[2].clone()),
            ("currsize", Value::Int(cache.len() as i64)),
        ],
    ))
}

fn info_repr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let Some(Value::Instance(i)) = args.first() else {
        return Err(Exc::type_error("expected CacheInfo"));
    };
    let mut parts = Vec::new();
    for name in ["hits", "misses", "maxsize", "currsize"] {
        let v = i.dict.get_str(name).unwrap_or(Value::None);
        parts.push(format!("{name}={}", vm.repr(&v)?));
    }
    Ok(Value::str(format!("CacheInfo({})", parts.join(", "))))
}

fn cache_clear(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    super::super::no_kwargs("cache_clear", kw)?;
    let (_, cache, stats) = lru_parts(args)?;
    cache.clear();
    let mut s = stats.items.borrow_mut();
    s[0] = Value::Int(0);
    s[1] = Value::Int(0);
    Ok(Value::None)
}

/// `cmp_to_key(mycmp)`: a callable making KeyWrapper objects that compare
/// through `mycmp(a, b)` against 0.
fn cmp_to_key(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let f = super::super::exactly_one("cmp_to_key", args, kw)?;
    let class = KEY_WRAPPER.with(|c| c.clone());
    Ok(new_instance(&class, &[("_cellar_cmp", f.clone())]))
}

fn key_call(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    super::super::no_kwargs("K", kw)?;
    let class = KEY_WRAPPER.with(|c| c.clone());
    let (Some(this), [obj]) = (this_of(args, &class), &args[1..]) else {
        return Err(Exc::type_error("K() takes exactly 1 argument"));
    };
    let cmp = this.dict.get_str("_cellar_cmp").unwrap_or(Value::None);
    Ok(new_instance(
        &class,
        &[("_cellar_cmp", cmp), ("obj", obj.clone())],
    ))
}

/// `mycmp(self.obj, other.obj)` compared with 0 by `test`.
fn key_compare(vm: &mut Vm, args: &[Value], test: fn(i64) -> bool) -> PyResult<Value> {
    let class = KEY_WRAPPER.with(|c| c.clone());
    let (Some(this), Some(other)) = (this_of(args, &class), args.get(1)) else {
        return Err(Exc::type_error("other argument must be K instance"));
    };
    let Some(other) = this_of(std::slice::from_ref(other), &class) else {
        return Err(Exc::type_error("other argument must be K instance"));
    };
    let cmp = this.dict.get_str("_cellar_cmp").unwrap_or(Value::None);
    let a = this.dict.get_str("obj").unwrap_or(Value::None);
    let b = other.dict.get_str("obj").unwrap_or(Value::None);
    let r = vm.call(&cmp, vec![a, b])?;
    let zero = Value::Int(0);
    let ordering = if vm.compare_bool(0, &r, &zero)? {
        -1
    } else if vm.compare_bool(4, &r, &zero)? {
        1
    } else {
        0
    };
    Ok(Value::Bool(test(ordering)))
}

fn key_lt(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    key_compare(vm, args, |o| o < 0)
}

fn key_le(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    key_compare(vm, args, |o| o <= 0)
}

fn key_eq(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    key_compare(vm, args, |o| o == 0)
}

fn key_ne(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    key_compare(vm, args, |o| o != 0)
}

fn key_gt(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    key_compare(vm, args, |o| o > 0)
}

fn key_ge(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    key_compare(vm, args, |o| o >= 0)
}
