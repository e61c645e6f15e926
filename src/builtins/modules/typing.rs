//! `typing`: the common names as placeholder classes, so annotations
//! import and subscript (`Callable[[int], int]` is the class itself).

use super::super::Module;
use super::super::methods::native::native_class;
use crate::exception::PyResult;
use crate::value::{Name, Value};
use crate::vm::Vm;

const NAMES: [&str; 26] = [
    "Any",
    "Callable",
    "List",
    "Dict",
    "Tuple",
    "Set",
    "FrozenSet",
    "Optional",
    "Union",
    "Iterator",
    "Iterable",
    "Generator",
    "Sequence",
    "Mapping",
    "Type",
    "NamedTuple",
    "Protocol",
    "Literal",
    "Final",
    "ClassVar",
    "Hashable",
    "Sized",
    "Concatenate",
    "Awaitable",
    "Coroutine",
    "DefaultDict",
];

pub(super) fn module(m: &Module) {
    for name in NAMES {
        m.set(name, Value::Class(native_class(name, "typing", &[])));
    }
    for name in ["TypeVar", "ParamSpec"] {
        let methods: &[(&'static str, crate::value::BuiltinFn)] = &[
            ("__init__", typevar_init),
            ("__repr__", typevar_repr),
            ("__or__", union),
            ("__ror__", union),
        ];
        m.set(name, Value::Class(native_class(name, "typing", methods)));
    }
    m.set("TYPE_CHECKING", Value::Bool(false));
}

/// `TypeVar('T', ...)`: keeps the name for its repr `~T`.
fn typevar_init(_: &mut Vm, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    if let (Some(Value::Instance(i)), Some(name)) = (args.first(), args.get(1)) {
        i.dict.set_str("__name__", name.clone());
        i.dict.set_str("args", Value::str("args"));
        i.dict.set_str("kwargs", Value::str("kwargs"));
    }
    Ok(Value::None)
}

/// `T | None` in an annotation: annotations are stored, never checked,
/// so the union is represented by its left operand.
fn union(_: &mut Vm, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn typevar_repr(_: &mut Vm, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    let name = match args.first() {
        Some(Value::Instance(i)) => i.dict.get_str("__name__"),
        _ => None,
    };
    let name = name
        .as_ref()
        .and_then(|n| n.as_str())
        .unwrap_or("T")
        .to_string();
    Ok(Value::str(format!("~{name}")))
}
