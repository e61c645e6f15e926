//! The sharing graph: every live cell with the functions whose
//! `__closure__` holds it and the frames (running, or suspended in a
//! generator) that use it as a cell variable. Built from the collector's
//! registry after a collection, so unreachable cells are gone; cells in
//! creation order (`cell#N`), holders in the order the learner named them.

use super::names::Namer;
use crate::code::{Code, SlotKind};
use crate::value::{CellObj, Function, Name, Value};
use crate::vm::Vm;
use rustc_hash::FxHashMap;
use std::rc::Rc;

/// Who holds a cell.
pub enum Holder {
    /// A function, through its closure, under free-variable name `var`.
    Function { func: Rc<Function>, var: Name },
    /// A frame of `code`, using the cell as its cell variable `var`.
    Frame {
        code: Rc<Code>,
        var: Name,
        /// The generator it is suspended in (its learner's name), or None
        /// for a frame running now.
        generator: Option<String>,
        /// The generator's address (0 for a running frame).
        gen_addr: usize,
    },
}

impl Holder {
    pub fn var(&self) -> &Name {
        match self {
            Holder::Function { var, .. } | Holder::Frame { var, .. } => var,
        }
    }

    /// `get`, `fs[0]`, `frame of gen() in g`.
    pub fn label(&self, namer: &Namer) -> String {
        match self {
            Holder::Function { func, .. } => namer.function(func),
            Holder::Frame {
                code, generator, ..
            } => match generator {
                Some(g) => format!("{g}: frame of {}()", code.qualname),
                None => format!("frame of {}() (running)", code.qualname),
            },
        }
    }
}

/// One live cell and its holders.
pub struct CellNode {
    pub cell: Rc<CellObj>,
    pub holders: Vec<Holder>,
}

/// Every live cell of the interpreter.
pub struct Sharing {
    pub cells: Vec<CellNode>,
    pub namer: Namer,
}

impl Sharing {
    /// Collects garbage, then gathers cells, functions and frames.
    pub fn build(vm: &mut Vm) -> Sharing {
        vm.heap.collect();
        let namer = Namer::new(vm);
        let mut cells: Vec<CellNode> = vm
            .heap
            .live_cells()
            .into_iter()
            .map(|cell| CellNode {
                cell,
                holders: Vec::new(),
            })
            .collect();
        let index: FxHashMap<u32, usize> = cells
            .iter()
            .enumerate()
            .map(|(i, c)| (c.cell.id, i))
            .collect();
        let mut add = |cell: &Rc<CellObj>, h: Holder| {
            if let Some(&i) = index.get(&cell.id) {
                cells[i].holders.push(h);
            }
        };
        for func in sorted_functions(&vm.heap, &namer) {
            for (cell, var) in func.closure.iter().zip(func.code.freevars.iter()) {
                let var = var.clone();
                add(
                    cell,
                    Holder::Function {
                        func: func.clone(),
                        var,
                    },
                );
            }
        }
        for g in vm.heap.live_generators() {
            let name = namer
                .get(Rc::as_ptr(&g) as usize)
                .map_or_else(|| format!("<generator {}>", g.qualname), str::to_string);
            if let Ok(st) = g.state.try_borrow()
                && let Some(saved) = &st.saved
            {
                for (cell, var) in cell_slots(&saved.frame.code, &saved.slots) {
                    let h = frame_holder(&saved.frame.code, var, Some(name.clone()));
                    add(&cell, with_gen(h, Rc::as_ptr(&g) as usize));
                }
            }
        }
        for f in &vm.frames {
            let end = (f.base + f.code.nlocalsplus()).min(vm.stack.len());
            for (cell, var) in cell_slots(&f.code, &vm.stack[f.base.min(end)..end]) {
                add(&cell, frame_holder(&f.code, var, None));
            }
        }
        Sharing { cells, namer }
    }

    /// The node of `cell`, if it is live.
    pub fn node(&self, cell: &CellObj) -> Option<&CellNode> {
        let i = self
            .cells
            .binary_search_by_key(&cell.id, |n| n.cell.id)
            .ok()?;
        Some(&self.cells[i])
    }
}

fn frame_holder(code: &Rc<Code>, var: Name, generator: Option<String>) -> Holder {
    Holder::Frame {
        code: code.clone(),
        var,
        generator,
        gen_addr: 0,
    }
}

fn with_gen(mut h: Holder, addr: usize) -> Holder {
    if let Holder::Frame { gen_addr, .. } = &mut h {
        *gen_addr = addr;
    }
    h
}

/// Live functions with a closure: named ones in the learner's order,
/// then the rest by where they were made.
fn sorted_functions(heap: &crate::heap::Heap, namer: &Namer) -> Vec<Rc<Function>> {
    let mut funcs: Vec<Rc<Function>> = heap
        .live_functions()
        .into_iter()
        .filter(|f| !f.closure.is_empty())
        .collect();
    funcs.sort_by_cached_key(|f| {
        let line = f.origin.as_ref().map_or(0, |o| o.1);
        let first = f.closure.first().map_or(0, |c| c.id);
        (
            namer.rank(Rc::as_ptr(f) as usize),
            first,
            line,
            f.qualname().to_string(),
        )
    });
    funcs
}

/// The cells in a frame's cell-variable slots (`co_cellvars`), by name.
fn cell_slots(code: &Code, slots: &[Value]) -> Vec<(Rc<CellObj>, Name)> {
    code.localsplus
        .iter()
        .zip(slots)
        .filter(|((_, kind), _)| *kind == SlotKind::Cell)
        .filter_map(|((name, _), v)| match v {
            Value::Cell(c) => Some((c.clone(), name.clone())),
            _ => None,
        })
        .collect()
}
