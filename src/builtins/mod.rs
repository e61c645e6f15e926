//! The builtin namespace, builtin methods of the builtin types, and the
//! importable modules. One file per family: `functions` (len, print, ...),
//! `types` (int, str, list, ... as classes), `methods_*` (str.upper,
//! list.append, ...), `modules` (dis, functools, time, sys, gc, math,
//! typing), `format` (the format-spec mini-language).

pub mod bytes;
mod class_new;
pub mod complex_type;
mod dir_names;
mod dunders;
pub mod format;
mod functions;
pub use functions::length;
mod help;
pub mod mappingproxy;
pub mod member;
pub mod method_kinds;
mod methods;
pub(crate) mod modules;
pub mod own_names;
pub mod property;
pub mod slots;
mod stdlib_names;
pub mod streams;
pub mod superobj;
pub mod thread_lock;
pub mod traceback_obj;
pub mod types;

use crate::exception::{Exc, ExcKind, PyResult};
use crate::value::{Builtin, BuiltinFn, Dict, Name, Value};
use rustc_hash::FxHashMap;
use std::rc::Rc;

/// A module object: a name and a namespace.
pub struct Module {
    pub name: Name,
    pub dict: Dict,
}

impl Module {
    pub fn new(name: &str) -> Module {
        Module {
            name: Rc::from(name),
            dict: Dict::new(),
        }
    }

    pub fn get(&self, name: &str) -> Option<Value> {
        self.dict.get_str(name)
    }

    pub fn set(&self, name: &str, v: Value) {
        self.dict.set_str(name, v);
    }

    /// Adds a builtin function to the module.
    pub fn def(&self, name: &'static str, func: BuiltinFn) {
        self.set(name, builtin(name, func));
    }
}

/// A builtin function value.
pub fn builtin(name: &'static str, func: BuiltinFn) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name,
        func,
        this: None,
        owner: None,
    }))
}

thread_local! {
    static BUILTINS: FxHashMap<&'static str, Value> = make_builtins();
}

fn make_builtins() -> FxHashMap<&'static str, Value> {
    let mut m: FxHashMap<&'static str, Value> = FxHashMap::default();
    functions::register(&mut m);
    types::register(&mut m);
    for kind in ExcKind::ALL {
        m.insert(kind.name(), Value::Class(crate::exception::class_of(*kind)));
    }
    m.insert("super", builtin("super", superobj::super_new));
    m.insert("help", builtin("help", help::help));
    for name in ["exit", "quit"] {
        m.insert(name, slots::quitter(name));
    }
    for name in ["memoryview", "open", "breakpoint", "__import__"] {
        m.insert(name, unsupported_builtin(name));
    }
    m.insert("property", property::class_value());
    for (name, class) in method_kinds::classes() {
        m.insert(name, class);
    }
    m.insert("None", Value::None);
    m.insert("Ellipsis", Value::Ellipsis);
    m.insert("NotImplemented", Value::NotImplemented);
    m
}

/// The builtin called `name`, if any.
pub fn lookup(name: &str) -> Option<Value> {
    BUILTINS.with(|b| b.get(name).cloned())
}

/// Every builtin name, sorted (for completion and `dir()`).
pub fn names() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = BUILTINS.with(|b| b.keys().copied().collect());
    v.sort_unstable();
    v
}

/// The builtin method `name` of `obj`'s type, unbound (its first argument
/// is the object), or None.
pub fn method(obj: &Value, name: &str) -> Option<Value> {
    methods::lookup(obj, name)
}

/// The builtin type whose methods `obj` has (`"list"`), or None.
pub fn method_owner(obj: &Value) -> Option<&'static str> {
    methods::owner_of(obj)
}

/// `obj.__len__`, `obj.__add__`, ... of a builtin value, bound.
pub fn dunder_attr(obj: &Value, name: &str) -> Option<Value> {
    dunders::dunder_attr(obj, name)
}

/// `s.start`, `s.stop`, `s.step` of a slice object.
pub fn slice_attr(s: &crate::value::Slice, name: &str) -> Option<Value> {
    methods::range_slice::slice_attr(s, name)
}

/// `r[s]` for a range and a slice: a new range.
pub fn range_slice(r: &crate::value::Range, s: &crate::value::Slice) -> PyResult<Value> {
    methods::range_slice::range_slice(r, s)
}

/// `d.update(src)`: a dict, anything with `keys()`, or pairs (`d |= src`).
pub fn dict_update(vm: &mut crate::vm::Vm, d: &crate::value::Dict, src: &Value) -> PyResult<()> {
    methods::dict::update_from(vm, d, src)
}

/// The value LOAD_BUILD_CLASS pushes.
pub fn build_class_value() -> Value {
    thread_local! {
        static BUILD_CLASS: Value = builtin("__build_class__", class_new::build_class);
    }
    BUILD_CLASS.with(|v| v.clone())
}

/// `import name`: the module, made once per interpreter.
pub fn import_module(vm: &mut crate::vm::Vm, name: &str) -> PyResult<Value> {
    if let Some(m) = vm.heap.modules.borrow().get(name).cloned() {
        return Ok(m);
    }
    if let Some(why) = unsupported_module(name) {
        let msg = format!("cellar does not support the '{name}' module: {why}");
        return Err(Exc::new(ExcKind::ModuleNotFoundError, msg));
    }
    let module = match crate::stdlib::load(vm, name) {
        Some(m) => m?,
        None => make_native(name)?,
    };
    if name == "sys" {
        let argv = vm.heap.argv.borrow().iter().map(Value::str).collect();
        module.set("argv", Value::list(argv));
    }
    let v = Value::Module(Rc::new(module));
    vm.heap
        .modules
        .borrow_mut()
        .insert(name.to_string(), v.clone());
    Ok(v)
}

/// A module written in Rust.
fn make_native(name: &str) -> PyResult<Module> {
    modules::make(name).ok_or_else(|| missing_module(name))
}

/// ModuleNotFoundError for a module cellar does not make: a standard
/// module is named as unsupported; any other name is not found.
fn missing_module(name: &str) -> Exc {
    let top = name.split('.').next().unwrap_or(name);
    let msg = if stdlib_names::STDLIB_MODULES.binary_search(&top).is_ok() {
        format!("cellar does not support the '{name}' module: it is outside cellar's Python subset")
    } else {
        format!("No module named '{name}'")
    };
    Exc::new(ExcKind::ModuleNotFoundError, msg)
}

/// Standard modules outside cellar's sandbox, and why.
fn unsupported_module(name: &str) -> Option<&'static str> {
    Some(match name.split('.').next().unwrap_or(name) {
        "multiprocessing" | "concurrent" => "the sandbox has no process access",
        "os" | "io" | "pathlib" | "shutil" | "tempfile" | "glob" => {
            "the sandbox has no file system"
        }
        "socket" | "urllib" | "http" | "requests" | "ssl" => "the sandbox has no network",
        "subprocess" | "signal" => "the sandbox has no process access",
        _ => return None,
    })
}

/// Builtins that exist in CPython but are outside the subset: calling one
/// says so.
fn unsupported_builtin(name: &'static str) -> Value {
    let refuse: BuiltinFn = |_, args, _| {
        let name = args
            .first()
            .and_then(|n| n.as_str())
            .unwrap_or("this builtin");
        Err(Exc::new(
            ExcKind::NotImplementedError,
            format!("cellar does not support {name}(): it is outside cellar's Python subset"),
        ))
    };
    Value::Builtin(Rc::new(Builtin {
        name,
        func: refuse,
        this: Some(Value::str(name)),
        owner: None,
    }))
}

/// Checks the count of positional arguments: `len() takes exactly one argument (2 given)`.
pub fn exactly_one<'a>(
    name: &str,
    args: &'a [Value],
    kwargs: &[(Name, Value)],
) -> PyResult<&'a Value> {
    no_kwargs(name, kwargs)?;
    match args {
        [a] => Ok(a),
        _ => Err(Exc::type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

/// `abs() takes no keyword arguments`
pub fn no_kwargs(name: &str, kwargs: &[(Name, Value)]) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(Exc::type_error(format!(
            "{name}() takes no keyword arguments"
        )))
    }
}

/// Checks `min..=max` positional arguments with CPython's wording.
pub fn arg_range(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n < min {
        let what = if min == 1 { "argument" } else { "arguments" };
        let qual = if min == max { "exactly" } else { "at least" };
        return Err(Exc::type_error(format!(
            "{name} expected {qual} {min} {what}, got {n}"
        )));
    }
    if n > max {
        let what = if max == 1 { "argument" } else { "arguments" };
        return Err(Exc::type_error(format!(
            "{name} expected at most {max} {what}, got {n}"
        )));
    }
    Ok(())
}

/// The keyword argument `name`, if given.
pub fn kwarg<'a>(kwargs: &'a [(Name, Value)], name: &str) -> Option<&'a Value> {
    kwargs.iter().find(|(k, _)| &**k == name).map(|(_, v)| v)
}
