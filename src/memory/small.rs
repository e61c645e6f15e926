//! Small blocks: allocations of at most 256 bytes (alignment at most 16)
//! come from size classes 16 bytes apart, each a free list threaded
//! through its free blocks and refilled by carving 64 KiB chunks taken
//! from the system (cpython: obmalloc.c's pools, simplified). A closure,
//! a cell or a small tuple costs a pop here instead of a trip through
//! malloc, and a freed one a push; no block carries a header.
//!
//! ```text
//!     class c (blocks of 16·(c+1) bytes):  free[c] ─▶ block ─▶ block ─▶ null
//!     chunk:  [ carved blocks ......... | bump ─▶ .......... end ]
//! ```
//!
//! The lists are per thread, so no lock is taken; a block freed on another
//! thread joins that thread's list of the same class (it is plain memory
//! of the class's size). Chunks are never returned to the system: freed
//! blocks wait for the next allocation of their class, as pymalloc's do.
//! The decision small or not depends only on the layout, so a small block
//! never reaches `System.dealloc` and a system block never a free list.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::ptr::null_mut;

/// Size classes are multiples of this (and blocks are aligned to it).
const GRAIN: usize = 16;
/// The largest small allocation.
pub(super) const MAX_SMALL: usize = 256;
const CLASSES: usize = MAX_SMALL / GRAIN;
/// What a refill takes from the system.
const CHUNK: usize = 64 << 10;

struct Lists {
    /// The first free block of each class; a free block's first word
    /// points to the next one.
    free: [Cell<*mut u8>; CLASSES],
    /// The uncarved rest of the current chunk: `bump..end`.
    bump: Cell<*mut u8>,
    end: Cell<*mut u8>,
}

thread_local! {
    // (raw pointers only: no destructor, so the lists stay usable while
    // the thread is torn down)
    static LISTS: Lists = const {
        Lists {
            free: [const { Cell::new(null_mut()) }; CLASSES],
            bump: Cell::new(null_mut()),
            end: Cell::new(null_mut()),
        }
    };
}

/// Whether `layout` is served here.
#[inline(always)]
pub(super) fn is_small(layout: Layout) -> bool {
    layout.size() <= MAX_SMALL && layout.align() <= GRAIN
}

/// The class of a small size (size 0 shares class 0).
#[inline(always)]
fn class_of(size: usize) -> usize {
    debug_assert!(
        size <= MAX_SMALL,
        "invariant: only small sizes have a class"
    );
    size.saturating_sub(1) / GRAIN
}

/// A block for a small layout, or null when the system has no memory.
#[inline(always)]
pub(super) fn alloc(size: usize) -> *mut u8 {
    let c = class_of(size);
    let got = LISTS.try_with(|l| {
        let head = l.free[c].get();
        if head.is_null() {
            return carve(l, (c + 1) * GRAIN);
        }
        // SAFETY: a free block holds the next free block's address.
        l.free[c].set(unsafe { *(head as *mut *mut u8) }); // pop it
        head
    });
    // (no lists: a system block of the class's size, which may later join
    // a free list like any other block of the class)
    got.unwrap_or_else(|_| unsafe { System.alloc(block_layout(c)) })
}

/// Gives a small block back to its class's free list.
/// SAFETY: `p` came from `alloc` with a size of the same class.
#[inline(always)]
pub(super) unsafe fn dealloc(p: *mut u8, size: usize) {
    let c = class_of(size);
    let _ = LISTS.try_with(|l| {
        debug_assert!(
            (p as usize).is_multiple_of(GRAIN),
            "invariant: small blocks are aligned"
        );
        // SAFETY: the block is at least GRAIN bytes, ours from now on.
        unsafe { *(p as *mut *mut u8) = l.free[c].get() };
        l.free[c].set(p); // push it
    });
}

/// Whether two small sizes share a class (a realloc between them is free).
#[inline(always)]
pub(super) fn same_class(a: usize, b: usize) -> bool {
    a <= MAX_SMALL && b <= MAX_SMALL && class_of(a) == class_of(b)
}

/// A new block of `block` bytes from the current chunk, or from a new one.
#[inline(never)]
fn carve(l: &Lists, block: usize) -> *mut u8 {
    let (bump, end) = (l.bump.get(), l.end.get());
    if (end as usize) - (bump as usize) >= block {
        l.bump.set(bump.wrapping_add(block)); // carved
        return bump;
    }
    let chunk = super::system_alloc(chunk_layout());
    if chunk.is_null() {
        return null_mut();
    }
    // (the old chunk's rest, under 256 bytes, is left unused)
    l.bump.set(chunk.wrapping_add(block));
    l.end.set(chunk.wrapping_add(CHUNK));
    chunk
}

fn chunk_layout() -> Layout {
    Layout::from_size_align(CHUNK, 4096).expect("invariant: a valid layout")
}

fn block_layout(c: usize) -> Layout {
    Layout::from_size_align((c + 1) * GRAIN, GRAIN).expect("invariant: a valid layout")
}
