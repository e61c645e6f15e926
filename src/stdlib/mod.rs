//! Standard modules written in Python (one `.py` file each, listed in
//! `BUNDLED`): their source is embedded in the binary and compiled by
//! cellar itself on first import, so `:dis` and `:closure` show their real
//! code and cells.
//!
//! ```text
//! import collections ─▶ compile(<cellar collections>) ─▶ run in a fresh
//! namespace (plus the helpers of `helpers.rs`) ─▶ module object
//! ```
//!
//! Modules that stand for CPython's C code keep their frames out of
//! tracebacks, as C functions leave none.

mod aio;
mod helpers;
mod mt;
mod sha512;

use crate::builtins::Module;
use crate::code::Code;
use crate::exception::{Exc, PyResult};
use crate::value::{Function, Value};
use crate::vm::{Globals, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// One bundled module.
struct Bundled {
    name: &'static str,
    source: &'static str,
    /// CPython implements it in C: its frames never show in a traceback.
    native: bool,
}

/// Every bundled module: name, source, whether it stands for C code.
const BUNDLED: &[Bundled] = &[
    py("collections", include_str!("collections.py"), false),
    py("_collections", include_str!("_collections.py"), true),
    py("itertools", include_str!("itertools.py"), true),
    py("random", include_str!("random.py"), false),
    py("copy", include_str!("copy.py"), false),
    py("string", include_str!("string.py"), false),
    py("contextlib", include_str!("contextlib.py"), false),
    py("dataclasses", include_str!("dataclasses.py"), false),
    py("threading", include_str!("threading.py"), true),
    py("asyncio", include_str!("asyncio.py"), true),
    py("_asyncio_core", include_str!("_asyncio_core.py"), true),
    py("_asyncio_sync", include_str!("_asyncio_sync.py"), true),
];

const fn py(name: &'static str, source: &'static str, native: bool) -> Bundled {
    Bundled {
        name,
        source,
        native,
    }
}

/// The filename a bundled module's code carries: `<cellar collections>`.
fn filename(name: &str) -> String {
    format!("<cellar {name}>")
}

fn find(name: &str) -> Option<&'static Bundled> {
    BUNDLED.iter().find(|b| b.name == name)
}

fn find_file(filename: &str) -> Option<&'static Bundled> {
    let name = filename.strip_prefix("<cellar ")?.strip_suffix('>')?;
    find(name)
}

/// Whether code from `filename` stands for CPython's C code: tracebacks
/// leave its frames out, and its classes are static (immutable) types.
pub fn is_native_code(filename: &str) -> bool {
    find_file(filename).is_some_and(|b| b.native)
}

/// Line `line` of a bundled module's source, for tracebacks.
pub fn source_line(filename: &str, line: u32) -> Option<String> {
    let b = find_file(filename)?;
    let i = line.checked_sub(1)? as usize;
    b.source.lines().nth(i).map(str::to_string)
}

/// `import name` of a bundled module: None when there is no such module.
pub fn load(vm: &mut Vm, name: &str) -> Option<PyResult<Module>> {
    let b = find(name)?;
    Some(load_bundled(vm, b))
}

fn load_bundled(vm: &mut Vm, b: &Bundled) -> PyResult<Module> {
    let code = crate::compile(b.source, &filename(b.name), crate::Mode::Exec).map_err(|e| {
        Exc::runtime_error(format!(
            "cellar: bundled module {} does not compile: {e:?}",
            b.name
        ))
    })?;
    let globals = Rc::new(Globals::default());
    globals.set_by_name("__name__", Value::str(b.name));
    globals.set_by_name("__doc__", Value::None);
    helpers::install(&globals);
    run_in(vm, code, &globals)?;
    let module = Module::new(b.name);
    for (k, v) in globals.items() {
        module.set(&k, v);
    }
    Ok(module)
}

/// Runs module-level `code` with `globals` as its namespace: as the body
/// of a function whose globals they are, so the caller's namespace stays.
pub(crate) fn run_in(vm: &mut Vm, code: Rc<Code>, globals: &Rc<Globals>) -> PyResult<Value> {
    if code.link(globals).is_err() {
        return Err(Exc::runtime_error("cellar: code linked twice"));
    }
    let f = Rc::new(Function {
        code,
        globals: globals.clone(),
        defaults: Default::default(),
        kwdefaults: Default::default(),
        closure: Box::new([]),
        annotations: None,
        attrs: RefCell::new(None),
        origin: None,
        gc: Default::default(),
    });
    crate::gc::track_function(&f);
    vm.push_function_frame(f, vec![], vec![], true)?;
    vm.run()
}
