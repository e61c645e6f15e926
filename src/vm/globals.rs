//! A module namespace as slots: every name the compiler meets in a
//! LOAD_GLOBAL / LOAD_NAME gets a slot once, so a global read is an index,
//! with the builtin of the same name in a parallel table as the fallback.

use crate::value::{Name, Value};
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Default)]
pub struct Globals {
    index: RefCell<FxHashMap<Name, u32>>,
    names: RefCell<Vec<Name>>,
    values: RefCell<Vec<Option<Value>>>,
    builtins: RefCell<Vec<Option<Value>>>,
    /// Slots in the order their names were first bound (for listings).
    order: RefCell<Vec<u32>>,
}

impl Globals {
    /// The `__main__` namespace with `__name__` set.
    pub fn new_main() -> Rc<Globals> {
        let g = Rc::new(Globals::default());
        g.set_by_name("__name__", Value::str("__main__"));
        g.set_by_name("__doc__", Value::None);
        g
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
        self.values.borrow_mut().push(None);
        self.builtins
            .borrow_mut()
            .push(crate::builtins::lookup(&name));
        i
    }

    /// The global, else the builtin, in slot `i`.
    #[inline]
    pub fn load(&self, i: u32) -> Option<Value> {
        let i = i as usize;
        if let Some(v) = &self.values.borrow()[i] {
            return Some(v.clone());
        }
        self.builtins.borrow()[i].clone()
    }

    /// Rebinds a builtin for this namespace (the REPL's `_`).
    pub fn set_builtin(&self, name: &str, v: Value) {
        let i = self.slot_of(name) as usize;
        self.builtins.borrow_mut()[i] = Some(v);
    }

    /// The global in slot `i`, ignoring builtins.
    pub fn get(&self, i: u32) -> Option<Value> {
        self.values.borrow()[i as usize].clone()
    }

    pub fn store(&self, i: u32, v: Value) {
        let old = self.values.borrow_mut()[i as usize].replace(v);
        if old.is_none() {
            self.order.borrow_mut().push(i);
        }
    }

    /// Deletes the global in slot `i`; false when it was not bound.
    pub fn delete(&self, i: u32) -> bool {
        let old = self.values.borrow_mut()[i as usize].take();
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
        let values = self.values.borrow();
        let names = self.names.borrow();
        self.order
            .borrow()
            .iter()
            .filter_map(|&i| {
                values[i as usize]
                    .clone()
                    .map(|v| (names[i as usize].clone(), v))
            })
            .collect()
    }

    /// Forgets every global (`:reset`), keeping `__name__`.
    pub fn clear(&self) {
        for v in self.values.borrow_mut().iter_mut() {
            *v = None;
        }
        self.order.borrow_mut().clear();
        self.set_by_name("__name__", Value::str("__main__"));
        self.set_by_name("__doc__", Value::None);
    }
}
