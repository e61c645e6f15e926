//! Trial deletion over one heap's registry (cpython: gcmodule.c
//! update_refs, subtract_refs, move_unreachable), on borrowed objects: no
//! reference count is taken or dropped while the registry is walked, and
//! an edge is followed to the child's header without cloning the child,
//! so a collection costs a few loads per object and per reference.
//!
//! ```text
//!     pass 1  refs[i] = strong count of object i
//!     pass 2  refs[j] -= 1 for every reference i → j inside the registry
//!     pass 3  objects with refs > 0, and all they reach, are alive
//! ```

use super::{GcIndex, Tracked};
use crate::value::{Dict, Function, Value};
use std::mem::ManuallyDrop;
use std::rc::Rc;

/// The indexes of the objects of `reg` reachable only from each other.
/// When `only` this heap exists, every tracked object is in `reg`.
/// SAFETY: every entry of `reg` is a live object made by `Rc::new`, and
/// nothing is freed or untracked while this runs (it runs no Python code).
pub(super) unsafe fn find_garbage(reg: &[Tracked], only: bool) -> Vec<usize> {
    let mut refs: Vec<i32> = reg.iter().map(|t| unsafe { t.strong() } as i32).collect();
    for t in reg {
        unsafe { t.visit(&mut |h| decrement(h, reg, only, &mut refs)) };
    }
    let mut reachable: Vec<bool> = refs.iter().map(|&r| r > 0).collect();
    let mut queue: Vec<u32> = (0..reg.len() as u32)
        .filter(|&i| reachable[i as usize])
        .collect();
    while let Some(i) = queue.pop() {
        let mut reach = |h: &GcIndex| {
            if let Some(j) = tracked_index(h, reg, only)
                && !reachable[j]
            {
                reachable[j] = true; // alive: reached from a live object
                queue.push(j as u32);
            }
        };
        unsafe { reg[i as usize].visit(&mut reach) };
    }
    (0..reg.len()).filter(|&i| !reachable[i]).collect()
}

/// One reference from inside the registry to `h`'s object.
#[inline(always)]
fn decrement(h: &GcIndex, reg: &[Tracked], only: bool, refs: &mut [i32]) {
    if let Some(j) = tracked_index(h, reg, only) {
        refs[j] -= 1;
    }
}

/// The registry index of the object with header `h`, if it is tracked in
/// `reg` (an object of another heap is not).
#[inline(always)]
fn tracked_index(h: &GcIndex, reg: &[Tracked], only: bool) -> Option<usize> {
    let i = h.0.get() as usize;
    if i == u32::MAX as usize {
        return None;
    }
    if only {
        debug_assert!(
            i < reg.len(),
            "invariant: a tracked index is in the registry"
        );
        return Some(i);
    }
    // SAFETY: registered pointers are live objects.
    let ours = reg
        .get(i)
        .is_some_and(|t| std::ptr::eq(unsafe { t.header() }, h));
    ours.then_some(i)
}

/// The header of a value that is a container (tracked or not).
#[inline(always)]
pub(super) fn header_of(v: &Value) -> Option<&GcIndex> {
    match v {
        Value::Cell(r) => Some(&r.gc),
        Value::List(r) => Some(&r.gc),
        Value::Tuple(r) => Some(&r.gc),
        Value::Dict(r) => Some(&r.gc),
        Value::Set(r) => Some(&r.gc),
        Value::Function(r) => Some(&r.gc),
        Value::Instance(r) => Some(&r.gc),
        Value::Generator(r) => Some(&r.gc),
        _ => None,
    }
}

/// `f` on the header of every container among `values`.
#[inline(always)]
fn each<'a, F: FnMut(&GcIndex)>(values: impl Iterator<Item = &'a Value>, f: &mut F) {
    for v in values {
        if let Some(h) = header_of(v) {
            f(h);
        }
    }
}

impl Tracked {
    /// The object's strong reference count.
    /// SAFETY: the pointer is registered and comes from `Rc::as_ptr`.
    unsafe fn strong(&self) -> usize {
        unsafe fn count<T>(p: *const T) -> usize {
            // (borrowed: the ManuallyDrop never gives the count back)
            Rc::strong_count(&ManuallyDrop::new(unsafe { Rc::from_raw(p) }))
        }
        unsafe {
            match *self {
                Tracked::Cell(p) => count(p),
                Tracked::List(p) => count(p),
                Tracked::Tuple(p) => count(p),
                Tracked::Dict(p) => count(p),
                Tracked::Set(p) => count(p),
                Tracked::Function(p) => count(p),
                Tracked::Instance(p) => count(p),
                Tracked::Generator(p) => count(p),
            }
        }
    }

    /// Calls `f` on the header of every container the object refers to
    /// directly. A container someone is mutating right now (borrowed) is
    /// skipped: its children then count as referenced from outside,
    /// which only keeps them alive.
    /// SAFETY: the pointer is registered (the object is alive).
    unsafe fn visit<F: FnMut(&GcIndex)>(&self, f: &mut F) {
        unsafe {
            match *self {
                Tracked::Cell(c) => {
                    if let Ok(v) = (*c).contents.try_borrow() {
                        each(v.iter(), f);
                    }
                }
                Tracked::List(x) => {
                    if let Ok(items) = (*x).items.try_borrow() {
                        each(items.iter(), f);
                    }
                }
                Tracked::Tuple(t) => each((*t).items.iter(), f),
                Tracked::Dict(d) => visit_dict(&*d, f),
                Tracked::Set(s) => each((*s).items().iter(), f),
                Tracked::Function(func) => visit_function(&*func, f),
                Tracked::Instance(i) => visit_instance(&*i, f),
                Tracked::Generator(g) => {
                    if let Ok(st) = (*g).state.try_borrow()
                        && let Some(saved) = &st.saved
                    {
                        each(saved.slots.iter(), f);
                        if let Some(func) = &saved.frame.func {
                            f(&func.gc);
                        }
                    }
                }
            }
        }
    }
}

fn visit_dict<F: FnMut(&GcIndex)>(d: &Dict, f: &mut F) {
    if let Ok(map) = d.try_borrow() {
        for (k, v) in map.iter() {
            each([&k.value, v].into_iter(), f);
        }
    }
}

/// Once `__dict__` was handed out the dict is tracked on its own: the
/// instance then holds a reference to it, not its entries.
fn visit_instance<F: FnMut(&GcIndex)>(i: &crate::value::Instance, f: &mut F) {
    each(i.payload.iter(), f);
    if let Some(slots) = &i.slots {
        visit_dict(slots, f);
    }
    if i.dict.gc.is_tracked() {
        f(&i.dict.gc)
    } else {
        visit_dict(&i.dict, f)
    }
}

fn visit_function<F: FnMut(&GcIndex)>(func: &Function, f: &mut F) {
    for c in func.closure.iter() {
        f(&c.gc);
    }
    // (visiting runs no Python code and writes no defaults)
    func.with_defaults_rc(|d| d.into_iter().for_each(|t| f(&t.gc)));
    func.with_kwdefaults_rc(|d| d.into_iter().for_each(|t| f(&t.gc)));
    if let Some(d) = &func.annotations {
        f(&d.gc);
    }
    if let Ok(attrs) = func.attrs.try_borrow()
        && let Some(attrs) = &*attrs
    {
        if let Some(d) = &attrs.dict {
            f(&d.gc);
        }
        each(std::iter::once(&attrs.doc), f);
    }
}
