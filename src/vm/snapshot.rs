//! A snapshot: a plain, read-only description of what is alive in the VM
//! right now, built by the module that owns the frame layout. The
//! inspection commands, the stepper and the projector page draw from it.
//!
//! ```text
//!     frames      running frames, outermost first: code, line, locals, cell slots;
//!                 then the frames of threads switched out (`FrameView::thread`)
//!     generators  suspended generator frames, the same
//!     returned    calls that returned while cells they made live on
//!     cells       every live cell (by id) and who holds it
//!     functions   every live function: qualname, maker and line, its closure's cells
//! ```
//!
//! The snapshot holds strong references: it keeps what it shows alive
//! until it is dropped, and it never changes what it describes.

use super::Vm;
use crate::code::{Code, SlotKind};
use crate::symtable::{Block, Scope};
use crate::value::{CellObj, Function, Generator, Name, Value};
use rustc_hash::FxHashMap;
use std::rc::Rc;

pub struct Snapshot {
    pub frames: Vec<FrameView>,
    pub generators: Vec<GeneratorView>,
    pub returned: Vec<ReturnedFrame>,
    /// In creation order (`cell#1` first).
    pub cells: Vec<CellView>,
    pub functions: Vec<FunctionView>,
}

/// One frame: what runs, where, and its fast locals.
pub struct FrameView {
    pub code: Rc<Code>,
    pub func: Option<Rc<Function>>,
    pub line: u32,
    /// Plain locals (`co_varnames` that are not cells), None when unbound.
    pub locals: Vec<(Name, Option<Value>)>,
    /// Cell variables (`co_cellvars`): the frame made these cells.
    pub cellvars: Vec<(Name, Rc<CellObj>)>,
    /// Free variables (`co_freevars`): cells that came in by `__closure__`.
    pub freevars: Vec<(Name, Rc<CellObj>)>,
    /// The thread it belongs to, when that is not the main thread
    /// (`Thread-1 (worker)`), and whether that thread is switched out.
    pub thread: Option<(String, bool)>,
}

/// A generator suspended at `frame.line`.
pub struct GeneratorView {
    pub generator: Rc<Generator>,
    pub frame: FrameView,
}

/// A call of `owner` that has returned while the cells it made live on
/// (held by closures it made). Cells of one call are numbered
/// consecutively, in `co_cellvars` order, by its MAKE_CELL prologue: that
/// is how they are told apart from another call's.
pub struct ReturnedFrame {
    /// The block of the code that ran (`make_counter`).
    pub owner: Rc<Block>,
    /// Its cells still alive, by cell variable name.
    pub cells: Vec<(Name, Rc<CellObj>)>,
}

/// One live cell and everything that holds it.
pub struct CellView {
    pub cell: Rc<CellObj>,
    pub holders: Vec<Holder>,
}

/// Who holds a cell, under which variable name.
#[derive(Clone)]
pub enum Holder {
    /// A function's `__closure__`, for free variable `var`.
    Closure { func: Rc<Function>, var: Name },
    /// `frames[frame]`, as its cell variable (owner) or free variable.
    Frame { frame: usize, var: Name, own: bool },
    /// The suspended frame of `generators[generator]`.
    Generator {
        generator: usize,
        var: Name,
        own: bool,
    },
    /// `returned[frame]`: the call that made it has returned.
    Returned { frame: usize, var: Name },
}

/// A live function.
pub struct FunctionView {
    pub func: Rc<Function>,
    pub qualname: Name,
    /// The code that ran MAKE_FUNCTION and its line (None for builtins' own).
    pub made_by: Option<(Name, u32)>,
    /// The ids of its closure's cells, in `co_freevars` order.
    pub cells: Vec<u32>,
}

impl Vm {
    /// What is alive now. Collects garbage first, so unreachable cycles
    /// are not shown as alive.
    pub fn snapshot(&mut self) -> Snapshot {
        self.heap.collect();
        let owners = self.frame_threads();
        let mut frames: Vec<FrameView> = self
            .frames
            .iter()
            .zip(owners)
            .map(|(f, thread)| {
                let end = (f.base + f.code.nlocalsplus()).min(self.stack.len());
                let slots = &self.stack[f.base.min(end)..end];
                let mut view = frame_view(&f.code, f.func.clone(), f.line(), slots);
                view.thread = thread.map(|name| (name, false));
                view
            })
            .collect();
        for (name, f, slots) in self.switched_out_frames() {
            let mut view = frame_view(&f.code, f.func.clone(), f.line(), slots);
            view.thread = Some((name, true));
            frames.push(view);
        }
        let generators = self
            .heap
            .live_generators()
            .into_iter()
            .filter_map(generator_view)
            .collect();
        let functions = self
            .heap
            .live_functions()
            .into_iter()
            .map(function_view)
            .collect();
        let mut snap = Snapshot {
            frames,
            generators,
            returned: Vec::new(),
            cells: Vec::new(),
            functions,
        };
        snap.cells = self
            .heap
            .live_cells()
            .into_iter()
            .map(|cell| CellView {
                cell,
                holders: Vec::new(),
            })
            .collect();
        snap.link_holders();
        snap.find_returned();
        snap
    }
}

fn frame_view(
    code: &Rc<Code>,
    func: Option<Rc<Function>>,
    line: u32,
    slots: &[Value],
) -> FrameView {
    let mut view = FrameView {
        code: code.clone(),
        func,
        line,
        locals: Vec::new(),
        cellvars: Vec::new(),
        freevars: Vec::new(),
        thread: None,
    };
    for ((name, kind), v) in code.localsplus.iter().zip(slots) {
        let name = name.clone();
        match (kind, v) {
            (SlotKind::Cell, Value::Cell(c)) => view.cellvars.push((name, c.clone())),
            (SlotKind::Free, Value::Cell(c)) => view.freevars.push((name, c.clone())),
            (SlotKind::Local, Value::Null) => view.locals.push((name, None)),
            (SlotKind::Local, v) => view.locals.push((name, Some(v.clone()))),
            _ => {} // a cell slot before its MAKE_CELL ran
        }
    }
    view
}

fn generator_view(g: Rc<Generator>) -> Option<GeneratorView> {
    let frame = {
        let st = g.state.try_borrow().ok()?;
        let saved = st.saved.as_ref()?;
        let f = &saved.frame;
        frame_view(&f.code, f.func.clone(), f.line(), &saved.slots)
    };
    Some(GeneratorView {
        generator: g,
        frame,
    })
}

fn function_view(func: Rc<Function>) -> FunctionView {
    FunctionView {
        qualname: func.qualname(),
        made_by: func
            .origin
            .as_ref()
            .map(|(code, line)| (code.qualname.clone(), *line)),
        cells: func.closure.iter().map(|c| c.id).collect(),
        func,
    }
}

impl Snapshot {
    /// The view of `cell`, if it is live.
    pub fn cell(&self, id: u32) -> Option<&CellView> {
        let i = self.cells.binary_search_by_key(&id, |c| c.cell.id).ok()?;
        Some(&self.cells[i])
    }

    fn cell_index(&self) -> FxHashMap<u32, usize> {
        self.cells
            .iter()
            .enumerate()
            .map(|(i, c)| (c.cell.id, i))
            .collect()
    }

    /// Fills every cell's holders: closures, running frames, generators.
    fn link_holders(&mut self) {
        let index = self.cell_index();
        let mut found: Vec<(u32, Holder)> = Vec::new();
        for f in &self.functions {
            for (cell, var) in f.func.closure.iter().zip(f.func.code.freevars.iter()) {
                let h = Holder::Closure {
                    func: f.func.clone(),
                    var: var.clone(),
                };
                found.push((cell.id, h));
            }
        }
        for (i, f) in self.frames.iter().enumerate() {
            found.extend(slot_holders(f, |var, own| Holder::Frame {
                frame: i,
                var,
                own,
            }));
        }
        for (i, g) in self.generators.iter().enumerate() {
            let h = |var, own| Holder::Generator {
                generator: i,
                var,
                own,
            };
            found.extend(slot_holders(&g.frame, h));
        }
        for (id, h) in found {
            if let Some(&i) = index.get(&id) {
                self.cells[i].holders.push(h);
            }
        }
    }

    /// Cells no live frame owns were made by calls that have returned:
    /// grouped by owner code and by the call's first cell number.
    fn find_returned(&mut self) {
        let mut calls: FxHashMap<(usize, u32), usize> = FxHashMap::default();
        let mut added: Vec<(usize, Holder)> = Vec::new();
        // each owner's co_cellvars, worked out once
        let mut cellvars: FxHashMap<usize, Vec<Name>> = FxHashMap::default();
        for (ci, view) in self.cells.iter().enumerate() {
            if view.holders.iter().any(Holder::owns) {
                continue;
            }
            let Some((owner, var)) = owner_of(view) else {
                continue;
            };
            let names = cellvars
                .entry(Rc::as_ptr(&owner) as usize)
                .or_insert_with(|| owner.cellvars());
            let Some(pos) = names.iter().position(|v| *v == var) else {
                continue;
            };
            let first = view.cell.id.wrapping_sub(pos as u32);
            let key = (Rc::as_ptr(&owner) as usize, first);
            let frame = *calls.entry(key).or_insert_with(|| {
                self.returned.push(ReturnedFrame {
                    owner: owner.clone(),
                    cells: Vec::new(),
                });
                self.returned.len() - 1
            });
            self.returned[frame]
                .cells
                .push((var.clone(), view.cell.clone()));
            added.push((ci, Holder::Returned { frame, var }));
        }
        for (ci, h) in added {
            self.cells[ci].holders.push(h);
        }
    }
}

impl Holder {
    /// Is this the frame that made the cell (its cell variable)?
    pub fn owns(&self) -> bool {
        matches!(
            self,
            Holder::Frame { own: true, .. } | Holder::Generator { own: true, .. }
        )
    }

    pub fn var(&self) -> &Name {
        match self {
            Holder::Closure { var, .. }
            | Holder::Frame { var, .. }
            | Holder::Generator { var, .. }
            | Holder::Returned { var, .. } => var,
        }
    }
}

fn slot_holders(f: &FrameView, make: impl Fn(Name, bool) -> Holder) -> Vec<(u32, Holder)> {
    let own = f
        .cellvars
        .iter()
        .map(|(n, c)| (c.id, make(n.clone(), true)));
    let free = f
        .freevars
        .iter()
        .map(|(n, c)| (c.id, make(n.clone(), false)));
    own.chain(free).collect()
}

/// The block that owns a cell a closure holds: the nearest enclosing
/// function of the closure's code that has the name as a cell variable.
fn owner_of(view: &CellView) -> Option<(Rc<Block>, Name)> {
    view.holders.iter().find_map(|h| {
        let Holder::Closure { func, var } = h else {
            return None;
        };
        let owner = func
            .code
            .enclosing
            .iter()
            .rev()
            .find(|b| b.symbols.get(var).is_some_and(|s| s.scope == Scope::Cell))?;
        Some((owner.clone(), var.clone()))
    })
}
