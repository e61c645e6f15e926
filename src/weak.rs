//! Weak references: the heap's table behind `weakref.ref` and
//! `weakref.finalize`. Each entry holds a Rust `Weak` to its target, so a
//! weak reference never keeps an object alive: `ref()` answers None the
//! moment the last strong reference goes (counting or the cycle collector).
//!
//! ```text
//!   weakref object (Instance, dict: _id) ──▶ Heap.weak[_id] ─ ─ ▶ target (Weak)
//!                                                  └──▶ callback / finalizer (strong)
//! ```
//!
//! Callbacks run Python code, so they never run inside a `Drop`: while an
//! entry with a callback is pending, the heap asks the VM to stop at its
//! next call (as for dead generators), and there `run_weak_callbacks` calls
//! those whose target died, before the call's own output.

use crate::value::{Class, Function, Generator, Instance, Set, Value};
use crate::vm::Vm;
use std::collections::BTreeMap;
use std::io::Write;
use std::rc::{Rc, Weak};

/// What a weak reference can point at (CPython's types with a
/// `__weakref__` slot, among cellar's).
pub enum Target {
    Instance(Weak<Instance>),
    Function(Weak<Function>),
    Class(Weak<Class>),
    Generator(Weak<Generator>),
    Set(Weak<Set>),
    Code(Weak<crate::code::Code>),
}

impl Target {
    /// A weak pointer to `v`, or None for a type without weak references.
    pub fn of(v: &Value) -> Option<Target> {
        Some(match v {
            Value::Instance(r) => Target::Instance(Rc::downgrade(r)),
            Value::Function(r) => Target::Function(Rc::downgrade(r)),
            Value::Class(r) => Target::Class(Rc::downgrade(r)),
            Value::Generator(r) => Target::Generator(Rc::downgrade(r)),
            Value::Set(r) => Target::Set(Rc::downgrade(r)),
            Value::Code(r) => Target::Code(Rc::downgrade(r)),
            _ => return None,
        })
    }

    /// The target, if it is still alive.
    pub fn get(&self) -> Option<Value> {
        Some(match self {
            Target::Instance(w) => Value::Instance(w.upgrade()?),
            Target::Function(w) => Value::Function(w.upgrade()?),
            Target::Class(w) => Value::Class(w.upgrade()?),
            Target::Generator(w) => Value::Generator(w.upgrade()?),
            Target::Set(w) => Value::Set(w.upgrade()?),
            Target::Code(w) => Value::Code(w.upgrade()?),
        })
    }

    pub fn is_alive(&self) -> bool {
        match self {
            Target::Instance(w) => w.strong_count() > 0,
            Target::Function(w) => w.strong_count() > 0,
            Target::Class(w) => w.strong_count() > 0,
            Target::Generator(w) => w.strong_count() > 0,
            Target::Set(w) => w.strong_count() > 0,
            Target::Code(w) => w.strong_count() > 0,
        }
    }
}

/// What happens when the target dies.
pub enum Action {
    /// `weakref.ref(obj, callback)`: `callback(ref)` if the ref object
    /// (held weakly: it may die first) is still alive.
    Ref {
        owner: Weak<Instance>,
        callback: Option<Value>,
    },
    /// `weakref.finalize(obj, func, *args, **kwargs)`: the finalize
    /// object is kept alive by the table until it has run or is detached.
    Finalize {
        owner: Rc<Instance>,
        func: Value,
        args: Vec<Value>,
        kwargs: Vec<(crate::value::Name, Value)>,
    },
}

pub struct Entry {
    pub id: i64,
    pub target: Target,
    /// The target's address and type name, for reprs after it died.
    pub target_addr: usize,
    pub target_type: Rc<str>,
    pub action: Action,
}

/// Every weak reference and finalizer of one heap, by id (creation order).
#[derive(Default)]
pub struct WeakTable {
    next_id: i64,
    entries: BTreeMap<i64, Entry>,
}

impl WeakTable {
    /// Adds an entry; returns its id (stored in the Python object).
    pub fn add(&mut self, target: Target, v: &Value, action: Action) -> i64 {
        self.next_id += 1;
        let entry = Entry {
            id: self.next_id,
            target,
            target_addr: v.address(),
            target_type: v.type_name(),
            action,
        };
        self.entries.insert(self.next_id, entry);
        self.next_id
    }

    pub fn get(&self, id: i64) -> Option<&Entry> {
        self.entries.get(&id)
    }

    /// Removes entry `id` (a finalizer called or detached).
    pub fn remove(&mut self, id: i64) -> Option<Entry> {
        self.entries.remove(&id)
    }

    /// Whether some entry still waits to run Python code.
    pub fn watching(&self) -> bool {
        self.entries.values().any(Entry::has_code)
    }

    /// Takes the entries whose target died and that have code to run,
    /// newest first (CPython calls an object's callbacks newest first);
    /// forgets refs whose own object is gone.
    fn take_due(&mut self) -> Vec<Entry> {
        let mut due = Vec::new();
        let mut gone = Vec::new();
        for (id, e) in &self.entries {
            if !e.target.is_alive() || !e.owner_alive() {
                gone.push(*id);
            }
        }
        for id in gone {
            if let Some(e) = self.entries.remove(&id)
                && !e.target.is_alive()
                && e.has_code()
            {
                due.push(e);
            }
        }
        due.reverse();
        due
    }

    /// The alive finalizers with `atexit` set, newest first (interpreter exit).
    fn take_exit_finalizers(&mut self) -> Vec<Entry> {
        let ids: Vec<i64> = self
            .entries
            .iter()
            .filter(|(_, e)| e.runs_at_exit())
            .map(|(id, _)| *id)
            .collect();
        let mut due: Vec<Entry> = ids
            .into_iter()
            .filter_map(|id| self.entries.remove(&id))
            .collect();
        due.reverse();
        due
    }
}

impl Entry {
    fn has_code(&self) -> bool {
        match &self.action {
            Action::Ref { owner, callback } => callback.is_some() && owner.strong_count() > 0,
            Action::Finalize { .. } => true,
        }
    }

    fn owner_alive(&self) -> bool {
        match &self.action {
            Action::Ref { owner, .. } => owner.strong_count() > 0,
            Action::Finalize { .. } => true,
        }
    }

    fn runs_at_exit(&self) -> bool {
        match &self.action {
            Action::Finalize { owner, .. } => {
                owner.dict.get_str("atexit").is_some_and(|v| v.truthy())
            }
            Action::Ref { .. } => false,
        }
    }
}

impl Vm {
    /// At a safe point: runs the callbacks and finalizers whose target
    /// died; asks to stop again while others wait.
    pub fn run_weak_callbacks(&mut self) {
        let due = self.heap.weak.borrow_mut().take_due();
        for e in due {
            self.run_entry(e);
        }
        if self.heap.weak.borrow().watching() {
            self.heap.request();
        }
    }

    /// At exit: the finalizers still alive, as CPython's atexit hook runs
    /// them (before the main module is cleared).
    pub fn run_exit_finalizers(&mut self) {
        let due = self.heap.weak.borrow_mut().take_exit_finalizers();
        for e in due {
            self.run_entry(e);
        }
    }

    /// Runs one entry's code; an exception is reported as CPython reports
    /// one raised in a callback: "Exception ignored in: " the callback (a
    /// ref's) or the finalize object, then the traceback (without the frame
    /// of CPython's weakref.py that calls a finalizer).
    fn run_entry(&mut self, e: Entry) {
        let (culprit, func, result) = match e.action {
            Action::Ref { owner, callback } => {
                let (Some(owner), Some(cb)) = (owner.upgrade(), callback) else {
                    return;
                };
                let r = self.call(&cb, vec![Value::Instance(owner)]);
                (cb.clone(), cb, r)
            }
            Action::Finalize {
                owner,
                func,
                args,
                kwargs,
            } => {
                owner.dict.set_str("alive", Value::Bool(false));
                let r = self.call_value(&func, args, kwargs);
                (Value::Instance(owner), func, r)
            }
        };
        if let Err(exc) = result {
            self.flush_out();
            let what = self.repr(&culprit).unwrap_or_default();
            let source = CodeSource::of(&func);
            let report = crate::traceback::format_exception(self, &exc, &source);
            let _ = write!(std::io::stderr(), "Exception ignored in: {what}\n{report}");
        }
    }
}

/// Source lines for a callback's traceback: the file its code came from.
struct CodeSource(Option<Rc<crate::code::Code>>);

impl CodeSource {
    fn of(func: &Value) -> CodeSource {
        match func {
            Value::Function(f) => CodeSource(Some(f.code.clone())),
            Value::Method(m) => CodeSource::of(&m.func),
            _ => CodeSource(None),
        }
    }
}

impl crate::traceback::SourceLookup for CodeSource {
    fn line(&self, filename: &str, line: u32) -> Option<String> {
        let code = self.0.as_ref()?;
        if &*code.filename != filename || filename.starts_with('<') {
            return None;
        }
        let text = code.source.lines().nth(line.checked_sub(1)? as usize)?;
        Some(text.to_string())
    }
}
