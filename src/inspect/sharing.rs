//! The sharing graph: every live cell with the functions whose
//! `__closure__` holds it and the frames (running, or suspended in a
//! generator) that use it as a cell variable. Built from the collector's
//! registry after a collection, so unreachable cells are gone; cells in
//! creation order (`cell#N`), holders in the order the learner named them.

use super::names::Namer;
use crate::code::Code;
use crate::value::{CellObj, Function, Name};
use crate::vm::Vm;
use crate::vm::{Snapshot, snapshot};
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
        /// The thread it belongs to when not main, and whether that thread
        /// is switched out.
        thread: Option<(String, bool)>,
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
                code,
                generator,
                thread,
                ..
            } => match (generator, thread) {
                (Some(g), _) => format!("{g}: frame of {}()", code.qualname),
                // `Thread-1 (worker) frame`, `Thread-1 (worker): helper()`
                (None, Some((t, _))) if t.ends_with(&format!("({})", code.name)) => {
                    format!("{t} frame")
                }
                (None, Some((t, _))) => format!("{t}: {}()", code.name),
                (None, None) => format!("frame of {}() (running)", code.qualname),
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
    /// The VM's snapshot of live cells, with holders in the learner's order.
    pub fn build(vm: &mut Vm) -> Sharing {
        let snap = vm.snapshot();
        let namer = Namer::new(vm);
        let rank = function_order(&snap, &namer);
        let cells = snap
            .cells
            .iter()
            .map(|c| {
                let mut holders: Vec<(usize, Holder)> = c
                    .holders
                    .iter()
                    .filter_map(|h| holder(&snap, &namer, h, &rank))
                    .collect();
                holders.sort_by_key(|(r, _)| *r);
                CellNode {
                    cell: c.cell.clone(),
                    holders: holders.into_iter().map(|(_, h)| h).collect(),
                }
            })
            .collect();
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

/// A snapshot holder as the diagrams draw it, with its place in the
/// drawing order: functions in `rank` order, then suspended generators,
/// then running frames, as the learner reads them.
fn holder(
    snap: &Snapshot,
    namer: &Namer,
    h: &snapshot::Holder,
    rank: &FxHashMap<usize, usize>,
) -> Option<(usize, Holder)> {
    match h {
        snapshot::Holder::Closure { func, var } => {
            let r = rank.get(&(Rc::as_ptr(func) as usize)).copied()?;
            let func = func.clone();
            Some((
                r,
                Holder::Function {
                    func,
                    var: var.clone(),
                },
            ))
        }
        snapshot::Holder::Generator {
            generator,
            var,
            own: true,
        } => {
            let g = &snap.generators[*generator].generator;
            let addr = Rc::as_ptr(g) as usize;
            let name = namer
                .get(addr)
                .map_or_else(|| format!("<generator {}>", g.qualname), str::to_string);
            let code = snap.generators[*generator].frame.code.clone();
            let var = var.clone();
            let gen_frame = Holder::Frame {
                code,
                var,
                generator: Some(name),
                gen_addr: addr,
                thread: None,
            };
            Some(((1 << 40) + generator, gen_frame))
        }
        // (a thread's frame shows also where it only uses the cell: which
        // threads share a cell is the point of looking)
        snapshot::Holder::Frame { frame, var, own }
            if *own || snap.frames[*frame].thread.is_some() =>
        {
            let code = snap.frames[*frame].code.clone();
            let var = var.clone();
            let running = Holder::Frame {
                code,
                var,
                generator: None,
                gen_addr: 0,
                thread: snap.frames[*frame].thread.clone(),
            };
            Some(((1 << 41) + frame, running))
        }
        _ => None,
    }
}

/// Live functions with a closure: named ones in the learner's order,
/// then the rest by where they were made; each function's place.
fn function_order(snap: &Snapshot, namer: &Namer) -> FxHashMap<usize, usize> {
    let mut funcs: Vec<&Rc<Function>> = snap
        .functions
        .iter()
        .map(|f| &f.func)
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
        .iter()
        .enumerate()
        .map(|(i, f)| (Rc::as_ptr(f) as usize, i))
        .collect()
}
