//! One interpreter's heap: the mutable state that objects reach without a
//! VM in hand (their constructors and `Drop`s): the collector's registry
//! and pacing, generators waiting to be closed, cell numbering, and the
//! module cache. Each `Interpreter` owns one, through its `Vm`.
//!
//! ```text
//!     thread: CURRENT ──▶ Heap A        HEAPS: [A, B]   (which heaps exist, which is current)
//!     Heap:   registry [cell#1, list, fn, ...]   pacing   dead generators   next cell id   modules
//! ```
//!
//! No interpreter's state lives in a thread-local. The thread knows only
//! which heaps exist and which one is current (as CPython's runtime keeps
//! its interpreters and the current thread state): a new container joins
//! the current heap, and a dying one leaves whichever heap holds it, so two
//! interpreters never see each other's objects.

use crate::gc::{Pacing, Tracked};
use crate::value::{Generator, Name, Value};
use rustc_hash::{FxHashMap, FxHashSet};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub struct Heap {
    /// Every live tracked container of this heap (`gc.rs`).
    pub(crate) registry: RefCell<Vec<Tracked>>,
    pub(crate) pacing: Cell<Pacing>,
    /// A collection or a generator close is due at the next call.
    pub(crate) pending: Cell<bool>,
    /// Generators whose last reference went while suspended inside a
    /// `try`: the VM closes them at its next call.
    pub(crate) dead_generators: RefCell<Vec<Rc<Generator>>>,
    next_cell_id: Cell<u32>,
    /// `import name` makes each module once per interpreter.
    pub(crate) modules: RefCell<FxHashMap<String, Value>>,
    /// `sys.argv` as the command line gave it (read when `sys` is made).
    pub argv: RefCell<Vec<String>>,
    /// The last `del` that emptied each cell: cell id → where it ran.
    dels: RefCell<FxHashMap<u32, DelSite>>,
    /// Weak references and finalizers (`weak.rs`).
    pub(crate) weak: RefCell<crate::weak::WeakTable>,
}

/// Where a DELETE_DEREF ran: the code's qualname and the line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DelSite {
    pub qualname: Name,
    pub line: u32,
}

thread_local! {
    static CURRENT: Cell<*const Heap> = const { Cell::new(std::ptr::null()) };
    static HEAPS: RefCell<Vec<*const Heap>> = const { RefCell::new(Vec::new()) };
}

impl Heap {
    /// A new heap, made current.
    pub fn new() -> Rc<Heap> {
        let heap = Rc::new(Heap {
            registry: RefCell::new(Vec::new()),
            pacing: Cell::new(Pacing::default()),
            pending: Cell::new(false),
            dead_generators: RefCell::new(Vec::new()),
            next_cell_id: Cell::new(1),
            modules: RefCell::new(FxHashMap::default()),
            argv: RefCell::new(vec![String::new()]),
            dels: RefCell::new(FxHashMap::default()),
            weak: RefCell::new(Default::default()),
        });
        let _ = HEAPS.try_with(|h| h.borrow_mut().push(Rc::as_ptr(&heap)));
        heap.enter();
        heap
    }

    /// Makes this heap the one new containers join.
    #[inline]
    pub fn enter(&self) {
        let _ = CURRENT.try_with(|c| c.set(self));
    }

    /// The next cell's number: `cell#1`, `cell#2`, ... in creation order.
    pub fn next_cell_id(&self) -> u32 {
        let id = self.next_cell_id.get();
        self.next_cell_id.set(id.wrapping_add(1)); // wraps after 4 billion cells
        id
    }

    /// The number the next cell will get.
    pub fn peek_next_cell_id(&self) -> u32 {
        self.next_cell_id.get()
    }

    /// Remembers that a `del` at `line` of `qualname` emptied cell `id`.
    pub fn record_del(&self, id: u32, qualname: Name, line: u32) {
        self.dels
            .borrow_mut()
            .insert(id, DelSite { qualname, line });
    }

    /// The `del` that last emptied cell `id`, if one did.
    pub fn del_site(&self, id: u32) -> Option<DelSite> {
        self.dels.borrow().get(&id).cloned()
    }

    /// Forgets the `del`s of cells that are gone (after a collection).
    pub(crate) fn prune_dels(&self, live_ids: impl FnOnce() -> FxHashSet<u32>) {
        let mut dels = self.dels.borrow_mut();
        if !dels.is_empty() {
            let live = live_ids();
            dels.retain(|id, _| live.contains(id));
        }
    }

    /// Asks the VM to stop at its next call (a collection or a close is due).
    pub fn request(&self) {
        self.pending.set(true);
    }
}

impl Drop for Heap {
    /// Whatever outlives the interpreter (a value a caller still holds)
    /// leaves the registry, so its own `Drop` touches no heap.
    fn drop(&mut self) {
        for t in self.registry.get_mut().drain(..) {
            // SAFETY: registered pointers are live objects.
            unsafe { t.header() }.clear();
        }
        let me: *const Heap = self;
        let _ = HEAPS.try_with(|h| h.borrow_mut().retain(|&p| p != me));
        let _ = CURRENT.try_with(|c| {
            if c.get() == me {
                let next = HEAPS
                    .try_with(|h| h.borrow().last().copied())
                    .ok()
                    .flatten();
                c.set(next.unwrap_or(std::ptr::null()));
            }
        });
    }
}

/// Is there exactly one heap on this thread (so every tracked object is its)?
pub(crate) fn is_only() -> bool {
    HEAPS.try_with(|h| h.borrow().len() == 1).unwrap_or(false)
}

/// Runs `f` on the current heap, if there is one.
pub(crate) fn with_current<R>(f: impl FnOnce(&Heap) -> R) -> Option<R> {
    let p = CURRENT.try_with(|c| c.get()).ok()?;
    // SAFETY: CURRENT is null or a heap in HEAPS, and a heap leaves both
    // in its Drop, before its memory goes.
    unsafe { p.as_ref() }.map(f)
}

/// Runs `f` on the first heap, current first, for which `pick` holds.
pub(crate) fn find<R>(mut pick: impl FnMut(&Heap) -> Option<R>) -> Option<R> {
    if let Some(Some(r)) = with_current(&mut pick) {
        return Some(r);
    }
    let heaps: Vec<*const Heap> = HEAPS.try_with(|h| h.borrow().clone()).ok()?;
    // SAFETY: every pointer in HEAPS is a live heap (see `with_current`).
    heaps.into_iter().find_map(|p| pick(unsafe { &*p }))
}
