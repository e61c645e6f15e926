//! Calls: CALL's stack protocol, binding arguments to parameters with
//! CPython's error messages, frames for Python functions, builtins, bound
//! methods, classes, and MAKE_FUNCTION.
//!
//! Stack at CALL n: `NULL callable arg1..argn` or `method self arg1..argn`.

use super::dispatch::Step;
use super::{Frame, Vm};
use crate::code::make_function;
use crate::code::{Code, Instr, flags};
use crate::exception::{Exc, PyResult};
use crate::value::{CellObj, Dict, DictKey, Function, Name, PyStr, Tuple, Value};
use std::cell::RefCell;
use std::rc::Rc;

impl Vm {
    /// CALL n: a Python function gets a new frame (Switch); anything else
    /// is called here and its result pushed (Next).
    pub(crate) fn call_instr(&mut self, n: usize) -> PyResult<Step> {
        if self.heap.pending() {
            self.heap.collect_if_due();
            self.close_dead_generators();
            self.run_weak_callbacks();
        }
        let kw_names = self.kw_names.take();
        let len = self.stack.len();
        let (callable_at, args_at) = match self.stack[len - n - 2] {
            Value::Null => (len - n - 1, len - n),
            _ => (len - n - 2, len - n - 1),
        };
        if let Value::Function(f) = &self.stack[callable_at] {
            let f = f.clone();
            return self.call_function_on_stack(f, args_at, len - n - 2, kw_names);
        }
        if n == 1 && kw_names.is_none() && is_list_append(&self.stack[callable_at..]) {
            return self.list_append_on_stack(len - n - 2);
        }
        let callable = self.stack[callable_at].clone();
        if kw_names.is_none() {
            match &callable {
                Value::Builtin(b) if b.this.is_none() => {
                    let func = b.func;
                    return self.call_native_on_stack(args_at, len - n - 2, |vm, args| {
                        func(vm, args, &[])
                    });
                }
                Value::Class(c) if c.kind.is_builtin_type() => {
                    let c = c.clone();
                    return self.call_native_on_stack(args_at, len - n - 2, |vm, args| {
                        crate::builtins::types::construct(vm, &c, args, &[])
                    });
                }
                _ => {}
            }
        }
        let mut args = self.stack.split_off(args_at);
        self.stack.truncate(len - n - 2);
        let kwargs = split_kwargs(&mut args, kw_names.as_deref());
        let v = self.call_from_instr(&callable, args, names_of(kwargs))?;
        self.stack.push(v);
        Ok(Step::Next)
    }

    /// `xs.append(v)` of a list, from LOAD_METHOD: `append xs v` from
    /// `bottom` becomes None (cpython: PRECALL_NO_KW_LIST_APPEND).
    fn list_append_on_stack(&mut self, bottom: usize) -> PyResult<Step> {
        let v = self.pop();
        let Value::List(l) = &self.stack[bottom + 1] else {
            panic!("invariant: is_list_append saw a list under the argument");
        };
        let mut items = l.items.borrow_mut();
        crate::memory::reserve(&mut items, 1)?;
        items.push(v);
        drop(items);
        self.truncate_stack(bottom);
        self.stack.push(Value::None);
        Ok(Step::Next)
    }

    /// A builtin function or type called with positional arguments only:
    /// they move into a vector the VM keeps for this (no allocation per
    /// call).
    fn call_native_on_stack(
        &mut self,
        args_at: usize,
        bottom: usize,
        call: impl FnOnce(&mut Vm, &[Value]) -> PyResult<Value>,
    ) -> PyResult<Step> {
        let mut args = std::mem::take(&mut self.builtin_args);
        move_tail(&mut self.stack, args_at, &mut args);
        self.truncate_stack(bottom);
        self.threads.direct_call = true;
        let result = call(self, &args);
        args.clear();
        self.builtin_args = args;
        self.stack.push(result?);
        Ok(Step::Next)
    }

    /// CALL_FUNCTION_EX: `NULL callable args_iterable [kwargs_dict]`.
    pub(crate) fn call_function_ex(&mut self, fl: u32) -> PyResult<Step> {
        let kwargs = if fl & make_function::DEFAULTS != 0 {
            self.pop()
        } else {
            Value::None
        };
        let args = self.pop();
        let callable = self.pop();
        self.pop();
        if let Value::Function(f) = &callable {
            return self.call_function_ex_python(f.clone(), &args, &kwargs);
        }
        let args = self.collect(&args)?;
        let kwargs = match &kwargs {
            Value::Dict(d) => d
                .items()
                .into_iter()
                .map(|(k, v)| key_str(k).map(|n| (n, v)))
                .collect::<PyResult<Vec<_>>>()?,
            _ => Vec::new(),
        };
        let v = self.call_from_instr(&callable, args, names_of(kwargs))?;
        self.stack.push(v);
        Ok(Step::Next)
    }

    /// A Python function called by CALL: when the arguments fit the
    /// parameters exactly they stay where they are and become the locals.
    fn call_function_on_stack(
        &mut self,
        f: Rc<Function>,
        args_at: usize,
        bottom: usize,
        kw: Option<Rc<Tuple>>,
    ) -> PyResult<Step> {
        let code = &f.code;
        let nargs = self.stack.len() - args_at;
        let simple = kw.is_none()
            && code.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0
            && code.kwonlyargcount == 0;
        if simple
            && nargs <= code.argcount as usize
            && (nargs == code.argcount as usize || self.fill_defaults(&f, nargs))
        {
            self.check_depth()?;
            let n = code.nlocalsplus();
            for _ in self.stack.len()..args_at + n {
                self.push(Value::Null);
            }
            let mut frame = Frame::new(f.code.clone(), Some(f), args_at);
            frame.entry = false;
            frame.below = args_at - bottom;
            self.frames.push(frame);
            self.check_interrupt()?;
            return Ok(Step::Switch);
        }
        // The arguments stay below the new frame's locals (and go with it).
        let names: &[Value] = kw.as_ref().map_or(&[], |t| &t.items);
        let npos = nargs - names.len();
        let top = self.stack.len();
        let args = Args::Stack {
            pos: args_at..args_at + npos,
            names,
            values: args_at + npos..top,
        };
        self.push_bound_frame(f, top - bottom, args)?;
        Ok(Step::Switch)
    }

    /// CALL_FUNCTION_EX of a Python function: the positional tuple and the
    /// keyword dict are bound without copying them into vectors first.
    fn call_function_ex_python(
        &mut self,
        f: Rc<Function>,
        args: &Value,
        kwargs: &Value,
    ) -> PyResult<Step> {
        let collected;
        let args: &[Value] = match args {
            Value::Tuple(t) => &t.items,
            other => {
                collected = self.collect(other)?;
                &collected
            }
        };
        let map = match kwargs {
            Value::Dict(d) => Some(d.borrow()),
            _ => None,
        };
        let args = Args::Held {
            pos: args,
            kwargs: map.as_deref(),
        };
        self.push_bound_frame(f, 0, args)?;
        Ok(Step::Switch)
    }

    /// Pushes the defaults missing after `nargs` positional arguments onto
    /// the stack; false when they do not cover every parameter.
    #[inline]
    fn fill_defaults(&mut self, f: &Function, nargs: usize) -> bool {
        let argcount = f.code.argcount as usize;
        if nargs == argcount {
            return true;
        }
        f.with_defaults(|defaults| {
            let Some(defaults) = defaults else {
                return false;
            };
            let nd = defaults.items.len();
            if nargs + nd < argcount {
                return false;
            }
            let first = nd - (argcount - nargs);
            self.stack.extend(defaults.items[first..].iter().cloned());
            true
        })
    }

    pub(crate) fn check_depth(&self) -> PyResult<()> {
        if self.frames.len() >= self.recursion_limit {
            return Err(Exc::recursion());
        }
        Ok(())
    }

    /// Binds arguments to a new frame for `f` on top of the stack.
    pub(crate) fn push_function_frame(
        &mut self,
        f: Rc<Function>,
        args: Vec<Value>,
        kwargs: Vec<Keyword>,
        entry: bool,
    ) -> PyResult<()> {
        let args = Args::Rust {
            pos: &args,
            kwargs: &kwargs,
        };
        self.push_bound_frame(f, 0, args)?;
        self.frames
            .last_mut()
            .expect("invariant: frame just pushed")
            .entry = entry;
        Ok(())
    }

    /// Pushes a frame (not an entry frame) for method `f` called on
    /// `this` alone, above what the stack holds: its return value lands on
    /// top (BEFORE_WITH's `__enter__`).
    pub(crate) fn push_method_frame(&mut self, f: Rc<Function>, this: Value) -> PyResult<()> {
        let args = Args::Rust {
            pos: &[this],
            kwargs: &[],
        };
        self.push_bound_frame(f, 0, args)
    }

    /// Pushes a frame for `f` (not an entry frame) with its locals bound
    /// from `args`; `below` stack slots under the locals belong to the call
    /// (they may hold the arguments). On error the stack is cut back under
    /// them.
    fn push_bound_frame(&mut self, f: Rc<Function>, below: usize, args: Args) -> PyResult<()> {
        self.check_depth()?;
        let base = self.stack.len();
        self.stack.resize(base + f.code.nlocalsplus(), Value::Null);
        let (under, locals) = self.stack.split_at_mut(base);
        let bound = match args {
            Args::Stack { pos, names, values } => {
                let kwargs = names.iter().cloned().zip(under[values].iter().cloned());
                bind_arguments(&f, locals, &under[pos], kwargs)
            }
            Args::Held { pos, kwargs } => {
                let kwargs = kwargs.into_iter().flat_map(|m| m.iter());
                let kwargs = kwargs.map(|(k, v)| (k.value.clone(), v.clone()));
                bind_arguments(&f, locals, pos, kwargs)
            }
            Args::Rust { pos, kwargs } => {
                let kwargs = kwargs
                    .iter()
                    .map(|(k, v)| (Value::Str(k.clone()), v.clone()));
                bind_arguments(&f, locals, pos, kwargs)
            }
        };
        if let Err(e) = bound {
            self.truncate_stack(base - below);
            return Err(e.with_callee(&f));
        }
        let mut frame = Frame::new(f.code.clone(), Some(f), base);
        frame.entry = false;
        frame.below = below;
        self.frames.push(frame);
        Ok(())
    }

    /// Calls any callable from Rust and returns its result.
    pub fn call_value(
        &mut self,
        callable: &Value,
        args: Vec<Value>,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<Value> {
        self.threads.direct_call = false;
        self.call_any(callable, args, kwargs)
    }

    /// A call made by an instruction (CALL, BEFORE_WITH): a builtin called
    /// this way may suspend its thread (`Vm::block`).
    pub(crate) fn call_from_instr(
        &mut self,
        callable: &Value,
        args: Vec<Value>,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<Value> {
        self.threads.direct_call = true;
        self.call_any(callable, args, kwargs)
    }

    fn call_any(
        &mut self,
        callable: &Value,
        mut args: Vec<Value>,
        kwargs: Vec<(Name, Value)>,
    ) -> PyResult<Value> {
        match callable {
            Value::Function(f) => {
                self.check_interrupt()?; // a builtin's callback (key=, map)
                let kwargs = kwargs
                    .into_iter()
                    .map(|(n, v)| (PyStr::rc(&n), v))
                    .collect();
                self.push_function_frame(f.clone(), args, kwargs, true)?;
                self.run()
            }
            Value::Builtin(b) => {
                if let Some(this) = &b.this {
                    args.insert(0, this.clone());
                }
                (b.func)(self, &args, &kwargs)
            }
            Value::Method(m) => {
                args.insert(0, m.this.clone());
                let func = m.func.clone();
                self.call_any(&func, args, kwargs)
            }
            Value::Class(c) => self.instantiate(c.clone(), args, kwargs),
            Value::Instance(i) => match i.class.lookup("__call__") {
                Some(call) => {
                    args.insert(0, callable.clone());
                    self.call_any(&call, args, kwargs)
                }
                None => Err(Exc::not_callable(&callable.type_name())),
            },
            other => Err(Exc::not_callable(&other.type_name())),
        }
    }

    /// Calls with positional arguments only.
    pub fn call(&mut self, callable: &Value, args: Vec<Value>) -> PyResult<Value> {
        self.call_value(callable, args, Vec::new())
    }

    /// Whether the BUILD_TUPLE before `ip` builds a closure that the next
    /// two instructions, LOAD_CONST code and MAKE_FUNCTION, take at once
    /// (as the compiler emits every closure), with no tracer watching
    /// those two instructions.
    pub(crate) fn closure_follows(&self, code: &Code, ip: usize) -> bool {
        matches!(
            code.instrs.get(ip..ip + 2),
            Some([Instr::LoadConst(_), Instr::MakeFunction(fl)]) if fl & make_function::CLOSURE != 0
        ) && !self.tracing()
    }

    /// BUILD_TUPLE n, LOAD_CONST code, MAKE_FUNCTION in one step: the n
    /// cells on top of the stack go straight into the closure, with no
    /// tuple made and dropped in between (`closure_follows` said so).
    pub(crate) fn make_closure(&mut self, fi: usize, code: &Code, n: usize, ip: usize) -> Value {
        let (Instr::LoadConst(c), Instr::MakeFunction(fl)) = (code.instrs[ip], code.instrs[ip + 1])
        else {
            unreachable!("invariant: checked by closure_follows")
        };
        let Value::Code(body) = code.consts[c as usize].clone() else {
            panic!("invariant: MAKE_FUNCTION takes a code object")
        };
        let at = self.stack.len() - n;
        let closure = cells_in(self.stack.drain(at..));
        self.new_function(fi, fl, code.line_at(ip + 1), body, closure)
    }

    /// MAKE_FUNCTION: code, then (from the top down) closure, annotations,
    /// keyword defaults and defaults, as the flags say.
    pub(crate) fn make_function(&mut self, fi: usize, fl: u32, line: u32) -> Value {
        let Value::Code(code) = self.pop() else {
            panic!("invariant: MAKE_FUNCTION takes a code object")
        };
        let closure: Box<[Rc<CellObj>]> = if fl & make_function::CLOSURE != 0 {
            cells_of(self.pop())
        } else {
            Box::new([])
        };
        self.new_function(fi, fl, line, code, closure)
    }

    /// The function MAKE_FUNCTION makes, its closure already taken: the
    /// annotations, keyword defaults and defaults the flags name are
    /// popped, in that order.
    fn new_function(
        &mut self,
        fi: usize,
        fl: u32,
        line: u32,
        code: Rc<Code>,
        closure: Box<[Rc<CellObj>]>,
    ) -> Value {
        let annotations = if fl & make_function::ANNOTATIONS != 0 {
            annotations_of(self.pop())
        } else {
            None
        };
        let kwdefaults = if fl & make_function::KWDEFAULTS != 0 {
            dict_of(self.pop())
        } else {
            None
        };
        let defaults = if fl & make_function::DEFAULTS != 0 {
            tuple_of(self.pop())
        } else {
            None
        };
        let frame = &self.frames[fi];
        let f = Rc::new(Function {
            gc: Default::default(),
            attrs: RefCell::new(None),
            origin: Some((frame.code.clone(), line)),
            globals: self.frame_globals(fi).clone(),
            code,
            defaults: defaults.into(),
            kwdefaults: kwdefaults.into(),
            closure,
            annotations,
        });
        crate::gc::track_function(&f);
        Value::Function(f)
    }
}

/// Moves `stack[from..]` to the end of `to`, keeping `to`'s buffer.
fn move_tail(stack: &mut Vec<Value>, from: usize, to: &mut Vec<Value>) {
    let n = stack.len() - from;
    to.reserve(n);
    // SAFETY: the n values are moved bitwise from the stack's tail into
    // reserved space of `to`, then each vector's length is set to own
    // exactly what it holds; nothing can panic in between.
    unsafe {
        let dst = to.as_mut_ptr().add(to.len());
        std::ptr::copy_nonoverlapping(stack.as_ptr().add(from), dst, n);
        to.set_len(to.len() + n);
        stack.set_len(from);
    }
}

/// Where a call's arguments are, for binding without gathering them.
enum Args<'x> {
    /// On the stack under the new frame: positional ones at `pos`, then
    /// keyword values at `values` named by a KW_NAMES tuple's items.
    Stack {
        pos: std::ops::Range<usize>,
        names: &'x [Value],
        values: std::ops::Range<usize>,
    },
    /// A `*args` tuple and a `**kwargs` dict (CALL_FUNCTION_EX).
    Held {
        pos: &'x [Value],
        kwargs: Option<&'x crate::value::dict::Map>,
    },
    /// A call made from Rust.
    Rust {
        pos: &'x [Value],
        kwargs: &'x [Keyword],
    },
}

/// A keyword argument: its name as the Python str the call site holds
/// (KW_NAMES constants, `**kwargs` keys), so binding copies no text.
pub(crate) type Keyword = (Rc<PyStr>, Value);

/// Moves the last `len(kw_names)` arguments into keyword pairs.
fn split_kwargs(args: &mut Vec<Value>, kw_names: Option<&Tuple>) -> Vec<Keyword> {
    let Some(names) = kw_names else {
        return Vec::new();
    };
    let values = args.split_off(args.len() - names.items.len());
    names
        .items
        .iter()
        .zip(values)
        .filter_map(|(n, v)| match n {
            Value::Str(s) => Some((s.clone(), v)),
            _ => None,
        })
        .collect()
}

/// Keywords for a builtin, which takes names as `Name`.
fn names_of(kwargs: Vec<Keyword>) -> Vec<(Name, Value)> {
    kwargs
        .into_iter()
        .map(|(n, v)| (Rc::from(n.as_str()), v))
        .collect()
}

fn key_str(k: Value) -> PyResult<Rc<PyStr>> {
    match k {
        Value::Str(s) => Ok(s),
        _ => Err(Exc::type_error("keywords must be strings")),
    }
}

/// The closure tuple's cells (the compiler puts only cells in it).
fn cells_of(v: Value) -> Box<[Rc<CellObj>]> {
    match v {
        Value::Tuple(t) => cells_in(t.items.iter().cloned()),
        _ => Box::new([]),
    }
}

/// The cells among `values`, in a box allocated once (no growth).
fn cells_in(values: impl ExactSizeIterator<Item = Value>) -> Box<[Rc<CellObj>]> {
    let mut cells = Vec::with_capacity(values.len());
    for v in values {
        if let Value::Cell(c) = v {
            cells.push(c);
        }
    }
    cells.into_boxed_slice()
}

fn tuple_of(v: Value) -> Option<Rc<Tuple>> {
    match v {
        Value::Tuple(t) => Some(t),
        _ => None,
    }
}

fn dict_of(v: Value) -> Option<Rc<Dict>> {
    match v {
        Value::Dict(d) => Some(d),
        _ => None,
    }
}

/// The `(name, value, ...)` tuple MAKE_FUNCTION gets, as a dict.
fn annotations_of(v: Value) -> Option<Rc<Dict>> {
    let Value::Tuple(t) = v else { return None };
    let d = Dict::new();
    for pair in t.items.chunks(2) {
        if let [Value::Str(k), v] = pair {
            d.set_str(k.as_str(), v.clone());
        }
    }
    Some(Rc::new(d))
}

/// Binds call arguments to `f`'s parameters: the frame's fast locals.
/// cpython: ceval.c initialize_locals, with its error messages.
/// `locals` is the new frame's fast-locals slice, all unbound on entry.
pub(crate) fn bind_arguments<I>(
    f: &Function,
    locals: &mut [Value],
    args: &[Value],
    kwargs: I,
) -> PyResult<()>
where
    I: Iterator<Item = (Value, Value)> + Clone,
{
    let code = &f.code;
    let argcount = code.argcount as usize;
    let kwonly = code.kwonlyargcount as usize;
    let has_varargs = code.flags & flags::VARARGS != 0;
    let has_varkw = code.flags & flags::VARKEYWORDS != 0;
    let nargs = args.len();
    let npos = nargs.min(argcount);
    for (slot, a) in locals.iter_mut().zip(&args[..npos]) {
        *slot = a.clone();
    }
    if has_varargs {
        locals[argcount + kwonly] = Value::tuple(args[npos..].to_vec());
    }
    let kwdict = if has_varkw {
        Some(Dict::with_capacity(kwargs.size_hint().0))
    } else {
        None
    };
    // cpython: keyword errors come before "takes N positional arguments"
    bind_keywords(f, locals, kwargs.clone(), kwdict.as_ref())?;
    if nargs > argcount && !has_varargs {
        return Err(too_many_positional(f, nargs, kwargs));
    }
    if let Some(d) = kwdict {
        locals[argcount + kwonly + has_varargs as usize] = Value::dict(d);
    }
    fill_missing(f, locals)
}

fn bind_keywords(
    f: &Function,
    locals: &mut [Value],
    kwargs: impl Iterator<Item = (Value, Value)>,
    kwdict: Option<&Dict>,
) -> PyResult<()> {
    let code = &f.code;
    let posonly = code.posonlyargcount as usize;
    let named = (code.argcount + code.kwonlyargcount) as usize;
    let mut posonly_as_kw: Vec<Name> = Vec::new();
    for (key, v) in kwargs {
        let Value::Str(key) = key else {
            return Err(Exc::type_error("keywords must be strings"));
        };
        let name = key.as_str();
        if let Some(j) = code.varnames[posonly..named]
            .iter()
            .position(|n| &**n == name)
        {
            let slot = &mut locals[posonly + j];
            if !matches!(slot, Value::Null) {
                return Err(Exc::type_error(format!(
                    "{}() got multiple values for argument '{}'",
                    f.qualname(),
                    name
                )));
            }
            *slot = v;
            continue;
        }
        match kwdict {
            Some(d) => {
                let key = DictKey {
                    hash: key.hash(),
                    value: Value::Str(key.clone()),
                };
                if d.get(&key).is_some() {
                    return Err(Exc::type_error(format!(
                        "{}() got multiple values for keyword argument '{}'",
                        f.qualname(),
                        name
                    )));
                }
                d.insert(key, v);
            }
            None if code.varnames[..posonly].iter().any(|n| &**n == name) => {
                posonly_as_kw.push(Rc::from(name))
            }
            None => {
                return Err(Exc::type_error(format!(
                    "{}() got an unexpected keyword argument '{}'",
                    f.qualname(),
                    name
                )));
            }
        }
    }
    if !posonly_as_kw.is_empty() {
        let names: Vec<&str> = posonly_as_kw.iter().map(|n| &**n).collect();
        return Err(Exc::type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            f.qualname(),
            names.join(", ")
        )));
    }
    Ok(())
}

/// Defaults for the parameters still unbound; errors for those left.
fn fill_missing(f: &Function, locals: &mut [Value]) -> PyResult<()> {
    let code = &f.code;
    let argcount = code.argcount as usize;
    let named = argcount + code.kwonlyargcount as usize;
    if !locals[..named].iter().any(|v| matches!(v, Value::Null)) {
        return Ok(());
    }
    // (filling clones values and runs no Python code)
    f.with_defaults(|defaults| {
        if let Some(defaults) = defaults {
            let first = argcount - defaults.items.len().min(argcount);
            for (k, d) in defaults.items.iter().enumerate() {
                if matches!(locals[first + k], Value::Null) {
                    locals[first + k] = d.clone();
                }
            }
        }
    });
    let missing: Vec<Name> = (0..argcount)
        .filter(|&i| matches!(locals[i], Value::Null))
        .map(|i| code.varnames[i].clone())
        .collect();
    if !missing.is_empty() {
        return Err(missing_arguments(f, &missing, "positional"));
    }
    let kwonly = argcount..argcount + code.kwonlyargcount as usize;
    for i in kwonly.clone() {
        if matches!(locals[i], Value::Null)
            && let Some(d) =
                f.with_kwdefaults_rc(|kd| kd.and_then(|kd| kd.get_str(&code.varnames[i])))
        {
            locals[i] = d;
        }
    }
    let missing: Vec<Name> = kwonly
        .filter(|&i| matches!(locals[i], Value::Null))
        .map(|i| code.varnames[i].clone())
        .collect();
    if !missing.is_empty() {
        return Err(missing_arguments(f, &missing, "keyword-only"));
    }
    Ok(())
}

/// `f() missing 2 required positional arguments: 'a' and 'b'`
fn missing_arguments(f: &Function, names: &[Name], kind: &str) -> Exc {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    let plural = if names.len() == 1 {
        "argument"
    } else {
        "arguments"
    };
    Exc::type_error(format!(
        "{}() missing {} required {} {}: {}",
        f.qualname(),
        names.len(),
        kind,
        plural,
        list
    ))
}

/// `g() takes from 1 to 2 positional arguments but 3 were given`
fn too_many_positional(
    f: &Function,
    given: usize,
    kwargs: impl Iterator<Item = (Value, Value)>,
) -> Exc {
    let code: &Code = &f.code;
    let argcount = code.argcount as usize;
    let ndefaults = f.ndefaults();
    let takes = if ndefaults > 0 {
        format!(
            "from {} to {}",
            argcount - ndefaults.min(argcount),
            argcount
        )
    } else {
        argcount.to_string()
    };
    let plural = if takes == "1" {
        "argument"
    } else {
        "arguments"
    };
    let kwonly_given = kwargs
        .filter(|(n, _)| {
            code.varnames[argcount..argcount + code.kwonlyargcount as usize]
                .iter()
                .any(|v| Some(&**v) == n.as_str())
        })
        .count();
    let given_text = if kwonly_given > 0 {
        let kw_plural = if kwonly_given == 1 {
            "argument"
        } else {
            "arguments"
        };
        format!(
            "{given} positional argument{} (and {kwonly_given} keyword-only {kw_plural}) were",
            if given == 1 { "" } else { "s" }
        )
    } else if given == 1 {
        "1 was".to_string()
    } else {
        format!("{given} were")
    };
    Exc::type_error(format!(
        "{}() takes {} positional {} but {} given",
        f.qualname(),
        takes,
        plural,
        given_text
    ))
}

/// `callable self arg` is the builtin `list.append` (unbound, as
/// LOAD_METHOD leaves it) and a list of exactly that type.
fn is_list_append(slots: &[Value]) -> bool {
    matches!(slots, [Value::Builtin(b), Value::List(_), _]
        if b.this.is_none() && b.name == "append" && b.owner == Some("list"))
}
