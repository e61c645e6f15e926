//! `weakref`: `ref` (= `ReferenceType`) and `finalize`, over the heap's
//! weak table (`src/weak.rs`). A Python weakref or finalize object is an
//! instance of a native class whose dict holds its table id (`_id`);
//! `finalize.alive` and `atexit` are plain attributes kept up to date.

use super::super::Module;
use super::super::methods::native::{native_class, this_of};
use crate::exception::{Exc, ExcKind, PyResult};
use crate::value::{Class, Instance, Name, Value};
use crate::vm::Vm;
use crate::weak::{Action, Target};
use std::rc::Rc;

type Kw<'a> = &'a [(Name, Value)];

thread_local! {
    static REF: Rc<Class> = native_class(
        "ReferenceType",
        "weakref",
        &[("__init__", ref_init), ("__call__", ref_call), ("__repr__", ref_repr)],
    );
    static FINALIZE: Rc<Class> = native_class(
        "finalize",
        "weakref",
        &[
            ("__init__", finalize_init),
            ("__call__", finalize_call),
            ("__repr__", finalize_repr),
            ("detach", detach),
            ("peek", peek),
        ],
    );
}

pub(super) fn module(m: &Module) {
    let r = Value::Class(REF.with(|c| c.clone()));
    m.set("ref", r.clone());
    m.set("ReferenceType", r);
    m.set("finalize", Value::Class(FINALIZE.with(|c| c.clone())));
    for name in [
        "WeakValueDictionary",
        "WeakKeyDictionary",
        "WeakSet",
        "WeakMethod",
        "proxy",
    ] {
        m.def(name, lacking);
    }
}

/// The weakref names cellar does not have.
fn lacking(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Err(Exc::new(
        ExcKind::NotImplementedError,
        "cellar's weakref has ref and finalize only",
    ))
}

/// `cannot create weak reference to 'int' object`
fn target_of(v: &Value) -> PyResult<Target> {
    Target::of(v).ok_or_else(|| {
        Exc::type_error(format!(
            "cannot create weak reference to '{}' object",
            v.type_name()
        ))
    })
}

/// The table id an object keeps in its dict.
fn id_of(this: &Instance) -> Option<i64> {
    match this.dict.get_str("_id") {
        Some(Value::Int(i)) => Some(i),
        _ => None,
    }
}

fn this_ref(args: &[Value]) -> PyResult<Rc<Instance>> {
    let class = REF.with(|c| c.clone());
    this_of(args, &class)
        .cloned()
        .ok_or_else(|| Exc::type_error("descriptor requires a 'weakref.ReferenceType' object"))
}

/// `weakref.ref(obj, callback=None)`
fn ref_init(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let this = this_ref(args)?;
    crate::builtins::no_kwargs("ref", kw)?;
    let given = &args[1..];
    crate::builtins::methods::check_positional("__new__", given.len(), 1, 2)?;
    let obj = &given[0];
    let callback = given.get(1).filter(|c| !c.is_none()).cloned();
    let target = target_of(obj)?;
    this.dict
        .set_str("__callback__", callback.clone().unwrap_or(Value::None));
    let has_code = callback.is_some();
    let action = Action::Ref {
        owner: Rc::downgrade(&this),
        callback,
    };
    let id = vm.heap.weak.borrow_mut().add(target, obj, action);
    this.dict.set_str("_id", Value::Int(id));
    if has_code {
        vm.heap.request();
    }
    Ok(Value::None)
}

/// `r()`: the object, or None once it is gone.
fn ref_call(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let this = this_ref(args)?;
    crate::builtins::methods::no_args("weakref", args, kw)?;
    let table = vm.heap.weak.borrow();
    let entry = id_of(&this).and_then(|id| table.get(id));
    Ok(entry.and_then(|e| e.target.get()).unwrap_or(Value::None))
}

/// `<weakref at 0x...; to 'Foo' at 0x...>`, `... (name)>` for objects
/// with a `__name__`, `<weakref at 0x...; dead>`.
fn ref_repr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let this = this_ref(args)?;
    let me = Value::Instance(this.clone()).address();
    let live = {
        let table = vm.heap.weak.borrow();
        let entry = id_of(&this).and_then(|id| table.get(id));
        entry.and_then(|e| Some((e.target.get()?, e.target_type.clone())))
    };
    let Some((obj, ty)) = live else {
        return Ok(Value::str(format!("<weakref at {me:#x}; dead>")));
    };
    let name = match &obj {
        Value::Function(f) => format!(" ({})", f.name()),
        Value::Class(c) => format!(" ({})", c.name),
        _ => String::new(),
    };
    Ok(Value::str(format!(
        "<weakref at {me:#x}; to '{ty}' at {:#x}{name}>",
        obj.address()
    )))
}

fn this_finalize(args: &[Value]) -> PyResult<Rc<Instance>> {
    let class = FINALIZE.with(|c| c.clone());
    this_of(args, &class)
        .cloned()
        .ok_or_else(|| Exc::type_error("descriptor requires a 'weakref.finalize' object"))
}

/// `weakref.finalize(obj, func, /, *args, **kwargs)`
fn finalize_init(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let this = this_finalize(args)?;
    let [_, obj, func, rest @ ..] = args else {
        return Err(Exc::type_error(format!(
            "__init__() missing {} required positional argument{}",
            3 - args.len(),
            if args.len() == 2 {
                ": 'func'"
            } else {
                "s: 'obj' and 'func'"
            }
        )));
    };
    let target = target_of(obj)?;
    let action = Action::Finalize {
        owner: this.clone(),
        func: func.clone(),
        args: rest.to_vec(),
        kwargs: kw.to_vec(),
    };
    let id = vm.heap.weak.borrow_mut().add(target, obj, action);
    this.dict.set_str("_id", Value::Int(id));
    this.dict.set_str("alive", Value::Bool(true));
    this.dict.set_str("atexit", Value::Bool(true));
    vm.heap.request();
    Ok(Value::None)
}

/// Takes a finalizer out of the table (it will not run again).
fn take(vm: &mut Vm, this: &Instance) -> Option<crate::weak::Entry> {
    let entry = id_of(this).and_then(|id| vm.heap.weak.borrow_mut().remove(id));
    if entry.is_some() {
        this.dict.set_str("alive", Value::Bool(false));
    }
    entry
}

/// `f()`: runs the finalizer now if it is alive; returns its result.
fn finalize_call(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let this = this_finalize(args)?;
    match take(vm, &this).map(|e| e.action) {
        Some(Action::Finalize {
            func, args, kwargs, ..
        }) => vm.call_value(&func, args, kwargs),
        _ => Ok(Value::None),
    }
}

/// `(obj, func, args, kwargs)` of an alive finalizer whose object lives.
fn parts(e: &crate::weak::Entry) -> Value {
    let (
        Some(obj),
        Action::Finalize {
            func, args, kwargs, ..
        },
    ) = (e.target.get(), &e.action)
    else {
        return Value::None;
    };
    let kw = crate::value::Dict::new();
    for (k, v) in kwargs {
        kw.set_str(k, v.clone());
    }
    Value::tuple(vec![
        obj,
        func.clone(),
        Value::tuple(args.clone()),
        Value::dict(kw),
    ])
}

/// `f.detach()`: the parts, and the finalizer is dead.
fn detach(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let this = this_finalize(args)?;
    let alive_obj = {
        let table = vm.heap.weak.borrow();
        id_of(&this).and_then(|id| table.get(id).map(parts))
    };
    match alive_obj {
        Some(p) if !p.is_none() => {
            take(vm, &this);
            Ok(p)
        }
        _ => Ok(Value::None),
    }
}

/// `f.peek()`: the parts, the finalizer still alive.
fn peek(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let this = this_finalize(args)?;
    let table = vm.heap.weak.borrow();
    Ok(id_of(&this)
        .and_then(|id| table.get(id).map(parts))
        .unwrap_or(Value::None))
}

/// `<finalize object at 0x...; for 'Foo' at 0x...>` or `...; dead>`.
fn finalize_repr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let this = this_finalize(args)?;
    let me = Value::Instance(this.clone()).address();
    let table = vm.heap.weak.borrow();
    let entry = id_of(&this).and_then(|id| table.get(id));
    Ok(Value::str(match entry.filter(|e| e.target.is_alive()) {
        Some(e) => format!(
            "<finalize object at {me:#x}; for '{}' at {:#x}>",
            e.target_type, e.target_addr
        ),
        None => format!("<finalize object at {me:#x}; dead>"),
    }))
}
