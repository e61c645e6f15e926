//! Attribute writes and deletes: `obj.name = v` and `del obj.name`.
//!
//! An instance goes through its class's `__setattr__` / `__delattr__`
//! when one is defined in Python, else through `object`'s: data
//! descriptors (`property`, `__slots__` members) first, then the
//! instance's namespace. `Class::write_hooks` answers in one walk of the
//! MRO whether any of that applies, so a plain class pays one walk.

use super::Vm;
use crate::builtins::{member, property};
use crate::exception::{Exc, PyResult};
use crate::value::class::hook;
use crate::value::dict::StrKey;
use crate::value::{DictKey, Function, Instance, Value};
use std::rc::Rc;

impl Vm {
    /// `obj.name = v`
    pub fn set_attr(&mut self, obj: &Value, name: &str, v: Value) -> PyResult<()> {
        self.set_attr_key(obj, &StrKey::new(name), v)
    }

    /// `obj.name = v` with the name hashed beforehand.
    pub(crate) fn set_attr_key(&mut self, obj: &Value, key: &StrKey, v: Value) -> PyResult<()> {
        let name = key.text();
        match obj {
            Value::Instance(i) => {
                let hooks = i.class.write_hooks();
                if hooks == 0 && i.exc.is_none() {
                    i.dict.set_key(key, v); // a plain class: straight into __dict__
                    return Ok(());
                }
                self.set_instance_attr(obj, i, key, v, hooks)
            }
            Value::Class(c) if !c.heap_type => Err(Exc::immutable_type(c, name)),
            Value::Class(c) => {
                c.note_binding(name);
                c.dict.set_str(name, v);
                Ok(())
            }
            Value::Function(f) => set_function_attr(f, name, v),
            Value::Cell(c) if name == "cell_contents" => {
                self.set_cell(c, Some(v));
                Ok(())
            }
            Value::Module(m) => {
                m.set(name, v);
                Ok(())
            }
            _ => Err(self.readonly(obj, name)),
        }
    }

    /// An instance's `__setattr__`: the class's own, or `object`'s.
    #[inline(never)]
    fn set_instance_attr(
        &mut self,
        obj: &Value,
        i: &Rc<Instance>,
        key: &StrKey,
        v: Value,
        hooks: u8,
    ) -> PyResult<()> {
        if hooks & hook::SETATTR != 0
            && let Some(f) = python_hook(i, "__setattr__")
        {
            let args = vec![obj.clone(), Value::str(key.text()), v];
            return self.call(&f, args).map(|_| ());
        }
        self.generic_setattr(obj, i, key, v, hooks)
    }

    /// `object.__setattr__(obj, name, v)` for an instance: exception
    /// attributes, data descriptors, then the namespace (or a slot).
    pub(crate) fn generic_setattr(
        &mut self,
        obj: &Value,
        i: &Rc<Instance>,
        key: &StrKey,
        v: Value,
        hooks: u8,
    ) -> PyResult<()> {
        let name = key.text();
        if let Some(exc) = &i.exc {
            let mut state = exc.borrow_mut();
            if state.group.is_some() && matches!(name, "message" | "exceptions") {
                return Err(Exc::attribute_error("readonly attribute"));
            }
            if set_exception_attr(&mut state, name, &v) {
                return Ok(());
            }
        }
        if hooks & (hook::DESCRIPTORS | hook::NO_DICT) != 0
            && let Some(cv) = i.class.lookup_key(key)
        {
            if let Some(p) = property::as_property(&cv) {
                return property::set(self, p, obj, name, v);
            }
            if member::as_member(&cv).is_some() {
                member::storage(i)?.set_key(key, v);
                return Ok(());
            }
            if hooks & hook::NO_DICT != 0 {
                return Err(Exc::readonly_attribute(&i.class.tp_name(), name));
            }
        }
        if hooks & hook::NO_DICT != 0 {
            return Err(Exc::no_attribute(&i.class.tp_name(), name));
        }
        i.dict.set_key(key, v);
        Ok(())
    }

    fn readonly(&self, obj: &Value, name: &str) -> Exc {
        if crate::builtins::method(obj, name).is_some() {
            Exc::readonly_attribute(&obj.type_name(), name)
        } else {
            Exc::no_attribute(&obj.type_name(), name)
        }
    }

    /// `del obj.name`
    pub fn del_attr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        match obj {
            Value::Instance(i) => self.del_instance_attr(obj, i, name),
            Value::Cell(c) if name == "cell_contents" => {
                self.set_cell(c, None);
                Ok(())
            }
            Value::Function(f) => del_function_attr(f, name),
            Value::Class(c) if !c.heap_type => Err(Exc::immutable_type(c, name)),
            Value::Class(c) => match c.dict.remove(&DictKey::str(name)) {
                Some(_) => Ok(()),
                None => Err(Exc::attribute_error(format!(
                    "type object '{}' has no attribute '{name}'",
                    c.name
                ))),
            },
            _ => Err(self.readonly(obj, name)),
        }
    }

    /// An instance's `__delattr__`: the class's own, or `object`'s.
    fn del_instance_attr(&mut self, obj: &Value, i: &Rc<Instance>, name: &str) -> PyResult<()> {
        let hooks = i.class.write_hooks();
        if hooks & hook::DELATTR != 0
            && let Some(f) = python_hook(i, "__delattr__")
        {
            return self
                .call(&f, vec![obj.clone(), Value::str(name)])
                .map(|_| ());
        }
        self.generic_delattr(obj, i, name, hooks)
    }

    /// `object.__delattr__(obj, name)` for an instance.
    pub(crate) fn generic_delattr(
        &mut self,
        obj: &Value,
        i: &Rc<Instance>,
        name: &str,
        hooks: u8,
    ) -> PyResult<()> {
        if hooks & (hook::DESCRIPTORS | hook::NO_DICT) != 0
            && let Some(cv) = i.class.lookup(name)
        {
            if let Some(p) = property::as_property(&cv) {
                return property::delete(self, p, obj, name);
            }
            if member::as_member(&cv).is_some() {
                return match member::storage(i)?.remove(&DictKey::str(name)) {
                    Some(_) => Ok(()),
                    None => Err(Exc::attribute_error(name)),
                };
            }
            if hooks & hook::NO_DICT != 0 {
                return Err(Exc::readonly_attribute(&i.class.tp_name(), name));
            }
        }
        match i.dict.remove(&DictKey::str(name)) {
            Some(_) => Ok(()),
            None => Err(Exc::no_attribute(&i.class.tp_name(), name)
                .with_name(name)
                .with_obj(obj)),
        }
    }
}

/// The class's `__setattr__`/`__delattr__` when Python code defines it
/// (not `object`'s own slot wrapper, which is the generic path).
fn python_hook(i: &Instance, name: &str) -> Option<Value> {
    match i.class.lookup(name)? {
        Value::Builtin(b) if b.owner == Some(crate::builtins::slots::OBJECT_SLOT) => None,
        f => Some(f),
    }
}

/// `f.name = v`: the writable function attributes, checked as CPython
/// checks them; anything else goes to the function's `__dict__`.
/// cpython: funcobject.c func_getsetlist
fn set_function_attr(f: &Rc<Function>, name: &str, v: Value) -> PyResult<()> {
    match (name, &v) {
        ("__defaults__", Value::Tuple(t)) => f.defaults.set(Some(t.clone())),
        ("__defaults__", Value::None) => f.defaults.set(None),
        ("__defaults__", _) => return Err(Exc::must_be_set_to("__defaults__", "a tuple")),
        ("__kwdefaults__", Value::Dict(d)) => f.kwdefaults.set(Some(d.clone())),
        ("__kwdefaults__", Value::None) => f.kwdefaults.set(None),
        ("__kwdefaults__", _) => return Err(Exc::must_be_set_to("__kwdefaults__", "a dict")),
        ("__closure__" | "__globals__" | "__builtins__", _) => {
            return Err(Exc::attribute_error("readonly attribute"));
        }
        ("__code__", Value::Code(_)) => {
            return Err(Exc::type_error(
                "cellar does not support assigning __code__",
            ));
        }
        ("__code__", _) => return Err(Exc::must_be_set_to("__code__", "a code")),
        ("__name__" | "__qualname__", Value::Str(s)) => {
            let mut attrs = f.attrs_mut();
            let text = Rc::from(s.as_str());
            if name == "__name__" {
                attrs.name = text
            } else {
                attrs.qualname = text
            }
        }
        ("__name__" | "__qualname__", _) => return Err(Exc::must_be_set_to(name, "a string")),
        ("__annotations__", Value::Dict(_) | Value::None) => f.attrs_mut().annotations = Some(v),
        ("__annotations__", _) => return Err(Exc::must_be_set_to("__annotations__", "a dict")),
        ("__dict__", Value::Dict(d)) => f.attrs_mut().dict = Some(d.clone()),
        ("__dict__", _) => {
            return Err(Exc::type_error(format!(
                "__dict__ must be set to a dictionary, not a '{}'",
                v.type_name()
            )));
        }
        ("__doc__", _) => f.attrs_mut().doc = v,
        ("__module__", _) => f.attrs_mut().module = v,
        _ => function_dict(f).set_str(name, v),
    }
    Ok(())
}

/// The function's `__dict__`, made on the first write.
fn function_dict(f: &Function) -> Rc<crate::value::Dict> {
    let mut attrs = f.attrs_mut();
    attrs
        .dict
        .get_or_insert_with(|| {
            let d = Rc::new(crate::value::Dict::new());
            crate::gc::track_dict(&d);
            d
        })
        .clone()
}

/// `del f.name`: defaults and docs go back to None; names cannot go.
fn del_function_attr(f: &Rc<Function>, name: &str) -> PyResult<()> {
    match name {
        "__defaults__" => f.defaults.set(None),
        "__kwdefaults__" => f.kwdefaults.set(None),
        "__doc__" | "__module__" | "__annotations__" => set_function_attr(f, name, Value::None)?,
        "__dict__" => return Err(Exc::type_error("cannot delete __dict__")),
        "__name__" | "__qualname__" | "__code__" => {
            return set_function_attr(f, name, Value::Null);
        }
        "__closure__" | "__globals__" | "__builtins__" => {
            return Err(Exc::attribute_error("readonly attribute"));
        }
        _ => {
            let removed = f.dict().and_then(|d| d.remove(&DictKey::str(name)));
            if removed.is_none() {
                return Err(Exc::no_attribute("function", name));
            }
        }
    }
    Ok(())
}

fn set_exception_attr(state: &mut crate::exception::ExcState, name: &str, v: &Value) -> bool {
    match name {
        "args" => state.args = crate::vm::ops::seq_items(v),
        "__cause__" => {
            state.cause = if v.is_none() { None } else { Some(v.clone()) };
            state.suppress_context = true;
        }
        "__context__" => state.context = if v.is_none() { None } else { Some(v.clone()) },
        _ => return false,
    }
    true
}
