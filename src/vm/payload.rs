//! Instances of classes derived from dict, list or tuple (`class C(dict)`,
//! `Counter`, a `namedtuple` class) carry the builtin object they are: the
//! payload. What their class does not override acts on it: subscripts,
//! `len`, iteration, `in`, repr, `==`, ordering, hash, truth, and the
//! builtin methods (`keys`, `append`, `count`).
//!
//! ```text
//! Counter({'a': 2}) ──▶ Instance { class: Counter, dict: {}, payload: {'a': 2} }
//! ```

use super::Vm;
use crate::exception::{Exc, PyResult};
use crate::value::{Builtin, BuiltinFn, Class, Name, TypeKind, Value};
use std::rc::Rc;

/// The payload of `v`, when it is an instance that has one.
#[inline]
pub fn payload_of(v: &Value) -> Option<&Value> {
    match v {
        Value::Instance(i) => i.payload.as_ref(),
        _ => None,
    }
}

impl Vm {
    /// The payload a new instance of `class` starts with: an empty dict,
    /// list or set (its `__init__` fills it), or, for an immutable type,
    /// the value the type makes of the arguments (`int.__new__(cls, "7")`);
    /// None for classes with no builtin base.
    pub(crate) fn new_payload(
        &mut self,
        class: &Class,
        args: &[Value],
        kwargs: &[(Name, Value)],
    ) -> PyResult<Option<Value>> {
        let kind = class.builtin_kind();
        Ok(Some(match kind {
            TypeKind::Dict => Value::dict(crate::value::Dict::new()),
            TypeKind::List => Value::list(Vec::new()),
            TypeKind::Set => Value::set(crate::value::Set::new()),
            TypeKind::Tuple if !kwargs.is_empty() => {
                return Err(Exc::type_error("tuple() takes no keyword arguments"));
            }
            TypeKind::Tuple if args.len() > 1 => {
                return Err(Exc::type_error(format!(
                    "tuple expected at most 1 argument, got {}",
                    args.len()
                )));
            }
            TypeKind::Tuple
            | TypeKind::Int
            | TypeKind::Float
            | TypeKind::Complex
            | TypeKind::Str
            | TypeKind::FrozenSet
            | TypeKind::Bytes
            | TypeKind::ByteArray => {
                let base = base_type(class, kind);
                crate::builtins::types::construct(self, &base, args, kwargs)?
            }
            _ => return Ok(None),
        }))
    }

    /// `c[key]` on an instance whose class has no `__getitem__`: the
    /// payload's item; a dict subclass's `__missing__` answers missing keys.
    /// cpython: dictobject.c dict_subscript
    pub(crate) fn payload_get_item(
        &mut self,
        c: &Value,
        p: &Value,
        key: &Value,
    ) -> PyResult<Value> {
        let Value::Dict(d) = p else {
            return self.get_item(p, key);
        };
        let k = self.dict_key(d, key.clone())?;
        if let Some(v) = d.get(&k) {
            return Ok(v);
        }
        if let Value::Instance(i) = c
            && let Some(m) = i.class.lookup("__missing__")
        {
            return self.call(&m, vec![c.clone(), key.clone()]);
        }
        Err(Exc::key_error(key.clone()))
    }

    /// `dict.__init__` / `list.__init__` of an instance whose class has no
    /// `__init__`: fills the payload from the arguments.
    pub(crate) fn init_payload(
        &mut self,
        v: &Value,
        args: Vec<Value>,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<()> {
        let Some(p) = payload_of(v).cloned() else {
            return Ok(());
        };
        let init = payload_attr(&p, "__init__").expect("invariant: payloads have __init__");
        self.call_value(&init, args, kwargs).map(|_| ())
    }
}

/// `object.__new__`, `tuple.__new__`, `dict.__new__` (one builtin):
/// `T.__new__(cls, *args)` makes an instance of `cls` with the payload its
/// builtin base needs, without running `__init__`.
pub fn type_new_value() -> Value {
    crate::builtins::builtin("__new__", type_new)
}

fn type_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some((first, rest)) = args.split_first() else {
        return Err(Exc::type_error("object.__new__(): not enough arguments"));
    };
    let Value::Class(class) = first else {
        return Err(Exc::type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            first.type_name()
        )));
    };
    if class.kind.is_builtin_type() {
        return crate::builtins::types::construct(vm, class, rest, kw);
    }
    if class.is_exception() && crate::exception::group::is_group_class(class) {
        return crate::exception::group::new_group(vm, class, rest, kw);
    }
    let payload = match class.builtin_kind() {
        TypeKind::Dict | TypeKind::List | TypeKind::Set | TypeKind::Object => {
            vm.new_payload(class, &[], &[])?
        }
        _ => vm.new_payload(class, rest, kw)?,
    };
    Ok(super::instance::new_instance(class, rest, payload))
}

/// `obj.name` answered by the payload: its builtin methods, and the
/// dunders a subclass reaches through `super()`, bound to the payload.
pub fn payload_attr(payload: &Value, name: &str) -> Option<Value> {
    let func: BuiltinFn = match name {
        "__init__" => init,
        "__getitem__" => getitem,
        "__setitem__" | "__delitem__" if matches!(payload, Value::Tuple(_)) => return None,
        "__setitem__" => setitem,
        "__delitem__" => delitem,
        "__len__" => len,
        "__contains__" => contains,
        "__iter__" => iter,
        "__repr__" => repr,
        "__eq__" => eq,
        _ => {
            let m = crate::builtins::method(payload, name)?;
            return Some(bind(&m, payload));
        }
    };
    let owner = payload.builtin_type_name();
    Some(Value::Builtin(Rc::new(Builtin {
        name: static_name(name),
        func,
        this: Some(payload.clone()),
        owner: Some(owner),
    })))
}

fn bind(m: &Value, payload: &Value) -> Value {
    match m {
        Value::Builtin(b) => Value::Builtin(Rc::new(Builtin {
            name: b.name,
            func: b.func,
            this: Some(payload.clone()),
            owner: b.owner,
        })),
        other => other.clone(),
    }
}

fn static_name(name: &str) -> &'static str {
    const NAMES: [&str; 9] = [
        "__init__",
        "__getitem__",
        "__setitem__",
        "__delitem__",
        "__len__",
        "__contains__",
        "__iter__",
        "__repr__",
        "__eq__",
    ];
    NAMES.iter().find(|n| **n == name).copied().unwrap_or("?")
}

type Kw<'a> = &'a [(Name, Value)];

/// `dict.__init__(d, *args, **kw)` is `d.update(...)`; `list.__init__(l,
/// it)` empties the list and extends it; a tuple is made whole by `__new__`.
fn init(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (this, rest) = args.split_first().expect("invariant: bound to a payload");
    match this {
        Value::Dict(_) => {
            let update = payload_attr(this, "update").expect("invariant: dict.update");
            vm.call_value(&update, rest.to_vec(), kw.to_vec())
        }
        Value::List(l) => {
            crate::builtins::no_kwargs("list", kw)?;
            crate::builtins::arg_range("list", rest, 0, 1)?;
            let items = match rest.first() {
                Some(v) => vm.collect(v)?,
                None => Vec::new(),
            };
            *l.items.borrow_mut() = items;
            Ok(Value::None)
        }
        Value::Set(s) if !s.is_frozen() => {
            crate::builtins::no_kwargs("set", kw)?;
            crate::builtins::arg_range("set", rest, 0, 1)?;
            for (name, args) in [("clear", vec![]), ("update", rest.to_vec())] {
                let m = payload_attr(this, name).expect("invariant: set methods");
                vm.call_value(&m, args, Vec::new())?;
            }
            Ok(Value::None)
        }
        _ => Ok(Value::None),
    }
}

fn getitem(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [this, key] = args else {
        return Err(arity("__getitem__", 1, args));
    };
    vm.get_item(this, key)
}

fn setitem(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [this, key, v] = args else {
        return Err(arity("__setitem__", 2, args));
    };
    vm.set_item(this, key.clone(), v.clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [this, key] = args else {
        return Err(arity("__delitem__", 1, args));
    };
    vm.del_item(this, key)?;
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [this] = args else {
        return Err(arity("__len__", 0, args));
    };
    Ok(Value::Int(crate::builtins::length(vm, this)? as i64))
}

fn contains(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [this, item] = args else {
        return Err(arity("__contains__", 1, args));
    };
    Ok(Value::Bool(vm.contains(this, item)?))
}

fn iter(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [this] = args else {
        return Err(arity("__iter__", 0, args));
    };
    vm.get_iter(this)
}

fn repr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [this] = args else {
        return Err(arity("__repr__", 0, args));
    };
    Ok(Value::str(vm.repr(this)?))
}

fn eq(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [this, other] = args else {
        return Err(arity("__eq__", 1, args));
    };
    let other = payload_of(other).unwrap_or(other).clone();
    let same_kind = std::mem::discriminant(this) == std::mem::discriminant(&other);
    if !same_kind {
        return Ok(Value::NotImplemented);
    }
    Ok(Value::Bool(vm.eq(this, &other)?))
}

/// `d.__getitem__() takes exactly one argument (0 given)`
fn arity(name: &str, n: usize, args: &[Value]) -> Exc {
    let given = args.len().saturating_sub(1);
    match n {
        0 => Exc::type_error(format!("expected 0 arguments, got {given}")),
        1 => Exc::type_error(format!(
            "{name}() takes exactly one argument ({given} given)"
        )),
        _ => Exc::type_error(format!("expected {n} arguments, got {given}")),
    }
}

/// The repr of a subclass instance from its payload's: a set, frozenset or
/// bytearray names the subclass (`Tags({1})`, `Tags()`), other types do not.
/// cpython: set_repr, bytearray_repr use Py_TYPE(self)->tp_name
pub fn subclass_repr(class: &str, payload: &Value, text: String) -> String {
    match payload {
        Value::Set(s) if s.is_frozen() => text.replacen("frozenset", class, 1),
        Value::Set(_) if text == "set()" => format!("{class}()"),
        Value::Set(_) => format!("{class}({text})"),
        Value::Bytes(b) if b.mutable => text.replacen("bytearray", class, 1),
        _ => text,
    }
}

/// Where `int(x)`, `float(x)` and the like meet a subclass instance that
/// does not convert itself (`__int__`, `__float__`, `__index__`): its
/// payload stands for it.
pub fn numeric_stand_in(v: &Value, dunders: &[&str]) -> Option<Value> {
    let Value::Instance(i) = v else { return None };
    let p = i.payload.as_ref()?;
    if dunders.iter().any(|d| i.class.lookup(d).is_some()) {
        return None;
    }
    Some(p.clone())
}

/// The int or float inside an instance of a subclass of int or float.
pub fn number_payload(v: &Value) -> Option<&Value> {
    match payload_of(v)? {
        p @ (Value::Int(_)
        | Value::BigInt(_)
        | Value::Bool(_)
        | Value::Float(_)
        | Value::Complex(_)) => Some(p),
        _ => None,
    }
}

/// `v`, or the int inside it when it is an instance of an int subclass.
pub fn as_int(v: &Value) -> &Value {
    match number_payload(v) {
        Some(p) if !matches!(p, Value::Float(_) | Value::Complex(_)) => p,
        _ => v,
    }
}

/// The builtin type `class` derives from (`int` for `class Money(int)`,
/// and for `class Money(Mixin, int)`: the first builtin of the MRO).
fn base_type(class: &Class, kind: TypeKind) -> Rc<Class> {
    class
        .mro_tail
        .iter()
        .find(|c| c.kind == kind)
        .cloned()
        .expect("invariant: builtin_kind found this base in the MRO")
}
