//! Exception groups (PEP 654): `BaseExceptionGroup(message, exceptions)`,
//! their `split`/`subgroup`/`derive`, and the two steps `except*` runs on
//! them (`CHECK_EG_MATCH`, `PREP_RERAISE_STAR`), after CPython 3.11's
//! Objects/exceptions.c and Python/ceval.c.
//!
//! ```text
//! ExceptionGroup('eg', [ValueError(1), ExceptionGroup('io', [OSError()])])
//!   .split(ValueError) ─▶ (ExceptionGroup('eg', [ValueError(1)]),
//!                          ExceptionGroup('eg', [ExceptionGroup('io', [OSError()])]))
//! ```
//! The leaves are the very exception objects of the original; every group
//! on the way is rebuilt by the original group's `derive`.

use super::{Exc, ExcKind, PyResult, class_of};
use crate::value::{Class, Instance, Name, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// What a group holds besides its `args`.
pub struct GroupState {
    pub message: Value,
    /// A tuple of the member exceptions.
    pub exceptions: Value,
}

/// The group state of `v`, when it is an exception group.
fn members(v: &Value) -> Option<Vec<Value>> {
    let Value::Instance(i) = v else { return None };
    let st = i.exc.as_ref()?.borrow();
    match &st.group.as_ref()?.exceptions {
        Value::Tuple(t) => Some(t.items.to_vec()),
        _ => None,
    }
}

pub fn is_group(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if is_group_class(&i.class))
}

pub fn is_group_class(c: &Class) -> bool {
    c.is_subclass(&class_of(ExcKind::BaseExceptionGroup))
}

/// `message` and `exceptions` of a group instance.
pub fn group_attr(inst: &Instance, name: &str) -> Option<Value> {
    let st = inst.exc.as_ref()?.borrow();
    let g = st.group.as_ref()?;
    match name {
        "message" => Some(g.message.clone()),
        "exceptions" => Some(g.exceptions.clone()),
        _ => None,
    }
}

/// `str(group)`: `message (2 sub-exceptions)`.
pub fn group_str(inst: &Instance) -> Option<String> {
    let st = inst.exc.as_ref()?.borrow();
    let g = st.group.as_ref()?;
    let n = match &g.exceptions {
        Value::Tuple(t) => t.items.len(),
        _ => 0,
    };
    let msg = g.message.as_str().unwrap_or_default();
    Some(format!(
        "{msg} ({n} sub-exception{})",
        if n == 1 { "" } else { "s" }
    ))
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`: checks the
/// arguments and makes the instance; `BaseExceptionGroup(...)` of
/// Exceptions only makes an `ExceptionGroup`.
/// cpython: exceptions.c BaseExceptionGroup_new
pub fn new_group(
    vm: &mut Vm,
    class: &Rc<Class>,
    args: &[Value],
    kwargs: &[(Name, Value)],
) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(Exc::type_error(format!(
            "{}() takes no keyword arguments",
            class.name
        )));
    }
    let [message, excs] = args else {
        return Err(Exc::type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    };
    if !matches!(message, Value::Str(_)) {
        return Err(Exc::type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            message.type_name()
        )));
    }
    let items = sequence_items(vm, excs)?;
    let class = choose_class(class, &items)?;
    let v = crate::vm::instance::new_instance(&class, args, None);
    if let Value::Instance(i) = &v
        && let Some(st) = &i.exc
    {
        st.borrow_mut().group = Some(Box::new(GroupState {
            message: message.clone(),
            exceptions: Value::tuple(items),
        }));
    }
    Ok(v)
}

/// The members given to a new group: a non-empty sequence of exceptions.
fn sequence_items(vm: &mut Vm, excs: &Value) -> PyResult<Vec<Value>> {
    let is_sequence = matches!(
        excs,
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) | Value::Bytes(_)
    ) || crate::vm::payload_of(excs)
        .is_some_and(|p| matches!(p, Value::List(_) | Value::Tuple(_)));
    if !is_sequence {
        return Err(Exc::type_error(
            "second argument (exceptions) must be a sequence",
        ));
    }
    let items = vm.collect(excs)?;
    if items.is_empty() {
        return Err(Exc::value_error(
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    for (i, item) in items.iter().enumerate() {
        if !matches!(item, Value::Instance(inst) if inst.exc.is_some()) {
            return Err(Exc::value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
    }
    Ok(items)
}

/// The class the new group is made of.
fn choose_class(class: &Rc<Class>, items: &[Value]) -> PyResult<Rc<Class>> {
    let exception = class_of(ExcKind::Exception);
    let nested_base = items
        .iter()
        .any(|v| matches!(v, Value::Instance(i) if !i.class.is_subclass(&exception)));
    let base_group = class_of(ExcKind::BaseExceptionGroup);
    if Rc::ptr_eq(class, &base_group) {
        return Ok(if nested_base {
            base_group
        } else {
            class_of(ExcKind::ExceptionGroup)
        });
    }
    if nested_base && Rc::ptr_eq(class, &class_of(ExcKind::ExceptionGroup)) {
        return Err(Exc::type_error(
            "Cannot nest BaseExceptions in an ExceptionGroup",
        ));
    }
    if nested_base && class.is_subclass(&exception) {
        return Err(Exc::type_error(format!(
            "Cannot nest BaseExceptions in '{}'",
            class.name
        )));
    }
    Ok(class.clone())
}

/// What `split`, `subgroup` and the `except*` machinery match leaves by.
enum Matcher {
    Types(Vec<Rc<Class>>),
    Predicate(Value),
    /// The leaves with these addresses (PREP_RERAISE_STAR's projection).
    Ids(Vec<usize>),
}

impl Matcher {
    /// cpython: get_matcher_type
    fn from_value(v: &Value) -> PyResult<Matcher> {
        let bad =
            || Exc::type_error("expected a function, exception type or tuple of exception types");
        match v {
            Value::Class(c) if c.is_exception() => Ok(Matcher::Types(vec![c.clone()])),
            Value::Tuple(t) => t
                .items
                .iter()
                .map(|item| match item {
                    Value::Class(c) if c.is_exception() => Ok(c.clone()),
                    _ => Err(bad()),
                })
                .collect::<PyResult<_>>()
                .map(Matcher::Types),
            Value::Class(_) => Err(bad()),
            f if f.is_callable() => Ok(Matcher::Predicate(f.clone())),
            _ => Err(bad()),
        }
    }

    fn matches(&self, vm: &mut Vm, exc: &Value) -> PyResult<bool> {
        match self {
            Matcher::Types(types) => Ok(matches!(exc, Value::Instance(i)
                if types.iter().any(|t| i.class.is_subclass(t)))),
            Matcher::Predicate(f) => {
                let r = vm.call(f, vec![exc.clone()])?;
                vm.is_true(&r)
            }
            Matcher::Ids(ids) => Ok(ids.contains(&exc.address())),
        }
    }
}

/// A split's two halves; None where nothing went.
type Halves = (Option<Value>, Option<Value>);

/// cpython: exceptiongroup_split_recursive
fn split_recursive(vm: &mut Vm, exc: &Value, m: &Matcher, with_rest: bool) -> PyResult<Halves> {
    if m.matches(vm, exc)? {
        return Ok((Some(exc.clone()), None));
    }
    let Some(items) = members(exc) else {
        return Ok((None, with_rest.then(|| exc.clone())));
    };
    let (mut matched, mut rest) = (Vec::new(), Vec::new());
    for e in &items {
        let (a, b) = split_recursive(vm, e, m, with_rest)?;
        matched.extend(a);
        rest.extend(b);
    }
    let matched = subset(vm, exc, matched)?;
    let rest = if with_rest {
        subset(vm, exc, rest)?
    } else {
        None
    };
    Ok((matched, rest))
}

/// `orig.derive(excs)` with orig's traceback, cause, context and a copy of
/// its notes; None for no exceptions.
/// cpython: exceptiongroup_subset
fn subset(vm: &mut Vm, orig: &Value, excs: Vec<Value>) -> PyResult<Option<Value>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let derive = vm.get_attr(orig, "derive")?;
    let eg = vm.call(&derive, vec![Value::list(excs)])?;
    if !is_group(&eg) {
        return Err(Exc::type_error(
            "derive must return an instance of BaseExceptionGroup",
        ));
    }
    let (Value::Instance(from), Value::Instance(to)) = (orig, &eg) else {
        unreachable!("invariant: both are exception instances")
    };
    copy_metadata(vm, from, to)?;
    Ok(Some(eg))
}

fn copy_metadata(vm: &mut Vm, from: &Instance, to: &Instance) -> PyResult<()> {
    if let (Some(src), Some(dst)) = (&from.exc, &to.exc) {
        let src = src.borrow();
        let mut dst = dst.borrow_mut();
        dst.traceback = src.traceback.clone();
        dst.context = src.context.clone();
        dst.cause = src.cause.clone();
        dst.suppress_context = true; // cpython: PyException_SetCause sets it
    }
    if let Some(notes) = from.dict.get_str("__notes__")
        && matches!(notes, Value::List(_) | Value::Tuple(_))
    {
        let copy = vm.collect(&notes)?;
        to.dict.set_str("__notes__", Value::list(copy));
    }
    Ok(())
}

/// `BaseExceptionGroup.split(condition)` and `.subgroup(condition)`.
fn split_method(vm: &mut Vm, args: &[Value], name: &str, with_rest: bool) -> PyResult<Value> {
    let [this, cond] = args else {
        return Err(Exc::type_error(format!(
            "BaseExceptionGroup.{name}() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    let m = Matcher::from_value(cond)?;
    let (matched, rest) = split_recursive(vm, this, &m, with_rest)?;
    let matched = matched.unwrap_or(Value::None);
    Ok(if with_rest {
        Value::tuple(vec![matched, rest.unwrap_or(Value::None)])
    } else {
        matched
    })
}

fn split(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::no_kwargs("split", kw)?;
    split_method(vm, args, "split", true)
}

fn subgroup(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::no_kwargs("subgroup", kw)?;
    split_method(vm, args, "subgroup", false)
}

/// `eg.derive(excs)`: `BaseExceptionGroup(eg.message, excs)`.
fn derive(vm: &mut Vm, args: &[Value], kw: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::no_kwargs("derive", kw)?;
    let [Value::Instance(this), excs] = args else {
        return Err(Exc::type_error(format!(
            "BaseExceptionGroup.derive() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    let message = group_attr(this, "message").unwrap_or(Value::None);
    let class = class_of(ExcKind::BaseExceptionGroup);
    new_group(vm, &class, &[message, excs.clone()], &[])
}

/// The methods of BaseExceptionGroup's namespace.
pub const METHODS: [(&str, crate::value::BuiltinFn); 3] =
    [("split", split), ("subgroup", subgroup), ("derive", derive)];

/// `except* T`: T must be an exception class (or a tuple of them) and not
/// a group class.
/// cpython: ceval.c check_except_star_type_valid
fn check_star_type(t: &Value) -> PyResult<()> {
    let types: Vec<&Value> = match t {
        Value::Tuple(items) => items.items.iter().collect(),
        other => vec![other],
    };
    for t in &types {
        if !matches!(t, Value::Class(c) if c.is_exception()) {
            return Err(Exc::type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
    }
    if types
        .iter()
        .any(|t| matches!(t, Value::Class(c) if is_group_class(c)))
    {
        return Err(Exc::type_error(
            "catching ExceptionGroup with except* is not allowed. Use except instead.",
        ));
    }
    Ok(())
}

/// CHECK_EG_MATCH: the part of `exc` that `match_type` matches, and the
/// rest; a matching naked exception is wrapped in `ExceptionGroup('', ...)`.
/// cpython: ceval.c exception_group_match
pub fn check_eg_match(vm: &mut Vm, exc: &Value, match_type: &Value) -> PyResult<Halves> {
    check_star_type(match_type)?;
    let m = Matcher::from_value(match_type)?;
    if exc.is_none() {
        return Ok((None, None));
    }
    if m.matches(vm, exc)? {
        if is_group(exc) {
            return Ok((Some(exc.clone()), None));
        }
        let class = class_of(ExcKind::BaseExceptionGroup);
        let args = [Value::str(String::new()), Value::tuple(vec![exc.clone()])];
        return Ok((Some(new_group(vm, &class, &args, &[])?), None));
    }
    if is_group(exc) {
        return split_recursive(vm, exc, &m, true);
    }
    Ok((None, None))
}

/// PREP_RERAISE_STAR: what leaves a `try` with `except*`, given the
/// original exception and the list of what its handlers raised (re-raised
/// parts, new exceptions) plus the unhandled rest. None when nothing.
/// cpython: exceptions.c _PyExc_PrepReraiseStar
pub fn prep_reraise_star(vm: &mut Vm, orig: &Value, excs: &[Value]) -> PyResult<Value> {
    let excs: Vec<&Value> = excs.iter().filter(|e| !e.is_none()).collect();
    if excs.is_empty() {
        return Ok(Value::None);
    }
    if !is_group(orig) {
        // a naked exception was wrapped: one clause ran, one exception
        return Ok(excs[0].clone());
    }
    let (mut raised, mut reraised) = (Vec::new(), Vec::new());
    for e in excs {
        if same_metadata(e, orig) {
            reraised.push(e.clone());
        } else {
            raised.push(e.clone());
        }
    }
    let mut ids = Vec::new();
    for e in &reraised {
        leaf_ids(e, &mut ids);
    }
    let (projection, _) = split_recursive(vm, orig, &Matcher::Ids(ids), false)?;
    if raised.is_empty() {
        return Ok(projection.unwrap_or(Value::None));
    }
    raised.extend(projection);
    if raised.len() == 1 {
        return Ok(raised.remove(0));
    }
    let class = class_of(ExcKind::BaseExceptionGroup);
    new_group(
        vm,
        &class,
        &[Value::str(String::new()), Value::list(raised)],
        &[],
    )
}

/// The addresses of the leaves (the exceptions that are not groups).
fn leaf_ids(v: &Value, out: &mut Vec<usize>) {
    match members(v) {
        Some(items) => items.iter().for_each(|e| leaf_ids(e, out)),
        None => out.push(v.address()),
    }
}

/// Whether `e` is a part of `orig` that was re-raised: the same notes,
/// traceback, cause and context.
/// cpython: exceptions.c is_same_exception_metadata
fn same_metadata(e: &Value, orig: &Value) -> bool {
    let (Value::Instance(a), Value::Instance(b)) = (e, orig) else {
        return false;
    };
    let (Some(sa), Some(sb)) = (&a.exc, &b.exc) else {
        return false;
    };
    let same = |x: &Option<Value>, y: &Option<Value>| match (x, y) {
        (None, None) => true,
        (Some(x), Some(y)) => x.address() == y.address(),
        _ => false,
    };
    let (sa, sb) = (sa.borrow(), sb.borrow());
    let same_tb = sa.traceback.len() == sb.traceback.len()
        && sa.traceback.iter().zip(&sb.traceback).all(|(x, y)| {
            Rc::ptr_eq(&x.code, &y.code) && x.line == y.line && x.span.col == y.span.col
        });
    same_tb
        && same(&sa.cause, &sb.cause)
        && same(&sa.context, &sb.context)
        && same(&a.dict.get_str("__notes__"), &b.dict.get_str("__notes__"))
}
