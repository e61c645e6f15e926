//! `sys.stdout` and `sys.stderr`: text streams over the VM's output and
//! the process's stderr (`write`, `flush`), and `print(..., file=f)`,
//! which writes to them or calls any other object's `write`.

use super::methods::native::{native_class, new_instance, this_of};
use crate::exception::{Exc, PyResult};
use crate::value::{Class, Name, Value};
use crate::vm::Vm;
use std::rc::Rc;

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Name, Value)];

thread_local! {
    static STREAM: Rc<Class> = native_class(
        "TextIOWrapper",
        "_io",
        &[
            ("write", write),
            ("flush", flush),
            ("writable", yes),
            ("isatty", no),
            ("__repr__", stream_repr),
        ],
    );
}

/// The stream object for file descriptor 1 (stdout) or 2 (stderr).
pub fn stream(fd: i64) -> Value {
    let name = if fd == 1 { "<stdout>" } else { "<stderr>" };
    new_instance(
        &STREAM.with(|c| c.clone()),
        &[
            ("name", Value::str(name)),
            ("mode", Value::str("w")),
            ("encoding", Value::str("utf-8")),
            ("_cellar_fd", Value::Int(fd)),
        ],
    )
}

/// Which standard stream `v` is (1 or 2), if it is one.
fn fd_of(v: &Value) -> Option<i64> {
    let class = STREAM.with(|c| c.clone());
    match this_of(std::slice::from_ref(v), &class)?
        .dict
        .get_str("_cellar_fd")
    {
        Some(Value::Int(fd)) => Some(fd),
        _ => None,
    }
}

/// Writes `text` to a standard stream.
fn emit(vm: &mut Vm, fd: i64, text: &str) {
    if fd == 1 {
        vm.write_out(text);
    } else {
        vm.write_err(text);
    }
}

/// `print`'s output to `file`: the standard streams take the whole text;
/// any other object gets one `write` call per piece, as CPython makes them.
pub fn print_to(vm: &mut Vm, file: &Value, pieces: &[String], flush: bool) -> PyResult<()> {
    if let Some(fd) = fd_of(file) {
        emit(vm, fd, &pieces.concat());
        if flush {
            vm.flush_out();
        }
        return Ok(());
    }
    let write = vm.get_attr(file, "write")?;
    for p in pieces {
        vm.call(&write, vec![Value::str(p.as_str())])?;
    }
    if flush {
        let f = vm.get_attr(file, "flush")?;
        vm.call(&f, vec![])?;
    }
    Ok(())
}

/// `stream.write(s)`: the number of characters written.
fn write(vm: &mut Vm, args: Args, kw: Kw) -> PyResult<Value> {
    super::no_kwargs("write", kw)?;
    let (Some(fd), [_, s]) = (args.first().and_then(fd_of), args) else {
        return Err(Exc::type_error(format!(
            "write() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    let Value::Str(s) = s else {
        return Err(Exc::type_error(format!(
            "write() argument must be str, not {}",
            s.type_name()
        )));
    };
    emit(vm, fd, s.as_str());
    Ok(Value::Int(s.len() as i64))
}

fn flush(vm: &mut Vm, _: Args, _: Kw) -> PyResult<Value> {
    vm.flush_out();
    Ok(Value::None)
}

fn yes(_: &mut Vm, _: Args, _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

fn no(_: &mut Vm, _: Args, _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

/// `<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>`
fn stream_repr(_: &mut Vm, args: Args, _: Kw) -> PyResult<Value> {
    let name = if args.first().and_then(fd_of) == Some(1) {
        "<stdout>"
    } else {
        "<stderr>"
    };
    Ok(Value::str(format!(
        "<_io.TextIOWrapper name='{name}' mode='w' encoding='utf-8'>"
    )))
}
