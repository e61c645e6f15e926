//! The cycle collector. Values are reference counted (`Rc`); what counting
//! cannot free is a cycle, such as a self-recursive inner function:
//! function → closure → cell → function. Container objects register here
//! while they live; `collect` finds the unreachable ones the way CPython's
//! gcmodule.c does — trial deletion — and clears them, breaking the cycles.
//!
//! 1. For every live tracked object, refs = its strong count.
//! 2. Subtract every reference that comes from another tracked object.
//! 3. Objects left with refs > 0 are referenced from outside (frames,
//!    globals, Rust locals): they and all they reach are alive.
//! 4. The rest is garbage: clear its contents, and counting frees it.
//!
//! The registry is the interpreter's `Heap`'s: a collection looks only at
//! its own heap, and a reference to another heap's object counts as one
//! from outside (which only keeps that object alive).

mod trial;

use crate::heap::Heap;
use crate::value::{CellObj, Dict, Function, Generator, Instance, List, Set, Tuple, Value};
use std::cell::Cell;
use std::rc::Rc;

/// Where a tracked object sits in the registry; `u32::MAX` when it is not
/// tracked. Every container carries one, and its `Drop` unregisters it,
/// so the registry only ever holds live objects (cpython: the gc list
/// links in PyGC_Head, unlinked on dealloc).
pub struct GcIndex(Cell<u32>);

impl Default for GcIndex {
    fn default() -> GcIndex {
        GcIndex(Cell::new(u32::MAX))
    }
}

impl GcIndex {
    /// Whether the object is in the registry.
    pub fn is_tracked(&self) -> bool {
        self.0.get() != u32::MAX
    }

    /// Removes the object from its heap's registry; called from its
    /// `Drop`. Returns that heap (null when it was not tracked).
    pub fn untrack(&self) -> *const Heap {
        let i = self.0.replace(u32::MAX);
        if i == u32::MAX {
            return std::ptr::null();
        }
        crate::heap::find(|h| h.unregister(i, self).then_some(h as *const Heap))
            .unwrap_or(std::ptr::null())
    }

    /// Forgets the registry slot (the heap is going away).
    pub(crate) fn clear(&self) {
        self.0.set(u32::MAX);
    }
}

/// A registered container: a pointer to a live object.
#[derive(Clone, Copy)]
pub(crate) enum Tracked {
    Cell(*const CellObj),
    List(*const List),
    Tuple(*const Tuple),
    Dict(*const Dict),
    Set(*const Set),
    Function(*const Function),
    Instance(*const Instance),
    Generator(*const Generator),
}

impl Tracked {
    /// SAFETY: the pointer must be registered (so the object is alive).
    pub(crate) unsafe fn header(&self) -> &GcIndex {
        unsafe {
            match *self {
                Tracked::Cell(p) => &(*p).gc,
                Tracked::List(p) => &(*p).gc,
                Tracked::Tuple(p) => &(*p).gc,
                Tracked::Dict(p) => &(*p).gc,
                Tracked::Set(p) => &(*p).gc,
                Tracked::Function(p) => &(*p).gc,
                Tracked::Instance(p) => &(*p).gc,
                Tracked::Generator(p) => &(*p).gc,
            }
        }
    }

    /// SAFETY: as `upgrade`, and the object must be a cell.
    unsafe fn upgrade_cell(&self) -> Rc<CellObj> {
        match unsafe { self.upgrade() } {
            Live::Cell(c) => c,
            _ => unreachable!("invariant: a Tracked::Cell is a cell"),
        }
    }

    /// SAFETY: as `upgrade`, and the object must be a function.
    unsafe fn upgrade_function(&self) -> Rc<Function> {
        match unsafe { self.upgrade() } {
            Live::Function(f) => f,
            _ => unreachable!("invariant: a Tracked::Function is a function"),
        }
    }

    /// SAFETY: as `upgrade`, and the object must be a generator.
    unsafe fn upgrade_generator(&self) -> Rc<Generator> {
        match unsafe { self.upgrade() } {
            Live::Generator(g) => g,
            _ => unreachable!("invariant: a Tracked::Generator is a generator"),
        }
    }

    /// A strong reference to the registered object.
    /// SAFETY: the pointer must be registered, and come from `Rc::as_ptr`.
    unsafe fn upgrade(&self) -> Live {
        unsafe fn strong<T>(p: *const T) -> Rc<T> {
            unsafe {
                Rc::increment_strong_count(p);
                Rc::from_raw(p)
            }
        }
        unsafe {
            match *self {
                Tracked::Cell(p) => Live::Cell(strong(p)),
                Tracked::List(p) => Live::List(strong(p)),
                Tracked::Tuple(p) => Live::Tuple(strong(p)),
                Tracked::Dict(p) => Live::Dict(strong(p)),
                Tracked::Set(p) => Live::Set(strong(p)),
                Tracked::Function(p) => Live::Function(strong(p)),
                Tracked::Instance(p) => Live::Instance(strong(p)),
                Tracked::Generator(p) => Live::Generator(strong(p)),
            }
        }
    }
}

/// A live container during a collection (a strong reference: garbage is
/// held this way while its peers are cleared).
enum Live {
    Cell(Rc<CellObj>),
    List(Rc<List>),
    // held, never read: a tuple has nothing to clear
    Tuple(#[allow(dead_code)] Rc<Tuple>),
    Dict(Rc<Dict>),
    Set(Rc<Set>),
    Function(Rc<Function>),
    Instance(Rc<Instance>),
    Generator(Rc<Generator>),
}

/// Collection pacing: collect after this many new containers, or as many
/// as survived the last collection, whichever is more.
const MIN_THRESHOLD: usize = 1_000;

#[derive(Clone, Copy)]
pub(crate) struct Pacing {
    since_collect: usize,
    threshold: usize,
    enabled: bool,
}

impl Default for Pacing {
    fn default() -> Pacing {
        Pacing {
            since_collect: 0,
            threshold: MIN_THRESHOLD,
            enabled: true,
        }
    }
}

/// Registers a container with the current heap (none: it stays untracked).
fn track(t: Tracked, header: &GcIndex) {
    crate::heap::with_current(|h| h.register(t, header));
}

pub fn track_cell(c: &Rc<CellObj>) {
    track(Tracked::Cell(Rc::as_ptr(c)), &c.gc);
}
pub fn track_list(l: &Rc<List>) {
    track(Tracked::List(Rc::as_ptr(l)), &l.gc);
}
/// A tuple of atoms (ints, strs, None, ...) can never be part of a cycle
/// (it is immutable and refers to no container): it is not tracked
/// (cpython untracks such tuples at its next collection).
pub fn track_tuple(t: &Rc<Tuple>) {
    if t.items.iter().any(|v| trial::header_of(v).is_some()) {
        track(Tracked::Tuple(Rc::as_ptr(t)), &t.gc);
    }
}
pub fn track_dict(d: &Rc<Dict>) {
    track(Tracked::Dict(Rc::as_ptr(d)), &d.gc);
}
pub fn track_set(s: &Rc<Set>) {
    track(Tracked::Set(Rc::as_ptr(s)), &s.gc);
}
pub fn track_function(f: &Rc<Function>) {
    track(Tracked::Function(Rc::as_ptr(f)), &f.gc);
}
pub fn track_instance(i: &Rc<Instance>) {
    track(Tracked::Instance(Rc::as_ptr(i)), &i.gc);
}
pub fn track_generator(g: &Rc<Generator>) {
    track(Tracked::Generator(Rc::as_ptr(g)), &g.gc);
}

/// Live cells, functions and generators, as `Heap::live_split` gives them.
pub type LiveSplit = (Vec<Rc<CellObj>>, Vec<Rc<Function>>, Vec<Rc<Generator>>);

impl Heap {
    fn register(&self, t: Tracked, header: &GcIndex) {
        let mut r = self.registry.borrow_mut();
        header.0.set(r.len() as u32);
        r.push(t);
        let mut p = self.pacing.get();
        p.since_collect += 1;
        if p.since_collect >= p.threshold && p.enabled {
            self.pending.set(true);
        }
        self.pacing.set(p);
    }

    /// Takes `header`'s object out of slot `i` if it is this heap's.
    fn unregister(&self, i: u32, header: &GcIndex) -> bool {
        let mut r = self.registry.borrow_mut();
        // SAFETY: every registered pointer is a live object: it
        // unregisters itself before its memory is freed.
        let ours = r
            .get(i as usize)
            .is_some_and(|t| std::ptr::eq(unsafe { t.header() }, header));
        if !ours {
            return false;
        }
        r.swap_remove(i as usize);
        if let Some(moved) = r.get(i as usize) {
            unsafe { moved.header() }.0.set(i); // SAFETY: as above
        }
        // A container that reference counting freed no longer counts
        // towards the next collection (cpython: PyObject_GC_Del lowers
        // generation 0's count), so churn without cycles collects nothing.
        let mut p = self.pacing.get();
        p.since_collect = p.since_collect.saturating_sub(1);
        self.pacing.set(p);
        true
    }

    /// Whether a collection (or a generator's close) is due: checked by
    /// the VM at calls.
    #[inline]
    pub fn pending(&self) -> bool {
        self.pending.get()
    }

    /// At a call with `pending()` set: collects if enough containers were
    /// made since the last collection, else only clears the request.
    pub fn collect_if_due(&self) {
        let p = self.pacing.get();
        if p.enabled && p.since_collect >= p.threshold {
            self.collect();
        } else {
            self.pending.set(false);
        }
    }

    /// `gc.enable()` / `gc.disable()`.
    pub fn set_gc_enabled(&self, on: bool) {
        let mut p = self.pacing.get();
        p.enabled = on;
        self.pacing.set(p);
    }

    pub fn gc_enabled(&self) -> bool {
        self.pacing.get().enabled
    }

    /// Strong references to every live tracked object.
    fn live(&self) -> Vec<Live> {
        // SAFETY: registered pointers are live objects made by Rc::new.
        self.registry
            .borrow()
            .iter()
            .map(|t| unsafe { t.upgrade() })
            .collect()
    }

    /// Every live cell, in creation order (for `:cells`).
    pub fn live_cells(&self) -> Vec<Rc<CellObj>> {
        let mut out: Vec<Rc<CellObj>> = self
            .live()
            .into_iter()
            .filter_map(|l| if let Live::Cell(c) = l { Some(c) } else { None })
            .collect();
        out.sort_by_key(|c| c.id);
        out
    }

    /// Every live function (for the holders of a cell).
    pub fn live_functions(&self) -> Vec<Rc<Function>> {
        let f = |l| {
            if let Live::Function(f) = l {
                Some(f)
            } else {
                None
            }
        };
        self.live().into_iter().filter_map(f).collect()
    }

    /// Every live generator (suspended frames hold cells; for `:cells`).
    pub fn live_generators(&self) -> Vec<Rc<Generator>> {
        let f = |l| {
            if let Live::Generator(g) = l {
                Some(g)
            } else {
                None
            }
        };
        self.live().into_iter().filter_map(f).collect()
    }

    /// Every live cell (in creation order), function and generator, in
    /// one pass over the registry (for a snapshot).
    pub fn live_split(&self) -> LiveSplit {
        let (mut cells, mut funcs, mut gens) = (Vec::new(), Vec::new(), Vec::new());
        for t in self.registry.borrow().iter() {
            // SAFETY: registered pointers are live objects made by Rc::new.
            match t {
                Tracked::Cell(_) => cells.push(unsafe { t.upgrade_cell() }),
                Tracked::Function(_) => funcs.push(unsafe { t.upgrade_function() }),
                Tracked::Generator(_) => gens.push(unsafe { t.upgrade_generator() }),
                _ => {}
            }
        }
        cells.sort_by_key(|c: &Rc<CellObj>| c.id);
        (cells, funcs, gens)
    }

    /// How many containers are tracked now.
    pub fn tracked_count(&self) -> usize {
        self.registry.borrow().len()
    }

    /// Runs a full collection; returns how many unreachable objects it freed.
    pub fn collect(&self) -> usize {
        self.pending.set(false);
        let garbage: Vec<Live> = {
            let r = self.registry.borrow();
            // SAFETY: registered pointers are live objects made by Rc::new,
            // and nothing is freed while the registry is borrowed here.
            let dead = unsafe { trial::find_garbage(&r, crate::heap::is_only()) };
            // SAFETY: registered pointers are live objects made by Rc::new.
            dead.into_iter()
                .map(|i| unsafe { r[i].upgrade() })
                .collect()
        };
        let mut trash: Vec<Value> = Vec::new();
        for l in &garbage {
            clear(l, &mut trash);
        }
        let n = garbage.len();
        drop(garbage);
        drop(trash);
        let mut p = self.pacing.get();
        p.since_collect = 0;
        p.threshold = MIN_THRESHOLD.max(self.tracked_count());
        self.pacing.set(p);
        self.prune_dels(|| self.live_cells().iter().map(|c| c.id).collect());
        n
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
        Live::Instance(i) => {
            if let Some(slots) = &i.slots {
                clear_dict(slots, trash);
            }
            clear_dict(&i.dict, trash)
        }
        Live::Function(func) => {
            if let Ok(mut attrs) = func.attrs.try_borrow_mut()
                && let Some(attrs) = &mut *attrs
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
