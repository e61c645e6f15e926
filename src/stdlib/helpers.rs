//! Builtins that only the bundled modules see (names starting with `_`,
//! bound in their namespace, never in the user's): what CPython's Python
//! modules get from C or from `exec`.

use crate::builtins::builtin;
use crate::exception::{Exc, PyResult};
use crate::value::{Dict, Name, Value};
use crate::vm::{Globals, Vm};
use std::rc::Rc;

type Kw<'a> = &'a [(Name, Value)];

/// Binds the helpers in a bundled module's namespace.
pub(super) fn install(globals: &Globals) {
    globals.set_builtin("_exec", builtin("_exec", exec));
    globals.set_builtin("_caller_module", builtin("_caller_module", caller_module));
    let random: [(&'static str, crate::value::BuiltinFn); 6] = [
        ("_mt_new", super::mt::new_state),
        ("_mt_seed", super::mt::seed),
        ("_mt_random", super::mt::random),
        ("_mt_getrandbits", super::mt::getrandbits),
        ("_sha512_seed", super::mt::sha512_seed),
        ("_entropy", super::mt::entropy),
    ];
    let asyncio: [(&'static str, crate::value::BuiltinFn); 4] = [
        ("_set_asyncgen_hooks", super::aio::set_asyncgen_hooks),
        ("_monotonic", super::aio::monotonic),
        ("_sleep_until", super::aio::sleep_until_deadline),
        ("_coro_where", super::aio::coro_where),
    ];
    for (name, f) in random.into_iter().chain(asyncio) {
        globals.set_builtin(name, builtin(name, f));
    }
}

/// `_exec(source, namespace)`: runs generated source (namedtuple's
/// `__new__`, dataclass methods) as CPython's `exec` does, in a namespace
/// seeded from the dict and copied back into it. Its code is `<string>`.
fn exec(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [Value::Str(src), Value::Dict(ns)] = args else {
        return Err(Exc::type_error("_exec(source, namespace)"));
    };
    let code = crate::compile(src.as_str(), "<string>", crate::Mode::Exec)
        .map_err(|e| Exc::runtime_error(format!("cellar: generated code: {e:?}")))?;
    let globals = Rc::new(Globals::default());
    for (k, v) in ns.items() {
        if let Value::Str(k) = k {
            globals.set_by_name(k.as_str(), v);
        }
    }
    super::run_in(vm, code, &globals)?;
    copy_back(&globals, ns);
    Ok(Value::None)
}

fn copy_back(globals: &Globals, ns: &Dict) {
    for (k, v) in globals.items() {
        ns.set_str(&k, v);
    }
}

/// `_caller_module()`: the `__name__` of the code that called the running
/// function (CPython's `sys._getframe(1).f_globals['__name__']`).
fn caller_module(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    let n = vm.frames.len();
    let name = match n.checked_sub(2).map(|i| &vm.frames[i]) {
        Some(frame) => match &frame.func {
            Some(f) => f.globals.get_by_name("__name__"),
            None => vm.globals.get_by_name("__name__"),
        },
        None => None,
    };
    Ok(name.unwrap_or_else(|| Value::str("__main__")))
}
