//! Building containers (BUILD_SET, BUILD_MAP, LIST_APPEND, ...), set
//! algebra, and unpacking (UNPACK_SEQUENCE, UNPACK_EX).

use super::Vm;
use crate::code::Instr;
use crate::exception::{Exc, PyResult};
use crate::value::{Dict, Set, Value};
use std::rc::Rc;

impl Vm {
    /// SETUP_ANNOTATIONS: `__annotations__` becomes a dict in the class
    /// body's namespace (or the module's globals) unless it is there.
    pub(crate) fn setup_annotations(&mut self, fi: usize) {
        let fresh = || Value::dict(Dict::new());
        match &self.frames[fi].class_ns {
            Some(ns) if ns.get_str("__annotations__").is_none() => {
                ns.set_str("__annotations__", fresh())
            }
            Some(_) => {}
            None => {
                let globals = self.frame_globals(fi);
                if globals.get_by_name("__annotations__").is_none() {
                    globals.set_by_name("__annotations__", fresh());
                }
            }
        }
    }

    pub fn new_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let set = Set::new();
        for v in items {
            let k = self.set_key(&set, v)?;
            set.insert(k);
        }
        Ok(Value::set(set))
    }

    /// The items of `*v` in a display; TypeError when `v` is no iterable
    /// (an error while iterating is left as it is).
    fn collect_star(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        let it = self.get_iter(v).map_err(|e| {
            if e.is(crate::exception::ExcKind::TypeError) {
                Exc::type_error(format!(
                    "Value after * must be an iterable, not {}",
                    v.type_name()
                ))
            } else {
                e
            }
        })?;
        match v {
            Value::Instance(_) => self.collect(&it),
            _ => self.collect(v), // (a range's length is known before)
        }
    }

    /// `k1 v1 k2 v2 ...` → dict.
    pub(crate) fn new_dict_from_pairs(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let d = Dict::new();
        let mut it = items.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            let k = self.dict_key(&d, k)?;
            d.insert(k, v);
        }
        Ok(Value::dict(d))
    }

    pub(crate) fn const_key_map(&mut self, keys: Value, values: Vec<Value>) -> PyResult<Value> {
        let Value::Tuple(keys) = keys else {
            return Err(Exc::runtime_error(
                "BUILD_CONST_KEY_MAP without a key tuple",
            ));
        };
        let mut pairs = Vec::with_capacity(values.len() * 2);
        for (k, v) in keys.items.iter().zip(values) {
            pairs.push(k.clone());
            pairs.push(v);
        }
        self.new_dict_from_pairs(pairs)
    }

    /// LIST_APPEND, SET_ADD, MAP_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE,
    /// DICT_MERGE: add the top of stack to the container `i` slots down.
    pub(crate) fn container_add(&mut self, instr: Instr, i: usize) -> PyResult<()> {
        let v = self.pop();
        if let Instr::MapAdd(_) = instr {
            let k = self.pop();
            let target = self.stack[self.stack.len() - i].clone();
            if let Value::Dict(d) = target {
                let key = self.dict_key(&d, k)?;
                d.insert(key, v);
            }
            return Ok(());
        }
        let target = self.stack[self.stack.len() - i].clone();
        match (instr, &target) {
            (Instr::ListAppend(_), Value::List(l)) => {
                let mut items = l.items.borrow_mut();
                crate::memory::reserve(&mut items, 1)?;
                items.push(v);
            }
            (Instr::SetAdd(_), Value::Set(s)) => {
                let k = self.set_key(s, v)?;
                s.insert(k);
            }
            (Instr::ListExtend(_), Value::List(l)) => {
                let items = self.collect_star(&v)?;
                let mut list = l.items.borrow_mut();
                crate::memory::reserve(&mut list, items.len())?;
                list.extend(items);
            }
            (Instr::SetUpdate(_), Value::Set(s)) => {
                if let Value::Set(src) = &v {
                    s.merge(src);
                    return Ok(());
                }
                for x in self.collect(&v)? {
                    let k = self.key(x)?;
                    s.insert(k);
                }
            }
            (Instr::DictUpdate(_), Value::Dict(d)) => self.dict_update(d, &v, false)?,
            (Instr::DictMerge(_), Value::Dict(d)) => self.dict_update(d, &v, true)?,
            _ => {
                return Err(Exc::runtime_error(
                    "container instruction on the wrong type",
                ));
            }
        }
        Ok(())
    }

    /// `**m`'s dict: a dict itself, or for any object with `keys()` a new
    /// dict of `m[k]` for each key; None for anything else.
    pub(crate) fn mapping_as_dict(&mut self, m: &Value) -> PyResult<Option<Rc<Dict>>> {
        match m {
            Value::Dict(d) => Ok(Some(d.clone())),
            Value::Instance(_) if self.get_attr(m, "keys").is_ok() => {
                let d = Dict::new();
                crate::builtins::dict_update(self, &d, m)?;
                Ok(Some(Rc::new(d)))
            }
            _ => Ok(None),
        }
    }

    /// `d.update(m)`; with `merge`, a repeated key is a call error.
    pub(crate) fn dict_update(&mut self, d: &Dict, m: &Value, merge: bool) -> PyResult<()> {
        let Some(src) = self.mapping_as_dict(m)? else {
            return Err(Exc::type_error(format!(
                "'{}' object is not a mapping",
                m.type_name()
            )));
        };
        for (k, v) in src.items() {
            let key = self.key(k.clone())?;
            if merge && d.get(&key).is_some() {
                let name = k.as_str().unwrap_or("?").to_string();
                return Err(Exc::type_error(format!(
                    "got multiple values for keyword argument '{name}'"
                )));
            }
            d.insert(key, v);
        }
        Ok(())
    }

    /// UNPACK_SEQUENCE n: exactly n items, pushed last first.
    pub(crate) fn unpack_sequence(&mut self, seq: Value, n: usize) -> PyResult<()> {
        let items = self.unpack_items(&seq)?;
        if items.len() != n {
            return Err(if items.len() < n {
                Exc::value_error(format!(
                    "not enough values to unpack (expected {}, got {})",
                    n,
                    items.len()
                ))
            } else {
                Exc::value_error(format!("too many values to unpack (expected {n})"))
            });
        }
        self.stack.extend(items.into_iter().rev());
        Ok(())
    }

    /// UNPACK_EX: `before` items, a list of the rest, `after` items.
    pub(crate) fn unpack_ex(&mut self, seq: Value, before: usize, after: usize) -> PyResult<()> {
        let mut items = self.unpack_items(&seq)?;
        if items.len() < before + after {
            return Err(Exc::value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let tail = items.split_off(items.len() - after);
        let rest = items.split_off(before);
        self.stack.extend(tail.into_iter().rev());
        self.stack.push(Value::list(rest));
        self.stack.extend(items.into_iter().rev());
        Ok(())
    }

    fn unpack_items(&mut self, seq: &Value) -> PyResult<Vec<Value>> {
        match self.get_iter(seq) {
            Ok(_) => self.collect(seq),
            Err(_) => Err(Exc::type_error(format!(
                "cannot unpack non-iterable {} object",
                seq.type_name()
            ))),
        }
    }
}
