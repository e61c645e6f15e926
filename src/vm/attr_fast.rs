//! The hot loop's attribute shortcuts: LOAD_ATTR, STORE_ATTR and
//! LOAD_METHOD on an instance of a plain class (no descriptors, no
//! `__setattr__`), where the answer is one dict entry, and LOAD_METHOD of
//! a builtin type's method. Instance lookups take the code's per-name hint
//! (`Code::attr_hints`) to find the entry without a probe; builtin methods
//! are remembered per name (`Code::method_cache`). None (or the value
//! handed back) sends the instruction down the general path, which gives
//! the same answer the long way.

use crate::code::Code;
use crate::value::{Instance, Value};

/// `obj.names[i]` when `obj` is an instance whose class has no
/// descriptors and whose own dict holds the name (`Vm::instance_attr`'s
/// first case).
#[inline(always)]
pub(super) fn load_attr(obj: &Value, code: &Code, i: u32) -> Option<Value> {
    let Value::Instance(inst) = obj else {
        return None;
    };
    if !inst.class.plain_attributes() {
        return None;
    }
    inst.dict
        .get_key_hinted(&code.name_key(i), code.attr_hint(i))
}

/// `obj.names[i] = v` into the dict of an instance of a class with no
/// write hooks (`Vm::set_attr_key`'s first case); Err gives `v` back.
#[inline(always)]
pub(super) fn store_attr(obj: &Value, code: &Code, i: u32, v: Value) -> Result<(), Value> {
    let Value::Instance(inst) = obj else {
        return Err(v);
    };
    if inst.class.write_hooks() != 0 || inst.exc.is_some() {
        return Err(v);
    }
    inst.dict
        .set_key_hinted(&code.name_key(i), code.attr_hint(i), v);
    Ok(())
}

/// LOAD_METHOD's method, for the cases `Vm::load_method` answers with
/// `(method, obj)` cheaply: a function of an instance's own class, or a
/// builtin type's method.
#[inline(always)]
pub(super) fn load_method(obj: &Value, code: &Code, i: u32) -> Option<Value> {
    match obj {
        Value::Instance(inst) => instance_method(inst, code, i),
        Value::Class(_) | Value::Module(_) | Value::Function(_) => None,
        _ => builtin_method(obj, code, i),
    }
}

/// The function when the instance's dict lacks the name and its own
/// class defines it (a method of a base class takes the general path).
#[inline(always)]
fn instance_method(inst: &Instance, code: &Code, i: u32) -> Option<Value> {
    let key = code.name_key(i);
    if inst.dict.has_key(&key) {
        return None;
    }
    match inst.class.dict.get_key_hinted(&key, code.attr_hint(i)) {
        Some(f @ Value::Function(_)) => Some(f),
        _ => None,
    }
}

/// A builtin value's method (`xs.append`), remembered per name with its
/// owner type: a method depends on nothing else (`builtins::method`).
#[inline(always)]
fn builtin_method(obj: &Value, code: &Code, i: u32) -> Option<Value> {
    let owner = crate::builtins::method_owner(obj)?;
    let mut cache = code.method_cache[i as usize].borrow_mut();
    if let Some((o, m)) = &*cache
        && std::ptr::eq(*o, owner)
    {
        return Some(m.clone());
    }
    let m = crate::builtins::method(obj, &code.names[i as usize])?;
    *cache = Some((owner, m.clone())); // remembered for the next turn
    Some(m)
}
