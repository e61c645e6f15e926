//! The memory budget: a counting global allocator, the number of bytes the
//! interpreter may hold, and the rescue that turns a real allocation
//! failure into MemoryError instead of an abort.
//!
//! ```text
//!     alloc ─▶ small (≤ 256 bytes) or System ─▶ USED += size ─▶ USED > TRIP? ─▶ OVER ─▶ polled by the VM with Ctrl-C
//!     one large allocation asks first: check(bytes) ─▶ MemoryError when USED + bytes > LIMIT
//!     System fails ─▶ free the reserve, OVER, try again
//! ```
//!
//! The allocator serves the whole process, so the budget is process-wide
//! (cellar runs one interpreter per process; `--max-memory` sets it).
//! After a MemoryError the trip point moves up by an eighth of the budget,
//! so the handler and the traceback can run; past that, every allocation
//! raises again: the overshoot stays bounded. `rearm` (before each input
//! or script) moves it back once the memory was freed.

use crate::exception::{Exc, PyResult};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicIsize, AtomicPtr, AtomicUsize, Ordering::Relaxed};

/// Bytes held by live allocations (signed: a lost update must not wrap).
static USED: AtomicIsize = AtomicIsize::new(0);
/// The budget (`--max-memory`).
static LIMIT: AtomicUsize = AtomicUsize::new(usize::MAX);
/// An allocation that brings USED past this sets OVER.
static TRIP: AtomicIsize = AtomicIsize::new(isize::MAX);
/// The budget was crossed, or a real allocation failed: the VM raises
/// MemoryError at its next poll.
static OVER: AtomicBool = AtomicBool::new(false);
/// Memory put aside to free when the system refuses an allocation.
static RESERVE: AtomicPtr<u8> = AtomicPtr::new(std::ptr::null_mut());
const RESERVE_SIZE: usize = 32 << 20;
const RESERVE_ALIGN: usize = 4096;

/// The default budget's ceiling.
const DEFAULT_CEILING: usize = 4 << 30;

mod small;

pub struct Counting;

#[global_allocator]
static GLOBAL: Counting = Counting;

// SAFETY: a small layout (`small::is_small`) is served by `small`, every
// other by System with the caller's layout and pointer, unchanged; the
// choice depends on the layout alone, so each block goes back where it
// came from. The counting only reads sizes.
unsafe impl GlobalAlloc for Counting {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = if small::is_small(layout) {
            small::alloc(layout.size())
        } else {
            system_alloc(layout)
        };
        if !p.is_null() {
            counted(layout.size());
        }
        p
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if small::is_small(layout) {
            let p = unsafe { self.alloc(layout) };
            if !p.is_null() {
                // SAFETY: the block has at least `layout.size()` bytes.
                unsafe { std::ptr::write_bytes(p, 0, layout.size()) };
            }
            return p;
        }
        let mut p = unsafe { System.alloc_zeroed(layout) };
        if p.is_null() {
            p = rescue(|| unsafe { System.alloc_zeroed(layout) });
        }
        if !p.is_null() {
            counted(layout.size());
        }
        p
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if small::is_small(layout) {
            unsafe { small::dealloc(ptr, layout.size()) };
        } else {
            unsafe { System.dealloc(ptr, layout) };
        }
        uncounted(layout.size());
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller guarantees new_size is a valid size for the alignment.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        if small::is_small(layout) || small::is_small(new_layout) {
            return unsafe { self.realloc_small(ptr, layout, new_layout) };
        }
        let mut p = unsafe { System.realloc(ptr, layout, new_size) };
        if p.is_null() {
            p = rescue(|| unsafe { System.realloc(ptr, layout, new_size) });
        }
        if !p.is_null() {
            uncounted(layout.size());
            counted(new_size);
        }
        p
    }
}

impl Counting {
    /// A realloc from or to a small block: in place within one class,
    /// else a new block, a copy, and the old block freed.
    /// SAFETY: as `GlobalAlloc::realloc`.
    unsafe fn realloc_small(&self, ptr: *mut u8, old: Layout, new: Layout) -> *mut u8 {
        if small::is_small(old) && small::same_class(old.size(), new.size()) {
            uncounted(old.size());
            counted(new.size());
            return ptr;
        }
        let q = unsafe { self.alloc(new) };
        if !q.is_null() {
            let n = old.size().min(new.size());
            // SAFETY: both blocks hold at least n bytes and are distinct.
            unsafe { std::ptr::copy_nonoverlapping(ptr, q, n) };
            unsafe { self.dealloc(ptr, old) };
        }
        q
    }
}

/// System memory for a layout, the reserve freed first if need be.
fn system_alloc(layout: Layout) -> *mut u8 {
    // SAFETY: layouts here have a non-zero size.
    let p = unsafe { System.alloc(layout) };
    if p.is_null() {
        return rescue(|| unsafe { System.alloc(layout) });
    }
    p
}

thread_local! {
    /// This thread's change to USED not yet added to it.
    static PENDING: std::cell::Cell<isize> = const { std::cell::Cell::new(0) };
}

/// A thread adds its changes to USED once they reach this much, so the
/// count costs one locked add per 64 KiB of change, not one per
/// allocation (which cost 20% on generator-heavy code), and threads never
/// lose each other's updates (the projector's server thread allocates
/// while the interpreter runs). USED is exact to 64 KiB per thread.
const BATCH: isize = 64 * 1024;

#[inline(always)]
fn counted(size: usize) {
    change(size as isize);
}

#[inline(always)]
fn uncounted(size: usize) {
    change(-(size as isize));
}

#[inline(always)]
fn change(delta: isize) {
    let due = PENDING.try_with(|pending| {
        let total = pending.get().wrapping_add(delta);
        if total.unsigned_abs() < BATCH as usize {
            pending.set(total);
            0
        } else {
            pending.set(0);
            total
        }
    });
    match due {
        Ok(0) => {}
        Ok(total) => publish(total),
        Err(_) => publish(delta), // a thread being torn down
    }
}

/// Adds a thread's batch to USED; crossing the trip point sets OVER.
#[inline(never)]
fn publish(total: isize) {
    let used = USED.fetch_add(total, Relaxed).wrapping_add(total);
    if used > TRIP.load(Relaxed) {
        OVER.store(true, Relaxed);
    }
}

/// The system refused memory: free the reserve, flag MemoryError and try
/// once more (a small allocation then succeeds and the VM raises at its
/// next poll; a large one fails and aborts, which is why large ones
/// `check` first).
#[cold]
fn rescue(retry: impl FnOnce() -> *mut u8) -> *mut u8 {
    let reserve = RESERVE.swap(std::ptr::null_mut(), Relaxed);
    if reserve.is_null() {
        return std::ptr::null_mut();
    }
    // SAFETY: the reserve was allocated by System with this layout.
    unsafe { System.dealloc(reserve, reserve_layout()) };
    OVER.store(true, Relaxed);
    retry()
}

fn reserve_layout() -> Layout {
    Layout::from_size_align(RESERVE_SIZE, RESERVE_ALIGN).expect("invariant: a valid layout")
}

fn trip_point(bytes: usize) -> isize {
    isize::try_from(bytes).unwrap_or(isize::MAX)
}

/// Sets the budget, in bytes.
pub fn set_limit(bytes: usize) {
    LIMIT.store(bytes, Relaxed);
    TRIP.store(trip_point(bytes), Relaxed);
    OVER.store(false, Relaxed);
    refill_reserve();
}

/// The default budget, unless one was set.
pub fn init_default() {
    if LIMIT.load(Relaxed) == usize::MAX {
        set_limit(default_limit());
    }
}

/// The budget, in bytes.
pub fn limit() -> usize {
    LIMIT.load(Relaxed)
}

/// Bytes held now.
pub fn used() -> usize {
    USED.load(Relaxed).max(0) as usize
}

/// Before an input or a script: the trip point back at the budget once
/// memory is under it, a stale flag dropped, the reserve refilled.
pub fn rearm() {
    let (used, limit) = (used(), limit());
    if used < limit {
        TRIP.store(trip_point(limit), Relaxed);
        OVER.store(false, Relaxed);
    }
    refill_reserve();
}

fn refill_reserve() {
    if !RESERVE.load(Relaxed).is_null() {
        return;
    }
    // SAFETY: a non-zero size and a valid alignment.
    let p = unsafe { System.alloc(reserve_layout()) };
    if !p.is_null() {
        RESERVE.store(p, Relaxed);
    }
}

/// Over the budget (or out of memory) since the last MemoryError: the VM
/// polls this with Ctrl-C.
#[inline(always)]
pub fn over() -> bool {
    OVER.load(Relaxed)
}

/// The MemoryError for `over`: the flag is cleared and the trip point
/// moves up by an eighth of the budget, never further.
#[cold]
pub fn take() -> Exc {
    OVER.store(false, Relaxed);
    let limit = limit();
    TRIP.store(trip_point(limit.saturating_add(limit / 8)), Relaxed);
    Exc::memory_error()
}

/// MemoryError when `bytes` more would go past the budget: asked before
/// one large allocation (a repeat, a padding, a big int, a container's
/// growth).
#[inline]
pub fn check(bytes: usize) -> PyResult<()> {
    if used().saturating_add(bytes) > limit() {
        return Err(Exc::memory_error());
    }
    Ok(())
}

/// `check` for `n` items of `size` bytes each.
#[inline]
pub fn check_items(n: usize, size: usize) -> PyResult<()> {
    check(n.saturating_mul(size))
}

/// Room for `additional` more items in `v`, grown as `Vec` grows but
/// within the budget and without aborting when the system says no.
pub fn reserve<T>(v: &mut Vec<T>, additional: usize) -> PyResult<()> {
    if v.capacity() - v.len() >= additional {
        return Ok(());
    }
    let want = v.len().saturating_add(additional).max(v.capacity() * 2);
    check_items(want - v.len(), std::mem::size_of::<T>())?;
    v.try_reserve(want - v.len())
        .or_else(|_| v.try_reserve_exact(additional))
        .map_err(|_| Exc::memory_error())
}

/// A copy of `items`, when the budget has room for it.
pub fn cloned<T: Clone>(items: &[T]) -> PyResult<Vec<T>> {
    let mut v = Vec::new();
    reserve(&mut v, items.len())?;
    v.extend_from_slice(items);
    Ok(v)
}

/// The default budget: half the machine's memory, at most 4 GiB, and
/// within three quarters of the address space an rlimit leaves.
pub fn default_limit() -> usize {
    let mut limit = DEFAULT_CEILING;
    if let Some(total) = meminfo_total() {
        limit = limit.min(total / 2);
    }
    if let Some(room) = address_space_room() {
        limit = limit.min(room / 4 * 3);
    }
    limit.max(64 << 20)
}

/// MemTotal of /proc/meminfo, in bytes.
fn meminfo_total() -> Option<usize> {
    let text = std::fs::read_to_string("/proc/meminfo").ok()?;
    let kb = field_kb(&text, "MemTotal:")?;
    Some(kb.saturating_mul(1024))
}

/// What RLIMIT_AS leaves beyond the address space used now.
fn address_space_room() -> Option<usize> {
    let limits = std::fs::read_to_string("/proc/self/limits").ok()?;
    let line = limits
        .lines()
        .find(|l| l.starts_with("Max address space"))?;
    let soft: usize = line
        .trim_start_matches("Max address space")
        .split_whitespace()
        .next()?
        .parse()
        .ok()?;
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let size = field_kb(&status, "VmSize:")?.saturating_mul(1024);
    Some(soft.saturating_sub(size))
}

fn field_kb(text: &str, name: &str) -> Option<usize> {
    let line = text.lines().find(|l| l.starts_with(name))?;
    line[name.len()..].split_whitespace().next()?.parse().ok()
}

/// `--max-memory SIZE`: bytes, or with a K, M, G or T suffix (powers of
/// 1024; `2G`, `512MiB`, `1.5g`).
pub fn parse_size(text: &str) -> Option<usize> {
    let t = text.trim().to_ascii_lowercase();
    let t = t
        .strip_suffix("ib")
        .or_else(|| t.strip_suffix('b'))
        .unwrap_or(&t);
    let (digits, unit) = match t.char_indices().find(|(_, c)| c.is_ascii_alphabetic()) {
        Some((i, _)) => t.split_at(i),
        None => (t, ""),
    };
    let scale: u64 = match unit {
        "" => 1,
        "k" => 1 << 10,
        "m" => 1 << 20,
        "g" => 1 << 30,
        "t" => 1 << 40,
        _ => return None,
    };
    let n: f64 = digits.parse().ok()?;
    let bytes = n * scale as f64;
    (n.is_finite() && n > 0.0 && bytes < usize::MAX as f64).then_some(bytes as usize)
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("100"), Some(100));
        assert_eq!(parse_size("2G"), Some(2 << 30));
        assert_eq!(parse_size("512MiB"), Some(512 << 20));
        assert_eq!(parse_size("1.5g"), Some(3 << 29));
        assert_eq!(parse_size("64k"), Some(64 << 10));
        assert_eq!(parse_size("-1"), None);
        assert_eq!(parse_size("x"), None);
        assert_eq!(parse_size("3q"), None);
    }
}
