//! Python exceptions as the VM raises them.
//!
//! An exception is an `Instance` of a class deriving from BaseException; `Exc`
//! is a handle to it that `?` threads through every VM function. The builtin
//! exception classes form CPython's hierarchy; each CPython message the VM
//! can produce has one constructor here, its text byte-identical to 3.11.

use crate::code::Code;
use crate::value::{Class, Dict, Instance, Name, TypeKind, Value};
use std::cell::RefCell;
use std::rc::Rc;

pub mod group;

pub type PyResult<T> = Result<T, Exc>;

/// A raised exception: the exception object.
#[derive(Clone)]
pub struct Exc {
    pub value: Rc<Instance>,
}

/// One traceback frame: which code, at which line.
#[derive(Clone)]
pub struct TraceEntry {
    pub code: Rc<Code>,
    pub line: u32,
    /// The source range of the instruction that raised (for the carets).
    pub span: crate::ast::Span,
}

/// What an exception object carries besides its attributes.
#[derive(Default)]
pub struct ExcState {
    pub args: Vec<Value>,
    /// Innermost frame last, as printed.
    /// Outermost frame first (entries are added at the front as the
    /// exception leaves each frame: a deque, so deep unwinding is linear).
    pub traceback: std::collections::VecDeque<TraceEntry>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    /// NameError's `name` (what "Did you mean" looks for).
    pub name: Option<Name>,
    /// AttributeError's `obj`.
    pub obj: Option<Value>,
    /// The variable an UnboundLocalError or an empty-cell NameError is
    /// about, and the number of that cell (facts for `:explain`).
    pub var: Option<Name>,
    pub cell: Option<u32>,
    /// The `del` that emptied that cell, if one did.
    pub emptied_by: Option<crate::heap::DelSite>,
    /// The function whose parameters a call's arguments did not fit.
    pub callee: Option<Rc<crate::value::Function>>,
    /// The message and members of an exception group.
    pub group: Option<Box<group::GroupState>>,
}

/// The builtin exception classes, in CPython's hierarchy order.
macro_rules! exc_kinds {
    ($($kind:ident : $parent:expr),* $(,)?) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum ExcKind { $($kind),* }
        impl ExcKind {
            pub const ALL: &'static [ExcKind] = &[$(ExcKind::$kind),*];
            pub fn name(self) -> &'static str {
                match self { $(ExcKind::$kind => stringify!($kind)),* }
            }
            pub fn parent(self) -> Option<ExcKind> {
                match self { $(ExcKind::$kind => $parent),* }
            }
        }
    };
}

exc_kinds! {
    BaseException: None,
    BaseExceptionGroup: Some(ExcKind::BaseException),
    SystemExit: Some(ExcKind::BaseException),
    KeyboardInterrupt: Some(ExcKind::BaseException),
    GeneratorExit: Some(ExcKind::BaseException),
    Exception: Some(ExcKind::BaseException),
    StopIteration: Some(ExcKind::Exception),
    StopAsyncIteration: Some(ExcKind::Exception),
    ArithmeticError: Some(ExcKind::Exception),
    OverflowError: Some(ExcKind::ArithmeticError),
    ZeroDivisionError: Some(ExcKind::ArithmeticError),
    AssertionError: Some(ExcKind::Exception),
    AttributeError: Some(ExcKind::Exception),
    ImportError: Some(ExcKind::Exception),
    ModuleNotFoundError: Some(ExcKind::ImportError),
    LookupError: Some(ExcKind::Exception),
    IndexError: Some(ExcKind::LookupError),
    KeyError: Some(ExcKind::LookupError),
    MemoryError: Some(ExcKind::Exception),
    NameError: Some(ExcKind::Exception),
    UnboundLocalError: Some(ExcKind::NameError),
    RuntimeError: Some(ExcKind::Exception),
    NotImplementedError: Some(ExcKind::RuntimeError),
    RecursionError: Some(ExcKind::RuntimeError),
    SyntaxError: Some(ExcKind::Exception),
    IndentationError: Some(ExcKind::SyntaxError),
    TabError: Some(ExcKind::IndentationError),
    TypeError: Some(ExcKind::Exception),
    ValueError: Some(ExcKind::Exception),
    UnicodeError: Some(ExcKind::ValueError),
    UnicodeDecodeError: Some(ExcKind::UnicodeError),
    UnicodeEncodeError: Some(ExcKind::UnicodeError),
    BufferError: Some(ExcKind::Exception),
    OSError: Some(ExcKind::Exception),
    TimeoutError: Some(ExcKind::OSError),
    // its second base, Exception, is set in build_classes
    ExceptionGroup: Some(ExcKind::BaseExceptionGroup),
}

thread_local! {
    static CLASSES: Vec<Rc<Class>> = build_classes();
}

fn build_classes() -> Vec<Rc<Class>> {
    let mut out: Vec<Rc<Class>> = Vec::new();
    for kind in ExcKind::ALL {
        let base = match kind.parent() {
            Some(p) => out[p as usize].clone(),
            None => crate::builtins::types::object_class(),
        };
        let dict = Dict::new();
        let methods: &[(&'static str, crate::value::BuiltinFn)] = match kind {
            ExcKind::BaseException => &[
                ("__init__", base_exception_init),
                ("add_note", base_exception_add_note),
            ],
            ExcKind::BaseExceptionGroup => &group::METHODS,
            _ => &[],
        };
        for &(name, func) in methods {
            let b = crate::value::Builtin {
                name,
                func,
                this: None,
                owner: Some(kind.name()),
            };
            dict.set_str(name, Value::Builtin(Rc::new(b)));
        }
        // ExceptionGroup(BaseExceptionGroup, Exception): the one builtin
        // exception with two bases
        let more_bases: Vec<Rc<Class>> = (*kind == ExcKind::ExceptionGroup)
            .then(|| out[ExcKind::Exception as usize].clone())
            .into_iter()
            .collect();
        let all: Vec<Rc<Class>> = std::iter::once(base.clone())
            .chain(more_bases.clone())
            .collect();
        let mro_tail = crate::value::class::linearize(&all).expect("invariant: builtin MROs merge");
        out.push(Rc::new(Class {
            name: Rc::from(kind.name()),
            qualname: Rc::from(kind.name()),
            module: Rc::from("builtins"),
            base: Some(base),
            more_bases,
            native_first: false,
            mro_tail,
            dict,
            kind: TypeKind::Exception,
            heap_type: false,
            hooks: Default::default(),
            body: None,
        }));
    }
    out
}

/// `BaseException.__init__(self, *args)`: sets `args`.
fn base_exception_init(
    _: &mut crate::vm::Vm,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    if let Some(Value::Instance(inst)) = args.first()
        && let Some(state) = &inst.exc
    {
        state.borrow_mut().args = args[1..].to_vec();
    }
    Ok(Value::None)
}

/// `e.add_note(note)`: appends a str to `e.__notes__` (PEP 678), which
/// tracebacks print under the exception line.
fn base_exception_add_note(
    _: &mut crate::vm::Vm,
    args: &[Value],
    _: &[(Name, Value)],
) -> PyResult<Value> {
    let [Value::Instance(inst), note] = args else {
        return Err(Exc::type_error(format!(
            "BaseException.add_note() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    if !matches!(note, Value::Str(_)) {
        return Err(Exc::type_error(format!(
            "note must be a str, not '{}'",
            note.type_name()
        )));
    }
    match inst.dict.get_str("__notes__") {
        Some(Value::List(l)) => l.items.borrow_mut().push(note.clone()),
        Some(_) => return Err(Exc::type_error("Cannot add note: __notes__ is not a list")),
        None => inst
            .dict
            .set_str("__notes__", Value::list(vec![note.clone()])),
    }
    Ok(Value::None)
}

/// The class object of a builtin exception.
pub fn class_of(kind: ExcKind) -> Rc<Class> {
    CLASSES.with(|c| c[kind as usize].clone())
}

/// A new exception instance of `class` with `args`, not yet raised.
pub fn instantiate(class: Rc<Class>, args: Vec<Value>) -> Rc<Instance> {
    let inst = Rc::new(Instance {
        payload: None,
        gc: Default::default(),
        class,
        dict: Rc::new(Dict::new()),
        slots: None,
        exc: Some(RefCell::new(ExcState {
            args,
            ..ExcState::default()
        })),
    });
    crate::gc::track_instance(&inst);
    inst
}

impl Exc {
    /// An exception of a builtin kind with one string argument.
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> Exc {
        Exc::with_args(kind, vec![Value::str(msg.into())])
    }

    pub fn with_args(kind: ExcKind, args: Vec<Value>) -> Exc {
        Exc {
            value: instantiate(class_of(kind), args),
        }
    }

    /// Wraps an existing exception object.
    pub fn from_instance(value: Rc<Instance>) -> Exc {
        Exc { value }
    }

    pub fn class(&self) -> &Rc<Class> {
        &self.value.class
    }

    pub fn is(&self, kind: ExcKind) -> bool {
        self.value.class.is_subclass(&class_of(kind))
    }

    pub fn state(&self) -> std::cell::RefMut<'_, ExcState> {
        self.value
            .exc
            .as_ref()
            .expect("invariant: exception instances carry ExcState")
            .borrow_mut()
    }

    pub fn args(&self) -> Vec<Value> {
        self.state().args.clone()
    }

    pub fn to_value(&self) -> Value {
        Value::Instance(self.value.clone())
    }

    /// Appends a traceback frame (called while unwinding, innermost first,
    /// so frames are inserted at the front).
    pub fn push_frame(&self, code: &Rc<Code>, ip: usize) {
        let line = code.line_at(ip);
        let span = code.spans.get(ip).copied().unwrap_or_default();
        self.state().traceback.push_front(TraceEntry {
            code: code.clone(),
            line,
            span,
        });
    }

    // ---- one constructor per CPython message ----

    pub fn type_error(msg: impl Into<String>) -> Exc {
        Exc::new(ExcKind::TypeError, msg)
    }

    pub fn value_error(msg: impl Into<String>) -> Exc {
        Exc::new(ExcKind::ValueError, msg)
    }

    pub fn index_error(msg: impl Into<String>) -> Exc {
        Exc::new(ExcKind::IndexError, msg)
    }

    pub fn attribute_error(msg: impl Into<String>) -> Exc {
        Exc::new(ExcKind::AttributeError, msg)
    }

    pub fn runtime_error(msg: impl Into<String>) -> Exc {
        Exc::new(ExcKind::RuntimeError, msg)
    }

    pub fn overflow_error(msg: impl Into<String>) -> Exc {
        Exc::new(ExcKind::OverflowError, msg)
    }

    pub fn zero_division(msg: impl Into<String>) -> Exc {
        Exc::new(ExcKind::ZeroDivisionError, msg)
    }

    pub fn key_error(key: Value) -> Exc {
        Exc::with_args(ExcKind::KeyError, vec![key])
    }

    pub fn stop_iteration(value: Option<Value>) -> Exc {
        Exc::with_args(ExcKind::StopIteration, value.into_iter().collect())
    }

    /// A StopIteration's `value`: its first argument, or None.
    pub fn stop_value(&self) -> Value {
        self.args().into_iter().next().unwrap_or(Value::None)
    }

    pub fn memory_error() -> Exc {
        Exc::with_args(ExcKind::MemoryError, vec![])
    }

    pub fn keyboard_interrupt() -> Exc {
        Exc::with_args(ExcKind::KeyboardInterrupt, vec![])
    }

    /// `NameError: name 'x' is not defined`
    pub fn name_not_defined(name: &str) -> Exc {
        Exc::new(ExcKind::NameError, format!("name '{name}' is not defined")).with_name(name)
    }

    /// Records the name a NameError is about.
    pub fn with_name(self, name: &str) -> Exc {
        self.state().name = Some(std::rc::Rc::from(name));
        self
    }

    /// Records the object an AttributeError is about.
    pub fn with_obj(self, obj: &Value) -> Exc {
        self.state().obj = Some(obj.clone());
        self
    }

    /// `UnboundLocalError: cannot access local variable 'x' where it is not
    /// associated with a value`
    pub fn unbound_local(name: &str) -> Exc {
        let e = Exc::new(
            ExcKind::UnboundLocalError,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        );
        e.state().var = Some(Rc::from(name));
        e
    }

    /// `NameError: cannot access free variable 'x' where it is not associated
    /// with a value in enclosing scope`
    pub fn unbound_free(name: &str) -> Exc {
        let e = Exc::new(
            ExcKind::NameError,
            format!(
                "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
            ),
        )
        .with_name(name);
        e.state().var = Some(Rc::from(name));
        e
    }

    /// Records the function a call's arguments did not bind to.
    pub fn with_callee(self, f: &Rc<crate::value::Function>) -> Exc {
        self.state().callee = Some(f.clone());
        self
    }

    /// Records which cell an unbound-variable error found empty, and
    /// the `del` that emptied it.
    pub fn with_cell(self, id: u32, emptied_by: Option<crate::heap::DelSite>) -> Exc {
        let mut st = self.state();
        st.cell = Some(id);
        st.emptied_by = emptied_by;
        drop(st);
        self
    }

    /// `TypeError: cannot set 'x' attribute of immutable type 'int'` (for
    /// `del` too, as CPython says).
    pub fn immutable_type(c: &Class, name: &str) -> Exc {
        let tp_name = match &*c.module {
            "builtins" => c.name.to_string(),
            m => format!("{m}.{}", c.name),
        };
        Exc::type_error(format!(
            "cannot set '{name}' attribute of immutable type '{tp_name}'"
        ))
    }

    /// `RecursionError: maximum recursion depth exceeded while getting the
    /// repr of an object` (`in comparison`, ...): native recursion over
    /// nested values.
    pub fn recursion_in(what: &str) -> Exc {
        Exc::new(
            ExcKind::RecursionError,
            format!("maximum recursion depth exceeded {what}"),
        )
    }

    /// `RecursionError: maximum recursion depth exceeded`
    pub fn recursion() -> Exc {
        Exc::new(ExcKind::RecursionError, "maximum recursion depth exceeded")
    }

    /// `ValueError: Cell is empty`
    pub fn cell_empty() -> Exc {
        Exc::value_error("Cell is empty")
    }

    /// `TypeError: 'int' object is not callable`
    pub fn not_callable(type_name: &str) -> Exc {
        Exc::type_error(format!("'{type_name}' object is not callable"))
    }

    /// `TypeError: 'int' object is not iterable`
    pub fn not_iterable(type_name: &str) -> Exc {
        Exc::type_error(format!("'{type_name}' object is not iterable"))
    }

    /// `TypeError: unsupported operand type(s) for +: 'int' and 'str'`
    pub fn unsupported_operands(op: &str, left: &str, right: &str) -> Exc {
        Exc::type_error(format!(
            "unsupported operand type(s) for {op}: '{left}' and '{right}'"
        ))
    }

    /// `RuntimeError: generator raised StopIteration`, raised from the
    /// StopIteration (its `__cause__` and `__context__`; PEP 479).
    pub fn generator_raised_stop_iteration(stop: Exc) -> Exc {
        Exc::raised_inside("generator", stop)
    }

    /// `generator raised StopIteration`, `async generator raised
    /// StopAsyncIteration`, ...: `stop` as the cause.
    pub fn raised_inside(what: &str, stop: Exc) -> Exc {
        let kind = if stop.is(ExcKind::StopIteration) {
            "StopIteration"
        } else {
            "StopAsyncIteration"
        };
        let e = Exc::runtime_error(format!("{what} raised {kind}"));
        {
            let mut st = e.state();
            st.cause = Some(stop.to_value());
            st.context = Some(stop.to_value());
            st.suppress_context = true;
        }
        e
    }

    /// `TypeError: __defaults__ must be set to a tuple object`
    pub fn must_be_set_to(attr: &str, what: &str) -> Exc {
        Exc::type_error(format!("{attr} must be set to {what} object"))
    }

    /// `TypeError: '<' not supported between instances of 'A' and 'int'`
    pub fn not_supported_between(op: u32, a: &Value, b: &Value) -> Exc {
        Exc::type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            crate::code::COMPARE_OPS[op as usize],
            a.type_name(),
            b.type_name()
        ))
    }

    /// `AttributeError: 'S' object attribute 'x' is read-only`
    pub fn readonly_attribute(type_name: &str, attr: &str) -> Exc {
        Exc::attribute_error(format!(
            "'{type_name}' object attribute '{attr}' is read-only"
        ))
    }

    /// `AttributeError: 'int' object has no attribute 'x'`
    pub fn no_attribute(type_name: &str, attr: &str) -> Exc {
        Exc::attribute_error(format!("'{type_name}' object has no attribute '{attr}'"))
    }

    /// `TypeError: unhashable type: 'list'`
    pub fn unhashable(type_name: &str) -> Exc {
        Exc::type_error(format!("unhashable type: '{type_name}'"))
    }

    /// `ValueError: Too many decimal digits in format string` (a width,
    /// precision or field number past Py_ssize_t).
    pub fn too_many_decimal_digits() -> Exc {
        Exc::value_error("Too many decimal digits in format string")
    }

    /// `ValueError: precision too big` (past C int).
    pub fn precision_too_big() -> Exc {
        Exc::value_error("precision too big")
    }

    /// `OverflowError: precision too large` (an int's `%` precision past
    /// INT_MAX - 3).
    pub fn precision_too_large() -> Exc {
        Exc::overflow_error("precision too large")
    }

    /// `ValueError: width too big` (a `%` width past Py_ssize_t).
    pub fn width_too_big() -> Exc {
        Exc::value_error("width too big")
    }

    /// `OverflowError: cannot fit 'int' into an index-sized integer`
    pub fn index_overflow() -> Exc {
        Exc::overflow_error("cannot fit 'int' into an index-sized integer")
    }

    /// `OverflowError: Python int too large to convert to C ssize_t`
    pub fn ssize_overflow() -> Exc {
        Exc::overflow_error("Python int too large to convert to C ssize_t")
    }

    /// `OverflowError: Python int too large to convert to C int`
    pub fn c_int_overflow() -> Exc {
        Exc::overflow_error("Python int too large to convert to C int")
    }

    /// `TypeError: 'int' object is not subscriptable`
    pub fn not_subscriptable(type_name: &str) -> Exc {
        Exc::type_error(format!("'{type_name}' object is not subscriptable"))
    }
}

/// cpython: SyntaxError_str — `msg (file.py, line 3)`, the file's base
/// name only; None when the instance has no `msg` beside its args.
fn syntax_error_str(
    vm: &mut crate::vm::Vm,
    inst: &crate::value::Instance,
    args: &[Value],
) -> PyResult<Option<String>> {
    let Some(msg) = inst.dict.get_str("msg") else {
        return Ok(None);
    };
    let msg = match args.first() {
        Some(first) => vm.to_str(first)?,
        None => vm.to_str(&msg)?,
    };
    let file = inst.dict.get_str("filename").and_then(|f| {
        let f = f.as_str()?.to_string();
        Some(f.rsplit('/').next().unwrap_or(&f).to_string())
    });
    let line = match inst.dict.get_str("lineno") {
        Some(Value::Int(n)) => Some(n),
        _ => None,
    };
    Ok(Some(match (file, line) {
        (Some(f), Some(n)) => format!("{msg} ({f}, line {n})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(n)) => format!("{msg} (line {n})"),
        (None, None) => msg,
    }))
}

/// `SystemExit.code`: None without arguments, the one argument, or the
/// tuple of several.
pub fn system_exit_code(args: &[Value]) -> Value {
    match args {
        [] => Value::None,
        [one] => one.clone(),
        many => Value::tuple(many.to_vec()),
    }
}

/// The message of an exception as `str(e)` shows it: no args → empty, one
/// arg → its str, several → the tuple's repr.
pub fn message_of(vm: &mut crate::vm::Vm, exc: &Value) -> PyResult<String> {
    let Value::Instance(inst) = exc else {
        return vm.to_str(exc);
    };
    let args = match &inst.exc {
        Some(state) => state.borrow().args.clone(),
        None => return vm.to_str(exc),
    };
    if let Some(Value::Function(_)) = inst.class.lookup("__str__") {
        return vm.to_str(exc);
    }
    if let Some(text) = group::group_str(inst) {
        return Ok(text);
    }
    if inst.class.is_subclass(&class_of(ExcKind::SyntaxError))
        && let Some(text) = syntax_error_str(vm, inst, &args)?
    {
        return Ok(text);
    }
    match args.len() {
        0 => Ok(String::new()),
        1 if inst.class.is_subclass(&class_of(ExcKind::KeyError)) => vm.repr(&args[0]),
        1 => vm.to_str(&args[0]),
        _ => vm.repr(&Value::tuple(args)),
    }
}
