//! The importable modules: dis, gc, sys, and (as they grow) functools,
//! time, math, typing. Each is built on first import.

use super::Module;
use crate::exception::{Exc, PyResult};
use crate::value::{Name, Value};
use crate::vm::Vm;

/// Builds module `name`, or None if cellar has no such module.
pub(super) fn make(name: &str) -> Option<Module> {
    let m = Module::new(name);
    match name {
        "dis" => m.def("dis", dis_dis),
        "gc" => {
            m.def("collect", gc_collect);
        }
        "sys" => {
            m.def("getrecursionlimit", sys_getrecursionlimit);
            m.def("setrecursionlimit", sys_setrecursionlimit);
        }
        _ => return None,
    }
    Some(m)
}

/// `dis.dis(f)`: prints the VM's real instructions in CPython 3.11's layout.
fn dis_dis(vm: &mut Vm, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    let code = match args.first() {
        Some(Value::Function(f)) => f.code.clone(),
        Some(Value::Code(c)) => c.clone(),
        Some(Value::Method(m)) => match &m.func {
            Value::Function(f) => f.code.clone(),
            _ => return Err(Exc::type_error("don't know how to disassemble that object")),
        },
        Some(other) => {
            return Err(Exc::type_error(format!(
                "don't know how to disassemble {} objects",
                other.type_name()
            )));
        }
        None => return Err(Exc::type_error("dis() needs a function")),
    };
    let text = crate::dis::disassemble(&code);
    vm.write_out(&text);
    Ok(Value::None)
}

fn gc_collect(_: &mut Vm, _: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Int(crate::gc::collect() as i64))
}

fn sys_getrecursionlimit(vm: &mut Vm, _: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn sys_setrecursionlimit(vm: &mut Vm, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    match args {
        [Value::Int(n)] if *n >= 1 => {
            vm.recursion_limit = (*n as usize).min(100_000);
            Ok(Value::None)
        }
        [Value::Int(_)] => Err(Exc::value_error(
            "recursion limit must be greater or equal than 1",
        )),
        _ => Err(Exc::type_error(
            "setrecursionlimit() takes exactly one integer argument",
        )),
    }
}
