//! The builtin types as class objects (`int`, `str`, `list`, ...), what
//! calling them constructs, `type(x)`, and `__build_class__` for `class`
//! statements.

use crate::exception::{Exc, PyResult};
use crate::value::{Class, Dict, Name, TypeKind, Value};
use crate::vm::Vm;
use rustc_hash::FxHashMap;
use std::rc::Rc;

thread_local! {
    static OBJECT: Rc<Class> = Rc::new(Class {
        name: Rc::from("object"),
        qualname: Rc::from("object"),
        module: Rc::from("builtins"),
        base: None,
        dict: super::slots::object_dict(),
        kind: TypeKind::Object,
        heap_type: false,
        // object() instances have no __dict__
        hooks: std::cell::Cell::new(crate::value::class::hook::NO_DICT),
        body: None,
    });
    static TYPES: std::cell::RefCell<FxHashMap<&'static str, Rc<Class>>> = std::cell::RefCell::new(FxHashMap::default());
}

/// `object`, the root of every class.
pub fn object_class() -> Rc<Class> {
    OBJECT.with(|o| o.clone())
}

/// The class object of a builtin type, made once.
pub fn builtin_class(name: &'static str, kind: TypeKind) -> Rc<Class> {
    if kind == TypeKind::Object {
        return object_class();
    }
    if let Some(c) = TYPES.with(|t| t.borrow().get(name).cloned()) {
        return c;
    }
    let base = if kind == TypeKind::Bool {
        builtin_class("int", TypeKind::Int)
    } else {
        object_class()
    };
    let c = Rc::new(Class {
        name: Rc::from(name),
        qualname: Rc::from(name),
        module: Rc::from("builtins"),
        base: Some(base),
        dict: Dict::new(),
        kind,
        heap_type: false,
        hooks: Default::default(),
        body: None,
    });
    TYPES.with(|t| t.borrow_mut().insert(name, c.clone()));
    c
}

/// The names of the builtin types callable as constructors.
const CONSTRUCTORS: [(&str, TypeKind); 13] = [
    ("object", TypeKind::Object),
    ("type", TypeKind::Type),
    ("int", TypeKind::Int),
    ("bool", TypeKind::Bool),
    ("float", TypeKind::Float),
    ("str", TypeKind::Str),
    ("list", TypeKind::List),
    ("tuple", TypeKind::Tuple),
    ("dict", TypeKind::Dict),
    ("set", TypeKind::Set),
    ("frozenset", TypeKind::FrozenSet),
    ("range", TypeKind::Range),
    ("slice", TypeKind::Slice),
];

pub(super) fn register(m: &mut FxHashMap<&'static str, Value>) {
    for (name, kind) in CONSTRUCTORS {
        m.insert(name, Value::Class(builtin_class(name, kind)));
    }
}

/// `type(v)`.
pub fn type_of(v: &Value) -> Rc<Class> {
    let kind = match v {
        Value::Instance(i) => return i.class.clone(),
        Value::None => TypeKind::NoneType,
        Value::Bool(_) => TypeKind::Bool,
        Value::Int(_) | Value::BigInt(_) => TypeKind::Int,
        Value::Float(_) => TypeKind::Float,
        Value::Str(_) => TypeKind::Str,
        Value::List(_) => TypeKind::List,
        Value::Tuple(_) => TypeKind::Tuple,
        Value::Dict(_) => TypeKind::Dict,
        Value::Set(s) if s.is_frozen() => TypeKind::FrozenSet,
        Value::Set(_) => TypeKind::Set,
        Value::Range(_) => TypeKind::Range,
        Value::Slice(_) => TypeKind::Slice,
        Value::Function(_) => TypeKind::Function,
        Value::Builtin(_) => TypeKind::BuiltinFunction,
        Value::Method(_) => TypeKind::Method,
        Value::Cell(_) => TypeKind::Cell,
        Value::Code(_) => TypeKind::Code,
        Value::Class(_) => TypeKind::Type,
        Value::Generator(_) => TypeKind::Generator,
        Value::Module(_) => TypeKind::Module,
        Value::Super(_) => TypeKind::Object,
        Value::Ellipsis => TypeKind::Ellipsis,
        Value::NotImplemented => TypeKind::NotImplementedType,
        Value::Iterator(_) | Value::Null => TypeKind::Iterator,
    };
    let name: &'static str = match v {
        Value::Iterator(it) => it.borrow().type_name(),
        other => other.builtin_type_name(),
    };
    builtin_class(name, kind)
}

/// `isinstance(v, cls)` for one class.
pub fn is_instance(v: &Value, cls: &Class) -> bool {
    if cls.kind == TypeKind::Object {
        return true;
    }
    type_of(v).is_subclass(cls)
}

/// Calling a builtin type: `int('3')`, `list(range(3))`, `type(x)`, ...
pub fn construct(
    vm: &mut Vm,
    class: &Rc<Class>,
    args: &[Value],
    kwargs: &[(Name, Value)],
) -> PyResult<Value> {
    let name = class.name.clone();
    match class.kind {
        TypeKind::Type if args.len() == 1 && kwargs.is_empty() => {
            Ok(Value::Class(type_of(&args[0])))
        }
        TypeKind::Type => Err(Exc::type_error(
            "type() takes 1 argument (cellar makes classes with the class statement)",
        )),
        TypeKind::Int => super::functions::int_new(vm, args, kwargs),
        TypeKind::Bool => {
            super::arg_range("bool", args, 0, 1)?;
            match args.first() {
                Some(v) => Ok(Value::Bool(vm.is_true(v)?)),
                None => Ok(Value::Bool(false)),
            }
        }
        TypeKind::Float => super::functions::float_new(vm, args, kwargs),
        TypeKind::Str => match args.first() {
            Some(v) => Ok(Value::str(vm.to_str(v)?)),
            None => Ok(Value::str("")),
        },
        TypeKind::List => match args.first() {
            Some(v) => Ok(Value::list(vm.collect(v)?)),
            None => Ok(Value::list(Vec::new())),
        },
        TypeKind::Tuple => match args.first() {
            Some(v @ Value::Tuple(_)) => Ok(v.clone()),
            Some(v) => Ok(Value::tuple(vm.collect(v)?)),
            None => Ok(Value::tuple(Vec::new())),
        },
        TypeKind::Dict => super::functions::dict_new(vm, args, kwargs),
        TypeKind::Set => match args {
            [v] => Ok(Value::set(vm.set_from_iterable(v)?)),
            [] => vm.new_set(Vec::new()),
            _ => Err(Exc::type_error(format!(
                "set expected at most 1 argument, got {}",
                args.len()
            ))),
        },
        TypeKind::FrozenSet => match args {
            [Value::Set(s)] if s.is_frozen() => Ok(args[0].clone()),
            [v] => Ok(Value::set(vm.set_from_iterable(v)?.into_frozen())),
            [] => Ok(Value::set(crate::value::Set::new().into_frozen())),
            _ => Err(Exc::type_error(format!(
                "frozenset expected at most 1 argument, got {}",
                args.len()
            ))),
        },
        TypeKind::Range => super::functions::range_new(args),
        TypeKind::Slice => {
            super::no_kwargs("slice", kwargs)?;
            super::methods::range_slice::slice_new(args)
        }
        _ => Err(Exc::type_error(format!("cannot create '{name}' instances"))),
    }
}

/// `super(cls, cls).__init_subclass__(**kwargs)` for a new class: the
/// nearest base's hook (implicitly a classmethod), or object's, which
/// takes no keyword arguments. cpython: typeobject.c type_new_init_subclass
fn init_subclass(vm: &mut Vm, class: &Rc<Class>, kwargs: &[(Name, Value)]) -> PyResult<()> {
    let Some(hook) = class
        .base
        .as_ref()
        .and_then(|b| b.lookup("__init_subclass__"))
    else {
        return Ok(());
    };
    let bound = super::method_kinds::bind_to_class(&hook, class);
    let r = match bound {
        Some(m) => vm.call_value(&m, vec![], kwargs.to_vec()),
        None => vm.call_value(&hook, vec![Value::Class(class.clone())], kwargs.to_vec()),
    };
    r.map(|_| ())
}

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
    let is_type = |v: &Value| matches!(v, Value::Class(c) if c.kind == TypeKind::Type);
    if kwargs
        .iter()
        .any(|(k, v)| &**k == "metaclass" && !is_type(v))
    {
        return Err(Exc::type_error(
            "cellar does not support metaclasses: they are outside its Python subset",
        ));
    }
    let kwargs: Vec<(Name, Value)> = kwargs
        .iter()
        .filter(|(k, _)| &**k != "metaclass")
        .cloned()
        .collect();
    let base = base_class(bases)?;
    let ns = Rc::new(Dict::new());
    crate::gc::track_dict(&ns);
    vm.push_function_frame(body.clone(), vec![], vec![], true)?;
    vm.frames
        .last_mut()
        .expect("invariant: class body frame")
        .class_ns = Some(ns.clone());
    let classcell = vm.run()?;
    let qualname = ns.remove(&crate::value::DictKey::str("__qualname__"));
    ns.remove(&crate::value::DictKey::str("__classcell__"));
    let qualname: Name = match qualname {
        Some(Value::Str(s)) => Rc::from(s.as_str()),
        _ => Rc::from(name.as_str()),
    };
    let module: Name = match ns.get_str("__module__") {
        Some(Value::Str(s)) => Rc::from(s.as_str()),
        _ => Rc::from("__main__"),
    };
    let mut hooks = super::member::apply(vm, &ns, name.as_str(), &base)?;
    for k in ns.keys() {
        hooks |= crate::value::class::hook::of_name(k.as_str().unwrap_or_default());
    }
    let class = Rc::new(Class {
        name: Rc::from(name.as_str()),
        qualname,
        module,
        base: Some(base),
        dict: Dict::from_map(ns.clear()),
        kind: TypeKind::User,
        heap_type: true,
        hooks: std::cell::Cell::new(hooks),
        body: Some(body.code.clone()),
    });
    // cpython: type_new — a class that defines __eq__ but not __hash__ is unhashable
    if class.dict.get_str("__eq__").is_some() && class.dict.get_str("__hash__").is_none() {
        class.dict.set_str("__hash__", Value::None);
    }
    if let Value::Cell(cell) = classcell {
        cell.set(Some(Value::Class(class.clone())));
    }
    init_subclass(vm, &class, &kwargs)?;
    Ok(Value::Class(class))
}

/// The one base of a class statement (object when none): a user class, an
/// exception class or `object`. Builtin types are refused: their
/// instances would lack the type's behaviour.
fn base_class(bases: &[Value]) -> PyResult<Rc<Class>> {
    let base = match bases {
        [] => object_class(),
        [Value::Class(b)] => b.clone(),
        [_] => return Err(Exc::type_error("bases must be types")),
        _ => {
            return Err(Exc::type_error(
                "cellar supports single inheritance only (one base class)",
            ));
        }
    };
    if base.kind.is_builtin_type() {
        return Err(Exc::type_error(format!(
            "cellar does not support subclasses of the builtin type '{}': they are outside its Python subset",
            base.name
        )));
    }
    Ok(base)
}
