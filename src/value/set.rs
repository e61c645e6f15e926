//! Python `set`: an open-addressing hash table laid out as CPython 3.11's
//! setobject.c, so iteration order matches CPython's (`{3, 1, 2}` prints
//! `{1, 2, 3}`, `set(range(20, 0, -3))` prints CPython's order).
//!
//! ```text
//!     table: [slot; mask + 1]   slot = Unused | Dummy | Active(hash, key)
//!     fill = active + dummy     used = active
//! ```
//!
//! Probing: LINEAR_PROBES neighbours, then perturbation; the table grows
//! when fill*5 >= mask*3; deleting leaves a Dummy.

use super::{DictKey, Value};
use std::cell::RefCell;

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot {
    Unused,
    Dummy,
    Active(DictKey),
}

#[derive(Clone)]
struct Table {
    slots: Vec<Slot>,
    fill: usize,
    used: usize,
    /// Where `pop` looks next (CPython's `finger`).
    finger: usize,
}

impl Default for Table {
    fn default() -> Table {
        Table {
            slots: vec![Slot::Unused; MINSIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }
}

#[derive(Default)]
pub struct Set {
    table: RefCell<Table>,
    /// A `frozenset`: immutable and hashable (set once, when made).
    pub frozen: std::cell::Cell<bool>,
    pub gc: crate::gc::GcIndex,
}

impl Set {
    pub fn new() -> Set {
        Set::default()
    }

    /// This set made a frozenset (before anyone else sees it).
    pub fn into_frozen(self) -> Set {
        self.frozen.set(true);
        self
    }

    pub fn is_frozen(&self) -> bool {
        self.frozen.get()
    }

    /// `hash(frozenset)`, CPython's algorithm over the members' hashes.
    /// cpython: setobject.c frozenset_hash
    pub fn frozen_hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let keys = self.keys();
        let mut hash: u64 = 0;
        for k in &keys {
            hash ^= shuffle(k.hash as u64);
        }
        hash ^= ((keys.len() as u64) + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        let h = hash as i64;
        if h == -1 { 590923713 } else { h }
    }

    /// Adds `key`; true when it was not there.
    pub fn insert(&self, key: DictKey) -> bool {
        self.table.borrow_mut().add(key)
    }

    pub fn contains(&self, key: &DictKey) -> bool {
        self.table.borrow().find(key).is_some()
    }

    /// Removes `key` (leaving a dummy); true when it was there.
    pub fn remove(&self, key: &DictKey) -> bool {
        let mut t = self.table.borrow_mut();
        match t.find(key) {
            Some(i) => {
                t.slots[i] = Slot::Dummy;
                t.used -= 1;
                true
            }
            None => false,
        }
    }

    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    /// The number of slots in the hash table (`sys.getsizeof` uses it).
    pub fn table_size(&self) -> usize {
        self.table.borrow().slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The elements in iteration order.
    pub fn items(&self) -> Vec<Value> {
        self.table
            .borrow()
            .active()
            .map(|k| k.value.clone())
            .collect()
    }

    /// The keys with their hashes, in iteration order.
    pub fn keys(&self) -> Vec<DictKey> {
        self.table.borrow().active().cloned().collect()
    }

    /// Empties the set (back to the small table); returns the old keys.
    pub fn clear(&self) -> Vec<DictKey> {
        let old = std::mem::take(&mut *self.table.borrow_mut());
        old.active().cloned().collect()
    }

    /// `set.pop()`: an arbitrary element, as CPython picks it.
    pub fn pop(&self) -> Option<DictKey> {
        self.table.borrow_mut().pop()
    }

    /// A set display of three or more constants, `{-1, -2, 7}`: CPython
    /// compiles it to a frozenset constant merged into an empty set
    /// (BUILD_SET 0, LOAD_CONST frozenset, SET_UPDATE 1), whose order can
    /// differ from adding the items one by one.
    pub fn from_constants(keys: Vec<DictKey>) -> Set {
        let frozen = Set::new();
        for k in keys {
            frozen.insert(k);
        }
        frozen.copy()
    }

    /// `s.copy()` / `set(s)`: cpython: set_merge into an empty set.
    pub fn copy(&self) -> Set {
        let out = Set::new();
        out.merge(self);
        out
    }

    /// `self |= other` for a set argument. cpython: setobject.c set_merge
    pub fn merge(&self, other: &Set) {
        if std::ptr::eq(self, other) {
            return;
        }
        let src = other.table.borrow().clone();
        self.table.borrow_mut().merge(&src);
    }

    /// `a | b`. cpython: set_or (copy a, then merge b)
    pub fn union(a: &Set, b: &Set) -> Set {
        let out = a.copy();
        out.merge(b);
        out
    }

    /// `a & b`: iterate the smaller, keep what the larger contains.
    pub fn intersection(a: &Set, b: &Set) -> Set {
        let (big, small) = if b.len() > a.len() { (b, a) } else { (a, b) };
        let out = Set::new();
        for k in small.keys() {
            if big.contains(&k) {
                out.insert(k);
            }
        }
        out
    }

    /// `a - b`. cpython: set_difference (copy-and-discard when b is small)
    pub fn difference(a: &Set, b: &Set) -> Set {
        if (a.len() >> 2) > b.len() {
            let out = a.copy();
            for k in b.keys() {
                out.remove(&k);
            }
            return out;
        }
        let out = Set::new();
        for k in a.keys() {
            if !b.contains(&k) {
                out.insert(k);
            }
        }
        out
    }

    /// `a ^ b`. cpython: set_symmetric_difference (copy b, then toggle a's keys)
    pub fn symmetric_difference(a: &Set, b: &Set) -> Set {
        let out = b.copy();
        out.toggle_all(a);
        out
    }

    /// `a op b` for the set operators `| & - ^`, built as setobject.c
    /// builds them (so the result iterates in CPython's order); None for
    /// other operators.
    pub fn binop(op: crate::ast::BinOp, a: &Set, b: &Set) -> Option<Set> {
        use crate::ast::BinOp;
        Some(match op {
            BinOp::BitOr => Set::union(a, b),
            BinOp::BitAnd => Set::intersection(a, b),
            BinOp::Sub => Set::difference(a, b),
            BinOp::BitXor => Set::symmetric_difference(a, b),
            _ => return None,
        })
    }

    /// `a op= b` in place (`|= &= -= ^=`); false for other operators.
    pub fn binop_in_place(op: crate::ast::BinOp, a: &Set, b: &Set) -> bool {
        use crate::ast::BinOp;
        match op {
            BinOp::BitOr => a.merge(b),
            BinOp::BitXor => a.toggle_all(b),
            BinOp::Sub => {
                for k in b.keys() {
                    a.remove(&k);
                }
            }
            BinOp::BitAnd => {
                let kept = Set::intersection(a, b);
                a.clear();
                a.merge(&kept);
            }
            _ => return false,
        }
        true
    }

    /// `self ^= other`: discard what is there, add what is not.
    pub fn toggle_all(&self, other: &Set) {
        let keys = if std::ptr::eq(self, other) {
            self.clear();
            return;
        } else {
            other.keys()
        };
        for k in keys {
            if !self.remove(&k) {
                self.insert(k);
            }
        }
    }
}

impl Table {
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    fn active(&self) -> impl Iterator<Item = &DictKey> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Active(k) => Some(k),
            _ => None,
        })
    }

    /// The index of `key`'s slot. cpython: set_lookkey
    fn find(&self, key: &DictKey) -> Option<usize> {
        let mask = self.mask();
        let mut perturb = key.hash as u64 as usize;
        let mut i = perturb & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Unused => return None,
                    Slot::Active(k) if k == key => return Some(j),
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }

    /// cpython: set_add_entry
    fn add(&mut self, key: DictKey) -> bool {
        let mask = self.mask();
        let mut perturb = key.hash as u64 as usize;
        let mut i = perturb & mask;
        let mut freeslot = None;
        let unused = 'probe: loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Unused => break 'probe j,
                    Slot::Active(k) if *k == key => return false,
                    Slot::Dummy if freeslot.is_none() => freeslot = Some(j),
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        };
        self.used += 1;
        if let Some(f) = freeslot {
            self.slots[f] = Slot::Active(key);
            return true;
        }
        self.fill += 1;
        self.slots[unused] = Slot::Active(key);
        if self.fill * 5 >= mask * 3 {
            let minused = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(minused);
        }
        true
    }

    /// cpython: set_table_resize
    fn resize(&mut self, minused: usize) {
        let mut size = MINSIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Unused; size]);
        self.fill = self.used;
        for s in old {
            if let Slot::Active(k) = s {
                self.insert_clean(k);
            }
        }
    }

    /// Insert a key known to be absent into a table without dummies.
    /// cpython: set_insert_clean
    fn insert_clean(&mut self, key: DictKey) {
        let mask = self.mask();
        let mut perturb = key.hash as u64 as usize;
        let mut i = perturb & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                if let Slot::Unused = self.slots[j] {
                    self.slots[j] = Slot::Active(key);
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }

    /// cpython: set_merge
    fn merge(&mut self, other: &Table) {
        if other.used == 0 {
            return;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.slots = other.slots.clone();
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for k in other.active() {
                self.insert_clean(k.clone());
            }
            return;
        }
        for k in other.active() {
            self.add(k.clone());
        }
    }

    /// cpython: set_pop
    fn pop(&mut self) -> Option<DictKey> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.slots[i], Slot::Active(_)) {
            i = (i + 1) & mask;
        }
        let Slot::Active(k) = std::mem::replace(&mut self.slots[i], Slot::Dummy) else {
            unreachable!("invariant: loop stopped on an active slot")
        };
        self.used -= 1;
        self.finger = i + 1;
        Some(k)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(i: i64) -> DictKey {
        DictKey {
            hash: crate::value::int::hash_int(i),
            value: Value::Int(i),
        }
    }

    fn order(s: &Set) -> Vec<i64> {
        s.items()
            .iter()
            .map(|v| match v {
                Value::Int(i) => *i,
                _ => panic!("not an int"),
            })
            .collect()
    }

    fn of(xs: impl IntoIterator<Item = i64>) -> Set {
        let s = Set::new();
        for x in xs {
            s.insert(key(x));
        }
        s
    }

    /// Orders printed by CPython 3.11.
    #[test]
    fn order_matches_cpython() {
        assert_eq!(order(&of([3, 1, 2])), [1, 2, 3]);
        assert_eq!(order(&of([10, 100, 1000, 5])), [1000, 10, 100, 5]);
        assert_eq!(
            order(&of((2..=20).rev().step_by(3))),
            [2, 5, 8, 11, 14, 17, 20]
        );
        assert_eq!(order(&of([-1, -2, 7, 8, 16])), [7, 8, 16, -2, -1]);
        let literal = Set::from_constants([-1, -2, 7, 8, 16].into_iter().map(key).collect());
        assert_eq!(order(&literal), [16, -1, 7, 8, -2]);
    }

    /// `set(range(0, 40, 3)) ^ set(range(0, 40, 5))` as CPython 3.11 prints it.
    #[test]
    fn symmetric_difference_order() {
        let a = of((0..40).step_by(3));
        let b = of((0..40).step_by(5));
        let r = Set::binop(crate::ast::BinOp::BitXor, &a, &b).expect("set operator");
        assert_eq!(
            order(&r),
            [3, 5, 6, 9, 10, 12, 18, 20, 21, 24, 25, 27, 33, 35, 36, 39]
        );
    }

    #[test]
    fn removal_leaves_dummy_reused() {
        let s = of([1, 9, 17]);
        s.remove(&key(9));
        s.insert(key(25));
        assert_eq!(order(&s), [1, 25, 17]);
        assert_eq!(s.len(), 3);
    }
}
