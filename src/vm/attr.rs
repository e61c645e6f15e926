//! Attributes: `obj.name` reads, writes and deletes, and LOAD_METHOD.
//! Introspection attributes (`__code__`, `__closure__`, `cell_contents`,
//! `co_freevars`, ...) are answered from the real objects.

use super::Vm;
use crate::exception::{Exc, PyResult};
use crate::value::dict::StrKey;
use crate::value::{BoundMethod, Function, Instance, Name, Value};
use std::rc::Rc;

impl Vm {
    /// `obj.name`
    pub fn get_attr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        self.get_attr_key(obj, &StrKey::new(name))
    }

    /// `obj.name` with the name hashed beforehand.
    pub(crate) fn get_attr_key(&mut self, obj: &Value, key: &StrKey) -> PyResult<Value> {
        let name = key.text();
        let found = match obj {
            Value::Instance(i) => return self.instance_attr(obj, i, key),
            Value::Function(f) => function_attr(f, name),
            Value::Code(c) => code_attr(c, name),
            Value::Cell(c) if name == "cell_contents" => {
                return c.get().ok_or_else(Exc::cell_empty);
            }
            Value::Class(c) => class_attr(c, name),
            Value::Module(m) => m.get(name),
            Value::Super(s) => return crate::builtins::superobj::super_attr(s, name),
            Value::Slice(s) => crate::builtins::slice_attr(s, name),
            Value::Int(_)
            | Value::BigInt(_)
            | Value::Bool(_)
            | Value::Float(_)
            | Value::Complex(_) => crate::value::int::number_attribute(obj, name),
            Value::Method(m) => match name {
                "__self__" => Some(m.this.clone()),
                "__func__" => Some(m.func.clone()),
                _ => return self.get_attr(&m.func.clone(), name),
            },
            Value::Generator(g) => generator_attr(g, name),
            Value::Builtin(b) => match name {
                "__name__" | "__qualname__" => Some(Value::str(b.name)),
                "__self__" => Some(b.this.clone().unwrap_or(Value::None)),
                _ => None,
            },
            _ => None,
        };
        if let Some(v) = found {
            return Ok(v);
        }
        if let Some(m) = crate::builtins::method(obj, name) {
            return Ok(bind_builtin(m, obj));
        }
        if let Some(v) = crate::builtins::slots::slot_attr(obj, name) {
            return Ok(v);
        }
        if name.starts_with("__")
            && let Some(v) = crate::builtins::dunder_attr(obj, name)
        {
            return Ok(v);
        }
        Err(self.no_attribute(obj, name).with_name(name).with_obj(obj))
    }

    fn no_attribute(&self, obj: &Value, name: &str) -> Exc {
        match obj {
            Value::Class(c) => Exc::attribute_error(format!(
                "type object '{}' has no attribute '{}'",
                c.name, name
            )),
            Value::Module(m) => {
                Exc::attribute_error(format!("module '{}' has no attribute '{}'", m.name, name))
            }
            _ => Exc::no_attribute(&obj.type_name(), name),
        }
    }

    /// Instance attributes: its own dict, then the class (functions bind).
    fn instance_attr(&mut self, obj: &Value, inst: &Rc<Instance>, key: &StrKey) -> PyResult<Value> {
        let name = key.text();
        if inst.class.plain_attributes()
            && let Some(v) = inst.dict.get_key(key)
        {
            return Ok(v);
        }
        let class_attr = inst.class.lookup_key(key);
        if let Some(p) = class_attr
            .as_ref()
            .and_then(crate::builtins::property::as_property)
        {
            return crate::builtins::property::get(self, p, obj, name);
        }
        if class_attr
            .as_ref()
            .and_then(crate::builtins::member::as_member)
            .is_some()
        {
            return crate::builtins::member::storage(inst)?
                .get_key(key)
                .ok_or_else(|| {
                    Exc::no_attribute(&inst.class.name, name)
                        .with_name(name)
                        .with_obj(obj)
                });
        }
        if let Some(v) = inst.dict.get_key(key) {
            return Ok(v);
        }
        if let Some(v) = exception_attr(inst, name) {
            return Ok(v);
        }
        if let Some(v) = class_attr {
            if let Some(bound) = crate::builtins::method_kinds::bind_to_class(&v, &inst.class) {
                return Ok(bound);
            }
            return Ok(bind(v, obj));
        }
        if let Some(p) = &inst.payload
            && let Some(m) = super::payload::payload_attr(p, name)
        {
            return Ok(m);
        }
        if let Some(p) = super::payload::number_payload(obj)
            && matches!(name, "real" | "imag" | "numerator" | "denominator")
        {
            return self.get_attr(&p.clone(), name);
        }
        if name == "__dict__" && inst.class.hooks.get() & crate::value::class::hook::NO_DICT == 0 {
            // Now reachable from Python on its own: the collector must see
            // the dict as an object (it may end up in a cycle).
            if !inst.dict.gc.is_tracked() {
                crate::gc::track_dict(&inst.dict);
            }
            return Ok(Value::Dict(inst.dict.clone()));
        }
        if let Some(v) = crate::builtins::slots::slot_attr(obj, name) {
            return Ok(v);
        }
        if let Some(getattr) = inst.class.lookup("__getattr__") {
            return self.call(&getattr, vec![obj.clone(), Value::str(name)]);
        }
        Err(Exc::no_attribute(&inst.class.tp_name(), name)
            .with_name(name)
            .with_obj(obj))
    }

    /// LOAD_METHOD: `(method, self)` when `name` is a method found on the
    /// type (no bound object made), else `(NULL, attribute)`.
    pub(crate) fn load_method(&mut self, obj: Value, key: &StrKey) -> PyResult<(Value, Value)> {
        let name = key.text();
        match &obj {
            Value::Instance(i) => {
                if i.dict.get_key(key).is_none()
                    && let Some(f @ Value::Function(_)) = i.class.lookup_key(key)
                {
                    return Ok((f, obj));
                }
            }
            Value::Class(_) | Value::Module(_) | Value::Function(_) => {}
            _ => {
                if let Some(m) = crate::builtins::method(&obj, name) {
                    return Ok((m, obj));
                }
            }
        }
        let attr = self.get_attr_key(&obj, key)?;
        Ok((Value::Null, attr))
    }
}

impl Vm {
    /// Calls special method `m`, found on `class`, with `args` (the
    /// instance first): a staticmethod gets the rest, a classmethod the
    /// class and the rest, as CPython's slots bind them.
    pub(crate) fn call_special(
        &mut self,
        m: &Value,
        class: &Rc<crate::value::Class>,
        mut args: Vec<Value>,
    ) -> PyResult<Value> {
        if let Some(bound) = crate::builtins::method_kinds::bind_to_class(m, class) {
            args.remove(0);
            return self.call(&bound, args);
        }
        self.call(m, args)
    }

    /// A special method (`__enter__`, `__exit__`) as CPython looks it up:
    /// on the type, never the instance, bound to `obj`; None when absent.
    pub(crate) fn special_method(&mut self, obj: &Value, name: &str) -> Option<Value> {
        match obj {
            Value::Instance(i) => {
                let v = i.class.lookup(name)?;
                let bound = crate::builtins::method_kinds::bind_to_class(&v, &i.class);
                Some(bound.unwrap_or_else(|| bind(v, obj)))
            }
            _ => crate::builtins::method(obj, name).map(|m| bind(m, obj)),
        }
    }
}

/// A class attribute seen through an instance: functions become bound methods.
fn bind(v: Value, obj: &Value) -> Value {
    match &v {
        Value::Function(_) => Value::Method(Rc::new(BoundMethod {
            func: v,
            this: obj.clone(),
        })),
        Value::Builtin(b) if b.this.is_none() && b.owner.is_some() => {
            // a builtin type's method found on a subclass acts on the payload
            let this = super::payload::payload_of(obj).unwrap_or(obj);
            bind_builtin(v.clone(), this)
        }
        _ => v,
    }
}

/// An unbound builtin method bound to `obj` (`[].append`).
fn bind_builtin(m: Value, obj: &Value) -> Value {
    match &m {
        Value::Builtin(b) => Value::Builtin(Rc::new(crate::value::Builtin {
            name: b.name,
            func: b.func,
            this: Some(obj.clone()),
            owner: b.owner,
        })),
        _ => m,
    }
}

fn names_tuple(names: &[Name]) -> Value {
    Value::tuple(names.iter().map(|n| Value::str(n.to_string())).collect())
}

fn function_attr(f: &Rc<Function>, name: &str) -> Option<Value> {
    Some(match name {
        "__name__" => Value::str(f.name().to_string()),
        "__qualname__" => Value::str(f.qualname().to_string()),
        "__doc__" => f.doc(),
        "__module__" => f.module(),
        "__code__" => Value::Code(f.code.clone()),
        "__closure__" if f.closure.is_empty() => Value::None,
        "__closure__" => Value::tuple(f.closure.iter().map(|c| Value::Cell(c.clone())).collect()),
        "__defaults__" => f.defaults().map_or(Value::None, Value::Tuple),
        "__kwdefaults__" => f.kwdefaults().map_or(Value::None, Value::Dict),
        "__annotations__" => function_annotations(f),
        "__dict__" => match f.dict() {
            Some(d) => Value::Dict(d),
            None => Value::dict(crate::value::Dict::new()),
        },
        "__globals__" => Value::Dict(f.globals.as_dict()),
        _ => return f.dict().and_then(|d| d.get_str(name)),
    })
}

/// `f.__annotations__`: the def's, or what was assigned; after `del` or
/// `= None`, a new empty dict that stays.
fn function_annotations(f: &Function) -> Value {
    let assigned = f
        .attrs
        .borrow()
        .as_ref()
        .and_then(|a| a.annotations.clone());
    match (assigned, &f.annotations) {
        (Some(Value::None), _) | (None, None) => {
            let d = Value::dict(crate::value::Dict::new());
            f.attrs_mut().annotations = Some(d.clone());
            d
        }
        (Some(v), _) => v,
        (None, Some(d)) => Value::Dict(d.clone()),
    }
}

fn code_attr(c: &crate::code::Code, name: &str) -> Option<Value> {
    Some(match name {
        "co_name" => Value::str(c.name.to_string()),
        "co_qualname" => Value::str(c.qualname.to_string()),
        "co_filename" => Value::str(c.filename.to_string()),
        "co_varnames" => names_tuple(&c.varnames),
        "co_cellvars" => names_tuple(&c.cellvars),
        "co_freevars" => names_tuple(&c.freevars),
        "co_names" => names_tuple(&c.names),
        "co_argcount" => Value::Int(c.argcount as i64),
        "co_posonlyargcount" => Value::Int(c.posonlyargcount as i64),
        "co_kwonlyargcount" => Value::Int(c.kwonlyargcount as i64),
        "co_nlocals" => Value::Int(c.varnames.len() as i64),
        "co_firstlineno" => Value::Int(c.firstlineno as i64),
        "co_flags" => Value::Int(c.flags as i64),
        "co_consts" => Value::tuple(c.consts.clone()),
        _ => return None,
    })
}

fn class_attr(c: &Rc<crate::value::Class>, name: &str) -> Option<Value> {
    if let Some(v) = c.lookup(name) {
        return crate::builtins::method_kinds::bind_to_class(&v, c).or(Some(v));
    }
    Some(match name {
        "__name__" => Value::str(c.name.to_string()),
        "__qualname__" => Value::str(c.qualname.to_string()),
        "__module__" => Value::str(c.module.to_string()),
        "__bases__" => Value::tuple(c.bases().into_iter().map(Value::Class).collect()),
        "__mro__" => Value::tuple(c.mro().into_iter().map(Value::Class).collect()),
        "mro" => Value::Builtin(Rc::new(crate::value::Builtin {
            name: "mro",
            func: class_mro,
            this: Some(Value::Class(c.clone())),
            owner: Some("type"),
        })),
        "__dict__" => crate::builtins::mappingproxy::of(c),
        "__doc__" => Value::None,
        "__new__" => super::payload::type_new_value(),
        _ => return None,
    })
}

/// `C.mro()`: the MRO as a list.
fn class_mro(_: &mut Vm, args: &[Value], kw: &[(crate::value::Name, Value)]) -> PyResult<Value> {
    crate::builtins::no_kwargs("mro", kw)?;
    match args {
        [Value::Class(c)] => Ok(Value::list(c.mro().into_iter().map(Value::Class).collect())),
        _ => Err(Exc::type_error(format!(
            "mro() takes no arguments ({} given)",
            args.len().saturating_sub(1)
        ))),
    }
}

fn exception_attr(inst: &Instance, name: &str) -> Option<Value> {
    let state = inst.exc.as_ref()?.borrow();
    Some(match name {
        "args" => Value::tuple(state.args.clone()),
        "__cause__" => state.cause.clone().unwrap_or(Value::None),
        "__context__" => state.context.clone().unwrap_or(Value::None),
        "__suppress_context__" => Value::Bool(state.suppress_context),
        "__traceback__" => crate::builtins::traceback_obj::chain(&state.traceback),
        "code"
            if inst.class.is_subclass(&crate::exception::class_of(
                crate::exception::ExcKind::SystemExit,
            )) =>
        {
            crate::exception::system_exit_code(&state.args)
        }
        "value"
            if inst.class.is_subclass(&crate::exception::class_of(
                crate::exception::ExcKind::StopIteration,
            )) =>
        {
            state.args.first().cloned().unwrap_or(Value::None)
        }
        "message" | "exceptions" if state.group.is_some() => {
            drop(state);
            return crate::exception::group::group_attr(inst, name);
        }
        _ => return None,
    })
}

/// `gi_code`/`cr_code`/`ag_code`, `*_running` and `gi_yieldfrom`/
/// `cr_await`/`ag_await` (what it delegates to), by the kind's prefix.
fn generator_attr(g: &crate::value::Generator, name: &str) -> Option<Value> {
    let prefix = if g.code.is_coroutine() {
        "cr_"
    } else if g.code.is_async_generator() {
        "ag_"
    } else {
        "gi_"
    };
    if let Some(field) = name.strip_prefix(prefix) {
        let st = g.state.borrow();
        return match field {
            "code" => Some(Value::Code(g.code.clone())),
            "running" if prefix == "ag_" => Some(Value::Bool(st.running_async)),
            "running" => Some(Value::Bool(st.running)),
            "await" | "yieldfrom" if (field == "yieldfrom") == (prefix == "gi_") => {
                drop(st);
                Some(super::yield_from::delegate_of(g).unwrap_or(Value::None))
            }
            _ => None,
        };
    }
    match name {
        "__name__" => Some(Value::str(g.name.to_string())),
        "__qualname__" => Some(Value::str(g.qualname.to_string())),
        _ => None,
    }
}
