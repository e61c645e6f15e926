//! `:watch`: from now on, every write to the watched cells prints one line
//! while code runs, as the write happens:
//!
//! ```text
//!     cell#1 count: 3 → 4   (line 5, in inc)
//! ```
//!
//! A watch is a `vm::Tracer` installed while anything is watched; with
//! nothing watched, runs are untraced again.

use super::capture::short_qualname;
use super::describe::describe;
use crate::code::Instr;
use crate::exception::{Exc, PyResult};
use crate::interpreter::{EvalError, Interpreter};
use crate::value::{CellObj, Generator, Name, Value};
use crate::vm::{ExcEvent, Tracer, Vm};
use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// The watched cells of a session.
#[derive(Default, Clone)]
pub struct Watches {
    list: Rc<RefCell<Vec<Watched>>>,
}

struct Watched {
    cell: Weak<CellObj>,
    id: u32,
    name: Name,
}

/// `:watch [EXPR | cell#N]` and `:unwatch [EXPR | cell#N]`.
pub fn watch_command(
    interp: &mut Interpreter,
    watches: &Watches,
    unwatch: bool,
    arg: &str,
) -> Result<String, String> {
    watches.prune();
    let arg = arg.trim();
    let text = match (unwatch, arg.is_empty()) {
        (false, true) => return Ok(watches.listing()),
        (true, true) => {
            watches.list.borrow_mut().clear();
            "nothing is watched now\n".to_string()
        }
        (false, false) => watches.add(cells_of(interp, arg)?),
        (true, false) => watches.remove(cells_of(interp, arg)?),
    };
    watches.install(interp);
    Ok(text)
}

/// The cells `arg` names: `cell#N`, or every cell of a function's closure.
fn cells_of(interp: &mut Interpreter, arg: &str) -> Result<Vec<(Rc<CellObj>, Name)>, String> {
    if let Some(n) = arg.strip_prefix("cell#") {
        let id: u32 = n
            .parse()
            .map_err(|_| format!("`{arg}` is not a cell: write cell#N"))?;
        let cell = interp
            .vm()
            .heap
            .live_cells()
            .into_iter()
            .find(|c| c.id == id);
        let cell =
            cell.ok_or_else(|| format!("cell#{id} is not alive (:cells lists the live ones)"))?;
        let name = cell_name(interp, &cell);
        return Ok(vec![(cell, name)]);
    }
    let f = match interp.eval(arg) {
        Ok(Value::Function(f)) => f,
        Ok(Value::Method(m)) => match &m.func {
            Value::Function(f) => f.clone(),
            _ => {
                return Err(format!(
                    ":watch needs a function or cell#N; `{arg}` is a method of a builtin"
                ));
            }
        },
        Ok(Value::Builtin(_)) => {
            return Err(format!(
                "`{arg}` is a builtin function: it has no closure, so no cells to watch"
            ));
        }
        Ok(v) => {
            return Err(format!(
                ":watch needs a function or cell#N; `{arg}` is a {}",
                v.type_name()
            ));
        }
        Err(EvalError::Syntax(e)) => return Err(format!("SyntaxError: {} (in `{arg}`)", e.msg)),
        Err(EvalError::Raised(e)) => {
            return Err(crate::traceback::exception_line(interp.vm(), &e.to_value()));
        }
    };
    if f.closure.is_empty() {
        return Err(format!(
            "`{arg}` has no closure: it holds no cells to watch"
        ));
    }
    Ok(f.closure
        .iter()
        .cloned()
        .zip(f.code.freevars.iter().cloned())
        .collect())
}

/// The variable name a live function uses for `cell`, else `cell_contents`.
fn cell_name(interp: &mut Interpreter, cell: &Rc<CellObj>) -> Name {
    let functions = interp.vm().heap.live_functions();
    functions
        .iter()
        .find_map(|f| {
            let k = f.closure.iter().position(|c| Rc::ptr_eq(c, cell))?;
            f.code.freevars.get(k).cloned()
        })
        .unwrap_or_else(|| Rc::from("cell_contents"))
}

impl Watches {
    /// Forgets everything (`:reset`).
    pub fn clear(&self) {
        self.list.borrow_mut().clear();
    }

    /// Is anything watched?
    pub fn is_empty(&self) -> bool {
        self.list.borrow().is_empty()
    }

    fn prune(&self) {
        self.list.borrow_mut().retain(|w| w.cell.strong_count() > 0);
    }

    fn add(&self, cells: Vec<(Rc<CellObj>, Name)>) -> String {
        let mut list = self.list.borrow_mut();
        let mut out = String::new();
        for (cell, name) in cells {
            if !list.iter().any(|w| w.id == cell.id) {
                list.push(Watched {
                    cell: Rc::downgrade(&cell),
                    id: cell.id,
                    name: name.clone(),
                });
            }
            out.push_str(&format!(
                "watching cell#{} {name} (now {})\n",
                cell.id,
                contents(&cell)
            ));
        }
        out
    }

    fn remove(&self, cells: Vec<(Rc<CellObj>, Name)>) -> String {
        let mut list = self.list.borrow_mut();
        let mut out = String::new();
        for (cell, name) in cells {
            let before = list.len();
            list.retain(|w| w.id != cell.id);
            let verb = if list.len() < before {
                "no longer watching"
            } else {
                "was not watching"
            };
            out.push_str(&format!("{verb} cell#{} {name}\n", cell.id));
        }
        out
    }

    fn listing(&self) -> String {
        let list = self.list.borrow();
        if list.is_empty() {
            return "nothing is watched; :watch EXPR watches a function's cells, :watch cell#N one cell\n"
                .to_string();
        }
        let mut out = String::new();
        for w in list.iter() {
            if let Some(cell) = w.cell.upgrade() {
                out.push_str(&format!(
                    "watching cell#{} {} (now {})\n",
                    w.id,
                    w.name,
                    contents(&cell)
                ));
            }
        }
        out
    }

    /// Puts the watcher in the VM while anything is watched.
    pub fn install(&self, interp: &mut Interpreter) {
        let vm = interp.vm();
        if self.is_empty() {
            vm.set_tracer(None);
        } else {
            vm.set_tracer(Some(Box::new(Watcher(self.clone()))));
        }
    }

    fn is_watched(&self, cell: &CellObj) -> bool {
        self.list
            .borrow()
            .iter()
            .any(|w| w.id == cell.id && std::ptr::eq(w.cell.as_ptr(), cell))
    }
}

fn contents(cell: &CellObj) -> String {
    match cell.get() {
        Some(v) => describe(&v, 40),
        None => "(empty)".to_string(),
    }
}

/// The tracer that prints watched writes.
struct Watcher(Watches);

impl Tracer for Watcher {
    fn instruction(&mut self, vm: &mut Vm, ip: usize, instr: Instr) -> PyResult<()> {
        let (Instr::StoreDeref(i) | Instr::DeleteDeref(i)) = instr else {
            return Ok(());
        };
        let Some(frame) = vm.frames.last() else {
            return Ok(());
        };
        let Some(Value::Cell(cell)) = vm.stack.get(frame.base + i as usize) else {
            return Ok(());
        };
        if !self.0.is_watched(cell) || (matches!(instr, Instr::DeleteDeref(_)) && cell.is_empty()) {
            return Ok(());
        }
        let new = match instr {
            Instr::StoreDeref(_) => vm.stack.last().map_or("?".to_string(), |v| describe(v, 40)),
            _ => "(empty)".to_string(),
        };
        let code = &frame.code;
        let name = &code.localsplus[i as usize].0;
        let place = format!(
            "line {}, in {}",
            code.line_at(ip),
            short_qualname(&code.qualname)
        );
        let line = format!(
            "cell#{} {name}: {} → {new}   ({place})\n",
            cell.id,
            contents(cell)
        );
        vm.write_out(&line);
        Ok(())
    }

    fn exception(&mut self, _: &mut Vm, _: ExcEvent, _: &Exc) {}

    fn cell_written(&mut self, vm: &mut Vm, cell: &CellObj, old: Option<Value>) {
        if !self.0.is_watched(cell) {
            return;
        }
        let old = old.map_or("(empty)".to_string(), |v| describe(&v, 40));
        let place = match vm.frames.last() {
            Some(f) => format!("line {}, in {}", f.line(), short_qualname(&f.code.qualname)),
            None => "cell_contents".to_string(),
        };
        let line = format!(
            "cell#{} cell_contents: {old} → {}   ({place})\n",
            cell.id,
            contents(cell)
        );
        vm.write_out(&line);
    }

    fn generator(&mut self, _: &mut Vm, _: &Rc<Generator>, _: bool) {}
}
