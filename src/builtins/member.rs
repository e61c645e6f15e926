//! `__slots__`: a class statement's `__slots__` becomes one member
//! descriptor per name in the class namespace (`<member 'a' of 'S'
//! objects>`), and a class slotted up to `object` gives instances no
//! `__dict__` (`hook::NO_DICT`). Slot values live in `Instance::slots`,
//! apart from the instance's `__dict__`.

use super::methods::native::{native_class, new_instance, this_of};
use crate::exception::{Exc, PyResult};
use crate::value::class::hook;
use crate::value::{Class, Dict, Instance, Name, TypeKind, Value};
use crate::vm::Vm;
use std::rc::Rc;

thread_local! {
    static MEMBER: Rc<Class> = native_class("member_descriptor", "builtins", &[("__repr__", member_repr)]);
}

/// Where a member of `i` keeps its value.
pub fn storage(i: &Instance) -> PyResult<&Dict> {
    i.slots
        .as_deref()
        .ok_or_else(|| Exc::type_error("descriptor does not apply to this object"))
}

/// The member descriptor behind a class attribute, if it is one.
pub fn as_member(v: &Value) -> Option<&Rc<Instance>> {
    match v {
        Value::Instance(i) if MEMBER.with(|c| Rc::ptr_eq(&i.class, c)) => Some(i),
        _ => None,
    }
}

/// Reads `__slots__` from a class namespace being made into `name` (with
/// base `base`): adds a member descriptor per slot and answers the hook
/// bits the class starts with. cpython: typeobject.c type_new_slots
pub fn apply(vm: &mut Vm, ns: &Dict, name: &str, base: &Class) -> PyResult<u8> {
    let Some(slots) = ns.get_str("__slots__") else {
        return Ok(base.hooks.get() & hook::SLOTS);
    };
    let names = match &slots {
        Value::Str(_) => vec![slots.clone()],
        other => vm.collect(other)?,
    };
    let mut bits = base.hooks.get() & hook::SLOTS;
    for n in &names {
        let slot = slot_name(n, name)?;
        if &*slot == "__dict__" {
            return Err(Exc::type_error(
                "cellar does not support '__dict__' in __slots__",
            ));
        }
        if &*slot == "__weakref__" {
            continue;
        }
        if ns.get_str(&slot).is_some() {
            return Err(Exc::value_error(format!(
                "{} in __slots__ conflicts with class variable",
                crate::vm::str_repr(n.as_str().unwrap_or_default())
            )));
        }
        let member = new_instance(
            &MEMBER.with(|c| c.clone()),
            &[
                ("__name__", Value::str(&*slot)),
                ("class", Value::str(name)),
            ],
        );
        ns.set_str(&slot, member);
        bits |= hook::SLOTS;
    }
    // instances of object, dict, list and tuple have no __dict__ either
    let slotted_base = matches!(
        base.kind,
        TypeKind::Object | TypeKind::Dict | TypeKind::List | TypeKind::Tuple
    ) || base.hooks.get() & hook::NO_DICT != 0;
    if slotted_base {
        bits |= hook::NO_DICT;
    }
    Ok(bits)
}

/// A slot's name, private names mangled as in the class body.
fn slot_name(v: &Value, class: &str) -> PyResult<Name> {
    let Value::Str(s) = v else {
        return Err(Exc::type_error(format!(
            "__slots__ items must be strings, not '{}'",
            v.type_name()
        )));
    };
    let text = s.as_str();
    let identifier = text
        .chars()
        .next()
        .is_some_and(|c| c == '_' || c.is_alphabetic())
        && text.chars().all(|c| c == '_' || c.is_alphanumeric());
    if !identifier {
        return Err(Exc::type_error("__slots__ must be identifiers"));
    }
    Ok(crate::symtable::mangle(
        Some(&Name::from(class)),
        &Name::from(text),
    ))
}

/// `repr(S.a)`: `<member 'a' of 'S' objects>`.
fn member_repr(_: &mut Vm, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    let member = MEMBER.with(|c| c.clone());
    let Some(m) = this_of(args, &member) else {
        return Err(Exc::type_error("descriptor '__repr__' needs a member"));
    };
    let text = |k: &str| match m.dict.get_str(k) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => String::new(),
    };
    Ok(Value::str(format!(
        "<member '{}' of '{}' objects>",
        text("__name__"),
        text("class")
    )))
}
