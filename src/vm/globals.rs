//! A module namespace as slots: every name the compiler meets in a
//! LOAD_GLOBAL / LOAD_NAME gets a slot once, so a global read is an index,
//! with the builtin of the same name in a parallel table as the fallback.

use crate::value::{Name, Value};
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Default)]
struct Slot {
    global: Option<Value>,
    builtin: Option<Value>,
}

#[derive(Default)]
pub struct Globals {
    index: RefCell<FxHashMap<Name, u32>>,
    names: RefCell<Vec<Name>>,
    /// Per slot: the global value, and the builtin of the same name.
    slots: RefCell<Vec<Slot>>,
    /// Slots in the order their names were first bound (for listings).
    order: RefCell<Vec<u32>>,
    /// The builtins of a namespace `exec` made from a dict whose
    /// `__builtins__` is a dict of its own; None: the real builtins.
    builtins: Option<Rc<crate::value::Dict>>,
    /// `globals()` and `f.__globals__`: one dict, made on first use and
    /// brought up to date whenever it is asked for (keeping it current on
    /// every store cost 4 instructions per STORE_NAME: +2.8% on a
    /// module-level loop).
    mirror: RefCell<Option<Rc<crate::value::Dict>>>,
}

impl Globals {
    /// The `__main__` namespace with `__name__` set.
    pub fn new_main() -> Rc<Globals> {
        let g = Rc::new(Globals::default());
        g.set_by_name("__name__", Value::str("__main__"));
        g.set_by_name("__doc__", Value::None);
        g
    }

    /// An empty namespace whose builtins are `builtins` (`exec(src, g)`
    /// with `g['__builtins__']` a dict).
    pub fn with_builtins(builtins: Rc<crate::value::Dict>) -> Globals {
        Globals {
            builtins: Some(builtins),
            ..Globals::default()
        }
    }

    /// The slot of `name`, made on first use.
    pub fn slot_of(&self, name: &str) -> u32 {
        if let Some(&i) = self.index.borrow().get(name) {
            return i;
        }
        let i = self.names.borrow().len() as u32;
        let name: Name = Rc::from(name);
        self.index.borrow_mut().insert(name.clone(), i);
        self.names.borrow_mut().push(name.clone());
        let builtin = match &self.builtins {
            Some(own) => own.get_str(&name),
            None => crate::builtins::lookup(&name),
        };
        self.slots.borrow_mut().push(Slot {
            global: None,
            builtin,
        });
        i
    }

    /// The global, else the builtin, in slot `i`.
    #[inline(always)]
    pub fn load(&self, i: u32) -> Option<Value> {
        // SAFETY: nothing below writes the slots (a clone runs no code), so
        // an unguarded borrow needs no count; one being written is refused.
        let slots = unsafe { self.slots.try_borrow_unguarded() }
            .expect("invariant: globals are not read while a slot is written");
        let slot = &slots[i as usize];
        match &slot.global {
            Some(v) => Some(v.clone()),
            None => slot.builtin.clone(),
        }
    }

    /// Rebinds a builtin for this namespace (the REPL's `_`).
    pub fn set_builtin(&self, name: &str, v: Value) {
        let i = self.slot_of(name) as usize;
        self.slots.borrow_mut()[i].builtin = Some(v);
    }

    /// The global in slot `i`, ignoring builtins.
    pub fn get(&self, i: u32) -> Option<Value> {
        self.slots.borrow()[i as usize].global.clone()
    }

    #[inline]
    pub fn store(&self, i: u32, v: Value) {
        let old = self.slots.borrow_mut()[i as usize].global.replace(v);
        match old {
            Some(old) => crate::vm::dispatch::discard(old),
            None => self.order.borrow_mut().push(i),
        }
    }

    /// `globals()`: the namespace as one dict, the same object on every
    /// call, made equal to the namespace now (names bound since the last
    /// call appear, deleted ones go, order kept). A write into the dict
    /// itself does not reach the names: cellar's namespace is slots.
    pub fn as_dict(&self) -> Rc<crate::value::Dict> {
        let d = self
            .mirror
            .borrow_mut()
            .get_or_insert_with(|| {
                let d = Rc::new(crate::value::Dict::new());
                crate::gc::track_dict(&d);
                d
            })
            .clone();
        let items = self.items();
        let stale: Vec<_> = d
            .items()
            .into_iter()
            .filter(|(k, _)| k.as_str().is_some_and(|k| self.get_by_name(k).is_none()))
            .map(|(k, _)| k)
            .collect();
        for k in stale {
            d.remove(&self.key(&k));
        }
        for (k, v) in items {
            d.set_str(&k, v);
        }
        d
    }

    fn key(&self, v: &Value) -> crate::value::DictKey {
        crate::value::DictKey::str(v.as_str().unwrap_or_default())
    }

    /// Deletes the global in slot `i`; false when it was not bound.
    pub fn delete(&self, i: u32) -> bool {
        let old = self.slots.borrow_mut()[i as usize].global.take();
        if old.is_some() {
            self.order.borrow_mut().retain(|&s| s != i);
        }
        old.is_some()
    }

    pub fn name(&self, i: u32) -> Name {
        self.names.borrow()[i as usize].clone()
    }

    pub fn get_by_name(&self, name: &str) -> Option<Value> {
        self.get(self.slot_of(name))
    }

    pub fn set_by_name(&self, name: &str, v: Value) {
        self.store(self.slot_of(name), v);
    }

    /// Every bound global, in first-binding order.
    pub fn items(&self) -> Vec<(Name, Value)> {
        let slots = self.slots.borrow();
        let names = self.names.borrow();
        self.order
            .borrow()
            .iter()
            .filter_map(|&i| {
                slots[i as usize]
                    .global
                    .clone()
                    .map(|v| (names[i as usize].clone(), v))
            })
            .collect()
    }

    /// Forgets every global (`:reset`), keeping `__name__`.
    pub fn clear(&self) {
        let names = self.names.borrow();
        for (slot, name) in self.slots.borrow_mut().iter_mut().zip(names.iter()) {
            slot.global = None;
            slot.builtin = crate::builtins::lookup(name);
        }
        drop(names);
        self.order.borrow_mut().clear();
        let mirror = self.mirror.borrow_mut().take();
        if let Some(d) = mirror {
            d.clear();
        }
        self.set_by_name("__name__", Value::str("__main__"));
        self.set_by_name("__doc__", Value::None);
    }
}
