//! The cycle collector. Values are reference counted (`Rc`); what counting
//! cannot free is a cycle, such as a self-recursive inner function:
//! function → closure → cell → function. Container objects register here
//! (a `Weak` each); `collect` finds the unreachable ones the way CPython's
//! gcmodule.c does — trial deletion — and clears them, breaking the cycles.
//!
//! 1. For every live tracked object, refs = its strong count.
//! 2. Subtract every reference that comes from another tracked object.
//! 3. Objects left with refs > 0 are referenced from outside (frames,
//!    globals, Rust locals): they and all they reach are alive.
//! 4. The rest is garbage: clear its contents, and counting frees it.

use crate::value::{CellObj, Dict, Function, Generator, Instance, List, Set, Tuple, Value};
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicBool, Ordering};

/// A registered container.
enum Tracked {
    Cell(Weak<CellObj>),
    List(Weak<List>),
    Tuple(Weak<Tuple>),
    Dict(Weak<Dict>),
    Set(Weak<Set>),
    Function(Weak<Function>),
    Instance(Weak<Instance>),
    Generator(Weak<Generator>),
}

/// A live container during a collection.
enum Live {
    Cell(Rc<CellObj>),
    List(Rc<List>),
    Tuple(Rc<Tuple>),
    Dict(Rc<Dict>),
    Set(Rc<Set>),
    Function(Rc<Function>),
    Instance(Rc<Instance>),
    Generator(Rc<Generator>),
}

struct Heap {
    objects: Vec<Tracked>,
    since_collect: usize,
    threshold: usize,
    enabled: bool,
}

const MIN_THRESHOLD: usize = 20_000;

thread_local! {
    static HEAP: RefCell<Heap> = const { RefCell::new(Heap { objects: Vec::new(), since_collect: 0, threshold: MIN_THRESHOLD, enabled: true }) };
}

/// Set when enough containers were made since the last collection; the VM
/// collects at its next call, where no object is borrowed.
static PENDING: AtomicBool = AtomicBool::new(false);

fn track(t: Tracked) {
    HEAP.with(|h| {
        let mut h = h.borrow_mut();
        h.objects.push(t);
        h.since_collect += 1;
        if h.since_collect >= h.threshold && h.enabled {
            PENDING.store(true, Ordering::Relaxed);
        }
    });
}

pub fn track_cell(c: &Rc<CellObj>) {
    track(Tracked::Cell(Rc::downgrade(c)));
}
pub fn track_list(l: &Rc<List>) {
    track(Tracked::List(Rc::downgrade(l)));
}
pub fn track_tuple(t: &Rc<Tuple>) {
    if !t.items.is_empty() {
        track(Tracked::Tuple(Rc::downgrade(t)));
    }
}
pub fn track_dict(d: &Rc<Dict>) {
    track(Tracked::Dict(Rc::downgrade(d)));
}
pub fn track_set(s: &Rc<Set>) {
    track(Tracked::Set(Rc::downgrade(s)));
}
pub fn track_function(f: &Rc<Function>) {
    track(Tracked::Function(Rc::downgrade(f)));
}
pub fn track_instance(i: &Rc<Instance>) {
    track(Tracked::Instance(Rc::downgrade(i)));
}
pub fn track_generator(g: &Rc<Generator>) {
    track(Tracked::Generator(Rc::downgrade(g)));
}

/// Whether a collection is due (checked by the VM at calls).
#[inline]
pub fn pending() -> bool {
    PENDING.load(Ordering::Relaxed)
}

/// `gc.enable()` / `gc.disable()`.
pub fn set_enabled(on: bool) {
    HEAP.with(|h| h.borrow_mut().enabled = on);
}

/// Every live cell, in creation order (for `:cells`).
pub fn live_cells() -> Vec<Rc<CellObj>> {
    let mut out: Vec<Rc<CellObj>> = HEAP.with(|h| {
        h.borrow()
            .objects
            .iter()
            .filter_map(|t| {
                if let Tracked::Cell(w) = t {
                    w.upgrade()
                } else {
                    None
                }
            })
            .collect()
    });
    out.sort_by_key(|c| c.id);
    out
}

/// Every live function (for the holders of a cell).
pub fn live_functions() -> Vec<Rc<Function>> {
    HEAP.with(|h| {
        h.borrow()
            .objects
            .iter()
            .filter_map(|t| {
                if let Tracked::Function(w) = t {
                    w.upgrade()
                } else {
                    None
                }
            })
            .collect()
    })
}

/// Runs a full collection; returns how many unreachable objects it freed.
pub fn collect() -> usize {
    PENDING.store(false, Ordering::Relaxed);
    let live = take_live();
    let garbage = find_garbage(&live);
    let mut trash: Vec<Value> = Vec::new();
    for &i in &garbage {
        clear(&live[i], &mut trash);
    }
    let n = garbage.len();
    let survivors: Vec<Tracked> = live.iter().map(downgrade).collect();
    HEAP.with(|h| {
        let mut h = h.borrow_mut();
        let added_meanwhile = std::mem::take(&mut h.objects);
        h.objects = survivors;
        h.objects.extend(added_meanwhile);
        h.since_collect = 0;
        h.threshold = MIN_THRESHOLD.max(h.objects.len());
    });
    drop(live);
    drop(trash);
    n
}

/// Upgrades every registered object, forgetting the dead ones.
fn take_live() -> Vec<Live> {
    let objects = HEAP.with(|h| std::mem::take(&mut h.borrow_mut().objects));
    objects.iter().filter_map(upgrade).collect()
}

/// Trial deletion: the indexes of objects reachable only from each other.
fn find_garbage(live: &[Live]) -> Vec<usize> {
    let index: FxHashMap<usize, usize> =
        live.iter().enumerate().map(|(i, o)| (addr(o), i)).collect();
    let mut refs: Vec<isize> = live.iter().map(|o| strong_count(o) as isize - 1).collect();
    for o in live {
        visit(o, &mut |v| {
            if let Some(&j) = value_addr(v).and_then(|a| index.get(&a)) {
                refs[j] -= 1;
            }
        });
    }
    let mut reachable: Vec<bool> = refs.iter().map(|&r| r > 0).collect();
    let mut queue: Vec<usize> = (0..live.len()).filter(|&i| reachable[i]).collect();
    while let Some(i) = queue.pop() {
        visit(&live[i], &mut |v| {
            if let Some(&j) = value_addr(v).and_then(|a| index.get(&a))
                && !reachable[j]
            {
                reachable[j] = true;
                queue.push(j);
            }
        });
    }
    (0..live.len()).filter(|&i| !reachable[i]).collect()
}

fn upgrade(t: &Tracked) -> Option<Live> {
    Some(match t {
        Tracked::Cell(w) => Live::Cell(w.upgrade()?),
        Tracked::List(w) => Live::List(w.upgrade()?),
        Tracked::Tuple(w) => Live::Tuple(w.upgrade()?),
        Tracked::Dict(w) => Live::Dict(w.upgrade()?),
        Tracked::Set(w) => Live::Set(w.upgrade()?),
        Tracked::Function(w) => Live::Function(w.upgrade()?),
        Tracked::Instance(w) => Live::Instance(w.upgrade()?),
        Tracked::Generator(w) => Live::Generator(w.upgrade()?),
    })
}

fn downgrade(l: &Live) -> Tracked {
    match l {
        Live::Cell(r) => Tracked::Cell(Rc::downgrade(r)),
        Live::List(r) => Tracked::List(Rc::downgrade(r)),
        Live::Tuple(r) => Tracked::Tuple(Rc::downgrade(r)),
        Live::Dict(r) => Tracked::Dict(Rc::downgrade(r)),
        Live::Set(r) => Tracked::Set(Rc::downgrade(r)),
        Live::Function(r) => Tracked::Function(Rc::downgrade(r)),
        Live::Instance(r) => Tracked::Instance(Rc::downgrade(r)),
        Live::Generator(r) => Tracked::Generator(Rc::downgrade(r)),
    }
}

fn addr(l: &Live) -> usize {
    match l {
        Live::Cell(r) => Rc::as_ptr(r) as usize,
        Live::List(r) => Rc::as_ptr(r) as usize,
        Live::Tuple(r) => Rc::as_ptr(r) as usize,
        Live::Dict(r) => Rc::as_ptr(r) as usize,
        Live::Set(r) => Rc::as_ptr(r) as usize,
        Live::Function(r) => Rc::as_ptr(r) as usize,
        Live::Instance(r) => Rc::as_ptr(r) as usize,
        Live::Generator(r) => Rc::as_ptr(r) as usize,
    }
}

fn strong_count(l: &Live) -> usize {
    match l {
        Live::Cell(r) => Rc::strong_count(r),
        Live::List(r) => Rc::strong_count(r),
        Live::Tuple(r) => Rc::strong_count(r),
        Live::Dict(r) => Rc::strong_count(r),
        Live::Set(r) => Rc::strong_count(r),
        Live::Function(r) => Rc::strong_count(r),
        Live::Instance(r) => Rc::strong_count(r),
        Live::Generator(r) => Rc::strong_count(r),
    }
}

/// The address of a value that may be a tracked container.
fn value_addr(v: &Value) -> Option<usize> {
    Some(match v {
        Value::Cell(r) => Rc::as_ptr(r) as usize,
        Value::List(r) => Rc::as_ptr(r) as usize,
        Value::Tuple(r) => Rc::as_ptr(r) as usize,
        Value::Dict(r) => Rc::as_ptr(r) as usize,
        Value::Set(r) => Rc::as_ptr(r) as usize,
        Value::Function(r) => Rc::as_ptr(r) as usize,
        Value::Instance(r) => Rc::as_ptr(r) as usize,
        Value::Generator(r) => Rc::as_ptr(r) as usize,
        _ => return None,
    })
}

/// Calls `f` on every value `l` refers to directly. A container someone
/// is mutating right now (borrowed) is skipped: its children then count
/// as referenced from outside, which only keeps them alive.
fn visit(l: &Live, f: &mut dyn FnMut(&Value)) {
    match l {
        Live::Cell(c) => {
            if let Ok(v) = c.contents.try_borrow()
                && let Some(v) = &*v
            {
                f(v);
            }
        }
        Live::List(x) => {
            if let Ok(items) = x.items.try_borrow() {
                items.iter().for_each(&mut *f);
            }
        }
        Live::Tuple(t) => t.items.iter().for_each(f),
        Live::Dict(d) => visit_dict(d, f),
        Live::Set(s) => s.items().iter().for_each(f),
        Live::Function(func) => visit_function(func, f),
        Live::Instance(i) => visit_dict(&i.dict, f),
        Live::Generator(g) => {
            if let Ok(st) = g.state.try_borrow()
                && let Some(saved) = &st.saved
            {
                saved.slots.iter().for_each(&mut *f);
                if let Some(func) = &saved.frame.func {
                    f(&Value::Function(func.clone()));
                }
            }
        }
    }
}

fn visit_dict(d: &Dict, f: &mut dyn FnMut(&Value)) {
    if let Ok(map) = d.try_borrow() {
        for (k, v) in map.iter() {
            f(&k.value);
            f(v);
        }
    }
}

fn visit_function(func: &Function, f: &mut dyn FnMut(&Value)) {
    for c in func.closure.iter() {
        f(&Value::Cell(c.clone()));
    }
    if let Some(d) = &func.defaults {
        f(&Value::Tuple(d.clone()));
    }
    if let Some(d) = &func.kwdefaults {
        f(&Value::Dict(d.clone()));
    }
    if let Some(d) = &func.annotations {
        f(&Value::Dict(d.clone()));
    }
    if let Ok(attrs) = func.attrs.try_borrow() {
        if let Some(d) = &attrs.dict {
            f(&Value::Dict(d.clone()));
        }
        f(&attrs.doc);
    }
}

/// Empties a garbage object's mutable contents into `trash`.
fn clear(l: &Live, trash: &mut Vec<Value>) {
    match l {
        Live::Cell(c) => {
            if let Ok(mut v) = c.contents.try_borrow_mut() {
                trash.extend(v.take());
            }
        }
        Live::List(x) => {
            if let Ok(mut items) = x.items.try_borrow_mut() {
                trash.append(&mut items);
            }
        }
        Live::Dict(d) => clear_dict(d, trash),
        Live::Set(s) => trash.extend(s.clear().into_iter().map(|k| k.value)),
        Live::Instance(i) => clear_dict(&i.dict, trash),
        Live::Function(func) => {
            if let Ok(mut attrs) = func.attrs.try_borrow_mut()
                && let Some(d) = attrs.dict.take()
            {
                trash.push(Value::Dict(d));
            }
        }
        Live::Generator(g) => {
            if let Ok(mut st) = g.state.try_borrow_mut()
                && let Some(saved) = st.saved.take()
            {
                trash.extend(saved.slots);
            }
        }
        Live::Tuple(_) => {}
    }
}

fn clear_dict(d: &Dict, trash: &mut Vec<Value>) {
    if d.try_borrow().is_ok() {
        for (k, v) in d.clear() {
            trash.push(k.value);
            trash.push(v);
        }
    }
}
