//! Dict keys and set members whose class defines `__eq__`: two equal
//! instances with equal hashes must land on one entry, so such a key is
//! matched against the entries of the same hash by calling `__eq__`
//! (with no container borrowed while Python code runs).

use super::Vm;
use crate::exception::PyResult;
use crate::value::dict::has_user_eq;
use crate::value::{Dict, DictKey, Set, Value};

impl Vm {
    /// The key for `v` in dict `d`: an existing equal key, or a new one.
    pub fn dict_key(&mut self, d: &Dict, v: Value) -> PyResult<DictKey> {
        let key = self.key(v)?;
        if !has_user_eq(&key.value) && !d.has_user_eq_keys.get() {
            return Ok(key);
        }
        let candidates: Vec<DictKey> = d
            .borrow()
            .keys()
            .filter(|k| k.hash == key.hash)
            .cloned()
            .collect();
        self.matching(candidates, key)
    }

    /// The key for `v` in set `s`: an existing equal member, or a new one.
    pub fn set_key(&mut self, s: &Set, v: Value) -> PyResult<DictKey> {
        let key = self.key(v)?;
        if !has_user_eq(&key.value) {
            return Ok(key);
        }
        let candidates: Vec<DictKey> = s
            .keys()
            .into_iter()
            .filter(|k| k.hash == key.hash)
            .collect();
        self.matching(candidates, key)
    }

    fn matching(&mut self, candidates: Vec<DictKey>, key: DictKey) -> PyResult<DictKey> {
        for c in candidates {
            if c.value.is(&key.value) || self.eq(&c.value, &key.value)? {
                return Ok(c);
            }
        }
        Ok(key)
    }
}
