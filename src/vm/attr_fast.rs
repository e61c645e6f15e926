//! The hot loop's attribute shortcuts: LOAD_ATTR, STORE_ATTR and
//! LOAD_METHOD on an instance of a plain class (no descriptors, no
//! `__setattr__`), where the answer is one dict entry. Each takes the
//! code's per-name hint (`Code::attr_hints`) to find the entry without a
//! probe. None (or the value handed back) sends the instruction down the
//! general path, which gives the same answer the long way.

use crate::code::Code;
use crate::value::Value;

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

/// LOAD_METHOD's function when `obj` is an instance whose dict lacks the
/// name and whose own class defines it as a function (`Vm::load_method`'s
/// first case, for a method of the class itself).
#[inline(always)]
pub(super) fn load_method(obj: &Value, code: &Code, i: u32) -> Option<Value> {
    let Value::Instance(inst) = obj else {
        return None;
    };
    let key = code.name_key(i);
    if inst.dict.has_key(&key) {
        return None;
    }
    match inst.class.dict.get_key_hinted(&key, code.attr_hint(i)) {
        Some(f @ Value::Function(_)) => Some(f),
        _ => None,
    }
}
