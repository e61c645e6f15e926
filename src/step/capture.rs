//! What a step shows, taken from the VM at the moment it is recorded: the
//! module's names, the running frames, suspended generators, the calls
//! that returned while their cells live on, and the cells the run touched
//! with who holds them. Everything becomes text here; whatever equals the
//! previous step's is shared with it (`Rc`), so a long run that changes
//! one cell costs one string per step.

use super::describe::describe;
use super::{CellRec, FrameRec, Returned, Shown, Var};
use crate::code::{Code, Instr, SlotKind};
use crate::exception::Exc;
use crate::value::{CellObj, Function, Generator, Name, Value};
use crate::vm::{Frame, Vm};
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::BTreeMap;
use std::rc::{Rc, Weak};

/// How many characters a value gets in the frames and cells.
const VALUE_BUDGET: usize = 60;
/// How many holders of one cell a step lists.
const MAX_HOLDERS: usize = 8;
/// How many items of a container are searched for functions to name.
const NAME_ITEMS: usize = 32;

/// What one step shows.
pub(super) struct Captured {
    pub frames: Vec<Rc<FrameRec>>,
    pub suspended: Vec<Rc<FrameRec>>,
    pub returned: Rc<[Returned]>,
    pub cells: Rc<[CellRec]>,
}

/// Everything the recorder follows across steps.
#[derive(Default)]
pub(super) struct Tracked {
    pub calls: Calls,
    /// The cells the run touched, by number.
    cells: BTreeMap<u32, CellTrack>,
    /// Cells made before the run, whose holders are still to be found.
    to_adopt: Vec<Rc<CellObj>>,
    /// Functions with a closure the run made, called or found holding a
    /// touched cell.
    funcs: Vec<Weak<Function>>,
    func_seen: FxHashSet<usize>,
    /// Cell number → indexes in `funcs` of the functions holding it.
    holders: FxHashMap<u32, Vec<usize>>,
    /// The module names the run's code uses, in order of first use.
    globals: Vec<Name>,
    global_set: FxHashSet<Name>,
    codes_seen: FxHashSet<usize>,
    /// The module's names as last shown, and the cells.
    last_module: Option<Rc<FrameRec>>,
    last_cells: Option<Rc<[CellRec]>>,
    /// The first cell number made during the run: cells below it were
    /// made before.
    pub first_new_cell: u32,
    /// The cells whose making call is known.
    claimed: FxHashSet<u32>,
}

struct CellTrack {
    cell: Weak<CellObj>,
}

impl Tracked {
    /// Notes the module names `code` reads or writes.
    pub fn note_code(&mut self, code: &Rc<Code>) {
        if !self.codes_seen.insert(Rc::as_ptr(code) as usize) {
            return;
        }
        let module = &*code.name == "<module>";
        for instr in &code.instrs {
            let i = match *instr {
                Instr::LoadGlobal(i) => i >> 1,
                Instr::StoreGlobal(i) | Instr::DeleteGlobal(i) => i,
                Instr::LoadName(i) | Instr::StoreName(i) | Instr::DeleteName(i) if module => i,
                _ => continue,
            };
            if let Some(name) = code.names.get(i as usize)
                && self.global_set.insert(name.clone())
            {
                self.globals.push(name.clone());
            }
        }
    }

    /// Notes a touched cell; `maker` is the call whose MAKE_CELL made it.
    pub fn note_cell(&mut self, cell: &Rc<CellObj>, maker: Option<usize>) {
        if let Some(call) = maker
            && self.claimed.insert(cell.id)
        {
            self.calls.list[call].cells.push(cell.id);
        }
        if self.cells.contains_key(&cell.id) {
            return;
        }
        self.cells.insert(
            cell.id,
            CellTrack {
                cell: Rc::downgrade(cell),
            },
        );
        if cell.id < self.first_new_cell {
            self.to_adopt.push(cell.clone());
        }
    }

    /// Notes a function with a closure (and the cells it holds).
    pub fn note_function(&mut self, f: &Rc<Function>) {
        if f.closure.is_empty() || !self.func_seen.insert(Rc::as_ptr(f) as usize) {
            return;
        }
        self.funcs.push(Rc::downgrade(f));
        let index = self.funcs.len() - 1;
        for cell in f.closure.iter() {
            self.holders.entry(cell.id).or_default().push(index);
            self.note_cell(cell, None);
        }
    }

    /// The touched cell that is `cell`, if the run touched it.
    pub fn find_cell(&self, _vm: &Vm, cell: &CellObj) -> Option<Rc<CellObj>> {
        let found = self.cells.get(&cell.id)?.cell.upgrade()?;
        std::ptr::eq(Rc::as_ptr(&found), cell).then_some(found)
    }

    /// Cells made before the run: every live function holding one is a
    /// holder, and the call that made it has returned.
    fn adopt(&mut self, vm: &Vm) {
        if self.to_adopt.is_empty() {
            return;
        }
        let cells = std::mem::take(&mut self.to_adopt);
        let functions = vm.heap.live_functions();
        for cell in &cells {
            for f in &functions {
                if f.closure.iter().any(|c| Rc::ptr_eq(c, cell)) {
                    self.note_function(f);
                }
            }
            if self.claimed.contains(&cell.id) {
                continue;
            }
            if let Some(owner) = owner_title(&functions, cell) {
                let call = self.calls.returned_before(owner);
                self.claimed.insert(cell.id);
                self.calls.list[call].cells.push(cell.id);
            }
        }
    }

    /// The state now, for a step.
    /// `top_line` is the innermost frame's line.
    pub fn capture(
        &mut self,
        vm: &Vm,
        base: usize,
        calls: &[usize],
        top_line: Option<u32>,
    ) -> Captured {
        self.adopt(vm);
        let last = vm.frames.len().saturating_sub(1);
        let line_of = |k: usize, f: &Frame| match top_line {
            Some(line) if k == last => line,
            _ => f.line(),
        };
        let mut frames = vec![self.module_frame(vm, base, &line_of)];
        for (k, frame) in vm.frames.iter().enumerate().skip(base) {
            if k == base && frame.func.is_none() && frame.class_ns.is_none() {
                continue; // the module's own frame: its names are above
            }
            let call = calls.get(k - base).copied();
            frames.push(self.frame(vm, frame, call, line_of(k, frame)));
        }
        let suspended = self.calls.suspended_frames();
        let namer = Namer::new(vm, &self.globals, base);
        let cells = self.cells(vm, base, &namer);
        let returned = self.returned(&namer, &cells);
        Captured {
            frames,
            suspended,
            returned,
            cells,
        }
    }

    /// The module's names the run uses, with the module frame's line.
    fn module_frame(
        &mut self,
        vm: &Vm,
        base: usize,
        line_of: &dyn Fn(usize, &Frame) -> u32,
    ) -> Rc<FrameRec> {
        let line = match vm.frames.get(base) {
            Some(f) if f.func.is_none() && f.class_ns.is_none() => line_of(base, f),
            _ => 0,
        };
        let vars = self
            .globals
            .iter()
            .filter_map(|name| {
                let v = vm.globals.get_by_name(name)?;
                Some(Var {
                    name: name.clone(),
                    shown: Shown::Value(Rc::from(describe(&v, VALUE_BUDGET))),
                })
            })
            .collect();
        let rec = FrameRec {
            title: Rc::from("<module>"),
            line,
            vars,
        };
        share(&mut self.last_module, rec)
    }

    /// A running function or class-body frame.
    fn frame(&mut self, vm: &Vm, frame: &Frame, call: Option<usize>, line: u32) -> Rc<FrameRec> {
        let vars = match &frame.class_ns {
            Some(ns) => class_vars(ns),
            None => self.fast_vars(vm, frame),
        };
        let title = match call {
            Some(c) => self.calls.title(c),
            None => call_title(&frame.code, frame.class_ns.is_some()),
        };
        let line = match line {
            0 => frame.code.firstlineno,
            n => n,
        };
        let rec = FrameRec { title, line, vars };
        match call {
            Some(c) => share(&mut self.calls.list[c].last_frame, rec),
            None => Rc::new(rec),
        }
    }

    /// A function frame's fast locals: plain names, cell and free variables.
    fn fast_vars(&mut self, vm: &Vm, frame: &Frame) -> Vec<Var> {
        let code = &frame.code;
        let first_free = code.nlocalsplus() - code.freevars.len();
        let mut vars = Vec::new();
        for (k, (name, kind)) in code.localsplus.iter().enumerate() {
            if name.starts_with('.') {
                continue;
            }
            let slot = vm.stack.get(frame.base + k).unwrap_or(&Value::Null);
            let shown = match (kind, slot) {
                (_, Value::Cell(c)) => {
                    self.note_cell(c, None);
                    Shown::Cell(c.id)
                }
                (SlotKind::Local, Value::Null) => Shown::Unbound,
                (SlotKind::Free, Value::Null) => {
                    let func = frame.func.as_ref();
                    match func.and_then(|f| f.closure.get(k - first_free)) {
                        Some(c) => Shown::Cell(c.id),
                        None => continue,
                    }
                }
                (_, Value::Null) => continue, // a cell not made yet
                (_, v) => Shown::Value(Rc::from(describe(v, VALUE_BUDGET))),
            };
            vars.push(Var {
                name: name.clone(),
                shown,
            });
        }
        vars
    }

    /// Every touched cell still alive, with its holders.
    fn cells(&mut self, vm: &Vm, base: usize, namer: &Namer) -> Rc<[CellRec]> {
        self.cells.retain(|_, t| t.cell.strong_count() > 0);
        let owners = frame_owners(vm, base, &self.calls);
        let recs: Vec<CellRec> = self
            .cells
            .values()
            .filter_map(|t| t.cell.upgrade())
            .map(|cell| self.cell_rec(&cell, namer, &owners))
            .collect();
        if let Some(last) = &self.last_cells
            && **last == *recs
        {
            return last.clone();
        }
        let recs: Rc<[CellRec]> = Rc::from(recs);
        self.last_cells = Some(recs.clone());
        recs
    }

    fn cell_rec(
        &self,
        cell: &Rc<CellObj>,
        namer: &Namer,
        owners: &FxHashMap<u32, Vec<(Rc<str>, Name)>>,
    ) -> CellRec {
        let funcs = self.live_holders(cell.id);
        let mut holders: Vec<(Rc<str>, Name)> = funcs
            .iter()
            .take(MAX_HOLDERS)
            .map(|(f, var)| (namer.label(f), var.clone()))
            .collect();
        let frames = owners.get(&cell.id).map_or(&[][..], |f| &f[..]);
        holders.extend(frames.iter().cloned());
        let refs: Vec<&Rc<Function>> = funcs.iter().map(|(f, _)| f).collect();
        let note = crate::inspect::note_for(cell, &refs, frames.len()).map(Rc::from);
        CellRec {
            note,
            id: cell.id,
            value: cell.get().map(|v| Rc::from(describe(&v, VALUE_BUDGET))),
            holders,
            more: funcs.len().saturating_sub(MAX_HOLDERS),
        }
    }

    /// The live functions holding cell `id`, with their variable name.
    fn live_holders(&self, id: u32) -> Vec<(Rc<Function>, Name)> {
        let Some(indexes) = self.holders.get(&id) else {
            return Vec::new();
        };
        indexes
            .iter()
            .filter_map(|&i| self.funcs[i].upgrade())
            .filter_map(|f| {
                let k = f.closure.iter().position(|c| c.id == id)?;
                let var = f.code.freevars.get(k)?.clone();
                Some((f, var))
            })
            .collect()
    }

    /// `make_counter() returned; its cell#1 lives on in inc`.
    fn returned(&self, namer: &Namer, cells: &[CellRec]) -> Rc<[Returned]> {
        let alive: FxHashSet<u32> = cells.iter().map(|c| c.id).collect();
        let mut out = Vec::new();
        for call in self
            .calls
            .list
            .iter()
            .filter(|c| c.state == State::Returned)
        {
            let ids: Vec<u32> = call
                .cells
                .iter()
                .copied()
                .filter(|id| alive.contains(id))
                .collect();
            if ids.is_empty() {
                continue;
            }
            let mut holders: Vec<Rc<str>> = Vec::new();
            for id in &ids {
                for (f, _) in self.live_holders(*id) {
                    let label = namer.label(&f);
                    if !holders.contains(&label) {
                        holders.push(label);
                    }
                }
            }
            out.push(Returned {
                call: call.title.clone(),
                cells: ids,
                holders,
            });
        }
        Rc::from(out)
    }
}

/// Reuses `last` when `rec` equals it; otherwise keeps `rec` as the last.
fn share(last: &mut Option<Rc<FrameRec>>, rec: FrameRec) -> Rc<FrameRec> {
    if let Some(prev) = last
        && **prev == rec
    {
        return prev.clone();
    }
    let rec = Rc::new(rec);
    *last = Some(rec.clone());
    rec
}

/// A class body's names so far (without the dunders Python adds).
fn class_vars(ns: &crate::value::Dict) -> Vec<Var> {
    ns.items()
        .into_iter()
        .filter_map(|(k, v)| {
            let name = k.as_str()?;
            if name.starts_with("__") && name.ends_with("__") {
                return None;
            }
            Some(Var {
                name: Rc::from(name),
                shown: Shown::Value(Rc::from(describe(&v, VALUE_BUDGET))),
            })
        })
        .collect()
}

/// Cell number → the running frames that made it (their cell variable).
fn frame_owners(vm: &Vm, base: usize, calls: &Calls) -> FxHashMap<u32, Vec<(Rc<str>, Name)>> {
    let mut owners: FxHashMap<u32, Vec<(Rc<str>, Name)>> = FxHashMap::default();
    for frame in vm.frames.iter().skip(base) {
        let code = &frame.code;
        for (k, (name, kind)) in code.localsplus.iter().enumerate() {
            if *kind != SlotKind::Cell {
                continue;
            }
            if let Some(Value::Cell(c)) = vm.stack.get(frame.base + k) {
                let title = call_title(code, false);
                let label = format!("{title}'s frame");
                owners
                    .entry(c.id)
                    .or_default()
                    .push((Rc::from(label), name.clone()));
            }
        }
    }
    for (title, slots) in calls.suspended_owners() {
        for (id, name) in slots {
            let label = format!("suspended {title}");
            owners.entry(id).or_default().push((Rc::from(label), name));
        }
    }
    owners
}

/// The call title of a block that owns `cell`, found from the static
/// nesting of a function holding it: `make_counter()`.
fn owner_title(functions: &[Rc<Function>], cell: &Rc<CellObj>) -> Option<Rc<str>> {
    functions.iter().find_map(|f| {
        let k = f.closure.iter().position(|c| Rc::ptr_eq(c, cell))?;
        let var = f.code.freevars.get(k)?;
        let owner = f.code.enclosing.iter().rev().find(|b| {
            b.symbols
                .get(var)
                .is_some_and(|s| s.scope == crate::symtable::Scope::Cell)
        })?;
        Some(Rc::from(format!("{}()", short_qualname(&owner.qualname))))
    })
}

/// `make_counter.<locals>.inc` → `inc`; `Account.deposit` stays.
pub(super) fn short_qualname(qualname: &str) -> &str {
    match qualname.rfind("<locals>.") {
        Some(at) => &qualname[at + "<locals>.".len()..],
        None => qualname,
    }
}

/// How a frame of `code` is named: `inc()`, `class Account`, `<module>`.
pub(super) fn call_title(code: &Code, class_body: bool) -> Rc<str> {
    if class_body {
        return Rc::from(format!("class {}", code.name));
    }
    if &*code.name == "<module>" {
        return Rc::from("<module>");
    }
    Rc::from(format!("{}()", short_qualname(&code.qualname)))
}

/// `ZeroDivisionError: division by zero`, without running Python code.
pub(super) fn exc_words(exc: &Exc) -> String {
    let name = exc.value.class.name.to_string();
    let args = exc.args();
    let text = match args.as_slice() {
        [] => return name,
        [Value::Str(s)] if name != "KeyError" => s.as_str().to_string(),
        [v] => describe(v, VALUE_BUDGET),
        _ => describe(&Value::tuple(args.clone()), VALUE_BUDGET),
    };
    let text: String = text.chars().take(VALUE_BUDGET).collect();
    format!("{name}: {text}")
}

// ----- calls ---------------------------------------------------------------

/// Every call the run made, in order.
#[derive(Default)]
pub(super) struct Calls {
    pub list: Vec<Call>,
    /// Generator (by address) → its call.
    by_generator: FxHashMap<usize, usize>,
    /// The call whose frame went last.
    last_finished: Option<usize>,
}

/// A frame's title and the cells it made: (cell number, variable).
type Owned = (Rc<str>, Vec<(u32, Name)>);

pub(super) struct Call {
    pub title: Rc<str>,
    pub state: State,
    /// The cells its MAKE_CELL made.
    pub cells: Vec<u32>,
    /// Its frame as last shown.
    pub last_frame: Option<Rc<FrameRec>>,
    /// The generator it runs in, if any.
    generator: Option<Weak<Generator>>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum State {
    Running,
    Suspended,
    Returned,
}

impl Calls {
    /// A new call of `code`.
    pub fn start(&mut self, code: &Code, class_body: bool) -> usize {
        self.push(call_title(code, class_body), State::Running)
    }

    fn push(&mut self, title: Rc<str>, state: State) -> usize {
        self.list.push(Call {
            title,
            state,
            cells: Vec::new(),
            last_frame: None,
            generator: None,
        });
        self.list.len() - 1
    }

    /// A call made before the run, known to have returned.
    pub fn returned_before(&mut self, title: Rc<str>) -> usize {
        let found = self.list.iter().position(|c| {
            c.state == State::Returned
                && c.generator.is_none()
                && c.title == title
                && c.last_frame.is_none()
        });
        found.unwrap_or_else(|| self.push(title, State::Returned))
    }

    /// Generator `g` resumes: its call (a new one the first time).
    pub fn resume(&mut self, g: &Rc<Generator>, code: &Code) -> usize {
        let key = Rc::as_ptr(g) as usize;
        if let Some(&call) = self.by_generator.get(&key) {
            self.list[call].state = State::Running;
            return call;
        }
        let call = self.start(code, false);
        self.list[call].generator = Some(Rc::downgrade(g));
        self.by_generator.insert(key, call);
        call
    }

    /// `call`'s frame became generator `g` (RETURN_GENERATOR): suspended
    /// before its first line, it resumes as the same call.
    pub fn bind_generator(&mut self, call: usize, g: &Rc<Generator>) {
        self.list[call].state = State::Suspended;
        self.list[call].generator = Some(Rc::downgrade(g));
        self.by_generator.insert(Rc::as_ptr(g) as usize, call);
    }

    /// The frame of `call` is gone: it returned (or an exception left it),
    /// unless it is a generator that suspended.
    pub fn finish(&mut self, call: usize) {
        if self.list[call].state == State::Running {
            self.list[call].state = State::Returned;
        }
        self.last_finished = Some(call);
    }

    /// The frame of `call` suspended at a yield.
    pub fn suspend(&mut self, call: usize) {
        self.list[call].state = State::Suspended;
    }

    /// Generator `g` just suspended: ties it to its running call.
    pub fn note_suspended(&mut self, g: &Rc<Generator>) {
        if let Some(&call) = self.by_generator.get(&(Rc::as_ptr(g) as usize)) {
            self.list[call].state = State::Suspended;
        }
    }

    /// The title of the call whose frame went last.
    pub fn last_finished(&self) -> Option<Rc<str>> {
        self.last_finished.map(|c| self.title(c))
    }

    pub fn title(&self, call: usize) -> Rc<str> {
        self.list[call].title.clone()
    }

    /// Frames of generators suspended now (and still alive).
    fn suspended_frames(&self) -> Vec<Rc<FrameRec>> {
        self.suspended()
            .filter_map(|c| c.last_frame.clone())
            .collect()
    }

    fn suspended(&self) -> impl Iterator<Item = &Call> {
        self.list.iter().filter(|c| {
            c.state == State::Suspended
                && c.generator
                    .as_ref()
                    .and_then(Weak::upgrade)
                    .is_some_and(|g| g.state.borrow().saved.is_some())
        })
    }

    /// The cell variables of suspended generator frames: (title, [(cell, name)]).
    fn suspended_owners(&self) -> Vec<Owned> {
        self.suspended()
            .filter_map(|c| {
                let frame = c.last_frame.as_ref()?;
                let own: Vec<(u32, Name)> = frame
                    .vars
                    .iter()
                    .filter_map(|v| match v.shown {
                        Shown::Cell(id) if c.cells.contains(&id) => Some((id, v.name.clone())),
                        _ => None,
                    })
                    .collect();
                Some((c.title.clone(), own))
            })
            .collect()
    }
}

// ----- names for functions ---------------------------------------------------

/// How the learner reaches a function at this step: a module name (`c`,
/// `fs[0]`), a local of a running frame (`inc in make_counter()`), else its
/// short qualname.
struct Namer {
    names: FxHashMap<usize, Rc<str>>,
}

impl Namer {
    fn new(vm: &Vm, globals: &[Name], base: usize) -> Namer {
        let mut namer = Namer {
            names: FxHashMap::default(),
        };
        for name in globals {
            if let Some(v) = vm.globals.get_by_name(name) {
                namer.walk(&v, name.to_string(), 2);
            }
        }
        for frame in vm.frames.iter().skip(base).rev() {
            namer.frame_locals(vm, frame);
        }
        namer
    }

    fn label(&self, f: &Rc<Function>) -> Rc<str> {
        match self.names.get(&(Rc::as_ptr(f) as usize)) {
            Some(name) => name.clone(),
            None => Rc::from(short_qualname(&f.qualname())),
        }
    }

    fn record(&mut self, v: &Value, path: String) {
        if let Value::Function(f) = v {
            self.names
                .entry(Rc::as_ptr(f) as usize)
                .or_insert_with(|| Rc::from(path));
        }
    }

    fn walk(&mut self, v: &Value, path: String, depth: usize) {
        match v {
            Value::Function(_) => self.record(v, path),
            _ if depth == 0 => {}
            Value::List(l) => {
                let items: Vec<Value> = l.items.borrow().iter().take(NAME_ITEMS).cloned().collect();
                self.walk_items(&items, &path, depth);
            }
            Value::Tuple(t) => {
                let items: Vec<Value> = t.items.iter().take(NAME_ITEMS).cloned().collect();
                self.walk_items(&items, &path, depth);
            }
            Value::Dict(d) => {
                for (k, item) in d.items().into_iter().take(NAME_ITEMS) {
                    let key = describe(&k, 20);
                    self.walk(&item, format!("{path}[{key}]"), depth - 1);
                }
            }
            _ => {}
        }
    }

    fn walk_items(&mut self, items: &[Value], path: &str, depth: usize) {
        for (i, item) in items.iter().enumerate() {
            self.walk(item, format!("{path}[{i}]"), depth - 1);
        }
    }

    /// Functions bound to a running frame's names: `inc in make_counter()`.
    fn frame_locals(&mut self, vm: &Vm, frame: &Frame) {
        if frame.func.is_none() {
            return;
        }
        let title = call_title(&frame.code, false);
        for (k, (name, _)) in frame.code.localsplus.iter().enumerate() {
            let v = match vm.stack.get(frame.base + k) {
                Some(Value::Cell(c)) => c.get(),
                Some(v) => Some(v.clone()),
                None => None,
            };
            if let Some(v) = v {
                let mut inner = Namer {
                    names: FxHashMap::default(),
                };
                inner.walk(&v, name.to_string(), 1);
                for (addr, path) in inner.names {
                    let label = Rc::from(format!("{path} in {title}"));
                    self.names.entry(addr).or_insert(label);
                }
            }
        }
    }
}
