//! Making classes: `__build_class__` for a class statement (runs the body
//! with a fresh namespace) and `type(name, bases, dict)`; both end in
//! `make_class`, CPython's type_new for single inheritance.

use super::types::object_class;
use crate::exception::{Exc, PyResult};
use crate::value::{Class, Dict, DictKey, Name, TypeKind, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// `__build_class__(body, name, *bases)`: runs the class body with a fresh
/// namespace, makes the class, and fills the `__class__` cell.
pub(super) fn build_class(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(Name, Value)],
) -> PyResult<Value> {
    let [Value::Function(body), Value::Str(name), bases @ ..] = args else {
        return Err(Exc::type_error("__build_class__: not enough arguments"));
    };
    super::no_kwargs("class", kwargs)?;
    let base = one_base(bases, "bases must be types")?;
    let ns = Rc::new(Dict::new());
    crate::gc::track_dict(&ns);
    vm.push_function_frame(body.clone(), vec![], vec![], true)?;
    vm.frames
        .last_mut()
        .expect("invariant: class body frame")
        .class_ns = Some(ns.clone());
    let classcell = vm.run()?;
    ns.remove(&DictKey::str("__classcell__"));
    // classes of modules that stand for C code are static types
    let heap_type = !crate::stdlib::is_native_code(&body.code.filename);
    let class = make_class(name.as_str(), base, &ns, heap_type);
    if let Value::Cell(cell) = classcell {
        cell.set(Some(Value::Class(class.clone())));
    }
    Ok(Value::Class(class))
}

/// `type(name, bases, dict)`: a class made without a class statement
/// (`namedtuple` makes its classes so); `__module__` defaults to the
/// calling code's module.
pub(super) fn type_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    super::no_kwargs("type", kwargs)?;
    let [name, bases, ns] = args else {
        return Err(Exc::type_error("type() takes 1 or 3 arguments"));
    };
    let Value::Str(name) = name else {
        return Err(arg_error(1, "str", name));
    };
    let Value::Tuple(bases) = bases else {
        return Err(arg_error(2, "tuple", bases));
    };
    let Value::Dict(ns) = ns else {
        return Err(arg_error(3, "dict", ns));
    };
    let base = one_base(&bases.items, "bases must be types")?;
    let copy = Dict::new();
    for (k, v) in ns.borrow().iter() {
        copy.insert(k.clone(), v.clone());
    }
    if copy.get_str("__module__").is_none() {
        let module = caller_module(vm);
        copy.set_str("__module__", module);
    }
    Ok(Value::Class(make_class(name.as_str(), base, &copy, true)))
}

/// `type.__new__() argument 2 must be tuple, not int`
fn arg_error(n: usize, want: &str, got: &Value) -> Exc {
    Exc::type_error(format!(
        "type.__new__() argument {n} must be {want}, not {}",
        got.type_name()
    ))
}

/// The `__name__` of the running code's globals.
fn caller_module(vm: &Vm) -> Value {
    let name = vm.current_frame().and_then(|f| match &f.func {
        Some(func) => func.globals.get_by_name("__name__"),
        None => vm.globals.get_by_name("__name__"),
    });
    name.unwrap_or_else(|| Value::str("__main__"))
}

fn one_base(bases: &[Value], not_type: &str) -> PyResult<Rc<Class>> {
    match bases {
        [] => Ok(object_class()),
        [Value::Class(b)] if matches!(b.builtin_kind(), TypeKind::Bytes | TypeKind::ByteArray) => {
            Err(Exc::new(
                crate::exception::ExcKind::NotImplementedError,
                format!("cellar does not support subclasses of {}", b.name),
            ))
        }
        [Value::Class(b)] => Ok(b.clone()),
        [_] => Err(Exc::type_error(not_type.to_string())),
        _ => Err(Exc::type_error(
            "cellar supports single inheritance only (one base class)",
        )),
    }
}

/// The class named `name` whose namespace is `ns` (emptied into it).
/// cpython: typeobject.c type_new
fn make_class(name: &str, base: Rc<Class>, ns: &Dict, heap_type: bool) -> Rc<Class> {
    let qualname: Name = match ns.remove(&DictKey::str("__qualname__")) {
        Some(Value::Str(s)) => Rc::from(s.as_str()),
        _ => Rc::from(name),
    };
    let module: Name = match ns.get_str("__module__") {
        Some(Value::Str(s)) => Rc::from(s.as_str()),
        _ => Rc::from("__main__"),
    };
    let class = Rc::new(Class {
        name: Rc::from(name),
        qualname,
        module,
        base: Some(base),
        dict: Dict::from_map(ns.clear()),
        kind: TypeKind::User,
        heap_type,
    });
    // a class that defines __eq__ but not __hash__ is unhashable
    if class.dict.get_str("__eq__").is_some() && class.dict.get_str("__hash__").is_none() {
        class.dict.set_str("__hash__", Value::None);
    }
    if crate::vm::instance::CUSTOM_ATTRIBUTES
        .iter()
        .any(|n| class.dict.get_str(n).is_some())
    {
        class.dict.had_instance_values.set(true);
    }
    class
}
