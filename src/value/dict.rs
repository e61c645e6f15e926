//! Python `dict`: insertion-ordered, keyed by Python equality and hash.
//!
//! Keys carry their hash (`DictKey`), so `1`, `1.0` and `True` land on one
//! entry as in CPython. Deleting keeps the order of the rest (`shift_remove`).

use super::Value;
use indexmap::Equivalent;
use indexmap::IndexMap;
use std::cell::{Cell, Ref, RefCell, RefMut};
use std::hash::{BuildHasherDefault, Hash, Hasher};

/// A dict key: the value and its Python hash, computed once on insertion.
#[derive(Clone)]
pub struct DictKey {
    pub hash: i64,
    pub value: Value,
}

impl Hash for DictKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl PartialEq for DictKey {
    #[inline]
    fn eq(&self, other: &DictKey) -> bool {
        if self.hash != other.hash {
            return false;
        }
        match (&self.value, &other.value) {
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Str(a), Value::Str(b)) => a.as_str() == b.as_str(),
            (a, b) => super::ops::eq_hashable(a, b),
        }
    }
}

impl Eq for DictKey {}

/// A borrowed str key that finds the `DictKey` of the same text; made
/// once per attribute access and used for every dict on the way (the
/// instance's, then each class of the MRO).
pub struct StrKey<'a> {
    hash: i64,
    text: &'a str,
}

impl<'a> StrKey<'a> {
    pub fn new(text: &'a str) -> StrKey<'a> {
        StrKey {
            hash: super::str::hash_text(text),
            text,
        }
    }

    /// A key whose hash was computed before (a code object's names).
    pub fn hashed(text: &'a str, hash: i64) -> StrKey<'a> {
        StrKey { hash, text }
    }

    pub fn text(&self) -> &'a str {
        self.text
    }
}

impl Hash for StrKey<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl indexmap::Equivalent<DictKey> for StrKey<'_> {
    #[inline]
    fn equivalent(&self, key: &DictKey) -> bool {
        self.hash == key.hash && key.value.as_str() == Some(self.text)
    }
}

/// A borrowed int key (equal to the int, float or bool keys of its value).
struct IntKey(i64);

impl Hash for IntKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(super::int::hash_int(self.0));
    }
}

impl indexmap::Equivalent<DictKey> for IntKey {
    fn equivalent(&self, key: &DictKey) -> bool {
        match &key.value {
            Value::Int(j) => *j == self.0,
            other => super::ops::eq_hashable(&Value::Int(self.0), other),
        }
    }
}

/// Hashes a `DictKey` by passing its precomputed Python hash through.
#[derive(Default)]
pub struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = self.0.rotate_left(8) ^ *b as u64;
        }
    }
    fn write_i64(&mut self, n: i64) {
        self.0 = (n as u64).wrapping_mul(0x9E3779B97F4A7C15);
    }
}

pub type Map = IndexMap<DictKey, Value, BuildHasherDefault<PassThrough>>;

#[derive(Default)]
pub struct Dict {
    map: RefCell<Map>,
    /// Some key is an instance whose class defines `__eq__` in Python: a
    /// lookup must then call it, so the VM's shortcuts stay off this dict.
    pub has_user_eq_keys: std::cell::Cell<bool>,
    /// Some value stored here was an instance (a `property`, say): a class
    /// whose dicts never held one has no descriptors, so an attribute read
    /// may look in the instance's dict first.
    pub had_instance_values: std::cell::Cell<bool>,
    pub gc: crate::gc::GcIndex,
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    /// An empty dict with room for `n` entries.
    pub fn with_capacity(n: usize) -> Dict {
        Dict::from_map(Map::with_capacity_and_hasher(n, Default::default()))
    }

    pub fn from_map(map: Map) -> Dict {
        let odd = map.keys().any(|k| has_user_eq(&k.value));
        let instances = map.values().any(|v| matches!(v, Value::Instance(_)));
        Dict {
            has_user_eq_keys: std::cell::Cell::new(odd),
            had_instance_values: std::cell::Cell::new(instances),
            map: RefCell::new(map),
            gc: Default::default(),
        }
    }

    pub fn borrow(&self) -> Ref<'_, Map> {
        self.map.borrow()
    }

    pub fn try_borrow(&self) -> Result<Ref<'_, Map>, std::cell::BorrowError> {
        self.map.try_borrow()
    }

    pub fn borrow_mut(&self) -> RefMut<'_, Map> {
        self.map.borrow_mut()
    }

    pub fn len(&self) -> usize {
        self.map.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.borrow().is_empty()
    }

    pub fn get(&self, key: &DictKey) -> Option<Value> {
        self.map.borrow().get(key).cloned()
    }

    /// Inserts or replaces; a replaced key keeps its original position and
    /// its original key object, as in CPython.
    pub fn insert(&self, key: DictKey, value: Value) -> Option<Value> {
        if has_user_eq(&key.value) {
            self.has_user_eq_keys.set(true);
        }
        self.note_value(&value);
        let mut map = self.map.borrow_mut();
        match map.get_mut(&key) {
            Some(slot) => Some(std::mem::replace(slot, value)),
            None => map.insert(key, value),
        }
    }

    pub fn remove(&self, key: &DictKey) -> Option<Value> {
        self.map.borrow_mut().shift_remove(key)
    }

    /// A string-keyed lookup (keyword arguments, attribute dicts).
    /// A str-keyed lookup (attributes, keyword arguments) without making
    /// a Python str for the key.
    pub fn get_str(&self, key: &str) -> Option<Value> {
        self.get_key(&StrKey::new(key))
    }

    /// A lookup by a str key hashed beforehand.
    #[inline]
    pub fn get_key(&self, key: &StrKey) -> Option<Value> {
        self.map.borrow().get(key).cloned()
    }

    /// `get_key` that tries the entry at `hint` first (where the key was
    /// found last time, so no probe) and otherwise remembers where it is.
    #[inline]
    pub fn get_key_hinted(&self, key: &StrKey, hint: &Cell<u32>) -> Option<Value> {
        let map = self.map.borrow();
        let i = find_str(&map, key, hint)?;
        map.get_index(i).map(|(_, v)| v.clone())
    }

    /// Whether a str key is present; small dicts are scanned, not probed.
    #[inline]
    pub fn has_key(&self, key: &StrKey) -> bool {
        let map = self.map.borrow();
        if map.len() <= SCAN_LEN {
            return map.keys().any(|k| key.equivalent(k));
        }
        map.contains_key(key)
    }

    /// `set_key` for a key found at `hint` (else as `set_key`, which
    /// remembers nothing: the next read sets the hint).
    #[inline]
    pub fn set_key_hinted(&self, key: &StrKey, hint: &Cell<u32>, value: Value) {
        let mut map = self.map.borrow_mut();
        if let Some((k, slot)) = map.get_index_mut(hint.get() as usize)
            && key.equivalent(k)
        {
            self.note_value(&value);
            let old = std::mem::replace(slot, value);
            drop(map);
            old.discard();
            return;
        }
        drop(map);
        self.set_key(key, value);
    }

    /// Stores under a str key hashed beforehand; a new Python str is made
    /// only for a key not there yet.
    pub fn set_key(&self, key: &StrKey, value: Value) {
        self.note_value(&value);
        let mut map = self.map.borrow_mut();
        if let Some(slot) = map.get_mut(key) {
            let old = std::mem::replace(slot, value);
            drop(map);
            old.discard();
            return;
        }
        drop(map);
        let k = DictKey {
            hash: key.hash,
            value: Value::str(key.text),
        };
        self.insert(k, value);
    }

    #[inline]
    fn note_value(&self, value: &Value) {
        if let Value::Instance(_) = value {
            self.had_instance_values.set(true);
        }
    }

    /// An int-keyed lookup without building a `DictKey`.
    #[inline]
    pub fn get_int(&self, key: i64) -> Option<Value> {
        self.map.borrow().get(&IntKey(key)).cloned()
    }

    /// A lookup by a Python str, using its cached hash.
    #[inline]
    pub fn get_pystr(&self, key: &super::PyStr) -> Option<Value> {
        let key = StrKey {
            hash: key.hash(),
            text: key.as_str(),
        };
        self.map.borrow().get(&key).cloned()
    }

    pub fn set_str(&self, key: &str, value: Value) {
        self.set_key(&StrKey::new(key), value);
    }

    pub fn keys(&self) -> Vec<Value> {
        self.map.borrow().keys().map(|k| k.value.clone()).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.map
            .borrow()
            .iter()
            .map(|(k, v)| (k.value.clone(), v.clone()))
            .collect()
    }

    pub fn clear(&self) -> Map {
        std::mem::take(&mut *self.map.borrow_mut())
    }
}

/// Dicts up to this many entries are scanned rather than probed.
const SCAN_LEN: usize = 8;

/// Where `key` is in `map`: the entry at `hint` when it holds the key,
/// else by a scan (small maps) or a probe, updating `hint`.
#[inline(always)]
fn find_str(map: &Map, key: &StrKey, hint: &Cell<u32>) -> Option<usize> {
    let h = hint.get() as usize;
    if let Some((k, _)) = map.get_index(h)
        && key.equivalent(k)
    {
        return Some(h);
    }
    let i = if map.len() <= SCAN_LEN {
        map.keys().position(|k| key.equivalent(k))?
    } else {
        map.get_index_of(key)?
    };
    hint.set(i as u32);
    Some(i)
}

impl DictKey {
    /// A key for a str, hashed without allocating a Python object twice.
    pub fn str(s: &str) -> DictKey {
        let value = Value::str(s);
        let hash = match &value {
            Value::Str(p) => p.hash(),
            _ => unreachable!("invariant: Value::str builds a Str"),
        };
        DictKey { hash, value }
    }
}

/// An instance whose class defines `__eq__` in Python.
pub fn has_user_eq(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if matches!(i.class.lookup("__eq__"), Some(Value::Function(_))))
}
