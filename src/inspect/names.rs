//! How the learner reaches a function: the expression that names it from
//! the main namespace (`get`, `fs[0]`, `counter['increment']`,
//! `C.method`), found by walking globals in binding order and lists,
//! tuples and dicts two levels deep. The first path found wins. A function
//! reachable only through another's cell is `(func of greet)`; others
//! fall back to their `__qualname__`.

use crate::value::{Function, Value};
use crate::vm::Vm;
use rustc_hash::FxHashMap;
use std::rc::Rc;

/// Display names of functions and generators, by object address.
pub struct Namer {
    names: FxHashMap<usize, String>,
    /// Discovery order of each named object (for a stable holder order).
    rank: FxHashMap<usize, usize>,
}

/// How deep containers are walked below a global.
const DEPTH: usize = 2;

impl Namer {
    pub fn new(vm: &mut Vm) -> Namer {
        let mut namer = Namer {
            names: FxHashMap::default(),
            rank: FxHashMap::default(),
        };
        let globals = vm.globals.items();
        for (name, value) in &globals {
            if !name.starts_with("__") {
                namer.walk(vm, value, name.to_string(), DEPTH);
            }
        }
        namer.name_captured_functions(&vm.heap);
        namer
    }

    /// The learner's name for function `f`, else its qualname.
    pub fn function(&self, f: &Rc<Function>) -> String {
        self.names
            .get(&(Rc::as_ptr(f) as usize))
            .cloned()
            .unwrap_or_else(|| f.qualname().to_string())
    }

    /// The learner's name for an object (function or generator), if any.
    pub fn get(&self, addr: usize) -> Option<&str> {
        self.names.get(&addr).map(|s| s.as_str())
    }

    /// Position in discovery order; unnamed objects sort last.
    pub fn rank(&self, addr: usize) -> usize {
        self.rank.get(&addr).copied().unwrap_or(usize::MAX)
    }

    fn record(&mut self, addr: usize, path: String) {
        if !self.names.contains_key(&addr) {
            self.rank.insert(addr, self.names.len());
            self.names.insert(addr, path);
        }
    }

    fn walk(&mut self, vm: &mut Vm, v: &Value, path: String, depth: usize) {
        match v {
            Value::Function(_) => self.record(v.address(), path),
            Value::Generator(g) => {
                self.record(v.address(), path.clone());
                self.walk_frame(g, &path);
            }
            Value::Method(m) => self.walk(vm, &m.func, path, depth),
            _ if depth == 0 => {}
            Value::List(l) => {
                let items = l.items.borrow().clone();
                self.walk_items(vm, &items, &path, depth);
            }
            Value::Tuple(t) => self.walk_items(vm, &t.items, &path, depth),
            Value::Dict(d) => {
                for (k, item) in d.items() {
                    let key = vm.repr(&k).unwrap_or_default();
                    self.walk(vm, &item, format!("{path}[{key}]"), depth - 1);
                }
            }
            Value::Class(c) => {
                for (k, item) in c.dict.items() {
                    if let Some(k) = k.as_str() {
                        self.walk(vm, &item, format!("{path}.{k}"), depth - 1);
                    }
                }
            }
            _ => {}
        }
    }

    fn walk_items(&mut self, vm: &mut Vm, items: &[Value], path: &str, depth: usize) {
        for (i, item) in items.iter().enumerate() {
            self.walk(vm, item, format!("{path}[{i}]"), depth - 1);
        }
    }

    /// Functions in a suspended generator's locals: `add (in g's frame)`.
    fn walk_frame(&mut self, g: &crate::value::Generator, path: &str) {
        let Ok(st) = g.state.try_borrow() else { return };
        let Some(saved) = &st.saved else { return };
        for ((name, _), v) in saved.frame.code.localsplus.iter().zip(&saved.slots) {
            let v = match v {
                Value::Cell(c) => c.get(),
                other => Some(other.clone()),
            };
            if let Some(f @ Value::Function(_)) = v {
                self.record(f.address(), format!("{name} (in {path}'s frame)"));
            }
        }
    }

    /// Functions held in the cells of named functions (a decorator's
    /// original): `(func of greet)`.
    fn name_captured_functions(&mut self, heap: &crate::heap::Heap) {
        for f in heap.live_functions() {
            let Some(holder) = self.get(Rc::as_ptr(&f) as usize).map(str::to_string) else {
                continue;
            };
            for (cell, var) in f.closure.iter().zip(f.code.freevars.iter()) {
                if let Some(v @ Value::Function(_)) = cell.get() {
                    self.record(v.address(), format!("({var} of {holder})"));
                }
            }
        }
    }
}
