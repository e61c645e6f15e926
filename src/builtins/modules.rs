//! The importable modules written in Rust: dis, gc, sys, functools,
//! time, math, cmath, operator, typing, datetime.
//! Each is built on first import; one file per module under `modules/`.

mod cmath;
mod datetime;
mod disinfo;
mod functools;
mod math;
mod operator;
mod pyinspect;
mod pytypes;
mod sys;
mod thread;
pub(crate) mod time;
mod typing;
mod weakref;

use super::Module;
use crate::exception::{Exc, PyResult};
use crate::value::{Name, Value};
use crate::vm::Vm;

/// Builds module `name`, or None if cellar has no such module.
pub(super) fn make(name: &str) -> Option<Module> {
    let m = Module::new(name);
    match name {
        "dis" => {
            m.def("dis", dis_dis);
            disinfo::module(&m);
        }
        "gc" => sys::gc_module(&m),
        "sys" => sys::sys_module(&m),
        "functools" => functools::module(&m),
        "time" => time::module(&m),
        "_thread" => thread::module(&m),
        "math" => math::module(&m),
        "cmath" => cmath::module(&m),
        "operator" => operator::module(&m),
        "typing" => typing::module(&m),
        "datetime" => datetime::module(&m),
        "weakref" => weakref::module(&m),
        "types" => pytypes::module(&m),
        "inspect" => pyinspect::module(&m),
        _ => return None,
    }
    Some(m)
}

/// `dis.dis(f)`: prints the VM's real instructions in CPython 3.11's layout.
/// `dis.dis(source)`: compiled as an expression if it is one, else as
/// statements, under the name `<dis>` (cpython: dis._try_compile).
fn source_code(vm: &mut Vm, src: &str) -> PyResult<std::rc::Rc<crate::code::Code>> {
    use super::functions::exec::compiled;
    compiled(vm, src, "<dis>", crate::Mode::Eval)
        .or_else(|_| compiled(vm, src, "<dis>", crate::Mode::Exec))
}

fn dis_dis(vm: &mut Vm, args: &[Value], _: &[(Name, Value)]) -> PyResult<Value> {
    let code = match args.first() {
        Some(Value::Function(f)) => f.code.clone(),
        Some(Value::Code(c)) => c.clone(),
        Some(Value::Method(m)) => match &m.func {
            Value::Function(f) => f.code.clone(),
            _ => return Err(Exc::type_error("don't know how to disassemble that object")),
        },
        Some(Value::Str(src)) => source_code(vm, src.as_str())?,
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
