//! `types`: the classes of the values cellar has, by their CPython names
//! (`CellType`, `FunctionType`, `CodeType`, `GeneratorType`, `MethodType`,
//! `CoroutineType`, ...) and `SimpleNamespace`.

use super::super::Module;
use super::super::methods::native::{native_class, this_of};
use super::super::types::builtin_class;
use crate::exception::{Exc, PyResult};
use crate::value::{Class, Name, TypeKind, Value};
use crate::vm::Vm;
use std::rc::Rc;

type Kw<'a> = &'a [(Name, Value)];

thread_local! {
    static NAMESPACE: Rc<Class> = native_class(
        "SimpleNamespace",
        "types",
        &[("__init__", ns_init), ("__repr__", ns_repr), ("__eq__", ns_eq)],
    );
}

pub(super) fn module(m: &Module) {
    let types: [(&str, &'static str, TypeKind); 12] = [
        ("CellType", "cell", TypeKind::Cell),
        ("FunctionType", "function", TypeKind::Function),
        ("LambdaType", "function", TypeKind::Function),
        ("CodeType", "code", TypeKind::Code),
        ("GeneratorType", "generator", TypeKind::Generator),
        ("CoroutineType", "coroutine", TypeKind::Generator),
        ("AsyncGeneratorType", "async_generator", TypeKind::Generator),
        ("MethodType", "method", TypeKind::Method),
        (
            "BuiltinFunctionType",
            "builtin_function_or_method",
            TypeKind::BuiltinFunction,
        ),
        (
            "BuiltinMethodType",
            "builtin_function_or_method",
            TypeKind::BuiltinFunction,
        ),
        ("ModuleType", "module", TypeKind::Module),
        ("NoneType", "NoneType", TypeKind::NoneType),
    ];
    for (attr, name, kind) in types {
        m.set(attr, Value::Class(builtin_class(name, kind)));
    }
    m.set(
        "SimpleNamespace",
        Value::Class(NAMESPACE.with(|c| c.clone())),
    );
}

/// `SimpleNamespace(**kwargs)`: the keywords become attributes.
fn ns_init(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let class = NAMESPACE.with(|c| c.clone());
    let Some(this) = this_of(args, &class) else {
        return Err(Exc::type_error(
            "SimpleNamespace.__init__ needs a namespace",
        ));
    };
    if args.len() > 1 {
        return Err(Exc::type_error("no positional arguments expected"));
    }
    for (k, v) in kw {
        this.dict.set_str(k, v.clone());
    }
    Ok(Value::None)
}

/// `namespace(a=1, b='x')`
fn ns_repr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let Some(Value::Instance(this)) = args.first() else {
        return Err(Exc::type_error(
            "SimpleNamespace.__repr__ needs a namespace",
        ));
    };
    let mut parts = Vec::new();
    for (k, v) in this.dict.items() {
        let name = vm.to_str(&k)?;
        parts.push(format!("{name}={}", vm.repr(&v)?));
    }
    let name = if this.class.heap_type {
        this.class.name.to_string()
    } else {
        "namespace".into()
    };
    Ok(Value::str(format!("{name}({})", parts.join(", "))))
}

/// Two namespaces are equal when their attributes are.
fn ns_eq(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    match args {
        [Value::Instance(a), Value::Instance(b)] if Rc::ptr_eq(&a.class, &b.class) => {
            let (x, y) = (Value::Dict(a.dict.clone()), Value::Dict(b.dict.clone()));
            Ok(Value::Bool(vm.eq(&x, &y)?))
        }
        _ => Ok(Value::NotImplemented),
    }
}
