//! `super()`: the zero-argument form finds the class through the calling
//! method's implicit `__class__` cell and the instance in its first
//! argument, as CPython does; `super(C, obj)` names them explicitly.

use crate::code::SlotKind;
use crate::exception::{Exc, PyResult};
use crate::value::{BoundMethod, Name, SuperObj, TypeKind, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// `super()` / `super(C, obj)`.
pub fn super_new(vm: &mut Vm, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    let (class, this) = match args {
        [Value::Class(c), this] => (c.clone(), this.clone()),
        [] => implicit_arguments(vm)?,
        _ => return Err(Exc::type_error("super() argument 1 must be a type")),
    };
    check_instance(&class, &this)?;
    Ok(Value::Super(Rc::new(SuperObj { class, this })))
}

/// `obj` must be an instance of `class` or a subclass of it (in 3.11 a
/// comprehension's first argument is its iterator, which fails here).
/// cpython: typeobject.c supercheck
fn check_instance(class: &crate::value::Class, obj: &Value) -> PyResult<()> {
    let ok = match obj {
        Value::Class(c) => c.is_subclass(class) || super::types::is_instance(obj, class),
        other => super::types::is_instance(other, class),
    };
    if ok {
        Ok(())
    } else {
        Err(Exc::type_error(
            "super(type, obj): obj must be an instance or subtype of type",
        ))
    }
}

/// The `__class__` cell and the first argument of the calling frame.
fn implicit_arguments(vm: &Vm) -> PyResult<(Rc<crate::value::Class>, Value)> {
    let frame = vm
        .current_frame()
        .ok_or_else(|| Exc::runtime_error("super(): no arguments"))?;
    let code = &frame.code;
    if code.argcount == 0 {
        return Err(Exc::runtime_error("super(): no arguments"));
    }
    let slot = |i: usize| vm.stack.get(frame.base + i).cloned();
    let class_slot = code
        .localsplus
        .iter()
        .position(|(n, k)| &**n == "__class__" && *k == SlotKind::Free);
    let class = match class_slot.and_then(slot) {
        Some(Value::Cell(c)) => match c.get() {
            Some(Value::Class(c)) => c,
            _ => return Err(Exc::runtime_error("super(): empty __class__ cell")),
        },
        _ => return Err(Exc::runtime_error("super(): __class__ cell not found")),
    };
    let this = match slot(0) {
        Some(Value::Cell(c)) => c.get(),
        other => other,
    };
    match this {
        Some(v) if !matches!(v, Value::Null) => Ok((class, v)),
        _ => Err(Exc::runtime_error("super(): arg[0] deleted")),
    }
}

/// `super().name`: look after `class` in the instance's MRO; functions bind.
pub fn super_attr(s: &SuperObj, name: &str) -> PyResult<Value> {
    let start = match &s.this {
        Value::Instance(i) => i.class.clone(),
        Value::Class(c) => c.clone(),
        _ => s.class.clone(),
    };
    let mro = start.mro();
    let after = mro
        .iter()
        .position(|c| Rc::ptr_eq(c, &s.class))
        .map_or(mro.len(), |i| i + 1);
    for c in &mro[after..] {
        if let Some(v) = c.dict.get_str(name) {
            if let Some(bound) = super::method_kinds::bind_to_class(&v, &start) {
                return Ok(bound);
            }
            return Ok(match v {
                Value::Function(_) => Value::Method(Rc::new(BoundMethod {
                    func: v,
                    this: s.this.clone(),
                })),
                Value::Builtin(b) if b.this.is_none() => {
                    // a builtin type's method acts on the payload; object's
                    // slot wrappers (`__setattr__`) on the instance itself
                    let this = match c.kind {
                        TypeKind::Object => &s.this,
                        _ => crate::vm::payload_of(&s.this).unwrap_or(&s.this),
                    };
                    let bound = crate::value::Builtin {
                        name: b.name,
                        func: b.func,
                        this: Some(this.clone()),
                        owner: b.owner,
                    };
                    Value::Builtin(Rc::new(bound))
                }
                other => other,
            });
        }
        if !matches!(c.kind, TypeKind::User | TypeKind::Object)
            && super::own_names::defines(&c.name, name)
            && let Some(p) = crate::vm::payload_of(&s.this)
            && let Some(m) = crate::vm::payload_attr(p, name)
        {
            return Ok(m); // the builtin type's own method, before later classes
        }
    }
    if let Some(p) = crate::vm::payload_of(&s.this)
        && let Some(m) = crate::vm::payload_attr(p, name)
    {
        return Ok(m);
    }
    if name == "__new__" {
        return Ok(crate::vm::payload::type_new_value());
    }
    if name == "__init__" {
        return Ok(super::builtin("__init__", object_init));
    }
    Err(Exc::attribute_error(format!(
        "'super' object has no attribute '{name}'"
    )))
}

/// `object.__init__`, reached through `super()` from a class that defines
/// `__init__`: takes the instance alone. cpython: typeobject.c object_init
fn object_init(_: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    if args.len() > 1 || !kw.is_empty() {
        return Err(Exc::type_error(
            "object.__init__() takes exactly one argument (the instance to initialize)",
        ));
    }
    Ok(Value::None)
}
