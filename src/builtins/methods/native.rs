//! Classes implemented in Rust whose instances behave like Python objects:
//! dict views, `functools.partial`, `lru_cache` wrappers. Their methods are
//! builtins in the class dict; their state lives in the instance dict, as
//! CPython exposes it (`partial.func`, `view.mapping`).

use crate::value::{BuiltinFn, Class, Dict, Instance, TypeKind, Value};
use std::rc::Rc;

/// A class named `name` (shown in reprs and `type()`) with builtin methods.
pub fn native_class(
    name: &'static str,
    module: &str,
    methods: &[(&'static str, BuiltinFn)],
) -> Rc<Class> {
    let dict = Dict::new();
    for (m, f) in methods {
        dict.set_str(
            m,
            Value::Builtin(Rc::new(crate::value::Builtin {
                name: m,
                func: *f,
                this: None,
                owner: Some(name),
            })),
        );
    }
    Rc::new(Class {
        name: Rc::from(name),
        qualname: Rc::from(name),
        module: Rc::from(module),
        base: Some(crate::builtins::types::object_class()),
        more_bases: Vec::new(),
        mro_tail: Box::new([crate::builtins::types::object_class()]),
        native_first: false,
        dict,
        kind: TypeKind::User,
        heap_type: false,
        hooks: Default::default(),
        body: None,
    })
}

/// Makes the instances of `class` refuse new attributes, as instances of a
/// C type without `__dict__` do (`__slots__ = ()`); Rust code still stores
/// their state in the instance dict.
pub fn seal(class: &Rc<Class>) -> Rc<Class> {
    class.dict.set_str("__slots__", Value::tuple(Vec::new()));
    let hooks = class.hooks.get() | crate::value::class::hook::NO_DICT;
    class.hooks.set(hooks);
    class.clone()
}

/// A new instance of a native class with the given attributes.
pub fn new_instance(class: &Rc<Class>, attrs: &[(&str, Value)]) -> Value {
    let inst = Rc::new(Instance {
        payload: None,
        class: class.clone(),
        dict: Rc::new(Dict::new()),
        slots: None,
        exc: None,
        gc: Default::default(),
    });
    for (k, v) in attrs {
        inst.dict.set_str(k, v.clone());
    }
    crate::gc::track_instance(&inst);
    Value::Instance(inst)
}

/// The instance a native method was called on, if it is of `class`.
pub fn this_of<'a>(args: &'a [Value], class: &Rc<Class>) -> Option<&'a Rc<Instance>> {
    match args.first() {
        Some(Value::Instance(i)) if Rc::ptr_eq(&i.class, class) => Some(i),
        _ => None,
    }
}
