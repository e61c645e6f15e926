//! Making classes: `__build_class__` for a class statement (runs the body
//! with a fresh namespace) and `type(name, bases, dict)`; both end in
//! `make_class`, CPython's type_new.

use super::types::object_class;
use crate::exception::{Exc, PyResult};
use crate::value::{Class, Dict, DictKey, Name, TypeKind, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// `__build_class__(body, name, *bases, **kwargs)`: runs the class body
/// with a fresh namespace, makes the class, fills the `__class__` cell and
/// runs the base's `__init_subclass__` with the keyword arguments.
pub(super) fn build_class(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(Name, Value)],
) -> PyResult<Value> {
    let [Value::Function(body), Value::Str(name), bases @ ..] = args else {
        return Err(Exc::type_error("__build_class__: not enough arguments"));
    };
    let kwargs = without_metaclass(kwargs)?;
    let bases = class_bases(bases, "bases must be types")?;
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
    let made = NewClass {
        name: name.as_str(),
        bases,
        heap_type,
        body: Some(body.code.clone()),
    };
    let class = make_class(vm, made, &ns)?;
    if let Value::Cell(cell) = classcell {
        cell.set(Some(Value::Class(class.clone())));
    }
    init_subclass(vm, &class, &kwargs)?;
    Ok(Value::Class(class))
}

/// The class statement's keywords without `metaclass=type`; any other
/// metaclass is refused.
fn without_metaclass(kwargs: &[(Name, Value)]) -> PyResult<Vec<(Name, Value)>> {
    let is_type = |v: &Value| matches!(v, Value::Class(c) if c.kind == TypeKind::Type);
    if kwargs
        .iter()
        .any(|(k, v)| &**k == "metaclass" && !is_type(v))
    {
        return Err(Exc::type_error(
            "cellar does not support metaclasses: they are outside its Python subset",
        ));
    }
    Ok(kwargs
        .iter()
        .filter(|(k, _)| &**k != "metaclass")
        .cloned()
        .collect())
}

/// `super(cls, cls).__init_subclass__(**kwargs)` for a new class: the
/// nearest base's hook (implicitly a classmethod), or object's, which
/// takes no keyword arguments. cpython: typeobject.c type_new_init_subclass
fn init_subclass(vm: &mut Vm, class: &Rc<Class>, kwargs: &[(Name, Value)]) -> PyResult<()> {
    let key = crate::value::dict::StrKey::new("__init_subclass__");
    let Some(hook) = class.mro_tail.iter().find_map(|b| b.dict.get_key(&key)) else {
        return Ok(());
    };
    let bound = super::method_kinds::bind_to_class(&hook, class);
    let r = match bound {
        Some(m) => vm.call_value(&m, vec![], kwargs.to_vec()),
        None => vm.call_value(&hook, vec![Value::Class(class.clone())], kwargs.to_vec()),
    };
    r.map(|_| ())
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
    let bases = class_bases(&bases.items, "bases must be types")?;
    let copy = Dict::new();
    for (k, v) in ns.borrow().iter() {
        copy.insert(k.clone(), v.clone());
    }
    if copy.get_str("__module__").is_none() {
        let module = caller_module(vm);
        copy.set_str("__module__", module);
    }
    let made = NewClass {
        name: name.as_str(),
        bases,
        heap_type: true,
        body: None,
    };
    let class = make_class(vm, made, &copy)?;
    init_subclass(vm, &class, &[])?;
    Ok(Value::Class(class))
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

/// The bases of a new class (object when none): user classes, exception
/// classes, `object`, or builtin types CPython lets a class derive from
/// (the instance then carries the builtin object, see `vm/payload.rs`).
/// The others get CPython's TypeError (`bool`, `range`, `function`, ...),
/// as do two bases whose instances would be different builtin objects.
fn class_bases(bases: &[Value], not_type: &str) -> PyResult<Vec<Rc<Class>>> {
    if bases.is_empty() {
        return Ok(vec![object_class()]);
    }
    let bases: Vec<Rc<Class>> = bases
        .iter()
        .map(|b| match b {
            Value::Class(c) => acceptable_base(c.clone()),
            _ => Err(Exc::type_error(not_type.to_string())),
        })
        .collect::<PyResult<_>>()?;
    let mut layout: Option<&Rc<Class>> = None;
    for b in &bases {
        if b.builtin_kind() == TypeKind::Object {
            continue;
        }
        match layout {
            Some(l) if !same_layout(l, b) => {
                return Err(Exc::type_error(
                    "multiple bases have instance lay-out conflict",
                ));
            }
            _ => layout = Some(b),
        }
    }
    Ok(bases)
}

/// Whether instances of `a` and of `b` can be one object: the same kind
/// of builtin object. (Any two exception classes can: cellar's exception
/// objects have one layout, where CPython refuses a few pairs such as
/// OSError and SyntaxError.)
fn same_layout(a: &Class, b: &Class) -> bool {
    a.builtin_kind() == b.builtin_kind()
}

fn acceptable_base(base: Rc<Class>) -> PyResult<Rc<Class>> {
    match base.kind {
        TypeKind::Object
        | TypeKind::Dict
        | TypeKind::List
        | TypeKind::Tuple
        | TypeKind::Int
        | TypeKind::Float
        | TypeKind::Complex
        | TypeKind::Str
        | TypeKind::Set
        | TypeKind::FrozenSet
        | TypeKind::Bytes
        | TypeKind::ByteArray => Ok(base),
        TypeKind::Type => Err(Exc::type_error(
            "cellar does not support metaclasses: they are outside its Python subset",
        )),
        TypeKind::Module => Err(Exc::new(
            crate::exception::ExcKind::NotImplementedError,
            "cellar does not support subclasses of module",
        )),
        k if k.is_builtin_type() => Err(Exc::type_error(format!(
            "type '{}' is not an acceptable base type",
            base.name
        ))),
        _ => Ok(base),
    }
}

/// What a new class is made of besides its namespace.
struct NewClass<'a> {
    name: &'a str,
    /// At least one (`object` when the statement names none).
    bases: Vec<Rc<Class>>,
    /// False for the classes of modules that stand for C code.
    heap_type: bool,
    /// The class statement's body (for `help()`); None for `type(...)`.
    body: Option<Rc<crate::code::Code>>,
}

/// The class `made` whose namespace is `ns` (emptied into it): `__slots__`
/// become member descriptors, and the hooks of what the namespace binds
/// are noted. cpython: typeobject.c type_new
fn make_class(vm: &mut Vm, made: NewClass, ns: &Dict) -> PyResult<Rc<Class>> {
    let qualname: Name = match ns.remove(&DictKey::str("__qualname__")) {
        Some(Value::Str(s)) => Rc::from(s.as_str()),
        _ => Rc::from(made.name),
    };
    let module: Name = match ns.get_str("__module__") {
        Some(Value::Str(s)) => Rc::from(s.as_str()),
        _ => Rc::from("__main__"),
    };
    let mro_tail = crate::value::class::linearize(&made.bases).map_err(Exc::type_error)?;
    let mut bases = made.bases.into_iter();
    let base = bases.next().expect("invariant: at least object");
    let mut hooks = super::member::apply(vm, ns, made.name, &base)?;
    for k in ns.keys() {
        hooks |= crate::value::class::hook::of_name(k.as_str().unwrap_or_default());
    }
    let class = Rc::new(Class {
        name: Rc::from(made.name),
        qualname,
        module,
        base: Some(base),
        more_bases: bases.collect(),
        native_first: crate::value::class::native_first(&mro_tail),
        mro_tail,
        dict: Dict::from_map(ns.clear()),
        kind: TypeKind::User,
        heap_type: made.heap_type,
        hooks: std::cell::Cell::new(hooks),
        body: made.body,
    });
    // a class that defines __eq__ but not __hash__ is unhashable
    if class.dict.get_str("__eq__").is_some() && class.dict.get_str("__hash__").is_none() {
        class.dict.set_str("__hash__", Value::None);
    }
    Ok(class)
}
