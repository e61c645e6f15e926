//! `inspect`: the predicates (`isfunction`, `isgeneratorfunction`,
//! `iscoroutinefunction`, `iscoroutine`, `isawaitable`, ...), `getclosurevars` (a `ClosureVars` named
//! tuple, as CPython resolves each name) and `signature` (a `Signature`
//! whose str is CPython's, with `parameters` and `return_annotation`).

use super::super::Module;
use super::super::methods::native::{native_class, new_instance};
use crate::code::{Code, flags};
use crate::exception::{Exc, PyResult};
use crate::value::{Class, Dict, Function, Name, Value};
use crate::vm::Vm;
use std::rc::Rc;

type Kw<'a> = &'a [(Name, Value)];

const CLOSURE_FIELDS: [&str; 4] = ["nonlocals", "globals", "builtins", "unbound"];

thread_local! {
    static CLOSURE_VARS: Rc<Class> = native_class(
        "ClosureVars",
        "inspect",
        &[("__repr__", cv_repr), ("__getitem__", cv_getitem), ("__len__", cv_len), ("__iter__", cv_iter)],
    );
    static SIGNATURE: Rc<Class> = native_class(
        "Signature",
        "inspect",
        &[("__str__", sig_str), ("__repr__", sig_repr)],
    );
    static PARAMETER: Rc<Class> = native_class(
        "Parameter",
        "inspect",
        &[("__str__", sig_str), ("__repr__", param_repr)],
    );
}

pub(super) fn module(m: &Module) {
    m.def("isfunction", isfunction);
    m.def("isgeneratorfunction", isgeneratorfunction);
    m.def("iscoroutinefunction", iscoroutinefunction);
    m.def("isclass", isclass);
    m.def("ismethod", ismethod);
    m.def("isgenerator", isgenerator);
    m.def("iscoroutine", iscoroutine);
    m.def("isasyncgenfunction", isasyncgenfunction);
    m.def("isasyncgen", isasyncgen);
    m.def("isawaitable", isawaitable);
    m.def("isbuiltin", isbuiltin);
    m.def("iscode", iscode);
    m.def("ismodule", ismodule);
    m.def("getclosurevars", getclosurevars);
    m.def("signature", signature);
}

fn one<'a>(name: &str, args: &'a [Value], kw: Kw) -> PyResult<&'a Value> {
    super::super::no_kwargs(name, kw)?;
    match args {
        [v] => Ok(v),
        _ => Err(Exc::type_error(format!(
            "{name}() takes 1 positional argument but {} were given",
            args.len()
        ))),
    }
}

/// The function behind a function or a bound method (as `inspect` unwraps).
fn function_of(v: &Value) -> Option<&Rc<Function>> {
    match v {
        Value::Function(f) => Some(f),
        Value::Method(m) => function_of(&m.func),
        _ => None,
    }
}

fn has_flag(v: &Value, flag: u32) -> bool {
    function_of(v).is_some_and(|f| f.code.flags & flag != 0)
}

fn isfunction(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(matches!(
        one("isfunction", args, kw)?,
        Value::Function(_)
    )))
}

fn isgeneratorfunction(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = one("isgeneratorfunction", args, kw)?;
    Ok(Value::Bool(has_flag(v, flags::GENERATOR)))
}

fn iscoroutinefunction(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = one("iscoroutinefunction", args, kw)?;
    Ok(Value::Bool(has_flag(v, flags::COROUTINE)))
}

fn isasyncgenfunction(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = one("isasyncgenfunction", args, kw)?;
    Ok(Value::Bool(has_flag(v, flags::ASYNC_GENERATOR)))
}

fn isasyncgen(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(matches!(
        one("isasyncgen", args, kw)?,
        Value::Generator(g) if g.code.is_async_generator()
    )))
}

fn isclass(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(matches!(
        one("isclass", args, kw)?,
        Value::Class(_)
    )))
}

fn ismethod(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(matches!(
        one("ismethod", args, kw)?,
        Value::Method(_)
    )))
}

fn isgenerator(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(matches!(
        one("isgenerator", args, kw)?,
        Value::Generator(g) if !g.code.is_coroutine() && !g.code.is_async_generator()
    )))
}

fn iscoroutine(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(matches!(
        one("iscoroutine", args, kw)?,
        Value::Generator(g) if g.code.is_coroutine()
    )))
}

/// A coroutine, or an object whose type has `__await__`.
fn isawaitable(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(match one("isawaitable", args, kw)? {
        Value::Generator(g) => g.code.is_coroutine(),
        Value::Instance(i) => i.class.lookup("__await__").is_some(),
        _ => false,
    }))
}

fn isbuiltin(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(matches!(
        one("isbuiltin", args, kw)?,
        Value::Builtin(_)
    )))
}

fn iscode(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(matches!(
        one("iscode", args, kw)?,
        Value::Code(_)
    )))
}

fn ismodule(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(matches!(
        one("ismodule", args, kw)?,
        Value::Module(_)
    )))
}

/// cpython: inspect.getclosurevars — free variables from the closure, then
/// every name of `co_names` as a global, a builtin, or unbound.
fn getclosurevars(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = one("getclosurevars", args, kw)?;
    let Some(f) = function_of(v) else {
        let r = vm.repr(v)?;
        return Err(Exc::type_error(format!("{r} is not a Python function")));
    };
    let nonlocals = Dict::new();
    for (name, cell) in f.code.freevars.iter().zip(f.closure.iter()) {
        let Some(value) = cell.get() else {
            return Err(Exc::value_error("Cell is empty"));
        };
        nonlocals.set_str(name, value);
    }
    let globals = f.globals.as_dict();
    let (found, builtins, unbound) = (Dict::new(), Dict::new(), Vec::new());
    let mut unbound = unbound;
    for name in f.code.names.iter() {
        if matches!(&**name, "None" | "True" | "False") {
            continue;
        }
        if let Some(g) = globals.get_str(name) {
            found.set_str(name, g);
        } else if let Some(b) = crate::builtins::lookup(name) {
            builtins.set_str(name, b);
        } else {
            unbound.push(Value::str(name.to_string()));
        }
    }
    let unbound = vm.new_set(unbound)?;
    let values = [
        Value::dict(nonlocals),
        Value::dict(found),
        Value::dict(builtins),
        unbound,
    ];
    let class = CLOSURE_VARS.with(|c| c.clone());
    let attrs: Vec<(&str, Value)> = CLOSURE_FIELDS.iter().copied().zip(values).collect();
    Ok(new_instance(&class, &attrs))
}

/// The four fields of a ClosureVars, in order.
fn cv_fields(args: &[Value]) -> PyResult<Vec<Value>> {
    let Some(Value::Instance(this)) = args.first() else {
        return Err(Exc::type_error("ClosureVars method needs a ClosureVars"));
    };
    Ok(CLOSURE_FIELDS
        .iter()
        .map(|f| this.dict.get_str(f).unwrap_or(Value::None))
        .collect())
}

fn cv_repr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let mut parts = Vec::new();
    for (name, v) in CLOSURE_FIELDS.iter().zip(cv_fields(args)?) {
        parts.push(format!("{name}={}", vm.repr(&v)?));
    }
    Ok(Value::str(format!("ClosureVars({})", parts.join(", "))))
}

fn cv_getitem(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let tuple = Value::tuple(cv_fields(args)?);
    let key = args.get(1).cloned().unwrap_or(Value::None);
    vm.get_item(&tuple, &key)
}

fn cv_len(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(cv_fields(args)?.len() as i64))
}

fn cv_iter(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let tuple = Value::tuple(cv_fields(args)?);
    vm.get_iter(&tuple)
}

/// `inspect.signature(f)` for a Python function or bound method (whose
/// first parameter is dropped).
fn signature(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = one("signature", args, kw)?;
    let Some(f) = function_of(v) else {
        return Err(Exc::new(
            crate::exception::ExcKind::NotImplementedError,
            format!(
                "cellar's inspect.signature takes a Python function, not a '{}' object",
                v.type_name()
            ),
        ));
    };
    let skip = usize::from(matches!(v, Value::Method(_)));
    let annotations = match vm.get_attr(&Value::Function(f.clone()), "__annotations__")? {
        Value::Dict(d) => d,
        _ => Rc::new(Dict::new()),
    };
    let params = parameters(vm, f, &annotations, skip)?;
    let ret = match annotations.get_str("return") {
        Some(a) => format!(" -> {}", annotation_text(vm, &a)?),
        None => String::new(),
    };
    let text = format!("({}){ret}", params.join(", "));
    let class = SIGNATURE.with(|c| c.clone());
    let param_dict = Dict::new();
    let param_class = PARAMETER.with(|c| c.clone());
    let texts = params.iter().filter(|p| *p != "/" && *p != "*");
    for (name, text) in param_names(&f.code, skip).into_iter().zip(texts) {
        let attrs = [
            ("name", Value::str(name.to_string())),
            ("_text", Value::str(text.clone())),
        ];
        param_dict.set_str(&name, new_instance(&param_class, &attrs));
    }
    Ok(new_instance(
        &class,
        &[
            ("_text", Value::str(text)),
            ("parameters", Value::dict(param_dict)),
            (
                "return_annotation",
                annotations.get_str("return").unwrap_or(Value::None),
            ),
        ],
    ))
}

/// The parameter names in signature order: positional, *args,
/// keyword-only, **kwargs (`co_varnames` puts *args after the
/// keyword-only ones).
fn param_names(code: &Code, skip: usize) -> Vec<Name> {
    let (argc, kwonly) = (code.argcount as usize, code.kwonlyargcount as usize);
    let v = &code.varnames;
    let mut out: Vec<Name> = v[skip.min(argc)..argc].to_vec();
    let mut at = argc + kwonly;
    if code.flags & flags::VARARGS != 0 {
        out.push(v[at].clone());
        at += 1;
    }
    out.extend(v[argc..argc + kwonly].iter().cloned());
    if code.flags & flags::VARKEYWORDS != 0 {
        out.push(v[at].clone());
    }
    out
}

/// Each parameter as `inspect.Parameter.__str__` writes it, with the `/`
/// and `*` markers between them.
fn parameters(vm: &mut Vm, f: &Function, ann: &Dict, skip: usize) -> PyResult<Vec<String>> {
    let code = &f.code;
    let (argc, posonly) = (code.argcount as usize, code.posonlyargcount as usize);
    let kwonly = code.kwonlyargcount as usize;
    let varargs = code.flags & flags::VARARGS != 0;
    let defaults: Vec<Value> = f.defaults().map_or(Vec::new(), |t| t.items.to_vec());
    let first_default = argc - defaults.len().min(argc);
    let mut out = Vec::new();
    for i in skip..argc {
        let default = (i >= first_default).then(|| defaults[i - first_default].clone());
        out.push(param(vm, &code.varnames[i], ann, default, "")?);
        if i + 1 == posonly {
            out.push("/".into());
        }
    }
    let mut at = argc + kwonly;
    if varargs {
        out.push(param(vm, &code.varnames[at], ann, None, "*")?);
        at += 1;
    } else if kwonly > 0 {
        out.push("*".into());
    }
    for name in &code.varnames[argc..argc + kwonly] {
        let default = f.kwdefaults().and_then(|d| d.get_str(name));
        out.push(param(vm, name, ann, default, "")?);
    }
    if code.flags & flags::VARKEYWORDS != 0 {
        out.push(param(vm, &code.varnames[at], ann, None, "**")?);
    }
    Ok(out)
}

/// `name`, `name=1`, `name: int`, `name: int = 1`, `*args`.
fn param(
    vm: &mut Vm,
    name: &str,
    ann: &Dict,
    default: Option<Value>,
    star: &str,
) -> PyResult<String> {
    let mut s = format!("{star}{name}");
    let annotated = ann.get_str(name);
    if let Some(a) = &annotated {
        s.push_str(&format!(": {}", annotation_text(vm, a)?));
    }
    if let Some(d) = default {
        let eq = if annotated.is_some() { " = " } else { "=" };
        s.push_str(&format!("{eq}{}", vm.repr(&d)?));
    }
    Ok(s)
}

/// cpython: inspect.formatannotation — a class by its name (qualified
/// outside builtins), anything else by its repr.
fn annotation_text(vm: &mut Vm, a: &Value) -> PyResult<String> {
    match a {
        Value::Class(c) if &*c.module == "builtins" => Ok(c.qualname.to_string()),
        Value::Class(c) => Ok(format!("{}.{}", c.module, c.qualname)),
        other => vm.repr(other),
    }
}

fn sig_text(args: &[Value]) -> String {
    match args.first() {
        Some(Value::Instance(i)) => i
            .dict
            .get_str("_text")
            .and_then(|t| t.as_str().map(str::to_string))
            .unwrap_or_default(),
        _ => String::new(),
    }
}

fn sig_str(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::str(sig_text(args)))
}

fn param_repr(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::str(format!("<Parameter \"{}\">", sig_text(args))))
}

fn sig_repr(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::str(format!("<Signature {}>", sig_text(args))))
}
