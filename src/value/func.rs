//! Callables and cells: Python functions with their closure, builtin
//! functions, bound methods, generators, and the cell objects closures hold.
//!
//! A cell is `Rc<CellObj>`: identity plus an optional value (`None` is
//! CPython's empty cell). `MAKE_CELL` creates one, `LOAD_CLOSURE` and
//! `MAKE_FUNCTION` put it in a function's closure, `COPY_FREE_VARS` copies
//! it into the callee's frame. Every cell gets a session-stable number.

use super::{Dict, Name, Tuple, Value};
use crate::code::Code;
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// A cell object: `cell#id`, holding a value or empty.
pub struct CellObj {
    pub contents: RefCell<Option<Value>>,
    /// Creation order within the session: shown as `cell#N`.
    pub id: u32,
    pub gc: crate::gc::GcIndex,
}

impl CellObj {
    /// A new cell numbered `id` (its heap's `next_cell_id`), registered
    /// with the collector.
    pub fn new(contents: Option<Value>, id: u32) -> Rc<CellObj> {
        let cell = Rc::new(CellObj {
            contents: RefCell::new(contents),
            id,
            gc: Default::default(),
        });
        crate::gc::track_cell(&cell);
        cell
    }

    pub fn get(&self) -> Option<Value> {
        self.contents.borrow().clone()
    }

    pub fn set(&self, value: Option<Value>) -> Option<Value> {
        self.contents.replace(value)
    }

    pub fn is_empty(&self) -> bool {
        self.contents.borrow().is_none()
    }
}

/// A Python function: code, the globals it runs in, defaults, and the
/// closure tuple of cells, one per `co_freevars` name, in that order.
pub struct Function {
    pub code: Rc<Code>,
    pub globals: Rc<crate::vm::Globals>,
    /// `__defaults__` and `__kwdefaults__`, writable from Python. A
    /// `Cell` costs no space: read them through `defaults()` and
    /// `kwdefaults()` (take and put back; nothing runs in between).
    pub defaults: std::cell::Cell<Option<Rc<Tuple>>>,
    pub kwdefaults: std::cell::Cell<Option<Rc<Dict>>>,
    pub closure: Box<[Rc<CellObj>]>,
    pub annotations: Option<Rc<Dict>>,
    /// `__name__`, `__qualname__`, `__doc__`, `__module__` and the
    /// function's `__dict__`, made on the first write (functools.wraps
    /// copies them); until then they are the code object's.
    pub attrs: RefCell<Option<Box<FunctionAttrs>>>,
    /// Where the function was made: the code that ran `MAKE_FUNCTION` and
    /// its line, for "made by outer() at line 10".
    pub origin: Option<(Rc<Code>, u32)>,
    pub gc: crate::gc::GcIndex,
}

pub struct FunctionAttrs {
    pub name: Name,
    pub qualname: Name,
    pub doc: Value,
    pub module: Value,
    pub dict: Option<Rc<Dict>>,
    /// `__annotations__` once assigned (functools.wraps copies it).
    pub annotations: Option<Value>,
}

impl Function {
    /// `__defaults__`, or None.
    pub fn defaults(&self) -> Option<Rc<Tuple>> {
        let d = self.defaults.take();
        self.defaults.set(d.clone());
        d
    }

    /// `__kwdefaults__`, or None.
    pub fn kwdefaults(&self) -> Option<Rc<Dict>> {
        let d = self.kwdefaults.take();
        self.kwdefaults.set(d.clone());
        d
    }

    /// Runs `f` on `__defaults__` without touching its reference count
    /// (the call path). `f` must not run Python code or write defaults.
    #[inline]
    pub fn with_defaults<R>(&self, f: impl FnOnce(Option<&Tuple>) -> R) -> R {
        self.with_defaults_rc(|d| f(d.map(|t| &**t)))
    }

    /// `with_defaults` with the tuple's `Rc` (the collector's visit).
    #[inline]
    pub fn with_defaults_rc<R>(&self, f: impl FnOnce(Option<&Rc<Tuple>>) -> R) -> R {
        // SAFETY: single-threaded; `f` neither sets nor takes the Cell (its
        // contract), so the value read stays alive and unaliased by a write.
        f(unsafe { (*self.defaults.as_ptr()).as_ref() })
    }

    /// The same for `__kwdefaults__`.
    #[inline]
    pub fn with_kwdefaults_rc<R>(&self, f: impl FnOnce(Option<&Rc<Dict>>) -> R) -> R {
        // SAFETY: as for `with_defaults_rc`.
        f(unsafe { (*self.kwdefaults.as_ptr()).as_ref() })
    }

    /// The number of positional defaults.
    pub fn ndefaults(&self) -> usize {
        let d = self.defaults.take();
        let n = d.as_ref().map_or(0, |t| t.items.len());
        self.defaults.set(d);
        n
    }

    pub fn name(&self) -> Name {
        match &*self.attrs.borrow() {
            Some(a) => a.name.clone(),
            None => self.code.name.clone(),
        }
    }

    pub fn qualname(&self) -> Name {
        match &*self.attrs.borrow() {
            Some(a) => a.qualname.clone(),
            None => self.code.qualname.clone(),
        }
    }

    /// `__doc__`: the docstring (the code's first constant when a str).
    pub fn doc(&self) -> Value {
        match &*self.attrs.borrow() {
            Some(a) => a.doc.clone(),
            None => docstring(&self.code),
        }
    }

    /// `__module__`.
    pub fn module(&self) -> Value {
        match &*self.attrs.borrow() {
            Some(a) => a.module.clone(),
            None => self
                .globals
                .get_by_name("__name__")
                .unwrap_or_else(|| Value::str("__main__")),
        }
    }

    /// The function's `__dict__`, if anything was ever stored in it.
    pub fn dict(&self) -> Option<Rc<Dict>> {
        self.attrs.borrow().as_ref().and_then(|a| a.dict.clone())
    }

    /// The writable attributes, made from the code object on first use.
    pub fn attrs_mut(&self) -> std::cell::RefMut<'_, FunctionAttrs> {
        std::cell::RefMut::map(self.attrs.borrow_mut(), |a| {
            &mut **a.get_or_insert_with(|| {
                Box::new(FunctionAttrs {
                    name: self.code.name.clone(),
                    qualname: self.code.qualname.clone(),
                    doc: docstring(&self.code),
                    module: Value::str("__main__"),
                    dict: None,
                    annotations: None,
                })
            })
        })
    }
}

/// A code object's docstring: its first constant when that is a str.
fn docstring(code: &Code) -> Value {
    match code.consts.first() {
        Some(v @ Value::Str(_)) => v.clone(),
        _ => Value::None,
    }
}

/// The Rust signature of every builtin: positional arguments, keyword
/// arguments in call order.
pub type BuiltinFn = fn(&mut Vm, &[Value], &[(Name, Value)]) -> crate::exception::PyResult<Value>;

/// A builtin function or a builtin method (with `this` bound).
pub struct Builtin {
    pub name: &'static str,
    pub func: BuiltinFn,
    /// The object a method is bound to (`[].append`), or the module of a
    /// module function.
    pub this: Option<Value>,
    /// For methods: the type name shown in reprs (`list`).
    pub owner: Option<&'static str>,
}

impl Builtin {
    pub fn type_name(&self) -> &'static str {
        match self.owner {
            Some(crate::builtins::slots::METHOD_WRAPPER) => "method-wrapper",
            Some(crate::builtins::slots::QUITTER) => "Quitter",
            Some(crate::builtins::slots::OBJECT_SLOT) if self.this.is_some() => "method-wrapper",
            Some(crate::builtins::slots::OBJECT_SLOT) => "wrapper_descriptor",
            _ => "builtin_function_or_method",
        }
    }
}

/// A Python function bound to an instance: `obj.method`.
pub struct BoundMethod {
    pub func: Value,
    pub this: Value,
}

/// A generator: a suspended frame that `next()` resumes.
pub struct Generator {
    pub code: Rc<Code>,
    pub name: Name,
    pub qualname: Name,
    pub state: RefCell<crate::vm::generator::GenState>,
    pub gc: crate::gc::GcIndex,
}
