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
        more_bases: Vec::new(),
        mro_tail: Box::new([]),
        native_first: false,
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
        mro_tail: crate::value::class::linearize(std::slice::from_ref(&base))
            .expect("invariant: one base"),
        base: Some(base),
        more_bases: Vec::new(),
        native_first: false,
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
const CONSTRUCTORS: [(&str, TypeKind); 16] = [
    ("object", TypeKind::Object),
    ("type", TypeKind::Type),
    ("int", TypeKind::Int),
    ("bool", TypeKind::Bool),
    ("float", TypeKind::Float),
    ("complex", TypeKind::Complex),
    ("str", TypeKind::Str),
    ("list", TypeKind::List),
    ("tuple", TypeKind::Tuple),
    ("dict", TypeKind::Dict),
    ("set", TypeKind::Set),
    ("frozenset", TypeKind::FrozenSet),
    ("range", TypeKind::Range),
    ("slice", TypeKind::Slice),
    ("bytes", TypeKind::Bytes),
    ("bytearray", TypeKind::ByteArray),
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
        Value::Complex(_) => TypeKind::Complex,
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
        Value::Bytes(b) if b.mutable => TypeKind::ByteArray,
        Value::Bytes(_) => TypeKind::Bytes,
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
    let stand_in = match class.kind {
        TypeKind::Int => args.first().and_then(|v| {
            crate::vm::payload::numeric_stand_in(v, &["__int__", "__index__", "__trunc__"])
        }),
        TypeKind::Float => args
            .first()
            .and_then(|v| crate::vm::payload::numeric_stand_in(v, &["__float__", "__index__"])),
        TypeKind::Complex => args.first().and_then(|v| {
            crate::vm::payload::numeric_stand_in(v, &["__complex__", "__float__", "__index__"])
        }),
        _ => None,
    };
    let stand_in =
        stand_in.filter(|p| class.kind == TypeKind::Complex || !matches!(p, Value::Complex(_)));
    if let Some(p) = stand_in {
        let mut args = args.to_vec();
        args[0] = p;
        return construct(vm, class, &args, kwargs);
    }
    if takes_no_keywords(class.kind) {
        super::no_kwargs(&name, kwargs)?;
    }
    if matches!(class.kind, TypeKind::List | TypeKind::Tuple) {
        super::arg_range(&name, args, 0, 1)?;
    }
    match class.kind {
        TypeKind::Type if args.len() == 1 && kwargs.is_empty() => {
            Ok(Value::Class(type_of(&args[0])))
        }
        TypeKind::Type if args.len() == 3 => super::class_new::type_new(vm, args, kwargs),
        TypeKind::Type => Err(Exc::type_error("type() takes 1 or 3 arguments")),
        TypeKind::Int => super::functions::int_new(vm, args, kwargs),
        TypeKind::Bool => {
            super::arg_range("bool", args, 0, 1)?;
            match args.first() {
                Some(v) => Ok(Value::Bool(vm.is_true(v)?)),
                None => Ok(Value::Bool(false)),
            }
        }
        TypeKind::Float => super::functions::float_new(vm, args, kwargs),
        TypeKind::Complex => super::complex_type::complex_new(vm, args, kwargs),
        TypeKind::Str if args.len() > 1 || !kwargs.is_empty() => {
            super::bytes::str_new(args, kwargs)
        }
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
        TypeKind::Range => {
            let mut ints = Vec::with_capacity(args.len());
            for a in args {
                ints.push(vm.index_value(a)?.unwrap_or_else(|| a.clone()));
            }
            super::functions::range_new(&ints)
        }
        TypeKind::Slice => {
            super::no_kwargs("slice", kwargs)?;
            super::methods::range_slice::slice_new(args)
        }
        TypeKind::Bytes => super::bytes::bytes_new(vm, args, kwargs),
        TypeKind::Cell => cell_new(vm, args, kwargs),
        TypeKind::Method => method_new(args, kwargs),
        TypeKind::ByteArray => super::bytes::bytearray_new(vm, args, kwargs),
        _ => Err(Exc::type_error(format!("cannot create '{name}' instances"))),
    }
}

/// The builtin types whose constructors refuse keyword arguments
/// (`range(0, stop=5)`: "range() takes no keyword arguments").
fn takes_no_keywords(kind: TypeKind) -> bool {
    matches!(
        kind,
        TypeKind::Bool
            | TypeKind::List
            | TypeKind::Tuple
            | TypeKind::Set
            | TypeKind::FrozenSet
            | TypeKind::Range
    )
}

/// `types.CellType(contents)`: a new cell, empty without an argument.
fn cell_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    super::no_kwargs("cell", kwargs)?;
    super::methods::check_positional("cell", args.len(), 0, 1)?;
    let id = vm.heap.next_cell_id();
    let cell = crate::value::CellObj::new(args.first().cloned(), id);
    Ok(Value::Cell(cell))
}

/// `types.MethodType(func, obj)`: `func` bound to `obj`.
fn method_new(args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    super::no_kwargs("method", kwargs)?;
    super::methods::check_positional("method", args.len(), 2, 2)?;
    if !args[0].is_callable() {
        return Err(Exc::type_error("first argument must be callable"));
    }
    if args[1].is_none() {
        return Err(Exc::type_error("instance must not be None"));
    }
    Ok(Value::Method(Rc::new(crate::value::BoundMethod {
        func: args[0].clone(),
        this: args[1].clone(),
    })))
}
